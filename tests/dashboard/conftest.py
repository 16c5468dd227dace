"""Shared by the dashboard tests."""

from __future__ import annotations

import pytest
from palmyra_fixture import FakeStore

from dashboard.services import Services
from timeline.settings import Settings


@pytest.fixture
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def local_services(fake_store: FakeStore) -> Services:
    """Services of a server that listens on loopback only and has no token: writes allowed."""
    return Services(fake_store, Settings(api_token=None, max_article_bytes=2_000), local_only=True)
