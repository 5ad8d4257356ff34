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

report = open_report("casualties", globals())

# %%
# Title, summary and headline numbers
report.header()
report.headline()

# %%
# Where events happened
report.maps("victim_group")

# %%
# Fatalities by victim group, with uncertainty
groups = metrics.by_victim_group(report.events, report.fatalities)
report.section("Fatalities by victim group", "Bars: best estimate; whiskers: low to high.")
report.figure(plots.range_bars(groups, "victim_group", "Fatalities by victim group"))
report.table(groups.drop(columns="group"))

# %%
# Fatalities by province, then by district (named as the selection's countries call them)
places = metrics.by_place(report.events, report.fatalities)
report.section(f"Fatalities by {report.place_term}")
report.figure(
    plots.range_bars(places.head(report.top), "admin1", f"Fatalities by {report.place_term}")
)
report.districts()

# %%
# Fatalities by event type
types = metrics.by_event_type(report.events, report.fatalities)
report.section("Fatalities by event type")
report.figure(plots.range_bars(types, "event_type", "Fatalities by event type"))
report.table(types)

# %%
# Cumulative fatalities over time
running = metrics.cumulative(report.events, report.fatalities, *report.span)
report.section("Cumulative fatalities")
report.figure(plots.cumulative_band(running, "Fatalities, running total"))

# %%
# Deadliest events
worst = metrics.deadliest(report.events, report.fatalities, n=report.top)
report.section("Deadliest events")
report.table(
    worst[["date", "place", "actors", "type", "fatalities"]],
    empty="No event of this period has a known death toll above zero.",
)

# %%
# Each source's figures and the reconciled ranges
figures = metrics.reconciliation(report.rows, report.casualties, report.fatalities)
report.section("Reconciled figures", "Each source's figure, and how the range was formed.")
report.table(figures, max_rows=100)

# %%
# Change against the previous period
report.comparison()

# %%
# Every event of the selection as a CSV download
report.download()

# %%
# Parameters used and methodology
report.parameters()
report.methodology()
