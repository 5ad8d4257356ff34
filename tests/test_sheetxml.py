"""An XLSX sheet's XML read with expat: the cell kinds Excel and other writers use, worked
out by hand, and the same values as openpyxl's own reader for any workbook openpyxl writes."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import UserError
from analysis.sources import rawfile
from analysis.sources.rawfile import read_xlsx_chunks
from analysis.sources.sheetxml import XLSX_LIMITS, SheetStyles, cell_text, sheet_rows

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STYLES = SheetStyles(date_ids=frozenset({1, 2}), timedelta_ids=frozenset({2}))


def rows(xml: str, shared=("id", "date"), styles=STYLES) -> list:
    return list(sheet_rows(io.BytesIO(xml.encode()), list(shared), styles, "t.xlsx [s]"))


def test_every_cell_kind_as_a_csv_export_would_hold_it():
    # A prefixed namespace (as some writers emit), rows and cells without "r" (counted on
    # from the last one), an inline string in two runs with a phonetic guide left out, a
    # formula's cached text, an error, a boolean, an ISO date, a date and a duration by
    # style (serial 45516 is 12 August 2024; 0.75 of a day is 18 hours), "1E3" and "2.50".
    xml = (
        f'<x:worksheet xmlns:x="{NS}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>'
        "<x:row>"
        '<x:c r="A2" t="inlineStr"><x:is><x:r><x:t>Musa </x:t></x:r><x:r><x:t>Khel</x:t>'
        "</x:r><x:rPh><x:t>ムサ</x:t></x:rPh></x:is></x:c>"
        '<x:c t="str"><x:f>A2&amp;"!"</x:f><x:v>Musa Khel!</x:v></x:c>'
        '<x:c t="e"><x:v>#N/A</x:v></x:c>'
        '<x:c t="b"><x:v>0</x:v></x:c>'
        '<x:c t="d"><x:v>2024-08-26T00:00:00</x:v></x:c>'
        '<x:c s="1"><x:v>45516</x:v></x:c>'
        '<x:c s="2"><x:v>0.75</x:v></x:c>'
        "<x:c><x:v>1E3</x:v></x:c>"
        '<x:c r="J2"><x:v>2.50</x:v></x:c>'
        '<x:c r="K2"><x:v></x:v></x:c>'
        '<x:c r="L2" t="s"/>'
        "</x:row>"
        '<x:row r="5"><x:c r="C5" t="inlineStr"><x:is><x:t xml:space="preserve">  </x:t>'
        "</x:is></x:c></x:row>"
        "</x:sheetData></x:worksheet>"
    )
    assert rows(xml) == [
        (1, {1: "id", 2: "date"}),
        (
            2,
            {
                1: "Musa Khel",
                2: "Musa Khel!",
                3: "#N/A",
                4: "False",
                5: "2024-08-26 00:00:00",
                6: "2024-08-12 00:00:00",
                7: "18:00:00",
                8: "1000",
                10: "2.5",
            },
        ),
        (5, {}),  # only blanks: a blank row
    ]


def test_a_1904_workbook_counts_its_serials_from_1904():
    # Serial 0 in the 1904 system is 1 January 1904; 44054 days later is 12 August 2024.
    styles = SheetStyles(frozenset({1}), frozenset(), dt.datetime(1904, 1, 1))
    xml = f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" s="1"><v>44054</v></c>'
    assert rows(xml + "</row></sheetData></worksheet>", styles=styles) == [
        (1, {1: "2024-08-12 00:00:00"})
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('<row r="1"><c r="1A"><v>1</v></c></row>', "bad cell reference '1A'"),
        ('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', "row 1: no shared string 7"),
        ('<row r="1"><c r="A1"><v>twelve</v></c></row>', "row 1: 'twelve' is not a number"),
        ('<row r="1048577"><c r="A1"><v>1</v></c></row>', "row 1,048,577 is past the limit"),
        ('<row r="2"><c r="ALN2"><v>1</v></c></row>', "cell ALN2 holds a value past the limit"),
        ('<row r="1"><c r="A1"><v>1</v></row>', "cannot read the sheet (mismatched tag"),
    ],
)
def test_what_cannot_be_read_is_one_error_naming_the_sheet(body, message):
    with pytest.raises(UserError) as error:
        rows(f'<worksheet xmlns="{NS}"><sheetData>{body}</sheetData></worksheet>')
    assert str(error.value).startswith("t.xlsx [s]: ") and message in str(error.value)


def test_a_giant_cell_is_refused_before_it_is_held():
    # 10 MB of text in one cell: refused after at most one read block past the limit.
    head = f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>'
    seen = []

    class Stream(io.RawIOBase):
        sent = 0

        def read(self, size=-1):
            if self.sent == 0:
                self.sent += 1
                return head.encode()
            self.sent += 1
            seen.append(self.sent)
            return b"x" * size

    with pytest.raises(UserError, match="row 1, column 2: the cell holds more than 32,767"):
        list(sheet_rows(Stream(), [], STYLES, "t.xlsx [s]"))
    assert len(seen) <= 3 + XLSX_LIMITS["cell characters"] // 65536


CELL = st.one_of(
    st.none(),
    st.text(
        st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
        max_size=12,
    ),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.dates(dt.date(1900, 3, 1), dt.date(2099, 12, 31)),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=6))
def test_any_workbook_openpyxl_writes_reads_as_openpyxl_reads_it(tmp_path, records):
    path = tmp_path / "any.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["a", "b", "c"])
    for record in records:
        sheet.append(record)
    book.save(path)
    expected = reference_rows(path)
    tables = list(read_xlsx_chunks(path))
    got = [
        {k: v for k, v in row.items() if v}
        for table in tables
        for row in table.frame.drop(columns="source_row").to_dict("records")
    ]
    assert got == [row for row in expected if row]


def reference_rows(path: Path) -> list[dict[str, str]]:
    """The records as openpyxl's own read-only reader gives them, as text."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    values = list(book.active.iter_rows(values_only=True))
    book.close()
    header = [cell_text(v) for v in values[0]]
    return [
        {name: cell_text(v) for name, v in zip(header, row, strict=False) if cell_text(v)}
        for row in values[1:]
    ]


def test_a_part_ends_at_its_share_of_text_as_well_as_at_its_records(tmp_path, monkeypatch):
    # Ten records of 100 characters and an id of 1 or 2 characters (101–102 each): with
    # parts of 250 characters a part ends after the record that reaches 250, the third.
    path = tmp_path / "long.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["id", "note"])
    for number in range(1, 11):
        book.active.append([number, "x" * 100])
    book.save(path)
    monkeypatch.setattr(rawfile, "PART_CHARACTERS", 250)
    parts = list(read_xlsx_chunks(path, records=1_000))
    assert [part.records for part in parts] == [3, 3, 3, 1]
    rows = [row for part in parts for row in part.frame["source_row"]]
    assert rows == list(range(2, 12))
