"""Extraction rules of the sixty-fifth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from datetime import date

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.reporters import find_reporter


def _figures(text: str, country: str) -> list[tuple[int, str, str, str | None, bool]]:
    result = extract_article(text, date(2026, 5, 20), country)
    return [
        (f.best, f.victim_group, "killed", f.reported_by, f.perpetrator_claim)
        for c in result.candidates
        for f in c.figures
    ] + [
        (f.best, f.victim_group, f.outcome, f.reported_by, f.perpetrator_claim)
        for c in result.candidates
        for f in c.other_figures
    ]


def test_a_claim_made_on_the_groups_own_channels_is_the_groups():
    """'JNIM claimed on its channels to have killed 12 soldiers': where the claim was made
    (its channels, its statement) sits between the verb and the deed; still the group's."""
    found = _figures(
        "The JNIM, for its part, claimed on its channels to have killed 12 soldiers near "
        "Douentza on Monday.",
        "Mali",
    )
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [(12, "security_forces", "killed", True)]
    assert "JNIM" in found[0][3]
    reporter = find_reporter("The movement claimed in its statement to have killed 7 policemen.")
    assert reporter is not None and reporter.text == "The movement"


def test_a_claim_on_its_channels_keeps_the_wounded_apart():
    """A wounded count beside the claim stays wounded, the claimant's, no death."""
    found = _figures(
        "JNIM claimed on its channels to have killed 9 soldiers and wounded 4 others near "
        "Douentza on Monday.",
        "Mali",
    )
    assert sorted((f[0], f[2], f[4]) for f in found) == [(4, "wounded", True), (9, "killed", True)]


def test_i_regret_to_report_is_the_writers_own_voice():
    """'I regret to report that …': the writer announcing, nobody quoted (was read as a
    reporter named "I regret to")."""
    assert find_reporter("I regret to report that two drivers of the depot were abducted.") is None
    assert find_reporter("We are deeply sorry to report that our cook was wounded.") is None
    # someone else who regrets is still the one who reports
    reporter = find_reporter("The mayor said he regrets to report that two drivers were killed.")
    assert reporter is not None and reporter.name == "Mayor"


def test_own_voice_abduction_stays_abducted_with_no_reporter():
    """The abducted figure after 'I regret to report that' is abducted, no death, nobody's."""
    found = _figures(
        "I regret to report that three porters of the depot were abducted on 2 May by gunmen "
        "near Douentza.",
        "Mali",
    )
    assert found == [(3, "civilians", "abducted", None, False)]


def test_actresses_are_civilians():
    """'two actresses were abducted': performers are people (the ending "-esses" was not read
    as a person's before; "actors" is, by its ending)."""
    found = find_casualty_figures("Two actresses were abducted on the road on Friday.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(2, "civilians", "abducted")]


def test_actresses_killed_and_wounded_keep_their_outcomes():
    """Deaths and wounded side by side: each its own outcome, no wounded made a death."""
    found = find_casualty_figures(
        "Gunmen killed two actors and wounded four actresses at the theatre."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [
        (2, "civilians", "killed"),
        (4, "civilians", "wounded"),
    ]


def test_someone_who_escaped_the_attack_itself_is_not_freed():
    """'the driver was shot dead and his guard escaped into the bush': he got away from the
    attack, nobody held him (no one taken in the sentence): no freed figure."""
    found = find_casualty_figures(
        "The police said the driver was shot dead and his guard escaped into the bush."
    )
    assert [(f.best, f.outcome) for f in found] == [(1, "killed")]
    # held first, then the escape: still freed
    found = find_casualty_figures(
        "The kidnappers killed one hostage and two others escaped into the bush."
    )
    assert [(f.best, f.outcome) for f in found] == [(1, "killed"), (2, "freed")]


def test_a_time_opener_without_comma_is_no_part_of_the_speaker():
    """'After these events the Federal Police said …': when, not who (was read as a speaker
    named "After these events the Federal Police")."""
    reporter = find_reporter(
        "After these events the Federal Police said that 40 suspects were arrested."
    )
    assert reporter is not None and reporter.name == "Federal Police"


def test_a_release_before_an_after_these_events_sentence_keeps_no_reporter():
    """'One was released … . After these events the police said …': the later speaker
    speaks of what came after; the release stays the document's own, freed, no death."""
    found = _figures(
        "Two nurses were abducted near Douentza on 3 May. One was released after nine days. "
        "After these events the police said that the road was closed.",
        "Mali",
    )
    assert sorted(found) == [
        (1, "civilians", "freed", None, False),
        (2, "civilians", "abducted", None, False),
    ]


def test_a_claim_in_a_pamphlet_is_the_groups():
    """'claimed in a pamphlet to have …': the group's leaflet, not the document's writer."""
    reporter = find_reporter(
        "The Southern Front claimed in a pamphlet to have neutralised 6 soldiers near the bridge."
    )
    assert reporter is not None and reporter.text == "The Southern Front"


def test_some_of_the_dead_being_children_is_a_part_not_wounded():
    """'…, two of the dead being children': who some of the dead were, a part of the six (was
    read as two wounded, the outcome before it)."""
    found = find_casualty_figures(
        "Six traders were killed and eight were wounded, two of the dead being women."
    )
    assert [(f.best, f.outcome) for f in found] == [(6, "killed"), (8, "wounded")]


def test_some_of_the_wounded_being_a_part_stays_no_death():
    """The same absolute phrase of the wounded: no figure of its own, and the wounded count
    stays wounded (no death made of it)."""
    found = find_casualty_figures(
        "Two herders died and five were injured, three of the injured being boys."
    )
    assert [(f.best, f.outcome) for f in found] == [(2, "killed"), (5, "wounded")]


def test_a_toll_said_before_in_a_sentence_opening_on_before_is_replaced():
    """'The police said 31 died … Before, the police said 18 died.': the same voice's earlier
    word, replaced by the present count (the simple past told as the earlier one)."""
    found = _figures(
        "The police said that 31 people died in the blast in Mogadishu on Monday. Before, the "
        "police said 18 people died.",
        "Somalia",
    )
    assert found == [(31, "unknown", "killed", "Police", False)]


def test_an_earlier_attack_told_by_another_sentence_stays():
    """'Earlier, gunmen killed …, police said': 'Earlier' opening an event, not a speaker's
    earlier word; both counts stay, and the wounded are not turned into deaths."""
    found = _figures(
        "Earlier, gunmen killed 4 soldiers and wounded 2 in Mogadishu, the police said. The "
        "police said 9 soldiers died in Mogadishu on Monday.",
        "Somalia",
    )
    assert sorted((f[0], f[2]) for f in found) == [(2, "wounded"), (4, "killed"), (9, "killed")]


def test_a_definite_count_told_with_its_abduction_and_nowhere_else_is_a_figure():
    """'The five surveyors sent by the ministry … were taken by armed men': read as a
    back-reference ("the five"), but the document gives five nowhere else, so the abduction
    is told here: five abducted, no death."""
    found = _figures(
        "The road to Douentza was closed on Monday. The five surveyors sent by the ministry "
        "to the hills near Douentza were taken by armed men on 12 May.",
        "Mali",
    )
    assert found == [(5, "civilians", "abducted", None, False)]


def test_a_definite_count_told_before_stays_a_back_reference():
    """'Gunmen abducted 5 surveyors … The five surveyors were taken to the forest': the
    count told before, no second figure."""
    found = _figures(
        "Gunmen abducted 5 surveyors near Douentza on 12 May. The 5 surveyors were taken by "
        "armed men into the hills.",
        "Mali",
    )
    assert found == [(5, "civilians", "abducted", None, False)]
