"""Dates for events: the time expression that governs a trigger's clause, or the story's
reference time when the clause has none.

Which expression governs: the nearest usable one inside the trigger's clause ("captured X in
March last year and Moscow flew in …" — the "and" clause is another clause). Without one, the
event inherits the story's reference time: the last date the text mentioned before the trigger,
or — in the lead, before any date — the publication date (news reports are about their day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from timeline.events.lexicon import load_data_file
from timeline.models import Anchor, EventDate, Grain, SubEventType, TimeExpression, TimexType
from timeline.temporal.timex_values import parse_point


class _Cues(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    examples: list[str] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)


class Attributive(_Cues):
    nouns: list[str] = Field(min_length=1)


class Succession(_Cues):
    verbs: list[str] = Field(min_length=1)


class EventKind(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    nouns: list[str] = Field(min_length=1)
    types: list[SubEventType] = Field(min_length=1)
    words: list[str] = Field(default_factory=list)


class CountedFromEvent(_Cues):
    kinds: list[EventKind] = Field(min_length=1)


class SameDay(_Cues):
    words: list[str] = Field(min_length=1)


class Perfect(_Cues):
    statement_verbs: list[str] = Field(min_length=1)


class DaySpan(_Cues):
    joiners: list[str] = Field(min_length=1)


class DatingCues(BaseModel):
    """data/dating.yaml: the cue words of dating.py, with examples run as tests."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    attributive: Attributive
    succession: Succession
    counted_from_event: CountedFromEvent
    same_day: SameDay
    day_span: DaySpan
    perfect: Perfect


@cache
def cues() -> DatingCues:
    return load_data_file(DatingCues, "dating.yaml")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _attributive_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = _alternatives(cues().attributive.nouns)
    # "during the Hamas-led attack on| 7 October": text before the date
    nominal = re.compile(
        r"\b(?:during|since|after|before|in|from|over|for|of|at|by|with|against|amid|like)\s+the\s+"
        rf"(?:[\w\-]+\s+){{0,2}}(?:{nouns})\s+(?:on|of|in)\s+$",
        re.IGNORECASE,
    )
    # "a |2016| peace deal": a year between a determiner and the noun it qualifies
    determiner = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
    noun_after = re.compile(rf"\s+(?:[\w\-]+\s+)?(?:{nouns})\b", re.IGNORECASE)
    return nominal, determiner, noun_after


