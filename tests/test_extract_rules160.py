"""Extraction rules of the hundred-and-sixtieth round (general patterns, each with sentences
of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_raw_translation_s_singular_person_after_a_count_is_counted():
    """ "9 person injured" in a raw machine translation: nine people wounded."""
    text = (
        "The jet dropped a bomb on the market of Kalla, and 4 people were killed and "
        "9 person injured."
    )
    assert [(b, o) for b, o, _ in figures_found(text)] == [(4, "killed"), (9, "wounded")]


def test_according_to_with_a_verb_after_it_names_the_source_alone():
    """ "according to the village rescue group said": the group, not a reporter called
    "According to …"."""
    text = (
        "Gunmen burned houses in Kalla and 6 people were killed, according to the village "
        "rescue group said."
    )
    assert figures_found(text) == [(6, "killed", "Village rescue group")]


def test_a_message_forwarded_from_another_group_is_that_group_s_report():
    """ "➡️ _fwd from Bida Farmers group:_ "…" (not confirmed by us)": the group the message
    was forwarded from reports it; the forwarder's hedge names no one."""
    text = (
        "Dear members.\n\n"
        '➡️ _fwd from Bida Farmers group:_ "Near Kalla yesterday 3 herders kidnapped from '
        'the market" (not confirmed by us)'
    )
    assert figures_found(text) == [(3, "abducted", "Bida Farmers group")]
