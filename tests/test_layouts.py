"""Every published layout of ACLED, UCDP GED and GTD, read into the store with the source's own
totals: the fixtures and their hand-worked totals are in tests/fixtures/layouts/README.md."""

from __future__ import annotations

import csv
from datetime import date
from unittest import mock

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean.actors import load_actor_aliases
from analysis.reference.countries import iso3_from_name
from analysis.reports.page import Report
from analysis.schema import CASUALTY_COLUMNS, empty_quarantine
from analysis.sources import acled, detect_source, rawfile, read_source
from analysis.sources.fields import date_style, parse_date
from analysis.sources.reader_result import event_frame
from analysis.store import EventStore
from conftest import FIXTURES, SAMPLE, balanced

LAYOUTS = FIXTURES / "layouts"


def group_totals(store_path) -> dict[str, list[int]]:
    with EventStore(store_path, read_only=True) as store:
        figures = store.casualties()
    sums = figures.groupby("victim_group")[["low", "best", "high"]].sum()
    return {group: [int(v) for v in row] for group, row in sums.iterrows()}


@pytest.mark.parametrize(
    ("name", "rows", "total", "groups", "repaired"),
    [
        ("acled_2016_realtime.csv", 10, 55, {"civilians": 30, "unknown": 25}, 0),
        ("acled_v7_regional.csv", 4, 9, {"civilians": 2, "unknown": 7}, 0),
        ("acled_api_2019.csv", 4, 12, {"civilians": 6, "unknown": 6}, 0),
        ("acled_current_labels.csv", 3, 12, {"civilians": 7, "unknown": 5}, 0),
        ("acled_hdx.csv", 3, 4, {"unknown": 4}, 0),
        ("acled_api.json", 3, 12, {"civilians": 7, "unknown": 5}, 0),
        ("acled_api_monadic.csv", 5, 12, {"civilians": 7, "unknown": 5}, 0),
        (
            "ged191.csv",
            4,
            29,
            {"civilians": 7, "militants": 6, "security_forces": 4, "unknown": 12},
            2,
        ),
        (
            "ged_hdx.csv",
            4,
            29,
            {"civilians": 7, "militants": 6, "security_forces": 4, "unknown": 12},
            2,
        ),
        (
            "ged_api.json",
            4,
            29,
            {"civilians": 7, "militants": 6, "security_forces": 4, "unknown": 12},
            2,
        ),
        ("ged_pre5.csv", 2, 8, {"civilians": 5, "militants": 2, "security_forces": 1}, 0),
        ("ged_candidate.csv", 2, 13, {"civilians": 8, "militants": 3, "security_forces": 2}, 0),
        (
            "gtd_united_states.csv",
            6,
            6,
            {"civilians": 1, "militants": 1, "security_forces": 4},
            0,
        ),
    ],
)
def test_each_layout_is_stored_whole_with_the_source_total(
    cli, store_path, name, rows, total, groups, repaired
):
    report = cli.json("ingest", LAYOUTS / name, "--store", store_path, "--no-clean")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (rows, rows, 0)
    assert balanced(report) and report["repaired"] == repaired
    file = report["files"][0]
    assert file["fatalities_read"] == file["fatalities_stored"] == total
    stored = {g: v[1] for g, v in group_totals(store_path).items() if v[1] or g in groups}
    assert stored == groups
    # the same file again: every record unchanged, nothing replaced
    again = cli.json("ingest", LAYOUTS / name, "--store", store_path, "--no-clean")
    assert (again["unchanged"], again["replaced"], again["stored"]) == (rows, 0, 0)


