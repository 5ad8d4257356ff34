"""Political-violence event data: sources -> clean -> store -> metrics -> plots -> reports.

The names other tools rely on are importable from the package itself:
:func:`parse_count` and :class:`Count` (casualty phrases), and :func:`clean` (every
cleaning step, chained: :func:`analysis.clean.pipeline.clean`; the step modules import as
usual, ``from analysis.clean.actors import normalise_actors``).

>>> from analysis import parse_count
>>> parse_count("more than 60")
Count(low=61, best=61, high=61, qualifier='more_than')
>>> import analysis
>>> from analysis.schema import empty_events
>>> len(analysis.clean(empty_events()).events)
0
"""

from analysis.casualty_phrases import Count, parse_count
from analysis.clean.pipeline import clean

__version__ = "0.1.0"

__all__ = ["Count", "__version__", "clean", "parse_count"]
