"""Hostile and odd inputs: memory stays bounded, mistakes are one line and exit 2, bad rows
are quarantined (never altered), and rows read = stored + unchanged + replaced + quarantined.

Every fixture is generated here. Memory-bounded cases run ``analysis`` in a subprocess and
read its peak resident memory.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml
from factories import CP1252_CHARACTERS, acled_table
from hypothesis import assume, given
from hypothesis import strategies as st

from analysis.metrics.totals import _sum
from analysis.reports import markup
from analysis.reports.render import KERNEL_LAUNCHER, external_references
from analysis.sources import rawfile
from analysis.sources.fields import parse_int
from analysis.sources.rawfile import decode, read_table
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import clean_store
from analysis.tempfolders import OWNER_FILE, TEMP_PREFIX, remove_stale_folders
from conftest import SAMPLE, balanced, one_line_error

NOTEBOOKS = Path(__file__).resolve().parent / "fixtures" / "notebooks"
PEAK_MB = 500

# ------------------------------------------------------------------------------ helpers


def run_measured(*args: str | Path, env: dict | None = None, timeout: float = 300) -> dict:
    """Run ``python -m analysis ARGS`` in a subprocess; its exit code, output and peak
    resident memory in MB (the wrapper's only child, so the figure is that process's)."""
    wrapper = (
        "import json, resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps({'rc': r.returncode, 'out': r.stdout, 'err': r.stderr, 'mb': kb / 1024}))"
    )
    command = [sys.executable, "-c", wrapper, sys.executable, "-m", "analysis"]
    done = subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=True,
    )
    return json.loads(done.stdout)


def assert_one_line(run: dict, *needles: str) -> None:
    assert run["rc"] == 2, run
    lines = run["err"].strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run["err"]
    assert "Traceback" not in run["err"] + run["out"]
    for needle in needles:
        assert needle in lines[0], lines[0]


def ingest(cli, store: Path, *args: str | Path) -> dict:
    """The ``--json`` report of an ingest; exit code 2 only when a file with rows stored
    none of them (then listed under ``nothing_stored``), 0 otherwise."""
    result = cli("ingest", *args, "--store", store, "--json", "--no-clean")
    report = json.loads(result.stdout)
    assert result.exit_code == (2 if report["nothing_stored"] else 0), result.output
    assert balanced(report), report
    return report


def reasons(cli, store: Path) -> dict[int, set[tuple[str, str]]]:
    """Quarantined rows: {source_row: {(column, reason), …}}."""
    out: dict[int, set[tuple[str, str]]] = {}
    for row in cli.json("quarantine", "--store", store)["quarantine"]:
        out.setdefault(row["source_row"], set()).add((row["column"], row["reason"]))
    return out


def sample_row(name: str) -> pd.DataFrame:
    """The first row of a bundled sample, as text."""
    return pd.read_csv(SAMPLE / name, dtype=str, keep_default_na=False).head(1)


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "events") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def generic_mapping(folder: Path, **extra: object) -> Path:
    mapping = {
        "source": "mine",
        "events": {
            "columns": {"source_event_id": "id", "date_start": "date"},
            "defaults": {"event_type": "Battles", "sub_event_type": "Armed clash"},
        },
        **extra,
    }
    path = folder / "mine.yaml"
    path.write_text(yaml.safe_dump(mapping), encoding="utf-8")
    return path


# ------------------------------------------------------------------ 1. bounded memory


def test_xlsx_with_a_cell_at_xfd1048576_is_one_line_and_bounded(tmp_path):
    path = tmp_path / "far.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["event_id_cnty", "event_date", "fatalities"])
    ws.append(["PAK1", "25 August 2024", 3])
    ws["XFD1048576"] = "x"
    book.save(path)
    assert path.stat().st_size < 12_000
    run = run_measured("ingest", path, "--store", tmp_path / "s.duckdb")
    assert_one_line(run, "far.xlsx", "cell XFD1048576", "limit of 1,000 columns")
    assert run["mb"] < PEAK_MB, run["mb"]


def test_xlsx_claiming_the_whole_sheet_reads_only_the_cells_it_holds(tmp_path):
    path = tmp_path / "claims.xlsx"
    frame = acled_table(3, "PAK")
    frame.to_excel(path, index=False)
    # Rewrite the sheet's declared extent to the largest a sheet can have.
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', sheet
    ).encode()
    assert b"XFD1048576" in parts["xl/worksheets/sheet1.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    run = run_measured("ingest", path, "--store", tmp_path / "s.duckdb", "--json")
    assert run["rc"] == 0, run["err"]
    report = json.loads(run["out"])
    assert (report["rows_read"], report["stored"]) == (3, 3) and balanced(report)
    assert run["mb"] < PEAK_MB, run["mb"]


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PACKAGE = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>",
    "xl/workbook.xml": f'<workbook xmlns="{SHEET_NS}" xmlns:r="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships"><sheets><sheet name="events" sheetId="1" '
    'r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>',
    "xl/sharedStrings.xml": f'<sst xmlns="{SHEET_NS}"><si><t>id</t></si><si><t>date</t></si>'
    "<si><t>not a date</t></si></sst>",
}
ALL_BAD_ROWS = 400_000


@pytest.fixture(scope="session")
def all_bad_xlsx(tmp_path_factory) -> Path:
    """A deflated workbook of 400,000 records under the header ``id, date``: ids 0 … 399,999
    (numbers) and the shared string "not a date" in every row. Written as sheet XML straight
    into the zip (openpyxl takes a minute for this many rows), cells as Excel writes them."""
    path = tmp_path_factory.mktemp("hostile") / "all_bad.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in PACKAGE.items():
            archive.writestr(name, xml)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<worksheet xmlns="{SHEET_NS}"><dimension ref="A1:B400001"/>'.encode())
            sheet.write(b"<sheetData>")
            header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            sheet.write(header.encode())
            for start in range(0, ALL_BAD_ROWS, 50_000):
                rows = (
                    f'<row r="{n}"><c r="A{n}"><v>{n - 2}</v></c>'
                    f'<c r="B{n}" t="s"><v>2</v></c></row>'
                    for n in range(start + 2, min(start + 50_000, ALL_BAD_ROWS) + 2)
                )
                sheet.write("".join(rows).encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


@pytest.mark.scale
def test_xlsx_of_many_compressed_rows_all_bad_stays_bounded(tmp_path, all_bad_xlsx):
    # 400,000 records, every one without a readable date: each is read, quarantined with
    # its reason, and written part by part, so memory follows a part, not the bad rows.
    assert all_bad_xlsx.stat().st_size < 5_000_000
    mapping = generic_mapping(tmp_path)
    store = tmp_path / "s.duckdb"
    # --no-clean: the bound is on reading and storing; nothing is stored to clean.
    run = run_measured(
        "ingest", all_bad_xlsx, "--mapping", mapping, "--store", store, "--json", "--no-clean"
    )
    assert run["rc"] == 2, run["err"]  # nothing stored: the ingest fails visibly
    assert (
        run["err"]
        .strip()
        .endswith(
            "nothing stored, all 400,000 rows quarantined; most often (400,000 rows, the first "
            "row 2, column date_start): missing or unparseable date"
        )
    )
    report = json.loads(run["out"])
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (400_000, 0, 400_000)
    assert report["quarantined_by_reason"] == {"missing or unparseable date": 400_000}
    assert balanced(report)
    assert run["mb"] < PEAK_MB, run["mb"]
    with EventStore(store, read_only=True) as db:
        first, last, rows = db.con.execute(
            "SELECT min(source_row), max(source_row), count(DISTINCT source_row) FROM quarantine"
        ).fetchone()
        raw = db.con.execute("SELECT raw FROM quarantine WHERE source_row = 400001").fetchone()
    assert (first, last, rows) == (2, 400_001, 400_000)
    assert json.loads(raw[0]) == {"id": "399999", "date": "not a date"}


def test_analysts_table_in_parts_equals_reading_it_whole(tmp_path, monkeypatch, cli):
    # Repeated ids across parts are quarantined as within one part, with the first row.
    rows = ["id,date", "A,2024-08-25", "B,2024-08-26", "A,2024-08-27", "C,bad", "B,2024-08-26"]
    path = tmp_path / "mine.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    mapping = generic_mapping(tmp_path)
    found = {}
    for part in (2, 10**6):
        monkeypatch.setattr(rawfile, "SMALL_PART_RECORDS", part)
        store = tmp_path / f"s{part}.duckdb"
        report = ingest(cli, store, path, "--mapping", mapping, "--no-clean")
        assert (report["rows_read"], report["stored"], report["quarantined"]) == (5, 2, 3)
        found[part] = reasons(cli, store)
    assert (
        found[2]
        == found[10**6]
        == {
            4: {("source_event_id", "event id repeated (first at row 2)")},
            5: {("date_start", "missing or unparseable date")},
            6: {("source_event_id", "event id repeated (first at row 3)")},
        }
    )


def alias_bomb(levels: int = 9) -> list[str]:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return lines


def test_yaml_alias_bomb_in_a_mapping_is_refused_at_once(tmp_path):
    data = tmp_path / "mine.csv"
    data.write_text("id,date\nA,2024-08-25\n", encoding="utf-8")
    mapping = tmp_path / "bomb.yaml"
    lines = ["source: mine", *alias_bomb()]
    lines.append("events: {columns: {source_event_id: id, date_start: date}, notes: *a9}")
    mapping.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    run = run_measured("ingest", data, "--mapping", mapping, "--store", tmp_path / "s.duckdb")
    assert_one_line(run, "bomb.yaml", "line 3", "YAML aliases (*name) are not allowed")
    assert run["mb"] < PEAK_MB and time.monotonic() - started < 60


def test_yaml_alias_bomb_in_a_manifest_is_refused(tmp_path, cli):
    manifest = tmp_path / "manifest.yaml"
    lines = ["defaults:", "  params: {title: *a9}", *alias_bomb()]
    lines = [*alias_bomb(), "jobs: [{kind: timeline, params: {title: *a9}}]"]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("batch", manifest, "--store", tmp_path / "none.duckdb")
    one_line_error(result, "manifest.yaml", "YAML aliases (*name) are not allowed")


# --------------------------------------------------------- 2. integers past 2**63


HUGE = "18446744073709551617"  # 2**64 + 1


def test_integers_past_2_63_quarantine_the_row_in_every_layout(tmp_path, cli, store_path):
    acled = acled_table(3, "PAK")
    acled.loc[0, "fatalities"] = HUGE
    acled.loc[1, "timestamp"] = HUGE
    acled.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (3, 1, 2)
    too_large = "more than 18 digits: too large to be a count"
    assert reasons(cli, store_path) == {
        2: {("fatalities", too_large)},
        3: {("timestamp", "not a unix timestamp")},
    }

    gtd = sample_row("gtd_sample.csv")
    gtd.loc[0, "nkill"] = HUGE
    gtd.to_csv(tmp_path / "gtd.csv", index=False)
    ucdp = sample_row("ucdp_ged_sample.csv")
    ucdp.loc[0, "deaths_a"] = HUGE
    ucdp.to_csv(tmp_path / "ucdp.csv", index=False)
    for name, column in (("gtd.csv", "nkill"), ("ucdp.csv", "deaths_a")):
        other = tmp_path / f"{name}.duckdb"
        report = ingest(cli, other, tmp_path / name)
        assert (report["rows_read"], report["quarantined"]) == (1, 1)
        assert (column, too_large) in reasons(cli, other)[2]


# ------------------------------------------------------- 3. numbers never altered


def test_counts_that_are_not_counts_are_quarantined_not_altered(tmp_path, cli, store_path):
    frame = acled_table(8, "PAK")
    figures = ["1,2,3", "1e9", "1e18", "5e18", "2.5", "1,000", "12.0", "7"]
    frame["fatalities"] = figures
    frame.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (8, 3, 5)
    assert set(reasons(cli, store_path)) == {2, 3, 4, 5, 6}
    with EventStore(store_path, read_only=True) as db:
        best = db.con.execute("SELECT sum(best) FROM casualties").fetchone()[0]
    assert best == 1_000 + 12 + 7


def test_an_iso_code_that_is_no_whole_number_leaves_the_country_to_its_name(
    tmp_path, cli, store_path
):
    # ACLED's numeric `iso`: "586" and "586.0" are Pakistan; 586.5, 1e300 and -4 are no
    # code, so the country column names it; no row is lost
    frame = acled_table(5, "PAK")
    frame["iso"] = ["586", "586.0", "586.5", "1e300", "-4"]
    frame.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (5, 5, 0)
    with EventStore(store_path, read_only=True) as db:
        codes = db.con.execute("SELECT DISTINCT iso3 FROM events").fetchall()
    assert codes == [("PAK",)]


@pytest.mark.parametrize("damage", ["stream", "flags"])
def test_a_workbook_whose_sheet_stream_is_damaged_is_one_line(tmp_path, damage):
    # "stream": the sheet's deflated XML opens on a block of the reserved type, so zlib
    # fails as soon as the sheet is streamed, after openpyxl has read the workbook's other
    # parts; "flags": the sheet's entry in the zip directory claims "compressed patched
    # data" (flag bit 5), which zipfile refuses to open
    path = write_xlsx(
        tmp_path / "damaged.xlsx",
        [["event_id_cnty", "event_date", "fatalities"]]
        + [[f"PAK{i}", "25 August 2024", i % 7] for i in range(2_000)],
    )
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    if damage == "stream":
        raw[start] = 0xFF  # BFINAL 1, BTYPE 11: "invalid block type"
    else:
        entry = raw.index(b"xl/worksheets/sheet1.xml", raw.index(b"PK\x01\x02")) - 46
        raw[entry + 8] |= 0x20  # the central directory's general-purpose flags
    path.write_bytes(bytes(raw))
    run = run_measured("ingest", path, "--store", tmp_path / "s.duckdb")
    assert_one_line(run, "damaged.xlsx", "cannot read the sheet, the workbook is damaged")


def test_rows_of_5e18_deaths_never_reach_a_total(tmp_path, cli, store_path):
    frame = acled_table(4, "PAK")
    frame["fatalities"] = ["5000000000000000000"] * 2 + ["500000000000000000", "4"]
    frame.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["stored"], report["quarantined"]) == (1, 3)
    bound = "more than 1,000,000 deaths in one event (the documented upper bound)"
    too_large = "more than 18 digits: too large to be a count"
    assert reasons(cli, store_path) == {
        2: {("fatalities", too_large)},
        3: {("fatalities", too_large)},
        4: {("fatalities", bound)},
    }
    summary = cli.json("summary", "--store", store_path)
    assert summary["fatalities_by_victim_group"]["unknown"]["best"] == 4
    # Totals never wrap, even over figures that could not be stored.
    huge = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "victim_group": "civilians",
            **{b: pd.array([5 * 10**18] * 3, dtype="Int64") for b in ("low", "best", "high")},
        }
    )
    assert _sum(huge["best"]) == 15 * 10**18


def test_the_largest_real_ucdp_events_pass_and_the_bound_is_exact(tmp_path, cli, store_path):
    # Rwanda 1994: GED events with tens of thousands of civilian deaths in one event.
    base = sample_row("ucdp_ged_sample.csv")
    rows = []
    for i, deaths in enumerate((45_000, 1_000_000, 1_000_001)):
        row = base.copy()
        row["id"] = str(900_000 + i)
        row[["deaths_a", "deaths_b", "deaths_unknown"]] = "0"
        row[["deaths_civilians", "best", "low", "high"]] = str(deaths)
        rows.append(row)
    pd.concat(rows).to_csv(tmp_path / "ucdp.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "ucdp.csv")
    assert (report["stored"], report["quarantined"]) == (2, 1)
    summary = cli.json("summary", "--store", store_path)
    assert summary["fatalities_by_victim_group"]["civilians"]["best"] == 1_045_000


def test_generic_figures_follow_the_same_rules(tmp_path, cli, store_path):
    data = tmp_path / "mine.csv"
    data.write_text(
        'id,date,fatalities\nA,2024-08-25,"1,2,3"\nB,2024-08-25,1e9\n'
        'C,2024-08-25,"at least 1,200"\nD,2024-08-25,5 million\n',
        encoding="utf-8",
    )
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        "source: mine\nevents:\n  columns: {source_event_id: id, date_start: date, "
        "fatalities: fatalities}\n  defaults: {event_type: Battles, sub_event_type: "
        "Armed clash}\n",
        encoding="utf-8",
    )
    report = ingest(cli, store_path, data, "--mapping", mapping)
    assert (report["stored"], report["quarantined"]) == (1, 3)
    found = reasons(cli, store_path)
    assert {column for row in (2, 3) for column, _ in found[row]} == {"fatalities"}
    assert "1,000,000 deaths" in next(iter(found[5]))[1]


@given(st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1))  # at most 18 digits
def test_whole_numbers_read_exactly_with_or_without_separators(n):
    texts = pd.Series([str(n), f"{n:,}", f"{n}.0"])
    values, bad = parse_int(texts)
    assert values.tolist() == [n, n, n] and not bad.any()


@given(st.integers(min_value=1_000, max_value=10**12), st.integers(min_value=1, max_value=2))
def test_misplaced_separators_are_not_counts(n, at):
    text = str(n)
    misplaced = text[:at] + "," + text[at:]
    assume(f"{n:,}" != misplaced)
    values, bad = parse_int(pd.Series([misplaced, f"{n}e3", f"{n}.5"]))
    assert bad.all() and values.isna().all()


# ---------------------------------------------------------- 4. encoding per record


def test_one_latin1_row_leaves_every_utf8_row_exact(tmp_path, cli, store_path):
    frame = acled_table(4, "PAK")
    frame["location"] = ["Khuzdār", "Zhöb", "Turbat – Kech", "Quetta"]
    text = frame.to_csv(index=False, lineterminator="\n")
    lines = text.splitlines(keepends=True)
    data = b"".join(
        line.encode("cp1252") if i == 2 else line.encode("utf-8") for i, line in enumerate(lines)
    )
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert table.frame["location"].tolist() == ["Khuzdār", "Zhöb", "Turbat – Kech", "Quetta"]
    assert table.warnings == [
        f"{path}: row(s) 3 not valid UTF-8; read as CP1252 (Windows Latin-1); every other "
        "row as UTF-8"
    ]
    report = ingest(cli, store_path, path)
    assert report["stored"] == 4
    with EventStore(store_path, read_only=True) as db:
        stored = db.con.execute("SELECT location FROM events ORDER BY source_row").fetchall()
    assert [s for (s,) in stored] == ["Khuzdār", "Zhöb", "Turbat – Kech", "Quetta"]


line_text = st.text(alphabet=CP1252_CHARACTERS.replace("\n", "").replace("\r", ""), max_size=8)


@given(st.lists(st.tuples(line_text, st.booleans()), min_size=1, max_size=6))
def test_each_line_is_decoded_as_it_was_written(lines):
    # UTF-8 lines carry "ā" (not in CP1252), CP1252 lines "ö" (byte F6: never valid UTF-8).
    texts = [t + ("ā" if utf8 else "ö") for t, utf8 in lines]
    data = b"\n".join(
        t.encode("utf-8" if utf8 else "cp1252") for t, (_, utf8) in zip(texts, lines, strict=True)
    )
    text, warnings = decode(data, Path("x.csv"))
    assert text.split("\n") == texts
    utf8_only = all(utf8 for _, utf8 in lines)
    assert (warnings == []) == utf8_only


# ---------------------------------------------------- 5. report self-containment


def test_data_that_looks_like_a_reference_is_text_not_markup():
    data = pd.DataFrame(
        {"notes": ['@import "x.css"', "url(http://example.com/a.png)", 'src="http://x/y"']}
    )
    page = markup.page("t", markup.table(data) + markup.paragraph("url(//cdn.example/x)"))
    assert "@import" in page and "url(http://example.com" in page
    assert external_references(page) == []
    assert external_references(page.replace("<main>", '<main><img src="https://x/a.png">'))
    assert external_references(page.replace("</style>", "@import url(x.css);</style>"))
    assert external_references(page.replace("<p", '<p style="background: url(//x)"', 1))


@pytest.fixture(scope="module")
def clean_acled_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile-store") / "acled.duckdb"
    ingest_files(path, [SAMPLE / "acled_pakistan_sample.csv"])
    with EventStore(path) as store:
        clean_store(store)
    return path


def test_report_all_renders_every_kind_and_names_each_failure(
    tmp_path, cli, clean_acled_store, monkeypatch
):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    real = Path(__file__).resolve().parents[1] / "notebooks"
    (notebooks / "timeline.ipynb").write_bytes((NOTEBOOKS / "failing.ipynb").read_bytes())
    (notebooks / "casualties.ipynb").write_bytes((NOTEBOOKS / "failing.ipynb").read_bytes())
    (notebooks / "actors.ipynb").write_bytes((real / "actors.ipynb").read_bytes())
    monkeypatch.setenv("ANALYSIS_NOTEBOOKS", str(notebooks))
    out = tmp_path / "out"
    result = cli(
        "report", "all", "--store", clean_acled_store, "--out", out, "--param",
        "admin1=Balochistan",
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert [e.split(":")[1].strip() for e in errors] == ["timeline", "casualties"]
    assert all("fails on purpose" in e for e in errors)
    assert [p.name.split("_")[0] for p in out.glob("*.html") if p.name != "index.html"] == [
        "actors"
    ]


# ------------------------------------------------------------- 6. impossible dates


def test_impossible_dates_are_quarantined_with_the_range(tmp_path, cli, store_path):
    frame = acled_table(5, "PAK")
    frame["event_date"] = ["01 January 0001", "31 December 9999", "21 September 1677",
                           "01 January 1800", "25 August 2024"]  # fmt: skip
    frame.loc[4, "timestamp"] = "-99999999999"  # year -1199
    frame.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["stored"], report["quarantined"]) == (1, 4)
    found = reasons(cli, store_path)
    assert set(found) == {2, 3, 4, 6}
    assert all(
        "outside the plausible range 1800-01-01 to" in reason
        for row in found.values()
        for _, reason in row
    )
    assert ("source_updated_at", next(iter(found[6]))[1]) in found[6]
    gtd = pd.concat([sample_row("gtd_sample.csv")] * 2, ignore_index=True)
    gtd["eventid"] = ["199401010001", "199401010002"]
    gtd.loc[0, "iyear"] = "1066"
    gtd.loc[1, "imonth"] = "13"
    gtd.to_csv(tmp_path / "gtd.csv", index=False)
    other = tmp_path / "gtd.duckdb"
    assert ingest(cli, other, tmp_path / "gtd.csv")["quarantined"] == 2
    assert ("imonth", "not 0 to 12") in reasons(cli, other)[3]


# ---------------------------------------------- 7. user mistakes: one line, exit 2


def test_cr_only_line_endings_are_read(tmp_path, cli, store_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(acled_table(3, "PAK").to_csv(index=False, lineterminator="\r").encode())
    report = ingest(cli, store_path, path)
    assert (report["rows_read"], report["stored"]) == (3, 3)


@pytest.mark.parametrize(
    "content, needle",
    [
        ("source: mine\nevents: {columns: [id, date]}\n", "columns must be a mapping"),
        ("source: mine\nevents: {columns: {source_event_id: [1, 2]}}\n", "must be one column"),
        ("source: mine\nevents: {columns: {source_event_id: id}, defaults: 5}\n", "defaults"),
        ("source: 5\nevents: {columns: {source_event_id: id}}\n", "'source' must be"),
        ("source: m\nevents: {columns: {source_event_id: id, date_start: d}, values: "
         "{event_type: 5}}\n", "values.event_type"),
        ("source: m\n1: x\n2: y\nevents: {columns: {}}\n", "unknown key(s) 1, 2"),
        ("source: m\nevents: {columns: {source_event_id: id, date_start: d}, "
         "date_format: [1]}\n", "date_format must be text"),
    ],
)  # fmt: skip
def test_mapping_type_errors_are_one_line(tmp_path, cli, store_path, content, needle):
    data = tmp_path / "mine.csv"
    data.write_text("id,d\nA,2024-08-25\n", encoding="utf-8")
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(content, encoding="utf-8")
    one_line_error(
        cli("ingest", data, "--mapping", mapping, "--store", store_path, "--no-clean"), needle
    )


def test_mapping_that_is_not_utf8_is_one_line(tmp_path, cli, store_path):
    data = tmp_path / "mine.csv"
    data.write_text("id,d\nA,2024-08-25\n", encoding="utf-8")
    mapping = tmp_path / "mine.yaml"
    mapping.write_bytes(
        "source: café\nevents: {columns: {source_event_id: id, date_start: d}}\n".encode("latin-1")
    )
    result = cli("ingest", data, "--mapping", mapping, "--store", store_path, "--no-clean")
    one_line_error(result, "mine.yaml: not UTF-8 text")


def test_a_header_field_past_the_csv_limit_is_one_line(tmp_path, cli, store_path):
    # a first line of 200,000 characters in one field: the csv module's limit is 131,072
    path = tmp_path / "long.csv"
    path.write_text("event_id_cnty," + "x" * 200_000 + "\n1,2\n", encoding="utf-8")
    result = cli("ingest", path, "--store", store_path, "--no-clean")
    one_line_error(result, "long.csv: row 1 (the header)", "field larger than field limit")
    assert not store_path.exists()


def test_casualty_sheet_of_an_all_bad_events_sheet(tmp_path, cli, store_path):
    path = tmp_path / "coded.xlsx"
    book = openpyxl.Workbook()
    events = book.active
    events.title = "events"
    for row in (["id", "date"], ["A", "not a date"], ["B", None]):
        events.append(row)
    figures = book.create_sheet("figures")
    for row in (["id", "n"], ["A", 3], ["B", 4], ["C", 5]):
        figures.append(row)
    book.save(path)
    columns = {"source_event_id": "id", "fatalities": "n"}
    mapping = generic_mapping(tmp_path, casualties={"sheet": "figures", "columns": columns})
    report = ingest(cli, store_path, path, "--mapping", mapping, "--sheet", "events")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (5, 0, 5)


def test_report_and_batch_with_a_window_past_any_date(tmp_path, cli, clean_acled_store):
    result = cli(
        "report", "timeline", "--store", clean_acled_store, "--out", tmp_path,
        "--param", "window=last 100000 months",
    )  # fmt: skip
    one_line_error(result, "window='last 100000 months'", "starts before 1800-01-01")
    manifest = tmp_path / "m.yaml"
    manifest.write_text("jobs: [{kind: timeline, params: {window: last 100000 months}}]\n")
    result = cli("batch", manifest, "--store", clean_acled_store, "--out", tmp_path / "o")
    one_line_error(result, "m.yaml", "params.window", "starts before 1800-01-01")


@pytest.mark.parametrize(
    "content, needle",
    [
        ('jobs: [{kind: timeline, output: "{kind:d}.html"}]', "'output': bad template"),
        ('jobs: [{kind: timeline, output: "{start!x}.html"}]', "'output': bad template"),
    ],
)
def test_manifest_output_templates_that_cannot_format(tmp_path, cli, content, needle):
    manifest = tmp_path / "m.yaml"
    manifest.write_text(content + "\n", encoding="utf-8")
    one_line_error(cli("batch", manifest, "--store", tmp_path / "x.duckdb"), needle)


def test_latin1_manifest_is_one_line(tmp_path, cli):
    manifest = tmp_path / "m.yaml"
    manifest.write_bytes("jobs: [{kind: timeline, params: {title: Zhöb}}]\n".encode("latin-1"))
    one_line_error(cli("batch", manifest, "--store", tmp_path / "x.duckdb"), "not UTF-8 text")


def test_bad_dask_address_is_one_line_at_once(tmp_path, cli):
    manifest = tmp_path / "m.yaml"
    manifest.write_text("jobs: [{kind: timeline}]\n", encoding="utf-8")
    started = time.monotonic()
    for address in ("tcp://[::1", "tcp://host-without-port", "nonsense"):
        result = cli("batch", manifest, "--dask-address", address)
        one_line_error(result, f"--dask-address {address!r}", "write tcp://HOST:PORT")
    assert time.monotonic() - started < 10


def test_deletion_list_that_is_not_utf8_is_one_line(tmp_path, cli, store_path):
    ingest(cli, store_path, SAMPLE / "acled_pakistan_sample.csv")
    ids = tmp_path / "deleted.txt"
    ids.write_bytes("PAK1\nZhöb\n".encode("latin-1"))
    one_line_error(cli("delete", ids, "--store", store_path), "deleted.txt: not UTF-8 text")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("id deleted\nPAK1 1\n", "row 1: 'id deleted' is not an event id (it holds a space"),
        ("PAK1\nPAK2 2024-08-01\n", "row 2: 'PAK2 2024-08-01' is not an event id"),
        ("event,deleted\nPAK1,1\n", "a deletion list given as a table needs an id column"),
        ("event_id_cnty,deleted\nPAK1,1\n,2\n", "row 3, column event_id_cnty: no event id"),
        ("event_id_cnty,deleted\nPAK1,1,x\n", "row 2: record has 3 field(s)"),
        ("\n\n", "the deletion list holds no id"),
    ],
)
def test_a_deletion_list_that_cannot_be_read_whole_deletes_nothing(
    tmp_path, cli, store_path, text, needle
):
    ingest(cli, store_path, SAMPLE / "acled_pakistan_sample.csv")
    ids = tmp_path / "deleted.txt"
    ids.write_text(text, encoding="utf-8")
    one_line_error(cli("delete", ids, "--store", store_path), f"deleted.txt: {needle}")
    assert cli.json("summary", "--store", store_path)["deleted_events"] == 0


def test_article_that_is_not_utf8_or_too_large_is_one_line(tmp_path, cli):
    article = tmp_path / "report.txt"
    article.write_bytes("Gunmen killed 4 people in Zhöb.".encode("latin-1"))
    # "ö" is byte 29 of the file: the message points at it
    one_line_error(
        cli("extract", article, "--published", "2024-08-26"),
        "report.txt: not UTF-8 text (byte 29)",
    )
    article.write_bytes(b"Gunmen killed 4 people. " * 500_000)  # 12,000,000 bytes
    one_line_error(
        cli("extract", article, "--published", "2024-08-26"),
        "report.txt: 12,000,000 bytes, over the limit of 10,485,760 for this article",
    )


def test_store_under_an_existing_file_is_one_line(tmp_path, cli):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    data = tmp_path / "acled.csv"
    acled_table(2, "PAK").to_csv(data, index=False)
    result = cli("ingest", data, "--store", blocker / "events.duckdb", "--no-clean")
    one_line_error(result, "cannot create the folder")
    one_line_error(cli("summary", "--store", blocker / "events.duckdb"), "no event store here")


def test_the_console_entry_point_never_shows_a_traceback(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    run = run_measured("summary", "--store", blocker)
    assert_one_line(run, "file.txt: cannot open the event store")


# ----------------------------------------------------- 8. XLSX rows checked like CSV


def test_xlsx_rows_are_checked_and_counted_like_csv(tmp_path, cli, store_path):
    header = list(acled_table(1, "X").columns)
    rows = acled_table(4, "PAK").to_numpy().tolist()
    rows[1] = rows[1] + ["", "", "extra"]  # a value beyond the header
    rows[2] = [None] * len(header) + ["only here"]  # only data beyond the header
    path = write_xlsx(tmp_path / "acled.xlsx", [header, rows[0], [], *rows[1:]])
    table = read_table(path)
    assert table.records == 4
    assert table.frame["source_row"].tolist() == [2, 6]
    assert table.quarantine["source_row"].tolist() == [4, 5]
    assert table.quarantine["reason"].tolist() == [
        "record has a value in column AH, beyond the header's 31 column(s)",
        "record has a value in column AF, beyond the header's 31 column(s)",
    ]
    assert json.loads(table.quarantine["raw"].iloc[1])["_extra_fields"] == {"AF": "only here"}
    report = ingest(cli, store_path, path)
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (4, 2, 2)


def test_xlsx_header_with_a_blank_name_and_a_long_cell(tmp_path, cli, store_path, monkeypatch):
    path = write_xlsx(tmp_path / "gap.xlsx", [["id", None, "date"], ["A", "x", "2024-08-25"]])
    one_line_error(
        cli("ingest", path, "--store", store_path, "--no-clean"),
        "gap.xlsx: header column 2 has no name",
    )
    path = write_xlsx(tmp_path / "long.xlsx", [["id", "notes"], ["A", "x" * 11]])
    monkeypatch.setitem(rawfile.XLSX_LIMITS, "cell characters", 10)
    result = cli("ingest", path, "--store", store_path, "--no-clean")
    one_line_error(
        result, "long.xlsx [events]: row 2, column 2", "11 characters, over the limit of 10"
    )


# ---------------------------------------------------------------------- 9. leftovers


def _kernel_under(pid: int) -> bool:
    """Whether a Jupyter kernel runs among the descendants of process ``pid``."""
    import psutil

    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return False
    for child in children:
        try:
            if KERNEL_LAUNCHER in child.cmdline() or "ipykernel_launcher" in child.cmdline():
                return True
        except psutil.NoSuchProcess:
            continue
    return False


@pytest.mark.long
def test_killing_a_batch_leaves_no_temporary_folder(tmp_path, clean_acled_store):
    temp = tmp_path / "tmp"
    temp.mkdir()
    manifest = tmp_path / "m.yaml"
    manifest.write_text(
        "jobs:\n"
        f"  - {{name: hangs, kind: timeline, notebook: {NOTEBOOKS / 'hanging.ipynb'}, "
        "params: {admin1: Balochistan}, timeout: 600}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "TMPDIR": str(temp)}
    command = [sys.executable, "-m", "analysis", "batch", str(manifest), "--workers", "1",
               "--store", str(clean_acled_store), "--out", str(tmp_path / "out")]  # fmt: skip
    pipe = subprocess.PIPE
    batch = subprocess.Popen(command, env=env, stdout=pipe, stderr=pipe)
    deadline = time.monotonic() + 120
    while not list(temp.glob(f"{TEMP_PREFIX}*")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert list(temp.glob(f"{TEMP_PREFIX}*")), "the job never started"
    while not _kernel_under(batch.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _kernel_under(batch.pid), "the notebook's kernel never started"
    time.sleep(0.5)  # the notebook's kernel is running
    batch.send_signal(signal.SIGTERM)
    _, stderr = batch.communicate(timeout=60)
    assert batch.returncode != 0
    assert b"Traceback" not in stderr
    assert list(temp.glob(f"{TEMP_PREFIX}*")) == []


def test_folders_of_killed_processes_are_swept(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    stale = tmp_path / f"{TEMP_PREFIX}stale"
    stale.mkdir()
    (stale / OWNER_FILE).write_text(gone.stdout.strip())
    live = tmp_path / f"{TEMP_PREFIX}live"
    live.mkdir()
    (live / OWNER_FILE).write_text(str(os.getpid()))
    assert remove_stale_folders(tmp_path) == [stale]
    assert not stale.exists() and live.exists()


def test_unowned_leftovers_are_swept_after_an_hour(tmp_path):
    old = tmp_path / f"{TEMP_PREFIX}old"
    (old / "jupyter" / "kernels").mkdir(parents=True)
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    young = tmp_path / f"{TEMP_PREFIX}young"
    young.mkdir()
    assert remove_stale_folders(tmp_path) == [old]
    assert not old.exists() and young.exists()


def test_a_store_built_from_a_data_file_goes_with_its_process(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    code = (
        "from analysis.store import prepare_store; "
        f"print(prepare_store({str(SAMPLE / 'acled_pakistan_sample.csv')!r}))"
    )
    env = {**os.environ, "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    built = Path(done.stdout.strip())
    assert built.name == "acled_pakistan_sample.duckdb" and built.parent.parent == temp
    assert list(temp.iterdir()) == []


def test_a_quoted_newline_in_the_header_keeps_the_column(tmp_path):
    path = tmp_path / "wrapped.csv"
    path.write_text('id,"event\ndate",notes\nA,2024-08-25,x\n', encoding="utf-8")
    table = read_table(path)
    assert table.columns == ["id", "event date", "notes"]
    assert table.frame[["id", "event date", "notes", "source_row"]].to_dict("records") == [
        {"id": "A", "event date": "2024-08-25", "notes": "x", "source_row": 2}
    ]
    assert "span lines" in table.warnings[0]


def test_out_of_range_timestamp_is_quarantined_not_null(tmp_path, cli, store_path):
    frame = acled_table(2, "PAK")
    frame.loc[0, "timestamp"] = "99999999999999"  # year 3170843
    frame.to_csv(tmp_path / "acled.csv", index=False)
    report = ingest(cli, store_path, tmp_path / "acled.csv")
    assert (report["stored"], report["quarantined"]) == (1, 1)
    assert reasons(cli, store_path) == {2: {("timestamp", "not a unix timestamp")}}


def test_casualty_file_outside_the_mapping_folder_needs_allow_path(tmp_path, cli, store_path):
    secret = tmp_path / "elsewhere" / "secret.csv"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:secret first line\n", encoding="utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "events.csv").write_text("id,date\nA,2024-08-25\n", encoding="utf-8")
    columns = {"source_event_id": "id", "fatalities": "n"}
    mapping = generic_mapping(folder, casualties={"file": "../elsewhere/secret.csv",
                                                  "columns": columns})  # fmt: skip
    result = cli(
        "ingest", folder / "events.csv", "--mapping", mapping, "--store", store_path, "--no-clean"
    )
    line = one_line_error(result, "is outside the mapping's folder", "--allow-path")
    assert "root:x" not in line and "secret first line" not in line
    (tmp_path / "elsewhere" / "figures.csv").write_text("id,n\nA,3\n", encoding="utf-8")
    mapping = generic_mapping(folder, casualties={"file": "../elsewhere/figures.csv",
                                                  "columns": columns})  # fmt: skip
    report = ingest(
        cli, store_path, folder / "events.csv", "--mapping", mapping,
        "--allow-path", tmp_path / "elsewhere",
    )  # fmt: skip
    assert (report["rows_read"], report["stored"]) == (2, 2)  # the event and its figure


def test_repeated_ids_in_an_analysts_table_are_quarantined(tmp_path, cli, store_path):
    data = tmp_path / "mine.csv"
    data.write_text("id,date\nA,2024-08-25\nA,2024-08-25\nB,2024-08-26\n", encoding="utf-8")
    report = ingest(cli, store_path, data, "--mapping", generic_mapping(tmp_path))
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (3, 2, 1)
    assert reasons(cli, store_path) == {
        3: {("source_event_id", "event id repeated (first at row 2)")}
    }


@pytest.mark.long
def test_a_job_whose_batch_was_killed_stops_on_its_own(tmp_path, clean_acled_store):
    temp = tmp_path / "tmp"
    temp.mkdir()
    spec = {
        "job": "orphan",
        "kind": "timeline",
        "params": {"admin1": "Balochistan"},
        "store": str(clean_acled_store),
        "target": str(tmp_path / "orphan.html"),
        "notebook": str(NOTEBOOKS / "hanging.ipynb"),
        "as_of": "2024-09-02",
        "timeout": 2,
    }
    started = time.monotonic()
    child = subprocess.run(
        [sys.executable, "-m", "analysis.batch.child"],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)},
        timeout=120,
    )
    assert child.returncode != 0 and "past the job's timeout" in child.stderr
    assert time.monotonic() - started < 60
    assert list(temp.glob(f"{TEMP_PREFIX}*")) == []


def test_a_quote_that_joins_two_lines_is_named_in_the_quarantine(tmp_path, cli, store_path):
    # Row 2 opens a quote in actor1; the next quote is in row 3's notes, so both lines are
    # one record of 4 fields (PAK1, the date, the type, and actor1 running over 2 lines).
    text = "event_id_cnty,event_date,event_type,actor1,country,fatalities,notes\n"
    text += 'PAK1,2024-08-26,Battles,"Police,Pakistan,2,ok\n'
    text += 'PAK2,2024-08-26,Battles,Police,Pakistan,1,"ok"\n'
    path = tmp_path / "quote.csv"
    path.write_text(text, encoding="utf-8")
    report = ingest(cli, store_path, path, "--no-clean")  # nothing stored: exit 2
    assert (report["rows_read"], report["quarantined"]) == (1, 1)
    assert report["files"][0]["nothing_stored"]["row"] == 2
    quarantined = cli.json("quarantine", "--store", store_path)["quarantine"]
    assert [(q["source_row"], q["reason"]) for q in quarantined] == [
        (
            2,
            "record has 4 field(s), the header has 7; column actor1 runs over 2 lines: an "
            "unclosed quote there may have joined the next line(s) to this row",
        )
    ]


def test_a_quote_never_closed_is_one_line_naming_where_its_record_starts(tmp_path, cli):
    # A sample file with a quote opened in row 3 and, after the last row, 200,000 characters
    # with no quote: the csv module's field limit is met inside one runaway field.
    lines = (SAMPLE / "acled_pakistan_sample.csv").read_text("utf-8").rstrip("\n").split("\n")
    fields = lines[3].split(",")
    fields[7] = '"' + fields[7]
    lines[3] = ",".join(fields)
    path = tmp_path / "runaway.csv"
    path.write_text("\n".join([*lines, "x" * 200_000]), encoding="utf-8")
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert re.fullmatch(
        rf"error: {re.escape(str(path))}: row \d+: field larger than field limit \(131072\) "
        r"\(the record starts on line \d+; a quote opened there and never closed reads the "
        r"rest of the file as one field\)",
        line,
    )


@pytest.mark.parametrize(
    "head, needle",
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive, not text (a workbook? name it .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Excel workbook (.xls)"),
        (b"\x1f\x8b\x08\x00", "is gzip-compressed, not text"),
        (b"%PDF-1.7\n", "is a PDF document"),
    ],
)
def test_a_binary_file_named_csv_is_named_for_what_it_is(tmp_path, cli, store_path, head, needle):
    path = tmp_path / "acled_export.csv"
    path.write_bytes(head + bytes(range(256)) * 4)
    result = cli("ingest", path, "--store", store_path, "--no-clean")
    one_line_error(result, f"acled_export.csv: {needle}")


def test_a_real_workbook_named_csv_is_refused_in_one_printable_line(tmp_path, cli, store_path):
    path = tmp_path / "events.xlsx"
    acled_table(2, "PAK").to_excel(path, index=False)
    renamed = path.rename(tmp_path / "events.csv")
    result = cli("ingest", renamed, "--store", store_path, "--no-clean")
    assert one_line_error(result, "events.csv: is a ZIP archive").isprintable()


def test_control_characters_of_an_unknown_header_are_escaped(tmp_path, cli, store_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"a\x01b,c\x1b[31m\n1,2\n")
    result = cli("ingest", path, "--store", store_path, "--no-clean")
    one_line_error(result, "cannot tell the layout from the header (a\\x01b, c\\x1b[31m…)")
