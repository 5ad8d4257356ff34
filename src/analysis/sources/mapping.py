"""The YAML column mapping that drives the generic reader for analysts' own tables.

A mapping names the source (the event-id prefix), maps canonical column names to the
file's column names, and optionally points at a companion casualty table with one row per
reported figure::

    source: seed
    events:
      columns: {source_event_id: event_id, date_start: date, location: place}
      date_format: "%Y-%m-%d"          # optional; ISO and "25 August 2024" always work
      defaults: {country: Pakistan}    # optional; used where the cell is blank
      values: {event_type: {Attack: Violence against civilians}}   # optional recoding
    casualties:                        # optional
      file: casualties.csv             # relative to the mapping file (or sheet: name)
      columns: {source_event_id: event_id, victim_group: group, fatalities: figure}

Without a ``casualties`` section, the events table may carry ``fatalities`` (a phrase,
parsed by :func:`analysis.parse_count`), ``victim_group`` and ``reported_by`` columns.

>>> m = Mapping.from_dict({"source": "mine", "events": {"columns": {"source_event_id": "id",
...     "date_start": "date"}}})
>>> m.source, m.events.columns["date_start"]
('mine', 'date')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from analysis.errors import UserError
from analysis.schema import EVENT_COLUMNS

EVENT_FIELDS = [
    c
    for c in EVENT_COLUMNS
    if c not in ("event_id", "source", "source_file", "source_row", "ingest_batch", "row_hash")
]
FIGURE_FIELDS = ["victim_group", "fatalities", "reported_by", "perpetrator_claim", "overlap"]
CASUALTY_FIELDS = ["source_event_id", *FIGURE_FIELDS]


@dataclass
class TableMapping:
    """How one table's columns map to canonical names."""

    columns: dict[str, str]
    date_format: str | None = None
    defaults: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    file: str | None = None
    sheet: str | None = None


@dataclass
class Mapping:
    """A parsed mapping file: the source name, the events table, the optional casualty table."""

    source: str
    events: TableMapping
    casualties: TableMapping | None = None
    path: Path | None = None

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        """Read and check a mapping YAML file; mistakes raise :class:`UserError`."""
        path = Path(path)
        if not path.is_file():
            raise UserError(f"{path}: mapping file not found")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise UserError(f"{path}: not valid YAML ({exc})") from exc
        mapping = cls.from_dict(data, where=str(path))
        mapping.path = path
        return mapping

    @classmethod
    def from_dict(cls, data: object, where: str = "mapping") -> Mapping:
        """Build a mapping from parsed YAML, checking every key."""
        if not isinstance(data, dict):
            raise UserError(f"{where}: expected a mapping with 'source' and 'events'")
        _only(data, {"source", "events", "casualties"}, where)
        source = data.get("source")
        if not isinstance(source, str) or not source.strip() or ":" in source:
            raise UserError(f"{where}: 'source' must be a short name without ':' (e.g. 'mine')")
        events = _table(data.get("events"), EVENT_FIELDS + FIGURE_FIELDS, f"{where}: events")
        for needed in ("source_event_id", "date_start"):
            if needed not in events.columns and needed not in events.defaults:
                raise UserError(f"{where}: events.columns must map '{needed}'")
        casualties = None
        if data.get("casualties") is not None:
            casualties = _table(data["casualties"], CASUALTY_FIELDS, f"{where}: casualties")
            if casualties.file is None and casualties.sheet is None:
                raise UserError(f"{where}: casualties needs 'file' or 'sheet'")
            for needed in ("source_event_id", "fatalities"):
                if needed not in casualties.columns:
                    raise UserError(f"{where}: casualties.columns must map '{needed}'")
        return cls(source.strip(), events, casualties)


def _only(data: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise UserError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {sorted(allowed)}")


def _table(data: object, fields: list[str], where: str) -> TableMapping:
    if not isinstance(data, dict):
        raise UserError(f"{where}: expected a section with 'columns'")
    _only(data, {"columns", "date_format", "defaults", "values", "file", "sheet"}, where)
    columns = data.get("columns") or {}
    for name in [*columns, *(data.get("defaults") or {}), *(data.get("values") or {})]:
        if name not in fields:
            raise UserError(f"{where}: {name!r} is not a canonical column; use one of {fields}")
    return TableMapping(
        columns={k: str(v) for k, v in columns.items()},
        date_format=data.get("date_format"),
        defaults={k: str(v) for k, v in (data.get("defaults") or {}).items()},
        values={
            k: {str(a): str(b) for a, b in v.items()} for k, v in (data.get("values") or {}).items()
        },
        file=data.get("file"),
        sheet=data.get("sheet"),
    )
