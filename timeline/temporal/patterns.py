"""Compile the validated data into regexes, once per process.

A pattern's {table} becomes a named group whose alternation is built from the table's keys
(longest first), so the words a rule matches and the values it produces come from one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

try:  # the regex parser, to find the groups a pattern cannot match without
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _sre_parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _sre_parser  # type: ignore[no-redef,unused-ignore]

from timeline.models import TimexMod
from timeline.temporal.lexicon import (
    DATA_DIR,
    DataFileError,
    EngineData,
    Modifier,
    Rule,
    default_data,
)

PLACEHOLDER = re.compile(r"\{(?:(?P<group>[A-Za-z_]\w*):)?(?P<source>[A-Za-z_]\w*)\}")
TEMPLATE_FIELD = re.compile(r"\{(?P<name>[A-Za-z_]\w*)(?P<filters>(?:\|[a-z0-9_]+)*)\}")
FILTERS = frozenset({"pad2", "minus1"})
DERIVED = frozenset({"duration"})  # built from the groups `count` and `unit`

RULES_FILE = DATA_DIR / "rules.yaml"
PATTERNS_FILE = DATA_DIR / "patterns.yaml"


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    order: int
    regex: re.Pattern[str]
    sources: dict[str, str]  # group name -> table or macro it was built from
    # A match always holds a trigger of one of these kinds, so the rule scans only the text
    # around such triggers: the kinds of a group the pattern cannot do without ("{month}"),
    # else all the trigger kinds its pattern and examples show.
    scan_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CompiledModifier:
    modifier: Modifier
    regex: re.Pattern[str]  # matches the modifier at the very end of the text before an expression
    table: str
    applies_to: re.Pattern[str]


@dataclass(frozen=True)
class Engine:
    data: EngineData
    rules: list[CompiledRule]
    modifiers: list[CompiledModifier]
    vetoes: re.Pattern[str]  # all vetoes in one alternation
    boilerplate: re.Pattern[str] | None
    triggers: _Triggers
    boilerplate_trigger: re.Pattern[str]
    future_markers: re.Pattern[str]
    past_markers: re.Pattern[str]
    reporting_verbs: re.Pattern[str]
    deadline_words: re.Pattern[str]

    def table(self, name: str) -> dict[str, str]:
        return self.data.tables[name]


def alternation(keys: list[str]) -> str:
    """A regex alternation of table keys, any whitespace where a key has a space.

    Built as a trie ("jan(?:uary|\\.)?" rather than "january|jan\\.|jan"): the regex engine
    then tries each letter once instead of every word in turn, and a longer key still wins
    over its prefix because every optional tail is greedy."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _expand_tables(regex: str, data: EngineData, where: tuple[str, str]) -> str:
    """Replace {table} inside a macro or veto by a non-capturing alternation."""

    def repl(m: re.Match[str]) -> str:
        source = m.group("source")
        if source not in data.tables:
            raise DataFileError(PATTERNS_FILE, f"{where[0]} {where[1]!r}", f"unknown table {{{source}}}")
        return f"(?:{alternation(list(data.tables[source]))})"

    return PLACEHOLDER.sub(repl, regex)


def _check_template(template: str, groups: set[str], rule: str, field: str) -> None:
    for m in TEMPLATE_FIELD.finditer(template):
        name = m.group("name")
        if name in DERIVED:
            if "unit" not in groups:
                raise DataFileError(RULES_FILE, f"rule {rule!r}", f"{field}: {{{name}}} needs a group 'unit'")
        elif name not in groups:
            raise DataFileError(
                RULES_FILE, f"rule {rule!r}", f"{field}: no group named {name!r} in the pattern"
            )
        for f in filter(None, m.group("filters").split("|")):
            if f not in FILTERS:
                raise DataFileError(RULES_FILE, f"rule {rule!r}", f"{field}: unknown filter {f!r}")


