"""The report notebooks, defined here and written to ``notebooks/`` without outputs.

Each notebook is a short recipe: a ``parameters`` cell, then cells of a few lines that call
:mod:`analysis.reports`, :mod:`analysis.metrics` and :mod:`analysis.plots`. All logic lives
in the package, where it is tested. Regenerate the files after editing a recipe::

    python -m analysis.reports.notebooks            # writes notebooks/<kind>.ipynb and .py

``tests/test_reports.py`` checks that the committed notebooks match this module and carry no
outputs; ``tests/test_notebooks.py`` that each is in sync with its percent script and runs.
``notebooks/explore.ipynb`` is not generated: it is written in JupyterLab.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

PARAMETERS = """\
# Parameters: papermill replaces them (see analysis.reports.params for every option)
store = ""  # event store (.duckdb) or ACLED/UCDP/GTD file; empty: the default store
country = ""  # country name or ISO3; empty: every country
admin1 = ""  # comma-separated first-level regions; empty: all
start = ""  # YYYY-MM-DD; empty: first event of the selection
end = ""  # YYYY-MM-DD; empty: latest event of the selection
window = ""  # instead of start/end: "last 30 days", "last 2 weeks", "last 3 months"
freq = "auto"  # day | week | month | auto
title = ""  # empty: kind, region and period
compare = "yes"  # compare with the previous period of the same length
include_unconfirmed = "no"  # count events whose claim is unconfirmed
top = "8"  # rankings show the top N"""

LOAD = """\
# Load the events of the selection
from analysis import metrics, plots
from analysis.reports import open_report

report = open_report("{kind}", globals())"""

HEADER = """\
# Title, summary and headline numbers
report.header()
report.headline()"""

DEADLIEST = """\
# Deadliest events
worst = metrics.deadliest(report.events, report.fatalities, n=report.top)
report.section("Deadliest events")
report.table(worst[["date", "place", "actors", "type", "fatalities"]])"""

MAP = """\
# Where events happened
report.maps("{colour}")"""
MAP_COLOURS = {"timeline": "event_type", "casualties": "victim_group", "actors": "actor"}

FOOTER = """\
# Parameters used and methodology
report.parameters()
report.methodology()"""

