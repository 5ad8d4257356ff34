"""How long `analysis extract` takes on hostile text, against real text of the same size.

Three texts of ``--kb`` kilobytes each, read by :func:`analysis.extract.extract_article`,
each in its own Python process (its peak memory its own):

- **articles** (the baseline): the labelled articles under ``tests/fixtures/articles/``,
  one after another, as a long paste of real reporting;
- **no full stop**: the same words drawn at random (seeded), joined by spaces, with no full
  stop, so the whole text is one "sentence" (a table or a feed pasted as one line);
- **no space**: letters with no space at all (a data URI, a hash).

Prints a markdown table: seconds, peak memory (max RSS) and the ratio of each hostile text's
seconds to the articles' (target ≤ 5×: a hostile text costs at most a few times what real
reporting of its length costs, never the square of its length), and peak memory (target
≤ 1 GB). ``analysis extract`` reads at most 10 MB; at the articles' rate that is minutes.

Usage: ``python benchmarks/extraction_time.py [--kb 360]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "tests" / "fixtures" / "articles"
KINDS = ("articles", "no full stop", "no space")
RATIO_TARGET = 5.0
MEMORY_TARGET_MB = 1024


def articles_text(size: int) -> str:
    """The labelled articles one after another, cut at ``size`` characters (at a line end)."""
    parts, total = [], 0
    for path in sorted(ARTICLES.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            break
    joined = "\n\n".join(parts)[:size]
    return joined[: joined.rfind("\n") + 1] or joined


def hostile_text(kind: str, size: int) -> str:
    """A text of ``size`` characters of the given hostile kind (seeded, the same every run)."""
    if kind == "no space":
        return ("x" * size)[:size]
    words = re.findall(r"[A-Za-z]+|\d+", articles_text(size))
    draw = random.Random(0)
    out, total = [], 0
    while total < size:
        word = draw.choice(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:size]


def text_of(kind: str, size: int) -> str:
    """The text a row of the table reads."""
    return articles_text(size) if kind == "articles" else hostile_text(kind, size)


def run_one(kind: str, size: int) -> dict:
    """Read one text (in this process): seconds, characters, figures found, peak RSS."""
    from analysis.extract import extract_article

    text = text_of(kind, size)
    # the reference tables and patterns are loaded on first use: not part of the reading
    extract_article(
        "Two soldiers were killed in Quetta, police said.", date(2024, 8, 26), "Pakistan"
    )
    start = time.process_time()
    found = extract_article(text, date(2024, 8, 26), "Pakistan")
    seconds = time.process_time() - start
    figures = sum(len(c.figures) + len(c.other_figures) for c in found.candidates)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "chars": len(text), "figures": figures, "peak_mb": peak_mb}


def measure(kind: str, size: int) -> dict:
    """:func:`run_one` in a fresh Python process."""
    result = subprocess.run(
        [sys.executable, __file__, "--one", kind, "--kb", str(size // 1000)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def table(results: dict[str, dict]) -> str:
    """The markdown table of the three readings.

    >>> rows = {"articles": {"seconds": 10.0, "chars": 1000, "figures": 5, "peak_mb": 200.0},
    ...         "no full stop": {"seconds": 30.0, "chars": 1000, "figures": 9, "peak_mb": 210.0},
    ...         "no space": {"seconds": 0.1, "chars": 1000, "figures": 0, "peak_mb": 150.0}}
    >>> print(table(rows).splitlines()[3])
    | no full stop | 1,000 | 30.0 s | 9 | 210 MB | 3.00× | ≤ 5× | met |
    """
    base = results["articles"]["seconds"]
    lines = [
        "| text | characters | seconds | figures found | peak memory | ratio to articles "
        "| target | met |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for kind, row in results.items():
        ratio = row["seconds"] / base if base else float("inf")
        hostile = kind != "articles"
        met = ratio <= RATIO_TARGET and row["peak_mb"] <= MEMORY_TARGET_MB
        verdict = ("met" if met else "**not met**") if hostile else ""
        lines.append(
            f"| {kind} | {row['chars']:,} | {row['seconds']:.1f} s | {row['figures']:,} "
            f"| {row['peak_mb']:,.0f} MB | {ratio:.2f}× "
            f"| {'≤ 5×' if hostile else 'baseline'} | {verdict} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=360, help="size of each text, kilobytes")
    parser.add_argument("--one", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    size = args.kb * 1000
    if args.one:
        print(json.dumps(run_one(args.one, size)))
        return 0
    results = {kind: measure(kind, size) for kind in KINDS}
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
