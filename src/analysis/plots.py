"""Report charts: one style, the Okabe–Ito colour-blind-safe palette, sized for phones.

Every function takes a tidy frame from :mod:`analysis.metrics` and returns a
:class:`matplotlib.figure.Figure` (made without pyplot, so nothing is shown or kept open by
accident). An empty frame gives a small figure that says there is nothing to plot.
Uncertainty is drawn as error bars (bars) or a band (lines) from low to high, with the best
estimate as the bar or line itself.

>>> fig = range_bars(pd.DataFrame({"label": ["civilians"], "low": [27], "best": [27],
...     "high": [27]}), "label", title="Fatalities by victim group")
>>> fig.get_suptitle()
'Fatalities by victim group'
"""

from __future__ import annotations

import re
import textwrap

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
# vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
GREY = "#8C8C8C"
PALETTE = [
    OKABE_ITO[c]
    for c in ("blue", "orange", "bluish green", "vermillion", "sky blue", "reddish purple")
] + [OKABE_ITO["yellow"], OKABE_ITO["black"]]
EVENT_TYPE_COLOURS = {
    "Battles": OKABE_ITO["blue"],
    "Explosions/Remote violence": OKABE_ITO["vermillion"],
    "Violence against civilians": OKABE_ITO["orange"],
    "Protests": OKABE_ITO["bluish green"],
    "Riots": OKABE_ITO["reddish purple"],
    "Strategic developments": OKABE_ITO["sky blue"],
    "Unknown": GREY,
}
ACTOR_TYPE_COLOURS = {
    "state forces": OKABE_ITO["blue"],
    "rebel/separatist": OKABE_ITO["vermillion"],
    "political militia": OKABE_ITO["reddish purple"],
    "identity militia": OKABE_ITO["yellow"],
    "rioters": OKABE_ITO["sky blue"],
    "protesters": OKABE_ITO["bluish green"],
    "civilians": OKABE_ITO["orange"],
    "external forces": OKABE_ITO["black"],
    "unknown type": GREY,
}
VICTIM_COLOURS = {
    "civilians": OKABE_ITO["orange"],
    "security_forces": OKABE_ITO["blue"],
    "security forces": OKABE_ITO["blue"],
    "militants": OKABE_ITO["vermillion"],
    "unknown": GREY,
}
# Phone first: a 5.6 in figure is shown at most 5.6 × 96 = 538 CSS px wide, so on a 375 px
# screen its text shrinks by a third at most; it is saved at 2× for sharp high-density screens.
WIDTH, HEIGHT, DPI, SAVE_DPI = 5.6, 3.8, 96, 192
NARROW = 4.8  # horizontal bar charts: their labels are text, so they shrink less
FIXED_COLOURS = {
    "event_type": EVENT_TYPE_COLOURS,
    "actor_type": ACTOR_TYPE_COLOURS,
    "victim_group": VICTIM_COLOURS,
}
STYLE = {
    "figure.figsize": (WIDTH, HEIGHT),
    "figure.dpi": DPI,
    "savefig.dpi": SAVE_DPI,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "axes.edgecolor": "#444444",
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11.5,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 10.5,
    "legend.frameon": False,
    "font.family": "DejaVu Sans",
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "text.parse_math": False,  # names with "$" are text, never mathtext
}


def use_style() -> None:
    """Apply the report style to matplotlib (idempotent)."""
    mpl.rcParams.update(STYLE)


def colours_for(names: list[str], fixed: dict[str, str] | None = None) -> dict[str, str]:
    """A colour per name: the fixed ones first, then the palette in order (then grey).

    >>> colours_for(["Battles", "Other"], EVENT_TYPE_COLOURS)["Other"]
    '#F0E442'
    """
    fixed = fixed or {}
    out, spare = {}, [c for c in PALETTE if c not in fixed.values()] or PALETTE
    for i, name in enumerate(n for n in names if n not in fixed):
        out[name] = spare[i] if i < len(spare) else GREY
    return {n: fixed.get(n) or out[n] for n in names}


def short(text: object, width: int = 28) -> str:
    """Shorten a long label for an axis."""
    return textwrap.shorten(str(text), width=width, placeholder="…")


