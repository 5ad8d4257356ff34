"""Shared test helpers: project paths, the optional ../shared reference data, the CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from analysis.cli import app

# Property tests check values, never timings: a busy CI machine must not fail them.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "analysis" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """../shared/data when present (CI and developers); tests using it skip otherwise."""
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED


# `make test-long` sets it and runs the tests marked ``long_search`` again, searching longer
LONG_SEARCH = os.environ.get("ANALYSIS_LONG_SEARCH") == "1"


def examples(default: int, long: int | None = None) -> int:
    """How many examples a costly property test tries: ``default`` in ``make test``, ``long``
    in ``make test-long`` (``ANALYSIS_LONG_SEARCH=1``, for the tests marked ``long_search``),
    or ``ANALYSIS_PROPERTY_EXAMPLES`` (say 200) for a longer search of any of them."""
    if "ANALYSIS_PROPERTY_EXAMPLES" in os.environ:
        return int(os.environ["ANALYSIS_PROPERTY_EXAMPLES"])
    return long if LONG_SEARCH and long else default


def seed_store(path: Path) -> Path:
    """A cleaned store of the seed article's events (the bundled generic-layout sample)."""
    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import clean_store

    ingest_files(
        path,
        [SAMPLE / "seed_balochistan_events.csv"],
        source="generic",
        mapping=SAMPLE / "seed_balochistan.yaml",
    )
    with EventStore(path) as store:
        clean_store(store)
    return path


@pytest.fixture
def first_kernel_dies(tmp_path: Path, monkeypatch) -> Path:
    """The first Jupyter kernel started from now on exits before it answers ("Kernel died
    before replying to kernel_info", as under load); later ones start. Returns the marker
    file the dying kernel leaves, to check it did die."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import os, sys\n"
        "marker = os.environ.get('ANALYSIS_TEST_KERNEL_DIES_ONCE')\n"
        "kernel = any('ipykernel' in part for part in sys.orig_argv)\n"
        "if marker and kernel and not os.path.exists(marker):\n"
        "    open(marker, 'w').close()\n"
        "    os._exit(1)\n",
        encoding="utf-8",
    )
    marker = tmp_path / "a-kernel-died"
    paths = [str(hooks), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    monkeypatch.setenv("ANALYSIS_TEST_KERNEL_DIES_ONCE", str(marker))
    return marker


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


class Cli:
    """Run the ``analysis`` command in-process and parse ``--json`` output."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str | Path):
        return self.runner.invoke(app, [str(a) for a in args])

    def json(self, *args: str | Path) -> dict:
        result = self(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def cli() -> Cli:
    return Cli()


def balanced(report: dict) -> bool:
    """The count identity every ingest must keep."""
    parts = report["stored"] + report["unchanged"] + report["replaced"] + report["quarantined"]
    return report["rows_read"] == parts


def one_line_error(result, *needles: str) -> str:
    """The command ended with exit 2 and exactly one line starting "error:"."""
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]
