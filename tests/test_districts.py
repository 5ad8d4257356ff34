"""District (admin2) selection: the store query, the selection, report parameters, explore,
batch manifests, and the name of the units of the per-province map.

The store is tests/fixtures/regions/acled_districts.csv, ingested and cleaned (its README
gives the rows). Hand totals: Soum (Sahel, Burkina Faso) is DIS01 (4 dead), DIS02 (6) and
DIS03 (3, written "Soum Province"): 3 events, 13 dead, 3 to 8 February 2025; DIS04 (20
dead) is known only to the province (ACLED geo_precision 3), so it is in Sahel (5 events,
4 + 6 + 3 + 20 + 2 = 35 dead) but not in Soum. Hyderabad is a district of Sindh (Pakistan,
DIS06, 1 dead) and of Telangana (India, DIS07, 2 dead).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analysis import boundaries, maps, metrics
from analysis.batch import load_manifest
from analysis.batch.plan import plan_jobs
from analysis.batch.state import BatchState
from analysis.errors import UserError
from analysis.explore import load
from analysis.reports.data import load_report_data, selection_dates
from analysis.reports.params import Places, output_name, parse_params
from analysis.selection import select
from analysis.store import EventStore, ingest_files
from analysis.store.cleaned import clean_store
from analysis.store.queries import store_places

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "regions" / "acled_districts.csv"
SOUM = ["acled:DIS01", "acled:DIS02", "acled:DIS03"]
HYDERABAD = (
    "a district of both Telangana (India) and Sindh (Pakistan) in the store; "
    "give the country too (country=India or country=Pakistan)"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("districts") / "s.duckdb"
    ingest_files(path, [FIXTURE])
    with EventStore(path) as db:
        clean_store(db)
    return path


def _params(store: Path, **raw):
    return parse_params(raw, store_places(store), store, "Timeline", selection_dates(store))


def _best(selection) -> int:
    return int(selection.fatalities["best"].sum())


def test_the_store_selects_a_district_by_its_cleaned_spellings(store):
    with EventStore(store, read_only=True) as db:
        # "Soum Province" (DIS03) is Soum once cleaned; case and accents aside
        assert sorted(db.clean_events(admin2="SOUM")["event_id"]) == SOUM
        assert db.clean_events(admin2="Séno")["event_id"].tolist() == ["acled:DIS05"]
        both = db.clean_events(admin2=["soum", "Seno"])["event_id"]
        assert sorted(both) == [*SOUM, "acled:DIS05"]
        # a district narrows a province; an unknown one selects nothing
        assert len(db.clean_events(admin1="Sahel", admin2="Soum")) == 3
        assert db.clean_events(admin2="Atlantis").empty


def test_an_event_known_only_to_its_province_is_not_in_its_district(store):
    with EventStore(store, read_only=True) as db:
        district = select(db, {"admin2": "Soum"})
        province = select(db, {"admin1": "Sahel"})
        stored = db.clean_events(admin1="Sahel")
    # DIS04 names Soum but is placed only to Sahel (geo_precision admin1)
    assert stored.set_index("event_id").loc["acled:DIS04", "admin2"] == "Soum"
    assert sorted(district.events["cluster_id"]) == SOUM
    assert _best(district) == 4 + 6 + 3
    assert len(province.events) == 5 and _best(province) == 4 + 6 + 3 + 20 + 2


def test_store_places_lists_each_district_with_its_province_and_country(store):
    places = store_places(store)
    assert places.admin2_in("soum") == [("Soum", "Sahel", "Burkina Faso")]
    assert places.admin2_in("HYDERABAD") == [
        ("Hyderabad", "Telangana", "India"),
        ("Hyderabad", "Sindh", "Pakistan"),
    ]


def test_a_district_report_is_named_with_its_province_and_country(store):
    p = _params(store, admin2="soum")
    assert (p.country, p.admin1, p.admin2) == ("Burkina Faso", ("Sahel",), ("Soum",))
    assert p.region == "Soum (Sahel, Burkina Faso)" and p.level == "district"
    # the period is that of the district's own events: DIS01 (3 Feb) to DIS03 (8 Feb)
    assert (p.start, p.end) == (date(2025, 2, 3), date(2025, 2, 8))
    assert p.title == "Timeline: Soum (Sahel, Burkina Faso), 3 Feb 2025 – 8 Feb 2025"
    assert (
        output_name("timeline", p) == "timeline_soum-sahel-burkina-faso_2025-02-03_2025-02-08.html"
    )
    assert ("admin2", "Soum") in p.shown()
    # read back from the notebook's parameters: the same selection
    again = parse_params(
        p.to_notebook(), store_places(store), store, "Timeline", selection_dates(store), True
    )
    assert again == p
    data = load_report_data(store, p)
    assert sorted(data.events["cluster_id"]) == SOUM
    headline = metrics.headline(data.events, data.fatalities).set_index("measure")
    assert headline.loc["fatalities", "best"] == 13


def test_a_district_name_two_countries_share_needs_the_country_or_province(store):
    with pytest.raises(UserError) as caught:
        _params(store, admin2="hyderabad")
    assert str(caught.value) == f"--param admin2='hyderabad': {HYDERABAD}"
    pakistan = _params(store, admin2="Hyderabad", country="PAK")
    sindh = _params(store, admin2="Hyderabad", admin1="Sindh")
    assert pakistan.region == sindh.region == "Hyderabad (Sindh, Pakistan)"
    assert output_name("timeline", sindh).startswith("timeline_hyderabad-sindh-pakistan_")
    data = load_report_data(store, sindh)
    assert data.events["cluster_id"].tolist() == ["acled:DIS06"]
    india = _params(store, admin2="Hyderabad", country="India")
    assert output_name("timeline", india).startswith("timeline_hyderabad-telangana-india_")


def test_a_district_name_two_provinces_of_a_country_share_needs_the_province():
    places = Places(
        countries={"pakistan": "Pakistan"},
        regions={
            "punjab": {"pakistan": ("Punjab", "Pakistan")},
            "khyber pakhtunkhwa": {"pakistan": ("Khyber Pakhtunkhwa", "Pakistan")},
        },
        districts={
            "khyber": (
                ("Khyber", "Khyber Pakhtunkhwa", "Pakistan"),
                ("Khyber", "Punjab", "Pakistan"),
            )
        },
        first=date(2024, 8, 1),
        last=date(2024, 8, 31),
    )
    with pytest.raises(UserError) as caught:
        parse_params({"admin2": "Khyber", "country": "Pakistan"}, places, "s", "Timeline")
    assert str(caught.value) == (
        "--param admin2='Khyber': a district of both Khyber Pakhtunkhwa (Pakistan) and Punjab "
        "(Pakistan) in the store; give the province too (admin1=Khyber Pakhtunkhwa or "
        "admin1=Punjab)"
    )
    chosen = parse_params({"admin2": "khyber", "admin1": "Punjab"}, places, "s", "Timeline")
    assert chosen.region == "Khyber (Punjab, Pakistan)"


def test_an_unknown_district_is_refused_with_the_closest_spelling(store):
    with pytest.raises(UserError) as caught:
        _params(store, admin2="Soume")
    assert str(caught.value) == (
        "--param admin2='Soume': no district of that name in the store (did you mean Soum?)"
    )
    with pytest.raises(UserError) as caught:
        _params(store, admin2="Soum", admin1="Sindh")
    assert str(caught.value).startswith(
        "--param admin2='Soum': no district of that name of Sindh in the store"
    )


def test_the_cli_refuses_a_shared_or_unknown_district_in_one_line(store, cli, tmp_path):
    for value, message in (
        ("Hyderabad", f"--param admin2='Hyderabad': {HYDERABAD}"),
        ("Soume", "did you mean Soum?"),
    ):
        result = cli(
            "report", "timeline", "--store", store, "--out", tmp_path, "--param", f"admin2={value}"
        )
        assert result.exit_code == 2, result.output
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output
    assert not list(tmp_path.glob("*.html"))


def test_explore_filters_a_district(store):
    soum = load(store, admin2=["Soum"])
    assert sorted(soum.events["cluster_id"]) == SOUM
    assert int(soum.fatalities["best"].sum()) == 13
    assert soum.params.region == "Soum (Sahel, Burkina Faso)"
    sahel = load(store, admin1="Sahel")
    assert len(sahel) == 5 and len(sahel.filter(admin2="soum")) == 3
    with pytest.raises(UserError) as caught:
        load(store).filter(admin2="hyderabad")
    assert str(caught.value) == f"filter admin2='hyderabad': {HYDERABAD}"


def test_a_manifest_matrix_of_districts_plans_one_named_report_each(store, tmp_path):
    path = tmp_path / "manifest.yaml"
    path.write_text(
        "jobs:\n  - name: monthly-{admin2}\n    kind: timeline\n"
        "    params: {window: previous calendar month}\n"
        "    matrix: {admin2: [Soum, Séno, Hyderabad]}\n",
        encoding="utf-8",
    )
    planned = plan_jobs(
        load_manifest(path).jobs, store, BatchState.load(tmp_path), date(2025, 3, 3)
    )
    assert [p.output for p in planned[:2]] == [
        "timeline_soum-sahel-burkina-faso_2025-02-01_2025-02-28.html",
        "timeline_seno-sahel-burkina-faso_2025-02-01_2025-02-28.html",
    ]
    assert [p.region for p in planned[:2]] == [
        "Soum (Sahel, Burkina Faso)",
        "Seno (Sahel, Burkina Faso)",
    ]
    assert planned[2].status == "failed"
    assert planned[2].error == f"--param admin2='Hyderabad': {HYDERABAD}"


def test_the_per_province_map_is_titled_by_what_the_units_are_called():
    # Natural Earth's unit types: Mali's regions, Nigeria's states, Pakistan's provinces;
    # Burkina Faso's regions from the region table; two kinds at once: "province"
    assert boundaries.admin1_term(["MLI"]) == "region"
    assert boundaries.admin1_term(["BFA"]) == "region"
    assert boundaries.admin1_term(["NGA"]) == "state"
    assert boundaries.admin1_term(["PAK", "AFG"]) == "province"
    assert boundaries.admin1_term(["MLI", "NGA"]) == "province"
    # where Natural Earth's word is outdated, the term table's: Niger's regions (Natural
    # Earth: "Department"), Syria's governorates (Natural Earth: "Province"); the Sahel's
    # three countries are all "region"
    assert boundaries.admin1_term(["NER"]) == "region"
    assert boundaries.admin1_term(["NER", "MLI", "BFA"]) == "region"
    assert boundaries.admin1_term(["SYR"]) == "governorate"
    assert boundaries.admin1_term(["SYR", "IRQ", "PAK"]) == "province"
    events = pd.DataFrame(
        {
            "cluster_id": ["a", "b"],
            "iso3": ["BFA", "BFA"],
            "country": ["Burkina Faso"] * 2,
            "admin1": ["Sahel", "Centre-Nord"],
            "latitude": [None, None],
            "longitude": [None, None],
            "geo_precision": ["admin1", "admin1"],
        }
    )
    fatalities = pd.DataFrame(
        {
            "cluster_id": ["a", "b"],
            "victim_group": ["unknown"] * 2,
            "low": pd.array([3, 1], dtype="Int64"),
            "best": pd.array([3, 1], dtype="Int64"),
            "high": pd.array([3, 1], dtype="Int64"),
        }
    )
    assert maps.province_term(events) == "region"
    assert maps.admin1_choropleth(events, fatalities).get_suptitle() == "Deaths per region"
    pakistan = events.assign(iso3="PAK", country="Pakistan", admin1=["Sindh", "Punjab"])
    assert maps.admin1_choropleth(pakistan, fatalities).get_suptitle() == "Deaths per province"
    niger = events.assign(iso3="NER", country="Niger", admin1=["Tillaberi", "Tahoua"])
    assert maps.admin1_choropleth(niger, fatalities).get_suptitle() == "Deaths per region"


def test_a_districts_map_zooms_to_its_events(store):
    # the points of DIS01–DIS03: longitude -1.6306 to -0.8636, latitude 14.0167 to 14.2308,
    # each side padded by 0.6 degree (8 % of so small a span is less)
    soum = load(store, admin2="Soum")
    zoomed = maps.event_map(soum.events, soum.fatalities, zoom="events").axes[0]
    assert zoomed.get_xlim() == pytest.approx((-1.6306 - 0.6, -0.8636 + 0.6))
    assert zoomed.get_ylim() == pytest.approx((14.0167 - 0.6, 14.2308 + 0.6))
    # by default the map takes in the province (Sahel reaches the Niger border, east of 0°)
    whole = maps.event_map(soum.events, soum.fatalities).axes[0]
    assert whole.get_xlim()[1] > 0.5


def test_a_report_of_two_districts_names_the_deadliest_district(store):
    from analysis.reports.page import Report

    p = _params(store, admin2="Soum, Séno")
    assert p.region == "Soum, Seno (Sahel, Burkina Faso)"
    shown: list[str] = []
    report = Report("casualties", load_report_data(store, p), shown.append)
    summary = report.summary()
    # Soum 4 + 6 + 3 = 13, Seno 2; DIS04 (20, Sahel only) in neither
    assert "4 events were recorded in Soum, Seno (Sahel, Burkina Faso), killing 15 people" in (
        summary
    )
    assert "The most deaths were recorded in the district of Soum: 13 killed." in summary
    report.methodology()
    assert "Districts selected: Soum, Seno. Only events known to a district" in shown[-1]
