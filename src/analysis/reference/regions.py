"""First-level regions made of Natural Earth admin-1 units (``regions.csv``).

Natural Earth's admin-1 layer holds, for some countries, a finer level than the one ACLED
and UCDP call admin-1: Burkina Faso's 45 provinces (Soum, Séno …) where the sources name its
13 regions (Sahel, Centre-Nord …); the Philippines' 118 provinces and cities (Maguindanao,
Cotabato City …) where ACLED names its 17 regions (Bangsamoro Autonomous Region in Muslim
Mindanao, Soccsksargen …); the United Kingdom's 232 counties and districts where GTD and
ACLED name its four nations; Spain's provinces and Italy's where they name the autonomous
communities and regions; Pakistan's Khyber Pakhtunkhwa with the former tribal areas,
which Natural Earth keeps apart. This table says which units make up each region, so that
cleaning, the admin-1 lookup and the maps know the regions (:mod:`analysis.boundaries`).

>>> regions = load_regions()
>>> sorted(regions.query("region == 'Sahel'")["province"])
['Oudalan', 'Soum', 'Séno', 'Yagha']
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.reference import table_path

REGIONS_FILE = "regions.csv"


@functools.lru_cache(maxsize=4)
def _regions(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")


def load_regions(path: str | Path | None = None) -> pd.DataFrame:
    """The region table: ``iso3``, ``region``, ``code`` (ISO 3166-2 of the region),
    ``province`` (a Natural Earth admin-1 name of that country), one row per province.
    Read from ``$ANALYSIS_REFERENCE_DIR`` when that folder has the table, else the
    package's own.

    >>> load_regions().groupby("iso3")["region"].nunique().to_dict()
    {'BFA': 13, 'ESP': 11, 'FRA': 13, 'GBR': 4, 'ITA': 20, 'PAK': 1, 'PHL': 17}
    """
    if path is None:
        path = table_path(REGIONS_FILE)
    return _regions(Path(path)).copy()
