"""The review page: each candidate next to the sentences it came from, highlighted.

Self-contained HTML (the reports' page and styles, no scripts, no external requests); every
piece of article text goes through :func:`analysis.reports.markup.esc`. Sentences are
wrapped in ``<mark>``, figure phrases in ``<strong>``. Readable on a 375 px phone: tables turn
into labelled blocks, long words wrap.

>>> from datetime import date
>>> from analysis.extract import extract_article
>>> page = review_html(extract_article("<b>Gunmen</b> killed 3 people on Sunday, police "
...     "said.", date(2024, 8, 26)), "test")
>>> "<mark" in page, "&lt;b&gt;Gunmen" in page, "<b>Gunmen" in page
(True, True, False)
"""

from __future__ import annotations

import pandas as pd

from analysis.extract.candidates import Candidate, CandidateFigure, Extraction
from analysis.reports.markup import definitions, esc, heading, page, paragraph, table

STYLE = """<style>
mark { background: #fff1a8; color: inherit; padding: 0 0.1em; }
mark strong { background: #ffd166; }
.candidate { border: 1px solid var(--line); border-radius: 8px; padding: 0.25rem 0.9rem 0.6rem;
  margin: 1rem 0; }
.candidate h2 { border-top: none; margin-top: 0.5rem; padding-top: 0; }
.source { border-left: 4px solid #E69F00; margin: 0.5rem 0; padding: 0.1rem 0.75rem;
  overflow-wrap: anywhere; }
.sid { display: inline-block; min-width: 2.2rem; color: var(--muted); font-size: 0.8rem;
  font-variant-numeric: tabular-nums; }
.article p { overflow-wrap: anywhere; }
/* a candidate's tables stay inside its card (the reports' wide tables take the screen) */
.candidate .table-wrap.wide { left: 0; transform: none; width: auto; }
</style>"""
FIELDS = (
    ("date", None),
    ("event type", None),
    ("place", None),
    ("actor1", "actor1"),
    ("actor2", "actor2"),
    ("claimed by", None),
    ("reported by", None),
    ("extraction notes", None),
)


def review_html(extraction: Extraction, title: str) -> str:
    """The complete review page for one article."""
    sentences = {s.id: s for s in extraction.sentences}
    used = {i for c in extraction.candidates for i in c.sentence_ids}
    parts = [
        STYLE,
        heading(f"Candidate events: {title}", 1),
        paragraph(
            f"Published {extraction.published.isoformat()}; undated events fall in "
            f"{extraction.window[0].isoformat()} to {extraction.window[1].isoformat()}. "
            f"{len(extraction.candidates)} candidate(s) to review: check each against the "
            "highlighted sentences, correct the CSV, then ingest it.",
            "subtitle",
        ),
    ]
    if extraction.totals or extraction.other_totals:
        totals = "; ".join(
            f"{f.figure_text}{'' if f.outcome == 'killed' else ' ' + f.outcome} "
            f"({f.reported_by or 'not attributed'}; confidence {_confidence(f)})"
            for f in [*extraction.totals, *extraction.other_totals]
        )
        parts.append(paragraph(f"Article totals (not events): {totals}", "note"))
    ranked = _by_confidence(extraction)
    if not ranked.empty:
        caption = "Every figure, the least likely to be right first (learned confidence)"
        parts.append(table(ranked, caption=caption))
    for candidate in extraction.candidates:
        parts.append(_candidate(candidate, sentences, extraction))
    parts.append(heading("The article, sentence by sentence", 2, "article"))
    body = []
    for sentence in extraction.sentences:
        text = _sentence(sentence.id, extraction) if sentence.id in used else esc(sentence.text)
        body.append(f'<p><span class="sid">S{sentence.id}</span> {text}</p>')
    parts.append(f'<div class="article">{"".join(body)}</div>')
    return page(f"Candidate events: {title}", "\n".join(parts), {"kind": "extract-review"})


