"""End-to-end in real headless Chromium against a real `timeline serve` with the seed ingested.

TIMELINE_E2E_URL points the tests at a server that is already running instead (e.g. the compose
stack); it must hold the seed article and accept writes from this machine."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from dashboard_live_server import LiveServer
from prerequisites import unavailable

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MISSILE_ATTACK = "Shelling/artillery/missile attack"
ROWS = ".events-table .ag-center-cols-container .ag-row"
MARKERS = ".js-plotly-plot .scatterlayer .trace .points path.point"
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> LiveServer:
    external = os.environ.get("TIMELINE_E2E_URL")
    if external:
        return LiveServer(external.rstrip("/"), None, Path(os.devnull))  # type: ignore[arg-type]
    live: LiveServer = request.getfixturevalue("server")
    return live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (scripts/system-deps.sh installs Chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def events(site: LiveServer, **params: Any) -> list[dict[str, Any]]:
    document = site.request("/api/events?" + urlencode(params, doseq=True)).json()
    return document["events"] if isinstance(document, dict) else document


def open_page(page: Any, site: LiveServer, query: str = "") -> None:
    page.goto(site.url + "/" + query)
    page.wait_for_selector(".js-plotly-plot .scatterlayer", timeout=WAIT_MS)


def table_count(page: Any) -> int:
    return int(page.locator(ROWS).count())


def marker_count(page: Any) -> int:
    return int(page.locator(MARKERS).count())


def wait_for_rows(page: Any, expected: int) -> None:
    page.wait_for_function(
        f"n => document.querySelectorAll('{ROWS}').length === n",
        arg=expected,
        timeout=WAIT_MS,
    )


def choose_actor(page: Any, actor: str) -> None:
    page.click("#actor-filter")
    page.get_by_role("option", name=actor, exact=True).click()
    page.keyboard.press("Escape")


def test_the_page_opens_on_the_seed_timeline(page: Any, site: LiveServer) -> None:
    everything = events(site)
    open_page(page, site)
    wait_for_rows(page, len(everything))
    ticks = page.locator(".js-plotly-plot .yaxislayer-above text").all_text_contents()
    assert any("Palmyra" in t and "control" in t for t in ticks), ticks
    # control bands: filled shapes with the holders in the legend
    holders = {p["holder"] for p in site.request("/api/control-periods?place=Palmyra").json()}
    legend = page.locator(".js-plotly-plot .legend .legendtext").all_text_contents()
    assert holders and holders <= set(legend), (holders, legend)
    assert marker_count(page) == len(everything)
    assert page.get_by_text(MISSILE_ATTACK).first.is_visible()
    assert page.locator("#event-count").inner_text() == f"{len(everything)} events"


def test_clicking_the_strike_shows_its_sentence_and_source(page: Any, site: LiveServer) -> None:
    strike = next(e for e in events(site) if e["sub_event_type"] == MISSILE_ATTACK)
    open_page(page, site, "?" + urlencode({"type": MISSILE_ATTACK}))
    wait_for_rows(page, len(events(site, type=MISSILE_ATTACK)))
    box = page.locator(MARKERS).first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=WAIT_MS)
    assert "Palmyra" in (page.locator(".hoverlayer .hovertext").text_content() or "")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    details = page.locator("#details")
    details.locator("blockquote.evidence").wait_for(timeout=WAIT_MS)
    assert strike["evidence"]["text"].split()[0] in details.inner_text()
    assert "published 2017-05-31" in details.inner_text()


def test_the_actor_filter_narrows_table_figure_and_url(page: Any, site: LiveServer) -> None:
    everything = events(site)
    actor = next(e for e in everything if e["sub_event_type"] == MISSILE_ATTACK)["actor1"]
    expected = events(site, actor=actor)
    assert 0 < len(expected) < len(everything), "the seed should have events without this actor"
    open_page(page, site)
    wait_for_rows(page, len(everything))
    choose_actor(page, actor)
    wait_for_rows(page, len(expected))
    page.wait_for_function("() => location.search.includes('actor=')", timeout=WAIT_MS)
    page.wait_for_function(
        f"n => document.querySelectorAll('{MARKERS}').length === n",
        arg=len(expected),
        timeout=WAIT_MS,
    )
    assert page.locator("#event-count").inner_text() == f"{len(expected)} of {len(everything)} events"
    # The URL alone reproduces the view.
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector(".js-plotly-plot .scatterlayer", timeout=WAIT_MS)
    wait_for_rows(page, len(expected))
    assert actor in page.locator("#actor-filter").inner_text()


def test_the_json_download_holds_exactly_the_filtered_events(page: Any, site: LiveServer) -> None:
    everything = events(site)
    actor = next(e for e in everything if e["sub_event_type"] == MISSILE_ATTACK)["actor1"]
    query = "?" + urlencode({"actor": actor})
    open_page(page, site, query)
    wait_for_rows(page, len(events(site, actor=actor)))
    with page.expect_download(timeout=WAIT_MS) as info:
        page.click("#download-json")
    downloaded = Path(info.value.path()).read_bytes()
    assert downloaded == site.request("/api/events" + query).body
    ids = [e["id"] for e in (json.loads(downloaded) if isinstance(json.loads(downloaded), list)
                             else json.loads(downloaded)["events"])]  # fmt: skip
    assert sorted(ids) == sorted(e["id"] for e in events(site, actor=actor))


def fill_article(page: Any, **fields: str) -> None:
    if not page.locator("#article-text").is_visible():
        page.click("#add-article summary")
    for name, value in fields.items():
        page.fill(f"#article-{name}", value)


def test_adding_an_article_through_the_form_shows_its_events(page: Any, site: LiveServer) -> None:
    before = events(site)
    open_page(page, site)
    wait_for_rows(page, len(before))
    fill_article(
        page,
        title="Strike on Raqqa",
        outlet="Test Wire",
        url="https://example.org/raqqa",
        published="2017-06-03",
        text="Russian warships fired cruise missiles at Islamic State positions near Raqqa on Friday, 2 June."
        " The ministry said all targets were destroyed.",
    )
    page.click("#article-submit")
    outcome = page.locator("#article-message .success, #article-message .error")
    outcome.wait_for(timeout=60_000)
    assert outcome.get_attribute("class") == "success", outcome.inner_text()
    message = outcome
    found = int(re.search(r"(\d+) events? found", message.inner_text()).group(1))
    after = events(site)
    assert found >= 1 and len(after) == len(before) + found
    wait_for_rows(page, len(after))
    assert page.get_by_text("near Raqqa", exact=False).first.is_visible()


def test_bad_form_input_shows_a_message(page: Any, site: LiveServer) -> None:
    open_page(page, site)
    fill_article(page, title="No date", text="Fighting continued on Monday.")
    page.click("#article-submit")
    error = page.locator("#article-message .error")
    error.wait_for(timeout=WAIT_MS)
    assert "no publication date" in error.inner_text()
    fill_article(page, published="2017-06-01", text="   ")
    page.click("#article-submit")
    page.get_by_text("the article text is empty").wait_for(timeout=WAIT_MS)
    assert page.locator(".js-plotly-plot").is_visible()  # the page is still there


def test_an_uploaded_file_fills_the_form(page: Any, site: LiveServer, tmp_path: Path) -> None:
    article = tmp_path / "deir-ez-zor.txt"
    article.write_text(
        "title: Clashes near Deir ez-Zor\noutlet: Test Wire\npublished: 2017-06-04\nurl: https://example.org/d\n"
        "---\nGovernment forces clashed with Islamic State fighters near Deir ez-Zor on Saturday.\n"
    )
    open_page(page, site)
    page.click("#add-article summary")
    page.set_input_files("#article-upload input[type=file]", str(article))
    page.get_by_text("Loaded deir-ez-zor.txt").wait_for(timeout=WAIT_MS)
    assert page.input_value("#article-title") == "Clashes near Deir ez-Zor"
    assert page.input_value("#article-published") == "2017-06-04"
    assert page.input_value("#article-text").startswith("Government forces clashed")


def test_clicking_a_table_row_shows_its_details(page: Any, site: LiveServer) -> None:
    everything = events(site)
    open_page(page, site)
    wait_for_rows(page, len(everything))
    page.locator(f"{ROWS} [col-id='sub_event_type']", has_text=MISSILE_ATTACK).first.click()
    page.locator("#details blockquote.evidence").wait_for(timeout=WAIT_MS)
    assert MISSILE_ATTACK in page.locator("#details h3").inner_text()
