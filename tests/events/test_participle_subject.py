"""A participle right after the sentence's subject says who the subject is, not what it did."""

import pytest

from tests.events.helpers import events_of


def test_a_participle_after_the_subject_is_no_deed() -> None:
    text = (
        "KYIV, Feb 18 (Reuters) - Soldiers arriving in Artemivsk, about 30 kilometers to the north, "
        "told a different story."
    )
    assert not [e for e in events_of(text) if e.evidence.trigger.text.lower().startswith("arriving")]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Feb 18 (Reuters) - The UN says fighting raged in Debaltseve on Tuesday.",
        "KYIV, Feb 18 (Reuters) - Heavy fighting raged in Debaltseve on Tuesday.",
        "KYIV, Feb 18 (Reuters) - Fighting raged in Debaltseve on Tuesday.",
    ],
)
def test_look_alikes_keep_their_deed(text: str) -> None:
    assert [e for e in events_of(text) if "fighting" in e.evidence.trigger.text.lower()]
