"""`timeline extract`: conflict events of an article file, or of JSON lines read from stdin."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from timeline import temporal
from timeline.events import extract
from timeline.export import events_to_csv
from timeline.ingest.files import ReadError, read_path
from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article, Event, TaggedText


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


def _tag(article: Article) -> TaggedText:
    """The temporal engine's reading; without it (not merged yet) events fall back on reference times."""
    try:
        return temporal.tag(article.text, article.published)
    except NotImplementedError:
        return TaggedText(
            warnings=["temporal engine not available: events are dated by the publication date"]
        )


def events_of(article: Article) -> tuple[list[Event], TaggedText]:
    tagged = _tag(article)
    return extract(article, tagged), tagged


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return extract_json_lines(sys.stdin, sys.stdout)
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
        found, tagged = events_of(article)
        for warning in tagged.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        events += found
    if args.format == "csv":
        sys.stdout.write(events_to_csv(events))
    else:
        json.dump([e.model_dump(mode="json") for e in events], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return status


def extract_json_lines(infile: TextIO, outfile: TextIO) -> int:
    """One output line per input line; a bad line gives {"id", "error"} and the rest goes on."""
    for n, line in enumerate(infile, 1):
        if not line.strip():
            continue
        doc_id: Any = f"line-{n}"
        out: dict[str, Any]
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("each line must be a JSON object")
            doc_id = record.get("id", doc_id)
            if not isinstance(record.get("text"), str):
                raise ValueError("'text' must be a string")
            if not record.get("published"):
                raise ValueError("'published' is missing: give the publication date as YYYY-MM-DD")
            article = Article(
                id=str(doc_id),
                text=record["text"],
                published=parse_published(record["published"]),
                title=str(record.get("title") or ""),
                url=record.get("url"),
            )
            events, tagged = events_of(article)
            out = {
                "id": doc_id,
                "events": [e.model_dump(mode="json") for e in events],
                "timexes": [t.model_dump(mode="json", exclude_none=True) for t in tagged.timexes],
            }
        except (ValueError, TypeError) as exc:
            out = {"id": doc_id, "error": str(exc)}
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")
        outfile.flush()
    return 0
