"""Pass 2: turn underspecified values into TIMEX3 values, walking the document in order.

Deictic values are resolved against the publication date, anaphoric ones (UNDEF-REF-...)
against the story's reference time, which every resolved date moves. Calendar arithmetic is
dateutil's relativedelta; the clock is never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.easter import easter

from timeline.models import Anchor, Grain, Interval, TimeExpression, TimexType
from timeline.temporal.patterns import Engine
from timeline.temporal.recognize import Candidate
from timeline.temporal.reference import ReferenceTime
from timeline.temporal.tense import (
    Tense,
    deadline_before,
    opens_sentence,
    past_perfect_before,
    past_stretch_before,
    tense_at,
    tense_marker,
)
from timeline.temporal.timex_values import (
    GRAIN_RANK,
    SEASON_MONTHS,
    UNIT_GRAIN,
    format_point,
    grain_of,
    interval_of,
    is_valid,
    parse_point,
    unit_delta,
)

_SUFFIXES = re.compile(
    r"(?P<core>.+?)(?:#W(?P<week>\d+)|(?:#N(?P<nth>[1-5L])D(?P<nth_wd>[1-7]))?(?:#D(?P<shift>[+-]\d+))?|(?P<ended>#QE))"
    r"(?P<time>T(?:MO|AF|EV|NI|DT|\d\d:\d\d))?"
)
_CONTEXT_YEAR = re.compile(r"UNDEF-year-(?P<rest>\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)")
_CONTEXT_MONTH = re.compile(r"UNDEF-month-(?P<day>\d\d)")
_WEEKDATE = re.compile(r"UNDEF-weekdate-(?P<wd>[1-7])-(?P<month>\d\d)-(?P<day>\d\d)")
_WEEKDAY = re.compile(r"UNDEF-weekday-(?P<wd>[1-7])")
_EASTER = re.compile(r"UNDEF-easter(?P<shift>[+-]\d+)?")
_REF_WEEKDAY = re.compile(r"UNDEF-REFWEEKDAY-(?P<wd>[1-7])(?P<sign>[+-])1")
_REF_NAMED = re.compile(r"UNDEF-REFNAMED-(?P<rest>\d\d|SP|SU|FA|WI)(?P<sign>[+-])1")
_NUMERIC = re.compile(r"UNDEF-numeric-(?P<a>\d\d)-(?P<b>\d\d)-(?P<year>\d{4})")
_RELATIVE = re.compile(
    r"UNDEF-(?P<rel>this|last|next)-(?P<unit>day|weekend|weekday|week|month|quarter|half|season|year|decade|century)"
    r"(?:-(?P<suffix>.+))?"
)
_OFFSET = re.compile(
    r"UNDEF-(?P<base>DCT|DCTFUT|REF|REFUNIT|REFPAST|REFSENT|REFSAME|REFENDED|REFBEGUN)-(?P<unit>[a-z]+)(?P<sign>[+-])(?P<n>\d+(?:\.5)?|X)"
)
_IN_YEAR = re.compile(
    r"UNDEF-(?P<base>REFSAME|REFENDED|REFBEGUN)-(?P<unit>quarter|half|month)-in-(?P<year>\d{4})"
)
_SEASON_INDEX = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}
_SEASON_NAME = {v: k for k, v in _SEASON_INDEX.items()}
_STEP = {"this": 0, "last": -1, "next": 1}
# Within this many days of publication a month or day without a year is the nearest one.
_NEAR_DAYS = 92
# A tense marker this close (in characters) governs the date directly.
_GOVERNS = 12
# A tense marker this close (in characters) is in the expression's clause.
_CLAUSE = 80
# A month whose middle is this close to publication is the month before or after it.
_NEXT_MONTH_DAYS = 46
# How far ahead a deadline ("by", "effective") may lie.
_DEADLINE_DAYS = 250
# A story whose time is this far from publication is told in its own years (see _story_year) ...
_STORY_AWAY_DAYS = 366
# ... and moves forward: a date this far before the story's time is in the following year.
_STORY_BACK_DAYS = 183


# "the first nine months", "the six months": a report on a stretch longer than a quarter.
_REPORTING_STRETCH = re.compile(r"P(?:[4-9]|1[01])M")


# Between a date and an anaphoric day in apposition to it ("Oct. 12, the day before the crash")
_APPOSITION = re.compile(r",\s*")
_ANAPHORIC_DAY = re.compile(r"UNDEF-REFUNIT-day[+-]\d+")  # a whole day, not a time on it
# ... and a date with an offset from an event in apposition ("June 22, exactly three years after
# the invasion"): a comma and at most one adverb between them
_APPOSITION_WORD = re.compile(r",\s*(?:[a-z]+\s+)?")
_EVENT_OFFSET = re.compile(r"UNDEF-REF-[a-z]+[+-]\d+(?:\.5)?")
# An offset counted from an event: "a day after Turkish jets bombed …", "six months before the vote"
_FROM_EVENT = re.compile(r"\s+(?P<rel>after|before)\b")
# ... the offset itself ("a day", not "eight months later" before another clause)
_ENDS_ON_UNIT = re.compile(r"(?:day|week|month|year|hour|minute)s?$", re.IGNORECASE)
# A statement's day: "officials said Sunday", "told reporters on Friday"
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|stated|added|confirmed|claimed)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# ... told this many days after the deed at most
_SAID_AFTER_DAYS = 7
# How much an offset can say: "P3D", "P2W", "P6M", "P2Y" (not "PXD", nor hours)
_WHOLE_UNITS = re.compile(r"P(?P<n>\d+)(?P<u>[DWMY])")
_UNIT_OF = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# ... and whether it is said to be exact or rough ("less than two weeks after")
_EXACTLY = re.compile(r"exactly|precisely|just")
_ROUGHLY = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|barely|less|more|over|under|little)\b")
# Between a date and an offset in apposition to it: "on Sunday, a day after", "on Tuesday, less
# than two weeks after"
_APPOSED_OFFSET = re.compile(
    r",\s*(?:(?:exactly|precisely|just|only|nearly|almost|about|around|roughly|some|barely|less|more|"
    r"little|than|over|under|fully)\s+){0,3}"
)
# Between an offset and a date of the event it counts from: the rest of the clause, no sentence end
_SAME_CLAUSE = re.compile(r"[^.;:!?\n]{0,100}")


class Unresolvable(ValueError):
    pass


@dataclass
class Context:
    """What resolution needs besides the value: the document, its dates, and a lazy tense."""

    engine: Engine
    text: str
    published: date
    reference: ReferenceTime
    start: int = 0
    end: int = 0

    def tense(self) -> Tense:
        return tense_at(self.engine, self.text, self.start, self.end)


def _after_dct(rest: str, dct: date) -> int:
    """-1, 0 or 1: whether a month / month-day / quarter / half / season of DCT's year is before,
    at or after the publication date."""
    if rest[0].isdigit():
        month = int(rest[:2])
        key = (month, int(rest[3:5])) if len(rest) > 2 else (month, 0)
        here = (dct.month, dct.day) if len(rest) > 2 else (dct.month, 0)
    elif rest[0] == "Q":
        key, here = (int(rest[1]), 0), ((dct.month - 1) // 3 + 1, 0)
    else:
        key, here = (int(rest[1]), 0), (1 if dct.month <= 6 else 2, 0)
    return (key > here) - (key < here)


def _season(rest: str, ctx: Context, rel: str | None) -> str:
    dct = ctx.published
    season_year = dct.year - 1 if dct.month <= 2 else dct.year
    current = season_year * 4 + _SEASON_INDEX[format_point(dct, Grain.SEASON)[-2:]]
    target = _SEASON_INDEX[rest]
    if rel == "this":
        k = season_year * 4 + target
    else:
        backwards = rel == "last" or (rel is None and ctx.tense() != Tense.FUTURE)
        k = current - ((current - target) % 4) if backwards else current + ((target - current) % 4)
        if rel == "last" and k == current:
            k -= 4
        if rel == "next" and k == current:
            k += 4
    return f"{k // 4:04d}-{_SEASON_NAME[k % 4]}"


def _period_start(year: int, rest: str) -> date:
    """The first day of a month, month-day, quarter, half or season `rest` of `year`."""
    if rest in _SEASON_INDEX:
        return date(year, SEASON_MONTHS[rest], 1)
    if rest[0] == "Q":
        return date(year, 3 * int(rest[1]) - 2, 1)
    if rest[0] == "H":
        return date(year, 6 * int(rest[1]) - 5, 1)
    return _first_day(year, rest).replace(day=int(rest[3:5]) if len(rest) > 2 else 1)


def _story_year(rest: str, ctx: Context) -> str | None:
    """In a narrative (see _is_narrative) whose time is away from publication, a month, day or
    season without a year is in the story's year: "Germany invaded on 22 June 1941. In October
    ..." is October 1941. Stories move forward, so one that would lie more than half a year
    before the story's time is in the next year ("on 19 November ... on 2 February" crosses a
    new year). None while the story is near publication: then news' rules apply."""
    ref = ctx.reference
    if not ref.narrative or ref.from_publication or GRAIN_RANK[ref.grain] > GRAIN_RANK[Grain.YEAR]:
        return None
    if abs((ctx.published - ref.first).days) <= _STORY_AWAY_DAYS:
        return None
    year = ref.first.year
    if (ref.first - _period_start(year, rest)).days > _STORY_BACK_DAYS:
        year += 1
    return f"{year:04d}-{rest}"


