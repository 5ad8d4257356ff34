"""Provinces the sources name otherwise than the map's boundaries (Natural Earth 1:10m).

Worked out from the administrative histories the outline table cites
(``src/analysis/reference/admin1_outlines.csv``) and Natural Earth's own layer:

- Natural Earth codes South Sudan SDS and Palestine PSX, the sources SSD and PSE;
- it still has the Democratic Republic of the Congo's 11 provinces of before 2015 (Ituri
  and Tshopo lie in Orientale), Kenya's 8 provinces of before 2013 (Mandera and Wajir lie
  in North Eastern; 47 counties in all), Mali without Ménaka (cut from Gao);
- it calls West Darfur "West Soudan" and gives West Darfur's name to Central Darfur as
  well; it calls two units of Yemen "Sanaa" (the governorate YE-SN and the capital YE-SA)
  and two of Mozambique "Maputo";
- Sudan's West Kordofan, re-created in 2013 from North and South Kordofan, lies in no one
  unit of it: it is not drawn, and the captions say so.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest
from factories import ACLED_2025_HEADER, acled_2025_line, cleaned_store

from analysis import boundaries, maps
from analysis.clean.places import admin1_without_level_word
from analysis.reference.admin1_outlines import load_admin1_outlines


def _codes(iso3: list, admin1: list) -> list:
    frame = pd.DataFrame({"iso3": iso3, "admin1": admin1})
    units = boundaries.admin1_units()
    rows = boundaries.admin1_index(frame)
    return [None if pd.isna(r) else units.loc[r, "code"] for r in rows]


def test_countries_natural_earth_codes_otherwise_are_found():
    assert _codes(["SSD", "SSD", "PSE"], ["Jonglei", "Upper Nile", "West Bank"]) == [
        "SS-JG",
        "SS-NU",
        "PS-WBK",
    ]
    # by name too, and in cleaning's level-word rule: UCDP's "Jonglei state" is Jonglei
    names = pd.Series(["Jonglei state", "Ituri province", "Upper Nile"])
    cleaned = admin1_without_level_word(pd.Series(["SSD", "COD", "SSD"]), names)
    assert cleaned.tolist() == ["Jonglei", "Ituri", "Upper Nile"]


@pytest.mark.parametrize(
    ("iso3", "admin1", "code"),
    [
        ("SDN", "West Darfur", "SD-DW"),  # not Central Darfur (SD-DE), which had its name
        ("SDN", "Central Darfur", "SD-DE"),
        ("YEM", "Sanaa", "YE-SN"),
        ("YEM", "Amanat al Asimah", "YE-SA"),
        ("SOM", "Banadir", "SO-BN"),
        ("SOM", "Lower Shabelle", "SO-SH"),
        ("IRQ", "Ninewa", "IQ-NI"),
        ("SYR", "Rural Damascus", "SY-RD"),
        ("COD", "Ituri", "CD-OR"),
        ("MLI", "Menaka", "ML-7"),
        ("KEN", "Mandera", "KE-500"),
        ("KEN", "Nairobi", "KE-110"),
        ("SDN", "West Kordofan", None),
        # Karamoja's districts of 2018 and 2019, cut from Nakapiripirit and Kaabong; Omoro
        # (2016) from Gulu, not from Amuru, which Natural Earth also calls "Gulu"
        ("UGA", "Nabilatuk", "UG-311"),
        ("UGA", "Karenga", "UG-315"),
        ("UGA", "Omoro", "UG-304"),
        ("UGA", "Kasese", "UG-406"),  # Natural Earth's own
    ],
)
def test_sources_spellings_and_newer_units_find_their_outline(iso3, admin1, code):
    assert _codes([iso3], [admin1]) == [code]


def test_the_two_maputos_are_two_units():
    units = boundaries.admin1_units()
    rows = boundaries.admin1_index(
        pd.DataFrame({"iso3": ["MOZ"] * 2, "admin1": ["Maputo", "Maputo City"]})
    )
    assert rows[0] != rows[1]
    assert "Cidade de Maputo" in units.loc[rows[1], "names"]


def test_every_row_of_the_table_is_one_unit_and_kenya_has_its_47_counties():
    outlines = load_admin1_outlines()
    rows = boundaries._outline_rows(boundaries.admin1_units(), boundaries._country_adm0())
    # one unit each (else the build raises), but for the names that are no unit
    assert len(rows) == len(outlines) - outlines["fit"].eq("none").sum()
    key = outlines["iso3"] + "|" + outlines["admin1"].map(boundaries.name_key)
    assert not key.duplicated().any()
    kenya = outlines[outlines["iso3"].eq("KEN")].groupby("unit").size().to_dict()
    assert kenya == {
        "Central": 5,
        "Coast": 6,
        "Eastern": 8,
        "North Eastern": 3,
        "Nyanza": 6,
        "Rift Valley": 14,
        "Western": 4,
    }  # 46, and Nairobi, Natural Earth's own unit: 47


def _events(iso3: str, admin1: list, best: list, lat=None, lon=None):
    n = len(admin1)
    events = pd.DataFrame(
        {
            "cluster_id": [f"e{i}" for i in range(n)],
            "latitude": lat or [None] * n,
            "longitude": lon or [None] * n,
            "geo_precision": ["admin1"] * n,
            "iso3": [iso3] * n,
            "country": [None] * n,
            "admin1": admin1,
            "event_type": ["Battles"] * n,
            "actor1": ["CODECO"] * n,
        }
    )
    fatalities = pd.DataFrame(
        {"cluster_id": events["cluster_id"], "victim_group": "civilians", "best": best}
    ).assign(low=lambda f: f["best"], high=lambda f: f["best"])
    return events, fatalities


def test_the_deaths_map_counts_newer_provinces_in_the_older_outline():
    # Ituri 10 + 7 and Tshopo 2 lie in Orientale: 19; Nord-Kivu 5 is its own unit
    events, fatalities = _events("COD", ["Ituri", "Ituri", "Tshopo", "Nord-Kivu"], [10, 7, 2, 5])
    fig = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Orientale\n19" in texts and "Nord-Kivu\n5" in texts
    frame = maps.located(events, fatalities)
    assert frame["where"].tolist() == ["province"] * 4
    assert maps.outline_caption(frame) == (
        "Ituri and Tshopo are drawn as Orientale, the larger province they lie in: the map's "
        "boundaries predate them."
    )


def test_a_province_the_boundaries_lack_is_said_not_drawn():
    # West Kordofan's 3 events (4 + 0 + 2 deaths) are not on the map; West Darfur's 8 are,
    # labelled as the sources spell it, not "West Soudan"
    events, fatalities = _events(
        "SDN",
        ["West Kordofan", "West Kordofan", "West Kordofan", "West Darfur", "North Darfur"],
        [4, 0, 2, 8, 1],
    )
    frame = maps.located(events, fatalities)
    assert frame["where"].tolist() == ["country"] * 3 + ["province"] * 2
    within, missing = maps.outline_notes(frame)
    assert within == {}
    assert missing.to_dict("index") == {"West Kordofan": {"events": 3, "best": 6}}
    assert maps.outline_caption(frame, "state", drawn=False) == (
        "3 event(s) with 6 death(s) in West Kordofan are not in it: the map's boundaries do "
        "not have that state."
    )
    texts = [t.get_text() for t in maps.admin1_choropleth(events, fatalities).axes[0].texts]
    assert "West Darfur\n8" in texts and not any("Soudan" in t for t in texts)


def _congo_store(tmp_path):
    # ACLED's 2025 layout: two Ituri events known only to the province (ACLED's precision
    # 3: 6 and 4 deaths), one at Bunia (1.56 N 30.25 E, precision 1: 3 deaths), one in
    # Nord-Kivu known only to the province (2 deaths)

    drc, codeco = "Democratic Republic of Congo", "CODECO: Cooperative for the Development of Congo"
    rows = [
        acled_2025_line(event_id, f"{day} March 2025", 180, drc, (admin1, "", location),
                        lat, lon, precision, deaths, codeco)
        for event_id, day, admin1, location, lat, lon, precision, deaths in [
            ("DRC1", 3, "Ituri", "Djugu", 1.9, 30.5, 3, 6),
            ("DRC2", 5, "Ituri", "Irumu", 1.4, 29.9, 3, 4),
            ("DRC3", 7, "Ituri", "Bunia", 1.56, 30.25, 1, 3),
            ("DRC4", 9, "Nord-Kivu", "Beni", 0.5, 29.5, 3, 2),
        ]
    ]  # fmt: skip
    return cleaned_store(tmp_path, "acled_drc", ACLED_2025_HEADER, rows)


def test_a_congo_report_draws_ituri_in_orientale_and_says_so(tmp_path):
    # before, the two Ituri events known only to their province were "known only to their
    # country" and the deaths map left Ituri's 13 deaths out
    from analysis.reports.data import load_report_data, store_places
    from analysis.reports.page import Report
    from analysis.reports.params import parse_params
    from analysis.store.queries import selection_dates

    store = _congo_store(tmp_path)
    raw = {"country": "Democratic Republic of Congo"}
    params = parse_params(raw, store_places(store), store, "Timeline", selection_dates(store))
    shown: list[str] = []
    report = Report("timeline", load_report_data(store, params), shown.append)
    report.maps()
    page = "\n".join(shown)
    assert "1 event(s) placed to a town or district" in page
    assert "3 event(s) known only to their province" in page
    assert "known only to their country" not in page
    assert "Ituri is drawn as Orientale, the larger province it lies in" in page
    assert "Nord-Kivu is drawn" not in page
    frame = maps.located(report.events, report.fatalities)
    totals = frame.groupby("admin1")["best"].sum().to_dict()
    assert totals == {"Ituri": 13, "Nord-Kivu": 2}


def test_explores_maps_carry_the_reports_captions(tmp_path):
    # the same store explored in a notebook: the figures say under them what the report's
    # captions say (Ituri drawn as Orientale; the deaths map counts Ituri's 6 + 4 + 3)
    from analysis import explore

    events = explore.load(_congo_store(tmp_path), country="Democratic Republic of Congo")
    figure = events.plot_map()
    assert figure.caption.startswith("Colour: event type. 1 event(s) placed to a town")
    assert "3 event(s) known only to their province" in figure.caption
    assert "Ituri is drawn as Orientale" in figure.caption
    shown = " ".join(t.get_text() for t in figure.texts).replace("\n", " ")
    assert "Ituri is drawn as Orientale" in shown
    deaths = events.plot_provinces()
    assert "Ituri is drawn as Orientale" in deaths.caption
    assert deaths.caption.startswith("Best estimate of deaths per province")


def test_cleaning_gives_a_province_the_spelling_the_outline_table_gives_it():
    # UCDP GED writes Somalia's regions in Somali with "region" ("Shabeellaha Hoose
    # region"), ACLED in English ("Lower Shabelle"); both are one province after cleaning,
    # and so are Natural Earth's other names of the units the table spells. A province the
    # table draws within a larger one keeps its own name (Ituri), and one it does not list
    # keeps the name the sources give it (Nord-Kivu)
    from analysis.clean.places import normalise_places

    rows = [
        ("SOM", "Shabeellaha Hoose region", "Lower Shabelle"),
        ("SOM", "Lower Shabelle", "Lower Shabelle"),
        ("SOM", "Banaadir region", "Banadir"),
        ("SOM", "Jubbada Hoose region", "Lower Juba"),
        ("IRQ", "Nineveh governorate", "Ninewa"),
        ("SDN", "Western Darfur", "West Darfur"),
        ("SDN", "Central Darfur", "Central Darfur"),
        ("YEM", "Sana'a governorate", "Sanaa"),
        ("YEM", "Amanat Al Asimah", "Amanat al Asimah"),
        ("MOZ", "Cidade de Maputo", "Maputo City"),
        ("COD", "Ituri province", "Ituri"),
        ("COD", "Nord-Kivu", "Nord-Kivu"),
    ]
    events = pd.DataFrame({"iso3": [r[0] for r in rows], "admin1": [r[1] for r in rows]})
    out, _ = normalise_places(events, log=False)
    assert out["admin1"].tolist() == [r[2] for r in rows]


def test_an_outline_row_naming_no_unit_is_one_line_and_exit_code_2(tmp_path):
    # an analyst's own reference folder with a row whose unit Natural Earth does not have
    # (in a fresh process: the boundaries' tables are built once per process)
    import shutil
    import subprocess
    import sys

    from analysis.reference import reference_dir
    from analysis.store import ingest_files

    own = tmp_path / "reference"
    shutil.copytree(reference_dir(), own, ignore=shutil.ignore_patterns("boundaries", "*.py"))
    table = own / "admin1_outlines.csv"
    rows = table.read_text(encoding="utf-8").splitlines()
    table.write_text("\n".join([*rows, "KEN,Atlantis,Nowhere,,within,a test"]) + "\n")
    source = tmp_path / "acled.csv"
    row = acled_2025_line("KEN1", "3 March 2025", 404, "Kenya", ("Mandera", "", "Mandera"),
                          3.9, 41.8, 1, 2)  # fmt: skip
    source.write_text(f"{ACLED_2025_HEADER}\n{row}\n", encoding="utf-8")
    store = tmp_path / "ken.duckdb"
    ingest_files(store, [source])
    env = {
        **os.environ,
        "ANALYSIS_REFERENCE_DIR": str(own),
        "ANALYSIS_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "clean", "--store", str(store)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [
        f"error: {table}: row {len(rows) + 1}: column unit: 0 Natural Earth units of KEN "
        "called 'Nowhere', expected one"
    ]


def test_a_philippine_event_known_only_to_its_province_is_drawn_in_its_region(tmp_path):
    # ACLED names the Philippines' regions as admin-1 and their provinces as admin-2; the
    # region table groups Natural Earth's provinces and cities into the 17 regions, so an
    # event is placed in the region ACLED names, as Burkina Faso's in the Sahel. Two
    # events of the Bangsamoro region known only to their province (Maguindanao 4 deaths,
    # Sulu 2), one of Soccsksargen at Koronadal (a point, South Cotabato, 3) and one known
    # only to Sultan Kudarat (1): Bangsamoro 4 + 2 = 6, Soccsksargen 3 + 1 = 4. Before the
    # regions, each was drawn in the province its admin2 named and the deaths map drew
    # provinces
    from analysis import explore

    barmm, socc = "Bangsamoro Autonomous Region in Muslim Mindanao", "Soccsksargen"
    rows = [
        acled_2025_line(event_id, f"{day} March 2025", 608, "Philippines", place, lat, lon,
                        precision, deaths)
        for event_id, day, place, lat, lon, precision, deaths in [
            ("PHL1", 3, (barmm, "Maguindanao", "Datu Piang"), 7.02, 124.5, 3, 4),
            ("PHL2", 5, (barmm, "Sulu", "Patikul"), 6.07, 121.1, 3, 2),
            ("PHL3", 7, (socc, "South Cotabato", "Koronadal"), 6.5, 124.85, 1, 3),
            ("PHL4", 9, (socc, "Sultan Kudarat", "Isulan"), 6.63, 124.6, 3, 1),
        ]
    ]  # fmt: skip
    store = cleaned_store(tmp_path, "acled_phl", ACLED_2025_HEADER, rows)
    events = explore.load(store, country="Philippines")
    frame = maps.located(events.events, events.fatalities)
    units = boundaries.admin1_units()
    drawn = frame.groupby(frame["unit"].map(units["name"]))["best"].sum().to_dict()
    assert drawn == {barmm: 6, socc: 4}
    assert units.loc[frame["unit"], "code"].tolist() == ["PH-14", "PH-14", "PH-12", "PH-12"]
    assert not frame["by_admin2"].any()
    assert frame.sort_values("best")["where"].tolist() == ["province", "province", "point",
                                                           "province"]  # fmt: skip
    plotted = events.plot_provinces()
    assert plotted.caption.startswith("Best estimate of deaths per region, every event")
    assert "not among" not in plotted.caption and "not in it" not in plotted.caption
    labels = [t.get_text() for t in plotted.axes[0].texts]
    assert "Soccsksargen\n4" in labels
    assert not any(t.startswith(("Maguindanao", "Sulu", "South Cotabato")) for t in labels)
    points = events.plot_map().caption
    assert "3 event(s) known only to their region" in points  # the Philippines' admin-1
    assert "not drawn" not in points and "second-level" not in points


def test_a_philippine_region_the_table_lacks_is_drawn_by_its_events_provinces():
    # the Negros Island Region (2024) is not in the region table, which holds the division
    # Natural Earth's units fit: its events are drawn where their admin2 lies, and the
    # caption says so ("regions": the Philippines' admin-1 units are regions now)
    frame = pd.DataFrame({
        "iso3": "PHL", "admin1": "Negros Island Region",
        "admin2": ["Negros Oriental", "Negros Occidental", "Nowhere"], "best": [2, 1, 5],
        "geo_precision": "admin1", "latitude": None, "longitude": None,
    })  # fmt: skip
    placed = boundaries.admin1_placed(frame)
    units = boundaries.admin1_units()
    found = [None if pd.isna(i) else units.loc[i, "name"] for i in placed["unit"]]
    assert found == ["Negros Oriental", "Negros Occidental", None]
    assert placed["by_admin2"].tolist() == [True, True, False]
    located = frame.assign(unit=placed["unit"], by_admin2=placed["by_admin2"])
    assert maps.outline_caption(located, maps.province_term(frame)) == (
        "Negros Island Region is not one of the map's regions: its events are drawn where "
        "their second-level place lies (Negros Occidental and Negros Oriental). 1 event(s) "
        "in Negros Island Region are not drawn: the map's boundaries do not have that region."
    )


def test_a_region_named_like_one_city_of_it_is_the_region_not_the_city():
    # Natural Earth gives "Zamboanga Peninsula" to Zamboanga City, "Davao" to Davao City and
    # "Metro Manila" to the City of Manila (their English names): the names are ACLED's
    # regions, each the city among its other parts, and the city keeps its own outline
    frame = pd.DataFrame({
        "iso3": "PHL",
        "admin1": ["Zamboanga Peninsula", "Davao Region", "Metro Manila", "Davao Region"],
        "admin2": ["Zamboanga del Sur", "Davao del Norte", "Quezon City", "Nowhere"],
    })  # fmt: skip
    units = boundaries.admin1_units()
    found = units.loc[boundaries.admin1_index(frame).astype(int)]
    assert found[["name", "code", "kind"]].to_numpy().tolist() == [
        ["Zamboanga Peninsula", "PH-09", "region"],
        ["Davao Region", "PH-11", "region"],
        ["Metro Manila", "PH-00", "region"],
        ["Davao Region", "PH-11", "region"],
    ]
    assert not boundaries.admin1_placed(frame)["by_admin2"].any()
    assert [len(parts) for parts in found["parts"]] == [4, 5, 17, 5]
    assert not found["whole"].any()  # not a city grown: Khyber Pakhtunkhwa is
    region = units.loc[boundaries.admin1_unit_named("PHL", "Zamboanga Peninsula")]
    assert (region["name"], region["kind"]) == ("Zamboanga Peninsula", "region")
    cities = units.loc[list(region["parts"])].query("kind == 'highly urbanized city'")
    assert cities["names"].map(lambda n: n[1]).tolist() == ["Zamboanga"]
    outlined = boundaries.outlined_units(units[units["iso3"].eq("PHL")])
    assert len(outlined) == 118  # Natural Earth's units, each with its border; no region


def test_a_philippine_province_is_not_the_city_of_its_name_nor_lost_when_newer():
    # Natural Earth has a province and a city called Cebu, and Cotabato; a source's
    # "Cotabato" is the province (North Cotabato), as UCDP GED's "Cebu province" is.
    # Maguindanao del Sur (2022) and Davao Occidental (2013) are drawn as the province
    # they were cut from, as admin-1 (GED names provinces) or as an unknown region's admin2
    frame = pd.DataFrame({
        "iso3": "PHL",
        "admin1": ["Cotabato province", "Cebu province", "Maguindanao del Sur province",
                   "Davao Occidental", *["Negros Island Region"] * 2],
        "admin2": [None, None, None, None, "Maguindanao del Sur", "Cebu"],
    })  # fmt: skip
    units = boundaries.admin1_units()
    found = units.loc[boundaries.admin1_index(frame).astype(int), ["name", "kind"]]
    assert found.to_numpy().tolist() == [
        ["Cotabato", "province"],
        ["Cebu", "province"],
        ["Maguindanao", "province"],
        ["Davao del Sur", "province"],
        ["Maguindanao", "province"],
        ["Cebu", "province"],
    ]
    # each in its own region, the region ACLED names its events by
    assert units.loc[found.index, "region"].map(units["name"]).tolist() == [
        "Soccsksargen",
        "Central Visayas",
        "Bangsamoro Autonomous Region in Muslim Mindanao",
        "Davao Region",
        "Bangsamoro Autonomous Region in Muslim Mindanao",
        "Central Visayas",
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("PHL,Davao Region,Davao,,none,x", "row 2: column unit: must be empty when fit is none"),
        ("PHL,Davao Region,,,same,x", "row 2: column unit: missing"),
        ("PHL,Davao Region,,,gone,x", "row 2: column fit: 'gone', expected one of same, within"),
    ],
)
def test_an_outline_rows_fit_and_unit_agree(tmp_path, row, message):
    from analysis.errors import ReferenceTableError

    table = tmp_path / "admin1_outlines.csv"
    table.write_text(f"iso3,admin1,unit,unit_iso3,fit,why\n{row}\n", encoding="utf-8")
    with pytest.raises(ReferenceTableError, match=message):
        load_admin1_outlines(table)
