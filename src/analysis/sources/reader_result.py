"""What every reader returns (:class:`Parsed`), and the validation gate all readers end with.

A reader maps raw text to canonical columns and records problems; :func:`finish` then
removes problem rows (to quarantine), fills provenance, and runs the schema as a final
gate so that nothing invalid reaches the store (its rules in plain pandas first,
:func:`analysis.schema.surely_valid`; pandera for a part they do not surely pass).

Row accounting: ``records`` counts every record read from the file(s); every record ends
up in exactly one place, either in an event (its ``_rows`` column counts how many source
records it consumed) or in quarantine (``quarantined_rows``).

>>> import pandas as pd
>>> from analysis.schema import empty_events, empty_casualties, empty_quarantine
>>> parsed = Parsed(empty_events().assign(_rows=pd.Series(dtype="int64")),
...                 empty_casualties(), empty_quarantine(), records=0)
>>> parsed.accounted()
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from analysis import schema as _model
from analysis.schema import (
    CASUALTY_COLUMNS,
    EVENT_COLUMNS,
    QUARANTINE_COLUMNS,
    _typed,
    empty_quarantine,
)
from analysis.sources.fields import Problems, date_range_text, implausible_dates
from analysis.sources.rawfile import RawTable

if TYPE_CHECKING:
    import pandera.pandas as pandera


@dataclass
class Parsed:
    """Events, casualties and quarantine read from one input, with the record count."""

    events: pd.DataFrame  # EVENT_COLUMNS + "_rows" + "_fatalities" (the record's own total)
    casualties: pd.DataFrame  # CASUALTY_COLUMNS
    quarantine: pd.DataFrame  # QUARANTINE_COLUMNS
    records: int
    warnings: list[str] = field(default_factory=list)
    # the source's own fatality total over every record read (ACLED fatalities, UCDP
    # best, GTD nkill), quarantined records included; None when the layout has none
    fatalities_read: int | None = None
    # rows stored after a repair (same columns as quarantine); the event's data_quality
    # says what was repaired
    repairs: pd.DataFrame = field(default_factory=empty_quarantine)
    # records quarantined before their fields could be read (ragged, a quote never closed):
    # their figures are in no total
    unread_records: int = 0
    # the day/month order of the file's numeric dates and why ({"order", "why"}); None
    # when the file has none
    date_order: dict[str, str] | None = None
    # an analyst's table: its columns the mapping does not map (not stored); None for the
    # sources' own layouts
    unmapped_columns: list[str] | None = None

    @property
    def quarantined_rows(self) -> int:
        """Distinct source records in quarantine (a record may have several problems)."""
        return len(self.quarantine[["source_file", "source_row"]].drop_duplicates())

    def accounted(self) -> bool:
        """True when every record read is in an event or in quarantine."""
        return int(self.events["_rows"].sum()) + self.quarantined_rows == self.records


def event_frame(columns: dict[str, pd.Series], index: pd.Index) -> pd.DataFrame:
    """A frame with every canonical event column: given ones, the rest missing.

    >>> event_frame({"source": pd.Series(["acled"])}, pd.RangeIndex(1))["admin1"].isna().all()
    np.True_
    """
    data = {}
    for name in EVENT_COLUMNS:
        if name in columns:
            data[name] = columns[name]
        else:
            data[name] = pd.Series(pd.NA, index=index, dtype="str")
    frame = pd.DataFrame(data, index=index)
    for name in ("date_start", "date_end", "source_updated_at"):
        frame[name] = frame[name].astype("datetime64[us]")
    for name in ("latitude", "longitude"):
        frame[name] = frame[name].astype("float64")
    return frame


def finish(
    source: str,
    table: RawTable,
    events: pd.DataFrame,
    casualties: pd.DataFrame,
    problems: Problems,
    source_total: pd.Series | None = None,
) -> Parsed:
    """Drop problem rows to quarantine, fill provenance, validate, and return :class:`Parsed`.

    ``events`` and ``casualties`` are indexed like ``raw`` (one event per raw row); the
    casualties' ``event_id`` is filled here from the events. ``source_total`` is each
    record's own fatality total as the source gives it (ACLED ``fatalities``, UCDP
    ``best``, GTD ``nkill``; missing where unknown or unreadable): its sum over every
    record is ``fatalities_read``, and each event keeps its record's figure in
    ``_fatalities``.
    """
    raw, path = table.frame, table.path
    events = events.copy()
    events["source"] = source
    events["source_event_id"] = events["source_event_id"].astype("str").str.strip()
    events["event_id"] = source + ":" + events["source_event_id"]
    events["source_file"] = str(path)
    events["source_row"] = raw["source_row"].astype("int64")
    events["ingest_batch"] = ""
    events["data_quality"] = problems.quality()
    casualties = casualties.copy()
    casualties["event_id"] = events.loc[casualties.index, "event_id"].to_numpy()
    casualties["source_row"] = raw.loc[casualties.index, "source_row"].to_numpy()
    events["row_hash"] = ""  # the store hashes each event's content as it writes it
    if source_total is None:
        source_total = pd.Series(pd.NA, index=raw.index, dtype="Int64")
    source_total = source_total.astype("Int64").where(source_total.ge(0))
    read_total = int(source_total.sum()) if source_total.notna().any() else None

    _plausible_dates(events, problems)
    _gate(events, casualties, problems)
    keep = ~problems.rows
    events = events[keep].assign(_rows=1, _fatalities=source_total[keep])
    casualties = casualties[keep.loc[casualties.index].to_numpy()]
    quarantine = pd.concat([table.quarantine, problems.quarantine()], ignore_index=True)
    repairs = problems.repairs()
    repairs = repairs[repairs["source_row"].isin(events["source_row"])].reset_index(drop=True)
    return Parsed(
        events=_typed(events[EVENT_COLUMNS], "events").assign(
            _rows=events["_rows"], _fatalities=events["_fatalities"]
        ),
        casualties=_typed(casualties[CASUALTY_COLUMNS], "casualties").reset_index(drop=True),
        quarantine=quarantine[QUARANTINE_COLUMNS].astype({"source_row": "int64"}),
        records=table.records,
        warnings=table.warnings,
        fatalities_read=read_total,
        repairs=repairs,
        unread_records=len(table.quarantine[["source_file", "source_row"]].drop_duplicates()),
    )


def combine(parts: list[Parsed]) -> Parsed:
    """One :class:`Parsed` from the parts of one file read chunk by chunk (in order).

    >>> from analysis.schema import empty_events, empty_casualties, empty_quarantine
    >>> part = Parsed(empty_events().assign(_rows=pd.Series(dtype="int64")),
    ...               empty_casualties(), empty_quarantine(), records=2)
    >>> combine([part, part]).records
    4
    """
    if len(parts) == 1:
        return parts[0]
    return Parsed(
        events=pd.concat([p.events for p in parts], ignore_index=True),
        casualties=pd.concat([p.casualties for p in parts], ignore_index=True),
        quarantine=pd.concat([p.quarantine for p in parts], ignore_index=True),
        records=sum(p.records for p in parts),
        warnings=[w for p in parts for w in p.warnings],
        fatalities_read=_add_totals([p.fatalities_read for p in parts]),
        repairs=pd.concat([p.repairs for p in parts], ignore_index=True),
        unread_records=sum(p.unread_records for p in parts),
        date_order=next((p.date_order for p in parts if p.date_order), None),
        unmapped_columns=parts[0].unmapped_columns,
    )


def _plausible_dates(events: pd.DataFrame, problems: Problems) -> None:
    """Quarantine dates outside the plausible range (``fields.implausible_dates``)."""
    reason = date_range_text()
    for name in ("date_start", "date_end", "source_updated_at"):
        problems.add(implausible_dates(events[name]), name, reason)


def _add_totals(totals: list[int | None]) -> int | None:
    """The sum of the known totals (None when none is known).

    >>> _add_totals([3, None, 4]), _add_totals([None])
    (7, None)
    """
    known = [t for t in totals if t is not None]
    return sum(known) if known else None


def _gate(events: pd.DataFrame, casualties: pd.DataFrame, problems: Problems) -> None:
    """Run the pandera schemas; any failing row becomes a problem (nothing invalid is stored)."""
    typed_events = _typed(events[EVENT_COLUMNS], "events")
    typed_casualties = _typed(casualties[CASUALTY_COLUMNS], "casualties")
    # Repeated ids within a file are the store's business (identical → unchanged, else
    # quarantined), so the per-file gate does not check uniqueness.
    for table, frame in (("events", typed_events), ("casualties", typed_casualties)):
        frame = frame[~problems.rows.loc[frame.index].to_numpy()]
        if _model.surely_valid(table, frame, unique=False):
            continue  # every row passes: pandera is not even imported
        # pandera (imported here, when a part may fail: see analysis.schema)
        import pandera.errors

        schema = (
            _model.EVENT_SCHEMA.update_column("event_id", unique=False)
            if table == "events"
            else _model.CASUALTY_SCHEMA
        )
        if passes(schema, frame):
            continue  # pandera would find nothing: spare its (slower) run
        try:
            schema.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as errors:
            cases = errors.failure_cases.dropna(subset=["index"])
            for (column, check), group in cases.groupby(["column", "check"], dropna=False):
                failed = frame.index[frame.index.isin(group["index"].astype("int64"))]
                mask = pd.Series(problems.raw.index.isin(failed), index=problems.raw.index)
                name = column if isinstance(column, str) else "row"
                problems.add(mask, name, f"fails the schema check {check}")


def _pandera_dtype(dtype) -> object:
    """pandera's type for a column's dtype; a numpy dtype by its scalar type, as pandera
    resolves it itself, since ``datetime64[us]`` has no entry of its own and its fallback
    imports geopandas."""
    from pandera.engines.pandas_engine import Engine

    return Engine.dtype(dtype.type if isinstance(dtype, np.dtype) else dtype)


def passes(schema: pandera.DataFrameSchema, frame: pd.DataFrame) -> bool:
    """True when ``frame`` surely passes ``schema``: its columns, dtypes, missing values,
    uniqueness and every check hold for every row, tested column by column with the
    schema's own checks. False means it may fail: pandera then says which rows and why.

    >>> from analysis.schema import CASUALTY_SCHEMA, empty_casualties
    >>> figures = empty_casualties().reindex([0]).assign(
    ...     event_id="acled:1", victim_group="unknown", low=2, best=3, high=3,
    ...     qualifier="exact", derived=False, perpetrator_claim=False, source_row=2)
    >>> passes(CASUALTY_SCHEMA, figures), passes(CASUALTY_SCHEMA, figures.assign(low=4))
    (True, False)
    """
    if list(frame.columns) != list(schema.columns):
        return False
    for name, column in schema.columns.items():
        values = frame[name]
        if column.dtype is None or not column.dtype.check(_pandera_dtype(values.dtype)):
            return False
        if not column.nullable and values.isna().any():
            return False
        if column.unique and values.duplicated().any():
            return False
        if not column.checks:
            continue  # nothing more to test (dropping the missing values costs a copy)
        present = values.dropna()
        if any(not check(present).check_passed for check in column.checks):
            return False
    return all(check(frame).check_passed for check in schema.checks)
