"""Global Terrorism Database CSV → canonical events and casualties.

Mapping (documented in docs/sources.md):

- date from ``iyear``/``imonth``/``iday``: month 0 → year precision (the whole year), day 0
  → month precision (the whole month); an ``extended`` incident ends at ``resolution``.
- ``-9`` and ``-99`` mean unknown in every numeric field.
- casualties: ``nkillter`` (perpetrators killed) → militants; the rest of ``nkill`` goes by
  ``targtype1_txt``: Military/Police → security_forces, Terrorists/Non-State Militia →
  militants, Unknown → unknown, anything else → civilians. A blank ``nkillter`` counts as
  0. An unknown ``nkill`` gives one unknown row with no figure.
- ``claimed`` 1 → claim_status claimed (claimed_by ``gname``); otherwise a named ``gname``
  is attributed; ``gname`` "Unknown" leaves both empty and is no actor: actor1 is
  "Unidentified Armed Group (<country>)", as ACLED names perpetrators nobody identified.
- the perpetrator group's type (``source_actor1_type``, :func:`perpetrator_type`): UCDP's
  type of the group (``ucdp_actors.csv``) where UCDP locates it in the incident's country,
  found by its name or the abbreviation in brackets after it ("… (PKK)"); GTD gives none.
- ``gname2`` and ``gname3`` (further perpetrator groups of one incident), where named →
  ``assoc_actor1``, "; "-separated as ACLED writes associated actors.
- ``doubtterr`` is not used: GTD's own totals count the incidents it doubts are terrorism,
  and so does the store.
- ``targtype1_txt`` → actor2, the target side named the way ACLED names it: Police →
  "Police Forces of <country>", Military → "Military Forces of <country>", Government
  (General) → "Government of <country>", Terrorists/Non-State Militia → "Unidentified
  Armed Group (<country>)", Unknown → none, every other type (Business, Private Citizens
  & Property, Utilities, …) → "Civilians (<country>)". The type as written stays in
  ``target_type``.
- ``related`` (ids of related incidents) → ``related_id``: the smallest id of the group,
  so all parts of one coordinated attack share it.
- ``specificity`` 1 → exact, 2 → near, 3 → admin2, 4 → admin1, 5 → unknown; ``provstate``
  and ``city`` "Unknown" → missing.
- event types via ``src/analysis/reference/event_types.csv`` keyed on ``attacktype1_txt`` (the
  attack type as written stays in ``source_event_type``); a hijacking is not decided
  between attack and abduction (sub-event type "Unknown").

>>> victim_group_of_target(pd.Series(["Police", "Business", "Unknown"])).tolist()
['security_forces', 'civilians', 'unknown']
"""

from __future__ import annotations

import pandas as pd

from analysis.reference.countries import iso3_from_name
from analysis.reference.event_types import to_canonical
from analysis.reference.ucdp_actors import ucdp_actor_type
from analysis.schema import empty_casualties
from analysis.sources import fields as f
from analysis.sources.rawfile import RawTable
from analysis.sources.reader_result import Parsed, event_frame, finish

SOURCE = "gtd"
CITATIONS = ("scite1", "scite2", "scite3")  # the GTD's sources, one citation each
# "Kurdistan Workers' Party (PKK)": the name before the brackets and what they hold
_BRACKETED = r"^(?P<before>.*?)\s*\((?P<inside>[^()]*)\)\s*$"
REQUIRED = ("eventid", "iyear", "imonth", "iday", "country_txt", "attacktype1_txt", "nkill")
SIGNATURE = {"eventid", "iyear"}
ALIASES: dict[str, str] = {}
UNIDENTIFIED = "Unidentified Armed Group ({})"
# GTD target types whose side ACLED names after the state; every other named type is a
# civilian target ("Civilians (<country>)"), and "Unknown" names no side
TARGET_SIDES = {
    "Police": "Police Forces of {}",
    "Military": "Military Forces of {}",
    "Government (General)": "Government of {}",
    "Terrorists/Non-State Militia": UNIDENTIFIED,
}
SPECIFICITY = {"1": "exact", "2": "near", "3": "admin2", "4": "admin1", "5": "unknown"}
TARGET_GROUPS = {
    "Military": "security_forces",
    "Police": "security_forces",
    "Terrorists/Non-State Militia": "militants",
    "Unknown": "unknown",
}
UNKNOWN_CODES = (-9, -99)


