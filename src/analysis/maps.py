"""Maps of a selection: where violence happened, drawn offline over Natural Earth outlines.

Two maps, each a :class:`matplotlib.figure.Figure` like the charts of :mod:`analysis.plots`:

- :func:`event_map`: every event placed to a town or district is a point sized by its best
  fatality estimate and coloured by event type, victim group or actor, the deadliest places
  named (:func:`deadliest_places`); an event known only
  to its province shades that province instead of pretending to a point; events known only
  to their country are counted under the map;
- :func:`admin1_choropleth`: best-estimate fatalities per province, when the selection
  spans several provinces (:func:`spans_provinces`), titled by what the units are called
  (:func:`analysis.boundaries.admin1_term`: "Deaths per region" for Burkina Faso or Mali).

Their labels (place names, boxed counts, province names) never overlap one another nor leave
the map, and keep off the event map's circles where there is room: :func:`place_labels`
tries a few spots around each, in order of importance, and leaves out what fits nowhere;
the figure says how many (``places_not_named``, ``counts_not_shown``, ``units_not_named``).

Outlines come from :mod:`analysis.boundaries`; nothing is fetched from the network.

>>> from analysis.explore import demo_store, load
>>> events = load(demo_store(), admin1="Balochistan")
>>> event_map(events.events, events.fatalities).get_suptitle()
'Where events happened, by event type'
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis import boundaries, metrics, plots

LOCATED = ("point", "province", "country")
POINT_PRECISIONS = ("exact", "near", "admin2", "unknown")
PROVINCE_SHADE = "#BBD7EA"
LAND, COAST, BORDER, PROVINCE_LINE = "#F4F3EE", "#6E6E6E", "#5A5A5A", "#B5B5B5"
UNKNOWN_TOLL = "toll unknown"
NO_DEATHS = "no deaths"
OTHER_ACTORS = "other actors"
MAP_WIDTH = 4.4  # inches: 422 CSS px, so on a 375 px phone the text shrinks by a tenth at most
NAMED_PLACES = 5  # the deadliest places are named on the map, at most this many
LABEL_SIZE = 7.5  # points: province names
# where a label may go around its anchor, in the order tried: (x, y) directions, scaled by
# the label's gap in points; (0, 0) is centred on the anchor
AROUND = ((1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7))
CENTRED = ((0, 0), *AROUND)
# a boxed count may also go two or three gaps away, to clear the circles at its centre
RINGED = (*CENTRED, *((2 * x, 2 * y) for x, y in AROUND), *((3 * x, 3 * y) for x, y in AROUND))
COLOUR_TITLES = {"event_type": "event type", "victim_group": "victim group", "actor": "actor"}


def located(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """``events`` with their fatality bounds, ``unit`` (the row of
    :func:`analysis.boundaries.admin1_units` their province is), ``by_admin2`` (that unit
    is the one their district names: :func:`analysis.boundaries.admin1_placed`) and
    ``where``: "point"
    (coordinates to a town or district), "province" (known only to the province) or
    "country" (no finer place known)."""
    frame = metrics.with_fatalities(events, fatalities) if len(events) else events.copy()
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return frame.assign(
            unit=pd.Series(dtype="Int64"),
            by_admin2=pd.Series(dtype="bool"),
            where=pd.Series(dtype="str"),
        )
    has_point = frame["latitude"].notna() & frame["longitude"].notna()
    precision = frame["geo_precision"].astype("str").fillna("unknown")
    placed = boundaries.admin1_placed(frame)
    point = has_point & precision.isin(POINT_PRECISIONS)
    province = ~point & placed["unit"].notna()
    where = np.select([point, province], ["point", "province"], "country")
    return frame.assign(
        unit=placed["unit"],
        by_admin2=placed["by_admin2"],
        where=pd.Series(where, index=frame.index, dtype="str"),
    )


def spans_provinces(events: pd.DataFrame) -> bool:
    """Whether a per-province map says something: the events lie in two provinces or more.

    >>> spans_provinces(pd.DataFrame({"iso3": ["PAK", "PAK"], "admin1": ["Sindh", "Punjab"]}))
    True
    """
    if events.empty or "admin1" not in events:
        return False
    return boundaries.admin1_index(events).dropna().nunique() > 1


def province_term(events: pd.DataFrame) -> str:
    """What the admin-1 units ``events`` lie in are called, in the singular
    (:func:`analysis.boundaries.admin1_term` of their countries): "region", "state",
    "province" (also when the countries differ or none is known).

    >>> province_term(pd.DataFrame({"iso3": ["BFA"], "admin1": ["Sahel"]}))
    'region'
    >>> province_term(pd.DataFrame({"iso3": ["PAK"], "admin1": ["Sindh"]}))
    'province'
    """
    if events.empty or "admin1" not in events:
        return "province"
    rows = boundaries.admin1_index(events).dropna().astype("int64").unique()
    return boundaries.admin1_term(set(boundaries.admin1_units().loc[rows, "iso3"]))


def outline_notes(frame: pd.DataFrame) -> tuple[dict[str, list[str]], pd.DataFrame]:
    """What the maps of ``frame`` (:func:`located`) cannot draw as the sources name it:
    the larger unit → the selection's provinces drawn within it (the map's boundaries have
    only the unit they were cut from: :func:`analysis.boundaries.drawn_within`), and the
    provinces the boundaries do not have at all, with their ``events`` and ``best``
    deaths, most events first.

    >>> frame = pd.DataFrame({"iso3": ["COD", "COD", "COD", "SDN", "SDN"],
    ...     "admin1": ["Ituri", "Tshopo", "Nord-Kivu", "West Kordofan", "West Kordofan"],
    ...     "unit": [1, 1, 2, pd.NA, pd.NA], "best": [4, 1, 2, 3, None]})
    >>> within, missing = outline_notes(frame)
    >>> within
    {'Orientale': ['Ituri', 'Tshopo']}
    >>> missing.to_dict("index")
    {'West Kordofan': {'events': 2, 'best': 3}}
    """
    empty = pd.DataFrame({"events": pd.Series(dtype="int64"), "best": pd.Series(dtype="int64")})
    if frame.empty or "admin1" not in frame:
        return {}, empty
    named = frame["admin1"].astype("string").str.strip().replace("", pd.NA).notna()
    larger = boundaries.drawn_within(frame)
    within: dict[str, list[str]] = {}
    pairs = zip(larger[larger.notna()], frame["admin1"][larger.notna()], strict=True)
    for unit, name in sorted(set(pairs)):
        within.setdefault(unit, []).append(name)
    # a province with no country known is not said to be missing from the boundaries
    countries = [frame[c] for c in ("iso3", "country") if c in frame]
    known = pd.concat(countries, axis=1).notna().any(axis=1) if countries else named & False
    lost = frame[named & known & frame["unit"].isna()]
    if lost.empty:
        return within, empty
    missing = lost.groupby("admin1").agg(
        events=("admin1", "size"), best=("best", lambda s: int(s.fillna(0).sum()))
    )
    missing = missing.sort_values(["events", "best"], ascending=False, kind="stable")
    return within, missing.astype("int64")


def outline_caption(frame: pd.DataFrame, term: str = "province", drawn: bool = True) -> str:
    """The sentences under a map that say what :func:`outline_notes` found: provinces drawn
    as a larger unit, and those not on the map at all (``drawn``: the event map, which
    leaves their events out; else the deaths map, which leaves out their deaths).

    >>> frame = pd.DataFrame({"iso3": ["KEN", "KEN", "SDN"],
    ...     "admin1": ["Mandera", "Wajir", "West Kordofan"], "unit": [5, 5, pd.NA],
    ...     "best": [2, 0, 7]})
    >>> import textwrap
    >>> print(textwrap.fill(outline_caption(frame), 88))
    Mandera and Wajir are drawn as North Eastern, the larger province they lie in: the map's
    boundaries predate them. 1 event(s) in West Kordofan are not drawn: the map's boundaries
    do not have that province.
    >>> print(textwrap.fill(outline_caption(frame.tail(1), drawn=False), 88))
    1 event(s) with 7 death(s) in West Kordofan are not in it: the map's boundaries do not
    have that province.

    A province the map's units divide and the region table lacks (the Philippines' Negros
    Island Region of 2024, whose events name their province as ``admin2``) is said to be
    drawn by its events' districts:

    >>> frame = pd.DataFrame({"iso3": "PHL", "admin1": ["Negros Island Region"] * 2,
    ...     "admin2": ["Negros Oriental", "Siquijor"], "unit": [1, 2], "best": [1, 2],
    ...     "by_admin2": True})
    >>> print(textwrap.fill(outline_caption(frame, "region"), 80, break_on_hyphens=False))
    Negros Island Region is not one of the map's regions: its events are drawn where
    their second-level place lies (Negros Oriental and Siquijor).
    """
    within, missing = outline_notes(frame)
    sentences = []
    divided = _divided(frame)
    if divided:
        one = len(divided) == 1
        places = sorted({p for parts in divided.values() for p in parts})
        shown = places if len(places) <= 6 else [*places[:5], f"{len(places) - 5} more"]
        among = f"one of the map's {term}s" if one else f"among the map's {term}s"
        sentences.append(
            f"{_listed(list(divided))} {'is' if one else 'are'} not {among}: "
            f"{'its' if one else 'their'} events are drawn where their second-level place "
            f"lies ({_listed(shown)})."
        )
    merged = set(frame["admin1"][boundaries.merged_away(frame)]) if within else set()
    for unit, names in within.items():
        cut = [n for n in names if n not in merged]
        if cut:
            one = len(cut) == 1
            sentences.append(
                f"{_listed(cut)} {'is' if one else 'are'} drawn as {unit}, the larger {term} "
                f"{'it lies' if one else 'they lie'} in: the map's boundaries predate "
                f"{'it' if one else 'them'}."
            )
        joined = [n for n in names if n in merged]
        if joined:
            one = len(joined) == 1
            sentences.append(
                f"{_listed(joined)} {'is' if one else 'are'} drawn as {unit}, the {term} "
                f"{'it was' if one else 'they were'} merged into."
            )
    if len(missing):
        lacked = f"that {term}" if len(missing) == 1 else f"these {term}s"
        events = f"{int(missing['events'].sum()):,} event(s)"
        if not drawn:
            events += f" with {int(missing['best'].sum()):,} death(s)"
        sentences.append(
            f"{events} in {_listed(list(missing.index))} are "
            f"{'not drawn' if drawn else 'not in it'}: the map's boundaries do not have "
            f"{lacked}."
        )
    return " ".join(sentences)


def _divided(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The provinces of ``frame`` (:func:`located`) whose events are drawn in the unit their
    ``admin2`` names (``by_admin2``) → those districts, each once."""
    if frame.empty or "by_admin2" not in frame:
        return {}
    lower = frame["by_admin2"].astype(bool)
    if not lower.any():
        return {}
    out: dict[str, list[str]] = {}
    pairs = zip(frame["admin1"][lower], frame["admin2"][lower], strict=True)
    for province, district in sorted(set(pairs)):
        out.setdefault(str(province), []).append(str(district))
    return out


