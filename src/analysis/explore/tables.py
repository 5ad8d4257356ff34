"""Exploration tables that reports do not draw: source records, duplicates, aliases.

Pure functions over the cleaned store's frames (the contract of :mod:`analysis.metrics`):
``rows`` are all source rows of the selected real events, ``events`` one row per real event,
``fatalities`` the reconciled figures, ``casualties`` each source's figures and ``pairs``
the scored duplicate pairs (``left``, ``right``, ``score``, ``reasons``, ``accepted``).

>>> readable(pd.DataFrame({"actor": ["BLA"], "low": [21], "best": [21], "high": [33]}))
  actor       fatalities
0   BLA  21–33 (best 21)
"""

from __future__ import annotations

import pandas as pd

from analysis import metrics
from analysis.reference.actors import actor_key, load_actor_aliases

BOUNDS = metrics.BOUNDS
RECORD_COLUMNS = [
    "cluster_id",
    "event_id",
    "source",
    "primary",
    "date",
    "place",
    "actors",
    "type",
    "figures",
    "reconciled",
    "linked_to",
    "score",
    "reasons",
]


def readable(frame: pd.DataFrame, column: str = "fatalities") -> pd.DataFrame:
    """``frame`` with its ``low``/``best``/``high`` columns replaced by one text column of
    ranges ("74–86 (best 74)", "23", "unknown"), placed where ``low`` was.

    >>> readable(pd.DataFrame({"low": [74, None], "best": [74, None], "high": [86, None]}))
            fatalities
    0  74–86 (best 74)
    1          unknown
    """
    if "measure" in frame.columns and column == "fatalities" and "fatalities" not in frame:
        column = "number"  # headline(): the events row is a count, not fatalities
    return metrics.with_ranges(frame, column)


def resolve_actor(name: str) -> str:
    """The canonical name of an actor written as an alias the actor table knows ("BLA",
    "TTP: Tehreek-i-Taliban Pakistan"), else ``name`` itself (matched as part of a name).

    >>> resolve_actor("bla"), resolve_actor("Baloch")
    ('Baloch Liberation Army', 'Baloch')
    """
    table = load_actor_aliases()
    key = actor_key(name)
    hit = table.loc[table["alias"].map(actor_key).eq(key), "canonical"]
    return str(hit.iloc[0]) if len(hit) else name