def victim_group_of_target(target_type: pd.Series) -> pd.Series:
    """The victim group for GTD's ``targtype1_txt`` (civilians unless listed otherwise)."""
    stripped = target_type.astype("str").str.strip()
    return stripped.map(TARGET_GROUPS).fillna("civilians").astype("str")


def target_side(target_type: pd.Series, country: pd.Series) -> pd.Series:
    """The target side of each incident, named the way ACLED names actors.

    >>> target_side(pd.Series(["Police", "Business", "Unknown", None]),
    ...             pd.Series(["United States"] * 4)).tolist()
    ['Police Forces of United States', 'Civilians (United States)', nan, nan]
    """
    kind = target_type.astype("str").str.strip()
    pattern = kind.map(TARGET_SIDES).fillna("Civilians ({})")
    pattern = pattern.where(kind.notna() & kind.ne("") & kind.ne("Unknown"))
    return _named(pattern, country.astype("str").str.strip())


def _named(pattern: pd.Series | str, country: pd.Series) -> pd.Series:
    """``pattern`` with ``{}`` replaced by each row's country (missing if either is)."""
    pattern = pd.Series(pattern, index=country.index, dtype="str")
    prefix = pattern.str.split("{}", regex=False).str[0]
    suffix = pattern.str.split("{}", regex=False).str[1]
    return (prefix + country + suffix).astype("str")


