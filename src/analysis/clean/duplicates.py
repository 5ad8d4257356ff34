"""Duplicates across sources: one real event reported by ACLED, GTD, UCDP and an analyst's table.

No row is deleted. Every event gets a ``cluster_id`` — the smallest ``event_id`` among the
events that report the same real event (a singleton keeps its own id) — and
``cluster_sources``, the sorted distinct sources of its cluster ("acled; gtd; seed"), so a
report counts each real event once (``cluster_id == event_id`` marks one row per cluster)
and shows who reported it. Three steps:

1. **Blocking** (:func:`candidate_pairs`). Never all pairs: two events are candidates only
   when they come from *different* sources (duplicates inside one source are the store's
   business), their dates are at most :data:`MAX_GAP_DAYS` apart, and they are in the same
   country and admin1 (compared case-, accent-, punctuation-insensitively, "province" and
   the like dropped) — or, whatever their admin1 says, both have trusted coordinates within
   :data:`GEO_BLOCK_KM` of each other (admin1 names missing or spelled differently). Dates
   are spans (``date_start``..``date_end``); two spans are compatible when the gap between
   them is at most one day, i.e. each span widened by half a day on both sides overlaps the
   other (a "±1-day window"). Events whose span is longer than
   :data:`MAX_SPAN_DAYS` (month- or year-precision dates) are never paired: such a date
   says too little to tell two attacks apart.
2. **Scoring** (:func:`score_pairs`). Five components, each 0..1, weighted by
   :data:`WEIGHTS` into a score in 0..1, with a short human ``reasons`` text:

   - *place* (0.40): distance between trusted coordinates (1 up to :data:`NEAR_KM`, 0 from
     twice :data:`NEAR_KM` plus how far each point may be from the spot by its precision,
     :data:`PRECISION_KM`: exact 0, near :data:`NEAR_KM`; at most :data:`FAR_KM`, which an
     admin2 or unstated precision takes; linear between), or the names: same location 1,
     same admin2 0.8, different admin2 0, different location names 0.25; unknown 0.5. The better of
     distance and names counts. Coordinates with ``geo_precision`` admin1/country/unknown
     are not trusted (a province centroid says nothing about the town).
   - *actors* (0.30): ``token_set_ratio`` between the union of actor1 and actor2 of each
     side, after dropping generic words ("unidentified", "armed", "group", country names,
     years) and folding state forces ("military", "police", "government", ...) to "state_forces"
     and civilian targets to "civilians" (so is any actor the cleaning types as civilians:
     ACLED's "Students (Pakistan)", civilians by its inter code, is GTD's private
     citizens). Rescaled so 50 or less (shared generic words
     only) is 0 and 90 or more is 1. An unknown perpetrator on either side is neutral
     (0.5): it neither confirms nor refutes. When both reports name two sides (actor1 and
     actor2), each side is compared with its counterpart instead (straight or crossed,
     whichever agrees better): the ratio is the mean of the two sides' ratios and the
     component the mean of their rescaled values, so one common side of two is half an
     agreement. A pair whose one side agrees fully and whose other side not at all is
     capped at :data:`ONE_SIDE_CAP` unless its figures agree (a group that fought the police
     and a rival group in one district in one week). An unnamed perpetrator ("Unidentified
     Armed Group") is stood in for by who claimed the event (``claimed_by``), when someone
     did. A report that names no perpetrator but the side it acted against, that side
     none of the other report's actors (ratio 50 or less: civilians against a clash of
     the government and the BLA), is capped at :data:`TARGET_CAP` unless the tolls are
     equal (the same bodies filed under the conflict by one source).
   - *event type* (0.10): same sub-event type 1, same event type 0.75 (but an abduction
     against an attack: different acts, :data:`DIFFERENT_SUB_TYPES`, 0.25), Battles vs
     Violence against civilians 0.5 (GTD's "Armed Assault" falls on either side by target),
     explosions vs either 0.25 (UCDP has no explosions category), unknown 0.5, else 0.
   - *date* (0.10): spans overlap 1, one day apart 0.5.
   - *fatalities* (0.10): total best figure per event (claims reconciled per
     :func:`analysis.clean.reconcile.reconcile`, perpetrators' claims left out): equal 1,
     within 25 % or ±2 0.75 (but never 0 against more than 0: "no one killed" against
     two dead is no agreement), either unknown or both 0 0.5 (no deaths on either side is
     no evidence of one event, so it neither scores nor lifts a cap), else 0; dead all of
     named victim groups on both sides with no group on both (10 civilians against 3
     soldiers and 3 militants) 0, whatever the totals. One side's
     total that equals exactly the figure of one victim group of the other (more than 0)
     also scores 0.75: one source counted only one side's dead (the military's "21
     militants killed" against another's 14 soldiers and police and 21 militants).

   Two reports whose tolls are far apart — their ranges (:func:`event_figures`' ``low`` and
   ``high``) do not meet and the larger's low plus one is at least :data:`TOLL_RATIO` times
   the smaller's high plus one, and their totals more than 2 apart (3 against 53, 0
   against 4; not 0 against 2) — are capped at
   :data:`FAR_TOLL_CAP` unless date, place, actors and sub-event type all agree exactly: a
   report a day off with a toll far off is another event (the army's clash with 3 dead the
   next day, against the night's 53).

   Two reports without a usable place (province-level coordinates, no shared names) score
   0.5 on place; such a pair is capped at :data:`UNPLACED_CAP` (below the threshold) unless
   its fatality figures agree (within 25 % or ±2): on a night of coordinated attacks by one
   group, date, actor and type cannot tell the province-level reports apart.

   Why these weights: place and actors are what reports of one attack agree on and two
   attacks differ on; date, type and counts differ between sources of the same attack
   (late reports, GTD's categories, running tallies), so they only tip the balance.
   With :data:`DEFAULT_THRESHOLD` 0.65, a clear place conflict alone (0 of 0.40) keeps a
   pair below the threshold even when all else agrees — the night of coordinated attacks
   by one group in one province — and so do clearly different actors (0 of 0.30) unless
   everything else agrees exactly. Sources of one event that disagree on the date by a day,
   on the type and a little on the count still pass when place and actors agree.
3. **Linking** (:func:`link_duplicates`). Pairs at or above the threshold are accepted
   best-first and joined into clusters (union-find), except that a cluster never takes two
   events of the same source: the weaker link is then not accepted and says why. So a
   report that could link to several events of another source goes with its best-scoring
   partner (equal scores in id order). Clusters
   are the connected components of the accepted pairs.
4. **What is kept.** Every candidate pair is scored; the pairs scoring
   :data:`REVIEW_FLOOR` (0.5) or more are kept with their reasons (and stored in
   ``duplicate_pairs``): the links, the refused links and the near misses a reviewer
   looks at when a cluster seems wrong (a pair capped at 0.6 for its unknown place, a
   place or an actor that half agrees). 0.5 is what a pair about which nothing is known
   scores (every component 0.5); below it the evidence says two events — a place conflict,
   different actors — and such a pair is not written (its reasons are not even put
   together). The clusters depend only on the pairs at or above the threshold, so they
   are the same whatever the floor (``link_duplicates(..., floor=0)`` keeps every pair).

>>> import pandas as pd
>>> events = pd.DataFrame({
...     "event_id": ["seed:1", "acled:PAK1", "gtd:9"], "source": ["seed", "acled", "gtd"],
...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-26", "2024-08-26"]),
...     "iso3": "PAK", "admin1": "Balochistan", "location": ["Musakhail", "Musakhel", "Kalat"],
...     "actor1": ["BLA", "BLA: Baloch Liberation Army", "Baloch Liberation Army (BLA)"]})
>>> linked, pairs = link_duplicates(events)
>>> linked["cluster_id"].tolist()
['acled:PAK1', 'acled:PAK1', 'gtd:9']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.extensions import ExtensionArray
from rapidfuzz import fuzz, process

from analysis.arrow_text import factorize_rows, isin, join_text, take_text
from analysis.clean.reconcile import reconcile
from analysis.reference.countries import country_table, iso3_from_name
from analysis.schema import VICTIM_GROUPS

MAX_GAP_DAYS = 1  # two reports of one event are at most a day apart
MAX_SPAN_DAYS = 7  # longer spans (month/year precision) are never paired
GEO_BLOCK_KM = 25.0  # pair across admin1 names when trusted coordinates are this close
NEAR_KM = 10.0  # up to here, two reports are in the same place
FAR_KM = 50.0  # from here, two reports are in different places
NAME_MATCH = 80  # rapidfuzz ratio of two place names (spaces dropped) that counts as the same
WEIGHTS = {"place": 0.40, "actors": 0.30, "event_type": 0.10, "date": 0.10, "fatalities": 0.10}
DEFAULT_THRESHOLD = 0.65
# Pairs scoring less are not kept (see the module docstring): 0.5 is the score of a pair
# about which nothing is known, so below it the evidence says two events.
REVIEW_FLOOR = 0.5
UNTRUSTED_GEO = ("admin1", "country", "unknown")
# How far from the spot a trusted coordinate of each precision may be: an exact point is
# the spot, a "near" one the nearest town (up to NEAR_KM off), an admin2 one a district's
# centre; a coordinate of unstated precision is trusted as loosely as a district's.
PRECISION_KM = {"exact": 0.0, "near": NEAR_KM}
# Fatality totals this many times apart (each plus one), their ranges not meeting, say two
# events unless everything else agrees exactly (see the module docstring).
TOLL_RATIO = 3.0
# How a victim group is named in a pair's reasons.
GROUP_LABELS = {
    "civilians": "civilians",
    "security_forces": "security forces",
    "militants": "militants",
    "unknown": "unknown group",
}


def _words(text: str) -> frozenset[str]:
    """The distinct words of a space-separated vocabulary."""
    return frozenset(text.split())


# Actor names: words that say nothing about who acted, and words folded together.
GENERIC_WORDS = _words(
    "of the and in for unidentified unknown unnamed armed group groups gunmen gunman "
    "militants militant men suspected"
)
# The word state forces fold to: no actor's name holds it ("Islamic State" is no state force).
STATE_FORCES = "state_forces"
ACTOR_ALIASES = {
    **dict.fromkeys(
        _words(
            "military army forces force police government govt security levies fc frontier "
            "corps rangers ctd"
        ),
        STATE_FORCES,
    ),
    # ACLED's "Civilians (<country>)" is GTD's target types and an analyst's "passengers".
    **dict.fromkeys(
        _words(
            "civilians civilian citizens private property passengers labourers laborers "
            "workers business transportation educational institution tourists journalists "
            "media religious figures institutions utilities"
        ),
        "civilians",
    ),
}
ACTOR_FLOOR, ACTOR_FULL = 50.0, 90.0
PLACE_WORDS = re.compile(
    r"\b(?:province|provinces|state|region|division|district|agency|tehsil|town|village|city)\b"
)
# Related (not equal) event types: an unordered pair "A|B" (sorted) → component value.
RELATED_TYPES = {
    "Battles|Violence against civilians": 0.5,
    "Battles|Explosions/Remote violence": 0.25,
    "Explosions/Remote violence|Violence against civilians": 0.25,
}
# Sub-event types of one event type that are different acts: an unordered pair "A|B"
# (sorted) → component value. An abduction is not a killing (UCDP's one-sided "Attack" is
# one by definition), though a source may file "abducted and later killed" either way.
DIFFERENT_SUB_TYPES = {"Abduction/forced disappearance|Attack": 0.25}

PAIR_COLUMNS = ["left", "right"]
# The event columns scoring reads (see _features); only these are taken for paired events.
FEATURE_COLUMNS = [
    "event_id",
    "date_start",
    "date_end",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor2",
    "actor1_type",
    "actor2_type",
    "location",
    "admin2",
    "event_type",
    "sub_event_type",
    "claimed_by",
]
SCORE_COLUMNS = ["left", "right", "score", "reasons"]
LINK_COLUMNS = [*SCORE_COLUMNS, "accepted"]
REFUSED = "; not linked: would put two events of one source in one cluster"
# Two reports placed only at province level cannot be told apart by place: on a night of
# coordinated attacks by one group they agree on date, actor and type. Such a pair counts
# only when its figures agree too; otherwise its score is capped below the threshold.
UNPLACED_CAP = 0.6
UNPLACED = "; place unknown and figures differ: capped at 0.6"
# Two reports that both name two sides, one side the same and the other clearly not (a
# battle of a group against the police, and of the same group against a rival group), are
# two events unless their figures agree: such a pair is capped below the threshold too.
ONE_SIDE_CAP = 0.6
ONE_SIDE = "; other side differs and figures differ: capped at 0.6"
# A report that names no perpetrator, only the side it acted against, and that side none
# of the other report's actors (an unnamed group's attack on civilians, a clash of the
# government and a rebel group): two events unless their tolls are equal (the same bodies
# filed under one conflict by one source and as an attack on civilians by the other).
TARGET_CAP = 0.6
TARGET = "; its target and tolls differ: capped at 0.6"
# Two reports whose tolls are far apart (3 dead against 53) are two events unless date,
# place, actors and sub-event type all agree exactly: capped below the threshold too.
FAR_TOLL_CAP = 0.6
FAR_TOLL = "; fatalities far apart: capped at 0.6"
PAIR_BATCH = 250_000  # pairs scored at a time (bounds the scoring's memory)
# Events blocked at a time: candidate pairs are found, scored and handed on for events whose
# first days fall in one run of days holding about this many events (bounds the linking's
# memory by a chunk's pairs, not the whole candidate set).
CHUNK_EVENTS = 200_000
# Two paired events' first days are at most this far apart: a span of MAX_SPAN_DAYS days,
# then the gap of MAX_GAP_DAYS.
PAIR_REACH_DAYS = MAX_SPAN_DAYS + MAX_GAP_DAYS


def candidate_pairs(events: pd.DataFrame, anchor: np.ndarray | None = None) -> pd.DataFrame:
    """Blocked candidate pairs (``left`` < ``right`` event_ids) from different sources;
    with ``anchor`` (one bool per event), only the pairs with an anchored event.

    Same country and admin1 with dates at most a day apart, or trusted coordinates within
    :data:`GEO_BLOCK_KM` with dates at most a day apart; see the module docstring.

    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "event_id": ["acled:1", "gtd:7", "gtd:8", "acled:2"],
    ...     "source": ["acled", "gtd", "gtd", "acled"],
    ...     "date_start": pd.to_datetime(["2024-08-26", "2024-08-25", "2024-08-28", "2024-08-26"]),
    ...     "iso3": "PAK", "admin1": ["Balochistan", "balochistan ", "Balochistan", "Sindh"]})
    >>> candidate_pairs(events).to_dict("records")
    [{'left': 'acled:1', 'right': 'gtd:7'}]
    """
    rows = _candidate_rows(events, anchor=anchor)
    return _id_pairs(events["event_id"], rows[0], rows[1])


def score_pairs(
    events: pd.DataFrame,
    pairs: pd.DataFrame,
    casualties: pd.DataFrame | None = None,
    floor: float | None = None,
) -> pd.DataFrame:
    """Score each candidate pair 0..1 and say why; ``casualties`` adds fatality figures.
    With ``floor``, only the pairs scoring that or more are returned (in their order).

    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "event_id": ["acled:1", "gtd:7"], "source": ["acled", "gtd"],
    ...     "date_start": pd.to_datetime(["2024-08-26", "2024-08-25"]),
    ...     "latitude": [30.43, 30.45], "longitude": [69.82, 69.84],
    ...     "actor1": ["BLA: Baloch Liberation Army", "Baloch Liberation Army (BLA)"],
    ...     "event_type": "Violence against civilians", "sub_event_type": "Attack"})
    >>> pairs = pd.DataFrame({"left": ["acled:1"], "right": ["gtd:7"]})
    >>> scored = score_pairs(events, pairs)
    >>> scored.loc[0, "score"], scored.loc[0, "reasons"]
    (np.float64(0.9), '1 day apart; 3 km apart; actors 100; same sub-event type; fatalities ? vs ?')
    >>> len(score_pairs(events, pairs, floor=0.95))
    0
    """
    rows = _rows_of(events, pairs)
    if casualties is not None:  # the paired events' figures only
        paired = events["event_id"].iloc[np.unique(rows)]
        casualties = casualties[isin(casualties["event_id"], paired)]
    kept, score, reasons = _score_rows(events, rows, event_figures(events, casualties), floor)
    out = pairs[PAIR_COLUMNS].iloc[kept].reset_index(drop=True).astype("str")
    out["score"] = score
    out["reasons"] = reasons
    return out[SCORE_COLUMNS]


def link_duplicates(
    events: pd.DataFrame,
    casualties: pd.DataFrame | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    pairs_sink: Callable[[pd.DataFrame], None] | None = None,
    chunk_events: int | None = None,
    fatalities: pd.DataFrame | ExtensionArray | None = None,
    floor: float = REVIEW_FLOOR,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add ``cluster_id`` and ``cluster_sources``; return them with the scored pairs.

    Every row is kept, in order. Existing ``cluster_id``/``cluster_sources`` columns are
    recomputed, so running this on its own output changes nothing. The pairs frame has
    ``left, right, score, reasons, accepted``, best score first: every pair scoring
    ``floor`` (default :data:`REVIEW_FLOOR`) or more, and every pair at or above the
    threshold; ``floor=0`` keeps every scored pair. The clusters do not depend on it.

    Candidates are blocked and scored ``chunk_events`` (default :data:`CHUNK_EVENTS`)
    events at a time (by first day);
    only the pairs at or above the threshold are kept until every chunk is scored, then
    linked best-first. With ``pairs_sink``, the scored pairs go to it in parts as they are
    known (those below the threshold chunk by chunk, the rest at the end, always at least
    one call) and the returned pairs frame is empty: memory holds a chunk's pairs, not all.
    ``fatalities`` (instead of ``casualties``): :func:`event_figures` of the events, or only
    their totals (:func:`event_fatalities`).

    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "event_id": ["gtd:7", "acled:1"], "source": ["gtd", "acled"],
    ...     "date_start": pd.to_datetime(["2024-08-25", "2024-08-25"]),
    ...     "iso3": "PAK", "admin1": "Balochistan", "location": ["Musa Khel", "Musakhel"],
    ...     "actor1": ["Baloch Liberation Army (BLA)", "BLA: Baloch Liberation Army"]})
    >>> linked, pairs = link_duplicates(events)
    >>> linked[["cluster_id", "cluster_sources"]].values.tolist()
    [['acled:1', 'acled; gtd'], ['acled:1', 'acled; gtd']]
    >>> bool(pairs.loc[0, "accepted"])
    True
    >>> parts = []
    >>> _, rest = link_duplicates(events, pairs_sink=parts.append)
    >>> [len(part) for part in parts], rest.empty
    ([1], True)
    """
    out = events.drop(columns=["cluster_id", "cluster_sources"], errors="ignore")
    ids = out["event_id"].astype("str").reset_index(drop=True)
    rank = _id_rank(ids)
    fatalities = event_figures(out, casualties) if fatalities is None else _figure_frame(fatalities)
    strong: list[tuple[np.ndarray, np.ndarray, pd.Series]] = []  # at or above the threshold
    weak: list[tuple[np.ndarray, np.ndarray, pd.Series]] = []  # below it, without a sink
    for rows in _candidate_chunks(out, rank, chunk_events=chunk_events):
        kept, score, reasons = _score_rows(out, rows, fatalities, min(floor, threshold))
        rows = rows[:, kept]
        above = score >= threshold
        strong.append((rows[:, above], score[above], reasons[above]))
        below = (rows[:, ~above], score[~above], reasons[~above])
        if pairs_sink is None:
            weak.append(below)
        elif len(below[1]):
            pairs_sink(_pair_frame(ids, rank, *below, accepted=False))
        del rows, kept, score, reasons, below
    rows, score, reasons = _joined(strong)
    del strong
    # Best first; equal scores in (left, right) id order (ranks order the ids).
    order = np.lexsort((rank[rows[1]], rank[rows[0]], -score))
    rows, score = rows[:, order], score[order]
    reasons = reasons.iloc[order].reset_index(drop=True)
    source = out["source"].astype("str").reset_index(drop=True)
    cluster, cluster_sources, linked = cluster_links(ids, source, rows, score, threshold, rank)
    if (~linked).any():  # every pair here is at or above the threshold
        reasons[~linked] = reasons[~linked] + REFUSED
    scored = _pair_frame(ids, rank, rows, score, reasons, accepted=linked, ordered=True)
    if pairs_sink is not None:
        pairs_sink(scored)
        scored = scored.iloc[:0]
    elif weak:
        scored = pd.concat(
            [scored, _pair_frame(ids, rank, *_joined(weak), accepted=False)], ignore_index=True
        )
    cluster.index = cluster_sources.index = out.index
    out["cluster_id"] = cluster
    out["cluster_sources"] = cluster_sources
    return out, scored[LINK_COLUMNS]


