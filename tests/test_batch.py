"""Scheduled reports: the manifest, rolling windows, skipping unchanged jobs, the runners,
the catalog, and a 12-job batch on a real Dask LocalCluster with one failing and one hanging
job.

The store is the bundled ACLED sample, ingested and cleaned; src/analysis/samples/README.md
gives its hand-worked totals (Balochistan, August 2024: 15 events, 78 deaths).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from datetime import date
from pathlib import Path

import psutil
import pytest
import yaml

from analysis.batch import load_manifest, run_batch
from analysis.batch.executors import run_job
from analysis.batch.plan import plan_jobs
from analysis.batch.state import STATE_FILE, BatchState
from analysis.errors import UserError
from analysis.reports.catalog import read_catalog, write_index
from analysis.reports.params import Places, parse_params, parse_window
from analysis.reports.render import KERNEL_LAUNCHER
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import clean_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "analysis" / "samples"
NOTEBOOKS = Path(__file__).resolve().parent / "fixtures" / "notebooks"
AS_OF = date(2024, 9, 2)  # a Monday


@pytest.fixture(scope="module")
def acled_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("batch-store") / "acled.duckdb"
    ingest_files(path, [SAMPLE / "acled_pakistan_sample.csv"])
    with EventStore(path) as store:
        clean_store(store)
    return path


def write_manifest(folder: Path, content: dict | str) -> Path:
    path = folder / "manifest.yaml"
    text = content if isinstance(content, str) else yaml.safe_dump(content, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- windows


@pytest.mark.parametrize(
    "window, first, last",
    [
        ("last 7 days", date(2024, 8, 27), date(2024, 9, 2)),
        ("previous week", date(2024, 8, 26), date(2024, 9, 1)),
        ("previous calendar month", date(2024, 8, 1), date(2024, 8, 31)),
        ("Previous Month", date(2024, 8, 1), date(2024, 8, 31)),
        ("previous calendar year", date(2023, 1, 1), date(2023, 12, 31)),
        ("year to date", date(2024, 1, 1), date(2024, 9, 2)),
        ("month to date", date(2024, 9, 1), date(2024, 9, 2)),
        ("week to date", date(2024, 9, 2), date(2024, 9, 2)),
        ("last 3 months", date(2024, 6, 3), date(2024, 9, 2)),
    ],
)
def test_rolling_windows_resolve_against_the_day(window, first, last):
    assert parse_window(window, AS_OF) == (first, last)


def test_previous_week_and_month_across_year_and_leap_day():
    assert parse_window("previous week", date(2025, 1, 1)) == (
        date(2024, 12, 23),
        date(2024, 12, 29),
    )
    assert parse_window("previous calendar month", date(2024, 1, 15)) == (
        date(2023, 12, 1),
        date(2023, 12, 31),
    )
    assert parse_window("previous month", date(2024, 3, 31)) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )


def test_unknown_window_lists_every_form():
    with pytest.raises(UserError, match="'previous calendar month'.*'year to date'"):
        parse_window("fortnight", AS_OF)


def test_as_of_anchors_the_window_instead_of_the_latest_event():
    places = Places(
        countries={"pakistan": "Pakistan"}, first=date(2024, 8, 1), last=date(2024, 8, 31)
    )
    params = parse_params({"window": "previous week"}, places, "s.duckdb", as_of=AS_OF)
    assert (params.start, params.end, params.window) == (
        date(2024, 8, 26),
        date(2024, 9, 1),
        "previous week",
    )
    latest = parse_params({"window": "previous week"}, places, "s.duckdb")  # 31 Aug: a Saturday
    assert (latest.start, latest.end) == (date(2024, 8, 19), date(2024, 8, 25))


# ---------------------------------------------------------------------------- manifest


def test_manifest_expands_kinds_and_matrix_with_defaults(tmp_path):
    path = write_manifest(
        tmp_path,
        """
store: stores/events.duckdb
defaults:
  timeout: 120
  retries: 2
  params: {country: Pakistan, window: previous week, compare: no}
jobs:
  - name: weekly-{admin1}
    kind: [timeline, casualties]
    matrix: {admin1: [Balochistan, Khyber Pakhtunkhwa]}
  - kind: actors
    params: {start: 2024-08-01, end: 2024-08-31, top: 5}
    timeout: 30
    retries: 0
    output: "actors_{name}_{as_of}.html"
