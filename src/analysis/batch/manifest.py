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
      - name: sahel
        kind: all
        params: {country: [Burkina Faso, Mali, Niger, Nigeria]}   # several: a list

Report parameters are those of ``analysis report --param`` (:mod:`analysis.reports.params`);
``window`` is resolved against the batch's ``--as-of`` day. ``country``, ``admin1`` and
``admin2`` take a list as well as one name (or the comma-separated text ``--param`` takes),
in ``params`` and as a matrix value: ``matrix: {country: [[Mali, Niger], Nigeria]}`` is two
jobs, one of two countries. Every mistake raises
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
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from analysis.errors import UserError
from analysis.reports.params import (
    PARAM_NAMES,
    REPORT_KINDS,
    name_slug,
    parse_date,
    parse_window,
)
from analysis.yamlfile import load_yaml

TOP_KEYS = ("version", "store", "out", "defaults", "jobs")
DEFAULT_KEYS = ("timeout", "retries", "params", "output")
JOB_KEYS = ("name", "kind", "params", "matrix", "output", "notebook", "timeout", "retries")
JOB_PARAMS = tuple(p for p in PARAM_NAMES if p != "store")
LIST_PARAMS = ("country", "admin1", "admin2")  # a list of names: one selection of them all
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


def load_manifest(path: str | Path, store: Path | None = None) -> Manifest:
    """Read and check the manifest at ``path``; expand kinds and matrices into jobs.

    Every mistake is found in one pass: the :class:`UserError` has one line per mistake.
    When there are mistakes, the jobs' parameters are also checked against the event store
    (``store``, else the manifest's), so that a misspelt region is in the same list; a
    manifest without mistakes leaves that check to the batch (a job that fails it fails
    alone).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "m.yaml"
    >>> _ = path.write_text("defaults: {timout: 5}\\njobs: [{kind: timline}]")
    >>> try:
    ...     load_manifest(path)
    ... except UserError as exc:
    ...     print(str(exc).replace(str(path), "m.yaml"))
    m.yaml: 'defaults.timout': unknown key (did you mean defaults.timeout?)
    m.yaml: job 1 'kind': unknown report 'timline' (did you mean timeline?)
    """
    path = Path(path)
    raw = load_yaml(path, "manifest", dates_as_text=True)
    top = _Where(path)
    if not isinstance(raw, dict):
        raise top.error(None, "expected a mapping with a 'jobs' list")
    problems: list[str] = []
    _known(raw, TOP_KEYS, top, problems=problems)
    if raw.get("version", 1) != 1:
        problems.append(str(top.error("version", "only version 1 is known")))
    base = path.parent
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        problems.append(str(top.error("defaults", "expected a mapping")))
        defaults = {}
    _known(defaults, DEFAULT_KEYS, top, prefix="defaults.", problems=problems)
    paths = {}
    for key in ("store", "out"):
        try:
            paths[key] = _path(raw, key, base, top)
        except UserError as exc:
            problems.append(str(exc))
            paths[key] = None
    entries = raw.get("jobs")
    if not isinstance(entries, list) or not entries:
        problems.append(str(top.error("jobs", "expected a non-empty list of jobs")))
        entries = []
    jobs = []
    for i, entry in enumerate(entries, 1):
        jobs += _jobs(entry, i, defaults, path, problems)
    if not problems:
        _unique(jobs, path)
    else:
        problems += _store_problems(jobs, store or paths["store"], path)
        raise UserError("\n".join(dict.fromkeys(problems)))
    return Manifest(path=path, jobs=jobs, store=paths["store"], out=paths["out"])


def _store_problems(jobs: list[Job], store: Path | None, path: Path) -> list[str]:
    """One line per job whose parameters the event store refuses (a region not in it …);
    none when there is no readable event store to check them against."""
    from analysis.reports.render import check_params
    from analysis.store.queries import store_places

    if store is None or store.suffix.lower() != ".duckdb" or not store.is_file():
        return []
    try:
        store_places(store)
    except (UserError, OSError):
        return []
    problems: dict[tuple[int, str], str] = {}  # one line per entry and problem
    with tempfile.TemporaryDirectory(prefix="analysis-manifest-") as tmp:
        for job in jobs:
            try:
                check_params([job.kind], job.params, store, Path(tmp))
            except UserError as exc:
                message = str(exc).removeprefix("--param ")  # "admin1='Balochistn': …"
                line = str(_Where(path, job.index, job.name).error("params", message))
                problems.setdefault((job.index, message), line)
    return list(problems.values())


def _path(raw: dict, key: str, base: Path, where: _Where) -> Path | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise where.error(key, "expected a path")
    return base / Path(value).expanduser()


def _known(
    raw: dict, keys: tuple[str, ...], where: _Where, prefix: str = "", problems: list | None = None
) -> None:
    """Each key of ``raw`` not in ``keys``: appended to ``problems`` (if given; else the
    first is raised)."""
    for key in raw:
        if key not in keys:
            close = difflib.get_close_matches(str(key), keys, n=1)
            hint = f" (did you mean {prefix}{close[0]}?)" if close else f"; use {', '.join(keys)}"
            error = where.error(f"{prefix}{key}", f"unknown key{hint}")
            if problems is None:
                raise error
            problems.append(str(error))


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


