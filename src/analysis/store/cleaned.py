"""The cleaned tables: rebuilt by ``analysis clean``, kept current by every ingest.

``events`` and ``casualties`` stay exactly as ingested. Cleaning reads the current,
non-deleted events and writes:

- ``events_clean``: the events after :func:`analysis.clean` (normalised names, actor types,
  ``geo_flag``, ``cluster_id``, ``cluster_sources``, ``is_primary``, ``campaign_id``);
- ``casualties_clean``: the source figures plus figures derived from notes;
- ``fatalities`` / ``claims``: reconciled figures per real event and victim group;
- ``cleaning_log``, ``actor_suggestions``, ``duplicate_pairs`` (the scored candidate pairs
  at or above :data:`~analysis.clean.duplicates.REVIEW_FLOOR`: links, refused links and
  near misses);
- what an update needs to stay exact: ``cleaning_changes`` (the log per event),
  ``actor_names`` and ``actor_mentions`` (the suggestions per name and country and the
  events naming it), ``campaign_keys`` (what chains each event into a campaign, the
  chain it is in and its two-day window),
  ``place_spellings`` (the spelling each place name takes, chosen over the whole store),
  ``duplicate_components`` (each linked event's component of the links at or above the
  threshold, refused ones included);
- what spares an update work already done: ``place_matches`` and ``place_extents``
  (the gazetteer place of each distinct country, admin1 and location as spelled, and each
  country's box: :class:`~analysis.clean.places.PlaceMatches`), made with the reference
  tables whose digest ``store_meta`` records beside them.

:func:`clean_store` rebuilds everything. :func:`update_clean` re-cleans only the events
changed since (``clean_pending``), and the events whose place spelling the change moves
(a variant became the one most events use). Only those go through places, actors,
blocking and scoring: every step but duplicate linking and campaigns works per event, or
per place name over the whole store, so an unchanged event's cleaned values stay as
stored. Their scored candidate pairs replace theirs in ``duplicate_pairs``; the scores
of two unchanged events do not change.

Duplicate linking takes pairs best-first, so one pair's fate can depend on any pair of
its connected component (pairs at or above the threshold, accepted or refused). The
update's **neighbourhood** is therefore every component, before or after the change,
holding a changed event (looked up in ``duplicate_components``); its clusters are linked
again from the stored pairs
(:func:`analysis.clean.duplicates.cluster_links`, as in a full clean), and the unchanged
events whose cluster moves are updated in place. Figures are reconciled again for the
clusters of changed and moved events, before and after. Campaigns are linked in SQL
(:func:`analysis.store.campaigns.link_campaigns_sql`) from ``campaign_keys``: over every
event after a full clean, and after an update over the chains and ``related_id`` groups
the changed and moved events are in now or were in before; a changed event whose
campaign inputs (its campaign key, admin1 spelling and cluster) stay as stored keeps its
campaign like an unchanged one. Cluster ids (the smallest event
id of a cluster) and campaign ids (actor, admin1 and first date of the campaign's
earliest event) depend on content only, so the result equals a full rebuild, row for row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.arrow_text import isin, take_text
from analysis.clean import duplicates
from analysis.clean.actors import NAMED_COLUMNS, name_actors
from analysis.clean.campaigns import campaign_keys
from analysis.clean.changes import event_changes
from analysis.clean.duplicates import (
    DEFAULT_THRESHOLD,
    PAIR_REACH_DAYS,
    REFUSED,
    REVIEW_FLOOR,
    _day_runs,
    _id_rank,
    _name_key,
    candidate_pairs,
    cluster_links,
    link_duplicates,
    score_pairs,
)
from analysis.clean.pipeline import changed_values, derive_figures
from analysis.clean.places import (
    LOGGED,
    PlaceMatches,
    normalise_places,
    place_spellings,
    respell_places,
    spelling_rule,
)
from analysis.clean.reconcile import reconcile
from analysis.reference import reference_digest
from analysis.schema import _typed
from analysis.store.campaigns import link_campaigns_sql, scope_campaigns
from analysis.store.changelog import (
    apply_log_delta,
    count_log,
    start_log_delta,
)
from analysis.store.components import components, labelled_components
from analysis.store.eventstore import CLEANED_REFERENCE_KEY, EventStore, _fetch, memory_limit
from analysis.store.figures import event_totals, write_figures
from analysis.store.rewrite import rewrite_rows

CLEAN_TABLES = (
    "events_clean",
    "casualties_clean",
    "fatalities",
    "claims",
    "cleaning_log",
    "actor_suggestions",
    "duplicate_pairs",
)
# Kept so that an update can replace a neighbourhood's share of the summary tables.
UPDATE_TABLES = (
    "cleaning_changes",
    "actor_names",
    "actor_mentions",
    "campaign_keys",
    "place_spellings",
)
# What places worked out per distinct location and per country (PlaceMatches), kept so that
# an update works out only those it has not seen; made by a full clean, extended by every
# update, and valid for the reference tables whose digest store_meta holds under
# PLACES_REFERENCE (another digest: not read, and made anew by the next run).
PLACE_TABLES = {"known": "place_matches", "extents": "place_extents"}
PLACES_REFERENCE = "place_matches_reference"
# Every event of a stored link (a pair at or above the threshold) with its component's
# label, the smallest event id of the connected component of those links: an update's
# neighbourhood is looked up here instead of computed from every link. Made by a full
# clean (after its last batch) and by the first update of a store without it.
COMPONENTS = "duplicate_components"
# Above this share of the store, re-cleaning everything is cheaper than a neighbourhood.
FULL_SHARE = 0.3
BATCH_EVENTS = 1_000_000  # a full clean takes the events this many at a time
# DuckDB's memory limit while a full clean's first batch is cleaned in pandas (unless
# $ANALYSIS_DUCKDB_MEMORY sets one): 1M events' peak 1.81 GB instead of 1.90 GB
REBUILD_MEMORY = "512MB"
WRITE_EVENTS = 250_000  # cleaned events written to events_clean this many at a time
# Days around a changed event's span within which a stored event may be a duplicate
# candidate: the blocking gap (a day) plus the longest span ever paired (a week), rounded up.
REACH_BEFORE, REACH_AFTER = 9, 2
# Up to this many ids, an update reads their rows of events_clean by rowid, the rowids
# found first (DuckDB filters a scan by a list of so many values: dynamic_or_filter_threshold)
FEW_IDS = 50
NEAR_DEGREES = 1.0  # a stored event this close (lat and lon) may be a geo-blocked candidate
KEY_COLUMNS = ["event_id", "actor", "admin1", "date_start", "date_end", "related_id"]
# The event columns the pipeline reads (places, actors, duplicates, campaign keys); the
# others (notes, source file, hashes …) stay in DuckDB and are joined back by event_id
# when ``events_clean`` is written, so a clean never holds the events' text in pandas.
PIPELINE_COLUMNS = [
    "event_id",
    "source",
    "date_start",
    "date_end",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor1",
    "assoc_actor2",
    "source_actor1_type",
    "source_actor2_type",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "claimed_by",
    "related_id",
]
# Columns events_clean adds to the event columns, in the table's order.
EXTRA_COLUMNS = (
    "geo_flag",
    "actor1_type",
    "actor2_type",
    "assoc_actor1_type",
    "assoc_actor2_type",
    "cluster_id",
    "cluster_sources",
    "is_primary",
    "campaign_id",
)
DELETED_COLUMNS = ("deleted", "deleted_at", "deleted_batch")
ROWID = "event_rowid"  # an event's rowid in ``events``, as a selected column is named
# What the pipeline writes: the columns it rewrites (places, actors) and those it adds.
WRITTEN_COLUMNS = [*LOGGED, *NAMED_COLUMNS, *EXTRA_COLUMNS]


def clean_store(store: EventStore, batch_events: int = BATCH_EVENTS) -> dict[str, object]:
    """Rebuild every cleaned table from the ingested events; returns the cleaning summary.

    The events are cleaned about ``batch_events`` at a time, whole countries together: the
    first batch as a store of its own, each later one as an update of those before (its
    events and what they touch among them, only near borders), so memory is bounded by a
    batch (or the largest country) and the result is the same.
    """
    con = store.con
    with store.transaction():
        con.execute(f"DROP TABLE IF EXISTS {COMPONENTS}")  # its batches' updates compute them
        con.execute(_PARTS, [max(batch_events, 1)])
        parts = [p for (p,) in con.execute("SELECT DISTINCT part FROM parts ORDER BY 1").fetchall()]
        for number, part in enumerate(parts or [1]):
            con.execute(
                "CREATE OR REPLACE TEMP TABLE touched AS SELECT event_id FROM parts WHERE part = ?",
                [part],
            )
            if number == 0:
                # DuckDB's cache (the events' text read for events_clean, the new tables'
                # blocks) kept small while the batch's frames are held; restored after
                # (unless an error ends the clean)
                con.execute(f"SET memory_limit = '{memory_limit(REBUILD_MEMORY)}'")
                _rebuild(store, whole=len(parts) <= 1)
                con.execute(f"SET memory_limit = '{memory_limit()}'")
            else:
                _update(store)
        link_campaigns_sql(con)
        _write_components(store)
        _summaries(store)
        _mark_current(store)
    return _facts(store)


# Batches of whole countries (duplicates are found within a country, campaigns within an
# admin1), packed in country order: a country goes to the batch its first event falls in.
_PARTS = """CREATE OR REPLACE TEMP TABLE parts AS
WITH keyed AS (
    SELECT event_id, coalesce(nullif(upper(trim(iso3)), ''), lower(trim(country)), '') AS k
    FROM events WHERE NOT deleted),
