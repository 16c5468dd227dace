"""Actors, places, dates and status read from single sentences with hand-built time expressions."""

from datetime import date

from tests.events.helpers import events_of, timex
from timeline.events.extract import event_id
from timeline.models import Anchor, EventStatus, Grain, SubEventType

PUB = date(2017, 5, 31)


def test_islamic_state_variants_are_one_actor() -> None:
    for name in ("IS", "ISIS", "ISIL", "Daesh", "Islamic State", "Isis"):
        events = events_of(f"{name} militants seized Ramadi on Sunday.")
        assert [e.actor1 for e in events] == ["Islamic State"], name


def test_state_forces_are_external_outside_their_country() -> None:
    (e,) = events_of("Turkish troops shelled Kurdish fighters near Afrin.")
    assert e.actor1 == "Military Forces of Turkey (2002-)" and e.inter1 == 8
    (g,) = events_of("Turkish troops shelled PKK positions near Hakkari.")
    assert g.inter1 == 1


def test_government_forces_take_the_place_country() -> None:
    (e,) = events_of("Government forces recaptured Tal Afar from the militants.")
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    assert e.actor1 == "Military Forces of Iraq (2020-)"


def test_foreign_army_taking_a_town_overtakes_it() -> None:
    (e,) = events_of("Russian troops captured Bakhmut after months of fighting.")
    assert e.sub_event_type is SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    assert e.inter1 == 8


def test_backed_by_makes_an_associate() -> None:
    (e,) = events_of("Syrian troops backed by Russian airstrikes captured Aleppo.")
    assert e.actor1 == "Military Forces of Syria (2000-)"
    assert e.assoc_actor_1 == ["Military Forces of Russia (2000-)"]


def test_geo_precision() -> None:
    assert events_of("Russian jets bombed rebels near Idlib.")[0].location.geo_precision == 2  # type: ignore[union-attr]
    assert events_of("Russian jets bombed rebels in Idlib.")[0].location.geo_precision == 1  # type: ignore[union-attr]
    e = events_of("Russian jets bombed rebels in Syria.")[0]
    assert e.location is not None and e.location.geo_precision == 3 and e.location.name == "Syria"


def test_ambiguous_name_resolved_by_the_article_country() -> None:
    libya = "Fighting broke out in Benghazi. Later, LNA forces shelled Tripoli."
    assert events_of(libya)[-1].location.country == "Libya"  # type: ignore[union-attr]
    lebanon = "Protesters rallied in Beirut and Sidon. Later, gunmen attacked a checkpoint in Tripoli."
    assert events_of(lebanon)[-1].location.country == "Lebanon"  # type: ignore[union-attr]


def test_each_clause_takes_its_own_date() -> None:
    text = (
        "IS forces recaptured Raqqa eight months later before Syrian troops drove them out again "
        "in March this year. Syrian troops took Raqqa in March last year and Moscow sent musicians."
    )
    tx = [
        timex(text, "March last year", "2016-03", date(2016, 3, 1), date(2016, 3, 31), Grain.MONTH),
        timex(
            text,
            "eight months later",
            "8M",
            date(2016, 11, 1),
            date(2016, 11, 30),
            Grain.MONTH,
            anchor=Anchor.REFERENCE,
            points_to="2016-11",
        ),
        timex(text, "March this year", "2017-03", date(2017, 3, 1), date(2017, 3, 31), Grain.MONTH),
    ]
    got = [(e.sub_event_type, e.date.value) for e in events_of(text, PUB, tx)]
    assert got == [
        (SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "2016-11"),
        (SubEventType.GOVERNMENT_REGAINS_TERRITORY, "2017-03"),
        (SubEventType.GOVERNMENT_REGAINS_TERRITORY, "2016-03"),
    ]


