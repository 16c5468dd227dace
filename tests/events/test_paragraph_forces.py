"""Forces no owner names in the clause belong to the state whose forces the paragraph is about."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        # the speaker is a state's military (a proper name of its forces, `forces` in actors.yaml)
        (
            "Pagers exploded across Lebanon on Tuesday, Lebanese officials said. Earlier on Tuesday, the IDF said fighter jets struck "
            "Hezbollah rocket launchers in the southern Lebanese village of Aitaroun.",
            "struck",
            "Military Forces of Israel (1948-)",
        ),
        # the paragraph's forces, then unowned troops in it, in another state's territory
        (
            "Israeli special forces rescued four hostages in Nuseirat, Gaza on Saturday. Troops shelled Hamas "
            "positions in Nuseirat, the Palestinian health ministry said.",
            "shelled",
            "Military Forces of Israel (1948-)",
        ),
        # "regime jets": the forces of the event's country
        (
            "Heavy fighting broke out near Myawaddy in Myanmar. Regime jets bombed KNLA positions around "
            "Myawaddy on Saturday.",
            "bombed",
            "Military Forces of Myanmar (2016-)",
        ),
    ],
)
def test_unowned_forces_of_the_paragraphs_state(text: str, trigger: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text == trigger]
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        # look-alikes: no state's forces named in the paragraph, a government speaker: the event country's
        (
            "Israeli jets struck Beirut on Monday.\nLebanese officials said troops shelled gunmen in Tripoli, "
            "Lebanon.",
            "shelled",
            "Military Forces of Lebanon (2016-)",
        ),
        # "government forces" always name the event country's own
        (
            "Russian jets struck Idlib on Monday. Government forces shelled rebel positions in Idlib, Syria.",
            "shelled",
            "Military Forces of Syria (2000-)",
        ),
    ],
)
def test_unowned_forces_look_alikes(text: str, trigger: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text == trigger]
    assert [e.actor1 for e in events] == [actor1]
