"""The ``analysis`` command line: ingest, summary, clean, quarantine, delete, report, batch,
extract.

User mistakes (missing file, unknown column, unreadable sheet) print one message and exit
with code 2. ``--json`` prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import contextlib
import functools
import json
import shlex
import signal
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from analysis.errors import UserError, not_a_file, read_utf8
from analysis.paths import DEFAULT_STORE, STORE_ENV, default_store
from analysis.reports.params import REPORT_KINDS
from analysis.sources import SOURCES, Mapping
from analysis.sources.archives import short_name
from analysis.sources.deletions import read_id_list
from analysis.store import EventStore, IngestReport, check_folder, ingest_files
from analysis.store.cleaned import clean_store, update_clean
from analysis.store.ingest_report import nothing_stored_line
from analysis.store.queries import actor_suggestions, store_version

# An article is a few tens of kilobytes; a file far larger is not one.
MAX_ARTICLE_BYTES = 10 << 20

app = typer.Typer(
    help="Political-violence event data: ingest, clean, store and report.",
    no_args_is_help=True,
    add_completion=False,
)
# In a log or a pipe (cron, a scheduler) Rich would wrap tables at 80 columns and cut file
# names short; there, lines are as wide as their tables need, up to LOG_WIDTH.
LOG_WIDTH = 240


def _console(stderr: bool = False) -> Console:
    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=LOG_WIDTH)


out = _console()
err = _console(stderr=True)

StoreOption = Annotated[
    Path,
    typer.Option(
        "--store",
        envvar=STORE_ENV,
        help=f"The DuckDB event store (default data/events.duckdb, or ${STORE_ENV}).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]
CreateOption = Annotated[
    bool,
    typer.Option(
        "--create",
        help="Make the store's folder if it does not exist (without it, a --store whose folder "
        "is missing is taken for a typo and refused; data/events.duckdb needs no --create).",
    ),
]


def user_errors(command):
    """Turn :class:`UserError` into one message on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except UserError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper


@app.command()
@user_errors
def ingest(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="CSV, XLSX, Stata (.dta) or JSON (ACLED's and UCDP's API answers) files to "
            "ingest, or ZIP/gzip archives of them (UCDP's ged…-csv.zip or ged…-dta.zip as "
            "downloaded)."
        ),
    ],
    source: Annotated[
        str, typer.Option(help=f"Layout: {'|'.join(SOURCES)}; auto reads the header.")
    ] = "auto",
    mapping: Annotated[
        Path | None, typer.Option(help="YAML column mapping for --source generic.")
    ] = None,
    sheet: Annotated[str | None, typer.Option(help="XLSX sheet (default: the first).")] = None,
    allow_path: Annotated[
        list[Path] | None,
        typer.Option(
            "--allow-path",
            help="A folder the mapping's casualty file may be in besides the mapping's own "
            "(repeatable).",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    no_clean: Annotated[
        bool,
        typer.Option(
            "--no-clean",
            help="Leave the cleaned tables behind (e.g. several files in a row); reports "
            "refuse the store until `analysis clean --update`.",
        ),
    ] = False,
    create: CreateOption = False,
    as_json: JsonOption = False,
) -> None:
    """Read event tables into the store, print the counts, bring the cleaning up to date.

    One transaction; only the changed events and what they touch are cleaned again. Exits
    with 2 (after storing what the other files hold) when a file's rows were all quarantined.

    A new store is made only in an existing folder (or data/events.duckdb, or with
    --create), and said so on stderr: a mistyped --store never goes unnoticed."""
    for file in files:
        if not file.is_file():
            raise not_a_file(file)
    loaded = Mapping.load(mapping, allow_path or ()) if mapping else None
    created = new_store(store, create)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} rows"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=as_json or not err.is_terminal,
    ) as bar:
        tasks: dict[Path, int] = {}

        def progress(file: Path, rows: int) -> None:
            if file not in tasks:
                tasks[file] = bar.add_task(f"reading {escape(short_name(str(file)))}", total=None)
            bar.update(tasks[file], completed=rows)

        try:
            reports = ingest_files(store, files, source, loaded, sheet, progress, create=create)
        except BaseException:
            if created:  # a first ingest that failed leaves no empty store behind
                _remove_store(store)
            raise
    if created:
        err.print(
            f"created a new store at {escape(str(store.resolve()))}",
            highlight=False,
            soft_wrap=True,
        )
    cleaning = None
    if not no_clean:
        with EventStore(store) as db:
            cleaning = update_clean(db)
    total = sum(reports, IngestReport())
    if as_json:
        payload = total.to_dict() | {"store": str(store), "files": [r.to_dict() for r in reports]}
        payload["created_store"] = created
        del payload["file"], payload["source"], payload["date_order"]  # said per file
        payload["cleaning"] = cleaning
        payload["nothing_stored"] = [
            {"file": r.file, **r.nothing_stored} for r in reports if r.nothing_stored
        ]
        print(json.dumps(payload, ensure_ascii=False, default=str))
        _exit_if_nothing_stored(reports)
        return
    for warning in total.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False, soft_wrap=True)
    out.print(_ingest_table(reports, total))
    out.print(_fatalities_table(reports))
    if total.quarantined_by_reason:
        out.print(_reason_table(total.quarantined_by_reason))
        out.print(
            f"See them with: analysis quarantine --store {escape(str(store))}", highlight=False
        )
    if total.repaired_by_reason:
        out.print(_reason_table(total.repaired_by_reason, "Stored after a repair, by reason"))
    if total.replaced_by_column:
        title = "Replaced events, by what changed"
        out.print(_reason_table(total.replaced_by_column, title, ("column", "events")))
    out.print(_cleaning_line(cleaning, store), highlight=False, soft_wrap=True)
    _exit_if_nothing_stored(reports)


