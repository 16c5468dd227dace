"""The gazetteer's coverage of the conflicts ACLED codes: groups, states' named forces, acronyms as written."""

from __future__ import annotations

import pytest

from timeline.events.actors import find_actors

from .helpers import events_of


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Jalisco cartel gunmen attacked a police convoy in Michoacan on Monday.",
            "CJNG (Jalisco New Generation Cartel)",
        ),
        ("Gunmen of the Gulf Cartel clashed with soldiers in Reynosa on Friday.", "Gulf Cartel"),
        ("Los Choneros members stormed a prison in Guayaquil on Sunday.", "Los Choneros"),
        ("Tren de Aragua members attacked a bus near Caracas on Monday.", "Tren de Aragua"),
        ("Kraze Baryè gang members attacked the Tabarre district on Thursday.", "Kraze Barye"),
        ("Jaish al-Adl militants attacked a border post near Saravan on Saturday.", "Jaish al-Adl"),
        ("Asaib Ahl al-Haq fighters clashed with Iraqi troops in Basra on Monday.", "Asaib Ahl al-Haq"),
        ("Fighters of the Badr Organization attacked a village near Diyala on Tuesday.", "Badr Organisation"),
        ("Ahrar al-Sham fighters attacked an army post in Idlib on Sunday.", "Ahrar al-Sham"),
        ("The Haqqani network carried out a suicide bombing in Kabul on Tuesday.", "Haqqani Network"),
        (
            "ULFA-I militants attacked an army camp in Tinsukia on Friday.",
            "ULFA (United Liberation Front of Asom)",
        ),
        (
            "Arakan Rohingya Salvation Army fighters attacked a police post in Maungdaw on Friday.",
            "ARSA (Arakan Rohingya Salvation Army)",
        ),
        (
            "BRN insurgents ambushed a ranger patrol in Narathiwat on Friday.",
            "BRN (Barisan Revolusi Nasional)",
        ),
        (
            "Ambazonian separatists attacked a gendarmerie post in Bamenda on Friday.",
            "Ambazonian Separatists",
        ),
        ("Mai-Mai militiamen attacked a FARDC position near Uvira on Sunday.", "Mai-Mai Militia"),
        ("3R rebels attacked the town of Bocaranga on Monday.", "3R (Return, Reclamation, Rehabilitation)"),
        (
            "Freedom of Russia Legion fighters attacked the village of Tetkino on Tuesday.",
            "Freedom of Russia Legion",
        ),
        (
            "Rwanda Defence Force soldiers clashed with FDLR rebels near Goma on Monday.",
            "Military Forces of Rwanda (1994-)",
        ),
        (
            "JEM fighters attacked an RSF base near El Fasher on Monday.",
            "JEM (Justice and Equality Movement)",
        ),
        ("JeM militants attacked a CRPF camp in Pulwama on Thursday.", "JeM (Jaish-e-Mohammed)"),
        (
            "Troops of the Multinational Joint Task Force clashed with jihadists near Baga on Sunday.",
            "MNJTF (Multinational Joint Task Force)",
        ),
    ],
)
def test_groups_of_the_covered_conflicts_are_named(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[0].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # transliterations the agencies use
        ("Huthi rebels fired a ballistic missile at Marib on Sunday.", "Houthis (Ansar Allah)"),
        (
            "Fighters of Hay'at Tahrir al-Sham attacked an army post near Saraqeb on Monday.",
            "Hayat Tahrir al-Sham",
        ),
        # an Islamic State affiliate, once named, is "the insurgents"
        (
            "Islamic State West Africa Province claimed a raid on Monguno last week. On Monday, insurgents attacked "
            "the town of Dikwa.",
            "Islamic State",
        ),
    ],
)
def test_spellings_and_references_back(text: str, actor1: str) -> None:
    events = events_of(text)
    assert events and events[-1].actor1 == actor1, [(e.sub_event_type.value, e.actor1) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Let the talks begin, the envoy said.",  # "LeT" is Lashkar-e-Taiba only in its own capitals
        "They let the convoy pass.",
        "Jem, a local trader, said shops were closed.",
        # a common phrase is no group's name
        "The parties agreed to form a national unity government within a month.",
    ],
)
def test_mixed_case_acronyms_match_as_written(text: str) -> None:
    assert not [a for a in find_actors(text) if a.kind == "named"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chilean troops arrived in the port.", "CL"),
        ("Taiwanese warships sailed through the strait.", "TW"),
        ("Hungarian soldiers joined the mission.", "HU"),
    ],
)
def test_states_outside_the_conflicts_have_forces(text: str, country: str) -> None:
    (mention,) = [a for a in find_actors(text) if a.kind == "military"]
    assert mention.actor_id == country


def test_every_alias_names_its_own_actor() -> None:
    """No alias is swallowed by another actor's, a state's or the unseen-group pattern."""
    from timeline.events.lexicon import actor_lexicon

    wrong = []
    for actor in actor_lexicon().actors:
        for alias in actor.aliases:
            text = f"On Monday {alias} attacked the town."
            at = len("On Monday ")
            found = [
                (m.start, m.end, m.kind, m.actor_id) for m in find_actors(text) if m.start < at + len(alias)
            ]
            if (at, at + len(alias), "named", actor.id) not in found:
                wrong.append((actor.id, alias, found))
    assert not wrong


def test_every_named_force_is_its_states() -> None:
    from timeline.events.lexicon import actor_lexicon

    wrong = []
    for state in actor_lexicon().states:
        for name in state.forces:
            found = [(m.kind, m.actor_id) for m in find_actors(f"On Monday the {name} attacked the town.")]
            if found[:1] != [("military", state.iso2)]:
                wrong.append((state.iso2, name, found))
    assert not wrong
