"""A full clean's casualty figures, reconciled by group in DuckDB.

Most real events have one figure (an ACLED row gives one; 94 % of the benchmark's
million figures are their cluster's only one). What
:func:`analysis.clean.reconcile.reconcile` makes of a cluster's only figure is that
figure as it stands (``_one_figure``), and a lone figure's event total for duplicate
scoring is its best figure; both are worked out here in SQL, by a GROUP BY over the
stored tables. Only the figures of clusters (and events) with several are fetched into
pandas, in the order a frame of every figure would hold them, and reconciled there as
before; their rows are appended. So no frame of every figure is made, and the tables
equal those of ``reconcile`` over all of them (tested on generated stores, and table by
table on the benchmark's).

An update still reconciles its few clusters in pandas; the "incremental equals full"
tests hold the two ways to one result.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.clean.duplicates import _event_figures
from analysis.clean.pipeline import derive_figures
from analysis.clean.reconcile import FATALITY_COLUMNS, reconcile
from analysis.schema import VICTIM_GROUPS, _typed, empty_casualties
from analysis.store.eventstore import EventStore, _fetch

# A lone figure as reconcile's rules give it (a missing low counts as 0, the high is at
# least the low, "unknown" without a best figure); columns of FATALITY_COLUMNS.
_LONE = """SELECT cluster_id, victim_group,
    CASE WHEN best IS NOT NULL THEN coalesce(low, 0) END AS low, best,
    CASE WHEN best IS NOT NULL THEN CASE WHEN high IS NULL OR high < coalesce(low, 0)
        THEN coalesce(low, 0) ELSE high END END AS high,
    CAST(1 AS BIGINT) AS figures, coalesce(reported_by, 'unnamed source') AS reported_by,
    CASE WHEN best IS NOT NULL THEN 'single figure' ELSE 'unknown' END AS method
FROM figure_groups WHERE n = 1 AND claim = {claim}"""


# The event's range beside its total (the sums of its figures' lows and highs).
RANGE = ("low", "high")
# A lone figure's victim group as its position in VICTIM_GROUPS.
_GROUP_CODE = (
    "CASE first(victim_group) "
    + " ".join(f"WHEN '{group}' THEN {n}" for n, group in enumerate(VICTIM_GROUPS))
    + " ELSE -1 END"
)


def event_totals(store: EventStore, rowids: np.ndarray, among: str = "") -> pd.DataFrame:
    """The total best figure, its range (``low``, ``high``) and the figures by victim group (what
    :func:`~analysis.clean.duplicates.event_figures` gives from their stored figures) of
    the current events stored at ``rowids`` (their rowids in ``events``), in that order.
    ``among``: an SQL condition on ``event_id`` (`` AND …``) that holds for those events,
    as the caller selected them.

    An event with one figure, not a claim, totals its best figure (counted in SQL and
    placed by rowid); only the figures of events with several are read and reconciled.

    >>> import tempfile, pathlib
    >>> from analysis.store import ingest_files
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "e.csv").write_text(
    ...     "event_id_cnty,event_date,event_type,actor1,country,admin1,fatalities\\n"
    ...     "PAK1,2024-08-26,Battles,Police,Pakistan,Sindh,4\\n"
    ...     "PAK2,2024-08-26,Battles,Police,Pakistan,Sindh,\\n")
    >>> _ = ingest_files(folder / "s.duckdb", [folder / "e.csv"])
    >>> with EventStore(folder / "s.duckdb") as store:
    ...     stored = store.con.execute("SELECT rowid FROM events ORDER BY event_id DESC").df()
    ...     event_totals(store, stored["rowid"].to_numpy())["total"].tolist()
    [<NA>, 4.0]
    """
    con = store.con
    totals = pd.array(np.full(len(rowids), None), dtype="Float64")
    groups = {group: np.full(len(rowids), np.nan) for group in VICTIM_GROUPS}
    order = np.argsort(rowids, kind="stable")
    counted = con.execute(
        "SELECT e.rowid AS at, c.n, c.best, c.grp, c.low, c.high FROM events e JOIN (SELECT "
        "event_id, "
        "count(*) AS n, CASE WHEN count(*) = 1 AND NOT bool_or(perpetrator_claim) "
        f"THEN first(best) END AS best, {_GROUP_CODE} AS grp, "
        "coalesce(first(low), first(best)) AS low, coalesce(first(high), first(best)) AS high "
        f"FROM casualties GROUP BY 1) c USING (event_id) WHERE NOT e.deleted{among}"
    ).fetchnumpy()
    at, mine = _positions(rowids, order, np.asarray(counted["at"]))
    best = np.ma.getdata(counted["best"]).astype("float64")
    known = ~np.ma.getmaskarray(counted["best"]) & mine
    totals[at[known]] = best[known]
    ranges = {name: pd.array(np.full(len(rowids), None), dtype="Float64") for name in RANGE}
    for name in RANGE:  # a lone figure's range (its best where it gives none)
        ranges[name][at[known]] = np.ma.getdata(counted[name]).astype("float64")[known]
    code = np.ma.getdata(counted["grp"])
    for number, group in enumerate(VICTIM_GROUPS):  # a lone figure is its group's figure
        lone = known & (code == number)
        groups[group][at[lone]] = best[lone]
    several = np.asarray(counted["n"]) > 1
    if several.any():
        figures = _typed(
            _fetch(
                con,
                "SELECT c.* FROM casualties c JOIN events USING (event_id) WHERE NOT deleted"
                f"{among} AND c.event_id IN (SELECT event_id FROM casualties GROUP BY 1 "
                "HAVING count(*) > 1) ORDER BY c.event_id, c.source_row",
                [],
            ),
            "casualties",
        )
        ids = con.execute(
            "SELECT event_id, rowid AS at FROM events WHERE NOT deleted AND event_id IN "
            "(SELECT event_id FROM casualties GROUP BY 1 HAVING count(*) > 1)"
        ).df()
        found = _event_figures(figures).reindex(ids["event_id"].astype("str").to_numpy())
        at, mine = _positions(rowids, order, ids["at"].to_numpy())
        totals[at[mine]] = found["total"].array[mine]
        for name in RANGE:
            ranges[name][at[mine]] = found[name].array[mine]
        for group in VICTIM_GROUPS:
            groups[group][at[mine]] = found[group].to_numpy()[mine]
    return pd.DataFrame({"total": totals, **ranges, **groups})


def _positions(
    rowids: np.ndarray, order: np.ndarray, wanted: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``wanted`` is in ``rowids`` (``order`` sorts them), and whether it is.

    >>> rowids = np.array([30, 10, 20])
    >>> at, found = _positions(rowids, np.argsort(rowids), np.array([20, 40, 30]))
    >>> at[found].tolist(), found.tolist()
    ([2, 0], [True, False, True])
    """
    sorted_ids = rowids[order]
    place = np.minimum(np.searchsorted(sorted_ids, wanted), max(len(rowids) - 1, 0))
    found = (sorted_ids[place] == wanted) if len(rowids) else np.zeros(len(wanted), bool)
    return order[place] if len(rowids) else place, found