def read(table: RawTable) -> Parsed:
    """Parse a GTD CSV read by :func:`analysis.sources.rawfile.read_table`."""
    raw = table.frame
    problems = f.Problems(raw, table.path)
    problems.add(f.blank(raw["eventid"]), "eventid", "missing event id")

    numbers = {}
    for name in ("iyear", "imonth", "iday", "nkill", "nkillter", "claimed", "suicide"):
        numbers[name], bad = f.parse_int(f.column(raw, name))
        deaths = f.MAX_EVENT_DEATHS if name in ("nkill", "nkillter") else None
        f.count_problems(problems, name, f.column(raw, name), numbers[name], bad, deaths)
        numbers[name] = numbers[name].where(~numbers[name].isin(UNKNOWN_CODES))
    for name in ("nkill", "nkillter"):
        problems.add(numbers[name].lt(0), name, "negative number")
    too_many = numbers["nkillter"].gt(numbers["nkill"])
    problems.add(too_many, "nkillter", "more perpetrators killed (nkillter) than nkill")
    for name, last in (("imonth", 12), ("iday", 31)):  # 0 is GTD's "unknown"
        problems.add(~numbers[name].between(0, last).fillna(True), name, f"not 0 to {last}")
    date_start, date_end, precision = _dates(numbers["iyear"], numbers["imonth"], numbers["iday"])
    problems.add(date_start.isna(), "iyear", "no valid date from iyear/imonth/iday")
    resolution, _ = f.parse_date(f.column(raw, "resolution"), ("%Y-%m-%d", "%m/%d/%Y"))
    extended = f.column(raw, "extended").str.strip().eq("1") & resolution.notna()
    date_end = date_end.where(~extended, resolution)
    problems.add(date_start.gt(date_end), "resolution", "resolution is before the incident")

    comma = table.delimiter != ","  # then a comma in a number is a decimal comma
    latitude, bad_lat = f.parse_float(f.column(raw, "latitude"), comma)
    longitude, bad_lon = f.parse_float(f.column(raw, "longitude"), comma)
    problems.add(bad_lat | latitude.abs().gt(90), "latitude", "not a latitude in -90..90")
    problems.add(bad_lon | longitude.abs().gt(180), "longitude", "not a longitude in -180..180")

    target = f.text(f.column(raw, "targtype1_txt"))
    attack = f.text(raw["attacktype1_txt"])
    suicide = numbers["suicide"].eq(1).fillna(False)
    key = attack + "|" + target.fillna("")
    key = key.where(~(suicide & attack.eq("Bombing/Explosion")), attack + "|suicide")
    types = to_canonical(SOURCE, key)
    problems.add(types["event_type"].isna(), "attacktype1_txt", "not a GTD attack type")

    gname = f.text(f.column(raw, "gname"))
    named = gname.notna() & gname.ne("Unknown")
    country = f.text(raw["country_txt"])
    iso3 = iso3_from_name(raw["country_txt"])
    perpetrator = gname.where(gname.ne("Unknown"), _named(UNIDENTIFIED, country))
    claimed = numbers["claimed"].eq(1).fillna(False) & named
    status = pd.Series("attributed", index=raw.index, dtype="str").where(named)
    status = status.where(~claimed, "claimed")
    events = event_frame(
        {
            "source_event_id": raw["eventid"],
            "date_start": date_start,
            "date_end": date_end,
            "date_precision": precision,
            "event_type": types["event_type"],
            "sub_event_type": types["sub_event_type"],
            "source_event_type": attack,
            "actor1": perpetrator,
            "source_actor1_type": perpetrator_type(gname.where(named), iso3),
            "assoc_actor1": other_perpetrators(raw),
            "actor2": target_side(target, country),
            "target_type": target,
            "country": f.text(raw["country_txt"]),
            "iso3": iso3,
            "admin1": _known(f.text(f.column(raw, "provstate"))),
            "location": _known(f.text(f.column(raw, "city"))),
            "latitude": latitude.where(latitude.abs().le(90)),
            "longitude": longitude.where(longitude.abs().le(180)),
            "geo_precision": f.column(raw, "specificity").str.strip().map(SPECIFICITY),
            "notes": f.text(f.column(raw, "summary")),
            "cited_sources": f.joined_text([f.column(raw, c) for c in CITATIONS], sep="\n"),
            "claimed_by": gname.where(claimed),
            "claim_status": status,
            "related_id": _related_group(raw["eventid"], f.column(raw, "related")),
        },
        raw.index,
    )
    events["geo_precision"] = events["geo_precision"].fillna("unknown")
    casualties = _casualties(numbers["nkill"], numbers["nkillter"], target, raw["nkill"])
    parsed = finish(SOURCE, table, events, casualties, problems, numbers["nkill"])
    doubles = legacy_doubles(raw, numbers["nkill"])
    if doubles:
        parsed.warnings.append(_doubles_warning(table.path, doubles))
    return parsed


