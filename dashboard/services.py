"""What request handlers share: the store, the settings and the write policy.

Kept on the Flask app (`server.extensions`) rather than in module globals, so tests can run
several apps side by side, and Dash callbacks reach it through `flask.current_app`.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass
from typing import Protocol

import flask

from timeline.models import Article, ArticleResult, ControlPeriod, Event, EventFilter
from timeline.settings import Settings

EXTENSION_KEY = "timeline"


class StoreLike(Protocol):
    """The part of `timeline.store.Store` the dashboard uses."""

    def save(self, result: ArticleResult) -> bool: ...
    def articles(self) -> list[Article]: ...
    def events(self, flt: EventFilter = ...) -> list[Event]: ...
    def control_periods(self, place: str | None = None) -> list[ControlPeriod]: ...
    def actors(self) -> list[str]: ...
    def places(self) -> list[str]: ...


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Services:
    store: StoreLike
    settings: Settings
    # True only when the server is known to listen on a loopback address (`timeline serve`
    # without --host 0.0.0.0); under gunicorn the bind address is not known, so it stays False.
    local_only: bool = False

    @property
    def writes_need_token(self) -> bool:
        # A configured token is always required; without one, only a local-only server accepts
        # writes (everyone who can reach it is on this machine).
        return bool(self.settings.api_token) or not self.local_only

    def write_refusal(self, token: str | None) -> str | None:
        """Why a write with this token is refused, or None when it is allowed."""
        if not self.writes_need_token:
            return None
        expected = self.settings.api_token
        if not expected:
            return "writes are disabled on a server reachable from other machines: set TIMELINE_API_TOKEN"
        if not token:
            return "this server needs an access token for writes (Authorization: Bearer <token>)"
        if not hmac.compare_digest(token.encode(), expected.encode()):
            return "the access token is not valid"
        return None


def install(server: flask.Flask, services: Services) -> None:
    server.extensions[EXTENSION_KEY] = services


def current() -> Services:
    services: Services = flask.current_app.extensions[EXTENSION_KEY]
    return services
