"""What is saved comes back equal, whatever the backend."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_results import IS, RUSSIA, SYRIA, make_event, make_result
from sample_results import events as any_event

from timeline.models import EventFilter, Grain, SubEventType
from timeline.store import SaveOutcome, Store


def test_a_saved_result_comes_back_equal(store: Store) -> None:
    result = make_result(
        "a1",
        [
            make_event("a1", 0, assoc_actor_1=["Navy of Russia", "Navy of Russia"]),
            make_event(
                "a1",
                1,
                SubEventType.AGREEMENT,
                actor2=None,
                place=None,
                grain=Grain.MONTH,
                value="2017-05",
                time_precision=3,
            ),
        ],
    )

    assert store.save(result) is True

    assert store.result("a1") == result
    assert store.article("a1") == result.article
    assert store.articles() == [result.article]
    assert store.events() == result.events


def test_unknown_article_is_none(store: Store) -> None:
    assert store.article("nope") is None
    assert store.result("nope") is None


def test_an_empty_store_has_nothing(store: Store) -> None:
    assert store.articles() == []
    assert store.events() == []
    assert store.actors() == []
    assert store.places() == []


def test_actors_and_places_are_distinct_and_sorted(store: Store) -> None:
    store.save(make_result("a1", [make_event("a1", 0, assoc_actor_2=["Civilians (Syria)"])]))
    store.save(make_result("a2", [make_event("a2", 0, actor1=SYRIA, place="Aleppo")]))

    assert store.actors() == sorted({RUSSIA, SYRIA, IS, "Civilians (Syria)"})
    assert store.places() == ["Aleppo", "Palmyra"]


def test_events_come_in_timeline_order(store: Store) -> None:
    late = make_event("a1", 0, start=make_event().date.start.replace(day=31))
    early = make_event("a1", 1, start=late.date.start.replace(day=1))
    store.save(make_result("a1", [late, early]))

    assert [e.id for e in store.events()] == ["a1-e1", "a1-e0"]
    assert store.result("a1") is not None and store.result("a1").events == [late, early]  # type: ignore[union-attr]


def test_control_periods_are_built_from_the_stored_control_changes(store: Store) -> None:
    retaken = make_event("a1", 0, SubEventType.GOVERNMENT_REGAINS_TERRITORY, actor1=SYRIA, actor2=IS)
    elsewhere = make_event(
        "a1", 1, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, actor1=IS, actor2=SYRIA, place="Raqqa"
    )
    strike = make_event("a1", 2)
    store.save(make_result("a1", [retaken, elsewhere, strike]))

    [palmyra] = store.control_periods("Palmyra")
    assert (palmyra.place, palmyra.event_ids) == ("Palmyra", ["a1-e0"])
    assert palmyra.since is not None and palmyra.since.start == retaken.date.start
    assert store.control_periods("Nowhere") == []
    everywhere = store.control_periods()
    assert sorted(p.place for p in everywhere) == ["Palmyra", "Raqqa"]
    assert sorted(i for p in everywhere for i in p.event_ids) == ["a1-e0", "a1-e1"]


def test_put_says_what_happened(store: Store) -> None:
    assert store.put(make_result("a1")) is SaveOutcome.NEW
    assert store.put(make_result("a1")) is SaveOutcome.UNCHANGED
    assert store.put(make_result("a1", [])) is SaveOutcome.REPLACED


_article_ids = itertools.count()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_events_round_trip_and_are_found_by_their_actors(store: Store, data: st.DataObject) -> None:
    article_id = f"h{next(_article_ids)}"  # one store serves every example
    events = [data.draw(any_event(article_id, n)) for n in range(data.draw(st.integers(0, 3)))]
    result = make_result(article_id, events)

    store.save(result)

    assert store.result(article_id) == result
    for event in events:
        for actor in filter(None, [event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2]):
            assert event in store.events(EventFilter(actors=[actor]))
        if event.location:
            assert event in store.events(EventFilter(places=[event.location.name]))
