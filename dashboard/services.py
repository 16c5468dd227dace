"""What request handlers share: the store, the settings and the write policy.

Kept on the Flask app (`server.extensions`) rather than in module globals, so tests can run
several apps side by side, and Dash callbacks reach it through `flask.current_app`.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

import flask

from timeline.settings import Settings
from timeline.store import Store

EXTENSION_KEY = "timeline"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Services:
    store: Store
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
