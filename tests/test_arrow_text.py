"""Arrow text helpers: the distinct-value join-back is exact, whatever the values."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.arrow_text import factorize_rows, isin, take_text

names = st.none() | st.sampled_from(["Gwadar", "Gawadar", "", "Musa Khel", "ß"])


@given(st.lists(st.tuples(names, st.sampled_from(["PAK", "AFG", None])), max_size=40))
def test_distinct_rows_give_the_frame_back(rows):
    frame = pd.DataFrame(rows, columns=["name", "iso3"], dtype="str")
    codes, distinct = factorize_rows(frame)
    assert not distinct.duplicated().any()
    back = distinct.iloc[codes].reset_index(drop=True)
    pd.testing.assert_frame_equal(back, frame.reset_index(drop=True))


@given(st.lists(names, min_size=1, max_size=20), st.data())
def test_take_text_is_positional_take(values, data):
    codes = data.draw(st.lists(st.integers(0, len(values) - 1), max_size=30))
    taken = take_text(pd.Series(values, dtype="str"), np.array(codes, dtype="int64"))
    expected = pd.Series([values[i] for i in codes], dtype="str")
    pd.testing.assert_series_equal(taken, expected, check_names=False)


def test_isin_treats_missing_as_absent():
    assert isin(pd.Series(["a", None, "b"]), ["a", None]).tolist() == [True, False, False]
