"""Report parameters: parsed from ``key=value`` strings and checked before any kernel starts.

Every mistake raises :class:`~analysis.errors.UserError` with one message naming the
parameter, so ``analysis report`` prints it and exits with code 2.

Parameters (all optional):

=====================  ==========================================================================
``store``              an event store (``.duckdb``) or an ACLED/UCDP/GTD data file, which is
                       ingested and cleaned into a temporary store first
``country``            a country name or ISO3 code present in the store (case-insensitive),
                       or several, comma-separated (``Burkina Faso, Mali, Niger``): the events
                       of any of them; a name the store holds with a comma in it is one
                       country
``admin1``             comma-separated first-level regions present in the store; a name several
                       countries share (Nord: Burkina Faso, Cameroon) needs ``country``;
                       with several countries, the regions of that name in any of them
``admin2``             comma-separated districts present in the store (compared like ``admin1``);
                       a name several provinces or countries share needs ``admin1`` or
                       ``country``; the report then covers the events known to those districts
                       (not those known only to their province or country), and names each
                       with its province and country
``start``, ``end``     ISO dates (``2024-08-01``); inclusive
``window``             ``last N days|weeks|months`` (``last week`` = ``last 1 week``),
                       ``previous week|calendar month|calendar year`` or ``week|month|year to
                       date`` (:func:`parse_window`), resolved against the **latest event date
                       in the selected region** (the last day an event there may have
                       happened), never later than today; ``analysis batch`` resolves it
                       against ``--as-of`` instead. Exclusive with ``start``/``end``.
``freq``               ``day``, ``week``, ``month`` or ``auto`` (day up to 62 days, week up to a
                       year, month beyond)
``title``              the report's title (default: kind, region and period; the region is
                       the admin1 list with its countries in brackets when both are given, or
                       the admin2 list with its provinces and country in brackets, or the
                       countries)
``compare``            compare with the previous period (yes/no, default yes): as many whole
                       calendar months before when the period is whole months (a month, a
                       quarter, a year), else as many days before (:func:`previous_period`)
``include_unconfirmed`` count events whose claim is unconfirmed (yes/no, default no)
``top``                how many actors/places the rankings show (default 8)
=====================  ==========================================================================

Without dates or window the period is the whole span of the selected events.

>>> parse_bool("Yes", "compare"), parse_bool("0", "compare")
(True, False)
>>> slug("Khyber Pakhtunkhwa, Balochistan")
'khyber-pakhtunkhwa-balochistan'
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from analysis.clean.places import spelling_in_store
from analysis.errors import UserError
from analysis.reference.gazetteer import place_key
from analysis.store.queries import Places, stored_spellings

REPORT_KINDS = ("timeline", "casualties", "actors")
FREQUENCIES = ("day", "week", "month")
PARAM_NAMES = (
    "store",
    "country",
    "admin1",
    "admin2",
    "start",
    "end",
    "window",
    "freq",
    "title",
    "compare",
    "include_unconfirmed",
    "top",
)
FREQ_ALIASES = {
    "daily": "day",
    "days": "day",
    "weekly": "week",
    "weeks": "week",
    "monthly": "month",
    "months": "month",
}
TRUE = ("yes", "y", "true", "1", "on")
FALSE = ("no", "n", "false", "0", "off")
WINDOW = re.compile(r"^\s*last\s+(?:(\d+)\s+)?(day|week|month)s?\s*$", re.IGNORECASE)
CALENDAR_WINDOW = re.compile(
    r"^(?:(previous) (?:calendar )?(week|month|year)|(week|month|year) to date)$"
)


@dataclass(frozen=True)
class ReportParams:
    """Validated, typed report parameters (dates resolved, names spelled as in the store).

    ``country`` is the selection's country when it names one; a selection of several
    countries has ``country`` None and lists them in ``countries`` (``countries`` is empty
    otherwise, so a one-country selection is the same value it always was). ``countries``
    decides: one name there becomes ``country``, several set ``country`` to None (so
    ``replace(p, country=…)`` of a several-country selection also needs ``countries=()``).

    >>> p = ReportParams("s", None, (), date(2024, 8, 1), date(2024, 8, 31), "day", "t",
    ...     True, False, 8, countries=("Mali", "Niger"))
    >>> p.country_names, p.region, p.filters()["country"], p.to_notebook()["country"]
    (('Mali', 'Niger'), 'Mali, Niger', ['Mali', 'Niger'], 'Mali, Niger')
    >>> from dataclasses import replace
    >>> one = replace(p, countries=("Mali",))
    >>> one.country, one.countries, one.filters()["country"]
    ('Mali', (), 'Mali')
    """

    store: str
    country: str | None
    admin1: tuple[str, ...]
    start: date
    end: date
    freq: str
    title: str
    compare: bool
    include_unconfirmed: bool
    top: int
    window: str | None = None
    admin2: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        names = tuple(dict.fromkeys(self.countries))
        if len(names) == 1:  # one country is ``country``, as it always was
            object.__setattr__(self, "country", names[0])
            names = ()
        elif names:
            object.__setattr__(self, "country", None)
        object.__setattr__(self, "countries", names)

    @property
    def country_names(self) -> tuple[str, ...]:
        """Every country the selection names (none: any country)."""
        return self.countries or ((self.country,) if self.country else ())

    @property
    def region(self) -> str:
        """Human-readable region (:func:`region_name`): the admin2 list with its provinces
        and country in brackets, else the admin1 list with its country in brackets when
        given, else the country, else "all regions"."""
        return region_name(self.country_names, self.admin1, self.admin2)

    @property
    def level(self) -> str:
        """What the selection is narrowed to: "district", "province", "country" or "all".

        >>> from dataclasses import replace
        >>> p = ReportParams("s", "Burkina Faso", ("Sahel",), date(2024, 8, 1),
        ...     date(2024, 8, 31), "day", "t", True, False, 8, admin2=("Soum",))
        >>> p.level, replace(p, admin2=()).level, replace(p, admin2=(), admin1=()).level
        ('district', 'province', 'country')
        """
        if self.admin2:
            return "district"
        return "province" if self.admin1 else "country" if self.country_names else "all"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def previous(self) -> tuple[date, date]:
        """The period just before this one (:func:`previous_period`): as many whole calendar
        months when this one is whole months, else as many days."""
        return previous_period(self.start, self.end)

    def filters(self) -> dict[str, object]:
        """Keyword filters for the store's queries (``admin2`` only when districts are
        selected; ``country`` a list when the selection names several)."""
        filters: dict[str, object] = {
            "country": list(self.countries) if self.countries else self.country,
            "admin1": list(self.admin1) or None,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }
        if self.admin2:
            filters["admin2"] = list(self.admin2)
        return filters

    def to_notebook(self) -> dict[str, str]:
        """The parameters papermill injects: strings that :func:`parse_params` reads back."""
        values = asdict(self)
        del values["countries"]  # read back from ``country``: "Burkina Faso, Mali"
        values["country"] = ", ".join(self.country_names)
        values["admin1"] = ", ".join(self.admin1)
        values["admin2"] = ", ".join(self.admin2)
        values["start"], values["end"] = self.start.isoformat(), self.end.isoformat()
        values["compare"] = "yes" if self.compare else "no"
        values["include_unconfirmed"] = "yes" if self.include_unconfirmed else "no"
        values["top"] = str(self.top)
        return {k: ("" if v is None else str(v)) for k, v in values.items()}

    def shown(self) -> list[tuple[str, str]]:
        """The parameters as the report lists them."""
        rows = [
            ("region", self.region),
            ("country", ", ".join(self.country_names) or "any"),
            ("admin1", ", ".join(self.admin1) or "any"),
            *([("admin2", ", ".join(self.admin2))] if self.admin2 else []),
            ("period", f"{self.start.isoformat()} to {self.end.isoformat()} ({self.days} days)"),
        ]
        if self.window:
            rows.append(("window", self.window))
        rows += [
            ("frequency", self.freq),
            ("compared with previous period", "yes" if self.compare else "no"),
            ("unconfirmed claims counted", "yes" if self.include_unconfirmed else "no"),
            ("rankings show", f"top {self.top}"),
            ("store", Path(self.store).name),
        ]
        return rows


def parse_bool(value: str, name: str) -> bool:
    """yes/no, true/false, 1/0, on/off (case-insensitive)."""
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise UserError(f"--param {name}={value!r}: expected yes or no")


def parse_date(value: str, name: str) -> date:
    """An ISO date (``2024-08-01``)."""
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(
            f"--param {name}={value!r}: not a date; write it as YYYY-MM-DD, e.g. 2024-08-01"
        ) from None


WINDOW_EARLIEST = date(1800, 1, 1)  # no event data is older (docs/limits.md)


def parse_window(value: str, anchor: date) -> tuple[date, date]:
    """A rolling window as (first, last) day, both inclusive, resolved against ``anchor``.

    - ``last N days|weeks|months`` (``last week`` = ``last 1 week``): the N units ending on
      ``anchor``;
    - ``previous week`` (Monday to Sunday), ``previous calendar month`` (or ``previous
      month``), ``previous calendar year`` (or ``previous year``): the whole calendar period
      before the one ``anchor`` is in;
    - ``week to date``, ``month to date``, ``year to date``: from the start of ``anchor``'s
      week (Monday), month or year to ``anchor``.

    >>> parse_window("last 30 days", date(2024, 8, 31))
    (datetime.date(2024, 8, 2), datetime.date(2024, 8, 31))
    >>> parse_window("last month", date(2024, 8, 31))
    (datetime.date(2024, 8, 1), datetime.date(2024, 8, 31))
    >>> parse_window("previous calendar month", date(2024, 3, 10))
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> parse_window("previous week", date(2024, 9, 2))  # a Monday
    (datetime.date(2024, 8, 26), datetime.date(2024, 9, 1))
    >>> parse_window("Year to date", date(2024, 9, 2))
    (datetime.date(2024, 1, 1), datetime.date(2024, 9, 2))
    """
    text = " ".join(str(value).lower().split())
    calendar = CALENDAR_WINDOW.match(text)
    if calendar:
        return _calendar_window(calendar.group(1), calendar.group(2) or calendar.group(3), anchor)
    match = WINDOW.match(text)
    if not match or match.group(1) == "0":
        raise UserError(
            f"--param window={value!r}: expected 'last N days', 'last N weeks', 'last N months', "
            "'previous week', 'previous calendar month', 'previous calendar year', "
            "'week to date', 'month to date' or 'year to date'"
        )
    count, unit = int(match.group(1) or 1), match.group(2).lower()
    try:
        if unit == "day":
            first = anchor - timedelta(days=count - 1)
        elif unit == "week":
            first = anchor - timedelta(days=7 * count - 1)
        else:
            first = (pd.Timestamp(anchor) - pd.DateOffset(months=count)).date()
            first += timedelta(days=1)
    except (OverflowError, ValueError, pd.errors.OutOfBoundsDatetime):
        first = date.min
    if first < WINDOW_EARLIEST:
        raise UserError(
            f"--param window={value!r}: starts before {WINDOW_EARLIEST.isoformat()}; "
            "give a shorter window or start/end dates"
        )
    return first, anchor


def _calendar_window(which: str | None, unit: str, anchor: date) -> tuple[date, date]:
    """``previous <unit>`` (``which`` = "previous") or ``<unit> to date`` (``which`` None)."""
    if unit == "week":
        current = anchor - timedelta(days=anchor.weekday())
    elif unit == "month":
        current = anchor.replace(day=1)
    else:
        current = anchor.replace(month=1, day=1)
    if which is None:
        return current, anchor
    last = current - timedelta(days=1)
    if unit == "week":
        return current - timedelta(days=7), last
    if unit == "month":
        return last.replace(day=1), last
    return last.replace(month=1, day=1), last


def whole_months(start: date, end: date) -> int:
    """How many calendar months ``start`` to ``end`` is when it runs from a month's first day
    to a month's last day (1 for a month, 3 for a quarter, 12 for a year), else 0.

    >>> whole_months(date(2025, 4, 1), date(2025, 4, 30)), whole_months(date(2025, 1, 1),
    ...     date(2025, 3, 31)), whole_months(date(2025, 4, 1), date(2025, 4, 29))
    (1, 3, 0)
    """
    if start.day != 1 or end < start or (end + timedelta(days=1)).day != 1:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period a report compares with: just before ``start``, as many whole calendar
    months when ``start`` to ``end`` is whole months (April against March, a quarter
    against the quarter before, a year against the year before: month-precision events,
    counted on the 1st, are in both), else as many days.

    >>> previous_period(date(2025, 4, 1), date(2025, 4, 30))
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 31))
    >>> previous_period(date(2025, 1, 1), date(2025, 3, 31))
    (datetime.date(2024, 10, 1), datetime.date(2024, 12, 31))
    >>> previous_period(date(2024, 8, 25), date(2024, 8, 26))
    (datetime.date(2024, 8, 23), datetime.date(2024, 8, 24))
    """
    months = whole_months(start, end)
    if months:
        index = start.year * 12 + start.month - 1 - months
        if index >= 12:  # year 1 or later
            return date(index // 12, index % 12 + 1, 1), start - timedelta(days=1)
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def auto_freq(start: date, end: date) -> str:
    """day up to 62 days, week up to 366 days, month beyond.

    >>> auto_freq(date(2024, 8, 1), date(2024, 8, 31))
    'day'
    >>> auto_freq(date(2020, 1, 1), date(2024, 1, 1))
    'month'
    """
    days = (end - start).days + 1
    return "day" if days <= 62 else "week" if days <= 366 else "month"


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (accents dropped)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def name_slug(text: str) -> str:
    """A name's part of a report's or a batch job's name: :func:`file_slug`'s (accents
    dropped; a name with a letter that has no ASCII form, Cyrillic, Arabic …, gets the first
    8 hex digits of the SHA-256 of its text, so that two such names stay two).

    >>> name_slug("Tillabéri"), name_slug("Khyber Pakhtunkhwa"), name_slug("x")
    ('tillaberi', 'khyber-pakhtunkhwa', 'x')
    >>> name_slug("Донецк") == "x-" + hashlib.sha256("Донецк".encode()).hexdigest()[:8]
    True
    >>> name_slug("Donetsk Донецк") != name_slug("Donetsk Донецкая") != name_slug("Donetsk")
    True
    """
    return file_slug(text)


def file_slug(text: str) -> str:
    """:func:`slug`, safe as part of a file name on every system (lower-case ASCII letters,
    digits and hyphens), and still telling names apart when they are written in another
    script: when a letter or digit of ``text`` has no ASCII form (Arabic, Cyrillic, CJK …),
    the first 8 hex digits of the SHA-256 of ``text`` (NFC) follow.

    >>> file_slug("Tillabéri"), file_slug('../x"<y>'), file_slug("Niger / Mali")
    ('tillaberi', 'x-y', 'niger-mali')
    >>> file_slug("Донецк") == "x-" + hashlib.sha256("Донецк".encode()).hexdigest()[:8]
    True
    >>> file_slug("Donetsk Донецк").startswith("donetsk-"), file_slug("Донецк") != file_slug("Київ")
    (True, True)
    """
    text = unicodedata.normalize("NFC", str(text))
    base = slug(text)
    lost = any(
        ch.isalnum() and not unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
        for ch in text
    )
    if not lost:
        return base
    return f"{base}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def region_name(
    country: str | Sequence[str] | None,
    admin1: tuple[str, ...] | list[str],
    admin2: tuple[str, ...] | list[str] = (),
) -> str:
    """A selection's region in words: the admin2 list, followed by its provinces and
    country in brackets (districts of one name exist in several provinces), else the admin1
    list, followed by its country in brackets when one is given (regions of one name exist
    in several countries: Nord in Burkina Faso and Cameroon), else the country, else "all
    regions". ``country`` may be several countries (a list): they are named together.

    >>> region_name("Burkina Faso", ("Nord",)), region_name(None, ("Sindh", "Punjab"))
    ('Nord (Burkina Faso)', 'Sindh, Punjab')
    >>> region_name("Pakistan", ()), region_name(None, ())
    ('Pakistan', 'all regions')
    >>> region_name("Burkina Faso", ("Sahel",), ("Soum",))
    'Soum (Sahel, Burkina Faso)'
    >>> region_name(["Burkina Faso", "Mali"], ()), region_name(("Mali", "Niger"), ("Ménaka",))
    ('Burkina Faso, Mali', 'Ménaka (Mali, Niger)')
    """
    if not isinstance(country, str):
        country = ", ".join(country or ()) or None
    if admin2:
        where = ", ".join([*admin1, *([country] if country else [])])
        return ", ".join(admin2) + (f" ({where})" if where else "")
    if admin1:
        return ", ".join(admin1) + (f" ({country})" if country else "")
    return country or "all regions"


