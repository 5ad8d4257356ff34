"""Coordinated attacks: events of one actor on the same or next day in one admin1 → a campaign.

The actor of an event is who claimed it (``claimed_by``) or, failing that, ``actor1`` when that
actor is not a state force (a government's operations are responses, not a coordinated attack).
Events with the same actor in the same admin1 whose dates are at most one day apart are chained
into one campaign; an event whose date spans more than two days (a week, month or year
precision) cannot be placed on a day and joins no chain; GTD's ``related`` groups
(``related_id``) are joined too. Only groups of two or more real events (duplicate clusters
count once) get a ``campaign_id``: ``"<actor> | <admin1> | <first date>"``.

>>> import pandas as pd
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


def link_campaigns(events: pd.DataFrame) -> pd.DataFrame:
    """Add ``campaign_id`` (null for events that are not part of a coordinated group).

    The name is taken from the group's earliest event (by ``date_start``, then
    ``event_id``), so it depends on the group's content, never on the rows' order.
    """
    out = events.drop(columns=["campaign_id"], errors="ignore")
    keys = campaign_keys(out)
    actor = keys["actor"]
    keyed = keys[keys["chained"]].rename(columns={"date_start": "start", "date_end": "end"})
    keyed = keyed.sort_values(["actor", "admin1", "start"], kind="stable")
    same_key = keyed["actor"].eq(keyed["actor"].shift()) & keyed["admin1"].eq(
        keyed["admin1"].shift()
    )
    reach = keyed.groupby(["actor", "admin1"], sort=False)["end"].cummax().shift()
    chained = same_key & (keyed["start"] - reach).le(MAX_GAP)
    group = (~chained).cumsum()
    labels = pd.Series(np.arange(len(out)), index=out.index, dtype="int64")
    labels[keyed.index] = group.to_numpy() + len(out)
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
