"""The Philippines' regions: ACLED's admin-1, groups of Natural Earth's units.

ACLED names the 17 regions as admin-1 ("Bangsamoro Autonomous Region in Muslim
Mindanao", "Soccsksargen", "Davao Region" …) and their provinces as admin-2; UCDP GED names
the province ("Maguindanao province"). Natural Earth's admin-1 layer has 118 units of the
Philippines: 80 provinces and 38 cities (32 highly urbanized, 5 independent component
cities, the municipality of Pateros). The region table (``regions.csv``) puts each unit in
its region; the units of each region, counted by hand from the table:

Metro Manila 17 (its 16 cities and Pateros), Ilocos 5, Cagayan Valley 6, Central Luzon 9,
Bicol 7, Western Visayas 8, Central Visayas 7, Eastern Visayas 8, Zamboanga Peninsula 4,
Northern Mindanao 7, Davao Region 5, Soccsksargen 5, Caraga 5, Bangsamoro 6 (Basilan,
Cotabato City, Lanao del Sur, Maguindanao, Sulu, Tawi-Tawi), Cordillera 7, Calabarzon 6,
Mimaropa 6: 118.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import boundaries, maps
from analysis.clean.places import normalise_places, place_spellings, spelling_in_store
from analysis.errors import ReferenceTableError
from analysis.reference.regions import load_regions

BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"
UNITS = {
    "Metro Manila": 17,
    "Ilocos": 5,
    "Cagayan Valley": 6,
    "Central Luzon": 9,
    "Bicol": 7,
    "Western Visayas": 8,
    "Central Visayas": 7,
    "Eastern Visayas": 8,
    "Zamboanga Peninsula": 4,
    "Northern Mindanao": 7,
    "Davao Region": 5,
    "Soccsksargen": 5,
    "Caraga": 5,
    BARMM: 6,
    "Cordillera Administrative Region": 7,
    "Calabarzon": 6,
    "Mimaropa": 6,
}
CODES = {
    "Metro Manila": "PH-00",
    "Ilocos": "PH-01",
    "Cagayan Valley": "PH-02",
    "Central Luzon": "PH-03",
    "Bicol": "PH-05",
    "Western Visayas": "PH-06",
    "Central Visayas": "PH-07",
    "Eastern Visayas": "PH-08",
    "Zamboanga Peninsula": "PH-09",
    "Northern Mindanao": "PH-10",
    "Davao Region": "PH-11",
    "Soccsksargen": "PH-12",
    "Caraga": "PH-13",
    BARMM: "PH-14",
    "Cordillera Administrative Region": "PH-15",
    "Calabarzon": "PH-40",
    "Mimaropa": "PH-41",
}


def _parts(units: pd.DataFrame, region: str) -> list[list[str]]:
    row = units.loc[boundaries.admin1_unit_named("PHL", region)]
    return sorted(units.loc[list(row["parts"]), ["name", "kind"]].to_numpy().tolist())


def test_every_natural_earth_unit_of_the_philippines_lies_in_exactly_one_region():
    table = load_regions().query("iso3 == 'PHL'")
    assert len(table) == 118 and not table["province"].duplicated().any()
    assert table.groupby("region", sort=False).size().to_dict() == UNITS
    assert table.drop_duplicates("region").set_index("region")["code"].to_dict() == CODES
    units = boundaries.admin1_units()
    ours = units[units["iso3"].eq("PHL")]
    natural_earth = ours[ours["parts"].map(len).eq(0)]
    regions = ours[ours["parts"].map(len).gt(0)]
    assert len(natural_earth) == 118 and natural_earth["region"].notna().all()
    assert len(regions) == 17 and set(regions["kind"]) == {"region"}
    parts = [row for group in regions["parts"] for row in group]
    assert sorted(parts) == sorted(natural_earth.index)  # each once
    # each unit's region is the region whose parts hold it
    for row, region in regions.iterrows():
        assert natural_earth.loc[list(region["parts"]), "region"].eq(row).all()
    assert dict(zip(regions["name"], regions["parts"].map(len), strict=True)) == UNITS


def test_bangsamoro_is_its_five_provinces_and_cotabato_city():
    units = boundaries.admin1_units()
    assert _parts(units, BARMM) == [
        ["Basilan", "province"],
        ["Cotabato", "independent component city"],  # Cotabato City, in the region since 2019
        ["Lanao del Sur", "province"],
        ["Maguindanao", "province"],
        ["Sulu", "province"],
        ["Tawi-Tawi", "province"],
    ]
    # Natural Earth's other Cotabato, the province, is Soccsksargen's; a province and a
    # city of one name lie in one region (Cebu, Iloilo)
    assert ["Cotabato", "province"] in _parts(units, "Soccsksargen")
    assert [p for p in _parts(units, "Central Visayas") if p[0] == "Cebu"] == [
        ["Cebu", "highly urbanized city"],
        ["Cebu", "province"],
    ]
    assert [p for p in _parts(units, "Western Visayas") if p[0] == "Iloilo"] == [
        ["Iloilo", "highly urbanized city"],
        ["Iloilo", "province"],
    ]
    # Natural Earth's units named before a later change: Davao de Oro (Compostela Valley
    # until 2019), Surigao del Norte (which Natural Earth calls Dinagat Islands in English)
    assert ["Davao de Oro", "province"] in _parts(units, "Davao Region")
    assert ["Dinagat Islands", "province"] in _parts(units, "Caraga")


@pytest.mark.parametrize("region", list(CODES))
def test_each_region_acled_names_is_found(region):
    frame = pd.DataFrame({"iso3": ["PHL"], "admin1": [region], "admin2": [None]})
    units = boundaries.admin1_units()
    placed = boundaries.admin1_placed(frame)
    row = placed["unit"].iloc[0]
    assert (units.loc[row, "name"], units.loc[row, "code"]) == (region, CODES[region])
    assert not placed["by_admin2"].iloc[0]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("BARMM", BARMM),
        ("Bangsamoro", BARMM),
        ("Bangsamoro region", BARMM),
        ("NCR", "Metro Manila"),
        ("National Capital Region", "Metro Manila"),
        ("CAR", "Cordillera Administrative Region"),
        ("Region XII", "Soccsksargen"),
        ("Region IV-B", "Mimaropa"),
        ("Soccsksargen region", "Soccsksargen"),  # the level word dropped
    ],
)
def test_cleaning_writes_a_region_as_acled_does(written, stored):
    events = pd.DataFrame({
        "iso3": ["PHL"], "admin1": [written], "admin2": [None],
        "location": pd.Series([None], dtype=object),
        "latitude": [np.nan], "longitude": [np.nan], "geo_precision": ["admin1"],
    })  # fmt: skip
    out, _ = normalise_places(events)
    assert out.loc[0, "admin1"] == stored


def test_a_report_names_a_region_by_its_abbreviation():
    stored = place_spellings(
        pd.DataFrame(
            {
                "level": "admin1",
                "iso3": "PHL",
                "name": [BARMM, "Soccsksargen", "Metro Manila"],
                "rows": [3, 1, 2],
            }
        )
    )
    assert spelling_in_store("BARMM", "admin1", ["PHL"], stored) == [("PHL", BARMM)]
    assert spelling_in_store("NCR", "admin1", [], stored) == [("PHL", "Metro Manila")]
    assert spelling_in_store("SOCCSKSARGEN", "admin1", ["PHL"], stored) == [("PHL", "Soccsksargen")]


def _events(rows: list[tuple]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events (cluster, admin1, location, latitude, longitude, precision, deaths) of the
    Philippines and their fatalities."""
    cluster, admin1, location, lat, lon, precision, best = zip(*rows, strict=True)
    n = len(rows)
    events = pd.DataFrame(
        {
            "cluster_id": cluster,
            "latitude": pd.Series(lat, dtype="float64"),
            "longitude": pd.Series(lon, dtype="float64"),
            "geo_precision": precision,
            "iso3": ["PHL"] * n,
            "country": ["Philippines"] * n,
            "admin1": admin1,
            "location": location,
            "event_type": ["Battles"] * n,
            "actor1": ["BIFF"] * n,
        }
    )
    fatalities = pd.DataFrame(
        {"cluster_id": cluster, "victim_group": "civilians", "best": best}
    ).assign(low=lambda f: f["best"], high=lambda f: f["best"])
    return events, fatalities


