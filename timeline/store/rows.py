"""Between the shared models and table rows, both ways."""

from __future__ import annotations

import hashlib

from timeline.models import Article, ArticleResult, Event, TimeExpression
from timeline.store.tables import ArticleRow, EventActorRow, EventRow, TimeExpressionRow


def content_hash(result: ArticleResult) -> str:
    return hashlib.sha256(result.model_dump_json().encode()).hexdigest()


def article_row(result: ArticleResult) -> ArticleRow:
    """The article with its time expressions, events and their actors, ready to add to a session."""
    return ArticleRow(
        **result.article.model_dump(),  # the article's fields are the table's columns, by name
        warnings=list(result.warnings),
        content_hash=content_hash(result),
        timexes=[
            TimeExpressionRow(position=n, value=timex.value, data=timex.model_dump(mode="json"))
            for n, timex in enumerate(result.timexes)
        ],
        events=[event_row(n, event) for n, event in enumerate(result.events)],
    )


def event_row(position: int, event: Event) -> EventRow:
    return EventRow(
        event_id=event.id,
        position=position,
        event_type=event.event_type.value,
        sub_event_type=event.sub_event_type.value,
        place=event.location.name if event.location else None,
        date_start=event.date.start,
        date_end=event.date.end,
        data=event.model_dump(mode="json"),
        actors=actor_rows(event),
    )


def actor_rows(event: Event) -> list[EventActorRow]:
    roles: dict[str, list[str]] = {
        "actor1": [event.actor1] if event.actor1 else [],
        "assoc_actor_1": event.assoc_actor_1,
        "actor2": [event.actor2] if event.actor2 else [],
        "assoc_actor_2": event.assoc_actor_2,
    }
    return [
        EventActorRow(role=role, actor=actor)
        for role, actors in roles.items()
        for actor in dict.fromkeys(actors)  # an ally listed twice is one row
    ]


def article_from_row(row: ArticleRow) -> Article:
    return Article.model_validate(row, from_attributes=True)


def event_from_row(row: EventRow) -> Event:
    return Event.model_validate(row.data)


def time_expression_from_row(row: TimeExpressionRow) -> TimeExpression:
    return TimeExpression.model_validate(row.data)
