"""The JSON of ACLED's and UCDP's APIs (and a saved list of records) read as the same raw
table a CSV makes, record by record: the same events as the CSV download, bad JSON in one
line, odd records quarantined, memory bounded by a record."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sources import jsonfile
from analysis.sources.jsonfile import read_json_chunks
from analysis.sources.rawfile import join_chunks
from conftest import FIXTURES

LAYOUTS = FIXTURES / "layouts"


@pytest.mark.parametrize(
    ("api", "download", "events"),
    [("acled_api.json", "acled_current_labels.csv", 3), ("ged_api.json", "ged191.csv", 4)],
)
def test_an_api_answer_holds_the_same_events_as_the_download(
    cli, store_path, api, download, events
):
    # ged_api.json: ged191.csv's four events as the GED API answers (numbers as numbers,
    # active_year true, dates 2018-03-01T00:00:00); acled_api.json: the three of
    # acled_current_labels.csv as ACLED's API answers (every value a string)
    first = cli.json("ingest", LAYOUTS / api, "--store", store_path, "--no-clean")
    assert first["stored"] == events
    again = cli.json("ingest", LAYOUTS / download, "--store", store_path, "--no-clean")
    assert (again["unchanged"], again["replaced"], again["stored"]) == (events, 0, 0)


def test_a_saved_list_of_records_is_read_as_an_api_answer(cli, store_path, tmp_path):
    answer = json.loads((LAYOUTS / "acled_api.json").read_text(encoding="utf-8"))
    saved = tmp_path / "acled_saved.json"
    saved.write_text(json.dumps(answer["data"], indent=2), encoding="utf-8")
    report = cli.json("ingest", saved, "--store", store_path, "--no-clean")
    assert (report["stored"], report["files"][0]["fatalities_read"]) == (3, 12)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '{"count": 2, "data": [{"id": "A1", "n": 3}, {"id": "A2", "n": }]}',
            "not valid JSON at record 2 (row 3): Expecting value",
        ),
        ('{"status": 200, "messages": []}', "a JSON object without a list of records"),
        ("id,n\nA1,3\n", "not a JSON list of records (it starts with 'i')"),
        ("[]", "the JSON list holds no records"),
    ],
)
def test_json_that_is_no_list_of_records_is_one_line_and_exit_2(cli, tmp_path, text, said):
    path = tmp_path / "answer.json"
    path.write_text(text, encoding="utf-8")
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"error: {path}: ") and said in line


def test_json_that_is_not_utf8_is_one_line_naming_the_byte(cli, tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'[{"id": "A1", "notes": "caf\xe9"}]')  # Latin-1 é: byte 27
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {path}: not UTF-8 at byte 27 (JSON is UTF-8: save the answer as the API sent it)"
    )


def test_a_record_longer_than_the_limit_is_refused_whatever_the_file(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(jsonfile, "RECORD_CHARS", 1000)
    monkeypatch.setattr(jsonfile, "BLOCK_CHARS", 64)
    path = tmp_path / "huge.json"
    path.write_text('[{"id": "A1", "notes": "' + "x" * 5000 + '"}]', encoding="utf-8")
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {path}: at record 1 (row 2) is longer than 1,000 characters"
    )


def test_a_record_nested_beyond_python_s_recursion_is_one_line(cli, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('[{"id": "A1", "v": ' + "[" * 200_000 + "]" * 200_000 + "}]")
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {path}: at record 1 (row 2) is nested too deeply"


def test_odd_records_are_quarantined_with_their_text(tmp_path):
    path = tmp_path / "odd.json"
    records = [{"id": "A1", "n": 3}, 7, {"id": "A3", "n": 1, "extra": "x"}, {"id": "A4"}]
    path.write_text(json.dumps({"Result": records}), encoding="utf-8")
    (table,) = read_json_chunks(path)
    assert table.frame.to_dict("records") == [
        {"id": "A1", "n": "3", "source_row": 2},
        {"id": "A4", "n": "", "source_row": 5},
    ]
    assert table.quarantine[["source_row", "reason", "raw"]].to_dict("records") == [
        {"source_row": 3, "reason": "not a record: a JSON number", "raw": "7"},
        {
            "source_row": 4,
            "reason": "record has a key the first record lacks: extra",
            "raw": '{"id": "A3", "n": 1, "extra": "x"}',
        },
    ]
    assert table.records == 4


VALUES = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
RECORDS = st.lists(st.fixed_dictionaries({"id": st.text(max_size=6), "v": VALUES}), min_size=1)


@settings(max_examples=60, deadline=None)
@given(records=RECORDS, block=st.integers(1, 40), part=st.integers(1, 5), wrapped=st.booleans())
def test_any_records_read_in_any_blocks_and_parts_are_their_values(
    tmp_path_factory, records, block, part, wrapped
):
    path = tmp_path_factory.mktemp("j") / "r.json"
    document = {"TotalCount": len(records), "Result": records} if wrapped else records
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    jsonfile.BLOCK_CHARS, kept = block, jsonfile.BLOCK_CHARS
    try:
        table = join_chunks(path, list(read_json_chunks(path, records=part)))
    finally:
        jsonfile.BLOCK_CHARS = kept
    expected = [
        {"id": r["id"], "v": jsonfile._text(r["v"]), "source_row": n}
        for n, r in enumerate(records, start=2)
    ]
    assert table.frame.to_dict("records") == expected
    assert table.records == len(records) and table.quarantine.empty