RECIPES: dict[str, list[str]] = {
    "timeline": [
        """\
# Events per period, stacked by event type
periods = metrics.per_period(report.events, report.fatalities, *report.span)
report.section("Events and fatalities over time")
report.figure(plots.stacked_periods(periods, "events", title="Events per period, by type"))""",
        """\
# Fatalities per period, the deadliest events annotated
worst = metrics.deadliest(report.events, report.fatalities, n=3)
chart = plots.stacked_periods(periods, "best", title="Fatalities per period, by type",
                              ylabel="fatalities (best estimate)", annotate=worst)
report.figure(chart, caption=plots.annotation_key(worst))""",
        DEADLIEST,
        """\
# Coordinated attacks: one line per campaign, with its parts
report.section("Coordinated attacks", "Attacks by one actor on the same or next day in one "
               "province, counted as one campaign.")
report.table(metrics.campaigns(report.events, report.fatalities).drop(columns=metrics.BOUNDS))""",
        """\
# Change against the previous period
report.comparison()""",
        """\
# Chronology: the deadliest and latest events; every event in the CSV download
report.chronology()""",
    ],
    "casualties": [
        """\
# Fatalities by victim group, with uncertainty
groups = metrics.by_victim_group(report.events, report.fatalities)
report.section("Fatalities by victim group", "Bars: best estimate; whiskers: low to high.")
report.figure(plots.range_bars(groups, "victim_group", "Fatalities by victim group"))
report.table(groups.drop(columns="group"))""",
        """\
# Fatalities by region (admin1, then admin2)
places = metrics.by_place(report.events, report.fatalities)
report.section("Fatalities by region")
report.figure(plots.range_bars(places.head(report.top), "admin1", "Fatalities by admin1"))
report.table(metrics.by_place(report.events, report.fatalities, "admin2"), "By admin2")""",
        """\
# Fatalities by event type
types = metrics.by_event_type(report.events, report.fatalities)
report.section("Fatalities by event type")
report.figure(plots.range_bars(types, "event_type", "Fatalities by event type"))
report.table(types)""",
        """\
# Cumulative fatalities over time
running = metrics.cumulative(report.events, report.fatalities, *report.span)
report.section("Cumulative fatalities")
report.figure(plots.cumulative_band(running, "Fatalities, running total"))""",
        DEADLIEST,
        """\
# Each source's figures and the reconciled ranges
figures = metrics.reconciliation(report.rows, report.casualties, report.fatalities)
report.section("Reconciled figures", "Each source's figure, and how the range was formed.")
report.table(figures, max_rows=100)""",
        """\
# Change against the previous period
report.comparison()""",
    ],
    "actors": [
        """\
# Events and fatalities by actor
actors = metrics.by_actor(report.events, report.fatalities, top=report.top)
report.section("Events and fatalities by actor", "An event counts for each of its sides.")
by_deaths = actors.sort_values("best", ascending=False)
report.figure(plots.range_bars(by_deaths, "actor", "Deaths in each actor's events", "actor_type"))
report.table(actors)""",
        """\
# Events and fatalities by actor type
types = metrics.by_actor_type(report.events, report.fatalities)
report.table(types, "By actor type")""",
        """\
# Who interacts with whom
pairs = metrics.actor_pairs(report.events, top=report.top)
report.section("Who acts against whom", "Events per pair: actor 1 (rows), actor 2 (columns).")
report.figure(plots.pair_heatmap(pairs, "Events per actor pair"))""",
        """\
# Activity over time of the most active actors
activity = metrics.actor_activity(report.events, *report.span, top=5)
report.section("Activity over time")
report.figure(plots.activity_lines(activity, "Events per period, most active actors"))""",
        """\
# Whom each actor targets
victims = metrics.victims_by_actor(report.events, report.fatalities, top=report.top)
report.section("Whom each actor targets", "Deaths in the events each actor initiated.")
report.figure(plots.stacked_groups(victims, "actor", title="Deaths by victim group, by actor"))
report.table(metrics.targets(report.events, report.fatalities, top=report.top), "Targets")""",
        """\
# Claimed versus attributed events
claims = metrics.claims_by_actor(report.events, report.fatalities, report.claims, report.top)
report.section("Claimed versus attributed", "Claimed by the actor, or attributed by a source.")
report.table(claims)""",
    ],
}


def build(kind: str) -> nbformat.NotebookNode:
    """The notebook for one report kind, without outputs."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    sources = [
        PARAMETERS,
        LOAD.format(kind=kind),
        HEADER,
        MAP.format(colour=MAP_COLOURS[kind]),
        *RECIPES[kind],
        FOOTER,
    ]
    for i, source in enumerate(sources):
        cell = nbformat.v4.new_code_cell(source)
        cell.id = f"{kind}-{i:02d}"
        cell.execution_count = None
        cell.outputs = []
        if i == 0:
            cell.metadata = {"tags": ["parameters"]}
        nb.cells.append(cell)
    return nb


def write_all(folder: Path) -> list[Path]:
    """Write every notebook into ``folder``, each with its paired percent script
    (``<kind>.py``, see :func:`analysis.lab.paired_script`)."""
    from analysis.lab import paired_script

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in RECIPES:
        path = folder / f"{kind}.ipynb"
        nb = build(kind)
        nbformat.write(nb, path)
        path.with_suffix(".py").write_text(paired_script(nb), encoding="utf-8")
        paths += [path, path.with_suffix(".py")]
    return paths


if __name__ == "__main__":  # pragma: no cover
    from analysis.reports.render import notebooks_dir

    for written in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else notebooks_dir()):
        print(written)
