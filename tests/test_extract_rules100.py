"""Extraction rules of the hundredth round (general patterns, each with sentences of its
own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found


def test_a_chat_message_relaying_a_body_is_the_body_s_and_its_broken_verbs_are_read():
    """ "[02/03/2026, 10:15] Ko Aung: Health Office is say 6 villager was die …": the chat's
    date, time and sender go when the message relays whom it names; "was die", "was kill",
    "was catch", "got injury" and the singular noun after a count are a translation's."""
    lines = [
        "Riders' group chat, exported 3 March 2026",
        "[02/03/2026, 10:15] Ko Aung: Health Office is say 6 villager was die in Gusau",
        "[02/03/2026, 10:20] Ma Hla: 🙏",
        "[02/03/2026, 11:02] Ko Aung: Army radio say 7 bandit was kill, their 3 comrade got injury",
        "[02/03/2026, 12:40] Ma Hla: 4 our driver was catch at the bridge",
    ]
    assert figures_found("\n".join(lines)) == [
        (3, "wounded", "Army radio"),
        (4, "arrested", None),
        (6, "killed", "Health Office"),
        (7, "killed", "Army radio"),
    ]


def test_a_paper_quoting_someone_after_a_colon_or_between_commas_gives_his_words():
    """ "The Tribune quoted the police spokesman, ASP Musa Bello: 5 people died" and "… quoted
    the army spokesman, Major Ali Kano, saying troops freed 3 …": the one quoted speaks; the
    count on the next line after the colon is the same sentence."""
    found = figures_found(
        "The Tribune quoted the police spokesman, ASP Musa Bello:\n5 people died in the blast.\n\n"
        "The Herald quoted the army spokesman, Major Ali Kano, saying troops freed 3 of the "
        "traders."
    )
    assert [(n, outcome) for n, outcome, _ in found] == [(3, "freed"), (5, "killed")]
    assert all(who is not None and "spokesman" in who for _, _, who in found)


def test_a_paper_carrying_a_group_s_statement_and_a_statement_sent_give_the_group():
    """ "The Courier carried the JNIM statement that its fighters killed 8 soldiers"; "The
    ADF sent a statement to the radio: "…"": the group whose statement it is speaks."""
    assert figures_found(
        "The Courier carried the JNIM statement that its fighters killed 8 soldiers near Gao."
    ) == [(8, "killed", "JNIM")]
    assert figures_found(
        'The ADF sent a statement to the radio: "our fighters killed 5 soldiers at Beni".'
    ) == [(5, "killed", "ADF")]


def test_a_rank_at_a_line_s_end_joins_the_name_on_the_next():
    """ "… The army commander of Kaduna, Colonel" / "Ibrahim Sani Musa, said 3 soldiers …":
    the rank's holder wrapped onto the next line, one sentence."""
    text = (
        "A bomb went off at the market in Kaduna on Sunday morning. The army commander of "
        "Kaduna, Colonel\nIbrahim Sani Musa, said 3 soldiers were killed and 9 people wounded."
    )
    found = figures_found(text)
    assert [(n, outcome) for n, outcome, _ in found] == [(3, "killed"), (9, "wounded")]
    assert all(who is not None and "Ibrahim Sani Musa" in who for _, _, who in found)


def test_an_inverted_speaker_before_a_semicolon_and_a_page_side_label_before_the_speaker():
    """ "…, said the spokesman of the state command; one of them is …" and "(front) 3 Jun:
    the Zamfara police spokesman said …": the speaker read past the writer's clause and the
    label."""
    assert figures_found(
        "The police detained 6 youths in Gusau, said the spokesman of the state command; one "
        "of them is my cousin."
    ) == [(6, "arrested", "Spokesman of the state command")]
    found = figures_found(
        "Stub book\n\n(front) 3 Jun: the Zamfara police spokesman said 2 suspects were arrested."
    )
    assert found == [(2, "arrested", "Zamfara police spokesman")]


def test_a_note_opening_on_a_town_or_a_chat_s_news_of_a_place_is_placed_there():
    """ "Kaura town this morning …", "Gusau news: …": the place the note opens on."""
    from analysis.extract.places import find_places

    assert [p.name for p in find_places("Gusau news: Gunmen shot 3 traders.", "NGA")] == ["Gusau"]
    assert [p.name for p in find_places("Gusau town this morning a bomb exploded.", "NGA")] == [
        "Gusau"
    ]


def test_an_arrest_in_the_killing_of_a_victim_joins_that_killing_not_where_it_was_made():
    """ "2 suspects in the killing of the ward chairman were arrested at a checkpoint in
    Kaduna": the arrests of the killing told before (at Gusau), not a new event at Kaduna."""
    from datetime import date

    from analysis.extract import extract_article

    found = extract_article(
        "Gunmen shot the ward chairman at the market in Gusau on Monday; police said he died "
        "on the spot.\n\nOn Wednesday the police said 2 suspects in the killing of the ward "
        "chairman were arrested at a checkpoint in Kaduna.",
        published=date(2026, 3, 14),
        country="Nigeria",
    )
    arrests = [c for c in found.candidates if c.other_figures]
    assert len(arrests) == 1 and arrests[0].location == "Gusau"
