"""`timeline extract`: conflict events of an article file, or of JSON lines read from stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.cli.jsonlines import answer_json_lines
from timeline.export import events_to_csv
from timeline.ingest.files import ReadError, read_path
from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article, Event
from timeline.pipeline import process


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="extract dated conflict events",
        description="Extract typed, dated conflict events (ACLED taxonomy) from an article file, "
        "or from JSON lines read from stdin (--jsonl).",
    )
    p.add_argument("file", nargs="?", type=Path, help="article file (text with optional header, JSON)")
    p.add_argument("--published", help="publication date, e.g. 2017-05-31 (overrides the file's header)")
    p.add_argument("--format", choices=("json", "csv"), default="json", help="csv: ACLED's export columns")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text", "published", "title"?, "url"?} lines on stdin; '
        'write {"id", "events", "timexes"} lines',
    )
    p.set_defaults(run=run)


def events_of(article: Article) -> tuple[list[Event], list[str]]:
    result = process(article)
    return result.events, result.warnings


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return answer_json_lines(sys.stdin, sys.stdout, events_and_timexes_of)
    if args.file is None:
        print(
            "timeline extract: give an article FILE, or --jsonl to read JSON lines on stdin", file=sys.stderr
        )
        return 2
    try:
        published = parse_published(args.published) if args.published else None
    except PublishedDateError as exc:
        print(f"timeline extract: {exc}", file=sys.stderr)
        return 2
    status = 0
    events: list[Event] = []
    for record in read_path(args.file, published):
        if isinstance(record, ReadError):
            print(f"timeline extract: {record}", file=sys.stderr)
            status = 1
            continue
        article = record.model_copy(update={"published": published}) if published else record
        found, warnings = events_of(article)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        events += found
    if args.format == "csv":
        sys.stdout.write(events_to_csv(events))
    else:
        json.dump([e.model_dump(mode="json") for e in events], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return status


def events_and_timexes_of(article: Article) -> dict[str, Any]:
    """The answer to one line of `extract --jsonl`."""
    result = process(article)
    return {
        "events": [e.model_dump(mode="json") for e in result.events],
        "timexes": [t.model_dump(mode="json", exclude_none=True) for t in result.timexes],
    }
