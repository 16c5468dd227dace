"""Conflict events from an article and its resolved time expressions."""

from __future__ import annotations

from timeline.models import Article, ControlPeriod, Event, TaggedText


def extract(article: Article, tagged: TaggedText) -> list[Event]:
    """Typed, dated, sourced events of one article (ACLED taxonomy)."""
    raise NotImplementedError("event extraction is being built")


def control_periods(events: list[Event]) -> list[ControlPeriod]:
    """Per place, who held it from when to when, from the control-change events."""
    raise NotImplementedError("control periods are being built")
