"""Status cues. An -ing noun after its article ("killed in the fighting", "wounded by the shelling") is a deed told,
not a progressive: the event happened, and merges with the fight it names. A state given as a reason
("because the garrison was already surrounded") is no event."""

import pytest

from timeline.events import status
from timeline.models import EventStatus


@pytest.mark.parametrize(
    ("before", "trigger", "expected"),
    [
        ("Five attackers were killed in the ", "fighting", EventStatus.HAPPENED),
        ("Dozens of people were wounded by the ", "shelling", EventStatus.HAPPENED),
        ("Russian troops were ", "shelling", EventStatus.ONGOING),
        ("Rebels are still ", "fighting", EventStatus.ONGOING),
    ],
)
def test_an_ing_noun_after_its_article_is_no_progressive(
    before: str, trigger: str, expected: EventStatus
) -> None:
    assert status.status_of(before, trigger, " near the town.", None) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The town was left out of the deal because the garrison there was already ", True),
        ("Aid could not reach them because the fighters were still ", True),
        ("The garrison was ", False),
    ],
)
def test_a_reason_told_as_a_state_is_no_event(before: str, expected: bool) -> None:
    assert status.habitual(before, " by rebels.", " by rebels.", "surrounded", before) is expected
