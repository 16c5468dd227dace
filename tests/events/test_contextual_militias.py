""""Pro-government militias" are Syria's National Defence Forces only in Syria; elsewhere an unnamed militia
fighting for the state of the event's country (actors.yaml `contextual` and `contextual_unnamed`)."""

import pytest

from tests.events.helpers import events_of
from timeline.events.lexicon import ActorLexicon, actor_lexicon


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Pro-government militias attacked a village near Homs on Tuesday.", "National Defence Forces"),
        ("Pro-regime militias attacked a village near Homs on Tuesday.", "National Defence Forces"),
        ("Pro-government militias attacked a village near Kirkuk on Tuesday.", "Pro-Government Militia (Iraq)"),
        ("A pro-government militia attacked a village near Gao on Tuesday.", "Pro-Government Militia (Mali)"),
        # look-alikes: the named NDF stays the NDF, "pro-government forces" the state's
        ("The National Defence Forces attacked a village near Homs on Tuesday.", "National Defence Forces"),
        ("Pro-government forces attacked a village near Kirkuk on Tuesday.", "Military Forces of Iraq (2020-)"),
    ],
)
def test_pro_government_militias_depend_on_the_country(text: str, actor1: str) -> None:
    assert [e.actor1 for e in events_of(text)] == [actor1]


def test_unnamed_kind_needs_a_null_entry() -> None:
    data = actor_lexicon().model_dump()
    data["contextual_unnamed"] = {"Kurdish forces": {"kind": "Pro-Government Militia", "inter": 3}}
    with pytest.raises(ValueError, match="contextual_unnamed"):
        ActorLexicon.model_validate(data)
