"""Actor aliases: canonical names and types, ACLED suffixes, fuzzy suggestions, the long view."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import metrics
from analysis.clean.actors import (
    THRESHOLD,
    actors_long,
    name_actors,
    normalise_actors,
    suggestion_mentions,
)
from analysis.reference.actors import ACTOR_TYPES, actor_key, claiming_group, load_actor_aliases
from analysis.store import EventStore
from conftest import SAMPLE

UCDP_ACTORS = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "data"
    / "reference"
    / "ucdp-actor-221.csv"
)
UCDP_NAME_COLUMNS = [
    "NameData",
    "NameOrig",
    "NameOrigFull",
    "NameOrigFullEng",
    "NewName",
    "NewNameFullMotherTongue",
    "NewNameFullEng",
]
BLA = "Baloch Liberation Army"
TTP = "Tehrik-i-Taliban Pakistan"


def events(actor1, actor2=None, assoc1=None, assoc2=None, country="Pakistan") -> pd.DataFrame:
    """A canonical-shaped events frame with one row per ``actor1`` value."""
    n = len(actor1)

    def column(values):
        return pd.Series(values if values is not None else [None] * n, dtype="str")

    return pd.DataFrame(
        {
            "event_id": [f"t:{i}" for i in range(n)],
            "actor1": column(actor1),
            "actor2": column(actor2),
            "assoc_actor1": column(assoc1),
            "assoc_actor2": column(assoc2),
            "country": column(country if isinstance(country, list) else [country] * n),
        }
    )


@pytest.fixture(scope="module")
def aliases() -> pd.DataFrame:
    return load_actor_aliases()


def test_bla_variants_resolve_to_one_actor():
    names = ["BLA", "Balochistan Liberation Army", "BLA: Baloch Liberation Army", f"{BLA} (BLA)"]
    named, changes, suggestions = normalise_actors(events(names))
    assert named["actor1"].tolist() == [BLA] * 4
    assert named["actor1_type"].tolist() == ["rebel/separatist"] * 4
    assert sorted(changes["before"]) == sorted(names)
    assert set(changes["step"]) == {"actors"} and changes["rows"].tolist() == [1, 1, 1, 1]
    assert suggestions.empty


def test_acled_period_suffix_is_ignored():
    names = ["Military Forces of Pakistan (2018-)", "Police Forces of Iran (1989-)"]
    named, _, _ = normalise_actors(events(names, country=["Pakistan", "Iran"]))
    assert named["actor1"].tolist() == ["Military Forces of Pakistan", "Police Forces of Iran"]
    assert named["actor1_type"].tolist() == ["state forces", "state forces"]


def test_country_suffix_and_gtd_abbreviation_are_stripped_when_the_rest_is_known():
    named, _, suggestions = normalise_actors(
        events(["Tehrik-i-Taliban Pakistan (Afghanistan)", "LeI: Lashkar-e-Islam (LeI)"])
    )
    assert named["actor1"].tolist() == [TTP, "Lashkar-e-Islam"]
    assert suggestions.empty


def test_generic_names_take_the_event_country():
    frame = events(
        ["Militants", "Unknown", "Police", "Police"],
        actor2=["Civilians", "Civilians", "Passengers", None],
        country=["Pakistan", "Afghanistan", "Pakistan", None],
    )
    named, _, suggestions = normalise_actors(frame)
    assert named["actor1"].tolist() == [
        "Unidentified Armed Group (Pakistan)",
        "Unidentified Armed Group (Afghanistan)",
        "Police Forces of Pakistan",
        "Police",  # no country: a bare "Police" could be anyone's
    ]
    assert named["actor2"].tolist()[:3] == [
        "Civilians (Pakistan)",
        "Civilians (Afghanistan)",
        "Civilians (Pakistan)",
    ]
    assert suggestions.set_index("name").loc["Police", "rows"] == 1


def test_generic_names_of_any_country_are_acled_s():
    # UCDP's sides in countries the table lists no generic actor for are read as ACLED
    # writes them there; ACLED's own period suffix is dropped. A bare "Police" could be
    # anyone's (GTD's target type): kept where the table does not list it.
    frame = events(
        ["Government of Burkina Faso", "Unidentified Armed Group", "Police",
         "Military Forces of Mali (2021-)"],
        actor2=["Civilians", "Civilians", "Government of Chad", "Civilians (Mali)"],
        country=["Burkina Faso", "Somalia", "Chad", "Mali"],
    )  # fmt: skip
    named, _, suggestions = normalise_actors(frame)
    assert named["actor1"].tolist() == [
        "Government of Burkina Faso",  # UCDP's whole state, as for Pakistan
        "Unidentified Armed Group (Somalia)",
        "Police",
        "Military Forces of Mali",
    ]
    assert named["actor2"].tolist() == [
        "Civilians (Burkina Faso)",
        "Civilians (Somalia)",
        "Government of Chad",
        "Civilians (Mali)",
    ]
    assert named["actor1_type"].fillna("none").tolist() == [
        "state forces", "political militia", "none", "state forces"
    ]  # fmt: skip
    assert named["actor2_type"].tolist() == ["civilians", "civilians", "state forces", "civilians"]
    assert suggestions["name"].tolist() == ["Police"]


def test_sahel_and_lake_chad_groups_as_each_source_writes_them():
    jnim, sahel = "Jamaat Nusrat al-Islam wal-Muslimin", "Islamic State (Sahel)"
    iswap, jas = "Islamic State West Africa Province", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"
    boko = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"  # ACLED
    frame = events(
        ["JNIM", "JNIM: Group for Support of Islam and Muslims", "IS Sahel", "IS", "IS", boko,
         "IS", "IS"],
        assoc1=[None, None, None, None, None, None, None,
                "VDP: Volunteers for the Defense of the Homeland; Koglweogo Militia"],
        country=["Burkina Faso", "Mali", "Niger", "Burkina Faso", "Nigeria", "Nigeria",
                 "Niger", "Burkina Faso"],
    )  # fmt: skip
    named, _, suggestions = normalise_actors(frame)
    assert named["actor1"].tolist() == [jnim, jnim, sahel, sahel, iswap, jas, "IS", sahel]
    # In Niger UCDP's "IS" is the Sahel province in Tillabéri and ISWAP in Diffa: no match.
    assert suggestions["name"].tolist() == ["IS"]
    assert not suggestions["applied"].any()
    assert named.loc[7, "assoc_actor1"] == ("Volunteers for the Defense of the Homeland; Koglweogo")
    assert named["actor1_type"].iloc[:6].eq("rebel/separatist").all()


def test_islamic_state_depends_on_the_event_country():
    isil = "Islamic State of Iraq and the Levant (ISIL)"  # GTD
    frame = events(
        [isil, isil, "IS", "IS"], country=["Pakistan", "Iraq", "Afghanistan", "Pakistan"]
    )
    named, _, suggestions = normalise_actors(frame)
    assert named["actor1"].tolist() == [
        "Islamic State (Pakistan)",
        isil,
        "Islamic State Khorasan Province",
        "Islamic State (Pakistan)",
    ]
    assert suggestions[["name", "rows", "applied"]].values.tolist() == [[isil, 1, False]]


def test_spelling_variant_is_matched_fuzzily(aliases):
    variant = "Tehreek-e-Taliban Pakistan"
    assert actor_key(variant) not in set(aliases["alias"].map(actor_key))
    named, changes, suggestions = normalise_actors(events([variant, TTP]))
    assert named["actor1"].tolist() == [TTP, TTP]
    assert named["actor1_type"].tolist() == ["rebel/separatist"] * 2
    row = suggestions.set_index("name").loc[variant]
    assert row["suggestion"] == TTP and row["applied"] and row["score"] >= THRESHOLD
    assert changes[["before", "after"]].values.tolist() == [[variant, TTP]]


def test_fuzzy_match_below_the_threshold_is_only_suggested():
    variant = "Tehreek-e-Taliban Pakistan"
    named, changes, suggestions = normalise_actors(events([variant]), threshold=99)
    assert named["actor1"].tolist() == [variant]
    assert named["actor1_type"].isna().all()
    assert changes.empty
    assert suggestions[["suggestion", "applied"]].values.tolist() == [[TTP, False]]


def test_fuzzy_match_never_changes_the_country():
    # "military forces of iraq" is one letter from "military forces of iran" (score 95.7),
    # but Iran's forces are no candidate for an event in Iraq
    # a name of ACLED's form for any country's forces is a name already: kept, never matched
    for country in ("Iraq", "Iran"):
        named, changes, suggestions = normalise_actors(
            events(["Military Forces of Iraq"], country=country)
        )
        assert named["actor1"].tolist() == ["Military Forces of Iraq"]
        assert named["actor1_type"].tolist() == ["state forces"]
        assert changes.empty and suggestions.empty
    # a misspelt name in Iran is matched among Iran's actors only, and only suggested
    _, _, in_iran = normalise_actors(events(["Islamic Revolutionary Gard"], country="Iran"))
    assert in_iran[["suggestion", "country"]].values.tolist() == [
        ["Islamic Revolutionary Guard Corps", "Iran"]
    ]


def test_suggestions_come_only_from_the_event_country():
    # GTD names in United States events: nothing of Pakistan's is offered for them
    names = ["Earth Liberation Front (ELF)", "Police", "Business"]
    named, changes, suggestions = normalise_actors(events(names, country="United States"))
    assert named["actor1"].tolist() == names and changes.empty
    offered = set(suggestions["suggestion"].dropna())
    assert not offered & {"Balochistan Liberation Front", "Police Forces of Pakistan"}
    assert not suggestions["applied"].any()
    # the same names in Pakistan are matched against Pakistan's actors
    _, _, in_pakistan = normalise_actors(events(["Earth Liberation Front (ELF)"]))
    assert in_pakistan["suggestion"].tolist() == ["Balochistan Liberation Front"]
    assert not in_pakistan["applied"].any()


def test_source_actor_types_fill_in_for_unknown_actors():
    frame = events(["Zorgon Raiders", "BLA: Baloch Liberation Army", "Civilians (Peru)"])
    frame["source_actor1_type"] = ["political militia", "identity militia", None]
    named, _, _ = normalise_actors(frame)
    # the table's type wins; the source's category for actors it does not know; ACLED's
    # generic names for any country
    assert named["actor1_type"].tolist() == ["political militia", "rebel/separatist", "civilians"]


def test_junk_name_is_kept_and_listed():
    junk = "Qwxz Flarp Syndicate"
    named, changes, suggestions = normalise_actors(events([junk, junk, BLA]))
    assert named["actor1"].tolist() == [junk, junk, BLA]
    assert named["actor1_type"].isna().tolist() == [True, True, False]
    assert changes.empty
    assert suggestions[["name", "applied", "rows"]].values.tolist() == [[junk, False, 2]]
    assert list(suggestions.columns) == [
        "name",
        "suggestion",
        "score",
        "applied",
        "rows",
        "country",
    ]
    assert suggestions["score"].iloc[0] < THRESHOLD


def test_associated_actors_are_split_mapped_and_rejoined():
    frame = events(
        [BLA, TTP],
        assoc1=["BLA; Baloch Liberation Army (BLA); FC", None],
        assoc2=["Qwxz Flarp Syndicate;Levies", ""],
    )
    named, changes, _ = normalise_actors(frame)
    assert named["assoc_actor1"].iloc[0] == f"{BLA}; Frontier Corps"
    assert pd.isna(named["assoc_actor1"].iloc[1])
    assert named["assoc_actor2"].tolist() == ["Qwxz Flarp Syndicate; Balochistan Levies", ""]
    assert set(changes["column"]) == {"assoc_actor1", "assoc_actor2"}


def test_rows_index_and_other_columns_are_kept():
    frame = events(["BLA", None, "Qwxz", "TTP"]).assign(notes=["a", "b", "c", "d"])
    frame.index = [10, 3, 7, 1]
    named, _, _ = normalise_actors(frame)
    assert len(named) == len(frame)
    assert named.index.tolist() == [10, 3, 7, 1]
    assert named["notes"].tolist() == ["a", "b", "c", "d"]
    assert named["event_id"].tolist() == frame["event_id"].tolist()
    assert named["actor1"].iloc[[0, 2, 3]].tolist() == [BLA, "Qwxz", TTP]
    assert pd.isna(named["actor1"].iloc[1])


def test_normalising_its_own_output_changes_nothing():
    frame = events(
        ["BLA", "Tehreek-e-Taliban Pakistan", "Militants", "Qwxz Flarp Syndicate"],
        actor2=["Police Forces of Pakistan (2018-)", "Civilians", None, "FC"],
        assoc2=["FC; Levies", None, "Labour Group (Pakistan)", None],
    )
    once, _, first = normalise_actors(frame)
    twice, changes, second = normalise_actors(once)
    assert changes.empty
    pd.testing.assert_frame_equal(once, twice)
    assert second["name"].tolist() == ["Qwxz Flarp Syndicate"]
    assert len(first) == 2


def test_empty_events():
    named, changes, suggestions = normalise_actors(events([]))
    assert named.empty and changes.empty and suggestions.empty
    assert {"actor1_type", "actor2_type"} <= set(named.columns)


def test_suggestion_mentions_worked_by_hand():
    # Each row naming a name no alias resolves (exactly, in its ACLED form or with the
    # row's country), once per row, in column order; known and generic names give none.
    frame = pd.DataFrame(
        {
            "event_id": ["e1", "e2", "e3"],
            "actor1": ["Zorgon raiders", "BLA: Baloch Liberation Army", None],
            "actor2": ["Police", "Civilians (Peru)", ""],
            "assoc_actor1": ["Zorgon raiders; Quux Brigade", None, None],
            "assoc_actor2": [None, "Quux Brigade", None],
            "claimed_by": [None, "Zorgon raiders", None],
            "country": ["Pakistan", " Peru ", "Pakistan"],
        }
    )
    assert suggestion_mentions(frame, country=True).values.tolist() == [
        ["e1", "Zorgon raiders", "Pakistan"],
        ["e1", "Quux Brigade", "Pakistan"],
        ["e2", "Quux Brigade", "Peru"],
        ["e2", "Zorgon raiders", "Peru"],
    ]
    # the suggestions count the same rows: Zorgon raiders and Quux Brigade once per country
    _, _, suggestions = normalise_actors(frame)
    counted = suggestions.set_index(["name", "country"])["rows"].sort_index()
    assert counted.to_dict() == {
        ("Quux Brigade", "Pakistan"): 1,
        ("Quux Brigade", "Peru"): 1,
        ("Zorgon raiders", "Pakistan"): 1,
        ("Zorgon raiders", "Peru"): 1,
    }


def test_name_actors_gives_the_mentions_of_one_pass():
    # The store names the actors and lists the suggestions' mentions from one pass:
    # the same mentions as suggestion_mentions, and the same events as normalise_actors.
    # e1: Zorgon raiders twice in one row (one mention), Police resolved in Pakistan;
    # e2: Taliban in Afghanistan after 2021-08-15 is the dated row's actor (no mention);
    # e3: Quux Brigade in Mali in actor2 and claimed_by (one mention).
    frame = pd.DataFrame(
        {
            "event_id": ["e1", "e2", "e3"],
            "actor1": ["Zorgon raiders", "Taliban", None],
            "actor2": ["Police", None, "Quux Brigade"],
            "assoc_actor1": ["Zorgon raiders", None, None],
            "claimed_by": [None, None, "Quux Brigade"],
            "country": ["Pakistan", "Afghanistan", "Mali"],
            "date_start": ["2024-08-01", "2022-01-01", "2024-08-02"],
        }
    )
    named = name_actors(frame, log=False)
    assert named.mentions(country=True).values.tolist() == [
        ["e1", "Zorgon raiders", "Pakistan"],
        ["e3", "Quux Brigade", "Mali"],
    ]
    assert named.mentions().equals(suggestion_mentions(frame))
    assert named.events["actor1"].tolist()[1] == "Military Forces of Afghanistan"
    assert named.events["actor2"].tolist()[0] == "Police Forces of Pakistan"
    assert named.changes.empty  # log=False: the caller logs per event
    logged, changes, suggestions = normalise_actors(frame)
    assert logged.equals(named.events) and suggestions.equals(named.suggestions)
    assert changes[["column", "before", "after"]].values.tolist() == [
        ["actor1", "Taliban", "Military Forces of Afghanistan"],
        ["actor2", "Police", "Police Forces of Pakistan"],
    ]


def test_alias_table_names_each_alias_once(aliases):
    keys = aliases.assign(key=aliases["alias"].map(actor_key))
    per_key = keys.groupby("key")["canonical"].nunique()
    assert per_key.max() == 1, per_key[per_key.gt(1)]
    assert not aliases["alias"].duplicated().any()
    assert keys["key"].ne("").all()


def test_alias_table_is_well_formed(aliases):
    assert list(aliases.columns) == ["alias", "canonical", "actor_type", "source", "countries"]
    assert set(aliases["actor_type"]) <= set(ACTOR_TYPES)
    # one country list per actor, of ISO3 codes; only al-Qaeda is listed for no country
    assert aliases.groupby("canonical")["countries"].nunique().max() == 1
    codes = set(aliases["countries"].str.split(";").explode()) - {""}
    assert codes and all(len(c) == 3 and c.isupper() for c in codes)
    assert set(aliases.loc[aliases["countries"].eq(""), "canonical"]) == {"al-Qaeda"}
    assert set(aliases["source"]) == {"ucdp-actor-221", "acled convention", "project"}
    assert aliases.groupby("canonical")["actor_type"].nunique().max() == 1
    assert 100 < len(aliases) < 1000


def test_every_canonical_name_maps_to_itself(aliases):
    canonicals = aliases["canonical"].drop_duplicates().tolist()
    named, changes, suggestions = normalise_actors(events(canonicals))
    assert named["actor1"].tolist() == canonicals
    assert changes.empty and suggestions.empty


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("BLF", "Balochistan Liberation Front"),
        ("Baloch Liberation Front (BLF)", "Balochistan Liberation Front"),
        ("BRAS", "Baloch Raaji Aajoi Sangar"),
        ("BRA", "Baloch Republican Army"),
        ("TTP", TTP),
        ("TTP: Tehreek-i-Taliban Pakistan", TTP),
        ("Tehrik-i-Taliban Pakistan (TTP)", TTP),
        ("ISKP", "Islamic State Khorasan Province"),
        ("IS-K", "Islamic State Khorasan Province"),
        ("ISIS-K", "Islamic State Khorasan Province"),
        ("Khorasan Chapter of the Islamic State", "Islamic State Khorasan Province"),
        ("LeJ", "Lashkar-e-Jhangvi"),
        ("FC", "Frontier Corps"),
        ("Levies", "Balochistan Levies"),
        ("Security forces", "Military Forces of Pakistan"),
        ("Jondullah", "Jundallah (Iran)"),
        ("Government of Pakistan", "Government of Pakistan"),
        ("Government of Pakistan (2018-)", "Government of Pakistan"),
        ("Police Forces of Pakistan (2018-)", "Police Forces of Pakistan"),
        ("Al Shabaab", "Al-Shabaab"),
        ("ADF: Allied Democratic Forces", "Allied Democratic Forces"),
        ("M23: March 23 Movement", "M23"),
        ("CJTF: Civilian Joint Task Force", "Civilian Joint Task Force"),
        ("Dozo Communal Militia (Mali)", "Dozo Communal Militia"),
        ("Ansar al-Sunnah", "Islamic State (Mozambique)"),
        ("ISWAP", "Islamic State West Africa Province"),
        ("ISGS", "Islamic State (Sahel)"),
        ("Ansarul Islam", "Ansaroul Islam"),
    ],
)
def test_known_aliases(alias, canonical):
    named, _, _ = normalise_actors(events([alias]))
    assert named.loc[0, "actor1"] == canonical


def test_clashing_alias_table_is_rejected(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(
        "alias,canonical,actor_type,source\n"
        "BLA,Baloch Liberation Army,rebel/separatist,project\n"
        "B.L.A.,Baloch Liberation Front,rebel/separatist,project\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="two actors"):
        load_actor_aliases(path)


def test_unknown_actor_type_is_rejected(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("alias,canonical,actor_type,source\nBLA,BLA,insurgents,project\n")
    with pytest.raises(ValueError, match="insurgents"):
        load_actor_aliases(path)


def test_reference_dir_from_environment(tmp_path, monkeypatch):
    (tmp_path / "actors.csv").write_text(
        "alias,canonical,actor_type,source\nBLA,Baloch Liberation Army,rebel/separatist,project\n"
    )
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(tmp_path))
    assert load_actor_aliases()["alias"].tolist() == ["BLA"]


def test_actors_long_worked_by_hand():
    frame = events(
        [BLA, TTP, "Unidentified Armed Group (Pakistan)"],
        actor2=["Police Forces of Pakistan", None, "Civilians (Pakistan)"],
        assoc1=[None, "", "Labor Group (Pakistan)"],
        assoc2=[
            "Frontier Corps; Balochistan Levies",
            None,
            "Punjabi Ethnic Group (Pakistan); Qwxz Flarp Syndicate",
        ],
    )
    # e0: actor1, actor2, 2 associated2 = 4; e1: actor1 only = 1; e2: 1 + 1 + 1 + 2 = 5
    long = actors_long(frame)
    assert list(long.columns) == ["event_id", "role", "actor", "actor_type"]
    assert len(long) == 10
    assert long["event_id"].value_counts().to_dict() == {"t:0": 4, "t:1": 1, "t:2": 5}
    assert long["role"].tolist() == [
        "actor1",
        "actor2",
        "associated2",
        "associated2",
        "actor1",
        "actor1",
        "actor2",
        "associated1",
        "associated2",
        "associated2",
    ]
    assert long["actor"].tolist()[2:4] == ["Frontier Corps", "Balochistan Levies"]
    assert long["actor_type"].tolist()[:2] == ["rebel/separatist", "state forces"]
    assert long["actor_type"].isna().tolist() == [False] * 9 + [True]


@pytest.mark.skipif(not UCDP_ACTORS.is_file(), reason="../shared UCDP actor list not present")
def test_ucdp_names_for_bla_resolve():
    ucdp = pd.read_csv(UCDP_ACTORS, encoding="utf-8-sig", dtype="str")
    bla = ucdp[ucdp["NameData"].eq("BLA")]
    assert len(bla) == 1
    names = bla[UCDP_NAME_COLUMNS].stack().dropna().str.strip()
    names = names[names.ne("") & names.ne("n/a")].unique().tolist()
    assert {"BLA", "Balochistan Liberation Army"} <= set(names)
    named, _, suggestions = normalise_actors(events(names))
    assert named["actor1"].tolist() == [BLA] * len(names)
    assert suggestions.empty


@given(st.text())
def test_actor_key_is_idempotent(name):
    key = actor_key(name)
    assert actor_key(key) == key
    assert key == key.strip() and "  " not in key


@pytest.mark.parametrize(
    ("notes", "claimant"),
    [
        ("Militants attacked civilians near Arbinda. JNIM claimed responsibility.",
         "Jamaat Nusrat al-Islam wal-Muslimin"),
        ("Soldiers were killed near Menaka. Islamic State (Sahel) claimed responsibility.",
         "Islamic State (Sahel)"),
        ("An IED hit a patrol. Responsibility was claimed by ISWAP.",
         "Islamic State West Africa Province"),
        ("A car bomb exploded in Mogadishu. Al Shabaab claimed responsibility for it.",
         "Al-Shabaab"),
        # the army's own statement is no claim: state forces never claim
        ("Military Forces of Mali claimed responsibility for the strike.", None),
    ],
)  # fmt: skip
def test_claims_name_the_sahel_and_lake_chad_groups(notes, claimant):
    assert claiming_group(notes) == claimant


def test_acled_units_of_a_states_forces_lose_the_period_inside_the_name():
    # ACLED writes a unit after the period: the Frontier Corps is the table's actor under
    # ACLED's military and police names alike; a unit the table does not know keeps its
    # name without the period; a unit the table knows as no state force of the country
    # (the insurgent Taliban) is not taken for it
    events = pd.DataFrame(
        {
            "country": ["Pakistan", "Pakistan", "Pakistan", "India", "Afghanistan"],
            "actor1": [
                "Military Forces of Pakistan (2018-) Frontier Corps",
                "Police Forces of Pakistan (2024-) Frontier Corps",
                "Police Forces of Pakistan (2024-)",
                "Police Forces of India (2014-) Central Reserve Police Force",
                "Military Forces of Afghanistan (2021-) Taliban",
            ],
        }
    )
    named, _, suggestions = normalise_actors(events)
    assert named["actor1"].tolist() == [
        "Frontier Corps",
        "Frontier Corps",
        "Police Forces of Pakistan",
        "Police Forces of India Central Reserve Police Force",
        "Military Forces of Afghanistan Taliban",
    ]
    assert named["actor1_type"].eq("state forces").all()
    assert suggestions.empty


def test_associated_actors_get_their_types_in_cleaning():
    events = pd.DataFrame(
        {
            "event_id": ["e1", "e2"],
            "country": ["Pakistan", "Pakistan"],
            "actor1": ["BLA", "TTP"],
            "actor2": [None, None],
            # FC and the Levies are state forces in the table; "Zorgon raiders" is in no table
            # (no type, an empty place); "Civilians (Mali)" is ACLED's generic name
            "assoc_actor1": ["FC; Zorgon raiders", None],
            "assoc_actor2": ["Balochistan Levies", "Civilians (Mali)"],
        }
    )
    named, _, _ = normalise_actors(events)
    assert named["assoc_actor1"].tolist()[0] == "Frontier Corps; Zorgon raiders"
    assert named["assoc_actor1_type"].tolist()[0] == "state forces; "
    assert pd.isna(named["assoc_actor1_type"].tolist()[1])
    assert named["assoc_actor2_type"].tolist() == ["state forces", "civilians"]
    again, _, _ = normalise_actors(named)
    pd.testing.assert_frame_equal(again, named)


def test_rows_of_a_period_are_read_by_country_and_date_only(tmp_path):
    from analysis.reference.actors import actor_on

    # every consumer that reads names whenever sees the Taliban as the insurgents
    plain = load_actor_aliases()
    assert plain.loc[plain["alias"].eq("Taliban"), "canonical"].tolist() == ["Taliban"]
    table = load_actor_aliases(periods=True)
    assert actor_on("taliban", "AFG", "2021-08-15", table) == (
        "Military Forces of Afghanistan",
        "state forces",
    )
    assert actor_on("taliban", "AFG", "2021-08-14", table) is None
    assert actor_on("afghan taliban", "PAK", "2025-01-01", table) is None
    # a period's row may name another actor than the timeless row; a bad date is refused
    path = tmp_path / "actors.csv"
    path.write_text(
        "alias,canonical,actor_type,source,countries,since,until\n"
        "Rebels,Rebels,rebel/separatist,project,XXX,,\n"
        "Rebels,Army of X,state forces,project,XXX,2020-01-01,\n"
    )
    assert load_actor_aliases(path)["canonical"].tolist() == ["Rebels"]
    path.write_text(path.read_text().replace("2020-01-01", "1 Jan 2020"))
    with pytest.raises(ValueError, match="not ISO dates"):
        load_actor_aliases(path)


def test_the_taliban_in_afghanistan_are_its_state_forces_from_2021_08_15():
    """The alias table's dated rows: from 2021-08-15 "Taliban" in Afghanistan stands for
    Military Forces of Afghanistan (state forces), in every column; the day before, and in
    Pakistan, it is the insurgent Taliban."""
    frame = events(
        ["Taliban", "Taliban", "Taliban", "Taliban", "Taliban (Afghanistan)"],
        actor2=["Civilians", "Taliban", None, None, None],
        assoc1=[None, "Taleban; Haqqani Network", None, None, None],
        country=["Afghanistan", "Afghanistan", "Afghanistan", "Pakistan", "Afghanistan"],
    ).assign(
        date_start=pd.to_datetime(
            ["2021-08-14", "2021-08-15", "2025-03-02", "2025-03-02", "2020-01-01"]
        )
    )
    named, changes, _ = normalise_actors(frame)
    state = "Military Forces of Afghanistan"
    assert named["actor1"].tolist() == ["Taliban", state, state, "Taliban", "Taliban"]
    assert named["actor1_type"].tolist() == [
        "rebel/separatist", "state forces", "state forces", "rebel/separatist", "rebel/separatist"
    ]  # fmt: skip
    assert named.loc[1, ["actor2", "actor2_type"]].tolist() == [state, "state forces"]
    assert named.loc[1, "assoc_actor1"] == f"{state}; Haqqani Network"
    assert named.loc[1, "assoc_actor1_type"] == "state forces; rebel/separatist"
    logged = changes.loc[changes["column"].eq("actor1"), ["before", "after", "rows"]]
    assert sorted(logged.values.tolist()) == [
        ["Taliban", state, 2], ["Taliban (Afghanistan)", "Taliban", 1]
    ]  # fmt: skip
    again, unchanged, _ = normalise_actors(named)
    assert unchanged.empty
    pd.testing.assert_frame_equal(named, again)


def test_dated_rows_are_read_from_the_table_given():
    """A table without its dated rows (``load_actor_aliases()``) keeps the timeless
    Taliban; the string date of a hand-made frame counts like a parsed one."""
    frame = events(["Taliban"], country="Afghanistan").assign(date_start=["2025-03-02"])
    timeless, _, _ = normalise_actors(frame, load_actor_aliases())
    dated, _, _ = normalise_actors(frame, load_actor_aliases(periods=True))
    default, _, _ = normalise_actors(frame)
    assert timeless["actor1"].tolist() == ["Taliban"]
    assert (
        dated["actor1"].tolist() == default["actor1"].tolist() == ["Military Forces of Afghanistan"]
    )


def test_ucdp_is_in_niger_is_named_by_its_region():
    """UCDP codes one "IS" in Niger for two groups: the Sahel province in Tillabéri and
    Tahoua, the West Africa province in Diffa. The alias table's rows of those units name
    it there (UCDP's "Tillabéri region" and a plain "TAHOUA" alike); in another unit, or
    with none, it stays as written and is suggested, counted over those rows only. In Mali
    UCDP's "IS" is the Sahel province wherever it acts (the country's own row)."""
    frame = events(
        ["Government of Niger"] * 5 + ["Government of Mali"],
        actor2=["IS"] * 6,
        country=["Niger"] * 5 + ["Mali"],
    ).assign(
        admin1=["Tillabéri region", "Diffa region", "Dosso region", "TAHOUA", None, "Menaka"],
        date_start=pd.to_datetime(["2024-05-01"] * 6),
    )
    named, changes, suggestions = normalise_actors(frame)
    sahel, iswap = "Islamic State (Sahel)", ISWAP
    assert named["actor2"].tolist() == [sahel, iswap, "IS", sahel, "IS", sahel]
    assert named["actor2_type"].tolist()[:2] == ["rebel/separatist"] * 2
    assert pd.isna(named.loc[2, "actor2_type"])
    logged = changes.loc[changes["column"].eq("actor2"), ["before", "after", "rows"]]
    assert sorted(logged.values.tolist()) == [["IS", sahel, 3], ["IS", iswap, 1]]
    assert suggestions[["name", "country", "rows", "applied"]].values.tolist() == [
        ["IS", "Niger", 2, False]
    ]
    # the events naming a suggestion: the Dosso one and the one without a unit
    assert suggestion_mentions(frame)["event_id"].tolist() == ["t:2", "t:4"]
    assert name_actors(frame).mentions()["event_id"].tolist() == ["t:2", "t:4"]
    again, unchanged, _ = normalise_actors(named)
    assert unchanged.empty
    pd.testing.assert_frame_equal(named, again)


def test_rows_of_some_units_are_read_by_unit_only(tmp_path):
    from analysis.reference.actors import actor_on

    # a consumer that reads names whenever and wherever never sees UCDP's bare "IS"
    plain = load_actor_aliases()
    assert plain["alias"].eq("IS").sum() == 0
    table = load_actor_aliases(periods=True)
    assert actor_on("is", "NER", "2020-01-09", table, "Tillaberi") == (
        "Islamic State (Sahel)",
        "rebel/separatist",
    )
    assert actor_on("is", "NGA", "2020-01-09", table, "Diffa") is None  # another country
    # one alias may name two actors in two units of one country, never two in one unit
    path = tmp_path / "actors.csv"
    path.write_text(
        "alias,canonical,actor_type,source,countries,since,until,admin1\n"
        "Rebels,Rebels of the North,rebel/separatist,project,XXX,,,North\n"
        "Rebels,Rebels of the South,rebel/separatist,project,XXX,,,South\n"
    )
    assert load_actor_aliases(path).empty
    assert len(load_actor_aliases(path, periods=True)) == 2
    path.write_text(path.read_text().replace(",South", ",North"))
    with pytest.raises(ValueError, match="naming two actors"):
        load_actor_aliases(path)


def test_ucdp_is_in_niger_by_region_in_the_store_and_an_update(cli, tmp_path):
    """A UCDP GED file as published (its header, its "Tillabéri region" units): the store's
    cleaned events name the groups by unit, and an update that adds a Diffa event and moves
    a Dosso one to Tahoua names them as a full clean of the same store does."""
    header = (SAMPLE / "ucdp_ged_sample.csv").read_text(encoding="utf-8").splitlines()[0]
    columns = header.split(",")

    def row(event_id, unit, day):
        values = dict.fromkeys(columns, "")
        values.update(
            id=event_id, relid=f"NER-{event_id}", year="2024", type_of_violence="1",
            side_a="Government of Niger", side_b="IS", adm_1=unit, country="Niger",
            country_id="436", region="Africa", where_prec="1", date_prec="1",
            date_start=f"{day} 00:00:00.000", date_end=f"{day} 00:00:00.000",
            deaths_a="2", deaths_b="1", deaths_civilians="0", deaths_unknown="0",
            best="3", high="3", low="3", latitude="14.2", longitude="1.5",
        )  # fmt: skip
        return ",".join(values[c] for c in columns)

    def ged_file(name, *rows):
        path = tmp_path / name
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return path

    first = ged_file(
        "ged_first.csv",
        row("9001", "Tillabéri region", "2024-03-02"),
        row("9002", "Dosso region", "2024-03-09"),
    )
    update = ged_file(
        "ged_update.csv",
        row("9002", "Tahoua region", "2024-03-09"),
        row("9003", "Diffa region", "2024-04-20"),
    )
    store = tmp_path / "events.duckdb"
    assert cli("ingest", "--store", store, "--source", "ucdp", first).exit_code == 0

    def actors():
        with EventStore(store, read_only=True) as db:
            frame = db.clean_events()
        return dict(
            zip(frame["event_id"].str.rsplit(":", n=1).str[-1], frame["actor2"], strict=True)
        )

    assert actors() == {"9001": "Islamic State (Sahel)", "9002": "IS"}
    assert cli("ingest", "--store", store, "--source", "ucdp", update).exit_code == 0
    updated = actors()
    assert updated == {
        "9001": "Islamic State (Sahel)",
        "9002": "Islamic State (Sahel)",
        "9003": ISWAP,
    }
    assert cli("clean", "--store", store).exit_code == 0
    assert actors() == updated


ISWAP = "Islamic State West Africa Province"
JAS = "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"
ISWAP_OR_JAS = (
    "Islamic State (West Africa) and/or Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
)


def test_iswap_jas_and_acled_s_either_of_the_two_are_three_actors():
    # ACLED writes the combined label when reports do not say which faction acted: it is
    # neither group, and no fuzzy match may make it one of them.
    names = [
        ISWAP_OR_JAS,  # ACLED
        "Islamic State (West Africa) and/or Boko Haram - JAS",
        "Islamic State (West Africa) and/or Boko Haram",
        "Islamic State (West Africa)",  # ACLED's ISWAP
        "IS West Africa",
        "ISWAP",
        JAS,  # UCDP's actor 1051, Boko Haram under Shekau: not ISWAP
        "People Committed to Propagating the Prophet's Teachings and Jihad",  # its English
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",  # ACLED's JAS
        "Boko Haram",
    ]
    named, _, suggestions = normalise_actors(events(names, country="Nigeria"))
    assert named["actor1"].tolist() == [ISWAP_OR_JAS] * 3 + [ISWAP] * 3 + [JAS] * 4
    assert named["actor1_type"].eq("rebel/separatist").all()
    assert suggestions.empty


@pytest.mark.skipif(not UCDP_ACTORS.is_file(), reason="../shared UCDP actor list not present")
def test_ucdp_names_of_jas_resolve_to_jas():
    ucdp = pd.read_csv(UCDP_ACTORS, encoding="utf-8-sig", dtype="str")
    jas = ucdp[ucdp["ActorId"].eq("1051")]
    assert jas["NameData"].tolist() == [JAS]
    names = jas[UCDP_NAME_COLUMNS].stack().dropna().str.strip()
    names = names[names.ne("") & names.ne("n/a")].unique().tolist()
    named, _, suggestions = normalise_actors(events(names, country="Nigeria"))
    assert named["actor1"].tolist() == [JAS] * len(names)
    assert suggestions.empty


def test_nigeria_s_army_and_police_as_news_writes_them_are_its_state_forces():
    # an extracted table's "Nigerian Army" beside ACLED's and UCDP's names of the same forces
    written = ["Nigerian Army", "Nigeria Police Force", "Military Forces of Nigeria (2023-)",
               "Nigerian Air Force", "Government of Nigeria"]  # fmt: skip
    frame = pd.DataFrame({"actor1": written, "country": "Nigeria"})
    named, _, _ = normalise_actors(frame)
    assert named["actor1"].tolist() == [
        "Military Forces of Nigeria", "Police Forces of Nigeria", "Military Forces of Nigeria",
        "Military Forces of Nigeria", "Government of Nigeria",
    ]  # fmt: skip
    assert named["actor1_type"].tolist() == ["state forces"] * 5
    assert metrics.state_of(named["actor1"]).tolist() == ["NGA"] * 5
