"""Both sides named in a clash: actor1 is the initiator (ACLED), whatever the voice of the sentence."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a bare nationality adjective before the assault noun names the assailant
        (
            "Ukrainian forces repelled a Russian assault near Avdiivka, Ukraine on Monday.",
            "Military Forces of Russia (2000-)",
            "Military Forces of Ukraine (2019-)",
        ),
        # "came under attack from X": X attacked
        (
            "Somali troops came under attack from al-Shabaab in Mogadishu, Somalia on Monday.",
            "Al Shabaab",
            "Military Forces of Somalia (2017-)",
        ),
        # look-alikes that keep their subject
        (
            "Ukrainian forces repelled an assault on Avdiivka, Ukraine on Monday.",
            "Military Forces of Ukraine (2019-)",
            None,
        ),
        (
            "Somali troops attacked al-Shabaab in Mogadishu, Somalia on Monday.",
            "Military Forces of Somalia (2017-)",
            "Al Shabaab",
        ),
        (
            "Malian troops fought JNIM fighters near Boulkessi, Mali on Monday.",
            "Military Forces of Mali (2013-)",
            "JNIM (Jama'at Nusrat al-Islam wal-Muslimin)",
        ),
        (
            "Clashes between Sudanese troops and the RSF erupted in El Fasher, Sudan on Monday.",
            "Military Forces of Sudan (2019-)",
            "Rapid Support Forces",
        ),
    ],
)
def test_clash_initiator(text: str, actor1: str, actor2: str | None) -> None:
    events = events_of(text)
    assert [(e.actor1, e.actor2) for e in events] == [(actor1, actor2)]