def output_name(kind: str, params: ReportParams) -> str:
    """``<kind>_<region slug>_<start>_<end>.html`` (:func:`region_slug`).

    >>> p = ReportParams("s", "Pakistan", ("Balochistan",), date(2024, 8, 1), date(2024, 8, 31),
    ...     "day", "t", True, False, 8)
    >>> output_name("timeline", p)
    'timeline_balochistan-pakistan_2024-08-01_2024-08-31.html'
    """
    return f"{kind}_{region_slug(params)}_{params.start.isoformat()}_{params.end.isoformat()}.html"


def region_slug(params: ReportParams, make: Callable[[str], str] | None = None) -> str:
    """The region part of an output name: the admin2 list joined, then the admin1 list, then
    the countries when given (so Burkina Faso's and Cameroon's Nord get two names, and
    a district's name holds its province's), or the countries alone, or ``all``; ``make``
    turns that text into the name (:func:`file_slug` for downloads).

    Without ``make`` (a report's own file name) it is :func:`slug` of that text, unless one
    of its names has a letter with no ASCII form (written in another script, wholly or in
    part): then each name is :func:`name_slug`'s, joined by hyphens, so that two regions in
    Cyrillic (or in Arabic) of one country get two names, and neither the name of the whole
    country.

    >>> p = ReportParams("s", None, ("Sindh", "Punjab"), date(2024, 8, 1), date(2024, 8, 31),
    ...     "day", "t", True, False, 8)
    >>> from dataclasses import replace
    >>> region_slug(p), region_slug(replace(p, country="Pakistan", admin1=("Sindh",)))
    ('sindh-punjab', 'sindh-pakistan')
    >>> region_slug(replace(p, country="Burkina Faso", admin1=("Sahel",), admin2=("Soum",)))
    'soum-sahel-burkina-faso'
    >>> region_slug(replace(p, admin1=(), countries=("Burkina Faso", "Mali", "Niger")))
    'burkina-faso-mali-niger'
    >>> kyiv = hashlib.sha256("Київ".encode()).hexdigest()[:8]
    >>> region_slug(replace(p, country="Ukraine", admin1=("Київ",))) == f"x-{kyiv}-ukraine"
    True
    """
    countries = "-".join(params.country_names)
    if params.admin1 or params.admin2:
        text = "-".join((*params.admin2, *params.admin1, countries))
        names = [*params.admin2, *params.admin1, *params.country_names]
    else:
        text, names = countries or "all", list(params.country_names) or ["all"]
    if make is not None:
        return make(text)
    if all(name_slug(name) == slug(name) for name in names):
        return slug(text)
    return "-".join(name_slug(name) for name in names)


