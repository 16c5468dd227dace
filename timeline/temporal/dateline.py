"""Check a dateline against the publication date.

News stories state their own day in the dateline or the first sentence ("... on Wednesday,
31 May"). If that weekday + day + month near the top of the story is not the publication date,
either the date we were given or the story is off, and the whole timeline shifts with it.
"""

from __future__ import annotations

from datetime import date

from timeline.temporal.recognize import Candidate

# Rules whose expressions name a weekday together with a day and a month.
DATELINE_RULES = frozenset(
    {"weekday_day_month", "weekday_month_day", "weekday_day_month_year", "weekday_month_day_year"}
)
# How far into the text a dateline or first-sentence date may start.
LEAD_CHARS = 600
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _first_dateline(candidates: list[Candidate]) -> Candidate | None:
    for cand in candidates:
        if cand.start > LEAD_CHARS:
            return None
        if cand.rule.split("+")[-1] in DATELINE_RULES:
            return cand
    return None


def check_dateline(text: str, candidates: list[Candidate], published: date) -> list[str]:
    """Warnings when the story's own weekday-day-month date contradicts `published`."""
    cand = _first_dateline(candidates)
    if cand is None:
        return []
    groups = cand.groups
    try:
        weekday, month, day = int(groups["weekday"]), int(groups["month"]), int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else published.year
    except (KeyError, ValueError):
        return []
    stated = text[cand.start : cand.end]
    problems = []
    if (month, day) != (published.month, published.day) or year != published.year:
        problems.append(f"it names {day:02d}-{month:02d}")
    if weekday != published.isoweekday():
        problems.append(f"it names a {WEEKDAY_NAMES[weekday - 1]}")
    if not problems:
        return []
    return [
        f"dateline {stated!r} (offset {cand.start}) contradicts the publication date "
        f"{published.isoformat()}, a {WEEKDAY_NAMES[published.isoweekday() - 1]}: {'; '.join(problems)}"
    ]
