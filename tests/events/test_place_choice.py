"""Which place mention of a sentence locates its event."""

import pytest

from tests.events.helpers import events_of
from timeline.events.places import find_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two assailants attacked a company headquarters in Kahramankazan, outside Ankara, on Oct. 23, "
            "killing five people.",
            "Kahramankazan",
        ),
        ("Gunmen attacked a police station in Bama, 70 km from Maiduguri, killing three people.", "Bama"),
        ("Gunmen attacked a police station in Bama, near the city of Maiduguri, killing three.", "Bama"),
        ("Gunmen attacked a police station in Bama, southeast of Maiduguri, killing three.", "Bama"),
    ],
)
def test_a_place_that_says_where_the_last_one_is_does_not_locate(text: str, place: str) -> None:
    events = events_of(text)
    assert events and all(e.location is not None and e.location.name == place for e in events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: a second deed's place, a list
        ("Gunmen attacked a village in Bama, and near Maiduguri troops clashed with them.", "Maiduguri"),
    ],
)
def test_look_alikes_keep_their_place(text: str, place: str) -> None:
    assert place in {e.location.name for e in events_of(text) if e.location is not None}


LEAD = "At least 11 civilians were killed when a bus struck an explosive device in central Mali on Thursday. "


def test_a_region_level_lead_is_refined_by_the_town_of_its_retelling() -> None:
    text = LEAD + "The vehicle hit the device on the road between Bandiagara and Bankass. Nine were wounded."
    (e,) = events_of(text)
    assert e.location is not None and e.location.name == "Bandiagara"


@pytest.mark.parametrize(
    "follow",
    [
        "Bandiagara has long been a stronghold of armed groups.",  # no deed word: background
        "Gunmen attacked a checkpoint in Bandiagara on Friday.",  # its own event
        "The vehicle hit the device on the road to Niamey.",  # a town outside the lead's country
    ],
)
def test_look_alikes_do_not_refine_the_lead(follow: str) -> None:
    lead = [e for e in events_of(LEAD + follow) if e.evidence.trigger.text == "struck"]
    assert lead and lead[0].location is not None and lead[0].location.name == "central Mali"


@pytest.mark.parametrize(
    ("middle", "place"),
    [
        ("Forty-two wounded were taken to hospitals in Maiduguri, the state capital.", "Gwoza"),
        ('"Nobody came," a resident who fled to Maiduguri said.', "Gwoza"),
        ("Residents were evacuated to Maiduguri overnight.", "Gwoza"),
        # look-alike: the story moves on to another town
        ("Many of the survivors live in Bama.", "Bama"),
    ],
)
def test_where_people_went_does_not_become_the_story_place(middle: str, place: str) -> None:
    text = (
        "Suicide bombers struck a wedding in the town of Gwoza on Saturday, killing 18 people. "
        + middle
        + " Late on Saturday, militants also attacked a security post on the outskirts of the town."
    )
    (last,) = [e for e in events_of(text) if e.evidence.trigger.text == "attacked"]
    assert last.location is not None and last.location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government troops attacked opposition positions in the Jebel and Gudele neighbourhoods in "
            "western Juba. Army helicopter gunships struck the cantonment site in Jebel.",
            "Juba",
        ),
        (
            "A bomb exploded near a mosque in the Shuhada neighbourhood in southern Fallujah, killing three.",
            "Fallujah",
        ),
        (
            "Fighting raged in Kabul on Sunday. A bomb exploded in the Sherpur neighborhood, killing three.",
            "Kabul",
        ),
        (
            "Fighting raged in Tripoli. Gunmen attacked a checkpoint in the Hadba district in central Tripoli.",
            "Tripoli",
        ),
    ],
)
def test_a_neighbourhood_is_no_place_of_its_own(text: str, place: str) -> None:
    events = events_of(text)
    assert events and all(e.location is not None and e.location.name == place for e in events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: a district named bare is a place; "the suburb of X" names X
        ("Militants attacked a village in Chiure district, beheading several people.", "Chiure"),
        (
            "Libyan National Army jets struck a military academy in the Tripoli suburb of Tajoura.",
            "Tajoura",
        ),
    ],
)
def test_districts_named_bare_stay_places(text: str, place: str) -> None:
    assert place in {e.location.name for e in events_of(text) if e.location is not None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fallujah, 50km west of Baghdad, was the first city to slip from government control when Isis "
            "fighters overran it in January 2014, six months before the group swept through Mosul.",
            "Fallujah",
        ),
        (
            "Marawi fell quiet on Tuesday, five months after Maute gunmen stormed it, and troops entered Iligan.",
            "Marawi",
        ),
    ],
)
def test_it_after_a_deed_is_the_place_named_before(text: str, place: str) -> None:
    first = min(events_of(text), key=lambda e: e.evidence.start)
    assert first.location is not None and first.location.name.startswith(place)  # "Marawi City"


