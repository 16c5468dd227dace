"""The shared event filters as SQL."""

from __future__ import annotations

from sqlalchemy import Select, or_, select

from timeline.models import EventFilter
from timeline.store.tables import EventActorRow, EventRow


def select_events(flt: EventFilter) -> Select[EventRow]:
    """Events matching every given filter (within one filter, any value), in timeline order."""
    query = select(EventRow)
    if flt.actors:
        # Any role: actor1, actor2 or an associated actor.
        query = query.where(
            select(EventActorRow.event_row_id)
            .where(EventActorRow.event_row_id == EventRow.row_id, EventActorRow.actor.in_(flt.actors))
            .exists()
        )
    if flt.types:
        query = query.where(or_(EventRow.event_type.in_(flt.types), EventRow.sub_event_type.in_(flt.types)))
    if flt.places:
        query = query.where(EventRow.place.in_(flt.places))
    # An event is in the range when its interval of possible days overlaps it: "March 2016"
    # is kept for since=2016-03-20.
    if flt.since:
        query = query.where(EventRow.date_end >= flt.since)
    if flt.until:
        query = query.where(EventRow.date_start <= flt.until)
    return query.order_by(EventRow.date_start, EventRow.date_end, EventRow.article_id, EventRow.position)
