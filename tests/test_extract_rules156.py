"""Extraction rules of the hundred-and-fifty-sixth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_an_incident_the_report_calls_not_related_to_its_violence_is_no_figure():
    """ "A stabbing in the market (1 dead), a family quarrel, not election-related": the report
    puts the incident out of the violence it counts (the false death: its 1 a release's)."""
    assert figures_found(
        "Police said gunmen killed 4 voters at the polling station.\n\n"
        "A stabbing near the bus park (2 dead) was a family quarrel, not election-related."
    ) == [(4, "killed", "Police")]
    assert figures_found("A brawl at the bar left 3 dead, non-conflict-related, police said.") == []


def test_fallen_on_the_field_of_honour_is_killed():
    """ "7 soldiers fallen to the field of honour, 12 wounded": a translation's "tombés au
    champ d'honneur", killed in action, not the wounded after it."""
    found = groups_found(
        "The army said 7 soldiers fallen to the field of honour and 12 wounded in the attack."
    )
    assert (7, "killed", "security_forces") in found
    assert not any(value == 7 and outcome == "wounded" for value, outcome, _ in found)


def test_a_day_or_a_week_is_no_reporter():
    """ "Polling Day recorded 4 incidents, which left 3 persons dead": the day the count
    happened in, not who gives it."""
    assert figures_found("Polling Day recorded 4 incidents, which left 3 persons dead.") == [
        (3, "killed", None)
    ]


def test_a_post_or_the_media_alleging_a_count_give_it():
    """ "a viral post alleging 10 dead", "certain foreign medias speaking of 30 soldiers
    killed": the post or the media tell the count, whoever denies it."""
    assert figures_found("The army denied a viral video claiming 12 soldiers were killed.") == [
        (12, "killed", "Viral video")
    ]


def test_a_member_of_a_named_civil_body_is_a_civilian():
    """ "A member of the Electoral Board was abducted": a board, a commission or a union by
    its name, unarmed, not an armed group's member."""
    assert groups_found("Gunmen abducted a member of the Polling Board near Kalla.") == [
        (1, "abducted", "civilians")
    ]


def test_a_claim_by_a_body_on_its_websites_and_a_statement_in_its_name_are_its_own():
    """ "a claim by Al-Shabaab on its affiliated websites that its fighters killed 27 …"; "The
    spokesman added that a statement issued in the name of the “Shield Brigade” on 8 March had
    claimed …": the body whose claim it is gives the count."""
    assert figures_found(
        "The army rejects a claim by Ansar Kibo on its usual channels that its men killed 14 "
        "soldiers in the raid."
    ) == [(14, "killed", "Ansar Kibo")]
    assert figures_found(
        "The spokesman said that a statement issued in the name of the “Hill Front” "
        "had claimed the killing of 40 soldiers near Kalla."
    ) == [(40, "killed", "Hill Front")]


def test_a_briefing_s_count_over_its_period_is_the_total():
    """ "Within the period under review, troops neutralised 87 terrorists …", "In these
    attacks, 112 people were killed" after the attacks counted: the document's totals, not the
    first event's figures."""
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(
        "Within the period under review, troops neutralised 40 terrorists across the theatres "
        "of operation.\n\nOn 4 March bandits attacked Gusau and killed 6 farmers, police said.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert 40 in [f.best for f in found.totals]
    found = extract_article(
        "The month saw 30 attacks across the country.\n\nIn these attacks, 52 people were "
        "killed.\n\nOn 4 March bandits attacked Gusau and killed 6 farmers, police said.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    assert 52 in [f.best for f in found.totals]
