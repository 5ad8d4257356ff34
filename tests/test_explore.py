"""analysis.explore: the notebook API gives the reports' numbers.

- every table equals the :mod:`analysis.metrics` function on the report's own selection
  (:func:`analysis.reports.data.load_report_data`) for the same filters;
- the actor / event-type filters equal a selection made by hand from the store;
- figures checked by hand in src/analysis/samples/README.md: the seed table (civilians 27, security
  forces 20, militants 21–33, unknown 6: 74–86) and the ACLED sample (Balochistan, August
  2024: 15 events, 78 deaths).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import metrics
from analysis.errors import UserError
from analysis.explore import Events, demo_store, load, readable
from analysis.reports.data import load_report_data, selection_dates, store_places
from analysis.reports.params import parse_params
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import clean_store
from conftest import seed_store

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "analysis" / "samples"


@pytest.fixture(scope="module")
def demo() -> Path:
    return demo_store()  # the run's demo store (conftest.py), built once per process


@pytest.fixture(scope="module")
def seed(tmp_path_factory) -> Path:
    return seed_store(tmp_path_factory.mktemp("seed") / "seed.duckdb")


@pytest.fixture(scope="module")
def acled(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("acled") / "acled.duckdb"
    ingest_files(path, [SAMPLE / "acled_pakistan_sample.csv"])
    with EventStore(path) as store:
        clean_store(store)
    return path


def _report(store: Path, **raw: str):
    """The report's data for the same filters (what `analysis report` counts)."""
    params = parse_params(raw, store_places(store), store, "Test", selection_dates(store))
    return load_report_data(store, params)


SELECTIONS = [
    {},
    {"country": "Pakistan"},
    {"admin1": "Balochistan", "start": "2024-08-01", "end": "2024-08-31"},
    {"admin1": "Balochistan, Khyber Pakhtunkhwa", "start": "2024-08-20", "end": "2024-08-27"},
    {"country": "PAK", "start": "2015-01-01", "end": "2015-12-31"},
]


@pytest.mark.parametrize("raw", SELECTIONS, ids=lambda r: ",".join(r.values()) or "all")
def test_tables_equal_the_metrics_on_the_report_selection(demo, raw):
    events = load(demo, **raw)
    data = _report(demo, **raw)
    ev, fat = data.events, data.fatalities
    start, end, freq = data.params.start, data.params.end, data.params.freq
    assert events.period == (start, end) and events.freq == freq
    pd.testing.assert_frame_equal(events.events, ev)
    pd.testing.assert_frame_equal(events.fatalities, fat)
    pd.testing.assert_frame_equal(events.headline(), metrics.headline(ev, fat))
    pd.testing.assert_frame_equal(
        events.timeline(empty=True), metrics.per_period(ev, fat, start, end, freq)
    )
    for f in ("day", "week", "month"):
        every = metrics.per_period(ev, fat, start, end, f, by=None)
        pd.testing.assert_frame_equal(events.timeline(freq=f, by=None, empty=True), every)
        with_events = every[every["events"].gt(0)].reset_index(drop=True)
        pd.testing.assert_frame_equal(events.timeline(freq=f, by=None, empty=False), with_events)
    pd.testing.assert_frame_equal(
        events.cumulative(), metrics.cumulative(ev, fat, start, end, freq)
    )
    pd.testing.assert_frame_equal(events.casualties(), metrics.by_victim_group(ev, fat))
    rows = data.rows
    pd.testing.assert_frame_equal(events.actors(), metrics.by_actor(ev, fat, rows=rows))
    pd.testing.assert_frame_equal(events.actors(top=3), metrics.by_actor(ev, fat, top=3, rows=rows))
    pd.testing.assert_frame_equal(events.actor_pairs(), metrics.actor_pairs(ev))
    pd.testing.assert_frame_equal(events.places(), metrics.by_place(ev, fat))
    pd.testing.assert_frame_equal(events.places("admin2"), metrics.by_place(ev, fat, "admin2"))
    pd.testing.assert_frame_equal(events.event_types(), metrics.by_event_type(ev, fat))
    pd.testing.assert_frame_equal(events.deadliest(3), metrics.deadliest(ev, fat, 3))
    pd.testing.assert_frame_equal(events.chronology(), metrics.chronology(ev, fat))
    pd.testing.assert_frame_equal(
        events.figures(), metrics.reconciliation(data.rows, data.casualties, fat)
    )


