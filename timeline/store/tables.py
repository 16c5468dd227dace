"""The database schema: one row per article, per time expression, per event, per (event, actor).

Each time expression and event keeps its whole pydantic dump in `data` (the source of truth the
models are rebuilt from); the other columns are copies of the fields the store filters and sorts on.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# JSONB on PostgreSQL so the dashboard or an analyst can query inside events; plain JSON elsewhere.
JsonData = JSON().with_variant(JSONB(), "postgresql")
# Text, not VARCHAR(n), for ids and names: a length limit would fail whole articles on PostgreSQL
# only (SQLite ignores it), and costs nothing to leave out.


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date] = mapped_column(Date, index=True)
    outlet: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[list[str]] = mapped_column(JsonData, default=list)
    # sha256 of the whole ArticleResult: saving the same result again is recognised as "unchanged".
    content_hash: Mapped[str] = mapped_column(String(64))
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    # passive_deletes: the database's ON DELETE CASCADE removes the children, no loading first.
    timexes: Mapped[list[TimeExpressionRow]] = relationship(
        order_by="TimeExpressionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list[EventRow]] = relationship(
        order_by="EventRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class TimeExpressionRow(Base):
    __tablename__ = "time_expressions"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the ArticleResult
    value: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JsonData)


class EventRow(Base):
    __tablename__ = "events"
    # An event id names an event within its article; two articles may report "the same" event
    # under their own ids, and each report is kept.
    __table_args__ = (
        UniqueConstraint("article_id", "event_id"),
        UniqueConstraint("article_id", "position"),
        Index("ix_events_dates", "date_start", "date_end"),
    )

    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str] = mapped_column(Text, index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the ArticleResult
    event_type: Mapped[str] = mapped_column(String(100), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(100), index=True)
    place: Mapped[str | None] = mapped_column(Text, index=True)
    date_start: Mapped[date] = mapped_column(Date)
    date_end: Mapped[date] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JsonData)

    actors: Mapped[list[EventActorRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class EventActorRow(Base):
    """Every actor of an event in every role, so one actor filter matches actor1, actor2 and allies."""

    __tablename__ = "event_actors"

    event_row_id: Mapped[int] = mapped_column(
        ForeignKey("events.row_id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)  # actor1, assoc_actor_1, ...
    actor: Mapped[str] = mapped_column(Text, primary_key=True, index=True)
