"""An agreement is one event however often it is named: "the truce" told again (by whoever announced
it) is the deal just told. A truce sought, proposed or pressed for was not reached. A second,
dated deal stays its own."""

from datetime import date

import pytest

from tests.events.helpers import events_of
from timeline import temporal
from timeline.events import extract, status
from timeline.models import Article, EventStatus, SubEventType


def _agreements(text: str) -> list[str]:
    published = date(2022, 4, 4)
    found = extract(Article(text=text, published=published, title="test"), temporal.tag(text, published))
    return [
        e.date.value
        for e in found
        if e.sub_event_type is SubEventType.AGREEMENT
        and e.status in {EventStatus.HAPPENED, EventStatus.ONGOING}
    ]


def test_the_truce_announced_again_is_the_same_deal() -> None:
    text = (
        "Armenia and Azerbaijan agreed a ceasefire on Saturday after talks in Moscow. "
        "Russian President Vladimir Putin first announced the truce on television, saying Moscow had mediated."
    )
    assert len(_agreements(text)) == 1


def test_a_second_dated_deal_stays_apart() -> None:
    text = (
        "Yemen's warring parties agreed a truce on Saturday. "
        "In 2018, the government and the Houthis signed a deal in Stockholm."
    )
    assert len(_agreements(text)) == 2


@pytest.mark.parametrize(
    "before",
    [
        "The Red Cross said it was seeking a 24-hour humanitarian ",
        "Mediators are pressing for a ",
        "Qatar proposed a three-day ",
        "The government said it would not take part in U.S.-sponsored ",
    ],
)
def test_a_truce_sought_or_refused_was_not_reached(before: str) -> None:
    assert status.status_of(before, "truce", " to deliver aid.", None) is not EventStatus.HAPPENED


@pytest.mark.parametrize(
    "before",
    [
        "The two sides reached a ",
        "Under Qatari mediation the parties signed a ",
        "Rebels and the army agreed a ",
    ],
)
def test_a_truce_reached_happened(before: str) -> None:
    assert status.status_of(before, "truce", " on Sunday.", None) is EventStatus.HAPPENED


def test_a_sought_truce_gives_no_agreement() -> None:
    text = "The International Committee of the Red Cross said it was seeking a humanitarian truce in Yemen."
    assert [e for e in events_of(text) if e.status is EventStatus.HAPPENED] == []
