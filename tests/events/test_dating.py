"""dating.py: the cue data's examples, and which date governs a deed."""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import temporal
from timeline.events import dating
from timeline.models import TimeExpression


def _tx(text: str, phrase: str) -> TimeExpression:
    start = text.index(phrase)
    tagged = temporal.tag(text, date(2025, 1, 10))
    found = [t for t in tagged.timexes if t.start == start]
    assert found, f"no time expression at {phrase!r} in {text!r}"
    return found[0]


def test_cue_data_validates() -> None:
    cues = dating.cues()
    assert cues.attributive.nouns and cues.succession.verbs


@pytest.mark.parametrize("text", dating.cues().succession.examples)
def test_succession_examples(text: str) -> None:
    assert dating.succession(text + " troops killed") is not None


@pytest.mark.parametrize("text", dating.cues().succession.counter_examples)
def test_succession_counter_examples(text: str) -> None:
    assert dating.succession(text + " troops killed") is None


_DATE = re.compile(r"\b(?:\d{4}|7 October|Thursday|Monday|November 2023)\b")


@pytest.mark.parametrize("text", dating.cues().attributive.examples)
def test_attributive_examples(text: str) -> None:
    m = _DATE.search(text)
    assert m is not None
    assert dating.attributive(text, _tx(text, m.group(0)))


@pytest.mark.parametrize("text", dating.cues().attributive.counter_examples)
def test_attributive_counter_examples(text: str) -> None:
    m = _DATE.search(text)
    assert m is not None
    assert not dating.attributive(text, _tx(text, m.group(0)))


def _governing(text: str, trigger: str, published: date) -> str | None:
    tagged = temporal.tag(text, published)
    dated = dating.datable(tagged.timexes)
    start = text.rindex(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    d = dating.governing(
        start, start + len(trigger), sentence_start, len(text), dated, text, dated, published
    )
    return d.value.split("T")[0] if d else None


def test_explicit_day_beats_a_vaguer_offset() -> None:
    text = "In October, a bomber struck Karachi. A month later, a suicide bombing at the station on Nov. 9 killed 26."
    assert _governing(text, "suicide bombing", date(2025, 4, 2)) == "2024-11-09"


def test_past_perfect_under_a_next_day_statement_takes_the_deed_day() -> None:
    text = "Militants attacked Djibo on Sunday. The army said on Monday that its aircraft had struck the attackers."
    assert _governing(text, "struck", date(2025, 5, 13)) == "2025-05-11"


def test_past_perfect_under_a_later_statement_keeps_the_statement_day() -> None:
    text = "Fighting erupted on Thursday. The ministry said on Saturday it had deployed 5,000 troops."
    assert _governing(text, "deployed", date(2025, 1, 20)) == "2025-01-18"


def test_came_a_day_after() -> None:
    text = "Duterte declared Marawi liberated on Tuesday. The declaration came a day after troops killed the leaders."
    assert _governing(text, "killed", date(2017, 10, 17)) == "2017-10-16"


def test_report_date_yields_to_the_deed_told_next() -> None:
    from timeline.events import extract
    from timeline.models import Article, SubEventType

    text = (
        "A Myanmar military air strike on Kyauk Ni Maw village in Rakhine state killed at least 40 people, "
        "an armed group said Friday.\n"
        "A fighter jet dropped bombs on Kyauk Ni Maw village shortly after noon on Wednesday, setting off a "
        "fire that destroyed more than 500 houses.\n"
    )
    article = Article(id="t", text=text, published=date(2025, 1, 10), title="")
    events = extract(article, temporal.tag(text, article.published))
    strikes = [e for e in events if e.location and e.location.name == "Kyauk Ni Maw"]
    assert [(e.sub_event_type, e.date.value.split("T")[0]) for e in strikes] == [
        (SubEventType.AIR_DRONE_STRIKE, "2025-01-08")
    ]


@pytest.mark.parametrize("text", dating.cues().counted_from_event.examples)
def test_counted_from_event_examples(text: str) -> None:
    assert dating.counted_from_event(text) is not None


@pytest.mark.parametrize("text", dating.cues().counted_from_event.counter_examples)
def test_counted_from_event_counter_examples(text: str) -> None:
    assert dating.counted_from_event(text) is None


def _events(text: str, published: date) -> list[tuple[str, str, str]]:
    from timeline.events import extract
    from timeline.models import Article

    article = Article(id="t", text=text, published=published, title="")
    return [
        (e.sub_event_type.value, e.location.name if e.location else "", e.date.value.split("T")[0])
        for e in extract(article, temporal.tag(text, published))
    ]


def test_offset_from_an_event_named_by_a_noun() -> None:
    text = (
        "QUETTA, April 2 (Reuters) - Security officials say the insurgency has evolved.\n"
        "Fighters stormed a passenger train on March 11 near the town of Sibi, taking passengers hostage.\n"
        "The army said it ended the standoff the following day, freeing more than 300 hostages.\n"
        "Five days after the hijacking, a suicide bomber rammed an explosives-laden car into a bus in Noshki, "
        "killing five people."
    )
    got = _events(text, date(2025, 4, 2))
    assert ("Suicide bomb", "Noshki", "2025-03-16") in got


def test_habitual_strikes_and_a_dated_strike_there_are_one_event() -> None:
    text = (
        "MOGADISHU, April 17 (Reuters) - Al Shabaab fighters captured the town of Adan Yabaal on Wednesday.\n"
        "The United States has stepped up air strikes in the country this year, mostly against Islamic State "
        "fighters in the Cal Miskaad mountains of the semi-autonomous Puntland region. "
        "U.S. Africa Command said it struck Islamic State targets there on Feb. 1, the first strikes of the year."
    )
    strikes = [e for e in _events(text, date(2025, 4, 17)) if e[0] == "Air/drone strike"]
    assert strikes == [("Air/drone strike", "Cal Miskaad", "2025-02-01")]


def test_a_town_and_the_province_it_lies_in_with_a_vaguer_date_are_one_event() -> None:
    text = (
        "KYIV, March 3 (Reuters) - Russian forces struck Kharkiv region with missiles in February. "
        "Officials said a Russian missile strike on Kupiansk, in Kharkiv region, killed three people on Feb. 12."
    )
    strikes = [e for e in _events(text, date(2025, 3, 3)) if e[0] == "Shelling/artillery/missile attack"]
    assert len(strikes) == 1 and strikes[0][2] == "2025-02-12"


def _same_day(text: str) -> str | None:
    text = text + " rockets were fired"
    dated = dating.datable(temporal.tag(text, date(2025, 3, 28)).timexes)
    found = dating.same_day(text, 0, text.rindex("rockets"), dated)
    return found.value if found else None


@pytest.mark.parametrize("text", dating.cues().same_day.examples)
def test_same_day_examples(text: str) -> None:
    assert _same_day(text) is not None


@pytest.mark.parametrize("text", dating.cues().same_day.counter_examples)
def test_same_day_counter_examples(text: str) -> None:
    assert _same_day(text) is None


def test_hours_after_dates_the_deed_on_the_day_named_before() -> None:
    text = (
        "BEIRUT, March 28 (Reuters) - Israel struck a building in Beirut on Friday for the first time since "
        "a ceasefire ended its war with Hezbollah in November, hours after two rockets were fired from "
        "Lebanon towards the northern Israeli town of Kiryat Shmona."
    )
    got = _events(text, date(2025, 3, 28))
    assert all(d == "2025-03-28" for _, _, d in got), got
