"""Background that only describes or sums up is no event: a group's habits told in a present
relative clause ("gangs, who loot farms and abduct travellers"), a count or trend of many events
("the number of attacks has fallen", "a surge in drone strikes"), a span summed up in the perfect
("clashes have continued"). Deeds told in the past stay events."""

import pytest

from tests.events.helpers import events_of
from timeline.events import status
from timeline.models import EventStatus, SubEventType


def _kinds(text: str) -> list[SubEventType]:
    return [
        e.sub_event_type for e in events_of(text) if e.status in {EventStatus.HAPPENED, EventStatus.ONGOING}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The region is plagued by armed gangs, who abduct travellers on the highways and loot farms.",
        "Police are hunting militants who attack convoys on the road to Gao.",
        "The army faces jihadist groups that routinely ambush patrols near the border.",
        "Pirates, who hijack merchant ships and kidnap their crews for ransom, operate off the coast.",
    ],
)
def test_a_present_relative_clause_describes_a_group(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who attacked a convoy near Gao on Monday killed four soldiers.",
        "Rebels, who kidnapped 40 students in Kagara last week, released them on Sunday.",
        "Militants who stormed a police station in Kano on Friday freed dozens of inmates.",
    ],
)
def test_a_past_relative_clause_tells_a_deed(text: str) -> None:
    assert _kinds(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The number of attacks in the province has fallen since the spring.",
        "Officials reported a sharp rise in drone strikes across the region.",
        "The talks come amid a surge in rocket attacks on the capital.",
        "Aid groups warned of an increase in kidnappings along the highway.",
    ],
)
def test_a_count_or_trend_is_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting has dragged on in the hills around the town.",
        "Clashes between the two militias have continued in the south.",
        "Attacks by armed groups on displacement camps have never stopped.",
        "Shelling around the airport never stopped, even as the truce held elsewhere.",
    ],
)
def test_a_span_summed_up_in_the_perfect_is_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber attacked a market in Maiduguri on Monday, killing six people.",
        "Fighting continued in Bakhmut on Tuesday, the governor said.",
        "Rebels attacked an army base in Kidal on Sunday, killing nine soldiers.",
    ],
)
def test_one_deed_told_plainly_stays(text: str) -> None:
    assert _kinds(text) != []


@pytest.mark.parametrize(
    "text",
    [
        'Russian drones have hit Ukraine for months. "We know that power plants in Kharkiv are targets," the engineer said.',
        "Hospitals in El Fasher remain a frequent target, the agency said.",
        "Officials in Kismayo believe the bombing is linked to a land dispute.",
        "Analysts in Kabul say the attack is seen as a message to the government.",
    ],
)
def test_what_something_is_or_talk_about_a_deed_is_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces are attacking Avdiivka from three sides, the governor said.",
        "A car bomb killed 12 people at a market in Kismayo on Friday.",
    ],
)
def test_a_progressive_or_a_told_deed_stays(text: str) -> None:
    assert _kinds(text) != []


def test_talk_about_a_told_deed_adds_no_event_elsewhere() -> None:
    text = (
        "Al-Shabaab fighters attacked an army base in Beledweyne on Monday, killing eight soldiers. "
        "Officials say the attack is linked to recent militant setbacks in Hiraan province."
    )
    places = [e.location.name for e in events_of(text) if e.location]
    assert all("Hiraan" not in p for p in places)


def test_targets_named_in_a_quote_are_no_strike() -> None:
    text = (
        "Ukraine's drone makers have moved their workshops underground. "
        '"We know that factories in Lviv are targets," the manager said.'
    )
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("before", "trigger", "after", "expected"),
    [
        ('"We know that factories are ', "targets", '," he said.', True),
        ("Kharkiv remains a frequent ", "target", " of Russian missiles.", True),
        ("Officials say the ", "attack", " is linked to militant setbacks in the south.", True),
        ("Analysts say the ", "bombing", " is seen as a message to Kabul.", True),
        ("Russian forces are ", "attacking", " Avdiivka from three sides.", False),  # a progressive
        ("The ", "attack", " killed 12 people on Friday.", False),
        ("Officials say the ", "attack", " was carried out by two gunmen.", False),
    ],
)
def test_characterising_clauses(before: str, trigger: str, after: str, expected: bool) -> None:
    assert status.habitual(before, after, after, trigger, before) is expected


@pytest.mark.parametrize(
    ("before", "trigger", "after", "expected"),
    [
        ("", "Fighting", " around the town never stopped, even as the truce held.", True),
        ("", "Clashes", " in the north have never ceased.", True),
        ("", "Fighting", " stopped on Tuesday when the rebels withdrew.", False),
    ],
)
def test_a_span_told_as_one(before: str, trigger: str, after: str, expected: bool) -> None:
    assert status.habitual(before, after, after, trigger, before) is expected


@pytest.mark.parametrize(
    ("before", "trigger", "after", "expected"),
    [
        ("The girls were freed in exchange for ", "detained", " militant commanders.", True),
        ("Families of the ", "kidnapped", " students protested.", True),
        ("Shelling hit the ", "besieged", " town of Avdiivka.", True),
        ("Police ", "detained", " 40 people in Kano on Monday.", False),
        ("Gunmen ", "kidnapped", " students from a school.", False),
        ("Five people were ", "kidnapped", " in Kaduna.", False),
    ],
)
def test_a_participle_before_its_noun_tells_no_deed(
    before: str, trigger: str, after: str, expected: bool
) -> None:
    assert status.habitual(before, after, after, trigger, before) is expected


@pytest.mark.parametrize(
    ("sentence_before", "trigger", "rest", "expected"),
    [
        ("The ", "bombing", "", True),  # a sub-heading
        ("The ", "air strikes", "", True),
        ("The ", "attack", " killed 40 people.", False),
        ("Gunmen kill 132 in Burkina Faso village ", "raid", "", False),  # a headline tells a deed
    ],
)
def test_a_sub_heading_is_no_event(sentence_before: str, trigger: str, rest: str, expected: bool) -> None:
    assert status.habitual(sentence_before, rest, rest, trigger, sentence_before) is expected
