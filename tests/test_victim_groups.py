"""The one table of victim-group words (``reference/victim_groups.csv``) and its two readers:
the casualty cells and labels of analysts' tables, and the article extractor."""

from __future__ import annotations

import pytest

from analysis.casualty_phrases import VICTIM_GROUP_WORDS, Count, group_figures, victim_group
from analysis.extract.figures import SINGULAR_NOUNS, VICTIM_NOUNS, find_figures
from analysis.reference.victim_groups import load_victim_words, victim_words


def test_both_public_tables_are_views_of_the_one_table():
    table = load_victim_words()
    assert dict(zip(table["word"], table["victim_group"], strict=True)) == VICTIM_GROUP_WORDS
    nouns = table[table["in_articles"] == "noun"]
    assert dict(zip(nouns["word"], nouns["victim_group"], strict=True)) == VICTIM_NOUNS
    # every noun the extractor reads is read in cells too, with the same group
    assert all(VICTIM_GROUP_WORDS[w] == g for w, g in VICTIM_NOUNS.items())
    # and so is every singular of the table the extractor reads as one person
    singular = table[table["in_articles"] == "singular"]
    pairs = zip(singular["word"], singular["victim_group"], strict=True)
    assert all(SINGULAR_NOUNS[w] == g for w, g in pairs)


@pytest.mark.parametrize("word", ["army", "military", "unidentified", "other", "unknown"])
def test_adjectives_of_articles_are_read_only_in_cells(word):
    assert word in VICTIM_GROUP_WORDS and word not in VICTIM_NOUNS
    assert word not in SINGULAR_NOUNS


def test_a_word_only_the_extractor_had_now_splits_a_cell():
    # "journalists" was only the extractor's noun: the cell raised "some figures name a
    # victim group and some do not"; now 2 civilians and 3 security forces
    exact = lambda n: Count(n, n, n, "exact")  # noqa: E731
    assert group_figures("2 journalists and 3 soldiers") == [
        ("civilians", exact(2)),
        ("security_forces", exact(3)),
    ]
    assert victim_group("Journalists") == "civilians"
    # "members of the security forces", a phrase of four words only the extractor had
    assert group_figures("4 members of the security forces and 2 bystanders") == [
        ("security_forces", exact(4)),
        ("civilians", exact(2)),
    ]


def test_a_hyphenated_word_splits_a_cell():
    # the cell's hyphen is read as a space: "non-combatants" is the tokens "non combatants"
    assert group_figures("5 non-combatants and 2 soldiers") == [
        ("civilians", Count(5, 5, 5, "exact")),
        ("security_forces", Count(2, 2, 2, "exact")),
    ]
    assert victim_group("Non combatants") == victim_group("non-combatant") == "civilians"


def test_words_only_the_cells_had_are_now_read_in_articles():
    # "government forces" and "non-combatants" were only words of analysts' cells: the
    # extractor found no figure for them (only "two civilians")
    found = find_figures("The gunmen killed 12 government forces and two civilians.")
    assert [(f.noun, f.victim_group, f.best) for f in found] == [
        ("government forces", "security_forces", 12),
        ("civilians", "civilians", 2),
    ]
    found = find_figures("The strike killed 5 non-combatants, the UN said.")
    assert [(f.noun, f.victim_group, f.best) for f in found] == [("non-combatants", "civilians", 5)]


def test_an_adjective_is_no_noun_in_an_article():
    found = find_figures("Gunmen killed two army officers and three unidentified villagers.")
    assert [(f.noun, f.victim_group, f.best) for f in found] == [
        ("officers", "security_forces", 2),
        ("villagers", "civilians", 3),
    ]


def test_the_table_refuses_a_word_given_twice(tmp_path, monkeypatch):
    rows = "word,victim_group,in_articles,note\nsoldiers,security_forces,noun,\n"
    (tmp_path / "victim_groups.csv").write_text(rows + "soldiers,civilians,noun,\n")
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(tmp_path))
    load_victim_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="given twice: \\['soldiers'\\]"):
            load_victim_words()
        (tmp_path / "victim_groups.csv").write_text(rows + "Rebels,militia,noun,\n")
        load_victim_words.cache_clear()
        with pytest.raises(ValueError, match="lower case.*victim_group must be"):
            load_victim_words()
    finally:
        load_victim_words.cache_clear()
    monkeypatch.delenv("ANALYSIS_REFERENCE_DIR")
    assert victim_words()["soldiers"] == "security_forces"
