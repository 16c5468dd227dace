"""Exports: ACLED-ordered CSV, the shared event JSON, and its JSON Schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_results import IS, RUSSIA, make_event
from sample_results import events as any_event

from timeline.export import (
    acled_event_date,
    event_json_schema,
    event_json_schema_text,
    events_to_csv,
    events_to_json,
)
from timeline.models import Event, EventDate, Grain, SubEventType

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "event.schema.json"

# Written out from ACLED's codebook (docs/domain.md), not imported: the test checks the code.
ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip
OUR_COLUMNS = ["date_value", "date_start", "date_end", "date_text", "status", "evidence", "source_url"]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_columns_are_acleds_in_acleds_order_then_ours() -> None:
    header = events_to_csv([]).splitlines()[0].split(",")
    assert header == ACLED_ORDER + OUR_COLUMNS


def test_csv_row_holds_what_we_know_and_leaves_the_rest_empty() -> None:
    event = make_event("a1", 0, assoc_actor_1=["Navy of Russia", "Air Force of Russia"], fatalities=3)
    [row] = csv_rows(events_to_csv([event]))

    assert row == {
        "event_id_cnty": "a1-e0", "event_date": "2017-05-31", "year": "2017", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack", "actor1": RUSSIA,
        "assoc_actor_1": "Navy of Russia; Air Force of Russia", "inter1": "8", "actor2": IS,
        "assoc_actor_2": "", "inter2": "2", "interaction": "28", "civilian_targeting": "", "iso": "",
        "region": "", "country": "Syria", "admin1": "Homs", "admin2": "", "admin3": "",
        "location": "Palmyra", "latitude": "34.56", "longitude": "38.28", "geo_precision": "1",
        "source": "IBTimes", "source_scale": "", "notes": event.notes, "fatalities": "3", "tags": "",
        "timestamp": "", "date_value": "2017-05-31", "date_start": "2017-05-31", "date_end": "2017-05-31",
        "date_text": "Wednesday", "status": "happened", "evidence": event.evidence.text, "source_url": "",
    }  # fmt: skip


def test_csv_marks_civilian_targeting_and_keeps_unknowns_empty() -> None:
    event = make_event("a1", 0, SubEventType.ATTACK, actor2="Civilians (Syria)", place=None, inter2=7)
    [row] = csv_rows(events_to_csv([event]))
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["disorder_type"] == "Political violence"
    assert [row[c] for c in ("location", "country", "latitude", "geo_precision", "fatalities")] == [""] * 5


def test_csv_quotes_commas_quotes_and_newlines() -> None:
    event = make_event("a1", 0, notes='He said "now", then\nleft.')
    [row] = csv_rows(events_to_csv([event]))
    assert row["notes"] == 'He said "now", then\nleft.'


def month(first: int, last: int, text: str | None = "March") -> EventDate:
    return EventDate(value="2016-03", start=date(2016, 3, first), end=date(2016, 3, last), grain=Grain.MONTH,
                     text=text)  # fmt: skip


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (EventDate(value="2017-05-31", start=date(2017, 5, 31), end=date(2017, 5, 31), grain=Grain.DAY), 1,
         date(2017, 5, 31)),
        # a week: its middle
        (EventDate(value="2017-W22", start=date(2017, 5, 29), end=date(2017, 6, 4), grain=Grain.WEEK), 2,
         date(2017, 6, 1)),
        (month(1, 31), 3, date(2016, 3, 15)),  # a month: mid-month
        (month(1, 31, "the beginning of March"), 3, date(2016, 3, 1)),
        (month(1, 31, "the end of March"), 3, date(2016, 3, 31)),
        (month(1, 10, "early March"), 3, date(2016, 3, 1)),  # the interval already says "start"
        (month(21, 31, "late March"), 3, date(2016, 3, 31)),
        (month(1, 31, None), 3, date(2016, 3, 15)),  # inherited date: no words to go by
        # vaguer than a month: ACLED drops such events; we keep them without a day
        (EventDate(value="2016", start=date(2016, 1, 1), end=date(2016, 12, 31), grain=Grain.YEAR), 4, None),
    ],
)  # fmt: skip
def test_event_date_follows_acled_precision_rules(
    when: EventDate, precision: int, expected: date | None
) -> None:
    assert acled_event_date(when, precision) == expected


def test_an_event_vaguer_than_a_month_keeps_its_year_and_interval() -> None:
    event = make_event("a1", 0, start=date(2016, 1, 1), end=date(2016, 12, 31), grain=Grain.YEAR,
                       value="2016", time_precision=4)  # fmt: skip
    [row] = csv_rows(events_to_csv([event]))
    assert (row["event_date"], row["year"], row["date_start"], row["date_end"]) == (
        "", "2016", "2016-01-01", "2016-12-31")  # fmt: skip


# No deadline: these run beside other suites on a shared machine, and a slow example is not a bug.
@settings(deadline=None)
@given(st.lists(any_event(), max_size=4))
def test_csv_has_one_row_per_event_with_its_id_and_interval(events: list[Event]) -> None:
    rows = csv_rows(events_to_csv(events))
    assert [(r["event_id_cnty"], r["date_start"], r["date_end"]) for r in rows] == [
        (e.id, e.date.start.isoformat(), e.date.end.isoformat()) for e in events
    ]


@settings(deadline=None)
@given(st.lists(any_event(), max_size=4))
def test_json_export_is_the_model_dump_and_reads_back_equal(events: list[Event]) -> None:
    documents = json.loads(events_to_json(events))
    assert documents == [e.model_dump(mode="json") for e in events]
    assert [Event.model_validate(d) for d in documents] == events


# ---- JSON Schema ------------------------------------------------------------------------------

SCHEMA = event_json_schema()


def test_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == event_json_schema_text(), (
        "docs/event.schema.json is stale: run `make schema`"
    )


def test_schema_is_a_2020_12_schema_of_a_list_of_events() -> None:
    schema = event_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "array"
    assert schema["items"] == {"$ref": "#/$defs/Event"}
    event = schema["$defs"]["Event"]
    assert set(event["properties"]) == set(Event.model_fields)
    assert set(event["required"]) == {n for n, f in Event.model_fields.items() if f.is_required()}
    for ref in _refs(schema):  # every reference resolves
        assert ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in schema["$defs"]


@settings(max_examples=50, deadline=None)
@given(st.lists(any_event(), max_size=3))
def test_exported_json_conforms_to_the_schema(events: list[Event]) -> None:
    assert _violations(json.loads(events_to_json(events)), SCHEMA, SCHEMA) == []


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d.pop("id"), "'id' is required"),
        (lambda d: d.update(event_type="Skirmish"), "not one of"),
        (lambda d: d.update(inter1=9), "above the maximum"),
        (lambda d: d["date"].update(start=20170531), "not a string"),
    ],
)
def test_the_schema_rejects_broken_events(change: Any, complaint: str) -> None:
    document = json.loads(events_to_json([make_event()]))
    change(document[0])
    assert any(complaint in v for v in _violations(document, SCHEMA, SCHEMA))


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


_JSON_TYPES: dict[str, Any] = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
    "integer": int, "number": (int, float),
}  # fmt: skip


def _violations(value: Any, node: dict[str, Any], root: dict[str, Any], at: str = "$") -> list[str]:
    """A validator for the keywords pydantic emits (jsonschema is not a dependency of the project)."""
    if "$ref" in node:
        return _violations(value, root["$defs"][node["$ref"].removeprefix("#/$defs/")], root, at)
    if "anyOf" in node:
        options = [_violations(value, option, root, at) for option in node["anyOf"]]
        return [] if [] in options else [f"{at}: matches none of anyOf: {options}"]
    found: list[str] = []
    if "type" in node:
        expected = _JSON_TYPES[node["type"]]
        if (isinstance(value, bool) and node["type"] in ("integer", "number")) or not isinstance(
            value, expected
        ):
            return [f"{at}: {value!r} is not a {node['type']}"]
    if "enum" in node and value not in node["enum"]:
        found.append(f"{at}: {value!r} is not one of {node['enum']}")
    if "minimum" in node and value < node["minimum"]:
        found.append(f"{at}: {value!r} is below the minimum {node['minimum']}")
    if "maximum" in node and value > node["maximum"]:
        found.append(f"{at}: {value!r} is above the maximum {node['maximum']}")
    if node.get("format") == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            found.append(f"{at}: {value!r} is not a date")
    if isinstance(value, dict):
        found += [f"{at}: {name!r} is required" for name in node.get("required", []) if name not in value]
        for name, sub in node.get("properties", {}).items():
            if name in value:
                found += _violations(value[name], sub, root, f"{at}.{name}")
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            found += _violations(item, node["items"], root, f"{at}[{i}]")
    return found