def _regions(name: str, countries: list[str], places: Places) -> list[str]:
    """The admin1 region ``name`` as the store spells it in each of ``countries`` that has
    a region of that name (at least one must).

    >>> from analysis.store.queries import Places
    >>> places = Places(regions={"nord": {"burkina faso": ("Nord", "Burkina Faso"),
    ...     "cameroon": ("Nord", "Cameroon")}, "sahel": {"burkina faso": ("Sahel", "Burkina Faso")}})
    >>> _regions("nord", ["Burkina Faso", "Cameroon"], places)
    ['Nord']
    >>> _regions("Sahel", ["Cameroon", "Burkina Faso"], places)
    ['Sahel']
    >>> _regions("Sahel", ["Cameroon", "Mali"], places)
    Traceback (most recent call last):
    analysis.errors.UserError: --param admin1='Sahel': no region of that name of Cameroon or Mali in the store; the store has: Nord
    """  # noqa: E501
    if len(countries) < 2:
        return [_region(name, countries[0] if countries else None, places)]
    found = [places.admin1_of(name, country) for country in countries]
    names = list(dict.fromkeys(f[0] for f in found if f is not None))
    if names:
        return names
    wanted = {c.lower() for c in countries}
    candidates = [
        n for by_country in places.regions.values() for n, c in by_country.values()
        if c.lower() in wanted
    ]  # fmt: skip
    raise UserError(
        f"--param admin1={name!r}: no region of that name of {' or '.join(countries)} in the "
        f"store{_suggest(name, sorted(set(candidates)))}"
    )


