"""Casualty phrases written in French: read by the convention English phrases follow
(docs/methodology.md, "Casualty phrases"), and a cell from which no figure can be read, in
any language, never leaves the totals silently. Every expected figure is worked out by hand
from the phrase or from the fixture table ``fixtures/french/sahel_fr.csv``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_counts import PHRASES, words

from analysis import Count, parse_count
from analysis.casualty_phrases import group_figures, is_french, states_unknown, victim_group
from analysis.store import EventStore
from conftest import FIXTURES, balanced

U = (None, None, None, "unknown")

# (phrase, (low, best, high, qualifier)): each as the English phrase of the same meaning
FRENCH = [
    # exact figures, digits and words
    ("trois", (3, 3, 3, "exact")),
    ("Trois morts", (3, 3, 3, "exact")),
    ("un", (1, 1, 1, "exact")),
    ("un mort", (1, 1, 1, "exact")),
    ("une femme", (1, 1, 1, "exact")),
    ("seize", (16, 16, 16, "exact")),
    ("dix-sept", (17, 17, 17, "exact")),
    ("vingt et un", (21, 21, 21, "exact")),
    ("vingt-et-un", (21, 21, 21, "exact")),
    ("soixante et onze", (71, 71, 71, "exact")),
    ("soixante-dix-sept", (77, 77, 77, "exact")),
    ("quatre-vingts", (80, 80, 80, "exact")),
    ("quatre-vingt-un", (81, 81, 81, "exact")),
    ("quatre-vingt-dix-neuf", (99, 99, 99, "exact")),
    ("septante-cinq", (75, 75, 75, "exact")),  # Belgian and Swiss French
    ("cent", (100, 100, 100, "exact")),
    ("cent un", (101, 101, 101, "exact")),
    ("deux cents", (200, 200, 200, "exact")),
    ("trois cent quatre-vingt-dix-neuf", (399, 399, 399, "exact")),
    ("mille", (1000, 1000, 1000, "exact")),
    ("deux mille trois cent quarante", (2340, 2340, 2340, "exact")),
    ("sept soldats tués", (7, 7, 7, "exact")),
    ("12 morts", (12, 12, 12, "exact")),
    ("1 200 déplacés", (1200, 1200, 1200, "exact")),
    ("10.000 morts", (10000, 10000, 10000, "exact")),  # a French thousands separator
    # approximate: the "-aine" words, as "a dozen" is
    ("une dizaine", (10, 10, 10, "approximate")),
    ("une douzaine", (12, 12, 12, "approximate")),
    ("une quinzaine", (15, 15, 15, "approximate")),
    ("une vingtaine", (20, 20, 20, "approximate")),
    ("une trentaine de terroristes", (30, 30, 30, "approximate")),
    ("une soixantaine", (60, 60, 60, "approximate")),
    ("une centaine", (100, 100, 100, "approximate")),
    ("un millier", (1000, 1000, 1000, "approximate")),
    ("une demi-douzaine", (6, 6, 6, "approximate")),
    ("une bonne dizaine", (10, 10, 10, "approximate")),
    # at least
    ("au moins 12", (12, 12, 12, "at_least")),
    ("Au moins douze civils", (12, 12, 12, "at_least")),
    ("au minimum 4", (4, 4, 4, "at_least")),
    ("pas moins de 7", (7, 7, 7, "at_least")),
    ("5 ou plus", (5, 5, 5, "at_least")),
    ("au moins une dizaine", (10, 10, 10, "at_least")),
    # more than: one more, as "more than 60" is 61
    ("plus de 30", (31, 31, 31, "more_than")),
    ("Plus de trente morts", (31, 31, 31, "more_than")),
    ("plus d'une centaine", (101, 101, 101, "more_than")),
    ("plus d’une vingtaine de soldats", (21, 21, 21, "more_than")),
    ("au-delà de 50", (51, 51, 51, "more_than")),
    ("un peu plus de 30", (31, 31, 31, "more_than")),
    # approximate
    ("environ 30", (30, 30, 30, "approximate")),
    ("30 environ", (30, 30, 30, "approximate")),
    ("près de 40", (40, 40, 40, "approximate")),
    ("pres de 40", (40, 40, 40, "approximate")),
    ("près d'une vingtaine", (20, 20, 20, "approximate")),
    ("presque 9", (9, 9, 9, "approximate")),
    ("quelque 200", (200, 200, 200, "approximate")),
    ("quelques morts", (3, 3, 3, "approximate")),  # as "a few" is
    # ranges
    ("entre 5 et 8", (5, 5, 8, "range")),
    ("Entre cinq et huit civils", (5, 5, 8, "range")),
    ("5 à 8", (5, 5, 8, "range")),
    ("de 3 à 7", (3, 3, 7, "range")),
    ("deux ou trois", (2, 2, 3, "range")),
    ("vingt à trente", (20, 20, 30, "range")),
    # up to
    ("jusqu'à 40", (1, 40, 40, "up_to")),
    ("au plus 9", (1, 9, 9, "up_to")),
    # vague words: ACLED's figures, as "several" and "dozens" are
    ("plusieurs", (10, 10, 10, "vague")),
    ("plusieurs morts", (10, 10, 10, "vague")),
    ("de nombreux civils", (10, 10, 10, "vague")),
    ("des dizaines", (12, 12, 12, "vague")),
    ("des dizaines de soldats", (12, 12, 12, "vague")),
    ("des centaines", (100, 100, 100, "vague")),
    ("des milliers", (1000, 1000, 1000, "vague")),
    # nobody
    ("aucun", (0, 0, 0, "exact")),
    ("Aucune victime", (0, 0, 0, "exact")),
    ("néant", (0, 0, 0, "exact")),
    ("pas de morts", (0, 0, 0, "exact")),
    ("zéro", (0, 0, 0, "exact")),
    # unknown
    ("inconnu", U),
    ("non confirmé", U),
    ("non précisé", U),
    ("bilan inconnu", U),
    # surrounding words, the first figure wins ("un bilan" is the article, not one)
    ("un bilan de 12 morts", (12, 12, 12, "exact")),
    ("14 soldats et 21 assaillants", (14, 14, 14, "exact")),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH, ids=[p for p, _ in FRENCH])
def test_french_phrase(text, expected):
    assert is_french(text)
    assert parse_count(text) == Count(*expected)


# English, never read as French: every phrase of the convention (tests/test_counts.py), and
# English words that look French ("sept", "un", "plus", "se…")
ENGLISH = [p for p, _ in PHRASES] + ["Sept 12", "6 UN peacekeepers", "10 plus", "5 seized"]


@pytest.mark.parametrize("text", ENGLISH, ids=ENGLISH)
def test_english_phrases_and_words_that_look_french_stay_english(text):
    assert not is_french(text)


def test_english_words_keep_their_meaning_in_a_french_phrase():
    # "at least" and "militants" read as in English, "soldats" and "et" as in French
    assert group_figures("au moins 3 soldats et 5 militants") == [
        ("security_forces", Count(3, 3, 3, "at_least")),
        ("militants", Count(5, 5, 5, "exact")),
    ]


# --- several victim groups in one French cell ----------------------------------------


def test_french_victim_groups_split_a_cell_like_english_ones():
    exact = lambda n: Count(n, n, n, "exact")  # noqa: E731
    assert group_figures("14 soldats et 21 assaillants") == [
        ("security_forces", exact(14)),
        ("militants", exact(21)),
    ]
    assert group_figures("14 soldiers and 21 militants") == group_figures(
        "14 soldats et 21 assaillants"
    )
    assert group_figures("5 VDP et 11 terroristes") == [
        ("security_forces", exact(5)),
        ("militants", exact(11)),
    ]
    # words for numbers, "-aine" words and the groups of several words
    assert group_figures("une vingtaine de jihadistes et deux soldats") == [
        ("militants", Count(20, 20, 20, "approximate")),
        ("security_forces", exact(2)),
    ]
    assert group_figures("un civil, 3 hommes armés et 4 éléments des FDS") == [
        ("civilians", exact(1)),
        ("militants", exact(3)),
        ("security_forces", exact(4)),
    ]
    assert group_figures("au moins 6 forces de défense et de sécurité et 2 villageois") == [
        ("security_forces", Count(6, 6, 6, "at_least")),
        ("civilians", exact(2)),
    ]


def test_a_french_cell_counting_the_wounded_is_not_split():
    with pytest.raises(ValueError, match="other outcomes"):
        group_figures("6 soldats tués et 3 civils blessés")
    with pytest.raises(ValueError, match="some figures name a victim group"):
        group_figures("3 soldats et 5")


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("Civils", "civilians"),
        ("civil", "civilians"),
        ("Villageois", "civilians"),
        ("femmes", "civilians"),
        ("Enfants", "civilians"),
        ("Élèves", "civilians"),
        ("eleves", "civilians"),
        ("soldats", "security_forces"),
        ("Militaires", "security_forces"),
        ("gendarmes", "security_forces"),
        ("Policiers", "security_forces"),
        ("VDP", "security_forces"),
        ("volontaires", "security_forces"),
        ("FAMa", "security_forces"),
        ("Forces de défense et de sécurité", "security_forces"),
        ("forces de defense et de securite", "security_forces"),
        ("assaillants", "militants"),
        ("Terroristes", "militants"),
        ("jihadistes", "militants"),
        ("Djihadistes", "militants"),
        ("hommes armés", "militants"),
        ("HOMMES ARMES", "militants"),
        ("Insurgés", "militants"),
        ("insurge", "militants"),
        ("personnes", "unknown"),
        ("Inconnu", "unknown"),
    ],
)
def test_french_victim_group_labels(label, group):
    assert victim_group(label) == group


# --- properties ----------------------------------------------------------------------

_FR_SMALL = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_FR_SMALL += ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_FR_SMALL += ["dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def french(n: int, before_mille: bool = False) -> str:
    """French words for 0 ≤ n < 1,000,000 by the traditional spelling, written
    independently of the parser ("quatre-vingts" and "deux cents" lose their s before
    "mille")."""
    if n < 20:
        return _FR_SMALL[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens == 7:
            return "soixante et onze" if unit == 1 else f"soixante-{_FR_SMALL[10 + unit]}"
        if tens == 9:
            return f"quatre-vingt-{_FR_SMALL[10 + unit]}"
        if tens == 8:
            s = "" if before_mille else "s"
            return f"quatre-vingt{s}" if unit == 0 else f"quatre-vingt-{_FR_SMALL[unit]}"
        if unit == 0:
            return _FR_TENS[tens]
        return f"{_FR_TENS[tens]} et un" if unit == 1 else f"{_FR_TENS[tens]}-{_FR_SMALL[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest:
            head = "cent" if hundreds == 1 else f"{_FR_SMALL[hundreds]} cent"
            return f"{head} {french(rest, before_mille)}"
        s = "" if before_mille else "s"
        return "cent" if hundreds == 1 else f"{_FR_SMALL[hundreds]} cent{s}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands, before_mille=True)} mille"
    return f"{head} {french(rest)}" if rest else head


def reformed(text: str) -> str:
    """The 1990 spelling: every number word joined by hyphens ("deux-cent-vingt-et-un")."""
    return text.replace(" ", "-")


counts = st.integers(min_value=0, max_value=999_999)
french_tail = st.sampled_from(["", "morts", "civils tués", "(gendarmes)", "tués."])


def test_the_french_writer_spells_known_numbers():
    assert [french(n) for n in (21, 71, 80, 81, 99, 200, 201, 80_000, 200_000)] == [
        "vingt et un",
        "soixante et onze",
        "quatre-vingts",
        "quatre-vingt-un",
        "quatre-vingt-dix-neuf",
        "deux cents",
        "deux cent un",
        "quatre-vingt mille",
        "deux cent mille",
    ]


@given(counts, st.booleans())
def test_french_words_read_as_their_number(n, reform):
    text = reformed(french(n)) if reform else french(n)
    assert parse_count(text) == Count(n, n, n, "exact")


@given(counts, french_tail)
def test_au_moins_is_at_least(n, tail):
    for figure in (str(n), french(n)):
        text = f"au moins {figure} {tail}"
        assert parse_count(text.upper()) == parse_count(text) == Count(n, n, n, "at_least")
        assert parse_count(text) == parse_count(f"at least {n}")


@given(counts)
def test_plus_de_is_one_more(n):
    assert parse_count(f"plus de {n}") == Count(n + 1, n + 1, n + 1, "more_than")
    assert parse_count(f"plus de {french(n)}") == parse_count(f"more than {words(n)}")


@given(counts, counts)
def test_french_ranges_keep_both_ends(a, b):
    low, high = min(a, b), max(a, b)
    for text in (f"entre {low} et {high}", f"{low} à {high}", f"de {low} à {high} morts"):
        assert parse_count(text) == Count(low, low, high, "range")
    assert parse_count(f"entre {french(low)} et {french(high)}") == Count(low, low, high, "range")


_GROUP_WORDS = {
    "soldats": "security_forces",
    "militaires": "security_forces",
    "VDP": "security_forces",
    "civils": "civilians",
    "villageois": "civilians",
    "femmes": "civilians",
    "assaillants": "militants",
    "terroristes": "militants",
    "hommes armés": "militants",
    "djihadistes": "militants",
}


@given(
    st.lists(
        st.tuples(st.integers(0, 100_000), st.sampled_from(sorted(_GROUP_WORDS)), st.booleans()),
        min_size=2,
        max_size=4,
    )
)
def test_a_french_cell_of_several_groups_sums_to_its_parts(parts):
    cell = " et ".join(f"{french(n) if spelled else n} {word}" for n, word, spelled in parts)
    found = group_figures(cell)
    assert [(g, c.best) for g, c in found] == [(_GROUP_WORDS[w], n) for n, w, _ in parts]
    assert sum(c.best for _, c in found) == sum(n for n, _, _ in parts)


@given(counts)
def test_english_number_words_are_never_french(n):
    assert not is_french(words(n))
    assert not is_french(f"at least {words(n)} people were killed")


# --- a cell not understood ------------------------------------------------------------


# (cell without a figure, whether it says the toll is unknown): stored as unknown if it
# does, a phrase not understood (quarantined) if it does not
NO_FIGURE = [
    *((text, True) for text in ("unknown", "Not confirmed", "n/a", "N/A", "-", "?")),
    *((text, True) for text in ("inconnu", "Non précisé")),
    *((text, False) for text in ("voir rapport", "see notes", "some people", "lourd bilan")),
]


@pytest.mark.parametrize(("text", "says_unknown"), NO_FIGURE, ids=[t for t, _ in NO_FIGURE])
def test_a_cell_without_a_figure_is_unknown_only_when_it_says_so(text, says_unknown):
    assert parse_count(text) == Count(*U)
    assert states_unknown(text) is says_unknown


# --- a French table ingested end to end -------------------------------------------------

FRENCH_TABLE = FIXTURES / "french" / "sahel_fr.csv"
FRENCH_MAPPING = FIXTURES / "french" / "sahel_fr.yaml"


@pytest.fixture
def french_report(cli, store_path):
    return cli.json(
        "ingest",
        "--source",
        "generic",
        "--mapping",
        FRENCH_MAPPING,
        FRENCH_TABLE,
        "--store",
        store_path,
        "--no-clean",
    )


def test_a_french_table_is_stored_with_every_figure_read(french_report, store_path):
    """fixtures/french/README.md works each row out; 14 rows stored, 2 quarantined."""
    report = french_report
    assert balanced(report)
    assert (report["rows_read"], report["stored"], report["quarantined"]) == (16, 14, 2)
    with EventStore(store_path, read_only=True) as store:
        summary = store.summary()
        rows = store.casualties().sort_values(["event_id", "victim_group"])
    by_group = {
        g: (v["low"], v["best"], v["high"], v["figures"])
        for g, v in summary["fatalities_by_victim_group"].items()
    }
    assert by_group == {
        # S01 14, S02 5, S06 10, S07 2, S16 14
        "security_forces": (45, 45, 45, 5),
        # S01 21, S02 11, S07 20, S10 12, S16 21
        "militants": (85, 85, 85, 5),
        # S03 12, S05 3, S08 5 to 8, S15 40
        "civilians": (60, 60, 63, 4),
        # S04 31, S09 97, S11 0, S12 no figure
        "unknown": (128, 128, 128, 4),
    }
    qualifiers = {(r.event_id, r.victim_group): r.qualifier for r in rows.itertuples(index=False)}
    assert qualifiers[("sahel:S03", "civilians")] == "at_least"
    assert qualifiers[("sahel:S04", "unknown")] == "more_than"
    assert qualifiers[("sahel:S06", "security_forces")] == "approximate"
    assert qualifiers[("sahel:S07", "militants")] == "approximate"
    assert qualifiers[("sahel:S08", "civilians")] == "range"
    assert qualifiers[("sahel:S10", "militants")] == "vague"
    assert qualifiers[("sahel:S12", "unknown")] == "unknown"


def test_a_french_table_shows_its_own_total_and_its_losses(french_report, cli, store_path):
    report = french_report
    # 45 + 85 + 60 + 128 = 318 read and stored; S13 ("voir rapport") has no figure and S14
    # (the wounded beside the dead) cannot be split: both quarantined, neither read
    assert (report["fatalities_read"], report["fatalities_stored"]) == (318, 318)
    listed = cli.json("quarantine", "--store", store_path)["quarantine"]
    found = {(q["source_row"], q["column"]): q["reason"] for q in listed}
    assert set(found) == {(14, "fatalities"), (15, "fatalities")}
    assert found[(14, "fatalities")].startswith("no figure read")
    assert "values:" in found[(14, "fatalities")]
    assert "other outcomes" in found[(15, "fatalities")]
    assert all(q["source_file"].endswith("sahel_fr.csv") for q in listed)


def test_the_ingest_table_shows_what_was_read_from_an_analysts_table(cli, tmp_path):
    result = cli(
        "ingest",
        "--source",
        "generic",
        "--mapping",
        FRENCH_MAPPING,
        FRENCH_TABLE,
        "--store",
        tmp_path / "t.duckdb",
        "--no-clean",
    )
    assert result.exit_code == 0, result.output
    # the fatalities table is the one whose rows have four cells: file, read, stored, ""
    rows = [line.split("│")[1:-1] for line in result.output.splitlines() if "sahel_fr" in line]
    (row,) = [cells for cells in rows if len(cells) == 4]
    assert [cell.strip() for cell in row] == ["sahel_fr.csv", "318", "318", "agree"]


def test_a_phrase_not_understood_is_quarantined_not_dropped(cli, tmp_path, store_path):
    data = tmp_path / "desk.csv"
    data.write_text(
        "id,date,n\nA,2024-09-07,4\nB,2024-09-07,see notes\nC,2024-09-07,unknown\n"
        "D,2024-09-07,\nE,2024-09-07,trois\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "desk.yaml"
    mapping.write_text(
        "source: desk\nevents:\n  columns: {source_event_id: id, date_start: date, "
        "fatalities: n}\n  defaults: {event_type: Battles, sub_event_type: Armed clash}\n",
        encoding="utf-8",
    )
    report = cli.json("ingest", data, "--mapping", mapping, "--store", store_path, "--no-clean")
    # A 4 and E 3 read; C says unknown and D is blank (stored, no figure); B is quarantined
    assert (report["stored"], report["quarantined"]) == (4, 1)
    assert (report["fatalities_read"], report["fatalities_stored"]) == (7, 7)
    listed = cli.json("quarantine", "--store", store_path)["quarantine"]
    assert [(q["source_row"], q["column"]) for q in listed] == [(3, "fatalities")]
