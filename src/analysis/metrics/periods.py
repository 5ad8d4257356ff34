"""Counts over time: events and fatalities per day, week or month, and running totals."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.metrics.totals import BOUNDS, FREQ_CODES, _sum, with_fatalities


def period_frame(start: date, end: date, freq: str) -> pd.DataFrame:
    """Every period from ``start`` to ``end``: ``period_start`` (Timestamp) and ``label``.

    Weeks run Monday to Sunday; a period's label is its first day (day, week) or its month.

    >>> period_frame(date(2024, 8, 25), date(2024, 8, 26), "day")["label"].tolist()
    ['25 Aug', '26 Aug']
    >>> period_frame(date(2024, 7, 20), date(2024, 8, 26), "month")["label"].tolist()
    ['Jul 2024', 'Aug 2024']
    """
    index = pd.period_range(pd.Timestamp(start), pd.Timestamp(end), freq=FREQ_CODES[freq])
    starts = pd.Series(index.start_time.astype("datetime64[us]"))
    several_years = starts.dt.year.nunique() > 1 or pd.Timestamp(end).year != starts.dt.year[0]
    if freq == "month":
        labels = starts.dt.strftime("%b %Y")
    else:
        labels = starts.dt.strftime("%-d %b %Y" if several_years else "%-d %b")
    return pd.DataFrame({"period_start": starts, "label": labels.astype("str")})


def dated_days(events: pd.DataFrame) -> pd.Series:
    """The day each event is counted on: the day its source dates it to. For ACLED that is
    ``event_date``: the middle of a week-precision span (the reader makes it event_date ± 3
    days); for everything else, and for ACLED's month-precision events (whose event_date the
    store does not keep, only the month), the first day of the span. An event falls in the
    one period that holds this day, so a weekly count gives ACLED's own count by event_date.

    >>> events = pd.DataFrame({"source": ["acled", "acled", "ucdp"],
    ...     "date_precision": ["week", "day", "week"],
    ...     "date_start": pd.to_datetime(["2024-08-24", "2024-08-27", "2024-08-24"]),
    ...     "date_end": pd.to_datetime(["2024-08-30", "2024-08-27", "2024-08-30"])})
    >>> dated_days(events).dt.strftime("%d %b").tolist()
    ['27 Aug', '27 Aug', '24 Aug']
    """
    start = pd.to_datetime(events["date_start"]).dt.normalize()
    if not {"source", "date_precision", "date_end"} <= set(events.columns):
        return start
    end = pd.to_datetime(events["date_end"]).dt.normalize().fillna(start)
    centred = events["source"].astype("str").eq("acled") & events["date_precision"].astype(
        "str"
    ).eq("week")
    middle = start + ((end - start) / 2).dt.floor("D")
    return start.where(~centred.to_numpy(), middle).astype("datetime64[us]")


def assign_period(dates: pd.Series, start: date, end: date, freq: str) -> pd.Series:
    """The ``period_start`` each date falls in, after clipping it into ``start``–``end``."""
    clipped = pd.to_datetime(dates).clip(lower=pd.Timestamp(start), upper=pd.Timestamp(end))
    code = FREQ_CODES[freq]
    return clipped.dt.to_period(code).dt.start_time.astype("datetime64[us]")


def per_period(
    events: pd.DataFrame,
    fatalities: pd.DataFrame,
    start: date,
    end: date,
    freq: str,
    by: str | None = "event_type",
) -> pd.DataFrame:
    """Events and fatality bounds per period and ``by`` category (every period, zeros kept).

    Columns: ``period_start``, ``label``, ``<by>`` (or ``group`` = "all"), ``events``,
    ``low``, ``best``, ``high``.
    """
    key = by or "group"
    periods = period_frame(start, end, freq)
    frame = with_fatalities(events, fatalities) if len(events) else events
    if len(frame):
        values = frame[by].astype("str").fillna("Unknown") if by else "all"
        frame = frame.assign(
            period_start=assign_period(dated_days(frame), start, end, freq), **{key: values}
        )
        counts = frame.groupby(["period_start", key], sort=True).agg(
            events=("cluster_id", "size"),
            low=("low", _sum),
            best=("best", _sum),
            high=("high", _sum),
        )
        categories = sorted(frame[key].unique())
        counts = counts.reset_index()
    else:
        counts = pd.DataFrame(
            {"period_start": pd.Series(dtype="datetime64[us]"), key: pd.Series(dtype="str")}
            | {c: pd.Series(dtype="int64") for c in ["events", *BOUNDS]}
        )
        categories = ["all"] if by is None else []
    grid = periods.merge(pd.DataFrame({key: pd.Series(categories, dtype="str")}), how="cross")
    out = grid.merge(counts, on=["period_start", key], how="left")
    for column in ["events", *BOUNDS]:
        out[column] = out[column].fillna(0).astype("int64")
    return out[["period_start", "label", key, "events", *BOUNDS]]


def spanning_periods(events: pd.DataFrame, freq: str) -> int:
    """How many events' dates run past the period of the day they are counted on
    (:func:`dated_days`; a month-precision event in a daily chart): the period charts place
    them in that one period.

    >>> events = pd.DataFrame({"date_start": pd.to_datetime(["2024-08-01", "2024-08-05"]),
    ...     "date_end": pd.to_datetime(["2024-08-31", "2024-08-05"])})
    >>> spanning_periods(events, "day"), spanning_periods(events, "month")
    (1, 0)
    """
    if events.empty:
        return 0
    code = FREQ_CODES[freq]
    first = pd.to_datetime(events["date_start"]).dt.to_period(code)
    last = pd.to_datetime(events["date_end"]).fillna(pd.to_datetime(events["date_start"]))
    counted = dated_days(events).dt.to_period(code)
    return int(((first != counted) | (last.dt.to_period(code) != counted)).sum())


def cumulative(
    events: pd.DataFrame, fatalities: pd.DataFrame, start: date, end: date, freq: str
) -> pd.DataFrame:
    """Running totals per period: ``events``, ``low``, ``best``, ``high``."""
    totals = per_period(events, fatalities, start, end, freq, by=None)
    out = totals.drop(columns="group")
    for column in ["events", *BOUNDS]:
        out[column] = out[column].cumsum()
    return out
