"""A mob, no demonstration, turning on people or property is mob violence (ACLED), not a violent
demonstration or a protest broken up; armed men on a rampage are no mob (triggers.yaml: mob-violence)."""

import pytest

from tests.events.helpers import events_of


def _types(text: str) -> set[str]:
    return {e.sub_event_type.value for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of settlers rampaged through the village of Turmus Ayya on Tuesday, setting fire to houses and cars.",
        "Mobs torched shops owned by Muslims in Mandalay on Sunday.",
        "The day after the bombing, mobs in the city of Jammu torched cars and attacked shops.",
        "A mob beat and burned a man in Bamako on Tuesday.",
        "Vigilantes lynched two suspected thieves in Kano on Friday.",
        "An angry crowd in Goma set fire to a police station on Monday.",
    ],
)
def test_mob_violence(text: str) -> None:
    assert "Mob violence" in _types(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters torched government buildings in Basra.", "Violent demonstration"),
        (
            "Crowds gathered in Dhaka as police beat protesters near the university.",
            "Protest with intervention",
        ),
    ],
)
def test_demonstrations_stay_demonstrations(text: str, expected: str) -> None:
    types = _types(text)
    assert expected in types and "Mob violence" not in types, (text, types)


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Gran Grif gang rampaged through the town of Pont-Sonde, shooting residents in their homes.",
        "Islamic State fighters went on the rampage in Sinjar, killing hundreds of Yazidi men.",
        "The novel about a mob rampage sold well in London.",
    ],
)
def test_no_mob(text: str) -> None:
    assert "Mob violence" not in _types(text), text
