"""Shared by the dashboard tests: in-memory services, and the real server in a subprocess."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from dashboard_live_server import LiveServer, free_port, running, timeline_serve
from dashboard_prerequisites import missing_stage, unavailable
from palmyra_fixture import FakeStore

from dashboard.services import Services
from timeline.settings import Settings


@pytest.fixture
def needs_pipeline() -> None:
    reason = missing_stage()
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
    reason = missing_stage()
    if reason:
        unavailable(reason)
    workdir: Path = tmp_path_factory.mktemp("serve")
    port = free_port()
    with running(timeline_serve(port, workdir / "timeline.db"), port, workdir) as live:
        yield live