def _value(name: str, value: object) -> str | None:
    """A parameter's value as text, or None when it is not one: a scalar, or for
    :data:`LIST_PARAMS` a non-empty list of scalars, joined as ``--param`` writes them.

    >>> _value("country", ["Burkina Faso", "Mali"]), _value("start", ["2024-08-01"])
    ('Burkina Faso, Mali', None)
    """
    if _scalar(value):
        return _text(value)
    if name in LIST_PARAMS and isinstance(value, list) and value and all(map(_scalar, value)):
        return ", ".join(_text(v) for v in value)
    return None


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
        text = _value(name, value)
        if text is None:
            several = " or, for country/admin1/admin2, a list" if name in LIST_PARAMS else ""
            raise where.error(
                f"{key}.{name}", f"expected one value (text, number, date, yes/no){several}"
            )
        params[name] = text
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
            close = difflib.get_close_matches(kind, [*REPORT_KINDS, "all"], n=1)
            hint = f" (did you mean {close[0]}?)" if close else f"; use {', '.join(REPORT_KINDS)}"
            raise where.error("kind", f"unknown report {kind!r}{hint}")
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
        texts = [_value(name, v) for v in values] if isinstance(values, list) else []
        if not texts or None in texts:
            raise where.error(f"matrix.{name}", "expected a non-empty list of values")
        axes[name] = texts
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
    try:  # a format spec or conversion the fields' text cannot take ({kind:d}, {start!z})
        raw.format(**dict.fromkeys(OUTPUT_FIELDS, "text"))
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise where.error("output", f"bad template ({exc})") from None
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


def _jobs(entry: object, index: int, defaults: dict, path: Path, problems: list[str]) -> list[Job]:
    """The jobs of one manifest entry; each mistake found is appended to ``problems``. The
    jobs are returned as far as they can be made (a placeholder kind for an unknown one), so
    that their parameters can still be checked against the store."""
    name = entry.get("name") if isinstance(entry, dict) else None
    where = _Where(path, index, name if isinstance(name, str) else None)
    if not isinstance(entry, dict):
        problems.append(str(where.error(None, "expected a mapping with at least a 'kind'")))
        return []
    top = _Where(path)

    def attempt(check, *args, default=None):
        try:
            return check(*args)
        except UserError as exc:
            problems.append(str(exc))
            return default

    _known(entry, JOB_KEYS, where, problems=problems)
    base = attempt(_params, defaults.get("params"), top, "defaults.params", default={})
    own = attempt(_params, entry.get("params"), where, "params", default={})
    kinds = attempt(_kinds, entry.get("kind"), where, default=[REPORT_KINDS[0]])
    combos = attempt(_matrix, entry.get("matrix"), where, own, default=[{}])
    # the job's own parameters and its matrix override the defaults; a period (window, or
    # start/end) given by the job replaces the default period as a whole
    mine = set(own) | set(combos[0])
    if mine & set(PERIOD):
        mine |= set(PERIOD)
    params = {k: v for k, v in base.items() if k not in mine} | own
    output = attempt(
        _output, entry.get("output", defaults.get("output", DEFAULT_OUTPUT)), where,
        default=DEFAULT_OUTPUT,
    )  # fmt: skip
    default_timeout = attempt(_number, defaults, "timeout", DEFAULT_TIMEOUT, top)
    timeout = attempt(_number, entry, "timeout", default_timeout or DEFAULT_TIMEOUT, where)
    default_retries = attempt(_number, defaults, "retries", 0, top, True)
    retries = attempt(_number, entry, "retries", default_retries or 0, where, True)
    notebook = None
    if entry.get("notebook") is not None:
        notebook = path.parent / str(entry["notebook"])
        if notebook.suffix != ".ipynb" or not notebook.is_file():
            problems.append(
                str(where.error("notebook", f"{notebook}: notebook (.ipynb) not found"))
            )
    if name is not None and (not isinstance(name, str) or not name.strip()):
        problems.append(str(where.error("name", "expected text")))
        name = None
    jobs = []
    for kind, combo in itertools.product(kinds, combos):
        values = params | combo
        if attempt(_check_period, values, where, default=False) is False:
            continue
        job_name = attempt(_name, name, kind, combo, len(kinds) > 1, where)
        if job_name is None:
            continue
        jobs.append(
            Job(
                job_name, kind, values, index, output, notebook, timeout or DEFAULT_TIMEOUT,
                int(retries or 0), combo,
            )
        )  # fmt: skip
    return jobs


def _name(template: str | None, kind: str, combo: dict[str, str], kinds: bool, where) -> str:
    """The job's name: the template filled in, or kind and matrix values; made unique by
    appending what the template leaves out. A matrix value wholly in another script
    (Cyrillic, Arabic …) is ``x-`` and 8 hex digits of its SHA-256 (:func:`name_slug`), so
    two such values make two names."""
    if template is None:
        return "-".join([kind, *(name_slug(v) for v in combo.values())])
    try:
        fields = _fields(template)
        name = template.format(kind=kind, **{k: name_slug(v) for k, v in combo.items()})
    except (KeyError, IndexError, ValueError) as exc:
        raise where.error("name", f"unknown placeholder {exc}; use kind or a matrix key") from None
    extra = [name_slug(v) for k, v in combo.items() if k not in fields]
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
