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

report = open_report("timeline", globals())

# %%
# Title, summary and headline numbers
report.header()
report.headline()

# %%
# Where events happened
report.maps("event_type")

# %%
# Events per period, stacked by event type
periods = metrics.per_period(report.events, report.fatalities, *report.span)
report.section("Events and fatalities over time")
chart = plots.stacked_periods(periods, "events", title="Events per period, by type")
report.figure(chart, caption=report.period_caption())

# %%
# Fatalities per period, the deadliest events annotated
worst = metrics.deadliest(report.events, report.fatalities, n=3)
title, ylabel = "Fatalities per period, by type", "fatalities (best estimate)"
chart = plots.stacked_periods(periods, "best", title=title, ylabel=ylabel, annotate=worst)
report.figure(chart, caption=plots.annotation_key(worst))

# %%
# Deadliest events
worst = metrics.deadliest(report.events, report.fatalities, n=report.top)
report.section("Deadliest events")
report.table(
    worst[["date", "place", "actors", "type", "fatalities"]],
    empty="No event of this period has a known death toll above zero.",
)

# %%
# Coordinated attacks: one line per campaign, with its parts
report.section(
    "Coordinated attacks",
    "Attacks by one actor in one province on one day or overnight into the next, or GTD's "
    "related incidents: one campaign, named after its first day (its events in the period).",
)
report.table(metrics.campaigns(report.events, report.fatalities).drop(columns=metrics.BOUNDS))

# %%
# Change against the previous period
report.comparison()

# %%
# Chronology: the deadliest and latest events; every event in the CSV download
report.chronology()

# %%
# Parameters used and methodology
report.parameters()
report.methodology()
