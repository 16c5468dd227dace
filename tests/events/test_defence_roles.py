"""actor1 of a clash told from the defender's side is the assailant (ACLED: who initiated it)."""

import pytest
from pydantic import ValidationError

from tests.events.helpers import events_of
from timeline.events.lexicon import Defence


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Nigerian troops repelled an attack by Boko Haram fighters on Monguno.",
            "Boko Haram",
            "Military Forces of Nigeria (2015-)",
        ),
        (
            "Somali soldiers fought off an assault by Al Shabaab militants on a base near Kismayo.",
            "Al Shabaab",
            "Military Forces of Somalia (2017-)",
        ),
    ],
)
def test_the_assailant_of_a_repelled_attack_is_actor1(text: str, actor1: str, actor2: str) -> None:
    (e,) = events_of(text)
    assert (e.actor1, e.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # look-alikes: the enemy itself repelled (no assault noun), and a plain attack
        ("Ukrainian forces repelled Russian troops near Pokrovsk.", "Military Forces of Ukraine (2019-)"),
        ("Russian forces attacked Ukrainian positions near Pokrovsk.", "Military Forces of Russia (2000-)"),
        ("Boko Haram fighters attacked Nigerian troops in Monguno.", "Boko Haram"),
    ],
)
def test_look_alikes_keep_their_subject(text: str, actor1: str) -> None:
    (e,) = events_of(text)
    assert e.actor1 == actor1


def test_defence_words_are_validated() -> None:
    assert Defence.model_validate({"verbs": ["~repel", "~fight off"], "assaults": ["counter-attack"]})
    for bad in ({"verbs": ["Repel"], "assaults": ["attack"]}, {"verbs": ["~repel"], "assaults": []}):
        with pytest.raises(ValidationError):
            Defence.model_validate(bad)
