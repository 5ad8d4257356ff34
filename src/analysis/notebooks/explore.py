# %% [markdown]
# # Exploring the event data
#
# This notebook is a guided tour for an analyst new to the `analysis` package. It uses the
# **demo store**: the small ACLED, UCDP GED and GTD samples and the hand-coded seed table bundled
# with the package, ingested and cleaned. Run it top to bottom (**Run ▸ Run All Cells**); on the
# first run it builds the demo store, which takes about ten seconds.
#
# The tour looks at one province and one month: Balochistan, Pakistan, August 2024. The
# parameters below choose another store and selection, in the notebook or with papermill:
#
# ```sh
# papermill explore.ipynb brief.ipynb -p store data/events.duckdb -p country "Burkina Faso" \
#     -p admin1 Sahel -p start 2025-01-01 -p end 2025-03-31
# ```
#
# A few words the package uses:
#
# - a **source record** is one row from one dataset (an ACLED event, a UCDP event, …);
# - a **real event** is what happened on the ground. When ACLED, UCDP and an analyst's table
#   all describe the same attack, cleaning links their records into one real event, which
#   is counted once;
# - **fatalities** are ranges: sources disagree, so every figure has a *low*, a *best*
#   estimate and a *high*. A range is written `74–86 (best 74)`; a single number means all
#   three agree.
#
# Every number here is computed by the same code as the HTML reports (`analysis report`),
# so a table in this notebook and a report on the same selection agree.

# %% tags=["parameters"]
# The event store to explore (a cleaned .duckdb file). "demo" is the demo store, built from
# the bundled samples the first time it is needed; a path to your own store works too.
store = "demo"
# The selection the tour looks at; "" leaves a filter out.
country = "Pakistan"  # a country name or ISO3 code, or several: "Burkina Faso, Mali"
admin1 = "Balochistan"  # a province, or several: "Sindh, Punjab"
admin2 = ""  # a district, or several: "Kech, Gwadar"
start = "2024-08-01"  # first day, YYYY-MM-DD
end = "2024-08-31"  # last day, inclusive

# %% [markdown]
# ## 1. Load the store
#
# `explore.load` opens the store and selects every real event in it. Showing the result
# gives a summary: how many real events, from how many source records, over which dates,
# and the fatalities by victim group, followed by the first events in date order.

# %%
from analysis import explore

events = explore.load(store)
events

# %% [markdown]
# ## 2. Filter a province and a period
#
# `.filter(...)` returns a new selection and leaves `events` as it was. The filters are
# `country` (name or ISO3 code), `admin1` (a province or a list of them), `admin2` (a
# district or a list of them: the events known to it, not those known only to their province
# or country; a district name several provinces share asks for the province), `start` and `end`
# (inclusive dates; an event counts when the day its source dates it to is within them),
# `actor` (part of any actor's name, or an alias the actor table knows, such as "BLA"),
# `event_type` (an event type or sub-event type) and `source`; case does not matter. Names
# are checked against the store: a misspelt province raises an error that suggests the
# right spelling, a province name that several countries share (Nord: Burkina Faso and
# Cameroon) asks for the country, and a selection that matches nothing says which filter
# emptied it, with a suggestion.
#
# Events dated only to a week or a month (some ACLED and UCDP records) count once, on
# one day: ACLED's event_date for a week (the middle of the week), else the first day of
# the span, as in the reports, so two consecutive selections never count one event twice.

# %%
selection = events.filter(country=country, admin1=admin1, admin2=admin2, start=start, end=end)
selection

# %% [markdown]
# The headline numbers: the count of real events, then the fatalities in total and by
# victim group. The tables the package returns keep `low`, `best` and `high` as numbers
# (to compute with); `explore.readable` turns them into one readable range column.

# %%
explore.readable(selection.headline())

# %% [markdown]
# ## 3. Look at a week
#
# Filters add up: `deadliest_week()` narrows the selection to the seven days around its
# deadliest event (the same as `.filter(start=…, end=…)` with those days). `timeline` counts
# events and deaths per period; `freq` is `"day"`, `"week"` or `"month"` (by default it
# follows the length of the period), and `by=None` gives one row per period instead of
# one per event type.

# %%
week = selection.deadliest_week()
explore.readable(week.timeline(freq="day", by=None))

# %% [markdown]
# ## 4. Charts
#
# Every `plot_...` method returns a chart drawn by the same code as the reports. First,
# events per period, stacked by event type:

# %%
selection.plot_timeline()

# %% [markdown]
# The same bars for deaths (best estimate). The numbers on the bars mark the three
# deadliest events, listed by `deadliest()`:

# %%
selection.plot_timeline("best")

# %%
selection.deadliest(3)[["date", "place", "actors", "fatalities"]]

