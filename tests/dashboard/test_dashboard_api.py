"""The HTTP API against a real `timeline serve` (and gunicorn) on a free loopback port."""

from __future__ import annotations

import subprocess
import sys
from typing import Any
from urllib.parse import urlencode

import pytest
from dashboard_live_server import REPO, SEEDS, LiveServer, free_port, running, timeline_serve

SEED_ID = "ibtimes-2017-05-31-russia-kalibr-palmyra"
MISSILE_ATTACK = "Shelling/artillery/missile attack"
NEW_ARTICLE = {
    "title": "Shelling reported near Deir ez-Zor",
    "outlet": "Test Wire",
    "url": "https://example.org/deir-ez-zor",
    "published": "2017-06-02",
    "text": "Islamic State fighters shelled government positions in Deir ez-Zor on Thursday, 1 June.",
}


def event_list(document: Any) -> list[dict[str, Any]]:
    """The events in an event document (a list, or an object holding `events`)."""
    return document["events"] if isinstance(document, dict) else document


def actors_of(event: dict[str, Any]) -> set[str]:
    return {
        event.get("actor1"),
        event.get("actor2"),
        *event.get("assoc_actor_1", []),
        *event.get("assoc_actor_2", []),
    }


def test_health(server: LiveServer) -> None:
    response = server.request("/healthz")
    assert (response.status, response.json()) == (200, {"status": "ok"})


def test_events_hold_the_seed_strike_on_its_day(server: LiveServer) -> None:
    response = server.request("/api/events")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("application/json")
    strikes = [e for e in event_list(response.json()) if e["sub_event_type"] == MISSILE_ATTACK]
    assert strikes, "the seed's Kalibr strike is missing"
    assert any("2017-05-31" in str(e) and "Palmyra" in str(e) for e in strikes)


def test_filters_combine_and_narrow(server: LiveServer) -> None:
    everything = event_list(server.request("/api/events").json())
    strike = next(e for e in everything if e["sub_event_type"] == MISSILE_ATTACK)
    actor = strike["actor1"]
    by_actor = event_list(server.request("/api/events?" + urlencode({"actor": actor})).json())
    assert by_actor and all(actor in actors_of(e) for e in by_actor)
    narrowed = event_list(
        server.request("/api/events?" + urlencode({"actor": actor, "type": MISSILE_ATTACK})).json()
    )
    assert narrowed and all(e["sub_event_type"] == MISSILE_ATTACK for e in narrowed)
    assert len(narrowed) <= len(by_actor) <= len(everything)
    assert event_list(server.request("/api/events?actor=Nobody+at+all").json()) == []
    later = event_list(server.request("/api/events?since=2017-05-31").json())
    assert strike["id"] in {e["id"] for e in later}
    assert event_list(server.request("/api/events?until=2010-01-01").json()) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("since=31-05-2017", "'since' must be a date as YYYY-MM-DD"),
        ("since=2017-06-01&until=2017-01-01", "is before 'since'"),
        ("actors=Russia", "unknown query parameter(s) ['actors']"),
    ],
)
def test_bad_filters_are_400_with_a_message(server: LiveServer, query: str, message: str) -> None:
    response = server.request(f"/api/events?{query}")
    assert response.status == 400
    assert message in response.json()["error"]


def test_csv_has_the_acled_columns(server: LiveServer) -> None:
    response = server.request("/api/events.csv")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.body.decode().startswith("event_id_cnty,event_date,year,time_precision")


def test_control_periods_of_palmyra(server: LiveServer) -> None:
    periods = server.request("/api/control-periods?place=Palmyra").json()
    assert periods, "the seed describes three changes of control of Palmyra"
    assert {p["place"] for p in periods} == {"Palmyra"}
    assert server.request("/api/control-periods?town=Palmyra").status == 400


def test_articles_list_the_seed_without_its_text(server: LiveServer) -> None:
    articles = server.request("/api/articles").json()
    seed = next(a for a in articles if a["id"] == SEED_ID)
    assert seed["published"] == "2017-05-31"
    assert "text" not in seed


def test_schema(server: LiveServer) -> None:
    schema = server.request("/api/schema").json()
    assert isinstance(schema, dict) and schema


