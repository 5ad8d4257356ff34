"""Selections of several countries, and the CSV download every report carries.

The store holds ten hand-made source rows in four countries (Burkina Faso, Mali, Niger and
one border event reported under Nigeria), built with the contract-shaped builders of
tests/factories.py.
The two-country selection "Burkina Faso, Mali", 1-31 August 2024, worked out by hand:

================  ============  ===========  =========================================
cluster           country       day          reconciled figures (low / best / high)
================  ============  ===========  =========================================
acled:BFA1        Burkina Faso  5 Aug        civilians 10 / 10 / 10
acled:BFA2        Burkina Faso  12 Aug       unknown 3 / 3 / 3
acled:MLI1        Mali          7 Aug        militants: ACLED 5, UCDP 6-10 (best 8): the
                                             same victims, so the largest of each bound,
                                             6 / 8 / 10 (ucdp:MLI1d is its second record)
acled:MLI2        Mali          20 Aug       civilians 4 / 4 / 4
================  ============  ===========  =========================================

4 real events from 5 source rows; deaths low 23, best 25, high 27. Left out: Niger's
NER1 (12 security forces, 9 Aug) and NER2 (7 civilians, 30 July: before the window, and in
Niger), Mali's MLI0 (2 unknown, 31 July: before the window), Nigeria's NGA1 (5, 15 Aug).
"""

from __future__ import annotations

import html
import io
import re
import urllib.parse
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from factories import build_clean_store, casualty_frame, event_row, figure_row, typed_events
from hypothesis import given
from hypothesis import strategies as st

from analysis import explore
from analysis.batch.manifest import load_manifest
from analysis.batch.plan import plan_jobs
from analysis.batch.state import BatchState, fingerprint
from analysis.cli import report_params
from analysis.errors import UserError
from analysis.reports import download
from analysis.reports.data import load_report_data, selection_dates, store_places
from analysis.reports.page import Report
from analysis.reports.params import (
    Places,
    ReportParams,
    _countries,
    file_slug,
    output_name,
    parse_params,
)
from analysis.selection import select
from analysis.store import EventStore

AUGUST = {"start": "2024-08-01", "end": "2024-08-31"}
SAHEL_TWO = {"BFA1", "BFA2", "MLI1", "MLI2"}


def _row(event_id: str, country: str, iso3: str, admin1: str, day: str, **values) -> dict:
    return event_row(
        event_id,
        country=country,
        iso3=iso3,
        admin1=admin1,
        date_start=day,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1="JNIM",
        actor1_type="rebel/separatist",
        location=admin1,
        **values,
    )


def sahel_store(path: Path, country_of_ner: str = "Niger") -> Path:
    events = typed_events(
        pd.DataFrame(
            [
                _row("acled:BFA1", "Burkina Faso", "BFA", "Sahel", "2024-08-05"),
                _row("acled:BFA2", "Burkina Faso", "BFA", "Nord", "2024-08-12"),
                _row("acled:MLI0", "Mali", "MLI", "Mopti", "2024-07-31"),
                _row("acled:MLI1", "Mali", "MLI", "Mopti", "2024-08-07"),
                _row(
                    "ucdp:MLI1d", "Mali", "MLI", "Mopti", "2024-08-07",
                    cluster_id="acled:MLI1", cluster_sources="acled; ucdp",
                ),
                _row("acled:MLI2", "Mali", "MLI", "Ménaka", "2024-08-20"),
                _row("acled:NER1", country_of_ner, "NER", "Tillabéri", "2024-08-09"),
                _row("acled:NER2", country_of_ner, "NER", "Tillabéri", "2024-07-30"),
                _row("acled:NGA1", "Nigeria", "NGA", "Borno", "2024-08-15"),
            ]
        )
    )  # fmt: skip
    events.loc[events["event_id"].eq("acled:MLI1"), "cluster_sources"] = "acled; ucdp"
    figures = casualty_frame(
        [
            figure_row("acled:BFA1", "civilians", 10, 10, 10, "ACLED", "10"),
            figure_row("acled:BFA2", "unknown", 3, 3, 3, "ACLED", "3"),
            figure_row("acled:MLI0", "unknown", 2, 2, 2, "ACLED", "2"),
            figure_row("acled:MLI1", "militants", 5, 5, 5, "ACLED", "5"),
            figure_row("ucdp:MLI1d", "militants", 6, 8, 10, "UCDP", "6-10"),
            figure_row("acled:MLI2", "civilians", 4, 4, 4, "ACLED", "4"),
            figure_row("acled:NER1", "security_forces", 12, 12, 12, "ACLED", "12"),
            figure_row("acled:NER2", "civilians", 7, 7, 7, "ACLED", "7"),
            figure_row("acled:NGA1", "unknown", 5, 5, 5, "ACLED", "5"),
        ]
    )
    return build_clean_store(path, events, figures)


