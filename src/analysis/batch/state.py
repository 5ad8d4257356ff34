"""What a batch rendered before: a fingerprint of each output's inputs, kept next to them.

A job's fingerprint is a hash of the store's data version, the report kind, the resolved
parameters (the period a window stands for on the ``--as-of`` day, not the window's words),
the notebook's bytes and the package version. A job whose output exists and whose
fingerprint is the one recorded is skipped. The state file is ``<out>/.batch-state.json``,
written atomically.

>>> import tempfile
>>> state = BatchState.load(Path(tempfile.mkdtemp()))
>>> state.record("t.html", "abc", "weekly")
>>> state.save()
>>> BatchState.load(state.path.parent).unchanged("t.html", "abc")  # t.html does not exist
False
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from analysis import __version__
from analysis.atomic import write_atomic

STATE_FILE = ".batch-state.json"


def fingerprint(data_version: str, kind: str, params: dict[str, str], notebook: bytes) -> str:
    """A hash of everything a report is made from.

    >>> a = fingerprint("v1", "timeline", {"start": "2024-08-01"}, b"{}")
    >>> a == fingerprint("v1", "timeline", {"start": "2024-08-01"}, b"{}"), len(a)
    (True, 16)
    >>> a == fingerprint("v2", "timeline", {"start": "2024-08-01"}, b"{}")
    False
    """
    digest = hashlib.sha256()
    digest.update(f"{__version__}\n{data_version}\n{kind}\n".encode())
    digest.update(json.dumps(params, sort_keys=True, ensure_ascii=False).encode())
    digest.update(hashlib.sha256(notebook).digest())
    return digest.hexdigest()[:16]


class BatchState:
    """The fingerprints recorded for the outputs of one folder."""

    def __init__(self, path: Path, outputs: dict[str, dict]) -> None:
        self.path = path
        self.outputs = outputs

    @classmethod
    def load(cls, out: Path) -> BatchState:
        """The state of folder ``out`` (empty when there is none or it is unreadable)."""
        path = Path(out) / STATE_FILE
        try:
            outputs = json.loads(path.read_text(encoding="utf-8")).get("outputs", {})
        except (OSError, ValueError, AttributeError):
            outputs = {}
        return cls(path, outputs if isinstance(outputs, dict) else {})

    def unchanged(self, output: str, print_: str) -> bool:
        """True if ``output`` is the file a batch rendered from inputs with this fingerprint
        (it exists, and nothing else has written it since: same size and time)."""
        entry = self.outputs.get(output) or {}
        stamp = _stamp(self.path.parent / output)
        return (
            stamp is not None and entry.get("fingerprint") == print_ and entry.get("file") == stamp
        )

    def record(self, output: str, print_: str, job: str) -> None:
        """Remember that ``job`` rendered ``output`` from inputs with this fingerprint."""
        self.outputs[output] = {
            "fingerprint": print_,
            "job": job,
            "rendered_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "file": _stamp(self.path.parent / output),
        }

    def save(self) -> None:
        """Write the state file (atomically)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "outputs": self.outputs}, indent=1, sort_keys=True)
        write_atomic(self.path, text + "\n")


def _stamp(path: Path) -> list[int] | None:
    """(size, modification time in ns) of a file, None if there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]
