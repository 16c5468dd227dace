"""A doerless clash takes the armed subject of a following "as" clause ("Heavy fighting broke out as the junta's
column pushed …"); "the junta's column", "the army's convoy" name the event country's forces."""

import pytest

from tests.events.helpers import events_of
from timeline.events.actors import find_actors


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        (
            "Heavy fighting broke out near Myawaddy on Saturday as the junta's reinforcement column, dubbed Aung "
            "Zeya, pushed towards the town from Kawkareik.",
            "fighting",
            "Military Forces of Myanmar (2016-)",
        ),
        (
            "Residents of western Rafah reported heavy tank shelling as Israeli troops pushed further into the "
            "city's neighbourhoods.",
            "shelling",
            "Military Forces of Israel (1948-)",
        ),
        # look-alikes: no armed subject in the "as" clause, or the clash has its own doer
        (
            "Heavy fighting broke out near Myawaddy on Saturday as residents fled towards the border.",
            "fighting",
            None,
        ),
        (
            "KNLA fighters clashed with troops near Myawaddy on Saturday as the junta's column pushed towards "
            "the town.",
            "clashed",
            "KNLA (Karen National Liberation Army)",
        ),
    ],
)
def test_as_clause_subject_is_the_doer(text: str, trigger: str, actor1: str | None) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text.endswith(trigger)]
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The junta's reinforcement column reached the town.", "The junta's reinforcement column"),
        ("Mines hit the army's convoy near the town.", "the army's convoy"),
    ],
)
def test_possessive_unnamed_forces(text: str, mention: str) -> None:
    found = [(m.text, m.kind) for m in find_actors(text)]
    assert (mention, "state_unknown") in found


def test_named_army_possessive_stays_named() -> None:
    found = [(m.text, m.kind) for m in find_actors("The Arakan Army's fighters took the town.")]
    assert found[0] == ("Arakan Army", "named")
