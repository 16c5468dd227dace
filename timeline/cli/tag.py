"""`timeline tag`: time expressions of one article file, or of JSON lines on stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.cli.article_args import articles_of_file, print_warnings
from timeline.cli.jsonlines import answer_json_lines
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
    got = articles_of_file("tag", args)
    if got is None:
        return 2
    articles, status = got
    for article in articles:
        result = tag(article.text, article.published)
        print_warnings(result.warnings)
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
