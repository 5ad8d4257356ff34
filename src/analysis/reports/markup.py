"""HTML building blocks for the reports: every data string is escaped here.

The page is self-contained: inline CSS, system fonts, images as ``data:`` URIs, no scripts,
and a Content-Security-Policy that forbids scripts and any request to another host, so even
a string that slipped through could neither run nor load anything.

>>> html = table(pd.DataFrame({"notes": ["<script>alert(1)</script>"]}))
>>> "&lt;script&gt;alert(1)&lt;/script&gt;" in html, "<script" in html
(True, False)
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # the renderer's process writes pages without charts: no matplotlib
    from matplotlib.figure import Figure

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a5f; --line: #d9d9de;
  --accent: #0072B2; --soft: #f4f6f8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", "DejaVu Sans", sans-serif; font-size: 16px; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; padding-top: 0.75rem;
  border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
p { margin: 0.5rem 0; }
.subtitle, .caption, .note { color: var(--muted); font-size: 0.9rem; }
.summary { font-size: 1.05rem; background: var(--soft); border-left: 4px solid var(--accent);
  padding: 0.75rem 1rem; margin: 1rem 0; }
.notice { font-size: 1.15rem; font-weight: 600; border: 2px solid #E69F00;
  background: #fff8e6; padding: 1rem; border-radius: 6px; margin: 1rem 0; }
/* a path or an error with no space in it wraps rather than widen the page */
.notice, .batch { overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr));
  gap: 0.6rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.75rem; }
.card .value { display: block; font-size: 1.5rem; font-weight: 700; line-height: 1.2; }
.card .label { display: block; font-size: 0.85rem; color: var(--muted); }
.card .detail { display: block; font-size: 0.8rem; color: var(--muted); }
figure { margin: 1rem 0; }
figure img { display: block; max-width: 100%; height: auto; }
@media (min-width: 760px) { figure picture img { width: 100%; max-width: 100%; } }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 0.25rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem;
  border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { padding: 0.35rem 0.55rem; text-align: left; vertical-align: top;
  border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
td { overflow-wrap: break-word; min-width: 5rem; white-space: pre-line; }
td.num, th.num { text-align: right; white-space: nowrap; min-width: 0; }
/* a column of sentences (notes, citations, a campaign's parts) keeps a readable measure */
td.long { min-width: 12rem; }
/* a table of many columns with such a column takes the screen's width, not the text's */
@media (min-width: 1100px) {
  .table-wrap.wide { position: relative; left: 50%; transform: translateX(-50%);
    width: min(calc(100vw - 3rem), 88rem); }
}
tr:last-child td { border-bottom: none; }
dl.params { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.9rem;
  font-size: 0.9rem; }
dl.params dt { color: var(--muted); }
dl.params dd { margin: 0; overflow-wrap: anywhere; }
footer.methodology { font-size: 0.92rem; }
ul { padding-left: 1.25rem; }
a { color: var(--accent); }
p.download a { display: inline-block; padding: 0.4rem 0.7rem; border: 1px solid var(--accent);
  border-radius: 6px; text-decoration: none; font-weight: 600; }
.anchor-link { display: none; }
@media (max-width: 600px) {
  /* tables become one block per row, each cell labelled with its column */
  table.data thead { position: absolute; left: -9999px; }
  table.data, table.data tbody, table.data tr, table.data td { display: block; width: 100%; }
  table.data tr { border-bottom: 2px solid var(--line); padding: 0.3rem 0; }
  table.data td { display: grid; grid-template-columns: 6.5rem 1fr; gap: 0.5rem;
    border: none; padding: 0.15rem 0.6rem; text-align: left; white-space: pre-line; }
  table.data td::before { content: attr(data-label); color: var(--muted); font-weight: 600; }
  table.data td.long { min-width: 0; }
  td.num { text-align: left; }
  .table-wrap { overflow-x: visible; }
}
@media (max-width: 480px) {
  main { padding: 0.75rem 0.75rem 2rem; }
  h1 { font-size: 1.35rem; }
  .card .value { font-size: 1.25rem; }
  dl.params { grid-template-columns: 1fr; }
  dl.params dd { margin-bottom: 0.35rem; }
}
@media print { .table-wrap { overflow: visible; }
  .table-wrap.wide { left: 0; transform: none; width: auto; }
  figure { break-inside: avoid; }
  p.download { display: none; } }
"""


