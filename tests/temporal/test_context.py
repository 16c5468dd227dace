"""Tense-dependent weekdays, the moving reference time, boilerplate and the dateline check."""

from __future__ import annotations

from datetime import date

from timeline.models import Anchor
from timeline.temporal import tag

WEDNESDAY = date(2017, 5, 31)


def _values(text: str, published: date = WEDNESDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published).timexes}


def test_weekday_in_a_past_sentence_is_before_publication() -> None:
    assert _values("Rebels shelled the town on Thursday.") == {"Thursday": "2017-05-25"}


def test_weekday_in_a_future_sentence_is_after_publication() -> None:
    assert _values("Rebels and the army will meet on Thursday.") == {"Thursday": "2017-06-01"}


def test_nearest_verb_decides_the_tense() -> None:
    text = "The minister said on Friday that talks will resume on Monday."
    assert _values(text) == {"Friday": "2017-05-26", "Monday": "2017-06-05"}


def test_reference_time_moves_across_paragraphs() -> None:
    text = (
        "Government forces retook Palmyra on 27 March 2016.\n\n"
        "Eight months later IS was back in the city.\n\n"
        "The following day the army withdrew."
    )
    found = {t.text: t for t in tag(text, WEDNESDAY).timexes}
    assert found["Eight months later"].points_to == "2016-11"
    assert found["Eight months later"].anchor == Anchor.REFERENCE
    # "the following day" follows the story (now in November 2016), not the publication date: a
    # day of that month, which one unknown
    assert found["The following day"].value == "2016-11-XX"


def test_reference_time_follows_the_latest_date() -> None:
    text = "IS took the city in May 2015.\nIt lost it in 2016. Two years later it was gone."
    found = {t.text: t for t in tag(text, WEDNESDAY).timexes}
    assert found["Two years later"].points_to == "2018"


def test_deictic_expressions_ignore_the_reference_time() -> None:
    text = "Palmyra fell on 20 May 2015. Yesterday the army announced a new offensive."
    assert _values(text)["Yesterday"] == "2017-05-30"


def test_boilerplate_lines_are_not_tagged() -> None:
    text = (
        "By John Smith | Updated May 30, 2017 10:14 BST\n"
        "Fighting resumed on Tuesday.\n"
        "Published: 29 May 2017\n"
        "© Copyright IBTimes 2024. All rights reserved."
    )
    assert _values(text) == {"Tuesday": "2017-05-30"}


def test_dateline_that_contradicts_publication_warns() -> None:
    text = "MOSCOW, Wednesday, 31 May - Russia fired cruise missiles at IS targets."
    assert tag(text, WEDNESDAY).warnings == []
    warnings = tag(text, date(2017, 6, 2)).warnings
    assert len(warnings) == 1
    assert "Wednesday, 31 May" in warnings[0]
    assert "2017-06-02" in warnings[0]


def test_dateline_weekday_mismatch_warns() -> None:
    text = "Russia said on Tuesday, 31 May that it had fired missiles."
    assert tag(text, WEDNESDAY).warnings


def test_late_dates_are_not_datelines() -> None:
    text = "x" * 700 + " It happened on Monday, 1 May."
    assert tag(text, WEDNESDAY).warnings == []


def test_dateline_with_a_year_checks_the_year() -> None:
    text = "Wednesday, 31 May 2017: Russia fired cruise missiles."
    assert tag(text, WEDNESDAY).warnings == []
    assert tag(text, date(2018, 5, 31)).warnings


def test_a_deadline_lies_ahead_even_in_a_past_sentence() -> None:
    text = "The board declared a dividend payable Dec. 1."
    assert _values(text, date(2017, 10, 27)) == {"Dec. 1": "2017-12-01"}


def test_an_adjacent_past_verb_puts_a_near_date_behind() -> None:
    text = "In the fiscal year ended Jan. 31, sales rose."
    assert _values(text, date(2017, 10, 31))["Jan. 31"] == "2017-01-31"


def test_a_month_without_tense_near_publication_is_the_nearest() -> None:
    assert _values("Troops on Dec. 28 entered the town", date(2018, 1, 5)) == {"Dec. 28": "2017-12-28"}


def test_agency_dateline_is_checked() -> None:
    text = "MOSCOW, May 31 (Reuters) - Russia fired cruise missiles at IS targets."
    assert tag(text, WEDNESDAY).warnings == []
    assert tag(text, date(2017, 6, 1)).warnings


def test_a_plain_date_in_the_lead_is_not_a_dateline() -> None:
    text = "Russia fired cruise missiles on May 30 at IS targets near Palmyra."
    assert tag(text, WEDNESDAY).warnings == []


def test_a_past_perfect_future_lies_in_the_past() -> None:
    # written on a Monday: the offer had been due to expire on the Friday before
    assert _values("The offer had been due to expire Friday.", date(1989, 10, 30)) == {"Friday": "1989-10-27"}


def test_a_verb_in_another_clause_does_not_decide_the_tense() -> None:
    text = "The talks are supposed to conclude by May, officials said."
    assert _values(text, date(1998, 3, 22))["May"] == "1998-05"


def test_a_past_verb_in_the_clause_outweighs_a_near_month() -> None:
    text = "The cemetery operator changed from a fiscal year to a calendar year in December."
    assert _values(text, date(1989, 10, 27)) == {"December": "1988-12"}
    assert _values("In January, the company hired a new chief.", date(1989, 10, 27)) == {"January": "1989-01"}


def test_a_near_day_is_still_the_nearest() -> None:
    text = "The offer, which had been set to expire Nov. 6, was extended to Nov. 20."
    assert _values(text, date(1989, 11, 2)) == {"Nov. 6": "1989-11-06", "Nov. 20": "1989-11-20"}


