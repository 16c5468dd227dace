"""The narrative development set (tests/temporal/narrative/): history prose with hand gold values.
The score must not fall; scripts/eval_narrative.py -v lists the errors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
# value F1 when this floor was last raised; raise it when a change improves the score
VALUE_F1_FLOOR = 95.0


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_narrative", ROOT / "scripts" / "eval_narrative.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_narrative"] = module
    spec.loader.exec_module(module)
    return module


def test_every_gold_expression_is_in_its_text() -> None:
    scorer = _scorer()
    files = sorted(scorer.NARRATIVE.glob("*.yaml"))
    assert len(files) >= 5
    for path in files:
        _, _, golds = scorer.load(path)  # raises if a gold expression is not found in order
        assert golds


def test_narrative_value_f1_does_not_fall() -> None:
    score = _scorer().evaluate()
    assert score.f1(score.correct) >= VALUE_F1_FLOOR, "\n".join(score.errors)