def _by_hand(store: Path, include_unconfirmed: bool = False, with_rows: bool = False, **filters):
    """Real events whose cluster has a source row matching ``filters``, straight from the
    store's tables (and, ``with_rows``, every source row of those clusters)."""
    with EventStore(store, read_only=True) as db:
        clusters = set(db.clean_events(**filters)["cluster_id"])
        rows = db.clean_events()
        fatalities = db.con.execute("SELECT * FROM fatalities").df()
    rows = rows[rows["cluster_id"].isin(clusters)].reset_index(drop=True)
    rows["date_start"] = rows["date_start"].astype("datetime64[us]")
    rows["date_end"] = rows["date_end"].astype("datetime64[us]")
    events = metrics.real_events(rows, include_unconfirmed)
    fat = fatalities[fatalities["cluster_id"].isin(events["cluster_id"])]
    fat = fat.astype({b: "Int64" for b in metrics.BOUNDS})
    return (events, fat, rows) if with_rows else (events, fat)


@pytest.mark.parametrize(
    "filters",
    [
        {"actor": "Baloch Liberation Army"},
        {"actor": "taliban", "country": "Pakistan"},
        {"event_type": "Battles", "admin1": "Balochistan"},
        {"event_type": "Suicide bomb"},
        {"source": "gtd", "admin1": "Balochistan"},
    ],
    ids=lambda f: ",".join(f.values()),
)
def test_actor_type_and_source_filters_equal_a_selection_by_hand(demo, filters):
    events = load(demo, **filters)
    ev, fat, rows = _by_hand(demo, with_rows=True, **filters)
    assert len(events) == len(ev) > 0
    assert sorted(events.events["cluster_id"]) == sorted(ev["cluster_id"])
    pd.testing.assert_frame_equal(
        events.casualties(), metrics.by_victim_group(ev, fat), check_dtype=False
    )
    pd.testing.assert_frame_equal(
        events.actors(), metrics.by_actor(ev, fat, rows=rows), check_dtype=False
    )
    pd.testing.assert_frame_equal(events.headline(), metrics.headline(ev, fat))


def test_seed_table_hand_worked_figures(seed):
    """src/analysis/samples/README.md: civilians 27, security forces 20, militants 21–33, unknown 6;
    total low 74, high 86; -08 (the BLA's unconfirmed claim) left out unless asked for."""
    events = load(seed, admin1="Balochistan")
    assert len(events) == 7 and len(events.rows) == 8
    groups = events.casualties().set_index("group")[["low", "best", "high"]]
    assert groups.to_dict("index") == {
        "civilians": {"low": 27, "best": 27, "high": 27},
        "security_forces": {"low": 20, "best": 20, "high": 20},
        "militants": {"low": 21, "best": 21, "high": 33},
        "unknown": {"low": 6, "best": 6, "high": 6},
    }
    head = readable(events.headline()).set_index("measure")["number"]
    assert head["fatalities"] == "74–86 (best 74)" and head["militants"] == "21–33 (best 21)"
    text = repr(events)
    assert "7 real events from 8 source records (25–26 Aug 2024; admin1=Balochistan)" in text
    assert "fatalities 74–86 (best 74): civilians 27, security forces 20, militants 21–33" in text
    assert "3 events with no known death toll" in text and "1 unconfirmed claim left out" in text
    page = events._repr_html_()
    assert "74–86 (best 74)" in page and "<table" in page and "<script" not in page
    assert len(events.filter(include_unconfirmed=True)) == 8


