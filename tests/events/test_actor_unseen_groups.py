"""Named armed groups the gazetteer lacks, found by the shape of their name (actors.yaml `unseen_groups`)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from timeline.events.actors import find_actors, unseen_groups
from timeline.events.lexicon import UnseenGroups, UnseenHead, actor_lexicon

from .helpers import events_of


def _rules() -> UnseenGroups:
    rules = actor_lexicon().unseen_groups
    assert rules is not None
    return rules


@pytest.mark.parametrize("example", _rules().examples, ids=lambda e: e.name)
def test_every_data_example_finds_its_group(example: object) -> None:
    from timeline.events.lexicon import UnseenExample

    assert isinstance(example, UnseenExample)
    assert [(name, inter) for _, _, name, inter in unseen_groups(example.text)] == [
        (example.name, example.inter)
    ]


@pytest.mark.parametrize("text", _rules().look_alikes)
def test_no_data_look_alike_is_an_unseen_group(text: str) -> None:
    assert not [a for a in find_actors(text) if a.actor_id.startswith("unseen:")]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # cartels and gangs: a name, then the head (in capitals or not)
        ("Gunmen from the Los Rojos cartel attacked the town of Chilapa on Sunday.", "Los Rojos Cartel"),
        (
            "Fighters of the Cartel de Caborca clashed with soldiers near Sonoyta on Tuesday.",
            "Cartel de Caborca",
        ),
        ("The Canaan Gang raided the village of Kabrit on Friday.", "Canaan Gang"),
        # militant name prefixes with their particles
        ("Saraya Awliya al-Dam fired rockets at a base near Erbil on Monday.", "Saraya Awliya al-Dam"),
        ("Jund al-Aqsa fighters attacked an army post in Hama on Saturday.", "Jund al-Aqsa"),
        ("Lashkar-e-Islam militants stormed a checkpoint in Khyber on Wednesday.", "Lashkar-e-Islam"),
        # organisation heads
        ("The Chin Brotherhood Army seized a police post near Falam on Tuesday.", "Chin Brotherhood Army"),
        (
            "Fighters of the Ituri Patriotic Front attacked the village of Djugu on Friday.",
            "Ituri Patriotic Front",
        ),
        ("The Kasaï Youth Militia attacked a convoy near Tshikapa on Thursday.", "Kasaï Youth Militia"),
        (
            "An attack claimed by the Shura Council of Benghazi Revolutionaries killed three soldiers in Benghazi on Monday.",
            "Shura Council of Benghazi Revolutionaries",
        ),
    ],
)
def test_an_unseen_group_is_the_doer(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[0].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # states' forces and known groups keep their names: the pattern never swallows them
        (
            "The Pakistan Army killed ten militants in North Waziristan on Sunday.",
            "Military Forces of Pakistan (2018-)",
        ),
        (
            "Uganda People's Defence Force troops shelled ADF camps near Beni on Monday.",
            "Military Forces of Uganda (1986-)",
        ),
        ("The Revolutionary Guards fired missiles at Erbil on Tuesday.", "Military Forces of Iran (1989-)"),
        (
            "Syrian Arab Army forces recaptured the town of Saraqeb on Friday.",
            "Military Forces of Syria (2000-)",
        ),
        ("Sudan Shield Forces attacked the village of Tayba on Friday.", "Sudan Shield Forces"),
        ("Sinaloa Cartel gunmen ambushed soldiers in Culiacan on Thursday.", "Sinaloa Cartel"),
        (
            "Fighters of the Jalisco New Generation Cartel attacked police in Aguililla on Monday.",
            "CJNG (Jalisco New Generation Cartel)",
        ),
        ("The Syrian Democratic Forces captured the town of Manbij on Friday.", "Syrian Democratic Forces"),
        (
            "Somali National Army troops recaptured the town of Adan Yabaal on Monday.",
            "Military Forces of Somalia (2017-)",
        ),
        (
            "The Turkish Armed Forces shelled villages near Qamishli on Sunday.",
            "Military Forces of Turkey (2002-)",
        ),
        ("The Rapid Support Forces seized the town of Sinja on Saturday.", "Rapid Support Forces"),
        (
            "Ukraine's 47th Mechanized Brigade repelled an assault near Avdiivka on Monday.",
            "Military Forces of Ukraine (2019-)",
        ),
    ],
)
def test_state_forces_and_known_groups_are_not_swallowed(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[0].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the common heads count only next to a doer cue
        "The Kachin Development Group said the road had reopened.",
        "Analysts at the Sahel Research Group expect more attacks.",
        "The Liberal Democratic Party won the election in Tokyo.",
        "The National Unity Council met in Bamako on Monday.",
        # a headline's capitals name nothing
        "Rebels Say Government Army Lost Key Town",
        # numbered units are a state's
        "The 92nd Brigade held the line near Kupiansk.",
        # institutions, agencies, NGOs
        "The Danish Refugee Council said 2,000 families fled.",
        "Doctors at the Kenyatta National Hospital Group treated the wounded.",
    ],
)
def test_more_look_alikes(text: str) -> None:
    assert not unseen_groups(text), unseen_groups(text)


def test_the_common_heads_need_a_doer_cue() -> None:
    assert unseen_groups("Fighters of the Kayin Defence Group overran the outpost.")
    assert not unseen_groups("The Kayin Defence Group met the governor.")


def test_bad_unseen_data_is_refused() -> None:
    with pytest.raises(ValidationError):
        UnseenHead.model_validate({"words": ["cartel"], "inter": 3})
    base = _rules().model_dump()
    with pytest.raises(ValidationError, match="listed twice"):
        UnseenGroups.model_validate({**base, "heads": [*base["heads"], {"words": ["Cartel"], "inter": 3}]})
    with pytest.raises(ValidationError):
        UnseenGroups.model_validate({**base, "prefixes": ["jaish"]})