def test_the_layouts_read_together_are_cleaned_by_the_ingest(cli, store_path):
    """The tests above ingest each layout with ``--no-clean``; here nine of them go into one
    store as a user's ingest does, cleaning included: 10 + 4 + 4 + 3 + 3 + 4 + 2 + 2 + 6 =
    38 events and 55 + 9 + 12 + 12 + 4 + 29 + 8 + 13 + 6 = 148 deaths (the totals above),
    each event with its cleaned row."""
    names = ["acled_2016_realtime.csv", "acled_v7_regional.csv", "acled_api_2019.csv",
             "acled_current_labels.csv", "acled_hdx.csv", "ged191.csv", "ged_pre5.csv",
             "ged_candidate.csv", "gtd_united_states.csv"]  # fmt: skip
    report = cli.json("ingest", *(LAYOUTS / n for n in names), "--store", store_path)
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (38, 38, 0)
    assert report["fatalities_read"] == report["fatalities_stored"] == 148
    cleaning = report["cleaning"]
    assert (cleaning["mode"], cleaning["events"], cleaning["events_clean"]) == ("full", 38, 38)
    with EventStore(store_path, read_only=True) as store:
        clean = store.clean_events()
    assert len(clean) == 38 and clean["country"].notna().all()


def test_acled_2016_realtime_file(cli, store_path):
    path = LAYOUTS / "acled_2016_realtime.csv"
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    warnings = " ".join(report["warnings"])
    assert "read as CP1252" in warnings
    assert "header columns 26-32 have no name and nothing in any record; dropped" in warnings
    with EventStore(store_path, read_only=True) as store:
        events = store.events().set_index("source_event_id")
    types = events["event_type"] + " / " + events["sub_event_type"]
    assert types.to_dict() == {
        "NIG8001": "Battles / Armed clash",
        "NIG8002": "Battles / Government regains territory",
        "SOM9001": "Battles / Non-state actor overtakes territory",
        "SOM9002": "Explosions/Remote violence / Unknown",
        "NIG8003": "Violence against civilians / Unknown",
        "SAF7001": "Riots / Unknown",
        "SAF7002": "Protests / Unknown",
        "CDI1001": "Strategic developments / Headquarters or base established",
        "SOM9003": "Strategic developments / Non-violent transfer of territory",
        "NIG8004": "Strategic developments / Unknown",
    }
    assert events.loc["SAF7001", "source_event_type"] == "Riots/Protests"
    assert events.loc["SOM9002", "source_event_type"] == "Remote violence"
    day = events["date_start"].dt.strftime("%Y-%m-%d")
    assert (day["NIG8001"], day["SOM9002"], day["SAF7001"]) == (
        "2016-01-02",
        "2016-02-03",
        "2016-03-05",
    )
    assert str(events.loc["SOM9003", "date_end"].date()) == "2016-04-01"
    assert events.loc["SAF7002", "assoc_actor1"] == "Students (South Africa)"
    assert "l’armée a été installé près de Yopougon – pour" in events.loc["CDI1001", "notes"]
    assert events.loc["SOM9002", "source_actor2_type"] == "civilians"


@pytest.mark.parametrize("part_records", [10**9, 1, 3])
def test_acled_monadic_rows_fold_into_the_events_of_the_dyadic_file(
    cli, store_path, monkeypatch, part_records
):
    """ACLED's monadic layout: 5 rows, one per actor, are the 3 events of
    acled_current_labels.csv, whole whichever part of the file each row is read in."""
    monkeypatch.setattr(rawfile, "STREAM_RECORDS", part_records)
    report = cli.json(
        "ingest", LAYOUTS / "acled_api_monadic.csv", "--store", store_path, "--no-clean"
    )
    assert (report["rows_read"], report["stored"], report["events_new"]) == (5, 5, 3)
    assert report["fatalities_read"] == report["fatalities_stored"] == 12
    with EventStore(store_path, read_only=True) as store:
        events = store.events().set_index("source_event_id").sort_index()
    assert events["actor1"].tolist() == [
        "Military Forces of Pakistan (2018-)",
        "Unidentified Armed Group (Pakistan)",
        "Protesters (Pakistan)",
    ]
    assert events["actor2"].fillna("").tolist() == ["Zorgon Lashkar", "Civilians (Pakistan)", ""]
    assert events["source_actor2_type"].fillna("").tolist() == [
        "identity militia",
        "civilians",
        "",
    ]
    dyadic = cli.json(
        "ingest", LAYOUTS / "acled_current_labels.csv", "--store", store_path, "--no-clean"
    )
    assert (dyadic["unchanged"], dyadic["stored"], dyadic["replaced"]) == (3, 0, 0)


