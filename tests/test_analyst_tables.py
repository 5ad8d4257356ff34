"""Analysts' own tables (the generic format) as analysts write them: figures naming several
victim groups, the usual words for the groups, dates in words and numbers, and what a table
without a sub-event type becomes. Every expected figure is worked out by hand from the small
table written in each test."""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from analysis.casualty_phrases import Count, group_figures, victim_group
from analysis.store import EventStore
from conftest import SAMPLE, balanced

HEADER = "id,date,fatalities,group\n"


def table(tmp_path, rows: list[str], defaults: dict | None = None, **events: object):
    """An analyst's table (``rows`` as CSV lines under :data:`HEADER`) and its mapping."""
    data = tmp_path / "mine.csv"
    data.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    columns = {"source_event_id": "id", "date_start": "date", "fatalities": "fatalities"}
    columns["victim_group"] = "group"
    given_defaults = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    mapping = {
        "source": "mine",
        "events": {"columns": columns, "defaults": given_defaults if defaults is None else defaults}
        | events,
    }
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(mapping), encoding="utf-8")
    return data, path


def ingest(cli, store_path, data, mapping):
    return cli.json("ingest", data, "--mapping", mapping, "--store", store_path, "--no-clean")


def figures(store_path) -> list[tuple[str, str, int, int, int]]:
    with EventStore(store_path, read_only=True) as store:
        rows = store.casualties().sort_values(["event_id", "victim_group"])
    return [
        (r.event_id, r.victim_group, int(r.low), int(r.best), int(r.high))
        for r in rows.itertuples()
    ]


def reasons(cli, store_path) -> set[tuple[int, str, str]]:
    listed = cli.json("quarantine", "--store", store_path)["quarantine"]
    return {(r["source_row"], r["column"], r["reason"]) for r in listed}


def test_a_figure_naming_several_victim_groups_is_one_figure_per_group(cli, tmp_path, store_path):
    rows = [
        "A,2024-09-07,3 soldiers and 5 civilians,",
        'B,2024-09-07,"at least 2 policemen, about 4 villagers and 1 gunman",',
        "C,2024-09-07,12,civilians",
    ]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (3, 0)
    # A: 3 + 5 = 8; B: 2 + 4 + 1 = 7; C: 12 → 27 in all
    assert report["files"][0]["fatalities_stored"] == 27
    assert figures(store_path) == [
        ("mine:A", "civilians", 5, 5, 5),
        ("mine:A", "security_forces", 3, 3, 3),
        ("mine:B", "civilians", 4, 4, 4),
        ("mine:B", "militants", 1, 1, 1),
        ("mine:B", "security_forces", 2, 2, 2),
        ("mine:C", "civilians", 12, 12, 12),
    ]


def test_a_figure_that_cannot_be_split_by_group_is_quarantined(cli, tmp_path, store_path):
    rows = [
        "A,2024-09-07,3 soldiers and 5,",  # 5 of no group
        "B,2024-09-07,3 soldiers killed and 5 civilians injured,",  # the injured are no deaths
        "C,2024-09-07,3 soldiers and 5 civilians,militants",  # the column says otherwise
        "D,2024-09-07,3 killed and 4 injured,civilians",  # no group in it: the first figure
    ]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (1, 3)
    assert figures(store_path) == [("mine:D", "civilians", 3, 3, 3)]
    found = reasons(cli, store_path)
    assert {(row, column) for row, column, _ in found} == {
        (2, "fatalities"),
        (3, "fatalities"),
        (4, "victim_group"),
    }
    assert any("victim_group says militants" in reason for _, _, reason in found)


def test_usual_words_for_the_victim_groups_are_read(cli, tmp_path, store_path):
    words = ["Civilian", "Civilians", "soldiers", "police", "security forces", "Security_Forces"]
    words += ["Militants", "UNKNOWN", "journalists", "vehicles"]
    rows = [f"E{i},2024-09-07,{i + 1},{word}" for i, word in enumerate(words)]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (9, 1)
    with EventStore(store_path, read_only=True) as store:
        sums = store.casualties().groupby("victim_group")["best"].sum().to_dict()
    # civilians 1 + 2 + 9 ("journalists", a word of the table); security forces 3 + 4 + 5 + 6;
    # militants 7; unknown 8; "vehicles" (10, row 11) is no group's word
    assert sums == {"civilians": 12, "security_forces": 18, "militants": 7, "unknown": 8}
    ((row, column, reason),) = reasons(cli, store_path)
    assert (row, column) == (11, "victim_group") and "values:" in reason