def test_acled_sample_balochistan_august(acled):
    """src/analysis/samples/README.md: Balochistan 15 events, 78 deaths (ACLED gives one figure);
    Khyber Pakhtunkhwa 9 / 30; Pakistan 27 / 109; all 30 / 114."""
    everything = load(acled)
    for filters, n, deaths in (
        ({"admin1": "Balochistan", "start": "2024-08-01", "end": "2024-08-31"}, 15, 78),
        ({"admin1": "Khyber Pakhtunkhwa"}, 9, 30),
        ({"country": "Pakistan"}, 27, 109),
        ({}, 30, 114),
    ):
        events = everything.filter(**filters) if filters else everything
        head = events.headline().set_index("measure")
        assert (len(events), *head.loc["fatalities"]) == (n, deaths, deaths, deaths), filters
    # the seed article's attacks of 25–26 Aug: PAK130101–PAK130111, 73 deaths (the sample
    # README's sum), the week-precision PAK130104 (event_date 26 Aug, span 23–29 Aug, 6
    # bodies) included: it is counted on its event_date; the month-precision PAK130113 (1–31
    # Aug) is counted on 1 Aug, outside the window
    attacks = everything.filter(admin1="Balochistan", start="2024-08-25", end="2024-08-26")
    ids = set(attacks.events["event_id"])
    assert ids == {f"acled:PAK1301{i:02d}" for i in range(1, 12)}
    assert attacks.headline().set_index("measure").loc["fatalities", "best"] == 73
    # the six days before hold neither: PAK130104's span starts there, its event_date does not
    before = everything.filter(admin1="Balochistan", start="2024-08-19", end="2024-08-24")
    assert "acled:PAK130104" not in set(before.events["event_id"])
    assert "acled:PAK130113" not in set(before.events["event_id"])


def test_filters_narrow_a_new_selection_and_names_are_checked(demo):
    events = load(demo)
    province = events.filter(admin1="balochistan")  # spelled as in the store
    week = province.filter(start="2024-08-23", end="2024-08-29")
    assert province.filters == {"admin1": "balochistan"}
    assert week.filters == {"admin1": "balochistan", "start": "2024-08-23", "end": "2024-08-29"}
    assert week.params.admin1 == ("Balochistan",)
    assert len(events) > len(province) > len(week) > 0
    assert events.filters == {} and len(load(demo)) == len(events)  # unchanged
    assert len(week.filter(start="2024-08-01")) > len(week)  # a filter given again replaces
    with pytest.raises(UserError, match=r"^filter admin1='Balochstan'.*did you mean Balochistan"):
        events.filter(admin1="Balochstan")
    with pytest.raises(UserError, match="no events for this country"):
        events.filter(country="Narnia")
    assert len(events.filter(actor="nobody of that name")) == 0
    assert "0 real events" in repr(events.filter(actor="nobody of that name"))


def test_duplicates_show_every_source_of_a_real_event(demo):
    events = load(demo, admin1="Balochistan", start="2024-08-25", end="2024-08-26")
    dups = events.duplicates()
    sizes = events.rows.groupby("cluster_id").size()
    assert set(dups["cluster_id"]) == set(sizes[sizes.gt(1)].index)
    assert dups.groupby("cluster_id")["primary"].sum().eq(1).all()
    musakhail = events.event("seed:BAL-2024-08-25-01")
    assert musakhail["source"].tolist() == ["acled", "seed", "ucdp"]
    assert musakhail["event_id"].tolist()[0] == "acled:PAK130101"
    assert musakhail["primary"].tolist() == [True, False, False]
    assert set(musakhail["reconciled"]) == {"23–25 (best 23)"}
    assert musakhail["figures"].tolist() == [
        "civilians 23",
        "civilians 23",
        "civilians 23–25 (best 23)",
    ]
    assert musakhail["linked_to"].notna().all() and musakhail["score"].between(0.65, 1).all()
    sources = events.chronology().set_index(metrics.place_label(events.events))["sources"]
    assert sources["Musa Khel, Balochistan"] == "acled; seed; ucdp"


def test_campaigns_list_their_parts(seed, demo):
    claimed = load(seed, include_unconfirmed=True)
    pd.testing.assert_frame_equal(
        claimed.campaigns(), metrics.campaigns(claimed.events, claimed.fatalities)
    )
    campaign = claimed.campaigns().iloc[0]  # seed -01 (claimed) and -08 (unconfirmed)
    assert campaign["campaign"] == "Baloch Liberation Army | Balochistan | 2024-08-25"
    # -08, the BLA's unconfirmed claim, gives no figure: 23 is the known part's toll only
    assert campaign["events"] == 2
    assert campaign["fatalities"] == "23; toll unknown for 1 of 2 parts"
    assert campaign["parts"] == (
        "25 Aug 2024, Musa Khel, Balochistan: 23; 25–26 Aug 2024, Balochistan: unknown"
    )
    assert load(seed).campaigns().loc[0, "events"] == 1  # the unconfirmed part left out
    gtd = load(demo, source="gtd", admin1="Balochistan").campaigns()  # GTD related group
    assert gtd[["campaign", "events", "fatalities"]].values.tolist() == [
        ["Baloch Republican Army | Balochistan | 2015-08-26", 3, "2"]
    ]


