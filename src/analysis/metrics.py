"""Report metrics: pure functions from cleaned tables to tidy DataFrames.

Inputs follow the cleaned store's contract:

- ``events``: one row per **real event** (a duplicate cluster counted once, through its
  primary row) with the canonical event columns plus ``cluster_id``, ``cluster_sources``,
  ``campaign_id``, ``actor1_type`` and ``actor2_type``; :func:`real_events` makes it from all
  the rows of the selected clusters;
- ``fatalities``: the reconciled figures, one row per ``cluster_id`` × ``victim_group`` with
  ``low``, ``best``, ``high`` (nullable: unknown) — perpetrators' claims are not in it.

Counting rules, used by every report:

- an event's fatalities are the sum over its victim groups of each bound; a group with an
  unknown figure adds nothing, and an event with no known figure has an unknown toll (it
  adds nothing to totals and is counted by :func:`unknown_tolls`);
- totals add the events' bounds: total low = Σ low, best = Σ best, high = Σ high;
- an event dated only to a week, month or year is placed at the first day of its span
  inside the report's period.

>>> import pandas as pd
>>> fat = pd.DataFrame({"cluster_id": ["a", "a", "b"], "victim_group": ["civilians",
...     "militants", "militants"], "low": [3, 21, None], "best": [3, 21, None],
...     "high": [3, 33, None]}).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
>>> totals = event_fatalities(fat)
>>> totals["high"].tolist()[:1], totals["best"].isna().tolist()
([36], [False, True])
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.schema import VICTIM_GROUPS

BOUNDS = ["low", "best", "high"]
FREQ_CODES = {"day": "D", "week": "W-SUN", "month": "M"}
GROUP_LABELS = {
    "civilians": "civilians",
    "security_forces": "security forces",
    "militants": "militants",
    "unknown": "unknown",
}
NO_ACTOR = "(no second actor)"
# names of nobody identified ("Unidentified Armed Group (Pakistan)", GTD's "Unknown"): listed
# in actor tables, never ranked among the most active actors
UNIDENTIFIED = r"(?i)^(unidentified|unknown)\b"


# ------------------------------------------------------------------ selection and totals


def real_events(rows: pd.DataFrame, include_unconfirmed: bool = True) -> pd.DataFrame:
    """One row per real event (``cluster_id``) from all the rows of the selected clusters.

    The primary row represents its cluster. Without ``include_unconfirmed``, rows whose
    ``claim_status`` is "unconfirmed" are dropped first; a cluster left with no row is not an
    event of the report, and one that another source also recorded is kept.

    >>> rows = pd.DataFrame({"event_id": ["acled:1", "seed:1", "seed:8"],
    ...     "cluster_id": ["acled:1", "acled:1", "seed:8"], "is_primary": [True, False, True],
    ...     "claim_status": [None, "claimed", "unconfirmed"],
    ...     "date_start": pd.to_datetime(["2024-08-25"] * 3)})
    >>> real_events(rows)["event_id"].tolist(), real_events(rows, False)["event_id"].tolist()
    (['acled:1', 'seed:8'], ['acled:1'])
    """
    if rows.empty:
        return rows.copy()
    kept = rows
    if not include_unconfirmed:
        kept = rows[rows["claim_status"].astype("str").ne("unconfirmed").fillna(True)]
    primary = kept.get("is_primary", pd.Series(False, index=kept.index)).fillna(False)
    ordered = kept.assign(_primary=primary.astype(bool)).sort_values(
        ["cluster_id", "_primary", "event_id"], ascending=[True, False, True], kind="stable"
    )
    events = ordered.drop_duplicates("cluster_id").drop(columns="_primary")
    return events.sort_values(["date_start", "cluster_id"], kind="stable").reset_index(drop=True)


def excluded_unconfirmed(rows: pd.DataFrame) -> int:
    """Real events dropped because their only rows are unconfirmed claims."""
    if rows.empty:
        return 0
    return len(real_events(rows, True)) - len(real_events(rows, False))


def event_fatalities(fatalities: pd.DataFrame) -> pd.DataFrame:
    """Per real event: the sum of each bound over victim groups (null when none is known)."""
    if fatalities.empty:
        return pd.DataFrame(
            {"cluster_id": pd.Series(dtype="str")} | {b: pd.Series(dtype="Int64") for b in BOUNDS}
        )
    totals = fatalities.groupby("cluster_id", sort=True)[BOUNDS].sum(min_count=1)
    return totals.astype("Int64").reset_index()


def with_fatalities(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """``events`` with their ``low``/``best``/``high`` totals (null: unknown toll)."""
    base = events.drop(columns=[b for b in BOUNDS if b in events.columns])
    merged = base.merge(event_fatalities(fatalities), on="cluster_id", how="left")
    return merged.astype({b: "Int64" for b in BOUNDS})


def _sum(series: pd.Series) -> int:
    return int(series.fillna(0).sum())


def _in_events(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    return fatalities[fatalities["cluster_id"].isin(events["cluster_id"])]


def headline(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """The headline numbers: rows ``events``, ``fatalities`` and each victim group, with
    ``low``/``best``/``high`` (events: the count in all three).

    >>> events = pd.DataFrame({"cluster_id": ["a", "b"]})
    >>> fat = pd.DataFrame({"cluster_id": ["a", "a"], "victim_group": ["civilians", "militants"],
    ...     "low": [27, 21], "best": [27, 21], "high": [27, 33]})
    >>> headline(events, fat).set_index("measure").loc[["events", "fatalities"]].to_dict("index")
    {'events': {'low': 2, 'best': 2, 'high': 2}, 'fatalities': {'low': 48, 'best': 48, 'high': 60}}
    """
    fat = _in_events(events, fatalities) if len(fatalities) else fatalities
    n = len(events)
    rows = [("events", n, n, n)]
    rows.append(("fatalities", *(_sum(fat[b]) if len(fat) else 0 for b in BOUNDS)))
    for group in VICTIM_GROUPS:
        part = fat[fat["victim_group"].eq(group)] if len(fat) else fat
        rows.append((group, *(_sum(part[b]) if len(part) else 0 for b in BOUNDS)))
    frame = pd.DataFrame(rows, columns=["measure", *BOUNDS])
    return frame.astype({b: "int64" for b in BOUNDS})


def unknown_tolls(events: pd.DataFrame, fatalities: pd.DataFrame) -> int:
    """Events with no known fatality figure at all."""
    if events.empty:
        return 0
    return int(with_fatalities(events, fatalities)["best"].isna().sum())


def compare_periods(current: pd.DataFrame, previous: pd.DataFrame) -> pd.DataFrame:
    """Headline numbers of this period against the previous one (best estimates).

    ``change`` is current − previous; ``change_pct`` is null when the previous value is 0.

    >>> cur = pd.DataFrame({"measure": ["events"], "low": [8], "best": [8], "high": [8]})
    >>> prev = pd.DataFrame({"measure": ["events"], "low": [4], "best": [4], "high": [4]})
    >>> compare_periods(cur, prev).iloc[0].to_dict()
    {'measure': 'events', 'current': 8, 'previous': 4, 'change': 4, 'change_pct': 100.0}
    """
    merged = current[["measure", "best"]].merge(
        previous[["measure", "best"]], on="measure", how="left", suffixes=("_cur", "_prev")
    )
    out = pd.DataFrame(
        {
            "measure": merged["measure"],
            "current": merged["best_cur"].fillna(0).astype("int64"),
            "previous": merged["best_prev"].fillna(0).astype("int64"),
        }
    )
    out["change"] = out["current"] - out["previous"]
    pct = (out["change"] / out["previous"].where(out["previous"].ne(0)) * 100).round(1)
    out["change_pct"] = pct.astype("float64")
    return out


# ------------------------------------------------------------------------- over time


def period_frame(start: date, end: date, freq: str) -> pd.DataFrame:
    """Every period from ``start`` to ``end``: ``period_start`` (Timestamp) and ``label``.

    Weeks run Monday to Sunday; a period's label is its first day (day, week) or its month.

    >>> period_frame(date(2024, 8, 25), date(2024, 8, 26), "day")["label"].tolist()
    ['25 Aug', '26 Aug']
    >>> period_frame(date(2024, 7, 20), date(2024, 8, 26), "month")["label"].tolist()
    ['Jul 2024', 'Aug 2024']
    """
    index = pd.period_range(pd.Timestamp(start), pd.Timestamp(end), freq=FREQ_CODES[freq])
    starts = pd.Series(index.start_time.astype("datetime64[us]"))
    several_years = starts.dt.year.nunique() > 1 or pd.Timestamp(end).year != starts.dt.year[0]
    if freq == "month":
        labels = starts.dt.strftime("%b %Y")
    else:
        labels = starts.dt.strftime("%-d %b %Y" if several_years else "%-d %b")
    return pd.DataFrame({"period_start": starts, "label": labels.astype("str")})


def assign_period(dates: pd.Series, start: date, end: date, freq: str) -> pd.Series:
    """The ``period_start`` each date falls in, after clipping it into ``start``–``end``."""
    clipped = pd.to_datetime(dates).clip(lower=pd.Timestamp(start), upper=pd.Timestamp(end))
    code = FREQ_CODES[freq]
    return clipped.dt.to_period(code).dt.start_time.astype("datetime64[us]")


def per_period(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    start: date,
    end: date,
    freq: str,
    by: str | None = "event_type",
) -> pd.DataFrame:
    """Events and fatality bounds per period and ``by`` category (every period, zeros kept).

    Columns: ``period_start``, ``label``, ``<by>`` (or ``group`` = "all"), ``events``,
    ``low``, ``best``, ``high``.
    """
    key = by or "group"
    periods = period_frame(start, end, freq)
    frame = with_fatalities(events, fatalities) if len(events) else events
    if len(frame):
        values = frame[by].astype("str").fillna("Unknown") if by else "all"
        frame = frame.assign(
            period_start=assign_period(frame["date_start"], start, end, freq), **{key: values}
        )
        counts = frame.groupby(["period_start", key], sort=True).agg(
            events=("cluster_id", "size"),
            low=("low", _sum),
            best=("best", _sum),
            high=("high", _sum),
        )
        categories = sorted(frame[key].unique())
        counts = counts.reset_index()
    else:
        counts = pd.DataFrame(
            {"period_start": pd.Series(dtype="datetime64[us]"), key: pd.Series(dtype="str")}
            | {c: pd.Series(dtype="int64") for c in ["events", *BOUNDS]}
        )
        categories = ["all"] if by is None else []
    grid = periods.merge(pd.DataFrame({key: pd.Series(categories, dtype="str")}), how="cross")
    out = grid.merge(counts, on=["period_start", key], how="left")
    for column in ["events", *BOUNDS]:
        out[column] = out[column].fillna(0).astype("int64")
    return out[["period_start", "label", key, "events", *BOUNDS]]


def cumulative(
    events: pd.DataFrame, fatalities: pd.DataFrame, start: date, end: date, freq: str
) -> pd.DataFrame:
    """Running totals per period: ``events``, ``low``, ``best``, ``high``."""
    totals = per_period(events, fatalities, start, end, freq, by=None)
    out = totals.drop(columns="group")
    for column in ["events", *BOUNDS]:
        out[column] = out[column].cumsum()
    return out


# ----------------------------------------------------------------------------- tables


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


def place_label(events: pd.DataFrame) -> pd.Series:
    """ "location, admin2, admin1" without repeats; the country when nothing finer is known.

    >>> places = pd.DataFrame({"location": ["Kalat", None, None], "admin2": ["Kalat", None, None],
    ...     "admin1": ["Balochistan", "Balochistan", None], "country": ["Pakistan"] * 3})
    >>> place_label(places).tolist()
    ['Kalat, Balochistan', 'Balochistan', 'Pakistan']
    """
    label = pd.Series("", index=events.index, dtype="str")
    kept: list[pd.Series] = []
    for column in ("location", "admin2", "admin1", "country"):
        if column not in events.columns:
            continue
        value = events[column].astype("str").str.strip().replace("", pd.NA)
        key = value.str.casefold()
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


def _date_label(events: pd.DataFrame) -> pd.Series:
    labels = [
        date_span(a, b) for a, b in zip(events["date_start"], events["date_end"], strict=True)
    ]
    return pd.Series(labels, index=events.index, dtype="str")


def _type_label(events: pd.DataFrame) -> pd.Series:
    sub = events["sub_event_type"].astype("str")
    return (events["event_type"].astype("str") + " / " + sub).where(
        sub.notna(), events["event_type"].astype("str")
    )


def _ranges(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [fatality_range(*v) for v in frame[BOUNDS].itertuples(index=False)],
        index=frame.index,
        dtype="str",
    )


def deadliest(events: pd.DataFrame, fatalities: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` events with the highest best estimate (then high), with a known toll > 0.

    Columns: ``cluster_id``, ``date_start``, ``date``, ``place``, ``actors``, ``type``,
    ``low``, ``best``, ``high``, ``fatalities`` (the range as text).
    """
    columns = ["cluster_id", "date_start", "date", "place", "actors", "type", *BOUNDS]
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
        date=_date_label(frame),
        place=place_label(frame),
        actors=actor_label(frame),
        type=_type_label(frame),
    )[columns]
    out["fatalities"] = _ranges(out)
    return out.reset_index(drop=True)


