"""The --database-url option and opening the store, shared by the commands that use the store."""

from __future__ import annotations

import argparse
import sys

from timeline.store import Store, StoreError


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="SQLAlchemy URL of the store (default: TIMELINE_DATABASE_URL, else sqlite:///var/timeline.db)",
    )


def open_store(args: argparse.Namespace, command: str) -> Store | None:
    """The store, or None after saying on stderr why it cannot be opened and what to set."""
    try:
        return Store(args.database_url)
    except StoreError as exc:
        print(f"timeline {command}: {exc}", file=sys.stderr)
        return None
