"""The outline a source's first-level unit is drawn with (``admin1_outlines.csv``).

Natural Earth's admin-1 layer, which the maps draw, spells some units otherwise than the
sources (ACLED's "Banadir", Natural Earth's "Banaadir"), gives a name to two units (Yemen's
"Sanaa") or still has the larger unit a newer one was cut from (the Democratic Republic of
the Congo's Orientale, split in 2015 into Ituri, Tshopo and the Uele provinces; Kenya's
eight provinces, replaced by 47 counties in 2013). This table says which Natural Earth unit
each such name is drawn as: the same unit (``same``), or the larger unit it lies in
(``within``), which a map then shades and says so (:mod:`analysis.boundaries`,
:mod:`analysis.maps`). A name that is no unit of the layer though one of the layer's bears
it is ``none``, with no ``unit``: its events are drawn by their district where that names
a unit (:func:`analysis.boundaries.admin1_placed`). The table has no such row now: the
Philippine regions Natural Earth gives to a city ("Zamboanga Peninsula" to Zamboanga City)
are regions of the region table (``regions.csv``), found before the city.

>>> outlines = load_admin1_outlines()
>>> outlines.query("admin1 == 'Ituri'")[["iso3", "unit", "fit"]].to_numpy().tolist()
[['COD', 'Orientale', 'within']]
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.errors import ReferenceTableError
from analysis.reference import table_path

ADMIN1_OUTLINES_FILE = "admin1_outlines.csv"
FITS = ("same", "within", "merged", "none")


@functools.lru_cache(maxsize=4)
def _outlines(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    table = table.apply(lambda column: column.str.strip())
    odd = table[~table["fit"].isin(FITS)]
    if len(odd):
        raise ReferenceTableError(
            f"{path}: row {odd.index[0] + 2}: column fit: {odd['fit'].iloc[0]!r}, "
            f"expected one of {', '.join(FITS)}"
        )
    wrong = table[table["fit"].eq("none") == table["unit"].ne("")]
    if len(wrong):
        fit = wrong["fit"].iloc[0]
        raise ReferenceTableError(
            f"{path}: row {wrong.index[0] + 2}: column unit: "
            + ("must be empty when fit is none" if fit == "none" else "missing")
        )
    unit_iso3 = table["unit_iso3"].where(table["unit_iso3"].ne(""), table["iso3"])
    return table.assign(unit_iso3=unit_iso3)


def load_admin1_outlines(path: str | Path | None = None) -> pd.DataFrame:
    """The outline table: ``iso3`` (the events' country), ``admin1`` (the unit as sources
    write it), ``unit`` (a name or the ISO 3166-2 code of one Natural Earth unit),
    ``unit_iso3`` (Natural Earth's country of that unit: ``iso3`` unless given), ``fit``
    (``same``, ``within`` or ``none``: no unit of the layer, ``unit`` empty) and ``why``.
    Read from ``$ANALYSIS_REFERENCE_DIR`` when that folder has the table, else the
    package's own.

    >>> outlines = load_admin1_outlines()
    >>> kenya = outlines.query("iso3 == 'KEN'")
    >>> sorted(kenya["unit"].unique())[:3], len(kenya)
    (['Central', 'Coast', 'Eastern'], 46)
    >>> outlines.query("admin1 == 'Sool'")["unit_iso3"].item()
    'SOL'
    """
    if path is None:
        path = table_path(ADMIN1_OUTLINES_FILE)
    return _outlines(Path(path)).copy()
