"""The command line: user mistakes give one message and exit code 2; --json is one object."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from factories import acled_table


def test_missing_file_is_exit_2_with_one_line(cli, store_path):
    result = cli("ingest", "no/such.csv", "--store", store_path)
    assert result.exit_code == 2
    assert result.output.strip() == "error: no/such.csv: file not found"


def test_a_folder_given_as_a_file_is_named_as_one(cli, tmp_path, store_path):
    result = cli("ingest", tmp_path, "--store", store_path)
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {tmp_path}: is a folder, not a file; give the files in it (e.g. {tmp_path}/*.csv)"
    )


def test_a_scheduled_ingest_s_log_names_its_files_whole(tmp_path):
    # Run as cron runs it: output to a file, no terminal, no COLUMNS.
    name = "acled_pakistan_weekly_update_2024_week_35.csv"
    acled_table(3, "PAK").to_csv(tmp_path / name, index=False)
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    command = [sys.executable, "-m", "analysis", "ingest", str(tmp_path / name)]
    with open(tmp_path / "log.txt", "w") as log:
        subprocess.run(
            [*command, "--store", str(tmp_path / "s.duckdb")], stdout=log, env=env, check=True
        )
    rows = [line for line in (tmp_path / "log.txt").read_text().splitlines() if name in line]
    assert len(rows) == 2  # the ingest table and the fatalities table, each with its name whole


def test_unknown_layout_asks_for_source(cli, tmp_path, store_path):
    path = tmp_path / "mine.csv"
    path.write_text("date,place\n2024-08-25,Kalat\n", encoding="utf-8")
    result = cli("ingest", path, "--store", store_path)
    assert result.exit_code == 2
    assert "cannot tell the layout from the header" in result.output


def test_mapping_naming_a_column_the_file_lacks(cli, tmp_path, store_path):
    path = tmp_path / "mine.csv"
    path.write_text("id,date\nA,2024-08-25\n", encoding="utf-8")
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        "source: mine\nevents:\n  columns: {source_event_id: id, date_start: day}\n",
        encoding="utf-8",
    )
    result = cli("ingest", path, "--mapping", mapping, "--store", store_path)
    assert result.exit_code == 2
    assert "column 'day' (mapped to 'date_start') is not in the file" in result.output


def test_mapping_with_unknown_canonical_name(cli, tmp_path, store_path):
    path = tmp_path / "mine.csv"
    path.write_text("id,date\nA,2024-08-25\n", encoding="utf-8")
    mapping = tmp_path / "mine.yaml"
    mapping.write_text(
        "source: mine\nevents:\n  columns: {source_event_id: id, date: date}\n", encoding="utf-8"
    )
    result = cli("ingest", path, "--mapping", mapping, "--store", store_path)
    assert result.exit_code == 2
    assert "'date' is not a canonical column" in result.output


def test_unreadable_sheet_is_exit_2(cli, tmp_path, store_path):
    path = tmp_path / "acled.xlsx"
    acled_table(3, "PAK").to_excel(path, sheet_name="export", index=False)
    result = cli("ingest", path, "--sheet", "Sheet9", "--store", store_path)
    assert result.exit_code == 2
    assert "no sheet named 'Sheet9' (sheets: export)" in result.output
    report = cli.json("ingest", path, "--store", store_path)
    assert (report["rows_read"], report["stored"]) == (3, 3)


def test_json_output_is_exactly_one_object(tmp_path, store_path):
    path = tmp_path / "acled.csv"
    acled_table(4, "PAK").to_csv(path, index=False)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "ingest",
            str(path),
            "--store",
            str(store_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    assert {"rows_read", "stored", "unchanged", "replaced", "quarantined"} <= set(report)
    assert "quarantined_by_reason" in report and report["rows_read"] == 4


def test_store_from_environment_variable(tmp_path, monkeypatch, cli):
    path = tmp_path / "acled.csv"
    acled_table(2, "PAK").to_csv(path, index=False)
    monkeypatch.setenv("ANALYSIS_STORE", str(tmp_path / "env.duckdb"))
    cli.json("ingest", path)
    assert (tmp_path / "env.duckdb").exists()
    assert cli.json("summary")["events"] == 2


def test_summary_of_a_missing_store_is_exit_2(cli, tmp_path):
    result = cli("summary", "--store", tmp_path / "none.duckdb")
    assert result.exit_code == 2
    assert "no event store here" in result.output


def test_quarantine_json_lists_file_row_column_reason(cli, tmp_path, store_path):
    frame = acled_table(3, "PAK")
    frame.loc[1, "latitude"] = "200"
    path = tmp_path / "acled.csv"
    frame.to_csv(path, index=False)
    cli.json("ingest", path, "--store", store_path)
    listed = cli.json("quarantine", "--store", store_path)
    assert listed["rows"] == 1
    (row,) = listed["quarantine"]
    assert (row["source_row"], row["column"], row["reason"]) == (
        3,
        "latitude",
        "latitude outside -90..90",
    )
    assert json.loads(row["raw"])["latitude"] == "200"
    assert pd.notna(row["ingest_batch"])


# ------------------------------------------------ a new store is made on purpose, or said so


def test_a_store_in_a_missing_folder_is_a_typo_and_refused(cli, tmp_path, monkeypatch):
    path = tmp_path / "acled.csv"
    acled_table(2, "PAK").to_csv(path, index=False)
    typo = tmp_path / "sotres" / "monthly" / "events.duckdb"
    result = cli("ingest", path, "--store", typo)
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {typo}: no store there, and no folder {typo.parent}; check the path, or "
        "give --create to make a new store there"
    )
    assert not (tmp_path / "sotres").exists()
    # the same path from $ANALYSIS_STORE is refused too: only data/events.duckdb is implied
    monkeypatch.setenv("ANALYSIS_STORE", str(typo))
    assert cli("ingest", path).exit_code == 2 and not (tmp_path / "sotres").exists()
    # --create makes the folders and the store, and says so
    result = cli("ingest", path, "--store", typo, "--create", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["created_store"], report["stored"]) == (True, 2)
    assert result.stderr == f"created a new store at {typo}\n"
    assert typo.is_file()


def test_a_new_store_in_an_existing_folder_is_said_once(cli, tmp_path, store_path):
    path = tmp_path / "acled.csv"
    acled_table(3, "PAK").to_csv(path, index=False)
    first = cli("ingest", path, "--store", store_path, "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["created_store"] is True
    assert first.stderr == f"created a new store at {store_path}\n"
    again = cli("ingest", path, "--store", store_path, "--json")
    assert json.loads(again.stdout)["created_store"] is False and again.stderr == ""
    # without --json, the same line on stderr, and the counts on stdout
    other = tmp_path / "other.duckdb"
    text = cli("ingest", path, "--store", other)
    assert text.exit_code == 0 and text.stderr == f"created a new store at {other}\n"
    assert "Ingest" in text.stdout


def test_the_default_store_is_made_where_data_is_missing(cli, tmp_path, monkeypatch):
    # a fresh folder (an installed package, no clone): data/events.duckdb needs no --create,
    # and the line names the store in full, so a command run from the wrong folder shows
    path = tmp_path / "acled.csv"
    acled_table(2, "PAK").to_csv(path, index=False)
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("ANALYSIS_STORE", raising=False)
    result = cli("ingest", path, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["created_store"] is True
    assert result.stderr == f"created a new store at {work / 'data' / 'events.duckdb'}\n"


def test_the_python_api_makes_the_default_store_s_folder_and_refuses_another(tmp_path, monkeypatch):
    # the README's first Python line, run in a fresh folder: data/ is made as by the CLI;
    # any other missing folder is still a typo without create=True
    from analysis.errors import UserError
    from analysis.store import EventStore, ingest_files

    path = tmp_path / "acled.csv"
    acled_table(2, "PAK").to_csv(path, index=False)
    monkeypatch.chdir(tmp_path)
    (report,) = ingest_files("data/events.duckdb", [path])
    assert report.stored == 2 and (tmp_path / "data" / "events.duckdb").is_file()
    with pytest.raises(UserError, match="no folder stores; check the path, or pass create"):
        EventStore("stores/events.duckdb")
    with pytest.raises(UserError, match="no folder data/typo"):
        ingest_files("data/typo/events.duckdb", [path])
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["events.duckdb"]


def test_a_first_ingest_that_fails_leaves_no_store(cli, tmp_path, store_path):
    path = tmp_path / "odd.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("ingest", path, "--store", store_path)
    assert result.exit_code == 2 and "cannot tell the layout" in result.output
    assert len(result.output.strip().splitlines()) == 1  # no "created" line
    assert not store_path.exists() and not list(store_path.parent.glob("*.duckdb*"))


def test_clean_and_delete_refuse_a_missing_store(cli, tmp_path):
    missing = tmp_path / "typo.duckdb"
    ids = tmp_path / "deleted.txt"
    ids.write_text("PAK1\n", encoding="utf-8")
    for args in (("clean", "--store", missing), ("delete", ids, "--store", missing)):
        result = cli(*args)
        assert result.exit_code == 2
        assert result.output.strip() == (
            f"error: {missing}: no event store here; run `analysis ingest` first"
        )
    assert not missing.exists()


def test_extract_ends_with_the_ingest_line_naming_the_store_in_full(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANALYSIS_STORE", raising=False)
    article = tmp_path / "quetta.txt"
    article.write_text("Gunmen killed 3 policemen in Quetta on Sunday, police said.\n")
    result = cli("extract", article, "--published", "2024-08-26")
    assert result.exit_code == 0, result.output
    store = tmp_path / "data" / "events.duckdb"
    events, mapping = tmp_path / "quetta_candidates.csv", tmp_path / "quetta_candidates.yaml"
    line = result.stdout.strip().splitlines()[-1]
    assert line == (
        f"ingest with: analysis ingest --store {store} --source generic --mapping {mapping} "
        f"{events}"
    )
    # the line as printed works, and the one candidate (3 policemen) is stored
    ingested = cli(*line.split()[3:], "--json")
    assert ingested.exit_code == 0, ingested.output
    assert json.loads(ingested.stdout)["created_store"] is True
    assert ingested.stderr == f"created a new store at {store}\n"
    assert cli.json("summary", "--store", store)["events"] == 1


def test_the_command_list_gives_each_command_one_line():
    # `analysis --help` lists each command with its docstring's first paragraph, line breaks
    # kept: a summary wrapped in the source would break mid-sentence in the list.
    from typer.testing import CliRunner

    from analysis.cli import app

    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert result.exit_code == 0
    listed = {
        line.strip("│ ").split(" ", 1)[0]: line.strip("│ ").split(" ", 1)[1].strip()
        for line in result.output.splitlines()
        if line.startswith("│ ") and line.strip("│ ")
    }
    assert listed["ingest"] == (
        "Read event tables into the store, print the counts, bring the cleaning up to date."
    )
    assert listed["clean"] == "Clean the stored events in full, or with --update only what changed."
    assert listed["quarantine"] == "List quarantined rows: file, row, column and reason."
    assert listed["delete"] == "Mark events deleted (ACLED deletion lists): kept, not removed."
    assert set(listed) >= {"summary", "report", "extract", "batch"}