""",
    )
    manifest = load_manifest(path)
    assert manifest.store == tmp_path / "stores" / "events.duckdb" and manifest.out is None
    assert [(j.name, j.kind) for j in manifest.jobs] == [
        ("weekly-balochistan-timeline", "timeline"),
        ("weekly-khyber-pakhtunkhwa-timeline", "timeline"),
        ("weekly-balochistan-casualties", "casualties"),
        ("weekly-khyber-pakhtunkhwa-casualties", "casualties"),
        ("actors", "actors"),
    ]
    first, last = manifest.jobs[0], manifest.jobs[-1]
    assert first.params == {
        "country": "Pakistan",
        "window": "previous week",
        "compare": "no",
        "admin1": "Balochistan",
    }
    assert (first.timeout, first.retries, first.index, last.index) == (120.0, 2, 1, 2)
    # a job's own period replaces the default window; YAML dates and numbers become text
    assert last.params == {
        "country": "Pakistan",
        "compare": "no",
        "start": "2024-08-01",
        "end": "2024-08-31",
        "top": "5",
    }
    assert (last.timeout, last.retries, last.output) == (30.0, 0, "actors_{name}_{as_of}.html")


def test_kind_all_and_the_sample_manifest():
    manifest = load_manifest(SAMPLE / "manifest.yaml")
    assert len(manifest.jobs) == 9
    assert [j.name for j in manifest.jobs][:2] == [
        "weekly-balochistan",
        "weekly-khyber-pakhtunkhwa",
    ]
    assert {j.kind for j in manifest.jobs} == {"timeline", "casualties", "actors"}


@pytest.mark.parametrize(
    "content, message",
    [
        ("jobs: []", r"manifest.yaml: 'jobs': expected a non-empty list"),
        ("jobs: [{kind: maps}]", r"manifest.yaml: job 1 'kind': unknown report 'maps'"),
        (
            "jobs: [{kind: timeline}, {name: w, kind: timeline, timout: 5}]",
            r"manifest.yaml: job 2 \(w\) 'timout': unknown key \(did you mean timeout\?\)",
        ),
        (
            "jobs: [{name: w, kind: timeline, params: {regoin: Sindh}}]",
            r"job 1 \(w\) 'params.regoin': unknown report parameter",
        ),
        (
            "jobs: [{name: w, kind: timeline, params: {window: last fortnight}}]",
            r"job 1 \(w\) 'params.window': expected 'last N days'",
        ),
        (
            "jobs: [{name: w, kind: timeline, params: {window: last week, start: 2024-08-01}}]",
            r"'params.window': give either window or start/end",
        ),
        (
            "jobs: [{name: w, kind: timeline, params: {end: 2024-02-30}}]",
            r"'params.end': not a date",
        ),
        ("jobs: [{name: w, kind: timeline, timeout: 0}]", r"'timeout': expected a number"),
        ("jobs: [{name: w, kind: timeline, retries: -1}]", r"'retries': expected a whole number"),
        (
            "jobs: [{name: w, kind: timeline, output: 'a/{kind}.html'}]",
            r"'output': a plain file name",
        ),
        ("jobs: [{name: w, kind: timeline, output: '{place}.html'}]", r"unknown field \{place\}"),
        ("jobs: [{name: w, kind: timeline, notebook: nowhere.ipynb}]", r"'notebook': .*not found"),
        (
            "jobs: [{name: w, kind: timeline, params: {admin1: Sindh}, matrix: {admin1: [A]}}]",
            r"'matrix.admin1': given in params too",
        ),
        ("jobs: [{name: w, kind: timeline}, {name: w, kind: actors}]", r"job 2 \(w\) 'name'"),
        ("jobs: [{kind: timeline, params: {store: x.duckdb}}]", r"'params.store': give the store"),
        ("jobs: [kind: timeline", r"manifest.yaml: not valid YAML \(line 1\)"),
        ("verison: 1\njobs: [{kind: timeline}]", r"'verison': unknown key \(did you mean version"),
    ],
)
def test_manifest_mistakes_name_file_job_and_key(tmp_path, content, message):
    with pytest.raises(UserError, match=message):
        load_manifest(write_manifest(tmp_path, content))


def test_cli_manifest_mistakes_exit_2(tmp_path, cli):
    bad = write_manifest(tmp_path, "jobs: [{kind: timeline, timout: 5}]")
    result = cli("batch", bad, "--store", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "did you mean timeout" in result.output
    assert "Traceback" not in result.output
    good = write_manifest(tmp_path, "jobs: [{kind: timeline}]")
    result = cli("batch", good, "--as-of", "2024-13-01")
    assert result.exit_code == 2 and "--as-of '2024-13-01': not a date" in result.output
    result = cli("batch", good, "--store", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "no event store here" in result.output
    assert cli("batch", tmp_path / "missing.yaml").exit_code == 2
    both = cli("batch", good, "--workers", "2", "--dask-address", "tcp://127.0.0.1:1")
    assert both.exit_code == 2 and "not both" in both.output


def test_every_mistake_of_a_manifest_is_listed_at_once(tmp_path, cli, acled_store):
    # three mistakes of the manifest itself, and a region the store does not hold
    bad = write_manifest(
        tmp_path,
        """
