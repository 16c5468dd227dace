# The dashboard and HTTP API under gunicorn. Configured by the environment:
#   TIMELINE_DATABASE_URL  (default: an SQLite file in /app/var; docker-compose.yml uses PostgreSQL)
#   TIMELINE_API_TOKEN     (writes need it: the container listens beyond localhost)
# The seed articles are ingested on start when they are not in the database yet.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml README.md ./
COPY timeline ./timeline
COPY dashboard ./dashboard
RUN pip install .

COPY seeds ./seeds
RUN useradd --system --uid 10001 --home-dir /app timeline && mkdir -p /app/var && chown timeline /app/var
USER 10001

ENV TIMELINE_SEEDS_DIR=/app/seeds \
    TIMELINE_DATABASE_URL=sqlite:////app/var/timeline.db \
    PORT=8050
EXPOSE 8050

HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"]

# Two workers on two cores; a long timeout because the first request of a worker may wait for the
# seed ingestion of another (they take turns, see dashboard/seed.py).
CMD ["sh", "-c", "exec gunicorn --bind 0.0.0.0:${PORT} --workers 2 --timeout 120 --access-logfile - dashboard.wsgi:server"]
