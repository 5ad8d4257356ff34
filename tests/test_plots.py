"""Report charts: every function returns a labelled Figure in the one style and palette, and
copes with empty input."""

from __future__ import annotations

import base64
from datetime import date

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from test_reports import seed_casualties, seed_events

from analysis import metrics, plots
from analysis.clean.reconcile import reconcile
from analysis.reports import markup

ALLOWED = {c.lower() for c in [*plots.OKABE_ITO.values(), plots.GREY]}
START, END = date(2024, 8, 24), date(2024, 8, 27)
HORIZONTAL = {"groups", "types", "actors", "victims"}  # bar charts with categories on y


@pytest.fixture(scope="module")
def seed():
    events = seed_events()
    fatalities, _ = reconcile(seed_casualties(), events)
    return events, fatalities


def _title(fig: Figure) -> str:
    return fig.get_suptitle()


def _bar_colours(fig: Figure) -> set[str]:
    return {to_hex(p.get_facecolor()).lower() for p in fig.axes[0].patches if p.get_height()}


def _charts(seed) -> dict[str, Figure]:
    events, fatalities = seed
    periods = metrics.per_period(events, fatalities, START, END, "day")
    worst = metrics.deadliest(events, fatalities, n=3)
    return {
        "events": plots.stacked_periods(periods, "events", title="Events per period"),
        "deaths": plots.stacked_periods(periods, "best", title="Deaths", annotate=worst),
        "groups": plots.range_bars(
            metrics.by_victim_group(events, fatalities), "victim_group", "By group"
        ),
        "types": plots.range_bars(metrics.by_event_type(events, fatalities), "event_type", "T"),
        "actors": plots.range_bars(
            metrics.by_actor(events, fatalities), "actor", "A", "actor_type"
        ),
        "running": plots.cumulative_band(
            metrics.cumulative(events, fatalities, START, END, "day"), "Running total"
        ),
        "pairs": plots.pair_heatmap(metrics.actor_pairs(events), "Pairs"),
        "activity": plots.activity_lines(
            metrics.actor_activity(events, START, END, "day", top=3), "Activity"
        ),
        "victims": plots.stacked_groups(
            metrics.victims_by_actor(events, fatalities), "actor", title="Victims"
        ),
    }


def test_every_chart_is_a_titled_labelled_figure(seed):
    for name, fig in _charts(seed).items():
        assert isinstance(fig, Figure), name
        ax = fig.axes[0]
        assert _title(fig), name
        assert ax.get_xlabel(), name
        if name in HORIZONTAL:  # categories on the y axis: named by their tick labels
            assert [t.get_text() for t in ax.get_yticklabels() if t.get_text()], name
        else:
            assert ax.get_ylabel(), name
        assert fig.get_size_inches()[0] in (plots.WIDTH, plots.NARROW), name
        png = markup.figure_png(fig)
        assert png.startswith(b"\x89PNG"), name


def test_colours_come_from_the_colour_blind_safe_palette(seed):
    charts = _charts(seed)
    for name in ("events", "deaths", "groups", "types", "actors", "victims"):
        assert _bar_colours(charts[name]) <= ALLOWED, name
    # the same event type always has the same colour
    battles = plots.EVENT_TYPE_COLOURS["Battles"].lower()
    assert battles in _bar_colours(charts["events"]) and battles in _bar_colours(charts["types"])
    # names without a fixed colour take the palette in order, the same on every call
    assert plots.colours_for(["x", "y"]) == {"x": plots.PALETTE[0], "y": plots.PALETTE[1]}
    assert plots.colours_for(["x", "y", "z"])["y"] == plots.PALETTE[1]
    groups = _bar_colours(charts["groups"])
    assert plots.VICTIM_COLOURS["civilians"].lower() in groups


def test_uncertainty_is_drawn_from_low_to_high(seed):
    fig = _charts(seed)["groups"]
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "21 (21–33)" in texts and "27" in texts  # militants' range, civilians exact
    segments = [c for c in fig.axes[0].collections if hasattr(c, "get_segments")]
    militants = [s for c in segments for s in c.get_segments() if s[0][0] == 21 and s[1][0] == 33]
    assert militants  # a whisker from 21 to 33
    band = _charts(seed)["running"].axes[0]
    assert band.collections  # the low–high band (fill_between)


def test_deadliest_events_are_numbered_on_the_bars(seed):
    events, fatalities = seed
    fig = _charts(seed)["deaths"]
    assert [t.get_text() for t in fig.axes[0].texts] == ["1, 2, 3"]  # all on 25 Aug
    key = plots.annotation_key(metrics.deadliest(events, fatalities, n=2))
    assert key == (
        "Numbered: the deadliest events. 1: Balochistan, 25–26 Aug 2024, 35 killed (range "
        "35–47); 2: Musakhail, Balochistan, 25 Aug 2024, 23 killed."
    )


