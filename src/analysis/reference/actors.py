"""The actor alias table (``actors.csv``) and the key actor names are matched by.

>>> aliases = load_actor_aliases()
>>> aliases.loc[aliases["alias"].eq("TTP"), "canonical"].tolist()
['Tehrik-i-Taliban Pakistan']
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from pathlib import Path

import pandas as pd

from analysis.errors import ReferenceTableError
from analysis.reference import reference_file

ACTOR_TYPES = (
    "state forces",
    "rebel/separatist",
    "political militia",
    "identity militia",
    "rioters",
    "protesters",
    "civilians",
    "external forces",
)
ALIAS_COLUMNS = ["alias", "canonical", "actor_type", "source", "countries"]
# a row that holds over a period only (ISO dates, either may be empty): "Taliban" names
# Afghanistan's state forces there from 15 August 2021
PERIOD_COLUMNS = ["since", "until"]
# a row that holds in some first-level units of its countries only (their names, ";"-separated,
# matched by :func:`admin1_key`): UCDP's one "IS" in Niger is the Sahel province in Tillabéri
# and the West Africa province in Diffa
REGION_COLUMN = "admin1"
# the columns that scope a row: it holds only where and when they say
SCOPE_COLUMNS = [*PERIOD_COLUMNS, REGION_COLUMN]
# what a source may write after a first-level unit's name ("Tillabéri region", UCDP's way)
_UNIT_WORD = re.compile(
    r"\s+(?:region|province|state|department|governorate|prefecture|division|district)$"
)

_PERIOD = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4}\s*)?\)")  # ACLED's "(2018-)", "(1999-2008)"
_DROPPED = re.compile(r"['’‘`ʼ.]")  # apostrophes and dots: "Jam'iyyat", "B.L.A."
_NOT_WORD = re.compile(r"[\W_]+")


def actor_key(name: str) -> str:
    """The matching key of an actor name.

    Case-folded, accents dropped, ACLED period suffixes (``"(2018-)"``, ``"(1999-2008)"``)
    removed, apostrophes and dots dropped, any other punctuation turned into a space, spaces
    collapsed. A country suffix stays part of the key (``"Civilians (Pakistan)"`` →
    ``"civilians pakistan"``): the country tells generic actors apart.

    >>> actor_key("Military Forces of Pakistan (2018-)")
    'military forces of pakistan'
    >>> actor_key("  TTP: Tehreek-i-Taliban  Pakistan")
    'ttp tehreek i taliban pakistan'
    >>> actor_key("Jam'iyyat-i Islami"), actor_key("B.L.A."), actor_key("Civilians (Pakistan)")
    ('jamiyyat i islami', 'bla', 'civilians pakistan')
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DROPPED.sub("", _PERIOD.sub(" ", text))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def admin1_key(name: str) -> str:
    """The matching key of a first-level unit's name: :func:`actor_key` of it, without a
    trailing word for the kind of unit, as UCDP writes its ``adm_1`` ("Tillabéri region").

    >>> admin1_key("Tillabéri region"), admin1_key("TILLABERI"), admin1_key("Diffa Region")
    ('tillaberi', 'tillaberi', 'diffa')
    """
    return _UNIT_WORD.sub("", actor_key(name))


# The last word of a description of a kind of people rather than an organisation's name:
# GTD records a perpetrator it knows only so ("Left-Wing Militants", "Fulani extremists",
# "Student Radicals", "Strikers", "Tribesmen"), and press tables do too.
DESCRIPTIVE_NOUNS = frozenset(
    [
        "militants",
        "extremists",
        "radicals",
        "nationalists",
        "separatists",
        "insurgents",
        "rebels",
        "guerrillas",
        "gunmen",
        "tribesmen",
        "strikers",
        "students",
        "protesters",
        "protestors",
        "rioters",
        "activists",
        "sympathizers",
        "sympathisers",
        "terrorists",
        "jihadists",
        "islamists",
        "fundamentalists",
        "assailants",
        "attackers",
        "bandits",
        "vigilantes",
        "youths",
        "villagers",
        "herdsmen",
        "criminals",
        "maoists",
    ]
)


def descriptive_actor(names: pd.Series) -> pd.Series:
    """Whether each name describes a kind of people (its last word one of
    :data:`DESCRIPTIVE_NOUNS`, no acronym or country in brackets) rather than naming an
    organisation; worked out once per distinct name.

    >>> descriptive_actor(pd.Series(["Left-Wing Militants", "Fulani extremists", "Strikers",
    ...     "Black Liberation Army", "Black Panthers", "Students for a Democratic Society",
    ...     "Baloch Liberation Army (BLA)", None])).tolist()
    [True, True, True, False, False, False, False, False]
    """
    distinct = pd.Series(names.dropna().unique(), dtype="str")
    last = distinct.map(lambda name: actor_key(name).rsplit(" ", 1)[-1])
    flags = last.isin(DESCRIPTIVE_NOUNS) & ~distinct.str.contains("(", regex=False)
    return names.isin(distinct[flags.to_numpy(dtype=bool)]).astype(bool)


