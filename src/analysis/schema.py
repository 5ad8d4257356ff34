"""The canonical event model: one row per event, fatalities in a long casualty table.

Every reader (``analysis.sources``) produces frames with exactly these columns; the store
(``analysis.store``) keeps them; metrics and reports read them. The invariants are declared
once, column by column (:data:`RULES`, :data:`FRAME_RULES`); the pandera schemas built from
them validate a reader's output, so the same definition checks it and documents the model.

>>> from analysis.schema import EVENT_COLUMNS, VICTIM_GROUPS
>>> EVENT_COLUMNS[:3]
['event_id', 'source', 'source_event_id']
>>> VICTIM_GROUPS
('civilians', 'security_forces', 'militants', 'unknown')
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

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
    # what the provider cites for the event, as it wrote it (ACLED `source`, UCDP
    # `source_article`, GTD `scite1`-`scite3`): where an analyst checks a figure
    "cited_sources",
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


def _dates_in_order(frame: pd.DataFrame) -> pd.Series:
    """The events' frame check: no event ends before it starts."""
    return frame["date_start"] <= frame["date_end"]


def _low_within_best(frame: pd.DataFrame) -> pd.Series:
    """A casualty frame check: low <= best where both are known."""
    return (frame["low"] <= frame["best"]).fillna(True)


def _best_within_high(frame: pd.DataFrame) -> pd.Series:
    """A casualty frame check: best <= high where both are known."""
    return (frame["best"] <= frame["high"]).fillna(True)


class Rule(NamedTuple):
    """A column of the model in plain terms: its dtype as the readers make it, whether it
    may be missing or must be unique, and its checks (``("isin", values)``,
    ``("str_length", least)``, ``("in_range", low, high)``, ``("ge", v)``, ``("le", v)``)."""

    dtype: str
    nullable: bool = False
    unique: bool = False
    checks: tuple[tuple, ...] = ()


def _vocab_rule(values, nullable: bool = False) -> Rule:
    return Rule("str", nullable, checks=(("isin", tuple(values)),))


_OPTIONAL = Rule("str", True)
_NAMED = Rule("str", checks=(("str_length", 1),))
_FIGURE_RULE = Rule("Int64", True, checks=(("ge", 0), ("le", MAX_EVENT_DEATHS)))

# The model's columns, declared once: the pandera schemas (EVENT_SCHEMA, CASUALTY_SCHEMA)
# are built from them, and surely_valid tests them in plain pandas, which tells a file whose
# every row passes without pandera, whose import (with hypothesis, when that is installed)
# costs more CPU than reading a small update.
RULES: dict[str, dict[str, Rule]] = {
    "events": {
        "event_id": Rule("str", unique=True),
        "source": _NAMED,
        "source_event_id": _NAMED,
        "date_start": Rule("datetime64[us]"),
        "date_end": Rule("datetime64[us]"),
        "date_precision": _vocab_rule(DATE_PRECISIONS),
        "event_type": _vocab_rule(EVENT_TYPES),
        "sub_event_type": _vocab_rule(SUB_EVENT_TYPES),
        **dict.fromkeys(EVENT_COLUMNS[8:21], _OPTIONAL),  # source_event_type … location
        "latitude": Rule("float64", True, checks=(("in_range", -90, 90),)),
        "longitude": Rule("float64", True, checks=(("in_range", -180, 180),)),
        "geo_precision": _vocab_rule(GEO_PRECISIONS),
        "notes": _OPTIONAL,
        "cited_sources": _OPTIONAL,
        "claimed_by": _OPTIONAL,
        "claim_status": _vocab_rule(CLAIM_STATUSES, nullable=True),
        "related_id": _OPTIONAL,
        "data_quality": _OPTIONAL,
        "source_updated_at": Rule("datetime64[us]", True),
        "source_file": Rule("str"),
        "source_row": Rule("int64", checks=(("ge", 2),)),
        "ingest_batch": Rule("str"),
        "row_hash": Rule("str"),
    },
    "casualties": {
        "event_id": Rule("str"),
        "victim_group": _vocab_rule(VICTIM_GROUPS),
        "low": _FIGURE_RULE,
        "best": _FIGURE_RULE,
        "high": _FIGURE_RULE,
        "qualifier": _vocab_rule(QUALIFIERS),
        "reported_by": _OPTIONAL,
        "figure_text": _OPTIONAL,
        "derived": Rule("bool"),
        "perpetrator_claim": Rule("bool"),
        "source_row": Rule("int64"),
        "overlap": _vocab_rule(OVERLAPS, nullable=True),
    },
}


class FrameRule(NamedTuple):
    """A check of a whole frame: rows where ``check`` is false fail, with ``error``."""

    check: Callable[[pd.DataFrame], pd.Series]
    error: str


