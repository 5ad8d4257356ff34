"""The extraction rules on text they were not written for: normalisation of pasted text,
the outcome of each figure read from its clause, parts of figures, reporters, and grouping
by the place a sentence names. Every sentence here is written for these tests (none is
taken from the labelled articles of ``tests/fixtures/articles/set``).
"""

from __future__ import annotations

import csv
import textwrap
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures, find_figures
from analysis.extract.normalise import normalise
from analysis.extract.reporters import find_reporter
from analysis.extract.write import write_candidates

PARAGRAPHS = [
    "Armed men ambushed a police van on the ring road outside the city late on Friday, "
    "killing three officers and wounding two passers-by, a district police spokesman said "
    "in a statement sent to reporters on Saturday morning.",
    "Hospital officials said the wounded were in a stable condition and that one of them, "
    "a schoolteacher travelling home from work, had been moved to the provincial capital.",
    "No group claimed the ambush, the third on the police in the area this month.",
]


# --- normalisation -------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(width=st.integers(min_value=45, max_value=120))
def test_hard_wrapped_text_reads_as_the_unwrapped_text(width):
    plain = "\n\n".join(PARAGRAPHS)
    wrapped = "\n\n".join(
        textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False) for p in PARAGRAPHS
    )
    assert normalise(wrapped).text == normalise(plain).text == plain


@settings(max_examples=40, deadline=None)
@given(width=st.integers(min_value=45, max_value=120))
def test_wrapped_paragraphs_without_blank_lines_keep_their_sentences(width):
    """A PDF paste: no blank line between paragraphs, every line ending mid-sentence joins."""
    wrapped = "\n".join(
        textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False) for p in PARAGRAPHS
    )
    text = normalise(wrapped).text
    for paragraph in PARAGRAPHS:
        assert paragraph in text.replace("\n\n", " ")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("insurgents at-\ntacked the post.", "insurgents attacked the post."),
        (
            "a suicide bomber in an explosives-\nladen car.",
            "a suicide bomber in an explosives-laden car.",
        ),
        ("an anti-\ngovernment group.", "an anti-government group."),
        ("a 14-\nyear-old boy.", "a 14-year-old boy."),
        (
            "a well-\nknown pro-Kabul elder and a pro-\nKabul militia.",
            "a well-known pro-Kabul elder and a pro-Kabul militia.",
        ),
    ],
)
def test_hyphenation_at_line_ends(raw, expected):
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "text", "dateline"),
    [
        (
            "PESHAWAR, Pakistan, March 2 (Newswire) - Gunmen shot dead two traffic "
            "policemen on Sunday, police said.",
            "Gunmen shot dead two traffic policemen on Sunday, police said.",
            "Peshawar",
        ),
        (
            "MOGADISHU (Newswire) — A car bomb exploded near the port, killing five people, "
            "officials said.",
            "A car bomb exploded near the port, killing five people, officials said.",
            "Mogadishu",
        ),
        (
            "D.G. KHAN: Two soldiers were martyred in an exchange of fire with terrorists "
            "late last night.",
            "Two soldiers were martyred in an exchange of fire with terrorists late last night.",
            "D.G. Khan",
        ),
    ],
)
def test_datelines_are_taken_off(raw, text, dateline):
    result = normalise(raw)
    assert (result.text, result.dateline) == (text, dateline)


def test_furniture_is_dropped_and_listed():
    raw = (
        "Gunmen kill four at checkpoint\n"
        "By Imran Khattak and Sara Lodhi\n"
        "Updated 14:05 GMT\n\n"
        "Gunmen killed four soldiers at a checkpoint on Sunday, the army said.\n\n"
        "Also read: Army chief visits the border\n"
        "Advertisement\n"
        "(Reporting by Imran Khattak; Editing by Sara Lodhi)\n"
        "-- \n"
        "Sent from my phone"
    )
    result = normalise(raw)
    assert result.text == (
        "Gunmen kill four at checkpoint\n\n"
        "Gunmen killed four soldiers at a checkpoint on Sunday, the army said."
    )
    assert "By Imran Khattak and Sara Lodhi" in result.removed
    assert "Sent from my phone" in result.removed


def test_curly_quotes_become_straight():
    assert normalise("“They fled,” the army’s spokesman said.").text == (
        '"They fled," the army\'s spokesman said.'
    )