def test_acled_monadic_rows_that_disagree_are_not_folded(cli, store_path, tmp_path):
    """Two rows of one event that differ in more than the actor (here the fatalities, 5 and
    6) are not one event's two actors: the second is quarantined, as any repeat is."""
    lines = (LAYOUTS / "acled_api_monadic.csv").read_text("utf-8").splitlines()
    assert lines[2].startswith("PAK140001,") and ",5,,1736800000" in lines[2]
    lines[2] = lines[2].replace(",5,,1736800000", ",6,,1736800000")
    path = tmp_path / "disagree.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (5, 4, 1)
    assert report["quarantined_by_reason"] == {
        "event id repeated in this file with different content (first at row 2)": 1
    }
    assert report["fatalities_read"] == 5 + 6 + 7 + 0


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.lists(st.booleans(), min_size=1, max_size=30),
    sizes=st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=30),
)
def test_acled_parts_never_split_an_events_rows(pairs, sizes):
    """However a monadic file falls into parts, every row is handed on exactly once, in
    order, each part counts its own rows, and an event's two rows are in one part."""
    ids = [f"E{n}" for n, two in enumerate(pairs) for _ in range(1 + two)]
    frame = pd.DataFrame({"event_id_cnty": ids, "actor1": "x", "source_row": range(len(ids))})
    cuts, start = [], 0
    for size in sizes * (len(ids) // len(sizes) + 1):
        if start >= len(ids):
            break
        cuts.append(frame.iloc[start : start + size])
        start += size
    parts = [rawfile.RawTable(LAYOUTS / "m.csv", c, empty_quarantine(), len(c)) for c in cuts]
    out = list(acled.keep_event_rows_together(iter(parts)))
    assert [p.records for p in out] == [len(p.frame) for p in out]
    assert pd.concat([p.frame for p in out])["source_row"].tolist() == list(range(len(ids)))
    where = {}
    for number, part in enumerate(out):
        for event in part.frame["event_id_cnty"]:
            where.setdefault(event, set()).add(number)
    assert all(len(numbers) == 1 for numbers in where.values())


def test_acled_headers_in_any_case_and_without_sub_event_type(tmp_path):
    assert detect_source(["GWNO", "EVENT_ID_CNTY", "EVENT_DATE"]) == "acled"
    assert detect_source([" Event_Id_Cnty ", "Event_Date"]) == "acled"
    parsed = read_source(LAYOUTS / "acled_v7_regional.csv", source="acled")
    assert len(parsed.events) == 4 and parsed.quarantine.empty
    # two fields that mean the same column cannot be told apart
    path = tmp_path / "twice.csv"
    path.write_text("event_id_cnty,EVENT_ID_CNTY\nA1,A1\n", encoding="utf-8")
    with pytest.raises(Exception, match="both mean 'event_id_cnty'"):
        read_source(path)


def test_date_style_is_decided_per_file(tmp_path):
    # 25/01/2016 can only be day-first: so 01/13/2016 is not a date in this file, even
    # though it would be one month-first
    source = (LAYOUTS / "acled_2016_realtime.csv").read_bytes().decode("cp1252")
    lines = source.split("\r\n")
    bad = lines[1].replace("NIG8001", "NIG8099").replace("02/01/2016", "01/13/2016")
    path = tmp_path / "mixed.csv"
    path.write_bytes("\r\n".join([*lines[:2], bad, *lines[2:]]).encode("cp1252"))
    parsed = read_source(path)
    assert len(parsed.events) == 10
    assert parsed.quarantine[["source_row", "column"]].values.tolist() == [[3, "event_date"]]


def test_quarantine_counts_records_not_reasons(cli, tmp_path, store_path):
    # row 2: a bad latitude and a bad count (one record, two reasons); row 3: a bad date
    path = tmp_path / "bad.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,actor1,country,latitude,fatalities\n"
        "PAK1,2024-08-26,Battles,Army,Pakistan,north,x\n"
        "PAK2,someday,Battles,Army,Pakistan,30.1,2\n"
        "PAK3,2024-08-27,Battles,Army,Pakistan,30.2,4\n",
        "utf-8",
    )
    cli.json("ingest", path, "--store", store_path, "--no-clean")
    listed = cli.json("quarantine", "--store", store_path)
    assert (listed["records"], listed["rows"]) == (2, 3)
    printed = " ".join(cli("quarantine", "--store", store_path).output.split())
    assert "2 quarantined record(s), 3 reason(s)" in printed


