"""The article's country (for places the gazetteer lacks and events with no place) is voted by the
places the story is in; where people were flown, taken or fled to does not vote."""

from datetime import date

from tests.events.helpers import events_of


def test_where_the_wounded_were_flown_does_not_vote() -> None:
    text = (
        "The wounded governor was flown to Nairobi for treatment, and two aides were flown to Nairobi too.\n"
        "Gunmen attacked the governor's convoy in Garbaharey on Monday, killing four guards, police in Somalia said."
    )
    events = [
        e
        for e in events_of(text, date(2022, 3, 1))
        if e.event_type.value == "Battles" or e.sub_event_type.value == "Attack"
    ]
    assert events and all(e.location is not None and e.location.country == "Somalia" for e in events)


def test_where_the_story_is_still_votes() -> None:
    text = "Gunmen attacked a police post in Mandera on Monday. Police in Nairobi said four officers were killed."
    (e,) = [
        e
        for e in events_of(text, date(2022, 3, 1))
        if e.event_type.value == "Battles" or e.sub_event_type.value == "Attack"
    ]
    assert e.location is not None and e.location.country == "Kenya"