def test_a_press_release_names_its_issuer():
    raw = "NATIONAL POLICE SERVICE\nPRESS RELEASE\n\nOfficers arrested six suspects on Monday."
    result = normalise(raw)
    assert (result.issuer, result.issuer_kind) == ("National Police Service", "official")
    assert result.text == "Officers arrested six suspects on Monday."


def test_a_group_statement_names_its_issuer():
    result = normalise("Statement of the Tehrik-i-Taliban Pakistan\n\nOur men killed 9 police.")
    assert (result.issuer, result.issuer_kind) == ("Tehrik-i-Taliban Pakistan", "group")


# --- figures: the outcome from the clause -------------------------------------------------


def _typed(sentence: str) -> list[tuple[str, int, str]]:
    return [(f.outcome, f.best, f.victim_group) for f in find_casualty_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen killed four soldiers and wounded six others near the border.",
            [("killed", 4, "security_forces"), ("wounded", 6, "security_forces")],
        ),
        (
            "Three passengers were abducted and two were later freed.",
            [("abducted", 3, "civilians"), ("freed", 2, "civilians")],
        ),
        ("The bodies of four kidnapped engineers were found.", [("killed", 4, "civilians")]),
        ("Twelve miners are still missing after the raid.", [("missing", 12, "civilians")]),
        ("Police arrested nine suspects in the town.", [("arrested", 9, "militants")]),
        # the gunmen did the killing: nothing happened to them
        ("Eight gunmen stormed the school, killing two teachers.", [("killed", 2, "civilians")]),
        (
            "Seven soldiers were wounded, two of them seriously.",
            [("wounded", 7, "security_forces")],
        ),
        ("Four policemen were injured but no one died.", [("wounded", 4, "security_forces")]),
        (
            "The blast killed 30 people, among them five children, and injured 40 others.",
            [("killed", 30, "unknown"), ("wounded", 40, "unknown")],
        ),
        (
            "Eleven hostages who had been seized on Monday were released on Friday.",
            [("freed", 11, "civilians")],
        ),
        ("The toll was later revised to 19 from 23.", [("killed", 19, "unknown")]),
        ("Officials said 15 people died, not 25 as reported earlier.", [("killed", 15, "unknown")]),
        (
            "Troops captured three fighters and killed two of them when they tried to flee.",
            [("arrested", 3, "militants"), ("killed", 2, "militants")],
        ),
        ("A soldier was wounded in the exchange of fire.", [("wounded", 1, "security_forces")]),
        ("The attackers, numbering about 40, used rockets.", []),
    ],
)
def test_outcomes_are_read_from_the_clause(sentence, expected):
    assert _typed(sentence) == expected


NOT_DEATHS = {
    "were wounded": "wounded",
    "were injured in the blast": "wounded",
    "were abducted": "abducted",
    "were kidnapped from their homes": "abducted",
    "were arrested": "arrested",
    "were freed on Sunday": "freed",
    "remain missing": "missing",
}
NOUNS = ["policemen", "soldiers", "civilians", "villagers", "militants", "people", "workers"]


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=999),
    noun=st.sampled_from(NOUNS),
    verb=st.sampled_from(sorted(NOT_DEATHS)),
    lead=st.sampled_from(["", "Police said ", "According to officials, "]),
    tail=st.sampled_from(["", " after militants attacked the area", " when gunmen opened fire"]),
)
def test_no_wounded_abducted_or_freed_figure_becomes_a_death(n, noun, verb, lead, tail):
    sentence = f"{lead}{n} {noun} {verb}{tail}."
    assert find_figures(sentence) == []
    (figure,) = find_casualty_figures(sentence)
    assert (figure.best, figure.outcome) == (n, NOT_DEATHS[verb])


def test_parts_are_not_additions():
    found = find_casualty_figures(
        "Security forces killed 40 insurgents, six of them commanders, and lost three soldiers "
        "including an officer."
    )
    # "lost three soldiers" are the forces' own dead; "an officer" is one of them
    assert [(f.best, f.victim_group) for f in found if f.outcome == "killed"] == [
        (40, "militants"),
        (3, "security_forces"),
    ]