def attributive(text: str, tx: TimeExpression) -> bool:
    """A date that qualifies a noun for an event told in passing ("during the Hamas-led attack on
    7 October", "a 2016 peace deal"): it dates that noun only."""
    nominal, determiner, noun_after = _attributive_patterns()
    before = text[max(0, tx.start - 60) : tx.start]
    if nominal.search(before):
        return True
    return (
        re.fullmatch(r"\d{4}", tx.text) is not None
        and determiner.search(before) is not None
        and noun_after.match(text, tx.end) is not None
    )


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
    r"declared|warned|insisted|acknowledged|admitted)(?:\s+\w+){0,2}\s*$"
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
    reference: list[tuple[TimeExpression, EventDate]] | None = None,
    published: date | None = None,
) -> EventDate | None:
    """The date of the nearest datable expression inside the clause, if any.

    With the text, a statement's date ("said on Thursday that ... on Wednesday") yields to any
    other date of the clause; alone, it still dates the deed (the latest it can have happened).
    With the story's reference dates, a deed in the past perfect under a statement ("said on Monday
    that its aircraft had struck …") takes the story's earlier deed day, and "The declaration came a
    day after troops killed …" dates the deed a day before the story's day."""
    inside = [(tx, d) for tx, d in dated if clause_start <= tx.start and tx.end <= clause_end]
    if text is not None:
        # "drove them out on Thursday (5 June)": the date in brackets says which Thursday
        inside = [p for p in inside if not any(glossed(text, p[0], q) for q, _ in inside)]
    if text is not None:
        # "rejected a 2016 peace deal": a date of a noun told in passing dates that noun only
        inside = [
            (tx, d) for tx, d in inside if not attributive(text, tx) or _own(tx, trigger_start, trigger_end)
        ]
    if not inside and text is not None and reference is not None and published is not None:
        after = _succession(text, clause_start, trigger_start, reference, published)
        if after is not None:
            return after
    if (
        not inside
        and text is not None
        and reference is not None
        and published is not None
        and perfect(text, clause_start, trigger_start)
    ):
        told = told_next(text, trigger_end, publication_date(published), reference, published)
        if told is not None:
            return told
    if not inside and text is not None:
        day = same_day(text, clause_start, trigger_start, dated)
        if day is not None:
            return day
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
    statements: list[tuple[TimeExpression, EventDate]] = []
    if text is not None:
        deeds = [(tx, d) for tx, d in inside if not said_when(text, tx)]
        statements = [(tx, d) for tx, d in inside if said_when(text, tx)]
        if (
            deeds
            and statements
            and not any(_in_conjunct(text, tx, trigger_start, trigger_end) for tx, _ in deeds)
        ):
            # "rushed fighters there on Friday, and announced on Sunday that its forces had regained
            # …": the other conjunct's date is another deed's; the statement's bounds this one
            own_statements = [p for p in statements if _in_conjunct(text, p[0], trigger_start, trigger_end)]
            if own_statements:
                deeds, inside = [], own_statements
        if not deeds:
            # "said Friday": the latest the deed can have happened, no date of its own — a later
            # telling with its own date may still be the same deed.
            said_tx, said = min(inside, key=lambda pair: abs(pair[0].start - trigger_start))
            if (
                reference is not None
                and said.grain in (Grain.DAY, Grain.TIME)
                and _PLUPERFECT.search(text[said_tx.end : trigger_end])
            ):
                # "said on Monday that its aircraft had struck …": before the statement, on the story's
                # deed day when that was the day before (further back, the statement's day stands:
                # "claimed on Nov. 20 that its troops had captured" a village two days after a deed)
                earlier = deed_day(clause_start, reference, text)
                if earlier is not None and earlier.end < said.start and (said.start - earlier.end).days <= 1:
                    return earlier
            if reference is not None and published is not None and perfect(text, clause_start, trigger_start):
                told = told_next(text, trigger_end, said, reference, published)
                if told is not None:
                    return told
            return said.model_copy(update={"inherited": True})
        inside = deeds
        # "On Friday and Saturday, gunmen went from house to house": the deed began on the first day
        inside = [
            p for p in inside if not any(spans_to(text, q[0], p[0]) and q[1].end < p[1].start for q in inside)
        ] or inside
        # "crossed into Kursk on Tuesday and were fighting around Sudzha on Wednesday": a date before
        # an "and" belongs to the verb before it, when the trigger's own verb phrase has one.
        own = [(tx, d) for tx, d in inside if _in_conjunct(text, tx, trigger_start, trigger_end)]
        inside = own or inside
        # "A month later, a suicide bombing … on Nov. 9": the finer date inside a vaguer one governs
        inside = [p for p in inside if not any(_finer_within(q[1], p[1]) for q in inside)] or inside

    def distance(tx: TimeExpression) -> int:
        if tx.start >= trigger_end:
            return tx.start - trigger_end
        return max(0, trigger_start - tx.end)

    chosen = min(inside, key=lambda pair: distance(pair[0]))[1]
    days_said = [p for p in statements if p[1].grain in (Grain.DAY, Grain.TIME) and not _counted_from(p[0])]
    if days_said:
        return _by_the_statement(chosen, min(days_said, key=lambda pair: distance(pair[0]))[1].start)
    return chosen


@cache
def _perfect_pattern() -> re.Pattern[str]:
    """ "have taken the town of", "has been placed under house arrest": the present perfect — but
    "has said the attack …" is a statement in the perfect, not the deed."""
    statements = _alternatives(cues().perfect.statement_verbs)
    return re.compile(
        r"\b(?:has|have)\s+(?:(?:already|now|also|just)\s+)?(?:been\s+)?"
        rf"(?!(?:{statements})\b)(?:[\w\-]+\s+){{0,3}}$",
        re.IGNORECASE,
    )


def perfect(text: str, clause_start: int, trigger_start: int) -> bool:
    """Whether the trigger's verb is in the present perfect, which English never gives a past time
    in the same clause: "Forces have taken the town" — the day, if told, is told elsewhere."""
    before = text[max(clause_start, trigger_start - 60) : trigger_start]
    return _perfect_pattern().search(before) is not None


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“‘'])|\n")


