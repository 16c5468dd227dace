"""The page. `layout()` runs on every page load, so the options reflect the store as it is now."""

from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import services
from timeline.models import EVENT_TYPE_OF, EventType

# Column ids double as the row keys built by callbacks.table_rows.
TABLE_COLUMNS = [
    {"field": "when", "headerName": "Date (as written)", "width": 190, "tooltipField": "when"},
    {"field": "first", "headerName": "From", "width": 128, "sort": "asc"},
    {"field": "last", "headerName": "To", "width": 128},
    {"field": "precision", "headerName": "Precision", "width": 112},
    {"field": "sub_event_type", "headerName": "Event", "width": 250, "tooltipField": "event_type"},
    {"field": "actor1", "headerName": "Actor 1", "width": 250, "tooltipField": "actor1"},
    {"field": "actor2", "headerName": "Actor 2", "width": 170, "tooltipField": "actor2"},
    {"field": "place", "headerName": "Place", "width": 175, "tooltipField": "place"},
    {"field": "evidence", "headerName": "Evidence", "minWidth": 420, "flex": 1, "tooltipField": "evidence"},
    {"field": "source", "headerName": "Source", "width": 230, "tooltipField": "source"},
]


def type_options(present_sub_types: set[str] | None = None) -> list[dict[str, str]]:
    """Event types, each followed by its sub-event types (all of them, or those in the data)."""
    options: list[dict[str, str]] = []
    for event_type in EventType:
        options.append({"label": event_type.value, "value": event_type.value})
        for sub, parent in EVENT_TYPE_OF.items():
            if parent is event_type and (present_sub_types is None or sub.value in present_sub_types):
                options.append({"label": f"{event_type.value} › {sub.value}", "value": sub.value})
    return options


def _labelled(label: str, control: Component, width: str) -> html.Div:
    return html.Div(
        [html.Label(label, className="filter-label"), control], className="filter", style={"flex": width}
    )


def _filters(actors: list[str], places: list[str], sub_types: set[str]) -> html.Div:
    return html.Div(
        [
            _labelled(
                "Actors",
                dcc.Dropdown(id="actor-filter", options=actors, multi=True, placeholder="All actors"),
                "3 1 260px",
            ),
            _labelled(
                "Event types",
                dcc.Dropdown(
                    id="type-filter", options=type_options(sub_types), multi=True, placeholder="All types"
                ),
                "2 1 220px",
            ),
            _labelled(
                "Places",
                dcc.Dropdown(id="place-filter", options=places, multi=True, placeholder="All places"),
                "1 1 160px",
            ),
            _labelled(
                "Dates",
                dcc.DatePickerRange(
                    id="date-filter",
                    display_format="YYYY-MM-DD",
                    start_date_placeholder_text="from",
                    end_date_placeholder_text="until",
                    clearable=True,
                    minimum_nights=0,
                ),
                "0 0 auto",
            ),
            html.Button("Clear", id="clear-filters", className="button secondary", title="Show every event"),
        ],
        className="filters",
    )


def _add_article_form(token_needed: bool) -> html.Details:
    token = (
        [
            _labelled(
                "Access token",
                dcc.Input(
                    id="article-token", type="password", placeholder="TIMELINE_API_TOKEN", debounce=False
                ),
                "1 1 200px",
            )
        ]
        if token_needed
        else [dcc.Input(id="article-token", type="hidden", value="")]
    )
    return html.Details(
        [
            html.Summary("Add an article"),
            html.Div(
                [
                    _labelled(
                        "Title",
                        dcc.Input(id="article-title", type="text", placeholder="Headline"),
                        "3 1 300px",
                    ),
                    _labelled(
                        "Outlet",
                        dcc.Input(id="article-outlet", type="text", placeholder="e.g. Reuters"),
                        "1 1 160px",
                    ),
                    _labelled(
                        "URL", dcc.Input(id="article-url", type="url", placeholder="https://…"), "2 1 240px"
                    ),
                    _labelled(
                        "Published",
                        dcc.Input(id="article-published", type="text", placeholder="YYYY-MM-DD"),
                        "0 0 150px",
                    ),
                    *token,
                ],
                className="form-row",
            ),
            dcc.Textarea(
                id="article-text",
                placeholder="Paste the article text here, exactly as published …",
                className="article-text",
            ),
            html.Div(
                [
                    dcc.Upload(
                        id="article-upload",
                        children=html.Span(
                            ["or drop / ", html.A("choose a text file"), " (.txt with optional header)"]
                        ),
                        className="upload",
                        multiple=False,
                    ),
                    html.Button("Add article", id="article-submit", className="button primary"),
                ],
                className="form-actions",
            ),
            dcc.Loading(html.Div(id="article-message", role="status", className="message"), type="dot"),
        ],
        className="panel add-article",
        id="add-article",
    )


def layout() -> html.Div:
    svc = services.current()
    store = svc.store
    sub_types = {e.sub_event_type.value for e in store.events()}
    return html.Div(
        [
            dcc.Location(id="url", refresh=False),
            # Bumped after an article is added, so the view re-reads the store.
            dcc.Store(id="data-version", data=0),
            html.Header(
                [
                    html.Div(
                        [
                            html.H1("Conflict timeline"),
                            html.P(
                                "Events read from news articles, dated as precisely as the text allows.",
                                className="subtitle",
                            ),
                        ]
                    ),
                    html.Div(id="counts", className="counts"),
                ],
                className="header",
            ),
            _filters(store.actors(), store.places(), sub_types),
            html.Div(
                [
                    html.Div(
                        dcc.Graph(
                            id="timeline",
                            config={
                                "displaylogo": False,
                                "scrollZoom": True,
                                "modeBarButtonsToRemove": ["select2d", "lasso2d"],
                            },
                        ),
                        className="panel figure-panel",
                    ),
                    html.Aside(
                        html.Div(
                            "Click an event in the timeline or the table to see its sentence and source.",
                            className="hint",
                        ),
                        id="details",
                        className="panel details",
                    ),
                ],
                className="main-row",
            ),
            html.Div(
                [
                    html.H2("Events", className="section-title"),
                    html.Div(
                        [
                            html.A(
                                "JSON API for this view",
                                id="api-link",
                                href="/api/events",
                                target="_blank",
                                className="api-link",
                            ),
                            html.Button("Download JSON", id="download-json", className="button secondary"),
                            html.Button(
                                "Download CSV (ACLED columns)",
                                id="download-csv",
                                className="button secondary",
                            ),
                            dcc.Download(id="download"),
                        ],
                        className="table-actions",
                    ),
                ],
                className="section-head",
            ),
            dag.AgGrid(
                id="events-table",
                columnDefs=TABLE_COLUMNS,
                rowData=[],
                defaultColDef={"sortable": True, "resizable": True, "filter": True},
                dashGridOptions={
                    "tooltipShowDelay": 300,
                    "animateRows": False,
                    "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
                },
                getRowId="params.data.id",
                className="ag-theme-quartz events-table",
                style={"height": "340px"},
            ),
            _add_article_form(svc.writes_need_token),
            html.Footer(
                [
                    "API: ",
                    html.Code("GET /api/events"),
                    " · ",
                    html.Code("GET /api/control-periods"),
                    " · ",
                    html.Code("GET|POST /api/articles"),
                    " · ",
                    html.A("schema", href="/api/schema", target="_blank"),
                ],
                className="footer",
            ),
        ],
        className="page",
    )