@given(
    st.lists(
        st.tuples(st.integers(0, 10_000), st.sampled_from(["soldiers", "civilians", "militants"])),
        min_size=2,
        max_size=4,
    )
)
def test_every_group_named_keeps_its_own_figure(parts):
    text = " and ".join(f"{n} {word}" for n, word in parts)
    expected = [(victim_group(word), Count(n, n, n, "exact")) for n, word in parts]
    assert group_figures(text) == expected


@pytest.mark.parametrize("text", ["12-15", "at least 23 civilians", "dozens", "3 killed, 4 hurt"])
def test_one_figure_is_not_split(text):
    assert group_figures(text) == []


def stored_days(store_path) -> dict[str, str]:
    with EventStore(store_path, read_only=True) as store:
        events = store.events()
    days = events["date_start"].dt.strftime("%Y-%m-%d")
    return dict(zip(events["source_event_id"], days, strict=True))


def test_numeric_dates_that_could_be_either_way_are_quarantined(cli, tmp_path, store_path):
    # 04/09/2024 is 4 September or 9 April: nothing in the table says which
    rows = ["A,04/09/2024,4,civilians", "B,05/09/2024,5,civilians", "C,2024-09-05,3,civilians"]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (1, 2)
    assert stored_days(store_path) == {"C": "2024-09-05"}
    assert report["files"][0]["date_order"]["order"] == "ambiguous"
    assert any("not read: day/month order ambiguous" in w for w in report["warnings"])
    assert {(row, column) for row, column, _ in reasons(cli, store_path)} == {
        (2, "date_start"),
        (3, "date_start"),
    }


def test_one_date_that_can_only_be_read_one_way_decides_the_order(cli, tmp_path, store_path):
    # 04/13/2024 can only be 13 April: so 04/09/2024 is 9 April (a US analyst's table)
    rows = ["A,04/09/2024,4,civilians", "B,04/13/2024,5,civilians", "C,6 Sept 2024,3,civilians"]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (3, 0)
    assert stored_days(store_path) == {"A": "2024-04-09", "B": "2024-04-13", "C": "2024-09-06"}
    assert report["files"][0]["date_order"]["order"] == "month first"
    assert any("values read month first" in w and "'04/13/2024'" in w for w in report["warnings"])


def test_the_mappings_date_format_decides_the_order(cli, tmp_path, store_path):
    rows = ["A,04/09/2024,4,civilians", "B,05/09/2024,5,civilians"]
    report = ingest(cli, store_path, *table(tmp_path, rows, date_format="%d/%m/%Y"))
    assert (report["stored"], report["quarantined"]) == (2, 0)
    assert stored_days(store_path) == {"A": "2024-09-04", "B": "2024-09-05"}
    assert report["files"][0]["date_order"] is None


def test_english_month_words_are_read(cli, tmp_path, store_path):
    days = ["6 Sept 2024", '"Sep 5, 2024"', '"Sept. 7, 2024"', '"September 8, 2024"']
    days += ["9 Sep 2024", "10-Sep-2024", "Sep 31 2024"]  # no 31 September
    rows = [f"E{i},{day},1,civilians" for i, day in enumerate(days)]
    report = ingest(cli, store_path, *table(tmp_path, rows))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (6, 1)
    assert stored_days(store_path) == {
        "E0": "2024-09-06",
        "E1": "2024-09-05",
        "E2": "2024-09-07",
        "E3": "2024-09-08",
        "E4": "2024-09-09",
        "E5": "2024-09-10",
    }


def test_a_ucdp_files_numeric_dates_follow_the_same_rule(tmp_path):
    # a spreadsheet's re-save of a UCDP file: 8/30/2024 can only be 30 August, so 9/1/2024
    # is 1 September; in the second file 9/1/2024 and 9/2/2024 could be either: not read
    import pandas as pd

    from analysis.sources import read_source
    from analysis.sources.ucdp import REQUIRED

    def ucdp_file(name, days):
        rows = [dict.fromkeys(REQUIRED, "0") for _ in days]
        for i, (row, day) in enumerate(zip(rows, days, strict=True)):
            row.update(id=str(i + 1), type_of_violence="3", side_a="IS", side_b="Civilians")
            row.update(date_start=day, date_end=day, country="Iraq")
        path = tmp_path / name
        pd.DataFrame(rows).to_csv(path, index=False)
        return read_source(path)

    decided = ucdp_file("us.csv", ["8/30/2024", "9/1/2024", "2024-09-02"])
    assert decided.events["date_start"].dt.strftime("%m-%d").tolist() == ["08-30", "09-01", "09-02"]
    assert decided.date_order["order"] == "month first"
    either = ucdp_file("either.csv", ["9/1/2024", "9/2/2024", "2024-09-03"])
    assert either.events["source_event_id"].tolist() == ["3"]
    assert either.date_order["order"] == "ambiguous"
    assert any("not read: day/month order ambiguous" in w for w in either.warnings)


