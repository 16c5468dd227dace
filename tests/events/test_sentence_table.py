"""Single sentences in news style with what must be read from them (type, actor1, actor2, place,
status); None means "nothing", "*" means "anything". Cases that must give no event at all are at
the end."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of

CASES: list[tuple[str, str, str | None, str | None, str | None, str]] = [
    (
        "Israeli warplanes struck targets in Gaza overnight, the military said.",
        "Air/drone strike",
        "Military Forces of Israel (1948-)",
        "*",
        "Gaza",
        "happened",
    ),
    (
        "At least 12 people were killed when a car bomb exploded in Kabul on Tuesday.",
        "Remote explosive/landmine/IED",
        None,
        "*",
        "Kabul",
        "happened",
    ),
    (
        "Security forces fired tear gas at protesters in Baghdad.",
        "Protest with intervention",
        "Protesters (Iraq)",  # ACLED: the demonstrators are actor1, whoever intervened actor2
        "Military Forces of Iraq (2020-)",
        "Baghdad",
        "happened",
    ),
    (
        "Hezbollah fighters ambushed an Israeli patrol near the border.",
        "Armed clash",
        "Hezbollah",
        "Military Forces of Israel (1948-)",
        "*",
        "happened",
    ),
    (
        "Syrian rebels surrendered to government forces in Daraa.",
        "Agreement",
        "Rebel Forces (Syria)",
        "Military Forces of Syria (2000-)",
        "Daraa",
        "happened",
    ),
    (
        "Kurdish forces handed over Manbij to the Syrian army.",
        "Non-violent transfer of territory",
        "Syrian Democratic Forces",
        "Military Forces of Syria (2000-)",
        "Manbij",
        "happened",
    ),
    (
        "Kurdish forces retook Sinjar from Islamic State militants.",
        "Non-state actor overtakes territory",
        "Peshmerga",
        "Islamic State",
        "Sinjar",
        "happened",
    ),
    (
        "Police arrested dozens of protesters in Moscow.",
        "Arrests",
        "Police Forces of Russia (2000-)",
        "Protesters (Russia)",
        "Moscow",
        "happened",
    ),
    (
        "Gunmen on motorbikes killed 15 villagers in northern Burkina Faso.",
        "Attack",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
        "northern Burkina Faso",  # a side of the country: a region of it
        "happened",
    ),
    (
        "An Israeli drone strike killed two Hamas commanders in Rafah.",
        "Air/drone strike",
        "Military Forces of Israel (1948-)",
        "Hamas",
        "Rafah",
        "happened",
    ),
    (
        "If the army attacks Tripoli, the LNA will retaliate.",
        "Armed clash",
        "*",
        "*",
        "Tripoli",
        "hypothetical",
    ),
    (
        "Iraqi troops are fighting Islamic State militants in the old city of Mosul.",
        "Armed clash",
        "Military Forces of Iraq (2020-)",
        "Islamic State",
        "Mosul",
        "ongoing",
    ),
    (
        "Russian jets bombed the town of Maarat al-Numan, killing nine civilians.",
        "Air/drone strike",
        "Military Forces of Russia (2000-)",
        "*",
        "Maarat al-Numan",
        "happened",
    ),
    (
        "Daesh militants blew themselves up at a checkpoint outside Tikrit.",
        "Suicide bomb",
        "Islamic State",
        "*",
        "Tikrit",
        "happened",
    ),
    (
        "Ukrainian forces liberated Izium in September, the defence ministry said.",
        "Government regains territory",
        "Military Forces of Ukraine (2019-)",
        "*",
        "Izyum",
        "happened",
    ),
]

CASES += [
    (
        "At least 11 civilians were killed in Russian air raids on Idlib province.",
        "Air/drone strike",
        "Military Forces of Russia (2000-)",
        "Civilians (Syria)",
        "Idlib Province",
        "happened",
    ),
    (
        "A suicide truck bomb struck a checkpoint in Helmand province.",
        "Suicide bomb",
        None,
        "*",
        "Helmand Province",
        "happened",
    ),
    (
        "Saudi-led coalition bombs Houthi targets in Sanaa.",
        "Air/drone strike",
        "Saudi-led Coalition",
        "Houthis (Ansar Allah)",
        "Sanaa",
        "happened",
    ),
    (
        "We need more troops before Farah falls into the hands of the Taliban, an official said.",
        "Non-state actor overtakes territory",
        "Taliban",
        "*",
        "Farah",
        "hypothetical",
    ),
    (
        "Fighters from the Islamic State stormed the town of Muhassan on Friday.",
        "Armed clash",
        "Islamic State",
        "*",
        "Muhassan",
        "happened",
    ),
]

CASES += [
    (
        "Two women suicide bombers targeted Iraqi troops in Mosul on Monday, killing one soldier.",
        "Suicide bomb",
        None,
        "Military Forces of Iraq (2020-)",
        "Mosul",
        "happened",
    ),
    (
        "Islamic State claimed a series of suicide attacks near Kerbala on Monday.",
        "Suicide bomb",
        "Islamic State",
        "*",
        "Karbala",
        "happened",
    ),
]

NOTHING = [
    "Russia withdrew from the Black Sea grain deal last week.",
    "Russia suspended a hotline designed to avoid clashes in Syrian airspace.",
    "Insurgents have launched several attacks on checkpoints around Farah.",
    "The UN called for a ceasefire in Gaza.",
    "The ceasefire collapsed on Sunday in Idlib.",
    "Al-Shabaab has taken responsibility in the past for attacks in Kenya and Uganda, "
    "taking hostages in Nairobi.",
]


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2", "place", "status"), CASES, ids=[c[0][:50] for c in CASES]
)
def test_sentence(
    text: str, sub: str, actor1: str | None, actor2: str | None, place: str | None, status: str
) -> None:
    events = events_of(text)
    assert [e.sub_event_type.value for e in events] == [sub], [e.sub_event_type.value for e in events]
    (e,) = events
    if actor1 != "*":
        assert e.actor1 == actor1
    if actor2 != "*":
        assert e.actor2 == actor2
    if place != "*":
        assert (e.location.name if e.location else None) == place
    assert e.status.value == status


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text: str) -> None:
    assert [e.sub_event_type.value for e in events_of(text)] == []


def test_the_capital_is_the_article_countrys() -> None:
    events = events_of(
        "Forces loyal to the Government of National Accord captured a stronghold near the capital on Friday."
    )
    (e,) = [e for e in events if e.sub_event_type.value == "Government regains territory"]
    assert e.location is not None and (e.location.name, e.location.country, e.location.geo_precision) == (
        "Tripoli",
        "Libya",
        2,
    )


def test_a_named_base_beats_the_sea_it_was_shot_from() -> None:
    events = events_of(
        "The United States fired 59 cruise missiles from two warships in the Mediterranean at the Shayrat air base in Syria."
    )
    (e,) = events
    assert e.location is not None and e.location.name == "Shayrat" and e.location.country == "Syria"


def test_a_town_retaken_after_it_was_lost() -> None:
    events = events_of(
        "Government troops retook the town of Saraqib on Monday, days after losing it to rebels.",
    )
    got = sorted((e.sub_event_type.value, e.actor1) for e in events)
    assert got == [
        ("Government regains territory", "Military Forces of Syria (2000-)"),
        ("Non-state actor overtakes territory", "Rebel Forces (Syria)"),
    ]
    assert all(e.location is not None and e.location.name == "Saraqib" for e in events)
