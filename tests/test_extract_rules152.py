"""Extraction rules of the hundred-and-fifty-second round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_a_second_number_given_as_under_the_same_verb():
    """ "The brigade's report gives the number of martyred personnel as three and the number of
    injured as four": both counts, the second (no noun of its own) of the people the first
    named."""
    text = (
        "The brigade report gives the number of martyred personnel as three and the number "
        "of injured as four."
    )
    assert figures_found(text) == [
        (3, "killed", "Brigade report"),
        (4, "wounded", "Brigade report"),
    ]
    assert groups_found(text) == [
        (3, "killed", "security_forces"),
        (4, "wounded", "security_forces"),
    ]


def test_one_of_a_count_with_a_source_set_between():
    """ "He was, according to the lawyer, one of twelve persons arrested": the toll is the
    twelve, as in "He was one of twelve persons arrested"."""
    assert figures_found(
        "The trader was, according to the lawyer, one of twelve persons arrested by the "
        "police in a raid on the market on 6 March."
    ) == [(12, "arrested", "Lawyer")]


def test_a_civil_service_agent_or_officer_alone_is_a_civilian():
    """ "An extension agent was shot", "a revenue officer was killed": one person of a civil
    service, unarmed, as "two extension agents" are (a police officer stays a force's)."""
    assert groups_found("An extension agent was shot and wounded near Gboko.") == [
        (1, "wounded", "civilians")
    ]
    assert groups_found("A revenue officer was shot dead in Kano.") == [(1, "killed", "civilians")]
    assert groups_found("A police officer was shot dead in Kano.") == [
        (1, "killed", "security_forces")
    ]


def test_the_remaining_ones_came_home_are_freed():
    """ "the remaining three herders came home on 20 March": the rest of those taken, back,
    freed (with no "remaining", people who "returned home" are none counted)."""
    assert figures_found(
        "Gunmen seized five herders near Lafia on Monday. The village head said the "
        "remaining three herders came home on 20 March."
    ) == [(3, "freed", "Village head"), (5, "abducted", None)]