def compile_rule(rule: Rule, order: int, data: EngineData, macros: dict[str, str]) -> CompiledRule:
    sources: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        source = m.group("source")
        group = m.group("group") or source
        if source in data.tables:
            body = alternation(list(data.tables[source]))
        elif source in macros:
            body = macros[source]
        else:
            raise DataFileError(RULES_FILE, f"rule {rule.name!r}", f"unknown table or macro {{{source}}}")
        sources[group] = source
        return f"(?P<{group}>{body})"

    expanded = PLACEHOLDER.sub(repl, rule.pattern)
    if re.search(r"\((?!\?)", expanded.replace(r"\(", "")):
        raise DataFileError(RULES_FILE, f"rule {rule.name!r}", "use named groups (?P<name>...), not (...)")
    try:
        regex = re.compile(rf"(?<!\w)(?:{expanded})(?!\w)", re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(RULES_FILE, f"rule {rule.name!r}", f"bad pattern: {exc}") from exc
    groups = set(regex.groupindex)
    _check_template(rule.value, groups, rule.name, "value")
    for field, template in (("mod", rule.mod), ("points_to", rule.points_to)):
        if template:
            _check_template(template, groups, rule.name, field)
    for part in rule.parts or []:
        if part.group not in groups:
            raise DataFileError(RULES_FILE, f"rule {rule.name!r}", f"parts: no group named {part.group!r}")
        _check_template(part.value, groups, rule.name, "parts")
        if part.points_to:
            _check_template(part.points_to, groups, rule.name, "parts")
    return CompiledRule(rule=rule, order=order, regex=regex, sources=sources)


def compile_modifier(modifier: Modifier, data: EngineData) -> CompiledModifier:
    m = PLACEHOLDER.fullmatch(modifier.pattern)
    where = f"modifier {modifier.name!r}"
    if not m or m.group("source") not in data.tables:
        raise DataFileError(RULES_FILE, where, "pattern must be one {table} of the lexicon")
    table = m.group("source")
    bad = [v for v in data.tables[table].values() if v not in TimexMod.__members__]
    if bad:
        raise DataFileError(RULES_FILE, where, f"table {table!r} has values that are not TIMEX3 mods: {bad}")
    try:
        regex = re.compile(
            rf"(?<!\w)(?:{modifier.lead})(?P<mod>{alternation(list(data.tables[table]))})(?:{modifier.join})\Z",
            re.IGNORECASE,
        )
        applies_to = re.compile(modifier.rules)
    except re.error as exc:
        raise DataFileError(RULES_FILE, where, f"bad regex: {exc}") from exc
    return CompiledModifier(modifier=modifier, regex=regex, table=table, applies_to=applies_to)


def _marker_regex(data: EngineData, table: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(data.tables[table]))})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Triggers:
    words: re.Pattern[str]
    words_any_case: re.Pattern[str]
    shapes: re.Pattern[str]
    word_kinds: dict[str, frozenset[str]]

    def finditer(self, text: str) -> list[tuple[int, int, frozenset[str]]]:
        """Trigger hits in `text` in order: (start, end, kinds)."""
        lowered = text.lower()
        words = (
            self.words.finditer(lowered) if len(lowered) == len(text) else self.words_any_case.finditer(text)
        )
        hits = [
            (m.start(), m.end(), self.word_kinds.get(" ".join(m.group().lower().split()), _NO_KIND))
            for m in words
        ]
        hits += [(m.start(), m.end(), frozenset({m.lastgroup or ""})) for m in self.shapes.finditer(text)]
        hits.sort(key=lambda h: h[0])
        return hits


_NO_KIND: frozenset[str] = frozenset()


