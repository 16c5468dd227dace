"""Regression guard on the dev corpus (hand-annotated time expressions, so that a change in the
temporal engine does not move this figure). Thresholds sit a little under today's scores."""

import yaml
from script_modules import ROOT, load_script, score_event_corpus


def test_dev_corpus_scores() -> None:
    tally = score_event_corpus(ROOT / "tests" / "events" / "corpus", min_files=12)
    _, _, f1 = load_script("eval_events").f1(tally.hit_place, tally.gold, tally.pred)
    assert f1 >= 0.905  # 91.5 (session 7)
    assert tally.date_ok / tally.aligned >= 0.96  # 97.2
    assert tally.place_ok / tally.aligned >= 0.98  # 99.1
    assert tally.actor_ok / tally.aligned >= 0.93  # 94.9


def test_no_events_in_sport_and_economy_articles() -> None:
    ev = load_script("eval_events")
    for name in ("09-economy.yaml", "10-sport.yaml"):
        doc = yaml.safe_load((ROOT / "tests" / "events" / "corpus" / name).read_text(encoding="utf-8"))
        tally = ev.Tally()
        ev.score(doc, True, tally, False)
        assert tally.pred == 0, name
