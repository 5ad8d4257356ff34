"""The GTD reader on the real, truncated GTD extract in ../shared/data (skipped without it).

Expected figures are computed here straight from the file with the csv module, not with
the reader's code.
"""

from __future__ import annotations

import csv

from analysis.sources import read_source

GTD = "gtd/gtd_1970-1972_head.csv"


def _records(path):
    with open(path, encoding="latin-1", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        return header, list(reader)


def test_truncated_last_row_is_quarantined_and_everything_else_kept(shared_data):
    path = shared_data / GTD
    header, records = _records(path)
    complete = [r for r in records if len(r) == len(header)]
    parsed = read_source(path)
    assert parsed.records == len(records) == 1210
    assert len(parsed.events) == len(complete) == 1209
    assert parsed.quarantine["source_row"].tolist() == [1211]
    assert parsed.accounted()
    assert any("CP1252" in w for w in parsed.warnings)


def test_day_zero_and_month_zero_set_the_date_precision(shared_data):
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    complete = [r for r in records if len(r) == len(header)]
    month_only = {r[0] for r in complete if r[col["imonth"]] != "0" and r[col["iday"]] == "0"}
    year_only = {r[0] for r in complete if r[col["imonth"]] == "0"}
    events = read_source(shared_data / GTD).events.set_index("source_event_id")
    assert set(events.index[events["date_precision"] == "month"]) == month_only
    assert set(events.index[events["date_precision"] == "year"]) == year_only
    some_month = sorted(month_only)[0]
    row = events.loc[some_month]
    assert row["date_start"].day == 1
    assert (row["date_end"] + __import__("pandas").Timedelta(days=1)).day == 1


def test_fatalities_split_by_perpetrators_and_target_type(shared_data):
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    expected = {"civilians": 0, "security_forces": 0, "militants": 0}
    unknown = 0
    groups = {"Military": "security_forces", "Police": "security_forces"}
    groups["Terrorists/Non-State Militia"] = "militants"
    for r in records:
        if len(r) != len(header):
            continue
        nkill = r[col["nkill"]]
        if nkill in ("", "-9", "-99"):
            unknown += 1
            continue
        total = int(float(nkill))
        perpetrators = int(float(r[col["nkillter"]] or 0))
        expected["militants"] += perpetrators
        target = r[col["targtype1_txt"]]
        if target == "Unknown":
            continue  # goes to the unknown group
        expected[groups.get(target, "civilians")] += total - perpetrators
    casualties = read_source(shared_data / GTD).casualties
    sums = casualties.groupby("victim_group")["best"].sum()
    for group, value in expected.items():
        assert sums.get(group, 0) == value
    assert casualties["best"].isna().sum() == unknown


def test_every_country_but_the_split_states_gets_its_code(shared_data):
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    complete = [r for r in records if len(r) == len(header)]
    dutch = sum(r[col["country_txt"]] == "Netherlands" for r in complete)
    split = {r[col["country_txt"]] for r in complete} & {"Czechoslovakia", "Soviet Union"}
    events = read_source(shared_data / GTD).events
    assert dutch > 0 and split == {"Czechoslovakia"}
    assert (events.loc[events["country"] == "Netherlands", "iso3"] == "NLD").sum() == dutch
    assert set(events.loc[events["iso3"].isna(), "country"]) == split
    by_name = events.groupby("country")["iso3"].first()
    assert by_name["West Bank and Gaza Strip"] == "PSE"
    assert by_name["South Yemen"] == "YEM"


def test_unknown_province_and_city_are_no_place(shared_data):
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    complete = [r for r in records if len(r) == len(header)]
    no_province = {r[0] for r in complete if r[col["provstate"]].strip() in ("", "Unknown")}
    no_city = {r[0] for r in complete if r[col["city"]].strip() in ("", "Unknown")}
    assert len(no_province) >= 19 and len(no_city) >= 21  # the extract's own "Unknown"s
    events = read_source(shared_data / GTD).events.set_index("source_event_id")
    assert set(events.index[events["admin1"].isna()]) == no_province
    assert set(events.index[events["location"].isna()]) == no_city
    assert not events["admin1"].eq("Unknown").any()


def test_groups_known_only_by_a_description_chain_no_campaign(shared_data):
    from analysis.clean.campaigns import link_campaigns

    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    complete = [r for r in records if len(r) == len(header)]
    # GTD's descriptions of a kind of people, as the extract writes them
    described = {"Left-Wing Militants", "Student Radicals", "White extremists", "Strikers"}
    ids = {r[0] for r in complete if r[col["gname"]] in described}
    assert len(ids) == 165 + 70 + 39 + 23  # counted in the file by gname
    events = read_source(shared_data / GTD).events
    events["cluster_id"] = events["event_id"]
    linked = link_campaigns(events).set_index("source_event_id")
    in_campaign = linked.loc[sorted(ids), "campaign_id"]
    # only GTD's own "related" groups may still join them
    related = linked.loc[sorted(ids), "related_id"].notna()
    assert in_campaign[~related].isna().all()
    # a named group's attacks on one day still chain (the IRA's, the Tupamaros', ...)
    assert linked["campaign_id"].notna().sum() > 0


def test_further_perpetrator_groups_are_associated_actors(shared_data):
    """Incident 197003050003 names a second group (gname2); it is kept as actor1's
    associated actor, and no other incident gets one."""
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    named = {
        r[0]: r[col["gname2"]]
        for r in records
        if len(r) == len(header) and r[col["gname2"]].strip() not in ("", "Unknown")
    }
    assert named == {"197003050003": "Armed Revolutionary Independence Movement (MIRA)"}
    events = read_source(shared_data / GTD).events.set_index("source_event_id")
    assert events["assoc_actor1"].dropna().to_dict() == named


def test_an_attack_in_two_of_gtd_s_source_databases_is_named_at_ingest(shared_data):
    """The extract has the Aldershot bombing of 22 February 1972 twice: 197202220002 (PGIS,
    the IRA, 7 killed) and 197202220003 (CAIN, the Official IRA, 7 killed). Worked out here
    with the csv module: records of two databases on one known day and city, with one attack
    type and the same deaths, more than none; that pair is the only one."""
    header, records = _records(shared_data / GTD)
    col = {name: i for i, name in enumerate(header)}
    complete = [r for r in records if len(r) == len(header)]
    keys: dict[tuple, list] = {}
    for r in complete:
        day = (r[col["iyear"]], r[col["imonth"]], r[col["iday"]])
        if "0" in day[1:] or not r[col["city"]] or r[col["nkill"]] in ("", "0"):
            continue
        key = (*day, r[col["country_txt"]], r[col["city"]], r[col["attacktype1_txt"]])
        keys.setdefault(key + (r[col["nkill"]],), []).append(r)
    pairs = [
        (a[0], b[0])
        for rows in keys.values()
        for i, a in enumerate(rows)
        for b in rows[i + 1 :]
        if a[col["dbsource"]] != b[col["dbsource"]]
    ]
    assert pairs == [("197202220002", "197202220003")]
    warnings = [w for w in read_source(shared_data / GTD).warnings if "dbsource" in w]
    assert len(warnings) == 1 and "1 pair(s)" in warnings[0]
    assert "197202220002 and 197202220003" in warnings[0]
