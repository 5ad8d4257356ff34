"""Vocabularies of the synthetic ACLED tables: places, actors, event types, phrases.

Real country and admin1 names with approximate centres; town names made from syllables
(seeded), plus the real Balochistan towns whose spelling variants the cleaner knows. Actors
for Pakistan, Afghanistan, India and Iran come from ``src/analysis/reference/actors.csv`` (so
their alias variants are real ones); other countries get ACLED-style names.

>>> sum(len(admin1) for _, _, _, admin1 in COUNTRIES) > 50
True
>>> EVENT_TYPES[0][0]
'Protests'
"""

from __future__ import annotations

from analysis.casualty_phrases import UNITS

# (country, ISO numeric, ACLED region, [(admin1, latitude, longitude), ...])
COUNTRIES: list[tuple[str, int, str, list[tuple[str, float, float]]]] = [
    (
        "Pakistan",
        586,
        "South Asia",
        [
            ("Balochistan", 28.5, 65.5),
            ("Khyber Pakhtunkhwa", 34.0, 71.8),
            ("Punjab", 31.2, 72.5),
            ("Sindh", 25.9, 68.5),
            ("Islamabad Capital Territory", 33.7, 73.05),
            ("Gilgit-Baltistan", 35.8, 74.9),
            ("Azad Kashmir", 34.2, 73.7),
        ],
    ),
    (
        "Afghanistan",
        4,
        "South Asia",
        [
            ("Kabul", 34.5, 69.2),
            ("Nangarhar", 34.2, 70.6),
            ("Helmand", 31.0, 64.2),
            ("Kandahar", 31.6, 65.7),
            ("Kunduz", 36.7, 68.9),
            ("Herat", 34.3, 62.2),
            ("Balkh", 36.7, 67.1),
            ("Ghazni", 33.5, 68.4),
        ],
    ),
    (
        "India",
        356,
        "South Asia",
        [
            ("Jammu and Kashmir", 33.7, 75.0),
            ("Manipur", 24.8, 93.9),
            ("Chhattisgarh", 21.3, 81.9),
            ("Maharashtra", 19.5, 75.7),
            ("Uttar Pradesh", 26.8, 80.9),
            ("West Bengal", 22.9, 87.8),
            ("Assam", 26.2, 92.9),
        ],
    ),
    (
        "Iran",
        364,
        "Middle East",
        [
            ("Sistan and Baluchestan", 27.5, 60.5),
            ("Kurdistan", 35.3, 47.0),
            ("Tehran", 35.7, 51.4),
            ("Khuzestan", 31.3, 48.7),
            ("West Azerbaijan", 37.5, 45.0),
        ],
    ),
    (
        "Bangladesh",
        50,
        "South Asia",
        [("Dhaka", 23.8, 90.4), ("Chittagong", 22.3, 91.8), ("Rajshahi", 24.4, 88.6)],
    ),
    (
        "Myanmar",
        104,
        "Southeast Asia",
        [
            ("Sagaing", 22.0, 95.5),
            ("Shan-North", 22.5, 97.5),
            ("Rakhine", 20.0, 93.5),
            ("Kachin", 25.5, 97.4),
            ("Magway", 20.2, 94.9),
        ],
    ),
    (
        "Nigeria",
        566,
        "Western Africa",
        [
            ("Borno", 11.8, 13.2),
            ("Zamfara", 12.1, 6.2),
            ("Kaduna", 10.5, 7.4),
            ("Lagos", 6.5, 3.4),
            ("Benue", 7.3, 8.7),
        ],
    ),
    (
        "Syria",
        760,
        "Middle East",
        [
            ("Aleppo", 36.2, 37.2),
            ("Idleb", 35.9, 36.6),
            ("Deir ez Zor", 35.3, 40.1),
            ("Damascus", 33.5, 36.3),
            ("Dara", 32.6, 36.1),
        ],
    ),
    (
        "Ukraine",
        804,
        "Europe",
        [
            ("Donetsk", 48.0, 37.8),
            ("Kharkiv", 49.6, 36.6),
            ("Zaporizhia", 47.6, 35.6),
            ("Kherson", 46.7, 33.0),
            ("Kyiv City", 50.45, 30.5),
        ],
    ),
    (
        "Mexico",
        484,
        "Central America",
        [
            ("Guerrero", 17.4, -99.5),
            ("Michoacan", 19.2, -101.9),
            ("Guanajuato", 21.0, -101.3),
            ("Jalisco", 20.7, -103.3),
        ],
    ),
    (
        "Somalia",
        706,
        "Eastern Africa",
        [
            ("Banadir", 2.05, 45.3),
            ("Lower Shabelle", 1.9, 44.6),
            ("Middle Shabelle", 2.9, 45.5),
            ("Bay", 2.9, 43.5),
        ],
    ),
    (
        "Sudan",
        729,
        "Northern Africa",
        [
            ("Khartoum", 15.6, 32.5),
            ("North Darfur", 15.7, 25.3),
            ("West Darfur", 13.0, 22.4),
            ("South Kordofan", 11.0, 30.0),
        ],
    ),
]