def test_look_alike_a_place_after_the_deed_stays_its_place() -> None:
    # no "it": the town after the verb is the one taken
    text = "Fallujah, 50km west of Baghdad, was quiet when Isis fighters overran Ramadi in May 2015."
    assert {e.location.name for e in events_of(text) if e.location is not None} == {"Ramadi"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a capital named after "the ... capital" is that capital, not the article country's
        (
            "BAKU, Oct 11 (Reuters) - Azerbaijani troops shelled Ganja. "
            "Russian troops entered the Kyrgyz capital Bishkek in May 1994.",
            "Bishkek",
        ),
        # look-alike: "the capital" alone is the article country's
        (
            "KABUL (Reuters) - Taliban fighters stormed Ghazni. Taliban fighters then entered the capital.",
            "Kabul",
        ),
    ],
)
def test_the_capital_followed_by_its_name(text: str, place: str) -> None:
    events = events_of(text)
    assert events[-1].location is not None and events[-1].location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the <adjective/state> capital", "<State>'s capital": that state's capital, not the article's
        (
            "SANAA (Reuters) - Houthi fighters clashed with troops in Marib. "
            "The Houthis launched drones at the UAE capital, officials said.",
            "Abu Dhabi",
        ),
        (
            "ABU DHABI (Reuters) - Houthi drones struck Dubai. "
            "Coalition aircraft then bombed the Yemeni capital on Tuesday.",
            "Sanaa",
        ),
        (
            "JERUSALEM (Reuters) - Rockets hit Haifa. Israeli jets then struck Lebanon's capital overnight.",
            "Beirut",
        ),
        (
            "MOSCOW (Reuters) - Russian forces shelled Kharkiv. Russian drones then struck the Ukrainian capital.",
            "Kyiv",
        ),
        # look-alike: the article country's own adjective is its own capital
        (
            "KABUL (Reuters) - Taliban fighters stormed Ghazni. Taliban fighters then entered the Afghan capital.",
            "Kabul",
        ),
    ],
)
def test_a_state_named_capital_is_that_states(text: str, place: str) -> None:
    events = events_of(text)
    assert events[-1].location is not None and events[-1].location.name == place


def test_a_passive_agreement_takes_the_parties_named_nearby() -> None:
    (e,) = [
        e
        for e in events_of(
            "The ceasefire was agreed in Moscow on Saturday after talks between the foreign ministers of "
            "Armenia and Azerbaijan."
        )
        if e.sub_event_type.value == "Agreement"
    ]
    assert e.location is not None and e.location.name == "Moscow"
    assert e.actor1 in {"Government of Armenia (2018-)", "Government of Azerbaijan (2003-)"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a named landmark or base the gazetteer lacks is the place, not the county around it
        (
            "Al-Shabab fighters attacked the Manda Bay Airfield, in Lamu County near the Somali border, on Sunday.",
            "Manda Bay",
        ),
        (
            "Boko Haram fighters attacked a base on the Bohoma peninsula on Monday, killing 98 soldiers.",
            "Bohoma",
        ),
        # "the X suburb of Y": the suburb Y, not the city X
        (
            "In July, an air strike on a detention center in the Tripoli suburb of Tajoura killed 53 people.",
            "Tajoura",
        ),
        # look-alikes: a district "of" a city named bare, and a named air base, keep their places
        ("Gunmen attacked a police station in the Tripoli district of Ain Zara on Monday.", "Ain Zara"),
        ("Rebels attacked the Shayrat air base on Monday.", "Shayrat"),
    ],
)
def test_named_landmarks_and_suburbs_are_places(text: str, place: str) -> None:
    events = events_of(text)
    assert events and events[0].location is not None and events[0].location.name == place


