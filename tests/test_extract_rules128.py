"""Extraction rules of the hundred-and-twenty-eighth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

import factories
from factories import figures_found


def groups_found(text: str) -> list[tuple[int | None, str, str]]:
    """(best, outcome, victim group) of every figure of ``text``, in order of value."""
    return sorted(factories.groups_found(text))


_INCIDENT_TABLE = """Reply to the question on attacks in the district.

No | Date       | Location        | Incident          | Killed       | Injured      | Abducted
---|------------|-----------------|-------------------|--------------|--------------|---------
1  | 03-02-2026 | Gusau, market   | Bomb in a shop    | 3 traders    | 8 traders    | -
2  | 19-02-2026 | Tsafe           | Raid on a village | -            | -            | 12 farmers
   | TOTAL      |                 |                   | 3            | 8            | 12

The reply was laid on the table.
"""


def test_an_incident_table_whose_cells_name_their_victims_is_read():
    """An incident table with a date column, its count cells naming whom they count ("3
    traders"), is read row by row (a row that opens on an empty cell still a row of a table
    with no border); its total of a column that one row alone counts is that row's figure
    again."""
    assert groups_found(_INCIDENT_TABLE) == [
        (3, "killed", "civilians"),
        (8, "wounded", "civilians"),
        (12, "abducted", "civilians"),
    ]


def test_people_held_as_the_attack_s_doers_are_the_armed_group_s():
    """ "arrested four men, two of whom were charged with murder", "detained three men who,
    the police say, took part in the kidnapping": held as the doers; not men held who only
    stood by."""
    assert groups_found(
        "Police in Gusau said they later arrested three men, one of whom was charged with murder."
    ) == [(3, "arrested", "militants")]
    assert groups_found(
        "Police near Tsafe detained three men who, the police say, took part in the kidnapping."
    ) == [(3, "arrested", "militants")]
    assert groups_found("Police near Gusau detained two men who were standing by the road.") == [
        (2, "arrested", "unknown")
    ]


def test_some_of_the_injured_still_in_care_are_no_new_figure():
    """ "and that twelve of the injured are still admitted": some of the wounded, where they
    are cared for; "two of the injured later died" is still a figure."""
    text = (
        "A bomb exploded in the market of Gusau on Monday. Six people were killed and 30 were"
        " injured. The hospital has told us that it received eight bodies, and that twelve of"
        " the injured are still admitted."
    )
    assert (12, "wounded", "Hospital") not in figures_found(text)
    assert (8, "killed", "Hospital") in figures_found(text)
