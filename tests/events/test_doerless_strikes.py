"""A strike told with no doer, opening its sentence, is the forces that open the sentence before."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "On Sunday, Russian and Syrian warplanes pounded rebel-held areas in Hama. Air strikes on Idlib city on "
            "Monday killed at least 11 people.",
            "Military Forces of Russia (2000-)",
        ),
        # look-alikes: a sentence before opened by an armed group, or by no forces at all
        (
            "Hezbollah fired rockets at northern Israel. Air strikes on Tyre in Lebanon on Monday killed at "
            "least 11 people.",
            None,
        ),
        (
            "Residents fled rebel-held areas in Idlib. Air strikes on Idlib city on Monday killed at least 11 "
            "people.",
            None,
        ),
    ],
)
def test_doerless_strike_takes_the_forces_before(text: str, actor1: str | None) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text.endswith("strikes")]
    assert [e.actor1 for e in events] == [actor1]