def event_map_caption(
    events: pd.DataFrame, fatalities: pd.DataFrame, figure: Figure, colour_by: str = "event_type"
) -> str:
    """The words under :func:`event_map`'s ``figure`` of ``events``: what the colours are,
    how many events are drawn as points and as shaded provinces, how many are not drawn (known
    only to their country, or in a province the boundaries lack), which provinces are drawn as
    the larger unit they were cut from, what was left unlabelled for want of room, and the
    boundaries' credit.

    >>> from analysis.explore import demo_store, load
    >>> events = load(demo_store(), admin1="Balochistan")
    >>> figure = event_map(events.events, events.fatalities)
    >>> caption = event_map_caption(events.events, events.fatalities, figure)
    >>> caption.startswith("Colour: event type."), caption.endswith(boundaries.CREDIT)
    (True, True)
    """
    placed = located(events, fatalities)
    where = placed["where"].value_counts()
    points, provinces, country = (int(where.get(k, 0)) for k in LOCATED)
    # events whose province the map's boundaries lack are said apart
    _, lacking = outline_notes(placed[placed["where"].ne("point")])
    country -= int(lacking["events"].sum())
    term = province_term(events)
    # names that would overlap another label are left out, and said to be
    unnamed = getattr(figure, "places_not_named", 0)
    room = f" ({unnamed:,} of them not named, for want of room)" if unnamed else ""
    hidden = getattr(figure, "counts_not_shown", 0)
    crowded = f" ({hidden:,} of these numbers not shown, for want of room)" if hidden else ""
    sentences = [
        f"{points:,} event(s) placed to a town or district: circles sized by the best "
        f"estimate of deaths (hollow: toll unknown); {_named(placed, room)}."
        if points
        else "No event is placed to a town or district."
    ]
    if provinces:
        sentences.append(
            f"{provinces:,} event(s) known only to "
            f"their {term}: the {term} is shaded, with their number{crowded}."
        )
    if country:
        sentences.append(f"{country:,} event(s) known only to their country are not drawn.")
    outlines = outline_caption(placed[placed["where"].ne("point")], term)
    if outlines:
        sentences.append(outlines)
    caption = " ".join(sentences)
    colour = COLOUR_TITLES.get(colour_by, colour_by)
    return f"Colour: {colour}. {caption} {boundaries.CREDIT}"