def test_a_value_under_an_unnamed_header_column_is_an_error(cli, tmp_path, store_path):
    path = tmp_path / "named.csv"
    path.write_text("event_id_cnty,event_date,\nA1,2024-01-01,\nA2,2024-01-02,x\n", "utf-8")
    result = cli("ingest", path, "--store", store_path, "--no-clean")
    assert result.exit_code == 2
    assert "header column 3 has no name, but row 3 has a value in it" in result.output
    assert not store_path.exists()


def test_inter_codes_and_labels_give_actor_types(cli, store_path):
    for name in ("acled_api_2019.csv", "acled_current_labels.csv"):
        cli.json("ingest", LAYOUTS / name, "--store", store_path, "--no-clean")
    cli.json("clean", "--store", store_path)
    with EventStore(store_path, read_only=True) as store:
        events = store.clean_events().set_index("source_event_id")
    # not in the actor table: the source's own category
    assert events.loc["PAK50004", ["actor1", "actor1_type"]].tolist() == [
        "Zehri Tribal Militia (Pakistan)",
        "identity militia",
    ]
    assert events.loc["PAK140001", ["actor2", "actor2_type"]].tolist() == [
        "Zorgon Lashkar",
        "identity militia",
    ]
    # known to the table: the table's type
    assert events.loc["PAK50002", "actor2_type"] == "rebel/separatist"
    assert events["actor1_type"].notna().all()


def test_hdx_acled_hxl_row_and_places_without_accents(cli, store_path):
    report = cli.json("ingest", LAYOUTS / "acled_hdx.csv", "--store", store_path, "--no-clean")
    assert any("row 2 is an HXL hashtag row" in w for w in report["warnings"])
    with EventStore(store_path, read_only=True) as store:
        rows = store.events()["source_row"].tolist()
        barisal = store.events(admin1="Barisal")
        accented = store.events(admin1="BARISĀL")
    assert sorted(rows) == [3, 4, 5]
    assert sorted(barisal["source_event_id"]) == sorted(accented["source_event_id"])
    assert sorted(barisal["source_event_id"]) == ["BGD1001", "BGD1002"]
    cli.json("clean", "--store", store_path)
    with EventStore(store_path, read_only=True) as store:
        clean = store.clean_events()
    assert clean.loc[clean["source_event_id"].ne("BGD1003"), "admin1"].nunique() == 1


