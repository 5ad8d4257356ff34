"""Date phrases resolved against the publication date.

"on Sunday" is the most recent Sunday on or before the publication date ("Sunday night" is
the same day); "on Sunday and Monday" spans both; "yesterday" and "last night" are the day
before; "last week" is the previous Monday–Sunday (precision week); "25 August" or "August
25" is the most recent such day on or before publication (a year may be given). A date
right after "said" / "told …" / "announced" is when something was *said*, not when it
happened: it is returned with ``reporting=True``.

>>> from datetime import date
>>> [(m.start.isoformat(), m.end.isoformat(), m.precision, m.reporting)
...  for m in find_dates("On Sunday night gunmen struck, officials said on Monday.",
...                      date(2024, 8, 26))]
[('2024-08-25', '2024-08-25', 'day', False), ('2024-08-26', '2024-08-26', 'day', True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# every month's full name, capitalised, as one regex alternation ("January|…|December")
MONTH_NAMES = "|".join(month.capitalize() for month in MONTHS)
# the days of the week, as one regex alternation, to be matched ignoring case
DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# the short forms written with a day: "12 Oct", "Sept 3"
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" + (
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = rf"(?:{DAY_NAMES})"
_PART = r"(?:\s+(?:night|morning|evening|afternoon))?"
_PATTERNS = [
    ("weekday", re.compile(rf"\b(?P<a>{_DAY}){_PART}(?:\s+and\s+(?P<b>{_DAY}){_PART})?\b", re.I)),
    (
        "day_month",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})\b\.?"
            r"(?:,?\s+(?P<y>\d{4}))?",
            re.I,
        ),
    ),
    (
        "month_day",
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<y>\d{4}))?",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|earlier today|tonight)\b", re.I)),
    ("last_week", re.compile(r"\blast week\b", re.I)),
    ("this_week", re.compile(r"\bearlier this week\b", re.I)),
]
_REPORTING = re.compile(
    # ("told Daily Trust on Thursday": whom, an outlet of up to three capitalised words)
    r"\b(?:said|say|says|told\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,2}(?-i:[A-Z])[\w'’.-]*|told\s+\w+|announced|"
    r"added|stated|reported|confirmed)"
    r"(?:\s+in\s+a\s+statement)?\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A resolved date phrase: the span it stands for and where it is in the text."""

    start: date
    end: date
    precision: str
    text: str
    offset: int
    reporting: bool = False


def find_dates(text: str, published: date) -> list[DateMention]:
    """Every date phrase in ``text``, resolved against ``published``, in text order.

    >>> from datetime import date
    >>> [(m.text, str(m.start), str(m.end)) for m in find_dates(
    ...     "attacks on Sunday and Monday; a raid on 21 August", date(2024, 8, 26))]
    [('Sunday and Monday', '2024-08-25', '2024-08-26'), ('21 August', '2024-08-21', '2024-08-21')]
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            span = _resolve(kind, match, published)
            if span is None:
                continue
            reporting = bool(_REPORTING.search(text[max(0, match.start() - 40) : match.start()]))
            # "The attack was claimed by JNIM on Monday": when it was claimed
            reporting = reporting or bool(
                re.search(r"(?i)\bclaimed\s+by\b[^.;]{1,100}?\s(?:on\s+)?$", text[: match.start()])
            )
            start, end, precision = span
            found.append(
                DateMention(start, end, precision, match.group(), match.start(), reporting)
            )
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.offset)


def weekday_on_or_before(name: str, published: date) -> date:
    """The most recent day called ``name`` on or before ``published``.

    >>> weekday_on_or_before("Sunday", date(2024, 8, 26)), weekday_on_or_before("monday",
    ...     date(2024, 8, 26))
    (datetime.date(2024, 8, 25), datetime.date(2024, 8, 26))
    """
    back = (published.weekday() - WEEKDAYS.index(name.casefold())) % 7
    return published - timedelta(days=back)


def reporting_window(mentions: list[DateMention], published: date) -> tuple[date, date]:
    """The span an undated event of the article lies in: the earliest event date the article
    gives (or a week before publication) to the publication date.

    >>> reporting_window([], date(2024, 8, 26))
    (datetime.date(2024, 8, 20), datetime.date(2024, 8, 26))
    """
    starts = [m.start for m in mentions if not m.reporting and m.start <= published]
    return (min(starts) if starts else published - timedelta(days=6)), published


def _resolve(kind: str, match: re.Match, published: date) -> tuple[date, date, str] | None:
    if kind == "weekday":
        first = weekday_on_or_before(match.group("a"), published)
        last = weekday_on_or_before(match.group("b"), published) if match.group("b") else first
        return min(first, last), max(first, last), "day"
    if kind in ("day_month", "month_day"):
        month = next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(match["m"][:3].lower()))
        year = int(match["y"]) if match["y"] else published.year
        try:
            day = date(year, month, int(match["d"]))
            if not match["y"] and day > published:
                day = date(year - 1, month, int(match["d"]))
        except ValueError:
            return None
        return day, day, "day"
    if kind == "yesterday":
        day = published - timedelta(days=1)
        return day, day, "day"
    if kind == "today":
        return published, published, "day"
    monday = published - timedelta(days=published.weekday())
    if kind == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1), "week"
    return monday, published, "week"  # earlier this week
