"""The canonical event model: one row per event, fatalities in a long casualty table.

Every reader (``analysis.sources``) produces frames with exactly these columns; the store
(``analysis.store``) keeps them; metrics and reports read them. The invariants are pandera
checks, so the same definition validates a reader's output and documents the model.

>>> from analysis.schema import EVENT_COLUMNS, VICTIM_GROUPS
>>> EVENT_COLUMNS[:3]
['event_id', 'source', 'source_event_id']
>>> VICTIM_GROUPS
('civilians', 'security_forces', 'militants', 'unknown')
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import pandera.pandas as pa

# Column types as pandera's own registry names them: a dtype string it has no entry for
# ("datetime64[us]", "Int64", "int64") resolves to the same check, but only through a
# fallback that imports geopandas (0.2 s and 30 MB in every process that loads this module).
_DATETIME = np.datetime64  # any datetime64 column; the model stores us (_DTYPES below)
_NULLABLE_INT = pd.Int64Dtype()
_INT = np.int64

DATE_PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("exact", "near", "admin2", "admin1", "country", "unknown")
CLAIM_STATUSES = ("claimed", "attributed", "confirmed", "unconfirmed")
VICTIM_GROUPS = ("civilians", "security_forces", "militants", "unknown")
# What a reporter says about a figure against the other reporters' figures for the same
# victims: "included" (its victims are counted in another figure too), "separate" (none of
# them are); empty when nobody says, the usual case.
OVERLAPS = ("included", "separate")
QUALIFIERS = (
    "exact",
    "approximate",
    "at_least",
    "more_than",
    "range",
    "up_to",
    "vague",
    "unknown",
)

# The canonical event-type vocabulary follows ACLED's taxonomy (the most detailed of the
# three public datasets); UCDP and GTD categories are mapped onto it by the crosswalk in
# src/analysis/reference/event_types.csv. "Unknown" is kept for GTD's "Unknown" attack type.
# A sub-event type the source does not decide (ACLED's pre-2019 "Remote violence", GTD's
# "Hijacking") is "Unknown" under its event type; the source's own type stays in
# source_event_type.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
    "Unknown": ("Unknown",),
}
SUB_EVENT_TYPES = tuple(sub for subs in EVENT_TYPES.values() for sub in subs)
# "event_type|sub_event_type" pairs that may be stored: each type's own sub-types, and
# "Unknown" under every type.
TYPE_PAIRS = frozenset(
    [f"{t}|{s}" for t, subs in EVENT_TYPES.items() for s in subs]
    + [f"{t}|Unknown" for t in EVENT_TYPES]
)

EVENT_COLUMNS = [
    "event_id",  # "<source>:<source_event_id>", stable across re-ingests
    "source",  # acled | ucdp | gtd | the generic mapping's source name
    "source_event_id",
    "date_start",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "source_event_type",  # the type as the source wrote it (ACLED event_type, GTD attack type)
    "actor1",
    "actor2",
    "assoc_actor1",  # associated actors, "; "-separated as in ACLED
    "assoc_actor2",
    "source_actor1_type",  # the source's own actor type (ACLED inter1), as an actor category
    "source_actor2_type",
    "target_type",  # the source's own target type (GTD targtype1_txt), as written
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
    "claimed_by",
    "claim_status",
    "related_id",  # a source's own grouping of related events (GTD `related`)
    "data_quality",  # what the reader repaired in a row the source publishes, and why
    "source_updated_at",  # the source's version stamp (ACLED `timestamp`), if any
    "source_file",
    "source_row",  # spreadsheet numbering: the header is row 1, the first record row 2
    "ingest_batch",
    "row_hash",
]

CASUALTY_COLUMNS = [
    "event_id",
    "victim_group",
    "low",
    "best",
    "high",
    "qualifier",
    "reported_by",
    "figure_text",  # the figure as the source wrote it
    "derived",  # True when parsed from notes because the source gave no figure
    "perpetrator_claim",  # True when the figure is the perpetrator's own claim
    "source_row",
    "overlap",  # OVERLAPS or empty: what the reporter says about overlap with other figures
]

QUARANTINE_COLUMNS = ["source_file", "source_row", "column", "reason", "raw"]


# Upper bound on the deaths of one event (docs/limits.md). The largest events in UCDP GED
# (the Rwandan genocide, 1994) are in the tens of thousands; a figure above a million is a
# typing or export error. The bound also keeps every total far from int64 overflow.
MAX_EVENT_DEATHS = 1_000_000

# The pandera schemas (EVENT_SCHEMA, CASUALTY_SCHEMA) are built when first asked for:
# pandera takes about half a second to import, and only a process that reads a source file
# validates (a report's kernel, a batch job, the CLI's other commands never do).
_SCHEMAS = ("EVENT_SCHEMA", "CASUALTY_SCHEMA")


def __getattr__(name: str) -> object:
    if name in _SCHEMAS:
        return _schemas()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _schemas() -> dict[str, pa.DataFrameSchema]:
    """EVENT_SCHEMA and CASUALTY_SCHEMA, built once."""
    import pandera.pandas as pa

    def _optional_str(**kwargs) -> pa.Column:
        return pa.Column(str, nullable=True, **kwargs)

    def _vocab(values, nullable: bool = False) -> pa.Column:
        return pa.Column(str, pa.Check.isin(list(values)), nullable=nullable)

    EVENT_SCHEMA = pa.DataFrameSchema(
        {
            "event_id": pa.Column(str, unique=True),
            "source": pa.Column(str, pa.Check.str_length(min_value=1)),
            "source_event_id": pa.Column(str, pa.Check.str_length(min_value=1)),
            "date_start": pa.Column(_DATETIME),
            "date_end": pa.Column(_DATETIME),
            "date_precision": _vocab(DATE_PRECISIONS),
            "event_type": _vocab(EVENT_TYPES),
            "sub_event_type": _vocab(SUB_EVENT_TYPES),
            "source_event_type": _optional_str(),
            "actor1": _optional_str(),
            "actor2": _optional_str(),
            "assoc_actor1": _optional_str(),
            "assoc_actor2": _optional_str(),
            "source_actor1_type": _optional_str(),
            "source_actor2_type": _optional_str(),
            "target_type": _optional_str(),
            "country": _optional_str(),
            "iso3": _optional_str(),
            "admin1": _optional_str(),
            "admin2": _optional_str(),
            "location": _optional_str(),
            "latitude": pa.Column(float, pa.Check.in_range(-90, 90), nullable=True),
            "longitude": pa.Column(float, pa.Check.in_range(-180, 180), nullable=True),
            "geo_precision": _vocab(GEO_PRECISIONS),
            "notes": _optional_str(),
            "claimed_by": _optional_str(),
            "claim_status": _vocab(CLAIM_STATUSES, nullable=True),
            "related_id": _optional_str(),
            "data_quality": _optional_str(),
            "source_updated_at": pa.Column(_DATETIME, nullable=True),
            "source_file": pa.Column(str),
            "source_row": pa.Column(_INT, pa.Check.ge(2)),
            "ingest_batch": pa.Column(str),
            "row_hash": pa.Column(str),
        },
        checks=[
            pa.Check(
                lambda df: df["date_start"] <= df["date_end"],
                name="date_start <= date_end",
                error="date_start is after date_end",
            ),
        ],
        strict=True,
        ordered=True,
        coerce=False,
    )

    _FIGURE = dict(nullable=True, checks=[pa.Check.ge(0), pa.Check.le(MAX_EVENT_DEATHS)])

    CASUALTY_SCHEMA = pa.DataFrameSchema(
        {
            "event_id": pa.Column(str),
            "victim_group": _vocab(VICTIM_GROUPS),
            "low": pa.Column(_NULLABLE_INT, **_FIGURE),
            "best": pa.Column(_NULLABLE_INT, **_FIGURE),
            "high": pa.Column(_NULLABLE_INT, **_FIGURE),
            "qualifier": _vocab(QUALIFIERS),
            "reported_by": _optional_str(),
            "figure_text": _optional_str(),
            "derived": pa.Column(bool),
            "perpetrator_claim": pa.Column(bool),
            "source_row": pa.Column(_INT),
            "overlap": _vocab(OVERLAPS, nullable=True),
        },
        checks=[
            pa.Check(
                lambda df: (df["low"] <= df["best"]).fillna(True),
                name="low <= best",
                error="low is greater than best",
            ),
            pa.Check(
                lambda df: (df["best"] <= df["high"]).fillna(True),
                name="best <= high",
                error="best is greater than high",
            ),
        ],
        strict=True,
        ordered=True,
    )

    return {"EVENT_SCHEMA": EVENT_SCHEMA, "CASUALTY_SCHEMA": CASUALTY_SCHEMA}


def empty_events() -> pd.DataFrame:
    """An empty frame with the canonical event columns and dtypes.

    >>> empty_events().shape
    (0, 34)
    """
    return _empty("events").copy()


def empty_casualties() -> pd.DataFrame:
    """An empty frame with the canonical casualty columns and dtypes.

    >>> list(empty_casualties().columns)[:3]
    ['event_id', 'victim_group', 'low']
    """
    return _empty("casualties").copy()


def empty_quarantine() -> pd.DataFrame:
    """An empty quarantine frame: file, row, column, reason and the raw row (JSON).

    >>> list(empty_quarantine().columns)
    ['source_file', 'source_row', 'column', 'reason', 'raw']
    """
    return _empty("quarantine").copy()


@functools.cache
def _empty(table: str) -> pd.DataFrame:
    """The empty frame of ``table``, built once (typed empty columns cost milliseconds, and
    readers and cleaning steps ask for them many times per file); callers get copies."""
    columns = {"events": EVENT_COLUMNS, "casualties": CASUALTY_COLUMNS}.get(table)
    if columns is None:
        frame = pd.DataFrame({c: pd.Series(dtype="str") for c in QUARANTINE_COLUMNS})
        return frame.astype({"source_row": "int64"})
    return _typed(pd.DataFrame({c: pd.Series(dtype="str") for c in columns}), table)


_DTYPES = {
    "events": {
        "date_start": "datetime64[us]",
        "date_end": "datetime64[us]",
        "source_updated_at": "datetime64[us]",
        "latitude": "float64",
        "longitude": "float64",
        "source_row": "int64",
    },
    "casualties": {
        "low": "Int64",
        "best": "Int64",
        "high": "Int64",
        "derived": "bool",
        "perpetrator_claim": "bool",
        "source_row": "int64",
    },
}


def _typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame``'s columns of ``table`` in their types (a frame may hold some columns only)."""
    return frame.astype({c: t for c, t in _DTYPES[table].items() if c in frame.columns})
