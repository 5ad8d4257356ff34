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
   A toll with no victim group (``unknown``) beside another reporter's grouped figures of
   the event may count the same victims, so it is treated alike
   (:func:`_ungrouped_beside_groups`): the event's low is the larger of its grouped lows and
   the largest single reporter's total (rule 1 adds up each reporter's own figures), its
   high the sum of every figure, and ``unknown`` takes what is left: its low what that low
   leaves beyond the grouped lows (never below 0), its high its own sum, best = low. The
   police's 5 civilians and a doctor's 8 dead give civilians 5 and ``unknown`` 3–8: 8–13
   killed, not 13 (second example below); the doctor's 4 would give ``unknown`` 0–4.
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
>>> figures = pd.DataFrame({
...     "event_id": ["e1", "e1"], "victim_group": ["civilians", "unknown"],
...     "low": [5, 8], "best": [5, 8], "high": [5, 8], "reported_by": ["police", "doctor"],
...     "perpetrator_claim": [False, False]})
>>> fatalities, claims = reconcile(figures)
>>> fatalities[["victim_group", "low", "best", "high"]].values.tolist()
[['civilians', 5, 5, 5], ['unknown', 3, 3, 8]]
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
    # Rule 2 for a toll of no group beside another reporter's grouped figures of the event.
    per_event = _ungrouped_beside_groups(per_event, per_reporter)
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


BESIDE_GROUPS = "largest reporter's total beyond the grouped figures to the sum (overlap unknown)"