def _context_year(rest: str, ctx: Context) -> str:
    """The year of a month, day, quarter or season the text gives without one: in a story away
    from publication, the story's year; else the tense of the sentence says whether it lies
    before or after publication; without a tense, the nearest."""
    if (story := _story_year(rest, ctx)) is not None:
        return story
    if rest in _SEASON_INDEX:
        return _season(rest, ctx, None)
    dct = ctx.published
    year = dct.year
    position = _after_dct(rest, dct)
    if position == 0:
        return f"{year:04d}-{rest}"
    if rest[0] in "QH":
        # Quarters are reported after they end ("expects to report a third-quarter loss"):
        # only a past sentence moves one back a year.
        if position > 0 and ctx.tense() == Tense.PAST:
            year -= 1
        return f"{year:04d}-{rest}"
    # Two candidates: this year's and the neighbouring year's on the other side of publication.
    past, future = sorted((_first_day(year, rest), _first_day(year - 1 if position > 0 else year + 1, rest)))
    chosen = _past_or_future(past, future, ctx, whole_month=len(rest) == 2)
    return f"{chosen.year:04d}-{rest}"


def _past_or_future(past: date, future: date, ctx: Context, whole_month: bool = False) -> date:
    """Of a day (or month) before publication and its namesake after, the one the text means."""
    dct = ctx.published
    to_past, to_future = (dct - past).days, (future - dct).days
    tense, distance, firm = tense_marker(ctx.engine, ctx.text, ctx.start, ctx.end)
    if (
        to_future <= _DEADLINE_DAYS
        and deadline_before(ctx.engine, ctx.text, ctx.start)
        and not past_stretch_before(ctx.engine, ctx.text, ctx.start, ctx.tense())
    ):
        chosen = future  # "payable Dec. 1", "effective Feb. 1", "by February", "extended to Nov. 20"
    elif tense != Tense.UNKNOWN and distance <= _GOVERNS:
        # a verb right next to the date decides: "the fiscal year ended Jan. 31"
        chosen = past if tense == Tense.PAST else future
    elif (
        min(to_past, to_future) <= _NEAR_DAYS
        and (not whole_month or distance > _CLAUSE or not firm or min(to_past, to_future) <= _NEXT_MONTH_DAYS)
        and not (
            # "On the night of 14 July, jets struck", written in May in a story about last year:
            # what a past verb says happened is not ahead
            tense == Tense.PAST
            and firm
            and distance <= _CLAUSE
            and to_future < to_past
            and not ctx.reference.from_publication
            and (dct - ctx.reference.first).days > _NEAR_DAYS  # the story is away from the present
        )
    ):
        # A day this close is the one meant, whatever the tense ("on Dec. 28" written in January);
        # a whole month is not, when a verb of its clause has a tense ("changed its fiscal year
        # in December", written in October), unless it is the month before or after publication
        # ("placed orders to start trading for November", written on Oct. 30).
        chosen = past if to_past <= to_future else future
    elif tense == Tense.PAST:
        chosen = past
    elif tense == Tense.FUTURE:
        chosen = future
    else:  # the nearer, with news' bias to the past
        chosen = future if 2 * to_future < to_past else past
    return chosen


