"""What notebooks show: charts as sharp PNGs, tables in full, mistakes in one line.

:mod:`analysis.plots` makes figures without pyplot (nothing is kept open by accident), so
IPython has no display for them by default; :func:`show_figures` registers one: the PNG
the reports embed (:func:`analysis.reports.markup.figure_png`), drawn at twice the screen's
pixels and shown at its size. :func:`show_tables` shows DataFrames with their full text,
text left-aligned under left-aligned headers and numbers right-aligned.
:func:`show_user_errors` shows a :class:`~analysis.errors.UserError` (an unknown ``freq``,
a bad date, an unknown id) as its one-line message instead of a traceback. Importing
:mod:`analysis.explore` calls all three.
"""

from __future__ import annotations

import html

import pandas as pd

MAX_ROWS = 200


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        return None
    return get_ipython()


def show_figures() -> bool:
    """In an IPython kernel, display a returned Figure as PNG; returns whether it could.

    >>> show_figures()  # no IPython shell here
    False
    """
    shell = _shell()
    if shell is None:
        return False
    from matplotlib.figure import Figure

    shell.display_formatter.formatters["image/png"].for_type(Figure, figure_png)
    return True


def figure_png(fig) -> tuple[bytes, dict[str, int]]:
    """The report's PNG of ``fig`` and the size to show it at (CSS pixels), so the 2×
    image is sharp rather than twice as large."""
    from analysis.reports.markup import figure_png as png

    width, height = (int(round(v * 96)) for v in fig.get_size_inches())
    return png(fig), {"width": width, "height": height}


def table_html(frame: pd.DataFrame, max_rows: int = MAX_ROWS) -> str:
    """``frame`` as an HTML table: every cell's full text, escaped; text columns and
    their headers left-aligned, numbers right-aligned; at most ``max_rows`` rows, with a
    note of how many there are.

    >>> print(table_html(pd.DataFrame({"notes": ["<b>x</b>"], "n": [3]})))  # doctest: +ELLIPSIS
    <table ...><thead><tr><th style="text-align:left...">notes</th><th style="text-align:right...">n</th></tr></thead><tbody><tr><td style="text-align:left...">&lt;b&gt;x&lt;/b&gt;</td><td style="text-align:right...">3</td></tr></tbody></table>
    """  # noqa: E501
    shown = frame.head(max_rows)
    if not isinstance(shown.index, pd.RangeIndex):
        shown = shown.reset_index()
    cell = "vertical-align:top;white-space:pre-wrap;max-width:40em;"
    aligns = [
        "right"
        if pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(shown[c])
        else "left"
        for c in shown.columns
    ]
    head = "".join(
        f'<th style="text-align:{a};{cell}">{html.escape(str(c))}</th>'
        for c, a in zip(shown.columns, aligns, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="text-align:{a};{cell}">{_text(v)}</td>'
            for v, a in zip(values, aligns, strict=True)
        )
        + "</tr>"
        for values in shown.itertuples(index=False, name=None)
    )
    table = (
        f'<table class="analysis-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    )
    if len(frame) > max_rows:
        table += f"<p>{max_rows:,} of {len(frame):,} rows shown.</p>"
    return table


def _text(value: object) -> str:
    if value is None or (not isinstance(value, str | list | tuple | dict) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return html.escape(str(value))


def show_tables() -> bool:
    """In an IPython kernel, show DataFrames with :func:`table_html`; returns whether it
    could.

    >>> show_tables()
    False
    """
    shell = _shell()
    if shell is None:
        return False
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)
    return True


def show_user_errors() -> bool:
    """In an IPython kernel, show a :class:`~analysis.errors.UserError` as one line (its
    type and message), without a traceback; returns whether it could.

    >>> show_user_errors()
    False
    """
    shell = _shell()
    if shell is None:
        return False
    from analysis.errors import UserError

    def one_line(self, etype, value, tb, tb_offset=None):
        line = f"{etype.__name__}: {value}"
        show = getattr(self, "_showtraceback", None)
        if show is not None:
            show(etype, value, [line])
        else:  # pragma: no cover - every IPython shell has it
            print(line)
        return [line]

    shell.set_custom_exc((UserError,), one_line)
    return True
