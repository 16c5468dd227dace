"""Ingest the seed articles on start, so a new user sees a real timeline at once."""

from __future__ import annotations

import fcntl
import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import sha256
from pathlib import Path

from timeline import pipeline
from timeline.ingest.files import ReadError, read_paths
from timeline.store import Store

log = logging.getLogger(__name__)


@contextmanager
def _one_at_a_time(key: str) -> Iterator[None]:
    """Several gunicorn workers start together; let one ingest while the others wait, so they
    find the seeds already there instead of racing to insert them."""
    lock_path = Path(tempfile.gettempdir()) / f"timeline-seed-{sha256(key.encode()).hexdigest()[:12]}.lock"
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ingest_seeds(store: Store, seeds_dir: Path, lock_key: str = "") -> int:
    """Process and save every seed article not yet in the store; return how many were added.

    A seed that cannot be read or processed is logged and skipped: the dashboard still starts."""
    if not seeds_dir.exists():
        log.warning("seed folder %s does not exist; starting without seeds", seeds_dir)
        return 0
    added = 0
    with _one_at_a_time(lock_key or str(seeds_dir.resolve())):
        known = {a.id for a in store.articles()}
        for record in read_paths([seeds_dir]):
            if isinstance(record, ReadError):
                log.warning("seed not read: %s", record)
                continue
            if record.id in known:
                continue
            try:
                added += store.save(pipeline.process(record))
            except Exception:  # one bad seed must not keep the dashboard from starting
                log.exception("seed %s could not be ingested", record.id)
    if added:
        log.info("ingested %d seed article(s) from %s", added, seeds_dir)
    return added
