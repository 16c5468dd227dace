"""The timeline figure, from hand-built events and control periods (no store, no browser)."""

from datetime import date, datetime

from palmyra_fixture import IS, RUSSIA, SYRIA, seed_events, seed_periods

from dashboard import figures
from timeline.models import Grain


def _traces(fig, **match):
    return [t for t in fig.data if all(getattr(t, k) == v for k, v in match.items())]


def _band_spans(fig):
    """(holder, first x, last x, hatched) of every control-band rectangle, in drawing order."""
    spans = []
    for t in fig.data:
        if t.fill == "toself" and t.x[0] is not None:
            hatched = t.fillpattern is not None and t.fillpattern.shape == "/"
            spans.append((t.name, t.x[0], t.x[1], hatched))
    return spans


def test_control_bands_follow_the_periods_with_month_changes_hatched_across_the_month():
    fig = figures.timeline_figure(seed_events(), seed_periods())
    spans = _band_spans(fig)
    solid = [(name, x0, x1) for name, x0, x1, hatched in spans if not hatched]
    hatched = [(x0, x1) for _, x0, x1, h in spans if h]
    # The solid part of each period starts after the month its change is dated to ...
    assert solid[0] == (SYRIA, datetime(2016, 4, 1), datetime(2016, 11, 1))
    assert solid[1] == (IS, datetime(2016, 12, 1), datetime(2017, 3, 1))
    assert solid[2][:2] == (SYRIA, datetime(2017, 4, 1))
    # ... and the month itself is a hatched zone, not a made-up day.
    assert hatched == [
        (datetime(2016, 3, 1), datetime(2016, 4, 1)),
        (datetime(2016, 11, 1), datetime(2016, 12, 1)),
        (datetime(2017, 3, 1), datetime(2017, 4, 1)),
    ]


def test_a_change_dated_to_the_day_is_not_hatched():
    periods = seed_periods()
    day = periods[2].since.model_copy(
        update={"value": "2017-03-02", "start": date(2017, 3, 2), "end": date(2017, 3, 2), "grain": Grain.DAY}
    )
    periods[2] = periods[2].model_copy(update={"since": day})
    periods[1] = periods[1].model_copy(update={"until": day})
    spans = _band_spans(figures.timeline_figure([], periods))
    assert (SYRIA, datetime(2017, 3, 2)) in [(n, x0) for n, x0, _, h in spans if not h]
    assert len([s for s in spans if s[3]]) == 2


def test_each_holder_has_one_legend_entry_and_the_hatching_is_explained():
    fig = figures.timeline_figure(seed_events(), seed_periods())
    legend = [t.name for t in fig.data if t.showlegend]
    assert legend.count(SYRIA) == 1
    assert legend.count(IS) == 1
    assert RUSSIA in legend
    assert "control changed: only the month is known" in legend


def test_colours_are_the_actors_in_bands_and_markers_alike():
    colours = figures.actor_colours([SYRIA, IS, RUSSIA])
    fig = figures.timeline_figure(seed_events(), seed_periods(), colours)
    syria_band = next(t for t in fig.data if t.name == SYRIA and t.fill == "toself")
    assert syria_band.line.color == colours[SYRIA]
    markers = next(t for t in fig.data if t.name == SYRIA and t.mode == "markers")
    assert markers.marker.color == colours[SYRIA]


def test_colours_do_not_depend_on_the_order_actors_come_in():
    assert figures.actor_colours([IS, SYRIA, RUSSIA]) == figures.actor_colours([RUSSIA, IS, SYRIA])


def test_a_vague_date_is_drawn_as_a_bar_over_its_interval_with_a_hollow_marker():
    fig = figures.timeline_figure(seed_events(), [])
    bars = next(t for t in fig.data if t.name == SYRIA and t.mode == "lines")
    # The March 2016 recapture: the whole of March, not the 1st or the 15th.
    assert (bars.x[0], bars.x[1]) == (datetime(2016, 3, 1), datetime(2016, 4, 1))
    markers = next(t for t in fig.data if t.name == SYRIA and t.mode == "markers")
    assert set(markers.marker.symbol) == {"circle-open"}


def test_a_day_precise_strike_is_a_solid_marker_on_its_day():
    fig = figures.timeline_figure(seed_events(), [])
    russia = next(t for t in fig.data if t.name == RUSSIA and t.mode == "markers")
    strike = next(i for i, custom in enumerate(russia.customdata) if custom[0] == "ev-strike")
    assert russia.marker.symbol[strike] == "circle"
    assert russia.x[strike] == datetime(2017, 5, 31, 12)


def test_events_are_in_lanes_by_event_type():
    fig = figures.timeline_figure(seed_events(), seed_periods())
    labels = list(fig.layout.yaxis.ticktext)
    assert labels == [
        "<b>Palmyra</b> · control",
        "Battles",
        "Explosions/Remote violence",
        "Strategic developments",
    ]


def test_hover_gives_the_date_as_written_actors_place_sentence_and_source():
    hover = figures.event_hover(seed_events()[2])
    assert "“eight months later” → 2016-11 (month)" in hover
    assert "Islamic State (Syria) vs Military Forces of Syria (2000-)" in hover
    assert "Place: Palmyra" in hover
    assert "IS forces, however, recaptured Palmyra" in hover
    assert "International Business Times, 2017-05-31" in hover


def test_hover_escapes_the_article_text():
    event = seed_events()[0]
    event = event.model_copy(
        update={"evidence": event.evidence.model_copy(update={"text": "<img src=x onerror=alert(1)>"})}
    )
    hover = figures.event_hover(event)
    assert "<img" not in hover
    assert "&lt;img" in hover


def test_a_date_window_fixes_the_visible_range():
    fig = figures.timeline_figure(seed_events(), seed_periods(), window=(date(2017, 1, 1), date(2017, 6, 30)))
    assert list(fig.layout.xaxis.range) == [datetime(2017, 1, 1), datetime(2017, 6, 30)]


def test_nothing_to_show_says_so():
    fig = figures.timeline_figure([], [])
    assert fig.layout.annotations[0].text == "No events match these filters"


def test_crowded_lanes_are_spread_over_rows():
    events = seed_events()
    crowded = [events[0].model_copy(update={"id": f"strike-{i}"}) for i in range(3)]
    fig = figures.timeline_figure(crowded, [])
    russia = next(t for t in fig.data if t.mode == "markers")
    assert len(set(russia.y)) == 3
