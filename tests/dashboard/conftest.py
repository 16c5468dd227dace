"""Shared by the dashboard tests: in-memory services, and the real server in a subprocess."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import SEEDS, LiveServer, free_port, running, timeline_serve
from palmyra_fixture import FakeStore

from dashboard.services import Services
from timeline.settings import Settings


def unavailable(reason: str) -> None:
    """Skip on a developer's machine, fail under CI: CI must not pass by skipping."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)")
    pytest.skip(reason)


@functools.cache
def _missing_stage() -> str | None:
    from timeline import pipeline
    from timeline.ingest.files import Article, read_paths

    seed = next(a for a in read_paths([SEEDS]) if isinstance(a, Article))
    try:
        pipeline.process(seed)
    except NotImplementedError as exc:
        return f"the pipeline is not complete yet: {exc}"
    return None


@pytest.fixture
def needs_pipeline() -> None:
    reason = _missing_stage()
    if reason:
        unavailable(reason)


@pytest.fixture
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def local_services(fake_store: FakeStore) -> Services:
    """Services of a server that listens on loopback only and has no token: writes allowed."""
    return Services(fake_store, Settings(api_token=None, max_article_bytes=2_000), local_only=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`timeline serve` on a free loopback port with a fresh SQLite database, seeds ingested."""
    reason = _missing_stage()
    if reason:
        unavailable(reason)
    workdir: Path = tmp_path_factory.mktemp("serve")
    port = free_port()
    with running(timeline_serve(port, workdir / "timeline.db"), port, workdir) as live:
        yield live
