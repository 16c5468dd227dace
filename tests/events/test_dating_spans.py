"""dating.spans_to: two dates joined as a stretch ("Friday and Saturday") date a deed by its first day."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import temporal
from timeline.events import dating


def _spans(text: str, published: date = date(2025, 1, 15)) -> bool:
    found = sorted(temporal.tag(text, published).timexes, key=lambda t: t.start)
    assert len(found) >= 2, f"two time expressions expected in {text!r}"
    return dating.spans_to(text, found[0], found[1])


@pytest.mark.parametrize("text", dating.cues().day_span.examples)
def test_day_span_examples(text: str) -> None:
    assert _spans(text)


@pytest.mark.parametrize("text", dating.cues().day_span.counter_examples)
def test_day_span_counter_examples(text: str) -> None:
    assert not _spans(text)


def _governing(text: str, trigger: str, published: date) -> str | None:
    tagged = temporal.tag(text, published)
    dated = dating.datable(tagged.timexes)
    start = text.rindex(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    d = dating.governing(
        start, start + len(trigger), sentence_start, len(text), dated, text, dated, published
    )
    return d.value.split("T")[0] if d else None


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "Over Tuesday and Wednesday, militiamen looted shops across the market district of Bunia, "
            "witnesses said.",
            "looted",
            date(2024, 6, 14),
            "2024-06-11",
        ),
        (
            "Soldiers clashed with insurgents around the dam from 3 to 5 May, the army said.",
            "clashed",
            date(2023, 5, 9),
            "2023-05-03",
        ),
        (
            "Protesters blocked the main highway near Quetta on Sunday and Monday.",
            "blocked",
            date(2022, 8, 17),
            "2022-08-14",
        ),
    ],
)
def test_a_stretch_of_days_dates_the_deed_by_its_first(
    text: str, trigger: str, published: date, expected: str
) -> None:
    assert _governing(text, trigger, published) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        # two deeds, each with its own day: the nearer one governs, as before
        (
            "Rebels shelled the town on Friday and again on Saturday, killing four.",
            "again",
            date(2021, 3, 9),
            "2021-03-06",
        ),
        # a statement's day after a deed's day is no stretch
        (
            "Gunmen abducted 30 pupils on Tuesday, and police said on Wednesday that 12 had escaped.",
            "abducted",
            date(2020, 2, 14),
            "2020-02-11",
        ),
    ],
)
def test_no_stretch(text: str, trigger: str, published: date, expected: str) -> None:
    assert _governing(text, trigger, published) == expected
