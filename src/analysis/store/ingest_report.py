"""The counts every ingest returns and prints.

Counts are in source records (data rows of the file, the header not counted):
``rows_read = stored + unchanged + replaced + quarantined`` always. ``stored`` are records
of events new to the store, ``replaced`` of newer versions of stored events, ``unchanged``
of events the store already had (identical, or an older version than the stored one:
``older_versions_ignored`` events). A record with two problems is one quarantined record
but appears under both reasons in ``quarantined_by_reason``.

``repaired`` records are stored (or unchanged, or replaced) after a documented repair
(UCDP's out-of-order low/best/high); they are not a fifth place a record can go.
``fatalities_read`` is the source's own fatality total over the file's records (ACLED
``fatalities``, UCDP ``best``, GTD ``nkill``; an identical repeat of a record counted once:
``identical_repeats`` records, whose ``identical_repeat_fatalities`` are not added again),
``fatalities_stored`` the best figures the store holds for the file's events after the
ingest: they agree unless records with figures were quarantined or came as older versions of
events the store holds newer (``older_versions_ignored``). ``quarantined_unread`` records
were quarantined before their fields could be read (a record with more or fewer fields than
the header, a quote never closed): their figures are in neither total.

>>> r = IngestReport(file="a.csv", source="acled", rows_read=3, stored=2, quarantined=1)
>>> r.balanced()
True
>>> (r + r).rows_read
6
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field


@dataclass
class IngestReport:
    """Counts for one file (or, summed with ``+``, for one ingest command)."""

    file: str = ""
    source: str = ""
    rows_read: int = 0
    stored: int = 0
    unchanged: int = 0
    replaced: int = 0
    quarantined: int = 0
    quarantined_by_reason: dict[str, int] = field(default_factory=dict)
    events_new: int = 0
    events_replaced: int = 0
    # the replaced events by what their new version changes: each column of the event
    # model (``figures``: its casualty figures) with how many events it differs in (an
    # event under each of its columns), most first
    replaced_by_column: dict[str, int] = field(default_factory=dict)
    events_unchanged: int = 0
    older_versions_ignored: int = 0
    casualty_rows: int = 0
    repaired: int = 0
    repaired_by_reason: dict[str, int] = field(default_factory=dict)
    fatalities_read: int | None = None
    fatalities_stored: int | None = None
    warnings: list[str] = field(default_factory=list)
    identical_repeats: int = 0
    identical_repeat_fatalities: int = 0
    quarantined_unread: int = 0
    # the day/month order the file's numeric dates were read in, and why ({"order",
    # "why"}); None when it has none (per file: a sum keeps the first)
    date_order: dict[str, str] | None = None
    # a file with rows that stored nothing, every row quarantined: the reason most rows share,
    # how many, and the row and column of its first occurrence ({"reason", "rows", "row",
    # "column"}); None otherwise (per file: a sum has none)
    nothing_stored: dict[str, object] | None = None
    # each reason's first quarantined row and column (kept for nothing_stored, not reported)
    first_quarantined: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # an analyst's table's columns its mapping does not map, so not stored; None for the
    # sources' own layouts (per file: a sum keeps the first)
    unmapped_columns: list[str] | None = None

    def balanced(self) -> bool:
        """True when every record read is accounted for."""
        return self.rows_read == self.stored + self.unchanged + self.replaced + self.quarantined

    def __add__(self, other: IngestReport) -> IngestReport:
        numbers = {
            name: getattr(self, name) + getattr(other, name)
            for name in (
                "rows_read",
                "stored",
                "unchanged",
                "replaced",
                "quarantined",
                "events_new",
                "events_replaced",
                "events_unchanged",
                "older_versions_ignored",
                "casualty_rows",
                "repaired",
                "identical_repeats",
                "identical_repeat_fatalities",
                "quarantined_unread",
            )
        }
        reasons = Counter(self.quarantined_by_reason) + Counter(other.quarantined_by_reason)
        repairs = Counter(self.repaired_by_reason) + Counter(other.repaired_by_reason)
        columns = Counter(self.replaced_by_column) + Counter(other.replaced_by_column)
        firsts = dict(other.first_quarantined)
        for reason, first in self.first_quarantined.items():
            if reason not in firsts or first[0] <= firsts[reason][0]:
                firsts[reason] = first
        return IngestReport(
            file="",
            source="",
            quarantined_by_reason=dict(reasons),
            repaired_by_reason=dict(repairs),
            replaced_by_column=dict(sorted(columns.items(), key=lambda kv: (-kv[1], kv[0]))),
            fatalities_read=_plus(self.fatalities_read, other.fatalities_read),
            fatalities_stored=_plus(self.fatalities_stored, other.fatalities_stored),
            warnings=self.warnings + other.warnings,
            date_order=self.date_order or other.date_order,
            first_quarantined=firsts,
            unmapped_columns=(
                self.unmapped_columns
                if self.unmapped_columns is not None
                else other.unmapped_columns
            ),
            **numbers,
        )

    def to_dict(self) -> dict:
        """Plain data for ``--json``.

        >>> sorted(IngestReport().to_dict())[:3]
        ['casualty_rows', 'date_order', 'events_new']
        """
        out = asdict(self)
        del out["first_quarantined"]
        return out


def all_quarantined(report: IngestReport) -> str | None:
    """The warning line for a file whose every record was quarantined, with the reason
    most of them share; None when any record was kept.

    >>> all_quarantined(IngestReport(file="a.csv", rows_read=3, quarantined=3,
    ...     quarantined_by_reason={"missing date": 1, "not a type": 3}))
    'a.csv: all 3 rows quarantined, nothing stored; most often: not a type (3 rows)'
    """
    if not report.rows_read or report.quarantined < report.rows_read:
        return None
    said = f"{report.file}: all {report.rows_read:,} rows quarantined, nothing stored"
    if not report.quarantined_by_reason:
        return said
    reason, rows = max(report.quarantined_by_reason.items(), key=lambda item: item[1])
    return f"{said}; most often: {reason} ({rows:,} rows)"


def nothing_stored(report: IngestReport) -> dict[str, object] | None:
    """For a file with rows whose every row was quarantined: the reason most rows share, how
    many, and where it first occurs; None when any row was kept (or the file has none).

    >>> nothing_stored(IngestReport(file="a.csv", rows_read=3, quarantined=3,
    ...     quarantined_by_reason={"missing date": 1, "not a type": 3},
    ...     first_quarantined={"missing date": (4, "date"), "not a type": (2, "event_type")}))
    {'reason': 'not a type', 'rows': 3, 'row': 2, 'column': 'event_type'}
    >>> nothing_stored(IngestReport(file="b.csv", rows_read=0)) is None
    True
    """
    if not report.rows_read or report.quarantined < report.rows_read:
        return None
    if not report.quarantined_by_reason:
        return {"reason": None, "rows": report.quarantined, "row": None, "column": None}
    reason, rows = max(report.quarantined_by_reason.items(), key=lambda item: item[1])
    row, column = report.first_quarantined.get(reason, (None, None))
    return {"reason": reason, "rows": rows, "row": row, "column": column}


def nothing_stored_line(report: IngestReport) -> str:
    """The one line that says a file stored nothing (:func:`nothing_stored`).

    >>> nothing_stored_line(IngestReport(file="us.csv", rows_read=2, quarantined=2,
    ...     nothing_stored={"reason": "day/month order ambiguous", "rows": 2, "row": 2,
    ...                     "column": "date_start"}))
    'us.csv: nothing stored, all 2 rows quarantined; most often (2 rows, the first row 2, \
column date_start): day/month order ambiguous'
    """
    found = report.nothing_stored or {}
    said = f"{report.file}: nothing stored, all {report.rows_read:,} rows quarantined"
    if not found.get("reason"):
        return said
    where = f", the first row {found['row']}" if found.get("row") is not None else ""
    where += f", column {found['column']}" if found.get("column") else ""
    return f"{said}; most often ({found['rows']:,} rows{where}): {found['reason']}"


def _plus(a: int | None, b: int | None) -> int | None:
    """a + b, a missing total counting as nothing (None only when both are missing).

    >>> _plus(None, 3), _plus(None, None), _plus(2, 3)
    (3, None, 5)
    """
    if a is None:
        return b
    return a if b is None else a + b
