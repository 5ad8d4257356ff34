"""Places an article puts events in, from the project's alias table and GeoNames gazetteer.

Only names in a locative phrase ("in the area of Musakhail", "in the central district
of Kalat", "near Quetta", "In Pasni, …") or a label opening a digest's item ("Herat city: …")
count: "rail traffic with Quetta" or "the port of Gawadar" does not place an event. Names go
through ``src/analysis/reference/places.csv`` (Musakhail → Musa Khel, Gawadar →
Gwadar), then the province names, then the GeoNames gazetteer of the country (a name
several places share is left out). "district of X" / "X district" make the place an admin2.

>>> [(p.name, p.level, p.admin1) for p in find_places("Gunmen struck in the area of "
...     "Musakhail, in Pakistan’s province of Balochistan.")]
[('Musa Khel', 'location', 'Balochistan'), ('Balochistan', 'admin1', 'Balochistan')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pandas as pd

from analysis.extract.dates import MONTHS, WEEKDAYS
from analysis.reference.countries import country_table, iso3_from_name
from analysis.reference.gazetteer import admin1_names, gazetteer, place_key
from analysis.reference.places import load_place_aliases

_CAPITALISED = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
_LOCATIVE = re.compile(
    r"\b(?i:in|near|at|outside|around|inside|into|on\s+the\s+outskirts\s+of|"
    r"(?:attacks?|strikes?|raids?|assaults?|shelling|offensive)\s+on|"
    r"on\s+the\s+(?:city|town|village|district|camp)\s+of|"
    # "a neighbourhood of the town of Ariha": a settlement named by its kind
    r"(?<=the\s)(?:port\s+)?(?:city|town|village|hamlet|settlement)\s+of|"
    # "at a checkpoint near the provincial capital, Lahij": the capital named after a comma
    r"(?<=\s)(?:provincial|regional|district|state|county)\s+(?:capital|headquarters),|"
    # "ambushed a patrol on the road between Chiure and Ocua": the first town named
    r"(?:road|highway|route|stretch|axis)\s+(?:linking|between|from)|"
    # "kidnapped on the road of Debark" (a translation's "route de"), "on the road to Kalla":
    # the road by the town it leads to
    r"on\s+the\s+(?:main\s+)?(?:road|highway|route)\s+of|"
    # "four villages west of Al Hasaheisa town", "12 km north of Kalat"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+"
    r"(?:(?:the|a|an|[a-z-]+|[a-z-]+[’']s|[A-Z][\w-]*[’']s|[A-Z][a-z]+(?:i|an|ese)|"
    r"[A-Z][\w-]*(?=\s+(?:area|tehsil|village|neighbou?rhood|suburb|locality|bazaar|market)\b)|"
    r"[A-Z][\w-]*(?=\s+(?:district|province|region|state|county)[’']s\b))"
    r"\s+){0,6}$"
)
_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})(?:\s+(?:city|province|district|town|"
    # (a chat's "Tamu news: …", what is heard from the place)
    r"area|region|county|state|news|side))?(?:\s+\([^()]{1,40}\))?\s*:\s+(?=[A-Z])"
)
_CAPITALS_LABEL = re.compile(
    r"^(?-i:[A-Z][A-Z ]{2,30})\s+[-–]\s+(?P<name>(?-i:[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,2})):\s+"
)
# a channel post's tag naming where, before a bar: "🔴 Kalla | A medical source: two children
# injured …" (a tag that is no place, "Update |", is looked up and left)
_BAR_LABEL = re.compile(
    r"^(?:[^\w\s]{1,3}\s*)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+\|\s+(?=\S)"
)
# a message's turn to a place, as its topic: "On Ubari: …", "As for Gao: …", "Re Bunia: …"
_TOPIC_LABEL = re.compile(
    r"^(?:On|About|Regarding|Re|As\s+for|As\s+to)\s+"
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*:\s+"
)
# "attacked Konduga town": a settlement named as the object of the attack
# a list item's letter or number, and a date, before a place: "A. 5 March 2025, "
_ITEM_LABEL = re.compile(r"^(?:[A-Z]|\d{1,2})[.)]\s+(?:[\w ]{3,25},\s+)?$")
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:attacked|stormed|raided|overran|struck|hit|targeted|besieged|shelled|bombed|"
    r"invaded|entered)\s+(?:the\s+)?$"
)
_SETTLEMENT_AFTER = re.compile(
    r"(?i)^\s+(?:town|village|city|district|area|camp|police\s+station|check-?post|market|bazaar)\b"
)
# a note opening on a place, then the event there: "Konduga market blast", "Bama road ambush"
_EVENT_OF_PLACE_AFTER = re.compile(
    r"^\s+(?:(?:market|road|bridge|checkpoint|check-?post|village|town|camp|mosque|church|"
    r"school|bus\s+station|motor\s+park|junction|highway)\s+)?(?:blast|bombing|bomb\s+attack|"
    r"explosion|attack|ambush|raid|shooting|massacre|killings|clash(?:es)?)\b"
)
# a note opening on a settlement, then what happened there: "Mingin town this evening a bomb
# went off", "Kalewa side the jet dropped a bomb" (a translation's "side", the area)
_SETTLEMENT_OPENING_AFTER = re.compile(r"^\s+(?:town|village|township|side)\s+(?=[a-z])")
# ("For Dibate, the applicants cite …": a sentence opening on the place it is about)
# a police post named by the place it stands in, the South Asian way: "Police Station
# Paharpur", "Police Post Saggu", "Thana Kotli"
_STATION_OF_PLACE = re.compile(r"(?:Police\s+(?:Station|Post|Chowki)|Thana)\s+(?=[A-Z])")
_OPENING = re.compile(r"(?:In|Near|At|Outside|Inside|Around|For)\s+(?=[A-Z])")
_ADMIN2_BEFORE = re.compile(r"\bdistrict\s+of\s+$", re.I)
# "Unguwar Tudu village, Faskari LGA": a Nigerian local government area names itself
_LGA = re.compile(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:LGA|(?i:local\s+government\s+area))\b")
_ADMIN2_AFTER = re.compile(
    r"^\s+(?:district|(?-i:LGA)|local\s+government\s+area|county|tehsil)\b", re.I
)
_ADMIN1_AFTER = re.compile(r"^\s+(?:region|state|province|governorate|oblast)\b(?!\s+of\b)", re.I)
NOT_PLACES = frozenset([*WEEKDAYS, *MONTHS, "the", "a", "an"])
_KIND_WORDS = frozenset(
    [
        "township",
        "district",
        "village",
        "town",
        "tehsil",
        "county",
        "commune",
        "municipality",
        "city",
        "province",
        "region",
        "state",
        "area",
        "division",
        "territory",
        "lga",
    ]
)
_KIND_AFTER = re.compile(
    r"(?i)^\s+(?:township|district|village|tehsil|county|commune|municipality)\b"
)


_FACILITY = re.compile(
    r"\b(?:Hospital|Centre|Center|Clinic|Complex|Mortuary|Morgue|University|College|School|"
    r"Prison|Station|Office|Headquarters|Hotel|Airport|Stadium|Church|Mosque|Court)$"
)


# a town's hospital named by the town, in lower case, where the wounded are cared for
_WARD_AFTER = re.compile(
    r"(?i)^\s+(?:regional\s+|district\s+|general\s+|referral\s+)?(?:hospital|clinic|"
    r"health\s+(?:cent(?:re|er)|post)|mortuary|morgue)\b"
)
_TREATED = re.compile(
    r"(?i)\b(?:treated|treatment|admitted|evacuated|recovering|hospitali[sz]ed|taken\s+to|"
    r"brought\s+to|moved\s+to|transferred\s+to|"
    # ("…; he is at Mbale hospital", "she is still in Kibo clinic": where the hurt one lies)
    r"(?:he|she|they)\s+(?:is|are|was|were|remains?|lies|lie)\s+(?:still\s+|now\s+)?(?:at|in))\b"
)


# ("one of the injured died in Montepuez rural hospital": where a wounded one later died,
# the town's hospital just after the verb, no scene)
_RURAL_WARD = re.compile(r"(?i)^\s+rural\s+(?:hospital|clinic|health\s+(?:cent(?:re|er)|post))\b")
_DIED_AT = re.compile(
    r"(?i)\b(?:died|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?)\s+"
    r"(?:later\s+|afterwards\s+|(?:on\s+)?(?:\w+\s+){0,2}?)?(?:in|at)\s+(?:the\s+)?$"
)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a locative phrase: the project's spelling, its level and admin1."""

    name: str
    level: str  # location, admin2 or admin1
    admin1: str | None
    text: str
    start: int
    end: int
    admin2: str | None = None


