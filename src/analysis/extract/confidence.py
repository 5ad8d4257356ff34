"""A learned confidence for each figure the rules find: the probability that it is a labelled
figure exactly (value, victim group, deaths or not and reporter, as
``benchmarks/extraction.py`` matches them).

The rules read the figures; this module only rates them. Each figure is described by a few
dozen named features (its outcome, victim group, qualifier, reporter kind, digits or words,
the value's size, the words around it and in its sentence, lower case with digits masked,
the sentence's place in the document and how many figures it holds, the document's shape),
and a logistic regression over those features, fitted by
``benchmarks/extraction_confidence.py`` on the labelled sets as the rules first read them
(before the round developed on each), gives the probability. The weights are reference data:
``analysis/reference/extraction_confidence.json`` (described in the reference README).
``docs/extraction.md`` gives what the confidence is worth on sets nobody tuned to.

>>> from datetime import date
>>> from analysis.extract import extract_article
>>> found = extract_article("Gunmen killed 3 policemen in Quetta on Sunday, police said.",
...     date(2024, 8, 26))
>>> 0.0 <= found.candidates[0].figures[0].confidence <= 1.0
True
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from analysis.extract.candidates import CandidateFigure, Extraction

WEIGHTS_FILE = "extraction_confidence.json"
_QUOTE = re.compile(r'[“”"]')
_ENDS = re.compile(r'[.!?”"]\s*$')  # a sentence's end (a headline has none)
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")  # a liveblog's time stamp, taken off its entry
# the reporter's kind, read from the words of its name (general words only)
REPORTER_KINDS = (
    ("police", r"\bpolice|\bconstab|\bgendarm"),
    ("military", r"\barmy\b|\bmilitary|\bdefen[cs]e\b|\bforces?\b|\bcommand\b|\bispr\b"),
    ("government", r"\bministr|\bgovern|\bofficial|\bauthorit|\bspokes|\bdistrict|\bmayor"),
    ("medical", r"\bhospital|\bdoctor|\bhealth|\bmedic|\bclinic|\bmorgue"),
    ("monitor", r"\bun\b|\bunited nations|\bocha\b|\bngo\b|\bmonitor|\bwatch\b|\brights"),
    ("media", r"\bnews|\bagency|\bradio|\btelevision|\btv\b|\bpress\b|\breport"),
    ("locals", r"\bresident|\bwitness|\bvillager|\belder|\brelative|\bfamil|\blocal"),
)


def tokens(text: str) -> list[str]:
    """The words of ``text`` in lower case, every run of digits masked as ``#`` and every
    capitalised word but the first masked as ``^`` (a name or a place: no writer's names
    become features).

    >>> tokens("Police said 12 people, 3 of them children, were killed in Quetta.")
    ['police', 'said', '#', 'people', '#', 'of', 'them', 'children', 'were', 'killed', 'in', '^']
    """
    out = []
    for i, word in enumerate(re.findall(r"[^\W\d_]+|\d+", text)):
        if word.isdigit():
            out.append("#")
        elif i and word[0].isupper():
            out.append("^")
        else:
            out.append(word.casefold())
    return out


def figure_features(
    figure: CandidateFigure, extraction: Extraction, death: bool, total: bool
) -> dict[str, float]:
    """The named features of one figure: ``death`` is whether it is a death toll (in
    ``figures`` or ``totals``, not among the other figures), ``total`` whether it is one of
    the article's totals. Structural features weigh 1; the window's and the sentence's words
    share a weight of 1 per block (each word ``1/sqrt(n)``), so a long sentence outweighs
    nothing.

    >>> from datetime import date
    >>> from analysis.extract import extract_article
    >>> found = extract_article("Gunmen killed 3 policemen in Quetta, police said.",
    ...     date(2024, 8, 26))
    >>> features = figure_features(found.candidates[0].figures[0], found, True, False)
    >>> features["outcome=killed"], features["reporter=police"], "L:killed" in features
    (1.0, 1.0, True)
    """
    sentences = extraction.sentences
    sentence = sentences[figure.sentence_id]
    n_sentences = len(sentences)
    everything = _all_figures(extraction)
    same = [f for f in everything if f.sentence_id == figure.sentence_id]  # its sentence's
    value = figure.best
    reporters = {f.reported_by for f in everything if f.reported_by}
    previous = sentences[figure.sentence_id - 1].text if figure.sentence_id else ""
    twins = [
        f
        for f in everything
        if f.best == value
        and f.victim_group == figure.victim_group
        and (f.outcome == "killed") == (figure.outcome == "killed")
        and f is not figure
    ]
    if value is None:
        size = "none"
    else:
        size = next(
            (
                label
                for limit, label in ((0, "0"), (1, "1"), (5, "2-5"), (20, "6-20"), (100, "21-100"))
                if value <= limit
            ),
            "100+",
        )
    reporter = (figure.reported_by or "").casefold()
    kinds = [k for k, pattern in REPORTER_KINDS if reporter and re.search(pattern, reporter)]
    where = "first" if figure.sentence_id == 0 else _bucket(figure.sentence_id / n_sentences)
    paragraphs = len({s.paragraph for s in sentences}) or 1
    structural = [
        "bias",
        f"death={death}",
        f"outcome={figure.outcome}",
        f"group={figure.victim_group}",
        f"death|group={death}|{figure.victim_group}",
        f"qualifier={figure.qualifier or 'none'}",
        f"total={total}",
        f"claim={figure.perpetrator_claim}",
        f"digits={bool(re.search(r'[0-9]', figure.figure_text))}",
        f"size={size}",
        f"range={figure.low != figure.high}",
        f"reporter={'yes' if reporter else 'none'}",
        f"death|reporter={death}|{'yes' if reporter else 'none'}",
        *(f"reporter={k}" for k in kinds),
        f"issuer={_issuer(figure, extraction)}",
        f"place={where}",
        f"figures_in_sentence={min(len(same), 4)}",
        f"same_value_in_doc={min(sum(f.best == value for f in everything), 3)}",
        f"sentence_words={_bucket(min(len(tokens(sentence.text)), 60) / 60)}",
        f"sentences_per_paragraph={min(round(n_sentences / paragraphs), 4)}",
        f"liveblog={sum(bool(_STAMP.match(r)) for r in extraction.removed) >= 2}",
        f"dateline={extraction.dateline is not None}",
        f"candidates={min(len(extraction.candidates), 4)}",
        # the reporter named in the figure's own sentence, or carried from another one
        f"reporter_in_sentence={bool(reporter) and _named_in(reporter, sentence.text)}",
        # the same figure (value, group, deaths or not) told earlier, or later, in the text
        f"told_earlier={any(f.sentence_id < figure.sentence_id for f in twins)}",
        f"told_later={any(f.sentence_id > figure.sentence_id for f in twins)}",
        f"reporter_before={bool(reporter) and _named_in(reporter, previous)}",
        f"reporter_words={min(len(reporter.split()), 4)}",
        f"reporters_in_doc={min(len(reporters), 3)}",
        f"figures_in_doc={_bucket(min(len(everything), 40) / 40)}",
        f"quoted={bool(_QUOTE.search(sentence.text))}",
        f"sentence_ends={bool(_ENDS.search(sentence.text))}",
    ]
    out = dict.fromkeys(structural, 1.0)
    text = extraction.text
    left = tokens(text[sentence.start : figure.start])[-4:]
    right = tokens(text[figure.end : sentence.end])[:4]
    window = [f"L:{w}" for w in left] + [f"R:{w}" for w in right]
    window += [f"F:{w}" for w in tokens(figure.figure_text)]
    words = tokens(sentence.text)
    bag = [f"S:{w}" for w in words] + [f"S:{a}_{b}" for a, b in itertools.pairwise(words)]
    for block in (window, bag):
        names = sorted(set(block))
        for name in names:
            out[name] = out.get(name, 0.0) + 1 / math.sqrt(len(names))
    return out


def _all_figures(extraction: Extraction) -> list[CandidateFigure]:
    return [
        *(f for c in extraction.candidates for f in [*c.figures, *c.other_figures]),
        *extraction.totals,
        *extraction.other_totals,
    ]


def _named_in(reporter: str, text: str) -> bool:
    """Every word of the reporter's name (of three letters or more) is in the text.

    >>> _named_in("the interior ministry", "The Interior Ministry said 3 died.")
    True
    """
    words = set(re.findall(r"\w{3,}", reporter.casefold()))
    return bool(words) and words <= set(re.findall(r"\w{3,}", text.casefold()))


def _bucket(share: float) -> str:
    return f"q{min(int(share * 4), 3)}"


def _issuer(figure: CandidateFigure, extraction: Extraction) -> str:
    if extraction.issuer is None:
        return "none"
    return "reporter" if figure.reported_by == extraction.issuer else "other"


@cache
def load_weights() -> dict[str, float]:
    """The shipped weights: feature name → weight (``bias`` among them).

    >>> weights = load_weights()
    >>> "bias" in weights and all(isinstance(w, float) for w in weights.values())
    True
    """
    resource = files("analysis.reference").joinpath(WEIGHTS_FILE)
    return json.loads(resource.read_text(encoding="utf-8"))["weights"]


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic of the weighted sum of the features the weights know (others count 0).

    >>> probability({"bias": 1.0, "x": 1.0}, {"bias": 0.0, "x": math.log(3)})
    0.75
    >>> probability({"unseen": 1.0}, {"bias": 0.0})
    0.5
    """
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1 / (1 + math.exp(-max(min(z, 30.0), -30.0))), 4)


