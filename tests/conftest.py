"""Fixtures shared by every test package: a real PostgreSQL server.

`postgres_server` is the URL of a server the tests may create databases on: the one named by
TIMELINE_TEST_POSTGRES_URL (its user needs CREATEDB), or else a throwaway cluster started here
(initdb + pg_ctl in a temporary folder, on a free port of 127.0.0.1, as the `postgres` OS user when
we are root) and removed at the end of the session. The binaries come from
/usr/lib/postgresql/<newest>/bin, or from the folder TIMELINE_TEST_POSTGRES_BIN names.
`postgres_database` is a fresh, empty database on it for one test, dropped afterwards, and
`database_url` runs a test twice: on a new SQLite file and on a new PostgreSQL database.

Without PostgreSQL installed the tests that need it are skipped, except under CI (env CI set),
where they fail: CI must not pass by skipping. `scripts/system-deps.sh` installs it.
"""

from __future__ import annotations

import glob
import os
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from prerequisites import unavailable
from sqlalchemy.engine import URL, make_url

POSTGRES_URL_ENV = "TIMELINE_TEST_POSTGRES_URL"
POSTGRES_BIN_ENV = "TIMELINE_TEST_POSTGRES_BIN"
_START_ATTEMPTS = 3


def _postgres_bin_dir() -> Path | None:
    """TIMELINE_TEST_POSTGRES_BIN if set (a folder with initdb and pg_ctl), else the newest
    PostgreSQL that Debian's packages installed."""
    override = os.environ.get(POSTGRES_BIN_ENV)
    if override:
        return Path(override) if (Path(override) / "initdb").is_file() else None
    candidates = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    if not candidates:
        return None
    return max(candidates, key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary folder, trusted connections from 127.0.0.1 only."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        # In /tmp rather than $TMPDIR: the `postgres` user must reach it, and the server's socket
        # path inside it must stay under the 107-byte limit of Unix sockets.
        self.root = Path(
            tempfile.mkdtemp(prefix="timeline-pg-", dir="/tmp" if Path("/tmp").is_dir() else None)
        )
        self.data = self.root / "data"
        self.port = 0
        # initdb refuses to run as root: run the server as the `postgres` user then.
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            self.as_user = [runuser, "-u", "postgres", "--"] if runuser else ["su", "postgres", "-c"]
            shutil.chown(self.root, user="postgres", group="postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_user[-1:] == ["-c"]:  # su takes one shell command
            command = [*self.as_user, shlex.join(command)]
        else:
            command = [*self.as_user, *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> URL:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")  # fmt: skip
        for attempt in range(_START_ATTEMPTS):
            self.port = _free_port()
            # fsync off: a test server need not survive a power cut.
            options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c max_connections=50"
            try:
                self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                          "-o", options, "-w", "-t", "60", "start")  # fmt: skip
                break
            except RuntimeError:
                if attempt == _START_ATTEMPTS - 1:  # the port was taken between probe and start?
                    log = self.root / "server.log"
                    raise RuntimeError(log.read_text() if log.exists() else "pg_ctl start failed") from None
        return URL.create("postgresql+psycopg", username="postgres", host="127.0.0.1", port=self.port)

    def stop(self) -> None:
        try:
            if self.port:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _stop_on_sigterm(cluster: ThrowawayCluster) -> None:
    """Stop the cluster if the test run is killed with SIGTERM (a CI timeout, `kill`), which
    skips fixture teardown, and would otherwise leave a server running with its folder in /tmp."""
    previous = signal.getsignal(signal.SIGTERM)

    def stop_then_terminate(signum: int, frame: object) -> None:
        cluster.stop()
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    signal.signal(signal.SIGTERM, stop_then_terminate)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[URL]:
    external = os.environ.get(POSTGRES_URL_ENV)
    if external:
        yield make_url(external).set(drivername="postgresql+psycopg")
        return
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        unavailable(
            f"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb, or {POSTGRES_BIN_ENV}); "
            f"install it (scripts/system-deps.sh) or set {POSTGRES_URL_ENV}"
        )
        return
    cluster: ThrowawayCluster | None = None
    try:
        cluster = ThrowawayCluster(bin_dir)
        url = cluster.start()
        _stop_on_sigterm(cluster)
    except (RuntimeError, OSError, subprocess.SubprocessError, LookupError) as exc:
        # LookupError: no `postgres` OS user to run the server as.
        if cluster:
            cluster.stop()
        unavailable(f"could not start a throwaway PostgreSQL cluster: {exc}")
        return
    try:
        yield url
    finally:
        cluster.stop()


def _admin_connection(server: URL) -> psycopg.Connection[tuple[object, ...]]:
    dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(dsn, autocommit=True)


@pytest.fixture
def postgres_database(postgres_server: URL) -> Iterator[str]:
    """The SQLAlchemy URL (as a string) of a new, empty database, dropped after the test."""
    name = f"timeline_test_{uuid.uuid4().hex[:12]}"
    with _admin_connection(postgres_server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # name is ours: hex only
    try:
        yield postgres_server.set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin_connection(postgres_server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=[pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'timeline.db'}"
    url: str = request.getfixturevalue("postgres_database")
    return url