# a newsroom's post, no scene: "the agency's correspondent in X", "our reporter based in X"
_REPORTER_POST = re.compile(
    r"(?i)\b(?:correspondents?|reporters?|stringers?|bureau|newsroom|journalists?)\s+"
    r"(?:(?:based|stationed|posted)\s+)?in\s+$"
)


def find_places(sentence: str, iso3: str = "PAK") -> list[PlaceMention]:
    """Places named in locative phrases of ``sentence``, in text order.

    >>> [(p.name, p.level) for p in find_places("stormed a station in the district of Kalat")]
    [('Kalat', 'admin2')]
    >>> [(p.name, p.admin2) for p in find_places("a checkpost in the Lakki Marwat district")]
    [('Lakki', 'Lakki Marwat')]
    >>> find_places("Rail traffic with Quetta was suspended")
    []
    >>> [p.name for p in find_places("In Pasni, ten police were missing.")]
    ['Pasni']
    >>> [p.name for p in find_places("Our correspondent in Quetta said gunmen raided Pasni.")]
    []
    """
    found: list[PlaceMention] = []
    label = _LABEL.match(sentence)  # "Herat city: Gunmen shot …" (a digest's item)
    if label is None:  # an alert's "SEPARATE INCIDENT - BUTEMBO: On the evening …"
        label = _CAPITALS_LABEL.match(sentence)
    if label is None:  # a message's topic: "On Ubari: two of the engineers were released …"
        label = _TOPIC_LABEL.match(sentence)
    if label is None:  # a post's tag: "🔴 Kalla | A medical source: …"
        label = _BAR_LABEL.match(sentence)
    if label:
        place = lookup_place(label.group("name").title(), iso3)
        if place is not None and place[1] != "admin1":
            canonical, level, admin1 = place
            name = label.group("name")
            found.append(PlaceMention(canonical, level, admin1, name, 0, len(name)))
    unplaced = -1  # where a name in a locative phrase that no table knows ends
    for match in _CAPITALISED.finditer(sentence):
        if label and match.start() < label.end():
            continue
        opening = _OPENING.match(match.group())  # "In Pasni, …": the preposition opens it
        # an address, smallest first: "in Barangay Talon, Patikul, Sulu" — the next name of
        # the chain places it when the first is unknown
        address = re.fullmatch(r",\s+", sentence[unplaced : match.start()]) and re.match(
            r"\s*(?:[,.;(]|$)", sentence[match.end() :]
        )
        unplaced = -1
        if (
            not opening
            and not address
            and not _LGA.search(sentence[match.start() : match.end() + 26])  # "…, Faskari LGA"
            and not _LOCATIVE.search(sentence[max(0, match.start() - 60) : match.start()])
            and not (
                _OBJECT_BEFORE.search(sentence[max(0, match.start() - 30) : match.start()])
                and _SETTLEMENT_AFTER.match(sentence[match.end() :])
            )
            # "Konduga market blast on Sunday evening.": a note opening on the place of the
            # event it names
            and not (match.start() == 0 and _EVENT_OF_PLACE_AFTER.match(sentence[match.end() :]))
            and not (
                match.start() == 0 and _SETTLEMENT_OPENING_AFTER.match(sentence[match.end() :])
            )
            and not (
                # a list item's label, its date and its district: "B. 6 March 2025, Maqbanah
                # district."
                _ITEM_LABEL.match(sentence[: match.start()])
                and (
                    _KIND_AFTER.match(sentence[match.end() :])
                    or _ADMIN1_AFTER.match(sentence[match.end() :])
                )
            )
        ):
            continue
        if _REPORTER_POST.search(sentence[max(0, match.start() - 40) : match.start()]):
            continue  # "according to the agency's correspondent in Quetta": where he works
        if opening:
            match = _CAPITALISED.match(sentence, match.start() + opening.end())
            if match is None:
                continue
        # "the attack on Police Station Paharpur": a post named by its place, the place after
        station = _STATION_OF_PLACE.match(match.group())
        if station:
            match = _CAPITALISED.match(sentence, match.start() + station.end())
            if match is None:
                continue
        words = match.group().split()
        # "Ye Oo township": the whole name before the kind of place is the place's; a
        # shorter name inside it ("Ye") is another place
        whole = _KIND_AFTER.match(sentence[match.end() :]) and not any(
            w.casefold() in _KIND_WORDS for w in words
        )
        placed = cut = False
        for size in range(len(words), 0, -1):
            if whole and size < len(words):
                cut = True
                break
            name = " ".join(words[:size])
            if size == 1:  # "Quetta's": the name without the possessive ("Jos", "Homs" keep s)
                name = re.sub(r"[’']s?$", "", name)
            place = lookup_place(re.sub(r"[’']s$", "", name), iso3)
            if place is None:
                continue
            canonical, level, admin1 = place
            end = match.start() + len(" ".join(words[:size]))
            if (
                _WARD_AFTER.match(sentence[end:])
                and _TREATED.search(sentence)
                or (_WARD_AFTER.match(sentence[end:]) or _RURAL_WARD.match(sentence[end:]))
                and _DIED_AT.search(sentence[: match.start()])
            ):
                # "are being treated at the Mopti hospital": where the wounded lie, no scene
                placed = True
                break
            before = sentence[max(0, match.start() - 20) : match.start()]
            if level == "location" and (
                _ADMIN2_BEFORE.search(before) or _ADMIN2_AFTER.match(sentence[end:])
            ):
                level = "admin2"
            elif level == "location" and _ADMIN1_AFTER.match(sentence[end:]):
                level, admin1 = "admin1", canonical  # "Sagaing Region", "Borno State": no town
            # a district keeps its own name: GeoNames names the town ("Lakki Marwat" → Lakki)
            admin2 = None
            if level == "admin2":
                admin2 = canonical if place_key(name) in _aliases(iso3) else name
            found.append(PlaceMention(canonical, level, admin1, name, match.start(), end, admin2))
            placed = True
            break
        if placed:
            continue
        unknown = _unknown_unit(sentence, match, iso3)
        if unknown is not None:
            found.append(unknown)
        # (not a building's address: "at the District Hospital, Kaya" is where the
        # wounded lie)
        elif not cut and not _FACILITY.search(match.group()):
            unplaced = match.end()
    return found


