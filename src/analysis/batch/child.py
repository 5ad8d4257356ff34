"""Render one batch job in a process of its own: ``python -m analysis.batch.child < spec``.

The spec is one JSON object on stdin (see :func:`analysis.batch.executors.run_job`). Exit
code 0 when the report is written; otherwise 1, with one line on stderr saying why, or
:data:`KERNEL_START_EXIT` when the notebook's kernel did not start (nothing of the report ran:
the runner tries it once more). The
runner stops this process and the notebook kernel it started when the job's time is up;
should the runner itself be killed, the job stops on its own :data:`OWN_DEADLINE` seconds
after its timeout (removing its temporary folder on the way out).
"""

from __future__ import annotations

import json
import signal
import sys
from datetime import date
from pathlib import Path

OWN_DEADLINE = 5  # seconds past the job's timeout, in case nobody stops this process
KERNEL_START_EXIT = 3  # the kernel did not start: see analysis.reports.render.KernelStartError


def render(spec: dict) -> Path:
    """Render the report a job spec describes; returns the HTML path."""
    from analysis.reports.render import render_report

    return render_report(
        spec["kind"],
        spec["params"],
        Path(spec["store"]),
        Path(spec["target"]),
        notebook=Path(spec["notebook"]) if spec.get("notebook") else None,
        as_of=date.fromisoformat(spec["as_of"]),
        data_version=spec.get("data_version"),
    )


def main() -> int:
    """Read the spec from stdin, render, and report failure as one line on stderr."""
    from analysis.errors import UserError

    try:
        spec = json.loads(sys.stdin.read())
        if spec.get("timeout"):
            signal.signal(signal.SIGALRM, lambda *_: sys.exit("stopped: past the job's timeout"))
            signal.alarm(int(float(spec["timeout"])) + OWN_DEADLINE)
        render(spec)
    except UserError as exc:
        from analysis.reports.render import KernelStartError

        print(str(exc).replace("\n", " "), file=sys.stderr)
        return KERNEL_START_EXIT if isinstance(exc, KernelStartError) else 1
    except Exception as exc:  # an unexpected error still fails this job only
        print(f"{type(exc).__name__}: {exc}".replace("\n", " "), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a child process
    sys.exit(main())
