"""An ethnic group's armed men: ACLED's "<Group> Ethnic Militia (<Country>)" (actors.yaml ethnic_militias)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from timeline.events.actors import find_actors
from timeline.events.lexicon import EthnicMilitias

from .helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Fulani militiamen attacked the village of Bokkos on Sunday.", "Fulani Ethnic Militia (Nigeria)"),
        ("Peul gunmen attacked a village near Mopti on Saturday.", "Fulani Ethnic Militia (Mali)"),
        (
            "Lendu militias attacked a displacement camp near Djugu on Tuesday.",
            "Lendu Ethnic Militia (Democratic Republic of Congo)",
        ),
        ("Murle gunmen attacked cattle camps near Pibor in South Sudan on Monday.", "Murle Ethnic Militia (South Sudan)"),
        (
            "Arab militias attacked the town of Misterei in West Darfur on Friday.",
            "Arab Ethnic Militia (Sudan)",
        ),
    ],
)
def test_an_ethnic_groups_militia_is_named_for_it(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[0].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]
    assert events[0].inter1 == 4


@pytest.mark.parametrize(
    "text",
    [
        "Fulani herders said their cattle were stolen.",  # herders are no militia
        "Kurdish and Arab fighters of the SDF advanced.",  # fighters of a named alliance
        "The Nuer White Army overran the garrison.",  # a named militia keeps its name
        "the fulani militia",  # the group's name is written capitalised
    ],
)
def test_look_alikes(text: str) -> None:
    assert not [a for a in find_actors(text) if a.actor_id.endswith("Ethnic Militia")]


def test_bad_ethnic_militia_data_is_refused() -> None:
    with pytest.raises(ValidationError):
        EthnicMilitias.model_validate({"groups": {"Fulani": ["fulani"]}, "heads": ["militia"]})
    with pytest.raises(ValidationError):
        EthnicMilitias.model_validate({"groups": {"Fulani": ["Fulani"]}, "heads": ["Militia"]})