def wrap(text: object, width: int = 24) -> str:
    """A long label on several lines, words kept whole (nothing cut).

    >>> print(wrap("Military Forces of Pakistan (2018-)", 20))
    Military Forces of
    Pakistan (2018-)
    """
    return textwrap.fill(str(text), width=width, break_long_words=False) or str(text)


def new_figure(height: float = HEIGHT, width: float = WIDTH) -> tuple[Figure, mpl.axes.Axes]:
    """A styled figure with one axes."""
    use_style()
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    return fig, fig.add_subplot()


def set_title(fig: Figure, title: str) -> None:
    """The chart's title, left-aligned over the whole figure (long y labels never push it
    off the edge)."""
    fig.suptitle(
        title,
        x=0.01,
        ha="left",
        fontsize=mpl.rcParams["axes.titlesize"],
        fontweight=mpl.rcParams["axes.titleweight"],
    )


def footnote(fig: Figure, text: str, size: float = 6.5) -> Figure:
    """``fig`` with ``text`` written under it, wrapped to the figure's width: the caption a
    report prints under a chart, for a figure shown without the report around it (a
    notebook shows the figure with its bounding box drawn tight, so the text is in view).
    ``fig.caption`` keeps the text whole.

    >>> fig = footnote(empty("Deaths"), "2 event(s) known only to their country are not drawn.")
    >>> fig.caption, fig.texts[-1].get_text()[:9]
    ('2 event(s) known only to their country are not drawn.', '2 event(s')
    """
    width = max(20, int(fig.get_figwidth() * 72 / (size * 0.55)))  # characters per line
    fig.draw_without_rendering()  # the layout, so that what lies below the axes is known
    fig.set_layout_engine("none")  # and kept: the text below moves nothing
    for legend in fig.legends:  # a legend "below" the axes stays there, not below the text
        box = legend.get_window_extent().transformed(fig.transFigure.inverted())
        legend.set_bbox_to_anchor(box, transform=fig.transFigure)
        legend.set_loc("center")
    bottom = min(0.0, fig.get_tightbbox().y0 / fig.get_figheight())  # a legend below: lower
    fig.text(
        0.01, bottom - 0.01, wrap(text, width), ha="left", va="top", fontsize=size,
        color="#444444",
    )  # fmt: skip
    fig.caption = text
    return fig


def empty(title: str, message: str = "Nothing to show for this selection.") -> Figure:
    """A small figure saying there is nothing to plot."""
    fig, ax = new_figure(height=1.6)
    set_title(fig, title)
    ax.text(0.5, 0.4, message, ha="center", va="center", transform=ax.transAxes, color="#444444")
    ax.set_axis_off()
    return fig


def _tick_step(n: int, room: int = 10) -> int:
    return max(1, int(np.ceil(n / room)))


