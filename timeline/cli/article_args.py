"""The article FILE and --published arguments that `tag` and `extract` share."""

from __future__ import annotations

import argparse
import sys

from timeline.ingest.files import ReadError, read_path
from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article


def articles_of_file(command: str, args: argparse.Namespace) -> tuple[list[Article], int] | None:
    """The articles of `args.file`, dated by --published when given, else by the file's header.

    Unreadable records are reported on stderr (status 1) and the rest are returned; None means the
    arguments themselves are wrong (exit 2), after saying what to give.
    """
    if args.file is None:
        print(
            f"timeline {command}: give an article FILE, or --jsonl to read JSON lines on stdin",
            file=sys.stderr,
        )
        return None
    try:
        published = parse_published(args.published) if args.published else None
    except PublishedDateError as exc:
        print(f"timeline {command}: {exc}", file=sys.stderr)
        return None
    articles: list[Article] = []
    status = 0
    for record in read_path(args.file, published):
        if isinstance(record, ReadError):
            print(f"timeline {command}: {record}", file=sys.stderr)
            status = 1
        else:
            articles.append(record.model_copy(update={"published": published}) if published else record)
    return articles, status


def print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
