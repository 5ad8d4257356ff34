"""Settings for the whole test run, doctests in ``src`` included.

The demo store that doctests, tests and notebooks use is built once per run in a temporary
folder (never in the source tree nor the user's cache), unless ``$ANALYSIS_DEMO_STORE``
names one already.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

if not os.environ.get("ANALYSIS_DEMO_STORE"):
    _folder = tempfile.mkdtemp(prefix="analysis-demo-")
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
    os.environ["ANALYSIS_DEMO_STORE"] = str(Path(_folder) / "demo.duckdb")
