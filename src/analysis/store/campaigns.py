"""Campaign ids in the store, by window functions: the rule of
:func:`analysis.clean.campaigns.link_campaigns`, in SQL over the stored ``campaign_keys``.

Used by the full clean (over every event, once all batches are cleaned) and by an update
(over the chains and ``related_id`` groups the re-cleaned events are or were in), so the
pipeline never needs a campaign's other events to re-clean one of them.

The rule, as in pandas:

- events of one ``actor`` in one ``admin1`` (both as in ``campaign_keys``) whose span is at
  most :data:`~analysis.clean.campaigns.MAX_SPAN` are chained, in date order, while each
  starts at most :data:`~analysis.clean.campaigns.MAX_GAP` after the latest end before it
  (a chain: the unit an update computes again, kept in ``campaign_keys.chain``);
- each chain is cut into windows of two calendar days
  (:func:`~analysis.clean.campaigns.window_anchors`: the first event opens a window on its
  first day, each next one joins it when it ends by the next day, or opens the next
  window), labelled with their first event's id and kept in ``campaign_keys.window_label``;
  a window never crosses a chain's break, so the windows of a chain depend on its keys
  alone;
- windows sharing a ``related_id`` are joined (connected components);
- a group of two or more real events (distinct ``cluster_id`` of ``events_clean``) is a
  campaign named ``"<actor> | <admin1> | <first date>"``: actor and admin1 spelling (as in
  ``events_clean``) of its earliest event by (``date_start``, ``event_id``) that has one,
  "related events" when none has an actor.

>>> import duckdb, pandas as pd
>>> con = duckdb.connect()
>>> days = pd.to_datetime(["2024-08-25", "2024-08-26", "2024-09-10"])
>>> keys = pd.DataFrame({"event_id": ["a", "b", "c"], "actor": "BLA", "admin1": "balochistan",
...     "date_start": days, "date_end": days, "related_id": None})
>>> clean = pd.DataFrame({"event_id": ["a", "b", "c"], "cluster_id": ["a", "b", "c"],
...     "admin1": "Balochistan", "campaign_id": pd.Series([None] * 3, dtype="str")})
>>> _ = con.execute("CREATE TABLE campaign_keys AS SELECT * FROM keys")
>>> _ = con.execute("CREATE TABLE events_clean AS SELECT * FROM clean")
>>> _ = con.execute("CREATE TABLE cleaning_changes (event_id VARCHAR, step VARCHAR, "
...     '"column" VARCHAR, before VARCHAR, after VARCHAR)')
>>> link_campaigns_sql(con)
2
>>> con.execute("SELECT campaign_id FROM events_clean ORDER BY event_id").fetchall()
[('BLA | Balochistan | 2024-08-25',), ('BLA | Balochistan | 2024-08-25',), (None,)]
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.clean.campaigns import MAX_GAP, MAX_SPAN, window_anchors
from analysis.store.changelog import add_changes, delete_changes
from analysis.store.components import labelled_components
from analysis.store.rewrite import rewrite_rows

_SPAN_US = MAX_SPAN // pd.Timedelta(microseconds=1)
_GAP_US = MAX_GAP // pd.Timedelta(microseconds=1)

# Keys next to given ones: a chainable key overlapping a chainable key k starts at most a
# span and a gap before k starts and a gap after k ends. _NEAR_DAYS gives each chainable key
# of ``{keys}`` (actor and admin1 known, span at most MAX_SPAN) those days (a day more each
# side), so that its neighbours are joined by (actor, admin1, first day) and only then
# checked for overlap (_OVERLAPS), not every key of its (actor, admin1) compared with it.
_DAY_US = 86_400_000_000
_BEFORE_DAYS = -(-(_SPAN_US + _GAP_US) // _DAY_US) + 1
_AFTER_DAYS = -(-_GAP_US // _DAY_US) + 1
_DAY = "datediff('day', DATE '1970-01-01', CAST({} AS DATE))"
_NEAR_DAYS = f"""SELECT event_id, actor, admin1, date_start, date_end,
        unnest(range({_DAY.format("date_start")} - {_BEFORE_DAYS},
                     {_DAY.format("date_end")} + {_AFTER_DAYS} + 1)) AS day
    FROM {{keys}} WHERE actor IS NOT NULL AND admin1 IS NOT NULL
        AND date_diff('microsecond', date_start, date_end) <= {_SPAN_US}"""
_OVERLAPS = f"""k.actor = f.actor AND k.admin1 = f.admin1 AND {_DAY.format("k.date_start")} = f.day
        AND date_diff('microsecond', f.date_end, k.date_start) <= {_GAP_US}
        AND date_diff('microsecond', k.date_end, f.date_start) <= {_GAP_US}"""

# The events whose campaign an update may change, found before the changed events' keys
# are replaced: the changed (temporary table ``touched``) and moved (``moved``: their
# cluster moved) events, and the stored events a group can fall apart at when changed
# events leave it: the chainable keys whose reach (``date_start`` to ``date_end`` +
# MAX_GAP) overlaps a changed event's old chainable key in its (actor, admin1), and those
# sharing its old related id. A chain is a connected run of such reaches (an event ends no
# earlier than it starts), so each piece a chain or group falls into when changed events
# leave it holds one of them. A key that cannot chain is a chain of its own: it neither
# holds a chain together nor is split from one, and its group changes only through a
# related id.
_SCOPE = f"""CREATE OR REPLACE TEMP TABLE campaign_scope AS
WITH old AS (FROM campaign_old),
near AS ({_NEAR_DAYS.format(keys="old")})
SELECT event_id FROM {{changed}}
UNION SELECT event_id FROM moved
UNION SELECT k.event_id FROM campaign_keys k JOIN near f ON {_OVERLAPS}
UNION SELECT event_id FROM campaign_keys
    WHERE related_id IN (SELECT related_id FROM old WHERE related_id IS NOT NULL)"""


# Chains numbered in one pass over every key in (partition, date) order, each event
# labelled with its chain's smallest event id (its own id when it cannot chain). A chain
# breaks where an event starts more than MAX_GAP after the latest end before it in its
# partition: the running maximum is of (partition number, end) packed in one HUGEINT, so it
# never reaches into the partition before, and no window is partitioned (thousands of small
# partitions are slow). Both passes order by event id too: with ties left to the sort, the
# second could order events of one day otherwise than the first and count a break early.
_SLOT = 2**64
_CHAINS = f"""CREATE OR REPLACE TEMP TABLE campaign_chains AS
WITH parts AS (
    SELECT actor, admin1, row_number() OVER () AS part
    FROM (SELECT DISTINCT actor, admin1 FROM {{keys}}
          WHERE actor IS NOT NULL AND admin1 IS NOT NULL)),
