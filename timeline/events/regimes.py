"""Regime periods: a state's forces, police and government are named by the period their event
falls in, as ACLED does ("Military Forces of Syria (2000-)" is Assad's army, "(2024-)" the
transitional government's). Actor matching names a state by its current period (actors.yaml
`since`); once an event is dated, `by_regime` renames it to the period of its date. The periods
are data (data/regimes.yaml), checked on load against actors.yaml."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pydantic import Field, field_validator, model_validator

from timeline.events.lexicon import LexiconError, _Strict, actor_lexicon, load_data_file
from timeline.models import Event
from timeline.temporal.timex_values import parse_point

_STATE_ACTOR = re.compile(
    r"(?P<kind>Military Forces|Police Forces|Government) of (?P<country>.+) \((?P<year>\d{4})-\)"
)


class RegimeExample(_Strict):
    when: str = Field(description="A TIMEX3 date value: 2016, 2016-03 or 2016-03-27.")
    name: str

    @field_validator("when", mode="before")
    @classmethod
    def _a_date(cls, value: object) -> str:
        value = str(value)  # YAML reads 2016-03-27 as a date, 2016 as a number
        if parse_point(value) is None:
            raise ValueError(f"{value!r} is not a TIMEX3 date (2016, 2016-03, 2016-03-27)")
        return value

    @property
    def day(self) -> date:
        """The day the example's date stands for (the middle of a month or a year)."""
        point = parse_point(self.when)
        assert point is not None  # checked on load
        first, last, _ = point
        return first + (last - first) / 2


class Regime(_Strict):
    country: str
    began: list[date] = Field(min_length=2, description="Days the periods began, oldest first.")
    examples: list[RegimeExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _ascending(self) -> Regime:
        if self.began != sorted(set(self.began)):
            raise ValueError(f"{self.country}: `began` must list distinct days, oldest first")
        return self


class Regimes(_Strict):
    regimes: list[Regime]


@cache
def regimes() -> dict[str, list[date]]:
    """Country → the days its periods began; each country must be a state of actors.yaml whose
    `since` year is one of those periods (so matching and renaming agree on today's name)."""
    data = load_data_file(Regimes, "regimes.yaml")
    since = {s.country: s.since for s in actor_lexicon().states}
    for r in data.regimes:
        if r.country not in since:
            raise LexiconError(
                f"regimes.yaml: {r.country!r} is not a state in actors.yaml; add it there first"
            )
        if since[r.country] not in {d.year for d in r.began}:
            raise LexiconError(
                f"regimes.yaml: {r.country}: actors.yaml names it '({since[r.country]}-)', which is not "
                f"one of its periods {[d.year for d in r.began]}; make them agree"
            )
    return {r.country: r.began for r in data.regimes}


def period_name(name: str, on: date) -> str:
    """`name` as the period that `on` falls in: 'Military Forces of Iraq (2014-)' on 2024-01-04 is
    'Military Forces of Iraq (2022-)'. Names of other actors, of states with one period, and days
    before a state's first period are returned unchanged."""
    m = _STATE_ACTOR.fullmatch(name)
    if m is None:
        return name
    began = regimes().get(m["country"])
    if not began or on < began[0]:
        return name
    start = max(d for d in began if d <= on)
    return f"{m['kind']} of {m['country']} ({start.year}-)"


def _day_of(event: Event, published: date) -> date:
    """The day that stands for the event: the middle of its interval (a month-dated event is
    mid-month, as ACLED codes it); the publication day for an undated one."""
    start, end = event.date.start, event.date.end
    if start > end:
        return published
    return start + (end - start) / 2


def by_regime(events: list[Event], published: date) -> list[Event]:
    """Each event's state actors renamed to the period of the event's date."""
    out = []
    for e in events:
        day = _day_of(e, published)
        update: dict[str, object] = {}
        for field in ("actor1", "actor2"):
            name = getattr(e, field)
            if name is not None and (renamed := period_name(name, day)) != name:
                update[field] = renamed
        for field in ("assoc_actor_1", "assoc_actor_2"):
            names: list[str] = getattr(e, field)
            renamed_list = [period_name(n, day) for n in names]
            if renamed_list != names:
                update[field] = renamed_list
        out.append(e.model_copy(update=update) if update else e)
    return out
