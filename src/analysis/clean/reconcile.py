"""Claims reconciliation: several figures for the same victims become one low/best/high range.

The rules (docs/methodology.md explains them with the seed article):

1. **One reporter, one event, one victim group**: the reporter's figures are added up (a
   police official's "three civilians and one tribal elder" are four civilians).
2. **Several reporters, one event**: whether their figures overlap is unknown, so
   low = the largest single figure, high = the sum, best = low. (The military's 21 militants
   and the interior ministry's 12 → low 21, best 21, high 33.) Where a source states the
   overlap (casualty column ``overlap``), the statement is used: a figure "included" in
   another adds nothing to the high end; a "separate" figure counts other people, so it is
   added to the low end too. best = low still (the statement narrows the range).
3. **Several sources of one real event** (a duplicate cluster: the same attack in ACLED, GTD
   and an analyst's table): they count the same victims, so low = the largest low, best =
   the largest best, high = the largest high — never a sum. A toll with no victim group
   (``unknown``, such as ACLED's single figure) is the same victims as the other sources'
   grouped figures: each of its bounds is what the largest source total leaves beyond
   them, never below 0 (:func:`_unattributed`); where the largest source low is more than
   the grouped lows and that toll's best, the grouped lows rise toward their bests, so the
   cluster's low is never below a source's exact figure.
4. **Perpetrators' claims** never enter these figures: they are returned separately.

A figure that is unknown (null) adds nothing; a group with only unknown figures stays null.

>>> import pandas as pd
>>> figures = pd.DataFrame({
...     "event_id": ["e1", "e1"], "victim_group": ["militants", "militants"],
...     "low": [21, 12], "best": [21, 12], "high": [21, 12],
...     "reported_by": ["Pakistan military", "Interior Minister"],
...     "perpetrator_claim": [False, False]})
>>> fatalities, claims = reconcile(figures)
>>> fatalities[["low", "best", "high", "figures"]].to_dict("records")
[{'low': 21, 'best': 21, 'high': 33, 'figures': 2}]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

FATALITY_COLUMNS = [
    "cluster_id",
    "victim_group",
    "low",
    "best",
    "high",
    "figures",
    "reported_by",
    "method",
]


def reconcile(
    casualties: pd.DataFrame, events: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Reconciled fatalities per real event (``cluster_id``) and victim group, and the claims.

    ``events`` supplies ``cluster_id`` for each event_id (without it, or for events it does
    not list, each event is its own cluster). Returns ``(fatalities, claims)``, both with
    :data:`FATALITY_COLUMNS`.
    """
    figures = casualties.copy(deep=False)
    figures["reported_by"] = figures["reported_by"].fillna("unnamed source")
    if "overlap" not in figures.columns:
        figures["overlap"] = pd.Series(pd.NA, index=figures.index, dtype="str")
    clusters = _clusters(figures["event_id"], events)
    figures["cluster_id"] = clusters
    claimed = figures["perpetrator_claim"].astype(bool)
    return _combine(figures[~claimed]), _combine(figures[claimed])


def _clusters(event_ids: pd.Series, events: pd.DataFrame | None) -> pd.Series:
    if events is None or "cluster_id" not in events.columns:
        return event_ids.astype("str")
    lookup = events.set_index("event_id")["cluster_id"]
    return event_ids.map(lookup).fillna(event_ids).astype("str")


def _combine(figures: pd.DataFrame) -> pd.DataFrame:
    """Rules 1–3 per cluster and victim group; a cluster with one figure (most of a large
    table) takes the vectorised shortcut of :func:`_one_figure`."""
    if figures.empty:
        return _empty()
    codes, _ = pd.factorize(figures["cluster_id"])
    alone = np.bincount(codes)[codes] == 1
    parts = [_one_figure(figures[alone]), _several_figures(figures[~alone])]
    out = pd.concat([part for part in parts if len(part)] or parts, ignore_index=True)
    out = out.sort_values(["cluster_id", "victim_group"], kind="stable")
    return out.reset_index(drop=True)


def _one_figure(figures: pd.DataFrame) -> pd.DataFrame:
    """What rules 1–3 give for a cluster with a single figure: that figure as it stands
    (a missing low counts as 0, the high is at least the low), "unknown" when it has no
    best figure.

    >>> one = pd.DataFrame({"cluster_id": ["e1", "e2"], "victim_group": "civilians",
    ...     "low": pd.array([3, None], "Int64"), "best": pd.array([4, None], "Int64"),
    ...     "high": pd.array([None, None], "Int64"), "reported_by": "ACLED"})
    >>> _one_figure(one)[["low", "best", "high", "method"]].values.tolist()
    [[3, 4, 3, 'single figure'], [<NA>, <NA>, <NA>, 'unknown']]
    """
    known = figures["best"].notna()
    low = figures["low"].astype("Int64").fillna(0)
    high = figures["high"].astype("Int64")
    high = high.where(high.isna() | high.ge(low), low).fillna(low)
    out = pd.DataFrame(
        {
            "cluster_id": figures["cluster_id"].astype("str"),
            "victim_group": figures["victim_group"],
            "low": low.where(known),
            "best": figures["best"].astype("Int64"),
            "high": high.where(known),
            "figures": 1,
            "reported_by": figures["reported_by"],
            "method": pd.Series("single figure", index=figures.index, dtype="str").where(
                known, "unknown"
            ),
        }
    )
    return out[FATALITY_COLUMNS].astype(
        {"low": "Int64", "best": "Int64", "high": "Int64", "figures": "int64"}
    )


