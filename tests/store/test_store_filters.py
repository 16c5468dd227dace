"""The shared EventFilter: each filter narrows, values within one filter widen."""

from __future__ import annotations

from datetime import date

import pytest
from sample_results import IS, RUSSIA, SYRIA, make_event, make_result

from timeline.models import Event, EventFilter, Grain, SubEventType
from timeline.store import Store

STRIKE = make_event("a1", 0, actor1=RUSSIA, actor2=IS, place="Palmyra", start=date(2017, 5, 31))
RETAKEN = make_event("a1", 1, SubEventType.GOVERNMENT_REGAINS_TERRITORY, actor1=SYRIA,
                     assoc_actor_1=[RUSSIA], actor2=IS, place="Palmyra", start=date(2017, 3, 2))  # fmt: skip
MARCH_CLASH = make_event("a2", 0, SubEventType.ARMED_CLASH, actor1=SYRIA, actor2="Jaish al-Islam",
                         assoc_actor_2=[IS], place="Aleppo", start=date(2016, 3, 1), end=date(2016, 3, 31),
                         grain=Grain.MONTH, value="2016-03", time_precision=3)  # fmt: skip
PROTEST = make_event("a2", 1, SubEventType.PEACEFUL_PROTEST, actor1="Protesters (Syria)", actor2=None,
                     place=None, start=date(2016, 4, 10))  # fmt: skip
ALL = [STRIKE, RETAKEN, MARCH_CLASH, PROTEST]


@pytest.fixture
def filled(store: Store) -> Store:
    store.save(make_result("a1", [STRIKE, RETAKEN]))
    store.save(make_result("a2", [MARCH_CLASH, PROTEST]))
    return store


def ids(events: list[Event]) -> list[str]:
    return sorted(e.id for e in events)


def test_no_filter_gives_everything(filled: Store) -> None:
    assert ids(filled.events()) == ids(ALL)
    assert ids(filled.events(EventFilter())) == ids(ALL)


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        ([RUSSIA], [STRIKE, RETAKEN]),  # actor1 of one, associated actor of the other
        ([IS], [STRIKE, RETAKEN, MARCH_CLASH]),  # actor2, and associated actor of actor2
        (["Jaish al-Islam"], [MARCH_CLASH]),
        (["Protesters (Syria)", "Jaish al-Islam"], [MARCH_CLASH, PROTEST]),  # any of them
        (["Nobody"], []),
    ],
)
def test_actor_filter_matches_any_role(filled: Store, actors: list[str], expected: list[Event]) -> None:
    assert ids(filled.events(EventFilter(actors=actors))) == ids(expected)


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (["Battles"], [RETAKEN, MARCH_CLASH]),  # an event_type
        (["Armed clash"], [MARCH_CLASH]),  # a sub_event_type
        (["Protests", "Shelling/artillery/missile attack"], [STRIKE, PROTEST]),
        (["Riots"], []),
    ],
)
def test_type_filter_matches_event_or_sub_event_type(
    filled: Store, types: list[str], expected: list[Event]
) -> None:
    assert ids(filled.events(EventFilter(types=types))) == ids(expected)


def test_place_filter(filled: Store) -> None:
    assert ids(filled.events(EventFilter(places=["Palmyra"]))) == ids([STRIKE, RETAKEN])
    assert ids(filled.events(EventFilter(places=["Aleppo", "Palmyra"]))) == ids(
        [STRIKE, RETAKEN, MARCH_CLASH]
    )
    assert filled.events(EventFilter(places=["Raqqa"])) == []


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (date(2017, 1, 1), None, [STRIKE, RETAKEN]),
        (None, date(2016, 12, 31), [MARCH_CLASH, PROTEST]),
        # A month-precise event overlaps a range that starts inside its month.
        (date(2016, 3, 20), date(2016, 3, 20), [MARCH_CLASH]),
        (date(2016, 3, 31), date(2016, 4, 10), [MARCH_CLASH, PROTEST]),  # both ends inclusive
        (date(2017, 5, 31), date(2017, 5, 31), [STRIKE]),
        (date(2016, 4, 11), date(2017, 3, 1), []),  # the gap between events
    ],
)
def test_date_range_keeps_events_whose_interval_overlaps_it(
    filled: Store, since: date | None, until: date | None, expected: list[Event]
) -> None:
    assert ids(filled.events(EventFilter(since=since, until=until))) == ids(expected)


def test_filters_combine(filled: Store) -> None:
    flt = EventFilter(actors=[IS], types=["Battles"], places=["Palmyra"], since=date(2017, 1, 1))
    assert filled.events(flt) == [RETAKEN]
