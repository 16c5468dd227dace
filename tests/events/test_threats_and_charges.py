"""A threat of further deeds is no deed; a long-standing charge of a habit is no event (status.py)."""

import pytest

from timeline.events import status
from timeline.models import EventStatus


@pytest.mark.parametrize(
    "before",
    [
        "Saree warned residents to stay away, threatening further ",
        "The group threatened new ",
        "The army warned of more ",
    ],
)
def test_a_threat_of_more_is_planned(before: str) -> None:
    assert status.status_of(before, "attacks", " if Abu Dhabi did not stop", None) is EventStatus.PLANNED


@pytest.mark.parametrize(
    "before",
    [
        "Houthi fighters threatened and ",  # threatened, then did it
        "Gunmen who had threatened the village ",
    ],
)
def test_a_threat_then_a_deed_is_a_deed(before: str) -> None:
    assert status.status_of(before, "attacked", " a base in Shabwa on Monday", None) is EventStatus.HAPPENED


@pytest.mark.parametrize(
    "before",
    [
        "Rights groups have long accused the security forces of ",
        "Activists have long blamed the militia for ",
    ],
)
def test_a_long_standing_charge_is_a_habit(before: str) -> None:
    assert status.habitual(before, " suspected separatists")


@pytest.mark.parametrize(
    "before",
    [
        "Rights groups accused the security forces of ",  # one charge about one deed
        "The army has accused the rebels of ",
    ],
)
def test_a_charge_about_one_deed_is_no_habit(before: str) -> None:
    assert not status.habitual(before, " three men in Quetta on Sunday")


@pytest.mark.parametrize(
    "before",
    [
        "hundreds marched through Saint-Marc, demanding that the government ",
        "Residents called on the army to ",
    ],
)
def test_a_demand_is_planned(before: str) -> None:
    assert (
        status.status_of(before, "send police and soldiers to", " protect the valley", None)
        is EventStatus.PLANNED
    )


def test_a_deed_after_a_demand_elsewhere_is_a_deed() -> None:
    assert (
        status.status_of("The government ", "sent police and soldiers to", " Saint-Marc", None)
        is EventStatus.HAPPENED
    )