def test_aliases_from_the_table_and_the_store(seed):
    spellings = load(seed).aliases("BLA")
    assert set(spellings["actor"]) == {"Baloch Liberation Army"}
    assert {"BLA", "BLA: Baloch Liberation Army"} <= set(spellings["alias"])
    store = spellings[spellings["where"].str.startswith("store")]
    assert store[["alias", "where", "rows"]].values.tolist() == [
        ["Baloch Liberation Army (BLA)", "store: actor1", 1],  # seed -08
        ["Baloch Liberation Army (BLA)", "store: actor2", 1],  # seed -02
        ["Baloch Liberation Army (BLA)", "store: claimed_by", 2],  # seed -01 and -08
    ]


def test_every_plot_is_the_reports_chart(demo):
    events = load(demo, admin1="Balochistan", start="2024-08-01", end="2024-08-31")
    titles = {
        "plot_timeline": "Events per period, by type",
        "plot_cumulative": "Fatalities, running total",
        "plot_casualties": "Fatalities by victim group",
        "plot_places": "Fatalities by province",
        "plot_actors": "Deaths in each actor's events",
        "plot_pairs": "Events per actor pair",
        "plot_activity": "Events per period, most active actors",
        "plot_victims": "Deaths by victim group, by actor",
    }
    for method, title in titles.items():
        fig = getattr(events, method)()
        assert isinstance(fig, Figure) and fig.get_suptitle() == title, method
        assert not any(t.get_text().startswith("Nothing to show") for t in fig.axes[0].texts)
    assert events.plot_timeline("best").get_suptitle() == "Fatalities per period, by type"
    empty = events.filter(actor="nobody of that name")
    assert empty.plot_casualties().axes[0].texts[0].get_text().startswith("Nothing to show")


def test_a_data_file_is_ingested_into_a_temporary_store():
    events = load(SAMPLE / "acled_pakistan_sample.csv", country="Iran")
    assert isinstance(events, Events) and len(events) == 1
    assert events.deadliest()["fatalities"].tolist() == ["3"]
    # its place charts titled as Iran calls its units
    assert events.plot_places().get_suptitle() == "Fatalities by province"
    assert events.plot_places(level="admin2").get_suptitle() == "Fatalities by county"


def test_filters_resolve_aliases_and_ignore_case(demo):
    events = load(demo)
    bla = events.filter(actor="Baloch Liberation Army")
    # "BLA" is an alias in the actor table: the same real events as the canonical name
    pd.testing.assert_frame_equal(events.filter(actor="BLA").events, bla.events)
    pd.testing.assert_frame_equal(events.filter(actor="bla").events, bla.events)
    battles = events.filter(event_type="Battles")
    assert len(battles) > 0
    pd.testing.assert_frame_equal(events.filter(event_type="battles").events, battles.events)
    acled = events.filter(source="acled")
    pd.testing.assert_frame_equal(events.filter(source="ACLED").events, acled.events)
    # the seed table's events are 25 and 26 August 2024: the summary shows their dates
    seed = events.filter(source="seed")
    assert seed.period == (date(2024, 8, 25), date(2024, 8, 26))
    assert "(25–26 Aug 2024; source=seed)" in seed.summary_lines()[0]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"actor": "Zzyzx"}, "no event matches actor='Zzyzx'; the store has actor 'Baloch"),
        ({"source": "gdelt"}, "no event matches source='gdelt'; did you mean 'gtd'?"),
        (
            {"country": "Iran", "start": "2020-01-01", "end": "2020-12-31"},
            "no event matches start='2020-01-01', end='2020-12-31' within country='Iran'; "
            "the events there are dated 25 Aug 2024",
        ),
        (
            {"admin1": "Balochistan", "event_type": "Atack"},
            "no event matches event_type='Atack' within admin1='Balochistan'; did you mean "
            "'Attack'",
        ),
    ],
)
def test_an_empty_selection_says_which_filter_emptied_it(demo, filters, message):
    empty = load(demo).filter(**filters)
    assert len(empty) == 0
    lines = empty.summary_lines()
    assert lines[1] == "fatalities 0"  # no stray colon
    assert lines[2].startswith(message), lines[2]
    assert message in repr(empty)


