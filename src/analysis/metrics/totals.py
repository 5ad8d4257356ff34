"""Real events and their totals: one row per duplicate cluster, fatalities summed per event,
headline numbers and the change against a previous period (see :mod:`analysis.metrics`).
"""

from __future__ import annotations

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
    if "cited_sources" in kept.columns:
        cited = cited_by_cluster(kept)
        events["cluster_cited"] = events["cluster_id"].map(cited).astype("str")
    return events.sort_values(["date_start", "cluster_id"], kind="stable").reset_index(drop=True)


def cited_by_cluster(rows: pd.DataFrame) -> pd.Series:
    """What each cluster's rows cite (``cited_sources``), by ``cluster_id``: a cluster of
    one row, its text as it is; of several rows, their distinct texts one per line, each
    after its source, so that every record's citations stay with the provider that gave
    them (a cluster of ACLED's and the GTD's rows whose GTD row cites nothing still says
    which provider's record the citation is).

    >>> rows = pd.DataFrame({"cluster_id": ["a", "a", "b", "c"],
    ...     "source": ["acled", "ucdp", "acled", "gtd"],
    ...     "cited_sources": ["Dawn; Reuters", '"Clash in Kalat," Dawn', "Dawn", None]})
    >>> cited_by_cluster(rows).to_dict()
    {'a': 'acled: Dawn; Reuters\\nucdp: "Clash in Kalat," Dawn', 'b': 'Dawn'}
    >>> cited_by_cluster(rows.assign(cited_sources=["Dawn", None, None, None])).to_dict()
    {'a': 'acled: Dawn'}
    """
    several_rows = rows["cluster_id"].duplicated(keep=False)
    cited = rows.loc[rows["cited_sources"].notna(), ["cluster_id", "source", "cited_sources"]]
    several = several_rows.loc[cited.index]
    label = (
        cited["cited_sources"]
        .astype("str")
        .where(
            ~several, cited["source"].astype("str") + ": " + cited["cited_sources"].astype("str")
        )
    )
    labelled = cited.assign(label=label).drop_duplicates(["cluster_id", "label"])
    labelled = labelled.sort_values(["cluster_id", "label"], kind="stable")  # by source
    alone = ~labelled["cluster_id"].duplicated(keep=False)
    joined = labelled[~alone].groupby("cluster_id", sort=False)["label"].agg("\n".join)
    out = pd.concat([labelled[alone].set_index("cluster_id")["label"], joined])
    return out.sort_index().rename("cited_sources")


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
    """The exact total of a column of counts, as a Python int (never wraps past 2**63).

    >>> _sum(pd.Series([5 * 10**18] * 3, dtype="Int64"))
    15000000000000000000
    """
    values = series.dropna()
    if values.empty:
        return 0
    if int(values.abs().max()) <= (2**63 - 1) // len(values):  # the int64 sum cannot wrap
        return int(values.sum())
    return sum(int(v) for v in values.to_numpy(dtype=object))


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


def toll_unknown(frame: pd.DataFrame) -> pd.Series:
    """Per row of events with their bounds (:func:`with_fatalities`): True where the event's
    toll is unknown, its ``best`` null (no figure, or figures that give none), which is not a
    toll of 0.

    >>> frame = pd.DataFrame({"best": pd.array([3, None, 0], dtype="Int64")})
    >>> toll_unknown(frame).tolist()
    [False, True, False]
    """
    return frame["best"].isna()


def unknown_tolls(events: pd.DataFrame, fatalities: pd.DataFrame) -> int:
    """Events with no known fatality figure at all."""
    if events.empty:
        return 0
    return int(toll_unknown(with_fatalities(events, fatalities)).sum())


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
