"""One transaction per article: a failure part-way leaves no rows of it, and the previous version intact."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sample_results import make_event, make_result, row_counts
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from timeline.store import Store, StoreError

EMPTY = {"articles": 0, "time_expressions": 0, "events": 0, "event_actors": 0}


@contextmanager
def failing_insert_into(store: Store, table: str, error: Exception) -> Iterator[None]:
    """Fault injection at the driver boundary: the database 'fails' when `table` is written,
    after the article and its earlier rows went out in the same transaction."""

    def fail(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
            raise error

    event.listen(store.engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(store.engine, "before_cursor_execute", fail)


DISK_FULL = OperationalError("INSERT ...", {}, Exception("could not extend file: No space left on device"))


def test_a_constraint_violation_midway_leaves_no_rows(store: Store) -> None:
    twice = make_event("a1", 0)
    with pytest.raises(StoreError, match="a1"):
        store.save(make_result("a1", [make_event("a1", 1), twice, twice]))  # event ids must be unique

    assert row_counts(store.engine) == EMPTY
    assert store.articles() == []


@pytest.mark.parametrize(
    ("error", "raised"), [(DISK_FULL, StoreError), (RuntimeError("crash"), RuntimeError)]
)
def test_a_failure_at_the_last_table_leaves_no_rows(
    store: Store, error: Exception, raised: type[Exception]
) -> None:
    with failing_insert_into(store, "event_actors", error), pytest.raises(raised):
        store.save(make_result("a1", [make_event("a1", 0), make_event("a1", 1)]))

    assert row_counts(store.engine) == EMPTY
    assert store.save(make_result("a1")) is True  # and the article can be saved afterwards


def test_a_failed_replacement_keeps_the_previous_version(store: Store) -> None:
    before = make_result("a1", [make_event("a1", 0), make_event("a1", 1)])
    store.save(before)
    counts = row_counts(store.engine)

    with failing_insert_into(store, "events", DISK_FULL), pytest.raises(StoreError, match="No space left"):
        store.save(make_result("a1", [make_event("a1", 0, place="Raqqa")]))

    assert store.result("a1") == before
    assert row_counts(store.engine) == counts