def test_undated_lead_takes_the_publication_date_and_later_clauses_the_reference_time() -> None:
    text = "Russian jets bombed Idlib. On Monday, rebels shelled Hama. Rebels also attacked Homs."
    tx = [timex(text, "Monday", "2017-05-29", date(2017, 5, 29), date(2017, 5, 29), Grain.DAY)]
    events = events_of(text, PUB, tx)
    assert [(e.date.value, e.date.inherited) for e in events] == [
        ("2017-05-31", True),
        ("2017-05-29", False),
        ("2017-05-29", True),
    ]
    assert events[0].date.anchor is Anchor.PUBLICATION and events[0].time_precision == 1


def test_article_without_any_date() -> None:
    events = events_of("Taliban fighters attacked a police checkpoint in Kunduz, killing four officers.")
    assert events and events[0].date.value == "2020-06-15" and events[0].date.inherited


def test_planned_negated_hypothetical_ongoing() -> None:
    def status(text: str) -> EventStatus:
        return events_of(text)[0].status

    assert status("Turkey will deploy more troops to Idlib next month.") is EventStatus.PLANNED
    assert status("The army plans to retake Mosul from Islamic State.") is EventStatus.PLANNED
    assert status("The Pentagon denied that US jets bombed a hospital in Kunduz.") is EventStatus.NEGATED
    assert status("Russian troops did not withdraw from Kherson.") is EventStatus.NEGATED
    assert status("Iran warned it would strike US bases in Iraq with missiles.") is EventStatus.HYPOTHETICAL
    assert status("Government forces are besieging Eastern Ghouta.") is EventStatus.ONGOING
    assert status("Fighting continues around Marib.") is EventStatus.ONGOING
    assert status("No Russian airstrikes were reported in Idlib on Sunday.") is EventStatus.NEGATED
    assert status("Turkey has not yet withdrawn its troops from Afrin.") is EventStatus.NEGATED
    assert (
        status("Iraqi forces are expected to launch an assault on Mosul next month.") is EventStatus.PLANNED
    )
    assert status("The rebels threatened to attack Hama.") is EventStatus.HYPOTHETICAL
    assert (
        status('Washington said it would "welcome a ceasefire that is real" in Tigray.')
        is EventStatus.HYPOTHETICAL
    )
    assert status("Government troops failed to retake Saraqib on Monday.") is EventStatus.NEGATED
    assert status(
        "The coalition launched an offensive on Wednesday to drive Houthi rebels out of Hodeidah."
    ) in {EventStatus.PLANNED}
    assert status("Syrian troops were forced to withdraw from Palmyra.") is EventStatus.HAPPENED


def test_agreement_happened_establishment_planned() -> None:
    (e,) = events_of("Russia, Iran and Turkey agreed to establish safe zones in Syria.")
    assert e.sub_event_type is SubEventType.AGREEMENT and e.status is EventStatus.HAPPENED


def test_reported_speech_names_the_claimer() -> None:
    (e,) = events_of(
        "Russia's defence ministry said its jets bombed Islamic State positions near Deir ez-Zor."
    )
    assert e.claimed_by and "Russia" in e.claimed_by
    (f,) = events_of("Houthi fighters shelled Marib, the Saudi-led coalition said.")
    assert f.claimed_by == "Saudi-led Coalition" and f.actor1 == "Houthis (Ansar Allah)"


def test_them_refers_to_the_last_fitting_actor() -> None:
    text = "Taliban fighters entered Kunduz on Monday. Afghan forces drove them out of Kunduz."
    e = events_of(text)[-1]
    assert e.actor1 == "Military Forces of Afghanistan (2014-)" and e.actor2 == "Taliban"


def test_no_events_in_sports_or_economy() -> None:
    assert events_of("The striker scored twice as Madrid captured the title in Seville on Sunday.") == []
    assert events_of("Oil prices rallied after the central bank in Riyadh cut rates.") == []


def test_event_ids_are_stable() -> None:
    assert event_id("a", SubEventType.ATTACK, 1, 5) == event_id("a", SubEventType.ATTACK, 1, 5)
    assert event_id("a", SubEventType.ATTACK, 1, 5) != event_id("b", SubEventType.ATTACK, 1, 5)
    text = "Russian jets bombed Idlib."
    assert [e.id for e in events_of(text)] == [e.id for e in events_of(text)]