def _candidate(candidate: Candidate, sentences: dict, extraction: Extraction) -> str:
    when = f"{candidate.date_start} to {candidate.date_end}"
    if candidate.date_start == candidate.date_end:
        when = str(candidate.date_start)
    place = ", ".join(
        x for x in (candidate.location, candidate.admin2, candidate.admin1, candidate.country) if x
    )
    claim = f"{candidate.claimed_by} ({candidate.claim_status})" if candidate.claimed_by else ""
    values = {
        "date": f"{when} (precision {candidate.date_precision})",
        "event type": f"{candidate.event_type} / {candidate.sub_event_type}",
        "place": f"{place} (geo precision {candidate.geo_precision})",
        "claimed by": claim,
        "reported by": "; ".join(candidate.reported_by),
        "extraction notes": "; ".join(candidate.remarks),
    }
    pairs = [
        (label, values[label] if key is None else getattr(candidate, key) or "")
        for label, key in FIELDS
    ]
    pairs = [(k, v) for k, v in pairs if v]
    heading_text = (
        f"{candidate.candidate_id} · {candidate.event_type} · {place or 'place not said'}"
    )
    parts = [
        f'<section class="candidate" id="{esc(candidate.candidate_id)}">',
        heading(heading_text, 2),
        definitions(pairs),
    ]
    if candidate.figures:
        parts.append(table(_figures_frame(candidate.figures), caption="Figures"))
    else:
        parts.append(paragraph("No casualty figure in these sentences.", "note"))
    if candidate.other_figures:
        frame = _figures_frame(candidate.other_figures)
        frame.insert(0, "outcome", [f.outcome for f in candidate.other_figures])
        caption = "Not deaths (kept apart, not written to the casualties table)"
        parts.append(table(frame, caption=caption))
    for sid in candidate.sentence_ids:
        parts.append(
            f'<p class="source"><span class="sid">S{sid}</span> {_sentence(sid, extraction)}</p>'
        )
    parts.append("</section>")
    return "\n".join(parts)


def _figures_frame(figures: list[CandidateFigure]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "victim group": [f.victim_group for f in figures],
            "as written": [f.figure_text for f in figures],
            # whole numbers, a missing bound shown as a dash (not 12.0 beside a missing one)
            "low": pd.array([f.low for f in figures], dtype="Int64"),
            "best": pd.array([f.best for f in figures], dtype="Int64"),
            "high": pd.array([f.high for f in figures], dtype="Int64"),
            "qualifier": [f.qualifier for f in figures],
            "reported by": [f.reported_by or "" for f in figures],
            "perpetrators' claim": ["yes" if f.perpetrator_claim else "no" for f in figures],
            "sentence": [f"S{f.sentence_id}" for f in figures],
            # the learned probability that the figure is right (analysis.extract.confidence)
            "confidence": [_confidence(f) for f in figures],
        }
    )


def _by_confidence(extraction: Extraction) -> pd.DataFrame:
    """Every figure (deaths, other figures, totals) with where it sits, sorted by
    confidence, the lowest first (figures without one last).

    >>> from datetime import date
    >>> from analysis.extract import extract_article
    >>> found = extract_article("Gunmen killed 3 policemen and wounded 4 in Quetta on Sunday.",
    ...     date(2024, 8, 26))
    >>> list(_by_confidence(found)["as written"]) in (["3 policemen", "4"], ["4", "3 policemen"])
    True
    """
    rows = []
    pools = [(c.candidate_id, c.figures, c.other_figures) for c in extraction.candidates]
    pools.append(("totals", extraction.totals, extraction.other_totals))
    for where, deaths, others in pools:
        for figure in [*deaths, *others]:
            rows.append(
                {
                    "confidence": _confidence(figure),
                    "in": where,
                    "outcome": figure.outcome,
                    "victim group": figure.victim_group,
                    "as written": figure.figure_text,
                    "best": figure.best,
                    "reported by": figure.reported_by or "",
                    "sentence": f"S{figure.sentence_id}",
                    "_key": 2.0 if figure.confidence is None else figure.confidence,
                }
            )
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows).sort_values("_key", kind="stable")
    frame["best"] = frame["best"].astype("Int64")  # 12, not 12.0 beside a figure with none
    return frame.drop(columns="_key").reset_index(drop=True)


def _confidence(figure: CandidateFigure) -> str:
    """The figure's confidence to two places, or "" when it has none.

    >>> from analysis.extract.candidates import CandidateFigure
    >>> _confidence(CandidateFigure("unknown", "3", 3, 3, 3, "exact", None, False, 0, "3", 0, 1,
    ...     confidence=0.8765))
    '0.88'
    """
    return "" if figure.confidence is None else f"{figure.confidence:.2f}"


def _sentence(sid: int, extraction: Extraction) -> str:
    """The sentence in ``<mark>``, its figure phrases in ``<strong>``; all text escaped."""
    sentence = next(s for s in extraction.sentences if s.id == sid)
    spans = sorted(
        {
            (f.start, f.end)
            for c in extraction.candidates
            for f in [*c.figures, *c.other_figures, *extraction.totals, *extraction.other_totals]
            if f.sentence_id == sid
        }
    )
    text, cursor, out = extraction.text, sentence.start, []
    for start, end in spans:
        if start < cursor:
            continue
        out.append(esc(text[cursor:start]))
        out.append(f"<strong>{esc(text[start:end])}</strong>")
        cursor = end
    out.append(esc(text[cursor : sentence.end]))
    return f'<mark data-sentence="S{sid}">{"".join(out)}</mark>'
