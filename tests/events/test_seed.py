"""The seed article (IBTimes, 2017-05-31): what the engine must read from it.

Every test runs twice: on the temporal engine's own reading of the article, and on a TaggedText
built by hand from the values it must produce (TIMEX3 values, intervals, the anchored offset's
points_to), so that a regression is placed in the right stage.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.events.helpers import timex
from timeline import temporal
from timeline.events import control_periods, extract
from timeline.ingest.files import read_path
from timeline.models import Anchor, Article, Event, EventStatus, Grain, SubEventType, TaggedText

SEED = Path(__file__).resolve().parents[2] / "seeds" / "ibtimes-2017-05-31-russia-kalibr-palmyra.txt"
RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"


def _seed() -> Article:
    article = next(iter(read_path(SEED)))
    assert isinstance(article, Article)
    return article


def _hand_tagged(text: str) -> TaggedText:
    return TaggedText(
        timexes=[
            timex(text, "Wednesday, 31 May", "2017-05-31", date(2017, 5, 31), date(2017, 5, 31), Grain.DAY),
            timex(text, "early May", "2017-05", date(2017, 5, 1), date(2017, 5, 10), Grain.MONTH),
            timex(text, "2015", "2015", date(2015, 1, 1), date(2015, 12, 31), Grain.YEAR, anchor=Anchor.NONE),
            timex(text, "2015", "2015", date(2015, 1, 1), date(2015, 12, 31), Grain.YEAR, occurrence=2),
            timex(text, "March last year", "2016-03", date(2016, 3, 1), date(2016, 3, 31), Grain.MONTH),
            timex(
                text,
                "eight months later",
                "8M",
                date(2016, 11, 1),
                date(2016, 11, 30),
                Grain.MONTH,
                anchor=Anchor.REFERENCE,
                points_to="2016-11",
            ),
            timex(text, "March this year", "2017-03", date(2017, 3, 1), date(2017, 3, 31), Grain.MONTH),
            timex(text, "Earlier this month", "2017-05", date(2017, 5, 1), date(2017, 5, 31), Grain.MONTH),
            timex(text, "June 4", "2017-06-04", date(2017, 6, 4), date(2017, 6, 4), Grain.DAY),
        ]
    )


def _tagged(article: Article, how: str) -> TaggedText:
    return _hand_tagged(article.text) if how == "hand" else temporal.tag(article.text, article.published)


@pytest.fixture(scope="module", params=["temporal", "hand"])
def seed_events(request: pytest.FixtureRequest) -> list[Event]:
    article = _seed()
    return extract(article, _tagged(article, str(request.param)))


def _one(events: list[Event], sub: SubEventType, value: str) -> Event:
    found = [e for e in events if e.sub_event_type is sub and e.date.value == value]
    assert len(found) == 1, (sub, value, [(e.sub_event_type, e.date.value) for e in events])
    return found[0]


def test_missile_strike_near_palmyra(seed_events: list[Event]) -> None:
    strike = _one(seed_events, SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, "2017-05-31")
    assert strike.actor1 == RUSSIA and strike.inter1 == 8
    assert strike.actor2 == "Islamic State" and strike.interaction == 28
    assert strike.location is not None and strike.location.name == "Palmyra"
    assert strike.location.country == "Syria" and strike.location.geo_precision == 2
    assert strike.time_precision == 1 and strike.status is EventStatus.HAPPENED
    # every mention of the one strike (headline, lead, "the strikes") is folded into one event
    assert (
        len([e for e in seed_events if e.sub_event_type is SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK])
        == 1
    )
    assert not [e for e in seed_events if e.sub_event_type is SubEventType.AIR_DRONE_STRIKE]


def test_control_changes_each_with_its_own_date(seed_events: list[Event]) -> None:
    first = _one(seed_events, SubEventType.GOVERNMENT_REGAINS_TERRITORY, "2016-03")
    assert first.actor1 == SYRIA and RUSSIA in first.assoc_actor_1 and first.time_precision == 3
    assert (
        first.location is not None and first.location.name == "Palmyra" and first.location.geo_precision == 1
    )
    lost = _one(seed_events, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "2016-11")
    assert lost.actor1 == "Islamic State" and lost.date.anchor is Anchor.REFERENCE
    again = _one(seed_events, SubEventType.GOVERNMENT_REGAINS_TERRITORY, "2017-03")
    assert again.actor1 == SYRIA and again.actor2 == "Islamic State"  # "drove them out"
    assert again.location is not None and again.location.name == "Palmyra"


def test_agreement_and_frigate(seed_events: list[Event]) -> None:
    deal = _one(seed_events, SubEventType.AGREEMENT, "2017-05")
    assert deal.actor1 == "Government of Russia (2000-)"
    assert set(deal.assoc_actor_1) == {"Government of Iran (1989-)", "Government of Turkey (2002-)"}
    assert deal.status is EventStatus.HAPPENED
    frigate = _one(seed_events, SubEventType.CHANGE_TO_GROUP_ACTIVITY, "2017-05")
    assert frigate.actor1 == RUSSIA and frigate.date.text == "early May"


def test_ongoing_fighting_and_nothing_from_the_footer(seed_events: list[Event]) -> None:
    fighting = [e for e in seed_events if e.sub_event_type is SubEventType.ARMED_CLASH]
    assert [e.status for e in fighting] == [EventStatus.ONGOING]
    assert all("Copyright" not in e.evidence.text for e in seed_events)


def test_palmyra_control_periods(seed_events: list[Event]) -> None:
    periods = [p for p in control_periods(seed_events) if p.place == "Palmyra"]
    assert [(p.holder, p.since.value if p.since else None) for p in periods] == [
        (SYRIA, "2016-03"),
        ("Islamic State", "2016-11"),
        (SYRIA, "2017-03"),
    ]
    assert periods[0].until is not None and periods[0].until.value == "2016-11"
    assert periods[-1].until is None


def test_evidence_and_ids_are_traceable_and_stable(seed_events: list[Event]) -> None:
    article = _seed()
    for e in seed_events:
        assert article.text[e.evidence.start : e.evidence.end] == e.evidence.text
        t = e.evidence.trigger
        assert article.text[t.start : t.end] == t.text
        assert e.evidence.start <= t.start < t.end <= e.evidence.end
    ids = {e.id for e in seed_events}
    again = {e.id for how in ("hand", "temporal") for e in extract(article, _tagged(article, how))}
    assert ids <= again
