"""Check a dateline against the publication date.

News stories state their own day in the dateline ("MOSCOW, May 31 (Reuters) -") or in the first
sentence ("... on Wednesday, 31 May"). If that date near the top of the story is not the
publication date, either the date we were given or the story is off, and every deictic date in
the timeline shifts with it; so we say so.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.temporal.recognize import Candidate

# Rules whose expressions name a weekday together with a day and a month: near the top of a
# story such a date is the story's own day.
WEEKDAY_DATE_RULES = frozenset(
    {"weekday_day_month", "weekday_month_day", "weekday_day_month_year", "weekday_month_day_year"}
)
# A day and month without weekday count only in a dateline: after "CITY," at the start of a line.
DAY_MONTH_RULES = frozenset({"month_day", "day_month", "month_day_year", "day_month_year"})
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[A-Za-z .'’-]{1,30})?,[ \t]*\Z")
# How far into the text a dateline or first-sentence date may start.
LEAD_CHARS = 600
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _first_dateline(text: str, candidates: list[Candidate]) -> Candidate | None:
    for cand in candidates:
        if cand.start > LEAD_CHARS:
            return None
        rule = cand.rule.split("+")[-1]
        if rule in WEEKDAY_DATE_RULES:
            return cand
        if rule in DAY_MONTH_RULES and _DATELINE_PLACE.search(text, max(0, cand.start - 80), cand.start):
            return cand
    return None


def check_dateline(text: str, candidates: list[Candidate], published: date) -> list[str]:
    """Warnings when the story's own date (dateline or first-sentence weekday date) contradicts
    `published`."""
    cand = _first_dateline(text, candidates)
    if cand is None:
        return []
    groups = cand.groups
    try:
        month, day = int(groups["month"]), int(groups["day"])
        weekday = int(groups["weekday"]) if groups.get("weekday") else None
        year = int(groups["year"]) if groups.get("year") else published.year
    except (KeyError, ValueError):
        return []
    stated = text[cand.start : cand.end]
    problems = []
    if (month, day) != (published.month, published.day) or year != published.year:
        problems.append(f"it names {day:02d}-{month:02d}" + (f"-{year}" if groups.get("year") else ""))
    if weekday is not None and weekday != published.isoweekday():
        problems.append(f"it names a {WEEKDAY_NAMES[weekday - 1]}")
    if not problems:
        return []
    return [
        f"dateline {stated!r} (offset {cand.start}) contradicts the publication date "
        f"{published.isoformat()}, a {WEEKDAY_NAMES[published.isoweekday() - 1]}: {'; '.join(problems)}"
    ]
