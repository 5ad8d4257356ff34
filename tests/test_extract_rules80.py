"""Extraction rules of the eightieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures

from analysis.extract import extract_article


def test_informed_with_the_meeting_between_speaks_and_its_later_toll_replaces_it():
    """ "The governor informed in the session of day 3 that were killed 4 farmers" names its
    speaker though the meeting stands between "informed" and "that"; his toll told in a later
    session replaces it, and the abducted beside it, of the same number, stay abducted (no
    death toll is left at their number)."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the village of Namuno on 2 May.\n\n"
            "The governor of the province informed in the session of day 3 that were killed 4 "
            "farmers. In the session of day 9 the governor informed that the number was 6 "
            "farmers killed.\n\n"
            "The gunmen also kidnapped 4 women from Namuno, said a village elder.",
            date(2026, 5, 10),
            "Mozambique",
        )
    )
    assert read == [
        (4, "abducted", "Village elder"),
        (6, "killed", "Governor"),
    ]


def test_a_body_told_was_informed_is_no_speaker_with_a_meeting_between():
    """ "The family was informed at the meeting on Monday that …": who was told, not who
    speaks."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked the village of Namuno on 2 May.\n\n"
            "The family was informed at the meeting on Monday that 3 farmers were killed.",
            date(2026, 5, 10),
            "Mozambique",
        )
    )
    assert read == [(3, "killed", None)]


def test_a_toll_told_at_a_later_hour_replaces_the_earlier_with_the_arrests_apart():
    """ "The ministry said in the afternoon that seven people were killed. In its statement
    at night the ministry said 11 …": the same reporter's later toll replaces the earlier; the
    seven arrested in the next paragraph stay arrested (the superseded seven is no death toll
    left at their number)."""
    read = extraction_figures(
        extract_article(
            "A drone struck the cattle market of Kosti on Monday.\n\n"
            "The state health ministry said in the afternoon that seven people were killed. In "
            "its statement at night the ministry said 11 people were killed and 20 injured at the "
            "market.\n\n"
            "Police arrested seven people in the market area on Tuesday, a police source said.",
            date(2026, 5, 10),
            "Sudan",
        )
    )
    assert read == [
        (7, "arrested", "Police source"),
        (11, "killed", "Ministry"),
        (20, "wounded", "Ministry"),
    ]


def test_a_statement_at_a_clock_hour_whose_speaker_is_it_is_the_body_named_before():
    """ "In its statement at 18:00 it said …": the pronoun after the hour is the body that
    spoke in the sentence before, and its toll replaces the morning's; the wounded keep their
    outcome."""
    read = extraction_figures(
        extract_article(
            "Militants ambushed an army truck near Talayan on Monday.\n\n"
            "The 8th Brigade said in the morning that one soldier was killed. In its statement "
            "at 17:30 it said two soldiers were killed and five wounded.",
            date(2026, 5, 10),
            "Philippines",
        )
    )
    assert read == [(2, "killed", "8th Brigade"), (5, "wounded", "8th Brigade")]


def test_a_weekday_update_by_the_body_named_again_takes_its_name():
    """ "The council said on Monday that … On Tuesday the council raised it: …": the later
    day's toll is the council's and replaces Monday's."""
    read = extraction_figures(
        extract_article(
            "Armed men on a motorcycle attacked villagers near Toribio.\n\n"
            "The CRIC said on Monday that two villagers had been killed near Toribio. On Tuesday "
            "the CRIC raised it: four villagers were killed near Toribio.",
            date(2026, 5, 10),
            "Colombia",
        )
    )
    assert read == [(4, "killed", "CRIC")]


def test_a_later_occasion_of_another_speaker_replaces_nothing():
    """A later day's toll by another reporter is a further figure, not an update."""
    read = extraction_figures(
        extract_article(
            "Armed men attacked villagers near Toribio.\n\n"
            "The CRIC said on Monday that two villagers had been killed near Toribio. On Tuesday "
            "the army said four villagers were killed near Toribio.",
            date(2026, 5, 10),
            "Colombia",
        )
    )
    assert read == [(2, "killed", "CRIC"), (4, "killed", "Army")]


def test_first_before_said_is_when_the_named_officer_spoke_not_a_speaker():
    """ "The SHO, Mr Ali Raza, first said two constables were killed; on Monday he said three
    constables were killed and five injured": "first" is when he spoke, the speaker is the
    officer named before it (his wounded stay wounded)."""
    read = extraction_figures(
        extract_article(
            "Militants attacked the police post at Tank on Sunday night.\n\n"
            "The SHO, Mr Ali Raza, first said two constables were martyred; on Monday he said "
            "three constables were martyred and five injured.",
            date(2026, 5, 10),
            "Pakistan",
        )
    )
    assert read == [(3, "killed", "SHO Mr Ali Raza"), (5, "wounded", "SHO Mr Ali Raza")]


def test_the_meeting_a_speaker_spoke_at_is_no_part_of_the_speaker():
    """ "At the weekly meeting Chief Musa Bello, head of the traders' union, said …": the
    meeting opens the sentence, the speaker is the chief; his abducted stay abducted."""
    read = extraction_figures(
        extract_article(
            "Bandits attacked traders on the Isa road on Monday.\n\n"
            "At the weekly meeting Chief Musa Bello, head of the traders' union, said four traders "
            "were abducted on the Isa road.",
            date(2026, 5, 10),
            "Nigeria",
        )
    )
    assert read == [(4, "abducted", "Head of the traders' union Chief Musa Bello")]