# "in the North Waziristan district": a district by "the" and its kind word, whatever the
# gazetteer (of towns) knows
_DISTRICT_AFTER = re.compile(r"(?i)^\s+(?:district|tehsil)\b")


def _unknown_unit(sentence: str, match: re.Match, iso3: str) -> PlaceMention | None:
    """A name in a locative phrase that no table of towns knows, placed by the kind of unit
    written after it: a province (state, region …) Natural Earth's admin-1 layer names in the
    country ("in Afghanistan's eastern Nangarhar province"), or a district named with "the"
    and its kind ("in the North Waziristan district": an admin2 whose province the article
    gives; "in Eráti district" is left to the tables, as a town's name may be).

    >>> _unknown_unit("in the North Waziristan district", re.search("North Waziristan",
    ...     "in the North Waziristan district"), "PAK")
    PlaceMention(name='North Waziristan', level='admin2', admin1=None, text='North \
Waziristan', start=7, end=23, admin2='North Waziristan')
    """
    name = match.group()
    words = name.split()
    if any(w.casefold() in _KIND_WORDS or place_key(w) in NOT_PLACES for w in words) or (
        place_key(name) in _countries()
    ):
        return None
    after = sentence[match.end() :]
    if _ADMIN1_AFTER.match(after):
        unit = _admin1_unit(name, iso3)
        if unit is not None:
            return PlaceMention(unit, "admin1", unit, name, match.start(), match.end())
        return None
    if (
        _DISTRICT_AFTER.match(after)
        and re.search(r"(?i)\bthe\s+$", sentence[: match.start()])
        and not _FACILITY.search(name)
    ):
        return PlaceMention(name, "admin2", None, name, match.start(), match.end(), name)
    return None