def new_store(store: Path, create: bool = False) -> bool:
    """Whether writing to ``store`` makes a new one. A store whose folder does not exist is
    refused (a :class:`UserError`) unless ``create``, or it is the default
    ``data/events.duckdb`` under the current folder: elsewhere a missing folder is a typo,
    and a scheduled ingest into a new store would leave the real one silently stale.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> new_store(folder / "events.duckdb"), new_store(folder / "new" / "events.duckdb", True)
    (True, True)
    >>> new_store(folder / "typo" / "events.duckdb")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: .../typo/events.duckdb: no store there, and no folder .../typo; ...
    """
    store = Path(store)
    if store.exists():
        return False
    check_folder(store, create, fix="give --create")
    return True


def existing_store(store: Path) -> Path:
    """``store``, refused (a :class:`UserError`) when there is no store there: cleaning or
    marking deletions in a new, empty store can only be a mistyped path.

    >>> existing_store(Path("no/such/store.duckdb"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: no/such/store.duckdb: no event store here; run ...
    """
    if not Path(store).exists():
        raise UserError(f"{store}: no event store here; run `analysis ingest` first")
    return store


def _remove_store(store: Path) -> None:
    for path in (store, store.with_name(store.name + ".wal")):
        with contextlib.suppress(OSError):  # never there, or below a file (not a folder)
            path.unlink()


def _exit_if_nothing_stored(reports: list[IngestReport]) -> None:
    """Exit with 2, one line per file on stderr, when a file with rows stored none of them
    (every row quarantined): a scheduled ingest must not look as if it worked."""
    empty = [r for r in reports if r.nothing_stored]
    for report in empty:
        line = escape(nothing_stored_line(report))
        err.print(f"[bold red]error:[/] {line}", highlight=False, soft_wrap=True)
    if empty:
        raise typer.Exit(2)


def _cleaning_line(cleaning: dict | None, store: Path) -> str:
    """What the ingest did to the cleaned tables, in one line."""
    if cleaning is None:
        fix = f"analysis clean --update --store {escape(str(store))}"
        return f"Cleaned tables not updated (--no-clean): run `{fix}`"
    if cleaning["mode"] == "update":
        return (
            f"Cleaned tables updated: {cleaning['changed']:,} changed event(s), "
            f"{cleaning['recleaned']:,} re-cleaned with what they touch"
        )
    if cleaning["mode"] == "full":
        why = f" ({escape(str(cleaning['why']))})" if cleaning.get("why") else ""
        return f"Cleaned tables rebuilt{why}: {cleaning['events_clean']:,} events"
    return "Cleaned tables already current"


