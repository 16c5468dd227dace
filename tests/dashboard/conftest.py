"""Shared by the dashboard tests: in-memory services, and the real server in a subprocess."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from dashboard_live_server import LiveServer, free_port, running, timeline_serve
from palmyra_fixture import seed_result

from dashboard.services import Services
from timeline.settings import Settings
from timeline.store import Store


@pytest.fixture
def palmyra_store(tmp_path: Path) -> Iterator[Store]:
    """A real store (SQLite in a temporary folder) holding the seed's hand-built events."""
    with Store(f"sqlite:///{tmp_path / 'palmyra.db'}") as store:
        store.save(seed_result())
        yield store


@pytest.fixture
def local_services(palmyra_store: Store) -> Services:
    """Services of a server that listens on loopback only and has no token: writes allowed."""
    return Services(palmyra_store, Settings(api_token=None, max_article_bytes=2_000), local_only=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`timeline serve` on a free loopback port with a fresh SQLite database, seeds ingested."""
    workdir: Path = tmp_path_factory.mktemp("serve")
    port = free_port()
    with running(timeline_serve(port, workdir / "timeline.db"), port, workdir) as live:
        yield live