countries AS (SELECT k, count(*) AS n FROM keyed GROUP BY k),
packed AS (
    SELECT k, CAST(floor((sum(n) OVER (ORDER BY k ROWS UNBOUNDED PRECEDING) - n) / ?) AS BIGINT)
        AS part FROM countries)
SELECT event_id, part FROM keyed JOIN packed USING (k)"""


def _rebuild(store: EventStore, whole: bool = False) -> None:
    """Every cleaned table made anew from the events ``touched`` lists (inside a
    transaction). Each table is written as soon as it is known and its frame let go, so
    the whole store's frames are never held all at once. ``whole``: the batch is every
    current event of the store.

    The steps are :func:`~analysis.clean.pipeline.clean`'s (campaigns left to SQL), with
    the tables that need the events' source values (the change log of places and actors,
    the actor mentions) written before duplicate linking, so that the source text of the
    columns the pipeline rewrites is let go before the linking's peak."""
    ids = None if whole else "touched"
    events = _select_pipeline_events(store, ids)
    rowids = events.pop(ROWID).to_numpy()  # where each event is stored, for the write
    # duplicate scoring needs only each event's total (counted in DuckDB): the figures
    # are reconciled there once the cleaned frame is let go, not held through the pipeline
    fatalities = event_totals(store, rowids, _among(ids))
    # a batch of every event counts the spellings in its own frame (the same counts, and no
    # DuckDB memory held through the pipeline's peak)
    counts = _name_counts(events) if whole else None
    spellings = _spellings(store, respell=False, counts=counts)
    del counts
    # the change log is written per event (changed_values): the steps' own logs are not made
    matches = PlaceMatches()
    placed, _ = normalise_places(events, spellings=spellings, log=False, matches=matches)
    _keep_place_matches(store, matches, fresh=True)
    del matches
    actors = name_actors(placed, log=False)
    named, suggestions = actors.events, actors.suggestions
    del placed
    unlinked = named.assign(  # as cleaned before linking: each event its own cluster
        cluster_id=named["event_id"], campaign_id=pd.Series(pd.NA, index=named.index, dtype="str")
    )
    _replace_tables(store, {"cleaning_changes": changed_values(events, unlinked)})
    del unlinked
    _replace_tables(
        store,
        {
            "actor_names": _names(suggestions),
            "actor_mentions": actors.mentions(country=True),
        },
    )
    del events, suggestions, actors
    cleaned, _ = link_duplicates(
        named.drop(columns="is_primary", errors="ignore"),
        pairs_sink=_pairs_writer(store, True),
        fatalities=fatalities,
    )
    del named, fatalities
    cleaned["is_primary"] = cleaned["event_id"].eq(cleaned["cluster_id"])
    cleaned["campaign_id"] = pd.Series(pd.NA, index=cleaned.index, dtype="str")
    linked_ids = cleaned["event_id"]
    _insert_tables(
        store,
        {
            "cleaning_changes": event_changes(
                "duplicates", "cluster_id", linked_ids, cleaned["cluster_id"], linked_ids
            )
        },
    )
    del linked_ids
    keys = campaign_keys(cleaned)
    _replace_tables(store, {"campaign_keys": keys.loc[_keyed(keys), KEY_COLUMNS]})
    del keys
    # what is left to do needs only the pipeline's own columns and the event ids: the
    # events' fetched text is let go before the write and the figures
    cleaned = _own_columns(cleaned)
    _write_events_clean(store, cleaned, replace=True, rowids=rowids)
    del rowids
    del cleaned
    # the figures, reconciled by cluster (events_clean holds the clusters now)
    write_figures(store, _without_figures(store, ids), _among(ids))


def _own_columns(cleaned: pd.DataFrame) -> pd.DataFrame:
    """The columns of ``cleaned`` the pipeline wrote (:data:`WRITTEN_COLUMNS`) and a copy of
    its ``event_id``. The text fetched from DuckDB lives in buffers shared by every text
    column of the fetch, freed only when no column names them: the copy lets them go.

    >>> frame = pd.DataFrame({"event_id": ["e1"], "notes": ["n"], "cluster_id": ["e1"]})
    >>> _own_columns(frame).columns.tolist()
    ['cluster_id', 'event_id']
    """
    kept = [c for c in dict.fromkeys(WRITTEN_COLUMNS) if c in cleaned.columns]
    ids = take_text(cleaned["event_id"], np.arange(len(cleaned))).set_axis(cleaned.index)
    return cleaned[kept].assign(event_id=ids)


# why a store's cleaned tables made with another digest are rebuilt in full
# (analysis.reference.reference_digest)
_OTHER_REFERENCE = (
    "reference data or analysis changed since the last clean: an upgrade, or an edited "
    "$ANALYSIS_REFERENCE_DIR"
)


def update_clean(store: EventStore, full_share: float = FULL_SHARE) -> dict[str, object]:
    """Bring the cleaned tables up to date with the events changed since they were built.

    Re-cleans the changed events and relinks their neighbourhood (see the module
    docstring); rebuilds everything when the store was never cleaned by this version, or
    when more than ``full_share`` of its events changed. The summary has ``mode`` "full",
    "update" or "current" and, for an update, ``changed`` and ``recleaned`` event counts
    (``recleaned``: the events whose cleaned rows were written again, the changed ones
    and those whose cluster or place spelling moved); for a full rebuild, ``why`` says what
    made it one.
    """
    tables = _tables(store)
    older = False
    if "actor_names" in tables and not _has_column(store, "actor_names", "country"):
        tables.discard("actor_names")  # cleaned by an older version: rebuilt in full
        older = True
    if "campaign_keys" in tables and not _has_column(store, "campaign_keys", "window_label"):
        tables.discard("campaign_keys")  # the same: chains or windows not kept yet
        older = True
    if store.cleaned_by_older_version():
        tables.discard("events_clean")  # the same: a column added since (associated types)
        older = True
    other_reference = "events_clean" in tables and store.cleaned_with_other_reference()
    if other_reference:
        tables.discard("events_clean")  # names, places and types made with other tables
    pending = store.con.execute("SELECT count(DISTINCT event_id) FROM clean_pending").fetchone()[0]
    total = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
    behind = store.clean_behind()
    if {*CLEAN_TABLES, *UPDATE_TABLES} <= tables and not pending and not behind:
        return _facts(store) | {"mode": "current"}
    if (
        not {*CLEAN_TABLES, *UPDATE_TABLES} <= tables
        or not pending  # behind without a record of what changed: an older store
        or pending > full_share * max(total, 1)
    ):
        if "events_clean" not in _tables(store):
            why = "never cleaned"
        elif older or not {*CLEAN_TABLES, *UPDATE_TABLES} - {"events_clean"} <= tables:
            why = "cleaned by an older version of analysis"
        elif other_reference:
            why = _OTHER_REFERENCE
        elif not pending:
            why = "cleaned by an older version of analysis"
        else:
            why = (
                f"{pending:,} of {total:,} events changed, more than "
                f"{full_share:.0%}: rebuilding is cheaper"
            )
        return clean_store(store) | {"mode": "full", "why": why}
    with store.transaction():
        store.con.execute(
            "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT event_id FROM clean_pending"
        )
        start_log_delta(store.con)
        made = COMPONENTS not in tables  # a store cleaned before they were kept
        recleaned = _update(store)
        if made:
            _write_components(store)
        link_campaigns_sql(
            store.con,
            scoped=True,
            out=_CHANGES_OUT,
            added="SELECT * FROM new_changes",
            out_ids=_CHANGES_OUT_IDS,
        )
        _summaries(store, update=True)
        _mark_current(store)
    return _facts(store) | {"mode": "update", "changed": pending, "recleaned": recleaned}


