"""A correction note that tells the count as it now stands ("Correction: civil society now
says 24 civilians were killed, not 17.") is read, its label no dateline, while what it says an
earlier version, a video, a first version of a page, a numbered bulletin, an announcement, a
message or the writer's own report gave is no figure, unless the note says it is the right
one ("…, not 17"); a body's own toll ("the police toll … was revised") is the body's;
a liveblog's newest toll counts the deaths its older entries told one by one; a security
guard is a private employer's, a civilian, as security guards are. Each expected list is
worked out by hand from the text."""

from __future__ import annotations

from datetime import date

import pytest
from factories import groups_found

from analysis.extract import extract_article


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        (
            # the note's present toll replaces the body's: 24, not 17 and 24
            "Gunmen attacked Oicha on Monday. Civil society said 17 civilians were killed.\n"
            "Correction: civil society now says 24 civilians were killed, not 17.",
            "DR Congo",
            [(24, "killed", "civilians")],
        ),
        (
            "CORRECTION: Civil society now says 24 civilians were killed in Oicha, not 17 as "
            "reported earlier.",
            "DR Congo",
            [(24, "killed", "civilians")],
        ),
        (
            # the earlier version's date between its words and its toll: still the earlier one
            "CORRECTION (Nov. 4): An earlier version of this story, published Nov. 3, said two "
            "people were killed in the shooting in Garapan. Police revised the toll to three "
            "dead.\n\nGARAPAN - Three people were killed when a gunman opened fire in Garapan "
            "on Monday, police said.",
            "Northern Mariana Islands",
            [(3, "killed", "unknown")],
        ),
        (
            "Gunmen killed four farmers in Kaya on Monday, the mayor said. An earlier version "
            "of these notes said two farmers were killed in Kaya.",
            "Burkina Faso",
            [(4, "killed", "civilians")],
        ),
        (
            "CORRECTION: In the video (at 03:40) we said two passers-by were killed in the "
            "blast in Kidal. The blast killed one passer-by.",
            "Mali",
            [(1, "killed", "civilians")],
        ),
        (
            "Correction: in the first version of this page I wrote that two police officers "
            "were killed in Kidal. One officer was killed.",
            "Mali",
            [(1, "killed", "security_forces")],
        ),
        (
            "Correction: bulletin No. 44 gave five herders killed in Kidal, from a first count. "
            "Four herders were killed.",
            "Mali",
            [(4, "killed", "civilians")],
        ),
        (
            # what an announcement, a message or an answer said, told in the note: the earlier
            "Correction: the announcement read after asr on Friday said two of our worshippers "
            "were killed in the attack in Balcad. Three worshippers were killed.",
            "Somalia",
            [(3, "killed", "civilians")],
        ),
        (
            "Correction: our SMS to head office at 14:30 reported five workers abducted near "
            "Mamfe; the roll call found four.",
            "Cameroon",
            [],
        ),
        (
            "EDITOR'S NOTE: Our November 10 report, quoting the Butig municipal disaster risk "
            "reduction and management office (MDRRMO), said five civilians were wounded by "
            "mortar fire. The MDRRMO has since raised the figure to seven civilians wounded.",
            "Philippines",
            [(7, "wounded", "civilians")],
        ),
        (
            "Correction: an earlier version of this note, printed in the catalogue (p. 31), said "
            "that two crew members were wounded in Kaya. Three were wounded.",
            "Burkina Faso",
            [(3, "wounded", "unknown")],
        ),
        (
            "CORRECTION: An earlier version of this tracker put the month's deaths at 44. It "
            "wrongly included three deaths in a land dispute in Lakki Marwat.",
            "Pakistan",
            [],
        ),
        (
            # the count the note gives as the right one, against the writer's own: kept
            "Correction: the ministry's statement said 24 soldiers were killed in Kidal, not 17 "
            "as we reported.",
            "Mali",
            [(24, "killed", "security_forces")],
        ),
        (
            # a guard of a shopping centre, not of a force; a prison's guard is the state's
            "A security guard shot at a shopping centre in Le Lamentin died of his wounds "
            "overnight, the hospital said.",
            "Martinique",
            [(1, "killed", "civilians")],
        ),
        (
            "A prison guard was killed in Fort-de-France on Sunday, the prefecture said.",
            "Martinique",
            [(1, "killed", "security_forces")],
        ),
    ],
)
def test_figures_of_correction_notes_and_guards(text, country, expected):
    assert groups_found(text, country) == expected


def test_a_body_s_own_toll_names_the_body_and_no_other_s():
    # the police's toll revised from three does not replace the rights commission's three
    text = (
        "SANYANG - Two people were killed when police fired on protesters at Sanyang on "
        "Friday, the Gambia Police Force said.\n\n"
        "The National Human Rights Commission said it had confirmed the deaths of three "
        "people.\n\n"
        "Correction note: The police toll for Sanyang was revised to two dead from three."
    )
    found = extract_article(text, published=date(2026, 9, 12), country="Gambia")
    deaths = sorted((f.best, f.reported_by) for c in found.candidates for f in c.figures)
    assert [best for best, _ in deaths] == [2, 3]
    assert "Police" in deaths[0][1] and deaths[1][1] == "National Human Rights Commission"


def test_a_correction_label_is_no_dateline():
    text = (
        "CORRECTION: Civil society now says 24 civilians were killed in Oicha, not 17 as "
        "reported earlier."
    )
    found = extract_article(text, published=date(2026, 3, 14), country="DR Congo")
    assert found.dateline != "Correction"


def test_a_liveblog_toll_counts_the_death_an_older_entry_told():
    # newest first: the 09:40 toll of two counts the guard of 08:05 and the 19-year-old
    text = (
        "LIVE: Night of unrest in Martinique\n\n"
        "09:40 - Le Lamentin: second death\n"
        "The university hospital (CHUM) says a second person, a 19-year-old found with "
        "gunshot wounds near the Lamentin bridge, has died, taking the overnight death toll "
        "to two.\n\n"
        "08:20 - Gendarme shot\n"
        "A gendarme was hit by a bullet in the shoulder at a roadblock in Le Lamentin, the "
        "gendarmerie said.\n\n"
        "08:05 - Le Lamentin: one dead\n"
        "CHUM says a security guard shot at a shopping centre in Le Lamentin died of his "
        "wounds overnight.\n"
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Martinique")
    deaths = [(f.best, f.victim_group) for c in found.candidates for f in c.figures]
    assert deaths == [(2, "unknown")]