@functools.cache
def _admin1_unit(name: str, iso3: str) -> str | None:
    """``name`` when Natural Earth's admin-1 layer knows a province of the country by it (as
    the text writes it: "Helmand", which the layer spells "Hilmand"), else None (the layer
    is read only when a name no other table knows needs it)."""
    from analysis.boundaries import admin1_unit_named

    return None if admin1_unit_named(iso3, name) is None else name


def lookup_place(name: str, iso3: str = "PAK") -> tuple[str, str, str | None] | None:
    """(project spelling, level, admin1) of a place name, or None.

    >>> lookup_place("Gawadar"), lookup_place("Khyber Pakhtunkhwa"), lookup_place("Sunday")
    (('Gwadar', 'location', 'Balochistan'), ('Khyber Pakhtunkhwa', 'admin1', 'Khyber \
Pakhtunkhwa'), None)
    """
    key = place_key(name)
    if not key or key in NOT_PLACES or key in _countries():
        return None
    aliases = _aliases(iso3)
    admin1s = _admin1_names(iso3)
    if key in aliases:
        canonical, level = aliases[key]
        if level == "admin1":
            return canonical, "admin1", canonical
        return canonical, "location", _admin1_of(canonical, iso3)
    if key in admin1s:
        return admin1s[key], "admin1", admin1s[key]
    places = _places(iso3)
    if key in places.index:
        row = places.loc[key]
        return (
            str(row["name"]),
            "location",
            row["admin1"] if isinstance(row["admin1"], str) else None,
        )
    return None


