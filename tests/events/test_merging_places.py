"""Which tellings of one deed at two places are one event (ACLED: one event per place and day)."""

from datetime import date

from tests.events.helpers import events_of
from timeline import temporal

PUBLISHED = date(2024, 1, 24)


def _places(text: str) -> list[tuple[str, str | None]]:
    tagged = temporal.tag(text, PUBLISHED)
    return [
        (e.sub_event_type.value, e.location.name if e.location else None)
        for e in events_of(text, PUBLISHED, tagged.timexes)
    ]


def test_a_region_of_another_country_is_another_event() -> None:
    text = (
        "Russia fired dozens of missiles at Kyiv in a dawn attack on Tuesday. "
        "Ukraine's air force said it had shot down 21 of the 41 missiles launched by Russia, including all "
        "of the ballistic missiles aimed at the capital. "
        "Russia's Ministry of Defence said its air defences destroyed three Ukrainian drones over the "
        "Belgorod region overnight."
    )
    assert ("Disrupted weapons use", "Belgorod Oblast") in _places(text)
    assert ("Disrupted weapons use", "Kyiv") in _places(text)


def test_a_deed_told_with_also_in_another_country_is_another_event() -> None:
    text = (
        "Hundreds of pagers used by Hezbollah members exploded in Lebanon on Tuesday, killing nine. "
        "In Syria, pagers also exploded in Damascus, wounding 14 people."
    )
    places = _places(text)
    assert ("Remote explosive/landmine/IED", "Lebanon") in places
    assert ("Remote explosive/landmine/IED", "Damascus") in places


def test_look_alikes_one_event() -> None:
    # several bombers at one place on one day: one event, as ACLED codes it
    text = "Three suicide bombers struck Gwoza on Saturday, killing 12 people. A fourth bomber blew himself up in the town."
    assert _places(text) == [("Suicide bomb", "Gwoza")]
    # a town of the country told before, no "also": the country refined
    text = "Israeli jets struck Lebanon on Tuesday, killing nine. The strikes hit Nabatieh, officials said."
    assert [p for _, p in _places(text)] == ["Nabatieh"]
    # "also" at the same town: the same event
    text = "Gunmen attacked Gwoza on Saturday, killing 12. The gunmen also attacked Gwoza's market, killing four."
    assert [p for _, p in _places(text)] == ["Gwoza"]
