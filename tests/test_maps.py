"""Maps: Natural Earth outlines found for the provinces sources name, events placed as the
seed table codes them.

The seed table (data/sample/seed_balochistan_events.csv) has 8 records: 01 (Musakhail,
``near``, 30.85 N 69.82 E) and 05 (Kalat, ``admin2``, with coordinates) have a place;
02, 03, 04, 06, 07 and 08 are known only to Balochistan (``admin1``), and 08 is an
unconfirmed claim, left out. So 7 real events: 2 points and 5 shading Balochistan. Their
best estimates (seed_balochistan_casualties.csv): 01: 23 civilians; 02: 14 security forces
and 21 militants (the larger of 21 and 12); 03: 6 unknown; 05: 6 security forces and 3 + 1
civilians; 04, 06, 07: none known. Balochistan: 23 + 35 + 6 + 10 = 74.
"""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.colors import to_hex

from analysis import boundaries, maps, plots
from analysis.explore import load
from conftest import seed_store


def _deaths(cluster_ids, best, victim_group: str = "civilians") -> pd.DataFrame:
    """A fatalities frame of one victim group whose figures are exact (low = best = high)."""
    return pd.DataFrame(
        {"cluster_id": cluster_ids, "victim_group": victim_group, "best": best}
    ).assign(low=lambda f: f["best"], high=lambda f: f["best"])


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return load(seed_store(tmp_path_factory.mktemp("seed") / "seed.duckdb"))


@pytest.mark.parametrize(
    ("iso3", "country", "admin1", "expected"),
    [
        ("PAK", None, "Balochistan", "PK-BA"),
        ("PAK", None, "Baluchistan", "PK-BA"),  # Natural Earth's own older spelling
        ("PAK", None, "Khyber-Pakhtunkhwa", "PK-KP"),
        (None, "Pakistan", "Sind", "PK-SD"),
        ("UKR", None, "Kyiv", "UA-32"),
        ("UKR", None, "Kyiv City", "UA-30"),
        ("UKR", None, "Lviv Oblast", "UA-46"),
        ("UKR", None, "Crimea", "UA-43"),  # drawn under Russia, a province of Ukraine to ACLED
        ("MMR", None, "Sagaing", "MM-01"),
        ("BGD", None, "Chittagong", "BD-B"),
        ("GBR", None, "Northern Ireland", "GB-NIR"),  # GTD's and ACLED's four nations
        ("GBR", None, "Wales", "GB-WLS"),
        ("ESP", None, "Basque Country", "ES-PV"),  # Spain's communities, Italy's regions
        ("ESP", None, "País Vasco", "ES-PV"),
        ("ITA", None, "Lazio", "IT-62"),
        ("ITA", None, "Sicilia", "IT-82"),
        ("FRA", None, "Ile-de-France", "FR-IDF"),  # France's 13 regions of 2016 (ACLED's)
        ("FRA", None, "Corsica", "FR-20R"),
        ("FRA", None, "Centre", "FR-CVL"),  # its name until 2015, the same territory
        ("FRA", None, "Alsace", "FR-GES"),  # merged into Grand Est in 2016: drawn as it
        ("ESP", None, "Gipuzcoa", "ES-SS"),  # GTD's spellings and short names
        ("PHL", None, "Metropolitian Manila", "PH-00"),
        ("VEN", None, "Caracas", "VE-A"),
        ("MEX", None, "Federal", "MX-DIF"),
        ("JPN", None, "Fukouka", "JP-40"),
        ("PAK", None, "Atlantis", None),
        ("PAK", None, None, None),
    ],
)
def test_provinces_are_found_by_any_of_their_names(iso3, country, admin1, expected):
    frame = pd.DataFrame({"iso3": [iso3], "country": [country], "admin1": [admin1]})
    row = boundaries.admin1_index(frame).iloc[0]
    found = None if pd.isna(row) else boundaries.admin1_units().loc[row, "code"]
    assert found == expected