def _easter(shift: int, ctx: Context) -> str:
    """Easter (shifted: Good Friday is -2) before or after publication, as the text means."""
    dct = ctx.published
    days = [easter(y) + timedelta(days=shift) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if dct in days:
        return dct.isoformat()
    past = max(d for d in days if d < dct)
    future = min(d for d in days if d > dct)
    return _past_or_future(past, future, ctx).isoformat()


def _first_day(year: int, rest: str) -> date:
    month = int(rest[:2])
    day = int(rest[3:5]) if len(rest) > 2 else 15
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


_POSSESSIVE = re.compile(r"['’]s\b")


_AND_NEXT_WORD = re.compile(r"\s+and\s+(\w+)")


def _day_listed_after(ctx: Context) -> bool:
    """Whether another weekday follows the expression after "and" ("Monday and Tuesday")."""
    m = _AND_NEXT_WORD.match(ctx.text, ctx.end)
    return m is not None and m.group(1).lower() in ctx.engine.table("weekday")


def _weekday(wd: int, ctx: Context) -> date:
    dct = ctx.published
    # "Tuesday's declaration", "get around Wednesday's ruling": news names an event by its day
    # once it has happened, whatever the tense of the sentence
    possessive = _POSSESSIVE.match(ctx.text, ctx.end) is not None
    if possessive:  # ... unless a future marker stands right before it ("ahead of Sunday's vote")
        tense, distance, _ = tense_marker(ctx.engine, ctx.text, ctx.start, ctx.end)
        possessive = not (tense == Tense.FUTURE and distance <= _GOVERNS)
    # "postponed until Tuesday" lies ahead; "Until Thursday, they had not called him" does not
    # ... but "fought through Monday and Tuesday" names a stretch of days, not a deadline, and so
    # does "continued through Monday" in the past tense
    deadline = (
        deadline_before(ctx.engine, ctx.text, ctx.start)
        and not opens_sentence(ctx.engine, ctx.text, ctx.start, ctx.end)
        and not past_perfect_before(ctx.text, ctx.start)
        and not _day_listed_after(ctx)
        and not past_stretch_before(ctx.engine, ctx.text, ctx.start, ctx.tense())
    )
    if not possessive and (deadline or ctx.tense() == Tense.FUTURE):
        return dct + timedelta(days=(wd - dct.isoweekday()) % 7)
    return dct - timedelta(days=(dct.isoweekday() - wd) % 7)


def _ref_named(rest: str, sign: str, ctx: Context) -> tuple[str, Anchor]:
    """ "the next March", "the following spring", "the previous autumn": the first month or
    season of that name after (or the last before) the story's time, which is the publication
    date until the story names another."""
    ref = ctx.reference
    point = parse_point(ref.value)
    first, last = (point[0], point[1]) if point else (ref.first, ref.first)
    anchor = Anchor.PUBLICATION if ref.from_publication else Anchor.REFERENCE
    year = first.year - 1 if sign == "+" else last.year + 1
    for _ in range(4):
        found = parse_point(f"{year:04d}-{rest}")
        if found is None:
            break
        if (sign == "+" and found[0] > last) or (sign == "-" and found[1] < first):
            return f"{year:04d}-{rest}", anchor
        year += 1 if sign == "+" else -1
    raise Unresolvable(rest)


def _ref_weekday(wd: int, sign: str, ctx: Context) -> tuple[str, Anchor]:
    """ "the previous Friday", "the following Thursday": the weekday before or after the day the
    story is on (the publication date until the story names another day)."""
    ref = ctx.reference
    on_a_day = ref.grain == Grain.DAY and not ref.from_publication
    base, anchor = (ref.first, Anchor.REFERENCE) if on_a_day else (ctx.published, Anchor.PUBLICATION)
    if sign == "-":
        return (base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)).isoformat(), anchor
    return (base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)).isoformat(), anchor


