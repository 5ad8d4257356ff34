"""Extraction rules of the hundred-and-eighty-sixth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_liveblog_oldest_entry_names_the_place_of_the_toll_the_newer_entries_update():
    """In a liveblog, the newest entry first, the entry at the foot names the place and the
    first toll; the entries above, naming no place, update it: one attack, the older toll of
    the same reporter superseded (no two killed beside the three)."""
    found = figures_found(
        "LIVE: Blast at a market\n\n"
        "14:10 - Red Crescent: three dead\n"
        "The Red Crescent said the number of dead had risen to three.\n\n"
        "12:30 - Blast at Mardan market\n"
        "The Red Crescent says two people were killed in a blast at the market in Mardan.",
        "Pakistan",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(3, "killed")]


def test_attacker_in_apposition_and_earlier_figure_in_the_past_perfect():
    """ "the attacker, a resident of …, was shot dead" is the attacker (militants), no
    civilian; "Earlier it had spoken of 6 wounded" after the hospital's 9 is replaced."""
    assert groups_found(
        "Police said the attacker, a resident of Kohat aged 25, was shot dead by a guard at "
        "the gate in Peshawar.",
        "Pakistan",
    ) == [(1, "killed", "militants")]
    found = figures_found(
        "Lady Reading Hospital said it was treating 9 wounded from the blast in Peshawar. "
        "Earlier it had spoken of 6 wounded.",
        "Pakistan",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(9, "wounded")]


def test_raw_translation_speaker_after_its_verb_and_deads():
    """ "doing 4 deads" (the Portuguese "mortos") is four killed; "…, informed to our agency a
    source of the police." and "…, declared the chief of the village, Sr. X." name who speaks."""
    found = figures_found(
        "Armed men attacked the village of Bula, doing 4 deads, informed to our agency a source "
        "of the police. They kidnapped 3 herders, declared the chief of the village, Sr. Iaia "
        "Djaló.",
        "Guinea-Bissau",
    )
    assert sorted(found) == [
        (3, "abducted", "Chief of the village"),
        (4, "killed", "Source of the police"),
    ]


def test_precised_the_same_source_who_added_a_long_clause():
    """ "…, precised the same source, who added that 2 agents … were wounded …" (a long
    clause) is the source named before."""
    found = figures_found(
        "Gunmen attacked Bula on Monday, killing 2 people, said a source of the police. The "
        "victims were farmers, precised the same source, who added that 2 agents of the police "
        "were wounded lightly during the pursuit of the attackers in the direction of the "
        "border with Senegal.",
        "Guinea-Bissau",
    )
    assert sorted(found) == [
        (2, "killed", "Source of the police"),
        (2, "wounded", "Source of the police"),
    ]


def test_document_number_and_counted_span_are_no_part_of_the_speaker():
    """ "In its communiqué No. 45 the Army said …" is the Army's; "From 1 to 30 June the
    Mission documented 3 killings, 12 arbitrary detentions and 2 enforced disappearances":
    three figures, the Mission's, the span no part of its name."""
    found = figures_found(
        "In its communiqué No. 45 the Army said its troops had killed four bandits near Gusau.",
    )
    assert found == [(4, "killed", "Army")]
    found = figures_found(
        "From 1 to 30 June the Mission documented 3 killings, 12 arbitrary detentions and 2 "
        "enforced disappearances in Zamfara, in addition to 40 cases of threats.",
    )
    assert sorted(found) == [
        (2, "missing", "Mission"),
        (3, "killed", "Mission"),
        (12, "arrested", "Mission"),
    ]


def test_pdf_running_head_is_the_issuer_and_a_page_break_joins_its_sentence():
    """A PDF paste's running head ("Justice Network for Peace   Monthly Report 4   7") names the
    issuer; a sentence cut by the page's foot and the next page's head is read whole."""
    text = (
        "Justice Network for Peace          Monthly Report 4 - 2026          7\n\n"
        "On 2 May soldiers shot a trader in Gusau. A second trader, aged\n\n"
        "____________\nPage 7 of 20\n\n"
        "Justice Network for Peace          Monthly Report 4 - 2026          8\n\n"
        "40, was wounded and remains in hospital."
    )
    assert groups_found(text) == [(1, "wounded", "civilians")]


def test_member_of_the_patrol_ranks_and_ascended_as_a_martyr():
    """ "One member of the patrol" is of the forces; "a Lieutenant … ascended as a martyr" is
    one of the forces, killed."""
    assert groups_found("One member of the patrol was wounded near Ramtha.", "Jordan") == [
        (1, "wounded", "security_forces")
    ]
    assert groups_found(
        "Near Ramtha a Lieutenant of the border guards ascended as a martyr.", "Jordan"
    ) == [(1, "killed", "security_forces")]


def test_group_statement_one_brother_and_allah_is_their_reckoner():
    """In a group's statement "one brother was wounded" is its own (militants); "Allah is
    their reckoner" counts no one."""
    found = groups_found(
        "ISLAMIC STATE - WILAYAT SINAI\nStatement\n\n"
        "The soldiers of the Caliphate attacked a checkpoint in Rafah and killed three "
        "apostates. Two brothers attained martyrdom, we consider them so and Allah is their "
        "reckoner, and one brother was wounded.",
        "Egypt",
    )
    assert sorted(found) == [
        (1, "wounded", "militants"),
        (2, "killed", "militants"),
        (3, "killed", "security_forces"),
    ]


def test_thus_the_sum_of_the_operations_is_the_totals():
    """ "Thus the sum of the blessed operations: five apostates killed" after two attacks is
    the article's total, not a third attack's toll."""
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(
        "The soldiers of the Caliphate killed two apostates in Rafah. In Arish they killed three "
        "apostates. Thus the sum of the blessed operations: five apostates killed.",
        published=date(2026, 3, 14),
        country="Egypt",
    )
    assert [f.best for f in found.totals] == [5]


def test_driver_of_our_partner_bail_and_cuts_and_bruises():
    """ "The driver of our partner organisation was injured" is one civilian wounded; "were
    granted bail" is freed; "received 8 people with cuts and bruises" is eight wounded."""
    assert groups_found("The driver of our partner organisation was injured in Gusau.") == [
        (1, "wounded", "civilians")
    ]
    assert groups_found("Police said four of the suspects were granted bail in Gusau.") == [
        (4, "freed", "militants")
    ]
    assert groups_found(
        "The clinic in Gusau said it had received 8 people with cuts and bruises."
    ) == [(8, "wounded", "unknown")]
