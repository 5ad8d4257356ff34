"""Extraction rules of the hundred-and-fifth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found

from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_people, find_reporter


def test_a_suspicion_of_informing_the_group_is_read_within_its_clause():
    """ "… arrested 4 youths suspected of informing the rebels, the police chief said": the
    police speak after the comma; the youths are held as the rebels' helpers, not as
    informers of the state."""
    found = find_casualty_figures(
        "Police in Kalla detained 4 youths suspected of informing the rebels, the police chief "
        "said."
    )
    assert [(f.best, f.outcome, f.victim_group) for f in found] == [(4, "arrested", "militants")]
    # (informing the army, in the clause itself, is still siding with the state)
    found = find_casualty_figures("Rebels abducted 4 men suspected of informing the army.")
    assert [(f.best, f.victim_group) for f in found] == [(4, "unknown")]


def test_a_body_speaking_through_its_officer_named_between_commas():
    """ "The farmers' union, through its chairman Musa Bello, counted 6 dead": the body."""
    found = find_reporter(
        "The farmers union of Kalla, through its president Musa Bello, counted 6 dead."
    )
    assert found is not None and found.name == "Farmers union of Kalla"
    found = find_reporter("The youth council, through its coordinator, said 3 boys were taken.")
    assert found is not None and found.name == "Youth council"


def test_a_quote_in_lower_case_on_the_next_line_goes_on_the_sentence():
    """ "… posted that its men" / '"overran the post and killed 9 soldiers"': one sentence,
    its speaker the group that posted."""
    found = figures_found(
        "Fighting near Kalla.\n\nThe rebel front posted on its page that its men\n"
        '"overran the post and killed 9 soldiers" on Sunday.'
    )
    assert found == [(9, "killed", "Rebel front")]


def test_they_after_a_semicolon_takes_up_the_people_the_clause_opens_on():
    """ "The raiders laughed; they said they had killed 6 policemen": the raiders speak; not
    "The troops left the villagers; they said …", where "they" might be either."""
    found = find_reporter("The raiders laughed; they said they had killed 6 policemen.")
    assert found is not None and found.name == "Raiders"
    assert find_reporter("The troops left the villagers; they said 4 were killed.") is None


def test_the_title_said_again_after_a_capitalised_title_named_before():
    """ "The Kalla District Police Commander, Musa Bello, said …" then "…, the commander
    said": the commander named before, his title written with capitals."""
    found = find_people("The Kalla District Police Commander, Musa Bello, visited the site.")
    assert [p.text for p in found] == ["The Kalla District Police Commander, Musa Bello"]
