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


def empty_changes() -> pd.DataFrame:
    """An empty change log.

    >>> list(empty_changes().columns)
    ['step', 'column', 'before', 'after', 'rows']
    """
    frame = pd.DataFrame({c: pd.Series(dtype="str") for c in CHANGE_COLUMNS})
    return frame.astype({"rows": "int64"})


def record_changes(step: str, column: str, before: pd.Series, after: pd.Series) -> pd.DataFrame:
    """Distinct (before, after) pairs where a value changed, with the number of rows affected.

    Values are compared as text; a missing value shows as an empty cell in the log.

    >>> import pandas as pd
    >>> record_changes("actors", "actor1", pd.Series(["BLA"]), pd.Series(["BLA"])).empty
    True
    """
    if before.dtype == after.dtype:  # compare natively; only changed values become text
        same = before.eq(after).fillna(False).to_numpy(bool)
        both_missing = (before.isna() & after.isna()).to_numpy(bool)
        changed_rows = ~(same | both_missing)
        if not changed_rows.any():
            return empty_changes()
        before, after = before[changed_rows], after[changed_rows]
    old = before.astype("str").fillna("")
    new = after.astype("str").fillna("")
    changed = old.ne(new)
    if not changed.any():
        return empty_changes()
    pairs = (
        pd.DataFrame({"before": old[changed].to_numpy(), "after": new[changed].to_numpy()})
        .value_counts()
        .rename("rows")
        .reset_index()
    )
    pairs.insert(0, "column", column)
    pairs.insert(0, "step", step)
    return pairs[CHANGE_COLUMNS].astype({"rows": "int64"})
