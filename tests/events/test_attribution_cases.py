"""Who did a deed its own clause does not name (data/attribution.yaml): owners inside a noun phrase,
unattributed air strikes, claims of responsibility, and victims or bystanders who are never the doer.
Varied phrasings over several conflicts; negatives keep the deed doerless."""

import pytest

from tests.events.helpers import events_of
from timeline.models import Event, SubEventType


def _at(text: str, place: str, kind: SubEventType | None = None) -> Event:
    found = [
        e
        for e in events_of(text)
        if e.location is not None and e.location.name == place and (kind is None or e.sub_event_type is kind)
    ]
    assert found, [(e.sub_event_type.value, e.location.name if e.location else None) for e in events_of(text)]
    return found[0]


AIR = SubEventType.AIR_DRONE_STRIKE


# ---------------------------------------------------------------- owners inside the noun phrase


@pytest.mark.parametrize(
    ("text", "place", "doer"),
    [
        (
            "Regime air strikes on Maarat al-Numan in Syria killed 11 people on Monday.",
            "Maarat al-Numan",
            "Military Forces of Syria (2000-)",
        ),
        (
            "Junta warplanes bombed a monastery in the Myanmar village of Kantbalu on Friday, killing 17.",
            "Kantbalu",
            "Military Forces of Myanmar (2016-)",
        ),
        (
            "A government drone strike hit a fuel depot in Nyala, Sudan, on Thursday.",
            "Nyala",
            "Military Forces of Sudan (2019-)",
        ),
    ],
)
def test_an_owner_word_names_the_forces(text: str, place: str, doer: str) -> None:
    assert _at(text, place).actor1 == doer


def test_an_owner_word_before_a_non_military_noun_names_no_one() -> None:
    text = "A drone struck a government office in Kidal, Mali, on Sunday, witnesses said."
    assert _at(text, "Kidal").actor1 is None


# ---------------------------------------------------------------- unattributed air strikes


def test_the_one_air_power_of_the_article_did_the_strike() -> None:
    text = (
        "Russian jets have pounded rebel-held Idlib for weeks. "
        "On Wednesday, an air strike on a bakery in the Syrian town of Ariha killed eight people, rescuers said."
    )
    assert _at(text, "Ariha", AIR).actor1 == "Military Forces of Russia (2000-)"


def test_the_state_at_war_in_its_own_country_flies_the_drones() -> None:
    text = (
        "A drone hit a bus station in the Burkinabe town of Djibo on Monday, killing nine people, residents said. "
        "The army has been fighting jihadists in the north since 2015."
    )
    assert _at(text, "Djibo", AIR).actor1 == "Military Forces of Burkina Faso (2015-)"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no party named at all
        ("A drone strike hit a market in the Sudanese town of Kosti on Friday, killing 14 people.", "Kosti"),
        # two air powers
        (
            "Israeli jets struck Hezbollah targets near Tyre on Monday. Hezbollah drones hit a base in northern "
            "Israel on Tuesday. On Wednesday, a drone strike on a car in the Lebanese town of Nabatieh killed two.",
            "Nabatieh",
        ),
        # foreign forces only: no doer by default
        (
            "American warships patrolled off the coast. An air strike hit a market in the Yemeni town of Saada, "
            "killing six, medics said.",
            "Saada",
        ),
    ],
)
def test_no_single_air_power_leaves_the_strike_doerless(text: str, place: str) -> None:
    assert _at(text, place, AIR).actor1 is None


def test_the_target_is_never_the_doer() -> None:
    text = (
        "An air strike hit a Turkish military convoy near the Syrian town of Maarat al-Numan on Monday. "
        "Turkish jets have struck Kurdish fighters for weeks."
    )
    assert _at(text, "Maarat al-Numan", AIR).actor1 != "Military Forces of Turkey (2002-)"


# ---------------------------------------------------------------- claims of responsibility


