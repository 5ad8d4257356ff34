"""Shared test helpers: project paths, the optional ../shared reference data, the CLI."""

from __future__ import annotations

import json
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
