"""TIMEX3 values: syntax, grain, the days a value denotes, and calendar arithmetic on them."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from timeline.models import Grain, Interval, TimexMod

_DATE_PART = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(?:-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]"
    r"|\d{4}-(?:SP|SU|FA|WI)|\d{3}|\d{2}"
    r"|[\dX]{4}(?:-[\dX]{2}(?:-[\dX]{2})?)?|[\dX]{4}-Q[1-4X]|XXXX-WXX-[1-7]|[\dX]{4}-WXX|\d{3}X|\d{2}XX)"
)
_TIME_PART = r"(?:T(?:MO|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
# TimeML's units beyond ISO 8601: C century, E decade, L millennium, Q quarter ("for centuries" PXC)
_DURATION = rf"P(?:{_NUM}[YMWDCELQ])+(?:T(?:{_NUM}[HMS])+)?|PT(?:{_NUM}[HMS])+"
TIMEX_VALUE = re.compile(
    rf"(?:{_DATE_PART}{_TIME_PART}?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)", re.ASCII
)

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}

# Grain order, fine to coarse (a week is finer than a month).
GRAIN_RANK = {
    Grain.TIME: 0,
    Grain.DAY: 1,
    Grain.WEEKEND: 2,
    Grain.WEEK: 3,
    Grain.MONTH: 4,
    Grain.SEASON: 5,
    Grain.QUARTER: 5,
    Grain.HALF: 6,
    Grain.YEAR: 7,
    Grain.DECADE: 8,
    Grain.CENTURY: 9,
}

# Unit names used in underspecified values and durations.
UNIT_GRAIN = {
    "day": Grain.DAY,
    "week": Grain.WEEK,
    "weekend": Grain.WEEKEND,
    "fortnight": Grain.WEEK,
    "month": Grain.MONTH,
    "quarter": Grain.QUARTER,
    "half": Grain.HALF,
    "season": Grain.SEASON,
    "year": Grain.YEAR,
    "decade": Grain.DECADE,
    "century": Grain.CENTURY,
    "hour": Grain.DAY,
    "minute": Grain.DAY,
    "second": Grain.DAY,
}


def is_valid(value: str) -> bool:
    return TIMEX_VALUE.fullmatch(value) is not None


# unit -> (relativedelta keyword, how many of it one unit is)
_STEPS = {
    "day": ("days", 1),
    "week": ("weeks", 1),
    "weekend": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "month": ("months", 1),
    "quarter": ("months", 3),
    "half": ("months", 6),
    "season": ("months", 3),
    "year": ("years", 1),
    "decade": ("years", 10),
    "century": ("years", 100),
    "hour": ("hours", 1),
    "minute": ("minutes", 1),
    "second": ("seconds", 1),
}


# unit -> (the next smaller unit, how many of it one unit is): for halves ("2 1/2 years")
_SMALLER = {
    "year": ("month", 12),
    "decade": ("year", 10),
    "century": ("year", 100),
    "half": ("month", 6),
    "quarter": ("month", 3),
    "season": ("month", 3),
    "month": ("day", 30),
    "fortnight": ("day", 14),
    "week": ("day", 7),
    "weekend": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


def unit_delta(unit: str, n: float) -> relativedelta:
    """The calendar step of `n` units (a fraction in the next smaller unit: 2.5 years = 30 months)."""
    while n != int(n) and unit in _SMALLER:
        unit, size = _SMALLER[unit]
        n *= size
    keyword, size = _STEPS[unit]
    steps: dict[str, int] = {keyword: round(n) * size}
    return relativedelta(None, None, **steps)


# What half a unit adds to a duration.
_HALF = {"year": "6M", "day": "T12H", "hour": "T30M", "minute": "T30S"}


def duration_value(count: str, unit: str) -> str:
    """TIMEX3 duration of `count` (digits or X) `unit`s: ("8", "month") -> P8M."""
    if count == "X":
        # Only the plain TIMEX3 units: "for decades" is an unknown number of years.
        letters = {
            "hour": "TXH",
            "minute": "TXM",
            "second": "TXS",
            "day": "XD",
            "week": "XW",
            "fortnight": "XW",
            "century": "XC",
        }
        return "P" + letters.get(unit, "XM" if unit in ("month", "quarter") else "XY")
    if "." in count:  # a half: "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M
        whole, half = int(float(count)), _HALF.get(unit)
        if unit in ("decade", "century"):
            return f"P{round(float(count) * (10 if unit == 'decade' else 100))}Y"
        if half is None:
            return f"P{'T' if unit in ('hour', 'minute', 'second') else ''}{count}{unit[0].upper()}"
        prefix = duration_value(str(whole), unit) if whole else ("PT" if "T" in half else "P")
        if "T" in half and "T" in prefix:
            half = half.replace("T", "")
        return prefix + half
    n = int(count)
    if unit == "hour" and n == 24:  # "24 hours" is a day; "72 hours" is kept as written
        return "P1D"
    table = {
        "second": f"PT{n}S",
        "minute": f"PT{n}M",
        "hour": f"PT{n}H",
        "day": f"P{n}D",
        "week": f"P{n}W",
        "fortnight": f"P{2 * n}W",
        "month": f"P{n}M",
        "quarter": f"P{3 * n}M",  # TimeBank writes quarters as months
        "year": f"P{n}Y",
        "decade": f"P{10 * n}Y",
        "century": f"P{100 * n}Y",
    }
    return table[unit]


def format_point(day: date, grain: Grain) -> str:
    """The TIMEX3 value of the `grain`-sized period that contains `day`."""
    if grain in (Grain.DAY, Grain.TIME):
        return day.isoformat()
    if grain == Grain.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if grain == Grain.YEAR:
        return f"{day.year:04d}"
    if grain in (Grain.WEEK, Grain.WEEKEND):
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if grain == Grain.WEEKEND else "")
    if grain == Grain.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == Grain.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if grain == Grain.SEASON:
        season = SEASON_OF_MONTH.get(day.month, "FA")
        year = day.year - 1 if day.month <= 2 else day.year
        return f"{year:04d}-{season}"
    if grain == Grain.DECADE:
        return f"{day.year // 10:03d}"
    return f"{day.year // 100:02d}"


_POINT = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?|-W(?P<week>\d{2})(?P<we>-WE)?"
    r"|-Q(?P<quarter>[1-4])|-H(?P<half>[12])|-(?P<season>SP|SU|FA|WI))?(?P<time>T\w[\w:]*)?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})",
    re.ASCII,
)


@lru_cache(maxsize=8192)
def parse_point(value: str) -> tuple[date, date, Grain] | None:
    """First day, last day and grain of a concrete date value; None for anything else."""
    m = _POINT.fullmatch(value)
    if not m:
        return None
    try:
        if m.group("decade"):
            y = int(m.group("decade")) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31), Grain.DECADE
        if m.group("century"):
            y = int(m.group("century")) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), Grain.CENTURY
        year = int(m.group("year"))
        if m.group("day"):
            d = date(year, int(m.group("month")), int(m.group("day")))
            if m.group("time") == "TNI":  # a night runs past midnight into the next day
                return d, d + timedelta(days=1), Grain.TIME
            return d, d, Grain.TIME if m.group("time") else Grain.DAY
        if m.group("month"):
            month = int(m.group("month"))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), Grain.MONTH
        if m.group("week"):
            monday = date.fromisocalendar(year, int(m.group("week")), 1)
            if m.group("we"):
                return monday + timedelta(days=5), monday + timedelta(days=6), Grain.WEEKEND
            return monday, monday + timedelta(days=6), Grain.WEEK
        if m.group("quarter"):
            first_month = 3 * (int(m.group("quarter")) - 1) + 1
            return (*_months(year, first_month, 3), Grain.QUARTER)
        if m.group("half"):
            return (*_months(year, 1 if m.group("half") == "1" else 7, 6), Grain.HALF)
        if m.group("season"):
            return (*_months(year, SEASON_MONTHS[m.group("season")], 3), Grain.SEASON)
        if m.group("time"):
            return None
        return date(year, 1, 1), date(year, 12, 31), Grain.YEAR
    except ValueError:
        return None


def _months(year: int, first_month: int, count: int) -> tuple[date, date]:
    first = date(year, first_month, 1)
    last = first + relativedelta(months=count) - timedelta(days=1)
    return first, last


def interval_of(value: str, mod: TimexMod | None = None) -> Interval | None:
    """The days a concrete value denotes, narrowed to a third for START / MID / END."""
    point = parse_point(value)
    if point is None:
        return None
    first, last, _ = point
    if mod in (TimexMod.START, TimexMod.MID, TimexMod.END) and (last - first).days >= 2:
        third = ((last - first).days + 1) // 3
        if mod == TimexMod.START:
            last = first + timedelta(days=third - 1)
        elif mod == TimexMod.MID:
            first, last = first + timedelta(days=third), last - timedelta(days=third)
        else:
            first = last - timedelta(days=third - 1)
    return Interval(first=first, last=last)


def grain_of(value: str) -> Grain | None:
    point = parse_point(value)
    return point[2] if point else None
