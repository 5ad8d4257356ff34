"""ACLED CSVs are parsed chunk by chunk (memory stays flat at 2.5 million rows); the result
must be exactly what parsing the whole file gives."""

from __future__ import annotations

import pandas as pd
import pytest
from factories import acled_table

from analysis.sources import acled, rawfile, read_source
from analysis.sources.rawfile import read_table


def whole(path):
    return acled.read(read_table(path))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(rawfile, "ARROW_BLOCK_BYTES", 4096)
    monkeypatch.setattr(rawfile, "STREAM_RECORDS", 50)


def assert_same(streamed, expected):
    for name in ("events", "casualties", "quarantine"):
        a = getattr(streamed, name).reset_index(drop=True)
        b = getattr(expected, name).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b, check_dtype=True)
    assert streamed.records == expected.records
    assert streamed.warnings == expected.warnings


def test_streamed_equals_whole_file(tmp_path, small_chunks):
    table = acled_table(700, "PAK")
    table.loc[5, "fatalities"] = "-3"  # quarantined
    table.loc[333, "event_date"] = "32 August 2024"  # quarantined
    table.loc[400, "event_type"] = "Battle-No change of territory"  # crosswalk
    table.loc[401, "notes"] = "BLA claimed responsibility"
    path = tmp_path / "acled.csv"
    table.to_csv(path, index=False)
    assert rawfile.stream_header(path) is not None
    chunks = list(rawfile.read_chunks(path, rawfile.stream_header(path)))
    assert len(chunks) > 3 and sum(c.records for c in chunks) == 700
    assert chunks[1].frame["source_row"].iloc[0] == chunks[0].records + 2
    streamed = read_source(path)
    assert_same(streamed, whole(path))
    assert streamed.quarantined_rows == 2 and streamed.accounted()


def test_files_the_stream_does_not_take_are_read_whole(tmp_path, small_chunks):
    table = acled_table(120, "PAK")
    ragged = tmp_path / "ragged.csv"
    text = table.to_csv(index=False).splitlines()
    text[60] += ",extra"
    ragged.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(rawfile.RaggedRecord):  # found as the records are parsed
        list(rawfile.read_chunks(ragged, rawfile.stream_header(ragged)))
    parsed = read_source(ragged)
    assert parsed.quarantined_rows == 1 and parsed.accounted()
    assert parsed.quarantine["source_row"].tolist() == [61]
    latin = tmp_path / "latin.csv"
    table.loc[3, "location"] = "Kalât"
    latin.write_bytes(table.to_csv(index=False).encode("cp1252"))
    with pytest.raises(rawfile.NotStreamable, match="UTF"):
        list(rawfile.read_chunks(latin, rawfile.stream_header(latin)))
    assert read_source(latin).warnings == [
        f"{latin}: not valid UTF-8; read as CP1252 (Windows Latin-1)"
    ]
    semicolon = tmp_path / "semicolon.csv"
    table.to_csv(semicolon, index=False, sep=";")
    assert rawfile.stream_header(semicolon) is None


@pytest.mark.parametrize("problem", ["ragged", "cp1252"])
def test_a_late_record_the_stream_cannot_take_restarts_the_ingest_reading_whole(
    tmp_path, small_chunks, store_path, problem
):
    """A bad record after parts were written: the ingest is undone and done again with the
    file read whole, so the store ends exactly as reading it whole from the start gives."""
    from analysis.store import EventStore, ingest_files

    table = acled_table(400, "PAK")
    other = tmp_path / "other.csv"
    acled_table(30, "AFG").to_csv(other, index=False)
    path = tmp_path / "late.csv"
    if problem == "ragged":
        lines = table.to_csv(index=False).splitlines()
        lines[350] += ",extra"  # row 351
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        table.loc[349, "location"] = "Kalât"  # row 351, in CP1252
        path.write_bytes(table.to_csv(index=False).encode("cp1252"))
    parts = rawfile.read_chunks(path, rawfile.stream_header(path))
    assert next(parts).records == 50  # the first parts stream …
    with pytest.raises(rawfile.NotStreamable):
        list(parts)  # … until the bad record
    whole_store = tmp_path / "whole.duckdb"
    rawfile.STREAM_RECORDS = 10**9
    expected = ingest_files(whole_store, [other, path])
    rawfile.STREAM_RECORDS = 50
    reports = ingest_files(store_path, [other, path])
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in expected]
    assert (reports[1].rows_read, reports[1].quarantined) == (
        (400, 1) if problem == "ragged" else (400, 0)
    )
    assert reports[1].warnings == (
        []
        if problem == "ragged"
        else [f"{path}: not valid UTF-8; read as CP1252 (Windows Latin-1)"]
    )
    query = "SELECT * EXCLUDE (ingest_batch) FROM events ORDER BY event_id"
    with EventStore(store_path) as a, EventStore(whole_store) as b:
        assert a.con.execute(query).df().equals(b.con.execute(query).df())
        assert a.summary()["ingests"] == 1 and a.summary()["events"] == 430 - (problem == "ragged")


def test_ingest_in_parts_counts_repeats_across_parts(tmp_path, small_chunks, store_path):
    """An id repeated in a later chunk: identical → unchanged, different → quarantined."""
    from analysis.store import EventStore, ingest_files

    table = acled_table(300, "PAK")
    table = pd.concat([table, table.iloc[[10]], table.iloc[[20]].assign(fatalities="99")])
    path = tmp_path / "acled.csv"
    table.to_csv(path, index=False)
    chunks = list(rawfile.read_chunks(path, rawfile.stream_header(path)))
    assert len(chunks) > 2
    (report,) = ingest_files(store_path, [path])
    assert report.rows_read == 302 and report.stored == 300
    assert report.unchanged == 1 and report.quarantined == 1 and report.balanced()
    # ACLED's total: the 300 events, the identical repeat once, the differing repeat's 99 too
    own = int(table["fatalities"].iloc[:300].astype(int).sum())
    assert (report.fatalities_read, report.fatalities_stored) == (own + 99, own)
    assert report.source == "acled" and report.file == str(path)
    with EventStore(store_path, read_only=True) as store:
        assert store.summary()["events"] == 300
        reasons = store.quarantine()["reason"].tolist()
    assert reasons == ["event id repeated in this file with different content (first at row 22)"]
    whole = tmp_path / "whole.duckdb"
    rawfile.STREAM_RECORDS = 10**9  # the same file in one part gives the same counts
    (one,) = ingest_files(whole, [path])
    assert one.to_dict() == report.to_dict()


def test_the_first_part_decides_the_date_style_for_all(tmp_path, small_chunks):
    """dd/mm/yyyy, decided on the first part, holds in every later part: a month-first date
    there is not read as one."""
    table = acled_table(200, "PAK")
    days = pd.to_datetime(table["event_date"], format="%d %B %Y")
    table["event_date"] = days.dt.strftime("%d/%m/%Y")
    table.loc[150, "event_date"] = "08/25/2024"  # month-first: no date in a day-first file
    table.columns = [c.upper() for c in table.columns]  # and headers in capitals
    path = tmp_path / "dmy.csv"
    table.to_csv(path, index=False)
    assert len(list(rawfile.read_chunks(path, rawfile.stream_header(path)))) > 2
    parsed = read_source(path)
    assert parsed.quarantine[["source_row", "column"]].values.tolist() == [[152, "event_date"]]
    dates = parsed.events.set_index("source_row")["date_start"]
    assert (dates.dt.strftime("%d/%m/%Y") == table.drop(index=150)["EVENT_DATE"].to_numpy()).all()
