"""Deletion lists: the event ids a provider has withdrawn.

ACLED publishes deleted events as a table (``event_id_cnty,deleted_timestamp``), or as its
API's JSON answer (``{"data": [{"event_id_cnty": …, "deleted_timestamp": …}]}``); analysts
keep plain lists, one id per line. Both are read here, and any table with a header naming
an id column (``event_id_cnty``, ``event_id``, ``id`` or ``source_event_id``), whatever its
delimiter (comma, semicolon, tab or bar). A line that holds a space or tab without a header
to split it is not guessed at: it is one error naming the row, so that a list is never
half-applied.
"""

from __future__ import annotations

import re
from pathlib import Path

from analysis.errors import UserError, read_utf8
from analysis.sources.rawfile import DELIMITERS, read_table

ID_COLUMNS = ("event_id_cnty", "event_id", "id", "source_event_id")
_BLANK_INSIDE = re.compile(r"\s")


def read_id_list(path: str | Path, source: str) -> list[str]:
    """The store ids a deletion list names: ids without a ``source:`` prefix get ``source``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "ids.txt").write_text("PAK1001\\nucdp:620005\\n\\n", encoding="utf-8")
    >>> read_id_list(folder / "ids.txt", "acled")
    ['acled:PAK1001', 'ucdp:620005']
    >>> table = "event_id_cnty\\tdeleted_timestamp\\nNIG1001\\t1725\\n"
    >>> _ = (folder / "acled.tsv").write_text(table, encoding="utf-8")
    >>> read_id_list(folder / "acled.tsv", "acled")
    ['acled:NIG1001']
    """
    path = Path(path)
    if path.suffix.lower() == ".json":  # the API's answer: records with an id key
        ids = _ids_from_table(path, "the keys of its first record")
        return [i if ":" in i else f"{source}:{i}" for i in ids]
    text = read_utf8(path, "deletion list")
    rows = [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1)]
    rows = [(number, line) for number, line in rows if line]
    if not rows:
        raise UserError(f"{path}: the deletion list holds no id")
    first = rows[0][1]
    if any(delimiter in first for delimiter in DELIMITERS):
        ids = _ids_from_table(path, first)
    else:
        if first.lower() in ID_COLUMNS:
            rows = rows[1:]
        for number, line in rows:
            if _BLANK_INSIDE.search(line):
                raise UserError(
                    f"{path}: row {number}: {line[:60]!r} is not an event id (it holds a space "
                    f"or tab); a table needs a header naming its id column "
                    f"({', '.join(ID_COLUMNS)})"
                )
        ids = [line for _, line in rows]
    return [i if ":" in i else f"{source}:{i}" for i in ids]


def _ids_from_table(path: Path, header: str) -> list[str]:
    table = read_table(path)
    if len(table.quarantine):
        bad = table.quarantine.iloc[0]
        raise UserError(f"{path}: row {bad['source_row']}: {bad['reason']}")
    names = {name.strip().lower(): name for name in table.frame.columns}
    column = next((names[c] for c in ID_COLUMNS if c in names), None)
    if column is None:
        raise UserError(
            f"{path}: a deletion list given as a table needs an id column "
            f"({', '.join(ID_COLUMNS)}); its header is {header[:80]!r}"
        )
    ids = table.frame[column].fillna("").str.strip()
    blank = ids.eq("")
    if blank.any():
        row = int(table.frame.loc[blank, "source_row"].iloc[0])
        raise UserError(f"{path}: row {row}, column {column}: no event id")
    return ids.tolist()