def _weekend(ctx: Context) -> str:
    dct = ctx.published
    if dct.isoweekday() >= 6:
        return format_point(dct, Grain.WEEKEND)
    step = 0 if ctx.tense() == Tense.FUTURE else -1
    return format_point(dct + timedelta(weeks=step), Grain.WEEKEND)


def _relative(rel: str, unit: str, suffix: str | None, ctx: Context) -> str:
    dct = ctx.published
    step = _STEP[rel]
    if unit == "weekday" and suffix:
        wd = int(suffix)
        if rel == "last":
            return (dct - timedelta(days=(dct.isoweekday() - wd) % 7 or 7)).isoformat()
        if rel == "next":
            return (dct + timedelta(days=(wd - dct.isoweekday()) % 7 or 7)).isoformat()
        return _weekday(wd, ctx).isoformat()
    if unit == "month" and suffix:  # "last March", "last Oct. 23": suffix MM or MM-DD
        month = int(suffix[:2])
        year = dct.year
        if rel == "last" and month >= dct.month:
            year -= 1
        elif rel == "next" and month <= dct.month:
            year += 1
        return f"{year:04d}-{month:02d}{suffix[2:]}"
    if unit == "season" and suffix:
        return _season(suffix, ctx, rel)
    if unit == "year" and suffix:
        return f"{dct.year + step:04d}-{suffix}"
    if suffix:
        raise Unresolvable(suffix)
    grain = UNIT_GRAIN[unit]
    return format_point(dct + unit_delta(unit, step), grain)


def _with_unknown(base: date, grain: Grain) -> str:
    """A value that keeps what is known and writes the shifted part as X ("a few years ago")."""
    if grain in (Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.SEASON):
        return f"{base.year // 10:03d}X"
    if grain in (Grain.DECADE, Grain.CENTURY):
        return f"{base.year // 100:02d}XX"
    if grain == Grain.MONTH:
        return f"{base.year:04d}-XX"
    if grain in (Grain.WEEK, Grain.WEEKEND):
        return f"{base.year:04d}-WXX"
    return f"{base.year:04d}-{base.month:02d}-XX"


