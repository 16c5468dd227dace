"""Events out: the JSON every interface uses, ACLED-style CSV, and the JSON Schema of the JSON."""

from __future__ import annotations

import calendar
import csv
import io
import json
import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from pydantic import TypeAdapter

from timeline.models import Event, EventDate, EventType, SubEventType

# ACLED's export columns, in ACLED's order, then ours (what ACLED has no column for).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip
EXTRA_COLUMNS = ("date_value", "date_start", "date_end", "date_text", "status", "evidence", "source_url")
CSV_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

# ACLED writes multi-valued fields (associated actors) as one cell, "; "-separated.
MULTI_VALUE_SEPARATOR = "; "
CIVILIANS = 7  # ACLED inter code

# ACLED's disorder type follows from the event type, except where a sub-event type crosses over:
# force against protesters is both, mob violence is political violence.
_DISORDER_TYPE = {
    EventType.BATTLES: "Political violence",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "Political violence",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "Political violence",
    EventType.PROTESTS: "Demonstrations",
    EventType.RIOTS: "Demonstrations",
    EventType.STRATEGIC_DEVELOPMENTS: "Strategic developments",
}
_DISORDER_TYPE_BY_SUB = {
    SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: "Political violence; Demonstrations",
    SubEventType.MOB_VIOLENCE: "Political violence",
}

_MONTH_START = re.compile(r"\b(early|beginning|start)\b")
_MONTH_END = re.compile(r"\b(late|end)\b")

_EVENTS = TypeAdapter(list[Event])
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def events_to_json(events: Iterable[Event]) -> str:
    """A JSON list of events, each as `Event.model_dump(mode="json")`."""
    return json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False) + "\n"


def events_to_csv(events: Iterable[Event]) -> str:
    buffer = io.StringIO()
    # RFC 4180 line ends: with "\n" alone, a field holding a lone "\r" would go out unquoted.
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_row(e) for e in events)
    return buffer.getvalue()


def csv_row(event: Event) -> dict[str, Any]:
    """One event as ACLED columns (what we know; the rest empty) plus our own columns."""
    day = acled_event_date(event.date, event.time_precision)
    location = event.location
    return {
        "event_id_cnty": event.id,
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else _year_of(event.date),
        "time_precision": event.time_precision,
        "disorder_type": _DISORDER_TYPE_BY_SUB.get(event.sub_event_type, _DISORDER_TYPE[event.event_type]),
        "event_type": event.event_type.value,
        "sub_event_type": event.sub_event_type.value,
        "actor1": event.actor1 or "",
        "assoc_actor_1": MULTI_VALUE_SEPARATOR.join(event.assoc_actor_1),
        "inter1": _blank_if_none(event.inter1),
        "actor2": event.actor2 or "",
        "assoc_actor_2": MULTI_VALUE_SEPARATOR.join(event.assoc_actor_2),
        "inter2": _blank_if_none(event.inter2),
        "interaction": _blank_if_none(event.interaction),
        "civilian_targeting": "Civilian targeting" if event.inter2 == CIVILIANS else "",
        "country": location.country or "" if location else "",
        "admin1": location.admin1 or "" if location else "",
        "location": location.name if location else "",
        "latitude": _blank_if_none(location.latitude if location else None),
        "longitude": _blank_if_none(location.longitude if location else None),
        "geo_precision": location.geo_precision if location else "",
        "source": event.source.outlet,
        "notes": event.notes,
        "fatalities": _blank_if_none(event.fatalities),
        "date_value": event.date.value,
        "date_start": event.date.start.isoformat(),
        "date_end": event.date.end.isoformat(),
        "date_text": event.date.text or "",
        "status": event.status.value,
        "evidence": event.evidence.text,
        "source_url": event.source.url or "",
    }


def acled_event_date(when: EventDate, time_precision: int) -> date | None:
    """The one day ACLED would record, or None when the text is vaguer than a month.

    ACLED: 1 the day itself; 2 (a week or so) the middle of the period; 3 (a month) the middle of
    the month, or its first / last day when the text says beginning / end of it. Vaguer than a
    month ACLED drops the event; we keep it, without a day (date_start/date_end carry the interval).
    """
    if time_precision == 1:
        return when.start
    if time_precision == 2:
        return _middle(when.start, when.end)
    if time_precision == 3:
        return _day_for_month(when)
    return None


def _day_for_month(when: EventDate) -> date:
    start, end = when.start, when.end
    if (start.year, start.month) != (end.year, end.month):
        return _middle(start, end)
    first = start.replace(day=1)
    last = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    mid = start.replace(day=15)
    # "Early March" reaches us as an interval in the month's first part ("late March": last part);
    # the words themselves decide when the interval is the whole month.
    if end < mid:
        return first
    if start > mid:
        return last
    words = (when.text or "").lower()
    if _MONTH_START.search(words):
        return first
    if _MONTH_END.search(words):
        return last
    return mid


def _middle(start: date, end: date) -> date:
    return start + timedelta(days=(end - start).days // 2)


def _year_of(when: EventDate) -> int | str:
    return when.start.year if when.start.year == when.end.year else ""


def _blank_if_none(value: object) -> object:
    return "" if value is None else value


def event_json_schema() -> dict[str, Any]:
    """JSON Schema of what `events_to_json` writes: a list of events."""
    schema = _EVENTS.json_schema(mode="serialization")
    return {"$schema": SCHEMA_DIALECT, "title": "Conflict events", **schema}


def event_json_schema_text() -> str:
    """The schema as written to docs/event.schema.json and printed by `timeline schema`."""
    return json.dumps(event_json_schema(), indent=2, ensure_ascii=False) + "\n"
