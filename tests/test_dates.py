"""Dates in ACLED files as ACLED and spreadsheets write them: ISO and the month in words in
any mix, numeric dates in one day/month order per file, decided by the dates that can only
be read one way; a file that does not decide it has those dates quarantined, never guessed."""

from __future__ import annotations

from datetime import date

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.sources import acled
from analysis.sources.fields import numeric_date_order, read_dates
from analysis.store import EventStore
from conftest import balanced

HEADER = "event_id_cnty,event_date,event_type,actor1,country,fatalities\n"


def acled_file(tmp_path, rows: list[tuple[str, str, int]], name="dates.csv"):
    """A small ACLED file: (event id, event_date as written, fatalities) per row."""
    path = tmp_path / name
    lines = [f"{eid},{day},Battles,Army,Pakistan,{deaths}\n" for eid, day, deaths in rows]
    path.write_text(HEADER + "".join(lines), "utf-8")
    return path


def stored_days(store_path) -> dict[str, str]:
    with EventStore(store_path, read_only=True) as store:
        events = store.events()
    return dict(
        zip(events["source_event_id"], events["date_start"].dt.strftime("%Y-%m-%d"), strict=True)
    )


def test_a_us_resave_is_read_month_first_when_one_date_shows_it(cli, tmp_path, store_path):
    # 8/13/2024 can only be 13 August: so 8/5/2024 is 5 August, not 8 May
    rows = [("PAK1", "8/5/2024", 3), ("PAK2", "8/13/2024", 4), ("PAK3", "8/6/2024", 5)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert balanced(report) and (report["stored"], report["quarantined"]) == (3, 0)
    assert stored_days(store_path) == {
        "PAK1": "2024-08-05",
        "PAK2": "2024-08-13",
        "PAK3": "2024-08-06",
    }
    assert report["files"][0]["fatalities_stored"] == 3 + 4 + 5
    assert report["files"][0]["date_order"]["order"] == "month first"
    assert any("values read month first" in w and "'8/13/2024'" in w for w in report["warnings"])


def test_numeric_dates_that_could_be_either_way_are_quarantined(cli, tmp_path, store_path):
    # 8/5/2024 is 8 May or 5 August; nothing in the file says which; the ISO row is read
    rows = [("PAK1", "8/5/2024", 3), ("PAK2", "8/6/2024", 4), ("PAK3", "2024-08-07", 5)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert balanced(report) and (report["stored"], report["quarantined"]) == (1, 2)
    assert stored_days(store_path) == {"PAK3": "2024-08-07"}
    (reason,) = report["quarantined_by_reason"]
    assert reason.startswith("day/month order ambiguous") and "'8/5/2024'" in reason
    assert report["files"][0]["date_order"]["order"] == "ambiguous"
    assert any("not read: day/month order ambiguous" in w for w in report["warnings"])


def test_acled_own_two_digit_slashed_dates_are_day_first(cli, tmp_path, store_path):
    # the 2016 realtime files write dd/mm/yyyy: 05/08/2024 is 5 August there
    rows = [("PAK1", "05/08/2024", 3), ("PAK2", "06/08/2024", 4)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert stored_days(store_path) == {"PAK1": "2024-08-05", "PAK2": "2024-08-06"}
    assert report["files"][0]["date_order"]["order"] == "day first"
    assert "2016 realtime" in report["files"][0]["date_order"]["why"]


def test_a_date_against_the_file_order_is_quarantined(cli, tmp_path, store_path):
    # two rows day first (25/08, 26/08), one month first (08/27): day first wins
    rows = [("PAK1", "25/08/2024", 3), ("PAK2", "26/08/2024", 4), ("PAK3", "08/27/2024", 5)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert balanced(report) and (report["stored"], report["quarantined"]) == (2, 1)
    assert stored_days(store_path) == {"PAK1": "2024-08-25", "PAK2": "2024-08-26"}
    (reason,) = report["quarantined_by_reason"]
    assert reason.startswith("not a date in the file's day/month order (day first")
    listed = cli.json("quarantine", "--store", store_path)["quarantine"]
    assert [(r["source_row"], r["column"]) for r in listed] == [(4, "event_date")]


def test_iso_and_worded_dates_mix_in_one_file(cli, tmp_path, store_path):
    rows = [("PAK1", "2024-08-26", 23), ("PAK2", "26 August 2024", 10), ("PAK3", "2024-08-25", 0)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert balanced(report) and (report["stored"], report["quarantined"]) == (3, 0)
    assert stored_days(store_path) == {
        "PAK1": "2024-08-26",
        "PAK2": "2024-08-26",
        "PAK3": "2024-08-25",
    }
    assert report["files"][0]["fatalities_stored"] == 33
    assert report["files"][0]["date_order"] is None  # no numeric date to order


def test_dotted_dates_are_day_first(cli, tmp_path, store_path):
    rows = [("PAK1", "05.08.2024", 3), ("PAK2", "06.08.2024", 4)]
    report = cli.json("ingest", acled_file(tmp_path, rows), "--store", store_path, "--no-clean")
    assert stored_days(store_path) == {"PAK1": "2024-08-05", "PAK2": "2024-08-06"}
    assert report["files"][0]["date_order"]["order"] == "day first"


# ------------------------------------------------------------------ properties

NUMERIC_STYLES = {
    "US": lambda d: f"{d.month}/{d.day}/{d.year}",  # Excel, US locale
    "UK": lambda d: d.strftime("%d/%m/%Y"),  # Excel, UK locale; ACLED 2016
    "German": lambda d: d.strftime("%d.%m.%Y"),
}
UNAMBIGUOUS = (lambda d: d.strftime("%Y-%m-%d"), lambda d: d.strftime("%d %B %Y"))

days = st.dates(date(1997, 1, 1), date(2030, 12, 31))


@given(
    st.lists(days, min_size=1, max_size=20),
    days.filter(lambda d: d.day > 12),
    st.sampled_from(sorted(NUMERIC_STYLES)),
    st.lists(st.integers(0, 2), min_size=21, max_size=21),
)
def test_any_mix_of_one_numeric_style_with_iso_and_words_reads_every_day(
    dates, telling, style, spellings
):
    # one date whose day is above 12 tells the order; each date is written numerically
    # in the file's style, in ISO or in words
    dates = [telling, *dates]
    writers = (NUMERIC_STYLES[style], *UNAMBIGUOUS)
    written = pd.Series([writers[s](d) for d, s in zip(dates, spellings, strict=False)])
    written[0] = NUMERIC_STYLES[style](telling)
    order = numeric_date_order(written, acled.USUAL_NUMERIC_ORDER)
    parsed, why = read_dates(written, order)
    assert why.isna().all()
    assert parsed.dt.date.tolist() == dates


@given(st.lists(days.filter(lambda d: d.day <= 12), min_size=1, max_size=20))
def test_us_dates_that_could_be_either_way_are_never_given_a_day(dates):
    written = pd.Series([NUMERIC_STYLES["US"](d) for d in dates])
    if all(d.month >= 10 and d.day >= 10 for d in dates):
        return  # two-digit parts throughout: ACLED's own day-first style
    parsed, why = read_dates(written, numeric_date_order(written, acled.USUAL_NUMERIC_ORDER))
    assert parsed.isna().all() and why.str.startswith("day/month order ambiguous").all()


def test_a_german_excel_resave_reads_dotted_dates_and_decimal_commas(cli, tmp_path, store_path):
    # Excel in a German locale: BOM, semicolons, dd.mm.yyyy, decimal commas
    path = tmp_path / "de.csv"
    path.write_text(
        "event_id_cnty;event_date;event_type;actor1;country;latitude;longitude;fatalities\n"
        "PAK1;26.08.2024;Battles;Army;Pakistan;30,8312;69,8123;23\n"
        "PAK2;05.08.2024;Battles;Army;Pakistan;-1,5;66,5916;10\n",
        "utf-8-sig",
    )
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    assert balanced(report) and (report["stored"], report["quarantined"]) == (2, 0)
    assert report["files"][0]["fatalities_stored"] == 23 + 10
    assert stored_days(store_path) == {"PAK1": "2024-08-26", "PAK2": "2024-08-05"}
    with EventStore(store_path, read_only=True) as store:
        events = store.events().set_index("source_event_id")
    assert events.loc["PAK1", ["latitude", "longitude"]].tolist() == [30.8312, 69.8123]
    assert events.loc["PAK2", ["latitude", "longitude"]].tolist() == [-1.5, 66.5916]


def test_a_comma_in_a_number_of_a_comma_separated_file_is_no_decimal(cli, tmp_path, store_path):
    path = tmp_path / "quoted.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,actor1,country,latitude,fatalities\n"
        'PAK1,2024-08-26,Battles,Army,Pakistan,"30,8312",23\n'
        "PAK2,2024-08-26,Battles,Army,Pakistan,29.0225,10\n",
        "utf-8",
    )
    report = cli.json("ingest", path, "--store", store_path, "--no-clean")
    assert (report["stored"], report["quarantined"]) == (1, 1)
    assert report["quarantined_by_reason"] == {"not a number": 1}