def deaths_map_caption(events: pd.DataFrame, fatalities: pd.DataFrame, figure: Figure) -> str:
    """The words under :func:`admin1_choropleth`'s ``figure`` of ``events``: what is
    counted, the provinces left unnamed for want of room, those drawn as a larger unit or
    not drawn at all (with their deaths), and the boundaries' credit.

    >>> from analysis.explore import demo_store, load
    >>> events = load(demo_store(), country="Pakistan")
    >>> figure = admin1_choropleth(events.events, events.fatalities)
    >>> deaths_map_caption(events.events, events.fatalities, figure)[:70]
    'Best estimate of deaths per province, every event whose province is kn'
    """
    term = province_term(events)
    unnamed = getattr(figure, "units_not_named", 0)
    room = f" {unnamed:,} {term}(s) not named, for want of room." if unnamed else ""
    outlines = outline_caption(located(events, fatalities), term, drawn=False)
    return (
        f"Best estimate of deaths per {term}, every event whose {term} "
        f"is known.{room}{f' {outlines}' if outlines else ''} {boundaries.CREDIT}"
    )


def _spelling(counts: pd.Series, own: str) -> str:
    """The name most events give a unit (``counts``: name → events); on a tie Natural
    Earth's own name ``own`` if it is one of them, else the first in alphabetical order.

    >>> _spelling(pd.Series({"KP": 1, "Khyber Pakhtunkhwa": 1}), "Khyber Pakhtunkhwa")
    'Khyber Pakhtunkhwa'
    >>> _spelling(pd.Series({"West Darfur": 2}), "West Soudan")
    'West Darfur'
    """
    best = counts[counts.eq(counts.max())].index
    return own if own in best else sorted(best)[0]


def _listed(names: list[str]) -> str:
    """Names joined for a sentence: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _categories(frame: pd.DataFrame, fatalities: pd.DataFrame, by: str, top: int) -> pd.Series:
    """The category each event is coloured by."""
    if by == "event_type":
        return frame["event_type"].astype("str").fillna("Unknown")
    if by == "victim_group":
        if fatalities.empty:
            return pd.Series(UNKNOWN_TOLL, index=frame.index, dtype="str")
        known = fatalities[fatalities["best"].fillna(0).gt(0)]
        worst = known.sort_values(["cluster_id", "best"], ascending=[True, False])
        group = worst.drop_duplicates("cluster_id").set_index("cluster_id")["victim_group"]
        labels = group.map(lambda g: metrics.GROUP_LABELS.get(g, g))
        none = pd.Series(NO_DEATHS, index=frame.index).mask(
            metrics.toll_unknown(frame), UNKNOWN_TOLL
        )
        return frame["cluster_id"].map(labels).fillna(none).astype("str")
    if by == "actor":
        actor = frame["actor1"].astype("str").fillna("unidentified actor")
        keep = set(metrics.top_actors(frame, top)) if len(frame) else set()
        return actor.where(actor.isin(keep), OTHER_ACTORS).astype("str")
    raise ValueError(f"colour_by: expected event_type, victim_group or actor, not {by!r}")


def _extent(points: pd.DataFrame, units, countries) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) around the points and shaded provinces, padded."""
    xs, ys = list(points["longitude"]), list(points["latitude"])
    if len(units):
        x0, y0, x1, y1 = _bounds(units)
        xs += [x0, x1]
        ys += [y0, y1]
    if not xs:
        x0, y0, x1, y1 = countries.total_bounds
        xs, ys = [x0, x1], [y0, y1]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad_x = max((x1 - x0) * 0.08, 0.6)
    pad_y = max((y1 - y0) * 0.08, 0.6)
    return x0 - pad_x, y0 - pad_y, x1 + pad_x, y1 + pad_y