keys AS (
    SELECT k.event_id, k.date_start, p.part,
        CAST(p.part AS HUGEINT) * {_SLOT} + epoch_us(k.date_end) AS reach
    FROM {{keys}} k JOIN parts p USING (actor, admin1)
    WHERE date_diff('microsecond', k.date_start, k.date_end) <= {_SPAN_US}),
reach AS (
    SELECT event_id, date_start, part, max(reach) OVER (ORDER BY part, date_start, event_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) - CAST(part AS HUGEINT) * {_SLOT}
        AS reached
    FROM keys),
chains AS (
    SELECT event_id, sum(CASE WHEN reached >= -{_SLOT // 2}
        AND epoch_us(date_start) - reached <= {_GAP_US} THEN 0 ELSE 1 END)
        OVER (ORDER BY part, date_start, event_id ROWS UNBOUNDED PRECEDING) AS chain
    FROM reach),
labelled AS (
    SELECT c.event_id, l.label FROM chains c
    JOIN (SELECT chain, min(event_id) AS label FROM chains GROUP BY chain) l USING (chain))
SELECT k.event_id, k.related_id, coalesce(l.label, k.event_id) AS label, k.chain AS stored,
    k.window_label AS stored_window, k.actor, k.date_start, k.date_end
FROM {{keys}} k LEFT JOIN labelled l USING (event_id)"""

# The keys whose chains an update computes again (temporary table ``chain_keys``): every
# key of a stored chain (``campaign_keys.chain``, its label as last computed) that holds an
# event of ``campaign_scope`` (a chain a key left, or a key of it moved: it may fall apart),
# and the changed events' new keys (``chain`` not yet known). The stored chains the new
# keys only reach are not computed again but joined (_CHAIN_JOINS).
_CHAIN_KEYS = """CREATE OR REPLACE TEMP TABLE chain_keys AS
SELECT * FROM campaign_keys WHERE chain IS NULL OR chain IN (SELECT chain FROM campaign_keys
    SEMI JOIN campaign_scope USING (event_id) WHERE chain IS NOT NULL)"""

# The stored chains, not computed again, that a changed event's new key joins: pairs of the
# label of the key's chain just computed (``campaign_chains``) and the stored chain label
# of a chainable key outside ``chain_keys`` whose reach overlaps the new key's in its
# (actor, admin1). A chain is a connected run of overlapping reaches (the chains of the
# rule are the connected components of the overlaps), and two stored keys that overlap
# share a stored chain, so the chains of the updated keys are the chains just computed
# joined by these pairs: a stored chain outside keeps its keys whole, and only a new key
# can link it to another. (A new key that cannot chain reaches none: _NEAR_DAYS.)
_CHAIN_JOINS = f"""CREATE OR REPLACE TEMP TABLE chain_joins AS
WITH fresh AS ({_NEAR_DAYS.format(keys="(SELECT * FROM chain_keys WHERE chain IS NULL)")})
SELECT DISTINCT c.label AS piece, k.chain AS joined
FROM campaign_keys k JOIN fresh f ON {_OVERLAPS}
JOIN campaign_chains c ON c.event_id = f.event_id
WHERE k.chain IS NOT NULL AND date_diff('microsecond', k.date_start, k.date_end) <= {_SPAN_US}
    AND k.chain NOT IN (SELECT chain FROM chain_keys WHERE chain IS NOT NULL)"""

# One round of joining groups that share a related_id (as _join_related in pandas); each
# event's other columns (its actor and first day, which name the campaign) kept with it.
_RELATED_ROUND = """CREATE OR REPLACE TEMP TABLE campaign_groups_next AS
SELECT * EXCLUDE (by_related) REPLACE (min(by_related) OVER (PARTITION BY label) AS label)
FROM (SELECT *, CASE WHEN related_id IS NULL THEN label
      ELSE min(label) OVER (PARTITION BY related_id) END AS by_related
      FROM campaign_groups)"""

# The campaign id of every event of a group with two real events or more (the groups carry
# each event's actor and first day from ``campaign_keys``: not looked up there again).
_IDS = """CREATE OR REPLACE TEMP TABLE campaign_ids AS
WITH members AS (
    SELECT g.event_id, g.label, g.actor, g.date_start, e.admin1, e.cluster_id
    FROM campaign_groups g JOIN {clean} e USING (event_id)),
named AS (
    SELECT label,
        coalesce(first(actor ORDER BY date_start NULLS LAST, event_id)
            FILTER (WHERE actor IS NOT NULL), 'related events') AS actor,
        coalesce(first(admin1 ORDER BY date_start NULLS LAST, event_id)
            FILTER (WHERE admin1 IS NOT NULL), '?') AS admin1,
        strftime(min(date_start), '%Y-%m-%d') AS first_day
    FROM members GROUP BY label HAVING count(DISTINCT cluster_id) > 1)
SELECT m.event_id, n.actor || ' | ' || n.admin1 || ' | ' || n.first_day AS campaign_id
FROM members m JOIN named n USING (label)"""

# Events whose campaign id changes: those of ``{clean}`` (every event, or an update's
# ``scope_clean``, then with their rowids in events_clean).
_MOVES = """CREATE OR REPLACE TEMP TABLE campaign_moves AS
SELECT {rowid} e.event_id, c.campaign_id FROM {clean} e
LEFT JOIN campaign_ids c USING (event_id) WHERE e.campaign_id IS DISTINCT FROM c.campaign_id"""
# The events of the windows an update changes: a campaign is a group of windows (joined
# by related ids) named from its events' keys and their rows of events_clean, so a group
# none of whose events is in ``campaign_scope`` (every event whose key, cluster or admin1
# may have changed, and those sharing a related id with a changed one) and none of whose
# windows gained or lost an event keeps its events and its name: it is not named again.
# A window gained or lost an event when a key of the chains computed again has another
# window than stored (its new and its old window), or a changed event's old key
# (``campaign_old``, the keys replaced or deleted) was in it. A chain computed again or
# joined keeps most of its windows (a new event moves the windows after it only until
# they fall in step again), so the groups named are those few, not every window of a
# long chain.
_CHANGED = """CREATE OR REPLACE TEMP TABLE campaign_changed AS
WITH moved AS (SELECT window_label, stored_window FROM campaign_chains
    WHERE stored_window IS DISTINCT FROM window_label),
windows AS (
    SELECT window_label FROM moved
    UNION SELECT stored_window FROM moved
    UNION SELECT window_label FROM campaign_old
    UNION SELECT window_label FROM campaign_chains SEMI JOIN campaign_scope USING (event_id))
SELECT event_id FROM campaign_chains WHERE window_label IN (SELECT window_label FROM windows)
UNION SELECT event_id FROM campaign_scope"""
# An update's one read of events_clean for its campaigns: the rows of the computed groups'
# events and the scope's (one semi-join, not two lookups per stored event), which name
# the campaigns (_IDS) and hold the ids they replace (_MOVES), with their rowids.
_SCOPE_CLEAN = """CREATE OR REPLACE TEMP TABLE scope_clean AS
SELECT rowid AS clean_row, event_id, admin1, cluster_id, campaign_id FROM events_clean
SEMI JOIN (SELECT event_id FROM campaign_groups UNION
           SELECT event_id FROM campaign_scope) s USING (event_id)"""


def link_campaigns_sql(
    con: duckdb.DuckDBPyConnection,
    scoped: bool = False,
    out: str | None = None,
    added: str | None = None,
    out_ids: str | None = None,
) -> int:
    """Set ``events_clean.campaign_id`` and the campaigns' rows of ``cleaning_changes``
    from ``campaign_keys``; returns how many events' campaign id changed.

    Each key's chain label is kept in ``campaign_keys.chain``. Without ``scoped`` the
    chains are computed over every key. With ``scoped``, only the chains the changes can
    can split are computed again (:data:`_CHAIN_KEYS`: the changed events' new keys, whose
    ``chain`` is missing, and the stored chains the events of the temporary table
    ``campaign_scope`` (:func:`scope_campaigns`) are in), the stored chains the new keys
    reach are joined to those without being computed again (:data:`_CHAIN_JOINS`), every
    other key keeps its stored chain, and only the groups (windows joined by
    ``related_id``) holding an event of ``campaign_scope`` or a window that gained or lost
    an event (:data:`_CHANGED`) are named; every other event keeps its id (scoped, the
    temporary table ``campaign_old`` that :func:`scope_campaigns` leaves is read too).
    Events carry no campaign id from their source, so each event in a campaign has
    one change row (before empty).

    ``out`` and ``added`` (with ``scoped``): the caller's change rows to replace as well,
    in the same pass over ``cleaning_changes``: the rows for which the SQL condition
    ``out`` holds are deleted with the campaigns' old rows, and the rows of the relation
    ``added`` appended (but campaign rows of events whose campaign id changes: as if they
    had been appended first and the campaigns' old rows deleted after). ``out_ids``: SQL
    listing (``event_id``) every event a row ``out`` selects can be of: the pass over
    ``cleaning_changes`` then matches those events and the moved ones first
    (:func:`~analysis.store.changelog.delete_changes`).
    """
    if scoped:
        con.execute(_CHAIN_KEYS)
        con.execute(_CHAINS.format(keys="chain_keys"))
        _windows(con, _join_chains(con))
        con.execute("DROP TABLE IF EXISTS chain_merged")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE chain_moves AS SELECT event_id, label, window_label "
            "FROM campaign_chains WHERE stored IS DISTINCT FROM label "
            "OR stored_window IS DISTINCT FROM window_label"
        )
        rewrite_rows(
            con,
            "campaign_keys",
            "chain_moves",
            ["event_id"],
            {"chain": "c.label", "window_label": "c.window_label"},
        )
        # the stored keys read where they are, not copied whole (a few of them are reached)
        con.execute(
            "CREATE OR REPLACE TEMP VIEW stored_chains AS SELECT event_id, related_id, "
            "window_label AS label, actor, date_start FROM campaign_keys"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE campaign_windows AS SELECT event_id, related_id, "
            "window_label AS label, actor, date_start FROM campaign_chains"
        )
        _reached_groups(con)
        con.execute("DROP VIEW stored_chains")
        con.execute(_CHANGED)
        con.execute("DROP TABLE campaign_chains")
    else:
        con.execute("ALTER TABLE campaign_keys ADD COLUMN IF NOT EXISTS chain VARCHAR")
        con.execute("ALTER TABLE campaign_keys ADD COLUMN IF NOT EXISTS window_label VARCHAR")
        con.execute(_CHAINS.format(keys="campaign_keys"))
        _windows(con)
        con.execute(
            "CREATE OR REPLACE TABLE campaign_keys AS SELECT k.* EXCLUDE (chain, window_label), "
            "c.label AS chain, c.window_label FROM campaign_keys k "
            "JOIN campaign_chains c USING (event_id)"
        )
        con.execute(
            "CREATE OR REPLACE TEMP TABLE campaign_groups AS SELECT event_id, related_id, "
            "window_label AS label, actor, date_start FROM campaign_chains"
        )
    related = con.execute(
        "SELECT count(*) FROM campaign_groups WHERE related_id IS NOT NULL"
    ).fetchone()[0]
    while related:
        con.execute(_RELATED_ROUND)
        moved = con.execute(
            "SELECT count(*) FROM campaign_groups_next n JOIN campaign_groups g "
            "USING (event_id) WHERE n.label <> g.label"
        ).fetchone()[0]
        con.execute("CREATE OR REPLACE TEMP TABLE campaign_groups AS FROM campaign_groups_next")
        if not moved:
            break
    # the other groups keep their events, clusters and spellings: their ids (without a
    # related id every group is a window of a chain computed again)
    if scoped and related:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE campaign_groups AS FROM campaign_groups "
            "WHERE label IN (SELECT label FROM campaign_groups "
            "WHERE event_id IN (SELECT event_id FROM campaign_windows))"
        )
    if scoped:  # only the groups a change reaches are named again (see _CHANGED)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE campaign_groups AS FROM campaign_groups "
            "WHERE label IN (SELECT label FROM campaign_groups "
            "SEMI JOIN campaign_changed USING (event_id))"
        )
        con.execute(_SCOPE_CLEAN)
    clean = "scope_clean" if scoped else "events_clean"
    con.execute(_IDS.format(clean=clean))
    con.execute(_MOVES.format(clean=clean, rowid="e.clean_row," if scoped else ""))
    if scoped:  # a few events anywhere in the table: rewritten (see analysis.store.rewrite)
        rewrite_rows(
            con,
            "events_clean",
            "campaign_moves",
            ["event_id"],
            {"campaign_id": "c.campaign_id"},
            at="clean_row",
        )
    else:
        con.execute(
            "UPDATE events_clean SET campaign_id = m.campaign_id FROM campaign_moves m "
            "WHERE events_clean.event_id = m.event_id"
        )
    moved_out = "step = 'campaigns' AND event_id IN (SELECT event_id FROM campaign_moves)"
    moved_in = (
        "SELECT event_id, 'campaigns' AS step, 'campaign_id' AS \"column\", '' AS before, "
        "campaign_id AS after FROM campaign_moves WHERE campaign_id IS NOT NULL"
    )
    if scoped:  # the cleaning log is kept by differences (see analysis.store.changelog)
        among = (
            None if out is not None and out_ids is None else "SELECT event_id FROM campaign_moves"
        )
        if out is not None and out_ids is not None:
            among = f"{among} UNION ALL {out_ids}"
        delete_changes(con, moved_out if out is None else f"({moved_out}) OR ({out})", among)
        if added is not None:
            add_changes(con, f"SELECT * FROM ({added}) WHERE NOT ({moved_out})")
        add_changes(con, moved_in)
    else:
        con.execute(f"DELETE FROM cleaning_changes WHERE {moved_out}")
        con.execute(f"INSERT INTO cleaning_changes BY NAME {moved_in}")
    return con.execute("SELECT count(*) FROM campaign_moves").fetchone()[0]


def _join_chains(con: duckdb.DuckDBPyConnection) -> str:
    """The chains of ``campaign_chains`` (those of ``chain_keys``, just computed) with the
    stored chains the changed events' new keys reach (:data:`_CHAIN_JOINS`) joined to them,
    every key of theirs: each chain linked to others takes the smallest label among them (a
    label is its chain's smallest event id, so the joined chain's label is its smallest id
    too). Returns the SQL relation of them (read once, by :func:`_windows`: not written
    as a table of its own), reading the temporary table ``chain_merged`` when a stored
    chain is joined."""
    con.execute(_CHAIN_JOINS)
    joins = con.execute("SELECT piece, joined FROM chain_joins").df()
    if joins.empty:
        return "campaign_chains"
    merged = labelled_components(joins["piece"], joins["joined"])
    con.register("merged_frame", merged)
    con.execute("CREATE OR REPLACE TEMP TABLE chain_merged AS SELECT * FROM merged_frame")
    con.unregister("merged_frame")
    return (
        "(SELECT c.* REPLACE (coalesce(m.component, c.label) AS label) "
        "FROM campaign_chains c LEFT JOIN chain_merged m ON m.event_id = c.label "
        "UNION ALL SELECT k.event_id, k.related_id, m.component AS label, k.chain AS stored, "
        "k.window_label AS stored_window, k.actor, k.date_start, k.date_end "
        "FROM campaign_keys k JOIN chain_merged m ON m.event_id = k.chain "
        "WHERE k.chain IN (SELECT joined FROM chain_joins))"
    )


def _windows(con: duckdb.DuckDBPyConnection, chains: str = "campaign_chains") -> None:
    """``campaign_chains`` made of the keys of the relation ``chains`` (its columns), each
    with its ``window_label``: the id of the first event of its window
    (:func:`analysis.clean.campaigns.window_anchors`, over the chains of two keys or more,
    in order of chain, ``date_start`` and ``event_id``; a key alone in its chain is its own
    window).

    The keys are read once, in that order, as an Arrow table and written back with their
    labels: no join of the labels to the keys, and no Python object per id either way.

    >>> con = duckdb.connect()
    >>> _ = con.execute("CREATE TABLE campaign_chains AS SELECT * FROM (VALUES "
    ...     "('c', 'a', TIMESTAMP '2024-08-03', TIMESTAMP '2024-08-03'), "
    ...     "('a', 'a', TIMESTAMP '2024-08-01', TIMESTAMP '2024-08-01'), "
    ...     "('b', 'a', TIMESTAMP '2024-08-02', TIMESTAMP '2024-08-02'), "
    ...     "('x', 'x', TIMESTAMP '2024-08-02', TIMESTAMP '2024-08-09')) "
    ...     "k(event_id, label, date_start, date_end)")
    >>> _windows(con)
    >>> con.execute("SELECT event_id, window_label FROM campaign_chains ORDER BY 1").fetchall()
    [('a', 'a'), ('b', 'a'), ('c', 'c'), ('x', 'x')]
    """
    con.complete()  # a DB-API result left open would block sql()
    rows = con.sql(f"SELECT * FROM {chains} ORDER BY label, date_start, event_id").to_arrow_table()
    # in Arrow, not pandas: the ids go back to DuckDB as they came
    part = pc.dictionary_encode(rows.column("label")).combine_chunks().indices.to_numpy()
    part = part.astype(np.int64)
    at = np.flatnonzero(np.bincount(part, minlength=1)[part] > 1)  # chains of two keys or more
    opens = window_anchors(
        part[at],
        rows.column("date_start").to_numpy()[at],
        rows.column("date_end").to_numpy()[at],
    )
    first = np.arange(len(part))
    first[at] = at[np.maximum.accumulate(np.where(opens, np.arange(len(opens)), 0))]
    ids = rows.column("event_id").combine_chunks()
    windows = rows.append_column(  # noqa: F841 (read by DuckDB)
        "window_label", ids.take(pa.array(first, type=pa.int64()))
    )
    con.execute("CREATE OR REPLACE TEMP TABLE campaign_chains AS SELECT * FROM windows")


def _reached_groups(con: duckdb.DuckDBPyConnection) -> None:
    """``campaign_groups``: every window of the chains computed again, and every window
    holding an event that shares a related id with one of those, until no related id leads
    further.

    ``campaign_windows`` holds the windows of the chains just computed again (a new or
    removed key can move every window boundary after it in its chain, so all of them are
    named again), ``stored_chains`` every key with its window (those computed again already
    rewritten). The events of ``campaign_scope`` are all in chains computed again
    (:data:`_CHAIN_KEYS`); the keys are read for the windows a related id leads to only
    when one does."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_labels AS SELECT DISTINCT label "
        "FROM campaign_windows"
    )
    chains = "campaign_windows"
    while True:
        related = (
            f"SELECT related_id FROM {chains} SEMI JOIN campaign_labels USING (label) "
            "WHERE related_id IS NOT NULL"
        )
        if con.execute(f"SELECT count(*) FROM ({related})").fetchone()[0] == 0:
            break
        added = con.execute(
            "INSERT INTO campaign_labels SELECT DISTINCT label FROM stored_chains "
            f"WHERE related_id IN ({related}) "
            "AND label NOT IN (SELECT label FROM campaign_labels)"
        ).fetchone()[0]
        if not added:
            break
        chains = "stored_chains"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_groups AS SELECT event_id, related_id, label, "
        f"actor, date_start FROM {chains} SEMI JOIN campaign_labels USING (label)"
    )


