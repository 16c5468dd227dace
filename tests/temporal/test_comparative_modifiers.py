"""'earlier/later this <period>' compares with the anchor day; 'early/late <period>' splits the period."""

from datetime import date

import pytest

from timeline.temporal import tag

PUBLISHED = date(2017, 5, 31)


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        ("Earlier this month the sides agreed.", "2017-05", date(2017, 5, 1), date(2017, 5, 30)),
        ("Earlier this year the town fell.", "2017", date(2017, 1, 1), date(2017, 5, 30)),
        ("Talks will resume later this year.", "2017", date(2017, 6, 1), date(2017, 12, 31)),
        # Not comparatives: the first or last third of the period.
        ("The frigate arrived in early May.", "2017-05", date(2017, 5, 1), date(2017, 5, 10)),
        ("The offensive began in late 2016.", "2016", date(2016, 9, 1), date(2016, 12, 31)),
    ],
)
def test_interval(text: str, value: str, first: date, last: date) -> None:
    [tx] = tag(text, PUBLISHED).timexes
    assert tx.value == value
    assert tx.interval is not None and (tx.interval.first, tx.interval.last) == (first, last)


def test_no_day_before_the_anchor_falls_back_to_the_first_third() -> None:
    [tx] = tag("Earlier this month they met.", date(2017, 5, 1)).timexes
    assert tx.interval is not None and (tx.interval.first, tx.interval.last) == (
        date(2017, 5, 1),
        date(2017, 5, 10),
    )
