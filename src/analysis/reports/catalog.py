"""The catalog of a reports folder: ``index.html`` for people, ``catalog.json`` for tools.

Both are rebuilt from the reports themselves (the ``report:*`` meta tags every page carries),
so they always list exactly the pages in the folder. Reports are grouped by region, then by
kind, newest period first. ``analysis batch`` adds a summary of its last run (which jobs
rendered, were skipped or failed); a later ``analysis report`` keeps that summary.

Both files are written to a temporary name and renamed, like the reports.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_index(folder).name, json.loads((folder / "catalog.json").read_text())["reports"]
('index.html', [])
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from itertools import groupby
from pathlib import Path

from analysis.atomic import write_atomic
from analysis.reports import markup

INDEX = "index.html"
CATALOG = "catalog.json"


@dataclass(frozen=True)
class Entry:
    """One report page of the folder, as its meta tags describe it."""

    file: str
    kind: str
    region: str
    start: str
    end: str
    title: str
    generated: str
    bytes: int
    data_version: str = ""  # the store's data version the report was rendered from


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and str(attrs.get("name", "")).startswith("report:"):
            self.meta[attrs["name"][7:]] = attrs.get("content") or ""
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def read_entry(path: Path) -> Entry:
    """The catalog entry of one report page (kind, region, period, title, when generated).

    >>> import tempfile
    >>> page = markup.page("T", "", {"kind": "timeline", "region": "Sindh", "start": "2024-08-01"})
    >>> path = Path(tempfile.mkdtemp()) / "t.html"
    >>> _ = path.write_text(page)
    >>> read_entry(path).region, read_entry(path).title
    ('Sindh', 'T')
    """
    parser = _Meta()
    with open(path, encoding="utf-8", errors="replace") as file:
        parser.feed(file.read(20000))
    meta = parser.meta
    return Entry(
        file=path.name,
        kind=meta.get("kind", ""),
        region=meta.get("region", ""),
        start=meta.get("start", ""),
        end=meta.get("end", ""),
        title=meta.get("title") or parser.title or path.stem,
        generated=meta.get("generated", ""),
        bytes=path.stat().st_size,
        data_version=meta.get("data_version", ""),
    )


def read_catalog(out: Path) -> list[Entry]:
    """Every report in ``out``: by region, then kind, newest period first.

    >>> import tempfile
    >>> read_catalog(Path(tempfile.mkdtemp()))
    []
    """
    entries = [
        read_entry(path)
        for path in Path(out).glob("*.html")
        if path.name != INDEX and not path.name.startswith(".")
    ]
    entries.sort(key=lambda e: (e.end, e.start, e.generated, e.file), reverse=True)
    entries.sort(key=lambda e: (e.region.lower(), e.kind))
    return entries


def write_index(out: Path, batch: dict | None = None, data_version: str | None = None) -> Path:
    """Write ``out/index.html`` (every report, grouped by region and kind, newest first) and
    ``out/catalog.json``; returns the index path.

    ``batch`` is the summary of an ``analysis batch`` run (``as_of``, counts and ``jobs``);
    without it the summary already in ``catalog.json`` is kept. ``data_version`` is the
    store's now: a report rendered from another one is marked as rendered from earlier
    data (the store changed since: an ingest, a deletion or a cleaning), in the index and
    as ``current: false`` in the catalog.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> meta = {"kind": "timeline", "region": "Borno", "data_version": "a1"}
    >>> _ = (folder / "t.html").write_text(markup.page("T", "", meta), encoding="utf-8")
    >>> _ = write_index(folder, data_version="b2")
    >>> [r["current"] for r in json.loads((folder / "catalog.json").read_text())["reports"]]
    [False]
    >>> "rendered from earlier data" in (folder / "index.html").read_text()
    True
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    entries = read_catalog(out)
    if batch is None:
        batch = _previous(out / CATALOG, "last_batch")
    if data_version is None:
        data_version = _previous(out / CATALOG, "store_data_version")
    catalog = {
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "store_data_version": data_version,
        "reports": [{**asdict(e), "current": _current(e, data_version)} for e in entries],
    }
    if batch is not None:
        catalog["last_batch"] = batch
    write_atomic(out / CATALOG, json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    heading = (
        markup.heading("Reports", 1)
        + '<p class="subtitle">'
        + markup.esc(
            f"{len(entries):,} report(s) in {out.resolve().name}/, grouped by region and kind, "
            "newest first. Each page is self-contained and works offline. The same list for "
            "other tools: "
        )
        + f'<a href="{CATALOG}">{CATALOG}</a>.</p>'
    )
    body = _batch_summary(batch) if batch else ""
    earlier = sum(_current(e, data_version) is False for e in entries)
    if earlier:
        body += markup.notice(
            f"{earlier:,} report(s) were rendered from earlier data: the store has changed "
            "since (an ingest, a deletion or a cleaning), so their numbers may differ from "
            "the store's now. Render them again for current numbers."
        )
    body += (
        _groups(entries, data_version)
        if entries
        else markup.notice("No reports in this folder yet.")
    )
    return write_atomic(out / INDEX, markup.page("Reports", heading + body, {"kind": "index"}))


def _previous(path: Path, key: str):
    """``key`` of the catalog already in the folder (None when there is none)."""
    try:
        return json.loads(path.read_text(encoding="utf-8")).get(key)
    except (OSError, ValueError, AttributeError):
        return None


def _current(entry: Entry, data_version: str | None) -> bool | None:
    """Whether the report was rendered from the store's data as it is now (None: unknown)."""
    if not data_version or not entry.data_version:
        return None
    return entry.data_version == data_version


def _groups(entries: list[Entry], data_version: str | None) -> str:
    parts = []
    for region, in_region in groupby(entries, key=lambda e: e.region):
        parts.append(markup.heading(region or "(no region)", 2))
        for kind, reports in groupby(in_region, key=lambda e: e.kind):
            rows = "".join(
                f'<tr><td data-label="report"><a href="{markup.esc(e.file)}">'
                f"{markup.esc(e.title)}</a></td>"
                f'<td data-label="period">{markup.esc(e.start)} to {markup.esc(e.end)}</td>'
                f'<td data-label="generated">{markup.esc(e.generated)}'
                f"{_earlier_mark(e, data_version)}</td></tr>"
                for e in reports
            )
            parts.append(
                markup.heading(kind or "(no kind)", 3)
                + '<div class="table-wrap"><table class="data"><thead><tr><th>report</th>'
                "<th>period</th><th>generated</th></tr></thead>"
                f"<tbody>{rows}</tbody></table></div>"
            )
    return "".join(parts)


def _earlier_mark(entry: Entry, data_version: str | None) -> str:
    if _current(entry, data_version) is not False:
        return ""
    return (
        '<br><span class="note">rendered from earlier data (data version '
        f"{markup.esc(entry.data_version)}; the store is at {markup.esc(data_version or '')})"
        "</span>"
    )


def _batch_summary(batch: dict) -> str:
    """The last batch's counts, the jobs it did not render (with their errors) and the jobs
    it tried again (:func:`retry_lines`), in a ``batch`` block whose long unbroken text (a
    notebook's path, an error) wraps on a phone's screen.

    >>> retry = {"attempt": 1, "status": "failed", "kernel_start": True,
    ...     "error": "kernel died before replying <x>"}
    >>> html = _batch_summary({"as_of": "2024-09-02", "rendered": 1,
    ...     "jobs": [{"job": "weekly", "status": "rendered", "retried": [retry]}]})
    >>> "weekly: rendered after 1 retry: attempt 1 (its kernel did not start" in html
    True
    >>> "replying &lt;x&gt;" in html
    True
    """
    counts = ", ".join(
        f"{batch.get(key, 0)} {key}" for key in ("rendered", "skipped", "failed") if key in batch
    )
    text = f"Last batch (as of {batch.get('as_of', '?')}, finished {batch.get('finished', '?')}): "
    failed = [j for j in batch.get("jobs", []) if j.get("status") in ("failed", "timeout")]
    items = [
        f"{j.get('job')}: {j.get('status')}{' – ' + j['error'] if j.get('error') else ''}"
        for j in failed
    ]
    summary = markup.paragraph(text + counts + ".")
    if items:
        summary += markup.notice("Not rendered: " + "; ".join(items) + ".")
    retried = retry_lines(batch)
    if retried:
        summary += markup.paragraph(
            f"Tried again: {len(retried):,} job(s), each attempt with its reason."
        ) + markup.bullets(retried)
    return f'<div class="batch">{summary}</div>'


# How the index tells why an attempt of a job was tried again, by the attempt's status
RETRY_REASONS = {
    "kernel_start": "its kernel did not start, not counted in retries",
    "timeout": "timed out",
    "failed": "failed",
}


def retry_lines(batch: dict) -> list[str]:
    """One line per job of an ``analysis batch`` summary that was tried again (its
    ``retried`` list, :func:`analysis.batch.executors.run_job`): how it ended, after how
    many retries, and each attempt that was tried again with its reason and error.

    >>> kernel = {"attempt": 1, "status": "failed", "kernel_start": True,
    ...     "error": "kernel died before replying"}
    >>> late = {"attempt": 2, "status": "timeout", "kernel_start": False,
    ...     "error": "stopped after 30 s"}
    >>> retry_lines({"jobs": [{"job": "weekly", "status": "rendered", "retried": [kernel]},
    ...     {"job": "monthly", "status": "failed", "retried": [kernel, late]},
    ...     {"job": "daily", "status": "rendered", "retried": []}]})
    ['weekly: rendered after 1 retry: attempt 1 (its kernel did not start, not counted in retries): kernel died before replying', 'monthly: failed after 2 retries: attempt 1 (its kernel did not start, not counted in retries): kernel died before replying; attempt 2 (timed out): stopped after 30 s']
    """  # noqa: E501
    lines = []
    for job in batch.get("jobs") or []:
        retried = job.get("retried") or []
        if not retried:
            continue
        ended = "timed out" if job.get("status") == "timeout" else job.get("status", "?")
        attempts = []
        for retry in retried:
            reason = (
                RETRY_REASONS["kernel_start"]
                if retry.get("kernel_start")
                else RETRY_REASONS.get(str(retry.get("status")), str(retry.get("status")))
            )
            error = f": {retry['error']}" if retry.get("error") else ""
            attempts.append(f"attempt {retry.get('attempt', '?')} ({reason}){error}")
        count = f"{len(retried)} retr{'y' if len(retried) == 1 else 'ies'}"
        lines.append(f"{job.get('job')}: {ended} after {count}: {'; '.join(attempts)}")
    return lines