defaults: {timout: 600}
jobs:
  - {name: q, kind: timline, params: {admin1: Balochistn, start: 2024-08-01, end: 2024-08-31}}
  - {name: r, kind: actors, retries: -1, params: {admin1: Balochistan}}
""",
    )
    result = cli("batch", bad, "--store", acled_store)
    assert result.exit_code == 2
    lines = result.stderr.removeprefix("error: ").splitlines()
    assert lines == [
        f"{bad}: 'defaults.timout': unknown key (did you mean defaults.timeout?)",
        f"{bad}: job 1 (q) 'kind': unknown report 'timline' (did you mean timeline?)",
        f"{bad}: job 2 (r) 'retries': expected a whole number ≥ 0, not -1",
        f"{bad}: job 1 (q) 'params': admin1='Balochistn': no region of that name in the store "
        "(did you mean Balochistan?)",
    ]


def test_the_batch_names_its_folders_without_dots(tmp_path, acled_store):
    # a manifest in jobs/ writing to ../reports: the summary names tmp_path/reports
    (tmp_path / "jobs").mkdir()
    path = write_manifest(
        tmp_path / "jobs",
        {
            "out": "../reports",
            "jobs": [{"name": "x", "kind": "timeline", "params": {"admin1": "Atlantis"}}],
        },
    )
    store = acled_store.parent / ".." / acled_store.parent.name / acled_store.name
    summary = run_batch(path, store=store, as_of=AS_OF)
    assert summary["store"] == str(acled_store.resolve())
    assert summary["out"] == str((tmp_path / "reports").resolve())
    assert summary["manifest"] == str(path.resolve())
    assert (tmp_path / "reports" / "index.html").is_file()
    assert [j["status"] for j in summary["jobs"]] == ["failed"]


# ----------------------------------------------------------------- plan and incremental


def test_unchanged_jobs_are_skipped_until_an_input_changes(tmp_path, acled_store):
    notebook = tmp_path / "custom.ipynb"
    notebook.write_bytes((NOTEBOOKS / "failing.ipynb").read_bytes())
    path = write_manifest(
        tmp_path,
        f"""
jobs:
  - name: month
    kind: timeline
    params: {{admin1: Balochistan, window: previous calendar month}}
  - name: custom
    kind: casualties
    notebook: {notebook}
    params: {{admin1: Balochistan, window: last 7 days}}
  - name: nowhere
    kind: actors
    params: {{admin1: Atlantis}}
""",
    )
    jobs = load_manifest(path).jobs
    out = tmp_path / "out"
    out.mkdir()
    state = BatchState.load(out)
    first = plan_jobs(jobs, acled_store, state, AS_OF)
    assert [p.output for p in first] == [
        "timeline_balochistan_2024-08-01_2024-08-31.html",
        "casualties_balochistan_2024-08-27_2024-09-02.html",
        None,
    ]
    assert [p.status for p in first] == [None, None, "failed"]
    assert "admin1='Atlantis'" in first[2].error and first[2].region == "Atlantis"
    for item in first[:2]:  # as if rendered
        (out / item.output).write_text("<html></html>")
        state.record(item.output, item.fingerprint, item.job.name)
    state.save()
    assert json.loads((out / STATE_FILE).read_text())["outputs"][first[0].output]["job"] == "month"

    again = plan_jobs(jobs, acled_store, BatchState.load(out), AS_OF)
    assert [p.status for p in again] == ["skipped", "skipped", "failed"]
    forced = plan_jobs(jobs, acled_store, BatchState.load(out), AS_OF, force=True)
    assert [p.status for p in forced] == [None, None, "failed"]
    # the next day moves the 7-day window (a new output) but not the calendar month
    later = plan_jobs(jobs, acled_store, BatchState.load(out), date(2024, 9, 3))
    assert [p.status for p in later[:2]] == ["skipped", None]
    assert later[1].output == "casualties_balochistan_2024-08-28_2024-09-03.html"
    # an output something else has written since (analysis report, an editor) renders again
    time.sleep(0.01)
    (out / first[0].output).write_text("<html>other</html>")
    assert plan_jobs(jobs, acled_store, BatchState.load(out), AS_OF)[0].status is None
    # a changed notebook, or a removed output, renders again
    notebook.write_bytes(notebook.read_bytes().replace(b"on purpose", b"on purpose!"))
    (out / first[0].output).unlink()
    changed = plan_jobs(jobs, acled_store, BatchState.load(out), AS_OF)
    assert [p.status for p in changed[:2]] == [None, None]


def test_regions_written_in_another_script_get_two_outputs_and_latin_ones_keep_theirs(tmp_path):
    # the ACLED sample with Sindh (2 events) and Punjab (1) renamed in Cyrillic: each
    # reduced to "x" before, one job name and one output for both
    sample = (SAMPLE / "acled_pakistan_sample.csv").read_text(encoding="utf-8")
    renamed = sample.replace(",Pakistan,Sindh,", ",Pakistan,Синд,")
    renamed = renamed.replace(",Pakistan,Punjab,", ",Pakistan,Пенджаб,")
    assert renamed.count(",Синд,") == 2 and renamed.count(",Пенджаб,") == 1
    csv = tmp_path / "acled_cyrillic.csv"
    csv.write_text(renamed, encoding="utf-8")
    store = tmp_path / "cyrillic.duckdb"
    ingest_files(store, [csv])
    with EventStore(store) as db:
        clean_store(db)
    path = write_manifest(
        tmp_path,
        """
