"""Publication dates given as strings, in whatever format a feed or a page uses.

dateparser is the right tool here (absolute dates in many formats and languages), but it must
never resolve a relative string like "yesterday" against the clock: the engine does not read the
clock, so only its absolute parsers are enabled and the day, month and year must all be given.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import dateparser

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[T ])")
_SETTINGS: Any = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
}


class PublishedDateError(ValueError):
    """A publication date that cannot be read."""


def parse_published(value: str | date | datetime) -> date:
    """Return the calendar date of a publication time given as a date or a string.

    ISO dates ("2017-05-31", "2017-05-31T10:04Z") are read exactly; anything else goes through
    dateparser ("Wed, 31 May 2017 10:04 BST", "31/05/2017", "May 31, 2017").
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        raise PublishedDateError("the publication date is empty: give it as YYYY-MM-DD")
    iso = _ISO_DATE.match(text)
    if iso:
        try:
            return date.fromisoformat(iso.group())
        except ValueError as exc:
            raise PublishedDateError(f"{text!r} is not a calendar date: {exc}") from exc
    parsed: datetime | None = dateparser.parse(text, settings=_SETTINGS)
    if parsed is None:
        raise PublishedDateError(
            f"cannot read the publication date {text!r}: give a full date with day, month and year, "
            "e.g. 2017-05-31 or 'Wed, 31 May 2017'"
        )
    return parsed.date()