def _several_figures(figures: pd.DataFrame) -> pd.DataFrame:
    if figures.empty:
        return _empty()
    keys = ["cluster_id", "event_id", "victim_group"]
    # Rule 1: one reporter's figures for one event and group add up.
    by_reporter = figures.groupby([*keys, "reported_by"], sort=False)
    per_reporter = by_reporter[["low", "best", "high"]].sum(min_count=1)
    per_reporter["rows"] = by_reporter.size()
    per_reporter["overlap"] = by_reporter["overlap"].first()
    per_reporter = per_reporter.reset_index()
    per_reporter["known"] = per_reporter["best"].notna()
    # Rule 2: across reporters of one event, largest single figure … sum of figures, or
    # what a stated overlap says: "separate" figures add to both ends, "included" to neither.
    separate = per_reporter["overlap"].eq("separate").fillna(False)
    included = per_reporter["overlap"].eq("included").fillna(False)
    per_reporter["low_shared"] = per_reporter["low"].where(~separate)
    per_reporter["low_separate"] = per_reporter["low"].where(separate)
    per_reporter["high_counted"] = per_reporter["high"].where(~included)
    grouped = per_reporter.groupby(keys, sort=False)
    per_event = grouped.agg(
        low_shared=("low_shared", "max"),
        low_separate=("low_separate", "sum"),
        high=("high_counted", "sum"),
        largest_high=("high", "max"),
        reporters=("known", "sum"),
        stated=("overlap", "count"),
    ).reset_index()
    per_event["low"] = per_event["low_shared"].fillna(0) + per_event["low_separate"].fillna(0)
    per_event["low"] = per_event["low"].where(per_event["reporters"].gt(0))
    per_event["high"] = per_event[["high", "largest_high", "low"]].max(axis=1)
    per_event["reported_by"] = _joined(per_reporter, keys, "reported_by", per_event)
    single = per_event["reporters"].le(1)
    best_single = grouped["best"].max().reset_index(drop=True)
    per_event["best"] = best_single.where(single, per_event["low"])
    per_event["high"] = per_event["high"].where(per_event["reporters"].gt(0))
    per_event["figures"] = grouped["rows"].sum().to_numpy()  # every source figure, counted
    per_event["method"] = _event_method(per_event["reporters"])
    stated = per_event["stated"].gt(0) & per_event["reporters"].gt(1)
    per_event.loc[stated, "method"] = "several reporters, overlap as stated"
    # Rule 3: across the sources of one real event, the largest of each bound.
    by_cluster = per_event.groupby(["cluster_id", "victim_group"], sort=False)
    out = by_cluster.agg(
        low=("low", "max"),
        best=("best", "max"),
        high=("high", "max"),
        figures=("figures", "sum"),
        events=("event_id", "nunique"),
    ).reset_index()
    cluster_keys = ["cluster_id", "victim_group"]
    out["reported_by"] = _joined(per_event, cluster_keys, "reported_by", out)
    out["method"] = _joined(per_event, cluster_keys, "method", out)
    several = out["events"].gt(1)
    out.loc[several, "method"] = (
        "largest of " + out.loc[several, "events"].astype("str") + " sources (same victims)"
    )
    out = _unattributed(out, per_event)
    out = out.sort_values(["cluster_id", "victim_group"], kind="stable")
    return (
        out[FATALITY_COLUMNS]
        .astype({"low": "Int64", "best": "Int64", "high": "Int64", "figures": "int64"})
        .reset_index(drop=True)
    )


