"""Cleaning steps: each takes the canonical events frame, keeps every row, and logs its changes.

The package is also the chained pipeline itself: ``analysis.clean(events)`` runs
:func:`analysis.clean.pipeline.clean`, while its steps import as ordinary modules
(``from analysis.clean.actors import normalise_actors``).

>>> import analysis
>>> from analysis.schema import empty_events
>>> len(analysis.clean(empty_events()))
0
"""

from __future__ import annotations

import sys
import types

import pandas as pd


class _CallablePackage(types.ModuleType):
    """``analysis.clean`` is both this package and its pipeline function."""

    def __call__(self, events: pd.DataFrame, casualties: pd.DataFrame | None = None):
        from analysis.clean.pipeline import clean

        return clean(events, casualties)


sys.modules[__name__].__class__ = _CallablePackage
