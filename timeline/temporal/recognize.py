"""Pass 1: find candidate spans with the rules and give each an underspecified value.

Overlapping candidates: the longest wins (then the earlier rule). Candidates inside page
boilerplate or overlapping a veto match are dropped. Modifier prefixes ("early", "nearly")
then extend the surviving spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.models import TimexMod, TimexType
from timeline.temporal.boilerplate import boilerplate_spans
from timeline.temporal.patterns import TEMPLATE_FIELD, CompiledRule, Engine
from timeline.temporal.timex_values import duration_value
from timeline.temporal.triggers import Hit

_WS = re.compile(r"\s+")
_MODIFIER_WINDOW = 40
# How far a rule match may reach from the trigger word it contains.
_REACH = 30


@dataclass
class Candidate:
    start: int
    end: int
    rule: str
    type: TimexType
    value: str  # underspecified; resolved in pass 2
    groups: dict[str, str] = field(default_factory=dict)
    mod: TimexMod | None = None
    points_to: str | None = None
    duration: str | None = None
    moves_reference: bool = True


class _Unusable(ValueError):
    """The match cannot be normalised (e.g. a word the tables do not know); skip it."""


def _key(text: str) -> str:
    return _WS.sub(" ", text.strip().lower())


def _count(engine: Engine, text: str) -> str:
    key = _key(text)
    if key.isdigit():
        return str(int(key))
    if key in ("half a", "half an"):
        return "0.5"
    half = re.fullmatch(r"(.+?)\s+(?:1/2|and a half)", key)
    if half:
        return f"{_count(engine, half.group(1))}.5"
    for table in ("vague_count", "number_word"):
        if key in engine.table(table):
            return engine.table(table)[key]
    total = 0
    for word in re.split(r"[\s-]+", key):
        value = engine.table("number_word").get(word)
        if value is None or not value.isdigit():
            raise _Unusable(text)
        total += int(value)
    return str(total)


def _year_words(engine: Engine, text: str) -> str:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = [w for w in re.split(r"[\s-]+", _key(text)) if w not in ("and", "o", "oh")]
    numbers = {**engine.table("number_word"), "thousand": "1000"}
    if words[:2] == ["two", "thousand"]:
        return str(2000 + sum(int(numbers[w]) for w in words[2:]))
    century = int(numbers[words[0]])
    return f"{century * 100 + sum(int(numbers[w]) for w in words[1:]):04d}"


def _clock(text: str) -> str:
    key = _key(text)
    if key.startswith(("noon", "midday")):
        return "12:00"
    if key.startswith("midnight"):
        return "00:00"
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", key)
    if not m:
        raise _Unusable(text)
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    if hour > 23:
        raise _Unusable(text)
    return f"{hour:02d}:{minute:02d}"


def normalise_group(engine: Engine, source: str | None, text: str) -> str:
    """The value of one captured group: a table lookup or a macro's normaliser."""
    if source is not None and source in engine.data.tables:
        value = engine.table(source).get(_key(text))
        if value is None:
            raise _Unusable(text)
        return value
    kind = engine.data.macros[source].normalize if source in engine.data.macros else "text"
    if kind == "day":
        return f"{int(re.sub(r'[^0-9]', '', text)):02d}"
    if kind == "count":
        return _count(engine, text)
    if kind == "clock":
        return _clock(text)
    if kind == "year_words":
        return _year_words(engine, text)
    return _key(text)


def fill(template: str, groups: dict[str, str]) -> str:
    """Fill a value template: {group}, {group|pad2|minus1}, {duration}."""

    def repl(m: re.Match[str]) -> str:
        name = m.group("name")
        if name == "duration":
            count = groups.get("count") or "X"
            if groups.get("half") and count.isdigit():  # "a year and a half"
                count += ".5"
            value = duration_value(count, groups["unit"])
        elif name.startswith("duration_"):  # the duration of another count group in the unit
            value = duration_value(groups.get(name.removeprefix("duration_")) or "X", groups["unit"])
        else:
            found = groups.get(name)
            if found is None:
                raise _Unusable(name)
            value = found
        for f in filter(None, m.group("filters").split("|")):
            if f == "minus1":
                value = str(int(value) - 1)
            elif f == "pad2":
                value = value.zfill(2)
        return value

    return TEMPLATE_FIELD.sub(repl, template)


def _needs_capital_violated(engine: Engine, m: re.Match[str], text: str) -> bool:
    """Whether a group holds a word that counts only capitalised ("May") in lower case."""
    lower_words = engine.table("needs_capital")
    for name, found in m.groupdict().items():
        if found and _key(found) in lower_words and text[m.start(name)].islower():
            return True
    return False


def _foreign_digits(text: str) -> bool:
    """Digits other than 0-9 (Arabic-Indic, superscripts): \\d matches them, TIMEX3 does not."""
    return not all(c.isascii() for c in text if c.isdigit())


