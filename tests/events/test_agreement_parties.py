"""Parties of an agreement told in the passive: those named after "between", in their order; a place's
country is a bystander, never a party."""

from datetime import date

from timeline import temporal
from timeline.events import extract
from timeline.models import Article, Event, SubEventType


def _agreements(text: str) -> list[Event]:
    published = date(2020, 10, 11)
    article = Article(text=text, published=published, title="test")
    return [
        e
        for e in extract(article, temporal.tag(text, published))
        if e.sub_event_type is SubEventType.AGREEMENT
    ]


def test_states_after_of_in_the_between_phrase_are_the_parties_in_order() -> None:
    text = (
        "The ceasefire was agreed in Moscow early on Saturday after more than 10 hours of talks between the "
        "foreign ministers of Armenia and Azerbaijan hosted by Russian Foreign Minister Sergei Lavrov."
    )
    (e,) = _agreements(text)
    assert e.location is not None and e.location.name == "Moscow"
    assert e.actor1 == "Government of Armenia (2018-)" and e.actor2 == "Government of Azerbaijan (2003-)"


def test_between_names_its_parties_in_order_too() -> None:
    text = "The ceasefire was agreed in Moscow on Saturday after talks between Azerbaijan and Armenia."
    (e,) = _agreements(text)
    assert e.actor1 == "Government of Azerbaijan (2003-)"


def test_the_country_of_a_foreign_capital_is_no_party() -> None:
    text = (
        "President Ilham Aliyev said on Friday that Azerbaijani forces had captured Hadrut. "
        "A ceasefire was signed in the Kyrgyz capital Bishkek in May 1994, but the front line has flared since."
    )
    (e,) = [e for e in _agreements(text) if e.location is not None and e.location.name == "Bishkek"]
    assert "Kyrgyzstan" not in f"{e.actor1} {e.actor2}"
