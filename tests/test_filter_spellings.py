"""A report's province or district named as a source, an alias or an older cleaning spelt it.

The store holds one spelling per place; a user may know another: ACLED's older Pakistan
exports name the Federally Administered Tribal Areas (merged into Khyber Pakhtunkhwa in
2018, so cleaned to it), UCDP writes "Nineveh governorate" where ACLED writes "Ninewa",
and before the outline table gave Iraq's provinces ACLED's spelling a store spelt that
province "Nineveh" (a manifest written then still says so). A filter naming any of these
selects the place the store holds, through the cleaning's own rule; a name that is no
place of the store is still refused, with the store's names suggested.
"""

from __future__ import annotations

import pytest
from factories import ACLED_2025_HEADER, acled_2025_line, cleaned_store

from analysis.errors import UserError


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    # Iraq: two events in Ninewa (3 + 2 deaths), one in Diyala (4); Pakistan: one event
    # in the tribal areas (6 deaths), one in Khyber Pakhtunkhwa (1), one in Balochistan's
    # Musakhail district (ACLED's spelling; the store's Musa Khel, 5)
    rows = [
        acled_2025_line(event_id, f"{day} March 2017", iso, country, place, lat, lon, 1, deaths)
        for event_id, day, iso, country, place, lat, lon, deaths in [
            ("IRQ1", 2, 368, "Iraq", ("Ninewa", "Mosul", "Mosul"), 36.34, 43.13, 3),
            ("IRQ2", 9, 368, "Iraq", ("Ninewa", "Sinjar", "Sinjar"), 36.32, 41.88, 2),
            ("IRQ3", 12, 368, "Iraq", ("Diyala", "Baquba", "Baquba"), 33.75, 44.64, 4),
            ("PAK1", 4, 586, "Pakistan",
             ("Federally Administered Tribal Areas", "North Waziristan", "Miranshah"),
             33.0, 70.07, 6),
            ("PAK2", 6, 586, "Pakistan", ("Khyber Pakhtunkhwa", "Peshawar", "Peshawar"),
             34.01, 71.58, 1),
            ("PAK3", 8, 586, "Pakistan", ("Balochistan", "Musakhail", "Musakhail"),
             30.86, 69.82, 5),
        ]
    ]  # fmt: skip
    return cleaned_store(
        tmp_path_factory.mktemp("spellings"), "acled_2017", ACLED_2025_HEADER, rows
    )


def _selected(store, **raw):
    from analysis.reports.data import load_report_data
    from analysis.reports.params import parse_params
    from analysis.store.queries import selection_dates, store_places

    params = parse_params(raw, store_places(store), store, "Casualties", selection_dates(store))
    data = load_report_data(store, params)
    return params, len(data.events), int(data.fatalities["best"].sum())


@pytest.mark.parametrize(
    "raw",
    [
        {"admin1": "Ninewa"},
        {"admin1": "Nineveh", "country": "Iraq"},  # the store's spelling before
        {"admin1": "Nineveh"},
        {"admin1": "nineveh governorate"},  # UCDP's
        {"admin1": "Ninawa", "country": "IRQ"},  # one of Natural Earth's names
    ],
)
def test_a_province_named_otherwise_selects_the_stores_spelling(store, raw):
    params, events, best = _selected(store, **raw)
    assert params.admin1 == ("Ninewa",)
    assert (events, best) == (2, 3 + 2)
    assert params.title.startswith("Casualties: Ninewa")


def test_a_merged_province_selects_the_province_it_is_cleaned_to(store):
    params, events, best = _selected(store, admin1="FATA", country="Pakistan")
    assert params.admin1 == ("Khyber Pakhtunkhwa",)
    assert (events, best) == (2, 6 + 1)


def test_a_district_as_the_source_spells_it(store):
    params, events, best = _selected(store, admin2="Musakhail district")
    assert (params.admin2, params.admin1) == (("Musa Khel",), ("Balochistan",))
    assert (events, best) == (1, 5)


def test_a_spelling_of_another_countrys_province_is_still_refused(store):
    with pytest.raises(UserError, match=r"admin1='Nineveh': no region of that name of Pakistan"):
        _selected(store, admin1="Nineveh", country="Pakistan")
    with pytest.raises(UserError, match=r"admin1='Atlantis': no region of that name in the"):
        _selected(store, admin1="Atlantis")