def chronology(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Every event in date order: date, place, actors, type, fatalities (range), sources,
    campaign and the source's notes."""
    columns = ["date", "place", "actors", "type", "fatalities", "sources", "campaign", "notes"]
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events, fatalities).sort_values(
        ["date_start", "cluster_id"], kind="stable"
    )
    sources = frame.get("cluster_sources", frame.get("source"))
    out = pd.DataFrame(
        {
            "date": _date_label(frame),
            "place": place_label(frame),
            "actors": actor_label(frame),
            "type": _type_label(frame),
            "fatalities": _ranges(frame),
            "sources": sources.astype("str").fillna(""),
            "campaign": frame.get("campaign_id", pd.Series(pd.NA, index=frame.index))
            .astype("str")
            .fillna(""),
            "notes": frame["notes"].astype("str").fillna(""),
        }
    )
    return out.reset_index(drop=True)


def campaigns(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """One line per coordinated campaign, with its parts.

    Columns: ``campaign`` (its id: actor | admin1 | first date), ``date`` (the span),
    ``events``, ``places``, ``low``/``best``/``high`` (summed over its events: different
    attacks, different victims), ``fatalities`` (the range as text) and ``parts`` (each
    event: date, place and toll, in date order).

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"],
    ...     "campaign_id": ["BLA | Balochistan | 2024-08-25"] * 2 + [None],
    ...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-26"]),
    ...     "date_end": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-26"]),
    ...     "location": ["Musa Khel", "Kalat", "Quetta"], "admin1": "Balochistan"})
    >>> fatalities = pd.DataFrame({"cluster_id": ["a", "b"], "victim_group": "civilians",
    ...     "low": [23, 10], "best": [23, 10], "high": [23, 12]})
    >>> campaigns(events, fatalities)[["date", "events", "fatalities"]].to_dict("records")
    [{'date': '25–26 Aug 2024', 'events': 2, 'fatalities': '33–35 (best 33)'}]
    """
    columns = ["campaign", "date", "events", "places", *BOUNDS, "fatalities", "parts"]
    if events.empty or "campaign_id" not in events.columns:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events[events["campaign_id"].notna()], fatalities)
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = frame.sort_values(["date_start", "cluster_id"], kind="stable")
    frame["place"] = place_label(frame)
    frame["part"] = _date_label(frame) + ", " + frame["place"] + ": " + _ranges(frame)
    grouped = frame.groupby("campaign_id", sort=False)
    out = grouped.agg(
        start=("date_start", "min"),
        end=("date_end", "max"),
        events=("cluster_id", "nunique"),
        places=("place", lambda s: "; ".join(dict.fromkeys(s))),
        parts=("part", "; ".join),
    )
    out[BOUNDS] = grouped[BOUNDS].sum(min_count=1).astype("Int64")
    out = out.reset_index().rename(columns={"campaign_id": "campaign"})
    out["date"] = [date_span(a, b) for a, b in zip(out["start"], out["end"], strict=True)]
    out["fatalities"] = _ranges(out)
    return out.sort_values("start", kind="stable")[columns].reset_index(drop=True)


