"""Tables published inside an archive, read as the files they hold.

UCDP publishes its GED as a ZIP (``ged251-csv.zip`` holding ``GEDEvent_v25_1.csv``), and
tables are often passed on gzip-compressed (``events.csv.gz``). :func:`unpack` writes the
tables such an archive holds into a folder (beside the store: a system temp folder may be
memory), block by block, and names each one ``<archive> [<member>]``: that name, not
the unpacked file's, is what every count, message, quarantine row and the ingest log show.

What is unpacked, and what is refused in one line (:class:`~analysis.errors.UserError`):

- a ZIP's CSV, TSV, XLSX and JSON members, in name order; other members (a codebook PDF,
  a readme, an archive inside the archive) are skipped with a warning naming them;
  folders and the ``__MACOSX/`` copies macOS adds are not members;
- a ``.gz`` file is one table, named by what is left of its name (``events.csv``);
- refused: an archive that is damaged or holds no table, an encrypted member, a method
  Python cannot unpack (Windows' Deflate64), more than :data:`MAX_MEMBERS` members, and
  tables that would not fit the disk beside the store (their declared size, and whatever a
  member really unpacks to, are checked against the free space before and while writing).

A member is written under a name of the project's own (``0001.csv``): its path in the
archive (``../x.csv``, an absolute path) never decides where anything is written.

>>> import tempfile, zipfile
>>> folder = Path(tempfile.mkdtemp())
>>> with zipfile.ZipFile(folder / "ged-csv.zip", "w") as archive:
...     archive.writestr("GEDEvent.csv", "id,best\\n1,3\\n")
...     archive.writestr("codebook.pdf", "%PDF-1.4")
>>> tables, warnings = unpack(folder / "ged-csv.zip", folder / "out")
>>> [(t.name.endswith("ged-csv.zip [GEDEvent.csv]"), t.path.name) for t in tables]
[(True, '0001.csv')]
>>> warnings[0].endswith("ged-csv.zip: skipped 1 member(s) that are not tables: codebook.pdf")
True
"""

from __future__ import annotations

import contextlib
import gzip
import re
import shutil
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import IO

from analysis.errors import UserError, printable
from analysis.sources.reader_result import Parsed

ARCHIVE_SUFFIXES = (".zip", ".gz")
TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".json", ".dta")
MAX_MEMBERS = 10_000  # members listed in a ZIP's directory (each costs memory to list)
COPY_BLOCK = 1 << 20
FREE_MARGIN = 256 << 20  # disk left free beside the store after unpacking
_MEMBER = re.compile(r"(\.(?:zip|gz)) \[", re.IGNORECASE)  # where a member's name starts


@dataclass(frozen=True)
class InputFile:
    """A file to read: ``path`` is read, ``name`` is shown (the path as given, or
    ``<archive> [<member>]`` for a table unpacked from an archive), with the archive's
    ``warnings`` (members skipped) on its first table.

    >>> InputFile.given("data/acled.csv")
    InputFile(name='data/acled.csv', path=PosixPath('data/acled.csv'), warnings=())
    >>> member = InputFile("ged.zip [GED.csv]", Path("/tmp/x/0001.csv"))
    >>> try:
    ...     with member.messages():
    ...         raise UserError("/tmp/x/0001.csv: row 3, column best: not a number")
    ... except UserError as exc:
    ...     print(exc)
    ged.zip [GED.csv]: row 3, column best: not a number
    """

    name: str
    path: Path
    warnings: tuple[str, ...] = ()

    @classmethod
    def given(cls, path: str | Path) -> InputFile:
        """A file as given on the command line."""
        return cls(str(path), Path(path))

    def shown(self, parsed: Parsed) -> Parsed:
        """``parsed`` with this file's name where a reader wrote the path it read: the
        provenance of events, quarantined and repaired rows, and the warnings."""
        read = str(self.path)
        if self.name == read:
            return parsed
        return replace(
            parsed,
            events=parsed.events.assign(source_file=self.name),
            quarantine=parsed.quarantine.assign(source_file=self.name),
            repairs=parsed.repairs.assign(source_file=self.name),
            warnings=[w.replace(read, self.name) for w in parsed.warnings],
        )

    @contextlib.contextmanager
    def messages(self) -> Iterator[None]:
        """A :class:`UserError` raised inside names this file as shown, not as read."""
        try:
            yield
        except UserError as exc:
            if self.name == str(self.path) or str(self.path) not in str(exc):
                raise
            raise UserError(str(exc).replace(str(self.path), self.name)) from None


def short_name(name: str) -> str:
    """A file's name as shown without its folders; a table unpacked from an archive keeps
    its member's path.

    >>> short_name("data/acled.csv"), short_name("dl/ged251-csv.zip [ged/GEDEvent_v25_1.csv]")
    ('acled.csv', 'ged251-csv.zip [ged/GEDEvent_v25_1.csv]')
    """
    found = _MEMBER.search(name)
    if found and name.endswith("]"):
        return Path(name[: found.start() + len(found[1])]).name + name[found.end() - 2 :]
    return Path(name).name


def is_archive(path: str | Path) -> bool:
    """Whether ``path`` is read as an archive (by its name: ``.zip``, ``.gz``).

    >>> is_archive("ged251-csv.zip"), is_archive("events.CSV.GZ"), is_archive("events.xlsx")
    (True, True, False)
    """
    return Path(path).suffix.lower() in ARCHIVE_SUFFIXES