def test_ucdp_out_of_order_figures_are_repaired_not_quarantined(cli, store_path):
    report = cli.json("ingest", LAYOUTS / "ged191.csv", "--store", store_path, "--no-clean")
    assert report["quarantined"] == 0 and report["repaired"] == 2
    assert report["repaired_by_reason"] == {
        "high was less than best: high set to best": 1,
        "low was greater than best: low set to best": 1,
    }
    totals = group_totals(store_path)
    assert [sum(v[i] for v in totals.values()) for i in range(3)] == [27, 29, 33]
    assert totals["unknown"] == [12, 12, 12] and totals["civilians"] == [7, 7, 9]
    summary = cli.json("summary", "--store", store_path)
    assert summary["repaired_events"] == 2 and summary["quarantined_rows"] == 0
    listed = cli.json("quarantine", "--store", store_path)
    assert listed["rows"] == 0 and listed["repaired_rows"] == 2
    assert [(r["event_id"], r["source_row"]) for r in listed["repaired"]] == [
        ("ucdp:240102", 3),
        ("ucdp:240103", 4),
    ]
    assert listed["repaired"][0]["data_quality"].startswith("repaired: high was less than")


def test_the_same_events_from_hdx_are_unchanged(cli, store_path):
    cli.json("ingest", LAYOUTS / "ged191.csv", "--store", store_path, "--no-clean")
    hdx = cli.json("ingest", LAYOUTS / "ged_hdx.csv", "--store", store_path, "--no-clean")
    assert (hdx["rows_read"], hdx["unchanged"], hdx["replaced"], hdx["stored"]) == (4, 4, 0, 0)
    assert any("HXL hashtag row" in w for w in hdx["warnings"])
    summary = cli.json("summary", "--store", store_path)
    assert summary["history_versions"] == 0 and summary["events"] == 4


def test_gtd_unknown_perpetrators_and_target_sides(cli, store_path):
    cli.json("ingest", LAYOUTS / "gtd_united_states.csv", "--store", store_path, "--no-clean")
    with EventStore(store_path, read_only=True) as store:
        events = store.events().set_index("source_event_id")
    assert events.loc["197002210001", ["actor1", "actor2", "target_type"]].tolist() == [
        "Unidentified Armed Group (United States)",
        "Police Forces of United States",
        "Police",
    ]
    assert events.loc["197003300001", "actor2"] == "Civilians (United States)"
    assert events.loc["197004020001", "actor2"] == "Military Forces of United States"
    hijack = events.loc["197003100001"]
    assert (hijack["event_type"], hijack["sub_event_type"], hijack["source_event_type"]) == (
        "Violence against civilians",
        "Unknown",
        "Hijacking",
    )
    assert events.loc["197001050001", "claim_status"] is None or pd.isna(
        events.loc["197001050001", "claim_status"]
    )
    cli.json("clean", "--store", store_path)
    with EventStore(store_path, read_only=True) as store:
        suggestions = store.con.execute("SELECT * FROM actor_suggestions").df()
        clean = store.clean_events()
        fatalities = store.fatalities()
    # nothing of Pakistan's (the actor table's) is offered for United States names, and
    # the table says whose names they are (every event of the file is in the United States)
    assert suggestions["suggestion"].isna().all() and not suggestions["applied"].any()
    assert len(suggestions) and set(suggestions["country"]) == {"United States"}
    assert set(clean["actor2_type"].dropna()) == {"civilians", "state forces"}
    # as perpetrators alone, the unidentified are in 3 events and every named group in 1:
    # still the most active actor is a named group (the deadliest of them)
    report = Report.__new__(Report)
    report.events, report.fatalities = clean.assign(actor2=None), fatalities
    report.rows = report.events  # every record is its own event's (no duplicates here)
    (sentence,) = report._actor_sentences()
    assert sentence.startswith("The most active actor was Weather Underground")
    assert "involved in 1 event." in sentence


