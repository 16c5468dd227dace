"""The page's behaviour as plain functions over an in-memory store (no server, no browser)."""

import base64
from datetime import date

from dash import html
from palmyra_fixture import IS, RUSSIA, SYRIA

from dashboard import callbacks
from dashboard.filters import query_from_filter
from timeline.models import EventFilter


def _text(component) -> str:
    """All the text a component tree shows, as a browser would (strings only, no markup)."""
    if component is None:
        return ""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return "".join(_text(c) for c in component)
    return _text(getattr(component, "children", None))


def test_controls_and_url_describe_the_same_filter():
    flt = EventFilter(actors=[IS], types=["Battles"], places=["Palmyra"], since=date(2016, 1, 1))
    values = callbacks.filter_values(flt)
    assert values == ([IS], ["Battles"], ["Palmyra"], "2016-01-01", None)
    assert callbacks.search_for_values(*values) == query_from_filter(flt)


def test_a_reversed_date_range_is_swapped_while_the_user_picks_dates():
    search = callbacks.search_for_values([], [], [], "2017-06-01", "2017-01-01")
    assert search == "?since=2017-01-01&until=2017-06-01"


def test_a_malformed_link_shows_everything():
    assert callbacks.read_filter("?since=yesterday") == EventFilter()


def test_the_actor_filter_narrows_figure_table_and_counts(palmyra_store):
    everything = callbacks.build_view(palmyra_store, "")
    only_is = callbacks.build_view(palmyra_store, query_from_filter(EventFilter(actors=[IS])))
    assert len(everything.rows) == 6
    # IS is actor1 or actor2 in the strike and the three control changes.
    assert {r["id"] for r in only_is.rows} == {
        "ev-strike",
        "ev-regain-2016",
        "ev-overtake-2016",
        "ev-regain-2017",
    }
    assert _text(only_is.counts).startswith("4 of 6 events")
    marker_ids = {c[0] for t in only_is.figure.data if t.mode == "markers" for c in t.customdata}
    assert marker_ids == {r["id"] for r in only_is.rows}
    assert only_is.api_href == "/api/events?actor=Islamic+State+%28Syria%29"


def test_control_bands_stay_as_context_under_an_actor_filter(palmyra_store):
    view = callbacks.build_view(palmyra_store, query_from_filter(EventFilter(actors=[RUSSIA])))
    assert any(t.name == IS and t.fill == "toself" for t in view.figure.data)


def test_the_date_filter_drops_control_periods_outside_it(palmyra_store):
    periods = callbacks.visible_periods(palmyra_store, EventFilter(since=date(2017, 4, 1)))
    assert [(p.holder, p.since.value) for p in periods] == [(SYRIA, "2017-03")]


def test_table_rows_give_the_date_as_written_and_its_interval(palmyra_store):
    rows = {r["id"]: r for r in callbacks.table_rows(palmyra_store.events())}
    assert rows["ev-frigate"]["when"] == "early May"
    assert (rows["ev-frigate"]["first"], rows["ev-frigate"]["last"]) == ("2017-05-01", "2017-05-10")
    assert rows["ev-frigate"]["precision"] == "month"
    assert (
        rows["ev-agreement"]["actor1"]
        == f"{RUSSIA}, Military Forces of Iran (1989-), Military Forces of Turkey (2016-)"
    )


def test_a_click_on_a_marker_opens_its_details(palmyra_store):
    click = {"points": [{"curveNumber": 5, "customdata": ["ev-overtake-2016"]}]}
    event = callbacks.find_event(palmyra_store, callbacks.clicked_event_id(click))
    shown = _text(callbacks.event_details(event))
    assert "Non-state actor overtakes territory" in shown
    assert "“eight months later” → 2016-11 (month)" in shown
    assert "IS forces, however, recaptured Palmyra eight months later" in shown
    assert "International Business Times · published 2017-05-31" in shown


