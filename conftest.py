"""Settings for the whole test run, doctests in ``src`` included.

The demo store that doctests, tests and notebooks use is built once per run in a temporary
folder (never in the source tree nor the user's cache), unless ``$ANALYSIS_DEMO_STORE``
names one already. ``make test`` runs the tests in two processes (pytest-xdist): each
builds its own demo store in a sub-folder of that run's folder, so no two processes ever
write the same file.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

RUN_FOLDER = "ANALYSIS_TEST_RUN_FOLDER"  # set by the first process of a run, seen by its workers

if not os.environ.get("ANALYSIS_DEMO_STORE") or os.environ.get(RUN_FOLDER):
    if not os.environ.get(RUN_FOLDER):
        _folder = tempfile.mkdtemp(prefix="analysis-demo-")
        atexit.register(shutil.rmtree, _folder, ignore_errors=True)
        os.environ[RUN_FOLDER] = _folder
    _process = os.environ.get("PYTEST_XDIST_WORKER", "main")
    os.environ["ANALYSIS_DEMO_STORE"] = str(Path(os.environ[RUN_FOLDER]) / _process / "demo.duckdb")
    # Everything the run writes to the temporary folder (doctests' examples, the kernels'
    # connection files, the browser's profile, subprocesses') goes under the run's folder,
    # removed with it: nothing is left behind in the user's temporary folder.
    _scratch = Path(os.environ[RUN_FOLDER]) / _process / "tmp"
    _scratch.mkdir(parents=True, exist_ok=True)
    tempfile.tempdir = os.environ["TMPDIR"] = str(_scratch)
