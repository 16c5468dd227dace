"""The page's behaviour. Each Dash callback is a thin wrapper over a plain function of the store
and the inputs, so the behaviour is tested without a browser.

Data flow: the filter controls write the URL's query string; the URL is the one source the view,
the table, the counts and the downloads are rendered from. So a shared link reproduces the view.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import plotly.graph_objects as go
from dash import Input, Output, State, callback, ctx, html, no_update
from dash.dcc.express import send_string

from dashboard import api, figures, services
from dashboard.articles import ArticleRejected, add_article
from dashboard.filters import FilterError, filter_from_query, query_from_filter
from timeline.ingest.files import split_header
from timeline.models import ControlPeriod, Event, EventFilter
from timeline.store import Store

PRECISION_NAMES = {1: "day", 2: "week", 3: "month", 4: "vaguer"}

# --------------------------------------------------------------------------------------------
# Plain functions
# --------------------------------------------------------------------------------------------


def filter_values(flt: EventFilter) -> tuple[list[str], list[str], list[str], str | None, str | None]:
    """The controls' values for a filter: actors, types, places, since, until."""
    return (
        list(flt.actors),
        list(flt.types),
        list(flt.places),
        flt.since.isoformat() if flt.since else None,
        flt.until.isoformat() if flt.until else None,
    )


def search_for_values(
    actors: Sequence[str] | None,
    types: Sequence[str] | None,
    places: Sequence[str] | None,
    since: str | None,
    until: str | None,
) -> str:
    """The query string for the controls' values. A reversed date range is swapped, not refused:
    the user is mid-way through picking dates."""
    first = date.fromisoformat(since[:10]) if since else None
    last = date.fromisoformat(until[:10]) if until else None
    if first and last and last < first:
        first, last = last, first
    flt = EventFilter(
        actors=list(actors or []), types=list(types or []), places=list(places or []), since=first, until=last
    )
    return query_from_filter(flt)


def read_filter(search: str | None) -> EventFilter:
    """The filter in the page's query string; a malformed link shows everything rather than fail."""
    try:
        return filter_from_query(search)
    except FilterError:
        return EventFilter()


def visible_periods(store: Store, flt: EventFilter) -> list[ControlPeriod]:
    """Control periods for the filtered places (all places when none is chosen) that overlap the
    chosen dates. The actor filter does not hide them: who held a place is context for any actor."""
    periods = (
        [p for place in flt.places for p in store.control_periods(place)]
        if flt.places
        else store.control_periods()
    )

    def overlaps(p: ControlPeriod) -> bool:
        if flt.since and p.until and p.until.end < flt.since:
            return False
        return not (flt.until and p.since and p.since.start > flt.until)

    return [p for p in periods if overlaps(p)]


def table_rows(events: Sequence[Event]) -> list[dict[str, Any]]:
    rows = []
    for ev in events:
        rows.append(
            {
                "id": ev.id,
                "when": ev.date.text or f"{ev.date.value} (inherited)",
                "first": ev.date.start.isoformat(),
                "last": ev.date.end.isoformat(),
                "precision": PRECISION_NAMES.get(ev.time_precision, str(ev.time_precision)),
                "event_type": ev.event_type.value,
                "sub_event_type": ev.sub_event_type.value,
                "actor1": ", ".join([ev.actor1 or "—", *ev.assoc_actor_1]),
                "actor2": ", ".join([x for x in [ev.actor2, *ev.assoc_actor_2] if x]),
                "place": figures.event_place(ev),
                "evidence": ev.evidence.text,
                "source": f"{ev.source.outlet or ev.source.title or ev.source.article_id}, "
                f"{ev.source.published.isoformat()}",
            }
        )
    return rows


