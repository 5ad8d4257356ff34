"""Campaign ids in the store, by window functions: the rule of
:func:`analysis.clean.campaigns.link_campaigns`, in SQL over the stored ``campaign_keys``.

Used by the full clean (over every event, once all batches are cleaned) and by an update
(over the chains and ``related_id`` groups the re-cleaned events are or were in), so the
pipeline never needs a campaign's other events to re-clean one of them.

The rule, as in pandas:

- events of one ``actor`` in one ``admin1`` (both as in ``campaign_keys``) whose span is at
  most :data:`~analysis.clean.campaigns.MAX_SPAN` are chained, in date order, while each
  starts at most :data:`~analysis.clean.campaigns.MAX_GAP` after the latest end before it;
- groups sharing a ``related_id`` are joined (connected components);
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
import pandas as pd

from analysis.clean.campaigns import MAX_GAP, MAX_SPAN

_SPAN_US = MAX_SPAN // pd.Timedelta(microseconds=1)
_GAP_US = MAX_GAP // pd.Timedelta(microseconds=1)

# The keys the groups are computed over: every stored key, or (an update) those of whole
# (actor, admin1) partitions and related_id groups the scope reaches, closed below.
_ALL_KEYS = "CREATE OR REPLACE TEMP TABLE campaign_scope_keys AS SELECT * FROM campaign_keys"
_SCOPED_KEYS = """CREATE OR REPLACE TEMP TABLE campaign_scope_keys AS
SELECT * FROM campaign_keys
WHERE event_id IN (SELECT event_id FROM campaign_scope)
   OR related_id IN (SELECT related_id FROM campaign_related)
UNION SELECT * FROM campaign_keys SEMI JOIN campaign_parts USING (actor, admin1)"""

# Chains numbered within each (actor, admin1), each event labelled with its chain's
# smallest event id (its own id when it cannot chain).
_CHAINS = f"""CREATE OR REPLACE TEMP TABLE campaign_groups AS
WITH keys AS (
    SELECT *, actor IS NOT NULL AND admin1 IS NOT NULL AND date_start IS NOT NULL
        AND date_diff('microsecond', date_start, date_end) <= {_SPAN_US} AS chained
    FROM campaign_scope_keys),
