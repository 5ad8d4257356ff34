"""From a news article to candidate events, by rules over the text and the project's tables.

No model, no network: the pasted text is normalised (wrapped lines, hyphenation, quotes,
datelines, bylines, boilerplate), sentences are split with their character offsets, and
each one is read for dates (resolved against the publication date), places (alias table and
GeoNames gazetteer), actors (actor alias table), casualty figures with what happened to the
people counted (:func:`analysis.parse_count`; killed, wounded, abducted, arrested, freed,
missing), who reported them, and claims of responsibility. Sentences about the same attack
are grouped into one candidate event that keeps the ids of the sentences it came from.
``docs/extraction.md`` gives the rules' measured precision and recall.

>>> from datetime import date
>>> result = extract_article("Gunmen killed three policemen in Quetta on Sunday, "
...     "police said.", date(2024, 8, 26))
>>> [(c.date_start.isoformat(), c.location, c.figures[0].best) for c in result.candidates]
[('2024-08-25', 'Quetta', 3)]
"""

from analysis.extract.candidates import Candidate, Extraction, extract_article

__all__ = ["Candidate", "Extraction", "extract_article"]
