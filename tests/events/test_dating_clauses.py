"""dating.governing: which date governs a deed told under a statement, and in which conjunct."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import temporal
from timeline.events import dating


def _governing(text: str, trigger: str, published: date) -> str | None:
    tagged = temporal.tag(text, published)
    dated = dating.datable(tagged.timexes)
    start = text.rindex(trigger)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    d = dating.governing(
        start, start + len(trigger), sentence_start, len(text), dated, text, dated, published
    )
    return d.value if d else None


# A deed told in a second conjunct under its own statement ("…, and announced on Sunday that its
# forces had retaken …"): the statement's day bounds it; the first conjunct's date is another deed's.
@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "The army flew reinforcements to Sake on Tuesday and said on Thursday that its troops had "
            "recaptured the hills above the town.",
            "recaptured",
            date(2024, 3, 1),
            "2024-02-29",
        ),
        (
            "Rebels shelled the airport on 3 May, and the ministry announced on 5 May that soldiers had "
            "retaken the road to the coast.",
            "retaken",
            date(2023, 5, 6),
            "2023-05-05",
        ),
        (
            "Police sealed off the district on Monday and confirmed on Wednesday that officers had "
            "arrested 14 suspected gang members.",
            "arrested",
            date(2022, 11, 10),
            "2022-11-09",
        ),
    ],
)
def test_statement_in_the_deeds_conjunct_beats_another_conjuncts_date(
    text: str, trigger: str, published: date, expected: str
) -> None:
    assert _governing(text, trigger, published) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        # the deed's own date beside the statement's still governs
        (
            "Troops moved north on Monday and the army said on Thursday that they had recaptured the pass "
            "on Wednesday.",
            "recaptured",
            date(2024, 3, 1),
            "2024-02-28",
        ),
        # the date in the trigger's own conjunct, no statement: unchanged
        (
            "Gunmen stormed the market on Friday and burned dozens of stalls, witnesses said on Saturday.",
            "stormed",
            date(2021, 6, 7),
            "2021-06-04",
        ),
        # a first conjunct's date still dates the second when no statement stands in it
        (
            "Militia fighters entered the village on 12 April and killed nine farmers.",
            "killed",
            date(2020, 4, 20),
            "2020-04-12",
        ),
    ],
)
def test_conjunct_negatives(text: str, trigger: str, published: date, expected: str) -> None:
    assert _governing(text, trigger, published) == expected


# "said last week that it had driven …": a statement dated by a week only bounds the deed by that
# week; the story's earlier deed day (a day-grain rule) does not apply.
def test_week_grain_statement_keeps_its_week() -> None:
    text = (
        "Gunmen killed a priest in Bamenda on 6 August. Separately, the army said last week that it had "
        "cleared the separatists out of two villages near Kumbo."
    )
    assert _governing(text, "cleared", date(2023, 8, 16)) == "2023-W32"


def test_day_grain_statement_next_day_still_takes_the_deed_day() -> None:
    text = (
        "Fighters attacked a checkpoint near Kidal on Sunday. The army said on Monday that its drones had "
        "struck the attackers as they fled."
    )
    assert _governing(text, "struck", date(2024, 2, 6)) == "2024-02-04"


# "on Thursday (5 June)": the bracketed date says which Thursday, even on a Thursday's paper
@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "Reinforcements drove the militants out of the shrine district on Thursday (5 June).",
            "drove",
            date(2014, 6, 12),
            "2014-06-05",
        ),
        (
            "Gunmen ambushed a convoy near Gao on Sunday (2 March), the army said.",
            "ambushed",
            date(2025, 3, 9),
            "2025-03-02",
        ),
        # brackets that hold no date change nothing
        (
            "Gunmen ambushed a convoy near Gao (a northern town) on Sunday.",
            "ambushed",
            date(2025, 3, 9),
            "2025-03-09",
        ),
    ],
)
def test_bracketed_date_says_which_day(text: str, trigger: str, published: date, expected: str) -> None:
    got = _governing(text, trigger, published)
    assert got is not None and got.split("T")[0] == expected


# A deed is told on the day of it or after: a time of day counted from publication that falls after
# the clause's statement ("overnight, … said on Saturday" in a Monday paper) is the night before it.
@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "Militants killed 40 villagers in an overnight raid near Djibo, the army said on Saturday.",
            "killed",
            date(2023, 4, 10),
            "2023-04-07TNI",
        ),
        (
            "Drones hit an oil depot in the port overnight, the regional governor said on Thursday, "
            "three days after an attack on the same site.",
            "hit",
            date(2024, 2, 17),
            "2024-02-14TNI",
        ),
    ],
)
def test_a_night_before_the_statement(text: str, trigger: str, published: date, expected: str) -> None:
    assert _governing(text, trigger, published) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        # the statement on the paper's day: the night before publication, as before
        (
            "Rebels shelled the airport overnight, officials said on Tuesday.",
            "shelled",
            date(2022, 9, 13),
            "2022-09-12TNI",
        ),
        # an explicit day is never moved
        (
            "Rebels shelled the airport on 3 May, officials said on 1 May.",
            "shelled",
            date(2022, 5, 9),
            "2022-05-03",
        ),
        # no statement: the night before publication
        ("Rebels shelled the airport overnight.", "shelled", date(2022, 9, 13), "2022-09-12TNI"),
    ],
)
def test_no_statement_bound(text: str, trigger: str, published: date, expected: str) -> None:
    assert _governing(text, trigger, published) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Drones struck the depot, the ministry said on Sunday.", "Sunday", True),
        ("Drones struck the depot, the ministry said late on Friday.", "late on Friday", True),
        ("The governor announced Tuesday that the road had reopened.", "Tuesday", True),
        # an offset after the statement's own date is no statement date
        (
            "Jets hit the bases, the ministry said on Sunday, a week after a bombing killed six.",
            "a week",
            False,
        ),
        ("Gunmen attacked the convoy on Sunday.", "Sunday", False),
    ],
)
def test_said_when(text: str, phrase: str, expected: bool) -> None:
    tagged = temporal.tag(text, date(2022, 11, 21))
    tx = next(t for t in tagged.timexes if t.text == phrase)
    assert dating.said_when(text, tx) is expected