reach AS (
    SELECT event_id, actor, admin1, date_start, max(date_end) OVER (
        PARTITION BY actor, admin1 ORDER BY date_start, event_id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached
    FROM keys WHERE chained),
chains AS (
    SELECT event_id, actor, admin1, sum(CASE
        WHEN date_diff('microsecond', reached, date_start) <= {_GAP_US} THEN 0 ELSE 1 END)
        OVER (PARTITION BY actor, admin1 ORDER BY date_start, event_id
              ROWS UNBOUNDED PRECEDING) AS chain
    FROM reach),
labelled AS (
    SELECT event_id, min(event_id) OVER (PARTITION BY actor, admin1, chain) AS label
    FROM chains)
SELECT k.event_id, k.related_id, coalesce(l.label, k.event_id) AS label
FROM keys k LEFT JOIN labelled l USING (event_id)"""

# One round of joining groups that share a related_id (as _join_related in pandas).
_RELATED_ROUND = """CREATE OR REPLACE TEMP TABLE campaign_groups_next AS
SELECT event_id, related_id, min(by_related) OVER (PARTITION BY label) AS label
FROM (SELECT event_id, related_id, label, CASE WHEN related_id IS NULL THEN label
      ELSE min(label) OVER (PARTITION BY related_id) END AS by_related
      FROM campaign_groups)"""

# The campaign id of every event of a group with two real events or more.
_IDS = """CREATE OR REPLACE TEMP TABLE campaign_ids AS
WITH members AS (
    SELECT g.event_id, g.label, k.actor, k.date_start, e.admin1, e.cluster_id
    FROM campaign_groups g JOIN campaign_scope_keys k USING (event_id)
    JOIN events_clean e USING (event_id)),
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

# Events whose campaign id changes: the computed groups' events and the scope's.
_MOVES = """CREATE OR REPLACE TEMP TABLE campaign_moves AS
SELECT e.event_id, c.campaign_id FROM events_clean e LEFT JOIN campaign_ids c USING (event_id)
WHERE e.campaign_id IS DISTINCT FROM c.campaign_id {scoped}"""
_IN_SCOPE = (
    "AND (e.event_id IN (SELECT event_id FROM campaign_groups) "
    "OR e.event_id IN (SELECT event_id FROM campaign_scope))"
)


def link_campaigns_sql(con: duckdb.DuckDBPyConnection, scoped: bool = False) -> int:
    """Set ``events_clean.campaign_id`` and the campaigns' rows of ``cleaning_changes``
    from ``campaign_keys``; returns how many events' campaign id changed.

    With ``scoped``, only the chains and ``related_id`` groups of the events the temporary
    table ``campaign_scope`` lists (before or after their change) are computed; every
    other event keeps its id. Events carry no campaign id from their source, so each event
    in a campaign has one change row (before empty).
    """
    if scoped:
        _close_scope(con)
        con.execute(_SCOPED_KEYS)
    else:
        con.execute(_ALL_KEYS)
    con.execute(_CHAINS)
    related = con.execute(
        "SELECT count(*) FROM campaign_scope_keys WHERE related_id IS NOT NULL"
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
    if scoped:  # the other groups keep their events, clusters and spellings: their ids
        con.execute(
            "CREATE OR REPLACE TEMP TABLE campaign_groups AS FROM campaign_groups "
            "WHERE label IN (SELECT label FROM campaign_groups "
            "WHERE event_id IN (SELECT event_id FROM campaign_scope))"
        )
    con.execute(_IDS)
    con.execute(_MOVES.format(scoped=_IN_SCOPE if scoped else ""))
    con.execute(
        "UPDATE events_clean SET campaign_id = m.campaign_id FROM campaign_moves m "
        "WHERE events_clean.event_id = m.event_id"
    )
    con.execute(
        "DELETE FROM cleaning_changes WHERE step = 'campaigns' "
        "AND event_id IN (SELECT event_id FROM campaign_moves)"
    )
    con.execute(
        'INSERT INTO cleaning_changes (event_id, step, "column", before, after) '
        "SELECT event_id, 'campaigns', 'campaign_id', '', campaign_id FROM campaign_moves "
        "WHERE campaign_id IS NOT NULL"
    )
    return con.execute("SELECT count(*) FROM campaign_moves").fetchone()[0]


def _close_scope(con: duckdb.DuckDBPyConnection) -> None:
    """``campaign_parts`` (actor, admin1) and ``campaign_related`` (related ids) reached from
    ``campaign_scope``, closed: every partition of an event sharing a reached related id,
    every related id of an event in a reached partition."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_parts AS SELECT DISTINCT actor, admin1 "
        "FROM campaign_keys WHERE event_id IN (SELECT event_id FROM campaign_scope) "
        "AND actor IS NOT NULL AND admin1 IS NOT NULL"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_related AS SELECT DISTINCT related_id "
        "FROM campaign_keys WHERE event_id IN (SELECT event_id FROM campaign_scope) "
        "AND related_id IS NOT NULL"
    )
    while True:
        added = con.execute(
            "INSERT INTO campaign_related SELECT DISTINCT related_id FROM campaign_keys "
            "SEMI JOIN campaign_parts USING (actor, admin1) WHERE related_id IS NOT NULL "
            "AND related_id NOT IN (SELECT related_id FROM campaign_related)"
        ).fetchone()[0]
        added += con.execute(
            "INSERT INTO campaign_parts SELECT DISTINCT k.actor, k.admin1 FROM campaign_keys k "
            "ANTI JOIN campaign_parts USING (actor, admin1) WHERE k.actor IS NOT NULL "
            "AND k.admin1 IS NOT NULL "
            "AND k.related_id IN (SELECT related_id FROM campaign_related)"
        ).fetchone()[0]
        if not added:
            return
