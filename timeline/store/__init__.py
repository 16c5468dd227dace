"""Persistence of articles, time expressions and events (SQLAlchemy; SQLite or PostgreSQL).

Interface the CLI, API and dashboard rely on:

    store = Store(url)                      # url None → Settings().database_url (TIMELINE_DATABASE_URL)
    store.save(result: ArticleResult) -> bool   # True if new; same article twice changes nothing;
                                                # atomic: a failure leaves no partial rows
    store.put(result) -> SaveOutcome            # the same, saying new / replaced / unchanged
    store.articles() -> list[Article]
    store.article(id) -> Article | None; store.result(id) -> ArticleResult | None
    store.events(flt: EventFilter | None = None) -> list[Event]   # None: every event
    store.control_periods(place: str | None = None) -> list[ControlPeriod]
    store.actors() -> list[str]; store.places() -> list[str]

An article's identity is its id: saving different content under a known id replaces all of that
article's rows in one transaction. Failures (bad URL, unreachable server, failed write) raise
StoreError with a message that says what to do.
"""

from timeline.store.engine import StoreError
from timeline.store.store import SaveOutcome, Store

__all__ = ["SaveOutcome", "Store", "StoreError"]
