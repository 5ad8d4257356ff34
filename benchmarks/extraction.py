"""How well `analysis extract` reads articles it was not written for: figure-level precision
and recall, and grouping accuracy, on hand-labelled fictional articles.

Each ``X.txt`` in a folder has an ``X.yaml`` beside it (see
``tests/fixtures/articles/README.md``): the publication date, the country, the expected
candidates and every casualty figure the article gives. A figure found by the rules *matches*
an expected one when all four agree:

- the value (the best figure, as :func:`analysis.parse_count` codes the phrase);
- the victim group (civilians, security_forces, militants, unknown);
- deaths or not (a death toll in the candidate's ``figures``; a wounded, abducted,
  arrested, freed or missing figure in ``other_figures``);
- the reporter: every word of the expected reporter (or of one of its alternatives) is in
  the ``reported_by`` found, case, accents, hyphens and a possessive's "'s" aside; an expected
  ``null`` (a sentence that quotes nobody: the document's own voice) needs no reporter found,
  or the document's issuer (the one the rules read as the document's author, who speaks in
  that voice); any other reporter found for it, read from another sentence, is an error.

Precision = matched / figures found, recall = matched / figures expected (each figure found
matches at most one expected figure; a figure given twice is counted twice). Headlines are
not scored. The last column gives precision and recall with the reporter aside (value, group
and deaths-or-not only): what is right but attributed to someone else. *Grouping* is the
share of matched figures that sit in the right candidate: the expected ``campaign`` is the
article's totals; every other expected candidate is paired with the candidate found that
holds most of its figures (one to one). A *false death* is a death
toll found whose value is a wounded, abducted, arrested, freed or missing figure of the
article and no death toll of it.

Usage: ``python benchmarks/extraction.py [FOLDER ...] [--verbose] [--min-confidence X]``
(default: every labelled set under ``tests/fixtures/articles/``). Prints a markdown table;
with ``--min-confidence`` every figure whose learned confidence
(:mod:`analysis.extract.confidence`) is under X is dropped before scoring.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from analysis.extract import extract_article
from analysis.extract.confidence import drop_below

HERE = Path(__file__).resolve().parent
# libyaml's safe loader where PyYAML was built with it (its wheels are): the labels are read
# for every scored document, and the pure-Python loader took a tenth of a scoring run.
_LABELS = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ARTICLES = HERE.parent / "tests" / "fixtures" / "articles"
FOLDERS = (
    ARTICLES / "set",
    ARTICLES / "heldout",
    ARTICLES / "heldout2",
    ARTICLES / "heldout3",
    ARTICLES / "heldout4",
    ARTICLES / "heldout5",
    ARTICLES / "heldout6",
    ARTICLES / "heldout7",
    ARTICLES / "heldout8",
    ARTICLES / "heldout9",
    ARTICLES / "heldout10",
    ARTICLES / "heldout11",
    ARTICLES / "heldout12",
    ARTICLES / "heldout13",
    ARTICLES / "heldout14",
    ARTICLES / "heldout15",
    ARTICLES / "heldout16",
    ARTICLES / "heldout17",
    ARTICLES / "heldout18",
    ARTICLES / "heldout19",
    ARTICLES / "heldout20",
    ARTICLES / "heldout21",
    ARTICLES / "heldout22",
    ARTICLES / "heldout23",
    ARTICLES / "heldout24",
    ARTICLES / "heldout25",
    ARTICLES / "heldout26",
    ARTICLES / "heldout27",
    ARTICLES / "heldout28",
    ARTICLES / "heldout29",
    ARTICLES / "heldout30",
    ARTICLES / "heldout31",
    ARTICLES / "heldout32",
    ARTICLES / "heldout33",
    ARTICLES / "heldout34",
    ARTICLES / "heldout35",
    ARTICLES / "heldout36",
    ARTICLES / "heldout37",
    ARTICLES / "heldout38",
    ARTICLES / "heldout39",
    ARTICLES / "heldout40",
    ARTICLES / "heldout41",
    ARTICLES / "heldout42",
    ARTICLES / "heldout43",
    ARTICLES / "heldout44",
    ARTICLES / "heldout45",
    ARTICLES / "heldout46",
    ARTICLES / "heldout47",
    ARTICLES / "heldout48",
    ARTICLES / "heldout49",
    ARTICLES / "heldout50",
    ARTICLES / "heldout51",
    ARTICLES / "heldout52",
    ARTICLES / "heldout53",
    ARTICLES / "heldout54",
    ARTICLES / "heldout55",
    ARTICLES / "heldout56",
    ARTICLES / "heldout57",
    ARTICLES / "heldout58",
    ARTICLES / "heldout59",
    ARTICLES / "heldout60",
    ARTICLES / "heldout61",
    ARTICLES / "heldout62",
    ARTICLES / "heldout63",
    ARTICLES / "heldout64",
    ARTICLES / "heldout65",
    ARTICLES / "heldout66",
    ARTICLES / "heldout67",
    ARTICLES / "heldout68",
    ARTICLES / "heldout69",
    ARTICLES / "heldout70",
    ARTICLES / "heldout71",
    ARTICLES / "heldout72",
    ARTICLES / "heldout73",
    ARTICLES / "heldout74",
    ARTICLES / "heldout75",
    ARTICLES / "heldout76",
    ARTICLES / "heldout77",
    ARTICLES / "heldout78",
    ARTICLES / "heldout79",
    ARTICLES / "heldout80",
    ARTICLES / "heldout81",
    ARTICLES / "heldout82",
    ARTICLES / "heldout83",
    ARTICLES / "heldout84",
    ARTICLES / "heldout85",
    ARTICLES / "heldout86",
    ARTICLES / "heldout87",
    ARTICLES / "heldout88",
    ARTICLES / "heldout89",
    ARTICLES / "heldout90",
    ARTICLES / "heldout91",
    ARTICLES / "heldout92",
    ARTICLES / "heldout93",
    ARTICLES / "heldout94",
    ARTICLES / "heldout95",
    ARTICLES / "heldout96",
    ARTICLES / "heldout97",
    ARTICLES / "heldout98",
    ARTICLES / "heldout99",
    ARTICLES / "heldout100",
    ARTICLES / "heldout101",
    ARTICLES / "heldout102",
    ARTICLES / "heldout103",
    ARTICLES / "heldout104",
    ARTICLES / "heldout105",
    ARTICLES / "heldout106",
    ARTICLES / "heldout107",
    ARTICLES / "heldout108",
    ARTICLES / "heldout109",
    ARTICLES / "heldout110",
    ARTICLES / "heldout111",
    ARTICLES / "heldout112",
    ARTICLES / "heldout113",
    ARTICLES / "heldout114",
    ARTICLES / "heldout115",
    ARTICLES / "heldout116",
    ARTICLES / "heldout117",
    ARTICLES / "heldout118",
    ARTICLES / "heldout119",
    ARTICLES / "heldout120",
    ARTICLES / "heldout121",
    ARTICLES / "heldout122",
    ARTICLES / "heldout123",
    ARTICLES / "heldout124",
    ARTICLES / "heldout125",
    ARTICLES / "heldout126",
    ARTICLES / "heldout127",
    ARTICLES / "heldout128",
    ARTICLES / "heldout129",
    ARTICLES / "heldout130",
    ARTICLES / "heldout131",
    ARTICLES / "heldout132",
    ARTICLES / "heldout133",
    ARTICLES / "heldout134",
    ARTICLES / "heldout135",
    ARTICLES / "heldout136",
    ARTICLES / "heldout137",
    ARTICLES / "heldout138",
    ARTICLES / "heldout139",
    ARTICLES / "heldout140",
    ARTICLES / "heldout141",
    ARTICLES / "heldout142",
    ARTICLES / "heldout143",
    ARTICLES / "heldout144",
    ARTICLES / "heldout145",
    ARTICLES / "heldout146",
    ARTICLES / "probes8",
)
CAMPAIGN = "campaign"
TOTALS = "totals"


@dataclass(frozen=True)
class Found:
    """One figure the rules found."""

    value: int | None
    group: str
    death: bool
    outcome: str
    reporter: str | None
    candidate: str  # candidate id, or "totals"
    text: str


@dataclass
class Score:
    """Counts for one article or a whole set."""

    name: str
    expected: int = 0
    found: int = 0
    matched: int = 0
    grouped: int = 0
    false_deaths: int = 0
    matched_any_reporter: int = 0  # matches when the reporter is not compared
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    misgrouped: list[str] = field(default_factory=list)
    deaths_as_other: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for key in (
            "expected",
            "found",
            "matched",
            "grouped",
            "false_deaths",
            "matched_any_reporter",
        ):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for key in ("missed", "extra", "misgrouped", "deaths_as_other"):
            getattr(self, key).extend(f"{other.name}: {x}" for x in getattr(other, key))

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def reporter_aside(self) -> tuple[float, float]:
        """Precision and recall when the reporter is not compared: how many figures are
        right but for whom they are attributed to."""
        n = self.matched_any_reporter
        return (n / self.found if self.found else 1.0, n / self.expected if self.expected else 1.0)

    @property
    def grouping(self) -> float:
        return self.grouped / self.matched if self.matched else 1.0


def found_figures(extraction) -> list[Found]:
    """Every figure of the extraction (headline aside), with its candidate."""
    return [found for _, found in _scored_figures(extraction)]


def _scored_figures(extraction) -> list[tuple[object, Found]]:
    """Each scored figure (headline aside) as the extractor gave it, beside its ``Found``."""
    headline = bool(extraction.sentences) and not re.search(
        r"[.!?”\"]\s*$", extraction.sentences[0].text
    )
    out = []
    pools = [
        (c.candidate_id, c.figures, getattr(c, "other_figures", [])) for c in extraction.candidates
    ]
    pools.append((TOTALS, extraction.totals, getattr(extraction, "other_totals", [])))
    for cid, deaths, others in pools:
        for figure, death in [*((f, True) for f in deaths), *((f, False) for f in others)]:
            if headline and figure.sentence_id == 0:
                continue
            outcome = getattr(figure, "outcome", "killed")
            found = Found(
                figure.best,
                figure.victim_group,
                death,
                outcome,
                figure.reported_by,
                cid,
                figure.figure_text,
            )
            out.append((figure, found))
    return out


@dataclass(frozen=True)
class FigureMatch:
    """One scored figure and how the benchmark judges it: ``matched`` (a labelled figure,
    reporter compared), ``matched_any_reporter`` (reporter aside) and ``false_death``."""

    figure: object  # the extractor's CandidateFigure
    found: Found
    matched: bool
    matched_any_reporter: bool
    false_death: bool


def figure_matches(extraction, spec: dict) -> list[FigureMatch]:
    """Every scored figure of the extraction with its match flags, as
    :func:`score_extraction` counts them (the training table of
    ``benchmarks/extraction_confidence.py``)."""
    expected = spec.get("figures") or []
    scored = _scored_figures(extraction)
    found = [f for _, f in scored]
    issuer = getattr(extraction, "issuer", None)
    taken = _match(expected, found, reporters=True, issuer=issuer)[1]
    taken_any = _match(expected, found, reporters=False)[1]
    other_values = {e["value"] for e in expected if e["outcome"] != "killed"}
    death_values = {e["value"] for e in expected if e["outcome"] == "killed"}
    return [
        FigureMatch(
            figure,
            f,
            i in taken,
            i in taken_any,
            i not in taken and f.death and f.value in other_values - death_values,
        )
        for i, (figure, f) in enumerate(scored)
    ]


def reporter_matches(expected, found: str | None, issuer: str | None = None) -> bool:
    """Every word of the expected reporter (or of one alternative) is in the one found; an
    expected ``None`` (the document's own voice) is no reporter found, or the document's
    ``issuer`` named as the reporter (the same voice, named).

    >>> reporter_matches("interior ministry", "Taliban-run interior ministry")
    True
    >>> reporter_matches(None, None), reporter_matches(None, "Police"), reporter_matches(
    ...     ["ispr", "inter services"], "Inter Services Public Relations")
    (True, False, True)
    >>> reporter_matches("energia", "ENERGÍA")  # accents aside, as case
    True
    >>> reporter_matches("al shabaab", "Al-Shabaab"), reporter_matches("sub-prefect", "Sub Prefect")
    (True, True)
    >>> reporter_matches("al shabaab", "Shabaab")
    False
    >>> reporter_matches(None, "Ministry of Education", issuer="Ministry Of Education")
    True
    >>> reporter_matches(None, "Police", issuer="Ministry of Education")  # read from elsewhere
    False
    """
    if expected is None:
        return found is None or (issuer is not None and _words(found) == _words(issuer))
    if found is None:
        return False
    words = _words(found)
    options = expected if isinstance(expected, list) else [expected]
    return any(_words(str(o)) <= words for o in options)


def _words(name: str) -> set[str]:
    """The words of a reporter's name, case, accents and a possessive's "'s" aside; a hyphen
    parts words as a space does ("Al-Shabaab", "al Shabaab": one name spelt two ways).

    >>> sorted(_words("ENERGÍA del Cauca"))
    ['cauca', 'del', 'energia']
    >>> sorted(_words("Al-Shabaab"))
    ['al', 'shabaab']
    >>> sorted(_words("the Governor’s Office"))
    ['governor', 'office', 'the']
    """
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"['’]s\b", "", plain)
    return set(re.findall(r"\w+", plain))


def _label(figure: dict) -> str:
    return (
        f"{figure['value']} {figure['group']} {figure['outcome']} "
        f"({figure.get('reporter')}) in {figure['candidate']}"
    )


def _found_label(figure: Found) -> str:
    kind = "killed" if figure.death else figure.outcome
    where = f"in {figure.candidate}"
    return f'{figure.value} {figure.group} {kind} ({figure.reporter}) {where}: "{figure.text}"'


def score_article(text_path: Path, min_confidence: float | None = None) -> Score:
    """Extract one article and score it against its YAML (with ``min_confidence``, every
    figure whose confidence is under it dropped first)."""
    spec = yaml.load(text_path.with_suffix(".yaml").read_text(encoding="utf-8"), Loader=_LABELS)
    published = spec["published"]
    if not isinstance(published, date):
        published = date.fromisoformat(str(published))
    extraction = extract_article(
        text_path.read_text(encoding="utf-8"), published, spec.get("country", "Pakistan")
    )
    if min_confidence is not None:
        drop_below(extraction, min_confidence)
    return score_extraction(extraction, spec, text_path.stem)


def score_extraction(extraction, spec: dict, name: str) -> Score:
    """Score one extraction against its expected figures (see the module's docstring)."""
    expected = spec.get("figures") or []
    found = found_figures(extraction)
    score = Score(name, expected=len(expected), found=len(found))
    issuer = getattr(extraction, "issuer", None)
    pairs, taken = _match(expected, found, reporters=True, issuer=issuer)
    score.missed = [_label(e) for e in expected if not any(e is m for m, _ in pairs)]
    score.matched = len(pairs)
    score.matched_any_reporter = len(_match(expected, found, reporters=False)[0])
    score.extra = [_found_label(f) for i, f in enumerate(found) if i not in taken]
    # grouping: campaign ↔ the totals; every other label ↔ its commonest candidate, one to one
    mapping = {CAMPAIGN: TOTALS}
    counts = Counter(
        (e["candidate"], f.candidate)
        for e, f in pairs
        if e["candidate"] != CAMPAIGN and f.candidate != TOTALS
    )
    used = {TOTALS}
    for (label, cid), _ in counts.most_common():
        if label not in mapping and cid not in used:
            mapping[label] = cid
            used.add(cid)
    for e, f in pairs:
        if mapping.get(e["candidate"]) == f.candidate:
            score.grouped += 1
        else:
            score.misgrouped.append(f"{_label(e)} found in {f.candidate}")
    # no wounded, abducted, freed … number may become a death toll
    other_values = {e["value"] for e in expected if e["outcome"] != "killed"}
    death_values = {e["value"] for e in expected if e["outcome"] == "killed"}
    for i, f in enumerate(found):
        if i not in taken and f.death and f.value in other_values - death_values:
            score.false_deaths += 1
            score.deaths_as_other.append(_found_label(f))
    return score


def _match(
    expected: list[dict], found: list[Found], reporters: bool, issuer: str | None = None
) -> tuple[list[tuple[dict, Found]], set[int]]:
    """Expected figures paired with found ones (each found figure used once), in order;
    with ``reporters`` False the reporter is not compared; ``issuer`` is the document's (an
    expected ``null`` reporter matches it)."""
    taken: set[int] = set()
    pairs: list[tuple[dict, Found]] = []
    for figure in expected:
        death = figure["outcome"] == "killed"
        hit = next(
            (
                i
                for i, f in enumerate(found)
                if i not in taken
                and f.value == figure["value"]
                and f.group == figure["group"]
                and f.death == death
                and (not reporters or reporter_matches(figure.get("reporter"), f.reporter, issuer))
            ),
            None,
        )
        if hit is not None:
            taken.add(hit)
            pairs.append((figure, found[hit]))
    return pairs, taken


def score_folder(folder: Path, min_confidence: float | None = None) -> tuple[Score, list[Score]]:
    """The set's total score and each article's."""
    total = Score(folder.name)
    articles = [score_article(p, min_confidence) for p in sorted(folder.glob("*.txt"))]
    for article in articles:
        total.add(article)
    return total, articles


def table(rows: list[tuple[str, int, Score]]) -> str:
    lines = [
        "| set | articles | figures expected | found | matched | precision | recall | F1 "
        "| grouping | false deaths | precision / recall, reporter aside |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, n, s in rows:
        aside_p, aside_r = s.reporter_aside
        lines.append(
            f"| {name} | {n} | {s.expected} | {s.found} | {s.matched} | {s.precision:.3f} "
            f"| {s.recall:.3f} | {s.f1:.3f} | {s.grouping:.3f} | {s.false_deaths} "
            f"| {aside_p:.3f} / {aside_r:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(FOLDERS))
    parser.add_argument("--verbose", action="store_true", help="List every miss and extra.")
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=None,
        help="Drop every figure whose learned confidence is under this before scoring.",
    )
    args = parser.parse_args(argv)
    rows = []
    for folder in args.folders:
        total, articles = score_folder(folder, args.min_confidence)
        rows.append((folder.name, len(articles), total))
        if args.verbose:
            for article in articles:
                print(
                    f"## {article.name}: P {article.precision:.2f} R {article.recall:.2f} "
                    f"G {article.grouping:.2f}"
                )
                for kind in ("missed", "extra", "misgrouped", "deaths_as_other"):
                    for item in getattr(article, kind):
                        print(f"  {kind}: {item}")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
