"""The PostgreSQL fixture: without a server, CI fails and a developer's machine skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("ci", "expected"), [(None, "1 skipped"), ("true", "1 error")])
def test_without_postgresql_ci_fails_and_a_developer_skips(
    tmp_path: Path, ci: str | None, expected: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "TIMELINE_TEST_POSTGRES_URL")}
    env["TIMELINE_TEST_POSTGRES_BIN"] = str(tmp_path / "no-postgresql-here")
    if ci:
        env["CI"] = ci
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rse", "-p", "no:cacheprovider",
         "tests/store/test_store_errors.py::test_a_postgresql_url_without_driver_uses_psycopg"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert expected in done.stdout, done.stdout
    assert "PostgreSQL is not installed" in done.stdout
    assert done.returncode == (1 if ci else 0)
