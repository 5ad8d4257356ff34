"""Place names: known spelling variants → one spelling (a minimal first version).

Normalises ``location``, ``admin2`` and ``admin1`` with a small alias table, on distinct
values, and adds ``geo_flag`` (null for now). The GeoNames gazetteer, filling missing
coordinates and the out-of-country check (issue 3) are still to come.

>>> import pandas as pd
>>> events = pd.DataFrame({"location": ["Gawadar", "Kalat"], "admin2": [None, "Kech district"],
...                        "admin1": ["Baluchistan", "Balochistan"]})
>>> out, changes = normalise_places(events)
>>> out["location"].tolist(), out["admin2"].tolist(), out["admin1"].tolist()
(['Gwadar', 'Kalat'], [nan, 'Kech'], ['Balochistan', 'Balochistan'])
"""

from __future__ import annotations

import pandas as pd

from analysis.clean.changes import record_changes

ALIASES = {
    "gawadar": "Gwadar",
    "musakhail": "Musa Khel",
    "musakhel": "Musa Khel",
    "musa khel bazar": "Musa Khel",
    "kelat": "Kalat",
    "noshki": "Nushki",
    "baluchistan": "Balochistan",
    "balochistan province": "Balochistan",
    "kpk": "Khyber Pakhtunkhwa",
    "nwfp": "Khyber Pakhtunkhwa",
    "khyber pakhtunkhwa province": "Khyber Pakhtunkhwa",
    "sind": "Sindh",
}
COLUMNS = ("location", "admin2", "admin1")
SUFFIX = r"(?i)\s+(?:district|province|tehsil|division)$"


def normalise_places(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Known variants → canonical spelling; returns (events, change log). Rows kept."""
    out = events.copy()
    logs = []
    for column in COLUMNS:
        if column not in out.columns:
            continue
        before = out[column]
        # UCDP writes "Kech district", "Balochistan province": the bare name is the same place.
        bare = before.astype("str").str.strip().str.replace(SUFFIX, "", regex=True)
        out[column] = bare.str.casefold().map(ALIASES).fillna(bare).astype("str")
        logs.append(record_changes("places", column, before, out[column]))
    if "geo_flag" not in out.columns:
        out["geo_flag"] = pd.Series(pd.NA, index=out.index, dtype="str")
    return out, pd.concat(logs, ignore_index=True) if logs else pd.DataFrame()