def test_outlines_are_kept_in_the_cache_and_read_back_the_same(tmp_path, monkeypatch):
    """The first process builds the two layers and keeps them; a later one reads them back
    equal (Balochistan's keys and shape included); an unwritable cache builds in memory."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    built = boundaries._built_admin1_units()
    countries_built = boundaries._built_countries()
    assert boundaries._cached(boundaries.ADMIN1_FILE, boundaries._built_admin1_units) is not None
    assert boundaries._cached(boundaries.COUNTRIES_FILE, boundaries._built_countries) is not None
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "cache" / "boundaries").iterdir())
    assert kept == ["ne_10m_admin_0_countries", "ne_10m_admin_1_states_provinces"]  # no .tmp
    read = boundaries._cached(boundaries.ADMIN1_FILE, pytest.fail)  # read, never built again
    pd.testing.assert_frame_equal(
        pd.DataFrame(read.drop(columns="geometry")), pd.DataFrame(built.drop(columns="geometry"))
    )
    assert read.geometry.geom_equals_exact(built.geometry, tolerance=0).all()
    assert read.crs == built.crs == "EPSG:4326"
    countries_read = boundaries._cached(boundaries.COUNTRIES_FILE, pytest.fail)
    assert countries_read["iso3"].tolist() == countries_built["iso3"].tolist()
    balochistan = read[read["code"].eq("PK-BA")].iloc[0]
    assert balochistan["keys"].split("|")[:2] == ["balochistan", "baluchistan"]
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocked / "cache"))  # mkdir fails
    again = boundaries._cached(boundaries.COUNTRIES_FILE, boundaries._built_countries)
    assert len(again) == len(countries_built) == 258


def test_seed_events_are_points_or_shade_their_province(seed):
    placed = maps.located(seed.events, seed.fatalities)
    assert len(placed) == 7
    assert placed["where"].value_counts().to_dict() == {"province": 5, "point": 2}
    points = placed[placed["where"].eq("point")].sort_values("latitude")
    assert points["location"].tolist() == ["Kalat", "Musa Khel"]  # cleaned spelling
    assert points["best"].tolist() == [10, 23]
    units = boundaries.admin1_units()
    assert set(units.loc[placed["unit"].astype(int), "code"]) == {"PK-BA"}


def test_event_map_draws_points_by_deaths_and_shades_the_province(seed):
    fig = maps.event_map(seed.events, seed.fatalities, "victim_group")
    ax = fig.axes[0]
    scatter = ax.collections[-1]
    offsets = sorted(map(tuple, scatter.get_offsets().round(2).tolist()))
    assert (69.82, 30.85) in offsets and len(offsets) == 2
    where = list(map(tuple, scatter.get_offsets().round(2).tolist()))
    sizes = dict(zip(where, scatter.get_sizes(), strict=True))
    assert sizes[(69.82, 30.85)] > max(v for k, v in sizes.items() if k != (69.82, 30.85))
    # Musakhail killed civilians; Kalat mostly security forces (6 against 4 civilians)
    colours = {
        k: to_hex(c)
        for k, c in zip(
            map(tuple, scatter.get_offsets().round(2).tolist()),
            scatter.get_facecolors(),
            strict=True,
        )
    }
    assert colours[(69.82, 30.85)] == plots.VICTIM_COLOURS["civilians"].lower()
    assert plots.VICTIM_COLOURS["security forces"].lower() in colours.values()
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert labels[:2] == ["civilians", "security forces"]
    assert "known only to province" in labels
    assert "5" in [t.get_text() for t in ax.texts]  # the five events only known to Balochistan
    assert "Made with Natural Earth" in [t.get_text() for t in ax.texts]


def test_choropleth_totals_each_province(seed):
    fig = maps.admin1_choropleth(seed.events, seed.fatalities)
    assert "Balochistan\n74" in [t.get_text() for t in fig.axes[0].texts]
    assert not maps.spans_provinces(seed.events)


def test_no_place_gives_a_small_notice_not_an_error(seed):
    nowhere = seed.events.assign(latitude=None, longitude=None, admin1=None)
    fig = maps.event_map(nowhere, seed.fatalities)
    assert "No event of this selection has a known place." in [
        t.get_text() for t in fig.axes[0].texts
    ]
    with pytest.raises(ValueError, match="colour_by"):
        maps.event_map(seed.events, seed.fatalities, "weather")


def test_a_map_of_one_town_shows_the_province_around_it():
    # one clash at 33.9 N, 70.1 E (Kurram, Khyber Pakhtunkhwa): the map spans the
    # province's own bounds, not 0.6 degrees around the dot
    events = pd.DataFrame(
        {
            "cluster_id": ["a"],
            "latitude": [33.9],
            "longitude": [70.1],
            "geo_precision": ["exact"],
            "iso3": ["PAK"],
            "country": ["Pakistan"],
            "admin1": ["Khyber Pakhtunkhwa"],
            "event_type": ["Battles"],
            "actor1": ["TTP"],
        }
    )
    fatalities = pd.DataFrame(
        {"cluster_id": ["a"], "victim_group": "civilians", "low": [3], "best": [3], "high": [3]}
    )
    unit = boundaries.admin1_index(events).iloc[0]
    x0, y0, x1, y1 = boundaries.admin1_units().loc[[int(unit)]].total_bounds
    ax = maps.event_map(events, fatalities).axes[0]
    left, right = ax.get_xlim()
    bottom, top = ax.get_ylim()
    assert left <= x0 and right >= x1 and bottom <= y0 and top >= y1
    assert right - left > 3  # Khyber Pakhtunkhwa is some 5 degrees wide


def test_the_deadliest_places_are_named_on_the_map(seed):
    # the seed store's places to a town with the most deaths are named, each once
    events, fatalities = seed.events, seed.fatalities
    frame = maps.located(events, fatalities)
    points = frame[frame["where"].eq("point")]
    named = maps.deadliest_places(points)
    assert 0 < len(named) <= maps.NAMED_PLACES
    texts = [t.get_text() for t in maps.event_map(events, fatalities).axes[0].texts]
    for name in named:
        assert texts.count(name) == 1
    deaths = points.groupby("location")["best"].sum()
    largest = sorted(deaths[deaths.gt(0)], reverse=True)[: len(named)]
    assert sorted(deaths[list(named)], reverse=True) == largest


def test_burkina_faso_regions_are_drawn_as_their_provinces_together():
    # ACLED and UCDP name Burkina Faso's 13 regions, Natural Earth has its 45 provinces: an
    # event known only to the Sahel region shades the region; the deaths map counts the
    # Sahel's 10 + 4 (one event named by its province, Soum, which lies in the Sahel) and
    # Nord's 7, and draws the 13 regions, not the provinces
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "latitude": [None, 14.1, None],
            "longitude": [None, -1.6, None],
            "geo_precision": ["admin1", "exact", "admin1"],
            "iso3": ["BFA"] * 3,
            "country": ["Burkina Faso"] * 3,
            "admin1": ["Sahel", "Soum", "Nord"],
            "event_type": ["Battles"] * 3,
            "actor1": ["JNIM"] * 3,
        }
    )
    fatalities = _deaths(["a", "b", "c"], [10, 4, 7])
    frame = maps.located(events, fatalities)
    assert frame["where"].tolist() == ["province", "point", "province"]
    units = boundaries.admin1_units()
    assert units.loc[frame["unit"].tolist(), "name"].tolist() == ["Sahel", "Soum", "Nord"]
    assert maps.spans_provinces(events)
    fig = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Sahel\n14" in texts and "Nord\n7" in texts
    assert not any(t.startswith("Soum") for t in texts)
    ax = maps.event_map(events, fatalities).axes[0]
    assert "1" in [t.get_text() for t in ax.texts]  # the Sahel's one event known only to it


def test_a_deaths_map_of_events_without_a_death_says_so_instead_of_a_white_map():
    # GTD's Spain, 1970-1972: 33 attacks, none with a death; a map of white regions under a
    # scale from 0 to 1 said nothing
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b"],
            "latitude": [None, None],
            "longitude": [None, None],
            "geo_precision": ["admin1", "admin1"],
            "iso3": ["ESP", "ESP"],
            "country": ["Spain", "Spain"],
            "admin1": ["Pais Vasco", "Navarra"],
            "event_type": ["Explosions/Remote violence"] * 2,
            "actor1": ["ETA"] * 2,
        }
    )
    fig = maps.admin1_choropleth(events, _deaths(["a", "b"], [0, 0]))
    assert fig.get_suptitle() == "Deaths per region"
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts == ["No death is recorded in any region."]
    fig = maps.admin1_choropleth(events, _deaths(["a", "b"], [0, 2]))
    assert "Navarra\n2" in [t.get_text() for t in fig.axes[0].texts]


def test_an_event_map_of_events_without_a_death_keys_no_toll_and_names_no_place():
    # three bombings placed to San Sebastián, Bilbao and Bilbao again, none with a death (as
    # GTD's Basque attacks of 1970-1972): every circle is the smallest, so no "1 killed" size
    # key and no place named; one death in Bilbao gives the key and names Bilbao alone
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "latitude": [43.32, 43.26, 43.26],
            "longitude": [-1.98, -2.93, -2.93],
            "geo_precision": ["exact"] * 3,
            "iso3": ["ESP"] * 3,
            "country": ["Spain"] * 3,
            "admin1": ["Pais Vasco"] * 3,
            "location": ["San Sebastian", "Bilbao", "Bilbao"],
            "event_type": ["Explosions/Remote violence"] * 3,
            "actor1": ["ETA"] * 3,
        }
    )

    def drawn(best):
        fatalities = _deaths(["a", "b", "c"], best)
        fig = maps.event_map(events, fatalities)
        keys = [t.get_text() for t in fig.legends[0].get_texts()]
        names = {t.get_text() for t in fig.axes[0].texts}
        return keys, names, maps.event_map_caption(events, fatalities, fig)

    keys, names, caption = drawn([0, 0, 0])
    assert not any(k.endswith("killed") for k in keys)
    assert not names & {"San Sebastian", "Bilbao"}
    assert "no placed event has a recorded death, so no place is named." in caption
    assert "deadliest" not in caption
    # all three are placed to a town: nothing is shaded, so no sentence counts "0 event(s)"
    assert "known only to" not in caption
    keys, names, caption = drawn([0, 1, 0])
    assert "1 killed" in keys
    assert "Bilbao" in names and "San Sebastian" not in names
    assert "the 1 place with deaths named." in caption


def test_a_deaths_map_of_the_united_states_is_framed_on_its_states_with_events():
    # GTD's 1970 attacks in California (San Francisco, 3 dead) and Illinois (Chicago, 4):
    # Alaska's Aleutians reach 172° E, so framed on every state the map spanned the world,
    # the states a sliver in a corner; now it holds the states with events and those
    # around them, not Alaska or Hawaii
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b"],
            "latitude": [37.77, 41.88],
            "longitude": [-122.42, -87.63],
            "geo_precision": ["exact", "exact"],
            "iso3": ["USA", "USA"],
            "country": ["United States", "United States"],
            "admin1": ["California", "Illinois"],
            "event_type": ["Explosions/Remote violence"] * 2,
            "actor1": ["Weather Underground", "Black Panthers"],
        }
    )
    fatalities = _deaths(["a", "b"], [3, 4])
    fig = maps.admin1_choropleth(events, fatalities)
    ax = fig.axes[0]
    (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
    assert -135 < left < -124.4 and -87.6 < right < -60  # California's coast to the east
    assert 20 < bottom < 32.5 and 42 < top < 60  # not Alaska (to 71° N) nor Hawaii (19° N)
    texts = [t.get_text() for t in ax.texts]
    assert "Illinois\n4" in texts and "California\n3" in texts


def test_france_s_regions_are_drawn_and_its_map_holds_the_mainland_alone():
    # ACLED names France's 13 regions of 2016: Paris (2 dead) in Île-de-France, Marseille
    # (1) in Provence-Alpes-Côte d'Azur, each the departments of its region together; the
    # map holds metropolitan France, Brittany's west (5° W) and Corsica (9.5° E) included,
    # not the overseas departments (Guadeloupe at 61° W, Réunion at 55° E); GTD's Alsace,
    # merged into Grand Est in 2016, is drawn as Grand Est (1 dead), and the caption says so
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "latitude": [48.85, 43.30, None],
            "longitude": [2.35, 5.37, None],
            "geo_precision": ["exact", "exact", "admin1"],
            "iso3": ["FRA"] * 3,
            "country": ["France"] * 3,
            "admin1": ["Île-de-France", "Provence-Alpes-Côte d'Azur", "Alsace"],
            "event_type": ["Riots"] * 3,
            "actor1": ["Rioters (France)"] * 3,
        }
    )
    fatalities = _deaths(["a", "b", "c"], [2, 1, 1])
    fig = maps.admin1_choropleth(events, fatalities)
    assert fig.get_suptitle() == "Deaths per region"
    ax = fig.axes[0]
    (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
    assert -10 < left < -5 and 9.6 < right < 15 and 38 < bottom < 41.3 and 51.1 < top < 55
    texts = [t.get_text() for t in ax.texts]
    assert "Île-de-France\n2" in texts and "Provence-\nAlpes-Côte\nd'Azur\n1" in texts
    assert "Grand Est\n1" in texts
    caption = maps.outline_caption(maps.located(events, fatalities), "region", drawn=False)
    assert caption == "Alsace is drawn as Grand Est, the region it was merged into."


def test_the_united_kingdom_s_nations_are_drawn_as_their_districts_together():
    # GTD and ACLED name the United Kingdom's four nations, Natural Earth has its 232
    # counties, boroughs and districts: an event known only to Northern Ireland shades it,
    # and the deaths map counts Northern Ireland's 3 + 15 (Belfast's point) and England's 7
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c"],
            "latitude": [None, 54.607, None],
            "longitude": [None, -5.956, None],
            "geo_precision": ["admin1", "exact", "admin1"],
            "iso3": ["GBR"] * 3,
            "country": ["United Kingdom"] * 3,
            "admin1": ["Northern Ireland", "Northern Ireland", "England"],
            "event_type": ["Explosions/Remote violence"] * 3,
            "actor1": ["IRA"] * 3,
        }
    )
    fatalities = _deaths(["a", "b", "c"], [3, 15, 7])
    frame = maps.located(events, fatalities)
    assert frame["where"].tolist() == ["province", "point", "province"]
    units = boundaries.admin1_units()
    shaded = units.loc[[frame["unit"].iloc[0], frame["unit"].iloc[2]]]
    assert shaded["name"].tolist() == ["Northern Ireland", "England"]
    assert [len(p) for p in shaded["parts"]] == [26, 152]
    fig = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Northern\nIreland\n18" in texts and "England\n7" in texts
    caption = maps.event_map_caption(events, fatalities, maps.event_map(events, fatalities))
    assert "2 event(s) known only to their region" in caption and "not drawn" not in caption


def test_the_nations_communities_and_regions_hold_every_unit_once_and_where_it_lies():
    # the region table's United Kingdom, Spain and Italy: each Natural Earth unit in one
    # region at most (Spain's six communities of one province are units of their own), and
    # Northern Ireland's 26 districts are the units on the island of Ireland (west of 5.45°
    # W between 53.9° and 55.5° N: not the Hebrides, not Scilly)
    import shapely

    units = boundaries.admin1_units()
    own = units[units["parts"].map(len).eq(0)]
    for iso3, regions, in_one in [
        ("GBR", 4, 232),
        ("ITA", 20, 110),
        ("ESP", 11, 44),
        ("FRA", 13, 96),  # the metropolitan departments; the 5 overseas are units of their own
    ]:
        ours = own[own["iso3"].eq(iso3)]
        assert ours["region"].notna().sum() == in_one
        assert units.loc[ours["region"].dropna().astype(int), "name"].nunique() == regions
    ni = units.loc[boundaries.admin1_unit_named("GBR", "Northern Ireland")]
    points = shapely.point_on_surface(own[own["iso3"].eq("GBR")].geometry.to_numpy())
    x, y = shapely.get_x(points), shapely.get_y(points)
    irish = own[own["iso3"].eq("GBR")].index[(x < -5.45) & (y > 53.9) & (y < 55.5)]
    assert sorted(ni["parts"]) == sorted(irish)


def test_khyber_pakhtunkhwa_is_drawn_with_the_former_tribal_areas():
    # Natural Earth keeps the Federally Administered Tribal Areas apart; the sources put the
    # tribal districts in Khyber Pakhtunkhwa for every year (2016 here, before the merger):
    # "KP" and "Khyber Pakhtunkhwa" are the grown province, "FATA" its part, and the
    # deaths map counts 5 + 3 + 2 = 10 in one province drawn whole, Balochistan 4
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b", "c", "d"],
            "latitude": [None, 33.0, None, None],
            "longitude": [None, 70.1, None, None],
            "geo_precision": ["admin1", "exact", "admin1", "admin1"],
            "iso3": ["PAK"] * 4,
            "country": ["Pakistan"] * 4,
            "admin1": ["Khyber Pakhtunkhwa", "KP", "FATA", "Balochistan"],
            "date_start": pd.to_datetime(["2016-05-01", "2020-01-02", "2016-05-03", "2020-01-04"]),
            "event_type": ["Battles"] * 4,
            "actor1": ["TTP"] * 4,
        }
    )
    fatalities = _deaths(["a", "b", "c", "d"], [5, 3, 2, 4], "unknown")
    units = boundaries.admin1_units()
    frame = maps.located(events, fatalities)
    kp = units.loc[frame["unit"][0]]
    assert frame["unit"][0] == frame["unit"][1] and kp["name"] == "Khyber Pakhtunkhwa"
    parts = set(units.loc[list(kp["parts"]), "name"])
    assert parts == {"Khyber Pakhtunkhwa", "Federally Administered Tribal Areas"}
    assert units.loc[frame["unit"][2], "name"] == "Federally Administered Tribal Areas"
    assert kp["kind"] == "province" and boundaries.admin1_term(["PAK"]) == "province"
    drawn = boundaries.drawn_units(units[units["iso3"].eq("PAK")])["name"].tolist()
    assert drawn.count("Khyber Pakhtunkhwa") == 1
    assert "Federally Administered Tribal Areas" not in drawn
    fig = maps.admin1_choropleth(events, fatalities)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "Khyber\nPakhtunkhwa\n10" in texts and "Balochistan\n4" in texts
    # the label stays inside the map: its centre is at least half its width from the edges
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text().startswith("Khyber"))
    (x0, x1), (x, _) = ax.get_xlim(), label.xyann
    assert x0 < x < x1


def test_a_label_near_the_edge_is_moved_inside():
    fig, ax = plots.new_figure(width=4.4)
    ax.set_xlim(60, 75)
    ax.set_ylim(24, 37)
    ax.set_aspect(1.2)
    # 18 characters of 7.5 pt, about 1.1 inch on a 4.2-inch axes 15 degrees wide: half of
    # it is about 2 degrees, so a centre at 74.5 moves to about 73, one at 67 stays
    x, y = maps._inside(ax, (74.5, 30.0), "Khyber Pakhtunkhwa", 7.5)
    assert 72.5 < x < 73.5 and y == 30.0
    assert maps._inside(ax, (67.0, 30.0), "Khyber Pakhtunkhwa", 7.5) == (67.0, 30.0)


def test_the_tables_made_from_the_outlines_are_kept_under_what_they_are_made_of(
    tmp_path, monkeypatch
):
    """The units with their regions, the countries and the name lookup are kept in one file
    named by everything they are made from: read back equal without being built, made anew
    (never read stale) when the region table changes, and still made when nothing can be
    kept."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    built = boundaries._tables.__wrapped__()
    kept = list((tmp_path / "cache" / "boundaries").glob("tables-*.pickle"))
    assert [p.name for p in kept] == [f"tables-{boundaries._tables_digest()}.pickle"]
    for name in ("_built_units", "_built_countries_cached", "_built_lookup"):
        monkeypatch.setattr(boundaries, name, pytest.fail)  # read, never built again
    read = boundaries._tables.__wrapped__()
    pd.testing.assert_frame_equal(
        pd.DataFrame(read[1].drop(columns="geometry")),
        pd.DataFrame(built[1].drop(columns="geometry")),
    )
    assert read[1].geometry.geom_equals_exact(built[1].geometry, tolerance=0).all()
    assert read[0]["iso3"].tolist() == built[0]["iso3"].tolist() and read[2] == built[2]
    sahel = read[1][read[1]["name"].eq("Sahel") & read[1]["iso3"].eq("BFA")].iloc[0]
    assert sorted(read[1].loc[list(sahel["parts"]), "name"]) == ["Oudalan", "Soum", "Séno", "Yagha"]
    # a region table of one's own (Sahel without Yagha) is another file, never the kept one
    from analysis.reference.regions import load_regions

    table = load_regions()
    own = tmp_path / "reference"
    own.mkdir()
    table[table["province"].ne("Yagha")].to_csv(own / "regions.csv", index=False)
    before = boundaries._tables_digest()
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(own))
    assert boundaries._tables_digest() != before
    monkeypatch.undo()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocked / "cache"))  # mkdir fails
    again = boundaries._tables.__wrapped__()
    assert len(again[0]) == 258 and len(again[1]) == len(built[1])