def _unattributed(out: pd.DataFrame, per_event: pd.DataFrame) -> pd.DataFrame:
    """Rule 3 for the figures no source gave a victim group (``unknown``), in a cluster of
    several sources: they are the same victims as the other sources' grouped figures, not
    others. So each bound of ``unknown`` is what the largest source total (of that bound)
    leaves beyond the cluster's grouped figures, never less than 0: ACLED's 10 dead of an
    attack that UCDP splits into 6 security forces and 4 civilians add no one, and the
    cluster counts 10, not 20. Where the bounds so found are out of order, the best figure
    widens the range (low at most best, high at least best).

    >>> per_event = pd.DataFrame({"cluster_id": "c", "event_id": ["acled", "ucdp", "ucdp"],
    ...     "victim_group": ["unknown", "security_forces", "civilians"],
    ...     "low": [10, 6, 4], "best": [10, 6, 4], "high": [10, 7, 5]})
    >>> out = per_event.groupby(["cluster_id", "victim_group"]).max().reset_index()
    >>> out["method"] = "single figure"
    >>> out["events"] = 1
    >>> _unattributed(out, per_event)[["victim_group", "low", "best", "high"]].values.tolist()
    [['civilians', 4, 4, 5], ['security_forces', 6, 6, 7], ['unknown', 0, 0, 0]]
    """
    bounds = ["low", "best", "high"]
    events = per_event.groupby("cluster_id", sort=False)["event_id"].nunique()
    several = out["cluster_id"].map(events).gt(1) & out["victim_group"].eq("unknown")
    if not several.any():
        return out
    clusters = out.loc[several, "cluster_id"]
    totals = per_event.groupby(["cluster_id", "event_id"], sort=False)[bounds].sum(min_count=1)
    largest = totals.groupby(level="cluster_id", sort=False).max()
    grouped = out[out["victim_group"].ne("unknown")].groupby("cluster_id", sort=False)[bounds]
    attributed = grouped.sum().reindex(clusters).fillna(0).to_numpy(dtype="float64")
    left = largest.reindex(clusters).to_numpy(dtype="float64") - attributed
    left = np.clip(left, 0, None)
    low, best, high = left[:, 0], left[:, 1], left[:, 2]
    unknown = out.loc[several, bounds].isna().to_numpy()
    values = np.column_stack([np.minimum(low, best), best, np.maximum(high, best)])
    out.loc[several, bounds] = np.where(unknown, np.nan, values)
    # A low the grouped bests cover but the grouped lows do not (an exact 35 beside 33–47
    # split by group) raises the grouped lows toward their bests, so the cluster's low is
    # the largest source low.
    excess = pd.Series(np.where(unknown[:, 0], 0, np.clip(low - best, 0, None)), clusters)
    out = _raise_grouped_lows(out, excess[excess.gt(0)].groupby(level=0).max())
    changed = pd.Series(False, index=out.index)
    changed[several] = attributed.any(axis=1) & ~unknown.all(axis=1)
    within = changed & out["high"].eq(0).fillna(False)
    out.loc[changed, "method"] = "largest source total beyond the grouped figures (same victims)"
    out.loc[within, "method"] = "within the other sources' grouped figures (same victims)"
    return out


def _raise_grouped_lows(out: pd.DataFrame, excess: pd.Series) -> pd.DataFrame:
    """The lows of the grouped rows (victim group other than ``unknown``) of each cluster in
    ``excess`` (cluster_id → deaths) raised toward their bests by that many deaths in all,
    the group with the most room (best − low) first.

    >>> out = pd.DataFrame({"cluster_id": "c", "victim_group": ["militants", "security_forces"],
    ...     "low": [20, 13], "best": [21, 15], "high": [28, 19]})
    >>> _raise_grouped_lows(out, pd.Series({"c": 2}))["low"].tolist()
    [20, 15]
    """
    grouped = out["cluster_id"].isin(excess.index) & out["victim_group"].ne("unknown")
    if not grouped.any():
        return out
    rows = out[grouped]
    room = (rows["best"] - rows["low"]).fillna(0).clip(lower=0).astype("float64")
    order = pd.DataFrame({"cluster_id": rows["cluster_id"], "room": room})
    order = order.sort_values(["cluster_id", "room"], ascending=[True, False], kind="stable")
    before = order.groupby("cluster_id", sort=False)["room"].cumsum() - order["room"]
    wanted = order["cluster_id"].map(excess).astype("float64")
    raise_by = np.minimum(order["room"], (wanted - before).clip(lower=0))
    out = out.copy()
    raised = out.loc[raise_by.index, "low"].astype("float64") + raise_by
    out.loc[raise_by.index, "low"] = raised.round().astype("int64")
    return out


def _event_method(reporters: pd.Series) -> pd.Series:
    method = pd.Series("single figure", index=reporters.index, dtype="str")
    method[reporters.eq(0)] = "unknown"
    several = reporters.gt(1)
    method[several] = (
        "largest single figure to sum of "
        + reporters[several].astype("str")
        + " reporters (overlap unknown)"
    )
    return method


def _joined(frame: pd.DataFrame, keys: list[str], column: str, target: pd.DataFrame) -> pd.Series:
    """Distinct values of ``column`` per group, "; "-joined, aligned to ``target``'s rows.

    Most groups have one value; only groups with several are joined in Python.
    """
    distinct = frame[[*keys, column]].dropna().drop_duplicates()
    size = distinct.groupby(keys, sort=False)[column].transform("size")
    single = distinct[size.eq(1)]
    several = distinct[size.gt(1)].groupby(keys, sort=False)[column].agg("; ".join).reset_index()
    values = pd.concat([single, several], ignore_index=True)
    return target[keys].merge(values, on=keys, how="left")[column].to_numpy()


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="str") for c in FATALITY_COLUMNS})
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64", "figures": "int64"})