def load_actor_aliases(path: str | Path | None = None, periods: bool = False) -> pd.DataFrame:
    """The alias table: ``alias, canonical, actor_type, source, countries``, checked
    (``countries``, ISO3 codes ``;``-separated, is optional: an actor without is anywhere).

    Rows with a period (``since`` / ``until``, ISO dates) say what an alias names in their
    countries over that period only ("Taliban": Military Forces of Afghanistan in AFG from
    2021-08-15); rows with ``admin1`` (first-level units' names, ``;``-separated) what it
    names in those units of their countries only (UCDP's "IS" in Niger's Diffa: Islamic
    State West Africa Province). They are left out unless ``periods`` is true, with
    ``since``, ``until`` and ``admin1`` columns then added (empty for the rows of every
    period and place): what a name stands for whenever and wherever, and what
    :func:`actor_on` reads by country, date and unit.

    Default: ``actors.csv`` in the bundled reference folder (``$ANALYSIS_REFERENCE_DIR`` if
    set, else ``src/analysis/reference`` of the repository). Raises ``ValueError`` on an unknown
    actor type or an alias key that names two canonical actors.

    >>> aliases = load_actor_aliases()
    >>> aliases.loc[aliases["alias"].eq("BLA"), ["canonical", "actor_type"]].values.tolist()
    [['Baloch Liberation Army', 'rebel/separatist']]
    """
    path = Path(path) if path is not None else reference_file("actors.csv")
    return _checked_aliases(path, path.read_bytes(), periods).copy()


@functools.lru_cache(maxsize=8)
def _checked_aliases(path: Path, content: bytes, periods: bool) -> pd.DataFrame:
    """:func:`load_actor_aliases` of ``path`` holding ``content``: parsed and checked once
    per content, not at every cleaning step."""
    table = pd.read_csv(
        io.BytesIO(content), dtype="str", keep_default_na=False, encoding="utf-8-sig"
    )
    if "countries" not in table.columns:
        table["countries"] = ""
    missing = set(ALIAS_COLUMNS) - set(table.columns)
    if missing:
        raise ReferenceTableError(f"{path}: missing columns {sorted(missing)}")
    for column in SCOPE_COLUMNS:
        if column not in table.columns:
            table[column] = ""
    columns = ALIAS_COLUMNS + SCOPE_COLUMNS
    table = table[columns].fillna("").apply(lambda column: column.str.strip())
    unknown = sorted(set(table["actor_type"]) - set(ACTOR_TYPES))
    if unknown:
        raise ReferenceTableError(f"{path}: unknown actor types {unknown}")
    bad = table.loc[table["since"].ne("") | table["until"].ne(""), PERIOD_COLUMNS].stack()
    bad = bad[bad.ne("") & ~bad.str.fullmatch(r"\d{4}-\d{2}-\d{2}")]
    if len(bad):
        raise ReferenceTableError(f"{path}: periods not ISO dates: {sorted(set(bad))[:5]}")
    keys = table.assign(key=table["alias"].map(actor_key))
    clashes = keys.groupby(["key", *SCOPE_COLUMNS])["canonical"].nunique()
    if clashes.gt(1).any():
        raise ReferenceTableError(
            f"{path}: aliases naming two actors: {clashes[clashes.gt(1)].index[:5]}"
        )
    if periods:
        return table.reset_index(drop=True)
    return table.loc[~scoped(table), ALIAS_COLUMNS].reset_index(drop=True)


def scoped(table: pd.DataFrame) -> pd.Series:
    """Which rows of the alias table (read with ``periods=True``) hold over a period or in
    some first-level units only.

    >>> table = load_actor_aliases(periods=True)
    >>> sorted(set(table.loc[scoped(table), "canonical"]))[:2]
    ['Islamic State (Sahel)', 'Islamic State West Africa Province']
    """
    return table[SCOPE_COLUMNS].ne("").any(axis=1)


def actor_on(
    key: str, iso3: str | None, day: str | None, table: pd.DataFrame, admin1: str | None = None
) -> tuple[str, str] | None:
    """(canonical, actor type) that a row of a period or of some first-level units gives
    the alias ``key`` in the country ``iso3`` on ``day`` (ISO date), in the unit ``admin1``
    when given, or None when no such row holds there then (a row of some units holds only
    where the unit is known to be one of them).

    >>> table = load_actor_aliases(periods=True)
    >>> actor_on("taliban", "AFG", "2025-11-20", table)
    ('Military Forces of Afghanistan', 'state forces')
    >>> actor_on("taliban", "AFG", "2019-05-01", table), actor_on("taliban", "PAK", "2025-11-20",
    ...     table)
    (None, None)
    >>> actor_on("is", "NER", "2024-05-01", table, "Diffa region")
    ('Islamic State West Africa Province', 'rebel/separatist')
    >>> actor_on("is", "NER", "2024-05-01", table), actor_on("is", "NER", "2024-05-01", table,
    ...     "Dosso")
    (None, None)
    """
    if not iso3 or not day:
        return None
    unit = admin1_key(admin1) if admin1 else ""
    # A loop over the table's few rows of a period or of some units: called once per actor
    # named in a text, where pandas' per-operation cost would outweigh the work.
    columns = ["alias", "canonical", "actor_type", "countries", REGION_COLUMN, *PERIOD_COLUMNS]
    for alias, canonical, kind, countries, units, since, until in zip(
        *(table[column] for column in columns), strict=True
    ):
        if not (units or since or until) or actor_key(alias) != key:
            continue
        if (
            _in_units(unit, units)
            and iso3 in countries.split(";")
            and (not since or since <= day)
            and (not until or until >= day)
        ):
            return str(canonical), str(kind)
    return None