defaults:
  params: {window: previous calendar month}
jobs:
  - kind: timeline
    matrix: {admin1: [Синд, Пенджаб]}
  - name: month
    kind: timeline
    params: {admin1: Balochistan}
""",
    )
    jobs = load_manifest(path).jobs
    sindh, punjab = (hashlib.sha256(n.encode()).hexdigest()[:8] for n in ("Синд", "Пенджаб"))
    assert [j.name for j in jobs] == [f"timeline-x-{sindh}", f"timeline-x-{punjab}", "month"]
    out = tmp_path / "out"
    out.mkdir()
    state = BatchState.load(out)
    first = plan_jobs(jobs, store, state, AS_OF)
    assert [(p.status, p.region) for p in first] == [(None, "Синд"), (None, "Пенджаб")] + [
        (None, "Balochistan")
    ]
    assert [p.output for p in first] == [
        f"timeline_x-{sindh}_2024-08-01_2024-08-31.html",
        f"timeline_x-{punjab}_2024-08-01_2024-08-31.html",
        "timeline_balochistan_2024-08-01_2024-08-31.html",  # the name it always had
    ]
    for item in first:  # as if rendered
        (out / item.output).write_text("<html></html>")
        state.record(item.output, item.fingerprint, item.job.name)
    state.save()
    again = plan_jobs(jobs, store, BatchState.load(out), AS_OF)
    assert [p.status for p in again] == ["skipped"] * 3
    assert [p.fingerprint for p in again] == [p.fingerprint for p in first]


def test_a_new_ingest_changes_every_fingerprint(tmp_path, acled_store):
    store = tmp_path / "copy.duckdb"
    store.write_bytes(acled_store.read_bytes())
    jobs = load_manifest(write_manifest(tmp_path, "jobs: [{kind: timeline}]")).jobs
    before = plan_jobs(jobs, store, BatchState.load(tmp_path), AS_OF)[0].fingerprint
    ingest_files(store, [SAMPLE / "acled_pakistan_update.csv"])
    with EventStore(store) as db:
        clean_store(db)
    after = plan_jobs(jobs, store, BatchState.load(tmp_path), AS_OF)[0].fingerprint
    assert before and after and before != after


def test_a_batch_computes_the_data_version_once(tmp_path, acled_store, monkeypatch):
    from analysis.batch.orchestrator import run_batch
    from analysis.store import queries
    from analysis.store.queries import store_version

    computed = []
    real = queries.data_version

    def counted(ingests, cleaned_at):
        computed.append(cleaned_at)
        return real(ingests, cleaned_at)

    monkeypatch.setattr(queries, "data_version", counted)
    jobs = "jobs: [{kind: timeline, params: {admin1: Balochistan, window: last 7 days}}]"
    out = tmp_path / "out"
    planned = plan_jobs(load_manifest(write_manifest(tmp_path, jobs)).jobs, acled_store,
                        BatchState.load(out), AS_OF)  # fmt: skip
    assert len(computed) == 1
    real_version = store_version(acled_store)
    (out / planned[0].output).parent.mkdir(parents=True, exist_ok=True)
    (out / planned[0].output).write_text("<html></html>")  # as if rendered: skipped below
    state = BatchState.load(out)
    state.record(planned[0].output, planned[0].fingerprint, planned[0].job.name)
    state.save()
    # the plan's skip decision, the jobs' specs and the index's "current" marks share one
    # computation (before: one to plan and one more for the index)
    computed.clear()
    summary = run_batch(write_manifest(tmp_path, jobs), acled_store, out, AS_OF, workers=1)
    assert (summary["skipped"], summary["rendered"], len(computed)) == (1, 0, 1)
    # a version given to the plan is not computed again, and decides as computed would
    state = BatchState.load(out)
    other = plan_jobs([planned[0].job], acled_store, state, AS_OF, data_version="another")
    same = plan_jobs([planned[0].job], acled_store, state, AS_OF, data_version=real_version)
    assert len(computed) == 1
    assert (other[0].status, same[0].status) == (None, "skipped")


# ----------------------------------------------------------------------------- catalog


def _page(kind: str, region: str, start: str, end: str) -> str:
    from analysis.reports import markup

    meta = {"kind": kind, "region": region, "start": start, "end": end, "generated": "g"}
    return markup.page(f"{kind} {region} {start}", "<p>x</p>", meta)


def test_catalog_groups_by_region_and_kind_newest_first(tmp_path):
    pages = [
        ("timeline", "Sindh", "2024-08-01", "2024-08-31"),
        ("timeline", "Sindh", "2024-09-01", "2024-09-30"),
        ("actors", "Sindh", "2024-09-01", "2024-09-30"),
        ("timeline", "Balochistan", "2024-08-19", "2024-08-25"),
        ("timeline", "Balochistan", "2024-08-26", "2024-09-01"),
    ]
    for i, page in enumerate(pages):
        (tmp_path / f"r{i}.html").write_text(_page(*page), encoding="utf-8")
    (tmp_path / ".r9.html.abc.tmp").write_text("half")
    batch = {"as_of": "2024-09-02", "rendered": 4, "skipped": 0, "failed": 1, "jobs": []}
    batch["jobs"] = [{"job": "broken", "status": "timeout", "error": "stopped after 5 s"}]
    index = write_index(tmp_path, batch=batch)
    catalog = json.loads((tmp_path / "catalog.json").read_text())
    order = [(r["region"], r["kind"], r["start"]) for r in catalog["reports"]]
    assert order == [
        ("Balochistan", "timeline", "2024-08-26"),
        ("Balochistan", "timeline", "2024-08-19"),
        ("Sindh", "actors", "2024-09-01"),
        ("Sindh", "timeline", "2024-09-01"),
        ("Sindh", "timeline", "2024-08-01"),
    ]
    assert catalog["last_batch"]["failed"] == 1
    page = index.read_text(encoding="utf-8")
    assert page.index("<h2>Balochistan</h2>") < page.index("<h2>Sindh</h2>")
    assert "4 rendered, 0 skipped, 1 failed" in page and "broken: timeout" in page
    assert "r9" not in page
    # a later index without a batch keeps the last batch's summary
    write_index(tmp_path)
    assert json.loads((tmp_path / "catalog.json").read_text())["last_batch"]["failed"] == 1
    assert [e.file for e in read_catalog(tmp_path)][:2] == ["r4.html", "r3.html"]


# ---------------------------------------------------------------------- the child process


def test_the_index_shows_which_jobs_were_tried_again_and_why(tmp_path):
    kernel = {"attempt": 1, "status": "failed", "kernel_start": True}
    batch = {
        "as_of": "2024-09-02",
        "rendered": 2,
        "skipped": 1,
        "failed": 1,
        "jobs": [
            {
                "job": "weekly",
                "status": "rendered",
                "retried": [{**kernel, "error": "kernel died before replying"}],
            },
            {
                "job": "monthly",
                "status": "timeout",
                "error": "stopped after 30 s",
                "retried": [
                    {**kernel, "error": "<script>alert(1)</script>"},
                    {"attempt": 2, "status": "failed", "kernel_start": False, "error": "boom"},
                ],
            },
            {"job": "daily", "status": "rendered", "retried": []},
            {"job": "yearly", "status": "skipped", "retried": []},
        ],
    }
    page = write_index(tmp_path, batch=batch).read_text(encoding="utf-8")
    assert "Tried again: 2 job(s), each attempt with its reason." in page
    assert (
        "<li>weekly: rendered after 1 retry: attempt 1 (its kernel did not start, not counted "
        "in retries): kernel died before replying</li>"
    ) in page
    assert (
        "<li>monthly: timed out after 2 retries: attempt 1 (its kernel did not start, not "
        "counted in retries): &lt;script&gt;alert(1)&lt;/script&gt;; attempt 2 (failed): "
        "boom</li>"
    ) in page
    assert "<script>" not in page and "daily:" not in page and "yearly:" not in page
    # the catalog keeps the lists as they were
    last = json.loads((tmp_path / "catalog.json").read_text())["last_batch"]
    assert [len(j["retried"]) for j in last["jobs"]] == [1, 2, 0, 0]
    # a batch that tried nothing again says nothing of it
    batch["jobs"] = batch["jobs"][2:]
    assert "Tried again" not in write_index(tmp_path, batch=batch).read_text(encoding="utf-8")


@pytest.mark.long
def test_a_hanging_job_is_killed_with_its_kernel(tmp_path, acled_store):
    target = tmp_path / "hanging.html"
    spec = {
        "job": "hanging",
        "kind": "timeline",
        "params": {"admin1": "Balochistan"},
        "store": str(acled_store),
        "target": str(target),
        "notebook": str(NOTEBOOKS / "hanging.ipynb"),
        "as_of": AS_OF.isoformat(),
        # the kernel runs the hanging cell about 4 s after the job starts, on a busy machine
        "timeout": 6,
        "retries": 1,
    }
    started = time.monotonic()
    result = run_job(spec)
    assert result["status"] == "timeout" and result["attempts"] == 2
    assert result["error"] == "stopped after 6 s"
    assert 12 <= time.monotonic() - started < 40
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no half-written notebook
    assert _kernels_of_this_checkout() == []


@pytest.mark.parametrize(
    ("retries", "attempts", "status", "tried_again"),
    [
        # a kernel that does not start is tried once more, even with retries: 0 …
        (0, ["kernel_start", "rendered"], "rendered", [(1, True)]),
        # … once only: a second start failure ends the job
        (0, ["kernel_start", "kernel_start"], "failed", [(1, True)]),
        # a failure in the notebook's cells follows retries alone
        (0, ["failed"], "failed", []),
        (1, ["failed", "failed"], "failed", [(1, False)]),
        (1, ["timeout", "rendered"], "rendered", [(1, False)]),
        # the start failure's attempt comes on top of the job's retries
        (1, ["kernel_start", "failed", "rendered"], "rendered", [(1, True), (2, False)]),
        (1, ["failed", "kernel_start", "kernel_start"], "failed", [(1, False), (2, True)]),
    ],
)
def test_a_kernel_start_failure_gets_one_attempt_more_than_retries(
    monkeypatch, retries, attempts, status, tried_again
):
    from analysis.batch import executors

    errors = {
        "kernel_start": "timeline.ipynb: the kernel did not start (RuntimeError: Kernel died "
        "before replying to kernel_info)",
        "failed": "timeline.ipynb: cell 3 failed with KeyError: 'x'",
        "timeout": "stopped after 5 s",
        "rendered": "",
    }
    outcomes = iter(attempts)

    def attempt(spec):
        outcome = next(outcomes)
        return outcome, errors[outcome]

    monkeypatch.setattr(executors, "_attempt", attempt)
    result = run_job({"job": "weekly", "timeout": 5, "retries": retries})
    assert next(outcomes, None) is None  # every attempt listed was made, and no more
    assert (result["status"], result["attempts"]) == (status, len(attempts))
    assert [(r["attempt"], r["kernel_start"]) for r in result["retried"]] == tried_again
    for retry in result["retried"]:
        outcome = attempts[retry["attempt"] - 1]
        assert retry["error"] == errors[outcome]
        assert retry["status"] == ("timeout" if outcome == "timeout" else "failed")
    last = attempts[-1]
    assert result["error"] == (errors[last] or None)


def test_a_kernel_that_does_not_start_is_the_child_s_own_exit_code(
    tmp_path, acled_store, monkeypatch, capsys
):
    # in this process, as the child runs it: the kernel manager's start fails the way
    # jupyter_client fails on a loaded machine; nothing of the notebook runs
    import io

    from jupyter_client import AsyncKernelManager

    from analysis.batch import child

    async def no_start(self, **kwargs):
        raise RuntimeError("Kernel didn't respond in 120 seconds")

    monkeypatch.setattr(AsyncKernelManager, "start_kernel", no_start)
    target = tmp_path / "out" / "timeline.html"
    spec = {
        "job": "weekly",
        "kind": "timeline",
        "params": {"admin1": "Balochistan"},
        "store": str(acled_store),
        "target": str(target),
        "notebook": str(NOTEBOOKS / "failing.ipynb"),
        "as_of": AS_OF.isoformat(),
    }
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(spec)))
    assert child.main() == child.KERNEL_START_EXIT == 3
    assert capsys.readouterr().err == (
        "failing.ipynb: the kernel did not start (RuntimeError: Kernel didn't respond in 120 "
        "seconds)\n"
    )
    assert list(target.parent.iterdir()) == []  # no executed notebook kept: nothing ran


def test_a_batch_tries_a_kernel_that_died_at_start_once_more(
    tmp_path, acled_store, cli, monkeypatch, first_kernel_dies
):
    # The first kernel this batch starts dies before it answers (as a kernel did once under
    # load: "Kernel died before replying to kernel_info"); retries: 0, yet the job renders on
    # its second attempt, and the summary and the log say why it was tried again.
    marker = first_kernel_dies
    notebook = tmp_path / "small.ipynb"
    small = json.loads((NOTEBOOKS / "failing.ipynb").read_text(encoding="utf-8"))
    small["cells"][1]["source"] = [
        "from IPython.display import HTML\n",
        'HTML("<p>rendered on the second attempt</p>")',
    ]
    notebook.write_text(json.dumps(small), encoding="utf-8")
    manifest = write_manifest(
        tmp_path,
        {
            "defaults": {"retries": 0, "timeout": 120},
            "jobs": [
                {
                    "name": "weekly",
                    "kind": "timeline",
                    "notebook": str(notebook),
                    "params": {"admin1": "Balochistan", "window": "previous week"},
                    "output": "weekly.html",
                }
            ],
        },
    )
    out = tmp_path / "reports"
    args = ("batch", manifest, "--store", acled_store, "--out", out, "--as-of", "2024-09-02")
    result = cli(*args, "--workers", "1", "--json")
    assert result.exit_code == 0, result.output
    assert marker.exists()  # the first kernel did die
    (job,) = json.loads(result.stdout)["jobs"]
    assert (job["status"], job["attempts"], job["error"]) == ("rendered", 2, None)
    died = (
        "small.ipynb: the kernel did not start (RuntimeError: Kernel died before replying to "
        "kernel_info)"
    )
    assert job["retried"] == [
        {"attempt": 1, "status": "failed", "error": died, "kernel_start": True}
    ]
    assert result.stderr == (
        f"warning: weekly: attempt 1 tried again (its kernel did not start, not counted in "
        f"retries): {died}\n"
    )
    page = (out / "weekly.html").read_text(encoding="utf-8")
    assert "rendered on the second attempt" in page
    catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    assert catalog["last_batch"]["jobs"][0]["retried"] == job["retried"]
    assert _kernels_of_this_checkout() == []


def _is_kernel(cmdline: list[str]) -> bool:
    """Whether a process's command line is a Jupyter kernel's: ipykernel's launcher, or the
    reports' own (:data:`analysis.reports.render.KERNEL_LAUNCHER`)."""
    return "ipykernel_launcher" in cmdline or KERNEL_LAUNCHER in cmdline