# --- reporters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The head of the city morgue, Dr Amina Yusuf, said 12 bodies were brought in.",
            "Head of the city morgue Dr Amina Yusuf",
        ),
        (
            "A nurse at the district hospital, who spoke on condition of anonymity, said two died.",
            "Nurse at the district hospital",
        ),
        ("According to the provincial governor, nine people were killed.", "Provincial governor"),
        ("The army gave a lower toll of five.", "Army"),
        ("Tigray province: Regional police said 4 people died.", "Regional police"),
        ("The gunmen were killed and police said the area was cleared.", None),
    ],
)
def test_more_reporters(sentence, expected):
    reporter = find_reporter(sentence)
    assert (reporter.name if reporter else None) == expected


# --- grouping ----------------------------------------------------------------------------


ARTICLE = """Attacks in two towns leave 11 dead

Gunmen stormed a police station in Kalat on Monday night, killing seven policemen, officials said.

Two civilians died in Mastung when a bomb hidden in a cart exploded near a bus stop, police \
said. Five others were wounded.

The military gave a higher toll. It said nine policemen had been killed in Kalat.

A provincial official said four attackers were also killed in the Kalat attack.

The Baloch Liberation Army said its fighters had killed 30 soldiers across the province.
"""


@pytest.fixture(scope="module")
def two_towns():
    return extract_article(ARTICLE, date(2024, 9, 3))


def test_a_sentence_naming_its_own_place_starts_its_own_candidate(two_towns):
    places = [c.location for c in two_towns.candidates]
    assert places == ["Kalat", "Mastung"]
    kalat, mastung = two_towns.candidates
    assert [(f.best, f.victim_group, f.reported_by) for f in kalat.figures] == [
        (7, "security_forces", "Officials"),
        (9, "security_forces", "Military"),  # the other reporter's toll, kept beside it
        (4, "militants", "Provincial official"),
    ]
    assert [(f.best, f.victim_group, f.reported_by) for f in mastung.figures] == [
        (2, "civilians", "Police")
    ]
    assert [(f.outcome, f.best, f.victim_group) for f in mastung.other_figures] == [
        ("wounded", 5, "civilians")
    ]


def test_a_claim_naming_no_attack_goes_to_the_campaign(two_towns):
    headline, claim = two_towns.totals
    assert (headline.best, headline.sentence_id, headline.perpetrator_claim) == (11, 0, False)
    assert (claim.best, claim.victim_group, claim.reported_by, claim.perpetrator_claim) == (
        30,
        "security_forces",
        "Baloch Liberation Army",
        True,
    )
    assert all(not f.perpetrator_claim for c in two_towns.candidates for f in c.figures)


def test_only_deaths_are_written_to_the_casualties_table(two_towns, tmp_path):
    paths = write_candidates(two_towns, tmp_path / "a.csv", "a")
    with paths["casualties"].open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["event_id"], r["fatalities"], r["victim_group"]) for r in rows] == [
        ("a-01", "seven", "security_forces"),
        ("a-01", "nine", "security_forces"),
        ("a-01", "four", "militants"),
        ("a-02", "Two", "civilians"),
    ]


# --- victims outside the lists, one sentence about two events, updates ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nouns known by their ending, not by a list
        ("Gunmen shot dead three money lenders at a bus stand.", [("killed", 3, "civilians")]),
        ("Troops killed seven Kharijites in the hills.", [("killed", 7, "militants")]),
        (
            "Police detained four suspected arms smugglers.",
            [("arrested", 4, "militants")],
        ),
        ("Two helicopters were seized at the airfield.", []),
        # one person, with "a" or a possessive and the singular of a victim noun
        (
            "The blast killed a contractor and his driver.",
            [("killed", 1, "civilians"), ("killed", 1, "civilians")],
        ),
        # militants "capture" soldiers: an abduction, not an arrest
        (
            "Insurgents overran the outpost and captured five soldiers.",
            [("abducted", 5, "security_forces")],
        ),
        ("The fire claimed the lives of 11 pilgrims.", [("killed", 11, "civilians")]),
    ],
)
def test_more_victims_and_outcomes(sentence, expected):
    assert _typed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ansar Dine, a group allied with al Qaeda, claimed the raid on Friday and said its "
            "fighters had killed 14 troops.",
            "Ansar Dine",
        ),
        ('District health officer Asma Noor: "Nine children died."', "District health officer"),
        ("Police now say 15 people were killed.", "Police"),
        ("Police arrived at the scene and said three people were dead.", "Police"),
    ],
)
def test_reporters_beyond_said(sentence, expected):
    reporter = find_reporter(sentence)
    assert reporter is not None and reporter.name.startswith(expected)