# Real towns of Balochistan with the variants sources write (the cleaner maps them).
BALOCHISTAN_TOWNS: list[tuple[str, str, float, float, list[str]]] = [
    ("Quetta", "Quetta", 30.19, 67.01, []),
    ("Gwadar", "Gwadar", 25.12, 62.32, ["Gawadar"]),
    ("Kalat", "Kalat", 29.03, 66.59, ["Kelat"]),
    ("Musa Khel", "Musa Khel", 30.85, 69.82, ["Musakhail", "Musakhel", "Musa Khel Bazar"]),
    ("Nushki", "Nushki", 29.55, 66.02, ["Noshki"]),
    ("Turbat", "Kech", 26.00, 63.04, []),
    ("Panjgur", "Panjgur", 26.97, 64.09, []),
    ("Mastung", "Mastung", 29.80, 66.85, []),
    ("Bolan", "Kachhi", 29.50, 67.60, []),
    ("Dera Bugti", "Dera Bugti", 29.03, 69.15, []),
]

SYLLABLES = [
    "ka",
    "la",
    "ba",
    "da",
    "mir",
    "zai",
    "kot",
    "pur",
    "ab",
    "gar",
    "an",
    "sha",
    "ri",
    "ma",
    "na",
    "ta",
    "ha",
    "ja",
    "kh",
    "ul",
    "si",
    "gu",
    "do",
    "ra",
    "be",
    "lo",
    "ni",
    "sa",
    "wa",
    "ze",
    "mu",
    "ya",
    "ko",
]
TOWN_ENDINGS = ("abad", "pur", "kot", "garh", "zai", "khel", "wala", "", "", "", "")

# (event type, weight, disorder type, [(sub-event type, weight), ...])
EVENT_TYPES: list[tuple[str, float, str, list[tuple[str, float]]]] = [
    (
        "Protests",
        0.36,
        "Demonstrations",
        [
            ("Peaceful protest", 0.9),
            ("Protest with intervention", 0.08),
            ("Excessive force against protesters", 0.02),
        ],
    ),
    (
        "Battles",
        0.17,
        "Political violence",
        [
            ("Armed clash", 0.92),
            ("Government regains territory", 0.04),
            ("Non-state actor overtakes territory", 0.04),
        ],
    ),
    (
        "Explosions/Remote violence",
        0.2,
        "Political violence",
        [
            ("Shelling/artillery/missile attack", 0.45),
            ("Air/drone strike", 0.3),
            ("Remote explosive/landmine/IED", 0.15),
            ("Grenade", 0.07),
            ("Suicide bomb", 0.03),
        ],
    ),
    (
        "Violence against civilians",
        0.13,
        "Political violence",
        [("Attack", 0.75), ("Abduction/forced disappearance", 0.22), ("Sexual violence", 0.03)],
    ),
    (
        "Riots",
        0.08,
        "Demonstrations",
        [("Violent demonstration", 0.7), ("Mob violence", 0.3)],
    ),
    (
        "Strategic developments",
        0.06,
        "Strategic developments",
        [
            ("Arrests", 0.35),
            ("Looting/property destruction", 0.25),
            ("Disrupted weapons use", 0.2),
            ("Change to group/activity", 0.1),
            ("Other", 0.1),
        ],
    ),
]