def _kernels_of_this_checkout(wait: float = 10) -> list[int]:
    """ipykernel processes started by this checkout's interpreter that are still running,
    of this test process only when the tests run in several (``make test``: the other
    worker's notebooks run meanwhile; a kernel inherits its worker's PYTEST_XDIST_WORKER,
    even one orphaned by a killed job)."""
    prefix = str(ROOT / ".venv")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    deadline = time.monotonic() + wait
    while True:
        alive = []
        for process in psutil.process_iter(["pid", "cmdline"]):
            cmdline = process.info["cmdline"] or []
            if _is_kernel(cmdline) and cmdline[0].startswith(prefix):
                try:
                    theirs = process.environ().get("PYTEST_XDIST_WORKER")
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue  # ended meanwhile
                if theirs == worker:
                    alive.append(process.info["pid"])
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.5)


# ------------------------------------------------------ jobs on a Dask LocalCluster


def batch_manifest(folder: Path, kind: str = "all") -> Path:
    """Real reports (a matrix of two provinces, and ``kind`` for Pakistan: "all" three
    kinds, or one), one that fails, one that hangs past its 5-second timeout."""
    return write_manifest(
        folder,
        {
            "defaults": {"timeout": 240, "retries": 0},
            "jobs": [
                {
                    "name": "month-{admin1}",
                    "kind": "timeline",
                    "params": {"window": "previous calendar month"},
                    "matrix": {"admin1": ["Balochistan", "Khyber Pakhtunkhwa"]},
                },
                {
                    "name": "pakistan-week-{kind}",
                    "kind": kind,
                    "params": {"country": "Pakistan", "window": "previous week", "compare": False},
                },
                {
                    "name": "fails",
                    "kind": "timeline",
                    "notebook": str(NOTEBOOKS / "failing.ipynb"),
                    "params": {"admin1": "Balochistan", "window": "previous week"},
                    "output": "fails_{start}.html",
                },
                {
                    "name": "hangs",
                    "kind": "timeline",
                    "notebook": str(NOTEBOOKS / "hanging.ipynb"),
                    "params": {"admin1": "Balochistan", "window": "previous week"},
                    "output": "hangs_{start}.html",
                    "timeout": 5,
                },
            ],
        },
    )


