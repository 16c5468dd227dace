"""Opening a database from a URL: SQLite (a file by default) or PostgreSQL, schema created on first use."""

from __future__ import annotations

import os
import sqlite3
import time
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from timeline.store.tables import Base

URL_HINT = (
    "set TIMELINE_DATABASE_URL (or --database-url) to e.g. sqlite:///var/timeline.db "
    "or postgresql+psycopg://user:password@host:5432/dbname"
)
# Execution option that makes an SQLite transaction take the write lock when it begins.
WRITE_LOCK = "timeline_write_lock"
SQLITE_BUSY_TIMEOUT_MS = 60_000
# Any constant: serialises concurrent schema creation on one PostgreSQL database.
_SCHEMA_LOCK_KEY = 0x71AE11E


class StoreError(Exception):
    """The database cannot be used: a bad URL, an unreachable server, or a failed write."""


def parse_database_url(raw: str) -> URL:
    """A SQLAlchemy URL for SQLite or PostgreSQL (psycopg 3), or a StoreError saying what to set."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"cannot read database URL {raw!r}: {URL_HINT}") from exc
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres"):
        # psycopg 3 is the driver we ship; SQLAlchemy would otherwise default to psycopg2.
        return url.set(drivername="postgresql+psycopg") if driver in ("", "psycopg") else url
    if backend == "sqlite":
        return url
    raise StoreError(f"unsupported database {url.drivername!r} in {_safe(url)}: {URL_HINT}")


def open_engine(raw_url: str) -> Engine:
    """An engine with the schema in place; raises StoreError with what to set when that fails."""
    url = parse_database_url(raw_url)
    try:
        engine = _sqlite_engine(url) if url.get_backend_name() == "sqlite" else _postgres_engine(url)
        _create_schema(engine)
    except (SQLAlchemyError, OSError, ImportError) as exc:
        # OSError: the SQLite file's folder cannot be made; ImportError: a driver we do not ship.
        reason = describe_error(exc) if isinstance(exc, SQLAlchemyError) else str(exc)
        raise StoreError(f"cannot open database {_safe(url)}: {reason}; {URL_HINT}") from exc
    _forget_connections_after_fork(engine)
    return engine


def _forget_connections_after_fork(engine: Engine) -> None:
    """A forked child (gunicorn --preload, multiprocessing) must not share its parent's pooled
    connections: it opens its own, leaving the parent's alone, as SQLAlchemy's pooling docs advise."""
    ref = weakref.ref(engine)

    def forget() -> None:
        alive = ref()
        if alive is not None:
            alive.dispose(close=False)

    os.register_at_fork(after_in_child=forget)


def _enable_wal(cursor: Any) -> None:
    """WAL: readers never block the writer, and other processes can write in turn.

    Switching a database to WAL needs a moment of exclusive access, for which SQLite does not wait
    with the busy timeout: when several processes open a new database at once, one may be told
    "database is locked". Try again until the busy timeout has passed.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN itself (pysqlite's own implicit BEGIN
        # is always DEFERRED), as SQLAlchemy's SQLite docs recommend.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _enable_wal(cursor)
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A write transaction takes the lock up front: a DEFERRED one that reads and then writes
        # fails with SQLITE_BUSY (no waiting) when another process wrote in between.
        immediate = connection.get_execution_options().get(WRITE_LOCK, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres_engine(url: URL) -> Engine:
    return create_engine(url, pool_pre_ping=True)


def _create_schema(engine: Engine) -> None:
    with engine.execution_options(**{WRITE_LOCK: True}).begin() as connection:
        if engine.dialect.name == "postgresql":
            # Two processes creating the tables at once would collide on the catalog.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
        Base.metadata.create_all(connection)


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def describe_error(exc: SQLAlchemyError) -> str:
    """The driver's own message rather than SQLAlchemy's wrapper with SQL and links. Two lines:
    PostgreSQL puts the offending key, or "Is the server running...?", on the second."""
    orig = getattr(exc, "orig", None)
    lines = [line.strip() for line in str(orig if orig is not None else exc).splitlines() if line.strip()]
    return " ".join(lines[:2]) if lines else type(exc).__name__
