"""The confidence of each figure `analysis extract` finds: build the training table from the
labelled sets the rules were developed on (as first read, with ``--first-readings``), choose
the features, the regularisation and the threshold by cross-validation over whole sets, fit,
and write the weights (``src/analysis/reference/extraction_confidence.json``).

A figure's label is whether the benchmark matches it (``benchmarks/extraction.py``: value,
victim group, deaths or not and reporter). Training sets: every set the rules were developed
on (``set``, ``heldout``, ``heldout2``, ``heldout3``, ``heldout5`` to ``heldout7``,
``probes8`` and every set of ``FLOORS`` in ``tests/test_extraction_benchmark.py``). Test sets:
the sets nobody working on the rules has read (:data:`TEST`); they are scored only with
``--test``, once the weights are written, never to choose anything.

Cross-validation: 5 folds of whole sets (the training sets in name order, dealt round-robin);
for each choice of feature blocks and L2 strength, a model fitted on four folds rates the
fifth; the choice with the lowest out-of-fold log loss wins. The threshold is the one among
:data:`THRESHOLDS` that gives the highest precision + recall on the out-of-fold ratings (a
point of precision gained is worth a point of recall lost: the rule for turning the filter on
by default). A feature is kept when at least :data:`MIN_SETS` training sets show it (no
single writer's names or places).

*First readings* (``--first-readings``, how the shipped weights are fitted): the training
table is instead every set a round was developed on, read by the rules as they were *before*
that round (``benchmarks/first_readings.py``: needs the git repository, whose history holds
those rules), each figure described with the current features and labelled by the current
matcher. Their errors are those the rules make on fresh text; the rules' errors on the sets
they were developed on are fewer and of another kind, and a model fitted on them is
over-confident on fresh text. The same cross-validation chooses the features and L2; the
threshold is chosen on the out-of-fold ratings by the figures' own matches (precision: share
of the kept figures matched; recall: matched kept over the set's labelled figures), since the
old rules' extractions are not kept. By default the table is the sixteen rounds' sets (those
a round commit names); ``--every-set`` adds every other training set, each read by the rules
before the commit that added its folder (``first_readings.added``), ``--since N`` keeps only
``heldoutN`` and later, ``--recent K`` counts the rounds' sets' rows K times.

Usage: ``python benchmarks/extraction_confidence.py [--write] [--test] [--cache FILE]
[--first-readings [--every-set] [--since N] [--recent K] [--first-readings-cache JSON]]
[--weights JSON] [--out JSON]``: ``--write`` writes the weights (to ``--out``), ``--test``
scores the test sets with the shipped weights (or ``--weights``), ``--cache`` keeps the
extractions in a pickle (extracting ~1,600 documents takes minutes; with
``--first-readings``, the first readings' rows in ``FILE.first-readings.json``, or in
``--first-readings-cache``). Deterministic: the same rules (and history) give the same
weights.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import pickle
import re
import sys
from datetime import date
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction as bench  # noqa: E402
import first_readings  # noqa: E402

from analysis.extract import extract_article  # noqa: E402
from analysis.extract.confidence import (  # noqa: E402
    figure_features,
    fit,
    load_weights,
    probability,
)

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "src" / "analysis" / "reference" / "extraction_confidence.json"
TEST = (
    "heldout4",
    "heldout16",
    "heldout34",
    "heldout98",
    "heldout103",
    "heldout106",
    "heldout107",
    "heldout127",
    "heldout129",
    "heldout130",
    "heldout131",
    "heldout132",
    "heldout133",
    "heldout134",
    "heldout135",
    "heldout136",
    "heldout137",
    "heldout138",
    "heldout139",
    "heldout140",
    "heldout141",
    "heldout142",
    "heldout143",
    "heldout144",
    "heldout145",
    "heldout146",
)
FOLDS = 5
MIN_SETS = 3
L2 = (0.01, 0.003, 0.001, 0.0003, 0.0001)
BLOCKS = {
    "structure": ("",),
    "structure+window": ("", "L:", "R:", "F:"),
    "structure+window+sentence": ("", "L:", "R:", "F:", "S:"),
}
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
ITERATIONS = 300


def training_sets() -> list[str]:
    """The sets the rules were developed on, in name order."""
    return sorted(f.name for f in bench.FOLDERS if f.name not in TEST)


def extract_sets(names: list[str], cache: Path | None = None) -> list[tuple]:
    """(set, document, labels, extraction) for every document of the named sets, in set
    then document order; with ``cache``, the sets it holds are read from it and the others
    extracted and added to it."""
    docs = []
    if cache is not None and cache.is_file():
        docs = pickle.loads(cache.read_bytes())
    have = {d[0] for d in docs}
    missing = [name for name in names if name not in have]
    for name in missing:
        for path in sorted((bench.ARTICLES / name).glob("*.txt")):
            spec = yaml.load(path.with_suffix(".yaml").read_text("utf-8"), Loader=bench._LABELS)
            published = spec["published"]
            if not isinstance(published, date):
                published = date.fromisoformat(str(published))
            found = extract_article(
                path.read_text(encoding="utf-8"), published, spec.get("country", "Pakistan")
            )
            docs.append((name, path.stem, spec, found))
    if cache is not None and missing:
        cache.write_bytes(pickle.dumps(docs))
    order = {name: i for i, name in enumerate(names)}
    # (the sum of a fit's gradient, in floating point, depends on the order of its rows)
    return sorted((d for d in docs if d[0] in order), key=lambda d: (order[d[0]], d[1]))


def training_table(docs: list[tuple]) -> tuple[list[dict], list[int], list[str], list]:
    """Each scored figure's features, label (matched exactly), set and figure object."""
    rows, labels, sets, figures = [], [], [], []
    for name, _, spec, found in docs:
        for m in bench.figure_matches(found, spec):
            total = m.found.candidate == bench.TOTALS
            rows.append(figure_features(m.figure, found, m.found.death, total))
            labels.append(int(m.matched))
            sets.append(name)
            figures.append(m.figure)
    return rows, labels, sets, figures


