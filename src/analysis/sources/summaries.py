"""Providers' tables of counts, told apart from their event tables.

ACLED and UCDP publish, beside their events, tables in which a row stands for many events:
ACLED's aggregated data (the weekly counts of events and fatalities by admin-1 and event
type that every registered user may download; the monthly counts by country and admin-1
that HDX republishes), UCDP's battle-related deaths, one-sided
violence and non-state conflict datasets (deaths by dyad or actor and year) and the
UCDP/PRIO armed conflict dataset (conflict-years). Read as events, one such row would be
one event and its deaths one event's; none of them has an event's date, place or actors.
:func:`summary_table` names the table a header belongs to, so that the reader can refuse
the file with one line saying what it is and where the events are, rather than a
"missing column" or an unknown layout. :data:`SUMMARY_TABLES` is the registry: a table
is declared by its provider's name, what a row holds, where the events are, and the
columns that mark it (in any case, as the header names them).

>>> summary_table(["WEEK", "REGION", "COUNTRY", "ADMIN1", "EVENT_TYPE", "SUB_EVENT_TYPE",
...                "EVENTS", "FATALITIES"]).name
"ACLED's aggregated data"
>>> summary_table(["event_id_cnty", "event_date", "fatalities"]) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import UserError
from analysis.sources.headers import standard_columns


@dataclass(frozen=True)
class SummaryTable:
    """A provider's table of counts: its ``name``, what one of its rows holds
    (``row``), where the same data are as events (``events``), and the columns that mark
    it (``signature``, all of them in the header)."""

    name: str
    row: str
    events: str
    signature: frozenset[str]


SUMMARY_TABLES: tuple[SummaryTable, ...] = (
    SummaryTable(
        "ACLED's aggregated data",
        "the events and fatalities of a week, an admin-1 area and an event type",
        "ACLED's events (its data export tool or API) for these countries and weeks",
        frozenset({"week", "events", "fatalities", "event_type"}),
    ),
    SummaryTable(
        "ACLED's monthly counts on HDX",
        "the events (and fatalities) of a month in a country or an admin-1 area",
        "ACLED's events (its data export tool or API) for these countries and months",
        frozenset({"month", "year", "events"}),
    ),
    SummaryTable(
        "UCDP's battle-related deaths dataset",
        "the deaths of a conflict dyad in a year",
        "UCDP GED, whose events carry these deaths",
        frozenset({"bd_best", "year"}),
    ),
    SummaryTable(
        "UCDP's one-sided violence or non-state conflict dataset",
        "the deaths of an actor's or a dyad's violence in a year",
        "UCDP GED, whose events carry these deaths",
        frozenset({"best_fatality_estimate", "year"}),
    ),
    SummaryTable(
        "the UCDP/PRIO armed conflict dataset",
        "a conflict in a year, by intensity",
        "UCDP GED, the events of these conflicts",
        frozenset({"intensity_level", "year", "conflict_id"}),
    ),
)


def summary_table(columns: Iterable[str]) -> SummaryTable | None:
    """The table of :data:`SUMMARY_TABLES` whose signature the header holds, or None.

    >>> summary_table(["conflict_id", "dyad_id", "year", "bd_best", "bd_low", "bd_high"]).name
    "UCDP's battle-related deaths dataset"
    >>> summary_table(["id", "year", "type_of_violence", "best", "deaths_a"]) is None
    True
    """
    names = set(standard_columns(columns))
    for table in SUMMARY_TABLES:
        if table.signature <= names:
            return table
    return None


def refuse_summary(path: str | Path, columns: Iterable[str]) -> None:
    """Raise :class:`~analysis.errors.UserError` when the header is a table of counts.

    >>> refuse_summary("agg.csv", ["week", "country", "admin1", "event_type", "events",
    ...                            "fatalities"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: agg.csv: ACLED's aggregated data, not events: a row holds ...
    """
    table = summary_table(columns)
    if table is not None:
        raise UserError(
            f"{path}: {table.name}, not events: a row holds {table.row}, with no date, "
            f"place or actors of one event; the store holds events: ingest {table.events}"
        )
