"""Analysts' own tables (CSV or XLSX) → canonical events and casualties, via a YAML mapping.

See :mod:`analysis.sources.mapping` for the mapping format. Values are checked against the
canonical vocabularies (event types, precisions, claim statuses, victim groups); figures are
phrases parsed by :func:`analysis.parse_count` ("at least 23", "six", "yet to be
confirmed"), so each official's figure keeps its own ``qualifier`` and ``reported_by``.

Each casualty row is a source record of its own: it is stored with its event, or it is
quarantined (unknown event id, unreadable figure, or its event row was quarantined).

A figure cell is never dropped silently: a cell from which no figure can be read is
quarantined with the reason, unless it says the toll is unknown ("unknown", "n/a",
"inconnu": :func:`analysis.casualty_phrases.states_unknown`). The figures read, summed over
every row (quarantined ones too), are the table's own total (``fatalities_read``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.arrow_text import _arrow_text
from analysis.casualty_phrases import group_figures, parse_counts, states_unknown, victim_group
from analysis.errors import UserError
from analysis.reference.countries import iso3_from_name
from analysis.schema import (
    CLAIM_STATUSES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    OVERLAPS,
    SUB_EVENT_TYPES,
    TYPE_PAIRS,
    VICTIM_GROUPS,
    _typed,
    empty_casualties,
)
from analysis.sources import fields as f
from analysis.sources.fields import Problems
from analysis.sources.mapping import Mapping, TableMapping
from analysis.sources.rawfile import RawTable, read_table
from analysis.sources.reader_result import Parsed, event_frame, finish

TRUE_WORDS = {"yes", "y", "true", "1", "claim", "claimed"}
FALSE_WORDS = {"no", "n", "false", "0", ""}


def read_parts(tables: Iterable[RawTable], mapping: Mapping) -> Iterator[Parsed]:
    """:func:`read` over consecutive parts of one events table (a mapping without a casualty
    table): the parts together are what reading the table whole gives, an id repeated from
    an earlier part included."""
    if mapping.casualties is not None:
        raise ValueError("a mapping with a casualty table is read whole")
    first_rows = FirstRows()
    order = None
    for number, table in enumerate(tables):
        # the first part with numeric dates decides their day/month order for every part
        decided = order
        order = order or numeric_date_order(table, mapping)
        parsed = read(table, mapping, first_rows, order, unmapped_warning=number == 0)
        if order is not None and decided is None:
            parsed.warnings = [*parsed.warnings, date_order_warning(table.path, order)]
        yield parsed


def numeric_date_order(table: RawTable, mapping: Mapping) -> f.DateOrder | None:
    """The day/month order of the numeric dates ("04/09/2024") in a table's date columns
    that the mapping's ``date_format`` and the unambiguous styles (ISO, the month in words)
    do not read, decided as for ACLED (:func:`analysis.sources.fields.numeric_date_order`)
    but with no usual order: a table whose numeric dates could all be read either way has
    them quarantined, never guessed. None when it has none.

    >>> from analysis.schema import empty_quarantine
    >>> m = Mapping.from_dict({"source": "mine", "events": {"columns": {"source_event_id": "id",
    ...     "date_start": "date"}}})
    >>> frame = pd.DataFrame({"id": ["A", "B"], "date": ["04/09/2024", "2024-09-05"]})
    >>> numeric_date_order(RawTable(Path("mine.csv"), frame, empty_quarantine(), 2), m).name
    'ambiguous'
    """
    col = _columns(table, mapping.events)
    formats = _formats(mapping.events)
    texts = pd.concat([col(name) for name in ("date_start", "date_end", "source_updated_at")])
    unread = f.parse_date(texts, formats)[0].isna()
    return f.numeric_date_order(texts[unread.to_numpy()])


def _read_dates(
    values: pd.Series, order: f.DateOrder | None, formats: tuple[str, ...]
) -> tuple[pd.Series, pd.Series]:
    """:func:`analysis.sources.fields.read_dates`, an ambiguous date's reason saying how
    the mapping decides the order."""
    dates, why = f.read_dates(values, order, formats)
    ambiguous = why.str.startswith("day/month order ambiguous").fillna(False).astype(bool)
    hint = ", or give the order as events.date_format in the mapping (e.g. '%d/%m/%Y')"
    return dates, why.where(~ambiguous, why + hint)


def date_order_warning(path: Path, order: f.DateOrder) -> str:
    """The warning line saying how a table's numeric dates were read, and why.

    >>> date_order_warning(Path("a.csv"), f.DateOrder(True, "1 date(s) such as '25/08/2024'"))
    "a.csv: numeric date values read day first (1 date(s) such as '25/08/2024')"
    """
    return f"{path}: numeric date values {order.said()}"


class FirstRows:
    """The row where each event id first appears in the parts of a table read so far, kept
    in Arrow arrays (a million ids take tens of MB, not the hundreds a Python index takes).

    >>> seen = FirstRows()
    >>> seen.add(pd.Series(["a", "b", None]), pd.Series([2, 3, 4]))
    >>> seen.rows(pd.Series(["b", "c", None])).tolist()
    [3, <NA>, <NA>]
    """

    def __init__(self) -> None:
        self.ids = pa.array([], pa.large_string())
        self.first = np.empty(0, dtype="int64")

    def rows(self, ids: pd.Series) -> pd.Series:
        """The first row of each id in earlier parts (missing where none)."""
        at = pc.index_in(_arrow_text(ids), value_set=self.ids, skip_nulls=True)
        found = at.is_valid().to_numpy(zero_copy_only=False)
        positions = at.fill_null(0).to_numpy(zero_copy_only=False)
        rows = pd.Series(self.first[positions] if len(self.first) else 0, index=ids.index)
        return rows.astype("Int64").where(found)

    def add(self, ids: pd.Series, rows: pd.Series) -> None:
        """Remember ids not seen before (the first of repeats within ``ids``)."""
        new = (ids.notna() & ~ids.duplicated() & self.rows(ids).isna()).to_numpy()
        self.ids = pa.concat_arrays([self.ids, _arrow_text(ids[new])])
        self.first = np.concatenate([self.first, rows[new].to_numpy(dtype="int64")])


def read(
    table: RawTable,
    mapping: Mapping,
    first_rows: FirstRows | None = None,
    date_order: f.DateOrder | None = None,
    unmapped_warning: bool = True,
) -> Parsed:
    """Parse an analyst's table read by :func:`read_table`, following ``mapping``.

    ``first_rows`` holds the row of each event id in earlier parts of the same table
    (:func:`read_parts`): a repeat of one of them is quarantined here, as within a part,
    and this part's new ids are added to it. ``date_order`` is the day/month order of
    numeric dates when an earlier part decided it, else this part decides it
    (:func:`numeric_date_order`); the order used and why is in the warnings and in
    ``Parsed.date_order``.

    The table's columns the mapping does not map are in ``Parsed.unmapped_columns`` and,
    when ``unmapped_warning`` (the first part of a table), in one warning line.
    """
    col = _columns(table, mapping.events)
    raw = table.frame
    problems = Problems(raw, table.path)
    ids = f.text(col("source_event_id"))
    problems.add(ids.isna(), "source_event_id", "missing event id")
    first_row = raw["source_row"].groupby(ids.to_numpy()).transform("min").astype("Int64")
    repeated = ids.notna() & ids.duplicated(keep="first")
    if first_rows is not None:
        earlier = first_rows.rows(ids)
        first_row = earlier.fillna(first_row)
        repeated |= earlier.notna()
        first_rows.add(ids, raw["source_row"])
    first_text = first_row.astype("str")
    problems.add(repeated, "source_event_id", "event id repeated (first at row " + first_text + ")")
    formats = _formats(mapping.events)
    order = date_order or numeric_date_order(table, mapping)
    date_start, why = _read_dates(col("date_start"), order, formats)
    why = why.replace("unparseable date", "missing or unparseable date")
    problems.add(why.notna(), "date_start", why)
    problems.add(f.blank(col("date_start")), "date_start", "missing or unparseable date")
    date_end, why = _read_dates(col("date_end"), order, formats)
    problems.add(why.notna(), "date_end", why)
    date_end = date_end.fillna(date_start)
    problems.add(date_start.gt(date_end), "date_end", "date_end is before date_start")

    vocab = {}
    for name, allowed, default in (
        ("date_precision", DATE_PRECISIONS, "day"),
        ("geo_precision", GEO_PRECISIONS, "unknown"),
        ("event_type", tuple(EVENT_TYPES), None),
        ("sub_event_type", SUB_EVENT_TYPES, None),
        ("claim_status", CLAIM_STATUSES, None),
    ):
        values = f.text(col(name))
        if default is not None:
            values = values.fillna(default)
        if name == "sub_event_type":  # as for ACLED: a type without a sub-type is "Unknown"
            values = values.where(values.notna() | vocab["event_type"].isna(), "Unknown")
        required = name in ("event_type", "sub_event_type")
        missing = "missing: map it to a column or give it under defaults: in the mapping"
        problems.add(values.isna() & required, name, missing)
        problems.add(values.notna() & ~values.isin(allowed), name, f"not one of {list(allowed)}")
        vocab[name] = values
    pair = vocab["event_type"] + "|" + vocab["sub_event_type"]
    problems.add(
        pair.notna() & ~pair.isin(TYPE_PAIRS), "sub_event_type", "not a sub-type of event_type"
    )

    comma = table.delimiter != ","  # then a comma in a number is a decimal comma
    latitude, bad_lat = f.parse_float(col("latitude"), comma)
    longitude, bad_lon = f.parse_float(col("longitude"), comma)
    problems.add(bad_lat | latitude.abs().gt(90), "latitude", "not a latitude in -90..90")
    problems.add(bad_lon | longitude.abs().gt(180), "longitude", "not a longitude in -180..180")
    updated, why = _read_dates(col("source_updated_at"), order, formats)
    problems.add(why.notna(), "source_updated_at", why)

    text_fields = ["source_event_id", "actor1", "actor2", "assoc_actor1", "assoc_actor2"]
    text_fields += ["country", "iso3", "admin1", "admin2", "location", "notes", "claimed_by"]
    text_fields += ["related_id", "cited_sources"]
    texts = {name: f.text(col(name)) for name in text_fields}
    # a table that names the country but gives no code gets it, as UCDP and GTD rows do:
    # places are compared within a country by its code
    texts["iso3"] = texts["iso3"].fillna(iso3_from_name(texts["country"]))
    events = event_frame(
        {
            **texts,
            **vocab,
            "date_start": date_start,
            "date_end": date_end,
            "latitude": latitude.where(latitude.abs().le(90)),
            "longitude": longitude.where(longitude.abs().le(180)),
            "source_updated_at": updated,
        },
        raw.index,
    )
    if mapping.casualties is None:
        casualties, read = _inline_casualties(col, problems)
        figured = _maps_figures(mapping.events)
        parsed = finish(
            mapping.source, table, events, casualties, problems, read if figured else None
        )
        if figured and parsed.fatalities_read is None:
            parsed.fatalities_read = 0  # a figure column, but no figure read in it
    else:
        parsed = finish(mapping.source, table, events, empty_casualties(), problems)
    parsed.unmapped_columns = unmapped_columns(table, mapping.events)
    if parsed.unmapped_columns and unmapped_warning:
        parsed.warnings = [*parsed.warnings, unmapped_warning_line(table.path, parsed)]
    if order is not None:
        parsed.date_order = order.to_dict()
        if date_order is None:  # said once, by the part that decided it
            parsed.warnings = [*parsed.warnings, date_order_warning(table.path, order)]
    if mapping.casualties is None:
        return parsed
    quarantined_ids = set(f.text(col("source_event_id"))[problems.rows].dropna())
    return _attach_casualty_table(parsed, mapping, quarantined_ids, table.path)


def unmapped_columns(table: RawTable, spec: TableMapping) -> list[str]:
    """The table's columns, in file order, that ``spec`` maps to no canonical column and
    does not list under ``not_stored`` (left out on purpose).

    >>> import pandas as pd
    >>> from analysis.schema import empty_quarantine
    >>> frame = pd.DataFrame({"id": [], "Source": [], "Injured": [], "source_row": []})
    >>> table = RawTable(Path("desk.csv"), frame, empty_quarantine(), 0)
    >>> unmapped_columns(table, TableMapping({"source_event_id": "id"}))
    ['Source', 'Injured']
    >>> unmapped_columns(table, TableMapping({"source_event_id": "id"}, not_stored=("Source",)))
    ['Injured']
    """
    mapped = set(spec.columns.values()) | set(spec.not_stored)
    return [name for name in table.columns if name not in mapped]


def unmapped_warning_line(path: Path, parsed: Parsed) -> str:
    """The one warning line naming a table's unmapped columns.

    >>> parsed = Parsed(*[None] * 3, records=0, unmapped_columns=["Source", "Injured"])
    >>> unmapped_warning_line(Path("desk.csv"), parsed)
    "desk.csv: 2 column(s) not in the mapping, so not stored: 'Source', 'Injured'"
    """
    names = ", ".join(repr(name) for name in parsed.unmapped_columns or [])
    count = len(parsed.unmapped_columns or [])
    return f"{path}: {count} column(s) not in the mapping, so not stored: {names}"


def _columns(table: RawTable, spec: TableMapping):
    """Accessor for canonical columns: mapped file column, recoded, blanks → defaults."""
    for canonical, column in spec.columns.items():
        if column not in table.frame.columns:
            raise UserError(
                f"{table.path}: column {column!r} (mapped to {canonical!r}) is not in the file; "
                f"its columns are: {', '.join(table.columns)}"
            )

    def col(name: str) -> pd.Series:
        index = table.frame.index
        if name in spec.columns:
            values = table.frame[spec.columns[name]].astype("str")
        else:
            values = pd.Series(pd.NA, index=index, dtype="str")
        if name in spec.values:
            values = values.replace(spec.values[name])
        if name in spec.defaults:
            values = values.where(~f.blank(values), spec.defaults[name])
        return values

    return col


def _formats(spec: TableMapping) -> tuple[str, ...]:
    return ((spec.date_format,) if spec.date_format else ()) + f.UNAMBIGUOUS_DATE_FORMATS


NO_FIGURE = (
    "no figure read: not a casualty phrase the convention reads (docs/methodology.md, "
    "English or French); write the figure, or 'unknown', or recode it under values: in "
    "the mapping"
)


def _figures(col, problems: Problems, present: pd.Series) -> tuple[pd.DataFrame, pd.Series]:
    """Casualty rows from the figure columns of one table (indexed like that table; a cell
    naming several victim groups, "3 soldiers and 5 civilians", gives one row per group,
    with its table row's index), and each table row's figure as read (the best figures of
    its cell summed; missing where none was read)."""

    text = col("fatalities")
    counts = parse_counts(text)
    problems.add(present & counts["error"].notna(), "fatalities", "unreadable figure")
    split, split_error = _split_by_group(text)
    problems.add(present & split_error.notna(), "fatalities", split_error)
    unread = _unread(text, counts) & ~text.index.isin(split.index) & split_error.isna()
    problems.add(present & unread, "fatalities", NO_FIGURE)
    written = f.text(col("victim_group"))
    group = _victim_groups(written)
    not_group = (
        f"not one of the victim groups {list(VICTIM_GROUPS)} or their usual words "
        "(reference/victim_groups.csv); recode it under values: in the mapping"
    )
    problems.add(present & written.notna() & group.isna(), "victim_group", not_group)
    group = group.fillna("unknown")
    several = pd.Series(text.index.isin(split.index), index=text.index)
    other = split.assign(said=group.reindex(split.index))
    other = other["said"].ne("unknown") & other["said"].ne(other["victim_group"])
    conflict = pd.Series(text.index.isin(other.index[other.to_numpy()]), index=text.index)
    if conflict.any():
        named = split.groupby(level=0)["victim_group"].agg(", ".join).astype("str")
        said = "fatalities names several victim groups (" + named.reindex(text.index)
        said = said + ") but victim_group says " + group + ": leave victim_group blank"
        problems.add(present & conflict, "victim_group", said)
    high = counts["high"].where(~several, split.groupby(level=0)["high"].max())
    reason = f"more than {f.MAX_EVENT_DEATHS:,} deaths in one event (the documented upper bound)"
    problems.add(present & high.gt(f.MAX_EVENT_DEATHS), "fatalities", reason)
    claim = col("perpetrator_claim").fillna("").str.strip().str.lower()
    problems.add(present & ~claim.isin(TRUE_WORDS | FALSE_WORDS), "perpetrator_claim", "not yes/no")
    overlap = f.text(col("overlap")).str.strip().str.lower()
    stated = overlap.notna() & overlap.ne("unknown")
    problems.add(present & stated & ~overlap.isin(OVERLAPS), "overlap", f"not in {OVERLAPS}")
    figures = counts.assign(
        victim_group=group, qualifier=counts["qualifier"].where(counts["error"].isna(), "unknown")
    )[["victim_group", "low", "best", "high", "qualifier"]]
    figures = pd.concat([figures[present & ~several], split[present.reindex(split.index)]])
    figures = figures.sort_index(kind="stable")
    # a cell that cannot be split by group has no one figure: none is read from it
    read = counts["best"].where(~several & counts["error"].isna() & split_error.isna())
    read = read.fillna(split.groupby(level=0)["best"].sum(min_count=1).reindex(text.index))
    at = figures.index
    casualties = empty_casualties().reindex(at)
    return casualties.assign(
        victim_group=figures["victim_group"],
        low=figures["low"],
        best=figures["best"],
        high=figures["high"],
        qualifier=figures["qualifier"],
        reported_by=f.text(col("reported_by")).reindex(at),
        figure_text=f.text(text).reindex(at),
        derived=False,
        perpetrator_claim=claim.isin(TRUE_WORDS).reindex(at),
        overlap=overlap.where(stated).reindex(at),
    ), read.astype("Int64")


def _unread(text: pd.Series, counts: pd.DataFrame) -> pd.Series:
    """True where a cell holds text from which no figure was read and that does not say the
    toll is unknown (:func:`~analysis.casualty_phrases.states_unknown`), worked out once
    per distinct value.

    >>> cells = pd.Series(["trois morts", "unknown", "3", None, "see notes"])
    >>> _unread(cells, parse_counts(cells)).tolist()
    [False, False, False, False, True]
    """
    no_figure = counts["qualifier"].eq("unknown") & ~f.blank(text)
    not_understood = [v for v in text[no_figure].unique() if not states_unknown(v)]
    return no_figure & text.isin(not_understood)


def _victim_groups(written: pd.Series) -> pd.Series:
    """Each written victim group as one of the four groups (their names and words,
    :data:`~analysis.casualty_phrases.VICTIM_GROUP_WORDS`, in any case); missing where blank
    or not a group, worked out once per distinct value.

    >>> _victim_groups(pd.Series(["Civilians", "police", None, "journalists", "cars"])).tolist()
    ['civilians', 'security_forces', nan, 'civilians', nan]
    """
    distinct = written.dropna().unique()
    groups = {value: victim_group(value) for value in distinct}
    return written.map(groups).astype("str")


def _split_by_group(text: pd.Series) -> tuple[pd.DataFrame, pd.Series]:
    """The cells of ``text`` that name several victim groups, one row per group (indexed
    like the cell, columns victim_group, low, best, high, qualifier), and why a cell of
    several figures cannot be split (missing where it can or need not be); each distinct
    cell is read once (:func:`~analysis.casualty_phrases.group_figures`).

    >>> cells = pd.Series(["3 soldiers and 5 civilians", "4", "3 and 5 militants"])
    >>> split, why = _split_by_group(cells)
    >>> split[["victim_group", "best"]].values.tolist(), why.notna().tolist()
    ([['security_forces', 3], ['civilians', 5]], [False, False, True])
    """
    rows, errors = [], {}
    for value in text.dropna().unique():
        try:
            found = group_figures(value)
        except ValueError as exc:
            errors[value] = f"cannot be split by victim group ({exc}): one row per group"
            continue
        rows += [(value, group, *count) for group, count in found]
    columns = ["value", "victim_group", "low", "best", "high", "qualifier"]
    parts = pd.DataFrame(rows, columns=columns).astype(
        {"value": "str", "low": "Int64", "best": "Int64", "high": "Int64"}
    )
    cells = pd.DataFrame({"value": text.astype("str"), "_at": text.index})
    split = cells.merge(parts, on="value", how="inner").set_index("_at")
    split.index.name = None
    why = (
        text.map(errors).astype("str")
        if errors
        else pd.Series(pd.NA, index=text.index, dtype="str")
    )
    return split[columns[1:]], why


def _inline_casualties(col, problems: Problems) -> tuple[pd.DataFrame, pd.Series]:
    present = ~f.blank(col("fatalities")) | ~f.blank(col("victim_group"))
    return _figures(col, problems, present)


def _attach_casualty_table(
    parsed: Parsed, mapping: Mapping, quarantined_ids: set[str], events_file: Path
) -> Parsed:
    spec = mapping.casualties
    assert spec is not None
    table = read_table(mapping.casualty_path(events_file), sheet=spec.sheet)
    if table.path.resolve() == Path(events_file).resolve():
        # Another sheet of the events' workbook: its rows are numbered like the events'
        # rows, so its records are told apart as "<file> [<sheet>]".
        label = f"{table.path} [{spec.sheet}]"
        table.path = Path(label)
        table.quarantine = table.quarantine.assign(source_file=label)
    col = _columns(table, spec)
    raw = table.frame
    problems = Problems(raw, table.path)
    ids = f.text(col("source_event_id"))
    stored_ids = set(parsed.events["source_event_id"])
    problems.add(ids.isna(), "source_event_id", "missing event id")
    orphan = ids.isin(quarantined_ids) & ~ids.isin(stored_ids)
    problems.add(orphan, "source_event_id", "its event row is quarantined")
    unknown = ids.notna() & ~ids.isin(stored_ids | quarantined_ids)
    problems.add(unknown, "source_event_id", "no event with this id in the events table")
    figures, read = _figures(col, problems, pd.Series(True, index=raw.index))
    read_total = int(read.sum()) if _maps_figures(spec) else None
    keep = ~problems.rows.loc[figures.index].to_numpy()  # a split cell: several figures
    figures = figures[keep]
    figures["event_id"] = (mapping.source + ":" + ids.loc[figures.index]).to_numpy()
    figures["source_row"] = raw.loc[figures.index, "source_row"].astype("int64").to_numpy()
    events = parsed.events.copy()  # the store hashes each event with these figures
    figure_rows = events["event_id"].map(figures["event_id"].value_counts())
    events["_rows"] += figure_rows.fillna(0).astype("int64")
    events["_rows"] = events["_rows"].astype("int64")
    quarantine = pd.concat([parsed.quarantine, table.quarantine, problems.quarantine()])
    return Parsed(
        events=events,
        casualties=_typed(figures[parsed.casualties.columns], "casualties").reset_index(drop=True),
        quarantine=quarantine.reset_index(drop=True),
        records=parsed.records + table.records,
        warnings=parsed.warnings + table.warnings,
        date_order=parsed.date_order,
        fatalities_read=read_total,
        unread_records=parsed.unread_records
        + len(table.quarantine[["source_file", "source_row"]].drop_duplicates()),
        unmapped_columns=parsed.unmapped_columns,
    )


def _maps_figures(spec: TableMapping) -> bool:
    """Whether a table's mapping gives it a figure column (or a default figure)."""
    return "fatalities" in spec.columns or "fatalities" in spec.defaults
