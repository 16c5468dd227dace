"""Unnamed doers in the singular and in regional usage ("a gunman", "bandits", "a police officer")
are actors like their plural, generic forms."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "kind", "actor1"),
    [
        (
            "A gunman opened fire on worshippers at a mosque in Kano on Friday, killing four.",
            "Attack",
            "Unidentified Armed Group (Nigeria)",
        ),
        (
            "Bandits abducted 30 villagers in Zamfara on Sunday.",
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
        ),
        (
            "Armed bandits kidnapped a priest near Kaduna on Saturday.",
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Nigeria)",
        ),
        (
            "A police officer shot dead a street vendor in Nairobi on Tuesday.",
            "Attack",
            "Police Forces of Kenya (2013-)",
        ),
    ],
)
def test_singular_and_regional_doers(text: str, kind: str, actor1: str) -> None:
    (e,) = events_of(text)
    assert (e.sub_event_type.value, e.actor1) == (kind, actor1)


def test_a_gunman_in_a_film_is_no_event() -> None:
    assert events_of("The film follows a gunman who drifts between towns in Texas.") == []


def test_mobs_are_rioters() -> None:
    (e,) = events_of("Mobs torched shops owned by Muslims in Jammu on Friday.")
    assert (e.sub_event_type.value, e.actor1, e.inter1) == ("Mob violence", "Rioters (India)", 5)