def first_reading_table(
    cache: Path | None = None,
    every: bool = False,
    since: int = 0,
    recent: int = 1,
) -> tuple[list, list, list, dict, dict]:
    """The first readings' training table (features, labels, sets), in training-set then
    document order, the labelled figures of each set (the documents read) and the counts of
    what was read and skipped.

    Default: the rounds' sets only. ``every``: every training set too, each
    read by the rules before the commit that added it (``first_readings.added``); ``since``:
    only the sets ``heldoutN`` with N at least ``since`` (``set``, ``heldout``, ``probes8``
    count 0, 1 and 8); ``recent``: the rounds' sets' rows counted that many times (their
    figures then weigh that much more in the fit and in the cross-validation's log loss)."""
    data = first_readings.read(cache, names=training_sets() if every else None)
    order = {name: i for i, name in enumerate(training_sets())}
    rounds = {n for n, d in data["sets"].items() if d.get("source", "round") == "round"}
    names = sorted(
        (s for s in data["sets"] if s in order and (every or s in rounds) and _number(s) >= since),
        key=order.__getitem__,
    )
    rows, labels, sets = [], [], []
    for name in names:
        times = recent if name in rounds else 1
        # (sorted by document, stably: a document's figures keep their order)
        for _stem, features, label in sorted(data["sets"][name]["rows"], key=lambda r: r[0]):
            for _ in range(times):
                rows.append(features)
                labels.append(label)
                sets.append(name)
    expected = {
        name: data["sets"][name]["expected"] * (recent if name in rounds else 1) for name in names
    }
    counts = {
        "sets": {name: data["sets"][name]["commit"] for name in names},
        "documents": sum(data["sets"][n]["documents"] for n in names),
        "skipped_documents": sum(len(data["sets"][n]["skipped"]) for n in names),
        "skipped_rounds": len(data["skipped_rounds"]),
        "skipped_sets": {
            n: why for n, why in data.get("skipped_sets", {}).items() if every and n in order
        },
    }
    return rows, labels, sets, expected, counts


def _number(name: str) -> int:
    """A set's number: ``heldoutN`` N, ``heldout`` 1, ``probes8`` 8, ``set`` 0."""
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else (1 if name == "heldout" else 0)


def kept_names(rows: list[dict], sets: list[str], prefixes: tuple[str, ...]) -> set[str]:
    """The features of the chosen blocks that at least MIN_SETS sets show."""
    seen: dict[str, set[str]] = {}
    for row, name in zip(rows, sets, strict=True):
        for feature in row:
            seen.setdefault(feature, set()).add(name)
    return {f for f, where in seen.items() if len(where) >= MIN_SETS and _block(f) in prefixes}