def esc(value: object) -> str:
    """Escape text for HTML (``&``, ``<``, ``>``, quotes); null becomes ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def heading(text: str, level: int = 2, anchor: str | None = None) -> str:
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return f"<h{level}{ident}>{esc(text)}</h{level}>"


def paragraph(text: str, css: str | None = None) -> str:
    klass = f' class="{esc(css)}"' if css else ""
    return f"<p{klass}>{esc(text)}</p>"


def notice(text: str) -> str:
    return f'<p class="notice" role="status">{esc(text)}</p>'


def bullets(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(item)}</li>" for item in items) + "</ul>"


def definitions(pairs: Iterable[tuple[str, str]], css: str = "params") -> str:
    body = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in pairs)
    return f'<dl class="{esc(css)}">{body}</dl>'


def cards(items: Iterable[tuple[str, str, str, str]]) -> str:
    """Headline numbers: (metric key, value, label, detail) each."""
    out = []
    for key, value, label, detail in items:
        extra = f'<span class="detail">{esc(detail)}</span>' if detail else ""
        out.append(
            f'<div class="card" data-metric="{esc(key)}"><span class="value">{esc(value)}</span>'
            f'<span class="label">{esc(label)}</span>{extra}</div>'
        )
    return f'<div class="cards">{"".join(out)}</div>'


def _display(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as YYYY-MM-DD, numbers with thousands separators, nulls as "–"."""
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            shown = values.dt.strftime("%Y-%m-%d")
        elif pd.api.types.is_bool_dtype(values):
            shown = values.map({True: "yes", False: "no"})
        elif pd.api.types.is_integer_dtype(values):
            shown = values.map(lambda v: "–" if pd.isna(v) else f"{int(v):,}")
        elif pd.api.types.is_float_dtype(values):
            shown = values.map(lambda v: "–" if pd.isna(v) else f"{v:,.1f}")
        else:
            shown = values.map(lambda v: "–" if v is None or pd.isna(v) else str(v))
        out[str(column).replace("_", " ")] = shown.astype(object).where(shown.notna(), "–")
    return out


# a text column half of whose cells run to this many characters holds sentences
LONG_TEXT = 40
# a table of this many columns with such a column is drawn as wide as the screen allows
WIDE_COLUMNS = 6
# a table of this many columns is drawn so whatever its cells: at their least width (5rem and
# padding) they fill the text column (58rem), and the last would be hidden behind a scroll
CROWDED_COLUMNS = 9


def table(frame: pd.DataFrame, caption: str | None = None, max_rows: int | None = None) -> str:
    """A scrollable table, every header and cell escaped; numeric columns right-aligned.

    A column of sentences (half its cells at least :data:`LONG_TEXT` characters) keeps a
    readable width (``long``); a table of :data:`WIDE_COLUMNS` or more columns with one, or of
    :data:`CROWDED_COLUMNS` or more of any cells, is ``wide``: on a large screen it takes more
    than the text's width, so no column is left behind a scroll.

    >>> notes = "Militants attacked a checkpoint on the highway near the town at night."
    >>> wide = pd.DataFrame({c: ["x"] for c in "abcde"} | {"notes": [notes]})
    >>> '<div class="table-wrap wide">' in table(wide), '<td class="long"' in table(wide)
    (True, True)
    >>> '<div class="table-wrap">' in table(wide[["a", "notes"]])
    True
    >>> '<div class="table-wrap wide">' in table(pd.DataFrame({c: ["x"] for c in "abcdefghi"}))
    True
    """
    shown = _display(frame.head(max_rows) if max_rows else frame)
    numeric = [
        pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
        for c in frame.columns
    ]
    long = [
        not n and bool(shown[c].str.len().median() >= LONG_TEXT) if len(shown) else False
        for c, n in zip(shown.columns, numeric, strict=True)
    ]
    klass = [
        ' class="num"' if n else ' class="long"' if w else ""
        for n, w in zip(numeric, long, strict=True)
    ]
    columns = len(frame.columns)
    crowded = columns >= CROWDED_COLUMNS or (any(long) and columns >= WIDE_COLUMNS)
    wide = " wide" if crowded else ""
    head = "".join(f"<th{k}>{esc(c)}</th>" for c, k in zip(shown.columns, klass, strict=True))
    rows = "".join(
        "<tr>"
        + "".join(
            f'<td{k} data-label="{esc(c)}">{esc(v)}</td>'
            for c, v, k in zip(shown.columns, values, klass, strict=True)
        )
        + "</tr>"
        for values in shown.itertuples(index=False, name=None)
    )
    note = ""
    if max_rows and len(frame) > max_rows:
        note = paragraph(f"Showing {max_rows:,} of {len(frame):,} rows.", "note")
    cap = paragraph(caption, "caption") if caption else ""
    return (
        f'<div class="table-wrap{wide}"><table class="data"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>{note}{cap}"
    )