def _compile_triggers(data: EngineData) -> _Triggers:
    unknown = [t for t in data.triggers.tables if t not in data.tables]
    if unknown:
        raise DataFileError(PATTERNS_FILE, "triggers", f"unknown tables {unknown}")
    word_kinds: dict[str, set[str]] = {}
    for table in data.triggers.tables:
        for key in data.tables[table]:
            word_kinds.setdefault(key, set()).add(table)
    words = rf"(?<!\w)(?:{alternation(list(word_kinds))})(?!\w)"
    shapes = "|".join(f"(?P<shape{n}>{regex})" for n, regex in enumerate(data.triggers.regexes))
    try:
        return _Triggers(
            words=re.compile(words),
            words_any_case=re.compile(words, re.IGNORECASE),
            shapes=re.compile(shapes or "(?!)"),
            word_kinds={word: frozenset(kinds) for word, kinds in word_kinds.items()},
        )
    except re.error as exc:
        raise DataFileError(PATTERNS_FILE, "triggers", f"bad regex: {exc}") from exc


def _with_scan_kinds(compiled: CompiledRule, triggers: _Triggers, data: EngineData) -> CompiledRule:
    """The trigger kinds a rule scans around (see CompiledRule.scan_kinds). For a group every
    match must fill, whose words are all trigger words of some tables, those tables; otherwise
    the trigger tables the pattern names and the kinds found in its examples (a test checks
    that every example holds a trigger)."""
    tables = {kind for kinds in triggers.word_kinds.values() for kind in kinds}
    required = []
    for group in mandatory_groups(compiled.regex.pattern):
        source = compiled.sources.get(group)
        if source in data.tables:
            covering = frozenset(t for t in tables if set(data.tables[source]) <= set(data.tables[t]))
            if covering:
                required.append(covering)
    if required:  # the rarest of them: fewest trigger words
        kinds = min(required, key=lambda ks: sum(len(data.tables[k]) for k in ks))
        return replace(compiled, scan_kinds=kinds)
    found: set[str] = {source for source in compiled.sources.values() if source in tables}
    for example in compiled.rule.examples:
        texts = [p.span for p in example.parts] if example.parts else [example.span or example.text]
        for text in texts:
            for _start, _end, hit_kinds in triggers.finditer(text):
                found |= hit_kinds
    return replace(compiled, scan_kinds=frozenset(found))


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


def build_engine(data: EngineData) -> Engine:
    macros = {name: _expand_tables(macro.regex, data, ("macro", name)) for name, macro in data.macros.items()}
    rules = [compile_rule(rule, n, data, macros) for n, rule in enumerate(data.rules)]
    parts = []
    for veto in data.vetoes:
        regex = _expand_tables(veto.regex, data, ("veto", veto.name))
        try:
            re.compile(regex)
        except re.error as exc:
            raise DataFileError(PATTERNS_FILE, f"veto {veto.name!r}", f"bad regex: {exc}") from exc
        parts.append(f"(?i:{regex})" if veto.ignore_case else f"(?:{regex})")
    vetoes = re.compile("|".join(parts) or "(?!)")
    boilerplate = (
        re.compile("|".join(f"(?:{p.regex})" for p in data.boilerplate), re.IGNORECASE | re.MULTILINE)
        if data.boilerplate
        else None
    )
    triggers = _compile_triggers(data)
    rules = [_with_scan_kinds(rule, triggers, data) for rule in rules]
    return Engine(
        data=data,
        triggers=triggers,
        boilerplate_trigger=re.compile(data.boilerplate_trigger, re.IGNORECASE),
        rules=rules,
        modifiers=[compile_modifier(m, data) for m in data.modifiers],
        vetoes=vetoes,
        boilerplate=boilerplate,
        future_markers=_marker_regex(data, "future_marker"),
        past_markers=_marker_regex(data, "past_marker"),
        reporting_verbs=_marker_regex(data, "reporting_verb"),
        deadline_words=re.compile(
            rf"(?<!\w)(?:{alternation(list(data.tables['deadline_word']))})\s+\Z", re.IGNORECASE
        ),
    )


@cache
def default_engine() -> Engine:
    return build_engine(default_data())