# --------------------------------------------------------------------------- the update


# The change rows an update replaces (besides the campaigns'): the changed events' (but
# the campaign rows of those whose campaign inputs stayed as stored) and the cluster rows
# of the moved events. Their new rows wait in the temporary table ``new_changes``.
_CHANGES_OUT = (
    "(event_id IN (SELECT event_id FROM touched) AND NOT (step = 'campaigns' AND "
    "event_id IN (SELECT event_id FROM campaign_kept))) OR (step = 'duplicates' "
    "AND event_id IN (SELECT event_id FROM moved))"
)


# Every event a row of _CHANGES_OUT can be of.
_CHANGES_OUT_IDS = "SELECT event_id FROM touched UNION ALL SELECT event_id FROM moved"


def _update(store: EventStore) -> int:
    """Bring the cleaned tables up to date with the events the temporary table
    ``touched`` lists (inside a transaction); returns how many events' cleaned rows were
    rewritten (the changed events and those whose cluster moved).

    Only the changed events go through places, actors, blocking and scoring. Their scored
    pairs replace theirs in ``duplicate_pairs``; the clusters of their neighbourhood are
    then linked again from the stored pairs (scores of two unchanged events do not change),
    and the unchanged events whose cluster moved are updated in place.
    """
    con = store.con
    spellings = _spellings(store)
    # with each event's rowid: the changed events are appended at the end of ``events``
    # (new, or revised and written again), so their cleaned rows are joined to the last
    # row groups by rowid rather than to every stored event by id
    changed = _select_events(store, "touched", rowid=True)
    rowids = changed.pop(ROWID).to_numpy()
    # places: the gazetteer read and matched only for the locations and countries the
    # store has not seen (the stored matches, when made with these reference tables)
    stored_matches = _place_matches(store)
    matches = stored_matches or PlaceMatches()
    placed, _ = normalise_places(changed, spellings=spellings, log=False, matches=matches)
    _keep_place_matches(store, matches, fresh=stored_matches is None)
    del matches, stored_matches
    actors = name_actors(placed, log=False)
    named, suggestions = actors.events, actors.suggestions
    del placed
    # the stored links' components before the changed events' pairs are replaced (the
    # neighbourhood is their components before and after the change): kept in the store
    # (COMPONENTS), or else computed from every stored link
    kept = COMPONENTS in _tables(store)
    linked = (
        None
        if kept
        else con.execute(
            f'SELECT "left", "right" FROM duplicate_pairs WHERE score >= {DEFAULT_THRESHOLD}'
        ).df()
    )
    con.execute(
        'DELETE FROM duplicate_pairs WHERE "left" IN (SELECT event_id FROM touched) '
        'OR "right" IN (SELECT event_id FROM touched)'
    )
    # a store cleaned before the review floor holds every scored pair: keep what a full
    # clean keeps (the clusters never depended on the pairs below the threshold)
    con.execute(f"DELETE FROM duplicate_pairs WHERE score < {REVIEW_FLOOR}")
    # their new pairs wait in a temporary table until relinking has set their flags
    con.execute("CREATE OR REPLACE TEMP TABLE fresh_pairs AS FROM duplicate_pairs LIMIT 0")
    # the figures the scoring reads, kept for the recount below (most of the recounted
    # clusters' events are among them: not a second scan of casualties for those)
    read: list[tuple[pd.Index, pd.DataFrame]] = []
    strong = _changed_pairs(store, named, _pairs_writer(store, False, "fresh_pairs"), read=read)
    if kept:
        _kept_neighbourhood(store, strong)
    else:
        _grow_neighbourhood(store, linked, strong)
    del linked, strong
    # the neighbourhood's stored cleaned rows, read once with their rowids: relinking reads
    # them, and so do the changed and moved events' old rows below (both in the
    # neighbourhood), instead of a scan of events_clean by id for each
    hood_clean = (
        "CREATE OR REPLACE TEMP TABLE hood_clean AS SELECT rowid AS clean_row, event_id, "
        "source, admin1, cluster_id, cluster_sources, campaign_id FROM events_clean WHERE "
    )
    if con.execute("SELECT count(*) FROM hood").fetchone()[0] <= FEW_IDS:
        # a few ids: their rowids found first (the id column alone), then their rows by
        # those, cheaper than one query reading the columns by a short list of ids
        found = con.execute(
            "SELECT rowid FROM events_clean WHERE event_id IN (SELECT event_id FROM hood)"
        ).fetchall()
        con.execute(f"{hood_clean}rowid = ANY(?)", [[row for (row,) in found]])
    else:
        con.execute(f"{hood_clean}event_id IN (SELECT event_id FROM hood)")
    clusters = _relink(store, named, components=kept)
    cleaned = named.assign(
        cluster_id=pd.Series(pd.NA, index=named.index, dtype="str"),
        cluster_sources=pd.Series(pd.NA, index=named.index, dtype="str"),
    )
    mine = clusters.set_index("event_id").reindex(named["event_id"].astype("str"))
    cleaned["cluster_id"] = pd.Series(mine["cluster_id"].to_numpy(), index=named.index).astype(
        "str"
    )
    cleaned["cluster_sources"] = pd.Series(
        mine["cluster_sources"].to_numpy(), index=named.index
    ).astype("str")
    cleaned["is_primary"] = cleaned["event_id"].eq(cleaned["cluster_id"])
    cleaned["campaign_id"] = pd.Series(pd.NA, index=cleaned.index, dtype="str")
    moved = clusters[clusters["moved"]].drop(columns="moved")
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE moved AS SELECT * FROM moved_frame",
        moved_frame=_arrow(moved),
    )
    # the stored cleaned rows of the changed and moved events, with their rowids (by which
    # they are deleted or rewritten below, not looked up by id again)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE old_clean AS SELECT clean_row, event_id, "
        "admin1, cluster_id, campaign_id FROM hood_clean WHERE event_id IN "
        "(SELECT event_id FROM touched UNION ALL SELECT event_id FROM moved)"
    )
    con.execute("DROP TABLE hood_clean")
    keys = campaign_keys(cleaned)
    _campaign_inputs(store, cleaned, keys.loc[_keyed(keys), KEY_COLUMNS])
    del keys
    # the events whose campaign may change: the moved ones, the changed ones whose campaign
    # inputs changed, and the stored ones next to those ones' old keys
    scope_campaigns(con, "rekeyed")
    # the clusters whose figures are reconciled again: those of changed or moved events,
    # before and after
    con.execute(
        "CREATE OR REPLACE TEMP TABLE recount AS SELECT cluster_id FROM old_clean "
        "UNION SELECT cluster_id FROM moved"
    )
    store.with_frame(
        "INSERT INTO recount SELECT cluster_id FROM mine", mine=_arrow(cleaned[["cluster_id"]])
    )
    for table in ("fatalities", "claims"):
        con.execute(f"DELETE FROM {table} WHERE cluster_id IN (SELECT cluster_id FROM recount)")
    # the kept campaign ids of the changed events whose campaign inputs stayed as stored
    kept = con.execute("SELECT event_id, campaign_id FROM campaign_kept").df()
    replaced = con.execute(
        "SELECT clean_row FROM old_clean WHERE event_id IN (SELECT event_id FROM touched)"
    ).fetchall()
    if replaced:
        con.execute("DELETE FROM events_clean WHERE rowid = ANY(?)", [[r for (r,) in replaced]])
    for table in ("casualties_clean", "actor_mentions"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT event_id FROM touched)")
    # their old keys, found by scope_campaigns (campaign_keys is not written in between)
    con.execute("DELETE FROM campaign_keys WHERE rowid IN (SELECT key_row FROM campaign_old)")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE moved_rows AS "
        "SELECT m.*, o.clean_row FROM moved m JOIN old_clean o USING (event_id)"
    )
    rewrite_rows(
        con,
        "events_clean",
        "moved_rows",
        ["event_id"],
        {
            "cluster_id": "c.cluster_id",
            "cluster_sources": "c.cluster_sources",
            "is_primary": "t.event_id = c.cluster_id",
        },
        at="clean_row",
    )
    campaign_ids = kept.set_index("event_id")["campaign_id"].astype("str")
    campaign_ids = campaign_ids.reindex(cleaned["event_id"].astype("str")).set_axis(cleaned.index)
    _write_events_clean(
        store,
        cleaned.assign(campaign_id=campaign_ids),
        replace=False,
        rowids=rowids,
    )
    del rowids, kept, campaign_ids
    # the changed events' per-event tables, each written as soon as it is known and its
    # frame let go (a later batch of a full clean changes a million events)
    moves = event_changes(
        "duplicates", "cluster_id", moved["event_id"], moved["cluster_id"], moved["event_id"]
    )
    con.execute(
        "INSERT INTO campaign_keys BY NAME SELECT * FROM new_keys "
        "WHERE event_id IN (SELECT event_id FROM rekeyed)"
    )
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE new_changes AS SELECT * FROM incoming",
        incoming=_arrow(pd.concat([changed_values(changed, cleaned), moves], ignore_index=True)),
    )
    # their change rows replaced with the campaigns' (link_campaigns_sql): the old rows
    # found in one pass over the log, the campaigns' and these together (_CHANGES_OUT)
    del moves, cleaned, named
    _insert_tables(store, {"actor_mentions": actors.mentions(country=True)})
    del actors
    recleaned = len(changed) + len(moved)
    ids = changed["event_id"]
    del changed
    # every event of the recounted clusters, with its figures and those from its notes: a
    # cluster's events are all in the neighbourhood (its links join them, and the
    # neighbourhood is whole components before and after), so they are the neighbourhood's
    # current events whose cluster, as just linked, is recounted (not a scan of
    # events_clean by cluster)
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE recounted AS SELECT event_id, cluster_id FROM linked "
        "WHERE cluster_id IN (SELECT cluster_id FROM recount)",
        linked=_arrow(clusters[["event_id", "cluster_id"]].astype("str")),
    )
    del clusters
    members = con.execute("SELECT event_id, cluster_id FROM recounted").df()
    casualties = _figures_of(store, members["event_id"], *(read[0] if read else (None, None)))
    del read
    figures = derive_figures(_without_figures(store, "recounted", casualties), casualties)
    del casualties
    fatalities, claims = reconcile(figures, members)
    del members
    _insert_tables(
        store,
        {
            "casualties_clean": figures[isin(figures["event_id"], ids)],
            "fatalities": fatalities,
            "claims": claims,
        },
    )
    del figures, fatalities, claims
    names = _names(suggestions)
    store.with_frame(
        "DELETE FROM actor_names n WHERE EXISTS (SELECT 1 FROM incoming_names i "
        "WHERE i.name = n.name AND i.country IS NOT DISTINCT FROM n.country)",
        incoming_names=_arrow(names),
    )
    _insert_tables(store, {"actor_names": names})
    # a name's suggestion for a country no event names it with any more is gone
    con.execute(
        "DELETE FROM actor_names n WHERE NOT EXISTS (SELECT 1 FROM actor_mentions m "
        "WHERE m.name = n.name AND m.country IS NOT DISTINCT FROM n.country)"
    )
    return recleaned