def _figures_by_candidate(text, country="Pakistan", published=date(2024, 9, 3)):
    found = extract_article(text, published, country)
    return [
        (c.location or c.place_key, [(f.best, f.victim_group, f.reported_by) for f in c.figures])
        for c in found.candidates
    ], found


def test_a_quote_over_several_sentences_takes_the_reporter_who_closes_it():
    text = (
        "Gunmen attacked a check post near Kalat on Monday.\n\n"
        '"Four of our men were martyred. Three attackers were also killed," a Levies '
        "commander, Rashid Baloch, told reporters."
    )
    groups, _ = _figures_by_candidate(text)
    reporters = {r for _, figures in groups for *_, r in figures}
    assert reporters == {"Levies commander Rashid Baloch"}


def test_a_sentence_about_two_events_gives_two_candidates():
    text = (
        "Troops killed 16 insurgents in a raid on Tuesday after an ambush near Kalat that "
        "left five soldiers dead, the army said.\n\n"
        "A roadside bomb killed two policemen in Turbat and a grenade killed three shoppers in "
        "Mastung on Wednesday, police said."
    )
    groups, _ = _figures_by_candidate(text)
    assert sorted(groups, key=lambda g: g[1]) == sorted(
        [
            (None, [(16, "militants", "Army")]),
            ("Kalat", [(5, "security_forces", "Army")]),
            ("Kech", [(2, "security_forces", "Police")]),  # Turbat, in Kech district
            ("Mastung", [(3, "civilians", "Police")]),
        ],
        key=lambda g: g[1],
    )


def test_a_reporter_updating_its_toll_replaces_the_earlier_figure():
    text = (
        "A bomb exploded in a market in Mastung on Friday, killing eight people, police said.\n\n"
        "Police now say 13 people were killed in the blast."
    )
    groups, found = _figures_by_candidate(text)
    assert groups == [("Mastung", [(13, "unknown", "Police")])]
    assert "updated by" in found.candidates[0].notes


def test_a_group_outside_the_actor_list_claiming_an_attack_is_the_claimant():
    text = (
        "Gunmen stormed a hotel in Mastung on Friday, killing six guests, police said.\n\n"
        "Jaish al-Adl claimed responsibility for the attack."
    )
    _, found = _figures_by_candidate(text)
    (hotel,) = found.candidates
    assert (hotel.claimed_by, hotel.claim_status) == ("Jaish al-Adl", "claimed")


def test_a_town_the_gazetteer_lacks_still_starts_its_own_candidate():
    text = (
        "Gunmen shot dead four farmers in Mastung on Monday, officials said.\n\n"
        "In a separate incident in Pirkoh, militants killed two labourers, police said."
    )
    groups, _ = _figures_by_candidate(text)
    assert groups == [
        ("Mastung", [(4, "civilians", "Officials")]),
        ("Pirkoh", [(2, "civilians", "Police")]),
    ]


# --- statements, background, reporters and places (rules added after a second writer's set) -