def told_next(
    text: str,
    trigger_end: int,
    said: EventDate,
    reference: list[tuple[TimeExpression, EventDate]],
    published: date,
) -> EventDate | None:
    """The lead's deed dated only by its report ("seized a cargo ship …, officials said Monday"), told
    again in the next sentence with its own day ("The ship was taken on Sunday afternoon"): news
    reports a deed the day of it or the day after, and the sentence after the lead gives its time.

    Only while the story is at its publication day (the lead), and only for a day at most one
    before the report's: further back the next sentence tells background."""
    lead_end = _SENTENCE_END.search(text, trigger_end)
    if lead_end is None or said.grain not in (Grain.DAY, Grain.TIME):
        return None
    lead_start = max(text.rfind(". ", 0, trigger_end) + 2, text.rfind("\n", 0, trigger_end) + 1)
    story = reference_at(lead_start, reference, published)
    if story.start != published or story.end != published:
        return None
    follow = _SENTENCE_END.search(text, lead_end.end())
    next_end = follow.start() if follow else len(text)
    days = [
        (tx, d)
        for tx, d in reference
        if lead_end.end() <= tx.start
        and tx.end <= next_end
        and not said_when(text, tx)
        and not _counted_from(tx)
        and not attributive(text, tx)
    ]
    if not days:
        return None
    d = days[0][1]
    if d.grain not in (Grain.DAY, Grain.TIME) or (said.start - d.start).days != 1:
        return None
    return d.model_copy(update={"inherited": True})


def _by_the_statement(deed: EventDate, said: date) -> EventDate:
    """A time of day the engine could only count from publication ("overnight") that falls after
    the clause's statement ("killed 132 in an overnight raid, the government said on Saturday"): a
    deed is told on the day of or after it happens, so it is that time of the statement's day — the
    night before it for a night."""
    if deed.grain is not Grain.TIME or deed.anchor is not Anchor.PUBLICATION or deed.start <= said:
        return deed
    suffix = deed.value.partition("T")[2]
    day = said - timedelta(days=1) if suffix == "NI" else said
    value = f"{day.isoformat()}T{suffix}" if suffix else day.isoformat()
    parsed = parse_point(value)
    if parsed is None:
        return deed
    return deed.model_copy(
        update={"value": value, "start": parsed[0], "end": parsed[1], "anchor": Anchor.REFERENCE}
    )


def glossed(text: str, tx: TimeExpression, gloss: TimeExpression) -> bool:
    """Whether `gloss` is a date in brackets right after `tx` that says which day it means
    ("on Tuesday (10 June)")."""
    return (
        re.fullmatch(r"\s*\(\s*", text[tx.end : gloss.start]) is not None
        and re.match(r"\s*\)", text[gloss.end :]) is not None
    )


@cache
def _day_span_joiner() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternatives(cues().day_span.joiners)})\s*", re.IGNORECASE)


def spans_to(text: str, first: TimeExpression, second: TimeExpression) -> bool:
    """Whether `second` closes a stretch of days that `first` opens ("Friday and Saturday", "from 3 to
    5 May"): the pair dates one deed told over both, and the first day is when it began."""
    return (
        first.end <= second.start and _day_span_joiner().fullmatch(text, first.end, second.start) is not None
    )


def _in_conjunct(text: str, tx: TimeExpression, trigger_start: int, trigger_end: int) -> bool:
    """Whether the expression is in the trigger's own conjunct: after it, or before it with no "and"
    between ("crossed on Tuesday and were fighting …": Tuesday is the crossing's)."""
    return tx.start >= trigger_end or not re.search(r"\band\b", text[tx.end : trigger_start])


def _own(tx: TimeExpression, trigger_start: int, trigger_end: int) -> bool:
    """The date qualifies the trigger's own noun: "the attack on 7 October", "the 2021 takeover"."""
    return (0 <= tx.start - trigger_end <= 4) or (0 <= trigger_start - tx.end <= 25)


def _finer_within(inner: EventDate, outer: EventDate) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.end - inner.start) < (outer.end - outer.start)
    )


# "that its aircraft had struck", "had been killed"
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|just|also|been)\s+)*(?:\w+ed|\w+en|struck|hit|shot|fought|taken|seized)\b|\bhad$"
)


def deed_day(offset: int, reference: list[tuple[TimeExpression, EventDate]], text: str) -> EventDate | None:
    """The day of the last deed the story told before `offset` (statements' dates and offsets aside)."""
    for tx, d in reversed(reference):
        if tx.end > offset or _counted_from(tx) or said_when(text, tx):
            continue
        return inherited(d) if d.grain in (Grain.DAY, Grain.TIME) else None
    return None


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


@cache
def _succession_pattern() -> re.Pattern[str]:
    verbs = _alternatives(cues().succession.verbs)
    return re.compile(
        rf"^\s*(?:The|This|It|That)\b[^,;:]{{0,60}}?\b(?:{verbs})\s+"
        r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\s+",
        re.IGNORECASE,
    )


