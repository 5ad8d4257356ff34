"""The readers' shortcuts give exactly what their general rules give.

Counts written as plain digits are converted in Arrow, and a part whose every row surely
passes the schema skips pandera: both must agree with the general path on any input.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.schema import (
    CASUALTY_SCHEMA,
    EVENT_SCHEMA,
    FRAME_RULES,
    RULES,
    empty_casualties,
    surely_valid,
)
from analysis.sources import fields
from analysis.sources.reader_result import _pandera_dtype, passes
from conftest import examples

CELLS = st.one_of(
    st.none(),
    st.just(""),
    st.from_regex(r"\A[0-9]{1,21}\Z"),
    st.sampled_from([" 3", "1,200", "+4", "-5", "0", "007", "12.0", "1e3", "x", "\t"]),
)


def general(values: pd.Series, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """parse_int and too_large without the plain-digits shortcut."""
    with monkeypatch.context() as patch:
        patch.setattr(fields, "_plain_numbers", lambda _: None)
        return (*fields.parse_int(values), fields.too_large(values))


@given(st.lists(CELLS, max_size=8))
def test_plain_digits_read_as_the_general_rules_read_them(cells):
    values = pd.Series(cells, dtype="str")
    with pytest.MonkeyPatch.context() as monkeypatch:
        numbers, bad, huge = general(values, monkeypatch)
    pd.testing.assert_series_equal(fields.parse_int(values)[0], numbers)
    pd.testing.assert_series_equal(fields.parse_int(values)[1], bad)
    pd.testing.assert_series_equal(fields.too_large(values), huge)


def test_plain_digits_keep_every_digit():
    """Eighteen digits are exact (never through float), a blank is missing, not bad."""
    values = pd.Series(["999999999999999999", "", None, "0042"], dtype="str")
    assert fields._plain_numbers(values) is not None  # the shortcut applies here
    numbers, bad = fields.parse_int(values)
    assert numbers.tolist() == [999_999_999_999_999_999, pd.NA, pd.NA, 42]
    assert bad.tolist() == [False, False, False, False]
    assert fields._plain_numbers(pd.Series(["9" * 19])) is None  # too long: general rules


def figures(**changes: object) -> pd.DataFrame:
    """Two valid casualty rows (worked by hand: low <= best <= high, known groups)."""
    frame = empty_casualties().reindex([0, 1])
    frame = frame.assign(
        event_id=["acled:1", "acled:2"],
        victim_group=["unknown", "civilians"],
        low=pd.array([2, 0], dtype="Int64"),
        best=pd.array([3, 0], dtype="Int64"),
        high=pd.array([3, 1], dtype="Int64"),
        qualifier="exact",
        derived=False,
        perpetrator_claim=False,
        source_row=[2, 3],
    )
    return frame.assign(**changes)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"low": pd.array([4, 0], dtype="Int64")},  # low above best
        {"victim_group": ["unknown", "soldiers"]},  # not a victim group
        {"best": pd.array([3, -1], dtype="Int64"), "low": pd.array([2, -1], dtype="Int64")},
        {"qualifier": ["exact", None]},  # not nullable
        {"source_row": [2.0, 3.0]},  # wrong dtype
    ],
)
def test_passes_agrees_with_pandera(changes):
    frame = figures(**changes)
    try:
        CASUALTY_SCHEMA.validate(frame, lazy=True)
        valid = True
    except Exception:
        valid = False
    assert passes(CASUALTY_SCHEMA, frame) == valid
    assert passes(CASUALTY_SCHEMA, frame) == (changes == {})
    assert surely_valid("casualties", frame) == valid


# pandera's checks as RULES writes them
_PLAIN = {
    "isin": lambda s: ("isin", tuple(s["allowed_values"])),
    "str_length": lambda s: ("str_length", s["min_value"]),
    "in_range": lambda s: ("in_range", s["min_value"], s["max_value"]),
    "greater_than_or_equal_to": lambda s: ("ge", s["min_value"]),
    "less_than_or_equal_to": lambda s: ("le", s["max_value"]),
}


@pytest.mark.parametrize(
    ("table", "schema"), [("events", EVENT_SCHEMA), ("casualties", CASUALTY_SCHEMA)]
)
def test_plain_rules_are_the_schemas(table, schema):
    """RULES and FRAME_RULES say what the pandera schemas say, and each rule's dtype is one
    pandera accepts for its column: what surely_valid passes, pandera passes."""
    rules = RULES[table]
    assert list(rules) == list(schema.columns)
    for name, column in schema.columns.items():
        rule = rules[name]
        assert (rule.nullable, rule.unique) == (column.nullable, column.unique), name
        if name in ("source", "source_event_id"):  # str_length's other bounds are unset
            assert [c.statistics["max_value"] for c in column.checks] == [None]
        if name in ("latitude", "longitude"):  # in_range includes both ends
            assert column.checks[0].statistics["include_min"]
            assert column.checks[0].statistics["include_max"]
        assert rule.checks == tuple(_PLAIN[c.name](c.statistics) for c in column.checks), name
        dtypes = [rule.dtype, *(["object"] if rule.dtype == "str" else [])]
        for dtype in dtypes:  # the dtypes surely_valid takes for the column
            assert column.dtype.check(_pandera_dtype(pd.api.types.pandas_dtype(dtype))), name
    assert list(FRAME_RULES[table]) == [c.name for c in schema.checks]


@pytest.mark.long_search
@settings(max_examples=examples(25, 100))
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["civilians", "unknown", "soldiers", None]),
            st.one_of(st.none(), st.integers(-2, 5)),
            st.one_of(st.none(), st.integers(-2, 5)),
            st.one_of(st.none(), st.integers(-2, 5)),
            st.sampled_from(["exact", "vague", "", None]),
            st.sampled_from([None, "included", "overlapping"]),
        ),
        max_size=4,
    )
)
def test_surely_valid_agrees_with_pandera(rows):
    frame = empty_casualties().reindex(range(len(rows)))
    groups, lows, bests, highs, qualifiers, overlaps = zip(*rows, strict=True) if rows else [()] * 6
    frame = frame.assign(
        event_id=[f"acled:{i}" for i in range(len(rows))],
        victim_group=pd.array(list(groups), dtype="str"),
        low=pd.array(list(lows), dtype="Int64"),
        best=pd.array(list(bests), dtype="Int64"),
        high=pd.array(list(highs), dtype="Int64"),
        qualifier=pd.array(list(qualifiers), dtype="str"),
        derived=False,
        perpetrator_claim=False,
        source_row=pd.array(range(2, len(rows) + 2), dtype="int64"),
        overlap=pd.array(list(overlaps), dtype="str"),
    )
    try:
        CASUALTY_SCHEMA.validate(frame, lazy=True)
        valid = True
    except Exception:
        valid = False
    assert surely_valid("casualties", frame) == passes(CASUALTY_SCHEMA, frame) == valid


def test_passes_checks_uniqueness_and_frame_checks():
    from analysis.sources.reader_result import event_frame

    events = event_frame(
        {
            "event_id": pd.Series(["acled:1", "acled:1"]),
            "source": pd.Series(["acled", "acled"]),
            "source_event_id": pd.Series(["1", "1"]),
            "date_start": pd.Series(pd.to_datetime(["2024-08-25", "2024-08-27"])),
            "date_end": pd.Series(pd.to_datetime(["2024-08-25", "2024-08-26"])),
            "date_precision": pd.Series(["day", "day"]),
            "event_type": pd.Series(["Battles", "Battles"]),
            "sub_event_type": pd.Series(["Armed clash", "Armed clash"]),
            "geo_precision": pd.Series(["exact", "exact"]),
            "source_file": pd.Series(["x.csv", "x.csv"]),
            "source_row": pd.Series([2, 3], dtype="int64"),
            "ingest_batch": pd.Series(["", ""]),
            "row_hash": pd.Series(["a", "b"]),
        },
        pd.RangeIndex(2),
    )
    per_file = EVENT_SCHEMA.update_column("event_id", unique=False)
    assert passes(per_file, events.iloc[[0]])
    assert not passes(per_file, events)  # row 2 ends before it starts
    assert not passes(EVENT_SCHEMA, events.iloc[[0, 0]])  # the same id twice
    assert surely_valid("events", events.iloc[[0]], unique=False)
    assert not surely_valid("events", events, unique=False)
    assert surely_valid("events", events.iloc[[0, 0]], unique=False)
    assert not surely_valid("events", events.iloc[[0, 0]])
    assert not surely_valid("events", events.astype({"source_row": "float64"}))
    # objects that are not text fail a text check without raising: pandera then decides
    assert not surely_valid("events", events.assign(source=pd.Series([1, 2], dtype=object)))


def test_a_valid_file_is_read_without_pandera():
    """Files whose every row passes are read and checked without importing pandera (its
    import, and hypothesis's with it when installed, costs more CPU than reading a small
    update); the ACLED, GTD and UCDP samples are such files."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from analysis.sources import read_source_parts\n"
        "for f in sys.argv[1:]:\n"
        "    parts = list(read_source_parts(Path(f), 'auto', None, None, stream=True))\n"
        "    assert sum(len(p.quarantine) for p in parts) == 0, f\n"
        "print(sorted(m for m in ('pandera', 'hypothesis') if m in sys.modules))"
    )
    samples = [f"data/sample/{n}" for n in ("acled_pakistan_sample.csv", "gtd_sample.csv",
                                             "ucdp_ged_sample.csv")]  # fmt: skip
    run = subprocess.run([sys.executable, "-c", code, *samples], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_digits_of_other_scripts_are_not_whole_numbers():
    # "٣" (Arabic-Indic three) is a digit to Python's \d but not to an export's count column:
    # the cell is flagged for quarantine, never a crash in the conversion
    numbers, bad = fields.parse_int(pd.Series(["٣", "١٢", "12", "1,200"]))
    assert numbers.tolist() == [pd.NA, pd.NA, 12, 1200]
    assert bad.tolist() == [True, True, False, False]


DECIMALS = st.one_of(
    st.none(),
    st.just(""),
    st.from_regex(r"\A-?[0-9]{1,12}(\.[0-9]{1,12})?\Z"),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from([" 3.5 ", "-0", "-0.0", "12.", ".5", "+1.5", "1e3", "1,5", "inf", "x"]),
)


@given(st.lists(DECIMALS, max_size=8))
def test_plain_decimals_read_as_pandas_reads_them(cells):
    values = pd.Series(cells, dtype="str")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fields, "_plain_decimals", lambda _: None)
        numbers, bad = fields.parse_float(values)
    fast, fast_bad = fields.parse_float(values)
    pd.testing.assert_series_equal(fast, numbers)
    pd.testing.assert_series_equal(fast_bad, bad)
    # the same double, sign of zero included (assert_series_equal takes -0.0 for 0.0)
    assert np.signbit(fast.to_numpy()).tolist() == np.signbit(numbers.to_numpy()).tolist()


def test_coordinates_read_in_arrow_keep_every_digit():
    # 15 digits are the most a decimal keeps exactly through either conversion
    values = pd.Series(["-179.999999999999", "34.5553", "", "0.00000000000001"], dtype="str")
    numbers, bad = fields.parse_float(values)
    assert fields._plain_decimals(values.str.strip()) is not None  # the Arrow path ran
    assert numbers.tolist()[:2] == [-179.999999999999, 34.5553]
    assert numbers.isna().tolist() == [False, False, True, False]
    assert numbers[3] == 1e-14 and not bad.any()
