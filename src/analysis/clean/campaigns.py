"""Coordinated attacks: events of one actor in one admin1 within two days → a campaign.

The actor of an event is who claimed it (``claimed_by``) or, failing that, ``actor1`` when that
actor is not a state force (a government's operations are responses, not a coordinated attack).
A coordinated attack is a set of attacks carried out together: on one day, or overnight into
the next. The events of one actor in one admin1 are taken in date order (``date_start``, then
``event_id``): the first opens a window on its first day; each next event joins the open
window when it ends on that day or the day after, otherwise it opens a new window on its own
first day. So a campaign spans at most two calendar days, however many events follow each
other day after day: a week of daily attacks is three or four campaigns, not one. An event
whose date spans more than two days (a week, month or year precision) cannot be placed on a
day and joins no window. GTD's ``related`` groups (``related_id``) join windows whatever
their days (GTD says those attacks belong together). Only groups of two or more real events
(duplicate clusters count once) get a ``campaign_id``: ``"<actor> | <admin1> | <first
date>"``, the first date being the group's earliest ``date_start``.

Seven daily attacks, 1–7 September: windows 1–2, 3–4, 5–6, and the 7th alone (no campaign).

>>> import pandas as pd
>>> days = pd.to_datetime([f"2024-09-0{d}" for d in range(1, 8)])
>>> week = pd.DataFrame({"event_id": list("abcdefg"), "cluster_id": list("abcdefg"),
...     "actor1": "ISWAP", "actor1_type": "rebel", "claimed_by": None, "admin1": "Borno",
...     "date_start": days, "date_end": days, "related_id": None})
>>> link_campaigns(week)["campaign_id"].str[-5:].tolist()
['09-01', '09-01', '09-03', '09-03', '09-05', '09-05', nan]
>>> events = pd.DataFrame({
...     "event_id": ["a", "b", "c"], "cluster_id": ["a", "b", "c"],
...     "actor1": ["BLA", "BLA", "BLA"], "actor1_type": ["rebel/separatist"] * 3,
...     "claimed_by": [None, None, None], "admin1": ["Balochistan"] * 3,
...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-09-10"]),
...     "date_end": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-09-10"]),
...     "related_id": [None, None, None]})
>>> link_campaigns(events)["campaign_id"].tolist()
['BLA | Balochistan | 2024-08-25', 'BLA | Balochistan | 2024-08-25', nan]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.reference.actors import descriptive_actor

STATE_TYPES = ("state forces", "external forces")
MAX_GAP = pd.Timedelta(days=1)
MAX_SPAN = pd.Timedelta(days=1)  # date_end - date_start: "Sunday and Monday" still counts
WINDOW_DAYS = 2  # a campaign's calendar days: the day of its first event and the next


def campaign_actor(events: pd.DataFrame) -> pd.Series:
    """The actor an event is claimed by or attributed to (null for state forces, unknown
    actors and descriptions of a kind of people such as GTD's "Left-Wing Militants": events
    of one description on one day are not thereby one group's coordinated attack).

    >>> campaign_actor(pd.DataFrame({"actor1": ["BLA", "Left-Wing Militants",
    ...     "Government of Pakistan", "Unidentified Armed Group (Pakistan)"],
    ...     "claimed_by": [None] * 4})).tolist()
    ['BLA', nan, nan, nan]
    """
    actor1 = events["actor1"].astype("str")
    types = events.get("actor1_type", pd.Series(pd.NA, index=events.index)).astype("str")
    state = types.isin(STATE_TYPES) | actor1.str.contains(
        r"^(?:Military|Police) Forces of|^Government of", regex=True, na=False
    )
    unknown = actor1.str.contains(r"^Unidentified|^Unknown", regex=True, na=False)
    attributed = actor1.where(~state & ~unknown & ~descriptive_actor(actor1))
    claimed = events["claimed_by"].astype("str")
    return claimed.where(~descriptive_actor(claimed)).fillna(attributed)


def campaign_keys(events: pd.DataFrame) -> pd.DataFrame:
    """What chains an event into a campaign: ``event_id``, ``actor`` (:func:`campaign_actor`),
    ``admin1`` (stripped, casefolded), ``date_start``, ``date_end`` and ``related_id``, one
    row per event (index kept). ``chained`` is False where the event can join no chain (no
    actor, admin1 or date, or a span longer than :data:`MAX_SPAN`).

    >>> import pandas as pd
    >>> keys = campaign_keys(pd.DataFrame({"event_id": ["a"], "actor1": ["BLA"],
    ...     "claimed_by": [None], "admin1": [" Balochistan"],
    ...     "date_start": pd.to_datetime(["2024-08-25"]), "date_end": [pd.NaT]}))
    >>> keys[["actor", "admin1", "chained"]].values.tolist()
    [['BLA', 'balochistan', True]]
    """
    related = events.get("related_id", pd.Series(pd.NA, index=events.index))
    keys = pd.DataFrame(
        {
            "event_id": events["event_id"].astype("str"),
            "actor": campaign_actor(events),
            "admin1": events["admin1"].astype("str").str.strip().str.casefold(),
            "date_start": events["date_start"],
            "date_end": events["date_end"].fillna(events["date_start"]),
            "related_id": related.astype("str"),
        }
    )
    known = keys[["actor", "admin1", "date_start"]].notna().all(axis=1)
    keys["chained"] = known & (keys["date_end"] - keys["date_start"]).le(MAX_SPAN)
    return keys


def window_anchors(part: np.ndarray, date_start: np.ndarray, date_end: np.ndarray) -> np.ndarray:
    """Which events open a campaign window, for chainable events given in order of
    (``part``, ``date_start``, ``event_id``), ``part`` an integer per (actor, admin1) (or per
    chain: a window never crosses a gap of more than a day) and each span at most
    :data:`MAX_SPAN`. The first event of a part opens a window on its first day; each next
    event joins the open window when it ends within :data:`WINDOW_DAYS` calendar days of
    that day, otherwise it opens a window of its own.

    Vectorised: the event after which a window opened on event i closes is the first later
    event of its part ending two days or more after i's first day (an earlier event ends a
    day after i's first day at most, so the running maximum of the ends finds it by binary
    search); the windows' first events are those reached from the first event by these
    steps, found by pointer doubling (log₂ n rounds).

    >>> days = np.array(["2024-09-01", "2024-09-02", "2024-09-03", "2024-09-04",
    ...     "2024-09-05", "2024-09-01", "2024-09-02"], dtype="datetime64[us]")
    >>> window_anchors(np.array([0, 0, 0, 0, 0, 1, 1]), days, days).tolist()
    [True, False, True, False, True, True, False]
    """
    count = len(part)
    if count == 0:
        return np.zeros(0, dtype=bool)
    first_day = np.asarray(date_start, dtype="datetime64[us]").astype("datetime64[D]")
    last_day = np.asarray(date_end, dtype="datetime64[us]").astype("datetime64[D]")
    slot = np.int64(2**32)  # days of one part, apart from the next part's
    offset = np.asarray(part, dtype=np.int64) * slot
    reach = np.maximum.accumulate(offset + last_day.astype(np.int64))
    closing = offset + first_day.astype(np.int64) + WINDOW_DAYS
    jump = np.append(np.searchsorted(reach, closing, side="left"), count)
    reached = np.zeros(count + 1, dtype=bool)
    reached[0] = True
    while True:
        grown = reached.copy()
        grown[jump[reached]] = True
        jump = jump[jump]
        if np.array_equal(grown, reached):
            return reached[:count]
        reached = grown


def link_campaigns(events: pd.DataFrame) -> pd.DataFrame:
    """Add ``campaign_id`` (null for events that are not part of a coordinated group).

    The name is taken from the group's earliest event (by ``date_start``, then
    ``event_id``), so it depends on the group's content, never on the rows' order.

    >>> days = pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-27"])
    >>> link_campaigns(pd.DataFrame({"event_id": ["a", "b", "c"], "actor1": "BLA",
    ...     "claimed_by": None, "admin1": "Balochistan", "date_start": days,
    ...     "date_end": days}))["campaign_id"].tolist()
    ['BLA | Balochistan | 2024-08-25', 'BLA | Balochistan | 2024-08-25', nan]
    """
    out = events.drop(columns=["campaign_id"], errors="ignore")
    keys = campaign_keys(out)
    actor = keys["actor"]
    keyed = keys[keys["chained"]].rename(columns={"date_start": "start", "date_end": "end"})
    keyed = keyed.sort_values(["actor", "admin1", "start", "event_id"], kind="stable")
    same_key = keyed["actor"].eq(keyed["actor"].shift()) & keyed["admin1"].eq(
        keyed["admin1"].shift()
    )
    part = (~same_key).cumsum().to_numpy()
    opens = window_anchors(part, keyed["start"].to_numpy(), keyed["end"].to_numpy())
    group = np.cumsum(opens)
    labels = pd.Series(np.arange(len(out)), index=out.index, dtype="int64")
    labels[keyed.index] = group + len(out)
    labels = _join_related(labels, out.get("related_id"))

    clusters = out.get("cluster_id", out["event_id"])
    real_events = clusters.groupby(labels).transform("nunique")
    grouped = real_events.gt(1)
    # "first" below is the earliest event of each group, whatever the rows' order
    order = pd.DataFrame({"start": out["date_start"], "id": out["event_id"].astype("str")})
    ranked = order.sort_values(["start", "id"], kind="stable").index
    by_group = labels[ranked]
    first = out["date_start"].groupby(labels).transform("min").dt.strftime("%Y-%m-%d")
    name_actor = actor[ranked].groupby(by_group).transform("first").fillna("related events")
    name_admin1 = (
        out["admin1"].astype("str")[ranked].groupby(by_group).transform("first").fillna("?")
    )
    campaign = name_actor.reindex(out.index) + " | " + name_admin1.reindex(out.index) + " | "
    out["campaign_id"] = (campaign + first).where(grouped).astype("str")
    return out


def _join_related(labels: pd.Series, related: pd.Series | None) -> pd.Series:
    """Merge label groups that share a source's ``related_id`` (label propagation)."""
    if related is None or related.isna().all():
        return labels
    related = related.astype("str")
    labels = labels.copy()
    for _ in range(len(labels)):
        by_related = labels.groupby(related).transform("min").where(related.notna(), labels)
        by_label = by_related.groupby(labels).transform("min")
        if by_label.equals(labels):
            return labels
        labels = by_label
    return labels
