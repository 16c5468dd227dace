"""`timeline ingest`: read article files, run the pipeline on each article, save the results."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from timeline.cli.database import add_database_option, open_store
from timeline.ingest.files import ReadError, read_paths
from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article
from timeline.pipeline import process
from timeline.store import Store, StoreError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="read articles into the store",
        description="Read article files (or every article file below a folder), extract their "
        "time expressions and events, and save them. Saving an article again changes nothing; "
        "an article whose content changed under the same id is replaced.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article file or folder")
    p.add_argument("--published", help="publication date for text files without a header, e.g. 2017-05-31")
    add_database_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        published = parse_published(args.published) if args.published else None
    except PublishedDateError as exc:
        print(f"timeline ingest: {exc}", file=sys.stderr)
        return 2
    store = open_store(args, "ingest")
    if store is None:
        return 2
    tally: Counter[str] = Counter()
    with store:
        for record in read_paths(args.paths, published):
            outcome = _ingest_one(store, record)
            tally[outcome] += 1
    print(_summary(tally))
    return 1 if tally["error"] else 0


def _ingest_one(store: Store, record: Article | ReadError) -> str:
    """Read, process and save one record; report it on one line; return its outcome."""
    if isinstance(record, ReadError):
        print(f"error      {record}", file=sys.stderr)
        return "error"
    try:
        result = process(record)
        outcome = store.put(result).value
    except StoreError as exc:
        print(f"error      {record.id}: {exc}", file=sys.stderr)
        return "error"
    except Exception as exc:  # a pipeline bug on one article must not stop the batch
        print(f"error      {record.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return "error"
    print(f"{outcome:<10} {record.id}  ({len(result.events)} events, {len(result.timexes)} time expressions)")
    return outcome


def _summary(tally: Counter[str]) -> str:
    total = sum(tally.values())
    parts = ", ".join(f"{tally[k]} {k}" for k in ("new", "replaced", "unchanged") if tally[k])
    errors = f"{tally['error']} error{'s' if tally['error'] != 1 else ''}"
    return f"{total} article{'s' if total != 1 else ''}: {parts + '; ' if parts else ''}{errors}"