def _region(name: str, country: str | None, places: Places) -> str:
    """The admin1 region ``name`` as the store spells it: of ``country`` when given, else of
    the one country that has a region of that name. A name several countries share (Nord:
    Burkina Faso and Cameroon) needs the country.

    >>> from analysis.store.queries import Places
    >>> places = Places(regions={"nord": {"burkina faso": ("Nord", "Burkina Faso"),
    ...     "cameroon": ("Nord", "Cameroon")}, "sahel": {"burkina faso": ("Sahel", "Burkina Faso")}})
    >>> _region("nord", "Cameroon", places), _region("SAHEL", None, places)
    ('Nord', 'Sahel')
    >>> _region("Nord", None, places)
    Traceback (most recent call last):
    analysis.errors.UserError: --param admin1='Nord': a region of both Burkina Faso and Cameroon in the store; give the country too (country=Burkina Faso or country=Cameroon)
    """  # noqa: E501
    if country:
        found = places.admin1_of(name, country)
        if found is None:
            candidates = [
                n
                for by_country in places.regions.values()
                for n, c in by_country.values()
                if c.lower() == country.lower()
            ]
            raise UserError(
                f"--param admin1={name!r}: no region of that name of {country} in the store"
                f"{_suggest(name, sorted(set(candidates)))}"
            )
        return found[0]
    found_in = places.admin1_in(name)
    if not found_in:
        candidates = [n for by_country in places.regions.values() for n, _ in by_country.values()]
        raise UserError(
            f"--param admin1={name!r}: no region of that name in the store"
            f"{_suggest(name, sorted(set(candidates)))}"
        )
    named = [c for _, c in found_in if c]
    if len(named) > 1:
        both = "both " if len(named) == 2 else ""
        countries = ", ".join(named[:-1]) + " and " + named[-1]
        hints = " or ".join(f"country={c}" for c in named)
        raise UserError(
            f"--param admin1={name!r}: a region of {both}{countries} in the store; "
            f"give the country too ({hints})"
        )
    return next((n for n, c in found_in if c), found_in[0][0])


