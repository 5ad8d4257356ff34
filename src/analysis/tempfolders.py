"""Private temporary folders (``analysis-report-*``) that never outlive their process.

:func:`temporary_folder` removes its folder on every way out: a normal return, an
exception, Ctrl-C, and SIGTERM (turned into ``SystemExit`` while the folder exists, so the
``finally`` runs). A process killed with SIGKILL cannot clean up: each folder holds its
owner's process id, and :func:`remove_stale_folders` (run when a batch stops a job, and
before each batch or report) removes the folders whose owner is gone. The owner file is
removed last, so a removal cut short still leaves an owned folder. :func:`process_folder`
gives a folder for the rest of the process (the store a report or ``explore.load`` builds
from a data file), removed when the process exits.

>>> with temporary_folder() as folder:
...     folder.name.startswith(TEMP_PREFIX), folder.is_dir()
(True, True)
>>> folder.exists()
False
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

TEMP_PREFIX = "analysis-report-"
OWNER_FILE = ".owner-pid"
UNOWNED_AFTER = 3600  # seconds: a folder without an owner file this old is a leftover


@contextlib.contextmanager
def temporary_folder(root: str | Path | None = None) -> Iterator[Path]:
    """A new private folder in the temp folder (or ``root``), removed on every way out
    (module docstring)."""
    folder = _owned_folder(root)
    try:
        with _exit_on_sigterm():
            yield folder
    finally:
        remove_folder(folder)


def process_folder() -> Path:
    """A new private folder in the temp folder for the rest of this process: removed when
    the process exits, or by :func:`remove_stale_folders` once it is gone.

    >>> folder = process_folder()
    >>> folder.name.startswith(TEMP_PREFIX), (folder / OWNER_FILE).read_text() == str(os.getpid())
    (True, True)
    """
    folder = _owned_folder()
    atexit.register(remove_folder, folder)
    return folder


def remove_folder(folder: Path) -> None:
    """Remove ``folder``, its owner file last: a removal cut short (a second signal, a
    kill) leaves a folder :func:`remove_stale_folders` still recognises.

    >>> folder = process_folder()
    >>> remove_folder(folder); folder.exists()
    False
    """
    for child in Path(folder).iterdir() if Path(folder).is_dir() else ():
        if child.name == OWNER_FILE:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (Path(folder) / OWNER_FILE).unlink(missing_ok=True)
        Path(folder).rmdir()


def _owned_folder(root: str | Path | None = None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=root))
    (folder / OWNER_FILE).write_text(str(os.getpid()))
    return folder


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
            owner = None
        if owner is None:
            # being created (for microseconds), or left by a removal older versions cut
            # short, which took the owner file first
            try:
                unowned_for = time.time() - folder.stat().st_mtime
            except OSError:
                continue
            if unowned_for < UNOWNED_AFTER:
                continue
        if owner is None or not psutil.pid_exists(owner):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
