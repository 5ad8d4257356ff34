"""The DuckDB tables of the event store, derived from the canonical model in analysis.schema.

``events`` and ``casualties`` hold the current version of every event; a newer version
moves the old one to ``event_history`` / ``casualty_history``. ``quarantine`` keeps rows
that could not be made valid, ``ingest_log`` one row per file ingested, ``deletions`` the
ids a deletion list marked deleted. ``store_meta`` holds the ``data_version`` (one more
for every ingest or deletion that changed an event), the ``cleaned_version`` the
cleaned tables reflect and the ``cleaned_reference`` they were made with
(:func:`analysis.reference.reference_digest`); ``clean_pending`` the events changed since.

>>> "CREATE TABLE IF NOT EXISTS events" in create_statements()[0]
True
"""

from __future__ import annotations

from analysis.schema import CASUALTY_COLUMNS, EVENT_COLUMNS

SQL_TYPES = {
    "date_start": "TIMESTAMP",
    "date_end": "TIMESTAMP",
    "source_updated_at": "TIMESTAMP",
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "source_row": "BIGINT",
    "low": "BIGINT",
    "best": "BIGINT",
    "high": "BIGINT",
    "derived": "BOOLEAN",
    "perpetrator_claim": "BOOLEAN",
}
SCHEMA_VERSION = (
    4  # 2: casualties.overlap; 3: the source's own types, data_quality; 4: cited_sources
)
# event columns added after version 1, added to older stores on opening
ADDED_EVENT_COLUMNS = (
    "source_event_type",
    "source_actor1_type",
    "source_actor2_type",
    "target_type",
    "data_quality",
    "cited_sources",
)


def _columns(names: list[str]) -> str:
    return ",\n  ".join(f"{name} {SQL_TYPES.get(name, 'VARCHAR')}" for name in names)


def create_statements() -> list[str]:
    """The CREATE statements for every table (idempotent)."""
    events = _columns(EVENT_COLUMNS)
    casualties = _columns(CASUALTY_COLUMNS)
    return [
        f"""CREATE TABLE IF NOT EXISTS events (
  {events},
  deleted BOOLEAN NOT NULL DEFAULT false,
  deleted_at TIMESTAMP,
  deleted_batch VARCHAR,
  PRIMARY KEY (event_id)
)""",
        f"CREATE TABLE IF NOT EXISTS casualties (\n  {casualties}\n)",
        f"""CREATE TABLE IF NOT EXISTS event_history (
  {events},
  deleted BOOLEAN, deleted_at TIMESTAMP, deleted_batch VARCHAR,
  replaced_batch VARCHAR, replaced_at TIMESTAMP
)""",
        f"""CREATE TABLE IF NOT EXISTS casualty_history (
  {casualties},
  replaced_batch VARCHAR
)""",
        """CREATE TABLE IF NOT EXISTS quarantine (
  source_file VARCHAR, source_row BIGINT, "column" VARCHAR, reason VARCHAR, raw VARCHAR,
  ingest_batch VARCHAR, quarantined_at TIMESTAMP
)""",
        """CREATE TABLE IF NOT EXISTS ingest_log (
  ingest_batch VARCHAR, source_file VARCHAR, source VARCHAR, file_sha256 VARCHAR,
  started_at TIMESTAMP, rows_read BIGINT, stored BIGINT, unchanged BIGINT, replaced BIGINT,
  quarantined BIGINT, report VARCHAR
)""",
        """CREATE TABLE IF NOT EXISTS deletions (
  event_id VARCHAR, deleted_batch VARCHAR, deleted_at TIMESTAMP, list_file VARCHAR
)""",
        "CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        # events written or deleted since the cleaned tables were last brought up to date
        "CREATE TABLE IF NOT EXISTS clean_pending (event_id VARCHAR)",
        # Stores made before this version had an index on casualties (event_id). No query
        # used it (DuckDB joins by hash), and every ingest that replaced events paid for it
        # at commit: a deleted figure's key is looked up in the whole index (0.15 s of the
        # 10,000-row update's commit at a million events). Dropped on opening.
        "DROP INDEX IF EXISTS casualties_event",
        # stores made by schema version 1 lack the overlap column
        "ALTER TABLE casualties ADD COLUMN IF NOT EXISTS overlap VARCHAR",
        "ALTER TABLE casualty_history ADD COLUMN IF NOT EXISTS overlap VARCHAR",
        *(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} VARCHAR"
            for table in ("events", "event_history")
            for name in ADDED_EVENT_COLUMNS
        ),
    ]