def test_an_event_known_only_to_its_region_is_drawn_and_regions_are_mapped():
    # as Burkina Faso's Sahel (tests/test_maps.py): an event known only to the Bangsamoro
    # region (3 deaths) shades it, one at Marawi (a point, 4) lies in it, one known only to
    # Soccsksargen (2) shades that region; the deaths map counts Bangsamoro 3 + 4 = 7 and
    # Soccsksargen 2, and draws the 17 regions. Before, the two regions were no units: the
    # events known only to them were not drawn and their deaths not counted
    events, fatalities = _events(
        [
            ("a", BARMM, BARMM, None, None, "admin1", 3),
            ("b", BARMM, "Marawi", 8.0, 124.29, "exact", 4),
            ("c", "Soccsksargen", "Soccsksargen", None, None, "admin1", 2),
        ]
    )
    frame = maps.located(events, fatalities)
    assert frame["where"].tolist() == ["province", "point", "province"]
    units = boundaries.admin1_units()
    assert units.loc[frame["unit"].tolist(), "name"].tolist() == [BARMM, BARMM, "Soccsksargen"]
    assert maps.spans_provinces(events) and maps.province_term(events) == "region"
    figure = maps.event_map(events, fatalities)
    assert figure.counts_not_shown == 0
    assert [t.get_text() for t in figure.axes[0].texts].count("1") == 2  # one per region
    caption = maps.event_map_caption(events, fatalities, figure)
    # said as the country's admin-1 is called, as the deaths map's title does
    assert "2 event(s) known only to their region: the region is shaded" in caption
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "known only to region" in legend
    assert "not drawn" not in caption
    deaths = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in deaths.axes[0].texts]
    assert "Bangsamoro\nAutonomous\nRegion in\nMuslim\nMindanao\n7" in texts
    assert "Soccsksargen\n2" in texts
    drawn = boundaries.drawn_units(units[units["iso3"].eq("PHL")])
    assert len(drawn) == 17 and set(drawn["kind"]) == {"region"}
    caption = maps.deaths_map_caption(events, fatalities, deaths)
    assert caption.startswith("Best estimate of deaths per region, every event whose region")
    assert "not in it" not in caption


