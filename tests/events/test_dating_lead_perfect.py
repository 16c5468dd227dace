"""A lead's deed in the present perfect ("Forces have taken the town, officials said on Thursday")
is given its day by the next sentence when that day is the report's day before: the present perfect
takes no past time of its own, so the writer tells the time elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import temporal
from timeline.events import dating, extract
from timeline.models import Article


def _dates(text: str, published: date, place: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, published=published, title="")
    return [
        (e.sub_event_type.value, e.date.value.split("T")[0])
        for e in extract(article, temporal.tag(text, published))
        if e.location is not None and e.location.name == place
    ]


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    [
        (
            "KHARTOUM, March 21 (Reuters) - Sudan's army has recaptured the Republican Palace in Khartoum, "
            "military sources said on Friday.\n"
            "Soldiers pushed into the compound in the centre of the capital on Thursday after weeks of "
            "advances, a military spokesman said.\n",
            date(2025, 3, 21),
            "Khartoum",
            "2025-03-20",
        ),
        (
            "Kurdish fighters have captured the town of Manbij from Islamic State, a monitoring group "
            "said.\n"
            "The fighters made their way into the town late on Friday after a two-month siege, the group "
            "said.\n",
            date(2016, 8, 13),
            "Manbij",
            "2016-08-12",
        ),
        (
            "Police have arrested opposition leader Kizza Besigye in Kampala, his lawyers said.\n"
            "Plain-clothes officers stopped his car at a checkpoint on Tuesday evening and drove him "
            "to a police station, the lawyers said.\n",
            date(2024, 11, 20),
            "Kampala",
            "2024-11-19",
        ),
    ],
)
def test_perfect_lead_takes_the_next_sentences_day(
    text: str, published: date, place: str, expected: str
) -> None:
    got = _dates(text, published, place)
    assert got and got[0][1] == expected, got


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    [
        # a simple past lead: the report's day stands (the next sentence tells another deed)
        (
            "At least 40 fighters were killed in clashes around Marib, military sources said on Sunday.\n"
            "Houthi rebels shelled government positions west of the city on Saturday.\n",
            date(2021, 4, 12),
            "Marib",
            "2021-04-11",
        ),
        # a statement before its deed in the past perfect: the statement's day stands
        (
            "The army declared on Saturday that it had recaptured all of Eastern Ghouta.\n"
            "Buses carrying the last fighters left the area on Friday, state media said.\n",
            date(2018, 4, 15),
            "Eastern Ghouta",
            "2018-04-14",
        ),
        # a next-sentence day further back than the day before the report is background
        (
            "Government forces have retaken the town of Gharyan, officials said on Thursday.\n"
            "The town fell to the rebels on Monday in a surprise assault.\n",
            date(2019, 6, 28),
            "Gharyan",
            "2019-06-27",
        ),
    ],
)
def test_report_day_stands(text: str, published: date, place: str, expected: str) -> None:
    got = _dates(text, published, place)
    assert got and got[0][1] == expected, got


@pytest.mark.parametrize("before", dating.cues().perfect.examples)
def test_perfect_examples(before: str) -> None:
    assert dating.perfect(before + "taken the town.", 0, len(before))


@pytest.mark.parametrize("before", dating.cues().perfect.counter_examples)
def test_perfect_counter_examples(before: str) -> None:
    assert not dating.perfect(before + "taken the town.", 0, len(before))