DESKTOP_WIDTH = 9.4  # inches: 902 CSS px, the page's text column on a desktop
DESKTOP_MEDIA = "(min-width: 760px)"
MAX_MAP_HEIGHT = 8.0


def figure_png(fig: Figure, colours: int = 256) -> bytes:
    """The figure as PNG bytes at twice the screen's pixels (``savefig.dpi``), reduced to
    ``colours`` colours (a third of the bytes, no visible loss on charts); no timestamp.
    ``colours=0`` keeps full colour.

    >>> from analysis import plots
    >>> fig, ax = plots.new_figure(height=1.0, width=2.0)
    >>> from PIL import Image
    >>> Image.open(io.BytesIO(figure_png(fig))).size  # 2 × 1 inches at 192 dots an inch
    (384, 192)
    """
    if not colours:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", metadata={"Software": None}, facecolor="white")
        return buffer.getvalue()
    from PIL import Image

    image = _pixels(fig)
    small = io.BytesIO()
    image.quantize(colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        small, format="PNG", optimize=True
    )
    return small.getvalue()


def _pixels(fig: Figure):
    """The figure drawn as :func:`figure_png` draws it (``savefig``, white behind), as a PIL
    RGB image: Agg's pixels taken as they are ("raw"), not written to a PNG and read back.
    Agg's canvas is the figure's size times the dots per inch, each truncated; should the
    pixels not have that count, the figure goes through a lossless PNG as before."""
    import matplotlib as mpl
    from PIL import Image

    dpi = mpl.rcParams["savefig.dpi"]
    dpi = fig.dpi if dpi == "figure" else dpi
    width, height = (int(v * dpi) for v in fig.get_size_inches())
    buffer = io.BytesIO()
    fig.savefig(buffer, format="raw", facecolor="white")
    raw = buffer.getvalue()
    if width * height * 4 == len(raw):
        return Image.frombuffer("RGBA", (width, height), raw).convert("RGB")
    buffer = io.BytesIO()  # an unexpected size: stored uncompressed, read back
    kept = {"compress_level": 0}
    fig.savefig(buffer, format="png", facecolor="white", pil_kwargs=kept)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def desktop_size(fig: Figure) -> tuple[float, float] | None:
    """The figure's size on a desktop screen: the text column's width, the same height (a
    map, marked ``keep_aspect``, grows in both directions); ``None`` when it is wide
    already."""
    width, height = fig.get_size_inches()
    scale = DESKTOP_WIDTH / width
    if scale < 1.15:
        return None
    if getattr(fig, "keep_aspect", False):
        return DESKTOP_WIDTH, min(height * scale, MAX_MAP_HEIGHT)
    return DESKTOP_WIDTH, height


def figure(
    fig: Figure, alt: str | None = None, caption: str | None = None, css: str | None = None
) -> str:
    """The figure as embedded PNGs (``data:`` URIs) with alt text (default: its title): one
    drawn for phones, one drawn again at the page's width for wider screens and print
    (``<picture>``), each at twice the screen's pixels."""
    title = alt
    if title is None:
        titles = [fig.get_suptitle()] + [ax.get_title(loc="left") for ax in fig.axes]
        title = next((t for t in titles if t), "chart")
    phone = figure_png(fig)
    width, height = (int(round(v * 96)) for v in fig.get_size_inches())  # CSS pixels
    source = ""
    wide = desktop_size(fig)
    if wide:
        before = fig.get_size_inches()
        fig.set_size_inches(*wide)
        source = f'<source media="{DESKTOP_MEDIA}" srcset="{_data_uri(figure_png(fig))}">'
        fig.set_size_inches(*before)
    cap = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
    klass = f' class="{esc(css)}"' if css else ""
    return (
        f'<figure{klass}><picture>{source}<img src="{_data_uri(phone)}" alt="{esc(title)}" '
        f'width="{width}" height="{height}" loading="eager"></picture>{cap}</figure>'
    )


def page(title: str, body: str, meta: dict[str, str] | None = None) -> str:
    """A complete, self-contained HTML document."""
    tags = "".join(
        f'<meta name="report:{esc(k)}" content="{esc(v)}">\n' for k, v in (meta or {}).items()
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"{tags}<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