def _ungrouped_beside_groups(per_event: pd.DataFrame, per_reporter: pd.DataFrame) -> pd.DataFrame:
    """Rule 2 for the ``unknown`` row (a toll no reporter gave a victim group) of an event
    where another reporter gives grouped figures: whether that toll counts the grouped
    victims is unknown, as between any two reporters. So the event's low is what is
    certain: the larger of its grouped lows and the largest single reporter's total (one
    reporter's figures adding up, rule 1; a reporter's toll may still be of the victims
    another reporter grouped), and ``unknown``'s low is what that leaves beyond the
    grouped lows, never below 0. Its high is the sum of the ungrouped figures, as before
    (they may all be other people). best = low for the event: ``unknown``'s best is what
    the event's low leaves beyond the grouped bests; where that is below its low (grouped
    bests above their lows), the toll's low comes down to its best and the grouped lows
    rise toward their bests by as much (:func:`_raise_grouped_lows`, as under rule 3).
    A toll stated ``separate`` (other people) adds to both ends; one stated ``included``
    adds nothing to the high end beyond what the grouped highs leave of its reporter's
    total. An event whose tolls and grouped figures are all one reporter's, and the rows
    of other events, are returned as they are.

    The police's 5 civilians and a doctor's 8 dead of no group: the event's low is the
    doctor's 8 (the five may be among them), so ``unknown`` is 3 to 8, best 3; the event
    8 to 13, not 13.

    >>> per_reporter = pd.DataFrame({"cluster_id": "e", "event_id": "e",
    ...     "victim_group": ["civilians", "unknown"], "reported_by": ["police", "doctor"],
    ...     "low": [5, 8], "best": [5, 8], "high": [5, 8], "overlap": None, "known": True})
    >>> per_event = per_reporter[["cluster_id", "event_id", "victim_group", "low", "best",
    ...     "high"]].assign(reporters=1, stated=0, method="single figure")
    >>> out = _ungrouped_beside_groups(per_event, per_reporter)
    >>> out[["victim_group", "low", "best", "high"]].values.tolist()
    [['civilians', 5, 5, 5], ['unknown', 3, 3, 8]]
    """
    keys = ["cluster_id", "event_id"]
    known = per_event["reporters"].gt(0)
    ungrouped = per_event["victim_group"].eq("unknown")
    if not (known & ungrouped).any() or not (known & ~ungrouped).any():
        return per_event
    # the events with a known ungrouped toll, a known grouped figure and two reporters or more
    # among their known figures: some ungrouped toll is not all of one reporter's own figures
    bounds = ["low", "best", "high"]
    with_groups = per_event[known & ~ungrouped].groupby(keys, sort=False)[bounds].sum()
    tolls = per_event.loc[known & ungrouped, keys]
    named = per_reporter[per_reporter["known"]].groupby(keys, sort=False)["reported_by"]
    reporters = named.nunique()
    events = pd.MultiIndex.from_frame(tolls).intersection(with_groups.index)
    events = events[reporters.reindex(events).gt(1).to_numpy()]
    if not len(events):
        return per_event
    mine = pd.MultiIndex.from_frame(per_reporter[keys]).isin(events)
    figures = per_reporter[mine].copy()
    # a reporter's grouped figures count in its total where their group has a known figure
    counted = pd.MultiIndex.from_frame(per_event.loc[known, [*keys, "victim_group"]])
    figures = figures[pd.MultiIndex.from_frame(figures[[*keys, "victim_group"]]).isin(counted)]
    low = figures["low"].astype("float64").fillna(0)
    high = np.fmax(figures["high"].astype("float64"), figures["low"].astype("float64"))
    is_toll = figures["victim_group"].eq("unknown")
    separate = figures["overlap"].eq("separate").fillna(False) & is_toll
    included = figures["overlap"].eq("included").fillna(False) & is_toll
    parts = pd.DataFrame(
        {
            "cluster_id": figures["cluster_id"],
            "event_id": figures["event_id"],
            "reported_by": figures["reported_by"],
            "grouped_low": low.where(~is_toll, 0),
            "grouped_high": high.fillna(0).where(~is_toll, 0),
            "toll_low": low.where(is_toll & ~separate),
            "toll_high": figures["high"].astype("float64").where(is_toll),
            "separate": low.where(separate, 0),
            "counted": figures["high"].astype("float64").where(is_toll & ~included),
        }
    )
    by_reporter = parts.groupby([*keys, "reported_by"], sort=False).agg(
        grouped_low=("grouped_low", "sum"),
        grouped_high=("grouped_high", "sum"),
        toll_low=("toll_low", "max"),
        toll_high=("toll_high", "max"),
    )
    by_reporter["total_low"] = by_reporter["grouped_low"] + by_reporter["toll_low"]
    by_reporter["total_high"] = by_reporter["grouped_high"] + by_reporter["toll_high"]
    largest = by_reporter.groupby(level=keys, sort=False)[["total_low", "total_high"]].max()
    sums = parts.groupby(keys, sort=False)[["separate", "counted"]].sum()
    largest = largest.reindex(events)
    groups = with_groups.reindex(events)
    beyond_low = (largest["total_low"] - groups["low"]).fillna(0).clip(lower=0)
    new_low = beyond_low + sums["separate"].reindex(events)
    beyond_high = largest["total_high"] - groups["high"]
    new_high = pd.concat([sums["counted"].reindex(events), beyond_high, new_low], axis=1).max(
        axis=1
    )
    # best = low for the event: what its low leaves beyond the grouped bests. Where grouped
    # bests stand above their lows, that is less than the toll's low: the toll's low comes
    # down to its best and the grouped lows rise toward their bests by as much, so the
    # event's low stays what is certain (as under rule 3).
    new_best = (groups["low"] + new_low - groups["best"]).clip(lower=0)
    excess = (new_low - new_best).clip(lower=0)
    rows = pd.MultiIndex.from_frame(per_event[keys]).isin(events) & known & ungrouped
    at = pd.MultiIndex.from_frame(per_event.loc[rows, keys])
    out = per_event.copy()
    out.loc[rows, "low"] = np.fmin(new_low, new_best).reindex(at).to_numpy()
    out.loc[rows, "best"] = new_best.reindex(at).to_numpy()
    out.loc[rows, "high"] = np.fmax(new_high, new_best).reindex(at).to_numpy()
    raise_by = pd.Series(excess.to_numpy(), index=events.get_level_values("event_id"))
    by_event = out[["event_id", "victim_group", "low", "best"]].rename(
        columns={"event_id": "cluster_id"}
    )
    out["low"] = _raise_grouped_lows(by_event, raise_by[raise_by.gt(0)])["low"].to_numpy()
    stated = out["stated"].gt(0)
    out.loc[rows & ~stated, "method"] = BESIDE_GROUPS
    out.loc[rows & stated, "method"] = "several reporters, overlap as stated"
    return out


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
    the group with the most room (best − low) first. A group with no known figure stays so.

    >>> out = pd.DataFrame({"cluster_id": "c", "victim_group": ["militants", "security_forces"],
    ...     "low": [20, 13], "best": [21, 15], "high": [28, 19]})
    >>> _raise_grouped_lows(out, pd.Series({"c": 2}))["low"].tolist()
    [20, 15]
    """
    grouped = out["cluster_id"].isin(excess.index) & out["victim_group"].ne("unknown")
    grouped &= out["low"].notna() & out["best"].notna()
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

    Most groups have one value; only groups with several are joined in Python. A small
    frame (a small store's, an update's) is joined in Python alone: pandas' fixed cost of a
    groupby and a merge is most of the work there.
    """
    if len(frame) <= SMALL_JOIN:
        return _joined_small(frame, keys, column, target)
    distinct = frame[[*keys, column]].dropna().drop_duplicates()
    size = distinct.groupby(keys, sort=False)[column].transform("size")
    single = distinct[size.eq(1)]
    several = distinct[size.gt(1)].groupby(keys, sort=False)[column].agg("; ".join).reset_index()
    values = pd.concat([single, several], ignore_index=True)
    return target[keys].merge(values, on=keys, how="left")[column].to_numpy()


SMALL_JOIN = 2_000  # rows up to which _joined works in Python


def _joined_small(
    frame: pd.DataFrame, keys: list[str], column: str, target: pd.DataFrame
) -> np.ndarray:
    """:func:`_joined` row by row: the distinct values in the order they first come, rows
    with a missing key or value left out, missing (NaN) for a target row without any."""
    found: dict[tuple, list] = {}
    for row in frame[[*keys, column]].itertuples(index=False, name=None):
        if any(pd.isna(v) for v in row):
            continue
        values = found.setdefault(row[:-1], [])
        if row[-1] not in values:
            values.append(row[-1])
    joined = {
        key: "; ".join(values) if len(values) > 1 else values[0] for key, values in found.items()
    }
    out = np.empty(len(target), dtype=object)
    for i, key in enumerate(target[keys].itertuples(index=False, name=None)):
        out[i] = np.nan if any(pd.isna(v) for v in key) else joined.get(key, np.nan)
    return out


def _empty() -> pd.DataFrame:
    return _EMPTY.copy()


# built once (typed empty columns cost more than a small table's reconciliation); copied out
_EMPTY = pd.DataFrame({c: pd.Series(dtype="str") for c in FATALITY_COLUMNS}).astype(
    {"low": "Int64", "best": "Int64", "high": "Int64", "figures": "int64"}
)