def _offset(base_name: str, unit: str, sign: str, n: str, ctx: Context) -> tuple[str, Anchor]:
    if unit not in UNIT_GRAIN:
        raise Unresolvable(unit)
    unit_grain = UNIT_GRAIN[unit]
    ref = ctx.reference
    period = ref.last_ended_at_grain.get(Grain.QUARTER) or ref.last_ended_at_grain.get(Grain.HALF)
    if unit == "year" and n == "1" and period is not None and base_name in ("DCT", "REF"):
        # "sales rose from $5 million a year ago": in a story about a quarter, the same quarter
        # a year back (a quarter already ended: the one reported on, not a forecast's)
        grain = Grain.QUARTER if Grain.QUARTER in ref.last_ended_at_grain else Grain.HALF
        base, base_grain, anchor = period, grain, Anchor.REFERENCE
    elif base_name in ("DCT", "DCTFUT"):
        if base_name == "DCTFUT" and ctx.tense() != Tense.FUTURE:
            raise Unresolvable("'in two weeks' points ahead only in a sentence about the future")
        base, base_grain, anchor = ctx.published, Grain.DAY, Anchor.PUBLICATION
    elif base_name in ("REFSAME", "REFENDED", "REFBEGUN"):
        periods = {
            "REFSAME": ref.last_at_grain,
            "REFENDED": ref.last_ended_at_grain,
            "REFBEGUN": ref.last_begun_at_grain,
        }[base_name]
        if unit_grain in periods:
            base, base_grain, anchor = periods[unit_grain], unit_grain, Anchor.REFERENCE
            if (
                base_name == "REFSAME"
                and unit_grain in (Grain.WEEK, Grain.MONTH)
                and ref.grain == Grain.DAY
                and ref.first >= base + unit_delta(unit, 1)
            ):
                # "through August. On September 15 ... before the end of the month": the story
                # has moved on to a day of a later month, and "the month" is that one
                base = ref.first
        elif (
            base_name == "REFBEGUN"
            and unit == "year"
            and not ref.from_publication
            and ref.first <= ctx.published
            and GRAIN_RANK[ref.grain] < GRAIN_RANK[Grain.YEAR]
        ):
            # "Palmyra fell on 20 May 2015. By the end of the year ...": the year of the story's day
            base, base_grain, anchor = ref.first, Grain.YEAR, Anchor.REFERENCE
        else:
            raise Unresolvable("the story has not named such a period yet")
    else:
        base, base_grain, anchor = ref.first, ref.grain, Anchor.REFERENCE
        if base_name in ("REFPAST", "REFSENT") and ref.first > ctx.published:
            raise Unresolvable("the story's time is a forecast, not a day that has been")
        if base_name == "REFSENT" and (
            ref.from_publication or ctx.engine.sentence_end.search(ctx.text, ref.set_at, ctx.start)
        ):
            raise Unresolvable("the story's time was not set in this sentence")
        if (
            base_name in ("REFUNIT", "REFPAST", "REFSENT")
            and unit_grain == Grain.DAY
            and GRAIN_RANK[base_grain] >= GRAIN_RANK[Grain.YEAR]
        ):
            # "trades made that day" in a story at "1987": no day of the story is meant
            raise Unresolvable("a day of a story that is only at a year")
    if unit in ("hour", "minute") and GRAIN_RANK[base_grain] > GRAIN_RANK[Grain.DAY]:
        # "about an hour earlier" after "in November": hours from a day the story has not named
        raise Unresolvable("hours from a period longer than a day")
    if n == "X":
        if unit in ("hour", "minute") and base_grain in (Grain.DAY, Grain.TIME):
            # "By Tuesday morning … Hours later, fighting broke out": later that day, as far as known;
            # hours after a night ("overnight clashes") are the morning after it
            night = base_name == "REF" and ref.night
            return format_point(base + timedelta(days=1) if night else base, Grain.DAY), anchor
        return _with_unknown(base, unit_grain), anchor
    steps = float(n) if sign == "+" else -float(n)
    shifted = base + unit_delta(unit, steps)
    if isinstance(shifted, datetime):  # an hour step gives a datetime
        shifted = shifted.date()
    grain = unit_grain
    if unit in ("decade", "century") and base_name in ("DCT", "REF"):
        grain = Grain.YEAR  # "a decade ago" is ten years back (1989), not the decade (the 1980s)
    if (
        unit_grain == Grain.DAY
        and base_grain == Grain.MONTH
        and base_name in ("REFUNIT", "REFPAST", "REFSENT")
    ):
        # "that same day" in a story at "October 1998": a day of that month, which one unknown
        return f"{shifted.year:04d}-{shifted.month:02d}-XX", anchor
    if GRAIN_RANK[base_grain] > GRAIN_RANK[grain]:
        grain = base_grain  # "two days later" after "in 2015": only the year is known
    elif (
        unit == "year"
        and base_name in ("DCT", "REF")
        and anchor == Anchor.REFERENCE
        and base_grain in (Grain.MONTH, Grain.QUARTER, Grain.HALF)
    ):
        grain = base_grain  # "a year earlier" after "the third quarter": the same quarter a year back
    return format_point(shifted, grain), anchor


