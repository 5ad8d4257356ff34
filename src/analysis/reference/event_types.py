"""The event-type crosswalk: UCDP and GTD categories (and old ACLED ones) → canonical types.

The table is ``event_types.csv`` of :mod:`analysis.reference` (documented in its README). A
GTD key is the attack type, optionally refined by ``|<target type>`` or ``|suicide``; the
most specific key present in the table wins.

>>> import pandas as pd
>>> to_canonical("ucdp", pd.Series(["3"])).to_dict("records")
[{'event_type': 'Violence against civilians', 'sub_event_type': 'Attack'}]
>>> keys = pd.Series(["Armed Assault|Police", "Armed Assault|Business"])
>>> to_canonical("gtd", keys)["event_type"].tolist()
['Battles', 'Violence against civilians']
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from analysis.reference import read_table


@cache
def load_crosswalk() -> pd.DataFrame:
    """The crosswalk table: source, source_value, event_type, sub_event_type, note.

    >>> set(load_crosswalk()["source"]) == {"acled", "ucdp", "gtd"}
    True
    """
    return read_table("event_types.csv")


def type_key(values: pd.Series) -> pd.Series:
    """Type names as compared: case-folded, spaces collapsed, none around ``-`` or ``|``.

    >>> type_key(pd.Series(["Battle - No Change of  territory"])).tolist()
    ['battle-no change of territory']
    """
    folded = values.astype("str").str.strip().str.casefold()
    folded = folded.str.replace(r"\s+", " ", regex=True)
    return folded.str.replace(r"\s*([-|])\s*", r"\1", regex=True)


def to_canonical(source: str, keys: pd.Series) -> pd.DataFrame:
    """Canonical event_type and sub_event_type for each key (missing where none matches).

    Keys are looked up on distinct values, ignoring case and the spacing around ``-``
    (ACLED wrote both "Battle-No change of territory" and "Battle - No Change of
    Territory"); ``"A|B"`` falls back to ``"A"`` when the table has no row for the refined
    key.
    """
    table = load_crosswalk()
    table = table[table["source"] == source]
    table = table.set_index(type_key(table["source_value"]))
    distinct = pd.Series(keys.dropna().unique(), dtype="str")
    normal = type_key(distinct)
    fallback = normal.str.split("|").str[0]
    chosen = normal.where(normal.isin(table.index), fallback)
    lookup = pd.DataFrame(
        {
            "event_type": chosen.map(table["event_type"]).to_numpy(),
            "sub_event_type": chosen.map(table["sub_event_type"]).to_numpy(),
        },
        index=distinct.to_numpy(),
    )
    out = lookup.reindex(keys.to_numpy())
    out.index = keys.index
    return out.astype("str")