def test_a_ged_province_is_its_own_unit_and_counts_in_its_region():
    # UCDP GED names the province: "Maguindanao province" is still Natural Earth's
    # Maguindanao (the unit the event map shades, not the region), and the deaths map
    # counts its 5 deaths in the Bangsamoro region with ACLED's 3 known only to the region:
    # 8, the one unit named
    events, fatalities = _events(
        [
            ("g", "Maguindanao province", "Maguindanao", None, None, "admin1", 5),
            ("a", BARMM, BARMM, None, None, "admin1", 3),
        ]
    )
    cleaned, _ = normalise_places(events.assign(admin2=None))
    assert cleaned["admin1"].tolist() == ["Maguindanao", BARMM]  # the level word dropped
    units = boundaries.admin1_units()
    rows = boundaries.admin1_index(events).astype(int)
    assert units.loc[rows, "name"].tolist() == ["Maguindanao", BARMM]
    assert units.loc[rows, "code"].tolist() == ["PH-MAG", "PH-14"]
    assert units.loc[rows[0], "region"] == rows[1]
    shaded = maps.located(events, fatalities)
    assert shaded["where"].tolist() == ["province", "province"]
    assert shaded["unit"].tolist() == rows.tolist()
    deaths = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in deaths.axes[0].texts]
    assert texts == [
        "Made with Natural Earth",
        "Bangsamoro\nAutonomous\nRegion in\nMuslim\nMindanao\n8",
    ]


def test_the_region_table_refuses_a_unit_put_in_two_regions(tmp_path, monkeypatch):
    table = load_regions()
    twice = pd.DataFrame(
        [{"iso3": "PHL", "region": "Soccsksargen", "code": "PH-12", "province": "Cotabato City"}]
    )
    own = tmp_path / "reference"
    own.mkdir()
    pd.concat([table, twice], ignore_index=True).to_csv(own / "regions.csv", index=False)
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(own))
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(ReferenceTableError) as raised:
        boundaries._built_units()
    # Soccsksargen's rows come first (the groups in the table's order): the row naming
    # Cotabato City for the Bangsamoro region is the one refused
    line = table.index[table["province"].eq("Cotabato City")][0] + 2
    assert str(raised.value) == (
        f"{own / 'regions.csv'}: row {line}: column province: 'Cotabato City' is a unit of "
        "PHL another row already puts in a region"
    )