@app.command()
@user_errors
def summary(store: StoreOption = DEFAULT_STORE, as_json: JsonOption = False) -> None:
    """What the store holds: events by source, fatalities by victim group, quarantine."""
    with EventStore(store, read_only=True) as db:
        facts = db.summary()
    if as_json:
        print(json.dumps(facts, ensure_ascii=False))
        return
    table = Table(title=f"Event store {facts['store']}", show_header=False)
    keys = ("events", "deleted_events", "casualty_rows", "quarantined_rows", "repaired_events")
    for key in (*keys, "ingests"):
        table.add_row(key.replace("_", " "), f"{facts[key]:,}")
    table.add_row("dates", " to ".join(str(d) for d in facts["date_range"]))
    for name, count in facts["events_by_source"].items():
        table.add_row(f"events from {name}", f"{count:,}")
    for name, newest in facts["newest_update_by_source"].items():
        utc = newest["utc"].replace("T", " ").removesuffix("Z")
        table.add_row(f"newest update from {name}", f"{utc} UTC (timestamp {newest['unix']})")
    cleaning = facts["cleaning"]
    table.add_row("cleaned tables", escape(_cleaning_state_line(cleaning)))
    if cleaning["state"] != "not_cleaned":
        table.add_row("real events (duplicates linked)", f"{cleaning['real_events']:,}")
        table.add_row("duplicate links", f"{cleaning['duplicate_links']:,}")
        table.add_row("campaigns", f"{cleaning['campaigns']:,}")
    out.print(table)
    groups = Table(title="Fatalities by victim group (sum of figures, before reconciliation)")
    for column in ("victim group", "low", "best", "high", "figures"):
        groups.add_column(column, justify="right" if column != "victim group" else "left")
    for group, figures in facts["fatalities_by_victim_group"].items():
        groups.add_row(group, *(_num(figures[k]) for k in ("low", "best", "high", "figures")))
    for group, figures in facts["perpetrator_claims_by_victim_group"].items():
        groups.add_row(
            f"{group}, perpetrators' claims (not counted)",
            *(_num(figures[k]) for k in ("low", "best", "high", "figures")),
        )
    out.print(groups)


