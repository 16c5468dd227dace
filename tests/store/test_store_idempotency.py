"""An article's identity is its id: the same result twice changes nothing; new content replaces."""

from __future__ import annotations

from sample_results import make_event, make_result, row_counts

from timeline.models import SubEventType
from timeline.store import SaveOutcome, Store


def test_saving_the_same_article_twice_changes_nothing(store: Store) -> None:
    result = make_result("a1", [make_event("a1", 0, assoc_actor_1=["Navy of Russia"]), make_event("a1", 1)])
    assert store.save(result) is True
    counts = row_counts(store.engine)
    events = store.events()

    assert store.save(result) is False
    assert store.save(result.model_copy(deep=True)) is False  # equal, not identical

    assert row_counts(store.engine) == counts
    assert store.events() == events
    assert counts == {"articles": 1, "time_expressions": 1, "events": 2, "event_actors": 5}


def test_reopening_the_store_keeps_everything(database_url: str) -> None:
    with Store(database_url) as first:
        first.save(make_result("a1"))
    with Store(database_url) as second:  # the schema exists already: create_all is a no-op
        assert second.put(make_result("a1")) is SaveOutcome.UNCHANGED
        assert [a.id for a in second.articles()] == ["a1"]


def test_new_content_under_a_known_id_replaces_all_its_rows(store: Store) -> None:
    store.save(make_result("a1", [make_event("a1", 0), make_event("a1", 1), make_event("a1", 2)]))
    store.save(make_result("other"))
    corrected = make_result(
        "a1", [make_event("a1", 0, SubEventType.AIR_DRONE_STRIKE, actor2="Civilians (Syria)")]
    )

    assert store.put(corrected) is SaveOutcome.REPLACED

    assert store.result("a1") == corrected
    assert "Islamic State (Syria)" in store.actors()  # still used by the other article
    assert row_counts(store.engine) == {"articles": 2, "time_expressions": 2, "events": 2, "event_actors": 4}
    assert store.put(corrected) is SaveOutcome.UNCHANGED