def write_figures(store: EventStore, without: pd.DataFrame, among: str = "") -> None:
    """``casualties_clean``, ``fatalities`` and ``claims`` made anew (inside the caller's
    transaction) for the current events ``among`` selects (an SQL condition on
    ``event_id``, `` AND …``; empty: every one), once ``events_clean`` holds their
    clusters. ``without``: those events with notes but no known figure, in store order
    (what :func:`~analysis.clean.pipeline.derive_figures` reads).

    ``casualties_clean`` is the stored figures plus those derived from notes;
    ``fatalities`` and ``claims`` are what :func:`~analysis.clean.reconcile.reconcile`
    gives for them with each event's cluster: clusters with one figure in SQL, the others
    in pandas (see the module docstring).
    """
    con = store.con
    derived = derive_figures(without, empty_casualties())  # the derived rows only
    con.execute(
        "CREATE OR REPLACE TABLE casualties_clean AS SELECT c.* FROM casualties c "
        f"JOIN events USING (event_id) WHERE NOT deleted{among}"
    )
    if len(derived):
        store.with_frame(
            "INSERT INTO casualties_clean BY NAME SELECT * FROM incoming",
            incoming=_typed(derived, "casualties"),
        )
    # each (cluster, claim or not) with its number of figures and, for a lone one, the figure
    con.execute(
        "CREATE OR REPLACE TEMP TABLE figure_groups AS SELECT coalesce(e.cluster_id, "
        "c.event_id) AS cluster_id, c.perpetrator_claim AS claim, count(*) AS n, "
        "first(c.victim_group) AS victim_group, first(c.low) AS low, first(c.best) AS best, "
        "first(c.high) AS high, first(c.reported_by) AS reported_by FROM casualties_clean c "
        "LEFT JOIN events_clean e USING (event_id) GROUP BY ALL"
    )
    # the figures of the other groups, in a frame of every figure's order: the stored
    # ones by event and row, then those derived from notes, in ``without``'s order
    several = _fetch(
        con,
        "SELECT c.*, coalesce(e.cluster_id, c.event_id) AS cluster_id FROM casualties_clean c "
        "LEFT JOIN events_clean e USING (event_id) SEMI JOIN (SELECT cluster_id, claim "
        "FROM figure_groups WHERE n > 1) g ON g.cluster_id = coalesce(e.cluster_id, c.event_id) "
        "AND g.claim = c.perpetrator_claim WHERE NOT c.derived ORDER BY c.event_id, c.source_row",
        [],
    )
    if len(derived):
        groups = con.execute("SELECT cluster_id, claim FROM figure_groups WHERE n > 1").df()
        clusters = con.execute(
            "SELECT event_id, cluster_id FROM events_clean WHERE event_id IN "
            "(SELECT event_id FROM casualties_clean WHERE derived)"
        ).df()
        mine = derived.merge(clusters, on="event_id", how="left")
        mine["cluster_id"] = mine["cluster_id"].fillna(mine["event_id"])
        keep = (
            mine.merge(
                groups,
                left_on=["cluster_id", "perpetrator_claim"],
                right_on=["cluster_id", "claim"],
                how="left",
                indicator=True,
            )["_merge"]
            .eq("both")
            .to_numpy()
        )
        several = pd.concat([several, mine[keep]], ignore_index=True)
    several = _typed(several, "casualties")
    members = several[["event_id", "cluster_id"]].drop_duplicates("event_id")
    fatalities, claims = reconcile(several.drop(columns="cluster_id"), members)
    for table, frame, claim in (("fatalities", fatalities, "false"), ("claims", claims, "true")):
        store.with_frame(
            f"CREATE OR REPLACE TABLE {table} AS {_LONE.format(claim=claim)} "
            f"UNION ALL BY NAME SELECT * FROM reconciled",
            reconciled=frame[FATALITY_COLUMNS],
        )
    con.execute("DROP TABLE figure_groups")