def test_victims_listed_in_a_toll_are_no_second_event() -> None:
    (e,) = events_of(
        "At least 12 people, including a journalist and two police officers, were killed when gunmen "
        "stormed the hotel in Mogadishu on Sunday."
    )
    assert e.actor1 == "Unidentified Armed Group (Somalia)"


def test_a_rejected_report_is_negated_and_claimed_by_its_source() -> None:
    (e,) = events_of(
        "Russia rejected Ukraine's accusations that its troops had shelled a hospital in Kharkiv."
    )
    assert e.status is EventStatus.NEGATED
    assert e.claimed_by == "Government of Ukraine (2019-)"  # the accuser, not the one who rejects it
    (f,) = events_of("The army denied reports that soldiers had killed 20 civilians in Moura.")
    assert f.status is EventStatus.NEGATED and f.claimed_by is None
    (g,) = events_of(
        "The army rejected the accusations but admitted that soldiers had killed 20 civilians in Moura."
    )
    assert g.status is EventStatus.HAPPENED


def test_a_definite_noun_retells_the_violence_just_told() -> None:
    text = (
        "Drones struck the Zaporizhzhia nuclear power plant on Sunday. "
        "The Russian-installed management of the plant blamed Ukraine for the attack."
    )
    (e,) = events_of(text)
    assert e.sub_event_type is SubEventType.AIR_DRONE_STRIKE
    assert e.location is not None and e.location.name == "Enerhodar"


def test_a_subordinate_clause_without_a_doer_borrows_the_main_clauses() -> None:
    text = (
        "Al Shabaab gunmen stormed a hotel in Kismayo on Friday after a suicide car bomb exploded at its gate. "
        "Israeli forces pressed on with a raid on Jenin on Tuesday, a day after launching the operation with air strikes."
    )
    doers = {e.sub_event_type: e.actor1 for e in events_of(text)}
    assert doers[SubEventType.SUICIDE_BOMB] == "Al Shabaab"
    assert doers[SubEventType.AIR_DRONE_STRIKE] == "Military Forces of Israel (1948-)"
    # a clause with its own place tells another deed, by no one named
    (_strike, bomb) = events_of(
        "Turkish warplanes struck Kurdish bases in Syria, a week after a bomb attack in Istanbul killed six people."
    )
    assert bomb.location is not None and bomb.location.name == "Istanbul" and bomb.actor1 is None


def test_coordinated_states_name_the_first_as_doer() -> None:
    (e,) = events_of(
        "Mozambican and Rwandan troops recaptured Mocimboa da Praia from the insurgents in August 2021."
    )
    assert e.actor1 == "Military Forces of Mozambique (1975-)"
    assert e.sub_event_type is SubEventType.GOVERNMENT_REGAINS_TERRITORY
    (g,) = events_of(
        "Fighting had continued until the last days of the talks, with Ethiopian and Eritrean troops capturing "
        "the town of Shire on October 17."
    )
    assert g.actor1 == "Military Forces of Ethiopia (2018-)" and g.assoc_actor_1 == ["Military Forces of Eritrea"]


def test_it_and_its_fighters_take_the_subject_of_the_sentence_before() -> None:
    text = (
        "The Arakan Army has grown stronger in Rakhine. In December, it captured the town of Maungdaw. "
        "Later that month it overran the headquarters of the Western Command in Ann."
    )
    assert [e.actor1 for e in events_of(text)] == ["Arakan Army", "Arakan Army"]
    text = "JNIM has stepped up attacks across the Sahel. In March, its fighters killed about 30 soldiers near Diapaga."
    assert [e.actor1 for e in events_of(text)] == ["JNIM (Jama'at Nusrat al-Islam wal-Muslimin)"]
    # a speaker named after "it" is no antecedent of it
    text = (
        "The army has had the upper hand. It recaptured the Republican Palace in Khartoum on March 21 and "
        "declared the capital cleared of RSF fighters."
    )
    assert events_of(text)[0].sub_event_type is SubEventType.GOVERNMENT_REGAINS_TERRITORY