@app.command("clean")
@user_errors
def clean_command(
    store: StoreOption = DEFAULT_STORE,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Re-clean only events changed since the last cleaning (and what "
            "they touch) instead of rebuilding everything.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Clean the stored events in full, or with --update only what changed.

    Places, actors, duplicates, campaigns and figures. A missing store is refused (exit 2)."""
    with EventStore(existing_store(store)) as db:
        facts = update_clean(db) if update else clean_store(db) | {"mode": "full"}
        suggestions = actor_suggestions(db)
    if as_json:
        print(json.dumps(facts, ensure_ascii=False, default=str))
        return
    table = Table(title=f"Cleaning {store}", show_header=False)
    for key, value in facts.items():
        if key != "changes_by_step":
            table.add_row(key.replace("_", " "), f"{value:,}" if isinstance(value, int) else value)
    for step, rows in facts["changes_by_step"].items():
        table.add_row(f"values changed by {step}", f"{rows:,}")
    out.print(table)
    applied = suggestions["applied"].astype(bool)
    titles = (
        "Actor names matched approximately (applied: add them to actors.csv to make it exact)",
        "Actor names not recognised: closest known names of the event's country (not applied)",
    )
    for title, shown in zip(titles, (suggestions[applied], suggestions[~applied]), strict=True):
        if not len(shown):
            continue
        hints = Table(title=title)
        for column in ("name", "country", "suggestion", "score", "rows"):
            hints.add_column(column)
        for row in shown.head(20).itertuples(index=False):
            hints.add_row(
                str(row.name),
                "" if pd.isna(getattr(row, "country", None)) else str(row.country),
                "" if pd.isna(row.suggestion) else str(row.suggestion),
                "" if pd.isna(row.suggestion) else f"{row.score:.0f}",
                str(row.rows),
            )
        out.print(hints)


@app.command()
@user_errors
def quarantine(store: StoreOption = DEFAULT_STORE, as_json: JsonOption = False) -> None:
    """List quarantined rows: file, row, column and reason.

    The title counts records (a record with two problems is one record listed under two
    reasons)."""
    with EventStore(store, read_only=True) as db:
        rows = db.quarantine()
        repaired = db.repaired()
    if as_json:
        records = rows.astype(object).where(rows.notna(), None).to_dict("records")
        fixed = repaired.astype(object).where(repaired.notna(), None).to_dict("records")
        records_count = len(rows[["source_file", "source_row"]].drop_duplicates())
        payload = {"rows": len(rows), "records": records_count, "quarantine": records}
        payload |= {"repaired_rows": len(repaired), "repaired": fixed}
        print(json.dumps(payload, ensure_ascii=False, default=str))
        return
    records_count = len(rows[["source_file", "source_row"]].drop_duplicates())
    title = f"{records_count:,} quarantined record(s), {len(rows):,} reason(s)"
    table = Table(title=title)
    for column in ("file", "row", "column", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows.itertuples(index=False):
        table.add_row(*_cells(short_name(row.source_file), row.source_row, row.column, row.reason))
    out.print(table)
    if len(repaired):
        fixes = Table(title=f"{len(repaired):,} record(s) stored after a repair (not quarantined)")
        for column in ("file", "row", "event", "repair"):
            fixes.add_column(column, overflow="fold")
        for row in repaired.itertuples(index=False):
            fixes.add_row(
                *_cells(short_name(row.source_file), row.source_row, row.event_id, row.data_quality)
            )
        out.print(fixes)


@app.command()
@user_errors
def delete(
    ids_file: Annotated[Path, typer.Argument(help="Event ids, one per line, or ACLED CSV.")],
    source: Annotated[str, typer.Option(help="Prefix for ids given without one.")] = "acled",
    store: StoreOption = DEFAULT_STORE,
    no_clean: Annotated[
        bool, typer.Option("--no-clean", help="Leave the cleaned tables behind.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Mark events deleted (ACLED deletion lists): kept, not removed.

    The cleaned tables follow. A missing store is refused (exit 2)."""
    ids = read_id_list(ids_file, source)
    with EventStore(existing_store(store)) as db:
        result = db.delete(ids, str(ids_file))
        if not no_clean and result["marked_deleted"]:
            result["cleaning"] = update_clean(db)
    if as_json:
        print(json.dumps(result, default=str))
        return
    out.print(
        f"{result['marked_deleted']} event(s) marked deleted, "
        f"{result['already_deleted']} already deleted, {result['not_found']} not in the store"
    )
    for missing in result["not_found_ids"][:20]:
        out.print(f"  not found: {escape(missing)}", highlight=False)
    if result["ids"] and result["not_found"] == result["ids"]:
        out.print(
            f"None of the {result['ids']:,} id(s) is in the store: ids without a prefix are "
            f"looked up as {escape(source)}:<id> (--source names another source).",
            highlight=False,
        )


LIST_PARAMS = ("country", "admin1", "admin2")  # given again: one more name for the list


def report_params(items: list[str]) -> dict[str, str]:
    """``--param key=value`` options as a dict: a later value replaces an earlier one,
    except for ``country``, ``admin1`` and ``admin2``, whose values add up to one
    comma-separated list.

    >>> report_params(["country=Mali", "start=2024-01-01", "country = Niger, Nigeria",
    ...     "start=2024-02-01"])
    {'country': 'Mali, Niger, Nigeria', 'start': '2024-02-01'}
    """
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--param {item!r}: expected key=value")
        key, value = key.strip(), value.strip()
        name = key.lower().replace("-", "_")
        if name in LIST_PARAMS:
            key = name  # Country=Mali --param country=Niger: one list
            value = ", ".join(part for part in (params.get(key, ""), value) if part)
        params[key] = value
    return params


@app.command()
@user_errors
def report(
    kind: Annotated[str, typer.Argument(help="timeline | casualties | actors | all")],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            help="key=value, repeatable (e.g. admin1=Balochistan, admin2=Kech); country, "
            "admin1 and admin2 given again add to the list (country=Mali --param country=Niger).",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("reports"),
) -> None:
    """Render reports to self-contained HTML (parameters are checked before any kernel).

    With ``all``, every kind is rendered even if one fails; each failure is one line on
    stderr and the exit code is 2. ``country``, ``admin1`` and ``admin2`` take several names,
    comma-separated or by giving the option again. A report whose kernel did not start is
    tried once more, with a warning line on stderr.
    """
    from analysis.reports import write_index
    from analysis.reports.render import render_each

    if kind not in (*REPORT_KINDS, "all"):
        raise UserError(f"unknown report {kind!r}; use one of {', '.join(REPORT_KINDS)} or all")
    params = report_params(param or [])
    kinds = list(REPORT_KINDS) if kind == "all" else [kind]
    paths, failures = render_each(kinds, params, store, out_dir, _warn_retry)
    own_store = "store" not in params and Path(store).suffix.lower() == ".duckdb"
    index = write_index(out_dir, data_version=store_version(store) if own_store else None)
    for path in paths:
        out.print(str(path), highlight=False, soft_wrap=True)
    out.print(f"index: {escape(str(index))}", highlight=False, soft_wrap=True)
    for failure in failures:
        err.print(f"[bold red]error:[/] {escape(failure)}", highlight=False, soft_wrap=True)
    if failures:
        raise typer.Exit(2)


@app.command()
@user_errors
def extract(
    article: Annotated[Path, typer.Argument(help="A news article as UTF-8 text.")],
    published: Annotated[
        str, typer.Option("--published", help="Publication date, ISO (2024-08-26).")
    ],
    out_csv: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Events CSV (default ./<article stem>_candidates.csv); the casualties CSV "
            "and the YAML mapping are written next to it.",
        ),
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Review page to write.")] = None,
    country: Annotated[str, typer.Option(help="Country the article is about.")] = "Pakistan",
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            help="Drop every figure whose learned confidence (the probability that it is "
            "right, docs/extraction.md) is under this; default: keep every figure.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Turn one news article into candidate events (generic format) to review and ingest."""
    from datetime import date

    from analysis.extract import extract_article
    from analysis.extract.review import review_html
    from analysis.extract.write import event_ids, write_candidates

    if not article.is_file():
        raise not_a_file(article)
    try:
        day = date.fromisoformat(published.strip())
    except ValueError:
        raise UserError(
            f"--published {published!r}: not a date; write it as YYYY-MM-DD (2024-08-26)"
        ) from None
    text = read_utf8(article, "article", MAX_ARTICLE_BYTES)
    try:
        found = extract_article(text, day, country)
    except ValueError as exc:
        raise UserError(f"--country: {exc}") from None
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise UserError(
            f"--min-confidence {min_confidence:g}: not a probability; give one from 0 (keep "
            "every figure) to 1"
        )
    dropped = None
    if min_confidence is not None:
        from analysis.extract.confidence import drop_below

        dropped = drop_below(found, min_confidence)
    out_csv = out_csv or Path.cwd() / f"{article.stem}_candidates.csv"
    paths = write_candidates(found, out_csv, article.stem)
    if html is not None:
        html.parent.mkdir(parents=True, exist_ok=True)
        title = text.strip().splitlines()[0] if text.strip() else article.name
        html.write_text(review_html(found, title), encoding="utf-8")
        paths["html"] = html
    ids = event_ids(found, article.stem)
    if as_json:
        payload = found.to_dict()
        for candidate in payload["candidates"]:
            candidate["event_id"] = ids[candidate["candidate_id"]]
        payload |= {"article": str(article), "files": {k: str(v) for k, v in paths.items()}}
        if dropped is not None:
            payload["dropped_below_confidence"] = {"min": min_confidence, "figures": dropped}
        print(json.dumps(payload, ensure_ascii=False))
        return
    table = Table(title=f"{len(found.candidates)} candidate event(s) from {article.name}")
    for column in ("id", "date", "type", "place", "figures", "claim"):
        table.add_column(column, overflow="fold")
    for c in found.candidates:
        figures = "; ".join(
            f"{f.victim_group} {f.fatalities}"
            f"{'' if f.outcome == 'killed' else ' ' + f.outcome} ({f.reported_by or '?'})"
            + ("" if f.confidence is None else f" {f.confidence:.2f}")
            for f in [*c.figures, *c.other_figures]
        )
        table.add_row(
            ids[c.candidate_id],
            f"{c.date_start}" + ("" if c.date_end == c.date_start else f" – {c.date_end}"),
            f"{c.event_type} / {c.sub_event_type}",
            ", ".join(x for x in (c.location, c.admin1) if x),
            figures,
            f"{c.claimed_by} ({c.claim_status})" if c.claimed_by else "",
        )
    out.print(table)
    if dropped is not None:
        out.print(
            f"dropped {dropped} figure(s) with a confidence under {min_confidence:g}",
            highlight=False,
            soft_wrap=True,
        )
    totals = [*found.totals, *found.other_totals]
    if totals:
        listed = "; ".join(
            f"{f.victim_group} {f.fatalities}"
            f"{'' if f.outcome == 'killed' else ' ' + f.outcome} ({f.reported_by or '?'})"
            for f in totals
        )
        out.print(f"article totals (not events): {listed}", highlight=False, soft_wrap=True)
    for kind, path in paths.items():
        out.print(f"{kind}: {escape(str(path))}", highlight=False, soft_wrap=True)
    # the store named in full: the same line run from another folder would make a new one
    ingest_line = shlex.join(
        ["analysis", "ingest", "--store", str(default_store().resolve())]
        + ["--source", "generic", "--mapping", str(paths["mapping"]), str(paths["events"])]
    )
    out.print(f"ingest with: {escape(ingest_line)}", highlight=False, soft_wrap=True)


@app.command()
@user_errors
def batch(
    manifest: Annotated[Path, typer.Argument(help="YAML manifest of report jobs.")],
    workers: Annotated[
        int | None, typer.Option(min=1, help="Local processes at a time (default: CPUs).")
    ] = None,
    dask_address: Annotated[
        str | None,
        typer.Option("--dask-address", help="Run on a Dask scheduler (tcp://HOST:PORT)."),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Day windows are resolved on (default today).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Render unchanged jobs too.")] = False,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            help=f"Event store (default: the manifest's, else ${STORE_ENV} or data/events.duckdb).",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Output folder (default: the manifest's, else reports)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Render a manifest's reports in parallel; skip unchanged ones; rewrite the catalog.

    Exit code 1 if any job failed or timed out, 2 for a mistake in the command or manifest.
    """
    from analysis.batch import load_manifest, run_batch
    from analysis.batch.executors import check_address

    if workers and dask_address:
        raise UserError("give --workers or --dask-address, not both (Dask has its own workers)")
    if dask_address is not None:
        dask_address = check_address(dask_address)
    try:
        day = date.fromisoformat(as_of.strip()) if as_of else None
    except ValueError:
        raise UserError(f"--as-of {as_of!r}: not a date; write YYYY-MM-DD") from None
    plan = load_manifest(manifest, store=store)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} jobs"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=as_json or not err.is_terminal,
    ) as bar:
        task = bar.add_task("rendering", total=len(plan.jobs))

        def done(entry: dict) -> None:
            bar.update(task, advance=1, description=f"{entry['job']}: {entry['status']}")

        # SIGTERM (kill, a timeout around cron) stops the running jobs too, as Ctrl-C does
        previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        try:
            summary = run_batch(
                plan,
                store=store,
                out=out_dir,
                as_of=day,
                workers=workers,
                dask_address=dask_address,
                force=force,
                done=done,
            )
        finally:
            signal.signal(signal.SIGTERM, previous)
    for line in _retry_lines(summary):  # on stderr with --json too: a scheduled job's log
        err.print(f"[yellow]warning:[/] {escape(line)}", highlight=False, soft_wrap=True)
    if as_json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        out.print(_batch_table(summary))
        for job in summary["jobs"]:
            if job["error"]:
                err.print(
                    f"[red]{escape(job['job'])}:[/] {escape(str(job['error']))}",
                    highlight=False,
                    soft_wrap=True,
                )
        index = escape(str(Path(summary["out"]) / "index.html"))
        out.print(f"index: {index}", highlight=False, soft_wrap=True)
    if summary["failed"]:
        raise typer.Exit(1)


def _warn_retry(kind: str, attempt: int, error: str) -> None:
    """The stderr line of a report tried again because its kernel did not start, worded as
    a batch's (:func:`_retry_lines`)."""
    line = f"{kind}: attempt {attempt} tried again, its kernel did not start: {error}"
    err.print(f"[yellow]warning:[/] {escape(line)}", highlight=False, soft_wrap=True)


def _retry_lines(summary: dict) -> list[str]:
    """One line per attempt of a job that was tried again, with its reason in the words of
    the batch's index page (:data:`analysis.reports.catalog.RETRY_REASONS`).

    >>> retry = {"attempt": 1, "status": "failed", "kernel_start": True, "error": "(reason)"}
    >>> print(_retry_lines({"jobs": [{"job": "weekly", "retried": [retry]}]})[0])
    weekly: attempt 1 tried again (its kernel did not start, not counted in retries): (reason)
    """
    from analysis.reports.catalog import RETRY_REASONS

    lines = []
    for job in summary["jobs"]:
        for retry in job.get("retried") or []:
            reason = "kernel_start" if retry["kernel_start"] else str(retry["status"])
            why = RETRY_REASONS.get(reason, reason)
            lines.append(
                f"{job['job']}: attempt {retry['attempt']} tried again ({why}): {retry['error']}"
            )
    return lines


def _batch_table(summary: dict) -> Table:
    table = Table(
        title=f"Batch as of {summary['as_of']}: {summary['rendered']} rendered, "
        f"{summary['skipped']} skipped, {summary['failed']} failed ({summary['seconds']:.0f} s)"
    )
    for column in ("job", "status", "seconds", "output"):
        table.add_column(column, justify="right" if column == "seconds" else "left")
    colours = {"rendered": "green", "skipped": "dim", "failed": "red", "timeout": "red"}
    for job in summary["jobs"]:
        status = f"[{colours[job['status']]}]{job['status']}[/]"
        output = Path(job["output"]).name if job["output"] else ""
        table.add_row(job["job"], status, f"{job['seconds']:.1f}", output)
    return table


def _cleaning_state_line(cleaning: dict) -> str:
    """What ``analysis summary`` says of the cleaned tables (``EventStore.cleaning_state``).

    >>> _cleaning_state_line({"state": "current", "cleaned_at": "2026-12-05T08:57:00+00:00"})
    'current (cleaned 2026-12-05 08:57 UTC)'
    >>> _cleaning_state_line({"state": "behind", "behind": 2, "fix": "analysis clean --update"})
    '2 update(s) behind the ingested data: run `analysis clean --update`'
    """
    state = cleaning["state"]
    if state == "current":
        when = datetime.fromisoformat(cleaning["cleaned_at"]).astimezone(UTC)
        return f"current (cleaned {when:%Y-%m-%d %H:%M} UTC)"
    said = {
        "behind": f"{cleaning.get('behind')} update(s) behind the ingested data",
        "older_version": "made by an older version of analysis",
        "other_reference": "made with other reference tables or another version of analysis",
        "not_cleaned": "not cleaned yet",
    }[state]
    return f"{said}: run `{cleaning['fix']}`"


def _num(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _ingest_table(reports: list[IngestReport], total: IngestReport) -> Table:
    table = Table(title="Ingest")
    columns = (
        "file",
        "source",
        "rows read",
        "stored",
        "unchanged",
        "replaced",
        "quarantined",
        "repaired",
    )
    for column in columns:
        table.add_column(column, justify="left" if column in ("file", "source") else "right")
    for r in [*reports, total] if len(reports) > 1 else reports:
        name = escape(short_name(r.file)) if r.file else "total"
        numbers = (r.rows_read, r.stored, r.unchanged, r.replaced, r.quarantined, r.repaired)
        table.add_row(name, r.source, *(f"{n:,}" for n in numbers))
    return table


def _cells(*values: object) -> list[str]:
    """Table cells of text from data: shown as written (never read as markup), None empty.

    >>> _cells("q.zip [ged/GEDEvent.csv]", 3, None)
    ['q.zip \\\\[ged/GEDEvent.csv]', '3', '']
    """
    return [escape("" if value is None else str(value)) for value in values]


def _fatalities_table(reports: list[IngestReport]) -> Table:
    """Per file: the source's own fatality total as read, and what the store holds."""
    table = Table(title="Fatalities: the source's own total, as read and as stored")
    for column in ("file", "read", "stored", ""):
        table.add_column(column, justify="left" if column == "file" else "right")
    why = []
    for r in reports:
        read, stored = r.fatalities_read, r.fatalities_stored
        agree = (
            ""
            if read is None
            else "agree"
            if read == stored
            else f"stored {read - stored:,} fewer"
            if read > stored
            else f"stored {stored - read:,} more"
        )
        if read is not None and r.quarantined_unread:
            agree += f" ({r.quarantined_unread:,} unread)"
        table.add_row(escape(short_name(r.file)), _num(read), _num(stored), agree)
        if read is not None and read != stored:
            why.append(f"{short_name(r.file)}: {_why_totals_differ(r)}")
        if read is not None and r.quarantined_unread:
            n, whose = r.quarantined_unread, "their" if r.quarantined_unread != 1 else "its"
            why.append(
                f"{short_name(r.file)}: {n:,} quarantined record{'s' * (n != 1)} could not be "
                f"split into fields; {whose} figures are in neither total"
            )
        if read is not None and r.identical_repeats:
            n = r.identical_repeats
            why.append(
                f"{short_name(r.file)}: {n:,} record{'s' * (n != 1)} repeating another "
                f"identically, counted once (read leaves out their "
                f"{r.identical_repeat_fatalities:,} deaths)"
            )
    if why:
        table.caption = escape("\n".join(why))
    return table


def _why_totals_differ(report: IngestReport) -> str:
    """What can make a file's total as read differ from the store's for its events.

    >>> _why_totals_differ(IngestReport(older_versions_ignored=1))
    '1 older version kept out (the store holds a newer one, with its own figures)'
    >>> _why_totals_differ(IngestReport(quarantined=2, older_versions_ignored=2)).split("; ")[0]
    '2 records quarantined'
    """
    causes = []
    if report.quarantined:
        causes.append(f"{report.quarantined:,} record{'s' * (report.quarantined != 1)} quarantined")
    if report.older_versions_ignored:
        n = report.older_versions_ignored
        causes.append(
            f"{n:,} older version{'s' * (n != 1)} kept out (the store holds "
            f"{'newer ones' if n != 1 else 'a newer one'}, with {'their' if n != 1 else 'its'} "
            "own figures)"
        )
    return "; ".join(causes) or "the store holds other figures for some of these events"


def _reason_table(
    reasons: dict[str, int],
    title: str = "Quarantined by reason",
    headers: tuple[str, str] = ("reason", "records"),
) -> Table:
    table = Table(title=title)
    table.add_column(headers[0])
    table.add_column(headers[1], justify="right")
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        table.add_row(reason, f"{count:,}")
    return table


def main() -> None:  # pragma: no cover - console entry point
    """Entry point used by ``python -m analysis``: a :class:`UserError` from anywhere (a
    command, an option's check) is one line on stderr and exit code 2, never a traceback."""
    try:
        app(prog_name="analysis", standalone_mode=True)
    except UserError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