def _district(
    name: str, country: str | list[str] | None, admin1: list[str], places: Places
) -> tuple[str, str, str]:
    """The district ``name`` as the store spells it, with its province and country: of
    ``country`` (one, or any of a list) and of a province of ``admin1`` when given, else
    the one district of that name. A name several provinces or countries share (Nord:
    Burkina Faso and Cameroon) needs the province or the country.

    >>> from analysis.store.queries import Places
    >>> places = Places(districts={"nord": (("Nord", "Nord", "Burkina Faso"),
    ...     ("Nord", "Est", "Cameroon")), "soum": (("Soum", "Sahel", "Burkina Faso"),)})
    >>> _district("SOUM", None, [], places), _district("nord", "Cameroon", [], places)
    (('Soum', 'Sahel', 'Burkina Faso'), ('Nord', 'Est', 'Cameroon'))
    >>> _district("Nord", None, [], places)
    Traceback (most recent call last):
    analysis.errors.UserError: --param admin2='Nord': a district of both Nord (Burkina Faso) and Est (Cameroon) in the store; give the country too (country=Burkina Faso or country=Cameroon)
    """  # noqa: E501
    everywhere = places.admin2_in(name)
    wanted = {place_key(p) for p in admin1}
    countries = [country] if isinstance(country, str) else list(country or [])
    of = {c.lower() for c in countries}
    country = ", ".join(countries) or None
    found = [
        d
        for d in everywhere
        if (not of or d[2].lower() in of) and (not wanted or place_key(d[1]) in wanted)
    ]
    if not found:
        within = [*admin1, *([country] if country else [])]
        scope = f" of {', '.join(within)}" if within else ""
        candidates = [
            d
            for by_name in places.districts.values()
            for d in by_name
            if (not of or d[2].lower() in of) and (not wanted or place_key(d[1]) in wanted)
        ]
        raise UserError(
            f"--param admin2={name!r}: no district of that name{scope} in the store"
            f"{_suggest(name, sorted({d[0] for d in candidates}))}"
        )
    if len(found) > 1:
        both = "both " if len(found) == 2 else ""
        where = [f"{p or '?'} ({c or '?'})" for _, p, c in found]
        listed = ", ".join(where[:-1]) + " and " + where[-1]
        countries = [c for _, _, c in found]
        provinces = [place_key(p) for _, p, _ in found]
        if len(set(countries)) == len(countries):
            need, hints = "the country", [f"country={c}" for c in countries]
        elif len(set(provinces)) == len(provinces):
            need, hints = "the province", [f"admin1={p}" for _, p, _ in found]
        else:
            need = "the province and country"
            hints = [f"admin1={p}, country={c}" for _, p, c in found]
        raise UserError(
            f"--param admin2={name!r}: a district of {both}{listed} in the store; "
            f"give {need} too ({' or '.join(hints)})"
        )
    return found[0]


