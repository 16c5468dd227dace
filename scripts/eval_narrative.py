"""Score the temporal engine on the narrative development set (tests/temporal/narrative/*.yaml).

    python scripts/eval_narrative.py [--dir DIR] [-v]

Figures are TempEval-3's: relaxed span F1 (a system expression overlapping a gold one is found)
and value F1 (found and with the gold value). For an anchored duration the gold may also give the
`point` it refers to; a value, or a `points_to`, equal to that point is correct too (TimeML values
"two weeks later" as P2W, TIMEX2/WikiWars as the date). -v lists every miss, spurious tag and
wrong value.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.models import TimeExpression
from timeline.temporal import tag

NARRATIVE = Path(__file__).resolve().parent.parent / "tests" / "temporal" / "narrative"


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str
    point: str | None


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    found: int = 0  # gold expressions overlapped by a system one
    correct: int = 0  # … with the right value
    errors: list[str] = field(default_factory=list)

    def f1(self, hits: int) -> float:
        if not hits:
            return 0.0
        precision, recall = hits / self.system, hits / self.gold
        return 100 * 2 * precision * recall / (precision + recall)


def load(path: Path) -> tuple[str, date, list[Gold]]:
    """The text, publication date and gold expressions of one file (gold located in text order)."""
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    text: str = doc["text"]
    published = doc["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    golds, pos = [], 0
    for item in doc["timexes"]:
        start = text.find(item["text"], pos)
        if start < 0:
            raise ValueError(f"{path.name}: gold {item['text']!r} not found after offset {pos}")
        end = start + len(item["text"])
        golds.append(Gold(start, end, item["text"], str(item["value"]), item.get("point")))
        pos = end
    return text, published, golds


def right(gold: Gold, timex: TimeExpression) -> bool:
    if timex.value == gold.value:
        return True
    return gold.point is not None and gold.point in (timex.value, timex.points_to)


def score_file(path: Path, score: Score) -> None:
    text, published, golds = load(path)
    timexes = tag(text, published).timexes
    score.gold += len(golds)
    score.system += len(timexes)
    used: set[int] = set()
    for gold in golds:
        hits = [
            i for i, t in enumerate(timexes) if t.start < gold.end and gold.start < t.end and i not in used
        ]
        if not hits:
            score.errors.append(f"MISSED   {path.stem}: {gold.text!r} gold={gold.value}")
            continue
        used.add(hits[0])
        timex = timexes[hits[0]]
        score.found += 1
        if right(gold, timex):
            score.correct += 1
        else:
            pointed = f" points_to={timex.points_to}" if timex.points_to else ""
            expected = gold.value + (f" (point {gold.point})" if gold.point else "")
            score.errors.append(
                f"VALUE    {path.stem}: {gold.text!r} gold={expected} got={timex.value}{pointed}"
                f" [{timex.text!r}, {timex.rule}]"
            )
    for i, timex in enumerate(timexes):
        if i not in used:
            score.errors.append(f"SPURIOUS {path.stem}: {timex.text!r} got={timex.value} [{timex.rule}]")


def evaluate(directory: Path = NARRATIVE) -> Score:
    score = Score()
    for path in sorted(directory.glob("*.yaml")):
        score_file(path, score)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=NARRATIVE)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    score = evaluate(args.dir)
    if args.verbose:
        print("\n".join(score.errors))
    print(
        f"gold {score.gold}  system {score.system}  relaxed F1 {score.f1(score.found):.1f}"
        f"  value F1 {score.f1(score.correct):.1f}  value accuracy {100 * score.correct / max(score.found, 1):.1f}"
    )


if __name__ == "__main__":
    main()