def test_a_statement_headed_by_its_group_reports_its_figures():
    text = (
        "Al-Badr Media Office\nKatiba Serma\nStatement on the raid at Boni\n\n"
        "On Friday the mujahideen stormed an army post near Boni. They killed 9 soldiers and "
        "took 2 soldiers prisoner. Two of our brothers were martyred in the raid."
    )
    found = extract_article(text, date(2025, 3, 3), "Mali")
    assert found.issuer == "Katiba Serma"
    figures = [
        (f.best, f.victim_group, f.outcome, f.reported_by, f.perpetrator_claim)
        for c in found.candidates
        for f in c.figures + c.other_figures
    ]
    assert sorted(figures) == [
        (2, "militants", "killed", "Katiba Serma", True),  # "our brothers": its own dead
        (2, "security_forces", "abducted", "Katiba Serma", True),  # taken prisoner
        (9, "security_forces", "killed", "Katiba Serma", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In June, a bombing at the same market killed 14 people.",
        "Since January, more than 200 civilians have been killed in the district.",
        "More than 30 policemen were killed in the province in 2023, officials said.",
    ],
)
def test_earlier_events_and_running_counts_are_background(sentence):
    text = f"Gunmen shot dead two farmers in Mastung on Sunday, police said.\n\n{sentence}"
    found = extract_article(text, date(2024, 3, 12))
    figures = [(f.best, f.victim_group) for c in found.candidates for f in c.figures]
    assert figures == [(2, "civilians")]
    assert found.totals == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Doctors confirmed 7 deaths at the district hospital.", [("killed", 7, "unknown")]),
        ("The body of a teacher was found in a ditch.", [("killed", 1, "civilians")]),
        (
            "Two civilians, a taxi driver and a cook, were killed in the crossfire.",
            [("killed", 2, "civilians")],
        ),
        ("A humanitarian convoy was attacked.", []),
        ("Five family members were wounded.", [("wounded", 5, "civilians")]),
        ("Troops detained three KLF members.", [("arrested", 3, "militants")]),
        ("Sixty women were taken into the forest.", [("abducted", 60, "civilians")]),
        ("A boy was hit by stray bullets.", [("wounded", 1, "civilians")]),
        ("Two dozen villagers were killed.", [("killed", 24, "civilians")]),
        (
            "Three soldiers were KIA and five WIA.",
            [("killed", 3, "security_forces"), ("wounded", 5, "security_forces")],
        ),
    ],
)
def test_victims_and_outcomes_from_a_second_writer(sentence, expected):
    assert _typed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The provincial health minister, speaking outside the hospital, said 8 people died.",
            "Provincial health minister",
        ),
        (
            "A tribal elder who asked not to be named said five villagers were killed.",
            "Tribal elder",
        ),
        (
            "Village volunteers, however, claimed that nine villagers had been killed.",
            "Village volunteers",
        ),
    ],
)
def test_reporters_with_asides(sentence, expected):
    assert find_reporter(sentence).name == expected


def test_the_town_where_the_police_are_is_not_the_event_place():
    groups, _ = _figures_by_candidate(
        "Police in Quetta confirmed 3 deaths in Mastung, where gunmen fired on a wedding."
    )
    assert groups == [("Mastung", [(3, "unknown", "Police in Quetta")])]


def test_some_of_the_abducted_are_the_article_total_s_victims():
    text = (
        "Dozens abducted in Zhob raids\n\n"
        "Gunmen raided three villages in Zhob district on Sunday, abducting 40 people, "
        "officials said.\n\n"
        "In Sambaza, villagers said 12 men were taken away.\n\n"
        "Police said on Tuesday that 9 of the abducted villagers had escaped."
    )
    found = extract_article(text, date(2024, 9, 3))
    assert [(f.best, f.outcome) for f in found.other_totals] == [(40, "abducted"), (9, "freed")]


def test_a_liveblog_s_newest_entry_updates_its_reporter_s_toll():
    text = (
        "LIVE: Blast at a court in Mardan\n\n"
        "16:05 - Police now say 12 people were killed in the blast at the court.\n\n"
        "15:10 - Police say five people died in the blast at the court in Mardan."
    )
    found = extract_article(text, date(2024, 3, 5))
    assert "16:05 -" in found.removed and "15:10 -" in found.removed
    figures = [(f.best, f.reported_by) for c in found.candidates for f in c.figures]
    assert figures == [(12, "Police")]


def test_a_group_s_own_figures_stay_with_the_attack_whatever_it_seized():
    text = (
        "Gunmen stormed an army base in Mastung on Monday, killing six soldiers, officials "
        "said.\n\n"
        "Hizb al-Nasr said in a message on its channel that its fighters had killed 30 "
        "soldiers and seized four military vehicles."
    )
    _, found = _figures_by_candidate(text)
    (base,) = found.candidates
    assert base.claimed_by == "Hizb al-Nasr"
    assert [(f.best, f.reported_by, f.perpetrator_claim) for f in base.figures] == [
        (6, "Officials", False),
        (30, "Hizb al-Nasr", True),
    ]


