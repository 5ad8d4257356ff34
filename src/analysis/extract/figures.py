"""Casualty figures in a sentence: a number phrase, its victim noun and victim group.

Every number phrase is read by :func:`analysis.parse_count`. A figure counts as a death toll
when the nearest outcome word after it (else before it) is a death word ("killed", "dead",
"bodies", "killing"); figures of the wounded are left out. "The 12 militants" or "the ten
killed" (a figure after "the") refers back to a figure already given: it is returned with
``reference=True`` and is not a new figure. "14 soldiers and police, and 21 militants"
gives two figures; compound nouns ("soldiers and police") belong to the first figure.

>>> [(f.phrase, f.noun, f.victim_group, f.best) for f in find_figures(
...     "The military said 14 soldiers and police, and 21 militants, were killed.")]
[('14', 'soldiers', 'security_forces', 14), ('21', 'militants', 'militants', 21)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.casualty_phrases import SCALES, TENS, UNITS, Count, parse_count

VICTIM_NOUNS: dict[str, str] = {
    # civilians
    "passengers": "civilians",
    "civilians": "civilians",
    "civilian": "civilians",
    "tribal elders": "civilians",
    "tribal elder": "civilians",
    "elders": "civilians",
    "elder": "civilians",
    "drivers": "civilians",
    "driver": "civilians",
    "workers": "civilians",
    "labourers": "civilians",
    "laborers": "civilians",
    "villagers": "civilians",
    "worshippers": "civilians",
    "children": "civilians",
    "women": "civilians",
    "students": "civilians",
    "pilgrims": "civilians",
    "residents": "civilians",
    "bystanders": "civilians",
    "shoppers": "civilians",
    "teachers": "civilians",
    "journalists": "civilians",
    # security forces
    "security personnel": "security_forces",
    "security officials": "security_forces",
    "security forces": "security_forces",
    "soldiers": "security_forces",
    "soldier": "security_forces",
    "troops": "security_forces",
    "policemen": "security_forces",
    "policeman": "security_forces",
    "police officers": "security_forces",
    "police": "security_forces",
    "levies personnel": "security_forces",
    "levies": "security_forces",
    "paramilitaries": "security_forces",
    "paramilitary soldiers": "security_forces",
    "personnel": "security_forces",
    "officers": "security_forces",
    "constables": "security_forces",
    "guards": "security_forces",
    # militants
    "militants": "militants",
    "militant": "militants",
    "attackers": "militants",
    "attacker": "militants",
    "insurgents": "militants",
    "terrorists": "militants",
    "gunmen": "militants",
    "assailants": "militants",
    "fighters": "militants",
    "bombers": "militants",
    "suicide bombers": "militants",
    # not said
    "bodies": "unknown",
    "people": "unknown",
    "persons": "unknown",
    "others": "unknown",
}
DEATH_WORDS = r"killed|killing|kills|dead|died|die|bodies|deaths|lives|slain|massacred|shot dead"
INJURY_WORDS = r"wounded|wounds|injured|injuries|injuring|wounding|hurt"

_WORDS = sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True)
_NUMBER_WORD = "|".join(_WORDS)
_NUMBER = (
    rf"(?:\d[\d,]*|(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"
    r"|a\s+dozen|half\s+a\s+dozen|dozens|scores|hundreds|several|a\s+few|a\s+handful)"
)
_QUALIFIER = (
    r"(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|more\s+than|over|upwards\s+of|"
    r"in\s+excess\s+of|about|around|approximately|some|nearly|almost|roughly|an\s+estimated|"
    r"up\s+to|as\s+many\s+as|a\s+maximum\s+of|a\s+minimum\s+of|between|from)\s+"
)
_PHRASE = re.compile(
    rf"\b(?P<phrase>(?:{_QUALIFIER})?{_NUMBER}"
    rf"(?:\s*(?:to|-|–|and|or)\s*{_NUMBER})?)\b",
    re.I,
)
_NOUN = "|".join(sorted((re.escape(n) for n in VICTIM_NOUNS), key=len, reverse=True))
# the victim noun follows within three words ("six as yet unidentified bodies")
_AFTER = re.compile(
    rf"^(?:\s+of)?(?P<gap>(?:\s+[\w’'-]+?){{0,3}}?)\s+(?P<noun>{_NOUN})\b"
    r"(?!\s+(?:stations?|posts?|officials?|chiefs?|vehicles?|bases?|camps?|checkpoints?|said))",
    re.I,
)
_COMPOUND = re.compile(rf"^\s+(?:and|or)\s+(?P<noun>{_NOUN})\b", re.I)
_OUTCOME = re.compile(rf"\b(?:(?P<death>{DEATH_WORDS})|(?P<injury>{INJURY_WORDS}))\b", re.I)


@dataclass(frozen=True)
class Figure:
    """One casualty figure: the phrase as written, the victim noun and group, the count."""

    phrase: str
    noun: str
    victim_group: str
    count: Count
    start: int
    end: int
    reference: bool = False
    written: str = ""

    @property
    def best(self) -> int | None:
        return self.count.best

    @property
    def text(self) -> str:
        """The figure as written, e.g. "at least 23 passengers", "14 soldiers and police"."""
        return self.written or f"{self.phrase} {self.noun}"


def find_figures(sentence: str) -> list[Figure]:
    """The death tolls a sentence gives, in text order (references to earlier figures too).

    >>> [(f.text, f.count.qualifier, f.reference) for f in find_figures(
    ...     "Six security personnel and one tribal elder made up the ten killed.")]
    [('Six security personnel', 'exact', False), ('one tribal elder', 'exact', False), \
('ten killed', 'exact', True)]
    >>> find_figures("Five soldiers were wounded.")
    []
    """
    figures: list[Figure] = []
    for match in _PHRASE.finditer(sentence):
        phrase = match.group("phrase")
        if not _is_range(phrase) and re.search(r"\s(?:and|or|to)\s", phrase):
            phrase = re.split(r"\s(?:and|or|to)\s", phrase)[0]
        tail = _AFTER.match(sentence[match.start() + len(phrase) :])
        if tail is None or re.search(rf"\b(?:{_NUMBER_WORD}|\d)", tail.group("gap"), re.I):
            continue
        if tail.group("noun").casefold() in ("police", "personnel") and tail.group("gap").strip():
            continue  # "two police stations", "three security personnel" handled by the noun
        end = match.start() + len(phrase) + tail.end()
        group = VICTIM_NOUNS[tail.group("noun").casefold()]
        more = _COMPOUND.match(sentence[end:])
        if more and VICTIM_NOUNS[more.group("noun").casefold()] == group:
            end += more.end()
        if not _is_death(sentence, match.start(), end):
            continue
        try:
            count = parse_count(phrase)
        except ValueError:
            continue
        if count.best is None:
            continue
        before = sentence[max(0, match.start() - 4) : match.start()].casefold()
        noun = tail.group("noun")
        figures.append(
            Figure(
                phrase=phrase,
                noun=noun,
                victim_group=group,
                count=count,
                start=match.start(),
                end=end,
                reference=before.endswith("the "),
                written=sentence[match.start() : end],
            )
        )
    figures += _references(sentence, figures)
    return sorted(figures, key=lambda f: f.start)


def _references(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the ten killed": a total that names no victim noun, kept as a reference."""
    out = []
    pattern = rf"\bthe\s+(?P<phrase>{_NUMBER})\s+(?P<noun>killed|dead)\b"
    for match in re.finditer(pattern, sentence, re.I):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        count = parse_count(match.group("phrase"))
        if count.best is not None:
            group = "unknown"
            out.append(
                Figure(
                    match["phrase"], match["noun"], group, count, match.start(), match.end(), True
                )
            )
    return out