def counts_summary(events: Sequence[Event], total: int) -> list[Any]:
    articles = {e.source.article_id for e in events}
    places = {e.location.name for e in events if e.location}
    shown = f"{len(events)} of {total} events" if len(events) != total else f"{total} events"

    def noun(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    return [
        html.Span(shown, className="count", id="event-count"),
        html.Span(noun(len(articles), "article"), className="count"),
        html.Span(noun(len(places), "place"), className="count"),
    ]


@dataclass
class View:
    figure: go.Figure
    rows: list[dict[str, Any]]
    counts: list[Any]
    api_href: str


def build_view(store: Store, search: str | None) -> View:
    flt = read_filter(search)
    events = store.events(flt)
    periods = visible_periods(store, flt)
    colours = figures.actor_colours([*store.actors(), *(p.holder for p in store.control_periods())])
    figure = figures.timeline_figure(events, periods, colours, window=(flt.since, flt.until))
    total = len(store.events()) if flt != EventFilter() else len(events)
    return View(
        figure, table_rows(events), counts_summary(events, total), f"/api/events{query_from_filter(flt)}"
    )


def _safe_href(url: str | None) -> str | None:
    # Only web links become links: a stored javascript: or data: URL must not be clickable.
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _evidence_with_trigger(ev: Event) -> list[Any]:
    """The sentence as text, its trigger words marked. Article text is never parsed as HTML:
    Dash renders strings as text, and the marked part is cut by offsets, not by markup."""
    text, trigger = ev.evidence.text, ev.evidence.trigger
    start, end = trigger.start - ev.evidence.start, trigger.end - ev.evidence.start
    if not (0 <= start < end <= len(text)) or text[start:end] != trigger.text:
        # Offsets relative to the article rather than the sentence, or not matching: find the words.
        start = text.find(trigger.text) if trigger.text else -1
        end = start + len(trigger.text)
    if start < 0:
        return [text]
    return [text[:start], html.Mark(text[start:end]), text[end:]]


def event_details(ev: Event) -> list[Any]:
    src = ev.source
    href = _safe_href(src.url)
    rows: list[tuple[str, Any]] = [
        ("When", figures.describe_date(ev.date)),
        (
            "Precision",
            f"{PRECISION_NAMES.get(ev.time_precision, ev.time_precision)} (ACLED {ev.time_precision})",
        ),
        ("Actors", figures.event_actors(ev)),
        (
            "Place",
            figures.event_place(ev)
            + (
                f", {ev.location.country}"
                if ev.location and ev.location.country and ev.location.country != ev.location.name
                else ""
            ),
        ),
        ("Status", ev.status.value + (f" (claimed by {ev.claimed_by})" if ev.claimed_by else "")),
    ]
    if ev.fatalities is not None:
        rows.append(("Fatalities", str(ev.fatalities)))
    if ev.notes:
        rows.append(("Notes", ev.notes))
    source_line: list[Any] = [
        html.Span(src.title or src.article_id, className="source-title"),
        html.Br(),
        f"{src.outlet or 'unknown outlet'} · published {src.published.isoformat()}",
    ]
    if href:
        source_line += [
            html.Br(),
            html.A("Open the source", href=href, target="_blank", rel="noopener noreferrer"),
        ]
    return [
        html.Div(ev.event_type.value, className="details-kicker"),
        html.H3(ev.sub_event_type.value),
        html.Dl([part for label, value in rows for part in (html.Dt(label), html.Dd(value))]),
        html.Blockquote(_evidence_with_trigger(ev), className="evidence"),
        html.Div(source_line, className="source"),
    ]


def find_event(store: Store, event_id: str | None) -> Event | None:
    if not event_id:
        return None
    return next((e for e in store.events() if e.id == event_id), None)


def clicked_event_id(click_data: dict[str, Any] | None) -> str | None:
    """The event id behind a click on the figure (markers carry it as customdata)."""
    for point in (click_data or {}).get("points", []):
        custom = point.get("customdata")
        if isinstance(custom, list) and custom:
            return str(custom[0])
        if isinstance(custom, str):
            return custom
    return None


def read_upload(contents: str | None, filename: str | None) -> dict[str, str]:
    """Form fields from an uploaded article file: its header (title, outlet, url, published), its text."""
    if not contents:
        return {}
    try:
        payload = base64.b64decode(contents.partition(",")[2], validate=True)
        raw = payload.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise ArticleRejected(f"{filename or 'the file'} is not UTF-8 text; upload a .txt file") from None
    header, text = split_header(raw)
    return {**{k: v for k, v in header.items() if k in ("title", "outlet", "url", "published")}, "text": text}


def submit_article(svc: services.Services, fields: dict[str, Any], token: str | None) -> tuple[bool, str]:
    """Add an article from the form; (ok, message for the page)."""
    refusal = svc.write_refusal(token or None)
    if refusal:
        return False, refusal
    record = {k: v.strip() if isinstance(v, str) and k != "text" else v for k, v in fields.items() if v}
    try:
        added = add_article(svc, record)
    except ArticleRejected as exc:
        return False, str(exc)
    if not added.new:
        return True, "This article is already in the timeline; nothing changed."
    n = len(added.events)
    message = f"Added “{added.article.title or added.article.id}”: {n} event{'' if n == 1 else 's'} found."
    if added.warnings:
        message += " Notes: " + "; ".join(added.warnings[:3])
    return True, message


# --------------------------------------------------------------------------------------------
# Dash wiring
# --------------------------------------------------------------------------------------------


@callback(
    Output("url", "search"),
    Output("actor-filter", "value"),
    Output("type-filter", "value"),
    Output("place-filter", "value"),
    Output("date-filter", "start_date"),
    Output("date-filter", "end_date"),
    Input("url", "search"),
    Input("actor-filter", "value"),
    Input("type-filter", "value"),
    Input("place-filter", "value"),
    Input("date-filter", "start_date"),
    Input("date-filter", "end_date"),
    Input("clear-filters", "n_clicks"),
)
def sync_url_and_filters(
    search: str | None,
    actors: list[str] | None,
    types: list[str] | None,
    places: list[str] | None,
    since: str | None,
    until: str | None,
    _clear: int | None,
) -> tuple[Any, ...]:
    # One callback owns both directions (Dash allows a circular dependency within one callback):
    # on page load the URL sets the controls; afterwards the controls set the URL.
    trigger = ctx.triggered_id
    if trigger == "clear-filters":
        return ("", [], [], [], None, None)
    if trigger is None or trigger == "url":
        return (no_update, *filter_values(read_filter(search)))
    new_search = search_for_values(actors, types, places, since, until)
    return (new_search if new_search != (search or "") else no_update, *([no_update] * 5))


@callback(
    Output("timeline", "figure"),
    Output("events-table", "rowData"),
    Output("counts", "children"),
    Output("api-link", "href"),
    Input("url", "search"),
    Input("data-version", "data"),
)
def render_view(search: str | None, _version: int) -> tuple[Any, ...]:
    view = build_view(services.current().store, search)
    return view.figure, view.rows, view.counts, view.api_href


@callback(
    Output("details", "children"),
    Input("timeline", "clickData"),
    Input("events-table", "cellClicked"),
    prevent_initial_call=True,
)
def show_details(click_data: dict[str, Any] | None, cell: dict[str, Any] | None) -> Any:
    event_id = clicked_event_id(click_data) if ctx.triggered_id == "timeline" else (cell or {}).get("rowId")
    event = find_event(services.current().store, event_id)
    if event is None:
        return no_update
    return event_details(event)


def _download(text: str, filename: str, mimetype: str) -> dict[str, Any]:
    payload: dict[str, Any] = send_string(text, filename, type=mimetype)  # type: ignore[no-untyped-call]
    return payload


@callback(
    Output("download", "data"),
    Input("download-json", "n_clicks"),
    Input("download-csv", "n_clicks"),
    State("url", "search"),
    prevent_initial_call=True,
)
def download_events(_json: int | None, _csv: int | None, search: str | None) -> Any:
    store, flt = services.current().store, read_filter(search)
    if ctx.triggered_id == "download-csv":
        return _download(api.events_csv(store, flt), "events.csv", "text/csv")
    # The very text GET /api/events returns for the same filter.
    return _download(api.events_json(store, flt), "events.json", "application/json")


@callback(
    Output("article-title", "value"),
    Output("article-outlet", "value"),
    Output("article-url", "value"),
    Output("article-published", "value"),
    Output("article-text", "value"),
    Output("article-message", "children", allow_duplicate=True),
    Input("article-upload", "contents"),
    State("article-upload", "filename"),
    prevent_initial_call=True,
)
def load_upload(contents: str | None, filename: str | None) -> tuple[Any, ...]:
    try:
        fields = read_upload(contents, filename)
    except ArticleRejected as exc:
        return (*([no_update] * 5), html.Div(str(exc), className="error"))
    if not fields:
        return tuple([no_update] * 6)
    keys = ("title", "outlet", "url", "published", "text")
    message = html.Div(f"Loaded {filename}: check the fields, then add the article.", className="info")
    return (*(fields.get(k, no_update) for k in keys), message)


@callback(
    Output("article-message", "children"),
    Output("data-version", "data"),
    Output("actor-filter", "options"),
    Output("place-filter", "options"),
    Input("article-submit", "n_clicks"),
    State("article-title", "value"),
    State("article-outlet", "value"),
    State("article-url", "value"),
    State("article-published", "value"),
    State("article-text", "value"),
    State("article-token", "value"),
    State("data-version", "data"),
    prevent_initial_call=True,
)
def add_article_from_form(
    _n: int | None,
    title: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    text: str | None,
    token: str | None,
    version: int | None,
) -> tuple[Any, ...]:
    svc = services.current()
    fields = {"title": title, "outlet": outlet, "url": url, "published": published, "text": text}
    ok, message = submit_article(svc, fields, token)
    if not ok:
        return html.Div(message, className="error", role="alert"), no_update, no_update, no_update
    return (
        html.Div(message, className="success"),
        (version or 0) + 1,
        svc.store.actors(),
        svc.store.places(),
    )
