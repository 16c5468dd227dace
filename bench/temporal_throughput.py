"""Tagging throughput of `timeline` against dateparser's `search_dates`, side by side.

Both taggers get the same documents (TimeBank from ../shared when it is there, else the seeds),
the same publication dates as their reference, in alternating rounds so that machine noise hits
both alike. Prints characters per second for each and the ratio. Not a test: run it on demand
with `make bench-temporal`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.ingest.files import Article, read_path  # noqa: E402
from timeline.temporal import tag  # noqa: E402

Doc = tuple[str, date]


def load_docs(corpus: Path | None) -> list[Doc]:
    if corpus and corpus.is_dir():
        sys.path.insert(0, str(corpus.parents[2] / "eval"))  # CORPUS = shared/bench/<set>/<corpus>
        from load_tml import load_corpus  # type: ignore[import-not-found]

        return [(d["text"], date.fromisoformat(d["dct"])) for d in load_corpus(str(corpus))]
    return [(a.text, a.published) for a in read_path(ROOT / "seeds") if isinstance(a, Article)]


def run_timeline(docs: list[Doc]) -> int:
    return sum(len(tag(text, published).timexes) for text, published in docs)


def run_dateparser(docs: list[Doc]) -> int:
    from dateparser.search import search_dates

    found = 0
    for text, published in docs:
        base = datetime(published.year, published.month, published.day)
        found += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    return found


def timed(fn: Callable[[list[Doc]], int], docs: list[Doc]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn(docs)
    return time.perf_counter() - t0, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/bench/TBAQ-cleaned/TimeBank")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    docs = load_docs(args.corpus)
    chars = sum(len(t) for t, _ in docs)
    run_timeline(docs[:2])  # warm-up: rule compilation and imports are not what we measure
    run_dateparser(docs[:2])
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.rounds):
        secs, n_ours = timed(run_timeline, docs)
        ours.append(secs)
        secs, n_theirs = timed(run_dateparser, docs)
        theirs.append(secs)
    t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"documents: {len(docs)}, characters: {chars}, rounds: {args.rounds} (median)")
    print(
        f"timeline tag:           {t_ours:8.3f} s  {chars / t_ours / 1000:10.1f} kB/s  {n_ours} expressions"
    )
    print(
        f"dateparser search_dates:{t_theirs:8.3f} s  {chars / t_theirs / 1000:10.1f} kB/s  {n_theirs} expressions"
    )
    print(f"ratio (timeline / dateparser throughput): {t_theirs / t_ours:.1f}x")


if __name__ == "__main__":
    main()
