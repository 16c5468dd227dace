"""Malformed data files fail on load with a message naming the file and the rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from timeline.temporal.lexicon import DATA_DIR, DataFileError, load_data
from timeline.temporal.patterns import build_engine


def _copy_with_rule(tmp_path: Path, rule: dict[str, object]) -> Path:
    for name in ("lexicon.yaml", "patterns.yaml", "boilerplate.yaml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    return tmp_path


GOOD = {"name": "good", "pattern": "{month}", "type": "DATE", "value": "UNDEF-year-{month}"}


def test_the_shipped_data_loads() -> None:
    engine = build_engine(load_data())
    assert engine.rules


def test_a_good_rule_loads(tmp_path: Path) -> None:
    assert build_engine(load_data(_copy_with_rule(tmp_path, GOOD))).rules[0].rule.name == "good"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "DAY"}, "type"),
        ({"value": None}, "value"),
        ({"pattern": "{mnth}"}, "unknown table or macro {mnth}"),
        ({"pattern": "(January|February)"}, "named groups"),
        ({"pattern": "{month}[", "value": "x"}, "bad pattern"),
        ({"value": "UNDEF-year-{monht}"}, "no group named 'monht'"),
        ({"value": "{month|double}"}, "unknown filter"),
        ({"examples": [{"txt": "May"}]}, "examples"),
        ({"pattern": "FY{month}"}, "lower case"),
    ],
)
def test_a_bad_rule_names_file_and_rule(tmp_path: Path, change: dict[str, object], message: str) -> None:
    rule = {**GOOD, **change}
    with pytest.raises(DataFileError) as err:
        build_engine(load_data(_copy_with_rule(tmp_path, rule)))
    text = str(err.value)
    assert "rules.yaml" in text
    assert "'good'" in text
    assert message in text


def test_a_bad_table_is_named(tmp_path: Path) -> None:
    _copy_with_rule(tmp_path, GOOD)
    (tmp_path / "lexicon.yaml").write_text("month: [january]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"lexicon.yaml: table 'month'"):
        load_data(tmp_path)
