"""A place named only to say where another lies is no second event: "in Kagara, in Rafi local
government area", "in the town of X, in the municipality of Y", "hit Mitiga, Tripoli's airport"
(the airport is coded at its city). Two places joined as a list stay two events."""

import pytest

from tests.events.helpers import events_of
from timeline.models import EventStatus


def _places(text: str) -> list[str | None]:
    return [
        e.location.name if e.location else None
        for e in events_of(text)
        if e.status in {EventStatus.HAPPENED, EventStatus.ONGOING}
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen attacked worshippers in Dapchi, in Yobe state, on Friday.", "Dapchi"),
        ("A drone struck a wedding party in Kanam, in Bauchi local government area, on Sunday.", "Kanam"),
        ("Soldiers clashed with rebels in Ngomo, in the district of Masisi, on Monday.", "Ngomo"),
        ("Militants shelled Zaranj, in Nimruz province, overnight.", "Zaranj"),
    ],
)
def test_the_area_a_town_lies_in_is_no_second_place(text: str, town: str) -> None:
    assert _places(text) == [town]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Rebel rockets hit Gatow, Berlin's second airport, on Monday.", "Berlin"),
        ("An air strike hit Mitiga, Tripoli's only functioning airport, on Tuesday.", "Tripoli"),
        ("Drones struck Karrari, Omdurman's northern district, overnight.", "Omdurman"),
    ],
)
def test_a_site_named_by_its_city_is_coded_at_the_city(text: str, city: str) -> None:
    assert _places(text) == [city]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Maarat al-Numan and Khan Shaykhun on Monday.",
        "Insurgents seized Ghazni, Kunduz and Kandahar in a week.",
    ],
)
def test_towns_in_a_list_stay_separate(text: str) -> None:
    assert len(_places(text)) >= 2


def test_two_strikes_on_two_days_at_two_towns_stay_two() -> None:
    text = (
        "Russian missiles struck Kharkiv on Monday, killing four people. "
        "On Wednesday, a missile hit Odesa, in Odesa oblast, wounding nine."
    )
    assert _places(text) == ["Kharkiv", "Odesa"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("A drone struck a car near the Qalandiya checkpoint north of Jerusalem on Monday.", "Qalandiya"),
        ("Gunmen attacked soldiers at the Zaatara checkpoint south of Nablus on Friday.", "Zaatara"),
    ],
)
def test_a_named_checkpoint_is_a_place_of_its_own(text: str, site: str) -> None:
    assert _places(text) == [site]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Gunmen ambushed a police convoy in El Aguaje, in the municipality of Aguililla, on Monday.",
            "El Aguaje",
        ),
        ("Soldiers clashed with a gang near Las Tunitas on Friday.", "Las Tunitas"),
    ],
)
def test_a_town_whose_name_opens_with_an_article(text: str, town: str) -> None:
    assert _places(text) == [town]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("In May, CODECO fighters attacked the Lala displacement site, killing 12 people.", "Lala"),
        ("Gunmen raided the Kalehe displacement camp on Friday, killing six.", "Kalehe"),
    ],
)
def test_a_named_displacement_site_is_a_place(text: str, site: str) -> None:
    assert _places(text) == [site]


def test_a_displacement_site_name_is_found_though_the_gazetteer_lacks_it() -> None:
    from timeline.events.places import find_places

    text = "Fighters attacked the Rhoe displacement site and the Savo displacement camp."
    assert [p.text for p in find_places(text)] == ["Rhoe", "Savo"]