@functools.cache
def _countries() -> frozenset[str]:
    names = frozenset(place_key(n) for n in country_table()["name"].dropna())
    return names | {"iran", "afghanistan", "china", "india", "pakistan"}  # the short forms


@functools.cache
def _aliases(iso3: str) -> dict[str, tuple[str, str]]:
    table = load_place_aliases()
    table = table[table["iso3"].eq(iso3)]
    out = {place_key(n): (n, lvl) for n, lvl in zip(table["name"], table["level"], strict=True)}
    out.update(
        {k: (n, lvl) for k, n, lvl in zip(table["key"], table["name"], table["level"], strict=True)}
    )
    return out


@functools.cache
def _admin1_names(iso3: str) -> dict[str, str]:
    iso2 = country_table().set_index("iso3")["iso2"].get(iso3)
    table = admin1_names()
    return {place_key(n): n for n in table.loc[table["iso2"].eq(iso2), "name"]}


@functools.cache
def _places(iso3: str) -> pd.DataFrame:
    """Unambiguous gazetteer names of the country, by key."""
    places = gazetteer([iso3])
    places = places[places["places"].eq(1)].drop_duplicates("key")
    return places.set_index("key")[["name", "admin1"]]


def _admin1_of(canonical: str, iso3: str) -> str | None:
    """The admin1 of a project spelling, through its own or any alias's gazetteer entry."""
    table = load_place_aliases()
    keys = {place_key(canonical)} | set(
        table.loc[table["name"].eq(canonical) & table["iso3"].eq(iso3), "key"]
    )
    all_places = gazetteer([iso3])
    hits = all_places[all_places["key"].isin(keys)]["admin1"].dropna().unique()
    return str(hits[0]) if len(hits) == 1 else None


_DIRECTION = (
    r"(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)"
)


@functools.cache
def _country_names() -> str:
    """Country names as written in prose (GeoNames' and common short forms), longest first."""
    names = {n for n in country_table()["name"].dropna() if re.fullmatch(r"[A-Z][\w' -]+", n)}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def countries_placing(text: str, dateline: str | None = None) -> list[str]:
    """ISO3 codes of the countries the text names as where its places are, once per
    naming: a dateline's country ("JALALABAD, Afghanistan (AP) —"), a country's own place
    ("in Afghanistan's eastern Nangarhar province", "Bannu, Pakistan"; the place must be one
    of that country's) or part ("in Pakistan's northwest"). A country named otherwise
    ("militants based in Afghanistan", "talks with Kabul") places nothing.

    >>> countries_placing("A bomber struck in Afghanistan's eastern Nangarhar province.",
    ...     "JALALABAD, Afghanistan (AP) —")
    ['AFG', 'AFG']
    >>> countries_placing("Militants crossed from Afghanistan into Kurram.")
    []
    >>> countries_placing("Gunmen attacked a post in Pakistan's northwest.")
    ['PAK']
    """
    names = _country_names()
    found: list[str] = []
    if dateline:
        found += [_iso3(m["c"]) for m in re.finditer(rf",\s*(?P<c>{names})\b", dateline)]
    own = re.compile(
        rf"\b(?P<c>{names})[’']s\s+(?:(?P<part>(?:[a-z-]+\s+)?{_DIRECTION}(?:ern)?\b(?!\s+[A-Z]))|"
        rf"(?:[a-z-]+\s+){{0,2}}(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}))"
    )
    for match in own.finditer(text):
        iso3 = _iso3(match["c"])
        if match["part"] or _known_in(match["place"], text[match.end() :], iso3):
            found.append(iso3)
    after = re.compile(
        rf"\b(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})(?:\s+(?:province|district|"
        rf"region|state|governorate))?,\s+(?P<c>{names})\b"
    )
    for match in after.finditer(text):
        iso3 = _iso3(match["c"])
        if _known_in(match["place"], "", iso3):
            found.append(iso3)
    return found


def _iso3(name: str) -> str:
    return str(iso3_from_name(pd.Series([name])).iloc[0])


def _known_in(name: str, after: str, iso3: str) -> bool:
    """Whether ``name`` (maybe followed by the text ``after``) is a place of the country."""
    words = name.split()
    for size in range(len(words), 0, -1):
        part = " ".join(words[:size])
        if lookup_place(part, iso3) is not None:
            return True
    return bool(_ADMIN1_AFTER.match(after)) and _admin1_unit(name, iso3) is not None