def _campaign_inputs(store: EventStore, cleaned: pd.DataFrame, keys: pd.DataFrame) -> None:
    """Sort the events ``touched`` lists by whether their campaign inputs changed (before
    their stored rows are replaced): the temporary table ``new_keys`` holds ``keys`` (the
    changed events' new rows of ``campaign_keys``), ``campaign_kept`` the changed events
    whose row of ``campaign_keys`` (or its absence), cleaned admin1 and cluster stay as
    stored (``old_clean``: their stored rows of ``events_clean``), with their stored
    ``campaign_id``, and ``rekeyed`` every other event of
    ``touched`` (new, deleted, or changed in what chains or names a campaign).

    A campaign is a function of the rows of ``campaign_keys`` and of each event's admin1
    spelling and cluster in ``events_clean``, so a kept event is, for campaigns, a stored
    event like any other: it keeps its chain label, its campaign id and its row of the
    change log, and is linked again only when another change reaches its chain or group.
    A revision that corrects a figure or the notes leaves the campaigns alone."""
    con = store.con
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE new_keys AS SELECT * FROM incoming", incoming=_arrow(keys)
    )
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE new_clean AS SELECT * FROM incoming",
        incoming=_arrow(cleaned[["event_id", "admin1", "cluster_id"]].astype("str")),
    )
    same = " AND ".join(f"o.{c} IS NOT DISTINCT FROM n.{c}" for c in KEY_COLUMNS if c != "event_id")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE campaign_kept AS SELECT e.event_id, e.campaign_id "
        "FROM old_clean e JOIN new_clean c ON c.event_id = e.event_id "
        "AND c.admin1 IS NOT DISTINCT FROM e.admin1 AND c.cluster_id = e.cluster_id "
        "LEFT JOIN campaign_keys o ON o.event_id = e.event_id "
        "LEFT JOIN new_keys n ON n.event_id = e.event_id "
        "WHERE e.event_id IN (SELECT event_id FROM touched) "
        "AND (o.event_id IS NULL) = (n.event_id IS NULL) AND (o.event_id IS NULL OR "
        f"({same}))"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE rekeyed AS SELECT event_id FROM touched "
        "WHERE event_id NOT IN (SELECT event_id FROM campaign_kept)"
    )


def _relink(store: EventStore, named: pd.DataFrame, components: bool = False) -> pd.DataFrame:
    """Clusters of the neighbourhood's current events (their stored cleaned rows in the
    temporary table ``hood_clean``, ``named`` the changed ones), linked again from the stored pairs
    at or above the threshold (the changed events' already replaced): ``event_id,
    cluster_id, cluster_sources`` and ``moved`` (an unchanged event whose cluster columns
    differ from the stored ones). Sets ``accepted`` (and the refusal in ``reasons``) of
    those pairs in ``duplicate_pairs``; with ``components``, replaces the neighbourhood's
    rows of :data:`COMPONENTS` with the components of those pairs (every link of a
    neighbourhood event is one of them: the neighbourhood is whole components)."""
    con = store.con
    stored = con.execute(
        "SELECT event_id, source, cluster_id AS old_id, cluster_sources AS old_sources "
        "FROM hood_clean WHERE event_id NOT IN (SELECT event_id FROM touched)"
    ).df()
    mine = pd.DataFrame(
        {"event_id": named["event_id"].astype("str"), "source": named["source"].astype("str")}
    )
    events = pd.concat([stored, mine], ignore_index=True)
    ids = events["event_id"].astype("str")
    pairs = con.execute(
        'SELECT "left", "right", score, accepted, fresh FROM (SELECT "left", "right", score, '
        "accepted, false AS fresh FROM duplicate_pairs UNION ALL "
        'SELECT "left", "right", score, accepted, true FROM fresh_pairs) '
        f'WHERE score >= {DEFAULT_THRESHOLD} AND "left" IN (SELECT event_id FROM hood)'
    ).df()
    rank = _id_rank(ids)
    position = pd.Series(np.arange(len(ids)), index=ids)
    left = position.reindex(pairs["left"].astype("str")).to_numpy()
    right = position.reindex(pairs["right"].astype("str")).to_numpy()
    score = pairs["score"].to_numpy("float64")
    order = np.lexsort((rank[right], rank[left], -score))
    rows = np.vstack([left[order], right[order]]).astype("int64")
    cluster, sources, accepted = cluster_links(
        ids, events["source"], rows, score[order], DEFAULT_THRESHOLD, rank
    )
    flags = pairs.iloc[order][["left", "right"]].assign(accepted=accepted)
    # a changed event's pair is set always, a stored one when its fate changed
    was = pairs["accepted"].to_numpy(bool)[order]
    fresh = pairs["fresh"].to_numpy(bool)[order]
    flags = flags.assign(fresh=fresh)[(flags["accepted"].to_numpy(bool) != was) | fresh]
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE flags AS SELECT * FROM flag_frame", flag_frame=_arrow(flags)
    )
    # the changed events' pairs were scored unlinked, without the refusal: written now, with
    # their flags; the stored pairs whose fate changed (few, anywhere in the table) rewritten
    con.execute(
        "INSERT INTO duplicate_pairs BY NAME SELECT p.* REPLACE (coalesce(f.accepted, "
        f"p.accepted) AS accepted, CASE WHEN f.accepted IS NULL THEN p.reasons ELSE "
        f"{_refusal('f', 'p')} END AS reasons) FROM fresh_pairs p LEFT JOIN flags f "
        'ON f."left" = p."left" AND f."right" = p."right"'
    )
    con.execute("CREATE OR REPLACE TEMP TABLE flipped AS SELECT * FROM flags WHERE NOT fresh")
    rewrite_rows(
        con,
        "duplicate_pairs",
        "flipped",
        ["left", "right"],
        {"accepted": "c.accepted", "reasons": _refusal("c", "t")},
    )
    for table in ("fresh_pairs", "flags", "flipped"):
        con.execute(f"DROP TABLE {table}")
    if components:
        _replace_components(store, ids, rank, left, right)
    out = pd.DataFrame(
        {
            "event_id": ids.to_numpy(),
            "cluster_id": cluster.to_numpy(),
            "cluster_sources": sources.to_numpy(),
        }
    )
    old_id = events["old_id"].astype("str").to_numpy(dtype=object)
    old_sources = events["old_sources"].astype("str").to_numpy(dtype=object)
    known = ~pd.isna(events["old_id"]).to_numpy()
    out["moved"] = known & (
        (out["cluster_id"].to_numpy(dtype=object) != old_id)
        | (out["cluster_sources"].to_numpy(dtype=object) != old_sources)
    )
    return out


