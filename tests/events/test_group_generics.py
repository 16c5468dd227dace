"""Common nouns ("rebels", "separatists") refer back to the named group of the story (actors.yaml `generic`),
and groups the gazetteer lacked (the Maute group)."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        (
            "Russian-backed separatists declared they had taken the town of Debaltseve on Wednesday.\n"
            "Elsewhere, the Ukrainian military said rebels fired artillery and rockets at its positions near the "
            "village of Shyrokyne overnight.",
            "fired artillery",
            "Donetsk People's Republic",
        ),
        (
            "M23 fighters paraded through the centre of Bukavu on Sunday.\n"
            "The rebels had seized Kavumu airport, north of Bukavu, on Friday.",
            "seized",
            "M23 (March 23 Movement)",
        ),
        (
            "Hundreds of gunmen from the Maute group flooded the streets of Marawi on May 23, seizing hostages.",
            "seizing hostages",
            "Maute Group",
        ),
        # look-alikes: no group named before the common noun
        (
            "The Ukrainian military said rebels fired artillery and rockets at its positions near the village of "
            "Shyrokyne overnight.",
            "fired artillery",
            "Rebel Forces (Ukraine)",
        ),
        (
            "Rebels seized Kavumu airport in South Kivu, north of Bukavu, on Friday.",
            "seized",
            "Rebel Forces (Democratic Republic of Congo)",
        ),
    ],
)
def test_common_noun_is_the_named_group(text: str, trigger: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text.startswith(trigger.split()[0])]
    assert [e.actor1 for e in events] == [actor1]
