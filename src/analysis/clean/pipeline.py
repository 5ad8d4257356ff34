"""``analysis.clean``: every cleaning step, chained, keeping every row and logging each change.

Steps, in order: places (gazetteer spellings, missing coordinates, out-of-country flags) →
actors (aliases, ACLED suffixes, fuzzy suggestions) → duplicates across sources
(``cluster_id``, ``cluster_sources``, ``is_primary``) → coordinated attacks
(``campaign_id``). Cleaning clean data changes nothing.

:func:`clean` returns a :class:`Cleaned`: the cleaned events with what cleaning found out
on the way, ``changes`` (step, column, before, after, rows), ``actor_suggestions`` and
``duplicate_pairs``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
from pandas.api.extensions import ExtensionArray

from analysis.arrow_text import isin
from analysis.casualty_phrases import count_from_notes
from analysis.clean.actors import NAMED_COLUMNS, normalise_actors
from analysis.clean.campaigns import link_campaigns
from analysis.clean.changes import (
    empty_changes,
    empty_event_changes,
    event_changes,
    record_changes,
)
from analysis.clean.duplicates import link_duplicates
from analysis.clean.places import LOGGED, normalise_places
from analysis.schema import CASUALTY_COLUMNS, _typed


@dataclass
class Cleaned:
    """What :func:`clean` returns: the events, one row per input row, and its logs."""

    events: pd.DataFrame
    changes: pd.DataFrame  # step, column, before, after, rows
    actor_suggestions: pd.DataFrame  # names resolved only fuzzily or not at all
    duplicate_pairs: pd.DataFrame  # scored candidate pairs across sources, from REVIEW_FLOOR


def clean(
    events: pd.DataFrame,
    casualties: pd.DataFrame | None = None,
    campaigns: bool = True,
    spellings: pd.DataFrame | None = None,
    pairs_sink: Callable[[pd.DataFrame], None] | None = None,
    fatalities: pd.DataFrame | ExtensionArray | None = None,
) -> Cleaned:
    """Run every cleaning step over canonical ``events``; see the module docstring.

    ``casualties`` (optional) lets duplicate scoring compare fatality figures; or, instead,
    ``fatalities``: each event's total and figures by victim group as
    :func:`~analysis.clean.duplicates.event_figures` gives them (or the totals alone, as
    :func:`~analysis.clean.duplicates.event_fatalities` gives them), in the events' order
    (the figures themselves need not be held). With
    ``campaigns`` False the last step is left out and ``campaign_id`` is kept as given
    (missing when not given): the store links campaigns in SQL over all its events
    (:func:`analysis.store.campaigns.link_campaigns_sql`). ``spellings`` (a store's
    :func:`~analysis.clean.places.place_spellings`) fixes the spelling of the place names it
    lists, whatever the other events are. With ``pairs_sink``, the scored duplicate pairs
    go to it in parts as they are known and ``duplicate_pairs`` is empty (see
    :func:`~analysis.clean.duplicates.link_duplicates`).

    >>> from analysis.schema import empty_events
    >>> cleaned = clean(empty_events())
    >>> len(cleaned.events), cleaned.changes.empty
    (0, True)
    """
    rows_in = len(events)
    logs = [empty_changes()]
    placed, place_changes = normalise_places(events, spellings=spellings)
    logs.append(place_changes)
    named, actor_changes, suggestions = normalise_actors(placed)
    logs.append(actor_changes)
    linked, pairs = link_duplicates(
        named.drop(columns="is_primary", errors="ignore"),
        casualties,
        pairs_sink=pairs_sink,
        fatalities=fatalities,
    )
    linked["is_primary"] = linked["event_id"].eq(linked["cluster_id"])
    unlinked = named.get("cluster_id", named["event_id"])  # before: each event its own cluster
    logs.append(record_changes("duplicates", "cluster_id", unlinked, linked["cluster_id"]))
    before = events.get("campaign_id", pd.Series(pd.NA, index=events.index, dtype="str"))
    if campaigns:
        result = link_campaigns(linked)
        logs.append(record_changes("campaigns", "campaign_id", before, result["campaign_id"]))
    else:
        result = linked.assign(
            campaign_id=pd.Series(before.to_numpy(), index=linked.index, dtype="str")
        )
    if len(result) != rows_in:
        raise RuntimeError(f"cleaning changed the number of events: {rows_in} → {len(result)}")
    result.attrs = {}
    return Cleaned(
        events=result,
        changes=pd.concat([log for log in logs if not log.empty] or logs, ignore_index=True),
        actor_suggestions=suggestions,
        duplicate_pairs=pairs,
    )


def changed_values(events: pd.DataFrame, cleaned: pd.DataFrame) -> pd.DataFrame:
    """Per event, the values :func:`clean` changed: ``event_id, step, column, before,
    after``; summed up per (step, column, before, after) it is the cleaning's change log.

    ``cleaned`` is ``clean(events)`` (same rows, same order). No step rewrites another
    step's columns, so each column's change is the source value against the final one.

    >>> from analysis.clean.changes import summarise_changes
    >>> from analysis.schema import empty_events
    >>> changed_values(empty_events(), clean(empty_events()).events).empty
    True
    """
    if (
        not events["event_id"]
        .astype("str")
        .reset_index(drop=True)
        .equals(cleaned["event_id"].astype("str").reset_index(drop=True))
    ):
        raise ValueError("cleaned events are not the events' rows in the same order")
    ids = events["event_id"]
    columns = [("places", c) for c in LOGGED if c in events]
    columns += [("actors", c) for c in NAMED_COLUMNS if c in events]
    parts = [empty_event_changes()]
    parts += [event_changes(step, c, events[c], cleaned[c], ids) for step, c in columns]
    unlinked = events.get("cluster_id", events["event_id"])
    parts.append(event_changes("duplicates", "cluster_id", unlinked, cleaned["cluster_id"], ids))
    before = events.get("campaign_id", pd.Series(pd.NA, index=events.index, dtype="str"))
    parts.append(event_changes("campaigns", "campaign_id", before, cleaned["campaign_id"], ids))
    return pd.concat([p for p in parts if len(p)] or parts, ignore_index=True)


def derive_figures(events: pd.DataFrame, casualties: pd.DataFrame) -> pd.DataFrame:
    """Add figures parsed from ``notes`` for events whose source gave no known figure.

    Derived rows have ``derived`` True, victim group unknown, and ``reported_by``
    "<source> notes". Events that already have a known or derived figure are left alone, so
    running it twice adds nothing.

    >>> import pandas as pd
    >>> from analysis.schema import empty_casualties
    >>> events = pd.DataFrame({"event_id": ["seed:1"], "source": ["seed"],
    ...     "notes": ["Militants stormed the station, killing at least 10 people."]})
    >>> derive_figures(events, empty_casualties())[["low", "qualifier", "derived"]].to_dict(
    ...     "records")
    [{'low': 10, 'qualifier': 'at_least', 'derived': True}]
    """
    known = casualties.loc[casualties["best"].notna() | casualties["derived"], "event_id"]
    todo = events[~isin(events["event_id"], known) & events["notes"].notna().to_numpy()]
    if todo.empty:
        return casualties
    found = count_from_notes(todo["notes"])
    hit = found["qualifier"].ne("unknown") & found["best"].notna()
    todo, found = todo[hit.to_numpy()], found[hit.to_numpy()]
    if todo.empty:
        return casualties
    derived = pd.DataFrame(
        {
            "event_id": todo["event_id"].to_numpy(),
            "victim_group": "unknown",
            "low": found["low"].to_numpy(),
            "best": found["best"].to_numpy(),
            "high": found["high"].to_numpy(),
            "qualifier": found["qualifier"].to_numpy(),
            "reported_by": (todo["source"] + " notes").to_numpy(),
            "figure_text": found["figure_text"].to_numpy(),
            "derived": True,
            "perpetrator_claim": False,
            "source_row": todo.get("source_row", pd.Series(0, index=todo.index)).to_numpy(),
            "overlap": pd.NA,
        }
    )
    combined = pd.concat([casualties, _typed(derived[CASUALTY_COLUMNS], "casualties")])
    return combined.reset_index(drop=True)