def _in_units(unit: str, units: str) -> bool:
    """Whether a row whose ``admin1`` is ``units`` holds in the unit whose
    :func:`admin1_key` is ``unit`` (empty: not known); a row without units holds in all."""
    return not units or (bool(unit) and unit in {admin1_key(u) for u in units.split(";")})


# A sentence of a description, and the words of one that say a group claimed the event.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])")
_CLAIM_WORDS = re.compile(
    r"\bclaim(?:ed|ing|s)?\b[^.]*?\bresponsibility\b|\bresponsibility\b[^.]*?\bclaim", re.I
)
_CLAIM_VERB = re.compile(r"\bclaim", re.I)
# Who never claims an attack for itself in a description: the state's forces and the victims.
NON_CLAIMANT_TYPES = ("state forces", "civilians")
# An alias of one word this long or shorter ("TTP", "IS", "LeJ") is an abbreviation: it is
# looked for as written, so the English "is" or "bla" is no group.
ABBREVIATION_LENGTH = 5


def claiming_group(notes: str | None, aliases: pd.DataFrame | None = None) -> str | None:
    """The canonical name of the group a description says claimed the event, else None.

    The sentence saying someone claimed responsibility is searched for the actors of the
    alias table (state forces and civilians left out): abbreviations of up to
    :data:`ABBREVIATION_LENGTH` letters as written, other names by their :func:`actor_key`.
    The group named last before the word "claim", else the first after it ("responsibility
    was claimed by …"), is the claimant. No such sentence, or no known group in it: None.

    >>> claiming_group("TTP militants attacked a police post, killing 3 policemen. "
    ...                "TTP claimed responsibility.")
    'Tehrik-i-Taliban Pakistan'
    >>> claiming_group("Police killed two men. Responsibility was claimed by the BLF.")
    'Balochistan Liberation Front'
    >>> claiming_group("Police said the attackers claimed responsibility.") is None
    True
    """
    if not isinstance(notes, str):
        return None
    abbreviations, names, canonical = _claimant_patterns(
        None if aliases is None else tuple(map(tuple, aliases[ALIAS_COLUMNS].to_numpy()))
    )
    for sentence in _SENTENCE_END.split(notes):
        if not _CLAIM_WORDS.search(sentence):
            continue
        claim_at = _CLAIM_VERB.search(sentence).start()
        before, after = sentence[:claim_at], sentence[claim_at:]
        # How far (in key characters) each group named before the claim word ends from it.
        nearest = [
            (len(actor_key(before[m.end() :])), canonical[m.group(0)])
            for m in abbreviations.finditer(before)
        ]
        key = actor_key(before)
        nearest += [(len(key) - m.end(), canonical[m.group(0)]) for m in names.finditer(key)]
        if nearest:
            return min(nearest, key=lambda found: found[0])[1]
        following = [
            (len(actor_key(after[: m.start()])), canonical[m.group(0)])
            for m in abbreviations.finditer(after)
        ]
        following += [(m.start(), canonical[m.group(0)]) for m in names.finditer(actor_key(after))]
        if following:
            return min(following, key=lambda found: found[0])[1]
    return None


@functools.cache
def _claimant_patterns(
    rows: tuple[tuple[str, ...], ...] | None,
) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The abbreviation and name patterns of the claimants, and the canonical name of each
    text they match (an abbreviation as written, a name by its key)."""
    table = load_actor_aliases() if rows is None else pd.DataFrame(rows, columns=ALIAS_COLUMNS)
    table = table[~table["actor_type"].isin(NON_CLAIMANT_TYPES)]
    named = pd.concat(
        [
            table[["alias", "canonical"]],
            table[["canonical", "canonical"]].set_axis(["alias", "canonical"], axis=1),
        ]
    ).drop_duplicates("alias")
    short = named["alias"].str.fullmatch(rf"[A-Za-z]{{1,{ABBREVIATION_LENGTH}}}")
    canonical = dict(zip(named.loc[short, "alias"], named.loc[short, "canonical"], strict=True))
    keys = named.loc[~short, "alias"].map(actor_key)
    canonical.update(zip(keys, named.loc[~short, "canonical"], strict=True))

    def alternation(texts) -> str:
        return "|".join(re.escape(t) for t in sorted(set(texts), key=len, reverse=True) if t)

    abbreviations = re.compile(rf"\b(?:{alternation(named.loc[short, 'alias'])})\b")
    names = re.compile(rf"\b(?:{alternation(keys)})\b")
    return abbreviations, names, canonical