def _replace_components(
    store: EventStore, ids: pd.Series, rank: np.ndarray, left: np.ndarray, right: np.ndarray
) -> None:
    """The neighbourhood's rows of :data:`COMPONENTS` made those of its links (the events
    ``ids`` at positions ``left``–``right``; ``rank``: each id's rank in text order, all
    distinct): only the rows whose component changed are deleted and appended again."""
    label = components(rank[left], rank[right], len(ids))  # by rank: the smallest id's
    by_rank = np.empty(len(ids), dtype=object)
    by_rank[rank] = ids.to_numpy(dtype=object)
    linked = np.zeros(len(ids), dtype=bool)
    linked[rank[left]] = linked[rank[right]] = True
    now = pd.DataFrame({"event_id": by_rank[linked], "component": by_rank[label[linked]]})
    con = store.con
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE component_moves AS SELECT event_id, n.component "
        f"FROM now n FULL JOIN (SELECT * FROM {COMPONENTS} WHERE event_id IN "
        "(SELECT event_id FROM hood)) o USING (event_id) "
        "WHERE n.component IS DISTINCT FROM o.component",
        now=_arrow(now.astype("str")),
    )
    con.execute(
        f"DELETE FROM {COMPONENTS} WHERE event_id IN (SELECT event_id FROM component_moves)"
    )
    con.execute(
        f"INSERT INTO {COMPONENTS} SELECT event_id, component FROM component_moves "
        "WHERE component IS NOT NULL"
    )


def _refusal(flag: str, pair: str) -> str:
    """SQL: the ``reasons`` of the pair ``pair`` once its ``accepted`` is that of ``flag``
    (the refusal text added to a refused pair, taken from an accepted one)."""
    return (
        f"CASE WHEN {flag}.accepted THEN replace({pair}.reasons, '{REFUSED}', '') "
        f"ELSE {pair}.reasons || '{REFUSED}' END"
    )


def _changed_pairs(
    store: EventStore,
    named: pd.DataFrame,
    pairs_sink: Callable[[pd.DataFrame], None],
    chunk_events: int | None = None,
    read: list[tuple[pd.Index, pd.DataFrame]] | None = None,
) -> pd.DataFrame:
    """Score every candidate pair of a changed (current) event with another event, hand the
    pairs scoring :data:`~analysis.clean.duplicates.REVIEW_FLOOR` or more to ``pairs_sink``
    (``left, right, score, reasons``, ``accepted`` false; the pairs a full clean keeps) and
    return those at or above the threshold (``left, right, score``).

    The changed events are taken a run of first days at a time, each holding about
    ``chunk_events`` (default :data:`~analysis.clean.duplicates.CHUNK_EVENTS`) of them, as
    in a full clean's linking: a chunk's events are blocked against the stored events they
    can reach (:func:`_stored_near`) and against the changed events whose first day is
    after the run but within :data:`~analysis.clean.duplicates.PAIR_REACH_DAYS` of its
    last. A pair of two changed events thus belongs to the chunk of its earlier first day
    and is scored once; memory holds a chunk's pairs, not every changed event's.

    ``read``: when the changed events make one chunk, the figures read for the scoring
    are those of the paired and of the changed events (the temporary table ``touched``),
    and ``read`` gets the ids listed and their figures (for :func:`_figures_of`).
    """
    if named.empty:
        return pd.DataFrame({"left": [], "right": [], "score": []}).astype(
            {"left": "str", "right": "str", "score": "float64"}
        )
    start = named["date_start"].astype("datetime64[us]").dt.normalize().to_numpy()
    known = ~np.isnat(start)
    day = start.astype("datetime64[D]").astype("int64")
    # the stored spellings of admin1 (distinct values) with the blocking's key of each
    spellings = store.con.execute("SELECT DISTINCT admin1 FROM events_clean").df()["admin1"]
    spelled = pd.DataFrame({"spelling": spellings, "admin1": _name_key(spellings)}).dropna()
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE reach_admin1 AS SELECT * FROM spelled",
        spelled=_arrow(spelled.astype("str")),
    )
    strong = [pd.DataFrame({"left": [], "right": [], "score": []})]
    runs = _day_runs(day[known], chunk_events or duplicates.CHUNK_EVENTS)
    keep = read is not None and len(runs) == 1
    for first, last in runs:
        anchored = named[known & (day >= first) & (day <= last)]
        partners = named[known & (day > last) & (day <= last + PAIR_REACH_DAYS)]
        stored = _stored_near(store, anchored)
        frame = pd.concat([anchored, partners, stored], ignore_index=True)
        pairs = candidate_pairs(frame, anchor=np.arange(len(frame)) < len(anchored))
        del anchored, partners, stored
        if pairs.empty:
            continue
        involved = pd.DataFrame(
            {"event_id": pd.unique(pairs[["left", "right"]].to_numpy().ravel())}
        )
        store.with_frame(
            "CREATE OR REPLACE TEMP TABLE paired AS SELECT * FROM involved"
            + (" UNION SELECT event_id FROM touched" if keep else ""),
            involved=involved,
        )
        figures = _select_casualties(store, "paired")
        if keep and read is not None:
            listed = store.con.execute("SELECT event_id FROM paired").df()["event_id"]
            read.append((pd.Index(listed.astype("str")), figures))
        scored = score_pairs(frame, pairs, figures, REVIEW_FLOOR)
        del frame, pairs, figures
        pairs_sink(scored.assign(accepted=False))
        strong.append(scored.loc[scored["score"] >= DEFAULT_THRESHOLD, ["left", "right", "score"]])
        del scored
    return pd.concat(strong, ignore_index=True).astype(
        {"left": "str", "right": "str", "score": "float64"}
    )