def scope_campaigns(con: duckdb.DuckDBPyConnection, changed: str = "touched") -> None:
    """The temporary table ``campaign_scope`` an update's :func:`link_campaigns_sql` reads:
    the events whose campaign may change when those of the temporary table ``changed``
    (default ``touched``) change and those of ``moved`` change cluster (see :data:`_SCOPE`).
    Called before the changed events' rows of ``campaign_keys`` are replaced (their rows,
    with their rowids as ``key_row``, are left in the temporary table ``campaign_old``). An
    update lists as ``changed`` only the events whose campaign inputs changed: a changed event
    whose key, cluster and admin1 spelling stay as stored is, for campaigns, a stored event
    like any other (it keeps its chain and campaign id unless another change reaches it).

    >>> import duckdb
    >>> con = duckdb.connect()
    >>> _ = con.execute("CREATE TABLE campaign_keys AS SELECT * FROM (VALUES "
    ...     "('a', 'BLA', 'sindh', TIMESTAMP '2024-08-01', TIMESTAMP '2024-08-01', NULL), "
    ...     "('b', 'BLA', 'sindh', TIMESTAMP '2024-08-02', TIMESTAMP '2024-08-02', NULL), "
    ...     "('c', 'BLA', 'sindh', TIMESTAMP '2024-08-03', TIMESTAMP '2024-08-03', NULL), "
    ...     "('d', 'BLA', 'sindh', TIMESTAMP '2024-08-04', TIMESTAMP '2024-08-04', NULL)) "
    ...     "k(event_id, actor, admin1, date_start, date_end, related_id)")
    >>> _ = con.execute("CREATE TABLE touched AS SELECT 'b' AS event_id")
    >>> _ = con.execute("CREATE TABLE moved AS SELECT 'x' AS event_id")
    >>> scope_campaigns(con)
    >>> sorted(i for (i,) in con.execute("SELECT event_id FROM campaign_scope").fetchall())
    ['a', 'b', 'c', 'x']
    >>> con.execute("SELECT key_row, event_id FROM campaign_old").fetchall()
    [(1, 'b')]
    """
    # the changed events' old keys, kept for link_campaigns_sql (the windows they leave),
    # with their rowids (``key_row``), by which the caller can delete them
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_old AS "
        f"SELECT rowid AS key_row, * FROM campaign_keys SEMI JOIN {changed} USING (event_id)"
    )
    con.execute(_SCOPE.format(changed=changed))
