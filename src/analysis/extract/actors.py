"""Actors named in a sentence, through the project's actor alias table.

Named actors are matched as written (case-sensitive, whole words: "BLA", "Baloch Liberation
Army", "Balochistan Levies", "TTP"); generic words for the state's forces ("security forces",
"the military", "police", "Levies") are looked up with the country suffix, as the cleaning
step does ("Police" → "Police (Pakistan)" → Police Forces of Pakistan).

>>> [(a.canonical, a.actor_type) for a in find_actors("The BLA attacked a station of the "
...     "Balochistan Levies.")]
[('Baloch Liberation Army', 'rebel/separatist'), ('Balochistan Levies', 'state forces')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis.reference.actors import actor_key, actor_on, load_actor_aliases
from analysis.reference.countries import iso3_from_name

GENERIC_STATE = {
    "security forces": "Security Forces",
    "military": "Military",
    "army": "Army",
    "soldiers": "Soldiers",
    "troops": "Soldiers",
    "police": "Police",
    "policemen": "Policemen",
    "levies": "Levies",
}
PERPETRATOR_WORDS = r"armed men|gunmen|militants|attackers|assailants|insurgents|a suicide bomber"


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text: canonical name, ACLED-style type, words and offsets."""

    canonical: str
    actor_type: str
    text: str
    start: int
    end: int
    generic: bool = False


def find_actors(
    sentence: str, country: str = "Pakistan", on: date | None = None
) -> list[ActorMention]:
    """Named actors, then generic state forces, in text order (one mention per span). With
    ``on`` (the day the text speaks of), a name the alias table gives another actor in the
    country from a date on is that actor: since 15 August 2021 the Taliban in Afghanistan
    are its state forces.

    >>> [a.canonical for a in find_actors("Security forces killed 12 militants.")]
    ['Military Forces of Pakistan']
    >>> [(a.canonical, a.actor_type) for a in find_actors("a Taliban spokesman said",
    ...     "Afghanistan", date(2025, 11, 20))]
    [('Military Forces of Afghanistan', 'state forces')]
    >>> [a.actor_type for a in find_actors("a Taliban spokesman said", "Afghanistan",
    ...     date(2019, 11, 20))]
    ['rebel/separatist']
    """
    found: list[ActorMention] = []
    iso3 = _iso3(country) if on is not None else None
    for match in _named_pattern().finditer(sentence):
        key = actor_key(match.group())
        canonical, kind = (
            actor_on(key, iso3, on.isoformat(), _dated()) if iso3 and on else None
        ) or _aliases()[key]
        found.append(ActorMention(canonical, kind, match.group(), match.start(), match.end()))
    words = "|".join(sorted(GENERIC_STATE, key=len, reverse=True))
    for match in re.finditer(rf"\b(?:{words})\b", sentence, re.I):
        if any(a.start <= match.start() < a.end for a in found):
            continue
        generic = f"{GENERIC_STATE[match.group().casefold()]} ({country})"
        hit = _aliases().get(actor_key(generic))
        if hit:
            found.append(ActorMention(*hit, match.group(), match.start(), match.end(), True))
    return sorted(found, key=lambda a: a.start)


def perpetrator_words(sentence: str) -> str | None:
    """How the text names unidentified attackers ("Armed men", "Gunmen"), if it does.

    >>> perpetrator_words("On Sunday night, armed men blocked a highway")
    'Armed men'
    """
    match = re.search(rf"\b(?:{PERPETRATOR_WORDS})\b", sentence, re.I)
    if match is None:
        return None
    words = re.sub(r"^a\s+", "", match.group(), flags=re.I)
    return words[:1].upper() + words[1:].lower()


@functools.cache
def _aliases() -> dict[str, tuple[str, str]]:
    table = load_actor_aliases()
    return {
        actor_key(a): (c, t)
        for a, c, t in zip(table["alias"], table["canonical"], table["actor_type"], strict=True)
    }


@functools.cache
def _dated() -> pd.DataFrame:
    """The alias table's rows of a period."""
    table = load_actor_aliases(periods=True)
    return table[table["since"].ne("") | table["until"].ne("")].reset_index(drop=True)


@functools.cache
def _iso3(country: str) -> str | None:
    code = iso3_from_name(pd.Series([country])).iloc[0]
    return None if pd.isna(code) else str(code)


@functools.cache
def _named_pattern() -> re.Pattern:
    """Aliases that are proper names (capitalised, no brackets, 3+ characters), longest first."""
    table = load_actor_aliases()
    names = {
        a
        for a in table["alias"]
        if len(a) >= 3
        and a[0].isupper()
        and "(" not in a
        and ":" not in a
        and actor_key(a) not in {actor_key(f"{w} (x)")[:-2] for w in GENERIC_STATE.values()}
        and a.casefold() not in GENERIC_STATE
    }
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
