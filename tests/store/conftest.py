"""Every store test that takes `store` (or `database_url`, in tests/conftest.py) runs against
SQLite and against a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline.store import Store


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    with Store(database_url) as opened:
        yield opened
