"""The change log every cleaning step returns: which values it changed, and in how many rows.

>>> import pandas as pd
>>> before = pd.Series(["Gawadar", "Gwadar", "Gawadar"])
>>> after = pd.Series(["Gwadar", "Gwadar", "Gwadar"])
>>> record_changes("places", "location", before, after).to_dict("records")
[{'step': 'places', 'column': 'location', 'before': 'Gawadar', 'after': 'Gwadar', 'rows': 2}]
"""

from __future__ import annotations

import pandas as pd

CHANGE_COLUMNS = ["step", "column", "before", "after", "rows"]
EVENT_CHANGE_COLUMNS = ["event_id", "step", "column", "before", "after"]
# Built once: every cleaning step starts its log from one, and building a frame of typed
# empty columns costs more than the step's own work on a small store. Callers get a copy.
_EMPTY_CHANGES = pd.DataFrame({c: pd.Series(dtype="str") for c in CHANGE_COLUMNS}).astype(
    {"rows": "int64"}
)
_EMPTY_EVENT_CHANGES = pd.DataFrame({c: pd.Series(dtype="str") for c in EVENT_CHANGE_COLUMNS})


def empty_changes() -> pd.DataFrame:
    """An empty change log.

    >>> list(empty_changes().columns)
    ['step', 'column', 'before', 'after', 'rows']
    """
    return _EMPTY_CHANGES.copy()


def record_changes(step: str, column: str, before: pd.Series, after: pd.Series) -> pd.DataFrame:
    """Distinct (before, after) pairs where a value changed, with the number of rows affected.

    Values are compared as text; a missing value shows as an empty cell in the log.

    >>> import pandas as pd
    >>> record_changes("actors", "actor1", pd.Series(["BLA"]), pd.Series(["BLA"])).empty
    True
    """
    ids = pd.Series(range(len(before)), dtype="int64")
    return summarise_changes(event_changes(step, column, before, after, ids))


def event_changes(
    step: str, column: str, before: pd.Series, after: pd.Series, ids: pd.Series
) -> pd.DataFrame:
    """The rows whose value changed, one each: ``event_id`` (from ``ids``, by position),
    ``step``, ``column``, ``before``, ``after`` (as text, a missing value empty).

    >>> import pandas as pd
    >>> event_changes("places", "location", pd.Series(["Gawadar", "Gwadar"]),
    ...     pd.Series(["Gwadar", "Gwadar"]), pd.Series(["e1", "e2"])).values.tolist()
    [['e1', 'places', 'location', 'Gawadar', 'Gwadar']]
    """
    before, after = before.reset_index(drop=True), after.reset_index(drop=True)
    ids = pd.Series(ids).reset_index(drop=True)
    if before.dtype == after.dtype:  # compare natively; only changed values become text
        same = before.eq(after).fillna(False).to_numpy(bool)
        both_missing = (before.isna() & after.isna()).to_numpy(bool)
        changed_rows = ~(same | both_missing)
        if not changed_rows.any():
            return empty_event_changes()
        before, after, ids = before[changed_rows], after[changed_rows], ids[changed_rows]
    old = before.astype("str").fillna("")
    new = after.astype("str").fillna("")
    changed = old.ne(new).to_numpy(bool)
    if not changed.any():
        return empty_event_changes()
    return pd.DataFrame(
        {
            "event_id": ids[changed].astype("str").to_numpy(),
            "step": step,
            "column": column,
            "before": old[changed].to_numpy(),
            "after": new[changed].to_numpy(),
        }
    ).astype("str")


def empty_event_changes() -> pd.DataFrame:
    """An empty per-event change list (the columns of :func:`event_changes`)."""
    return _EMPTY_EVENT_CHANGES.copy()


def summarise_changes(changes: pd.DataFrame) -> pd.DataFrame:
    """The change log of per-event changes: rows per distinct (step, column, before, after).

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"event_id": ["e1", "e2"], "step": "places", "column": "admin1",
    ...     "before": "NWFP", "after": "Khyber Pakhtunkhwa"})
    >>> summarise_changes(rows)["rows"].tolist()
    [2]
    """
    if changes.empty:
        return empty_changes()
    pairs = changes[CHANGE_COLUMNS[:-1]].value_counts(sort=False).rename("rows").reset_index()
    pairs = pairs.sort_values(["step", "column", "rows"], ascending=[True, True, False])
    return pairs[CHANGE_COLUMNS].astype({"rows": "int64"}).reset_index(drop=True)
