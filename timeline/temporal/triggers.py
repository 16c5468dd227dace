"""Trigger words and shapes: every rule match holds one, so rules scan only the text around
them. Which groups a rule pattern cannot match without decides which triggers it scans around."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # the regex parser, to find the groups a pattern cannot match without
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _sre_parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _sre_parser  # type: ignore[no-redef,unused-ignore]

from timeline.temporal.alternation import alternation
from timeline.temporal.lexicon import DATA_DIR, DataFileError, EngineData

PATTERNS_FILE = DATA_DIR / "patterns.yaml"
Hit = tuple[int, int, frozenset[str]]


@dataclass(frozen=True)
class Triggers:
    words: re.Pattern[str]
    words_any_case: re.Pattern[str]
    # Shape n is the named group s<n>; shapes that start with a digit share one regex that
    # scans for digits once, the others have one each so that each can skip ahead fast.
    shapes: tuple[re.Pattern[str], ...]
    word_kinds: dict[str, frozenset[str]]

    def finditer(self, text: str, lowered: str | None = None) -> list[Hit]:
        """Trigger hits in `text` in order: (start, end, kinds). `lowered`: text.lower(), if the
        caller has it."""
        if lowered is None:
            lowered = text.lower()
        words = (
            self.words.finditer(lowered) if len(lowered) == len(text) else self.words_any_case.finditer(text)
        )
        hits = [
            (m.start(), m.end(), self.word_kinds.get(" ".join(m.group().lower().split()), _NO_KIND))
            for m in words
        ]
        for shape in self.shapes:
            hits += [(m.start(), m.end(), _SHAPE_KINDS[m.lastgroup or ""]) for m in shape.finditer(text)]
        hits.sort(key=lambda h: h[0])
        return hits


_NO_KIND: frozenset[str] = frozenset()
_SHAPE_KINDS: dict[str, frozenset[str]] = {f"s{n}": frozenset({f"shape{n}"}) for n in range(64)}
_DIGIT_FIRST = re.compile(r"\\d(?![{*+?])")


def _shape_regexes(regexes: list[str]) -> tuple[re.Pattern[str], ...]:
    """The shapes as few regexes: those that open with one digit (\\d) share one, \\d(?:...|...)."""
    if len(regexes) > len(_SHAPE_KINDS):
        raise ValueError("too many trigger shapes")
    digit_first = [f"(?P<s{n}>{regex[2:]})" for n, regex in enumerate(regexes) if _DIGIT_FIRST.match(regex)]
    others = [f"(?P<s{n}>{regex})" for n, regex in enumerate(regexes) if not _DIGIT_FIRST.match(regex)]
    shared = [rf"\d(?:{'|'.join(digit_first)})"] if digit_first else []
    return tuple(re.compile(regex) for regex in shared + others)


def compile_triggers(data: EngineData) -> Triggers:
    unknown = [t for t in data.triggers.tables if t not in data.tables]
    if unknown:
        raise DataFileError(PATTERNS_FILE, "triggers", f"unknown tables {unknown}")
    word_kinds: dict[str, set[str]] = {}
    for table in data.triggers.tables:
        for key in data.tables[table]:
            word_kinds.setdefault(key, set()).add(table)
    words = rf"(?<!\w)(?:{alternation(list(word_kinds))})(?!\w)"
    try:
        return Triggers(
            words=re.compile(words),
            words_any_case=re.compile(words, re.IGNORECASE),
            shapes=_shape_regexes(list(data.triggers.regexes)),
            word_kinds={word: frozenset(kinds) for word, kinds in word_kinds.items()},
        )
    except (re.error, ValueError) as exc:
        raise DataFileError(PATTERNS_FILE, "triggers", f"bad regex: {exc}") from exc


def mandatory_groups(pattern: str) -> set[str]:
    """Names of the groups every match of `pattern` must fill (not optional, not in an
    alternative or a lookaround), read from the regex parser's tree."""
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:  # the parser is internal to `re`; without it nothing is required
        return set()
    names = {index: name for name, index in parsed.state.groupdict.items()}
    found: set[str] = set()

    def walk(items: Any, optional: bool) -> None:
        for op, av in items:
            if op is _c.SUBPATTERN:
                if av[0] and not optional and av[0] in names:
                    found.add(names[av[0]])
                walk(av[3], optional)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
                walk(av[2], optional or av[0] == 0)
            elif op is _c.BRANCH:
                for branch in av[1]:
                    walk(branch, True)
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                walk(av[1], True)
            elif op is getattr(_c, "ATOMIC_GROUP", None):
                walk(av, optional)

    walk(parsed, False)
    return found


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` must contain ("ago" in
    "{count} {unit} ago"), if one of at least three characters exists: a rule whose literal
    a text lacks need not run on it."""
    try:
        parsed = _sre_parser.parse(pattern)
    except Exception:  # the parser is internal to `re`; without it nothing is required
        return None
    runs: list[str] = []

    def walk(items: Any) -> None:
        run: list[str] = []
        for op, av in items:
            if op is _c.LITERAL:
                run.append(chr(av))
                continue
            runs.append("".join(run))
            run = []
            if op is _c.SUBPATTERN:
                walk(av[3])
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] > 0:
                walk(av[2])
            elif op is getattr(_c, "ATOMIC_GROUP", None):
                walk(av)
        runs.append("".join(run))

    walk(parsed)
    best = max(runs, key=len, default="")
    return best if len(best) >= 3 else None
