"""Persistence of articles, time expressions and events (SQLAlchemy; SQLite or PostgreSQL).

Interface the CLI, API and dashboard rely on:

    store = Store(url)                      # url None → Settings().database_url
    store.save(result: ArticleResult) -> bool   # True if new; same article twice changes nothing;
                                                # atomic: a failure leaves no partial rows
    store.articles() -> list[Article]
    store.events(flt: EventFilter = EventFilter()) -> list[Event]
    store.control_periods(place: str | None = None) -> list[ControlPeriod]
    store.actors() -> list[str]; store.places() -> list[str]
"""
