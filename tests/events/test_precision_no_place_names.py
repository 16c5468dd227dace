"""Names that are no places: a surname after a given name and a lowercase particle ("Arnel dela Vega",
"Carlos de Soto") is a person's, not a town's: no place, so no event is moved there. A town after a
preposition stays a town. After a passive's "by", or before a word for armed men ("Kachin fighters"),
a name is the doer, not the place acted on."""

import pytest

from tests.events.helpers import events_of
from timeline.events.places import find_places, places_acted_on
from timeline.events.triggers import find_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Lt. Gen. Arnel dela Vega, head of the regional command, said the raids went on.",
        "The operation was over, according to Senator Ronald dela Rosa, a former police chief.",
        "Questions went to the mayor, Carlos de Soto, who declined to comment.",
        "Colonel Luis de Soto, the commander, spoke to reporters.",
    ],
)
def test_a_surname_after_a_particle_is_no_place(text: str) -> None:
    assert [p.text for p in find_places(text)] == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels attacked a checkpoint in Breda on Monday.", "Breda"),
        ("Gunmen stormed a police post near Vega on Sunday.", "Vega"),
    ],
)
def test_a_town_after_a_preposition_stays(text: str, town: str) -> None:
    assert town in [p.text for p in find_places(text)]


def test_the_event_is_not_moved_to_the_spokesman_s_name() -> None:
    text = (
        "Air Force planes bombed rebel hideouts in Patikul on Monday. "
        "General Arnel dela Vega said the air strikes targeted camps of the group."
    )
    names = {e.location.name for e in events_of(text) if e.location}
    assert "La Vega" not in names


@pytest.mark.parametrize(
    "text",
    [
        "The outpost was overrun by Kachin fighters on Tuesday.",
        "The base was captured by Zomi rebels last week.",
        "Government troops attacked Wa State Army positions on Friday.",
    ],
)
def test_a_group_named_after_a_people_is_no_place_acted_on(text: str) -> None:
    ends = [t.end for t in find_triggers(text)]
    assert [p.text for p in places_acted_on(text, ends, find_places(text))] == []


def test_a_town_taken_stays_a_place_acted_on() -> None:
    text = "Rebels captured Namtu on Tuesday."
    ends = [t.end for t in find_triggers(text)]
    assert [p.text for p in places_acted_on(text, ends, find_places(text))] == ["Namtu"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met in Aqaba to calm tensions ahead of Ramadan.",
        "The truce was meant to last through Eid and Muharram.",
        "Violence rose during Easter and Passover week.",
    ],
)
def test_a_feast_or_holy_month_is_no_place(text: str) -> None:
    found = [p.text for p in find_places(text)]
    assert not {"Ramadan", "Eid", "Muharram", "Easter", "Passover"} & set(found)


def test_the_town_the_gazetteer_also_calls_ramadan_is_found_by_its_name() -> None:
    assert "Turabah" in [p.text for p in find_places("Police fired on protesters in Turabah on Monday.")]
