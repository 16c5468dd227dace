from datetime import date, datetime

import pytest

from timeline.ingest.published import PublishedDateError, parse_published


@pytest.mark.parametrize(
    "given",
    [
        "2017-05-31",
        "2017-05-31T10:04:00Z",
        "2017-05-31 10:04",
        "Wed, 31 May 2017 10:04 BST",
        "Wednesday 31 May 2017",
        "May 31, 2017",
        "31 May 2017",
        "31/05/2017",
        date(2017, 5, 31),
        datetime(2017, 5, 31, 23, 59),
    ],
)
def test_reads_full_dates_in_any_common_format(given: object) -> None:
    assert parse_published(given) == date(2017, 5, 31)  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["yesterday", "today", "3 days ago", "May 2017", "2017", "", "   ", "soon"])
def test_refuses_relative_partial_or_empty_dates(given: str) -> None:
    # A relative date would need the clock, which the engine never reads.
    with pytest.raises(PublishedDateError, match="publication date"):
        parse_published(given)


def test_impossible_iso_date_says_why() -> None:
    with pytest.raises(PublishedDateError, match="not a calendar date"):
        parse_published("2017-02-30")