def stacked_periods(
    periods: pd.DataFrame,
    value: str = "events",
    by: str = "event_type",
    title: str = "Events per period",
    ylabel: str | None = None,
    annotate: pd.DataFrame | None = None,
) -> Figure:
    """Bars per period stacked by ``by`` (a :func:`analysis.metrics.per_period` frame).

    ``annotate`` (e.g. :func:`analysis.metrics.deadliest`) labels bars with its ``place``
    and ``fatalities`` at the period containing its ``date_start``. Periods with events but
    no death, charted by deaths, say so.

    >>> periods = pd.DataFrame({"period_start": pd.to_datetime(["1971-05-01"]),
    ...     "label": ["May 1971"], "event_type": ["Explosions/Remote violence"],
    ...     "events": [6], "best": [0]})
    >>> [t.get_text() for t in stacked_periods(periods, "best").axes[0].texts]
    ['No death is recorded in this period.']
    """
    if periods.empty or periods[value].sum() == 0:
        deaths = not periods.empty and value in ("low", "best", "high")
        return empty(title, "No death is recorded in this period.") if deaths else empty(title)
    table = periods.pivot_table(
        index=["period_start", "label"], columns=by, values=value, aggfunc="sum", fill_value=0
    ).sort_index()
    order = table.sum().sort_values(ascending=False).index.tolist()
    colours = colours_for(order, EVENT_TYPE_COLOURS if by == "event_type" else VICTIM_COLOURS)
    fig, ax = new_figure()
    x = np.arange(len(table))
    bottom = np.zeros(len(table))
    for name in order:
        heights = table[name].to_numpy(dtype=float)
        ax.bar(x, heights, bottom=bottom, color=colours[name], label=wrap(name, 32), width=0.8)
        bottom += heights
    labels = [label for _, label in table.index]
    step = _tick_step(len(x))
    ax.set_xticks(x[::step], labels[::step], rotation=45 if len(x) > 6 else 0, ha="right")
    if len(x) <= 6:
        for tick in ax.get_xticklabels():
            tick.set_horizontalalignment("center")
    set_title(fig, title)
    ax.set_ylabel(ylabel or value.replace("_", " "))
    ax.set_xlabel("period starting")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, max(bottom.max() * 1.12, 1))
    if len(order) > 1 or by != "group":
        _legend_below(fig, ax)
    if annotate is not None and len(annotate):
        starts = np.array([np.datetime64(s) for s, _ in table.index])
        marks: dict[int, list[str]] = {}
        for number, (_, row) in enumerate(annotate.iterrows(), 1):
            where = int(np.searchsorted(starts, np.datetime64(row["date_start"]), "right")) - 1
            marks.setdefault(min(max(where, 0), len(x) - 1), []).append(str(number))
        for position, numbers in marks.items():
            ax.annotate(
                ", ".join(numbers),  # "1,3" would read as one number
                xy=(position, bottom[position]),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=9.5,
                fontweight="bold",
                color="#222222",
            )
    return fig


def annotation_key(annotate: pd.DataFrame) -> str:
    """The caption that explains the numbers :func:`stacked_periods` puts on the bars.

    >>> annotation_key(pd.DataFrame({"date": ["25 Aug 2024"], "place": ["Musakhail"],
    ...     "low": [23], "best": [23], "high": [25]}))
    'Numbered: the deadliest events. 1: Musakhail, 25 Aug 2024, 23 killed (range 23–25).'
    """
    from analysis.metrics import killed_phrase

    if annotate is None or annotate.empty:
        return ""
    parts = [
        f"{i}: {row['place']}, {row['date']}, {killed_phrase(row['low'], row['best'], row['high'])}"
        for i, (_, row) in enumerate(annotate.iterrows(), 1)
    ]
    return "Numbered: the deadliest events. " + "; ".join(parts) + "."


def _legend_below(fig: Figure, ax, columns: int = 2) -> None:
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="outside lower center", ncols=min(columns, len(labels)))


def range_bars(
    frame: pd.DataFrame,
    label: str,
    title: str,
    colour_by: str | None = None,
    colours: dict[str, str] | None = None,
    xlabel: str = "deaths (bar: best; whisker: low–high)",
) -> Figure:
    """Horizontal bars of ``best`` with low–high whiskers, one per row of ``frame``.

    Bars are coloured by ``colour_by`` (default: ``label`` itself when it is an event type
    or victim group), with a legend when the colours are not already the bar labels.
    """
    if frame.empty or not frame["high"].fillna(0).gt(0).any():
        return empty(title)
    frame = frame.iloc[::-1]
    colour_by = colour_by or (label if label in FIXED_COLOURS else None)
    labels = [wrap(v, 24) for v in frame[label]]
    lines = sum(max(1, t.count("\n") + 1) for t in labels)
    fig, ax = new_figure(height=max(1.6, 0.3 * lines + 0.14 * len(frame) + 1.2), width=NARROW)
    y = np.arange(len(frame))
    # a row of unknown toll (null bounds) gets no bar, and says "unknown"
    low, best, high = (
        frame[b].astype("Float64").to_numpy(float, na_value=np.nan) for b in ("low", "best", "high")
    )
    keys = frame[colour_by].astype("str").tolist() if colour_by else ["_"] * len(frame)
    fixed = colours or FIXED_COLOURS.get(colour_by or "", {})
    palette = colours_for(list(dict.fromkeys(keys)), fixed)
    ax.barh(y, best, color=[palette[k] for k in keys], height=0.6)
    ax.errorbar(
        best,
        y,
        xerr=[np.clip(best - low, 0, None), np.clip(high - best, 0, None)],
        fmt="none",
        ecolor="#222222",
        capsize=4,
        linewidth=1.2,
    )
    top = np.nanmax(high)
    for yi, (lo, be, hi) in enumerate(zip(low, best, high, strict=True)):
        if np.isnan(be):
            ax.text(top * 0.02, yi, "unknown", va="center", fontsize=10, color="#555555")
            continue
        text = f"{be:,.0f}" if lo == hi else f"{be:,.0f} ({lo:,.0f}–{hi:,.0f})"
        ax.text(max(hi, be) + top * 0.02, yi, text, va="center", fontsize=10)
    ax.set_yticks(y, labels)
    ax.set_xlim(0, top * 1.6 + 1)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    set_title(fig, title)
    ax.set_xlabel(xlabel)
    if colour_by and colour_by != label:
        for key in dict.fromkeys(reversed(keys)):
            ax.bar(0, 0, color=palette[key], label=key.replace("_", " "))
        _legend_below(fig, ax, columns=3)
    return fig


