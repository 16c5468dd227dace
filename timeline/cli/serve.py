"""`timeline serve`: the dashboard and HTTP API on one local server, seeds ingested on start."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from timeline.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="run the dashboard and HTTP API",
        description="Run the dashboard and HTTP API on the store (SQLite by default). Writes need "
        "TIMELINE_API_TOKEN unless the server listens on a loopback address only.",
    )
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    p.add_argument(
        "--database-url", help="SQLAlchemy URL (default: TIMELINE_DATABASE_URL or var/timeline.db)"
    )
    p.add_argument("--seeds", type=Path, help="folder of seed articles ingested on start (default: seeds/)")
    p.add_argument("--no-seeds", action="store_true", help="do not ingest seed articles on start")
    p.add_argument(
        "--threads", type=int, default=4, help="requests served at once (gunicorn threads, default 4)"
    )
    p.add_argument(
        "--debug",
        action="store_true",
        help="Dash debug mode on Flask's development server: reload on change, error overlay",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so `timeline tag` does not pay for Dash and Plotly.
    from dashboard import services
    from dashboard.app import create_app
    from dashboard.seed import ingest_seeds

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    overrides: dict[str, object] = {}
    if args.database_url:
        overrides["database_url"] = args.database_url
    if args.seeds:
        overrides["seeds_dir"] = args.seeds
    settings = Settings(**overrides)  # type: ignore[arg-type]
    local_only = services.is_loopback(args.host)
    from timeline.store import StoreError

    try:
        app = create_app(settings, local_only=local_only)
    except StoreError as exc:  # a bad database URL or an unreachable server: say so, no traceback
        print(f"timeline serve: {exc}", file=sys.stderr)
        return 2
    if not args.no_seeds:
        with app.server.app_context():
            ingest_seeds(services.current().store, settings.seeds_dir, lock_key=settings.database_url)
    if not local_only and not settings.api_token:
        print(
            "timeline serve: listening beyond this machine without TIMELINE_API_TOKEN: writes are disabled",
            file=sys.stderr,
        )
    print(
        f"Dashboard on http://{args.host}:{args.port}/  (API: /api/events, /api/schema; Ctrl-C stops)",
        file=sys.stderr,
    )
    if args.debug:
        app.run(host=args.host, port=args.port, debug=True)
    else:
        _serve_with_gunicorn(app.server, args.host, args.port, threads=args.threads)
    return 0


def _serve_with_gunicorn(wsgi_app: Any, host: str, port: int, *, threads: int) -> None:
    """Serve on gunicorn, the production server of the Docker image, rather than Flask's development
    server: one worker process (the app is built once, here, with the seeds ingested) and a few threads.
    The store's engine drops its pooled connections in the forked worker (store/engine.py)."""
    from gunicorn.app.base import BaseApplication

    class _Gunicorn(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
        def load_config(self) -> None:
            self.cfg.set("bind", f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
            self.cfg.set("workers", 1)
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", max(1, threads))
            self.cfg.set("timeout", 120)
            if "control_socket_disable" in self.cfg.settings:  # gunicorn >= 24: no socket in $HOME
                self.cfg.set("control_socket_disable", True)

        def load(self) -> Any:
            return wsgi_app

    _Gunicorn().run()
