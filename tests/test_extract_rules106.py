"""Extraction rules of the hundred-and-sixth round (general patterns, each with sentences of
its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from factories import figures_found

from analysis.extract import extract_article


def test_a_pipe_table_whose_columns_count_people_by_place():
    """A table ruled under its heading, one row a place, its columns "Civilians killed",
    "Police killed", "Wounded": each row's counts in its place, a row of totals as totals,
    a 0 or "-" no count."""
    text = (
        "Rights monitors published their list on Friday.\n\n"
        "| Village (district) | Civilians killed | Police killed | Wounded |\n"
        "|--------------------|------------------|---------------|---------|\n"
        "| Kurmin (Kaura)     | 6                | 2             | 5       |\n"
        "| Dogo (Kaura)       | 3                | 0             | 4       |\n"
        "| Tsoho (Kaura)      | -                | 0             | 0       |\n"
        "| TOTAL              | 9                | 2             | 9       |\n"
    )
    found = _groups(text)
    assert (6, "killed", "civilians") in found
    assert (2, "killed", "security_forces") in found
    assert (5, "wounded", "unknown") in found
    assert (3, "killed", "civilians") in found
    assert (9, "killed", "civilians") in found
    assert (9, "wounded", "unknown") in found
    assert not any(best == 0 for best, _, _ in figures_found(text))


def _groups(text: str) -> list[tuple[int | None, str, str]]:
    found = extract_article(text, published=date(2026, 3, 14), country="Nigeria")
    figures = [f for c in found.candidates for f in [*c.figures, *c.other_figures]]
    figures += [*found.totals, *getattr(found, "other_totals", [])]
    return [(f.best, f.outcome, f.victim_group) for f in figures]


def test_a_body_named_over_the_page_with_its_initials_issues_it():
    """ "Wadi al-Sahel Rights Network (WSRN)" on a page's first line over its place and the
    note's title, its initials the letters of its name's words ("al-Sahel" gives its "S"):
    the body issues the page (a sentence of no speaker is its)."""
    text = (
        "Wadi al-Sahel Rights Network (WSRN)\nKaduna, Nigeria\n\n"
        "CASUALTY NOTE No. 2\n\n"
        "Gunmen killed four farmers near Kurmin on Tuesday."
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Nigeria")
    reporters = [f.reported_by for c in found.candidates for f in c.figures]
    assert reporters and all(r and "Wadi al-Sahel Rights Network" in r for r in reporters)


def test_a_narrator_s_line_under_its_time_stamp_is_the_programme_s_own():
    """ "[2:05] NARRATOR: The rebels said …" among a video's captions, each line under its
    time: the narrator's label goes with the time, and whom the line quotes speaks."""
    text = (
        "[0:00] ON-SCREEN: KALAY, 3 MAY\n"
        "[0:20] NARRATOR: Shelling hit the town overnight.\n"
        '[1:10] WITNESS (subtitle): "We ran to the river."\n'
        "[2:05] NARRATOR: The Chin National Army said it had killed 6 soldiers near Kalay.\n"
    )
    assert (6, "killed", "Chin National Army") in figures_found(text, country="Myanmar")


def test_a_dataset_s_record_heading_places_its_lines():
    """ "- ABC-2025-0101 | 4 May | Tolo, road to Kasa" over a record's lines: the record's
    place and day, its code gone, so that each record is an event of its own."""
    text = (
        "Changes in this release:\n\n"
        "- ABC-2025-0101 | 4 May | Tolo, road to Kasa\n"
        "  Bandits killed 5 traders. Coded: attack.\n\n"
        "- ABC-2025-0117 | 19 May | Bakori, market\n"
        "  A bomb killed 3 shoppers. Coded: explosion.\n"
    )
    found = extract_article(text, published=date(2026, 3, 14), country="Nigeria")
    groups = [sorted(f.best for f in c.figures) for c in found.candidates if c.figures]
    assert [5] in groups and [3] in groups


def test_a_fight_s_outbreak_at_an_unknown_town_places_the_toll_after_it():
    """ "Fighting broke out near Tamuwa (Tamo), about 60 km north of Kalay." then, in the next
    paragraph, a toll with no place: the toll is of the fight at that town, not of the town the
    distance is told from nor of the event before."""
    text = (
        "A drone strike killed 9 civilians in Kalay on 3 May, rescuers said.\n\n"
        "The day before, fighting broke out between the army and the rebels near Tamuwa (Tamo), "
        "about 60 km north of Kalay.\n\n"
        "The rebels said they had killed 12 soldiers."
    )
    found = extract_article(text, published=date(2026, 5, 5), country="Myanmar")
    groups = [sorted(f.best for f in c.figures) for c in found.candidates if c.figures]
    assert [9] in groups and [12] in groups
