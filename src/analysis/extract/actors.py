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

from analysis.reference.actors import actor_key, load_actor_aliases

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


def find_actors(sentence: str, country: str = "Pakistan") -> list[ActorMention]:
    """Named actors, then generic state forces, in text order (one mention per span).

    >>> [a.canonical for a in find_actors("Security forces killed 12 militants.")]
    ['Military Forces of Pakistan']
    """
    found: list[ActorMention] = []
    for match in _named_pattern().finditer(sentence):
        canonical, kind = _aliases()[actor_key(match.group())]
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
