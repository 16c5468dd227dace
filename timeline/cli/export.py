"""`timeline export`: stored events, filtered, as JSON or ACLED-style CSV."""

from __future__ import annotations

import argparse
import difflib
import sys
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from timeline.cli.database import add_database_option, open_store
from timeline.export import events_to_csv, events_to_json
from timeline.models import EventFilter, EventType, SubEventType
from timeline.store import StoreError

FORMATS = {"json": events_to_json, "csv": events_to_csv}
TYPE_NAMES = [t.value for t in EventType] + [t.value for t in SubEventType]
TYPE_NAMES_LOWER = {name.lower(): name for name in TYPE_NAMES}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="write stored events as JSON or CSV",
        description="Write the stored events that match every given filter (any value within one "
        "filter). Dates select events whose interval of possible days overlaps the range.",
    )
    p.add_argument("--actor", action="append", default=[], help="canonical actor name, any role (repeatable)")
    p.add_argument("--type", action="append", default=[], help="event type or sub-event type (repeatable)")
    p.add_argument("--place", action="append", default=[], help="location name (repeatable)")
    p.add_argument("--since", type=_iso_date, help="first day, YYYY-MM-DD")
    p.add_argument("--until", type=_iso_date, help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=tuple(FORMATS), default="json", help="json (default) or csv")
    p.add_argument("--output", type=Path, metavar="FILE", help="write here instead of stdout")
    add_database_option(p)
    p.set_defaults(run=run)


def _iso_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date: use YYYY-MM-DD") from None


def _unknown_types(names: list[str]) -> list[str]:
    """Complaints for names that are neither an event type nor a sub-event type (they would
    silently match nothing)."""
    complaints = []
    for name in names:
        if name not in TYPE_NAMES:
            close = difflib.get_close_matches(name.lower(), TYPE_NAMES_LOWER, n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(repr(TYPE_NAMES_LOWER[c]) for c in close)}?" if close else ""
            complaints.append(f"unknown event type {name!r}{hint}")
    return complaints


def run(args: argparse.Namespace) -> int:
    complaints = _unknown_types(args.type)
    if complaints:
        print(f"timeline export: {'; '.join(complaints)}", file=sys.stderr)
        return 2
    try:
        flt = EventFilter(
            actors=args.actor, types=args.type, places=args.place, since=args.since, until=args.until
        )
    except ValidationError as exc:
        print(f"timeline export: {'; '.join(e['msg'] for e in exc.errors())}", file=sys.stderr)
        return 2
    store = open_store(args, "export")
    if store is None:
        return 2
    try:
        with store:
            events = store.events(flt)
    except StoreError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return 1
    text = FORMATS[args.format](events)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {len(events)} events to {args.output}", file=sys.stderr)
    return 0