# %% [markdown]
# The running total of deaths: the line is the best estimate, the band runs from low to
# high.

# %%
selection.plot_cumulative()

# %% [markdown]
# ### Where
#
# `plot_map()` draws the events over country and province outlines (Natural Earth): each
# event placed to a town or district is a circle sized by its best estimate of deaths and
# coloured by event type (or `colour_by="victim_group"` or `"actor"`); events known only to
# their province shade that province, with their number.

# %%
selection.plot_map()

# %% [markdown]
# ## 5. Who was killed
#
# `casualties()` gives the fatalities by victim group (civilians, security forces,
# militants, unknown). In the chart the bar is the best estimate and the whisker runs from
# low to high.

# %%
explore.readable(selection.casualties())

# %%
selection.plot_casualties()

# %% [markdown]
# Where: the provinces of the whole country (of every country when none is chosen) in the
# same period, deadliest first.

# %%
country_wide = events.filter(country=country, start=start, end=end)
country_wide.plot_places()

# %% [markdown]
# The same deaths on a map of the provinces:

# %%
country_wide.plot_provinces()

# %% [markdown]
# ## 6. Actors
#
# `actors()` lists every actor with the events it took part in and the deaths in those
# events: an actor counts in every event any source names it in, as actor 1, actor 2 or an
# associated actor, the same events as `filter(actor=...)` selects. An event counts for each
# of its actors, so the rows do not add up to the total. With `state_forces=True`, a row
# "State forces of X" counts the events of all of a state's forces actors together (UCDP's
# "Government of X", ACLED's military and police), each event once, beside its members.

# %%
explore.readable(selection.actors(top=8, state_forces=True))

# %%
selection.plot_actors()

# %% [markdown]
# Who acts against whom (actor 1 in rows, actor 2 in columns), the most active actors over
# time, and whom each actor's attacks killed:

# %%
selection.plot_pairs()

# %%
selection.plot_activity()

# %%
selection.plot_victims()

# %% [markdown]
# ### An actor's aliases
#
# Sources spell actors differently ("BLA", "BLA: Baloch Liberation Army", "Baloch
# Liberation Army (BLA)"). Cleaning maps every spelling to one name. `aliases` shows the
# spellings in the bundled alias table and those that cleaning renamed in this store, with
# how many records used each, here for the selection's most active actor (in the demo, the
# Baloch Liberation Army).

# %%
actor = selection.most_active_actor()  # None when the selection names nobody
selection.aliases(actor)

# %% [markdown]
# Filtering by actor matches any part of a name, on either side of an event, or any alias
# of an actor (`actor="BLA"` selects the Baloch Liberation Army's events):

# %%
by_actor = selection.filter(actor=actor)
explore.readable(by_actor.headline())

# %% [markdown]
# ## 7. Which sources reported an event
#
# `duplicates()` lists the real events that several source records describe, one row per
# record: its source, whether it is the record that represents the event (`primary`), the
# figures that source gave, the event's reconciled toll, and the link that joined it (the
# other record, a score from 0 to 1 and the reasons).

# %%
columns = ["cluster_id", "event_id", "source", "primary", "figures", "reconciled", "score"]
selection.duplicates()[columns]

# %% [markdown]
# One event, found by any of its record ids (`.event("seed:BAL-2024-08-25-01")`); without
# an id, the deadliest event that several sources reported (in the demo, the clash of 26
# August that ACLED, UCDP and the seed table all recorded).

# %%
one = selection.event()
one[["event_id", "source", "date", "place", "figures", "reasons"]]

# %% [markdown]
# How each source's figures became the reconciled ranges:

# %%
selection.figures().head(12)

# %% [markdown]
# ## 8. Coordinated attacks
#
# Events of one actor in one province on one day or overnight into the next (two calendar
# days at most) are linked into a **campaign**. `campaigns()` lists each with its parts.

# %%
explore.readable(selection.campaigns())

# %% [markdown]
# ## 9. Every event, and going further
#
# `chronology()` lists every real event in date order, with its sources, campaign and the
# source's notes.

# %%
selection.chronology()

# %% [markdown]
# The selection's tables are plain pandas DataFrames, ready for your own analysis:
# `selection.events` (one row per real event), `selection.fatalities` (reconciled,
# per event and victim group), `selection.rows` (every source record) and
# `selection.source_casualties` (each source's figures). The functions in
# `analysis.metrics` take `events` and `fatalities`.
#
# To turn a selection into a shareable report, run in a terminal:
#
# ```sh
# analysis report all --store data/demo.duckdb --out reports \
#     --param admin1=Balochistan --param start=2024-08-01 --param end=2024-08-31
# ```

# %%
selection.rows.groupby("source").size()  # source records per dataset
