"""Arrow text helpers: vectorised work on large columns of text (pandas' Arrow-backed ``str``).

``Series.isin`` on Arrow strings turns its *argument* into a Python list first, which costs
seconds for a million ids; :func:`isin` hands both sides to Arrow's hash-based ``is_in``.
:func:`factorize_rows` and :func:`take_text` let text work run once per distinct value
and be joined back by position.

>>> import pandas as pd
>>> isin(pd.Series(["a", "b", None]), ["b", "c"]).tolist()
[False, True, False]
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"
HUGEPAGE_ENV = "NUMPY_MADVISE_HUGEPAGE"


def use_jemalloc() -> str:
    """Make jemalloc Arrow's memory pool for this process, where pyarrow has it and
    ``$ARROW_DEFAULT_MEMORY_POOL`` names none; the pool's name.

    Arrow's usual pool (mimalloc) hands the large buffers of million-row columns back to
    the system as soon as they are freed and faults them in again on the next one: a full
    clean of a million events spent 14–19 s of its 37–44 s in the kernel, against 8 s of
    29–31 s with jemalloc, whose peak was also lower (1.66–1.69 GB against 1.79–1.86 GB).

    >>> use_jemalloc() == pa.default_memory_pool().backend_name
    True
    """
    if not os.environ.get(POOL_ENV):
        # a pyarrow built without jemalloc (e.g. on Windows) keeps its own pool
        with contextlib.suppress(NotImplementedError):
            pa.set_memory_pool(pa.jemalloc_memory_pool())
    return pa.default_memory_pool().backend_name


def numpy_small_pages() -> bool:
    """Stop numpy asking the kernel for transparent huge pages for its large arrays, unless
    ``$NUMPY_MADVISE_HUGEPAGE`` (numpy's own switch) says otherwise; whether numpy still
    asks.

    numpy marks every array of 4 MB or more ``MADV_HUGEPAGE``; where the kernel grants huge
    pages only to such marked memory (``madvise`` mode, common), each of a clean's many
    short-lived million-row arrays is faulted in as 2 MB pages the kernel must find free
    (compacting memory when none is) and zero whole, and that wait grows with the machine's
    other work: a full clean of a million events on a shared machine took 47–58 s against
    77–96 s with huge pages, 5.7–6.0 s of it in the kernel against 8.9–9.2 s.

    >>> numpy_small_pages() == ("NUMPY_MADVISE_HUGEPAGE" in os.environ
    ...     and os.environ["NUMPY_MADVISE_HUGEPAGE"] != "0")
    True
    """
    if HUGEPAGE_ENV in os.environ:
        return os.environ[HUGEPAGE_ENV] != "0"
    multiarray = getattr(getattr(np, "_core", None), "multiarray", None)
    switch = getattr(multiarray, "_set_madvise_hugepage", None)
    if switch is not None:  # numpy's private switch; without it, numpy's default stays
        switch(False)
    return switch is None


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
        # combine_chunks copies even a single chunk: a million ids at every take
        array = array.chunk(0) if array.num_chunks == 1 else array.combine_chunks()
    return array.cast(pa.large_string())


def factorize_rows(frame: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Codes per row and the distinct rows of ``frame`` (a missing value is a value too),
    in order of first appearance: ``distinct.iloc[codes]`` gives ``frame`` back.

    >>> codes, distinct = factorize_rows(pd.DataFrame({"a": ["x", "y", "x", None],
    ...                                                "b": [1, 1, 1, 1]}))
    >>> codes.tolist(), distinct["a"].tolist()
    ([0, 1, 0, 2], ['x', 'y', nan])
    """
    key = np.zeros(len(frame), dtype="int64")
    for name in frame.columns:
        codes, uniques = pd.factorize(frame[name], use_na_sentinel=False)
        key, _ = pd.factorize(key * (len(uniques) + 1) + codes)  # stays below len(frame)
        key = key.astype("int64")
    if not len(key):
        return key, frame.iloc[0:0].reset_index(drop=True)
    first = np.empty(key.max() + 1, dtype="int64")
    first[key[::-1]] = np.arange(len(key))[::-1]
    return key, frame.iloc[first].reset_index(drop=True)


def take_text(values: pd.Series | np.ndarray, codes: np.ndarray) -> pd.Series:
    """``values[codes]`` as a text Series, taken in Arrow (no Python string per row).

    >>> take_text(pd.Series(["Gwadar", None]), np.array([0, 0, 1])).tolist()
    ['Gwadar', 'Gwadar', nan]
    """
    array = _arrow_text(pd.Series(values, dtype="str"))
    return pa.table({"v": array.take(pa.array(codes))}).to_pandas()["v"]


def per_distinct(
    columns: dict[str, pd.Series], compute: Callable[[pd.DataFrame], pd.Series]
) -> pd.Series:
    """``compute`` (a row-by-row rule giving text) worked out once per distinct row of
    ``columns`` and spread back to every row: a million rows hold a few hundred distinct
    event types, country codes or actor categories.

    >>> kinds = pd.Series(["a", "b", "a", None])
    >>> per_distinct({"k": kinds}, lambda d: d["k"].str.upper()).tolist()
    ['A', 'B', 'A', nan]
    """
    frame = pd.DataFrame(columns)
    codes, distinct = factorize_rows(frame)
    result = take_text(compute(distinct).to_numpy(), codes)
    return result.set_axis(frame.index).astype("str")


def per_distinct_pair(
    columns: dict[str, pd.Series],
    compute: Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]],
) -> tuple[pd.Series, pd.Series]:
    """:func:`per_distinct` for a rule giving two texts per row (an event type and its
    sub-event type): the distinct rows are found and the rule run once for both.

    >>> kinds = pd.Series(["a", "b", "a"])
    >>> upper, twice = per_distinct_pair({"k": kinds}, lambda d: (d["k"].str.upper(), d["k"] * 2))
    >>> upper.tolist(), twice.tolist()
    (['A', 'B', 'A'], ['aa', 'bb', 'aa'])
    """
    frame = pd.DataFrame(columns)
    codes, distinct = factorize_rows(frame)
    first, second = compute(distinct)
    return tuple(  # type: ignore[return-value]
        take_text(result.to_numpy(), codes).set_axis(frame.index).astype("str")
        for result in (first, second)
    )


def join_text(parts: list[pd.Series | str], separator: str) -> pd.Series:
    """The parts (text Series of one length, or fixed words) joined row by row with
    ``separator``, in one pass (missing where a part is missing, as ``+`` gives): a chain
    of ``+`` makes a new column of every longer prefix.

    >>> join_text(["fatalities", pd.Series(["3", None]), "vs", pd.Series(["?", "4"])], " ")
    0    fatalities 3 vs ?
    1                  NaN
    dtype: str
    """
    columns = [
        pa.scalar(p, pa.large_string()) if isinstance(p, str) else _arrow_text(p) for p in parts
    ]
    joined = pc.binary_join_element_wise(*columns, pa.scalar(separator, pa.large_string()))
    return pa.table({"v": joined}).to_pandas()["v"].astype("str").rename(None)