def _is_range(phrase: str) -> bool:
    return bool(re.match(r"(?i)between\s|from\s", phrase)) or bool(
        re.search(r"(?i)\s(?:to|or)\s", phrase)
    )


def _is_death(sentence: str, start: int, end: int) -> bool:
    """The nearest outcome word after the figure (else before it) is a death word."""
    if re.search(r"(?i)bodies", sentence[start:end]):
        return True
    after = _OUTCOME.search(sentence, end)
    if after is not None and not _clause_break(sentence[end : after.start()]):
        return after.group("death") is not None
    befores = list(_OUTCOME.finditer(sentence[:start]))
    if befores:
        return befores[-1].group("death") is not None
    return after is not None and after.group("death") is not None


def _clause_break(text: str) -> bool:
    """A sentence-internal boundary between a figure and an outcome word far away."""
    return len(text) > 120


_UNKNOWN_TOLL = re.compile(
    r"\b(?:the\s+)?(?:death\s+)?(?:toll|casualties|number\s+of\s+(?:dead|casualties))\b"
    r"[^.;]{0,25}?\b(?P<phrase>(?:had\s+|has\s+)?yet\s+to\s+be\s+confirmed|not\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:known|confirmed)|unclear|unknown)\b",
    re.I,
)


def find_unknown_tolls(sentence: str) -> list[Figure]:
    """ "the toll had yet to be confirmed": a figure of victims unknown, count unknown.

    >>> [(f.phrase, f.victim_group, f.count.qualifier) for f in find_unknown_tolls(
    ...     "Two stations were attacked, but the toll had yet to be confirmed.")]
    [('yet to be confirmed', 'unknown', 'unknown')]
    """
    out = []
    for match in _UNKNOWN_TOLL.finditer(sentence):
        phrase = re.sub(r"^(?:had|has)\s+", "", match.group("phrase"))
        count = parse_count(phrase)
        whole = match.group().strip()
        out.append(
            Figure(phrase, "toll", "unknown", count, match.start(), match.end(), written=whole)
        )
    return out
