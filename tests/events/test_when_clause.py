"""A deed told in a "when" clause happened at the time its main clause names: it is dated by it, and a
background deed so dated stays apart from the story's deed at the same place."""

from datetime import date

from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, SubEventType


def _read(text: str, published: date) -> list[Event]:
    article = Article(text=text, published=published, title="test")
    return extract(article, temporal.tag(text, published))


def test_the_background_war_told_in_a_when_clause_is_its_own_event() -> None:
    text = (
        "Fighting between government troops and SPLA-IO forces broke out in Juba on Friday, killing 272 people. "
        "The violence has raised fears of a return to the civil war that broke out in Juba in December 2013, "
        "when fighting between troops loyal to Kiir and Machar spread across the country."
    )
    clashes = [e for e in _read(text, date(2016, 7, 12)) if e.sub_event_type is SubEventType.ARMED_CLASH]
    assert {e.date.value for e in clashes} == {"2016-07-08", "2013-12"}


def test_the_main_clause_date_carries_into_the_when_clause() -> None:
    text = (
        "Troops declared Marawi liberated on Monday. The crisis erupted on May 23, when troops raided a house "
        "in the city in an attempt to capture Hapilon."
    )
    raids = [e for e in _read(text, date(2017, 10, 17)) if e.evidence.trigger.text == "raided"]
    assert raids and raids[0].date.value == "2017-05-23" and not raids[0].date.inherited


def test_a_when_clause_after_an_undated_main_clause_keeps_the_story_time() -> None:
    # look-alike: nothing dates the main clause, so the deed keeps the story's day
    text = "Gunmen attacked Bama on Sunday. Residents fled when gunmen attacked a market in the town."
    attacks = [e for e in _read(text, date(2020, 6, 15)) if e.evidence.trigger.text == "attacked"]
    assert attacks and all(e.date.value == "2020-06-14" for e in attacks)
