"""The Dash app and its Flask server: page, callbacks and HTTP API on one server."""

from __future__ import annotations

from pathlib import Path

import dash
import flask

from dashboard import api, callbacks, layout, services  # callbacks: registers the page's callbacks
from timeline.settings import Settings
from timeline.store import Store

ASSETS = Path(__file__).with_name("assets")
# Room for the JSON around an article's text (title, url, escaping) in a POST body.
_BODY_OVERHEAD = 64 * 1024
# A Dash callback carries the form's text and an uploaded copy of it (base64, 4/3 as large); its
# own size check in add_article gives the page a message instead of a silent 413.
_DASH_BODY_FACTOR = 4

__all__ = ["callbacks", "create_app"]


def _open_store(settings: Settings) -> Store:
    return Store(settings.database_url)  # opens its database on construction


def create_app(
    settings: Settings | None = None, *, local_only: bool = False, store: Store | None = None
) -> dash.Dash:
    settings = settings or Settings()
    app = dash.Dash(
        __name__,
        title="Conflict timeline",
        assets_folder=str(ASSETS),
        update_title="",  # no "Updating..." flicker in the tab title on every filter change
    )
    server: flask.Flask = app.server
    server.config["MAX_CONTENT_LENGTH"] = settings.max_article_bytes + _BODY_OVERHEAD
    services.install(server, services.Services(store or _open_store(settings), settings, local_only))

    @server.before_request
    def _dash_body_limit() -> None:
        if flask.request.path.startswith("/_dash-update-component"):
            flask.request.max_content_length = settings.max_article_bytes * _DASH_BODY_FACTOR + _BODY_OVERHEAD

    api.install(server)
    # A function, not a tree: Dash calls it on every page load, so the page shows the store as it
    # is now. Dash also calls it once here to check it, hence the app context.
    with server.app_context():
        app.layout = layout.layout
    return app
