"""State actors take the name of the regime period their event falls in (data/regimes.yaml)."""

from datetime import date

import pytest

from timeline import temporal
from timeline.events import extract
from timeline.events.lexicon import LexiconError, _validated, load_data_file
from timeline.events.regimes import RegimeExample, Regimes, by_regime, period_name, regimes
from timeline.models import Article

_DATA = load_data_file(Regimes, "regimes.yaml")


@pytest.mark.parametrize(
    ("country", "example"), [(r.country, ex) for r in _DATA.regimes for ex in r.examples]
)
def test_data_examples(country: str, example: RegimeExample) -> None:
    """Every example in regimes.yaml: the state as matched today, renamed for the example's date."""
    current = max(regimes()[country]).year
    assert period_name(f"Military Forces of {country} ({current}-)", example.day) == example.name


def test_other_actors_and_single_period_states_unchanged() -> None:
    assert period_name("Islamic State", date(2016, 1, 1)) == "Islamic State"
    assert (
        period_name("Military Forces of Israel (1948-)", date(2000, 1, 1))
        == "Military Forces of Israel (1948-)"
    )
    assert period_name("Military Forces of Ethiopia", date(2000, 1, 1)) == "Military Forces of Ethiopia"
    # before a state's first listed period the name is left as matched
    assert (
        period_name("Military Forces of Syria (2024-)", date(1990, 1, 1))
        == "Military Forces of Syria (2024-)"
    )


def test_police_and_government_follow_the_same_periods() -> None:
    assert (
        period_name("Government of United States (2025-)", date(2022, 6, 1))
        == "Government of United States (2021-)"
    )
    assert (
        period_name("Police Forces of Nigeria (2023-)", date(2016, 6, 1))
        == "Police Forces of Nigeria (2015-)"
    )


def _events(text: str, published: str):
    article = Article(id="t", title="", text=text, published=date.fromisoformat(published))
    return extract(article, temporal.tag(article.text, article.published))


def test_extracted_events_are_named_by_their_own_date() -> None:
    # one article, two periods: a retold 2016 strike and this week's
    text = (
        "American jets struck militant positions near Kirkuk on Monday, the Pentagon said.\n"
        "In June 2016, American aircraft bombed a convoy near Fallujah."
    )
    events = _events(text, "2024-01-10")
    by_year = {e.date.value[:4]: e.actor1 for e in events if e.sub_event_type.value == "Air/drone strike"}
    assert by_year["2024"] == "Military Forces of United States (2021-)"
    assert by_year["2016"] == "Military Forces of United States (2009-)"


def test_month_dated_event_takes_mid_month() -> None:
    # Kabul fell on 15 August 2021: an event dated only "August 2021" is mid-month, the new period
    events = _events("Afghan forces shelled Taliban positions near Kandahar in early May 2021.", "2021-06-01")
    strike = [e for e in events if e.actor1 and "Afghanistan" in e.actor1]
    assert strike and strike[0].actor1 == "Military Forces of Afghanistan (2014-)"


def test_bad_data_is_refused_with_the_file_named() -> None:
    with pytest.raises(LexiconError, match=r"regimes\.yaml"):
        _validated(
            Regimes,
            {
                "regimes": [
                    {
                        "country": "Syria",
                        "began": ["2024-12-08", "2000-07-17"],
                        "examples": [{"when": "2016", "name": "x"}],
                    }
                ]
            },
            "regimes.yaml",
        )
    with pytest.raises(LexiconError, match="TIMEX3"):
        _validated(
            Regimes,
            {
                "regimes": [
                    {
                        "country": "Syria",
                        "began": ["2000-07-17", "2024-12-08"],
                        "examples": [{"when": "last year", "name": "x"}],
                    }
                ]
            },
            "regimes.yaml",
        )


def test_by_regime_keeps_events_without_state_actors_identical() -> None:
    events = _events("Al-Shabaab fighters attacked a base near Kismayo on Sunday.", "2023-05-02")
    assert by_regime(events) == events


def test_a_group_that_took_power_becomes_the_state_after_that_day() -> None:
    # after the takeover: the group's forces are the state's, inter 1 at home
    (e,) = _events("Taliban fighters captured the Panjshir valley town of Bazarak on Monday.", "2021-09-08")
    assert e.actor1 == "Military Forces of Afghanistan (2021-)" and e.inter1 == 1
    assert e.sub_event_type.value == "Government regains territory"
    # ... and 8 abroad (a cross-border clash in Pakistan)
    (c,) = _events(
        "Taliban forces clashed with Pakistani troops near the Pakistani town of Chaman on Sunday.",
        "2024-03-19",
    )
    assert c.actor1 == "Military Forces of Afghanistan (2021-)" and c.inter1 == 8
    # the takeover itself, and anything before it, is the group's
    (k,) = _events("The Taliban captured Kabul on Sunday.", "2021-08-16")
    assert k.actor1 == "Taliban" and k.sub_event_type.value == "Non-state actor overtakes territory"
    (old,) = _events("Taliban fighters overran the city of Kunduz on Monday.", "2015-09-29")
    assert old.actor1 == "Taliban"


def test_a_ruler_must_be_a_known_actor_on_a_period_day() -> None:
    bad = {
        "country": "Syria",
        "began": ["2000-07-17", "2024-12-08"],
        "examples": [{"when": "2016", "name": "x"}],
    }
    with pytest.raises(LexiconError, match="not a day in"):
        _validated(
            Regimes,
            {"regimes": [{**bad, "rulers": [{"actor": "Hayat Tahrir al-Sham", "began": "2024-12-09"}]}]},
            "regimes.yaml",
        )


def test_a_takeover_dated_by_its_month_stays_the_groups() -> None:
    events = _events("The Taliban seized Kabul in August 2021.", "2023-08-15")
    assert [e.actor1 for e in events] == ["Taliban"]
