"""Errors a user can fix: the CLI prints their message and exits with code 2.

>>> str(UserError("events.csv: file not found"))
'events.csv: file not found'
"""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A mistake in the input or the command (missing file, unknown column, bad option)."""


class ReferenceTableError(UserError, ValueError):
    """A reference table (the package's, or one of ``$ANALYSIS_REFERENCE_DIR``'s that
    replaces it) the project cannot use as written: the message names the table, the row
    or value and what is wrong. A :class:`UserError`, so the CLI prints it on one line.

    >>> isinstance(ReferenceTableError("regions.csv: row 3: no such unit"), UserError)
    True
    """


def not_a_file(path: str | Path) -> UserError:
    """The one line for a path given as a file that is not one: a folder (name its files
    instead) or nothing at all.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> str(not_a_file(folder)).endswith("is a folder, not a file; give the files in it (e.g. "
    ...     + folder + "/*.csv)")
    True
    >>> str(not_a_file("no/such.csv"))
    'no/such.csv: file not found'
    """
    path = Path(path)
    if path.is_dir():
        return UserError(
            f"{path}: is a folder, not a file; give the files in it (e.g. {path}/*.csv)"
        )
    return UserError(f"{path}: file not found")


# What a file that is not text starts with, and what to do with it.
BINARY_FILES = {
    b"PK\x03\x04": "a ZIP archive, not text (a workbook? name it .xlsx; tables packed in it? "
    "name it .zip)",
    b"\xd0\xcf\x11\xe0": "an old Excel workbook (.xls) or another OLE file, not text: save it as "
    ".xlsx or CSV",
    b"\x1f\x8b": "gzip-compressed, not text: name it .gz (events.csv.gz) to read it",
    b"%PDF": "a PDF document, not a table",
    b"SQLite format 3\x00": "an SQLite database, not a table",
}


def not_text(path: str | Path, head: bytes) -> UserError | None:
    """The one line for a file given as a table that starts as a binary format does (a
    workbook or archive renamed .csv, say), else None.

    >>> print(not_text("events.csv", b"PK\\x03\\x04\\x14\\x00"))  # doctest: +NORMALIZE_WHITESPACE
    events.csv: is a ZIP archive, not text (a workbook? name it .xlsx;
    tables packed in it? name it .zip)
    >>> not_text("events.csv", b"event_id,date") is None
    True
    """
    for start, what in BINARY_FILES.items():
        if head.startswith(start):
            return UserError(f"{path}: is {what}")
    return None


def printable(text: str, most: int = 60) -> str:
    """``text`` with control characters shown as escapes and cut to ``most`` characters: for
    quoting what a file holds in a one-line message.

    >>> print(printable("PK\\x03\\x04\\x14 docProps"))
    PK\\x03\\x04\\x14 docProps
    >>> printable("x" * 70)
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
    """
    shown = "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in text[: most + 1]
    )
    return shown if len(shown) <= most else shown[:most] + "…"


def read_utf8(path: str | Path, what: str, max_bytes: int | None = None) -> str:
    """The text of the small file at ``path`` (``what`` names it in messages), read as
    UTF-8 (a byte-order mark is dropped); a missing file, one over ``max_bytes`` or one
    that is not UTF-8 is a :class:`UserError` of one line.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "ids.txt").write_bytes(b"ACLED1\\nPAK\\xe9")
    11
    >>> read_utf8(folder / "ids.txt", "deletion list")
    Traceback (most recent call last):
    ...
    analysis.errors.UserError: ...ids.txt: not UTF-8 text (byte 11); save the deletion list as UTF-8
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: {what} not found")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise UserError(f"{path}: {size:,} bytes, over the limit of {max_bytes:,} for this {what}")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path}: not UTF-8 text (byte {exc.start + 1}); save the {what} as UTF-8"
        ) from None