@pytest.mark.parametrize(
    ("claim", "doer"),
    [
        ("Al-Shabaab, which is linked to al-Qaeda, claimed responsibility.", "Al Shabaab"),
        ("The Islamic State group later claimed the bombing.", "Islamic State"),
        ("A previously unknown outfit, Ansar al-Furqan, took responsibility.", "Ansar al-Furqan"),
    ],
)
def test_who_claims_a_deed_did_it(claim: str, doer: str) -> None:
    text = f"A bomb exploded at a checkpoint in the Somali town of Baidoa on Tuesday, killing five soldiers. {claim}"
    assert _at(text, "Baidoa").actor1 == doer


@pytest.mark.parametrize(
    "claim",
    [
        "No group has claimed responsibility.",
        "Nobody claimed the attack, officials said.",
        "Police said they were investigating who was responsible.",
    ],
)
def test_no_claim_names_no_doer(claim: str) -> None:
    text = f"A bomb exploded at a checkpoint in the Somali town of Baidoa on Tuesday, killing five soldiers. {claim}"
    assert _at(text, "Baidoa").actor1 is None


# ---------------------------------------------------------------- victims and bystanders


@pytest.mark.parametrize(
    ("text", "place", "victim"),
    [
        (
            "Nine police officers were killed when a suicide bomber rammed a car into a base run by the army in "
            "the Pakistani town of Bannu.",
            "Bannu",
            "Military Forces of Pakistan (2018-)",
        ),
        (
            "A suicide bomber drove a van into a police station in the Nigerian town of Konduga, in one of the "
            "deadliest attacks this year.",
            "Konduga",
            "Police Forces of Nigeria (2015-)",
        ),
        (
            "Two rockets were fired from Syria towards the Israeli town of Metula on Sunday.",
            "Metula",
            "Military Forces of Syria (2000-)",
        ),
    ],
)
def test_a_victim_or_bystander_is_never_the_doer(text: str, place: str, victim: str) -> None:
    assert _at(text, place).actor1 != victim


def test_mourners_of_a_strike_are_not_its_doers() -> None:
    text = "Hundreds of Afghans gathered in the city of Khost on Monday to mourn an air strike that killed 11 people."
    assert _at(text, "Khost", AIR).actor1 is None


def test_the_group_is_the_one_the_story_is_about_not_one_named_in_passing() -> None:
    text = (
        "Islamic State has stepped up attacks in Nigeria this year. "
        "It claimed a raid on an army base in Monguno in March, in a district that was once Boko Haram's heartland. "
        "The group was also behind a suicide bombing in the town of Konduga in June that killed nine people."
    )
    assert _at(text, "Konduga", SubEventType.SUICIDE_BOMB).actor1 == "Islamic State"


def test_a_second_verb_keeps_the_referring_subject_of_the_first() -> None:
    text = (
        "Jihadists seized the border town of Menaka in Mali in March. "
        "On Friday, the militants stormed a school in Menaka and abducted 30 pupils, residents said."
    )
    abduction = _at(text, "Menaka", SubEventType.ABDUCTION)
    assert abduction.actor1 is not None and abduction.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Boko Haram fighters stopped a bus near the Nigerian town of Monguno as it headed south on Monday, "
            "abducting 12 passengers.",
            "Boko Haram",
        ),
        (
            "Al-Shabaab fighters ambushed a truck near the Somali town of Baidoa when it slowed at a bridge, "
            "kidnapping the driver.",
            "Al Shabaab",
        ),
    ],
)
def test_a_participle_after_a_subordinate_clause_tells_of_the_main_subject(text: str, doer: str) -> None:
    (abduction,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ABDUCTION]
    assert abduction.actor1 == doer


@pytest.mark.parametrize(
    ("text", "place", "doer"),
    [
        (
            "Warplanes from a Saudi-led coalition bombed a weapons depot in Hodeidah, Yemen, on Friday.",
            "Hodeidah",
            "Saudi-led Coalition",
        ),
        (
            "Fighters from the Islamic State attacked an army post near Tillaberi, Niger, on Monday.",
            "Tillaberi",
            "Islamic State",
        ),
    ],
)
def test_unowned_forces_from_a_named_party_are_that_party(text: str, place: str, doer: str) -> None:
    assert _at(text, place).actor1 == doer