def test_look_alike_a_city_before_a_suburb_alone_is_the_place() -> None:
    (e,) = events_of(
        "An air strike hit a detention center in the Tripoli suburbs on Monday, killing 53 people."
    )
    assert e.location is not None and e.location.name == "Tripoli"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a ceasefire told without a place in a story about the capital is the capital's (a market
        # named in passing is no town the story moves to)
        (
            "JUBA (Reuters) - Fighting raged in Juba on Sunday, killing 30 people. Shops reopened in "
            "Konyokonyo market. South Sudan's President Salva Kiir announced a unilateral ceasefire on Monday.",
            "Juba",
        ),
        # look-alike: in a story about another town it stays the country's
        (
            "Fighting raged in Malakal on Sunday, killing 30 people. South Sudan's President Salva Kiir "
            "announced a unilateral ceasefire on Monday.",
            "South Sudan",
        ),
    ],
)
def test_a_placeless_agreement_is_the_capitals_when_the_story_is_there(text: str, place: str) -> None:
    (e,) = [e for e in events_of(text) if e.sub_event_type.value == "Agreement"]
    assert e.location is not None and e.location.name == place


def test_a_site_named_in_passing_is_no_town() -> None:
    assert [p.text for p in find_places("Shops reopened in Konyokonyo market on Monday.")] == []
    # look-alike: a town named bare stays a place
    assert [p.text for p in find_places("Gunmen attacked a school in Jangebe on Friday.")] == ["Jangebe"]


_MARAWI = "Troops fought militants in Marawi on Monday. On Tuesday, troops raided a house in {}. On Friday, an army jet dropped a bomb, killing ten soldiers."


@pytest.mark.parametrize(
    ("where", "place"),
    [
        # "the city's X district": a part of the story's town, not the place later deeds take
        ("the city's Basak Malutlut district", "Marawi City"),
        # look-alike: a district named bare is a place of its own
        ("Basak Malutlut district", "Basak Malutlut"),
    ],
)
def test_a_district_of_the_city_is_no_story_place(where: str, place: str) -> None:
    events = events_of(_MARAWI.format(where))
    assert events[-1].location is not None and events[-1].location.name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli jets struck dozens of targets in southern Lebanon on Sunday.", "southern Lebanon"),
        ("Hezbollah fired hundreds of rockets at northern Israel on Sunday.", "northern Israel"),
        (
            "Russian forces shelled villages in eastern Ukraine on Monday, killing two people.",
            "eastern Ukraine",
        ),
        # look-alikes: a side of two countries at once is each country; a town in the side is the town
        ("Turkish jets struck PKK targets in northern Iraq and Syria on Sunday.", "Iraq"),
        ("Turkish warplanes struck militant bases in northern Syria and northern Iraq overnight.", "Syria"),
        ("Israeli jets struck a house in Nabatieh in southern Lebanon on Sunday.", "Nabatieh"),
    ],
)
def test_a_side_of_a_country_is_a_region_of_it(text: str, place: str) -> None:
    assert place in {e.location.name for e in events_of(text) if e.location is not None}


def test_a_side_of_a_country_is_refined_by_the_town_of_the_next_sentence() -> None:
    text = (
        "Turkish jets struck Kurdish fighters in northern Syria on Saturday. "
        "The strikes hit villages near Kobani, the Kurdish-led forces said."
    )
    assert {e.location.name for e in events_of(text) if e.location is not None} == {"Kobani"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Gunmen stopped a bus in Lamu County on Thursday and shot dead three people.",
            "Lamu County",
            "region",
        ),
        ("Gunmen attacked a village in Kano State on Thursday.", "Kano State", "region"),
        # look-alikes: the region the gazetteer has keeps its own name; a group named like a state is none
        ("Militants attacked a checkpoint in Borno State on Thursday.", "Borno Province", "region"),
        ("Gunmen attacked a village in Lamu on Thursday.", "Lamu", "city"),
    ],
)
def test_a_town_before_a_region_word_names_the_region(text: str, name: str, kind: str) -> None:
    (place,) = [p for p in find_places(text) if p.candidates[0].kind != "country"]
    assert (place.candidates[0].name, place.candidates[0].kind) == (name, kind)
    assert place.geo_precision == (3 if kind == "region" else 1)