@pytest.fixture(scope="module")
def sahel(tmp_path_factory) -> Path:
    return sahel_store(tmp_path_factory.mktemp("sahel") / "sahel.duckdb")


def _params(store: Path, **raw) -> ReportParams:
    places = store_places(store)
    return parse_params(raw, places, store, "Timeline", selection_dates(store))


def _ids(frame: pd.DataFrame, column: str = "cluster_id") -> set[str]:
    return {str(v).partition(":")[2] for v in frame[column]}


# ------------------------------------------------------------------ the selection itself


def test_two_countries_select_their_events_and_no_others(sahel):
    params = _params(sahel, country="Burkina Faso, Mali", **AUGUST)
    assert params.country is None and params.countries == ("Burkina Faso", "Mali")
    assert params.region == "Burkina Faso, Mali" and params.level == "country"
    assert params.title == "Timeline: Burkina Faso, Mali, 1 Aug 2024 – 31 Aug 2024"
    assert output_name("timeline", params) == (
        "timeline_burkina-faso-mali_2024-08-01_2024-08-31.html"
    )
    with EventStore(sahel, read_only=True) as db:
        chosen = select(db, params.filters())
    assert _ids(chosen.events) == SAHEL_TWO
    assert len(chosen.rows) == 5  # BFA1, BFA2, MLI1 and its UCDP record, MLI2
    totals = chosen.fatalities[["low", "best", "high"]].sum().tolist()
    assert totals == [23, 25, 27]


def test_iso3_codes_repeated_names_and_the_order_given(sahel):
    by_code = _params(sahel, country="MLI, bfa, Mali", **AUGUST)
    assert by_code.countries == ("Mali", "Burkina Faso")
    assert by_code.region == "Mali, Burkina Faso"
    with EventStore(sahel, read_only=True) as db:
        assert _ids(select(db, by_code.filters()).events) == SAHEL_TWO
    # the same country twice is one country: exactly the one-country selection
    twice = _params(sahel, country="Mali, MLI", **AUGUST)
    assert twice == _params(sahel, country="Mali", **AUGUST)
    assert twice.country == "Mali" and twice.countries == ()


def test_a_list_is_taken_as_the_comma_separated_text(sahel):
    listed = _params(sahel, country=["Burkina Faso", "Mali"], **AUGUST)
    assert listed == _params(sahel, country="Burkina Faso, Mali", **AUGUST)


def test_an_unknown_country_among_several_is_named(sahel):
    with pytest.raises(UserError) as caught:
        _params(sahel, country="Mali, Nigerr", **AUGUST)
    assert str(caught.value) == (
        "--param country='Mali, Nigerr': no events for 'Nigerr' in the store (did you mean Niger?)"
    )


def test_admin1_with_several_countries_is_that_region_in_any_of_them(sahel):
    params = _params(sahel, country="Burkina Faso, Mali", admin1="Mopti, Sahel", **AUGUST)
    assert params.admin1 == ("Mopti", "Sahel")
    assert params.region == "Mopti, Sahel (Burkina Faso, Mali)"
    with EventStore(sahel, read_only=True) as db:
        assert _ids(select(db, params.filters()).events) == {"BFA1", "MLI1"}
    with pytest.raises(UserError, match="no region of that name of Burkina Faso or Mali"):
        _params(sahel, country="Burkina Faso, Mali", admin1="Borno", **AUGUST)


