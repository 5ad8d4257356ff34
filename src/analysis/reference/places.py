"""The place alias table (``places.csv``): project spellings of locations, districts and provinces.

>>> load_place_aliases().query("key == 'nwfp'")["name"].tolist()
['Khyber Pakhtunkhwa']
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.reference import reference_file
from analysis.reference.gazetteer import place_keys


@functools.lru_cache(maxsize=4)
def _aliases(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    table["key"] = place_keys(table["alias"])
    return table[["key", "name", "level", "iso3"]]


def load_place_aliases(path: str | Path | None = None) -> pd.DataFrame:
    """The place alias table: key (of the alias), name, level (location/admin2/admin1/any), iso3.

    >>> table = load_place_aliases()
    >>> table.query("key == 'gawadar'")[["name", "level"]].to_dict("records")
    [{'name': 'Gwadar', 'level': 'any'}]
    """
    return _aliases(Path(path) if path else reference_file("places.csv")).copy()
