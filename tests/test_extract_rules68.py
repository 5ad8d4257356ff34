

def test_a_records_victims_field_above_its_narrative_is_no_heading():
    """'Victims (monitor's count): 7 civilians killed; 12 civilians injured' over the record's
    summary: the record's figures, not a heading over the report."""
    assert _read(
        "Incident record\nVictims (monitor's count): 7 civilians killed; 12 civilians injured\n"
        "Summary: A shell hit the bus station in Kadugli on a Friday."
    ) == [(7, "killed", None), (12, "wounded", None)]
    # (the injured stay injured, and a field with no count is still a heading)
    assert _read(
        "Incident record\nVictims: see annex\nSummary: A shell injured 4 traders in Kadugli."
    ) == [(4, "wounded", None)]
