"""A deed told first with an unnamed doer and then with its doer named is one event, and the named
doer is kept (ACLED: one event per deed, coded with the perpetrator the sources name)."""

from tests.events.helpers import events_of


def _clashes(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor1, e.location.name if e.location else None)
        for e in events_of(text)
        if e.sub_event_type.value == "Armed clash"
    ]


def test_the_named_doer_of_a_retold_deed_is_kept() -> None:
    text = (
        "Gunmen ambushed a police convoy in El Aguaje on Monday, killing 13 officers, officials said. "
        "Jalisco New Generation Cartel gunmen ambushed the convoy as it drove through the town, "
        "the state prosecutor said."
    )
    assert _clashes(text) == [("CJNG (Jalisco New Generation Cartel)", "El Aguaje")]


def test_a_capitalised_new_in_a_name_is_no_new_deed() -> None:
    text = (
        "Suspected militants attacked an army post near Beni on Sunday, the army said. "
        "The New People's Army attacked the post before dawn, a spokesman said."
    )
    assert len([e for e in events_of(text) if e.event_type.value == "Battles"]) == 1


def test_a_new_deed_stays_separate() -> None:
    text = (
        "Gunmen attacked a police station in Zamfara on Monday. "
        "In a new attack, Boko Haram fighters attacked a police station in Maiduguri on Monday."
    )
    assert len([e for e in events_of(text) if e.event_type.value == "Battles"]) == 2