def test_gtd_real_extract_suggests_only_actors_of_the_event_country(cli, store_path, shared_data):
    path = shared_data / "gtd" / "gtd_1970-1972_head.csv"
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    with open(path, encoding="latin-1", newline="") as handle:
        rows = list(csv.reader(handle))
    header, records = rows[0], rows[1:]
    nkill = header.index("nkill")
    complete = [r for r in records if len(r) == len(header)]
    expected = sum(int(float(r[nkill])) for r in complete if r[nkill] not in ("", "-9", "-99"))
    # the truncated last record is quarantined: what is read of it counts nothing
    assert report["fatalities_stored"] == expected
    cli.json("clean", "--store", store_path)
    with EventStore(store_path, read_only=True) as store:
        suggestions = store.con.execute("SELECT * FROM actor_suggestions").df()
    aliases = load_actor_aliases()
    countries = aliases.drop_duplicates("canonical").set_index("canonical")["countries"]
    offered = suggestions.dropna(subset=["suggestion"])
    with EventStore(store_path, read_only=True) as store:
        here = set(iso3_from_name(store.events()["country"]).dropna())
    for row in offered.itertuples():
        where = set(countries[row.suggestion].split(";")) - {""}
        assert not where or where & here, row
    # GTD's generic target sides are ACLED's names, never matched to another actor
    assert not suggestions["name"].str.match(r"^(Civilians \(|Police Forces of)").any()


def test_identical_repeats_count_as_unchanged_anywhere(cli, tmp_path, store_path):
    lines = (LAYOUTS / "acled_api_2019.csv").read_text("utf-8").splitlines()
    header, first, last = lines[0], lines[1], lines[-1]
    # a repeat of the first record right after it, and of the last record as the last row
    path = tmp_path / "stitched.csv"
    path.write_text("\n".join([header, first, first, *lines[2:], last]) + "\n", "utf-8")
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    assert (report["rows_read"], report["stored"], report["unchanged"]) == (6, 4, 2)
    assert report["quarantined"] == 0
    assert report["files"][0]["fatalities_read"] == report["files"][0]["fatalities_stored"] == 12
    # the two repeats are named, with their deaths (the fatalities column of both records)
    column = next(csv.reader([header])).index("fatalities")
    repeated = sum(int(next(csv.reader([row]))[column]) for row in (first, last))
    assert report["files"][0]["identical_repeats"] == 2
    assert report["files"][0]["identical_repeat_fatalities"] == repeated
    printed = cli("ingest", path, "--store", tmp_path / "printed.duckdb", "--no-clean").output
    assert (
        f"stitched.csv: 2 records repeating another identically, counted once (read leaves "
        f"out their {repeated:,} deaths)" in " ".join(printed.split())
    )
    # across the files of one ingest
    other = tmp_path / "again.csv"
    other.write_text("\n".join([header, last]) + "\n", "utf-8")
    again = cli.json("ingest", other, path, "--store", tmp_path / "two.duckdb", "--no-clean")
    assert (again["stored"], again["unchanged"], again["quarantined"]) == (4, 3, 0)


# ------------------------------------------------------------------ properties of the parsers

STYLES = ("%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%B-%Y")


@given(
    st.lists(st.dates(date(1997, 1, 1), date(2030, 12, 31)), min_size=1, max_size=30),
    st.sampled_from(STYLES),
)
def test_a_file_in_one_date_style_is_read_back_exactly(days, style):
    written = pd.Series([d.strftime(style) for d in days], dtype="str")
    ambiguous = style == "%d/%m/%Y" and all(d.day <= 12 for d in days)
    chosen = date_style(written, acled.DATE_FORMATS)
    # day-first wins a tie with month-first: ACLED writes dd/mm/yyyy
    assert chosen == style or (ambiguous and chosen == "%d/%m/%Y")
    parsed, bad = parse_date(written, (chosen,))
    assert not bad.any()
    assert parsed.dt.date.tolist() == days