def unpack(path: str | Path, folder: str | Path) -> tuple[list[InputFile], list[str]]:
    """The tables of the archive at ``path`` written into ``folder`` (made if missing), and
    the warnings to show (members skipped). See the module docstring for what is refused."""
    path, folder = Path(path), Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".gz":
        return [_gunzip(path, folder)], []
    return _unzip(path, folder)


def free_bytes(folder: Path) -> int:
    """The bytes that may be written into ``folder``: its disk's free space less
    :data:`FREE_MARGIN`.

    >>> free_bytes(Path(".")) >= 0
    True
    """
    return max(shutil.disk_usage(folder).free - FREE_MARGIN, 0)


def _unzip(path: Path, folder: Path) -> tuple[list[InputFile], list[str]]:
    listed = _listed_members(path)
    if listed > MAX_MEMBERS:
        raise UserError(
            f"{path}: lists {listed:,} members, over the limit of {MAX_MEMBERS:,}; "
            "unzip it and give its tables"
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(f"{path}: not a ZIP archive that can be read ({exc})") from None
    with archive:
        members = [m for m in archive.infolist() if not _not_a_member(m.filename)]
        tables = sorted(
            (m for m in members if PurePosixPath(m.filename).suffix.lower() in TABLE_SUFFIXES),
            key=lambda m: m.filename,
        )
        skipped = [m.filename for m in members if m not in tables]
        if not tables:
            held = ", ".join(printable(name, 60) for name in skipped[:5]) or "nothing"
            raise UserError(
                f"{path}: holds no CSV, TSV, XLSX, JSON or Stata table (it holds: {held})"
            )
        needed, free = sum(m.file_size for m in tables), free_bytes(folder)
        if needed > free:
            raise UserError(
                f"{path}: its tables unpack to {needed:,} bytes, more than the {free:,} "
                f"free beside the store ({folder.parent})"
            )
        unpacked = []
        for number, member in enumerate(tables, start=1):
            name = f"{path} [{printable(member.filename, 200)}]"
            if member.flag_bits & 0x1:
                raise UserError(f"{name}: encrypted; unzip it with its password first")
            target = folder / f"{number:04d}{PurePosixPath(member.filename).suffix.lower()}"
            try:
                with archive.open(member) as source:
                    _copy(source, target, name, free)
            except NotImplementedError:
                raise UserError(
                    f"{name}: compressed with a method Python cannot unpack (compress_type "
                    f"{member.compress_type}, e.g. Windows' Deflate64); unzip it with "
                    "another tool and give the table"
                ) from None
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise UserError(f"{name}: damaged ({exc}); download the archive again") from None
            free -= target.stat().st_size
            unpacked.append(InputFile(name, target))
    warnings = []
    if skipped:
        shown = ", ".join(printable(name, 60) for name in skipped[:5])
        more = f" and {len(skipped) - 5:,} more" if len(skipped) > 5 else ""
        warnings.append(
            f"{path}: skipped {len(skipped):,} member(s) that are not tables: {shown}{more}"
        )
    return unpacked, warnings


def _gunzip(path: Path, folder: Path) -> InputFile:
    inner = Path(path.name[: -len(path.suffix)])
    suffix = inner.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise UserError(
            f"{path}: a gzip-compressed {inner.suffix or 'file without a suffix'}; "
            "compress a CSV, TSV, XLSX, JSON or Stata table (events.csv.gz)"
        )
    name = f"{path} [{inner}]"
    target = folder / f"0001{suffix}"
    try:
        with gzip.open(path, "rb") as source:
            _copy(source, target, name, free_bytes(folder))
    except (gzip.BadGzipFile, zlib.error, EOFError, OSError) as exc:
        raise UserError(f"{name}: damaged ({exc}); download it again") from None
    return InputFile(name, target)


def _copy(source: IO[bytes], target: Path, name: str, limit: int) -> None:
    """Copy block by block; stop with a :class:`UserError` past ``limit`` bytes."""
    written = 0
    with target.open("wb") as out:
        while block := source.read(COPY_BLOCK):
            written += len(block)
            if written > limit:
                raise UserError(
                    f"{name}: unpacks to more than the {limit:,} bytes free beside the store"
                )
            out.write(block)


def _not_a_member(filename: str) -> bool:
    """Folders and the resource-fork copies macOS adds (``__MACOSX/``, ``._x.csv``)."""
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    return (
        filename.endswith(("/", "\\"))
        or not parts
        or parts[0] == "__MACOSX"
        or (parts[-1].startswith("._"))
    )


def _listed_members(path: Path) -> int:
    """How many members the ZIP's end record lists, read before the directory itself (which
    :class:`zipfile.ZipFile` reads whole into memory); 0 when there is no end record."""
    read_end = getattr(zipfile, "_EndRecData", None)  # the stdlib's own reader, private
    if read_end is None:  # a Python without it: the directory is listed as it is read
        return 0
    try:
        with path.open("rb") as handle:
            end = read_end(handle)
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc})") from None
    if not end:
        return 0
    return int(end[getattr(zipfile, "_ECD_ENTRIES_TOTAL", 4)])