# five towns a few tens of km apart in Balochistan, the deadliest first, and two events known
# only to the province (its boxed count sits near them)
TOWNS = {
    "Quetta": (30.18, 67.00, 12),
    "Mastung": (29.80, 66.85, 9),
    "Kuchlak": (30.40, 66.97, 7),
    "Nushki": (29.55, 66.02, 5),
    "Kalat": (29.03, 66.59, 4),
}


def _crowded_events() -> tuple[pd.DataFrame, pd.DataFrame]:
    names = [*TOWNS, "Balochistan", "Balochistan"]
    n = len(names)
    events = pd.DataFrame(
        {
            "cluster_id": [f"e{i}" for i in range(n)],
            "location": names,
            "latitude": [TOWNS[t][0] for t in TOWNS] + [None, None],
            "longitude": [TOWNS[t][1] for t in TOWNS] + [None, None],
            "geo_precision": ["exact"] * len(TOWNS) + ["admin1"] * 2,
            "iso3": ["PAK"] * n,
            "country": ["Pakistan"] * n,
            "admin1": ["Balochistan"] * n,
            "event_type": ["Battles"] * n,
            "actor1": ["BLA"] * n,
        }
    )
    best = [TOWNS[t][2] for t in TOWNS] + [3, 2]
    fatalities = pd.DataFrame(
        {"cluster_id": events["cluster_id"], "victim_group": "civilians", "best": best}
    ).assign(low=lambda f: f["best"], high=lambda f: f["best"])
    return events, fatalities


