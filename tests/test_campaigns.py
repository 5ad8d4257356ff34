"""Coordinated attacks: one actor, one admin1, within two calendar days → one campaign_id."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean.campaigns import campaign_keys, link_campaigns
from analysis.store.campaigns import link_campaigns_sql, scope_campaigns
from conftest import examples


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


def test_a_week_of_daily_attacks_is_windows_of_two_days():
    """ISWAP in Borno once a day, 1–7 September, and twice on the 4th: the 1st opens a window
    (1st–2nd), the 3rd the next (3rd–4th, with both events of the 4th), the 5th the next
    (5th–6th), the 7th one alone (no campaign). Each campaign spans two days at most."""
    days = ["01", "02", "03", "04", "04", "05", "06", "07"]
    ids = ["s1", "s2", "s3", "s4", "s4b", "s5", "s6", "s7"]
    frame = events(
        [(i, "ISWAP", None, "Borno", f"2024-09-{d}", None) for i, d in zip(ids, days, strict=True)]
    )
    out = link_campaigns(frame).set_index("event_id")["campaign_id"]
    assert out[["s1", "s2"]].tolist() == ["ISWAP | Borno | 2024-09-01"] * 2
    assert out[["s3", "s4", "s4b"]].tolist() == ["ISWAP | Borno | 2024-09-03"] * 3
    assert out[["s5", "s6"]].tolist() == ["ISWAP | Borno | 2024-09-05"] * 2
    assert pd.isna(out["s7"])
    # the same in the store
    rows = [(i, i, "ISWAP", "Borno", f"2024-09-{d}", f"2024-09-{d}", None) for i, d in
            zip(ids, days, strict=True)]  # fmt: skip
    con = duckdb.connect()
    store_tables(con, frame_of(rows))
    assert link_campaigns_sql(con) == 7
    assert sql_campaigns(con) == out.astype(object).where(out.notna(), None).to_dict()


def test_an_event_ending_on_the_third_day_opens_the_next_window():
    """x on 1 August opens a window (1st–2nd); y, 2nd–3rd, ends on the third day, so it opens
    the next window (2nd–3rd); z, on the 2nd after y in event order, joins the open window,
    y's. x alone is no campaign."""
    rows = [
        ("x", "x", "BLA", "Sindh", "2024-08-01", "2024-08-01", None),
        ("y", "y", "BLA", "Sindh", "2024-08-02", "2024-08-03", None),
        ("z", "z", "BLA", "Sindh", "2024-08-02", "2024-08-02", None),
    ]
    frame = frame_of(rows)
    expected = {"x": None, "y": "BLA | Sindh | 2024-08-02", "z": "BLA | Sindh | 2024-08-02"}
    assert pandas_campaigns(frame) == expected
    # the rows' order changes nothing
    assert pandas_campaigns(frame.iloc[::-1]) == expected
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    assert sql_campaigns(con) == expected


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


# --------------------------------------------------------------------------- in the store

KEY_COLUMNS = ["event_id", "actor", "admin1", "date_start", "date_end", "related_id"]


def frame_of(rows):
    """(event_id, cluster_id, actor1, admin1, first day, last day, related_id) rows."""
    columns = ["event_id", "cluster_id", "actor1", "admin1", "date_start", "date_end"]
    frame = pd.DataFrame(rows, columns=[*columns, "related_id"])
    frame["date_start"] = pd.to_datetime(frame["date_start"]).astype("datetime64[us]")
    frame["date_end"] = pd.to_datetime(frame["date_end"]).astype("datetime64[us]")
    frame["claimed_by"] = pd.Series(pd.NA, index=frame.index, dtype="str")
    for column in ("event_id", "cluster_id", "actor1", "admin1", "related_id"):
        frame[column] = frame[column].astype("str")
    return frame