def test_mistakes_are_one_line_user_errors(demo):
    events = load(demo, admin1="Balochistan")
    with pytest.raises(UserError, match=r"^freq='quarter': expected day, week, month or auto$"):
        events.timeline(freq="quarter")
    assert len(events.timeline(freq="Weekly")) == len(events.timeline(freq="week"))
    with pytest.raises(UserError, match=r"^filter start='2024-13-01': not a date"):
        events.filter(start="2024-13-01")
    with pytest.raises(UserError, match=r"^event 'acled:NOPE': no source record"):
        events.event("acled:NOPE")


def test_long_timelines_leave_out_empty_periods(demo):
    everything = load(demo)  # 2014 to 2024
    weekly = everything.timeline(freq="week", by=None)
    assert weekly["events"].gt(0).all()
    assert weekly["events"].sum() == len(everything)
    assert len(everything.timeline(freq="week", by=None, empty=True)) > 500
    august = load(demo, start="2024-08-01", end="2024-08-31")
    assert len(august.timeline(by=None)) == 31  # short: every day, zeros kept


def test_headline_table_names_its_column_for_counts_and_ranges(demo):
    shown = readable(load(demo, admin1="Balochistan").headline())
    assert list(shown.columns) == ["measure", "number"]


def test_exploring_does_not_import_the_report_renderer():
    import subprocess
    import sys

    code = (
        "import sys; from analysis import explore; "
        "print(sorted(m for m in ('nbformat', 'nbconvert', 'papermill', 'jsonschema') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_plot_map_is_the_reports_map(demo):
    from analysis import maps

    pakistan = load(demo, country="Pakistan", start="2024-08-01", end="2024-08-31")
    fig = pakistan.plot_map("victim_group")
    assert fig.get_suptitle() == "Where events happened, by victim group"
    expected = maps.event_map(pakistan.events, pakistan.fatalities, "victim_group")
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [t.get_text() for t in expected.legends[0].get_texts()]
    assert pakistan.plot_provinces().get_suptitle() == "Deaths per province"


def test_user_errors_show_as_one_line_in_ipython(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from analysis.explore.display import show_tables, show_user_errors

    shell = InteractiveShell.instance()
    try:
        assert show_user_errors() and show_tables()
        result = shell.run_cell(
            "from analysis.errors import UserError\nraise UserError(\"freq='quarter': bad\")"
        )
        shown = capsys.readouterr()
        assert result.error_in_exec is not None  # the cell still fails (Run All stops)
        assert shown.out.strip() == "UserError: freq='quarter': bad"
        assert "Traceback" not in shown.out + shown.err
        html = shell.display_formatter.formatters["text/html"](
            pd.DataFrame({"notes": ["x" * 80], "events": [3]})
        )
        assert "x" * 80 in html and "text-align:left" in html and "text-align:right" in html
    finally:
        InteractiveShell.clear_instance()


def test_pairs_are_those_touching_the_selection(tmp_path):
    """The stored pairs with a selected source record on either side, read in SQL.

    aa0 and bb0 report one attack at Kalat (the same day 0.10, place 0.40, actors 0.30, sub-
    type 0.10; no source figures, 0.05): 0.95. aa2 is the same group's clash at Mastung
    that day, 89 km from Kalat (date 0.10, another location 0.25 × 0.40, actors 0.30,
    related types 0.05, figures 0.05): 0.60 with bb0, a near miss, stored and not linked.
    aa3 and bb3 are one attack in Karachi (Sindh): 0.95."""
    from test_incremental import ROW, ingest_tables

    kalat = ROW  # Kalat, Baloch Liberation Army, an attack
    mastung = ROW | {"place": 2, "type": 0}  # a clash
    karachi = ROW | {"place": 3}
    store = ingest_tables(tmp_path, {"aa": {0: kalat, 2: mastung, 3: karachi},
                                     "bb": {0: kalat, 3: karachi}})  # fmt: skip
    with EventStore(store) as db:
        clean_store(db)
    columns = ["left", "right", "score", "accepted"]
    balochistan = load(store, admin1="Balochistan")
    assert balochistan.pairs[columns].values.tolist() == [
        ["aa:aa0", "bb:bb0", 0.95, True],
        ["aa:aa2", "bb:bb0", 0.6, False],
    ]
    # the clash alone: its near miss with bb0, whose record is not selected
    clash = balochistan.filter(event_type="Battles")
    assert set(clash.rows["event_id"]) == {"aa:aa2"}
    assert clash.pairs[columns].values.tolist() == [["aa:aa2", "bb:bb0", 0.6, False]]
    assert load(store, admin1="Sindh").pairs[columns].values.tolist() == [
        ["aa:aa3", "bb:bb3", 0.95, True]
    ]
    assert load(store, admin1="Sindh", actor="nobody of that name").pairs.empty


def test_a_week_precision_event_counts_in_the_week_of_its_event_date(cli, tmp_path):
    # ACLED's event_date, not the first day of the ±3-day span, decides the week. By hand,
    # weeks Monday to Sunday: 19–25 Aug holds A1 (25 Aug, 2 dead) and A5 (week precision,
    # 24 Aug, span 21–27, 7 dead): 2 events, 9 dead; 26 Aug–1 Sep holds A2 (week, 27 Aug,
    # span 24–30, 5 dead), A3 (1 Sep, 1 dead) and A4 (week, 30 Aug, span 27 Aug–2 Sep,
    # 4 dead): 3 events, 10 dead, what ACLED's own count by event_date gives.
    header = (
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
        "iso,country,admin1,admin2,location,latitude,longitude,geo_precision,notes,fatalities"
    )
    places = {
        "A1": "Agatu,7.88,7.88",
        "A2": "Otukpo,7.19,8.13",
        "A3": "Makurdi,7.73,8.52",
        "A4": "Gboko,7.32,9.00",
        "A5": "Katsina-Ala,7.17,9.28",
    }
    dated = {
        "A1": ("25 August 2024", 1, 2),
        "A2": ("27 August 2024", 2, 5),
        "A3": ("01 September 2024", 1, 1),
        "A4": ("30 August 2024", 2, 4),
        "A5": ("24 August 2024", 2, 7),
    }
    rows = [
        f"{eid},{day},2024,{precision},Violence against civilians,Attack,"
        f"Unidentified Armed Group (Nigeria),Civilians (Nigeria),566,Nigeria,Benue,"
        f"{places[eid].split(',')[0]},{places[eid]},1,Attack.,{dead}"
        for eid, (day, precision, dead) in dated.items()
    ]
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    store = tmp_path / "events.duckdb"
    cli.json("ingest", path, "--store", store, "--source", "acled", "--no-clean")
    cli.json("clean", "--store", store)
    everything = load(store)
    for start, end, ids, dead in (
        ("2024-08-19", "2024-08-25", {"A1", "A5"}, 9),
        ("2024-08-26", "2024-09-01", {"A2", "A3", "A4"}, 10),
    ):
        week = everything.filter(start=start, end=end)
        assert set(week.events["event_id"]) == {f"acled:{i}" for i in ids}
        assert week.headline().set_index("measure").loc["fatalities", "best"] == dead
    both = everything.filter(start="2024-08-19", end="2024-09-01")
    weekly = both.timeline(freq="week", by=None)
    assert weekly[["events", "best"]].values.tolist() == [[2, 9], [3, 10]]


# Cameroon's Nord: CMR0001 (10 Feb 2025, an IED, Unidentified Armed Group vs the army, 5
# dead) and CMR0002 (12 Feb, the same group against civilians, 12 dead); Burkina Faso's Nord:
# BFA0001 (March 2025 to the month, counted on 1 March, 7 dead), BFA0002 (20 March, 3),
# BFA0003 (10 April, 2).
NORD = Path(__file__).resolve().parent / "fixtures" / "regions" / "acled_nord_two_countries.csv"


@pytest.fixture(scope="module")
def nord(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nord") / "nord.duckdb"
    ingest_files(path, [NORD])
    with EventStore(path) as store:
        clean_store(store)
    return path


def test_a_region_two_countries_share_is_selected_with_its_country(nord):
    cameroon = load(nord, country="Cameroon", admin1="Nord")
    assert sorted(cameroon.events["cluster_id"]) == ["acled:CMR0001", "acled:CMR0002"]
    assert cameroon.headline().set_index("measure").loc["fatalities", "best"] == 5 + 12
    assert len(load(nord).filter(country="Burkina Faso").filter(admin1="nord")) == 3
    with pytest.raises(UserError) as caught:
        load(nord).filter(admin1="Nord")
    assert str(caught.value) == (
        "filter admin1='Nord': a region of both Burkina Faso and Cameroon in the store; "
        "give the country too (country=Burkina Faso or country=Cameroon)"
    )


def test_the_tours_pickers_name_the_actor_the_week_and_the_event(nord):
    cameroon = load(nord, country="Cameroon", admin1="Nord")
    # the unidentified group is in both events, civilians are attacked: the army is next
    assert cameroon.most_active_actor() == "Military Forces of Cameroon"
    # the deadliest event, CMR0002 on 12 February: 9–15 February, which holds both
    week = cameroon.deadliest_week()
    assert week.period == (date(2025, 2, 9), date(2025, 2, 15)) and len(week) == 2
    # one source each: the deadliest event is shown
    assert cameroon.event()["event_id"].tolist() == ["acled:CMR0002"]
    # Burkina Faso's deadliest is BFA0001, dated to March and counted on 1 March
    burkina = load(nord, country="Burkina Faso")
    assert burkina.deadliest_week().period == (date(2025, 2, 26), date(2025, 3, 4))
    assert burkina.deadliest_week().events["cluster_id"].tolist() == ["acled:BFA0001"]
    assert (
        burkina.aliases(None).empty
        and load(nord, start="2020-01-01", end="2020-01-31").event().empty
    )


def test_the_tours_event_is_the_deadliest_several_sources_reported(demo):
    """Balochistan, August 2024: the deadliest event is the clash of 26 August (35–52,
    ACLED PAK130109, also in the seed table and UCDP), which the tour shows."""
    august = load(demo, admin1="Balochistan", start="2024-08-01", end="2024-08-31")
    assert august.event()["event_id"].tolist() == [
        "acled:PAK130109",
        "seed:BAL-2024-08-25-02",
        "ucdp:540103",
    ]
    assert august.most_active_actor() == "Baloch Liberation Army"


def _sahel_store(tmp_path: Path, cli) -> Path:
    """ACLED and UCDP GED rows of Soum and Seno (Burkina Faso), March 2025, each source
    naming the Sahel's groups its own way (written by hand for the tests below):

    - A1 (ACLED) and U1 (UCDP): one attack on civilians at Arbinda on 21 March, by "JNIM:
      Group for Support of Islam and Muslims" (ACLED, "JNIM claimed responsibility.") and by
      "JNIM" against "Civilians" (UCDP): one real event;
    - A2: the army ("Military Forces of Burkina Faso (2022-)", with the VDP as associated
      actor) against "Islamic State (Sahel)" at Djibo on 10 March, 6 dead;
    - A3: an IED of JNIM on an army vehicle at Djibo on 27 March, no one dead;
    - U2: "Government of Burkina Faso" against "IS Sahel" at Dori on 15 March, 10 (10–13);
    - U3: "JNIM" against "Civilians" at Gorom-Gorom on 5 March, 4 (4–6).
    """
    acled = pd.DataFrame(
        [
            ["A1", "21 March 2025", "Violence against civilians", "Attack",
             "JNIM: Group for Support of Islam and Muslims", "", "Civilians (Burkina Faso)", "",
             "Arbinda", 14.23, -0.87, "JNIM claimed responsibility.", 12],
            ["A2", "10 March 2025", "Battles", "Armed clash",
             "Military Forces of Burkina Faso (2022-)",
             "VDP: Volunteers for the Defense of the Homeland", "Islamic State (Sahel)", "",
             "Djibo", 14.10, -1.63, "Clash near Djibo.", 6],
            ["A3", "27 March 2025", "Explosions/Remote violence",
             "Remote explosive/landmine/IED", "JNIM: Group for Support of Islam and Muslims", "",
             "Military Forces of Burkina Faso (2022-)", "", "Djibo", 14.10, -1.63,
             "An IED hit an army vehicle.", 0],
        ],
        columns=["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "assoc_actor_2", "location", "latitude",
                 "longitude", "notes", "fatalities"],
    )  # fmt: skip
    acled = acled.assign(
        year=2025, time_precision=1, iso=854, country="Burkina Faso", admin1="Sahel",
        admin2=["Soum", "Soum", "Soum"], geo_precision=1,
    )  # fmt: skip
    ucdp = pd.DataFrame(
        [
            ["1", "3", "JNIM", "Civilians", "2025-03-21", "Sahel region", "Soum province",
             "Arbinda town", 14.23, -0.87, 0, 0, 12, 0, 12, 14, 12],
            ["2", "1", "Government of Burkina Faso", "IS Sahel", "2025-03-15", "Sahel region",
             "Seno province", "Dori town", 14.03, -0.03, 4, 6, 0, 0, 10, 13, 10],
            ["3", "3", "JNIM", "Civilians", "2025-03-05", "Sahel region", "Oudalan province",
             "Gorom-Gorom town", 14.44, -0.23, 0, 0, 4, 0, 4, 6, 4],
        ],
        columns=["id", "type_of_violence", "side_a", "side_b", "date_start", "adm_1", "adm_2",
                 "where_coordinates", "latitude", "longitude", "deaths_a", "deaths_b",
                 "deaths_civilians", "deaths_unknown", "best", "high", "low"],
    )  # fmt: skip
    ucdp = ucdp.assign(date_end=ucdp["date_start"], country="Burkina Faso", where_prec=1,
                       date_prec=1)  # fmt: skip
    acled.to_csv(tmp_path / "acled.csv", index=False)
    ucdp.to_csv(tmp_path / "ged.csv", index=False)
    store = tmp_path / "events.duckdb"
    cli.json("ingest", tmp_path / "acled.csv", "--store", store, "--source", "acled", "--no-clean")
    cli.json("ingest", tmp_path / "ged.csv", "--store", store, "--source", "ucdp", "--no-clean")
    cli.json("clean", "--store", store)
    return store


def test_the_actors_table_counts_what_the_actor_filter_selects(cli, tmp_path):
    sahel = load(_sahel_store(tmp_path, cli))
    # Five real events: A1 and U1 are one, A2, A3, U2 and U3.
    assert len(sahel) == 5
    jnim = "Jamaat Nusrat al-Islam wal-Muslimin"
    table = sahel.actors().set_index("actor")
    columns = ["events", "as_actor1", "as_actor2", "as_associated", "best"]
    # UCDP's "JNIM" and "IS Sahel" are ACLED's groups; its "Civilians" are ACLED's
    # "Civilians (Burkina Faso)"; "Government of Burkina Faso" stays UCDP's whole state.
    # JNIM: A1/U1, A3 and U3, always actor 1. IS Sahel: A2 (6) and U2 (10) as actor 2, 16.
    # The VDP: associated in A2 only, 6. The army: A2 (actor 1, 6) and A3 (actor 2, 0).
    assert table.loc[jnim, columns[:4]].tolist() == [3, 3, 0, 0]
    assert table.loc["Islamic State (Sahel)", columns].tolist() == [2, 0, 2, 0, 16]
    assert table.loc["Volunteers for the Defense of the Homeland", columns].tolist() == [
        1, 0, 0, 1, 6
    ]  # fmt: skip
    assert table.loc["Military Forces of Burkina Faso", columns].tolist() == [2, 1, 1, 0, 6]
    assert table.loc["Government of Burkina Faso", columns].tolist() == [1, 1, 0, 0, 10]
    assert table.loc["Civilians (Burkina Faso)", "events"] == 2  # A1/U1 and U3
    assert "unknown type" not in set(table["actor_type"])
    # The notebook's filter selects the same events, with the same deaths, for every actor,
    # whether named as the table names it or by a source's abbreviation.
    for actor, row in table.iterrows():
        chosen = sahel.filter(actor=actor).headline().set_index("measure")
        assert chosen.loc["events", "best"] == row["events"], actor
        assert chosen.loc["fatalities", "best"] == row["best"], actor
    assert len(sahel.filter(actor="JNIM")) == 3 and len(sahel.filter(actor="VDP")) == 1
    # ACLED's note names JNIM as the claimant, now a known group.
    arbinda = sahel.events.set_index("event_id").loc["acled:A1"]
    assert (arbinda["claim_status"], arbinda["claimed_by"]) == ("claimed", jnim)
