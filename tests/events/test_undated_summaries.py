"""A present perfect with no date and no named place after its verb sums up deeds told elsewhere
("warplanes have pounded rebel-held areas in response"): no event (status.undated_summary)."""

import pytest

from tests.events.helpers import events_of
from timeline.events import status


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Russian and Syrian warplanes have ", " rebel-held areas in response"),
        ("The army has ", " militant positions"),
        ("Government forces have repeatedly ", " rebel strongholds"),
    ],
)
def test_an_undated_perfect_is_a_summary(before: str, after: str) -> None:
    assert status.undated_summary(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Russian warplanes have ", " Aleppo"),  # a named place anchors it
        ("Russian warplanes have ", " rebel-held areas on 5 December"),  # a date anchors it
        ("Russian warplanes ", " rebel-held areas in response"),  # a simple past tells a deed
        ("Russian warplanes had ", " rebel-held areas"),  # a past perfect is dated by the story
        ("Russian warplanes have been ", " rebel-held areas"),  # a passive or progressive
    ],
)
def test_an_anchored_or_simple_telling_is_no_summary(before: str, after: str) -> None:
    assert not status.undated_summary(before, after)


def test_summary_gives_no_event_but_its_neighbour_does() -> None:
    text = (
        "Russian and Syrian warplanes have pounded rebel-held areas in response. "
        "Russian warplanes have pounded Aleppo."
    )
    events = events_of(text)
    assert [e.evidence.trigger.text for e in events] == ["pounded"]
    assert events[0].location is not None and events[0].location.name == "Aleppo"
