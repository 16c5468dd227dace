"""Control periods: per place, who held it from when to when, from control-change events.

Changes are ordered by their dates; each starts a period that the next change ends. A change that
repeats the current holder is the same change told again: from another source with another date it
is a disagreement, kept in `disputed_by` (news often disagrees with the record), not dropped.
Two sources naming different holders for overlapping dates dispute each other both ways.
"""

from __future__ import annotations

from collections import defaultdict

from timeline.events.actors import state_forces_name
from timeline.events.lexicon import actor_lexicon
from timeline.models import CONTROL_CHANGES, ControlPeriod, DateBound, Event, EventStatus, SubEventType

_STATE_FORCES_PREFIX = "Military Forces of "


def _holder(event: Event) -> str | None:
    """Who holds the place after the change."""
    if event.sub_event_type is SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY:
        # "X withdrew from P": P passes to the other side, when the text names it.
        return event.actor2
    if event.sub_event_type is SubEventType.GOVERNMENT_REGAINS_TERRITORY:
        if event.actor1 and event.actor1.startswith(_STATE_FORCES_PREFIX):
            return event.actor1
        # Government affiliates (a militia, the police) took it back: the state's forces hold it.
        country = event.location.country if event.location else None
        iso2 = _iso_of_state(country) if country else None
        return state_forces_name(iso2) if iso2 else event.actor1
    return event.actor1


def _iso_of_state(country: str) -> str | None:
    return next((s.iso2 for s in actor_lexicon().states if s.country == country), None)


def _bound(event: Event) -> DateBound:
    d = event.date
    return DateBound(value=d.value, start=d.start, end=d.end, grain=d.grain)


def _overlap(a: DateBound, b: DateBound) -> bool:
    return a.start <= b.end and b.start <= a.end


def control_periods(events: list[Event]) -> list[ControlPeriod]:
    by_place: dict[tuple[str, str | None], list[Event]] = defaultdict(list)
    for e in events:
        if (
            e.sub_event_type in CONTROL_CHANGES
            and e.status is EventStatus.HAPPENED
            and e.location is not None
        ):
            if e.location.geo_precision == 3:  # "in Syria" is no place one holds
                continue
            by_place[(e.location.name, e.location.country)].append(e)
    periods: list[ControlPeriod] = []
    for (place, country), changes in by_place.items():
        changes.sort(key=lambda e: (e.date.start, e.date.end, e.id))
        place_periods: list[ControlPeriod] = []
        for e in changes:
            holder = _holder(e)
            current = place_periods[-1] if place_periods else None
            if holder is None:
                if current is not None and current.until is None:
                    current.until = _bound(e)
                    current.event_ids.append(e.id)
                continue
            if current is not None and current.holder == holder:
                same_source = _source_of(e, events) in {_source_of_id(i, events) for i in current.event_ids}
                if current.since is not None and (current.since.value == e.date.value or same_source):
                    current.event_ids.append(e.id)
                else:
                    current.disputed_by.append(e.id)
                continue
            if (
                current is not None
                and current.since is not None
                and _overlap(current.since, _bound(e))
                and _source_of(e, events) not in {_source_of_id(i, events) for i in current.event_ids}
            ):
                # Another source names another holder for the same time: both stand, each disputed.
                rival = ControlPeriod(
                    place=place,
                    country=country,
                    holder=holder,
                    since=_bound(e),
                    event_ids=[e.id],
                    disputed_by=list(current.event_ids),
                )
                current.disputed_by.append(e.id)
                place_periods.append(rival)
                continue
            if current is not None:
                current.until = _bound(e)
            place_periods.append(
                ControlPeriod(place=place, country=country, holder=holder, since=_bound(e), event_ids=[e.id])
            )
        periods += place_periods
    return periods


def _source_of(event: Event, _events: list[Event]) -> str:
    return event.source.article_id


def _source_of_id(event_id: str, events: list[Event]) -> str:
    return next((e.source.article_id for e in events if e.id == event_id), "")
