from datetime import date

import pytest

from dashboard.filters import FilterError, filter_from_params, filter_from_query, query_from_filter
from timeline.models import EventFilter


def test_query_string_round_trips_every_field():
    flt = EventFilter(
        actors=["Islamic State (Syria)", "Military Forces of Russia (2000-)"],
        types=["Battles", "Agreement"],
        places=["Palmyra"],
        since=date(2016, 1, 1),
        until=date(2017, 12, 31),
    )
    query = query_from_filter(flt)
    assert query.startswith("?actor=Islamic+State+%28Syria%29&actor=Military")
    assert filter_from_query(query) == flt


def test_no_filter_is_an_empty_query():
    assert query_from_filter(EventFilter()) == ""
    assert filter_from_query("") == EventFilter()
    assert filter_from_query(None) == EventFilter()


def test_blank_and_repeated_values_are_dropped():
    flt = filter_from_query("?actor=&actor=A&actor=A&place=+Palmyra+")
    assert flt.actors == ["A"]
    assert flt.places == ["Palmyra"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"since": ["31/05/2017"]}, "'since' must be a date as YYYY-MM-DD"),
        ({"since": ["2017-01-01", "2017-02-01"]}, "'since' may be given once"),
        ({"since": ["2017-06-01"], "until": ["2017-01-01"]}, "is before 'since'"),
        ({"actors": ["A"]}, "unknown query parameter(s) ['actors']"),
    ],
)
def test_bad_parameters_say_how_to_fix_them(params, message):
    with pytest.raises(FilterError, match=None) as info:
        filter_from_params(params)
    assert message in str(info.value)


def test_the_page_ignores_unknown_parameters():
    assert filter_from_query("?utm_source=mail&place=Palmyra").places == ["Palmyra"]
