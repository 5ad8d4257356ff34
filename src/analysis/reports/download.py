"""The whole selection inside the page, as a CSV file the reader can save (a ``data:`` link).

Every report (timeline, casualties, actors) carries the events of its selection this way;
the file is named for the selection (:func:`download_name`), so an analyst's downloads of
several regions or countries do not overwrite each other. A report lists only the deadliest
and the most recent events; the rest travel inside the page as a download, so the page stays
one self-contained file that can be mailed. Up to :data:`PLAIN_LIMIT` bytes the CSV is
embedded as text; beyond that it is gzip-compressed (``.csv.gz``: spreadsheets and
``pandas.read_csv`` open it directly), which keeps a 30,000-event selection near one
megabyte.

>>> frame = pd.DataFrame({"place": ["Quetta #1"], "notes": ['"a" & <b>\\n100%']})
>>> link = csv_link(frame, "events.csv", "all events")
>>> link.startswith('<a class="download" download="events.csv" href="data:text/csv;')
True
>>> "<b>" in link, "%23" in link, "%0A" in link
(False, True, True)
"""

from __future__ import annotations

import base64
import gzip

import pandas as pd

from analysis import metrics
from analysis.reports import markup
from analysis.reports.params import ReportParams, file_slug, region_slug

PLAIN_LIMIT = 600_000
EXPORT_COLUMNS = [
    "cluster_id",
    "date_start",
    "date_end",
    "date_precision",
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_type",
    "actor2",
    "actor2_type",
    "low",
    "best",
    "high",
    "cluster_sources",
    "cluster_cited",
    "campaign_id",
    "notes",
]


def export_frame(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Every real event of the selection, one row each, in date order: its id, dates,
    place and coordinates, type, actors, fatality bounds (empty: unknown), sources, what
    they cite, campaign and notes."""
    frame = metrics.with_fatalities(events, fatalities) if len(events) else events
    columns = [c for c in EXPORT_COLUMNS if c in frame.columns]
    out = frame.sort_values(["date_start", "cluster_id"], kind="stable")[columns]
    for column in ("date_start", "date_end"):
        if column in out:
            out[column] = pd.to_datetime(out[column]).dt.strftime("%Y-%m-%d")
    renamed = {"cluster_id": "event_id", "cluster_sources": "sources", "cluster_cited": "cited"}
    return out.rename(columns=renamed)


def download_name(params: ReportParams) -> str:
    """The CSV file name of a selection: ``events_<region>_<start>_<end>.csv``, the region
    as in the report's own name (districts, provinces, countries), as a file name safe on
    every system (:func:`~analysis.reports.params.file_slug`: ASCII letters, digits and
    hyphens; a name in another script keeps a short hash of itself).

    >>> from datetime import date
    >>> p = ReportParams("s", "Burkina Faso", ("Nord",), date(2024, 8, 1), date(2024, 8, 31),
    ...     "day", "t", True, False, 8)
    >>> download_name(p)
    'events_nord-burkina-faso_2024-08-01_2024-08-31.csv'
    >>> from dataclasses import replace
    >>> download_name(replace(p, admin1=(), countries=("Mali", "Niger")))
    'events_mali-niger_2024-08-01_2024-08-31.csv'
    >>> download_name(replace(p, admin1=("Tillabéri",), country='../x"<y>'))
    'events_tillaberi-x-y_2024-08-01_2024-08-31.csv'
    """
    region = region_slug(params, file_slug)
    return f"events_{region}_{params.start.isoformat()}_{params.end.isoformat()}.csv"


def _percent(text: str) -> str:
    """Text for a ``data:`` URL: only the characters a URL parser would drop or misread are
    escaped (``%``, ``#``, line breaks, tabs); HTML-escaping follows."""
    for raw, escaped in (("%", "%25"), ("#", "%23"), ("\r", "%0D"), ("\n", "%0A"), ("\t", "%09")):
        text = text.replace(raw, escaped)
    return text


def csv_link(frame: pd.DataFrame, filename: str, label: str) -> str:
    """An ``<a download>`` link carrying ``frame`` as CSV (gzip-compressed when large)."""
    text = frame.to_csv(index=False, lineterminator="\n")
    raw = text.encode("utf-8")
    if len(raw) <= PLAIN_LIMIT:
        href = "data:text/csv;charset=utf-8," + _percent(text)
        size = len(raw)
    else:
        packed = gzip.compress(raw, compresslevel=9, mtime=0)
        href = "data:application/gzip;base64," + base64.b64encode(packed).decode("ascii")
        filename += ".gz"
        size = len(packed)
        label += ", gzip-compressed"
    return (
        f'<a class="download" download="{markup.esc(filename)}" href="{markup.esc(href)}">'
        f"{markup.esc(label)} ({_size(size)})</a>"
    )


def _size(n: int) -> str:
    """ "12 kB", "1.4 MB".

    >>> _size(12_300), _size(1_400_000)
    ('12 kB', '1.4 MB')
    """
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(n / 1e3, 1):.0f} kB"