def _joined(
    parts: list[tuple[np.ndarray, np.ndarray, pd.Series]],
) -> tuple[np.ndarray, np.ndarray, pd.Series]:
    """Chunks' (rows, scores, reasons) end to end."""
    if not parts:
        return np.empty((2, 0), dtype="int64"), np.empty(0), pd.Series(dtype="str")
    rows = np.concatenate([p[0] for p in parts], axis=1)
    score = np.concatenate([p[1] for p in parts])
    reasons = pd.concat([p[2] for p in parts], ignore_index=True).astype("str")
    return rows, score, reasons


def _pair_frame(
    ids: pd.Series,
    rank: np.ndarray,
    rows: np.ndarray,
    score: np.ndarray,
    reasons: pd.Series,
    accepted: np.ndarray | bool,
    ordered: bool = False,
) -> pd.DataFrame:
    """The pairs at ``rows`` as ``left, right, score, reasons, accepted``, best score
    first then by ids (unless already ``ordered`` so)."""
    if not ordered:
        order = np.lexsort((rank[rows[1]], rank[rows[0]], -score))
        rows, score = rows[:, order], score[order]
        reasons = reasons.iloc[order]
        if not np.isscalar(accepted):
            accepted = np.asarray(accepted)[order]
    frame = _id_pairs(ids, rows[0], rows[1])
    frame["score"] = score
    frame["reasons"] = reasons.reset_index(drop=True).astype("str")
    frame["accepted"] = np.broadcast_to(np.asarray(accepted, dtype=bool), len(frame)).copy()
    return frame[LINK_COLUMNS]


