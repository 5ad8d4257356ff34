"""Extraction rules of the hundred-and-sixty-third round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_people_taken_named_first_with_their_article():
    """ "… and took the 3 loaders with them": a definite count of a noun no sentence before
    uses names its people first, a taking of its own; not the injured taken to hospital."""
    assert figures_found(
        "Sales were slow this week. Bandits stopped our lorry near Kalla and took the 3 "
        "loaders with them."
    ) == [(3, "abducted", None)]
    assert (
        figures_found(
            "Sales were slow this week. The ambulance took the 6 injured to Kalla hospital."
        )
        == []
    )


def test_both_came_back_frees_the_two_taken_just_before():
    """ "… took the 2 loaders with them. Both came back on Friday": the two taken, freed, also
    when the taking is read as its own telling only once the document is read."""
    assert figures_found(
        "Sales were slow this week. Bandits stopped our lorry near Kalla and took the 2 "
        "loaders with them. Both came back on Friday, without the load."
    ) == [(2, "abducted", None), (2, "freed", None)]


def test_a_person_named_after_his_trade_and_his_kin_taken():
    """ "Our trader, Mallam Sani, and his son were held by armed men": the name set between
    commas after the trade does not part the person from his kin, two taken."""
    assert figures_found(
        "Sales were slow this week. Our trader, Mallam Sani, and his son were kidnapped by "
        "gunmen at Kalla. They were released the next morning."
    ) == [(2, "abducted", None), (2, "freed", None)]