def test_a_claim_naming_an_attack_by_its_place_reaches_that_attack_only():
    text = (
        "Gunmen shot dead four traders in the Sohrab market on Monday, police said.\n\n"
        "In a separate incident in Mastung, a constable was martyred, officials said.\n\n"
        "Jaish al-Hind claimed responsibility for the Sohrab killings on social media."
    )
    found = extract_article(text, date(2024, 9, 3))
    assert [(c.claimed_by, c.sentence_ids) for c in found.candidates] == [
        ("Jaish al-Hind", [0, 2]),
        (None, [1]),
    ]


def test_no_casualties_is_said_in_the_remarks_not_counted():
    found = extract_article(
        "A bomb went off near a police van in Mastung on Monday but caused no casualties, "
        "police said.",
        date(2024, 9, 3),
    )
    (blast,) = found.candidates
    assert blast.figures == [] and blast.other_figures == []
    assert 'the text reports none: "caused no casualties"' in blast.notes


def test_an_army_press_release_opening_with_press_release():
    text = (
        "PRESS RELEASE\nARMY HEADQUARTERS\n\n"
        "TROOPS NEUTRALISE 6 BANDITS IN KATSINA\n\n"
        "Troops neutralised 6 bandits and rescued 11 kidnapped victims, comprising 7 women and "
        "4 children, at Dutsinma on Monday. Sadly, one soldier paid the supreme price."
    )
    found = extract_article(text, date(2025, 3, 4), "Nigeria")
    assert found.issuer == "Army Headquarters"
    figures = [
        (f.best, f.victim_group, f.outcome, f.reported_by)
        for c in found.candidates
        for f in c.figures + c.other_figures
    ]
    assert sorted(figures) == [
        (1, "security_forces", "killed", "Army Headquarters"),
        (6, "militants", "killed", "Army Headquarters"),
        (11, "unknown", "freed", "Army Headquarters"),  # rescued, though "kidnapped victims"
    ]


@pytest.mark.parametrize(
    ("speaker", "group"),
    [
        ("a police spokesman said", "security_forces"),
        ("a commander of the rebels told reporters", "militants"),
    ],
)
def test_our_men_are_the_speaker_s_side(speaker, group):
    text = f"Gunmen attacked a checkpoint in Mastung on Monday. Two of our men died, {speaker}."
    found = extract_article(text, date(2024, 9, 3))
    figures = [(f.best, f.victim_group) for c in found.candidates for f in c.figures]
    assert figures == [(2, group)]


def test_a_date_line_and_a_dateline_on_their_own_lines_are_dropped():
    text = (
        "Blast kills 3 in Mastung\n\nFebruary 8, 2025\n\nMASTUNG:\nA bomb killed three "
        "policemen in Mastung on Friday, officials said.\n\nThe Jundullah group, a militant "
        "faction, claimed responsibility for the attack."
    )
    found = extract_article(text, date(2025, 2, 8))
    assert {"February 8, 2025", "MASTUNG:"} <= set(found.removed)
    (blast,) = found.candidates
    assert blast.claimed_by == "Jundullah group"


def test_a_toll_and_an_operation_joined_by_while_go_to_their_own_events():
    text = (
        "A suicide bomber rammed a car into a military convoy in Mastung on Friday, killing "
        "nine soldiers, security sources said.\n\n"
        "The military put the death toll at seven soldiers, while four terrorists were killed "
        "in the subsequent clearance operation."
    )
    groups, _ = _figures_by_candidate(text)
    assert groups == [
        (
            "Mastung",
            [(9, "security_forces", "Security sources"), (7, "security_forces", "Military")],
        ),
        (None, [(4, "militants", "Military")]),
    ]


def test_the_statement_said_is_whoever_issued_the_statement():
    text = (
        "Militants ambushed a truck carrying police reservists on a desert road on Monday, "
        "killing six of them, provincial police said in a statement.\n\n"
        "The Jundullah group said its fighters had carried out the ambush.\n\n"
        "Two more reservists were missing after the attack near the village of Kardgap, the "
        "statement said."
    )
    groups, _ = _figures_by_candidate(text)
    (ambush,) = groups
    assert ambush == ("Kardgap", [(6, "security_forces", "Provincial police")])
    found = extract_article(text, date(2024, 9, 3))
    (candidate,) = found.candidates
    assert [
        (f.best, f.victim_group, f.outcome, f.reported_by) for f in candidate.other_figures
    ] == [(2, "security_forces", "missing", "Provincial police")]
