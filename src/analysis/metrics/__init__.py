"""Report metrics: pure functions from cleaned tables to tidy DataFrames.

One module per kind of question: :mod:`~analysis.metrics.totals` (real events, totals,
comparison), :mod:`~analysis.metrics.periods` (over time), :mod:`~analysis.metrics.tables`
(report tables and the range formatter) and :mod:`~analysis.metrics.actors`; everything is
importable from ``analysis.metrics``. The summary paragraph's wording is the reports'
(:mod:`analysis.reports.wording`).

Inputs follow the cleaned store's contract:

- ``events``: one row per **real event** (a duplicate cluster counted once, through its
  primary row) with the canonical event columns plus ``cluster_id``, ``cluster_sources``,
  ``campaign_id``, ``actor1_type`` and ``actor2_type``; :func:`real_events` makes it from all
  the rows of the selected clusters;
- ``fatalities``: the reconciled figures, one row per ``cluster_id`` × ``victim_group`` with
  ``low``, ``best``, ``high`` (nullable: unknown) — perpetrators' claims are not in it.

Counting rules, used by every report:

- an event's fatalities are the sum over its victim groups of each bound; a group with an
  unknown figure adds nothing, and an event with no known figure has an unknown toll (it
  adds nothing to totals and is counted by :func:`unknown_tolls`);
- totals add the events' bounds: total low = Σ low, best = Σ best, high = Σ high;
- an event is counted in the one period holding the day its source dates it to
  (:func:`dated_days`: ACLED's event_date, the middle of a week-precision span; otherwise
  the first day of its span), so per-period totals add up to the whole and a weekly count of
  ACLED events is ACLED's own count by event_date.

>>> import pandas as pd
>>> fat = pd.DataFrame({"cluster_id": ["a", "a", "b"], "victim_group": ["civilians",
...     "militants", "militants"], "low": [3, 21, None], "best": [3, 21, None],
...     "high": [3, 33, None]}).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
>>> totals = event_fatalities(fat)
>>> totals["high"].tolist()[:1], totals["best"].isna().tolist()
([36], [False, True])
"""

from analysis.metrics.actors import (
    ACTOR_COUNTING,
    CLAIM_ORDER,
    STATE_FORCES_COUNTING,
    STATE_FORCES_ROW,
    UNIDENTIFIED,
    actor_activity,
    actor_counting,
    actor_involvement,
    actor_pairs,
    actor_roles,
    by_actor,
    by_actor_type,
    claims_by_actor,
    headline_actor,
    most_active,
    state_forces,
    state_of,
    targets,
    top_actors,
    victims_by_actor,
)
from analysis.metrics.periods import (
    assign_period,
    cumulative,
    dated_days,
    per_period,
    period_frame,
    spanning_periods,
)
from analysis.metrics.tables import (
    actor_label,
    by_event_type,
    by_place,
    by_victim_group,
    campaigns,
    chronology,
    date_label,
    date_span,
    deadliest,
    fatality_range,
    killed_phrase,
    place_label,
    ranges,
    reconciliation,
    type_label,
    with_ranges,
)
from analysis.metrics.totals import (
    BOUNDS,
    FREQ_CODES,
    GROUP_LABELS,
    NO_ACTOR,
    compare_periods,
    event_fatalities,
    excluded_unconfirmed,
    headline,
    real_events,
    toll_unknown,
    unknown_tolls,
    with_fatalities,
)

__all__ = [
    "BOUNDS",
    "CLAIM_ORDER",
    "FREQ_CODES",
    "GROUP_LABELS",
    "NO_ACTOR",
    "UNIDENTIFIED",
    "ACTOR_COUNTING",
    "STATE_FORCES_COUNTING",
    "STATE_FORCES_ROW",
    "actor_activity",
    "actor_counting",
    "actor_label",
    "actor_pairs",
    "actor_involvement",
    "actor_roles",
    "assign_period",
    "dated_days",
    "by_actor",
    "by_actor_type",
    "by_event_type",
    "by_place",
    "by_victim_group",
    "campaigns",
    "chronology",
    "claims_by_actor",
    "compare_periods",
    "cumulative",
    "date_span",
    "date_label",
    "spanning_periods",
    "deadliest",
    "event_fatalities",
    "excluded_unconfirmed",
    "fatality_range",
    "killed_phrase",
    "most_active",
    "headline_actor",
    "headline",
    "per_period",
    "period_frame",
    "place_label",
    "ranges",
    "real_events",
    "state_forces",
    "state_of",
    "reconciliation",
    "targets",
    "toll_unknown",
    "top_actors",
    "type_label",
    "unknown_tolls",
    "victims_by_actor",
    "with_fatalities",
    "with_ranges",
]
