"""Regression guard on the realistic long articles already used for fixes (tests/events/corpus_long:
held-out batches 17–29 after their blind scoring). A guard against regressions, NOT the target: these
articles have been tuned on, so their score overstates the engine on unseen text (the target is the
first-contact score of the next blind batch in tests/events/corpus_holdout). Thresholds sit a little
under today's scores; raise them when a fix lifts the scores."""

from script_modules import ROOT, load_script, score_event_corpus

LONG = ROOT / "tests" / "events" / "corpus_long"


def test_long_corpus_scores() -> None:
    tally = score_event_corpus(LONG, min_files=91)
    _, _, f1 = load_script("eval_events").f1(tally.hit_place, tally.gold, tally.pred)
    # 55.3 after round 3, 60.3 after round 4, 61.9 after round 5, 64.6 with rounds 6-7 and dating merged
    # 73.1 with round 8 (bombers, deeds said carried out, hostages, threats) merged
    # 75.8 with round 9 (reference points, aid crowds, purposes, participles, "also" deeds)
    # 76.4 with undated perfect summaries and weapons that damage (batches 17-23 only)
    # batches 20, 24-26 (28 articles, blind 59.9) joined in session 7: 69.1 over all 70 articles;
    # session 7 rounds: 77.7; blind batches 27-29 (21 articles, blind 48.1) joined: 70.8 over 91
    assert f1 >= 0.70
    assert tally.date_ok / tally.aligned >= 0.79  # 79.8 (361 aligned)
    assert tally.place_ok / tally.aligned >= 0.775  # 78.4
    assert tally.actor_ok / tally.aligned >= 0.69  # 69.5


def test_holdout_holds_only_unused_batches() -> None:
    """An article is either blind (corpus_holdout) or used (corpus_long / corpus), never both."""
    names = {p.name for p in (ROOT / "tests" / "events" / "corpus_holdout").glob("*.yaml")}
    used = {p.name for p in LONG.glob("*.yaml")} | {
        p.name for p in (ROOT / "tests" / "events" / "corpus").glob("*.yaml")
    }
    assert not names & used
