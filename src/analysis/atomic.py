"""Files written whole or not at all: a temporary name in the same folder, then a rename.

A reader (a browser, a mail job, another tool) sees the old file or the new one, never half
of one; a process killed while writing leaves at most a hidden ``.<name>.*.tmp`` file.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_atomic(target: Path, text: str) -> Path:
    """Write ``text`` to a temporary name in ``target``'s folder, then rename it: a reader
    sees the old file or the new one, never half of one.

    >>> folder = Path(tempfile.mkdtemp())
    >>> write_atomic(folder / "a.html", "<p>x</p>").read_text(), sorted(os.listdir(folder))
    ('<p>x</p>', ['a.html'])
    """
    target = Path(target)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def keep_parquet(frame: Any, target: Path) -> bool:
    """Write a (Geo)DataFrame to ``target`` as Parquet (:func:`keep_file`): ``False``, and
    nothing left behind, when the folder is not writable.

    >>> import pandas as pd
    >>> folder = Path(tempfile.mkdtemp())
    >>> keep_parquet(pd.DataFrame({"a": [1]}), folder / "part" / "a.parquet")
    True
    >>> keep_parquet(pd.DataFrame({"a": [1]}), Path("/proc/no/such/a.parquet"))
    False
    """
    return keep_file(target, lambda partial: frame.to_parquet(partial, index=False))


def keep_pickle(value: object, target: Path) -> bool:
    """Pickle ``value`` to ``target`` (:func:`keep_file`), for a cache of this package's own
    making: ``False``, and nothing left behind, when the folder is not writable.

    >>> folder = Path(tempfile.mkdtemp())
    >>> keep_pickle((1, "a"), folder / "t.pickle"), sorted(os.listdir(folder))
    (True, ['t.pickle'])
    """

    def dump(partial: Path) -> None:
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)

    return keep_file(target, dump)


def keep_file(target: Path, write: Callable[[Path], None]) -> bool:
    """``write(partial)`` to a name of this process's own beside ``target``, then rename it,
    so processes building the same cache at once never read a half-written file; ``False``,
    and nothing left behind, when the folder is not writable.

    >>> folder = Path(tempfile.mkdtemp())
    >>> keep_file(folder / "x.txt", lambda p: p.write_text("x")), sorted(os.listdir(folder))
    (True, ['x.txt'])
    """
    target = Path(target)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(partial)
        partial.replace(target)
    except OSError:  # nowhere to keep it: built again next time
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        return False
    return True