def with_confidence(extraction: Extraction, weights: dict[str, float] | None = None) -> None:
    """Fill ``confidence`` on every figure of ``extraction`` (deaths, other figures and
    totals), in place; ``weights`` default to the shipped ones."""
    weights = load_weights() if weights is None else weights

    def rated(figures: list[CandidateFigure], death: bool, total: bool) -> list:
        return [
            replace(
                f, confidence=probability(figure_features(f, extraction, death, total), weights)
            )
            for f in figures
        ]

    for candidate in extraction.candidates:
        candidate.figures = rated(candidate.figures, True, False)
        candidate.other_figures = rated(candidate.other_figures, False, False)
    extraction.totals = rated(extraction.totals, True, True)
    extraction.other_totals = rated(extraction.other_totals, False, True)


def drop_below(extraction: Extraction, minimum: float) -> int:
    """Remove, in place, every figure whose confidence is under ``minimum``; return how many
    were removed. A figure without a confidence is kept.

    >>> from datetime import date
    >>> from analysis.extract import extract_article
    >>> found = extract_article("Gunmen killed 3 policemen in Quetta.", date(2024, 8, 26))
    >>> drop_below(found, 0.0), drop_below(found, 1.01), found.candidates[0].figures
    (0, 1, [])
    """

    def kept(figures: list[CandidateFigure]) -> list[CandidateFigure]:
        return [f for f in figures if f.confidence is None or f.confidence >= minimum]

    before = len(_all_figures(extraction))
    for candidate in extraction.candidates:
        candidate.figures = kept(candidate.figures)
        candidate.other_figures = kept(candidate.other_figures)
    extraction.totals = kept(extraction.totals)
    extraction.other_totals = kept(extraction.other_totals)
    return before - len(_all_figures(extraction))