def test_a_table_without_a_sub_event_type_is_stored_with_unknown(cli, tmp_path, store_path):
    rows = ["A,2024-09-07,3,civilians", "B,2024-09-08,4,civilians"]
    report = ingest(cli, store_path, *table(tmp_path, rows, {"event_type": "Battles"}))
    assert balanced(report) and (report["stored"], report["quarantined"]) == (2, 0)
    with EventStore(store_path, read_only=True) as store:
        events = store.events()
    assert set(zip(events["event_type"], events["sub_event_type"], strict=True)) == {
        ("Battles", "Unknown")
    }


def test_a_table_with_every_row_quarantined_says_so_in_one_line(cli, tmp_path, store_path):
    # no event type: each of the 3 rows is quarantined for it; row 4 (C) also for its date
    rows = ["A,2024-09-07,3,civilians", "B,2024-09-08,4,civilians", "C,soon,5,civilians"]
    data, mapping = table(tmp_path, rows, {})
    result = cli(
        "ingest", data, "--mapping", mapping, "--store", store_path, "--json", "--no-clean"
    )
    assert result.exit_code == 2
    report = json.loads(result.stdout)  # the counts are still given
    assert balanced(report) and (report["stored"], report["quarantined"]) == (0, 3)
    (said,) = [w for w in report["warnings"] if "all 3 rows quarantined" in w]
    reason = "missing: map it to a column or give it under defaults: in the mapping"
    assert said.endswith(f"nothing stored; most often: {reason} (3 rows)")
    # row 2 (A, the first under the header) is where the event type is first missing
    where = {"reason": reason, "rows": 3, "row": 2, "column": "event_type"}
    assert report["nothing_stored"] == [{"file": str(data), **where}]
    assert report["files"][0]["nothing_stored"] == where
    created, line = result.stderr.strip().splitlines()  # the store is new, and kept
    assert created == f"created a new store at {store_path}"
    assert line == (
        f"error: {data}: nothing stored, all 3 rows quarantined; most often (3 rows, the "
        f"first row 2, column event_type): {reason}"
    )
    kept = ingest(cli, tmp_path / "other.duckdb", *table(tmp_path, rows))
    assert not any("rows quarantined" in w for w in kept["warnings"])
    assert kept["nothing_stored"] == [] and kept["files"][0]["nothing_stored"] is None


def test_a_us_resaved_file_that_stores_nothing_exits_2_and_the_others_are_kept(
    cli, tmp_path, store_path
):
    # every date of us.csv reads as m/d or d/m alike: its 3 rows are quarantined, the first
    # on row 2; good.csv (an ISO date) is stored by the same command all the same
    rows = ["A,04/09/2024,4,civilians", "B,05/09/2024,5,civilians", "C,06/10/2024,2,soldiers"]
    us, mapping = table(tmp_path, rows)
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "G,2024-09-05,3,civilians\n", encoding="utf-8")
    result = cli("ingest", us, good, "--mapping", mapping, "--store", store_path, "--no-clean")
    assert result.exit_code == 2
    assert "good.csv" in result.stdout and "See them with" in result.stdout  # counts printed
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert line.startswith(
        f"error: {us}: nothing stored, all 3 rows quarantined; most often (3 rows, the first "
        "row 2, column date_start): day/month order ambiguous"
    )
    assert stored_days(store_path) == {"G": "2024-09-05"}
    # a header-only file stores nothing and quarantines nothing: no error
    empty = tmp_path / "empty.csv"
    empty.write_text(HEADER, encoding="utf-8")
    quiet = cli(
        "ingest", empty, "--mapping", mapping, "--store", store_path, "--json", "--no-clean"
    )
    assert quiet.exit_code == 0, quiet.output
    assert json.loads(quiet.stdout)["nothing_stored"] == []