def legacy_doubles(raw: pd.DataFrame, nkill: pd.Series) -> list[tuple[str, str]]:
    """Pairs of records (eventid, eventid) that GTD took from two of its source databases
    (``dbsource``: PGIS, CAIN, the Hewitt Project …) and that tell one attack: the same
    known day, country, city and attack type, and the same deaths, more than none. GTD
    merged those databases, and a few attacks are in it twice: the Aldershot bombing of 22
    February 1972 is 197202220002 (PGIS: the IRA, 7 killed) and 197202220003 (CAIN: the
    Official IRA, 7 killed), so a report on it counts 14. Records of one database are left
    alone (a series of bombings in one city on one day is recorded so), and so are attacks
    without deaths; a layout without ``dbsource`` has none.

    >>> raw = pd.DataFrame({"eventid": ["1", "2", "3", "4"], "iyear": "1972",
    ...     "imonth": "2", "iday": ["22", "22", "22", "0"], "country_txt": "United Kingdom",
    ...     "city": "Aldershot", "attacktype1_txt": "Bombing/Explosion",
    ...     "dbsource": ["PGIS", "CAIN", "PGIS", "CAIN"]})
    >>> legacy_doubles(raw, pd.Series([7, 7, 0, 7], dtype="Int64"))
    [('1', '2')]
    """
    if "dbsource" not in raw.columns or raw.empty:
        return []
    killed = nkill.fillna(0).astype("int64")
    month, day = raw["imonth"].str.strip(), raw["iday"].str.strip()
    key = pd.DataFrame(
        {
            "day": raw["iyear"].str.strip() + "-" + month + "-" + day,
            "country": f.text(raw["country_txt"]).fillna(""),
            "city": f.text(f.column(raw, "city")).fillna("").str.casefold(),
            "attack": f.text(raw["attacktype1_txt"]).fillna(""),
            "killed": killed,
            "database": f.text(raw["dbsource"]).fillna(""),
            "eventid": raw["eventid"].str.strip(),
        }
    )
    known = ~month.isin(["", "0"]) & ~day.isin(["", "0"]) & key["city"].ne("") & killed.gt(0)
    key = key[known]
    pairs = key.merge(key, on=["day", "country", "city", "attack", "killed"], suffixes=("", "_2"))
    pairs = pairs[
        pairs["database"].ne(pairs["database_2"]) & pairs["eventid"].lt(pairs["eventid_2"])
    ]
    return list(zip(pairs["eventid"], pairs["eventid_2"], strict=True))


def _doubles_warning(path, doubles: list[tuple[str, str]]) -> str:
    """The ingest's line on :func:`legacy_doubles`."""
    shown = "; ".join(f"{a} and {b}" for a, b in doubles[:5])
    more = f" and {len(doubles) - 5:,} more" if len(doubles) > 5 else ""
    return (
        f"{path}: {len(doubles):,} pair(s) of GTD records from two of its source databases "
        f"(dbsource) on the same day and city, with the same attack type and deaths: perhaps "
        f"one attack recorded twice, and then counted twice in reports ({shown}{more}); they "
        "are not linked as duplicates: read both, and where they are one attack mark one "
        "deleted (analysis delete --source gtd, a list of its eventid)"
    )


def perpetrator_type(gname: pd.Series, iso3: pd.Series) -> pd.Series:
    """The type UCDP gives a perpetrator group GTD names, where UCDP locates the group in the
    incident's country: by the group's name, else by the abbreviation GTD writes after it in
    brackets, else by the name without them (``ucdp_actors.csv``; GTD has no type of its
    own). Missing for a group UCDP does not name there.

    >>> perpetrator_type(pd.Series(["Kurdistan Workers' Party (PKK)", "Hamas (Islamic "
    ...     "Resistance Movement)", "Left-Wing Militants", "Revolutionary Armed Forces of "
    ...     "Colombia (FARC)"]), pd.Series(["TUR", "ISR", "USA", "ESP"])).tolist()
    ['rebel/separatist', 'rebel/separatist', nan, nan]
    """
    bracketed = gname.str.extract(_BRACKETED)
    kind = ucdp_actor_type(gname, iso3)
    kind = kind.fillna(ucdp_actor_type(bracketed["inside"], iso3))
    return kind.fillna(ucdp_actor_type(bracketed["before"], iso3)).astype("str")


def other_perpetrators(raw: pd.DataFrame) -> pd.Series:
    """``gname2`` and ``gname3`` where named (not blank, not "Unknown"), "; "-separated;
    missing where neither is.

    >>> raw = pd.DataFrame({"gname2": ["Baloch Republican Army", "Unknown", None],
    ...     "gname3": ["Lashkar-e-Balochistan", None, None]})
    >>> other_perpetrators(raw).tolist()
    ['Baloch Republican Army; Lashkar-e-Balochistan', nan, nan]
    """
    names = [_known(f.text(f.column(raw, name))) for name in ("gname2", "gname3")]
    joined = names[0].fillna("").str.cat(names[1].fillna(""), sep="; ").str.strip("; ")
    return joined.where(joined.ne(""))