def cluster_links(
    ids: pd.Series,
    source: pd.Series,
    rows: np.ndarray,
    score: np.ndarray,
    threshold: float = DEFAULT_THRESHOLD,
    rank: np.ndarray | None = None,
) -> tuple[pd.Series, pd.Series, np.ndarray]:
    """Clusters of scored pairs: ``(cluster_id, cluster_sources, accepted)``.

    ``ids`` and ``source`` are the events' (one row each), ``rows`` (2 × n positions) and
    ``score`` the pairs in the order they are taken: by score descending, then left id,
    then right id. Pairs at or above ``threshold`` are accepted in that order unless the
    link would put two events of one source in one cluster (see the module docstring);
    ``accepted`` is per pair, in the given order. The duplicate linking of
    :func:`link_duplicates` and of a store's update (over the stored pairs of the events
    an update touches) both come here.

    >>> ids, source = pd.Series(["a:1", "b:1", "b:2"]), pd.Series(["a", "b", "b"])
    >>> rows, score = np.array([[0, 0], [1, 2]]), np.array([0.9, 0.8])
    >>> cluster, sources, accepted = cluster_links(ids, source, rows, score)
    >>> cluster.tolist(), sources.tolist(), accepted.tolist()
    (['a:1', 'a:1', 'b:2'], ['a; b', 'a; b', 'b'], [True, False])
    """
    ids = ids.astype("str").reset_index(drop=True)
    source = source.astype("str").reset_index(drop=True)
    rank = _id_rank(ids) if rank is None else rank
    above = score >= threshold
    root, accepted = _union(rows[:, above], pd.factorize(source)[0], rank)
    linked = np.zeros(len(score), dtype=bool)
    linked[above] = accepted
    # Events outside every link are their own cluster, reported by their own source.
    paired = root != np.arange(len(ids))
    paired[rows[:, above].ravel()] = True
    cluster = take_text(ids, root)
    cluster_sources = source.copy()
    cluster_sources[paired] = _cluster_sources(cluster[paired], source[paired])
    return cluster, cluster_sources, linked


def _id_rank(ids: pd.Series) -> np.ndarray:
    """Each id's rank among the distinct ids in text order (0 = smallest; equal ids share)."""
    array = pa.array(ids.astype("str"), from_pandas=True)
    if not len(array):
        return np.zeros(0, dtype="int64")
    return pc.rank(array, sort_keys="ascending", tiebreaker="dense").to_numpy().astype("int64") - 1


def _id_pairs(ids: pd.Series, left: np.ndarray, right: np.ndarray) -> pd.DataFrame:
    """``left``/``right`` event ids of the rows at these positions."""
    return pd.DataFrame({"left": take_text(ids, left), "right": take_text(ids, right)})


def _rows_of(events: pd.DataFrame, pairs: pd.DataFrame) -> np.ndarray:
    """Positions (2 × n) in ``events`` of each pair's left and right event id (the first
    row with that id)."""
    ids = events["event_id"].astype("str").to_numpy(dtype=object)
    left = pairs["left"].astype("str").to_numpy(dtype=object)
    right = pairs["right"].astype("str").to_numpy(dtype=object)
    codes, _ = pd.factorize(np.concatenate([ids, left, right]))
    first = np.full(codes.max() + 1 if len(codes) else 0, -1, dtype="int64")
    first[codes[: len(ids)][::-1]] = np.arange(len(ids))[::-1]
    rows = first[codes[len(ids) :]].reshape(2, -1)
    if (rows < 0).any():
        missing = np.concatenate([left, right])[rows.ravel() < 0][0]
        raise ValueError(f"pair names an event that is not in events: {missing}")
    return rows


# --- blocking ---------------------------------------------------------------------------


def _block_frame(events: pd.DataFrame) -> pd.DataFrame:
    """Row position, event_id, source code, country and admin1 keys, first day and span,
    coordinates.

    Days are whole days since 1970 (int64) and sources small integer codes, so blocking
    merges integers, not text.
    """
    start = events["date_start"].astype("datetime64[us]").dt.normalize()
    end = _column(events, "date_end").astype("datetime64[us]").dt.normalize().fillna(start)
    iso3 = _column(events, "iso3").astype("str").str.strip().str.upper().replace("", pd.NA)
    country = _column(events, "country").astype("str")
    country_key = iso3.fillna(iso3_from_name(country)).fillna(_name_key(country))
    frame = pd.DataFrame(
        {
            "row": np.arange(len(events)),
            "event_id": events["event_id"].astype("str"),
            "source": pd.factorize(events["source"].astype("str"))[0],
            "country": country_key,
            "admin1": _name_key(_column(events, "admin1")),
            "day": start.to_numpy().astype("datetime64[D]").astype("int64"),
            "span": (end - start).dt.days,
            "known": start.notna(),
        }
    )
    frame["lat"], frame["lon"] = _trusted_coordinates(events)
    usable = frame["known"] & frame["span"].between(0, MAX_SPAN_DAYS)
    frame = frame[usable].drop(columns="known").reset_index(drop=True)
    frame["span"] = frame["span"].astype("int64")
    return frame