# Actors per country: state forces, armed groups, targets. South Asian names are canonical
# names of src/analysis/reference/actors.csv (their alias variants are used too).
ACTORS: dict[str, dict[str, list[str]]] = {
    "Pakistan": {
        "state": [
            "Military Forces of Pakistan (2018-)",
            "Police Forces of Pakistan (2018-)",
            "Frontier Corps",
            "Balochistan Levies",
            "Pakistan Rangers",
        ],
        "armed": [
            "BLA: Baloch Liberation Army",
            "TTP: Tehrik-i-Taliban Pakistan",
            "BLF: Balochistan Liberation Front",
            "Islamic State Khorasan Province",
            "BRAS: Baloch Raaji Aajoi Sangar",
            "Lashkar-e-Jhangvi",
            "Unidentified Armed Group (Pakistan)",
            "Jamaat-ul-Ahrar",
            "Tehreek-e-Jihad Pakistan",
        ],
        "civilians": [
            "Civilians (Pakistan)",
            "Labor Group (Pakistan)",
            "Journalists (Pakistan)",
            "Students (Pakistan)",
        ],
        "crowd": ["Protesters (Pakistan)", "Rioters (Pakistan)", "Baloch Yakjehti Committee"],
    },
    "Afghanistan": {
        "state": ["Military Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)"],
        "armed": [
            "Islamic State Khorasan Province",
            "National Resistance Front of Afghanistan",
            "Unidentified Armed Group (Afghanistan)",
            "Taliban",
        ],
        "civilians": ["Civilians (Afghanistan)", "Hazara Ethnic Group (Afghanistan)"],
        "crowd": ["Protesters (Afghanistan)", "Rioters (Afghanistan)"],
    },
    "India": {
        "state": ["Military Forces of India (2014-)", "Police Forces of India (2014-)"],
        "armed": [
            "Communist Party of India (Maoist)",
            "Hizbul Mujahideen",
            "Lashkar-e-Taiba",
            "Jaish-e-Mohammed",
            "Unidentified Armed Group (India)",
        ],
        "civilians": ["Civilians (India)"],
        "crowd": ["Protesters (India)", "Rioters (India)"],
    },
    "Iran": {
        "state": ["Military Forces of Iran (1989-)", "Police Forces of Iran (1989-)"],
        "armed": [
            "Jaish al-Adl",
            "Kurdish Democratic Party of Iran",
            "Free Life Party of Kurdistan",
            "Unidentified Armed Group (Iran)",
        ],
        "civilians": ["Civilians (Iran)"],
        "crowd": ["Protesters (Iran)", "Rioters (Iran)"],
    },
}
ARMED_ELSEWHERE: dict[str, list[str]] = {
    "Bangladesh": ["Awami League", "BNP: Bangladesh Nationalist Party"],
    "Myanmar": ["PDF: People's Defense Force", "AA: Arakan Army", "KIA: Kachin Independence Army"],
    "Nigeria": [
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "ISWAP: Islamic State West Africa Province",
        "Fulani Ethnic Militia (Nigeria)",
    ],
    "Syria": [
        "HTS: Hayat Tahrir al Sham",
        "Islamic State (Syria)",
        "SDF: Syrian Democratic Forces",
    ],
    "Ukraine": ["Military Forces of Russia (2000-)"],
    "Mexico": ["CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel", "Familia Michoacana"],
    "Somalia": ["Al Shabaab"],
    "Sudan": ["RSF: Rapid Support Forces", "SPLM-N: Sudan People's Liberation Movement-North"],
}

SOURCES = (
    "Dawn",
    "Reuters",
    "The Express Tribune",
    "Associated Press",
    "Agence France Presse",
    "BBC News",
    "Local partner",
    "Twitter",
    "The News International",
    "Al Jazeera",
)
SOURCE_SCALES = ("National", "Regional", "International", "National-International", "Subnational")

# Sentences about casualties; {n} is the figure ("{w}" the figure in words).
KILLED_PHRASES = (
    "{n} people were killed.",
    "killing at least {n} people.",
    "{n} soldiers were killed and several were wounded.",
    "killing {w} civilians.",
    "Reports say more than {n} people died.",
    "{w} bodies were recovered.",
)
NO_DEATH_PHRASES = (
    "No casualties were reported.",
    "There were no reports of fatalities.",
    "Several people were injured.",
    "Fatalities unknown.",
)
NUMBER_WORDS = list(UNITS)[:13]  # zero … twelve, as analysis.parse_count reads them
