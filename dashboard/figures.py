"""The timeline figure, as pure functions of events and control periods (no store, no Dash).

Reading guide for the figure:
- top rows: one per place, a band per control period coloured by who held it. A change the text
  dates only to a month (or a year) is drawn hatched across that whole month, in the incoming
  holder's colour over the outgoing one's: the text does not say which day, so neither do we.
- lower rows: one lane per event type. A marker sits at the middle of the days the text allows;
  when that is more than one day, a translucent bar spans them all and the marker is hollow.
- colour always means the actor (actor1 for events, the holder for bands), the same colour in
  both, stable across filters because the palette is assigned from the full actor list.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import plotly.graph_objects as go

from timeline.models import ControlPeriod, DateBound, Event, EventDate, EventType, Grain

# Colour-blind-safe, distinct on white (Okabe–Ito first, then Tableau); grey is kept for "unknown".
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8C564B",
    "#6A3D9A",
    "#882255",
    "#17BECF",
    "#44AA99",
    "#E377C2",
)
UNKNOWN_ACTOR = "Unknown actor"
UNKNOWN_COLOUR = "#8A8A8A"
ONE_DAY = timedelta(days=1)
# Events closer than this share of the visible span are put on separate rows in their lane.
_MIN_GAP_SHARE = 0.06
_MAX_SLOTS = 4
_HOVER_WRAP = 70


def actor_colours(actors: Iterable[str]) -> dict[str, str]:
    """A colour per actor, assigned in sorted order so the same data gives the same colours."""
    names = sorted({a for a in actors if a})
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


def describe_date(when: EventDate) -> str:
    """The date as the text gave it, and what we read it as: '"early May" → 2017-05-01…2017-05-10'."""
    span = (
        when.start.isoformat()
        if when.start == when.end
        else f"{when.start.isoformat()} … {when.end.isoformat()}"
    )
    if when.inherited or not when.text:
        return f"{when.value} ({when.grain.value}; no date in the sentence, taken from the story) → {span}"
    return f"“{when.text}” → {when.value} ({when.grain.value}) → {span}"


def describe_bound(bound: DateBound | None) -> str:
    if bound is None:
        return "not stated"
    if bound.start == bound.end:
        return bound.start.isoformat()
    return f"{bound.value} (some day in {bound.start.isoformat()} … {bound.end.isoformat()})"


def event_place(event: Event) -> str:
    return event.location.name if event.location else "—"


def event_actors(event: Event) -> str:
    def side(actor: str | None, assoc: Sequence[str]) -> str:
        name = actor or "—"
        return f"{name} (with {', '.join(assoc)})" if assoc else name

    if not event.actor2 and not event.assoc_actor_2:
        return side(event.actor1, event.assoc_actor_1)
    return f"{side(event.actor1, event.assoc_actor_1)} vs {side(event.actor2, event.assoc_actor_2)}"


def _wrap(text: str) -> str:
    # Plotly hover labels understand a few HTML tags; escape the article's words so that they
    # stay words, then break long sentences so the label stays on screen.
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, _HOVER_WRAP) or [""])


def event_hover(event: Event) -> str:
    source = event.source.outlet or event.source.title or event.source.article_id
    lines = [
        f"<b>{html.escape(event.sub_event_type.value)}</b>",
        f"When: {html.escape(describe_date(event.date))}",
        f"Actors: {html.escape(event_actors(event))}",
        f"Place: {html.escape(event_place(event))}",
        f"<i>{_wrap(event.evidence.text)}</i>",
        f"Source: {html.escape(source)}, {event.source.published.isoformat()}",
    ]
    if event.status.value != "happened":
        lines.insert(1, f"Status: {html.escape(event.status.value)}")
    return "<br>".join(lines)


def _to_x(day: date) -> datetime:
    # Day boundaries as datetimes: an interval [first, last] covers first 00:00 … (last+1) 00:00.
    return datetime(day.year, day.month, day.day)


def _midpoint(first: date, last: date) -> datetime:
    return _to_x(first) + (_to_x(last + ONE_DAY) - _to_x(first)) / 2


@dataclass(frozen=True)
class _Lane:
    label: str
    y: float  # centre of the lane
    height: float


def _visible_range(
    events: Sequence[Event], periods: Sequence[ControlPeriod], window: tuple[date | None, date | None]
) -> tuple[date, date]:
    days: list[date] = [d for d in window if d is not None]
    for ev in events:
        days += [ev.date.start, ev.date.end]
    for p in periods:
        for bound in (p.since, p.until):
            if bound:
                days += [bound.start, bound.end]
    first, last = min(days), max(days)
    margin = max(timedelta(days=15), (last - first) * 0.04)
    # A date range the user chose is shown exactly; the data's own range gets some air.
    return (window[0] or first - margin), (window[1] or last + margin)


def _assign_slots(events: Sequence[Event], min_gap: timedelta) -> list[int]:
    """Greedy interval packing: the lowest row whose last event ends well before this one."""
    order = sorted(range(len(events)), key=lambda i: (events[i].date.start, events[i].date.end))
    slot_ends: list[date] = []
    slots = [0] * len(events)
    for i in order:
        ev = events[i]
        for k, end in enumerate(slot_ends):
            if ev.date.start - end >= min_gap:
                slots[i], slot_ends[k] = k, ev.date.end
                break
        else:
            if len(slot_ends) < _MAX_SLOTS:
                slots[i] = len(slot_ends)
                slot_ends.append(ev.date.end)
            else:  # crowded lane: reuse the row that frees up first rather than grow without bound
                k = min(range(len(slot_ends)), key=slot_ends.__getitem__)
                slots[i], slot_ends[k] = k, max(slot_ends[k], ev.date.end)
    return slots


def _area(box: tuple[date, date, float, float], edge: str, hover: str, **style: Any) -> go.Scatter:
    """A filled rectangle from one day to another with a thin edge, hoverable anywhere inside."""
    first, last, y0, y1 = box
    x0, x1 = _to_x(first), _to_x(last)
    return go.Scatter(
        x=[x0, x1, x1, x0, x0],
        y=[y0, y0, y1, y1, y0],
        fill="toself",
        mode="lines",
        line={"width": 0.5, "color": edge},
        hoveron="fills",
        hoverinfo="text",
        text=html.escape(hover),
        **style,
    )


def _faded(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _change_is_vague(bound: DateBound) -> bool:
    return bound.grain is not Grain.DAY and bound.grain is not Grain.TIME and bound.end > bound.start


def empty_figure(message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        height=260,
        template="plotly_white",
        xaxis={"visible": False},
        yaxis={"visible": False},
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[
            {
                "text": html.escape(message),
                "showarrow": False,
                "font": {"size": 16, "color": "#555"},
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
            }
        ],
    )
    return fig


def timeline_figure(
    events: Sequence[Event],
    periods: Sequence[ControlPeriod],
    colours: Mapping[str, str] | None = None,
    window: tuple[date | None, date | None] = (None, None),
) -> go.Figure:
    """Control bands per place above event lanes per type; see the module docstring.

    `window` (first, last day; either may be None) fixes the visible dates, e.g. a date filter."""
    if not events and not periods:
        return empty_figure("No events match these filters")
    colours = dict(colours or {})
    for name in sorted({p.holder for p in periods} | {e.actor1 or UNKNOWN_ACTOR for e in events}):
        colours.setdefault(name, PALETTE[len(colours) % len(PALETTE)])
    colours[UNKNOWN_ACTOR] = UNKNOWN_COLOUR
    view_first, view_last = _visible_range(events, periods, window)
    min_gap = max(timedelta(days=1), (view_last - view_first) * _MIN_GAP_SHARE)

    fig = go.Figure()
    lanes: list[_Lane] = []
    y_top = 0.0  # lanes are stacked downwards from 0; the y axis is reversed
    in_legend: set[str] = set()

    def legend_once(name: str) -> bool:
        shown = name not in in_legend
        in_legend.add(name)
        return shown

    # --- control bands, one row per place ----------------------------------------------------
    by_place: dict[str, list[ControlPeriod]] = {}
    for period in periods:
        by_place.setdefault(period.place, []).append(period)
    any_vague_change = False
    for place in sorted(by_place):
        place_periods = sorted(by_place[place], key=lambda p: p.since.start if p.since else date.min)
        y0, y1 = y_top + 0.15, y_top + 0.85
        lanes.append(_Lane(f"<b>{html.escape(place)}</b> · control", y_top + 0.5, 1.0))
        previous_holder: str | None = None
        for period in place_periods:
            colour = colours[period.holder]
            solid_start = view_first if period.since is None else period.since.start
            if period.since is not None and _change_is_vague(period.since):
                solid_start = period.since.end + ONE_DAY
                any_vague_change = True
                outgoing = colours.get(previous_holder or "", "#FFFFFF")
                fig.add_trace(
                    _area(
                        (period.since.start, solid_start, y0, y1),
                        colour,
                        f"{place}: control passed to {period.holder} some time in "
                        f"{period.since.start.isoformat()} … {period.since.end.isoformat()} "
                        f"(the text gives only the {period.since.grain.value}: {period.since.value})",
                        fillcolor=_faded(outgoing, 0.35) if previous_holder else "rgba(255,255,255,0)",
                        fillpattern={
                            "shape": "/",
                            "fgcolor": colour,
                            "bgcolor": _faded(outgoing, 0.25) if previous_holder else "rgba(255,255,255,0)",
                            "solidity": 0.45,
                            "size": 7,
                        },
                        name="change of control (date uncertain)",
                        legendgroup="uncertain-change",
                        showlegend=False,
                    )
                )
            solid_end = view_last + ONE_DAY if period.until is None else period.until.start
            if solid_end > solid_start:
                fig.add_trace(
                    _area(
                        (solid_start, solid_end, y0, y1),
                        colour,
                        f"{place} held by {period.holder} — since {describe_bound(period.since)}, "
                        f"until {describe_bound(period.until) if period.until else 'the latest report'}"
                        + (f"; disputed by {len(period.disputed_by)} event(s)" if period.disputed_by else ""),
                        fillcolor=_faded(colour, 0.7),
                        name=period.holder,
                        legendgroup=period.holder,
                        legendgrouptitle=None,
                        showlegend=legend_once(period.holder),
                    )
                )
            previous_holder = period.holder
        y_top += 1.0

    if any_vague_change:  # a legend key that explains the hatching
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                fill="toself",
                mode="lines",
                line={"width": 0.5, "color": "#555"},
                fillpattern={"shape": "/", "fgcolor": "#555", "solidity": 0.45, "size": 7},
                name="control changed: only the month is known",
                legendgroup="uncertain-change",
                showlegend=True,
            )
        )

    # --- event lanes, one per event type (in the ACLED codebook's order) ----------------------
    type_order = {t: i for i, t in enumerate(EventType)}
    present = sorted({e.event_type for e in events}, key=type_order.__getitem__)
    if periods and present:
        y_top += 0.3  # a little air between the control bands and the event lanes
    markers: dict[str, dict[str, list[object]]] = {}
    bars: dict[str, tuple[list[datetime | None], list[float | None]]] = {}
    for event_type in present:
        lane_events = [e for e in events if e.event_type is event_type]
        slots = _assign_slots(lane_events, min_gap)
        rows = max(slots) + 1
        height = 0.55 + 0.45 * rows
        lanes.append(_Lane(html.escape(event_type.value), y_top + height / 2, height))
        for ev, slot in zip(lane_events, slots, strict=True):
            y = y_top + height / 2 + (slot - (rows - 1) / 2) * 0.45
            actor = ev.actor1 or UNKNOWN_ACTOR
            vague = ev.date.end > ev.date.start
            group = markers.setdefault(actor, {"x": [], "y": [], "id": [], "hover": [], "symbol": []})
            group["x"].append(_midpoint(ev.date.start, ev.date.end))
            group["y"].append(y)
            group["id"].append(ev.id)
            group["hover"].append(event_hover(ev))
            group["symbol"].append("circle-open" if vague else "circle")
            if vague:
                xs, ys = bars.setdefault(actor, ([], []))
                xs += [_to_x(ev.date.start), _to_x(ev.date.end + ONE_DAY), None]
                ys += [y, y, None]
        y_top += height

    for actor in sorted(markers, key=lambda a: (a == UNKNOWN_ACTOR, a)):
        colour = colours.get(actor, UNKNOWN_COLOUR)
        if actor in bars:
            xs, ys = bars[actor]
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"width": 9, "color": _faded(colour, 0.35)},
                    hoverinfo="skip",
                    name=actor,
                    legendgroup=actor,
                    showlegend=False,
                )
            )
        group = markers[actor]
        fig.add_trace(
            go.Scatter(
                x=group["x"],
                y=group["y"],
                mode="markers",
                marker={
                    "size": 13,
                    "color": colour,
                    "symbol": group["symbol"],
                    "line": {"width": 2.5, "color": colour},
                },
                customdata=[[i] for i in group["id"]],
                hovertext=group["hover"],
                hoverinfo="text",
                name=actor,
                legendgroup=actor,
                showlegend=legend_once(actor),
            )
        )

    if bars:  # a legend key that explains the bars and the hollow markers
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="lines+markers",
                line={"width": 9, "color": "rgba(85,85,85,0.35)"},
                marker={"size": 11, "symbol": "circle-open", "color": "#555", "line": {"width": 2.5}},
                name="date vaguer than a day: bar over the possible days",
                showlegend=True,
            )
        )

    height_px = int(150 + 62 * y_top)
    fig.update_layout(
        template="plotly_white",
        height=max(440, height_px),
        margin={"l": 10, "r": 10, "t": 10, "b": 40},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -0.12,
            "xanchor": "left",
            "x": 0,
            "font": {"size": 12},
            "groupclick": "togglegroup",
        },
        clickmode="event",
        dragmode="pan",
    )
    fig.update_xaxes(
        type="date",
        range=[_to_x(view_first), _to_x(view_last)],
        showgrid=True,
        gridcolor="#ECECEC",
        ticks="outside",
        tickformat="%b %Y",
    )
    fig.update_yaxes(
        range=[y_top + 0.1, -0.1],
        tickvals=[lane.y for lane in lanes],
        ticktext=[lane.label for lane in lanes],
        showgrid=False,
        zeroline=False,
        automargin=True,
        fixedrange=True,
        tickfont={"size": 13},
        ticklabelstandoff=10,
    )
    for lane in lanes:  # faint separators make the lanes readable without a grid
        fig.add_hline(y=lane.y + lane.height / 2, line={"color": "#E4E4E4", "width": 1})
    return fig
