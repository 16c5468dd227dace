"""Weapons named together in one attack ("air and artillery strikes", "320 rockets and drones", "drone and
missile attacks") are told by the attack's main mode, the one named first (triggers.yaml
`instrument_coordination`); weapons of separate deeds keep their own types."""

import pytest

from tests.events.helpers import events_of
from timeline.events.triggers import instruments_in
from timeline.models import SubEventType

AIR = SubEventType.AIR_DRONE_STRIKE
SHELLING = SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("air and artillery strikes", [AIR, AIR]),
        ("aerial and artillery attacks", [AIR, AIR]),
        ("artillery and air strikes", [SHELLING, SHELLING]),
        ("some 320 rockets and drones", [SHELLING, SHELLING]),
        ("drone and missile attacks", [AIR, AIR]),
        ("missiles, drones and rockets", [SHELLING, SHELLING, SHELLING]),
        ("12 missiles and 30 drones", [SHELLING, SHELLING]),
        # not joined: each keeps its type
        ("drones hit Kharkiv while artillery shelled Kupiansk", [AIR, SHELLING]),
        # "air" alone is no weapon
        ("air and ground operations", []),
        ("fired into the air and then a missile", [SHELLING]),
        ("fired into the air and rockets hit the base", [SHELLING]),
        ("the air and artillery strikes killed", [AIR, AIR]),
    ],
)
def test_instruments_named_together(text: str, expected: list[SubEventType]) -> None:
    assert [sub for _, sub in instruments_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ugandan army launched air and artillery strikes on rebel camps in North Kivu on November 30.",
            AIR.value,
        ),
        (
            "The Sudanese army carried out air and artillery strikes on RSF positions in Omdurman on Sunday.",
            AIR.value,
        ),
        (
            "Myanmar's military carried out aerial and artillery attacks on villages near Lashio on Friday.",
            AIR.value,
        ),
        (
            "The Houthis had launched missile and drone attacks on Saudi oil facilities in Jeddah last month.",
            SHELLING.value,
        ),
        ("Houthi drone and missile attacks hit an oil depot in Abu Dhabi on Monday.", AIR.value),
        ("Hezbollah launched some 320 rockets and drones at northern Israel on Sunday.", SHELLING.value),
        ("Russia launched drones and missiles at Lviv overnight.", AIR.value),
        ("The Houthis fired a barrage of missiles and drones at Eilat on Thursday.", SHELLING.value),
    ],
)
def test_attack_told_by_its_first_named_weapon(text: str, expected: str) -> None:
    types = {e.sub_event_type.value for e in events_of(text)}
    assert expected in types and not types & ({AIR.value, SHELLING.value} - {expected}), (text, types)


def test_separate_deeds_keep_their_weapons() -> None:
    types = [
        e.sub_event_type.value
        for e in events_of(
            "Hezbollah fired rockets at Kiryat Shmona and Israeli jets struck Aitaroun on Monday."
        )
    ]
    assert sorted(types) == [AIR.value, SHELLING.value]