def succession(text: str) -> tuple[int, str, int] | None:
    """ "The declaration came a day after …" → (1, "…came a day after", end): the days the deed told
    after it came before the event just told, the words and where they end."""
    m = _succession_pattern().search(text)
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS[n]
    days = count * (7 if m.group("unit").lower().startswith("week") else 1)
    return days, m.group(0).strip(), m.end()


def _succession(
    text: str,
    clause_start: int,
    trigger_start: int,
    reference: list[tuple[TimeExpression, EventDate]],
    published: date,
) -> EventDate | None:
    """ "The declaration came a day after troops killed …": the deed after "after" is N days before the
    story's day, when the story's day is known and the sentence opens with the event just told."""
    sentence_start = max(text.rfind(". ", 0, clause_start) + 2, text.rfind("\n", 0, clause_start) + 1)
    head = text[sentence_start:trigger_start]
    found = succession(head)
    if found is None or ";" in head or len(head) - found[2] > 200:
        return None
    day = reference_at(sentence_start, reference, published)
    if day.grain not in (Grain.DAY, Grain.TIME) or day.start != day.end:
        return None
    deed = day.start - timedelta(days=found[0])
    return EventDate(
        value=deed.isoformat(), start=deed, end=deed, grain=Grain.DAY, text=found[1], anchor=Anchor.REFERENCE
    )


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


@cache
def _counted_from_event_pattern() -> re.Pattern[str]:
    nouns = _alternatives([n for kind in cues().counted_from_event.kinds for n in kind.nouns])
    numbers = _alternatives(list(_NUMBERS))
    return re.compile(
        rf"\b(?P<n>{numbers}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+the\s+"
        rf"(?:[\w\-]+\s+){{0,2}}?(?P<noun>{nouns})(?=\s*(?:,|\s(?:on|in|at|near|against)\s))",
        re.IGNORECASE,
    )


def counted_from_event(text: str) -> tuple[int, EventKind, re.Match[str]] | None:
    """ "Five days after the hijacking, …" → (5, the hijacking kind, match): the days from the event the
    noun names to the deed told (negative for "before"), and which kind of event that is."""
    m = _counted_from_event_pattern().search(text)
    if m is None:
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS[n]
    days = count * (7 if m.group("unit").lower().startswith("week") else 1)
    if m.group("dir").lower() == "before":
        days = -days
    noun = m.group("noun").lower()
    kind = next(k for k in cues().counted_from_event.kinds if noun in (x.lower() for x in k.nouns))
    return days, kind, m


def of_kind(kind: EventKind, sub_event_type: SubEventType, sentence: str) -> bool:
    """Whether a told event is of the kind a noun names: by its type, or a word of its sentence."""
    if sub_event_type in kind.types:
        return True
    return any(re.search(rf"\b{re.escape(w)}", sentence, re.IGNORECASE) for w in kind.words)


def shifted(d: EventDate, days: int, words: str) -> EventDate:
    """A day's date moved by `days`: the deed counted from an event told before."""
    day = d.start + timedelta(days=days)
    return EventDate(
        value=day.isoformat(), start=day, end=day, grain=Grain.DAY, text=words, anchor=Anchor.REFERENCE
    )


@cache
def _same_day_pattern() -> re.Pattern[str]:
    words = _alternatives(cues().same_day.words)
    return re.compile(rf"\b(?:{words})\s+(?:after|before)\b", re.IGNORECASE)


def same_day(
    text: str, clause_start: int, trigger_start: int, dated: list[tuple[TimeExpression, EventDate]]
) -> EventDate | None:
    """ "struck Beirut on Friday …, hours after two rockets were fired …": the last day the sentence
    named before "hours after" dates the deed told after it."""
    sentence_start = max(text.rfind(". ", 0, trigger_start) + 2, text.rfind("\n", 0, trigger_start) + 1)
    head = text[max(sentence_start, clause_start - 20) : trigger_start]
    cues_found = list(_same_day_pattern().finditer(head))
    if not cues_found:
        return None
    m = cues_found[-1]
    cue = trigger_start - len(head) + m.start()
    days = [
        d
        for tx, d in dated
        if sentence_start <= tx.start
        and tx.end <= cue
        and d.grain in (Grain.DAY, Grain.TIME)
        and not said_when(text, tx)
        and not _counted_from(tx)
    ]
    if not days:
        return None
    day = days[-1]
    return EventDate(
        value=day.start.isoformat(),
        start=day.start,
        end=day.start,
        grain=Grain.DAY,
        text=m.group(0),
        anchor=Anchor.REFERENCE,
    )
