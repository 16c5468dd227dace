"""Control periods from control-change events, disagreements kept side by side."""

from datetime import date

from tests.events.helpers import events_of, timex
from timeline.events import control_periods, extract
from timeline.models import Article, Event, Grain, TaggedText

SYRIA = "Military Forces of Syria (2000-)"


def _article_events(
    article_id: str, text: str, published: date, stamps: list[tuple[str, str, date, date]]
) -> list[Event]:
    tx = [timex(text, phrase, value, first, last, Grain.MONTH) for phrase, value, first, last in stamps]
    return extract(Article(id=article_id, text=text, published=published), TaggedText(timexes=tx))


def test_sequence_of_holders_with_bounds() -> None:
    text = "IS fighters seized Palmyra in May 2015. Syrian troops recaptured Palmyra in March 2016."
    events = _article_events(
        "a",
        text,
        date(2016, 4, 1),
        [
            ("May 2015", "2015-05", date(2015, 5, 1), date(2015, 5, 31)),
            ("March 2016", "2016-03", date(2016, 3, 1), date(2016, 3, 31)),
        ],
    )
    periods = control_periods(events)
    assert [(p.holder, p.since and p.since.value, p.until and p.until.value) for p in periods] == [
        ("Islamic State", "2015-05", "2016-03"),
        (SYRIA, "2016-03", None),
    ]
    assert periods[0].since is not None and periods[0].since.start == date(2015, 5, 1)
    assert periods[0].since.end == date(2015, 5, 31) and periods[0].event_ids == [events[0].id]


def test_two_sources_disagreeing_on_the_date_are_both_kept() -> None:
    a = _article_events(
        "a",
        "IS fighters recaptured Palmyra in November.",
        date(2017, 1, 5),
        [("November", "2016-11", date(2016, 11, 1), date(2016, 11, 30))],
    )
    b = _article_events(
        "b",
        "IS fighters recaptured Palmyra in December.",
        date(2017, 1, 6),
        [("December", "2016-12", date(2016, 12, 1), date(2016, 12, 31))],
    )
    (period,) = control_periods(a + b)
    assert period.holder == "Islamic State" and period.since is not None and period.since.value == "2016-11"
    assert period.event_ids == [a[0].id] and period.disputed_by == [b[0].id]


def test_two_sources_naming_different_holders_dispute_each_other() -> None:
    a = _article_events(
        "a",
        "Syrian troops captured Palmyra in March.",
        date(2016, 4, 1),
        [("March", "2016-03", date(2016, 3, 1), date(2016, 3, 31))],
    )
    b = _article_events(
        "b",
        "IS fighters seized Palmyra in March.",
        date(2016, 4, 2),
        [("March", "2016-03", date(2016, 3, 1), date(2016, 3, 31))],
    )
    periods = control_periods(a + b)
    assert {p.holder for p in periods} == {SYRIA, "Islamic State"}
    assert all(p.disputed_by for p in periods)


def test_withdrawal_ends_a_period_and_planned_changes_do_not_count() -> None:
    events = events_of(
        "Russian troops captured Kherson in March. Russian troops withdrew from Kherson in November. "
        "Ukraine plans to retake Melitopol."
    )
    periods = control_periods(events)
    assert [p.place for p in periods] == ["Kherson"]
    assert periods[0].until is not None  # closed by the withdrawal


def test_coordinated_places_give_one_change_each() -> None:
    events = events_of("Taliban fighters seized Kunduz and Taloqan on Sunday.")
    assert sorted(e.location.name for e in events if e.location) == ["Kunduz", "Taloqan"]
    assert len({e.id for e in events}) == 2


def test_headline_yields_to_the_body() -> None:
    text = "Rebels seize town\nRebel fighters seized Ghazni on Monday after heavy fighting."
    events = events_of(text)
    assert [e.evidence.start > 0 for e in events if e.sub_event_type.value.startswith("Non-state")] == [True]


def test_government_affiliates_hold_for_the_state() -> None:
    events = events_of("Popular Mobilization Forces recaptured Tikrit on Sunday.")
    assert [e.sub_event_type.value for e in events] == ["Government regains territory"]
    (period,) = control_periods(events)
    assert period.holder == "Military Forces of Iraq (2014-)"
    abroad = events_of("Popular Mobilization Forces captured Abu Kamal in Syria.")
    assert [e.sub_event_type.value for e in abroad] == ["Non-state actor overtakes territory"]
