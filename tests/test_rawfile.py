"""Reading raw tables: encodings, delimiters, ragged records, empty files, XLSX."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from factories import CP1252_CHARACTERS
from hypothesis import given
from hypothesis import strategies as st

from analysis.errors import UserError
from analysis.sources.rawfile import decode, read_table, sniff_delimiter


def test_utf8_bom_is_not_part_of_the_first_column(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffevent_id,notes\n1,Quetta’s station\n".encode())
    table = read_table(path)
    assert table.columns == ["event_id", "notes"]
    assert table.frame.loc[0, "notes"] == "Quetta’s station"
    assert table.warnings == []


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,location\n1,Zhöb – café\n".encode("cp1252"))
    table = read_table(path)
    assert table.frame.loc[0, "location"] == "Zhöb – café"
    assert table.warnings == [f"{path}: not valid UTF-8; read as CP1252 (Windows Latin-1)"]


def test_semicolon_file_is_read_and_named_in_a_warning(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    table = read_table(path)
    assert table.frame[["a", "b"]].to_dict("records") == [{"a": "1", "b": "2"}]
    assert "';'" in table.warnings[0] and str(path) in table.warnings[0]


def test_ragged_records_are_quarantined_with_their_row_numbers(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text('a,b,c\n1,2,3\n4,5\n6,"x\ny",7\n8,9,10,11\n', encoding="utf-8")
    table = read_table(path)
    # Records: row 2 good, row 3 short, row 4 good (a quoted newline is one record), row 5 long.
    assert table.records == 4
    assert table.frame["source_row"].tolist() == [2, 4]
    assert table.quarantine["source_row"].tolist() == [3, 5]
    assert table.quarantine["reason"].tolist() == [
        "record has 2 field(s), the header has 3",
        "record has 4 field(s), the header has 3",
    ]
    assert '"_extra_fields": ["11"]' in table.quarantine.loc[1, "raw"]


def test_a_file_cut_off_inside_its_last_record_is_said_to_be_cut_short(tmp_path):
    # a download that stopped after "3,Quetta,": rows 2 and 3 whole, row 4 has 2 of 3 fields
    path = tmp_path / "cut.csv"
    path.write_text("id,place,deaths\n1,Kech,2\n2,Gwadar,5\n3,Quetta", encoding="utf-8")
    table = read_table(path)
    assert table.frame["id"].tolist() == ["1", "2"]
    assert table.quarantine["source_row"].tolist() == [4]
    assert table.warnings == [
        f"{path}: the last record (row 4) is short (record has 2 field(s), the header has 3):"
        " the file may be cut short (an interrupted download or copy); it is quarantined"
    ]


def test_a_short_record_before_the_end_is_no_sign_of_a_cut_file(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("id,place,deaths\n1,Kech\n2,Gwadar,5\n", encoding="utf-8")
    table = read_table(path)
    assert table.quarantine["source_row"].tolist() == [2]
    assert table.warnings == []


@pytest.mark.parametrize("content", [b"", b"\n\n", "\ufeff".encode()])
def test_empty_file_is_a_named_error(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match="empty.csv: the file is empty"):
        read_table(path)


def test_duplicate_header_is_a_named_error(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("a,a\n1,2\n", encoding="utf-8")
    with pytest.raises(UserError, match="'a' appears twice"):
        read_table(path)


def test_xlsx_rows_keep_sheet_numbering(tmp_path):
    path = tmp_path / "events.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"id": ["A", None, "C"], "n": [1, None, 3]}).to_excel(
            writer, sheet_name="events", index=False
        )
    table = read_table(path)
    # Sheet row 3 is blank: not a record. Row 4 holds C.
    assert table.frame[["id", "n", "source_row"]].to_dict("records") == [
        {"id": "A", "n": "1", "source_row": 2},
        {"id": "C", "n": "3", "source_row": 4},
    ]
    with pytest.raises(UserError, match="no sheet named 'other'"):
        read_table(path, sheet="other")


def test_unreadable_xlsx_is_a_named_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(UserError, match="broken.xlsx: cannot read as an XLSX workbook"):
        read_table(path)


@given(st.text(alphabet=CP1252_CHARACTERS.replace("\n", ""), min_size=1))
def test_decode_roundtrips_utf8_and_falls_back_to_cp1252(text):
    # One line: a file of several lines that mixes encodings is decoded line by line
    # (tests/test_hostile.py).
    assert decode(text.encode("utf-8"), Path("x"))[0] == text.removeprefix("\ufeff")
    data = text.encode("cp1252")
    decoded, warnings = decode(data, Path("x"))
    # CP1252 bytes that happen to be valid UTF-8 (e.g. plain ASCII) are read as UTF-8.
    assert decoded == (text if warnings else data.decode("utf-8-sig"))


@given(st.lists(st.sampled_from(list("abcdefgh")), min_size=2, max_size=6, unique=True))
def test_sniffed_delimiter_splits_the_header(names):
    for delimiter in (",", ";", "\t", "|"):
        assert sniff_delimiter(delimiter.join(names)) == delimiter


def test_a_quote_not_doubled_is_named_as_the_likely_cause(tmp_path):
    # Row 2's notes were written "He said "go", now": the inner quotes were not doubled,
    # so the comma after them split the field and the record has 4 fields for 3 columns.
    path = tmp_path / "notes.csv"
    path.write_text('id,notes,x\n1,"He said "go", now",a\n2,ok,b\n', encoding="utf-8")
    table = read_table(path)
    assert table.frame["id"].tolist() == ["2"]
    (reason,) = table.quarantine["reason"]
    assert reason == (
        "record has 4 field(s), the header has 3; column notes holds a quote mark: a quote "
        'inside a quoted field must be doubled ("")'
    )
