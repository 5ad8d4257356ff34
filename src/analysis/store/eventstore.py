"""The embedded event store: one DuckDB file that grows by idempotent updates.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "events.duckdb"
>>> with EventStore(path) as store:
...     store.summary()["events"]
0
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.arrow_text import isin, numpy_small_pages, use_jemalloc
from analysis.errors import UserError
from analysis.paths import DEFAULT_STORE
from analysis.reference import REFERENCE_ENV
from analysis.schema import CASUALTY_COLUMNS, EVENT_COLUMNS, _typed
from analysis.sources.reader_result import Parsed
from analysis.store import rowhash
from analysis.store.ingest_report import IngestReport, all_quarantined, nothing_stored
from analysis.store.rewrite import FEW_ROWS
from analysis.store.tables import SCHEMA_VERSION, create_statements

EVENT_LIST = ", ".join(EVENT_COLUMNS)
MEMORY_ENV = "ANALYSIS_DUCKDB_MEMORY"
# DuckDB's own default cache is 80 % of the machine's memory, next to pandas frames in the
# same process; 1 GB halves nothing in speed (DuckDB spills to <store>.tmp beyond it) and
# takes 1 to 2 GB off a million-row clean.
DEFAULT_MEMORY = "1GB"
VACUUM_TASKS = 0  # checkpoints never compact row groups (see EventStore.__init__)
_MEMORY = re.compile(r"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)
CASUALTY_LIST = ", ".join(CASUALTY_COLUMNS)
# The tables reports read: a store has them once `analysis clean` has run.
CLEANED_TABLES = frozenset({"events_clean", "fatalities", "claims"})
# Columns the cleaned tables gained after their first version: a store cleaned before
# lacks them, and its cleaned tables are rebuilt in full by the next update.
ADDED_CLEAN_COLUMNS = {"events_clean": ("assoc_actor1_type", "assoc_actor2_type", "cited_sources")}
# store_meta's key for the reference digest the cleaned tables were made with
CLEANED_REFERENCE_KEY = "cleaned_reference"


def new_batch_id() -> str:
    """A sortable id for one ingest command: UTC time to the microsecond.

    >>> new_batch_id()[:2]
    '20'
    """
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def check_folder(store: str | Path, create: bool = False, fix: str = "pass create=True") -> None:
    """Refuse (a :class:`UserError` naming the missing folder and ``fix``) a store that does
    not exist in a folder that does not exist either, unless ``create``: such a path is a
    typo, and writing to a fresh empty store there would leave the real one untouched. The
    default store, ``data/events.duckdb`` under the current folder however written
    (:data:`analysis.paths.DEFAULT_STORE`), is no typo: its folder is made when missing.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> check_folder(folder / "events.duckdb"), check_folder(folder / "new" / "s.duckdb", True)
    (None, None)
    >>> check_folder(DEFAULT_STORE.absolute())
    >>> try:
    ...     check_folder(folder / "typo" / "events.duckdb")
    ... except UserError as exc:
    ...     print(str(exc).replace(str(folder), "F").replace("; ", ";\\n"))
    F/typo/events.duckdb: no store there, and no folder F/typo;
    check the path, or pass create=True to make a new store there
    """
    store = Path(store)
    if store.absolute() == DEFAULT_STORE.absolute():
        return
    if not create and not store.exists() and not store.parent.exists():
        raise UserError(
            f"{store}: no store there, and no folder {store.parent}; check the path, or {fix} "
            "to make a new store there"
        )


class EventStore:
    """Open the store at ``path``; use as a context manager. A new store is made in an
    existing folder; a missing folder (a mistyped path) is refused unless ``create``, which
    makes it (:func:`check_folder`). ``read_only`` refuses a missing store.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> EventStore(folder / "typo" / "events.duckdb")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: .../typo/events.duckdb: no store there, and no folder .../typo; ...
    >>> with EventStore(folder / "stores" / "events.duckdb", create=True) as store:
    ...     store.summary()["events"]
    0
    """

    def __init__(self, path: str | Path, read_only: bool = False, create: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise UserError(f"{self.path}: no event store here; run `analysis ingest` first")
        check_folder(self.path, create)
        try:
            if not self.path.parent.is_dir():  # made with create (a file there fails here)
                self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where a folder should be, no permission …
            raise UserError(
                f"{self.path}: cannot create the folder {self.path.parent} ({exc.strerror})"
            ) from None
        limit = memory_limit()
        use_jemalloc()  # the frames a store's work builds: see arrow_text.use_jemalloc
        numpy_small_pages()  # see arrow_text.numpy_small_pages
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            first = (str(exc).strip().splitlines() or [""])[0]
            raise UserError(f"{self.path}: cannot open the event store ({first})") from None
        self.con.execute(f"SET memory_limit = '{limit}'")
        # No compaction at checkpoints: DuckDB would otherwise rewrite whole runs of row
        # groups (and remap the primary-key index) whenever an update's replaced rows let
        # two row groups merge, seconds that grow with the store for an update of any size.
        # The replaced rows' space stays allocated (their content is in event_history).
        self.con.execute(f"SET max_vacuum_tasks = {VACUUM_TASKS}")
        # Memory DuckDB is done with goes back to the system from a background thread:
        # otherwise its allocator keeps it (a quarter of a GB after reading a million
        # events), on top of the pandas frames a clean builds from them.
        self.con.execute("SET allocator_background_threads = true")
        if not read_only:
            for statement in create_statements():
                self.con.execute(statement)
            version = [("schema_version", str(SCHEMA_VERSION))]
            found = "SELECT key, value FROM store_meta WHERE key = 'schema_version'"
            if self.con.execute(found).fetchall() != version:  # else nothing to write
                self.con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", version[0])
            self._rehash_if_needed()

    def _rehash_if_needed(self) -> None:
        """Re-hash the stored events when their ``row_hash`` was computed otherwise than
        this store now does (an older store, another DuckDB version): once, in SQL, so that
        an unchanged event read again stays unchanged."""
        found = self.con.execute(
            "SELECT value FROM store_meta WHERE key = ?", [rowhash.META_KEY]
        ).fetchall()
        if found == [(rowhash.ROW_HASH_VERSION,)]:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(rowhash.rehash_stored_sql())
            if "events_clean" in self.table_names():  # its copy of the events' columns too
                self.con.execute(
                    "UPDATE events_clean SET row_hash = e.row_hash FROM events e "
                    "WHERE events_clean.event_id = e.event_id AND NOT e.deleted"
                )
            self.con.execute(
                "INSERT OR REPLACE INTO store_meta VALUES (?, ?)",
                [rowhash.META_KEY, rowhash.ROW_HASH_VERSION],
            )
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[str]:
        """One transaction; yields the batch id. An exception (or a killed process) undoes it."""
        batch = new_batch_id()
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield batch
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def with_frame(self, sql: str, **frame: pd.DataFrame | pa.Table):
        """Run ``sql`` with one frame (pandas or Arrow) readable under its keyword's name;
        returns the result relation of a query (``None`` for INSERT, UPDATE …).

        The frame is handed to DuckDB for this one statement, never registered: a
        registered frame stays alive until COMMIT, so one ingest transaction would hold
        every part's Arrow buffers to its end.

        >>> import tempfile, pathlib
        >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as store:
        ...     ids = pd.DataFrame({"id": [1, 2]})
        ...     store.with_frame("SELECT sum(id) FROM ids", ids=ids).fetchall()[0][0]
        3
        """
        ((name, data),) = frame.items()
        scan = self.con.from_arrow(data) if isinstance(data, pa.Table) else self.con.from_df(data)
        return scan.query(name, sql)

    def content_hashes(self, events: pd.DataFrame, casualties: pd.DataFrame) -> pd.Series:
        """The ``row_hash`` of each event row (:mod:`analysis.store.rowhash`): its canonical
        content and its figures in any order, indexed like ``events``. A figure belongs to
        the row of its event id read from the same record, else to every row of its id.

        >>> import tempfile, pathlib
        >>> from analysis.schema import empty_casualties, empty_events
        >>> events = empty_events().reindex([0]).assign(event_id="acled:1", source_row=2)
        >>> figures = empty_casualties().reindex([0]).assign(
        ...     event_id="acled:1", source_row=2, victim_group="unknown", best=3)
        >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as store:
        ...     one = store.content_hashes(events, figures)
        ...     moved = store.content_hashes(events.assign(source_file="b.csv"), figures)
        ...     more = store.content_hashes(events, figures.assign(best=4))
        >>> one.tolist() == moved.tolist(), one.tolist() == more.tolist(), len(one[0])
        (True, False, 16)
        """
        return rowhash.content_hashes(self.con, events, casualties)

    def table_names(self) -> set[str]:
        """The tables in the store."""
        return set(self.con.execute("SELECT table_name FROM duckdb_tables()").df()["table_name"])

    def is_cleaned(self) -> bool:
        """Whether ``analysis clean`` has built the cleaned tables."""
        return self.table_names() >= CLEANED_TABLES

    def cleaned_by_older_version(self) -> bool:
        """Whether the cleaned tables lack a column this version adds
        (:data:`ADDED_CLEAN_COLUMNS`): made by an older version, to be rebuilt."""
        wanted = [(t, c) for t, columns in ADDED_CLEAN_COLUMNS.items() for c in columns]
        found = set(
            self.con.execute(
                "SELECT table_name, column_name FROM duckdb_columns() "
                "WHERE database_name = current_database() AND schema_name = 'main'"
            ).fetchall()
        )
        tables = {t for t, _ in found}
        return any(t in tables and (t, c) not in found for t, c in wanted)

    def cleaned_with_other_reference(self) -> bool:
        """Whether the cleaned tables were made with other reference tables, another
        gazetteer or another version of analysis than this process reads
        (:func:`analysis.reference.reference_digest`; a store cleaned before the digest was
        recorded counts as other): an upgrade or an edited ``$ANALYSIS_REFERENCE_DIR``
        leaves the stored names, places and types as the old tables made them."""
        from analysis.reference import reference_digest

        found = self.con.execute(
            "SELECT value FROM store_meta WHERE key = ?", [CLEANED_REFERENCE_KEY]
        ).fetchone()
        return found is None or found[0] != reference_digest()

    # ----------------------------------------------------------------- writing

    def write(self, parsed: Parsed, batch: str, file: Path, source: str) -> IngestReport:
        """Merge one parsed file into the store (inside :meth:`transaction`)."""
        return self.write_parts([parsed], batch, file, source)

    def write_parts(
        self,
        parts: Iterable[Parsed],
        batch: str,
        file: Path,
        source: str,
        read_from: Path | None = None,
    ) -> IngestReport:
        """Merge one file, parsed in consecutive parts, into the store (inside
        :meth:`transaction`): the same result and counts as writing it in one piece.
        ``file`` is the name logged and reported; ``read_from`` the file read, when another
        (a table unpacked from an archive): its digest is logged.

        ``source`` names the file's source when no part has an event. An event id repeated
        in a later part is a repeat within the file (identical: unchanged; different:
        quarantined), exactly as within one part.
        """
        now = datetime.now(UTC).replace(tzinfo=None)
        # The first occurrence of each event id in this file so far: a DuckDB temporary
        # table, so a 2.5-million-row file is looked up per part, never rebuilt in memory.
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE file_first "
            "(event_id VARCHAR, row_hash VARCHAR, source_row BIGINT)"
        )
        total: IngestReport | None = None
        name = None
        # the best figures of the events written (their new figures, summed as written) and
        # the ids of the file's other events (unchanged or older: their stored figures)
        written_best, kept = 0, []
        for parsed in parts:
            if parsed.events["row_hash"].eq("").any():  # as a reader leaves it: hash here
                parsed = hashed(self.con, parsed)
            if name is None and len(parsed.events):
                name = str(parsed.events["source"].iloc[0])
            earlier = self._earlier(parsed.events["event_id"])
            report, first, best, unwritten = self._write_part(parsed, batch, earlier, now)
            written_best += best
            kept.append(unwritten)
            if len(first):
                self.with_frame(
                    "INSERT INTO file_first SELECT * FROM first_part", first_part=_arrow(first)
                )
            total = report if total is None else total + report
        if total is None:
            raise RuntimeError(f"{file}: nothing was read")
        total.fatalities_stored = written_best + self._stored_total(pd.concat(kept))
        self.con.execute("DROP TABLE file_first")
        total.file, total.source = str(file), name or source
        if not total.balanced():
            raise RuntimeError(f"{file}: row accounting does not balance: {total.to_dict()}")
        nothing_kept = all_quarantined(total)
        if nothing_kept:
            total.warnings = [*total.warnings, nothing_kept]
            total.nothing_stored = nothing_stored(total)
        self._log(total, batch, file, now, read_from or file)
        if total.events_new or total.events_replaced:
            self.bump_data_version()
        return total

    def _stored_total(self, event_ids: pd.Series) -> int:
        """The best figures the store holds for ``event_ids`` (the file's events it did not
        write): none looked up when there are none, as when every event of the file is new
        or revised."""
        if not len(event_ids):
            return 0
        found = self.with_frame(
            "SELECT sum(best) FROM casualties WHERE event_id IN (SELECT event_id FROM kept_ids)",
            kept_ids=pa.table({"event_id": pa.array(event_ids.astype("str"), from_pandas=True)}),
        ).fetchall()[0][0]
        return int(found or 0)

    def _earlier(self, event_ids: pd.Series) -> pd.DataFrame:
        """The first occurrences, in earlier parts of this file, of these event ids."""
        incoming_ids = pa.table({"event_id": pa.array(event_ids.astype("str"), from_pandas=True)})
        found = self.with_frame(
            "SELECT event_id, row_hash, source_row FROM file_first "
            "WHERE event_id IN (SELECT event_id FROM incoming_ids)",
            incoming_ids=incoming_ids,
        ).df()
        return found.astype({"event_id": "str", "row_hash": "str", "source_row": "int64"})

    def _write_part(
        self, parsed: Parsed, batch: str, earlier: pd.DataFrame, now: datetime
    ) -> tuple[IngestReport, pd.DataFrame, int, pd.Series]:
        """Write one part; its counts, the first occurrences of its event ids, the sum of
        the best figures it wrote and the ids of its events it did not write (unchanged or
        older than stored)."""
        events, casualties, duplicates = _split_file_duplicates(parsed, earlier)
        quarantine = pd.concat([parsed.quarantine, duplicates["quarantine"]], ignore_index=True)
        events = events.assign(ingest_batch=batch)
        status = self._classify(events)
        new = status["status"].eq("new")
        replaced = status["status"].eq("replaced")
        unchanged = ~(new | replaced)
        rows = events["_rows"].to_numpy()
        write_ids = events.loc[(new | replaced).to_numpy(), "event_id"]
        replaced_ids = events.loc[replaced.to_numpy(), "event_id"]
        changed: dict[str, int] = {}
        if len(replaced_ids):
            stored_rows = status.loc[replaced, "stored_row"].astype("int64").to_numpy()
            self._to_history(replaced_ids, stored_rows, batch, now)
            changed = self._changed(
                events[replaced.to_numpy()], casualties[isin(casualties["event_id"], replaced_ids)]
            )
            self.con.execute("DROP TABLE replaced_rows")
            self.con.execute("DROP TABLE replaced_figures")
        writing = (new | replaced).to_numpy()
        to_write = events if writing.all() else events[writing]  # event ids are unique here
        # Frames reach DuckDB through with_frame, never register(): a registered frame
        # stays alive until COMMIT, so a 2.5-million-row file held every part's Arrow
        # buffers (1.2 GB) to the end of its transaction.
        # a replaced event that was deleted stays deleted: its flag written with it, so
        # no UPDATE looks the new rows up by id afterwards
        flags = status["deleted"].to_numpy(dtype=bool)
        self.with_frame(
            f"INSERT INTO events ({EVENT_LIST}, deleted) "
            f"SELECT {EVENT_LIST}, deleted FROM incoming_events",
            incoming_events=_arrow(
                to_write[EVENT_COLUMNS].assign(deleted=flags if writing.all() else flags[writing])
            ),
        )
        self.with_frame(
            "INSERT INTO clean_pending SELECT event_id FROM written",
            written=_arrow(to_write[["event_id"]]),
        )
        # every event written (a first ingest): every figure with it, no lookup needed
        new_casualties = (
            casualties if writing.all() else casualties[isin(casualties["event_id"], write_ids)]
        )
        self.with_frame(
            f"INSERT INTO casualties ({CASUALTY_LIST}) "
            f"SELECT {CASUALTY_LIST} FROM incoming_casualties",
            incoming_casualties=_arrow(new_casualties[CASUALTY_COLUMNS]),
        )
        self._quarantine(quarantine, batch, now)

        repeats_total = duplicates["identical_fatalities"]
        read_total = parsed.fatalities_read
        report = IngestReport(
            rows_read=parsed.records,
            stored=int(rows[new.to_numpy()].sum()),
            replaced=int(rows[replaced.to_numpy()].sum()),
            unchanged=int(rows[unchanged.to_numpy()].sum()) + duplicates["identical_rows"],
            quarantined=len(quarantine[["source_file", "source_row"]].drop_duplicates()),
            quarantined_by_reason=_reasons(quarantine),
            first_quarantined=_first_quarantined(quarantine),
            events_new=int(new.sum()),
            events_replaced=int(replaced.sum()),
            replaced_by_column=changed,
            events_unchanged=int(unchanged.sum()),
            older_versions_ignored=int(status["status"].eq("older").sum()),
            casualty_rows=len(new_casualties),
            repaired=len(parsed.repairs[["source_file", "source_row"]].drop_duplicates()),
            repaired_by_reason=_reasons(parsed.repairs),
            fatalities_read=None if read_total is None else read_total - repeats_total,
            identical_repeats=duplicates["identical_rows"],
            identical_repeat_fatalities=repeats_total,
            quarantined_unread=parsed.unread_records,
            date_order=parsed.date_order,
            unmapped_columns=parsed.unmapped_columns,
            warnings=[
                *parsed.warnings,
                *_named_events(events, replaced & status["same_stamp"], SAME_STAMP),
                *_named_events(events, replaced & status["deleted"], STILL_DELETED),
            ],
        )
        best = pd.to_numeric(new_casualties["best"], errors="coerce").sum()
        unwritten = events.loc[~writing, "event_id"]
        return report, events[["event_id", "row_hash", "source_row"]], int(best), unwritten

    def _classify(self, events: pd.DataFrame) -> pd.DataFrame:
        """new / unchanged / replaced / older for each incoming event, in incoming order."""
        keys = events[["event_id", "row_hash", "source_updated_at"]]
        known = self.with_frame(
            "SELECT k.event_id, e.row_hash AS old_hash, e.source_updated_at AS old_stamp, "
            "e.deleted, e.rowid AS stored_row FROM incoming_keys k JOIN events e USING (event_id)",
            incoming_keys=_arrow(keys),
        ).df()
        status = keys.merge(known, on="event_id", how="left")
        stored = status["old_hash"].notna()
        same = stored & status["old_hash"].eq(status["row_hash"])
        older = stored & ~same & status["source_updated_at"].lt(status["old_stamp"]).fillna(False)
        label = pd.Series("new", index=status.index, dtype="str")
        label[stored] = "replaced"
        label[same] = "unchanged"
        label[older] = "older"
        status["status"] = label
        status["deleted"] = status["deleted"].fillna(False).astype(bool)
        # a different content under the stored version's own timestamp: no newer version,
        # an edited or older file (the later file's version is kept, with a warning)
        same_stamp = status["source_updated_at"].eq(status["old_stamp"]).fillna(False)
        status["same_stamp"] = (stored & ~same & same_stamp).astype(bool)
        return status

    def _to_history(
        self, event_ids: pd.Series, rows: np.ndarray, batch: str, now: datetime
    ) -> None:
        """The stored versions of ``event_ids`` (at ``rows``, their rowids in ``events``)
        and their figures moved to the history tables.

        The stored rows are joined by rowid (an integer, not the id's text); up to
        :data:`~analysis.store.rewrite.FEW_ROWS` events are also picked out by a list of
        their rowids, which spares reading every column of every other stored event; more
        are in most row groups anyway."""
        replaced = pd.DataFrame(
            {
                "event_id": event_ids,
                "stored_row": rows,
                "replaced_batch": batch,
                "replaced_at": now,
            }
        )
        listed = sorted(int(row) for row in rows)
        few = len(listed) <= FEW_ROWS
        # read once, kept (with their figures) for :meth:`_changed` until the part is written
        self.with_frame(
            "CREATE OR REPLACE TEMP TABLE replaced_rows AS "
            "SELECT e.*, r.replaced_batch, r.replaced_at FROM events e "
            "JOIN replaced_ids r ON e.rowid = r.stored_row"
            + (f" WHERE e.rowid = ANY({listed})" if few else ""),
            replaced_ids=replaced,
        )
        # by name: upgraded stores add columns last
        self.con.execute("INSERT INTO event_history BY NAME SELECT * FROM replaced_rows")
        # their figures found once, with their rowids: copied, then deleted by rowid
        self.with_frame(
            "CREATE OR REPLACE TEMP TABLE replaced_figures AS SELECT c.rowid AS figure_row, "
            f"{', '.join(f'c.{c}' for c in CASUALTY_COLUMNS)}, r.replaced_batch "
            "FROM casualties c JOIN replaced_ids r ON c.event_id = r.event_id",
            replaced_ids=replaced,
        )
        self.con.execute(
            f"INSERT INTO casualty_history ({CASUALTY_LIST}, replaced_batch) "
            f"SELECT {CASUALTY_LIST}, replaced_batch FROM replaced_figures"
        )
        self.con.execute(
            "DELETE FROM casualties WHERE rowid IN (SELECT figure_row FROM replaced_figures)"
        )
        # the stored versions deleted by their rowids (one row per event id)
        if few:
            self.con.execute("DELETE FROM events WHERE rowid = ANY(?)", [listed])
        else:
            self.with_frame(
                "DELETE FROM events WHERE rowid IN (SELECT stored_row FROM replaced_ids)",
                replaced_ids=replaced,
            )

    def _changed(self, versions: pd.DataFrame, figures: pd.DataFrame) -> dict[str, int]:
        """For the new ``versions`` of replaced events (one row per id) and their
        ``figures``: how many differ from the stored version just moved to the history
        (``replaced_rows``, ``replaced_figures``) in each column, ``figures`` for their
        casualty figures; only columns that differ, most first."""
        found = self.with_frame(
            rowhash.changed_columns_sql("new_versions", "replaced_rows"),
            new_versions=_arrow(versions[rowhash.CONTENT_COLUMNS]),
        ).fetchall()[0]
        columns = [c for c in rowhash.CONTENT_COLUMNS if c != "event_id"]
        counts = dict(zip(columns, found, strict=True))
        counts["figures"] = self.with_frame(
            rowhash.changed_figures_sql("replaced_rows", "new_figures", "replaced_figures"),
            new_figures=_arrow(figures[["event_id", *rowhash.FIGURE_CONTENT]]),
        ).fetchall()[0][0]
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return {column: int(n) for column, n in ranked if n}

    def _quarantine(self, quarantine: pd.DataFrame, batch: str, now: datetime) -> None:
        """Add quarantined rows not already there (same file name, row, column, reason, raw)."""
        if quarantine.empty:
            return
        files = quarantine["source_file"]
        names = {p: Path(p).name for p in files.unique()}  # a few files, many rows
        incoming = quarantine.assign(
            file_name=files.map(names),
            ingest_batch=batch,
            quarantined_at=now,
        )
        # Only stored rows numbered like the incoming ones can be the same: the range keeps
        # the lookup to them, not to every row a store (or this ingest) has quarantined.
        first, last = int(quarantine["source_row"].min()), int(quarantine["source_row"].max())
        self.with_frame(
            f"""INSERT INTO quarantine
            SELECT q.source_file, q.source_row, q."column", q.reason, q.raw, q.ingest_batch,
                   q.quarantined_at
            FROM incoming_quarantine q
            WHERE NOT EXISTS (
                SELECT 1 FROM quarantine s
                WHERE s.source_row BETWEEN {first} AND {last}
                  AND regexp_extract(s.source_file, '[^/\\\\]+$') = q.file_name
                  AND s.source_row = q.source_row AND s."column" = q."column"
                  AND s.reason = q.reason AND s.raw = q.raw)""",
            incoming_quarantine=_arrow(incoming),
        )

    def _log(self, report: IngestReport, batch: str, file: Path, now: datetime, read: Path) -> None:
        digest = _sha256(read) if read.is_file() else None
        self.con.execute(
            "INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                batch,
                str(file),
                report.source,
                digest,
                now,
                report.rows_read,
                report.stored,
                report.unchanged,
                report.replaced,
                report.quarantined,
                json.dumps(report.to_dict()),
            ],
        )

    def delete(self, event_ids: list[str], list_file: str = "") -> dict[str, object]:
        """Mark events deleted (kept, excluded from queries); returns what happened to each id."""
        ids = pd.DataFrame({"event_id": pd.Series(event_ids, dtype="str").drop_duplicates()})
        with self.transaction() as batch:
            found = self.with_frame(
                "SELECT d.event_id, e.deleted FROM deleted_ids d JOIN events e USING (event_id)",
                deleted_ids=ids,
            ).df()
            now = datetime.now(UTC).replace(tzinfo=None)
            marked = ids.assign(deleted_batch=batch, deleted_at=now, list_file=list_file)
            self.with_frame(
                "UPDATE events SET deleted = true, deleted_at = d.deleted_at, "
                "deleted_batch = d.deleted_batch "
                "FROM deleted_ids d WHERE NOT events.deleted AND events.event_id = d.event_id",
                deleted_ids=marked,
            )
            self.with_frame(
                "INSERT INTO deletions "
                "SELECT event_id, deleted_batch, deleted_at, list_file FROM deleted_ids",
                deleted_ids=marked,
            )
            if len(found) and (~found["deleted"]).any():
                self.with_frame(
                    "INSERT INTO clean_pending SELECT event_id FROM deleted_ids "
                    "WHERE event_id IN (SELECT event_id FROM events)",
                    deleted_ids=ids,
                )
                self.bump_data_version()
        missing = sorted(set(ids["event_id"]) - set(found["event_id"]))
        return {
            "ids": len(ids),
            "marked_deleted": int((~found["deleted"]).sum()),
            "already_deleted": int(found["deleted"].sum()),
            "not_found": len(missing),
            "not_found_ids": missing,
        }

    # ----------------------------------------------------------------- reading

    def events(
        self,
        country: str | list[str] | None = None,
        admin1: str | list[str] | None = None,
        start: str | None = None,
        end: str | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        source: str | None = None,
        include_deleted: bool = False,
        admin2: str | list[str] | None = None,
    ) -> pd.DataFrame:
        """Events matching every given filter, as a DataFrame with the canonical columns.

        ``country`` is a name or ISO3 code, or a list of them (events of any of them);
        ``start``/``end`` select events whose date span overlaps the range; ``actor``
        matches any actor column, case-insensitively, as a substring; ``admin2`` (a district
        or a list, compared like ``admin1``) leaves out events known only to their province
        or country (``geo_precision`` ``admin1`` or ``country``: their district is a
        stand-in).
        """
        where, params = _filters(country, admin1, start, end, actor, event_type, source, admin2)
        if not include_deleted:
            where.append("NOT deleted")
        condition = " AND ".join(where) or "true"
        sql = f"SELECT * FROM events WHERE {condition} ORDER BY date_start, event_id"
        return _typed(_fetch(self.con, sql, params), "events")

    def casualties(self, **filters: object) -> pd.DataFrame:
        """Casualty rows of the events :meth:`events` selects with the same filters."""
        include_deleted = bool(filters.pop("include_deleted", False))
        where, params = _filters(**filters)  # type: ignore[arg-type]
        if not include_deleted:
            where.append("NOT deleted")
        sql = (
            f"SELECT c.* FROM casualties c JOIN events USING (event_id) "
            f"WHERE {' AND '.join(where) or 'true'} ORDER BY c.event_id, c.source_row"
        )
        return _typed(_fetch(self.con, sql, params), "casualties")

    def clean_events(self, **filters: object) -> pd.DataFrame:
        """Cleaned events (after ``analysis clean``) matching the :meth:`events` filters."""
        where, params = _filters(**filters)  # type: ignore[arg-type]
        condition = " AND ".join(where) or "true"
        self.require_clean()
        sql = f"SELECT * FROM events_clean WHERE {condition} ORDER BY date_start, event_id"
        return _typed(self.con.execute(sql, params).df(), "events")

    def clean_clusters(self, **filters: object) -> pd.DataFrame:
        """Every cleaned row of the duplicate clusters with at least one row matching the
        :meth:`events` filters, by ``date_start`` and ``event_id`` (as DuckDB gives them).

        One statement: the clusters' rows are found by the filtered columns and
        ``cluster_id`` alone, then read whole by rowid, so a store of millions of events
        reads every column of the selected rows only (reading every column of every row
        to find them took most of a report's extra time in a 2.5-million-event store).

        >>> import tempfile, pathlib
        >>> from analysis.store.cleaned import clean_store
        >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as store:
        ...     _ = clean_store(store)
        ...     len(store.clean_clusters(country="Pakistan"))
        0
        """
        where, params = _filters(**filters)  # type: ignore[arg-type]
        condition = " AND ".join(where) or "true"
        self.require_clean()
        sql = (
            "SELECT * FROM events_clean WHERE rowid IN (SELECT rowid FROM events_clean "
            "WHERE cluster_id IN (SELECT cluster_id FROM events_clean "
            f"WHERE {condition})) ORDER BY date_start, event_id"
        )
        return self.con.execute(sql, params).df()

    def clean_date_span(self, **filters: object) -> tuple[object, object]:
        """(first date_start, last date_end) of the cleaned events the filters select,
        computed inside DuckDB (``(None, None)`` when nothing matches)."""
        where, params = _filters(**filters)  # type: ignore[arg-type]
        condition = " AND ".join(where) or "true"
        self.require_clean()
        sql = f"SELECT min(date_start), max(date_end) FROM events_clean WHERE {condition}"
        first, last = self.con.execute(sql, params).fetchone()
        return first, last

    def clean_file_spans(self, **filters: object) -> pd.DataFrame:
        """Per file that has cleaned events the filters select, the first ``date_start`` and
        last ``date_end`` of all its events: ``source``, ``source_file``, ``first``,
        ``last``. A source covers the days its files span (two files a year apart leave the
        months between them uncovered, however many events either holds)."""
        where, params = _filters(**filters)  # type: ignore[arg-type]
        condition = " AND ".join(where) or "true"
        self.require_clean()
        sql = (
            "WITH files AS (SELECT DISTINCT source, source_file FROM events_clean "
            f"WHERE {condition}) "
            "SELECT e.source, e.source_file, min(e.date_start) AS first, "
            "max(e.date_end) AS last FROM events_clean e JOIN files f "
            "ON e.source = f.source AND e.source_file IS NOT DISTINCT FROM f.source_file "
            "GROUP BY e.source, e.source_file ORDER BY e.source, first, e.source_file"
        )
        return self.con.execute(sql, params).df()

    def fatalities(self, **filters: object) -> pd.DataFrame:
        """Reconciled fatalities of the real events (clusters) the filters select."""
        return self._by_cluster("fatalities", filters)

    def claims(self, **filters: object) -> pd.DataFrame:
        """Perpetrators' own figures, reconciled the same way, kept apart from fatalities."""
        return self._by_cluster("claims", filters)

    def cleaning_log(self) -> pd.DataFrame:
        """What the last ``analysis clean`` changed: step, column, before, after, rows."""
        self.require_clean()
        # by every column: an update changes the table's rows in place, so its order is
        # not the one a full clean writes
        return self.con.execute(
            'SELECT * FROM cleaning_log ORDER BY step, rows DESC, "column", before, after'
        ).df()

    def duplicate_pairs(self) -> pd.DataFrame:
        """Scored candidate duplicate pairs across sources, with reasons: those scoring
        :data:`~analysis.clean.duplicates.REVIEW_FLOOR` (0.5) or more (links, refused
        links, near misses)."""
        self.require_clean()
        return self.con.execute("SELECT * FROM duplicate_pairs").df()

    def _by_cluster(self, table: str, filters: dict) -> pd.DataFrame:
        self.require_clean()
        where, params = _filters(**filters)
        condition = " AND ".join(where) or "true"
        sql = (
            f"SELECT * FROM {table} WHERE cluster_id IN "
            f"(SELECT cluster_id FROM events_clean WHERE {condition}) "
            "ORDER BY cluster_id, victim_group"
        )
        return _typed_figures(self.con.execute(sql, params).df())

    def cleaning_state(self) -> dict[str, object]:
        """Whether the cleaned tables can be reported from, and what they hold.

        ``state``: "current"; "behind" (``behind`` ingests or deletions not cleaned yet);
        "older_version" (made by an older version of analysis); "other_reference" (made
        with other reference tables); "not_cleaned". ``fix``: the command that brings them
        up to date (None when current). Cleaned tables also give ``cleaned_at``,
        ``real_events`` (the events once duplicates are linked), ``duplicate_links`` and
        ``campaigns``.

        >>> import tempfile, pathlib
        >>> with EventStore(pathlib.Path(tempfile.mkdtemp()) / "s.duckdb") as store:
        ...     store.cleaning_state()["state"]
        'not_cleaned'
        """
        state, behind = self._cleaning_status()
        if state == "not_cleaned":
            return {"state": state, "fix": f"analysis clean --store {self.path}"}
        fix = f"analysis clean --update --store {self.path}"
        q = self.con.execute
        meta = dict(q("SELECT key, value FROM store_meta WHERE key = 'cleaned_at'").fetchall())
        primary, campaigns = q(
            "SELECT count(*) FILTER (WHERE is_primary), count(DISTINCT campaign_id) "
            "FROM events_clean"
        ).fetchone()
        return {
            "state": state,
            "behind": behind,
            "fix": None if state == "current" else fix,
            "cleaned_at": meta.get("cleaned_at"),
            "real_events": primary,
            "duplicate_links": q("SELECT count(*) FROM duplicate_pairs WHERE accepted").fetchone()[
                0
            ],
            "campaigns": campaigns,
        }

    def require_clean(self) -> None:
        """Raise a :class:`UserError` unless the cleaned tables exist, were made by this
        version (:meth:`cleaned_by_older_version`) with the reference data this process
        reads (:meth:`cleaned_with_other_reference`) and reflect every ingest and deletion
        (:meth:`clean_behind` is 0): :meth:`cleaning_state`'s "current"."""
        state, behind = self._cleaning_status()
        fix = f"analysis clean --update --store {self.path}"
        if state == "not_cleaned":
            raise UserError(f"{self.path}: not cleaned yet; run `analysis clean` first")
        if state == "older_version":
            raise UserError(
                f"{self.path}: the cleaned tables were made by an older version of analysis; "
                f"run `{fix}` first"
            )
        if state == "other_reference":
            raise UserError(
                f"{self.path}: the cleaned tables were made with other reference tables or "
                f"another version of analysis (an upgrade, or an edited ${REFERENCE_ENV}); "
                f"run `{fix}` first"
            )
        if state == "behind":
            raise UserError(
                f"{self.path}: the cleaned tables are {behind} update(s) behind the "
                f"ingested data; run `{fix}` first"
            )

    def _cleaning_status(self) -> tuple[str, int]:
        """:meth:`cleaning_state`'s ``state`` and ``behind``, without its counts."""
        if not self.is_cleaned():
            return "not_cleaned", 0
        if self.cleaned_by_older_version():
            return "older_version", self.clean_behind()
        if self.cleaned_with_other_reference():
            return "other_reference", self.clean_behind()
        behind = self.clean_behind()
        return ("behind" if behind else "current"), behind

    def versions(self) -> tuple[int, int]:
        """(``data_version``, ``cleaned_version``): how many changes the ingested data has
        seen, and up to which of them the cleaned tables reflect it."""
        meta = dict(self.con.execute("SELECT key, value FROM store_meta").fetchall())
        data = int(meta.get("data_version", 0))
        if "cleaned_version" in meta:
            return data, int(meta["cleaned_version"])
        # a store from before versions: cleaned is current when no ingest came after it
        last = self.con.execute("SELECT max(started_at) FROM ingest_log").fetchone()[0]
        cleaned_at = meta.get("cleaned_at")
        if cleaned_at is None or last is None:
            return data, data
        cleaned = datetime.fromisoformat(cleaned_at).astimezone(UTC).replace(tzinfo=None)
        return (data + 1, data) if last > cleaned else (data, data)

    def clean_behind(self) -> int:
        """How many data versions the cleaned tables are behind (0: current)."""
        data, cleaned = self.versions()
        return max(data - cleaned, 0)

    def bump_data_version(self) -> int:
        """Count one more change of the ingested data (inside the caller's transaction)."""
        data, _ = self.versions()
        self.con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('data_version', ?)", [str(data + 1)]
        )
        return data + 1

    def quarantine(self) -> pd.DataFrame:
        """Every quarantined row, oldest first."""
        return self.con.execute(
            'SELECT source_file, source_row, "column", reason, raw, ingest_batch '
            "FROM quarantine ORDER BY quarantined_at, source_file, source_row"
        ).df()

    def repaired(self) -> pd.DataFrame:
        """Events stored after a repair (UCDP's out-of-order low/best/high), with what was
        repaired: ``source_file, source_row, event_id, data_quality``."""
        return self.con.execute(
            "SELECT source_file, source_row, event_id, data_quality FROM events "
            "WHERE data_quality IS NOT NULL AND NOT deleted ORDER BY source_file, source_row"
        ).df()

    def ingest_log(self) -> pd.DataFrame:
        """One row per file ingested."""
        return self.con.execute("SELECT * FROM ingest_log ORDER BY started_at").df()

    def summary(self) -> dict[str, object]:
        """Counts describing the store: events by source, fatalities by victim group, …"""
        q = self.con.execute
        sources = q(
            "SELECT source, count(*), max(source_updated_at) FROM events WHERE NOT deleted "
            "GROUP BY 1 ORDER BY 1"
        ).fetchall()
        by_source = {name: count for name, count, _ in sources}
        groups, claims = (
            q(
                "SELECT victim_group, sum(low), sum(best), sum(high), count(*) FROM casualties c "
                f"JOIN events e USING (event_id) WHERE NOT e.deleted AND {claim} "
                "GROUP BY 1 ORDER BY 1"
            ).fetchall()
            for claim in ("NOT c.perpetrator_claim", "c.perpetrator_claim")
        )
        first, last = q(
            "SELECT min(date_start), max(date_end) FROM events WHERE NOT deleted"
        ).fetchone()
        return {
            "store": str(self.path),
            "events": sum(by_source.values()),
            "events_by_source": by_source,
            # the provider's newest version stamp among the current events (ACLED's
            # ``timestamp``): what the next update from its API starts after
            "newest_update_by_source": {
                name: _stamp(newest) for name, _, newest in sources if newest is not None
            },
            "deleted_events": q("SELECT count(*) FROM events WHERE deleted").fetchone()[0],
            # the sources' figures summed, perpetrators' claims apart (never in a toll)
            "fatalities_by_victim_group": {
                g: {"low": _int(lo), "best": _int(b), "high": _int(h), "figures": n}
                for g, lo, b, h, n in groups
            },
            "perpetrator_claims_by_victim_group": {
                g: {"low": _int(lo), "best": _int(b), "high": _int(h), "figures": n}
                for g, lo, b, h, n in claims
            },
            "casualty_rows": q("SELECT count(*) FROM casualties").fetchone()[0],
            "date_range": [_day(first), _day(last)],
            "quarantined_rows": q(
                "SELECT count(*) FROM (SELECT DISTINCT source_file, source_row FROM quarantine)"
            ).fetchone()[0],
            "repaired_events": q(
                "SELECT count(*) FROM events WHERE data_quality IS NOT NULL AND NOT deleted"
            ).fetchone()[0],
            "history_versions": q("SELECT count(*) FROM event_history").fetchone()[0],
            "ingests": q("SELECT count(DISTINCT ingest_batch) FROM ingest_log").fetchone()[0],
            "cleaning": self.cleaning_state(),
        }


def hashed(con: duckdb.DuckDBPyConnection, parsed: Parsed) -> Parsed:
    """``parsed`` with each event's ``row_hash`` (:func:`analysis.store.rowhash.content_hashes`
    on ``con``, any connection: a cursor lets another thread hash the next part while the
    store writes this one)."""
    hashes = rowhash.content_hashes(con, parsed.events, parsed.casualties)
    return replace(parsed, events=parsed.events.assign(row_hash=hashes))


def memory_limit(default: str = DEFAULT_MEMORY) -> str:
    """DuckDB's memory limit for a store connection: ``$ANALYSIS_DUCKDB_MEMORY`` (e.g.
    "4GB") or ``default`` (:data:`DEFAULT_MEMORY`; a step holding large frames of its own
    may ask for less).

    >>> memory_limit() == (os.environ.get(MEMORY_ENV, "").strip() or DEFAULT_MEMORY)
    True
    """
    value = os.environ.get(MEMORY_ENV, "").strip() or default
    if not _MEMORY.match(value):
        raise UserError(f"${MEMORY_ENV}={value!r}: give a size such as 512MB or 4GB")
    return value


def _sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks (a 1 GB export is never held in memory).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = path.write_bytes(b"abc")
    >>> _sha256(path) == hashlib.sha256(b"abc").hexdigest()
    True
    """
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> pd.DataFrame:
    """A query's rows as a DataFrame, through Arrow (twice as fast as ``.df()`` for a
    million rows of text; a relation, not a DB-API result, so without an extra copy); an
    all-missing text column (every text column of an empty result) is ``None`` objects, as
    ``.df()`` gives it."""
    con.complete()  # a DB-API result left open by an earlier execute() would block sql()
    # Text as Arrow large_string, the layout pandas' ``str`` columns hold: to_pandas then
    # takes DuckDB's buffers as they are instead of copying every string once more.
    con.execute("SET arrow_large_buffer_size = true")
    try:
        table = con.sql(sql, params=params).to_arrow_table()
    finally:
        con.execute("RESET arrow_large_buffer_size")
    # an empty result is made from its Arrow schema (its text columns object, as below),
    # not by running the query again: the query's whole cost once more, for no rows
    frame = _single_chunks(table).to_pandas()
    for name, column in zip(table.column_names, table.columns, strict=True):
        text = pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
        if text and column.null_count == len(column):
            frame[name] = pd.Series([None] * len(column), dtype=object, index=frame.index)
    return frame


def _single_chunks(table: pa.Table) -> pa.Table:
    """``table`` with each text column in one piece, a column at a time.

    DuckDB hands a large result over in row groups (122,880 rows): a million-row text
    column arrives in 9 chunks. Arrow takes rows of a chunked text column by first
    concatenating all its chunks, so every ``iloc``, ``take`` or filter of the frame's text
    would copy the whole column again (a quarter of a million-event clean's page faults); one
    copy here makes them plain takes.

    >>> chunked = pa.table({"t": pa.chunked_array([["a"], [None, "b"]]), "n": [1, 2, 3]})
    >>> one = _single_chunks(chunked)
    >>> one["t"].num_chunks, one["t"].to_pylist(), one.equals(chunked)
    (1, ['a', None, 'b'], True)
    """
    for position, column in enumerate(table.columns):
        text = pa.types.is_string(column.type) or pa.types.is_large_string(column.type)
        if text and column.num_chunks > 1:
            # set_column drops the table's hold on the old chunks as each column is replaced
            table = table.set_column(position, table.field(position), column.combine_chunks())
        del column
    return table


def _arrow(frame: pd.DataFrame) -> pa.Table:
    """``frame`` as an Arrow table: DuckDB scans Arrow much faster than pandas' Arrow-backed
    text columns."""
    return pa.Table.from_pandas(frame, preserve_index=False)


def _typed_figures(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({"low": "Int64", "best": "Int64", "high": "Int64"})


def _int(value: object) -> int | None:
    return None if value is None else int(value)


def _day(value: object) -> str | None:
    return None if value is None else pd.Timestamp(value).strftime("%Y-%m-%d")


def _stamp(value: object) -> dict[str, object]:
    """A provider's version stamp (UTC) as ISO text and as Unix seconds, the form ACLED's
    API filters ``timestamp`` by.

    >>> _stamp(pd.Timestamp("2024-09-03 14:20:00"))
    {'utc': '2024-09-03T14:20:00Z', 'unix': 1725373200}
    """
    moment = pd.Timestamp(value)
    seconds = (moment - pd.Timestamp("1970-01-01")) // pd.Timedelta(seconds=1)
    return {"utc": moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "unix": int(seconds)}


def _filters(
    country: str | list[str] | None = None,
    admin1: str | list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    source: str | None = None,
    admin2: str | list[str] | None = None,
) -> tuple[list[str], list[object]]:
    """The WHERE conditions and parameters of the store's keyword filters.

    >>> where, params = _filters(admin1="Sahel", admin2=["Soum", "Séno"])
    >>> params
    ['Sahel', 'Soum', 'Séno']
    >>> where[-1]
    "coalesce(geo_precision, '') NOT IN ('admin1', 'country')"

    ``country`` is a name or ISO3 code, or a list of them (any of the countries):

    >>> where, params = _filters(country=["Mali", "NER"])
    >>> where[0]
    '(lower(country) IN (lower(?), lower(?)) OR upper(iso3) IN (upper(?), upper(?)))'
    >>> params
    ['Mali', 'NER', 'Mali', 'NER']
    """
    where: list[str] = []
    params: list[object] = []
    if isinstance(country, str) or (country is not None and len(country) == 1):
        one = country if isinstance(country, str) else country[0]
        if one:
            where.append("(lower(country) = lower(?) OR upper(iso3) = upper(?))")
            params += [one, one]
    elif country:
        names = [str(name) for name in country]
        lower = ", ".join("lower(?)" for _ in names)
        upper = ", ".join("upper(?)" for _ in names)
        where.append(f"(lower(country) IN ({lower}) OR upper(iso3) IN ({upper}))")
        params += names + names
    # compared without case or accents: "Barisal" finds "Barisāl"
    for column, value in (("admin1", admin1), ("admin2", admin2)):
        if value:
            names = [value] if isinstance(value, str) else list(value)
            marks = ", ".join("strip_accents(lower(?))" for _ in names)
            where.append(f"strip_accents(lower({column})) IN ({marks})")
            params += names
    if admin2:  # an event known only to its province or country has a stand-in district
        where.append("coalesce(geo_precision, '') NOT IN ('admin1', 'country')")
    if start:
        where.append("date_end >= CAST(? AS TIMESTAMP)")
        params.append(start)
    if end:
        where.append("date_start <= CAST(? AS TIMESTAMP)")
        params.append(end)
    if actor:
        where.append(
            "concat_ws(' | ', actor1, actor2, assoc_actor1, assoc_actor2) ILIKE '%' || ? || '%'"
        )
        params.append(actor)
    if event_type:
        where.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
        params += [event_type, event_type]
    if source:
        where.append("lower(source) = lower(?)")
        params.append(source)
    return where, params


# Replaced events an ingest names in a warning, and what happened to them.
SAME_STAMP = (
    "changed under the timestamp of the version stored (not a newer version: an edited or "
    "older file?); this file's version replaced it"
)
STILL_DELETED = (
    "on a deletion list came in a newer version, stored as the newest and still deleted "
    "(not in reports)"
)


def _named_events(events: pd.DataFrame, flags: pd.Series, what: str) -> list[str]:
    """A warning naming the events at ``flags`` (the first ten) and ``what`` happened to
    them, or none: replaced events that would otherwise look like any other.

    >>> events = pd.DataFrame({"event_id": ["acled:PAK1", "acled:PAK2"],
    ...     "source_file": "week4.csv"})
    >>> print(*_named_events(events, pd.Series([False, True]), STILL_DELETED))
    ... # doctest: +NORMALIZE_WHITESPACE
    week4.csv: 1 event(s) on a deletion list came in a newer version, stored as the newest
    and still deleted (not in reports): acled:PAK2
    """
    flags = flags.to_numpy(dtype=bool)
    if not flags.any():
        return []
    ids = events.loc[flags, "event_id"].astype("str").tolist()
    shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    return [f"{events['source_file'].iloc[0]}: {len(ids)} event(s) {what}: {shown}"]


def _split_file_duplicates(
    parsed: Parsed, earlier: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Keep the first of repeated event ids in one file.

    A repeat with the same content is counted unchanged; a repeat with different content is
    quarantined (the analyst must say which is right). ``earlier`` holds the first
    occurrences (event_id, row_hash, source_row) in earlier parts of the same file.
    """
    events = parsed.events
    repeated = events["event_id"].duplicated(keep="first")
    if earlier is not None and len(earlier):
        repeated |= isin(events["event_id"], earlier["event_id"])
    if not repeated.any():
        return (
            events,
            parsed.casualties,
            {
                "quarantine": parsed.quarantine.iloc[0:0],
                "identical_rows": 0,
                "identical_fatalities": 0,
            },
        )
    first = events.loc[~repeated, ["event_id", "row_hash", "source_row"]]
    if earlier is not None and len(earlier):
        first = pd.concat([earlier, first], ignore_index=True)
    first = first.set_index("event_id")
    repeats = events[repeated]
    same = repeats["row_hash"].eq(repeats["event_id"].map(first["row_hash"]))
    differing = repeats[~same]
    first_row = differing["event_id"].map(first["source_row"])
    raw = differing[EVENT_COLUMNS].to_json(orient="records", lines=True, date_format="iso")
    quarantine = pd.DataFrame(
        {
            "source_file": differing["source_file"],
            "source_row": differing["source_row"],
            "column": "event_id",
            "reason": "event id repeated in this file with different content (first at row "
            + first_row.astype("str")
            + ")",
            # an empty frame's JSON is one empty line, not zero lines
            "raw": raw.splitlines() if len(differing) else [],
        }
    )
    dropped_rows = set(zip(repeats["event_id"], repeats["source_row"], strict=True))
    casualties = parsed.casualties
    keep_casualties = ~pd.Series(
        list(zip(casualties["event_id"], casualties["source_row"], strict=True)),
        index=casualties.index,
    ).isin(dropped_rows)
    return (
        events[~repeated],
        casualties[keep_casualties],
        {
            "quarantine": quarantine,
            "identical_rows": int(repeats.loc[same, "_rows"].sum()),
            "identical_fatalities": int(
                repeats.loc[same].get("_fatalities", pd.Series(dtype="Int64")).sum()
            ),
        },
    )


def _first_quarantined(quarantine: pd.DataFrame) -> dict[str, tuple[int, str | None]]:
    """Each reason's first quarantined row (the lowest row number) and its column."""
    if quarantine.empty:
        return {}
    first = quarantine.sort_values("source_row", kind="stable").drop_duplicates("reason")
    return {
        str(reason): (int(row), None if pd.isna(column) or column == "" else str(column))
        for reason, row, column in zip(
            first["reason"], first["source_row"], first["column"], strict=True
        )
    }


def _reasons(quarantine: pd.DataFrame) -> dict[str, int]:
    """Quarantined records per reason (a record with two problems counts under both)."""
    if quarantine.empty:
        return {}
    distinct = quarantine[["source_file", "source_row", "reason"]].drop_duplicates()
    return {str(k): int(v) for k, v in distinct["reason"].value_counts().items()}
