"""Report tables: the deadliest events, a chronology, campaigns, breakdowns by victim group,
place and event type, and how each figure was reconciled; one formatter for ranges."""

from __future__ import annotations

import unicodedata

import pandas as pd

from analysis.metrics.totals import (
    BOUNDS,
    GROUP_LABELS,
    _in_events,
    _sum,
    toll_unknown,
    with_fatalities,
)
from analysis.schema import VICTIM_GROUPS


def fatality_range(low: object, best: object, high: object) -> str:
    """How a range reads in tables: "23", "21–33 (best 21)", "at least 4", "unknown".

    >>> fatality_range(21, 21, 33), fatality_range(23, 23, 23), fatality_range(None, None, None)
    ('21–33 (best 21)', '23', 'unknown')
    """
    lo, be, hi = (None if pd.isna(v) else int(v) for v in (low, best, high))
    if lo is None and be is None and hi is None:
        return "unknown"
    if hi is None:
        return f"at least {lo if lo is not None else be}"
    if lo is None:
        return f"up to {hi}"
    if lo == hi:
        return f"{lo}"
    return f"{lo}–{hi} (best {be if be is not None else lo})"


def killed_phrase(low: object, best: object, high: object) -> str:
    """ "23 killed", "35 killed (range 35–47)", "toll unknown".

    >>> killed_phrase(35, 35, 47), killed_phrase(23, 23, 23)
    ('35 killed (range 35–47)', '23 killed')
    """
    lo, be, hi = (None if pd.isna(v) else int(v) for v in (low, best, high))
    if be is None and lo is None:
        return "toll unknown"
    be = be if be is not None else lo
    if lo is not None and hi is not None and lo != hi:
        return f"{be:,} killed (range {lo:,}–{hi:,})"
    if hi is None:
        return f"at least {be:,} killed"
    return f"{be:,} killed"


# Each place column, and the geo_precision values that do not know it: an event placed
# only to its province has a stand-in location (ACLED codes it at the provincial capital).
UNKNOWN_AT = {
    "location": ("admin1", "country"),
    "admin2": ("admin1", "country"),
    "admin1": ("country",),
}


def known_place(events: pd.DataFrame, column: str) -> pd.Series:
    """``column`` of ``events``, missing where the event's ``geo_precision`` does not know a
    place that fine (:data:`UNKNOWN_AT`).

    >>> events = pd.DataFrame({"admin2": ["Quetta", "Kalat"],
    ...     "geo_precision": ["admin1", "admin2"]})
    >>> known_place(events, "admin2").tolist()
    [nan, 'Kalat']
    """
    value = events[column]
    if "geo_precision" not in events.columns or column not in UNKNOWN_AT:
        return value
    coarse = events["geo_precision"].astype("str").isin(UNKNOWN_AT[column]).fillna(False)
    return value.mask(coarse.to_numpy(dtype=bool))


def place_label(events: pd.DataFrame) -> pd.Series:
    """ "location, admin2, admin1" without repeats; the country when nothing finer is known.
    A repeat is a name equal to one before it once accents and case are set aside ("Ménaka,
    Menaka" is "Ménaka": the finer place's spelling is kept).

    An event whose ``geo_precision`` is ``admin1`` (or ``country``) is named by its province
    (or country) alone: its location is a stand-in (ACLED codes such an event at the
    provincial capital), not where it happened.

    >>> places = pd.DataFrame({"location": ["Kalat", None, None, "Quetta"],
    ...     "admin2": ["Kalat", None, None, "Quetta"],
    ...     "admin1": ["Balochistan", "Balochistan", None, "Balochistan"],
    ...     "country": ["Pakistan"] * 4, "geo_precision": ["admin2", None, None, "admin1"]})
    >>> place_label(places).tolist()
    ['Kalat, Balochistan', 'Balochistan', 'Pakistan', 'Balochistan']
    >>> place_label(pd.DataFrame({"location": ["Ménaka"], "admin1": ["MENAKA"]})).tolist()
    ['Ménaka']
    """
    label = pd.Series("", index=events.index, dtype="str")
    kept: list[pd.Series] = []
    for column in ("location", "admin2", "admin1", "country"):
        if column not in events.columns:
            continue
        value = known_place(events, column).astype("str").str.strip().replace("", pd.NA)
        key = value.map(_folded, na_action="ignore")
        repeat = pd.Series(False, index=events.index)
        for earlier in kept:
            repeat |= key.eq(earlier).fillna(False)
        use = value.notna() & ~repeat
        if column == "country":
            use &= label.eq("")
        joined = label.where(label.eq(""), label + ", ") + value
        label = label.where(~use, joined)
        kept.append(key.where(use))
    return label.replace("", "place unknown").astype("str")


