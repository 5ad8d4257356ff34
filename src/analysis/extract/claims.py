"""Claims of responsibility and whether the authorities confirmed them.

"X took responsibility" / "X claimed responsibility (for …)" / "X said its fighters …" is a
claim by X (claim_status "claimed"). "… claimed many more attacks, including one on a major
paramilitary base" names further attacks known only from the claim; when the sentence says
the authorities "have yet to confirm" (or "could not be verified") they are "unconfirmed".

>>> c = find_claims("The BLA took responsibility in a statement that claimed many more "
...     "attacks, including one on a major paramilitary base, though authorities have yet to "
...     "confirm these.", ["Baloch Liberation Army"])
>>> c.claimant, c.status, c.scope, c.more_status, c.more_target
('Baloch Liberation Army', 'claimed', 'article', 'unconfirmed', 'a major paramilitary base')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.figures import STATE_AUXILIARY

_RESPONSIBILITY = re.compile(
    r"\b(?:took|takes|claimed|accepted|accepts|assumed|assumes|claiming|claims)\s+responsibility\b"
    r"(?:\s+for\s+(?P<object>the\s+\w+(?:\s+\w+)?))?|"
    # "Al-Shabaab claims the attack", "JNIM claimed Sunday's ambush"
    r"\b(?:claimed|claims|claiming)\s+(?P<object2>(?:the|this|both|[A-Z]\w+'s)\s+(?:\w+\s+)?"
    r"(?:attacks?|bombings?|blasts?|ambush(?:es)?|assaults?|raids?|killings?|abductions?|"
    r"kidnappings?))\b|"
    # the passive: "The attack was claimed by JNIM on Monday"
    r"\b(?P<object3>attacks?|bombings?|blasts?|ambush(?:es)?|assaults?|raids?|killings?|"
    r"abductions?|kidnappings?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:later\s+|since\s+|also\s+)?claimed\s+by\b",
    re.I,
)
_OWN_FIGHTERS = re.compile(
    r"\bsaid\b[^.;]{0,80}?\bits\s+(?:fighters|men|militants|members|suicide|mujahideen)\b", re.I
)
# when a claim was made, between the verb and what it claims: "claimed on Saturday to have"
_WHEN = (
    r"(?:(?:(?:late\s+|early\s+)?on\s+)?(?-i:[A-Z])[a-z]+day\s+|yesterday\s+|today\s+|"
    r"overnight\s+)?"
)
# and where, through the body's own medium: "claimed on its channels to have killed", "claimed
# in a video on Telegram to have …"
_WHERE = (
    r"(?:(?:on|in|via|through)\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:channels?|"
    r"statements?|communiqu[eé]s?|videos?|posts?|messages?|websites?|accounts?|media|radio|"
    r"outlets?|agency|broadcasts?|pamphlets?|leaflets?|tracts?|audio|recordings?)\s+)?"
)
_CLAIMED_KILLING = re.compile(
    rf"\bclaim(?:ed|s)\s+{_WHEN}{_WHERE}(?:to\s+have\s+killed|(?:that\s+)?it\s+(?:had\s+)?killed|"
    r"(?:that\s+)?its\s+(?:fighters|men)\s+(?:had\s+)?killed)\b",
    re.I,
)
_MORE = re.compile(
    r"\bclaimed\s+(?P<what>(?:many|several|\w+)\s+(?:more|other|further)\s+attacks?)"
    r"(?:,?\s+including\s+(?:one|an?\s+attack)\s+on\s+(?P<target>[^,.;]+))?",
    re.I,
)
_UNCONFIRMED = re.compile(
    r"\b(?:yet\s+to\s+(?:be\s+)?confirm\w*|not\s+(?:been\s+)?(?:independently\s+)?"
    r"(?:confirmed|verified)|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirm|verif)\w*|"
    r"unverified|unconfirmed)\b",
    re.I,
)


# a group the actor list does not know, named as the one claiming: "Al-Shabaab claimed
# responsibility", "Ansaru, a splinter group, claimed the attack and said its fighters …"
_NAMED_CLAIMANT = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+(?:al|of|the|for|[a-z]{1,3}-[A-Z][\w’'-]*|"
    r"[A-Z][\w’'-]*)){0,10}(?:\s+(?:group|faction|movement|network|brigade))?"
    r"(?:[’']s(?:\s+[A-Z][\w-]*)?\s+(?:affiliate|branch|wing|faction|offshoot|chapter))?"
    r"(?:\s+\([A-Z][\w-]{1,12}\))?)(?:,\s+[^,]{3,80},)?"  # "… of Azawad (CSP-DPA), a coalition …,"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:later\s+|also\s+|quickly\s+|,?\s*for\s+(?:its|their)\s+"
    r"part,?\s+)?"
    rf"(?:claim(?:ed|s)\s+{_WHEN}{_WHERE}to\s+have\s+(?:killed|captured|shot\s+down|destroyed)|"
    r"(?:took|takes|claimed|accepted|accepts|assumed|assumes|claims)\s+responsibility|claimed\s+(?:the|both|an?)\s+"
    r"(?:attacks?|bombings?|assaults?|ambush|raid|killings?|abductions?)\b(?:[^.;]*?\bsaid\s+its\b)?|"
    r"claims\s+(?:the|both|this)\s+(?:attacks?|bombings?|assaults?|ambush|raid|killings?)\b|"
    r"said\b[^.;]{0,80}?\bits\s+(?:fighters|men|mujahideen)\s+(?:had\s+)?(?:killed|attacked|"
    r"stormed|carried\s+out))"
)
_NOT_A_CLAIMANT = re.compile(
    r"^(?:No|Nobody|None|The|A|An|It|They|He|She|We|This|That|Police|Army|Military|Troops|"
    r"Government|Officials|Authorities|Security|Residents|Witnesses)\b"
)


def named_claimant(sentence: str) -> str | None:
    """The group a sentence says claimed the attack, by its name as written.

    >>> named_claimant("Al-Shabaab claimed responsibility for the attack.")
    'Al-Shabaab'
    >>> named_claimant("Islamic State's Afghan affiliate claimed responsibility.")
    "Islamic State's Afghan affiliate"
    >>> named_claimant("No group claimed responsibility.") is None
    True
    >>> named_claimant("The Azawad Liberation Front (FLA), an alliance of rebel groups, for "
    ...     "its part claimed to have killed 18 soldiers.")
    'Azawad Liberation Front (FLA)'

    """
    match = _NAMED_CLAIMANT.search(sentence)
    if match is None:
        return None
    name = re.sub(r"^The\s+(?=[A-Z])", "", match.group("name"))  # "The Jundullah group"
    if _NOT_A_CLAIMANT.match(name) or STATE_AUXILIARY.search(name):
        return None  # the state's side speaking of its own fighters ("The PMF said its …")
    return name


@dataclass(frozen=True)
class Claim:
    """A claim in one sentence: who claims, for what ("article": the attacks in general;
    "this": the attack the sentence describes), and further claimed attacks."""

    claimant: str
    status: str
    scope: str
    more_status: str | None = None
    more_what: str | None = None
    more_target: str | None = None
    own_figures: bool = False


def find_claims(sentence: str, actors: list[str]) -> Claim | None:
    """The claim a sentence makes, given the non-state actors it names (first = claimant).

    >>> find_claims("The TTP claimed responsibility for the bombing.", ["Tehrik-i-Taliban "
    ...     "Pakistan"]).scope
    'this'
    >>> find_claims("Police said three people died.", []) is None
    True
    >>> find_claims("The TTP claimed to have killed 20 policemen.", ["TTP"]).own_figures
    True
    """
    if not actors:
        return None
    responsibility = _RESPONSIBILITY.search(sentence)
    own = _OWN_FIGHTERS.search(sentence)
    more = _MORE.search(sentence)
    killing = _CLAIMED_KILLING.search(sentence)
    if not (responsibility or own or more or killing):
        return None
    status = "unconfirmed" if _UNCONFIRMED.search(sentence) and not more else "claimed"
    scope = "this"
    if responsibility and not (
        responsibility.group("object")
        or responsibility.group("object2")
        or responsibility.group("object3")
    ):
        scope = "article"
    # "claimed responsibility, saying 30 policemen had been killed": the figures are its own
    saying = responsibility and re.search(r",\s+saying\b", sentence[responsibility.end() :])
    claim = Claim(actors[0], status, scope, own_figures=bool(killing or own or saying))
    if more:
        more_status = "unconfirmed" if _UNCONFIRMED.search(sentence) else "claimed"
        target = more.group("target").strip() if more.group("target") else None
        what = more.group("what")
        claim = Claim(actors[0], status, scope, more_status, what, target, claim.own_figures)
    return claim
