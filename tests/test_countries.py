"""Country names as the providers and analysts write them, to ISO 3166 alpha-3 codes."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.extract import extract_article
from analysis.reference.countries import iso3_from_name

# Each provider's own spelling, with the code of the country it names today.
NAMES = [
    # UCDP GED (Gleditsch-Ward names, former names in brackets)
    ("Bosnia-Herzegovina", "BIH"),
    ("Serbia (Yugoslavia)", "SRB"),
    ("Madagascar (Malagasy)", "MDG"),
    ("Kingdom of eSwatini (Swaziland)", "SWZ"),
    ("Congo", "COG"),
    ("DR Congo (Zaire)", "COD"),
    # GTD country_txt
    ("Netherlands", "NLD"),
    ("West Bank and Gaza Strip", "PSE"),
    ("People's Republic of the Congo", "COG"),
    ("Slovak Republic", "SVK"),
    ("East Timor", "TLS"),
    # ACLED
    ("Democratic Republic of Congo", "COD"),
    ("Republic of Congo", "COG"),
    ("eSwatini", "SWZ"),
    ("Palestine", "PSE"),
    # analysts' and the UN's spellings
    ("Côte d'Ivoire", "CIV"),
    ("Cote D’Ivoire", "CIV"),
    ("Türkiye", "TUR"),
    ("Syrian Arab Republic", "SYR"),
    ("Timor-Leste", "TLS"),
    ("  burma ", "MMR"),
    ("São Tomé and Príncipe", "STP"),
    ("US Virgin Islands", "VIR"),
    # the UN's names (M49), territories by the state they belong to
    ("China, Hong Kong Special Administrative Region", "HKG"),
    ("Falkland Islands (Malvinas)", "FLK"),
    ("Holy See", "VAT"),
    ("Netherlands (Kingdom of the)", "NLD"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("Bonaire, Sint Eustatius and Saba", "BES"),
    ("Åland Islands", "ALA"),
    ("Åland", "ALA"),
    ("Cocos (Keeling) Islands", "CCK"),
    ("Pitcairn Islands", "PCN"),
    ("Sint Eustatius", "BES"),
    ("Svalbard", "SJM"),
    # ACLED's territories
    ("Saint-Martin", "MAF"),
    ("Saint-Barthelemy", "BLM"),
    ("Caribbean Netherlands", "BES"),
    ("Virgin Islands, U.S.", "VIR"),
    # the World Bank's, sorted by name: the article and the form of state after a comma
    ("Gambia, The", "GMB"),
    ("Bahamas, The", "BHS"),
    ("Congo, Dem. Rep.", "COD"),
    ("Congo, Rep.", "COG"),
    ("Egypt, Arab Rep.", "EGY"),
    ("Korea, Rep.", "KOR"),
    ("Korea, Dem. People's Rep.", "PRK"),
    ("Yemen, Rep.", "YEM"),
    ("Kyrgyz Republic", "KGZ"),
    ("West Bank and Gaza", "PSE"),
    # territories that govern themselves without wide recognition: the state they lie in
    ("Somaliland", "SOM"),
    ("Northern Cyprus", "CYP"),
    ("Turkish Republic of Northern Cyprus", "CYP"),
    ("Transnistria", "MDA"),
    ("Abkhazia", "GEO"),
]


@pytest.mark.parametrize(("name", "code"), NAMES)
def test_provider_spellings_name_today_s_country(name, code):
    assert iso3_from_name(pd.Series([name])).tolist() == [code]


def test_split_states_and_unknown_names_stay_missing():
    codes = iso3_from_name(pd.Series(["Soviet Union", "Yugoslavia", "Czechoslovakia", None]))
    assert codes.isna().all()


def test_each_distinct_name_keeps_its_rows():
    names = pd.Series(["Netherlands", "Pakistan", "Netherlands", None], index=[7, 3, 9, 1])
    codes = iso3_from_name(names)
    assert codes.index.tolist() == [7, 3, 9, 1]
    assert codes.iloc[:3].tolist() == ["NLD", "PAK", "NLD"] and pd.isna(codes.iloc[3])


def test_an_article_from_cote_d_ivoire_is_read():
    text = "Gunmen killed three soldiers near Kafolo on Monday, the army said."
    extraction = extract_article(text, date(2024, 6, 11), country="Côte d'Ivoire")
    figures = [f for c in extraction.candidates for f in c.figures]
    assert [(f.best, f.victim_group) for f in figures] == [(3, "security_forces")]


def test_an_article_from_somaliland_is_read():
    text = "Clan militia killed two herders near Erigavo on Monday, the regional police said."
    extraction = extract_article(text, date(2026, 3, 11), country="Somaliland")
    figures = [f for c in extraction.candidates for f in c.figures]
    assert [(f.best, f.victim_group) for f in figures] == [(2, "civilians")]
