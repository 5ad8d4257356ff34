"""Private temporary folders (``analysis-report-*``) that never outlive their process.

:func:`temporary_folder` removes its folder on every way out: a normal return, an
exception, Ctrl-C, and SIGTERM (turned into ``SystemExit`` while the folder exists, so the
``finally`` runs). A process killed with SIGKILL cannot clean up: each folder holds its
owner's process id, and :func:`remove_stale_folders` (run when a batch stops a job, and
before each batch or report) removes the folders whose owner is gone.

>>> with temporary_folder() as folder:
...     folder.name.startswith(TEMP_PREFIX), folder.is_dir()
(True, True)
>>> folder.exists()
False
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import psutil

TEMP_PREFIX = "analysis-report-"
OWNER_FILE = ".owner-pid"


@contextlib.contextmanager
def temporary_folder() -> Iterator[Path]:
    """A new private folder in the temp folder, removed on every way out (module docstring)."""
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=TEMP_PREFIX)))
        (folder / OWNER_FILE).write_text(str(os.getpid()))
        stack.enter_context(_exit_on_sigterm())
        yield folder


@contextlib.contextmanager
def _exit_on_sigterm() -> Iterator[None]:
    """SIGTERM raises SystemExit(143) in the main thread, unless someone already handles it
    (the batch command does, and stops its jobs)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous not in (signal.SIG_DFL, None):
        yield
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def remove_stale_folders(root: str | Path | None = None) -> list[Path]:
    """Remove the ``analysis-report-*`` folders in the temp folder (or ``root``) whose
    owning process is gone; returns them.

    >>> remove_stale_folders(tempfile.mkdtemp())
    []
    """
    root = Path(root or tempfile.gettempdir())
    removed = []
    for folder in root.glob(f"{TEMP_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # being created, or not made by temporary_folder: not ours to judge
        if not psutil.pid_exists(owner):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