def cumulative_band(frame: pd.DataFrame, title: str = "Cumulative fatalities") -> Figure:
    """The running best estimate as a line, low–high as a shaded band (a
    :func:`analysis.metrics.cumulative` frame)."""
    if frame.empty or frame["high"].max() == 0:
        return empty(title)
    fig, ax = new_figure()
    x = pd.to_datetime(frame["period_start"])
    ax.fill_between(
        x,
        frame["low"],
        frame["high"],
        step="post",
        color=OKABE_ITO["sky blue"],
        alpha=0.35,
        label="low to high",
    )
    ax.step(
        x, frame["best"], where="post", color=OKABE_ITO["blue"], linewidth=2, label="best estimate"
    )
    set_title(fig, title)
    ax.set_ylabel("fatalities (running total)")
    ax.set_xlabel("date")
    ax.set_ylim(0, frame["high"].max() * 1.1 + 1)
    _legend_below(fig, ax)
    date_axis(ax, x)
    return fig


def date_axis(ax, x: pd.Series) -> None:
    """Concise date ticks on ``ax``'s x axis, the axis ending at the first and last of the
    dates ``x``: without the default margins a chart of August reached into September and
    labelled a tick "Sep" beyond its last day.

    >>> fig, ax = new_figure()
    >>> days = pd.Series(pd.date_range("2024-08-01", "2024-08-31"))
    >>> _ = ax.plot(days, range(31))
    >>> date_axis(ax, days)
    >>> dates = ax.xaxis.get_major_formatter()
    >>> dates.format_ticks(ax.get_xticks()), dates.get_offset()
    (['Aug', '08', '15', '22'], '2024-Aug')
    """
    locator = mpl.dates.AutoDateLocator(minticks=2, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))
    first, last = x.min(), x.max()
    if pd.notna(first) and first < last:
        ax.set_xlim(first, last)


def pair_heatmap(pairs: pd.DataFrame, title: str = "Who fights whom") -> Figure:
    """Events per actor pair (an :func:`analysis.metrics.actor_pairs` frame): rows actor 1,
    columns actor 2."""
    if pairs.empty:
        return empty(title)
    matrix = pairs.pivot_table(
        index="actor1", columns="actor2", values="events", aggfunc="sum", fill_value=0
    )
    matrix = matrix.loc[
        matrix.sum(axis=1).sort_values(ascending=False).index,
        matrix.sum().sort_values(ascending=False).index,
    ]
    import seaborn as sns  # imported by the one chart that draws with it (0.2 s and pyplot)

    fig, ax = new_figure(height=max(3.0, 0.5 * len(matrix) + 2.2))
    sns.heatmap(
        matrix,
        ax=ax,
        annot=True,
        fmt="d",
        cmap=sns.light_palette(OKABE_ITO["blue"], as_cmap=True),
        cbar=False,
        linewidths=0.5,
        linecolor="white",
        annot_kws={"fontsize": 10.5},
    )
    from analysis.metrics import NO_ACTOR

    matrix = matrix.rename(columns={NO_ACTOR: "none"})
    short_names = abbreviations(list(matrix.columns))
    ax.set_xticks(ax.get_xticks(), [short_names[c] for c in matrix.columns], rotation=0)
    ax.set_yticks(ax.get_yticks(), [wrap(r, 24) for r in matrix.index], rotation=0)
    ax.set_xlabel("actor 2 (the other side)")
    ax.set_ylabel("actor 1")
    ax.grid(False)
    key = [f"{a}: {n}" for n, a in short_names.items() if a != n]
    if "none" in short_names:
        key.append("none: no second actor")
    if key:
        ax.set_xlabel(wrap("actor 2 (the other side). " + "; ".join(key), 62), fontsize=9.5)
    set_title(fig, title)
    return fig


