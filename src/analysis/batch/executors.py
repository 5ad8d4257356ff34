"""Run job specs in parallel: on local processes, or on a Dask distributed cluster.

Each attempt of a job runs in a child process (:mod:`analysis.batch.child`), so a job that
fails or hangs never stops the others: when its ``timeout`` is up the child and everything
it started (the notebook kernel) are killed, and what it had half-written is removed. A
failed or timed-out attempt is tried again up to ``retries`` times. A kernel that did not
start (the child's exit code :data:`~analysis.batch.child.KERNEL_START_EXIT`: nothing of the
report ran; "Kernel died before replying to kernel_info" on a loaded machine) is tried once
more on top of them, even with ``retries: 0``. Every attempt that was tried again is listed in
the result's ``retried``, with its error.

Locally, a pool of ``workers`` threads each waits on one child process at a time. With a
Dask scheduler address, :func:`run_job` itself is the task: a Dask worker starts the child
process on its machine, so the store, the notebooks and the output folder must be at the
same paths there (a shared file system).

A spec is a JSON-able dict: ``job``, ``kind``, ``params``, ``store``, ``target``,
``notebook`` (or None), ``as_of``, ``timeout``, ``retries``.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from urllib.parse import urlsplit

import psutil

from analysis.batch.child import KERNEL_START_EXIT
from analysis.errors import UserError
from analysis.reports.render import KERNEL_START_RETRIES  # shared with `analysis report`
from analysis.tempfolders import remove_stale_folders

Result = dict[str, object]
DASK_SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
GRACE_SECONDS = 3.0  # after SIGTERM, before SIGKILL
_LIVE: dict[int, dict] = {}  # pid → spec of the job child processes running now
_LOCK = threading.Lock()
_STOPPING = threading.Event()  # set when the batch is interrupted: no new attempts
KERNEL_START = "kernel_start"  # an attempt's status when its kernel did not start


def run_job(spec: dict) -> Result:
    """Render one job with its timeout and retries; never raises for the job's own failure.

    Returns ``{"job", "status": rendered|failed|timeout, "seconds", "attempts", "error",
    "retried"}``; ``retried`` lists the attempts that were tried again, each
    ``{"attempt", "status", "error", "kernel_start"}`` (``kernel_start``: its kernel did not
    start, a retry that ``retries`` does not count).

    >>> run_job({"job": "x", "timeout": 30, "retries": 0})["status"]
    'failed'
    """
    started = time.monotonic()
    status, error, attempts = "failed", "", 0
    allowed = int(spec.get("retries", 0)) + 1
    kernel_retries = KERNEL_START_RETRIES
    failures: list[dict] = []
    while attempts < allowed:
        if _STOPPING.is_set():
            status, error = "failed", error or "the batch was stopped"
            break
        attempts += 1
        status, error = _attempt(spec)
        if status == "rendered":
            break
        kernel_start = status == KERNEL_START
        if kernel_start:
            status = "failed"
            if kernel_retries:  # one more attempt, whatever the job's retries
                kernel_retries -= 1
                allowed += 1
        failures.append(
            {"attempt": attempts, "status": status, "error": error, "kernel_start": kernel_start}
        )
    retried = failures if status == "rendered" else failures[:-1]
    return {
        "job": spec["job"],
        "status": status,
        "seconds": round(time.monotonic() - started, 2),
        "attempts": attempts,
        "error": error or None,
        "retried": retried,
    }


def _attempt(spec: dict) -> tuple[str, str]:
    timeout = float(spec["timeout"])
    child = subprocess.Popen(
        [sys.executable, "-m", "analysis.batch.child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # Ctrl-C reaches the batch, which stops its children itself
    )
    with _LOCK:
        _LIVE[child.pid] = spec
    if _STOPPING.is_set():  # the batch is being stopped: this attempt never runs
        kill_tree(child.pid)
    try:
        _, stderr = child.communicate(json.dumps(spec), timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_tree(child.pid)
        child.communicate()
        remove_partial(spec.get("target"))
        return "timeout", f"stopped after {timeout:g} s"
    finally:
        with _LOCK:
            _LIVE.pop(child.pid, None)
    if child.returncode == 0:
        return "rendered", ""
    lines = [line for line in (stderr or "").splitlines() if line.strip()]
    status = KERNEL_START if child.returncode == KERNEL_START_EXIT else "failed"
    return status, lines[-1] if lines else f"the job's process exited with {child.returncode}"


def stop_all() -> int:
    """Kill every job child process of this process (and their kernels), removing what they
    had half-written; returns how many there were. Used when the batch is interrupted.

    >>> stop_all()
    0
    >>> _STOPPING.clear()
    """
    _STOPPING.set()
    with _LOCK:
        live = dict(_LIVE)
    for pid, spec in live.items():
        kill_tree(pid)
        remove_partial(spec.get("target"))
    return len(live)


def kill_tree(pid: int, grace: float = GRACE_SECONDS) -> None:
    """Stop process ``pid`` and all its descendants (a notebook kernel runs in a session of
    its own, so killing the process group would miss it): the descendants are killed at
    once, and ``pid`` gets SIGTERM, so the job can remove its temporary folder, then after
    ``grace`` seconds SIGKILL if it is still there; then the temporary folders of processes
    that are gone are removed. (A job told to stop while its kernel still ran waited on the
    kernel, busy with its cell, until the grace was up.)

    >>> kill_tree(2**22 + 12345)  # no such process: nothing to do
    """
    try:
        parent = psutil.Process(pid)
        processes = [*parent.children(recursive=True), parent]
    except psutil.NoSuchProcess:
        return
    for process in processes[:-1]:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()
    with contextlib.suppress(psutil.NoSuchProcess):
        parent.terminate()
    psutil.wait_procs([parent], timeout=grace)
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()
    psutil.wait_procs(processes, timeout=10)
    remove_stale_folders()


def remove_partial(target: str | Path | None) -> list[Path]:
    """Remove what a killed job may have half-written next to ``target``: its temporary
    files and the executed notebook papermill was writing. Returns what was removed.

    >>> remove_partial(None)
    []
    """
    if not target:
        return []
    target = Path(target)
    partial = [target.with_suffix(".ipynb"), *target.parent.glob(f".{target.name}.*.tmp")]
    removed = [path for path in partial if path.exists()]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def run_local(
    specs: list[dict], workers: int, done: Callable[[Result], None] | None = None
) -> list[Result]:
    """Run ``specs`` on ``workers`` local processes at a time; ``done`` is called with each
    result as it arrives. Results are returned in the order of ``specs``."""
    results: dict[int, Result] = {}
    _STOPPING.clear()
    pool = ThreadPoolExecutor(max_workers=max(1, workers))
    try:
        futures = {pool.submit(run_job, spec): i for i, spec in enumerate(specs)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                results[i] = future.result()
            except Exception as exc:  # the runner itself failed for this job
                results[i] = _crashed(specs[i], exc)
            if done:
                done(results[i])
    except BaseException:  # Ctrl-C or SIGTERM: start no new job, stop the running ones
        pool.shutdown(wait=False, cancel_futures=True)
        stop_all()
        raise
    pool.shutdown()
    return [results[i] for i in range(len(specs))]


def check_address(address: str) -> str:
    """A Dask scheduler address ``tcp://HOST:PORT`` (or tls, ws, wss, ucx), checked before
    any connection is tried; a malformed one is a one-line :class:`UserError`.

    >>> check_address("tcp://127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    >>> check_address("tcp://[::1")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: --dask-address 'tcp://[::1': not an address ...
    """
    try:
        parts = urlsplit(address.strip())
        port, host = parts.port, parts.hostname
    except ValueError as exc:
        raise UserError(
            f"--dask-address {address!r}: not an address ({exc}); write tcp://HOST:PORT"
        ) from None
    if parts.scheme not in DASK_SCHEMES or not host or port is None:
        raise UserError(f"--dask-address {address!r}: not an address; write tcp://HOST:PORT")
    return address.strip()


def run_dask(
    specs: list[dict], address: str, done: Callable[[Result], None] | None = None
) -> list[Result]:
    """Run ``specs`` as tasks on the Dask scheduler at ``address`` (``tcp://host:port``)."""
    address = check_address(address)
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError:  # pragma: no cover - distributed is a dependency
        raise UserError("--dask-address needs the dask[distributed] package") from None
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except Exception as exc:  # refused, timed out, or an address Dask cannot use
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UserError(f"--dask-address {address}: cannot reach the scheduler ({first})") from None
    results: dict[int, Result] = {}
    try:
        futures = [
            client.submit(run_job, spec, key=f"analysis-batch-{spec['job']}-{time.time_ns()}")
            for spec in specs
        ]
        index = {future.key: i for i, future in enumerate(futures)}
        for future in dask_completed(futures, loop=client.loop):
            i = index[future.key]
            try:
                results[i] = future.result()
            except Exception as exc:  # a worker died or the task could not run
                results[i] = _crashed(specs[i], exc)
            if done:
                done(results[i])
    finally:
        client.close()
    return [results[i] for i in range(len(specs))]


def _crashed(spec: dict, exc: BaseException) -> Result:
    remove_partial(spec.get("target"))
    return {
        "job": spec["job"],
        "status": "failed",
        "seconds": 0.0,
        "attempts": 1,
        "error": f"{type(exc).__name__}: {exc}",
        "retried": [],
    }
