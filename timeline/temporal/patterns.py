"""Compile the validated data into regexes, once per process.

A pattern's {table} becomes a named group whose alternation is built from the table's keys
(longest first), so the words a rule matches and the values it produces come from one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from timeline.models import TimexMod
from timeline.temporal.alternation import alternation
from timeline.temporal.lexicon import (
    DATA_DIR,
    DataFileError,
    EngineData,
    Modifier,
    Rule,
    default_data,
)
from timeline.temporal.triggers import Triggers, compile_triggers, mandatory_groups, required_literal

_ESCAPES_AND_NAMES = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
_UPPER_LITERAL = re.compile(r"[A-Z]")
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
    regex: re.Pattern[str]  # matched against the lower-cased text
    sources: dict[str, str]  # group name -> table or macro it was built from
    any_case: re.Pattern[str]  # for texts whose lower-casing changes their length
    # A match always holds a trigger of one of these kinds, so the rule scans only the text
    # around such triggers: the kinds of a group the pattern cannot do without ("{month}"),
    # else all the trigger kinds its pattern and examples show.
    scan_kinds: frozenset[str] = frozenset()
    # Plain text every match contains ("ago"): a text without it is not scanned at all.
    required_literal: str | None = None


@dataclass(frozen=True)
class CompiledModifier:
    modifier: Modifier
    regex: re.Pattern[str]  # matches the modifier at the very end of the text before an expression
    table: str
    applies_to: re.Pattern[str]
    text: re.Pattern[str]


@dataclass(frozen=True)
class Engine:
    data: EngineData
    rules: list[CompiledRule]
    modifiers: list[CompiledModifier]
    vetoes: re.Pattern[str]  # all vetoes in one alternation
    veto_scope: re.Pattern[str]
    boilerplate: re.Pattern[str] | None
    triggers: Triggers
    boilerplate_trigger: re.Pattern[str]
    boilerplate_trigger_lower: re.Pattern[str]  # the same, for the lower-cased text (faster)
    future_markers: re.Pattern[str]
    past_markers: re.Pattern[str]
    reporting_verbs: re.Pattern[str]
    deadline_words: re.Pattern[str]
    sentence_end: re.Pattern[str]

    def table(self, name: str) -> dict[str, str]:
        return self.data.tables[name]


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
        if name in DERIVED or (name.startswith("duration_") and name.removeprefix("duration_") in groups):
            # {duration}, or {duration_<group>}: the duration of that group's count in the unit
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
        if _UPPER_LITERAL.search(_ESCAPES_AND_NAMES.sub("", expanded)):
            raise DataFileError(
                RULES_FILE,
                f"rule {rule.name!r}",
                "patterns match lower-cased text: write letters in lower case",
            )
        regex = re.compile(rf"(?<!\w)(?:{expanded})(?!\w)")
        any_case = re.compile(rf"(?<!\w)(?:{expanded})(?!\w)", re.IGNORECASE)
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
    return CompiledRule(
        rule=rule,
        order=order,
        regex=regex,
        sources=sources,
        any_case=any_case,
        required_literal=required_literal(regex.pattern),
    )


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
        text = re.compile(modifier.text, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(RULES_FILE, where, f"bad regex: {exc}") from exc
    return CompiledModifier(modifier=modifier, regex=regex, table=table, applies_to=applies_to, text=text)


def _sentence_end(data: EngineData) -> re.Pattern[str]:
    """A sentence ends at . ! ? or a line break, when what follows looks like a new sentence and
    the period does not close an abbreviation: "Sept. 30", "U.S. forces" and "Roe vs. Wade" stay
    inside one sentence."""
    not_abbreviation = "".join(
        rf"(?<!\b{re.escape(word)}\.)(?<!\b{re.escape(word.capitalize())}\.)"
        for word in sorted(data.tables["abbreviation"])
        if word.isalpha()
    )
    # the period first: the lookbehinds run only where there is one
    return re.compile(rf"(?:\.{not_abbreviation}|[!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])|\n")


def _marker_regex(data: EngineData, table: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(data.tables[table]))})(?!\w)", re.IGNORECASE)


def _with_scan_kinds(compiled: CompiledRule, triggers: Triggers, data: EngineData) -> CompiledRule:
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
    try:
        veto_scope = re.compile(data.veto_scope, re.IGNORECASE)
    except re.error as exc:
        raise DataFileError(PATTERNS_FILE, "veto_scope", f"bad regex: {exc}") from exc
    boilerplate = (
        re.compile("|".join(f"(?:{p.regex})" for p in data.boilerplate), re.IGNORECASE | re.MULTILINE)
        if data.boilerplate
        else None
    )
    triggers = compile_triggers(data)
    rules = [_with_scan_kinds(rule, triggers, data) for rule in rules]
    return Engine(
        data=data,
        triggers=triggers,
        boilerplate_trigger=re.compile(data.boilerplate_trigger, re.IGNORECASE),
        boilerplate_trigger_lower=re.compile(data.boilerplate_trigger.lower()),
        rules=rules,
        modifiers=[compile_modifier(m, data) for m in data.modifiers],
        vetoes=vetoes,
        veto_scope=veto_scope,
        boilerplate=boilerplate,
        future_markers=_marker_regex(data, "future_marker"),
        past_markers=_marker_regex(data, "past_marker"),
        reporting_verbs=_marker_regex(data, "reporting_verb"),
        sentence_end=_sentence_end(data),
        deadline_words=re.compile(
            rf"(?<!\w)(?:{alternation(list(data.tables['deadline_word']))})\s+\Z", re.IGNORECASE
        ),
    )


@cache
def default_engine() -> Engine:
    return build_engine(default_data())
