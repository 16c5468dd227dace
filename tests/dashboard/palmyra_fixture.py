"""Hand-built events and control periods of the seed article.

They stand in for the pipeline so the figure builders and callbacks are tested on their own.
The seed says what these say; the actor names follow ACLED's conventions.
"""

from __future__ import annotations

from datetime import date

from timeline.models import (
    EVENT_TYPE_OF,
    Article,
    ArticleResult,
    ControlPeriod,
    DateBound,
    Event,
    EventDate,
    Evidence,
    Grain,
    Location,
    Source,
    Span,
    SubEventType,
)

RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"
IRAN = "Military Forces of Iran (1989-)"
TURKEY = "Military Forces of Turkey (2016-)"
IS = "Islamic State (Syria)"

SOURCE = Source(
    article_id="ibtimes-2017-05-31-russia-kalibr-palmyra",
    title="Russian warships fire Kalibr cruise missiles at Isis targets near Palmyra in Syria",
    outlet="International Business Times",
    url="https://www.ibtimes.co.uk/russian-warships-fire-kalibr-cruise-missiles",
    published=date(2017, 5, 31),
)
PALMYRA = Location(name="Palmyra", country="Syria", admin1="Homs", latitude=34.56, longitude=38.28)


def _event(
    id: str,
    sub: SubEventType,
    value: str,
    first: date,
    last: date,
    grain: Grain,
    text: str | None,
    sentence: str,
    trigger: str,
    actor1: str | None,
    actor2: str | None = None,
    assoc1: list[str] | None = None,
    location: Location | None = PALMYRA,
    precision: int = 1,
) -> Event:
    at = sentence.index(trigger)
    return Event(
        id=id,
        event_type=EVENT_TYPE_OF[sub],
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=assoc1 or [],
        location=location,
        date=EventDate(value=value, start=first, end=last, grain=grain, text=text),
        time_precision=precision,
        evidence=Evidence(
            text=sentence,
            start=0,
            end=len(sentence),
            trigger=Span(text=trigger, start=at, end=at + len(trigger)),
        ),
        source=SOURCE,
    )


def seed_events() -> list[Event]:
    recapture = (
        "Syrian troops backed by Russian airstrikes captured Palmyra in March last year and Moscow even"
        " flew in one of its best classical musicians to play a triumphant concert at Palmyra's"
        " ancient theater."
    )
    overtaken = (
        "IS forces, however, recaptured Palmyra eight months later before Syrian government troops drove"
        " them out again in March this year."
    )
    return [
        _event(
            "ev-strike",
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            "2017-05-31",
            date(2017, 5, 31),
            date(2017, 5, 31),
            Grain.DAY,
            "Wednesday, 31 May",
            "Russia has fired at least four cruise missiles at Islamic State (Isis) targets near Palmyra on "
            "Wednesday, 31 May.",
            "fired",
            RUSSIA,
            IS,
        ),
        _event(
            "ev-regain-2016",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            "2016-03",
            date(2016, 3, 1),
            date(2016, 3, 31),
            Grain.MONTH,
            "March last year",
            recapture,
            "captured",
            SYRIA,
            IS,
            [RUSSIA],
            precision=3,
        ),
        _event(
            "ev-overtake-2016",
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            "2016-11",
            date(2016, 11, 1),
            date(2016, 11, 30),
            Grain.MONTH,
            "eight months later",
            overtaken,
            "recaptured",
            IS,
            SYRIA,
            precision=3,
        ),
        _event(
            "ev-regain-2017",
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            "2017-03",
            date(2017, 3, 1),
            date(2017, 3, 31),
            Grain.MONTH,
            "March this year",
            overtaken,
            "drove them out",
            SYRIA,
            IS,
            precision=3,
        ),
        _event(
            "ev-agreement",
            SubEventType.AGREEMENT,
            "2017-05",
            date(2017, 5, 1),
            date(2017, 5, 31),
            Grain.MONTH,
            "Earlier this month",
            "Earlier this month Russia, Iran and Turkey agreed to establish safe zones in Syria, signing on"
            " to a Russian plan under which Assad's air force would halt flights over designated areas"
            " across the war-torn country.",
            "agreed",
            RUSSIA,
            None,
            [IRAN, TURKEY],
            location=Location(name="Syria", country="Syria", geo_precision=3),
            precision=3,
        ),
        _event(
            "ev-frigate",
            SubEventType.CHANGE_TO_GROUP_ACTIVITY,
            "2017-05",
            date(2017, 5, 1),
            date(2017, 5, 10),
            Grain.MONTH,
            "early May",
            "The Admiral Essen frigate joined Russia's Mediterranean fleet only in early May.",
            "joined",
            RUSSIA,
            location=None,
            precision=3,
        ),
    ]


def _month(value: str, first: date, last: date) -> DateBound:
    return DateBound(value=value, start=first, end=last, grain=Grain.MONTH)


def seed_periods() -> list[ControlPeriod]:
    march_2016 = _month("2016-03", date(2016, 3, 1), date(2016, 3, 31))
    november_2016 = _month("2016-11", date(2016, 11, 1), date(2016, 11, 30))
    march_2017 = _month("2017-03", date(2017, 3, 1), date(2017, 3, 31))
    return [
        ControlPeriod(
            place="Palmyra",
            country="Syria",
            holder=SYRIA,
            since=march_2016,
            until=november_2016,
            event_ids=["ev-regain-2016", "ev-overtake-2016"],
        ),
        ControlPeriod(
            place="Palmyra",
            country="Syria",
            holder=IS,
            since=november_2016,
            until=march_2017,
            event_ids=["ev-overtake-2016", "ev-regain-2017"],
        ),
        ControlPeriod(
            place="Palmyra", country="Syria", holder=SYRIA, since=march_2017, event_ids=["ev-regain-2017"]
        ),
    ]


def seed_result() -> ArticleResult:
    """The seed's events as one stored article, so callbacks run against a real store."""
    events = seed_events()
    text = "\n".join(dict.fromkeys(e.evidence.text for e in events))
    article = Article(
        id=SOURCE.article_id,
        title=SOURCE.title,
        text=text,
        published=SOURCE.published,
        outlet=SOURCE.outlet,
        url=SOURCE.url,
    )
    return ArticleResult(article=article, events=events)
