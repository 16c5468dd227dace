"""`timeline schema`: the JSON Schema of exported events (docs/event.schema.json)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.export import event_json_schema_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of exported events",
        description="Print the JSON Schema (draft 2020-12) of `timeline export --format json`.",
    )
    p.add_argument("--output", type=Path, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    text = event_json_schema_text()
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0
