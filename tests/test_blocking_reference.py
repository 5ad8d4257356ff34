"""Blocking equals the definition: an all-pairs reference on random events (the
integer-coded, per-source-pair blocking must find exactly the same candidate pairs)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.clean.duplicates import (
    GEO_BLOCK_KM,
    MAX_GAP_DAYS,
    _block_frame,
    _haversine,
    candidate_pairs,
)


def random_events(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 20, n), unit="D")
    span = rng.choice([0, 0, 0, 1, 6, 8, 30], size=n)
    return pd.DataFrame(
        {
            "event_id": [f"{s}:{i}" for i, s in enumerate(rng.choice(["acled", "gtd", "seed"], n))],
            "source": None,
            "date_start": start,
            "date_end": start + pd.to_timedelta(span, unit="D"),
            "iso3": rng.choice(["PAK", "AFG", None], size=n),
            "country": rng.choice(["Pakistan", "Afghanistan"], size=n),
            "admin1": rng.choice(["Balochistan", "balochistan province", "Sindh", None], size=n),
            "latitude": rng.uniform(29.0, 30.5, n).round(3),
            "longitude": rng.uniform(66.0, 67.5, n).round(3),
            "geo_precision": rng.choice(["exact", "near", "admin1"], size=n),
        }
    ).assign(source=lambda f: f["event_id"].str.split(":").str[0])


def reference_pairs(events: pd.DataFrame) -> set[tuple[str, str]]:
    keyed = _block_frame(events)
    rows = keyed.to_dict("records")
    found = set()
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if a["source"] == b["source"]:
                continue
            gap = max(a["day"], b["day"]) - min(a["day"] + a["span"], b["day"] + b["span"])
            if gap > MAX_GAP_DAYS:
                continue
            same_admin1 = (
                pd.notna(a["admin1"])
                and pd.notna(a["country"])
                and (a["country"], a["admin1"]) == (b["country"], b["admin1"])
            )
            near = False
            if not any(pd.isna(x) for x in (a["lat"], a["lon"], b["lat"], b["lon"])):
                cells = [np.floor(x / 0.5) for x in (a["lat"], a["lon"], b["lat"], b["lon"])]
                neighbours = abs(cells[0] - cells[2]) <= 1 and abs(cells[1] - cells[3]) <= 1
                km = _haversine(a["lat"], a["lon"], b["lat"], b["lon"])
                near = neighbours and km <= GEO_BLOCK_KM
            if same_admin1 or near:
                found.add(tuple(sorted((a["event_id"], b["event_id"]))))
    return found


def test_blocking_matches_all_pairs_reference():
    for seed in range(3):
        events = random_events(150, seed)
        pairs = candidate_pairs(events)
        assert set(zip(pairs["left"], pairs["right"], strict=True)) == reference_pairs(events)
        assert len(pairs) > 50 and not pairs.duplicated().any()
