"""The `timeline` command. Each sub-command lives in its own module with a `register` function."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline.cli import export, extract, ingest, schema, serve, tag

COMMANDS = (tag, extract, ingest, export, schema, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Typed, dated, sourced conflict events from news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `timeline ... | head` is fine
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
