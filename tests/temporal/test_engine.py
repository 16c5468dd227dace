"""Engine-wide properties: valid TIMEX3 values, offsets, no clock, robustness."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

from timeline.temporal import tag
from timeline.temporal.lexicon import default_data
from timeline.temporal.timex_values import is_valid

TIMELINE = Path(__file__).parents[2] / "timeline"


def test_the_engine_never_reads_the_clock() -> None:
    clock = re.compile(r"\b(?:date|datetime)\.(?:today|now|utcnow)\(|\btime\.time\(")
    offenders = [str(p) for p in TIMELINE.rglob("*.py") if clock.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_example_value_is_valid_timex3() -> None:
    for rule in default_data().rules:
        for example in rule.examples:
            for value in [example.value, example.points_to, *(p.value for p in example.parts or [])]:
                assert value is None or is_valid(value), (rule.name, value)


def test_offsets_and_values_on_mixed_text() -> None:
    words = [
        "May",
        "31",
        "2017",
        "the",
        "1990s",
        "last",
        "March",
        "yesterday",
        "eight",
        "months",
        "later",
        "every",
        "Friday",
        "now",
        "10:35",
        "a.m.",
        "Thursday",
        "evening",
        "the",
        "third",
        "quarter",
        "mid-",
        "early",
        "late",
        "2,000",
        "F-16",
        "©",
        "—",
        "ü",
        "🙂",
        "\n\n",
        "31st",
        "of",
    ]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        published = date(rng.randint(1900, 2100), rng.randint(1, 12), rng.randint(1, 28))
        for tx in tag(text, published).timexes:
            assert 0 <= tx.start < tx.end <= len(text)
            assert tx.text == text[tx.start : tx.end]
            assert is_valid(tx.value), tx.value
            assert tx.points_to is None or is_valid(tx.points_to)


def test_extreme_dates_do_not_crash() -> None:
    for published in (date(1, 1, 1), date(9999, 12, 31)):
        tag("Two centuries later, next year, yesterday, 10 years ago, the 1990s, last week.", published)


def test_digits_other_than_ascii_are_not_read_as_dates() -> None:
    assert tag("in ٢٠١٥ and in 2015", date(2017, 5, 31)).timexes[0].value == "2015"
    assert len(tag("in ٢٠١٥", date(2017, 5, 31)).timexes) == 0


def test_text_whose_lower_case_is_longer_keeps_its_offsets() -> None:
    text = "İstanbul, May 31 2017: clashes on Tuesday."
    found = {t.text: t.value for t in tag(text, date(2017, 5, 31)).timexes}
    assert found == {"May 31 2017": "2017-05-31", "Tuesday": "2017-05-30"}
