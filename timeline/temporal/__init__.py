"""The temporal engine: find time expressions and resolve them against the publication date and
the story's own reference time. The engine never reads the clock.

Pass 1 (recognize.py) finds spans with the data-driven rules and gives them underspecified
values; pass 2 (resolve.py) resolves those in text order against the publication date or the
story's reference time (reference.py).
"""

from __future__ import annotations

from datetime import date

from timeline.models import TaggedText
from timeline.temporal.dateline import check_dateline
from timeline.temporal.patterns import default_engine
from timeline.temporal.recognize import find_candidates
from timeline.temporal.resolve import resolve_document


def tag(text: str, published: date) -> TaggedText:
    """Every time expression in `text`, resolved against `published`."""
    engine = default_engine()
    candidates = find_candidates(engine, text)
    timexes = resolve_document(engine, text, candidates, published)
    return TaggedText(timexes=timexes, warnings=check_dateline(text, candidates, published))