def test_abbreviations_do_not_end_the_sentence() -> None:
    text = "In January, a week after the anniversary of the Roe vs. Wade decision, a doctor was shot."
    assert _values(text, date(1998, 10, 25))["January"] == "1998-01"


def test_the_main_verb_governs_a_fronted_date() -> None:
    text = "In January, the commissioner ruled that the boy should go back to Cuba."
    assert _values(text, date(2000, 4, 3))["January"] == "2000-01"


def test_a_possessive_weekday_is_an_event_that_has_happened() -> None:
    text = "The relatives said they would look for ways to get around Wednesday's ruling."
    assert _values(text, date(2000, 1, 7)) == {"Wednesday": "2000-01-05"}


def test_a_report_in_the_same_clause_dates_the_weekday() -> None:
    text = "Gen. Votel told Congress on Tuesday that the campaign would last into next year."
    assert _values(text)["Tuesday"] == "2017-05-30"


def test_a_past_perfect_plan_does_not_push_a_near_month_back_a_year() -> None:
    text = "The vote had been planned for June but was delayed to September."
    assert _values(text) == {"June": "2017-06", "September": "2017-09"}


def test_a_scheduled_present_lies_ahead() -> None:
    assert _values("Delegates meet in Astana on Thursday.") == {"Thursday": "2017-06-01"}
    assert _values("It was hard to meet demand in the winter.") == {"the winter": "2016-WI"}


def test_a_fronted_date_is_governed_by_the_reporting_verb() -> None:
    assert _values("On Friday, the minister announced that talks would resume.") == {"Friday": "2017-05-26"}
    assert _values("In April, the UN said aid convoys would be allowed in.") == {"April": "2017-04"}


def test_until_a_weekday_lies_ahead_unless_it_opens_the_sentence_or_has_passed() -> None:
    text = "The talks were postponed until Tuesday. Until Monday, the town had been quiet."
    assert _values(text) == {"Tuesday": "2017-06-06", "Monday": "2017-05-29"}
    assert _values("Two members had filed reports by Wednesday.", date(1990, 8, 16)) == {
        "Wednesday": "1990-08-15"
    }


def test_a_range_in_a_past_sentence_is_past() -> None:
    text = "The city was besieged from December until March."
    assert _values(text) == {"December": "2016-12", "March": "2017-03"}


def test_ahead_of_looks_forward_unless_from_a_past_perfect() -> None:
    assert _values("Troops deployed ahead of Sunday's vote.") == {"Sunday": "2017-06-04"}
    text = "Traders had chosen to square positions ahead of the weekend."
    assert _values(text) == {"the weekend": "2017-W21-WE"}


def test_a_history_dates_months_in_its_own_years() -> None:
    text = (
        "Germany invaded the Soviet Union on 22 June 1941. In October the Wehrmacht drove on Moscow.\n\n"
        "On 19 November 1942 the Soviets counter-attacked; the trapped army surrendered on 2 February."
    )
    assert _values(text, date(2019, 3, 1)) == {
        "22 June 1941": "1941-06-22",
        "October": "1941-10",
        "19 November 1942": "1942-11-19",
        "2 February": "1943-02-02",  # the story moves forward, into the next year
    }


def test_news_that_mentions_an_old_year_stays_news() -> None:
    # a weekday relative to publication marks news: "April" is this year's, not 1982's
    text = "Spain joined NATO in 1982, the minister said on Friday. A summit is set for April."
    assert _values(text, date(1999, 3, 12))["April"] == "1999-04"
    # ... and so does a first date near publication
    text = "Hungary signed on February 26. It applied in July 1997 and will join on March 12."
    assert _values(text, date(1999, 2, 27))["March 12"] == "1999-03-12"


def test_an_offset_in_apposition_leads_back_to_the_event_counted_from() -> None:
    text = "Bagration began on 22 June 1944, exactly three years after the invasion, and by mid-August it was over."
    found = {t.text: t for t in tag(text, WEDNESDAY).timexes}
    assert found["three years"].value == "P3Y"
    assert found["three years"].points_to == "1941-06-22"
    assert found["mid-August"].value == "1944-08"  # the story stays in 1944
    # a plain duration too, and a rough one points to a week, not a made-up day
    text = (
        "Troops crossed into Afrin on Sunday, a day after Turkish jets bombed 100 targets. They met no one."
    )
    found = {t.text: t for t in tag(text, date(2018, 1, 21)).timexes}
    assert (found["a day"].value, found["a day"].points_to) == ("P1D", "2018-01-20")
    text = "The army retook the base on Tuesday, less than two weeks after it was overrun."
    found = {t.text: t for t in tag(text, WEDNESDAY).timexes}
    assert found["less than two weeks"].points_to == "2017-W20"


def test_an_offset_from_an_undated_event_points_nowhere() -> None:
    # not from the story's time: "the fall" is not 20 May 2015 + 2 weeks, nor 2017 + 2 years
    for text, span in [
        ("IS seized Palmyra on 20 May 2015. Two weeks after the fall, the UN warned.", "Two weeks"),
        (
            "The army declared Khartoum cleared, nearly two years after the war broke out in the city.",
            "nearly two years",
        ),
        ("The town fell in March 2016; three months before the fall the army had left.", "three months"),
    ]:
        found = {t.text: t for t in tag(text, WEDNESDAY).timexes}
        assert found[span].type == "DURATION"
        assert found[span].points_to is None, text


def test_the_month_follows_the_story_into_a_later_month() -> None:
    text = "Troops held Pusan through August 1950. On September 15 they landed and retook Seoul by the end of the month."
    assert _values(text)["the end of the month"] == "1950-09"
