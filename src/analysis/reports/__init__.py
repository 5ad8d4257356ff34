"""Timeline, casualty and actor reports: parameterised notebooks rendered to offline HTML.

>>> from analysis.reports import REPORT_KINDS
>>> REPORT_KINDS
('timeline', 'casualties', 'actors')

``render_reports(kinds, params, store, out)`` checks the parameters against the store, runs
the package's ``notebooks/<kind>.ipynb`` with papermill and writes one self-contained HTML
page per report (:mod:`analysis.reports.render`); ``write_index(out)`` lists every report
in a folder. The notebooks call :func:`open_report` and the blocks of :class:`Report`
(:mod:`analysis.reports.page`), with :mod:`analysis.metrics` and :mod:`analysis.plots`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from analysis.reports.params import REPORT_KINDS, ReportParams, output_name, parse_params

if TYPE_CHECKING:
    from analysis.reports.catalog import write_index
    from analysis.reports.data import ReportData, load_report_data
    from analysis.reports.page import Report, open_report
    from analysis.reports.render import ReportError, render_report, render_reports

# Loaded when first used: the renderer (papermill, nbconvert, nbformat) takes seconds to
# import, the page and its charts (matplotlib) tens of MB, and neither is needed to ingest,
# clean or explore.
LAZY = {
    "ReportError": "render",
    "render_report": "render",
    "render_reports": "render",
    "Report": "page",
    "open_report": "page",
    "ReportData": "data",
    "load_report_data": "data",
    "write_index": "catalog",
}


def __getattr__(name: str) -> object:
    """The names of :data:`LAZY`, imported from their module when first asked for."""
    if name in LAZY:
        return getattr(importlib.import_module(f"analysis.reports.{LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "REPORT_KINDS",
    "Report",
    "ReportData",
    "ReportError",
    "ReportParams",
    "load_report_data",
    "open_report",
    "output_name",
    "parse_params",
    "render_report",
    "render_reports",
    "write_index",
]