def test_empty_input_gives_a_small_figure_that_says_so():
    empty = pd.DataFrame(columns=["label", "low", "best", "high"])
    for fig in (
        plots.range_bars(empty, "label", "Nothing"),
        plots.stacked_periods(
            metrics.per_period(
                seed_events().iloc[0:0], seed_casualties().iloc[0:0], START, END, "day"
            ),
            title="Nothing",
        ),
        plots.pair_heatmap(pd.DataFrame(columns=["actor1", "actor2", "events"]), "Nothing"),
        plots.cumulative_band(
            pd.DataFrame(columns=["period_start", "low", "best", "high"]), "Nothing"
        ),
    ):
        assert _title(fig) == "Nothing"
        assert "Nothing to show" in fig.axes[0].texts[0].get_text()


def test_a_bar_of_unknown_toll_says_unknown_not_zero(seed):
    # the seed's one strategic development (-08) has no figure: its bar is no bar of 0
    events, fatalities = seed
    types = metrics.by_event_type(events, fatalities)
    fig = plots.range_bars(types, "event_type", "By type")
    ax = fig.axes[0]
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    row = ticks.index("Strategic developments")
    labels = {round(t.get_position()[1]): t.get_text() for t in ax.texts}
    assert labels[row] == "unknown"
    assert labels[ticks.index("Battles")] == "45 (45–57)"
    widths = [p.get_width() for p in ax.patches if p.get_height() == 0.6]
    assert not widths[row] > 0  # no bar (a NaN width draws none)
    markup.figure_png(fig)


def test_style_and_text_safety():
    plots.use_style()
    assert mpl.rcParams["text.parse_math"] is False
    assert mpl.rcParams["axes.titlesize"] >= 12
    frame = pd.DataFrame({"label": ["$x^2$ and $$ money"], "low": [1], "best": [2], "high": [3]})
    fig = plots.range_bars(frame, "label", "Costs in $ and $$")
    markup.figure_png(fig)  # would raise if "$" were parsed as mathtext
    assert plots.short("A very long actor name that goes on and on", 20).endswith("…")


def test_figure_markup_embeds_the_png_with_escaped_alt_text():
    fig = plots.empty('Chart <b>"title"</b>')
    html = markup.figure(fig, caption="<i>caption</i>")
    assert html.startswith('<figure><picture><source media="(min-width: 760px)" srcset="data:')
    phone = html.split('<img src="', 1)[1]
    assert phone.startswith("data:image/png;base64,iVBOR")
    # the desktop copy is drawn at the page's width, both at twice the screen's pixels
    wide = html.split('srcset="data:image/png;base64,', 1)[1].split('"', 1)[0]
    assert base64.b64decode(wide)[16:20] == int(markup.DESKTOP_WIDTH * 192).to_bytes(4, "big")
    assert 'alt="Chart &lt;b&gt;&quot;title&quot;&lt;/b&gt;"' in html
    assert "<figcaption>&lt;i&gt;caption&lt;/i&gt;</figcaption>" in html


def test_charts_are_reduced_from_agg_pixels_the_same_as_from_a_png(seed):
    """figure_png reads Agg's pixels as they are: the same pixels as a lossless PNG of the
    figure read back (how it was made before), at the phone's and the desktop's sizes."""
    import io

    import numpy as np
    from PIL import Image

    fig = plots.range_bars(metrics.by_victim_group(*seed), "victim_group", "Groups")
    for size in ((plots.WIDTH, 3.8), (markup.DESKTOP_WIDTH, 3.8)):
        fig.set_size_inches(*size)
        kept = io.BytesIO()
        fig.savefig(kept, format="png", facecolor="white", pil_kwargs={"compress_level": 0})
        png = np.asarray(Image.open(io.BytesIO(kept.getvalue())).convert("RGB"))
        assert png.shape == (int(size[1] * 192), int(size[0] * 192), 3)
        assert np.array_equal(np.asarray(markup._pixels(fig)), png)


def test_two_numbered_events_on_one_bar_read_as_two_numbers():
    # The deadliest events 1 and 3 on 26 August, 2 on the 25th: the bar of the 26th is
    # labelled "1, 3" (not "1,3", which reads as one number with a separator).
    periods = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2024-08-25", "2024-08-26"]),
            "label": ["25 Aug", "26 Aug"],
            "event_type": ["Battles", "Battles"],
            "best": [23, 51],
        }
    )
    worst = pd.DataFrame({"date_start": pd.to_datetime(["2024-08-26", "2024-08-25", "2024-08-26"])})
    fig = plots.stacked_periods(periods, "best", title="Deaths", annotate=worst)
    assert sorted(t.get_text() for t in fig.axes[0].texts) == ["1, 3", "2"]
