"""Interactive exploration in notebooks: select events, then look at them from every side.

::

    from analysis import explore

    events = explore.load("data/demo.duckdb")          # every real event in the store
    balochistan = events.filter(admin1="Balochistan", start="2024-08-01", end="2024-08-31")
    balochistan                                          # summary, fatalities as ranges
    balochistan.timeline()                               # the report's tables …
    balochistan.plot_timeline()                          # … and its charts

The selection, the counting and the charts are the reports' own (:mod:`analysis.reports`,
:mod:`analysis.metrics`, :mod:`analysis.plots`): a number seen here is the number a report
on the same filters shows. ``notebooks/explore.ipynb`` is a guided tour.

>>> from analysis.explore import demo_store, load
>>> load(demo_store(), country="Iran").summary_lines()[1]
'fatalities 3: unknown 3'
"""

from __future__ import annotations

from analysis.explore.demo import demo_store
from analysis.explore.display import show_figures, show_tables, show_user_errors
from analysis.explore.events import Events, load
from analysis.explore.tables import readable

__all__ = [
    "Events",
    "demo_store",
    "load",
    "readable",
    "show_figures",
    "show_tables",
    "show_user_errors",
]

show_figures()
show_tables()
show_user_errors()