def test_unknown_api_path_is_json_404(server: LiveServer) -> None:
    response = server.request("/api/nothing-here")
    assert response.status == 404
    assert "error" in response.json()


def test_posting_an_article_adds_its_events_once(server: LiveServer) -> None:
    first = server.post_json("/api/articles", NEW_ARTICLE)
    assert first.status == 201, first.body
    body = first.json()
    assert body["new"] is True
    assert body["article"]["title"] == NEW_ARTICLE["title"]
    ids = {e["id"] for e in event_list(body["events"])}
    assert ids <= {e["id"] for e in event_list(server.request("/api/events").json())}
    again = server.post_json("/api/articles", NEW_ARTICLE)
    assert (again.status, again.json()["new"]) == (200, False)


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"published": None}, 400, "no publication date"),
        ({"text": "   "}, 400, "the article text is empty"),
        ({"published": "yesterday"}, 400, "publication date"),
        ({"url": "javascript:alert(1)"}, 400, "'url' must start with http"),
        ({"colour": "red"}, 400, "unknown keys ['colour']"),
    ],
)
def test_bad_articles_are_4xx_with_a_message(
    server: LiveServer, change: dict[str, Any], status: int, message: str
):
    record = {k: v for k, v in {**NEW_ARTICLE, **change}.items() if v is not None}
    response = server.post_json("/api/articles", record)
    assert response.status == status
    assert message in response.json()["error"]


def test_a_body_that_is_not_json_is_refused(server: LiveServer) -> None:
    plain = server.request(
        "/api/articles", method="POST", body=b"hello", headers={"Content-Type": "text/plain"}
    )
    assert plain.status == 415 and "JSON" in plain.json()["error"]
    broken = server.request(
        "/api/articles", method="POST", body=b"{", headers={"Content-Type": "application/json"}
    )
    assert broken.status == 400 and "not valid JSON" in broken.json()["error"]


def test_a_too_large_body_is_413_json(server: LiveServer) -> None:
    huge = {**NEW_ARTICLE, "text": "word " * 300_000}  # 1.5 MB, over the 1 MB default limit
    response = server.post_json("/api/articles", huge)
    assert response.status == 413
    assert "too large" in response.json()["error"]


@pytest.fixture(scope="module")
def token_server(tmp_path_factory: pytest.TempPathFactory, server: LiveServer):
    workdir = tmp_path_factory.mktemp("token")
    port = free_port()
    command = timeline_serve(port, workdir / "timeline.db", "--no-seeds")
    with running(command, port, workdir, env={"TIMELINE_API_TOKEN": "s3cret"}) as live:
        yield live


def test_a_configured_token_is_required_for_writes(token_server: LiveServer) -> None:
    anonymous = token_server.post_json("/api/articles", NEW_ARTICLE)
    assert anonymous.status == 401
    assert anonymous.headers["WWW-Authenticate"].startswith("Bearer")
    assert "access token" in anonymous.json()["error"]
    assert token_server.post_json("/api/articles", NEW_ARTICLE, token="wrong").status == 401
    assert token_server.post_json("/api/articles", NEW_ARTICLE, token="s3cret").status == 201
    assert token_server.request("/api/events").status == 200  # reads stay open


def test_gunicorn_serves_the_same_app_with_seeds_ingested_once(tmp_path, server: LiveServer) -> None:
    port = free_port()
    env = {"TIMELINE_DATABASE_URL": f"sqlite:///{tmp_path / 'g.db'}", "TIMELINE_SEEDS_DIR": str(SEEDS)}
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
               "dashboard.wsgi:server"]  # fmt: skip
    with running(command, port, tmp_path, env=env) as live:
        articles = live.request("/api/articles").json()
        assert [a["id"] for a in articles] == [SEED_ID]
        assert live.request("/").status == 200
        # gunicorn may listen anywhere, so without a token it refuses writes.
        refused = live.post_json("/api/articles", NEW_ARTICLE)
        assert refused.status == 403 and "TIMELINE_API_TOKEN" in refused.json()["error"]


def test_serve_with_a_bad_database_url_says_what_to_set() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "serve", "--port", str(free_port()), "--database-url", "mysql://x/y"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "TIMELINE_DATABASE_URL" in result.stderr