def _folded(name: str) -> str:
    """``name`` without accents (combining marks after NFKD) and case: what two spellings
    of one place share."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def actor_label(events: pd.DataFrame) -> pd.Series:
    """ "actor1 vs actor2" (or actor1 alone)."""
    if events.empty:
        return pd.Series([], index=events.index, dtype="str")
    a1 = events["actor1"].astype("str").fillna("unidentified actor")
    a2 = events["actor2"].astype("str")
    return a1.where(a2.isna(), a1 + " vs " + a2.fillna("")).astype("str")


def date_span(start: object, end: object) -> str:
    """A date or span as people read it.

    >>> date_span("2024-08-25", "2024-08-25"), date_span("2024-08-25", "2024-08-26")
    ('25 Aug 2024', '25–26 Aug 2024')
    >>> date_span("2024-07-30", "2024-08-02"), date_span("2023-12-30", "2024-01-02")
    ('30 Jul – 2 Aug 2024', '30 Dec 2023 – 2 Jan 2024')
    """
    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if pd.isna(b) or a.date() == b.date():
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
    return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"


def date_label(events: pd.DataFrame) -> pd.Series:
    """Each event's :func:`date_span`."""
    labels = [
        date_span(a, b) for a, b in zip(events["date_start"], events["date_end"], strict=True)
    ]
    return pd.Series(labels, index=events.index, dtype="str")


def type_label(events: pd.DataFrame) -> pd.Series:
    """ "event type / sub-event type" (the type alone when there is no sub-type)."""
    sub = events["sub_event_type"].astype("str")
    return (events["event_type"].astype("str") + " / " + sub).where(
        sub.notna(), events["event_type"].astype("str")
    )


def ranges(frame: pd.DataFrame) -> pd.Series:
    """:func:`fatality_range` of each row's ``low``, ``best`` and ``high``."""
    return pd.Series(
        [fatality_range(*v) for v in frame[BOUNDS].itertuples(index=False)],
        index=frame.index,
        dtype="str",
    )


def with_ranges(frame: pd.DataFrame, column: str = "fatalities") -> pd.DataFrame:
    """``frame`` with its ``low``/``best``/``high`` columns replaced by one text column of
    ranges ("74–86 (best 74)", "23", "unknown"), placed where ``low`` was; a frame that has
    the text column already just loses the bounds, and one without bounds is unchanged.

    >>> with_ranges(pd.DataFrame({"actor": ["a", "b"], "low": [74, None],
    ...     "best": [74, None], "high": [86, None]})).to_dict("records")
    [{'actor': 'a', 'fatalities': '74–86 (best 74)'}, {'actor': 'b', 'fatalities': 'unknown'}]
    """
    if not set(BOUNDS) <= set(frame.columns):
        return frame
    if column in frame.columns:  # the ranges are already there (deadliest, chronology …)
        return frame.drop(columns=BOUNDS)
    out = frame.drop(columns=BOUNDS)
    out.insert(list(frame.columns).index("low"), column, ranges(frame))
    return out