def store_tables(con, frame):
    """campaign_keys, events_clean (no campaign ids yet) and cleaning_changes of ``frame``,
    as the store keeps them."""
    keys = campaign_keys(frame)
    keys = keys.loc[keys["chained"] | keys["related_id"].notna(), KEY_COLUMNS]  # noqa: F841
    events = frame[["event_id", "cluster_id", "admin1"]].assign(  # noqa: F841
        campaign_id=pd.Series(pd.NA, index=frame.index, dtype="str")
    )
    con.execute("CREATE OR REPLACE TABLE campaign_keys AS SELECT * FROM keys")
    con.execute("CREATE OR REPLACE TABLE events_clean AS SELECT * FROM events")
    con.execute(
        "CREATE OR REPLACE TABLE cleaning_changes (event_id VARCHAR, step VARCHAR, "
        '"column" VARCHAR, before VARCHAR, after VARCHAR)'
    )


def sql_campaigns(con) -> dict:
    rows = con.execute("SELECT event_id, campaign_id FROM events_clean").fetchall()
    return dict(rows)


def pandas_campaigns(frame) -> dict:
    out = link_campaigns(frame)
    ids = out["campaign_id"].astype(object).where(out["campaign_id"].notna(), None)
    return dict(zip(out["event_id"], ids, strict=True))


HAND_WORKED = [
    # a chain of two days, named after its first event's spelling of the province
    ("a", "a", "BLA", "Balochistan", "2024-08-01", "2024-08-01", None),
    ("b", "b", "BLA", " BALOCHISTAN", "2024-08-02", "2024-08-02", None),
    # two days after b: the chain breaks; c alone is no campaign
    ("c", "c", "BLA", "Balochistan", "2024-08-04", "2024-08-04", None),
    # a span of three days (more than MAX_SPAN) joins no chain, though it starts with c
    ("d", "d", "BLA", "Balochistan", "2024-08-04", "2024-08-07", None),
    # two sources of one event (one cluster) are one real event: no campaign
    ("e", "e", "BLA", "Balochistan", "2024-08-10", "2024-08-10", None),
    ("f", "e", "BLA", "Balochistan", "2024-08-10", "2024-08-10", None),
    # a related_id joins across days and actors; the name is the earliest event's
    ("g", "g", "Unknown", "Sindh", "2015-08-26", "2015-08-26", "r1"),
    ("h", "h", "Unidentified Armed Group", "Sindh", "2015-08-29", "2015-08-29", "r1"),
    ("i", "i", "BLA", "Punjab", "2024-08-20", "2024-08-20", "r2"),
    ("j", "j", "TTP", "Khyber Pakhtunkhwa", "2024-08-25", "2024-08-25", "r2"),
    # k (1–2 September) opens a window, m (1st) joins it; n (3rd) starts a day after k's end,
    # in their chain, but ends on the third day: a window of its own, alone (no campaign)
    ("k", "k", "BLA", "Sindh", "2024-09-01", "2024-09-02", None),
    ("m", "m", "BLA", "Sindh", "2024-09-01", "2024-09-01", None),
    ("n", "n", "BLA", "Sindh", "2024-09-03", "2024-09-03", None),
    # state forces chain into nothing
    ("o", "o", "Military Forces of Pakistan", "Sindh", "2024-09-02", "2024-09-02", None),
]
EXPECTED = {
    "a": "BLA | Balochistan | 2024-08-01",
    "b": "BLA | Balochistan | 2024-08-01",
    "g": "related events | Sindh | 2015-08-26",
    "h": "related events | Sindh | 2015-08-26",
    "i": "BLA | Punjab | 2024-08-20",
    "j": "BLA | Punjab | 2024-08-20",
    "k": "BLA | Sindh | 2024-09-01",
    "m": "BLA | Sindh | 2024-09-01",
}