def _stored_near(store: EventStore, named: pd.DataFrame) -> pd.DataFrame:
    """The stored (cleaned, unchanged) events that could block with one of ``named``'s
    events, in ``named``'s columns.

    Found by a join on their first day (within :data:`REACH_BEFORE`/:data:`REACH_AFTER`
    days of the changed span), another source than the changed event's (one source is
    never paired with itself) and their country and admin1 (by the blocking's key of each
    distinct spelling, the temporary table ``reach_admin1``) or coordinates;
    :func:`candidate_pairs` then applies the exact blocking.
    """
    start = named["date_start"].astype("datetime64[us]").dt.normalize()
    end = named["date_end"].astype("datetime64[us]").dt.normalize().fillna(start)
    first = start.to_numpy().astype("datetime64[D]").astype("int64") - REACH_BEFORE
    span = (end - start).dt.days.fillna(0).clip(0, 31).astype("int64").to_numpy()
    known = ~np.isnat(start.to_numpy())
    counts = (span + REACH_BEFORE + REACH_AFTER + 1)[known]
    rows = np.repeat(np.flatnonzero(known), counts)
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    day = first[rows] + offset
    # each event's source, country and admin1 as a code (-1: missing), repeated over its
    # days as integers: the reach tables are deduplicated on those, and their text taken
    # back from the few distinct values only
    source, sources = _codes(named["source"])
    iso3, countries = _codes(named["iso3"].astype("str").str.strip().str.upper())
    admin1, regions = _codes(_name_key(named["admin1"]))
    source, iso3, admin1 = source[rows], iso3[rows], admin1[rows]
    lat = pd.to_numeric(named["latitude"], errors="coerce").to_numpy()
    lon = pd.to_numeric(named["longitude"], errors="coerce").to_numpy()
    placed = ~(np.isnan(lat) | np.isnan(lon))[rows]
    con = store.con
    by_country = pd.DataFrame({"iso3": iso3, "admin1": admin1, "day": day, "source": source})
    by_country = by_country[(iso3 >= 0) & (admin1 >= 0) & (source >= 0)].drop_duplicates()
    any_country = pd.DataFrame({"day": day, "source": source})[iso3 < 0].drop_duplicates()
    with np.errstate(invalid="ignore"):  # the unplaced events' cells are dropped below
        cy = np.floor(lat / NEAR_DEGREES).astype("int64")[rows]
        cx = np.floor(lon / NEAR_DEGREES).astype("int64")[rows]
    cells = pd.DataFrame({"cy": cy, "cx": cx, "day": day, "source": source})[placed]
    cells = cells.drop_duplicates()
    texts = {"iso3": countries, "admin1": regions, "source": sources}
    for name, frame in (("reach_country", by_country), ("reach_any", any_country),
                        ("reach_cells", cells)):  # fmt: skip
        store.with_frame(
            f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM reach_table",
            reach_table=pa.table(
                {
                    column: _decoded(frame[column].to_numpy(), texts[column])
                    if column in texts
                    else pa.array(frame[column].to_numpy(dtype="int64"))
                    for column in frame.columns
                }
            ),
        )
    # the cells and their eight neighbours, repeats left in (a stored row reached twice is
    # one rowid of the union below): cheaper than a DISTINCT over them
    con.execute(
        "CREATE OR REPLACE TEMP TABLE reach_cells AS SELECT cy + dy AS cy, "
        "cx + dx AS cx, day, source FROM reach_cells, range(-1, 2) a(dy), range(-1, 2) b(dx)"
    )
    day_of = "datediff('day', DATE '1970-01-01', CAST(e.date_start AS DATE))"
    listed = ", ".join(f'"{c}"' for c in named.columns)
    # the reached rows found by their rowids (a row's rowid comes without reading a column),
    # not by their ids: a second read of every stored id for the semi-join
    stored = _fetch(
        con,
        f"""SELECT {listed} FROM events_clean WHERE rowid IN (
            SELECT e.rowid FROM events_clean e JOIN reach_admin1 a ON a.spelling = e.admin1
              JOIN reach_country r ON r.iso3 = upper(trim(e.iso3)) AND r.admin1 = a.admin1
              AND r.day = {day_of} AND r.source <> e.source
            UNION SELECT e.rowid FROM events_clean e JOIN reach_cells r
              ON r.cy = CAST(floor(e.latitude / {NEAR_DEGREES}) AS BIGINT)
             AND r.cx = CAST(floor(e.longitude / {NEAR_DEGREES}) AS BIGINT) AND r.day = {day_of}
             AND r.source <> e.source
            UNION SELECT e.rowid FROM events_clean e JOIN reach_any r ON r.day = {day_of}
              AND r.source <> e.source
            UNION SELECT e.rowid FROM events_clean e JOIN (SELECT DISTINCT day, source FROM
              reach_country) r ON r.day = {day_of} AND r.source <> e.source
              WHERE e.iso3 IS NULL OR trim(e.iso3) = '')
          AND event_id NOT IN (SELECT event_id FROM touched)""",
        [],
    )
    return _typed(stored, "events").reindex(columns=named.columns)


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each value's code among the distinct ones (-1 where missing) and those values.

    >>> _codes(pd.Series(["b", None, "a", "b"], dtype="str"))
    (array([ 0, -1,  1,  0]), array(['b', 'a'], dtype=object))
    """
    codes, uniques = pd.factorize(values.astype("str"))
    return codes.astype("int64"), np.asarray(uniques, dtype=object)


def _decoded(codes: np.ndarray, uniques: np.ndarray) -> pa.Array:
    """The text of ``codes`` (:func:`_codes`) as an Arrow array, missing where -1.

    >>> _decoded(np.array([1, -1, 0]), np.array(["b", "a"], dtype=object)).to_pylist()
    ['a', None, 'b']
    """
    return pa.array(np.append(uniques, None)[codes], type=pa.string())


def _kept_neighbourhood(store: EventStore, pairs: pd.DataFrame) -> None:
    """The temporary table ``hood`` of :func:`_grow_neighbourhood`, from the components kept
    in :data:`COMPONENTS` (those of the stored links before the change): every new link has
    a changed event at one end, so the components, before and after the change, holding a
    changed event are the stored components of the changed events and of the new links'
    ends, and those events themselves (an event of no stored link is a component alone)."""
    strong = pairs.loc[pairs["score"] >= DEFAULT_THRESHOLD, ["left", "right"]]
    ends = pd.DataFrame(
        {"event_id": pd.concat([strong["left"], strong["right"]], ignore_index=True)}
    ).astype("str")
    store.with_frame(
        "CREATE OR REPLACE TEMP TABLE hood AS SELECT event_id FROM touched UNION "
        "SELECT event_id FROM ends UNION SELECT event_id FROM duplicate_components "
        "WHERE component IN (SELECT component FROM duplicate_components WHERE event_id IN "
        "(SELECT event_id FROM touched UNION ALL SELECT event_id FROM ends))",
        ends=_arrow(ends),
    )


def _write_components(store: EventStore) -> None:
    """:data:`COMPONENTS` made anew from every stored link (inside the caller's
    transaction)."""
    links = store.con.execute(
        f'SELECT "left", "right" FROM duplicate_pairs WHERE score >= {DEFAULT_THRESHOLD}'
    ).df()
    _replace_tables(store, {COMPONENTS: labelled_components(links["left"], links["right"])})


def _grow_neighbourhood(store: EventStore, stored: pd.DataFrame, pairs: pd.DataFrame) -> None:
    """The temporary table ``hood``: the changed events and everything they can touch,
    grown until closed (see the module docstring): the connected components, over
    ``stored`` (the stored pairs at or above the threshold before the change) and ``pairs``
    (the changed events' new ones) at or above the threshold, of the events ``touched``
    lists."""
    con = store.con
    strong = pairs.loc[pairs["score"] >= DEFAULT_THRESHOLD, ["left", "right"]]
    seeds = con.execute("SELECT event_id FROM touched").df()["event_id"].astype("str")
    ends = [stored["left"], strong["left"], stored["right"], strong["right"], seeds]
    codes, names = pd.factorize(pd.concat([e.astype("str") for e in ends], ignore_index=True))
    links = len(stored) + len(strong)
    label = components(codes[:links], codes[links : 2 * links], len(names))
    reached = np.isin(label, label[codes[2 * links :]])
    hood = pd.DataFrame({"event_id": pd.Series(np.asarray(names)[reached], dtype="str")})
    store.with_frame("CREATE OR REPLACE TEMP TABLE hood AS SELECT * FROM reached", reached=hood)


# --------------------------------------------------------------------------- helpers


def _spellings(
    store: EventStore, respell: bool = True, counts: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The spelling of every place name of the store's current events
    (:func:`~analysis.clean.places.place_spellings` over all of them), kept in
    ``place_spellings``. With ``respell``, events not in the temporary table ``touched``
    whose name now takes another spelling than before (a variant became the most used)
    are added to it, so they are cleaned again, and the spellings are chosen again only for
    the places whose names' counts changed (:func:`~analysis.clean.places.respell_places`)
    when the stored table was made by the same rule (:data:`_SPELLING_RULE` in
    ``store_meta``): the rule's text work (and the admin-1 boundaries it reads) is then
    spent on new names only, not on every name of the store. ``counts``: those of
    :data:`_NAME_COUNTS`, when known (:func:`_name_counts` of a frame of every current
    event)."""
    con = store.con
    counts = con.execute(_NAME_COUNTS).df() if counts is None else counts
    rule = spelling_rule()
    stored = None
    if respell and "place_spellings" in _tables(store):
        meta = "SELECT value FROM store_meta WHERE key = ?"
        made = con.execute(meta, [_SPELLING_RULE]).fetchall()
        if made == [(rule,)] and _has_column(store, "place_spellings", "written"):
            stored = _fetch(con, "SELECT * FROM place_spellings", [])
    if stored is None:
        spellings = changed = place_spellings(counts)
    else:
        spellings, changed = respell_places(counts, stored)
    if respell and "place_spellings" in _tables(store) and len(changed):
        store.with_frame(
            "CREATE OR REPLACE TEMP TABLE respelled AS SELECT n.level, n.iso3, n.name "
            "FROM new_spellings n JOIN place_spellings o ON o.level = n.level "
            "AND o.iso3 IS NOT DISTINCT FROM n.iso3 AND o.name = n.name "
            "WHERE o.spelling IS DISTINCT FROM n.spelling",
            new_spellings=_arrow(changed),
        )
        for level in ("admin1", "admin2", "location"):
            con.execute(
                f"INSERT INTO touched SELECT e.event_id FROM events e JOIN respelled r "
                f"ON r.level = '{level}' AND r.name = e.{level} "
                "AND r.iso3 IS NOT DISTINCT FROM e.iso3 WHERE NOT e.deleted "
                "AND e.event_id NOT IN (SELECT event_id FROM touched)"
            )
    if stored is None or len(changed) or len(spellings) != len(stored):
        _replace_tables(store, {"place_spellings": spellings})
    if stored is None:
        con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [_SPELLING_RULE, rule])
    return spellings


