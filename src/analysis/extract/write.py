"""Candidates as an analyst's table in the generic format: events CSV, casualties CSV and
the YAML mapping (shaped like ``src/analysis/samples/seed_balochistan.yaml``), so that

    analysis ingest --store <your store> --source generic --mapping candidates.yaml candidates.csv

reads them like any hand-coded table. Event ids are ``<article stem>-01``, ``-02`` …, under
the source ``extract``; the extra columns ``sentence_ids`` and ``reported_by`` are for the
reviewer and are not mapped, nor is the casualties table's ``confidence`` (each figure's
learned probability of being right, :mod:`analysis.extract.confidence`: sort by it to review
the least likely first).

>>> import tempfile
>>> from datetime import date
>>> from analysis.extract import extract_article
>>> found = extract_article("Gunmen killed 3 policemen in Quetta on Sunday, police said.",
...     date(2024, 8, 26))
>>> folder = Path(tempfile.mkdtemp())
>>> paths = write_candidates(found, folder / "a_candidates.csv", "a")
>>> sorted(p.name for p in paths.values())
['a_candidates.csv', 'a_candidates.yaml', 'a_candidates_casualties.csv']
>>> header, row = (folder / "a_candidates_casualties.csv").read_text().splitlines()
>>> header.rsplit(",", 1)[1], row.rsplit(",", 1)[0]
('confidence', 'a-01,security_forces,3,Police,no,3 policemen,0')
>>> 0 <= float(row.rsplit(",", 1)[1]) <= 1
True
"""

from __future__ import annotations

import csv
from dataclasses import fields
from pathlib import Path

import yaml

from analysis.extract.candidates import Candidate, Extraction
from analysis.schema import EVENT_COLUMNS

SOURCE = "extract"
# The events table: the event id, the model's columns a candidate fills (in the model's
# order), then where in the article the candidate came from.
_FILLED = {f.name for f in fields(Candidate)}
TABLE_COLUMNS = [
    "event_id",
    *(c for c in EVENT_COLUMNS if c in _FILLED),
    "sentence_ids",
    "reported_by",
]
# The figures table keeps each figure as the article's phrase (``fatalities``): ingest parses
# it into low/best/high like any analyst's table, so the model's figure columns are not here.
FIGURE_COLUMNS = [
    "event_id",
    "victim_group",
    "fatalities",
    "reported_by",
    "perpetrator_claim",
    "figure_text",
    "sentence_id",
    "confidence",
]
UNMAPPED = ("event_id", "sentence_ids", "reported_by")


def event_ids(extraction: Extraction, prefix: str) -> dict[str, str]:
    """Candidate id → event id of the written table (``prefix-01`` …).

    >>> from datetime import date
    >>> from analysis.extract import extract_article
    >>> event_ids(extract_article("Gunmen killed 3 people.", date(2024, 8, 26)), "x")
    {'C01': 'x-01'}
    """
    return {c.candidate_id: f"{prefix}-{i:02d}" for i, c in enumerate(extraction.candidates, 1)}


def write_candidates(extraction: Extraction, out: Path, prefix: str) -> dict[str, Path]:
    """Write the events CSV ``out``, ``<out stem>_casualties.csv`` and ``<out stem>.yaml``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    casualties = out.with_name(f"{out.stem}_casualties.csv")
    mapping = out.with_suffix(".yaml")
    ids = event_ids(extraction, prefix)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, TABLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for candidate in extraction.candidates:
            row = {k: v for k, v in candidate.to_dict().items() if k in TABLE_COLUMNS}
            row["event_id"] = ids[candidate.candidate_id]
            row["sentence_ids"] = " ".join(str(i) for i in candidate.sentence_ids)
            row["reported_by"] = "; ".join(candidate.reported_by)
            writer.writerow(row)
    with casualties.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, FIGURE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for candidate in extraction.candidates:
            for figure in candidate.figures:
                writer.writerow(
                    {
                        "event_id": ids[candidate.candidate_id],
                        "victim_group": figure.victim_group,
                        "fatalities": figure.fatalities,
                        "reported_by": figure.reported_by or "",
                        "perpetrator_claim": "yes" if figure.perpetrator_claim else "no",
                        "figure_text": figure.figure_text,
                        "sentence_id": figure.sentence_id,
                        "confidence": "" if figure.confidence is None else figure.confidence,
                    }
                )
    mapping.write_text(_mapping_yaml(casualties.name), encoding="utf-8")
    return {"events": out, "casualties": casualties, "mapping": mapping}


def _mapping_yaml(casualties_file: str) -> str:
    events = {"source_event_id": "event_id"}
    events |= {c: c for c in TABLE_COLUMNS if c not in UNMAPPED}
    data = {
        "source": SOURCE,
        # where in the article each candidate came from and who gave its figures, for the
        # review only: the figures' reporters are stored from the casualty table
        "events": {
            "columns": events,
            "date_format": "%Y-%m-%d",
            "not_stored": [c for c in UNMAPPED if c not in events.values()],
        },
        "casualties": {
            "file": casualties_file,
            "columns": {
                "source_event_id": "event_id",
                "victim_group": "victim_group",
                "fatalities": "fatalities",
                "reported_by": "reported_by",
                "perpetrator_claim": "perpetrator_claim",
            },
        },
    }
    header = (
        "# Candidate events extracted by `analysis extract`: review them, then ingest with\n"
        "#   analysis ingest --store <your store> --source generic --mapping <this file> "
        "<events csv>\n"
        "# (without --store: data/events.duckdb under the folder the command runs in)\n"
    )
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
