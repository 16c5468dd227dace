"""Hand-built pipeline results for store and export tests (the engine stages are built elsewhere)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from timeline.models import (
    EVENT_TYPE_OF,
    Anchor,
    Article,
    ArticleResult,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    Grain,
    Location,
    Source,
    Span,
    SubEventType,
    TimeExpression,
    TimexType,
)
from timeline.store.tables import Base

RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"
IS = "Islamic State (Syria)"
SENTENCE = "Russian warships fired Kalibr cruise missiles at IS targets near Palmyra on Wednesday."
PUBLISHED = date(2017, 5, 31)


def make_event(
    article_id: str = "a1",
    n: int = 0,
    sub: SubEventType = SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    *,
    actor1: str | None = RUSSIA,
    actor2: str | None = IS,
    assoc_actor_1: list[str] | None = None,
    assoc_actor_2: list[str] | None = None,
    place: str | None = "Palmyra",
    start: date = PUBLISHED,
    end: date | None = None,
    grain: Grain = Grain.DAY,
    value: str | None = None,
    time_precision: int = 1,
    inter1: int = 8,
    inter2: int = 2,
    notes: str = "Kalibr cruise missiles fired from the Mediterranean.",
    **extra: Any,
) -> Event:
    return Event(
        id=f"{article_id}-e{n}",
        event_type=EVENT_TYPE_OF[sub],
        sub_event_type=sub,
        actor1=actor1,
        assoc_actor_1=assoc_actor_1 or [],
        actor2=actor2,
        assoc_actor_2=assoc_actor_2 or [],
        inter1=inter1,
        inter2=inter2,
        interaction=min(inter1, inter2) * 10 + max(inter1, inter2),
        location=Location(name=place, country="Syria", admin1="Homs", latitude=34.56, longitude=38.28)
        if place
        else None,
        date=EventDate(
            value=value or start.isoformat(),
            start=start,
            end=end or start,
            grain=grain,
            text="Wednesday",
            anchor=Anchor.PUBLICATION,
        ),
        time_precision=time_precision,
        notes=notes,
        evidence=Evidence(
            text=SENTENCE, start=0, end=len(SENTENCE), trigger=Span(text="fired", start=17, end=22)
        ),
        source=Source(article_id=article_id, title="Kalibr strikes", outlet="IBTimes", published=PUBLISHED),
        **extra,
    )


def make_result(
    article_id: str = "a1", events: list[Event] | None = None, text: str = SENTENCE
) -> ArticleResult:
    """An article, its "Wednesday" if the text has one, and the given events (one strike by default)."""
    at = text.find("Wednesday")
    timexes = [
        TimeExpression(start=at, end=at + len("Wednesday"), text="Wednesday", type=TimexType.DATE,
                       value="2017-05-31", grain=Grain.DAY, anchor=Anchor.PUBLICATION, rule="weekday")
    ] if at >= 0 else []  # fmt: skip
    return ArticleResult(
        article=Article(
            id=article_id, title="Kalibr strikes", text=text, published=PUBLISHED, outlet="IBTimes"
        ),
        timexes=timexes,
        events=[make_event(article_id)] if events is None else events,
        warnings=["a warning kept with the article"],
    )


def row_counts(engine: Engine) -> dict[str, int]:
    """Rows per table, to check that a save added or left exactly what it should."""
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


# Text without NUL: PostgreSQL cannot store U+0000 in text or JSONB (such an article is refused,
# atomically), and without surrogates, which are not valid UTF-8.
_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
_NAMES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30
)


@st.composite
def events(draw: st.DrawFn, article_id: str = "a1", n: int = 0) -> Event:
    """Any event the models allow, within what the store and the exports must carry."""
    start = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))
    return make_event(
        article_id,
        n,
        draw(st.sampled_from(list(SubEventType))),
        actor1=draw(st.none() | _NAMES),
        actor2=draw(st.none() | _NAMES),
        assoc_actor_1=draw(st.lists(_NAMES, max_size=3)),
        assoc_actor_2=draw(st.lists(_NAMES, max_size=3)),
        place=draw(st.none() | _NAMES),
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 400))),
        grain=draw(st.sampled_from(list(Grain))),
        time_precision=draw(st.integers(1, 4)),
        fatalities=draw(st.none() | st.integers(0, 10_000)),
        notes=draw(_TEXT),
        status=draw(st.sampled_from(list(EventStatus))),
    )
