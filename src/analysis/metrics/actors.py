"""Who did what to whom: actors' roles, events and deaths by actor and actor type, pairs,
activity over time, targets, victims and claims."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.metrics.periods import assign_period, dated_days, period_frame
from analysis.metrics.tables import _grouped, unknown_as_null
from analysis.metrics.totals import (
    BOUNDS,
    NO_ACTOR,
    _in_events,
    _sum,
    event_fatalities,
    toll_unknown,
    with_fatalities,
)
from analysis.reference.actors import actor_key, load_actor_aliases
from analysis.reference.countries import iso3_from_name, name_from_iso3
from analysis.schema import VICTIM_GROUPS

# names of nobody identified ("Unidentified Armed Group (Pakistan)", GTD's "Unknown"): listed
# in actor tables, never ranked among the most active actors
UNIDENTIFIED = r"(?i)^(unidentified|unknown)\b"


def actor_roles(events: pd.DataFrame) -> pd.DataFrame:
    """Long table of who took part: ``cluster_id``, ``role`` (actor1/actor2), ``actor``,
    ``actor_type`` (null types become "unknown type")."""
    parts = []
    for role in ("actor1", "actor2"):
        if events.empty:
            break
        part = pd.DataFrame(
            {
                "cluster_id": events["cluster_id"].astype("str"),
                "role": role,
                "actor": events[role].astype("str"),
                "actor_type": events.get(f"{role}_type", pd.Series(pd.NA, index=events.index))
                .astype("str")
                .fillna("unknown type"),
            }
        )
        parts.append(part[part["actor"].notna() & part["actor"].str.strip().ne("")])
    if not parts:
        return pd.DataFrame(
            {c: pd.Series(dtype="str") for c in ["cluster_id", "role", "actor", "actor_type"]}
        )
    return pd.concat(parts, ignore_index=True)


# What the actors tables count, in the reports' words.
ACTOR_COUNTING = (
    "An actor counts in every event that any source names it in, as actor 1, actor 2 or an "
    "associated actor (the events that filtering on the actor selects), under the most "
    "central role a source gives it. An event counts for each of its actors, so the rows do "
    "not add up to the total."
)
# An actor's roles in an event, most central first: the role it is counted under.
INVOLVEMENT_ROLES = ("actor1", "actor2", "associated")
_ASSOCIATED = {"assoc_actor1": "associated", "assoc_actor2": "associated"}
_ASSOC_SPLIT = r"\s*;\s*"


def actor_involvement(events: pd.DataFrame, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who took part in each real event, as :meth:`analysis.explore.Events.filter`'s
    ``actor`` selects it: one row per event and actor (``cluster_id``, ``actor``, ``role``,
    ``actor_type``) for every actor that **any source record** of the event (``rows``: the
    selection's records; without them, the events' own rows) names as actor 1, actor 2 or an
    associated actor (``"; "``-separated). ``role`` is the most central role any record gives
    it (actor1, then actor2, then associated); ``actor_type`` the type its records give it as
    actor 1 or 2 (the most frequent), else the one cleaning gave it as an associated actor
    (``assoc_actor1_type``: one type per name), else "unknown type".

    >>> events = pd.DataFrame({"cluster_id": ["a"], "actor1": ["JNIM"], "actor2": ["Army"],
    ...     "assoc_actor1": [None], "assoc_actor2": ["VDP"]})
    >>> rows = pd.concat([events, pd.DataFrame({"cluster_id": ["a"], "actor1": ["IS"],
    ...     "actor2": ["VDP"]})], ignore_index=True)
    >>> actor_involvement(events, rows)[["actor", "role"]].values.tolist()
    [['IS', 'actor1'], ['JNIM', 'actor1'], ['Army', 'actor2'], ['VDP', 'actor2']]
    """
    columns = ["cluster_id", "actor", "role", "actor_type"]
    frame = events if rows is None else rows
    if len(frame) and rows is not None:
        frame = frame[frame["cluster_id"].isin(set(events["cluster_id"]))]
    parts = [pd.DataFrame({c: pd.Series(dtype="str") for c in [*columns, "order"]})]
    for column in ("actor1", "actor2", "assoc_actor1", "assoc_actor2"):
        if column not in frame or frame.empty:
            continue
        names = frame[column].astype("str")
        kind = frame.get(f"{column}_type", pd.Series(pd.NA, index=frame.index)).astype("str")
        if column.startswith("assoc_"):
            names, kind = _each_associated(names, kind)
        names = names.astype("str").str.strip()
        role = _ASSOCIATED.get(column, column)
        part = pd.DataFrame(
            {
                "cluster_id": frame["cluster_id"].astype("str").reindex(names.index),
                "actor": names,
                "role": role,
                "actor_type": kind,
                "order": INVOLVEMENT_ROLES.index(role),
            }
        )
        parts.append(part[part["actor"].notna() & part["actor"].ne("")])
    found = pd.concat(parts, ignore_index=True)
    typed = found.dropna(subset=["actor_type"])
    # the type records give an actor as actor 1 or 2 (the most frequent), else as associated
    kinds = [
        typed[typed["order"].isin(orders)]
        .groupby("actor")["actor_type"]
        .agg(lambda s: s.mode().iloc[0])
        for orders in ((0, 1), (2,))
    ]
    found = found.sort_values(["order", "cluster_id", "actor"], kind="stable")
    found = found.drop_duplicates(["cluster_id", "actor"]).reset_index(drop=True)
    kind = found["actor"].map(kinds[0]).astype("str")
    found["actor_type"] = kind.fillna(found["actor"].map(kinds[1]).astype("str"))
    found["actor_type"] = found["actor_type"].fillna("unknown type")
    return found[columns].astype("str")