def by_victim_group(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Fatality bounds per victim group (all four, in the model's order): ``victim_group``
    as people read it ("security forces"), ``group`` (the model's code), ``low``, ``best``,
    ``high`` and ``events`` (events with a figure for the group)."""
    fat = _in_events(events, fatalities) if len(fatalities) else fatalities
    rows = []
    for group in VICTIM_GROUPS:
        part = fat[fat["victim_group"].eq(group)] if len(fat) else fat
        known = int(part["best"].notna().sum()) if len(part) else 0
        bounds = tuple(_sum(part[b]) if len(part) else 0 for b in BOUNDS)
        rows.append((GROUP_LABELS[group], group, *bounds, known))
    frame = pd.DataFrame(rows, columns=["victim_group", "group", *BOUNDS, "events"])
    return frame.astype({"victim_group": "str", "group": "str"})


def _grouped(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    if frame.empty:
        return pd.DataFrame(
            {k: pd.Series(dtype="str") for k in keys}
            | {c: pd.Series(dtype="int64") for c in ["events", *BOUNDS]}
        )
    filled = frame.assign(**{k: frame[k].astype("str").fillna("unknown") for k in keys})
    out = (
        filled.groupby(keys, sort=False)
        .agg(
            events=("cluster_id", "nunique"),
            low=("low", _sum),
            best=("best", _sum),
            high=("high", _sum),
        )
        .reset_index()
    )
    out = out.sort_values(
        ["best", "high", "events", *keys], ascending=[False] * 3 + [True] * len(keys)
    )
    return out.reset_index(drop=True)


def by_place(events: pd.DataFrame, fatalities: pd.DataFrame, level: str = "admin1") -> pd.DataFrame:
    """Events and fatality bounds per ``admin1`` (or per ``admin1``/``admin2``), deadliest
    first; a missing place is "unknown"."""
    keys = ["admin1"] if level == "admin1" else ["admin1", "admin2"]
    frame = with_fatalities(events, fatalities) if len(events) else events
    return _grouped(frame, keys)


def by_event_type(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Events and fatality bounds per event type, deadliest first."""
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
    ``place``, ``cluster_id``, ``victim_group``, ``source``, ``reported_by``,
    ``figure`` (as written → as counted), ``counted``, ``reconciled``, ``method``.
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
    info = rows.assign(date=_date_label(rows), place=place_label(rows))[
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
            "victim_group": merged["victim_group"].astype("str"),
            "source": merged["source"].astype("str"),
            "reported_by": merged["reported_by_x"].astype("str").fillna("unnamed source")
            if "reported_by_x" in merged
            else merged["reported_by"].astype("str").fillna("unnamed source"),
            "figure": _as_written(merged["figure_text"], _ranges(merged)),
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


# ----------------------------------------------------------------------------- actors


def actor_roles(events: pd.DataFrame) -> pd.DataFrame:
    """Long table of who took part: ``cluster_id``, ``role`` (actor1/actor2), ``actor``,
    ``actor_type`` (null types become "unknown type")."""
    parts = []
    for role in ("actor1", "actor2"):
        if events.empty:
            break
        part = pd.DataFrame(
            {
                "cluster_id": events["cluster_id"].astype("str"),
                "role": role,
                "actor": events[role].astype("str"),
                "actor_type": events.get(f"{role}_type", pd.Series(pd.NA, index=events.index))
                .astype("str")
                .fillna("unknown type"),
            }
        )
        parts.append(part[part["actor"].notna() & part["actor"].str.strip().ne("")])
    if not parts:
        return pd.DataFrame(
            {c: pd.Series(dtype="str") for c in ["cluster_id", "role", "actor", "actor_type"]}
        )
    return pd.concat(parts, ignore_index=True)


def by_actor(
    events: pd.DataFrame, fatalities: pd.DataFrame, top: int | None = None
) -> pd.DataFrame:
    """Events (as either side) and fatality bounds of the events each actor took part in,
    most active first: ``actor``, ``actor_type``, ``events``, ``as_actor1``, ``as_actor2``,
    ``low``, ``best``, ``high``."""
    roles = actor_roles(events)
    columns = ["actor", "actor_type", "events", "as_actor1", "as_actor2", *BOUNDS]
    if roles.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    totals = event_fatalities(_in_events(events, fatalities) if len(fatalities) else fatalities)
    frame = roles.merge(totals, on="cluster_id", how="left")
    out = (
        frame.groupby("actor", sort=False)
        .agg(
            actor_type=("actor_type", lambda s: s.mode().iloc[0]),
            events=("cluster_id", "nunique"),
            as_actor1=("role", lambda s: int(s.eq("actor1").sum())),
            as_actor2=("role", lambda s: int(s.eq("actor2").sum())),
            low=("low", _sum),
            best=("best", _sum),
            high=("high", _sum),
        )
        .reset_index()
    )
    out = out.sort_values(["events", "best", "actor"], ascending=[False, False, True])
    return out.head(top).reset_index(drop=True) if top else out.reset_index(drop=True)


def by_actor_type(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Events and fatality bounds per actor type (an event counts once per type)."""
    roles = actor_roles(events)
    if roles.empty:
        return _grouped(pd.DataFrame(columns=["actor_type", "cluster_id", *BOUNDS]), ["actor_type"])
    totals = event_fatalities(_in_events(events, fatalities) if len(fatalities) else fatalities)
    frame = roles.drop_duplicates(["cluster_id", "actor_type"]).merge(
        totals, on="cluster_id", how="left"
    )
    out = _grouped(frame, ["actor_type"])
    return out.sort_values(
        ["events", "best", "actor_type"], ascending=[False, False, True]
    ).reset_index(drop=True)


def top_actors(events: pd.DataFrame, top: int) -> list[str]:
    """The ``top`` most active actors, either side (ties by name); nobody unidentified.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"], "actor2": [None] * 3,
    ...     "actor1": ["Unidentified Armed Group (Peru)"] * 2 + ["Shining Path"]})
    >>> top_actors(events, 1)
    ['Shining Path']
    """
    roles = actor_roles(events).drop_duplicates(["cluster_id", "actor"])
    roles = roles[~roles["actor"].str.match(UNIDENTIFIED)]
    counts = roles.groupby("actor").size().rename("events").reset_index()
    counts = counts.sort_values(["events", "actor"], ascending=[False, True])
    return counts["actor"].head(top).tolist()


def actor_pairs(events: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Events per (actor1, actor2) pair; actor2 may be "(no second actor)". With ``top``,
    only pairs whose actors are both among the ``top`` most active (or no second actor)."""
    if events.empty:
        return pd.DataFrame(
            {
                "actor1": pd.Series(dtype="str"),
                "actor2": pd.Series(dtype="str"),
                "events": pd.Series(dtype="int64"),
            }
        )
    frame = pd.DataFrame(
        {
            "actor1": events["actor1"].astype("str").fillna("unidentified actor"),
            "actor2": events["actor2"].astype("str").fillna(NO_ACTOR),
        }
    )
    if top:
        keep = set(top_actors(events, top)) | {NO_ACTOR}
        frame = frame[frame["actor1"].isin(keep) & frame["actor2"].isin(keep)]
    out = frame.groupby(["actor1", "actor2"]).size().rename("events").reset_index()
    return out.sort_values(
        ["events", "actor1", "actor2"], ascending=[False, True, True]
    ).reset_index(drop=True)


def actor_activity(
    events: pd.DataFrame, start: date, end: date, freq: str, top: int = 5
) -> pd.DataFrame:
    """Events per period of the ``top`` most active actors (either side), zeros kept:
    ``period_start``, ``label``, ``actor``, ``events``."""
    periods = period_frame(start, end, freq)
    actors = top_actors(events, top)
    grid = periods.merge(pd.DataFrame({"actor": pd.Series(actors, dtype="str")}), how="cross")
    if events.empty or not actors:
        return grid.assign(events=pd.Series(dtype="int64"))
    roles = actor_roles(events).merge(
        events[["cluster_id", "date_start"]].astype({"cluster_id": "str"}), on="cluster_id"
    )
    roles = roles[roles["actor"].isin(actors)].drop_duplicates(["cluster_id", "actor"])
    roles["period_start"] = assign_period(roles["date_start"], start, end, freq)
    counts = roles.groupby(["period_start", "actor"]).size().rename("events").reset_index()
    out = grid.merge(counts, on=["period_start", "actor"], how="left")
    out["events"] = out["events"].fillna(0).astype("int64")
    return out


def _target(events: pd.DataFrame) -> pd.Series:
    kind = events.get("actor2_type", pd.Series(pd.NA, index=events.index)).astype("str")
    return kind.fillna(events["actor2"].astype("str")).fillna(NO_ACTOR).astype("str")


def targets(events: pd.DataFrame, fatalities: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Whom each actor (as actor1) acts against: the other side's actor type (or name when
    the type is unknown). ``actor``, ``target``, ``events``, ``low``, ``best``, ``high``."""
    if events.empty:
        return _grouped(
            pd.DataFrame(columns=["actor", "target", "cluster_id", *BOUNDS]), ["actor", "target"]
        )
    frame = with_fatalities(events, fatalities)
    frame = frame.assign(
        actor=frame["actor1"].astype("str").fillna("unidentified actor"), target=_target(frame)
    )
    if top:
        frame = frame[frame["actor"].isin(top_actors(events, top))]
    out = _grouped(frame, ["actor", "target"])
    return out.sort_values(["actor", "events", "best"], ascending=[True, False, False]).reset_index(
        drop=True
    )


def victims_by_actor(
    events: pd.DataFrame, fatalities: pd.DataFrame, top: int | None = None
) -> pd.DataFrame:
    """Fatality bounds by victim group in the events each actor initiated (actor1):
    ``actor``, ``victim_group``, ``low``, ``best``, ``high`` (all four groups per actor)."""
    actors = (
        events.assign(actor=events["actor1"].astype("str").fillna("unidentified actor"))[
            ["cluster_id", "actor"]
        ]
        if len(events)
        else pd.DataFrame({"cluster_id": pd.Series(dtype="str"), "actor": pd.Series(dtype="str")})
    )
    if top:
        actors = actors[actors["actor"].isin(top_actors(events, top))]
    grid = pd.DataFrame({"actor": sorted(actors["actor"].unique())}).merge(
        pd.DataFrame({"victim_group": list(VICTIM_GROUPS)}), how="cross"
    )
    if len(fatalities) and len(actors):
        fat = fatalities.merge(actors, on="cluster_id")
        sums = (
            fat.groupby(["actor", "victim_group"])
            .agg(low=("low", _sum), best=("best", _sum), high=("high", _sum))
            .reset_index()
        )
        grid = grid.merge(sums, on=["actor", "victim_group"], how="left")
    for b in BOUNDS:
        grid[b] = (
            (grid[b] if b in grid else pd.Series(0, index=grid.index)).fillna(0).astype("int64")
        )
    return grid


CLAIM_ORDER = ("claimed", "confirmed", "unconfirmed", "attributed", "no claim")


def claims_by_actor(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Claimed versus attributed events per actor.

    The actor of an event is who claimed it (``claimed_by``), else ``actor1``. Status is the
    event's ``claim_status`` ("no claim" when the source records none). Columns: ``actor``,
    one column per status in :data:`CLAIM_ORDER` (event counts), ``events``, ``counted_best``
    (reconciled best deaths of those events) and ``claimed_best`` (deaths the perpetrator
    claimed, from ``claims``; 0 when none).
    """
    columns = ["actor", *CLAIM_ORDER, "events", "counted_best", "claimed_best"]
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events, fatalities)
    actor = frame["claimed_by"].astype("str").fillna(frame["actor1"].astype("str"))
    frame = frame.assign(
        actor=actor.fillna("unidentified actor"),
        status=frame["claim_status"].astype("str").fillna("no claim"),
    )
    counts = pd.crosstab(frame["actor"], frame["status"]).reindex(
        columns=list(CLAIM_ORDER), fill_value=0
    )
    out = counts.reset_index()
    out.columns.name = None
    out["events"] = out[list(CLAIM_ORDER)].sum(axis=1)
    counted = frame.groupby("actor")["best"].agg(_sum)
    out["counted_best"] = out["actor"].map(counted).fillna(0).astype("int64")
    claimed = pd.Series(dtype="int64")
    if claims is not None and len(claims):
        own = claims.merge(frame[["cluster_id", "actor"]], on="cluster_id")
        claimed = own.groupby("actor")["best"].agg(_sum)
    out["claimed_best"] = out["actor"].map(claimed).fillna(0).astype("int64")
    out = out.sort_values(["events", "actor"], ascending=[False, True]).reset_index(drop=True)
    return out.head(top).reset_index(drop=True) if top else out


# ---------------------------------------------------------------------------- summary


def period_text(start: date, end: date) -> str:
    """ "25 and 26 August 2024", "28 July and 3 August 2024", "25 August 2024".

    >>> period_text(date(2024, 8, 25), date(2024, 8, 26))
    '25 and 26 August 2024'
    """
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} and {end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} and {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} and {end.day} {end:%B %Y}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _killed(low: int, best: int, high: int) -> str:
    if high == 0:
        return "with no deaths reported"
    if low == high:
        return f"killing {_plural(best, 'person', 'people')}"
    return f"killing between {low:,} and {high:,} people (best estimate {best:,})"


def summary_text(
    headline_frame: pd.DataFrame,
    start: date,
    end: date,
    region: str,
    previous: pd.DataFrame | None = None,
    deadliest_frame: pd.DataFrame | None = None,
    unknown_toll: int = 0,
    extra: list[str] | None = None,
    previous_period: tuple[date, date] | None = None,
) -> str:
    """A plain-language paragraph written from the numbers.

    >>> head = pd.DataFrame({"measure": ["events", "fatalities", "civilians", "militants"],
    ...     "low": [8, 74, 27, 21], "best": [8, 74, 27, 21], "high": [8, 86, 27, 33]})
    >>> summary_text(head, date(2024, 8, 25), date(2024, 8, 26), "Balochistan")
    'Between 25 and 26 August 2024, 8 events were recorded in Balochistan, killing between 74 and 86 people (best estimate 74). By victim group (best estimate): civilians 27, militants 21 (21–33).'
    """  # noqa: E501
    values = headline_frame.set_index("measure")
    n = int(values.loc["events", "best"])
    when = f"On {period_text(start, end)}" if start == end else f"Between {period_text(start, end)}"
    if n == 0:
        return f"No events were recorded in {region} {when[0].lower() + when[1:]}."
    low, best, high = (int(values.loc["fatalities", b]) for b in BOUNDS)
    verb = "was" if n == 1 else "were"
    sentences = [
        f"{when}, {_plural(n, 'event')} {verb} recorded in {region}, {_killed(low, best, high)}."
    ]
    if unknown_toll:
        sentences.append(
            f"{_plural(unknown_toll, 'event')} had no known death toll and "
            f"{'is' if unknown_toll == 1 else 'are'} not in these figures."
        )
    groups = []
    for group in VICTIM_GROUPS:
        if group in values.index and int(values.loc[group, "high"]) > 0:
            lo, be, hi = (int(values.loc[group, b]) for b in BOUNDS)
            span = f" ({lo:,}–{hi:,})" if lo != hi else ""
            groups.append(f"{GROUP_LABELS[group]} {be:,}{span}")
    if groups:
        sentences.append("By victim group (best estimate): " + ", ".join(groups) + ".")
    if deadliest_frame is not None and len(deadliest_frame):
        top = deadliest_frame.iloc[0]
        day = pd.Timestamp(top["date_start"])
        sentences.append(
            f"The deadliest was {_with_article(str(top['type']).split(' / ')[-1])} in "
            f"{top['place']} on {day.day} {day:%B %Y}: "
            f"{killed_phrase(top['low'], top['best'], top['high'])}."
        )
    if previous is not None:
        change = compare_periods(headline_frame, previous).set_index("measure")
        prev_events = int(change.loc["events", "previous"])
        prev_dead = int(change.loc["fatalities", "previous"])
        days = (end - start).days + 1
        when = f"In the previous {_plural(days, 'day')}"
        if previous_period:
            when += f" ({period_text(*previous_period).replace(' and ', ' to ', 1)})"
        if prev_events == 0:
            sentences.append(f"{when} no events were recorded.")
        else:
            were = "was" if prev_events == 1 else "were"
            sentences.append(
                f"{when} there {were} {_plural(prev_events, 'event')} and "
                f"{_plural(prev_dead, 'death')} (best estimate): "
                f"{_change_words(change.loc['events'], 'events')}, "
                f"{_change_words(change.loc['fatalities'], 'deaths')}."
            )
    sentences += extra or []
    return " ".join(sentences)


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


def _with_article(kind: str) -> str:
    """ "an attack", "an armed clash", "a suicide bomb" (acronyms keep their case)."""
    words = kind.split()
    if words and not words[0].isupper():
        words[0] = words[0].lower()
    text = " ".join(words)
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text


def _change_words(row: pd.Series, what: str) -> str:
    change = int(row["change"])
    if change == 0:
        return f"{what} unchanged"
    pct = "" if pd.isna(row["change_pct"]) else f" ({row['change_pct']:+.0f}%)"
    return f"{what} {'up' if change > 0 else 'down'} {abs(change):,}{pct}"
