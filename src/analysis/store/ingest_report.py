"""The counts every ingest returns and prints.

Counts are in source records (data rows of the file, the header not counted):
``rows_read = stored + unchanged + replaced + quarantined`` always. ``stored`` are records
of events new to the store, ``replaced`` of newer versions of stored events, ``unchanged``
of events the store already had (identical, or an older version than the stored one:
``older_versions_ignored`` events). A record with two problems is one quarantined record
but appears under both reasons in ``quarantined_by_reason``.

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
    events_unchanged: int = 0
    older_versions_ignored: int = 0
    casualty_rows: int = 0
    warnings: list[str] = field(default_factory=list)

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
            )
        }
        reasons = Counter(self.quarantined_by_reason) + Counter(other.quarantined_by_reason)
        return IngestReport(
            file="",
            source="",
            quarantined_by_reason=dict(reasons),
            warnings=self.warnings + other.warnings,
            **numbers,
        )

    def to_dict(self) -> dict:
        """Plain data for ``--json``.

        >>> sorted(IngestReport().to_dict())[:3]
        ['casualty_rows', 'events_new', 'events_replaced']
        """
        return asdict(self)