def test_a_place_opening_the_sentence_is_no_speaker_before_a_said_after_the_count():
    """ "Near Kosti, gunmen seized four herders with their goats, said the village elder": the
    place the sentence opens on is not who spoke; the elder is. The herders stay abducted."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked herders near Kosti on Monday.\n\n"
            "Near Kosti, gunmen kidnapped four herders with their goats, said the village elder.",
            date(2026, 5, 10),
            "Sudan",
        )
    )
    assert read == [(4, "abducted", "Village elder")]


def test_a_body_that_acted_then_it_said_is_the_speaker():
    """ "The police of Kirkuk arrested 5 suspects …, it said in a statement": the police are
    the speaker, not the elder named in the sentence before; the abducted stay abducted."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked herders near Hawija on Monday.\n\n"
            "Gunmen kidnapped 2 herders near Hawija, said the mukhtar of the village. The police "
            "of Kirkuk arrested 5 suspects in Hawija, it said in a statement.",
            date(2026, 5, 10),
            "Iraq",
        )
    )
    assert read == [(2, "abducted", "Mukhtar of the village"), (5, "arrested", "Police of Kirkuk")]


def test_gunmen_who_acted_then_it_said_are_no_speaker():
    """ "Gunmen killed 6 farmers …, it said": "it" is no gunman; the acting gunmen are not a
    body that speaks."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked farmers near Hawija on Monday.\n\n"
            "Gunmen killed 6 farmers in Hawija, it said in a statement.",
            date(2026, 5, 10),
            "Iraq",
        )
    )
    assert read == [(6, "killed", None)]


def test_a_morning_toll_told_as_had_reported_does_not_replace_the_evening_one():
    """ "…, the governor said in the evening. In the morning he had reported one dead and four
    wounded.": the pluperfect tells the earlier word, which replaces nothing (the morning's
    one dead is no death toll beside the four wounded)."""
    read = extraction_figures(
        extract_article(
            "Drones struck Kherson on Saturday, killing three people and wounding 11, the head of "
            "the regional administration, Ivan Petrenko, said on Telegram in the evening.\n\n"
            "In the morning Petrenko had reported one dead and four wounded.",
            date(2026, 5, 10),
            "Ukraine",
        )
    )
    assert [(best, outcome) for best, outcome, _ in read] == [(3, "killed"), (11, "wounded")]


def test_a_later_clause_after_a_semicolon_replaces_the_earlier_toll_of_its_sentence():
    """ "The governor said in the morning that three herders were killed; in the evening he
    told reporters that five herders had died": one sentence, the later clause's toll
    replaces the earlier; the wounded of the next sentence keep their outcome."""
    read = extraction_figures(
        extract_article(
            "Gunmen attacked herders near Bakassi on Monday.\n\n"
            "The governor said in the morning that three herders were killed; in the evening he "
            "told reporters that five herders had died near Bakassi. Three herders were wounded, "
            "a nurse said.",
            date(2026, 5, 10),
            "Nigeria",
        )
    )
    assert read == [(3, "wounded", "Nurse"), (5, "killed", "Governor")]


def _arrests(text: str, country: str):
    return sorted(
        (f.best, f.outcome, f.victim_group)
        for c in extract_article(text, date(2026, 5, 10), country).candidates
        for f in [*c.figures, *c.other_figures]
    )


def test_people_held_for_supporting_the_armed_group_are_militants():
    """ "40 people were detained in Dessie for “supporting extremists”": held for siding with
    the armed group, suspects (militants); the wounded beside them stay wounded."""
    assert _arrests(
        "Fighting reached Dessie on Monday; 5 residents were wounded, the hospital said.\n\n"
        "The command post said 40 people were detained in Dessie for “supporting extremists”.",
        "Ethiopia",
    ) == [(5, "wounded", "civilians"), (40, "arrested", "militants")]


def test_people_held_for_supporting_the_army_are_not_militants():
    """ "40 people were detained in Kosti for supporting the army": held by the armed group
    for siding with the state, not its suspects."""
    assert _arrests(
        "A drone hit Kosti market on Monday.\n\n"
        "A witness said 40 people were detained in Kosti for supporting the army.",
        "Sudan",
    ) == [(40, "arrested", "unknown")]


def test_a_group_that_published_that_speaks():
    """ "The group Liberation Front published that its fighters killed 6 soldiers": a body's
    publication, as translation gives it, names the speaker; the wounded beside it stay
    wounded."""
    read = extraction_figures(
        extract_article(
            "Fighters attacked the base at Mueda on Monday; 3 soldiers were wounded, the "
            "commander said.\n\n"
            "The group Liberation Front published that its fighters killed 6 soldiers in Mueda.",
            date(2026, 5, 10),
            "Mozambique",
        )
    )
    assert [(best, outcome) for best, outcome, _ in read] == [(3, "wounded"), (6, "killed")]
    assert read[1][2] is not None and "Liberation Front" in read[1][2]


def test_a_body_taken_up_by_its_noun_is_the_one_named_in_full_before():
    """ "Chief Musa Bello, chairman of the traders' union, said … so the union now says …":
    "the union" is the chairman's union, not a new speaker "Union"; his abducted stay
    abducted."""
    read = extraction_figures(
        extract_article(
            "Bandits attacked traders on the Isa road on Monday.\n\n"
            "Chief Musa Bello, chairman of the traders' union, said three traders were killed. "
            "Later he said two more bodies were found, so the union now says five traders were "
            "killed and 9 others abducted.",
            date(2026, 5, 10),
            "Nigeria",
        )
    )
    assert [(best, outcome) for best, outcome, _ in read] == [(5, "killed"), (9, "abducted")]
    assert {who for *_, who in read} == {"Chairman of the traders' union Chief Musa Bello"}