def _as_stored(
    name: str, level: str, countries: list[str], places: Places, store: str | Path
) -> str:
    """The province (``level`` admin1) or district (admin2) ``name`` as the store spells it
    (:func:`~analysis.clean.places.spelling_in_store`), when the store holds no place of that
    name in ``countries`` (any country when empty): a name a source wrote ("Nineveh
    governorate"), an alias ("FATA"), or the store's spelling before the cleaning's rules
    changed ("Nineveh", now "Ninewa"). Else ``name`` as given, for the lookups that follow
    to accept or refuse.

    >>> _as_stored("Sahel", "admin1", [], Places(admin1={"sahel": ("Sahel", "Burkina Faso")}),
    ...     "no-such-store.duckdb")
    'Sahel'
    """
    wanted = {c.lower() for c in countries}
    if level == "admin1":
        held = [country for _, country in places.admin1_in(name)]
    else:
        held = [country for _, _, country in places.admin2_in(name)]
    if any(not wanted or country.lower() in wanted for country in held):
        return name
    codes = [places.iso3[c] for c in sorted(wanted) if c in places.iso3]
    if (wanted and not codes) or not Path(store).is_file():
        return name
    found = spelling_in_store(name, level, codes, stored_spellings(store))
    spellings = sorted({spelling for _, spelling in found})
    if len(spellings) > 1:
        kind = "region" if level == "admin1" else "district"
        listed = " or ".join(f"{s} ({c})" for c, s in found)
        raise UserError(
            f"--param {level}={name!r}: no {kind} of that name in the store, but the cleaning "
            f"spells it {listed}; give one of those"
        )
    return spellings[0] if spellings else name


