"""Every notebook in notebooks/: paired with its percent script, committed without outputs,
and executed top to bottom with papermill against the demo store (what CI runs).

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
REPORT_PARAMS = {"admin1": "Balochistan", "start": "2024-08-01", "end": "2024-08-31"}


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
def demo(tmp_path_factory) -> Path:
    return demo_store(tmp_path_factory.mktemp("demo") / "demo.duckdb")


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom_on_the_demo_store(name, demo, kernel, tmp_path):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    params = {"store": str(demo)} | (REPORT_PARAMS if name in REPORT_KINDS else {})
    executed = tmp_path / f"{name}.ipynb"
    try:
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
    except PapermillExecutionError as exc:
        pytest.fail(
            f"notebooks/{name}.ipynb: {cell_name(executed, exc.cell_index)} failed with "
            f"{exc.ename}: {exc.evalue}; executed notebook: {executed}",
            pytrace=False,
        )
    out = nbformat.read(executed, as_version=4)
    images = [
        o
        for c in out.cells
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {}) or "data:image/png" in str(o.get("data", {}))
    ]
    assert images, f"{name}: no chart was shown"
