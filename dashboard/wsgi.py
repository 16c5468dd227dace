"""Entry point for gunicorn: `gunicorn dashboard.wsgi:server`.

Configured by the environment (TIMELINE_DATABASE_URL, TIMELINE_API_TOKEN, TIMELINE_SEEDS_DIR);
the seed articles are ingested on start when they are not in the store yet."""

from __future__ import annotations

import logging

from dashboard import services
from dashboard.app import create_app
from dashboard.seed import ingest_seeds
from timeline.settings import Settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

settings = Settings()
app = create_app(settings)
server = app.server
with server.app_context():
    ingest_seeds(services.current().store, settings.seeds_dir, lock_key=settings.database_url)