# The frame checks of each table, by name.
FRAME_RULES: dict[str, dict[str, FrameRule]] = {
    "events": {
        "date_start <= date_end": FrameRule(_dates_in_order, "date_start is after date_end")
    },
    "casualties": {
        "low <= best": FrameRule(_low_within_best, "low is greater than best"),
        "best <= high": FrameRule(_best_within_high, "best is greater than high"),
    },
}


def _rule_holds(check: tuple, present: pd.Series) -> bool:
    """Whether every (present) value passes one check of a :class:`Rule`."""
    kind, *bounds = check
    if kind == "isin":
        return bool(present.isin(bounds[0]).all())
    if kind == "str_length":
        return bool((present.str.len() >= bounds[0]).all())
    if kind == "in_range":
        return bool(((present >= bounds[0]) & (present <= bounds[1])).all())
    if kind == "ge":
        return bool((present >= bounds[0]).all())
    if kind == "le":
        return bool((present <= bounds[0]).all())
    raise ValueError(f"no such check: {kind}")


def surely_valid(table: str, frame: pd.DataFrame, unique: bool = True) -> bool:
    """True when ``frame`` surely passes ``table``'s schema ("events" or "casualties"),
    tested in plain pandas (:data:`RULES`, :data:`FRAME_RULES`), pandera not imported: its
    columns in order, each in the dtype the readers make, missing values, uniqueness (not
    tested when ``unique`` is false: a file's repeated ids are the store's business) and
    every check. False means it may fail, or holds another dtype: pandera then decides.

    >>> figures = empty_casualties().reindex([0]).assign(
    ...     event_id="acled:1", victim_group="unknown", low=2, best=3, high=3,
    ...     qualifier="exact", derived=False, perpetrator_claim=False, source_row=2
    ... ).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    >>> too_low = figures.assign(low=figures["best"] + 1)
    >>> surely_valid("casualties", figures), surely_valid("casualties", too_low)
    (True, False)
    """
    rules = RULES[table]
    if list(frame.columns) != list(rules):
        return False
    for name, rule in rules.items():
        values = frame[name]
        # text as the readers make it, or as Python objects (pandera accepts both)
        if values.dtype != rule.dtype and not (rule.dtype == "str" and values.dtype == object):
            return False
        if not rule.nullable and values.isna().any():
            return False
        if unique and rule.unique and values.duplicated().any():
            return False
        if not rule.checks:
            continue  # nothing more to test (dropping the missing values costs a copy)
        try:  # (objects that are not text, say, fail a check by raising)
            present = values.dropna()
            if not all(_rule_holds(check, present) for check in rule.checks):
                return False
        except (TypeError, ValueError, AttributeError):
            return False
    try:
        return all(bool(rule.check(frame).all()) for rule in FRAME_RULES[table].values())
    except (TypeError, ValueError, AttributeError):
        return False


# The pandera schemas (EVENT_SCHEMA, CASUALTY_SCHEMA) are built when first asked for:
# pandera takes about half a second to import (more with hypothesis installed, which it
# imports too), and only a part of a source file that surely_valid does not pass is
# validated by it (a report's kernel, a batch job, the CLI's other commands, and the
# ingest of a file whose every row passes never import it).
_SCHEMAS = ("EVENT_SCHEMA", "CASUALTY_SCHEMA")


def __getattr__(name: str) -> object:
    if name in _SCHEMAS:
        return _schemas()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _schemas() -> dict[str, pa.DataFrameSchema]:
    """EVENT_SCHEMA and CASUALTY_SCHEMA, built once from :data:`RULES` and
    :data:`FRAME_RULES`: the model is declared there, once."""
    import pandera.pandas as pa

    dtypes = {
        "str": str,
        "datetime64[us]": _DATETIME,
        "float64": float,
        "int64": _INT,
        "Int64": _NULLABLE_INT,
        "bool": bool,
    }
    checks = {
        "isin": lambda values: pa.Check.isin(list(values)),
        "str_length": lambda least: pa.Check.str_length(min_value=least),
        "in_range": pa.Check.in_range,
        "ge": pa.Check.ge,
        "le": pa.Check.le,
    }

    def schema(table: str, **options) -> pa.DataFrameSchema:
        columns = {
            name: pa.Column(
                dtypes[rule.dtype],
                [checks[kind](*bounds) for kind, *bounds in rule.checks] or None,
                nullable=rule.nullable,
                unique=rule.unique,
            )
            for name, rule in RULES[table].items()
        }
        frame_checks = [
            pa.Check(rule.check, name=name, error=rule.error)
            for name, rule in FRAME_RULES[table].items()
        ]
        return pa.DataFrameSchema(
            columns, checks=frame_checks, strict=True, ordered=True, **options
        )

    return {
        "EVENT_SCHEMA": schema("events", coerce=False),
        "CASUALTY_SCHEMA": schema("casualties"),
    }


def empty_events() -> pd.DataFrame:
    """An empty frame with the canonical event columns and dtypes.

    >>> empty_events().shape
    (0, 35)
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
