"""The YAML manifest of report jobs: loaded, checked against its schema, expanded to jobs.

A manifest (``src/analysis/samples/manifest.yaml`` is a complete example)::

    store: ../demo.duckdb            # optional; relative paths are relative to this file
    out: ../../reports               # optional; the folder the reports and catalog go to
    defaults:                        # optional; every job starts from these
      timeout: 600                   # seconds per attempt, then the job is stopped
      retries: 0                     # attempts after the first, on failure or timeout
      params: {compare: yes}
    jobs:
      - name: weekly-{admin1}        # {placeholders}: matrix keys and {kind}
        kind: [timeline, casualties] # a kind, a list of kinds, or all
        params: {country: Pakistan, window: previous week}
        matrix: {admin1: [Balochistan, Sindh]}   # one job per value (per combination)
        output: "{kind}_{region}_{start}_{end}.html"   # optional; the default shown
        notebook: my_report.ipynb    # optional: a custom notebook instead of notebooks/<kind>

Report parameters are those of ``analysis report --param`` (:mod:`analysis.reports.params`);
``window`` is resolved against the batch's ``--as-of`` day. Every mistake raises
:class:`~analysis.errors.UserError` naming the file, the job (number and name) and the key.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "m.yaml"
>>> _ = path.write_text("jobs: [{kind: timeline, matrix: {admin1: [Sindh, Punjab]}}]")
>>> [job.name for job in load_manifest(path).jobs]
['timeline-sindh', 'timeline-punjab']
"""

from __future__ import annotations

import difflib
import itertools
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from analysis.errors import UserError
from analysis.reports.params import PARAM_NAMES, REPORT_KINDS, parse_date, parse_window, slug

TOP_KEYS = ("version", "store", "out", "defaults", "jobs")
DEFAULT_KEYS = ("timeout", "retries", "params", "output")
JOB_KEYS = ("name", "kind", "params", "matrix", "output", "notebook", "timeout", "retries")
JOB_PARAMS = tuple(p for p in PARAM_NAMES if p != "store")
OUTPUT_FIELDS = ("kind", "region", "start", "end", "name", "as_of")
PERIOD = ("window", "start", "end")
DEFAULT_OUTPUT = "{kind}_{region}_{start}_{end}.html"
DEFAULT_TIMEOUT = 600.0


@dataclass
class Job:
    """One report to render: a manifest entry with one kind and one matrix combination."""

    name: str
    kind: str
    params: dict[str, str]
    index: int  # the entry's number in the manifest's ``jobs`` list, from 1
    output: str = DEFAULT_OUTPUT
    notebook: Path | None = None
    timeout: float = DEFAULT_TIMEOUT
    retries: int = 0
    matrix: dict[str, str] = field(default_factory=dict)


@dataclass
class Manifest:
    """A loaded manifest: where it is, its store and output folder (if given), its jobs."""

    path: Path
    jobs: list[Job]
    store: Path | None = None
    out: Path | None = None


class _Loader(yaml.SafeLoader):
    """YAML without timestamps: dates stay text and are checked as report parameters."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


class _Where:
    """Builds error messages that name the manifest, the job and the key."""

    def __init__(self, path: Path, index: int | None = None, name: str | None = None):
        self.path, self.index, self.name = path, index, name

    def error(self, key: str | None, message: str) -> UserError:
        job = ""
        if self.index is not None:
            job = f" job {self.index}" + (f" ({self.name})" if self.name else "")
        where = f"{self.path}:{job}" if job else f"{self.path}:"
        return UserError(f"{where} {key!r}: {message}" if key else f"{where} {message}")


def load_manifest(path: str | Path) -> Manifest:
    """Read and check the manifest at ``path``; expand kinds and matrices into jobs."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: manifest not found")
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark else ""
        raise UserError(f"{path}: not valid YAML{line}: {getattr(exc, 'problem', exc)}") from None
    top = _Where(path)
    if not isinstance(raw, dict):
        raise top.error(None, "expected a mapping with a 'jobs' list")
    _known(raw, TOP_KEYS, top)
    if raw.get("version", 1) != 1:
        raise top.error("version", "only version 1 is known")
    base = path.parent
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise top.error("defaults", "expected a mapping")
    _known(defaults, DEFAULT_KEYS, top, prefix="defaults.")
    entries = raw.get("jobs")
    if not isinstance(entries, list) or not entries:
        raise top.error("jobs", "expected a non-empty list of jobs")
    jobs = [job for i, entry in enumerate(entries, 1) for job in _jobs(entry, i, defaults, path)]
    _unique(jobs, path)
    return Manifest(
        path=path,
        jobs=jobs,
        store=_path(raw, "store", base, top),
        out=_path(raw, "out", base, top),
    )


