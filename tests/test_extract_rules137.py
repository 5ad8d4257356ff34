"""Extraction rules of the hundred-and-thirty-seventh round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import groups_found


def test_guards_a_private_employer_keeps_are_civilians():
    """ "two private security guards", "three factory guards", or the guards of a security
    contractor the sentence names: employees, not a state force's men ("border guards" are)."""
    assert groups_found("Two private security guards were shot dead at the depot.") == [
        (2, "killed", "civilians")
    ]
    assert groups_found("Three factory guards were abducted near Gusau.") == [
        (3, "abducted", "civilians")
    ]
    assert groups_found(
        "The security firm says four of its guards were killed and a fifth guard was hurt."
    ) == [(4, "killed", "civilians"), (1, "wounded", "civilians")]
    assert groups_found("Two border guards were killed near Gusau.") == [
        (2, "killed", "security_forces")
    ]


def test_members_of_a_delegation_or_a_choir_are_civilians():
    """ "three members of the visiting delegation", "of the church choir": an unarmed party."""
    assert groups_found("Three members of the visiting delegation were killed in the blast.") == [
        (3, "killed", "civilians")
    ]
    assert groups_found("Five members of the choir were kidnapped on the way home.") == [
        (5, "abducted", "civilians")
    ]


def test_members_of_a_sports_team_are_civilians():
    """ "the club said … nine members of the squad were hurt": a sports team's players, where
    the sentence speaks of a club, a match or players (not a squad alone)."""
    assert groups_found(
        "The football club said nine members of the squad were injured on the way to the match."
    ) == [(9, "wounded", "civilians")]
    assert groups_found("Four members of the team were killed.") == [(4, "killed", "unknown")]
