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

from timeline.events.coreference import interaction
from timeline.events.lexicon import LexiconError, _Strict, actor_lexicon, load_data_file
from timeline.models import Event, SubEventType
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


class Ruler(_Strict):
    """An armed group that became the state: from the day after `began` its forces are the state's
    forces (ACLED: the Taliban are "Military Forces of Afghanistan (2021-)" after 15 August 2021)."""

    actor: str = Field(description="The group's canonical name in actors.yaml.")
    began: date = Field(description="The day it took power: one of the regime's `began` days.")


class Regime(_Strict):
    country: str
    began: list[date] = Field(min_length=2, description="Days the periods began, oldest first.")
    rulers: list[Ruler] = Field(default_factory=list)
    examples: list[RegimeExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _ascending(self) -> Regime:
        if self.began != sorted(set(self.began)):
            raise ValueError(f"{self.country}: `began` must list distinct days, oldest first")
        for r in self.rulers:
            if r.began not in self.began:
                raise ValueError(f"{self.country}: ruler {r.actor!r} began {r.began}, not a day in `began`")
        return self


class Regimes(_Strict):
    regimes: list[Regime]


@cache
def _data() -> Regimes:
    """regimes.yaml, checked against actors.yaml: each country must be a state whose `since` year
    is one of its periods (so matching and renaming agree on today's name), each ruler a named
    actor."""
    data = load_data_file(Regimes, "regimes.yaml")
    since = {s.country: s.since for s in actor_lexicon().states}
    named = {a.name for a in actor_lexicon().actors}
    for r in data.regimes:
        for ruler in r.rulers:
            if ruler.actor not in named:
                raise LexiconError(
                    f"regimes.yaml: ruler {ruler.actor!r} is not an actor's name in actors.yaml"
                )
        if r.country not in since:
            raise LexiconError(
                f"regimes.yaml: {r.country!r} is not a state in actors.yaml; add it there first"
            )
        if since[r.country] not in {d.year for d in r.began}:
            raise LexiconError(
                f"regimes.yaml: {r.country}: actors.yaml names it '({since[r.country]}-)', which is not "
                f"one of its periods {[d.year for d in r.began]}; make them agree"
            )
    return data


@cache
def regimes() -> dict[str, list[date]]:
    """Country → the days its periods began."""
    return {r.country: r.began for r in _data().regimes}


@cache
def _rulers() -> dict[str, tuple[str, date]]:
    """Group name → (the country it came to rule, the day it took power)."""
    return {ruler.actor: (r.country, ruler.began) for r in _data().regimes for ruler in r.rulers}


def _ruled(name: str, on: date) -> str | None:
    """The state forces a ruling group had become by `on` (the day after it took power), else None."""
    ruler = _rulers().get(name)
    if ruler is None or on <= ruler[1]:
        return None
    return f"Military Forces of {ruler[0]} ({ruler[1].year}-)"


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


def _day_of(event: Event) -> date:
    """The day that stands for the event: the middle of its interval (a month-dated event is
    mid-month, as ACLED codes it)."""
    return event.date.start + (event.date.end - event.date.start) / 2


def _state_inter(country: str, event: Event) -> int:
    """ACLED: a state's forces are 1 at home, 8 abroad."""
    where = event.location.country if event.location else None
    return 1 if where in (None, country) else 8


def by_regime(events: list[Event]) -> list[Event]:
    """Each event's state actors renamed to the period of the event's date, and a group that had
    become the state by then (a ruler) named as the state's forces, with their inter code; a
    territory it takes is then the government's regaining it."""
    out = []
    for e in events:
        day = _day_of(e)
        update: dict[str, object] = {}
        for field, inter in (("actor1", "inter1"), ("actor2", "inter2")):
            name = getattr(e, field)
            if name is None:
                continue
            # a ruler only once the whole of the event's interval is after the takeover: "when the
            # Taliban seized power in August 2021" is still the group's
            if (state := _ruled(name, e.date.start)) is not None:
                update[field] = state
                update[inter] = _state_inter(_rulers()[name][0], e)
            elif (renamed := period_name(name, day)) != name:
                update[field] = renamed
        if "inter1" in update or "inter2" in update:
            codes = (update.get("inter1", e.inter1), update.get("inter2", e.inter2))
            update["interaction"] = interaction(*(c if isinstance(c, int) else None for c in codes))
            if (
                e.sub_event_type is SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                and update.get("inter1") == 1
            ):
                update["sub_event_type"] = SubEventType.GOVERNMENT_REGAINS_TERRITORY
        for field in ("assoc_actor_1", "assoc_actor_2"):
            names: list[str] = getattr(e, field)
            renamed_list = [period_name(n, day) for n in names]
            if renamed_list != names:
                update[field] = renamed_list
        out.append(e.model_copy(update=update) if update else e)
    return out