def test_details_mark_the_trigger_and_link_only_web_sources(palmyra_store):
    event = callbacks.find_event(palmyra_store, "ev-strike")
    details = callbacks.event_details(event)
    quote = next(c for c in details if isinstance(c, html.Blockquote))
    assert any(isinstance(part, html.Mark) and part.children == "fired" for part in quote.children)
    links = [c for c in details[-1].children if isinstance(c, html.A)]
    assert links[0].href.startswith("https://www.ibtimes.co.uk/")
    hostile = event.model_copy(
        update={"source": event.source.model_copy(update={"url": "javascript:alert(1)"})}
    )
    assert not [c for c in callbacks.event_details(hostile)[-1].children if isinstance(c, html.A)]


def test_article_text_is_shown_as_text_never_markup(palmyra_store):
    event = callbacks.find_event(palmyra_store, "ev-strike")
    evidence = event.evidence.model_copy(update={"text": "<script>alert(1)</script> fired"})
    quote = callbacks.event_details(event.model_copy(update={"evidence": evidence}))[3]
    assert "<script>alert(1)</script> " in quote.children  # a plain string: Dash renders it as text


def test_clicks_on_bands_open_nothing():
    assert callbacks.clicked_event_id({"points": [{"curveNumber": 0}]}) is None
    assert callbacks.clicked_event_id(None) is None


def test_an_uploaded_file_fills_the_form_from_its_header():
    raw = "title: A title\noutlet: Wire\npublished: 2017-06-01\nurl: https://example.org/a\n---\nBody text."
    contents = "data:text/plain;base64," + base64.b64encode(raw.encode()).decode()
    assert callbacks.read_upload(contents, "a.txt") == {
        "title": "A title",
        "outlet": "Wire",
        "published": "2017-06-01",
        "url": "https://example.org/a",
        "text": "Body text.",
    }


def test_a_binary_upload_is_refused_with_a_message():
    contents = "data:application/octet-stream;base64," + base64.b64encode(b"\xff\xfe\x00bin").decode()
    try:
        callbacks.read_upload(contents, "photo.jpg")
    except ValueError as exc:
        assert "photo.jpg is not UTF-8 text" in str(exc)
    else:
        raise AssertionError("expected a refusal")


def test_bad_form_input_gives_messages_not_exceptions(local_services):
    def submit(**fields):
        return callbacks.submit_article(local_services, fields, token=None)

    assert submit(text="", published="2017-06-01") == (
        False,
        "the article text is empty: paste the article's body text",
    )
    assert submit(text="Fighting on Monday.", published="") == (
        False,
        "no publication date: give 'published' as YYYY-MM-DD",
    )
    ok, message = submit(text="x" * 3_000, published="2017-06-01")
    assert not ok and "too large" in message
    ok, message = submit(text="Fighting on Monday.", published="next week")
    assert not ok and "publication date" in message
    ok, message = submit(text="Fighting on Monday.", published="2017-06-01", url="javascript:alert(1)")
    assert (ok, message) == (False, "'url' must start with http:// or https://")


def test_a_server_open_to_the_network_asks_the_form_for_the_token(palmyra_store):
    from dashboard.services import Services
    from timeline.settings import Settings

    svc = Services(palmyra_store, Settings(api_token="s3cret"), local_only=False)
    fields = {"text": "Fighting on Monday.", "published": "2017-06-01"}
    assert callbacks.submit_article(svc, fields, token=None)[0] is False
    assert callbacks.submit_article(svc, fields, token="wrong")[1] == "the access token is not valid"
    closed = Services(palmyra_store, Settings(api_token=None), local_only=False)
    assert "set TIMELINE_API_TOKEN" in callbacks.submit_article(closed, fields, token=None)[1]


def test_a_good_article_is_processed_and_saved(local_services):
    fields = {
        "title": "Quiet day",
        "text": "Rebels shelled the town of Idlib on Monday.",
        "published": "2017-06-01",
    }
    ok, message = callbacks.submit_article(local_services, fields, token=None)
    assert ok, message
    assert message.startswith("Added “Quiet day”:")
    assert callbacks.submit_article(local_services, fields, token=None)[1].startswith(
        "This article is already"
    )
    assert "Quiet day" in [a.title for a in local_services.store.articles()]