def _suggest(value: str, names: list[str]) -> str:
    close = difflib.get_close_matches(value.lower(), [n.lower() for n in names], n=1, cutoff=0.6)
    if close:
        original = next(n for n in names if n.lower() == close[0])
        return f" (did you mean {original}?)"
    shown = ", ".join(sorted(names)[:12])
    return f"; the store has: {shown}{' …' if len(names) > 12 else ''}" if names else ""


def parse_params(
    raw: dict[str, object],
    places: Places,
    store: str | Path,
    kind_title: str = "Report",
    dates_in: Callable[..., tuple[date | None, date | None]] | None = None,
    resolved: bool = False,
    as_of: date | None = None,
) -> ReportParams:
    """Check and type ``raw`` (``key -> value`` strings) against what the store holds.

    ``dates_in(country, admin1) -> (first, last)`` gives the date span of a selection (for the
    window anchor and the default period; ``dates_in(country, admin1, admin2)`` when districts
    are selected); without it the store's whole span is used. Districts (``admin2``) narrow
    ``admin1`` to their provinces and ``country`` to theirs when they share one.
    ``resolved`` accepts a window together with the start/end it was resolved to (the
    parameters a notebook receives from :meth:`ReportParams.to_notebook`). ``as_of`` is the
    day a window is resolved against (scheduled reports); without it, the latest event date of
    the selection, never later than today. ``store`` in
    ``raw`` is ignored here: the caller has already opened it.
    """
    raw = {
        k.strip().lower().replace("-", "_"): (
            ", ".join(str(part) for part in v) if isinstance(v, list | tuple) else v
        )
        for k, v in raw.items()
    }
    unknown = sorted(set(raw) - set(PARAM_NAMES))
    if unknown:
        raise UserError(f"--param {unknown[0]}: unknown parameter; use {', '.join(PARAM_NAMES)}")
    text = {
        k: str(v).strip()
        for k, v in raw.items()
        if k != "store" and v is not None and str(v).strip()
    }

    countries = _countries(text.get("country", ""), places)
    country = countries[0] if len(countries) == 1 else None
    chosen: str | list[str] | None = country or countries or None  # as the store takes it

    admin1: list[str] = []
    for name in (part.strip() for part in text.get("admin1", "").split(",")):
        if not name:
            continue
        name = _as_stored(name, "admin1", countries, places, store)
        for found in _regions(name, countries, places):
            if found not in admin1:
                admin1.append(found)

    districts: list[tuple[str, str, str]] = []
    for name in (part.strip() for part in text.get("admin2", "").split(",")):
        if not name:
            continue
        name = _as_stored(name, "admin2", countries, places, store)
        found_district = _district(name, chosen, admin1, places)
        if found_district not in districts:
            districts.append(found_district)
    admin2 = [d for d, _, _ in districts]
    if districts and all(p for _, p, _ in districts):
        admin1 = list(dict.fromkeys(p for _, p, _ in districts))
    if districts and not countries and len({c for _, _, c in districts}) == 1:
        country = chosen = districts[0][2] or None

    window = text.get("window")
    if window and ("start" in text or "end" in text) and not resolved:
        raise UserError("--param window: give either window or start/end, not both")
    first, last = places.first, places.last
    if dates_in and not ("start" in text and "end" in text and not window):
        # the selection's dates, asked of the store only when the period is not given
        first, last = dates_in(chosen, admin1, admin2) if admin2 else dates_in(chosen, admin1)
    today = date.today()
    anchor = as_of or (min(last, today) if last else today)
    if window and not ("start" in text and "end" in text):
        start, end = parse_window(window, anchor)
    else:
        start = parse_date(text["start"], "start") if "start" in text else (first or anchor)
        end = parse_date(text["end"], "end") if "end" in text else max(anchor, start)
        if end < start:
            raise UserError(f"--param end={end.isoformat()}: before start={start.isoformat()}")
        if window:
            parse_window(window, anchor)  # still a valid window expression

    freq = text.get("freq", "auto").lower()
    freq = FREQ_ALIASES.get(freq, freq)
    if freq == "auto":
        freq = auto_freq(start, end)
    if freq not in FREQUENCIES:
        raise UserError(f"--param freq={text['freq']!r}: expected day, week, month or auto")

    top = text.get("top", "8")
    if not top.isdigit() or not 1 <= int(top) <= 50:
        raise UserError(f"--param top={top!r}: expected a whole number from 1 to 50")

    region = region_name(countries if len(countries) > 1 else country, admin1, admin2)
    period = f"{start:%-d %b %Y} – {end:%-d %b %Y}" if start != end else f"{start:%-d %b %Y}"
    return ReportParams(
        store=str(store),
        country=country,
        admin1=tuple(admin1),
        start=start,
        end=end,
        freq=freq,
        title=text.get("title") or f"{kind_title}: {region}, {period}",
        compare=parse_bool(text.get("compare", "yes"), "compare"),
        include_unconfirmed=parse_bool(
            text.get("include_unconfirmed", "no"), "include_unconfirmed"
        ),
        top=int(top),
        window=window,
        admin2=tuple(admin2),
        countries=tuple(countries) if len(countries) > 1 else (),
    )