def test_sql_campaigns_worked_by_hand():
    frame = frame_of(HAND_WORKED)
    con = duckdb.connect()
    store_tables(con, frame)
    assert link_campaigns_sql(con) == 8
    expected = {row[0]: EXPECTED.get(row[0]) for row in HAND_WORKED}
    assert sql_campaigns(con) == expected
    assert pandas_campaigns(frame) == expected
    # one change row per event in a campaign, from nothing to its id
    changes = con.execute(
        'SELECT event_id, step, "column", before, after FROM cleaning_changes ORDER BY 1'
    ).fetchall()
    assert changes == [(k, "campaigns", "campaign_id", "", v) for k, v in sorted(EXPECTED.items())]
    # computed again: nothing moves
    assert link_campaigns_sql(con) == 0


def test_sql_campaigns_for_the_touched_chains_only():
    """d moves onto 3 August: it joins the chain of a, b (1st, 2nd) and c (4th), and opens
    its second window (3rd–4th) with c; a and b keep theirs. Only d is in the scope, yet its
    chain is recomputed whole."""
    frame = frame_of(HAND_WORKED)
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    frame.loc[frame["event_id"].eq("d"), ["date_start", "date_end"]] = [
        pd.Timestamp("2024-08-03"),
        pd.Timestamp("2024-08-03"),
    ]
    replace_keys(con, frame, ["d"])
    assert link_campaigns_sql(con, scoped=True) == 2  # c and d
    got = sql_campaigns(con)
    assert {k: got[k] for k in "abcd"} == {
        **dict.fromkeys("ab", "BLA | Balochistan | 2024-08-01"),
        **dict.fromkeys("cd", "BLA | Balochistan | 2024-08-03"),
    }
    assert stored_chains(con)["c"] == ("a", "d")
    assert got == pandas_campaigns(frame)


def test_sql_campaigns_scope_reaches_a_span_and_a_gap_back():
    """b1 (1-2 August) and a1 (3rd) are one chain, labelled a1, but two windows (a1 is on
    the third day): no campaign. a1 moves to the 20th: b1, starting two days before a1
    did, is in the scope, so its chain is labelled b1 again."""
    rows = [
        ("b1", "b1", "BLA", "Sindh", "2024-08-01", "2024-08-02", None),
        ("a1", "a1", "BLA", "Sindh", "2024-08-03", "2024-08-03", None),
    ]
    frame = frame_of(rows)
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    assert sql_campaigns(con) == {"b1": None, "a1": None}
    assert stored_chains(con) == {"b1": ("a1", "b1"), "a1": ("a1", "a1")}
    frame.loc[frame["event_id"].eq("a1"), ["date_start", "date_end"]] = pd.Timestamp("2024-08-20")
    replace_keys(con, frame, ["a1"])
    link_campaigns_sql(con, scoped=True)
    assert sql_campaigns(con) == {"b1": None, "a1": None}
    assert stored_chains(con) == {"b1": ("b1", "b1"), "a1": ("a1", "a1")}


def replace_keys(con, frame, ids, moved=()):
    """What an update does before linking campaigns: the scope found from the old keys, then
    the changed events' keys replaced (``moved``: events whose cluster moved, keys kept)."""
    changed = frame[frame["event_id"].isin(ids)]
    keys = campaign_keys(changed)
    keys = keys.loc[keys["chained"] | keys["related_id"].notna(), KEY_COLUMNS]  # noqa: F841
    scope = pd.DataFrame({"event_id": pd.Series(list(ids), dtype="str")})  # noqa: F841
    shifted = pd.DataFrame({"event_id": pd.Series(list(moved), dtype="str")})  # noqa: F841
    con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT * FROM scope")
    con.execute("CREATE OR REPLACE TEMP TABLE moved AS SELECT * FROM shifted")
    scope_campaigns(con)
    con.execute("DELETE FROM campaign_keys WHERE event_id IN (SELECT event_id FROM scope)")
    con.execute("INSERT INTO campaign_keys BY NAME SELECT * FROM keys")