def fit(
    rows: Sequence[dict[str, float]],
    labels: Sequence[int],
    l2: float,
    iterations: int = 300,
    names: Iterable[str] | None = None,
) -> dict[str, float]:
    """L2-regularised logistic regression by accelerated gradient descent (deterministic):
    minimises the mean log loss plus ``l2/2`` times the squared weights (``bias`` too, so a
    weight is never unbounded). ``names`` limits the features (default: every one seen).

    >>> w = fit([{"bias": 1.0, "x": 1.0}, {"bias": 1.0}] * 3, [1, 0] * 3, l2=0.01)
    >>> w["x"] > 0 > w["bias"]
    True
    """
    vocabulary = sorted(set(names) if names is not None else {k for r in rows for k in r})
    index = {name: i for i, name in enumerate(vocabulary)}
    cols, vals, row_of = [], [], []
    for i, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                cols.append(index[name])
                vals.append(value)
                row_of.append(i)
    cols_a, vals_a, rows_a = np.array(cols, int), np.array(vals, float), np.array(row_of, int)
    y = np.asarray(labels, float)
    n, d = len(rows), len(vocabulary)

    def times(w: np.ndarray) -> np.ndarray:  # X @ w
        return np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=n)

    def transposed(r: np.ndarray) -> np.ndarray:  # X.T @ r
        return np.bincount(cols_a, weights=vals_a * r[rows_a], minlength=d)

    # the gradient's Lipschitz constant: a quarter of the largest eigenvalue of X.T X / n
    v = np.ones(d) / math.sqrt(d)
    for _ in range(50):
        v = transposed(times(v)) / n
        v /= np.linalg.norm(v) or 1.0
    step = 1 / (0.25 * float(v @ transposed(times(v))) / n + l2)
    w = np.zeros(d)
    previous = w.copy()
    for k in range(1, iterations + 1):
        look = w + (k - 1) / (k + 2) * (w - previous)
        p = 1 / (1 + np.exp(-np.clip(times(look), -30, 30)))
        gradient = transposed(p - y) / n + l2 * look
        previous, w = w, look - step * gradient
    return {name: round(float(x), 6) for name, x in zip(vocabulary, w, strict=True)}
