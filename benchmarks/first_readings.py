"""The training table of the learned confidence taken from the rules' *first readings*: each
labelled set a round was developed on, read by the rules as they were before that round (the
parent of the round's first commit, ``Extraction, <ordinal> round: heldoutN first read (…)``).
Their errors there are the errors the rules make on fresh text, which the sets they were
developed on no longer show (``docs/extraction.md``, "A learned confidence for each figure").

Needs the git repository (its history holds the old rules): every such commit's parent is
checked out in a temporary detached worktree, and this file, run there as a script with that
worktree's ``src`` first on the path, extracts the set's documents with the old rules and
describes each figure with the *current* features (``analysis/extract/confidence.py`` of this
tree, loaded by path) and the *current* matcher (``benchmarks/extraction.py``), against the
labels of this tree's fixtures. A message naming no single set in that shape is skipped (and
counted); a document the old rules fail on is skipped (and counted).
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


def read(cache: Path | None = None, ref: str = "HEAD") -> dict:
    """Every first reading's figures: ``{"sets": {set: {"commit", "documents", "expected",
    "skipped", "rows": [[document, features, label], …]}}, "skipped_rounds": […]}``; with
    ``cache`` (a JSON file), the sets it holds are read from it and the others added."""
    data = {"sets": {}, "skipped_rounds": []}
    if cache is not None and cache.is_file():
        data = json.loads(cache.read_text("utf-8"))
    found, skipped = rounds(ref)
    data["skipped_rounds"] = skipped
    missing = [(c, s) for c, s in found if s not in data["sets"]]
    for commit, name in missing:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "old"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run(
                [*git, "add", "--detach", str(tree), f"{commit}^"], check=True, capture_output=True
            )
            try:
                out = Path(tmp) / "rows.json"
                env = {**os.environ, "PYTHONPATH": str(tree / "src")}
                subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), name, str(out), str(tree)],
                    check=True,
                    env=env,
                    cwd=tmp,
                )
                data["sets"][name] = {"commit": commit, **json.loads(out.read_text("utf-8"))}
            finally:
                subprocess.run(
                    [*git, "remove", "--force", str(tree)], check=True, capture_output=True
                )
        print(
            f"first reading of {name} ({commit[:8]}^): {len(data['sets'][name]['rows'])} figures",
            file=sys.stderr,
        )
    if cache is not None and missing:
        cache.write_text(json.dumps(data), "utf-8")
    return data


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _extract(name: str, out: Path, tree: Path) -> None:
    """In the old worktree's interpreter: the set's rows, written to ``out``."""
    import analysis.extract  # the old rules (PYTHONPATH)

    assert Path(analysis.extract.__file__).resolve().is_relative_to(tree.resolve())
    confidence = _load("analysis.extract.confidence", ROOT / "src/analysis/extract/confidence.py")
    sys.path.insert(0, str(HERE))
    bench = _load("extraction", HERE / "extraction.py")
    import yaml

    rows, skipped, documents, expected = [], [], 0, 0
    for path in sorted((bench.ARTICLES / name).glob("*.txt")):
        documents += 1
        try:
            spec = yaml.load(path.with_suffix(".yaml").read_text("utf-8"), Loader=bench._LABELS)
            published = spec["published"]
            if not isinstance(published, date):
                published = date.fromisoformat(str(published))
            found = analysis.extract.extract_article(
                path.read_text(encoding="utf-8"), published, spec.get("country", "Pakistan")
            )
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
    out.write_text(
        json.dumps(
            {"documents": documents, "expected": expected, "skipped": skipped, "rows": rows}
        ),
        "utf-8",
    )


if __name__ == "__main__":
    _extract(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
