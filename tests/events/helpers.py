"""Hand-built inputs for event tests: articles and time expressions located by their text."""

from __future__ import annotations

from datetime import date

from timeline.events import extract
from timeline.models import Anchor, Article, Event, Grain, Interval, TaggedText, TimeExpression, TimexType


def timex(
    text: str,
    phrase: str,
    value: str,
    first: date,
    last: date,
    grain: Grain,
    *,
    occurrence: int = 1,
    anchor: Anchor = Anchor.PUBLICATION,
    points_to: str | None = None,
) -> TimeExpression:
    """A resolved time expression at the n-th occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return TimeExpression(
        start=start,
        end=start + len(phrase),
        text=phrase,
        type=TimexType.DURATION if points_to else TimexType.DATE,
        value=f"P{value}" if points_to else value,
        interval=Interval(first=first, last=last),
        grain=grain,
        anchor=anchor,
        points_to=points_to,
        rule="test",
    )


def events_of(
    text: str, published: date = date(2020, 6, 15), timexes: list[TimeExpression] | None = None
) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    return extract(article, TaggedText(timexes=timexes or []))
