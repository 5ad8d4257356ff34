"""Report wording: the plain-language summary paragraph and the phrases it is made of,
written from the numbers of :mod:`analysis.metrics`."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.metrics import BOUNDS, GROUP_LABELS, compare_periods, killed_phrase
from analysis.reports.params import whole_months
from analysis.schema import VICTIM_GROUPS


def period_text(start: date, end: date) -> str:
    """ "25 and 26 August 2024", "28 July and 3 August 2024", "25 August 2024".

    >>> period_text(date(2024, 8, 25), date(2024, 8, 26))
    '25 and 26 August 2024'
    """
    if start == end:
        return f"{start.day} {start:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} and {end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} and {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} and {end.day} {end:%B %Y}"


def previous_text(start: date, end: date, previous: tuple[date, date] | None = None) -> str:
    """How the summary names the period ``start`` to ``end`` is compared with (``previous``,
    :func:`analysis.reports.params.previous_period`): whole calendar months as months, any
    other period as days.

    >>> previous_text(date(2025, 4, 1), date(2025, 4, 30), (date(2025, 3, 1), date(2025, 3, 31)))
    'the previous month (March 2025)'
    >>> previous_text(date(2025, 1, 1), date(2025, 3, 31), (date(2024, 10, 1), date(2024, 12, 31)))
    'the previous 3 months (October to December 2024)'
    >>> previous_text(date(2025, 1, 1), date(2025, 12, 31), (date(2024, 1, 1), date(2024, 12, 31)))
    'the previous year (2024)'
    >>> previous_text(date(2025, 4, 2), date(2025, 5, 1), (date(2025, 3, 3), date(2025, 4, 1)))
    'the previous 30 days (3 March to 1 April 2025)'
    """
    months = whole_months(start, end)
    if months and previous:
        first, last = previous
        if months == 1:
            return f"the previous month ({first:%B %Y})"
        if months == 12 and first.month == 1:
            return f"the previous year ({first.year})"
        span = (
            f"{first:%B} to {last:%B %Y}"
            if first.year == last.year
            else (f"{first:%B %Y} to {last:%B %Y}")
        )
        return f"the previous {months} months ({span})"
    text = f"the previous {plural((end - start).days + 1, 'day')}"
    if previous:
        text += f" ({period_text(*previous).replace(' and ', ' to ', 1)})"
    return text


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 event", "3 events", "2 people".

    >>> plural(1, "event"), plural(3, "event"), plural(2, "person", "people")
    ('1 event', '3 events', '2 people')
    """
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _killed(low: int, best: int, high: int) -> str:
    if high == 0:
        return "with no deaths reported"
    if low == high:
        return f"killing {plural(best, 'person', 'people')}"
    return f"killing between {low:,} and {high:,} people (best estimate {best:,})"


def summary_text(
    headline_frame: pd.DataFrame,
    start: date,
    end: date,
    region: str,
    previous: pd.DataFrame | None = None,
    deadliest_frame: pd.DataFrame | None = None,
    unknown_toll: int = 0,
    extra: list[str] | None = None,
    previous_period: tuple[date, date] | None = None,
) -> str:
    """A plain-language paragraph written from the numbers.

    >>> head = pd.DataFrame({"measure": ["events", "fatalities", "civilians", "militants"],
    ...     "low": [8, 74, 27, 21], "best": [8, 74, 27, 21], "high": [8, 86, 27, 33]})
    >>> summary_text(head, date(2024, 8, 25), date(2024, 8, 26), "Balochistan")
    'Between 25 and 26 August 2024, 8 events were recorded in Balochistan, killing between 74 and 86 people (best estimate 74). By victim group (best estimate): civilians 27, militants 21 (21–33).'
    """  # noqa: E501
    values = headline_frame.set_index("measure")
    n = int(values.loc["events", "best"])
    when = f"On {period_text(start, end)}" if start == end else f"Between {period_text(start, end)}"
    if n == 0:
        return f"No events were recorded in {region} {when[0].lower() + when[1:]}."
    low, best, high = (int(values.loc["fatalities", b]) for b in BOUNDS)
    verb = "was" if n == 1 else "were"
    sentences = [
        f"{when}, {plural(n, 'event')} {verb} recorded in {region}, {_killed(low, best, high)}."
    ]
    if unknown_toll:
        sentences.append(
            f"{plural(unknown_toll, 'event')} had no known death toll and "
            f"{'is' if unknown_toll == 1 else 'are'} not in these figures."
        )
    groups = []
    for group in VICTIM_GROUPS:
        if group in values.index and int(values.loc[group, "high"]) > 0:
            lo, be, hi = (int(values.loc[group, b]) for b in BOUNDS)
            span = f" ({lo:,}–{hi:,})" if lo != hi else ""
            groups.append(f"{GROUP_LABELS[group]} {be:,}{span}")
    if groups:
        sentences.append("By victim group (best estimate): " + ", ".join(groups) + ".")
    if deadliest_frame is not None and len(deadliest_frame):
        top = deadliest_frame.iloc[0]
        first = pd.Timestamp(top["date_start"]).date()
        last = pd.Timestamp(top.get("date_end", top["date_start"]))
        last = first if pd.isna(last) else last.date()
        on = (
            f"on {period_text(first, first)}"
            if first == last
            else f"between {period_text(first, last)}"
        )
        sentences.append(
            f"The deadliest was {_with_article(event_noun(top['type']))} in "
            f"{top['place']} {on}: "
            f"{killed_phrase(top['low'], top['best'], top['high'])}."
        )
    if previous is not None:
        change = compare_periods(headline_frame, previous).set_index("measure")
        prev_events = int(change.loc["events", "previous"])
        prev_dead = int(change.loc["fatalities", "previous"])
        when = f"In {previous_text(start, end, previous_period)}"
        if prev_events == 0:
            sentences.append(f"{when} no events were recorded.")
        else:
            were = "was" if prev_events == 1 else "were"
            sentences.append(
                f"{when} there {were} {plural(prev_events, 'event')} and "
                f"{plural(prev_dead, 'death')} (best estimate): "
                f"{_change_words(change.loc['events'], 'events')}, "
                f"{_change_words(change.loc['fatalities'], 'deaths')}."
            )
    sentences += extra or []
    return " ".join(sentences)


