"""Political-violence event data: sources -> clean -> store -> metrics -> plots -> reports.

The names other tools rely on are importable from the package itself:
:func:`parse_count` and :class:`Count` (casualty phrases), and ``clean(events)`` (every
cleaning step, chained: the :mod:`analysis.clean` package can be called like its
pipeline function, and its step modules import as usual).

>>> from analysis import parse_count
>>> parse_count("more than 60")
Count(low=61, best=61, high=61, qualifier='more_than')
"""

from analysis import clean
from analysis.casualty_phrases import Count, parse_count

__version__ = "0.1.0"

__all__ = ["Count", "__version__", "clean", "parse_count"]
