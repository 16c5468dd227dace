import pytest

from tests.events.helpers import events_of
from timeline.events.casualties import fatalities_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian warplanes bombed the town on Monday, killing at least nine civilians, rescuers said.", 9),
        ("At least 12 people were killed when a car bomb exploded in Kabul.", 12),
        (
            "A suicide bomber struck crowds outside Kabul airport, "
            "killing at least 60 Afghans and 13 US troops.",
            73,
        ),
        ("The attack killed 42 soldiers and wounded 20 others.", 42),
        ("Five people were wounded in the blast.", None),
        ("Gunmen killed three villagers.", 3),
        ("The death toll rose to 1,200 on Sunday.", 1200),
        ("Dozens of people were killed.", None),
        ("Two bombers targeted troops on Monday, killing one soldier and wounding several others.", 1),
        ("A suicide bomber killed 14 on Sunday evening, an official said.", 14),
    ],
)
def test_fatalities(sentence: str, expected: int | None) -> None:
    assert fatalities_in(sentence) == expected


def test_event_carries_its_fatalities() -> None:
    (e,) = events_of("Russian jets bombed Maarat al-Numan on Monday, killing at least nine civilians.")
    assert e.fatalities == 9
    events = events_of("Russia and Turkey agreed to a ceasefire in Idlib after 33 soldiers were killed.")
    (agreement,) = [e for e in events if e.sub_event_type.value == "Agreement"]
    assert agreement.fatalities is None
