"""Trigger matching: the patterns of triggers.yaml compiled to regular expressions.

A match is only a candidate; context constraints (`needs`) are checked by the extractor, which
knows the clause's actors, places and weapons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.events.lexicon import Trigger, TriggerLexicon, trigger_lexicon
from timeline.events.patterns import WORD_END, WORD_START, alternation, phrase_regex, words_regex
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


def _pattern_body(pattern: str, irregular: dict[str, list[str]]) -> str:
    parts: list[str] = []
    space = ""  # what stands before the next word: nothing first and after a leading gap
    for token in pattern.split():
        if not parts and re.fullmatch(r"\*\d", token):  # a leading gap: words, each followed by a space
            parts.append(r"(?:[\w'’\-]+\s+){0," + token[1:] + "}")
            continue
        if re.fullmatch(r"\*\*\d", token):  # commas allowed: "governor of X state, Khamis Abakar, was killed"
            parts.append(r"(?:,?\s+[\w'’\-]+){0," + token[2:] + "},?")
        elif re.fullmatch(r"\*\d", token):
            parts.append(r"(?:\s+[\w'’\-]+){0," + token[1:] + "}")
        else:
            parts.append(space + _token_regex(token, irregular))
        space = r"\s+"
    return "".join(parts)


def pattern_regex(pattern: str, irregular: dict[str, list[str]]) -> str:
    return WORD_START + _pattern_body(pattern, irregular) + WORD_END


def _object_regex(heads: list[str], lex: TriggerLexicon) -> re.Pattern[str] | None:
    """The trigger's object, up to one of `heads`: determiners and numbers ("its 25", "thousands of"),
    then up to three modifiers (listed ones, or capitalised, hyphenated, -ed and -ing words: "the
    UAE-flagged cargo ship"), then the head, which must end the noun phrase ("the weapons depot" has
    another head): punctuation, a capitalised name ("the cargo ship Rwabee") or a listed word follows."""
    words = lex.object_words
    if not heads or words is None:
        return None
    det = rf"(?:(?i:{alternation(words.determiners)})|\d[\d,.]*){WORD_END}"
    mod = rf"(?:(?i:{alternation(words.modifiers)})|[A-Z][\w'’\-]*|\w+-[\w\-]+|[a-z]+(?:ed|ing)){WORD_END}"
    head = "(?i:" + "|".join(_pattern_body(h, lex.irregular_verbs) for h in heads) + ")"
    ends = rf"(?i:{alternation(words.head_ends)}){WORD_END}"
    sp = r"\s+[\"“‘']?"  # a word may open a quotation: launched an "immediate review"
    return re.compile(
        rf"(?:{sp}{det})*(?:{sp}{mod}){{0,3}}{sp}{head}(?![\w\-'’])(?=\s*(?:$|[^\w\s]|[A-Z0-9]|{ends}))"
    )


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
    veto_object: re.Pattern[str] | None


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
                _object_regex(t.veto_object, lex),
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
            if ct.veto_object and ct.veto_object.match(text, m.end()):
                continue  # "taking 251 hostages", "launched an immediate review": no deed of this kind
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


@cache
def _coordination() -> (
    tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, SubEventType], frozenset[SubEventType]] | None
):
    c = trigger_lexicon().instrument_coordination
    if c is None:
        return None
    links = alternation(c.links)
    # between two weapons: "rockets and drones", "missiles, drones", "12 missiles and 30 drones"
    gap = re.compile(rf"\s*(?:,\s*(?:{links}\s+)?|\s{links}\s+)(?:\d[\d,.]*\s+)?", re.IGNORECASE)
    modes = {m.lower(): sub for m, sub in c.modes.items()}
    mode = (
        re.compile(
            rf"(?<!into the )(?<!in the ){WORD_START}({alternation(modes)})\s*,?\s+{links}\s+$", re.IGNORECASE
        )
        if modes
        else None
    )
    return gap, mode, modes, frozenset(c.types)


def _coordinated(text: str, kept: list[tuple[int, int, SubEventType]]) -> list[tuple[int, int, SubEventType]]:
    """Weapons named together ("air and artillery strikes", "320 rockets and drones", "drone and missile
    attacks") are one attack told by its main mode: the first-named one's type (instrument_coordination)."""
    coord = _coordination()
    if coord is None or not kept:
        return kept
    gap, mode, modes, types = coord
    out: list[tuple[int, int, SubEventType]] = []
    for start, end, sub in kept:
        m = mode.search(text, max(0, start - 20), start) if mode is not None and sub in types else None
        if m is not None and (not out or out[-1][1] <= m.start(1)):
            out.append((m.start(1), m.end(1), modes[m.group(1).lower()]))
        prev = out[-1] if out else None
        if prev is not None and prev[2] in types and sub in types and gap.fullmatch(text, prev[1], start):
            sub = prev[2]
        out.append((start, end, sub))
    return out


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
    return [
        (start, sub) for start, end, sub in _coordinated(text, kept) if skip is None or (start, end) != skip
    ]


@cache
def _military_units() -> re.Pattern[str]:
    return words_regex(trigger_lexicon().military_units)


def has_military_unit(text: str) -> bool:
    return _military_units().search(text) is not None
