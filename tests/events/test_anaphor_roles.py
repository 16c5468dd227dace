"""Anaphors for a group's own forces ("its fighters") name the group the story is about."""

import pytest

from tests.events.helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # "The group ..., when its fighters": the group of the sentence's own subject, not the last state
        (
            "Nigerian troops drove Boko Haram out of Gwoza in 2015. The group drew attention in 2014, when its "
            "fighters abducted 276 schoolgirls in Chibok.",
            "Boko Haram",
        ),
        # a speaker told after the clause does not own "its fighters"
        (
            "The Coalition of Patriots for Change has been on the offensive since December. On January 3, its "
            "fighters seized Bangassou, MINUSCA said.",
            "CPC (Coalition of Patriots for Change)",
        ),
    ],
)
def test_its_fighters_are_the_groups(text: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text in {"abducted", "seized"}]
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # look-alikes: a speaker told first owns "its forces"; a state subject keeps its forces
        (
            "The Nigerian army said its troops killed 20 militants in Gwoza.",
            "Military Forces of Nigeria (2015-)",
        ),
        ("Russia said on Monday its forces captured Kurakhove.", "Military Forces of Russia (2000-)"),
    ],
)
def test_its_forces_of_a_speaker_or_state(text: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger.text in {"killed 20 militants", "captured"}]
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # a titled leader, later named by surname, stands for the government of the event's country
        (
            "President Salva Kiir met his deputy in Juba. Kiir announced a unilateral ceasefire in Juba on Monday.",
            "Government of South Sudan (2011-)",
        ),
        (
            "The federal government declared a unilateral ceasefire in Tigray on Monday.",
            "Government of Ethiopia (2018-)",
        ),
        # the title's own state wins over the event's country
        (
            "Russian President Vladimir Putin announced a ceasefire in Donetsk on Monday.",
            "Government of Russia (2000-)",
        ),
    ],
)
def test_leaders_and_governments_announcing_an_agreement(text: str, actor1: str) -> None:
    events = [e for e in events_of(text) if e.sub_event_type.value == "Agreement"]
    assert [e.actor1 for e in events] == [actor1]


def test_a_witness_who_said_is_no_party() -> None:
    # look-alike: "said" reports an agreement; its speaker is no party to it
    text = "The UN said on Monday a ceasefire was agreed in Juba."
    events = [e for e in events_of(text) if e.sub_event_type.value == "Agreement"]
    assert all(e.actor1 != "United Nations" for e in events)


def test_leader_words_are_validated() -> None:
    from pydantic import ValidationError

    from timeline.events.lexicon import ActorLexicon, TriggerLexicon, trigger_lexicon

    with pytest.raises(ValidationError):
        ActorLexicon.model_validate(
            {
                "military_nouns": [],
                "police_nouns": [],
                "government_nouns": [],
                "states": [],
                "actors": [],
                "generic_actors": {},
                "state_anaphors": [],
                "anaphors": [],
                "unnamed_state_forces": [],
                "leader_titles": ["president"],
            }
        )
    with pytest.raises(ValidationError):
        TriggerLexicon.model_validate(
            {
                "irregular_verbs": {},
                "instruments": [],
                "military_units": [],
                "defence": {"verbs": ["~repel"], "assaults": ["attack"]},
                "party_speech": ["Announced"],
                "blame": trigger_lexicon().blame.model_dump(),
                "agreement_passive": trigger_lexicon().agreement_passive.model_dump(),
                "triggers": [],
            }
        )
