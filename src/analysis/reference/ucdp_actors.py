"""UCDP's own kind of each actor it names, as an actor type (``ucdp_actors.csv``).

UCDP GED names each side of an event (``side_a``, ``side_b``) as the UCDP Actor Dataset
names the actor (its ``NameData``), and the Actor Dataset says what kind of organisation
each actor is (``Org``). This table gives, for each name, the actor type that kind is in
the project's (ACLED's) words:

- ``Org`` 4, a government: ``state forces``;
- ``Org`` 1, a formally organised group: ``rebel/separatist`` when the Actor Dataset lists it
  in a state-based conflict (its ``ConflictId``: a conflict one of whose parties is a
  government), else ``political militia`` (it fights other groups only, ``NSID``, or
  civilians, ``OSID``: cartels, militias);
- ``Org`` 2, an informally organised group of a party's or a leader's supporters:
  ``political militia``;
- ``Org`` 3, an informally organised group of one identity (an ethnic group, a clan):
  ``identity militia``.

:func:`derive_ucdp_actors` makes the table from the Actor Dataset's CSV as UCDP publishes
it (with the countries the dataset locates each actor in), and :func:`ucdp_actor_type` reads
it, by :func:`analysis.reference.actors.actor_key`, in any country or only in the event's.

>>> ucdp_actor_type(pd.Series(["FARC", "Supporters of Awami League", "Kuki", "X"])).tolist()
['rebel/separatist', 'political militia', 'identity militia', nan]
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.reference import table_path
from analysis.reference.actors import actor_key
from analysis.reference.countries import iso3_from_name

UCDP_ACTORS_FILE = "ucdp_actors.csv"
COLUMNS = ["name", "org", "actor_type", "countries"]
# the names a table row is made for: UCDP's own (what GED writes) and the full English name
# (what other sources, such as the GTD, write)
NAME_FIELDS = ("NameData", "NameOrigFullEng")
# UCDP's organisation types, in the project's actor types (1 is decided by its conflicts)
ORG_TYPES = {"2": "political militia", "3": "identity militia", "4": "state forces"}


def derive_ucdp_actors(actor_list: str | Path | pd.DataFrame) -> pd.DataFrame:
    """The table from the UCDP Actor Dataset (its CSV, or that CSV read as text): one row
    per distinct name, ``NameData`` or ``NameOrigFullEng`` (``name, org, actor_type,
    countries``: the ISO3 codes of its ``Location``, ``;``-separated, of every actor of that
    name), sorted by name. A name whose actors UCDP types differently (``UPC`` is a rebel
    group in Cameroon, one fighting other groups only in the DR Congo) is left out, and an
    actor of an ``Org`` outside 1–4.

    >>> actors = pd.DataFrame({"NameData": ["Government of Chad", "XLF", "Y Cartel"],
    ...     "NameOrigFullEng": ["n/a", "X Liberation Front", ""], "Org": ["4", "1", "1"],
    ...     "ConflictId": ["7", "7", ""], "Location": ["Chad", "Chad, Niger", "Mexico"]})
    >>> derive_ucdp_actors(actors).values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['Government of Chad', '4', 'state forces', 'TCD'],
     ['X Liberation Front', '1', 'rebel/separatist', 'NER;TCD'],
     ['XLF', '1', 'rebel/separatist', 'NER;TCD'], ['Y Cartel', '1', 'political militia', 'MEX']]
    """
    if not isinstance(actor_list, pd.DataFrame):
        actor_list = pd.read_csv(
            actor_list, dtype="str", keep_default_na=False, encoding="utf-8-sig"
        )
    actors = actor_list.assign(org=actor_list["Org"].str.strip())
    actors = actors[actors["org"].isin(["1", "2", "3", "4"])]
    # ConflictId lists the actor's state-based conflicts (a government is a party to each);
    # its conflicts with other groups only are NSID's, its violence against civilians OSID's
    fights_state = actors["ConflictId"].fillna("").str.strip().ne("")
    group = actors["org"].eq("1")
    kind = actors["org"].map(ORG_TYPES)
    kind = kind.mask(group & fights_state, "rebel/separatist")
    kind = kind.mask(group & ~fights_state, "political militia")
    places = actors["Location"].fillna("").str.split(",").explode().str.strip()
    places = iso3_from_name(places).dropna()
    names = pd.concat(
        [
            pd.DataFrame({"name": actors[field].str.strip(), "org": actors["org"], "kind": kind})
            for field in NAME_FIELDS
            if field in actors
        ]
    )
    names = names[names["name"].ne("") & names["name"].str.casefold().ne("n/a")]
    names["key"] = names["name"].map(actor_key)
    kinds = names.groupby("key")["kind"].nunique()
    names = names[names["key"].map(kinds).eq(1)]
    located = places.rename("code").to_frame().join(names["key"], how="inner")
    codes = located.groupby("key")["code"].agg(lambda c: ";".join(sorted(set(c))))
    table = names.drop_duplicates("key").rename(columns={"kind": "actor_type"})
    table["countries"] = table["key"].map(codes).fillna("")
    table = table.sort_values("name", key=lambda s: s.str.casefold())
    return table[COLUMNS].reset_index(drop=True)


@functools.cache
def _table(path: str) -> pd.DataFrame:
    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    table.index = table["name"].map(actor_key)
    return table


def load_ucdp_actors(path: str | Path | None = None) -> pd.DataFrame:
    """The table, indexed by :func:`analysis.reference.actors.actor_key` of each name. Read
    from ``$ANALYSIS_REFERENCE_DIR`` when that folder has the table, else the package's own.

    >>> load_ucdp_actors().loc["farc", ["actor_type", "countries"]].tolist()
    ['rebel/separatist', 'COL;ECU;VEN']
    """
    if path is None:
        path = table_path(UCDP_ACTORS_FILE)
    return _table(str(path))


def ucdp_actor_type(names: pd.Series, iso3: pd.Series | None = None) -> pd.Series:
    """The actor type of each name as UCDP types the actor of that name (missing for a name
    the table does not hold); with ``iso3`` (each name's country), only where UCDP locates
    the actor in that country. Looked up once per distinct name (and country).

    >>> ucdp_actor_type(pd.Series(["Government of Mali", "IS", "Sinaloa Cartel", None])
    ...                 ).tolist()
    ['state forces', 'rebel/separatist', 'political militia', nan]
    >>> ucdp_actor_type(pd.Series(["FARC", "FARC"]), pd.Series(["COL", "PER"])).tolist()
    ['rebel/separatist', nan]
    """
    table = load_ucdp_actors()
    types, located = table["actor_type"], table["countries"].str.split(";")
    anywhere = iso3 is None
    codes = pd.Series("", index=names.index) if anywhere else iso3.astype("str")
    pairs = pd.DataFrame({"name": names.astype("str"), "iso3": codes})
    distinct = pairs.dropna(subset=["name"]).drop_duplicates()
    kinds = []
    for name, code in distinct.itertuples(index=False):
        key = actor_key(name)
        known = key in types.index and (anywhere or code in located[key])
        kinds.append(types[key] if known else None)
    distinct = distinct.assign(kind=pd.Series(kinds, index=distinct.index, dtype="str"))
    found = pairs.merge(distinct, on=["name", "iso3"], how="left")["kind"]
    return found.set_axis(names.index).astype("str")
