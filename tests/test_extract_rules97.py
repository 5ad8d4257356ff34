"""Extraction rules of the ninety-seventh round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def _candidates(text: str) -> list[tuple[str | None, list[tuple[int | None, str]]]]:
    """The place and the (best, outcome) of every figure of each candidate of ``text``."""
    found = extract_article(text, published=date(2026, 3, 20), country="Nigeria")
    return [
        (c.location, [(f.best, f.outcome) for f in [*c.figures, *c.other_figures]])
        for c in found.candidates
    ]


def test_a_log_entry_s_day_and_colon_are_no_part_of_the_speaker_s_sentence():
    """ "22/3: The state police command said …", "On the ambush of 12/03: UNMISS said …": a
    log's entry opened by its day in figures and a colon (a few words naming what it is about
    before the day) leaves the speaker after it the sentence's reporter."""
    assert figures_found(
        "Shop notes\n\n22/3: The state police command said gunmen killed five herders in the bush."
    ) == [(5, "killed", "State police command")]
    assert figures_found(
        "Shop notes\n\nOn the ambush of 12/03: UNMISS said that four traders were killed on the "
        "road."
    ) == [(4, "killed", "UNMISS")]


def test_a_log_entry_of_another_day_tells_another_event():
    """ "11/03: …" then, lines later, "14/03: The union … said three drivers were kidnapped":
    the entry's day dates its lines over the breaks of their paragraphs, and the next entry,
    of another day, starts an event of its own rather than joining the town named last; a
    summary's label ("Summary for the month: …") ends the entries (its repeats stay repeats)."""
    assert _candidates(
        "Parish notes of the month\n\n"
        "11/03: Bandits attacked the cattle market in the night. The ward councillor said six "
        "traders were killed.\n"
        "The police said two of the bandits were killed in Gusau.\n"
        "14/03: The union of tanker drivers said three drivers were kidnapped on the highway "
        "and one was released on Friday.\n\n"
        "Summary for the month: six traders killed at the market; three drivers kidnapped.\n"
    ) == [
        (None, [(6, "killed")]),
        ("Gusau", [(2, "killed")]),
        (None, [(3, "abducted"), (1, "freed")]),
    ]


def test_what_someone_showed_on_his_phone_is_the_claim_of_the_body_named_after_that():
    """ "A customer showed me on his phone that ISWAP claims 14 soldiers killed …": the body
    claiming after "that" is the reporter (so too after "said that … claims")."""
    assert figures_found(
        "A customer showed me on his phone that ISWAP claims 14 soldiers killed at the base "
        "and 3 taken prisoner."
    ) == [(3, "abducted", "ISWAP"), (14, "killed", "ISWAP")]
    assert figures_found("The trader said that ISWAP claims 14 soldiers killed at the base.") == [
        (14, "killed", "ISWAP")
    ]


def test_a_log_entry_of_another_day_on_the_same_place_stays_with_its_event():
    """ "17/02: … the post at Kordo …" then "18/02: … 30 soldiers killed at Kordo": the next
    entry, on the place the event before named (known or not), is that event's; the entry
    after it, on another place, starts its own."""
    assert _candidates(
        "Hotel notes\n\n"
        "17/02: The radio said the army post at Kordo was attacked: 4 soldiers killed.\n"
        "18/02: A guest showed us on his phone that JNIM claims 30 soldiers killed at Kordo.\n"
        "19/02: A lorry hit a mine near Sabaré. The Red Cross said 5 passengers died.\n"
    ) == [(None, [(4, "killed"), (30, "killed")]), (None, [(5, "killed")])]


def test_the_part_of_the_day_opening_a_sentence_is_no_part_of_the_speaker():
    """ "In the evening the mayor of Tumu, Mr. Ali Baba, said …": when it was said, before the
    speaker with no comma, is no part of the speaker's name (a name in apposition too)."""
    assert figures_found(
        "In the evening the mayor of Tumu, Mr. Ali Baba, said 3 herders were killed."
    ) == [(3, "killed", "Mayor of Tumu Mr. Ali Baba")]


def test_a_speaker_s_name_runs_over_no_semicolon():
    """ "The governor of Tumu, Mr. Ali Baba, spoke of 5 deaths; in the evening he said …": the
    speaker is named in the clause before the semicolon, not read as "spoke of 5 deaths; in the
    evening he", and his later word replaces the first."""
    assert figures_found(
        "The governor of Tumu, Mr. Ali Baba, spoke of 5 deaths; in the evening he said that 7 "
        "people died."
    ) == [(7, "killed", "Governor of Tumu Mr. Ali Baba")]


def test_the_station_a_later_word_was_said_on_is_no_part_of_its_pronoun():
    """ "…; in the evening on Radio Kalangu he said that 7 people had died": the station
    between the later occasion and the pronoun leaves the pronoun the first speaker, whose
    later toll replaces the morning's."""
    assert figures_found(
        "In the morning the governor of Tumu, Mr. Ali Baba, said 5 people died; in the evening "
        "on Radio Kalangu he said that 7 people had died and 3 were wounded."
    ) == [
        (3, "wounded", "Governor of Tumu Mr. Ali Baba"),
        (7, "killed", "Governor of Tumu Mr. Ali Baba"),
    ]


def _groups(text: str) -> list[tuple[int | None, str, str]]:
    """(best, victim group, outcome) of every figure found in ``text``."""
    found = extract_article(text, published=date(2026, 3, 14), country="Thailand")
    return [
        (f.best, f.victim_group, f.outcome)
        for c in found.candidates
        for f in [*c.figures, *c.other_figures]
    ]


def test_a_translation_s_bare_noun_before_its_count_of_persons_names_the_group():
    """ "the blast made the soldier 4 persons die", "…, bandit 3 persons died": a noun before
    the count of persons (singular, or opening its clause with no article) names whose count
    it is."""
    assert _groups("The colonel said that the blast made the soldier 4 persons die.") == [
        (4, "security_forces", "killed")
    ]
    assert _groups("The police surrounded the hut, firing 1 hour, bandit 3 persons died.") == [
        (3, "militants", "killed")
    ]
