"""What a country's second-level units are called (``admin2_terms.csv``).

The sources' ``admin2`` is a district in Pakistan, a local government area in Nigeria, a
cercle in Mali, a province in Burkina Faso: this table gives the word, in the singular,
for the countries whose word is not "district"; :func:`admin2_term` says it for a
selection's countries.

>>> load_admin2_terms()["MLI"]
'cercle'
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from analysis.reference.admin1_terms import read_terms

ADMIN2_TERMS_FILE = "admin2_terms.csv"
# the word for a country the table does not hold, and for countries whose words differ
DEFAULT_TERM = "district"


def load_admin2_terms(path: str | Path | None = None) -> dict[str, str]:
    """ISO3 → the singular word for the country's second-level units. Read from
    ``$ANALYSIS_REFERENCE_DIR`` when that folder has the table, else the package's own.

    >>> terms = load_admin2_terms()
    >>> terms["NGA"], terms["BFA"], terms["PAK"]
    ('local government area', 'province', 'district')
    """
    return read_terms(ADMIN2_TERMS_FILE, path)


def admin2_term(iso3: Iterable[str]) -> str:
    """What the second-level units of the countries ``iso3`` are called, in the singular;
    "district" for a country the table does not hold and where the countries' words differ.

    >>> admin2_term(["MLI"]), admin2_term(["PAK", "AFG"]), admin2_term(["MLI", "BFA"])
    ('cercle', 'district', 'district')
    >>> admin2_term(["NGA"]), admin2_term(["GBR"]), admin2_term([])
    ('local government area', 'district', 'district')
    """
    terms = load_admin2_terms()
    words = {terms.get(code, DEFAULT_TERM) for code in iso3}
    return words.pop() if len(words) == 1 else DEFAULT_TERM