EXPECTED = {
    "month-balochistan": "timeline_balochistan_2024-08-01_2024-08-31.html",
    "month-khyber-pakhtunkhwa": "timeline_khyber-pakhtunkhwa_2024-08-01_2024-08-31.html",
    "pakistan-week-timeline": "timeline_pakistan_2024-08-26_2024-09-01.html",
    "pakistan-week-casualties": "casualties_pakistan_2024-08-26_2024-09-01.html",
    "pakistan-week-actors": "actors_pakistan_2024-08-26_2024-09-01.html",
}
# What the Dask run renders: the matrix and the Pakistan week's actors report ("all"
# is planned in the test below; every kind's rendering is tested in test_reports)
ON_DASK = {k: v for k, v in EXPECTED.items() if not k.endswith(("-timeline", "-casualties"))}


def test_kind_all_plans_one_job_per_kind_named_by_its_kind(tmp_path, acled_store):
    jobs = load_manifest(batch_manifest(tmp_path)).jobs
    out = tmp_path / "out"
    out.mkdir()
    planned = plan_jobs(jobs, acled_store, BatchState.load(out), date(2024, 9, 2))
    assert [p.job.name for p in planned] == [*EXPECTED, "fails", "hangs"]
    assert [p.job.kind for p in planned][2:5] == ["timeline", "casualties", "actors"]
    assert [p.output for p in planned] == [
        *EXPECTED.values(), "fails_2024-08-26.html", "hangs_2024-08-26.html"
    ]  # fmt: skip
    assert [p.region for p in planned][:5] == [
        "Balochistan", "Khyber Pakhtunkhwa", "Pakistan", "Pakistan", "Pakistan"
    ]  # fmt: skip
    assert [p.status for p in planned] == [None] * 7


