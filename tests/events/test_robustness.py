"""Any text gives valid, traceable events; nothing crashes."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.events.helpers import events_of

WORDS = st.sampled_from(
    [
        "Syrian",
        "troops",
        "captured",
        "Aleppo",
        "IS",
        "fighters",
        "seized",
        "Mosul",
        "in",
        "March",
        ".",
        ",",
        "and",
        "near",
        "the",
        "town",
        "them",
        "said",
        "Russian",
        "jets",
        "bombed",
        "rebels",
        "killing",
        "civilians",
        "attack",
        "strike",
        "deal",
        "agreed",
        "to",
        "ceasefire",
        "will",
        "not",
        "\n",
        "Kyiv",
        "drones",
        "shot",
        "down",
        "Houthi",
        "missile",
        "fired",
        "at",
        "Marib",
        "withdrew",
        "from",
        "between",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_random_text_gives_traceable_events(words: list[str]) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    for e in events_of(text, date(2020, 1, 1)):
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert text[e.evidence.trigger.start : e.evidence.trigger.end] == e.evidence.trigger.text
        assert e.date.start <= e.date.end


def test_long_article_is_fast_enough() -> None:
    import time

    paragraph = (
        "Syrian troops backed by Russian airstrikes captured Aleppo on Monday. Rebels shelled Idlib. "
        "Heavy fighting continues around Hama, the ministry said.\n"
    )
    t0 = time.perf_counter()
    events_of(paragraph * 200)
    assert time.perf_counter() - t0 < 20
