"""Lists of places: one event per place, the names the gazetteer lacks too; a remote deed told
with its own words is typed by them, not by the kind told before."""

from datetime import date

import pytest

from tests.events.helpers import events_of
from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, SubEventType


def _read(text: str, published: date = date(2025, 3, 28)) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    return extract(article, temporal.tag(text, published))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Separate Israeli strikes on the southern towns of Kfar Tebnit and Yohmor killed at least three people.",
            {"Kfar Tebnit", "Yohmor"},
        ),
        (
            "Air strikes hit the villages of Koshobe, Zabarmari and Dawashi in Borno state on Saturday.",
            {"Koshobe", "Zabarmari", "Dawashi"},
        ),
    ],
)
def test_every_name_under_a_plural_place_noun_is_a_place(text: str, places: set[str]) -> None:
    assert places <= {e.location.name for e in events_of(text) if e.location is not None}


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: no plural place noun before the list, or the list names people
        "Gunmen attacked Koshobe, killing 40 people including Musa Ali and Bukar Modu.",
        "Mayors of the towns met Musa Ali and Bukar Modu in Maiduguri after gunmen attacked a market.",
    ],
)
def test_names_outside_a_place_list_are_no_places(text: str) -> None:
    names = {e.location.name for e in events_of(text) if e.location is not None}
    assert not names & {"Musa Ali", "Bukar Modu"}


def test_a_strike_told_with_its_own_words_is_not_the_kind_told_before() -> None:
    text = (
        "Israel struck a building in Beirut on Friday, hours after two rockets were fired from Lebanon "
        "towards the Israeli town of Metula. Separate Israeli strikes on the southern towns of Kfar Tebnit "
        "and Yohmor killed at least three people."
    )
    strikes = {
        e.location.name
        for e in _read(text)
        if e.location and e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    }
    assert {"Beirut", "Kfar Tebnit", "Yohmor"} <= strikes


def test_a_since_clause_does_not_move_the_story_time() -> None:
    text = (
        "Israel struck a building in Beirut on Friday for the first time since a ceasefire ended its war "
        "with Hezbollah in November. Separate Israeli strikes on the southern towns of Kfar Tebnit and "
        "Yohmor killed at least three people."
    )
    dates = {e.location.name: e.date.value for e in _read(text) if e.location is not None}
    assert dates["Yohmor"] == dates["Beirut"] == "2025-03-28"
