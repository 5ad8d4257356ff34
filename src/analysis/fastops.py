"""Fast vectorised helpers for large frames of text (pandas' Arrow-backed ``str`` dtype).

``Series.isin`` on Arrow strings turns its *argument* into a Python list first, which costs
seconds for a million ids; :func:`isin` hands both sides to Arrow's hash-based ``is_in``.

>>> import pandas as pd
>>> isin(pd.Series(["a", "b", None]), ["b", "c"]).tolist()
[False, True, False]
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def isin(values: pd.Series, allowed: Iterable[object] | pd.Series | np.ndarray) -> np.ndarray:
    """Boolean array: whether each text value is one of ``allowed`` (missing → False).

    Same answer as ``values.astype("str").isin(allowed)`` for text values.

    >>> isin(pd.Series(["x", "y"]), pd.Series(["y"], dtype="str")).tolist()
    [False, True]
    >>> isin(pd.Series([], dtype="str"), []).tolist()
    []
    """
    left = _arrow_text(pd.Series(values))
    if not isinstance(allowed, pd.Series | pd.Index | np.ndarray):
        allowed = list(allowed)
    right = _arrow_text(pd.Series(allowed, dtype="object"))
    found = pc.is_in(left, value_set=right, skip_nulls=True)
    return found.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)


def _arrow_text(values: pd.Series) -> pa.Array:
    """The values as an Arrow ``large_string`` array (missing stays null)."""
    array = pa.array(values.astype("str"), from_pandas=True)
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return array.cast(pa.large_string())
