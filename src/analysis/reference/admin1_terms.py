"""What a country's first-level units are called (``admin1_terms.csv``).

Natural Earth's admin-1 layer says what each unit is (``type_en``: "Province", "State" …),
but for some countries it keeps a word from before a reform (Niger's regions are
"Department", Cameroon's "Province") or an odd one (Libya's "municipality|governarate").
This table gives the word used today where Natural Earth's is wrong; everywhere else
Natural Earth's own word stands (:func:`analysis.boundaries.admin1_term`).

>>> load_admin1_terms()["NER"]
'region'
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from analysis.reference import table_path

ADMIN1_TERMS_FILE = "admin1_terms.csv"


@functools.lru_cache(maxsize=8)
def _terms(path: Path) -> dict[str, str]:
    table = pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8-sig")
    return dict(zip(table["iso3"].str.strip(), table["term"].str.strip(), strict=True))


def read_terms(name: str, path: str | Path | None = None) -> dict[str, str]:
    """ISO3 → term of a term table (columns ``iso3, term, why``): ``path``, else the table
    ``name`` of ``$ANALYSIS_REFERENCE_DIR`` when that folder has it, else the package's own.

    >>> read_terms("admin1_terms.csv")["NER"]
    'region'
    """
    if path is None:
        path = table_path(name)
    return dict(_terms(Path(path)))


def load_admin1_terms(path: str | Path | None = None) -> dict[str, str]:
    """ISO3 → the singular word for the country's first-level units, for the countries
    where Natural Earth's word is outdated. Read from ``$ANALYSIS_REFERENCE_DIR`` when that
    folder has the table, else the package's own.

    >>> terms = load_admin1_terms()
    >>> terms["CMR"], terms["MMR"], "PAK" in terms
    ('region', 'state or region', False)
    """
    return read_terms(ADMIN1_TERMS_FILE, path)
