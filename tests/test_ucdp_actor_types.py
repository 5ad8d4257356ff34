"""UCDP GED's sides typed as the UCDP Actor Dataset types their actors.

The expected types are read by hand from the Actor Dataset (version 22.1, in
../shared/data/reference): FARC is organisation type 1 with a state-based conflict
(ConflictId 289, shared with the Government of Colombia); the Sinaloa Cartel and the Jalisco
Cartel New Generation are type 1 with no ConflictId (they fight each other and civilians);
the Fulani and the Tiv are type 3 (identity groups); the Supporters of Awami League type 2.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pandas as pd

from analysis.reference import reference_file
from analysis.reference.ucdp_actors import derive_ucdp_actors, ucdp_actor_type
from analysis.sources import read_source
from analysis.store import EventStore

HEADER = (
    "id,relid,year,type_of_violence,side_a,side_b,where_prec,date_prec,date_start,date_end,"
    "deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,country"
)
ROWS = [
    # id, type_of_violence, side_a, side_b, country
    (1, 1, "Government of Colombia", "FARC", "Colombia"),
    (2, 2, "Sinaloa Cartel", "Jalisco Cartel New Generation", "Mexico"),
    (3, 3, "Jalisco Cartel New Generation", "Civilians", "Mexico"),
    (4, 2, "Fulani", "Tiv", "Nigeria"),
    (5, 2, "Supporters of Awami League", "Supporters of BNP", "Bangladesh"),
    (6, 1, "Government of Colombia", "Frente Nuevo del Sur", "Colombia"),  # not in 22.1
    (7, 2, "Frente Nuevo del Sur", "Bloque Andino", "Colombia"),  # neither is
]


def _file(folder: Path) -> Path:
    lines = [HEADER]
    for i, kind, side_a, side_b, country in ROWS:
        lines.append(
            f"{i},R{i},2023,{kind},{side_a},{side_b},1,1,2023-05-0{i},2023-05-0{i},"
            f"1,1,0,0,2,2,2,{country}"
        )
    path = folder / "ged.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_side_gets_the_type_ucdp_gives_its_actor():
    with tempfile.TemporaryDirectory() as folder:
        events = read_source(_file(Path(folder)), source="ucdp").events.set_index("event_id")
    types = events[["source_actor1_type", "source_actor2_type"]].astype("object")
    types = types.where(types.notna(), None)
    assert types.loc["ucdp:1"].tolist() == ["state forces", "rebel/separatist"]
    assert types.loc["ucdp:2"].tolist() == ["political militia", "political militia"]
    assert types.loc["ucdp:3"].tolist() == ["political militia", None]  # Civilians: cleaning's
    assert types.loc["ucdp:4"].tolist() == ["identity militia", "identity militia"]
    assert types.loc["ucdp:5"].tolist() == ["political militia", "political militia"]
    # an actor newer than the table: the other side of a state-based event is the opposition
    assert types.loc["ucdp:6"].tolist() == ["state forces", "rebel/separatist"]
    assert types.loc["ucdp:7"].tolist() == [None, None]  # a non-state event says nothing


def test_the_cleaned_events_carry_the_types(cli, store_path, tmp_path):
    assert cli("ingest", "--store", store_path, _file(tmp_path)).exit_code == 0
    with EventStore(store_path, read_only=True) as db:
        found = db.con.execute(
            "SELECT event_id, actor1_type, actor2_type FROM events_clean ORDER BY event_id"
        ).fetchall()
    assert found[0] == ("ucdp:1", "state forces", "rebel/separatist")
    assert found[2] == ("ucdp:3", "political militia", "civilians")
    assert found[3] == ("ucdp:4", "identity militia", "identity militia")


def test_the_bundled_table_is_the_actor_dataset_s_own(shared_data):
    source = shared_data / "reference" / "ucdp-actor-221.csv"
    derived = derive_ucdp_actors(source)
    bundled = pd.read_csv(reference_file("ucdp_actors.csv"), dtype="str", keep_default_na=False)
    pd.testing.assert_frame_equal(derived, bundled)
    raw = pd.read_csv(source, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    # every one of the list's 163 governments is there by its UCDP name, as state forces
    governments = set(raw.loc[raw["Org"].eq("4"), "NameData"].str.strip())
    states = set(derived.loc[derived["actor_type"].eq("state forces"), "name"])
    assert len(governments) == 163 and governments <= states
    # and by its full English name ("Eritrean Liberation Front" for UCDP's ELF)
    assert derived.set_index("name").loc["Eritrean Liberation Front", "countries"] == "ETH"
    # a short name two unlike actors share is left out: UPC is a rebel group in Cameroon and
    # in the Central African Republic, and in the DR Congo one that fights other groups only
    assert "UPC" not in set(derived["name"]) and "FARC" in set(derived["name"])


def test_gtd_s_perpetrator_groups_are_typed_where_ucdp_locates_them(shared_data):
    """In the GTD extract, four groups are UCDP actors of the incident's country (by name,
    full English name or the abbreviation in brackets), each with a state-based conflict:
    ETA in Spain, the ELF in Ethiopia, the Montoneros in Argentina, the FSLN in Nicaragua.
    Their incidents there, counted in the file with the csv module, are rebel/separatist;
    the ELF's incident outside Ethiopia and every other group keep no type."""
    path = shared_data / "gtd" / "gtd_1970-1972_head.csv"
    with open(path, encoding="latin-1", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        at = {name: i for i, name in enumerate(header)}
        records = [r for r in reader if len(r) == len(header)]
    groups = {
        ("Basque Fatherland and Freedom (ETA)", "Spain"),
        ("Eritrean Liberation Front", "Ethiopia"),
        ("Montoneros (Argentina)", "Argentina"),
        ("Sandinista National Liberation Front (FSLN)", "Nicaragua"),
    }
    typed = {r[0] for r in records if (r[at["gname"]], r[at["country_txt"]]) in groups}
    assert len(typed) == 16
    events = read_source(path).events.set_index("source_event_id")
    kinds = events["source_actor1_type"].dropna()
    assert set(kinds.index) == typed and set(kinds) == {"rebel/separatist"}


def test_names_are_matched_by_their_key():
    kinds = ucdp_actor_type(pd.Series(["farc", "GOVERNMENT OF COLOMBIA", "Farc-EP"]))
    assert kinds.tolist()[:2] == ["rebel/separatist", "state forces"]
    assert pd.isna(kinds.iloc[2])