def _path(raw: dict, key: str, base: Path, where: _Where) -> Path | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, "expected a path")
    return base / Path(value).expanduser()


def _known(raw: dict, keys: tuple[str, ...], where: _Where, prefix: str = "") -> None:
    for key in raw:
        if key not in keys:
            close = difflib.get_close_matches(str(key), keys, n=1)
            hint = f" (did you mean {prefix}{close[0]}?)" if close else f"; use {', '.join(keys)}"
            raise where.error(f"{prefix}{key}", f"unknown key{hint}")


def _text(value: object) -> str:
    """A YAML scalar as the text a report parameter would be (yes/no, ISO dates).

    >>> _text(True), _text(date(2024, 8, 1)), _text(8)
    ('yes', '2024-08-01', '8')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float | bool | date)


def _params(raw: object, where: _Where, key: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise where.error(key, "expected a mapping of report parameters")
    params = {}
    for name, value in raw.items():
        name = str(name).strip().lower().replace("-", "_")
        if name == "store":
            raise where.error(f"{key}.store", "give the store at the top of the manifest")
        if name not in JOB_PARAMS:
            close = difflib.get_close_matches(name, JOB_PARAMS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else f"; use {', '.join(JOB_PARAMS)}"
            raise where.error(f"{key}.{name}", f"unknown report parameter{hint}")
        if not _scalar(value):
            raise where.error(f"{key}.{name}", "expected one value (text, number, date, yes/no)")
        params[name] = _text(value)
    return params


def _number(raw: dict, key: str, default: float, where: _Where, whole: bool = False) -> float:
    value = raw.get(key, default)
    good = isinstance(value, int | float) and not isinstance(value, bool)
    if whole:
        good = good and float(value).is_integer() and value >= 0
        if not good:
            raise where.error(key, f"expected a whole number ≥ 0, not {value!r}")
        return int(value)
    if not good or value <= 0:
        raise where.error(key, f"expected a number of seconds > 0, not {value!r}")
    return float(value)


def _kinds(raw: object, where: _Where) -> list[str]:
    kinds = raw if isinstance(raw, list) else [raw]
    if raw is None or not kinds:
        raise where.error("kind", f"missing; use {', '.join(REPORT_KINDS)} or all")
    out: list[str] = []
    for kind in kinds:
        kind = str(kind).strip().lower()
        if kind == "all":
            out += [k for k in REPORT_KINDS if k not in out]
        elif kind in REPORT_KINDS:
            out += [] if kind in out else [kind]
        else:
            raise where.error("kind", f"unknown report {kind!r}; use {', '.join(REPORT_KINDS)}")
    return out


def _matrix(raw: object, where: _Where, params: dict[str, str]) -> list[dict[str, str]]:
    if raw is None:
        return [{}]
    if not isinstance(raw, dict) or not raw:
        raise where.error("matrix", "expected a mapping of parameter → list of values")
    axes = {}
    for name, values in raw.items():
        name = str(name).strip().lower().replace("-", "_")
        if name not in JOB_PARAMS:
            raise where.error(f"matrix.{name}", f"unknown report parameter; use {JOB_PARAMS}")
        if name in params:
            raise where.error(f"matrix.{name}", "given in params too; give it in one place")
        if not isinstance(values, list) or not values or not all(map(_scalar, values)):
            raise where.error(f"matrix.{name}", "expected a non-empty list of values")
        axes[name] = [_text(v) for v in values]
    return [dict(zip(axes, combo, strict=True)) for combo in itertools.product(*axes.values())]


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]


def _output(raw: object, where: _Where) -> str:
    if not isinstance(raw, str) or not raw.endswith(".html"):
        raise where.error("output", "expected a file name ending in .html")
    if "/" in raw or "\\" in raw or raw.startswith(".") or raw == "index.html":
        raise where.error("output", "a plain file name in the output folder, not index.html")
    try:
        unknown = [f for f in _fields(raw) if f not in OUTPUT_FIELDS]
    except ValueError as exc:
        raise where.error("output", f"bad template ({exc})") from None
    if unknown:
        raise where.error("output", f"unknown field {{{unknown[0]}}}; use {OUTPUT_FIELDS}")
    return raw


def _check_period(params: dict[str, str], where: _Where) -> None:
    window = params.get("window")
    if window and ("start" in params or "end" in params):
        raise where.error("params.window", "give either window or start/end, not both")
    if window:
        try:
            parse_window(window, date.today())
        except UserError as exc:
            raise where.error("params.window", str(exc).partition(": ")[2]) from None
    for key in ("start", "end"):
        if key in params:
            try:
                parse_date(params[key], key)
            except UserError:
                raise where.error(f"params.{key}", "not a date; write YYYY-MM-DD") from None


def _jobs(entry: object, index: int, defaults: dict, path: Path) -> list[Job]:
    name = entry.get("name") if isinstance(entry, dict) else None
    where = _Where(path, index, name if isinstance(name, str) else None)
    if not isinstance(entry, dict):
        raise where.error(None, "expected a mapping with at least a 'kind'")
    _known(entry, JOB_KEYS, where)
    top = _Where(path)
    base = _params(defaults.get("params"), top, "defaults.params")
    own = _params(entry.get("params"), where, "params")
    kinds = _kinds(entry.get("kind"), where)
    combos = _matrix(entry.get("matrix"), where, own)
    # the job's own parameters and its matrix override the defaults; a period (window, or
    # start/end) given by the job replaces the default period as a whole
    mine = set(own) | set(combos[0])
    if mine & set(PERIOD):
        mine |= set(PERIOD)
    params = {k: v for k, v in base.items() if k not in mine} | own
    output = _output(entry.get("output", defaults.get("output", DEFAULT_OUTPUT)), where)
    timeout = _number(entry, "timeout", _number(defaults, "timeout", DEFAULT_TIMEOUT, top), where)
    retries = _number(entry, "retries", _number(defaults, "retries", 0, top, True), where, True)
    notebook = None
    if entry.get("notebook") is not None:
        notebook = path.parent / str(entry["notebook"])
        if notebook.suffix != ".ipynb" or not notebook.is_file():
            raise where.error("notebook", f"{notebook}: notebook (.ipynb) not found")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise where.error("name", "expected text")
    jobs = []
    for kind, combo in itertools.product(kinds, combos):
        values = params | combo
        _check_period(values, where)
        job_name = _name(name, kind, combo, len(kinds) > 1, where)
        jobs.append(
            Job(job_name, kind, values, index, output, notebook, timeout, int(retries), combo)
        )
    return jobs


def _name(template: str | None, kind: str, combo: dict[str, str], kinds: bool, where) -> str:
    """The job's name: the template filled in, or kind and matrix values; made unique by
    appending what the template leaves out."""
    if template is None:
        return "-".join([kind, *(slug(v) for v in combo.values())])
    try:
        fields = _fields(template)
        name = template.format(kind=kind, **{k: slug(v) for k, v in combo.items()})
    except (KeyError, IndexError, ValueError) as exc:
        raise where.error("name", f"unknown placeholder {exc}; use kind or a matrix key") from None
    extra = [slug(v) for k, v in combo.items() if k not in fields]
    if kinds and "kind" not in fields:
        extra.insert(0, kind)
    return "-".join([name, *extra])


def _unique(jobs: list[Job], path: Path) -> None:
    seen: dict[str, Job] = {}
    for job in jobs:
        if job.name in seen:
            raise _Where(path, job.index, job.name).error(
                "name", f"the same name as a job of entry {seen[job.name].index}; names are unique"
            )
        seen[job.name] = job
