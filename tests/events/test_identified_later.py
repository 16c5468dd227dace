"""An unnamed doer ("Rebels launched ...") is the named group a later sentence says it belonged to."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Rebels launched a dawn attack on the outskirts of Bangui on Wednesday.\nResidents said they had "
            "been woken by gunfire.\nThe attackers belonged to the Coalition of Patriots for Change (CPC), the "
            "government said.",
            "CPC (Coalition of Patriots for Change)",
        ),
        (
            "Gunmen launched an attack on a police post in Gwoza on Monday. The assailants were members of "
            "Boko Haram, police said.",
            "Boko Haram",
        ),
        # look-alikes: no group named after the membership verb, or none at all
        (
            "Rebels launched a dawn attack on the outskirts of Bangui on Wednesday. The attackers were from "
            "the north, the government said.",
            "Rebel Forces (Central African Republic)",
        ),
        (
            "Rebels launched a dawn attack on the outskirts of Bangui on Wednesday. The CPC denied any part in it.",
            "Rebel Forces (Central African Republic)",
        ),
    ],
)
def test_unnamed_doer_named_later(text: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text == "attack"]
    assert [e.actor1 for e in events] == [actor1]