def test_a_place_in_a_county_is_the_place() -> None:
    text = "Suspected al-Shabab gunmen stopped a passenger bus near Nyongoro in Lamu County and shot dead three people."
    assert {e.location.name for e in events_of(text) if e.location is not None} == {"Nyongoro"}


def test_a_state_named_group_is_no_region() -> None:
    assert not find_places("Fighters of the Islamic State attacked the army on Thursday.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place that only says where another is does not become the story's place
        (
            "Fighters took the town of Tabqa and the dam, Syria's largest, about 40 km (25 miles) west of Raqqa. "
            "The SDF launched its assault on the area in March.",
            "Tabqa",
        ),
        (
            "Gunmen took Bama, which lies 70 km from Maiduguri. Troops launched an assault on the area in March.",
            "Bama",
        ),
    ],
)
def test_a_reference_point_is_not_the_storys_place(text: str, place: str) -> None:
    last = max(events_of(text), key=lambda e: e.evidence.start)
    assert last.location is not None and last.location.name.endswith(place)  # "Al-Tabqa"


def test_look_alike_a_town_named_plainly_becomes_the_storys_place() -> None:
    text = "Fighters took the town of Tabqa. Troops then moved on Raqqa. They launched an assault on the area."
    last = max(events_of(text), key=lambda e: e.evidence.start)
    assert last.location is not None and last.location.name == "Raqqa"


def test_a_district_is_a_part_of_the_town_the_sentence_names() -> None:
    text = (
        "An air strike killed 33 people in the village of al-Mansoura, west of Raqqa, on March 21. "
        "In Raqqa itself, air strikes overnight killed at least 12 civilians in the al-Dariya district."
    )
    last = max(events_of(text), key=lambda e: e.evidence.start)
    assert last.location is not None and last.location.name == "Raqqa"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Hundreds of pagers exploded across Lebanon on Tuesday. Iran's ambassador to Lebanon was hurt. "
            "In neighboring Syria, pagers also exploded in the Damascus area, wounding 14 people.",
            "Damascus",
        ),
        (
            "A car bomb exploded in Iraq on Monday. A second bomb went off in the Mosul area, killing four.",
            "Mosul",
        ),
    ],
)
def test_the_named_town_area_is_no_anaphor(text: str, place: str) -> None:
    """"the Damascus area" names its town; only "the area" / "the UN compound" point back."""
    assert place in {e.location.name for e in events_of(text) if e.location is not None}


def test_the_acronym_compound_still_points_back() -> None:
    text = (
        "Fighting broke out in Juba on Sunday. Shells landed inside the UN compound in South Sudan, "
        "killing two peacekeepers."
    )
    assert "Juba" in {e.location.name for e in events_of(text) if e.location is not None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an apposition describes the town just named: no pointer back to the story's town
        (
            "M23 fighters paraded through Bukavu on Sunday. The advance came weeks after the M23 captured "
            "Goma, the main city in North Kivu province.",
            "Goma",
        ),
        # look-alike: a pointer back without the apposition
        ("M23 fighters attacked Bukavu on Friday. On Sunday they captured the town.", "Bukavu"),
    ],
)
def test_an_apposition_is_no_anaphor(text: str, place: str) -> None:
    assert place in {e.location.name for e in events_of(text) if e.location is not None}


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        # "N miles northwest of the port of X": near X, as "of the town of X" is
        ("The ship was attacked about 50 nautical miles northwest of the port of Hodeidah.", 2),
        # look-alike: the port itself
        ("Israeli warplanes struck the port of Hodeidah on Monday.", 1),
    ],
)
def test_a_distance_from_a_port_is_near_it(text: str, precision: int) -> None:
    (mention,) = [m for m in find_places(text) if m.text == "Hodeidah"]
    assert mention.geo_precision == precision
