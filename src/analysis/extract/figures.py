"""Casualty figures in a sentence: a number phrase, its victim noun and group, and its outcome.

Every number phrase is read by :func:`analysis.parse_count`. What happened to the people a
figure counts (its *outcome*: killed, wounded, abducted, arrested, freed or missing) is read
from the figure's own clause, not from the nearest word:

1. "bodies" ("six bodies", "the bodies of two men abducted last week", "the body of a
   shopkeeper") and "11 deaths" are deaths; "took 4 soldiers prisoner" is an abduction;
2. a verb right before the figure takes it as its object ("killing 14 worshippers",
   "abducted 12 villagers", "freed four of them", "rescued nine kidnapped victims");
3. an outcome word between the number and its noun ("43 wounded people") is the outcome;
4. else the first outcome word after the figure, before the next figure, that is said *of*
   it: after "were / was / had been / still …" ("were killed", "are still missing"), a word
   that needs no object ("died", "dead", "missing", "escaped"), or the word right after it
   ("30 wounded"); an "-ing" word or a verb taking the next figure as object ("five gunmen
   killed three …") is what the figure did, not what happened to it; after "who / which" the
   relative clause's own verb is passed over;
5. a figure in a list ("15 soldiers and 18 civilians had been killed", "killing four
   policemen and two civilians") takes its neighbour's outcome; then the nearest outcome
   word in the sentence; no outcome word at all, no figure ("the attackers, numbering 30").

Victim nouns come from ``VICTIM_NOUNS``, else from their ending (:func:`morphology_group`:
"two money changers", "five Maoists"); one person is "a / an / their" and a singular noun
("their civilian driver"), not a noun used as an adjective ("a humanitarian partner").
"Captured" soldiers or villagers are abducted, captured militants arrested.

Only ``killed`` figures are death tolls (:func:`find_figures`); the others are typed figures
(:func:`find_casualty_figures`). A part of a figure already given is no new figure:
"92 militants, three of them suicide bombers", "11 people, among them two women", "eight
people, including two policemen". "N of them" in a new clause with another outcome ("Nine
of them escaped") is a typed figure of the same victims. "Four others", "30 wounded" (no
noun) and "N of them" take the victim group of the figure before. A figure given only as
"not 19" / "19 as previously reported" is superseded. "The toll rose to 17" is a figure of
unknown victims. "The 12 militants" or "the ten killed" (after "the") refers back to a
figure already given: it is returned with ``reference=True``.

>>> [(f.phrase, f.noun, f.victim_group, f.best) for f in find_figures(
...     "The military said 14 soldiers and police, and 21 militants, were killed.")]
[('14', 'soldiers', 'security_forces', 14), ('21', 'militants', 'militants', 21)]
>>> [(f.text, f.outcome, f.victim_group) for f in find_casualty_figures(
...     "Six policemen were martyred and four others injured.")]
[('Six policemen', 'killed', 'security_forces'), ('four others', 'wounded', 'security_forces')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from analysis.casualty_phrases import SCALES, TENS, UNITS, Count, parse_count
from analysis.extract.dates import DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES
from analysis.reference.victim_groups import victim_words

CIVILIANS, FORCES, MILITANTS, UNKNOWN = "civilians", "security_forces", "militants", "unknown"
# The nouns a figure counts ("14 soldiers", "two journalists"), by victim group: the words of
# the reference table victim_groups.csv read as nouns in articles (its ``in_articles`` is
# ``noun``); the casualty cells of analysts' tables read the same table
# (analysis.reference.victim_groups).
VICTIM_NOUNS: dict[str, str] = victim_words("noun")


def _singular(noun: str) -> str | None:
    """ "shopkeepers" → "shopkeeper", "policemen" → "policeman"; None when it has none."""
    if " " in noun or noun in ("police", "personnel", "levies", "passers-by"):
        return None
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return None


# "a soldier was killed", "their civilian driver": one person, by the singular of a victim noun
# nouns of the table that are read as one person too ("a civilian", "a suspect")
_ALSO_ONE = frozenset(
    [
        *("civilian", "driver", "passenger", "worker", "teacher", "student"),
        *("tribal elder", "elder", "headman", "soldier", "policeman", "militant"),
        *("attacker", "suspect"),
    ]
)
SINGULAR_NOUNS: dict[str, str] = {
    **{
        one: group
        for noun, group in VICTIM_NOUNS.items()
        if group != UNKNOWN and (one := _singular(noun)) and one not in VICTIM_NOUNS
    },
    # the table's singulars: "a gunman", "their civilian driver", "a man and his grandson"
    **{
        word: group
        for word, group in victim_words("noun", "singular").items()
        if word in _ALSO_ONE or word not in VICTIM_NOUNS
    },
}
# victim nouns not in the lists, known by their ending: "money changers", "logistics
# suppliers", "shopkeeper", "tribesmen" (civilians), "Maoists", "Naxalites" (militants)
_MORPHOLOGY = r"[A-Za-z][a-z]+(?:ers?|ors?|ists?|ites?|ians?|ees?|(?<=[a-z]{3})m[ae]n)"
# words with those endings that are not people
NOT_PEOPLE = frozenset(
    [
        "numbers",
        "others",
        "hours",
        "quarters",
        "headquarters",
        "orders",
        "papers",
        "letters",
        "borders",
        "corners",
        "layers",
        "rivers",
        "waters",
        "powers",
        "matters",
        "towers",
        "chambers",
        "containers",
        "tankers",
        "trailers",
        "computers",
        "helicopters",
        "launchers",
        "cylinders",
        "boosters",
        "barriers",
        "motors",
        "tractors",
        "generators",
        # ("seized 8 hammers pneumatic and 2 compressors": tools a seizure lists)
        "hammers",
        "compressors",
        "sectors",
        "factors",
        "doors",
        "floors",
        "corridors",
        "reactors",
        "monitors",
        "errors",
        "committees",
        "fees",
        "rupees",
        "guarantees",
        "parties",
        "commanders",
        "leaders",
        "spokesmen",
        "spokespersons",
        "chairmen",
        "rockets",
        "cameras",
        "minutes",
        "kilometers",
        "kilometres",
        "meters",
        "metres",
        "litres",
        "liters",
        "dollars",
        "mortars",
        "shelters",
        "centers",
        "filters",
        "charters",
        "registers",
        "dossiers",
        "premises",
        "manners",
        "encounters",
        "counters",
        # ("lost two fingers": a part of the body, no people)
        "fingers",
        # ("Allah is their reckoner": a claim's formula for God, no people)
        "reckoners",
        # ("burned two Humvees", "seized three bulldozers": vehicles and machines, no people)
        "humvees",
        "hummers",
        "bulldozers",
        "excavators",
        "scooters",
        "rovers",
        "cruisers",
        "choppers",
        "freighters",
        "destroyers",
        "minesweepers",
    ]
)


def morphology_group(word: str) -> str | None:
    """The victim group of a noun outside the lists, from its ending, or None.

    >>> [morphology_group(w) for w in ("changers", "Maoists", "tribesmen", "helicopters")]
    ['civilians', 'militants', 'civilians', None]
    """
    key = word.casefold()
    if key in VICTIM_NOUNS or key in SINGULAR_NOUNS:
        return VICTIM_NOUNS.get(key) or SINGULAR_NOUNS[key]
    plural = key[:-3] + "men" if key.endswith("man") else key if key.endswith("s") else key + "s"
    if plural in NOT_PEOPLE or key.endswith("ites") and not word[:1].isupper():
        return None
    if not re.fullmatch(_MORPHOLOGY, word):
        return None
    if word[:1].isupper() and key.endswith(("ists", "ites", "ist", "ite")):
        return MILITANTS  # a movement's members: Maoists, Islamists, Naxalites
    if key.endswith(("militiamen", "militiaman")):
        return MILITANTS
    return CIVILIANS


_FELL = (
    r"(?:fell|fallen)\s+(?:on\s+the\s+field\s+of\s+honou?r|in\s+the\s+line\s+of\s+duty|in\s+(?:combat|action|"
    # ("eleven soldiers fallen with arms in hand": the French "tombés les armes à la main")
    r"battle)|with\s+(?:their\s+|his\s+|her\s+)?(?:arms|weapons?)\s+in\s+hand|"
    # ("four volunteers fell while defending the town": the French "tombés en défendant")
    # ("three soldiers fell defending the post": the same with no "while")
    r"(?:(?:while|when)\s+)?(?:defending|fighting|protecting|repelling|resisting)\b)"
)
OUTCOME_WORDS: dict[str, str] = {
    # ("the number of 6 deads": a translation's plural of the noun)
    "killed": r"killed|killing|kills|kill|dead|deads|"
    # ("a porter died of cold on the pass", "two detainees died of illness": a death no one
    # dealt, no violence's)
    r"(?:died|dies|die)(?!\s+(?:of|from)\s+(?:the\s+)?(?:cold|hypothermia|exposure|frostbite|"
    r"illness|disease|natural\s+causes|old\s+age|a\s+heart\s+attack)\b)|deaths?|"
    # "the blast claimed nine lives" (not the verb: "a driver, who lives near the station,
    # was injured", "she lives in the camp")
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bstill\s)(?<!\bnow\s)lives|slain|massacred|"
    r"murdered|murdering|assassinated|assassinating|"
    # "it abated 4 members of the group": a machine translation's word for killed (abatir)
    r"abated|"
    # "4 bandits were liquidated", "2 employees received wounds incompatible with life": a
    # translation from Russian of an official's words for the killed ("ликвидированы", "ранения,
    # несовместимые с жизнью")
    # "6 soldiers of the occupation army were punished and 4 wounded": a Kurdish guerrilla
    # statement's word for killed (only "were/was punished" ending its clause)
    r"(?<=\bwere\s)punished(?=\s*(?:[.,;]|and\b))|(?<=\bwas\s)punished(?=\s*(?:[.,;]|and\b))|"
    r"liquidated|liquidating|"
    # ("the army destroyed 8 terrorists", "destroyed up to 30 servicemen": a defence ministry's
    # word for fighters killed, right before the count of people; "destroyed 12 houses"
    # counts no one)
    r"destroyed(?=\s+(?:up\s+to\s+|about\s+|over\s+|more\s+than\s+|at\s+least\s+|some\s+)?"
    r"[\"“]?$)|"
    r"(?:received|got|sustained|suffered)\s+(?:\w+\s+){0,2}?(?:wounds|"
    r"injuries)\s+incompatible\s+with\s+life|"
    r"(?-i:KIA)|shot\s+dead|(?:attained|achieved|gained|received)\s+(?:shahadat|martyrdom)|shooting\s+dead|gunned\s+down|gunning\s+down|martyred|martyring|"
    # ("Two of our brothers ascended in the battle": a claim's own dead, gone up, right
    # after the count and its noun)
    r"(?:(?<=^\s)|(?<=^))ascended(?=\s+(?:in|during|on|to)\b)|"
    r"embrac(?:ed|es?|ing)\s+(?:shahadat|martyrdom)|(?:ascended|fell|rose)\s+(?:as\s+)?(?:an?\s+)?martyrs?|sent\s+to\s+hell|neutrali[sz]ed|neutrali[sz]ing|eliminated|"
    # "resulting in the martyrdom of five personnel": the noun as "the death of" (not a
    # "martyrdom operation", a suicide attack)
    r"(?:martyrdom|shahadat)(?=\s+of\b)|"
    r"perished|succumbed|drowned|executed|beheaded|lynched|lost\s+(?:his|her|their|the)\s+li(?:fe|ves)|"
    # "19 civilians came around the life": a translation word for word of the German "kamen
    # ums Leben" (died)
    r"(?:came|come|comes|coming)\s+(?:around|round|about|to)\s+(?:the|their|his|her)\s+"
    r"li(?:fe|ves)|"
    # "Four gendarmes have found the death": a translation word for word of the French
    # "ont trouvé la mort" (died)
    r"(?:found|find|finds|finding)\s+(?:the|their|his|her)\s+death\b|"
    # "Nine police officers were fatally injured", "mortally wounded": injured to death
    r"(?:fatally|mortally)\s+(?:injured|wounded|hurt|shot)|"
    # "14 of our comrades gave their lives": the dead of a group that honours them
    # ("3 of them lost legs", "lost his right arm": a limb lost, with or without a word before
    # it, is no death)
    r"(?:gave|laid\s+down|sacrificed)\s+(?:his|her|their)\s+li(?:fe|ves)|lost(?!\s+(?:since|from)\b)(?!\s+(?:(?:his|her|their|an?|one|both|two|three|four|five|\d{1,2})\s+)?(?:(?:right|left)\s+)?(?:legs?|arms?|eyes?|hands?|feet|foot|limbs?|fingers?|sight|eyesight|hearing)\b)|neutrali[sz]es?|paid\s+the\s+(?:supreme|ultimate)\s+price|"
    # "4 soldiers fell on the field of honour", "fell in the line of duty": the dead in arms
    rf"{_FELL}|"
    # "6 soldiers fallen and 4 wounded": a translated daily's participle after its noun, the
    # French "tombés", before "and" and the next count (not "have fallen", "the fallen",
    # "fallen into the hands of"; not "spoke of 3 fallen;", a count told and corrected)
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bour\s)"
    r"fallen(?=,?\s+and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|"
    # a list's or a form's label: "Deceased: 4 persons" (not "the deceased's brother")
    r"deceased(?=\s*:)|"
    # "13 victims deceased and 9 wounded": a translated daily's participle after its noun
    # (not "the deceased", "his deceased brother", "per deceased person")
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)deceased"
    r"(?=\s*(?:[,.;)]|$|(?:and|or|in|on|at|after|during|from)\b))|"
    # "22 people had been buried", "were laid to rest": the buried are dead (not "buried
    # alive", "buried under the rubble")
    r"(?<=\bbeen\s)(?:buried|cremated|laid\s+to\s+rest)(?!\s+(?:alive|under|beneath|in\s+the\s+rubble))|"
    r"(?<=\bwere\s)(?:buried|cremated|laid\s+to\s+rest)(?!\s+(?:alive|under|beneath|in\s+the\s+rubble))|"
    # "over 80 extremists were destroyed": an army's word for fighters it killed (a figure
    # needs people: the houses or the vehicles destroyed are none)
    r"(?:(?<=\bwere\s)|(?<=\bbeen\s))destroyed\b|"
    # "four of our jawans are now shaheed", "two constables were shaheed": the Urdu word for
    # martyred, said after a verb "to be" (not the name Shahid or "Shaheed Benazir Abad")
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bis\s)|(?<=\bbeen\s)|(?<=\bnow\s)|"
    r"(?<=\bbecame\s)|(?<=\bbecome\s))(?-i:shaheed|shahid)\b|"
    # ("2 police jawans shaheed and 3 injured", "3 jawans shaheed now": a clipped alert's word
    # right after the people counted, in lower case: not a name, "Constable Shaheed Khan")
    # (read right after the count and its noun, as the words said of a figure are)
    r"(?:(?<=^\s)|(?<=^))(?-i:shaheed)(?=\s*(?:[,;.]|$|and\b|now\b|in\b|while\b|after\b|on\b|at\b))",
    "wounded": r"wounded|wounds(?!\s+incompatible)|wound|wounding|injured|"
    # ("31 people assaulted", "12 supporters were assaulted with sjamboks": a monitor's count
    # of people beaten, right after the count or passive; not "assaulted the convoy")
    r"(?:(?<=\bwere\s)|(?<=\bbeen\s)|(?<=^\s)|(?<=^))assaulted\b(?!\s+(?:the|a|an|their|its)\b)|"
    # ("the hospital had received 13 people with cuts and bruises": hurt, by what they bore)
    r"(?<=\bwith\s)(?:cuts|bruises|lacerations|fractures|burns)\b(?=\s+and\s|\s*[,.;])|"
    # ("seven people were taken to hospital", "31 others were rushed to the district
    # hospital": carried there to be treated, hurt)
    r"\b(?:were|been)\s+(?:taken|rushed|evacuated|transported|ferried)\s+to\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?)\b|"
    r"injuries(?!\s+incompatible)|injury|injuring|hurt|treated|"
    r"admitted|(?-i:WIA)|escaped\s+with\s+(?:\w+\s+){0,2}?(?:wounds|injur(?:y|ies))|"
    r"sustained\s+(?:\w+\s+){0,4}?(?:injur(?:y|ies)|wounds)(?!\s+incompatible)|"
    r"(?:receiving|undergoing|under)\s+(?:medical\s+)?treatment|"
    # ("got burns on both arms", "suffered severe burns": burnt, hurt)
    r"(?:got|gets|suffered|suffers|sustained|received)\s+(?:\w+\s+){0,2}?burns\b|"
    # ("One jawan got bullet in the leg": a translation's "got a bullet", shot and hurt)
    r"(?:got|gets|received|took|takes)\s+(?:a\s+)?bullets?(?=\s+(?:in|on|to)\s+(?:the|his|her|"
    r"their)\s+[a-z]+)|"
    # ("eleven are lying at the Presbyterian hospital", "four are in hospital": a count lying
    # in a hospital's beds, its patients)
    r"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bstill\s)|(?<=\bnow\s))(?:lying\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?hospital|in\s+hospital)\b|"
    # ("stepped on a mine and lost the leg", "lost both hands": a limb lost, maimed, alive)
    r"(?:lost|loses|lose|losing)\s+(?:the|his|her|their|a|an|one|both)\s+(?:(?:left|right|"
    r"lower)\s+)?(?:legs?|arms?|feet|foot|hands?|eyes?|fingers?|limbs?)\b|"
    # ("touched by a lost bullet": a translation's "touché par une balle perdue")
    # ("was hit by splinters near the flyover", "hit by rubber bullets", "hit by brickbats")
    r"hospitali[sz]ed|(?:hit|struck|touched)\s+by\s+(?:an?\s+)?(?:stray\s+|lost\s+|rubber\s+|"
    r"plastic\s+)?(?:bullets?|gunfire|shrapnel|splinters|pellets|brickbats)|"
    # ("a vendor was also hit in the crossfire": struck by the shots exchanged, hurt)
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=\balso\s))(?:hit|struck)\s+in\s+"
    r"(?:the\s+)?cross-?\s?fire\b|"
    # ("a field assistant was hit in the forearm": a body part says a person was hit)
    # (or on it, "was hit on the head by a stone")
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))(?:hit|struck)(?=\s+(?:in|on)\s+(?:the|his|her|their)\s+"
    r"(?:(?:left|right|upper|lower)\s+)?(?:legs?|arms?|forearms?|thighs?|shoulders?|chest|"
    r"stomach|abdomen|back|hands?|feet|foot|head|neck|knees?|hips?|face|eyes?|jaw|cheeks?)\b)|"
    # ("the watchman received a bullet in the thigh", "took a bullet in the arm": a bullet in a
    # limb, wounded; not the head, chest or neck, which may be the death)
    r"(?:received|receives|took|takes|caught|catches|got|gets)\s+(?:a|one)\s+(?:stray\s+|lost\s+)?"
    r"bullet(?=\s+in\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?(?:legs?|arms?|"
    r"forearms?|thighs?|shoulders?|hands?|feet|foot|knees?|hips?|ankles?|buttocks?)\b"
    r"(?![^.;]{0,80}?\b(?:died|dead|killed|succumbed)\b))|"
    # ("a gendarme was stabbed during clashes": stabbed, wounded; not "stabbed to death", nor
    # a stabbing the sentence says killed)
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))stabbed(?!\s+(?:to\s+death|dead)\b)"
    r"(?![^.;]{0,80}?\b(?:died|dead|death|killed|succumbed|fatally|mortally)\b)|"
    # ("the watchman was shot in the leg": shot in a limb, wounded; not the head, chest or
    # neck, which may be the death)
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))shot(?=\s+in\s+(?:the|his|her|their)\s+"
    r"(?:(?:left|right|upper|lower)\s+)?(?:legs?|arms?|forearms?|thighs?|shoulders?|hands?|feet|"
    r"foot|knees?|hips?|ankles?)\b(?![^.;]{0,80}?\b(?:died|dead|killed|succumbed)\b))",
    # ("taken in the bush": a translation's "into")
    "abducted": r"abducted|abducting|kidnapped|kidnapping|seized|seizing|taken\s+hostage|"
    # ("Al-Shabaab fighters abduct five elders", a timeline's present; not what was meant or
    # tried, "planned to abduct", nor a headline's second verb, "Bandits kill 17 in Zamfara,
    # abduct dozens", whose figures the story tells)
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bcould\s)(?<!,\s)(?<!\band\s)"
    r"(?:abducts?|kidnaps?)(?=\s+(?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+)?"
    r"[\"“]?$)|"
    # ("15 people were marched into the forest with the attackers": led off as captives)
    # (not "troops marched off 4 suspects to the station", who were arrested)
    r"marched\s+into\s+(?:the\s+)?(?:forest|bush|hills|mountains|jungle)|"
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))marched\s+(?:off|away)(?:\s+at\s+gunpoint)?"
    r"(?!\s+(?:to|into)\s+(?:the\s+)?(?:police|station|cells?|custody|jail|prison)\b)|"
    r"held\s+hostage|taken\s+(?:prisoner(?!s?\s+of\s+war)|captive)|"
    # ("7 people taken as hostages": a translation's "pris en otages")
    # ("the bandits took as hostages 3 visitors": the Russian "взяли в заложники" word for word)
    r"(?:taken|held|took|take|takes|taking)\s+as\s+(?:hostages?|captives?)|held\s+captive|taken\s+(?:away|(?:in(?:to)?|to)\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:forests?|bush|captivity|hills|mountains|jungle))|carried\s+off|whisked\s+away|"
    r"(?:took|taking|takes|led|leading|carried|carrying)\s+away|"
    r"(?:walked|made|went|ran)\s+off\s+with|"
    # ("two technicians were taken at gunpoint": taken by force; not "taken at the hospital")
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))taken(?=\s+at\s+gunpoint\b)|"
    # ("2 members of the team were retained by armed men": a translation's "retenus par des
    # hommes armés", held by their captors; not "retained by the company", kept on; "was held
    # by unknown men at the gate", not "held by the police"; "One nurse was kept by the
    # gunmen", held back by them while the others got away)
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:retained|held|kept)(?=\s+by\s+(?:the\s+|some\s+)?"
    r"(?:(?:armed|unidentified|unknown|masked)\s+(?:men|individuals|persons)|gunmen|kidnappers|"
    r"bandits|militants|insurgents|rebels|assailants|attackers|dissidents|captors)\b)|"
    # ("5 drivers taken with them towards the hills": carried off by the armed men into the
    # wild or to an unknown place; not "taken with them to the clinic")
    r"taken(?=\s+(?:away\s+)?with\s+them\s+(?:towards?|into|to|in)\s+(?:the\s+|an?\s+)?"
    r"(?:unknown\s+(?:place|destination|location)|hills|forests?|bush|mountains|jungle|"
    r"desert|hideout|their\s+(?:camp|hideout|base)))|"
    # "42 people were taken and five killed" (not "taken to hospital")
    # ("nine people were taken in total": a count of the captives)
    # ("7 workers were taken by separatist fighters": a word for which side before the takers)
    # ("23 passengers were taken by force": by the takers' force, whoever they were)
    r"taken(?=\s*(?:[,;]|\.|$|and\b|in\s+(?:all|total)\b|from\s+(?:the|their|a|an|his|her)\b|"
    r"by\s+force\b|by\s+(?:the\s+)?"
    r"(?:(?:separatist|rebel|jihadist|insurgent|militia|islamist|terrorist|armed)\s+)?(?:gunmen|attackers|bandits|militants|"
    r"kidnappers|abductors|insurgents|assailants|jihadists|group|militia|rebels|fighters|"
    r"separatists|terrorists|extremists|"
    # ("taken by the unknown armed persons": a translation's "individus armés non identifiés")
    r"(?:(?:unidentified|unknown|masked)\s+)?(?:armed|unidentified|unknown|masked)\s+"
    # ("2 agents are taken by men armed": a translation's "hommes armés", the adjective after)
    r"(?:men|persons|people|individuals)|men\s+armed)\b))|"
    # ("two drivers were taken by Al-Shabaab at their checkpoint": by a group named with
    # capitals; not by whoever carries the hurt, "taken by Red Cross to the clinic")
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))taken(?=\s+by\s+(?:the\s+)?"
    r"(?!(?:Red|Rescue|MSF|ICRC|Police|Army|Military|Ambulance|Edhi|Civil|Emergency|Medical|"
    r"Doctors|UN|Health|Hospital)\b)(?-i:[A-Z])[\w'’]+(?:-(?-i:[A-Z])[\w'’]+)?\b"
    r"(?![^.;]{0,40}\b(?:to|into)\s+(?:the\s+|a\s+)?(?:hospital|clinic|health|medical|"
    r"safety|morgue|mortuary)))",
    "arrested": r"arrested|arresting|detained|detaining|apprehended|apprehending|captured|"
    # "the forces killed 4 terrorists and arrest 2 others": a machine translation's bare verb
    # joined by "and" to the verb before, its count after it (the noun "arrest" stays none:
    # "under arrest", "the arrest of"; the text before a count ends on it: "and arrest ")
    # (or its infinitive joined to a deed done, "allowed to neutralize 3 bandits and to
    # arrest 2 others", "managed to arrest 3"; not an order, a plan or a manhunt's aim,
    # "ordered the police to arrest 5 suspects", "a manhunt to arrest 3 gunmen")
    r"(?:(?<=\band\s)|(?<=\band\sto\s)|(?<=\bmanaged\sto\s)|(?<=\bable\sto\s)|(?<=\bsucceeded\sto\s)|^)(?:arrest|detain|apprehend)(?=\s+(?:all\s+|the\s+)?[\"“]?(?:$|\d|(?:"
    + "|".join(UNITS)
    + r")\b))|"
    # "eleven suspects have been taken into custody"
    r"capturing|rounded\s+up|taken\s+into\s+(?:police\s+|judicial\s+)?custody|"
    # ("Four persons suspected of supplying the group were secured in Kampung Mamba": a police
    # release's word for taken in, the Indonesian "diamankan"; not "secured the release")
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))secured(?=\s+(?:in|at)\s+(?-i:[A-Z]))"
    r"(?![^.;,]{0,60}?\bby\b)|"
    # ("11 were taken as prisoners of war": held by the side that captured them)
    r"(?:taken|held|took|taking|made)\s+(?:as\s+)?prisoners?\s+of\s+war|"
    # ("5 youths picked up by the security forces": held by the state's men; not "picked up
    # by the ambulance", "picked up by relatives")
    r"picked\s+up(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|policemen|security\s+forces|"
    r"soldiers|troops|army|military|gendarmes|gendarmerie|forces|commandos|paramilitar(?:y|ies)|"
    r"rangers|agents|intelligence)\b)|"
    # ("Twelve suspects have since been picked up in a joint swoop": held in a raid)
    r"picked\s+up(?=\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:swoops?|raids?|sweeps?|"
    r"crackdown|cordon-and-search|cordon)\b)",
    "freed": r"freed|freeing|released|releasing|rescued|rescuing|rescues?|escaped|brought\s+back|"
    # ("five of the suspects were granted bail": let go by the court, freed)
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:granted|given|admitted\s+to)\s+bail|"
    # "three of them were returned to their families": handed back (in the passive: "each
    # tribe's men returned to their families" went home)
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:returned|handed\s+back)\s+to\s+"
    r"(?:their|his|her)\s+(?:famil(?:y|ies)|relatives|parents|communit(?:y|ies))|"
    # ("3 of the abducted girls were returned through the chiefs", "… were returned home
    # via the elders": handed back by a go-between)
    # ("Five of them were returned on 11 July through the mediation of chiefs": the day, and
    # the mediation, between)
    r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:returned|handed\s+back)"
    r"(?=\s+(?:home\s+)?(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)\s+)?"
    r"(?:through|via)\s+(?:the\s+)?(?:(?:mediation|intervention|efforts?)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+)?(?:chiefs?|elders?|"
    r"mediators?|negotiators?|intermediar(?:y|ies)|church|mission|committee|council|leaders?)\b)|"
    # "eleven of the kidnapped managed to escape": got away, as "escaped" (a translation's
    # "achieved to escape", "succeeded to escape" as well)
    r"(?:managed|achieved|succeeded)\s+to\s+escape|"
    # "five of them had been let go at a church": released by their captors
    r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))let\s+go|"
    # "2 of them were liberated the next day": a translation's "libérés" (in the passive:
    # "troops liberated the town" freed no one counted)
    r"(?:(?<=\bbeen\s)|(?<=\bwere\s)|(?<=\bwas\s))liberated|"
    r"recovered(?!\s+(?:the\s+)?(?:bod(?:y|ies)|remains|corpses?))|set\s+free|set\s+at\s+liberty|"
    r"regained\s+(?:their\s+|his\s+|her\s+)?freedom",
    # ("3 of his fellow traders remain untraced": a translated daily's "introuvables")
    "missing": r"missing|unaccounted\s+for|untraced|(?-i:MIA)|"
    # ("A herder is disappeared since Sunday": a translation's "est porté disparu"; "two
    # fishermen have disappeared", "Two fishermen disappeared after the attack", "3 shepherds
    # was disappeared", "files for 12 disappeared workers", "were forcibly disappeared"; not
    # gone somewhere: "the gunmen disappeared into the forest", "… with the cattle")
    r"disappeared(?!\s+(?:into|across|towards?|with|behind|through|over|back|again|"
    r"from\s+(?:view|sight)|in\s+(?:the\s+)?(?:bush|forest|crowd|dark(?:ness)?|night|hills|"
    r"mountains|direction))\b)|"
    # ("The volunteer is lost since the night of the attack": a translation's "perdu depuis";
    # not "lost their lives", "lost his life"); "The guard is lost from Monday": a
    # translation's "depuis" as "from"
    r"(?:(?<=\bis\s)|(?<=\bare\s))lost(?=\s+(?:since|from)\b)|"
    # ("4 village chiefs are still without news since their abduction": a translation's "sans
    # nouvelles"; no one has heard from them)
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bremain\s)|(?<=\bremains\s)|(?<=\bstill\s)|(?<=\balways\s))"
    r"without\s+(?:any\s+)?news(?!\s+(?:of|from|about)\s+(?:the\s+)?(?:talks|negotiations|case|"
    r"investigation|inquiry|court|government))|"
    # "Fourteen people are still being searched for": not yet found
    r"(?<=\bbeing\s)searched\s+for|"
    # "two men … have not been seen since the blast"
    # ("One client has not been located since the attack": not found since)
    r"(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from|located|traced|found)\s+since|"
    # "four of his men had not been accounted for since the ambush": still unfound
    r"(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+accounted\s+for|"
    # "two of the volunteers have not yet been found": still unfound, the sentence ending
    # there (not "have not been found guilty")
    r"(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:found|located|traced)(?=\s*[,.;]|\s*$)",
}
OUTCOMES = tuple(OUTCOME_WORDS)
DEATH_WORDS = OUTCOME_WORDS["killed"]
INJURY_WORDS = OUTCOME_WORDS["wounded"]

_OUTCOME = re.compile(
    "|".join(rf"(?P<{kind}>\b(?:{words})\b)" for kind, words in OUTCOME_WORDS.items()), re.I
)
# words said of a figure without "were" / "was": "died", "are missing", "embraced shahadat"
_NO_OBJECT = re.compile(
    r"(?i)^(?:dead|deads|died|dies|die|deceased|perished|succumbed|drowned|(?:attained|achieved|gained|received)\s+"
    r"(?:shahadat|martyrdom)|lost\s+(?:his|her|their|the)\s+li(?:fe|ves)|"
    r"(?:gave|laid\s+down|sacrificed)\s+(?:his|her|their)\s+li(?:fe|ves)|embraced\s+(?:shahadat|martyrdom)|"
    rf"(?:ascended|fell|rose)\s+(?:as\s+)?(?:an?\s+)?martyrs?|{_FELL}|lives|deaths?|(?-i:KIA|WIA|MIA)|"
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|injuries|injury|wounds|wound|"
    r"missing|unaccounted\s+for|untraced|escaped|(?:managed|achieved|succeeded)\s+to\s+escape|"
    # ("a herder has not been seen since the raid": the time after "since" is no object)
    r"(?:have|has|had)\s+not\s+been\s+(?:seen|heard\s+from|located|traced|found)\s+since|"
    r"(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:found|located|traced))$"
)
_AUXILIARY = re.compile(
    r"(?i)\b(?:were|was|been|are|is|be|being|remain(?:ed|s)?|still|also|later|reportedly|"
    # ("2 police result wounded": a translation's "resultar", the state the attack left them in)
    r"had|have|has|all|results?|resulted)\s+(?:[\w-]+\s+){0,2}$"
)
# "2 police were wounded and 1 antisocial was neutralized": the verb of another counted subject
# after "and", its noun none the reading knows; not said of the figure before it
_OTHER_COUNT_SUBJECT = re.compile(
    r"(?i)\band\s+(?:that\s+)?(?:[^,.;]{0,40}?\s)?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+[a-z][\w-]*\s+(?:was|were)\s+(?:[\w-]+\s+)?$"
)
_OBJECT_NEXT = re.compile(
    # (whole words: "5 wounded at the market" has no object "a" in "at")
    r"(?i)^\s+(?:(?:a|an|the|his|her|their|its|several|dozens|scores|hundreds|at\s+least|"
    r"more\s+than|about|some|up\s+to|as\s+many\s+as)\b|\d|(?:" + "|".join(UNITS) + r")\b)"
)
# (after whose they are: "two employees of a construction company, who had been kidnapped …")
_RELATIVE = re.compile(
    r"(?i)^(?:\s+(?:of|from)\s+[^,;.()]{1,50}?)?\s*,?\s*(?:who|whom|which|that)\b"
)
# (a title's full stop, "Mrs. Grace Wanjiku", ends no clause)
# those counted by what befell their kin: "31 clients in September alone whose relatives were
# detained"
_WHOSE_KIN = re.compile(
    r"(?i)^\s+(?:[\w-]+\s+){0,4}?whose\s+(?:[a-z]+\s+)?(?:relatives|family|families|kin|"
    r"sons?|daughters?|children|husbands?|wives|wife|brothers?|sisters?|parents|fathers?|"
    r"mothers?|members)\b"
)
_CLAUSE_BREAK = re.compile(
    r";|\s-\s|\bbut\b|,\s*(?:while|whereas|although)\b|"
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bLt)(?<!\bCol)(?<!\bGen)(?<!\bCapt)"
    r"(?<!\bSgt)(?<!\bInsp)(?<!\bHon)(?<!\bProf)(?<!\bRev)"
    # ("Lance Corporal Md. Rakibul Hasan": "Md.", "Mohd." for Muhammad in a name)
    r"(?<!\bMd)(?<!\bMohd)\.\s"
)
_LIST_JOINER = re.compile(
    r"(?i)^\s*(?:,|,?\s*and|,?\s*or|,?\s*as\s+well\s+as)(?:\s+(?:her|his|their|its))?\s*$"
)
_PART_BEFORE = re.compile(
    # ("as a result of which two teachers were killed" is a consequence, not a part)
    # ("18 bodies, including those of two attackers": some of the bodies, by whose they are)
    # ("including his neighbour's two children": some of them, whose they are said first)
    r"(?i)(?:\bincluding(?:\s+(?:those|that)\s+of)?(?:\s+(?:his|her|their|my|our|its|the)\s+"
    r"[\w-]+(?:['’]s|s['’]))?|\bincl\.?|\bamong\s+them|\bamong\s+whom|"
    r"\bof\s+whom|"
    r"(?<!result\s)(?<!consequence\s)(?<!because\s)\bof\s+which|\bsuch\s+as|"
    r"\bcomprising|\bconsisting\s+of|\bmade\s+up\s+of|"
    r"(?:^|\bthat\s+)[\"“]?among\s+the\s+(?:dead|killed|victims|wounded|injured|casualties)\s+"
    r"(?:were|was|are|is)|"
    # "Among the civilians killed in the village were a nurse and three children": the list
    # after it names some of a toll given before
    r"^(?:\(\w\)\s*)?[\"“]?among\s+(?:the|those)\s+(?:[\w'’-]+\s+){0,2}(?:dead|killed|"
    r"victims|wounded|injured|casualties|abducted|kidnapped)\b"
    r"(?:(?!\b(?:while|whereas|but)\b)[^.;]){0,60}?\b(?:were|was|are|is)\b"
    r"(?:(?!\b(?:while|whereas|but)\b)[^.;:]){0,80}?|"
    # "…, 6 wounded, among the dead a girl of 7 years": "among the dead" with no verb after a
    # comma, the list after it naming some of the toll just given
    r",\s*among\s+(?:the|those)\s+(?:[\w'’-]+\s+){0,2}?(?:dead|killed|victims|wounded|injured|"
    r"casualties)\s*,?|"
    # "Those killed included three police officers", "The dead included two soldiers"
    # (or after who says so: "Residents said the dead included a teacher and his two sons")
    r"(?:^|\b(?:said|says|say|told\s+\w+|added|reported|confirmed)\s+(?:that\s+)?)[\"“]?"
    # ("said the 31 wounded included six children": the count just given, named again)
    r"(?:those|the\s+people|people|the)\s+(?:\d{1,4}\s+)?(?:killed|dead|victims|wounded|injured|"
    r"abducted|kidnapped)\s+(?:also\s+)?(?:included|include|includes)|"
    # "four people died, the fourth a boy who …": one of them, named by its place in the count
    # ("Two of the dead had gunshot wounds, while the third, a 17-year-old student, was
    # hit": the last of them, named after a comma)
    r"(?:,|\bwhile|\bwhereas|\band)\s*the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|last|youngest|eldest|oldest)(?:\s+(?:being|was)|,)?|"
    # "reported 2 killed, one of them a child, and 5 injured": which one of the count, no verb
    r",\s*(?:one|two|three|four|five|\d{1,2})\s+of\s+them)"
    r"\s+(?:the\s+)?$"
)
# "killed nine farmers, among them my cousin Ali and two of his sons", "including the imam and
# three of his guards": after someone the list names first, a count joined by "and" is some of
# the victims too (no clause of its own between: "among them a teacher, and wounded two
# others" is a new figure)
_PART_AFTER_NAMED = re.compile(
    r"(?i)\b(?:among\s+(?:them|whom)|including)\s+(?:(?:my|his|her|their|our|a|an|the)\s+)"
    r"(?:[^,;:.!?()\d\"“”]){1,50}?\s+and\s+(?:the\s+|her\s+|his\s+|their\s+)?$"
)
# "12 injured persons were received, including our two guests", "five people were killed,
# among them their two sons": some of a count told before, by whose they are
_PART_OURS_BEFORE = re.compile(
    r"(?i)\b(?:including|among\s+(?:them|whom))\s+(?:our|their|his|her|my|its)\s+$"
)
# "7 civilians were killed, between them a woman and her daughter": a translation's "entre
# ellos" / "بينهم" after a count, read as "among them" (some of the victims told before)
# (", of them 4 from the local fighters": a translation's "of them", the Arabic "منهم", before
# the part's count)
_PART_BETWEEN_THEM = re.compile(r"(?i),\s*(?:between|of)\s+(?:them|whom)\s+(?:the\s+)?$")
# "the dead are now 7, revised from 5, two bodies recovered in the marsh": bodies found, told
# after a comma right after a death toll in the same clause, are some of that toll (not after
# a wounded count: "5 wounded, two bodies found" are two figures)
_BODIES_OF_TOLL_BEFORE = re.compile(
    r"(?i)(?:\b(?:dead|deaths?|death\s+toll|toll|killed|fatalities)\s+(?:are|is|stands?|"
    r"rose|rises|has\s+risen|now)\s+(?:now\s+|at\s+|to\s+)*\d+|"
    r"\b\d+\s+(?:[\w-]+\s+){0,2}(?:dead|killed))"
    r"(?:\s*,\s*(?:revised|corrected|raised|up)\s+from\s+\d+)?\s*,\s*$"
)
# "8 villagers were killed, not 6 — two bodies found in the wadi": bodies found, told after a
# dash (or a semicolon, a bracket) right after a death toll, corrected or not, are why it rose
_BODIES_OF_TOLL_DASHED = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[\w-]+\s+){0,2}(?:dead|killed)"
    # ("there are eight dead and not six, that two bodies were taken by the family": after
    # the correction a comma is enough)
    r"(?P<corrected>\s*,?\s*(?:and\s+)?(?:not|instead\s+of|up\s+from|rather\s+than)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
    r"\s*(?:—|–|--|\s-|;|\(|(?(corrected),\s*(?:that\s+|and\s+)?|(?!)))\s*$"
)
_BODIES_FOUND_AFTER = re.compile(
    r"(?i)^\s+(?:bod(?:y|ies)|corpses?)\s+(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:recovered|found|retrieved|pulled\s+out|"
    # (bodies the families took away before the count: among the corrected dead)
    r"(?:taken|carried|removed|collected|buried)(?:\s+away)?\s+by\s+(?:the\s+|their\s+)?"
    r"(?:famil(?:y|ies)|relatives|kin|neighbours|neighbors|residents))\b"
)
# "killed changed 9 -> 11 (two of the injured died in hospital)": why a toll was changed, in
# brackets after the change, the count it adds already in the new toll
_CHANGE_REASON_BEFORE = re.compile(
    r"(?i)\b(?:changed|corrected|revised|amended|updated|raised|lowered)\s+(?:from\s+)?"
    r"\d+\s*(?:->|→|=>|to)\s*\d+\s*\([^()]*$"
)
# "Two of them died overnight … (included in the 13 above)": a count the text says it has
# already given in a toll before, no figure of its own
_INCLUDED_ABOVE = re.compile(
    r"(?i)^[^.;]{0,120}?\(\s*(?:already\s+)?(?:included|counted|contained)\s+in\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?(?:above|before|earlier)\s*\)"
)
# "As stated above, three students died on that road": a sentence that says it repeats what the
# text gave before (above, in the same text) gives no new figure
_AS_SAID_ABOVE = re.compile(
    r"(?i)^\W{0,3}as\s+(?:stated|said|mentioned|noted|indicated|reported|explained|described)\s+"
    r"(?:above|further\s+up|in\s+(?:the\s+)?(?:(?:first|previous|last)\s+)?(?:paragraph|section|"
    r"answer|question|entry)\s+above)\s*,"
)
# a log's entry flagged as another's repeat: "DUPLICATE of FB-112 (same caller): 2 killed",
# "Duplicate of entry 14: …", "Repeat of report 7 -"
_DUPLICATE_ENTRY = re.compile(
    r"(?i)^\W{0,3}(?:duplicate|dup\.|repeat|same\s+as)\s+(?:of\s+)?(?:(?:entry|report|"
    r"ticket|item|row|call|case|message)\s+)?(?:no\.\s*)?#?[A-Z]{0,6}[-/]?\d{1,8}\b"
)
# "Two constables … were among the dead": some of the victims of a figure already given
_AMONG = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those|"
    r"(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+\s+(?:people|persons|victims)?)\s*"
    r"(?:dead|killed|victims|wounded|injured|casualties|martyred|martyrs)\b"
)
# "a constable was shot and wounded by two men on a motorcycle": the agent of what happened
_AGENT_BEFORE = re.compile(
    r"(?i)\b(?:shot|killed|wounded|injured|attacked|ambushed|abducted|kidnapped|stopped|"
    r"targeted|stabbed|beaten|hacked)(?:\s+(?:dead|to\s+death))?"
    # ("shot dead at the market gate by two men": where it happened, then the agent)
    r"(?:\s+(?:at|in|near|outside|inside|on|behind|along)\s+[^,;:.!?()\"“”\d]{2,50}?)?"
    r"\s+by\s+(?:the\s+)?$"
)
# "two men boarded the bus and shot the driver dead": the number does the killing, of someone
# its clause names after the verb, so it counts the attackers, not victims
_KILLERS_AFTER = re.compile(
    r"(?i)^(?P<gap>[^,;:.!?()\"“”]{0,80}?)\s(?:shot|gunned|killed|murdered|stabbed|hacked|"
    r"beheaded|executed|strangled|lynched|"
    # ("three gunmen in a car abducted a pharmacist": who took him)
    r"abducted|kidnapped|snatched)(?:\s+(?:dead|down|to\s+death))?\s+"
    r"(?:the|a|an|his|her|their|its|our|my)\s+(?!(?:previous|next|same|following|other)\s+"
    r"(?:day|night|week|morning|evening)\b)[a-z]"
)
# the state's forces as the captors: "we captured", "troops captured", "police captured"
_STATE_CAPTOR = re.compile(
    r"(?i)\b(?:we|our\s+(?:forces|men|troops)|troops|soldiers|police|army|security\s+forces)"
    r"\s+(?:\w+\s+){0,2}?captur(?:ed|ing)\s+(?:(?:at\s+least|about|some)\s+)?$"
)
# the number as the object of what was done: "gunmen killed seven civilians and abducted …"
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:killed|killing|kills|abducted|abducting|kidnapped|kidnapping|wounded|wounding|"
    r"injured|injuring|shot|shooting)\s+(?:(?:at\s+least|about|some|around|nearly)\s+)?$"
)
# what may stand between the number and that verb: no outcome, no auxiliary (a passive: "two
# men were shot dead"), no subordinate clause ("two died when gunmen killed the guard")
_KILLERS_GAP = re.compile(
    r"(?i)\b(?:were|was|are|is|been|being|be|had|have|has|when|as|after|before|while|"
    r"because|who|whom|which|that|whose|where|during|then|later|died|dead|killed|wounded|"
    r"injured|hurt|abducted|kidnapped|arrested|detained|missing|freed|released|rescued)\b|\d"
)
# 'the attackers, "between six and eight men in balaclavas", had fled': the attackers counted
_ATTACKERS_APPOSITION = re.compile(
    r"(?i)\b(?:attackers|assailants|gunmen|raiders|kidnappers|abductors|perpetrators|"
    r"killers)\s*(?:,|\(|:|[-–—])\s*[\"“']?\s*$"
)
# "tallies differ by up to 23 deaths": a difference between two counts, not a count
_DIFFERENCE_BEFORE = re.compile(
    r"(?i)\b(?:differ(?:s|ed|ing)?|var(?:y|ies|ied)|apart|gap|difference|discrepancy)\s+"
    r"(?:of|by)\s+$"
)
# "arrested 4 men suspected to supply the fuel to the bandits": a translation's "suspected to"
# for "suspected of", a siding with the armed group (not "suspected to work for the army")
_SUSPECTED_TO = (
    r"suspected\s+to\s+(?:be|have|support|supply|provide|aid|help|harbou?r|shelter|finance|"
    r"fund|guide|collaborate|belong)\b(?![^.;,]{0,30}?\b(?:army|military|government|police|"
    r"security\s+forces|troops|soldiers|gendarmerie)\b)"
)
# "two men suspected of helping the bomber": suspects
_SUSPECTED = re.compile(r"(?i)^\s+(?:(?:suspected|accused)\s+of|on\s+suspicion\s+of)\b")
# … the same in a translation's words, right after the count of those held ("arrested 4 men
# suspected to supply …"; those killed so, as a crowd's victims, are left as they were)
_HELD_SUSPECTED_TO = re.compile(rf"(?i)^\s+{_SUSPECTED_TO}")
# held as what they are suspected of being, right after the noun: "arrested 23 persons as
# suspected members of the armed militia", "two men as alleged militants" (not of a state's
# force: "as suspected members of the police")
_AS_SUSPECTED_MEMBERS = re.compile(
    r"(?i)^\s+as\s+(?:suspected|alleged|presumed)\s+(?:[\w-]+\s+)?(?:members|supporters|"
    r"collaborators|militants|insurgents|fighters|accomplices|sympathi[sz]ers|informants)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:army|police|military|security\s+forces|gendarmerie)\b)"
)
# held as linked to a crime or an armed group, right after the count of those held:
# "captured 5 persons linked to the drug trafficking" (not to the army or the police)
_HELD_LINKED = re.compile(
    # ("detained six persons presumably linked to the supply of the terrorist column": a
    # translation's "presuntamente vinculadas")
    r"(?i)^\s+(?:(?:allegedly|reportedly|presumably|presumedly|supposedly)\s+)?"
    # ("seven individuals belonging to a network supplying the terrorist groups": a
    # release's members of a group's network)
    r"(?:linked|tied|connected|belonging)\s+to\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:drugs?|narco[\w-]*|terror\w*|trafficking|smuggling|gangs?|"
    r"criminal|militants?|insurgents?|rebels?|bandits?|jihadists?|extremists?|armed\s+groups?|"
    r"kidnappings?|attacks?)\b"
)
# the people fired on, then the bare counts of what the fire did to them: "opened fire on a
# group of kolbars on the heights, killing 2 and wounding 3"
_FIRED_ON_THEN = re.compile(
    r"(?i)\b(?:opened\s+fire|fired|firing)\s+(?:on|at|upon)\s+(?:(?:a|the)\s+(?:group|crowd|"
    r"band|party)\s+of\s+|the\s+)?(?P<noun>[a-z-]+)\b[^.;:\d]{0,90}?,\s+(?:killing|wounding|"
    r"injuring)\s+(?:[^.;:]{0,20}?\b(?:and|while)\s+(?:killing|wounding|injuring)\s+)?"
    r"(?:at\s+least\s+|about\s+)?$"
)
# a terrorist or armed body, with or without its article: "of international terrorist
# organisation", "of an armed group"
_OF_A_TERRORIST_BODY = re.compile(
    r"(?i)^\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:terrorist|armed|extremist|"
    r"jihadist|insurgent|militant)\s+(?:organi[sz]ations?|groups?|networks?|cells?|"
    r"formations?|movements?)\b"
)
# suspected of siding with the state ("three civilians accused of informing the army",
# "men suspected of spying for the police"): the group's suspects, whom it kills as such, are no
# militants
_SIDING_WITH_THE_STATE = re.compile(
    r"(?i)^\s+(?:(?:suspected|accused)\s+of|on\s+suspicion\s+of)\s+(?:being\s+|having\s+)?"
    r"(?:(?:army|military|police|government)\s+)?(?:inform(?:ing|ed|ants?|ers?)|spy(?:ing)?|spies|"
    # (within its clause: not "suspected of informing the ADF this week, the police commander
    # said", where the police speak)
    r"collaborat(?:ing|ed|ors?)|working|worked|cooperating)\b[^.;,]{0,30}?\b(?:the\s+)?"
    r"(?:army|military|soldiers|troops|police|government|security\s+forces|authorities|state|"
    r"gendarmerie|gendarmes|FAMa|FACA)\b"
)
# a clock's time: "at 23:40", "06:15"
# a unit's or a section's number: "its Brigade 3 captured 17 soldiers", "Item 2. …"
_UNIT_NUMBER = re.compile(
    r"\b(?P<unit>Brigade|Battalion|Division|Regiment|Platoon|Squadron|Corps|Sector|Zone|Camp|"
    r"Article|Item|Section|Chapter|Phase|Route|Highway|Ward|Block)\s(?P<digits>\d{1,4})\b(?![,.]\d)"
)
_DESIGNATION = re.compile(
    r"(?<![\w-])(?P<letters>[A-Z][A-Za-z]{0,3}-)(?P<digits>\d{1,4})(?![\d,.]\d|\w)"
)
# a register's or a file's reference, letters and numbers joined by hyphens: "SIR-2026-114",
# "MT-26-11873", "FIR-12-2025" (no count in it)
_REFERENCE_CODE = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-\d{1,6}){2,3}(?![\w-])")
_LOG_DAY = re.compile(r"^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?=\s+[-–—]\s)")
# "2026-11-12 analyst02 - victims killed changed": a date written year-month-day, no count
_ISO_DATE = re.compile(
    r"(?<![\w/.-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\w/-])"
)
_BRACKETED_SEMICOLON = re.compile(r"\([^()]{0,80};[^()]{0,80}\)")
_CLOCK_TIME = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# the subject of an attack: "60 armed men attacked the jail", "five gunmen stormed the post"
_ATTACKERS_VERB = re.compile(
    r"(?i)^\s+(?:had\s+|have\s+)?(?:attacked|stormed|raided|ambushed|overran|besieged|"
    r"opened\s+fire|"
    # ("when a mob of around 400 persons tried to storm the complex": the crowd's size)
    r"(?:tried|attempted|sought)\s+to\s+(?:storm|attack|raid|overrun|break\s+into|force\s+(?:its|their)"
    r"\s+way\s+into))\b"
)
# … and what became of them in the same clause: "three gunmen attacked the post and were killed"
_ATTACKERS_FATE = re.compile(
    r"(?i)^\s+(?:had\s+|have\s+)?\w+(?:\s+fire)?\b[^.;]{0,80}?\band\s+(?:were|was|had\s+been)\b"
)
# a release that did not happen: "Six persons on list B could not be released"
_NOT_RELEASED = re.compile(
    r"(?i)^[^.;,]{0,30}?\b(?:could|can|were|was|are|is|have|has|had|will|would)\s+"
    r"(?:not|never)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:released|freed)\b|"
    r"^[^.;,]{0,30}?\bcannot\s+be\s+(?:released|freed)\b"
)
# (one or more people of a place between: "a resident of Kibo suspected of …"; or where they
# were held: "arrested two men in Kibo on suspicion of supplying food to the group")
_SUSPECTED_AFTER_PLACE = re.compile(
    r"(?i)^(?:\s+(?:of|from|in|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
    # ("arrested 16 youth in Debre Markos town, suspected …": the kind of place after its name)
    r"(?:\s+(?-i:town|village|city|district|market|camp|area|county|sub-county))?|"
    # ("arrested 4 people at the market accused of informing the bandits": a place by its
    # common name)
    r"\s+(?:in|at|near)\s+the\s+(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*)?)?"
    # ("arrested 17 men in Argo that June, accused of …": when, after where)
    r"(?:\s+(?:that|last|this|in|on)\s+(?-i:[A-Z])[a-z]+)?"
    rf",?\s+(?:(?:suspected|accused)\s+of\b|on\s+suspicion\s+of\b|{_SUSPECTED_TO})"
)


def _suspect_after_place(rest: str) -> bool:
    """True when the words after an arrested count hold them as suspects, where they were
    held between ("… at the market accused of informing the bandits"), and not as siding
    with the state ("… at the market, accused of informing the army").

    >>> _suspect_after_place(" at the market accused of informing the bandits.")
    True
    >>> _suspect_after_place(" at the market, accused of informing the army.")
    False
    """
    held = _SUSPECTED_AFTER_PLACE.match(rest)
    if held is None:
        return False
    why = re.search(r"(?i)\b(?:suspected|accused|on\s+suspicion)\b", held.group())
    return why is None or not _SIDING_WITH_THE_STATE.match(" " + rest[why.start() :])


# "more than 30 young men … were rounded up by the police …, accused of having guided the
# attackers": people held as suspects, later in their clause
_ACCUSED_LATER = re.compile(
    r"(?i)^[^.;]{0,120}?\b(?:arrested|detained|rounded\s+up|apprehended|taken\s+into\s+custody)"
    r"\b[^.;]{0,100}?\b(?:accused\s+of|on\s+suspicion\s+of|suspected\s+of|"
    rf"{_SUSPECTED_TO}|"
    # ("60 people were detained in Kibo for “supporting extremists”": held for siding with
    # the armed group, told after the count; not "for supporting the army")
    r"for\s+[\"“]?(?:supporting|aiding|helping|harbou?ring|financing|collaborating\s+with|"
    # ("arrested … for “collaboration with the enemy”": the noun of the same charge)
    r"collaboration\s+with|links\s+(?:with|to))"
    r"(?!\s+(?:the\s+)?(?:army|military|government|police|security\s+forces|state|troops|"
    r"soldiers)\b)|"
    # "whom the police arrested … as suspected supporters of the group"
    r"as\s+(?:suspected|alleged)\s+(?:[\w-]+\s+)?(?:supporters|members|collaborators|"
    r"militants|informants|sympathi[sz]ers|accomplices)|"
    # "arrested on warrants for murder": wanted, suspects
    r"on\s+(?:an?\s+)?(?:arrest\s+)?warrants?)\b"
)
# "Soldiers arrested 8 young men at the checkpoint on Friday, accused of being rebels": held
# by the verb before the count, the suspicion told after it in its clause
_HELD_BEFORE = re.compile(
    r"(?i)\b(?:arrested|detained|rounded\s+up|apprehended|picked\s+up)\s+"
    r"(?:(?:some|about|around|at\s+least|over|more\s+than)\s+)?$"
)
_ACCUSED_IN_CLAUSE = re.compile(
    r"(?i)^[^.;]{0,80}?,(?P<why>\s+(?:(?:accused|suspected)\s+of\b|(?:on|for)\s+suspicion\s+of\b|"
    rf"{_SUSPECTED_TO}))"
)
# "…; (people say) they are accused of …": the suspicion in the clause after a semicolon
_THEY_ACCUSED_AFTER = re.compile(
    r"(?i)^[^.;]{0,80}?;\s+(?:(?:people|residents|locals|neighbours|neighbors|witnesses)\s+"
    r"(?:say|said)\s+(?:that\s+)?)?they\s+(?:are|were|have\s+been|had\s+been)(?P<why>\s+"
    r"(?:accused|suspected)\s+of)\b"
)
# "two men were arrested in connection with the bombing", "police detained three people in
# connection with the attack": held for the attack, suspects
_IN_CONNECTION = re.compile(
    r"(?i)^[^.;]{0,80}?\bin\s+connection\s+with\s+(?:the|this|that|these|both|an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|killings?|murders?|bombings?|blasts?|explosions?|"
    r"ambush(?:es)?|raids?|abductions?|kidnappings?|shootings?|massacres?|incidents?)\b"
)
# "police later arrested four men, two of whom were charged with murder", "detained two men
# who, the police say, took part in the raid": held as the attack's doers, told right after the
# count (who says so between commas)
_HELD_AS_DOERS = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,2}?,?\s+(?:(?:some|all|most|both|one|two|three|four|five|six|"
    r"\d{1,3})\s+of\s+whom|who)(?:,\s*[^,.;]{1,40},)?\s+(?:(?:were|was|have\s+been|had\s+been|"
    r"has\s+been|are|is)\s+(?:charged|indicted)\s+with|(?:had\s+|have\s+)?(?:took|taken)\s+part\s+"
    r"in|(?:had\s+|have\s+)?(?:carried\s+out|participated\s+in)|(?:were|was|are)\s+involved\s+in)\b"
)
_HELD_WORDS = r"arrest|detain|apprehend|custody|rounded\s+up"
_HELD = re.compile(rf"(?i)\b(?:{_HELD_WORDS})")
# "captured two soldiers": no arrest, an abduction, when those captured are no militants
_CAPTURED_ONLY = re.compile(rf"(?i)^(?!.*\b(?:{_HELD_WORDS})).*\bcaptur(?:ed|ing|e)\b")
# "confirmed 11 deaths", "52 fatalities": a figure of unknown victims, counted by its outcome
# ("resulting in 14 reported fatalities", "11 confirmed deaths": how the count is held, no
# victim noun)
# (after the verb of what the events caused: not a key-figures list's "…; 78 reported
# fatalities", a period's tally)
_DEATHS_NOUN = re.compile(
    r"(?i)^\s+(?P<held>(?:reported|confirmed|recorded|documented|verified)\s+)?(?:deaths|fatalities|"
    r"dead)\b"
)
_CAUSED = re.compile(r"(?i)\b(?:(?:resulting|resulted|ended)\s+in|left|leaving|caused|causing)\s+$")
_ARRESTS_NOUN = re.compile(r"(?i)^\s+arrests\b(?!\s+(?:of|since)\b)")
# "the eleven young men whom the police arrested …", "The six boys from Kuda who were taken
# by the group": people the clause after them defines, by what happened to them (no figure
# told before)
_DEFINING_CLAUSE = re.compile(
    r"(?i)^(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?\s+(?:who|whom)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:were\s+|had\s+been\s+)?(?:arrested|detained|abducted|"
    r"kidnapped|taken|seized)\b"
)
# a label before a list of tolls: "Summary for the week: six killed, six wounded"
_LABEL = re.compile(r"^[^.;:!?]{1,40}:\s*$")
# a longer label that names casualties: "Casualties consolidated with the MDRRMO and the PHO: 4
# killed, 13 injured"
_CASUALTY_LABEL = re.compile(
    # ("The toll of the day: 11 killed and 23 wounded", "Provisional toll: …")
    r"(?i)^(?:(?:the|today's|provisional|overall|daily)\s+)?"
    r"(?:casualties|toll|death\s+toll|losses|victims|consolidated\s+(?:casualties|toll))\b"
    r"[^.;:!?]{1,80}:\s*$"
)
# "three of our brothers", "two of their men": the speaker's own people
_OURS = re.compile(
    r"(?i)\bour\b|\b(?:their|its)\s+(?:own\s+)?(?:men|comrades|colleagues|brothers|fighters|"
    r"personnel|members)\b|"
    # "one of his men", said by the commander whose men they are (read as his side only when
    # he speaks for the state's forces)
    r"\b(?:his|her)\s+(?:own\s+)?(?:men|comrades|fighters|personnel)\b"
)
_FORCE_WORD = re.compile(
    r"(?i)\b(?:police|army|military|security|border|paramilitary|naval|frontier\s+corps|"
    r"constabulary|gendarmerie|law\s+enforcement|(?-i:FC|CTD|BSF|CRPF|VDP|LEAs?|KDF|GSU|SNA|FAMa))\b"
)
# forces that fight beside the state under its authority: counted with its forces, as the
# VDP of Burkina Faso are ("four PMF fighters", "members of the Civilian JTF"), and the
# foreign fighters a government hires ("two Wagner fighters", "the Africa Corps")
STATE_AUXILIARY = re.compile(
    r"\b(?:PMF|PMU|Hashd(?:\s+al-Sha'?abi)?|Popular\s+Mobili[sz]ation(?:\s+(?:Forces?|Units?))?|"
    r"CJTF|Civilian\s+(?:JTF|Joint\s+Task\s+Force)|VDPs?|Volunteers\s+for\s+the\s+Defen[cs]e\s+of"
    r"\s+the\s+Homeland|Wagner|Africa\s+Corps|CAFGUs?|Citizen\s+Armed\s+Forces?\s+Geographical\s+Units?|"
    # (Mozambique's "Local Force", the Força Local, armed by the state beside its army)
    r"Local\s+Force|For[cç]a\s+Local)\b"
)
# after the noun, the force whose men they are, or a claimant's word for the state's men:
# '40 "militiamen of the VDP"', "12 members of the CJTF", '4 "militiamen apostates"' (a
# translation's word order)
_OF_A_STATE_FORCE = re.compile(
    r"[\"”’']?\s+(?:(?:of|from)\s+(?:the\s+)?(?="
    + STATE_AUXILIARY.pattern
    + r")|(?i:apostates?|murtaddin)\b)"
)
# a fighter or member named by the state's force he serves in, as translations put it: "2 of
# the fighters of the army", "3 members of the police" (not "fighters of the army's enemy")
_OF_THE_ARMY = re.compile(
    r"(?i)\s+(?:of|from)\s+(?:the\s+)?(?:national\s+)?(?:army|armed\s+forces|police|military|"
    r"security\s+forces|gendarmerie|national\s+guard|navy|air\s+force)\b(?![\w-]|['’]s)"
)
# the force or security service whose "employees" a count names, as a translation from Russian
# calls its officers ("сотрудники полиции"): "2 employees of police", "an employee of the FSB",
# "3 employees of the traffic police" (not "employees of the police canteen's caterer", "of a
# police contractor", "servants of an army general": the force's name ends the phrase)
_OF_A_STATE_SERVICE = re.compile(
    r"(?i)\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:police|army|military|gendarmerie|"
    # ("7 employees of law enforcement bodies", "1 employee of militia": the Russian
    # "правоохранительных органов" and "милиция", the police)
    r"law[\s-]+enforcement(?:\s+(?:bodies|agencies|organs))?|militia|"
    r"national\s+guard|security\s+service|(?-i:FSB|MVD|OMON|SOBR|Rosgvardi[ay]))\b"
    r"(?![\w-]|['’]s|\s+(?:canteen|station\s+canteen|hospital|school|club|contractors?|"
    r"suppliers?|caterers?|firms?|compan(?:y|ies)|generals?|officers?|commanders?|colonels?|"
    r"chiefs?)\b)"
)
# the state's forces whose members a count names: "20 members of the apostate government
# forces", "5 elements of the regime forces"
_OF_GOVERNMENT_FORCES = re.compile(
    r"(?i)[\"”’']?\s+of\s+the\s+(?:[a-z'’-]+\s+){0,2}?(?:government|regime|state|security|"
    r"armed|defen[cs]e)\s+forces\b"
)
# an armed group's name before its members: "6 Dawlah Islamiyah members", "three Boko Haram
# members", "two Abu Sayyaf members" (the words such names are made of, or the name itself;
# not the Taliban, whose men are a state's since August 2021, read apart)
_ARMED_GROUP_NAME = re.compile(
    r"^\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Islamiyah|Islamiya|Islamic\s+State|Daw?lah|Jihad|"
    r"Mujahideen|Mujahidin|Ansar(?:u|ul)?|Boko\s+Haram|Shabaab|Sayyaf|Maute|Daesh|ISIS|ISIL|"
    r"ISWAP|JNIM|NPA|ELN|FARC|TTP|BLA|ADF|M23|Ambazonian?|Houthis?)(?:[\s-]+[A-Z][\w'’-]*){0,2}\s*$"
)
# an armed group's word for its men's "elements": "20 of the elements of the militia", "five
# militia elements", "the elements of the armed group" (not "of the army", "of the regime forces")
_ARMED_GROUP_WORD = re.compile(
    r"(?i)\b(?:militias?|rebels?|gangs?|insurgents?|terrorists?|jihadists?|armed\s+groups?)\s*$"
)
_OF_AN_ARMED_GROUP = re.compile(
    # ("9 elements of support to the terrorist groups", "elements supporting the militia": the
    # group's helpers, as its men)
    r"(?i)\s+(?:of|(?:of\s+)?(?:support|supporting|in\s+support\s+of)(?:\s+(?:to|for))?)\s+"
    r"(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:militias?|rebels?|gangs?|"
    r"insurgents?|terrorists?|jihadists?|armed\s+groups?)\b"
)
# a force of volunteers the sentence names, whose men "volunteers" then means
_VOLUNTEER_FORCE = re.compile(
    r"\bVDPs?\b|\bVolunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+Homeland\b"
)
# a named "Army" or "Forces" that is no state's: "the Arakan Army", "the Kachin Independence
# Army", "the Rapid Support Forces", "the Syrian Democratic Forces", "the Allied Democratic Forces"
NON_STATE_FORCE = re.compile(
    r"\b(?:Liberation|Independence|Revolutionary|Democratic|Resistance|Rapid\s+Support|Republican|"
    r"Islamic|Arakan|Mahdi|Salvation|Rebel|Free|People[’']?s?\s+Defen[cs]e|New\s+People[’']?s)"
    r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:Army|Forces?|Front|Movement|Alliance)\b|\b(?:PDF|RSF|SDF|ADF)s?\b"
)
_THING_OF = re.compile(
    r"(?i)\b(?!(?:members?|sons|daughters|dozens|hundreds|thousands|scores|tens|some|each|all|"
    r"both|none|most|many|several|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"[a-z][a-z-]+\s+of\b"
)
# "The figure of 11 dead was given earlier in the day by Faisal Qasim": who gave it
_GIVEN_BY = re.compile(
    r"(?i)^[^.;]{0,30}?\b(?:was|had\s+been)\s+(?:first\s+)?(?:given|put\s+forward|reported|"
    r"released|announced|circulated)\b[^.;]{0,40}?\bby\s+(?-i:[A-Z])"
)
# "the card now also shows the health district's count of 13 wounded", "the page adds the
# union's figure of 5 released": a body's count a sentence shows or adds (a new figure, by
# that body), not "the police figure of 9 dead" told before
_SHOWS_COUNT_OF = re.compile(
    r"(?i)\b(?:shows?|showed|shown|gives?|gave|adds?|added|includes?|included|carries|carried|"
    r"lists?|listed|displays?|displayed|publishes|published)\s+(?:(?:now|also|too)\s+){0,2}"
    # (after another count it shows: "shows the mayor's 14 abducted and, since this morning,
    # the union's figure of 5 released")
    r"(?:[^.;]{0,80}?\band\s*(?:,[^,.;]{1,40},\s*)?)?"
    r"(?:,[^,.;]{1,40},\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+(?:[\w-]+\s+)?"
    r"(?:figure|count|tally|estimate|toll)\s+of\s+$"
)
# "He was one of nine passengers killed": the subject is one of a toll; the toll is the figure
# "the driver of the coach": the one person who drives it (a vehicle has one)
_CREW_OF = re.compile(
    # ("the driver of the Board's vehicle": of a vehicle its owner's)
    r"(?i)\bthe\s+(?P<noun>driver|conductor|pilot|co-pilot)\s+of\s+(?:the|a|an|their|its|our)\s+"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}['’]s\s+)?"
    r"(?:[a-z-]+\s+)?(?:bus|coach|vehicle|car|truck|lorry|minibus|van|taxi|rickshaw|ambulance|"
    r"tanker|pick-?up|motorbike|motorcycle)\b"
)
# "Mr Ali Musa, a teacher at the school, was abducted": a person by a courtesy title and a
# name, the subject of what happened to him (a speaker, "Mr Musa said", is no one's figure)
_TITLED_DONE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?=(?:,[^;“”\"]{0,200}?,)?\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:later|also|then)\s+)?(?:abducted|kidnapped|released|freed|injured|wounded|killed|"
    r"shot\s+dead|arrested)\b)"
)
# "The Kucheri imam, Malam Lawal, was shot dead": one person, by a role that a place's name
# qualifies and a name set between commas after it, then what befell him (the role a singular
# victim noun; "the Gao mayor, Ali Toure, said" is a speaker, no one's figure)
_PLACE_ROLE_NAMED_DONE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+(?:[A-Z][\w'’-]+\s+){1,2}(?P<noun>[a-z][a-z-]+),\s+"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:later|also|then|critically|seriously|badly)\s+)?(?:abducted|kidnapped|released|freed|"
    r"injured|wounded|killed|murdered|shot\s+dead|shot|arrested|detained)\b"
)
# "Driver Musa Ali was abducted", "Caddie Ilyas was released": a role written as a title before
# a name, opening the clause, then what befell him (one person)
_ROLE_TITLE_DONE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<noun>(?-i:[A-Z])[a-z-]{2,})\s+(?-i:[A-Z])[a-z'’-]+"
    r"(?:\s+(?-i:[A-Z])[a-z'’-]+){0,2}(?:\s+\([^()]{0,20}\))?\s+"
    r"(?:was|had\s+been|has\s+been)\s+(?:(?:later|also|then|critically|seriously|badly)\s+)?"
    r"(?:abducted|kidnapped|released|freed|injured|wounded|killed|murdered|shot|hit|stabbed|"
    r"arrested|detained|picked\s+up)\b"
)
# "The catechist of Nanga station is missing since the raid", "Our driver, Ali Musa, is still
# missing": one person, by a role (a singular victim noun) that a place or a name between
# commas may follow, then "is missing"
_ROLE_MISSING = re.compile(
    # ("the bus conductor, Mr Juma Ali, is still missing": a vehicle's crew by the vehicle)
    r"\b(?:[Tt]he|[Oo]ur)\s+(?:(?:bus|van|truck|lorry|taxi|car|minibus|tanker)\s+)?"
    r"(?P<noun>[a-z][a-z-]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:station|village|parish|chapel|church|"
    r"mosque|school|branch|camp|ward|quarter|[A-Z][\w'’-]+)){0,2})?"
    r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},)?"
    r"\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:still\s+)?missing\b"
)
# "The driver was killed and three players were wounded": the vehicle's driver, whose
# vehicle the sentence before named, by what happened to him
# ("the night guard was wounded": a premises' own watchman, one person, as a vehicle's driver)
_CREW_DONE = re.compile(
    r"(?i)\bthe\s+(?P<noun>driver|conductor|pilot|co-pilot|night\s+guard|night\s+watchman|"
    r"watchman|caretaker|gatekeeper)"
    # ("the driver, Mr Ali Musa, was killed": a name set between commas after the role)
    r"(?=(?:,\s+(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},)?"
    r"\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:also|later|critically|seriously|badly)\s+)?(?:killed|shot|injured|wounded|hurt|"
    r"abducted|kidnapped|arrested)\b|"
    # ("the conductor, Ali Musa, was taken by the gunmen": taken by the attackers, a name with
    # no title between commas allowed; a death so told is the log's own line, often counted
    # again in its summary, so only the taking)
    r"(?:,\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},)?"
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:abducted|kidnapped|taken\s+(?:away\s+)?by\s+"
    r"(?:the\s+)?(?:gunmen|armed\s+men|attackers|assailants|kidnappers|bandits|militants|"
    r"insurgents|fighters))\b)"
)
# "The technician Osman was injured by the glass", "the guard No. 117 Haider Salah was
# wounded": a premises' or a crew's worker by trade with his name straight after (no commas),
# one person, by what happened to him short of death (a death so told is left to the rules
# before)
_ROLE_NAMED_DONE = re.compile(
    r"\b[Tt]he\s+(?P<noun>driver|conductor|guard|watchman|caretaker|gatekeeper|technician|"
    r"mechanic|cashier|clerk|storekeeper|electrician|porter|cook|messenger|labourer|laborer)"
    r"(?=\s+(?:No\.?\s*[\dx]+\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s+"
    r"(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:also|later|critically|seriously|badly|slightly|lightly)\s+)?(?:injured|wounded|hurt|"
    r"abducted|kidnapped|arrested)\b)"
)
# "Our buyer Musa Bello was taken by unknown armed men at the market", "the guard, Ali Musa,
# was taken by gunmen": a person by his name (two words in capitals, or one after "our" and a
# trade) taken by armed men, one person abducted (not "was taken by ambulance")
_NAMED_TAKEN_BY_ARMED = re.compile(
    # (not a place's name after its preposition: "a crew from near La Gabarra was taken")
    r"(?<!\bnear\s)(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bon\s)"
    r"(?P<noun>\b(?:[Oo]ur\s+[a-z]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}|"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}))(?=,?\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:taken|seized|kidnapped|abducted)\s+(?:away\s+)?by\s+(?:the\s+)?(?:(?:unknown|unidentified|"
    r"masked|suspected)\s+)?(?:armed\s+(?:men|persons|people|individuals)|gunmen|bandits|"
    r"kidnappers|militants|rebels|jihadists|insurgents|separatists|attackers)\b)"
)
# "armed men stopped the van and took the driver with them": the vehicle's driver, taken
# along (not "took the driver to hospital")
_CREW_TAKEN = re.compile(
    r"(?i)\b(?:took|seized|grabbed|kidnapped|abducted)\s+(?:away\s+)?(?P<whole>the\s+"
    r"(?P<noun>driver|conductor|pilot|co-pilot))(?=\s+(?:with\s+them|away|along)\b)|"
    # ("bandits stopped the coach and abducted the coach driver": kidnapped or abducted, the
    # verb alone says he was taken; the vehicle's name may stand before the role)
    r"\b(?:kidnapped|abducted)\s+(?P<whole2>the\s+(?:(?:bus|coach|van|truck|lorry|taxi|"
    r"minibus|tanker|matatu)\s+)?(?P<noun2>driver|conductor|pilot|co-pilot))\b(?!\s*['’]s\b)"
)
_ONE_OF = re.compile(
    r"(?i)\b(?:was|is|were|are|became|becomes)"
    # ("He was, according to his lawyer, one of twelve persons arrested": a source set between)
    r"(?:\s*,\s*(?:according\s+to\s+[^,.;]{1,60}?|(?:he|she|they)\s+(?:said|says|added)),)?"
    r"\s+(?:just\s+|only\s+)?(?:one|1)\s+of\s+(?:the\s+)?$"
)
# "the funeral of young Quintero, one of the 6 people killed in the shooting": a person named
# (a name in capitals or a possessive) and set beside "one of the N …" with no verb of its own
# after: who one of a toll was, the toll the N
_NAMED_ONE_OF = re.compile(
    r"(?:\b[A-Z][\w'’-]+|\b(?i:his|her|their|my|our|your)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"\s*,\s+(?i:one|1)\s+of\s+(?:the\s+)?$"
)
_ONE_OF_VERB_AFTER = re.compile(
    r"(?i)^[^.;,:]*?\b(?:was|were|is|are|has|have|had|remains?|died|later)\b"
)
_PRISONER = re.compile(r"(?i)^\s+(?:as\s+)?(?:prisoners?|hostages?|captives?)\b")
_OF_THEM = re.compile(r"(?i)^\s+of\s+(?:them|whom|those|these)\b")
# "23 staff accounted for", "all 40 pupils were safe": people said to be safe, no casualties
_SAFE_AFTER = re.compile(
    r"(?i)^(?:\s+[a-z'’-]+){0,2}?\s+(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:all\s+)?[\"“]?(?:accounted\s+for|safe|unharmed|unhurt|uninjured|"
    # ("two others had returned safely to their bases": back, no casualties)
    r"returned\s+(?:safe(?:ly)?|unharmed|unhurt)|made\s+it\s+back|survived\s+unhurt)\b"
)
# a reporting verb right before a toll: "police confirm 7 killed", "sources now say 12 dead"
_SAYS_BEFORE = re.compile(
    # ("in the night he gave 7 killed and 11 wounded": a toll given or listed; not "the police
    # count one escaped", a count's verb before what the count is of)
    r"(?i)\b(?:says?|said|confirms?|confirmed|reports?|reported|gives?|gave|lists?|listed|"
    r"records?|recorded)\s+"
    r"(?:(?:at\s+least|about|around|some|over|approx\.?|nearly)\s+)?$"
)
_SUPERSEDED_BEFORE = re.compile(
    r"(?i)\b(?:not|instead\s+of|rather\s+than|from|up\s+from|down\s+from|"
    # "revising an initial toll of 19 dead": the toll it replaces
    r"(?:earlier|initial|previous|original|first)\s+(?:death\s+)?toll\s+of|"
    # ("revising down a toll of 11 dead it had given on Sunday": the toll it revised)
    r"revis(?:ing|ed|es)\s+(?:(?:down|up)(?:wards?)?\s+)?(?:a|the|its|their)\s+(?:death\s+)?"
    r"toll\s+of|"
    r"(?:initially|previously|earlier)\s+(?:reported|said|given))\s+$|"
    # a correction's earlier wording quoted: 'entry 12 first said "three killed"', 'the
    # report originally read "five dead"': what was said before, no figure
    r"\b(?:first|initially|originally|previously|earlier)\s+(?:said|read|reported|stated|"
    r"gave|put\s+it\s+as)\s*[\"“'‘]$"
)
# "police had first put the number of dead at one", "the caption as first filed said three
# soldiers were killed": a figure its own clause gives as what was said first, which a later
# word replaced; "first reported by the radio" (a passive with its agent) is who broke the news
_FIRST_SAID = re.compile(
    # ("The administration said first 9 villagers died. Then …": the adverb after the verb)
    r"(?i)(?:\b(?:first|initially|originally|at\s+first)\s+(?:put|gave|given|said|reported|filed|"
    r"stated|announced|listed|counted|issued|published|released|sent|wrote|written)|"
    r"\b(?:said|reported|stated|announced)\s+(?:at\s+)?first)\b(?!\s+by\b)"
    # ("The police, which first gave 12 dead, said on Sunday that 17 …": the relative clause
    # ends at the comma before the main verb, whose figure is the newer)
    r"(?:(?!\b(?:but|later|now|then|since|before|after|when)\b)"
    r"(?!,\s+(?:said|says|reported|announced|stated|put|puts|gave|gives)\b)"
    # ("first said 3 were killed, at noon he said 4 …": a later time of day opens the clause
    # of the newer figure)
    # ("…, Wednesday they said 2 …": the day with no preposition)
    r"(?!,\s+(?:(?:at|by|in|on|towards?)\s+)?(?:the\s+)?(?:noon|midday|midnight|night|dawn|dusk|"
    r"evening|afternoon|morning|\w+day)\s+(?:he|she|it|they|the)\b)"
    r"(?:[^.;:]|(?<=\d)[.:](?=\d))){0,60}$|"
    # "In its first statement of 21 January the Ministry reported six soldiers …": the toll of
    # a first statement, replaced since
    # ("In the first announcement (No. 1) we said dead 9 people": its number in brackets)
    r"^(?:in|by)\s+(?:its|their|his|her|the|our)\s+(?:first|initial|earlier|original)\s+"
    r"(?:statement|report|communiqu[eé]|bulletin|count|update|release|announcement)\b"
    r"(?:\s*\([^()]{1,20}\))?[^.;:]{0,80}$"
)
# "The commissioner first told us five people were killed; by the evening he said eight …":
# what a speaker first told the writer, replaced by what the speaker said later
_FIRST_TOLD = re.compile(
    r"(?i)\b(?:first|initially|originally|at\s+first)\s+told\s+(?:us|me|reporters|journalists|"
    r"the\s+(?:press|media|crew|team))\b"
    r"(?:(?!\b(?:but|later|now|then|since|before|after|when)\b)[^.;:]){0,60}$"
)
# "The prosecutor first spoke of 5 bodies; on 6 May it said 7": a count a body first spoke of,
# right after the words, replaced by what it said later
_FIRST_SPOKE_OF = re.compile(
    # ("had first spoken of 5 dead": the past perfect)
    r"(?i)\b(?:first|initially|originally|at\s+first)\s+(?:spoke|talked|wrote|spoken|"
    r"written)\s+of\s+"
    r"(?:(?:about|around|some|at\s+least|only|just)\s+)?$"
)
# (its own sentence goes on to what the speaker said later: "; by the evening he said eight")
_LATER_SAID_AFTER = re.compile(
    r"(?i)^[^.]{0,80}?[;,]\s+(?:but\s+)?(?:(?:later|then|now|since|afterwards)\b|by\s+(?:the\s+)?"
    r"(?:evening|afternoon|morning|night|noon|next\s+day|\w+day)\b)[^.;]{0,40}?\b(?:said|told|"
    r"put|gave|raised|revised|corrected)\b"
)
# "Our first run of 20 May carried two deaths and six injuries", "the initial return of the
# clinic listed four wounded": what a first (earlier, initial, previous) run, return, list or
# report of the writer's own carried, replaced since by the figures the text gives as now
_FIRST_RUN_CARRIED = re.compile(
    r"(?i)(?:^|;\s+)(?:our|its|their|the|his|her)\s+(?:first|initial|earlier|original|previous|"
    r"preliminary|prior)\s+(?:run|return|list|sheet|report|count|tally|statement|bulletin|notice|"
    r"submission|release|version|update|figures?)\b[^.;:]{0,50}?\s(?:carried|gave|showed|listed|"
    r"recorded|counted|reported|included|contained|registered|had\s+(?:carried|shown|listed|"
    r"given|recorded|counted))\b(?:(?!\b(?:but|now|later|since)\b)[^.;:]){0,60}$"
)
# "Earlier message of this morning said 2 of our riders killed", "; its first report had said
# one soldier killed", "Our previous notice (No. 30) reported that …": what an earlier (first,
# previous) message, report or post said, with or without a determiner and in the past perfect,
# replaced since by the count the text gives now
_EARLIER_NOTE_SAID = re.compile(
    # ("The health directorate's first note said 9 …": whose note, by a possessive; "When I
    # last addressed the Council, our initial information indicated that 24 …": after a clause)
    # ("… were killed (its first message had said 2 gendarmes)": in brackets)
    r"(?i)(?:^|;\s+|:\s+|,\s+|\(\s*)(?:(?:our|its|their|the|his|her|an)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)?(?:first|initial|earlier|original|"
    # ("Yesterday's report said one hauler killed; the second body was recovered …")
    r"yesterday['’]s|last\s+night['’]s|this\s+morning['’]s|"
    r"previous|preliminary|prior)\s+(?:message|post|note|text|sms|report|statement|bulletin|"
    r"information|"
    # ("Our previous notice (No. 30) reported that …": its number in brackets)
    r"notice|communiqu[eé]|update|version|release|circular|memo)\b(?:\s*\([^()]{1,20}\))?"
    r"[^.;:]{0,50}?\s(?:had\s+)?(?:said|stated|spoken\s+of|spoke\s+of|mentioned|announced|"
    r"reported|indicated|suggested|showed)\b"
    r"(?:(?!\b(?:but|now|later|since)\b)[^.;:]){0,60}$"
)
# the same earlier count named anywhere before in the sentence: "Our first run carried two
# deaths; one of the injured died since": the wounded who died explain the rise from it
_EARLIER_COUNT_NAMED = re.compile(
    r"(?i)\b(?:our|its|their|the|his|her)\s+(?:first|initial|earlier|original|previous|"
    r"preliminary|prior)\s+(?:run|return|list|sheet|report|count|tally|statement|bulletin|notice|"
    r"submission|release|version|update|figures?)\b"
)
# "Soroka said it was treating 10 wounded. Earlier it had spoken of 8 wounded": what the
# speaker just quoted (a pronoun for it) had given before, in the past perfect, its newer count
# told in the sentence before: replaced since, no figure
_EARLIER_IT_HAD = re.compile(
    r"(?i)^\s*(?:earlier|previously|before\s+that|initially)\s*,?\s+(?:it|he|she|they)\s+had\s+"
    r"(?:(?:first|initially)\s+)?(?:spoken\s+of|said|reported|given|put\s+(?:the\s+\w+\s+)?at|"
    r"counted|mentioned|cited|announced|talked\s+of|told\s+of)\s+(?:a\s+toll\s+of\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly)\s+)?$"
)
# the dot of an abbreviated month ("Nov. 3"), which ends no sentence
_MONTH_DOT = (
    "(?:"
    + "|".join(f"(?<={m})" for m in ("Sep", *MONTH_ABBREVIATIONS.replace("?", "").split("|")))
    + r")\."
)
# a correction's account of what an earlier version said, in any outlet's words: "An earlier
# version of this story said the logs listed 21 dead", "the article incorrectly stated that
# nine soldiers died", "misstated the toll as 12": what was replaced, no figure
_EARLIER_VERSION = re.compile(
    r"(?i)(?:\b(?:an?|the|our)\s+(?:earlier|previous|original|first|prior)\s+(?:version|edition|"
    # ("An earlier version of these notes said …": the plural too)
    r"draft)\s+of\s+(?:this|the|our|these)\s+(?:story|article|report|piece|post|item|dispatch|"
    r"text|page|note|notice|bulletin|update|release|statement|entry|thread|sheet|list|table|"
    r"tracker)s?\b|"
    # ("It wrongly included three deaths in a land dispute": counted where they did not belong)
    r"\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|says|stated|states|reported|gave|"
    r"put|listed|described|referred|included|counted|added)\b|"
    r"\b(?:misstated|misreported|misquoted)\b)"
    # (the version's date may be in between, its month abbreviated: ", published Nov. 3, said",
    # or a bracket: "printed in the catalogue (p. 31), said")
    rf"(?:(?!\b(?:but|correct|corrected|actually|in\s+fact)\b)(?:[^.;()]|{_MONTH_DOT}|"
    r"\([^()]{0,40}\))){0,120}$"
)
# a correction that tells what its own writer had written: "We corrected our post: we wrote
# that one guard died", "Correction - I said that three were killed; ...": the count put
# right, no figure (the newer one is given on its own)
_CORRECTION_TOLD_WRONG = re.compile(
    r"(?i)\b(?:corrected|correcting|corrects|correction|amended|amending|amendment|"
    # ("CORRECTION: In the video (at 03:40) we said …": the label's colon, then where it said)
    r"put\s+right|fixed)\b[^.;]{0,60}?(?::|;|,|\s[-–—])\s+"
    r"(?:(?:in|on)\s+(?:the|our|this|my)\s+[^.;,]{1,40}?\s+)?(?:we|i|they|he|she)\s+(?:had\s+)?"
    r"(?:wrote|written|said|posted|reported|stated|put|told\s+you|mentioned)\s+(?:that\s+)?"
    r"(?:(?!\b(?:but|now|actually|in\s+fact|correct)\b)[^.;:]){0,40}$"
)
# a correction's account of what the writer's earlier edition or report gave: "Correction: our
# January report gave 11 civilian deaths …", "In last week's edition we reported that 11 people
# died …" (the right count is told on its own)
_EARLIER_EDITION_GAVE = re.compile(
    # ("Correction: bulletin No. 44 gave five herders killed": a numbered bulletin, no article;
    # "Correction: the announcement read after asr on Friday said two …", "EDITOR'S NOTE: Our
    # November 10 report, quoting the office, said five …": the text, then where or whose)
    r"(?i)(?:\b(?:correction|clarification|editor['’]?s\s+note)\s*[:\-–—]\s+"
    r"(?:(?:our|the|its|their|my|this\s+paper['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|edition|"
    r"bulletin|update|story|article|post|announcement|message|sms|answer|reply|notice|sitrep|"
    r"alert|tweet|broadcast|video)"
    r"(?:\s+(?:no\.?|number|#)\s*\d+)?(?:\s*\([^()]{1,40}\))?(?:,[^.;]{1,100}?,|\s+[^.;,]{1,40}?)?|"
    r"\bin\s+(?:our\s+)?(?:last|previous|earlier|yesterday['’]s|last\s+week['’]s|last\s+month['’]s)"
    r"\s+(?:edition|bulletin|report|update)\s*,?\s+(?:we|it))\s+(?:had\s+)?(?:gave|said|"
    r"listed|reported|stated|put|carried|showed|wrote)\s+(?:that\s+)?(?:(?!\d|\bbut\b)[^.;]){0,60}$"
)
# the count a correction says is the right one: "… said 24 were killed, not 17"
_NOT_THE_EARLIER = re.compile(
    r"(?i)^[^.;]{0,60}?,\s+not\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|as\b)"
)
# "this notice supersedes our initial notice of 3 May, which reported two guards killed", "the
# ministry withdrew the statement that gave nine dead": a figure said by a text its own sentence
# says was replaced (superseded, withdrawn, retracted, corrected, amended, cancelled) is no figure;
# the text replaced may be named by its number ("amends Circular No. 12, s. 2025, which
# reported …": a dot before a number ends no sentence)
_REPLACED_SAID = re.compile(
    # (a translation's "rectifies the bulletin No. 20 which indicated 2 dead")
    r"(?i)\b(?:supersed|replac|withdr[ae]w|retract|correct|amend|cancel|rectif)[a-z]*\s+"
    r"(?:[^.;]|\.(?=\s?\d)){0,80}?,?\s+(?:which|that)\s+(?:had\s+)?(?:reported|said|gave|given|put|listed|stated|"
    r"announced|recorded|counted|cited|mentioned|indicated)\b"
    r"(?:(?!\b(?:but|later|now|then|since)\b)[^.;:]){0,60}$"
)
# "its first count, which we published yesterday, was four killed": a count the sentence calls
# first (earlier, original, previous) is what was replaced since
_FIRST_COUNT = re.compile(
    r"(?i)\b(?:first|initial|earlier|original|previous|old)\s+(?:count|toll|tally|figure|estimate)"
    r"(?:\s+of\s+(?:the\s+)?(?:dead|killed|wounded|injured|casualties))?(?:,[^,;]{0,80},)?\s+"
    r"(?:was|were|had\s+been|stood\s+at)\s+$"
)
# a clinical breakdown's count after the kind of wound: "Mechanisms: gunshot wounds 19, machete
# wounds 5, burns 2" (parts of the wounded counted before, no figure of their own)
_WOUNDS_OF_A_KIND = re.compile(
    r"(?i)\b(?:gunshot|bullet|machete|knife|stab|blast|shrapnel|fragment(?:ation)?|penetrating|"
    r"blunt|crush)\s+(?:wounds?|injur(?:y|ies)|trauma)\s*:?\s+$"
)
# a thing numbered by its noun: "tower 47", "kilometre 12", "gate 3", "ward 6", "bed 14"
_LABELLED_THING = re.compile(
    r"(?i)\b(?:tower|pylon|pole|kilomet(?:re|er)|km|route|highway|gate|room|block|sector|plot|ward|"
    r"bed|lot|section|mile|platform|well|tank|bay|line|pillar|milestone|"
    # ("The two minors reported in Call 3": a transcript's call, a report's item or page)
    r"call|item|paragraph|para|annex|appendix|table|row|page|chapter)\s+$"
)
# …unless people follow the number and what befell them: "From the people of our block 3 women
# were killed at the well" (the block is no numbered one: the count is of the women)
_COUNTED_AFTER_LABEL = re.compile(
    r"\s+(?:women|men|children|girls|boys|people|persons|civilians|villagers|residents|"
    r"worshippers|pupils|students|farmers|traders|soldiers|policemen|guards)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:(?:all|also|later)\s+)?"
    r"(?:killed|martyred|murdered|shot|wounded|injured|hurt|kidnapped|abducted|taken|arrested|"
    r"detained|burned|slaughtered)\b"
)
_SUPERSEDED_AFTER = re.compile(
    r"(?i)^[^.;]{0,25}?\b(?:as|were|was)\s+(?:previously|earlier|initially|first)\s+"
    r"(?:reported|said|stated)|"
    # "the first statement said seven dead, but that was superseded within hours": a toll its
    # own sentence says was replaced
    r"^(?:(?!\d)[^.;]){0,40}?,?\s+but\s+(?:that|this|it|the\s+(?:figure|toll|count|number))\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:later\s+|since\s+|soon\s+|quickly\s+)?"
    r"(?:superseded|revised|corrected|withdrawn|retracted|replaced|updated|overtaken)\b|"
    # "our statement of Tuesday gave 22 wounded; the count this morning is 34": a toll the next
    # clause replaces with the count now
    r"^(?:(?!\d)[^.;]){0,40};\s+(?:the|our|its|their)\s+(?:count|toll|figure|number|tally)\s+"
    r"(?:(?:this|now|today|tonight|as\s+of)\b[^.;]{0,25}?\s+)?(?:is|stands\s+at|has\s+risen\s+to|"
    r"rose\s+to|is\s+now)\s+(?:\d|(?:at\s+least|now)\b)|"
    # "said ten people hurt, but it turns out she meant ten motorbikes": taken back at once
    r"^(?:(?!\d)[^.;]){0,40}?,?\s+but\s+it\s+(?:turns|turned)\s+out\b|"
    # "The channel's toll of 23 was overwritten by its own update": replaced, as it says
    r"^\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+|soon\s+)?(?:overwritten|superseded|"
    r"replaced|overtaken)\s+by\b|"
    # "two soldiers initially listed among the dead were found alive": counted wrongly, no one
    r"^(?:(?!\band\b|\d)[^.;]){0,60}?\b(?:were|was|(?:had|have|has)\s+(?:since\s+|now\s+)?been|"
    r"turned\s+out\s+to\s+be)\s+"
    r"(?:later\s+|since\s+|subsequently\s+)?(?:(?:found|discovered|confirmed|traced|located)\s+)?"
    r"(?:still\s+)?(?:alive|safe\s+and\s+sound)\b"
)
# "I wrote that the mayor counted 22 villagers killed; the mayor now says 26 …": a count its
# own sentence replaces, after a semicolon, by what a speaker now says (a number right after)
_NOW_SAYS_AFTER = re.compile(
    r"(?i)^(?:(?!\d)[^.;]){0,40};\s+(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?now\s+"
    r"(?:says|say|counts|count|puts|put|reports|report|gives|give|speaks\s+of)\s+"
    r"(?:(?:at\s+least|about|some|nearly)\s+)?\d"
)
# "our fax of Monday gave 3 guards killed; this is corrected to 4", "the first sheet listed
# two injured, since corrected to three": a count its own sentence says was put right to
# another number (the newer count is read where it is given, or is the text's own)
_CORRECTED_TO_AFTER = re.compile(
    r"(?i)^(?:(?!\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b)[^.;]){0,40}?"
    r"(?:;|,|\s-|\s[–—])\s+(?:(?:this|that|it|which|the\s+(?:figure|"
    r"toll|count|number|tally))\s+)?(?:(?:is|was|has\s+been|had\s+been|is\s+now|was\s+later)\s+)?"
    r"(?:now\s+|since\s+|later\s+|hereby\s+)?(?:corrected|revised|amended|rectified|changed)\s+"
    r"to\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty)\b)"
)
# "the first list gave three guards killed; the brigade has since updated its figure to four":
# a count the next clause says its giver has since put to another number (raised, revised,
# corrected, updated) is replaced; the newer count is read where it is given
_SINCE_UPDATED_TO_AFTER = re.compile(
    r"(?i)^(?:(?!\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b)[^.;]){0,40}?"
    # (a semicolon in brackets is read as a comma)
    r"(?:;|,|\s-|\s[–—])\s+(?:(?:the|a|an|its|their|our)\s+)?"
    r"(?:(?!(?:and|but|while|or)\b)[\w'’-]+\s+){0,4}?(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?(?:updated|revised|corrected|raised|"
    r"lowered|changed|amended)\s+(?:its|their|his|her|the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:figure|toll|count|tally|number)\s+to\s+(?:\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)"
)
# "The governor, who had announced 19 dead on Sunday, raised the toll on Monday to 27": a toll
# in a relative clause on the speaker, which the main clause's revised toll replaces
_RAISED_FROM_BEFORE = re.compile(
    r"(?i),\s+(?:who|which)\s+had\s+(?:\w+\s+)?(?:announced|reported|given|put|said|spoken\s+of|"
    r"counted|cited|declared|recorded|listed)\s+(?:a\s+toll\s+of\s+|the\s+toll\s+at\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly)\s+)?$"
)
_RAISED_AFTER = re.compile(
    r"(?i)^[^.;,]{0,60},\s+(?:\w+\s+)?(?:raised|revised|lowered|updated|increased|corrected|"
    r"pushed|brought)\s+(?:up\s+)?(?:the|its|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|count|tally|figure|number)\b"
)
# "The governor, who on the evening of the attack had spoken of three dead, wrote on Monday
# that four persons had died": the toll a relative clause says its speaker had given before,
# when the main clause has the speaker give a death toll of its own (the newer one; "who had
# said six villagers were abducted, said that two were freed" is a new outcome, kept)
_HAD_GIVEN_BEFORE = re.compile(
    r"(?i),\s+(?:who|which)\s+(?:(?!\b(?:later|now|since|then)\b)[^,;.:\d]){0,50}?\bhad\s+"
    r"(?:\w+\s+)?(?:announced|reported|given|put|said|spoken\s+of|counted|cited|declared|"
    r"recorded|listed|mentioned|talked\s+of)\s+(?:a\s+toll\s+of\s+|the\s+toll\s+at\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly)\s+)?$"
)
_SAYS_NEWER_AFTER = re.compile(
    r"(?i)^\s+(?:[a-z-]+\s+)?(?:dead|deaths|killed|fatalities)\b[^.;,]{0,40},\s+(?:\w+\s+)?(?:said|says|wrote|writes|told|informed|stated|reported|"
    r"announced|confirmed|gave|gives|put|puts)\b[^.;]{0,100}?\b(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens?|several)\b)"
    r"[^.;]{0,60}?\b(?:dead|died|deaths|killed|fatalities|lives)\b"
)
# "60 dead after militant attacks": a noun after a preposition is not the figure's noun
_PREPOSITION = re.compile(
    r"(?i)\b(?:after|in|at|on|by|from|during|near|for|with|when|while|into|across|between)\b"
)
# a past participle in scare quotes before a number: 'had "neutralised" 14 terrorists'
_QUOTED_VERB = re.compile(r"[\"“‘'](?P<verb>[a-z]+(?:ed|ized|ised))[\"”’'](?=\s+(?:\d|[a-z]))")
# "Rescue 1122", "Route 66": a number in a name (a capitalised word before it, mid-sentence)
_NAMED_NUMBER = re.compile(r"(?<=\S)\s+[A-Z][a-z]+\s+$")
# "six policemen abducted by militants … were released": a participle with its agent is
# what had happened to them before; the clause's own verb says what happened now
_PARTICIPLE_BY = re.compile(r"(?i)^\s+(?:[a-z]+ed|taken|held)\s+by\b")
# a captive's participle after the noun, then the verb of the clause: "14 civilians held
# hostage were freed" (what they were, then what became of them)
_CAPTIVES_THEN = re.compile(
    r"(?i)^\s+(?:held\s+(?:as\s+)?(?:hostages?|captives?)|held\s+captive|taken\s+hostage|"
    r"abducted|kidnapped)(?:\s+(?:in|at|on|from|since|last|earlier)\b[^,;.]{1,40}?)?\s+"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s"
)
# "Lance Naik Ahmed Khan … embraced shahadat": one of the forces, by rank and name
_RANK = re.compile(
    r"\b(?:Lance\s+Naik|Naik|Sepoy|Havildar|Naib\s+Subedar|Subedar|Lance\s+Corporal|Corporal|"
    r"Sergeant|Sgt\.?|Private|Pvt\.?|Lieutenant|Lt\.?|Captain|Capt\.?|Major|Maj\.?|"
    r"Constable|Head\s+Constable|Sub-Inspector|Assistant\s+Sub-Inspector|Gendarme|Trooper|"
    # ranks by their letters: "Cpl", "SSgt", the Philippine police's "PCpl", "PSSg", "PO2"
    r"Cpl\.?|L/Cpl|SSgt|S/Sgt|PCpl|PSSg|PMSg|PSMS|PEMS|PLt|PCapt|PMaj|SPO[1-4]|PO[1-3])"
    r"(?!\s+(?:Hospital|Road|Street|Highway|University|College|School|Market|League|City|"
    r"Cities|Towns?|Pakistani|Indian|Nigerian|Afghan|Iraqi|Somali|African|Asian)\b)"
    r"(?:\s+(?-i:[A-Z][a-z][\w'-]*)){1,3}\b"
)
# the words between a count of one and the person it names: " sepoy, namely ", ", i.e. "
_NAMELY = re.compile(r"(?:\s+[a-z]+){0,2},?\s+(?:namely|viz\.?|i\.e\.|that\s+is)\s*,?\s*")
# one of the forces by rank and name, as the candidates' rules know it
RANKED_NAME = _RANK
# "killed two militants … and arrested a third": one more of the people just counted (also
# where it happened after it: "killed two herders and wounded a third near the well")
_ORDINAL_ONE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?=\s*(?:[,.;]|$|who\b|was\b|were\b|is\b|died\b|(?P<where>(?:in|near|at|outside|inside)\s)|"
    # ("two guards were killed and a third seriously injured": its outcome told with the
    # "was" left out, an adverb before it)
    r"(?:[a-z]+ly\s+)?(?:injured|wounded|hurt|killed|abducted|kidnapped|arrested)\b))"
)
# a count of more of the people just counted, after its own verb: "killed 47 extremists and
# captured 15 more" (not "15 more bodies", a noun after it)
_COUNT_MORE = re.compile(
    r"(?i)\band\s+(?:captured|arrested|detained|wounded|injured|abducted|kidnapped|seized|"
    r"rescued|freed|killed)\s+(?P<n>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty)\s+more\b(?=\s*(?:[,.;]|$|and\b|in\b|on\b))"
)
# "a relative of one of the policemen", "the families of the two drivers": the people
# whose kin are meant, named by a count told elsewhere or by none ("a family of five" is
# the family itself, counted)
_KIN_OF = re.compile(
    r"(?i)\b(?:relatives?|relations|families|kin|kinsm[ae]n|(?:grand)?(?:mothers?|fathers?)|"
    r"parents|brothers?|sisters?|sons?|daughters?|wi(?:fe|ves)|husbands?|widows?|orphans|"
    r"cousins?|uncles?|aunts?|nephews?|nieces?|friends?|colleagues?|neighbou?rs?|lawyers?)"
    r"\s+of\s+$"
)
# "he told two reporters that …", "the governor briefed 30 journalists": whom a speaker told,
# no count of victims (not "the army informed 5 soldiers were martyred", a count told so)
_LISTENERS_BEFORE = re.compile(
    r"(?i)\b(?:told|tells?|telling|briefed|briefing|assured|addressed|informed)\s+"
    r"(?:the\s+|some\s+|about\s+)?$"
)
_TOLD_COUNT_AFTER = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|are|is|had|have|has|been|died|killed|dead|"
    r"wounded|injured|martyred)\b"
)
# "the chief came to the clinic with two officers", "she walked here with her two children":
# who came along, not victims ("arrived with five wounded" brought victims; "walked off
# with three passengers" took them)
_CAME_WITH = re.compile(
    r"(?i)\b(?:came|comes|come|arrived|arrives|walked|walks|went|goes|drove|travelled|"
    r"traveled|returned|visited|visits)\b(?!\s+(?:off|away)\b)(?:(?!\b(?:off|away)\b)[^.;:,]){0,50}?"
    r"\bwith\s+(?:his|her|their|its|our|my|"
    r"the)?\s*$"
)
_CARRIED = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:wounded|injured|dead|bodies|corpses|casualties|survivors|"
    r"hostages|captives|freed|released|rescued)\b"
)
# ", four of them market vendors, and …": who some of them were, no verb of their own
_VERBLESS_APPOSITIVE = re.compile(
    r"(?i)^\s+(?!(?:later|subsequently|also|have|had|has|were|was|are|is|died|succumbed)\b)"
    r"(?:[a-z-]+\s+){0,3}?(?!(?:died|dead|killed|succumbed)\b)[a-z-]+\s*(?:,|;|\band\b)"
)
_ORDINAL_VALUES = {
    w: i + 2
    for i, w in enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
    )
}


def _last_of_count(phrase: str, found: list[_Mention]) -> bool:
    """ "Three soldiers died: a third soldier died of his wounds": an ordinal that a count
    before it in the sentence reaches is the last of the people counted, not one more (a
    count it does not reach, "two were arrested and a third killed", leaves it one more).

    >>> _last_of_count("a third soldier", [_Mention("three", "soldiers", "security_forces", 0, 14)])
    True
    >>> _last_of_count("a third soldier", [_Mention("two", "soldiers", "security_forces", 0, 12)])
    False
    """
    ordinal = re.match(r"(?i)an?\s+([a-z]+)\s", phrase)
    value = _ORDINAL_VALUES.get(ordinal.group(1).casefold()) if ordinal else None
    if value is None:
        return False
    for mention in found:
        count = parse_count(mention.phrase)
        if count is not None and count.best == value and not mention.part:
            return True
    return False


# "a policeman was killed and another injured": one more of the same people
_ANOTHER = re.compile(
    r"(?i)\banother(?=\s+(?:was\s+|is\s+|got\s+)?(?:(?:seriously|critically|badly|severely|"
    r"slightly|lightly|gravely|fatally|also)\s+)?(?:sustained\s+(?:\w+\s+)?(?:injuries|wounds)|"
    r"martyred|shot\s+dead|"
    + "|".join(
        [
            "died",
            "killed",
            "injured",
            "wounded",
            "hurt",
            "abducted",
            "kidnapped",
            "arrested",
            "missing",
            "freed",
            "released",
            "rescued",
        ]
    )
    + r")\b)"
)
# "killing one soldier and wounding another": the outcome's verb before "another"
_VERB_ANOTHER = re.compile(
    r"(?i)\b(?:wounding|injuring|killing|abducting|kidnapping)\s+(?P<one>another)\b"
    r"(?=\s*(?:[,.;]|and\b|$))"
)
# what happened to people the gap calls wounded or abducted: "… later died in hospital"
_DIED_NOW = re.compile(
    r"(?i)^\s+(?:(?:later|subsequently|also|eventually|have|had|has)\s+)*(?:died|succumbed|"
    r"perished|(?:were|was|have\s+been|had\s+been)\s+(?:later\s+)?(?:killed|found\s+dead|"
    r"executed|shot\s+dead))\b"
)
# what happened to people the gap calls abducted: "… were found by a patrol" (alive)
_FOUND_NOW = re.compile(
    r"(?i)^\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:found|located|"
    r"traced)\b(?!\s+(?:dead|murdered|killed|lifeless|slain))(?![^.;]{0,40}\b(?:bod(?:y|ies)|dead|"
    r"corpses?|remains)\b)|"
    # "4 of the 11 abducted passengers reached Dirkou after escaping": out of their hands
    r"(?:have\s+|had\s+)?(?:reached|arrived\s+(?:in|at|back\s+in))\s+[^.;]{1,40}?\s+after\s+"
    r"(?:escaping|being\s+(?:freed|released|rescued))\b|"
    # "2 of 4 missing crew recovered alive by fishermen", a notice's words with no verb
    # "were": found alive, out of danger
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:later\s+|since\s+)?(?:found|located|"
    r"traced|recovered|rescued|picked\s+up)\s+alive\b)"
)
# what happened to people the gap calls wounded: "two injured gunmen were arrested" (the
# arrest is the new outcome; "two injured soldiers were evacuated" stays wounded)
_HELD_NOW = re.compile(
    r"(?i)^\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+|then\s+)?"
    r"(?:arrested|detained|apprehended|captured|taken\s+into\s+custody)\b"
)
# "were abducted and later released", "taken hostage before being executed": one clause, two
# outcomes in turn; the last is what happened to them in the end
# "was hit by a stray bullet in the car park and died on the way to hospital": wounded, then
# dead in the same clause (what they are now)
_AND_DIED = re.compile(r"(?i)\band\s+(?:later\s+|subsequently\s+|then\s+)?(?:died|succumbed)\b")
_THEN = re.compile(
    r"(?i)\band\s+(?:were\s+|was\s+)?(?:later|subsequently|then|eventually|afterwards)\b|"
    r"\bbefore\s+being\b"
)
# "the blast claimed nine lives": deaths of people the text does not name
_LIVES = re.compile(r"(?i)^\s+(?:innocent\s+)?lives\b")
_LIVES_VERB = re.compile(
    r"(?i)\b(?:claimed|claiming|claims|cost|costing|took|taking|takes|taken)\s+$"
)
_BODIES_OF = re.compile(r"(?i)\b(?:bodies|body|remains|corpses?)\s+of\s+(?:the\s+)?$")

_WORDS = sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True)
_NUMBER_WORD = "|".join(_WORDS)
# "the ministry announced 14 killed and 40 wounded": a statement's toll of the dead and the
# wounded straight after "announced", each outcome word its count's noun
_ANNOUNCED_BEFORE = re.compile(
    r"(?i)\b(?:announced|announces|announce)\s+(?:(?:at\s+least|about|around|some|over)\s+)?$"
)
_TOLL_OF_BEFORE = re.compile(
    r"(?i)\btoll\s+(?:of|at|is|was|stood\s+at|stands\s+at|now\s+stands\s+at|"
    r"(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped)\s+to)\s+"
    r"(?:(?:at\s+least|about|around|some|over)\s+)?$"
)
_DEAD_AND_WOUNDED_AFTER = re.compile(
    rf"(?i)^\s+(?:killed|dead)\s+and\s+(?:\d{{1,4}}|{_NUMBER_WORD})\s+(?:wounded|injured|hurt)\b"
)
_NUMBER = (
    rf"(?:(?:\d[\d,]*|(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*)(?:\s+dozen\b)?"
    r"|a\s+dozen|half\s+a\s+dozen|dozens|scores|hundreds|several|a\s+few|a\s+handful|many)"
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
# "three members of an Islamic State cell": militants; "of a peace committee": civilians
# ("four members of one of the factions", "of the two gangs": the same)
_GROUP_MEMBERS = (
    # ("13 participants of the criminal group": a translation's word for its members)
    # ('8 members of "irregular armed groups"': the groups in quotes, no article)
    r"(?:members?|participants?)\s+of\s+(?:(?:one|either|each|both)\s+of\s+)?(?:(?:an?|the|two|both|rival)\s+|[\"“])(?:[\w-]+\s+){0,4}?(?:cell|group|gang|network|militia|"
    r"faction|organi[sz]ation|outfit|"
    # ("six members of the dissident structure", "of the 33rd Front", "of the Jaime Martínez
    # column": a guerrilla's unit by its own word; "of the cartel")
    r"structure|front|column|cartel|"
    # "two other members of the terrorist team": an attack's team or squad (not "the medical
    # team")
    r"(?:terrorist|militant|armed|attack|hit|assassination|suicide)\s+(?:team|squad))s?"
)
# "six members of the Bangsamoro Islamic Freedom Fighters": a named organisation's members
# ("25 members of the rafidi Popular Mobilisation": a word in lower case before the name, as
# a group's statement calls its enemies)
_NAMED_MEMBERS = (
    r"members?\s+of\s+(?:the\s+(?-i:[a-z]+\s+)??)?(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})"
)
_CIVIL_MEMBERS = (
    # ("four members of our contractor's repair crew": whose crew, by a possessive, between)
    r"members?\s+of\s+(?:an?|the|one|his|her|their|our|its)\s+(?:[\w'’-]+\s+){0,3}?(?:committee|"
    r"family|families|jirga|council|community|tribe|household|congregation|church|parish|"
    # ("two members of our stage crew", "of the hotel's staff": a crew's or a staff's, as
    # "crew" alone is)
    # ("two members of its delegation", "of the choir": a visiting party's or a body of
    # singers', unarmed)
    r"mosque|crew|staff|delegation|choir|orchestra|"
    # ("two members of the cooperative's board", "of the farmers' union": a board's, a
    # cooperative's, a union's or a club's, unarmed)
    r"board|cooperative|co-operative|union|association|club|"
    # ("five members of a civil society coalition", "of an opposition party": a coalition's or
    # a political party's, unarmed; not a raiding, hunting or search party, nor a police,
    # patrol, army or boarding party: men in arms)
    r"coalition|(?<!raiding\s)(?<!hunting\s)(?<!search\s)(?<!police\s)(?<!patrol\s)"
    r"(?<!army\s)(?<!military\s)(?<!security\s)(?<!boarding\s)(?<!armed\s)party|partie)s?"
)
# "a security guard of the cooperative", "two guards of the mining company": a premises' or a
# firm's own guards, its employees (civilians), not a state force's
_OF_A_PREMISES = re.compile(
    r"(?i)\s+(?:of|at|for)\s+(?:the|a|an|its|their|our|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:cooperative|co-operative|company|firm|farm|plantation|estate|ranch|mine|factory|"
    r"plant|mill|hotel|bank|school|hospital|clinic|shop|store|warehouse|supermarket|"
    r"business|enterprise|contractor|cooperatives|companies|farms|plantations|mines)\b"
)
# "two revenue officers", "three health officers": officers of a civil service, unarmed
_CIVIL_OFFICERS = re.compile(
    # ("a presiding officer", an election's officer at a polling station)
    r"(?i)\b(?:revenue|tax|health|medical|election|electoral|polling|returning|presiding|"
    r"agricultural|"
    r"extension|loan|relief|programme|program|project|field|welfare|education|land|"
    r"veterinary|information)\s*$"
)
# "two sales agents", "a mobile-money agent": a trade's agents, not a force's ("agents"
# alone are a translated report's police or security agents)
_CIVIL_AGENTS = re.compile(
    r"(?i)\b(?:sales|money|mobile-money|insurance|booking|ticket|ticketing|travel|shipping|"
    r"estate|transfer|commercial|company|bank|banking|marketing|recruitment|census|"
    r"humanitarian|aid|distribution|"
    # ("two of her campaign agents", "three polling agents": a candidate's or a party's
    # agents at an election, unarmed)
    r"campaign|polling|election|electoral|party)\s*$"
)
# a sports team's words: "the club", "a player", "their match" (a squad or a team of these
# is of players, not of an armed force's or an attack's men)
_SPORTS = re.compile(
    r"(?i)\b(?:club|players?|footballers?|athletes?|match|league|tournament|football|coach)\b"
)
# guards a private employer keeps: "two private security guards", "three factory guards", or
# the guards of a security contractor or company the sentence names ("the security contractor
# reports that two of its guards were killed"): employees, civilians, not a state force's men
_PRIVATE_GUARDS = re.compile(
    r"(?i)\b(?:private|security|factory|warehouse|site|farm|mine|company|hotel|bank|shop|"
    r"store|school|hospital)\s*$"
)
_GUARDS_EMPLOYER = re.compile(
    r"(?i)\b(?:private\s+security|security\s+(?:contractor|company|firm|agency|provider)|"
    # ("employees of the contracted guard company": a firm that hires out guards)
    r"(?:security\s+)?guard(?:ing)?\s+(?:contractor|company|firm|agency|service))\b"
)
# a bar a definition or a rule sets, in the present of what is always so: "one in which 10
# or more people are killed", "where 20 or more are abducted" (not "10 or more were killed")
_THRESHOLD = re.compile(
    r"(?i)[\w-]+\s+or\s+(?:more|above|fewer|less)\s+(?:[a-z-]+\s+){0,2}?(?:are|is|die|get)\s+"
    r"(?:(?:killed|abducted|kidnapped|injured|wounded|displaced|missing|hurt)\b|(?<=die\s))"
)
# "two church members": members of a congregation, named before the noun ("41 union members",
# "party members", "cooperative members": of a union, a party, a cooperative; not "National
# Union" or "Communist Party" members, armed groups' names)
_CIVIL_BODY_MEMBERS = re.compile(
    r"(?i)\b(?:church|congregation|parish|mosque|committee|council|(?<!national\s)union|"
    r"(?<!communist\s)party|association|co-?operative|club)\s+members?$"
)
# "our parish has eight members wounded", "the union lost three members": a civil body
# telling of its own members before the count
_CIVIL_BODY_HAS = re.compile(
    r"(?i)\b(?:church|congregation|parish|mosque|(?<!national\s)union|association|"
    r"co-?operative|club|school|community)\s+(?:has|had|have|lost|counts|counted|mourns)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+)?$"
)
# a day and its month after a number: "on 23 September", "12 Oct"
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b\.?(?!\s+(?:of|in)\b)")
# "abducted on November 14 was recovered": a month before the number, a day (as written in
# the American order; "In March 14 soldiers were killed" is a month, then the count)
_MONTH_BEFORE = re.compile(
    # ("May" left out: at a sentence's start it is as likely the verb)
    r"\b(?:on|since|from|until|till|before|after|dated|by)\s+"
    rf"(?-i:{MONTH_NAMES.replace('May|', '')}|{MONTH_ABBREVIATIONS})\.?\s+$"
)
# "nine members of the regional special police force": a state force in lower case ("three
# members of the Indonesian military": after its country's adjective)
# "three members of the Service's convoy protection force": a named body's own force
_FORCE_MEMBERS = (
    r"members?\s+of\s+the\s+(?-i:(?:[A-Z][a-z]+(?:n|i|ese|ish|ch)\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:police|army|military|security|"
    r"paramilitary)(?:\s+(?:forces?|units?|services?))?|(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:protection|escort|guard|security|police|defen[cs]e|special)\s+"
    r"(?:forces?|units?|squads?|details?|services?)|"
    # ("one member of the patrol was wounded": a force's unit on duty, no vigilantes' own)
    r"(?![a-z -]{0,30}?\b(?:vigilante|vigilance|community|neighbou?rhood|militia|rebel|village|"
    r"citizen|civilian|youth|hunters)\b)"
    r"(?:[a-z-]+\s+){0,2}?(?:patrol|platoon|garrison)s?)(?![\w-])"
)
# "two men of the General Security", "men of the 5th Regiment": of a force, by its name
# ("4 of the heroes of the Armed Forces were martyred": an army's statement's word for its men)
_FORCE_MEN = (
    r"(?:men|heroes)\s+of\s+(?:the\s+)?(?-i:(?:[A-Z0-9][\w'-]*\s+){0,4}(?:Security|Police|Army|Guards?|"
    r"Forces|Corps|Gendarmerie|Brigade|Battalion|Regiment|Division))(?![\w-])"
)
_NOUN = "|".join(
    [
        _FORCE_MEN,
        _FORCE_MEMBERS,
        _GROUP_MEMBERS,
        _CIVIL_MEMBERS,
        _NAMED_MEMBERS,
        *sorted((re.escape(n) for n in VICTIM_NOUNS), key=len, reverse=True),
    ]
)
# a force or a group by its collective name after "of the": "70 of the militia", "50 of the
# army and its militias" (the army's, with those fighting beside it)
_COLLECTIVE_OF = re.compile(
    r"(?i)^\s+of\s+the\s+(?:enemy\s+)?(?P<noun>army|police|militia|military)\b"
    r"(?:\s+and\s+(?:its|their)\s+(?:allied\s+)?militias)?(?!\s+(?:base|camp|post|HQ|headquarters))"
)
_KILLED_BEFORE = re.compile(
    r"(?i)\b(?:killed|killing|kill|slain|eliminated|neutrali[sz]ed)\s+(?:at\s+least\s+|some\s+|"
    r"more\s+than\s+|over\s+|about\s+)?$"
)
# the victim noun follows within three words ("six as yet unidentified bodies")
_AFTER = re.compile(
    # "five more of our men", "two more of the soldiers": "more of" before the people
    # ('killed 40 "apostate" soldiers': a word in quotes before the noun is one of the gap)
    # ("killed 20 from the apostate soldiers": a translation's partitive, the Arabic "min")
    # (not "9 from the men of the security", left as "two of the men" is)
    rf"^[\"”]?(?:\s+more(?=\s+of\b))?"
    r"(?:\s+of|\s+from(?=\s+(?:the|among)\s+(?!(?:men|personnel|police)\b)))?"
    # ("14 PKK/YPG terrorists": two names joined by a slash, one word of the gap)
    rf"(?P<gap>(?:\s+[\w'-]+?|\s+\([A-Z]{{2,6}}\)|\s+(?-i:[A-Z][\w'-]*/[A-Z][\w'-]*)|"
    # ('killed 11 “La Republique soldiers.”': a quote of two words before the noun, closed
    # after the sentence's stop)
    rf"\s+[\"“][\w'-]+[\"”]|\s+[\"“][\w'-]+(?=(?:\s+[\w'-]+){{1,2}}[.,!]?[\"”])){{0,3}}?)\s+"
    # ('9 "TANCOL" (irregulars) killed', "9 TANCOL (irregulars)": a name in capitals or in
    # quotes, glossed in brackets by its noun)
    rf"(?:[\"“]|(?:(?<=[\"”A-Z]\s)|(?<=[A-Z]\s\s))(?P<bracket>\())?(?P<noun>{_NOUN})\b(?(bracket)\))"
    r"(?!\s+(?:stations?|posts?|officials?|chiefs?|vehicles?|bases?|camps?|checkpoints?|said|"
    r"spokesm[ae]n|sources?|statement))",
    re.I,
)
# a victim noun right after "these"/"those": "5 of these porters"
_NOUN_NEXT = re.compile(rf"(?i)^\s+(?:{_NOUN})\b")
_COMPOUND = re.compile(
    rf"^\s+(?:and|or)\s+(?:the\s+)?(?P<noun>{_NOUN}|officials)\b"
    # (not a verb of that form with its object: "arrested 23 villagers and accused them of …",
    # "and charged them")
    r"(?!\s+(?:them|him|her|it|us|me)\b)",
    re.I,
)
# the whole a bare number is taken from, told before it: "Of the 46 pilgrims, four were
# hurt", "of the 362 passengers on board, nine were killed"
_WHOLE_BEFORE = re.compile(
    rf"(?i)\bof\s+(?:the|our|its|their|these|those)\s+(?:{_NUMBER}\s+)?(?:[\w-]+\s+)?"
    r"(?P<noun>[a-z]+)(?:\s+(?:on\s+board|aboard|in\s+the\s+\w+|present|travelling))?"
    # (or a colon, a summary's line: "Of our own drivers: 2 dead, 1 injured")
    r"\s*[,:]\s*$"
)
# "… of the injured are still admitted", "… remain in hospital": some of the wounded, where
# they are cared for (no figure of their own; "two of the injured later died" is one)
_STILL_IN_CARE = re.compile(
    r"(?i)^\s+(?:are|were|remain|remained|is|was)\s+(?:still\s+)?(?:admitted|hospitali[sz]ed|"
    r"in\s+(?:the\s+)?(?:hospital|intensive\s+care|critical|serious|a\s+critical|a\s+serious)|"
    r"being\s+treated|under\s+treatment|receiving\s+treatment)\b"
)
# "two of the injured later died": some of the victims of a figure already given, named by
# what happened to them (not "two of the injured soldiers", whose noun is read as usual)
_OF_THE_VICTIMS = re.compile(
    rf"(?i)^\s+of\s+(?:the|those)\s+(?:(?:who\s+)?(?:were|had\s+been|have\s+been)\s+)?"
    rf"(?P<who>injured|wounded|hurt|abducted|kidnapped|missing|arrested|detained|captured|"
    rf"dead|killed|bodies)\b"
    rf"(?!\s+(?:[\w-]+\s+)?(?:{_NOUN})\b)"
)
# "one of the persons who died was a motorcyclist", "two of those abducted were brothers":
# who some of the victims were; the relative clause refers back to a toll given before
_WHO_THEY_WERE = re.compile(
    # (not "one of the 30 students abducted was a girl": the whole is told there)
    rf"(?i)^\s+of\s+(?:the|those)\s+(?!(?:\d|(?:{_NUMBER_WORD})\b))(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:(?:who|that)\s+)?"
    r"(?:died|perished|(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|wounded|injured|"
    r"hurt|abducted|kidnapped|arrested|detained))\b(?:\s+(?:in|at|on|during)\s+[^.;,]{0,30}?)?"
    # (a person or people named after the verb "to be": "a trader", "herders", "brothers")
    r"\s+(?:was|were|is|are)\s+(?:also\s+|not\s+)?(?:a|an|the|both|his|her|their|"
    r"(?!(?:was|has|is)\b)[a-z]{2,}s)\b"
)
# "the caption described him as one of the policemen killed", "she was one of the nurses
# abducted in May": one person named as a member of a group told by its outcome, no count
_AS_ONE_OF_THE = re.compile(r"(?i)\b(?:as|is|was|be|being)\s+$")
_MEMBER_OF_THE = re.compile(
    rf"(?i)^\s+of\s+(?:the|those)\s+(?!(?:\d|(?:{_NUMBER_WORD})\b))(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:killed|dead|wounded|injured|hurt|abducted|kidnapped|arrested|detained|missing|freed|"
    r"released)\b"
)
# nouns that name people only when something happens to them in their own clause ("three
# CTD officials were killed"), and otherwise name who speaks or leads ("officials said")
WEAK_NOUNS = {"officials": CIVILIANS, "commanders": MILITANTS}
_WEAK_AFTER = re.compile(
    rf"^(?P<gap>(?:\s+[\w'-]+?){{0,2}}?)\s+(?P<noun>{'|'.join(WEAK_NOUNS)})\b(?![-'])", re.I
)
_GAP_VERB = re.compile(
    # (a word in capitals is a name: "seven IS suspects" are the Islamic State's, "IS" no verb)
    r"(?i)\b(?!(?-i:[A-Z]{2,})\b)(?:said|says|say|told|added|were|was|are|is|had|have|has|been|"
    r"shifted|took|taken)\b"
)
# "and 13 in Mushu": a place and the clause's end after a bare number
_ELLIPSIS_AFTER = re.compile(
    r"^\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"(?:\s+(?:village|town|district|area|camp|LGA))?"
    r"(?:\s+(?:on|last|this|early|late|overnight|yesterday|today)\b(?:\s+[A-Za-z]+){0,3}?)?"
    r"\s*(?:[,.;]|$)"
)
# the same toll by another reporter, its words left out: "…, 11 according to the civil society
# of Masisi", "and 11 per local leaders"
_ELLIPSIS_ACCORDING_TO = re.compile(
    r"^\s*,?\s+(?:according\s+to|per|by\s+(?:the\s+)?(?:count|tally|figures?)\s+of)\s+"
    r"[^,.;:()]{2,80}?\s*(?:[,.;)]|$)"
)
_FIGURE_PUT_AT_BEFORE = re.compile(
    # ("…; the army put the figure at nine": after a semicolon too)
    r"(?i)(?:(?:,\s*|\s)(?:and|but|while|whereas)\s+|;\s*)[^,;.]{0,80}?\b(?:puts?|placed|places|gave|"
    r"gives|sets?)\s+(?:the|its|their)\s+(?:figure|number|count|tally)\s+at\s+"
    r"(?:(?:at\s+least|about|around|some|over)\s+)?$"
)
# "three young men", "two armed men": "men" with a word that says who they are
_MEN_ADJECTIVE = re.compile(
    # ("two other men from the minibus": more men, besides those counted)
    # ("three of the armed men were killed": some of the attackers, by the article; not "two
    # of the men", who may be some of those a toll told)
    r"(?i)\s*(?P<who>young|elderly|old|other|unarmed|innocent|local|armed|masked|heavily\s+armed|"
    r"unidentified|unidentified\s+armed|unknown\s+armed|"
    r"(?:the|those|these)\s+(?:armed|masked|heavily\s+armed|unidentified\s+armed|unknown\s+armed)|"
    # "one of the abducted men was found dead": men a figure told before counted, by what
    # happened to them
    r"(?:the|those|these)\s+(?:abducted|kidnapped|detained|arrested|"
    r"missing|captured|released|freed))"
)
_KIN_WORDS = (
    r"(?:sons?|daughters?|children|child|wife|husband|brothers?|sisters?|nephews?|nieces?|"
    r"cousins?|uncles?|aunts?|mother|father|parents|grand\w+)"
)
# what befell the writer's own kin, told right after them, with nobody counted beside them:
# "My husband was injured by a bullet", "My son (12) is missing since the drone"
_OWN_KIN_TOLD = (
    r"(?:\s*\([^()]{0,20}\))?\s+(?:was|is|has\s+been|had\s+been)\s+(?:still\s+)?"
    r"(?:injured|wounded|hurt|shot|killed|missing|abducted|kidnapped|detained|arrested)\b"
    r"(?![^.;]{0,120}?\b(?:together|along|among|others?|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+\s+(?:people|persons|men|women|children|others|more))\b)"
)
# nouns for a person that are adjectives as well: "a national" a person, but "our national
# territory" a place, "a local market" a thing
_ADJECTIVE_NOUNS = frozenset({"national", "local", "native", "civilian", "juvenile"})
_SINGULAR = re.compile(
    # ("a 48-year-old farmer": the age is a word before the noun)
    # ("a figure for civilian deaths": a preposition ends the words before the noun)
    # ("our cashier": the issuer's own; not its partner or an officer who speaks for it)
    # ("my driver": a letter's or a speech's own, as "our"; not "my uncle", whom a letter
    # names with others it counts: "my uncle … together with two other traders")
    # ("1 herder still missing": an infographic's or an app's digit for "one", opening its
    # line or after "and")
    # ("the night guard of our store": the writer's own, as "our night guard")
    r"(?:\b(?:a|an|one|another|their|his|her|its|(?P<our>our|(?P<my>my)|"
    # (a vehicle's crew by the vehicle: "the driver of our bus", read as a crew's)
    # ("the driver of our partner organisation": a body's own employee, no vehicle's crew)
    r"the(?=\s+(?!(?:driver|conductor|pilot|co-pilot)\b(?!\s+of\s+our\s+(?:[a-z-]+\s+)?"
    r"(?:organi[sz]ation|office|agency|team|project|programme|program|ngo|mission)\b))"
    r"(?:[a-z-]+\s+){1,2}of\s+our\s+[a-z-]+\b)))|"
    # ("staff casualties: 1 butcher killed": after a casualty label's colon, likewise)
    # ("the police spokesman said 1 protester died": after the verb of who says it; "said only
    # 1 protester was wounded": a count said to be small, as "only one")
    r"(?:^|(?<=\band\s)|(?<=casualties:\s)|(?<=losses:\s)|(?<=victims:\s)|(?<=\bsaid\s)|"
    # ("the police said that 1 agent lost his life": after the "that" of who says it)
    # ("gunmen kidnapped 1 trader", "arrested 1 driver": after a verb of harm, its object)
    r"(?<=\bsays\s)|(?<=\bthat\s)|(?<=\bonly\s)|(?<=\bjust\s)|(?<=\bwounded\s)|"
    r"(?<=\binjured\s)|(?<=\babducted\s)|(?<=\bkidnapped\s)|"
    # ("As per the source, 1 Maoist became injured", "According to residents, 1 vendor was
    # killed", "On Monday, 1 soldier died": after the comma closing who says it or when)
    r"(?<=\barrested\s)|(?<=,\s)|"
    # ("troops killed 1 rebel and captured 2 others", "rescued 1 child": likewise)
    r"(?<=\bkilled\s)|(?<=\bcaptured\s)|(?<=\bdetained\s)|(?<=\bneutrali[sz]ed\s)|"
    r"(?<=\brescued\s)|(?<=\breleased\s)|(?<=\bfreed\s)|"
    # ("The violations left 1 person dead": the toll a clause leaves)
    # ("fired upon a joint patrol …, in which 1 CRPF jawan was killed": the relative clause's
    # toll of the attack it follows)
    r"(?<=\bleft\s)|(?<=\bin\swhich\s))1\b)\s+"
    r"(?(our)(?!(?:[\w-]+\s+){0,2}?(?:partner|officer|director|manager|member|leader|supervisor|"
    r"coordinator|adviser|advisor|counterpart|donor|provider|contractor)s?\b))"
    # ("my neighbour, a shoe seller, …": whom the writer names by a relation, as kin)
    # (but "My husband was injured by a bullet …": the writer's own kin, what befell them told
    # right after, with nobody counted beside them, is one person)
    rf"(?(my)(?!(?:[\w-]+\s+){{0,2}}?(?:{_KIN_WORDS}\b(?!{_OWN_KIN_TOLD})|neighbou?rs?\s*,)))"
    # ("a shepherd's 14-year-old son": whose, then the person)
    r"(?:(?!(?:for|of|to|in|on|at|with|from|by|and|or)\s)[a-z-]+\s+|\d{1,3}-year-old\s+|"
    r"(?P<whose>[a-z-]+['’]s\s+)){0,2}?"
    r"(?P<noun>"
    + "|".join(sorted((re.escape(n) for n in SINGULAR_NOUNS), key=len, reverse=True))
    # (a capitalised word before another is a name's, not the noun: "a Frontier Corps soldier")
    # ("a week later", "a day earlier": time, no person)
    + r"|(?-i:(?![A-Z][a-z]+\s+[A-Z]))(?!(?:later|earlier|sooner|longer|after|other|over|under|"
    # ("a country where three or more …": a number, not a noun in "-ee" as "trainee")
    r"never|ever|rather|three)\b)[A-Za-z][a-z]+(?:er|or|ist|ian|ee|(?<=[a-z]{3})man)"
    + r")\b(?![-'\w])",
    re.I,
)
# a body named by the people it is of: "a Hazara organisation", "a farmers' cooperative"
_BODY_AFTER_PERSON = re.compile(
    r"(?i)^'?\s+(?:organi[sz]ations?|associations?|groups?|bodies|body|committees?|councils?|"
    r"networks?|unions?|societ(?:y|ies)|federations?|forums?|cooperatives?|co-operatives?|"
    r"movements?|leagues?|clubs?|alliances?|coalitions?|foundations?|charit(?:y|ies)|"
    r"communit(?:y|ies)\s+(?:organi[sz]ations?|groups?|bodies|associations?)|"
    # "workers of a national NGO": the adjective of a body, no person
    r"NGOs?|INGOs?|agenc(?:y|ies)|compan(?:y|ies)|firms?|partners?)\b"
)
# what follows a person named by a noun of its own: a verb, a clause, a preposition
_AFTER_PERSON = re.compile(
    # ("a camp staff member (tent distribution)": a note in brackets after the person)
    # ("1 Maoist became injured", "1 villager got killed": a translation's "became", "got")
    r"(?i)^\s*(?:[,.;:)]|\((?![A-Z]{2,8}\))|$|(?:was|is|were|are|had|has|became|got|who|whom|and|or|but|died|in|at|on|near|"
    r"from|of|to|by|with|when|while|after|as)\b|[a-z]+ed\b)"
)
# a person's name right after the role that names them, then what befell them: "Our counsellor
# Amina K. has been missing since Monday", "our cook Musa Ali was wounded" (a name, an initial
# allowed, then a verb; not "our partner Save the Children said")
_NAME_AFTER_PERSON = re.compile(
    r"^\s+(?:[A-Z][a-z'’-]+)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.?)){0,2}\s+"
    r"(?:(?:was|is|were|are|has\s+been|had\s+been|remains)\s+(?:still\s+)?"
    r"(?:missing|disappeared|abducted|kidnapped|detained|arrested|injured|wounded|hurt|killed|"
    # ("our waiter Ana Ruiz was hit in the face": what hit the person told after the verb)
    r"shot|released|freed|hit|struck|stabbed|grazed))\b"
)
# a bracket opened after the word for someone's sources, which lists who they are: "My
# sources on the ground (two medics, one platoon leader) put the losses at …"
_SOURCES_OPENED = re.compile(
    r"(?i)\b(?:sources|informants|contacts|interlocutors)\b[^().;,]{0,40}\([^()]{0,60}$"
)
_SPEAKERS = re.compile(
    r"(?i)^\s*(?:,\s+who\s+(?:asked|spoke|declined|requested|did\s+not|were\s+not|was\s+not)"
    r"\b[^,.;]{3,120},\s+(?:put|gave|placed|said|says|told|added)\b|"
    # ("three residents of Ruilui para told this correspondent": where they live, then a verb)
    r"(?:(?:of|from)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,2}?\s+(?=(?:said|told)\b))?"
    r"(?:(?:also|later|separately)\s+)?(?:said(?!\s+to\b)|say|says|told(?!\s+of\b)|tell|added|"
    r"reported(?=\s+(?:that|to|on|seeing|hearing)\b)|confirmed\s+that|recalled|spoke|"
    # ("Several readers also asked why …", "three listeners wrote in to say …")
    r"asked(?=\s+(?:why|whether|if|how|what|who|when|where|about)\b)|wrote\s+(?:in|to)\b)\b)"
)  # "two residents told …", "two officers, who asked not to be named, put the toll at …"
_SPEAKS = re.compile(
    # ("A resident who escaped, Mallam Garba, told …": the relative clause, then the name)
    # ("A resident who helped bury the victims told …": no comma before the verb either)
    r"^(?:\s+who\s+[a-z][^,.;\"]{2,60}?(?=,|\s+(?:said|says|told|tells)\b))?"
    r"(?:\s+[A-Z][\w'-]*){0,4}"
    # ("Mr Bello, a farmer from the village, testified that …": where the speaker is from)
    r"(?:\s+(?:from|of|in)\s+[^,.;\"\d]{2,40}?(?=,))?"
    r"(?:,\s+[^,.;\"]{3,80},|,)?\s+(?:said|says|told|tells|added|stated|testified|"
    r"gave\s+evidence)\b"
)  # "Lieutenant Colonel Ramon Dela Peña, spokesperson of the division, said": who speaks
# a noun outside the lists, known by its ending ("two money changers", "five Maoists")
_MORPH_AFTER = re.compile(
    # ("two of the project's field surveyors": "of the" before the two words)
    # (members are read by whom they are members of, as before)
    r"^(?P<gap>\s+of\s+(?:the|our|its|their|his|her)(?!(?:\s+[\w'-]+){0,2}?\s+members\b)"
    r"(?:\s+[A-Za-z][\w'-]*?){0,2}?|"
    r"(?:\s+[A-Za-z][\w'-]*?){0,2}?|\s+(?:suspected|alleged)(?:\s+[A-Z][\w'-]*){2})"
    # (not a thing of that ending: "with 15 detonators", "two generators", "three launchers")
    r"\s+(?!(?i:detonator|generator|tractor|motor|container|computer|transformer|trailer|"
    r"launcher|monitor|reactor|scooter|helicopter|tanker|poster|sticker|lit(?:er|re)|"
    r"(?:kilo|centi|milli)?met(?:er|re)|number|paper|letter|hour|floor|door|cylinder|charger|"
    r"printer|router|heater|locker|folder|marker|toner|sensor|projector|jerrican|"
    r"dollar|shilling|dinar|naira)s\b)"
    r"(?P<noun>[A-Za-z][a-z]+(?:ers|ors|ists|ites|ians|"
    r"ees|(?<=[a-z]{3})men))\b(?![-'])"
)
# a number with no noun, said of people: "and 30 wounded", "wounding dozens"
_BARE_AFTER = re.compile(
    # ("adding that 4 remain missing": a bare number that is still what it was)
    # ("that four, all girls, escaped": who they all were, set off by commas, between)
    r"(?i)^(?:,\s+(?:all|both)\s+(?:of\s+them\s+)?[a-z]+,)?\s+(?:more\s+)?"
    # ("received 30 wounded and 4 who were dead on arrival": a relative clause of their own)
    r"(?:who\s+)?(?:(?:were|was|are|had\s+been|have\s+been|has\s+been|"
    r"(?:had|have|has)\s+since\s+been|got|get|gets|remain|remains|remained|"
    # ("16 persons became martyred and 22 became injured": a translation's "became")
    r"became|become|have\s+become|has\s+become)\s+)?"
    r"(?:(?:also|later|still|subsequently|reportedly|eventually|all|reported|feared|since|"
    r"confirmed|declared|pronounced|believed|seriously|critically|badly|severely|slightly|lightly|gravely|"
    r"fatally)\s+)*"
    # ("…; 2 were brought dead": a hospital's word for those dead on arrival)
    r"(?:brought\s+(?:in\s+)?(?=dead\b))?"
    rf"(?:{OUTCOME_WORDS['killed']}|{OUTCOME_WORDS['wounded']}|{OUTCOME_WORDS['abducted']}|"
    rf"{OUTCOME_WORDS['freed']}|{OUTCOME_WORDS['missing']}|{OUTCOME_WORDS['arrested']})\b"
)
# an outcome as a noun before "of" and the figure ("the killing of …" is read as a verb)
_OUTCOME_NOUNS = {
    "capture": "arrested",  # soldiers or villagers captured are abducted (_CAPTURED_ONLY)
    "arrest": "arrested",
    "arrests": "arrested",
    "detention": "arrested",
    "abduction": "abducted",
    "kidnapping": "abducted",
    "release": "freed",
    "rescue": "freed",
    "liberation": "freed",
    # "resulted in the neutralization of two lawless elements": a killing told as a noun
    "neutralization": "killed",
    "neutralisation": "killed",
    # "the operation resulted in the elimination of five terrorists" likewise
    "elimination": "killed",
    # "informs about the liquidation of 2 leaders of the gang": a translation's (ликвидация)
    "liquidation": "killed",
}
_OUTCOME_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?P<noun>{'|'.join(_OUTCOME_NOUNS)})\s+"
    # ("the abduction on 24 September of twelve persons": its day between)
    r"(?:on\s+(?:\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?|[A-Za-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s+)?"
    # ("reported the arrest in Celaya of 7 suspects": the place where between, a name)
    r"(?:in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+)?"
    r"of\s+(?:the\s+|all\s+)?$"
)
_FATE_OF_BEFORE = re.compile(
    r"(?i)\b(?:the\s+)?(?:fate|whereabouts)\s+of\s+(?:the\s+|another\s+|at\s+least\s+|some\s+)?$"
)
_FATE_UNKNOWN_AFTER = re.compile(
    r"(?i)[^.;:]{0,80}?\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?"
    r"(?:unknown|unclear|not\s+known)\b"
)
# a release asked for, not given: "demanded the release of", "called for the immediate
# release of"
_RELEASE_DEMANDED = re.compile(
    r"(?i)\b(?:demand(?:ed|ing|s)?|call(?:ed|ing|s)?\s+for|urg(?:ed|ing|es)|sought|seek(?:ing|s)?|"
    r"press(?:ed|ing)?\s+for|appeal(?:ed|ing|s)?\s+for)\s+"
    r"(?:the\s+)?(?:(?:immediate|unconditional|safe|swift|prompt)\s+(?:and\s+)?)*$"
)
# the people named after their count, said to be held by the state: "11 lawyers it said had
# been detained", "three students who were arrested"
_HELD_AFTER = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,3}?\s+(?:(?:who|that|it|he|she|they)\s+)?(?:said\s+)?"
    r"(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+(?:being\s+)?(?:detained|arrested|"
    r"held\s+by\s+(?:the\s+)?(?:police|army|authorities|security))\b"
)
_DRIVEN_OFF_BEFORE = re.compile(
    r"(?i)\b(?:marched|frog-?marched|led|dragged|herded|forced|drove)\s+(?:away\s+|off\s+)?"
    r"(?:the\s+|some\s+|at\s+least\s+|about\s+)?$"
)
_DRIVEN_OFF_AFTER = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,3}?\s+(?:(?:away\s+)?(?:in)?to|towards)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:forests?|bush|captivity|hills|mountains|jungle|hide-?outs?|camps?)\b"
)
# "rescuers had taken 19 people to hospitals", "rushed six passengers to the district
# hospital": people carried to be treated, the hurt (the dead are "bodies" or "dead")
_TO_HOSPITAL_BEFORE = re.compile(
    r"(?i)\b(?:took|taken|taking|rushed|evacuated|transported|ferried|carried)\s+"
    r"(?:the\s+|some\s+|at\s+least\s+|about\s+|another\s+)?$"
)
_TO_HOSPITAL_AFTER = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,2}?\s+to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:hospitals?|clinics?)\b"
)
# "The Social Security hospital in Celaya said it had received five people from the bus": the
# people a place of care received, the hurt (not "received five bodies")
_CARE_RECEIVED_BEFORE = re.compile(
    r"(?i)\b(?:hospital|clinic|health\s+(?:centre|center|post)|infirmary|emergency\s+(?:room|"
    r"ward|department))\b[^.;]{0,60}?\b(?:received|has\s+received|had\s+received)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+)?$"
)
# "took 11 of our pupils into the bush", "carried off six farmers to the forest": the verb
# of taking before the count, a hide-out after (not "took 40 pupils to the school hall")
_TAKEN_OFF_BEFORE = re.compile(
    r"(?i)\b(?:took|carried)\s+(?:away\s+|off\s+)?(?:the\s+|some\s+|at\s+least\s+|about\s+)?$"
)
# (also after whose they are and when, and a place in the hide-out: "took 6 elders of the
# clan on Monday to its camp in the forest")
_TAKEN_INTO_AFTER = re.compile(
    r"(?i)^(?:\s+[\w'’-]+){0,5}?\s+(?:away\s+)?(?:in)?to\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+(?:in\s+the\s+)?){0,2}?"
    r"(?:forests?|bush|captivity|hide-?outs?)\b"
)
_TOOK_OUT_BEFORE = re.compile(r"(?i)\b(?:took|take|takes|taken|taking)\s+out\s+(?:at\s+least\s+)?$")
_TOOK_OUT_NOT = re.compile(
    r"(?i)^[^.;,]{0,40}?\b(?:wounded|injured|bodies|corpses|dead)\b|"
    r"^[^.;,]{0,60}?\s(?:from|of)\s+(?:the|a|an|their|its|his|her)\b"
)
# "the 14 people they carried to the bush", "the six girls whom the gunmen took into the
# forest": a clause after the count tells of its taking off to a hide-out
_TAKEN_IN_CLAUSE_AFTER = re.compile(
    r"(?i)^\s+(?:(?:that|whom|who)\s+)?(?:they|the\s+(?:[\w'’-]+\s+){0,2}?(?:gunmen|attackers|"
    r"bandits|kidnappers|abductors|rebels|fighters|militants|assailants|raiders|men))\s+(?:had\s+)?"
    r"(?:took|taken|carried|marched|dragged|led)\s+(?:away\s+|off\s+)?(?:in)?to\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:forests?|bush|captivity|hide-?outs?|hills|mountains|jungle)\b"
)
# an armed group's name in capitals right after a count, as the noun of its men: "killed six
# ADF and captured two", "neutralised 11 ISWAP near Monguno" (the clause going on after it)
_NAME_AS_NOUN = re.compile(
    # (not "30 FARDC and Wazalendo": two forces, and no more said of either)
    r"^\s+(?P<noun>(?-i:[A-Z]{2,6}))(?=\s*(?:[,.;]|$)|\s+and\s+(?-i:[a-z])|\s+(?:in|near|at|on|"
    r"during|after|while|when|from|around|outside|inside)\b)"
)
_VERB_BEFORE = re.compile(
    # ('killed "more than 40 soldiers"': the quote mark does not part the verb from its object)
    rf"(?i)\b(?:{'|'.join(OUTCOME_WORDS.values())})\s+(?:all\s+|the\s+|of\s+(?:the\s+)?)?[\"“]?$"
)
# a body owning to deaths ("the army admitted four soldiers killed", "admitted that two guards
# were dead"): the count's outcome is the word after it, no patient admitted
_OWNED_TO = re.compile(r"(?i)admitted\b")
_OWN_DEATH_AFTER = re.compile(
    r"(?i)\s*(?:[\w'’-]+\s+){0,3}?(?:(?:were|had\s+been|have\s+been)\s+)?(?:killed|dead|died)\b"
)
# a toll given as risen: the deaths of the wounded told next are in it
_EXPLAINING = re.compile(r"(?i),\s+(?:saying|adding(?:\s+that)?|explaining(?:\s+that)?)\s")


def _smaller(part: str, whole: str) -> bool:
    """True when the count ``part`` is smaller than the count ``whole``; False when either is
    no count.

    >>> _smaller("two", "9"), _smaller("twelve", "9"), _smaller("x", "9")
    (True, False, False)
    """
    try:
        big, small = parse_count(whole).best, parse_count(part).best
    except ValueError:
        return False
    return big is not None and small is not None and small < big


def _window_before(sentence: str, start: int) -> str:
    """The words before ``start`` that a count's own rules read: the last
    :data:`BEFORE_WINDOW` characters of the sentence before it (a pasted table without a
    full stop is one "sentence": read whole for each of its counts, it cost time growing
    with the square of its length).

    >>> _window_before("Police said 5 were killed", 12)
    'Police said '
    >>> len(_window_before("x" * 5000, 4000)) == BEFORE_WINDOW
    True
    """
    return sentence[max(0, start - BEFORE_WINDOW) : start]


@functools.lru_cache(maxsize=256)
def _toll_kinds(sentence: str) -> dict[int, str]:
    """Where each toll of :data:`_TOLL` in ``sentence`` has its number, and what it counts
    (:func:`_toll_kind`): the first toll at a position, as a search from the start finds it;
    read once per sentence, not once per count.

    >>> _toll_kinds("The toll rose to 19 and the wounded to 40.")
    {17: ''}
    """
    kinds: dict[int, str] = {}
    for toll in _TOLL.finditer(sentence):
        kinds.setdefault(toll.start(_toll_group(toll)), _toll_kind(toll))
    return kinds


def _last_death_toll(text: str) -> re.Match[str] | None:
    """The last toll of :data:`_TOLL` in ``text`` that is not a toll of the wounded.

    >>> _last_death_toll("put the number of dead at nine, and the wounded at 20").group(0)
    'number of dead at nine'
    >>> _last_death_toll("no toll here") is None
    True
    """
    toll = None
    for match in _TOLL.finditer(text):
        if _toll_kind(match) not in ("wounded", "injured"):
            toll = match
    return toll


def _explains_toll(sentence: str, start: int, phrase: str) -> bool:
    """True when a death figure explains a smaller part of a toll given before it.

    A reporter who gives a toll and then says why it stands where it does names some of
    its dead ("put the number of dead at nine, saying two herders who had been missing
    were found dead"): those are in the toll, no figure of their own.

    >>> _explains_toll("He put the number of dead at nine, saying two herders were found dead.",
    ...                42, "two")
    True
    >>> _explains_toll("He put the toll at two, saying nine herders were found dead.", 31, "nine")
    False
    """
    before = _window_before(sentence, start)
    toll = _last_death_toll(before)
    if toll is None or not _EXPLAINING.search(before[toll.end() :]):
        return False
    return _smaller(phrase, toll.group(_toll_group(toll)))


# a toll given bare ("now reports 14 dead"), which a death or a find told after it may explain
_BARE_TOLL = re.compile(
    rf"(?i)\b(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\s+(?:people\s+|persons\s+)?"
    r"(?:dead|deaths|killed)\b"
)

# a toll, then the death or find that brought it there, whatever the words: "had risen to three
# police officers killed, after a second wounded officer died in hospital", "rose to 9 when a
# third victim died", "stands at 12 following the death of a wounded guard"
_RISE_CONNECTIVE = re.compile(
    r"(?i)^[^.;]{0,60}?(?:,\s*|\s+)(?:after|since|as|when|once|following|with|because)\s+"
    r"(?P<before>[^.;,]{0,40})$"
)
_DEATH_OF = re.compile(r"(?i)\b(?:deaths?|bodies|body|remains|corpses?)\s+of\s+(?:the\s+)?$")
_DIED_OR_FOUND = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:died|dies|succumbed|succumbs|passed\s+away|perished|"
    r"(?:was|were|had\s+been|have\s+been)\s+(?:found|discovered|recovered|retrieved))\b"
)


def _rise_explained(sentence: str, start: int, phrase: str) -> bool:
    """True when a death told after a toll is the reason the toll stands where it does.

    "The toll had risen to three, after a second wounded officer died": the officer is one
    of the three, no toll of his own. The clause opens with "after", "as", "when",
    "following" …; the death is a verb of dying or finding after the figure, or "the death
    of" / "the bodies of" before it; the part is smaller than the toll.

    >>> s = "The toll rose to 9 when two wounded herders died in hospital."
    >>> _rise_explained(s, s.index("two"), "two")
    True
    >>> s = "The toll stands at 12 following the deaths of two wounded guards."
    >>> _rise_explained(s, s.index("two"), "two")
    True
    >>> s = "The toll rose to 9 as troops killed four gunmen."
    >>> _rise_explained(s, s.index("four"), "four")
    False
    """
    before = _window_before(sentence, start)
    toll = _last_death_toll(before)
    for match in _BARE_TOLL.finditer(before):
        if toll is None or match.start() >= toll.end():
            # ("the toll had risen to four dead": the bare count is the risen toll's own)
            toll = match
    if toll is None:
        return False
    clause = _RISE_CONNECTIVE.match(before[toll.end() :])
    if clause is None or (toll.re is _BARE_TOLL and "," not in clause.group(0)):
        return False  # ("14 dead" says no rise: only ", after …" tells what brought it there)
    if not (
        _DEATH_OF.search(clause.group("before"))
        or _DIED_OR_FOUND.match(sentence[start + len(phrase) :])
    ):
        return False
    return _smaller(
        phrase, toll.group(_toll_group(toll)) if toll.re is _TOLL else toll.group("phrase")
    )


# a count of the dead given with its noun in the sentence before a later clause ("Levies say
# 4 drivers killed; ...", "spoke of three members killed; ...")
_COUNT_KILLED = re.compile(
    rf"(?i)\b(?P<phrase>{_NUMBER})\s+(?:[a-z][\w'’-]*\s+){{0,3}}?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|dead|died)\b"
)
# the clause after that count, opening on a bare count that died: "; one died in hospital",
# "; two more died of their burns" (no noun of its own: the count's people)
_DIED_SINCE_GAP = re.compile(r"^[^.;\d]{0,30}?;\s*(?:and\s+|but\s+)?$")
_DIED_SINCE_AFTER = re.compile(
    r"(?i)^\s+(?P<more>more\s+)?(?:(?:later|since|then|also|subsequently)\s+)?"
    r"(?:died|succumbed|passed\s+away|perished)\b"
)


def _died_since_part(sentence: str, start: int, phrase: str) -> bool:
    """True when a bare count that died, in the clause after a count of the dead, is a part
    of that count or the rise it tells, no toll of its own.

    "Police say 4 guards killed; one died in hospital": the one is among the four (smaller
    than it); "our first note gave three members killed; two more died of their burns, and
    the figure is now five": the two are what raised the count ("more").

    >>> s = "Police say 4 guards killed; one died in hospital."
    >>> _died_since_part(s, s.index("one"), "one")
    True
    >>> s = "The note gave three members killed; two more died of their burns on Sunday."
    >>> _died_since_part(s, s.index("two"), "two")
    True
    >>> s = "Police say 4 guards killed. One died in hospital."
    >>> _died_since_part(s, s.index("One"), "One")
    False
    """
    after = _DIED_SINCE_AFTER.match(sentence[start + len(phrase) :])
    if after is None:
        return False
    toll = None
    for match in _COUNT_KILLED.finditer(sentence[:start]):
        toll = match
    if toll is None or not _DIED_SINCE_GAP.match(sentence[toll.end() : start]):
        return False
    if after.group("more"):
        return True
    return _smaller(phrase, toll.group("phrase"))


# a total said after one more death in the same sentence: "one more ranger died at hospital,
# total die 3 persons", "another guard died overnight, a total of four", "…, the total now 5"
_TOTAL_AFTER_MORE = re.compile(
    rf"(?i)^[^.;]{{0,80}}?\b(?:in\s+)?(?:a\s+|the\s+)?total(?:\s+(?:of|is|was|now|die|died|dead|"
    rf"deaths|killed|toll|number))*\s*:?\s*(?P<total>{_NUMBER})\b"
)


def _more_before_total(sentence: str, start: int, end: int) -> bool:
    """True when one more death ("one more ranger", "another guard", "a further two") is
    followed in its sentence by the total it brings the count to: a part of that total, no
    toll of its own.

    >>> s = "He said one more ranger died at hospital, total die 3 persons."
    >>> _more_before_total(s, s.index("one"), s.index(" died"))
    True
    >>> s = "Another guard died overnight, a total of four."
    >>> _more_before_total(s, 0, s.index(" died"))
    True
    >>> s = "He said one more ranger died at hospital."
    >>> _more_before_total(s, s.index("one"), s.index(" died"))
    False
    """
    written = sentence[start:end]
    if not (
        re.search(r"(?i)\b(?:more|further|additional|another)\b", written)
        or re.search(r"(?i)\b(?:a\s+further|another|an\s+additional)\s+$", sentence[:start])
        or re.match(r"(?i)\s+(?:more|further|additional)\b", sentence[end:])
    ):
        return False
    total = _TOTAL_AFTER_MORE.match(sentence[end:])
    if total is None:
        return False
    # ("another guard", "a further two": one, or the count after "a further")
    count = re.sub(r"(?i)^(?:a\s+further|an\s+additional)\s+", "", written).split()
    first = count[0] if count else written
    if first.lower() in ("a", "an", "another"):
        first = "one"
    return _smaller(first, total.group("total"))


# whom a campaign or a service is for: "the vaccination campaign for 41,000 children", "rations
# for 300 families", "a school for 900 pupils" (no victims)
_BENEFICIARIES_BEFORE = re.compile(
    r"(?i)\b(?:campaign|programme|program|drive|vaccination|immuni[sz]ation|distribution|"
    r"rations?|food|aid|assistance|supplies|shelters?|school|clinic|scholarships?|kits?)\s+"
    r"for\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly|around)\s+)?$"
)


# "one of the wounded", "two of those injured": some of the wounded, by what happened to them
_OF_THE_WOUNDED = re.compile(
    rf"(?i)(?:{_QUALIFIER})?{_NUMBER}\s+of\s+(?:the|those)\s+(?:wounded|injured)$"
)


def _without_explained_deaths(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The figures without the wounded who died that a toll before them explains.

    "the fallen agents are three, because one of the wounded died on the way": the one who
    died is in the three, whatever words the toll was given in (a toll figure found earlier in
    the sentence, larger, the death told after "because", "as", "after", "since" …).

    >>> s = "The dead are five, because one of the wounded died in the night."
    >>> f = find_casualty_figures(s)
    >>> [(x.best, x.outcome) for x in _without_explained_deaths(s, f)]
    [(5, 'killed')]
    """
    out = []
    for figure in figures:
        explained = (
            figure.outcome == "killed"
            and _OF_THE_WOUNDED.match(figure.written or "")
            and _DIED_OR_FOUND.match(sentence[figure.end :])
            and any(
                toll.outcome == "killed"
                and toll.end <= figure.start
                and (toll.best or 0) > (figure.best or 0)
                and _RISE_CONNECTIVE.match(sentence[toll.end : figure.start])
                for toll in figures
            )
        )
        if not explained:
            out.append(figure)
    return out


# a summary's line headed by the people it counts: "Of our own drivers: 2 dead, 1 injured"
_WHOLE_HEADING = re.compile(
    r"(?i)^\s*of\s+(?:the|our|its|their|these|those)\s+(?:own\s+)?(?P<noun>[a-z]+)\s*:\s+"
)


# what puts a count of the same sentence right: "… said one officer had died; on the 9th he
# corrected it to 2 police officers killed"
_CORRECTED_IT_TO = re.compile(
    r"(?i)\b(?:corrected|revised|raised|updated|changed|amended|put)\s+(?:it|that|this|the\s+"
    r"(?:figure|toll|count|number))\s+(?:up\s+|upwards\s+|down\s+)?to\s+$"
)


def _without_corrected_before(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A count the same sentence puts right ("said one officer had died; he corrected it to 2
    police officers killed"): the earlier count of that outcome goes, the correction stays.

    >>> s = "He said one man had died; later he corrected it to 2 men killed and 3 injured."
    >>> [(f.best, f.outcome) for f in _without_corrected_before(s, find_casualty_figures(s))]
    [(2, 'killed'), (3, 'wounded')]
    """
    out = list(figures)
    for figure in figures:
        if not _CORRECTED_IT_TO.search(sentence[max(0, figure.start - 60) : figure.start]):
            continue
        earlier = [
            f
            for f in out
            if f.end <= figure.start and f.outcome == figure.outcome and f.best != figure.best
        ]
        if earlier:
            out.remove(earlier[-1])
    return out


def _of_the_whole_headed(sentence: str, figures: list[Figure]) -> list[Figure]:
    """Counts of no group after a heading that names the people they count ("Of our own
    drivers: 2 dead, 1 injured"): those people's group, the heading's noun.

    >>> s = "Of our own drivers: 2 dead, 1 injured."
    >>> [(f.best, f.victim_group, f.outcome) for f in _of_the_whole_headed(
    ...     s, find_casualty_figures(s))]
    [(2, 'civilians', 'killed'), (1, 'civilians', 'wounded')]
    """
    heading = _WHOLE_HEADING.match(sentence)
    if heading is None:
        return figures
    group = VICTIM_NOUNS.get(heading["noun"].casefold()) or morphology_group(heading["noun"])
    if group is None or group == UNKNOWN:
        return figures
    return [
        replace(f, victim_group=group)
        if f.victim_group == UNKNOWN and f.start >= heading.end()
        else f
        for f in figures
    ]


def _together_with_others(sentence: str, figures: list[Figure]) -> list[Figure]:
    """One person and "N others" killed with him, counted as one toll of N + 1.

    "my uncle, a tomato trader, was shot dead together with two other traders": three
    traders dead, one count.

    >>> s = "A trader was shot dead together with two other traders."
    >>> [(f.best, f.outcome) for f in _together_with_others(s, find_casualty_figures(s))]
    [(3, 'killed')]
    """
    out: list[Figure] = []
    for figure in figures:
        one = out[-1] if out else None
        if (
            one is not None
            and one.best == 1
            and figure.best is not None
            and one.outcome == figure.outcome
            and one.victim_group == figure.victim_group
            and re.match(r"(?i)\S+\s+other\b", figure.written or "")
            and re.search(r"(?i)\b(?:together|along)\s+with\s+$", sentence[: figure.start])
        ):
            total = str(figure.best + 1)
            out[-1] = replace(
                figure,
                phrase=total,
                count=parse_count(total),
                start=one.start,
                written=f"{one.written} … {figure.written}",
            )
            continue
        out.append(figure)
    return out


@functools.lru_cache(maxsize=256)
def rise_part(sentence: str) -> int | None:
    """How many deaths a sentence tells as what raised its toll ("rose to six after one of
    the wounded died": 1), or None when it tells none.

    >>> rise_part("The toll rose to six after one of the wounded officers died.")
    1
    >>> rise_part("The toll rose to six as troops killed two gunmen.") is None
    True
    """
    for match in re.finditer(rf"(?i)\b{_NUMBER}\b", sentence):
        if _rise_explained(sentence, match.start(), match.group()):
            try:
                return parse_count(match.group()).best
            except ValueError:
                return None
    return None


_RISEN_TOLL = re.compile(
    r"(?i)\b(?:toll|fatalities|number\s+of\s+(?:the\s+)?dead)\b.*\b(?:rose|risen|rises|climbed|jumped|"
    r"increased|went\s+up|revised|raised)\b"
)
# a count corrected upwards: "the dead are five, not four"
_CORRECTED_UP = re.compile(rf"(?i)\b(?P<now>{_NUMBER}),?\s+not\s+(?P<was>{_NUMBER})\b")


def _corrected_up(written: str) -> bool:
    """True when a count is given as a correction upwards ("five, not four"): the deaths of
    the wounded told next are the reason, in it.

    >>> _corrected_up("the dead are five, not four"), _corrected_up("the dead are four, not five")
    (True, False)
    """
    match = _CORRECTED_UP.search(written)
    if match is None:
        return False
    try:
        now, was = parse_count(match["now"]).best, parse_count(match["was"]).best
    except ValueError:
        return False
    return now is not None and was is not None and now > was


_TOLL = re.compile(
    r"(?i)\b(?:death\s+toll|toll|fatalities|number\s+of\s+(?:people\s+|those\s+|"
    # "the number of crusader soldiers and Christians killed … has risen to 16"
    r"(?:(?!(?:dead|deaths|killed|wounded|injured|martyred|martyrs|slain|deceased)\b)[a-z][\w'-]*\s+){1,5}?)?"
    # ("the number of martyrs of the attack … rose to six": the dead, as the outlet calls them)
    # ("the number of civilians who died became 9")
    r"(?P<kind>dead|deaths|killed|wounded|injured|martyred|martyrs|slain|deceased|(?<=who\s)died))"
    # "the number of dead received at hospitals in Parachinar, Sadda and Thall at 43": where
    # they were counted, however long
    r"(?:\s+(?:received|admitted|brought|taken|recorded|registered)\b[^.;]{0,80}?"
    rf"(?=\s+at\s+(?:{_QUALIFIER})?{_NUMBER}\b))?"
    r"\b(?:[^.;]{0,40}?\b(?:to|at|of|reached|hit|amounts?|amounted|became|becomes|has\s+become|"
    # ("Khar blast toll now seven": a headline's toll, its verb left out)
    r"(?:was|is|remains|remained)(?:\s+now)?|(?<=\btoll\s)now)|[^.;]{0,160}?\b(?:rose|risen|climbed|jumped|"
    r"increased|reached|stood|revised|raised|went\s+up)(?:\s+\w+){0,2}?\s+(?:to|at))"
    rf"\s+(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b"
    # ("gave no toll, but announced an envelope of 5 million CFA francs": money, no toll)
    # ("the toll of 3 November is five dead": a day, no toll)
    rf"(?!\s+(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})\b\.?)"
    r"(?!\s*(?:per\s*cent|%|from\s+the)|\s+(?:million\s+|billion\s+)?(?:CFA|francs?|dollars?|"
    r"US\s+dollars|euros?|shillings?|naira|rupees?|pesos?|birr|cedis?|dinars?|riyals?)\b)|"
    # "revised the death toll from weekend attacks on two villages to 31"
    # ("raises the toll in Wednesday's car bombing at a checkpoint … to 14": the present, and
    # the event named at length between)
    r"\b(?:revised|raised|lowered|updated|increased|put|brought|revises|raises|lowers|updates|"
    r"increases|brings)\s+(?:the|its|their)\s+(?:death\s+)?"
    # ("The prosecution had put the dead at 16")
    r"(?:toll|dead)\b[^.;]{0,100}?\b(?:to|at)\s+(?P<phrase2>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\b|"
    # the number before the count, as translations put it: "raising to six the number of dead"
    # ("This brings to 26 the number of crusaders and apostates killed": the victims between)
    r"\b(?:raising|raises|raised|bringing|brings|brought|taking|takes|pushing|rising|rose|risen)"
    r"\s+to\s+(?P<phrase3>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\s+the\s+(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:dead|deaths|killed|wounded|injured)\b)[a-z][\w'-]*\s+){0,5}?"
    r"(?P<kind3>dead|deaths|killed|wounded|injured))\b|"
    # "the regional administration gave the toll as 24": a toll given as its number
    r"\b(?:gave|gives|give|given|put|puts)\s+(?:the|its|their|a)\s+(?:death\s+)?toll\s+as\s+"
    r"(?P<phrase5>(?:" + _QUALIFIER + r")?" + _NUMBER + r")\b(?!\s*(?:per\s*cent|%))|"
    # the count as it stands now, the dead or wounded as its subject: "say dead is now 11",
    # "the wounded are now 14" (an update's words)
    r"(?<![\w-])(?P<kind4>dead|wounded|injured)\s+(?:is|are|stands?|stood)\s+(?:now\s+)?(?:at\s+)?"
    # ("the dead are 7 among them 2 children": the count with no "now", a part of it after)
    r"(?:(?<=now\s|\sat\s)|(?<=\sare\s)(?=" + _NUMBER + r"\s+(?:among|including)\s))"
    r"(?P<phrase4>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\b(?!\s*(?:per\s*cent|%|years?|hours?|days?|minutes?|km|kilomet))|"
    # the dead of an attack as the subject of what they became, as translations put it: "the
    # martyrs of the attack on the convoy became 4", "the dead of the ambush rose to 9"
    # ("the martyred had risen to 5 policemen": the dead as the subject of their rise alone)
    r"\bthe\s+(?P<kind6>martyrs|martyred|dead)\s+(?:of\s+(?:the|this|that|yesterday's|last\s+\w+'s)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:attack|ambush|raid|assault|blast|bombing|explosion|shelling|"
    r"massacre|clash(?:es)?|incident)\b[^.;]{0,80}?\b(?:became|has\s+become|have\s+become|"
    r"(?:rose|risen|climbed)\s+to|reached)|(?:had\s+|has\s+|have\s+)?(?:rose|risen|climbed)\s+to)"
    r"\s+(?P<phrase6>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\b(?!\s*(?:per\s*cent|%|years?|hours?|days?|minutes?|km|kilomet))"
)


@dataclass(frozen=True)
class Figure:
    """One casualty figure: the phrase as written, the victim noun and group, the count, and
    what happened to them (``outcome``)."""

    phrase: str
    noun: str
    victim_group: str
    count: Count
    start: int
    end: int
    reference: bool = False
    written: str = ""
    outcome: str = "killed"
    refers_back: bool = False  # "Nine of them escaped": the victims of the sentence before
    ours: bool = False  # "three of our brothers": the speaker's own people
    enemy: bool = False  # "the losses of the enemy reached 49 killed": the speaker's enemy
    # "the two martyrs are police officers": who the dead or wounded of a count were
    identifies: bool = False

    @property
    def best(self) -> int | None:
        return self.count.best

    @property
    def text(self) -> str:
        """The figure as written, e.g. "at least 23 passengers", "14 soldiers and police"."""
        return self.written or f"{self.phrase} {self.noun}"


@dataclass
class _Mention:
    phrase: str
    noun: str
    group: str | None  # None: the group of the figure before
    start: int
    end: int
    gap: str = ""
    reference: bool = False
    part: bool = False  # "including two …", ", two of them …": a part of the figure before
    of_them: bool = False  # "Nine of them escaped": the same victims, maybe another outcome
    antecedent: str | None = None  # "members of a committee, killing three of them": its group
    singular: bool = False
    outcome: str | None = None
    verb_before: bool = False
    weak: bool = False  # "three officials": people only if their own clause says so
    of_outcome: str | None = None  # "two of the injured": wounded people of a figure before
    elliptic: bool = False  # "… killed in Ruwi and 13 in Mushu": the outcome of the one before


# a clause with a verb of its own after "N of them": "two of them were released" is a new
# outcome; "two of them in theatre", "two of them children" have none
_OWN_VERB_AFTER = re.compile(
    r"(?i)^[^.;,]*?\b(?:were|was|are|is|had|have|has|been|being|died|dies|killed|succumbed|"
    r"escaped|fled|released|freed|rescued|returned|remain|remained|remains|went|came|got)\b"
)


def _part_of_them_before(sentence: str, mention: _Mention, mentions: list[_Mention]) -> bool:
    """ "Four of them died in the ward, two of them in theatre": a verbless "N of them" after a
    comma, following another "of them" count of the same sentence with that outcome, is a part
    of that count (where or how some of those died), not more of the victims before.

    >>> died = _Mention("Four", "of them", None, 0, 12, of_them=True, outcome="killed")
    >>> two = _Mention("two", "of them", None, 31, 42, of_them=True, outcome="killed")
    >>> s = "Four of them died in the ward, two of them in theatre."
    >>> _part_of_them_before(s, two, [died, two])
    True
    >>> s = "Four of them died in the ward, two of them were released."
    >>> _part_of_them_before(s, two, [died, two])
    False
    """
    if not mention.of_them or not re.search(r",\s*$", sentence[: mention.start]):
        return False
    if _OWN_VERB_AFTER.match(sentence[mention.end :]):
        return False

    def value(m: _Mention) -> int:
        try:
            return parse_count(m.phrase).best or 0
        except ValueError:
            return 0

    return any(
        other.of_them
        and other.start < mention.start
        and other.outcome == mention.outcome
        and not re.search(r"[.;]", sentence[other.end : mention.start])
        and value(other) > value(mention)
        for other in mentions
    )


def find_figures(sentence: str) -> list[Figure]:
    """The death tolls a sentence gives, in text order (references to earlier figures too).

    >>> [(f.text, f.count.qualifier, f.reference) for f in find_figures(
    ...     "Six security personnel and one tribal elder made up the ten killed.")]
    [('Six security personnel', 'exact', False), ('one tribal elder', 'exact', False), \
('ten killed', 'exact', True)]
    >>> find_figures("Five soldiers were wounded.")
    []
    """
    return [f for f in find_casualty_figures(sentence) if f.outcome == "killed"]


# a form's field, its label the people and what happened to them, its value the number:
# "Escort (district police) killed: 3", "Civilians injured: 2 (a trader and his son)"
# (an item's number before it, "2.1 Police officers killed: two (2).": the number in words,
# its digits in brackets or not, as official replies write it)
FORM_FIELD = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?"
    r"(?P<who>(?-i:[A-Z])[\w'’ /-]{1,40}?(?:\s*\([^()]{1,60}\))?)\s+(?P<outcome>killed|dead|"
    r"injured|wounded|abducted|kidnapped|arrested|detained|missing|released|freed|rescued)"
    r"\s*:\s*(?P<value>\d{1,5}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))(?:\s*\(\d{1,2}\))?"
    r"(?P<note>\s*\([^()]{1,80}\))?\s*\.?$",
    re.I,
)
_FIELD_OUTCOMES = {
    "dead": "killed",
    "injured": "wounded",
    "kidnapped": "abducted",
    "detained": "arrested",
    "released": "freed",
    "rescued": "freed",
}


def _field_figure(field: re.Match) -> list[Figure]:
    """A form field's figure ("killed: 0" counts no one); its people are the label's noun,
    or the note's.

    >>> [(f.best, f.outcome, f.victim_group) for f in _field_figure(
    ...     FORM_FIELD.match("Escort (district police) killed: 3"))]
    [(3, 'killed', 'security_forces')]
    """
    value = parse_count(field["value"])
    if value is None or value.best == 0:
        return []
    words = re.findall(r"[\w'-]+", f"{field['who']} {field['note'] or ''}".casefold())
    # ("Escort injured: 2": a form's escort is the armed one guarding the convoy)
    groups = [FORCES if w in ("escort", "escorts") else VICTIM_NOUNS.get(w) for w in words]
    groups = [g for g in groups if g]
    group = groups[0] if groups else UNKNOWN
    outcome = field["outcome"].casefold()
    return [
        Figure(
            field["value"],
            field["who"].strip(),
            group,
            parse_count(field["value"]),
            field.start("who"),
            field.end("value"),
            written=field.group().strip(),
            outcome=_FIELD_OUTCOMES.get(outcome, outcome),
        )
    ]


# a sentence giving another's count of the victims just told, the number alone: "The state
# prosecutor's office says eight."
_SAYS_BARE = re.compile(
    # ("The police give 8.": a plural body's present, as "The army says nine.")
    # ("Police put the figure at nine.", "The army spokesman, Col Musa Adakole, later puts the
    # number at 27", "the principal told reporters that the number was 25": the figure, the
    # number or the count is the one just told)
    r"^(?:The\s+|An?\s+)?[\w'’-]+(?:,?\s+[\w'’-]+){0,9}?,?\s+"
    r"(?:(?:later|now|since|then|instead)\s+)?(?:says|say|said|puts\s+it\s+at|put\s+it\s+at|"
    r"counts|count|counted|gives|give|gave|"
    r"(?:puts|put|placed|places|sets|set|gives|gave)\s+(?:the|its|their)\s+(?:figure|number|count|"
    r"tally)\s+at|"
    r"(?:says|said|told(?:\s+[\w'’-]+){0,3}?)\s+(?:that\s+)?the\s+(?:figure|number|count|tally)\s+"
    r"(?:was|is|stood\s+at|stands\s+at))"
    rf"\s+(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\s*[.!]?$"
    # ("According to the police, the correct figure is nine.")
    r"|^According\s+to\s+[^,.;:]{2,80},\s+the\s+(?:(?:correct|real|actual|true|official|right)\s+)?"
    r"(?:figure|number|count|tally)\s+(?:is|was|stands\s+at|stood\s+at)\s+"
    rf"(?P<phrase2>(?:{_QUALIFIER})?{_NUMBER})\s*[.!]?$"
)


# one fighter's own kills in a fight ("he closed in and killed one of them", "she shot dead
# two attackers"): a part of the operation's toll of the enemy, no toll of its own
_ONE_FIGHTER_KILLED = re.compile(
    # (not "He said troops killed four militants": whom he says others killed)
    r"(?i)\b(?:he|she)\s+(?:(?!(?:said|says|told|added|stated|reported|claimed|that)\b)"
    r"[\w'’-]+\s+){0,8}?(?:killed|shot\s+dead|eliminated|"
    r"neutrali[sz]ed)\s+$"
)


# a list of a count's parts set off by dashes after its noun: "- two labourers and a guard -"
_DASHED_PARTS = re.compile(
    r"(?<=[a-z])\s[-–—]\s(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s"
    r"[^-–—.;:]{1,50}?\s(?:and|or)\s(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,3})\s[^-–—.;:]{1,40}?\s[-–—]\s(?=(?:were|was|had\s+been|have\s+been)\s)"
)


# a sentence that withdraws the figures it gives: "Bulletin No. 2 had reported 6 dead and 22
# injured; those figures stand superseded", "these numbers have been withdrawn"
SUPERSEDED = re.compile(
    r"(?i)\b(?:those|these|the\s+earlier|the\s+previous|its|their)\s+(?:figures|numbers|"
    r"tolls|counts|totals)\s+(?:now\s+)?(?:stand|are|have\s+been|were|had\s+been)\s+(?:now\s+)?"
    r"(?:superseded|withdrawn|obsolete|void|cancelled|canceled|replaced)\b"
)


# a code of three digits or more led by a zero: "unit 0317", "file 0042" (no count of people)
_ZERO_LED_CODE = re.compile(r"(?<![\w.,/:-])0\d{2,}(?![\w.,/:-]*\d)")
# a name's initial before the verb: "Our counsellor Amina K. has been missing" (the full stop
# of the initial ends no clause)
_NAME_INITIAL = re.compile(
    r"(?<=\b[A-Z][a-z])(?P<rest>[a-z'’-]*\s+[A-Z])\.(?=\s+(?:was|is|were|has|had|remains|did)\s)"
)


# a register's number in brackets after a name: "Yusuf (No. 5)", "Omar (no. 6)", "(#12)"
_BRACKETED_NUMBER = re.compile(r"(?<=[A-Za-z])\s\((?:No|no|NO|Nr|nr|#)\.?\s?\d{1,5}\)")


def _freed_again(
    value: str, noun: str, group: str, count: Count, start: int, end: int, written: str
) -> Figure:
    """A figure of people freed who were counted taken before ("Both were released", "Two of
    the women walked back"): it refers back to them, so it adds no victims of its own.

    >>> freed = _freed_again("2", "", "civilians", parse_count("2"), 0, 4, "Both")
    >>> freed.outcome, freed.refers_back, freed.best
    ('freed', True, 2)
    """
    return Figure(
        value, noun, group, count, start, end, written=written, outcome="freed", refers_back=True
    )


def _destroyed_after(sentence: str, end: int) -> bool:
    """True when the first outcome word after ``end`` is "destroyed"."""
    first = _OUTCOME.search(sentence, end)
    return first is not None and first.group().casefold() == "destroyed"


# a translation's verb put before its subject, the article the translation adds after it:
# "Dead the 2 soldiers while wounded the 3 others"
_VERB_FIRST_THE = re.compile(
    r"(?i)(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:while|whereas)\s+)(?:dead|died|wounded|injured)"
    r"\s+the\s+$"
)


def find_casualty_figures(sentence: str, previous: Figure | None = None) -> list[Figure]:
    """Every casualty figure of a sentence with its outcome, in text order; ``previous`` is
    the last figure of the sentence before ("Nine of them escaped" takes its victims).

    >>> [(f.text, f.outcome, f.best) for f in find_casualty_figures(
    ...     "Troops killed 92 militants, three of them suicide bombers, and arrested 5 suspects.")]
    [('92 militants', 'killed', 92), ('5 suspects', 'arrested', 5)]
    >>> [(f.text, f.outcome, f.victim_group) for f in find_casualty_figures(
    ...     "Nine of them escaped.", Figure("31", "women", "civilians", parse_count("31"),
    ...     0, 8, outcome="abducted"))]
    [('Nine of them', 'freed', 'civilians')]
    """
    figures = [
        f
        for f in _casualty_figures(sentence, previous)
        # ("Two of the dead had gunshot wounds": the dead again, what killed them, no wounded)
        if (f.outcome == "killed" or not _OF_THE_DEAD.match(sentence[f.start :]))
        # ("529 inmates escaped after gunmen broke the gate": prisoners breaking out are no
        # victims freed)
        and not (f.outcome == "freed" and _PRISONERS_ESCAPED.match(f.noun + sentence[f.end :]))
    ]
    return figures


# people held in a prison who escape or break out of it: no casualty figure
_PRISONERS_ESCAPED = re.compile(
    r"(?i)(?:inmates?|prisoners?|convicts?)\b[^.;]{0,40}?\b(?:escaped|escaping|escape|broke\s+out|"
    r"breaking\s+out|fled|fleeing)\b"
)


# a raw translation's plural of "dead" ("3 deads"), no English word
_DEADS = re.compile(r"(?i)(?<=[\w\s])deads\b")
# some of the dead, named by a count: "Two of the dead", "three of the bodies"
_OF_THE_DEAD = re.compile(
    r"(?i)[\w-]+\s+of\s+(?:the|those)\s+(?:dead|deceased|bodies|killed|victims\s+killed)\b"
)


def _casualty_figures(sentence: str, previous: Figure | None = None) -> list[Figure]:
    """:func:`find_casualty_figures`, one outcome a figure."""
    # ("SIR-2026-114 - Contractor drivers kidnapped": a register's reference, no count)
    sentence = _REFERENCE_CODE.sub(lambda m: re.sub(r"\d", "x", m.group()), sentence)
    # ("Two drivers (trucks KB-17, KB-21; 30 t fuel) were taken …": a semicolon inside
    # brackets ends no clause, a comma for it, the offsets kept)
    # ("27/11 - Two of our crew were released": a log's day opening the entry, no range "11 -
    # Two")
    sentence = _LOG_DAY.sub(lambda m: "x" * len(m.group()), sentence)
    # ("2026-11-12 analyst02 - victims killed changed 9 -> 11": a year-month-day date, its
    # digits masked letter for letter, the offsets kept)
    sentence = _ISO_DATE.sub(lambda m: re.sub(r"\d", "x", m.group()), sentence)
    # ("the paramedic of unit 0317 was injured": a number led by a zero is a unit's, a
    # vehicle's or a file's code, no count; its digits masked, the offsets kept)
    sentence = _ZERO_LED_CODE.sub(lambda m: "x" * len(m.group()), sentence)
    # ("Our driver Abdirahman (No. 7) was killed": a register's number in brackets after a
    # name, no count; blanked, the offsets kept)
    sentence = _BRACKETED_NUMBER.sub(lambda m: " " * len(m.group()), sentence)
    sentence = _BRACKETED_SEMICOLON.sub(lambda m: m.group().replace(";", ","), sentence)
    # ("Our counsellor Amina K. has been missing": a name's initial, its full stop a space,
    # the offsets kept)
    sentence = _NAME_INITIAL.sub(lambda m: m["rest"] + " ", sentence)
    # ("7 among them were released": a translation's "parmi eux", read as "7 of them", the
    # offsets kept)
    sentence = _COUNT_AMONG_THEM.sub(lambda m: "of" + " " * (len(m.group()) - 2), sentence)
    # ("Two families said four of them had returned home": some of the people taken, back;
    # read as "released", the offsets kept; not some of the wounded, home from hospital)
    home = _OF_THEM_HOME.search(sentence)
    if home and (
        previous is not None
        and previous.outcome in ("abducted", "missing")
        or _TAKING.search(sentence[: home.start()])
    ):
        sentence = f"{sentence[: home.end('lead')]}released{sentence[home.end() :]}"
    # ("3 were taken, 2 found dead and the third escaped": the last of the people just
    # counted, by an ordinal or "the other", whose escape or release is one freed; read as
    # "one", the offsets kept)
    sentence = _THE_LAST_FREED.sub(lambda m: "one" + " " * (len(m.group()) - 3), sentence)
    # ("Two of the four were released": the people just counted, named by their count alone,
    # read as "of them", the offsets kept)
    sentence = _OF_THE_COUNT.sub(lambda m: "them" + " " * (len(m.group()) - 4), sentence)
    # ('killed 12 “IRGC forces”', '9 members of a “terrorist team”': a noun the writer quotes
    # from the source, read without its quotation marks, the offsets kept)
    sentence = _QUOTED_NOUN.sub(lambda m: f"{m['lead']} {m['noun']} ", sentence)
    # ("doing 3 deads and 5 wounded": a raw translation's plural of the noun, the Portuguese
    # "mortos", read as "dead", the offsets kept)
    sentence = _DEADS.sub("dead ", sentence)
    field = FORM_FIELD.match(sentence)
    if field:
        return _field_figure(field)
    if SUPERSEDED.search(sentence):
        return []  # "… had reported 6 dead; those figures stand superseded": no figures now
    if _AS_SAID_ABOVE.match(sentence):
        return []  # "As stated above, three students died on that road": told before
    if _DUPLICATE_ENTRY.match(sentence):
        return []  # "DUPLICATE of FB-112 (same caller): 2 killed": a log's entry given again
    # "at 23:40 and two guards were killed": a clock's time is no number of people (masked
    # letter for letter, the offsets kept)
    sentence = _CLOCK_TIME.sub(lambda m: "h" * len(m.group()), sentence)
    # "two C-60 commandos", "an F-16 jet", "AK-47 rifles": a unit's or a model's name, no
    # count (its digits masked letter for letter)
    sentence = _DESIGNATION.sub(lambda m: m["letters"] + "x" * len(m["digits"]), sentence)
    sentence = _UNIT_NUMBER.sub(lambda m: f"{m['unit']} " + "x" * len(m["digits"]), sentence)
    # "Three employees - two labourers and a night guard - were killed": the parts listed
    # between dashes are the toll's own, no figures of their own (blanked, the offsets kept)
    sentence = _DASHED_PARTS.sub(lambda m: " " * len(m.group()), sentence)
    # 'troops had "neutralised" 14 terrorists': a verb in scare quotes is still the verb (its
    # marks blanked, the offsets kept)
    sentence = _QUOTED_VERB.sub(lambda m: f" {m['verb']} ", sentence)
    bare = _SAYS_BARE.match(sentence)
    if bare and previous is not None and not previous.reference:
        # "They killed eleven of our people. The prosecutor's office says eight.": another
        # count of the same victims, by whoever says it
        which = "phrase" if bare["phrase"] else "phrase2"
        count = parse_count(bare[which])
        if count.best is not None and count.best != previous.best:
            return [
                Figure(
                    bare[which],
                    previous.noun,
                    previous.victim_group,
                    count,
                    bare.start(which),
                    bare.end(which),
                    written=bare[which],
                    outcome=previous.outcome,
                )
            ]
    mentions = _mentions(sentence, previous is not None)
    # "supersedes our notice of 3 May, which reported two guards killed": replaced since
    mentions = [
        m
        for m in mentions
        if not _REPLACED_SAID.search(_window_before(sentence, m.start))
        and not _FIRST_COUNT.search(_window_before(sentence, m.start))
    ]
    # "13 miners working for a subcontractor of the company": whom they work for is their
    # employer, no victim
    mentions = [
        m
        for m in mentions
        if not re.search(
            r"(?i)\b(?:working|worked|works|employed|hired|contracted)\s+(?:for|by)\s+$",
            sentence[: m.start],
        )
        or not re.match(r"(?i)an?\s", sentence[m.start : m.end])
    ]
    # "a man who identified himself as the spokesman": a speaker, no victim
    mentions = [
        m
        for m in mentions
        if not re.match(
            r"(?i)\s+who\s+(?:identified|described|introduced)\s+(?:himself|herself)\b",
            sentence[m.end :],
        )
    ]
    # "about 60 armed men attacked the jail and two guards were killed": the attackers'
    # strength, the subject of the attack, no victims (unless they too "were killed")
    mentions = [
        m
        for m in mentions
        if not (
            _ATTACKERS_VERB.match(sentence[m.end :])
            and not _ATTACKERS_FATE.match(sentence[m.end :])
        )
    ]
    # "was beaten to death by a group of about 15 men": the agents of a passive deed, no
    # victims
    mentions = [
        m
        for m in mentions
        if not re.search(
            r"(?i)\b(?:was|were|been)\s+[a-z]+(?:\s+to\s+death)?\s+by\s+an?\s+(?:group|gang|mob|"
            r"band|crowd)\s+of\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|"
            r"over\s+|nearly\s+|up\s+to\s+)?$",
            sentence[: m.start],
        )
    ]
    for i in range(len(mentions)):
        _own_outcome(sentence, mentions, i)
    mentions = [m for m in mentions if not (m.weak and m.outcome is None)]
    for before, mention in zip(mentions, mentions[1:], strict=False):
        joiner = sentence[before.end : mention.start]
        if before.part and re.fullmatch(r"\s+and\s+|\s*,\s*", joiner) and mention.noun != "others":
            mention.part = True  # "comprising 4 women and 5 children": both are parts
    _listed_after_colon(sentence, mentions)
    _whole_by_parts(sentence, mentions)
    mentions = _with_kin(sentence, mentions)
    for i in range(len(mentions)):
        _own_outcome(sentence, mentions, i)
    _list_outcomes(sentence, mentions)
    for mention in mentions:
        if mention.outcome is None and not mention.singular:
            following = [m.start for m in mentions if m.start > mention.start]
            stop = min(following) if following else None
            if stop is not None and not re.search(
                r"(?i)\b(?:were|was|are|is|had|have|has)\b", sentence[mention.end : stop]
            ):
                stop = None  # a list: "14 soldiers and police, and 21 militants, were killed"
            mention.outcome = _nearest_outcome(sentence, mention, stop)
    for before, mention in zip(mentions, mentions[1:], strict=False):
        if mention.elliptic:
            mention.outcome = before.outcome
    _number_given_again(sentence, mentions)
    for before, mention in zip(mentions, mentions[1:], strict=False):
        if (
            before.outcome is None
            and before.group is not None
            and mention.of_them
            and mention.antecedent is None
            and re.search(r"(?i)\s+of\s+them$", sentence[mention.start : mention.end])
            and re.fullmatch(r"(?i)[^.;,]{0,60}\band\s+", sentence[before.end : mention.start])
        ):
            # "eight attackers had been identified and three of them arrested": "them" are
            # the people counted before, though nothing happened to them
            mention.antecedent = before.group
    figures: list[Figure] = []
    parent = previous
    for mention in mentions:
        if mention.outcome is None:
            continue
        if _part_of_them_before(sentence, mention, mentions):
            continue  # "Four of them died …, two of them in theatre": where two of the four died
        back = mention.of_them and mention.antecedent is None
        died_later = (
            (
                mention.of_them
                and mention.outcome == "killed"
                and (
                    parent is not None
                    and parent.outcome == "wounded"
                    or mention.of_outcome == "wounded"
                    and not any(m.outcome == "killed" and not m.of_them for m in mentions)
                    and not _TOLL.search(sentence)  # "…, bringing the toll to 19": a part of it
                    and not _RISEN_TOLL.search(
                        parent.written if parent is previous and parent else ""
                    )
                    # ("the dead are five, not four. One of the injured died": the rise)
                    and not (parent is previous and parent and _corrected_up(parent.written))
                )
            )
            and not _VERBLESS_APPOSITIVE.match(sentence[mention.end :])
        )
        # "31 wounded, five of whom later died": deaths, the wounded who died ("seven
        # admitted, four of them vendors, and one of the guards died": the four are no deaths,
        # the death is said in a clause of its own)
        # (after "… the toll had risen to 13.", "Two of the injured died" tells the rise)
        # "eleven of those abducted were later released": a new outcome for some of them (deaths
        # among them count only as died_later says)
        renewed = mention.of_outcome not in (None, mention.outcome, "wounded")
        renewed = renewed and mention.outcome != "killed"
        toll_part = (
            (
                mention.outcome == "killed"
                and (
                    re.match(
                        r"(?i)\s+(?:more|further|additional)\b",
                        sentence[mention.start :][len(mention.phrase) :],
                    )
                    # ("A further two soldiers died …, bringing the number of our martyrs to eight")
                    or re.search(
                        r"(?i)\b(?:a\s+further|another|an\s+additional)\s+$",
                        sentence[: mention.start],
                    )
                )
                and _TOLL.search(sentence)
            )
            or (
                mention.outcome == "killed"
                and mention.of_outcome == "wounded"
                and _TOLL.search(sentence)
            )
            or (
                mention.outcome == "killed"
                and mention.of_outcome == "wounded"
                and _EARLIER_COUNT_NAMED.search(sentence[: mention.start])
            )  # "our first run carried two deaths; one of the injured died": the rise from it
        )  # "put the toll at 12, saying three more recruits had died": the rise, in the toll
        # ("put the number of dead at seven, saying one of the injured had died" likewise)
        toll_part = toll_part or (
            mention.outcome == "killed" and _explains_toll(sentence, mention.start, mention.phrase)
        )  # "put the number of dead at nine, saying two herders … were found dead": its rise
        toll_part = toll_part or (
            mention.outcome in ("killed", "wounded")
            and _rise_explained(sentence, mention.start, mention.phrase)
        )  # "had risen to three, after a second wounded officer died": the rise, in the toll
        # ("rose to four dead after a woman wounded in the stand died": "wounded" names her)
        # "4 guards killed; one died in hospital", "three killed; two more died": parts
        toll_part = toll_part or (
            mention.outcome == "killed"
            and _died_since_part(sentence, mention.start, mention.phrase)
        )
        # "one more ranger died at hospital, total die 3 persons": the rise, in the total
        toll_part = toll_part or (
            mention.outcome == "killed" and _more_before_total(sentence, mention.start, mention.end)
        )
        if toll_part:
            continue
        if (
            parent is None
            and back
            and mention.outcome == "freed"
            and figures
            and figures[-1].reference
            and figures[-1].outcome in ("abducted", "missing", "arrested")
        ):
            # "About the kidnapping of the four merchants, … rescued two of them": the ones
            # just named as taken, though named as known ("the four"), freed in part
            parent = figures[-1]
        if (
            mention.outcome == "killed"
            and (mention.group or mention.antecedent) == MILITANTS
            and _ONE_FIGHTER_KILLED.search(sentence[: mention.start])
        ):
            continue  # "he killed two terrorists before succumbing": one fighter's share
        # ("19 of the women were freed. The army said it had rescued 24 of them": more than
        # the 19, so no part of them: another count of the freed, by whoever gives it)
        larger = (
            back
            and parent is not None
            and parent.best is not None
            and (parse_count(mention.phrase).best or 0) > parent.best
            and parent.outcome == mention.outcome
        )
        # "abducted 5 employees, of whom 2 have since been released": some of them freed, a
        # new outcome of their own, no part of the count ("6 farmers were kidnapped, of which
        # 3 were released": a translation's "dont", the same)
        freed_part = (
            mention.part
            and mention.outcome == "freed"
            and parent is not None
            # ("six volunteers were detained by armed men, four of whom were released": the
            # held, freed in part, as the taken are)
            and parent.outcome in ("abducted", "missing", "arrested")
            and bool(
                re.search(r"(?i)\bof\s+(?:whom|which)\s+$", sentence[: mention.start])
                or re.match(r"(?i)\s+of\s+(?:whom|which)\b", sentence[mention.end :])
                # ("four of whom": the count's phrase ending on it)
                or re.search(r"(?i)\sof\s+(?:whom|which)$", sentence[mention.start : mention.end])
            )
        )
        if not died_later and (
            (mention.part and not freed_part)
            or (
                back
                and not renewed
                and not larger
                and (parent is None or parent.outcome == mention.outcome)
            )
        ):
            continue  # the same victims again, or some of them
        group = mention.group or mention.antecedent
        other_ours = False
        if group is None:
            group = parent.victim_group if parent is not None else UNKNOWN
            # ("…, killed 19 people; the army reported killing four attackers and capturing
            # two": a clause after a semicolon tells of its own people)
            clause = sentence.rfind(";", 0, mention.start)
            # ("14 fighters were killed, and 3 soldiers were killed and 6 wounded": the count
            # joined by "and" to the one just before, its noun and verb left out, is of its
            # people, whoever else the sentence counts)
            joined = (
                parent is not None
                and figures
                and parent is figures[-1]
                and parent.noun
                and parent.victim_group != UNKNOWN
                and not mention.noun
                and re.fullmatch(
                    r"(?i)\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+\s+and\s+",
                    sentence[parent.end : mention.start],
                )
                # (not the last of a list: "4 soldiers and 14 fighters were killed and 6 …")
                and not (
                    len(figures) > 1
                    and re.fullmatch(
                        r"(?i)\s*(?:,|and|,\s*and)\s*", sentence[figures[-2].end : parent.start]
                    )
                )
            )
            if not joined and (
                len(
                    {
                        f.victim_group
                        for f in figures
                        if not f.reference and (clause < 0 or f.start > clause)
                    }
                )
                > 1
            ):
                group = UNKNOWN  # "six employees and a guard …, and 11 others": whose, unsaid
            if mention.of_outcome and (parent is None or parent.outcome != mention.of_outcome):
                group = UNKNOWN  # the injured of a figure this sentence does not follow
            if mention.noun.casefold() == "others" and _BODIES_OF.search(sentence[: mention.start]):
                group = UNKNOWN  # "the bodies of two others were found": bodies, no one named
            if parent is previous and re.match(
                r"(?i)\s+(?:injured|wounded|dead)\s+(?:were|had|have|was|are)\b",
                sentence[mention.end :],
            ):
                group = UNKNOWN  # "… two fishermen died. The hospital took 17 injured": its own
                # count, of no noun (the sentence before's victims are not named again)
        elif (
            re.fullmatch(r"(?i)\s*other", mention.gap)
            and parent is not None
            and parent.noun.casefold() == mention.noun.casefold()
        ):
            group = parent.victim_group  # "three PMF fighters …. Two other fighters": the same
            if parent.ours:  # "Three of our brothers …. Two other brothers": ours too
                other_ours = True
        try:
            count = parse_count(mention.phrase)
        except ValueError:
            continue
        if count.best is None:
            continue
        outcome = mention.outcome
        if (
            group == UNKNOWN
            and not mention.noun
            and (fired := _FIRED_ON_THEN.search(sentence[: mention.start]))
            and VICTIM_NOUNS.get(fired["noun"].casefold(), UNKNOWN) != UNKNOWN
        ):
            # "border guards opened fire on a group of kolbars …, killing 2 and wounding 3":
            # the bare counts are of the people fired on
            group = VICTIM_NOUNS[fired["noun"].casefold()]
        if (
            outcome == "arrested"
            and group == UNKNOWN
            and not mention.noun
            and _STATE_CAPTOR.search(sentence[: mention.start])
            and re.match(r"\s+alive\b", sentence[mention.end :])
        ):
            group = MILITANTS  # "troops killed seven of them, and we captured two alive"
        elif outcome == "arrested" and group != MILITANTS and _CAPTURED_ONLY.search(sentence):
            outcome = "abducted"  # soldiers or villagers "captured" by militants
        figure = Figure(
            phrase=mention.phrase,
            noun=mention.noun,
            victim_group=group,
            count=count,
            start=mention.start,
            end=mention.end,
            reference=mention.reference,
            written=sentence[mention.start : mention.end],
            outcome=outcome,
            # "three of our brothers …, and four others were wounded": the others are ours too
            ours=bool(_OURS.search(sentence[mention.start : mention.end]))
            or (mention.group is None and parent is not None and parent.ours)
            or other_ours,
            refers_back=back and not any(f for f in figures if not f.reference),
        )
        if not mention.noun and _ENEMY_LOSSES.search(sentence[: mention.start]):
            figure = replace(figure, victim_group=UNKNOWN, enemy=True, ours=False)
        figures.append(figure)
        if (not mention.reference or _VERB_FIRST_THE.search(sentence[: mention.start])) and (
            not mention.of_them or group != UNKNOWN
        ):
            # "9 of them …, while 2 others escaped": the others of the same group ("Dead the
            # 2 soldiers while wounded the 3 others": a translation's verb first, its article)
            parent = figure
    # "Two of the hostages were released" after "abducted eight people": the people counted
    # before, of their group (the role noun says only what happened to them)
    figures = [
        replace(f, victim_group=previous.victim_group)
        if previous is not None
        and previous.outcome in ("abducted", "missing")
        and _OF_THE_HOSTAGES.fullmatch(f.written or "")
        else f
        for f in figures
    ]
    figures = [_one_named_after(sentence, f) for f in figures]
    # "my sources (two medics, one teacher) put the dead at six": who the sources are, in
    # brackets after the word, no one befallen
    figures = [
        f
        for f in figures
        if not (
            _SOURCES_OPENED.search(sentence[: f.start])
            and re.match(r"[^().;]*\)", sentence[f.end :])
        )
    ]
    figures += _identified(sentence, figures)
    figures += _references(sentence, figures) + _tolls(sentence, figures)
    figures += _counts_of_victims(sentence, figures)
    figures += _bodies_counted(sentence, figures)
    figures += _unit_tolls(sentence, figures)
    figures += _numbered_tolls(sentence, figures)
    figures = _revised_counts(sentence, figures)
    figures += _labelled_counts(sentence, figures)
    read_as = _read_as(sentence, figures)
    # ("… may be read as 05, not 04 (one escort vehicle helper admitted late)": who the one
    # more was, in brackets after it, a part of it)
    figures = [
        f
        for f in figures
        if not any(
            r.end <= f.start and re.fullmatch(r"\s*\([^()]*", sentence[r.end : f.start])
            for r in read_as
        )
    ]
    figures += read_as
    figures += _numbers_given_as(sentence, figures)
    figures += _numbers_of_taken(sentence, figures)
    figures += _cases_documented(sentence, figures)
    figures += _counted_in_apposition(sentence, figures)
    figures += _remaining_back_home(sentence, figures)
    # "abducted four workers (three Nigerians and one Ghanaian)": the count told over again in
    # brackets after it, by who they are, a part of it (of its group and outcome, fewer)
    figures = [
        f
        for f in figures
        if not any(
            g.end <= f.start
            and g.best is not None
            and f.best is not None
            and f.best < g.best
            and f.outcome == g.outcome
            and f.victim_group in (g.victim_group, UNKNOWN)
            and re.fullmatch(r"(?:\s+[a-z]+)?\s*\([^()]*", sentence[g.end : f.start])
            and re.match(r"[^()]*\)", sentence[f.end :])
            for g in figures
        )
    ]
    figures = [_noun_before_outcome(sentence, f) for f in figures]
    figures = [
        _lost_of_own(sentence, _whose_bodies(sentence, _owned_toll(sentence, f))) for f in figures
    ]
    figures = _without_explained_deaths(sentence, figures)
    figures = _together_with_others(sentence, figures)
    figures = _of_the_whole_headed(sentence, figures)
    figures = _without_corrected_before(sentence, figures)
    figures = [_held_as_suspects(sentence, f) for f in figures]
    figures = _noun_said_again(figures)
    figures = _without_possessor(sentence, figures)
    figures = _without_whose_demand(sentence, figures)
    figures = _without_apposed_one_of(sentence, figures)
    # "two of those persons died of unrelated causes": deaths the violence did not cause
    figures = [
        f for f in figures if not (f.outcome == "killed" and _OTHER_CAUSES.match(sentence[f.end :]))
    ]
    # "a shooting in the market (1 dead), a personal grudge, not election-related": the report
    # itself puts the incident out of its violence
    figures = [f for f in figures if not _OUT_OF_SCOPE.search(sentence[f.end :])]
    # "who spoke to nine survivors, count 23 killed": those who survived are no dead
    figures = [
        f
        for f in figures
        if not (f.outcome == "killed" and f.noun.casefold() in ("survivors", "survivor"))
    ]
    # "a soldier, Sepoy Amjad Ali, embraced martyrdom": one person, named after the noun (or
    # after "namely": "one Levies sepoy, namely Sepoy Amjad Ali, …")
    figures = [
        f
        for i, f in enumerate(figures)
        if not (
            i > 0
            and f.best == 1 == figures[i - 1].best
            and f.noun[:1].isupper()
            and (
                not figures[i - 1].noun[:1].isupper()
                and re.fullmatch(r",\s*", sentence[figures[i - 1].end : f.start])
                or not _RANK.match(figures[i - 1].noun)
                and _NAMELY.fullmatch(sentence[figures[i - 1].end : f.start])
            )
        )
    ]
    if _NATURAL_HAZARD.search(sentence) and not _VIOLENCE.search(sentence):
        # "floods swept the valley; the office said two people drowned": no violent death
        figures = [f for f in figures if f.outcome not in ("killed", "wounded", "missing")]
    back = (
        _CAME_BACK.match(sentence)
        or _FOUND_ALIVE.match(sentence)
        or _NAMED_FOUND_ALIVE.match(sentence)
        if previous
        else None
    )
    if previous is not None and back is None:
        back = _came_back_of_count(sentence, previous)
    # ("Both came back on Wednesday": the two taken just before)
    number = ("2" if back["number"].casefold() == "both" else back["number"]) if back else ""
    count = parse_count(number) if back else None
    if (
        back
        and count is not None
        and previous.outcome == "abducted"
        and not any(f.outcome == "freed" for f in figures)
    ):
        # "Four women were taken by the attackers. Two of the women walked back into the
        # village on Sunday": some of the people taken came back, freed
        figures.append(
            _freed_again(
                number,
                "",
                previous.victim_group,
                count,
                back.start("number"),
                back.end("whole"),
                back["whole"],
            )
        )
    came = _TAKEN_CAME_BACK.search(sentence)
    count = parse_count(came["number"]) if came else None
    group = (
        VICTIM_NOUNS.get(came["noun"].casefold()) or morphology_group(came["noun"])
        if came
        else None
    )
    if (
        came
        and count is not None
        and count.best is not None
        and group is not None
        and not any(f.outcome == "freed" and f.start >= came.start("whole") for f in figures)
    ):
        # "Four of the abducted women returned on foot": some of those taken, back, freed
        # (in place of any other outcome read for those words: they came back, no more)
        figures = [f for f in figures if f.start != came.start("number")]
        figures.append(
            _freed_again(
                came["number"],
                came["noun"],
                group,
                count,
                came.start("number"),
                came.end("whole"),
                came["whole"],
            )
        )
        figures.sort(key=lambda f: f.start)
    both = BOTH_FREED.match(sentence) if previous is not None else None
    if (
        both
        and previous.outcome == "abducted"
        and previous.best == 2
        # ("Both drivers were released": a noun of people, not "both sides")
        and _people_noun(both["whole"])
        and not previous.reference
        and not any(f.outcome == "freed" for f in figures)
    ):
        # "Two of our drivers were abducted on Monday. Both were released on Friday": the
        # two taken, freed
        figures.append(
            _freed_again(
                "2",
                "",
                previous.victim_group,
                parse_count("2"),
                both.start("whole"),
                both.end("whole"),
                both["whole"],
            )
        )
    for taken in [f for f in figures if f.outcome == "abducted" and f.best and not f.reference]:
        own = _TAKEN_WITH_OWN_BEFORE.search(sentence[: taken.start])
        more = _AND_ONE_MORE_TAKEN.match(sentence[taken.end :])
        if not (own or more and morphology_group(more["noun"]) != MILITANTS):
            continue
        # "was kidnapped with her 2 children" (the one named before counted in), "took our 2
        # diggers and the compressor operator": one person more than the count
        total = str(taken.best + 1)
        figures = [
            f
            for f in figures
            if f is not taken
            and not (own and f.best == 1 and f.outcome == "abducted" and f.end <= own.start())
        ]
        figures.append(replace(taken, count=parse_count(total), phrase=total))
        figures.sort(key=lambda f: f.start)
    they = THEY_FREED.match(sentence) if previous is not None else None
    if (
        they
        and previous.outcome == "abducted"
        and previous.best is not None
        and previous.best >= 2
        and not previous.reference
        and not any(f.outcome == "freed" for f in figures)
    ):
        # "Gunmen took 3 of our herders on Monday. They were let go on Wednesday": those
        # taken, all freed
        figures.append(
            _freed_again(
                str(previous.best),
                "",
                previous.victim_group,
                parse_count(str(previous.best)),
                they.start("whole"),
                they.end("whole"),
                they["whole"],
            )
        )
    same = SAME_ONE_FREED.match(sentence) if previous is not None else None
    if (
        same
        and previous.outcome == "abducted"
        and previous.best == 1
        and re.search(rf"(?i)\b{re.escape(same['noun'])}\b", previous.written or previous.noun)
        and not any(f.outcome == "freed" for f in figures)
    ):
        # "… took away a camp staff member. … the staff member was recovered safely": the one
        # taken, freed
        figures.append(
            _freed_again(
                "1",
                same["noun"],
                previous.victim_group,
                parse_count("1"),
                same.start("whole"),
                same.end("whole"),
                same["whole"],
            )
        )
    # "A teacher was kidnapped at Kalla. His family paid a ransom, and he was released": the
    # one person taken (or missing) just before, named by a pronoun, freed; also after a
    # semicolon of the same sentence ("His driver was taken by the gunmen; he was released")
    taken = [f for f in figures if f.outcome in ("abducted", "missing") and f.best == 1]
    one = None
    if taken:
        one = PRONOUN_FREED.search(sentence, taken[-1].end)
        one = one if one and one["lead"] else None
    elif previous is not None and previous.outcome in ("abducted", "missing"):
        one = PRONOUN_FREED.match(sentence) if previous.best == 1 else None
    if one and not any(f.outcome == "freed" for f in figures):
        figures.append(
            _freed_again(
                "1",
                "",
                (taken[-1] if taken else previous).victim_group,
                parse_count("1"),
                one.start("whole"),
                one.end("whole"),
                one["whole"],
            )
        )
    rest = _REST_OF_TAKEN.match(sentence) if previous is not None else None
    key = next((k for k in ("number", "number2", "number3") if rest[k]), "number") if rest else ""
    count = parse_count(rest[key]) if rest else None
    if (
        rest
        and count is not None
        # (or after others of them came back: "Four came back. … Two are still missing.")
        and (
            previous.outcome == "abducted" or (previous.outcome == "freed" and previous.refers_back)
        )
        and not figures
    ):
        # "Seven officers were taken. … One is still missing.": some of those taken, unaccounted
        # for; "the bodies of two were found": some of them dead
        missing = rest["missing"] is not None
        figures.append(
            Figure(
                rest[key],
                "",
                # (bodies found say nothing of who they were; people found dead are the taken)
                previous.victim_group if missing or key == "number3" else UNKNOWN,
                count,
                rest.start(key),
                rest.end(key),
                written=rest.group().strip(),
                outcome="missing" if missing else "killed",
                refers_back=True,
            )
        )
    condition = _CONDITION.match(sentence)
    if condition:
        # "If a member of your family is missing:", "If two of your relatives were hurt, …":
        # what might be, told to the reader, is no count
        figures = [f for f in figures if f.start >= condition.end()]
    figures = [
        f
        for f in figures
        # "C.2 Persons released", "A.4 Missing persons": a section's number, no count
        if not re.search(r"\b[A-Z]\.$", sentence[: f.start])
        # "the other three have not been found", "two of them have not yet been found": with
        # no noun of people, those of a count told before (not "two volunteers have not yet
        # been found")
        and not (
            f.outcome == "missing"
            and f.noun.casefold() in ("", "them", "of them", "others")
            and _NOT_FOUND.match(sentence[f.end :])
        )
        # "Six persons could not be released": no release
        and not (f.outcome == "freed" and _NOT_RELEASED.match(sentence[f.end :]))
    ]
    # "framed charges against four accused in the bombing in which 54 people were killed":
    # people named by their place in a case are charged, tried or held, never a toll
    figures = [f for f in figures if not _on_trial(sentence, f)]
    # "I charge the unknown accused for the murder of my brother, for injuring my son and for
    # the abduction of my cousin": a complainant's charge names the victims told before again
    charge = _COMPLAINANT_CHARGES.search(sentence)
    if charge:
        figures = [f for f in figures if f.start < charge.end()]
    # "detained a resident of Kibo suspected of passing coordinates": a suspect held
    figures = [
        replace(f, victim_group=MILITANTS)
        if f.outcome == "arrested"
        and f.victim_group in (CIVILIANS, UNKNOWN)
        and _suspect_after_place(sentence[f.end :])
        else f
        for f in figures
    ]
    # "the toll … rose to 34 killed among the apostates": the toll of the people named after
    figures = [
        replace(f, victim_group=VICTIM_NOUNS[among["noun"].casefold()])
        if f.victim_group == UNKNOWN
        and (among := _KILLED_AMONG.match(sentence[f.end :]))
        and among["noun"].casefold() in VICTIM_NOUNS
        and not _among_two_sides(sentence[f.end + among.end() :], among["noun"])
        else f
        for f in figures
    ]
    # "6 dead among the farmers and 3 wounded": the count with no noun after them, theirs too
    figures = sorted(figures, key=lambda f: f.start)
    figures = [
        replace(g, victim_group=f.victim_group)
        if f is not None
        and g.victim_group == UNKNOWN
        and not g.noun
        and f.victim_group != UNKNOWN
        and (among := _KILLED_AMONG.match(sentence[f.end :]))
        and re.fullmatch(r"(?i)\s*(?:,\s*)?and\s+", sentence[f.end + among.end() : g.start])
        else g
        for f, g in zip([None, *figures], figures, strict=False)
    ]
    # "4 soldiers died and the wounded are 7": the wounded of the dead's group, told as their
    # number right after them
    figures = [
        replace(g, victim_group=f.victim_group)
        if f is not None
        and g.victim_group == UNKNOWN
        and f.victim_group != UNKNOWN
        and f.outcome == "killed"
        and g.outcome == "wounded"
        and re.match(r"(?i)(?:the\s+)?(?:wounded|injured)\s+(?:are|were|is|was)\b", g.written or "")
        and re.fullmatch(
            r"(?i)\s+(?:died|were\s+killed|are\s+dead|were\s+dead)\s*,?\s+and\s+",
            sentence[f.end : g.start],
        )
        else g
        for f, g in zip([None, *figures], figures, strict=False)
    ]
    # "its fighters had lost only four men": the group's own dead
    figures = [
        replace(f, victim_group=MILITANTS)
        if f.outcome == "killed"
        and f.victim_group == UNKNOWN
        and f.noun.casefold() in ("men", "")
        and _GROUP_LOST.search(sentence[: f.start])
        else f
        for f in figures
    ]
    # "the terrorists 12 people are eliminated", "killed the soldiers of military council 7
    # people": a translation's noun before its count of people, whose group it names
    figures = [
        replace(f, victim_group=group)
        if f.victim_group == UNKNOWN
        and f.noun.casefold() in ("people", "persons")
        and (before := _NOUN_BEFORE_PEOPLE.search(sentence[: f.start]))
        and (noun := (before["noun"] or before["bare"]).casefold())
        and (
            group := VICTIM_NOUNS.get(noun)
            # (a singular noun right before the count, by its plural: "the ranger 2 persons")
            or (
                VICTIM_NOUNS.get(f"{noun}s")
                if re.search(rf"(?i)\b{noun}\s+$", before.group())
                else None
            )
            or UNKNOWN
        )
        != UNKNOWN
        else f
        for f in figures
    ]
    # "A teacher was abducted on Monday on her way to school, and was released unharmed on
    # Wednesday": the people taken, then freed in the same sentence, a figure freed beside
    figures += [
        replace(f, outcome="freed")
        for f in figures
        if f.outcome == "abducted"
        and not f.reference
        and (freed := _TAKEN_THEN_FREED.match(sentence[f.end :]))
        and not any(f.end < g.start < f.end + freed.end() for g in figures)
    ]
    # "2 volunteers were arrested at the checkpoint and were released the next day": the
    # people held, then let go in the same sentence, a figure freed beside (as for people taken)
    figures += [
        replace(f, outcome="freed")
        for f in figures
        if f.outcome == "arrested"
        and not f.reference
        and (freed := _HELD_THEN_FREED.match(sentence[f.end :]))
        and not any(f.end < g.start < f.end + freed.end() for g in figures)
    ]
    # "the abducted technician was released this afternoon": the one taken, told before,
    # freed (a new outcome of a person already counted: one freed)
    # ("the two abducted employees were released": the count of them, told again)
    for freed in _TAKEN_ONE_FREED.finditer(sentence):
        noun = freed["noun"].casefold()
        group = (
            SINGULAR_NOUNS.get(noun) or VICTIM_NOUNS.get(noun) or morphology_group(noun)
            if freed["count"] or noun in SINGULAR_NOUNS or not noun.endswith("s")
            else None
        )
        count = parse_count(freed["count"] or "one")
        # ("the three kidnapped soldiers were freed": read with the word before the noun as
        # taken, the count told again; what the sentence says of them is their release)
        figures = [
            replace(f, outcome="freed")
            if f.start <= freed.start("noun") < f.end and f.outcome == "abducted"
            else f
            for f in figures
        ]
        if (
            group
            and count.best is not None
            and not any(f.start <= freed.start("noun") < f.end for f in figures)
        ):
            figures.append(
                Figure(
                    freed["count"] or "one",
                    freed["noun"],
                    group,
                    count,
                    freed.start(),
                    freed.end("noun"),
                    written=freed.group("who"),
                    outcome="freed",
                )
            )
    # "Two teachers kidnapped near the border last month were released on Thursday": the
    # people taken earlier, told with their release, are freed (only the release is told)
    figures = [
        replace(f, outcome="freed")
        if f.outcome == "abducted"
        and not f.reference
        and (freed := _TAKEN_EARLIER_FREED.match(sentence[f.end :]))
        and not any(f.end < g.start < f.end + freed.end() for g in figures)
        else f
        for f in figures
    ]
    figures = [f for f in figures if not _OF_THE_WHOLE_BEING.match(f.written)]
    # "the toll of the explosion is 4 martyrs from the security personnel": a toll's count,
    # then whose dead they are
    figures = [
        replace(f, victim_group=FORCES)
        if f.victim_group == UNKNOWN
        and f.outcome == "killed"
        and re.search(r"(?i)\btoll\b", f.text)
        and (whose := _TOLL_OF_FORCES_AFTER.match(sentence[f.end :]))
        and _FORCE_WORD.search(whose["whose"])
        else f
        for f in figures
    ]
    # "Earlier media reports of six wounded were incorrect": a count of earlier reports the
    # sentence calls wrong, replaced (the right one is told on its own)
    figures = [
        f
        for f in figures
        if not (
            _EARLIER_REPORTS_OF.search(sentence[: f.start])
            and _CALLED_WRONG_AFTER.match(sentence[f.end :])
        )
    ]
    # "17 attempted murders were recorded", "linked to 2 earlier murders": crimes counted,
    # no people
    figures = [
        f
        for f in figures
        if not re.search(
            r"(?i)\b(?:attempted|earlier|previous|prior|unsolved)\s+(?:murders|killings)$", f.text
        )
    ]
    # "a grader and a water bowser were destroyed": destroyed is said of fighters killed
    # ("80 extremists were destroyed"), of others it tells of things
    figures = [
        f
        for f in figures
        if f.victim_group == MILITANTS
        or f.outcome != "killed"
        or not _destroyed_after(sentence, f.end)
    ]
    if not _HELD_WORDS.search(sentence) and any(f.outcome == "killed" for f in figures):
        # "the driver was shot dead and his assistant escaped into the bush": got away from
        # the attack, never held (no one taken in the sentence), no one freed
        figures = [
            f
            for f in figures
            if not (f.outcome == "freed" and _ESCAPED_THE_ATTACK.match(sentence[f.end :]))
        ]
    widened = [_in_all(sentence, f) for f in figures]
    # (the one before "and", "our son and 2 other boys, 3 in all", is in the whole)
    figures = [
        w
        for w in widened
        if not any(
            o is not f and re.fullmatch(r"\s+and\s+", sentence[w.end : f.start]) and w.best == 1
            for o, f in zip(widened, figures, strict=True)
        )
    ]
    return sorted(figures, key=lambda f: f.start)


# "He and 3 other boys, 4 in total, escaped": the whole, told right after the others
_IN_ALL_AFTER = re.compile(r"(?i)^\s*,\s*(?P<n>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+in\s+(?:total|all)\b")


def _in_all(sentence: str, figure: Figure) -> Figure:
    """Someone "and 3 other boys, 4 in total": the count is the whole the sentence gives
    right after the others, one more than them.

    >>> [(f.text, f.best) for f in find_casualty_figures(
    ...     "Our son and 2 other boys, 3 in all, were freed on Sunday.")]
    [('2 other boys', 3)]
    >>> [(f.text, f.best) for f in find_casualty_figures(
    ...     "Our son and 2 other boys were freed on Sunday.")]
    [('Our son', 1), ('2 other boys', 2)]
    """
    whole = _IN_ALL_AFTER.match(sentence[figure.end :])
    if (
        whole is None
        or figure.best is None
        or not re.search(r"(?i)\bother\b", figure.written or figure.phrase)
        or not re.search(r"(?i)\band\s+$", sentence[: figure.start])
    ):
        return figure
    count = parse_count(whole["n"])
    if count.best != figure.best + 1:
        return figure
    return replace(figure, count=count)


# got away from the attack itself: "… escaped into the bush", "… escaped unhurt"
_ESCAPED_THE_ATTACK = re.compile(
    r"(?i)^\s+(?:(?:was|were|had|has|have)\s+)?escaped\s+(?:into\s+the\s+(?:bush|forest|"
    r"woods|fields?|night)|unhurt|unharmed|uninjured|unscathed)\b"
)
# anyone held in the sentence, whose escape would be a release
_HELD_WORDS = re.compile(
    r"(?i)\b(?:kidnap\w*|abduct\w*|captiv\w*|captors?|hostages?|held|seized|taken)\b"
)


# "…, two of the dead being children", "one of the wounded being a nurse": an absolute phrase
# naming who some of a count told before were, a part of it, no figure of its own (as "two of
# the dead were children")
_OF_THE_WHOLE_BEING = re.compile(
    r"(?i)^\S+\s+of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|abducted|"
    r"kidnapped|hostages|missing)\s+being\b"
)


# "the abducted technician was released", "the kidnapped driver has been freed": one person
# taken, then freed
_TAKEN_ONE_FREED = re.compile(
    r"(?i)\b(?P<who>the\s+(?:(?P<count>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+)?(?:abducted|kidnapped|captive|seized)\s+"
    r"(?P<noun>[a-z][a-z-]+))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:later\s+|safely\s+|finally\s+|"
    r"also\s+)?(?:released|freed|rescued|set\s+free)\b"
)


# the people taken earlier, the participle after their noun, then the sentence's own verb their
# release: " kidnapped near Banisa last month were released on Thursday"
_TAKEN_EARLIER_FREED = re.compile(
    r"(?i)^\s+(?:kidnapped|abducted|seized|taken\s+hostage)\b(?:\s+(?!(?:and|but|while|who|"
    r"which|that)\b)[^\s,.;:]+){0,8}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:later\s+|finally\s+|eventually\s+|safely\s+)?(?:released|freed|rescued|set\s+free)\b"
)
# earlier reports of a count, then what the sentence calls them: "Earlier media reports of six
# wounded were incorrect"
_EARLIER_REPORTS_OF = re.compile(
    r"(?i)\b(?:earlier|previous|initial|first|early)\s+(?:[\w-]+\s+)?(?:reports?|accounts?)\s+"
    r"(?:of|that)\s+(?:(?!\d)[^.;]){0,30}$"
)
_CALLED_WRONG_AFTER = re.compile(
    r"(?i)^(?:(?!\d)[^.;]){0,40}?\b(?:was|were|is|are|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:incorrect|wrong|false|untrue|inaccurate|mistaken|erroneous)\b"
)
# whose dead a toll's count are, right after it: " martyrs from the security personnel"
_TOLL_OF_FORCES_AFTER = re.compile(
    r"(?i)^\s+(?:martyrs?|dead|killed|deaths?|fatalities)\s+(?:from|of|among)\s+(?:the\s+)?"
    r"(?P<whose>(?:[\w-]+\s+){0,2}?(?:personnel|forces|ranks|elements|members))\b"
)
# the people just counted, taken and then freed, in one clause: "… were kidnapped on Monday
# and were released on Friday", "… was abducted …, and released unharmed two days later"
_TAKEN_THEN_FREED = re.compile(
    # (whom they belong to between: "One teacher of the central school was abducted …")
    r"(?i)^(?:\s+(?:of|from)\s+[^,.;\d]{1,60}?)?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:abducted|kidnapped|"
    r"taken\s+hostage|seized)\b[^.;]{0,90}?,?\s+and\s+(?:(?:was|were|had\s+been|has\s+been|"
    r"have\s+been)\s+)?(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:released|freed|"
    r"rescued|set\s+free)\b"
)


# people held as a group's supporters: "arrested 6 villagers as suspected PDF supporters",
# "detained nine youths as alleged sympathisers of the rebels"
_AS_SUSPECTED_SUPPORTERS = re.compile(
    r"(?i)[^.;]{0,40}?\bas\s+(?:suspected|alleged)\s+(?:[\w-]+\s+){0,2}?(?:supporters|"
    r"sympathi[sz]ers|backers|helpers)\b"
)
# a translation's victims named before their count of people: "the terrorists 12 people",
# "the soldiers of military council 7 people", "the civilian 13 people"
_NOUN_BEFORE_PEOPLE = re.compile(
    r"(?i)\bthe\s+(?P<noun>[a-z]{4,20})(?:\s+of\s+(?:the\s+)?[\w\s-]{3,40}?)?\s+$|"
    # ("…, insurgent 2 persons died", "and crew workers 3 persons are disappeared": the noun,
    # singular or plural, opening its clause with no article)
    r"(?:^|[,;:]\s*|\band\s+)(?:[a-z]{3,12}\s+)?(?P<bare>[a-z]{4,20})\s+$"
)


# the people just counted, held and then let go, in one clause: "… were arrested at the
# checkpoint and were released the next day", "… were detained and later freed without charge"
_HELD_THEN_FREED = re.compile(
    r"(?i)^(?:\s+(?:of|from)\s+[^,.;\d]{1,60}?)?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:arrested|detained|apprehended|held)\b[^.;]{0,90}?,?\s+and\s+(?:(?:was|were|had\s+been|"
    r"has\s+been|have\s+been)\s+)?(?:later\s+|subsequently\s+|then\s+|eventually\s+)?"
    r"(?:released|freed|set\s+free)\b"
)


# a count's outcome, then whose: "34 killed among the apostates", "12 dead among the soldiers"
# a count, then "among them": "7 among them were released" ("among them 11 children", the
# count after, names a part, as before)
# "… and the third escaped", "the other was released": the last one of a count just told
_THE_LAST_FREED = re.compile(
    r"(?i)\bthe\s+(?:other|second|third|fourth|fifth|sixth|last)(?:\s+one)?"
    r"(?=\s+(?:(?:later|also|then)\s+)?(?:escaped|fled\s+from\s+(?:them|his|her|their)\b|"
    r"managed\s+to\s+(?:escape|flee)|(?:was|has\s+been|had\s+been)\s+(?:later\s+)?"
    r"(?:released|freed|rescued|set\s+free|found\s+alive))\b)"
)
# some of the people taken, back home: "One of them has returned home", "four of them had
# returned home on 25 August" (the verb read as "released", letter for letter)
_OF_THEM_HOME = re.compile(
    r"(?i)(?P<lead>\bof\s+them\s+(?:(?:have|has|had)\s+)?(?:(?:since|later|safely|already|"
    r"now)\s+)?)returned(?=\s+(?:safely\s+)?(?:home|to\s+(?:their|his|her)\s+(?:famil(?:y|ies)|"
    r"villages?|homes?))\b)"
)
# words of taking before such a sentence's "of them": its own taken
_TAKING = re.compile(r"(?i)\b(?:abduct|kidnap|hostage|taken|took|seized|captive)")
_COUNT_AMONG_THEM = re.compile(
    r"(?i)(?:(?<=\d\s)|(?<=\bone\s)|(?<=\btwo\s)|(?<=\bthree\s)|(?<=\bfour\s)|(?<=\bfive\s)|"
    r"(?<=\bsix\s)|(?<=\bseven\s)|(?<=\beight\s)|(?<=\bnine\s)|(?<=\bten\s))"
    r"(?:among(?=\s+(?:them|those|these)\b)|"
    # ("2 from them were found killed", "took 2 from our workers": a raw translation's "min",
    # a count then "from" them or one's own people, read as "of")
    r"from(?=\s+(?:them|those|these|whom|our|their)\b))"
    # ("the dead are 7 among them 2 children": a count right after "among them" names a part
    # of the count before, which stays the count, as after a comma)
    r"(?!\s+(?:them|those|these)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a|an)\s))"
)
# a noun in quotation marks right after a count, or after "of a": the source's words
# ('killed 12 “IRGC forces”', '9 members of a “terrorist team”'), up to four words
_QUOTED_NOUN = re.compile(
    r"(?P<lead>(?<![\w.,])\d{1,4}\s+|\b(?:of|from)\s+(?:a|an|the)\s+)[“\"]"
    r"(?P<noun>(?:(?!of\s)[A-Za-z][\w-]*\s+){0,3}(?-i:[a-z][\w-]*|[A-Z]{2,6}))[”\"]"
)
# a part of a count told before, named by that count alone, with a verb of its own after:
# "Two of the four were released", "one of the three has since died" (the words "the four"
# only; "two of the 14 injured persons" names its noun and stays)
_OF_THE_COUNT = re.compile(
    r"(?i)(?<=\bof\s)the\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?=\s+(?:were|was|have|has|had|are|is)\s)"
)
_KILLED_AMONG = re.compile(
    # ("made 6 dead among the farmers": the outcome word read with the count, the people after)
    r"(?i)^\s+(?:(?:killed|dead|wounded|injured)\s+)?(?:among|in\s+the\s+ranks\s+of)\s+(?:the\s+)?"
    r"(?P<noun>[a-z][\w-]+)\b"
)
# a second people after the first of "killed among": "41 killed among the Christians and the
# apostates"
_AND_AMONG_NEXT = re.compile(
    r"(?i)^\s+and\s+(?:the\s+|among\s+(?:the\s+)?)?(?P<noun>[a-z][\w-]+)\b"
)


def _among_two_sides(after: str, first: str) -> bool:
    """Whether the people named after a "killed among" count's first people are of another
    side ("41 killed among the Christians and the apostates": civilians and the state's men,
    one count over both, whose side is not one).

    >>> _among_two_sides(" and the apostates", "Christians")
    True
    >>> _among_two_sides(" and the farmers", "villagers")
    False
    """
    other = _AND_AMONG_NEXT.match(after)
    if not other or other["noun"].casefold() not in VICTIM_NOUNS:
        return False
    return VICTIM_NOUNS[other["noun"].casefold()] != VICTIM_NOUNS[first.casefold()]


# an armed group's fighters as those who lost the men counted after: "the rebels lost four
# men", "its fighters had lost only two"
_GROUP_LOST = re.compile(
    r"(?i)\b(?:its|their|the|the\s+group's)\s+(?:fighters|militants|rebels|insurgents|"
    r"mujahideen)\s+(?:had\s+|have\s+)?lost\s+(?:only\s+|just\s+)?$"
)


# when, opening the sentence before the count of people back: "Last Tuesday, two of them
# walked back", "A week later, six of the men were found alive"
_WHEN_OPENING = (
    rf"(?:(?:(?:on|last|early\s+on|late\s+on|by)\s+)?(?:{DAY_NAMES}|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?:days?|weeks?|months?)\s+later|"
    rf"later|since\s+then|eventually|on\s+\d{{1,2}}\s+(?:{MONTH_NAMES})|"
    rf"on\s+(?:{MONTH_NAMES})\s+\d{{1,2}}),\s+"
)
# (one of them named between commas: "Three of them, the bride among them, came back")
_AMONG_THEM_APPOSED = (
    r"(?:,\s+(?:the\s+|his\s+|her\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+among\s+them,)?"
)
# some of the people taken, back of their own: "Two of the women walked back into Naulala",
# "Three of them found their way back", "One of the boys returned home"
_CAME_BACK = re.compile(
    # ("Only four of them have come back alive", "Two of them came home on Sunday")
    r"(?i)^\s*(?:(?:and|but)\s+)?"
    rf"(?:{_WHEN_OPENING})?"
    # (relief or thanks before the count: "by the grace of God, four of them returned to us",
    # "thankfully, two of them came home")
    r"(?:(?:by\s+the\s+grace\s+of\s+(?:god|allah)|thank(?:fully|s\s+be\s+to\s+(?:god|allah))|"
    r"fortunately|happily|mercifully|praise\s+(?:be\s+to\s+)?(?:god|allah)),\s+)?(?:only\s+)?"
    r"(?P<whole>(?P<number>[\w-]+)\s+of\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?))"
    + _AMONG_THEM_APPOSED
    + r"\s+(?:have\s+|has\s+|had\s+)?(?:since\s+|later\s+)?"
    # ("Three of them trekked back to town through the bush")
    r"(?:(?:walked|trekked|came|come|made\s+(?:their|his|her)\s+way|found\s+(?:their|his|her)\s+way)\s+"
    r"(?:back|home)|"
    r"returned\s+(?:home|to\s+(?:their|his|her)\s+(?:families|family|homes?|village))|"
    # (the community they were taken from speaking: "four of them returned to us")
    r"returned\s+to\s+us)\b"
)
# a bare count of the people just told taken, back: "Seven villagers were kidnapped on the
# road. 2 came back on Thursday …", "Two came back after a month" (the sentence opens on the
# count and its verb of coming back: no noun, the people are those taken just before)
_COUNT_CAME_BACK = re.compile(
    # ("Praise God, fourteen came back on Friday": thanks given before the count)
    r"(?i)^\s*(?:(?:praise|thank|thanks\s+(?:be\s+)?to)\s+(?:god|the\s+lord|allah),\s+)?"
    rf"(?:(?:and|but)\s+)?(?:{_WHEN_OPENING})?(?:only\s+)?(?P<whole>(?P<number>\d{{1,3}}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|both))\s+(?:have\s+|has\s+|had\s+)?(?:since\s+|later\s+)?"
    r"(?:came|come|walked|got|made\s+it)\s+back\b"
)
# some of the people the sentence itself calls taken, back: "Four of the abducted women
# returned on foot", "two of the kidnapped traders came back on Sunday" (freed, with no
# sentence before needed: the noun's own word says they were taken)
_TAKEN_CAME_BACK = re.compile(
    r"(?i)(?:^|[;,]\s+|\b(?:and|but)\s+)(?P<whole>(?P<number>[\w-]+)\s+of\s+the\s+"
    r"(?:abducted|kidnapped|captive|seized)\s+(?P<noun>[a-z]+))\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:since\s+|later\s+)?"
    r"(?:returned|came\s+back|come\s+back|walked\s+back|made\s+it\s+back|got\s+back)\b"
)


# the two taken, freed together: "Both were released two days later", "Both of
# them were freed on Sunday" (a sentence that opens on "Both", the two told just before)
# "the funeral of her brother, one of the police officers killed in the ambush": a person
# named by a possessive, then "one of the …" told by what befell them: who one of a toll was,
# neither the person nor the one a count (a toll given with a number stays: "one of the 4")
_APPOSED_ONE_OF = re.compile(
    r"(?i)\b(?:his|her|their|my|our|your)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s+"
    r"(?P<one>one)\s+of\s+(?:the|those)\s+"
    rf"(?:(?!\d|(?:{_NUMBER_WORD})\b)[\w'’-]+\s+){{0,3}}?"
    r"(?:killed|dead|died|martyred|wounded|injured|hurt|abducted|kidnapped|taken|arrested|"
    r"detained|missing|freed|released)\b"
)


def _without_apposed_one_of(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "her brother, one of the police officers killed": who one of a toll was, no count.

    >>> f = find_casualty_figures("We buried my cousin, one of the guards killed at the gate.")
    >>> [(x.best, x.outcome) for x in f]
    []
    """
    spans = [m for m in _APPOSED_ONE_OF.finditer(sentence)]
    if not spans:
        return figures
    return [f for f in figures if not any(m.start() <= f.start < m.end("one") for m in spans)]


# whose word or hand something was, no victim: "disobedience to the lawful demand of a police
# officer", "on the orders of a commander", "in the custody of a guard"
_WHOSE_DEMAND = re.compile(
    r"(?i)\b(?:demands?|orders?|instructions?|requests?|commands?|custody|authority|presence|"
    r"permission|direction|warning)\s+of\s+$"
)


def _without_whose_demand(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "… for disobedience to the lawful demand of a police officer": one person after "the
    demand (order, custody …) of" is whose it was, no victim.

    >>> f = find_casualty_figures("12 persons were detained for disobeying the lawful "
    ...     "demand of a police officer.")
    >>> [(x.best, x.outcome) for x in f]
    [(12, 'arrested')]
    """
    return [
        f
        for f in figures
        if not (
            f.best == 1
            and re.match(r"(?i)(?:a|an|the)\s", sentence[f.start : f.end])
            and _WHOSE_DEMAND.search(sentence[max(0, f.start - 40) : f.start])
        )
    ]


def _without_possessor(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "The two sisters of our driver were abducted": one person right after "of" behind a
    figure is whose they are, no victim (the sisters are the two abducted).

    >>> f = find_casualty_figures("The two sisters of our driver Issa were abducted at dawn.")
    >>> [(x.best, x.outcome) for x in f]
    [(2, 'abducted')]
    """
    kept = []
    for f in figures:
        before = [g for g in kept if g.end <= f.start]
        if (
            f.best == 1
            and before
            and re.fullmatch(r"\s+of\s+", sentence[before[-1].end : f.start])
            and re.match(r"(?i)(?:our|my|their|his|her|a|an|the)\s", sentence[f.start : f.end])
        ):
            continue
        kept.append(f)
    return kept


def _people_noun(both: str) -> bool:
    """Whether "both …" names people by its noun, or by no noun at all.

    >>> _people_noun("Both"), _people_noun("Both drivers"), _people_noun("Both sides")
    (True, True, False)
    """
    words = both.split()
    noun = words[-1].casefold() if len(words) > 1 and words[1].casefold() != "of" else None
    return noun is None or bool(VICTIM_NOUNS.get(noun) or morphology_group(noun))


# (also after a log's day label, and by their noun: "Sat 6 Sept: Both drivers were released")
BOTH_FREED = re.compile(
    r"(?i)^\s*(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\s+(?-i:[A-Z])[a-z]{2,8}\.?\s*:\s+)?"
    r"(?:(?:and|but)\s+)?(?P<whole>both(?:\s+of\s+them|\s+(?:the\s+)?[a-z]+s)?)\s+"
    r"(?:(?:were|have\s+been|had\s+been)\s+"
    r"(?:(?:later|since|also|safely)\s+)?(?:released|freed|set\s+free|let\s+go)|"
    # ("Both returned home on Wednesday", "Both came back on Friday": the two taken, home again)
    r"(?:have|had)\s+(?:since\s+|later\s+|safely\s+)?(?:returned|come\s+back)|"
    r"(?:returned|came\s+back)(?=\s+(?:home|safely|on|after)\b))\b"
)
# the one person taken, named again by the noun he was counted with, freed: "the staff
# member was recovered safely", "As per police, the driver was released on Monday"
SAME_ONE_FREED = re.compile(
    r"(?i)^\s*(?:[^,;.]{0,60},\s+)?(?P<whole>the\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+))\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:later\s+|safely\s+|since\s+)?(?:released|freed|"
    r"rescued|recovered\s+(?:safely|safe|alive|unharmed|unhurt))\b"
)
# the one person just told taken, named by a pronoun, freed in a clause after another: "His
# family paid a ransom, and he was released", "…; he had been held for two days and was
# released with a warning" (after a semicolon: "lead"; a sentence opening on "He was
# released" is left alone)
PRONOUN_FREED = re.compile(
    r"(?:(?P<lead>;)\s*(?:(?:and|but)\s+)?|^[^,;.]{0,60},\s+(?:and|but)\s+|"
    # ("The family paid 15,000 dollars and he was released": a ransom paid, then "and", no
    # comma; the thousands' comma of the sum no clause's end)
    r"^[^;.]{0,40}?\b(?:paid|pays|gave|handed\s+over)\b(?:[^,;.]|,(?=\d{3}))"
    r"{0,60}?\s+(?:and|but)\s+)(?P<whole>(?-i:[Hh]e|[Ss]he))\s+"
    r"(?:had\s+been\s+(?:held|kept)\b[^.;]{0,60}?\s+and\s+)?"
    r"(?:was|has\s+been|had\s+been)\s+(?:later\s+|safely\s+|since\s+|finally\s+|eventually\s+)?"
    r"(?:released|freed|rescued|set\s+free)\b"
)
# "They were let go the next morning", "Tir 19: They were released after …": the people taken
# in the sentence before, all of them, freed (a note's date label may open the sentence)
THEY_FREED = re.compile(
    r"^\s*(?:[\w./-]{1,12}(?:\s[\w./-]{1,12})?\s*:\s+)?(?:(?:and|but)\s+)?(?P<whole>(?-i:They))\s+"
    r"(?:all\s+)?(?:(?:were|have\s+been|had\s+been)\s+(?:(?:later|since|also|safely|finally|"
    r"eventually|all)\s+)?(?:released|freed|set\s+free|let\s+go)|(?:have\s+|had\s+)?"
    r"(?:since\s+|later\s+|safely\s+)?(?:came\s+back|returned)(?=\s+(?:home|safely|on|after)\b))\b"
)
# "was kidnapped with her 2 children": the one person taken and those taken with him or her,
# one count
_TAKEN_WITH_OWN_BEFORE = re.compile(
    r"(?i)\b(?:was|has\s+been|had\s+been)\s+(?:kidnapped|abducted|taken|seized)\s+(?:away\s+)?"
    r"(?:along\s+|together\s+)?with\s+(?:her|his)\s+$"
)
# "took our 2 diggers and the compressor operator": one more person named by his trade after
# the count taken (a noun in the singular, then the clause's end or its place)
_AND_ONE_MORE_TAKEN = re.compile(
    r"(?i)^\s+and\s+(?:the|our|their)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+(?:er|or|man|boy))"
    r"(?=\s*[.;]|\s+(?:with\s+them|away|along)\b)"
)
# the verb of people taken and found alive, after whoever they are
_WERE_FOUND_ALIVE = (
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?"
    r"found\s+alive\b"
)
# some of the people taken, found alive: "Three were found alive two days later", "Two of
# the boys have since been found alive"
_FOUND_ALIVE = re.compile(
    r"(?i)^\s*(?:(?:and|but)\s+)?"
    rf"(?:{_WHEN_OPENING})?"
    # (after a speaker's "that": "I can confirm to this House that two of the four teachers
    # were found alive", "Police said that three of them were found alive")
    r"(?:[^.;:“”\"]{1,60}?\b(?:confirm|confirms|confirmed|said|says|announced|reported|"
    r"stated)(?:\s+to\s+(?:the|this|our)\s+[\w-]+)?\s+that\s+)?(?:only\s+)?"
    r"(?P<whole>(?P<number>[\w-]+)(?:\s+of\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?))?)\s+"
    + _WERE_FOUND_ALIVE
)
# the people taken named again by their number, found alive: "The two women were found alive
# on Thursday morning"
_NAMED_FOUND_ALIVE = re.compile(
    rf"(?i)^\s*(?:{_WHEN_OPENING})?the\s+(?P<whole>(?P<number>two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2})(?:\s+[a-z-]+)?\s+(?:[a-z-]+s|[a-z-]*men|children|people))\s+"
    + _WERE_FOUND_ALIVE
)
# what became of the rest of the people taken, told by a bare count: "One is still missing",
# "the bodies of two were found"
_REST_OF_TAKEN = re.compile(
    r"(?i)^\s*(?:(?:and|but)\s+)?(?:(?P<number>one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\s+(?:is|are|was|were|remains?)\s+still\s+(?P<missing>missing|unaccounted\s+for)|"
    r"the\s+bodies\s+of\s+(?P<number2>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:of\s+them\s+)?(?:were|have\s+been|had\s+been)\s+(?:found|recovered|discovered)|"
    # "Two were later found dead in the forest": some of them dead
    r"(?P<number3>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:of\s+them\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:later\s+|since\s+|then\s+)?found\s+dead)\b"
)
# "… have not yet been found": not found, with no "since" after it
_NOT_FOUND = re.compile(
    r"(?i)^(?:\s+of\s+them)?\s+(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:found|located|traced)(?!\s+since\b)"
)
# a condition opening the sentence, up to its comma, colon or "then": "If a member of your
# family is missing:", "Should any of our guests be injured, …"
_CONDITION = re.compile(r"(?i)^\s*(?:if|unless|should|in\s+case)\b[^,:;]*(?:[,:;]|$)")


# a flood, a storm, an earthquake, an illness: deaths it causes are no political violence
_NATURAL_HAZARD = re.compile(
    r"(?i)\b(?:floods?|flooding|flooded|flash\s+floods?|landslides?|mudslides?|storms?|"
    r"cyclones?|hurricanes?|earthquakes?|lightning|heavy\s+rains?|drought|cholera|measles|"
    r"malaria|pneumonia|road\s+accident|traffic\s+accident)\b"
)
# what makes it violence after all: a weapon, an attacker, an armed force
_VIOLENCE = re.compile(
    r"(?i)\b(?:attack\w*|gun\w*|shot|shoot\w*|fired|bomb\w*|explosi\w*|blast|IED|armed|"
    r"militan\w*|insurgen\w*|rebels?|raid\w*|ambush\w*|clash\w*|fighting|bandits?|"
    r"kidnap\w*|abduct\w*|stabb\w*|machetes?|massacre\w*|shell\w*|strikes?|soldiers?|"
    r"troops|police|terroris\w*|jihadis\w*|murder\w*|lynch\w*|executed|beheaded)\b"
)


# "put the army's losses higher, at between 25 and 30 dead": whose losses the number counts
_LOSSES_OF = re.compile(
    r"(?i)\b(?P<whose>army|military|soldiers|troops|police|security\s+forces|militants|"
    # ("put resistance losses at six dead": an armed resistance's own)
    r"insurgents|rebels|attackers|jihadists|terrorists|resistance|guerrillas?)(?:[’']s?)?\s+"
    r"(?:own\s+)?(?:losses|"
    r"casualties|death\s+toll|dead)\b[^.;]{0,40}$"
)


# the side whose losses a toll counts, by the word for it (the state's forces else)
_LOSER_GROUP = dict.fromkeys(
    (
        "militants",
        "insurgents",
        "rebels",
        "attackers",
        "jihadists",
        "terrorists",
        "resistance",
        "guerrilla",
        "guerrillas",
    ),
    MILITANTS,
)


# "the total losses of the enemy … reached 49 killed", "the enemy's dead numbered 30": a
# number with no noun counting the speaker's enemy (read against the speaker, as "our" is)
_ENEMY_LOSSES = re.compile(
    r"(?i)\b(?:(?:losses|casualties|dead|toll)\s+(?:of|among|inflicted\s+on)\s+the\s+enemy|"
    r"(?:the\s+)?enemy(?:'s)?\s+(?:losses|casualties|dead|toll))\b[^.;]{0,60}$"
)
_OF_THE_HOSTAGES = re.compile(
    r"(?i)\S+\s+of\s+(?:the|those|these)\s+(?:hostages|captives|abductees|victims|kidnap\s+victims|"
    # "one of the abducted men was found dead": the people taken, by what happened to them
    r"(?:abducted|kidnapped|missing)\s+(?:men|people|persons))"
)
_DEAD_AMONG = re.compile(
    r"(?i)\b(?:dead|killed|deaths)\s+(?:among|in\s+the\s+ranks\s+of)\s+(?:the\s+)?(?P<whose>army|"
    r"military|soldiers|troops|police|security(?:\s+(?:forces|members|personnel))?|militants|"
    r"insurgents|rebels|attackers|jihadists|terrorists)\b"
)


# "15 young men were taken away by soldiers … on suspicion of supporting the militia": the
# state's forces holding suspects, an arrest, not an abduction
# what people were arrested for: helping the attackers ("for providing logistic support to
# the terrorists", "for harbouring the gunmen", "on suspicion of links with the group")
_ARRESTED_FOR_AIDING = re.compile(
    r"(?i)^\s+(?:for\s+(?:allegedly\s+)?(?:providing|giving|offering|supplying|harbou?ring|"
    r"sheltering|aiding|helping|financing|funding|guiding)\b[^.;]{0,60}?\b(?:to|with|for|of)?\s*"
    r"(?:the\s+)?(?:terrorists|militants|attackers|insurgents|bandits|gunmen|rebels|jihadists|"
    r"kidnappers|group)\b|on\s+suspicion\s+of\s+(?:links|ties|collaborat|aiding|helping|"
    r"belonging|membership|being\s+(?:members|informants|collaborators)))"
)
# held on suspicion of belonging to an armed group, later in the clause of the count
_ON_SUSPICION_OF_LINKS = re.compile(
    # (a date in figures between: "at Jiribam on 13.11.2024 on suspicion of …")
    r"(?i)^(?:[^.;]|\.(?=\d)){0,100}?\bon\s+suspicion\s+of\s+(?:links|ties|belonging|membership)\s+"
    r"(?:with|to|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:armed\s+groups?|groups?|"
    r"militants|militias?|insurgents|rebels|separatists|terrorists|jihadists|gangs?)\b"
)
_HELD_BY_FORCES = re.compile(
    r"(?i)^[^.;]{0,40}?\bby\s+(?:the\s+)?(?:soldiers|police|policemen|troops|security\s+forces|"
    r"army|gendarmes|gendarmerie|military)\b[^.;]{0,80}?\b(?:on\s+suspicion\s+of|accused\s+of|"
    r"suspected\s+of)\b"
)


# suspects taken, picked up or seized: held by whoever looked for them, not abducted
_TAKEN_AFTER = re.compile(
    r"(?i)^[\"”']?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:taken|picked\s+up|seized|"
    r"taken\s+away|whisked\s+away)\b"
)


_OUT_OF_SCOPE = re.compile(
    r"(?i)^[^.;]{0,80}?\b(?:not|non)[- ](?:election|conflict|terror(?:ism)?|insurgency|militancy|"
    r"poll|security)[- ]related\b"
)


_OTHER_CAUSES = re.compile(
    r"(?i)^[^.;]{0,40}?\b(?:died|dead)\s+(?:of|from)\s+(?:natural|unrelated|other|"
    r"old\s+age|illness|disease)"
)


# a complainant's charge in a first information report: "I charge the accused for …"
_COMPLAINANT_CHARGES = re.compile(
    r"(?i)\b(?:I|we)\s+(?:hereby\s+)?(?:charge|accuse|nominate)\s+(?:the\s+)?"
    r"[^.;]{0,40}?\b(?:accused|persons|men|culprits|assailants|attackers)\s+(?:for|with|of)\s"
)


# what a court or a prosecutor does to people ("four accused", "two men"), just before the
# figure ("charges against",
# "indicted", "the trial of", "bail to") or as its verb after it ("were convicted")
_JUDICIAL_BEFORE = re.compile(
    r"(?i)\b(?:charges?\s+against|charged|charging|indicted|indicts|indicting|convicted|convicts|"
    r"sentenced|sentences|acquitted|acquits|remanded|arraigned|tried|trial\s+of|bail\s+to|"
    r"verdict\s+(?:against|on)|hearing\s+(?:of|against)|prosecut(?:ed|es|ing))"
    # ("charging the leader of a gang and two of its members with …": one named before them)
    r"(?:\s+(?:the|a|an|its|their)\s+[\w'’ -]{1,50}?\s+and)?"
    r"\s+(?:(?:the|all|its|their)\s+)?$"
)
_JUDICIAL_AFTER = re.compile(
    r"(?i)^\s*,?\s*(?:who\s+)?(?:(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?(?:charged|indicted|"
    r"convicted|sentenced|acquitted|remanded|arraigned|tried|produced|granted\s+bail)|"
    r"(?:all\s+)?pleaded|(?:were|are)\s+(?:on|under|standing)\s+trial|"
    r"(?:stand|stood|go|goes|went)\s+(?:on\s+)?trial)\b"
)


def _on_trial(sentence: str, figure: Figure) -> bool:
    """Whether ``figure`` counts people whom a court or prosecutor acts on in the figure's
    own clause ("charged two men", "four accused were remanded", "three men go on trial"):
    a count of the charged or tried, never a toll, whatever verb of death follows in another
    clause: "accused", "suspects", "detainees" or "men", what they are in the sentence is
    their place in the case.

    >>> [(f.text, f.outcome) for f in find_casualty_figures(
    ...     "The court indicted three suspects over the raid in which nine people were killed.")]
    [('nine people', 'killed')]
    >>> find_casualty_figures("An indictment charging the gang's leader and two of its "
    ...     "members with hostage-taking resulting in death was unsealed.")
    []
    >>> [(f.text, f.outcome) for f in find_casualty_figures(
    ...     "Three suspects were killed in a shootout with police.")]
    [('Three suspects', 'killed')]
    """
    return figure.outcome in ("killed", "wounded") and (
        bool(_JUDICIAL_BEFORE.search(sentence[max(0, figure.start - 60) : figure.start]))
        or bool(_JUDICIAL_AFTER.match(sentence[figure.end :]))
    )


def _noun_said_again(figures: list[Figure]) -> list[Figure]:
    """A bare noun said again after the same noun with whose people they are, earlier in the
    sentence, is of those people: "238 members of the army … were killed …, and 412 members
    were wounded" (the army's members both times).

    >>> [(f.text, f.victim_group) for f in find_casualty_figures(
    ...     "12 members of the police were killed and 4 members were wounded.")]
    [('12 members of the police', 'security_forces'), ('4 members', 'security_forces')]
    """
    out: list[Figure] = []
    for figure in figures:
        noun = (figure.noun or "").casefold()
        # ("two members of the Task Force fell … and one member suffered a gunshot wound": the
        # singular, read as a civilian by its bare noun, of the same people)
        bare = noun in ("members", "member") and figure.victim_group == CIVILIANS
        if (figure.victim_group == UNKNOWN or bare) and noun in (
            "members",
            "member",
            "personnel",
            "elements",
        ):
            plural = "members" if noun == "member" else noun
            earlier = next(
                (
                    f
                    for f in reversed(out)
                    if (f.noun or "").casefold().startswith(plural + " of ")
                    and f.victim_group != UNKNOWN
                ),
                None,
            )
            if earlier is not None:
                figure = replace(figure, victim_group=earlier.victim_group)
        out.append(figure)
    return out


def _held_as_suspects(sentence: str, figure: Figure) -> Figure:
    """People the state's forces took away as suspects are arrested, and the suspects of
    an armed group (militants), not abducted.

    >>> [(f.outcome, f.victim_group) for f in find_casualty_figures(
    ...     "Nine men were taken away by police on suspicion of aiding the gang.")]
    [('arrested', 'militants')]
    """
    if (
        figure.outcome == "arrested"
        and figure.victim_group == UNKNOWN
        and _ARRESTED_FOR_AIDING.match(sentence[figure.end :])
    ):
        # "arrested 14 persons for providing logistic support to the terrorists": held as
        # the attackers' helpers, as "informants" and "facilitators" are
        return replace(figure, victim_group=MILITANTS)
    if (
        figure.outcome == "arrested"
        # ("arrested 23 youths in Ekona as suspected separatist fighters": youths by their
        # noun, held as the group's own)
        and figure.victim_group in (UNKNOWN, CIVILIANS)
        and re.match(
            r"(?i)[^.;]{0,40}?\bas\s+(?:(?:suspected|alleged)\s+)?(?:[\w-]+\s+)?(?:suspects?|"
            r"accomplices|collaborators|informants|militants|insurgents|rebels|fighters|"
            # ("arrested 9 youths as suspected separatists": the group by its kind)
            r"separatists|jihadists|extremists|terrorists|bandits)\b",
            sentence[figure.end :],
        )
    ):
        # "detained about 40 young men as suspected rebel collaborators": held as the
        # group's own or its helpers
        return replace(figure, victim_group=MILITANTS)
    if (
        figure.outcome == "arrested"
        and figure.victim_group in (UNKNOWN, CIVILIANS)
        and _AS_SUSPECTED_SUPPORTERS.match(sentence[figure.end :])
    ):
        # "arrested 6 villagers as suspected PDF supporters": held as the group's own
        return replace(figure, victim_group=MILITANTS)
    if (
        figure.outcome == "arrested"
        and figure.victim_group in (UNKNOWN, CIVILIANS)
        and _ON_SUSPICION_OF_LINKS.match(sentence[figure.end :])
    ):
        # "5 youths picked up by the police at Jiribam on suspicion of links with an armed
        # group": held, later in their clause, as the group's own
        return replace(figure, victim_group=MILITANTS)
    if figure.outcome == "arrested" and figure.noun.casefold() in ("collaborators", "collaborator"):
        # "arrested two collaborators": held as the group's helpers (people killed as
        # "collaborators" by a group stay whoever their noun says)
        return replace(figure, victim_group=MILITANTS)
    if figure.outcome != "abducted":
        return figure
    if figure.noun.casefold() in ("suspects", "suspect") and _TAKEN_AFTER.match(
        sentence[figure.end :]
    ):
        return replace(figure, outcome="arrested")  # '"more than twenty suspects" were taken'
    if re.match(
        r"[^.;]{0,60}?\bas\s+(?:suspects?|accomplices|collaborators|informants)\b",
        sentence[figure.end :],
    ) and re.search(
        r"(?i)\b(?:army|police|soldiers|troops|military|forces|gendarmes?|gendarmerie)\s+"
        r"(?:had\s+|has\s+|have\s+)?(?:taken\s+away|took\s+away|picked\s+up|taken|took)\s+$",
        sentence[: figure.start],
    ):
        # "the army had taken away three young men from the village as suspects": arrested
        group = MILITANTS if figure.victim_group == UNKNOWN else figure.victim_group
        return replace(figure, outcome="arrested", victim_group=group)
    if (
        _ACCUSED_AFTER.match(sentence[figure.end :])
        and (took := _TAKEN_JUST_BEFORE.search(sentence[: figure.start]))
        and not _TAKERS_ATTACKERS.search(sentence[: took.start()])
    ):
        # "by noon they had taken fourteen men from the village, accused of carrying food to
        # the rebels": people taken on a charge, by takers named as no attackers, are held
        group = MILITANTS if figure.victim_group == UNKNOWN else figure.victim_group
        return replace(figure, outcome="arrested", victim_group=group)
    if not _HELD_BY_FORCES.match(sentence[figure.end :]):
        return figure
    group = MILITANTS if figure.victim_group == UNKNOWN else figure.victim_group
    return replace(figure, outcome="arrested", victim_group=group)


# a taking with its charge after a comma: "… taken fourteen men from the village, accused of
# …" (the takers, before, no attackers: "gunmen took five men, accused of spying", abducted)
_ACCUSED_AFTER = re.compile(r"(?i)[^.;]{0,60}?,\s+(?:accused|suspected)\s+of\b")
_TAKEN_JUST_BEFORE = re.compile(r"(?i)\b(?:had\s+|has\s+|have\s+)?(?:taken|took)(?:\s+away)?\s+$")
_TAKERS_ATTACKERS = re.compile(
    r"(?i)\b(?:gunmen|attackers|bandits|militants|kidnappers|abductors|insurgents|assailants|"
    r"jihadists|terrorists|militiam[ae]n|militias?|rebels|fighters|gangs?|(?:armed|unidentified|"
    r"unknown|masked)\s+men)\b"
)


_WHOSE_BODIES = re.compile(
    r"(?i)^\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+s|[\w-]+men)\b"
)


_BODIES_OF_MEMBERS = re.compile(
    rf"(?i)(?:{_FORCE_MEMBERS}|{_GROUP_MEMBERS}|{_CIVIL_MEMBERS}|{_NAMED_MEMBERS})"
)


# "one of the abductees, a pickup driver, …": the one, named by an apposition after it
_ONE_OF_THE = re.compile(r"(?i)^one\s+of\s+(?:the|them|those)\b")
_APPOSED_NOUN = re.compile(r"(?i)^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s*,")


def _one_named_after(sentence: str, figure: Figure) -> Figure:
    """The group of "one of the abductees, a pickup driver," from the noun set after it, when
    the figure's own words name no group.

    >>> f = find_casualty_figures("One of the hostages, a lorry driver, was freed on Monday.")
    >>> [(x.best, x.victim_group, x.outcome) for x in f]
    [(1, 'civilians', 'freed')]
    """
    if figure.best != 1 or figure.victim_group != UNKNOWN or not _ONE_OF_THE.match(figure.written):
        return figure
    apposed = _APPOSED_NOUN.match(sentence[figure.end :])
    if apposed is None:
        return figure
    group = VICTIM_NOUNS.get(apposed["noun"].casefold())
    return replace(figure, victim_group=group) if group else figure


def _whose_bodies(sentence: str, figure: Figure) -> Figure:
    """ "eight bodies of soldiers": bodies the text says whose are of that group.

    >>> [(f.text, f.victim_group) for f in find_casualty_figures(
    ...     "He saw eight bodies of soldiers being brought to the hospital.")]
    [('eight bodies', 'security_forces')]
    """
    if figure.victim_group != UNKNOWN or figure.noun.casefold() not in ("bodies", "corpses"):
        return figure
    whose = _WHOSE_BODIES.match(sentence[figure.end :])
    if whose is None:
        return figure
    noun = whose["noun"].casefold()
    members = _BODIES_OF_MEMBERS.match(sentence, figure.end + whose.start("noun"))
    if members:  # "four bodies of members of the security forces": whose members they were
        return replace(figure, victim_group=_members(members))
    group = VICTIM_NOUNS.get(noun) or (
        morphology_group(whose["noun"]) if noun not in VICTIM_NOUNS else None
    )
    if group in (None, UNKNOWN):
        return figure
    return replace(figure, victim_group=group)


_WHOSE_TOLL = re.compile(r"(?i)\b(?P<whose>civilian|military|army|police)\s+(?:death\s+)?toll\b")


# a toll of the dead "of the civilians" (a translation's genitive): "the number of the
# martyrs of the civilians reached 14"
_DEAD_OF_CIVILIANS = re.compile(
    r"(?i)\b(?:martyrs|dead|deaths|killed|victims)\s+(?:of|among)\s+(?:the\s+)?civilians\b"
)

# "five dead at the scene, all civilians, …": who all of a count with no noun were
_ALL_OF_THEM = re.compile(
    r"(?i)[^.;:,\d]{0,40}?,\s+all\s+(?:of\s+them\s+)?(?P<noun>civilians|soldiers|"
    r"policemen|militants|rebels|insurgents|fighters|villagers|farmers|women|children)\s*(?:[,;.]|$)"
)


# the side that lost some of its own, then the count: "the assailants, presented as …, have
# lost 7 of their elements", "the army lost 3 of its men"
_LOST_OF_OWN = re.compile(
    r"(?i)\b(?:(?P<attackers>assailants|attackers|rebels|insurgents|militants|gunmen|bandits|"
    r"terrorists|jihadists|fighters|raiders)|(?P<forces>army|soldiers|troops|police|"
    r"policemen|gendarmes|gendarmerie|military|forces))\b(?:,[^.;]{0,80}?,)?\s+"
    r"(?:(?:have|has|had)\s+)?lost\s+$"
)
_OF_OWN_MEN = re.compile(
    r"(?i)^\S+\s+of\s+(?:their|its|his)\s+(?:own\s+)?(?:elements|men|fighters|members|combatants|"
    r"troops|comrades)\b"
)


# a state's armed body opening the sentence as who says it: "The gendarmerie high command says"
_FORCE_SAYS_OWN = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:gendarmerie|police|army|military|command|brigade|"
    r"battalion|regiment|armed\s+forces|security\s+forces)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:says|said|reports|reported|announced|announces|confirmed|confirms)\s+(?:that\s+)?$"
)


def _lost_of_own(sentence: str, figure: Figure) -> Figure:
    """Some of a side's own men it lost, the side named before "lost": the assailants' or the
    army's; one of its men an armed body of the state says were hurt: its own.

    >>> f = find_casualty_figures("The attackers, said to be former rebels, have lost "
    ...     "5 of their elements in the fighting.")
    >>> [(x.best, x.victim_group, x.outcome) for x in f]
    [(5, 'militants', 'killed')]
    """
    if not _OF_OWN_MEN.search(figure.written or ""):
        return figure
    if figure.outcome != "killed":
        if figure.victim_group == UNKNOWN and _FORCE_SAYS_OWN.search(sentence[: figure.start]):
            # "The gendarmerie high command says one of its men was stabbed": the body's own
            return replace(figure, victim_group=FORCES)
        return figure
    side = _LOST_OF_OWN.search(sentence[max(0, figure.start - 160) : figure.start])
    if side is None:
        return figure
    return replace(figure, victim_group=MILITANTS if side["attackers"] else FORCES)


def _owned_toll(sentence: str, figure: Figure) -> Figure:
    """A toll of no victim noun counted as one side's losses takes that side."""
    if figure.victim_group != UNKNOWN or figure.outcome not in ("killed", "wounded"):
        return figure
    if figure.outcome == "wounded":
        # "put resistance losses at six dead and 11 wounded": the wounded of the same losses,
        # told right after their dead
        if not re.search(
            r"(?i)\b(?:dead|killed)\s+and\s+$", sentence[max(0, figure.start - 20) : figure.start]
        ):
            return figure
        owner = _LOSSES_OF.search(sentence[: figure.end])
        if owner is None:
            return figure
        whose = owner["whose"].casefold().split()[0]
        return replace(figure, victim_group=_LOSER_GROUP.get(whose, FORCES))
    whose_toll = _WHOSE_TOLL.search(sentence[max(0, figure.start - 30) : figure.start + 12])
    if figure.noun == "toll" and whose_toll:  # "put the civilian toll at 51"
        group = CIVILIANS if whose_toll["whose"].casefold() == "civilian" else FORCES
        return replace(figure, victim_group=group)
    if _DEAD_OF_CIVILIANS.search(figure.text):
        # "the number of the martyrs of the civilians reached 14": the dead of the civilians
        return replace(figure, victim_group=CIVILIANS)
    all_of = _ALL_OF_THEM.match(sentence[figure.end :])
    if all_of and VICTIM_NOUNS.get(all_of["noun"].casefold()) not in (None, UNKNOWN):
        # "volunteers counted five dead at the scene, all civilians,": who the dead all were
        return replace(figure, victim_group=VICTIM_NOUNS[all_of["noun"].casefold()])
    owner = _LOSSES_OF.search(sentence[: figure.end])
    if owner is None:  # "the number of dead among the security members reached six"
        owner = _DEAD_AMONG.search(figure.text)
    if owner is None:
        return figure
    whose = owner["whose"].casefold().split()[0]
    group = _LOSER_GROUP.get(whose, FORCES)
    return replace(figure, victim_group=group)


def _listed_after_colon(sentence: str, mentions: list[_Mention]) -> None:
    """ "took away five people: three kitchen workers and two drivers": the counts listed
    after a colon that add up to the count before it are its parts, not further people ("a
    loan officer and two clients" after "three people were abducted:" too).

    >>> found = _mentions("Gunmen took five people: three guards and two cooks.")
    >>> _listed_after_colon("Gunmen took five people: three guards and two cooks.", found)
    >>> [(m.phrase, m.part) for m in found]
    [('five', False), ('three', True), ('two', True)]
    """
    for whole in mentions:
        if whole.singular:
            continue
        colon = re.match(r"[^.;:]{0,80}?:\s*(?P<list>[^.;:]+)", sentence[whole.end :])
        if colon is not None:
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", colon["list"])
        else:
            # "five people had been killed in the strike, three workers and two guards, and
            # …": the list set off by a comma, verbless, its items no more than a count and
            # its noun
            colon = _APPOSED_LIST.match(sentence[whole.end :])
            if colon is None or _OUTCOME.search(colon["list"]):
                continue
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", colon["list"])
        total = parse_count(whole.phrase).best
        if total is None or total < 2:
            continue
        start = whole.end + colon.start("list")
        counts = []
        for item in items:
            head = re.match(rf"(?i)(?:a|an|one|(?:{_NUMBER}))\b", item.strip())
            if head is None:
                break
            counts.append(parse_count(head.group()).best or 1)
        if len(counts) >= 2 and len(counts) == len(items) and sum(counts) == total:
            for mention in mentions:
                if start <= mention.start < whole.end + colon.end():
                    mention.part = True


def listed_with_parts(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is told with its parts listed after it ("four people
    dead, two herders and two of the raiders", "five people: three guards and two cooks").

    >>> listed_with_parts("The raids left four people dead, two herders and two raiders.", 15)
    True
    >>> listed_with_parts("The raids left four people dead and two herders missing.", 15)
    False
    """
    return start in _counts_listed_with_parts(sentence)


@functools.lru_cache(maxsize=256)
def _counts_listed_with_parts(sentence: str) -> frozenset[int]:
    """Where the counts of :func:`listed_with_parts` start in ``sentence``: read once per
    sentence, not once per figure of it (a long pasted "sentence" has hundreds)."""
    found = _mentions(sentence)
    _listed_after_colon(sentence, found)
    parts = [m.start for m in found if m.part]
    starts: dict[int, bool] = {}
    for whole in found:  # the first mention at a start, as a search from the start finds it
        starts.setdefault(whole.start, any(p > whole.start for p in parts))
    return frozenset(start for start, listed in starts.items() if listed)


# the clause of a count, then a comma and a list of counts with a noun each, closed by the
# sentence's end or a comma: "…, three workers and two guards, and that …"
_ITEM = r"(?:a|an|one|\d{1,3}|" + "|".join(UNITS) + r")(?:\s+[\w'’-]+){1,3}?"
_APPOSED_LIST = re.compile(
    rf"(?i)[^.;:,()]{{0,80}}?,\s*(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM})"
    r"(?=\s*(?:,|\.|;|\)|$))"
)


_ALL_OF = re.compile(r"(?i)\b(?:comprising|consisting\s+of|made\s+up\s+of)\s+(?:the\s+)?$")


def _whole_by_parts(sentence: str, mentions: list[_Mention]) -> None:
    """ "17 victims, comprising nine women and eight children": people of no group said
    whose parts, all of them, are of one group are of that group ("including" names only
    some of them, and says nothing of the rest)."""
    for i, mention in enumerate(mentions):
        if mention.group != UNKNOWN or i + 1 >= len(mentions):
            continue
        parts = []
        for other in mentions[i + 1 :]:
            if not other.part:
                break
            parts.append(other)
        if not parts or not _ALL_OF.search(sentence[mention.end : parts[0].start]):
            continue
        groups = {p.group for p in parts}
        if len(groups) == 1 and groups != {None} and groups != {UNKNOWN}:
            mention.group = groups.pop()


# Kinship nouns: "a woman and her two daughters", "two brothers and their cousin".
_KIN = (
    r"(?:(?:son|daughter|brother)s?-in-law|sons?|daughters?|children|child|wife|wives|"
    r"husbands?|brothers?|sisters?|siblings|twins|grand(?:sons?|daughters?|children|child)|"
    r"nephews?|nieces?|cousins?|uncles?|aunts?|mother|father|parents)"
)

# "the dead were three villagers, two brothers and their cousin", "five people were killed,
# a mother and her two sons among them": some of the victims of a count told just before,
# named by their kinship in apposition to it (no clause of their own follows)
_KIN_APPOSITION_BEFORE = re.compile(
    # ("three people, the district head of Shinaka and his two wives": a head of several words)
    # ("two of my relatives, my brother Ali and my nephew": a speaker's own kin likewise)
    r"(?i)[,:(—–]\s*(?:(?:a|an|the|their|his|her|my|our)\s+(?:[\w'’-]+\s+){1,4}?(?:and|,)\s+"
    r"(?:her|his|their|my|our)\s+)?$|"
    # "killed four farmers: don Juan Ruiz Gil, his two sons …": a named victim, then his kin
    r"[:]\s*(?:(?:don|doña|mr|mrs|ms)\.?\s+)?(?-i:(?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+),\s+"
    r"(?:his|her|their)\s+$"
)
# a possessive before a count of the dead: "our four dead", "their two martyrs"
_OWN_DEAD = re.compile(r"(?i)\b(?:our|their)\s+$")
_KIN_AFTER = re.compile(
    rf"(?i)^\s+(?:[\w'’-]+\s+)?{_KIN}\b(?!\s+(?:were|was|had|have|are|is|died)\b)"
)
# "which counts as a massacre any killing of three or more people", "defines a massacre as the
# killing of at least five people", "at least five deaths to count as a major attack": a number
# inside a definition, a threshold or a criterion, no count of victims
_DEFINITION_BEFORE = re.compile(
    r"(?i)(?:\b(?:counts?|counted|counting|classif(?:y|ies|ied|ying)|regards?|regarded|treats?|"
    r"treated)\s+as\s+(?:an?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:any|every|each|all)\b|"
    r"\bdefin(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+as\b|"
    r"\b(?:definition|threshold|criterion|criteria)\s+(?:of|for|is|was|:)\b)[^.;,]{0,60}$"
)
_THRESHOLD_AFTER = re.compile(
    r"(?i)^[^.;,]{0,40}?\b(?:to|must|should|in\s+order\s+to)\s+(?:count|qualify|be\s+(?:counted|"
    r"classed|classified|considered|recorded|listed|registered|treated))\s+as\b"
)


def _in_breakdown(before: str) -> bool:
    """A number in brackets right after a toll is a part of it: "six killed (two police, four
    civilians)", "nine people were wounded (three of them children)".

    >>> _in_breakdown("Summary: six killed (two police, "), _in_breakdown("Six died (see ")
    (True, True)
    >>> _in_breakdown("A bomb ("), _in_breakdown("Injured: 13 persons (5 seriously injured, ")
    (False, True)
    """
    bracket = re.search(r"\((?P<inside>[^()]*)$", before)
    if not bracket:
        return False
    toll = rf"(?i)\b(?:\d[\d,]*|{_NUMBER_WORD})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_OUTCOME.pattern})\s*$"
    # ("11 people were killed in the two attacks (4 soldiers and 7 labourers)": where, between)
    placed = (
        rf"(?i)\b(?:\d[\d,]*|{_NUMBER_WORD})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_OUTCOME.pattern})"
        r"\s+(?:in|at|near|on|during)\s+[^()\d,;.]{1,40}?\s*$"
    )
    # a label's toll: "Injured: 13 persons (5 seriously, 8 slightly)"
    label = (
        rf"(?i)(?:{_OUTCOME.pattern})\s*:\s*(?:\d[\d,]*|{_NUMBER_WORD})(?:\s+[\w'’-]+){{0,2}}\s*$"
    )
    return bool(
        re.search(toll, before[: bracket.start()])
        or re.search(label, before[: bracket.start()])
        or re.search(placed, before[: bracket.start()])
    )


# a currency before a number: "XOF 41.3 million", "USD 2,000", "$ 5", "₦3 million"
_CURRENCY_BEFORE = re.compile(
    r"(?:\b(?-i:XOF|XAF|USD|EUR|GBP|NGN|KES|UGX|TZS|ETB|SOS|INR|PKR|AFN|IQD|SYP|MXN|COP|CDF|MZN|"
    r"ZAR|GHS|SDG|SSP|LYD|YER|MMK|PHP|IDR|BDT|NPR|LKR|"
    # ("Rs 38,000 were recovered", "head money of Rs 5 million", "KSh 150": the rupee's and
    # the shilling's short signs, as South Asian and East African copy writes them)
    r"Rs\.?|KSh|Ksh|Tsh|USh)|[$€£₦₹])\s*(?:\d[\d.,]*\s*)?$"
)


def _countable(phrase: str) -> bool:
    """Whether a number phrase reads as a count at all: two numbers joined by a hyphen,
    slash or dot with a leading zero ("05-03", "01/01") are a day and month, and a "range"
    whose high end is below its low end ("7-2") is a score; neither is a count.

    >>> _countable("10-12"), _countable("05-03"), _countable("01-04"), _countable("7-2")
    (True, False, False, False)
    """
    if re.fullmatch(r"\s*\d{1,2}[-/.]\d{1,2}\s*", phrase) and re.search(r"(?<!\d)0\d", phrase):
        return False
    try:
        parse_count(phrase)
    except ValueError:
        return False
    return True


def _mentions(sentence: str, follows: bool = False) -> list[_Mention]:
    """Number phrases about people (and "a soldier"), in text order: copies of
    :func:`_sentence_mentions`'s, which its callers may mark (parts, references)."""
    return [replace(mention) for mention in _sentence_mentions(sentence, follows)]


# how far back before a count its own words are read (:func:`_read_mentions`): about fifty
# words; every rule pattern is tried at each of these characters, so a long sentence with many
# counts costs this much per count (1,000 read no other figure in any labelled set, at twice
# the time on hostile text)
BEFORE_WINDOW = 300


@functools.lru_cache(maxsize=256)
def _sentence_mentions(sentence: str, follows: bool) -> tuple[_Mention, ...]:
    """:func:`_mentions` of one sentence, read once: every figure of a long sentence asks
    for them again (:func:`listed_with_parts`), and each reading costs time in proportion to
    the sentence times its number phrases."""
    return tuple(_read_mentions(sentence, follows))


def _number_phrases(sentence: str) -> list[tuple[str, int]]:
    """The number phrases of ``sentence`` and where each starts: "five and six" are two
    numbers, each read ("killed 3 and 4 were wounded", "on 08/09 and 4 passengers"); "one
    hundred and twelve" and a range ("between 5 and 7", "5 to 7") are one.

    >>> _number_phrases("Gunmen killed 3 and 4 were wounded.")
    [('3', 14), ('4', 20)]
    >>> _number_phrases("between 5 and 7 people, one hundred and twelve homes")
    [('between 5 and 7', 0), ('one hundred and twelve', 24)]
    """
    phrases = []
    for match in _PHRASE.finditer(sentence):
        phrase, start = match.group("phrase"), match.start()
        if not _is_range(phrase) and re.search(r"\s(?:and|or|to)\s", phrase):
            parts = re.split(r"(?<!hundred)(?<!thousand)(\s(?:and|or|to)\s)", phrase, flags=re.I)
            if len(parts) == 3:
                second = start + len(parts[0]) + len(parts[1])
                phrases += [(parts[0], start), (parts[2], second)]
                continue
        phrases.append((phrase, start))
    return phrases


def _read_mentions(sentence: str, follows: bool) -> list[_Mention]:
    """:func:`_mentions`, read from the text."""
    found: list[_Mention] = []
    for phrase, start in _number_phrases(sentence):
        after = start + len(phrase)
        # what a count's words before it may say is read in the last BEFORE_WINDOW
        # characters: a "sentence" of a thousand lines without a full stop (a pasted table)
        # would otherwise cost its length for each of its counts
        before = sentence[max(0, start - BEFORE_WINDOW) : start]
        if not _countable(phrase):
            continue  # "05-03  Levies revised: 8 dead": a day and month, no range of people
        if re.search(r"(?i)\b(?:no|not\s+a\s+single)\s+$", before):
            continue  # "no one died"
        if re.search(r"[A-Za-z]/$", before) and re.fullmatch(r"\d+", phrase.strip()):
            continue  # "Case AFC/BDA/044": the last part of a file's code, no count
        if re.fullmatch(r"(?i)0+|zero|nil", phrase.strip()):
            continue  # "0 missing, 0 injured": a count of nobody
        if re.fullmatch(r"(?:19|20)\d\d", phrase.strip()) and re.search(
            rf"(?i)\b(?:{MONTH_NAMES})\s+$",
            before,
        ):
            continue  # "On 3 May 2024 gunmen abducted …": a date's year, no count of gunmen
        if re.search(
            r"(?i)\b(?:loans?|debts?|savings|deposits|accounts|contributions|fees|dues|salaries|"
            r"wages|arrears|shares)\s+of\s+$",
            before,
        ):
            continue  # "Input loans of 38 members could not be recovered": money, no people
        if _CURRENCY_BEFORE.search(before):
            continue  # "Cash of XOF 41.3 million was taken": a sum of money, no people
        if _SAFE_AFTER.match(sentence[after:]):
            continue  # "23 staff accounted for, none missing": people safe, no casualties
        if re.search(
            r"(?i),\s+(?:which|that|who)\s+(?:has|have|had|employs|employed)\s+"
            r"(?:only|just|barely|some|about|around|nearly|over|more\s+than)?\s*$",
            before,
        ):
            continue  # "the local hospital, which has only two doctors": its staff, no casualties
        if re.search(r"(?i)\b(?:aged|ages?(?:\s+of)?|age\s*:)\s+$", before):
            continue  # "four young men aged between 17 and 22": ages
        if re.search(r"(?i)\b(?:home\s+to|population\s+of|inhabited\s+by)\s+$", before):
            continue  # "The camp, home to more than 50,000 people": who live there
        if (
            re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", phrase)
            and re.match(r"\s+[A-Z]{2,}\b", sentence[after:])
            and len(re.findall(r"(?<![\d,.])(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z]{2,}", sentence)) > 1
        ):
            continue  # "1425 DPO SWAT: … 1440 RESCUE 1122: …": a ticker's times, no counts
        if re.search(
            r"(?i)\b(?:man|woman|boy|girl|child|person|widow|widower|elder|grand(?:mother|father))"
            r"\s+of\s+(?:about\s+|around\s+|some\s+)?$",
            before,
        ):
            continue  # "a woman of 60 was hurt": her age ("a man of 60 years" too)
        if _LABELLED_THING.search(before) and not _COUNTED_AFTER_LABEL.match(sentence, after):
            continue  # "near tower 47", "at kilometre 12", "gate 3": a thing's number, not people
        if _WOUNDS_OF_A_KIND.search(before):
            continue  # "gunshot wounds 19, machete wounds 5": injuries counted by their kind
        if _THRESHOLD.match(sentence[start:]):
            continue  # "an incident in which 10 or more people are killed": a definition's bar
        if re.search(
            r"(?i)\bcapacity\s+(?:is|was|of|for|stands\s+at)\s+(?:about\s+|around\s+|some\s+)?$",
            before,
        ):
            continue  # "the morgue's capacity is 24 bodies", "a capacity of 60 beds": room, no one
        named = re.search(r"(?<=[\w,;]\s)(?P<word>[A-Z][a-z]+)\s+$", before)
        # (or opening the sentence, a noun, not a verb: "Rescue 1122, the emergency service,
        # said …"; "Killed 12" is a count)
        named = named or (
            re.fullmatch(r"\s*(?P<word>[A-Z][a-z]+(?<!ed))\s+", before)
            if phrase[:1].isdigit()
            else None
        )
        if named and _OUTCOME.fullmatch(named["word"]):
            continue  # "police, Rescue 1122 and …": a service's name and number, no outcome
        if _KIN_OF.search(before):
            continue  # "a relative of one of the policemen said": whose kin speaks, no count
        if _LISTENERS_BEFORE.search(before) and not _TOLD_COUNT_AFTER.match(sentence[after:]):
            continue  # "he told two reporters that …": whom he told, no count
        if _CAME_WITH.search(before) and not _CARRIED.match(sentence[after:]):
            continue  # "the chief came to the clinic with two officers": who came along
        if re.search(r"(?i)\bhow\s+$", before):
            continue  # "How many people were arrested?": a question, no number
        if re.search(r"\d[/.]$", before) or re.match(r"[/.]\d", sentence[after:]):
            continue  # "on 11/02", "12.03.2025": a day and a month, not people
        if _MONTH_AFTER.match(sentence[after:]):
            continue  # "on 23 September the teachers were released": a day, not people
        if re.search(
            r"(?i)(?:^\s*|\b(?:on|of|from|since|until|by|to|after|before)\s+)day\s+$", before
        ) and re.fullmatch(r"\d{1,3}", phrase.strip()):
            continue  # "in the night of day 5 and 3 crew …": a log's numbered day, not people
            # ("on the same day 23 passengers were taken" counts them)
        if _MONTH_BEFORE.search(before) and re.fullmatch(r"\d{1,2}", phrase.strip()):
            continue  # "abducted on November 14 was recovered": a day, not people
        if _WHO_THEY_WERE.match(sentence[after:]):
            continue  # "one of the people who died was a driver": who, of a toll given before
        if (
            re.fullmatch(r"(?i)one", phrase.strip())
            and _AS_ONE_OF_THE.search(before)
            and _MEMBER_OF_THE.match(sentence[after:])
        ):
            continue  # "described him as one of the policemen killed": who he is, no count
        if re.search(
            r"(?i)\bthe\s+(?:[\w'’-]+\s+){0,2}(?:figure|estimate|count|tally)\s+of\s+$", before
        ) and not (_GIVEN_BY.match(sentence[after:]) or _SHOWS_COUNT_OF.search(before)):
            continue  # "the police figure of 9 dead was never revised": a figure told before
        if re.search(r"(?i)\b(?:several|a\s+few)\s+$", before):
            continue  # "several hundred civilians": one number, read from "several"
        if re.fullmatch(r"(?i)many|several", phrase.strip()) and (
            re.match(
                r"(?i)\s+of\s+(?:the|those)\s+(?:wounded|injured|dead|victims|casualties|bodies)\b",
                sentence[after:],
            )
            or (
                re.match(r"(?i)\s+(?:were|was|are|had|have)\b", sentence[after:])
                and re.search(r"\d", before)
                # (a clause that explains the count before: "because many were treated at
                # home"; not "8 soldiers died and many are injured", a count of its own)
                and re.search(r"(?i)\b(?:because|as|since|though|although)\s+$", before)
            )
        ):
            continue  # "Many of the wounded have burns", "26 injured, because many were treated
            # at home": some of a toll told, no count of their own
        if _AGENT_BEFORE.search(before):
            continue  # "a policeman was shot and wounded by two men": who did it, not victims
        killers = _KILLERS_AFTER.match(sentence[after:])
        if killers and _OBJECT_BEFORE.search(before):
            killers = None  # "gunmen killed seven civilians and abducted the chief": victims
        if killers and not _KILLERS_GAP.search(killers.group("gap")):
            continue  # "two men boarded the bus and shot the driver dead": the attackers
        if _ATTACKERS_APPOSITION.search(before):
            continue  # 'the attackers, "between six and eight men in balaclavas", fled': them
        if _DIFFERENCE_BEFORE.search(before):
            continue  # "the tallies differ by up to 23 deaths": a difference, no count
        if _SUPERSEDED_BEFORE.search(before) or _SUPERSEDED_AFTER.match(sentence[after:]):
            continue
        if _CORRECTED_TO_AFTER.match(sentence[after:]):
            continue  # "gave 3 guards killed; this is corrected to 4": put right since
        if _SINCE_UPDATED_TO_AFTER.match(sentence[after:]):
            continue  # "three guards killed; the brigade has since updated its figure to four"
        if _now_says_replaces(sentence[after:]):
            continue  # "counted 22 villagers killed; the mayor now says 26": replaced since
        if _RAISED_FROM_BEFORE.search(before) and _RAISED_AFTER.match(sentence[after:]):
            continue  # "who had announced 19 dead, raised the toll to 27": replaced since
        if _FIRST_SAID.search(before):
            continue  # "the ministry first said 16 policemen had died": replaced since
        if _FIRST_SPOKE_OF.search(before):
            continue  # "the prosecutor first spoke of 5 bodies": replaced since
        if _FIRST_TOLD.search(before) and _LATER_SAID_AFTER.match(sentence[after:]):
            continue  # "the commissioner first told us five people were killed": replaced since
        if _FIRST_RUN_CARRIED.search(before):
            continue  # "Our first run carried two deaths": what the text replaced since
        if _EARLIER_NOTE_SAID.search(before):
            continue  # "Earlier message of this morning said 2 riders killed": replaced since
        if _HAD_GIVEN_BEFORE.search(before) and _SAYS_NEWER_AFTER.match(sentence[after:]):
            continue  # "who … had spoken of three dead, wrote … that four had died": replaced
        if _EARLIER_VERSION.search(before):
            continue  # "An earlier version of this story said … 21 dead": corrected since
        if _EARLIER_IT_HAD.search(before):
            continue  # "… treating 10 wounded. Earlier it had spoken of 8 wounded": replaced
        if _CORRECTION_TOLD_WRONG.search(before):
            continue  # "We corrected our post: we wrote that one guard died": put right
        if _EARLIER_EDITION_GAVE.search(before) and not _NOT_THE_EARLIER.match(sentence[after:]):
            continue  # "Correction: our January report gave 11 civilian deaths": put right
        if re.match(r"(?i)from\s", phrase) and not re.search(r"(?i)\s(?:to|-|–)\s", phrase):
            continue  # "raising the toll to seven soldiers killed from five": the old toll
        if _DEFINITION_BEFORE.search(before) or _THRESHOLD_AFTER.match(sentence[after:]):
            continue  # "counts as a massacre any killing of three or more people": a criterion
        if _BENEFICIARIES_BEFORE.search(before):
            continue  # "the suspension of the March campaign for 41,000 children": who it serves
        part = bool(_PART_BEFORE.search(before)) or _in_breakdown(before)
        if not part and found and _PART_AFTER_NAMED.search(before):
            part = True  # "killed nine farmers, among them my cousin and two of his sons"
        if not part and _PART_BETWEEN_THEM.search(before):
            part = True  # "7 civilians were killed, between them a woman and her daughter"
        if (
            not part
            and _BODIES_OF_TOLL_BEFORE.search(before)
            and _BODIES_FOUND_AFTER.match(sentence[after:])
        ):
            part = True  # "the dead are now 7, revised from 5, two bodies recovered": some of 7
        if (
            not part
            and _BODIES_OF_TOLL_DASHED.search(before)
            and _BODIES_FOUND_AFTER.match(sentence[after:])
        ):
            part = True  # "8 villagers were killed, not 6 — two bodies found": why it rose
        if _CHANGE_REASON_BEFORE.search(before):
            continue  # "changed 9 -> 11 (two of the injured died)": why the toll was changed
        if _INCLUDED_ABOVE.match(sentence[after:]):
            continue  # "Two of them died overnight (included in the 13 above)": counted before
        if not part and found and _PART_OURS_BEFORE.search(before):
            part = True  # "12 injured persons were received, including our two guests"
        if (
            not part
            and found
            and _KIN_APPOSITION_BEFORE.search(before)
            and _KIN_AFTER.match(sentence[after:])
        ):
            part = True  # "three villagers, two brothers and their cousin": who they were
        if re.search(r"(?i)\baccording\s+to\s+(?:the\s+)?$", before):
            continue  # "according to two residents, …": who speak
        of_them = _OF_THE_VICTIMS.match(sentence[after:]) or _OF_THEM.match(sentence[after:])
        if (
            of_them
            and not of_them.groupdict().get("who")
            and re.match(r"(?i)\s+of\s+(?:these|those)\b", of_them.group(0))
            and _NOUN_NEXT.match(sentence[after + of_them.end() :])
        ):
            of_them = None  # "rescued 5 of these porters": the noun after it says who they are
        if of_them and re.match(r"(?i)\s+with\s", sentence[after + of_them.end() :]):
            continue  # "36 injured, several of them with amputations": what some of them have
        if (
            of_them
            and (of_them.groupdict().get("who") or "").casefold() in ("injured", "wounded", "hurt")
            and _STILL_IN_CARE.match(sentence[after + of_them.end() :])
        ):
            continue  # "fourteen of the injured are still admitted": some of them, in care
        if _WHOSE_KIN.match(sentence[after:]):
            continue  # "31 clients whose relatives were detained": what befell their kin
        if of_them and re.match(
            r"(?i)\s*(?:said|says|told|added|confirmed\s+that)\b", sentence[after + of_them.end() :]
        ):
            continue  # "two security sources said. One of them said …": who speaks, no victim
        who = (of_them.groupdict().get("who") or "").casefold() if of_them else ""
        of_outcome = None
        if who:  # "two of the injured"; "three of the bodies", "two of the dead": the dead
            said = _OUTCOME.search(who)
            of_outcome = said.lastgroup if said else "killed"
        if of_them:
            end = after + of_them.end()
            appositive = bool(
                re.search(r",\s*$", before)
                # ("According to the principal, 15 of them were freed": the comma closes an
                # opening, not a figure the part is taken from)
                and not re.fullmatch(
                    r"(?i)\s*(?:according\s+to|citing|per|as\s+per)\b[^,]*,\s*|\s*[^,]*\b(?:said|says|added)\s*,\s*",
                    before,
                )
                # ("On Monday, eleven of the kidnapped escaped": the comma closes when; "As of
                # this morning, 9 of them …", "Up to Sunday, …": when the count stands)
                # ("…; by the grace of God, four of them returned to us", "…; thankfully,
                # two of them …": the same after a semicolon, and relief or thanks as well)
                and not re.fullmatch(
                    r"(?i)(?:[^;]*;)*\s*(?:on|by|in|at|during|later|earlier|meanwhile|then|overnight|"
                    r"yesterday|today|as\s+of|as\s+at|up\s+to|until|till|since|after|following|"
                    r"thankfully|fortunately|happily|mercifully|luckily|thank\s+god|"
                    r"praise\s+(?:be\s+to\s+)?god)"
                    r"\b[^,\d;]{0,30},\s*",
                    before,
                )
            ) or bool(
                re.search(
                    r"(?i)\bthe\s+(?:injured|wounded|dead|abducted|kidnapped|missing)\b", before
                )
            )  # "The injured were taken …, and two of them …": some of the same victims
            # ("rescued 11 of those abducted": who they are is said after "of", not before)
            nouns = [] if found or who else list(re.finditer(rf"\b(?:{_NOUN})\b", before, re.I))
            # "Relatives say that two of those arrested …": who speaks is not "them"
            nouns = [
                n
                for n in nouns
                if not re.match(
                    r"(?i)\s+(?:say|says|said|told|tell|added|claim|claimed)\b", before[n.end() :]
                )
                and not re.search(
                    r"(?i)\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}$",
                    before[: n.start()],
                )
            ]  # ("According to the school's principal, 15 of them …": the principal speaks)
            antecedent = None
            if nouns and not appositive:  # people named without a number before "of them"
                groups = {VICTIM_NOUNS.get(n.group().casefold(), _members(n)) for n in nouns}
                pursued = re.search(
                    r"(?i)\b(?:pursued|chased|gave\s+chase\s+to|tracked\s+down|cornered|surrounded)"
                    rf"\s+(?:the\s+)?(?:[\w-]+\s+)?{re.escape(nouns[-1].group())}\s*,?\s*(?:and\s+)?$",
                    before,
                )  # "Officers pursued the attackers and one of them was shot dead": the pursued
                if len(groups - {UNKNOWN}) > 1 and not _VERB_BEFORE.search(before) and not pursued:
                    # "members of a vigilance committee repelled the attackers; two of them
                    # were killed": whose "them" is, the words do not say ("… engaged the
                    # khwarij and killed four of them" does: the killers are not "them")
                    continue
                antecedent = VICTIM_NOUNS.get(nouns[-1].group().casefold(), _members(nouns[-1]))
            found.append(
                _Mention(
                    phrase,
                    "of them",
                    None,
                    start,
                    end,
                    part=part or appositive,
                    of_them=True,
                    antecedent=antecedent,
                    of_outcome=of_outcome,
                )
            )
            continue
        if re.search(
            rf"(?i)\b(?:\d[\d,]*|{_NUMBER_WORD})\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?$",
            before,
        ) and not (
            _ONE_OF.search(before)
            or (_NAMED_ONE_OF.search(before) and not _ONE_OF_VERB_AFTER.match(sentence[after:]))
        ):
            continue  # "… 23 of the 40 hostages", "1 of its 2 staff": the whole the part is from
        collective = _COLLECTIVE_OF.match(sentence[after:])
        if (
            collective
            and _KILLED_BEFORE.search(before)
            and re.fullmatch(r"\d{1,4}", phrase.strip())
        ):
            # "killed 70 of the militia", "killed 50 of the army and its militias": so many of
            # a force or a group, counted by its collective name after a verb of killing (a
            # count in figures only: "forty of the army" in a transcript stays unread)
            noun = collective["noun"].casefold()
            found.append(
                _Mention(
                    phrase,
                    collective["noun"],
                    MILITANTS if noun.startswith("milit") else FORCES,
                    start,
                    after + collective.end(),
                    part=part,
                )
            )
            continue
        whole = re.match(
            rf"(?i)^\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?{_NUMBER}(?=\s)", sentence[after:]
        )
        if whole and _ONE_OF.search(f"{before}{phrase} of "):
            continue  # "He was one of nine passengers killed": the toll is the nine
        if (
            whole
            and _NAMED_ONE_OF.search(f"{before}{phrase} of ")
            and not _ONE_OF_VERB_AFTER.match(sentence[after + whole.end() :])
        ):
            continue  # "young Quintero, one of the 6 people killed": who one of the six was
        tail = _AFTER.match(sentence[after + whole.end() :]) if whole else None
        if tail is not None and not _GAP_VERB.search(tail.group("gap")):
            noun = tail.group("noun")
            found.append(
                _Mention(
                    phrase,
                    noun,
                    VICTIM_NOUNS.get(noun.casefold()) or _members(tail),
                    start,
                    after + whole.end() + tail.end(),
                    gap=tail.group("gap"),
                    part=part,
                )
            )
            continue
        tail = _AFTER.match(sentence[after:])
        if tail is not None and (
            re.search(rf"\b(?:{_NUMBER_WORD}|\d)", tail.group("gap"), re.I)
            or _PREPOSITION.search(tail.group("gap"))
            or _GAP_VERB.search(tail.group("gap"))  # "Rescue 1122 officials said the bodies"
            or re.search(r"(?i)\bas\b(?!\s+yet)", tail.group("gap"))  # "Nine killed as militants …"
            # "30 houses of the Christians", "two vehicles of the police": the number counts
            # the thing before "of", not the people after it
            or _THING_OF.search(tail.group("gap"))
            # "35 abducted including women and children": the noun of a part, not the whole's
            or re.search(r"(?i)\b(?:including|incl|among)\b", tail.group("gap"))
            or (
                tail.group("noun").casefold() in ("police", "personnel", "men")
                and tail.group("gap").strip()
                and not re.fullmatch(
                    # ("11 of the enemy personnel": the enemy's, as a group's statement says;
                    # "six apostate police": a group's word for the state's men)
                    r"(?i)\s*(?:our|their|its|his|her|(?:the\s+)?enemy|the\s+enemy's|occupying|"
                    r"apostate|murtad|crusader|infidel|taghut|"
                    # ("five federal police", "3 municipal police": the police of a level of
                    # government, or of a place)
                    r"state|federal|local|municipal|national|provincial|district|county|city|"
                    r"village|rural|regional|metropolitan|tribal|auxiliary|community|traffic|riot|"
                    r"military|off-duty|(?-i:[A-Z][a-z]+(?:an|ian|ese|i|ish)))",
                    tail.group("gap"),
                )
                and not _FORCE_WORD.search(tail.group("gap"))
                and not (
                    tail.group("noun").casefold() == "men"
                    and _MEN_ADJECTIVE.fullmatch(tail.group("gap"))
                )
            )
        ):
            tail = None  # "two police stations"; "three security personnel" is the noun's
        weak = False
        if tail is None:
            tail = _WEAK_AFTER.match(sentence[after:])
            weak = tail is not None and not (
                _PREPOSITION.search(tail.group("gap"))
                or re.search(rf"\b(?:{_NUMBER_WORD}|\d)", tail.group("gap"), re.I)
            )
            tail = tail if weak else None
        if tail is None:
            tail = _MORPH_AFTER.match(sentence[after:])
            if tail is not None and (
                morphology_group(tail.group("noun")) is None
                or _PREPOSITION.search(tail.group("gap"))
                # "the attack of 2023 killed five policemen": the nearer number counts them
                or re.search(
                    rf"\b(?!(?:hundreds?|thousands?|dozens?|millions?|scores?)\b)"
                    rf"(?:{_NUMBER_WORD}|\d)",
                    tail.group("gap"),
                    re.I,
                )
                # (a word in capitals is a name: "14 suspected IS members", "IS" no verb)
                or re.search(
                    r"(?i)\b(?!(?-i:[A-Z]{2,})\b)(?:were|was|are|is|had|have|has|been)\b",
                    tail.group("gap"),
                )
            ):
                tail = None
        deaths = _DEATHS_NOUN.match(sentence[after:])
        if deaths and deaths["held"] and not _CAUSED.search(before):
            deaths = None  # ("…; 78 reported fatalities": a key-figures line's tally)
        deaths = deaths or (_LIVES.match(sentence[after:]) if _LIVES_VERB.search(before) else None)
        if (
            tail is None
            and deaths
            and not before.casefold().endswith("the ")
            and not _OWN_DEAD.search(before)  # "we buried our four dead": those counted
        ):
            # "9 injured civilians at the health centre and 3 dead": the dead of the noun
            # before, left out
            elided = (
                found
                and found[-1].noun
                and found[-1].group not in (None, UNKNOWN)
                and re.fullmatch(r"[^.;,\d]{0,50}\s+and\s+", sentence[found[-1].end : start])
            )
            found.append(
                _Mention(
                    phrase,
                    "",
                    None if elided else UNKNOWN,
                    start,
                    after + deaths.end(),
                    outcome="killed",
                )
            )
            continue
        named = _NAME_AS_NOUN.match(sentence[after:]) if tail is None else None
        if named and _VERB_BEFORE.search(before):
            # "the army killed six ADF and captured two", "troops neutralised 11 ISWAP": the
            # armed group's name as the noun of its men (whose side they are on, its actor)
            found.append(
                _Mention(
                    phrase, named["noun"], None, start, after + named.end("noun"), verb_before=True
                )
            )
            continue
        arrests = _ARRESTS_NOUN.match(sentence[after:])
        if tail is None and arrests and not before.casefold().endswith("the "):
            # "seven arrests were made", "… and 12 arrests": one arrest is one person held
            found.append(
                _Mention(phrase, "", UNKNOWN, start, after + arrests.end(), outcome="arrested")
            )
            continue
        if tail is None:
            first = _VERB_BEFORE.search(before) and re.match(
                # ("killing eight soldiers and capturing three alive")
                r"\s*(?:[,.;]|and\s+(?:" + "|".join(OUTCOME_WORDS.values()) + r")\b|$)|\s+alive\b|"
                r"\s+(?:in|at|near)\s+(?:the\s+)?(?:village|town|city|[A-Z])|"
                # ("killed 4 civilians and injured 11 in the livestock market": where they were)
                r"\s+(?:in|at|near)\s+(?:the|a)\s+(?:[a-z-]+\s+)?(?:market|bazaar|camp|"
                r"neighbou?rhood|square|mosque|church|school|street|road)\b",
                sentence[after:],
            )  # "The attack killed 10 and injured 25": people, though no noun is written
            one_before = any(
                m.group("noun").casefold() in SINGULAR_NOUNS
                # ("one protester was killed, 23 injured and 61 arrested": one person by a
                # noun's ending, counted as "one vendor" is)
                or (
                    m.group(0).split()[0].casefold() in ("a", "an", "one", "1", "another")
                    and not m.group("noun").casefold().endswith("s")
                    and morphology_group(m.group("noun")) is not None
                )
                # ("one border guard was killed and three were wounded": the head after)
                or (
                    (head := re.match(r"\s+([a-z]+)\b", before[m.end() :])) is not None
                    and head.group(1) in SINGULAR_NOUNS
                )
                for m in _SINGULAR.finditer(before)
            )  # "a soldier lost his life and two were injured"
            # "Seven were killed and 12 wounded.": people, at the opening of a sentence, with
            # its verb (a headline's "Dozens abducted in Zhob raids" is no sentence); "…, with
            # 40 wounded"
            opening = (
                (
                    # (or a reported clause's: "… said that night that 33 injured had been …")
                    (
                        not before.strip()
                        or re.search(
                            # ("The ministry posted that 12 were injured": a body's post, as
                            # its statement)
                            r"(?i)\b(?:said|says|stated|reported|announced|posted|tweeted)"
                            r"(?:\s+[^,;]{0,30}?\bthat)?\s+$",
                            before,
                        )
                        or re.search(r";\s*$", before)  # "…; four were declared dead at the scene"
                    )
                    and re.match(
                        # (not "Two were destroyed": things, when no noun says people)
                        r"(?i)\s+(?:(?:injured|wounded|dead)\s+)?(?:were|are|have\s+been|had\s+been)\b"
                        r"(?!\s+destroyed\b)",
                        sentence[after:],
                    )
                    and _BARE_AFTER.match(sentence[after:])
                )
                or re.search(r"(?i)\bwith\s+$", before)
            )
            opening = opening or (
                (_LABEL.match(before) or _CASUALTY_LABEL.match(before))
                and re.match(
                    rf"(?i)\s+(?:{_OUTCOME.pattern})\s*(?:[,;(]|\.|and\b|$)", sentence[after:]
                )
            )
            # "At least 9 killed, including 3 soldiers, in a raid …": a sentence's opening toll,
            # its parts told after it (no headline's "9 killed in raid")
            opening = opening or (
                not before.strip()
                and re.match(
                    rf"(?i)\s+(?:{_OUTCOME.pattern}),\s+(?:including|among\s+them)\b",
                    sentence[after:],
                )
            )
            # "police confirm 7 killed, 4 injured at the market": a message's toll straight after
            # its reporting verb, the outcome word its noun
            # ("nurse says 7 wounded admitted, 2 referred": a log's toll, what was done with them
            # after it)
            # ("gave a toll of 7 killed and 11 wounded", "put the toll at seven killed and 11
            # injured": a toll of the dead and the wounded, each outcome word its count's noun)
            opening = opening or (
                (_ANNOUNCED_BEFORE.search(before) or _TOLL_OF_BEFORE.search(before))
                and _DEAD_AND_WOUNDED_AFTER.match(sentence[after:])
            )
            opening = opening or (
                _SAYS_BEFORE.search(before)
                and re.match(
                    rf"(?i)\s+(?:{_OUTCOME.pattern})\s*(?:[,;(]|\.|at\b|in\b|on\b|$|"
                    r"(?:admitted|evacuated|hospitali[sz]ed|treated|referred|brought\s+in)\b|"
                    # ("the directorate said 3 killed and 8 injured": a pair of counts, each
                    # its outcome word its noun)
                    rf"and\s+(?:\d{{1,4}}|{_NUMBER_WORD})\s+(?:wounded|injured|hurt|dead|killed|"
                    r"missing)\b)",
                    sentence[after:],
                )
            )
            # ("13 wounded admitted overnight from Thiou": a ward's log opening on its count, what
            # was done with them after it)
            opening = opening or (
                not before.strip()
                and re.match(
                    r"(?i)\s+(?:wounded|injured|dead)\s+(?:admitted|evacuated|hospitali[sz]ed|"
                    r"received|brought\s+in)\b",
                    sentence[after:],
                )
            )
            enemy = _ENEMY_LOSSES.search(before)  # "the losses of the enemy reached 30 killed"
            # "we are treating nineteen wounded", "the hospital received 12 dead": the outcome
            # as the noun of people treated, received or counted
            cared = re.search(
                r"(?i)\b(?:treating|treated|treats|received|receiving|receives|admitted|admitting|"
                r"evacuated|evacuating|counted|counting|carried|carrying|transported|transporting|"
                r"ferried|ferrying)\s+(?:(?:at\s+least|more\s+than|about|"
                r"around|some|over|another)\s+)?$",
                before,
            ) and re.match(r"(?i)\s+(?:more\s+)?(?:wounded|injured|dead)\b", sentence[after:])
            # ("a doctor told us that six wounded from Tirah had arrived": the wounded as the
            # noun of people who reached care, told or opening a sentence)
            cared = cared or (
                (
                    not before.strip()
                    or re.search(
                        r"(?i)(?:\bthat|\bsaid|\bsays|:)\s+(?:(?:at\s+least|more\s+than|"
                        r"about|some|another)\s+)?$",
                        before,
                    )
                )
                and re.match(
                    r"(?i)\s+(?:wounded|injured)\s+(?:from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
                    r"(?:had|have|has)\s+(?:(?:now|already|so\s+far)\s+)?(?:arrived|reached|been\s+"
                    r"(?:brought|admitted|received))\b",
                    sentence[after:],
                )
            )
            # "a total of 14 wounded have now been received": a total, its outcome its noun
            total_of = re.search(r"(?i)\ba\s+total\s+of\s+$", before) and re.match(
                r"(?i)\s+(?:wounded|injured|dead)\b", sentence[after:]
            )
            # "MSF: 7 wounded admitted to the general hospital overnight": a source's line, its
            # count of the wounded and what was done with them
            total_of = total_of or (
                _LABEL.match(before)
                and re.match(
                    r"(?i)\s+(?:wounded|injured)\s+(?:admitted|evacuated|hospitali[sz]ed|received|"
                    r"brought\s+in|treated)\b",
                    sentence[after:],
                )
            )
            # "the health district's count of 13 wounded": a count's outcome word is its noun
            total_of = total_of or (
                re.search(
                    r"(?i)\b(?:count|tally|figure|estimate)\s+of\s+(?:(?:at\s+least|more\s+than|"
                    r"about|some)\s+)?$",
                    before,
                )
                and re.match(r"(?i)\s+(?:wounded|injured)\b", sentence[after:])
            )
            # "At least 8 killed across both locations (details below).": a bulletin's opening
            # toll in its own sentence, a full stop at its end (no headline's "8 killed in raid")
            opening = opening or (
                not before.strip()
                and re.match(r"(?i)(?:at\s+least|more\s+than|over|some|about|around)\s", phrase)
                and re.match(
                    # (not "At least 9 killed in a raid.", a headline's turn of phrase)
                    rf"(?i)\s+(?:{_OUTCOME.pattern})\s+(?:across|overnight|since|so\s+far)\b"
                    r"[^.;:]*\.\s*$",
                    sentence[after:],
                )
            )
            if before.casefold().endswith("the ") or not (
                found or follows or first or one_before or opening or enemy or cared or total_of
            ):
                continue  # "the ten killed" is a reference; a noun left out needs one before
            if (
                found
                and not found[-1].of_them
                and (
                    # "18 people were killed in Ruwi and 13 in Mushu": the same words left out
                    re.search(r"(?:,\s*|\s)and\s+$", before)
                    and _ELLIPSIS_AFTER.match(sentence[after:])
                    # "9 civilians killed according to OCHA, 11 according to the civil
                    # society": the same toll by another reporter, its words left out
                    or re.search(r"(?:(?:,\s*|\s)(?:and|but|while|whereas)\s+|,\s*)$", before)
                    and _ELLIPSIS_ACCORDING_TO.match(sentence[after:])
                    # "… reported three deaths, while the police put the figure at two": the
                    # same count by another reporter, as "the figure"
                    or _FIGURE_PUT_AT_BEFORE.search(before)
                    and re.match(r"\s*(?:[,.;)]|$)", sentence[after:])
                )
            ):
                found.append(_Mention(phrase, "", None, start, after, part=part, elliptic=True))
                continue
            if (
                found
                and _OF_WHOM_BEFORE.search(before)
                and re.search(
                    r"(?i)\b(?:abduct\w*|kidnap\w*|took|taken|seized|carried\s+off)\b", before
                )
                and _RETURNED_AFTER.match(sentence[after:])
            ):  # "took 5 farmers, of whom 2 returned after four days": some of them, back
                found.append(_Mention(phrase, "", None, start, after, part=part))
                continue
            if _BARE_AFTER.match(sentence[after:]) or (
                _VERB_BEFORE.search(before)
                and re.match(
                    # ("… and arrested 3 in a follow-up operation": the event's article,
                    # definite or not, and a word that says which)
                    r"\s*(?:[,.;]|and\b|who\b|$)|\s+alive\b|\s+(?:in|at|near|during|on)\s+"
                    r"(?:the\s+(?=village|town|blast)|(?:the|an?|their|its)\s+(?:[a-z][\w-]*\s+)?"
                    r"(?=(?:attack|raid|ambush|assault|operation|"
                    r"offensive|strike|clash|gunfight|shootout|pursuit|chase|sweep)s?\b))?"
                    r"(?:attack|raid|ambush|assault|operation|offensive|strike|gunfight|shootout|blast|"
                    # ("neutralised eight militiamen and captured two in their pursuit")
                    r"pursuit|chase|sweep|clash|village|town|[A-Z])|"
                    r"\s+(?:in|at|near)\s+(?:the|a)\s+(?:[a-z-]+\s+)?(?:market|bazaar|camp|"
                    r"neighbou?rhood|square|mosque|church|school|street|road)\b|"
                    # ("killed 4 soldiers and injured 9 at their base": the victims' own post)
                    r"\s+(?:in|at|near)\s+(?:the|their|its|a)\s+(?:[a-z-]+\s+)?(?:base|"
                    r"post|outpost|checkpoint|barracks|camp)\b|"
                    r"\s+(?:before|after|when|while|as)\b",
                    sentence[after:],
                )
                and not _NAMED_NUMBER.search(before)
            ):
                # "the blast that killed 4": the victims of another clause, not the people
                # counted before
                relative = re.search(r"(?i)\b(?:that|which)\s+(?:\w+\s+)?\w+\s+$", before)
                group = UNKNOWN if relative and _VERB_BEFORE.search(before) else None
                if cared:
                    group = UNKNOWN  # "the hospital had received 31 wounded": its own count
                apposed = re.match(
                    r"(?i),\s+(?:all|both)\s+(?:of\s+them\s+)?(?P<noun>[a-z]+),", sentence[after:]
                )
                if group is None and apposed:
                    # "four, all girls, escaped": the people the apposition names
                    group = VICTIM_NOUNS.get(apposed["noun"].casefold()) or morphology_group(
                        apposed["noun"]
                    )
                whole = _WHOLE_BEFORE.search(before)
                if group is None and whole:
                    # "of the 40 passengers on board, nine were killed": the people the whole
                    # names (the whole itself, a group on board, is no figure)
                    group = VICTIM_NOUNS.get(whole["noun"].casefold()) or morphology_group(
                        whole["noun"]
                    )
                found.append(_Mention(phrase, "", group, start, after, part=part))
            continue
        end = after + tail.end()
        noun = tail.group("noun")
        group = (
            WEAK_NOUNS.get(noun.casefold())
            if weak
            else VICTIM_NOUNS.get(noun.casefold()) or morphology_group(noun) or _members(tail)
        )
        body = re.match(
            r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*|of|the|and))*",
            sentence[end:],
        )
        if noun.casefold() == "combatants":
            if not re.search(r"(?i)\b(?:our|its)\b", tail.group("gap")):
                continue  # "between 15 and 20 combatants": anyone's, of no side named
            # "2 of our brave combatants fell as martyrs": an armed group's own fighters
            group = "militants"
        if noun.casefold() in ("fighters", "combatants") and body:
            # "two fighters of the Popular Mobilisation Forces": whose fighters, as for "members
            # of" (a state's auxiliary force is the state's)
            group = _members(re.match(r".+", f"members{body.group()}"))
        first = re.search(r"(?i)(?P<first>[\w'-]+)\s+(?:and|or)$", tail.group("gap"))
        joined = first and (
            VICTIM_NOUNS.get(first["first"].casefold()) or WEAK_NOUNS.get(first["first"].casefold())
        )
        if joined and joined != group:
            group = UNKNOWN  # '40 "apostate" officials and soldiers': one number, two groups
        men = _MEN_ADJECTIVE.fullmatch(tail.group("gap")) if noun.casefold() == "men" else None
        if men and re.search(r"(?i)armed|masked", men["who"]) and "unarmed" not in men["who"]:
            group = MILITANTS  # "two armed men"
        elif men and men["who"].casefold() in ("unarmed", "innocent"):
            group = CIVILIANS
        if (
            group == CIVILIANS
            and noun.casefold() not in VICTIM_NOUNS
            or group == UNKNOWN
            and noun.casefold() == "men"
        ) and _FORCE_WORD.search(tail.group("gap")):
            group = FORCES  # "police reservists", "army recruits", "eight FC men"
        if noun.casefold() in ("officers", "officer") and _CIVIL_OFFICERS.search(tail.group("gap")):
            group = CIVILIANS  # "two of its revenue officers": officers of a civil service
        if noun.casefold() in ("agents", "agent") and (
            _CIVIL_OFFICERS.search(tail.group("gap"))
            or _CIVIL_AGENTS.search(tail.group("gap"))
            or _OF_A_PREMISES.match(sentence[end:])
        ):
            group = CIVILIANS  # "two field agents", "agents of our company": a firm's, unarmed
        if (
            noun.casefold() in ("guards", "guard")
            and group == FORCES
            and (_PRIVATE_GUARDS.search(tail.group("gap")) or _GUARDS_EMPLOYER.search(sentence))
            and not _FORCE_WORD.search(re.sub(r"(?i)\bsecurity\b", "", tail.group("gap")))
        ):
            group = CIVILIANS  # "two private security guards", "a security contractor's guards"
        if noun.casefold() == "members":  # "three ELN members", "family members" (listed)
            gap = tail.group("gap")
            armed = r"(?i:suspected|alleged|militia|gang|cult|rebel|insurgent|jihadist|terrorist)"
            group = MILITANTS if re.search(rf"\b[A-Z]{{2,}}\b|{armed}", gap) else UNKNOWN
            if group == UNKNOWN and _CIVIL_BODY_MEMBERS.search(f"{gap.strip()} members"):
                group = CIVILIANS  # "two church members": a congregation's, civilians
            if group == UNKNOWN and _CIVIL_BODY_HAS.search(before):
                group = CIVILIANS  # "our parish has eight members wounded": the parish's own
            if group == UNKNOWN and re.fullmatch(
                r"(?i)\s*(?:[\w-]+\s+)?(?:army|military|police|gendarmerie|paramilitary|navy)\s*",
                gap,
            ):
                group = FORCES  # "7 army members were killed": a force's members
        if (
            group in (UNKNOWN, MILITANTS)
            and re.match(
                r"(?i)members?\s+of\s+(?:the|its|their|his|her)\s+(?:squad|team)\b",
                sentence[after + tail.start("noun") :],
            )
            and _SPORTS.search(sentence)
        ):
            group = CIVILIANS  # "a club's players … eleven members of the squad": a sports team
        named = re.match(r"(?i)members?\s+of\s+(?:the\s+)?(?P<name>.+)$", noun)
        if named and re.search(
            re.escape(named["name"]) + r"(?:\s+[\w-]+){0,2}\s+(?:security\s+)?(?:forces|police)\b",
            sentence,
        ):
            group = FORCES  # "the Asayish internal security forces … four members of the Asayish"
        elif named and VICTIM_NOUNS.get(f"{named['name'].casefold()} members") == FORCES:
            group = FORCES  # "five members of the Asayish": a force's members listed as such
        lost = re.search(r"(?i)\b(?P<who>[\w-]+)\s+(?:had\s+|has\s+|have\s+)?lost\s+$", before)
        if lost and group == UNKNOWN and noun.casefold() == "men":  # "the army lost seven men"
            if (
                _FORCE_WORD.search(lost["who"])
                or VICTIM_NOUNS.get(lost["who"].casefold()) == FORCES
            ):
                group = FORCES
            elif VICTIM_NOUNS.get(lost["who"].casefold()) == MILITANTS:
                group = MILITANTS
        all_of = re.match(  # "six people, all civilians," / "six people were killed, all of them"
            rf"(?i)[^.;\d]{{0,40}}?,\s+all\s+(?:of\s+them\s+)?(?P<noun>{_NOUN})\s*(?:[,;.]|$)",
            sentence[after + tail.end() :],
        )
        if all_of and group == UNKNOWN and VICTIM_NOUNS.get(all_of["noun"].casefold()):
            group = VICTIM_NOUNS[all_of["noun"].casefold()]  # "six people, all civilians,"
        if STATE_AUXILIARY.search(tail.group("gap")) and group != CIVILIANS:
            group = FORCES  # "four PMF fighters", "three CJTF members"
        if STATE_AUXILIARY.match(sentence, after + tail.start("noun")):
            group = FORCES  # "9 Volunteers for the Defence of the Homeland": the force's name
        if re.fullmatch(r"(?i)volunteers?", tail.group("noun") or "") and _VOLUNTEER_FORCE.search(
            sentence
        ):
            group = FORCES  # "a post of the VDP …, killing 12 volunteers": the force's men
        if group != CIVILIANS and _OF_A_STATE_FORCE.match(sentence[end:]):
            group = FORCES  # '40 "militiamen of the VDP"', '4 "militiamen apostates"'
        if (
            group == FORCES
            and re.fullmatch(r"(?i)guards?|watchm[ae]n", tail.group("noun") or "")
            and _OF_A_PREMISES.match(sentence[end:])
        ):
            group = CIVILIANS  # "a security guard of the cooperative": a private employee
        if group == MILITANTS and _OF_THE_ARMY.match(sentence[end:]):
            group = FORCES  # "2 of the fighters of the army": the state's own fighters
        if re.fullmatch(
            r"(?i)employees?|staff|servants?", tail.group("noun") or ""
        ) and _OF_A_STATE_SERVICE.match(sentence[end:]):
            group = FORCES  # "2 employees of police", "an employee of the FSB": its officers
        if (
            # ("9 Shabaab elements": the group's men, though "elements" alone are a jihadist
            # statement's word for soldiers)
            (
                group in (None, UNKNOWN)
                or group == FORCES
                and tail.group("noun").lower() == "elements"
            )
            and re.fullmatch(r"(?i)members?|elements?|cadres?", tail.group("noun") or "")
            and _ARMED_GROUP_NAME.search(tail.group("gap"))
        ):
            group = MILITANTS  # "6 Dawlah Islamiyah members", "three Boko Haram members"
        if (
            group in (None, UNKNOWN, FORCES)
            and re.fullmatch(r"(?i)elements?", tail.group("noun") or "")
            and (
                _ARMED_GROUP_WORD.search(tail.group("gap"))
                or _OF_AN_ARMED_GROUP.match(sentence[end:])
            )
            # ("3 of the apostate militia elements": a jihadist claim's word for the militia
            # armed by the state, the state's side)
            and not (
                group == FORCES
                and re.search(r"(?i)\b(?:apostates?|murtad\w*)\b", tail.group("gap"))
            )
        ):
            group = MILITANTS  # "20 of the elements of the militia", "five militia elements"
        if (
            group in (None, UNKNOWN)
            and re.fullmatch(r"(?i)members?|elements?|personnel", tail.group("noun") or "")
            and (_OF_GOVERNMENT_FORCES.match(sentence[end:]) or _OF_THE_ARMY.match(sentence[end:]))
        ):
            group = FORCES  # "20 members of the apostate government forces", a claim's words
        if (
            (
                _SUSPECTED.match(sentence[end:])
                or _HELD_SUSPECTED_TO.match(sentence[end:])
                and _HELD.search(sentence[max(0, start - 40) : start])
                # ("5 suspicion persons": a machine translation's "suspected", as the noun)
                or re.search(r"(?i)\b(?:suspected|suspicion)\b", tail.group("gap"))
            )
            and not _SIDING_WITH_THE_STATE.match(sentence[end:])
            # (not those taken by the armed men as what they are accused of: "militia youths
            # abducted 7 villagers accused of supporting the opposition" are civilians)
            and not re.search(
                r"(?i)\b(?:abducted|abducting|kidnapped|kidnapping)\s+(?:[\w-]+\s+){0,2}$",
                sentence[max(0, start - 40) : start],
            )
        ):
            group = MILITANTS
        if group in (None, UNKNOWN) and _AS_SUSPECTED_MEMBERS.match(sentence[end:]):
            group = MILITANTS  # "arrested 23 persons as suspected members of the armed militia"
        if (
            group in (None, UNKNOWN)
            and _HELD_LINKED.match(sentence[end:])
            and re.search(
                # ("arrested, in Bordj Badji Mokhtar, seven individuals": where, set off between)
                r"(?i)\b(?:arrest|detain|apprehend|captur)\w*(?:\s*,[^,.;]{2,60},)?\s+"
                r"(?:[\w-]+\s+){0,3}$",
                sentence[max(0, start - 100) : start],
            )
        ):
            group = MILITANTS  # "captured 5 persons linked to the drug trafficking": suspects
        if (
            group != FORCES
            and re.fullmatch(
                r"(?i)supporters?|members?|followers?|adherents?|sympathi[sz]ers?",
                tail.group("noun") or "",
            )
            and _OF_A_TERRORIST_BODY.match(sentence[end:])
            and re.search(
                r"(?i)\b(?:arrest|detain|apprehend|captur)\w*\s+(?:[\w-]+\s+){0,3}$",
                sentence[max(0, start - 40) : start],
            )
        ):
            # "were detained 5 supporters of international terrorist organisation": those held
            # as a terrorist body's, without the article a translation from Russian leaves out
            group = MILITANTS
        connected = _IN_CONNECTION.match(sentence[end:])
        held = connected and (
            _HELD.search(connected.group()) or _HELD.search(sentence[max(0, start - 40) : start])
        )
        if group == UNKNOWN and (
            _ACCUSED_LATER.match(sentence[end:])
            or held
            and not re.search(
                r"(?i)\b(?:kill|wound|injur|dead|died|abduct|kidnap)", connected.group()
            )
        ):
            group = (
                MILITANTS  # "30 young men … were rounded up …, accused of guiding the attackers"
            )
        accused = _ACCUSED_IN_CLAUSE.match(sentence[end:])
        if (
            group == UNKNOWN
            and accused
            and _HELD_BEFORE.search(sentence[:start])
            and not _SIDING_WITH_THE_STATE.match(sentence[end + accused.start("why") :])
        ):
            group = MILITANTS  # "arrested 8 young men at the checkpoint, accused of being rebels"
        if (
            group == UNKNOWN
            and _HELD_BEFORE.search(sentence[:start])
            and _HELD_AS_DOERS.match(sentence[end:])
        ):
            group = MILITANTS  # "arrested four men, two of whom were charged with murder"
        # "the gendarmes took 6 herders to the brigade; people say they are accused of aiding the
        # bandits": held, the suspicion told of them in the clause after the semicolon
        accused = _THEY_ACCUSED_AFTER.match(sentence[end:])
        if (
            group in (CIVILIANS, UNKNOWN)
            and accused
            and (
                _HELD_BEFORE.search(sentence[:start])
                or _FORCES_TOOK.search(sentence[:start])
                and _TO_THE_CELLS_AFTER.match(sentence[end:])
            )
            and not _SIDING_WITH_THE_STATE.match(sentence[end + accused.start("why") :])
        ):
            group = MILITANTS
        if _SPEAKERS.match(sentence[end:]):
            continue  # "two residents told Reuters …": who speak, not victims
        if weak and re.match(
            r"(?i)\s+(?:\w+\s+)?(?:confirmed|reported|announced|put|gave|stated|declared|"
            r"estimated|counted|recorded|noted|blamed|accused|vowed|visited|ordered)\b",
            sentence[end:],
        ):
            continue  # "two district officials confirmed the deaths of six people"
        part = part or bool(_AMONG.match(sentence[end:]))
        more = _COMPOUND.match(sentence[end:])
        if more and _SPEAKERS.match(sentence[end + more.end() :]):
            more = None  # "killed 12 soldiers and officials said …": who speaks, not victims
        other = None
        if more:
            word = more.group("noun").casefold()
            other = VICTIM_NOUNS.get(word) or WEAK_NOUNS.get(word) or _members(more)
        if more and other in (group, UNKNOWN):
            end += more.end()
        elif more and group not in (None, UNKNOWN):
            # "seven members of the security forces and civilians", "30 soldiers and officials":
            # one number over two groups counts people of no one group
            group, end = UNKNOWN, end + more.end()
        # "one of the wounded officers": some of the wounded, named by their noun
        wounded = re.match(r"\s+of\b", sentence[after:]) and re.match(
            r"(?i)\s+(?:the|those)\s+(?:injured|wounded)$", tail.group("gap")
        )
        found.append(
            _Mention(
                phrase,
                noun,
                None if noun.casefold() == "others" else group,
                start,
                end,
                gap=tail.group("gap"),
                reference=sentence[max(0, start - 4) : start].casefold().endswith("the ")
                and not _DEFINING_CLAUSE.match(sentence[end:]),
                part=part,
                weak=weak,
                of_outcome="wounded" if wounded else None,
            )
        )
    for match in _RANK.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in found) or _SPEAKS.match(
            sentence[match.end() :]
        ):
            continue
        # "two sons of soil, Lance Naik A (age 29) and Sepoy B (age 23),": the two, named
        named = False
        for m in found:
            between = re.sub(r"\s*\([^)]*\)", "", sentence[m.end : match.start()])
            if (re.fullmatch(r",\s*", between) and not m.singular) or (
                re.fullmatch(r"\s+and\s+", between) and m.singular and m.part
            ):
                named = True
        found.append(
            _Mention(
                "one",
                match.group(),
                FORCES,
                match.start(),
                match.end(),
                singular=True,
                part=named or bool(_PART_BEFORE.search(sentence[: match.start()])),
            )
        )
        found.sort(key=lambda m: m.start)
    for match in _ORDINAL_ONE.finditer(sentence):
        said_of = re.search(  # "… and arrested a third", "… and (that) a third was wounded"
            rf"(?i)\b(?:and|{'|'.join(OUTCOME_WORDS.values())})\s+(?:that\s+)?$",
            sentence[: match.start()],
        )
        if match["where"] and said_of and said_of.group().casefold().startswith("and"):
            continue  # ("killed two in one raid and a second in another": no one more)
        if found and said_of and not any(m.start <= match.start() < m.end for m in found):
            found.append(_Mention("one", "", None, match.start(), match.end()))
    for match in _COUNT_MORE.finditer(sentence):
        # "killed 47 extremists and captured 15 more": more of the people just counted, by
        # the outcome told before it
        if found and not any(m.start <= match.start("n") < m.end for m in found):
            found.append(_Mention(match["n"], "", None, match.start("n"), match.end()))
            found.sort(key=lambda m: m.start)
    for match in _TITLED_DONE.finditer(sentence):
        if not any(m.start <= match.start() < m.end for m in found):
            # "Mr Ali Musa, a teacher, was abducted on Monday": one person, by name
            found.append(
                _Mention("one", match["name"], CIVILIANS, match.start(), match.end(), singular=True)
            )
            found.sort(key=lambda m: m.start)
    # "The Kucheri imam, Malam Lawal, was shot dead" (by role and name), "The catechist of
    # Nanga station is missing" (by role): one person each
    for pattern in (_PLACE_ROLE_NAMED_DONE, _ROLE_MISSING, _ROLE_TITLE_DONE):
        for match in pattern.finditer(sentence):
            group = SINGULAR_NOUNS.get(match["noun"].casefold())
            if group is not None and not any(
                m.start <= match.start("noun") < m.end or match.start("noun") <= m.start < m.end
                for m in found
            ):
                found.append(
                    _Mention(
                        "one",
                        match["noun"],
                        group,
                        match.start("noun"),
                        match.end("noun"),
                        singular=True,
                    )
                )
                found.sort(key=lambda m: m.start)
    for match in _SINGULAR.finditer(sentence):
        if any(
            m.start <= match.start() < m.end or match.start() <= m.start < match.end()
            for m in found
        ):
            continue
        if _CORRECTION_TOLD_WRONG.search(sentence[: match.start()]):
            continue  # "We corrected our post: we wrote that one guard died": put right
        if re.search(r"(?i)\b(?:allah|god)\s+is\s+$", sentence[: match.start()]):
            continue  # "we consider them so and Allah is their reckoner": a formula, no one
        if _LISTENERS_BEFORE.search(sentence[: match.start()]) and not _TOLD_COUNT_AFTER.match(
            sentence[match.end() :]
        ):
            continue  # "villagers told our correspondent that …": whom they told, no one hurt
        if re.search(
            r"(?i)\b(?:identified|named|described|listed)\s+(?:[\w'’-]+\s+){1,4}?as\s+$",
            sentence[: match.start()],
        ):
            continue  # "identified the dead man as a 47-year-old welder": who he was, told before
        if any(
            re.fullmatch(r"\s*,\s*", sentence[m.end : match.start()]) for m in found
        ) and re.match(r"(?i)an?\s+(?:former|retired|suspected|known|alleged)\b", match.group()):
            continue  # "a suspect, a former member of the group, was arrested": the same one
        noun, end = match.group("noun"), match.end()
        if match["whose"] and (
            noun.casefold() not in SINGULAR_NOUNS
            or not re.match(r"(?i)an?\s", sentence[match.start() :])
        ):
            continue  # "a farmer's tractor": a thing of someone's, no one ("our driver's
            # cousin": no count, someone the writer knows)
        if re.search(
            r"(?i)\b(?:staff|employees|workers|personnel|members|volunteers|crew)\s+of\s+$",
            sentence[: match.start()],
        ) and noun.casefold() in ("partner", "contractor", "donor", "provider", "member"):
            continue  # "two national staff of a partner detained": whose staff, no one held
        head = re.match(r"\s+([a-z]+)\b(?![-'])", sentence[end:])
        if head and head.group(1).casefold() in SINGULAR_NOUNS:
            noun, end = head.group(1), end + head.end()  # "a woman bomber": a bomber
        else:  # "a Sunni tribal leader": a tribal leader
            head = re.match(r"\s+([a-z]+\s+[a-z]+)\b(?![-'])", sentence[end:])
            if head and head.group(1).casefold() in SINGULAR_NOUNS:
                noun, end = head.group(1), end + head.end()
            else:  # "a rubber tapper": the last of two nouns is the person
                head = re.match(r"\s+([a-z]+)\b(?![-'])", sentence[end:])
                if (
                    head
                    and noun.casefold() not in SINGULAR_NOUNS
                    and re.fullmatch(_MORPHOLOGY, head.group(1))
                    and morphology_group(head.group(1)) is not None
                ):
                    noun, end = head.group(1), end + head.end()
        if (
            noun.casefold() in _ADJECTIVE_NOUNS
            and re.match(r"\s+[a-z]{3,}\b(?![-'])", sentence[end:])
            and not _AFTER_PERSON.match(sentence[end:])
            # (not "a civilian bike rider", "a civilian contract staff": a person named by the
            # words after)
            and not any(
                w.casefold() in SINGULAR_NOUNS
                or w.casefold() in VICTIM_NOUNS
                or (re.fullmatch(_MORPHOLOGY, w) and w.casefold() + "s" not in NOT_PEOPLE)
                for w in re.findall(r"[a-z-]+", sentence[end : end + 40])[:2]
            )
        ):
            continue  # "to secure our national territory", "a local market": an adjective
            # before the noun it describes, no person
        appositive = any(
            # ("three farmers of our society, a father and his two sons, …": after whose
            # they are)
            (
                re.fullmatch(
                    r"(?:\s+of\s+(?:the|its|his|her|their|our)\s+[^,;.]{1,40})?,\s*",
                    sentence[m.end : match.start()],
                )
                and not m.singular
            )
            or (re.fullmatch(r"\s+and\s+", sentence[m.end : match.start()]) and m.part)
            # "Two civilians were killed, a woman and her daughter, and …": the two, named
            # after their outcome (not "…, a civilian was wounded": a figure of its own)
            or (
                not m.singular
                and re.fullmatch(
                    r"\s+(?:were|had\s+been|have\s+been)\s+(?:killed|wounded|injured|abducted|"
                    r"kidnapped|arrested|freed|released)(?:\s+\w+)?,\s*",
                    sentence[m.end : match.start()],
                )
                and re.match(
                    r"\s*,|\s+and\s+(?:his|her|their|a|an|the)\s+[a-z-]+\s*,", sentence[end:]
                )
            )
            # "a fourth person, a tricycle driver, died": the one person, by role ("Mrs
            # Amina Bello, a nurse, …" too)
            # ("A fourth passenger, a boy of 15, was wounded": a counted one, then who)
            or (
                m.singular
                and (
                    m.noun.casefold() in ("person", "man", "woman", "one")
                    or m.noun[:1].isupper()
                    # ("her husband, a farmer, is missing": one of someone's own, then what
                    # he does)
                    or re.match(r"(?i)(?:his|her|their|my|our)\s", sentence[m.start : m.end])
                    # ("another herder, a boy of 15, …": one more counted, then who)
                    or re.match(
                        r"(?i)another\b|(?:an?|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
                        r"ninth|tenth|further|other)\b",
                        sentence[m.start : m.end],
                    )
                )
                and re.fullmatch(r",\s*", sentence[m.end : match.start()])
                and re.match(r"[^,;.]{0,60},", sentence[end:])
            )
            # "A polling officer, a law student, has been missing": one person by role, then what
            # else that person is, the apposition closed by a comma before the verb
            or (
                m.singular
                and re.fullmatch(r",\s*", sentence[m.end : match.start()])
                and re.match(
                    r"[^,;.]{0,40},\s+(?:has|had|have|was|were|is|remains|remained)\b",
                    sentence[end:],
                )
            )
            # "Two workers, the driver and his helper, …": the two, named by their roles
            # ("two members of the crew, the pilot and a mechanic, …": after what they are
            # members of)
            or (
                not m.singular
                and re.fullmatch(
                    r"(?:\s+of\s+(?:the|its|his|her|their|our)\s+[^,;.]{1,40})?"
                    # ("two of my relatives, my brother Ali Khan and my nephew": a name after
                    # the first)
                    r",\s*(?:the|a|an|his|her|their|its|my|our)\s+(?:[a-z-]+\s+)?[a-z-]+"
                    r"(?:\s+[A-Z][\w'’-]+){0,3}\s+and\s+",
                    sentence[m.end : match.start()],
                )
                and re.match(r"(?:\s+[A-Z][\w'’-]+){0,3}\s*,", sentence[end:])
            )
            for m in found
        )  # "two civilians, a driver and a shopkeeper, …": the two, named
        if _BODY_AFTER_PERSON.match(sentence[end:]):
            continue  # "a diaspora Hazara organisation", "a farmer cooperative": a body, no one
        group_of_single = morphology_group(noun)
        listed = noun.casefold() in SINGULAR_NOUNS
        if (
            not listed
            and not _AFTER_PERSON.match(sentence[end:])
            and not _NAME_AFTER_PERSON.match(sentence[end:])
        ):
            continue  # "a humanitarian partner": a word used as an adjective
        if re.match(r"\s*\(", sentence[end:]) and re.search(
            r"(?i)\bof\s+$", sentence[: match.start()]
        ):
            continue  # "five workers of a contractor (not a partner)": whose they are
        if group_of_single is None or _SPEAKS.match(sentence[end:]):
            continue  # not a person, or the one who reports: "a doctor … said"
        if re.search(
            r"\b(?:said|says|added)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+$",
            sentence[: match.start()],
        ):
            continue  # "…,” said Imran Ali, a shopkeeper whose brother was hurt: who speaks
        group = SINGULAR_NOUNS.get(noun.casefold()) or group_of_single
        words_before = sentence[match.start() : end - len(noun)]
        if (
            noun.casefold() == "guard"
            and group == FORCES
            and (_PRIVATE_GUARDS.search(words_before) or _GUARDS_EMPLOYER.search(sentence))
            and not _FORCE_WORD.search(re.sub(r"(?i)\bsecurity\b", "", words_before))
        ):
            # "the security contractor reports … a third guard was wounded", "a security guard
            # shot at a shopping centre": a private employer's guard, as the plural is
            group = CIVILIANS
        if (
            noun.casefold() in ("agent", "officer")
            and group == FORCES
            and (
                _CIVIL_OFFICERS.search(words_before)
                or noun.casefold() == "agent"
                and _CIVIL_AGENTS.search(words_before)
            )
        ):
            group = CIVILIANS  # "an extension agent", "a revenue officer": a civil service's
        named = re.match(r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s*,", sentence[end:])
        if group == UNKNOWN and named:
            # "a fourth person, a tricycle driver, died": the person, by the role after it
            word = named["noun"].casefold()
            group = SINGULAR_NOUNS.get(word) or morphology_group(word) or group
        body = re.match(
            r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*|of|the|and))*"
            # ("a member of the police mobile squad": a force named in lower case, a unit of it
            # after)
            r"|\s+of\s+the\s+(?:police|army|military|navy|air\s+force|gendarmerie|"
            r"security\s+forces|armed\s+forces)\b",
            sentence[end:],
        )
        if noun.casefold() == "member" and body:
            # "a member of the Armed Police Battalion": whose member, as for "members of"
            group = _members(re.match(r".+", f"members{body.group()}"))
        elif noun.casefold() == "member" and re.search(
            r"(?i)\b(?:gang|cult|militia|rebel|insurgent|jihadist|terrorist|cartel)\s+member$",
            sentence[match.start() : end],
        ):
            group = MILITANTS  # "1 gang member killed", as "gang members" are
        elif group == CIVILIANS and re.search(
            r"(?i)\b(?:police|army|military|paramilitary)\s+$",
            sentence[match.start() : end - len(noun)],
        ):
            group = FORCES  # "a police inspector", "an army driver": the force's own
        elif (
            group == FORCES
            and noun.casefold() in ("guard", "watchman")
            and (_OF_A_PREMISES.match(sentence[end:]) or _GUARDS_EMPLOYER.search(sentence))
        ):
            group = CIVILIANS  # "a security guard of the cooperative": a private employee
        elif group != MILITANTS and _THE_ATTACKER_WHO.search(sentence[: match.start()]):
            # "the attacker, a resident of the Negev aged 31, was shot dead": what the
            # attacker is, told in apposition to him, no civilian of his victims
            group = MILITANTS
        found.append(
            _Mention(
                "one",
                noun,
                MILITANTS
                if re.search(r"(?i)\barmed\s+man$", sentence[match.start() : end])
                else group,
                match.start(),
                end,
                # ("A 10-year-old girl was among those killed": one of them, as "two
                # constables were among the dead" are)
                part=appositive
                # ("a fourth soldier was found wounded, bringing the number of wounded to
                # four": the one who brought the count to where it stands, in it)
                or bool(
                    re.match(
                        # ("Another man died of his wounds, bringing the toll to four")
                        r"(?i)(?:(?:an?|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
                        r"ninth|tenth)|another)\b",
                        sentence[match.start() : end],
                    )
                    and _BRINGING_COUNT.search(sentence[end:])
                )
                # ("the body of our driver … was found, bringing the number of our staff
                # killed to three": the one whose death or find brought the count there)
                or bool(
                    _DEATH_OF.search(sentence[: match.start()])
                    and (brought := _BRINGING_COUNT.search(sentence[end:]))
                    and not re.search(
                        r"(?i)wound|injur|hurt|abduct|kidnap|missing|arrest|held|detain",
                        brought.group(),
                    )
                )
                or bool(_PART_BEFORE.search(sentence[: match.start()]))
                or bool(_PART_BETWEEN_THEM.search(sentence[: match.start()]))
                or bool(_AMONG.match(sentence[end:]))
                or _last_of_count(sentence[match.start() : end], found),
                singular=True,
            )
        )
    for match in [
        *_CREW_OF.finditer(sentence),
        *_CREW_DONE.finditer(sentence),
        *_ROLE_NAMED_DONE.finditer(sentence),
        *_NAMED_TAKEN_BY_ARMED.finditer(sentence),
    ]:
        if not any(
            m.start <= match.start() < m.end
            or re.fullmatch(r",\s*", sentence[m.end : match.start()])  # "A civilian, the driver …"
            for m in found
        ):
            # "the driver of the coach was shot and wounded": one person, named by the vehicle
            found.append(
                _Mention("one", match["noun"], CIVILIANS, match.start(), match.end(), singular=True)
            )
    for match in _CREW_TAKEN.finditer(sentence):
        whole = "whole" if match["whole"] else "whole2"
        if not any(m.start <= match.start(whole) < m.end for m in found):
            # "took the driver with them": one person, the vehicle's driver, taken along
            found.append(
                _Mention(
                    "one",
                    match["noun"] or match["noun2"],
                    CIVILIANS,
                    match.start(whole),
                    match.end(whole),
                    singular=True,
                )
            )
    for match in re.finditer(r"(?i)\b(?:a|an)\s+(?:[a-z-]+\s+)?couple\b(?!\s+of\b)", sentence):
        if not any(m.start <= match.start() < m.end for m in found):  # "an elderly couple": two
            found.append(_Mention("two", "couple", CIVILIANS, match.start(), match.end()))
    for match in _ANOTHER.finditer(sentence):
        if found and not any(m.start <= match.start() < m.end for m in found):
            found.append(_Mention("one", "", None, match.start(), match.end()))
    for match in _VERB_ANOTHER.finditer(sentence):
        # "killing one soldier and wounding another": one more of the noun before
        if found and not any(m.start <= match.start("one") < m.end for m in found):
            found.append(_Mention("one", "", None, match.start("one"), match.end("one")))
    found.sort(key=lambda m: m.start)
    # "four villagers, a man and his three sons": the rest of the named parts are parts
    for one, other in zip(found, found[1:], strict=False):
        if (
            one.singular
            and one.part
            and not other.part
            and re.fullmatch(r"(?i)\s+and\s+(?:her|his|their)\s+", sentence[one.end : other.start])
        ):
            other.part = True
    # "its first report had said one soldier killed": a person by role, in what an earlier
    # message said, is replaced since as a count is
    found = [
        m for m in found if not (m.singular and _EARLIER_NOTE_SAID.search(sentence[: m.start]))
    ]
    return found


# "Our hauler, Mang Berto, and his nephew": the person's name set between commas after his
# trade, then his kin (a name of one to three capitalised words)
_NAME_APPOSED = r"(?i)(?:,\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2},)?"


def _with_kin(sentence: str, found: list[_Mention]) -> list[_Mention]:
    """One person and their kin, counted as one figure: "killing a woman and her two
    daughters" is three, "the employee and his brother" two (unless they are the named parts
    of a count told before them, "three civilians, a woman and her two daughters").

    >>> [(m.phrase, m.start, m.end) for m in _with_kin("a woman and her two daughters", [
    ...     _Mention("one", "woman", "civilians", 0, 7, singular=True),
    ...     _Mention("two", "daughters", "civilians", 16, 29)])]
    [('3', 0, 29)]
    >>> [(m.phrase, m.start, m.end) for m in _with_kin("her son and two grandsons", [
    ...     _Mention("one", "son", "civilians", 0, 7, singular=True),
    ...     _Mention("two", "grandsons", "civilians", 12, 25)])]
    [('3', 0, 25)]
    """
    out: list[_Mention] = []
    for mention in found:
        one = out[-1] if out else None
        if (
            one is not None
            and one.singular
            and not one.part
            and not mention.part
            and not (one.reference or mention.reference or one.of_them or mention.of_them)
            and (None in (one.outcome, mention.outcome) or one.outcome == mention.outcome)
            and re.fullmatch(
                _NAME_APPOSED + r"\s+and\s+(?:(?:her|his|their)\s+)?",
                sentence[one.end : mention.start],
            )
            and (
                re.match(
                    _NAME_APPOSED + r"\s+and\s+(?:her|his|their)\s",
                    sentence[one.end : mention.end],
                )
                # "his brother and two nephews": the kin of one person, the possessive said once
                or re.fullmatch(rf"(?i)(?:her|his|their)\s+{_KIN}", sentence[one.start : one.end])
            )
            and re.fullmatch(rf"(?i){_KIN}", mention.noun)
            # ("a policewoman and her son", "a man and his wife": two groups, two figures)
            and one.group == mention.group
            and re.fullmatch(r"[a-z]+(?:[\s-][a-z]+)*", one.noun.casefold())
            # ("two civilians held inside, a woman and her son", "three members: his father,
            # his aunt and her son": the named parts of a count before them, no count)
            and not (
                any(not m.singular for m in out[:-1])
                and re.search(r"[,:]\s*$", sentence[: one.start])
            )
        ):
            total = 1 + parse_count(mention.phrase).best
            out[-1] = replace(one, phrase=str(total), end=mention.end, singular=False)
            continue
        out.append(mention)
    return out


# a count brought to where it stands: "bringing the number of wounded soldiers to four"
# ("bringing the toll from the car bomb to three", "raising the death toll in Kibo to 4")
_BRINGING_COUNT = re.compile(
    r"(?i)\b(?:bringing|taking|raising|pushing)\s+the\s+(?:death\s+)?(?:number|toll|total|count|"
    r"tally)\s+(?:(?:of|from|in|for)\s+[^.;]{1,40}?\s+)?to\s+"
)


# "25 people either detained or missing": one number for two outcomes, neither its own
_EITHER_OR = re.compile(
    rf"(?i)\beither\s+(?:{_OUTCOME.pattern})\s+or\s+(?:{_OUTCOME.pattern.replace('?P<', '?P<or_')})"
)


_TOOK_BEFORE = re.compile(r"(?i)\b(?:took|take|takes|taking)\s+$")
_OF_WHOM_BEFORE = re.compile(r"(?i),\s*of\s+(?:whom|(?:the\s+)?which)\s+$")
_RETURNED_AFTER = re.compile(
    _AMONG_THEM_APPOSED
    + r"\s+(?:(?:have|had)\s+)?(?:since\s+|later\s+|safely\s+)?(?:returned|came\s+back)"
    r"(?:\s+(?:home|safely|to\s+[A-Z][\w'-]+)(?=[\s.,;])|(?=\s+(?:on|in|after)\s|[.,;]))"
)
_TOOK_WITH_THEM_BEFORE = re.compile(
    r"(?i)\b(?:took|taking|carried|carrying)\s+(?:along\s+)?with\s+(?:them|themselves)\s+$"
)

_ATTACKERS_TOOK = re.compile(
    r"(?i)\b(?:gunmen|attackers|bandits|militants|kidnappers|abductors|insurgents|assailants|"
    r"jihadists|militiam[ae]n|rebels|fighters|(?:armed|unidentified|unknown|masked)\s+men)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:took|take|takes|taking)\s+$"
)


# the attackers of a clause, then what else they did: "gunmen stopped a truck carrying gold
# miners up the pass and took nine of them"
_ATTACKERS_THEN_TOOK = re.compile(
    r"(?i)\b(?:gunmen|attackers|bandits|militants|kidnappers|abductors|insurgents|assailants|"
    r"jihadists|militiam[ae]n|rebels|raiders|pirates|(?:armed|unidentified|unknown|masked)\s+men)"
    r"\s+(?:stopped|ambushed|intercepted|attacked|raided|stormed|waylaid|blocked|came\s+to|entered)\b[^.;:]{1,100}?"
    r"\s+and\s+(?:took|taking)\s+$"
)


# a named armed group as the attackers of the clause: "Al-Shabaab stopped trucks near the
# town and took six drivers", "Boko Haram fighters ambushed the bus and took nine"
_GROUP_THEN_TOOK = re.compile(
    r"\b(?:(?i:al-Shabaab|Boko\s+Haram|Ansaru)|ISWAP|JNIM|ISIS|ISGS|TTP|NPA|ELN|FARC|M23|ADF)"
    r"(?:\s+(?i:fighters|militants|gunmen|men))?"
    r"\s+(?i:stopped|ambushed|intercepted|attacked|raided|stormed|waylaid|blocked|came\s+to|entered)\b[^.;:]{1,100}?"
    r"\s+and\s+(?i:took|taking)\s+$"
)


# a named armed group, or an acronym's men, who took people: "Al-Shabaab took 4 elders from
# the villages", "RSF men took 7 farmers", "JNIM fighters took 5 herders"
_NAMED_GROUP = (
    r"\b(?:(?i:al-Shabaab|Boko\s+Haram|Ansaru)|ISWAP|JNIM|ISIS|ISGS|TTP|NPA|ELN|FARC|M23|ADF|"
    r"(?-i:[A-Z]{2,6})(?=\s+(?i:men|fighters|militants|gunmen)\b))"
    r"(?:\s+(?i:fighters|militants|gunmen|men))?"
)
_GROUP_TOOK = re.compile(rf"{_NAMED_GROUP}\s+(?:[a-z]+\s+){{0,2}}?(?i:took|take|takes|taking)\s+$")
# a gang as the takers: "the 400 Mawozo gang took", "gang members took"
_GANG_TOOK = re.compile(
    r"(?i)\bgang(?:s|sters?|\s+members|\s+men)?\s+(?:[a-z]+\s+){0,2}?(?:took|take|takes|taking)\s+$"
)
_GROUP_STOPPED_THEN_TOOK = re.compile(
    rf"{_NAMED_GROUP}\s+(?i:stopped|ambushed|intercepted|attacked|raided|stormed|waylaid|blocked)\b"
    r"[^.;:]{1,100}?\s+and\s+(?i:took|taking)\s+$"
)
# what the attackers took the people with: their herds, goods or vehicles ("armed men took 5
# herders with their cattle")
_TAKEN_WITH_GOODS = re.compile(
    r"(?i)[^.;:]{0,40}?\bwith\s+(?:their|his|her|the)\s+(?:cattle|animals|herds?|goats|sheep|"
    r"camels|livestock|trucks?|vehicles?|motorbikes?|motorcycles?|boats?|goods)\b"
)


_FORCES_TOOK = re.compile(
    r"(?i)\b(?:police|policemen|gendarmes|soldiers|troops|army|officers|security\s+forces|"
    r"military)\s+(?:[a-z]+\s+){0,2}?(?:took|take|takes|taking)\s+$"
)
# takers who hold no one: those who carry the hurt or the rescued ("rescuers took 12
# survivors from the rubble") and the elements ("the floods took 12 villagers from their homes")
_NO_CAPTORS_TOOK = re.compile(
    r"(?i)\b(?:rescuers|volunteers|medics|paramedics|doctors|nurses|ambulances?|firefighters|"
    r"firemen|red\s+cross|red\s+crescent|relatives|families|neighbou?rs|residents|villagers|"
    r"floods?|flood\s?waters?|waters|rivers?|sea|waves|storms?|cyclones?|landslides?|fires?|"
    r"disease|cholera)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:took|take|takes|taking)\s+$"
)
_TO_THE_CELLS_AFTER = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,3}?\s+(?:away\s+)?to\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:brigade|police\s+station|police\s+post|gendarmerie|cells?|custody|prison|jail|"
    r"detention)\b"
)


def _own_outcome(sentence: str, mentions: list[_Mention], i: int) -> None:
    """Rules 1–4 of the module: bodies, a word in the gap, the verb before, the clause after."""
    mention = mentions[i]
    if mention.outcome is not None:
        return  # "11 deaths": the noun says it
    before = _window_before(sentence, mention.start)
    if mention.noun.casefold() in ("bodies", "corpses") or _BODIES_OF.search(before):
        mention.outcome = "killed"
        return
    if _PRISONER.match(sentence[mention.end :]):
        mention.outcome = "abducted"  # "took 4 soldiers prisoner"
        return
    kind = _toll_kinds(sentence).get(mention.start)  # "the toll had risen to seven soldiers"
    if kind is not None:
        mention.outcome = "wounded" if kind in ("wounded", "injured") else "killed"
        return
    # "We buried 15 boys", "we cremated 14 people": people buried or cremated are dead
    if re.search(
        r"(?i)\b(?:buried|bury|burying|cremated|cremating|mourned|laid\s+to\s+rest)\s+(?:the\s+)?$",
        before,
    ):
        mention.outcome = "killed"
        mention.verb_before = True
        return
    # "residents surrounded and held 28 soldiers": people held are captives (suspects held are
    # arrested)
    if re.search(r"(?i)\b(?:held|holding)\s+(?:the\s+)?$", before):
        mention.outcome = "arrested" if mention.group == MILITANTS else "abducted"
        mention.verb_before = True
        return
    # "the gunmen marched 11 passengers into the bush": captives driven off to a hide-out, the
    # verb before the count and its place after (not "led 40 pupils to the school hall")
    if _DRIVEN_OFF_BEFORE.search(before) and _DRIVEN_OFF_AFTER.match(sentence[mention.end :]):
        mention.outcome = "abducted"
        mention.verb_before = True
        return
    # "the bandits took 11 of our pupils into the bush": people taken off to a hide-out
    if _TAKEN_OFF_BEFORE.search(before) and _TAKEN_INTO_AFTER.match(sentence[mention.end :]):
        mention.outcome = "abducted"
        mention.verb_before = True
        return
    # "our boys took out 9 soldiers at the checkpoint": fighters' word for killing fighters
    # (not "took out 9 wounded soldiers", nor "took out 9 soldiers from the rubble")
    if (
        mention.group in (FORCES, MILITANTS)
        and _TOOK_OUT_BEFORE.search(before)
        and not _TOOK_OUT_NOT.match(sentence[mention.start :])
    ):
        mention.outcome = "killed"
        mention.verb_before = True
        return
    # "the 14 people they carried to the bush": the count, then its taking in a clause of its
    # own, to a hide-out
    if _TAKEN_IN_CLAUSE_AFTER.match(sentence[mention.end :]):
        mention.outcome = "abducted"
        mention.verb_before = True
        return
    # "the fate of 19 persons from Baniyas remains unknown", "the whereabouts of 4 villagers
    # remain unknown": people missing, told by what is not known of them
    # (not "the fate of 3 soldiers killed in the ambush was unknown to their families")
    unknown = _FATE_OF_BEFORE.search(before) and _FATE_UNKNOWN_AFTER.match(sentence[mention.end :])
    # (a count, not "the whereabouts of many of them are unknown")
    if unknown and not _OUTCOME.search(unknown.group()) and not mention.of_them:
        mention.outcome = "missing"
        mention.verb_before = True
        return
    # an outcome told as a noun: "the capture of six soldiers", "the release of two hostages"
    noun = _OUTCOME_NOUN_BEFORE.search(before)
    if (
        noun
        and noun["noun"].casefold() == "release"
        and _RELEASE_DEMANDED.search(before[: noun.start()])
    ):
        # "demanded the release of 11 lawyers it said had been detained": still held, not
        # freed (held by the state when the text says so, else taken)
        held = _HELD_AFTER.match(sentence[mention.end :])
        mention.outcome = "arrested" if held else "abducted"
        mention.verb_before = True
        return
    if noun:
        mention.outcome = _OUTCOME_NOUNS[noun["noun"].casefold()]
        mention.verb_before = True
        return
    if (
        _TO_HOSPITAL_BEFORE.search(before)
        and _TO_HOSPITAL_AFTER.match(sentence[mention.end :])
        or (
            _CARE_RECEIVED_BEFORE.search(before)
            and not re.match(
                r"(?i)\s+(?:[\w'’-]+\s+)?(?:bodies|corpses|dead)\b", sentence[mention.end :]
            )
        )
    ):
        # "its crews had taken 19 people to hospitals": the hurt, carried to be treated
        mention.outcome = "wounded"
        mention.verb_before = True
        return
    # the verb taking the figure first: "rescued nine kidnapped victims" are freed
    verb = _VERB_BEFORE.search(before)
    if verb and _OWNED_TO.match(verb.group()) and _OWN_DEATH_AFTER.match(sentence[mention.end :]):
        verb = None  # "the army admitted four soldiers killed": owned to, its outcome after
    if verb:
        # (read where it stands: "is without news of its correspondent" needs its "is")
        mention.outcome = _OUTCOME.search(before, verb.start()).lastgroup
        mention.verb_before = True
        return
    # "gunmen took 23 people from the farms": people attackers take are abducted (not
    # "the ambulance took six people from the scene")
    after = sentence[mention.end :]
    # "9 people were taken towards the forest by the attackers": taken by attackers, in the
    # passive (a count only: "the secretary and her son were taken by armed men" names
    # persons, left to the rules below)
    if (
        not mention.singular
        and not _OUTCOME.search(mention.gap)
        and re.match(
            r"(?i)\s+(?:were|was|had\s+been|have\s+been|being)\s+taken\b[^.;]{0,50}?\bby\s+(?:the\s+)?"
            r"(?:[a-z]+\s+)?(?:attackers|gunmen|bandits|militants|kidnappers|abductors|insurgents|"
            r"assailants|jihadists|rebels|fighters|raiders|armed\s+men)\b",
            after,
        )
    ):
        mention.outcome = "arrested" if mention.group == MILITANTS else "abducted"
        return
    # "the armed men took with them 5 farmers toward the river": a translation's "se llevaron
    # consigo", people taken along (not "took with them 3 injured to the clinic")
    if (
        not _OUTCOME.search(mention.gap)
        and _TOOK_WITH_THEM_BEFORE.search(before)
        and not re.match(
            r"(?i)[^.;]{0,40}?\b(?:to|into|towards)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospital|"
            r"clinic|health|medical|morgue|mortuary)",
            after,
        )
    ):
        mention.outcome = "arrested" if mention.group == MILITANTS else "abducted"
        mention.verb_before = True
        return
    # "took our 2 diggers", "took my 3 herders": the keeper's own people between the verb and
    # the count, read as the count taken
    # (also "took the 2 boatmen with them": the people told of, the article before the count)
    took_own = re.search(r"(?i)\b(?:took|taking)\s+(?:our|my|the)\s+$", before)
    if took_own:
        before = before[: took_own.start()] + took_own.group().split()[0] + " "
    took = _TOOK_BEFORE.search(before)
    if not _OUTCOME.search(mention.gap) and (
        _ATTACKERS_TOOK.search(before)
        and re.match(r"(?i)\s+(?:from|away)\b", after)
        # ("Al-Shabaab took 4 elders from the villages", "armed men took 5 herders of the
        # family with their cattle": a named group's taking, or a taking with the goods)
        or _GROUP_TOOK.search(before)
        and re.match(r"(?i)\s+(?:from|away)\b", after)
        or (_ATTACKERS_TOOK.search(before) or _GROUP_TOOK.search(before))
        and _TAKEN_WITH_GOODS.match(after)
        # "took four employees of the contractor away in their vehicles": taken away
        or took
        and re.match(r"(?i)[^.;:]{0,60}?\baway\b(?![^.;]{0,40}\b(?:hospital|clinic))", after)
        # "they took 6 boys of our quarter to carry ammunition", "took five villagers as
        # porters": people taken for forced labour are abducted
        or took
        and re.match(
            # (or "for porter", "for porters": a translation's "for" of the use they are put to)
            r"(?i)[^.;:]{0,40}?\b(?:to\s+(?:carry|transport|porter|haul)\b|(?:as|for)\s+(?:porters?|"
            r"carriers|guides|human\s+shields|hostages|forced\s+labou?r)\b)",
            after,
        )
        # "the rebels took 15 young people at the market for the forced recruitment": people
        # taken to fight for their takers
        or took
        and re.match(
            r"(?i)[^.;:]{0,70}?\bfor\s+(?:the\s+|a\s+|their\s+)?(?:forced\s+)?(?:recruitment|"
            r"conscription|enlistment)\b",
            after,
        )
        # "the Black Snakes gang took 7 passengers of a minibus": people taken off a vehicle by
        # a gang or by attackers (not "the ambulance took 7 passengers of the bus to hospital")
        or took
        and (_ATTACKERS_TOOK.search(before) or _GANG_TOOK.search(before))
        and re.match(
            r"(?i)\s+(?:of|from)\s+(?:a|an|the|their|two|three)\s+(?:[\w-]+\s+)?(?:bus|buses|"
            r"minibus(?:es)?|tap-taps?|cars?|trucks?|lorr(?:y|ies)|vans?|taxis?|vehicles?|boats?|"
            r"trains?|convoy)\b(?![^.;]{0,60}\b(?:hospital|clinic|morgue|mortuary)\b)",
            after,
        )
        # "They took 4 passengers off the bus", "took six girls from our group", "the Rapid
        # Support took 6 girls from the camp": people taken off or from where they were (not
        # by the state's forces, who arrest, nor by rescuers or medics, who carry the hurt;
        # not to a hospital or to safety)
        or took
        and re.match(r"(?i)\s+(?:off|from)\s", after)
        and not _FORCES_TOOK.search(before)
        and not _NO_CAPTORS_TOOK.search(before)
        and not re.match(
            r"(?i)[^.;]{0,80}?\b(?:to|into|towards)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospital|"
            r"clinic|health|medical|morgue|mortuary|safety|shelter)",
            after,
        )
        # "the raiders took two young women with them as they fled": taken along
        # ("took three passengers, including the conductor, with them": some named between)
        or took
        and re.match(
            r"(?i)(?:,\s+(?:including|among\s+them)\s[^,;.]{1,60},)?\s+(?:along\s+)?with\s+"
            r"(?:them|him|her)\b",
            after,
        )
        # "gunmen stopped a truck carrying gold miners … and took nine of them": what the
        # attackers of the clause did after stopping them (not "took two to hospital")
        or (
            _ATTACKERS_THEN_TOOK.search(before)
            or _GROUP_THEN_TOOK.search(before)
            or _GROUP_STOPPED_THEN_TOOK.search(before)
        )
        and not re.match(
            r"(?i)[^.;]{0,40}?\b(?:to|into|towards)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospital|"
            r"clinic|health|medical|morgue|mortuary)",
            after,
        )
        # "killing four shepherds and taking two others": what the attackers did to them, in
        # turn; the two are taken, not dead (not "took two others to hospital")
        or re.search(
            r"(?i)\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|"
            # "beheaded 5 civilians in the night's attack and took 3 women": killed by
            # another verb, the ones taken still taken
            r"beheaded|beheading|slaughtered|slaughtering|executed|executing|massacred|"
            r"massacring|hacked|hacking|butchered|butchering)\s+"
            r"[^.;:]{1,60}?\s+and\s+(?:took|taking)\s+$",
            before,
        )
        and not re.match(
            r"(?i)[^.;]{0,40}?\b(?:to|into|towards)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospital|"
            r"clinic|health|medical|morgue|mortuary)",
            after,
        )
    ):
        mention.outcome = "arrested" if mention.group == MILITANTS else "abducted"
        mention.verb_before = True
        return
    # "I saw the gendarmes take 6 herders to the brigade": people the state's forces take to a
    # police station or a cell are arrested
    if (
        not _OUTCOME.search(mention.gap)
        and _FORCES_TOOK.search(before)
        and _TO_THE_CELLS_AFTER.match(after)
    ):
        mention.outcome = "arrested"
        mention.verb_before = True
        return
    if (
        mention.of_them
        and any(m.outcome == "abducted" for m in mentions[:i])
        and re.match(
            _AMONG_THEM_APPOSED
            + r"\s+(?:(?:have|had)\s+)?(?:since\s+|later\s+|safely\s+)?(?:returned|came\s+back)"
            r"(?:\s+(?:home|safely|to\s+us|to\s+[A-Z][\w'-]+)(?=[\s.,;])|(?=\s+(?:on|in|after)\s|[.,;]))",
            sentence[mention.end :],
        )
    ):
        # "six women were abducted …; four of them returned to Gety": some of the people just
        # taken, back
        mention.outcome = "freed"
        return
    if (
        any(m.outcome == "abducted" for m in mentions[:i])
        and _OF_WHOM_BEFORE.search(before)
        and _RETURNED_AFTER.match(sentence[mention.end :])
    ):
        # "took 5 farmers, of whom 2 returned after four days" ("of the which", a
        # translation's "de los cuales"): some of the people just taken, back
        mention.outcome = "freed"
        return
    inside = _OUTCOME.search(mention.gap)
    if inside and not re.match(r"(?i)\s*the\b", mention.gap):  # "23 of the abducted people"
        mention.outcome = inside.lastgroup
        if _DIED_NOW.match(sentence[mention.end :]):
            mention.outcome = "killed"  # "three injured policemen later died": now dead
        elif mention.outcome == "wounded" and _HELD_NOW.match(sentence[mention.end :]):
            mention.outcome = "arrested"  # "2 injured gunmen were arrested": held now
        elif mention.outcome == "abducted" and _FOUND_NOW.match(sentence[mention.end :]):
            mention.outcome = "freed"  # "four of the abducted workers were found by a patrol"
        elif (
            mention.outcome == "missing"
            and (m := _FOUND_NOW.match(sentence[mention.end :]))
            and re.search(r"(?i)\balive$", m.group())
        ):
            mention.outcome = "freed"  # "two of the missing crew were found alive": safe now
        return
    stop = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
    segment = sentence[mention.end : stop]
    cut = _CLAUSE_BREAK.search(segment)
    if cut:
        segment = segment[: cut.start()]
    said = []
    for match in _OUTCOME.finditer(segment):
        word = match.group()
        ahead = segment[match.end() :]
        if _doing(word) or (i + 1 < len(mentions) and not cut and not ahead.strip()):
            # what the figure did, or the verb of the next figure (not across a clause break:
            # "a soldier died, while two others were injured")
            continue
        lead = segment[: match.start()]
        if _object_noun(word, lead):
            continue  # "two doctors confirmed the deaths of six people": not said of them
        if said and _OTHER_COUNT_SUBJECT.search(lead):
            continue  # "2 police result wounded and 1 antisocial was neutralized"
        first = not re.search(r"[A-Za-z]", re.sub(r"(?i)\b(?:also|later|still)\b", "", lead))
        if (
            _NO_OBJECT.match(word)
            or _AUXILIARY.search(lead)
            or (first and not _OBJECT_NEXT.match(ahead))
        ):
            said.append(match.lastgroup)
    if said:
        relative = (
            _RELATIVE.match(segment)
            or _PARTICIPLE_BY.match(segment)
            or _CAPTIVES_THEN.match(segment)
        ) and len(said) > 1
        mention.outcome = said[1] if relative else said[0]
        if len(said) > 1 and not relative and _THEN.search(segment):
            mention.outcome = said[-1]  # "taken hostage and later executed": what they are now
        elif said[0] == "wounded" and len(said) > 1 and said[1] in ("arrested", "abducted"):
            mention.outcome = said[1]  # "injured and apprehended": one figure, the arrest
        elif said[0] == "wounded" and said[-1] == "killed" and _AND_DIED.search(segment):
            mention.outcome = "killed"  # "hit by a stray bullet and died on the way": now dead
        if re.search(rf"(?i)\b(?:{DEATH_WORDS})\s+or\s+(?:{INJURY_WORDS})\b", segment) or (
            _EITHER_OR.search(segment)
        ):
            mention.outcome = None  # "killed or wounded": casualties, not deaths
            mention.weak = True  # no other outcome either: dropped with the weak nouns


def _members(match: re.Match) -> str:
    """ "members of a cell" are militants, "members of a family / committee" civilians,
    "members of the Frontier Corps" security forces."""
    text = match.group().strip()
    if _CIVIL_BODY_MEMBERS.search(text):
        return CIVILIANS  # "two church members"
    # ("4 of the heroes of the Army", "two of the men of the Police": the partitive's "of
    # the" before them)
    if re.fullmatch(_FORCE_MEN, re.sub(r"(?i)^of\s+(?:the\s+)?", "", text), re.I):
        return MILITANTS if NON_STATE_FORCE.search(text) else FORCES
    if re.fullmatch(_FORCE_MEMBERS, re.sub(r"^.*?(?=members?\b)", "", text), re.I):
        return FORCES  # "members of the regional special police force"
    if re.search(  # "35 members of the army and allied militias": the state's forces
        r"(?i)\bmembers?\s+of\s+the\s+(?:army|police|military|armed\s+forces|security\s+forces|"
        r"navy|air\s+force|gendarmerie|"
        # a state's security service: "one member of the General Security" (Syria's)
        r"general\s+security|public\s+security|state\s+security)\b",
        text,
    ):
        return FORCES
    if re.search(r"\bof\s+(?:the\s+)?\w+", text) and re.fullmatch(
        _NAMED_MEMBERS, re.sub(r"^.*?(?=members?\b)", "", text), re.I
    ):
        if STATE_AUXILIARY.search(text):
            return FORCES  # "members of the Popular Mobilisation Forces", "of the Civilian JTF"
        # "a member of the Electoral Board", "two members of the Teachers' Union": a civil body
        # by its name, unarmed
        if re.search(
            # ("four members of the Community Action Board": read to "Community")
            r"\b(?:Board|Commission|Committee|Assembly|Parliament|Senate|Union|Association|Club|"
            r"Chamber|Cooperative|Society|Syndicate|Community)$",
            text,
        ):
            return CIVILIANS
        state = (
            r"\b(?:Police|Army|Corps|Forces|Guards?|Rangers|Levies|Constabulary|Gendarmerie|"
            # ("60 members of the Ethiopian National Defence Force": a state's force, singular)
            # (a local "Defence Force" may be a militia: "National" is the state's)
            r"National\s+Defen[cs]e\s+Force|(?:Air|Border|Police|Border\s+Security)\s+Force|"
            # ("two members of the Mobile Squad": a police's squad, by its name)
            r"(?:Mobile|Rapid\s+Response|Riot|Flying|Tactical|Anti-[A-Z][a-z]+|Police)\s+Squad|"
            # ("two members of the Task Force fell in the line of duty": a joint operation's
            # force of soldiers and police)
            r"Task\s+Force)\b"
        )
        if NON_STATE_FORCE.search(text):
            return MILITANTS  # "the Arakan Army", "the Rapid Support Forces"
        return FORCES if re.search(state, text) else MILITANTS
    return CIVILIANS if re.fullmatch(_CIVIL_MEMBERS, text, re.I) else MILITANTS


def _object_noun(word: str, lead: str) -> bool:
    """ "confirmed the deaths of …", "treated their injuries": an outcome noun as some verb's
    object says nothing of the figure before it ("died of their wounds" has its verb first)."""
    return bool(
        re.fullmatch(r"(?i)deaths?|injur(?:y|ies)|wounds?|lives", word)
        and re.search(r"(?i)\b(?:the|their|his|her|its|of)\s+$", lead)
    )


def _doing(word: str) -> bool:
    """ "killing", "wounding": what the figure did ("missing" is a state, not a deed)."""
    return word.casefold().endswith("ing") and not _NO_OBJECT.match(word)


def _list_outcomes(sentence: str, mentions: list[_Mention]) -> None:
    """Rule 5: a figure joined to its neighbour by "," / "and" takes the neighbour's outcome."""
    for _ in range(len(mentions)):
        changed = False
        for i, mention in enumerate(mentions):
            if mention.outcome is not None or mention.part:
                continue
            for j in (i + 1, i - 1):
                if not 0 <= j < len(mentions) or mentions[j].outcome is None:
                    continue
                a, b = sorted((i, j))
                joiner = re.sub(r"\s*\([^()]*\)", "", sentence[mentions[a].end : mentions[b].start])
                if _LIST_JOINER.match(joiner):  # "Captain A (age 27) and Naik B (age 31)"
                    mention.outcome = mentions[j].outcome
                    changed = True
                    break
        if not changed:
            return


def _object_count(text: str) -> bool:
    """A count right at the start of ``text``, a verb's object ("killed three"), not where
    from ("abducted from three camps"; a range "from 5 to 7" is a count).

    >>> _object_count("three people"), _object_count("from three camps")
    (True, False)
    >>> _object_count("from 5 to 7 people")
    True
    """
    match = _PHRASE.match(text)
    return bool(match) and not (
        re.match(r"(?i)from\s", match.group("phrase"))
        and not re.search(r"(?i)\s(?:to|-|–)\s", match.group("phrase"))
    )


# a relative clause opened after a comma, the figure in it: ", where two of the victims"
_RELATIVE_ASIDE = re.compile(r"(?i),\s*(?:where|whose|whom)\s+[^,;.]{0,60}$")


def _nearest_outcome(sentence: str, mention: _Mention, stop: int | None = None) -> str | None:
    """The first outcome word after the figure in its clause, before the next figure (not an
    "-ing" word, not a verb taking a number as object: what the figure did), else the last
    before it in its clause (not one of a relative clause closed before it: "a waiter who
    escaped …, saw ten guests"), else none ("three women were raped and two men were killed":
    the killing is the men's)."""
    rest = sentence[mention.end : stop]
    aside = _RELATIVE_ASIDE.search(sentence[: mention.start])
    if aside and "," in rest and not _OUTCOME.search(rest[: rest.index(",")]):
        # "Residents, where two of the victims lived, said five people had died": a relative
        # clause set off by commas with no outcome of its own tells where or who they were;
        # the outcome after its closing comma is the main clause's
        return None
    cut = _CLAUSE_BREAK.search(rest)
    for after in _OUTCOME.finditer(rest[: cut.start()] if cut else rest):
        if _doing(after.group()) or _object_count(rest[after.end() :].lstrip()):
            continue
        if _object_noun(after.group(), rest[: after.start()]):
            continue
        return after.lastgroup
    # "… and that 27 others were receiving care": its own verb, no outcome word (also after an
    # apposition: "and that nine pupils, four of them girls, were sent home"; after whose they
    # are: "as three guards of the contractor were with the group"; "cattle were taken and
    # 4,000 people fled": they fled, nobody took them)
    if re.match(
        r"(?i)(?:\s*,[^,.;]{1,40},|\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?[\w'’-]+"
        r"(?:\s+[\w'’-]+){0,2}?)?\s+(?:were|was|are|is|remain(?:ed|s)?|had|have|has|fled)\b",
        rest,
    ):
        return None
    head = sentence[: mention.start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    clause = head[breaks[-1].end() if breaks else 0 :]
    befores = list(_OUTCOME.finditer(clause))
    if befores and (
        re.search(r"(?i)\bwho\s+(?:[\w'-]+\s+){0,2}$", clause[: befores[-1].start()])
        and "," in clause[befores[-1].end() :]
    ):
        return None  # "A witness, a waiter who escaped through the kitchen, saw ten guests …"
    return befores[-1].lastgroup if befores else None


_IDENTIFIED = re.compile(
    rf"(?i)\bthe\s+(?P<phrase>{_NUMBER})\s+(?P<what>dead|killed|martyrs|wounded|injured)\s+"
    rf"(?:are|were)\s+(?:all\s+)?(?P<noun>{_NOUN})\b"
)


# the count just told given again in a later clause, with no outcome word of its own: "four
# fishermen were killed; on Tuesday he said the number was five fishermen"
_NUMBER_WAS = re.compile(
    r"(?i)\bthe\s+(?:number|figure|count|toll)\s+(?:(?:was|is|had|has)\s+(?:now\s+)?"
    r"(?:risen\s+to|reached|become)|was|is|stood\s+at|stands\s+at|rose\s+to|reached|"
    r"became)\s+(?:now\s+)?$"
)


def _number_given_again(sentence: str, mentions: list[_Mention]) -> None:
    """A figure with no outcome after "the number was" in a later clause than a figure of the
    same victim noun told with one takes that figure's outcome: the same count given again
    (which of the two stands is the reporters' business, read later).

    >>> s = "The mayor said four fishermen were abducted; later the number was six fishermen."
    >>> ms = _mentions(s)
    >>> ms[0].outcome, ms[1].outcome = "abducted", None
    >>> _number_given_again(s, ms)
    >>> ms[1].outcome
    'abducted'
    """
    for i, mention in enumerate(mentions):
        if mention.outcome is not None or not _NUMBER_WAS.search(sentence[: mention.start]):
            continue
        earlier = [
            m
            for m in mentions[:i]
            if m.outcome is not None and m.noun == mention.noun and not m.part
        ]
        if earlier and _CLAUSE_BREAK.search(sentence[earlier[-1].end : mention.start]):
            mention.outcome = earlier[-1].outcome


def _identified(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the two martyrs are police officers", "the three wounded were policemen": who the
    dead or wounded of a count are (``identifies``: the count told before, when there is
    one, takes their group; else it is a figure of its own).

    >>> [(f.best, f.victim_group, f.outcome) for f in _identified(
    ...     "The three wounded are policemen, one in serious condition.", [])]
    [(3, 'security_forces', 'wounded')]
    """
    out = []
    for match in _IDENTIFIED.finditer(sentence):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        group = VICTIM_NOUNS.get(match["noun"].casefold())
        count = parse_count(match["phrase"])
        if group is None or group == UNKNOWN or count.best is None:
            continue
        outcome = "wounded" if match["what"].casefold() in ("wounded", "injured") else "killed"
        out.append(
            Figure(
                match["phrase"],
                match["noun"],
                group,
                count,
                match.start(),
                match.end(),
                written=match.group(),
                outcome=outcome,
                identifies=True,
            )
        )
    return out


def _references(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the ten killed": a total that names no victim noun, kept as a reference."""
    out = []
    pattern = rf"\bthe\s+(?P<phrase>{_NUMBER})\s+(?P<noun>killed|dead)\b"
    for match in re.finditer(pattern, sentence, re.I):
        if any(f.start <= match.start() < f.end for f in figures):
            continue
        count = parse_count(match.group("phrase"))
        if count.best is not None:
            out.append(
                Figure(
                    match["phrase"], match["noun"], UNKNOWN, count, match.start(), match.end(), True
                )
            )
    return out


def _tolls(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the toll was revised to 14", "the number of injured rose to 40": unknown victims; a
    toll told as what may come ("could rise to 20", "is feared to climb to 20") is none.

    >>> [f.best for f in _tolls("Officials warned that the death toll could rise to 20.", [])]
    []
    >>> [f.best for f in _tolls("The toll is feared to climb to 20.", [])]
    []
    >>> [f.best for f in _tolls("The toll, which may climb, rose to 12.", [])]
    [12]
    """
    out = []
    for match in _TOLL.finditer(sentence):
        phrase = match.group(_toll_group(match))
        start = match.start(_toll_group(match))
        if any(f.start <= start < f.end for f in figures):
            continue
        if re.search(
            r"(?i)\b(?:earlier|previous|initial|first|original|old)\s+(?:death\s+)?$",
            sentence[: match.start()],
        ):
            continue  # "revising an earlier toll of 17": the toll it replaces
        if _FIRST_SAID.search(sentence[: match.start()]):
            continue  # "police had first put the number of dead at one": replaced since
        if _REPLACED_SAID.search(sentence[: match.start()]):
            continue  # "withdrew the statement that gave nine dead": replaced since
        if _FORECAST.search(sentence[match.start() : start]):
            continue  # "the death toll could rise to 20": what may come, no count
        if _EARLIER_VERSION.search(sentence[: match.start()]):
            continue  # "an earlier version of this story put the toll at 21": corrected since
        if re.search(
            r"(?i)\b(?:revising|revised|revises|correcting|corrected)\s+(?:down|up|downward|upward|"
            r"downwards|upwards)?\s*(?:a|an|the|its|their)\s+$",
            sentence[: match.start()],
        ) or re.match(
            r"(?i)\s+(?:it|they|he|she)\s+(?:had\s+)?(?:gave|given|reported)\s+earlier\b",
            sentence[match.end() :],
        ):
            continue  # "revising down a toll of nine it gave earlier": the toll it replaces
        if re.search(
            r"(?i)\b(?:raising|raised|raises|updating|updated|lowering|lowered)\s+"
            r"(?:a|an|the|its|his|her|their)\s+$",
            sentence[: match.start()],
        ) and re.search(r"(?i)\bof\s+(?:\S+\s+)?$", sentence[match.start() : start]):
            continue  # "raising the toll of 18 he had given": the toll raised is the old one
        if re.search(
            r"(?i)\b(?:included|counted|includes|include|including|part\s+of)\s+(?:in\s+)?(?:the\s+)?"
            r"(?:[\w'’-]+\s+){0,2}$",
            sentence[: match.start()],
        ):
            continue  # "They are not included in the command's toll of 43": the toll told before
        if _SUPERSEDED_AFTER.match(sentence[match.end() :]):
            continue  # "The channel's toll of 23 was overwritten by its own update"
        count = parse_count(phrase)
        if count.best is None:
            continue
        kind = _toll_kind(match)
        outcome = "wounded" if kind in ("wounded", "injured") else "killed"
        if _EARLIER_TOLL.search(sentence[: match.start()]) and any(
            f.outcome == outcome and f.start < match.start() for f in figures
        ):
            continue  # "43 people were killed; on Saturday it had given a toll of 20": replaced
        written = sentence[match.start() : match.end()]
        out.append(
            Figure(
                phrase,
                "toll",
                _counted_group(sentence[match.start() : start]),
                count,
                match.start(),
                match.end(),
                written=written,
                outcome=outcome,
                # "the number of our martyrs": the speaker's own dead
                ours=bool(re.search(r"(?i)\bour\s+(?:martyrs|dead|fallen)\b", written)),
            )
        )
        also = (
            _WOUNDED_AT_TOO.match(sentence[match.end() :])
            if outcome == "killed" and re.search(r"(?i)\bat\s+$", sentence[match.start() : start])
            else None
        )
        if also and (wounded := parse_count(also["phrase"])).best is not None:
            # "put the number of dead at nine, and the injured at more than 30": the wounded
            # joined to a toll put "at" its number, the verb not said again
            at = match.end() + also.start("phrase")
            out.append(
                Figure(
                    also["phrase"],
                    "toll",
                    UNKNOWN,
                    wounded,
                    at,
                    match.end() + also.end(),
                    written=also.group().strip(" ,"),
                    outcome="wounded",
                )
            )
    return out


# the wounded after a toll put "at" its number: "…, and the injured at more than 30"
_WOUNDED_AT_TOO = re.compile(
    r"(?i)^[^.;]{0,80}?,?\s+and\s+the\s+(?:wounded|injured)\s+at\s+(?P<phrase>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\b(?![:.]\d|\s*(?:per\s*cent|%|years?|hours?|days?|minutes?|km|kilomet|am\b|pm\b|h\b))"
    r"(?!\s+(?!(?:in|at|on|by|and|or|as|while|with|according|including|among|after|before|"
    r"when|people|persons)\b)[a-z])"
)


# a toll told as what may come, not as it stands: "the toll could rise to 20", "is expected to
# climb to 20", "was feared to reach 20", "threatens to top 20"
_FORECAST = re.compile(
    r"(?i)\b(?:(?-i:may)|could|might|would|will|(?:expected|likely|feared|set|poised|bound|"
    r"projected|predicted|forecast|tipped|threatens|threatened|threatening)\s+to)\s+"
    r"(?:(?:still|well|further|soon|easily|even)\s+)?(?:rise|climb|reach|increase|grow|go\s+up|"
    r"exceed|top|hit|jump|mount|surpass|pass|double|swell)\b[^,;]*$"
)


# "…; the day before it had given a toll of 20": a toll the speaker gave before the one told
_EARLIER_TOLL = re.compile(
    r"(?i)\b(?:had|'d)\s+(?:(?:earlier|first|initially|previously|already)\s+)?(?:given|put|"
    r"reported|announced|issued|released|cited|set|published)\s+(?:a|an|the|its|their)\s+$"
)
_NUMBER_OF = re.compile(
    r"(?i)\bnumber\s+of\s+(?P<words>[^.;]{0,100}?)\s+(?:to|at|of|reached|hit|was|is|rose|risen|stood|climbed|"
    r"became|becomes|become)\b"
)


def _counted_group(toll: str) -> str:
    """The victims a toll counts when it names them: "put the number of martyred personnel at
    seven" counts the forces, "the number of dead civilians rose to 12" civilians; "the number
    of people killed", "the toll" name no group (unknown).

    >>> [(f.best, f.victim_group, f.outcome) for f in find_casualty_figures(
    ...     "An official put the number of martyred personnel at seven.")]
    [(7, 'security_forces', 'killed')]
    """
    match = _NUMBER_OF.search(toll)
    if match is None or _DEAD_AMONG.search(toll):
        return UNKNOWN  # "the number of dead among the security members": whose, said apart
    groups = set()
    # ("the number of soldiers killed in the raid on the barracks rose to 31": the people
    # counted stand before what happened to them, the rest says where)
    # ("the number of dead police": the word before the people leaves them whole)
    words = (
        re.split(
            r"(?i)\b(?:who\s+)?(?:killed|dead|died|wounded|injured|abducted|kidnapped|missing)\b",
            match["words"],
        )[0].strip()
        or match["words"]
    )
    # ("the number of soldiers and CAFGU members killed": members of a force are the force's)
    words = re.sub(
        rf"(?:{STATE_AUXILIARY.pattern})\s+members?\b|(?i:{_FORCE_WORD.pattern[4:]})\s+members?\b",
        "soldiers",
        words,
    )
    for word in re.findall(r"[A-Za-z][\w-]*", words):
        key = word.casefold()
        group = VICTIM_NOUNS.get(key)
        if group is None and key not in VICTIM_NOUNS and key.endswith("s"):
            group = morphology_group(word)
        if group is not None:
            groups.add(group)
    return groups.pop() if len(groups) == 1 else UNKNOWN


# "ESCORT KIA NOW 3", "Patrol WIA now 4": a unit's own losses in the military's shorthand,
# the count after the word, as it now stands
_UNIT_TOLL = re.compile(
    r"(?i)\b(?:escort|patrol|platoon|squad|section|company|battalion|unit|convoy|troops?|"
    r"army|police)\s+(?P<kind>(?-i:KIA|WIA|MIA))\s+(?:(?:is\s+)?now|now\s+(?:stands\s+)?at)\s+"
    rf"(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b"
)
_UNIT_OUTCOMES = {"KIA": "killed", "WIA": "wounded", "MIA": "missing"}


def _unit_tolls(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A unit's losses as the military writes them, "ESCORT KIA NOW 3": the forces' count.

    >>> [(f.best, f.victim_group, f.outcome) for f in _unit_tolls("PATROL WIA NOW 4.", [])]
    [(4, 'security_forces', 'wounded')]
    """
    out = []
    for match in _UNIT_TOLL.finditer(sentence):
        if any(f.start <= match.start("phrase") < f.end for f in figures):
            continue
        count = parse_count(match["phrase"])
        if count.best is None:
            continue
        out.append(_toll_figure(match, count, FORCES, _UNIT_OUTCOMES[match["kind"]]))
    return out


# "the dead numbered at least 20": a toll told by what the dead or wounded numbered; "said
# the dead were four, not three": by what they were, a bare number (a noun after the number
# makes a figure of its own, "the dead were two women"); "the soldiers killed were six": the
# people named, then what happened to them
_NUMBERED_TOLL = re.compile(
    r"(?i)\bthe\s+(?:(?P<noun>[a-z][\w'-]*)\s+(?=(?:killed|martyred|slain|dead|wounded|injured)\s))?"
    # ("the martyred are now 4": those martyred, a noun of its own)
    r"(?:(?P<kind>dead|wounded|injured|martyred(?=\s+(?:are|were|is|was|number)\b)|"
    r"(?<=\w\s)(?:killed|martyred|slain))|"
    # "the fallen agents are 3": what happened to them, then the people named
    r"(?P<kind2>fallen|dead|slain|murdered|martyred|killed|wounded|injured)\s+"
    r"(?P<noun2>[a-z][\w'-]*))\s+"
    r"(?:numbered|number|totalled|totaled|"
    r"totalling|were|are|was|is|stood\s+at|stand\s+at)\s+"
    # ("the dead are now 4": the count as it now stands)
    r"(?:now\s+)?"
    # ("the injured persons were many": no count)
    rf"[\"“']?(?!(?:many|several|numerous|few|some)\b)(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b"
    # (a word after the number is its noun, unless it joins or places a clause: "said the
    # dead numbered 19 and that …", "numbered 12 in all")
    r"(?!\s*(?:per\s*cent|%|years?\b|of\b|(?!(?:and|or|but|in|on|at|after|before|when|while|"
    r"as|since|by|during|with|according)\b)[a-z]))"
    # (", not four": the count it corrects, kept in what is written)
    rf"(?:,\s*not\s+{_NUMBER}\b)?"
)


# "gave the number of wounded pupils as sixteen": a count given "as" a number ("the number of
# martyred personnel as three": the dead, as a force calls its own)
_NUMBER_AS_TAIL = (
    r"the\s+number\s+of\s+"
    r"(?P<words>(?:[a-z][\w'-]*\s+){0,3}?)(?P<kind>dead|killed|wounded|injured|martyred|martyrs)"
    r"(?P<after>(?:\s+[a-z][\w'-]*){0,2}?)\s+as\s+"
    rf"(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b"
)
_NUMBER_AS = re.compile(
    r"(?i)\b(?:gave|give|gives|given|put|puts|set|sets|listed|lists)\s+" + _NUMBER_AS_TAIL
)
# "… as three and the number of injured as four": a second count given under the same verb
_NUMBER_AS_MORE = re.compile(r"(?i)\s*,?\s+and\s+" + _NUMBER_AS_TAIL)


def _toll_figure(match: re.Match, count: Count, group: str, outcome: str) -> Figure:
    """The toll a pattern's match gives, of the group and outcome its reader says: its
    ``phrase`` counted, the whole match as written.

    >>> f = _toll_figure(re.search(r"(?P<phrase>two) arrests", "two arrests"),
    ...     parse_count("two"), UNKNOWN, "arrested")
    >>> (f.best, f.victim_group, f.outcome, f.text)
    (2, 'unknown', 'arrested', 'two arrests')
    """
    return Figure(
        match["phrase"],
        "toll",
        group,
        count,
        match.start(),
        match.end(),
        written=match.group(),
        outcome=outcome,
    )


def _uncounted(
    pattern: re.Pattern, sentence: str, figures: list[Figure]
) -> Iterator[tuple[re.Match, Count]]:
    """The matches of ``pattern`` whose ``phrase`` no figure found already covers and that
    give a number, each with its count.

    >>> [(m["phrase"], c.best) for m, c in _uncounted(
    ...     re.compile(r"(?P<phrase>\\w+) dead"), "some dead, three dead", [])]
    [('three', 3)]
    """
    for match in pattern.finditer(sentence):
        if any(f.start <= match.start("phrase") < f.end for f in figures):
            continue
        count = parse_count(match["phrase"])
        if count.best is not None:
            yield match, count


def _groups_named(match: re.Match) -> set[str]:
    """The victim groups of the words around the kind of a :data:`_NUMBER_AS` match.

    >>> sorted(_groups_named(_NUMBER_AS.search("gave the number of wounded pupils as six")))
    ['civilians']
    """
    groups = set()
    for word in re.findall(r"[A-Za-z][\w-]*", f"{match['words']} {match['after']}"):
        key = word.casefold()
        group = VICTIM_NOUNS.get(key)
        if group is None and key not in VICTIM_NOUNS and key.endswith("s"):
            group = morphology_group(word)
        if group is not None:
            groups.add(group)
    return groups


def _numbers_given_as(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "gave the number of wounded pupils as sixteen": the toll of the people it names.

    >>> [(f.best, f.victim_group, f.outcome) for f in _numbers_given_as(
    ...     "The council gave the number of wounded pupils as sixteen.", [])]
    [(16, 'civilians', 'wounded')]
    """
    out = []
    found = []
    for match, count in _uncounted(_NUMBER_AS, sentence, figures):
        found.append((match, count, None))
        # (a second count with no noun of its own, "and the number of injured as four", counts
        # the people the first named)
        more = _NUMBER_AS_MORE.match(sentence, match.end())
        while more is not None:
            if not any(f.start <= more.start("phrase") < f.end for f in figures):
                more_count = parse_count(more["phrase"])
                if more_count.best is not None:
                    found.append((more, more_count, match))
            more = _NUMBER_AS_MORE.match(sentence, more.end())
    for match, count, first in found:
        groups = _groups_named(match)
        if not groups and first is not None:
            groups = _groups_named(first)
        kind = match["kind"].casefold()
        out.append(
            _toll_figure(
                match,
                count,
                groups.pop() if len(groups) == 1 else UNKNOWN,
                "wounded" if kind in ("wounded", "injured") else "killed",
            )
        )
    return out


# "Local authorities put the number of arrests at 20": a count of the people taken (or missing)
# given "at" or "as" a number, by the word for what was done to them
_NUMBER_OF_TAKEN = re.compile(
    r"(?i)\b(?:gave|give|gives|given|put|puts|set|sets|placed|places|estimated|estimates)\s+"
    r"the\s+(?:total\s+)?number\s+of\s+(?:(?:people|persons)\s+)?(?P<kind>arrests|arrested|"
    r"detained|detentions|detainees|abductions|abducted|kidnapped|kidnappings|hostages|missing|"
    r"disappeared|disappearances)\s+(?:at|as)\s+"
    rf"(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b(?!\s*(?:per\s*cent|%))"
)
_NUMBER_OF_TAKEN_OUTCOME = {
    "arrests": "arrested",
    "arrested": "arrested",
    "detained": "arrested",
    "detentions": "arrested",
    "detainees": "arrested",
    "abductions": "abducted",
    "abducted": "abducted",
    "kidnapped": "abducted",
    "kidnappings": "abducted",
    "hostages": "abducted",
    "missing": "missing",
    "disappeared": "missing",
    "disappearances": "missing",
}


# "the Collective documented 2 killings, 41 arbitrary detentions and 6 enforced
# disappearances": a monitor's count of the cases it recorded, each named by the word for what
# was done (the people it befell, no group named); the verb of recording before the list
_CASES_RECORDED = re.compile(r"(?i)\b(?:documented|recorded|registered|verified|logged|counted)\s+")
_CASE = re.compile(
    rf"(?i)\b(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\s+(?:(?!(?:attempted|cases)\b)[a-z-]+\s+)?"
    r"(?P<kind>killings|murders|homicides|extrajudicial\s+executions|executions|detentions|"
    r"arrests|disappearances|abductions|kidnappings)\b"
)
_CASE_OUTCOME = {
    "killings": "killed",
    "murders": "killed",
    "homicides": "killed",
    "executions": "killed",
    "detentions": "arrested",
    "arrests": "arrested",
    "disappearances": "missing",
    "abductions": "abducted",
    "kidnappings": "abducted",
}


def _cases_documented(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "documented 2 killings, 41 arbitrary detentions and 6 enforced disappearances": the
    cases a monitor recorded, one figure each, of no group named (the list joined by commas
    and "and" after the verb of recording, nothing else between; two kinds of case at least).

    >>> [(f.best, f.outcome) for f in _cases_documented(
    ...     "The mission recorded 3 killings and 12 arrests in May.", [])]
    [(3, 'killed'), (12, 'arrested')]
    """
    verb = _CASES_RECORDED.search(sentence)
    if verb is None:
        return []
    out = []
    at = verb.end()
    for match in _CASE.finditer(sentence, verb.end()):
        if not re.fullmatch(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)?", sentence[at : match.start()]):
            break  # the list ended: what follows is no case it recorded
        at = match.end()
        count = parse_count(match["phrase"])
        if count.best is None or any(f.start <= match.start("phrase") < f.end for f in figures):
            continue  # (a case the rules read already)
        out.append(
            _toll_figure(match, count, UNKNOWN, _CASE_OUTCOME[match["kind"].split()[-1].casefold()])
        )
    # (a list of two kinds of case at least: "registered 58 new arrests" alone may be a
    # week's or a total's count, left to the rules before)
    return out if len({f.outcome for f in out}) >= 2 else []


def _numbers_of_taken(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "put the number of arrests at 20": the count of the people taken, of no group named.

    >>> [(f.best, f.victim_group, f.outcome) for f in _numbers_of_taken(
    ...     "The mayor put the number of arrests at 20.", [])]
    [(20, 'unknown', 'arrested')]
    """
    return [
        _toll_figure(match, count, UNKNOWN, _NUMBER_OF_TAKEN_OUTCOME[match["kind"].casefold()])
        for match, count in _uncounted(_NUMBER_OF_TAKEN, sentence, figures)
    ]


# "the result make the citizen died 2 persons", "the officer ranger got injured 4 persons": a
# translation's order, whose people the noun before the outcome names, then the count of them
_NOUN_BEFORE_OUTCOME = re.compile(
    r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:got\s+|was\s+|were\s+)?"
    r"(?:died|dead|injured|wounded|hurt|killed|captured|arrested|abducted|kidnapped|missing|"
    r"disappeared)(?:\s+alive)?\s+$"
)


def _noun_before_outcome(sentence: str, figure: Figure) -> Figure:
    """ "the citizen died 2 persons": the count of persons is of the group of the noun that
    stands before the outcome.

    >>> f = Figure("2", "persons", UNKNOWN, parse_count("2"), 33, 42, written="2 persons")
    >>> _noun_before_outcome("the result make the citizen died 2 persons", f).victim_group
    'civilians'
    """
    if figure.victim_group != UNKNOWN or figure.noun.casefold() not in ("persons", "person"):
        return figure
    before = _NOUN_BEFORE_OUTCOME.search(sentence[: figure.start])
    if before is None:
        return figure
    noun = before["noun"].casefold()
    group = VICTIM_NOUNS.get(noun) or SINGULAR_NOUNS.get(noun)
    if group is None and re.fullmatch(_MORPHOLOGY, noun) and noun not in NOT_PEOPLE:
        group = morphology_group(noun)
    if group in (None, UNKNOWN):
        return figure
    return replace(figure, victim_group=group)


# "the attacker, a resident of …": the one who attacked, what he is told after a comma
_THE_ATTACKER_WHO = re.compile(
    r"(?i)\b(?:the|a|an)\s+(?:lone\s+|suspected\s+|alleged\s+)?(?:attacker|assailant|gunman|"
    r"shooter|bomber|stabber|perpetrator|assassin)\s*,\s*$"
)


# "the attackers, four in number, were all killed": a count told in apposition to its noun
_IN_NUMBER = re.compile(
    r"(?i)\bthe\s+(?P<noun>[a-z][\w-]*)\s*,\s*(?P<phrase>(?:"
    + _QUALIFIER
    + r")?"
    + _NUMBER
    + r")\s+in\s+(?:all|number|total)\s*,\s+(?:were|had\s+been|have\s+been|are)\s+"
    r"(?:all\s+|both\s+)?(?P<verb>killed|shot\s+dead|wounded|injured|arrested|captured|"
    r"abducted|kidnapped)\b"
)
_IN_NUMBER_OUTCOME = {
    "killed": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "arrested": "arrested",
    "captured": "arrested",
    "abducted": "abducted",
    "kidnapped": "abducted",
}


def _counted_in_apposition(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the attackers, four in number, were all killed": the noun's count, set off by
    commas after it, with the verb that follows.

    >>> [(f.best, f.victim_group, f.outcome) for f in _counted_in_apposition(
    ...     "He said the gunmen, five in number, were all killed.", [])]
    [(5, 'militants', 'killed')]
    """
    return [
        _phrase_figure(
            match, count, _IN_NUMBER_OUTCOME.get(match["verb"].casefold().split()[0], "killed")
        )
        for match, count in _uncounted(_IN_NUMBER, sentence, figures)
    ]


def _phrase_figure(match: re.Match, count: Count, outcome: str) -> Figure:
    """The figure a pattern's ``phrase`` (its count) and ``noun`` give, through the end of
    the match, the noun's group read from the victim table or, for a plural, its ending.

    >>> match = re.search(r"(?P<phrase>5) (?P<noun>herders) fled", "then 5 herders fled")
    >>> f = _phrase_figure(match, parse_count("5"), "freed")
    >>> (f.best, f.victim_group, f.outcome, f.start, f.end, f.written)
    (5, 'civilians', 'freed', 5, 19, '5 herders fled')
    """
    noun = match["noun"]
    group = VICTIM_NOUNS.get(noun.casefold())
    if group is None and noun.casefold().endswith("s"):
        group = morphology_group(noun)
    return Figure(
        match["phrase"],
        noun,
        group or UNKNOWN,
        count,
        match.start("phrase"),
        match.end(),
        written=match.group(),
        outcome=outcome,
    )


# "the remaining two labourers came home on 20 March": the rest of a count of people taken
# back home, freed (the word "remaining" says they were held; "the soldiers returned home"
# stays none)
_REMAINING_HOME = re.compile(
    r"(?i)\bthe\s+remaining\s+(?P<phrase>"
    + _NUMBER
    + r")\s+(?P<noun>[a-z][\w-]*)\s+(?:(?:have|had|has|also|later|since|finally)\s+){0,2}"
    r"(?:came|come|returned|made\s+it|got|went|walked)\s+(?:back\s+)?home\b"
)


def _remaining_back_home(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the remaining two labourers came home": the rest of those taken, freed.

    >>> [(f.best, f.victim_group, f.outcome) for f in _remaining_back_home(
    ...     "She said the remaining three herders returned home on Monday.", [])]
    [(3, 'civilians', 'freed')]
    """
    return [
        _phrase_figure(match, count, "freed")
        for match, count in _uncounted(_REMAINING_HOME, sentence, figures)
    ]


# a summary row of outcomes, each labelled: "Martyred: 04 | Injured: 11 | Trucks damaged: 03"
_LABELLED_COUNT = re.compile(
    r"(?i)(?:^|[|;,]\s*)(?P<label>killed|dead|deaths|martyred|martyrs|injured|wounded|"
    r"abducted|kidnapped|missing|arrested|detained|freed|released|rescued)\s*:\s*"
    r"(?P<phrase>\d{1,5})(?=\s*(?:[|;,]|\.?\s*$))"
)
_LABEL_OUTCOMES = {
    "dead": "killed",
    "deaths": "killed",
    "martyred": "killed",
    "martyrs": "killed",
    "injured": "wounded",
    "kidnapped": "abducted",
    "detained": "arrested",
    "released": "freed",
    "rescued": "freed",
}


# a sitrep's correction of its own count: "Injured in the firing may be read as 05, not 04"
_READ_AS = re.compile(
    r"(?i)^(?P<label>injured|wounded|killed|dead|deaths|martyred|abducted|kidnapped|missing|"
    r"arrested)\b[^.;]{0,80}?\b(?:may|should|is\s+to|are\s+to)\s+be\s+read\s+as\s+"
    rf"(?P<phrase>{_NUMBER})(?:\s*,?\s*(?:not|instead\s+of)\s+{_NUMBER})?"
)


def _read_as(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A correction a report makes to its own count ("Injured in the Dera firing may be read
    as 05, not 04"): the count as it now stands, of people no noun names, the count it
    corrects kept in what is written.

    >>> [(f.best, f.outcome, f.written) for f in _read_as(
    ...     "Killed in the blast may be read as 7, not 6 (one body found later).", [])]
    [(7, 'killed', 'Killed in the blast may be read as 7, not 6')]
    """
    out = []
    for match, count in _uncounted(_READ_AS, sentence, figures):
        label = match["label"].casefold()
        out.append(
            Figure(
                match["phrase"],
                "",
                UNKNOWN,
                count,
                match.start("phrase"),
                match.end(),
                written=match.group(),
                outcome=_LABEL_OUTCOMES.get(label, label),
            )
        )
    return out


def _labelled_counts(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A summary row giving two outcomes or more, each after its label ("Martyred: 04 |
    Injured: 11 | Relief trucks damaged: 03"): a count of each, of people no noun names.

    >>> [(f.best, f.outcome) for f in _labelled_counts("Killed: 3 | Injured: 12 | Huts: 4", [])]
    [(3, 'killed'), (12, 'wounded')]
    >>> _labelled_counts("Killed: 3", [])
    []
    """
    matches = list(_uncounted(_LABELLED_COUNT, sentence, figures))
    if len(matches) < 2:
        return []
    out = []
    for match, count in matches:
        label = match["label"].casefold()
        out.append(
            Figure(
                match["phrase"],
                "",
                UNKNOWN,
                count,
                match.start("label"),
                match.end(),
                written=sentence[match.start("label") : match.end()],
                outcome=_LABEL_OUTCOMES.get(label, label),
            )
        )
    return out


def _numbered_tolls(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the dead numbered at least 20": a toll of people no noun names (unknown).

    >>> [(f.best, f.victim_group, f.outcome) for f in _numbered_tolls(
    ...     'A charity said the wounded numbered "about 40".', [])]
    [(40, 'unknown', 'wounded')]
    >>> [(f.best, f.outcome) for f in _numbered_tolls(
    ...     "The elders said the dead were seven, not five.", [])]
    [(7, 'killed')]
    >>> [(f.best, f.victim_group, f.outcome) for f in _numbered_tolls(
    ...     "The guards killed were three, the police said.", [])]
    [(3, 'security_forces', 'killed')]
    >>> [(f.best, f.victim_group, f.outcome) for f in _numbered_tolls(
    ...     "The union said the fallen officers are 4 (four).", [])]
    [(4, 'security_forces', 'killed')]
    """
    out = []
    for match, count in _uncounted(_NUMBERED_TOLL, sentence, figures):
        kind = (match["kind"] or match["kind2"]).casefold()
        noun = match["noun"] or match["noun2"]
        group = UNKNOWN
        number = (noun or "").casefold() == "number"  # "the number killed was six"
        if not number and re.match(
            r"(?i)\s+(?:was|is)\b", sentence[match.end("kind" if match["kind"] else "noun2") :]
        ):
            continue  # ("the wounded is …": no count)
        if noun and not number:
            key = noun.casefold()
            group = VICTIM_NOUNS.get(key) or (morphology_group(key) if key.endswith("s") else None)
            if group is None:
                continue  # ("the ones killed were …": no people named)
        out.append(
            _toll_figure(
                match, count, group, "wounded" if kind in ("wounded", "injured") else "killed"
            )
        )
    return out


_COUNT_OF = re.compile(
    rf"(?i)\b(?P<phrase>(?:{_QUALIFIER})?(?:dozens|scores|hundreds|{_NUMBER}))\s+of\s+"
    r"(?P<kind>wounded|injured|dead)\b(?!\s+(?:people|persons|and\s+injured|and\s+wounded))"
)


# the bodies a place counted as the subject of their number: "the bodies counted at the
# morgue of the hospital are 9", "the dead registered by the clinic were 12"
_BODIES_COUNTED = re.compile(
    r"(?i)\bthe\s+(?P<kind>bodies|dead)\s+(?:counted|recorded|registered|received|brought)\s+"
    r"(?:at|in|by|to)\s+[^.;:,\d]{3,80}?\s+(?:are|were|is|was|numbered|number)\s+(?:now\s+)?"
    rf"(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b(?!\s*(?:per\s*cent|%|years?|hours?|days?|km))"
)


def _bodies_counted(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "the bodies counted at the morgue are 9": the dead a place counted, of no group.

    >>> [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(
    ...     "She said the bodies counted at the morgue of the district hospital are 9.")]
    [(9, 'killed', 'unknown')]
    """
    return [
        Figure(
            match["phrase"],
            match["kind"].casefold(),
            UNKNOWN,
            count,
            match.start(),
            match.end(),
            written=match.group(),
            outcome="killed",
        )
        for match, count in _uncounted(_BODIES_COUNTED, sentence, figures)
    ]


def _counts_of_victims(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "dozens of wounded had been brought in": a count of the wounded (or dead), people of
    no group ("two of the wounded", with its article, is a part of people counted before).

    >>> [(f.best, f.outcome, f.victim_group) for f in find_casualty_figures(
    ...     "A nurse said dozens of wounded had been brought in.")]
    [(12, 'wounded', 'unknown')]
    """
    out = []
    for match, count in _uncounted(_COUNT_OF, sentence, figures):
        kind = match["kind"].casefold()
        out.append(
            Figure(
                match["phrase"],
                kind,
                UNKNOWN,
                count,
                match.start(),
                match.end(),
                written=match.group(),
                outcome="killed" if kind == "dead" else "wounded",
            )
        )
    return out


def _toll_group(match: re.Match) -> str:
    """The group holding a toll's number: "the toll rose to 19" or "revised the toll to 19"."""
    for name in ("phrase", "phrase2", "phrase3", "phrase4", "phrase5", "phrase6"):
        if match.group(name) is not None:
            return name
    return "phrase2"


def _toll_kind(match: re.Match) -> str:
    """What a toll counts, as its words say ("dead", "wounded" …; "" for a bare toll)."""
    return (
        match.group("kind")
        or match.group("kind3")
        or match.group("kind4")
        or match.group("kind6")
        or ""
    ).casefold()


def _is_range(phrase: str) -> bool:
    return bool(re.match(r"(?i)between\s|from\s", phrase)) or bool(
        re.search(r"(?i)\s(?:to|or)\s", phrase)
    )


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


def _came_back_of_count(sentence: str, previous: Figure) -> re.Match | None:
    """A sentence opening on a bare count that came back, no more of them than the people taken
    just before (``previous``): some of them, freed ("both" only after two taken).

    >>> taken = Figure("7", "villagers", "civilians", parse_count("7"), 0, 12, outcome="abducted")
    >>> _came_back_of_count("2 came back on Thursday.", taken)["number"]
    '2'
    >>> _came_back_of_count("9 came back on Thursday.", taken) is None
    True
    """
    match = _COUNT_CAME_BACK.match(sentence)
    if not match or previous.best is None:
        return None
    word = match["number"].casefold()
    count = 2 if word == "both" else parse_count(word).best
    if count is None or count > previous.best or (word == "both" and previous.best != 2):
        return None
    return match


_KINDS_OF_OUTCOME = {
    "killed": r"killed|dead|died|deaths?|martyred|lost\s+(?:their|the)\s+lives?",
    "wounded": r"wounded|injured|hurt",
    "abducted": r"abducted|kidnapped|taken",
    "arrested": r"arrested|detained|captured",
    "missing": r"missing",
}


def _now_says_replaces(tail: str) -> bool:
    """Whether the words after a count (``tail``) replace it, after a semicolon, with what a
    speaker now says of the same outcome ("…22 villagers killed; the mayor now says 26 were
    killed"); a count of another outcome after it replaces nothing.

    >>> _now_says_replaces(" villagers killed; the mayor now says 26 were killed.")
    True
    >>> _now_says_replaces(" wounded; the army now says 4 soldiers were killed.")
    False
    """
    match = _NOW_SAYS_AFTER.match(tail)
    if not match:
        return False
    gap, rest = tail[: tail.index(";")], re.split(r"[.;]", tail[match.end() :], maxsplit=1)[0]
    return any(
        re.search(rf"(?i)\b(?:{words})\b", gap) and re.search(rf"(?i)\b(?:{words})\b", rest)
        for words in _KINDS_OF_OUTCOME.values()
    )


# "the police revised villagers killed to 11 from 9": a count its giver has put to a new
# number, the people it names (no "toll" word), the old number no figure
_REVISED_COUNT = re.compile(
    r"(?i)\b(?:revised|raised|lowered|corrected|updated|amended|changed)\s+(?:the\s+)?"
    r"(?P<noun>[a-z][\w'-]*)\s+(?P<kind>killed|dead|wounded|injured|abducted|kidnapped)\s+"
    rf"(?:up\s+|down\s+)?to\s+(?P<phrase>(?:{_QUALIFIER})?{_NUMBER})\b"
    rf"(?:\s+from\s+(?P<old>{_NUMBER})\b)?"
)
# "… to 11 from 9 after two more bodies were found": why the count was revised, some of it
_MORE_FOUND_AFTER = re.compile(
    rf"(?i)^(?:{_QUALIFIER})?{_NUMBER}\s+more\s+(?:bod(?:y|ies)|corpses?|victims?|dead)\s+(?:were\s+|was\s+|had\s+been\s+|"
    r"have\s+been\s+)?(?:found|recovered|retrieved|discovered|pulled\s+out)\b"
)


def _revised_counts(sentence: str, figures: list[Figure]) -> list[Figure]:
    """ "revised villagers killed to 11 from 9": the new count of the people it names; the
    old number, and "two more bodies were found" told as the reason, are no figures of their
    own (a wounded or abducted count revised stays wounded or abducted).

    >>> [(f.best, f.victim_group, f.outcome) for f in find_casualty_figures(
    ...     "The council revised farmers killed to 8 from 6 after two more bodies were found.")]
    [(8, 'civilians', 'killed')]
    >>> [(f.best, f.outcome) for f in _revised_counts(
    ...     "The clinic revised the villagers wounded to 12.", [])]
    [(12, 'wounded')]
    """
    out = list(figures)
    for match in _REVISED_COUNT.finditer(sentence):
        count = parse_count(match["phrase"])
        group = VICTIM_NOUNS.get(match["noun"].casefold())
        if count.best is None or group is None:
            continue
        tail = match.end()
        out = [
            f
            for f in out
            if not (
                match.start() <= f.start < tail
                or (
                    f.start >= tail
                    and match["kind"].casefold() in ("killed", "dead")
                    and _MORE_FOUND_AFTER.match(sentence[f.start :])
                )
            )
        ]
        kind = match["kind"].casefold()
        outcome = {"dead": "killed", "injured": "wounded", "kidnapped": "abducted"}.get(kind, kind)
        out.append(
            Figure(
                match["phrase"],
                match["noun"],
                group,
                count,
                match.start("phrase"),
                match.end("phrase"),
                written=match.group(),
                outcome=outcome,
            )
        )
    return sorted(out, key=lambda f: f.start)
