"""Coordinated attacks: one actor, same or next day, one admin1 → one campaign_id."""

from __future__ import annotations

import pandas as pd

from analysis.clean.campaigns import link_campaigns


def events(rows):
    frame = pd.DataFrame(
        rows, columns=["event_id", "actor1", "claimed_by", "admin1", "date_start", "related_id"]
    )
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = frame["date_start"]
    frame["cluster_id"] = frame["event_id"]
    return frame


def test_chain_of_days_in_one_province():
    frame = events(
        [
            (
                "musakhail",
                "Unidentified Armed Group (Pakistan)",
                "Baloch Liberation Army",
                "Balochistan",
                "2024-08-25",
                None,
            ),
            ("kalat", "Baloch Liberation Army", None, "Balochistan", "2024-08-25", None),
            ("bela", "Baloch Liberation Army", None, "Balochistan", "2024-08-26", None),
            ("ops", "Military Forces of Pakistan", None, "Balochistan", "2024-08-26", None),
            ("later", "Baloch Liberation Army", None, "Balochistan", "2024-08-28", None),
            ("kp", "Baloch Liberation Army", None, "Khyber Pakhtunkhwa", "2024-08-25", None),
        ]
    )
    out = link_campaigns(frame).set_index("event_id")["campaign_id"]
    expected = "Baloch Liberation Army | Balochistan | 2024-08-25"
    assert out[["musakhail", "kalat", "bela"]].tolist() == [expected] * 3
    # State operations, a gap of two days, another province: not part of it.
    assert out[["ops", "later", "kp"]].isna().all()


def test_gtd_related_groups_join_even_across_days():
    frame = events(
        [
            ("gtd:1", "Unknown", None, "Sindh", "2015-08-26", "1"),
            ("gtd:2", "Unknown", None, "Sindh", "2015-08-29", "1"),
            ("gtd:3", "Unknown", None, "Sindh", "2015-08-29", None),
        ]
    )
    out = link_campaigns(frame).set_index("event_id")["campaign_id"]
    assert out["gtd:1"] == out["gtd:2"] == "related events | Sindh | 2015-08-26"
    assert pd.isna(out["gtd:3"])


def test_rows_kept_and_idempotent():
    frame = events(
        [
            ("a", "BLA", None, "Balochistan", "2024-08-25", None),
            ("b", "BLA", None, "Balochistan", "2024-08-26", None),
        ]
    )
    once = link_campaigns(frame)
    twice = link_campaigns(once)
    assert len(once) == len(frame)
    pd.testing.assert_frame_equal(once, twice)


def test_duplicates_of_one_event_are_not_a_campaign():
    frame = events(
        [
            ("acled:1", "BLA", None, "Balochistan", "2024-08-25", None),
            ("gtd:1", "BLA", None, "Balochistan", "2024-08-25", None),
        ]
    )
    frame["cluster_id"] = "acled:1"
    assert link_campaigns(frame)["campaign_id"].isna().all()