def _each_associated(names: pd.Series, types: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Each associated actor of each cell with its type: the cells' ``"; "``-separated names
    and the types cleaning stored beside them, one per name (missing for a name without one,
    and for every name of a cell whose types do not pair with its names)."""
    one = names.str.split(_ASSOC_SPLIT, regex=True).explode()
    kinds = types.str.split(_ASSOC_SPLIT, regex=True).explode()
    at = one.groupby(level=0).cumcount()
    kinds = kinds.set_axis(
        pd.MultiIndex.from_arrays([kinds.index, kinds.groupby(level=0).cumcount()])
    )
    paired = names.str.count(";").eq(types.str.count(";")).reindex(one.index)
    kind = kinds.reindex(pd.MultiIndex.from_arrays([one.index, at])).set_axis(one.index)
    kind = kind.astype("str").str.strip().where(paired.fillna(False).to_numpy())
    return one, kind.replace("", pd.NA).astype("str")


def by_actor(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    top: int | None = None,
    rows: pd.DataFrame | None = None,
    state_forces: bool = False,
) -> pd.DataFrame:
    """Events and fatality bounds of the events each actor took part in, most active first:
    ``actor``, ``actor_type``, ``events``, ``as_actor1``, ``as_actor2``, ``as_associated``
    (the events counted under each role, :func:`actor_involvement`: they add up to
    ``events``), ``toll_unknown`` (those of its events with no known toll), ``low``,
    ``best``, ``high`` (sums of the known tolls; null when no event's toll is known). With
    ``rows`` (the selection's source records) an actor counts in every real event any
    record names it in, in any role: the events, and the deaths, that filtering on the
    actor selects.

    With ``state_forces``, the rows of :func:`state_forces` ("State forces of Burkina
    Faso": each event of any of a state's forces actors once) are ranked among the actors,
    beside their members, and a ``members`` column lists each such row's actors (empty for
    the others); ``top`` counts every row.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b"], "actor1": ["JNIM", "Army"],
    ...     "actor2": ["Army", None], "assoc_actor1": [None, "VDP"]})
    >>> figures = pd.DataFrame({"cluster_id": ["a", "b"], "victim_group": "unknown",
    ...     "low": [3, 1], "best": [4, 1], "high": [6, 2]})
    >>> by_actor(events, figures)[["actor", "events", "as_actor1", "as_associated", "best"]]
      actor  events  as_actor1  as_associated  best
    0  Army       2          1              0     5
    1  JNIM       1          1              0     4
    2   VDP       1          0              1     1
    """
    roles = actor_involvement(events, rows)
    columns = ["actor", "actor_type", "events", "as_actor1", "as_actor2", "as_associated"]
    columns += ["toll_unknown", *BOUNDS]
    if roles.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
        return empty.assign(members=pd.Series(dtype="str")) if state_forces else empty
    totals = event_fatalities(_in_events(events, fatalities) if len(fatalities) else fatalities)
    out = _counted(roles, totals)
    if state_forces:
        states = _state_rows(roles, totals)
        out = pd.concat([out.assign(members=""), states], ignore_index=True)
        columns = [*columns, "members"]
    out = out.sort_values(["events", "best", "actor"], ascending=[False, False, True])
    out = out[columns]
    return out.head(top).reset_index(drop=True) if top else out.reset_index(drop=True)


def _counted(roles: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """Per ``actor`` of an :func:`actor_involvement` table (one row per event and actor):
    its type, events, events per role, the events of unknown toll and the fatality bounds of
    those events (``totals``: :func:`event_fatalities`; null when none is known:
    :func:`~analysis.metrics.tables.unknown_as_null`), unsorted."""
    frame = roles.merge(totals, on="cluster_id", how="left")
    frame = frame.assign(unknown_id=frame["cluster_id"].where(toll_unknown(frame)))
    grouped = frame.groupby("actor", sort=False)
    out = grouped.agg(
        actor_type=("actor_type", "first"),
        events=("cluster_id", "nunique"),
        toll_unknown=("unknown_id", "nunique"),
        low=("low", _sum),
        best=("best", _sum),
        high=("high", _sum),
    )
    per_role = pd.crosstab(frame["actor"], frame["role"]).reindex(
        columns=list(INVOLVEMENT_ROLES), fill_value=0
    )
    per_role.columns = ["as_actor1", "as_actor2", "as_associated"]
    out = out.join(per_role.astype("int64"))
    return unknown_as_null(out.reset_index())


# The row that counts one state's forces together, and what it counts, in the reports' words.
STATE_FORCES_ROW = "State forces of {country}"
STATE_FORCES_COUNTING = (
    'A row "State forces of …" counts the events of all a state\'s forces actors together, '
    "each event once and its deaths once, however many of those actors, or of the sources, "
    'took part in it (UCDP names the state\'s side "Government of …", ACLED its military '
    "and its police). It stands beside its members, which its last column lists, and is "
    "shown for each state with more than one forces actor in the selection."
)


def actor_counting(table: pd.DataFrame) -> str:
    """What a :func:`by_actor` table counts, in the reports' words: :data:`ACTOR_COUNTING`,
    and :data:`STATE_FORCES_COUNTING` when the table has a row of a state's forces.

    >>> table = pd.DataFrame({"actor": ["JNIM"], "members": [""]})
    >>> actor_counting(table) == ACTOR_COUNTING
    True
    >>> table = pd.DataFrame({"actor": ["State forces of Mali"], "members": ["A; B"]})
    >>> actor_counting(table).endswith("more than one forces actor in the selection.")
    True
    """
    members = table.get("members", pd.Series(dtype="str")).fillna("").astype("str")
    return f"{ACTOR_COUNTING} {STATE_FORCES_COUNTING}" if members.ne("").any() else ACTOR_COUNTING


# ACLED's and UCDP's names of a state's forces: "Military Forces of Burkina Faso (2022-)",
# "Police Forces of the Democratic Republic of Congo", "Government of Nigeria"
_STATE_NAME = re.compile(
    r"^(?:(?:Military|Police)\s+Forces|Government)\s+of\s+(?:the\s+)?(?P<state>\S.*)$",
    re.IGNORECASE,
)
_PERIOD_IN_NAME = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4}\s*)?\)\s*")


def state_of(actors: pd.Series) -> pd.Series:
    """The ISO3 code of the state whose forces each actor is, missing for any other actor;
    worked out once per distinct name.

    A state's forces are ACLED's and UCDP's names for any state's: ``Military Forces of
    X``, ``Police Forces of X`` (with or without ACLED's period, or a unit after the
    country) and ``Government of X``, UCDP's side of the state in an armed conflict (X a
    country); and the actors the alias table (``actors.csv``) types ``state forces`` in
    one country (the ``Frontier Corps``, the ``Balochistan Levies``: Pakistan's). The
    state is the one the forces belong to, wherever they act: Chad's army in Nigeria is
    Chad's, and the table's external forces ``Military Forces of the United States`` are
    the United States'.

    >>> state_of(pd.Series(["Government of Burkina Faso", "Military Forces of Nigeria (2023-)",
    ...     "Frontier Corps", "Police Forces of the Democratic Republic of Congo",
    ...     "Police Forces of India Central Reserve Police Force", "Islamic State (Sahel)",
    ...     "Wagner Group", "Government of Atlantis", "Taliban", None])).tolist()
    ['BFA', 'NGA', 'PAK', 'COD', 'IND', nan, nan, nan, nan, nan]
    """
    names = actors.astype("str")
    known = _state_forces_aliases()
    codes = {}
    for name in names.dropna().unique():
        code = None
        match = _STATE_NAME.match(_PERIOD_IN_NAME.sub(" ", name).strip())
        if match:
            words = match.group("state").split()
            # the longest run of first words that names a country: ACLED writes a unit
            # after it ("Police Forces of India Central Reserve Police Force")
            candidates = pd.Series([" ".join(words[:n]) for n in range(len(words), 0, -1)])
            found = iso3_from_name(candidates).dropna()
            code = found.iloc[0] if len(found) else None
        if code is None:
            code = known.get(actor_key(name))
        codes[name] = code
    return names.map(codes).astype("str")


def _state_forces_aliases() -> dict[str, str]:
    """Alias key → country of the alias table's state forces of one country (of every
    period only: the Taliban are Afghanistan's forces from August 2021, insurgents before)."""
    table = load_actor_aliases()
    own = table[
        table["actor_type"].eq("state forces") & table["countries"].str.fullmatch(r"[A-Z]{3}")
    ]
    keys = pd.concat([own["alias"], own["canonical"]]).map(actor_key)
    return dict(zip(keys, pd.concat([own["countries"], own["countries"]]), strict=True))


def state_forces(
    events: pd.DataFrame, fatalities: pd.DataFrame, rows: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each state's forces counted together, for every state with more than one forces
    actor (:func:`state_of`) in the selection, most active first: ``actor`` ("State forces
    of Burkina Faso"), ``actor_type`` ("state forces"), ``events``, ``as_actor1``,
    ``as_actor2``, ``as_associated``, ``low``, ``best``, ``high``, ``members`` (its actors,
    most active first, ``"; "``-separated).

    An event counts once however many of the state's actors took part, in whatever roles
    (under the most central one), with whatever sources (a UCDP and an ACLED record linked
    as one event: one event); its deaths count once. Counted on the events as
    :func:`by_actor` counts each member.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b"], "actor1": ["JNIM", "JNIM"],
    ...     "actor2": ["Military Forces of Mali", "Military Forces of Mali"]})
    >>> rows = pd.concat([events, pd.DataFrame({"cluster_id": ["a"], "actor1": ["JNIM"],
    ...     "actor2": ["Government of Mali"]})], ignore_index=True)
    >>> figures = pd.DataFrame({"cluster_id": ["a", "b"], "victim_group": "unknown",
    ...     "low": [3, 1], "best": [4, 1], "high": [6, 2]})
    >>> state_forces(events, figures, rows)[["actor", "events", "best", "members"]].values.tolist()
    [['State forces of Mali', 2, 5, 'Military Forces of Mali; Government of Mali']]
    """
    roles = actor_involvement(events, rows)
    totals = event_fatalities(_in_events(events, fatalities) if len(fatalities) else fatalities)
    out = _state_rows(roles, totals)
    out = out.sort_values(["events", "best", "actor"], ascending=[False, False, True])
    return out.reset_index(drop=True)


def _state_rows(roles: pd.DataFrame, totals: pd.DataFrame) -> pd.DataFrame:
    """The :func:`state_forces` rows of an :func:`actor_involvement` table, unsorted."""
    columns = ["actor", "actor_type", "events", "as_actor1", "as_actor2", "as_associated"]
    columns += ["toll_unknown", *BOUNDS, "members"]
    members = roles.assign(state=state_of(roles["actor"])).dropna(subset=["state"])
    members = members[members.groupby("state")["actor"].transform("nunique").gt(1)]
    if members.empty:
        return pd.DataFrame(
            {
                c: pd.Series(
                    dtype="str"
                    if c in ("actor", "actor_type", "members")
                    else "Int64"
                    if c in BOUNDS
                    else "int64"
                )
                for c in columns
            }
        )
    # who: each state's actors, most active first
    each = members.groupby(["state", "actor"]).agg(events=("cluster_id", "nunique"))
    each = each.reset_index().sort_values(
        ["state", "events", "actor"], ascending=[True, False, True]
    )
    listed = each.groupby("state", sort=False)["actor"].agg("; ".join)
    # one row per event and state, under the most central role any of its actors had
    central = members.assign(order=members["role"].map(INVOLVEMENT_ROLES.index))
    central = central.sort_values(["order", "cluster_id"], kind="stable")
    central = central.drop_duplicates(["cluster_id", "state"])
    names = name_from_iso3(pd.Series(listed.index, index=listed.index))
    label = names.fillna(pd.Series(listed.index, index=listed.index))
    label = label.map(lambda country: STATE_FORCES_ROW.format(country=country))
    central = central.assign(actor=central["state"].map(label), actor_type="state forces")
    out = _counted(central[["cluster_id", "actor", "role", "actor_type"]], totals)
    out["members"] = out["actor"].map(dict(zip(label, listed, strict=True)))
    return out[columns]


def most_active(actors: pd.DataFrame) -> pd.Series | None:
    """The first row of a :func:`by_actor` table that names somebody who acted: nobody
    unidentified, no civilian population (they were attacked); None when none is left.

    >>> actors = pd.DataFrame({"actor": ["Civilians (Mali)", "Unidentified Armed Group (Mali)",
    ...     "JNIM"], "actor_type": ["civilians", "unknown type", "rebel/separatist"],
    ...     "events": [9, 5, 4]})
    >>> most_active(actors)["actor"], most_active(actors.head(2))
    ('JNIM', None)
    """
    named = actors[
        ~actors["actor"].astype("str").str.match(UNIDENTIFIED)
        & actors["actor_type"].ne("civilians")
    ]
    return None if named.empty else named.iloc[0]


def headline_actor(actors: pd.DataFrame) -> pd.Series | None:
    """The actor a report's summary names as the most active, from a :func:`by_actor`
    table made with ``state_forces=True``: :func:`most_active`, where each row of a state's
    forces (:func:`state_forces`) competes as one actor in place of its members. Its
    ``members`` say which row it is ("" for an ordinary actor). The table's order decides
    (events, then deaths, then name), so ties are settled as the table settles them, except
    that a member never wins over its own state's row: the row counts every event the
    member took part in, so it can only tie with it, and then both hold the same events.

    Without state rows (a table made without ``state_forces``) it is :func:`most_active`.

    >>> actors = pd.DataFrame({
    ...     "actor": ["Military Forces of Mali", "State forces of Mali", "JNIM",
    ...               "Government of Mali"],
    ...     "actor_type": ["state forces", "state forces", "rebel/separatist", "state forces"],
    ...     "events": [5, 5, 4, 1], "best": [9, 9, 12, 1],
    ...     "members": ["", "Military Forces of Mali; Government of Mali", "", ""]})
    >>> most_active(actors)["actor"], headline_actor(actors)["actor"]
    ('Military Forces of Mali', 'State forces of Mali')
    >>> headline_actor(actors.drop(columns="members"))["actor"]
    'Military Forces of Mali'
    """
    if "members" not in actors.columns:
        return most_active(actors)
    listed = actors["members"].fillna("").astype("str")
    members = {name for text in listed[listed.ne("")] for name in text.split("; ")}
    rolled_up = actors["actor"].astype("str").isin(members) & listed.eq("")
    return most_active(actors[~rolled_up])


def by_actor_type(
    events: pd.DataFrame, fatalities: pd.DataFrame, rows: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Events and fatality bounds per actor type (an event counts once per type), over the
    actors :func:`by_actor` counts (associated ones and, with ``rows``, every record's)."""
    roles = actor_involvement(events, rows)
    if roles.empty:
        return _grouped(pd.DataFrame(columns=["actor_type", "cluster_id", *BOUNDS]), ["actor_type"])
    totals = event_fatalities(_in_events(events, fatalities) if len(fatalities) else fatalities)
    frame = roles.drop_duplicates(["cluster_id", "actor_type"]).merge(
        totals, on="cluster_id", how="left"
    )
    out = _grouped(frame, ["actor_type"])
    return out.sort_values(
        ["events", "best", "actor_type"], ascending=[False, False, True]
    ).reset_index(drop=True)


def top_actors(events: pd.DataFrame, top: int) -> list[str]:
    """The ``top`` most active actors, either side (ties by name); nobody unidentified.

    >>> events = pd.DataFrame({"cluster_id": ["a", "b", "c"], "actor2": [None] * 3,
    ...     "actor1": ["Unidentified Armed Group (Peru)"] * 2 + ["Shining Path"]})
    >>> top_actors(events, 1)
    ['Shining Path']
    """
    roles = actor_roles(events).drop_duplicates(["cluster_id", "actor"])
    roles = roles[~roles["actor"].str.match(UNIDENTIFIED)]
    counts = roles.groupby("actor").size().rename("events").reset_index()
    counts = counts.sort_values(["events", "actor"], ascending=[False, True])
    return counts["actor"].head(top).tolist()


def actor_pairs(events: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Events per (actor1, actor2) pair; actor2 may be "(no second actor)". With ``top``,
    only pairs whose actors are both among the ``top`` most active (or no second actor)."""
    if events.empty:
        return pd.DataFrame(
            {
                "actor1": pd.Series(dtype="str"),
                "actor2": pd.Series(dtype="str"),
                "events": pd.Series(dtype="int64"),
            }
        )
    frame = pd.DataFrame(
        {
            "actor1": events["actor1"].astype("str").fillna("unidentified actor"),
            "actor2": events["actor2"].astype("str").fillna(NO_ACTOR),
        }
    )
    if top:
        keep = set(top_actors(events, top)) | {NO_ACTOR}
        frame = frame[frame["actor1"].isin(keep) & frame["actor2"].isin(keep)]
    out = frame.groupby(["actor1", "actor2"]).size().rename("events").reset_index()
    return out.sort_values(
        ["events", "actor1", "actor2"], ascending=[False, True, True]
    ).reset_index(drop=True)


def actor_activity(
    events: pd.DataFrame, start: date, end: date, freq: str, top: int = 5
) -> pd.DataFrame:
    """Events per period of the ``top`` most active actors (either side), zeros kept:
    ``period_start``, ``label``, ``actor``, ``events``."""
    periods = period_frame(start, end, freq)
    actors = top_actors(events, top)
    grid = periods.merge(pd.DataFrame({"actor": pd.Series(actors, dtype="str")}), how="cross")
    if events.empty or not actors:
        return grid.assign(events=pd.Series(dtype="int64"))
    days = pd.DataFrame(
        {"cluster_id": events["cluster_id"].astype("str"), "day": dated_days(events)}
    )
    roles = actor_roles(events).merge(days, on="cluster_id")
    roles = roles[roles["actor"].isin(actors)].drop_duplicates(["cluster_id", "actor"])
    roles["period_start"] = assign_period(roles["day"], start, end, freq)
    counts = roles.groupby(["period_start", "actor"]).size().rename("events").reset_index()
    out = grid.merge(counts, on=["period_start", "actor"], how="left")
    out["events"] = out["events"].fillna(0).astype("int64")
    return out


def _target(events: pd.DataFrame) -> pd.Series:
    kind = events.get("actor2_type", pd.Series(pd.NA, index=events.index)).astype("str")
    return kind.fillna(events["actor2"].astype("str")).fillna(NO_ACTOR).astype("str")


def targets(events: pd.DataFrame, fatalities: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Whom each actor (as actor1) acts against: the other side's actor type (or name when
    the type is unknown). ``actor``, ``target``, ``events``, ``low``, ``best``, ``high``."""
    if events.empty:
        return _grouped(
            pd.DataFrame(columns=["actor", "target", "cluster_id", *BOUNDS]), ["actor", "target"]
        )
    frame = with_fatalities(events, fatalities)
    frame = frame.assign(
        actor=frame["actor1"].astype("str").fillna("unidentified actor"), target=_target(frame)
    )
    if top:
        frame = frame[frame["actor"].isin(top_actors(events, top))]
    out = _grouped(frame, ["actor", "target"])
    return out.sort_values(["actor", "events", "best"], ascending=[True, False, False]).reset_index(
        drop=True
    )


def victims_by_actor(
    events: pd.DataFrame, fatalities: pd.DataFrame, top: int | None = None
) -> pd.DataFrame:
    """Fatality bounds by victim group in the events each actor initiated (actor1):
    ``actor``, ``victim_group``, ``low``, ``best``, ``high`` (all four groups per actor)."""
    actors = (
        events.assign(actor=events["actor1"].astype("str").fillna("unidentified actor"))[
            ["cluster_id", "actor"]
        ]
        if len(events)
        else pd.DataFrame({"cluster_id": pd.Series(dtype="str"), "actor": pd.Series(dtype="str")})
    )
    if top:
        actors = actors[actors["actor"].isin(top_actors(events, top))]
    grid = pd.DataFrame({"actor": sorted(actors["actor"].unique())}).merge(
        pd.DataFrame({"victim_group": list(VICTIM_GROUPS)}), how="cross"
    )
    if len(fatalities) and len(actors):
        fat = fatalities.merge(actors, on="cluster_id")
        sums = (
            fat.groupby(["actor", "victim_group"])
            .agg(low=("low", _sum), best=("best", _sum), high=("high", _sum))
            .reset_index()
        )
        grid = grid.merge(sums, on=["actor", "victim_group"], how="left")
    for b in BOUNDS:
        grid[b] = (
            (grid[b] if b in grid else pd.Series(0, index=grid.index)).fillna(0).astype("int64")
        )
    return grid


CLAIM_ORDER = ("claimed", "confirmed", "unconfirmed", "attributed", "no claim")


def claims_by_actor(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Claimed versus attributed events per actor.

    The actor of an event is who claimed it (``claimed_by``), else ``actor1``. Status is the
    event's ``claim_status`` ("no claim" when the source records none). Columns: ``actor``,
    one column per status in :data:`CLAIM_ORDER` (event counts), ``events``, ``counted_best``
    (reconciled best deaths of those events) and ``claimed_best`` (deaths the perpetrator
    claimed, from ``claims``; 0 when none).
    """
    columns = ["actor", *CLAIM_ORDER, "events", "counted_best", "claimed_best"]
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    frame = with_fatalities(events, fatalities)
    actor = frame["claimed_by"].astype("str").fillna(frame["actor1"].astype("str"))
    frame = frame.assign(
        actor=actor.fillna("unidentified actor"),
        status=frame["claim_status"].astype("str").fillna("no claim"),
    )
    counts = pd.crosstab(frame["actor"], frame["status"]).reindex(
        columns=list(CLAIM_ORDER), fill_value=0
    )
    out = counts.reset_index()
    out.columns.name = None
    out["events"] = out[list(CLAIM_ORDER)].sum(axis=1)
    counted = frame.groupby("actor")["best"].agg(_sum)
    out["counted_best"] = out["actor"].map(counted).fillna(0).astype("int64")
    claimed = pd.Series(dtype="int64")
    if claims is not None and len(claims):
        own = claims.merge(frame[["cluster_id", "actor"]], on="cluster_id")
        claimed = own.groupby("actor")["best"].agg(_sum)
    out["claimed_best"] = out["actor"].map(claimed).fillna(0).astype("int64")
    out = out.sort_values(["events", "actor"], ascending=[False, True]).reset_index(drop=True)
    return out.head(top).reset_index(drop=True) if top else out
