"""The layer contract (``[tool.importlinter]`` in pyproject.toml) holds, and would catch a
breach: sources and clean never import store, reports, batch or explore; the store never
imports reports, batch or explore; reports never import batch or explore."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_the_layer_contract_holds():
    result = lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_a_cleaning_step_that_imports_the_store_breaks_it(tmp_path):
    copy = tmp_path / "analysis"
    shutil.copytree(ROOT / "src" / "analysis", copy, ignore=shutil.ignore_patterns("*.pyc"))
    step = copy / "clean" / "changes.py"
    step.write_text(step.read_text() + "\nimport analysis.store.tables  # noqa\n")
    env = os.environ | {"PYTHONPATH": str(tmp_path)}
    result = lint(env)
    assert result.returncode != 0
    assert "Readers and cleaning never reach the store, reports, batch or explore BROKEN" in (
        result.stdout
    )
    assert "analysis.clean.changes -> analysis.store.tables" in result.stdout
