"""Realistic synthetic event tables in the ACLED layout, with cross-source duplicates.

Deterministic (seeded numpy, vectorised): ``write_tables(n, folder)`` writes

- ``acled_<n>.csv``: every ACLED column, real country/admin1 names, towns with spelling
  variants (Gawadar/Gwadar, Musakhail/Musa Khel, …), actors with alias variants
  ("BLA: Baloch Liberation Army", "Baloch Liberation Army (BLA)", …), notes with casualty
  phrases, fatalities with a long tail (most events 0, a few in the hundreds);
- ``gtd_<n>.csv``: the GTD layout's key columns, holding a second report of 3 % of the
  events (date shifted by up to a day, place and actor spelled differently, the count a
  little off) — the cross-source duplicates the cleaner has to link.

The two files hold ``n`` rows together. Usage::

    python benchmarks/generate.py --rows 1000000 [--out benchmarks/data]

>>> import tempfile, pathlib
>>> acled, gtd = write_tables(2000, pathlib.Path(tempfile.mkdtemp()))
>>> import pandas as pd
>>> len(pd.read_csv(acled)) + len(pd.read_csv(gtd))
2000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from pyarrow import csv as pa_csv

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vocabulary as v  # noqa: E402

from analysis.sources.acled import EXPORT_COLUMNS as ACLED_COLUMNS

DUPLICATE_SHARE = 0.03
FIRST_DAY = pd.Timestamp("2018-01-01")
DAYS = 2738  # to 2025-06-30
DATA_DIR = Path(__file__).resolve().parent / "data"
INTER = {"state": 1, "armed": 2, "crowd": 6, "civilians": 7}


# --- places -----------------------------------------------------------------------------


def _town_name(rng: np.random.Generator) -> str:
    parts = rng.choice(v.SYLLABLES, size=rng.integers(2, 4))
    return ("".join(parts) + rng.choice(v.TOWN_ENDINGS)).capitalize()


def _variant(name: str, rng: np.random.Generator) -> str:
    """A plausible other spelling: a doubled or dropped vowel, or a split word."""
    vowels = [i for i, c in enumerate(name) if c in "aeiou" and i > 0]
    if not vowels:
        return name + "h"
    i = int(rng.choice(vowels))
    kind = rng.integers(3)
    if kind == 0:
        return name[:i] + name[i] + name[i:]
    if kind == 1 and len(name) > 5:
        return name[:i] + name[i + 1 :]
    return name[:i] + " " + name[i:].capitalize() if 2 < i < len(name) - 2 else name + "h"


def place_table(seed: int = 7) -> pd.DataFrame:
    """One row per town: country, iso, region, admin1, admin2, location, variant, lat, lon,
    and a sampling weight (Zipf over countries' admin1 and over towns)."""
    rng = np.random.default_rng(seed)
    rows = []
    country_weight = {"Ukraine": 4, "Syria": 3, "Myanmar": 2.5, "Pakistan": 2, "Mexico": 2}
    for country, iso, region, regions in v.COUNTRIES:
        for rank, (admin1, lat, lon) in enumerate(regions, start=1):
            towns = []
            if admin1 == "Balochistan":
                towns = [
                    (name, admin2, la, lo, variants[0] if variants else name)
                    for name, admin2, la, lo, variants in v.BALOCHISTAN_TOWNS
                ]
            admin2_names = [_town_name(rng) for _ in range(6)]
            for _ in range(40 - len(towns)):
                name = _town_name(rng)
                la = lat + rng.normal(0, 0.7)
                lo = lon + rng.normal(0, 0.9)
                towns.append((name, rng.choice(admin2_names), la, lo, _variant(name, rng)))
            for town_rank, (name, admin2, la, lo, variant) in enumerate(towns, start=1):
                weight = country_weight.get(country, 1) / rank / town_rank
                rows.append((country, iso, region, admin1, admin2, name, variant, la, lo, weight))
    columns = ["country", "iso", "region", "admin1", "admin2", "location", "variant"]
    table = pd.DataFrame(rows, columns=[*columns, "lat", "lon", "weight"])
    table["weight"] /= table["weight"].sum()
    return table


# --- actors -----------------------------------------------------------------------------


def actor_table() -> pd.DataFrame:
    """One row per (country, role, name) with the name's spelling variants."""
    from analysis.clean.actors import _acled_base
    from analysis.reference.actors import actor_key, load_actor_aliases

    aliases = load_actor_aliases()
    keyed = aliases.assign(key=aliases["alias"].map(actor_key))
    canonical_of = dict(zip(keyed["key"], keyed["canonical"], strict=True))
    by_canonical = keyed.groupby("canonical")["alias"].agg(list).to_dict()
    rng = np.random.default_rng(11)
    rows = []
    for country, *_ in v.COUNTRIES:
        roles = v.ACTORS.get(country) or {
            "state": [f"Military Forces of {country} (2018-)", f"Police Forces of {country}"],
            "armed": [*v.ARMED_ELSEWHERE[country], f"Unidentified Armed Group ({country})"],
            "civilians": [f"Civilians ({country})"],
            "crowd": [f"Protesters ({country})", f"Rioters ({country})"],
        }
        for role, names in roles.items():
            for name in names:
                base = _acled_base(pd.Series([name])).iloc[0]
                canonical = canonical_of.get(actor_key(name)) or canonical_of.get(actor_key(base))
                variants = [a for a in by_canonical.get(canonical, []) if a != name][:6]
                if not variants:  # not in the alias table: ACLED's own variations, a typo
                    variants = [base, f"{base} ({country})", _variant(base, rng)]
                rows.append((country, role, name, variants))
    return pd.DataFrame(rows, columns=["country", "role", "name", "variants"])


def _pick(
    rng: np.random.Generator, actors: pd.DataFrame, country: np.ndarray, role: np.ndarray
) -> np.ndarray:
    """A name (index into ``actors``) of the given role in each row's country."""
    groups = actors.groupby(["country", "role"]).indices
    out = np.zeros(len(country), dtype="int64")
    for (c, r), members in groups.items():
        mask = (country == c) & (role == r)
        count = int(mask.sum())
        if count:
            ranks = np.minimum(rng.zipf(1.6, count) - 1, len(members) - 1)
            out[mask] = members[ranks]
    return out


def _spell(rng: np.random.Generator, actors: pd.DataFrame, index: np.ndarray, share: float):
    """Names for ``index``: the ACLED form, or for ``share`` of rows one of its variants."""
    names = actors["name"].to_numpy(dtype=object)[index]
    counts = actors["variants"].map(len).to_numpy()
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    flat = np.array([x for vs in actors["variants"] for x in vs], dtype=object)
    pick = offsets[index] + (rng.random(len(index)) * counts[index]).astype("int64")
    use = rng.random(len(index)) < share
    names[use] = flat[pick[use]]
    return names


# --- the ACLED table --------------------------------------------------------------------


def _choose(rng: np.random.Generator, weights: list[float], n: int) -> np.ndarray:
    p = np.asarray(weights, dtype="float64")
    return rng.choice(len(p), size=n, p=p / p.sum())


def _fatalities(rng: np.random.Generator, kind: np.ndarray) -> np.ndarray:
    """Long-tailed: mostly 0; violent events 1, 2, 3 … up to hundreds (Pareto tail)."""
    n = len(kind)
    violent = np.isin(kind, [1, 2, 3])
    deaths = np.floor(rng.pareto(1.2, n) * 1.6).astype("int64")
    deaths = np.minimum(deaths, 1500)
    deaths[~violent] = (rng.random(int((~violent).sum())) < 0.02).astype("int64")
    deaths[violent & (rng.random(n) < 0.35)] = 0
    return deaths


def _phrases(rng: np.random.Generator, deaths: np.ndarray) -> pd.Series:
    """A casualty sentence per row, with the figure in digits or words."""
    killed = rng.integers(len(v.KILLED_PHRASES), size=len(deaths))
    none = rng.integers(len(v.NO_DEATH_PHRASES), size=len(deaths))
    template = np.where(
        deaths > 0,
        np.asarray(v.KILLED_PHRASES, dtype=object)[killed],
        np.asarray(v.NO_DEATH_PHRASES, dtype=object)[none],
    )
    words = np.asarray(v.NUMBER_WORDS, dtype=object)
    word = np.where(deaths < len(words), words[np.minimum(deaths, len(words) - 1)], None)
    digits = pd.Series(deaths).astype("str")
    spelled = pd.Series(word).fillna(digits)
    out = pd.Series(template).str.replace("{n}", "\0", regex=False)
    out = out.str.replace("{w}", "\1", regex=False)
    pre_n = out.str.split("\0").str[0]
    has_n = out.str.contains("\0", regex=False)
    result = out.where(~has_n, pre_n + digits + out.str.split("\0").str[-1])
    has_w = result.str.contains("\1", regex=False)
    parts = result.str.split("\1")
    result = result.where(~has_w, parts.str[0] + spelled + parts.str[-1])
    return result.str.slice(0, 1).str.upper() + result.str.slice(1)


def acled_events(n: int, seed: int = 1, days: int = DAYS) -> pd.DataFrame:
    """``n`` synthetic ACLED events (all text, every ACLED column) over the first ``days``
    days from :data:`FIRST_DAY` (default :data:`DAYS`)."""
    rng = np.random.default_rng(seed)
    places = place_table()
    actors = actor_table()
    where = rng.choice(len(places), size=n, p=places["weight"].to_numpy())
    place = places.iloc[where].reset_index(drop=True)
    country = place["country"].to_numpy(dtype=object)

    kind = _choose(rng, [t[1] for t in v.EVENT_TYPES], n)
    event_type = np.array([t[0] for t in v.EVENT_TYPES], dtype=object)[kind]
    disorder = np.array([t[2] for t in v.EVENT_TYPES], dtype=object)[kind]
    sub_event = np.empty(n, dtype=object)
    for k, (_, _, _, subs) in enumerate(v.EVENT_TYPES):
        mask = kind == k
        chosen = _choose(rng, [s[1] for s in subs], int(mask.sum()))
        sub_event[mask] = np.array([s[0] for s in subs], dtype=object)[chosen]

    role1, role2 = _roles(rng, kind, sub_event)
    a1 = _pick(rng, actors, country, role1)
    a2 = _pick(rng, actors, country, role2)
    actor1 = _spell(rng, actors, a1, 0.08)
    actor2 = np.where(role2 == "", "", _spell(rng, actors, a2, 0.08))
    inter1 = np.vectorize(INTER.get)(role1)
    inter2 = np.where(role2 == "", 0, np.vectorize(lambda r: INTER.get(r, 0))(role2))
    interaction = np.where(
        inter2 == 0, inter1 * 10, np.minimum(inter1, inter2) * 10 + np.maximum(inter1, inter2)
    )

    day = (np.sqrt(rng.random(n)) * days).astype("int64")  # more events in recent years
    dates = FIRST_DAY + pd.to_timedelta(np.arange(DAYS + 1), unit="D")
    date_text = np.asarray(dates.strftime("%d %B %Y"), dtype=object)[day]
    year = np.asarray(dates.year.astype("str"), dtype=object)[day]
    deaths = _fatalities(rng, kind)
    variant = rng.random(n) < 0.05
    location = np.where(variant, place["variant"], place["location"])
    lat = place["lat"].to_numpy() + rng.normal(0, 0.01, n)
    lon = place["lon"].to_numpy() + rng.normal(0, 0.01, n)
    iso3 = _iso3(place["iso"])
    verbs = {
        0: " held a demonstration",
        1: " clashed with ",
        2: " carried out an attack on ",
        3: " attacked ",
        4: " rioted against ",
        5: " was active",
    }
    verb = np.vectorize(verbs.get, otypes=[object])(kind)
    target = pd.Series(actor2).where(pd.Series(actor2).ne(""), "residents")
    notes = (
        "On "
        + pd.Series(date_text)
        + ", "
        + pd.Series(actor1)
        + pd.Series(verb)
        + target.where(~np.isin(kind, [0, 5]), "")
        + " in "
        + pd.Series(location)
        + " ("
        + place["admin2"]
        + ", "
        + place["admin1"]
        + "). "
        + _phrases(rng, deaths)
    )
    frame = pd.DataFrame(
        {
            "event_id_cnty": iso3 + pd.Series(np.arange(1, n + 1)).astype("str"),
            "event_date": date_text,
            "year": year,
            "time_precision": np.array(["1", "2", "3"], dtype=object)[
                _choose(rng, [0.9, 0.08, 0.02], n)
            ],
            "disorder_type": disorder,
            "event_type": event_type,
            "sub_event_type": sub_event,
            "actor1": actor1,
            "assoc_actor_1": np.where(rng.random(n) < 0.1, "Students (Pakistan)", ""),
            "inter1": inter1.astype("str"),
            "actor2": actor2,
            "assoc_actor_2": "",
            "inter2": inter2.astype("str"),
            "interaction": interaction.astype("str"),
            "civilian_targeting": np.where(role2 == "civilians", "Civilian targeting", ""),
            "iso": place["iso"].astype("str"),
            "region": place["region"],
            "country": country,
            "admin1": place["admin1"],
            "admin2": place["admin2"],
            "admin3": "",
            "location": location,
            "latitude": pd.Series(lat).round(4).astype("str"),
            "longitude": pd.Series(lon).round(4).astype("str"),
            "geo_precision": np.array(["1", "2", "3"], dtype=object)[
                _choose(rng, [0.72, 0.23, 0.05], n)
            ],
            "source": np.asarray(v.SOURCES, dtype=object)[rng.integers(len(v.SOURCES), size=n)],
            "source_scale": np.asarray(v.SOURCE_SCALES, dtype=object)[
                rng.integers(len(v.SOURCE_SCALES), size=n)
            ],
            "notes": notes,
            "fatalities": deaths.astype("str"),
            "tags": np.where(kind == 0, "crowd size=no report", ""),
            "timestamp": (1_600_000_000 + rng.integers(0, 150_000_000, n)).astype("str"),
        }
    )
    # The associated actor is Pakistani: keep it only there.
    frame.loc[frame["country"].ne("Pakistan"), "assoc_actor_1"] = ""
    return frame[list(ACLED_COLUMNS)]


def _roles(rng: np.random.Generator, kind: np.ndarray, sub_event: np.ndarray):
    """Actor roles by event type (index into vocabulary.EVENT_TYPES)."""
    n = len(kind)
    role1 = np.where(rng.random(n) < 0.5, "state", "armed").astype(object)
    role1[(kind == 0) | (kind == 4)] = "crowd"
    air = np.isin(sub_event, ["Air/drone strike", "Shelling/artillery/missile attack"])
    role1[(kind == 2) & air] = "state"
    role1[(kind == 2) & ~air] = "armed"
    role1[kind == 3] = "armed"
    role2 = np.where(role1 == "state", "armed", "state").astype(object)
    role2[(kind == 0) | (kind == 5)] = ""
    role2[(kind == 4) | (kind == 3)] = "civilians"
    role2[(kind == 2) & (rng.random(n) < 0.3)] = "civilians"
    return np.asarray(role1, dtype="str"), np.asarray(role2, dtype="str")


def _iso3(iso: pd.Series) -> pd.Series:
    from analysis.reference.countries import iso3_from_numeric

    return iso3_from_numeric(iso.astype("str")).astype("str").fillna("XXX")


# --- the duplicates: a GTD-layout second source -----------------------------------------

ATTACKS = {
    "Battles": ("Armed Assault", "Military"),
    "Violence against civilians": ("Armed Assault", "Private Citizens & Property"),
    "Explosions/Remote violence": ("Bombing/Explosion", "Military"),
}
# GTD's target type for the ACLED inter code of the side that was hit
TARGETS = {"1": "Military", "2": "Terrorists/Non-State Militia", "7": "Private Citizens & Property"}


def gtd_duplicates(acled: pd.DataFrame, count: int, seed: int = 2) -> pd.DataFrame:
    """``count`` GTD-layout reports of violent ACLED events, each spelled a little differently."""
    rng = np.random.default_rng(seed)
    eligible = np.flatnonzero(
        acled["event_type"].isin(list(ATTACKS)).to_numpy()
        & acled["time_precision"].eq("1").to_numpy()
    )
    chosen = np.sort(rng.choice(eligible, size=min(count, len(eligible)), replace=False))
    src = acled.iloc[chosen].reset_index(drop=True)
    m = len(src)
    date = pd.to_datetime(src["event_date"], format="%d %B %Y") + pd.to_timedelta(
        rng.choice([-1, 0, 0, 1], size=m), unit="D"
    )
    attack = src["event_type"].map({k: a for k, (a, _) in ATTACKS.items()})
    kidnap = src["sub_event_type"].eq("Abduction/forced disappearance")
    attack = attack.where(~kidnap, "Hostage Taking (Kidnapping)")
    state1 = src["inter1"].eq("1")
    # the target is the side that was hit, as the ACLED event codes it (a bombing of
    # civilians is GTD's attack on private citizens); the event type's when it names none
    hit = src["inter2"].where(~state1, src["inter1"]).map(TARGETS)
    target = hit.fillna(src["event_type"].map({k: t for k, (_, t) in ATTACKS.items()}))
    perpetrator = src["actor1"].where(~state1, src["actor2"])
    gname = _gtd_group_name(perpetrator, rng)
    deaths = src["fatalities"].astype("int64").to_numpy()
    noise = rng.choice([0, 0, 0, 1, -1, 2], size=m)
    nkill = np.maximum(deaths + noise, 0).astype("str").astype(object)
    nkill[rng.random(m) < 0.03] = ""
    sequence = pd.Series(np.arange(m)).groupby(date.dt.strftime("%Y%m%d").to_numpy()).cumcount()
    province = src["admin1"].where(rng.random(m) < 0.85, src["admin1"] + " Province")
    city = _gtd_city(src["location"], rng)
    frame = pd.DataFrame(
        {
            "eventid": date.dt.strftime("%Y%m%d") + sequence.map("{:04d}".format),
            "iyear": date.dt.year.astype("str"),
            "imonth": date.dt.month.astype("str"),
            "iday": date.dt.day.astype("str"),
            "extended": "0",
            "resolution": "",
            "country_txt": src["country"],
            "region_txt": src["region"],
            "provstate": province,
            "city": city,
            "latitude": (src["latitude"].astype("float64") + rng.normal(0, 0.02, m))
            .round(5)
            .astype("str"),
            "longitude": (src["longitude"].astype("float64") + rng.normal(0, 0.02, m))
            .round(5)
            .astype("str"),
            "specificity": np.where(rng.random(m) < 0.8, "1", "2"),
            "summary": date.dt.strftime("%m/%d/%Y") + ": " + src["notes"],
            "suicide": src["sub_event_type"].eq("Suicide bomb").astype("int64").astype("str"),
            "attacktype1_txt": attack,
            "targtype1_txt": target,
            "gname": gname,
            "claimed": (rng.random(m) < 0.3).astype("int64").astype("str"),
            "nkill": nkill,
            "nkillter": "",
            "nwound": rng.integers(0, 20, m).astype("str"),
            "related": "",
        }
    )
    return frame


def _gtd_group_name(names: pd.Series, rng: np.random.Generator) -> pd.Series:
    """GTD's spelling: "Baloch Liberation Army (BLA)" for "BLA: Baloch Liberation Army"."""
    parts = names.str.extract(r"^(?P<abbr>[^\s:]{1,12}):\s+(?P<name>.+)$")
    gtd = (parts["name"] + " (" + parts["abbr"] + ")").fillna(names)
    gtd = gtd.str.replace(r"\s*\((?:\d{4}-(?:\d{4})?)\)$", "", regex=True)
    unknown = names.str.startswith("Unidentified") | (rng.random(len(names)) < 0.1)
    return gtd.where(~unknown, "Unknown")


def _gtd_city(location: pd.Series, rng: np.random.Generator) -> pd.Series:
    """Town names as GTD spells them: the known variants, else a vowel changed."""
    known = {
        "Gwadar": "Gawadar",
        "Musa Khel": "Musakhel",
        "Nushki": "Noshki",
        "Kalat": "Kelat",
    }
    distinct = location.unique()
    spelled = {
        name: known.get(name) or (_variant(name, rng) if rng.random() < 0.3 else name)
        for name in distinct
    }
    return location.map(spelled)


# --- files ------------------------------------------------------------------------------


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write all-text ``frame`` as CSV quickly (pyarrow)."""
    table = pa.Table.from_pandas(frame.astype("str"), preserve_index=False)
    pa_csv.write_csv(table, path)


def write_tables(
    n: int,
    folder: Path = DATA_DIR,
    seed: int = 1,
    share: float = DUPLICATE_SHARE,
    days: int = DAYS,
) -> tuple[Path, Path]:
    """Write the ACLED table and its GTD duplicates (``n`` rows together); return paths.
    With fewer ``days`` than :data:`DAYS`, the events fall on the first ``days`` days (the
    file names say how many).

    Files already there (same ``n``, seed and days) are reused.
    """
    folder.mkdir(parents=True, exist_ok=True)
    named = f"{n}_s{seed}" if days == DAYS else f"{n}_s{seed}_d{days}"
    acled_path = folder / f"acled_{named}.csv"
    gtd_path = folder / f"gtd_{named}.csv"
    if acled_path.is_file() and gtd_path.is_file():
        return acled_path, gtd_path
    duplicates = round(n * share)
    acled = acled_events(n - duplicates, seed, days)
    gtd = gtd_duplicates(acled, duplicates, seed + 1)
    write_csv(gtd, gtd_path.with_suffix(".tmp"))
    write_csv(acled, acled_path.with_suffix(".tmp"))
    gtd_path.with_suffix(".tmp").rename(gtd_path)
    acled_path.with_suffix(".tmp").rename(acled_path)
    return acled_path, gtd_path


def write_update(acled_path: Path, n: int = 10_000, seed: int = 5) -> Path:
    """A later download of ``acled_path``: ``n`` rows, half of them revised events of the
    file (fatalities + 1, newer ``timestamp``), half new events (ids ``UPD…``).

    Written next to the file and reused when there.
    """
    path = acled_path.with_name(f"update_{n}_{acled_path.name}")
    if path.is_file():
        return path
    rng = np.random.default_rng(seed)
    table = pd.read_csv(acled_path, dtype=str, keep_default_na=False)
    revised = table.iloc[np.sort(rng.choice(len(table), size=n // 2, replace=False))].copy()
    deaths = pd.to_numeric(revised["fatalities"], errors="coerce").fillna(0).astype("int64")
    revised["fatalities"] = (deaths + 1).astype("str")
    stamp = pd.to_numeric(revised["timestamp"], errors="coerce").fillna(0).astype("int64")
    revised["timestamp"] = (stamp + 86_400).astype("str")
    new = acled_events(n - len(revised), seed)
    new["event_id_cnty"] = "UPD" + pd.Series(np.arange(len(new)), dtype="int64").astype("str")
    write_csv(pd.concat([revised, new[table.columns]], ignore_index=True), path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    paths = write_tables(args.rows, args.out, args.seed)
    took = time.perf_counter() - started
    for path in paths:
        print(f"{path}  {path.stat().st_size / 2**20:,.1f} MB")
    print(f"{args.rows:,} rows in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
