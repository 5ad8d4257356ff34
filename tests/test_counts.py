"""parse_count: the documented casualty-phrase convention, phrase by phrase, plus properties."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis import Count, parse_count
from analysis.casualty_phrases import count_from_notes, parse_counts
from analysis.schema import QUALIFIERS

U = (None, None, None, "unknown")

# (phrase, (low, best, high, qualifier)), each worked out from the convention table.
PHRASES = [
    # exact figures, digits and words
    ("23", (23, 23, 23, "exact")),
    ("0", (0, 0, 0, "exact")),
    ("1", (1, 1, 1, "exact")),
    ("1,200", (1200, 1200, 1200, "exact")),
    ("12.0", (12, 12, 12, "exact")),
    ("twenty-three", (23, 23, 23, "exact")),
    ("Twenty Three", (23, 23, 23, "exact")),
    ("twenty three", (23, 23, 23, "exact")),
    ("one hundred and five", (105, 105, 105, "exact")),
    ("one hundred five", (105, 105, 105, "exact")),
    ("a hundred", (100, 100, 100, "exact")),
    ("two thousand", (2000, 2000, 2000, "exact")),
    ("one thousand two hundred and twelve", (1212, 1212, 1212, "exact")),
    ("six", (6, 6, 6, "exact")),
    ("ten", (10, 10, 10, "exact")),
    ("eleven", (11, 11, 11, "exact")),
    ("ninety-nine", (99, 99, 99, "exact")),
    ("zero", (0, 0, 0, "exact")),
    ("2 thousand", (2000, 2000, 2000, "exact")),
    ("1.5 thousand", (1500, 1500, 1500, "exact")),
    # fixed words
    ("a dozen", (12, 12, 12, "approximate")),
    ("a couple", (2, 2, 2, "approximate")),
    ("a couple of soldiers", (2, 2, 2, "approximate")),
    ("a few", (3, 3, 3, "approximate")),
    ("half a dozen", (6, 6, 6, "approximate")),
    ("two dozen", (24, 24, 24, "approximate")),
    ("3 dozen", (36, 36, 36, "approximate")),
    # at least
    ("at least 23", (23, 23, 23, "at_least")),
    ("At least 23 passengers were killed", (23, 23, 23, "at_least")),
    ("at least ten", (10, 10, 10, "at_least")),
    ("no fewer than 4", (4, 4, 4, "at_least")),
    ("no less than 7", (7, 7, 7, "at_least")),
    ("5 or more", (5, 5, 5, "at_least")),
    ("five or more people", (5, 5, 5, "at_least")),
    ("a minimum of 3", (3, 3, 3, "at_least")),
    ("10+", (10, 10, 10, "at_least")),
    ("at least a dozen", (12, 12, 12, "at_least")),
    # more than
    ("more than 60", (61, 61, 61, "more_than")),
    ("More than 60 dead", (61, 61, 61, "more_than")),
    ("over 10", (11, 11, 11, "more_than")),
    ("upwards of 100", (101, 101, 101, "more_than")),
    ("in excess of 50", (51, 51, 51, "more_than")),
    ("more than a dozen", (13, 13, 13, "more_than")),
    ("more than two dozen", (25, 25, 25, "more_than")),
    ("more than one hundred", (101, 101, 101, "more_than")),
    # approximate
    ("about 5", (5, 5, 5, "approximate")),
    ("around 30", (30, 30, 30, "approximate")),
    ("approximately 12", (12, 12, 12, "approximate")),
    ("some 40", (40, 40, 40, "approximate")),
    ("nearly 50", (50, 50, 50, "approximate")),
    ("almost 9", (9, 9, 9, "approximate")),
    ("roughly 200", (200, 200, 200, "approximate")),
    ("an estimated 70", (70, 70, 70, "approximate")),
    ("~15", (15, 15, 15, "approximate")),
    ("20 or so", (20, 20, 20, "approximate")),
    ("nearly two dozen", (24, 24, 24, "approximate")),
    # ranges
    ("5 to 8", (5, 5, 8, "range")),
    ("5-8", (5, 5, 8, "range")),
    ("5 - 8", (5, 5, 8, "range")),
    ("5–8", (5, 5, 8, "range")),
    ("5—8", (5, 5, 8, "range")),
    ("between 5 and 8", (5, 5, 8, "range")),
    ("Between five and eight civilians", (5, 5, 8, "range")),
    ("from 3 to 7", (3, 3, 7, "range")),
    ("twenty to thirty", (20, 20, 30, "range")),
    ("two or three", (2, 2, 3, "range")),
    ("10-10", (10, 10, 10, "range")),
    # up to
    ("up to 40", (1, 40, 40, "up_to")),
    ("as many as 35", (1, 35, 35, "up_to")),
    ("As many as 35 vehicles", (1, 35, 35, "up_to")),
    ("up to a dozen", (1, 12, 12, "up_to")),
    ("a maximum of 9", (1, 9, 9, "up_to")),
    ("up to 0", (0, 0, 0, "up_to")),
    # vague words, ACLED convention
    ("several", (10, 10, 10, "vague")),
    ("many", (10, 10, 10, "vague")),
    ("multiple", (10, 10, 10, "vague")),
    ("numerous", (10, 10, 10, "vague")),
    ("several people were killed", (10, 10, 10, "vague")),
    ("dozens", (12, 12, 12, "vague")),
    ("dozens of civilians", (12, 12, 12, "vague")),
    ("scores", (20, 20, 20, "vague")),
    ("hundreds", (100, 100, 100, "vague")),
    ("thousands", (1000, 1000, 1000, "vague")),
    # nobody
    ("no one", (0, 0, 0, "exact")),
    ("No-one was hurt", (0, 0, 0, "exact")),
    ("nobody", (0, 0, 0, "exact")),
    ("no casualties", (0, 0, 0, "exact")),
    ("No casualties were reported.", (0, 0, 0, "exact")),
    ("none", (0, 0, 0, "exact")),
    ("no deaths", (0, 0, 0, "exact")),
    # unknown
    ("unknown", U),
    ("Unknown", U),
    ("unclear", U),
    ("not confirmed", U),
    ("the toll had yet to be confirmed", U),
    ("", U),
    ("   ", U),
    ("n/a", U),
    ("some people", U),
    # surrounding words, the first figure wins
    ("14 soldiers and police, and 21 militants", (14, 14, 14, "exact")),
    ("killing at least 10 people in one attack", (10, 10, 10, "at_least")),
    ("the ten killed in clashes", (10, 10, 10, "exact")),
    ("12 militants the interior ministry confirmed dead", (12, 12, 12, "exact")),
    ("AT LEAST 23!!!", (23, 23, 23, "at_least")),
    ("(about 5)", (5, 5, 5, "approximate")),
    ("as many as 35 vehicles were set ablaze", (1, 35, 35, "up_to")),
    ("It was not clear how many died", U),
    ("Nonetheless 5 died", (5, 5, 5, "exact")),
]


def test_the_table_has_at_least_eighty_phrases():
    assert len(PHRASES) >= 80


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase(text, expected):
    assert parse_count(text) == Count(*expected)


@pytest.mark.parametrize("value", [None, float("nan"), pd.NA])
def test_missing_values_are_unknown(value):
    assert parse_count(value) == Count(*U)


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (7, 7), (12.0, 12)])
def test_numbers_are_exact(value, expected):
    assert parse_count(value) == Count(expected, expected, expected, "exact")


@pytest.mark.parametrize("text", ["-3", "- 3", -3, "minus figure: -12", 2.5, "2.5", "8 to 5"])
def test_impossible_figures_raise(text):
    with pytest.raises(ValueError):
        parse_count(text)


def test_the_package_exports_the_contract():
    assert analysis.parse_count is parse_count
    assert analysis.Count is Count


# --- properties ----------------------------------------------------------------------

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
]
_SMALL += ["fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 ≤ n < 1,000,000, written independently of the parser."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_SMALL[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_SMALL[hundreds]} hundred" + (f" and {words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    tail = "" if not rest else (f" and {words(rest)}" if rest < 100 else f" {words(rest)}")
    return f"{words(thousands)} thousand{tail}"


counts = st.integers(min_value=0, max_value=999_999)
neutral = st.sampled_from(["", "people", "civilians were killed", "(police)", "dead."])


@given(counts)
def test_digits_read_exactly(n):
    assert parse_count(str(n)) == Count(n, n, n, "exact")
    assert parse_count(f"{n:,}") == Count(n, n, n, "exact")


@given(counts)
def test_words_read_as_their_number(n):
    assert parse_count(words(n)) == Count(n, n, n, "exact")


@given(counts, neutral)
def test_case_and_trailing_words_do_not_matter(n, tail):
    text = f"at least {words(n)} {tail}"
    assert parse_count(text.upper()) == parse_count(text) == Count(n, n, n, "at_least")


@given(counts)
def test_more_than_is_one_more(n):
    assert parse_count(f"more than {n}") == Count(n + 1, n + 1, n + 1, "more_than")


@given(counts, counts)
def test_ranges_keep_both_ends(a, b):
    low, high = min(a, b), max(a, b)
    for text in (f"between {low} and {high}", f"{low}-{high}", f"{low} to {high}"):
        assert parse_count(text) == Count(low, low, high, "range")


@given(st.text(max_size=40))
def test_any_text_gives_an_ordered_range_or_a_clear_error(text):
    try:
        c = parse_count(text)
    except ValueError as exc:
        assert str(exc)
        return
    assert c.qualifier in QUALIFIERS
    if c.qualifier == "unknown":
        assert c.low is c.best is c.high is None
    else:
        assert 0 <= c.low <= c.best <= c.high


def test_parse_counts_parses_a_column_and_flags_bad_values():
    out = parse_counts(pd.Series(["at least 23", "-4", None, "a dozen"]))
    assert out["best"].tolist()[0] == 23
    assert out.loc[1, "qualifier"] == "invalid" and "negative" in out.loc[1, "error"]
    assert out.loc[2, "qualifier"] == "unknown"
    assert out.loc[3, "qualifier"] == "approximate"


SEED_NOTES = {
    # sentences of the seed article, with the figure each one gives for the dead
    "Local officials said at least 23 passengers were killed in the attack.": "at least 23",
    "Police said they had found six as yet unidentified bodies near the site.": "six",
    "Officials said militants also targeted police and security stations in Balochistan, "
    "killing at least 10 people in one attack.": "at least 10",
    "Separatist militant attacks on police stations, railway lines and highways killed more "
    "than 60 people, officials said on Monday.": "more than 60",
    "On 26 August 2024, 14 soldiers were killed.": "14",
    "Between five and eight people were killed.": "between five and eight",
    "As many as 35 vehicles were set on fire.": None,
}


def test_count_from_notes_finds_the_figure_for_the_dead():
    notes = pd.Series(list(SEED_NOTES))
    found = count_from_notes(notes)
    texts = found["figure_text"].astype(object)
    assert texts.where(texts.notna(), None).tolist() == list(SEED_NOTES.values())
    assert found["best"].tolist()[:5] == [23, 6, 10, 61, 14]
    assert found.loc[5, ["low", "high"]].tolist() == [5, 8]
    assert found.loc[6, "qualifier"] == "unknown"


# ------------------------------------------------------------- the documented convention

DOCS = Path(__file__).resolve().parents[1] / "docs" / "methodology.md"


def _phrase_table() -> list[list[str]]:
    """The rows of the casualty-phrase table in docs/methodology.md, cells stripped."""
    lines = DOCS.read_text(encoding="utf-8").splitlines()
    start = lines.index("| phrase | low | best | high | qualifier | example |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_documented_table_is_what_parse_count_does():
    rows = _phrase_table()
    assert len(rows) == 11
    assert {row[4] for row in rows} == set(QUALIFIERS)
    for *_, qualifier, example in rows:
        phrase, result = example.split(" → ")
        figures = [None if v == "–" else int(v) for v in result.split(" / ")]
        assert tuple(parse_count(phrase.strip("`"))) == (*figures, qualifier), example


def test_the_table_is_written_once():
    """The code points to the documented table instead of keeping a copy of it."""
    import analysis.casualty_phrases

    assert "| phrase |" not in analysis.casualty_phrases.__doc__
    assert "=====" not in analysis.casualty_phrases.__doc__
    assert "docs/methodology.md" in analysis.casualty_phrases.__doc__
    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "| phrase |" not in readme
