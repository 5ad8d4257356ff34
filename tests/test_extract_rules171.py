"""Extraction rules of the hundred-and-seventy-first round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.reporters import find_reporter


def test_fallen_after_its_noun_is_killed():
    """ "5 gendarmes fallen and 2 wounded": a translated daily's participle after its noun, the
    French "tombés" (not "have fallen")."""
    found = figures_found("The prefect counted 5 gendarmes fallen and 2 wounded at the post.")
    assert [(n, outcome) for n, outcome, _ in found] == [(2, "wounded"), (5, "killed")]


def test_a_speaker_after_indicated_ending_the_sentence_speaks():
    """ "…, indicated the mayor of the commune.": the French "indique" inverted."""
    found = find_reporter(
        "Near Kalo, 4 herders were seized on the road, indicated the mayor of the town."
    )
    assert found.name == "Mayor of the town"


def test_a_body_s_officer_or_local_sources_after_the_verb_speak():
    """ "…, indicates its medical director.", "…, report local sources.": who told it, after
    the verb ending the sentence."""
    found = find_reporter(
        "The clinic treats 7 wounded, of which 3 women, indicates its head nurse."
    )
    assert found.name == "Head nurse"
    found = find_reporter("In Boma, the rebels seized 6 traders at Kisa, report local sources.")
    assert found.name == "Local sources"


def test_the_speaker_named_before_a_denial_speaks():
    """ "The head of the garrison, Col. Inf. Budi Santoso, denied the claim and said …": who is
    named before the denial speaks, not the denial ("Inf.", the infantry, ends no sentence)."""
    found = figures_found(
        "Rebels said they killed 9 soldiers. The head of the garrison, Col. Inf. Budi Santoso, "
        "denied the claim and said only 2 soldiers died."
    )
    assert (2, "killed", "Head of the garrison") in found
    found = find_reporter(
        "The police chief of the district, Maj. Ali Tunde, denied the report and said 2 died."
    )
    assert found.name == "Maj. Ali Tunde"


def test_a_police_rank_and_surname_is_the_officer_named_before():
    """ "Insp. Waka said …" after "Police Commander Insp. Paul Waka said": the same officer."""
    found = figures_found(
        "Four men were killed near Kona, District Police Commander Insp. Paul Waka said.\n\n"
        "Insp. Waka said two officers had been injured by arrows."
    )
    assert {reporter for _, _, reporter in found} == {"District Police Commander Insp. Paul Waka"}


def test_the_same_chief_is_the_chief_named_before():
    """ "According to the same chief, 3 of them escaped": the chief who spoke before."""
    found = figures_found(
        "The village chief of Kalo reports that gunmen kidnapped 9 women near the well. "
        "According to the same chief, 3 of them escaped on Sunday."
    )
    assert {reporter for _, _, reporter in found} == {"Village chief of Kalo"}


def test_claims_by_someone_that_name_who_claims():
    """ "Claims by the local councillor that nine guards died are false": the councillor."""
    found = find_reporter("Claims by the local councillor that nine guards died are false.")
    assert found.name == "Local councillor"


def test_evoked_before_a_count_names_its_subject():
    """ "The governor of the region, Ali Musa, in a meeting on Monday, evoked 3 dead": the
    French "évoquer", to speak of."""
    found = find_reporter(
        "The governor of the region, Ali Musa, in a meeting on Monday, evoked 3 dead."
    )
    assert found.name == "Governor of the region"
