"""Regression guard on the dev corpus (hand-annotated time expressions, so that a change in the
temporal engine does not move this figure). Thresholds sit a little under today's scores."""

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "scripts" / "eval_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_events"] = module
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_scores() -> None:
    ev = _eval_module()
    tally = ev.Tally()
    files = sorted((ROOT / "tests" / "events" / "corpus").glob("*.yaml"))
    assert len(files) >= 12
    for path in files:
        ev.score(yaml.safe_load(path.read_text(encoding="utf-8")), True, tally, False)
    _, _, f1 = ev.f1(tally.hit_place, tally.gold, tally.pred)
    assert f1 >= 0.88
    assert tally.date_ok / tally.aligned >= 0.9
    assert tally.place_ok / tally.aligned >= 0.9
    assert tally.actor_ok / tally.aligned >= 0.9


def test_no_events_in_sport_and_economy_articles() -> None:
    ev = _eval_module()
    for name in ("09-economy.yaml", "10-sport.yaml"):
        doc = yaml.safe_load((ROOT / "tests" / "events" / "corpus" / name).read_text(encoding="utf-8"))
        tally = ev.Tally()
        ev.score(doc, True, tally, False)
        assert tally.pred == 0, name