def _explode_days(day: np.ndarray, span: np.ndarray, widen: int) -> tuple[np.ndarray, np.ndarray]:
    """One entry per day of each event's span, widened by ``widen`` days on both sides:
    (position of the event, day)."""
    counts = span + 1 + 2 * widen
    rows = np.repeat(np.arange(len(day)), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    return rows, day[rows] + (np.arange(len(rows)) - first) - widen


def _source_pairs(
    source: np.ndarray, anchor: np.ndarray | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(positions of the larger source, of the smaller) for each pair of sources.

    Every test used for blocking is symmetric, so each pair of sources is merged once, the
    smaller one widened; events of one source are never merged with each other. With
    ``anchor``, each pair is merged as (anchored of one, all of the other) and (the rest of
    the one, anchored of the other): only pairs with an anchored event are formed.

    >>> [(a.tolist(), b.tolist()) for a, b in _source_pairs(np.array([0, 0, 1]))]
    [([0, 1], [2])]
    >>> anchor = np.array([False, True, False])
    >>> [(a.tolist(), b.tolist()) for a, b in _source_pairs(np.array([0, 0, 1]), anchor)]
    [([1], [2]), ([0], [])]
    """
    groups = [np.flatnonzero(source == code) for code in np.unique(source)]
    pairs = []
    for i, a in enumerate(groups):
        for b in groups[i + 1 :]:
            if anchor is None:
                pairs.append((a, b) if len(a) >= len(b) else (b, a))
            else:
                pairs += [(a[anchor[a]], b), (a[~anchor[a]], b[anchor[b]])]
    return pairs


def _anchored(frame: pd.DataFrame) -> np.ndarray | None:
    """The blocking frame's ``anchor`` column, if it has one."""
    return frame["anchor"].to_numpy(bool) if "anchor" in frame.columns else None


def _join(left_key: np.ndarray, right_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions (i, j) with ``left_key[i] == right_key[j]`` (an inner join on int64)."""
    merged = pd.DataFrame({"k": left_key, "i": np.arange(len(left_key))}).merge(
        pd.DataFrame({"k": right_key, "j": np.arange(len(right_key))}), on="k"
    )
    return merged["i"].to_numpy(), merged["j"].to_numpy()


def _merge_on_days(frame: pd.DataFrame) -> np.ndarray:
    """Positions (2 × n) of pairs with the same country and admin1 whose spans are at most
    MAX_GAP_DAYS apart, across sources."""
    place = frame.groupby(["country", "admin1"], sort=False).ngroup().to_numpy("int64")
    index = frame.index.to_numpy()
    day, span, source = (frame[c].to_numpy("int64") for c in ("day", "span", "source"))
    found = [np.empty((2, 0), dtype="int64")]
    for own, other in _source_pairs(source, _anchored(frame)):
        rows, days = _explode_days(day[own], span[own], 0)
        wide_rows, wide_days = _explode_days(day[other], span[other], MAX_GAP_DAYS)
        i, j = _join((place[own][rows] << 20) + days, (place[other][wide_rows] << 20) + wide_days)
        found.append(np.vstack([index[own[rows[i]]], index[other[wide_rows[j]]]]))
    return np.concatenate(found, axis=1)


def _geo_block(frame: pd.DataFrame) -> np.ndarray:
    """Positions (2 × n) of pairs with trusted coordinates within GEO_BLOCK_KM, via
    half-degree grid cells.

    A half degree is at least 25 km of longitude up to about 63° latitude, so an event's
    own cell and its eight neighbours hold every event within GEO_BLOCK_KM of it there.
    """
    index = frame.index.to_numpy()
    lat, lon = frame["lat"].to_numpy("float64"), frame["lon"].to_numpy("float64")
    cy = np.floor(lat / 0.5).astype("int64") + 400
    cx = np.floor(lon / 0.5).astype("int64") + 800
    day, span, source = (frame[c].to_numpy("int64") for c in ("day", "span", "source"))
    dy, dx = np.repeat([-1, 0, 1], 3), np.tile([-1, 0, 1], 3)
    found = [np.empty((2, 0), dtype="int64")]
    for own, other in _source_pairs(source, _anchored(frame)):
        rows, days = _explode_days(day[own], span[own], 0)
        own_key = (((cy[own][rows] << 12) + cx[own][rows]) << 20) + days
        near = np.repeat(other, 9)
        shift = np.tile(np.arange(9), len(other))
        wide_rows, wide_days = _explode_days(day[near], span[near], MAX_GAP_DAYS)
        cell = ((cy[near] + dy[shift]) << 12) + cx[near] + dx[shift]
        i, j = _join(own_key, (cell[wide_rows] << 20) + wide_days)
        left, right = own[rows[i]], near[wide_rows[j]]
        close = _haversine(lat[left], lon[left], lat[right], lon[right]) <= GEO_BLOCK_KM
        found.append(np.vstack([index[left[close]], index[right[close]]]))
    return np.concatenate(found, axis=1)


def _candidate_rows(
    events: pd.DataFrame, rank: np.ndarray | None = None, anchor: np.ndarray | None = None
) -> np.ndarray:
    """The blocked pairs as positions (2 × n) in ``events``: each unordered pair once, the
    smaller event id first, sorted by (left id, right id). Works on the ids' ranks
    (integers), never on the text; ``rank`` is :func:`_id_rank` of the event ids, if known."""
    rank = _id_rank(events["event_id"]) if rank is None else rank
    found = list(_candidate_chunks(events, rank, anchor))
    if len(found) == 1:
        return found[0]
    return _ordered_pairs(np.concatenate([np.empty((2, 0), "int64"), *found], axis=1), rank)


def _candidate_chunks(
    events: pd.DataFrame,
    rank: np.ndarray,
    anchor: np.ndarray | None = None,
    chunk_events: int | None = None,
):
    """The blocked pairs (as :func:`_candidate_rows`), a chunk at a time: for each run of
    first days holding about ``chunk_events`` events, the pairs whose earlier first day is
    in the run (each pair in exactly one chunk), blocked among the events from the run's
    first day to :data:`PAIR_REACH_DAYS` after its last. Yields nothing without events.

    >>> import pandas as pd
    >>> events = pd.DataFrame({
    ...     "event_id": ["acled:1", "gtd:1", "acled:2", "gtd:2"],
    ...     "source": ["acled", "gtd", "acled", "gtd"],
    ...     "date_start": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-03-01", "2024-03-01"]),
    ...     "iso3": "PAK", "admin1": "Sindh"})
    >>> rank = _id_rank(events["event_id"])
    >>> [chunk.tolist() for chunk in _candidate_chunks(events, rank, chunk_events=2)]
    [[[0], [1]], [[2], [3]]]
    """
    keyed = _block_frame(events)
    if anchor is not None:
        keyed["anchor"] = np.asarray(anchor, dtype=bool)[keyed["row"].to_numpy()]
    day = keyed["day"].to_numpy("int64")
    row = keyed["row"].to_numpy()
    for first, last in _day_runs(day, chunk_events or CHUNK_EVENTS):
        near = (day >= first) & (day <= last + PAIR_REACH_DAYS)
        part = keyed[near] if not near.all() else keyed
        by_admin1 = _merge_on_days(part.dropna(subset=["country", "admin1"]))
        by_place = _geo_block(part.dropna(subset=["lat", "lon"]))
        found = np.concatenate([by_admin1, by_place], axis=1)
        owner = np.minimum(day[found[0]], day[found[1]])
        found = found[:, (owner >= first) & (owner <= last)]
        if found.shape[1]:
            yield _ordered_pairs(row[found], rank)
        del part, by_admin1, by_place, found


def _day_runs(day: np.ndarray, size: int) -> list[tuple[int, int]]:
    """Runs of days (first, last, inclusive) covering ``day``, each holding about ``size``
    events (never a day split; at least one run when there are days).

    >>> _day_runs(np.array([5, 1, 1, 2, 9]), 2)
    [(1, 1), (2, 5), (9, 9)]
    """
    if not len(day):
        return []
    days, counts = np.unique(day, return_counts=True)
    runs, start, held = [], 0, 0
    for k, count in enumerate(counts.tolist()):
        held += count
        if held >= size or k == len(days) - 1:
            runs.append((int(days[start]), int(days[k])))
            start, held = k + 1, 0
    return runs


def _ordered_pairs(found: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Row positions (2 × n) of pairs, each unordered pair once, the smaller id first,
    sorted by (left id, right id) through the ids' ``rank``."""
    if not found.shape[1]:
        return np.empty((2, 0), dtype="int64")
    size = np.int64(rank.max() + 1)
    code_a, code_b = rank[found[0]], rank[found[1]]
    keys = np.unique(np.minimum(code_a, code_b) * size + np.maximum(code_a, code_b))
    by_rank = np.empty(size, dtype="int64")
    by_rank[rank] = np.arange(len(rank))  # a row holding each rank's id
    return by_rank[np.vstack(np.divmod(keys, size))]


# --- scoring ----------------------------------------------------------------------------


def _score_rows(
    events: pd.DataFrame, rows: np.ndarray, fatalities: pd.DataFrame, floor: float | None = None
) -> tuple[np.ndarray, np.ndarray, pd.Series]:
    """The pairs at ``rows`` (2 × n positions) scoring ``floor`` or more (every pair without
    it): their positions among the columns of ``rows``, scores (rounded to 0.001) and
    reasons; ``fatalities`` is :func:`event_figures` of ``events``, in their order.

    Features are computed once for the paired events; pairs are scored
    :data:`PAIR_BATCH` at a time, so memory does not grow with their intermediate columns.
    Every pair is scored; the reasons are written for the kept pairs only.
    """
    involved = np.unique(rows)  # features of paired events only
    paired = events[[c for c in FEATURE_COLUMNS if c in events.columns]].iloc[involved]
    features = _features(paired, fatalities.iloc[involved])
    kept, scores, reasons = [np.empty(0, "int64")], [np.empty(0)], [pd.Series(dtype="str")]
    for start in range(0, rows.shape[1], PAIR_BATCH):
        batch = np.searchsorted(involved, rows[:, start : start + PAIR_BATCH])
        left = features.iloc[batch[0]].reset_index(drop=True)
        right = features.iloc[batch[1]].reset_index(drop=True)
        parts = _components(left, right)
        score, capped = _score(parts)
        keep = np.arange(len(score)) if floor is None else np.flatnonzero(score >= floor)
        if floor is not None:
            parts, capped = parts.iloc[keep].reset_index(drop=True), capped[keep]
        kept.append(keep + start)
        scores.append(score[keep])
        reasons.append(_reasons(parts, capped))
    return (
        np.concatenate(kept),
        np.concatenate(scores),
        pd.concat(reasons, ignore_index=True).astype("str"),
    )


def _score(parts: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Weighted score of the components, capped for unplaced pairs, for pairs whose other
    side differs, for an unnamed perpetrator's target that is none of the other's actors
    and for pairs whose tolls are far apart; and which cap each pair took (0 none, 1
    unplaced, 2 other side, 3 tolls far apart, 4 target)."""
    score = sum(parts[name] * weight for name, weight in WEIGHTS.items())
    unplaced = parts["place_known"].eq(False) & parts["fatalities"].lt(0.75)
    capped = unplaced & score.gt(UNPLACED_CAP)
    score = score.where(~capped, UNPLACED_CAP)
    other_side = parts["side_differs"] & parts["fatalities"].lt(0.75) & score.gt(ONE_SIDE_CAP)
    score = score.where(~other_side, ONE_SIDE_CAP)
    target = parts["target_differs"] & parts["fatalities"].lt(1) & score.gt(TARGET_CAP)
    score = score.where(~target, TARGET_CAP)
    exact = parts[["date", "place", "actors", "event_type"]].eq(1).all(axis=1)
    far_toll = parts["toll_apart"] & ~exact & score.gt(FAR_TOLL_CAP)
    score = score.where(~far_toll, FAR_TOLL_CAP)
    cap = _select([far_toll, target, other_side, capped], [3, 4, 2, 1], 0)
    return np.round(score.to_numpy(dtype="float64"), 3), cap


def _components(left: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    """The five score components (0..1) of each pair (row by row of the two sides'
    features), and what its reasons are written from (:func:`_reasons`)."""
    date, days, same_day = _date_part(left, right)
    place, km, names = _place_part(left, right)
    actors, ratio, actor_known, side_differs, target_differs = _actor_part(left, right)
    kind, kind_text = _type_part(left, right)
    fatality, part = _fatality_part(left, right)
    # within 2 of each other is never "far apart" (0 against 2 does not agree, but a first
    # report's none against a later count's two is no sign of another event either)
    near = (left["fatalities"].astype("Float64") - right["fatalities"].astype("Float64")).abs()
    toll_apart = fatality.eq(0) & _tolls_apart(left, right) & ~near.le(2).fillna(False)
    return pd.DataFrame(
        {
            "date": date,
            "place": place,
            "actors": actors,
            "event_type": kind,
            "fatalities": fatality,
            "place_known": km.notna().to_numpy() | (names >= 0),
            "days": days,
            "same_day": same_day,
            "km": km,
            "names": names,
            "ratio": ratio,
            "actor_known": actor_known,
            "target_differs": target_differs.to_numpy(dtype=bool),
            "side_differs": side_differs.to_numpy(dtype=bool),
            "toll_apart": toll_apart.to_numpy(dtype=bool),
            "type_text": kind_text,
            "deaths_left": left["fatalities"].astype("Float64"),
            "deaths_right": right["fatalities"].astype("Float64"),
            "deaths_part": part,
        }
    )


def _reasons(parts: pd.DataFrame, capped: np.ndarray) -> pd.Series:
    """The reasons text of scored pairs (:func:`_components`), the cap's note on ``capped``."""
    reasons = join_text(
        [
            _date_text(parts["days"], parts["same_day"]),
            _place_text(parts["km"], parts["names"].to_numpy()),
            _actor_text(parts["ratio"], parts["actor_known"], parts["target_differs"]),
            pd.Series(parts["type_text"].to_numpy(dtype=object), dtype="str"),
            _fatality_text(parts["deaths_left"], parts["deaths_right"], parts["deaths_part"]),
        ],
        "; ",
    )
    for cap, note in ((1, UNPLACED), (2, ONE_SIDE), (3, FAR_TOLL), (4, TARGET)):
        marked = np.asarray(capped) == cap
        if marked.any():  # the note is added to the capped pairs' text only
            reasons = reasons.copy()
            reasons[marked] = reasons[marked] + note
    return reasons


def _features(events: pd.DataFrame, fatalities: pd.DataFrame) -> pd.DataFrame:
    """Per event_id: dates, trusted coordinates, place and actor keys, types, and
    ``fatalities`` (each event's total, and its figure per victim group as ``dead_<group>``,
    from :func:`event_figures` in the events' order)."""
    start = events["date_start"].astype("datetime64[us]").dt.normalize()
    end = _column(events, "date_end").astype("datetime64[us]").dt.normalize().fillna(start)
    lat, lon = _trusted_coordinates(events)
    # an unnamed perpetrator is who claimed the attack, when someone did
    actor1 = _civilians_by_type(_actor_keys(_column(events, "actor1")), events, "actor1_type")
    actor1 = actor1.fillna(_actor_keys(_column(events, "claimed_by")))
    actor2 = _civilians_by_type(_actor_keys(_column(events, "actor2")), events, "actor2_type")
    actors = (actor1.fillna("") + " " + actor2.fillna("")).str.strip().replace("", pd.NA)
    frame = pd.DataFrame(
        {
            "start": start,
            "end": end,
            "lat": lat,
            "lon": lon,
            # Text as categories: taking them for a million pairs moves integers only.
            "location": _place_key(_column(events, "location")).astype("category"),
            "admin2": _place_key(_column(events, "admin2")).astype("category"),
            "actors": actors.astype("str").astype("category"),
            "actor1": actor1.astype("category"),
            "actor2": actor2.astype("category"),
            "actor_known": actor1.notna(),
            "event_type": _column(events, "event_type").astype("str").astype("category"),
            "sub_event_type": _column(events, "sub_event_type").astype("str").astype("category"),
        }
    )
    frame.index = events["event_id"].astype("str").to_numpy()
    frame["fatalities"] = fatalities["total"].array
    for name in ("low", "high"):
        column = fatalities[name] if name in fatalities.columns else fatalities["total"]
        frame[f"fatalities_{name}"] = column.to_numpy(dtype="float64", na_value=np.nan)
    precision = _column(events, "geo_precision").astype("str").map(PRECISION_KM)
    frame["geo_km"] = precision.fillna(FAR_KM).to_numpy(dtype="float64")
    for group in VICTIM_GROUPS:
        frame[f"dead_{group}"] = fatalities[group].to_numpy(dtype="float64", na_value=np.nan)
    return frame


def _date_part(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The date component, the days between the spans, and whether both are one same day."""
    gap = (np.maximum(left["start"], right["start"]) - np.minimum(left["end"], right["end"])).dt
    days = gap.days.clip(lower=0).astype("float64")
    single = left["start"].eq(right["start"]) & left["end"].eq(right["end"])
    single &= left["start"].eq(left["end"])
    return (1 - days / (2 * MAX_GAP_DAYS)).clip(lower=0), days, single & days.eq(0)


def _date_text(days: pd.Series, same_day: pd.Series) -> pd.Series:
    text = pd.Series(np.where(days.eq(1), "1 day apart", "dates overlap"), dtype="str")
    text = text.where(~same_day, "same day")
    far = ~days.le(1).to_numpy()
    if far.any():  # never for blocked pairs; only days apart are written out
        text[far] = days[far].astype("Int64").astype("str") + " days apart"
    return text


# What the place names of a pair say (the conditions of _place_part, in order): the
# component's value and the reasons' words; the last entry for none of them.
NAME_VALUES = np.array([1.0, 0.8, 0.0, 0.25, np.nan])
NAME_TEXTS = np.array(
    ["same location", "same admin2", "different admin2", "different location", ""], dtype=object
)


def _place_part(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.Series, pd.Series, np.ndarray]:
    """The place component, the km between trusted coordinates and what the names say
    (a position in :data:`NAME_VALUES`, -1 for nothing)."""
    km = pd.Series(_haversine(left["lat"], left["lon"], right["lat"], right["lon"]))
    far = np.minimum(FAR_KM, 2 * NEAR_KM + left["geo_km"].to_numpy() + right["geo_km"].to_numpy())
    by_distance = ((far - km) / (far - NEAR_KM)).clip(0, 1)
    location = _similar(left["location"], right["location"], fuzz.ratio) >= NAME_MATCH
    admin2 = pd.concat(
        [
            pd.Series(_similar(left["admin2"], right["admin2"], fuzz.ratio)),
            pd.Series(_similar(left["location"], right["admin2"], fuzz.ratio)),
            pd.Series(_similar(left["admin2"], right["location"], fuzz.ratio)),
        ],
        axis=1,
    ).max(axis=1)
    both_admin2 = left["admin2"].notna() & right["admin2"].notna()
    both_location = left["location"].notna() & right["location"].notna()
    names = _select([location, admin2 >= NAME_MATCH, both_admin2, both_location], [0, 1, 2, 3], -1)
    place = pd.concat([by_distance, pd.Series(NAME_VALUES[names])], axis=1).max(axis=1)
    return place.fillna(0.5), km, names


def _place_text(km: pd.Series, names: np.ndarray) -> pd.Series:
    km_text = km.round().astype("Int64").astype("str") + " km apart"
    text = pd.Series(NAME_TEXTS[names], dtype="str").replace("", pd.NA)
    text = (km_text + ", " + text).fillna(km_text).fillna(text).fillna("place unknown")
    return text.astype("str")


def _actor_part(
    left: pd.DataFrame, right: pd.DataFrame
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series, pd.Series]:
    """The actor component, the ratio shown, whether both sides' actors are known,
    whether one side is the same and the other clearly not, and whether an unnamed
    perpetrator's target is none of the other report's actors (:func:`_target_differs`).

    When both reports name two sides, each side is compared with its better counterpart
    (actor1 with actor1 and actor2 with actor2, or crossed): the ratio is the mean of the
    two sides' token-set ratios and the component the mean of their rescaled values, so one
    common side of two is half an agreement. Otherwise the union of each report's actors
    is compared.
    """
    ratio = pd.Series(_similar(left["actors"], right["actors"], fuzz.token_set_ratio))
    similarity = _rescaled(ratio)
    two_sided = (left["actor2"].notna() & right["actor2"].notna()).to_numpy()
    differs = pd.Series(np.zeros(len(ratio), dtype=bool))
    if two_sided.any():
        sides = {
            (a, b): pd.Series(_similar(left[a], right[b], fuzz.token_set_ratio)).fillna(0)
            for a in ("actor1", "actor2")
            for b in ("actor1", "actor2")
        }
        straight = (sides["actor1", "actor1"], sides["actor2", "actor2"])
        crossed = (sides["actor1", "actor2"], sides["actor2", "actor1"])
        use_crossed = (crossed[0] + crossed[1]) > (straight[0] + straight[1])
        first = straight[0].where(~use_crossed, crossed[0])
        second = straight[1].where(~use_crossed, crossed[1])
        side_ratio = (first + second) / 2
        side_similarity = (_rescaled(first) + _rescaled(second)) / 2
        one_side = np.minimum(_rescaled(first), _rescaled(second)).eq(0)
        one_side &= np.maximum(_rescaled(first), _rescaled(second)).eq(1)
        ratio = ratio.where(~two_sided, side_ratio)
        similarity = similarity.where(~two_sided, side_similarity)
        differs = one_side & two_sided
    known = left["actor_known"] & right["actor_known"] & ratio.notna()
    # An unnamed perpetrator says nothing, but the side it acted against does: when that
    # side is none of the other report's actors (civilians against a government and a
    # rebel group that fought each other), the pair is capped unless its tolls are equal.
    target_differs = _target_differs(left, right) | _target_differs(right, left)
    return similarity.where(known, 0.5), ratio, known, differs & known, target_differs & ~known


def _target_differs(own: pd.DataFrame, other: pd.DataFrame) -> pd.Series:
    """Where ``own`` names no perpetrator but names the side it acted against, and that
    side is clearly none of ``other``'s named actors (every token-set ratio at most
    :data:`ACTOR_FLOOR`).

    >>> own = pd.DataFrame({"actor1": [None, None, "bla"], "actor2": ["civilians"] * 3})
    >>> other = pd.DataFrame({"actor1": ["state_forces", "bla", "state_forces"],
    ...     "actor2": ["baloch liberation army", "civilians", "bla"]})
    >>> _target_differs(own, other).tolist()
    [True, False, False]
    """
    unnamed = own["actor1"].isna() & own["actor2"].notna()
    best = pd.Series(np.full(len(own), np.nan))
    for name in ("actor1", "actor2"):
        ratio = pd.Series(_similar(own["actor2"], other[name], fuzz.token_set_ratio))
        best = best.where(best.ge(ratio) | ratio.isna(), ratio)
    return (unnamed & best.le(ACTOR_FLOOR)).reset_index(drop=True)


def _rescaled(ratio: pd.Series) -> pd.Series:
    """A token-set ratio as a component: :data:`ACTOR_FLOOR` or less 0, :data:`ACTOR_FULL`
    or more 1, linear between."""
    return ((ratio - ACTOR_FLOOR) / (ACTOR_FULL - ACTOR_FLOOR)).clip(0, 1)


def _actor_text(ratio: pd.Series, known: pd.Series, target_differs: pd.Series) -> pd.Series:
    text = "actors " + ratio.round().astype("Int64").astype("str")
    text = text.where(known, "actor unknown")
    return text.where(~target_differs, "actor unknown, its target none of the other's").astype(
        "str"
    )


def _type_part(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.Series, np.ndarray]:
    """The type component and its words; computed once per distinct (type, type, same
    sub-type) combination."""
    same_sub = left["sub_event_type"].eq(right["sub_event_type"]).fillna(False)
    sub_a = left["sub_event_type"].astype("str").reset_index(drop=True)
    sub_b = right["sub_event_type"].astype("str").reset_index(drop=True)
    sub_pair = pd.Series(np.where(sub_a < sub_b, sub_a + "|" + sub_b, sub_b + "|" + sub_a))
    apart = sub_pair.map(DIFFERENT_SUB_TYPES).astype("float64")
    (a, b, same, sub), inverse = _distinct_rows(
        [left["event_type"], right["event_type"], same_sub, apart]
    )
    value, text = _type_values(
        pd.Series(a, dtype="str"),
        pd.Series(b, dtype="str"),
        pd.Series(same, dtype="bool"),
        pd.Series(sub, dtype="float64"),
    )
    return (
        pd.Series(value.to_numpy()[inverse], dtype="float64"),
        text.to_numpy(dtype=object)[inverse],
    )


def _type_values(
    a: pd.Series, b: pd.Series, same_sub: pd.Series, sub_apart: pd.Series | None = None
) -> tuple[pd.Series, pd.Series]:
    """The type component and its words of distinct (type, type, same sub-type, value of
    different sub-types from :data:`DIFFERENT_SUB_TYPES` or NaN) combinations.

    >>> value, text = _type_values(pd.Series(["Violence against civilians"] * 2),
    ...     pd.Series(["Violence against civilians"] * 2), pd.Series([False, False]),
    ...     pd.Series([0.25, np.nan]))
    >>> value.tolist(), text.tolist()
    ([0.25, 0.75], ['different sub-event types', 'same event type'])
    """
    sub_apart = pd.Series(np.nan, index=a.index) if sub_apart is None else sub_apart
    pair = pd.Series(np.where(a < b, a + "|" + b, b + "|" + a), dtype="str")
    unknown = a.isna() | b.isna() | a.eq("Unknown") | b.eq("Unknown")
    same_type = a.eq(b).fillna(False)
    related = pair.map(RELATED_TYPES)
    apart = same_type & sub_apart.notna()
    conditions = [unknown, same_sub, apart, same_type, related.notna()]
    value = _select(conditions, [0.5, 1.0, sub_apart.fillna(0), 0.75, related.fillna(0)], 0.0)
    text = _select(
        conditions,
        [
            "event type unknown",
            "same sub-event type",
            "different sub-event types",
            "same event type",
            "related event types",
        ],
        "different event types",
    )
    return pd.Series(value), pd.Series(text, dtype="str")


def _fatality_part(left: pd.DataFrame, right: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The fatality component of each pair of events' figures, and where one side's total
    is one victim group's figure of the other (and the totals are not equal or close), that
    group and the other's total as text ("militants 21 of 35"; missing elsewhere)."""
    a, b = left["fatalities"].astype("Float64"), right["fatalities"].astype("Float64")
    diff = (a - b).abs()
    close = diff.le(2) | diff.le(0.25 * np.maximum(a, b))
    in_right, in_left = _group_part(left, right), _group_part(right, left)
    part = (in_right >= 0) | (in_left >= 0)
    # No deaths on either side is what most events without a battle report (an abduction,
    # an IED that missed): equal zeros say nothing about being one event, so they are neutral.
    nothing = (a.eq(0) & b.eq(0)).fillna(False)
    # One report's "no one killed" against another's dead is no agreement, however small
    # the difference: 0 against 2 is an IED that missed against a raid that killed two.
    close &= ~(a.eq(0) | b.eq(0)).fillna(False)
    # Dead all of named victim groups on both sides, and no group on both (10 civilians
    # against 3 soldiers and 3 rebels): the reports disagree on who died.
    victims = _victims_differ(left, right)
    value = _select(
        [a.isna() | b.isna() | nothing, victims, diff.eq(0), close, part],
        [0.5, 0.0, 1.0, 0.75, 0.75],
        0.0,
    )
    text = pd.Series(pd.NA, index=a.index, dtype="str")
    decided = part & ~(a.isna() | b.isna() | diff.eq(0) | close | victims).fillna(False).to_numpy()
    for group, total, whole, rows in ((in_right, a, b, decided), (in_left, b, a, decided)):
        rows = rows & (group >= 0) & text.isna().to_numpy()  # the right side's group first
        if rows.any():
            labels = np.array([GROUP_LABELS[g] for g in VICTIM_GROUPS], dtype=object)
            text[rows] = (
                labels[group[rows]]
                + " "
                + total[rows].astype("Int64").astype("str")
                + " of "
                + whole[rows].astype("Int64").astype("str")
            )
    differ = (victims & ~(a.isna() | b.isna())).to_numpy(dtype=bool)
    if differ.any():
        text[differ] = "victims differ"
    return pd.Series(value, dtype="float64"), text


def _victims_differ(left: pd.DataFrame, right: pd.DataFrame) -> pd.Series:
    """Where both reports give their dead (more than 0) all by named victim group (none
    of unknown group) and no group has dead in both: the sources disagree on who died.

    >>> a = pd.DataFrame({"dead_civilians": [10.0, 10.0, 6.0], "dead_security_forces": np.nan,
    ...     "dead_militants": np.nan, "dead_unknown": [np.nan, np.nan, np.nan]})
    >>> b = pd.DataFrame({"dead_civilians": [np.nan, 2.0, np.nan],
    ...     "dead_security_forces": [3.0, 3.0, np.nan], "dead_militants": [3.0, np.nan, np.nan],
    ...     "dead_unknown": [np.nan, np.nan, 6.0]})
    >>> _victims_differ(a, b).tolist()
    [True, False, False]
    """
    named = [group for group in VICTIM_GROUPS if group != "unknown"]

    def dead(frame: pd.DataFrame, group: str) -> np.ndarray:
        return np.nan_to_num(frame[f"dead_{group}"].to_numpy(dtype="float64")) > 0

    share = np.zeros(len(left), dtype=bool)
    only_named = np.ones(len(left), dtype=bool)
    for frame in (left, right):
        only_named &= ~dead(frame, "unknown") & np.any([dead(frame, g) for g in named], axis=0)
    for group in named:
        share |= dead(left, group) & dead(right, group)
    return pd.Series(only_named & ~share, dtype="bool")


def _tolls_apart(left: pd.DataFrame, right: pd.DataFrame) -> pd.Series:
    """Whether two events' fatality ranges do not meet and the larger's low is at least
    :data:`TOLL_RATIO` times the smaller's high (each plus one, so 0 against 4 counts);
    False where either is unknown.

    >>> a = pd.DataFrame({"fatalities_low": [3.0, 6.0, 0.0, 1.0],
    ...     "fatalities_high": [3.0, 6.0, 0.0, np.nan]})
    >>> b = pd.DataFrame({"fatalities_low": [53.0, 8.0, 4.0, 23.0],
    ...     "fatalities_high": [56.0, 11.0, 4.0, 23.0]})
    >>> _tolls_apart(a, b).tolist()
    [True, False, True, False]
    """
    low = np.maximum(left["fatalities_low"].to_numpy(), right["fatalities_low"].to_numpy())
    high = np.minimum(left["fatalities_high"].to_numpy(), right["fatalities_high"].to_numpy())
    with np.errstate(invalid="ignore"):
        apart = (low > high) & (low + 1 >= TOLL_RATIO * (high + 1))
    return pd.Series(apart, dtype="bool")


def _group_part(own: pd.DataFrame, other: pd.DataFrame) -> np.ndarray:
    """Where ``own``'s total (more than 0) is exactly the figure of one victim group of
    ``other`` and ``own`` has no figure of another named group (its dead are of that group
    or of none known): that group's position in :data:`~analysis.schema.VICTIM_GROUPS`
    (the first that matches); -1 elsewhere."""
    value = own["fatalities"].astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
    named = [group for group in VICTIM_GROUPS if group != "unknown"]
    found = np.full(len(value), -1)
    for position in reversed(range(len(VICTIM_GROUPS))):  # the first group is set last
        group = VICTIM_GROUPS[position]
        others = [f"dead_{g}" for g in named if g != group]
        elsewhere = (own[others].to_numpy() > 0).any(axis=1)  # NaN compares False
        same = (other[f"dead_{group}"].to_numpy() == value) & (value > 0) & ~elsewhere
        found[same] = position
    return found


def _fatality_text(left: pd.Series, right: pd.Series, part: pd.Series) -> pd.Series:
    shown = [x.astype("Int64").astype("str").fillna("?") for x in (left, right)]
    text = join_text(["fatalities", shown[0], "vs", shown[1]], " ")
    return join_text([text, (" (" + part + ")").fillna("")], "")


def event_fatalities(events: pd.DataFrame, casualties: pd.DataFrame | None) -> ExtensionArray:
    """Each event's total best figure across victim groups (claims reconciled, no boasts;
    missing where none is known), in the events' order: what scoring compares.

    >>> import pandas as pd
    >>> events = pd.DataFrame({"event_id": ["e1", "e2", "e3"]})
    >>> figures = pd.DataFrame({"event_id": ["e1", "e1", "e2", "e2"],
    ...     "victim_group": ["militants", "militants", "civilians", "militants"],
    ...     "best": [21, 12, 3, 4], "reported_by": ["army", "ministry", "police", "police"]})
    >>> event_fatalities(events, figures).tolist()
    [21.0, 7.0, <NA>]
    """
    return event_figures(events, casualties)["total"].array


def event_figures(events: pd.DataFrame, casualties: pd.DataFrame | None) -> pd.DataFrame:
    """Each event's ``total`` (as :func:`event_fatalities`), its range ``low`` and ``high``
    (the sums of the reconciled lows and highs; a figure's best where it gives none) and
    its reconciled best figure
    per victim group (one column per group of :data:`~analysis.schema.VICTIM_GROUPS`,
    missing where the group has none), in the events' order: what scoring compares.

    >>> import pandas as pd
    >>> events = pd.DataFrame({"event_id": ["e1", "e2"]})
    >>> figures = pd.DataFrame({"event_id": ["e1", "e1", "e2"],
    ...     "victim_group": ["security_forces", "militants", "unknown"],
    ...     "best": [14, 21, 21], "reported_by": ["army", "army", "ACLED"]})
    >>> event_figures(events, figures)[["total", "security_forces", "militants"]]
       total  security_forces  militants
    0   35.0             14.0       21.0
    1   21.0              NaN        NaN
    >>> float(event_figures(events, figures).loc[1, "unknown"])
    21.0
    >>> event_figures(events, figures)[["low", "high"]].values.tolist()
    [[35.0, 35.0], [21.0, 21.0]]
    """
    table = _event_figures(casualties)
    return table.reindex(events["event_id"].astype("str").to_numpy()).reset_index(drop=True)


def _figure_frame(fatalities: pd.DataFrame | ExtensionArray) -> pd.DataFrame:
    """``fatalities`` as :func:`event_figures` gives them: a frame as it is, an array of
    totals with no group figures."""
    if isinstance(fatalities, pd.DataFrame):
        return fatalities.reset_index(drop=True)
    frame = pd.DataFrame({"total": pd.array(fatalities, dtype="Float64")})
    frame["low"] = frame["high"] = frame["total"]
    for group in VICTIM_GROUPS:
        frame[group] = np.nan
    return frame


def _event_figures(casualties: pd.DataFrame | None) -> pd.DataFrame:
    """Per event_id: the total best figure across victim groups (claims reconciled, no
    boasts) and the best figure per victim group."""
    if casualties is None or casualties.empty:
        return _figure_table(pd.Series(dtype="Float64"), pd.DataFrame())
    figures = casualties.copy(deep=False)
    for name, default in (("reported_by", pd.NA), ("perpetrator_claim", False)):
        if name not in figures.columns:
            figures[name] = default
    for name in ("low", "high"):
        if name not in figures.columns:
            figures[name] = figures["best"]
    figures = figures.astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    # An event with one figure, not a claim, totals that figure (what reconcile gives);
    # only events with several figures go through the reconciliation.
    ids = figures["event_id"].astype("str")
    codes, _ = pd.factorize(ids)
    single = (np.bincount(codes[codes >= 0])[codes] == 1) & (codes >= 0)
    single &= ~figures["perpetrator_claim"].fillna(False).astype(bool).to_numpy()
    direct = {
        name: pd.Series(
            figures[name].to_numpy()[single], index=ids.to_numpy()[single], dtype="Float64"
        )
        for name in ("best", "low", "high")
    }
    fatalities, _ = reconcile(figures[~single])
    summed = fatalities.groupby("cluster_id")[["best", "low", "high"]].sum(min_count=1)
    lone = pd.DataFrame(
        {
            "cluster_id": ids.to_numpy()[single],
            "victim_group": figures["victim_group"].astype("str").to_numpy()[single],
            "best": direct["best"].to_numpy(),
        }
    )
    by_group = pd.concat([lone, fatalities[["cluster_id", "victim_group", "best"]]])
    groups = by_group.set_index(["cluster_id", "victim_group"])["best"].unstack()
    totals = {
        name: pd.concat([direct[name], summed[name].astype("Float64")])
        if len(summed)
        else direct[name]
        for name in ("best", "low", "high")
    }
    return _figure_table(totals["best"], groups, totals["low"], totals["high"])


def _figure_table(
    totals: pd.Series,
    groups: pd.DataFrame,
    low: pd.Series | None = None,
    high: pd.Series | None = None,
) -> pd.DataFrame:
    """The totals per event_id (best, and the sums of the lows and highs: the event's
    range, the best where a figure has no range; none without a best) beside the group
    figures (float, NaN where none)."""
    table = pd.DataFrame({"total": totals})
    for name, values in (("low", low), ("high", high)):
        values = totals if values is None else values
        best = totals.astype("Float64")
        table[name] = values.astype("Float64").fillna(best).mask(best.isna()).array
    for group in VICTIM_GROUPS:
        column = groups[group] if group in groups.columns else pd.Series(dtype="float64")
        table[group] = (
            column.astype("Float64").reindex(table.index).to_numpy(dtype="float64", na_value=np.nan)
        )
    return table


# --- linking ----------------------------------------------------------------------------


def _union(
    edges: np.ndarray, source: np.ndarray, rank: np.ndarray
) -> tuple[np.ndarray, list[bool]]:
    """Union-find over ``edges`` (2 × n row positions) in order; refuse a link that joins
    two events of one source (``source`` codes per row).

    Returns each row's root (the row with the smallest id, by ``rank``, in its cluster;
    itself when unlinked) and, per edge, whether it was accepted. Loops over the edges
    above the threshold, not over the events.
    """
    # lists indexed by the edges' rows (numbered 0 … k - 1), not dicts: a row's parent, and
    # its root's sources as bits (0: the row was never a root of a cluster of two or more)
    nodes, local = np.unique(edges, return_inverse=True)
    local = local.reshape(edges.shape)
    parent = list(range(len(nodes)))
    seen = [0] * len(nodes)
    order = rank[nodes].tolist()
    bit = [1 << code for code in source[nodes].tolist()]

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    accepted = []
    for left, right in zip(local[0].tolist(), local[1].tolist(), strict=True):
        a, b = find(left), find(right)
        seen_a = seen[a] or bit[a]
        seen_b = seen[b] or bit[b]
        if a != b and seen_a & seen_b:
            accepted.append(False)
            continue
        if a != b:
            root, other = (a, b) if order[a] <= order[b] else (b, a)
            parent[other] = root
            seen[root] = seen_a | seen_b
        accepted.append(True)
    root = np.arange(len(rank))
    root[nodes] = nodes[[find(node) for node in range(len(nodes))]]
    return root, accepted


def _cluster_sources(cluster: pd.Series, source: pd.Series) -> pd.Series:
    """Sorted distinct sources per cluster, "; "-joined; only multi-source clusters joined.

    Each cluster's sources are a set of bits, one per source name in sorted order; the text
    is made once per distinct set (a handful), not once per cluster.

    >>> _cluster_sources(pd.Series(["a", "a", "b", "a"]), pd.Series(["ucdp", "acled", "gtd",
    ...     "acled"])).tolist()
    ['acled; ucdp', 'acled; ucdp', 'gtd', 'acled; ucdp']
    """
    values = source.astype("str")
    names = np.unique(values.dropna().to_numpy(dtype=object)) if values.notna().all() else []
    if 0 < len(names) < 63:
        clusters, _ = pd.factorize(cluster.astype("str"))
        code = np.searchsorted(names, values.to_numpy(dtype=object))
        bits = np.zeros(clusters.max() + 1, dtype="int64")
        np.bitwise_or.at(bits, clusters, np.left_shift(1, code, dtype="int64"))
        sets, inverse = np.unique(bits, return_inverse=True)
        texts = np.array(
            ["; ".join(n for k, n in enumerate(names) if int(s) >> k & 1) for s in sets],
            dtype=object,
        )
        return pd.Series(texts[inverse][clusters], index=cluster.index, dtype="str")
    distinct = pd.DataFrame({"cluster": cluster, "source": source}).drop_duplicates()
    distinct = distinct.sort_values(["cluster", "source"], kind="stable")
    several = distinct["cluster"].duplicated(keep=False)
    joined = distinct[several].groupby("cluster", sort=False)["source"].agg("; ".join)
    single = distinct[~several].set_index("cluster")["source"]
    return cluster.map(pd.concat([single, joined])).astype("str")


# --- helpers ----------------------------------------------------------------------------


def _column(events: pd.DataFrame, name: str) -> pd.Series:
    """A column, or an all-missing one when the frame lacks it."""
    if name in events.columns:
        return events[name]
    return pd.Series(pd.NA, index=events.index, dtype="object")


def _trusted_coordinates(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Latitude and longitude, missing where ``geo_precision`` is too coarse to compare."""
    lat = pd.to_numeric(_column(events, "latitude"), errors="coerce").astype("float64")
    lon = pd.to_numeric(_column(events, "longitude"), errors="coerce").astype("float64")
    coarse = _column(events, "geo_precision").astype("str").isin(UNTRUSTED_GEO)
    lat, lon = lat.mask(coarse), lon.mask(coarse)
    missing = lat.isna() | lon.isna()
    return lat.mask(missing).to_numpy(), lon.mask(missing).to_numpy()


def _select(conditions: list, choices: list, default) -> np.ndarray:
    """``np.select`` with pandas conditions; a missing condition counts as False."""
    flags = [pd.Series(c).fillna(False).to_numpy(dtype=bool) for c in conditions]
    values = [c.to_numpy() if isinstance(c, pd.Series) else c for c in choices]
    return np.select(flags, values, default)


def _haversine(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km (nan where a coordinate is missing)."""
    p1, p2 = np.radians(np.asarray(lat1, "float64")), np.radians(np.asarray(lat2, "float64"))
    dlat = p2 - p1
    dlon = np.radians(np.asarray(lon2, "float64") - np.asarray(lon1, "float64"))
    h = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def _name_key(values: pd.Series) -> pd.Series:
    """Casefolded, accent- and punctuation-free name, "province"/"district"… dropped.

    Computed once per distinct value (a million events name a few thousand places).
    """
    codes, uniques = pd.factorize(values.astype("str"))
    keys = _name_key_distinct(pd.Series(np.asarray(uniques, dtype=object), dtype="str"))
    found = np.append(keys.to_numpy(dtype=object), None)[codes]  # code -1 → missing
    return pd.Series(found, index=values.index, dtype="str")


def _name_key_distinct(values: pd.Series) -> pd.Series:
    text = values.astype("str").str.normalize("NFKD").str.casefold()
    text = text.str.replace(r"[\u0300-\u036f]", "", regex=True)
    text = text.str.replace(r"[^0-9a-z]+", " ", regex=True)
    text = text.str.replace(PLACE_WORDS, " ", regex=True)
    text = text.str.replace(r"\s+", " ", regex=True).str.strip()
    return text.replace("", pd.NA).astype("str")


def _place_key(values: pd.Series) -> pd.Series:
    """Name key with spaces dropped, so "Musa Khel" and "Musakhel" compare equal."""
    return _name_key(values).str.replace(" ", "", regex=False).astype("str")


def _actor_keys(values: pd.Series) -> pd.Series:
    """Sorted distinct meaningful words of each actor name; missing when none is left."""
    names = values.astype("str")
    distinct = names.dropna().unique()
    keys = {name: _actor_key(name) for name in distinct}
    return names.map(keys).replace("", pd.NA).astype("str")


def _civilians_by_type(keys: pd.Series, events: pd.DataFrame, column: str) -> pd.Series:
    """Actor ``keys`` with every named actor the cleaning types as civilians (``column``)
    read as ``civilians``: ACLED's "Students (Pakistan)" or "Hazara Ethnic Group
    (Afghanistan)" (civilians by their inter code) are the civilians another source names
    by its target type ("Civilians (Pakistan)", GTD's private citizens).

    >>> keys = pd.Series(["students", "civilians", "bla", None], dtype="str")
    >>> events = pd.DataFrame({"actor2_type": ["civilians", "civilians", "rebel/separatist",
    ...                                        "civilians"]})
    >>> typed = _civilians_by_type(keys, events, "actor2_type")
    >>> typed.iloc[:3].tolist(), bool(typed.isna().iloc[3])
    (['civilians', 'civilians', 'bla'], True)
    """
    civilian = _column(events, column).eq("civilians").fillna(False).to_numpy(dtype=bool)
    return keys.mask(civilian & keys.notna().to_numpy(), "civilians")


def _actor_key(name: str) -> str:
    """The meaningful words of an actor name, sorted; country names are dropped whole, so
    "Military Forces of Burkina Faso" and "Civilians (Burkina Faso)" share no word.

    >>> _actor_key("Military Forces of Burkina Faso (2022-)"), _actor_key("Civilians (Mali)")
    ('state_forces', 'civilians')
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = _country_phrases().sub(" ", text)
    words = {ACTOR_ALIASES.get(w, w) for w in re.findall(r"[a-z]+", text) if len(w) > 1}
    return " ".join(sorted(words - GENERIC_WORDS - _country_words()))


@cache
def _country_words() -> frozenset[str]:
    """One-word country names ("pakistan", "afghanistan"): shared by unrelated actors."""
    return frozenset(n for n in country_table()["name"].str.casefold() if n.isalpha())


@cache
def _country_phrases() -> re.Pattern:
    """Country names of several words ("burkina faso", "central african republic"), longest
    first, as whole words: like one-word names, shared by unrelated actors."""
    names = country_table()["name"].str.casefold().str.strip()
    phrases = sorted({n for n in names if " " in n and re.fullmatch(r"[a-z ]+", n)}, key=len)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in reversed(phrases)) + r")\b")


def _distinct_rows(columns: list[pd.Series]) -> tuple[list[np.ndarray], np.ndarray]:
    """The distinct combinations of the columns' values (object arrays, None for missing)
    and, for each row, the index of its combination.

    >>> values, inverse = _distinct_rows([pd.Series(["a", "b", "a"]), pd.Series([1, 1, 1])])
    >>> [list(v) for v in values], inverse.tolist()
    ([['a', 'b'], [1, 1]], [0, 1, 0])
    """
    frame = pd.DataFrame({k: pd.Series(c).reset_index(drop=True) for k, c in enumerate(columns)})
    inverse, distinct = factorize_rows(frame)
    values = []
    for k in range(len(columns)):
        column = distinct[k].astype(object)
        values.append(column.where(column.notna(), None).to_numpy(dtype=object))
    return values, inverse


def _similar(a: pd.Series, b: pd.Series, scorer) -> np.ndarray:
    """``scorer(a[i], b[i])`` (0..100) per row, nan where either is missing.

    Computed once per distinct pair of values with rapidfuzz's vectorised ``cpdist``.
    """
    if len(a) == 0:
        return np.full(0, np.nan)
    (va, vb), inverse = _distinct_rows([pd.Series(a), pd.Series(b)])
    both = np.array([x is not None and y is not None for x, y in zip(va, vb, strict=True)])
    score = np.full(len(va), np.nan)
    if both.any():
        score[both] = process.cpdist(
            [str(x) for x in va[both]], [str(y) for y in vb[both]], scorer=scorer
        ).astype("float64")
    return score[inverse]