@given(st.lists(st.booleans(), min_size=len(acled.REQUIRED), max_size=len(acled.REQUIRED)))
def test_acled_headers_are_found_in_any_case(upper):
    names = [
        n.upper() if u else f" {n.title()} " for n, u in zip(acled.REQUIRED, upper, strict=True)
    ]
    assert detect_source(names) == "acled"


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(list(range(4))))
def test_content_hash_ignores_the_order_of_figures(order, tmp_path_factory):
    events = event_frame({"source_event_id": pd.Series(["1", "2"])}, pd.RangeIndex(2)).assign(
        event_id=["acled:1", "acled:2"], source_row=[2, 3]
    )
    figures = pd.DataFrame(
        {
            "event_id": ["acled:1", "acled:1", "acled:1", "acled:2"],
            "source_row": [2, 2, 2, 3],
            "victim_group": ["civilians", "unknown", "militants", "unknown"],
            "best": pd.array([3, 1, 2, 5], dtype="Int64"),
        }
    ).reindex(columns=["event_id", "source_row", *CASUALTY_COLUMNS[1:-2], "overlap"])
    shuffled = figures.iloc[list(order)]
    changed = figures.assign(best=pd.array([3, 1, 2, 6], dtype="Int64"))
    with EventStore(tmp_path_factory.mktemp("hash") / "s.duckdb") as store:
        hashes = store.content_hashes(events, figures).tolist()
        assert store.content_hashes(events, shuffled).tolist() == hashes
        assert store.content_hashes(events, changed).tolist() == [hashes[0], mock.ANY]
        assert store.content_hashes(events, changed).tolist()[1] != hashes[1]


def test_report_admin1_parameter_ignores_accents(cli, store_path):
    from analysis.reports.data import store_places
    from analysis.reports.params import parse_params

    cli.json("ingest", LAYOUTS / "acled_hdx.csv", "--store", store_path, "--no-clean")
    cli.json("clean", "--store", store_path)
    places = store_places(store_path)
    for written in ("Barisal", "BARISĀL", "barisāl"):
        params = parse_params({"admin1": written}, places, store_path, "t", resolved=True)
        assert [p.casefold() for p in params.admin1] == ["barisal"]


def test_ingest_prints_each_file_total_read_and_stored(cli, store_path):
    files = [LAYOUTS / "ged191.csv", FIXTURES / "malformed" / "ucdp_bad.csv"]
    result = cli("ingest", *files, "--store", store_path, "--no-clean")
    assert result.exit_code == 0, result.output
    lines = {line.split("│")[1].strip(): line for line in result.output.splitlines() if "│" in line}
    # ged191: UCDP's best 29, all stored; ucdp_bad: 10 + 5 + 5 read, row 4's 5 quarantined
    assert [c.strip() for c in lines["ged191.csv"].split("│")[2:5]] == ["29", "29", "agree"]
    assert [c.strip() for c in lines["ucdp_bad.csv"].split("│")[2:5]] == [
        "20",
        "15",
        "stored 5 fewer",
    ]
    assert "ucdp_bad.csv: 1 record quarantined" in " ".join(result.output.split())
    assert "Stored after a repair, by reason" in result.output


def test_an_analysts_table_total_as_read_is_its_figures_summed(cli, store_path):
    sample = FIXTURES.parent.parent / "data" / "sample"
    report = cli.json(
        "ingest",
        "--source",
        "generic",
        "--mapping",
        sample / "seed_balochistan.yaml",
        sample / "seed_balochistan_events.csv",
        "--store",
        store_path,
    )
    # data/sample/README.md: the plain sum of the seed table's figures is 86 (23 + 14 + 21
    # + 12 + 6 + 6 + 3 + 1; its two "yet to be confirmed" cells are unknown, no figure),
    # read from the casualty table and stored alike
    assert (report["fatalities_read"], report["fatalities_stored"]) == (86, 86)


def test_a_regional_file_as_xlsx_reads_like_its_csv(tmp_path):
    table = pd.read_csv(LAYOUTS / "acled_v7_regional.csv", dtype=str, keep_default_na=False)
    path = tmp_path / "ACLED Version 7 regional.xlsx"
    table.to_excel(path, index=False)
    parsed, csv_parsed = read_source(path), read_source(LAYOUTS / "acled_v7_regional.csv")
    assert parsed.quarantine.empty and parsed.fatalities_read == 9
    with EventStore(tmp_path / "s.duckdb") as store:
        hashes = store.content_hashes(parsed.events, parsed.casualties)
        csv_hashes = store.content_hashes(csv_parsed.events, csv_parsed.casualties)
    assert hashes.tolist() == csv_hashes.tolist() and hashes.str.len().eq(16).all()


