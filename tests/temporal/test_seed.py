"""The seed article: what a reader of the IBTimes story of 31 May 2017 knows about its dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.models import Anchor, Grain, Interval, TaggedText, TimeExpression, TimexMod
from timeline.temporal import tag

SEED = Path(__file__).parents[2] / "seeds" / "ibtimes-2017-05-31-russia-kalibr-palmyra.txt"
PUBLISHED = date(2017, 5, 31)


@pytest.fixture(scope="module")
def seed() -> tuple[str, TaggedText]:
    text = SEED.read_text(encoding="utf-8").split("---\n", 1)[1]
    return text, tag(text, PUBLISHED)


def _find(result: TaggedText, text: str, phrase: str, nth: int = 0) -> TimeExpression:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    found = [t for t in result.timexes if t.start <= start and start + len(phrase) <= t.end]
    assert found, f"{phrase!r} not tagged"
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "nth", "value", "grain"),
    [
        ("Wednesday, 31 May", 0, "2017-05-31", Grain.DAY),
        ("2015", 0, "2015", Grain.YEAR),
        ("2015", 1, "2015", Grain.YEAR),
        ("March last year", 0, "2016-03", Grain.MONTH),
        ("March this year", 0, "2017-03", Grain.MONTH),
        ("early May", 0, "2017-05", Grain.MONTH),
        ("Earlier this month", 0, "2017-05", Grain.MONTH),
        ("June 4", 0, "2017-06-04", Grain.DAY),
    ],
)
def test_seed_values(seed: tuple[str, TaggedText], phrase: str, nth: int, value: str, grain: Grain) -> None:
    text, result = seed
    tx = _find(result, text, phrase, nth)
    assert (tx.value, tx.grain) == (value, grain)
    assert tx.text == text[tx.start : tx.end]


def test_years_invent_no_day(seed: tuple[str, TaggedText]) -> None:
    text, result = seed
    since = text.index("since 2015")
    (tx,) = [t for t in result.timexes if t.start == since + len("since ")]
    assert tx.text == "2015"  # the preposition is left out
    assert tx.interval == Interval(first=date(2015, 1, 1), last=date(2015, 12, 31))


def test_early_may_is_the_start_of_may(seed: tuple[str, TaggedText]) -> None:
    text, result = seed
    tx = _find(result, text, "early May")
    assert tx.text == "early May"
    assert tx.mod == TimexMod.START


def test_eight_months_later_points_to_november(seed: tuple[str, TaggedText]) -> None:
    text, result = seed
    tx = _find(result, text, "eight months later")
    assert (tx.type, tx.value, tx.duration, tx.points_to) == ("DURATION", "P8M", "P8M", "2016-11")
    assert tx.anchor == Anchor.REFERENCE
    assert tx.interval == Interval(first=date(2016, 11, 1), last=date(2016, 11, 30))


def test_copyright_footer_is_not_tagged(seed: tuple[str, TaggedText]) -> None:
    text, result = seed
    footer = text.index("© Copyright")
    assert not [t for t in result.timexes if t.end > footer]
    assert "2024" not in {t.value for t in result.timexes}


def test_seed_dateline_agrees(seed: tuple[str, TaggedText]) -> None:
    _, result = seed
    assert result.warnings == []
