"""The training table of the learned confidence taken from the rules' *first readings*: each
labelled set read by the rules as they were before anyone worked on it. Their errors there are
the errors the rules make on fresh text, which the sets they were developed on no longer show
(``docs/extraction.md``, "A learned confidence for each figure").

Two ways to find a set's first-reading rules in the git history. A round's set: the parent of
the round's first commit, ``Extraction, <ordinal> round: heldoutN first read (…)`` (sixteen
rounds have that shape; preferred when a set has one). Any other set (with ``names``): the
first parent of the first commit that added its folder (:func:`added`; the older rounds'
messages have other shapes, but every set was added, and scored once, before a round worked
on it).

Needs the git repository (its history holds the old rules): every such commit's parent is
checked out in a temporary detached worktree (one per commit: sets added together share it),
and this file, run there as a script with that worktree's ``src`` first on the path, extracts
the sets' documents with the old rules and describes each figure with the *current* features
(``analysis/extract/confidence.py`` of this tree, loaded by path) and the *current* matcher
(``benchmarks/extraction.py``), against the labels of this tree's fixtures. What older rules'
extractions lack is given a default (:func:`_fill`; the shipped features are unchanged). A
message naming no single set in that shape is skipped (and counted); a set whose old tree has
no ``analysis.extract`` or whose old rules do not load is skipped (and counted); a document
the old rules fail on is skipped (and counted).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ROUND = re.compile(r"^Extraction, [a-z-]+ round: (heldout\d+) first read \(")
GREP = " first read ("


def rounds(ref: str = "HEAD") -> tuple[list[tuple[str, str]], list[str]]:
    """(commit, set) of every round's first commit reachable from ``ref``, newest first, and
    the subjects that matched the search but not the shape (skipped)."""
    log = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--format=%H %s", f"--grep={GREP}", "--fixed-strings", ref],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found, skipped = [], []
    for line in log.splitlines():
        commit, _, subject = line.partition(" ")
        m = ROUND.match(subject)
        if m:
            found.append((commit, m.group(1)))
        else:
            skipped.append(subject)
    return found, skipped


def added(name: str, ref: str = "HEAD") -> str | None:
    """The first commit reachable from ``ref`` that added the set's folder (``None``: none).

    A set a merge itself brought in (no commit on either side holds it before) is found by
    the merge's combined diff (``-c``); a set added on a branch and merged is found on the
    branch (the merge's combined diff does not list it). Renames are not followed: a folder
    added under another name and renamed counts from the rename."""
    folder = f"tests/fixtures/articles/{name}/"
    for extra in ([], ["-c"]):
        log = subprocess.run(
            ["git", "-C", str(ROOT), "log", *extra, "--diff-filter=A", "--reverse"]
            + ["--format=commit %H", ref, "--", folder],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        commits = [line[7:] for line in log.splitlines() if line.startswith("commit ")]
        if commits:
            return commits[0]
    return None


def read(cache: Path | None = None, ref: str = "HEAD", names: list[str] | None = None) -> dict:
    """Every first reading's figures: ``{"sets": {set: {"commit", "source", "documents",
    "expected", "skipped", "rows": [[document, features, label], …]}}, "skipped_rounds":
    […], "skipped_sets": {set: why}}``; with ``cache`` (a JSON file), the sets it holds are
    read from it and the others added.

    The rounds' sets (``source`` "round": the parent of the round's first commit) always;
    with ``names``, each other set of them too (``source`` "added": the first parent of the
    commit that added its folder, :func:`added`). Sets whose commit is shared are read in
    one worktree. A set whose old tree has no ``analysis.extract``, or whose extraction
    fails as a whole, is skipped and counted (``skipped_sets``)."""
    data = {"sets": {}, "skipped_rounds": [], "skipped_sets": {}}
    if cache is not None and cache.is_file():
        data = {**data, **json.loads(cache.read_text("utf-8"))}
    found, skipped = rounds(ref)
    data["skipped_rounds"] = skipped
    wanted = {s: (c, "round") for c, s in found}
    for name in names or []:
        if name not in wanted:
            commit = added(name, ref)
            if commit is None:
                data["skipped_sets"][name] = "no commit adds its folder"
            else:
                wanted[name] = (commit, "added")
    by_parent: dict[str, list[tuple[str, str, str]]] = {}
    for name, (commit, source) in wanted.items():
        if name in data["sets"] or name in data["skipped_sets"]:
            continue
        by_parent.setdefault(f"{commit}^", []).append((name, commit, source))
    for parent, sets in by_parent.items():
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "old"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run(
                [*git, "add", "--detach", str(tree), parent], check=True, capture_output=True
            )
            try:
                if not (tree / "src" / "analysis" / "extract").is_dir():
                    for name, _, _ in sets:
                        data["skipped_sets"][name] = f"no analysis.extract at {parent[:8]}^"
                    continue
                out = Path(tmp) / "rows.json"
                env = {**os.environ, "PYTHONPATH": str(tree / "src")}
                run = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), str(out), str(tree)]
                    + [name for name, _, _ in sets],
                    env=env,
                    cwd=tmp,
                )
                if run.returncode != 0:
                    for name, _, _ in sets:
                        data["skipped_sets"][name] = f"the rules at {parent[:8]}^ fail to load"
                    continue
                result = json.loads(out.read_text("utf-8"))
                for name, commit, source in sets:
                    data["sets"][name] = {"commit": commit, "source": source, **result[name]}
            finally:
                subprocess.run(
                    [*git, "remove", "--force", str(tree)], check=True, capture_output=True
                )
        for name, commit, _ in sets:
            if name in data["sets"]:
                got = data["sets"][name]
                y = [r[2] for r in got["rows"]]
                right = sum(y) / len(y) if y else 0.0
                print(
                    f"first reading of {name} ({commit[:8]}^): {got['documents']} documents "
                    f"({len(got['skipped'])} skipped), {len(y)} figures, {right:.1%} right",
                    file=sys.stderr,
                    flush=True,
                )
            else:
                print(f"{name} skipped: {data['skipped_sets'][name]}", file=sys.stderr)
        if cache is not None:  # after each commit: an interrupted run keeps what it read
            cache.write_text(json.dumps(data), "utf-8")
    return data


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _extract(names: list[str], out: Path, tree: Path) -> None:
    """In the old worktree's interpreter: each set's rows, written to ``out``."""
    import analysis.extract  # the old rules (PYTHONPATH)

    assert Path(analysis.extract.__file__).resolve().is_relative_to(tree.resolve())
    confidence = _load("analysis.extract.confidence", ROOT / "src/analysis/extract/confidence.py")
    sys.path.insert(0, str(HERE))
    bench = _load("extraction", HERE / "extraction.py")
    import yaml

    result = {}
    for name in names:
        result[name] = _extract_set(name, bench, confidence, analysis.extract, yaml)
    out.write_text(json.dumps(result), "utf-8")


def _fill(found) -> None:
    """Defaults for what older rules' extractions lack and the current features or matcher
    read, each the value the current rules give when there is nothing of the kind (set with
    ``object.__setattr__``: frozen dataclasses too): no removed lines, no dateline, no
    issuer, a sentence's paragraph its own index, a figure a death toll (as
    ``benchmarks/extraction.py`` reads an old figure) without qualifier, reporter or
    perpetrator's claim, a candidate without other figures, no other totals."""
    for name, default in (("removed", []), ("dateline", None), ("issuer", None)):
        if not hasattr(found, name):
            object.__setattr__(found, name, default)
    for i, sentence in enumerate(getattr(found, "sentences", [])):
        if not hasattr(sentence, "paragraph"):
            object.__setattr__(sentence, "paragraph", i)
    figures = [*getattr(found, "totals", []), *getattr(found, "other_totals", [])]
    for candidate in found.candidates:
        figures += [*candidate.figures, *getattr(candidate, "other_figures", [])]
        if not hasattr(candidate, "other_figures"):
            object.__setattr__(candidate, "other_figures", [])
    for name in ("totals", "other_totals"):
        if not hasattr(found, name):
            object.__setattr__(found, name, [])
    for figure in figures:
        for name, default in (
            ("outcome", "killed"),  # as benchmarks/extraction.py reads an old figure
            ("qualifier", None),
            ("reported_by", None),
            ("perpetrator_claim", False),
        ):
            if not hasattr(figure, name):
                object.__setattr__(figure, name, default)


