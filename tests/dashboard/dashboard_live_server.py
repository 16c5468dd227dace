"""Start the real server (`timeline serve` or gunicorn) in a subprocess on a free loopback port."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
START_TIMEOUT_S = 90  # seeds go through the whole pipeline on start


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def request(
        self,
        path: str,
        *,
        method: str = "GET",
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=dict(headers or {}))
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return Response(resp.status, dict(resp.headers), resp.read())
        except urllib.error.HTTPError as exc:
            return Response(exc.code, dict(exc.headers), exc.read())

    def post_json(self, path: str, payload: Any, token: str | None = None) -> Response:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.request(path, method="POST", body=json.dumps(payload).encode(), headers=headers)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:  # bounded: one probe every 0.25 s until the deadline
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"server not healthy after {START_TIMEOUT_S}s:\n{log.read_text()[-3000:]}")


@contextmanager
def running(
    command: list[str], port: int, workdir: Path, env: Mapping[str, str] | None = None
) -> Iterator[LiveServer]:
    log = workdir / f"server-{port}.log"
    # A developer's own TIMELINE_* settings must not change what the tests see.
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    full_env.update({"PYTHONPATH": str(REPO), **(env or {})})
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=REPO, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield LiveServer(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def timeline_serve(port: int, database: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "timeline", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--database-url", f"sqlite:///{database}", "--seeds", str(SEEDS), *extra,
    ]  # fmt: skip
