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
it, and :func:`ucdp_actor_type` reads it, by :func:`analysis.reference.actors.actor_key`.

>>> ucdp_actor_type(pd.Series(["FARC", "Supporters of Awami League", "Kuki", "X"])).tolist()
['rebel/separatist', 'political militia', 'identity militia', nan]
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.reference import table_path
from analysis.reference.actors import actor_key

UCDP_ACTORS_FILE = "ucdp_actors.csv"
COLUMNS = ["name", "org", "actor_type"]
# UCDP's organisation types, in the project's actor types (1 is decided by its conflicts)
ORG_TYPES = {"2": "political militia", "3": "identity militia", "4": "state forces"}


def derive_ucdp_actors(actor_list: str | Path | pd.DataFrame) -> pd.DataFrame:
    """The table from the UCDP Actor Dataset (its CSV, or that CSV read as text): one row
    per distinct ``NameData`` (``name, org, actor_type``), sorted by name. A name whose
    actors UCDP types differently (six in version 22.1, ``UPC`` among them) is left out,
    and an actor of an ``Org`` outside 1–4.

    >>> actors = pd.DataFrame({"ActorId": ["1", "2", "3"], "NameData": ["Government of X",
    ...     "XLF", "Y Cartel"], "Org": ["4", "1", "1"], "ConflictId": ["7", "7", ""]})
    >>> derive_ucdp_actors(actors)["actor_type"].tolist()
    ['state forces', 'rebel/separatist', 'political militia']
    """
    if not isinstance(actor_list, pd.DataFrame):
        actor_list = pd.read_csv(
            actor_list, dtype="str", keep_default_na=False, encoding="utf-8-sig"
        )
    actors = actor_list.assign(
        name=actor_list["NameData"].str.strip(), org=actor_list["Org"].str.strip()
    )
    actors = actors[actors["org"].isin(["1", "2", "3", "4"]) & actors["name"].ne("")]
    # ConflictId lists the actor's state-based conflicts (a government is a party to each);
    # its conflicts with other groups only are NSID's, its violence against civilians OSID's
    fights_state = actors["ConflictId"].fillna("").str.strip().ne("")
    group = actors["org"].eq("1")
    kind = actors["org"].map(ORG_TYPES)
    kind = kind.mask(group & fights_state, "rebel/separatist")
    kind = kind.mask(group & ~fights_state, "political militia")
    table = pd.DataFrame({"name": actors["name"], "org": actors["org"], "actor_type": kind})
    table["key"] = table["name"].map(actor_key)
    kinds = table.groupby("key")["actor_type"].nunique()
    table = table[table["key"].map(kinds).eq(1)].drop_duplicates("key")
    return table.sort_values("name", key=lambda s: s.str.casefold())[COLUMNS].reset_index(drop=True)


@functools.cache
def _types(path: str) -> dict[str, str]:
    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    return dict(zip(table["name"].map(actor_key), table["actor_type"], strict=True))


def load_ucdp_actors(path: str | Path | None = None) -> dict[str, str]:
    """:func:`analysis.reference.actors.actor_key` of each name → its actor type. Read from
    ``$ANALYSIS_REFERENCE_DIR`` when that folder has the table, else the package's own.

    >>> load_ucdp_actors()["government of colombia"]
    'state forces'
    """
    if path is None:
        path = table_path(UCDP_ACTORS_FILE)
    return _types(str(path))


def ucdp_actor_type(names: pd.Series) -> pd.Series:
    """The actor type of each name as UCDP types the actor of that name (missing for a name
    the table does not hold), looked up once per distinct name.

    >>> ucdp_actor_type(pd.Series(["Government of Mali", "IS", "Sinaloa Cartel", None])
    ...                 ).tolist()
    ['state forces', 'rebel/separatist', 'political militia', nan]
    """
    types = load_ucdp_actors()
    distinct = pd.Series(names.dropna().unique(), dtype="str")
    found = {name: types.get(actor_key(name)) for name in distinct}
    return names.map(found).astype("str")
