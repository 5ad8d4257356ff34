"""The learned confidence of each extracted figure (``analysis.extract.confidence``): the fit on
a table small enough to reason about, the shipped weights, the command's filter and the CSV
column. What the confidence is worth is measured in docs/extraction.md."""

from __future__ import annotations

import csv
import math
import re
from datetime import date

from analysis.extract import extract_article
from analysis.extract.confidence import (
    drop_below,
    figure_features,
    fit,
    load_weights,
    probability,
)
from analysis.extract.review import review_html

ARTICLE = (
    "Gunmen killed 3 policemen and wounded 4 civilians in Quetta on Sunday, police said. "
    "A hospital official said 2 of the wounded were children."
)


def _figures(found):
    return [
        *(f for c in found.candidates for f in [*c.figures, *c.other_figures]),
        *found.totals,
        *found.other_totals,
    ]


def test_a_feature_always_right_gets_a_positive_weight_and_one_always_wrong_a_negative():
    # two right figures with "a", two wrong with "b", a "c" that is half and half: a's weight
    # is positive, b's negative and of the same size (the table is symmetric), c's near 0
    rows = [{"a": 1.0}, {"a": 1.0}, {"b": 1.0}, {"b": 1.0}, {"c": 1.0}, {"c": 1.0}]
    weights = fit(rows, [1, 1, 0, 0, 1, 0], l2=0.01, iterations=500)
    assert weights["a"] > 1.0 and weights["b"] < -1.0
    assert math.isclose(weights["a"], -weights["b"], abs_tol=1e-4)
    assert abs(weights["c"]) < 1e-4


def test_a_larger_l2_shrinks_the_weights_and_the_fit_is_deterministic():
    rows = [{"bias": 1.0, "x": 1.0}, {"bias": 1.0}] * 5
    labels = [1, 0] * 5
    loose, tight = fit(rows, labels, 0.001), fit(rows, labels, 1.0)
    assert abs(tight["x"]) < abs(loose["x"])
    assert fit(rows, labels, 0.001) == loose
    # only the features named are fitted
    assert set(fit(rows, labels, 0.01, names=["x"])) == {"x"}


def test_the_balanced_table_s_fit_is_the_one_worked_out_by_hand():
    # one feature, "bias", on every row and half the rows right: the best weight is 0 (a
    # probability of a half), whatever the L2
    weights = fit([{"bias": 1.0}] * 4, [1, 0, 1, 0], l2=0.1)
    assert weights == {"bias": 0.0}
    assert probability({"bias": 1.0}, weights) == 0.5


def test_the_shipped_weights_rate_every_figure_of_a_short_article_in_0_to_1():
    weights = load_weights()
    assert "bias" in weights and len(weights) > 20
    found = extract_article(ARTICLE, date(2024, 8, 26))
    figures = _figures(found)
    assert len(figures) >= 2
    assert all(f.confidence is not None and 0.0 <= f.confidence <= 1.0 for f in figures)
    # the same text, the same confidences
    again = extract_article(ARTICLE, date(2024, 8, 26))
    assert [f.confidence for f in _figures(again)] == [f.confidence for f in figures]


def test_features_name_no_capitalised_word_but_the_sentence_s_first():
    found = extract_article(ARTICLE, date(2024, 8, 26))
    figure = found.candidates[0].figures[0]
    features = figure_features(figure, found, True, False)
    assert not any("quetta" in name or "sunday" in name for name in features)
    assert features["death=True"] == 1.0 and features["total=False"] == 1.0


def test_drop_below_drops_every_figure_over_one_and_none_at_zero():
    found = extract_article(ARTICLE, date(2024, 8, 26))
    n = len(_figures(found))
    assert drop_below(found, 0.0) == 0 and len(_figures(found)) == n
    assert drop_below(found, 1.01) == n and _figures(found) == []


def test_the_command_s_min_confidence_drops_all_or_none_and_says_so(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "a_candidates.csv"
    payload = cli.json(
        "extract", article, "--published", "2024-08-26", "--out", out, "--min-confidence", "1"
    )
    assert payload["dropped_below_confidence"]["figures"] >= 2
    assert not any(c["figures"] or c["other_figures"] for c in payload["candidates"])
    payload = cli.json(
        "extract", article, "--published", "2024-08-26", "--out", out, "--min-confidence", "0"
    )
    assert payload["dropped_below_confidence"]["figures"] == 0
    result = cli(
        "extract", article, "--published", "2024-08-26", "--out", out, "--min-confidence", "0"
    )
    assert "dropped 0 figure(s) with a confidence under 0" in result.output
    for wrong in ("1.5", "-0.1", "nan"):
        result = cli("extract", article, "--published", "2024-08-26", "--min-confidence", wrong)
        assert result.exit_code == 2 and "not a probability" in result.output, wrong


def test_the_casualties_csv_has_a_confidence_column(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "a_candidates.csv"
    cli.json("extract", article, "--published", "2024-08-26", "--out", out)
    with (tmp_path / "a_candidates_casualties.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(0.0 <= float(r["confidence"]) <= 1.0 for r in rows)


def test_the_review_page_shows_counts_whole_beside_a_toll_with_none():
    # "the toll had yet to be confirmed" is a death toll with no number: its cells are dashes,
    # and the 3 policemen stay 3 (not 3.0) in the ranked table and in the candidate's own
    text = (
        "Gunmen killed 3 policemen in Quetta on Sunday, police said. Officials said the toll "
        "had yet to be confirmed."
    )
    page = review_html(extract_article(text, date(2024, 8, 26)), "test")
    cells = re.findall(r'data-label="(low|best|high)">([^<]*)<', page)
    assert sorted(v for _, v in cells) == ["3", "3", "3", "3", "–", "–", "–", "–"]
    assert "3.0" not in page