def _extract_set(name: str, bench, confidence, extract, yaml) -> dict:
    rows, skipped, documents, expected = [], [], 0, 0
    for path in sorted((bench.ARTICLES / name).glob("*.txt")):
        documents += 1
        try:
            spec = yaml.load(path.with_suffix(".yaml").read_text("utf-8"), Loader=bench._LABELS)
            published = spec["published"]
            if not isinstance(published, date):
                published = date.fromisoformat(str(published))
            found = extract.extract_article(
                path.read_text(encoding="utf-8"), published, spec.get("country", "Pakistan")
            )
            _fill(found)
            doc = []
            for m in bench.figure_matches(found, spec):
                total = m.found.candidate == bench.TOTALS
                features = confidence.figure_features(m.figure, found, m.found.death, total)
                doc.append([path.stem, features, int(m.matched)])
        except Exception:  # an old commit's rules failing on a document: skipped, counted
            skipped.append([path.stem, traceback.format_exc(limit=1)[-300:]])
            continue
        rows.extend(doc)
        expected += len(spec.get("figures") or [])
    return {"documents": documents, "expected": expected, "skipped": skipped, "rows": rows}


if __name__ == "__main__":
    _extract(sys.argv[3:], Path(sys.argv[1]), Path(sys.argv[2]))
