"""ACLED codes a protest or riot with the demonstrators as actor1 and whoever intervened as actor2,
whichever of them the sentence makes its subject; excessive force keeps the force as actor1."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Security forces fired tear gas at protesters in Baghdad on Friday.",
            "Protesters (Iraq)",
            "Military Forces of Iraq (2020-)",
        ),
        (
            "Police used water cannon to disperse demonstrators in Nairobi on Tuesday.",
            "Protesters (Kenya)",
            "Police Forces of Kenya (2013-)",
        ),
        (
            "Troops fired warning shots to disperse protesters in Mandalay on Saturday.",
            "Protesters (Myanmar)",
            "Military Forces of Myanmar (2016-)",
        ),
    ],
)
def test_demonstrators_are_actor1(text: str, actor1: str, actor2: str) -> None:
    (e,) = [e for e in events_of(text) if e.event_type.value in ("Protests", "Riots")]
    assert (e.actor1, e.actor2) == (actor1, actor2)
    assert e.inter1 == 6 and e.inter2 == 1


def test_unnamed_demonstrators_are_the_countrys_protesters() -> None:
    (e,) = events_of("Police in Lagos fired tear gas to break up a protest by hundreds of traders on Monday.")
    assert e.sub_event_type.value == "Protest with intervention"
    assert (e.actor1, e.inter1) == ("Protesters (Nigeria)", 6)
    assert (e.actor2, e.inter2) == ("Police Forces of Nigeria (2015-)", 1)


def test_excessive_force_keeps_the_force_as_actor1() -> None:
    (e,) = events_of("Soldiers opened fire on protesters in Khartoum on Thursday, killing nine.")
    assert e.sub_event_type.value == "Excessive force against protesters"
    assert e.actor1 == "Military Forces of Sudan (2019-)" and e.actor2 == "Protesters (Sudan)"


def test_other_events_keep_their_roles() -> None:
    (e,) = events_of("Islamic State militants attacked an army checkpoint near Kirkuk on Monday.")
    assert e.actor1 == "Islamic State"
