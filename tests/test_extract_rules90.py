"""Extraction rules of the ninetieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_pronoun_speaking_again_on_a_later_day_is_the_speaker_named_before():
    """ "The police said first that 3 officers died, Thursday they said 5 officers were
    killed": the pronoun after a day's name, with no "and", is the police, not a speaker
    called "Thursday they"; the first toll is replaced, the wounded kept as wounded."""
    found = figures_found(
        "Gunmen attacked a checkpoint near Gusau. The police said first that 3 officers died, "
        "Thursday they said 5 officers were killed and 2 officers wounded."
    )
    assert found == [(2, "wounded", "Police"), (5, "killed", "Police")]
    found = figures_found(
        "Gunmen attacked a checkpoint near Gusau. The police said 4 officers were abducted, "
        "later they said 6 officers were wounded."
    )
    assert found == [(4, "abducted", "Police"), (6, "wounded", "Police")]


def test_a_toll_said_first_is_kept_without_a_later_word():
    """Without "first" (or another earlier occasion) before the first toll, two tolls of one
    sentence are both kept: the rule needs the speaker's own word that the first came
    first."""
    found = figures_found(
        "Gunmen attacked a checkpoint near Gusau. The police said 3 officers died, Friday it "
        "said 5 villagers were killed."
    )
    assert found == [(3, "killed", "Police"), (5, "killed", "Police")]


def test_a_toll_given_with_a_verb_of_record_is_the_body_s():
    """ "the army did a rectification: …", "the cell updated: …", "the office now gives …",
    "the group claimed on its channel to have killed …": the body that records the toll is
    its reporter, whatever the outcome (a wounded count stays wounded)."""
    found = figures_found(
        "Gunmen attacked a base near Gusau. On Friday the army did a rectification: 6 soldiers "
        "were killed, not 4."
    )
    assert found == [(6, "killed", "Army")]
    found = figures_found(
        "Gunmen attacked a base near Gusau. The army updated: 5 soldiers wounded."
    )
    assert found == [(5, "wounded", "Army")]
    found = figures_found(
        "Gunmen attacked a base near Gusau. The governor's office now gives 7 villagers abducted."
    )
    assert [(b, o) for b, o, _ in found] == [(7, "abducted")]
    assert "office" in (found[0][2] or "").lower()
    found = figures_found(
        "Gunmen attacked a base near Gusau. The Islamic State claimed on Telegram to have "
        "killed 12 soldiers."
    )
    assert found == [(12, "killed", "Islamic State")]
    found = figures_found(
        "Gunmen attacked a base near Gusau. Figures updated: 4 soldiers abducted."
    )
    assert found == [(4, "abducted", None)]
