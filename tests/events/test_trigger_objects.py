"""A trigger's object decides what kind of deed it tells (triggers.yaml `veto_object`): people, vessels,
goods or a stretch of time taken or entered are no territory taken; shots into the air and a launched
review are no strike. Places taken stay places taken, whatever else the sentence holds."""

import pytest

from tests.events.helpers import events_of

TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
REMOTE = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _types(text: str) -> set[str]:
    return {e.sub_event_type.value for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # people taken: prisoners of a battle, hostages, captives
        "ISIS militants captured dozens of Kurdish fighters near Kobani on Tuesday.",
        "Ukrainian forces captured about 200 Russian soldiers near Kursk last week.",
        "The RSF said it had captured more than 300 army troops in El Fasher.",
        "M23 rebels seized two UN peacekeepers near Goma on Friday.",
        "Hamas-led militants returned to Gaza on Oct. 7, taking 251 hostages with them.",
        "The Ukrainian army said it had captured two Russian pilots near Kharkiv.",
        # goods
        "The army seized large quantities of weapons and ammunition in Kidal.",
        "Police seized 2 tonnes of cocaine in Guayaquil on Tuesday.",
        "Al-Shabaab militants seized a truck carrying food aid near Baidoa on Sunday.",
        "RSF fighters seized an aid convoy near El Fasher on Tuesday.",
        "Houthi rebels seized food aid in Sanaa, the WFP said.",
        # time, phases
        "The war in Ukraine entered its fourth year on Monday.",
        "The siege of El Fasher by the RSF entered its second year in May.",
        "The offensive on Kursk entered a new phase on Tuesday, Russian troops said.",
        # people carried off
        "The Houthis said they had taken them to a safe place in Hodeidah and given them medical care.",
        # people who came in to see
        "A journalist who entered Mariupol on Friday described streets lined with burned-out tanks.",
        "Aid workers who entered Khan Younis on Monday found hospitals without fuel, the UN said.",
    ],
)
def test_no_territory_taken(text: str) -> None:
    assert not _types(text) & TERRITORY, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab militants captured the town of Mahaday on Wednesday after government troops withdrew.",
            "Non-state actor overtakes territory",
        ),
        (
            "Russian troops took the village of Krasnohorivka on Sunday.",
            "Non-state actor overtakes territory",
        ),
        ("M23 rebels seized Goma airport on Monday.", "Non-state actor overtakes territory"),
        ("RSF fighters seized the town of Tawila near El Fasher on Tuesday.", "Non-state actor overtakes territory"),
        # people named after the place: the place is still taken
        (
            "Islamic State fighters took control of Palmyra, capturing dozens of soldiers.",
            "Non-state actor overtakes territory",
        ),
        (
            "The Taliban captured Ghazni on Thursday, taking hundreds of government soldiers prisoner.",
            "Non-state actor overtakes territory",
        ),
        # a date after the verb is no object
        (
            "The army had advanced on Kidal from the town of Anefis, which it captured last month.",
            "Government regains territory",
        ),
        # a noun that only modifies the head: "the weapons depot" is a place
        (
            "Russian forces seized the weapons depot in Balakliia on Friday.",
            "Non-state actor overtakes territory",
        ),
        ("Azerbaijani forces entered Shusha on Sunday.", "Government regains territory"),
        ("Syrian rebels entered Hama on Thursday.", "Non-state actor overtakes territory"),
    ],
)
def test_places_still_taken(text: str, expected: str) -> None:
    assert expected in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis seized the UAE-flagged cargo ship Rwabee off the Red Sea port of Hodeidah on Monday.",
        "Somali gunmen hijacked a fishing dhow off Eyl on Wednesday.",
        "Iran's Revolutionary Guards seized a Greek tanker off the port of Bandar Abbas on Wednesday.",
    ],
)
def test_a_ship_seized_is_property_seized(text: str) -> None:
    types = _types(text)
    assert "Looting/property destruction" in types
    assert not types & TERRITORY


def test_a_ship_seized_with_its_crew_held_is_an_abduction() -> None:
    assert _types("Gunmen seized the tanker and its 20 crew off Eyl on Monday.") == {
        "Abduction/forced disappearance"
    }
    types = _types(
        "Houthi rebels seized a cargo ship in the southern Red Sea and took its 25 crew members hostage on Sunday."
    )
    assert types == {"Abduction/forced disappearance"}


