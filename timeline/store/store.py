"""`Store`: saving what the pipeline read from an article, and reading events back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from types import TracebackType

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from timeline import events as event_stage
from timeline.models import CONTROL_CHANGES, Article, ArticleResult, ControlPeriod, Event, EventFilter
from timeline.settings import get_settings
from timeline.store.engine import WRITE_LOCK, StoreError, describe_error, open_engine
from timeline.store.queries import select_events
from timeline.store.rows import (
    article_from_row,
    article_row,
    event_from_row,
    time_expression_from_row,
)
from timeline.store.tables import ArticleRow, EventActorRow, EventRow, TimeExpressionRow

ARTICLE_COLUMNS = [name for name in Article.model_fields if name != "id"]


class SaveOutcome(StrEnum):
    NEW = "new"
    REPLACED = "replaced"  # same article id, different content: the old rows were replaced
    UNCHANGED = "unchanged"


def _replace(session: Session, stored: ArticleRow, new: ArticleRow) -> None:
    """Give a stored article new content, keeping its row.

    Updated in place, not deleted and re-inserted: a writer waiting on the row's lock then sees
    the new version, where a deleted row would look absent to it and its insert would collide.
    """
    # Old children go first, in SQL: the ORM would insert the new ones before deleting the old,
    # and their positions would collide. ON DELETE CASCADE takes the events' actors.
    session.execute(delete(TimeExpressionRow).where(TimeExpressionRow.article_id == stored.id))
    session.execute(delete(EventRow).where(EventRow.article_id == stored.id))
    for column in (*ARTICLE_COLUMNS, "warnings", "content_hash"):
        setattr(stored, column, getattr(new, column))
    # The database's clock, not ours: the engine never reads the clock.
    stored.saved_at = func.now()
    stored.timexes = new.timexes
    stored.events = new.events


class Store:
    """Articles, their time expressions and events in SQLite (default) or PostgreSQL.

    An article's identity is its id. Saving it again with the same content changes nothing;
    saving it with different content (a re-run of a better pipeline, a corrected text) replaces
    all its rows in one transaction, so readers see the old version or the new one, never a mix.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url if url is not None else get_settings().database_url
        self.engine = open_engine(self.url)
        self._writer = self.engine.execution_options(**{WRITE_LOCK: True})

    # ---- writing ------------------------------------------------------------------------------

    def save(self, result: ArticleResult) -> bool:
        """True if the store changed (a new article, or new content under a known id)."""
        return self.put(result) is not SaveOutcome.UNCHANGED

    def put(self, result: ArticleResult) -> SaveOutcome:
        """Save one article's result in one transaction; say whether it was new, replaced or known."""
        with self._errors(f"could not save article {result.article.id!r}"):
            try:
                return self._put_once(result)
            except IntegrityError:
                # PostgreSQL: another process inserted this article after we looked and before we
                # inserted (its uncommitted row was invisible to us). It is there now: look again.
                # A genuine constraint violation fails the second time too and is reported.
                return self._put_once(result)

    def _put_once(self, result: ArticleResult) -> SaveOutcome:
        row = article_row(result)
        with Session(self._writer) as session, session.begin():
            # FOR UPDATE (PostgreSQL): two replacements of one article take turns.
            stored = session.get(ArticleRow, row.id, with_for_update=True)
            if stored is None:
                session.add(row)
                return SaveOutcome.NEW
            if stored.content_hash == row.content_hash:
                return SaveOutcome.UNCHANGED
            _replace(session, stored, row)
            return SaveOutcome.REPLACED

    # ---- reading ------------------------------------------------------------------------------

    def articles(self) -> list[Article]:
        with self._errors("could not read articles"), Session(self.engine) as session:
            rows = session.scalars(select(ArticleRow).order_by(ArticleRow.published, ArticleRow.id))
            return [article_from_row(row) for row in rows]

    def article(self, article_id: str) -> Article | None:
        with self._errors(f"could not read article {article_id!r}"), Session(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            return article_from_row(row) if row else None

    def result(self, article_id: str) -> ArticleResult | None:
        """Everything saved for one article, equal to the ArticleResult that was saved."""
        with self._errors(f"could not read article {article_id!r}"), Session(self.engine) as session:
            row = session.get(
                ArticleRow,
                article_id,
                options=[selectinload(ArticleRow.timexes), selectinload(ArticleRow.events)],
            )
            if row is None:
                return None
            return ArticleResult(
                article=article_from_row(row),
                timexes=[time_expression_from_row(t) for t in row.timexes],
                events=[event_from_row(e) for e in row.events],
                warnings=row.warnings,
            )

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        with self._errors("could not read events"), Session(self.engine) as session:
            return [event_from_row(row) for row in session.scalars(select_events(flt or EventFilter()))]

    def control_periods(self, place: str | None = None) -> list[ControlPeriod]:
        """Who held which place when, from the stored control-change events (of one place if given)."""
        flt = EventFilter(types=[t.value for t in CONTROL_CHANGES], places=[place] if place else [])
        return event_stage.control_periods(self.events(flt))

    def actors(self) -> list[str]:
        with self._errors("could not read actors"), Session(self.engine) as session:
            return list(session.scalars(select(EventActorRow.actor).distinct().order_by(EventActorRow.actor)))

    def places(self) -> list[str]:
        query = select(EventRow.place).where(EventRow.place.is_not(None)).distinct().order_by(EventRow.place)
        with self._errors("could not read places"), Session(self.engine) as session:
            return [place for place in session.scalars(query) if place is not None]

    # ---- housekeeping -------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Database failures as a StoreError, so callers need not know SQLAlchemy."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{what}: {describe_error(exc)}") from exc