@pytest.mark.parametrize(
    "blame",
    [
        "Residents blamed the coalition, which did not comment.",  # an alias that holds its "the"
        'Local officials held the coalition "fully responsible" for the deaths.',  # a quotation opens
    ],
)
def test_the_blamed_party_is_the_doer_of_a_doerless_strike(blame: str) -> None:
    text = f"An air strike hit a school in the Yemeni town of Dhamar on Monday, killing 14 people. {blame}"
    assert _at(text, "Dhamar", AIR).actor1 == "Saudi-led Coalition"


def test_an_arrest_told_in_the_passive_is_by_the_state_force_its_sentence_names() -> None:
    text = (
        "Police used tear gas to break up a sit-in in the Kenyan city of Kisumu on Tuesday, and the group's "
        "leader was arrested the next day."
    )
    (arrest,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ARRESTS]
    assert arrest.actor1 == "Police Forces of Kenya (2013-)"


@pytest.mark.parametrize(
    "text",
    [
        "Anti-government forces shelled a market in the Syrian town of Saraqib on Monday.",
        "Pro-rebel anti-government forces shelled a market in the Syrian town of Kafranbel on Monday.",
    ],
)
def test_an_owner_word_inside_another_name_names_no_state(text: str) -> None:
    assert not any((e.actor1 or "").startswith("Military Forces") for e in events_of(text))


def test_a_war_that_claimed_lives_claims_no_deed() -> None:
    text = (
        "A bomb exploded at a checkpoint in the Somali town of Baidoa on Tuesday, killing five soldiers. "
        "Al-Shabaab's insurgency has claimed the lives of tens of thousands of people since 2006."
    )
    assert _at(text, "Baidoa").actor1 is None


def test_a_state_adjective_coordinated_with_a_group_names_its_forces_first() -> None:
    text = "Somali and al-Shabaab forces clashed near the town of Jowhar, Somalia, on Monday."
    (clash,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ARMED_CLASH]
    assert clash.actor1 == "Military Forces of Somalia (2017-)"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Nigeria's Boko Haram fighters stormed a school in the town of Dapchi and abducted 110 girls.",
            "Boko Haram",
        ),
        ("Somalia's al-Shabaab militants raided a village near Baidoa and abducted 12 elders.", "Al Shabaab"),
    ],
)
def test_a_country_that_says_where_a_group_is_from_is_no_party(text: str, doer: str) -> None:
    (abduction,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ABDUCTION]
    assert abduction.actor1 == doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The army and the RSF agreed to a truce on Saturday, but fighting resumed in Omdurman, Sudan, on Monday.",
            "Military Forces of Sudan (2019-)",
        ),
        (
            "Israel and Hamas signed a ceasefire last week, yet clashes broke out in Rafah on Sunday.",
            "Military Forces of Israel (1948-)",
        ),
    ],
)
def test_a_doerless_clash_after_but_is_between_the_pair_that_opens_the_sentence(text: str, doer: str) -> None:
    (clash,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ARMED_CLASH]
    assert clash.actor1 == doer


def test_a_doerless_clash_after_a_single_party_keeps_no_doer() -> None:
    text = "The army declared a truce on Saturday, but fighting resumed in Omdurman, Sudan, on Monday."
    (clash,) = [e for e in events_of(text) if e.sub_event_type is SubEventType.ARMED_CLASH]
    assert clash.actor1 is None


def test_an_unclaimed_attack_blamed_on_a_group_is_the_story_s_first_deed_too() -> None:
    text = (
        "Suicide bombers struck a market in the Nigerian town of Konduga on Friday, killing 11 people, "
        "officials said.\nThe first bomber blew herself up at the entrance. Residents fled to nearby villages.\n"
        "Hospitals in the region were overwhelmed. Aid groups appealed for blood donations.\n"
        "Later on Friday, gunmen also attacked an army post outside Bama.\n"
        "No group claimed responsibility, but the governor blamed Boko Haram."
    )
    bombing = _at(text, "Konduga", SubEventType.SUICIDE_BOMB)
    assert bombing.actor1 == "Boko Haram"