ACTORS = ["BLA", "TTP", "Unknown", "Military Forces of Pakistan", None]
ADMIN1 = ["Sindh", " sindh", "Punjab", None]
random_event = st.tuples(
    st.sampled_from(ACTORS),
    st.sampled_from(ADMIN1),
    st.integers(0, 12),  # first day
    st.sampled_from([0, 0, 0, 1, 2]),  # span in days
    st.sampled_from([None, None, None, "r1", "r2"]),
    st.integers(0, 3),  # a duplicate of the event this many places before
)


def random_frame(draws):
    rows = []
    for n, (actor, admin1, day, span, related, back) in enumerate(draws):
        first = pd.Timestamp("2024-08-01") + pd.Timedelta(days=day)
        cluster = rows[n - back][1] if 0 < back <= n else f"e{n:02d}"
        rows.append((f"e{n:02d}", cluster, actor, admin1, first,
                     first + pd.Timedelta(days=span), related))  # fmt: skip
    return frame_of(rows)


def update_equals_full(draws, changes, deleted=()):
    """Campaigns of random events computed over every event, then edited (``changes``:
    position, new event) and deleted (positions) events' keys replaced and the scope's
    groups computed again, as an update does: both equal link_campaigns' ids."""
    frame = random_frame(draws)
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    assert sql_campaigns(con) == pandas_campaigns(frame)
    edited = {n % len(draws) for n, _ in changes}
    gone = {n % len(draws) for n in deleted}
    for n, draw in changes:
        draws[n % len(draws)] = draw
    after = random_frame(draws)
    # an update re-cleans the edited events' duplicate clusters before and after the edit,
    # and updates in place every other event whose cluster id moves
    shifted = set(frame["cluster_id"].ne(after["cluster_id"]).to_numpy().nonzero()[0].tolist())
    after = after[~after.index.isin(sorted(gone))].reset_index(drop=True)
    names = [f"e{n:02d}" for n in sorted(edited | gone)]
    moved = [f"e{n:02d}" for n in sorted(shifted - edited - gone)]
    replace_keys(con, after, names, moved)
    # the changed events' cleaned rows are written again without a campaign id, the
    # deleted ones' removed, the moved ones' cluster updated in place
    rows = after[["event_id", "cluster_id", "admin1"]]  # noqa: F841
    con.execute("DELETE FROM events_clean WHERE event_id NOT IN (SELECT event_id FROM rows)")
    con.execute(
        "UPDATE events_clean SET cluster_id = r.cluster_id, admin1 = r.admin1 FROM rows r "
        "WHERE events_clean.event_id = r.event_id"
    )
    con.execute(
        "UPDATE events_clean SET campaign_id = NULL "
        "WHERE event_id IN (SELECT event_id FROM touched)"
    )
    link_campaigns_sql(con, scoped=True)
    assert sql_campaigns(con) == pandas_campaigns(after)
    # the chains kept for the next update are those of the updated keys, as a full run's
    fresh = duckdb.connect()
    store_tables(fresh, after)
    link_campaigns_sql(fresh)
    assert stored_chains(con) == stored_chains(fresh)


def stored_chains(con) -> dict:
    """Each key's stored (chain, window) labels."""
    rows = con.execute("SELECT event_id, chain, window_label FROM campaign_keys").fetchall()
    return {event_id: (chain, window) for event_id, chain, window in rows}


@pytest.mark.long_search
@settings(max_examples=examples(8, 60), deadline=None)
@given(
    draws=st.lists(random_event, min_size=1, max_size=25),
    changes=st.lists(st.tuples(st.integers(0, 24), random_event), max_size=4),
    deleted=st.lists(st.integers(0, 24), max_size=2),
)
def test_sql_campaigns_equal_link_campaigns(draws, changes, deleted):
    """On random events, the store's SQL gives link_campaigns' ids, over every event and
    after changes and deletions recomputed for the touched chains only."""
    update_equals_full(draws, changes, deleted)