def _countries(value: str, places: Places) -> list[str]:
    """The countries ``value`` names, as the store spells them: one name or ISO3 code, or
    several, comma-separated (a name the store holds with a comma in it is one country);
    each once, in the order given.

    >>> places = Places(countries={"mali": "Mali", "mli": "Mali", "niger": "Niger",
    ...     "congo, dem. rep.": "Congo, Dem. Rep."})
    >>> _countries("MLI, Niger, mali", places), _countries("Congo, Dem. Rep.", places)
    (['Mali', 'Niger'], ['Congo, Dem. Rep.'])
    >>> _countries("Mali, Nigerr", places)
    Traceback (most recent call last):
    analysis.errors.UserError: --param country='Mali, Nigerr': no events for 'Nigerr' in the store (did you mean Niger?)
    """  # noqa: E501
    value = value.strip()
    if not value:
        return []
    parts = [value] if value.lower() in places.countries else value.split(",")
    parts = [part.strip() for part in parts if part.strip()]
    found: list[str] = []
    for part in parts:
        if part.lower() not in places.countries:
            names = sorted(set(places.countries.values()))
            what = "this country" if len(parts) == 1 else repr(part)
            raise UserError(
                f"--param country={value!r}: no events for {what} in the "
                f"store{_suggest(part, names)}"
            )
        name = places.countries[part.lower()]
        if name not in found:
            found.append(name)
    return found
