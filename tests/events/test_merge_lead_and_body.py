"""A lead tells a deed "in a village in <region>", dated only by the statement ("officials said on
Tuesday"); the body names the village and the deed's own day: one event, at the village, on its day,
with the doer the lead named. "The bomb" in a witness's words is that deed again. Two deeds at two
towns on two days stay two."""

from datetime import date

from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, EventStatus


def _events(text: str, published: date) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    found = extract(article, temporal.tag(text, published))
    return [e for e in found if e.status in {EventStatus.HAPPENED, EventStatus.ONGOING}]


def test_lead_in_a_village_of_a_region_and_the_named_village_are_one_strike() -> None:
    text = (
        "A Nigerian military air strike killed 30 civilians at a market in a village in northern Borno state, "
        "officials said on Thursday.\n\n"
        "Jets struck the weekly market in Kurmari on Tuesday morning as traders gathered, residents said."
    )
    events = _events(text, date(2022, 3, 10))
    assert len(events) == 1
    e = events[0]
    assert e.location is not None and e.location.name == "Kurmari"
    assert e.date.value.startswith("2022-03-08")
    assert e.actor1 is not None and e.actor1.startswith("Military Forces of Nigeria")


def test_a_witness_telling_of_the_bomb_is_the_strike_again() -> None:
    text = (
        "A military drone struck a crowd in a village in southern Kaduna state on Sunday, killing 40 people, "
        "officials said on Monday.\n\n"
        '"We were praying when the bomb fell on us," a survivor said.'
    )
    events = _events(text, date(2023, 5, 9))
    assert [e.sub_event_type.value for e in events] == ["Air/drone strike"]


def test_a_lead_at_a_named_region_without_an_unnamed_town_stays_apart() -> None:
    text = (
        "Insurgents shelled army positions across Tigray region, the military said on Friday.\n\n"
        "On Wednesday, rebels shelled Adigrat, killing two soldiers."
    )
    events = _events(text, date(2021, 7, 2))
    assert len(events) == 2


def test_two_strikes_at_two_towns_on_two_days_stay_two() -> None:
    text = (
        "Warplanes bombed a village in Idlib province on Monday, killing six, the monitor said on Wednesday.\n\n"
        "On Tuesday, jets struck Saraqeb, killing a child. "
        "On Monday, jets struck Ariha, wounding four."
    )
    events = _events(text, date(2020, 2, 12))
    places = sorted(e.location.name for e in events if e.location)
    assert "Saraqib" in places and "Ariha" in places
    assert len(events) >= 2


def test_a_deed_dated_by_hours_after_is_the_one_told_the_evening_before() -> None:
    text = (
        "Troops opened fire on protesters in Basra on Friday, killing nine, hours after rioters torched "
        "the Turkish consulate in the city of Kirkuk.\n\n"
        "Rioters torched the consulate in Kirkuk late on Thursday, police said."
    )
    events = [e for e in _events(text, date(2019, 11, 30)) if e.location and e.location.name == "Kirkuk"]
    assert [e.date.value[:10] for e in events] == ["2019-11-28"]


def test_riots_two_days_apart_stay_two() -> None:
    text = (
        "Troops opened fire on protesters in Basra on Friday, killing nine, hours after rioters torched "
        "the Turkish consulate in the city of Kirkuk.\n\n"
        "Rioters had torched the consulate in Kirkuk on Tuesday too, police said."
    )
    events = [e for e in _events(text, date(2019, 11, 30)) if e.location and e.location.name == "Kirkuk"]
    assert len(events) == 2