# events over a month, mostly one actor in one province, so that chains run for days and a
# change splits, joins or shortens them far from their ends
long_event = st.tuples(
    st.sampled_from(["BLA", "BLA", "BLA", "TTP", None]),
    st.sampled_from(["Sindh", "Sindh", "Sindh", "Punjab"]),
    st.integers(0, 30),
    st.sampled_from([0, 0, 1, 2]),
    st.sampled_from([None, None, None, None, "r1"]),
    st.sampled_from([0, 0, 0, 0, 1]),  # few duplicates: few moved clusters, few seeds
)


@pytest.mark.long_search
@settings(max_examples=examples(8, 60), deadline=None)
@given(
    draws=st.lists(long_event, min_size=20, max_size=40),
    changes=st.lists(st.tuples(st.integers(0, 39), long_event), max_size=2),
    deleted=st.lists(st.integers(0, 39), max_size=1),
)
def test_long_chains_update_equals_full(draws, changes, deleted):
    """The same with chains of many days: an update's scope holds only the changed events
    and their old neighbours, yet every piece of a chain they leave is named again."""
    update_equals_full(draws, changes, deleted)


def daily_chain(days):
    """BLA in Sindh once a day on these days of August 2024 (``e<day>``), one cluster each."""
    return frame_of(
        [
            (f"e{d:02d}", f"e{d:02d}", "BLA", "Sindh", f"2024-08-{d:02d}", f"2024-08-{d:02d}", None)
            for d in days
        ]  # fmt: skip
    )


def windows_of_days(days, first_of_window):
    """The campaign ids of ``daily_chain(days)``: ``first_of_window`` maps a day to the first
    day of its window, None for a window of one event."""
    named = {d: f"BLA | Sindh | 2024-08-{first_of_window[d]:02d}" for d in days
             if first_of_window[d] is not None}  # fmt: skip
    return {f"e{d:02d}": named.get(d) for d in days}


def test_chain_split_and_joined_far_from_its_ends():
    """A chain of 1–21 August, one event a day: windows 1–2, 3–4, …, 19–20, and the 21st
    alone. The 11th is deleted: the chain splits into 1–10 (windows as before) and 12–21,
    whose windows move by a day (12–13, …, 20–21). Back on the 11th: the windows of 1–21
    again. The scope is the 11th and its old neighbours (10th, 12th), yet 12–21 are named
    after their new windows' first days."""
    frame = daily_chain(range(1, 22))
    con = duckdb.connect()
    store_tables(con, frame)
    assert link_campaigns_sql(con) == 20
    whole = {d: d - (d + 1) % 2 for d in range(1, 21)} | {21: None}  # odd days open
    assert sql_campaigns(con) == windows_of_days(range(1, 22), whole)
    moved = daily_chain([*range(1, 11), *range(12, 22)])
    replace_keys(con, moved, ["e11"])
    scope = con.execute("SELECT event_id FROM campaign_scope ORDER BY 1").fetchall()
    assert scope == [("e10",), ("e11",), ("e12",)]
    con.execute("UPDATE events_clean SET campaign_id = NULL WHERE event_id = 'e11'")
    # e12 … e21 move to the windows of their own chain (e11's row, written again, has none)
    assert link_campaigns_sql(con, scoped=True) == 10
    split = {d: whole[d] for d in range(1, 11)} | {d: d - d % 2 for d in range(12, 22)}
    assert sql_campaigns(con) == {**windows_of_days(split, split), "e11": None}
    assert sql_campaigns(con) == {**pandas_campaigns(moved), "e11": None}
    replace_keys(con, frame, ["e11"])
    # e11 joins the 12th's window again, and every window after it moves back
    assert link_campaigns_sql(con, scoped=True) == 11
    assert sql_campaigns(con) == windows_of_days(range(1, 22), whole)