def _from_match(engine: Engine, compiled: CompiledRule, m: re.Match[str]) -> list[Candidate]:
    rule = compiled.rule
    # A group that did not take part in the match fills its template slot with "".
    groups = {
        name: "" if text is None else normalise_group(engine, compiled.sources.get(name), text)
        for name, text in m.groupdict().items()
    }
    mod = TimexMod(fill(rule.mod, groups)) if rule.mod else None
    # Only an offset made of a count and a unit ("two years ago") has a length of its own.
    duration = (
        duration_value(groups.get("count") or "X", groups["unit"])
        if groups.get("unit") and "count" in groups
        else None
    )
    if rule.parts:
        return [
            Candidate(
                m.start(part.group),
                m.end(part.group),
                rule.name,
                part.type or rule.type,
                fill(part.value, groups),
                groups,
                mod,
                fill(part.points_to, groups) if part.points_to else None,
                duration,
                rule.moves_reference,
            )
            for part in rule.parts
        ]
    points_to = fill(rule.points_to, groups) if rule.points_to else None
    value = fill(rule.value, groups)
    return [
        Candidate(
            m.start(),
            m.end(),
            rule.name,
            rule.type,
            value,
            groups,
            mod,
            points_to,
            duration,
            rule.moves_reference,
        )
    ]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_ANY: frozenset[str] = frozenset()


def _widen(text: str, hits: list[Hit]) -> list[Hit]:
    """Each trigger hit as the stretch a match holding it may cover, widened to whitespace so
    that no rule sees a word cut in half at either end."""
    widened = []
    for hit_start, hit_end, kinds in hits:
        start, end = max(0, hit_start - _REACH), min(len(text), hit_end + _REACH)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        widened.append((start, end, kinds))
    return widened


def trigger_windows(stretches: list[Hit], kinds: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """The disjoint windows the stretches around triggers (of the given kinds) make."""
    windows: list[tuple[int, int]] = []
    for start, end, hit_kinds in stretches:
        if kinds is not None and kinds.isdisjoint(hit_kinds):
            continue
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def find_candidates(engine: Engine, text: str) -> list[Candidate]:
    """All expressions in `text`, non-overlapping, in text order, with underspecified values."""
    lowered = text.lower()
    stretches = _widen(text, engine.triggers.finditer(text, lowered))
    boilerplate = boilerplate_spans(engine, text, lowered)
    # Each rule scans only the windows around the trigger kinds it cannot match without.
    windows_of: dict[frozenset[str], list[tuple[int, int]]] = {}
    found: list[tuple[int, int, int, list[Candidate]]] = []
    same_length = len(lowered) == len(text)  # else offsets would not carry over: match any case
    for compiled in engine.rules:
        literal = compiled.required_literal
        if literal is not None and literal not in lowered:
            continue
        kinds = compiled.scan_kinds
        if kinds not in windows_of:
            windows_of[kinds] = trigger_windows(stretches, kinds)
        regex, subject = (compiled.regex, lowered) if same_length else (compiled.any_case, text)
        for s, e in windows_of[kinds]:
            if literal is not None and lowered.find(literal, s, e) < 0:
                continue  # (a plain search is much cheaper than the rule's regex)
            for m in regex.finditer(subject, s, e):
                if m.end() == m.start() or _overlaps(boilerplate, m.start(), m.end()):
                    continue
                if _needs_capital_violated(engine, m, text) or _foreign_digits(m.group()):
                    continue
                try:
                    candidates = _from_match(engine, compiled, m)
                except (_Unusable, ValueError, KeyError):
                    continue
                found.append((m.start(), m.end(), compiled.order, candidates))
    # Vetoes are looked for only around what the rules found.
    scope = engine.veto_scope
    around = trigger_windows(
        [
            (max(0, f[0] - _REACH), f[1] + _REACH, _ANY)
            for f in sorted(found)
            if scope.search(text, f[0], f[1])
        ]
    )
    vetoed = [(m.start(), m.end()) for s, e in around for m in engine.vetoes.finditer(text, s, e)]
    found = [f for f in found if not _overlaps(vetoed, f[0], f[1])]
    # Longest first, then the earlier rule: greedy choice of non-overlapping matches.
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken = bytearray(len(text))
    chosen: list[Candidate] = []
    for start, end, _order, candidates in found:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.extend(candidates)
    chosen.sort(key=lambda c: c.start)
    _apply_modifiers(engine, text, chosen)
    return chosen


def _apply_modifiers(engine: Engine, text: str, chosen: list[Candidate]) -> None:
    previous_end = 0
    for cand in chosen:
        for modifier in engine.modifiers:
            if cand.mod is not None or not modifier.applies_to.search(cand.rule):
                continue
            if not modifier.text.match(text, cand.start, cand.end):
                continue
            lo = max(previous_end, cand.start - _MODIFIER_WINDOW)
            m = modifier.regex.search(text[lo : cand.start])
            if m is None:
                continue
            cand.mod = TimexMod(engine.table(modifier.table)[_key(m.group("mod"))])
            cand.start = lo + m.start()
            cand.rule = f"{modifier.modifier.name}+{cand.rule}"
            break
        previous_end = cand.end