def _in_year(base_name: str, unit: str, year: int, ctx: Context) -> tuple[str, Anchor]:
    """The period the story is about, in another year: "the 1988 quarter" after "the third
    quarter" is 1988-Q3."""
    ref = ctx.reference
    periods = {
        "REFSAME": ref.last_at_grain,
        "REFENDED": ref.last_ended_at_grain,
        "REFBEGUN": ref.last_begun_at_grain,
    }[base_name]
    grain = UNIT_GRAIN[unit]
    if grain not in periods:
        raise Unresolvable("the story has not named such a period yet")
    first = periods[grain]
    try:
        first = first.replace(year=year)
    except ValueError:  # 29 February
        first = first.replace(year=year, day=28)
    return format_point(first, grain), Anchor.REFERENCE


def resolve_value(value: str, ctx: Context) -> tuple[str, Anchor]:
    """The TIMEX3 value of an underspecified value, and what it was resolved against.
    `A||B`: B when A cannot be resolved."""
    if "||" in value:
        *firsts, last = value.split("||")
        for alternative in firsts:
            try:
                return resolve_value(alternative, ctx)
            except Unresolvable:
                continue
        return resolve_value(last, ctx)
    if is_valid(value):
        return value, Anchor.NONE
    m = _SUFFIXES.fullmatch(value)
    if not m:
        raise Unresolvable(value)
    core, week, time = m.group("core"), m.group("week"), m.group("time")
    anchor = Anchor.PUBLICATION
    if not core.startswith("UNDEF-"):
        resolved, anchor = core, Anchor.NONE
    elif mm := _CONTEXT_YEAR.fullmatch(core):
        resolved = _context_year(mm.group("rest"), ctx)
    elif mm := _CONTEXT_MONTH.fullmatch(core):
        ref = ctx.reference
        base = ref.first if GRAIN_RANK[ref.grain] <= GRAIN_RANK[Grain.MONTH] else ctx.published
        anchor = Anchor.PUBLICATION if ref.from_publication else Anchor.REFERENCE
        resolved = f"{base.year:04d}-{base.month:02d}-{mm.group('day')}"
    elif mm := _WEEKDATE.fullmatch(core):
        resolved = _weekdate(int(mm.group("wd")), int(mm.group("month")), int(mm.group("day")), ctx)
    elif mm := _NUMERIC.fullmatch(core):
        resolved, anchor = (
            _numeric_date(int(mm.group("a")), int(mm.group("b")), int(mm.group("year")), ctx),
            Anchor.NONE,
        )
    elif mm := _EASTER.fullmatch(core):
        resolved = _easter(int(mm.group("shift") or 0), ctx)
    elif mm := _REF_NAMED.fullmatch(core):
        resolved, anchor = _ref_named(mm.group("rest"), mm.group("sign"), ctx)
    elif mm := _REF_WEEKDAY.fullmatch(core):
        resolved, anchor = _ref_weekday(int(mm.group("wd")), mm.group("sign"), ctx)
    elif mm := _WEEKDAY.fullmatch(core):
        resolved = _weekday(int(mm.group("wd")), ctx).isoformat()
    elif core == "UNDEF-weekend":
        resolved = _weekend(ctx)
    elif mm := _RELATIVE.fullmatch(core):
        resolved = _relative(mm.group("rel"), mm.group("unit"), mm.group("suffix"), ctx)
    elif mm := _IN_YEAR.fullmatch(core):
        resolved, anchor = _in_year(mm.group("base"), mm.group("unit"), int(mm.group("year")), ctx)
    elif (
        time
        and core == "UNDEF-REFUNIT-day+0"
        and ctx.reference.said
        and ctx.reference.deed_day
        and 0 < (ctx.reference.first - ctx.reference.deed_day).days <= _SAID_AFTER_DAYS
    ):
        # "struck on Saturday …, officials said Sunday. The first bomber … at about 3 p.m.": the
        # clock time is on the day of the deeds, not the day they were told
        resolved, anchor = ctx.reference.deed_day.isoformat(), Anchor.REFERENCE
    elif mm := _OFFSET.fullmatch(core):
        resolved, anchor = _offset(mm.group("base"), mm.group("unit"), mm.group("sign"), mm.group("n"), ctx)
    else:
        raise Unresolvable(value)
    if m.group("nth"):
        resolved = _nth_weekday(resolved, m.group("nth"), int(m.group("nth_wd")))
    if m.group("ended"):  # "the quarter ended July 31": the three months up to that day
        if grain_of(resolved) != Grain.DAY:
            raise Unresolvable(value)
        resolved = format_point(date.fromisoformat(resolved) - timedelta(days=45), Grain.QUARTER)
    if m.group("shift"):  # "the day before last Tuesday"
        if grain_of(resolved) != Grain.DAY:
            raise Unresolvable(value)
        resolved = (date.fromisoformat(resolved) + timedelta(days=int(m.group("shift")))).isoformat()
    if week:
        point = parse_point(resolved)
        if point is None:
            raise Unresolvable(value)
        resolved = format_point(point[0] + timedelta(weeks=int(week) - 1), Grain.WEEK)
    if time:
        if grain_of(resolved) != Grain.DAY:
            raise Unresolvable(value)
        resolved += time
    if not is_valid(resolved) or (parse_point(resolved) is None and "X" not in resolved):
        raise Unresolvable(value)
    return resolved, anchor


