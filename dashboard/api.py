"""The HTTP API, on the dashboard's Flask server. Handlers stay thin over the store.

    GET  /api/events?actor=…&actor=…&type=…&place=…&since=YYYY-MM-DD&until=YYYY-MM-DD
    GET  /api/events.csv?…same filters…        ACLED columns
    GET  /api/control-periods?place=Palmyra
    GET  /api/articles
    POST /api/articles                          {"title", "outlet", "url", "published", "text"}
    GET  /api/schema                            JSON Schema of the event document
    GET  /healthz

Errors are JSON `{"error": "..."}` with a 4xx status (5xx only for our own failures).
"""

from __future__ import annotations

import json
import logging
from typing import Any

import flask
from werkzeug.exceptions import HTTPException

from dashboard import services
from dashboard.articles import ArticleRejected, add_article
from dashboard.filters import FilterError, filter_from_params
from timeline import export
from timeline.models import Event, EventFilter
from timeline.store import Store, StoreError

log = logging.getLogger(__name__)
blueprint = flask.Blueprint("api", __name__)

JSON_MIMETYPE = "application/json"


def events_json(store: Store, flt: EventFilter) -> str:
    """The event document for a filter; the page's JSON download is this very text."""
    return str(export.events_to_json(store.events(flt)))


def events_csv(store: Store, flt: EventFilter) -> str:
    return str(export.events_to_csv(store.events(flt)))


def _error(message: str, status: int) -> flask.Response:
    return flask.Response(json.dumps({"error": message}), status=status, mimetype=JSON_MIMETYPE)


def _json(payload: Any, status: int = 200) -> flask.Response:
    return flask.Response(json.dumps(payload, ensure_ascii=False), status=status, mimetype=JSON_MIMETYPE)


def _request_filter() -> EventFilter:
    return filter_from_params(flask.request.args.to_dict(flat=False), strict=True)


def _bearer_token() -> str | None:
    scheme, _, token = flask.request.headers.get("Authorization", "").partition(" ")
    return (token.strip() or None) if scheme.lower() == "bearer" else None


def _event_dicts(events: list[Event]) -> Any:
    return json.loads(export.events_to_json(events))


@blueprint.errorhandler(FilterError)
def _bad_filter(exc: FilterError) -> flask.Response:
    return _error(str(exc), 400)


@blueprint.get("/api/events")
def get_events() -> flask.Response:
    return flask.Response(events_json(services.current().store, _request_filter()), mimetype=JSON_MIMETYPE)


@blueprint.get("/api/events.csv")
def get_events_csv() -> flask.Response:
    body = events_csv(services.current().store, _request_filter())
    return flask.Response(
        body, mimetype="text/csv", headers={"Content-Disposition": 'attachment; filename="events.csv"'}
    )


@blueprint.get("/api/control-periods")
def get_control_periods() -> flask.Response:
    unknown = sorted(set(flask.request.args) - {"place"})
    if unknown:
        return _error(f"unknown query parameter(s) {unknown}; allowed: place", 400)
    place = flask.request.args.get("place") or None
    periods = services.current().store.control_periods(place)
    return _json([p.model_dump(mode="json") for p in periods])


@blueprint.get("/api/articles")
def get_articles() -> flask.Response:
    articles = services.current().store.articles()
    # The list stays light: metadata only; the text is what was posted and can be large.
    return _json([a.model_dump(mode="json", exclude={"text"}) | {"chars": len(a.text)} for a in articles])


@blueprint.post("/api/articles")
def post_article() -> flask.Response:
    svc = services.current()
    refusal = svc.write_refusal(_bearer_token())
    if refusal:
        status = 403 if not svc.settings.api_token else 401
        response = _error(refusal, status)
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="timeline"'
        return response
    if not flask.request.is_json:
        return _error("send the article as JSON (Content-Type: application/json)", 415)
    record = flask.request.get_json(silent=True)
    if record is None:
        return _error("the request body is not valid JSON", 400)
    try:
        added = add_article(svc, record)
    except ArticleRejected as exc:
        return _error(str(exc), exc.status)
    return _json(
        {
            "article": added.article.model_dump(mode="json", exclude={"text"}),
            "new": added.new,
            "events": _event_dicts(added.events),
            "warnings": added.warnings,
        },
        201 if added.new else 200,
    )


@blueprint.get("/api/schema")
def get_schema() -> flask.Response:
    return _json(export.event_json_schema())


@blueprint.get("/healthz")
def healthz() -> flask.Response:
    try:
        services.current().store.places()  # a real query: healthy means the database answers
    except Exception as exc:
        log.warning("health check failed: %s", exc)
        return _json({"status": "unavailable", "error": "the database does not answer"}, 503)
    return _json({"status": "ok"})


@blueprint.route("/api/<path:rest>", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def unknown_endpoint(rest: str) -> flask.Response:
    # Without this, Dash's catch-all page route would answer unknown API paths with the HTML page.
    return _error(f"no API endpoint /api/{rest}; see /api/schema and the README for the endpoints", 404)


def install(server: flask.Flask) -> None:
    """Register the API and make HTTP errors under /api JSON (the page keeps Flask's HTML)."""
    server.register_blueprint(blueprint)

    @server.errorhandler(StoreError)
    def _store_down(exc: StoreError) -> flask.Response:
        # The database went away or refused a write: a JSON 503 with the store's explanation.
        log.error("store error on %s: %s", flask.request.path, exc)
        return _error(f"the database is not available: {exc}", 503)

    @server.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> flask.Response | HTTPException:
        path = flask.request.path
        if not (path.startswith("/api/") or path == "/healthz" or exc.code == 413):
            return exc
        message = exc.description or exc.name
        if exc.code == 413:
            limit = server.config.get("MAX_CONTENT_LENGTH")
            message = f"the request body is too large (limit {limit:,} bytes)" if limit else "too large"
        return _error(message, exc.code or 500)