def _block(feature: str) -> str:
    return feature[:2] if feature[1:2] == ":" else ""


def predict(rows: list[dict], weights: dict[str, float]) -> np.ndarray:
    z = np.array([sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows])
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The chance that a right figure is rated above a wrong one (ties count half)."""
    order = np.argsort(p, kind="stable")
    ranks = np.empty(len(p))
    sorted_p = p[order]
    i = 0
    while i < len(p):  # average ranks over ties
        j = i
        while j + 1 < len(p) and sorted_p[j + 1] == sorted_p[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y.sum()
    neg = len(y) - pos
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def out_of_fold(
    rows: list[dict], labels: list[int], sets: list[str], prefixes: tuple, l2: float
) -> np.ndarray:
    names = training_sets()
    fold_of = {name: i % FOLDS for i, name in enumerate(names)}
    folds = np.array([fold_of[s] for s in sets])
    out = np.zeros(len(rows))
    for k in range(FOLDS):
        train = [i for i in range(len(rows)) if folds[i] != k]
        test = [i for i in range(len(rows)) if folds[i] == k]
        tr_rows = [rows[i] for i in train]
        names_k = kept_names(tr_rows, [sets[i] for i in train], prefixes)
        w = fit(tr_rows, [labels[i] for i in train], l2, ITERATIONS, names_k)
        out[test] = predict([rows[i] for i in test], w)
    return out


def filtered(found, keep) -> object:
    """A copy of an extraction holding only the figures ``keep`` accepts (the labels' figures
    themselves untouched)."""
    out = copy.copy(found)
    out.candidates = []
    for candidate in found.candidates:
        c = copy.copy(candidate)
        c.figures = [f for f in candidate.figures if keep(f)]
        c.other_figures = [f for f in candidate.other_figures if keep(f)]
        out.candidates.append(c)
    out.totals = [f for f in found.totals if keep(f)]
    out.other_totals = [f for f in found.other_totals if keep(f)]
    return out


def scores(docs: list[tuple], rating: dict[int, float], threshold: float | None) -> dict:
    """Benchmark scores per set (and pooled under "pooled") with figures rated under
    ``threshold`` dropped (``rating``: id of a figure object → its confidence; a figure not
    rated, a headline's, is kept)."""
    out: dict[str, bench.Score] = {}
    pooled = bench.Score("pooled")
    for name, stem, spec, found in docs:
        if threshold is not None:
            found = filtered(found, lambda f: rating.get(id(f), 1.0) >= threshold)
        s = bench.score_extraction(found, spec, stem)
        out.setdefault(name, bench.Score(name)).add(s)
        pooled.add(s)
    out["pooled"] = pooled
    return out


def ranking(p: np.ndarray, y: np.ndarray) -> str:
    """The share of wrong figures among the lowest-rated 10 % and 25 % against overall."""
    order = np.argsort(p, kind="stable")
    wrong = 1 - y[order]
    parts = [f"overall {wrong.mean():.3f}"]
    for share in (0.10, 0.25):
        n = max(1, int(round(share * len(p))))
        parts.append(f"lowest {share:.0%} {wrong[:n].mean():.3f}")
    parts.append(f"highest 50 % {wrong[len(p) // 2 :].mean():.3f}")
    return ", ".join(parts)


def calibration(p: np.ndarray, y: np.ndarray) -> str:
    """Figures by band of confidence: how many, the mean confidence, the share right."""
    lines = ["| confidence | figures | mean confidence | share right |", "|---|---:|---:|---:|"]
    edges = (0.0, 0.3, 0.5, 0.7, 0.9, 1.01)
    for low, high in itertools.pairwise(edges):
        band = (p >= low) & (p < high)
        if band.any():
            lines.append(
                f"| {low:.1f}–{min(high, 1.0):.1f} | {int(band.sum())} | {p[band].mean():.3f} "
                f"| {y[band].mean():.3f} |"
            )
    return "\n".join(lines)


def calibration_gap(p: np.ndarray, y: np.ndarray) -> float:
    """The mean gap between a band's mean confidence and its share right, weighted by the
    band's figures (the bands of :func:`calibration`)."""
    edges = (0.0, 0.3, 0.5, 0.7, 0.9, 1.01)
    gap = 0.0
    for low, high in itertools.pairwise(edges):
        band = (p >= low) & (p < high)
        if band.any():
            gap += band.sum() * abs(p[band].mean() - y[band].mean())
    return float(gap / len(p))


def row_line(label: str, s: bench.Score) -> str:
    return (
        f"| {label} | {s.found} | {s.matched} | {s.precision:.3f} | {s.recall:.3f} "
        f"| {s.grouping:.3f} | {s.false_deaths} |"
    )


HEADER = (
    "| | found | matched | precision | recall | grouping | false deaths |\n"
    "|---|---:|---:|---:|---:|---:|---:|"
)


def row_threshold(p: np.ndarray, y: np.ndarray, expected: int) -> float | None:
    """The threshold with the highest precision + recall by the figures' own matches (none:
    no threshold beats no filter)."""
    print("| threshold | found | matched | precision | recall |\n|---|---:|---:|---:|---:|")
    print(f"| none | {len(y)} | {int(y.sum())} | {y.mean():.3f} | {y.sum() / expected:.3f} |")
    chosen, best_sum = None, y.mean() + y.sum() / expected
    for t in THRESHOLDS:
        kept = y[p >= t]
        precision, recall = (kept.mean() if len(kept) else 1.0), kept.sum() / expected
        print(f"| {t} | {len(kept)} | {int(kept.sum())} | {precision:.3f} | {recall:.3f} |")
        if precision + recall > best_sum + 1e-9:
            chosen, best_sum = t, precision + recall
    return chosen


def cross_validate(docs: list[tuple] | None, table: tuple | None = None) -> dict:
    """Choose the features, L2 and threshold; ``table`` (rows, labels, sets, labelled
    figures) instead of ``docs``: the first readings."""
    if table is None:
        rows, labels, sets, figures = training_table(docs)
        what = f"{len(docs)} documents"
    else:
        rows, labels, sets, expected = table
        what = "the first readings"
    y = np.array(labels, float)
    print(
        f"training table: {len(rows)} figures from {what} of "
        f"{len(set(sets))} sets, {y.mean():.3f} matched\n"
    )
    print("| features | L2 | out-of-fold log loss | AUC | Brier |\n|---|---:|---:|---:|---:|")
    print(
        f"| (base rate) | | {log_loss(np.full(len(y), y.mean()), y):.4f} | 0.500 "
        f"| {np.mean((y.mean() - y) ** 2):.4f} |"
    )
    best = None
    for block, prefixes in BLOCKS.items():
        for l2 in L2:
            p = out_of_fold(rows, labels, sets, prefixes, l2)
            loss = log_loss(p, y)
            print(
                f"| {block} | {l2} | {loss:.4f} | {auc(p, y):.3f} | {np.mean((p - y) ** 2):.4f} |"
            )
            if best is None or loss < best[0]:
                best = (loss, block, l2, p)
    _, block, l2, p = best
    print(f"\nchosen: {block}, L2 {l2}; ranking (out of fold): {ranking(p, y)}\n")
    print(calibration(p, y) + "\n")
    if table is not None:
        print("Out-of-fold, pooled over the first readings (by the figures' own matches):\n")
        chosen = row_threshold(p, y, sum(expected.values()))
        print(f"\nchosen threshold: {chosen} (highest precision + recall out of fold)\n")
        return {"block": block, "l2": l2, "threshold": chosen, "rows": (rows, labels, sets)}
    rating = {id(f): float(x) for f, x in zip(figures, p, strict=True)}
    print("Out-of-fold, pooled over the training sets:\n")
    print(HEADER.replace("| |", "| threshold |", 1))
    base = scores(docs, rating, None)["pooled"]
    print(row_line("none", base))
    chosen, best_sum = None, base.precision + base.recall
    for t in THRESHOLDS:
        s = scores(docs, rating, t)["pooled"]
        print(row_line(f"{t}", s))
        if s.precision + s.recall > best_sum + 1e-9:
            chosen, best_sum = t, s.precision + s.recall
    print(f"\nchosen threshold: {chosen} (highest precision + recall out of fold)\n")
    return {"block": block, "l2": l2, "threshold": chosen, "rows": (rows, labels, sets)}


def final_weights(choice: dict, first: dict | None = None, options: dict | None = None) -> dict:
    """The file's content; ``options``: the first readings' table options that differ from
    the defaults (recorded, so a file says how to refit it)."""
    rows, labels, sets = choice["rows"]
    names = kept_names(rows, sets, BLOCKS[choice["block"]])
    weights = fit(rows, labels, choice["l2"], ITERATIONS, names)
    about = {} if first is None else {"first_readings": first["sets"]}
    if options:
        about["first_readings_options"] = options
    return {
        "about": "analysis.extract.confidence: logistic-regression weights of a figure's "
        "features, fitted by benchmarks/extraction_confidence.py"
        + (" on the rules' first readings (--first-readings)" if first else ""),
        **about,
        "features": choice["block"],
        "l2": choice["l2"],
        "iterations": ITERATIONS,
        "min_sets": MIN_SETS,
        "threshold": choice["threshold"],
        "training_figures": len(rows),
        "training_sets": sorted(set(sets)),
        "weights": dict(sorted(weights.items())),
    }


def test_report(
    cache: Path | None, thresholds: list[float], weights_file: Path | None = None
) -> None:
    docs = extract_sets(list(TEST), cache)
    rows, labels, sets, figures = training_table(docs)
    # the shipped weights' confidence, as the extractor fills it (or another file's)
    if weights_file is None:
        weights = load_weights()
    else:
        weights = json.loads(weights_file.read_text("utf-8"))["weights"]
    p = np.array([probability(r, weights) for r in rows])
    rating = {id(f): float(x) for f, x in zip(figures, p, strict=True)}
    y = np.array(labels, float)
    print(
        f"test sets: {len(rows)} figures from {len(docs)} documents; AUC {auc(p, y):.3f}, "
        f"log loss {log_loss(p, y):.4f}, Brier {np.mean((p - y) ** 2):.4f}, calibration gap "
        f"{calibration_gap(p, y):.3f}; {ranking(p, y)}\n"
    )
    print(calibration(p, y) + "\n")
    runs = {None: scores(docs, rating, None)}
    for t in thresholds:
        runs[t] = scores(docs, rating, t)
    print("| set | threshold | found | matched | precision | recall | grouping | false deaths |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name in [*TEST, "pooled"]:
        for t, run in runs.items():
            s = run[name]
            print(f"| {name} |{row_line('none' if t is None else str(t), s)[1:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="Write the weights.")
    parser.add_argument("--test", action="store_true", help="Score the test sets only.")
    parser.add_argument("--cache", type=Path, help="Pickle of the extractions to reuse.")
    parser.add_argument(
        "--first-readings",
        action="store_true",
        help="Train on the rules' first readings of each set (needs the git history).",
    )
    parser.add_argument(
        "--every-set",
        action="store_true",
        help="With --first-readings: every training set, not only the rounds' sets.",
    )
    parser.add_argument(
        "--since", type=int, default=0, help="With --first-readings: only heldoutN, N >= this."
    )
    parser.add_argument(
        "--recent", type=int, default=1, help="With --first-readings: the rounds' sets' weight."
    )
    parser.add_argument(
        "--first-readings-cache", type=Path, help="The first readings' JSON cache itself."
    )
    parser.add_argument("--weights", type=Path, help="With --test: these weights, not shipped.")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="Where --write writes.")
    parser.add_argument(
        "--thresholds", type=float, nargs="*", default=[0.3, 0.5, 0.7], help="With --test."
    )
    args = parser.parse_args(argv)
    if args.test:
        test_report(args.cache, args.thresholds, args.weights)
        return 0
    if args.first_readings:
        cache = None if args.cache is None else Path(f"{args.cache}.first-readings.json")
        if args.first_readings_cache is not None:
            cache = args.first_readings_cache
        rows, labels, sets, expected, counts = first_reading_table(
            cache, args.every_set, args.since, args.recent
        )
        right = np.mean(labels) if labels else 0.0
        print(
            f"first readings: {len(counts['sets'])} sets, {counts['documents']} documents "
            f"({counts['skipped_documents']} skipped), {len(rows)} figures, {right:.1%} right; "
            f"{counts['skipped_rounds']} rounds skipped (their message names no single set), "
            f"{len(counts['skipped_sets'])} sets skipped {counts['skipped_sets']}\n"
        )
        choice = cross_validate(None, (rows, labels, sets, expected))
        options = {"every_set": args.every_set, "since": args.since, "recent": args.recent}
        defaults = {"every_set": False, "since": 0, "recent": 1}
        data = final_weights(choice, counts, {k: v for k, v in options.items() if v != defaults[k]})
    else:
        docs = extract_sets(training_sets(), args.cache)
        choice = cross_validate(docs)
        data = final_weights(choice)
    if args.write:
        args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.out}: {len(data['weights'])} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