def test_the_default_period_is_the_span_of_the_countries_events(sahel):
    params = _params(sahel, country="Burkina Faso, Mali")
    # Mali's MLI0 (31 Jul) to MLI2 (20 Aug); Niger's NER2 (30 Jul) is not theirs
    assert (params.start, params.end) == (date(2024, 7, 31), date(2024, 8, 20))


def test_a_country_with_a_comma_in_its_name_is_one_country(tmp_path):
    store = sahel_store(tmp_path / "comma.duckdb", country_of_ner="Niger, Republic of")
    params = _params(store, country="Niger, Republic of", **AUGUST)
    assert params.country == "Niger, Republic of" and params.countries == ()
    with EventStore(store, read_only=True) as db:
        assert _ids(select(db, params.filters()).events) == {"NER1"}


@given(st.lists(st.sampled_from(["Mali", "mali", "MLI", "Niger", "NER", "Nigeria"]), min_size=1))
def test_countries_are_read_once_each_in_the_order_first_given(names):
    places = Places(
        countries={"mali": "Mali", "mli": "Mali", "niger": "Niger", "ner": "Niger",
                   "nigeria": "Nigeria"}
    )  # fmt: skip
    canonical = {"mali": "Mali", "mli": "Mali", "niger": "Niger", "ner": "Niger"}
    expected = list(dict.fromkeys(canonical.get(n.lower(), n) for n in names))
    assert _countries(" , ".join(names), places) == expected


# ------------------------------------------------- one country: exactly as it always was


def test_one_country_keeps_its_title_output_and_fingerprinted_parameters(sahel):
    params = _params(sahel, country="Mali", **AUGUST)
    assert params.title == "Timeline: Mali, 1 Aug 2024 – 31 Aug 2024"
    assert output_name("timeline", params) == "timeline_mali_2024-08-01_2024-08-31.html"
    assert params.filters() == {
        "country": "Mali", "admin1": None, "start": "2024-08-01", "end": "2024-08-31"
    }  # fmt: skip
    before = {  # the parameters a batch fingerprinted before several countries existed
        "store": str(sahel),
        "country": "Mali",
        "admin1": "",
        "admin2": "",
        "start": "2024-08-01",
        "end": "2024-08-31",
        "freq": "day",
        "title": "Timeline: Mali, 1 Aug 2024 – 31 Aug 2024",
        "compare": "yes",
        "include_unconfirmed": "no",
        "top": "8",
        "window": "",
    }
    assert params.to_notebook() == before
    assert fingerprint("v", "timeline", params.to_notebook(), b"nb") == fingerprint(
        "v", "timeline", before, b"nb"
    )
    everywhere = _params(sahel, **AUGUST).to_notebook()
    assert everywhere["country"] == "" and "countries" not in everywhere


def test_notebook_parameters_of_several_countries_read_back(sahel):
    params = _params(sahel, country="Burkina Faso, Mali", **AUGUST)
    sent = params.to_notebook()
    assert sent["country"] == "Burkina Faso, Mali"
    places = store_places(sahel)
    back = parse_params(sent, places, sahel, "Timeline", selection_dates(sahel), resolved=True)
    assert back == params


# -------------------------------------------------------------- everywhere a selection is


def test_the_command_line_adds_repeated_countries_to_the_list():
    given_twice = ["country=Burkina Faso", "admin1=Sahel", "country=Mali", "admin1=Mopti"]
    assert report_params(given_twice) == {"country": "Burkina Faso, Mali", "admin1": "Sahel, Mopti"}
    assert report_params(["start=2024-08-01", "start=2024-08-02"]) == {"start": "2024-08-02"}


