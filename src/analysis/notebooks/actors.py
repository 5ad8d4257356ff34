# %% tags=["parameters"]
# Parameters: papermill replaces them (see analysis.reports.params for every option)
store = ""  # event store (.duckdb) or ACLED/UCDP/GTD file; empty: the default store
country = ""  # country name or ISO3, or several: "Burkina Faso, Mali"; empty: every country
admin1 = ""  # comma-separated first-level regions; empty: all
admin2 = ""  # comma-separated districts (a shared name needs admin1 or country); empty: all
start = ""  # YYYY-MM-DD; empty: first event of the selection
end = ""  # YYYY-MM-DD; empty: latest event of the selection
window = ""  # instead of start/end: "last 30 days", "last 2 weeks", "last 3 months"
freq = "auto"  # day | week | month | auto
title = ""  # empty: kind, region and period
compare = "yes"  # compare with the previous period: as many whole months, else days
include_unconfirmed = "no"  # count events whose claim is unconfirmed
top = "8"  # rankings show the top N

# %%
# Load the events of the selection
from analysis import metrics, plots
from analysis.reports import open_report

report = open_report("actors", globals())

# %%
# Title, summary and headline numbers
report.header()
report.headline()

# %%
# Where events happened
report.maps("actor")

# %%
# Events and fatalities by actor, and each state's forces together beside their members
actors = metrics.by_actor(
    report.events, report.fatalities, top=report.top, rows=report.rows, state_forces=True
)
report.section("Events and fatalities by actor", metrics.actor_counting(actors))

# %%
# Deaths in each actor's events, and the table
by_deaths = actors.sort_values("best", ascending=False)
report.figure(plots.range_bars(by_deaths, "actor", "Deaths in each actor's events", "actor_type"))
report.table(actors)

# %%
# Events and fatalities by actor type
types = metrics.by_actor_type(report.events, report.fatalities, rows=report.rows)
report.table(types, "By actor type")

# %%
# Who interacts with whom
pairs = metrics.actor_pairs(report.events, top=report.top)
report.section("Who acts against whom", "Events per pair: actor 1 (rows), actor 2 (columns).")
report.figure(plots.pair_heatmap(pairs, "Events per actor pair"))

# %%
# Activity over time of the most active actors
activity = metrics.actor_activity(report.events, *report.span, top=5)
report.section("Activity over time")
report.figure(plots.activity_lines(activity, "Events per period, most active actors"))

# %%
# Whom each actor targets
victims = metrics.victims_by_actor(report.events, report.fatalities, top=report.top)
report.section("Whom each actor targets", "Deaths in the events each actor initiated.")
report.figure(plots.stacked_groups(victims, "actor", title="Deaths by victim group, by actor"))
report.table(metrics.targets(report.events, report.fatalities, top=report.top), "Targets")

# %%
# Claimed versus attributed events
claims = metrics.claims_by_actor(report.events, report.fatalities, report.claims, report.top)
report.section("Claimed versus attributed", "Claimed by the actor, or attributed by a source.")
report.table(claims)

# %%
# Every event of the selection as a CSV download
report.download()

# %%
# Parameters used and methodology
report.parameters()
report.methodology()