def records(
    rows: pd.DataFrame,
    casualties: pd.DataFrame,
    fatalities: pd.DataFrame,
    pairs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per source record of the selected real events, grouped by real event: who
    reported it, the figures each source gave (``figures``, perpetrators' claims left out),
    the event's reconciled toll (``reconciled``) and, for records linked as duplicates, the
    strongest accepted link (``linked_to``, ``score``, ``reasons``).

    >>> rows = pd.DataFrame({"cluster_id": ["a:1", "a:1"], "event_id": ["a:1", "b:7"],
    ...     "source": ["a", "b"], "is_primary": [True, False],
    ...     "date_start": pd.to_datetime(["2024-08-25"] * 2),
    ...     "date_end": pd.to_datetime(["2024-08-25"] * 2), "location": ["Kalat", "Kalat"],
    ...     "actor1": ["BLA", "BLA"], "actor2": [None, None],
    ...     "event_type": ["Battles"] * 2, "sub_event_type": ["Armed clash"] * 2})
    >>> figures = pd.DataFrame({"event_id": ["a:1", "b:7"], "victim_group": ["unknown"] * 2,
    ...     "low": [10, 9], "best": [10, 9], "high": [10, 12], "perpetrator_claim": False})
    >>> reconciled = pd.DataFrame({"cluster_id": ["a:1"], "victim_group": ["unknown"],
    ...     "low": [10], "best": [10], "high": [12]})
    >>> pairs = pd.DataFrame({"left": ["a:1"], "right": ["b:7"], "score": [0.9],
    ...     "reasons": ["same day"], "accepted": [True]})
    >>> records(rows, figures, reconciled, pairs)[["event_id", "figures", "reconciled",
    ...     "linked_to"]]
      event_id                figures       reconciled linked_to
    0      a:1             unknown 10  10–12 (best 10)       b:7
    1      b:7  unknown 9–12 (best 9)  10–12 (best 10)       a:1
    """
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in RECORD_COLUMNS})
    first = rows.groupby("cluster_id")["date_start"].transform("min")
    frame = rows.assign(_first=first).sort_values(
        ["_first", "cluster_id", "is_primary", "event_id"],
        ascending=[True, True, False, True],
        kind="stable",
    )
    totals = metrics.event_fatalities(fatalities).set_index("cluster_id")
    reconciled = frame["cluster_id"].map(
        pd.Series(
            [metrics.fatality_range(*v) for v in totals[BOUNDS].itertuples(index=False)],
            index=totals.index,
            dtype="str",
        )
    )
    link = _best_links(pairs, frame["event_id"])
    out = pd.DataFrame(
        {
            "cluster_id": frame["cluster_id"].astype("str"),
            "event_id": frame["event_id"].astype("str"),
            "source": frame["source"].astype("str"),
            "primary": frame["is_primary"].fillna(False).astype(bool),
            "date": metrics.date_label(frame),
            "place": metrics.place_label(frame),
            "actors": metrics.actor_label(frame),
            "type": metrics.type_label(frame),
            "figures": frame["event_id"]
            .map(_figures_text(casualties))
            .fillna("none")
            .astype("str"),
            "reconciled": reconciled.fillna("unknown").astype("str"),
        }
    )
    out = out.merge(link, on="event_id", how="left")
    out["score"] = out["score"].astype("float64")
    return out[RECORD_COLUMNS].reset_index(drop=True)


def duplicates(records_frame: pd.DataFrame) -> pd.DataFrame:
    """The records of real events that more than one source record reports (a
    :func:`records` frame, restricted to duplicate clusters).

    >>> frame = pd.DataFrame({"cluster_id": ["x", "x", "y"], "event_id": ["x", "z", "y"]})
    >>> duplicates(frame)["event_id"].tolist()
    ['x', 'z']
    """
    size = records_frame.groupby("cluster_id")["event_id"].transform("size")
    return records_frame[size.gt(1)].reset_index(drop=True)


def _figures_text(casualties: pd.DataFrame) -> pd.Series:
    """Per source record: "civilians 23; militants 21–33 (best 21)"."""
    if casualties.empty:
        return pd.Series(dtype="str")
    counted = casualties[~casualties["perpetrator_claim"].fillna(False).astype(bool)]
    text = counted["victim_group"].astype("str").fillna("unknown") + " " + metrics.ranges(counted)
    return text.groupby(counted["event_id"]).agg("; ".join)


def _best_links(pairs: pd.DataFrame | None, event_ids: pd.Series) -> pd.DataFrame:
    """For each record, its accepted duplicate pair with the highest score."""
    columns = ["event_id", "linked_to", "score", "reasons"]
    if pairs is None or pairs.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    accepted = pairs[pairs["accepted"].fillna(False).astype(bool)]
    both = pd.concat(
        [
            accepted.rename(columns={"left": "event_id", "right": "linked_to"}),
            accepted.rename(columns={"right": "event_id", "left": "linked_to"}),
        ],
        ignore_index=True,
    )[columns]
    both = both[both["event_id"].isin(event_ids)]
    both = both.sort_values(["event_id", "score", "linked_to"], ascending=[True, False, True])
    return both.drop_duplicates("event_id").astype({"event_id": "str", "linked_to": "str"})


def aliases(name: str | None, changes: pd.DataFrame | None = None) -> pd.DataFrame:
    """How an actor is written: the alias table's spellings of every canonical actor whose
    name or alias contains ``name`` (case-insensitive), plus the spellings cleaning found
    in the store and renamed (``changes``: the cleaning log). Columns: ``actor``,
    ``actor_type``, ``alias``, ``where`` ("alias table: <its source>" or "store: <column>"),
    ``rows`` (store rows renamed; 0 for the table). No name (None or blank) has no
    spellings.

    >>> table = aliases("Baloch Liberation Army")
    >>> "BLA: Baloch Liberation Army" in set(table["alias"])
    True
    >>> len(aliases("")), list(aliases(None).columns)
    (0, ['actor', 'actor_type', 'alias', 'where', 'rows'])
    """
    table = load_actor_aliases()
    key = actor_key(name or "")
    if not key:
        table = table.iloc[0:0]
    hit = table["canonical"].map(actor_key).str.contains(key, regex=False) | table["alias"].map(
        actor_key
    ).str.contains(key, regex=False)
    actors = set(table.loc[hit, "canonical"])
    known = table[table["canonical"].isin(actors)]
    parts = [
        pd.DataFrame(
            {
                "actor": known["canonical"],
                "actor_type": known["actor_type"],
                "alias": known["alias"],
                "where": "alias table: " + known["source"],
                "rows": 0,
            }
        )
    ]
    if changes is not None and len(changes):
        seen = changes[changes["step"].eq("actors") & changes["after"].isin(actors)]
        types = known.drop_duplicates("canonical").set_index("canonical")["actor_type"]
        parts.append(
            pd.DataFrame(
                {
                    "actor": seen["after"],
                    "actor_type": seen["after"].map(types),
                    "alias": seen["before"],
                    "where": "store: " + seen["column"],
                    "rows": seen["rows"],
                }
            )
        )
    out = pd.concat(parts, ignore_index=True).astype({"rows": "int64"})
    return out.sort_values(["actor", "where", "alias"], kind="stable").reset_index(drop=True)
