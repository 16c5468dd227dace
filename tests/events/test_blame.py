"""Blame (ACLED: the perpetrator as reported): a party that sources blame for a deed, when the report names no
other doer, is coded as its actor1; the attribution stays visible in the notes."""

import pytest

from tests.events.helpers import events_of
from timeline.events.lexicon import BlameExample, trigger_lexicon

BOMB = "A car bomb exploded at a market in Maiduguri on Saturday, killing 12 people. "


@pytest.mark.parametrize(
    ("blame", "doer"),
    [
        ("Police blamed Boko Haram, which has used car bombs before.", "Boko Haram"),
        ("Officials blamed Boko Haram for the attack.", "Boko Haram"),
        ("No group claimed responsibility, but the army blamed Boko Haram.", "Boko Haram"),
        ("The governor held Boko Haram responsible.", "Boko Haram"),
        ("The police blamed Boko Haram and ISWAP for Saturday's bombing.", "Boko Haram"),
    ],
)
def test_the_blamed_party_is_the_doer(blame: str, doer: str) -> None:
    (e,) = [e for e in events_of(BOMB + blame) if "Maiduguri" in (e.location.name if e.location else "")]
    assert e.actor1 == doer
    assert "blamed" in e.notes or "held" in e.notes


@pytest.mark.parametrize(
    "blame",
    [
        "Police did not blame Boko Haram.",  # negated
        "The government has blamed Boko Haram for backing the smugglers.",  # blamed for something else
        "Residents blamed him for the failures.",  # no armed party
        "Police accused Boko Haram of recruiting children.",  # an accusation of another matter
    ],
)
def test_look_alikes_name_no_doer(blame: str) -> None:
    events = [e for e in events_of(BOMB + blame) if e.location and "Maiduguri" in e.location.name]
    assert events and events[0].actor1 is None


def test_the_first_attribution_wins_over_a_counter_accusation() -> None:
    text = (
        "Drones struck the Zaporizhzhia nuclear power plant on Sunday. The plant's management blamed Ukraine "
        "for the attack. Kyiv denied any involvement and accused Moscow of staging a provocation."
    )
    (e,) = [e for e in events_of(text) if e.sub_event_type.value == "Air/drone strike"]
    assert e.actor1 == "Military Forces of Ukraine (2019-)"


def test_a_deed_told_long_before_is_not_blamed() -> None:
    text = (
        BOMB + "The town has been calm for months. Markets reopened in March. Schools followed in April. "
        "Traders returned in May. Police blamed Boko Haram for the unrest in the region."
    )
    events = [e for e in events_of(text) if e.location and "Maiduguri" in e.location.name]
    assert events and events[0].actor1 is None


BLAME = trigger_lexicon().blame


@pytest.mark.parametrize("example", BLAME.examples, ids=lambda ex: ex.text[-50:])
def test_blame_examples_in_the_data(example: BlameExample) -> None:
    """triggers.yaml `blame.examples`: the deed told first takes the blamed party as its doer."""
    events = [e for e in events_of(example.text) if e.evidence.start == 0]
    assert events and events[0].actor1 == example.doer


@pytest.mark.parametrize("text", BLAME.look_alikes, ids=lambda t: t[-50:])
def test_blame_look_alikes_in_the_data(text: str) -> None:
    """triggers.yaml `blame.look_alikes`: the deed told first keeps no doer."""
    events = [e for e in events_of(text) if e.evidence.start == 0]
    assert events and events[0].actor1 is None


def test_blame_cue_words_are_validated_on_load() -> None:
    from pydantic import ValidationError

    from timeline.events.lexicon import Blame

    data = BLAME.model_dump()
    with pytest.raises(ValidationError):
        Blame.model_validate({**data, "verbs": ["Blamed"]})
    with pytest.raises(ValidationError):
        Blame.model_validate({**data, "negations": ["not|never"]})
