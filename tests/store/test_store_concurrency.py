"""Several processes ingesting into one database at once lose nothing and duplicate nothing."""

from __future__ import annotations

import multiprocessing
import random
import time
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from queue import Empty

from sample_results import make_event, make_result, row_counts

from timeline.models import ArticleResult, SubEventType
from timeline.store import SaveOutcome, Store

WRITERS = 4
OWN = 5  # articles only one writer has
SHARED = 10  # articles every writer has, with the same content


def shared(n: int) -> ArticleResult:
    return make_result(f"shared-{n}", [make_event(f"shared-{n}", k) for k in range(n % 3 + 1)])


def own(writer: int, n: int) -> ArticleResult:
    return make_result(f"w{writer}-{n}", [make_event(f"w{writer}-{n}", 0, assoc_actor_2=[f"Ally {writer}"])])


def contested(writer: int) -> ArticleResult:
    """One article id every writer saves with different content: the last write wins, whole."""
    return make_result(
        "contested", [make_event("contested", k, SubEventType.ARMED_CLASH) for k in range(writer + 1)]
    )


def batch(writer: int) -> list[ArticleResult]:
    results = [*(shared(n) for n in range(SHARED)), *(own(writer, n) for n in range(OWN)), contested(writer)]
    random.Random(writer).shuffle(results)  # each writer in its own order: more interleaving
    return results


def write(url: str, writer: int, start: Barrier, outcomes: Queue[list[tuple[str, str]]]) -> None:
    start.wait()  # every writer opens the store (and creates the schema) at the same moment
    with Store(url) as store:
        outcomes.put([(r.article.id, store.put(r).value) for r in batch(writer)])


def collect(queue: Queue[list[tuple[str, str]]], writers: list[BaseProcess]) -> list[list[tuple[str, str]]]:
    """Every writer's report; fails at once (not at a timeout) when a writer dies."""
    reports: list[list[tuple[str, str]]] = []
    deadline = time.monotonic() + 240
    while len(reports) < len(writers):
        try:
            reports.append(queue.get(timeout=0.5))
        except Empty:
            crashed = [p.exitcode for p in writers if p.exitcode not in (None, 0)]
            assert not crashed, f"a writer failed (exit codes {crashed}): see its traceback above"
            assert time.monotonic() < deadline, "writers did not finish in time"
    for process in writers:
        process.join(timeout=60)
        assert process.exitcode == 0
    return reports


def test_concurrent_writers_lose_nothing(database_url: str) -> None:
    context = multiprocessing.get_context("fork")
    start = context.Barrier(WRITERS)
    queue: Queue[list[tuple[str, str]]] = context.Queue()
    writers = [context.Process(target=write, args=(database_url, w, start, queue)) for w in range(WRITERS)]
    for process in writers:
        process.start()
    reports = collect(queue, writers)

    outcomes: dict[str, list[str]] = {}
    for report in reports:
        for article_id, outcome in report:
            outcomes.setdefault(article_id, []).append(outcome)
    for n in range(SHARED):  # exactly one writer added each shared article; the others found it
        assert sorted(outcomes[f"shared-{n}"]) == ["new"] + ["unchanged"] * (WRITERS - 1)
    assert sorted(outcomes["contested"]) == ["new"] + ["replaced"] * (WRITERS - 1)

    with Store(database_url) as store:
        expected = {r.article.id: r for w in range(WRITERS) for r in batch(w) if r.article.id != "contested"}
        for article_id, result in expected.items():
            assert store.result(article_id) == result
        winner = store.result("contested")
        assert winner in [contested(w) for w in range(WRITERS)]  # one version, complete
        assert winner is not None
        assert len(store.articles()) == WRITERS * OWN + SHARED + 1
        events = sum(len(r.events) for r in expected.values()) + len(winner.events)
        assert row_counts(store.engine)["events"] == events
        assert store.put(winner) is SaveOutcome.UNCHANGED


def save_in_child(store: Store) -> None:
    store.save(make_result("child"))


def test_a_store_opened_before_a_fork_serves_parent_and_child(store: Store) -> None:
    store.save(make_result("parent"))  # the parent now holds a pooled connection
    child = multiprocessing.get_context("fork").Process(target=save_in_child, args=(store,))
    child.start()
    store.save(make_result("parent-again"))
    child.join(timeout=60)

    assert child.exitcode == 0
    assert sorted(a.id for a in store.articles()) == ["child", "parent", "parent-again"]
