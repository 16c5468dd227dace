"""Load and validate the engine's data files (timeline/temporal/data/*.yaml).

Every file is checked against a pydantic schema on load; a mistake names the file and the rule.
The data is read once per process (`load_data` is cached) and never per call to `tag`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from timeline.models import Grain, TimexMod, TimexType

DATA_DIR = Path(__file__).parent / "data"

# The reference date of every rule example: a Wednesday.
EXAMPLE_PUBLISHED = date(2017, 5, 31)

Normalizer = Literal["text", "day", "count", "clock", "year_words"]


class DataFileError(ValueError):
    """A data file is malformed; the message names the file and the entry."""

    def __init__(self, path: Path, entry: str, problem: str) -> None:
        super().__init__(f"{path.name}: {entry}: {problem}")
        self.path = path
        self.entry = entry


def _as_text(value: Any) -> Any:
    # YAML reads 2017-05-31 as a date and 2015 as an int; a TIMEX3 value is always text.
    if isinstance(value, (date, int)) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, date) else str(value)
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Macro(_Strict):
    regex: str
    normalize: Normalizer = "text"


class Veto(_Strict):
    name: str
    regex: str
    ignore_case: bool = True


class Triggers(_Strict):
    tables: list[str] = Field(min_length=1)
    regexes: list[str] = Field(default_factory=list)


class PatternsFile(_Strict):
    macros: dict[str, Macro]
    veto_scope: str = Field(default="", description="Regex a candidate's text must match to be checked.")
    vetoes: list[Veto] = Field(default_factory=list)
    triggers: Triggers


class ExamplePart(_Strict):
    span: str
    value: str
    points_to: str | None = None

    _text = field_validator("value", "points_to", mode="before")(_as_text)


class Example(_Strict):
    text: str = Field(min_length=1)
    span: str | None = None
    value: str | None = None
    mod: TimexMod | None = None
    grain: Grain | None = None
    points_to: str | None = None
    parts: list[ExamplePart] | None = None

    _text = field_validator("value", "points_to", mode="before")(_as_text)


class Part(_Strict):
    group: str
    value: str
    type: TimexType | None = None
    points_to: str | None = None


class Rule(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: str = Field(min_length=1)
    type: TimexType
    value: str = Field(min_length=1)
    mod: str | None = None
    points_to: str | None = None
    parts: list[Part] | None = None
    moves_reference: bool = Field(
        default=True, description="False for comparisons ('a year earlier') the story does not move to."
    )
    examples: list[Example] = Field(default_factory=list)

    _text = field_validator("value", mode="before")(_as_text)


class Modifier(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: str
    lead: str = Field(
        default="", description="Regex allowed before the modifier word ('the' in 'the end of')."
    )
    join: str = r"\s+"
    rules: str = Field(description="Regex on the names of the rules whose expressions it may modify.")
    text: str = Field(default="", description="Regex the modified expression's text must match at its start.")
    examples: list[Example] = Field(default_factory=list)


class BoilerplatePattern(_Strict):
    name: str
    regex: str


class NegativeExample(_Strict):
    text: str = Field(min_length=1)
    why: str = ""


class EngineData(BaseModel):
    """Everything the engine reads from disk, validated."""

    model_config = ConfigDict(frozen=True)

    tables: dict[str, dict[str, str]]
    macros: dict[str, Macro]
    vetoes: list[Veto]
    veto_scope: str
    triggers: Triggers
    rules: list[Rule]
    modifiers: list[Modifier]
    boilerplate: list[BoilerplatePattern]
    boilerplate_trigger: str


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise DataFileError(path, "YAML", str(exc)) from exc


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


def _entry(path: Path, kind: str, raw: Any, model: type[BaseModel], index: int) -> Any:
    name = raw.get("name", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError(path, f"{kind} {name!r}", _first_error(exc)) from exc


def parse_tables(path: Path, raw: Any) -> dict[str, dict[str, str]]:
    if not isinstance(raw, dict):
        raise DataFileError(path, "file", "expected a mapping of table name to {word: value}")
    tables: dict[str, dict[str, str]] = {}
    for name, table in raw.items():
        if not isinstance(table, dict) or not table:
            raise DataFileError(path, f"table {name!r}", "expected a non-empty mapping of word to value")
        entries: dict[str, str] = {}
        for key, value in table.items():
            if not isinstance(key, str) or key != key.lower().strip():
                raise DataFileError(path, f"table {name!r}", f"key {key!r} must be lower-case text")
            entries[key] = str(_as_text(value))
        tables[str(name)] = entries
    return tables


def parse_rules(path: Path, raw: Any) -> tuple[list[Rule], list[Modifier]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise DataFileError(path, "file", "expected a top-level 'rules' list")
    rules = [_entry(path, "rule", r, Rule, i) for i, r in enumerate(raw["rules"])]
    modifiers = [_entry(path, "modifier", m, Modifier, i) for i, m in enumerate(raw.get("modifiers") or [])]
    seen: set[str] = set()
    for item in [*rules, *modifiers]:
        if item.name in seen:
            raise DataFileError(path, f"rule {item.name!r}", "the name is used twice")
        seen.add(item.name)
    return rules, modifiers


def parse_patterns(path: Path, raw: Any) -> PatternsFile:
    try:
        return PatternsFile.model_validate(raw)
    except ValidationError as exc:
        raise DataFileError(path, "patterns", _first_error(exc)) from exc


def parse_boilerplate(path: Path, raw: Any) -> tuple[str, list[BoilerplatePattern]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
        raise DataFileError(path, "file", "expected a top-level 'patterns' list")
    trigger = raw.get("trigger")
    if not isinstance(trigger, str) or not trigger:
        raise DataFileError(path, "trigger", "expected a regex of words that announce boilerplate")
    found = [_entry(path, "pattern", p, BoilerplatePattern, i) for i, p in enumerate(raw["patterns"])]
    for p in found:
        try:
            re.compile(p.regex)
        except re.error as exc:
            raise DataFileError(path, f"pattern {p.name!r}", f"bad regex: {exc}") from exc
    return trigger, found


def load_data(data_dir: Path = DATA_DIR) -> EngineData:
    """Read and validate every data file in `data_dir` (patterns are compiled in patterns.py)."""
    tables = parse_tables(data_dir / "lexicon.yaml", read_yaml(data_dir / "lexicon.yaml"))
    patterns = parse_patterns(data_dir / "patterns.yaml", read_yaml(data_dir / "patterns.yaml"))
    rules, modifiers = parse_rules(data_dir / "rules.yaml", read_yaml(data_dir / "rules.yaml"))
    trigger, boilerplate = parse_boilerplate(
        data_dir / "boilerplate.yaml", read_yaml(data_dir / "boilerplate.yaml")
    )
    return EngineData(
        tables=tables,
        macros=patterns.macros,
        vetoes=patterns.vetoes,
        veto_scope=patterns.veto_scope,
        triggers=patterns.triggers,
        rules=rules,
        modifiers=modifiers,
        boilerplate=boilerplate,
        boilerplate_trigger=trigger,
    )


@cache
def default_data() -> EngineData:
    return load_data()


def load_negative_corpus(path: Path = DATA_DIR / "negatives.yaml") -> list[NegativeExample]:
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("must_not_tag"), list):
        raise DataFileError(path, "file", "expected a top-level 'must_not_tag' list")
    return [_entry(path, "example", e, NegativeExample, i) for i, e in enumerate(raw["must_not_tag"])]