def deadliest(events: pd.DataFrame, fatalities: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` events with the highest best estimate (then high), with a known toll > 0.

    Columns: ``cluster_id``, ``date_start``, ``date_end``, ``date``, ``place``, ``actors``,
    ``type``, ``low``, ``best``, ``high``, ``fatalities`` (the range as text).
    """
    columns = [
        "cluster_id",
        "date_start",
        "date_end",
        "date",
        "place",
        "actors",
        "type",
        *BOUNDS,
    ]
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in [*columns, "fatalities"]})
    frame = with_fatalities(events, fatalities)
    frame = frame[frame["best"].fillna(0).gt(0) | frame["high"].fillna(0).gt(0)]
    frame = frame.sort_values(
        ["best", "high", "date_start", "cluster_id"],
        ascending=[False, False, True, True],
        na_position="last",
        kind="stable",
    ).head(n)
    out = frame.assign(
        date=date_label(frame),
        place=place_label(frame),
        actors=actor_label(frame),
        type=type_label(frame),
    )[columns]
    out["fatalities"] = ranges(out)
    return out.reset_index(drop=True)


def _column(frame: pd.DataFrame, *names: str) -> pd.Series:
    """The first of ``names`` the frame has, as text (blank where missing or none has)."""
    for name in names:
        if name in frame.columns:
            return frame[name].astype("str").fillna("")
    return pd.Series("", index=frame.index, dtype="str")


def chronology(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Every event in date order: date, place, actors, type, fatalities (range), sources,
    what they cite (:func:`analysis.metrics.totals.cited_by_cluster`), campaign and the
    source's notes."""
    texts = {  # the column shown: the first of these the events have (blank if none)
        "sources": ("cluster_sources", "source"),
        "cited": ("cluster_cited", "cited_sources"),
        "campaign": ("campaign_id",),
        "notes": ("notes",),
    }
    if events.empty:
        columns = ["date", "place", "actors", "type", "fatalities", *texts]
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events, fatalities).sort_values(
        ["date_start", "cluster_id"], kind="stable"
    )
    out = pd.DataFrame(
        {
            "date": date_label(frame),
            "place": place_label(frame),
            "actors": actor_label(frame),
            "type": type_label(frame),
            "fatalities": ranges(frame),
            **{name: _column(frame, *found) for name, found in texts.items()},
        }
    )
    return out.reset_index(drop=True)


def campaigns(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """One line per coordinated campaign, with its parts.

    Columns: ``campaign`` (its id: actor | admin1 | first date), ``date`` (the span),
    ``events``, ``places``, ``low``/``best``/``high`` (summed over its events: different
    attacks, different victims; the known tolls only), ``fatalities`` (the range as text,
    saying how many parts have no known toll when some have one) and ``parts`` (each event:
    date, place and toll, in date order).

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"],
    ...     "campaign_id": ["BLA | Balochistan | 2024-08-25"] * 2 + [None],
    ...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-26"]),
    ...     "date_end": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-26"]),
    ...     "location": ["Musa Khel", "Kalat", "Quetta"], "admin1": "Balochistan"})
    >>> fatalities = pd.DataFrame({"cluster_id": ["a", "b"], "victim_group": "civilians",
    ...     "low": [23, 10], "best": [23, 10], "high": [23, 12]})
    >>> campaigns(events, fatalities)[["date", "events", "fatalities"]].to_dict("records")
    [{'date': '25–26 Aug 2024', 'events': 2, 'fatalities': '33–35 (best 33)'}]

    A part whose toll is unknown is not counted as none: the sum says it leaves it out.

    >>> events.loc[2, "campaign_id"] = "BLA | Balochistan | 2024-08-25"
    >>> campaigns(events, fatalities)["fatalities"].tolist()
    ['33–35 (best 33); toll unknown for 1 of 3 parts']
    """
    columns = ["campaign", "date", "events", "places", *BOUNDS, "fatalities", "parts"]
    if events.empty or "campaign_id" not in events.columns:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events[events["campaign_id"].notna()], fatalities)
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = frame.sort_values(["date_start", "cluster_id"], kind="stable")
    frame["place"] = place_label(frame)
    frame["part"] = date_label(frame) + ", " + frame["place"] + ": " + ranges(frame)
    grouped = frame.groupby("campaign_id", sort=False)
    out = grouped.agg(
        start=("date_start", "min"),
        end=("date_end", "max"),
        events=("cluster_id", "nunique"),
        places=("place", lambda s: "; ".join(dict.fromkeys(s))),
        parts=("part", "; ".join),
    )
    out[BOUNDS] = grouped[BOUNDS].sum(min_count=1).astype("Int64")
    # a sum of the known tolls is no campaign's toll when some of its parts have none: say so
    unknown = toll_unknown(frame).groupby(frame["campaign_id"], sort=False).sum()
    parts = grouped.size()
    out = out.reset_index().rename(columns={"campaign_id": "campaign"})
    out["date"] = [date_span(a, b) for a, b in zip(out["start"], out["end"], strict=True)]
    some = unknown.loc[out["campaign"]].to_numpy()
    total = parts.loc[out["campaign"]].to_numpy()
    note = [
        f"; toll unknown for {u:,} of {n:,} parts" if 0 < u < n else ""
        for u, n in zip(some, total, strict=True)
    ]
    out["fatalities"] = ranges(out) + pd.Series(note, index=out.index, dtype="str")
    return out.sort_values("start", kind="stable")[columns].reset_index(drop=True)


def by_victim_group(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Fatality bounds per victim group (all four, in the model's order): ``victim_group``
    as people read it ("security forces"), ``group`` (the model's code), ``events`` (events
    in which people of the group were killed: a best estimate or high bound above zero; a
    figure of zero, such as the "unknown" zero a source gives an event without deaths, is
    no event of the group), ``low``, ``best`` and ``high`` (null, "unknown", for a group
    whose every figure has no known toll, such as the GTD's victims of no known group in
    attacks whose deaths it leaves blank): the columns in the order of the other breakdowns
    (by place, by event type), so that their tables read alike.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"]})
    >>> fatalities = pd.DataFrame({"cluster_id": ["a", "b", "c", "c"],
    ...     "victim_group": ["unknown", "unknown", "unknown", "civilians"],
    ...     "low": [0, 4, 0, 2], "best": [0, 4, 0, 3], "high": [0, 4, 2, 3]}).astype(
    ...     {b: "Int64" for b in BOUNDS})
    >>> groups = by_victim_group(events, fatalities).set_index("group")
    >>> groups.loc[["civilians", "unknown"], ["events", "low", "best", "high"]].values.tolist()
    [[1, 2, 3, 3], [2, 4, 4, 6]]
    >>> blank = fatalities.assign(best=pd.NA, low=pd.NA, high=pd.NA).astype(
    ...     {b: "Int64" for b in BOUNDS})
    >>> by_victim_group(events, blank).set_index("group").loc["unknown", "best"]
    <NA>
    """
    fat = _in_events(events, fatalities) if len(fatalities) else fatalities
    rows = []
    for group in VICTIM_GROUPS:
        part = fat[fat["victim_group"].eq(group)] if len(fat) else fat
        killed = part["best"].gt(0).fillna(False) | part["high"].gt(0).fillna(False)
        known = int(part.loc[killed, "cluster_id"].nunique()) if len(part) else 0
        bounds = tuple(_sum(part[b]) if len(part) else 0 for b in BOUNDS)
        if len(part) and part["best"].isna().all():  # figures of the group, none known
            bounds = (None, None, None)
        rows.append((GROUP_LABELS[group], group, known, *bounds))
    frame = pd.DataFrame(rows, columns=["victim_group", "group", "events", *BOUNDS])
    return frame.astype({"victim_group": "str", "group": "str"} | dict.fromkeys(BOUNDS, "Int64"))


def unknown_as_null(frame: pd.DataFrame) -> pd.DataFrame:
    """A breakdown's bounds made null (an "unknown" toll, not a toll of 0) in its rows whose
    every event has an unknown toll (``toll_unknown`` equal to ``events``); the others keep
    the sums of their known tolls, ``toll_unknown`` saying how many events they leave out.

    >>> table = pd.DataFrame({"type": ["a", "b", "c"], "events": [2, 3, 1],
    ...     "toll_unknown": [2, 1, 0], "low": [0, 4, 0], "best": [0, 5, 0], "high": [0, 7, 0]})
    >>> unknown_as_null(table)["best"].tolist()
    [<NA>, 5, 0]
    """
    unknown = frame["toll_unknown"].eq(frame["events"]) & frame["events"].gt(0)
    bounds = {b: frame[b].astype("Int64").mask(unknown) for b in BOUNDS}
    return frame.assign(**bounds)


def _grouped(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per ``keys``: ``events`` (distinct ``cluster_id``), ``toll_unknown`` (those of them
    with no known toll) and the sums of the known bounds (:func:`unknown_as_null`),
    deadliest first and the rows of unknown tolls last."""
    if frame.empty:
        return pd.DataFrame(
            {k: pd.Series(dtype="str") for k in keys}
            | {c: pd.Series(dtype="int64") for c in ["events", "toll_unknown"]}
            | {b: pd.Series(dtype="Int64") for b in BOUNDS}
        )
    filled = frame.assign(
        **{k: frame[k].astype("str").fillna("unknown") for k in keys},
        unknown_id=frame["cluster_id"].where(toll_unknown(frame)),
    )
    out = (
        filled.groupby(keys, sort=False)
        .agg(
            events=("cluster_id", "nunique"),
            toll_unknown=("unknown_id", "nunique"),
            low=("low", _sum),
            best=("best", _sum),
            high=("high", _sum),
        )
        .reset_index()
    )
    out = unknown_as_null(out).sort_values(
        ["best", "high", "events", *keys], ascending=[False] * 3 + [True] * len(keys)
    )
    return out.reset_index(drop=True)


def by_place(events: pd.DataFrame, fatalities: pd.DataFrame, level: str = "admin1") -> pd.DataFrame:
    """Events, events of unknown toll (``toll_unknown``) and fatality bounds per ``admin1``
    (or per ``admin1``/``admin2``), deadliest first (:func:`_grouped`); a missing place,
    or one finer than the event's ``geo_precision`` knows, is "unknown". Events of
    several countries are told apart by the country after the province: Pakistan's
    Punjab and India's are two rows.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"],
    ...     "country": ["Pakistan", "India", "India"], "admin1": ["Punjab", "Punjab", None]})
    >>> fatalities = pd.DataFrame({"cluster_id": ["a", "b", "c"], "low": [5, 3, 1],
    ...     "best": [5, 3, 1], "high": [5, 3, 1]})
    >>> by_place(events, fatalities)[["admin1", "events", "best"]].values.tolist()
    [['Punjab, Pakistan', 1, 5], ['Punjab, India', 1, 3], ['unknown, India', 1, 1]]
    """
    keys = ["admin1"] if level == "admin1" else ["admin1", "admin2"]
    frame = with_fatalities(events, fatalities) if len(events) else events
    if len(frame):  # an event placed only to its province is in no district
        frame = frame.assign(**{key: known_place(frame, key) for key in keys})
        country = frame["country"] if "country" in frame.columns else None
        if country is not None and country.nunique() > 1:
            province = frame["admin1"].astype("str").fillna("unknown")
            frame = frame.assign(admin1=province + ", " + country.astype("str").fillna("unknown"))
    return _grouped(frame, keys)


def by_event_type(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Events, events of unknown toll and fatality bounds per event type, deadliest first; a
    type whose every event has an unknown toll has null bounds, not 0 (:func:`_grouped`).

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"],
    ...     "event_type": ["Riots", "Battles", "Battles"]})
    >>> fatalities = pd.DataFrame({"cluster_id": ["b"], "low": [3], "best": [4], "high": [6]})
    >>> by_event_type(events, fatalities).values.tolist()
    [['Battles', 2, 1, 3, 4, 6], ['Riots', 1, 1, <NA>, <NA>, <NA>]]
    """
    frame = with_fatalities(events, fatalities) if len(events) else events
    return _grouped(frame, ["event_type"])


def _as_written(text: pd.Series, figure: pd.Series) -> pd.Series:
    """ "six → 6"; just "14" when the source wrote the number itself."""
    written = text.astype("str").fillna("").str.strip()
    same = written.eq(figure) | written.eq("")
    return figure.where(same, written + " → " + figure).astype("str")


def reconciliation(
    rows: pd.DataFrame, casualties: pd.DataFrame, fatalities: pd.DataFrame
) -> pd.DataFrame:
    """Each source's figure next to the reconciled range it went into, and how.

    ``rows`` are all source rows of the report's real events (event_id → cluster_id);
    ``casualties`` the figures as the sources gave them. One row per figure: ``date``,
    ``place``, ``cluster_id``, ``victim_group`` (as people read it: "security forces"),
    ``source``, ``reported_by``, ``figure`` (as written → as counted), ``counted``,
    ``reconciled``, ``method``.
    """
    columns = [
        "date",
        "place",
        "cluster_id",
        "victim_group",
        "source",
        "reported_by",
        "figure",
        "counted",
        "reconciled",
        "method",
    ]
    if rows.empty or casualties.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    info = rows.assign(date=date_label(rows), place=place_label(rows))[
        ["event_id", "cluster_id", "source", "date", "place", "date_start"]
    ]
    figures = casualties.merge(info, on="event_id", how="inner")
    merged = figures.merge(
        fatalities.rename(columns={b: f"r_{b}" for b in BOUNDS}),
        on=["cluster_id", "victim_group"],
        how="left",
    )
    claim = merged["perpetrator_claim"].fillna(False).astype(bool)
    derived = merged.get("derived", pd.Series(False, index=merged.index)).fillna(False)
    counted = pd.Series("yes", index=merged.index, dtype="str")
    counted[derived.astype(bool)] = "yes (read from the notes)"
    counted[claim] = "no: perpetrator's claim"
    out = pd.DataFrame(
        {
            "date": merged["date"],
            "place": merged["place"],
            "cluster_id": merged["cluster_id"].astype("str"),
            "victim_group": merged["victim_group"].map(GROUP_LABELS).astype("str"),
            "source": merged["source"].astype("str"),
            "reported_by": merged["reported_by_x"].astype("str").fillna("unnamed source")
            if "reported_by_x" in merged
            else merged["reported_by"].astype("str").fillna("unnamed source"),
            "figure": _as_written(merged["figure_text"], ranges(merged)),
            "counted": counted,
            "reconciled": [
                fatality_range(*v)
                for v in merged[["r_low", "r_best", "r_high"]].itertuples(index=False)
            ],
            "method": merged["method"].astype("str").fillna(""),
            "_start": merged["date_start"],
            "_group": merged["victim_group"].map({g: i for i, g in enumerate(VICTIM_GROUPS)}),
        }
    )
    out.loc[claim.to_numpy(), ["reconciled", "method"]] = ["", "kept apart (claims)"]
    out = out.sort_values(["_start", "cluster_id", "_group", "source"], kind="stable")
    return out[columns].reset_index(drop=True)
