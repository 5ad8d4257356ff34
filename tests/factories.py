"""Synthetic tables in the public layouts, for tests that need volume or controlled changes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.sources.acled import EXPORT_COLUMNS as ACLED_COLUMNS


def acled_table(n: int, prefix: str, seed: int = 0) -> pd.DataFrame:
    """A synthetic ACLED export of n events (ids prefix1, prefix2, …)."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D")
    frame = pd.DataFrame({c: "" for c in ACLED_COLUMNS}, index=range(n))
    frame["event_id_cnty"] = [f"{prefix}{i}" for i in range(n)]
    frame["event_date"] = days.strftime("%d %B %Y")
    frame["year"] = "2024"
    frame["time_precision"] = "1"
    frame["event_type"] = "Battles"
    frame["sub_event_type"] = "Armed clash"
    frame["actor1"] = "Military Forces of Pakistan (2018-)"
    frame["actor2"] = "BLA: Baloch Liberation Army"
    frame["iso"] = "586"
    frame["country"] = "Pakistan"
    frame["admin1"] = "Balochistan"
    frame["location"] = "Kalat"
    frame["latitude"] = "29.03"
    frame["longitude"] = "66.59"
    frame["geo_precision"] = "1"
    frame["notes"] = "Security forces clashed with militants near Kalat."
    frame["fatalities"] = rng.integers(0, 9, n).astype(str)
    frame["timestamp"] = "1724803200"
    return frame


# Every character cp1252 encodes (its 251 defined bytes), for text strategies: the same
# set as hypothesis' ``characters(codec="cp1252")``, which works it out over all of
# Unicode in each test process (seconds).
CP1252_CHARACTERS = bytes(range(256)).decode("cp1252", errors="ignore")
