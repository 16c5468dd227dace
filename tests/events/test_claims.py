"""'X said it carried out …': the claim of a deed already told, or a deed of its own.

A definite or generic object ("the attack", "Saturday's bombing", "an attack") claims the deed just
told; an indefinite object naming a deed of its own ("air strikes near Qunyo Barrow") tells a new one."""

from datetime import date

import pytest

from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, SubEventType

_BOMB = "A car bomb exploded in Mogadishu on Saturday, killing 12 people. "


def _read(text: str, published: date = date(2020, 1, 5)) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    return extract(article, temporal.tag(text, published))


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. military said it carried out air strikes near Kismayo in southern Somalia.",
        "The U.S. military said it had carried out a drone strike near Kismayo on Sunday.",
        "Russia's defence ministry said it launched missile strikes on Kharkiv overnight.",
    ],
)
def test_an_indefinite_deed_said_carried_out_is_told(text: str) -> None:
    assert [e for e in _read(text) if e.location is not None], text


def test_a_new_strike_said_carried_out_the_next_day_is_not_folded_into_the_bombing() -> None:
    text = (
        "It follows a truck bombing in Mogadishu on Dec. 28 that killed at least 79 people. "
        "The U.S. military said it carried out air strikes the following day near Kismayo in southern "
        "Somalia, killing four al-Shabab fighters."
    )
    events = _read(text)
    strikes = [e for e in events if e.sub_event_type is SubEventType.AIR_DRONE_STRIKE]
    assert [(e.location.name if e.location else None, e.date.value) for e in strikes] == [
        ("Kismayo", "2019-12-29")
    ]
    bombing = next(e for e in events if e.sub_event_type is SubEventType.REMOTE_EXPLOSIVE)
    assert bombing.location is not None and bombing.location.name == "Mogadishu"


@pytest.mark.parametrize(
    "claim",
    [
        "Al Shabaab said it carried out the attack.",
        "Al Shabaab said it had carried out Saturday's bombing.",
        "Al Shabaab said it carried out an attack.",
        "Al Shabaab claimed responsibility.",
        "Al Shabaab said it was behind the blast.",
    ],
)
def test_a_claim_names_the_doer_of_the_deed_just_told(claim: str) -> None:
    events = _read(_BOMB + claim)
    assert [(e.sub_event_type, e.actor1) for e in events] == [(SubEventType.REMOTE_EXPLOSIVE, "Al Shabaab")]
