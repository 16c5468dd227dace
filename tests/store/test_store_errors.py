"""Opening the store: defaults, URLs it accepts, and clear errors for the ones it cannot use."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_results import make_result
from sqlalchemy import text

from timeline.store import Store, StoreError


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("not a url", "cannot read database URL"),
        ("mysql://user@localhost/timeline", "unsupported database 'mysql'"),
        ("postgresql+psycopg://user:s3cret@127.0.0.1:1/timeline", "cannot open database"),
        ("postgresql+psycopg2://user:s3cret@localhost/timeline", "No module named 'psycopg2'"),
        ("sqlite:////proc/no-such-folder/timeline.db", "cannot open database"),
    ],
)
def test_an_unusable_url_says_what_to_set(url: str, complaint: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store(url)
    message = str(caught.value)
    assert complaint in message
    assert "TIMELINE_DATABASE_URL" in message
    assert "s3cret" not in message  # passwords stay out of messages and logs


def test_the_default_is_an_sqlite_file_under_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DATABASE_URL", raising=False)
    with Store() as store:
        store.save(make_result("a1"))
    assert (tmp_path / "var" / "timeline.db").is_file()


def test_the_environment_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere' / 'deep' / 'events.db'}"
    monkeypatch.setenv("TIMELINE_DATABASE_URL", url)
    with Store() as store:
        assert store.url == url
        store.save(make_result("a1"))
    assert (tmp_path / "elsewhere" / "deep" / "events.db").is_file()  # folders created


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'timeline.db'}") as store, store.engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert (connection.scalar(text("PRAGMA busy_timeout")) or 0) >= 10_000
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1


def test_an_in_memory_database_works() -> None:
    with Store("sqlite://") as store:
        assert store.save(make_result("a1")) is True
        assert [a.id for a in store.articles()] == ["a1"]


@pytest.mark.postgres
def test_a_postgresql_url_without_driver_uses_psycopg(postgres_database: str) -> None:
    plain = postgres_database.replace("postgresql+psycopg://", "postgresql://")
    with Store(plain) as store:
        assert store.engine.dialect.driver == "psycopg"
        assert store.save(make_result("a1")) is True