def _bounds(units) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of ``units``, a unit across the 180th meridian taken on the
    side of most of its area (Alaska's Aleutians reach 172° E: its plain bounds span the
    world).

    >>> from shapely.geometry import MultiPolygon, box
    >>> import geopandas as gpd
    >>> alaska = MultiPolygon([box(-170, 55, -140, 70), box(172, 52, 179, 53)])
    >>> _bounds(gpd.GeoSeries([alaska, box(-125, 32, -114, 42)]))
    (-170.0, 32.0, -114.0, 70.0)
    """
    boxes = []
    for geometry in units.geometry if hasattr(units, "geometry") else units:
        if geometry is None or geometry.is_empty:
            continue
        x0, y0, x1, y1 = geometry.bounds
        if x1 - x0 > 180 and hasattr(geometry, "geoms"):
            west = [g for g in geometry.geoms if g.centroid.x < 0]
            east = [g for g in geometry.geoms if g.centroid.x >= 0]
            side = max(west, east, key=lambda parts: sum(g.area for g in parts))
            x0 = min(g.bounds[0] for g in side)
            y0 = min(g.bounds[1] for g in side)
            x1 = max(g.bounds[2] for g in side)
            y1 = max(g.bounds[3] for g in side)
        boxes.append((x0, y0, x1, y1))
    if not boxes:
        return tuple(float(v) for v in units.total_bounds)
    x0, y0, x1, y1 = zip(*boxes, strict=True)
    return float(min(x0)), float(min(y0)), float(max(x1)), float(max(y1))


def _around(drawn, holding) -> object:
    """The drawn units a deaths-per-province map is framed on: those holding the
    selection's events (``holding``, their index), and the units within
    :data:`AROUND_DEGREES` of the box around them (a point inside each), so that a country's
    remote units without an event (Hawaii and Alaska in a report on the United States, the
    overseas departments in one on France, the Canaries in one on mainland Spain) do not
    shrink its map to a corner of the world, while the rest of the country around the events
    stays in the frame.

    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> units = gpd.GeoDataFrame(geometry=[box(0, 0, 2, 2), box(9, 0, 11, 2), box(40, 0, 41, 1)])
    >>> list(_around(units, [0]).index)
    [0, 1]
    """
    import shapely
    from shapely.geometry import box

    inner = drawn[drawn.index.isin(list(holding))]
    if inner.empty:
        return drawn
    frame = box(*_bounds(inner))
    # (in degrees, as the map is drawn: shapely's own distance, no projection)
    points = shapely.point_on_surface(drawn.geometry.to_numpy())
    near = shapely.distance(points, frame) <= AROUND_DEGREES
    return drawn[near | drawn.index.isin(list(holding))]


# how far from the box of the units holding events another unit of the country may lie and
# still be framed by a deaths-per-province map (degrees)
AROUND_DEGREES = 10.0


def _sizes(best: pd.Series, biggest: float) -> np.ndarray:
    """Marker areas (points²): grow with the square root of deaths, so area reads as toll."""
    scale = 260 / np.sqrt(max(biggest, 1))
    return 12 + scale * np.sqrt(best.fillna(0).clip(lower=0).to_numpy(dtype=float))


def _base(extent, width: float = MAP_WIDTH):
    """A figure with the land, provinces and borders inside ``extent``."""
    x0, y0, x1, y1 = extent
    middle = np.radians((y0 + y1) / 2)
    aspect = 1 / max(np.cos(middle), 0.2)
    height = float(np.clip(width * (y1 - y0) * aspect / (x1 - x0), 2.6, 6.0))
    fig, ax = plots.new_figure(height=height + 1.6, width=width)
    fig.keep_aspect = True  # markup.figure scales its desktop copy in both directions
    ax.set_facecolor("#DCEAF4")  # sea
    world = boundaries.countries().cx[x0:x1, y0:y1]
    world.plot(ax=ax, color=LAND, edgecolor="none", zorder=1)
    # a region's provinces (Burkina Faso's), but Khyber Pakhtunkhwa whole, former FATA in it
    units = boundaries.outlined_units(boundaries.admin1_units()).cx[x0:x1, y0:y1]
    units.boundary.plot(ax=ax, color=PROVINCE_LINE, linewidth=0.5, zorder=2)
    world.boundary.plot(ax=ax, color=BORDER, linewidth=0.9, zorder=3)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(aspect)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#999999")
    credit = ax.text(
        0.995,
        0.005,
        "Made with Natural Earth",
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=7,
        color="#555555",
    )
    return fig, ax, credit


def _label_units(
    ax, units, names: pd.Series | None = None, limit: int = 12, dark: set | None = None
) -> list:
    """Province names at their centres, when few enough to stay readable (white on the
    ``dark`` ones), outlined in the other colour so that a name reaching over a lighter
    neighbour still reads, and moved in from the map's edge so that none is cut off; the
    annotations, in the order of ``units``, for :func:`place_labels`."""
    if len(units) > limit:
        return []
    labels = []
    for _, unit in units.iterrows():
        centre = unit.geometry.representative_point()
        text = plots.wrap(unit["name"], 14) if names is None else names[unit.name]
        white = unit.name in (dark or set())
        label = ax.annotate(
            text,
            _inside(ax, (centre.x, centre.y), text, LABEL_SIZE),
            ha="center",
            va="center",
            fontsize=LABEL_SIZE,
            color="white" if white else "#333333",
            path_effects=[
                patheffects.withStroke(linewidth=2, foreground="#5A1A10" if white else "white")
            ],
            zorder=4,
        )
        labels.append(label)
    return labels


def _inside(ax, xy: tuple[float, float], text: str, size: float) -> tuple[float, float]:
    """Where to centre ``text`` (``size`` points) near ``xy`` so that it stays inside the
    map's limits: its extent is worked out from its longest line and its number of lines
    (a character about 0.6 of the size wide, a line 1.25 high), in data units of the
    figure's width and the map's aspect.

    >>> fig, ax = plots.new_figure(width=4.4)
    >>> ax.set_xlim(0, 10); ax.set_ylim(0, 10); ax.set_aspect(1.0)
    (0.0, 10.0)
    (0.0, 10.0)
    >>> x, y = _inside(ax, (9.9, 5.0), "Khyber Pakhtunkhwa", 7.5)
    >>> 8.0 < x < 9.0, y
    (True, 5.0)
    """
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    lines = str(text).split("\n")
    per_inch = (x1 - x0) / (ax.figure.get_figwidth() * 0.95)  # x data units per inch
    aspect = ax.get_aspect() if isinstance(ax.get_aspect(), float) else 1.0
    half_w = max(len(line) for line in lines) * size * 0.6 / 72 * per_inch / 2
    half_h = len(lines) * size * 1.25 / 72 * per_inch / aspect / 2
    x = min(max(xy[0], x0 + half_w), x1 - half_w) if x1 - x0 > 2 * half_w else (x0 + x1) / 2
    y = min(max(xy[1], y0 + half_h), y1 - half_h) if y1 - y0 > 2 * half_h else (y0 + y1) / 2
    return float(x), float(y)


def place_labels(
    ax,
    labels: list,
    gaps: list[float] | float = 4.0,
    around: tuple = AROUND,
    obstacles: list = (),
    marks: list = (),
) -> int:
    """Move each of ``labels`` (annotations, in priority order) to the first position
    ``around`` its anchor where it overlaps no label placed before it nor any of
    ``obstacles`` (texts that stay where they are) and lies inside the axes; a label that
    fits nowhere is removed. Returns how many were removed.

    ``marks`` (scatter collections: the map's circles) are kept clear where a position
    allows it: the first position clear of them is taken, and only when none is does a
    label lie over a circle (at the first position it would have taken without them), so
    a label is never left out for a circle's sake.

    Each position is a direction from the label's own spot (its ``xyann``: points from the
    anchor, or data coordinates) times its gap (``gaps``: one for all, or one per label, in
    points); the text is aligned away from the anchor (to the right of it: left-aligned).
    Extents are measured with the figure's renderer after laying the figure out, the box
    of a boxed label and a margin for an outline included; the figure should be complete
    (legend, colour bar, title) before, since they change the axes' size. The labels keep
    out of the figure's layout.

    >>> fig, ax = plots.new_figure(height=2.0, width=3.0)
    >>> ax.set_xlim(0, 10); ax.set_ylim(0, 10)
    (0.0, 10.0)
    (0.0, 10.0)
    >>> quetta, mastung, far = (ax.annotate(name, xy, xytext=(0, 0), textcoords="offset points")
    ...     for name, xy in (("Quetta", (5, 5)), ("Mastung", (5, 5)), ("Far", (30, 5))))
    >>> place_labels(ax, [quetta, mastung, far], gaps=4.0)
    1
    >>> quetta.xyann, quetta.get_ha(), mastung.xyann, mastung.get_ha()
    ((4.0, 0.0), 'left', (-4.0, 0.0), 'right')
    >>> far in ax.texts
    False

    A circle at the anchor's right sends a label to its left:

    >>> dot = ax.scatter([5.8], [3.0], s=100)
    >>> kalat = ax.annotate("Kalat", (5, 3), xytext=(0, 0), textcoords="offset points")
    >>> place_labels(ax, [kalat], gaps=4.0, marks=[dot]), kalat.xyann
    (0, (-4.0, 0.0))
    """
    labels = list(labels)
    if not labels:
        return 0
    fig = ax.get_figure(root=True)
    gaps = [float(gaps)] * len(labels) if np.isscalar(gaps) else [float(g) for g in gaps]
    for label in labels:
        label.set_in_layout(False)
        if label.anncoords not in ("offset points", "data"):
            raise ValueError(f"labels: offset points or data coordinates, not {label.anncoords}")
    fig.draw_without_rendering()  # the layout: the axes' final size and place
    box = ax.get_window_extent()
    placed = [_label_extent(t) for t in obstacles]
    circles = _circles(ax, marks)
    left_out = 0
    for label, gap in zip(labels, gaps, strict=True):
        start = tuple(float(v) for v in label.xyann)
        free = []  # the positions that fit, each clear of the circles or not
        for dx, dy in around:
            label.set_ha("left" if dx > 0 else "right" if dx < 0 else "center")
            label.set_va("bottom" if dy > 0 else "top" if dy < 0 else "center")
            label.xyann = _shifted(ax, label, start, dx * gap, dy * gap)
            extent = _label_extent(label)
            inside = box.x0 <= extent.x0 and extent.x1 <= box.x1
            inside = inside and box.y0 <= extent.y0 and extent.y1 <= box.y1
            if inside and not any(extent.overlaps(other) for other in placed):
                clear = not _covers(extent, circles)
                free.append((clear, label.xyann, label.get_ha(), label.get_va(), extent))
                if clear:
                    break
        if not free:
            label.remove()
            left_out += 1
            continue
        _, label.xyann, ha, va, extent = next((f for f in free if f[0]), free[0])
        label.set_ha(ha)
        label.set_va(va)
        placed.append(extent)
    return left_out


def _circles(ax, marks) -> np.ndarray:
    """The circles of ``marks`` (scatter collections) as drawn: one row of x, y and radius
    per circle, in pixels."""
    rows = [np.empty((0, 3))]
    pixels = ax.get_figure(root=True).dpi / 72
    for mark in marks:
        offsets = np.asarray(mark.get_offsets(), dtype=float).reshape(-1, 2)
        if not len(offsets):
            continue
        centres = mark.get_offset_transform().transform(offsets)
        sizes = np.resize(np.asarray(mark.get_sizes(), dtype=float), len(offsets))
        # a label may graze a circle by a point: a name's gap is its circle's radius plus
        # two points, less the outline's margin at a corner
        radius = np.maximum(np.sqrt(sizes) / 2 - 1, 0) * pixels
        rows.append(np.column_stack([centres, radius]))
    return np.concatenate(rows)


def _covers(extent, circles: np.ndarray) -> bool:
    """Whether any of ``circles`` (x, y, radius in pixels) reaches into ``extent``: the
    point of the box nearest each centre lies within its radius."""
    if not len(circles):
        return False
    nearest_x = np.clip(circles[:, 0], extent.x0, extent.x1)
    nearest_y = np.clip(circles[:, 1], extent.y0, extent.y1)
    gap = np.hypot(circles[:, 0] - nearest_x, circles[:, 1] - nearest_y)
    return bool((gap < circles[:, 2]).any())


def _shifted(ax, label, start: tuple, dx: float, dy: float) -> tuple[float, float]:
    """``start`` (the label's ``xyann``) moved by ``dx``, ``dy`` points, in its own
    coordinates."""
    if label.anncoords == "offset points":
        return (start[0] + dx, start[1] + dy)
    pixels = ax.get_figure(root=True).dpi / 72
    x, y = ax.transData.transform(start)
    moved = ax.transData.inverted().transform((x + dx * pixels, y + dy * pixels))
    return (float(moved[0]), float(moved[1]))


def _label_extent(label):
    """The window extent of a label as drawn: its text, its box (a boxed count) and a
    margin of 1.5 points for the white outline around it."""
    pixels = label.get_figure(root=True).dpi / 72
    extent = label.get_window_extent()
    patch = label.get_bbox_patch()
    margin = 1.5 * pixels
    if patch is not None:
        style = patch.get_boxstyle()
        margin += getattr(style, "pad", 0.3) * label.get_size() * pixels
        margin += patch.get_linewidth() * pixels / 2
    return extent.padded(margin)


def _named(placed: pd.DataFrame, room: str) -> str:
    """Which places :func:`event_map` names, as its caption says it: the deadliest, as many as
    have deaths, or none when no placed event has a recorded death.

    >>> placed = pd.DataFrame({"where": ["point"] * 3, "location": ["Kalat", "Bela", "Kalat"],
    ...     "longitude": [66.6, 66.3, 66.6], "latitude": [29.0, 26.2, 29.0], "best": [3, 0, 1]})
    >>> _named(placed, "")
    'the 1 place with deaths named'
    """
    points = placed[placed["where"].eq("point")]
    # every place deadliest_places could name: the ones with deaths
    with_deaths = len(deadliest_places(points, most=len(points)))
    if with_deaths == 0:
        return "no placed event has a recorded death, so no place is named"
    if with_deaths > NAMED_PLACES:
        return f"the {NAMED_PLACES} deadliest of the {with_deaths:,} places with deaths named{room}"
    places = "place" if with_deaths == 1 else "places"
    return f"the {with_deaths:,} {places} with deaths named{room}"


def event_map(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    colour_by: str = "event_type",
    title: str | None = None,
    top: int = 6,
    zoom: str = "provinces",
) -> Figure:
    """Events as points sized by best fatalities and coloured by ``colour_by``
    (``event_type``, ``victim_group`` or ``actor``: actor 1, the ``top`` most active, the
    rest as "other actors"); events known only to their province shade it. ``zoom``:
    "provinces" takes in the provinces of the points, "events" (a district's selection)
    the points and shaded provinces alone."""
    if zoom not in ("provinces", "events"):
        raise ValueError(f"zoom: expected provinces or events, not {zoom!r}")
    title = title or f"Where events happened, by {COLOUR_TITLES.get(colour_by, colour_by)}"
    frame = located(events, fatalities)
    if frame.empty or frame["where"].eq("country").all():
        return plots.empty(title, "No event of this selection has a known place.")
    frame["category"] = _categories(frame, fatalities, colour_by, top)
    points = frame[frame["where"].eq("point")]
    in_province = frame[frame["where"].eq("province")]
    all_units = boundaries.admin1_units()
    shaded = all_units.loc[in_province["unit"].dropna().astype(int).unique()]
    # the map takes in the provinces the points are in, so a selection of one town still
    # shows where it is (its province's outline), not a patch of land around one dot
    home = all_units.loc[points["unit"].dropna().astype(int).unique()]
    if zoom == "events" and len(points):
        home = home.iloc[0:0]
    fig, ax, credit = _base(_extent(points, pd.concat([shaded, home]), boundaries.countries()))
    boxes = []
    if len(shaded):
        counts = in_province.groupby("unit").size()
        shaded.plot(ax=ax, color=PROVINCE_SHADE, edgecolor="#4A7FA6", linewidth=0.8, zorder=2.5)
        for row, unit in shaded.iterrows():
            centre = unit.geometry.representative_point()
            box = ax.annotate(
                f"{int(counts.get(row, 0)):,}",
                (centre.x, centre.y),
                xytext=(0, 0),
                textcoords="offset points",
                ha="center",
                va="center",
                fontsize=8.5,
                fontweight="bold",
                color="#1F4E79",
                bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#4A7FA6", "lw": 0.8},
                zorder=6,  # above the points: the number of events known only to the province
            )
            boxes.append(box)
    fixed = plots.FIXED_COLOURS.get(colour_by, {})
    names = points["category"].value_counts().index.tolist()
    if OTHER_ACTORS in names:
        names = [n for n in names if n != OTHER_ACTORS] + [OTHER_ACTORS]
    palette = plots.colours_for(
        names, fixed | {OTHER_ACTORS: plots.GREY, UNKNOWN_TOLL: "#FFFFFF", NO_DEATHS: "#C8C8C8"}
    )
    biggest = float(frame["best"].fillna(0).max() or 1)
    order = points.sort_values("best", ascending=False, na_position="first")  # small on top
    unknown = metrics.toll_unknown(order)
    dots = ax.scatter(
        order["longitude"],
        order["latitude"],
        s=_sizes(order["best"], biggest),
        c=[
            palette[c] if not u else "none" for c, u in zip(order["category"], unknown, strict=True)
        ],
        edgecolors=["#333333" if u else "white" for u in unknown],
        linewidths=0.6,
        zorder=5,
    )
    # a name starts 2 points clear of its place's largest circle
    radius = pd.Series(np.sqrt(_sizes(points["best"], biggest)) / 2, index=points.index)
    radius = radius.groupby(points["location"]).max() if "location" in points else radius
    places = deadliest_places(points)
    labels = [
        ax.annotate(
            name,
            (x, y),
            xytext=(0, 0),
            textcoords="offset points",
            fontsize=8,
            color="#222222",
            path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
            zorder=7,
        )
        for name, (x, y) in places.items()
    ]
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor=palette[n],
            markeredgecolor="#333333" if n == UNKNOWN_TOLL else "white",
            label=plots.wrap(n, 20),
        )
        for n in names
    ]
    if unknown.any() and UNKNOWN_TOLL not in names:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=8,
                markerfacecolor="none",
                markeredgecolor="#333333",
                label="toll unknown",
            )
        )
    # the size key only where a circle is sized by deaths: with none recorded every circle
    # is the smallest, and a "1 killed" key would say otherwise
    for deaths in _size_keys(biggest) if points["best"].fillna(0).gt(0).any() else []:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                color="#777777",
                markersize=float(np.sqrt(_sizes(pd.Series([deaths]), biggest)[0])),
                label=f"{deaths:,} killed",
            )
        )
    if len(shaded):
        handles.append(
            Patch(
                facecolor=PROVINCE_SHADE,
                edgecolor="#4A7FA6",
                label=f"known only to {province_term(events)}",
            )
        )
    fig.legend(handles=handles, loc="outside lower center", ncols=2, fontsize=10)
    _finish(fig, ax, title)
    # the boxed counts first, centred on their province if they can be: they are the only
    # mark of how many events are known only to it; then the names, deadliest first, kept
    # clear of the counts and of the credit; both off the circles where there is room
    fig.counts_not_shown = place_labels(
        ax, boxes, gaps=6.0, around=RINGED, obstacles=[credit], marks=[dots]
    )
    gaps = [float(radius.get(name, 0)) + 2 for name in places]
    kept = [t for t in boxes if t in ax.texts]
    fig.places_not_named = place_labels(ax, labels, gaps, obstacles=[credit, *kept], marks=[dots])
    return fig


def deadliest_places(points: pd.DataFrame, most: int = NAMED_PLACES) -> dict[str, tuple]:
    """The ``most`` places with the most deaths (best estimate, summed over their events;
    places with none left out), each with where to write its name (its first event's
    coordinates): a map's dots say where, these say which town.

    >>> points = pd.DataFrame({"location": ["Kalat", "Bela", "Kalat", "Pasni"],
    ...     "longitude": [66.6, 66.3, 66.6, 63.5], "latitude": [29.0, 26.2, 29.0, 25.3],
    ...     "best": [10, 16, 4, 0]})
    >>> deadliest_places(points, most=2)
    {'Bela': (66.3, 26.2), 'Kalat': (66.6, 29.0)}
    """
    if "location" not in points.columns:
        return {}
    named = points[points["location"].notna() & points["best"].fillna(0).gt(0)]
    if named.empty:
        return {}
    grouped = named.groupby("location", sort=False)
    deaths = grouped["best"].sum().sort_values(ascending=False, kind="stable").head(most)
    first = grouped[["longitude", "latitude"]].first()
    return {
        str(name): (float(first.loc[name, "longitude"]), float(first.loc[name, "latitude"]))
        for name in deaths.index
    }


def _finish(fig: Figure, ax, title: str) -> Figure:
    """Title; no axis labels (geopandas writes "Geodetic longitude")."""
    ax.set_xlabel("")
    ax.set_ylabel("")
    plots.set_title(fig, title)
    return fig


def _size_keys(biggest: float) -> list[int]:
    """Round fatality counts for the size key: 1, then a round number near the largest.

    >>> _size_keys(86), _size_keys(1)
    ([1, 10, 80], [1])
    """
    keys = [1]
    for step in (10, 100, 1000, 10000):
        if biggest >= step:
            keys.append(step)
    scale = 10 ** (len(str(int(biggest))) - 1)
    top = int(biggest) // scale * scale  # rounded down: no key bigger than the biggest circle
    if top > keys[-1] * 2:
        keys.append(top)
    return keys[:4]


def admin1_choropleth(
    events: pd.DataFrame, fatalities: pd.DataFrame, title: str | None = None
) -> Figure:
    """Best-estimate fatalities per province (every event whose province is known, whatever
    its precision), provinces without a death left white, with names and totals of the
    deadliest. The default title names the units as the countries call them ("Deaths per
    region" for Burkina Faso's regions: :func:`analysis.boundaries.admin1_term`)."""
    frame = located(events, fatalities)
    known = frame[frame["unit"].notna()] if len(frame) else frame
    units = boundaries.admin1_units()
    term = province_term(events)
    if title is None:
        title = f"Deaths per {term}"
    if known.empty:
        return plots.empty(title, "No event of this selection has a known province.")
    # a province of a region the sources use (Burkina Faso's Soum in Sahel) counts in it
    unit = known["unit"].to_numpy("int64")
    region = units["region"].fillna(-1).to_numpy("int64")[unit]
    unit = np.where(region >= 0, region, unit)
    totals = known.groupby(unit)["best"].agg(lambda s: int(s.fillna(0).sum()))
    if not totals.gt(0).any():  # a white map under a scale of 0 to 1 says nothing
        return plots.empty(title, f"No death is recorded in any {term}.")
    countries = units.loc[totals.index, "iso3"].unique()
    drawn = boundaries.drawn_units(units[units["iso3"].isin(countries)])
    fig, ax, credit = _base(
        _extent(known.iloc[0:0], _around(drawn, totals.index), boundaries.countries())
    )
    import matplotlib as mpl

    cmap = mpl.colormaps["OrRd"]
    top = max(int(totals.max()), 1)
    norm = mpl.colors.Normalize(vmin=0, vmax=top)
    values = drawn.index.map(lambda i: totals.get(i, 0))
    colours = [
        mpl.colors.to_hex(cmap(0.08 + 0.92 * norm(v))) if v > 0 else "#FFFFFF" for v in values
    ]
    drawn.plot(ax=ax, color=colours, edgecolor="#777777", linewidth=0.6, zorder=2.5)
    # a unit is named as the selection's events name it ("West Darfur", which Natural Earth
    # calls "West Soudan"; the district, where that is what names the unit), unless they lie
    # within it (Ituri in Orientale) or name a part of a region (Soum in the Sahel): then by
    # its own name
    own = boundaries.drawn_within(known).isna().to_numpy() & (region < 0)
    # drawn by its district (a region the region table lacks, the Philippines' Negros
    # Island Region): the district's name
    district = known["admin2"] if "admin2" in known else known["admin1"]
    named = known["admin1"].astype(object).where(~known["by_admin2"], district)
    counts = known[own].groupby([unit[own], named[own].to_numpy()]).size()
    spelled = {
        i: _spelling(group.droplevel(0), units.loc[i, "name"])
        for i, group in counts.groupby(level=0)
    }
    labels = {
        i: f"{plots.wrap(spelled.get(i, units.loc[i, 'name']), 14)}\n{int(v):,}"
        for i, v in totals.sort_values(ascending=False).head(8).items()
        if v > 0
    }
    dark = {i for i in labels if norm(totals[i]) > 0.55}
    names = _label_units(ax, drawn.loc[list(labels)], pd.Series(labels), limit=8, dark=dark)
    bar = mpl.cm.ScalarMappable(
        norm=norm, cmap=mpl.colors.ListedColormap(cmap(np.linspace(0.08, 1, 64)))
    )
    fig.colorbar(
        bar,
        ax=ax,
        orientation="horizontal",
        location="bottom",
        shrink=0.7,
        pad=0.02,
        label="deaths (best estimate); white: none recorded",
    )
    _finish(fig, ax, title)
    # the deadliest province's name first; one that fits nowhere is left out (its colour
    # still gives its deaths)
    fig.units_not_named = place_labels(ax, names, 4.0, around=CENTRED, obstacles=[credit])
    return fig
