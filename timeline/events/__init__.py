"""Conflict events from an article and its resolved time expressions."""

from __future__ import annotations

from timeline.events.control import control_periods as _control_periods
from timeline.events.extract import extract as _extract
from timeline.models import Article, ControlPeriod, Event, TaggedText


def extract(article: Article, tagged: TaggedText) -> list[Event]:
    """Typed, dated, sourced events of one article (ACLED taxonomy)."""
    return _extract(article, tagged)


def control_periods(events: list[Event]) -> list[ControlPeriod]:
    """Per place, who held it from when to when, from the control-change events."""
    return _control_periods(events)