def most_active_sentence(top: pd.Series, actors: pd.DataFrame) -> str:
    """The summary's sentence on the most active actor ``top`` (a row of the
    :func:`analysis.metrics.by_actor` table ``actors``, as
    :func:`analysis.metrics.headline_actor` picks it). A state's forces counted together
    are named as such, with their events, and how many of them each member took part in
    (``actors``' rows of the members; they add up to more, an event of two members
    counting once).

    >>> actors = pd.DataFrame({
    ...     "actor": ["State forces of Mali", "Military Forces of Mali", "Government of Mali",
    ...               "JNIM"],
    ...     "actor_type": ["state forces", "state forces", "state forces", "unknown type"],
    ...     "events": [5, 4, 2, 1],
    ...     "members": ["Military Forces of Mali; Government of Mali", "", "", ""]})
    >>> most_active_sentence(actors.iloc[0], actors)
    'The most active actor was the state forces of Mali (5 events, each counted once; Military Forces of Mali took part in 4, Government of Mali in 2).'
    >>> most_active_sentence(actors.iloc[3], actors)
    'The most active actor was JNIM (type unknown: not in the actor table, and its source gives none), involved in 1 event.'
    """  # noqa: E501
    events = int(top["events"])
    members = top.get("members")
    members = "" if members is None or pd.isna(members) else str(members)
    if not members:
        kind = top["actor_type"]
        if kind == "unknown type":
            kind = "type unknown: not in the actor table, and its source gives none"
        return (
            f"The most active actor was {top['actor']} ({kind}), "
            f"involved in {plural(events, 'event')}."
        )
    listed = actors["members"].fillna("") if "members" in actors.columns else ""
    counts = actors[pd.Series(listed, index=actors.index).eq("")].drop_duplicates("actor")
    counts = counts.set_index("actor")["events"]
    parts = []
    for name in members.split("; "):
        verb = "took part in " if not parts else "in "
        parts.append(f"{name} {verb}{int(counts[name]):,}" if name in counts.index else name)
    state = str(top["actor"])
    return (
        f"The most active actor was the {state[:1].lower()}{state[1:]} "
        f"({plural(events, 'event')}, each counted once; {', '.join(parts)})."
    )


# What one event of each event type is called, where a sentence needs a noun
EVENT_TYPE_NOUNS = {
    "battles": "battle",
    "explosions/remote violence": "explosion",
    "violence against civilians": "attack on civilians",
    "protests": "protest",
    "riots": "riot",
    "strategic developments": "strategic development",
}
# Sub-event types that name no kind of event: a blank sub-type ("Unknown"), ACLED's "Other"
VAGUE_SUB_TYPES = frozenset({"", "unknown", "other", "nan", "none", "<na>"})


def event_noun(type_text: object) -> str:
    """What an event of the type ``type_text`` ("event type / sub-event type", as
    :func:`analysis.metrics.type_label` writes it) is called in a sentence: its sub-event
    type, else (a blank one is "Unknown"; ACLED's "Other") its event type as a noun, else
    "event".

    >>> event_noun("Battles / Armed clash"), event_noun("Battles / Unknown")
    ('Armed clash', 'battle')
    >>> event_noun("Violence against civilians"), event_noun("Unknown / Unknown")
    ('attack on civilians', 'event')
    >>> event_noun(None), event_noun("Strategic developments / Other")
    ('event', 'strategic development')
    """
    if not isinstance(type_text, str):
        return "event"
    kind, _, sub = (part.strip() for part in type_text.partition(" / "))
    if sub.casefold() not in VAGUE_SUB_TYPES:
        return sub
    return EVENT_TYPE_NOUNS.get(kind.casefold(), "event")


def _with_article(kind: str) -> str:
    """ "an attack", "an armed clash", "a suicide bomb" (acronyms keep their case)."""
    words = kind.split()
    if words and not words[0].isupper():
        words[0] = words[0].lower()
    text = " ".join(words)
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text


def _change_words(row: pd.Series, what: str) -> str:
    change = int(row["change"])
    if change == 0:
        return f"{what} unchanged"
    pct = "" if pd.isna(row["change_pct"]) else f" ({row['change_pct']:+.0f}%)"
    return f"{what} {'up' if change > 0 else 'down'} {abs(change):,}{pct}"
