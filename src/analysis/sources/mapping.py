"""The YAML column mapping that drives the generic reader for analysts' own tables.

A mapping names the source (the event-id prefix), maps canonical column names to the
file's column names, and optionally points at a companion casualty table with one row per
reported figure::

    source: seed
    events:
      columns: {source_event_id: event_id, date_start: date, location: place}
      date_format: "%Y-%m-%d"          # optional; ISO and the month in words always work
      sheet: Events                    # optional, for a workbook; --sheet overrides it
      defaults: {country: Pakistan}    # optional; used where the cell is blank
      values: {event_type: {Attack: Violence against civilians}}   # optional recoding
      not_stored: [Verified?]          # optional; columns left out on purpose, no warning
    casualties:                        # optional
      file: casualties.csv             # in the mapping's folder (or sheet: name)
      columns: {source_event_id: event_id, victim_group: group, fatalities: figure}

The casualty file must be in the mapping file's folder (or below it), or in a folder given
with ``analysis ingest --allow-path``: a mapping cannot make the tool read any file on disk.

Without a ``casualties`` section, the events table may carry ``fatalities`` (a phrase,
parsed by :func:`analysis.parse_count`), ``victim_group`` and ``reported_by`` columns.

>>> m = Mapping.from_dict({"source": "mine", "events": {"columns": {"source_event_id": "id",
...     "date_start": "date"}}})
>>> m.source, m.events.columns["date_start"]
('mine', 'date')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from analysis.errors import UserError
from analysis.schema import EVENT_COLUMNS
from analysis.yamlfile import load_yaml

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
    not_stored: tuple[str, ...] = ()


@dataclass
class Mapping:
    """A parsed mapping file: the source name, the events table, the optional casualty table."""

    source: str
    events: TableMapping
    casualties: TableMapping | None = None
    path: Path | None = None

    @classmethod
    def load(cls, path: str | Path, allow_paths: Sequence[str | Path] = ()) -> Mapping:
        """Read and check a mapping YAML file; mistakes raise :class:`UserError`.

        A casualty ``file`` must lie under the mapping's folder or under one of
        ``allow_paths`` (``--allow-path``).
        """
        path = Path(path)
        data = load_yaml(path, "mapping file")
        mapping = cls.from_dict(data, where=str(path))
        mapping.path = path
        if mapping.casualties is not None and mapping.casualties.file is not None:
            _check_inside(path, mapping.casualties.file, allow_paths)
        return mapping

    def casualty_path(self, events_file: Path) -> Path:
        """The casualty table's file: ``casualties.file`` beside the mapping, else the
        events file itself (``casualties.sheet`` of the same workbook)."""
        assert self.casualties is not None
        if self.casualties.file:
            base = self.path.parent if self.path else Path(".")
            return base / self.casualties.file
        return events_file

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
        if events.file is not None:
            raise UserError(
                f"{where}: events.file is not used: the events file is the one given to "
                "`analysis ingest`; name its sheet with events.sheet (or --sheet)"
            )
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


def _check_inside(path: Path, file: str, allow_paths: Sequence[str | Path]) -> None:
    """A casualty file named by a mapping must be under the mapping's folder or an allowed
    one; the message names the file but never shows what is in it."""
    target = (path.parent / file).resolve()
    folders = [path.parent.resolve(), *(Path(p).resolve() for p in allow_paths)]
    if not any(target.is_relative_to(folder) for folder in folders):
        raise UserError(
            f"{path}: casualties.file {file!r} is outside the mapping's folder "
            f"({folders[0]}); move it there or give --allow-path with its folder"
        )


def _only(data: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(str(key) for key in set(data) - allowed)
    if unknown:
        raise UserError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {sorted(allowed)}")


def _table(data: object, fields: list[str], where: str) -> TableMapping:
    if not isinstance(data, dict):
        raise UserError(f"{where}: expected a section with 'columns'")
    _only(
        data, {"columns", "date_format", "defaults", "values", "file", "sheet", "not_stored"}, where
    )
    columns = _section(data, "columns", where)
    defaults = _section(data, "defaults", where)
    values = _section(data, "values", where)
    for name in [*columns, *defaults, *values]:
        if name not in fields:
            raise UserError(f"{where}: {name!r} is not a canonical column; use one of {fields}")
    for name, value in [*columns.items(), *defaults.items()]:
        if not _scalar(value):
            raise UserError(
                f"{where}: {name!r} must be one column name or value, not {_short(value)}"
            )
    for name, recode in values.items():
        if not isinstance(recode, dict) or not all(map(_scalar, [*recode, *recode.values()])):
            raise UserError(f"{where}: values.{name} must map each value to its replacement")
    for key in ("date_format", "file", "sheet"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise UserError(f"{where}: {key} must be text, not {_short(data[key])}")
    not_stored = data.get("not_stored") or []
    if not isinstance(not_stored, list) or not all(map(_scalar, not_stored)):
        raise UserError(
            f"{where}: not_stored must be a list of the file's column names, not "
            f"{_short(not_stored)}"
        )
    return TableMapping(
        columns={k: str(v) for k, v in columns.items()},
        date_format=data.get("date_format"),
        defaults={k: str(v) for k, v in defaults.items()},
        values={k: {str(a): str(b) for a, b in v.items()} for k, v in values.items()},
        file=data.get("file"),
        sheet=data.get("sheet"),
        not_stored=tuple(str(name) for name in not_stored),
    )


def _section(data: dict, key: str, where: str) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise UserError(f"{where}: {key} must be a mapping (name: value), not {_short(value)}")
    return value


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float | bool | date)


def _short(value: object) -> str:
    """A value as a message shows it: its repr, cut at 60 characters.

    >>> _short(list(range(100)))
    '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, …'
    """
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"
