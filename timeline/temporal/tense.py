"""The tense of the sentence around an expression: decides whether a bare weekday or month
lies before or after the publication date ("met on Thursday" vs "will meet on Thursday")."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple

from timeline.temporal.patterns import Engine

# A sentence ends at . ! ? or a line break, when what follows looks like a new sentence; this
# keeps "Sept. 30" and "U.S. forces" inside one sentence.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n")
_REGULAR_PAST = re.compile(r"(?<!\w)[a-z]{2,}ed(?!\w)")
_WINDOW = 300
# How much farther than any other marker a reporting verb ("said") counts.
_REPORTING_PENALTY = 10_000
# ... unless it governs the expression directly ("said on Friday").
_ADJACENT = 6
# ... or reports in the same clause, before the date ("told Congress on Tuesday that ..."): no
# comma and no "that" between them.
_REPORTED_CLAUSE = 30
_CLAUSE_OR_THAT = re.compile(r"[,;:()]|\bthat\b")
# A participle after these is passive or infinitive, not a past tense ("will be held").
_AUXILIARY_BEFORE = re.compile(r"(?:\b(?:be|been|being|is|are|am|to)\s+)\Z", re.IGNORECASE)
# An -ed word right after a determiner (and perhaps an adverb) is an adjective.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|these|those|newly|still|recently)\s+(?:[a-z]+ly\s+|still\s+)?\Z",
    re.IGNORECASE,
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+\Z", re.IGNORECASE)
# A future marker after a past perfect looks ahead from a past moment that has passed too ("the
# offer had been due to expire Friday").
_PAST_PERFECT_BEFORE = re.compile(
    r"(?:\bhad\s+(?:(?:previously|already|originally)\s+)?been\s+)\Z", re.IGNORECASE
)
# ... but it does not govern a date as firmly as a plain past ("had been set to expire Nov. 6",
# written on Nov. 2, is still ahead).
_WEAK_GOVERNOR = 13
# Punctuation between a marker and the expression puts them in different clauses ("conclude by
# May, invited ..."): the marker counts as this much farther away.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|--|\b(?:but|while|whereas|although|because)\b")
_OTHER_CLAUSE = 40
# ... unless the expression opens the sentence ("In January, the company bought ..."): then the
# verb after the comma is the one that governs it.
_FRONTED = re.compile(r"\s*(?:\w+\s+){0,2}")
_FRONTED_BASE = 10
# A word ending in -ed is often an adjective ("preferred shares", "unspecified date"): it counts
# as this much farther away than a verb from the tables.
_REGULAR_PAST_PENALTY = 8


class Tense(StrEnum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


def sentence_bounds(
    text: str, start: int, end: int, sentence_end: re.Pattern[str] = _SENTENCE_END
) -> tuple[int, int]:
    """Start and end of the sentence containing text[start:end] (searched within a window)."""
    lo = max(0, start - _WINDOW)
    s = lo
    for m in sentence_end.finditer(text, lo, start):
        s = m.end()
    m_end = sentence_end.search(text, end, min(len(text), end + _WINDOW))
    return s, (m_end.start() + 1 if m_end else min(len(text), end + _WINDOW))


def tense_at(engine: Engine, text: str, start: int, end: int) -> Tense:
    """The tense of the nearest tense marker in the sentence; future wins a tie."""
    return tense_and_distance(engine, text, start, end)[0]


class Marker(NamedTuple):
    """The tense marker that decides: its tense, how far away it counts, and whether it is firm
    (a past perfect's future, "had been due to expire Friday", only leans to the past)."""

    tense: Tense
    distance: int
    firm: bool = True


def tense_and_distance(engine: Engine, text: str, start: int, end: int) -> tuple[Tense, int]:
    """The tense of the nearest marker and how many characters away it is."""
    marker = tense_marker(engine, text, start, end)
    return marker.tense, marker.distance


def tense_marker(engine: Engine, text: str, start: int, end: int) -> Marker:
    """The nearest tense marker of the sentence (see Marker)."""
    s, e = sentence_bounds(text, start, end, engine.sentence_end)
    best: tuple[int, int, Tense, bool] | None = None  # (distance, rank, tense, firm)
    reported = {m.start() for m in engine.reporting_verbs.finditer(text, s, e)}
    part_of_perfect: set[int] = set()
    fronted = _FRONTED.fullmatch(text, s, start) is not None and _CLAUSE_BREAK.match(text, end) is not None
    for regex, tense, rank in (
        (engine.future_markers, Tense.FUTURE, 0),
        (engine.past_markers, Tense.PAST, 1),
        (engine.reporting_verbs, Tense.PAST, 2),
        (_REGULAR_PAST, Tense.PAST, 3),
    ):
        for m in regex.finditer(text, s, e):
            if start <= m.start() < end:  # a word of the expression itself ("last") is not a marker
                continue
            if rank > 0 and _AUXILIARY_BEFORE.search(text, max(s, m.start() - 8), m.start()):
                continue
            if rank == 3 and _DETERMINER_BEFORE.search(text, max(s, m.start() - 12), m.start()):
                continue  # "on a still unspecified date", "the armed forces": an adjective
            if rank == 0 and _INFINITIVE_BEFORE.search(text, max(s, m.start() - 4), m.start()):
                continue  # "to meet demand": an infinitive, not a scheduled present
            marker_tense = tense
            distance_extra = 0
            if m.start() in part_of_perfect:
                continue  # the "had" of "had been due to": the future marker stands for it
            perfect = (
                _PAST_PERFECT_BEFORE.search(text, max(s, m.start() - 30), m.start()) if rank == 0 else None
            )
            if perfect:
                marker_tense = Tense.PAST
                distance_extra = _WEAK_GOVERNOR
                part_of_perfect.add(perfect.start())
            elif rank == 0 and past_perfect_before(text, m.start()):
                # "had chosen to square positions ahead of the weekend": ahead of a past moment
                marker_tense = Tense.PAST
                distance_extra = _WEAK_GOVERNOR
            before = m.end() <= start
            distance = start - m.end() if before else m.start() - end
            gap = text[m.end() : start] if before else text[end : m.start()]
            governs_report = before and distance <= _REPORTED_CLAUSE and not _CLAUSE_OR_THAT.search(gap)
            after_fronted = not before and fronted  # "On Tuesday, officials said ...": the main verb
            if m.start() in reported and distance > _ADJACENT and not governs_report and not after_fronted:
                distance += _REPORTING_PENALTY
            if not before and fronted:
                # the main clause's verb governs, however long its subject
                distance = _FRONTED_BASE + distance // 10
            elif _CLAUSE_BREAK.search(gap):
                distance += _OTHER_CLAUSE
            if rank == 3 and not (not before and fronted):
                distance += _REGULAR_PAST_PENALTY
            distance += distance_extra
            candidate = (distance, rank, marker_tense, distance_extra == 0)
            if best is None or candidate < best:
                best = candidate
    return Marker(best[2], best[0], best[3]) if best else Marker(Tense.UNKNOWN, _WINDOW)


def opens_sentence(engine: Engine, text: str, start: int, end: int) -> bool:
    """Whether the expression opens its sentence as a phrase of its own ("Until Thursday, ...")."""
    s, _ = sentence_bounds(text, start, end, engine.sentence_end)
    return _FRONTED.fullmatch(text, s, start) is not None and _CLAUSE_BREAK.match(text, end) is not None


_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)