def _nth_weekday(month_value: str, nth: str, weekday: int) -> str:
    """The n-th (or last) given weekday of a month: Thanksgiving is the 4th Thursday of November."""
    point = parse_point(month_value)
    if point is None or point[2] != Grain.MONTH:
        raise Unresolvable(month_value)
    first, last, _ = point
    if nth == "L":
        return (last - timedelta(days=(last.isoweekday() - weekday) % 7)).isoformat()
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (int(nth) - 1))
    if day > last:
        raise Unresolvable(month_value)
    return day.isoformat()


def _numeric_date(a: int, b: int, year: int, ctx: Context) -> str:
    """31/05/2017 or 05/31/2017: the readings that are dates; of two, the nearer publication."""
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        raise Unresolvable(f"{a}/{b}/{year}")
    return min(readings, key=lambda d: abs((d - ctx.published).days)).isoformat()


def _weekdate(wd: int, month: int, day: int, ctx: Context) -> str:
    """For "Wednesday, 31 May": the year nearest the publication date in which 31 May is a Wednesday."""
    dct = ctx.published
    for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        try:
            d = date(dct.year + delta, month, day)
        except ValueError:
            continue
        if d.isoweekday() == wd:
            return d.isoformat()
    return _context_year(f"{month:02d}-{day:02d}", ctx)


def _is_date_like(value: str) -> bool:
    return parse_point(value) is not None


def _compared_with_anchor(where: str, cand: Candidate, ctx: Context, anchor: Anchor) -> Interval | None:
    """The interval of `where`; for "earlier/later this month" the part of the period before or
    after the anchor day, when the period holds that day (else the usual third)."""
    narrowed = interval_of(where, cand.mod)
    first_word = ctx.text[cand.start : cand.end].split(maxsplit=1)[0].lower()
    side = ctx.engine.table("comparative_modifier").get(first_word)
    whole = interval_of(where) if side else None
    day = ctx.published if anchor == Anchor.PUBLICATION else ctx.reference.first
    if whole is None or not whole.first <= day <= whole.last:
        return narrowed
    if side == "before" and whole.first < day:
        return Interval(first=whole.first, last=day - timedelta(days=1))
    if side == "after" and day < whole.last:
        return Interval(first=day + timedelta(days=1), last=whole.last)
    return narrowed


def _resolve_candidate(cand: Candidate, ctx: Context) -> TimeExpression:
    value, anchor = resolve_value(cand.value, ctx)
    points_to = None
    if cand.points_to:
        try:
            points_to, anchor = resolve_value(cand.points_to, ctx)
        except Unresolvable:
            if cand.type != TimexType.DURATION:
                raise
            anchor = Anchor.NONE  # a plain duration after all ("captured in ten days")
    if cand.type == TimexType.DURATION:
        where = points_to
    elif cand.type in (TimexType.DATE, TimexType.TIME):
        where = value
        if cand.duration and anchor != Anchor.NONE:
            points_to = value  # "two years ago": a date that is also an offset
    else:
        where = None
    return TimeExpression(
        start=cand.start,
        end=cand.end,
        text=ctx.text[cand.start : cand.end],
        type=cand.type,
        value=value,
        mod=cand.mod,
        interval=_compared_with_anchor(where, cand, ctx, anchor) if where else None,
        grain=grain_of(where) if where else None,
        anchor=anchor,
        duration=cand.duration if points_to else None,
        points_to=points_to,
        rule=cand.rule,
    )


# Values resolved against the publication date itself: "on Friday", "last year", "two weeks ago".
_DEICTIC = re.compile(r"UNDEF-(?:this|last|next|weekday|weekend|DCT|DCTFUT|easter)\b")


def _is_narrative(candidates: list[Candidate], published: date) -> bool:
    """Whether the text is a narrative told in its own time (a history) rather than news told
    from its publication date: it opens on a date given in full that lies more than a year from
    publication, and it never speaks of days relative to publication ("on Friday", "last year",
    "two weeks ago"), as news does."""
    if any(_DEICTIC.match(c.value) or (c.points_to and _DEICTIC.match(c.points_to)) for c in candidates):
        return False
    for cand in candidates:
        if cand.type == TimexType.DATE:
            point = parse_point(cand.value) if is_valid(cand.value) else None
            return point is not None and abs((published - point[0]).days) > _STORY_AWAY_DAYS
    return False


