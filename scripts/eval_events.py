"""Score event extraction on the dev corpus (tests/events/corpus/*.yaml).

    python scripts/eval_events.py [--corpus DIR] [--glob PATTERN] [--hand-timexes] [-v]

--corpus scores any directory of article files (tests/events/corpus, corpus_long, corpus_holdout);
--glob picks some of its files, e.g. one held-out batch: --glob 'h1[0-1][0-9]-*.yaml'.

Figures:
  event F1 (type+place)       a gold event is found when a predicted one has its sub-event type and place
  event F1 (type+place+date)  … and its date value
  date / place / actor1 acc.  (dates compared at day precision: 2021-08-07TNI = 2021-08-07)
                              over gold events aligned to a prediction of the same type (same place
                              first, else same date, else same actor1)
Only predictions with status happened or ongoing are scored (planned, negated and hypothetical
events are not events that took place). Gold events marked `optional` are neither required nor
counted against a prediction.

Time expressions come from the temporal engine (timeline.temporal.tag). With --hand-timexes the
corpus's hand-annotated `timexes` are used where an article has them, so extraction can be
measured apart from the temporal engine.
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

from timeline import temporal
from timeline.events import extract
from timeline.events.places import _index as place_index
from timeline.events.places import fold
from timeline.models import (
    Anchor,
    Article,
    Event,
    EventStatus,
    Interval,
    TaggedText,
    TimeExpression,
    TimexType,
)
from timeline.temporal.timex_values import parse_point

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "events" / "corpus"
SCORED = {EventStatus.HAPPENED, EventStatus.ONGOING}


def hand_tagged(doc: dict[str, Any]) -> TaggedText:
    text: str = doc["text"]
    out: list[TimeExpression] = []
    for t in doc.get("timexes", []):
        phrase, value = str(t["text"]), str(t["value"])
        start = -1
        for _ in range(int(t.get("occurrence", 1))):
            start = text.index(phrase, start + 1)
        points_to = str(t["points_to"]) if "points_to" in t else None
        parsed = None if t.get("duration_only") else parse_point(points_to or value)
        out.append(
            TimeExpression(
                start=start,
                end=start + len(phrase),
                text=phrase,
                type=TimexType.DURATION if (points_to or t.get("duration_only")) else TimexType.DATE,
                value=value,
                interval=Interval(first=parsed[0], last=parsed[1]) if parsed else None,
                grain=parsed[2] if parsed else None,
                anchor=Anchor.REFERENCE if points_to else Anchor.PUBLICATION,
                points_to=points_to,
                rule="hand",
            )
        )
    return TaggedText(timexes=out)


def same_date(gold: object, event: Event) -> bool:
    """Values equal at day precision: "2021-08-07TNI" (Saturday night) is right for 2021-08-07,
    and, since a night runs past midnight, for the morning after it, by which reports often date
    an overnight event."""
    day = str(gold).split("T")[0]
    if event.date.value.split("T")[0] == day:
        return True
    return event.date.value.endswith("TNI") and event.date.end.isoformat() == day


def same_place(gold: str | None, event: Event) -> bool:
    if gold is None:
        return event.location is None
    if event.location is None:
        return False
    # the gold place under any of its names: "Mekele" in gold, "Mekelle" as the text spells it
    named = place_index().get(fold(gold))
    names = {fold(gold)} | {fold(n) for p in named for n in (p.name, *p.aliases)}
    return fold(event.location.name) in names


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    hit_place: int = 0
    hit_date: int = 0
    aligned: int = 0
    date_ok: int = 0
    place_ok: int = 0
    actor_ok: int = 0
    notes: list[str] = field(default_factory=list)


def f1(hits: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = hits / pred if pred else 1.0
    r = hits / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(gold: list[dict[str, Any]], preds: list[Event], key: Any) -> list[tuple[dict[str, Any], Event]]:
    pairs: list[tuple[dict[str, Any], Event]] = []
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(preds):
            if i not in used and p.sub_event_type.value == g["type"] and key(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def score(doc: dict[str, Any], use_hand: bool, tally: Tally, verbose: bool) -> None:
    article = Article(
        id=doc["id"],
        text=doc["text"],
        published=date.fromisoformat(str(doc["published"])),
        title=doc.get("title", ""),
    )
    # Hand-annotated expressions where the article has them; the temporal engine for the rest.
    tagged = (
        hand_tagged(doc) if use_hand and doc.get("timexes") else temporal.tag(article.text, article.published)
    )
    preds = [e for e in extract(article, tagged) if e.status in SCORED]
    gold_all: list[dict[str, Any]] = doc.get("events") or []
    required = [g for g in gold_all if not g.get("optional")]
    optional = [g for g in gold_all if g.get("optional")]
    by_place = _match(required, preds, lambda g, p: same_place(g.get("place"), p))
    by_date = _match(required, preds, lambda g, p: same_place(g.get("place"), p) and same_date(g["date"], p))
    matched_optional = _match(
        optional, [p for p in preds if all(p is not q for _, q in by_place)], lambda g, p: True
    )
    tally.gold += len(required)
    tally.pred += len(preds) - len(matched_optional)
    tally.hit_place += len(by_place)
    tally.hit_date += len(by_date)
    # Field accuracies over gold events aligned by type: same place first, else date, else actor.
    aligned: list[tuple[dict[str, Any], Event]] = []
    used: set[int] = set()
    for g in required:
        candidates = [
            (i, p) for i, p in enumerate(preds) if i not in used and p.sub_event_type.value == g["type"]
        ]
        if not candidates:
            continue

        def rank(ip: tuple[int, Event], g: dict[str, Any] = g) -> tuple[bool, bool, bool]:
            p = ip[1]
            return (
                not same_place(g.get("place"), p),
                p.date.value != str(g["date"]),
                p.actor1 != g.get("actor1"),
            )

        i, p = min(candidates, key=rank)
        used.add(i)
        aligned.append((g, p))
    tally.aligned += len(aligned)
    for g, p in aligned:
        ok_date = same_date(g["date"], p)
        ok_place = same_place(g.get("place"), p)
        ok_actor = p.actor1 == g.get("actor1")
        tally.date_ok += ok_date
        tally.place_ok += ok_place
        tally.actor_ok += ok_actor
        if verbose and not (ok_date and ok_place and ok_actor):
            print(
                f"  {doc['id']}: {g['type']}: gold {g.get('actor1')} @ {g.get('place')} {g['date']}"
                f" | got {p.actor1} @ {p.location.name if p.location else None} {p.date.value}"
            )
    if verbose:
        matched_gold = {id(g) for g, _ in by_place}
        for g in required:
            if id(g) not in matched_gold:
                print(f"  {doc['id']}: MISSED {g['type']} @ {g.get('place')} {g['date']}")
        matched_pred = {id(p) for _, p in by_place} | {id(p) for _, p in matched_optional}
        for p in preds:
            if id(p) not in matched_pred:
                where = p.location.name if p.location else None
                print(
                    f"  {doc['id']}: EXTRA {p.sub_event_type.value} {p.actor1} @ {where} {p.date.value}"
                    f" «{p.evidence.trigger.text}»"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--glob", default="*.yaml", help="which files of the corpus directory to score")
    ap.add_argument(
        "--hand-timexes", action="store_true", help="use the corpus's hand-annotated time expressions"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and wrong fields")
    args = ap.parse_args(argv)
    use_hand = args.hand_timexes
    tally = Tally()
    files = sorted(args.corpus.glob(args.glob))
    for path in files:
        with path.open(encoding="utf-8") as fh:
            score(yaml.safe_load(fh), use_hand, tally, args.verbose)
    p, r, f = f1(tally.hit_place, tally.gold, tally.pred)
    pd, rd, fd = f1(tally.hit_date, tally.gold, tally.pred)
    n = tally.aligned or 1
    print(
        f"articles: {len(files)}  gold events: {tally.gold}  predicted: {tally.pred}  "
        f"timexes: {'hand-annotated' if use_hand else 'temporal engine'}"
    )
    print(f"event F1 (type+place):      P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}")
    print(f"event F1 (type+place+date): P {100 * pd:5.1f}  R {100 * rd:5.1f}  F1 {100 * fd:5.1f}")
    print(
        f"aligned by type: {tally.aligned}   date value acc {100 * tally.date_ok / n:5.1f}   "
        f"place acc {100 * tally.place_ok / n:5.1f}   actor1 acc {100 * tally.actor_ok / n:5.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