def _extents(fig):
    """Every text of the map as drawn: its window extent, a boxed count's box included."""
    fig.draw_without_rendering()
    out = {}
    for text in fig.axes[0].texts:
        box = text.get_bbox_patch()
        out[text.get_text()] = box.get_window_extent() if box else text.get_window_extent()
    return out


def _overlapping(extents) -> list[tuple[str, str]]:
    names = list(extents)
    return [
        (a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if extents[a].overlaps(extents[b])
    ]


def _outside(fig, extents) -> list[str]:
    box = fig.axes[0].get_window_extent()
    return [
        name
        for name, e in extents.items()
        if e.x0 < box.x0 or e.x1 > box.x1 or e.y0 < box.y0 or e.y1 > box.y1
    ]


def test_names_of_places_close_together_do_not_overlap():
    # Quetta, Kuchlak and Mastung lie within 0.6 degrees (some 65 km) of one another, a
    # fifth of an inch on a map of Balochistan 4 inches wide: written each at the same
    # offset from its dot, their names ran into one another
    from analysis.reports import markup

    events, fatalities = _crowded_events()
    fig = maps.event_map(events, fatalities, "victim_group")
    extents = _extents(fig)
    assert _overlapping(extents) == []  # before: Quetta over Kuchlak, Mastung over Nushki
    assert _outside(fig, extents) == []
    named = [t for t in TOWNS if t in extents]
    assert named[:3] == ["Quetta", "Mastung", "Kuchlak"]  # the deadliest never left out
    assert len(named) + fig.places_not_named == 5
    assert "2" in extents and "Made with Natural Earth" in extents  # the count and credit
    # drawn again at the page's width for desktops, the map grows: still clear
    fig.set_size_inches(*markup.desktop_size(fig))
    extents = _extents(fig)
    assert _overlapping(extents) == [] and _outside(fig, extents) == []


def test_province_names_of_pakistan_do_not_overlap():
    # Islamabad lies between Punjab and Khyber Pakhtunkhwa, a few km from both: centred on
    # their provinces, the names of the three overlapped
    provinces = ["Punjab", "Islamabad", "Khyber Pakhtunkhwa", "Sindh", "Balochistan"]
    events = pd.DataFrame(
        {
            "cluster_id": [f"p{i}" for i in range(len(provinces))],
            "latitude": None,
            "longitude": None,
            "geo_precision": "admin1",
            "iso3": "PAK",
            "country": "Pakistan",
            "admin1": provinces,
            "event_type": "Battles",
            "actor1": "TTP",
        }
    )
    fatalities = _deaths(events["cluster_id"], [9, 8, 7, 6, 5])
    fig = maps.admin1_choropleth(events, fatalities)
    extents = _extents(fig)
    assert _overlapping(extents) == []  # before: Islamabad's name over Khyber Pakhtunkhwa's
    assert _outside(fig, extents) == []
    assert "Punjab\n9" in extents  # the deadliest province always named
    assert len(extents) - 1 + fig.units_not_named == 5  # the credit aside


def test_a_label_that_fits_nowhere_is_left_out_and_counted():
    fig, ax = plots.new_figure(height=1.2, width=1.2)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    # a name wider than the axes fits at no position; the short one next to it does
    wide, short = (
        ax.annotate(text, (0.5, 0.5), xytext=(0, 0), textcoords="offset points")
        for text in ("Dera Murad Jamali and Dera Allahyar", "Sibi")
    )
    assert maps.place_labels(ax, [wide, short], gaps=3.0) == 1
    assert [t.get_text() for t in ax.texts] == ["Sibi"]
    assert short.xyann == (3.0, 0.0) and short.get_ha() == "left"


def _circles_under(fig, text: str) -> int:
    """How many of the map's circles reach into the drawn box or text ``text``."""
    fig.draw_without_rendering()
    ax = fig.axes[0]
    label = next(t for t in ax.texts if t.get_text() == text)
    patch = label.get_bbox_patch()
    extent = patch.get_window_extent() if patch else label.get_window_extent()
    dots = ax.collections[-1]
    centres = dots.get_offset_transform().transform(dots.get_offsets())
    radii = [s**0.5 / 2 * fig.dpi / 72 for s in dots.get_sizes()]
    return sum(
        1
        for (x, y), r in zip(centres, radii, strict=True)
        if (
            (x - min(max(x, extent.x0), extent.x1)) ** 2
            + (y - min(max(y, extent.y0), extent.y1)) ** 2
        )
        < (r - 1) ** 2
    )


def test_a_province_s_count_is_boxed_beside_a_circle_at_its_centre_not_over_it():
    # Balochistan: 4 events known only to the province, and a 20-death clash at the very
    # point where the province's count goes (its representative point). Before, the box
    # of "4" was drawn over the circle and hid it.
    unit = int(
        boundaries.admin1_index(pd.DataFrame({"iso3": ["PAK"], "admin1": ["Balochistan"]})).iloc[0]
    )
    centre = boundaries.admin1_units().loc[unit].geometry.representative_point()
    n = 5
    events = pd.DataFrame(
        {
            "cluster_id": [f"e{i}" for i in range(n)],
            "location": ["Balochistan"] * 4 + ["a clash"],
            "latitude": [None] * 4 + [centre.y],
            "longitude": [None] * 4 + [centre.x],
            "geo_precision": ["admin1"] * 4 + ["exact"],
            "iso3": ["PAK"] * n,
            "country": ["Pakistan"] * n,
            "admin1": ["Balochistan"] * n,
            "event_type": ["Battles"] * n,
            "actor1": ["BLA"] * n,
        }
    )
    fatalities = _deaths(events["cluster_id"], [1, 1, 1, 1, 20], "militants")
    fig = maps.event_map(events, fatalities)
    assert fig.counts_not_shown == 0
    assert _circles_under(fig, "4") == 0
    assert _circles_under(fig, "a clash") == 0  # the name clear of it as well
