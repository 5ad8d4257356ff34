"""Tables inside archives: UCDP's GED as it is downloaded (a ZIP holding the CSV), a
gzip-compressed table; each table named ``<archive> [<member>]`` wherever a file is named;
damaged, encrypted, oversized and hostile archives refused in one line.

The archives are made here from the layout fixtures, whose totals are worked out by hand in
tests/fixtures/layouts/README.md (``ged191.csv``: 4 events, UCDP's best total 29:
civilians 7, militants 6, security forces 4, unknown 12; ``ged_pre5.csv``: 2 events, 8).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from analysis.errors import UserError
from analysis.sources import archives
from analysis.store import EventStore, ingest_files, prepare_store
from analysis.tempfolders import TEMP_PREFIX
from conftest import FIXTURES, balanced, one_line_error

LAYOUTS = FIXTURES / "layouts"
GED = (LAYOUTS / "ged191.csv").read_bytes()
GED_GROUPS = {"civilians": 7, "militants": 6, "security_forces": 4, "unknown": 12}


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def best_by_group(store: Path) -> dict[str, int]:
    with EventStore(store, read_only=True) as db:
        figures = db.casualties()
    sums = figures.groupby("victim_group")["best"].sum()
    return {group: int(best) for group, best in sums.items() if best}


def leftovers(folder: Path) -> list[Path]:
    return list(folder.glob(f"{TEMP_PREFIX}*"))


def test_ucdp_zip_as_downloaded_holds_the_csv_totals(cli, tmp_path):
    archive = make_zip(tmp_path / "ged191-csv.zip", {"GEDEvent_v19_1.csv": GED})
    store = tmp_path / "events.duckdb"
    report = cli.json("ingest", archive, "--store", store, "--no-clean")
    (file,) = report["files"]
    assert file["file"] == f"{archive} [GEDEvent_v19_1.csv]"
    assert (report["rows_read"], report["stored"], report["repaired"]) == (4, 4, 2)
    assert file["fatalities_read"] == file["fatalities_stored"] == 29 and balanced(report)
    assert best_by_group(store) == GED_GROUPS
    # the CSV itself after the ZIP: the same events, every one unchanged
    again = cli.json("ingest", LAYOUTS / "ged191.csv", "--store", store, "--no-clean")
    assert (again["unchanged"], again["stored"], again["replaced"]) == (4, 0, 0)
    with EventStore(store, read_only=True) as db:
        logged = db.con.execute(
            "SELECT source_file, file_sha256 FROM ingest_log ORDER BY started_at"
        ).fetchall()
    digest = hashlib.sha256(GED).hexdigest()  # the member's bytes, as the CSV's
    assert logged == [(file["file"], digest), (str(LAYOUTS / "ged191.csv"), digest)]
    assert leftovers(tmp_path) == []  # the unpacked table is gone


def test_tables_in_name_order_other_members_skipped(cli, tmp_path):
    archive = make_zip(
        tmp_path / "ucdp.zip",
        {
            "ucdp/b_GEDEvent_v19_1.csv": GED,
            "ucdp/": b"",
            "ucdp/Codebook.pdf": b"%PDF-1.4",
            "__MACOSX/ucdp/._b_GEDEvent_v19_1.csv": b"\x00\x05\x16\x07",
            "ucdp/a_ged_pre5.csv": (LAYOUTS / "ged_pre5.csv").read_bytes(),
        },
    )
    store = tmp_path / "events.duckdb"
    report = cli.json("ingest", archive, "--store", store, "--no-clean")
    assert [f["file"] for f in report["files"]] == [
        f"{archive} [ucdp/a_ged_pre5.csv]",
        f"{archive} [ucdp/b_GEDEvent_v19_1.csv]",
    ]
    assert [f["fatalities_stored"] for f in report["files"]] == [8, 29]
    assert report["stored"] == 6 and balanced(report)
    assert (
        f"{archive}: skipped 1 member(s) that are not tables: ucdp/Codebook.pdf"
        in (report["warnings"])
    )


def test_a_member_names_its_quarantined_rows_and_shows_in_tables(cli, tmp_path):
    rows = list(csv.reader(io.StringIO(GED.decode())))
    # 240103 (row 4) gets a civilian death count that is no number
    civilians = rows[0].index("deaths_civilians")
    assert (rows[3][0], rows[3][civilians]) == ("240103", "7")
    rows[3][civilians] = "seven"
    table = io.StringIO()
    csv.writer(table, lineterminator="\n").writerows(rows)
    archive = make_zip(tmp_path / "ged.zip", {"ged/GEDEvent.csv": table.getvalue().encode()})
    store = tmp_path / "events.duckdb"
    shown = cli("ingest", archive, "--store", store, "--no-clean")
    assert shown.exit_code == 0, shown.output
    assert "ged.zip [ged/GEDEvent.csv]" in shown.output  # not read as markup
    listed = cli.json("quarantine", "--store", store)
    # one record, under its two reasons: the count itself, and best (their sum) unchecked
    assert listed["records"] == 1
    assert sorted(
        (r["source_file"], r["source_row"], r["column"]) for r in listed["quarantine"]
    ) == [
        (f"{archive} [ged/GEDEvent.csv]", 4, "best"),
        (f"{archive} [ged/GEDEvent.csv]", 4, "deaths_civilians"),
    ]
    table = cli("quarantine", "--store", store)
    assert "ged.zip [ged/GEDEvent.csv]" in table.output


def test_a_gzip_compressed_table(cli, tmp_path):
    packed = tmp_path / "GEDEvent_v19_1.csv.gz"
    packed.write_bytes(gzip.compress(GED))
    store = tmp_path / "events.duckdb"
    report = cli.json("ingest", packed, "--store", store, "--no-clean")
    assert report["files"][0]["file"] == f"{packed} [GEDEvent_v19_1.csv]"
    assert report["files"][0]["fatalities_stored"] == 29 and report["stored"] == 4
    assert best_by_group(store) == GED_GROUPS
    (tmp_path / "codebook.pdf.gz").write_bytes(gzip.compress(b"%PDF"))
    one_line_error(
        cli("ingest", tmp_path / "codebook.pdf.gz", "--store", store, "--no-clean"),
        "gzip-compressed .pdf",
    )


def refusals(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Archives refused in one line, with a part of the line each must say."""
    made = {}
    made["no table"] = (
        make_zip(tmp_path / "docs.zip", {"README.txt": b"read me", "Codebook.pdf": b"%PDF"}),
        "holds no CSV, TSV, XLSX, JSON or Stata table (it holds: README.txt, Codebook.pdf)",
    )
    encrypted = make_zip(tmp_path / "locked.zip", {"GEDEvent.csv": GED})
    data = bytearray(encrypted.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + offset] |= 0x1  # how a password-protected member is marked
    encrypted.write_bytes(bytes(data))
    made["encrypted"] = (encrypted, "locked.zip [GEDEvent.csv]: encrypted")
    damaged = make_zip(tmp_path / "damaged.zip", {"GEDEvent.csv": GED}, zipfile.ZIP_STORED)
    data = bytearray(damaged.read_bytes())
    at = data.index(b"240102")  # a byte of the stored table itself
    data[at] = ord("9")
    damaged.write_bytes(bytes(data))
    made["damaged"] = (damaged, "damaged.zip [GEDEvent.csv]: damaged (Bad CRC-32")
    deflate64 = make_zip(tmp_path / "windows.zip", {"GEDEvent.csv": GED})
    data = bytearray(deflate64.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.index(signature) + offset
        data[at : at + 2] = (9).to_bytes(2, "little")  # method 9: Deflate64
    deflate64.write_bytes(bytes(data))
    made["deflate64"] = (deflate64, "compressed with a method Python cannot unpack")
    text = tmp_path / "text.zip"
    text.write_bytes(GED)
    made["not a zip"] = (text, "text.zip: not a ZIP archive that can be read")
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(gzip.compress(GED)[:-40])
    made["cut short"] = (cut, "cut.csv.gz [cut.csv]: damaged")
    return made


@pytest.mark.parametrize(
    "case", ["no table", "encrypted", "damaged", "deflate64", "not a zip", "cut short"]
)
def test_bad_archives_are_one_line_and_leave_nothing(cli, tmp_path, case):
    archive, needle = refusals(tmp_path)[case]
    store = tmp_path / "events.duckdb"
    line = one_line_error(cli("ingest", archive, "--store", store, "--no-clean"), needle)
    assert str(tmp_path / TEMP_PREFIX) not in line  # named as given, not as unpacked
    assert not store.exists() and leftovers(tmp_path) == []


def test_member_paths_never_decide_where_anything_is_written(cli, tmp_path):
    inside = tmp_path / "deep" / "down"
    inside.mkdir(parents=True)
    archive = make_zip(inside / "evil.zip", {"../../escaped.csv": GED, "/abs/rooted.csv": GED})
    store = inside / "events.duckdb"
    report = cli.json("ingest", archive, "--store", store, "--no-clean")
    assert [f["file"] for f in report["files"]] == [
        f"{archive} [../../escaped.csv]",
        f"{archive} [/abs/rooted.csv]",
    ]
    assert (report["stored"], report["unchanged"]) == (4, 4)  # the same table twice
    assert not list(tmp_path.rglob("escaped.csv")) and not Path("/abs/rooted.csv").exists()
    assert leftovers(inside) == []


def test_a_message_from_a_member_names_the_member(cli, tmp_path):
    archive = make_zip(tmp_path / "own.zip", {"notes.csv": b"when,what\n2024-01-01,x\n"})
    one_line_error(
        cli("ingest", archive, "--store", tmp_path / "s.duckdb", "--no-clean"),
        f"{archive} [notes.csv]: cannot tell the layout from the header",
    )


def test_tables_larger_than_the_free_disk_are_refused(monkeypatch, tmp_path):
    archive = make_zip(tmp_path / "ged.zip", {"GEDEvent.csv": GED})
    monkeypatch.setattr(archives, "free_bytes", lambda folder: len(GED) - 1)
    with pytest.raises(UserError, match=f"unpack to {len(GED):,} bytes, more than the "):
        ingest_files(tmp_path / "events.duckdb", [archive])
    assert leftovers(tmp_path) == [] and not (tmp_path / "events.duckdb").exists()
    # a gzip member declares no size: the copy stops at the limit
    packed = tmp_path / "ged.csv.gz"
    packed.write_bytes(gzip.compress(GED))
    with pytest.raises(UserError, match=r"ged.csv.gz \[ged.csv\]: unpacks to more than the"):
        ingest_files(tmp_path / "events.duckdb", [packed])


def test_more_members_than_the_limit_are_refused_before_listing(monkeypatch, tmp_path):
    archive = make_zip(tmp_path / "many.zip", {f"{n}.csv": GED for n in range(3)})
    monkeypatch.setattr(archives, "MAX_MEMBERS", 2)
    with pytest.raises(UserError, match="lists 3 members, over the limit of 2"):
        ingest_files(tmp_path / "events.duckdb", [archive])


def test_a_large_member_is_unpacked_in_bounded_memory(tmp_path):
    rows = 2_000_000  # 64 MB of table, a few hundred kB packed
    archive = tmp_path / "big.zip"
    with (
        zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed,
        packed.open("big.csv", "w") as member,
    ):
        member.write(b"a,b\n")
        for _ in range(rows // 10_000):
            member.write(b"1234567,1234567890123456789012345\n" * 10_000)
    script = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        "from analysis.sources.archives import unpack\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "tables, _ = unpack(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps([tables[0].path.stat().st_size, (after - before) / 1024]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(archive), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    size, grown_mb = json.loads(done.stdout)
    assert size == 4 + rows * 34
    assert grown_mb < 32  # blocks of 1 MiB, whatever the member's size


def test_a_report_may_be_pointed_at_an_archive(tmp_path):
    archive = make_zip(tmp_path / "ged191-csv.zip", {"GEDEvent_v19_1.csv": GED})
    (tmp_path / "work").mkdir()
    store = prepare_store(archive, tmp_path / "work")
    assert store == tmp_path / "work" / "ged191-csv.duckdb"
    with EventStore(store, read_only=True) as db:
        assert db.con.execute("SELECT count(*) FROM events_clean").fetchone() == (4,)


def test_an_archive_renamed_csv_says_what_to_name_it(cli, tmp_path):
    renamed = make_zip(tmp_path / "ged.zip", {"GEDEvent.csv": GED}).rename(tmp_path / "ged.csv")
    one_line_error(
        cli("ingest", renamed, "--store", tmp_path / "s.duckdb", "--no-clean"), "name it .zip"
    )
