"""Run the report notebooks with papermill and export self-contained HTML with nbconvert.

1. Parameters are checked against the store before any kernel starts (a mistake raises
   :class:`~analysis.errors.UserError`).
2. papermill executes the package's ``notebooks/<kind>.ipynb`` with the checked parameters, in a
   ``python3`` kernel that is always this interpreter (a private kernelspec put first on
   ``JUPYTER_PATH``, so no ``ipykernel install`` is needed).
3. nbconvert's ``basic`` template exports the outputs only (no code, no prompts, no
   markdown cells): for a notebook of HTML blocks alone (the package's), the same markup
   is written without nbconvert (:func:`html_outputs`); the page shell of
   :mod:`analysis.reports.markup` adds inline CSS and a Content-Security-Policy. Nothing
   is loaded from any other host.

A failing cell raises :class:`ReportError` naming the cell, and the executed notebook is
kept next to where the HTML would have been (``<name>.ipynb``); on success it is removed. A
kernel that fails to start (before the first cell runs) raises :class:`KernelStartError`;
such a report is tried :data:`KERNEL_START_RETRIES` more time(s), by :func:`render_each`
(``analysis report``) and by a batch (:mod:`analysis.batch.executors`), whose other retries
do not count it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

# jsonschema, which nbformat imports, loads an optional IRI-syntax checker when it is installed
# (rfc3987-syntax, which JupyterLab brings) that builds a grammar for about 2 s at import;
# notebooks hold no IRIs to check, so a process that renders reports does without it (each
# batch job is such a process). Its URI checker (rfc3986-validator) compiles its patterns at
# import, a tenth of a second, for the same checks: left out too.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
sys.modules.setdefault("rfc3986_validator", None)  # type: ignore[arg-type]

import nbformat

from analysis.atomic import write_atomic
from analysis.errors import UserError
from analysis.paths import notebooks_dir
from analysis.reports import markup
from analysis.reports.catalog import write_index  # noqa: F401  (re-exported: one index writer)
from analysis.reports.page import KIND_TITLES
from analysis.reports.params import REPORT_KINDS, ReportParams, output_name, parse_params
from analysis.store import prepare_store
from analysis.store.queries import selection_dates, store_places, store_version
from analysis.tempfolders import remove_stale_folders, temporary_folder

KEEP_MIME = ("text/html", "image/png", "image/svg+xml")
# Attributes whose value the browser fetches or follows.
URL_ATTRIBUTES = frozenset(
    (
        "src", "href", "action", "formaction", "poster", "data", "srcset", "background",
        "cite", "codebase", "longdesc", "manifest", "ping", "lowsrc", "dynsrc", "xlink:href",
    )
)  # fmt: skip
# In CSS: @import (of anything) and url(...) of anything but a data: URI.
CSS_EXTERNAL = re.compile(r"""@import\b|url\(\s*["']?\s*(?!data:)[^)"'\s]""", re.IGNORECASE)
# A URL that leaves the page: a scheme other than data: (http:, ftp:, file: …) or "//host".
OTHER_HOST = re.compile(r"^\s*(?://|(?!data:)[a-z][a-z0-9+.-]*:)", re.IGNORECASE)


class ReportError(UserError):
    """A report notebook failed; the message names the cell and the kept notebook."""


class KernelStartError(ReportError):
    """The notebook's kernel did not start, or did not answer, before its first cell ran
    ("Kernel died before replying to kernel_info", "Kernel didn't respond in 120 seconds"):
    nothing of the report ran, and on a loaded machine trying again may well work."""


# What jupyter_client and nbclient raise when a kernel does not start: RuntimeError for a
# kernel that died or did not answer kernel_info in time (nbclient's DeadKernelError is one),
# TimeoutError for a reply that never came, OSError for a process that could not be launched;
# zmq's errors (a port taken meanwhile) are added where zmq is imported.
KERNEL_START_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, TimeoutError, OSError)
# Attempts a report gets, after the first, when its kernel did not start (a batch job: on
# top of its own retries).
KERNEL_START_RETRIES = 1
# The kernels' command: ipykernel's launcher (``python -m ipykernel_launcher``, the current
# folder taken off the path as it does), without the debugger: ipykernel imports debugpy
# when it can, a third of a kernel's start-up (0.3 s of CPU), and nobody debugs a report's
# kernel.
KERNEL_LAUNCHER = (
    "import sys; sys.path[:1] = [p for p in sys.path[:1] if p]; "
    "sys.modules['debugpy'] = None; "
    "from ipykernel import kernelapp; kernelapp.launch_new_instance()"
)


def check_params(
    kinds: list[str],
    params: dict[str, str],
    store: Path,
    workdir: Path,
    as_of: date | None = None,
) -> tuple[Path, dict[str, ReportParams]]:
    """Validate everything before a kernel starts: (store to read, params per kind).

    ``as_of`` is the day a ``window`` is resolved against (default: the latest event).
    """
    unknown = [k for k in kinds if k not in REPORT_KINDS]
    if unknown or not kinds:
        raise UserError(
            f"unknown report {unknown[0] if unknown else ''!r}; use "
            f"{', '.join(REPORT_KINDS)} or all"
        )
    raw = dict(params)
    source = raw.pop("store", None) or store
    store_path = prepare_store(source, workdir)
    places = store_places(store_path)
    dates_in = selection_dates(store_path)
    parsed = {}
    for kind in kinds:
        values = dict(raw)
        if values.get("title") and len(kinds) > 1:
            values["title"] = f"{values['title']}: {KIND_TITLES[kind]}"
        parsed[kind] = parse_params(
            values, places, store_path.resolve(), KIND_TITLES[kind], dates_in, as_of=as_of
        )
    return store_path, parsed


def render_reports(
    kinds: list[str],
    params: dict[str, str],
    store: Path,
    out: Path,
    on_retry: Callable[[str, int, str], None] | None = None,
) -> list[Path]:
    """Render each report kind to ``out/<kind>_<region>_<start>_<end>.html``.

    ``params`` are the ``--param key=value`` pairs; ``store`` the event store (or a data
    file), overridden by a ``store`` parameter. Returns the HTML paths. Every kind is
    tried; if any failed, :class:`ReportError` names each failure (one line each). A kind
    whose kernel did not start is tried once more (:func:`render_each`).
    """
    paths, failures = render_each(kinds, params, store, out, on_retry)
    if failures:
        raise ReportError("\n".join(failures))
    return paths


def render_each(
    kinds: list[str],
    params: dict[str, str],
    store: Path,
    out: Path,
    on_retry: Callable[[str, int, str], None] | None = None,
) -> tuple[list[Path], list[str]]:
    """As :func:`render_reports`, returning (HTML paths written, one message per kind that
    failed) instead of raising: one failing report never stops the others. A kind whose
    kernel did not start (:class:`KernelStartError`) is tried :data:`KERNEL_START_RETRIES`
    more time(s); ``on_retry(kind, attempt, error)`` is called for each attempt tried again."""
    out = Path(out)
    remove_stale_folders()
    with temporary_folder() as tmp:
        store_path, parsed = check_params(list(kinds), params, Path(store), tmp)
        out.mkdir(parents=True, exist_ok=True)
        paths, failures = [], []
        version = store_version(store_path)  # once for every kind
        with private_kernel(tmp, share_selection(store_path, parsed, tmp)):
            for kind, values in parsed.items():
                target = out / output_name(kind, values)
                notebook = notebooks_dir() / f"{kind}.ipynb"
                retry = functools.partial(on_retry, kind) if on_retry else None
                try:
                    paths.append(render_retrying(notebook, values, target, version, retry))
                except ReportError as exc:
                    failures.append(f"{kind}: {exc}")
    return paths, failures


def render_retrying(
    notebook: Path,
    params: ReportParams,
    target: Path,
    data_version: str | None = None,
    on_retry: Callable[[int, str], None] | None = None,
) -> Path:
    """:func:`render_one`, tried again (up to :data:`KERNEL_START_RETRIES` times) when its
    kernel did not start; ``on_retry(attempt, error)`` is called before each new attempt.
    A failure in the notebook's cells is not tried again.

    >>> render_retrying(Path("missing.ipynb"), None, Path("x.html"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: missing.ipynb: report notebook not found
    """
    attempt = 1
    while True:
        try:
            return render_one(notebook, params, target, data_version)
        except KernelStartError as exc:
            if attempt > KERNEL_START_RETRIES:
                raise
            if on_retry:
                on_retry(attempt, str(exc))
            attempt += 1


def share_selection(store: Path, parsed: dict[str, ReportParams], folder: Path) -> dict:
    """The kernels' environment for reports of one selection: the data loaded once here
    and shared (:func:`~analysis.reports.data.share_report_data`) when several reports ask
    for it; empty for one report, or when loading fails (each kernel then loads, and
    fails, on its own)."""
    from analysis.reports.data import SHARED_DATA_ENV, load_report_data, share_report_data

    if len(parsed) < 2:
        return {}
    try:
        data = load_report_data(store, next(iter(parsed.values())))
    except Exception:  # the kernels report it, each for its own report
        return {}
    return {SHARED_DATA_ENV: str(share_report_data(data, folder / "report_data.pickle"))}


def write_kernelspec(
    folder: Path, display_name: str, env: dict[str, str], quiet: bool = False
) -> Path:
    """Write ``folder/kernels/python3/kernel.json``: a ``python3`` kernel that is always this
    interpreter (put ``folder`` first on ``JUPYTER_PATH`` to use it). Returns ``folder``.

    >>> import json, tempfile
    >>> folder = write_kernelspec(Path(tempfile.mkdtemp()), "Python 3 (analysis)", {})
    >>> spec = json.loads((folder / "kernels" / "python3" / "kernel.json").read_text())
    >>> spec["argv"][0] == sys.executable
    True
    """
    spec = folder / "kernels" / "python3"
    spec.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-c", KERNEL_LAUNCHER, "-f", "{connection_file}"]
    if quiet:
        argv.append("--IPKernelApp.log_level=ERROR")  # no transport warnings on the console
    spec_json = {"argv": argv, "display_name": display_name, "language": "python", "env": env}
    (spec / "kernel.json").write_text(json.dumps(spec_json, indent=1))
    return folder


def render_report(
    kind: str,
    params: dict[str, str],
    store: Path,
    target: Path,
    notebook: Path | None = None,
    as_of: date | None = None,
    data_version: str | None = None,
) -> Path:
    """Render one report of ``kind`` to ``target`` (an HTML path), with ``notebook`` instead
    of ``notebooks/<kind>.ipynb`` if given; ``as_of`` resolves a ``window`` parameter;
    ``data_version`` is the store's when the caller (a batch) computed it already."""
    target = Path(target)
    with temporary_folder() as tmp:
        _, parsed = check_params([kind], params, Path(store), tmp, as_of)
        target.parent.mkdir(parents=True, exist_ok=True)
        with private_kernel(tmp):
            source = Path(notebook) if notebook else notebooks_dir() / f"{kind}.ipynb"
            return render_one(source, parsed[kind], target, data_version)


@contextlib.contextmanager
def private_kernel(folder: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """A ``python3`` kernelspec for this interpreter, first on ``JUPYTER_PATH``; ``env``
    is added to its kernels' environment."""
    write_kernelspec(
        folder / "jupyter",
        "Python 3 (analysis)",
        {"MPLBACKEND": "agg", "PYDEVD_DISABLE_FILE_VALIDATION": "1", **(env or {})},
        quiet=True,
    )
    before = os.environ.get("JUPYTER_PATH")
    paths = [str(folder / "jupyter"), *([before] if before else [])]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(paths)
    try:
        yield "python3"
    finally:
        if before is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = before


def render_one(
    notebook: Path, params: ReportParams, target: Path, data_version: str | None = None
) -> Path:
    """Execute one notebook with ``params`` and write ``target`` (HTML); ``data_version``
    (the store's, :func:`~analysis.store.queries.store_version`) is computed unless given."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    if not notebook.is_file():
        raise UserError(f"{notebook}: report notebook not found")
    executed = target.with_suffix(".ipynb")
    # reports open the store read-only: it holds still
    version = store_version(params.store) if data_version is None else data_version
    try:
        papermill.execute_notebook(
            str(notebook),
            str(executed),
            parameters=params.to_notebook(),
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            cwd=str(target.parent),
            start_timeout=120,
            execution_timeout=900,
            kernel_manager_class=quiet_shutdown_manager(),
        )
    except PapermillExecutionError as exc:
        raise ReportError(
            f"{notebook.name}: {cell_name(executed, exc.cell_index)} failed with "
            f"{exc.ename}: {_first_line(exc.evalue)}; the executed notebook is kept at "
            f"{executed}"
        ) from None
    except Exception as exc:  # the kernel died, could not start, timed out …
        if kernel_did_not_start(exc, executed):
            executed.unlink(missing_ok=True)  # nothing ran: nothing to look at
            raise KernelStartError(
                f"{notebook.name}: the kernel did not start ({type(exc).__name__}: "
                f"{_first_line(str(exc))})"
            ) from None
        raise ReportError(
            f"{notebook.name}: execution failed ({type(exc).__name__}: "
            f"{_first_line(str(exc))}); the executed notebook is kept at {executed}"
        ) from None
    page = export_html(nbformat.read(executed, as_version=4), params, notebook.stem, version)
    problems = external_references(page)
    if problems:
        raise ReportError(
            f"{notebook.name}: the page refers to other hosts ({problems[0]}); the executed "
            f"notebook is kept at {executed}"
        )
    write_atomic(target, page)
    executed.unlink(missing_ok=True)
    return target


def kernel_did_not_start(exc: BaseException, executed: Path) -> bool:
    """Whether papermill's ``exc`` came before the notebook's first cell ran: an error of
    starting a kernel (:data:`KERNEL_START_ERRORS`, zmq's), and no cell of the ``executed``
    notebook papermill wrote has a start time (papermill gives each cell one as it starts it).

    >>> import tempfile
    >>> executed = Path(tempfile.mkdtemp()) / "timeline.ipynb"
    >>> cell = nbformat.v4.new_code_cell("1 + 1", metadata={"papermill": {"start_time": None}})
    >>> nbformat.write(nbformat.v4.new_notebook(cells=[cell]), executed)
    >>> died = RuntimeError("Kernel died before replying to kernel_info")
    >>> kernel_did_not_start(died, executed), kernel_did_not_start(KeyError("x"), executed)
    (True, False)
    >>> cell.metadata.papermill.start_time = "2024-09-02T06:00:00+00:00"
    >>> nbformat.write(nbformat.v4.new_notebook(cells=[cell]), executed)
    >>> kernel_did_not_start(died, executed)  # a cell ran: the notebook failed, not the start
    False
    """
    import zmq

    if not isinstance(exc, (*KERNEL_START_ERRORS, zmq.ZMQError)):
        return False
    try:
        cells = nbformat.read(executed, as_version=4).cells
    except Exception:  # papermill did not get as far as writing it
        return True
    return not any(cell.metadata.get("papermill", {}).get("start_time") for cell in cells)


@functools.cache
def quiet_shutdown_manager() -> type:
    """jupyter_client's kernel manager, except that it stops a kernel with a shutdown
    request alone (then SIGTERM, then SIGKILL, if the kernel does not exit).

    jupyter_client sends SIGINT before the shutdown request; a kernel that is still handling
    a message when it arrives logs "[IPKernelApp] ERROR | KeyboardInterrupt caught in
    kernel." on the console, after a report that succeeded. Interrupts at other times (a
    cell's timeout) are sent as before.

    >>> manager = quiet_shutdown_manager()(kernel_name="python3")
    >>> manager.shutting_down = True
    >>> import asyncio; asyncio.run(manager._async_interrupt_kernel()) is None
    True
    """
    from jupyter_client import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if self.shutting_down:
                return
            await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


def _first_line(text: str) -> str:
    return (str(text).strip().splitlines() or [""])[0][:300]


def cell_name(executed: Path, index: int | None = None) -> str:
    """ "cell 5 ('# Deadliest events')": the failing cell's number in the report notebook
    (counting from 1, papermill's own cells left out) and its first line."""
    papermill_tags = {"injected-parameters", "papermill-error-cell-tag"}
    try:
        cells = [
            c
            for c in nbformat.read(executed, as_version=4).cells
            if not papermill_tags & set(c.metadata.get("tags", []))
        ]
    except Exception:  # the notebook could not be written: name the index only
        return f"cell {index}" if index is not None else "a cell"
    for number, cell in enumerate(cells, 1):
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            return f"cell {number} ({_first_line(cell.source)!r})"
    return f"cell {index}" if index is not None else "a cell"


def export_html(
    nb: nbformat.NotebookNode, params: ReportParams, kind: str, data_version: str = ""
) -> str:
    """The executed notebook's rich outputs as one self-contained page; ``data_version`` (the
    store's, as the report read it) goes into its meta tags for the folder's catalog."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.output_type not in ("display_data", "execute_result"):
                continue  # streams (warnings, prints) are not part of the report
            data = {k: v for k, v in output.get("data", {}).items() if k in KEEP_MIME}
            if data:
                output["data"] = data
                kept.append(output)
        cell.outputs = kept
    body = html_outputs(nb)
    if body is None:
        body, _ = _exporter().from_notebook_node(nb)
    meta = {
        "kind": kind,
        "title": params.title,
        "region": params.region,
        "start": params.start.isoformat(),
        "end": params.end.isoformat(),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "data_version": data_version,
    }
    return markup.page(params.title, body, meta)


def html_outputs(nb: nbformat.NotebookNode) -> str | None:
    """The page's body as nbconvert's ``basic`` template writes it (:func:`_exporter`), for
    a notebook whose outputs are all HTML blocks shown with ``display`` (the package's
    report notebooks): each code cell's ``div``, its HTML outputs in nbconvert's wrappers,
    written out and passed through BeautifulSoup as nbconvert passes its own (which puts
    each tag's attributes in order). ``None`` for any other notebook (a markdown cell, an
    image or SVG output, a result), which nbconvert exports. Importing nbconvert and its
    first export cost a second of CPU; this, a few hundredths.

    >>> cell = nbformat.v4.new_code_cell("report.header()", id="timeline-02")
    >>> cell.outputs = [nbformat.v4.new_output("display_data", {"text/html": "<h1>T</h1>"})]
    >>> body = html_outputs(nbformat.v4.new_notebook(cells=[cell]))
    >>> print(re.sub(r"\\n+", "\\n", body).strip())
    <div class="cell border-box-sizing code_cell rendered" id="cell-id=timeline-02">
    <div class="output_wrapper">
    <div class="output">
    <div class="output_area">
    <div class="output_html rendered_html output_subarea"><h1>T</h1></div>
    </div>
    </div>
    </div>
    </div>
    >>> body == _exporter().from_notebook_node(nbformat.v4.new_notebook(cells=[cell]))[0]
    True
    >>> html_outputs(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("x")])) is None
    True
    """
    from bs4 import BeautifulSoup

    parts = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            return None
        areas = []
        for output in cell.outputs:
            html_only = output.output_type == "display_data" and set(output.data) == {"text/html"}
            if not html_only or output.get("metadata", {}).get("text/html", {}).get("isolated"):
                return None
            areas.append(
                '<div class="output_area">\n\n\n<div class="output_html rendered_html '
                f'output_subarea ">{output.data["text/html"]}</div>\n\n</div>\n\n'
            )
        ident = f'id="{markup.esc("cell-id=" + cell.id)}" ' if cell.get("id") else ""
        tags = "".join(markup.esc(f" celltag_{tag}") for tag in cell.metadata.get("tags", []))
        inner = (
            '<div class="output_wrapper">\n<div class="output">\n\n'
            f"{''.join(areas)}</div>\n</div>\n\n"
            if areas
            else ""
        )
        parts.append(
            f'<div {ident}class="cell border-box-sizing code_cell rendered{tags}">\n\n'
            f"{inner}</div>\n"
        )
    return str(BeautifulSoup("".join(parts) + "\n\n", features="html.parser"))


@functools.cache
def _exporter():
    """nbconvert's exporter of the outputs alone, made once per process: its first export
    builds the template environment (0.2 s), later ones reuse it."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_markdown=True,
        exclude_raw=True,
    )


def external_references(page: str) -> list[str]:
    """Anything in ``page``'s markup that would make the browser contact another host: URL
    attributes leaving the page, a script with ``src``, a meta refresh, CSS ``@import`` or
    ``url()`` in ``<style>`` or a ``style`` attribute. Text (escaped data) is not markup
    and is never flagged.

    >>> external_references('<p>@import url(http://x) src="http://y"</p>')
    []
    >>> external_references('<img src="http://x/a.png"><p style="background:url(//y)">')
    ['<img src="http://x/a.png">', '<p style="background:url(//y)">']
    """
    finder = _ExternalFinder()
    finder.feed(page)
    finder.close()
    return finder.found


class _ExternalFinder(HTMLParser):
    """Walks the markup (tags, attributes, style sheets), not the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        tag_text = self.get_starttag_text() or f"<{tag}>"
        external = tag == "script" and "src" in values
        external |= any(
            name in URL_ATTRIBUTES and _leaves_page(name, value) for name, value in values.items()
        )
        refresh = values.get("http-equiv", "").lower() == "refresh"
        external |= refresh and "url=" in values.get("content", "").lower()
        external |= bool(CSS_EXTERNAL.search(values.get("style", "")))
        if external:
            self.found.append(tag_text)
        self._in_style = tag == "style"

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += [m.group(0) for m in CSS_EXTERNAL.finditer(data)]


def _leaves_page(name: str, value: str) -> bool:
    if name == "srcset":
        return any(OTHER_HOST.match(part.strip()) for part in value.split(","))
    return bool(OTHER_HOST.match(value))