@pytest.mark.cluster
def test_five_jobs_on_a_dask_cluster_isolate_failures_and_rerun_renders_nothing(
    tmp_path, acled_store, cli
):
    distributed = pytest.importorskip("distributed")
    manifest = batch_manifest(tmp_path, kind="actors")
    out = tmp_path / "reports"
    args = ("batch", manifest, "--store", acled_store, "--out", out, "--as-of", "2024-09-02")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        result = cli(*args, "--dask-address", cluster.scheduler_address, "--json")
    assert result.exit_code == 1, (result.output, repr(result.exception))
    summary = json.loads(result.stdout)
    status = {j["job"]: j["status"] for j in summary["jobs"]}
    assert len(status) == 5
    assert status == {**dict.fromkeys(ON_DASK, "rendered"), "fails": "failed", "hangs": "timeout"}
    assert (summary["rendered"], summary["skipped"], summary["failed"]) == (3, 0, 2)
    assert (summary["runner"], summary["as_of"]) == ("dask", "2024-09-02")
    jobs = {j["job"]: j for j in summary["jobs"]}
    assert "RuntimeError: this report fails on purpose" in jobs["fails"]["error"]
    # a failing cell is not a kernel that did not start: retries: 0, one attempt
    assert (jobs["fails"]["attempts"], jobs["fails"]["retried"]) == (1, [])
    assert jobs["hangs"]["error"] == "stopped after 5 s" and jobs["hangs"]["output"] is None
    assert 5 <= jobs["hangs"]["seconds"] < 30
    for name, file in ON_DASK.items():
        assert jobs[name]["output"] == str((out / file).resolve())
        assert jobs[name]["region"] in ("Balochistan", "Khyber Pakhtunkhwa", "Pakistan")

    # the three reports, the catalog, the state, the failing job's executed notebook; nothing
    # half-written (no temporary files, no notebook of the job that was stopped)
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(
        [*ON_DASK.values(), "index.html", "catalog.json", ".batch-state.json", ".batch.lock"]
        + ["fails_2024-08-26.ipynb"]
    )
    balochistan = (out / ON_DASK["month-balochistan"]).read_text(encoding="utf-8")
    assert "15 events were recorded in Balochistan, killing 78 people" in balochistan
    assert "previous calendar month" in balochistan  # the window, shown with the parameters
    catalog = json.loads((out / "catalog.json").read_text())
    assert sorted(r["file"] for r in catalog["reports"]) == sorted(ON_DASK.values())
    assert [r["region"] for r in catalog["reports"]] == [
        "Balochistan", "Khyber Pakhtunkhwa", "Pakistan"
    ]  # fmt: skip
    assert {r["end"] for r in catalog["reports"][2:]} == {"2024-09-01"}
    assert (catalog["last_batch"]["rendered"], catalog["last_batch"]["failed"]) == (3, 2)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "3 rendered, 0 skipped, 2 failed" in index and "hangs: timeout" in index
    assert _kernels_of_this_checkout() == []

    # the same manifest again, on local processes: nothing is rendered
    mtimes = {f: (out / f).stat().st_mtime_ns for f in ON_DASK.values()}
    again = cli(*args, "--workers", "2", "--json")
    assert again.exit_code == 1
    second = json.loads(again.stdout)
    assert (second["rendered"], second["skipped"], second["failed"]) == (0, 3, 2)
    assert second["runner"] == "local" and second["workers"] == 2
    assert {f: (out / f).stat().st_mtime_ns for f in ON_DASK.values()} == mtimes
