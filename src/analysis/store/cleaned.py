"""``analysis clean`` over the store: the cleaned tables, rebuilt in one transaction.

``events`` and ``casualties`` stay exactly as ingested. Cleaning reads the current,
non-deleted events and writes:

- ``events_clean``: the events after :func:`analysis.clean` (normalised names, actor types,
  ``geo_flag``, ``cluster_id``, ``cluster_sources``, ``is_primary``, ``campaign_id``);
- ``casualties_clean``: the source figures plus figures derived from notes;
- ``fatalities`` / ``claims``: reconciled figures per real event and victim group;
- ``cleaning_log``, ``actor_suggestions``, ``duplicate_pairs``.

Rebuilding from the ingested tables each time makes cleaning idempotent by construction.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pandas as pd
import pyarrow as pa

from analysis.clean.pipeline import clean, derive_figures
from analysis.clean.reconcile import reconcile
from analysis.store.eventstore import EventStore


def clean_store(store: EventStore) -> dict[str, object]:
    """Rebuild the cleaned tables; returns counts for the cleaning summary."""
    events = store.events()
    casualties = store.casualties()
    result = clean(events, casualties)
    cleaned = result.events
    final = cleaned.drop(columns=["deleted", "deleted_at", "deleted_batch"], errors="ignore")
    with store.transaction(), ThreadPoolExecutor(max_workers=1) as writer:
        # The cleaned events and the logs are final here: DuckDB writes them (without the
        # GIL) while the figures are derived and reconciled.
        written = writer.submit(
            _replace_tables,
            store,
            {
                "events_clean": final,
                "cleaning_log": result.changes,
                "actor_suggestions": result.actor_suggestions,
                "duplicate_pairs": result.duplicate_pairs,
            },
        )
        figures = derive_figures(cleaned, casualties)
        fatalities, claims = reconcile(figures, cleaned)
        written.result()
        _replace_tables(
            store, {"casualties_clean": figures, "fatalities": fatalities, "claims": claims}
        )
        store.con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('cleaned_at', ?)",
            [datetime.now(UTC).isoformat(timespec="seconds")],
        )
    return {
        "events": len(events),
        "events_clean": len(final),
        "real_events": int(cleaned["is_primary"].sum()),
        "duplicate_links": int(result.duplicate_pairs["accepted"].sum())
        if "accepted" in result.duplicate_pairs
        else 0,
        "campaigns": int(cleaned["campaign_id"].nunique()),
        "changes": int(result.changes["rows"].sum()),
        "changes_by_step": result.changes.groupby("step")["rows"].sum().astype(int).to_dict(),
        "actor_suggestions": len(result.actor_suggestions),
        "derived_figures": int(figures["derived"].sum()),
        "casualty_rows": len(casualties),
    }


def _replace_tables(store: EventStore, tables: dict[str, pd.DataFrame]) -> None:
    """CREATE OR REPLACE each table from its frame (inside the caller's transaction)."""
    for name, frame in tables.items():
        store.with_frame(
            f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM incoming",
            incoming=pa.Table.from_pandas(frame, preserve_index=False),
        )


def extra_columns() -> list[str]:
    """Columns ``events_clean`` adds to the canonical event columns.

    >>> "cluster_id" in extra_columns()
    True
    """
    return [
        "actor1_type",
        "actor2_type",
        "geo_flag",
        "cluster_id",
        "cluster_sources",
        "is_primary",
        "campaign_id",
    ]