@pytest.mark.parametrize(
    ("encoding", "separator", "name"),
    [("utf-16", "\t", "UTF-16LE"), ("utf-16-be", ",", "UTF-16BE"), ("utf-16-le", ",", "UTF-16LE")],
)
def test_utf16_text_is_read_as_excel_saves_it(tmp_path, encoding, separator, name):
    # Excel's "Unicode Text" is UTF-16LE with a byte-order mark, tab-separated; the other
    # two are UTF-16 without a mark. Every row and figure as in the UTF-8 file.
    import csv

    source = SAMPLE / "acled_pakistan_sample.csv"
    text = source.read_text("utf-8")
    with open(source, encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    rows = [separator.join(r.values()) for r in records] if separator == "\t" else None
    body = "\n".join([separator.join(records[0].keys()), *rows]) if rows else text
    path = tmp_path / "export.txt"
    path.write_bytes(body.encode(encoding))
    parsed = read_source(path)
    assert len(parsed.events) == len(records) and parsed.quarantine.empty
    assert parsed.casualties["best"].sum() == sum(int(r["fatalities"]) for r in records)
    assert f"encoded as {name}, not UTF-8; read so" in " ".join(parsed.warnings)


def test_utf16_text_cut_mid_character_is_one_line_and_exit_2(tmp_path, cli):
    path = tmp_path / "cut.csv"
    path.write_bytes(
        (SAMPLE / "acled_pakistan_sample.csv").read_text("utf-8").encode("utf-16")[:-1]
    )
    result = cli("ingest", path, "--store", tmp_path / "s.duckdb", "--no-clean")
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {path}: looks like UTF-16LE text but byte {path.stat().st_size} cannot be read "
        "as UTF-16LE (truncated data); save it as UTF-8 CSV"
    ]


def test_acled_claims_go_to_the_group_named_in_the_claim_sentence(tmp_path):
    # Three notes with a state force as actor1: the TTP and the BLF named in the claim
    # sentence are the claimants (their canonical names); "unknown attackers" is no group
    # of the actor table, and a note without a claim sentence claims nothing.
    header = (
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,notes,fatalities"
    )
    rows = [
        "P1,12 August 2024,Battles,Armed clash,Police Forces of Pakistan (2018-),"
        'TTP: Tehreek-i-Taliban Pakistan,Pakistan,"TTP militants attacked a police post,'
        ' killing 3 policemen. TTP claimed responsibility.",3',
        "P2,13 August 2024,Battles,Armed clash,Military Forces of Pakistan (2018-),"
        'BLF: Balochistan Liberation Front,Pakistan,"Militants attacked an FC camp. The BLF'
        ' claimed responsibility for the attack on the FC.",2',
        "P3,14 August 2024,Battles,Armed clash,Police Forces of Pakistan (2018-),"
        "Unidentified Armed Group (Pakistan),Pakistan,"
        '"Unknown attackers claimed responsibility.",1',
        "P4,15 August 2024,Battles,Armed clash,Police Forces of Pakistan (2018-),"
        'TTP: Tehreek-i-Taliban Pakistan,Pakistan,"Police killed two TTP militants.",2',
    ]
    path = tmp_path / "claims.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    events = read_source(path, source="acled").events.set_index("source_event_id")
    assert events["claimed_by"].fillna("none").tolist() == [
        "Tehrik-i-Taliban Pakistan",
        "Balochistan Liberation Front",
        "none",
        "none",
    ]
    claimed = events["claim_status"].eq("claimed").tolist()
    assert claimed == [True, True, False, False]
