"""Extraction rules of the hundred-and-eighty-fifth round (general patterns, each with
sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines.
"""

from __future__ import annotations

from factories import figures_found, groups_found


def test_vehicles_and_a_claims_formula_are_no_people():
    """ "torched three Humvees", "seized two bulldozers" count vehicles and machines, and
    "Allah is their reckoner" names God: none is a victim, none a death."""
    assert groups_found(
        "The group said its men killed 9 soldiers and torched three Humvees near Baiji.", "Iraq"
    ) == [(9, "killed", "security_forces")]
    assert groups_found("Gunmen seized two bulldozers and killed four workers.") == [
        (4, "killed", "civilians")
    ]


def test_translation_secured_they_put_in_liberty_and_young_ones():
    """A raw translation's "were secured five presumed responsible" is arrested; "four young
    ones" are youths; "One of they was put in liberty" is one of them freed."""
    assert groups_found(
        "The police said that in the ranch were secured five presumed responsible.", "Mexico"
    ) == [(5, "arrested", "militants")]
    assert groups_found(
        "Armed men took away by the force four young ones of the ranch. One of they was put "
        "in liberty two days after in the town.",
        "Mexico",
    ) == [(4, "abducted", "civilians"), (1, "freed", "civilians")]


def test_let_one_of_them_go_is_freed():
    """ "kidnapped five herders … and let two of them go" releases two."""
    assert groups_found("Bandits kidnapped five herders on Monday and let two of them go.") == [
        (5, "abducted", "civilians"),
        (2, "freed", "civilians"),
    ]


def test_translation_speaker_told_an_outlet_or_by_means_of():
    """ "declared to a radio local that", "denounced to this medium that", "reported by means
    of a card informative that": the speaker before the verb, the outlet or means between."""
    found = figures_found(
        "The mayor of Oxchuc, Mr. Pedro Díaz, declared to a radio local that the dead are four.",
        "Mexico",
    )
    assert found == [(4, "killed", "Mayor of Oxchuc Mr. Pedro Díaz")]
    found = figures_found(
        "For its part, the Secretariat of Public Security (SSP) reported by means of a card "
        "informative that three gunmen were killed.",
        "Mexico",
    )
    assert found == [(3, "killed", "Secretariat of Public Security (SSP)")]
    found = figures_found(
        "Relatives denounced to this medium that armed men took away two teachers.", "Mexico"
    )
    assert found == [(2, "abducted", "Relatives")]


def test_kin_after_an_inverted_verb_speaks():
    """ "…, confirmed his sister, who asked not to be named." names who speaks."""
    found = figures_found(
        "Two of the hostages were freed on Tuesday in the town, confirmed his sister, who "
        "asked not to be named.",
        "Mexico",
    )
    assert found == [(2, "freed", "His sister")]


def test_people_assaulted_are_wounded():
    """ "14 people assaulted" in a monitor's list and "were assaulted with whips" are wounded
    (not killed after the deaths listed before them); "assaulted the convoy" is no outcome."""
    assert groups_found(
        "Monitors recorded 3 deaths, 14 people assaulted and 6 people abducted in the ward.",
        "Zimbabwe",
    ) == [(3, "killed", "unknown"), (14, "wounded", "unknown"), (6, "abducted", "unknown")]
    assert groups_found(
        "A teacher said 8 opposition supporters were assaulted with whips.", "Zimbabwe"
    ) == [(8, "wounded", "civilians")]


def test_abducted_accused_stay_civilians_and_agents_of_a_passive_deed():
    """Those abducted "accused of supporting the opposition" are no suspects (civilians);
    "beaten to death by a group of about 20 youths": the 20 are the agents, no victims."""
    assert groups_found(
        "Militia youths abducted 6 villagers accused of supporting the opposition.", "Zimbabwe"
    ) == [(6, "abducted", "civilians")]
    assert groups_found(
        "A polling agent was beaten to death by a group of about 20 youths in Shamva.",
        "Zimbabwe",
    ) == [(1, "killed", "civilians")]


def test_fell_as_a_martyr_and_ranks():
    """ "a corporal … fell as a martyr" is a soldier killed, "a soldier was injured" the same
    side."""
    assert groups_found(
        "During the clash a corporal of the unit fell as a martyr and a soldier was injured.",
        "Algeria",
    ) == [(1, "killed", "security_forces"), (1, "wounded", "security_forces")]


def test_belonging_to_a_network_of_the_terrorists_and_place_set_off():
    """Those arrested "belonging to a network supplying the terrorist groups" are suspects,
    the place set off by commas between the verb and the count."""
    assert groups_found(
        "A detachment arrested, in the wilaya of Adrar, six (06) persons belonging to a network "
        "supplying the terrorist groups with fuel.",
        "Algeria",
    ) == [(6, "arrested", "militants")]


def test_claim_ascended_and_voice_message():
    """A claim's "Three of our brothers ascended in the battle" are its dead; "claimed in a
    voice message on Monday that" names the claimant."""
    assert [g[:2] for g in groups_found("Three of our brothers ascended in the battle.")] == [
        (3, "killed")
    ]
    found = figures_found(
        "A rebel alliance claimed in a voice message on Monday that its fighters had killed 9 "
        "soldiers.",
        "Rwanda",
    )
    assert found == [(9, "killed", "Rebel alliance")]


def test_dahalo_are_cattle_raiders():
    """Madagascar's "dahalo" (armed cattle raiders, one word for one and many) are the
    attackers' side."""
    assert groups_found(
        "The gendarmerie said 3 dahalo were killed and 2 were arrested near Betroka.",
        "Madagascar",
    ) == [(3, "killed", "militants"), (2, "arrested", "militants")]


def test_a_plural_body_confirm_that_speaks():
    """ "the police confirm that a soldier … was shot dead": the plural present names who
    speaks ("we can confirm that" names no one)."""
    assert figures_found(
        "Separately, the police confirm that a soldier at the toll gate was shot dead."
    ) == [(1, "killed", "Police")]
