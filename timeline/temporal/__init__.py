"""The temporal engine: find time expressions and resolve them against the publication date and
the story's own reference time. The engine never reads the clock."""

from __future__ import annotations

from datetime import date

from timeline.models import TaggedText


def tag(text: str, published: date) -> TaggedText:
    """Every time expression in `text`, resolved against `published`."""
    raise NotImplementedError("the temporal engine is being built")