def test_only_the_windows_a_change_reaches_are_named_again():
    """A chain of 1–21 August, one event a day: windows 1–2, 3–4, …, 19–20, and the 21st
    alone. A new event n15 on the 15th joins the window of the 15th and 16th: the chain
    is joined and its windows computed again, but only that window (e15, e16, n15) is
    named again; n15 takes its id. Then e16 is deleted: e15 is left alone in its window
    (the 17th is two days after the 15th: the chain breaks there, and 17–18, 19–20 keep
    their windows), so e15 and n15 still make a campaign; deleting n15 too leaves e15
    none."""
    days = list(range(1, 22))
    frame = daily_chain(days)
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    whole = {d: d - (d + 1) % 2 for d in range(1, 21)} | {21: None}
    assert sql_campaigns(con) == windows_of_days(days, whole)
    new = ("n15", "n15", "BLA", "Sindh", "2024-08-15", "2024-08-15", None)
    grown = pd.concat([frame, frame_of([new])], ignore_index=True)
    con.execute("INSERT INTO events_clean VALUES ('n15', 'n15', 'Sindh', NULL)")
    replace_keys(con, grown, ["n15"])
    assert link_campaigns_sql(con, scoped=True) == 1  # n15
    named = con.execute("SELECT event_id FROM campaign_groups ORDER BY 1").fetchall()
    assert named == [("e15",), ("e16",), ("n15",)]
    fifteenth = "BLA | Sindh | 2024-08-15"
    assert sql_campaigns(con) == {**windows_of_days(days, whole), "n15": fifteenth}
    assert sql_campaigns(con) == pandas_campaigns(grown)
    for gone, left in (("e16", fifteenth), ("n15", None)):
        grown = grown[grown["event_id"].ne(gone)]
        replace_keys(con, grown, [gone])
        con.execute("DELETE FROM events_clean WHERE event_id = ?", [gone])
        link_campaigns_sql(con, scoped=True)
        kept = grown["event_id"].tolist()
        expected = {**windows_of_days(days, whole), "n15": fifteenth, "e15": left}
        expected = {event: expected[event] for event in kept}
        assert sql_campaigns(con) == expected
        assert sql_campaigns(con) == pandas_campaigns(grown)


def test_sql_campaigns_a_related_id_reaches_a_chain_not_computed_again():
    """a1 (1 August) and c1 (2nd) are one chain of BLA in Sindh; b1, TTP in Punjab on the
    20th, shares a1's related id: one campaign of three events, named after a1. c1 moves to
    the 3rd, two days after a1: the chain of a1 and c1 is computed again and breaks; b1's
    chain is not computed again, yet the related id leads to it: a1 and b1 stay a campaign
    under a1's name, c1 alone is none."""
    rows = [
        ("a1", "a1", "BLA", "Sindh", "2024-08-01", "2024-08-01", "r1"),
        ("b1", "b1", "TTP", "Punjab", "2024-08-20", "2024-08-20", "r1"),
        ("c1", "c1", "BLA", "Sindh", "2024-08-02", "2024-08-02", None),
    ]
    frame = frame_of(rows)
    con = duckdb.connect()
    store_tables(con, frame)
    link_campaigns_sql(con)
    assert sql_campaigns(con) == dict.fromkeys(["a1", "b1", "c1"], "BLA | Sindh | 2024-08-01")
    frame.loc[frame["event_id"].eq("c1"), ["date_start", "date_end"]] = pd.Timestamp("2024-08-03")
    replace_keys(con, frame, ["c1"])
    assert link_campaigns_sql(con, scoped=True) == 1  # c1 leaves the campaign
    recomputed = {i for (i,) in con.execute("SELECT event_id FROM chain_keys").fetchall()}
    assert recomputed == {"a1", "c1"}
    assert sql_campaigns(con) == {
        "a1": "BLA | Sindh | 2024-08-01",
        "b1": "BLA | Sindh | 2024-08-01",
        "c1": None,
    }
    assert stored_chains(con) == {"a1": ("a1", "a1"), "b1": ("b1", "b1"), "c1": ("c1", "c1")}


