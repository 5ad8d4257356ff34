"""A sentence that only withdraws the one before it ("That was wrong."): the figures of the
sentence before are none, the rest of the text read as before."""

from __future__ import annotations

from factories import figures_found


def test_a_death_the_next_sentence_calls_wrong_is_no_death():
    """A correction notice: the earlier article's death withdrawn by the sentence after it;
    the wounded of the same paragraph stay."""
    found = figures_found(
        "An article on Monday said four people were wounded in the clashes at the market in "
        "Apia. The article also said a man had died of his injuries. That was wrong. He is "
        "alive and in a stable condition.",
        "Samoa",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(4, "wounded")]


def test_a_toll_a_later_paragraph_calls_wrong_stands():
    """Only the sentence just before, in the same paragraph, is withdrawn: "That was wrong."
    opening the next paragraph withdraws nothing of the toll above it."""
    found = figures_found(
        "Police said two men were killed in the attack in Apia.\n\nThat was wrong. Residents "
        "say the market had been closed for a week.",
        "Samoa",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(2, "killed")]


def test_a_judgement_on_what_was_done_withdraws_no_toll():
    """What is withdrawn is what was said or written: after a sentence telling what happened,
    "That was wrong." judges the deed and the toll stands."""
    found = figures_found(
        "Gunmen shot two guards dead at the depot in Apia on Sunday. That was wrong. The "
        "council will meet on Monday.",
        "Samoa",
    )
    assert [(best, outcome) for best, outcome, _ in found] == [(2, "killed")]