def test_explore_selects_the_same_events(sahel):
    chosen = explore.load(sahel, country=["Burkina Faso", "Mali"], **AUGUST)
    assert _ids(chosen.events) == SAHEL_TWO
    assert chosen.fatalities["best"].sum() == 25
    assert chosen.params.region == "Burkina Faso, Mali"
    assert _ids(chosen.filter(country="MLI, Burkina Faso").events) == SAHEL_TWO


def test_a_manifest_takes_a_list_of_countries_in_params_and_matrix(sahel, tmp_path):
    manifest = tmp_path / "m.yaml"
    manifest.write_text(
        "jobs:\n"
        "  - name: sahel\n"
        "    kind: timeline\n"
        "    params: {country: [Burkina Faso, Mali], start: 2024-08-01, end: 2024-08-31}\n"
        "  - kind: casualties\n"
        "    params: {start: 2024-08-01, end: 2024-08-31}\n"
        "    matrix: {country: [[Niger, Mali], Nigeria]}\n"
    )
    jobs = load_manifest(manifest).jobs
    assert [(j.name, j.params["country"]) for j in jobs] == [
        ("sahel", "Burkina Faso, Mali"),
        ("casualties-niger-mali", "Niger, Mali"),
        ("casualties-nigeria", "Nigeria"),
    ]
    planned = plan_jobs(jobs, sahel, BatchState.load(tmp_path), date(2024, 9, 2))
    assert [(p.region, p.output, p.status) for p in planned] == [
        ("Burkina Faso, Mali", "timeline_burkina-faso-mali_2024-08-01_2024-08-31.html", None),
        ("Niger, Mali", "casualties_niger-mali_2024-08-01_2024-08-31.html", None),
        ("Nigeria", "casualties_nigeria_2024-08-01_2024-08-31.html", None),
    ]


def test_a_manifest_refuses_a_list_where_one_value_is_meant(tmp_path):
    manifest = tmp_path / "m.yaml"
    manifest.write_text("jobs: [{kind: timeline, params: {start: [2024-08-01]}}]")
    with pytest.raises(UserError, match=r"'params.start': expected one value"):
        load_manifest(manifest)


# ----------------------------------------------------------------------- the CSV download


def _download(shown: list[str]) -> tuple[str, pd.DataFrame]:
    """(file name, rows) of the one download link among the blocks shown."""
    page = "".join(shown)
    links = re.findall(r'<a class="download" download="([^"]*)" href="([^"]*)"', page)
    assert len(links) == 1, page
    name, href = (html.unescape(part) for part in links[0])
    text = urllib.parse.unquote(href.removeprefix("data:text/csv;charset=utf-8,"))
    return name, pd.read_csv(io.StringIO(text))


@pytest.mark.parametrize("kind", ["casualties", "actors"])
def test_every_report_kind_carries_the_selections_rows_as_csv(sahel, kind):
    params = _params(sahel, country="Burkina Faso, Mali", **AUGUST)
    shown: list[str] = []
    Report(kind, load_report_data(sahel, params), shown.append).download()
    name, rows = _download(shown)
    assert name == "events_burkina-faso-mali_2024-08-01_2024-08-31.csv"
    assert _ids(rows, "event_id") == SAHEL_TWO and len(rows) == 4
    assert rows[["low", "best", "high"]].sum().tolist() == [23, 25, 27]
    assert set(rows["country"]) == {"Burkina Faso", "Mali"}
    assert "Download all 4 events as CSV" in "".join(shown)


def test_the_timeline_chronology_carries_the_same_download(sahel):
    params = _params(sahel, country="Burkina Faso, Mali", **AUGUST)
    shown: list[str] = []
    report = Report("timeline", load_report_data(sahel, params), shown.append)
    report.chronology()
    timeline = _download(shown)
    shown.clear()
    report.download()
    assert timeline[0] == _download(shown)[0]
    pd.testing.assert_frame_equal(timeline[1], _download(shown)[1])