def _offset_from_event(
    cand: Candidate, out: list[TimeExpression], following: list[Candidate], ctx: Context
) -> None:
    """An offset counted from an event ("a day after Turkish jets bombed …") points from that
    event, never from the story's time. In apposition to a date ("on Sunday, a day after …") it
    leads back to the event's own date (Saturday); when the event carries a date of its own
    ("two years after the war began in April 2023") it leads from there (2025-04); otherwise it
    stays a plain duration."""
    text = ctx.text
    rel = _FROM_EVENT.match(text, cand.end)
    whole = _WHOLE_UNITS.fullmatch(cand.value)
    if rel is None or whole is None:
        if cand.points_to and _EVENT_OFFSET.fullmatch(cand.points_to):
            cand.points_to = None  # "days after the attack": how long, not when
        return
    n, unit = int(whole.group("n")), _UNIT_OF[whole.group("u")]
    words = text[max(0, cand.start - 25) : cand.end].lower()
    own: tuple[date, Grain] | None = None
    sign = 1
    if (
        out
        and out[-1].type in (TimexType.DATE, TimexType.TIME)
        and _APPOSED_OFFSET.fullmatch(text, out[-1].end, cand.start)
    ):
        point = parse_point(out[-1].value)
        if point is not None:
            # the date named is the deed's; the event counted from is the offset away from it
            own, sign = (point[0], point[2]), (-1 if rel.group("rel") == "after" else 1)
            cand.moves_reference = False
    if own is None:
        for later in following:
            gap = text[rel.end() : later.start]
            if not _SAME_CLAUSE.fullmatch(gap):
                break
            if later.type != TimexType.DATE:
                continue
            try:
                value, anchor = resolve_value(later.value, ctx)
            except (Unresolvable, ValueError, OverflowError, KeyError):
                break
            point = parse_point(value) if anchor == Anchor.NONE else None
            if point is not None:
                own, sign = (point[0], point[2]), (1 if rel.group("rel") == "after" else -1)
            break
    if own is None:
        if cand.points_to and _EVENT_OFFSET.fullmatch(cand.points_to):
            cand.points_to = None
        return
    day, grain = own
    exact, rough = bool(_EXACTLY.search(words)), bool(_ROUGHLY.search(words))
    # "less than two weeks after", "three years after": a week or a month, not a made-up day
    coarse = UNIT_GRAIN[unit] if unit in ("day", "week") else Grain.MONTH
    if not exact and (rough or unit in ("month", "year")) and GRAIN_RANK[coarse] > GRAIN_RANK[grain]:
        grain = coarse
    if grain == Grain.TIME:
        grain = Grain.DAY
    cand.points_to = format_point(day + sign * unit_delta(unit, n), grain)


def resolve_document(
    engine: Engine, text: str, candidates: list[Candidate], published: date
) -> list[TimeExpression]:
    """Resolve candidates in text order, moving the reference time as the story moves."""
    reference = ReferenceTime.publication(published)
    reference.narrative = _is_narrative(candidates, published)
    out: list[TimeExpression] = []
    for i, cand in enumerate(candidates):
        ctx = Context(engine, text, published, reference, cand.start, cand.end)
        if (
            out
            and _ANAPHORIC_DAY.fullmatch(cand.value)
            and _APPOSITION.fullmatch(text, out[-1].end, cand.start)
            and out[-1].grain == Grain.DAY
            and out[-1].type == TimexType.DATE
        ):
            # "Oct. 12, the day before the crash": the day just named, not one shifted from it
            cand.value = out[-1].value
        elif (
            cand.type == TimexType.DURATION
            and _FROM_EVENT.match(text, cand.end)
            and _ENDS_ON_UNIT.search(text, cand.start, cand.end)
        ):
            _offset_from_event(cand, out, candidates[i + 1 :], ctx)
        try:
            timex = _resolve_candidate(cand, ctx)
        except (Unresolvable, ValueError, OverflowError, KeyError):
            continue  # an expression we cannot date is left out rather than guessed
        out.append(timex)
        where = timex.points_to if timex.type == TimexType.DURATION else timex.value
        if timex.type != TimexType.SET and where and _is_date_like(where) and cand.moves_reference:
            said = bool(_SAID_ON.search(text, max(0, cand.start - 40), cand.start))
            if not said and grain_of(where) in (Grain.DAY, Grain.TIME):
                reference.deed_day = date.fromisoformat(where[:10])
            elif not said:
                reference.deed_day = None
            reference.said = said
            reference.move_to(where)
            reference.set_at = timex.end
        elif timex.type == TimexType.DURATION and _REPORTING_STRETCH.fullmatch(timex.value):
            reference.forget_periods()
    return out