@pytest.mark.parametrize(
    "text",
    [
        "Wagner fighters fired their weapons into the air in Bamako to celebrate the coup.",
        "Hamas gunmen fired shots into the air in Gaza City during the hostage handover.",
        "Masked men jumped from a helicopter onto the deck in the Red Sea, firing weapons into the air as they went.",
        "Taliban fighters fired their guns into the air in Kabul as the last US jets left.",
    ],
)
def test_fire_into_the_air_is_no_strike(text: str) -> None:
    assert not _types(text) & REMOTE, text


@pytest.mark.parametrize(
    "text",
    [
        "Washington said it had launched an immediate review of its support for the coalition's jets in Riyadh.",
        "Pakistan launched a manhunt in Bannu for the men who smuggled the rockets into the city.",
        "Kenya launched an inquiry in Nairobi into the sale of drones to the militia.",
        # a quoted object
        'Washington, which refuels coalition jets, said it had launched an "immediate review" in Riyadh.',
        # an offensive or operation launched is no weapon fired
        "Haftar's forces launched an offensive on Tripoli in April 2019 with the support of foreign drones.",
        "Ethiopian troops launched an operation against Fano in Amhara in August, with drones circling overhead.",
    ],
)
def test_launched_review_is_no_strike(text: str) -> None:
    assert not _types(text) & REMOTE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces fired missiles at Odesa on Monday.", "Shelling/artillery/missile attack"),
        ("Houthi rebels launched drones at Eilat on Tuesday.", "Air/drone strike"),
        (
            "Hezbollah launched a barrage of rockets at Kiryat Shmona on Sunday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_weapons_fired_are_still_strikes(text: str, expected: str) -> None:
    assert expected in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive on Kidal with air strikes on Sunday.",
        "Israel launched a military operation in Jenin with drone strikes on Monday.",
        "Turkey launched its offensive, dubbed Operation Olive Branch, on 20 January with air strikes on YPG positions in Afrin.",
    ],
)
def test_strikes_opening_an_offensive_are_strikes(text: str) -> None:
    events = events_of(text)
    assert [e.sub_event_type.value for e in events] == ["Air/drone strike"], text
    assert events[0].evidence.trigger.text == "strikes"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fuel trucks were destroyed by anti-tank missiles near Marib, officials in Marib said.",
        "Two militia pickups were destroyed with guided missiles outside Tripoli on Sunday.",
    ],
)
def test_destroyed_by_a_weapon_is_no_weapon_stopped(text: str) -> None:
    assert "Disrupted weapons use" not in _types(text), text


def test_weapons_stopped_are_still_disrupted() -> None:
    assert "Disrupted weapons use" in _types(
        "Ukrainian air defences destroyed 30 Russian drones over Kyiv overnight."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas and live rounds to break up a sit-in by opposition supporters in Nairobi on Tuesday.",
        "Soldiers fired tear gas and live ammunition at demonstrators in Khartoum on Thursday.",
    ],
)
def test_live_fire_with_tear_gas_is_excessive_force(text: str) -> None:
    assert _types(text) == {"Excessive force against protesters"}, text


def test_tear_gas_alone_is_intervention() -> None:
    assert _types("Police fired tear gas at protesters in Dhaka on Monday.") == {"Protest with intervention"}


@pytest.mark.parametrize(
    "text",
    [
        # "surrounding" as an adjective: the places around
        "The army deployed 5,000 troops to Tibu and surrounding towns on Saturday.",
        "Drones circled over Goma and the surrounding hills, residents said.",
        # "land" the noun, no landing
        "The army has relied on drones since armed groups began controlling swathes of rural land in Zamfara.",
        "Settlers seized farm land in the village of Sinjil near Ramallah, villagers said.",
    ],
)
def test_look_alike_nouns(text: str) -> None:
    types = _types(text)
    assert "Armed clash" not in types and not types & REMOTE, (text, types)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on a bus carrying pilgrims near Reasi on Sunday.", "Attack"),
        ("Militants opened fire at a minibus full of commuters outside Quetta on Tuesday.", "Attack"),
        ("Militants opened fire on an army vehicle near Kupwara on Monday.", "Armed clash"),
        ("Gunmen opened fire on a police patrol car in Peshawar on Friday.", "Armed clash"),
    ],
)
def test_fire_on_vehicles(text: str, expected: str) -> None:
    assert expected in _types(text), text


@pytest.mark.parametrize(
    "text",
    [
        "After a bombing campaign by Syrian and Russian jets, the enclave in Aleppo was cut off.",
        "Saudi Arabia's air strike campaign in Yemen drew criticism in Geneva.",
    ],
)
def test_a_campaign_of_strikes_is_no_strike(text: str) -> None:
    assert not _types(text) & REMOTE, text
