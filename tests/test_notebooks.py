"""Every notebook in notebooks/: paired with its percent script, committed without outputs,
and executed top to bottom with papermill: explore.ipynb here, against the demo store (what CI
runs); the report notebooks wherever the tests render a report.

A failing cell fails the test with the notebook's name, the cell (number and first line)
and the error; the executed notebook is kept in pytest's tmp folder.
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis.explore import demo_store
from analysis.lab import paired_script
from analysis.reports.params import REPORT_KINDS
from analysis.reports.render import cell_name, private_kernel

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "src" / "analysis" / "notebooks"
NAMES = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
# The tour's tracked files as they are before any test here runs a notebook.
TRACKED = {name: (NOTEBOOKS / name).read_bytes() for name in ("explore.ipynb", "explore.py")}


def test_every_notebook_is_here():
    assert set(NAMES) >= {"explore", *REPORT_KINDS}
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.py")) == NAMES  # no orphan script


@pytest.mark.parametrize("name", NAMES)
def test_notebook_and_its_percent_script_are_in_sync(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    script = (NOTEBOOKS / f"{name}.py").read_text(encoding="utf-8")
    assert script == paired_script(nb), (
        f"notebooks/{name}.py differs from {name}.ipynb: save the notebook in JupyterLab "
        f"(`make lab`) or run `jupytext --sync src/analysis/notebooks/{name}.ipynb`"
    )
    paired = jupytext.reads(script, fmt="py:percent")
    assert [(c.cell_type, c.source) for c in paired.cells] == [
        (c.cell_type, c.source) for c in nb.cells
    ]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and code[0].metadata.get("tags") == ["parameters"]
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    with private_kernel(tmp_path_factory.mktemp("kernel")) as name:
        yield name


@pytest.fixture(scope="module")
def demo() -> Path:
    return demo_store()  # the run's demo store (conftest.py), built once per process


def execute(name: str, executed: Path, params: dict, kernel: str) -> None:
    """Run ``notebooks/<name>.ipynb`` with papermill as a scheduled job would."""
    import papermill

    papermill.execute_notebook(
        str(NOTEBOOKS / f"{name}.ipynb"),
        str(executed),
        parameters=params,
        kernel_name=kernel,
        cwd=str(NOTEBOOKS),
        progress_bar=False,
        start_timeout=120,
        execution_timeout=600,
    )


@pytest.fixture(scope="module")
def on_demo(demo, kernel, tmp_path_factory):
    """``run(name)``: ``notebooks/<name>.ipynb`` executed on the demo store (no other
    parameter), once per module: the executed notebook's path, or the test fails naming the
    failing cell. Several tests read the same run."""
    from papermill.exceptions import PapermillExecutionError

    runs: dict[str, Path | str] = {}

    def run(name: str) -> Path:
        if name not in runs:
            executed = tmp_path_factory.mktemp("on-demo") / f"{name}.ipynb"
            try:
                execute(name, executed, {"store": str(demo)}, kernel)
                runs[name] = executed
            except PapermillExecutionError as exc:
                runs[name] = (
                    f"notebooks/{name}.ipynb: {cell_name(executed, exc.cell_index)} failed "
                    f"with {exc.ename}: {exc.evalue}; executed notebook: {executed}"
                )
        if isinstance(runs[name], str):
            pytest.fail(runs[name], pytrace=False)
        return runs[name]

    return run


# The report notebooks run top to bottom with papermill wherever a report is rendered: on
# the demo samples in test_browser, on hand-built stores in test_reports and test_batch.
# Here, the notebooks no report renders.
@pytest.mark.parametrize("name", [n for n in NAMES if n not in REPORT_KINDS])
def test_notebook_runs_top_to_bottom_on_the_demo_store(name, on_demo):
    out = nbformat.read(on_demo(name), as_version=4)
    images = [
        o
        for c in out.cells
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {}) or "data:image/png" in str(o.get("data", {}))
    ]
    assert images, f"{name}: no chart was shown"


@pytest.mark.long
def test_the_tour_runs_on_another_store_and_selection(kernel, tmp_path):
    """explore.ipynb with its parameters set, on a store of five ACLED rows: Cameroon's
    Nord (two events of 10 and 12 February 2025, 5 and 12 dead, one source each, no
    campaign) as papermill runs it from a shell; the selection is the one asked for."""

    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import clean_store

    store = tmp_path / "nord.duckdb"
    ingest_files(store, [ROOT / "tests" / "fixtures" / "regions" / "acled_nord_two_countries.csv"])
    with EventStore(store) as db:
        clean_store(db)
    executed = tmp_path / "explore.ipynb"
    params = {"store": str(store), "country": "Cameroon", "admin1": "Nord"}
    params |= {"start": "2025-02-01", "end": "2025-02-28"}
    execute("explore", executed, params, kernel)
    out = nbformat.read(executed, as_version=4)
    shown = next(c for c in out.cells if c.source.startswith("selection = events.filter("))
    text = shown.outputs[0]["data"]["text/plain"]
    assert text.startswith(
        "Events: 2 real events from 2 source records (1–28 Feb 2025; country=Cameroon, "
        "admin1=Nord, start=2025-02-01, end=2025-02-28)\n  fatalities 17: civilians 12, unknown 5"
    )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.long
def test_running_the_tour_in_jupyterlab_leaves_the_tracked_notebook_unchanged(
    on_demo, tmp_path, monkeypatch
):
    """Run explore.ipynb top to bottom (the run on the demo store the test above checks),
    then save the executed notebook (outputs, kernel metadata and all) through the
    JupyterLab server ``make lab`` starts, into a copy of notebooks/: the saved files are
    byte for byte the committed ones, and the tracked files themselves are untouched."""
    import json
    import os
    import subprocess
    import time
    import urllib.request

    from analysis.lab import lab_command

    tracked = TRACKED  # read before any notebook ran
    executed = on_demo("explore")
    content = nbformat.read(executed, as_version=4)  # cell sources as strings, as JupyterLab sends
    assert any(c.get("outputs") for c in content["cells"])  # the run produced outputs
    # what JupyterLab holds after Run All: the same cells (papermill's injected parameters
    # cell left out), with outputs, execution counts and the kernel's metadata
    content.cells = [
        c for c in content.cells if "injected-parameters" not in c.metadata.get("tags", [])
    ]
    content["metadata"]["kernelspec"]["display_name"] = "Python 3 (ipykernel)"
    content["metadata"]["language_info"] = {"name": "python", "version": "3.11.2"}

    copy = tmp_path / "notebooks"
    copy.mkdir()
    for path in NOTEBOOKS.iterdir():
        if path.is_file():
            (copy / path.name).write_bytes(path.read_bytes())
    port, token = _free_port(), "analysis-test"
    monkeypatch.setenv("ANALYSIS_NOTEBOOKS", str(copy))  # the server serves the copy
    env = os.environ | {"JUPYTER_RUNTIME_DIR": str(tmp_path)}
    args = ["--no-browser", f"--port={port}", f"--IdentityProvider.token={token}"]
    command = lab_command(args)
    assert f"--ServerApp.root_dir={copy}" in command
    log = tmp_path / "lab.log"
    server = subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/api/contents/explore.ipynb"
    headers = {"Authorization": f"token {token}", "Content-Type": "application/json"}
    try:
        for _ in range(120):  # the server starts within a minute
            try:
                opened = urllib.request.urlopen(urllib.request.Request(base, headers=headers))
                break
            except OSError:
                assert server.poll() is None, log.read_text()[-2000:]
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start")
        assert json.loads(opened.read())["type"] == "notebook"
        body = json.dumps({"type": "notebook", "format": "json", "content": content}).encode()
        saved = urllib.request.urlopen(
            urllib.request.Request(base, data=body, headers=headers, method="PUT")
        )
        assert saved.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert (copy / "explore.ipynb").read_bytes() == tracked["explore.ipynb"]
    assert (copy / "explore.py").read_bytes() == tracked["explore.py"]
    for name, data in tracked.items():
        assert (NOTEBOOKS / name).read_bytes() == data, f"notebooks/{name} changed"