def abbreviations(names: list[str], width: int = 9) -> dict[str, str]:
    """A short label for each name longer than ``width``: its words' initials (digits and
    a number added to keep them apart); shorter names stay whole. The chart lists the key.

    >>> abbreviations(["Military Forces of Pakistan (2018-)", "BLA", "Police Forces of Pakistan"])
    {'Military Forces of Pakistan (2018-)': 'MFP', 'BLA': 'BLA', 'Police Forces of Pakistan': 'PFP'}
    """
    out: dict[str, str] = {}
    for name in names:
        if len(name) <= width:
            out[name] = name
            continue
        words = [w for w in re.split(r"[^\w]+", name) if w and not w.isdigit()]
        initials = "".join(w[0] for w in words if w[0].isupper()) or name[:3]
        label, n = initials, 2
        while label in out.values():
            label, n = f"{initials}{n}", n + 1
        out[name] = label
    return out


def activity_lines(
    activity: pd.DataFrame, title: str = "Activity of the most active actors"
) -> Figure:
    """Events per period, one line per actor (an :func:`analysis.metrics.actor_activity`
    frame)."""
    if activity.empty or activity["events"].sum() == 0:
        return empty(title)
    fig, ax = new_figure()
    actors = list(dict.fromkeys(activity["actor"]))
    colours = colours_for(actors)
    markers = ["o", "s", "^", "D", "v", "P", "X", "*"]
    for i, actor in enumerate(actors):
        part = activity[activity["actor"].eq(actor)]
        busy = np.flatnonzero(part["events"].to_numpy() > 0).tolist()  # no mark on empty days
        ax.plot(
            pd.to_datetime(part["period_start"]),
            part["events"],
            marker=markers[i % len(markers)],
            markevery=busy,
            color=colours[actor],
            label=wrap(actor, 44),
            linewidth=1.8,
        )
    set_title(fig, title)
    ax.set_ylabel("events per period")
    ax.set_xlabel("period starting")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, activity["events"].max() * 1.2 + 0.5)
    date_axis(ax, pd.to_datetime(activity["period_start"]))
    _legend_below(fig, ax, columns=1 if len(actors) > 2 else 2)
    return fig


def stacked_groups(
    frame: pd.DataFrame,
    label: str,
    by: str = "victim_group",
    value: str = "best",
    title: str = "Fatalities by victim group",
    xlabel: str = "fatalities (best estimate)",
) -> Figure:
    """Horizontal bars per ``label`` stacked by ``by`` (e.g. victims of each actor)."""
    if frame.empty or frame[value].sum() == 0:
        return empty(title)
    table = frame.pivot_table(index=label, columns=by, values=value, aggfunc="sum", fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    table = table[[c for c in table.columns if table[c].sum() > 0]]
    colours = colours_for(list(table.columns), VICTIM_COLOURS)
    labels = [wrap(v, 24) for v in table.index]
    lines = sum(max(1, t.count("\n") + 1) for t in labels)
    fig, ax = new_figure(height=max(1.8, 0.3 * lines + 0.16 * len(table) + 1.3), width=NARROW)
    y = np.arange(len(table))
    left = np.zeros(len(table))
    for column in table.columns:
        widths = table[column].to_numpy(dtype=float)
        ax.barh(
            y, widths, left=left, color=colours[column], height=0.6, label=column.replace("_", " ")
        )
        left += widths
    ax.set_yticks(y, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlim(0, left.max() * 1.15 + 1)
    set_title(fig, title)
    ax.set_xlabel(xlabel)
    _legend_below(fig, ax)
    return fig
