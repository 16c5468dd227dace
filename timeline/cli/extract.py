"""`timeline extract`: conflict events of an article file, or of JSON lines read from stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.cli.article_args import articles_of_file, print_warnings
from timeline.cli.jsonlines import answer_json_lines
from timeline.export import events_to_csv
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
    got = articles_of_file("extract", args)
    if got is None:
        return 2
    articles, status = got
    events: list[Event] = []
    for article in articles:
        found, warnings = events_of(article)
        print_warnings(warnings)
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