def test_sql_campaigns_new_events_join_stored_chains_without_computing_them():
    """BLA in Sindh on 3–4 August (e03, e04: one chain, labelled e03) and 7–8 August (e07,
    e08: labelled e07, more than a day after the 4th); TTP in Sindh on the 5th and 6th. A
    new event n1 of BLA, 5–6 August, reaches the 4th (a day before its start) and the 7th
    (a day after its end): the two chains become one, labelled e03, but its windows stay
    3–4 (e03, e04), 5–6 (n1 alone: no campaign) and 7–8 (e07, e08); TTP's stays. Then a new
    event a1 of BLA on 2 August joins the chain at the front (labelled a1) and moves its
    windows: 2–3 (a1, e03), 4 (e04 alone, ending the 4th; n1 ends on the 6th), 5–6 (n1
    alone), 7–8 (e07, e08). Only the new event's key is computed again each time."""
    rows = [
        ("e03", "e03", "BLA", "Sindh", "2024-08-03", "2024-08-03", None),
        ("e04", "e04", "BLA", "Sindh", "2024-08-04", "2024-08-04", None),
        ("e07", "e07", "BLA", "Sindh", "2024-08-07", "2024-08-07", None),
        ("e08", "e08", "BLA", "Sindh", "2024-08-08", "2024-08-08", None),
        ("t05", "t05", "TTP", "Sindh", "2024-08-05", "2024-08-05", None),
        ("t06", "t06", "TTP", "Sindh", "2024-08-06", "2024-08-06", None),
    ]
    con = duckdb.connect()
    store_tables(con, frame_of(rows))
    assert link_campaigns_sql(con) == 6
    assert {k: chain for k, (chain, _) in stored_chains(con).items()} == {
        "e03": "e03", "e04": "e03", "e07": "e07", "e08": "e07", "t05": "t05", "t06": "t05"
    }  # fmt: skip
    ttp = {"t05": "TTP | Sindh | 2024-08-05", "t06": "TTP | Sindh | 2024-08-05"}
    later = {"e07": "BLA | Sindh | 2024-08-07", "e08": "BLA | Sindh | 2024-08-07"}
    for new, expected, moves in (
        (
            ("n1", "n1", "BLA", "Sindh", "2024-08-05", "2024-08-06", None),
            {"e03": "BLA | Sindh | 2024-08-03", "e04": "BLA | Sindh | 2024-08-03", "n1": None},
            0,
        ),
        (
            ("a1", "a1", "BLA", "Sindh", "2024-08-02", "2024-08-02", None),
            {
                "a1": "BLA | Sindh | 2024-08-02",
                "e03": "BLA | Sindh | 2024-08-02",
                "e04": None,
                "n1": None,
            },  # fmt: skip
            3,  # a1, e03 and e04
        ),
    ):
        rows.append(new)
        frame = frame_of(rows)
        con.execute("INSERT INTO events_clean VALUES (?, ?, 'Sindh', NULL)", [new[0], new[1]])
        replace_keys(con, frame, [new[0]])
        moved = link_campaigns_sql(con, scoped=True)
        recomputed = {i for (i,) in con.execute("SELECT event_id FROM chain_keys").fetchall()}
        assert recomputed == {new[0]}
        assert sql_campaigns(con) == {**expected, **later, **ttp}
        assert sql_campaigns(con) == pandas_campaigns(frame)
        bla = [r[0] for r in rows if r[2] == "BLA"]
        label = min(bla)
        chains = {k: chain for k, (chain, _) in stored_chains(con).items()}
        assert chains == {**dict.fromkeys(bla, label), "t05": "t05", "t06": "t05"}
        assert moved == moves
