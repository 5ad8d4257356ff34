"""`make test` leaves out the tests marked for `make test-long`; `make test-long` runs them
from a list of files. A test marked for the long run in a file not on that list would run
nowhere: every such file is on it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LONG_MARKS = ("extraction_sets", "scale", "long_search", "cluster", "long")


def _target(name: str) -> str:
    """The recipe of one Makefile target, its continued lines joined."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    return re.search(rf"^{name}:[^\n]*\n((?:\t[^\n]*\n)+)", text, re.M).group(1)


def test_make_test_leaves_out_every_long_mark_and_test_long_selects_each():
    test, long = _target("test"), _target("test-long")
    for mark in LONG_MARKS:
        if mark != "long_search":  # a few examples in make test, a longer search in test-long
            assert f"not {mark} " in test or f'not {mark}"' in test, mark
        assert re.search(rf"\b{mark}\b", long.split("-m", 1)[1].split('"')[1]), mark


def test_every_file_with_a_long_test_is_run_by_test_long():
    listed = set(re.findall(r"tests/\w+\.py", _target("test-long")))
    marked = {
        f"tests/{path.name}"
        for path in (ROOT / "tests").glob("test_*.py")
        if re.search(
            rf"pytest\.mark\.(?:{'|'.join(LONG_MARKS)})\b", path.read_text(encoding="utf-8")
        )
    }
    assert marked, "no long test found: the pattern no longer matches the marks"
    assert marked <= listed, sorted(marked - listed)
