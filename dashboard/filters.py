"""Filter state ⇄ query string, shared by the page URL and the HTTP API.

One spelling for both, so a dashboard view can be shared as a link and the same query string
fetches the same events from `/api/events`:

    ?actor=Islamic State&actor=Military Forces of Russia (2000-)&type=Battles&place=Palmyra
     &since=2016-01-01&until=2017-12-31
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from urllib.parse import parse_qs, urlencode

from pydantic import ValidationError

from timeline.models import EventFilter

# Query parameter → EventFilter field. Singular parameter names because each is repeated.
LIST_PARAMS = {"actor": "actors", "type": "types", "place": "places"}
DATE_PARAMS = ("since", "until")
KNOWN_PARAMS = frozenset({*LIST_PARAMS, *DATE_PARAMS})


class FilterError(ValueError):
    """A query string that does not describe a filter; the message says how to fix it."""


def _values(params: Mapping[str, Iterable[str]] | Mapping[str, list[str]], key: str) -> list[str]:
    raw = params.get(key) or []
    if isinstance(raw, str):  # a plain dict of single values
        raw = [raw]
    # Drop blanks ("?actor=") and repeats, keep the order the user chose.
    return list(dict.fromkeys(v.strip() for v in raw if v and v.strip()))


def _parse_date(key: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"'{key}' must be a date as YYYY-MM-DD, got {value!r}") from None


def filter_from_params(params: Mapping[str, Iterable[str]], *, strict: bool = True) -> EventFilter:
    """An EventFilter from multi-valued query parameters (Flask's `request.args.to_dict(flat=False)`
    or `parse_qs`). `strict` refuses unknown parameters, so a typo (`?actors=`) is not silently
    ignored by the API; the page is lenient because old links should still open."""
    if strict:
        unknown = sorted(set(params) - KNOWN_PARAMS)
        if unknown:
            raise FilterError(
                f"unknown query parameter(s) {unknown}; allowed: {', '.join(sorted(KNOWN_PARAMS))}"
            )
    fields: dict[str, object] = {field: _values(params, key) for key, field in LIST_PARAMS.items()}
    for key in DATE_PARAMS:
        values = _values(params, key)
        if len(values) > 1:
            raise FilterError(f"'{key}' may be given once, got {len(values)} values")
        fields[key] = _parse_date(key, values[0]) if values else None
    try:
        return EventFilter.model_validate(fields)
    except ValidationError as exc:
        raise FilterError("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None


def filter_from_query(query: str | None, *, strict: bool = False) -> EventFilter:
    """An EventFilter from a query string, with or without its leading '?'."""
    return filter_from_params(parse_qs((query or "").lstrip("?")), strict=strict)


def query_from_filter(flt: EventFilter) -> str:
    """The query string (with '?', or '' for no filter) that `filter_from_query` reads back."""
    pairs: list[tuple[str, str]] = []
    for key, field in LIST_PARAMS.items():
        pairs.extend((key, value) for value in getattr(flt, field))
    for key in DATE_PARAMS:
        value = getattr(flt, key)
        if value is not None:
            pairs.append((key, value.isoformat()))
    return f"?{urlencode(pairs)}" if pairs else ""
