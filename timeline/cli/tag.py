"""`timeline tag`: time expressions of one article file, or of JSON lines on stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.cli.jsonlines import answer_json_lines
from timeline.ingest.files import ReadError, read_path
from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article
from timeline.temporal import tag
from timeline.temporal.timeml import to_timeml


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "tag",
        help="find and resolve time expressions",
        description="Tag time expressions in an article file, or in JSON lines read from stdin (--jsonl).",
    )
    p.add_argument("file", nargs="?", type=Path, help="article file (text with optional header, JSON)")
    p.add_argument("--published", help="publication date, e.g. 2017-05-31 (overrides the file's header)")
    p.add_argument("--format", choices=("json", "tml"), default="json")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text", "published"} lines on stdin; write {"id", "timexes"} lines',
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return answer_json_lines(sys.stdin, sys.stdout, timexes_of)
    if args.file is None:
        print("timeline tag: give an article FILE, or --jsonl to read JSON lines on stdin", file=sys.stderr)
        return 2
    try:
        published = parse_published(args.published) if args.published else None
    except PublishedDateError as exc:
        print(f"timeline tag: {exc}", file=sys.stderr)
        return 2
    records = list(read_path(args.file, published))
    status = 0
    for record in records:
        if isinstance(record, ReadError):
            print(f"timeline tag: {record}", file=sys.stderr)
            status = 1
            continue
        article = record.model_copy(update={"published": published}) if published else record
        result = tag(article.text, article.published)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if args.format == "tml":
            sys.stdout.write(to_timeml(article.text, result.timexes, article.published, article.id))
        else:
            json.dump([t.model_dump(mode="json") for t in result.timexes], sys.stdout, indent=2)
            sys.stdout.write("\n")
    return status


def timexes_of(article: Article) -> dict[str, Any]:
    """The answer to one line of `tag --jsonl`: the protocol of the TempEval scorer."""
    result = tag(article.text, article.published)
    answer: dict[str, Any] = {
        "timexes": [t.model_dump(mode="json", exclude_none=True) for t in result.timexes]
    }
    if result.warnings:
        answer["warnings"] = result.warnings
    return answer
