"""Charts in notebooks: a :class:`matplotlib.figure.Figure` returned by a cell is shown.

:mod:`analysis.plots` makes figures without pyplot (nothing is kept open by accident), so
IPython has no display for them by default; :func:`show_figures` registers one: the PNG
the reports embed (:func:`analysis.reports.markup.figure_png`). Importing
:mod:`analysis.explore` calls it.
"""

from __future__ import annotations


def show_figures() -> bool:
    """In an IPython kernel, display a returned Figure as PNG; returns whether it could.

    >>> show_figures()  # no IPython shell here
    False
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        return False
    shell = get_ipython()
    if shell is None:
        return False
    from matplotlib.figure import Figure

    from analysis.reports.markup import figure_png

    shell.display_formatter.formatters["image/png"].for_type(Figure, figure_png)
    return True