def _place_matches(store: EventStore) -> PlaceMatches | None:
    """The stored :class:`~analysis.clean.places.PlaceMatches` (:data:`PLACE_TABLES`), when
    they were made with the reference tables this process reads (:data:`PLACES_REFERENCE`);
    else ``None``."""
    con = store.con
    if not set(PLACE_TABLES.values()) <= _tables(store):
        return None
    made = con.execute("SELECT value FROM store_meta WHERE key = ?", [PLACES_REFERENCE])
    if made.fetchall() != [(reference_digest(),)]:
        return None
    return PlaceMatches(
        **{part: _fetch(con, f"SELECT * FROM {table}", []) for part, table in PLACE_TABLES.items()}
    )


def _keep_place_matches(store: EventStore, matches: PlaceMatches, fresh: bool) -> None:
    """Keep what :func:`~analysis.clean.places.normalise_places` worked out anew
    (``matches.found``, ``matches.found_extents``): appended to the stored tables, or with
    ``fresh`` (a full clean, or stored tables not usable) the tables made of it alone."""
    found = {PLACE_TABLES["known"]: matches.found, PLACE_TABLES["extents"]: matches.found_extents}
    if fresh:
        _replace_tables(store, found)
        store.con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES (?, ?)",
            [PLACES_REFERENCE, reference_digest()],
        )
    else:
        _insert_tables(store, found)


# The store_meta key of the fingerprint (spelling_rule) of the rule place_spellings was made by.
_SPELLING_RULE = "place_spelling_rule"


def _name_counts(events: pd.DataFrame) -> pd.DataFrame:
    """:data:`_NAME_COUNTS` of a frame holding every current event."""
    parts = []
    for level in ("admin1", "admin2", "location"):
        named = pd.DataFrame({"iso3": events["iso3"], "name": events[level]})
        named = named[named["name"].notna().to_numpy()]
        rows = named.groupby(["iso3", "name"], dropna=False, sort=False).size()
        parts.append(rows.rename("rows").reset_index().assign(level=level))
    counts = pd.concat(parts, ignore_index=True)[["level", "iso3", "name", "rows"]]
    return counts.astype({"rows": "int64"})


# Rows naming each place name (as the source wrote it), per level and iso3.
_NAME_COUNTS = " UNION ALL ".join(
    f"SELECT '{level}' AS level, iso3, {level} AS name, count(*) AS rows FROM events "
    f"WHERE NOT deleted AND {level} IS NOT NULL GROUP BY ALL"
    for level in ("admin1", "admin2", "location")
)


def _without_figures(
    store: EventStore, ids: str | None, casualties: pd.DataFrame | None = None
) -> pd.DataFrame:
    """``event_id, source, notes, source_row`` of the current events ``ids`` lists (``None``:
    every one) that have notes but no known or derived figure, in store order: all
    :func:`~analysis.clean.pipeline.derive_figures` reads. The figures looked up are those
    of the listed events only (a figure's event id is never missing: the schema), so an
    update's few events do not scan every stored figure. Those events without a figure are
    found among the figures first (most events have one), so the events are then read for
    those few only (and not at all when there are none); ``casualties``: the figures of the
    listed events, when already read (:func:`_select_casualties`), which are then not read
    again."""
    figured = "SELECT event_id FROM casualties WHERE (best IS NOT NULL OR derived)"
    if ids is None:
        listed = f" AND event_id NOT IN ({figured})"
    elif casualties is not None:
        known = casualties["best"].notna() | casualties["derived"].fillna(False).astype(bool)
        store.with_frame(
            f"CREATE OR REPLACE TEMP TABLE figureless AS SELECT event_id FROM {ids} "
            "WHERE event_id NOT IN (SELECT event_id FROM figured)",
            figured=_arrow(casualties.loc[known.to_numpy(), ["event_id"]].astype("str")),
        )
        listed = _among("figureless")
    else:
        store.con.execute(
            f"CREATE OR REPLACE TEMP TABLE figureless AS SELECT event_id FROM {ids} "
            f"WHERE event_id NOT IN ({figured}{_among(ids)})"
        )
        listed = _among("figureless")
    sql = (
        f"SELECT event_id, source, notes, source_row FROM events WHERE NOT deleted{listed}"
        " AND notes IS NOT NULL ORDER BY date_start, event_id"
    )
    return _typed(_fetch(store.con, sql, []), "events")


def _write_events_clean(
    store: EventStore, cleaned: pd.DataFrame, replace: bool, rowids: np.ndarray | None = None
) -> None:
    """``events_clean`` made anew (``replace``) or appended to from the pipeline's columns
    of ``cleaned`` and every other column of the stored event, joined in DuckDB by
    ``event_id``; columns in the events' order then :func:`extra_columns` (inside the
    caller's transaction). Rows are in no particular order, as after an update.

    ``rowids``: each cleaned row's ``rowid`` in ``events`` (as :func:`_select_events` gives
    it, the table unchanged since). The rows are then joined by rowid, a slice of stored
    rows at a time, so each slice reads only its own row groups of ``events``: one pass
    over the events' text in all, not one per slice."""
    names = [d[0] for d in store.con.execute("SELECT * FROM events LIMIT 0").description]
    columns = [c for c in names if c not in DELETED_COLUMNS] + extra_columns()
    written = [c for c in columns if c in WRITTEN_COLUMNS and c in cleaned.columns]
    incoming = cleaned[["event_id", *[c for c in written if c != "event_id"]]]
    select = ", ".join(f'{"c" if c in written else "e"}."{c}"' for c in columns)
    sql = (
        f"SELECT {select} FROM incoming c JOIN events e ON e.event_id = c.event_id "
        "AND NOT e.deleted"
    )
    order = None if rowids is None else np.argsort(rowids, kind="stable")
    # In slices: DuckDB's join and the Arrow copy hold a slice at a time, not every event.
    for start in range(0, max(len(incoming), 1), WRITE_EVENTS):
        if order is None:
            part = _arrow(incoming.iloc[start : start + WRITE_EVENTS])
        else:
            at = order[start : start + WRITE_EVENTS]
            part = _arrow(incoming.iloc[at].assign(**{ROWID: rowids[at]}))
            low, high = (int(rowids[at].min()), int(rowids[at].max())) if len(at) else (0, -1)
            sql = (
                f"SELECT {select} FROM incoming c JOIN events e ON e.rowid = c.{ROWID} "
                f"AND NOT e.deleted WHERE e.rowid BETWEEN {low} AND {high}"
            )
        if replace and not start:
            store.with_frame(f"CREATE OR REPLACE TABLE events_clean AS {sql}", incoming=part)
        elif part.num_rows:
            store.with_frame(f"INSERT INTO events_clean BY NAME {sql}", incoming=part)
        del part


def _pairs_writer(
    store: EventStore, replace: bool, table: str = "duplicate_pairs"
) -> Callable[[pd.DataFrame], None]:
    """A sink for :func:`~analysis.clean.duplicates.link_duplicates`: writes the scored
    pairs to ``table`` part by part as they come (inside the caller's transaction), the
    first part making the table anew when ``replace``."""
    fresh = [replace]

    def write(pairs: pd.DataFrame) -> None:
        if fresh[0]:
            _replace_tables(store, {table: pairs})
            fresh[0] = False
        else:
            _insert_tables(store, {table: pairs})

    return write


def _keyed(keys: pd.DataFrame) -> pd.Series:
    """Events that can chain into a campaign or share a related_id."""
    return keys["chained"] | keys["related_id"].notna()


def _names(suggestions: pd.DataFrame) -> pd.DataFrame:
    return suggestions[["name", "country", "suggestion", "score", "applied"]]


def _among(ids: str | None, column: str = "event_id") -> str:
    """SQL condition: ``column`` is listed in the temporary table ``ids`` (``None``: every
    current event is, and no semi-join is built)."""
    return "" if ids is None else f" AND {column} IN (SELECT event_id FROM {ids})"


