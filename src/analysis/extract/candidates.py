"""Group an article's sentences into candidate events.

The text is normalised first (:mod:`analysis.extract.normalise`). Each sentence is read for
figures (deaths, and typed figures of the wounded, abducted, arrested, freed and missing),
reporter, dates, places, actors, claims and the *target* it talks about (a station, a rail
bridge, a highway, a hotel, …; see ``TOPICS``). Then, in article order:

- the headline and a lead sentence about several attacks give the article's totals, not
  events; the sentences that carry on from such a lead without naming a place or target
  ("The military gave a higher toll. It said …") are totals too; background sentences
  ("In the past …", "have battled … for decades") are skipped;
- a sentence naming its own place (a town or district in the gazetteer, a "port city of
  X", a name opening it: "In Bajaur, …") joins the candidate at that place, or the
  candidate about its target that has no place yet, or starts one; the place where the
  wounded were taken ("the Civil Hospital in Quetta") does not count;
- a sentence about two events is read clause by clause: "… after an ambush near Mopti that
  left nine soldiers dead", a second town after a clause break, each side of ", while"
  when both give figures;
- a sentence about a target joins the latest candidate about the same target whose place
  does not contradict it, unless it says the target was "also" attacked or speaks of "a
  separate incident" (a new event); a sentence naming two targets ("blasts on a rail
  bridge …, as well as on a rail link") starts or joins one candidate per target;
- words after "after the attacks" describe an earlier event, and "the raid" / "the attack"
  the one already described: they name no new target;
- a sentence with figures and nothing of its own joins where the sentence before put its
  figures (a second reporter's toll in the next paragraph stays with the first's), unless it
  opens with a day the event's sentences do not ("On 11 May, …": another event);
  "Nine of them escaped" joins the candidate of the figure it refers to;
- "the 12 militants" refers back to an earlier figure: the sentence joins that candidate;
- "X took responsibility" (for nothing named) is X's claim on every attack candidate;
  "claimed many more attacks, including one on …" is a candidate of its own, unconfirmed
  when the authorities "have yet to confirm"; the perpetrators' own figures that name no
  attack ("its fighters killed 100 soldiers across the province") go to the totals;
- every figure keeps its ``reported_by`` ("he said" is the reporter named before, "it said"
  the body that spoke last; "Rind said" / "the spokesman said" the person introduced with
  that name or title; a quote of its own after the speaker's quote is the speaker's; one
  body named two ways — "the military's media wing, the ISPR" — reports by its proper name;
  a press release's or a group statement's figures are its issuer's); a figure repeated by
  the same reporter (a force and its officer, an office and its holder) is one figure; only
  deaths are written to the casualties table;
- an undated candidate gets the article's reporting window with precision "week"; a
  figure of "people" equal to the sum of the candidate's figures by group is the same
  victims counted again and is left out (noted in ``remarks``).

>>> from datetime import date
>>> text = ("Gunmen stormed a police station in Kalat on Sunday, killing three policemen, "
...     "officials said.")
>>> c = extract_article(text, date(2024, 8, 26)).candidates[0]
>>> c.event_type, c.location, c.admin1, c.date_start.isoformat(), c.figures[0].reported_by
('Battles', 'Kalat', 'Balochistan', '2024-08-25', 'Officials')
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pandas as pd

from analysis.casualty_phrases import parse_count
from analysis.extract.actors import ActorMention, find_actors, perpetrator_words
from analysis.extract.claims import Claim, find_claims, named_claimant
from analysis.extract.confidence import with_confidence
from analysis.extract.dates import (
    MONTH_NAMES,
    MONTHS,
    DateMention,
    find_dates,
    reporting_window,
)
from analysis.extract.figures import (
    BEFORE_WINDOW,
    BOTH_FREED,
    FORM_FIELD,
    NON_STATE_FORCE,
    PRONOUN_FREED,
    RANKED_NAME,
    SAME_ONE_FREED,
    STATE_AUXILIARY,
    SUPERSEDED,
    THEY_FREED,
    VICTIM_NOUNS,
    Figure,
    find_casualty_figures,
    find_unknown_tolls,
    listed_with_parts,
    rise_part,
)
from analysis.extract.normalise import Normalised, normalise
from analysis.extract.places import PlaceMention, countries_placing, find_places
from analysis.extract.reporters import (
    _WHEN_SPOKEN,
    HEADING_THEN_NUMBER,
    KNOWN_ALIASES,
    Reporter,
    body_aliases,
    clause_reporters,
    find_people,
    find_reporter,
    semicolon_reporters,
    tidy,
)
from analysis.extract.sentences import Sentence, split_sentences
from analysis.reference.countries import iso3_from_name, name_from_iso3

# What a sentence is about, most specific first: (key, pattern).
TOPICS: tuple[tuple[str, str], ...] = (
    (
        "station",
        r"\b(?:(?:police|security|levies)?\s*(?<!radio\s)(?<!television\s)(?<!petrol\s)"
        r"(?<!power\s)(?<!gas\s)(?:stations?|check-?posts?|checkpoints?)|"
        r"(?:police|security|border|army|military)\s+posts?)\b",
    ),
    # a camp for displaced people or refugees is no military base, nor one of workers,
    # labourers, nomads or pilgrims ("a camp of construction workers", "a labour camp")
    (
        "base",
        r"\b(?:base|(?<!refugee\s)(?<!displacement\s)(?<!labour\s)(?<!labor\s)"
        r"(?<!workers'\s)(?<!labourers'\s)(?<!construction\s)(?<!nomad\s)(?<!pilgrims'\s)"
        r"(?<!herders'\s)(?<!miners'\s)camp(?!s?\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:displaced|refugees|internally|workers|labou?rers|employees|miners|nomads|herders|"
        r"pilgrims|families|civilians)\b)|cantonment|garrison|(?<!ministry\s)(?<!hospital\s)"
        r"(?<!school\s)(?<!residential\s)(?<!family\s)(?<!embassy\s)(?<!office\s)compound)s?\b",
    ),
    ("rail bridge", r"\brail(?:way)?\s+bridges?\b"),
    ("rail link", r"\brail(?:way)?\s+(?:links?|lines?|tracks?)\b"),
    ("highway", r"\b(?:highways?|vehicles|buses|trucks|identity\s+cards)\b"),
    ("market", r"\b(?:market|bazaar)s?\b"),
    ("convoy", r"\bconvoys?\b"),
    ("mosque", r"\bmosques?\b"),
    ("school", r"\bschools?\b"),
    ("hotel", r"\bhotels?\b"),
    (
        "operations",
        # ("the operation of combing the area is continuing": a translation's sweep after
        # the attack told, its aftermath)
        r"\b(?:(?<!search\s)(?<!rescue\s)(?<!relief\s)(?<!combing\s)operations?"
        r"(?!\s+of\s+(?:the\s+)?(?:combing|searching|search|sweeping))|(?<!in\s)retaliatory\s+(?!fire)\w+|raids?|air\s+strikes?|airstrikes?)\b",
    ),
)
ATTACK_TOPICS = frozenset(t for t, _ in TOPICS) - {"operations"}
CUE = re.compile(
    r"\b(?:killed|killing|attack(?:ed|s)?|stormed|blasts?|explosions?|bomb\w*|shot|ambush\w*|"
    r"clash\w*|fighting|operations?|targeted|set\s+ablaze|set\s+on\s+fire|abducted|"
    r"kidnapped|bodies|opened\s+fire|fired\s+(?:on|at|into)|gunned\s+down|died|exploded|detonated|blew\s+up|"
    r"explosive|went\s+off|tore\s+through|siege|besieged|shot\s+dead|martyred|wounded|"
    r"raid(?:ed|s)?|assault(?:ed|s)?|overr[au]n|took\s+control|air\s*strikes?|shelled|"
    # "drone strikes hit the main market", "shelling struck a camp", "an IED struck a bus"
    r"(?:drone|missile|rocket|artillery|mortar)\s+(?:strikes?|attacks?|fire|shells?|rounds?)|"
    r"shelling|(?:shells?|rockets?|mortars?|missiles?|grenades?|IEDs?|mines?|landmines?|drones?)"
    r"\s+(?:hit|struck|landed|fell|slammed)|"
    r"injured|missing|freed|released|arrested|apprehended|invaded|invading|"
    # "In another engagement near Miran Shah, troops intercepted a group of khwarij": a fight
    r"engagements?|encounters?|firefights?|shoot-?outs?|gunfights?|intercepted)\b",
    re.I,
)
_MONTH = "|".join(MONTHS)
BACKGROUND = re.compile(
    r"\bin\s+the\s+past\b|\bha(?:ve|s)\s+(?:also\s+|long\s+|both\s+)?(?:targeted|attacked|battled|"
    r"fought)\b|\bfor\s+decades\b|\bin\s+recent\s+(?:years|months)\b|"
    r"\b(?:attacks?|raids?|killings?|bombings?)\s+"
    r"follows?\s+(?:a|an)\b|"
    r"\b(?:attacks?|raids?|killings?|bombings?|ambush|violence|incident)\s+(?:comes?|came)\s+"
    r"(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five|several|a\s+few|\d+)?\s*"
    r"(?:days?|weeks?|months?)\s+after\b|"
    # a cumulative count: "The insurgency, now in its 16th year, has killed more than 40,000
    # people", "the conflict has claimed thousands of lives"
    r"\b(?:insurgency|conflict|war|violence|uprising|rebellion|crisis|unrest|jihad)\b"
    r"(?:,[^,.;]{1,60},)?\s+(?:has|have|had)\s+(?:so\s+far\s+|since\s+[^,.;]{1,30}\s+)?"
    r"(?:killed|claimed|left|cost)\b|"
    # a period's tally: "over the same period", "Between April and June, 188 people were …"
    r"\b(?:over|during|in)\s+the\s+same\s+period\b|"
    # a quarter's or a half-year's tally: "Over the whole first quarter, the army lost six",
    # "in the first half of the year", "so far this year"
    r"\b(?:for|in|during|over|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:first|second|"
    r"third|fourth|final|last|past|previous)\s+(?:quarter|half)\b|\bso\s+far\s+this\s+year\b|"
    # "Total for the year to date: 29 killed."
    r"\b(?:year|month)[-\s]to[-\s]date\b|"
    # "… recorded more than 1,700 murders since the conflict began"
    r"\bsince\s+the\s+(?:conflict|war|violence|fighting|insurgency|crisis|feud|uprising)\s+"
    r"(?:began|started|erupted|broke\s+out|reignited|escalated)\b|"
    rf"\bbetween\s+(?:{_MONTH})\s+and\s+(?:{_MONTH})\b|"
    # "Since I started this campaign, three candidates … have been killed": a tally since
    # the speaker's own beginning
    r"^since\s+(?:I|we|he|she|they)\s+(?:started|began|launched|took\s+office|joined|arrived)\b|"
    # the record of the people killed or held: "The gunmen were involved in the attack on a
    # checkpoint in which two guards died", "wanted for the bombing that killed nine": an
    # earlier attack of theirs, not this report's news
    r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:allegedly\s+|also\s+|reportedly\s+)?"
    r"(?:involved\s+in|wanted\s+(?:for|in\s+connection\s+with))\s+(?:the|an|a|several|many)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|killings?|bombings?|ambush(?:es)?|murders?|assaults?|"
    r"raids?)\b",
    re.I,
)
NEW_EVENT = re.compile(
    # (not "a passer-by was also hit by a stray bullet": a casualty of the same attack)
    r"\b(?:also|separately)\s+(?:been\s+)?(?:targeted|attacked|stormed|struck|hit)\b"
    r"(?!\s+by\s+(?:an?\s+)?(?:stray\s+)?(?:bullets?|gunfire|shrapnel|splinters|crossfire))|"
    r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|further))\s+(?:attack|blast|bombing|explosion|"
    r"engagement|encounter|clash|firefight|shoot-?out|incident|operation|raid|ambush|assault)\b|"
    r"\bin\s+a\s+separate\s+(?:[\w-]+\s+){0,3}?(?:attack|incident|action|operation|engagement|"
    r"encounter|clash|event|episode|ambush|raid|shooting|bombing|drive|sweep|crackdown)\b|"
    # an alert's "SEPARATE INCIDENT - BUTEMBO: …", at a sentence's opening or a quote's ('Ana
    # Ruiz said: "Separate incident: …')
    r"(?:^|^[^“”\"]{3,80}?\bsaid:\s*[“\"])separate\s+(?:incident|attack)\b|"
    # an alert's "INCIDENT 2: …", a roundup's "In the second incident, …"
    r"^(?:incident|event)\s*(?:\d+|two|three|four)\s*[:.–-]|"
    r"\bin\s+the\s+(?:second|third|fourth|fifth|other|latest)\s+(?:incident|attack)\b|"
    # "Also on Sunday night, before this incident, a wedding was attacked": an event told as
    # before (after) the one just told is another
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:this|that|the\s+above)\s+(?:incident|attack|blast|"
    r"bombing|explosion|ambush|raid)\b|"
    r"(?:^|^[^“”\"]{3,80}?\bsaid:\s*[“\"])separately\b|"
    # "Besides, according to the upazila administration, 5 workers were kidnapped …": a
    # release's "besides" (the Bangla "এছাড়া") opening the next event it tells
    r"^besides,\s|"
    # a briefing's turn to the next item, by the attack it was: "Regarding the attack on the
    # office of the Superintendent of Police, Kangpokpi, on September 13, …"
    r"^(?:regarding|concerning|as\s+regards|with\s+(?:regard|respect)\s+to|as\s+for|turning\s+to)"
    r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|bombing|blast|explosion|shooting)"
    r"\s+(?:on|at|near|in)\b",
    re.I,
)
# a form's numbered incident heading, with no sentence of its own: "Incident 2: Kalla-Dogo
# road, 6 May 2025"
_NUMBERED_INCIDENT_HEADING = re.compile(
    r"^(?:incident|event)\s*(?:\d+|two|three|four|five)\s*[:.–-]\s*[^.;!?]{0,80}$", re.I
)
# a heading on a line of its own, in capitals or ending on a colon: "ANOTHER INCIDENT (agents
# of the company):", "Second incident:"
_ANNOUNCING_HEADING = re.compile(r"^(?:[^a-z]{3,80}|[^.;!?]{3,80}:)\s*$")
# a fight's outbreak at a place, then the town its distance is told from: "fighting broke
# out … near Tamu (Tamoo), about 80 km south-west of "
_DISTANCE_FROM = re.compile(
    r"\b(?:fighting|clashes|(?:a|heavy|fierce)\s+(?:gun\s*)?(?:battle|firefight|clash))\s+"
    r"(?:broke\s+out|erupted|flared\s+up)\b[^.;]{0,80}?"
    r"\b(?:near|in|at|around)\s+[A-Z][\w'’-]+[^.;]{0,40}?,\s+(?:about\s+|some\s+|around\s+|"
    r"roughly\s+)?\d+\s*(?:km|kilomet(?:re|er)s|miles)\s+(?:to\s+the\s+)?(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of\s+$"
)
# an arson: "gunmen set fire to the town hall", "torched a ward office"
_ARSON = re.compile(r"(?i)\b(?:set\s+fire\s+to|torched|burn(?:ed|t)\s+down)\b")


def _arson_at_opening(reading: Reading) -> bool:
    """ "In Kolokani, gunmen set fire to the town hall": a paragraph opening on its town, an
    arson there, an event of that town (not "the attackers also set fire to 12 vehicles",
    the attack just told)."""
    return (
        reading.place_key is not None
        and bool(OPENING_PLACE.match(reading.sentence.text))
        and bool(_ARSON.search(reading.sentence.text))
    )


# "In Bajaur, …": a sentence opening with its place
OPENING_PLACE = re.compile(
    r"^(?:(?:Meanwhile|Separately|Earlier|Later),\s+)?(?:In|Near|At)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?:\s+(?:district|town|city|area|"
    r"province|region|county|village))?"
    # ("In Sandare (also spelt Sandaré), …": the name's other spelling in brackets)
    r"(?:\s*\((?:also\s+)?(?:written|spelt|spelled|known\s+as)\s+[^()]{1,40}\))?\s*,"
)
# a place the gazetteer does not know, named as one: "in Narayanpur district", "in the
# village of Tora", "in a separate incident in Narayanpur"
UNKNOWN_PLACE = re.compile(
    # "fighting broke out between the army and the rebels near Tamu, …": where a fight began
    # (not "the encounter broke out when a team was on an operation near Pamed": the fight
    # just told)
    r"\b(?<!the\s)(?:fighting|clashes|(?:a|heavy|fierce)\s+(?:gun\s*)?(?:battle|firefight|clash))\s+"
    r"(?:broke\s+out|erupted|flared\s+up)\b[^.;]{0,80}?\b(?:near|in|at|around)\s+"
    r"(?P<name11>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*[,.(;]|\s*$)|"
    r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+"
    r"(?:district|town|village|tehsil|subdivision|department|commune|territory|county)\b|"
    # ("a policeman at the Magami junction checkpoint": a junction named by its place, no
    # town named after it)
    r"\b(?:near|at)\s+the\s+(?P<name9>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:junction|crossroads)\b"
    r"(?!,)|"
    # ("two teachers of his barangay in Shariff Saydona Mustapha were abducted": where the
    # victims' own village or town lies, a name of up to three words)
    r"\b(?:his|her|their|our|its)\s+(?:barangay|village|town|ward|kebele|municipality)\s+in\s+"
    r"(?P<name10>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})|"
    # ("In the commune of Banibangou (region of Tillabéri), …": opening the sentence)
    # ("entered the Christian village of Mieze": the village named by its people's faith or
    # folk first)
    r"\b(?:[Ii]n|near|at|attacked|raided|stormed|struck|entered|on)\s+the\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:district|town|village|tehsil|"
    r"locality|commune|settlement|hamlet|municipality|community|battle)\s+of\s+"
    r"(?P<name2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
    r"\bseparate\s+(?:incident|attack)\s+in\s+(?P<name3>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
    # "troops clashed with rebels in the forest south of Miangelewa"
    r"\b(?:in|near)\s+(?:the\s+)?[a-z]+\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
    r"(?P<name4>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
    # "Troops sent to Sucre killed three rebels": where the troops fought
    r"\b(?:[Tt]roops|[Ss]oldiers|[Pp]olice|[Rr]einforcements|[Ff]orces)\s+(?:sent|deployed|dispatched)\s+"
    r"to\s+(?P<name5>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
    # "was ambushed on the road near Mataban", "the depot at Bulo Burte was hit": where the
    # attack its clause tells struck, a name the gazetteer does not know
    r"\b(?:ambushed|attacked|struck|raided|stormed|shelled|bombed|hit)\b[^.,;:]{0,40}?\b(?:near|at|"
    r"between)\s+(?P<name6>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?!\s+[A-Z]|[\w'-])|"
    r"\b(?:near|at)\s+(?P<name7>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)\s+(?:was|were)\s+(?:attacked|"
    r"ambushed|struck|raided|stormed|shelled|bombed|hit)\b|"
    # "the attack on the Levies check post at Mekhtar", "the abduction of five passengers from
    # a coach near Sanjawi": where the attack the noun names struck
    r"\b(?:attack|ambush|abduction|kidnapping|raid|bombing|shelling)\s+(?:on|of)\b[^.,;:]{0,60}?"
    r"\b(?:near|at)\s+(?P<name8>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?!\s+[A-Z]|[\w'-])|"
    # "the attack on a minibus on the El Buur–Dhusamareb road": a road named by the two towns
    # it joins, the first of them its place
    r"\b(?:attack|ambush|abduction|kidnapping|explosion|blast|bombing)\b[^.;:]{0,60}?\bon\s+the\s+"
    r"(?P<name12>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)\s*[–-]\s*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+"
    r"(?:road|highway)\b"
)
# where the victims were taken, not where the event was
ELSEWHERE = re.compile(
    r"(?i)(?:hospital|mortuary|morgue|medical\s+(?:centre|center|complex)|\b(?:taken|shifted|"
    r"evacuated|brought|airlifted|moved|rushed|flown|"
    # "arrested four others, who were transferred to the military prosecutor in Goma"
    r"transferred|handed\s+over|remanded)\s+to\b)[^.,;]*$|"
    r"\b(?:called\s+in|sent|dispatched|deployed|flown\s+in|brought\s+in|rushed)\s+"
    r"(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$|"
    r"\b(?:police|officials?|authorities|sources?|spokes(?:man|woman|person)|command|governor|"
    # "a local official in Bandiagara said"; ("The Ministry of Public Health and Population
    # in Aden reported that …": where the ministry sits)
    r"officers?|residents?|elders?|"
    r"ministry(?:\s+of(?:\s+(?:and|of|for|the)|\s+(?-i:[A-Z])[\w'’-]*){1,8})?)"
    r"\s+in\s+(?:the\s+)?$|"
    # "the administration's spokesman, in Mekelle, said": where he spoke, set off by commas
    r"\bspokes(?:man|woman|person)\s*,\s+in\s+(?:the\s+)?$|"
    # "an officer posted in the provincial capital Gao": where the speaker serves
    r"\b(?:posted|based|stationed|serving)\s+in\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$|"
    # "told reporters in Peshawar", "a news conference in Quetta": where someone spoke
    r"\b(?:(?:told|briefed|informed|addressing)\s+(?:reporters|journalists|the\s+media|the\s+press)|"
    # ("said in a briefing in Abuja on Friday that troops had arrested five … in Anka")
    r"(?:news|press)\s+conference|(?:press\s+|news\s+|media\s+)?briefing|speaking)\s+in\s+"
    r"(?:the\s+)?$|"
    # "they are detained in Buea", "two are still held in Kidal": where the people taken are
    # held now, not where they were taken
    r"\b(?:are|is)\s+(?:still\s+|now\s+|being\s+)?(?:detained|held|jailed|imprisoned|kept)\s+"
    r"in\s+(?:the\s+)?$|"
    # "a third soldier died of his wounds in Timika": where a victim died later, not the event
    r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+"
    r"(?:[a-z]+\s+)?(?:wounds|injuries)\s+(?:later\s+)?in\s+(?:the\s+)?$"
)
# a hospital named after its town: "at the Khuzdar Teaching Hospital", "Bannu District
# Headquarters Hospital" (where the wounded were taken, not where the event was)
HOSPITAL_NAMED = re.compile(
    r"^\s+(?:[A-Z][\w'-]*\s+){0,3}?(?:Hospital|Medical\s+(?:Complex|Centre|Center|College)|"
    r"Mortuary|Morgue|Clinic)\b|"
    # "a doctor at the Kunduz regional hospital": the same, in lower case
    r"^\s+(?:(?:regional|provincial|district|general|civil|teaching|military|main|central|city|"
    r"state|referral|specialist|trauma)\s+){1,3}(?:hospital|clinic|mortuary|morgue)\b|"
    # "a third died in Kalla medical centre": a town's health centre in lower case
    r"^\s+(?:medical|health)\s+(?:centre|center|post)\b"
)
# a back-reference's death told with it: "the seven passengers martyred in …", "the five
# killed …", "the 12 who died …"; "killing the six guards …"
DEATH_WITH_IT = re.compile(
    r"(?i)^\s*(?:killed|martyred|slain|murdered|massacred|executed|beheaded|dead|who\s+"
    r"(?:were\s+killed|was\s+killed|had\s+been\s+killed|died|lost\s+their\s+lives))\b"
)
# the death of those counted as their clause's predicate: "the 3 attackers were also killed",
# "the 2 attackers died in the exchange of fire"
DEATH_TOLD_AFTER = re.compile(
    r"(?i)^\s+(?:(?:were|had\s+been|have\s+been)\s+(?:also\s+|all\s+)?(?:killed|shot\s+dead|"
    r"neutrali[sz]ed|slain)|(?:also\s+|all\s+)?died)\b(?!\s+(?:of|from)\s+(?:their|his|her)\s+"
    r"(?:wounds|injuries))"
)
DEATH_BEFORE_IT = re.compile(
    r"(?i)\b(?:killing|killed|martyring|martyred|massacring|massacred|executing|executed|"
    r"beheading|beheaded)\s+(?:all\s+)?the\s+$"
)
# a translation's verb put before its subject with the article the translation adds ("Dead the 2
# soldiers while wounded the 3 others", "KABANKALAN – Dead the two guards"), and bodies a
# clause recovers ("recovered the 4 bodies at the site"): the count's first telling, when no
# count as large is told elsewhere
VERB_FIRST_DEATH = re.compile(
    r"(?i)(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:while|and|but|whereas)\s+)(?:dead|died)\s+the\s+$"
)
VERB_FIRST_WOUNDED = re.compile(
    r"(?i)(?:^|[,;:\u2013\u2014]\s*|\s-\s+|\b(?:while|whereas)\s+)(?:wounded|injured|hurt)\s+"
    r"the\s+$"
)
BODIES_RECOVERED = re.compile(
    r"(?i)\b(?:recovered|retrieved|found|discovered|collected)\s+(?:all\s+)?the\s+$"
)
CLAIMED_OPERATION = re.compile(
    r"(?i)\b(?:claimed|claims|claiming|claim)\s+(?:responsibility\s+for\s+)?(?:the|this|that|its)\s+"
    r"(?:[\"“‘']\s*)?(?:blessed\s+|heroic\s+)?operations?\b(?:\s*[\"”’'])?"
)
GROUP_OPERATION = re.compile(
    r"(?i)^(?:The|This|That)\s+(?:blessed\s+|heroic\s+)?(?:operation|raid|attack)\b(?!s)"
)
BOMBING = re.compile(
    r"(?i)\b(?:bomb\w*|blasts?|explosions?|explosives?|exploded|IEDs?|detonat\w+|suicide)\b"
)
# an attack a position's defenders beat back: one on a base, a post or a station
REPELLED = re.compile(
    r"(?i)\b(?:repelled|repulsed|foiled|thwarted|beat\s+back|fought\s+off|repelling|repulsing)\s+"
    r"(?:the|an?|their)\s+(?:\w+\s+)?(?:attack|assault|raid|attempt|onslaught)\b"
)
DEFENDED = frozenset(["base", "station"])
BLAST_BACK = re.compile(r"(?i)\bthe\s+(?:blast|bombing|explosion|bomb|car\s+bomb)\b")
# "two of those arrested", "three of the hostages": people counted before
OF_THOSE = re.compile(
    r"(?i)\bof\s+(?:the|those)\s+(?:who\s+(?:were|had\s+been)\s+)?(?:injured|wounded|abducted|"
    r"kidnapped|arrested|detained|captured|hostages|captives|missing)\b"
)
# "in Lahij province, north of Aden": where the place before lies, not the event's place
RELATIVE_TO = re.compile(
    r"(?i)(?:\s+(?:province|district|region|state|county|town|city|village))?,\s+(?:some\s+|about\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?(?:capital,?\s+)?"
)
REPORTERS_IN = re.compile(
    r"(?i)\b(?:police|officials?|authorities|sources?|spokesman|command|governor|officers?|"
    r"residents?|elders?)\s+in\s+(?:the\s+)?$"
)
# "The bomber, wearing a vest …": the attacker of the event just described
THE_ATTACKER = re.compile(
    r"(?i)^the\s+(?:suicide\s+|lone\s+)?(?:bomber|attacker|attackers|gunman|gunmen|assailants?)\b"
)
# "in the attack", "the blast": the sentence is about an attack already described
# people counted missing before, named again: "the soldier reported missing", "the missing"
MISSING_BACK = re.compile(
    r"(?i)\b(?:reported|listed|declared)\s+(?:as\s+)?missing\b|\bthe\s+missing\b"
)
# a relative or a friend the writer names: "my cousin Rasmata", "our neighbour Ali Musa"
KIN_NAMED = re.compile(
    r"(?i)\b(?:my|our)\s+(?:cousin|brother|sister|uncle|aunt|friend|neighbou?r|colleague|son|"
    r"daughter|father|mother|wife|husband|nephew|niece)\s+"
    r"(?P<name>(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?)\b"
)
# a back reference to a raid, bare ("during the raid", "in the night raid"; not "the raid on
# Wadi Omran", which names its target)
RAID_BACK = re.compile(
    r"(?i)\b(?:during|in)\s+the\s+(?:[a-z]+\s+)?raid\b(?!\s+(?:on|of|at|in)\s+(?-i:[A-Z]))"
)
BACK_REFERENCE = re.compile(
    # ("after the pre-dawn attack", "in the night raid": the time of day before it)
    r"\bthe\s+(?:(?:pre|early|late|night|dawn|morning|evening)(?:-[a-z]+)?\s+)?(?:attack|assault|blast|bombing|explosion|ambush|raid|siege|shelling|"
    r"(?:air\s+|drone\s+)?strike)s?\b|"
    # "the attackers also burned several houses in Bokkos": the attack told, its place now
    r"\bthe\s+(?:attackers|assailants|gunmen|raiders|bandits)\s+(?:had\s+)?(?:also|then|later)\b|"
    r"\b(?:in\s+the\s+course\s+of|during|in)\s+the\s+operation\b|"
    # a group's "in this blessed operation", "during that raid": the one just told
    r"\b(?:in\s+the\s+course\s+of|during|in)\s+(?:this|that)\s+(?:[a-z]+\s+)?(?:operation|"
    r"attack|raid|assault|ambush|engagement|battle|strike)\b|"
    # "troops killed three of the attackers during a pursuit operation": chasing them after it
    r"\b(?:during|in)\s+(?:a|the|an\s+ensuing|the\s+ensuing)\s+(?:hot\s+)?(?:pursuit|follow-up)"
    r"(?:\s+operation)?\b|\bin\s+(?:hot\s+)?pursuit\b|"
    # "arrested five suspects in subsequent operations in the area": after the attack told
    # (not "in the subsequent clearance operation": an operation of its own)
    r"\b(?:in|during)\s+(?:subsequent|ensuing|follow-up|follow-on)\s+(?:operations|raids|searches)\b",
    re.I,
)
# "the Joint Operations Command said", "SSP Operations Asad Raza": an office's name, no operation
NAMED_OFFICE = re.compile(
    r"\b(?:[A-Z][\w-]*\s+)?Operations?\s+(?:Command|Cent(?:re|er)|Room|Directorate|Department|"
    r"Wing|Division|Headquarters)\b|\b(?:SSP|SP|DSP|ASP|DIG|AIG|IG|DCP|Director|Head|Chief)\s+"
    r"(?:of\s+)?Operations\b"
)
FOLLOW_UP = re.compile(
    r"(?i)\b(?:clearance|saniti[sz]ation|combing|mop-?up|cordon(?:-and-|\s+and\s+)search|search)\s+"
    r"operations?\b|"
    # "the operation has ended": the response to the attack told, over
    r"\bthe\s+operation\s+(?:(?:has|had)\s+(?:now\s+)?(?:ended|concluded|been\s+completed)|"
    r"(?:is|was)\s+(?:now\s+)?over|ended|concluded)\b"
)
# suspects arrested in raids or searches: "arrested three suspects in raids on the outskirts"
SUSPECTS_IN_RAIDS = re.compile(
    r"(?i)\b(?:arrested|detained|apprehended|picked\s+up|rounded\s+up)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:suspects?|suspected\s+[\w-]+|facilitators?)\s+(?:in|during)\s+(?:a\s+|the\s+)?(?:raids?|"
    r"searche?s?|search\s+operations?)\b"
    # (not raids at a place they name: "in raids in Satellite Town", "in a raid in Umarzai")
    r"(?!\s+(?:in|at|near|on)\s+(?:the\s+)?(?-i:[A-Z]))"
)
# "a search operation had been launched to trace the facilitators": begun, nobody killed in it
LAUNCHED = re.compile(
    r"(?i)\boperations?\s+(?:had\s+been|has\s+been|was|were|is|are)\s+(?:being\s+)?(?:launched|"
    r"under\s*way|initiated|started|conducted|carried\s+out|in\s+progress|ongoing|continuing)\b"
)
FOLLOWED = re.compile(
    # ("a follow-up operation supported by aircraft had neutralised 12 terrorists": the
    # pursuit of the attackers, part of the attack)
    r"(?i)\bfollow-?up\s+(?:air\s*|drone\s+)?(?:operations?|strikes?|raids?)\b|"
    r"\b(?:air\s*strikes?|airstrikes?|drone\s+strikes?|shelling|raids?)\s+(?:that\s+"
    r"(?:followed|ensued)\b|on\s+(?:their|the\s+attackers['’]?|the\s+assailants['’]?)\s+"
    r"(?:retreat|withdrawal|escape|flight)\b|"  # ("in air strikes on their retreat")
    # ("in air strikes on the column as it withdrew": the attackers pursued as they left)
    r"on\s+(?:the|their)\s+(?:[a-z]+\s+)?(?:column|convoy|attackers|assailants|fighters|"
    r"insurgents|militants)\s+as\s+(?:it|they)\s+(?:withdrew|retreated|fled|pulled\s+back|"
    r"pulled\s+out)\b)"
)
PLURAL_BACK = re.compile(
    r"(?i)\bthe\s+(?:attacks|raids|assaults|blasts|bombings|explosions|ambushes|strikes)\b"
)
# a list item's heading, its letter or number and where (and when): "B. 6 March 2025, Maqbanah
# district." — the item's sentences after it are about that place
ITEM_HEAD = re.compile(r"^(?:[A-Z]|\d{1,2})[.)]\s+[^.;:]{3,60}\.$")
# several attacks at once: a lead sentence about them gives the article's totals
SEVERAL = re.compile(
    r"(?<!such\s)(?<!future\s)(?<!further\s)"  # "vows to continue such attacks": to come
    # "in one of the deadliest attacks on security forces in two years": this one, compared
    r"(?<!deadliest\s)(?<!worst\s)(?<!biggest\s)(?<!bloodiest\s)(?<!largest\s)"
    r"\b(?:attacks|bombings|blasts|explosions|bombs|assaults|ambushes|raids)\b|"
    r"\b(?:several|multiple|(?:at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+))\s+(?:villages|towns|communities|districts|locations|governorates|provinces|regions|"
    r"states|territories|localities|counties)\b|"
    # "in Bay, Hiraan and Gedo regions": several named at once
    r"\band\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:governorates|provinces|districts|regions|territories|"
    r"localities|states|counties)\b|"
    r"\bseparate\s+(?:operations|attacks|incidents|raids|engagements)\b",
    re.I,
)
# a speaker who is no armed group: a state's, a civil body's, a person's word in the name
NO_GROUP = re.compile(
    r"(?i)\b(?:ministry|government|police|army|military|forces|troops|administration|"
    r"authorit(?:y|ies)|officials?|officers?|spokes(?:man|woman|person)|governor|commissioner|"
    r"hospitals?|residents?|sources?|witness(?:es)?|medics|doctors?|council|office|agency|"
    r"mission|committee|UN|united\s+nations|mayor|chief|commander)\b"
)
# a summary's heading on a line of its own: "SUMMARY", "Executive summary", "OVERVIEW"
_SUMMARY_HEADING_LINE = re.compile(r"(?i)^(?:(?:executive\s+)?summary|overview|in\s+brief)$")
# a line of its own announcing the details below: "The details:", "Details:", "In detail:"
_DETAILS_LINE = re.compile(r"(?i)^(?:the\s+)?(?:details|in\s+detail)\s*:$")
# the events a digest lists under its sum: "in the incidents below", "the attacks listed below"
LISTED_BELOW = re.compile(
    r"(?i)\b(?:incidents|attacks|events|raids)\s+(?:(?:listed|described|detailed|summari[sz]ed|"
    r"recorded)\s+)?below\b"
)
# the bombs one aircraft or one attacker delivers are one attack: "a fighter jet dropped two
# bombs on a village", "they came with two car bombs"
ONE_DELIVERY = re.compile(
    r"(?i)\b(?:dropped|dropping|drops|fired|firing|threw|throwing|hurled|lobbed|planted|used|using|"
    r"came\s+with|armed\s+with)\s+(?:[\w-]+\s+){0,2}?bombs\b"
)
# a lead opening on the incidents it will tell: "Three significant incidents were recorded
# across northern Burkina Faso", "Several attacks were reported overnight"
INCIDENTS = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a\s+series\s+of)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:incidents|attacks|raids|ambushes|bombings|clashes)\b"
)
# "the source, an officer based in Gao": the unnamed source told before, by its role; a
# later "the officer said" is that source
SOURCE_IS = re.compile(r"(?i)\bthe\s+(?:same\s+)?source,\s+an?\s+(?P<role>[a-z]+)\b")
# what came of the events the sentence before told: "The clashes that followed …"
FOLLOWED_THAT = re.compile(
    r"(?i)^(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:clashes|fighting|violence|reprisals|unrest|killings|"
    r"battles?|riots?)\s+(?:that|which)\s+(?:followed|ensued)\b"
)
# a figure quoted as withdrawn: 'Earlier notice (10:50) that "three FC personnel" were
# injured is withdrawn'
WITHDRAWN_QUOTE = re.compile(
    r"(?i)\bthat\s+[\"“](?P<quoted>[^\"“”]{3,60})[\"”][^.;]{0,80}?\b(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:hereby\s+)?(?:withdrawn|retracted|cancell?ed)\b"
)
# a report of what happened, in the present: "Khyber police report that an IED exploded …"
REPORTS_THAT = re.compile(r"(?i)\b(?:report|reports|states|state)\s+that\b")
# a line of a place and a day opening what follows: "Ariha, 5 November 2019, 11:20."
DATED_PLACE_LINE = re.compile(
    # (or numbered, a report's item, its year the report's: "3.3 Di, 12 November.")
    r"^(?:(?P<number>\d{1,2}(?:\.\d{1,2})+\.?)\s+)?(?P<place>[A-Z][\w'’]*(?:[\s-]+(?:al|el|ad|ash|as|ar|de|del|la|[A-Z][\w'’]*)){0,3}),\s+"
    # (with its full stop: a letter's dateline, "Sabha, 13 October 2025", is where it was
    # written)
    rf"\d{{1,2}}\s+(?:{MONTH_NAMES})(?:\s+\d{{4}}|(?(number)|(?!)))"
    rf"(?:,\s+\d{{1,2}}[:.]\d{{2}})?\.$"
)
# a list item lettered or numbered with a bracket, opening on its place and a colon, the
# item told after it in lower case: "c) Azam Warsak: two employees were abducted …", "b)
# Tiarza, 3 December: checkpost attacked at night …" — the item's own incident
LISTED_PLACE_ITEM = re.compile(
    r"^(?:[a-z]|\d{1,2})\)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"(?:,\s+[^:.;]{1,60})?:\s+(?=[a-z])"
)
# … numbered "1.", its place, then what happened there as a sentence of its own: "1. Kalla:
# In the night of 4 May, gunmen attacked …", "3. Bol: 12 persons were arrested …" (not a
# heading's word: "2. Background: …", "4. Recommendations: …")
NUMBERED_PLACE_ITEM = re.compile(
    r"^\d{1,2}\.\s+(?!(?:Background|Summary|Context|Notes?|Updates?|Recommendations?|"
    r"Conclusions?|Introduction|Overview|Situation|Response|Actions?|Sources?|Casualties|"
    r"Incidents?|Dates?|Time|Locations?|Methods?|Methodology|Analysis|Comments?|Assessment|"
    r"Needs|Security|Protection|Health|Shelter|Education|Food|Water|Nutrition|Logistics|"
    r"Coordination|Key|General|Observations?|Findings?|Total|Totals|Details?|Remarks?|"
    r"Subject|Purpose|Scope|Impact|Trends?|Outlook|Annex|Appendix)\b)"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}):\s+(?=[A-Z0-9])"
)
# an incident's label opening its paragraph: "Incident A (6 January 2025).", "Attack 2:"
INCIDENT_LABEL = re.compile(
    r"^(?P<label>(?:Incident|Attack|Event|Case)\s+(?:[A-Z]|\d{1,2}))(?:\s*\([^()]{3,40}\))?"
    r"\s*[.:]?$"
)
# a local self-defence group: vigilantes, a militia, the Civilian JTF, hunters, volunteers
LOCAL_GUARD = (
    r"(?:vigilantes?|militias?|self-defen[cs]e(?:\s+group)?|civilian\s+jtf|cjtf|civilian\s+joint\s+"
    r"task\s+force|hunters|volunteers|community\s+guards?)"
)
# its leader, unnamed: "Local vigilante leader", "Head of a local militia"
UNNAMED_GUARD_LEADER = re.compile(
    rf"(?i)(?:the\s+|a\s+)?(?:local\s+)?{LOCAL_GUARD}\s+(?:leader|head|chief|commander)|"
    rf"(?:the\s+|a\s+)?(?:leader|head|chief|commander)\s+of\s+(?:a|an|the)\s+(?:local\s+)?"
    rf"{LOCAL_GUARD}(?:\s+group)?"
)
# … and named later: "Musa Ibrahim, who heads the Civilian Joint Task Force", "Musa Ibrahim, a
# leader of the CJTF"
NAMED_GUARD_LEADER = re.compile(
    rf"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}),\s+(?:who\s+(?:heads|leads|commands)|"
    rf"(?:a|the)\s+(?:local\s+)?(?:leader|head|chief|commander)\s+(?:of|in))\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{LOCAL_GUARD})\b"
)
# "it said", "according to it": a body speaks, not a person
IT_SAID = re.compile(
    r"(?i)\bit\s+(?:(?:later|further|also|then)\s+)?(?:said|says|added|claimed|stated)\b|"
    r"\baccording\s+to\s+it\b"
)
# a reporter ending with a person's name: "Kutum hospital director Dr Adam Ishaq", "Police
# (Ali Khan)" (not "Darfur Bar Association", "Rapid Support Forces")
_PERSON = re.compile(
    r"(?:\b[A-Z][a-z]+\.?\s+)?\b[A-Z][a-z]+\s+(?!(?:Ministry|Police|Army|Forces|Association|Agency|"
    r"Office|Department|Council|Committee|Command|Group|Front|Corps|Command|Service|Society|Network|"
    r"Observatory|Defence|Relations|Organization|Organisation|Cross|Crescent|Authority|Movement|State|"
    r"Nations|Union|Helmets|Media|Radio|Government|Administration|"
    # ("the National Guard", "the Giants Brigades", "the Coastal Battalion": a force, no person)
    r"Guard|Guards|Brigade|Brigades|Battalion|Regiment|Division|Gendarmerie|Secretariat)\b)"
    r"[A-Z][a-z]+\)?$"
)
# the period a report covers: what it counts in it is the total of the events it tells
REPORTING_PERIOD = re.compile(
    r"(?i)\b(?:during|in|over|throughout)\s+the\s+(?:reporting\s+period|period\s+under\s+review|"
    r"(?:past|last)\s+(?:week|seven\s+days|\w+\s+days))\b"
)
# who speaks of "our men": the state's forces, or an armed group's commander
# a name with its short form: "Kachin Independence Army (KIA)"
NAMED_WITH_SHORT = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,4}\s+\([A-Z]{2,6}\)")
# a group the actor list may not know, named by its members: "Al-Shabaab fighters stormed …"
GROUP_FIGHTERS = re.compile(
    r"\b(?P<name>(?!(?:The|A|An|Some|Several|Suspected|Armed|Local|Foreign|Government|Pro|Army|State|"
    r"Security|Militia|Tribal|Rival|Dozens|Hundreds)\b)(?:(?:al|ash|ad|an|as)[\s-])?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:fighters|militants|insurgents)\b"  # "al Shabaab fighters"
)
# members of a group named, killed or captured: "five members of the Dawlah Islamiyah were
# killed" (not a civil body's: a committee, a council, a family, a church, a union)
GROUP_MEMBERS_KILLED = re.compile(
    r"\bmembers\s+of\s+(?:the\s+)?(?P<name>(?:(?:al|ash|ad|an|as)[\s-])?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|neutrali[sz]ed|captured|arrested)\b"
    r"(?<!Committee)(?<!Council)(?<!Family)(?<!Church)(?<!Union)(?<!Association)"
)
# "fighters from the brigade holding the post": the men of a unit
_OF_A_UNIT = re.compile(
    r"(?i)\s+(?:from|of)\s+(?:the|his|their|a|one)\s+(?:[\w'’-]+\s+)?(?:brigade|battalion|"
    r"regiment|unit|company|platoon|detachment)\b"
)
_UNIT_FIGHTERS = re.compile(r"(?i)\bfighters?(?=" + _OF_A_UNIT.pattern[4:] + ")")
# a speaker of the state's forces or of a force beside them: "the leader of a VDP unit", "a
# police commander"
_STATE_UNIT = re.compile(
    r"(?i)\b(?:police|army|military|troops|battalion|brigade|regiment|gendarmerie)\b|"
    + STATE_AUXILIARY.pattern
)
# "one of his men": a person's own men, his side only when he commands them
_HIS_MEN = re.compile(r"(?i)\b(?:his|her)\s+(?:own\s+)?(?:men|comrades|fighters|personnel)\b")
_COMMANDING = re.compile(r"(?i)\b(?:commander|leader|chief|head|captain|officer\s+in\s+charge)\b")
# a note's sentence that leaves out who says ("Says that in the attack …")
_SUBJECTLESS_SAYS = re.compile(r"^(?:Says|Said|States|Stated|Reports|Reported|Claims)\b")
# the person a note names first ("Obs: associate of Suárez calls …", "Customer is a villager
# from Kalla.", "Vigilante from Maru."), a common noun, no pronoun
_NOTE_SUBJECT = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+\([^()]{1,20}\))?:\s+)?(?:(?:an?|the|our)\s+)?"
    r"(?!(?i:he|she|it|they|we|i|this|that|there|one)\b)"
    r"(?P<who>[A-Za-z][a-z'’-]{2,}(?:\s+[a-z][a-z'’-]{2,})?)\s+"
    r"(?:is|was|from|of|calls|called|came|comes|rang|phoned|visited|writes|wrote)\b"
)
STATE_SPEAKER = re.compile(
    r"(?i)\b(?:police|army|military|armed\s+forces|security\s+forces|troops|levies|ministry|"
    r"government|ISPR|inter[-\s]services|defence|corps|rangers|gendarmerie|battalion|"
    # (a state's regiments and services by their own names: "the Assam Rifles", "the navy")
    r"rifles|navy|air\s+force|constabulary|(?:coast|border)\s+guards?|"
    # (a unit by its number: "the Brigade 444", "the 3rd Infantry Division": an army's)
    r"(?:brigade|division|regiment)\s+\d{1,4}|"
    r"\d{1,4}(?:st|nd|rd|th)?\s+(?:[A-Za-z]+\s+)?(?:brigade|division|regiment))\b|"
    + STATE_AUXILIARY.pattern
)
# the state's men speaking of their own: "Soldiers at the checkpoint told me 10 of their
# comrades were killed" (the speaker's first word, the men, not a body)
_STATE_MEN_SPEAKING = re.compile(
    r"(?i)^(?:the\s+|some\s+|two\s+|three\s+)?(?:soldiers|policemen|police\s+officers|gendarmes|"
    r"troopers|jawans|rangers|guardsmen)\b"
)
# a civil body speaking of its own members: a union, an association, a party in opposition,
# a protest's organisers, an indigenous guard (not "the Karen National Union", an armed
# group's name, nor "the Communist Party")
_CIVIL_SPEAKER = re.compile(
    r"(?i)\b(?:(?<!national\s)union|association|federation|chamber|co-?operative|club|church|"
    r"diocese|parish|school|college|university|organi[sz]ers|(?<!communist\s)party|"
    # ("the requesting organization", "a women's rights organisation": a civil body by its
    # noun; an armed one is named, "the Islamic State organisation", and kept out below)
    r"(?:requesting|rights|women['’]s|peasant|farmers['’]|victims['’]|civil(?:\s+society)?|"
    r"non-governmental|humanitarian|community|grassroots|human\s+rights)\s+organi[sz]ation|"
    r"(?:indigenous|community)\s+guard|guardia\s+ind[ií]gena|landowners|traders|residents)\b"
)


def _civil_body_members(figure: Figure, speaker: str) -> bool:
    """Whether ``figure`` counts members and its speaker is a civil body (or speaks for one).

    >>> f = Figure("57", "members", "unknown", parse_count("57"), 0, 10)
    >>> _civil_body_members(f, "Dockworkers' union"), _civil_body_members(f, "Police")
    (True, False)
    """
    return (
        figure.noun.casefold() in ("members", "member")
        and bool(_CIVIL_SPEAKER.search(speaker))
        and not NON_STATE_FORCE.search(speaker)
    )


NON_STATE_SPEAKER = re.compile(
    r"(?i)\b(?:commander|spokesman|spokesperson|militants?|rebels?|fighters?|insurgents?|group)\b"
)
SEPARATE = re.compile(r"(?i)\bseparate\s+(?:operations|attacks|incidents|raids|engagements)\b")
# the perpetrators speaking of their own fighters
OWN_FIGHTERS = re.compile(
    r"\b(?:its|our)\s+(?:fighters|men|mujahideen|militants|sarmachars|comrades|companions)\b",
    re.I,
)
AFTER_EARLIER = re.compile(
    r"\b(?:after|following)\s+the\s+(?:\w+\s+){0,3}?(?:of\s+the\s+)?attacks?\b.*$", re.I | re.S
)
WHEN_CLAUSE = re.compile(r"(?i)\b(?:when|as)\s+(?:the\s+)?[^,.;]*")
# "seized three military vehicles": what was taken, not a target attacked
LOOT = re.compile(
    r"(?i)\b(?:seized|captured|destroyed|burned|burnt|torched|took|recovered|confiscated|"
    r"seizing|capturing|destroying|burning)\s+(?:[\w-]+\s+){0,3}?(?:vehicles|trucks|buses|"
    r"motorcycles|weapons|arms|ammunition)\b(?:,?\s+(?:and\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:vehicles|trucks|buses|motorcycles|weapons|arms|ammunition)\b)*"
)
# what a convoy is made of is the convoy: "a convoy of passenger vehicles and goods trucks"
CONVOY_OF = re.compile(
    r"(?i)\bconvoy\s+of\s+(?:[\w-]+\s+){0,3}?(?:vehicles|trucks|buses|cars|lorries)"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:vehicles|trucks|buses|cars|lorries))?\b"
)
# "the attackers, who arrived on motorcycles and in pick-up trucks": how they came, no target
MEANS = re.compile(
    r"(?i)\b(?:arrived|arriving|came|coming|travell?ing|travell?ed|riding|rode|fled|fleeing|"
    r"escaped|drove|driving)\s+(?:[\w-]+\s+){0,3}?(?:on|in|aboard|by)\s+[^.;]*"
    r"\b(?:vehicles|trucks|motorcycles|motorbikes|buses|cars|pick-?ups)\b|"
    # "dozens of gunmen on motorcycles and in four pick-ups stormed the camp"
    r"\b(?:fighters|gunmen|attackers|militants|insurgents|men|assailants|jihadists|bandits)\s+"
    r"(?:on|in|aboard)\s+(?:[\w-]+\s+){0,3}?(?:motorcycles|motorbikes|vehicles|cars|pick-?ups|"
    r"trucks)(?:\s+and\s+(?:on|in|aboard)\s+(?:[\w-]+\s+){0,3}?(?:motorcycles|motorbikes|"
    r"vehicles|cars|pick-?ups|pick-?up\s+trucks|trucks))?\b"
)
AIMED_AT = re.compile(
    r"(?i)\bbefore\s+(?:she|he|they|it|the\s+\w+)\s+could\s+(?:reach|enter|get\s+(?:in)?to|"
    r"get\s+near|approach)\s+[^.;,]+"
)
# "the jawans were returning from an operation when …": where they had been, no target
RETURNING = re.compile(
    r"(?i)\b(?:returning|coming\s+back|on\s+(?:their|its|his)\s+way\s+back)\s+from\s+(?:a|an|the)"
    r"\s+[^.;,]*?\b(?:operations?|patrols?|raids?)\b|"
    # "the encounter broke out when a joint team was on an anti-Maoist operation": what the
    # troops were doing when the event told happened
    r"\b(?:was|were)\s+(?:on|conducting|carrying\s+out|out\s+on)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operations?|patrols?|search)\b"
)
AFTER_THE_ATTACK = re.compile(
    r"(?i)\b(?:after|since|following|during|in)\s+the\s+(?:attack|ambush|assault|raid|blast|bombing)\b"
)
EXPLOSION = re.compile(r"\b(?:blasts?|explosions?|bomb\w*|IEDs?|explosives?|detonated)\b", re.I)
SUICIDE = re.compile(r"\bsuicide\b", re.I)
NON_STATE = frozenset({"rebel/separatist", "political militia", "identity militia"})
SPECIFIC = frozenset({"location", "admin2"})


@dataclass
class Reading:
    """What one sentence says."""

    sentence: Sentence
    figures: list[Figure]
    references: list[Figure]
    others: list[Figure]  # wounded, abducted, arrested, freed, missing: not deaths
    reporter: Reporter | None
    dates: list[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    claim: Claim | None
    topics: list[str]
    cue: bool
    background: bool
    summary: bool
    new_event: bool
    continues: bool = False  # "Nine of them escaped": about the sentence before's figures
    back_reference: bool = False
    issuer: str | None = None  # a press release's or a group statement's issuer
    issuer_kind: str | None = None
    span: tuple[int, int] | None = None  # a clause of the sentence that is an event of its own
    heading: bool = False  # a line over the report ("KEY FIGURES 3 attacks 11 killed"), not news
    section: str | None = None  # the place a numbered section's heading names ("2.3 Balboa: …")
    # the country and day the sentence's actors are read in (the Taliban are Afghanistan's
    # state forces there since August 2021)
    country: str = "Pakistan"
    published: date | None = None
    # the day the paragraph opened on, in a sentence of no figure before this one ("On the
    # night of 11 May, gunmen stormed the campus. A lecturer was abducted.")
    opening_days: frozenset[date] = frozenset()
    # "The six collectors … were taken by armed men": a definite count told with its
    # abduction, read as a back-reference (a figure only when the document gives it nowhere
    # else)
    taken_references: list[Figure] = field(default_factory=list)

    def actors_of(self, text: str) -> list[ActorMention]:
        """The actors ``text`` (a part of the sentence: its reporter) names, in the
        sentence's country and day."""
        return find_actors(text, self.country, self.published)

    @property
    def place_key(self) -> str | None:
        """The place the sentence is about: its town or district, else a name opening it that
        the gazetteer does not know ("In Bajaur, …")."""
        place = self.specific_place
        if place is not None:
            return place.name
        text = self.sentence.text
        if self.span is not None:
            text = text[self.span[0] : self.span[1]]
        named = UNKNOWN_PLACE.search(text)
        if named and not any(p.text in named.group() for p in self.places):
            return (
                named.group("name")
                or named.group("name2")
                or named.group("name3")
                or named.group("name4")
                or named.group("name5")
                or named.group("name6")
                or named.group("name7")
                or named.group("name8")
                or named.group("name9")
                or named.group("name10")
                or named.group("name11")
                or named.group("name12")
            )
        opening = OPENING_PLACE.match(self.sentence.text)
        if (
            opening
            and (self.span is None or self.span[0] == 0)
            and not any(p.text == opening.group("name") for p in self.places)
        ):
            return opening.group("name")
        return self.section

    @property
    def specific_place(self) -> PlaceMention | None:
        """The first town or district the sentence puts its event in (not where the
        wounded were taken: "brought to the Civil Hospital in Quetta")."""
        return next((p for p in self.event_places if p.level in SPECIFIC), None)

    @property
    def event_places(self) -> list[PlaceMention]:
        """The places the sentence names, less where the victims were taken or where the
        reporters are ("Police in Gusau confirmed …")."""
        text = self.sentence.text
        return [
            p
            for p in self.places
            if p.level not in SPECIFIC
            or not (
                ELSEWHERE.search(text[max(0, p.start - 60) : p.start])
                or HOSPITAL_NAMED.match(text[p.end :])
                # ("fighting broke out near Tamu, about 80 km south of Kalay": the town the
                # fight's distance is told from)
                or _DISTANCE_FROM.search(text[max(0, p.start - 250) : p.start])
                or any(
                    RELATIVE_TO.fullmatch(text[q.end : p.start])
                    for q in self.places
                    if q.end < p.start
                )
            )
        ]


@dataclass(frozen=True)
class CandidateFigure:
    """One figure of a candidate, with who gave it and where it stands in the article."""

    victim_group: str
    fatalities: str
    low: int | None
    best: int | None
    high: int | None
    qualifier: str
    reported_by: str | None
    perpetrator_claim: bool
    sentence_id: int
    figure_text: str
    start: int
    end: int
    outcome: str = "killed"
    # the probability that the figure is right (value, victim group, deaths or not and
    # reporter), learned from the labelled articles: analysis.extract.confidence
    confidence: float | None = None


@dataclass(eq=False)
class Candidate:
    """A candidate event and the sentences it came from."""

    candidate_id: str
    topic: str | None
    sentence_ids: list[int] = field(default_factory=list)
    figures: list[CandidateFigure] = field(default_factory=list)
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    geo_precision: str | None = None
    claimed_by: str | None = None
    claim_status: str | None = None
    reported_by: list[str] = field(default_factory=list)
    notes: str = ""
    remarks: list[str] = field(default_factory=list)
    bombing: bool = False  # its sentences tell of a bomb, a blast or an explosion
    claim_only: bool = False
    other_figures: list[CandidateFigure] = field(default_factory=list)
    place_key: str | None = None  # the place its sentences name, known to the gazetteer or not
    # the places named in the clauses it came from (a sentence about two events gives each
    # its own)
    place_mentions: list[PlaceMention] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict (dates as ISO strings).

        >>> Candidate("C01", None).to_dict()["candidate_id"]
        'C01'
        """
        skip = ("figures", "other_figures", "place_mentions")
        out = {k: v for k, v in vars(self).items() if k not in skip}
        for key in ("date_start", "date_end"):
            out[key] = out[key].isoformat() if out[key] else None
        out["figures"] = [vars(f).copy() for f in self.figures]
        out["other_figures"] = [vars(f).copy() for f in self.other_figures]
        return out


@dataclass
class Extraction:
    """Everything read from one article."""

    text: str
    published: date
    sentences: list[Sentence]
    candidates: list[Candidate]
    totals: list[CandidateFigure]
    window: tuple[date, date]
    other_totals: list[CandidateFigure] = field(default_factory=list)
    dateline: str | None = None
    issuer: str | None = None
    removed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """One JSON-ready object: the candidates, the article's totals and its sentences.

        >>> extract_article("Nothing happened.", date(2024, 8, 26)).to_dict()["candidates"]
        []
        """
        return {
            "published": self.published.isoformat(),
            "window": [d.isoformat() for d in self.window],
            "candidates": [c.to_dict() for c in self.candidates],
            "totals": [vars(f).copy() for f in self.totals],
            "other_totals": [vars(f).copy() for f in self.other_totals],
            "dateline": self.dateline,
            "issuer": self.issuer,
            "removed": self.removed,
            "sentences": [vars(s).copy() for s in self.sentences],
        }


def extract_article(text: str, published: date, country: str = "Pakistan") -> Extraction:
    """Candidate events from one article, dates resolved against ``published``.

    The text is normalised first (:func:`analysis.extract.normalise.normalise`): offsets
    refer to ``Extraction.text``, the normalised text.

    >>> r = extract_article("Police said a bomb killed 2 people in Quetta yesterday.",
    ...     date(2024, 8, 26))
    >>> c = r.candidates[0]
    >>> (c.event_type, c.sub_event_type, c.date_start.isoformat(), c.figures[0].victim_group)
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED', '2024-08-25', 'unknown')
    """
    iso3 = iso3_from_name(pd.Series([country])).iloc[0]
    if pd.isna(iso3):
        raise ValueError(f"unknown country {country!r}; use its English name, e.g. Pakistan")
    clean = normalise(text)
    sentences = split_sentences(clean.text)
    given = country
    country, iso3 = _text_country(clean, sentences, country, iso3)
    readings = _readings(
        sentences,
        published,
        iso3,
        country,
        clean.issuer,
        clean.issuer_kind,
        clean.numbered,
        clean.bulleted,
    )
    _thread_posts_voice(readings)
    _without_withdrawn(readings)
    _without_quoted_dead(readings)
    _without_corrected_earlier(readings)
    _without_earlier_count_withdrawn(readings)
    _without_earlier_report_had(readings)
    _without_first_statement_had(readings)
    _without_first_said_corrected(readings)
    _without_first_said_after(readings)
    _without_said_then_own_figure_corrected(readings)
    _without_corrected_by_next_statement(readings)
    _without_absent(readings)
    _without_class_number(readings)
    _without_numbered_item(readings)
    _without_put_right_before(readings)
    _without_rise_after_put_right(readings)
    _without_written_before(readings)
    all_dates = [d for r in readings for d in r.dates if not r.background]
    window = reporting_window(all_dates, published)
    # a liveblog: entries under time stamps, the newest first
    # (on a twelve-hour clock too: "11:40pm" over "10:15pm")
    stamps = [
        re.match(r"(\d{1,2})[:.](\d{2})(?:\s*(?i:([ap])\.?m\.?))?\b", r) for r in clean.removed
    ]
    times = []
    half = None  # a log that marks "PM" only now and then: "8:41 PM", "8:43", "8:44" are all PM
    for m in filter(None, stamps):
        if m[3]:
            half = m[3].casefold()
        elif half and int(m[1]) > 12:
            half = None  # a 24-hour time: no half-day carried on
        if half:
            times.append((int(m[1]) % 12 + (12 if half == "p" else 0)) * 60 + int(m[2]))
        else:
            times.append(int(m[1]) * 60 + int(m[2]))
    # (a digest's posts in the order they came, the oldest first, are no liveblog)
    liveblog = len(times) >= 2 and times != sorted(times) and not _through_midnight(times)
    # (the newest first throughout, most stamps earlier than the one above: no log over
    # several days, each day's times rising)
    falling = sum(a > b for a, b in itertools.pairwise(times))
    state = _State(
        newest_first=liveblog and falling > sum(a < b for a, b in itertools.pairwise(times))
    )
    if readings and _is_headline(readings[0], len(sentences)):
        state.headline_topics = readings[0].topics
    article_claims: list[tuple[Reading, Claim]] = []
    scene: Reading | None = None  # the sentence before, naming a place but telling no figure
    for reading in readings:
        if state.last == TOTALS and (
            CAPS_SECTION.fullmatch(reading.sentence.text.strip())
            # ("KATSINA - Faskari LGA (3 June)", "Monday 7 April - Sabon Birni LGA": an item's
            # heading, no sentence, no figure)
            or (
                len(reading.sentence.text) <= 80
                and not _ENDS.search(reading.sentence.text)
                and not reading.figures
                and not reading.others
                and re.search(r"\s[-–—]\s", reading.sentence.text)
            )
            # ("MONITOR'S NOTE: Niger's Ministry of Defence said …": a labelled paragraph)
            or re.match(r"(?-i:[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+){0,2}):\s", reading.sentence.text)
        ):
            # "1. SUMMARY" … "3. WHAT WAS REPORTED ON THE GROUND": a new section's sentences
            # are no longer the summary's
            state.last = None
        if reading.heading:
            continue  # a PDF's title or "Key figures" box: what the report then tells
        if reading.background and not _is_headline(reading, len(sentences)):
            continue  # "Last year, more than 300 people were killed in attacks …": no totals
        if (
            reading.summary
            and len(state.candidates) <= 1
            and not any(c.figures or c.other_figures for c in state.candidates)
            and not (state.totals or state.other_totals)
            and not _is_headline(reading, len(sentences))
            and SUMMARY_OPENING.match(reading.sentence.text)
            and not INCIDENTS.search(reading.sentence.text)
            and not _SEVERAL_PLACES.search(reading.sentence.text)
            and len(reading.topics) <= 1
        ):
            # "In total nine people died: seven we found on the road and two at the clinic",
            # the first figures told (one attack told before at most): that attack's toll,
            # summed from its parts, nothing to sum up before it
            reading.summary = False
        if reading.summary:
            state.totals += [_figure(f, reading) for f in reading.figures]
            state.other_totals += [_figure(f, reading) for f in reading.others]
            if not _is_headline(reading, len(sentences)) and (
                reading.figures
                or reading.others
                or reading.cue
                or reading.topics
                or state.last == TOTALS
            ):
                # (a lead naming several places but neither a figure nor an attack, "We
                # regret to inform our customers in Dekai, Kurima and Anggruk that …", sums
                # nothing up: the figures after it are the events' own)
                state.last = TOTALS
            continue
        if reading.background:
            continue
        if reading.claim is not None:
            if reading.claim.scope == "article":
                article_claims.append((reading, reading.claim))
            if reading.claim.more_what:
                _new(state.candidates, None, reading).claim_only = True
            if reading.claim.more_what or (
                reading.claim.scope == "article" and not (reading.figures or reading.others)
            ):
                continue  # "… claimed responsibility, saying 30 policemen had been killed" goes on
            named = _named_attack(reading, readings, state.candidates)
            if named is not None and not (reading.figures or reading.others):
                named.sentence_ids.append(reading.sentence.id)  # "claimed the Bara killings"
                continue
            if named is not None and not any(p.level in SPECIFIC for p in reading.event_places):
                # "claimed responsibility for the Buleda attack, claiming its fighters had
                # killed 12 soldiers": the group's figures for the attack it names
                named.sentence_ids.append(reading.sentence.id)
                named.figures += [_figure(f, reading) for f in reading.figures]
                named.other_figures += [_figure(f, reading) for f in reading.others]
                state.last = [named]
                continue
        linked = _linked_attack(reading, readings, state.candidates)
        linked = linked or _linked_victim(reading, readings, state.candidates)
        linked = linked or _attack_of_day(reading, state)
        linked = linked or _fighting_told(reading, readings, state.candidates)
        if linked is not None and (reading.figures or reading.others):
            # "Three co-accused were arrested … in connection with the Ohlange rank shooting":
            # the arrests of the attack it names, wherever the court they appeared in is
            linked.sentence_ids.append(reading.sentence.id)
            linked.figures += [_figure(f, reading) for f in reading.figures]
            linked.other_figures += [_figure(f, reading) for f in reading.others]
            state.last = [linked]
            continue
        if not (
            reading.cue
            or reading.figures
            or reading.references
            or reading.others
            # "In a separate event, in the municipality of El Tarra, a drone dropped …": a new
            # event at a place of its own, whatever its verb
            or (reading.new_event and reading.place_key is not None)
            # "In Kolokani, gunmen set fire to the town hall": a roundup's paragraph opening
            # on its town, an arson there (not "the attackers also set fire to 12 vehicles",
            # the attack told)
            or _arson_at_opening(reading)
        ):
            scene = reading if reading.place_key is not None else None
            continue
        if (
            scene is not None
            and reading.place_key is None
            and scene.sentence.paragraph == reading.sentence.paragraph
            and scene.sentence.id == reading.sentence.id - 1
            and (reading.figures or reading.others)
            # (a list item's heading places its item's sentences whatever came before: "B. 6
            # March 2025, Maqbanah district. A landmine exploded …")
            and (state.last is None or ITEM_HEAD.match(scene.sentence.text))
        ):
            # "Shooting near the synagogue in Derbent. At least five police officers killed.":
            # the scene set by the sentence before, which told no figure, places the first toll
            reading.places = scene.places + reading.places
        scene = None
        for part in _clauses(reading):
            _place(part, state)
        state.paragraph = reading.sentence.paragraph
    candidates = state.candidates
    _liveblog_first_entry_placed(candidates, state)
    _without_summary_repeats(sentences, candidates, state)
    for candidate in candidates:
        if country != given:
            candidate.remarks.append(f"the text places it in {country}, not in {given}")
        _fill(candidate, readings, window, country, iso3, article_claims, liveblog)
    _deaths_in_a_later_rise(candidates, sentences)
    state.totals = _without_repeats(state.totals, None)
    state.other_totals = _without_repeats(state.other_totals, None)
    # (a candidate of summary lines alone, whose figures the body gives, keeps nothing)
    candidates = [c for c in candidates if c.figures or c.other_figures or c.sentence_ids]
    for number, candidate in enumerate(candidates, 1):
        candidate.candidate_id = f"C{number:02d}"
    extraction = Extraction(
        clean.text,
        published,
        sentences,
        candidates,
        state.totals,
        window,
        state.other_totals,
        clean.dateline,
        clean.issuer,
        clean.removed,
    )
    with_confidence(extraction)
    return extraction


def _text_country(
    clean: Normalised, sentences: list[Sentence], country: str, iso3: str
) -> tuple[str, str]:
    """The country the text names for its places, over the one given (a default): when the
    dateline or a country's own place ("in Afghanistan's eastern Nangarhar province") names
    one other country and never the given one, and the places of the text are no fewer in
    that country than in the given one, the text's country wins.

    >>> clean = normalise("JALALABAD, Afghanistan (AP) — A bomb exploded in the Achin "
    ...     "district of Afghanistan's eastern Nangarhar province, killing two people.")
    >>> _text_country(clean, split_sentences(clean.text), "Pakistan", "PAK")
    ('Afghanistan', 'AFG')
    """
    named = Counter(countries_placing(clean.text, clean.dateline_text))
    named.pop("nan", None)
    if not named or iso3 in named:
        return country, iso3
    (top, n), *rest = named.most_common()
    if rest and rest[0][1] == n:
        return country, iso3  # two other countries named as often: none wins

    def placed(code: str) -> int:
        return sum(
            p.level in SPECIFIC or p.level == "admin1"
            for s in sentences
            for p in find_places(s.text, code)
        )

    if placed(top) < placed(iso3):
        return country, iso3
    return str(name_from_iso3(pd.Series([top])).iloc[0]), top


TOTALS = "totals"
# a record's victims field: "Victims (monitor's count): 11 civilians killed; …", "Casualties:
# 3 killed, 5 injured"
_VICTIMS_FIELD = re.compile(
    r"(?i)^(?:victims|casualties)(?:\s*\([^()]{1,40}\))?\s*:\s+(?:at\s+least\s+|about\s+)?\d"
)
# a report's summary list over its body: "HIGHLIGHTS", "Key points", "KEY DEVELOPMENTS"
SUMMARY_HEADING = re.compile(
    r"(?i)^(?:highlights|key\s+(?:points|developments|messages|figures)|main\s+points|"
    r"at\s+a\s+glance|in\s+brief|"
    # a report's numbered summary section: "1. Summary" over "2. Security incidents"
    r"(?:\d{1,2}\.?\s+)?(?:executive\s+)?summary)\s*:?$"
)
# a report's summary section's heading, lettered or numbered: "A. SUMMARY", "1. Summary"
_LETTERED_SUMMARY = re.compile(r"^(?:[A-Z][.)]|\d{1,2}[.)])\s+(?i:summary)\s*:?$")
# events counted: "recorded 11 organized political violence events", "3 validated ERVIs" (an
# acronym's plural)
_EVENTS_COUNTED = re.compile(
    r"\b(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?i:incidents|events|attacks)|[A-Z]{2,}s)\b"
)
# a heading ending that list: "SITUATION OVERVIEW", "Incidents", "Bay region", "2. Incidents"
_HEADING_LINE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][\w'’ -]{2,40}$")


# "That figure was wrong.", "This number was incorrect": the count just told, withdrawn by
# whoever told it
_WITHDRAWN = re.compile(
    r"(?i)^(?:but\s+)?(?:that|this|the)\s+(?:figure|number|toll|count|death\s+toll)\s+"
    r"(?:was|is|had\s+been|has\s+been|proved|turned\s+out\s+to\s+be)\s+(?:later\s+found\s+to\s+"
    r"be\s+)?(?:wrong|incorrect|false|inaccurate|mistaken|an?\s+(?:error|mistake))\b"
)


# a bench that finds or decides, by its common noun: "the court", "the tribunal", "the
# committee", "the board"
# ("The observatory recorded 11 … events" in the Cabo Delgado Conflict Observatory's update: a
# monitor's own common noun, in lower case too)
_OWN_BENCH = re.compile(
    r"[Tt]he\s+(?P<noun>court|tribunal|committee|board|commission|panel|observatory|monitor)"
)


# who posted the numbered thread reproduced below: "The provincial minister …, Ana Ruiz, on
# Tuesday gave the first toll in a series of posts on X"
_THREAD_POSTED_BY = re.compile(
    r"(?:^|,\s+)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),?\s[^.;]{0,160}?\b"
    r"(?:in\s+)?(?:a\s+)?(?:series\s+of\s+(?:posts|tweets|messages)|thread)\b"
)
# a thread's numbered post: "2/7 In Kiliba, …"
_THREAD_POST = re.compile(r"^(?P<n>\d{1,2})/(?P<of>\d{1,2})\s+\S")


def _thread_posts_voice(readings: list[Reading]) -> None:
    """A thread's numbered posts ("1/7 …", "2/7 …"), reproduced under the sentence that names
    who posted them, speak for their poster where they quote nobody, every sentence of each."""
    poster: tuple[str, int] | None = None  # the poster and the paragraph naming him
    posts: set[int] = set()  # the paragraphs of his posts
    for reading in readings:
        sentence = reading.sentence
        post = _THREAD_POST.match(sentence.text)
        if post and int(post["n"]) <= int(post["of"]) and poster is not None:
            last = max(posts, default=poster[1])
            if sentence.paragraph - last <= 2:
                posts.add(sentence.paragraph)
        if sentence.paragraph in posts:
            if reading.reporter is None:
                reading.reporter = Reporter(poster[0], poster[0], -1, -1)
            continue
        named = _THREAD_POSTED_BY.search(sentence.text)
        if named:
            poster, posts = (named["name"], sentence.paragraph), set()


def _without_withdrawn(readings: list[Reading]) -> None:
    """A count the next sentence calls wrong ("Our first report said 21 people had been
    killed. That figure was wrong."): withdrawn, no figure (the last count of its sentence).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "The first report said nine people were killed. That figure was wrong."
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> _without_withdrawn(readings)
    >>> [len(r.figures) for r in readings]
    [0, 0]
    """
    for reading, after in zip(readings, readings[1:], strict=False):
        if not _WITHDRAWN.match(after.sentence.text.strip()):
            continue
        told = [f for f in reading.figures + reading.others if not f.reference]
        if after.figures or after.others or not told:
            continue
        last = max(told, key=lambda f: f.start)
        reading.figures = [f for f in reading.figures if f is not last]
        reading.others = [f for f in reading.others if f is not last]


# a count quoted and called dead, wrong or withdrawn in its own sentence: 'Monday's "five
# soldiers killed" is dead.', 'the "12 killed" of our first bulletin is withdrawn'
_QUOTED_DEAD = re.compile(
    r"(?i)[\"“](?P<quoted>[^\"“”]{3,80})[\"”]\s+(?:(?:of|in|from)\s+[^,;.\"“”]{2,40}?\s+)?"
    r"(?:is|was|has\s+been|had\s+been|are|were)\s+(?:now\s+)?(?:dead|wrong|withdrawn|"
    r"scrapped|void|incorrect|retracted|superseded|out\s+of\s+date|no\s+longer\s+valid)\b"
)


def _without_quoted_dead(readings: list[Reading]) -> None:
    """A count its own sentence quotes and calls dead, wrong or withdrawn (an editor's kill
    note: 'Monday's "five soldiers killed" is dead.'): no figure.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = 'EDITOR: The "four soldiers killed" is dead. Two soldiers were wounded.'
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> _without_quoted_dead(readings)
    >>> [(len(r.figures), len(r.others)) for r in readings]
    [(0, 0), (0, 1)]
    """
    for reading in readings:
        text = reading.sentence.text
        for found in _QUOTED_DEAD.finditer(text):
            at, end = found.span("quoted")

            def inside(f: Figure, at: int = at, end: int = end) -> bool:
                return at <= f.start and f.end <= end

            reading.figures = [f for f in reading.figures if not inside(f)]
            reading.others = [f for f in reading.others if not inside(f)]


# a notice correcting an earlier count it names: "This corrects the figure of one lineman
# killed given in Notice No. 12" (the count corrected is no figure of the notice)
_CORRECTS_FIGURE_OF = re.compile(
    r"(?i)\b(?:corrects|correcting|corrected|replaces|replacing|supersedes|superseding|"
    r"revises|revising|amends|amending)\s+(?:the\s+)?(?:earlier\s+|previous\s+|first\s+|"
    r"initial\s+)?(?:figure|number|toll|count|death\s+toll)\s+of\s+$"
)
# the same, the earlier count told in the clause of the notice it came from: "This replaces
# the figure given in UPDATE 001, in which the CSO reported 1 crew member killed"
_CORRECTS_FIGURE_IN_WHICH = re.compile(
    r"(?i)\b(?:corrects|correcting|corrected|replaces|replacing|supersedes|superseding|"
    r"revises|revising|amends|amending)\s+(?:the\s+)?(?:earlier\s+|previous\s+|first\s+|"
    r"initial\s+)?(?:figures?|numbers?|toll|count|death\s+toll)\s+(?:given|reported|"
    r"published|issued|stated)\s+(?:in|by)\s+[^,;.]{2,50},?\s+(?:in\s+which|where|when)\s+"
    r"[^,;.]{0,50}?\b(?:reported|said|gave|stated|announced|counted|put)\s+(?:the\s+toll\s+at\s+)?$"
)


def _without_corrected_earlier(readings: list[Reading]) -> None:
    """A count a notice names as the one it corrects ("This corrects the figure of one guard
    killed given in Notice No. 4"): the earlier, wrong count, no figure.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Two guards were killed and a driver was injured. This corrects the figure "
    ...     "of one guard killed given in Notice No. 4.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> _without_corrected_earlier(readings)
    >>> [(len(r.figures), len(r.others)) for r in readings]
    [(1, 1), (0, 0)]
    """
    for reading in readings:
        text = reading.sentence.text

        def corrected(f: Figure, text: str = text) -> bool:
            # (the words just before the figure: a long sentence has many figures)
            before = text[max(0, f.start - BEFORE_WINDOW) : f.start]
            return (
                _CORRECTS_FIGURE_OF.search(before) is not None
                or _CORRECTS_FIGURE_IN_WHICH.search(before) is not None
            )

        reading.figures = [f for f in reading.figures if not corrected(f)]
        reading.others = [f for f in reading.others if not corrected(f)]


# an earlier count the sentence itself withdraws: "The first count of one guard killed, given
# in bulletin 12, is withdrawn", "Our earlier figure of two dead was wrong"
_EARLIER_COUNT_OF = re.compile(
    r"(?i)\b(?:first|earlier|initial|previous|provisional|original)\s+(?:count|figure|toll|"
    r"tally|number|report|estimate|death\s+toll)\s+of\s+$"
)
_EARLIER_COUNT_WITHDRAWN = re.compile(
    r"(?i)\b(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|hereby\s+|therefore\s+)?"
    r"(?:withdrawn|retracted|wrong|incorrect|cancell?ed|void|superseded|erroneous)\b[^.;]{0,40}[.;]?\s*$"
)


def _without_earlier_count_withdrawn(readings: list[Reading]) -> None:
    """A count a sentence names as an earlier one and withdraws ("The first count of one guard
    killed, given in bulletin 12, is withdrawn."): the wrong count, no figure; another count of
    the same sentence stays.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Two guards were killed and a driver was injured. The first count of one guard "
    ...     "killed, given in bulletin 12, is withdrawn.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> _without_earlier_count_withdrawn(readings)
    >>> [(len(r.figures), len(r.others)) for r in readings]
    [(1, 1), (0, 0)]
    """
    for reading in readings:
        text = reading.sentence.text
        if not _EARLIER_COUNT_WITHDRAWN.search(text):
            continue

        def withdrawn(f: Figure, text: str = text) -> bool:
            return _EARLIER_COUNT_OF.search(text[: f.start]) is not None

        reading.figures = [f for f in reading.figures if not withdrawn(f)]
        reading.others = [f for f in reading.others if not withdrawn(f)]


# a body's earlier count told after its newer one, in the pluperfect: "… found 6 bodies; in its
# first report it had informed 5 bodies", "… 9 dead, in his earlier statement he had given 7"
_EARLIER_REPORT_HAD = re.compile(
    r"(?i)\b(?:in|by)\s+(?:its|his|her|their|the)\s+(?:first|earlier|initial|previous|original)\s+"
    r"(?:report|count|statement|bulletin|communiqu[eé]|message|post|note)\s*,?\s+(?:it|he|she|"
    r"they)\s+had\s+(?:\w+\s+)?(?:informed|given|reported|said|counted|announced|put|"
    r"spoken\s+of|mentioned|declared)\s+(?:of\s+)?(?:at\s+least\s+|about\s+)?$"
)


def _without_earlier_report_had(readings: list[Reading]) -> None:
    """A body's earlier count, told after a newer count of the same sentence in the pluperfect
    ("Six bodies were found; in its first report it had informed 5 bodies"): superseded, no
    figure.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The prosecutor said 6 bodies were found; in its first report it had informed "
    ...     "5 bodies.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "MEX", "Mexico",
    ...     None, None)
    >>> _without_earlier_report_had(readings)
    >>> [f.best for r in readings for f in [*r.figures, *r.others]]
    [6]
    """
    for reading in readings:
        text = reading.sentence.text
        told = [*reading.figures, *reading.others]

        def earlier(f: Figure, text: str = text, told: list[Figure] = told) -> bool:
            before = text[max(0, f.start - BEFORE_WINDOW) : f.start]
            return _EARLIER_REPORT_HAD.search(before) is not None and any(
                g.start < f.start for g in told
            )

        reading.figures = [f for f in reading.figures if not earlier(f)]
        reading.others = [f for f in reading.others if not earlier(f)]


# a count first given, then put right in the next sentence: "The office first said that three
# workers had been killed. In its reply the office corrected this to two workers killed."
_FIRST_SAID = re.compile(
    r"(?i)\bfirst\s+(?:said|explained|reported|stated|wrote|claimed|announced|told\s+\w+)"
    r"\s+(?:that\s+)?[^.;]*$"
)
_CORRECTED_THIS_TO = re.compile(
    r"(?i)\b(?:corrected|revised|amended|changed|lowered|reduced|raised)\s+(?:this|that|it|the\s+"
    r"(?:figure|number|count|toll))\s+to\b"
)


def _without_first_said_corrected(readings: list[Reading]) -> None:
    """A count a body "first said" that the next sentence "corrected … to" another count of
    the same outcome ("The office first said that three workers had been killed. Later it
    corrected this to two workers killed."): the first count, no figure.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The office first said that three workers had been killed. Later it corrected "
    ...     "this to two workers killed and three guards wounded.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "SOM", "Somalia",
    ...     None, None)
    >>> _without_first_said_corrected(readings)
    >>> sorted((f.best, f.outcome) for r in readings for f in [*r.figures, *r.others])
    [(2, 'killed'), (3, 'wounded')]
    """
    for reading, after in zip(readings, readings[1:], strict=False):
        corrected = _CORRECTED_THIS_TO.search(after.sentence.text)
        if corrected is None:
            continue
        newer = {f.outcome for f in [*after.figures, *after.others] if f.start >= corrected.end()}
        text = reading.sentence.text

        def first(f: Figure, text: str = text, newer: set = newer) -> bool:
            return f.outcome in newer and _FIRST_SAID.search(text[: f.start]) is not None

        reading.figures = [f for f in reading.figures if not first(f)]
        reading.others = [f for f in reading.others if not first(f)]


# a body's earlier count in the pluperfect, the statement it gave it in after the count: "The
# commission had put the number of injured at 17 in its first statement at 19:30."
_HAD_PUT_BEFORE = re.compile(
    r"(?i)\bhad\s+(?:first\s+|earlier\s+|initially\s+)?(?:put|given|reported|placed|set|"
    r"announced)\b[^.;]{0,40}$"
)
_IN_FIRST_STATEMENT_AFTER = re.compile(
    r"(?i)^[^.;]{0,20}?\bin\s+(?:its|his|her|their|the)\s+(?:first|earlier|initial|previous|"
    r"original)\s+(?:statement|report|count|bulletin|communiqu[eé]|update|tally|post|briefing)\b"
)


def _without_first_statement_had(readings: list[Reading]) -> None:
    """A count a body "had put" at a number "in its first statement": superseded by a newer
    count of the body (told before it or not read at all), no figure.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The union said 30 members were injured. It had put the number of injured at "
    ...     "12 in its first statement.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "KEN", "Kenya",
    ...     None, None)
    >>> _without_first_statement_had(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(30, 'wounded')]
    """
    for reading in readings:
        text = reading.sentence.text

        def superseded(f: Figure, text: str = text) -> bool:
            return (
                _HAD_PUT_BEFORE.search(text[: f.start]) is not None
                and _IN_FIRST_STATEMENT_AFTER.match(text[f.end :]) is not None
            )

        reading.figures = [f for f in reading.figures if not superseded(f)]
        reading.others = [f for f in reading.others if not superseded(f)]


# a clause after a semicolon that tells what the speaker said before: "…; first they said 9
# died", "…; earlier he had said 4", "…; initially it said 3"
_FIRST_SAID_AFTER = re.compile(
    r"(?i);\s*(?:at\s+first|first|earlier|initially|before)\s*,?\s+(?:he|she|it|they)\s+"
    r"(?:had\s+)?(?:said|reported|gave|put|told)\b"
)


def _without_first_said_after(readings: list[Reading]) -> None:
    """A count the speaker "first said", told in a clause after a semicolon once the sentence
    has given its toll ("… the villagers who died are 11 and the injured are 18; first they
    said 9 died"): the earlier count is superseded, no figure (whether or not the newer count
    of its outcome was read).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "The council said 12 villagers were killed; first it said 8 died."
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "MMR", "Myanmar",
    ...     None, None)
    >>> _without_first_said_after(readings)
    >>> sorted((f.best, f.outcome) for r in readings for f in [*r.figures, *r.others])
    [(12, 'killed')]
    """
    for reading in readings:
        earlier = _FIRST_SAID_AFTER.search(reading.sentence.text)
        if earlier is None:
            continue
        if not any(f.end <= earlier.start() for f in [*reading.figures, *reading.others]):
            continue

        def superseded(f: Figure, at: int = earlier.end()) -> bool:
            return f.start >= at

        reading.figures = [f for f in reading.figures if not superseded(f)]
        reading.others = [f for f in reading.others if not superseded(f)]


# an earlier count, then its body's own correction later in the same sentence: "(My first note
# said 4 guards killed according to the police; the police corrected their figure to 6.)"
_OWN_FIGURE_CORRECTED_TO = re.compile(
    r"(?i)\b(?:corrected|revised|amended|changed|lowered|reduced|raised|updated)\s+(?:its|their|"
    r"his|her)\s+(?:own\s+)?(?:figure|number|count|toll|tally|death\s+toll)\s+to\s+"
    r"(?:at\s+least\s+)?(?P<count>\d{1,4}|[a-z]+(?:-[a-z]+)?)\b"
)


def _without_said_then_own_figure_corrected(readings: list[Reading]) -> None:
    """A count told earlier in a sentence whose later clause says its body corrected its own
    figure to another number ("My first note said 4 guards killed according to the police;
    the police corrected their figure to 6."): the earlier count is superseded, no figure.
    Counts after the correction, a count equal to the corrected number and, where the
    corrected count names its outcome ("raised its toll to 4 guards killed"), earlier counts
    of other outcomes stay.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The first note said 4 guards were killed, citing the police; the police "
    ...     "corrected their figure to 6 on Monday. Two drivers were wounded.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "NGA", "Nigeria",
    ...     None, None)
    >>> _without_said_then_own_figure_corrected(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(2, 'wounded')]
    """
    for reading in readings:
        text = reading.sentence.text
        corrected = _OWN_FIGURE_CORRECTED_TO.search(text)
        if corrected is None:
            continue
        count = parse_count(corrected["count"]).best
        if count is None:
            continue

        # a corrected count told with its outcome ("raised its toll to four guards killed")
        # replaces only earlier counts of that outcome
        told = [*reading.figures, *reading.others]
        newer = {f.outcome for f in told if f.start >= corrected.start("count")}

        def earlier(
            f: Figure, at: int = corrected.start(), count: int = count, newer: set = newer
        ) -> bool:
            return f.start < at and f.best != count and (not newer or f.outcome in newer)

        reading.figures = [f for f in reading.figures if not earlier(f)]
        reading.others = [f for f in reading.others if not earlier(f)]


# a statement opening with its correction of the body's previous one: "Correcting what was
# stated in our previous statement, the toll is …", "In correction of our earlier bulletin, …"
_CORRECTING_PREVIOUS = re.compile(
    r"(?i)^\W*(?:correcting|rectifying|amending|in\s+correction\s+(?:of|to)|correction\s+"
    r"(?:of|to))\s+(?:what\s+(?:was|has\s+been)\s+(?:stated|said|reported|announced|given)\s+"
    r"in\s+)?(?:our|the|its|my|their)\s+(?:previous|earlier|last|first|preceding|former|"
    r"initial)\s+(?:statement|communiqu[ée]|bulletin|report|update|release|press\s+release|"
    r"notice|post|note|briefing)\b"
)


def _without_corrected_by_next_statement(readings: list[Reading]) -> None:
    """Counts of an earlier statement that a later one opens by correcting ("Correcting what
    was stated in our previous statement, the toll is 3 soldiers killed …"): for each outcome
    the correcting sentence tells, the nearest earlier sentence's counts of that outcome that
    differ from the new one are superseded, no figure (a first "2 soldiers killed" no death
    beside the corrected 3).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Gunmen attacked the post, killing 2 guards and wounding 5 others. "
    ...     "Correcting our previous bulletin, 4 guards were killed in the attack.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "NGA", "Nigeria",
    ...     None, None)
    >>> _without_corrected_by_next_statement(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(5, 'wounded'), (4, 'killed')]
    """
    for at, reading in enumerate(readings):
        opening = _CORRECTING_PREVIOUS.search(reading.sentence.text)
        if opening is None:
            continue
        told = [f for f in [*reading.figures, *reading.others] if f.start >= opening.end()]
        # (of the same victims where an earlier sentence counts them: a count of another
        # side, or of another attack told in between, "In a separate attack in Kohat, 5
        # civilians were killed", stays; else, the victims named otherwise ("the injury of 3
        # others" corrected to "4 fighters"), the nearest count of the outcome)
        for outcome, group in {(f.outcome, f.victim_group) for f in told}:
            counts = {f.best for f in told if (f.outcome, f.victim_group) == (outcome, group)}
            earlier = list(reversed(readings[:at]))
            for victims in (group, None):
                found = next(
                    (
                        r
                        for r in earlier
                        if any(
                            _corrected_count(f, outcome, victims) for f in [*r.figures, *r.others]
                        )
                    ),
                    None,
                )
                if found is not None:
                    found.figures = [
                        f
                        for f in found.figures
                        if not _corrected_count(f, outcome, victims, counts)
                    ]
                    found.others = [
                        f for f in found.others if not _corrected_count(f, outcome, victims, counts)
                    ]
                    break


def _corrected_count(
    figure: Figure, outcome: str, victims: str | None, counts: set | None = None
) -> bool:
    """Whether ``figure`` counts ``outcome`` (of the ``victims`` group, unless None) and, with
    ``counts``, none of the correcting counts."""
    if figure.outcome != outcome or victims not in (None, figure.victim_group):
        return False
    return counts is None or figure.best not in counts


# people counted as absent, no casualty: "4 pupils absent after the road attack", "3 workers
# were absent on Monday"
_ABSENT_AFTER = re.compile(
    r"(?i)^\s*(?:(?:were|was|are|is|remained|stayed|stay|remain|have\s+been|had\s+been)\s+)?"
    r"(?:still\s+)?absent\b"
)


def _without_absent(readings: list[Reading]) -> None:
    """A count of people said to be absent ("4 Witu pupils absent after the road attack (4
    passengers killed, police)") is an attendance count, no casualty, whatever outcome a
    word after it tells of others; the count told with the outcome stays.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "5 pupils absent after the attack on the bus (3 passengers killed, police)."
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "KEN", "Kenya",
    ...     None, None)
    >>> _without_absent(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(3, 'killed')]
    """
    for reading in readings:
        text = reading.sentence.text

        def absent(f: Figure, text: str = text) -> bool:
            return _ABSENT_AFTER.match(text[f.end :]) is not None

        reading.figures = [f for f in reading.figures if not absent(f)]
        reading.others = [f for f in reading.others if not absent(f)]


# a school class's number, no count: "the mother of a pupil of grade 4 remained wounded"
_CLASS_BEFORE = re.compile(r"(?i)\b(?:grade|class|standard|form)\s+$")


def _without_class_number(readings: list[Reading]) -> None:
    """A number after "grade", "class", "standard" or "form" that names no victim noun of
    its own ("The mother of a pupil of grade 4 remained wounded") is the class, no count.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "The father of a pupil of grade 5 remained wounded. 3 soldiers were wounded."
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "COL", "Colombia",
    ...     None, None)
    >>> _without_class_number(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(3, 'wounded')]
    """
    for reading in readings:
        text = reading.sentence.text

        def class_number(f: Figure, text: str = text) -> bool:
            return not f.noun and _CLASS_BEFORE.search(text[: f.start]) is not None

        reading.figures = [f for f in reading.figures if not class_number(f)]
        reading.others = [f for f in reading.others if not class_number(f)]


# a numbered item's number, no count: "the family of inmate No. 1 is unharmed", "cell no. 4",
# "room #2", "patient number 3"
_NUMBERED_BEFORE = re.compile(r"(?i)(?:\b(?:no|nos|number|num)\.?|#)\s*$")


def _without_numbered_item(readings: list[Reading]) -> None:
    """A number after "No.", "number" or "#" that names no victim noun of its own ("The
    family of inmate No. 1 lives nearby and is unharmed") is an item's number, no count.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "8 civilians were killed. The family of inmate No. 1 was unharmed."
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "ETH", "Ethiopia",
    ...     None, None)
    >>> _without_numbered_item(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(8, 'killed')]
    """
    for reading in readings:
        text = reading.sentence.text

        def item_number(f: Figure, text: str = text) -> bool:
            return not f.noun and _NUMBERED_BEFORE.search(text[: f.start]) is not None

        reading.figures = [f for f in reading.figures if not item_number(f)]
        reading.others = [f for f in reading.others if not item_number(f)]


def _without_written_before(readings: list[Reading]) -> None:
    """The writer's own count that a correction of the writer's says was written before ("We
    corrected our post: we wrote that one nurse died; …"): where the writer wrote it ("One of
    our nurses has died." in a first update), in the writer's own voice, it is no figure
    either (the newer count is given on its own).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Two of our nurses were killed. Three guards were wounded. "
    ...     "We corrected our first update: we wrote that one nurse died. "
    ...     "Last night the clinic was hit. One of our nurses has died.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "SOM", "Somalia",
    ...     None, None)
    >>> _without_written_before(readings)
    >>> [(f.best, f.outcome) for r in readings for f in [*r.figures, *r.others]]
    [(2, 'killed'), (3, 'wounded')]
    """

    def people(noun: str) -> str:
        return re.sub(r"s$", "", noun.casefold())

    written: set[tuple[int, str]] = set()
    for reading in readings:
        text = reading.sentence.text
        for said in _WROTE_THAT.finditer(text):
            told = re.match(
                r"(?i)(?P<count>[\w-]+)\s+(?:of\s+(?:our|my|the)\s+)?(?P<noun>[a-z]+)",
                text[said.end() :],
            )
            best = parse_count(told["count"]).best if told else None
            if told and best is not None:
                written.add((best, people(told["noun"])))
    if not written:
        return
    for reading in readings:
        if reading.reporter is not None:
            continue
        reading.figures = [
            f for f in reading.figures if (f.best, people(f.noun or "")) not in written
        ]


# a correction's account of what its writer had written: "We corrected our first update: we
# wrote that …"
_WROTE_THAT = re.compile(
    r"(?i)\b(?:corrected|correcting|corrects|correction|amended|amending|amendment)\b"
    r"[^.;]{0,60}?(?::|;|,|\s[-–—])\s+(?:we|i)\s+(?:had\s+)?(?:wrote|written|said|posted|"
    r"reported|stated|put)\s+(?:that\s+)?"
)


# a count put right in a later sentence, the one it replaces after it: "The police now say
# 4 passengers died in the attack, not 3."
_PUT_RIGHT_NOT = re.compile(
    r"(?i)\b(?:died|dead|killed|wounded|injured|abducted|kidnapped|missing)\b[^.;]{0,80}?,\s+"
    r"not\s+(?P<not>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*[.;]?\s*$"
)


_NOW_SAY = re.compile(
    r"(?i)\b(?:now|have\s+since|has\s+since)\s+(?:say|says|said|puts?|gives?|reports?|"
    r"confirms?|counts?)\b|\b(?:revised|corrected|updated)\b"
)


# the same, the count put right closing a clause another follows: "The mayor now says 9 herders
# were killed, not 7; two died in hospital."
_PUT_RIGHT_NOT_CLAUSE = re.compile(
    r"(?i)\b(?:died|dead|killed|wounded|injured|abducted|kidnapped|missing)\b[^.;]{0,80}?,\s+"
    r"not\s+(?P<not>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*;"
)
# deaths told as what happened after: "two died in hospital", "one succumbed overnight"
_DIED_AFTER = re.compile(
    r"(?i)^[^.;,]{0,12}?\b(?:(?:later|since|also|then)\s+)?(?:died|succumbed|passed\s+away)\b"
)


def _without_rise_after_put_right(readings: list[Reading]) -> None:
    """The deaths that account for a count put right upwards ("The mayor now says 9 herders
    were killed, not 7; two died in hospital."): told after the correction, in its sentence or
    the next, as having died, and as many as the rise, they are a part of the new count, no
    figure of their own (the wounded and abducted told there stay).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The mayor now says 9 herders were killed, not 7; two died in hospital "
    ...     "and 2 are still missing.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "NGA", "Nigeria",
    ...     None, None)
    >>> _without_rise_after_put_right(readings)
    >>> [(f.best, f.outcome) for f in readings[0].figures + readings[0].others]
    [(9, 'killed'), (2, 'missing')]
    """
    for i, reading in enumerate(readings):
        text = reading.sentence.text
        found = _PUT_RIGHT_NOT.search(text) or _PUT_RIGHT_NOT_CLAUSE.search(text)
        if not found:
            continue
        was = parse_count(found["not"]).best
        now = [
            f.best
            for f in reading.figures
            if f.end <= found.start("not") and f.best is not None and f.outcome == "killed"
        ]
        if was is None or not now or now[-1] <= was:
            continue
        rise = now[-1] - was
        places = [(reading, found.end())]
        if i + 1 < len(readings):
            places.append((readings[i + 1], 0))
        for where, after in places:
            where.figures = [
                f
                for f in where.figures
                if not (
                    f.start >= after
                    and f.best == rise
                    and f.outcome == "killed"
                    and _DIED_AFTER.match(where.sentence.text[f.end :])
                )
            ]


def _without_put_right_before(readings: list[Reading]) -> None:
    """A count a later sentence puts right ("… killing 3 passengers. … The police now say
    4 passengers died in the attack, not 3."): the nearest earlier figure of the count
    replaced, of the same outcome, is no figure (the new count stands). Only a count put
    right ("now say", "revised"): another source's "10 killed, not 7" leaves both.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Gunmen attacked a bus, killing 3 passengers and injuring 3 others. "
    ...     "The police now say 4 passengers died in the attack, not 3.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> _without_put_right_before(readings)
    >>> [[(f.best, f.outcome) for f in r.figures + r.others] for r in readings]
    [[(3, 'wounded')], [(4, 'killed')]]
    """
    for i, reading in enumerate(readings):
        found = _PUT_RIGHT_NOT.search(reading.sentence.text) or _PUT_RIGHT_NOT_CLAUSE.search(
            reading.sentence.text
        )
        if not found:
            continue
        replaced = parse_count(found["not"]).best
        new = [f for f in reading.figures + reading.others if f.start < found.start("not")]
        # the speaker putting its own count right ("now say", "revised"), not another
        # source disputing it ("X reports 10 killed, not 7": both counts stand)
        if not new or not _NOW_SAY.search(reading.sentence.text[: new[0].start]):
            continue
        if replaced is None or not new or any(f.best == replaced for f in new):
            continue
        outcomes = {f.outcome for f in new}
        for before in reversed(readings[:i]):
            told = [
                f
                for f in before.figures + before.others
                if f.best == replaced and f.outcome in outcomes and not f.reference
            ]
            if told:
                gone = told[-1]
                before.figures = [f for f in before.figures if f is not gone]
                before.others = [f for f in before.others if f is not gone]
                break


def _summary_sentences(sentences: list[Sentence]) -> set[int]:
    """The ids of the sentences of a report's summary list ("HIGHLIGHTS" / "• At least 16
    civilians killed …"), up to the next heading."""
    ids: set[int] = set()
    inside = False
    summary = None
    opened = len(sentences)  # the first sentence under a "Summary" heading
    block: set[int] = set()  # the sentences of a "Summary" heading's section
    for sentence in sentences:
        text = sentence.text.strip()
        if SUMMARY_HEADING.match(text):
            inside = True
            block = set()
            summary = re.search(r"(?i)summary\s*:?$", text)
            continue
        if inside and _HEADING_LINE.match(text) and len(text.split()) <= 4:
            inside = False
            ids |= block
            continue
        if inside:
            (block if summary else ids).add(sentence.id)
            if summary and len(block) == 1:
                opened = sentence.id
    # (a "Summary" closing the report, no heading after it, sums up what it told above; one
    # over the report's body, as a closed liveblog's, is its list of one-sentence items, up to
    # the first paragraph of more)
    if inside and block and summary and opened <= 6:
        per_paragraph = Counter(s.paragraph for s in sentences)
        items = []
        for sentence in sentences:
            if sentence.id not in block:
                continue
            if per_paragraph[sentence.paragraph] > 1:
                break
            items.append(sentence.id)
        if len(items) >= 2 and len(items) < len(block) - 2:
            ids |= set(items)
    return ids


def _liveblog_first_entry_placed(candidates: list[Candidate], state: _State) -> None:
    """In a liveblog, the newest entry first, the oldest entry at the foot names the place
    ("17:10 - Magen David Adom says two people were killed … in Beersheba") that the newer
    entries above, updating its toll, no longer repeat: when the page's first event names no
    place and the foot's event, told last, gives a toll of a reporter the first event's
    figures also quote, the two are one attack (the older toll then superseded by the newer,
    not a second event's)."""
    if not state.newest_first or len(candidates) < 2:
        return
    first, last = candidates[0], candidates[-1]
    if (
        first.place_key is not None
        or last.place_key is None
        or first.topic not in ATTACK_TOPICS | {None}
        or last.topic not in ATTACK_TOPICS | {None}
        or not last.figures
        or any(c.place_key == last.place_key for c in candidates[1:-1])
        or min(last.sentence_ids) < max(i for c in candidates[:-1] for i in c.sentence_ids)
    ):
        return
    mine = {f.reported_by for f in first.figures + first.other_figures if f.reported_by}
    if not any(f.reported_by in mine for f in last.figures + last.other_figures):
        return
    first.sentence_ids += last.sentence_ids
    first.figures += last.figures
    first.other_figures += last.other_figures
    first.place_key = last.place_key
    first.place_mentions += last.place_mentions
    first.bombing = first.bombing or last.bombing
    candidates.remove(last)


def _without_summary_repeats(
    sentences: list[Sentence], candidates: list[Candidate], state: _State
) -> None:
    """A figure of a summary list that the report's body gives again (the same number and
    outcome, of the same victims or of victims it does not name) is the body's figure told
    twice: the body's stays, with its reporter and its event ("HIGHLIGHTS / • Three aid workers
    abducted near Baidoa" and, below, "… gunmen abducted three aid workers on the road near
    Baidoa")."""
    summary = _summary_sentences(sentences)
    if not summary:
        return
    pools = [state.totals, state.other_totals]
    for candidate in candidates:
        pools += [candidate.figures, candidate.other_figures]
    body = [f for pool in pools for f in pool if f.sentence_id not in summary]

    def told_below(figure: CandidateFigure) -> bool:
        return any(
            (f.best, f.outcome) == (figure.best, figure.outcome)
            and (
                f.victim_group == figure.victim_group
                or UNKNOWN_GROUP in (f.victim_group, figure.victim_group)
            )
            for f in body
        )

    for pool in pools:
        pool[:] = [f for f in pool if f.sentence_id not in summary or not told_below(f)]
    for candidate in candidates:
        if (
            not (candidate.figures or candidate.other_figures)
            and set(candidate.sentence_ids) <= summary
        ):
            candidate.sentence_ids = []


UNKNOWN_GROUP = "unknown"
# a document's own name for its issuer, capitalised as a defined term: "the Company", "the
# Group", "the Bank", "the Society"
DEFINED_ISSUER = re.compile(
    r"(?:[Tt]he\s+)?(?:Company|Group|Bank|Society|Cooperative|Fund|Institution|Foundation|"
    r"Organisation|Organization|Association|Trust)"
)
# who published a report the text goes on to quote: "a report titled “…”, published on 14
# October by the online outlet “Africa Frontline”"
REPORT_BY = re.compile(
    r"(?i)\breport\b[^.;]{0,160}?\bpublished\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"[“\"]?(?P<org>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,5})"
)
# a question put to a speaker about figures others gave: "Asked by journalists about reports
# that 11 people had died, …", "Asked about claims of “more than twenty dead”, …"
ASKED_ABOUT = re.compile(
    r"(?i)^Asked\b[^,]{0,40}?\babout\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?|figures?|allegations?)"
    r"\b[^.;]*?,(?=\s+(?:he|she|they|the|[A-Z]))"
)
# a figure its writer takes back: "I wrote that one soldier had died; … and I was wrong"
# a sentence that only withdraws the one before it: "That was wrong.", "This is not true."
RETRACTS_THE_ONE_BEFORE = re.compile(
    r"(?i)(?:that|this|it|the\s+(?:figure|report|toll|number))\s+(?:was|is)\s+(?:simply\s+)?"
    r"(?:wrong|incorrect|false|untrue|mistaken|an?\s+(?:error|mistake)|not\s+(?:true|correct))"
    r"[.!]?"
)
RETRACTED = re.compile(
    r"(?i)\b(?:I|we)\s+(?:wrote|reported|said|told\s+you)\b[^()]{0,160}?(?:\b(?:I|we)\s+(?:was|were)\s+"
    r"wrong|\b(?:that|this|which|it)\s+was\s+(?:wrong|incorrect|mistaken|an?\s+error))\b"
)
PRONOUN_SAID = re.compile(
    r"(?i)(?:^|,\s*(?:and\s+)?|[”\"]\s*|\bthat\s+|\bstatement,\s*|"
    # "In the evening he said …", "On Wednesday she said …": when the one named before spoke
    # ("In its statement at 18:00 it said …": the hour it spoke, by the clock)
    # ("On 06/05 he said …": the day it spoke, written day/month)
    r"^(?:in|on|at|by|during|later|earlier|then)\b(?:\s+(?!(?:he|she|it|they)\b)(?:\d{1,2}[:.]\d{2}\b|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|[\w'’-]+)){0,4}\s+|"
    # ("This evening on Pride FM he said …", "Tonight she said …": a day's time, likewise)
    r"^(?:this|tonight|today|yesterday)\b(?:\s+(?!(?:he|she|it|they)\b)[\w'’-]+){0,4}\s+)"
    r"(?:he|she|it|they|the\s+statement|the\s+same\s+"
    r"(?:source|official|officer))\s+(?:(?:later|further|also|then)\s+)?(?:said|added|says|say|told|"
    # a journalist's source speaking to the journalist: "He tells me …", "She tells us …"
    r"tells\s+(?:me|us)|"
    # an author's account: "…, she records,", "and she concludes that …"
    r"concludes|concluded|records|recorded(?=\s*[,.])|writes|wrote|"
    # a record's account of a speech: "She stated that …", "He replied that …", "He further
    # reported that …"
    r"(?:stated|replied|reported|explained)(?=\s+that\b)|"
    # (a meeting's record: "He informed that …", "She informed the Committee that …")
    r"informed(?:\s+(?:the\s+)?[\w'’-]+)?(?=\s+that\b)|"
    # (a log's present: "He adds that a pirogue with three fishermen has been missing")
    r"(?:adds|states|explains)(?=\s+that\b)|"
    # (a translated declaration: "She manifests that …", "She declares that …")
    r"(?:manifests|declares)(?=\s+that\b)|"
    # "He contested the Minister's figures, stating that …": what the pronoun's speech says
    r"(?<=^he\s)[a-z]+ed\b[^.;]{0,80}?,\s+(?:stating|saying|adding)(?=\s+that\b)|"
    r"(?<=^she\s)[a-z]+ed\b[^.;]{0,80}?,\s+(?:stating|saying|adding)(?=\s+that\b)|"
    r"confirmed|(?:put|gave|placed)\s+the\s+(?:death\s+)?(?:toll|number|figure)|"
    r"(?:was|were)\s+quoted\s+as\s+saying)\b|\b(?:said|added)\s+(?:he|she|it|they)\s*[.,]|"
    r"\baccording\s+to\s+(?:him|her|them|it|the\s+same\s+(?:source|official|officer))\b|"
    # "…, according to her briefing": the account of the one named before
    r"\baccording\s+to\s+(?:his|her|their)\s+(?:briefing|statement|account|report|testimony|"
    r"tally|count|figures|notes)\b"
)
# a written answer's header naming who answers ("Answered by: Minister for Home (Mr. Ali
# Khan)"), the line that opens the answer ("Answer:") and what opens the next question
ANSWERED_BY = re.compile(r"(?i)^(?:answered|replied)\s+by\s*:\s*(?P<who>\S.{2,120}?)\s*\.?$")
ANSWER_OPENS = re.compile(r"(?i)^(?:answer|reply)\s*[:.]?$")
QUESTION_OPENS = re.compile(
    r"(?i)^\W*(?:(?:starred|unstarred|supplementary|oral|written)\s+)*question\b|^asked\s+by\s*:"
)
# a post's header in a pasted thread: "Ana Ruiz @ana_ruiz · 8:12 AM" (its account's name)
POST_HEADER = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9])[^@·•|]{1,60}?)\s+@\w{2,30}\s*[·•|-]\s*\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:AM|PM|am|pm))?\s*$"
)
# a channel's post forwarded from another account: "Forwarded from Lions Brigade Media Office"
# on a line of its own over the post (the post is that account's words)
FORWARDED_FROM = re.compile(
    r"^(?:[^\w\s]{1,3}\s*)?Forwarded\s+from\s*:?\s+(?P<name>(?-i:[A-Z0-9@])[^.!?:|]{1,70}?)\s*$"
)
# an erratum's account of what was said, then the figure that replaces it: "In release No. 12
# it was stated that two soldiers died. The correct figure is three." (the count corrected, its
# people and what happened to them kept)
STATED_BEFORE = re.compile(
    r"(?i)\bit\s+was\s+(?:also\s+)?(?:stated|said|reported|announced|indicated|mentioned)\s+that\s+"
)
# a text (or someone) named as having said the figure the same sentence then corrects:
# "Notice No. 4 stated that one guard had been killed; the correct number is two" (the
# corrector is the document itself: the count is its own, not the earlier text's)
SAID_THEN_CORRECTED = re.compile(
    r"(?i)\b(?:had\s+)?(?:stated|said|reported|announced|indicated|mentioned|gave)\s+that\s+"
)
CORRECT_FIGURE = re.compile(
    r"(?i)\bthe\s+correct\s+(?:figure|number|toll|count)\s+(?:is|was|should\s+be|reads?)\s+"
    r"(?P<count>\d{1,4}|[a-z]+(?:-[a-z]+)?)\b"
)
# a text (or someone) named as having said a count, without "that": "The list we sent on
# Monday said one porter died; the correct number is 2: two porters were killed"
SAID_COUNT = re.compile(r"(?i)\b(?:had\s+)?(?:stated|said|reported|gave|listed|put)\s+")


# a note opening on a person by name, then what the person did: "Abdala could not pay.",
# "Dona Fátima paid only 1,500.", "Mariam the nurse borrowed the chairs …", "Ato Tesfaye came
# late: …" (after the note's date, "12 Feb — "); not a body, a group or a sentence's opener
_NOTE_OPENS_ON_PERSON = re.compile(
    r"^(?:(?:[A-Z]{3,}\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s*[—–-]\s+)?"
    r"(?P<name>(?:(?:Ato|Wro|Dona|Doña|Don|Dom|Mama|Papa|Mme|Madame|Mr|Mrs|Ms|Sr|Sra|Uncle|Aunt|"
    r"Auntie|Ko|Daw|Alhaji|Mallam|Hajiya|Umm|Abu)\.?\s+)?"
    r"(?!(?:The|A|An|On|In|At|After|Before|When|While|Then|So|But|And|Our|My|His|Her|Their|Its|"
    r"This|That|These|Those|It|He|She|They|We|I|You|There|Here|Today|Yesterday|Police|Soldiers|"
    r"Troops|Gunmen|Government|Army|Federal|Local|Some|Many|All|No|Nothing|One|Two|Three|Four|"
    r"Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Dozens|Scores|Hundreds|Most|Both|Each|"
    r"Only|More|Another|Others?|Says|Said|Told|Tells|Reports?|Claims?|Paid|Bought|Sold)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+the\s+[a-z]+)?)\s+"
    r"(?!(?:was|were|is|are|has|have|had|said|says|told|tells|reported|reports)\b)[a-z]+\b"
)
# the note's person speaking: "…: he says …", "…, she says." in the note's own sentence, or a
# sentence of the note opening "He says …", "She said …"
_NOTE_PERSON_SAYS = re.compile(
    r"(?:^|[:;]\s*|,\s*)(?:he|she)\s+(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us))\b", re.I
)

# a call log's entry naming who is on the line: "Call entering from uncle Abu Khaled (Jasim) —
# duration 3:45", "call going out to the cousin Samer — 1:20": the "he said" of the note
# under it is that person's
_CALL_WITH = re.compile(
    r"(?i)^(?:an?\s+)?(?:phone\s+)?call\s+(?:entering|incoming|coming\s+in|received|going\s+out|"
    r"outgoing|made)?\s*(?:from|to|with)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?P<who>(?-i:[A-Za-z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?)\s*(?:\(|[—–]|-\s|:|\.|$)"
)


def _body_named_in_full_before(reading: Reading, readings: list[Reading]) -> None:
    """A body taken up again by its one capitalised noun ("The Observatory raised the toll
    …") is the body an earlier sentence named in full with that noun ("the Syrian Observatory
    for Human Rights says …"), when one body only was so named.

    >>> found = extract_article(
    ...     "The Syrian Observatory for Human Rights said 4 people were wounded in Jasim on "
    ...     "Monday. The Observatory said 3 gunmen were killed near Jasim on Monday.",
    ...     date(2026, 3, 1),
    ...     "Syria",
    ... )
    >>> sorted({f.reported_by for c in found.candidates for f in [*c.figures, *c.other_figures]})
    ['Syrian Observatory for Human Rights']
    """
    if reading.reporter is None:
        return
    bare = re.fullmatch(r"(?:[Tt]he\s+)?(?P<noun>[A-Z][a-z]{3,})", reading.reporter.text.strip())
    if bare is None or reading.reporter.name.strip() not in (bare["noun"], bare.group()):
        return
    named = {
        r.reporter.name
        for r in readings
        if r.reporter is not None
        and r.reporter.name != reading.reporter.name
        and re.search(rf"\b{bare['noun']}\b", r.reporter.name)
        and len(r.reporter.name.split()) > 1
    }
    if len(named) == 1:
        full = named.pop()
        reading.reporter = Reporter(full, full, reading.reporter.start, reading.reporter.end)


def _note_person(
    sentence: Sentence,
    reading: Reading,
    note_person: tuple[str, int] | None,
    spoken: bool = False,
) -> tuple[str, int] | None:
    """The person a notebook's note opened on, taken up by "he says" / "she said" as the
    reporter of the note's figures no one else is quoted for; returns the note's person for
    the sentences after (none once another speaker is named or the paragraph ends). A
    paragraph in which a speaker already spoke (``spoken``) keeps that speaker's "he said".

    >>> found = extract_article(
    ...     "Abdala could not pay. He says the gunmen killed 6 people in Macomia.",
    ...     date(2026, 3, 1),
    ...     "Mozambique",
    ... )
    >>> [(f.best, f.reported_by) for c in found.candidates for f in c.figures]
    [(6, 'Abdala')]
    """
    if note_person is not None and note_person[1] != sentence.paragraph:
        note_person = None
    if reading.reporter is not None or spoken:
        return None
    call = _CALL_WITH.match(sentence.text)
    if call and not (reading.figures or reading.others):
        return (call["who"], sentence.paragraph + 1)  # the call's note, the paragraph under it
    opens = _NOTE_OPENS_ON_PERSON.match(sentence.text)
    if (
        opens
        and not _A_BODY.search(opens["name"])
        and not find_actors(opens["name"])
        and not any(f.start < opens.end("name") for f in [*reading.figures, *reading.others])
    ):
        note_person = (opens["name"], sentence.paragraph)
    says = _NOTE_PERSON_SAYS.search(sentence.text)
    if (
        note_person is not None
        and says
        and (says.start() == 0 or opens)
        and (reading.figures or reading.others)
    ):
        # ("He said the Observatory says 7 …": the body he relays speaks)
        rest = re.sub(r"^\s*(?:that\s+)?", "", sentence.text[says.end() :])
        relayed = find_reporter(rest[:1].upper() + rest[1:]) if says.start() == 0 else None
        told = relayed or Reporter(note_person[0], note_person[0], -1, -1)
        reading.reporter = Reporter(told.name, told.text, -1, -1)
    return note_person


def _restated_correction(reading: Reading) -> bool:
    """A count an earlier text is said to have given, put right in the same sentence and told
    again after the correction ("The sheet we sent on Monday said one porter died; the correct
    number is 2: two porters were killed"): the earlier count is dropped, and the count told
    again is the document's own (no reporter); True when it was done.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The sheet we sent on Monday said one porter died; the correct number is 2: "
    ...     "two porters were killed.")
    >>> reading = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)[0]
    >>> [f.best for f in reading.figures], reading.reporter
    ([2], None)
    >>> _restated_correction(reading)
    False
    """
    text = reading.sentence.text
    corrected = CORRECT_FIGURE.search(text)
    if corrected is None:
        return False
    count = parse_count(corrected["count"]).best
    said = SAID_COUNT.search(text, 0, corrected.start())
    if count is None or said is None:
        return False
    for kept, kind in ((reading.figures, "figures"), (reading.others, "others")):
        wrong = [f for f in kept if said.end() <= f.start < corrected.start()]
        again = [f for f in kept if f.start >= corrected.end() and f.best == count]
        if len(wrong) != 1 or not again or wrong[0].best == count:
            continue
        if any(f.outcome != wrong[0].outcome for f in again):
            continue  # a count of another kind told after the correction: not the same toll
        setattr(reading, kind, [f for f in kept if f is not wrong[0]])
        if all(f.start >= corrected.end() for f in [*reading.figures, *reading.others]):
            reading.reporter = None  # the earlier text is not the one correcting it
        return True
    return False


# a speaker's earlier count in a relative clause, then what it said later: "The commission,
# which on Friday spoke of two dead, on Sunday said three villagers were killed"
EARLIER_WHICH = re.compile(
    r"(?i)^[^,;:]{2,80},\s+(?:which|who)\s+(?:had\s+)?(?:on|last|earlier|first|at\s+first)\b"
    r"[^,;:]{2,100},\s+(?:(?:on|last|this|later|then|now)\b[^,;:]{0,40}?\b)?"
    r"(?:said|says|stated|reported|announced|confirmed|gave|put|spoke\s+of)\b"
)


def _without_earlier_in_relative_clause(reading: Reading) -> None:
    """A speaker's earlier count told in a relative clause before what it said later ("The
    commission, which on Friday spoke of two dead, on Sunday said three villagers were
    killed"): the earlier count, of the same kind as a later one, is dropped.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("The commission, which on Friday spoke of two dead, on Sunday said three "
    ...     "villagers were killed.")
    >>> reading = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)[0]
    >>> [f.best for f in reading.figures]
    [3]
    """
    clause = EARLIER_WHICH.match(reading.sentence.text)
    if clause is None:
        return
    for kind in ("figures", "others"):
        kept = getattr(reading, kind)
        later = {f.outcome for f in kept if f.start >= clause.end()}
        setattr(
            reading,
            kind,
            [f for f in kept if f.start >= clause.end() or f.outcome not in later],
        )


# a count put right by the one it replaces, said after it: "… stated that four guards had
# died; on verification the number stands at five, not four"
CORRECTED_NOT = re.compile(
    r"(?i)\b(?:stands|stood|is|was|are|were)\s+(?:now\s+)?(?:at\s+)?"
    r"(?P<count>\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*,\s+not\s+(?P<not>\d{1,4}|[a-z]+(?:-[a-z]+)?)\b"
)
# the journalist's own source, reached before what it says: "A few minutes ago I spoke to the
# mayor of Kibali, Mr Ali Sanou." (then "He tells me …" is the mayor's)
SPOKE_TO = re.compile(
    r"(?i)\b(?:I|we)\s+(?:have\s+)?(?:just\s+|also\s+)?(?:spoke|spoken|talked|interviewed|reached)"
    r"(?:\s+(?:to|with))?\s+(?P<who>(?-i:[A-Za-z])[^.;:!?“”\"]{2,80}?)\s*[.;]?$"
)
# one who called the writer, a sentence of its own: "The village chief (Mr Sani) just called
# me.", "The headmaster phoned us this morning." (the one "He says …" next means)
CALLED_ME = re.compile(
    r"(?:^|:\s+)(?P<who>(?-i:[A-Z])[^.;:!?“”\"]{2,80}?)\s+(?:has\s+|had\s+)?(?:just\s+|also\s+)?"
    r"(?:called|phoned|rang|texted|messaged|rung)\s+(?:me|us)\b[^.;:!?“”\"]{0,40}[.!]?$"
)
# a person who opens a sentence and a "she" (or "he") later in it who speaks: the same one
# a person a sentence opens on, by honorific and name: "The Honourable Esther Kavira Mumbere,
# elected for Walikale, put her question …", "Mr Ali Sanou took the floor.": "she stated
# that …" next is that person
OPENS_ON_PERSON = re.compile(
    r"^(?:The\s+)?(?:Honourable|Hon\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Senator|Sheikh)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s*,|\s+[a-z])"
)
# a person a sentence opens on by name, the office set after it between commas: "Abdul Karim
# Rahimi, the spokesman for the police command, confirmed the clash." ("He said …" next in
# the paragraph is that person)
NAME_THEN_OFFICE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}),\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|head|chief|director|commander|governor|mayor|minister|"
    r"secretary|chairman|chairwoman|chairperson|president|leader|official|officer)\b"
    r"[^,;.:!?“”\"]{0,80},\s+(?-i:[a-z])"
)
# the one a sentence opens on by office, then title and name: "DIG Bannu Region, Mr. Sajjad
# Khattak, addressed the club" (whom "He told members that …" takes up next)
OFFICE_THEN_PERSON = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the)){0,6},\s+"
    r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
    r"(?-i:[a-z])"
)
# a speaker that is a body, by the word its name ends on: "the same administration", "the
# Interior Ministry" ("he" is never one)
BODY_ENDING = re.compile(
    # (not a person of a body: "a member of the village's vigilance committee")
    r"(?i)^(?!.*\b(?:member|spokes(?:man|woman|person)|head|chief|official|officer|chair(?:man|"
    r"woman|person)?|president|director|secretary|leader|minister|commander|representative)s?\b)"
    r".*\b(?:administration|ministry|government|police|army|forces|council|committee|"
    r"society|authority|authorities|department|agency|directorate|commission|command)$"
)
# a pronoun that stands for a person: "he", "she" (not "it", "they")
PERSON_PRONOUN_SAID = re.compile(
    r"(?i)(?:^|[,\"”]\s*|\bthat\s+|\s)(?:he|she)\s+(?:[a-z]+\s+)?"
    r"(?:said|added|says|told|stated|replied|reported|explained|informed)\b|"
    r"\b(?:said|added)\s+(?:he|she)\b|"
    r"^(?:he|she)\s+[a-z]+ed\b[^.;]{0,80}?,\s+(?:stating|saying|adding)\s+that\b"
)
# the one a sentence opens on by a common noun, its pronoun saying it after a comma: "The
# boatman apologised: five fishermen had been kidnapped …, he said"
# nouns the pronoun does not take up as a speaker ("The attack lasted …, he said")
_NOT_A_SPEAKER = re.compile(
    r"(?i)(?:attack|attacks|blast|explosion|bomb|raid|ambush|fighting|army|police|group|road|"
    r"village|town|city|vehicle|bus|car|convoy|incident|toll|number|report|statement)"
)
# "Families of the others are asking the union for help; a ransom was demanded, they say":
# "they" takes up the people the sentence opens on (a plural noun), no speaker named before
_THEY_THE_SUBJECT = re.compile(
    r"(?:The\s+)?[A-Z][a-z]+s(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:are|were|have|had)\s[^.]*?,\s+"
    r"they\s+(?:say|said|claim|claimed)\b"
)
SUBJECT_NOUN_SAID = re.compile(
    # (a verb of speaking or of how it was said: not "A policeman was injured …, he added",
    # "The attackers also seized a farmer …, she said", whose pronoun is someone else)
    r"^(?:The|Our|My|A|An)\s+(?:[a-z]+\s+)?(?P<name>[a-z][\w'’-]+)\s+(?:apologi[sz]ed|explained|"
    r"told\s+(?:us|me|them|him|her)|warned|recalled|replied|answered|insisted|complained|admitted|"
    r"sighed|shrugged)\b[^.;]*?,\s+(?:he|she)\s+(?:said|added|says|explained)\b"
)
# a body taken up again by its common noun: "the association", "the union", "the committee"
_THE_BODY_AGAIN = re.compile(
    r"(?:(?:so|and|but)\s+)?(?:the|this|that)\s+(?P<noun>association|union|committee|council|network|federation|"
    r"cooperative|league|commission)"
)
# a body that acted, then "it said": "The police of Diyala arrested six suspects in Baqubah, it
# said in a statement" (the body is the speaker, not one named in a sentence before)
BODY_DID_IT_SAID = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'’-]*|[a-z]+)(?:\s+(?:(?:of|for|in)\s+)?(?:the\s+)?"
    r"[A-Z][\w'’-]*){0,4})\s+(?:(?:also|later|then)\s+)?(?:arrested|detained|captured|killed|"
    r"rescued|freed|released|recovered|seized|neutrali[sz]ed|evacuated|received|treated)\b[^.;]*?,"
    r"\s+it\s+(?:said|says|added|announced|reported|stated)\b"
)
_A_BODY = re.compile(
    r"(?i)\b(?:police|army|ministry|military|forces|command|agency|office|hospital|brigade|"
    r"division|directorate|department|authority|gendarmerie|battalion|regiment|service|"
    r"(?-i:[A-Z]{2,8}))\b"
)


# whom the writer knows by a relation, then what they are, then the pronoun speaking: "Our
# cook's sister is a nurse at Debark hospital; she told Ruth that …"
ROLE_THEN_SHE = re.compile(
    r"^(?P<who>(?:My|Our|His|Her|Their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+is\s+an?\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s+(?:at|in|with|for|of)\s+[^;,.]{2,60}?)?"
    r"\s*(?:;|,\s*and)\s+(?:she|he)\s+(?:told|tells|said|says)\b"
)
SUBJECT_THEN_SHE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>(?!The\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:[a-z]+ed|spent|went|met|saw|took|found|made|kept|had)\b[^.;]*?,\s+and\s+(?:he|she)\s+"
)
# a sentence adding up the events told before it: the article's totals
SUMMING = re.compile(
    r"(?i)^(?:(?:In\s+all|In\s+total|Altogether|All\s+told|Overall|In\s+sum|Between\s+them|"
    r"Taken\s+together|Together)\b|Thus,?\s+the\s+"
    # ("Thus the sum of the blessed operations this week: seven apostates killed": a group's
    # tally of its week)
    r"(?:total|number|toll|sum|tally)\b|"
    # "In these incidents, five …": the incidents told, no number needed
    r"In\s+(?:these|both|all\s+these|all\s+the)\s+(?:incidents|attacks|operations|raids|"
    r"ambushes|clashes)\s*,)|"
    # "Summary of casualties … in both incidents: 11 dead"
    r"\bin\s+both\s+(?:incidents|attacks|raids|ambushes|blasts|operations)\b|"
    r"\bin\s+(?:the|these|all|both)\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:engagements|attacks|operations|raids|incidents|ambushes|clashes|"
    r"strikes|localities|villages|towns|districts|areas|provinces)\b|\boverall\s+(?:death\s+)?toll\b|"
    # "36 apostates killed in two raids": a count over the attacks told
    r"\b(?:killed|dead|wounded|injured|captured|abducted)\s+in\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:attacks|operations|raids|ambushes|assaults)\b|"
    r"\b(?:this|last)\s+week\b[^.;]*\b(?:has|have|had)\s+(?:risen|reached|climbed)\b|"
    # "the two incidents killed at least 15 people": the events told, as one subject
    r"\b(?:the|these|both)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:attacks|"
    r"incidents|raids|ambushes|blasts|bombings|explosions|strikes)\s+(?:together\s+)?"
    r"(?:killed|left|claimed|wounded|injured)\b|"
    # "The harvest of the two blessed operations …: 41 apostate soldiers killed": a group's
    # tally of what it told
    r"\b(?:harvest|outcome|results?|toll|tally)\s+of\s+the\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?(?:operations|attacks|raids|ambushes|assaults)\b"
)
# the events a count sums, told further down the page: "in the two attacks described below"
_TOLD_BELOW = re.compile(
    r"(?i)\b(?:described|detailed|listed|set\s+out|reported|outlined|summari[sz]ed)\s+below\b"
)
CAMPAIGN_SCOPE = re.compile(
    r"(?i)\bacross\s+(?:the\s+)?(?:province|country|region|state|north|south|east|west)|"
    r"\b(?:in|during)\s+(?:the|these|its|their|all|both)\s+(?:\w+\s+)?(?:attacks|operations|"
    r"assaults)\b|\bin\s+total\b|\boverall\b"
)


@dataclass
class _State:
    """What the article has given so far: candidates, totals, where the last figures went."""

    candidates: list[Candidate] = field(default_factory=list)
    totals: list[CandidateFigure] = field(default_factory=list)
    other_totals: list[CandidateFigure] = field(default_factory=list)
    last: str | list[Candidate] | None = None  # TOTALS, or the candidates
    headline_topics: list[str] = field(default_factory=list)
    days: dict[str, set[date]] = field(default_factory=dict)  # each candidate's dates (days)
    # the names each candidate's sentences put after "at", "in" or "near" (known or not)
    named_at: dict[str, set[str]] = field(default_factory=dict)
    newest_first: bool = False  # a liveblog's entries, the newest first
    paragraph: int = -1  # the paragraph of the sentence placed last


def _place_items(sentences: list[Sentence], numbered: tuple[str, ...], iso3: str = "") -> set[int]:
    """The sentences opening the paragraphs of a numbered list whose items each open on a
    place of its own and a colon ("1. Kalla: In the night …", "3. Bol: 12 persons were …",
    ``numbered`` the openings of the items, their numbers taken off as a list's): at least
    three, no place twice (a form's labels, "Venue:", "Signed:", are no numbered items)."""
    first: dict[int, Sentence] = {}
    for sentence in sentences:
        first.setdefault(sentence.paragraph, sentence)
    opened = [
        (x.id, item["place"])
        for x in first.values()
        if any(x.text.startswith(it) for it in numbered)
        and (item := NUMBERED_PLACE_ITEM.match("1. " + x.text))
    ]
    names = [name for _, name in opened]
    if len(opened) < 3 or len(set(names)) < len(names):
        opened = []
    # ("Macomia — On 10 June, insurgents beheaded …", "Ancuabe — Insurgents abducted …",
    # "Ibo — A boat …": a weekly update's paragraphs, unnumbered, each opening on its place
    # and a dash; at least three, no place twice, one of them a place the gazetteer knows)
    # ("Bannu Cantonment, 4 March: Suicide bombers rammed …", "Kalat, 18 March: …": a
    # digest's major incidents, each opening on its place and day and a colon, likewise)
    dashed = [
        (x.id, item["place"])
        for x in first.values()
        if (item := DASH_PLACE_ITEM.match(x.text) or DATED_PLACE_ITEM.match(x.text))
    ]
    names = [name for _, name in dashed]
    if (
        len(dashed) >= 3
        and len(set(names)) == len(names)
        and any(
            p.text == name and p.level in SPECIFIC
            for name in names
            for p in find_places(f"in {name}", iso3)
        )
    ):
        opened += dashed
    return {at for at, _ in opened}


# a paragraph opening on its place, its day or days and a colon: "Kurram, 24–27 March: Five
# truck drivers were abducted …"
DATED_PLACE_ITEM = re.compile(
    r"^(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}),\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+"
    rf"(?:{MONTH_NAMES})(?:\s+\d{{4}})?:\s+(?=[A-Z0-9])"
)
# a paragraph opening on its place and a dash, then what happened there: "Ancuabe — Insurgents
# abducted seven children …" (not a heading's word: "Update — …", "Note — …")
DASH_PLACE_ITEM = re.compile(
    r"^(?!(?:Background|Summary|Context|Notes?|Updates?|Editor|Correction|Outlook|Analysis|"
    r"Comment|Breaking|Exclusive|Opinion|Watch|Listen|Live|Latest)\b)"
    r"(?P<place>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})\s+[–—]\s+(?=[A-Z0-9])"
)

# one of the victims just counted, in hospital: "One of them, a tricycle driver, was in serious
# condition at the district hospital"
_ONE_IN_CONDITION = re.compile(
    r"(?i)^(?:one|another)\s+of\s+them\b[^.;]{0,60}?\b(?:is|was|remains|remained)\s+"
    r"(?:(?:still|now)\s+)?(?:in\s+(?:a\s+)?)?(?:serious|critical|stable|grave|fair)\b"
)


def _readings(
    sentences: list[Sentence],
    published: date,
    iso3: str,
    country: str,
    issuer: str | None,
    issuer_kind: str | None,
    numbered: tuple[str, ...] = (),
    bulleted: tuple[str, ...] = (),
) -> list[Reading]:
    """Each sentence read, in order: "Nine of them …" and "he said" look one back."""
    readings: list[Reading] = []
    # the report's first paragraph of sentences: lines over it (a PDF's title, its "KEY
    # FIGURES" box) are headings, read like the headline
    # (a masthead's line of fields parted by bars, "Peshawar | Tuesday, … | Vol. LXII No. 77 |
    # 16 pages", is no sentence of the body, though "Vol." ends one)
    # (a row of a table or a log line split in several sentences, "(cur | prev) 09:50 … (talk |
    # contribs) … Reverting vandalism. Report it? Thanks.", is no body's first sentence: its
    # pipes are counted over its whole paragraph)
    piped = Counter()
    for s in sentences:
        piped[s.paragraph] += s.text.count(" | ")
    body_paragraph = next(
        (s.paragraph for s in sentences if _ENDS.search(s.text) and piped[s.paragraph] < 2), 0
    )
    # the bulleted items under a summary's heading ("NATIONAL SUMMARY (21 January)" / "• 63
    # suspects arrested"): the report's own sums (not a slide's or a box's bullets)
    summary_items: set[int] = set()
    list_head = ""
    for s in sentences:
        if any(s.text.startswith(item) for item in bulleted):
            if re.search(r"(?i)\bsummary\b", list_head):
                summary_items.add(s.id)
        else:
            list_head = s.text
    # the last sentence of the paragraph over a line announcing the details ("… the death of 6
    # persons in the province, … and the injury of 7 others." / "The details:"): the sum of
    # what the details tell
    detailed = {
        s.id
        for s, after in zip(sentences, sentences[1:], strict=False)
        if after.paragraph != s.paragraph
        and _DETAILS_LINE.match(after.text)
        and s.paragraph >= body_paragraph
    }
    # the paragraph under a summary's heading on a line of its own, when it tells of several
    # attacks ("SUMMARY" / "… insurgents attacked villages in three districts … Coastal Rights
    # Watch documented the killing of at least 17 civilians …"): the report's own sums of what
    # its sections tell (a one-incident report's summary tells that incident)
    summed_paragraphs = {
        after.paragraph
        for s, after in zip(sentences, sentences[1:], strict=False)
        if after.paragraph == s.paragraph + 1
        and _SUMMARY_HEADING_LINE.match(s.text)
        and not any(x.paragraph == s.paragraph and x.id != s.id for x in sentences)
        and any(
            x.paragraph == after.paragraph and (SEVERAL.search(x.text) or INCIDENTS.search(x.text))
            for x in sentences
        )
    }
    detailed |= {s.id for s in sentences if s.paragraph in summed_paragraphs}
    # a monthly report's title naming its month: what it tells of that month is its news
    period_end = _period_end(" ".join(s.text for s in sentences[:2]), published)
    # a quarterly report's quarter ("Quarter 2, 2025 (April–June)"): each of its months its news
    quarter = _quarter(" ".join(s.text for s in sentences[:2]))
    period_start = quarter[0] if quarter and period_end == quarter[1] else None
    # a monthly's month, "… MONTHLY MONITOR - Edition 7 - May 2025": its sums of the attacks
    # it tells ("In May 2025 the Observatory recorded 24 civilians killed … in four attacks")
    # are its news (a month's count of events it does not tell stays a period tally)
    monthly_end = _period_end(" ".join(s.text for s in sentences[:2]), published, monthly=True)
    # a list of items each headed by its place and day ("• Kibo road, 15 February."): the
    # first figures after each heading tell another event
    headings = [
        s.id
        for s in sentences
        if _ITEM_HEADING.match(s.text)
        or (
            _NUMBERED_DAY_HEADING.match(s.text)
            and any(item and s.text.startswith(item) for item in numbered)
        )
    ]
    place_items = _place_items(sentences, numbered, iso3)
    heading_pending = False
    day_opened: tuple[int, frozenset[date]] | None = None  # a paragraph's day, no figure's
    entry_opened: frozenset[date] = frozenset()  # the day of the log's entry being read
    previous: Figure | None = None
    # the last figures of the paragraph, past a sentence without figures: "… 11 suspects
    # arrested. Our monitors could not confirm … . Two of those arrested were released."
    held: Figure | None = None
    held_paragraph = -1
    said: tuple[Reporter, int] | None = None
    issued: Reporter | None = None  # who gave "a statement"
    authored: Reporter | None = None  # who published "a report"
    groups: set[str] = set()  # the armed groups named so far
    context: set[int] = set()  # paragraphs labelled "CONTEXT:" or "BACKGROUND:"
    past_section = False  # under a heading that dates its section to an earlier year
    section: str | None = None  # the place named by the numbered section heading above
    several_lead: int | None = None  # the lead paragraph, when it opens on several incidents
    # under a lettered or numbered "SUMMARY" heading ("A. SUMMARY" over "B. VALIDATED
    # INCIDENTS"), up to the next heading
    in_summary = False
    # a subsection's number on a line of its own ("1.2."): the paragraph it opens
    sub_item: int | None = None
    # one body named two ways ("the military's media wing, the Inter-Services Public Relations
    # (ISPR)"; "ISPR"): the proper name the article gives it, whichever name it speaks by
    aliases: dict[str, str] = dict(KNOWN_ALIASES.get(country, {}))
    people: list[Reporter] = []  # people named with their titles so far
    source: str | None = None  # the last unnamed source that spoke ("a military source")
    guard_leader: str | None = None  # "a local vigilante leader", unnamed
    body: Reporter | None = None  # the last body (not a person) that spoke
    # the last person who spoke, or whom a paragraph opened on, and that paragraph
    person: tuple[str, int] | None = None
    # a report opening a paragraph with no figure of its own ("Police report that a bomb
    # exploded near Shagai."), and its paragraph
    reported: tuple[Reporter, int] | None = None
    # the body the sentence before opened on ("The Investigative Committee has opened a case.
    # Its press service said …": "its" is that body's), and that sentence's paragraph
    opener: tuple[str, int] | None = None
    # the group the sentence before opened on claiming an attack ("ISKP has claimed the
    # bombing. It says …": "it" is the group), and that sentence's paragraph
    claimer: tuple[str, int] | None = None
    # a pasted thread's posts: the account that posts most is the thread's writer; another
    # account's post (a reply, a repost) speaks for that account
    posters = Counter(
        h["name"] for h in (POST_HEADER.match(x.text.strip()) for x in sentences) if h
    )
    thread_writer = posters.most_common(1)[0][0] if len(posters) > 1 else None
    poster: str | None = None  # the account whose post this is
    # the account a channel's post was forwarded from, and the paragraph of its line
    forwarded: tuple[str, int] | None = None
    answerer: Reporter | None = None  # who a written answer is given by
    answering = False  # inside the answer
    # the person a notebook's note opens on by name, and that note's paragraph ("Abdala could
    # not pay. He says …": "he" is Abdala, no one else quoted since)
    note_person: tuple[str, int] | None = None
    for sentence in sentences:
        opened, opener = opener, _opening_body(sentence)
        claimed, claimer = claimer, _claiming_body(sentence) or _statement_body(sentence)
        prior = previous
        if (
            prior is not None
            and readings
            and sentence.paragraph != readings[-1].sentence.paragraph
            and re.match(
                # ("SUMMARY (Items 1 to 3): 1 killed, 15 injured": a schedule's summary line)
                r"(?i)(?:(?:summary|totals?|overall)\b[^:.;]{0,30}:\s*)?"
                r"\d[\d,]*\s+(?:wounded|injured|killed|dead|abducted|kidnapped|missing|"
                r"arrested|detained|freed|released)\b",
                sentence.text,
            )
        ):
            # a fact box's item opening with its number ("17 wounded from the Mazua attack
            # treated at …"): no noun of the item before it
            prior = replace(prior, victim_group="unknown")
        if prior is None and held is not None and sentence.paragraph == held_paragraph:
            # ("Their mothers visit them daily. Police say eight of them were released": the
            # sentence between speaks of the same people)
            between = readings[-1].sentence.text if readings else ""
            them = re.search(r"(?i)\bof\s+them\b", sentence.text) and (
                re.search(r"(?i)\b(?:them|they|their)\b", between)
                # ("… were ambushed and taken. Seven. Only four of them …": a count repeated
                # for emphasis, one word, between)
                or re.fullmatch(r"[A-Z][a-z]+[.!]", between)
            )
            # ("… took away a staff member. The guard was shot dead. The staff member was
            # released": the one taken, named again)
            # ("… the missing agent came back on Friday. He had been held for two days and was
            # released": the one taken, named by a pronoun)
            again = SAME_ONE_FREED.match(sentence.text) or PRONOUN_FREED.match(sentence.text)
            prior = held if OF_THOSE.search(sentence.text) or them or again else None
        reading = _read(
            sentence,
            published,
            iso3,
            country,
            len(sentences),
            prior,
            body_paragraph,
            period_end or (monthly_end if SUMMING.search(sentence.text) else None),
            period_start,
            listed=sentence.id in summary_items,
        )
        if (
            readings
            and readings[-1].sentence.id == sentence.id - 1
            and readings[-1].sentence.paragraph == sentence.paragraph
            and RETRACTS_THE_ONE_BEFORE.fullmatch(sentence.text)
            # (what it withdraws is what was said or written: "The article also said …")
            and re.search(
                r"(?i)\b(?:said|says|wrote|writes|reported|reports|stated|claimed|gave|put)\b",
                readings[-1].sentence.text,
            )
        ):
            # ("The article also said a man had died of his injuries. That was wrong.": the
            # sentence before withdrawn by the one after it; its figures are none)
            readings[-1].figures, readings[-1].others = [], []
        if sentence.id in detailed and (reading.figures or reading.others):
            reading.summary = True
        aliases.update(body_aliases(sentence.text))
        role = SOURCE_IS.search(sentence.text)
        if role and source is not None:  # "according to the source, an officer posted in …"
            aliases.update({role["role"].casefold(): source, "source": source})
        known = reading.reporter is not None and aliases.get(reading.reporter.name.casefold())
        if known and reading.reporter.start >= 0:
            r = reading.reporter
            reading.reporter = Reporter(known, r.text, r.start, r.end)
        if reading.reporter is not None and re.search(r"(?i)\bsources?$", reading.reporter.name):
            source = reading.reporter.name  # "a military source told AFP"
        named_leader = NAMED_GUARD_LEADER.search(sentence.text)
        if (
            named_leader
            and guard_leader is not None
            and reading.reporter is not None
            and named_leader["name"] in reading.reporter.name
        ):
            # "… a local vigilante leader said. Musa Ibrahim, who heads the Civilian Joint Task
            # Force, said …": one person, named two ways
            r = reading.reporter
            both = f"{guard_leader} ({r.name})"
            aliases[r.name.casefold()] = both
            reading.reporter = Reporter(both, r.text, r.start, r.end)
            for before in readings:  # the lead's figures are his too, under both names
                b = before.reporter
                if b is not None and b.name == guard_leader:
                    before.reporter = Reporter(both, b.text, b.start, b.end)
        if reading.reporter is not None and UNNAMED_GUARD_LEADER.fullmatch(reading.reporter.name):
            guard_leader = reading.reporter.name
        if CONTEXT_LABEL.match(sentence.text) and not _CASE_HISTORY.match(sentence.text):
            # (a clinical note's "History: He reports an air strike on his village …" is the
            # patient's account of what brought him, news, not the past)
            context.add(sentence.paragraph)
        if PERIOD_HEADING.search(sentence.text) and not _ENDS.search(sentence.text):
            # "STATISTICS, YEAR TO DATE" over "Persons killed: 61.": the period's tallies
            context.add(sentence.paragraph + 1)
        labelled = INCIDENT_LABEL.match(sentence.text)
        if labelled:
            # "Incident A (6 January 2025).": a letter's or a report's own label opens the
            # incident it tells next, a section of its own
            section = labelled["label"]
            reading.heading = True
        dated = None if labelled else DATED_PLACE_LINE.match(sentence.text)
        if dated:
            # "Jisr al-Shughur, 12 February 2020.": a panel's or an entry's opening line, the
            # place and the day of what it tells next
            section = dated["place"]
            labelled = dated
        listed = (
            None
            if labelled
            else LISTED_PLACE_ITEM.match(sentence.text)
            or NUMBERED_PLACE_ITEM.match(sentence.text)
            # (the item's number taken off as a list's: "Kalla: In the night …", one of a
            # series of paragraphs each opening on a place of its own)
            or (sentence.id in place_items and NUMBERED_PLACE_ITEM.match("1. " + sentence.text))
            or (
                sentence.id in place_items
                and (DASH_PLACE_ITEM.match(sentence.text) or DATED_PLACE_ITEM.match(sentence.text))
            )
        )
        if listed:
            # "c) Azam Warsak: two employees were abducted …": the item's place (the one the
            # gazetteer gives, else the name) places what it tells, and the item's next
            # sentences
            section = reading.place_key or listed["place"]
            reading.section = section
            labelled = listed
        placed = (
            None
            if labelled
            else _place_heading(
                sentence.text,
                iso3,
                bulleted,
                any(r.figures or r.others for r in readings),
                numbered,
            )
        )
        if placed is not None:
            # "BANNU REGION", "LAKKI MARWAT", "MANZINI – bus rank shooting", "a) Celaya.", "2.1
            # Gokwe.", a digest item's "LAMU – 2 teachers were abducted …": a heading or an
            # item's opening naming a place the gazetteer knows places its section's sentences
            section = reading.place_key if reading.figures or reading.others else None
            section = section or placed
            if reading.place_key is None:
                reading.section = section
            labelled = True
        caps_item = (
            None
            if labelled or not any(b and sentence.text.startswith(b) for b in numbered)
            else _CAPS_ITEM_OPENING.match(sentence.text)
        )
        if caps_item:
            # an alert's numbered item opening on a heading in capitals the gazetteer does not
            # know, "3. ROAD CAUCA 25 (Caloto - Toribio) - At 06:15 dissidents …": an item,
            # an event, of its own
            section = caps_item["name"].title()
            if reading.place_key is None:
                reading.section = section
            labelled = True
        heading = None if labelled else SECTION_HEADING.match(sentence.text)
        if labelled:
            pass
        elif heading or re.match(r"^\d+(?:\.\d+)*\.?\s+[A-Z][^.!?]{0,80}$", sentence.text):
            section = None  # a new section
            if heading and (heading.group("incident") or heading.group("told")):
                # ("27.3 Abduction of a loan officer near Diffa (3 October 2024)": the
                # incident's name, told again below it, no figure of its own)
                reading.heading = True
            if heading:
                section = (
                    heading.group("name")
                    or heading.group("bare")
                    # (the place the incident's heading names, if any, as a sentence's own)
                    or (heading.group("incident") and (reading.place_key or heading["incident"]))
                    or (heading.group("told") and heading["told"])
                    or heading.group("area")
                    or heading.group("dated")
                    # (each day its own section, at the same place or not)
                    or (
                        (heading.group("day") or heading.group("day2") or heading.group("day3"))
                        and sentence.text
                    )
                    or (heading.group("caps") or heading.group("listed")).title()
                )
        elif section is not None:
            own = reading.place_key  # (its section not set yet: the sentence's own place)
            if own is None and not SUMMING.search(sentence.text):
                # ("Between them, the two incidents killed 15": the sections' sum, no place's)
                reading.section = section
            else:
                section = own  # "Muidumbe district" / "… south of Miangelewa. A source said …"
        if len(sentence.text) <= 90 and not re.search(r"[.!?][\"”]?\s*$", sentence.text):
            # a heading: "THEN: 25 years ago, June 2000" opens a section of the past, "NOW:
            # …" or any other heading closes it
            past_section = _dates_earlier_year(sentence.text) or bool(
                _BACKGROUND_HEADING.match(sentence.text)
                and not _PRESS_BACKGROUND.match(sentence.text)
            )
        elif past_section or _FILE_ITEM.search(sentence.text):
            reading.background = True  # under "THEN: 1998"; "FILE PICTURE, 2019: …"
        if sentence.paragraph in context:
            reading.background = True
        if readings and readings[-1].background and FOLLOWED_THAT.match(sentence.text):
            reading.background = True  # "… in November last year. The clashes that followed …"
        several = INCIDENTS.search(sentence.text)
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", sentence.text.strip()):
            sub_item = sentence.paragraph
        elif sub_item == sentence.paragraph and (reading.figures or reading.others):
            if not reading.place_key and readings[-1].sentence.paragraph == sentence.paragraph:
                # "1.2." / "The Secretariat of Security reported 11 community activists
                # kidnapped …": a numbered subsection's first count, another item's event
                reading.new_event = True
            sub_item = None
        if _LETTERED_SUMMARY.match(sentence.text) or SUMMARY_HEADING.match(sentence.text):
            in_summary = True
        elif in_summary and len(sentence.text) <= 90 and not _ENDS.search(sentence.text):
            in_summary = False  # "B. VALIDATED INCIDENTS (12 MAY 2025)": the next heading
        if (
            in_summary
            and (reading.figures or reading.others)
            and _EVENTS_COUNTED.search(sentence.text)
            and not any(p.level in SPECIFIC for p in reading.places)
        ):
            # "A. SUMMARY" / "Election Day recorded 3 validated incidents, which left 5 persons
            # dead and 12 wounded.": the summary section's counts are the document's totals
            reading.summary = True
        elif (
            _yearly(period_end)
            and BETWEEN_MONTHS.search(sentence.text)
            and (reading.figures or reading.others)
        ):
            # "Between June and October, attacks … took the lives of nine of our members" in
            # a yearly report: the year's tally, its totals
            reading.summary = True
        elif (reading.figures or reading.others) and _INTAKE_OVER_DAYS.search(sentence.text):
            # "The hospital received 23 wounded patients from Kalla and Dori between 8 and 10
            # August": a hospital's intake over several days, the total of the events
            reading.summary = True
        elif (
            (reading.figures or reading.others)
            and _PERIOD_SCOPE.search(sentence.text)
            and not any(p.level in SPECIFIC for p in reading.places)
        ):
            # "Within the period under review, troops neutralised 87 terrorists … across the
            # theatres of operation", "1,317 persons were arrested across the country in the
            # last 24 hours": a briefing's count over its period, the total of what it tells
            reading.summary = True
        elif (
            (reading.figures or reading.others)
            and readings
            and INCIDENTS.search(readings[-1].sentence.text)
            and re.match(
                r"(?i)(?:in|during)\s+(?:these|those|all\s+these)\s+(?:incidents|attacks|raids|"
                r"events)\b",
                sentence.text.lstrip("•·*-– "),
            )
        ):
            # "March saw 84 attacks across the country. In these attacks, 112 people were
            # killed": the toll of the attacks counted just before, their total
            reading.summary = True
        elif (
            several
            and (reading.figures or reading.others)
            and re.match(r"[^.;]{0,80}?,?\s+in\s+which\b", sentence.text[several.end() :])
            and not any(p.level in SPECIFIC for p in reading.places)
        ):
            # "The Company recorded three incidents …, in which a total of nine people were
            # killed": several incidents counted, then what they did together
            reading.summary = True
        elif (
            sentence.paragraph in (body_paragraph, max(1, body_paragraph))
            and INCIDENTS.search(sentence.text)
            and not reading.figures
        ):
            several_lead = sentence.paragraph  # "Three significant incidents were recorded …"
        elif (
            sentence.paragraph == several_lead
            and reading.figures
            and not reading.topics
            and not any(p.level in SPECIFIC for p in reading.places)
        ):
            reading.summary = (
                True  # "… Combined reporting indicates at least 33 people were killed"
            )
        reading.issuer, reading.issuer_kind = issuer, issuer_kind
        if (
            issuer_kind == "group"
            and "operations" in reading.topics
            and GROUP_OPERATION.match(sentence.text)
        ):  # a group's "The operation resulted in the killing of 23 apostate soldiers": its
            # attack just told, not a security operation
            reading.topics.remove("operations")
            reading.back_reference = True
        near = said is not None and sentence.paragraph - said[1] <= 1
        titled = False
        document = reading.reporter is not None and re.fullmatch(
            r"(?i)(?:the\s+)?(?:statement|report|release|communiqu[eé])", reading.reporter.text
        )  # "the statement said": whoever issued the statement named before
        if document and authored is not None and re.search(r"(?i)report", reading.reporter.text):
            # "The report claims that …": the report's author named before
            reading.reporter = Reporter(authored.name, authored.text, -1, -1)
        elif document and issued is not None:
            reading.reporter = Reporter(issued.name, issued.text, -1, -1)
            # ("…, precised the communiqué. … a soldier was wounded, added the same source": the
            # issuer spoke last, whom "the same source" next means)
            titled = True
        elif (
            reading.reporter is not None
            and reading.reporter.start >= 0
            # ("said in a communique read on state television": the communique's issuer too)
            and re.search(r"(?i)\b(?:statement|communiqu[eé]|press\s+release)\b", sentence.text)
        ):
            issued = reading.reporter
        head = reading.reporter is not None and re.fullmatch(
            r"(?i)the\s+(?P<noun>agency|ministry|commission|office|department|service|command|"
            r"directorate|authority|council|committee|bureau|unit|cell)",
            reading.reporter.text,
        )  # "The National Investigation Agency, which took over the case, …, the agency said"
        if head and reading.reporter.start >= 0:
            proper = list(
                re.finditer(
                    rf"\b[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*)){{0,6}}\s+"
                    rf"{head['noun'].title()}\b",
                    sentence.text[: reading.reporter.start],
                )
            )
            if proper:
                name = re.sub(r"^The\s+", "", proper[-1].group())
                reading.reporter = Reporter(name, name, -1, -1)
        if (
            issuer is not None
            and reading.reporter is not None
            and DEFINED_ISSUER.fullmatch(reading.reporter.text)
        ):  # "The Company recorded three incidents …" in Kibo Mining Limited's report: the
            # issuer, by the name its document defines for itself
            reading.reporter = Reporter(issuer, reading.reporter.text, -1, -1)
        elif (
            issuer is not None
            and reading.reporter is not None
            and (bare := re.fullmatch(r"[Tt]he\s+(?P<noun>[A-Z][a-z]{3,})", reading.reporter.text))
            and re.search(rf"\b{bare['noun']}\b", issuer)
        ) or (
            issuer is not None
            and reading.reporter is not None
            and (bare := _OWN_BENCH.fullmatch(reading.reporter.text))
            and re.search(rf"(?i)\b{bare['noun']}\b", issuer)
        ):  # "the Division confirms that …" in the Quetta Division's notice: the issuer, by
            # the word of its own name it calls itself ("the court found that …" in a court's
            # summary of judgments, the bench's common noun in lower case too)
            reading.reporter = Reporter(issuer, reading.reporter.text, -1, -1)
        author = REPORT_BY.search(sentence.text)
        if author:  # "a report … published on 14 October by the online outlet “Africa Frontline”"
            authored = Reporter(author["org"], author["org"], -1, -1)
        named = reading.reporter is not None and re.fullmatch(
            r"(?i)the\s+(?:(?:islamist|militant|jihadist|armed|rebel|insurgent|extremist)\s+)?(?:group|"
            r"rebels|militants|insurgents|movement)",
            reading.reporter.text,
        )  # "Kachin Independence Army (KIA) troops overran …, the group said": the group named
        short = NAMED_WITH_SHORT.search(sentence.text) if named else None
        if short:
            reading.reporter = Reporter(short.group(), short.group(), -1, -1)
        elif named and len(groups) == 1:
            # "Al-Shabaab fighters stormed … The group says …": the one armed group named before
            (name,) = groups
            reading.reporter = Reporter(name, name, -1, -1)
        groups.update(
            [a.canonical for a in reading.actors if a.actor_type in NON_STATE and not a.generic]
            or [n for n in [named_claimant(sentence.text)] if n]
            or [m["name"] for m in GROUP_FIGHTERS.finditer(sentence.text)]
            # ("… reported that five members of the Dawlah Islamiyah were killed": a group
            # named by its members killed, no state's body, no civil one)
            or [
                m["name"]
                for m in GROUP_MEMBERS_KILLED.finditer(sentence.text)
                if not STATE_SPEAKER.search(m["name"]) and not NO_GROUP.search(m["name"])
            ]
        )
        again = reading.reporter is not None and re.fullmatch(
            r"(?i)the\s+(?!(?-i:[A-Z]{2,})\b)(?P<title>[a-z]+(?:\s+[a-z]+)?)", reading.reporter.text
        )  # "the official said", "the police official said": the official named before
        # ("The CDF said": a body by its acronym, its own name, no title)
        if (
            again
            and near
            and all(
                re.search(rf"(?i)\b{word}\b", f"{said[0].name} {said[0].text}")
                for word in again["title"].split()
            )
        ):
            reading.reporter = Reporter(said[0].name, said[0].text, -1, -1)
            titled = True  # ("the prosecutor said": still the one speaking, "Kakar added" next)
        elif again and (
            named := next(
                (
                    p
                    for p in reversed(people)
                    if all(
                        re.search(rf"(?i)\b{word}\b", f"{p.name} {p.text}")
                        for word in again["title"].split()
                    )
                ),
                None,
            )
        ):  # "the spokesman said" after "Shahid Rind, the government spokesman, condemned …"
            reading.reporter = Reporter(named.name, named.text, -1, -1)
            titled = True
        kin = (
            reading.reporter is not None
            and reading.reporter.start > 0
            and re.fullmatch(r"(?i)(?:and\s+)?(?:he|she)", reading.reporter.text)
            and KIN_NAMED.search(sentence.text[: reading.reporter.start])
        )
        if kin:
            # "My cousin Rasmata is a nurse at the hospital, and she told me that …": the
            # person the sentence named before its pronoun
            reading.reporter = Reporter(kin["name"], kin["name"], -1, -1)
        if (
            reading.reporter is None
            and _SUBJECTLESS_SAYS.match(sentence.text)
            and readings
            and readings[-1].sentence.paragraph == sentence.paragraph
            and (who := _NOTE_SUBJECT.match(readings[-1].sentence.text.rsplit("|", 1)[-1].strip()))
        ):
            # "Vigilante from Maru. Says bandits ambushed …": a note that leaves out who says,
            # the person the note's sentence before named
            reading.reporter = Reporter(who["who"], who["who"], -1, -1)
        if (
            reading.reporter is None
            and re.fullmatch(r"\(\s*[A-Z][^()]{3,}\)\.?", sentence.text.strip())
            and readings
            and readings[-1].sentence.paragraph == sentence.paragraph
            and re.search(r"[”\"]\s*$", readings[-1].sentence.text)
            and readings[-1].reporter is not None
        ):
            # 'X said: “Duha ka mag-uuma ang nasamdan …” (Two farmers were hurt …)': the
            # translation in brackets after a quotation is the quoted speaker's words
            reading.reporter = readings[-1].reporter
        pronoun = reading.reporter is not None and re.fullmatch(
            r"(?i)(?:he|she|it|they)\s+(?:later|further|also|then)|(?:the\s+)?same\s+"
            # ("the same sources added": the sources just named, as "the same source")
            r"(?:[a-z-]+\s+){0,2}?(?:sources?|official|officer|statement|report|release|group|"
            r"outlet|agency|spokes(?:man|woman|person)|communiqu[eé]|bulletin|channel|post|"
            r"broadcast|radio|programme|"
            # ("According to the same command, …": a body named again by the word its name
            # ends on)
            r"command|ministry|commission|committee|council|directorate|department|office|"
            r"administration|authority|authorities|union|diocese|prefecture|"
            # ("…, informed the same press service.", "the same institution informed": a
            # body's service or the institution named before)
            r"service|institution|"
            # ("According to the same chief, 4 of them escaped": a person named again by the
            # title he spoke under)
            r"chief|mayor|governor|prefect|commander|director|administrator|headman|elder)",
            reading.reporter.text,
        )  # "He further said", "the same source said", "Same press release says": no name of
        # its own
        if pronoun:
            # ("According to the same statement, …": the statement of whoever was quoted
            # just before)
            same = re.match(r"(?i)(?:the\s+)?same\b", reading.reporter.text)
            aired = same and re.search(
                r"(?i)\b(?:broadcast|radio|programme|channel)\b", reading.reporter.text
            )
            station = (
                next(
                    (
                        r.reporter
                        for r in reversed(readings)
                        if r.reporter is not None
                        and re.search(
                            r"(?i)\b(?:radio|tv|television|broadcast|channel)\b", r.reporter.name
                        )
                    ),
                    None,
                )
                if aired
                else None
            )
            # "According to the civil society, 17 … were killed; 3 of them escaped, the same
            # source said": the source the sentence itself named before
            named_before = (
                _named_earlier_in_sentence(sentence.text, reading.reporter.start)
                if same and not aired
                else None
            )
            # ("… according to local sources. Per the same military source, 5 suspects were
            # arrested": the source named earlier with that word, not the last to speak)
            kind = (
                re.match(
                    r"(?i)(?:the\s+)?same\s+(?P<kind>[a-z-]+(?:\s+[a-z-]+)?)\s+"
                    r"(?:sources?|official|officer|spokes(?:man|woman|person))$",
                    reading.reporter.text,
                )
                if same and named_before is None and station is None
                else None
            ) or (
                # ("The provincial police command put the toll at 2 dead. According to the
                # same command, 46 people were arrested": the body last named with that word)
                re.match(
                    r"(?i)(?:the\s+)?same\s+(?P<kind>command|ministry|commission|committee|"
                    r"council|directorate|department|office|administration|authority|authorities|"
                    r"union|diocese|prefecture|chief|mayor|governor|prefect|commander|director|"
                    r"administrator|headman|elder)$",
                    reading.reporter.text,
                )
                if same and named_before is None and station is None
                else None
            )
            qualified = (
                next(
                    (
                        r.reporter
                        for r in reversed(readings[-12:])
                        if r.reporter is not None
                        and re.search(rf"(?i)\b{re.escape(kind['kind'])}\b", r.reporter.name)
                    ),
                    None,
                )
                if kind
                else None
            )
            if named_before is not None:
                reading.reporter = named_before
            elif qualified is not None:
                reading.reporter = Reporter(qualified.name, qualified.text, -1, -1)
            elif station is not None:
                # "² The same broadcast said …" after a note quoting the hospital: the radio
                # that spoke last, not whoever spoke since
                reading.reporter = Reporter(station.name, station.text, -1, -1)
            else:
                reading.reporter = (
                    Reporter(said[0].name, said[0].text, -1, -1) if same and near else None
                )
                # ("…, added the same source. … according to the same communiqué": still the
                # one speaking, whom the next "same" means in the paragraph after)
                titled = titled or bool(same and near)
        surname = reading.reporter is not None and re.fullmatch(
            r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Col|Gen|Maj|Capt|Lt|Brig|Sgt|Colonel|General|Major|Captain|"
            r"Brigadier|"
            # ("Supt. Kakas said": a police rank before the surname, the Supt. George Kakas)
            r"Supt|Insp|Inspector|Superintendent|Cpl|Corporal|Sergeant|Cdr|Cmdr|Commander|"
            r"Prof|Hon|Rev|Gov|Sen)\.?\s+)?(?P<surname>(?:(?:al|el)-)?[A-Z][\w’'-]+)"
            r"(?:\s+(?:further|also|later|then|again|additionally))?",
            reading.reporter.text,
        )  # "Shah said": the Ali Shah named before; "Mr Shah": the Mr Ali Shah ("Mr Shah
        # further stated": the same; "Col. Shah now says": the Col. Ali Shah)
        if surname and near and re.search(rf"\s{surname['surname']}\b", said[0].text):
            reading.reporter = Reporter(said[0].name, said[0].text, -1, -1)
        elif surname and (
            named := next(
                (
                    p
                    for p in reversed(people)
                    if re.search(rf"\s{surname['surname']}\b", p.text)
                    and p.text.strip() != reading.reporter.text
                ),
                None,
            )
        ):  # "Rind said" after "the government's spokesman, Shahid Rind, condemned …"
            reading.reporter = Reporter(named.name, named.text, -1, -1)
            titled = True
        group = reading.reporter is not None and re.fullmatch(
            r"(?i)the\s+(?:group|movement)", reading.reporter.text
        )  # "al-Shabaab said … The group said three of its fighters …": the group just quoted
        if (
            group
            and near
            and said[0].name.casefold() not in ("group", "the group")
            and not NO_GROUP.search(said[0].name)
            # ("The 103rd Brigade reported … The group claimed …": a state's unit is no group)
            and not STATE_SPEAKER.search(said[0].name)
            and not re.search(r"(?i)\b(?:brigade|division|regiment|command|unit)\b", said[0].name)
        ):
            reading.reporter = Reporter(said[0].name, said[0].text, -1, -1)
        some = reading.reporter is not None and re.fullmatch(
            r"(?i)(?:one|two|three|another|some|several|each|both|either)\s+of\s+(?:them|those|these)",
            reading.reporter.text,
        )  # "two security sources said. One of them said …": one of the speakers before
        if some and near:
            reading.reporter = Reporter(said[0].name, said[0].text, -1, -1)
        its = reading.reporter is not None and re.fullmatch(
            r"(?i)(?:its|their)\s+(?P<title>[a-z][\w\s-]{2,40})", reading.reporter.name
        )  # "its spokesman said": the body named before
        if its and opened is not None and sentence.paragraph - opened[1] <= 1:
            named = f"{opened[0]} {its['title']}"  # the body the sentence before opened on
            reading.reporter = Reporter(named, opened[0], -1, -1)
        elif its and (claimer or claimed) and (claimer or claimed)[1] == sentence.paragraph:
            # "Islamic State claimed the raid; its weekly said …": the group that claimed it,
            # in this sentence or the paragraph's sentence before
            claimant = (claimer or claimed)[0]
            reading.reporter = Reporter(f"{claimant} {its['title']}", claimant, -1, -1)
        elif its and near:
            named = f"{said[0].name} {its['title']}"
            reading.reporter = Reporter(named, said[0].text, -1, -1)
        _without_earlier_in_relative_clause(reading)
        corrected = None if _restated_correction(reading) else CORRECT_FIGURE.search(sentence.text)
        put_right = CORRECTED_NOT.search(sentence.text)
        if (
            corrected is None
            and put_right
            and parse_count(put_right["not"]).best is not None
            and SAID_THEN_CORRECTED.search(sentence.text, 0, put_right.start())
            and any(
                f.best == parse_count(put_right["not"]).best
                for f in [*reading.figures, *reading.others]
            )
        ):
            corrected = put_right
        if corrected and parse_count(corrected["count"]).best is not None:
            # the figure an erratum says was stated, in this sentence before the correction or
            # at the end of the sentence before, takes the correct count
            own = (
                SAID_THEN_CORRECTED.search(sentence.text, 0, corrected.start())
                if not STATED_BEFORE.search(sentence.text)
                else None
            )
            wrong = [f for f in reading.others if own and own.end() <= f.start < corrected.start()]
            if (
                len(wrong) == 1
                and not reading.figures
                and parse_count(corrected["count"]).best != wrong[0].best
            ):
                # "The notice of 3 May stated that five guards were injured; the correct
                # number is six": a wounded (abducted, …) count corrected likewise, in the
                # document's voice
                reading.others[reading.others.index(wrong[0])] = replace(
                    wrong[0], count=parse_count(corrected["count"])
                )
                if len(reading.others) == 1:
                    reading.reporter = None
            for told in (reading, readings[-1] if readings else None):
                if told is None or not told.figures:
                    continue
                stated = STATED_BEFORE.search(told.sentence.text)
                own = None
                if told is reading and stated is None:
                    own = SAID_THEN_CORRECTED.search(told.sentence.text, 0, corrected.start())
                    stated = own
                if told is reading:
                    wrong = [
                        f
                        for f in told.figures
                        if stated and stated.end() <= f.start < corrected.start()
                    ]
                else:
                    wrong = [f for f in told.figures if stated and stated.end() <= f.start]
                if len(wrong) == 1:
                    at = told.figures.index(wrong[0])
                    told.figures[at] = replace(wrong[0], count=parse_count(corrected["count"]))
                    if own is not None and len(told.figures) == 1 and not told.others:
                        # the one who said the wrong count is not the one who corrects it
                        told.reporter = None
                    # the same count given earlier by the same voice is the one corrected
                    voice = told.reporter.name if told.reporter else None
                    for earlier in readings:
                        if earlier is told or voice != (
                            earlier.reporter.name if earlier.reporter else None
                        ):
                            continue
                        earlier.figures = [
                            f
                            for f in earlier.figures
                            if (f.best, f.victim_group, f.outcome)
                            != (wrong[0].best, wrong[0].victim_group, wrong[0].outcome)
                        ]
                    break
        header = POST_HEADER.match(sentence.text.strip()) if thread_writer else None
        if header:
            poster = header["name"].strip() if header["name"] != thread_writer else None
        elif reading.reporter is None and poster and (reading.figures or reading.others):
            # "Ana Ruiz @ana_ruiz · 9:52 AM / Replying to @writer / We counted 6 soldiers dead":
            # the replying account's own count
            reading.reporter = Reporter(poster, poster, -1, -1)
        forward = FORWARDED_FROM.match(sentence.text.strip())
        if forward:
            forwarded = (forward["name"].strip(), sentence.paragraph)
        elif forwarded is not None and sentence.paragraph - forwarded[1] > 1:
            forwarded = None  # (the post, a paragraph under its line, is over)
        elif reading.reporter is None and forwarded and (reading.figures or reading.others):
            # "Forwarded from Lions Brigade Media Office / Two of our men fell and 9 Shabaab
            # elements were killed": the forwarded post is that account's
            reading.reporter = Reporter(forwarded[0], forwarded[0], -1, -1)
        answered = ANSWERED_BY.match(sentence.text.strip())
        if answered:
            named_by = find_reporter(f"{answered['who']} said so.")
            answerer = Reporter(named_by.name if named_by else answered["who"], "", -1, -1)
            answering = False
        elif ANSWER_OPENS.match(sentence.text.strip()):
            answering = answerer is not None
        elif QUESTION_OPENS.match(sentence.text.strip()):
            answerer, answering = None, False
        elif reading.reporter is None and answering and answerer is not None:
            # "Answered by: the Minister …" over "Answer: (a) Nine persons were killed …": the
            # answer is the minister's
            reading.reporter = answerer
        if (
            reading.reporter is None
            and claimed is not None
            and claimed[1] == sentence.paragraph
            and IT_SAID.search(sentence.text)
        ):
            reading.reporter = Reporter(claimed[0], claimed[0], -1, -1)
        # "he said" a paragraph or two after the speaker was named (the paragraphs between
        # quoting no one): still that speaker
        note_person = _note_person(
            sentence,
            reading,
            note_person,
            spoken=said is not None and said[1] == sentence.paragraph,
        )
        far = said is not None and sentence.paragraph - said[1] <= 3
        subject = SUBJECT_THEN_SHE.match(sentence.text)
        he_she = PERSON_PRONOUN_SAID.search(sentence.text) and PRONOUN_SAID.search(sentence.text)
        if reading.reporter is None and he_she and person is not None:
            if person[1] == sentence.paragraph and (said is None or said[1] < person[1]):
                # "The Honourable Esther Kavira Mumbere … put her question. She stated that
                # …": the person the paragraph opened on, no speaker quoted since
                reading.reporter = Reporter(person[0], person[0], -1, -1)
            elif far and BODY_ENDING.search(said[0].name) and person[1] >= said[1] - 1:
                # "The Minister, Mr X, replied that …. According to the same administration,
                # …. He added that …": "he" is the person who spoke, not the body
                reading.reporter = Reporter(person[0], person[0], -1, -1)
        known = ROLE_THEN_SHE.match(sentence.text) if reading.reporter is None else None
        if known:
            # "Our cook's sister is a nurse at the hospital; she told Ruth that …": the one
            # the writer knows, by what she is (and whose relation she is)
            who = f"{known['role'].capitalize()} ({known['who'][0].lower()}{known['who'][1:]})"
            reading.reporter = Reporter(who, who, -1, -1)
        noun_subject = SUBJECT_NOUN_SAID.match(sentence.text) if reading.reporter is None else None
        if noun_subject and not _NOT_A_SPEAKER.fullmatch(noun_subject["name"]):
            # "The boatman apologised: five fishermen had been kidnapped …, he said": the one
            # the sentence opens on, taken up by the pronoun
            who = noun_subject["name"].capitalize()
            reading.reporter = Reporter(who, who, -1, -1)
        acted = BODY_DID_IT_SAID.match(sentence.text) if reading.reporter is None else None
        if acted and _A_BODY.search(acted["name"]):
            # "The police of Diyala arrested six suspects …, it said in a statement": the body
            # the sentence opens on, taken up by "it"
            who = acted["name"][0].upper() + acted["name"][1:]
            reading.reporter = Reporter(who, who, -1, -1)
        if reading.reporter is None and subject and PRONOUN_SAID.search(sentence.text):
            # "Bukar walked the town …, and she concludes that 31 were killed": the one the
            # sentence opens on, taken up by the pronoun
            reading.reporter = Reporter(subject["name"], subject["name"], -1, -1)
        elif (
            reading.reporter is None
            and far
            and PRONOUN_SAID.search(sentence.text)
            and not _THEY_THE_SUBJECT.match(sentence.text)
        ):
            reporter = said[0]
            if body is not None and _PERSON.search(reporter.name) and IT_SAID.search(sentence.text):
                reporter = body  # "… the hospital director, Dr Adam Ishaq. … it said": a body
            reading.reporter = Reporter(reporter.name, reporter.text, -1, -1)
        if (
            reading.reporter is None
            and reported is not None
            and reported[1] == sentence.paragraph
            and (reading.figures or reading.others)
        ):
            # "Khyber police report that an IED exploded near Shagai. Two policemen were
            # injured.": the report goes on in its paragraph, the figures after it are its own
            reading.reporter = Reporter(reported[0].name, reported[0].text, -1, -1)
        elif (
            reading.reporter is not None
            and reading.reporter.start >= 0
            and not (reading.figures or reading.others)
            and REPORTS_THAT.search(sentence.text)
        ):
            reported = (reading.reporter, sentence.paragraph)
        bare = (
            _THE_BODY_AGAIN.fullmatch(reading.reporter.text.strip())
            if reading.reporter is not None and said is not None
            else None
        )
        if (
            bare
            and said[1] == sentence.paragraph
            and bare["noun"].casefold() in re.findall(r"[\w'’]+", said[0].name.casefold())
            and said[0].name.casefold() != bare["noun"].casefold()
        ):
            # "Alhaji Musa, chairman of the traders' association, said five … so the
            # association now says seven": the body named in full before, taken up by its noun
            reading.reporter = Reporter(
                said[0].name, reading.reporter.text, reading.reporter.start, reading.reporter.end
            )
        if reading.reporter is not None and (reading.reporter.start >= 0 or titled):
            # (a speaker this sentence names by title or surname is the one "he added" means
            # next)
            said = (reading.reporter, sentence.paragraph)
            if not _PERSON.search(reading.reporter.name):
                body = reading.reporter
            else:
                person = (reading.reporter.name, sentence.paragraph)
        # (after a heading run into the numbered paragraph: "Briefing by the district
        # administration 2.1 The Deputy Commissioner, Mr. Ali, briefed the Committee …")
        head = HEADING_THEN_NUMBER.match(sentence.text)
        opening = sentence.text[head.end() :] if head else sentence.text
        opens_on = (
            OPENS_ON_PERSON.match(opening)
            or OFFICE_THEN_PERSON.match(opening)
            or NAME_THEN_OFFICE.match(opening)
        )
        if opens_on and reading.reporter is None:
            person = (opens_on["name"], sentence.paragraph)
        spoke = SPOKE_TO.search(sentence.text) if reading.reporter is None else None
        if spoke is None and reading.reporter is None:
            spoke = CALLED_ME.search(sentence.text)
        if spoke and not (reading.figures or reading.others):
            # "I spoke to the mayor, Mr Ali Sanou.": the one "he tells me" next is the mayor
            source_named = find_reporter(f"{spoke['who'].rstrip(', ')} said so.")
            if source_named is not None:
                said = (Reporter(source_named.name, source_named.text, -1, -1), sentence.paragraph)
        people += find_people(sentence.text)
        if (
            readings
            and (reading.figures or reading.others)
            and all(_LABELLED_ROW.fullmatch(f.written) for f in reading.figures + reading.others)
            and _PERIOD_HEADING.search(readings[-1].sentence.text)
        ):
            # "PERIOD TOTALS (11-13 May)" over "Killed: 13 | Wounded: 10": a period's tally
            reading.figures, reading.others = [], []
        figures = [f for f in reading.figures + reading.others if not f.reference]
        days = _days(reading)
        entry = _entry_day(sentence.text, reading.published)
        if entry:
            # (a log's entry opened by its day, "11/02: …", dates its lines until the next
            # entry's day, over the breaks of its paragraphs)
            entry_opened = frozenset(entry)
        elif _SECTION_LABEL.match(sentence.text) and (
            not readings or readings[-1].sentence.paragraph != sentence.paragraph
        ):
            entry_opened = frozenset()  # ("Summary for the month: …": the entries are over)
        # (a count "the 2 attackers died …" may be told here first: it takes the day too)
        dated = figures or [
            f for f in reading.references if DEATH_TOLD_AFTER.match(sentence.text[f.end :])
        ]
        if days and not figures:
            day_opened = (sentence.paragraph, frozenset(days))
        elif dated and not days and day_opened and day_opened[0] == sentence.paragraph:
            reading.opening_days = day_opened[1]
        elif dated and not days and entry_opened:
            reading.opening_days = entry_opened
        if len(headings) >= 2 and sentence.id in headings:
            heading_pending = True
        elif heading_pending and figures:
            reading.new_event, heading_pending = True, False
        elif (
            reading.new_event
            and not figures
            and not reading.places
            and not reading.cue
            and _ANNOUNCING_HEADING.match(sentence.text)
        ):
            # ("ANOTHER INCIDENT (our agents):" on a line of its own, then the count: the
            # heading that announces another event opens it at the next sentence that counts)
            heading_pending = True
        elif (
            not figures
            and _NUMBERED_INCIDENT_HEADING.match(sentence.text)
            and (not readings or readings[-1].sentence.paragraph != sentence.paragraph)
        ):
            # ("Incident 2: Kalla-Dogo road, 6 May 2025" as a paragraph of its own, naming
            # its place and day: a form's second incident opens at its first count)
            heading_pending = True
        previous = max(figures, key=lambda f: f.start) if figures else None
        if figures:
            held, held_paragraph = previous, sentence.paragraph
        elif sentence.paragraph != held_paragraph:
            held = None
        if previous is not None and len({f.victim_group for f in figures}) > 1:
            # "… six employees and a security guard. Eleven more were hurt.": of no one group
            previous = replace(previous, victim_group="unknown")
        _body_named_in_full_before(reading, readings)
        readings.append(reading)
    # "the military's media wing said" (Military media wing (ISPR)) before "the Inter-Services
    # Public Relations (ISPR)" is defined: one body, reported by the name the article gives it
    for reading in readings:
        short = reading.reporter and re.search(
            r"\((?P<acr>[A-Z][\w-]{1,10})\)$", reading.reporter.name
        )
        proper = short and aliases.get(short["acr"].casefold())
        if proper and proper != reading.reporter.name:
            r = reading.reporter
            reading.reporter = Reporter(proper, r.text, r.start, r.end)
    # “Four officers died. Three more were hurt,” he said.: a quote over several sentences
    # takes the reporter of the sentence that closes it
    # (or, opened after "X said:", the reporter of the sentence that opens it)
    for run in _quote_runs(readings):
        closing, opening = run[-1].reporter, run[0].reporter
        speaker = closing
        last = run[-1].sentence.text
        inside = max((m.start() for m in _QUOTE_MARK.finditer(last)), default=-1)
        if (
            closing is not None
            and opening is not None
            and 0 <= closing.start < inside
            and re.search(r":\s*[“\"]", run[0].sentence.text)
        ):
            # 'X said: "… The community leaders told us that seven were killed."': whom the
            # speaker quotes in the quote's last sentence speaks there only; the quote is X's
            speaker = opening
        if speaker is None and opening is not None:
            # ('X said: "…', or 'According to him, "…': the quote's speaker named before it)
            introduced = re.search(r":\s*[“\"]", run[0].sentence.text) or re.match(
                r"(?i)\s*according\s+to\s+[^,“\"]{1,80},\s*[“\"]", run[0].sentence.text
            )
            speaker = opening if introduced else None
        before = _announced(readings, run)
        if speaker is None and before is not None:
            speaker = before.reporter  # "X read the following statement." / "“…”"
        for reading in run:
            if speaker is not None and reading.reporter is None:
                reading.reporter = Reporter(speaker.name, speaker.text, -1, -1)
    # "“…,” said X. “Five more of our men were wounded.”": a quote of its own right after the
    # speaker's quote, in the same paragraph, goes on with the same speaker's words
    for before, reading in zip(readings, readings[1:], strict=False):
        text = reading.sentence.text.strip()
        if (
            reading.reporter is None
            and before.reporter is not None
            and before.sentence.paragraph == reading.sentence.paragraph
            and _QUOTE_MARK.search(before.sentence.text)
            and re.match(r"[“\"]", text)
            and re.search(r"[”\"]$", text.rstrip("."))
            and len(_QUOTE_MARK.findall(text)) == 2
        ):
            reading.reporter = Reporter(before.reporter.name, before.reporter.text, -1, -1)
    _quote_after_colon(readings)
    _answer_by(readings)
    _house_turns(readings)
    # "… shot dead two constables. The attackers fled, police said.": the next sentence of
    # the paragraph, giving no figure itself or only figures of the same victims ("Three of
    # them were released …, according to X"), names who reported them
    for reading, after in zip(readings, readings[1:], strict=False):
        nouns = {f.noun.casefold() for f in reading.figures + reading.others}
        own = [
            f
            for f in after.figures + after.others
            if not f.refers_back
            # "17 women … . Four of the women escaped, X reported": the same victims
            and not (
                re.match(r"(?i)[\w-]+\s+of\s+the\s+", f.written) and f.noun.casefold() in nouns
            )
        ]
        figures = after.figures + after.others
        # ("This morning the Navy said one of the fishermen was found dead": a speaker who
        # opens a sentence of figures at a time of its own speaks of that time, and reaches
        # no sentence before)
        later = (
            after.reporter is not None
            and bool(figures)
            and 0 <= after.reporter.start < min(f.start for f in figures)
            and _LATER_OPENING.match(after.sentence.text[: after.reporter.start])
        )
        if (
            reading.reporter is None
            and (reading.figures or reading.others)
            and after.reporter is not None
            and after.sentence.paragraph == reading.sentence.paragraph
            and not (own or after.references)
            and not later
            # ("One was released … . After these events the police said …": a speaker who
            # speaks of what came after reaches no sentence before)
            and not _AFTER_THESE.match(after.sentence.text)
            # ("Bulletin No. 2 had reported 6 dead; those figures stand superseded": who gave
            # the withdrawn figures, not the sentence before's)
            and not SUPERSEDED.search(after.sentence.text)
            # ("Six of them were found alive. The prosecutor says it has opened files for 12
            # disappeared workers": a count of its own, which the rules do not read, is what
            # the next sentence reports)
            and not _COUNT_OF_ITS_OWN.search(after.sentence.text)
            # ("… states that two students were injured. The letter does not say whether
            # anyone was charged": what a source does not say reports nothing)
            and not re.match(
                r"(?i)[^,;]{0,60}?\b(?:does|did|do|would|could|will)\s+not\s+say\b",
                after.sentence.text,
            )
            # ("Our apprentice was hit in the leg. He is at home, the doctor says six weeks.":
            # a speaker whose words are a length of time, how long to heal, tells no toll)
            and not _SAYS_A_TIME.search(after.sentence.text)
            # ("Four persons were hurt … . One of them, a driver, was in serious condition at
            # the district hospital, a nurse said.": one victim's state, told by who treats him)
            and not _ONE_IN_CONDITION.match(after.sentence.text)
            # ("A driver has been shot dead … . Residents say the shots came from a passing
            # vehicle; our reporter saw his body …": the outlet's own reporter saw it, its voice)
            and not _OUR_REPORTER_SAW.search(after.sentence.text)
        ):
            reading.reporter = Reporter(after.reporter.name, after.reporter.text, -1, -1)
    # 'Earlier notice that "three FC personnel" were injured is withdrawn': the figure the
    # document quotes as withdrawn, wherever it was told, is no figure
    withdrawn = {
        m["quoted"].casefold() for r in readings for m in WITHDRAWN_QUOTE.finditer(r.sentence.text)
    }
    if withdrawn:
        for reading in readings:
            reading.figures = [f for f in reading.figures if f.text.casefold() not in withdrawn]
            reading.others = [f for f in reading.others if f.text.casefold() not in withdrawn]
    # "The Qul Khwani of the seven passengers martyred in the blast …": a back-reference to a
    # toll the document gives nowhere else is the toll's only telling, a figure of its own
    given = Counter(f.best for r in readings for f in [*r.figures, *r.others] if f.best is not None)
    # (an abduction named as a deed, "About the kidnapping of the four merchants …", beside
    # "four injured persons": the merchants' only telling, unless a count of the same
    # victims, or of people taken or missing, is told)
    told_taken = {
        (f.best, f.victim_group if f.outcome not in ("abducted", "missing") else "*")
        for r in readings
        for f in [*r.figures, *r.others]
        if f.best is not None
    }
    # ("The 5 accused of this case were arrested …": the accused of a case, named so for the
    # trial, not for a count told before; their arrest a figure unless one of as many is told)
    told_arrested = {
        (f.best, f.outcome)
        for r in readings
        for f in [*r.figures, *r.others]
        if f.best is not None and f.outcome == "arrested"
    }
    # (the deaths told of the same count and side: "the 3 attackers were also killed" is no
    # telling of its own where 3 militants were killed before)
    dead_told = Counter(
        (f.best, f.victim_group) for r in readings for f in r.figures if f.best is not None
    )
    # (bodies found after a toll told in parts are that toll's dead: "Two soldiers and a
    # policeman were killed … Rescuers later found the 3 bodies"; the deaths told before a
    # sentence summed as the loop goes, each sentence's as it stands once read)
    dead_before = 0
    for index, reading in enumerate(readings):
        if index:
            dead_before += sum(f.best or 0 for f in readings[index - 1].figures)
        alone = [
            f
            for f in reading.references
            if f.best is not None
            and f.best not in given
            # (their death told with them, "the seven passengers martyred in the blast",
            # "killing the six guards on board"; not a whole its parts are told of, "of the
            # 362 passengers on board, nine were killed", nor what a sum includes)
            and (
                DEATH_WITH_IT.match(reading.sentence.text[f.end :])
                or DEATH_BEFORE_IT.search(reading.sentence.text[: f.start])
                or f.noun.casefold() in ("bodies", "corpses")
                and f.best != dead_before
                and BODIES_RECOVERED.search(reading.sentence.text[: f.start])
            )
            and not re.search(
                r"(?i)\b(?:includes?|including|included)\s+the\s+$",
                reading.sentence.text[: f.start],
            )
        ]
        # "He said the 3 attackers were also killed", "the 2 attackers died in the exchange":
        # the dead their own clause tells, a count of that side's dead told nowhere else (the
        # count given of others does not make it a reference)
        alone += [
            f
            for f in reading.references
            if f.best is not None
            and f not in alone
            and (f.best, f.victim_group) not in dead_told
            and (
                DEATH_TOLD_AFTER.match(reading.sentence.text[f.end :])
                or VERB_FIRST_DEATH.search(reading.sentence.text[: f.start])
            )
        ]
        if alone and reading.sentence.id > 0:
            reading.figures += [replace(f, reference=False) for f in alone]
            reading.references = [f for f in reading.references if f not in alone]
        # the same of the abducted: "The six collectors sent to the hills were taken by armed
        # men", six told nowhere else in the document, is the abduction's only telling
        taken = [
            f
            for f in reading.taken_references
            if f.best is not None
            and (
                f.outcome == "arrested"
                and (f.best, "arrested") not in told_arrested
                and _OF_THE_CASE.match(reading.sentence.text[f.end :])
                or f.outcome == "abducted"
                and not _given_alive(f, readings)
                # ("… who took the 2 boatmen with them": the people taken named first with
                # their article after the verb, a noun no sentence before it uses, its own
                # telling; not "the two officials were abducted", a passive after a report)
                or f.outcome == "abducted"
                and re.search(r"(?i)\b(?:took|taking)\s+the\s+$", reading.sentence.text[: f.start])
                and _first_named(f.noun, readings[:index])
                or _TAKING_OF.search(reading.sentence.text[: f.start])
                and (f.best, f.victim_group) not in told_taken
                and (f.best, "*") not in told_taken
                # ("… while wounded the 3 others": a translation's verb before its subject)
                or f.outcome == "wounded"
                and f.best not in given
                and VERB_FIRST_WOUNDED.search(reading.sentence.text[: f.start])
            )
        ]
        if taken and reading.sentence.id > 0 and not reading.background:
            reading.others += [replace(f, reference=False) for f in taken]
    _prayed_for_alone(readings, given)
    _the_taken_freed(readings)
    _identify(readings)
    return readings


def _given_alive(taken: Figure, readings: list[Reading]) -> bool:
    """Whether the count of ``taken`` (a definite count, "the 3 staff were abducted") is given
    in the document as a figure its people could be: any other outcome, or deaths of the same
    group (not "… killed 3 guards. The 3 staff were abducted": the dead are not the taken)."""
    return any(
        g.best == taken.best and (g.outcome != "killed" or g.victim_group == taken.victim_group)
        for r in readings
        for g in [*r.figures, *r.others]
    )


# the accused of a case or a trial, counted: "the 5 accused", "the six defendants"
_ACCUSED = re.compile(r"(?i)(?:co-)?accused|defendants")
# (named by their case: "the 5 accused of this case", "the 6 accused in case AFC/044")
_OF_THE_CASE = re.compile(r"(?i)\s+(?:of|in)\s+(?:(?:this|the|that)\s+)?(?:case|file|trial)\b")


# an abduction named as a deed before its victims: "the kidnapping of the four merchants",
# "the abduction of the two nurses"
def _first_named(noun: str, before: list[Reading]) -> bool:
    """Whether ``noun`` (a plural of people, "boatmen") is used in none of the sentences
    ``before``: a definite count of it ("the 2 boatmen") then names its people first."""
    if len(noun) < 4 or not noun.isalpha() or not noun.endswith(("s", "men")):
        return False
    # ("boatmen" and "boatman" alike, "loaders" and "loader")
    word = re.compile(rf"(?i)\b{re.escape(noun[:-1] if noun.endswith('s') else noun[:-2])}")
    return not any(word.search(r.sentence.text) for r in before)


_TAKING_OF = re.compile(r"(?i)\b(?:kidnapping|abduction|kidnap)\s+of\s+(?:the\s+)?$")


# the ones just told taken or detained in the same sentence, freed by their number: "…; the
# two were released the next day" ("both" is read where the figures are found)
THE_TAKEN_FREED = re.compile(
    r"(?i)\bthe\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+(?:were|are|have\s+been|had\s+been)\s+(?:(?:later|all|finally|since)\s+)?"
    r"(?:freed|released|set\s+free|let\s+go)\b"
)


# the people the sentence before told taken, named again as a whole at the start of the next
# and freed: "The two were released late that evening", "All three were released on 14
# March", "All of them were let go", "Both were released", "They have since returned home",
# "The herders were freed" (the held by the state too: "Both were released on bail"; after who says
# so: "According to the organisation, the two …", "Police said the two …")
NAMED_AGAIN_FREED = re.compile(
    r"(?i)^\s*(?:[^,;.:]{0,60},\s+)?"
    r"(?:[^,;.:]{0,60}?\b(?:said|says|say|added|confirmed|reported|told\s+[^,;.:]{1,40}?)\s+"
    r"(?:that\s+)?)?(?:(?:and|but)\s+)?"
    r"(?P<whole>all\s+(?:of\s+them|(?P<all_n>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,3})(?:\s+of\s+them)?|(?:of\s+)?the\s+(?P<all_noun>[a-z-]+s))|"
    r"the\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
    r"(?:\s+(?P<n_noun>[a-z-]+s))?|"
    r"the\s+(?P<noun>[a-z-]+s)|(?P<both>both)(?:\s+of\s+them)?|(?-i:They|they)(?:\s+all)?)\s+"
    r"(?:(?:were|are|have\s+been|had\s+been)\s+(?:(?:later|all|finally|since|safely|also|"
    r"eventually|subsequently)\s+)?(?:freed|released|set\s+free|let\s+go|rescued)|"
    r"(?:have\s+|had\s+)?(?:(?:since|later|safely|all|finally)\s+)?"
    r"(?P<home>returned|come\s+back|came\s+back)(?=\s+(?:home|safely|to\s+(?:their|the)\s+"
    r"(?:famil|villages?|homes?))))\b"
)


def _named_again_freed(text: str, taken: Figure) -> tuple[re.Match, int] | None:
    """The match and the count of a sentence that names the people of ``taken`` again as a
    whole, at its start, and frees them: "the two" or "all three" when they were two or
    three, "all of them", "the farmers" when they were farmers (a noun of people).

    >>> taken = Figure("3", "farmers", "civilians", parse_count("3"), 0, 9,
    ...     outcome="abducted")
    >>> m, n = _named_again_freed("All three were released on Friday.", taken)
    >>> m["whole"], n
    ('All three', 3)
    >>> _named_again_freed("According to police, the farmers were released.", taken)[1]
    3
    >>> _named_again_freed("The two were released.", taken) is None  # not the three
    True
    >>> _named_again_freed("The soldiers were released.", taken) is None  # others
    True
    >>> _named_again_freed("They have since returned home.", taken)[1]
    3
    """
    m = NAMED_AGAIN_FREED.match(text)
    if m is None or not taken.best or taken.best < 2:
        return None
    if m["both"]:
        return (m, 2) if taken.best == 2 else None
    n = m["all_n"] or m["n"]
    if n is not None:
        count = parse_count(n).best
        return (m, count) if count == taken.best else None
    noun = m["all_noun"] or m["noun"]
    if noun is not None:
        # the noun the taken were counted with ("the herders" of "3 herders")
        named = re.findall(r"[a-z-]+", (taken.written or taken.noun).casefold())
        if noun.casefold() not in named:
            return None
    return m, taken.best


def _freed_as_named(taken: Figure, named: re.Match, count: int) -> Figure:
    """The people of ``taken``, ``count`` of them, freed, as the words ``named["whole"]``
    name them again ("Both", "the two"); all of them keep the count as it was told ("at least
    3").

    >>> taken = Figure("2", "tutors", "civilians", parse_count("2"), 0, 8, outcome="arrested")
    >>> freed = _freed_as_named(taken, re.match(r"(?P<whole>the two)", "the two were"), 2)
    >>> freed.written, freed.outcome, freed.best, freed.victim_group
    ('the two', 'freed', 2, 'civilians')
    """
    return replace(
        taken,
        phrase=named["whole"],
        written=named["whole"],
        count=taken.count if count == taken.best else parse_count(str(count)),
        start=named.start("whole"),
        end=named.end("whole"),
        outcome="freed",
        reference=False,
    )


def _the_taken_freed(readings: list[Reading]) -> None:
    """The ones a sentence told abducted or detained, freed by their number in a bare phrase
    later in it ("Police detained two tutors; the two were released the next
    day"): a freed figure of the same count and victims (never a death).

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Gunmen attacked the village on Sunday. Police detained two farmers at the "
    ...     "checkpoint; the two were released the next day.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> [(f.best, f.outcome) for f in readings[1].others]
    [(2, 'arrested'), (2, 'freed')]
    """
    for before, reading in zip(readings, readings[1:], strict=False):
        # "… who took the 2 boatmen with them. Both came back on Wednesday": the people
        # taken in the sentence before (named first there with their article, so read only
        # now as a telling of their own), all freed
        taken = [f for f in before.others if f.outcome == "abducted" and f.best]
        both = BOTH_FREED.match(reading.sentence.text)
        they = THEY_FREED.match(reading.sentence.text)
        if (
            taken
            and (both and taken[-1].best == 2 or they and taken[-1].best >= 2)
            and not any(f.outcome == "freed" for f in [*reading.figures, *reading.others])
        ):
            reading.others.append(_freed_as_named(taken[-1], both or they, taken[-1].best))
            reading.others.sort(key=lambda f: f.start)
            continue
        # "Police detained 2 staff members in Nouna. According to the organisation, the two
        # were released late that evening": those taken or held, named again whole, freed
        held = [f for f in before.others if f.outcome in ("abducted", "arrested") and f.best]
        again = _named_again_freed(reading.sentence.text, held[-1]) if held else None
        if (
            again
            and not held[-1].reference
            # (back home: the taken, not those held by the state, who are released)
            and not (again[0]["home"] and held[-1].outcome != "abducted")
            and not any(f.outcome == "freed" for f in [*reading.figures, *reading.others])
        ):
            reading.others.append(_freed_as_named(held[-1], *again))
            reading.others.sort(key=lambda f: f.start)
    for reading in readings:
        text = reading.sentence.text
        for m in THE_TAKEN_FREED.finditer(text):
            count = parse_count(m["n"])
            if (
                count.best is None
                # ("two of the three have been released": a part, told by its own count)
                or re.search(r"(?i)\bof\s+$", text[: m.start()])
                or any(
                    (f.start < m.end() and m.start() < f.end)
                    or (f.outcome == "freed" and f.best == count.best)
                    for f in reading.others
                )
            ):
                continue
            taken = [
                f
                for f in reading.others
                if f.end <= m.start() and f.outcome in ("abducted", "arrested")
            ]
            if not taken or taken[-1].best != count.best:
                continue
            end = m.end("n")
            reading.others.append(
                replace(
                    taken[-1],
                    phrase=text[m.start() : end],
                    written=text[m.start() : end],
                    count=count,
                    start=m.start(),
                    end=end,
                    outcome="freed",
                    reference=False,
                )
            )
            reading.others.sort(key=lambda f: f.start)


# a prayer's or a memorial's intention: "- For the souls of the 14 faithful …", "We pray for
# the nine people wounded …", "In memory of the six pupils killed …"
PRAYED_FOR = re.compile(
    r"(?i)(?:^[-•*–]?\s*for|\bpray(?:s|ed|ing)?\s+(?:especially\s+|also\s+)?for|"
    r"\bin\s+(?:loving\s+)?memory\s+of|\bmourn(?:s|ed|ing)?)\s+"
    r"(?:the\s+(?:souls?|repose|families)\s+of\s+)?the\s+$"
)


def _prayed_for_alone(readings: list[Reading], given: Counter) -> None:
    """A count a prayer's or a memorial's intention names with "the" ("For the souls of the 14
    parishioners killed on Tuesday", "We pray for the nine people wounded that night"), told
    nowhere else in the document, is the count's only telling: a figure (a death, or the
    wounded, abducted, … as its words say), not a back-reference.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = ("Gunmen entered the village on Tuesday. We pray for the nine people wounded "
    ...     "that night.")
    >>> readings = _readings(split_sentences(text), date(2025, 1, 2), "PAK", "Pakistan",
    ...     None, None)
    >>> [(f.best, f.outcome) for f in readings[1].others]
    [(9, 'wounded')]
    """
    for reading in readings:
        text = reading.sentence.text
        if reading.sentence.id == 0 or reading.background or "the" not in text.casefold():
            continue
        if not re.search(r"(?i)\b(?:for|memory\s+of|mourn\w*)\s+the\b", text):
            continue
        told = {(f.start, f.end) for f in [*reading.figures, *reading.others]}
        for f in find_casualty_figures(text):
            if (
                not f.reference
                or f.best is None
                or given[f.best]
                or (f.start, f.end) in told
                or not PRAYED_FOR.search(text[: f.start])
            ):
                continue
            if f.outcome == "killed":
                reading.figures.append(replace(f, reference=False))
                reading.references = [r for r in reading.references if r.start != f.start]
            else:
                reading.others.append(replace(f, reference=False))


# an item's heading, its place then its day: "• El Alcalde ranch, Apatzingán, 9 February."
# a numbered finding's heading, its place and its day in brackets: "1. Chai, Macomia district
# (11 February)" (its number read off as the item's)
_NUMBERED_DAY_HEADING = re.compile(
    r"^[A-Z][^.;:!?\d()]{1,80}\s\((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:\s+\d{4})?\)$"
)
_ITEM_HEADING = re.compile(
    r"^(?:[•▪*–-]\s*)?[A-Z][^.;:!?\d]{1,80},\s+(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})\.?$|"
    # ("Al Hudaydah – 12 February.": its place, a dash, its day, a sentence of its own)
    r"^[A-Z][^.;:!?\d–—]{1,60}?\s[–—-]\s(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\.$|"
    # a bulletin's incident heading, its place, day in figures and time: "Kalat (Mangochar),
    # 09-10-2026, 0815 hrs."
    r"^(?:[•▪*–-]\s*)?[A-Z][^.;:!?\d]{1,80},\s+\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})"
    r"(?:,?\s+(?:\d{4}\s*(?:hrs|hours|h)\b|\d{1,2}[:.]\d{2}(?:\s*(?:hrs|h)\b)?))?\.?$|"
    # a callout's heading in capitals: "KIWANJA · 16 AUGUST"
    r"^[A-Z][A-Z'’. -]{1,40}\s[·•|—–]\s\d{1,2}\s+[A-Z]{3,9}(?:\s+\d{4})?$"
)
# a count of people no figure was read from: "files for 12 disappeared workers"
_COUNT_OF_ITS_OWN = re.compile(
    r"(?i)\b(?:for|of)\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+(?<=s)\b"
)


def _identify(readings: list[Reading]) -> None:
    """ "Two people were killed. … The two dead were policemen.": who a count told before
    was, no figure of its own (the count keeps the noun it was told with); with no such count
    before ("the two martyrs are police officers" under a table the rules do not read), a
    figure."""
    for at, reading in enumerate(readings):
        for figure in [f for f in reading.figures + reading.others if f.identifies]:
            told = [
                (before, f)
                for before in readings[:at]
                for f in before.figures + before.others
                if f.best == figure.best and f.outcome == figure.outcome and not f.identifies
            ]
            if not told:
                continue
            for figures in (reading.figures, reading.others):
                figures[:] = [f for f in figures if f is not figure]


# a time before the speaker opening a sentence: "This morning", "On Tuesday", "Later,"
# a sentence that opens on what came after the ones before: "After these events …",
# "Following that, …"
_AFTER_THESE = re.compile(
    r"(?i)^\s*(?:after|following)\s+(?:these|those|this|that)\b(?:\s+(?:events?|incidents?|"
    r"attacks?|abductions?|kidnappings?|days?|weeks?))?"
)
_LATER_OPENING = re.compile(
    r"(?i)^\s*(?:this|that|the\s+next|on\s+the\s+next)\s+(?:morning|afternoon|evening|night|day)|"
    r"^\s*(?:later|today|yesterday|overnight)\b|"
    r"^\s*on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+[a-z]+)\b"
)
# how long people were held: "… and 9 journalists held since 2019"
_HELD_SINCE = re.compile(
    r"(?i)\b(?:held|detained|imprisoned|jailed|in\s+custody|in\s+captivity)\s+since\s+"
    r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?\d{4}\b"
)
# a sentence's end; a semicolon ends an order's recitals ("Considering the attack …;")
_ENDS = re.compile(r"[.!?;\"”]\s*$")
_QUOTE_MARK = re.compile(r"[“”\"]")


# a sentence that announces the quote opening the next paragraph: "X read the following
# statement.", "X said:"
_ANNOUNCES = re.compile(r"(?i)(?:\bthe\s+following(?:\s+[\w-]+){0,3}\s*[.:]|:)\s*$")


# a line of its own between a statement's announcement and its text: "Full text of the
# statement:", "BEGINNING OF COMMUNIQUÉ"
_TEXT_FOLLOWS = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:(?:full|complete|entire)\s+)?text\s+of\s+the\s+|(?:beginning|start)\s+of\s+"
    r"(?:the\s+)?)(?:statement|communiqu[eé]|declaration|press\s+release|release|text)\s*[.:]?$"
)


# who answers a question put in writing: "Starred Question No. 12 (Mr. X) and the answer laid on
# the Table by the Minister for Home:", "reply given by the Interior Minister"
_ANSWERED_BY = re.compile(
    r"(?i)\b(?:answer|reply)\s+(?:laid|given|placed|tabled|furnished|sent)\s+(?:on\s+the\s+table\s+)?"
    r"by\s+(?P<who>(?:the\s+)?[A-Z][^:;.()]{2,80}?)\s*[:.]?\s*$"
)
# the answer's line: "A. (a) The attack resulted in …", "Answer: …", "Ans. …"
_ANSWER_LINE = re.compile(r"^(?:A|Ans|Answer)\s*[.:]\s+")


def _answer_by(readings: list[Reading]) -> None:
    """The answer lines ("A. …") of a written question whose heading names who answers it
    ("… and the answer laid on the Table by the Minister for Home:") are that speaker's,
    when they name no one themselves (up to the next heading that names no answer)."""
    who = None
    for reading in readings:
        text = reading.sentence.text.strip()
        heading = _ANSWERED_BY.search(text)
        if heading:
            name = heading["who"]
            at = reading.sentence.text.find(name)
            who = Reporter(tidy(name), name, at, at + len(name))
            continue
        if who is None:
            continue
        if _ANSWER_LINE.match(text):
            if reading.reporter is None:
                reading.reporter = Reporter(who.name, who.text, -1, -1)
        elif not re.match(r"^(?:Q|Question)\s*[.:]\s+", text):
            who = None  # past the question and its answer


# a speaker's turn in a house's record (a Hansard): the Member by title then name in
# brackets, or the Honourable's name then the seat and party in brackets, before a colon
# ("The Minister for Defence (Hon. Ana Ruiz): …", "Hon. Ana Ruiz (Kalla North, UDP): …",
# "Hon. Speaker: …")
_HOUSE_TURN = re.compile(
    r"^(?:(?:The\s+)?[A-Z][^():.;“”\"]{2,120}?\s+\((?:Hon|Sen|Rt\.?\s+Hon)\.?\s+"
    r"(?P<named>[A-Z][^():;“”\"]{2,60}?)\)|"
    r"(?:Hon|Sen|Rt\.?\s+Hon)\.?\s+(?P<member>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
    r"(?:\s+\([^():;“”\"]{2,60}\))?)\s*:\s+(?=\S)"
)


def _house_turns(readings: list[Reading]) -> None:
    """The sentences of a speaker's turn in a house's record ("The Minister for Defence (Hon.
    Ana Ruiz): …" to the next turn's label, over its paragraphs) are the Member's who speaks,
    when they name no one themselves; what the presiding officer says ("Hon. Speaker: …")
    only ends the turn before."""
    who = None
    for reading in readings:
        text = reading.sentence.text.strip()
        turn = _HOUSE_TURN.match(text)
        if turn:
            name = turn["named"] or turn["member"]
            presiding = re.fullmatch(
                r"(?i)(?:deputy\s+)?(?:speaker|chair(?:man|person)?|president)", name
            )
            at = reading.sentence.text.find(name)
            who = None if presiding else Reporter(tidy(name), name, at, at + len(name))
            continue
        if who is not None and reading.reporter is None:
            reading.reporter = Reporter(who.name, who.text, -1, -1)


def _quote_after_colon(readings: list[Reading]) -> None:
    """A sentence that is one quote, right after a sentence naming a speaker and ending on a
    colon ("Resolution No. 88, to be moved by Mr. S. Rashid, MPA:" over '"This House condemns
    the blast … in which 20 worshippers were martyred …"'), is that speaker's, when it names
    no one itself."""
    for before, reading in zip(readings, readings[1:], strict=False):
        text = reading.sentence.text.strip()
        if (
            reading.reporter is None
            and before.reporter is not None
            and before.reporter.start >= 0
            and before.sentence.text.rstrip().endswith(":")
            and reading.sentence.paragraph - before.sentence.paragraph in (0, 1)
            and re.match(r"[“\"]", text)
            and re.search(r"[”\"]$", text.rstrip("."))
            and len(_QUOTE_MARK.findall(text)) == 2
        ):
            reading.reporter = Reporter(before.reporter.name, before.reporter.text, -1, -1)


def _announced(readings: list[Reading], run: list[Reading]) -> Reading | None:
    """The sentence that announces a quote opening a paragraph ("X read the following
    statement." at the end of the paragraph before it), when it names a speaker; past a line
    of its own saying the text follows ("Full text of the statement:"), the last sentence of
    the paragraph before that line that names a speaker and a statement ("X read a statement
    to journalists …")."""
    at = next(i for i, r in enumerate(readings) if r is run[0])
    if at == 0 or not re.match(r"\s*[“\"]", run[0].sentence.text):
        return None
    before = readings[at - 1]
    if (
        _TEXT_FOLLOWS.match(before.sentence.text.strip())
        and before.sentence.paragraph == run[0].sentence.paragraph - 1
    ):
        told = [
            r
            for r in readings[: at - 1]
            if r.sentence.paragraph == before.sentence.paragraph - 1
            and r.reporter is not None
            and re.search(
                r"(?i)\b(?:statement|communiqu[eé]|declaration|release)\b", r.sentence.text
            )
        ]
        return told[-1] if told else None
    if (
        before.reporter is None
        or before.sentence.paragraph != run[0].sentence.paragraph - 1
        or not _ANNOUNCES.search(before.sentence.text)
    ):
        return None
    return before


# the most sentences a quote opened by "X said:" or an announced statement runs to
_LONGEST_QUOTE = 16


def _quote_runs(readings: list[Reading]) -> list[list[Reading]]:
    """The sentences of a quote that runs over several of one paragraph (or on into the
    next, which opens with a quote mark), opening to closing (at most four, or sixteen after
    "X said:" or an announced statement)."""
    runs: list[list[Reading]] = []
    run: list[Reading] = []
    for reading in readings:
        marks = len(_QUOTE_MARK.findall(reading.sentence.text))
        if run and reading.sentence.paragraph != run[-1].sentence.paragraph:
            # a quote left open at a paragraph's end goes on when the next paragraph opens
            # with a quote mark (the press's way with a quote over several paragraphs)
            if reading.sentence.paragraph == run[-1].sentence.paragraph + 1 and re.match(
                r"\s*[“\"]", reading.sentence.text
            ):
                marks -= 1
            elif (
                reading.sentence.paragraph == run[-1].sentence.paragraph + 1
                and len(run) < _LONGEST_QUOTE
                and _announced(readings, run)
            ):
                pass  # an announced statement read out goes on to its closing mark
            else:
                run = []
        if run:
            run.append(reading)
            if marks % 2 == 1:  # closes it
                # (a speaker's turn opened with "X said: “" may run longer: a transcript's)
                opened = re.search(r":\s*[“\"]", run[0].sentence.text) or _announced(readings, run)
                if len(run) <= 4 or opened and len(run) <= _LONGEST_QUOTE:
                    runs.append(run)
                run = []
        elif marks % 2 == 1:
            run = [reading]
    return runs


# a speaker's words that are only a length of time: "the doctor says six weeks", "the nurse
# said two more days"
_SAYS_A_TIME = re.compile(
    r"(?i)\b(?:says|said)\s+(?:about\s+|at\s+least\s+)?(?:\d{1,3}|a|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+few)\s+(?:more\s+)?(?:days?|weeks?|months?)\s*[.;]?$"
)


def _is_headline(reading: Reading, n: int) -> bool:
    return _is_headline_text(reading.sentence, n) or reading.heading


def _read(
    sentence: Sentence,
    published: date,
    iso3: str,
    country: str,
    n: int,
    previous: Figure | None = None,
    body_paragraph: int = 0,
    period_end: date | None = None,
    period_start: date | None = None,
    listed: bool = False,
) -> Reading:
    text = sentence.text
    figures = find_casualty_figures(text, previous)
    figures += _split_part(text, figures, country, published)
    if RETRACTED.search(text):
        figures = []  # "(In last week's issue I wrote that one soldier had died; … I was wrong.)"
    asked = ASKED_ABOUT.match(text)
    if asked:  # "Asked about reports that 11 people had died, Dr. Murad said …": the reports'
        figures = [f for f in figures if f.start > asked.end()]
    # "between 8 and 12 civilians were killed, while the number of combatant casualties is
    # unknown": a toll not known beside one given is no further figure
    if not any(f.outcome == "killed" for f in figures):
        figures += find_unknown_tolls(text)
    actors = find_actors(text, country, published)
    reporter = find_reporter(text)
    non_state = [a.canonical for a in actors if a.actor_type in NON_STATE]
    if reporter and not non_state:
        non_state = [
            a.canonical
            for a in find_actors(reporter.text, country, published)
            if a.actor_type in NON_STATE
        ]
    if not non_state and (named := named_claimant(text)):
        non_state = [named]  # a group outside the actor list, claiming the attack
    own = NAMED_OFFICE.sub("", MEANS.sub("", LOOT.sub("", AFTER_EARLIER.sub("", text))))
    # "a convoy of passenger vehicles and goods trucks": the convoy is the target
    own = CONVOY_OF.sub("convoy", own)
    if reporter is not None and reporter.text:
        # "…, officer-in-charge of Jaraikela police station Ravi Kumar said": who speaks
        # names no target
        own = own.replace(reporter.text, "")
    if not figures:  # "returning from an operation in which five Maoists had been killed"
        own = RETURNING.sub("", own)
    # "during the raid", "in the attack": the target named before, not a new one
    topics = [
        key for key, pattern in TOPICS if re.search(pattern, BACK_REFERENCE.sub("", own), re.I)
    ]
    if _STRAY_BULLETS.search(own) and figures and all((f.best or 0) >= 2 for f in figures):
        # "2 civilians wounded by lost bullets in the market", "eight people were hit by stray
        # bullets in their homes": hit by the fight just told, where they stood no target of
        # its own (a lone bystander so hit, "our watchman", is left as he was: a diary's
        # aside, after which another story is told)
        topics = []
    # "shot dead at a checkpoint before she could reach the market": the target she was
    # making for is what the sentence is about, not where she was stopped
    aim = AIMED_AT.search(own)
    if aim:
        aimed = [key for key, pattern in TOPICS if re.search(pattern, aim.group(), re.I)]
        topics = aimed or topics
    # "dozens of attackers were also killed when the army called in air strikes": how the
    # figures came about, not an operation of its own
    response = WHEN_CLAUSE.search(own)
    if "operations" in topics and response and any(f.start < response.start() for f in figures):
        main = own[: response.start()] + own[response.end() :]
        if not re.search(dict(TOPICS)["operations"], main, re.I):
            topics.remove("operations")
    # 'Al-Shabaab's radio claimed the "operation"': a group's word for its attack, which it
    # claims, no security operation
    if "operations" in topics and CLAIMED_OPERATION.search(own):
        rest = CLAIMED_OPERATION.sub("", own)
        if not re.search(dict(TOPICS)["operations"], rest, re.I):
            topics.remove("operations")
    # "attacked the post … and 21 of the assailants were neutralised in the fighting and in air
    # strikes that followed": the response to the attack, part of it
    if "operations" in topics and FOLLOWED.search(own):
        rest = FOLLOWED.sub("", own)
        if not re.search(dict(TOPICS)["operations"], rest, re.I):
            topics.remove("operations")
    # "The CTD says it has arrested three suspects in raids on the outskirts of the city":
    # suspects arrested in raids, nobody killed or freed in them, the attack's follow-up, no
    # operation of its own
    if (
        "operations" in topics
        and figures
        and all(f.outcome == "arrested" for f in figures)
        and SUSPECTS_IN_RAIDS.search(own)
    ):
        rest = SUSPECTS_IN_RAIDS.sub("", own)
        if not re.search(dict(TOPICS)["operations"], rest, re.I):
            topics.remove("operations")
    # "a clearance operation was under way in the area": the follow-up of the attack told,
    # no operation of its own while it gives no figures
    if (
        "operations" in topics
        and (not figures or LAUNCHED.search(own))
        and FOLLOW_UP.search(own)
        and not re.search(dict(TOPICS)["operations"], FOLLOW_UP.sub("", own), re.I)
    ):
        topics.remove("operations")
    # (a form's field over the narrative, "Escort killed: 3", is a figure, no heading)
    above_body = (
        sentence.id > 0
        and sentence.paragraph < body_paragraph
        and not _ENDS.search(text)
        and not FORM_FIELD.match(text)
        # ("Victims (monitor's count): 11 civilians killed; 24 civilians injured": a record's
        # victims field above its narrative, its figures the record's, no heading)
        and not (figures and _VICTIMS_FIELD.match(text))
    )
    # ("NATIONAL SUMMARY" / "• 63 suspects arrested" / "• 9 persons released": a summary's
    # bulleted item with a count, over the body, is no heading but the report's own sum)
    summed_item = above_body and bool(figures) and listed
    heading = above_body and not summed_item
    headline = _is_headline_text(sentence, n) or heading
    places = find_places(text, iso3)
    several = bool(SEVERAL.search(ONE_DELIVERY.sub("", text)))
    lead = sentence.paragraph == max(1, body_paragraph) and several
    deaths = [f for f in figures if f.outcome == "killed"]
    return Reading(
        country=country,
        published=published,
        sentence=sentence,
        figures=[f for f in deaths if not f.reference],
        references=[f for f in deaths if f.reference],
        # ("… abducted 5 teachers. … the 5 teachers were freed": those told before, freed, a
        # new outcome of theirs)
        others=[
            f
            for f in figures
            if f.outcome != "killed" and (not f.reference or f.outcome == "freed")
        ],
        taken_references=[
            f
            for f in figures
            if f.reference
            and (
                f.outcome == "abducted"
                or f.outcome == "wounded"
                and bool(VERB_FIRST_WOUNDED.search(text[: f.start]))
                or f.outcome == "arrested"
                and _ACCUSED.fullmatch(f.noun or "")
            )
        ],
        reporter=reporter,
        dates=[d for d in find_dates(text, published) if not d.reporting],
        places=places,
        actors=actors,
        claim=find_claims(text, non_state),
        topics=topics,
        cue=bool(CUE.search(text)),
        # (a yearly report's "Between June and October, …" is its year's tally, its news)
        # ("released 51 persons … held since 2019": how long they were held, not when the
        # sentence's event was)
        background=bool(
            BACKGROUND.search(
                BETWEEN_MONTHS.sub("", _HELD_SINCE.sub("", text))
                if _yearly(period_end)
                else _HELD_SINCE.sub("", text)
            )
        )
        or _earlier_time(
            _HELD_SINCE.sub("", text),
            period_end or published,
            yearly=_yearly(period_end),
            since=period_start if period_end else None,
        ),
        summary=headline
        or summed_item
        or bool(figures and SUMMARY_OPENING.match(text))
        or (lead and (len(topics) != 1 or bool(SEPARATE.search(text))))
        or (len(topics) >= 3 and not any(p.level in SPECIFIC for p in places))
        or (bool(figures) and several and _places_together(text, places))
        # "By our tally, at least 27 people were killed in the incidents below": their sum
        or (bool(figures) and bool(LISTED_BELOW.search(text)))
        # "During the reporting period, NSAGs killed at least 12 civilians": a sitrep's total
        or (
            bool(figures)
            and bool(REPORTING_PERIOD.search(text))
            and not any(p.level in SPECIFIC for p in places)
        ),
        new_event=bool(NEW_EVENT.search(text)),
        heading=heading,
        continues=any(f.refers_back for f in figures) and previous is not None,
        # "missing after the attack": the attack already described
        back_reference=bool(
            _back_reference(own) or AFTER_THE_ATTACK.search(text) or MISSING_BACK.search(text)
        ),
    )


# hit by the fighting, not aimed at: "wounded by lost bullets", "hit by stray bullets"
_STRAY_BULLETS = re.compile(r"(?i)\bby\s+(?:a\s+)?(?:lost|stray)\s+bullets?\b")
# "its forces rescued 8 civilians … and detained 4 suspects during the operation": the
# operation the sentence itself tells, by its verbs of a rescue or a round-up
_OWN_OPERATION = re.compile(
    r"(?i)\b(?:rescued|freed|detained|arrested|apprehended|captured)\b[^.;]*?"
    r"\b(?:in\s+the\s+course\s+of|during|in)\s+the\s+operation$"
)


def _back_reference(text: str) -> bool:
    """Whether the sentence refers back to an attack or an operation told before ("in the
    attack", "during the operation"), not to the operation it tells itself ("its forces
    rescued 8 civilians … during the operation")."""
    return any(
        not (
            re.fullmatch(r"(?i)(?:in\s+the\s+course\s+of|during|in)\s+the\s+operation", m.group())
            and _OWN_OPERATION.search(text[: m.end()])
        )
        for m in BACK_REFERENCE.finditer(text)
    )


# a bulletin's numbered section heading naming its place: "2.3 Balboa: massacre",
# "2.2 Argelia (El Plateado): soldiers held by civilians"
SECTION_HEADING = re.compile(
    r"^\d+(?:\.\d+)*\.?\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
    # ("3.2 Masisi territory: Rubaya and the mining sites": the area's kind after its name)
    r"(?:\s+(?:territory|district|province|county|region|department|commune|municipality))?"
    r"(?:\s+\([^()]{1,40}\))?\s*:\s+[^.!?]{1,80}$|"
    # a report's subsection headed by a bare name, "3.3 Kitchanga" (not "2.1 Background")
    r"^\d+(?:\.\d+)+\.?\s+(?P<bare>(?!(?:Background|Introduction|Summary|Methodology|Context|"
    r"Overview|Recommendations?|Conclusions?|Annex(?:es)?|Findings|Sources|Notes|Analysis|Outlook|"
    r"Response|Needs|Access|Protection|Health|Education|Displacement|Funding|Contacts?|"
    r"Acknowledg\w+|Appendix|References|Key|General|Other|Humanitarian|Security|Political)\b)"
    r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*$|"
    # a report's numbered incident heading: "6.3 Incident of 2 May 2025 (Montepuez yard)",
    # "2.2 Attack on a bus near Kibo", "2.3 Lakeshore, 22–24 March": a subsection named by
    # an incident or dated to its day is an incident of its own, whatever place it names
    r"^\d+(?:\.\d+)+\.?\s+(?P<incident>(?:(?:Incident|Attack|Ambush|Bombing|Raid|Killing|"
    r"Abduction|Kidnapping|Shooting|Explosion|Clash)s?\b[^.!?]{1,80}|[A-Z][^.!?]{0,60}?\b\d{1,2}"
    rf"(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTH_NAMES})\b[^.!?]{{0,20}}))$|"
    # … numbered once, its place, its day and what happened: "2. Tafas - 30 July 2025:
    # abduction of a pharmacist"
    r"^\d+\.\s+(?P<told>[A-Z][^.!?:]{0,40}?\s[-–—]\s+\d{1,2}"
    rf"\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?:\s+(?i:(?:the\s+|an?\s+)?(?:abduction|kidnapping|"
    r"killing|attack|ambush|shooting|bombing|murder|explosion|raid)\b)[^.!?]{0,60})$|"
    # an alert's incident heading: "KAYA (Sanmatenga, Centre-Nord) - 12 Jan, approx. 06:30"
    # (or "IRUMU (Ituri), 4 Mar, approx. 14:00")
    # ("MAVIVI / Beni-Kasindi road (Beni territory) - …": the place, then the road it is on)
    # ("TILLIA department (Tahoua region) - attack on weekly market, 18 Jun": its kind after it)
    # ("2.3 BRIA (Haute-Kotto) — 06 NOV.": numbered as a subsection)
    r"^(?:\d+[.)]\s+|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+)?(?P<caps>[A-Z][A-Z'’-]+"
    r"(?:\s+[A-Z][A-Z'’-]+){0,2})"
    r"(?:\s+(?:department|district|province|commune|county|territory))?"
    # (not a document's title: "VISITORS' BOOK (reception desk) — typed copy, 10–16 March")
    r"(?<!BOOK)(?<!REGISTER)(?<!LOG)(?<!LEDGER)(?<!SHEET)(?<!DIARY)(?<!NOTEBOOK)(?<!JOURNAL)"
    r"(?<!RECORD)(?<!FORM)(?<!MINUTES)"
    r"(?:\s*/\s*[A-Z][^()/]{1,40}?)?\s+\([^()]{1,40}\)\s*"
    r"[-–—:,]\s+[^!?]{0,60}$|"
    # a timeline's day over what happened there: "Friday 11 April - Goronyo LGA"
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?\d{1,2}\s+"
    rf"(?:{MONTH_NAMES})(?:\s+\d{{4}})?\s+[-–—]\s+(?P<day>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}?)"
    r"(?:\s+(?:LGA|district|county|province|state|city|town|area))?$|"
    # … a column's weekday in capitals alone on its line, over the day's item: "TUESDAY"
    r"^(?P<day3>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$|"
    # … a diary's weekday in capitals, the month before the day: "MONDAY, APRIL 6 – Bambili"
    r"^(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?i:{MONTH_NAMES})\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s+[-–—]\s+"
    r"(?P<day2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$|"
    # … or its areas after commas: "NDOP, NGOKETUNJIA DEPT, NORTH-WEST REGION - 19 Nov, approx."
    r"^(?:\d+[.)]\s+)?(?P<listed>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})"
    r"(?:,\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}){1,3}\s+[-–—]\s+[^!?]{1,40}$|"
    # a report's heading naming the area of the incidents under it: "Muidumbe district" (the
    # kind in lower case: not "Mozambique Province", a group's name)
    r"^(?P<area>[A-Z][\w'’-]*(?:\s+(?:da|de|do|al|el|[A-Z][\w'’-]*)){0,3})\s+(?:district|"
    r"governorate|province|region|territory|county|state|department)$|"
    # a digest's province in capitals over its dated item: "NINEVEH 3 Mar – Sinjar district."
    r"^[A-Z][A-Z'’ -]{2,30}?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+[-–—]\s+"
    r"(?P<dated>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?:\s+[a-z]+)?\.?$"
)
# a heading in capitals naming a place, with the kind of area or what happened there after a
# dash, or a digest item opening on its place in capitals: "BANNU REGION", "LAKKI MARWAT",
# "MANZINI – bus rank shooting", "LAMU – 2 teachers were abducted …"
_CAPS_PLACE_HEADING = re.compile(
    r"^(?P<place>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}?)"
    r"(?P<kind>\s+(?:REGION|DISTRICT|PROVINCE|COUNTY|DIVISION|AREA))?"
    # (its province after a comma, in capitals too: "BANGUED, ABRA — At about 9:40 AM, …")
    r"(?P<area>(?:,\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}){1,2}(?=\s+[-–—]\s))?"
    r"(?:\s+[-–—]\s+(?P<rest>\S.*))?$"
)
# a list item's place alone, a sentence of its own: "a) Celaya.", "2.1 Gokwe." (under a
# section's heading in capitals: "MIDLANDS 4.1 Gokwe.")
_ITEM_PLACE_LINE = re.compile(
    r"^(?:[A-Z][A-Z'’ -]{2,40}\s+)?(?:[a-z]\)|\d{1,2}\.\d{1,2}\.?)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\.$"
)
# a numbered item's heading in capitals, then a dash and its sentence: "ROAD CAUCA 25 (Caloto -
# Toribio) - At 06:15 …"
_CAPS_ITEM_OPENING = re.compile(
    # (not a heading alone, "INCIDENT 2 - ARKA": a sentence in lower case after the dash)
    r"^(?!(?:INCIDENT|EVENT|ITEM|SECTION|PART)\b)"
    r"(?P<name>[A-Z][A-Z0-9'’/-]+(?:\s+[A-Z0-9][A-Z0-9'’/-]*){0,4})(?:\s+\([^()]{1,40}\))?"
    r"\s+[-–—]\s+(?=[A-Z0-9][^.!?]*?\s[a-z]{2,}\b)"
)


def _place_heading(
    text: str,
    iso3: str,
    bulleted: tuple[str, ...] = (),
    told: bool = True,
    numbered: tuple[str, ...] = (),
) -> str | None:
    """The place a heading, a list item's place line or a digest item's opening in capitals
    names, when the gazetteer knows it as a town or a district (``bulleted``: the openings of
    the document's bulleted items; ``told``: whether a figure was told before the line;
    ``numbered``: the openings of its numbered items, which open on their place as a digest's
    bullets do: "1. BANGUED, ABRA — At about 9:40 AM, gunmen fired …").

    >>> _place_heading("BANNU REGION", "PAK"), _place_heading("MARKETS", "KEN")
    ('Bannu', None)
    >>> _place_heading("a) Celaya.", "MEX"), _place_heading("MANZINI – bus rank", "SWZ")
    ('Celaya', 'Manzini')
    >>> _place_heading("LAMU – 2 teachers were taken.", "KEN", ("LAMU – 2 teachers",))
    'Lamu'
    >>> _place_heading("LAMU – 2 teachers were taken.", "KEN") is None  # a dateline
    True
    """
    found = _CAPS_PLACE_HEADING.match(text) or _ITEM_PLACE_LINE.match(text)
    if found is None:
        return None
    if found.re is _CAPS_PLACE_HEADING:
        rest = found["rest"]
        if (
            rest
            and re.search(r"[.!?][\"”]?$", rest)
            and not any(b and text.startswith(b) for b in bulleted + numbered)
        ):
            return None  # "ALGIERS - Two terrorists were …": a dateline, no digest's item
        if not rest and not found["kind"] and not told:
            return None  # "MIRANSHAH" under a letterhead: its address, before any news
    name = found["place"]
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    places = find_places(f"in {name}", iso3)
    place = next((p for p in places if p.text == name and p.level in SPECIFIC), None)
    if place is not None:
        return place.name
    if found.re is _ITEM_PLACE_LINE and NUMBERED_PLACE_ITEM.match(f"1. {name}: A"):
        # ("2.1 Mudzi.": a subsection's place the gazetteer does not know, by its name; not
        # "2.1 Background.", a heading's word)
        return name
    return None


# an alert's or a sitrep's paragraph of background: "CONTEXT: ADF attacks have …"
# a report's section heading in capitals, numbered or not: "3. WHAT WAS REPORTED"
CAPS_SECTION = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?[A-Z][A-Z ,'’&/()-]{2,60}")
CONTEXT_LABEL = re.compile(r"^(?:CONTEXT|BACKGROUND|HISTORY)\s*[:\-–]\s*", re.I)
# a clinical note's history, the patient's own account: "History: He reports …", "HISTORY: The
# patient states …", "History: Pt describes …"
_CASE_HISTORY = re.compile(
    r"(?i)^history\s*[:\-–]\s*(?:(?:he|she|they|the\s+patient|patient|pt)\s+(?:reports|states|says|"
    r"describes|gives|recounts|relates)|(?:the\s+)?patient\b)"
)
# places counted: "in the four villages", "across 12 districts" (a sum over them)
_SEVERAL_PLACES = re.compile(
    r"(?i)\b(?:in|across|at|from|over)\s+(?:the\s+|all\s+|these\s+)?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|several|various|many|\d+)\s+[a-z-]+s\b"
)
# a sentence that sums up the document's events: "Summary for the week: six killed, …",
# "Overall, by my count, the weekend left three people dead"
SUMMARY_OPENING = re.compile(
    r"(?i)^(?:(?:weekly\s+|monthly\s+)?summary\s+(?:for|of)\s+the\s+(?:week|month|period|"
    r"quarter|weekend)|overall|in\s+total|totals?|altogether|"
    # ("SUMMARY (Items 1 to 3): 1 killed, 15 injured": a schedule's sum of its items)
    r"summary(?=\s*\((?:items?|incidents?|entries|cases|paragraphs?|paras?)\s))\b"
    r"[^.;:]{0,40}?[:,]"
)
# a heading over a period's tallies: "STATISTICS, YEAR TO DATE"
# a hospital's intake over several days: "received 23 wounded patients from Kalla and Dori
# between 8 and 10 August", "admitted 40 injured people between 3 and 6 May"
_INTAKE_OVER_DAYS = re.compile(
    r"(?i)\b(?:received|admitted|treated)\s+(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+\s+"
    r"(?:[\w-]+\s+){0,2}(?:patients|people|persons|casualties)\b[^.;]{0,80}?\bbetween\s+"
    r"\d{1,2}(?:\s+[A-Z][a-z]+)?\s+and\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+"
)
# a briefing's period, or the whole country, a count is told over
_PERIOD_SCOPE = re.compile(
    r"(?i)\b(?:(?:within|during|in|over|for)\s+the\s+(?:period|week|fortnight|month|quarter)\s+"
    r"under\s+review|across\s+the\s+theatres?\s+of\s+operations?)\b|"
    # ("1,317 persons were arrested across the country in the last 24 hours": the whole country
    # over the briefing's hours or days)
    r"\b(?:across\s+the\s+(?:whole\s+)?(?:country|nation)|nationwide)\b(?=[^.;]{0,40}?\b(?:in|over|"
    r"during)\s+the\s+(?:last|past)\s+(?:\d+\s+|one\s+|two\s+|few\s+)?(?:hours|days?|weeks?)\b)|"
    # ("in the last one week, security forces arrested 37 cadres … from the valley and hill
    # districts": the briefing's days over the areas it covers)
    r"\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:one\s+|two\s+|\d+\s+)?(?:week|fortnight|month|"
    r"weeks|days)\b(?=[^.;]*?\b(?:districts|provinces|regions|states|areas|zones)\b)|"
    # ("During the month, security forces arrested 39 suspects …": the report's month)
    r"^\W{0,3}(?:during|over|within)\s+the\s+(?:past\s+|last\s+)?(?:week|fortnight|month|quarter)\s*,|"
    # ("In all, CTD arrested 19 suspects and killed 5 terrorists during the week.": the sum
    # of the week's operations, the period ending the sentence)
    r"^(?:In\s+all|In\s+total|Altogether|Overall|All\s+told)\b[^;]*\b(?:during|over|in|within)\s+"
    r"the\s+(?:week|fortnight|month|quarter|period)\s*\.?$|"
    # ("A week of strikes and raids left 2 people dead and 12 injured": the period's toll)
    r"^(?:A|The)\s+(?:week|fortnight|month)\s+of\s+[^.;,]{3,60}?\s+(?:left|killed|claimed)\b"
)
PERIOD_HEADING = re.compile(r"(?i)\b(?:year|month)[-\s]to[-\s]date\b")
# "… in July alone", "a raid … in August left dozens dead": a month named without its day
IN_MONTH = re.compile(
    r"(?i)\b(?:in|during|since|throughout)\s+(?:(?:early|mid|late)[-\s])?(?P<month>january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?!\s+\d{1,2}\b)(?:\s+(?P<year>(?:19|20)\d\d))?"
)


PLACES_LISTED = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2})*,?\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:localities|governorates|"
    r"districts|towns|villages|provinces|areas|regions|states|counties|territories|"
    r"municipalities|departments)\b"
)


def _places_together(text: str, places: list[PlaceMention]) -> bool:
    """ "attacks on villages in Al Hilaliyya and Al Hasaheisa localities": two towns named
    together, in one phrase (not "two in Quetta and three in Turbat")."""
    if PLACES_LISTED.search(text):  # "in Kalat and Mastung districts"
        return True
    specific = sorted((p for p in places if p.level in SPECIFIC), key=lambda p: p.start)
    return any(
        a.name != b.name and re.fullmatch(r"\s*(?:,|and|,\s+and)\s*", text[a.end : b.start])
        for a, b in zip(specific, specific[1:], strict=False)
    )


PAST_OPENING = re.compile(
    rf"(?i)^(?:(?:back\s+)?in\s+(?P<month>{MONTH_NAMES})(?:\s+(?P<myear>\d{{4}}))?|"
    r"in\s+(?P<year>(?:19|20)\d\d)|"
    r"last\s+(?:year|month)|(?:two|three|several|\w+)\s+(?:years|months)\s+ago|"
    r"earlier\s+this\s+year|in\s+(?:a|an)\s+(?:similar|earlier|previous)\s+\w+)\b"
)


# a time before this report's news: "last month", "since January", "since 2014"
EARLIER = re.compile(
    # ("A wave of killings that year left …": the year an earlier sentence named)
    r"(?i)\b(?:last|previous)\s+(?:month|year)\b|\b(?:that|the\s+same)\s+year\b|"
    # ("One year ago, on 28 November 2024, 34 of our neighbours were killed": an anniversary's
    # toll)
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?)\s+"
    r"ago\b|"
    rf"\blast\s+(?-i:{MONTH_NAMES})\b|"
    rf"\bsince\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES})\b|(?:19|20)\d\d\b|the\s+"
    r"(?:start|beginning)\s+of\b)"
)


DATED_ATTACK = re.compile(
    # ("has seen raids since a 2014 attack in which 21 officers were killed": "a" as "the")
    rf"(?i)\b(?:the|an?)\s+(?:(?:{MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|"
    r"massacres?|raids?|ambush(?:es)?|blasts?|killings?|clashes|riots?)\b"
)

# an earlier upheaval named by its year after it: "The Madhes movement of 2015 left more than
# 50 people dead", "the riots of 2002", "the war of 1999"
EVENT_OF_YEAR = re.compile(
    r"(?i)\b(?:movement|protests?|uprising|riots?|agitation|unrest|violence|war|conflict|"
    r"insurgency|rebellion|revolution|massacres?|crackdown|clashes|coup|crisis|attacks?|"
    r"bombings?|elections?|pogroms?)\s+of\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"
)

# a year the clause after it tells of: "This is not 2023, when ten soldiers were killed …",
# "Back in 2019, when gunmen stormed the jail, …"
YEAR_WHEN = re.compile(r"\b(?P<year>(?:19|20)\d\d),?\s+when\b")


# a picture or an item marked as from the files: "FILE PHOTO", "For background use only"
_FILE_ITEM = re.compile(
    r"\bFILE\s+(?:PICTURE|PHOTO|IMAGE|FOOTAGE)\b|\b(?i:for\s+background\s+use)\b"
)


# a heading naming what follows as background: "BACKGROUND", "5. Background", "Background
# box (cleared by legal)"
_BACKGROUND_HEADING = re.compile(
    r"(?i)^(?:\d+(?:\.\d+)*[.)]?\s+|[A-Z][.)]\s+)?(?:historical\s+)?background\b(?!\s+(?:to|of)\b)"
)


# a background heading that briefs the press on the event at hand ("BACKGROUND (for
# journalists' information)", "Background for editors"): the news itself, not the past
_PRESS_BACKGROUND = re.compile(
    r"(?i)^(?:\d+(?:\.\d+)*[.)]?\s+|[A-Z][.)]\s+)?background\s*(?:\(\s*|[:\-–—]\s*)?"
    r"(?:for|to)\s+(?:the\s+)?(?:journalists|editors|reporters|media|press|newsrooms)\b"
)


def _dates_earlier_year(text: str) -> bool:
    """A heading putting what follows years back: "THEN: 25 years ago, June 2000" (an
    archive's item; a heading with a bare year, "The events of 14 March 2023", may be the
    inquiry's very subject).

    >>> _dates_earlier_year("THEN: 25 years ago"), _dates_earlier_year("NOW: two shot dead")
    (True, False)
    """
    return bool(re.search(r"(?i)\b(?:\d+|[a-z]+)\s+years?\s+ago\b", text))


# a title's period in brackets: "Humanitarian Access Snapshot (August 2025)"
_TITLE_PERIOD = re.compile(rf"\((?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\)", re.I)
# a monthly's title ending on its month: "ITURI MONTHLY MONITOR - Edition 7 - May 2025"
_MONTHLY_TITLE = re.compile(
    rf"\bmonthly\b[^.\n]{{0,60}}?[-–—|,]\s*(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b", re.I
)


# a yearly document: "Annual General Meeting", "Annual report", "Report for the year"
_ANNUAL = re.compile(r"(?i)\bannual\s+(?:general\s+meeting|report)\b")


def _period_end(title: str, published: date, monthly: bool = False) -> date | None:
    """The last day of the month a report's title names as its period, when it is before the
    report was published ("Access Snapshot (August 2025)", issued 5 September); with
    ``monthly``, the month a monthly's title ends on ("… MONTHLY MONITOR - Edition 7 - May
    2025"), which only its sums of the attacks it tells take as their time.

    >>> _period_end("Snapshot (August 2025)", date(2025, 9, 5))
    datetime.date(2025, 8, 31)
    >>> _period_end("Report to the Annual General Meeting", date(2025, 2, 22))
    datetime.date(2024, 12, 31)
    >>> _period_end("KIVU MONTHLY MONITOR - Edition 3 - March 2025", date(2025, 4, 4)) is None
    True
    >>> _period_end("KIVU MONTHLY MONITOR - Edition 3 - March 2025", date(2025, 4, 4), True)
    datetime.date(2025, 3, 31)
    """
    ended = re.search(
        r"(?i)\byear\s+ended\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>(?:19|20)\d\d)\b",
        title,
    )
    if ended and ended["month"].casefold() in MONTHS:
        end = date(
            int(ended["year"]), MONTHS.index(ended["month"].casefold()) + 1, int(ended["day"])
        )
        return end if end < published else None
    if _ANNUAL.search(title) and published.month <= 6:
        # "Report of the Chairperson to the Annual General Meeting", held in February: the
        # year before is the year it reports on
        return date(published.year - 1, 12, 31)
    quarter = None if monthly else _quarter(title)
    if quarter:  # "Quarter 2, 2025 (April–June)", published in July: to the end of June
        return quarter[1] if quarter[1] < published else None
    match = (_MONTHLY_TITLE if monthly else _TITLE_PERIOD).search(title)
    if match is None:
        return None
    month = MONTHS.index(match["month"].casefold()) + 1
    year = int(match["year"])
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return end if end < published else None


# a quarterly report's quarter in its title: "Quarter 2, 2025", "Q3 2024", "second quarter of 2025"
_QUARTER_TITLE = re.compile(
    r"(?i)\b(?:Q(?P<q>[1-4])|quarter\s+(?P<n>[1-4])|(?P<ordinal>first|second|third|fourth)\s+"
    r"quarter)(?:\s*,\s*|\s+of\s+|\s+)(?P<year>(?:19|20)\d\d)\b"
)


def _quarter(title: str) -> tuple[date, date] | None:
    """The first and last days of the quarter a report's title names.

    >>> _quarter("PROPERTY MONITOR Quarter 2, 2025 (April–June)")
    (datetime.date(2025, 4, 1), datetime.date(2025, 6, 30))
    >>> _quarter("Results for the fourth quarter of 2024")
    (datetime.date(2024, 10, 1), datetime.date(2024, 12, 31))
    >>> _quarter("Snapshot (August 2025)") is None
    True
    """
    match = _QUARTER_TITLE.search(title)
    if match is None:
        return None
    ordinals = ("first", "second", "third", "fourth")
    q = int(match["q"] or match["n"] or ordinals.index(match["ordinal"].casefold()) + 1)
    year = int(match["year"])
    end = date(year + q // 4, q * 3 % 12 + 1, 1) - timedelta(days=1)
    return date(year, q * 3 - 2, 1), end


BETWEEN_MONTHS = re.compile(rf"(?i)\bbetween\s+(?:{_MONTH})\s+and\s+(?:{_MONTH})\b")


def _yearly(period_end: date | None) -> bool:
    """Whether a report's period is a year (its end the last day of a year, as a yearly
    report's is): what it tells of any month of that year is its news."""
    return period_end is not None and (period_end.month, period_end.day) == (12, 31)


def _earlier_time(
    text: str, published: date, yearly: bool = False, since: date | None = None
) -> bool:
    """ "In November, a bombing at the same station killed 26 people" (the article published
    in March), "more than 300 civilians have been killed since January": an earlier event
    or a running count told as background, not this report's news — unless the sentence
    also dates something in the last fortnight ("freed on Sunday")."""
    recent = any(
        (published - d.start).days <= 14 for d in find_dates(text, published) if not d.reporting
    )
    if recent:
        return False
    if EARLIER.search(text):
        return True
    # (not a person's own past in a relative clause: "a suspect, a former member of the group
    # who had surrendered in 2022, was arrested hours later")
    unpast = re.sub(r"(?i)\bwho\s+had\s+[^,;.]{0,80}", "", text)
    years = [int(y) for y in re.findall(r"\b(?:in|during|since)\s+((?:19|20)\d\d)\b", unpast)]
    # "the June 2014 Mpeketoni attack, in which over 60 people were killed", "the 2017 attack
    # on pilgrims": an attack named by its year
    years += [int(m["year"]) for m in DATED_ATTACK.finditer(text)]
    years += [int(m["year"]) for m in YEAR_WHEN.finditer(text)]
    years += [int(m["year"]) for m in EVENT_OF_YEAR.finditer(text)]
    if years and max(years) < published.year:
        return True  # "… were killed in the region in 2024" (published in 2025)
    # ("On 9 July, armed youth attacked …, in reprisal for a raid in June": a sentence dated
    # to the day at its opening tells that day's event; a month named after dates another)
    dated = re.match(rf"(?i)on\s+(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})\b", text)
    for month in [] if yearly or dated else IN_MONTH.finditer(text):  # "… in July alone"
        if month["year"] and int(month["year"]) != published.year:
            return int(month["year"]) < published.year
        if since is not None and MONTHS.index(month["month"].casefold()) + 1 >= since.month:
            continue  # "In early May …" in a report on April to June: its period, its news
        back = (published.month - MONTHS.index(month["month"].casefold()) - 1) % 12
        if back >= 1 and published.day > 3 or back >= 2:
            return True
    match = PAST_OPENING.match(text)
    if match is None:
        return False
    if match["year"]:
        return int(match["year"]) < published.year
    if match["month"]:
        month = MONTHS.index(match["month"].casefold()) + 1
        if match["myear"] and int(match["myear"]) < published.year:
            return True
        if yearly and not match["myear"]:
            return False  # "Between June and October, …" in a yearly report: its year
        if since is not None and not match["myear"] and month >= since.month:
            return False  # "In May, …" in a report on April to June: its period
        return (published.month - month) % 12 >= 2
    return True


def _is_headline_text(sentence: Sentence, n: int) -> bool:
    """The first line of several, not ending a sentence, is the headline."""
    text = sentence.text.rstrip()
    return sentence.id == 0 and n > 1 and not text.endswith((".", "”", '"'))


# a count put right against the one told before: "8 villagers were killed, not 6", "21
# people were abducted at Kucheri, not 18"
_NOT_THE_EARLIER = re.compile(r"^[^.;:]{0,60}?,\s+not\s+(?P<was>\d{1,4})\b(?!\s*(?:%|per|km))")


def _corrected_toll(reading: Reading, candidates: list[Candidate]) -> Candidate | None:
    """The latest candidate with a figure of the count a sentence's figure puts right ("8
    villagers were killed, not 6": the candidate of the 6 killed), the same outcome.

    >>> from analysis.extract.sentences import split_sentences
    >>> text = "Gunmen killed 6 villagers in Kalla on Sunday. An elder says 8 were killed, not 6."
    >>> found = extract_article(text, date(2026, 3, 1), "Somalia")
    >>> [len(c.figures) for c in found.candidates]
    [2]
    """
    for figure in [*reading.figures, *reading.others]:
        was = _NOT_THE_EARLIER.match(reading.sentence.text[figure.end :])
        if was is None:
            continue
        for candidate in reversed(candidates):
            if any(
                f.best == int(was["was"]) and f.outcome == figure.outcome
                for f in [*candidate.figures, *candidate.other_figures]
            ):
                return candidate
    return None


# the residents of a named place, speaking: "Residents of Mieze reached by phone"
_RESIDENTS_OF = re.compile(
    r"(?i)\b(?:residents|villagers|inhabitants|elders|survivors)\s+of\s+(?:the\s+village\s+of\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
)


def _place(reading: Reading, state: _State) -> None:
    """Add the sentence to the candidates it is about, starting new ones where needed.

    A sentence naming its own place joins the candidate at that place, or the candidate
    about its target that has no place yet, or starts one; a sentence naming no place
    follows its target, then an attack it refers back to ("in the attack"), then the
    sentence before it. A perpetrators' claim about the attacks as a whole ("across the
    province") goes to the article's totals.
    """
    candidates = state.candidates
    joined: list[Candidate] = []
    for ref in reading.references:
        for candidate in candidates:
            if (
                any(
                    f.best == ref.best and f.victim_group in (ref.victim_group, "unknown")
                    for f in candidate.figures
                )
                and candidate not in joined
            ):
                joined.append(candidate)
    if not joined:
        corrected = _corrected_toll(reading, candidates)
        if corrected is not None:
            # "the elder now says 8 villagers were killed, not 6": the event whose toll the
            # count puts right, wherever and whenever the correction is told
            joined.append(corrected)
    place = reading.place_key
    if not joined and place is None and reading.reporter is not None:
        # "Residents of Mieze reached by phone said four villagers had been killed": the
        # residents of a place told of before speak of its event
        home = _RESIDENTS_OF.search(reading.reporter.text)
        at = [c for c in candidates if home and c.place_key == home["name"]]
        if len(at) == 1:
            joined.append(at[0])
    to_totals = False
    # "23 of the abducted people had escaped": the victims of the latest such figure
    some_of = SOME_OF.search(reading.sentence.text)
    # (a section's place is no place of the sentence's own: "Tuesday 8 April - Sabon Birni LGA"
    # over "17 of the abducted women and children were rescued")
    own = None if place == reading.section else place
    if not joined and some_of and own is None and (reading.figures or reading.others):
        outcome = OUTCOME_OF[some_of["word"].casefold()]
        pools = [(c, c.other_figures + c.figures) for c in candidates]
        pools.append((TOTALS, state.other_totals + state.totals))
        latest = max(
            (
                (f.sentence_id, i)
                for i, (_, pool) in enumerate(pools)
                for f in pool
                if f.outcome == outcome
            ),
            default=None,
        )
        # ("17 of the abducted women and children": the event whose figure names them)
        noun = re.match(
            r"\s+(?!(?:were|was|are|is|have|had|has|and|or|in|on|at|who|from|by|to)\b)([a-z]{3,})\b",
            reading.sentence.text[some_of.end() :],
        )
        named = noun is not None and any(
            f.outcome == outcome and re.search(rf"(?i)\b{noun.group(1)}\b", f.figure_text)
            for _, pool in pools[:-1]
            for f in pool
        )
        if any(f.outcome == outcome for f in pools[-1][1]) and not named:
            latest = (0, len(pools) - 1)  # "the abducted": all of them, the article's total
        if latest is not None:
            where = pools[latest[1]][0]
            if where == TOTALS:
                to_totals = True
            else:
                joined.append(where)
    # ("One of the four was released on 26 October near the Ubari road": where people taken
    # before were let go is no new event's place; the release joins the taking, when the
    # taking's event names no place of its own)
    released = (
        bool(reading.figures + reading.others)
        and all(f.outcome == "freed" and f.refers_back for f in reading.figures + reading.others)
        and isinstance(state.last, list)
        and all(c.place_key is None for c in state.last)
    )
    if not joined and reading.continues and state.last is not None and (place is None or released):
        if state.last == TOTALS:
            to_totals = True
        else:
            joined += state.last
    if (
        not joined
        and place is None
        and (reading.figures or reading.others)
        and (len(candidates) >= 2 or _TOLD_BELOW.search(reading.sentence.text))
        and SUMMING.search(reading.sentence.text)
    ):
        to_totals = True  # "In all, 18 khwarij were sent to hell in the three engagements"
    if (
        not joined
        and not to_totals
        and place is None
        and reading.figures
        and _places_named(reading) >= 3
        and not any(c.figures or c.other_figures for c in candidates)
    ):
        # a roundup's lead, "militants attacked army camps in five towns …, killing at least
        # 21 soldiers": the sum over the towns its next paragraphs tell one by one, the
        # article's total
        to_totals = True
    if joined or to_totals:
        pass
    elif place is not None and not reading.topics and not _placed_before(place, candidates):
        last = state.last if isinstance(state.last, list) else []
        unplaced = [c for c in last if c.place_key is None and c.topic in ATTACK_TOPICS | {None}]
        if reading.back_reference and unplaced and not reading.new_event:
            joined += unplaced[:1]
        else:
            joined.append(_new(candidates, None, reading))
    elif place is not None and _placed_before(place, candidates) and not reading.new_event:
        before = _placed_before(place, candidates)
        if _another_day(before, reading, state):
            # "On 3 June, a drone struck a depot near Kassala … On 5 June, gunmen abducted three
            # drivers on the road near Kassala": the same place, another event
            joined.append(_new(candidates, None, reading))
        else:
            joined.append(before)
            if before.topic is None and reading.topics and not reading.figures:
                # "The army confirmed an attack on its base in Marte" after the group's post
                # on the raid there: the target the event had no word for yet
                before.topic = reading.topics[0]
    elif reading.topics:
        for topic in reading.topics[:2] if _two_targets(reading) else reading.topics[:1]:
            match = None
            if not reading.new_event:
                match = next(
                    (c for c in reversed(candidates) if c.topic == topic and _compatible(c, place)),
                    None,
                )
            last = state.last if isinstance(state.last, list) else []
            if (
                match is None
                and place is None
                and not reading.new_event
                and len(last) == 1
                and last[0].topic is None
                and last[0].place_key is not None
                and not _two_targets(reading)
                and THE_ATTACKER.match(reading.sentence.text)
            ):
                # "A suicide bomber killed 14 people in Mogadishu. The bomber blew himself up
                # at the Damaniyo camp": the target of the event just described, named now
                match = last[0]
                match.topic = topic
            elif (
                match is None
                and place is None
                and not reading.new_event
                and reading.back_reference
                and len(last) == 1
                and last[0].topic in ATTACK_TOPICS
                and topic in ATTACK_TOPICS
                and not _two_targets(reading)
            ):
                # "… rammed a convoy. According to the sources, the attack took place near the
                # Esha checkpost": where the attack just told happened, not another target
                match = last[0]
            elif (
                match is None
                and place is None
                and not reading.new_event
                and len(last) == 1
                and last[0].topic is None
                and topic in ATTACK_TOPICS
                and not _two_targets(reading)
                and not any(c.topic == topic for c in candidates)
                # ("On 9 August, fighters attacked a checkpoint …" after a strike of 3 August:
                # another day's attack, not the target of the one told)
                and not _another_day(last[0], reading, state)
            ):
                # "A jet bombed the village, killing 11. “The jet dropped two bombs on the
                # school compound …”": the target of the event just told, named now
                match = last[0]
                match.topic = topic
            elif (
                match is None
                and place is None
                and not reading.new_event
                and len(candidates) == 1
                and candidates[0].topic is None
                and candidates[0].place_key is None
                and state.headline_topics == [topic]
            ):
                # "Gunmen storm hotel in Mogadishu" / "Police say 9 civilians were killed" /
                # "… at the Hotel Sahafi": the one event so far is the one the headline names
                match = candidates[0]
                match.topic = topic
            joined.append(match or _new(candidates, topic, reading))
            for _ in range(_places_named(reading) - 1):
                joined.append(_new(candidates, topic, reading))
    else:
        has_figures = bool(reading.figures or reading.others)
        attacks = [c for c in reversed(candidates) if c.topic in ATTACK_TOPICS | {None}]
        if has_figures and _perpetrators(reading) and CAMPAIGN_SCOPE.search(reading.sentence.text):
            to_totals = True
        elif (
            (has_figures or reading.claim)
            and reading.back_reference
            and attacks
            and not (reading.new_event)
            # "during the attacks" after several: all of them, not the latest
            and not (len(candidates) >= 2 and PLURAL_BACK.search(reading.sentence.text))
            # (a log's note dated to a day of its own, "Tuesday 13, unit 9 was attacked …"
            # then "the 2 attackers died in the exchange of fire": that day's exchange, not
            # one of the attacks told of other days)
            and not (reading.opening_days and all(_another_day(c, reading, state) for c in attacks))
        ):
            # "… in the blast" after a shooting elsewhere: the bombing told before, not the
            # latest attack
            raid = RAID_BACK.search(reading.sentence.text)
            if raid and candidates[-1].topic == "operations":
                # "… arrested during the raid" after the forces' raid just told: that raid,
                # not the attack told before it
                attacks = [candidates[-1]]
            if MISSING_BACK.search(reading.sentence.text):
                # "the two soldiers reported missing had been found dead": the
                # attack that left people missing, not the latest one
                attacks = [
                    c for c in attacks if any(f.outcome == "missing" for f in c.other_figures)
                ] or attacks
            if BLAST_BACK.search(reading.sentence.text) and not attacks[0].bombing:
                attacks = [c for c in attacks if c.bombing] or attacks
            if REPELLED.search(reading.sentence.text):
                # "… when troops repelled the attack" after a roadside bomb elsewhere: the
                # assault on a defended post told before, not the latest attack
                attacks = [c for c in attacks if c.topic in DEFENDED] or attacks
            # (in a liveblog, the newest entry first, "the attack" an entry refers back to is
            # told below it, in older entries: the first attack the page told, the one it is
            # about, not a side event a newer entry or the summary above told since)
            joined.append(attacks[-1] if state.newest_first else attacks[0])
        elif (
            has_figures
            and state.last is not None
            and not reading.new_event
            and not (
                state.last != TOTALS and all(_another_day(c, reading, state) for c in state.last)
            )
        ):
            if state.last == TOTALS:
                to_totals = True
            elif (
                state.newest_first
                and attacks
                and not reading.topics
                and reading.sentence.paragraph != state.paragraph
            ):
                # (in a liveblog, the newest entry first, an entry naming no place of its own
                # goes on the event the page is about, the first attack it told, not on the
                # entry above it, newer; within an entry its sentences go on each other)
                joined.append(attacks[-1])
            else:
                joined += state.last
        elif (
            has_figures
            and candidates
            and not reading.new_event
            and not _another_day(candidates[-1], reading, state)
        ):
            joined.append(candidates[-1])  # more figures of the event just described
        elif has_figures or (place and reading.cue):
            joined.append(_new(candidates, None, reading))
        elif (
            reading.cue
            and reading.new_event
            and candidates
            and not reading.background
            # (dated to a day of its own, "on Sunday night (18-01-2026)", none of the events
            # before opens with)
            and any(
                d.precision == "day"
                and not d.reporting
                and not any(d.start in days for days in state.days.values())
                for d in reading.dates
            )
        ):
            # "Also on Sunday, before this incident, a wedding was attacked …": another
            # event opens, where no place the gazetteer knows is named; the figures told
            # next are its own
            joined.append(_new(candidates, None, reading))
        elif reading.claim and candidates:
            joined.append(candidates[-1])
        elif (
            reading.cue
            # (a speaker telling it, the day in what he told: "On Tuesday, two men boarded a
            # bus …, the association said" opens another story)
            and reading.reporter is not None
            and isinstance(state.last, list)
            and len(state.last) == 1
            and not reading.new_event
            and not reading.background
            and any(
                d.precision == "day" and not d.reporting and d.offset > reading.reporter.end
                for d in reading.dates
            )
            and not _another_day(state.last[0], reading, state)
        ):
            # "ISWAP killed 11 farmers in Kirawa. A leader told the paper on Thursday that
            # the insurgents stormed the village on Wednesday evening": the day of the event
            # just told, in a sentence of no figure
            joined += state.last
    if to_totals:
        state.totals += [_figure(f, reading) for f in reading.figures]
        state.other_totals += [_figure(f, reading) for f in reading.others]
        state.last = TOTALS
        return
    targets = list(dict.fromkeys(joined))
    for i, candidate in enumerate(targets):
        if reading.sentence.id not in candidate.sentence_ids:
            candidate.sentence_ids.append(reading.sentence.id)
        candidate.bombing = candidate.bombing or bool(BOMBING.search(reading.sentence.text))
        # (the paragraph's day, carried to this sentence, dates only the event it opens)
        opens = candidate.sentence_ids == [reading.sentence.id]
        state.days.setdefault(candidate.candidate_id, set()).update(
            _days(reading) if opens else _days(reading) - set(reading.opening_days)
        )
        state.named_at.setdefault(candidate.candidate_id, set()).update(
            _NAMED_AT.findall(reading.sentence.text)
        )
        if place and candidate.place_key is None:
            candidate.place_key = place
        candidate.place_mentions += reading.event_places
        if i == 0 or candidate.topic == targets[0].topic:
            # a sentence's figures go to the first candidate it is about (and its copies)
            candidate.figures += [_figure(f, reading) for f in reading.figures]
            candidate.other_figures += [_figure(f, reading) for f in reading.others]
    if targets and (
        reading.figures
        or reading.others
        or reading.cue
        or (reading.new_event and place)
        or _arson_at_opening(reading)
    ):
        state.last = targets[:1]


# "killed 20 militants in air strikes after an ambush near Mopti that left nine soldiers
# dead": the words after "after an ambush" describe an earlier event of their own
EARLIER_EVENT = re.compile(
    r"(?i)\b(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:ambush|attack|assault|"
    r"raid|bombing|blast|explosion|clash|offensive)\b"
)
CLAUSE_BREAK = re.compile(r"(?i),|;|\band\b|\bwhile\b|\bwhereas\b|\bas\s+well\s+as\b")


def _clauses(reading: Reading) -> list[Reading]:
    """One reading per event a sentence describes: the clause after "after an ambush … that
    left nine soldiers dead" (when both clauses give figures), and each clause naming its
    own town when the sentence names two ("two policemen were killed in Quetta and three
    soldiers in Turbat"); else the sentence as it is."""
    text = reading.sentence.text
    figures = reading.figures + reading.others + reading.references
    cuts: list[int] = []
    earlier = EARLIER_EVENT.search(text)
    if (
        earlier
        and any(f.start < earlier.start() for f in figures)
        and any(f.start > earlier.start() for f in figures)
    ):
        cuts.append(earlier.start())
    # "… put the toll at seven soldiers, while four terrorists were killed in the operation"
    for joint in re.finditer(r",\s+(?:while|whereas)\b", text):
        if any(f.start < joint.start() for f in figures) and any(
            f.start > joint.start() for f in figures
        ):
            cuts.append(joint.start())
    places = [p for p in reading.event_places if p.level in SPECIFIC]
    for before, place in zip(places, places[1:], strict=False):
        if place.name == before.name:
            continue
        cut = CLAUSE_BREAK.search(text, before.end, place.start)
        if cut is not None:
            cuts.append(cut.start())
    bounds = [0, *sorted(set(cuts)), len(text)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    if len(spans) < 2 or sum(any(a <= f.start < b for f in figures) for a, b in spans) < 2:
        return [reading]
    parts = []
    for a, b in spans:
        inside = [f for f in figures if a <= f.start < b]
        clause = text[a:b]
        mine = [p for p in reading.places if a <= p.start < b]
        if not inside and not mine:
            continue
        own = AFTER_EARLIER.sub("", clause)
        topics = [
            key for key, pattern in TOPICS if re.search(pattern, BACK_REFERENCE.sub("", own), re.I)
        ]
        parts.append(
            replace(
                reading,
                figures=[f for f in reading.figures if f in inside],
                references=[f for f in reading.references if f in inside],
                others=[f for f in reading.others if f in inside],
                places=mine,
                topics=topics,
                cue=bool(CUE.search(clause)) or bool(inside),
                back_reference=bool(BACK_REFERENCE.search(own)),
                new_event=bool(NEW_EVENT.search(clause)),
                span=(a, b),
            )
        )
    return parts or [reading]


SOME_OF = re.compile(
    r"(?i)\b(?:of|among)\s+the\s+(?P<word>abducted|kidnapped|hostages|wounded|injured|missing)\b"
)
OUTCOME_OF = {
    "abducted": "abducted",
    "kidnapped": "abducted",
    "hostages": "abducted",
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "missing",
}


NO_CASUALTIES = re.compile(
    r"(?i)\b(?:caused|causing|with|there\s+were)\s+no\s+(?:casualties|injuries|deaths)\b|"
    r"\bno\s+(?:one|deaths?|casualties|injuries)\s+(?:was|were|had\s+been)\s+(?:reported|hurt|"
    r"injured|killed|wounded)\b"
)
NAMED_ATTACK = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:attacks?|killings?|bombings?|"
    r"blasts?|raids?|ambush|massacre|assault)\b"
)


def _named_attack(
    reading: Reading, readings: list[Reading], candidates: list[Candidate]
) -> Candidate | None:
    """The candidate a claim names by a word of its sentences ("claimed responsibility for the
    Bara killings": the candidate whose sentences say "Bara")."""
    match = NAMED_ATTACK.search(reading.sentence.text)
    if match is None:
        return None
    name = re.compile(rf"\b{re.escape(match['name'])}\b")
    return next(
        (
            c
            for c in reversed(candidates)
            if any(name.search(readings[i].sentence.text) for i in c.sentence_ids)
        ),
        None,
    )


# the attack an arrest or a charge is linked to, by its place's name: "in connection with
# the Ohlange rank shooting", "over the Kibaoni attack"
LINKED_ATTACK = re.compile(
    r"\b(?:in\s+connection\s+with|linked\s+to|over|for)\s+the\s+(?P<name>[A-Z][\w'-]+)"
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:attacks?|killings?|shootings?|bombings?|blasts?|raids?|"
    r"ambush|massacre|murders?)\b"
)


# a summary row's count ("Martyred: 04") and a heading naming a period over it ("PERIOD
# TOTALS (11-13 MAY)", "Cumulative since January", "Year to date")
_LABELLED_ROW = re.compile(r"[A-Za-z]+\s*:\s*\d{1,5}")
_PERIOD_HEADING = re.compile(
    r"(?i)\b(?:period|cumulative|since|to\s+date|year|monthly|month|weekly|quarter)\b"
)
# an attack named by its day: "in connection with the attack of 14 November", "shortly
# before the shooting on 14 November"
_ATTACK_OF_DAY = re.compile(
    r"(?i)\bthe\s+(?:attacks?|killings?|shootings?|bombings?|blasts?|raids?|ambush|massacre|"
    r"abductions?|kidnappings?)\s+(?:of|on)\s+$"
)


def _attack_of_day(reading: Reading, state: _State) -> Candidate | None:
    """The candidate an arrest or a disappearance names by its day ("arrested in connection
    with the attack of 14 November": the candidate whose sentences open on 14 November), when
    it is not the candidate told last."""
    text = reading.sentence.text
    for mention in reading.dates:
        if mention.precision != "day" or not _ATTACK_OF_DAY.search(text[: mention.offset]):
            continue
        found = [
            c for c in state.candidates if mention.start in state.days.get(c.candidate_id, set())
        ]
        last = state.last if isinstance(state.last, list) else []
        if len(found) == 1 and found[0] not in last:
            return found[0]
    return None


# the killing an arrest is linked to, by its victim: "2 suspects in the killing of the
# barangay captain were arrested at a checkpoint in Kidapawan"
LINKED_VICTIM = re.compile(
    r"\b(?:suspects?|suspected|arrested|detained|charged|held)\s+(?:[a-z]+\s+){0,2}?in\s+"
    r"(?:connection\s+with\s+)?the\s+(?:killing|murder|shooting|assassination|abduction|"
    r"kidnapping)\s+of\s+the\s+(?P<victim>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:were|was|are|is|have|has|had|at|in|on|near|from)\b|[,.;])"
)


def _linked_victim(
    reading: Reading, readings: list[Reading], candidates: list[Candidate]
) -> Candidate | None:
    """The candidate an arrest names by the victim of its killing ("2 suspects in the
    killing of the barangay captain were arrested … in Kidapawan": the candidate whose
    sentences tell of "the barangay captain"), wherever the arrest was made."""
    match = LINKED_VICTIM.search(reading.sentence.text)
    if match is None or not candidates:
        return None
    victim = re.compile(rf"(?i)\bthe\s+{re.escape(match['victim'])}\b")
    return next(
        (
            c
            for c in reversed(candidates)
            if any(
                victim.search(readings[i].sentence.text)
                for i in c.sentence_ids
                if i != reading.sentence.id
            )
        ),
        None,
    )


def _linked_attack(
    reading: Reading, readings: list[Reading], candidates: list[Candidate]
) -> Candidate | None:
    """The candidate an arrest names by its place ("arrested … in connection with the
    Ohlange rank shooting": the candidate whose sentences say "Ohlange"), when it is not the
    candidate told last or the arrest names a place of its own."""
    match = LINKED_ATTACK.search(reading.sentence.text)
    if match is None or not candidates:
        return None
    name = re.compile(rf"\b{re.escape(match['name'])}\b")
    found = next(
        (
            c
            for c in reversed(candidates)
            if any(name.search(readings[i].sentence.text) for i in c.sentence_ids)
        ),
        None,
    )
    # (the candidate told last too, when the arrest names a place of its own: "arrested 5
    # suspects at a checkpoint on the Jalalaqsi road in connection with the Mataban attack")
    own = reading.place_key is not None and reading.place_key != found.place_key if found else False
    return found if found is not candidates[-1] or own else None


# a toll "in the fighting", "in the clashes": the fight the article told (no place of its own)
_IN_THE_FIGHTING = re.compile(
    r"(?i)\b(?:in|during)\s+the\s+(?:fighting|clashes|battle|combat|exchange\s+of\s+fire|"
    r"gunfight|gun\s+battle)\b"
)
_FIGHT_TOLD = re.compile(
    r"(?i)\b(?:fought|(?:the|heavy|fierce|intense)\s+fighting|fighting\s+(?:between|with|around|"
    r"near)|clash(?:es|ed)?|battle|combat|exchange\s+of\s+fire|gunfight|gun\s+battle)\b"
)


def _fighting_told(
    reading: Reading, readings: list[Reading], candidates: list[Candidate]
) -> Candidate | None:
    """The candidate a toll "in the fighting" is of ("Their radio said 30 terrorists were
    killed in the fighting."): the latest candidate whose sentences tell a fight, when the
    candidate told last tells none (a bombing told in between) and the sentence names no
    place of its own."""
    if (
        reading.place_key is not None
        or not candidates
        or not _IN_THE_FIGHTING.search(reading.sentence.text)
    ):
        return None

    def fought(candidate: Candidate) -> bool:
        # (in the paragraphs of its sentences: "… we fought them for a day and a night near
        # the bridge. We lost four comrades …")
        paragraphs = {readings[i].sentence.paragraph for i in candidate.sentence_ids}
        return any(
            _FIGHT_TOLD.search(r.sentence.text)
            for r in readings
            if r.sentence.paragraph in paragraphs
            and r.sentence.paragraph != reading.sentence.paragraph
        )

    last = candidates[-1]
    if fought(last) or any(
        readings[i].sentence.paragraph == reading.sentence.paragraph for i in last.sentence_ids
    ):
        return None  # (the fight told last, or in the toll's own paragraph)
    return next((c for c in reversed(candidates[:-1]) if fought(c)), None)


def _days(reading: Reading) -> set[date]:
    """The day a sentence opens with ("On 11 May, …", as sitreps and roundups date each
    event), not a date said in passing ("burials carried out on 22 June")."""
    text = reading.sentence.text
    return (
        set(reading.opening_days)
        | _entry_day(text, reading.published)
        | {
            d.start
            for d in reading.dates
            if d.precision == "day"
            and d.start == d.end
            # ("On the night of 11 November, …": the part of the day first)
            and re.fullmatch(
                # ("The indictment alleges that on or about April 20, …": the day opening the
                # clause said)
                r"(?i)(?:[^,;:.]{0,60}?\b(?:alleges|alleged|says|said|states|stated|reports|reported)"
                r"\s+that\s+)?"
                # ('Fr. Paul said: "And on Wednesday, …"': a speaker's turn opening on its day)
                r"(?:[^,;:\"]{1,60}?\bsaid:\s+\")?(?:and\s+)?"
                r"(?:late\s+|early\s+)?on\s+(?:or\s+about\s+)?"
                r"(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?"
                # ("On Friday 14 November, …": the weekday before the day)
                r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?",
                text[: d.offset],
            )
        }
    )


# a log's or a notebook's entry opened by its day in figures, day first, and a colon: "14/02:
# …", "19/2: …" (the year the document's, or the year before for a day after it)
_ENTRY_DAY = re.compile(r"(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>(?:19|20)?\d\d))?\s*:\s")
# a log's note opened by its weekday and the day of the month alone, no month: "Tuesday 13,
# unit 9 was attacked …", "Thursday 15 the police announced …" (the month the latest such day's
# on or before the document's day, when the weekday fits it)
_ENTRY_WEEKDAY = re.compile(
    r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?P<day>\d{1,2})(?:,\s+|\s+(?=the\s))"
)

# a paragraph opened by a label of its own, no day's: "Summary for the month: …", "Stock note
# 16/02: …" (the log's entries before it are over)
_SECTION_LABEL = re.compile(r"[A-Z][\w'’]*(?:\s+[\w'’]+){0,5}(?:\s+\d{1,2}/\d{1,2})?:\s")


# a name put after "at", "in" or "near", whether the gazetteer knows it or not
_NAMED_AT = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?([A-Z][a-zà-ÿ'’-]{3,})\b")


def _entry_day(text: str, published: date | None) -> set[date]:
    """The day a log's entry opens with ("14/02: The association said …"), as a set.

    >>> _entry_day("14/02: Gunmen kidnapped four drivers.", date(2025, 2, 20))
    {datetime.date(2025, 2, 14)}
    >>> _entry_day("14/02: Gunmen kidnapped four drivers.", None)
    set()
    """
    if published is None:
        return set()
    weekday = _ENTRY_WEEKDAY.match(text)
    if weekday is not None:
        return _weekday_of_month(weekday, published)
    found = _ENTRY_DAY.match(text)
    if found is None:
        return set()
    given, month, number = found["year"], int(found["month"]), int(found["day"])
    year = int(given) if given else published.year
    year += 2000 if year < 100 else 0
    try:
        day = date(year, month, number)
    except ValueError:
        return set()  # ("02/14: …": no day first)
    if not given and day > published:
        try:
            day = day.replace(year=year - 1)
        except ValueError:
            return set()
    return {day}


def _weekday_of_month(found: re.Match, published: date) -> set[date]:
    """The day "Tuesday 13" names: the latest 13th on or before ``published`` (this month's or
    the month before), when it is a Tuesday; else none.

    >>> _weekday_of_month(_ENTRY_WEEKDAY.match("Tuesday 13, a van was hit"), date(2025, 5, 16))
    {datetime.date(2025, 5, 13)}
    >>> _weekday_of_month(_ENTRY_WEEKDAY.match("Friday 13, a van was hit"), date(2025, 5, 16))
    set()
    """
    number = int(found["day"])
    year, month = published.year, published.month
    for _ in range(2):
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day <= published:
            names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
            return {day} if names[day.weekday()] == found["weekday"] else set()
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return set()


def _another_day(candidate: Candidate, reading: Reading, state: _State) -> bool:
    """ "On 4 May, NSAGs attacked Kumbo … On 11 May, 30 passengers were abducted": a
    sentence dated to a day none of the candidate's sentences gives tells another event."""
    mine, theirs = _days(reading), state.days.get(candidate.candidate_id, set())
    if (
        mine
        and _entry_day(reading.sentence.text, reading.published)
        and set(_NAMED_AT.findall(reading.sentence.text))
        & state.named_at.get(candidate.candidate_id, set())
    ):
        # ("17/02: … the army post at Mondoro was attacked" then "18/02: … JNIM claims 30
        # soldiers killed at Mondoro": a log's next entry on the place of the event before)
        return False
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _placed_before(place: str, candidates: list[Candidate]) -> Candidate | None:
    """The latest candidate at this place."""
    return next((c for c in reversed(candidates) if c.place_key == place), None)


def _perpetrators(reading: Reading) -> bool:
    """The figures are the perpetrators' own: their statement, their spokesman, "its fighters"."""
    if reading.issuer_kind == "group":
        return True
    if reading.claim is not None and reading.claim.own_figures:
        return True
    if (
        reading.reporter is not None
        and any(a.actor_type in NON_STATE for a in reading.actors_of(reading.reporter.text))
        # a local guard's leader (the Civilian JTF, vigilantes) tells the attack's victims,
        # not his own men's work: "its fighters" below says when he does
        and not re.search(rf"(?i)\b{LOCAL_GUARD}", reading.reporter.text)
        # (nor the leader of a force that fights beside the state: "the leader of a VDP unit")
        and not STATE_AUXILIARY.search(reading.reporter.text)
    ):
        return True
    state = reading.reporter is not None and STATE_SPEAKER.search(reading.reporter.text)
    state = state or (reading.issuer_kind == "official")
    return _names_own_fighters(reading.sentence.text) and not state


@functools.lru_cache(maxsize=256)
def _names_own_fighters(text: str) -> bool:
    """Whether a sentence speaks of "its fighters", "our men" (:data:`OWN_FIGHTERS`), read
    once for all its readings."""
    return bool(OWN_FIGHTERS.search(text))


def _places_named(reading: Reading) -> int:
    """ "in two southern coastal towns": one event per town (1 when no such phrase)."""
    match = re.search(
        r"\bin\s+(?P<n>two|three|four|five)\s+(?:[a-z]+\s+){0,3}"
        r"(?:towns|districts|cities|villages|places|areas)\b",
        reading.sentence.text,
    )
    return ("two", "three", "four", "five").index(match["n"]) + 2 if match else 1


def _two_targets(reading: Reading) -> bool:
    """ "blasts on a rail bridge …, as well as on a rail link": one event per target."""
    return bool(re.search(r"\bas\s+well\s+as\s+on\b|\band\s+another\s+on\b", reading.sentence.text))


def _compatible(candidate: Candidate, place: str | None) -> bool:
    return place is None or candidate.place_key is None or candidate.place_key == place


def _new(candidates: list[Candidate], topic: str | None, reading: Reading) -> Candidate:
    candidate = Candidate(f"C{len(candidates) + 1:02d}", topic, [reading.sentence.id])
    candidates.append(candidate)
    return candidate


# a report's own monitors or teams, what they documented, or when they recorded it
_OUR_MONITORS = re.compile(
    r"(?i)(?:according\s+to\s+)?(?:(?:the\s+)?(?:cases|data|figures|records|incidents|reports|"
    r"information)\s+(?:documented|recorded|collected|compiled|verified|gathered)\s+by\s+|"
    r"(?:over|during|in|on|within)\s+(?:the\s+)?(?:same\s+)?[^,;]{1,30}?,?\s+)"
    # (not a bare "Our researchers" or "our field team": named as who counted, they report)
    r"our\s+(?:monitors|teams?|staff|enumerators)$"
)


def _reporter_name(reading: Reading) -> str | None:
    """The sentence's reporter (else the text's issuer); a claimant speaking for itself by
    its canonical name."""
    if reading.reporter is None:
        return reading.issuer
    if (
        reading.issuer
        and re.match(r"(?i)(?:according\s+to\s+)?our\b", reading.reporter.text)
        # ("Our client Mr. Ali Musa, a driver, states that …": a person the author names
        # speaks for himself)
        and not re.match(
            # ("according to our Temeke district chairman, Mr. Said Kimbau": an office of
            # the author's by where and what, then the person's name after a comma)
            r"(?i)(?:according\s+to\s+)?our\s+(?!(?:own|staff|correspondents?|reporters?|team)\b)"
            r"(?:[a-z]+\s+){0,3}[a-z]+,?\s+"
            r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z][a-z]+\s+[A-Z])",
            reading.reporter.text,
        )
    ):
        return reading.issuer  # "according to our tally of …": the document's author
    if _OUR_MONITORS.match(reading.reporter.text.strip()):
        # "according to cases documented by our monitors", "Over the same days our teams
        # recorded …": the report's own fieldwork, its own voice (its issuer, if named)
        return reading.issuer
    if (
        reading.issuer
        and reading.issuer_kind in ("civil", "group")
        and re.fullmatch(
            r"(?i)(?:according\s+to\s+)?the\s+(?:party|movement|organi[sz]ation|association|"
            r"union|alliance|coalition|network)",
            reading.reporter.text.strip(),
        )
    ):
        # "the party has confirmed that …" in the party's own statement: its own voice
        return reading.issuer
    spoken = reading.reporter.text.strip()
    when = _WHEN_SPOKEN.sub("", spoken)
    own = (
        re.fullmatch(r"(?i)the\s+(?P<noun>[a-z]+)", when)
        if reading.issuer and reading.issuer_kind in ("civil", "group") and when != spoken
        else None
    )
    if own and re.search(rf"(?i)\b{own['noun']}\b", reading.issuer):
        # "Since January the network has recorded …" in the Peace Watch Network's report: its
        # own voice, by the word of its name, after when it counted
        return reading.issuer
    if reading.issuer and re.match(r"I\s", reading.reporter.text):
        # "I got there the next morning and counted 17 bodies": the poster, in his own words
        return reading.issuer
    own = [a for a in reading.actors_of(reading.reporter.text) if a.actor_type in NON_STATE]
    if reading.claim is not None and own and own[0].canonical == reading.claim.claimant:
        # the canonical name, with the short form the text used: "Tehrik-i-Taliban Pakistan (TTP)"
        short = _short_form(reading.claim.claimant, reading.reporter.text)
        if short:
            return f"{reading.claim.claimant} ({short})"
        # the text's own words where the canonical name lacks them ("Islamic State Sahel
        # Province", "the CSP-DPA's strategic framework" for their canonical names)
        said = reading.reporter.name
        canonical = set(re.findall(r"\w+", reading.claim.claimant.lower()))
        if said and not set(re.findall(r"\w+", said.lower())) <= canonical:
            return f"{reading.claim.claimant} ({said})"
        return reading.claim.claimant
    return reading.reporter.name


def _short_form(claimant: str, text: str) -> str | None:
    """The short form of ``claimant`` that ``text`` uses, if any: an upper-case word that
    the actor table resolves to the same actor ("MAY 28 - JNIM said" gives JNIM, not MAY).

    >>> _short_form("Jamaat Nusrat al-Islam wal-Muslimin", "A spokesman for the group JNIM")
    'JNIM'
    >>> _short_form("Jamaat Nusrat al-Islam wal-Muslimin", "MAY 28 - the group said") is None
    True
    """
    for word in re.findall(r"\b[A-Z]{2,6}(?:-[A-Z]{2,6})?\b", text):
        if word not in claimant.split() and any(a.canonical == claimant for a in find_actors(word)):
            return word
    return None


# a contrasting clause that opens on its own speaker: ", while the press reported …"
_WHILE_CLAUSE = re.compile(r"(?i),\s+(?:while|whereas)\s+")


# people named by whose they are, after the noun: "40 members of the "regime's army"", "six
# persons from the cell responsible for the blast"
_PERSONS_OF_NOUNS = ("members", "member", "men", "persons", "people", "elements", "individuals")
_OF_THE_FORCES = re.compile(
    r"^\s+of\s+(?:the\s+)?[\"“']?(?:[\w-]+(?:'s|’s)\s+)?(?:army|military|armed\s+forces|"
    r"security\s+forces|police|gendarmerie)\b(?!\s+of\b)"
)
_OF_THE_CELL = re.compile(
    r"^\s+(?:of|from)\s+(?:the|a|an)\s+(?:terrorist\s+|armed\s+|criminal\s+|sleeper\s+)?"
    r"(?:cell|gang)\b"
)


def _figure(figure: Figure, reading: Reading) -> CandidateFigure:
    offset = reading.sentence.start
    reporter = _reporter_name(reading)
    clauses = clause_reporters(reading.sentence.text) if reading.reporter is not None else []
    if clauses and reading.reporter.start >= 0:
        # "The army said 12 soldiers died, while police said 15": each clause's own reporter
        reporter = next(r.name for at, r in reversed(clauses) if at <= figure.start)
    elif (
        reading.reporter is not None
        and reading.reporter.start > figure.start
        and any(
            figure.end <= m.start() and m.start() <= reading.reporter.start <= m.end()
            for m in _WHILE_CLAUSE.finditer(reading.sentence.text)
        )
    ):
        # "… resulting in the death of two protesters, while sections of the press have
        # reported that eleven died": the speaker of the clause after "while" gives only its
        # own figures; those before it are the text's (its issuer's, if any)
        reporter = reading.issuer
    if reading.reporter is None:
        # "…, killing two children; the district hospital has reported three dead": a clause
        # after a semicolon that names its speaker gives its own figures to that speaker
        later = semicolon_reporters(reading.sentence.text)
        reporter = next((r.name for at, r in reversed(later) if at <= figure.start), reporter)
        its = reporter is not None and re.fullmatch(
            r"(?i)(?:its|their)\s+(?P<title>[a-z][\w\s-]{2,40})", reporter
        )
        whose = its and (_claiming_body(reading.sentence) or _opening_body(reading.sentence))
        if whose:
            # "Islamic State claimed the raid; its weekly said it had killed nine …": "its"
            # is the body the sentence opened on
            reporter = f"{whose[0]} {its['title']}"
    perpetrator = _perpetrators(reading)
    if perpetrator and reading.claim is not None and reporter is None:
        reporter = reading.claim.claimant
        short = re.search(r"\((?P<short>[A-Z]{2,6})\)", reading.sentence.text)
        short = short["short"] if short else _short_form(reporter, reading.sentence.text)
        if short and short not in re.findall(r"[\w-]+", reporter):
            reporter += f" ({short})"  # the short form the text gives

    group = figure.victim_group
    # "dozens of our recruits", "two of our soldiers": a noun that names the forces says whose
    # they are; "our brothers", "our men", "our fighters" are read from the speaker
    own_noun = group == "security_forces" and figure.noun.casefold() not in (
        "personnel",
        "men",
        "members",
        "comrades",
        "colleagues",
        "fighters",
    )
    if (
        reading.issuer_kind == "group"
        and reading.reporter is None
        and figure.noun.casefold() in ("brothers", "brother", "mujahideen", "mujahidin", "mujahid")
    ):
        # "Four of the brothers attained martyrdom" in a group's own post: its own fighters,
        # as "our brothers" are ("and one brother was wounded": one of them)
        group = "militants"
    speaker = reading.reporter.text if reading.reporter else (reading.issuer or "")
    if (
        figure.ours
        and not own_noun
        # ("four of his men", a unit's leader speaking: his side, when it is the state's)
        and not (
            # (its own words, or those of the count it takes up: "and seven others")
            _HIS_MEN.search(reading.sentence.text[: figure.end])
            and not (
                reading.reporter is not None
                and _COMMANDING.search(speaker)
                and _STATE_UNIT.search(speaker)
                # (not a self-defence group's leader: "a local self-defence leader")
                and not re.search(rf"(?i)\b{LOCAL_GUARD}", speaker)
                and not NON_STATE_FORCE.search(speaker)
                and not perpetrator
            )
        )
    ):  # "three of our brothers", "two of their men": the speaker's side
        if perpetrator:
            group = "militants"
        elif (
            STATE_SPEAKER.search(speaker) or _STATE_MEN_SPEAKING.match(speaker)
        ) and not NON_STATE_FORCE.search(speaker):
            group = "security_forces"
        elif group == UNKNOWN_GROUP and _civil_body_members(figure, speaker):
            # "The union said 57 of its members had been hurt", "the residents' association
            # said five of its members were killed": a civil body's own members are civilians
            group = "civilians"
        elif NON_STATE_SPEAKER.search(speaker) or NON_STATE_FORCE.search(speaker):
            group = "militants"
        elif (
            reading.reporter is None
            and reading.issuer_kind in ("civil", None)
            and group == UNKNOWN_GROUP
            and figure.noun.casefold() in ("members", "member", "players", "affiliates")
        ):
            # "We lost three of our members" in a traders' association's statement: a civil
            # body's own members are civilians ("seven of our people" says no more than people)
            # (and in a ledger or minutes that name no issuer: "Two of our members were killed"
            # in a cooperative's harvest ledger; an armed group's statement or an official
            # release says whose they are)
            group = "civilians"
    if (
        group == "militants"
        and any(
            # its own noun, or the noun an elided count takes ("and four wounded")
            figure.start <= m.start() < figure.end or (not figure.noun and m.end() <= figure.start)
            for m in _UNIT_FIGHTERS.finditer(reading.sentence.text)
        )
        and reading.reporter is not None
        and STATE_AUXILIARY.search(speaker)
        and not NON_STATE_FORCE.search(speaker)
        and not perpetrator
    ):
        # "six fighters from the brigade holding the post", told by a PMF commander: the
        # men of a unit of the force he speaks for
        group = "security_forces"
    if figure.enemy:  # "the losses of the enemy reached 49": the other side of the speaker
        speaker = reading.reporter.text if reading.reporter else (reading.issuer or "")
        if perpetrator or reading.issuer_kind == "group":
            group = "security_forces"
        elif STATE_SPEAKER.search(speaker) and not NON_STATE_FORCE.search(speaker):
            group = "militants"
        elif NON_STATE_SPEAKER.search(speaker) or NON_STATE_FORCE.search(speaker):
            group = "security_forces"
    if (
        group == UNKNOWN_GROUP
        and reading.reporter is not None
        and not perpetrator
        and _civil_body_members(figure, speaker)
    ):
        # "The cooperative's president said that three members were shot dead": the members
        # a civil body's speaker counts are its own, civilians
        group = "civilians"
    if group == UNKNOWN_GROUP and (
        figure.noun.casefold() in ("members", "member", "men")
        # ("killed six ADF": the group's name as the noun of its men)
        or (figure.noun.isupper() and len(figure.noun) > 1)
    ):
        # "25 Taliban members": the members of the actor they are named by (in the country
        # and day: the Taliban in Afghanistan since August 2021 are its state forces)
        kinds = {a.actor_type for a in reading.actors_of(figure.text)}
        if kinds == {"state forces"}:
            group = "security_forces"
        elif kinds and kinds <= NON_STATE:
            group = "militants"
    if group == UNKNOWN_GROUP and figure.noun.casefold() in _PERSONS_OF_NOUNS:
        after = reading.sentence.text[figure.end :]
        if _OF_THE_FORCES.match(after):
            group = "security_forces"  # "40 members of the 'regime's army'"
        elif _OF_THE_CELL.match(after):
            group = "militants"  # "6 persons from the cell responsible for the explosion"
    return CandidateFigure(
        victim_group=group,
        fatalities=figure.phrase,
        low=figure.count.low,
        best=figure.count.best,
        high=figure.count.high,
        qualifier=figure.count.qualifier,
        reported_by=reporter,
        perpetrator_claim=perpetrator,
        sentence_id=reading.sentence.id,
        figure_text=figure.text,
        start=offset + figure.start,
        end=offset + figure.end,
        outcome=figure.outcome,
    )


def _fill(
    candidate: Candidate,
    readings: list[Reading],
    window: tuple[date, date],
    country: str,
    iso3: str,
    article_claims: list[tuple[Reading, Claim]],
    liveblog: bool = False,
) -> None:
    """Dates, place, actors, claim, type and notes of a candidate from its sentences."""
    mine = [readings[i] for i in sorted(candidate.sentence_ids)]
    candidate.sentence_ids = [r.sentence.id for r in mine]
    _dates(candidate, mine, window)
    _where(candidate, mine, readings, country, iso3)
    _claim(candidate, mine, article_claims)
    _actors_and_type(candidate, mine)
    _deduplicate_totals(candidate, mine)
    _the_rest(candidate, mine)
    # ("One of the wounded died" beside "now says 4": what took the toll from the three it
    # replaces; told apart before the three goes)
    _without_increments(candidate)
    _superseded(candidate, mine, liveblog, readings)
    _own_earlier_count(candidate, mine)
    _own_present_count(candidate, mine)
    _without_increments(candidate)
    said = {r.sentence.id: r.sentence.text for r in mine}
    _without_kin(candidate, said)
    _without_one_of_later(candidate, said)
    _without_part_of_our_count(candidate, said)
    own = next((r.issuer for r in mine if r.issuer_kind == "civil"), None)
    candidate.figures = _without_repeats(candidate.figures, candidate, own)
    candidate.other_figures = _without_repeats(candidate.other_figures, candidate, own)
    reporters = [_reporter_name(r) for r in mine if r.reporter or r.issuer]
    if candidate.claim_only and candidate.claimed_by:
        reporters = [candidate.claimed_by]
    candidate.reported_by = list(dict.fromkeys(reporters))
    for reading in mine:
        zero = NO_CASUALTIES.search(reading.sentence.text)
        if zero:  # not a figure: the labels and the reconciler count people, not zeros
            candidate.remarks.append(f'the text reports none: "{zero.group()}"')
    candidate.notes = " ".join(r.sentence.text for r in mine)
    if candidate.remarks:
        candidate.notes += " [extraction: " + "; ".join(candidate.remarks) + "]"


# "two further bodies", "three more dead", "four additional corpses": what adds to a count
_INCREMENT = re.compile(r"(?i)\b(?:further|more|additional)\s+(?:bodies|corpses|dead)\b")
# "two of the wounded" who died: the wounded who became dead, added to the count by whoever
# tells the toll they make
_OF_THE_WOUNDED = re.compile(r"(?i)\bof\s+(?:the|those)\s+(?:wounded|injured)\b")


# "Three of the dead were Taliban guards and the rest were civilians": a toll told before,
# split whole into two groups
THE_REST = re.compile(
    r"(?i)\b(?P<n>[\w-]+)\s+of\s+the\s+(?:dead|killed|victims|deceased|fatalities)\s+"
    r"(?:were|was)\s+(?P<x>[^,;.]{2,60}?),?\s+(?:and|while|with)\s+the\s+"
    r"(?:rest|others|remainder|remaining\s+ones?)\s+(?:were|being)\s+(?P<y>[^,;.]{2,60}?)"
    r"(?=[,;.]|\s+(?:he|she|they|it|police|officials)\s+(?:said|added)|$)"
)


def _group_of(words: str, country: str, published: date | None) -> str:
    """The victim group of a phrase naming who some of the dead were ("Taliban guards",
    "civilians", "members of the police"): a state force or armed group it names (in the
    country and day: the Taliban in Afghanistan since August 2021 are state forces), else
    its last victim noun.

    >>> _group_of("Taliban guards", "Afghanistan", date(2025, 11, 20))
    'security_forces'
    >>> _group_of("civilians", "Afghanistan", date(2025, 11, 20))
    'civilians'
    """
    actors = find_actors(words, country, published)
    if any(a.actor_type == "state forces" for a in actors):
        return "security_forces"
    if any(a.actor_type in NON_STATE for a in actors):
        return "militants"
    nouns = re.findall(r"[a-z][\w-]*", words.casefold())
    return next((VICTIM_NOUNS[n] for n in reversed(nouns) if n in VICTIM_NOUNS), UNKNOWN_GROUP)


def _split_part(
    text: str, figures: list[Figure], country: str, published: date | None
) -> list[Figure]:
    """ "Three of the dead were Taliban guards and the rest were civilians": the first part
    of a toll split whole into two groups, a figure of its group (the rest is worked out
    from the toll told before: :func:`_the_rest`).

    >>> [(f.best, f.victim_group) for f in _split_part("Three of the dead were policemen and "
    ...     "the rest were civilians, he said.", [], "Pakistan", None)]
    [(3, 'security_forces')]
    """
    match = THE_REST.search(text)
    if match is None or any(f.start <= match.start() < f.end for f in figures):
        return []
    count = parse_count(match["n"])
    first, rest = (_group_of(match[g], country, published) for g in ("x", "y"))
    if count.best is None or UNKNOWN_GROUP in (first, rest) or first == rest:
        return []
    return [
        Figure(
            match["n"],
            match["x"],
            first,
            count,
            match.start(),
            match.end("x"),
            written=text[match.start() : match.end("x")],
        )
    ]


def _the_rest(candidate: Candidate, mine: list[Reading]) -> None:
    """The toll the candidate told before a split of it ("at least nine people … Three of the
    dead were Taliban guards and the rest were civilians") is its parts: the first part's
    group, and the rest (the toll less the first part) of the other group; the toll of no
    group gives way to them, so the same dead are not counted twice.

    >>> def f(text, best, sid, group="unknown"):
    ...     return CandidateFigure(group, str(best), best, best, best, "exact", "police",
    ...         False, sid, text, 0, 1)
    >>> from analysis.extract.sentences import Sentence
    >>> said = "Three of the dead were policemen and the rest were civilians."
    >>> reading = _read(Sentence(2, 1, 0, len(said), said), date(2024, 8, 26), "PAK",
    ...     "Pakistan", 3)
    >>> c = Candidate("C01", None, sentence_ids=[1, 2], figures=[f("nine people", 9, 1),
    ...     f("Three of the dead were policemen", 3, 2, "security_forces")])
    >>> _the_rest(c, [reading])
    >>> [(x.best, x.victim_group) for x in c.figures]
    [(3, 'security_forces'), (6, 'civilians')]
    """
    for reading in mine:
        match = THE_REST.search(reading.sentence.text)
        part = next(
            (
                f
                for f in candidate.figures
                if f.sentence_id == reading.sentence.id
                and match is not None
                and f.figure_text == reading.sentence.text[match.start() : match.end("x")]
            ),
            None,
        )
        if part is None or part.best is None:
            continue
        whole = next(
            (
                f
                for f in reversed(candidate.figures)
                if f.sentence_id < part.sentence_id
                and f.outcome == "killed"
                and f.victim_group == UNKNOWN_GROUP
                and not f.perpetrator_claim
                and f.best is not None
                and f.best > part.best
            ),
            None,
        )
        if whole is None:
            continue
        group = _group_of(match["y"], reading.country, reading.published)

        def less(value: int | None, taken: int = part.best) -> int | None:
            return None if value is None else max(value - taken, 0)

        left = less(whole.best)
        rest = replace(
            part,
            victim_group=group,
            fatalities=f"at least {left}" if whole.qualifier == "at_least" else str(left),
            low=less(whole.low),
            best=left,
            high=less(whole.high),
            qualifier=whole.qualifier,
            figure_text=reading.sentence.text[match.start("y") - 0 : match.end("y")],
            start=reading.sentence.start + match.start("y"),
            end=reading.sentence.start + match.end("y"),
        )
        at = candidate.figures.index(part) + 1
        candidate.figures.insert(at, rest)
        candidate.figures.remove(whole)
        candidate.remarks.append(
            f'"{whole.figure_text}" split into {part.best} {part.victim_group} and the rest '
            f"({rest.best}) {group}, so not a further figure"
        )


def _without_increments(candidate: Candidate) -> None:
    """ "The hospital received nine bodies … two further bodies were recovered later", when the
    candidate also tells the eleven dead: the further bodies are the rest of that toll (what
    brings the nine to the eleven), not deaths of their own; so are "two of the wounded" who
    died, when whoever tells them tells the toll they make.

    >>> def f(text, best, sid):
    ...     return CandidateFigure("unknown", str(best), best, best, best, "exact", None,
    ...         False, sid, text, 0, 1)
    >>> c = Candidate("C01", None, figures=[f("eleven villagers", 11, 1),
    ...     f("nine bodies", 9, 2), f("two further bodies", 2, 3)])
    >>> _without_increments(c)
    >>> [x.figure_text for x in c.figures]
    ['eleven villagers', 'nine bodies']
    """
    deaths = [f for f in candidate.figures if f.outcome == "killed" and f.best is not None]
    for more in deaths:
        wounded = bool(_OF_THE_WOUNDED.search(more.figure_text))
        if not (wounded or _INCREMENT.search(more.figure_text)) or more.perpetrator_claim:
            continue
        base = next(
            (
                f
                for f in deaths
                if f is not more
                and f.sentence_id <= more.sentence_id
                and any(
                    t.best == f.best + more.best  # type: ignore[operator]
                    and t not in (f, more)
                    and (
                        not wounded
                        or t.reported_by == more.reported_by
                        # ("6ID now says 4 soldiers killed. One of the wounded died …": the
                        # sentence after the toll, naming nobody, tells what raised it)
                        or more.reported_by is None
                        and t.sentence_id < more.sentence_id
                    )
                    for t in deaths
                )
            ),
            None,
        )
        if base is not None and more in candidate.figures:
            candidate.figures.remove(more)
            candidate.remarks.append(
                f'"{more.figure_text}" with "{base.figure_text}" make a toll told apart, so '
                "not a further figure"
            )


# one relative someone lost: "Aminata lost her husband in the ambush"; or some relatives, the
# possessive said once: "his brother and two nephews"
_KIN_WORD = (
    r"(?:husband|wife|son|daughter|brother|sister|father|mother|uncle|aunt|cousin|nephew|niece|"
    r"child|grandson|granddaughter|grandfather|grandmother)"
)
_KIN = re.compile(rf"(?i)(?:her|his|their|my|our)\s+{_KIN_WORD}")
_KIN_MORE = re.compile(
    rf"(?i)(?:her|his|their|my|our)\s+{_KIN_WORD}\s+and\s+(?:her\s+|his\s+|their\s+)?"
    rf"(?:[\w-]+\s+)?{_KIN_WORD}(?:s|ren)?"
)


# "Constable A was killed on Monday. The police chief said he was one of 3 policemen killed":
# the outlet's own reporter as a witness: "our reporter saw his body", "our correspondent counted"
_OUR_REPORTER_SAW = re.compile(
    r"(?i)\bour\s+(?:own\s+)?(?:reporter|correspondent|journalist|team|crew|photographer)s?\s+"
    r"(?:at\s+the\s+scene\s+)?(?:saw|witnessed|counted|found|filmed|photographed|confirmed)\b"
)


# the one told first is, by the sentence after, one of a count
_ONE_OF_AFTER = r"(?i)\b(?:he|she)\s+(?:was|is)\s+(?:just\s+|only\s+)?(?:one|1)\s+of\s+(?:the\s+)?"


def _without_one_of_later(candidate: Candidate, text: dict[int, str]) -> None:
    """A person counted alone (a figure of one) whom one of the next two sentences makes one of
    a count of the same outcome ("he was one of 3 policemen killed") is a part of that count,
    no figure of his own.

    >>> def f(text, best, sid, outcome="killed"):
    ...     return CandidateFigure("security_forces", str(best), best, best, best, "exact",
    ...         None, False, sid, text, 0, 1, outcome)
    >>> c = Candidate("C01", None, figures=[f("Sergeant Ali Musa", 1, 1), f("3 policemen", 3, 2)])
    >>> _without_one_of_later(c, {1: "Sergeant Ali Musa was killed.",
    ...     2: "The chief said he was one of 3 policemen killed."})
    >>> [x.figure_text for x in c.figures]
    ['3 policemen']
    """
    for pool in (candidate.figures, candidate.other_figures):
        drop = [
            one
            for one in pool
            if one.best == 1
            and any(
                f.best is not None
                and f.best > 1
                and f.outcome == one.outcome
                and f.victim_group in (one.victim_group, "unknown")
                and 0 < f.sentence_id - one.sentence_id <= 2
                and re.search(_ONE_OF_AFTER + re.escape(f.figure_text), text.get(f.sentence_id, ""))
                for f in pool
            )
        ]
        for one in drop:
            pool.remove(one)
            candidate.remarks.append(
                f'"{one.figure_text}" is, by a sentence after, one of a count, so not a '
                "further figure"
            )


# "Two of our neighbours": a count of the speaker's own people, its noun
_OF_OUR = re.compile(r"(?i)^\S+\s+of\s+our\s+(?P<noun>[\w'’-]+)$")
# a count told as more than one told before: "two more of our neighbours", "another two of"
_MORE_OF = re.compile(r"(?i)\b(?:more|other|another|further|additional)\s+(?:\S+\s+)?$")


def _without_part_of_our_count(candidate: Candidate, text: dict[int, str]) -> None:
    """The speaker's own people counted, then fewer of them of the same outcome later ("We
    count EIGHT of our neighbours dead. … Two of our neighbours died in the hospital before
    dawn"): the later count is a part of the first, those whom it tells more of, no further
    figure (unless it says "more" or "other").

    >>> def f(text, best, sid):
    ...     return CandidateFigure("civilians", str(best), best, best, best, "exact", None,
    ...         False, sid, text, 0, 1)
    >>> said = {1: "We count EIGHT of our neighbours dead.",
    ...     2: "Two of our neighbours died in the hospital."}
    >>> c = Candidate("C01", None, figures=[f("EIGHT of our neighbours", 8, 1),
    ...     f("Two of our neighbours", 2, 2)])
    >>> _without_part_of_our_count(c, said)
    >>> [x.figure_text for x in c.figures]
    ['EIGHT of our neighbours']
    >>> c = Candidate("C01", None, figures=[f("EIGHT of our neighbours", 8, 1),
    ...     f("two of our neighbours", 2, 2)])
    >>> _without_part_of_our_count(c, {**said, 2: "Then two more of our neighbours died."})
    >>> len(c.figures)
    2
    """
    for pool in (candidate.figures, candidate.other_figures):
        drop = []
        for later in pool:
            own = _OF_OUR.match(later.figure_text or "")
            sentence = text.get(later.sentence_id, "")
            at = sentence.find(later.figure_text) if later.figure_text else -1
            if own is None or at < 0 or _MORE_OF.search(sentence[:at]):
                continue
            noun = own["noun"].casefold()
            if any(
                first is not later
                and first.sentence_id < later.sentence_id
                and first.outcome == later.outcome
                and first.victim_group == later.victim_group
                and first.best is not None
                and later.best is not None
                and first.best > later.best
                and (m := _OF_OUR.match(first.figure_text or "")) is not None
                and m["noun"].casefold() == noun
                for first in pool
            ):
                drop.append(later)
        for later in drop:
            pool.remove(later)
            candidate.remarks.append(
                f'"{later.figure_text}" is a part of the count of the same people told before, '
                "so not a further figure"
            )


def _without_kin(candidate: Candidate, text: dict[int, str] | None = None) -> None:
    """ "The traders' association counted 23 traders killed … Aminata lost her husband in the
    ambush": one relative someone lost, after a toll of the dead of the same attack, is one of
    that toll, no death of its own; and so are the relatives a story tells of before the
    officials' toll of civilians or people ("his son and two nephews were buried …. Officials
    said 14 people were killed"), fewer than it counts.

    >>> def f(text, best, sid, group="civilians"):
    ...     return CandidateFigure(group, str(best), best, best, best, "exact", None,
    ...         False, sid, text, 0, 1)
    >>> c = Candidate("C01", None, figures=[f("23 traders", 23, 1), f("her husband", 1, 2)])
    >>> _without_kin(c)
    >>> [x.figure_text for x in c.figures]
    ['23 traders']
    >>> c = Candidate("C01", None, figures=[f("his son and two nephews", 3, 1),
    ...     f("14 people", 14, 2, "unknown")])
    >>> _without_kin(c)
    >>> [x.figure_text for x in c.figures]
    ['14 people']

    A relative told by his trade after the kin word is one too ("The client's husband, a
    farmer, was killed …"):

    >>> c = Candidate("C01", None, figures=[f("a farmer", 1, 1), f("5 people", 5, 2, "unknown")])
    >>> _without_kin(c, {1: "The client's husband, a farmer, was killed.", 2: "5 people died."})
    >>> [x.figure_text for x in c.figures]
    ['5 people']
    """
    deaths = [f for f in candidate.figures if f.outcome == "killed" and f.best is not None]
    for kin in deaths:
        one = kin.best == 1 and (
            _KIN.fullmatch(kin.figure_text)
            or re.search(
                rf"(?i)(?:\b(?:her|his|their|my|our)|\b[\w-]+['’]s)\s+{_KIN_WORD},\s+"
                rf"{re.escape(kin.figure_text)}\s*,",
                (text or {}).get(kin.sentence_id, ""),
            )
        )
        if not (one or _KIN_MORE.fullmatch(kin.figure_text)):
            continue
        toll = next(
            (
                f
                for f in deaths
                if f is not kin
                and f.sentence_id < kin.sentence_id
                and f.best > 1  # type: ignore[operator]
                and (one or f.best > kin.best)  # type: ignore[operator]
            ),
            None,
        ) or next(
            (
                f
                for f in deaths
                if f.sentence_id > kin.sentence_id
                and f.best > kin.best  # type: ignore[operator]
                and f.victim_group in ("civilians", UNKNOWN_GROUP)
                and not f.perpetrator_claim
                and not _KIN.match(f.figure_text)
            ),
            None,
        )
        if toll is not None and kin in candidate.figures:
            candidate.figures.remove(kin)
            candidate.remarks.append(
                f'"{kin.figure_text}" is one of "{toll.figure_text}", so not a further figure'
            )


def _dates(candidate: Candidate, mine: list[Reading], window: tuple[date, date]) -> None:
    if candidate.claim_only:
        mentions: list[DateMention] = []
    else:
        mentions = [d for r in mine for d in r.dates]
    if mentions:
        candidate.date_start = min(d.start for d in mentions)
        candidate.date_end = max(d.end for d in mentions)
        precise = all(d.precision == "day" for d in mentions)
        candidate.date_precision = "day" if precise else "week"
    else:
        candidate.date_start, candidate.date_end = window
        candidate.date_precision = "week"
        candidate.remarks.append("no date in its sentences: the article's reporting window")


def _where(
    candidate: Candidate, mine: list[Reading], readings: list[Reading], country: str, iso3: str
) -> None:
    candidate.country, candidate.iso3 = country, iso3
    places = candidate.place_mentions if not candidate.claim_only else []
    specific = next((p for p in places if p.level in SPECIFIC), None)
    admin1 = next((p.admin1 for p in places if p.level == "admin1"), None)
    article = [p.admin1 for r in readings for p in r.places if p.admin1 and not r.background]
    # the article's province: its most named, the first named of a tie (not a set's order,
    # which changes from one run to the next)
    most_named = max(dict.fromkeys(article), key=article.count) if article else None
    if specific is not None:
        candidate.location = specific.name
        candidate.admin2 = specific.admin2
        # (a district no table knows, "in the North Waziristan district", is in the province
        # its sentences or else the article name)
        candidate.admin1 = (
            specific.admin1 or admin1 or (most_named if not specific.admin1 else None)
        )
        candidate.geo_precision = "admin2" if specific.level == "admin2" else "near"
        return
    # "Police in Karak said they had killed two militants in the Takht-i-Nasrati area": with
    # no place of its own but one the gazetteer lacks, the event is where its reporters are
    reporters_at = [
        p
        for r in mine
        for p in r.places
        if p.level in SPECIFIC
        and REPORTERS_IN.search(r.sentence.text[max(0, p.start - 60) : p.start])
    ]
    if reporters_at and candidate.place_key is None and not candidate.claim_only:
        place = reporters_at[0]
        candidate.location, candidate.admin2 = place.name, place.admin2
        candidate.admin1 = place.admin1 or admin1
        candidate.geo_precision = "admin2"
        candidate.remarks.append(f"no place of its own: where its reporters are ({place.name})")
        return
    candidate.location = None
    candidate.admin1 = admin1 or most_named
    candidate.geo_precision = "admin1" if candidate.admin1 else "country"


def _claim(
    candidate: Candidate, mine: list[Reading], article_claims: list[tuple[Reading, Claim]]
) -> None:
    for reading in mine:
        claim = reading.claim
        if claim is None:
            continue
        if candidate.claim_only and claim.more_what:
            candidate.claimed_by, candidate.claim_status = claim.claimant, claim.more_status
            candidate.actor1 = claim.claimant
            what = claim.more_what + (
                f", including one on {claim.more_target}" if claim.more_target else ""
            )
            candidate.remarks.append(f"known only from the claim: {what}")
            return
        if not candidate.claim_only and candidate.claimed_by is None:
            candidate.claimed_by, candidate.claim_status = claim.claimant, claim.status
    if candidate.claimed_by is None and candidate.topic in ATTACK_TOPICS:
        for reading, claim in article_claims:
            candidate.claimed_by, candidate.claim_status = claim.claimant, claim.status
            candidate.remarks.append(
                f"{claim.claimant} took responsibility for the attacks without naming this one"
            )
            if reading.sentence.id not in candidate.sentence_ids:
                candidate.sentence_ids.append(reading.sentence.id)
                candidate.sentence_ids.sort()
            break


def _actors_and_type(candidate: Candidate, mine: list[Reading]) -> None:
    if candidate.claim_only:
        candidate.event_type, candidate.sub_event_type = "Strategic developments", "Other"
        return
    text = " ".join(r.sentence.text for r in mine)
    mentions = [
        a
        for r in mine
        for a in r.actors
        if not (r.reporter and r.reporter.start <= a.start < r.reporter.end)
    ]
    # a state force named ("Balochistan Levies") before one meant by a word ("police")
    state = [
        a.canonical
        for a in sorted(mentions, key=lambda a: a.generic)
        if a.actor_type == "state forces"
    ]
    named = [a.canonical for a in mentions if a.actor_type in NON_STATE]
    perpetrator = next((w for r in mine if (w := perpetrator_words(r.sentence.text))), None)
    groups = {f.victim_group for f in [*candidate.figures, *candidate.other_figures]}
    # The only dead are militants and a state force is named, with no blast: the state's
    # forces fought them ("Security forces killed three militants in an exchange of fire").
    fought = bool(state) and groups == {"militants"} and not EXPLOSION.search(text)
    if candidate.topic == "operations" or fought:
        candidate.actor1 = state[0] if state else None
        candidate.actor2 = named[0] if named else (perpetrator or None)
        candidate.event_type, candidate.sub_event_type = "Battles", "Armed clash"
        return
    # (no group named in its sentences but one claiming it there: the claimant, not "a
    # suicide bomber"; a claim of the attacks that does not name this one is no more than
    # a remark)
    claimant = next(
        (r.claim.claimant for r in mine if r.claim is not None and not r.claim.more_what),
        None,
    )
    candidate.actor1 = named[0] if named else (claimant or perpetrator)
    if EXPLOSION.search(text):
        candidate.event_type = "Explosions/Remote violence"
        candidate.sub_event_type = (
            "Suicide bomb" if SUICIDE.search(text) else "Remote explosive/landmine/IED"
        )
        candidate.actor2 = state[0] if state else None
    elif candidate.topic in ("station", "base", "convoy") or (groups & {"security_forces"}):
        candidate.event_type, candidate.sub_event_type = "Battles", "Armed clash"
        candidate.actor2 = state[0] if state else None
    else:
        candidate.event_type, candidate.sub_event_type = "Violence against civilians", "Attack"
        candidate.actor2 = "Civilians" if groups <= {"civilians"} and groups else None


def _without_repeats(
    figures: list[CandidateFigure], candidate: Candidate | None, own: str | None = None
) -> list[CandidateFigure]:
    """A figure given again for the same victims by the same reporter (or by nobody named:
    "the toll was revised to 14", "14 people were killed, not 19") is one figure, not two
    that the reconciler would add up; a figure in the document's own voice (``own``, its
    issuer) repeats one a named source gave as a figure of nobody named would.

    >>> f = CandidateFigure("unknown", "14", 14, 14, 14, "exact", "Provincial spokesman",
    ...     False, 1, "14 people", 0, 9)
    >>> again = CandidateFigure("unknown", "14", 14, 14, 14, "exact", "Spokesman", False, 2,
    ...     "toll was revised to 14", 20, 42)
    >>> [x.sentence_id for x in _without_repeats([f, again], None)]
    [1]
    """
    kept: list[CandidateFigure] = []
    for figure in figures:
        counted = _names_counted(figure, figures, kept)
        if counted is not None:
            if candidate is not None:
                candidate.remarks.append(
                    f'"{figure.figure_text}" is one of "{counted.figure_text}", named, so not '
                    "a further figure"
                )
            continue
        same = next(
            (
                k
                for k in kept
                if (k.victim_group, k.best, k.outcome, k.perpetrator_claim)
                == (figure.victim_group, figure.best, figure.outcome, figure.perpetrator_claim)
                and figure.best is not None
                and k.sentence_id != figure.sentence_id
                and _same_reporter(_named(k, own), _named(figure, own))
                and not _own_one_apart(k, figure)
            ),
            None,
        )
        if same is None:
            same = next(
                (
                    k
                    for k in kept
                    if _bodies_of(figure, k)
                    and (
                        figure.sentence_id == k.sentence_id + 1
                        # "At least 12 people were killed …, officials said. … 'twelve bodies
                        # have been received,' the deputy commissioner said": the officials' toll
                        or (
                            0 < figure.sentence_id - k.sentence_id <= 4
                            and GENERIC_REPORTER.fullmatch(k.reported_by or "")
                        )
                    )
                ),
                None,
            )  # "… killing at least 23 farmers, a vigilante leader said. X said his men had
            # recovered 23 bodies": the bodies of the dead just counted, counted again
            if same is not None and candidate is not None:
                candidate.remarks.append(
                    f'"{figure.figure_text}" ({figure.reported_by or "not attributed"}) are '
                    f'the bodies of "{same.figure_text}", so not a further figure'
                )
                continue
        if same is None:
            kept.append(figure)
            continue
        if (_named(same, own) is None and _named(figure, own) is not None) or (
            same.sentence_id == 0 and figure.sentence_id > 0 and figure.reported_by is not None
        ):
            # the same figure, now with who gave it, or told in the report after its headline
            kept[kept.index(same)] = figure
            same, figure = figure, same
        if candidate is not None:
            candidate.remarks.append(
                f'"{figure.figure_text}" ({figure.reported_by or "not attributed"}) repeats '
                f'"{same.figure_text}", so not a further figure'
            )
    return kept


def _own_one_apart(a: CandidateFigure, b: CandidateFigure) -> bool:
    """One of the writer's own people ("our driver", "our vaccination auxiliary") told in the
    writer's voice, beside one person a named source counts ("1 child", the police said): two
    people, not one told twice.

    >>> def fig(text, by):
    ...     return CandidateFigure("civilians", "1", 1, 1, 1, "exact", by, False, 1, text, 0, 9,
    ...         outcome="wounded")
    >>> _own_one_apart(fig("our minibus driver", None), fig("1 child", "Police"))
    True
    >>> _own_one_apart(fig("a driver", None), fig("1 child", "Police"))
    False
    """
    if a.best != 1 or b.best != 1:
        return False
    for mine, theirs in ((a, b), (b, a)):
        if (
            re.match(r"(?i)our\s", mine.figure_text)
            and mine.reported_by is None
            and theirs.reported_by is not None
            and not re.match(r"(?i)our\s", theirs.figure_text)
        ):
            return True
    return False


def _names_counted(
    figure: CandidateFigure, figures: list[CandidateFigure], kept: list[CandidateFigure]
) -> CandidateFigure | None:
    """The count told before whose people a rank and a name are: "Two soldiers were killed.
    … Sepoy A and Sepoy B were martyred on the spot" names the two, so no further figures
    (as many ranked names in the sentence as the count, or fewer, of its group and outcome).

    >>> def fig(sid, text, best):
    ...     return CandidateFigure("security_forces", str(best), best, best, best, "exact",
    ...         None, False, sid, text, 0, len(text))
    >>> two = fig(1, "two soldiers", 2)
    >>> names = [fig(4, "Sepoy Ali Khan", 1), fig(4, "Sepoy Noor Din", 1)]
    >>> _names_counted(names[0], [two, *names], [two]) is two
    True
    >>> _names_counted(names[0], [two, *names], []) is None
    True
    """
    if figure.best != 1 or not RANKED_NAME.fullmatch(figure.figure_text):
        return None
    named = [
        f
        for f in figures
        if f.sentence_id == figure.sentence_id
        and (f.victim_group, f.outcome, f.best) == (figure.victim_group, figure.outcome, 1)
        and RANKED_NAME.fullmatch(f.figure_text)
    ]
    return next(
        (
            k
            for k in kept
            if k.sentence_id < figure.sentence_id
            and (k.victim_group, k.outcome) == (figure.victim_group, figure.outcome)
            and k.best is not None
            and k.best >= len(named)
            and not k.perpetrator_claim
            and not RANKED_NAME.fullmatch(k.figure_text)
        ),
        None,
    )


def _named(figure: CandidateFigure, own: str | None) -> str | None:
    """Who gave the figure, the document's own voice (``own``) being nobody named."""
    return None if own is not None and figure.reported_by == own else figure.reported_by


# a reporter named only by its kind, whom a named official of it may speak for
GENERIC_REPORTER = re.compile(
    r"(?i)(?:local\s+|security\s+|government\s+)?(?:officials|sources|authorities)"
)


def _bodies_of(figure: CandidateFigure, toll: CandidateFigure) -> bool:
    """Whether ``figure`` counts the bodies of the dead ``toll`` counted: as many bodies, of no
    group the text names, told right after."""
    return (
        figure.outcome == toll.outcome == "killed"
        and figure.best is not None
        and figure.best == toll.best
        and figure.victim_group == "unknown"
        and re.search(r"(?i)\b(?:bodies|corpses)\b", figure.figure_text) is not None
        and not figure.perpetrator_claim
        and not toll.perpetrator_claim
    )


UPDATE = re.compile(
    r"(?i)\b(?:now|latest|updated?|revised|new\s+toll|final\s+toll|ha[sd]\s+(?:since\s+)?"
    r"(?:risen|climbed|increased|gone\s+up)|rose|climbed|(?:later|since)\s+(?:said|says|put|"
    r"raised|gave|confirmed)|"
    # "…, raising the toll to eight", "bringing the death toll to 12"
    r"(?:raising|bringing|taking|pushing)\s+the\s+(?:death\s+)?toll\s+to|"
    # ("bringing the number of wounded soldiers to four": any count brought up)
    # ("bringing the number of civilians killed in the blast, as documented by HDN, to eight")
    r"(?:raising|bringing|taking|pushing)\s+the\s+number\s+of\s+[^.;]{1,80}?\s+to|"
    r"raises\s+the\s+(?:death\s+)?toll\s+to|"
    # "Second communiqué of the ministry: …", "in a third statement the army said …": a
    # later message of the same body, numbered
    r"(?:second|third|fourth|fifth)\s+(?:communiqu[eé]|bulletin|statement|press\s+release))"
    r"(?!\w)"
)
# a note's present tense: "DC Sibi: toll rises to 5 killed", "the count climbs to 9" (an
# update only where its reporter is named: a crawl's bare "TOLL RISES TO FIVE" updates nobody's)
_RISES_TO = re.compile(r"(?i)\b(?:toll|count|tally)\s+(?:rises|climbs|goes\s+up)\s+to\b")


def _named_rise(figure: CandidateFigure, text: str) -> bool:
    """A figure told as a toll that rises, in the present tense, by a reporter named.

    >>> def fig(who):
    ...     return CandidateFigure("unknown", "", 5, 5, 5, "killed", who, False, 2, "5", 0, 0)
    >>> _named_rise(fig("DC Sibi"), "DC Sibi: toll rises to 5 killed.")
    True
    >>> _named_rise(fig(None), "TOLL RISES TO FIVE")
    False
    """
    return figure.reported_by is not None and _says_rises_to(text)


@functools.lru_cache(maxsize=256)
def _says_rises_to(text: str) -> bool:
    """Whether a sentence tells a toll that rises (:data:`_RISES_TO`), read once for all its
    figures."""
    return bool(_RISES_TO.search(text))


# a post or an entry that opens with the word alone: 'Ministry said: "Update.', "UPDATE:"
_UPDATE_OPENING = re.compile(r"(?i)(?:^|:\s*[\"“]?)\s*(?:update|updated|latest)\s*[.:!]?\s*$")


# the document's own earlier message, quoted: "Our message of Monday said one had died", "In
# last week's newsletter I wrote that two were hurt"
_OWN_EARLIER = re.compile(
    r"(?i)^(?:in\s+)?(?:our|my|last\s+week['’]s|yesterday['’]s|the\s+previous|an\s+earlier)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:message|statement|post|update|bulletin|note|report|circular|"
    # ("Yesterday's appeal spoke of 26 wounded": a donors' appeal replaced by today's)
    # ("Last week's issue said 11": a newsletter's numbered issue, as its edition)
    r"programme|program|newsletter|notice|e-?mail|edition|issue|appeal|alert|advisory|version)\b"
    r"[^.;]{0,40}?\b(?:said|says|wrote|reported|stated|gave|spoke\s+of|speaks\s+of|"
    r"mentioned|listed)\b"
)


# the document's own earlier text named as a speaker: "Our preliminary communiqué of 3 May"
_OUR_DOCUMENT = re.compile(
    r"(?i)^(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:communiqu[eé]s?|statements?|press\s+releases?|"
    r"releases?|reports?|bulletins?|notices?|alerts?|updates?|advisor(?:y|ies)|sitreps?|"
    r"messages?)\b"
)


def _own_present_count(candidate: Candidate, mine: list[Reading]) -> None:
    """ "They killed 17 displaced persons … Our preliminary communiqué of 3 May gave 14 dead;
    the figure is now 17": a count the document states in its own voice, which its earlier
    communiqué's sentence updates, stays the document's (no reporter), not the earlier
    communiqué's (whose own count, replaced, is no figure)."""
    text = {r.sentence.id: r.sentence.text for r in mine}
    for pool in (candidate.figures, candidate.other_figures):
        for at, figure in enumerate(pool):
            if (
                figure.reported_by
                and _OUR_DOCUMENT.match(figure.reported_by)
                and not re.match(r"(?i)\s*(?:in\s+)?(?:our|my)\s", text.get(figure.sentence_id, ""))
            ):
                pool[at] = replace(figure, reported_by=None)


def _own_earlier_count(candidate: Candidate, mine: list[Reading]) -> None:
    """ "Two of our athletes were shot dead … Our message of Monday said one athlete had
    died": the count the document's own earlier message gave is the one its present count
    replaces (the same outcome, the same voice, another number), no further figure."""
    text = {r.sentence.id: r.sentence.text for r in mine}
    # the document's voice: no reporter, its issuer, or its earlier message ("Our message of
    # Monday", read as a speaker)
    voice = {None, *(r.issuer for r in mine)}
    for pool in (candidate.figures, candidate.other_figures):
        for old in [f for f in pool if _OWN_EARLIER.match(text.get(f.sentence_id, ""))]:
            own = old.reported_by in voice or re.match(
                r"(?i)(?:our|my|yesterday['’]?s?|the\s+previous|previous|an?\s+earlier|"
                r"last\s+week['’]?s?)\s",
                old.reported_by or "",
            )
            if any(
                new is not old
                and new.outcome == old.outcome
                and new.best != old.best
                and (new.reported_by == old.reported_by or own and new.reported_by in voice)
                and not _OWN_EARLIER.match(text.get(new.sentence_id, ""))
                for new in pool
            ):
                pool.remove(old)
                candidate.remarks.append(
                    f'"{old.figure_text}" is the document\'s own earlier count, replaced by '
                    "its present one, so not a further figure"
                )


def _superseded(
    candidate: Candidate,
    mine: list[Reading],
    liveblog: bool = False,
    readings: list[Reading] | None = None,
) -> None:
    """ "Police said nine were killed … Police now say 15": the same reporter's update of a
    toll replaces the earlier figure for the same victims, wherever it stands (a liveblog
    puts the newest first), instead of adding to it. In a liveblog every entry is an update
    of the entries below it, with or without a word saying so."""
    paragraph = {r.sentence.id: r.sentence.paragraph for r in mine}
    # the sentences of a paragraph that opens with "Update." are the update's
    opened = {
        r.sentence.paragraph for r in readings or () if _UPDATE_OPENING.search(r.sentence.text)
    }
    text = {
        r.sentence.id: ("update " if r.sentence.paragraph in opened else "") + r.sentence.text
        for r in mine
    }
    for pool in (candidate.figures, candidate.other_figures):
        _credit_said_again(pool, text)
        _now_numbered_takes_group(pool)
        _of_the_held_takes_group(pool)
        # (each sentence searched once: a long one holds many figures)
        said_update = {sid: bool(UPDATE.search(text.get(sid, ""))) for sid in text}
        updates = [
            f
            for f in pool
            if said_update.get(f.sentence_id, False) or _named_rise(f, text.get(f.sentence_id, ""))
        ]
        # "The mayor said on Friday that six were killed. On Saturday he said eight.": the
        # same reporter's toll told at a later time, on the next occasion
        updates += [
            f
            for f in pool
            if f not in updates and any(_said_again_later(old, f, text) for old in pool)
        ]
        # a toll its reporter gave before ("in the morning he had reported one dead") is
        # updated by his own toll told as the present one, above it or below
        updates += [
            f
            for f in pool
            if f not in updates and any(_told_before(old, f, text) for old in pool if old is not f)
        ]
        # "Tuesday 10 — The mayor said … 21 villagers killed": a later day's entry of a log
        updates += [
            f
            for f in pool
            if f not in updates
            and any(_said_in_a_later_entry(old, f, text, paragraph) for old in pool)
        ]
        if liveblog:  # the newest entry first: each figure updates those of older entries
            updates += [f for f in pool if f not in updates]
        for new in updates:
            for old in list(pool):
                if (
                    old is not new
                    and old in pool
                    and new in pool
                    and (
                        (old.victim_group, old.outcome, old.perpetrator_claim)
                        == (new.victim_group, new.outcome, new.perpetrator_claim)
                        or _first_of_updated(old, new, text)
                        or _toll_of_all(old, new, text, newest_first=liveblog)
                    )
                    and old.best != new.best
                    and (
                        old.sentence_id != new.sentence_id
                        # ("said in the morning that four …; in the evening he said six")
                        or _said_again_after_semicolon(old, new, text)
                        or _retold_after_semicolon(old, new, text)
                        or _retold_after_comma(old, new, text)
                        or _first_then_later_of_one_body(old, new, text)
                    )
                    and (
                        old.reported_by is not None
                        and _same_reporter(old.reported_by, new.reported_by, liveblog)
                        or _first_then_later_of_one_body(old, new, text)
                        or _first_of_updated(old, new, text)
                        or _died_in_rise(old, new, text)
                        or _own_count_brought_up(old, new, text)
                        or _retold_after_semicolon(old, new, text)
                    )
                    and (
                        not UPDATE.search(text.get(old.sentence_id, ""))
                        # ("said at first that 5 were killed; in the evening it said the
                        # toll rose to 7": the word of the update after the first toll only)
                        or _update_after_in_sentence(old, new, text)
                        # a liveblog's older entry that was an update itself ("Qani now says
                        # nine") is updated again by a newer one
                        or liveblog
                        and paragraph.get(old.sentence_id, 0) > paragraph.get(new.sentence_id, 0)
                        # a wire's updates in turn ("rose to 16", then "has risen to 19"): the
                        # later replaces the earlier
                        or not liveblog
                        and paragraph.get(old.sentence_id, 0) < paragraph.get(new.sentence_id, 0)
                    )
                    and (
                        # (in a liveblog the newer entry is the one above, whatever its words:
                        # "Police say the death toll has risen to 14" under "21 people were
                        # killed" is the older)
                        (
                            UPDATE.search(text.get(new.sentence_id, ""))
                            or _named_rise(new, text.get(new.sentence_id, ""))
                        )
                        and not liveblog
                        or paragraph.get(old.sentence_id, 0) > paragraph.get(new.sentence_id, 0)
                        or _told_before(old, new, text)
                        or _said_again_later(old, new, text)
                        or _said_in_a_later_entry(old, new, text, paragraph)
                    )
                ):
                    pool.remove(old)
                    candidate.remarks.append(
                        f'"{old.figure_text}" ({old.reported_by}) updated by '
                        f'"{new.figure_text}", so not a further figure'
                    )
        _risen_from(candidate, pool, text)
        _risen_toll(candidate, pool, text)
        _died_after_toll(candidate, pool, text)
        _wounded_who_died_after_toll(candidate, pool, text)


def _update_after_in_sentence(
    old: CandidateFigure, new: CandidateFigure, text: dict[int, str]
) -> bool:
    """Whether ``old`` and ``new`` share a sentence whose words of an update ("rose",
    "now") all stand after ``old``'s figure: the sentence's first toll is no update itself.

    >>> def fig(best, words):
    ...     return CandidateFigure("unknown", "", best, best, best, "killed", "Observatory",
    ...                            False, 1, words, 0, 0)
    >>> text = {1: "It said at first 5 people died; later it said the toll rose to 7."}
    >>> _update_after_in_sentence(fig(5, "5 people"), fig(7, "toll rose to 7"), text)
    True
    >>> _update_after_in_sentence(fig(7, "toll rose to 7"), fig(5, "5 people"), text)
    False
    """
    sentence = text.get(old.sentence_id, "")
    at = sentence.find(old.figure_text) if old.figure_text else -1
    return (
        old.sentence_id == new.sentence_id
        and at >= 0
        and old.end <= new.start
        and not UPDATE.search(sentence[: at + len(old.figure_text)])
    )


# "the martyred are now 4", "the injured are now three": a count of those an outcome names,
# as it now stands (no victim noun of its own)
_NOW_NUMBERED = re.compile(
    r"(?i)^the\s+(?:dead|killed|martyred|slain|wounded|injured)\s+(?:are|is|were|stand\s+at)\s+now\b"
)


def _now_numbered_takes_group(pool: list[CandidateFigure]) -> None:
    """ "The DPO said 3 policemen were martyred." then "The DPO said the martyred are now
    4.": a count of the dead (or wounded) as it now stands, with no victim noun, is of the
    victims its reporter counted before with that outcome (one group only); it takes their
    group, so that it updates their count.

    >>> def fig(sid, group, text, best):
    ...     return CandidateFigure(group, "", best, best, best, "", "DPO", False, sid, text,
    ...                            0, 0)
    >>> pool = [fig(1, "security_forces", "3 policemen", 3),
    ...         fig(2, "unknown", "the martyred are now 4", 4)]
    >>> _now_numbered_takes_group(pool)
    >>> [f.victim_group for f in pool]
    ['security_forces', 'security_forces']
    """
    for at, new in enumerate(pool):
        if (
            new.victim_group != UNKNOWN_GROUP
            or new.reported_by is None
            or not _NOW_NUMBERED.match(new.figure_text)
        ):
            continue
        groups = {
            f.victim_group
            for f in pool
            if f.sentence_id < new.sentence_id
            and f.outcome == new.outcome
            and f.perpetrator_claim == new.perpetrator_claim
            and f.reported_by is not None
            and _same_reporter(f.reported_by, new.reported_by)
        }
        if len(groups) == 1 and UNKNOWN_GROUP not in groups:
            pool[at] = replace(new, victim_group=groups.pop())


# some of the people held, by what befell them: "9 of the detained", "two of the arrested men"
_OF_THE_HELD = re.compile(
    r"(?i)^[\w-]+\s+of\s+the\s+(?:detained|arrested|detainees|suspects|prisoners|held)"
    r"(?:\s+(?:men|youths|people|persons))?$"
)


def _of_the_held_takes_group(pool: list[CandidateFigure]) -> None:
    """ "Soldiers detained 13 young men accused of supporting the rebels." … "9 of the
    detained were released": the people released are some of those the article last told
    arrested; they take their group.

    >>> def fig(sid, group, text, outcome):
    ...     return CandidateFigure(group, "", 9, 9, 9, "", None, False, sid, text, 0, 0,
    ...                            outcome=outcome)
    >>> pool = [fig(1, "militants", "13 young men", "arrested"),
    ...         fig(4, "unknown", "9 of the detained", "freed")]
    >>> _of_the_held_takes_group(pool)
    >>> [f.victim_group for f in pool]
    ['militants', 'militants']
    """
    for at, new in enumerate(pool):
        if (
            new.victim_group != UNKNOWN_GROUP
            or new.outcome != "freed"
            or not _OF_THE_HELD.match(new.figure_text)
        ):
            continue
        held = [f for f in pool if f.sentence_id < new.sentence_id and f.outcome == "arrested"]
        if held and held[-1].victim_group != UNKNOWN_GROUP:
            pool[at] = replace(new, victim_group=held[-1].victim_group)


# when a toll was told, as one occasion of several: "at first", "in the morning", "in its
# first statement", "on Friday", "at the meeting of day 5"
_OCCASION = (
    r"(?:in|on|at|during)\s+(?:(?:the|its|his|her|their|a)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:morning|noon|midday|afternoon|evening|night|meeting|session|sitting|statement|briefing|bulletin|"
    r"conference|communiqu[eé]|release|message|(?-i:[A-Z][a-z]+day))\b"
)
# (the occasion next to the speaking, not the day of the attack: "said on Telegram in the
# morning that", "At the morning meeting the chairman said")
_EARLIER_OCCASION = re.compile(
    rf"(?i)\b(?:said|says|told|informed|reported|announced|stated|wrote)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_OCCASION}|^(?:[A-Z0-9]{{1,2}}[.)]\s+)?{_OCCASION}|\bat\s+first\b|"
    # ("first told the radio …", "First the army said …": the first word, an irregular verb's
    # or before its speaker)
    rf"\bfirst(?=\s+(?:[a-z]+ed|told|said|gave|put|spoke)\b|,?\s+the\s)|"
    rf"\binitially\b"
)
# a sentence that opens on a later occasion, then its speaker: "On Saturday he said …", "In
# its statement at 18:00 it said …", "In the meeting of day 12 the administrator informed …"
_LATER_OCCASION = re.compile(
    r"(?i)^(?:[A-Z0-9]{1,2}[.)]\s+)?(?:in|on|at|during)\s+(?:(?:the|its|his|her|their|a)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:morning|afternoon|evening|night|meeting|session|sitting|statement|"
    r"briefing|bulletin|conference|communiqu[eé]|release|message|(?-i:[A-Z][a-z]+day))\b(?:\s+(?:at|of|on)\s+[\w:.'’-]+){0,2},?\s+"
    r"(?P<who>[^,;:.]{1,60}?)\s+(?:said|says|told|informed|reported|announced|raised|put|gave|"
    r"revised|updated|corrected)\b"
)
_SPEAKING_PRONOUN = re.compile(r"(?i)^(?:he|she|it|they)$")


def _said_again_later(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """ "The mayor said at first that six villagers were killed. On Saturday he said the
    attack killed eight villagers.": a toll told on one occasion, then the same reporter's
    toll of the same victims and outcome told in a sentence below that opens on a later
    occasion (a later hour, day, statement or meeting); the later replaces the earlier.

    >>> def fig(sid, best, who="Mayor"):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", who, False,
    ...                            sid, "", 0, 0)
    >>> text = {1: "The mayor said in the morning that six villagers were killed.",
    ...         2: "On Saturday he said eight villagers were killed."}
    >>> _said_again_later(fig(1, 6), fig(2, 8), text), _said_again_later(fig(2, 8), fig(1, 6), text)
    (True, False)
    >>> _said_again_later(fig(1, 6), fig(2, 8), {**text, 2: "Eight villagers were killed."})
    False
    """
    if old.sentence_id == new.sentence_id:
        return (
            _said_again_after_semicolon(old, new, text)
            or _retold_after_semicolon(old, new, text)
            or _retold_after_comma(old, new, text)
            or _first_then_later_of_one_body(old, new, text)
        )
    return (
        old.outcome == new.outcome
        and (old.victim_group, old.perpetrator_claim) == (new.victim_group, new.perpetrator_claim)
        and old.sentence_id < new.sentence_id
        and old.best != new.best
        and old.reported_by is not None
        and new.reported_by is not None
        and _same_reporter(old.reported_by, new.reported_by)
        and (
            bool(_EARLIER_OCCASION.search(text.get(old.sentence_id, "").strip()))
            and _later_occasion(text.get(new.sentence_id, ""))
            or _yesterday_then_today(text.get(old.sentence_id, ""), text.get(new.sentence_id, ""))
            or new.sentence_id == old.sentence_id + 1
            and _dated_pronoun_said(text.get(new.sentence_id, ""))
            or new.sentence_id == old.sentence_id + 1
            and _dated_speaker_said(text.get(new.sentence_id, ""))
        )
    ) or _first_then_later_of_one_body(old, new, text)


# a toll said on the day before ("said yesterday that six …", "told us last night") and one
# said today, by a sentence opening on today's time and the speaker's pronoun ("This evening
# on Pride FM he said nine …", "Tonight she said …", "Today he says …")
_SAID_YESTERDAY = re.compile(
    r"(?i)\b(?:said|says|told\s+\w+|reported|announced|stated)\s+(?:yesterday|last\s+night)\b"
)
_TODAY_PRONOUN_SAID = re.compile(
    r"(?i)^(?:this\s+(?:morning|afternoon|evening)|tonight|today)\b(?:\s+[\w'’-]+){0,4}?,?\s+"
    r"(?:he|she|it|they)\s+(?:now\s+)?(?:said|says|told|reported|announced|put|gave)\b"
)


def _yesterday_then_today(earlier: str, later: str) -> bool:
    """Whether ``earlier`` tells a toll said the day before and ``later`` opens on today's
    time and its speaker's pronoun: the later sentence is that speaker's new word.

    >>> _yesterday_then_today("The chief said yesterday that two herders died.",
    ...     "This evening on the radio he said five herders died.")
    True
    >>> _yesterday_then_today("The chief said that two herders died.",
    ...     "Tonight he said five herders died.")
    False
    """
    return bool(_SAID_YESTERDAY.search(earlier) and _TODAY_PRONOUN_SAID.match(later.strip()))


# a sentence opening on the date its speaker spoke again, then the speaker's pronoun: "On
# 06/05 he said …", "On 6 May she said …", "On March 7 they reported …"
_DATED_PRONOUN_SAID = re.compile(
    rf"(?i)^on\s+(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\s+(?:{MONTH_NAMES})|"
    rf"(?:{MONTH_NAMES})\s+\d{{1,2}})\b,?\s+(?:he|she|it|they)\s+(?:now\s+)?"
    rf"(?:said|says|told|reported|announced|put|gave)\b"
)


def _dated_pronoun_said(sentence: str) -> bool:
    """Whether ``sentence`` opens on a date, then the pronoun of the one who spoke before and
    a verb of saying ("On 06/05 he said five herders died."): the speaker's word of a later
    day, which replaces the toll he gave in the sentence just before (the same victims and
    outcome).

    >>> _dated_pronoun_said("On 06/05 he said five herders died.")
    True
    >>> _dated_pronoun_said("On 6 May the chief said five herders died.")
    False
    """
    return bool(_DATED_PRONOUN_SAID.match(sentence.strip()) and not _SAID_BEFORE.search(sentence))


# a sentence opening on a date, then a speaker named by "the" and a few words: "On 16/10 the
# general staff said …", "On 6 May the chief said …"
_DATED_SPEAKER_SAID = re.compile(
    rf"(?i)^on\s+(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\s+(?:{MONTH_NAMES})|"
    rf"(?:{MONTH_NAMES})\s+\d{{1,2}})\b,?\s+the\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:now\s+)?(?:said|says|told|reported|announced|put|gave)\b"
)


def _dated_speaker_said(sentence: str) -> bool:
    """Whether ``sentence`` opens on a date, then a speaker named by "the" and a verb of
    saying ("On 16/10 the general staff said that five soldiers were killed."): when the
    sentence just before gave the same reporter's toll of the same victims and outcome, this
    is that reporter's word of a later day, which replaces it.

    >>> _dated_speaker_said("On 16/10 the general staff said five soldiers were killed.")
    True
    >>> _dated_speaker_said("On 16/10 the general staff had said five soldiers were killed.")
    False
    """
    return bool(_DATED_SPEAKER_SAID.match(sentence.strip()) and not _SAID_BEFORE.search(sentence))


# a toll marked as the first one told: "at first the police reported 1 dead", "First the
# army said …", "initially"
_FIRST_TOLD = re.compile(r"(?i)\b(?:at\s+first|initially|first(?=,?\s+(?:the|it|he|she|they)\s))\b")
# the next word marked as later: "The SP later said …", "; on the 11th the division said …"
_LATER_TOLD = re.compile(
    r"(?i)^(?:[^,;:.]{0,60}?\s)?(?:later|afterwards|subsequently)\s+(?:said|says|told|reported|"
    r"put|gave|confirmed|announced)\b|^(?:later|afterwards|subsequently|then|on\s+the\s+\d{1,2}"
    r"(?:st|nd|rd|th)|on\s+\d{1,2}/\d{1,2}|on\s+[A-Z][a-z]+day)\b,?\s+(?:the\s+)?[^,;:.]{1,60}?\s+"
    r"(?:said|says|told|reported|put|gave|confirmed|announced)\b"
)
# the offices of a force that speak for it: a police superintendent, an army division
_FORCE_OFFICE = {
    "police": re.compile(
        r"(?i)\b(?:police|S\.?S?\.?P|DSP|superintendent|commissioner\s+of\s+police)\b"
    ),
    "army": re.compile(r"(?i)\b(?:army|military|division|brigade|battalion|regiment)\b"),
}


def _one_force(a: str, b: str) -> bool:
    """Whether two reporters are offices of one force ("Police" and "Imphal West SP", "Army"
    and "Third Division"), and of no other.

    >>> _one_force("Police", "Imphal West SP"), _one_force("Army", "Third Division")
    (True, True)
    >>> _one_force("Police", "Hospital"), _one_force("Police", "Third Division")
    (False, False)
    """
    of_a = {k for k, r in _FORCE_OFFICE.items() if r.search(a)}
    of_b = {k for k, r in _FORCE_OFFICE.items() if r.search(b)}
    return len(of_a) == 1 and of_a == of_b


def _first_then_later_of_one_body(
    old: CandidateFigure, new: CandidateFigure, text: dict[int, str]
) -> bool:
    """ "At first the police reported 1 dead. The district SP later said 2 people died.",
    "First the army said 1 soldier killed; on the 11th the division said 2 were killed": a
    toll told as the first, then a toll of the same victims and outcome told as later (the
    next sentence, or the clause after a semicolon) by the same force, one of its offices
    speaking; the later replaces the first.

    >>> def fig(sid, best, who, words="", start=0):
    ...     return CandidateFigure("unknown", "", best, best, best, "killed", who, False,
    ...                            sid, words, start, start + len(words))
    >>> text = {1: "At first the police reported 1 dead.", 2: "The SP later said 2 people died."}
    >>> _first_then_later_of_one_body(fig(1, 1, "Police"), fig(2, 2, "SP"), text)
    True
    >>> _first_then_later_of_one_body(fig(1, 1, "Police"), fig(2, 2, "Hospital"), text)
    False
    """
    if (
        old.outcome != new.outcome
        or (old.victim_group, old.perpetrator_claim) != (new.victim_group, new.perpetrator_claim)
        or old.best == new.best
        or old.reported_by is None
        or new.reported_by is None
        or not (
            _same_reporter(old.reported_by, new.reported_by)
            or _one_force(old.reported_by, new.reported_by)
        )
    ):
        return False
    if old.sentence_id == new.sentence_id:
        found = _clause_after_semicolon(old, new, text)
        if found is None:
            return False
        sentence, at, clause = found
        return bool(_FIRST_TOLD.search(sentence[:at]) and _LATER_TOLD.search(clause))
    if not (0 < new.sentence_id - old.sentence_id <= 2):
        return False
    earlier, later = text.get(old.sentence_id, ""), text.get(new.sentence_id, "").strip()
    return bool(
        _FIRST_TOLD.search(earlier) and _LATER_TOLD.search(later) and not _SAID_BEFORE.search(later)
    )


# a dated log's entry head: "Tuesday 10 — ", "10/03 – ", "12 March - " (a day's entry)
_ENTRY_HEAD = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
    rf"\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}})\s*[–—-]\s+(?=[A-Z])"
)


def _said_in_a_later_entry(
    old: CandidateFigure,
    new: CandidateFigure,
    text: dict[int, str],
    paragraph: dict[int, int],
) -> bool:
    """ "Monday 9 — … The mayor said that 17 villagers are dead." then "Tuesday 10 — The mayor
    said this morning that the number is 21 villagers killed.": in a dated log, the same
    reporter's toll of the same victims and outcome told in a later day's entry, opening it,
    replaces the toll of an earlier entry.

    >>> def fig(sid, best, who="Mayor"):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", who, False,
    ...                            sid, "", 0, 0)
    >>> text = {1: "The mayor said that 17 villagers are dead.",
    ...         2: "Tuesday 10 — The mayor said that 21 villagers were killed."}
    >>> _said_in_a_later_entry(fig(1, 17), fig(2, 21), text, {1: 1, 2: 2})
    True
    >>> _said_in_a_later_entry(fig(1, 17), fig(2, 21), text, {1: 2, 2: 2})
    False
    """
    return (
        old.outcome == new.outcome
        and (old.victim_group, old.perpetrator_claim) == (new.victim_group, new.perpetrator_claim)
        and old.sentence_id < new.sentence_id
        and paragraph.get(old.sentence_id, 0) < paragraph.get(new.sentence_id, 0)
        and old.best != new.best
        and old.reported_by is not None
        and new.reported_by is not None
        and _same_reporter(old.reported_by, new.reported_by)
        and bool(_ENTRY_HEAD.match(text.get(new.sentence_id, "").strip()))
    )


def _clause_after_semicolon(
    old: CandidateFigure, new: CandidateFigure, text: dict[int, str]
) -> tuple[str, int, str] | None:
    """For a toll told again in one sentence after a semicolon ("… four civilians were
    killed; in the evening he said six had died"): the sentence, where the earlier figure
    stands in it and the clause after the last semicolon before the later figure, when the
    two count the same victims with the same outcome, differ, and the earlier has a reporter;
    else None.

    >>> def fig(best, words, start):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", "Army",
    ...                            False, 1, words, start, start + len(words))
    >>> text = {1: "The army said 4 civilians died; later it said 6 civilians died."}
    >>> _clause_after_semicolon(fig(4, "4 civilians", 14), fig(6, "6 civilians", 45), text)[2]
    'later it said'
    """
    sentence = text.get(old.sentence_id, "")
    if sentence.startswith("update "):  # (the mark of an update's paragraph, no word of it)
        sentence = sentence[len("update ") :]
    if (
        old.outcome != new.outcome
        or (old.victim_group, old.perpetrator_claim) != (new.victim_group, new.perpetrator_claim)
        or old.best == new.best
        or old.reported_by is None
        or old.end > new.start
    ):
        return None  # (before the search below: a long sentence has many pairs of figures)
    # (the figures' offsets are the article's: the old figure found in its sentence)
    at = sentence.find(old.figure_text) if old.figure_text else -1
    after = at + len(old.figure_text)
    between = sentence[after : after + new.start - old.end] if at >= 0 else ""
    if ";" not in between:
        return None
    return sentence, at, between[between.rindex(";") + 1 :].strip()


def _said_again_after_semicolon(
    old: CandidateFigure, new: CandidateFigure, text: dict[int, str]
) -> bool:
    """ "The minister said in the morning that four civilians were killed; in the evening he
    told journalists that six had died": in one sentence, the clause after the semicolon opens
    on a later occasion and its pronoun speaks again; its toll replaces the earlier clause's.

    >>> def fig(best, words, start):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", "Minister",
    ...                            False, 1, words, start, start + len(words))
    >>> text = {1: "The minister said in the morning that four civilians were killed; in the "
    ...     "evening he told journalists that six civilians had died."}
    >>> old, new = fig(4, "four civilians", 539), fig(6, "six civilians", 603)
    >>> _said_again_after_semicolon(old, new, text)
    True
    >>> _said_again_after_semicolon(old, new, {1: text[1].replace(";", ",")})
    False
    """
    found = _clause_after_semicolon(old, new, text)
    if found is None or not _same_reporter(old.reported_by, new.reported_by):
        return False
    sentence, at, clause = found
    if not _EARLIER_OCCASION.search(sentence[:at]):
        return False
    later = _LATER_OCCASION.match(clause)
    # ("in the evening on Radio Magik he said …": the station it was said on, before the
    # pronoun, no part of who speaks)
    who = _ON_STATION.sub("", later["who"].strip()) if later else ""
    return bool(later and _SPEAKING_PRONOUN.match(who) and _later_occasion(clause))


_ON_STATION = re.compile(
    r"^(?:(?:on|over)\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?=(?:he|she|it|they)$)"
)


# the clause after a semicolon that opens on a later time and names its speaker again: "; at
# 12:00 she informed that …", "; Thursday the prosecutor said …", "; in its situation report of
# 17 May the agency reported …", "; later the police said …"
# a body's own officer, who speaks for it: "its spokesperson", "its coordinator"
_ITS_OFFICER = (
    r"(?:spokes(?:man|woman|person)|coordinator|president|chair(?:man|woman|person)?|"
    r"secretary|director|leader|commander)\b"
)
_RETOLD_CLAUSE = re.compile(
    # ("…, then on Wednesday the commander said …", "…; today the DPO said …")
    # ("…, and in the evening it said …")
    r"(?i)^(?:and\s+)?(?:then\s+)?(?:(?:at|by)\s+\d{1,2}[:.h]\d{2}\b(?:\s*(?:hrs|hours|h|am|pm|a\.m\.|p\.m\.))?|"
    r"(?:on\s+)?(?-i:[A-Z][a-z]+day)\b(?:\s+(?:morning|afternoon|evening|night))?|later|"
    r"today|tonight|this\s+(?:morning|afternoon|evening)|"
    # ("…; by evening the same police spokesman said …")
    r"(?:in|by)\s+the\s+(?:evening|afternoon|night)|by\s+(?:evening|nightfall|night)|"
    r"in\s+(?:its|his|her|their|a|the)\s+(?:[\w'’-]+\s+){0,3}?(?:report|update|statement|"
    r"bulletin|briefing|communiqu[eé]|release|message)(?:\s+of\s+\d{1,2}(?:\s+[A-Z][a-z]+)?)?)"
    # ("…; on Sunday afternoon its coordinator said …": the body's own officer)
    rf",?\s+(?P<who>(?:he|she|it|they|(?:its|their)\s+{_ITS_OFFICER}|"
    r"the\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?))\s+"
    r"(?:said|informed|reported|announced|stated|told|put|gave|updated|revised|raised|"
    r"corrected)\b"
)


# the same, on a date: "; on 24/07 it said …", "; on 7 March its spokesperson said …"
_RETOLD_ON_A_DATE = re.compile(
    rf"(?i)^on\s+(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}\s+(?:{MONTH_NAMES})|"
    rf"(?:{MONTH_NAMES})\s+\d{{1,2}})\b,?\s+"
    r"(?P<who>he|she|it|they|(?:its|their)\s+spokes(?:man|woman|person)|the\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)\s+"
    r"(?:said|informed|reported|announced|stated|told|put|gave|updated|revised|raised)\b"
)


def _retold_after_semicolon(
    old: CandidateFigure, new: CandidateFigure, text: dict[int, str]
) -> bool:
    """ "The prosecutor informed that 3 persons lost their lives; on Friday the prosecutor
    informed that 4 persons lost their lives": in one sentence, the clause after the
    semicolon opens on a later time (a clock time, a day, a later report of the speaker) and
    its speaker, by a pronoun or by name, is the earlier toll's reporter; its toll of the
    same victims and outcome replaces the earlier (with or without an earlier time named).

    >>> def fig(best, words, start, who="Prosecutor's office"):
    ...     return CandidateFigure("unknown", "", best, best, best, "killed", who,
    ...                            False, 1, words, start, start + len(words))
    >>> text = {1: "The prosecutor's office said 3 persons died; on Friday the office said "
    ...     "4 persons died."}
    >>> old, new = fig(3, "3 persons", 29), fig(4, "4 persons", 70)
    >>> _retold_after_semicolon(old, new, text)
    True
    >>> _retold_after_semicolon(old, new, {1: text[1].replace("on Friday the office", "the mayor")})
    False
    """
    found = _clause_after_semicolon(old, new, text) if old.sentence_id == new.sentence_id else None
    if found is None:
        return False
    clause = found[2]
    retold = _RETOLD_CLAUSE.match(clause) or _RETOLD_ON_A_DATE.match(clause)
    if (
        not retold
        or _SAID_BEFORE.search(clause)
        or re.search(r"(?i)\b(?:our|we)\b", clause[: retold.end()])
    ):
        return False
    # ("the same police spokesman": the one named before)
    who = re.sub(r"(?i)^the\s+(?:same\s+)?", "", retold["who"].strip())
    return bool(
        _SPEAKING_PRONOUN.match(who)
        or _same_reporter(old.reported_by, who)
        # ("…; on 07/03 its spokesperson said …", "…; on Sunday its coordinator said …": the
        # body's own spokesperson or officer)
        or re.fullmatch(rf"(?i)(?:its|their)\s+{_ITS_OFFICER}", who)
    )


# "said first (that) …": the speaker's first word, told again later in the sentence
_SAID_FIRST = re.compile(r"(?i)\b(?:said|says|told|reported|stated|announced)\s+(?:at\s+)?first\b")


def _retold_after_comma(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """ "The police said first that 3 officers died, Friday they said 4 officers were killed":
    in one sentence, an earlier toll marked as the first word ("first", "at first",
    "initially") and, after a comma, a clause that opens on a later time and the speaker's
    pronoun; the later toll of the same victims and outcome replaces the earlier.

    >>> def fig(best, words, start):
    ...     return CandidateFigure("security_forces", "", best, best, best, "killed", "Police",
    ...                            False, 1, words, start, start + len(words))
    >>> text = {1: "The police said first that 3 officers died, Friday they said 4 officers "
    ...     "were killed."}
    >>> old, new = fig(3, "3 officers", 27), fig(4, "4 officers", 61)
    >>> _retold_after_comma(old, new, text)
    True
    >>> _retold_after_comma(old, new, {1: text[1].replace(" first", "")})
    False
    """
    if (
        old.sentence_id != new.sentence_id
        or old.outcome != new.outcome
        or (old.victim_group, old.perpetrator_claim) != (new.victim_group, new.perpetrator_claim)
        or old.best == new.best
        or old.reported_by is None
        or old.end > new.start
    ):
        return False  # (before the search below: a long sentence has many pairs of figures)
    sentence = text.get(old.sentence_id, "")
    at = sentence.find(old.figure_text) if old.figure_text else -1
    if at < 0:
        return False
    after = at + len(old.figure_text)
    between = sentence[after : after + new.start - old.end]
    earlier = sentence[:at]
    if "," not in between or ";" in between:
        return False
    if not (_EARLIER_OCCASION.search(earlier) or _SAID_FIRST.search(earlier)):
        return False
    retold = _RETOLD_CLAUSE.match(between[between.rindex(",") + 1 :].strip())
    # (its speaker by a pronoun, or named again: "…, then on Wednesday the commander said …")
    return bool(
        retold
        and (
            _SPEAKING_PRONOUN.match(retold["who"].strip())
            or _same_reporter(old.reported_by, re.sub(r"(?i)^the\s+", "", retold["who"].strip()))
        )
    )


def _later_occasion(sentence: str) -> bool:
    """Whether a sentence opens on a later occasion and its speaker's present word, not a
    word told as said before ("In the morning he had reported one dead") nor the document's
    own earlier message ("In our ten o'clock bulletin we said …").

    >>> _later_occasion("On Saturday he said eight villagers were killed.")
    True
    >>> _later_occasion("In the morning he had reported one dead.")
    False
    >>> _later_occasion("In our noon bulletin we said 15 were killed.")
    False
    """
    later = _LATER_OCCASION.match(sentence.strip())
    return bool(
        later
        and not _SAID_BEFORE.search(sentence)
        and not re.search(r"(?i)\b(?:our|my|we|i)\b", sentence[: later.end()])
    )


def _credit_said_again(pool: list[CandidateFigure], text: dict[int, str]) -> None:
    """ "The network said on Friday that two were killed. On Saturday the network raised it:
    three were killed.": the figures of a sentence opening on a later occasion, its speaker
    the reporter of a toll told before (by name or by a pronoun) but not found as a speaker,
    are that reporter's.

    >>> def fig(sid, best, who):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", who, False,
    ...                            sid, "", 0, 0)
    >>> pool = [fig(1, 2, "Network"), fig(2, 3, None)]
    >>> _credit_said_again(pool, {1: "The network said on Friday that two were killed.",
    ...     2: "On Saturday the network raised it: three were killed."})
    >>> pool[1].reported_by
    'Network'
    """
    for i, new in enumerate(pool):
        if new.reported_by is not None:
            continue
        later = _LATER_OCCASION.match(text.get(new.sentence_id, "").strip())
        if not later or not _later_occasion(text.get(new.sentence_id, "")):
            continue
        who = later["who"].strip()
        for old in pool:
            if (
                old.reported_by is not None
                and old.sentence_id < new.sentence_id
                and old.outcome == new.outcome
                and old.victim_group == new.victim_group
                and _EARLIER_OCCASION.search(text.get(old.sentence_id, "").strip())
                and (
                    _SPEAKING_PRONOUN.match(who)
                    or re.sub(r"(?i)^(?:the|its|his|her)\s+", "", who).casefold()
                    in old.reported_by.casefold()
                )
            ):
                pool[i] = replace(new, reported_by=old.reported_by)
                break


# the document's own count brought up in its own voice: "bringing the number of our staff
# killed to three", "raising our toll to five"
_OWN_BROUGHT_UP = re.compile(
    r"(?i)\b(?:raising|bringing|taking|pushing)\s+(?:the\s+number\s+of\s+(?:our|my)\s+"
    r"[^.;]{1,60}?|(?:our|my)\s+(?:death\s+)?(?:toll|count|number|tally)(?:\s+of\s+[^.;]{1,60}?)?)"
    r"\s+to\b"
)


def _own_count_brought_up(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """ "Two of our technicians were killed" (an older entry, below), then "the body of our
    driver was found, bringing the number of our staff killed to three": the document's own
    count brought up in its own voice (no reporter either) replaces its own smaller count,
    above it or below.

    >>> def fig(sid, best):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", None, False,
    ...                            sid, "x", 0, 0)
    >>> text = {1: "The body of our driver was found, bringing the number of our staff "
    ...     "killed to three.", 2: "Two of our technicians were killed."}
    >>> _own_count_brought_up(fig(2, 2), fig(1, 3), text)
    True
    >>> _own_count_brought_up(fig(2, 2), fig(1, 3), {**text, 1: "Police said the toll rose to "
    ...     "three."})
    False
    """
    return (
        old.reported_by is None
        and new.reported_by is None
        and old.best is not None
        and new.best is not None
        and old.best < new.best
        and bool(_OWN_BROUGHT_UP.search(text.get(new.sentence_id, "")))
    )


# "… 11 villagers were killed and 15 injured, after two died in the clinic": why a toll rose,
# told after it in the same sentence (those who died are in the toll)
_AFTER_DIED = re.compile(
    r"(?i),\s+after\s+(?P<n>[\w-]+(?:\s+(?:more|others?|of\s+(?:them|the\s+(?:injured|wounded))))?)"
    r"\s+(?:had\s+|also\s+)?(?:died|succumbed)\b"
)
# "… the toll has risen to 4 dead; a woman died at the hospital": the death that made the
# toll rise, told after it in a clause of its own (the woman is one of the four)
_DIED_AFTER_RISEN = re.compile(
    r"(?i)\b(?:toll|number\s+of\s+(?:the\s+)?dead|count)\b[^.;]{0,60}?\b(?:ha[sd]\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|increased|gone\s+up|went\s+up)\s+to\b[^.;]{1,40};"
    r"\s+(?:and\s+)?(?P<n>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:had\s+|also\s+|later\s+)?"
    r"(?:died|succumbed|passed\s+away)\b"
)


def _died_after_toll(
    candidate: Candidate, pool: list[CandidateFigure], text: dict[int, str]
) -> None:
    """ "The council said 11 villagers were killed and 15 injured, after two died in the
    clinic.": the count of those who died, told after a larger toll of the same sentence as
    why it rose, is part of that toll, not a toll of its own; it is dropped, with a remark.

    >>> def fig(best, words, start):
    ...     return CandidateFigure("civilians", "", best, best, best, "killed", "Council",
    ...                            False, 1, words, start, start + len(words))
    >>> c = Candidate("C01", None)
    >>> c.figures = [fig(11, "11 villagers", 17), fig(2, "two", 65)]
    >>> _died_after_toll(c, c.figures, {1: "The council said 11 villagers were killed and 15 "
    ...     "injured, after two died in the clinic."})
    >>> [f.best for f in c.figures]
    [11]
    """
    for part in list(pool):
        sentence = text.get(part.sentence_id, "")
        if part.outcome != "killed" or part.best is None or not part.figure_text:
            continue
        after = next(
            (
                m
                for m in (*_AFTER_DIED.finditer(sentence), *_DIED_AFTER_RISEN.finditer(sentence))
                if m["n"].strip().lower() == part.figure_text.strip().lower()
            ),
            None,
        )
        if after is None:
            continue
        toll = next(
            (
                f
                for f in pool
                if f is not part
                and f.sentence_id == part.sentence_id
                and f.outcome == "killed"
                and f.best is not None
                and f.best > part.best
                and 0 <= sentence.find(f.figure_text) < after.start("n")
            ),
            None,
        )
        if toll is not None:
            pool.remove(part)
            candidate.remarks.append(
                f'"{part.figure_text}" died after the toll "{toll.figure_text}" was first given: '
                "part of it, not a further figure"
            )


# one of the wounded whose death a sentence tells: "A man who was injured near the harbour
# earlier in the evening died …", "a guard who had been shot … succumbed", "died of his wounds"
_WOUNDED_WHO_DIED = re.compile(
    r"(?i)\bwho\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt|shot)\b[^.;]{0,120}?"
    r"\b(?:died|succumbed)\b|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her)\s+"
    r"(?:wounds|injuries)\b"
)


def _wounded_who_died_after_toll(
    candidate: Candidate, pool: list[CandidateFigure], text: dict[int, str]
) -> None:
    """ "The police now say three people have died. A man who was injured near the harbour
    earlier died at the hospital after midnight.": one of the wounded whose death the
    sentence right after an updated toll tells is why the toll rose, part of it, not a death
    of its own; it is dropped, with a remark.

    >>> def fig(sid, words, best, who):
    ...     return CandidateFigure("unknown", "", best, best, best, "killed", who, False, sid,
    ...                            words, 0, len(words))
    >>> c = Candidate("C01", None)
    >>> c.figures = [fig(1, "three people", 3, "Police"), fig(2, "A man", 1, "Police")]
    >>> text = {1: "The police now say three people have died.",
    ...         2: "A man who was injured near the harbour earlier died after midnight."}
    >>> _wounded_who_died_after_toll(c, c.figures, text)
    >>> [f.best for f in c.figures]
    [3]

    Not after a toll told as the first ("Police said three people died.").

    >>> c.figures = [fig(1, "three people", 3, "Police"), fig(2, "A man", 1, "Police")]
    >>> _wounded_who_died_after_toll(c, c.figures, {**text, 1: "Police said three people died."})
    >>> [f.best for f in c.figures]
    [3, 1]
    """
    for part in list(pool):
        if (
            part.outcome != "killed"
            or part.best != 1
            or not _WOUNDED_WHO_DIED.search(text.get(part.sentence_id, ""))
        ):
            continue
        toll = next(
            (
                f
                for f in pool
                if f.sentence_id == part.sentence_id - 1
                and f.outcome == "killed"
                and f.best is not None
                and f.best > 1
                and f.perpetrator_claim == part.perpetrator_claim
                and (
                    UPDATE.search(text.get(f.sentence_id, ""))
                    or _RISEN.search(text.get(f.sentence_id, ""))
                )
            ),
            None,
        )
        if toll is not None:
            pool.remove(part)
            candidate.remarks.append(
                f'"{part.figure_text}", one of the wounded who died, told after the updated toll '
                f'"{toll.figure_text}": part of it, not a further figure'
            )


def _risen_toll(candidate: Candidate, pool: list[CandidateFigure], text: dict[int, str]) -> None:
    """ "Gunmen killed five labourers, police said." then "The death toll rose to eight, a
    doctor said": a toll told as grown ("rose to", "climbed to", "now stands at") that names no
    victims, after the event's smaller count of one group by another reporter, includes that
    count. Both stay, side by side, each its reporter's (the risen toll, with no victim noun,
    unknown); the remarks say the risen toll holds the earlier count, so that the reviewer does
    not add them up.

    >>> def fig(sid, group, text, best, who):
    ...     return CandidateFigure(group, "", best, best, best, "killed", who, False, sid,
    ...                            text, 0, 0)
    >>> c = Candidate("C01", None)
    >>> c.figures = [fig(1, "civilians", "four porters", 4, "Police"),
    ...              fig(2, "unknown", "death toll climbed to six", 6, "A doctor")]
    >>> _risen_toll(c, c.figures, {1: "Bandits killed four porters, police said.",
    ...     2: "The death toll climbed to six, a doctor said."})
    >>> [(f.victim_group, f.best) for f in c.figures]
    [('civilians', 4), ('unknown', 6)]
    >>> c.remarks[0].startswith('"death toll climbed to six" (A doctor) is a risen toll')
    True
    >>> c.remarks[0].endswith('includes "four porters" (Police): the same civilians, not 4 + 6')
    True
    """
    for new in pool:
        own = text.get(new.sentence_id, "")
        if (
            new.outcome != "killed"
            or new.victim_group != UNKNOWN_GROUP
            or new.perpetrator_claim
            or new.best is None
            or not _BARE_TOLL.search(new.figure_text)
            or not _GROWN_TOLL.search(own)
        ):
            continue
        earlier = [
            f
            for f in pool
            if f.outcome == "killed"
            and not f.perpetrator_claim
            and f.sentence_id < new.sentence_id
            and f.best is not None
        ]
        groups = {f.victim_group for f in earlier}
        rise = rise_part(own)
        if (
            len(groups) != 1
            or groups == {UNKNOWN_GROUP}
            or any(f.best >= new.best for f in earlier)  # type: ignore[operator]
            or rise is not None
            and all(f.best != new.best - rise for f in earlier)
        ):
            continue
        (group,) = groups
        candidate.remarks.append(
            f'"{new.figure_text}" ({new.reported_by}) is a risen toll that includes '
            + ", ".join(f'"{f.figure_text}" ({f.reported_by})' for f in earlier)
            + f": the same {group.replace('_', ' ')}, not "
            + " + ".join(str(f.best) for f in [*earlier, new])
        )


def _risen_from(candidate: Candidate, pool: list[CandidateFigure], text: dict[int, str]) -> None:
    """ "The toll rose to six after one of the wounded died": the toll before the death was
    five, so the one figure of five dead that the same reporter gave elsewhere in the piece,
    or that the story below an update on top gave (by whichever official), is the toll that
    rose, not a further figure; a toll that names no victims counts the ones that figure
    named."""
    for new in list(pool):
        rise = rise_part(text.get(new.sentence_id, "")) if new.outcome == "killed" else None
        if not rise or new.best is None or new not in pool:
            continue
        before = [
            f
            for f in pool
            if f.outcome == "killed"
            and f.sentence_id != new.sentence_id
            and f.best == new.best - rise
            and f.perpetrator_claim == new.perpetrator_claim
            and not UPDATE.search(text.get(f.sentence_id, ""))
            # (an update above the story it updates, or the same reporter's own count: a
            # risen toll told after another official's earlier figure stands beside it)
            and (
                new.sentence_id < f.sentence_id
                or f.reported_by is not None
                and _same_reporter(f.reported_by, new.reported_by)
            )
        ]
        if len(before) != 1:
            continue
        old = before[0]
        pool.remove(old)
        if new.victim_group == UNKNOWN_GROUP and old.victim_group != UNKNOWN_GROUP:
            pool[pool.index(new)] = replace(new, victim_group=old.victim_group)
        candidate.remarks.append(
            f'"{old.figure_text}" ({old.reported_by}) is the toll "{new.figure_text}" rose '
            "from, so not a further figure"
        )


# a source named at the head of a sentence: "According to the civil society, …"
_ACCORDING_TO_HEAD = re.compile(
    r"(?i)^\W*(?:according\s+to|citing|quoting)\s+(?P<who>[^,;:]{3,80}?)\s*,"
)


def _named_earlier_in_sentence(text: str, start: int) -> Reporter | None:
    """The source a sentence names at its head ("According to X, …") when it closes on "the
    same source said": X, whom "the same source" takes up.

    >>> _named_earlier_in_sentence(
    ...     "According to the town council, 4 died; 2 fled, the same source said.", 49).name
    'Town council'
    >>> _named_earlier_in_sentence("Four died, the same source said.", 11) is None
    True
    """
    if start <= 0:
        return None
    head = _ACCORDING_TO_HEAD.match(text[:start])
    if head is None:
        return None
    named = find_reporter(f"{head['who']} said so.")
    if named is None or re.match(r"(?i)(?:the\s+)?same\b", named.text):
        return None
    return Reporter(named.name, named.text, -1, -1)


# a toll told as having grown: "had risen to 13", "the number of dead had reached 13",
# "now stands at 13"
_GROWN_TOLL = re.compile(
    r"(?i)\b(?:risen|rose|rises|climbed|jumped|increased|mounted|gone\s+up|went\s+up|"
    r"reached|reaches|(?:now\s+)?stands?\s+at|now\s+(?:at|put\s+at))\b"
)
# some of the wounded just counted who died: "two of them died overnight", "one of whom later
# succumbed"
_OF_THE_COUNTED = re.compile(r"(?i)\bof\s+(?:whom|them|those|these)\b")


def _deaths_in_a_later_rise(candidates: list[Candidate], sentences: list[Sentence]) -> None:
    """Deaths among the wounded told after a first toll ("the hospital admitted 19 wounded,
    two of them died overnight") that a later toll's rise accounts for (eleven dead, then "the
    number of dead had reached 13") are part of the risen toll, not a toll of their own,
    whichever candidate each figure sits in.

    >>> def fig(sid, text, best):
    ...     return CandidateFigure("unknown", "", best, best, best, "", None, False, sid,
    ...                            text, 0, 0)
    >>> one, two = Candidate("C01", None), Candidate("C02", None)
    >>> one.figures = [fig(0, "eleven civilians", 11), fig(1, "two of them", 2)]
    >>> two.figures = [fig(2, "13", 13)]
    >>> sentences = [Sentence(i, i, 0, 0, t) for i, t in enumerate(
    ...     ["Shelling killed eleven civilians.", "Of 19 admitted, two of them died.",
    ...      "The number of dead had reached 13."])]
    >>> _deaths_in_a_later_rise([one, two], sentences)
    >>> [f.figure_text for f in one.figures]
    ['eleven civilians']
    """
    text = {s.id: s.text for s in sentences}
    tolls = [f for c in candidates for f in c.figures if f.outcome == "killed"]
    for candidate in candidates:
        for part in list(candidate.figures):
            if (
                part.outcome != "killed"
                or part.best is None
                or not _OF_THE_COUNTED.search(part.figure_text)
            ):
                continue
            before = {
                f.best
                for f in tolls
                if f.sentence_id < part.sentence_id
                and f.best is not None
                and not _OF_THE_COUNTED.search(f.figure_text)
                and not _GROWN_TOLL.search(text.get(f.sentence_id, ""))
            }
            # (the risen toll below them, or an update on top of the story)
            risen = [
                f
                for f in tolls
                if f.sentence_id != part.sentence_id
                and not _OF_THE_COUNTED.search(f.figure_text)
                and f.best is not None
                and f.best - part.best in before
                and _GROWN_TOLL.search(text.get(f.sentence_id, ""))
            ]
            if risen:
                candidate.figures.remove(part)
                candidate.remarks.append(
                    f'"{part.figure_text}" died after the toll of {risen[0].best - part.best} '
                    f'and are in the risen "{risen[0].figure_text}", so not a further figure'
                )


# a count told as the one its speaker gave before now: "in the morning he had reported one
# dead", "the governor had earlier put the toll at five", "police initially said three died"
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:(?:had|'d)\s+(?:(?:earlier|first|initially|previously|originally|already)\s+)?"
    r"(?:reported|said|put|given|announced|counted|cited|spoken\s+of|listed|confirmed)|"
    r"(?:earlier|first|initially|originally|at\s+first)\s+(?:reported|said|put|gave|"
    r"announced|counted|cited|spoke\s+of|listed|confirmed))\b"
)


def _told_before(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """Whether ``old`` is a toll its sentence tells as said before ("had reported", "initially
    said") and ``new`` one told as the present count, by the same reporter, of the same
    victims and outcome, death or wound: the later count replaces the earlier.

    >>> def fig(sid, best):
    ...     return CandidateFigure("unknown", "", best, best, best, "killed", "Governor X",
    ...                            False, sid, "", 0, 0)
    >>> text = {1: "Two people were killed, Governor X said.",
    ...         2: "In the morning X had reported one dead."}
    >>> _told_before(fig(2, 1), fig(1, 2), text), _told_before(fig(1, 2), fig(2, 1), text)
    (True, False)
    """
    return (
        old.outcome == new.outcome
        and old.outcome in ("killed", "wounded")
        and (old.victim_group, old.perpetrator_claim) == (new.victim_group, new.perpetrator_claim)
        and old.sentence_id != new.sentence_id
        and old.best != new.best
        and old.reported_by is not None
        and new.reported_by is not None
        and _same_reporter(old.reported_by, new.reported_by)
        and bool(
            _SAID_BEFORE.search(text.get(old.sentence_id, ""))
            or _OPENS_ON_BEFORE.match(text.get(old.sentence_id, ""))
        )
        and not _SAID_BEFORE.search(text.get(new.sentence_id, ""))
        and not _OPENS_ON_BEFORE.match(text.get(new.sentence_id, ""))
    )


# a sentence that opens on when its speaker spoke, before: "Before, the police said the dead
# are 20", "Earlier, the governor put the toll at 9" (the simple past told as the earlier word)
_OPENS_ON_BEFORE = re.compile(
    r"(?i)^\s*(?:before|earlier|previously|at\s+first|initially)\s*,\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){1,4}?(?:said|reported|gave|put|announced|spoke\s+of|counted)\b"
)


_RISEN = re.compile(r"(?i)\b(?:risen|rose|rises|climbed|jumped|increased|gone\s+up|went\s+up)\b")


def _died_in_rise(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """Some of the wounded who died ("four officers admitted, one of whom died"), then a toll
    an update gives as risen ("the toll had risen to three"): the deaths are in the rise,
    whoever counted them.

    >>> def fig(sid, text, best):
    ...     return CandidateFigure("civilians", "", best, best, best, "", None, False, sid,
    ...                            text, 0, 0)
    >>> text = {1: "Four were admitted, one of whom died.", 2: "The toll had risen to three."}
    >>> _died_in_rise(fig(1, "one of whom", 1), fig(2, "three", 3), text)
    True
    >>> _died_in_rise(fig(1, "one of whom", 1), fig(2, "three", 3), {2: "Three were killed."})
    False
    """
    return (
        old.outcome == new.outcome == "killed"
        and new.sentence_id > old.sentence_id
        and bool(re.search(r"(?i)\bof\s+(?:whom|them|those)\b", old.figure_text))
        and bool(_RISEN.search(text.get(new.sentence_id, "")))
        and old.best is not None
        and new.best is not None
        and old.best < new.best
    )


# "The first notice of loss reported three fatalities": a toll its own words call the first
_FIRST_REPORT = re.compile(
    r"(?i)\b(?:first|initial|preliminary|original)\s+(?:[\w'’-]+\s+){0,1}?(?:notice|report|"
    r"statement|count|tally|estimate|toll|figures?|bulletin|notification|briefing)s?\b"
)


def _first_of_updated(old: CandidateFigure, new: CandidateFigure, text: dict[int, str]) -> bool:
    """A toll that its sentence calls the first ("the first notice reported three fatalities"),
    given again later in an update ("in his updated notice … four employees were killed"): the
    same count of the same outcome, whoever is named and however the victims are called.

    >>> def fig(sid, group, best):
    ...     return CandidateFigure(group, "", best, best, best, "", None, False, sid, "", 0, 0)
    >>> text = {1: "The first report gave three fatalities.", 2: "The updated report: four."}
    >>> _first_of_updated(fig(1, "unknown", 3), fig(2, "civilians", 4), text)
    True
    >>> _first_of_updated(fig(2, "civilians", 4), fig(1, "unknown", 3), text)
    False
    """
    first = text.get(old.sentence_id, "")
    return (
        bool(_FIRST_REPORT.search(first))
        and not UPDATE.search(first)
        and bool(UPDATE.search(text.get(new.sentence_id, "")))
        and new.sentence_id > old.sentence_id
        and old.outcome == new.outcome
        and old.victim_group in (UNKNOWN_GROUP, new.victim_group)
        and old.perpetrator_claim == new.perpetrator_claim
    )


# a death toll told with no victim noun: "the death toll had risen to three", "the number of
# dead rose to 9", "fatalities now stand at 12"
_BARE_TOLL = re.compile(r"(?i)\b(?:toll|number\s+of\s+(?:the\s+)?dead|fatalities)\b")


_OPENING_BODY = re.compile(
    r"^(?:UPDATE\b[^.:]{0,20}[.:]\s+)?(?P<body>(?:The\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)"
    r"{0,4}\s+(?:Ministry|Army|Police|Department|Office|Agency|Council|Administration|Authority|"
    r"Mission|Committee|Command|Directorate|Service|Commission|Prosecutor(?:['’]s\s+Office)?)"
    r"(?:\s+\((?-i:[A-Z]{2,8})\))?)\s+(?:has|have|had|was|is|opened|launched|announced|said|says|"
    r"issued|began|started|confirmed|reported|released|published)\b"
)


def _opening_body(sentence: Sentence) -> tuple[str, int] | None:
    """The body a sentence opens on as its subject, by its proper name, and its paragraph.

    >>> _opening_body(Sentence(0, 4, 0, 46, "The Investigative Committee has opened a case."))
    ('Investigative Committee', 4)
    >>> _opening_body(Sentence(0, 4, 0, 28, "The committee met on Monday.")) is None
    True
    """
    match = _OPENING_BODY.match(sentence.text)
    if match is None:
        return None
    return re.sub(r"^The\s+", "", match.group("body")), sentence.paragraph


_CLAIMING_BODY = re.compile(
    # ("On its propaganda channels, the group JNIM claimed the attack": where, then the group)
    r"^(?:(?:On|In|Via|Through|Late\s+on|Later|Earlier)\b[^,.;]{0,50},\s+)?"
    r"(?:the\s+group\s+)?"
    r"(?P<body>(?:The\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|in|the|branch|wing|faction|chapter|affiliate)){0,6}?"
    r"(?:\s+\((?-i:[A-Z]{2,8})\))?)\s+(?:has\s+|have\s+|had\s+)?claimed\s+"
    # ("claimed the Nacuale attack": the place's name before the noun)
    r"(?:responsibility|the\s+(?:(?-i:[A-Z])[\w’'-]*\s+)?(?:attack|bombing|ambush|raid|killing))\b"
)


def _claiming_body(sentence: Sentence) -> tuple[str, int] | None:
    """The group a sentence opens on claiming an attack, and its paragraph.

    >>> _claiming_body(Sentence(0, 2, 0, 60,
    ...     "The Baloch Liberation Front (BLF) has claimed responsibility for the attack."))
    ('Baloch Liberation Front (BLF)', 2)
    >>> _claiming_body(Sentence(0, 2, 0, 30, "Nobody has claimed the attack.")) is None
    True
    >>> _claiming_body(Sentence(0, 3, 0, 50, "On its channels, the group JNIM claimed the raid."))
    ('JNIM', 3)
    """
    match = _CLAIMING_BODY.match(sentence.text)
    if match is None or match.group("body") in ("Nobody", "No one", "None"):
        return None
    return re.sub(r"^The\s+", "", match.group("body")), sentence.paragraph


# a note that opens on a body's statement (release, communiqué) and what it is about, then "It
# says …": "SDF media centre statement on the night attack. It says 4 fighters were killed"
# (after a note's label: "Notes: Army communiqué on the raid."); not "A statement on …"
_STATEMENT_BODY = re.compile(
    r"^(?:[A-Z][a-z]+:\s+)?(?:The\s+)?(?P<body>(?!(?:A|An|The|This|That|Its|Their|His|Her|Our|"
    r"My|No|Each|Every)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+(?:media|press|information)\s+(?:centre|center|office|wing|cell))?(?:['’]s)?\s+"
    r"(?:statement|communiqu[eé]|press\s+release|release|bulletin)\s+(?:on|about|of|after)\b"
)


def _statement_body(sentence: Sentence) -> tuple[str, int] | None:
    """The body a note opens on by its statement, and the paragraph (its "It says …" after).

    >>> _statement_body(Sentence(0, 2, 0, 60, "Army media centre statement on the raid."))
    ('Army', 2)
    >>> _statement_body(Sentence(0, 2, 0, 40, "A statement on the raid.")) is None
    True
    """
    match = _STATEMENT_BODY.match(sentence.text)
    if match is None:
        return None
    return match.group("body"), sentence.paragraph


def _through_midnight(times: list[int]) -> bool:
    """A night's log in the order it was written, its clock past midnight once: the times
    (minutes of the day) rise, fall once from the evening (18:00 or later) to the small hours
    (before noon), and rise again, never past the first ("22:40", "23:55", "01:10", "06:00").

    >>> _through_midnight([22 * 60 + 40, 23 * 60 + 55, 70, 360])
    True
    >>> _through_midnight([23 * 60, 22 * 60, 21 * 60])  # newest first
    False
    >>> _through_midnight([9 * 60, 14 * 60, 8 * 60])  # a morning after an afternoon
    False
    """
    falls = [i for i, (a, b) in enumerate(itertools.pairwise(times)) if a > b]
    if len(falls) != 1:
        return False
    i = falls[0]
    return times[i] >= 18 * 60 and times[i + 1] < 12 * 60 and times[-1] < times[0]


def _toll_of_all(
    old: CandidateFigure,
    new: CandidateFigure,
    text: dict[int, str] | None = None,
    newest_first: bool = False,
) -> bool:
    """A risen death toll with no victim noun counts every death its reporter counted before,
    whatever the victims were called: "two pilgrims had been killed", then "the death toll
    had risen to three" (the toll updates the two; the update itself is checked by the caller).

    >>> def fig(sid, group, text):
    ...     return CandidateFigure(group, "", 2, 2, 2, "", "Police", False, sid, text, 0, 0)
    >>> _toll_of_all(fig(1, "civilians", "two pilgrims"), fig(2, "unknown", "death toll had risen"))
    True
    >>> _toll_of_all(fig(1, "civilians", "two pilgrims"), fig(2, "unknown", "three people"))
    False

    The toll word may stand before the figure in its sentence: "the toll of the bombing had
    risen to 4 dead" (the figure "4 dead" is the toll risen).

    >>> said = {2: "He said the toll of the bombing had risen to 4 dead."}
    >>> _toll_of_all(fig(1, "civilians", "two pilgrims"), fig(2, "unknown", "4 dead"), said)
    True

    In a liveblog, the newest entry first, the toll stands above the deaths it counts: "09:40
    … taking the overnight death toll to two" over "08:05 … a security guard … died".

    >>> guard, toll = fig(7, "civilians", "a guard"), fig(1, "unknown", "death toll to two")
    >>> _toll_of_all(guard, toll), _toll_of_all(guard, toll, newest_first=True)
    (False, True)
    """
    return (
        old.outcome == new.outcome == "killed"
        and new.victim_group == UNKNOWN_GROUP
        and old.perpetrator_claim == new.perpetrator_claim
        and (
            bool(_BARE_TOLL.search(new.figure_text))
            or text is not None
            and bool(new.figure_text)
            and bool(_toll_risen_to(new.figure_text).search(text.get(new.sentence_id, "")))
        )
        # (a reporter named for both: a toll nobody gives updates nobody's count)
        and old.reported_by is not None
        and new.reported_by is not None
        and (
            old.sentence_id > new.sentence_id if newest_first else old.sentence_id < new.sentence_id
        )
    )


@functools.lru_cache(maxsize=256)
def _toll_risen_to(figure_text: str) -> re.Pattern[str]:
    """ "the toll of the Kano bomb had risen to <figure>": the toll word, then its rise to the
    figure's words (a rise, not the toll of another attack said beside it)."""
    return re.compile(
        r"(?i)\b(?:death\s+)?toll\b[^.;:]{0,60}?\b(?:ha[sd]\s+)?(?:risen|rose|climbed|"
        r"increased|gone\s+up|rises|climbs)\s+to\s+" + re.escape(figure_text)
    )


def _same_reporter(a: str | None, b: str | None, force: bool = False) -> bool:
    """Nobody named, or one name's words all in the other's ("Spokesman", "Provincial
    spokesman"); with ``force`` (a liveblog's entries), any two officers of one force."""
    if a is None or b is None:
        return True
    role = r"spokes(?:man|woman|person)|officials?|sources?|officers?|statement"
    # "Police spokesman" and "Kabul police": the same body, whoever speaks for it
    words_a = set(re.findall(r"\w+", re.sub(rf"(?i)\b(?:{role})\b", "", a).casefold()))
    words_b = set(re.findall(r"\w+", re.sub(rf"(?i)\b(?:{role})\b", "", b).casefold()))
    vague = {"local", "senior", "other", "independent", "anonymous", "some", "several"}
    # ("Spokesman", "Officials": who, not which body; "Local sources" beside "Local health
    # authorities": "local" names no body either)
    if not words_a or not words_b or words_a <= vague or words_b <= vague:
        words_a = set(re.findall(r"\w+", a.casefold()))
        words_b = set(re.findall(r"\w+", b.casefold()))
    if words_a <= words_b or words_b <= words_a:
        return True
    if _initials(a) == b or _initials(b) == a:
        return True  # "6th Infantry (Kampilan) Division" and "6ID": one body, by its letters
    if _same_by_letters(a, b, role) or _same_by_letters(b, a, role):
        return True  # "6th Infantry Division spokesman" and "6ID spokesman": one body's voice
    if _same_office(a, b):
        return True  # "DPO Bannu" and "DPO Ali Khan": one district office, by place and by holder
    if _title_by_letters(a, b) or _title_by_letters(b, a):
        return True  # "Deputy Commissioner Sibi" and "DC Sibi": one office, its title by letters
    for x, y in ((a, b), (b, a)):
        if _BARE_FORCE.fullmatch(x) and _FORCE_BODY.findall(x.casefold()) == _FORCE_BODY.findall(
            y.casefold()
        ):
            return True  # "Somalia army" and "Army commander Major X" who speaks for it
        title = _TITLE_ONLY.fullmatch(x)
        if (
            title
            and re.search(rf"(?i)\b{title['head']}\b", y)
            and not any(body not in y.casefold() for body in _FORCE_BODY.findall(x.casefold()))
        ):
            return True  # "the regional governor" and "Governor Moussa Traore"
    for x, y in ((a, b), (b, a)):
        if UNNAMED_OFFICER.fullmatch(x) and RANKED.search(y):
            return True  # "a military officer told Reuters" … "Captain Abdi Hassan said": one man
    # "Police (Captain X)" at the scene and "the police commissioner Col. Y": one force, whoever
    # of its officers speaks
    force_a, force_b = _FORCE_BODY.findall(a.casefold()), _FORCE_BODY.findall(b.casefold())
    return force and bool(force_a) and force_a == force_b


# a district police office by its letters: "DPO Bannu", "SSP Ali Khan", "DIG Kohat"
_OFFICE_LETTERS = re.compile(r"\b(?:DPO|SSP|DSP|SHO|DIG|IGP|ASP|DCO|RPO|CCPO)\b")


def _same_office(a: str, b: str) -> bool:
    """Two names of one office by its letters, one with its district and one with its holder
    ("DPO Bannu", "DPO Ali Khan"): the same office letters in both, and no other.

    >>> _same_office("Police (DPO Bannu)", "Police (DPO Ali Khan)")
    True
    >>> _same_office("Police (DPO Bannu)", "Police (SSP Ali Khan)")
    False
    >>> _same_office("Police spokesman", "Police (DPO Ali Khan)")
    False
    """
    letters_a, letters_b = set(_OFFICE_LETTERS.findall(a)), set(_OFFICE_LETTERS.findall(b))
    return bool(letters_a) and letters_a == letters_b


def _title_by_letters(full: str, short: str) -> bool:
    """One office named once with its title written out and once with the title's initials,
    the rest of the name the same ("Deputy Commissioner Sibi", "DC Sibi"): the letters (two to
    four capitals) stand for as many capitalised words of the full name in a row.

    >>> _title_by_letters("Deputy Commissioner Sibi", "DC Sibi")
    True
    >>> _title_by_letters("District Police Officer Bannu", "DPO Bannu")
    True
    >>> _title_by_letters("Deputy Commissioner Sibi", "DC Quetta")
    False
    >>> _title_by_letters("Deputy Commissioner", "Civil Defence")
    False
    """
    words = re.findall(r"[\w'’-]+", full)
    short_words = re.findall(r"[\w'’-]+", short)
    for i, letters in enumerate(short_words):
        if not re.fullmatch(r"[A-Z]{2,4}", letters):
            continue
        rest = [w.casefold() for w in short_words[:i] + short_words[i + 1 :]]
        for j in range(len(words) - len(letters) + 1):
            run = words[j : j + len(letters)]
            if "".join(w[0] for w in run) != letters or not all(w[0].isupper() for w in run):
                continue
            if [w.casefold() for w in words[:j] + words[j + len(letters) :]] == rest:
                return True
    return False


def _same_by_letters(a: str, b: str, role: str) -> bool:
    """Whether ``b`` names by its letters the body ``a`` names in full, once the words of who
    speaks for it ("spokesman", "official") are set aside from both.

    >>> role = r"spokes(?:man|woman|person)|officials?"
    >>> _same_by_letters("6th Infantry Division spokesman", "6ID spokesman", role)
    True
    >>> _same_by_letters("6th Infantry Division spokesman", "3ID spokesman", role)
    False
    """
    bare_a = re.sub(rf"(?i)\b(?:{role})\b", " ", a).strip()
    bare_b = re.sub(rf"(?i)\b(?:{role})\b", " ", b).strip()
    if (bare_a, bare_b) == (a.strip(), b.strip()) or not bare_b:
        return False  # (no speaker's word set aside: the comparison above made already)
    return _initials(bare_a) == bare_b


def _initials(name: str) -> str | None:
    """A body's name by its initials, as its acronym writes it: a unit's number and the first
    letter of each word of its name (a name in brackets and "of", "the", "and" aside); None
    for a name of fewer than two words.

    >>> _initials("6th Infantry (Kampilan) Division"), _initials("Inter Services Public Relations")
    ('6ID', 'ISPR')
    >>> _initials("Police") is None
    True
    """
    words = re.findall(r"[\w'’-]+", re.sub(r"\([^()]*\)", " ", name))
    words = [w for w in words if w.casefold() not in {"of", "the", "and", "for"}]
    if len(words) < 2:
        return None
    return "".join(
        m[1] if (m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", w)) else w[0].upper() for w in words
    )


_FORCE_BODY = re.compile(r"\b(?:police|army|military)\b")
# an officer unnamed ("Military officer", "Senior army officer") and one named by a rank
UNNAMED_OFFICER = re.compile(
    r"(?i)(?:(?:local|senior|military|army|police|security)\s+)*(?:officer|commander)|"
    # "security officials said", and then their spokesman by rank and name
    r"(?i:(?:senior\s+)?(?:security|military|army)\s+officials?)"
)
RANKED = re.compile(
    r"\b(?:Captain|Capt\.?|Major|Maj\.|Colonel|Col\.?|Lieutenant|Lt\.?|Brigadier|General|Gen\.|"
    r"Sergeant|Sgt\.?|Inspector|Superintendent)\s+[A-Z]"
)
# a force by its name alone, maybe with its country: "Somalia army", "Kenya Police"
_BARE_FORCE = re.compile(
    # ("Police in Benue": the force where it serves)
    r"(?i)(?:[A-Z][\w'-]*\s+)?(?:police|army|military|armed\s+forces)"
    r"(?:\s+in\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?)?"
)
# one office by its title alone: "Regional governor", "District commissioner"
_TITLE_ONLY = re.compile(
    r"[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,2}?\s*\b(?P<head>(?i:governor|commissioner|minister|mayor|"
    r"administrator|chairman|superintendent|inspector|commander|director))"
)


def _deduplicate_totals(candidate: Candidate, mine: list[Reading] | None = None) -> None:
    """Drop a "people" figure that is the sum of the same candidate's figures by group
    (unless its own sentence lists its parts: "four people dead, two herders and two of the
    raiders" is the whole, the parts no figures)."""
    told = {r.sentence.id: r.sentence for r in mine or []}
    grouped = [f for f in candidate.figures if f.victim_group != "unknown" and f.best is not None]
    total = sum(f.best for f in grouped)
    for figure in list(candidate.figures):
        unspecific = figure.victim_group == "unknown" and figure.figure_text.endswith("people")
        unspecific = unspecific and figure.best is not None
        # (the ministry's "five people" beside the company's four workers and the mayor's
        # shepherd: a toll of its own, the sum of counts by several speakers, none of them its
        # own; one speaker's breakdown of the officials' ten is the same ten)
        apart = (
            figure.reported_by is not None
            and len({f.reported_by for f in grouped}) >= 2
            and all(
                f.reported_by is not None and not _same_reporter(f.reported_by, figure.reported_by)
                for f in grouped
            )
        )
        own = told.get(figure.sentence_id)
        apart = apart or (own is not None and listed_with_parts(own.text, figure.start - own.start))
        if unspecific and len(grouped) >= 2 and figure.best == total and not apart:
            candidate.figures.remove(figure)
            candidate.remarks.append(
                f'"{figure.figure_text}" ({figure.reported_by or "not attributed"}) taken to be '
                f"the same {total} as the figures by victim group, so not a further figure"
            )
