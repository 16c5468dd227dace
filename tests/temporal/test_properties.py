"""Properties that hold for any text and any publication date."""

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.models import TimexType
from timeline.temporal import tag

# TIMEX3 value syntax (TimeML 1.2.1), with X for unknown digits.
_D = r"[\dX]"
_DATE = rf"{_D}{{2}}|{_D}{{3}}|{_D}{{4}}(-(\d\d|XX)(-(\d\d|XX))?|-W{_D}{{2}}(-WE)?|-Q[1-4X]|-H[12X]|-(SP|SU|FA|WI))?"
_TIME = rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}T(\d\d(:\d\d(:\d\d)?)?|MO|AF|EV|NI|DT)"
_DURATION = r"P((\d+(\.\d+)?|X)(Y|M|W|D|DE|CE|Q|H|WE))+|P((\d+(\.\d+)?|X)[YMWD])*T((\d+(\.\d+)?|X)[HMS])+"
_REF = r"PRESENT_REF|PAST_REF|FUTURE_REF"
_SET = rf"{_DURATION}|XXXX-WXX-\d|XXXX-XX-XX(T(MO|AF|EV|NI))?|XXXX-\d\d(-\d\d)?|{_DATE}|{_TIME}"
VALUE = {
    TimexType.DATE: re.compile(rf"^({_DATE}|{_REF})$"),
    TimexType.TIME: re.compile(rf"^({_TIME}|{_DATE}|{_REF})$"),
    TimexType.DURATION: re.compile(rf"^({_DURATION})$"),
    TimexType.SET: re.compile(rf"^({_SET})$"),
}

NEWSY = st.sampled_from(
    [
        "last year",
        "in March",
        "March last year",
        "eight months later",
        "on Thursday",
        "yesterday",
        "the 1990s",
        "early May",
        "by June 4",
        "since 2015",
        "2017-05-31",
        "31 May 2017",
        "every Friday",
        "three weeks ago",
        "the past five days",
        "now",
        "Q3",
        "the first week of May",
        "this morning",
        "between March and May 2016",
        "© 2024",
        "4-2",
        "F-16",
        "12:30",
        "a few days",
        "next week",
    ]
)
TEXT = st.lists(st.one_of(NEWSY, st.text(max_size=30)), max_size=12).map(" ".join)
DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=DATES)
def test_any_text_any_date_gives_well_formed_expressions(text: str, published: date) -> None:
    result = tag(text, published)
    for tx in result.timexes:
        assert 0 <= tx.start < tx.end <= len(text)
        assert text[tx.start : tx.end] == tx.text
        assert VALUE[tx.type].match(tx.value), (tx.type, tx.value, tx.text)
        if tx.interval is not None:
            assert tx.interval.first <= tx.interval.last


@settings(max_examples=100, deadline=None)
@given(published=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_engine_reads_no_clock(published: date) -> None:
    # The same text at two publication dates resolves to two different years: the date is an input.
    text = "The talks collapsed last year."
    [tx] = tag(text, published).timexes
    assert tx.value == str(published.year - 1)