def _select_events(
    store: EventStore, ids: str | None, columns: list[str] = PIPELINE_COLUMNS, rowid: bool = False
) -> pd.DataFrame:
    """The pipeline's columns of the current events whose ids the temporary table ``ids``
    lists (``None``: every current event), in no particular order (the pipeline's results
    depend on content only; a sort here would hold every selected row in DuckDB's memory
    beside the frame). With ``rowid``, also each event's rowid, as column :data:`ROWID`."""
    listed = ", ".join(f'"{c}"' for c in columns)
    if rowid:
        listed = f"rowid AS {ROWID}, {listed}"
    sql = f"SELECT {listed} FROM events WHERE NOT deleted{_among(ids)}"
    return _typed(_fetch(store.con, sql, []), "events")


def _select_pipeline_events(store: EventStore, ids: str | None) -> pd.DataFrame:
    """:func:`_select_events` with ``rowid``, fetched in two parts: the columns the
    pipeline rewrites (places, actors) and the others. Fetched text lives in buffers
    shared by every text column of one fetch, so the source values of the rewritten
    columns can then be let go while the other columns are still in use."""
    rewritten = [c for c in PIPELINE_COLUMNS if c in WRITTEN_COLUMNS]
    kept = _select_events(store, ids, [c for c in PIPELINE_COLUMNS if c not in rewritten], True)
    source = _select_events(store, ids, rewritten, rowid=True)
    if not np.array_equal(kept[ROWID].to_numpy(), source[ROWID].to_numpy()):
        at = pd.Index(source[ROWID]).get_indexer(kept[ROWID])  # same rows, in kept's order
        source = source.iloc[at].reset_index(drop=True)
    return pd.concat([kept, source.drop(columns=ROWID)], axis=1)[[ROWID, *PIPELINE_COLUMNS]]


def _select_casualties(store: EventStore, ids: str | None) -> pd.DataFrame:
    """The stored figures of the current events the temporary table ``ids`` lists (``None``:
    every current event). The events listed are current (cleaned) ones: ``casualties``
    holds each event's current version's figures (a replaced version's are in
    ``casualty_history``), so no join with ``events`` is needed to leave out the deleted
    ones, and none of a million rows is read for it."""
    if ids is None:
        sql = "SELECT c.* FROM casualties c JOIN events USING (event_id) WHERE NOT deleted"
    else:
        sql = f"SELECT c.* FROM casualties c WHERE c.event_id IN (SELECT event_id FROM {ids})"
    return _typed(_fetch(store.con, f"{sql} ORDER BY c.event_id, c.source_row", []), "casualties")


def _figures_of(
    store: EventStore,
    ids: pd.Series,
    listed: pd.Index | None = None,
    figures: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """:func:`_select_casualties` of the events ``ids`` (current ones), taken from
    ``figures`` (the stored figures of the events ``listed``, already read) for the listed
    ones; ``casualties`` is read only for the others, and not at all when there are none.
    The figures of the events an update re-cleans do not change while it runs.

    >>> store = EventStore(":memory:")
    >>> _ = store.con.execute("INSERT INTO casualties (event_id, source_row, best) "
    ...     "VALUES ('a', 1, 3), ('b', 2, 5), ('c', 3, 7)")
    >>> known = pd.DataFrame({"event_id": ["a"], "source_row": [1], "best": [3]})
    >>> got = _figures_of(store, pd.Series(["c", "a"]), pd.Index(["a", "x"]), known)
    >>> got[["event_id", "best"]].values.tolist()
    [['a', 3], ['c', 7]]
    """
    if listed is None or figures is None:
        store.with_frame(
            "CREATE OR REPLACE TEMP TABLE figures_wanted AS SELECT * FROM wanted",
            wanted=pa.table({"event_id": pa.array(ids.astype("str").to_numpy(), pa.string())}),
        )
        return _select_casualties(store, "figures_wanted")
    ids = ids.astype("str")
    unread = ids[~isin(ids, listed)]
    parts = [figures[isin(figures["event_id"], ids)]]
    if len(unread):
        parts.append(_figures_of(store, unread))
    got = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    # in the order the read gives (event, then row of the source file)
    return got.sort_values(["event_id", "source_row"], kind="stable").reset_index(drop=True)


def _summaries(store: EventStore, update: bool = False) -> None:
    """``cleaning_log`` and ``actor_suggestions`` from their per-event tables; with
    ``update``, ``cleaning_log`` from its differences since the last clean
    (:mod:`analysis.store.changelog`)."""
    if update:
        apply_log_delta(store.con)
    else:
        count_log(store.con)
    # a name's rows are its events whatever the country: counted once per name, not once
    # per suggestion of each country (the same count, joined to every suggestion row);
    # actor_mentions holds one row per event and name (an event has one country); country:
    # the countries whose events the name has this suggestion in, "; "-separated
    store.con.execute(
        "CREATE OR REPLACE TABLE actor_suggestions AS SELECT n.name, n.suggestion, n.score, "
        "n.applied, m.rows, n.country FROM (SELECT name, suggestion, score, applied, "
        "string_agg(DISTINCT country, '; ' ORDER BY country) AS country FROM actor_names "
        "GROUP BY name, suggestion, score, applied) n JOIN (SELECT name, "
        "CAST(count(*) AS BIGINT) AS rows FROM actor_mentions GROUP BY name) m USING (name) "
        "ORDER BY rows DESC, name, suggestion NULLS LAST, score"
    )


def _mark_current(store: EventStore) -> None:
    data, _ = store.versions()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for key, value in (
        ("cleaned_at", now),
        ("cleaned_version", str(data)),
        (CLEANED_REFERENCE_KEY, reference_digest()),
    ):
        store.con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [key, value])
    store.con.execute("DELETE FROM clean_pending")


def _facts(
    store: EventStore, events: int | None = None, casualty_rows: int | None = None, derived=None
) -> dict[str, object]:
    """The cleaning summary, counted in the cleaned tables."""
    q = store.con.execute
    # every event of a campaign has one change row naming it (before empty), so the log
    # holds one row per campaign: counted there, with the steps' rows, not over every
    # cleaned event
    log = q("SELECT step, sum(rows), count(*) FROM cleaning_log GROUP BY 1 ORDER BY 1").fetchall()
    by_step = {step: rows for step, rows, _ in log}
    campaigns = sum(count for step, _, count in log if step == "campaigns")
    if events is None:
        events = q("SELECT count(*) FROM events WHERE NOT deleted").fetchone()[0]
    if casualty_rows is None:
        # by subtraction: every figure (counted from the table's size, no column read)
        # less those of the deleted events (few; none read when there are none)
        casualty_rows = q(
            "SELECT (SELECT count(*) FROM casualties) - (SELECT count(*) FROM casualties "
            "WHERE event_id IN (SELECT event_id FROM events WHERE deleted))"
        ).fetchone()[0]
    if derived is None:
        derived = q("SELECT count(*) FROM casualties_clean WHERE derived").fetchone()[0]
    return {
        "events": int(events),
        "events_clean": q("SELECT count(*) FROM events_clean").fetchone()[0],
        "real_events": q("SELECT count(*) FROM events_clean WHERE is_primary").fetchone()[0],
        "duplicate_links": q("SELECT count(*) FROM duplicate_pairs WHERE accepted").fetchone()[0],
        "campaigns": int(campaigns),
        "changes": int(sum(by_step.values())),
        "changes_by_step": {k: int(v) for k, v in by_step.items()},
        "actor_suggestions": q("SELECT count(*) FROM actor_suggestions").fetchone()[0],
        "derived_figures": int(derived),
        "casualty_rows": int(casualty_rows),
    }


def _tables(store: EventStore) -> set[str]:
    found = store.con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT temporary")
    return {name for (name,) in found.fetchall()}


def _has_column(store: EventStore, table: str, column: str) -> bool:
    found = store.con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ? "
        "AND column_name = ?",
        [table, column],
    )
    return bool(found.fetchone()[0])


def _arrow(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False)


def _replace_tables(store: EventStore, tables: dict[str, pd.DataFrame]) -> None:
    """CREATE OR REPLACE each table from its frame (inside the caller's transaction)."""
    for name, frame in tables.items():
        store.with_frame(
            f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM incoming", incoming=_arrow(frame)
        )


def _insert_tables(store: EventStore, tables: dict[str, pd.DataFrame]) -> None:
    """Append each frame to its table, column by name (inside the caller's transaction)."""
    for name, frame in tables.items():
        if frame.empty:
            continue
        store.with_frame(
            f"INSERT INTO {name} BY NAME SELECT * FROM incoming", incoming=_arrow(frame)
        )


def extra_columns() -> list[str]:
    """Columns ``events_clean`` adds to the canonical event columns.

    >>> "cluster_id" in extra_columns()
    True
    """
    return list(EXTRA_COLUMNS)
