"""A bare verb joined to a purpose ("to protect civilians and retake control") is planned (status.py)."""

import pytest

from tests.events.helpers import events_of
from timeline.events import status
from timeline.models import EventStatus


@pytest.mark.parametrize(
    ("before", "trigger"),
    [
        ("It deployed 5,000 troops to Tibu, backed by helicopters, to protect civilians and ", "retake"),
        ("The army sent reinforcements to secure the road and ", "recapture"),
        ("Troops moved in to restore order or ", "seize"),
    ],
)
def test_a_verb_joined_to_a_purpose_is_planned(before: str, trigger: str) -> None:
    assert status.shared_purpose(before, trigger)


@pytest.mark.parametrize(
    ("before", "trigger"),
    [
        ("Rebels fled to Goma and ", "attacked"),  # a past verb: done
        ("Fighters went to the border and ", "took"),  # an irregular past: done
        ("Troops managed to capture the bridge and ", "retake"),  # the first was done
        ("Troops were sent to protect civilians, and rebels ", "seize"),  # past a comma
        ("Soldiers from Tibu and ", "retake"),  # no purpose
    ],
)
def test_look_alikes_stay_done(before: str, trigger: str) -> None:
    assert not status.shared_purpose(before, trigger)


def test_the_purpose_deed_is_not_scored_as_happened() -> None:
    text = (
        "BOGOTA, Jan 20 (Reuters) - The defence ministry said on Saturday it had deployed some 5,000 troops "
        "to Tibu and surrounding towns, backed by helicopters, to protect civilians and retake control of "
        "key roads."
    )
    retake = [e for e in events_of(text) if e.evidence.trigger.text == "retake"]
    assert all(e.status is EventStatus.PLANNED for e in retake)