def _known(names: pd.Series) -> pd.Series:
    """A place name, missing where GTD writes "Unknown" (its word for a province or city
    it does not know, which is no place).

    >>> _known(pd.Series(["Tarlac", "Unknown", "unknown ", None])).tolist()
    ['Tarlac', nan, nan, nan]
    """
    return names.where(~names.str.strip().str.casefold().eq("unknown").fillna(False))


def _dates(year: pd.Series, month: pd.Series, day: pd.Series):
    """Start, end and precision: month 0 → the whole year, day 0 → the whole month."""
    month_known = month.between(1, 12).fillna(False)
    day_known = month_known & day.between(1, 31).fillna(False)
    parts = pd.DataFrame(
        {
            "year": year,
            "month": month.where(month_known, 1),
            "day": day.where(day_known, 1),
        }
    )
    start = pd.to_datetime(parts, errors="coerce").astype("datetime64[us]")
    end = start.copy()
    by_month = month_known & ~day_known
    end[by_month] = (start[by_month] + pd.offsets.MonthEnd(0)).astype("datetime64[us]")
    by_year = ~month_known
    end[by_year] = (start[by_year] + pd.offsets.YearEnd(0)).astype("datetime64[us]")
    precision = pd.Series("day", index=year.index, dtype="str")
    precision[by_month] = "month"
    precision[by_year] = "year"
    return start, end, precision


def _related_group(event_id: pd.Series, related: pd.Series) -> pd.Series:
    """The smallest event id among an incident and its ``related`` ids (missing if none)."""
    ids = related.str.replace(r"[^0-9,]", "", regex=True).str.split(",")
    exploded = ids.explode()
    exploded = exploded[exploded.fillna("").ne("")]
    own = event_id.astype("str").str.strip()
    candidates = pd.concat([exploded, own[exploded.index.unique()]])
    smallest = candidates.astype("int64").groupby(level=0).min().astype("str")
    return smallest.reindex(event_id.index).astype("str")


def _casualties(
    nkill: pd.Series, nkillter: pd.Series, target: pd.Series, text: pd.Series
) -> pd.DataFrame:
    perpetrators = nkillter.fillna(0).where(nkill.notna())
    victims = nkill - perpetrators
    group = victim_group_of_target(target)
    long = pd.concat(
        [
            pd.DataFrame({"victim_group": group, "figure": victims}),
            pd.DataFrame({"victim_group": "militants", "figure": perpetrators}),
        ]
    )
    long = long.groupby([long.index, "victim_group"], sort=False)["figure"].sum(min_count=1)
    long = long.reset_index(level=1)
    known = nkill.notna().reindex(long.index)
    positive = long["figure"].gt(0).fillna(False)
    # Keep groups with deaths; an event with 0 deaths keeps its target group at 0.
    first = ~long.index.duplicated()
    zero_event = nkill.eq(0).reindex(long.index).fillna(False)
    keep = known & (positive | (zero_event & first))
    unknown = ~nkill.notna()
    rows = pd.concat(
        [
            long[keep],
            pd.DataFrame({"victim_group": "unknown", "figure": nkill[unknown]}),
        ]
    ).sort_index(kind="stable")
    casualties = empty_casualties().reindex(rows.index)
    figure = rows["figure"].astype("Int64")
    return casualties.assign(
        victim_group=rows["victim_group"].astype("str"),
        low=figure,
        best=figure,
        high=figure,
        qualifier=pd.Series("exact", index=rows.index).where(figure.notna(), "unknown"),
        reported_by="GTD",
        figure_text=text.reindex(rows.index).astype("str"),
        derived=False,
        perpetrator_claim=False,
    )
