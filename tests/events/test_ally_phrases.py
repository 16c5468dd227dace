"""Unnamed fighters told by whom they fight for ("Forces allied with the Tripoli government", "fighters loyal
to the Syrian government") are that actor: a named group, or the state's forces — so their captures are the
government's (actors.yaml ally_heads / ally_cues)."""

import pytest

from tests.events.helpers import events_of
from timeline.events.actors import find_actors


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        (
            "Forces allied with the Tripoli government recaptured the town of Gharyan.",
            "Forces allied with the Tripoli government",
            "named",
        ),
        (
            "Fighters loyal to the Syrian government retook the village.",
            "Fighters loyal to the Syrian government",
            "military",
        ),
        (
            "Troops loyal to the federal government recaptured the town.",
            "Troops loyal to the federal government",
            "state_unknown",
        ),
        # look-alikes: states allied with each other are two actors
        ("Russia is allied with Syria.", "Russia", "country"),
        ("Militias allied with the rebels seized the town.", "Militias", "generic"),
    ],
)
def test_ally_phrase_is_its_principal(text: str, mention: str, kind: str) -> None:
    found = [(m.text, m.kind) for m in find_actors(text)]
    assert found[0] == (mention, kind)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        (
            "Forces allied with the Tripoli government recaptured the town of Gharyan in Libya on Wednesday.",
            "Government regains territory",
            "Military Forces of Libya (2016-) Government of National Accord",
        ),
        (
            "Fighters loyal to the Syrian government recaptured the town of Saraqeb in Syria on Wednesday.",
            "Government regains territory",
            "Military Forces of Syria (2000-)",
        ),
        # look-alike: no ally cue, the rebels took it
        (
            "Rebels recaptured the town of Saraqeb in Syria on Wednesday.",
            "Non-state actor overtakes territory",
            "Rebel Forces (Syria)",
        ),
    ],
)
def test_ally_capture_is_the_governments(text: str, sub_event_type: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text == "recaptured"]
    assert [(e.sub_event_type.value, e.actor1) for e in events] == [(sub_event_type, actor1)]


def test_between_an_ally_and_an_unknown_side() -> None:
    text = "In 2013, fighting broke out in Juba in South Sudan between troops loyal to President Salva Kiir and Machar."
    events = [e for e in events_of(text) if e.evidence.trigger.text == "fighting"]
    assert [e.actor1 for e in events] == ["Military Forces of South Sudan (2011-)"]