def test_a_state_adjective_is_no_place() -> None:
    text = (
        "Myanmar junta troops re-entered a base on the edge of the Thai border town of Myawaddy on Tuesday."
    )
    locations = [e.location.name for e in events_of(text) if e.location is not None]
    assert "Alor Setar" not in locations


def test_a_name_before_village_or_municipality_is_a_town() -> None:
    (e,) = events_of(
        "A fighter jet dropped bombs on Kyauk Ni Maw village on Wednesday, a Myanmar military air strike."
    )
    assert e.location is not None and e.location.name == "Kyauk Ni Maw"
    (g,) = events_of("Rockets hit the Druze town of Majdal Shams on Saturday.")
    assert g.location is not None and g.location.name == "Majdal Shams"


def test_one_event_per_place_of_a_list() -> None:
    """ACLED codes one event per place and day: a place list after the trigger, a toll shared out between
    places, "the capital, X"; not a region after a town (where it lies) nor "between A and B"."""
    cases = {
        "Russian jets bombed rebels in Idlib and Saraqib.": ["Idlib", "Saraqib"],
        "Russian missiles killed eight people in Kharkiv and two in the capital, Kyiv.": ["Kharkiv", "Kyiv"],
        "Troops shot dead 25 protesters in Nasiriyah on Thursday and four more in Baghdad.": [
            "Nasiriyah",
            "Baghdad",
        ],
        "Government forces seized Adan Yabaal, in Middle Shabelle region, from al Shabaab.": ["Adan Yabaal"],
        "Gunmen attacked a bus between Bandiagara and Bankass.": None,
    }
    for text, places in cases.items():
        got = [e.location.name for e in events_of(text) if e.location is not None]
        if places is None:
            assert len(got) == 1, (text, got)
        else:
            assert got == places, (text, got)


def test_lethal_force_against_protesters_is_excessive_force() -> None:
    for text in (
        "Iraqi security forces shot dead at least 25 protesters in Nasiriyah on Thursday.",
        "In Baghdad, security forces fired live rounds and tear gas at protesters, killing four people.",
    ):
        assert [e.sub_event_type for e in events_of(text)] == [
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        ], text
    # not the killing of people who protest nothing
    (e,) = events_of("Gunmen shot dead five civilians at a market in Tillaberi.")
    assert e.sub_event_type is SubEventType.ATTACK


def test_violent_crowds_are_rioters_where_they_act() -> None:
    (e,) = events_of("Protesters in the city of Karbala hurled petrol bombs at Iran's consulate there.")
    assert e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION
    assert e.actor1 == "Rioters (Iraq)" and e.location is not None and e.location.name == "Karbala"
    told = events_of(
        "Iraqi security forces shot dead at least 25 protesters in the southern city of Nasiriyah on Thursday and"
        " four more in Baghdad, police and medical sources said, hours after demonstrators stormed and set fire to"
        " the Iranian consulate in the holy city of Najaf."
    )
    riots = [
        e.location.name for e in told if e.sub_event_type is SubEventType.VIOLENT_DEMONSTRATION and e.location
    ]
    assert riots == ["Najaf"]
    # a state's name before a city's consulate is still a place; militants who set fire are no crowd
    assert [e.sub_event_type for e in events_of("Militants set fire to a school in Borno on Tuesday.")] != [
        SubEventType.VIOLENT_DEMONSTRATION
    ]


def test_a_bomb_dropped_is_an_air_strike_and_a_name_before_who_no_place() -> None:
    text = (
        "Troops raided a house in Marawi in an attempt to capture Hapilon, who carried a bounty. "
        "On May 31, an air force plane dropped a bomb that killed 10 soldiers."
    )
    strikes = [e for e in events_of(text) if e.sub_event_type is SubEventType.AIR_DRONE_STRIKE]
    assert [e.location.name for e in strikes if e.location] == ["Marawi City"]  # the gazetteer's name
