"""Header matching for the public layouts (ACLED, UCDP GED, GTD), whatever the vintage.

Providers have published the same fields under several spellings: ACLED's 2016 realtime
files write ``EVENT_DATE`` and ``ALLY_ACTOR_1``, today's exports ``event_date`` and
``assoc_actor_1``; UCDP GED before 5.0 wrote ``best_est``. :func:`standard_columns` turns
a header into the names the readers use: stripped, case-folded, older names through the
reader's aliases. HDX republishes ACLED and UCDP files with a second header line of HXL
hashtags (``#date+start``, ``#affected+killed``): :func:`drop_hxl_row` takes it out as
metadata (a warning, not a record).

>>> standard_columns([" EVENT_DATE ", "Ally_Actor_1"], {"ally_actor_1": "assoc_actor_1"})
['event_date', 'assoc_actor_1']
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.errors import UserError
from analysis.sources.rawfile import RawTable


def standard_name(name: str, aliases: dict[str, str] | None = None) -> str:
    """One header field as the readers name it.

    >>> standard_name("  Best_Est ", {"best_est": "best"})
    'best'
    """
    key = name.strip().casefold()
    return (aliases or {}).get(key, key)


def standard_columns(names: Iterable[str], aliases: dict[str, str] | None = None) -> list[str]:
    """Every header field through :func:`standard_name`, in file order."""
    return [standard_name(n, aliases) for n in names]


def standardise(table: RawTable, aliases: dict[str, str]) -> RawTable:
    """``table`` with standard column names and without an HXL hashtag row.

    Two fields that become the same name (``Country`` and ``country``) are an error: the
    reader could not tell which one to read.
    """
    columns = table.columns
    names = standard_columns(columns, aliases)
    seen: dict[str, str] = {}
    for original, name in zip(columns, names, strict=True):
        if name in seen:
            raise UserError(
                f"{table.path}: header fields {seen[name]!r} and {original!r} both mean {name!r}"
            )
        seen[name] = original
    frame = table.frame.rename(columns=dict(zip(columns, names, strict=True)))
    renamed = RawTable(
        table.path, frame, table.quarantine, table.records, list(table.warnings), table.delimiter
    )
    return drop_hxl_row(renamed)


def drop_hxl_row(table: RawTable) -> RawTable:
    """Without the HXL hashtag row (the record right under the header whose every
    non-empty cell is a ``#tag``), with a warning; unchanged otherwise.

    >>> from pathlib import Path
    >>> import pandas as pd
    >>> from analysis.schema import empty_quarantine
    >>> frame = pd.DataFrame({"id": ["#event+id", "7"], "best": ["#affected+killed", "3"],
    ...                       "note": ["", "x"], "source_row": [2, 3]})
    >>> table = drop_hxl_row(RawTable(Path("ged.csv"), frame, empty_quarantine(), 2))
    >>> table.records, table.frame["id"].tolist(), table.warnings
    (1, ['7'], ['ged.csv: row 2 is an HXL hashtag row (#event+id, #affected+killed), \
metadata rather than a record: skipped'])
    """
    frame = table.frame
    first = frame["source_row"].eq(2)
    if not first.any():
        return table
    cells = frame.loc[first, table.columns].iloc[0].fillna("").astype("str").str.strip()
    filled = cells[cells.ne("")]
    if filled.empty or not filled.str.match(r"^#[A-Za-z]").all():
        return table
    tags = ", ".join(filled.head(3))
    more = ", …" if len(filled) > 3 else ""
    warning = (
        f"{table.path}: row 2 is an HXL hashtag row ({tags}{more}), "
        "metadata rather than a record: skipped"
    )
    return RawTable(
        table.path,
        frame[~first].reset_index(drop=True),
        table.quarantine,
        table.records - 1,
        [*table.warnings, warning],
        table.delimiter,
    )