def test_download_names_differ_by_region_and_period(sahel):
    names = {
        download.download_name(_params(sahel, **raw))
        for raw in (
            {"country": "Mali", **AUGUST},
            {"country": "Burkina Faso", **AUGUST},
            {"country": "Burkina Faso", "admin1": "Sahel", **AUGUST},
            {"country": "Burkina Faso", "start": "2024-08-01", "end": "2024-08-15"},
        )
    }
    assert names == {
        "events_mali_2024-08-01_2024-08-31.csv",
        "events_burkina-faso_2024-08-01_2024-08-31.csv",
        "events_sahel-burkina-faso_2024-08-01_2024-08-31.csv",
        "events_burkina-faso_2024-08-01_2024-08-15.csv",
    }


def test_an_empty_selection_shows_no_download(sahel):
    params = _params(sahel, country="Niger", start="2024-08-20", end="2024-08-31")
    shown: list[str] = []
    Report("casualties", load_report_data(sahel, params), shown.append).download()
    assert shown == []


HOSTILE = '../x"<y>'


def test_a_hostile_accented_or_non_latin_name_gives_a_safe_file_name_and_escaped_page(tmp_path):
    events = typed_events(
        pd.DataFrame(
            [
                _row("acled:H1", HOSTILE, "XXX", "Tillabéri", "2024-08-05"),
                _row("acled:H2", HOSTILE, "XXX", "Донецк", "2024-08-06"),
                _row("acled:H3", HOSTILE, "XXX", "Київ", "2024-08-07"),
            ]
        )
    )
    figures = casualty_frame([figure_row("acled:H1", "civilians", 1, 1, 1, "ACLED", "1")])
    store = build_clean_store(tmp_path / "hostile.duckdb", events, figures)
    accented = _params(store, country=HOSTILE, admin1="Tillabéri", **AUGUST)
    assert download.download_name(accented) == "events_tillaberi-x-y_2024-08-01_2024-08-31.csv"
    cyrillic = [_params(store, country=HOSTILE, admin1=n, **AUGUST) for n in ("Донецк", "Київ")]
    names = [download.download_name(p) for p in cyrillic]
    assert names[0] != names[1]
    for name in [download.download_name(accented), *names]:
        assert re.fullmatch(r"events_[a-z0-9-]+_2024-08-01_2024-08-31\.csv", name), name
    shown: list[str] = []
    report = Report("actors", load_report_data(store, accented), shown.append)
    report.header()
    report.download()
    page = "".join(shown)
    assert "<y>" not in page and '"<' not in page
    assert "x&quot;&lt;y&gt;" in page  # the country, in the escaped title
    name, rows = _download(shown)
    assert name == "events_tillaberi-x-y_2024-08-01_2024-08-31.csv"
    assert rows["country"].tolist() == [HOSTILE]  # the data itself is kept as it is


@given(st.text(max_size=40))
def test_a_file_slug_is_always_a_plain_ascii_name(text):
    name = file_slug(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name
    assert name == file_slug(text)


# ------------------------------------------------------------------ one real render


def test_a_rendered_casualties_report_of_two_countries(sahel, tmp_path):
    from analysis.reports.render import render_reports

    (page,) = render_reports(
        ["casualties"], {"country": "Burkina Faso, Mali", **AUGUST}, sahel, tmp_path
    )
    assert page.name == "casualties_burkina-faso-mali_2024-08-01_2024-08-31.html"
    text = page.read_text(encoding="utf-8")
    assert "Casualties: Burkina Faso, Mali, 1 Aug 2024 – 31 Aug 2024" in text
    name, rows = _download([text])
    assert name == "events_burkina-faso-mali_2024-08-01_2024-08-31.csv"
    assert _ids(rows, "event_id") == SAHEL_TWO and rows["best"].sum() == 25


def test_replace_keeps_one_country_in_country(sahel):
    params = _params(sahel, country="Burkina Faso, Mali", **AUGUST)
    one = replace(params, countries=("Mali",))
    assert (one.country, one.countries, one.region) == ("Mali", (), "Mali")