def past_perfect_before(text: str, start: int) -> bool:
    """Whether a past perfect precedes the expression in its clause ("had filed reports by
    Wednesday"): a deadline in it has passed."""
    lo = max(0, start - 60)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
    return _PAST_PERFECT.search(text, breaks[-1].end() if breaks else lo, start) is not None


def deadline_before(engine: Engine, text: str, start: int) -> bool:
    """Whether a deadline word ("by", "until", "effective") stands right before the expression:
    "payable by Feb. 1" names a date ahead even in a past-tense sentence."""
    return engine.deadline_words.search(text, max(0, start - 20), start) is not None


def past_stretch_before(engine: Engine, text: str, start: int, tense: Tense) -> bool:
    """Whether a stretch word ends a stretch told in the past right before the expression ("fighting
    continued through Monday", "held the bridge until Sunday"): no deadline ahead, unless a verb
    that sets one stands before it in the clause ("the truce was extended through Monday")."""
    if tense != Tense.PAST:
        return False
    m = re.search(r"(\w+)\s+\Z", text[max(0, start - 20) : start])
    if m is None or m.group(1).lower() not in engine.table("stretch_word"):
        return False
    lo = max(0, start - 80)
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, start))
    clause = text[breaks[-1].end() if breaks else lo : start]
    setters = engine.table("deadline_verb")
    return not any(w.lower() in setters for w in re.findall(r"[A-Za-z]+", clause))
