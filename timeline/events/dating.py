"""Dates for events: the time expression that governs a trigger's clause, or the story's
reference time when the clause has none.

Which expression governs: the nearest usable one inside the trigger's clause ("captured X in
March last year and Moscow flew in …" — the "and" clause is another clause). Without one, the
event inherits the story's reference time: the last date the text mentioned before the trigger,
or — in the lead, before any date — the publication date (news reports are about their day).
"""

from __future__ import annotations

import re
from datetime import date

from timeline.models import Anchor, EventDate, Grain, TimeExpression, TimexType
from timeline.temporal.timex_values import parse_point

_GRAIN_PRECISION = {
    Grain.TIME: 1,
    Grain.DAY: 1,
    Grain.WEEK: 2,
    Grain.WEEKEND: 2,
    Grain.MONTH: 3,
}


def time_precision(grain: Grain) -> int:
    """ACLED time_precision: 1 day, 2 week, 3 month; 4 anything vaguer (kept, unlike ACLED)."""
    return _GRAIN_PRECISION.get(grain, 4)


def event_date(tx: TimeExpression) -> EventDate | None:
    """An EventDate from a time expression, or None when it names no datable period.

    For an anchored offset ("eight months later") the date is the one it points to.
    """
    if tx.type is TimexType.SET:
        return None
    value = tx.points_to or tx.value
    if tx.type is TimexType.DURATION and not tx.points_to:
        return None
    parsed = parse_point(value)
    if tx.interval is not None:
        start, end = tx.interval.first, tx.interval.last
        grain = tx.grain or (parsed[2] if parsed else None)
    elif parsed is not None:
        start, end, grain = parsed
        grain = tx.grain or grain
    else:
        return None
    if grain is None:
        return None
    return EventDate(value=value, start=start, end=end, grain=grain, text=tx.text, anchor=tx.anchor)


def publication_date(published: date) -> EventDate:
    return EventDate(
        value=published.isoformat(),
        start=published,
        end=published,
        grain=Grain.DAY,
        text=None,
        anchor=Anchor.PUBLICATION,
        inherited=True,
    )


def inherited(reference: EventDate) -> EventDate:
    return reference.model_copy(update={"inherited": True, "text": None})


def datable(timexes: list[TimeExpression]) -> list[tuple[TimeExpression, EventDate]]:
    """The expressions that can date an event, in text order, with their dates."""
    out: list[tuple[TimeExpression, EventDate]] = []
    for tx in sorted(timexes, key=lambda t: t.start):
        d = event_date(tx)
        if d is not None:
            out.append((tx, d))
    return out


# "the army said on Tuesday that it had killed 203 militants ... last week": the date after a
# speech verb is when it was said, not when it happened.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|announces|reported|stated|confirmed|confirms|claimed|added|denied|"
    r"declared|warned|insisted|acknowledged|admitted)(?:\s+[\w,]+){0,2}\s*$"
)


def said_when(text: str, tx: TimeExpression) -> bool:
    """Whether the expression dates a statement ("said on Thursday") rather than a deed."""
    return bool(_SAID_BEFORE.search(text[max(0, tx.start - 40) : tx.start]))


def governing(
    trigger_start: int,
    trigger_end: int,
    clause_start: int,
    clause_end: int,
    dated: list[tuple[TimeExpression, EventDate]],
    text: str | None = None,
) -> EventDate | None:
    """The date of the nearest datable expression inside the clause, if any.

    With the text, a statement's date ("said on Thursday that ... on Wednesday") yields to any
    other date of the clause; alone, it still dates the deed (the latest it can have happened)."""
    inside = [(tx, d) for tx, d in dated if clause_start <= tx.start and tx.end <= clause_end]
    if not inside and text is not None:
        # "on Sunday, a day after jets bombed …": the offset just before the clause dates its deed
        return next(
            (
                d
                for tx, d in dated
                if _counted_from(tx)
                and _OFFSET_GAP.fullmatch(text, tx.end, min(clause_start + 8, clause_end))
            ),
            None,
        )
    if not inside:
        return None
    if text is not None:
        deeds = [(tx, d) for tx, d in inside if not said_when(text, tx)]
        if not deeds:
            # "said Friday": the latest the deed can have happened, no date of its own — a later
            # telling with its own date may still be the same deed.
            said = min(inside, key=lambda pair: abs(pair[0].start - trigger_start))[1]
            return said.model_copy(update={"inherited": True})
        inside = deeds
        # "crossed into Kursk on Tuesday and were fighting around Sudzha on Wednesday": a date before
        # an "and" belongs to the verb before it, when the trigger's own verb phrase has one.
        own = [
            (tx, d)
            for tx, d in inside
            if tx.start >= trigger_end or not re.search(r"\band\b", text[tx.end : trigger_start])
        ]
        inside = own or inside

    def distance(tx: TimeExpression) -> int:
        if tx.start >= trigger_end:
            return tx.start - trigger_end
        return max(0, trigger_start - tx.end)

    return min(inside, key=lambda pair: distance(pair[0]))[1]


# Between such an offset and the clause it dates: "a day| after jets bombed"
_OFFSET_GAP = re.compile(r"\s*(?:after|before)\b.{0,9}")


def _counted_from(tx: TimeExpression) -> bool:
    """An offset that leads from a date named beside it to the event it is counted from ("on
    Sunday, a day after jets bombed …": Saturday): the temporal engine gives it no anchor."""
    return tx.type is TimexType.DURATION and tx.anchor is Anchor.NONE and tx.points_to is not None


def reference_at(offset: int, dated: list[tuple[TimeExpression, EventDate]], published: date) -> EventDate:
    """The story's reference time at `offset`: the last date mentioned before it, else publication.

    An offset counted from an event and a date named beside it ("on Sunday, a day after jets
    bombed …": anchor none) dates that event only; it is not the story's time."""
    # `dated` is in text order; the last expression ending before the offset is the reference.
    i = _bisect_ends(dated, offset)
    if i and _counted_from(dated[i - 1][0]) and offset - dated[i - 1][0].end <= len(" after "):
        return dated[i - 1][1]  # "a day after launching the operation": the deed counted from
    while i and _counted_from(dated[i - 1][0]):
        i -= 1
    return inherited(dated[i - 1][1]) if i else publication_date(published)


def _bisect_ends(dated: list[tuple[TimeExpression, EventDate]], offset: int) -> int:
    lo, hi = 0, len(dated)
    while lo < hi:
        mid = (lo + hi) // 2
        if dated[mid][0].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
