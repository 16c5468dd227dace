"""Trigger matching: the patterns of triggers.yaml compiled to regular expressions.

A match is only a candidate; context constraints (`needs`) are checked by the extractor, which
knows the clause's actors, places and weapons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.events.lexicon import Trigger, trigger_lexicon
from timeline.events.patterns import WORD_END, WORD_START, phrase_regex, words_regex
from timeline.models import SubEventType

_VOWELS = set("aeiou")


def inflections(word: str, irregular: dict[str, list[str]]) -> set[str]:
    """The regular forms of an English verb or noun, plus irregular ones from the data.

    Over-generation is harmless ("bombinged" never occurs), missing a form is not.
    """
    forms = {word, *irregular.get(word, [])}
    if word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if (
            len(word) >= 3
            and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
        ):
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # kidnap → kidnapped
    return forms


def _token_regex(token: str, irregular: dict[str, list[str]]) -> str:
    alternatives: list[str] = []
    for alt in token.split("|"):
        if alt.startswith("~"):
            alternatives += sorted(inflections(alt[1:].lower(), irregular), key=len, reverse=True)
        else:
            alternatives.append(alt)
    return "(?:" + "|".join(phrase_regex(a) for a in alternatives) + ")"


def pattern_regex(pattern: str, irregular: dict[str, list[str]]) -> str:
    parts: list[str] = []
    for token in pattern.split():
        if re.fullmatch(r"\*\*\d", token):  # commas allowed: "governor of X state, Khamis Abakar, was killed"
            parts.append(r"(?:,?\s+[\w'’\-]+){0," + token[2:] + "},?")
        elif re.fullmatch(r"\*\d", token):
            parts.append(r"(?:\s+[\w'’\-]+){0," + token[1:] + "}")
        else:
            parts.append(r"\s+" + _token_regex(token, irregular) if parts else _token_regex(token, irregular))
    return WORD_START + "".join(parts) + WORD_END


_MONTHS = frozenset({"March", "May"})


@dataclass(frozen=True)
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _CompiledTrigger:
    trigger: Trigger
    regex: re.Pattern[str]
    veto_after: re.Pattern[str] | None
    veto_before: re.Pattern[str] | None
    veto_adjacent: re.Pattern[str] | None
    veto_inside: re.Pattern[str] | None
    people_taken: re.Pattern[str] | None


# After a passive participle with people for subject, no object follows: "captured during an offensive".
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[.;]|by\b|during\b|in\b|on\b|at\b|after\b|near\b|from\b|since\b|earlier\b|last\b)",
    re.IGNORECASE,
)


_PASSIVE_AUX = re.compile(
    r"\b(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


def _people_taken(nouns: list[str]) -> re.Pattern[str] | None:
    """ "the last militants had been captured", "suspects who were seized": people as the passive
    subject (an auxiliary before the trigger) or a bare participle after them ("jihadists captured
    during an offensive": checked with _NO_OBJECT_AFTER)."""
    if not nouns:
        return None
    alt = "(?:" + "|".join(phrase_regex(n) for n in sorted(nouns, key=len, reverse=True)) + ")"
    return re.compile(
        rf"{WORD_START}{alt}\s+(?:(?:who|that)\s+)?(?P<aux>(?:(?:had|have|has|were|was|are|is)\s+)?"
        rf"(?:been|being)\s+|(?:were|was|are|is)\s+)?$",
        re.IGNORECASE,
    )


def _taken_people(ct: _CompiledTrigger, text: str, start: int, end: int) -> bool:
    if ct.people_taken is None:
        return False
    m = ct.people_taken.search(text[max(0, start - 60) : start])
    return m is not None and (bool(m.group("aux")) or _NO_OBJECT_AFTER.match(text, end) is not None)


def _veto(phrases: list[str], after: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alt = "(?:" + "|".join(phrase_regex(p) for p in sorted(phrases, key=len, reverse=True)) + ")"
    # Before the trigger, up to two words may stand between: "backed by Russian airstrikes".
    return re.compile(
        rf"^\s*{alt}{WORD_END}" if after else rf"{WORD_START}{alt}(?:\s+[\w'’\-]+){{0,2}}\s*$", re.IGNORECASE
    )


def _adjacent(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?:" + "|".join(phrase_regex(w) for w in words) + r")\s+$", re.IGNORECASE)


@cache
def _compiled() -> list[_CompiledTrigger]:
    lex = trigger_lexicon()
    out: list[_CompiledTrigger] = []
    for t in lex.triggers:
        regex = "|".join(pattern_regex(p, lex.irregular_verbs) for p in t.patterns)
        out.append(
            _CompiledTrigger(
                t,
                re.compile(regex, re.IGNORECASE),
                _veto(t.veto_after, True),
                _veto(t.veto_before, False),
                _adjacent(t.veto_adjacent),
                words_regex(t.veto_inside) if t.veto_inside else None,
                _people_taken(t.veto_people_taken),
            )
        )
    return out


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[TriggerMatch]:
    """Trigger matches in text[start:end], longest first where they overlap, vetoes applied."""
    end = len(text) if end is None else end
    candidates: list[TriggerMatch] = []
    for ct in _compiled():
        for m in ct.regex.finditer(text, start, end):
            if m.group(0) in _MONTHS:  # "in March", "since May": dates, not marches
                continue
            if ct.veto_after and ct.veto_after.search(text[m.end() : m.end() + 40]):
                continue
            if ct.veto_before and ct.veto_before.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            if ct.veto_adjacent and ct.veto_adjacent.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            if ct.veto_inside and ct.veto_inside.search(m.group(0)):
                continue
            if _taken_people(ct, text, m.start(), m.end()):
                continue
            if (
                ct.trigger.veto_passive
                and m.group(0).split()[0].lower().endswith("ed")
                and _PASSIVE_AUX.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "as they were marched through the desert": made to walk, no protest
            candidates.append(TriggerMatch(ct.trigger, m.start(), m.end(), m.group(0)))
    candidates.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[TriggerMatch] = []
    for c in candidates:
        # Alternatives on the very same words stay (the extractor tries each in turn:
        # "Fighting" as a verb needs an actor, as a noun a place); other overlaps go.
        # Kept matches are sorted by start and do not overlap, so only the last few can reach c.
        clash = False
        for k in reversed(kept):
            if k.end <= c.start:
                break
            if (c.start, c.end) != (k.start, k.end):
                clash = True
                break
        if not clash:
            kept.append(c)
    return kept


@cache
def _instrument_regexes() -> list[tuple[SubEventType, re.Pattern[str]]]:
    return [(i.sub_event_type, words_regex(i.words)) for i in trigger_lexicon().instruments]


def instruments_in(text: str, skip: tuple[int, int] | None = None) -> list[tuple[int, SubEventType]]:
    """(offset, implied sub-event type) of every weapon word in `text`.

    `skip`: a span (offsets in `text`) that is the trigger itself — "the coalition bombs targets" has
    no bomb for a weapon, though "a suicide truck bomb struck" does."""
    spans: list[tuple[int, int, SubEventType]] = []
    for sub, regex in _instrument_regexes():
        spans += [(m.start(), m.end(), sub) for m in regex.finditer(text)]
    # The longest words win: "suicide bomber" is no aircraft, "barrel bombs" no roadside bomb.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, SubEventType]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return [(start, sub) for start, end, sub in kept if skip is None or (start, end) != skip]


@cache
def _military_units() -> re.Pattern[str]:
    return words_regex(trigger_lexicon().military_units)


def has_military_unit(text: str) -> bool:
    return _military_units().search(text) is not None
