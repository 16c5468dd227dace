"""ACLED codes one event per deed: a storming or raid that names no armed side against its doer is
the manner of the abduction, bombing or killing told with it at that place and time, not an armed
clash of its own. A fight with an armed opponent, or a deed at another place or time, stays apart."""

from datetime import date

from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, EventStatus, SubEventType


def _events(text: str, published: date = date(2021, 3, 5)) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    found = extract(article, temporal.tag(text, published))
    return [e for e in found if e.status in {EventStatus.HAPPENED, EventStatus.ONGOING}]


def _kinds(text: str) -> list[SubEventType]:
    return [e.sub_event_type for e in _events(text)]


def test_storming_a_school_to_abduct_pupils_is_the_abduction() -> None:
    text = (
        "Gunmen stormed a boarding school in Kagara on Wednesday night. "
        "They kidnapped 27 pupils and three teachers from the school in Kagara on Wednesday, police said."
    )
    kinds = _kinds(text)
    assert SubEventType.ABDUCTION in kinds
    assert SubEventType.ARMED_CLASH not in kinds


def test_storming_after_a_suicide_bomber_is_the_bombing() -> None:
    text = (
        "On Tuesday, al-Shabaab fighters stormed a hotel in Kismayo after a suicide bomber "
        "blew himself up at the gate, killing 12 people."
    )
    kinds = _kinds(text)
    assert SubEventType.SUICIDE_BOMB in kinds
    assert SubEventType.ARMED_CLASH not in kinds


def test_the_abduction_takes_the_stormings_day() -> None:
    text = (
        "Boko Haram fighters stormed a girls' school in Jangebe on Friday, February 26. "
        "In February, Boko Haram abducted 279 schoolgirls from Jangebe, the police said."
    )
    abductions = [e for e in _events(text) if e.sub_event_type is SubEventType.ABDUCTION]
    assert abductions and abductions[0].date.value.startswith("2021-02-26")


def test_a_clash_with_an_armed_opponent_stays_beside_the_abduction() -> None:
    text = (
        "Gunmen clashed with police in Kaura Namoda on Monday and kidnapped 20 travellers there, "
        "officials said."
    )
    kinds = _kinds(text)
    assert SubEventType.ARMED_CLASH in kinds


def test_a_storming_elsewhere_stays_apart() -> None:
    text = (
        "On Monday, militants stormed a police post in Damboa. "
        "On Thursday, militants abducted 12 farmers near Konduga."
    )
    kinds = _kinds(text)
    assert SubEventType.ABDUCTION in kinds
    assert SubEventType.ARMED_CLASH in kinds


def test_a_raid_told_with_also_is_a_deed_of_its_own() -> None:
    text = (
        "Suicide bombers struck a market in Konduga on Saturday, killing 9 people. "
        "Late on Saturday, jihadists also attacked a checkpoint in Konduga."
    )
    kinds = _kinds(text)
    assert SubEventType.SUICIDE_BOMB in kinds
    assert SubEventType.ARMED_CLASH in kinds


def test_the_fighting_that_erupted_when_missiles_were_fired_is_the_strike() -> None:
    text = (
        "The fighting erupted on Monday when Russian forces fired rockets at Vuhledar, killing three people."
    )
    kinds = _kinds(text)
    assert SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK in kinds
    assert SubEventType.ARMED_CLASH not in kinds


def test_a_gunbattle_beside_a_bombing_told_in_passing_stays() -> None:
    text = (
        "On Monday, two soldiers and a militant said to have planned the bombing were killed "
        "in a gunbattle in Pulwama."
    )
    assert SubEventType.ARMED_CLASH in _kinds(text)


def test_the_deadliest_attack_framing_a_massacre_is_the_massacre() -> None:
    text = (
        "In the deadliest single attack in the region this year, ISWAP fighters killed 48 farmers "
        "in the village of Koshobe on Saturday."
    )
    kinds = _kinds(text)
    assert SubEventType.ATTACK in kinds
    assert SubEventType.ARMED_CLASH not in kinds


def test_a_sit_in_broken_up_with_tear_gas_is_one_event() -> None:
    text = (
        "Riot police fired tear gas on Tuesday in Lahore. "
        "Police used tear gas and batons to break up a sit-in by students in Karachi on May 3."
    )
    karachi = [e for e in _events(text) if e.location and e.location.name == "Karachi"]
    assert [e.sub_event_type for e in karachi] != [] and SubEventType.PEACEFUL_PROTEST not in [
        e.sub_event_type for e in karachi
    ]


def test_a_peaceful_march_elsewhere_stays() -> None:
    text = (
        "Police fired tear gas at protesters in Lahore on Monday. "
        "On Tuesday, thousands marched peacefully through Karachi."
    )
    assert SubEventType.PEACEFUL_PROTEST in _kinds(text)


def test_a_second_bomber_minutes_later_in_the_same_town_is_the_same_event() -> None:
    text = (
        "Three women suicide bombers struck Konduga on Saturday. The first bomber detonated her explosives "
        "at a wedding at about 3 p.m., officials said. Minutes later, a second woman blew herself up near "
        "the town's main hospital."
    )
    triggers = [
        e.evidence.trigger.text for e in _events(text) if e.sub_event_type is SubEventType.SUICIDE_BOMB
    ]
    assert "blew herself up" not in triggers


def test_a_second_bomb_in_a_named_district_stays_its_own_event() -> None:
    text = (
        "A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing nine people. "
        "An hour later, a second car bomb exploded in the Hodan district, killing two."
    )
    assert _kinds(text).count(SubEventType.REMOTE_EXPLOSIVE) == 2


def test_a_second_bombing_on_another_day_stays_its_own_event() -> None:
    text = (
        "A suicide bomber blew himself up at a market in Konduga on Saturday. "
        "On Monday, a second bomber blew himself up in Konduga."
    )
    assert _kinds(text).count(SubEventType.SUICIDE_BOMB) == 2


def test_three_bombers_in_one_town_on_one_day_are_one_event() -> None:
    text = (
        "Three women suicide bombers struck Konduga on Saturday. The first bomber detonated her explosives "
        "at a wedding at about 3 p.m., officials said. Minutes later, a second woman blew herself up near "
        "the town's main hospital."
    )
    assert _kinds(text).count(SubEventType.SUICIDE_BOMB) == 1


def test_the_first_bomber_on_another_day_stays_apart() -> None:
    text = (
        "A suicide bomber blew himself up at a market in Konduga on Saturday. "
        "On Monday, the first of two bombers blew himself up at a mosque."
    )
    assert _kinds(text).count(SubEventType.SUICIDE_BOMB) == 2