def workbook(tmp_path, sheets: dict[str, list[list[object]]]):
    """An XLSX file with the sheets in the order given."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "institute.xlsx"
    book.save(path)
    return path


def test_the_mappings_sheet_names_the_events_sheet_of_a_workbook(cli, tmp_path, store_path):
    # the events are on the second sheet; the first is a notes sheet with other columns
    data = workbook(
        tmp_path,
        {
            "Notes": [["Ref", "Comment"], ["x", "read me first"]],
            "Events": [["id", "date", "fatalities", "group"], ["A", "2024-09-07", 3, "civilians"]],
        },
    )
    _, mapping = table(tmp_path, [], sheet="Events")
    report = ingest(cli, store_path, data, mapping)
    assert balanced(report) and (report["rows_read"], report["stored"]) == (1, 1)
    assert figures(store_path) == [("mine:A", "civilians", 3, 3, 3)]
    # --sheet overrides the mapping: the notes sheet has no 'date' column
    wrong = cli(
        "ingest", data, "--mapping", mapping, "--store", tmp_path / "b.duckdb", "--sheet", "Notes"
    )
    assert wrong.exit_code == 2 and "column 'date'" in wrong.output


def test_a_mapping_cannot_name_the_events_file(cli, tmp_path, store_path):
    data, mapping = table(tmp_path, ["A,2024-09-07,3,civilians"], file="other.csv")
    result = cli("ingest", data, "--mapping", mapping, "--store", store_path, "--no-clean")
    assert result.exit_code == 2
    assert "events.file is not used" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le"])
def test_a_ragged_row_in_a_file_not_in_utf8_is_quarantined_without_a_traceback(
    cli, tmp_path, store_path, monkeypatch, encoding
):
    # Row 3 is short (3 fields) and row 4 long (6), both with text that is not ASCII; the
    # header has 5. Rows 2 and 5 are stored: 3 + 5 = 8 deaths.
    data = tmp_path / "desk.csv"
    rows = [
        "id,date,fatalities,group,place",
        "A,2024-09-07,3,civilians,Zhöb",
        "B,2024-09-08,2 – Quetta",
        "C,2024-09-09,4,civilians,Kalât,café",
        "D,2024-09-10,5,militants,Turbat",
    ]
    data.write_bytes("\r\n".join(rows).encode(encoding) + "\r\n".encode(encoding))
    _, mapping = table(tmp_path, [])
    unraisable: list[object] = []  # what an error inside a callback would print to stderr
    monkeypatch.setattr("sys.unraisablehook", unraisable.append)
    report = ingest(cli, store_path, data, mapping)
    assert unraisable == []
    assert balanced(report) and (report["rows_read"], report["stored"]) == (4, 2)
    assert reasons(cli, store_path) == {
        (3, "", "record has 3 field(s), the header has 5"),
        (4, "", "record has 6 field(s), the header has 5"),
    }
    assert figures(store_path) == [
        ("mine:A", "civilians", 3, 3, 3),
        ("mine:D", "militants", 5, 5, 5),
    ]


def test_columns_the_mapping_leaves_out_are_named_in_one_warning(cli, tmp_path, store_path):
    # a desk's sheet: id, date, figure and group mapped; its URL, injured and check columns not
    data = tmp_path / "desk.csv"
    data.write_text(
        "id,Source,date,fatalities,Injured,group,Verified?\n"
        "A,https://example.org/a,2024-09-07,3,5,civilians,Y\n",
        encoding="utf-8",
    )
    _, mapping = table(tmp_path, [])
    report = ingest(cli, store_path, data, mapping)
    assert report["files"][0]["unmapped_columns"] == ["Source", "Injured", "Verified?"]
    assert report["files"][0]["warnings"] == [
        f"{data}: 3 column(s) not in the mapping, so not stored: 'Source', 'Injured', 'Verified?'"
    ]
    assert figures(store_path) == [("mine:A", "civilians", 3, 3, 3)]
    # a table whose every column is mapped says nothing; a source's own layout has no list
    full, mapping = table(tmp_path, ["B,2024-09-08,2,militants"])
    report = ingest(cli, tmp_path / "b.duckdb", full, mapping)
    assert report["files"][0]["unmapped_columns"] == [] and report["files"][0]["warnings"] == []
    acled = cli.json(
        "ingest",
        SAMPLE / "acled_pakistan_sample.csv",
        "--store",
        tmp_path / "c.duckdb",
        "--no-clean",
    )
    assert acled["files"][0]["unmapped_columns"] is None


def test_columns_a_mapping_leaves_out_on_purpose_are_not_warned_of(cli, tmp_path, store_path):
    data = tmp_path / "desk.csv"
    data.write_text(
        "id,Source,date,fatalities,Injured,group,Verified?\n"
        "A,https://example.org/a,2024-09-07,3,5,civilians,Y\n",
        encoding="utf-8",
    )
    _, mapping = table(tmp_path, [], not_stored=["Injured", "Verified?"])
    report = ingest(cli, store_path, data, mapping)
    assert report["files"][0]["unmapped_columns"] == ["Source"]
    assert report["files"][0]["warnings"] == [
        f"{data}: 1 column(s) not in the mapping, so not stored: 'Source'"
    ]
    assert figures(store_path) == [("mine:A", "civilians", 3, 3, 3)]
    _, mapping = table(tmp_path, [], not_stored="Injured")
    refused = cli(
        "ingest", data, "--mapping", mapping, "--store", tmp_path / "b.duckdb", "--no-clean"
    )
    assert refused.exit_code == 2
    assert "events: not_stored must be a list of the file's column names, not 'Injured'" in (
        refused.output
    )
