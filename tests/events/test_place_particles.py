"""Place names with Romance particles inside ("Mocimboa da Praia", "Ciudad del Este") are one place,
not their first word or their last."""

from datetime import date

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents seized the port town of Mocimboa da Praia in August 2020.", "Mocimboa da Praia"),
        ("Gunmen attacked a bus near Ciudad del Este on Monday.", "Ciudad del Este"),
        ("Gunmen attacked a bus near Rio de Janeiro on Monday.", "Rio de Janeiro"),
    ],
)
def test_particle_names_are_one_place(text: str, place: str) -> None:
    (e,) = events_of(text, date(2021, 8, 9))
    assert e.location is not None and e.location.name == place


def test_a_persons_particle_name_is_still_no_place() -> None:
    (e,) = events_of("Lt. Gen. Arnel dela Vega said troops clashed with rebels near Jolo on Monday.")
    assert e.location is not None and e.location.name == "Jolo"
