"""Publication dates given as strings, in whatever format a feed or a page uses.

dateparser is the right tool here (absolute dates in many formats and languages), but it must
never resolve a relative string like "yesterday" against the clock: the engine does not read the
clock, so only its absolute parsers are enabled and the day, month and year must all be given.
"""

from __future__ import annotations

from datetime import date, datetime

import dateparser

_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
}


class PublishedDateError(ValueError):
    """A publication date that cannot be read."""


def parse_published(value: str | date | datetime) -> date:
    """Return the calendar date of a publication time given as a date or a string.

    ISO dates ("2017-05-31") are read exactly; anything else goes through dateparser
    ("Wed, 31 May 2017 10:04 BST", "31/05/2017", "May 31, 2017").
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        raise PublishedDateError("the publication date is empty: give it as YYYY-MM-DD")
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else _parse_free(text)
    except ValueError as exc:
        if isinstance(exc, PublishedDateError):
            raise
        return _parse_free(text)


def _parse_free(text: str) -> date:
    parsed = dateparser.parse(text, languages=None, settings=_SETTINGS)  # type: ignore[arg-type]
    if parsed is None:
        raise PublishedDateError(
            f"cannot read the publication date {text!r}: give a full date with day, month and year, "
            "e.g. 2017-05-31 or 'Wed, 31 May 2017'"
        )
    return parsed.date()
