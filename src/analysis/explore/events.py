"""The :class:`Events` object: a selection of real events from a cleaned store.

A selection is made exactly as a report makes it (:func:`analysis.selection.select`):
the duplicate clusters with at least one source row matching the filters, each counted once
through its primary row, with their reconciled fatalities. Country, region and dates are
checked and spelled as in the store, and the period defaults to the selection's span, by
the report parameters' own rules (:func:`analysis.reports.params.parse_params`). Every
table comes from the same :mod:`analysis.metrics` function a report uses, and every chart
from :mod:`analysis.plots`.

The store is opened read-only for each :meth:`Events.filter` and closed again, so a
notebook never keeps it locked.

>>> from analysis.explore import demo_store, load
>>> events = load(demo_store()).filter(admin1="Balochistan", start="2024-08-25", end="2024-08-26")
>>> len(events), events.period
(15, (datetime.date(2024, 8, 25), datetime.date(2024, 8, 26)))
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis import metrics, plots
from analysis.errors import UserError
from analysis.explore import tables
from analysis.explore.display import table_html
from analysis.paths import default_store
from analysis.reports.params import (
    FREQ_ALIASES,
    FREQUENCIES,
    ReportParams,
    auto_freq,
    parse_params,
)
from analysis.reports.wording import plural
from analysis.selection import select
from analysis.store import EventStore, prepare_store
from analysis.store.queries import selected_pairs, selection_dates, source_figures, store_places

SHOWN_ROWS = 10
MAX_PERIODS = 60  # a longer timeline leaves out its empty rows unless asked for them
DEMO = "demo"  # load("demo"): the demo store


def load(store: str | Path | None = None, include_unconfirmed: bool = False, **filters) -> Events:
    """Open a cleaned store (``analysis clean`` has run) and select its events.

    ``store``: a ``.duckdb`` store (a relative path is under the current folder), or
    ``"demo"`` for the demo store, built from the bundled samples when missing
    (:func:`analysis.explore.demo_store`); an ACLED/UCDP/GTD file is ingested and cleaned
    into a temporary store. Default: the ``analysis`` command's store (``$ANALYSIS_STORE`` or
    ``data/events.duckdb``).
    ``filters`` are those of :meth:`Events.filter`. Unconfirmed claims are left out, as in
    reports, unless ``include_unconfirmed``.

    >>> from analysis.explore import demo_store
    >>> load(demo_store(), country="Pakistan").filters
    {'country': 'Pakistan'}
    """
    from analysis.explore.demo import demo_store

    path = demo_store() if str(store) == DEMO else prepare_store(Path(store or default_store()))
    return Events(path, include_unconfirmed=include_unconfirmed).filter(**filters)


@dataclass(frozen=True, repr=False, eq=False)
class Events:
    """A selection of real events and what was counted about them.

    Attributes: ``store`` (path), ``filters`` (as given), ``params`` (the checked
    selection: ``country``, ``admin1``, ``start``, ``end``, ``freq``), ``rows`` (every source
    record of the selected real events), ``events`` (one row per real event), ``fatalities``
    (reconciled, per real event and victim group), ``claims`` (perpetrators' own figures),
    ``source_casualties`` (each source's figures), ``pairs`` (scored duplicate pairs).
    Make one with :func:`load`; narrow it with :meth:`filter`.
    """

    store: Path
    include_unconfirmed: bool = False
    filters: dict[str, object] = field(default_factory=dict)
    params: ReportParams | None = None
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    fatalities: pd.DataFrame = field(default_factory=pd.DataFrame)
    claims: pd.DataFrame = field(default_factory=pd.DataFrame)
    source_casualties: pd.DataFrame = field(default_factory=pd.DataFrame)
    pairs: pd.DataFrame = field(default_factory=pd.DataFrame)
    why_empty: str = ""

    # ------------------------------------------------------------------ selecting

    def filter(
        self,
        country: str | list[str] | None = None,
        admin1: str | list[str] | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        source: str | None = None,
        include_unconfirmed: bool | None = None,
        admin2: str | list[str] | None = None,
    ) -> Events:
        """A new selection with these filters added to the current ones (a filter given
        again replaces its earlier value).

        ``country``: name or ISO3, or several (a list, or "A, B": the events of any of them);
        ``admin1``: one region, a list, or "A, B"; ``admin2``:
        one district, a list, or "A, B" (the events known to it: not those known only to
        their province or country; a name several provinces or countries share needs
        ``admin1`` or ``country``); ``start`` /
        ``end``: inclusive dates (an event counts in the one window that holds the day its
        source dates it to, as in reports); ``actor``: part of any
        actor's name (actor 1 or 2 or associated, case-insensitive); ``event_type``: an
        event type or sub-event type; ``source``: acled, ucdp, gtd, seed, …. A real event
        is selected when any of its source records matches. A country or region that the
        store does not know raises :class:`~analysis.errors.UserError` with a suggestion, and
        so does a region name several countries share (Nord: Burkina Faso and Cameroon)
        without ``country``.

        >>> from analysis.explore import demo_store, load
        >>> events = load(demo_store())
        >>> bla = events.filter(admin1="Balochistan").filter(actor="Baloch Liberation Army")
        >>> sorted(bla.filters)
        ['actor', 'admin1']
        >>> len(bla) < len(events)
        True
        >>> both = events.filter(country=["Pakistan", "Iran"])
        >>> both.params.region, len(both) == len(events.filter(country="Pakistan")) + len(
        ...     events.filter(country="Iran"))
        ('Pakistan, Iran', True)
        """
        given = {
            "country": ", ".join(country) if isinstance(country, list | tuple) else country,
            "admin1": ", ".join(admin1) if isinstance(admin1, list | tuple) else admin1,
            "admin2": ", ".join(admin2) if isinstance(admin2, list | tuple) else admin2,
            "start": _iso(start, "start"),
            "end": _iso(end, "end"),
            "actor": actor,
            "event_type": event_type,
            "source": source,
        }
        wanted = self.filters | {k: v for k, v in given.items() if v not in (None, "")}
        unconfirmed = (
            self.include_unconfirmed if include_unconfirmed is None else bool(include_unconfirmed)
        )
        try:
            params = parse_params(
                {
                    k: wanted[k]
                    for k in ("country", "admin1", "admin2", "start", "end")
                    if k in wanted
                },
                store_places(self.store),
                self.store,
                "Exploration",
                selection_dates(self.store),
            )
        except UserError as exc:  # the report's message, worded for .filter()
            raise UserError(str(exc).replace("--param ", "filter ", 1)) from None
        query = params.filters() | {
            k: wanted[k] for k in ("actor", "event_type", "source") if k in wanted
        }
        if "actor" in query:
            query["actor"] = tables.resolve_actor(str(query["actor"]))
        with EventStore(self.store, read_only=True) as db:
            chosen = select(db, query, unconfirmed)
            figures = source_figures(db, chosen.rows)
            pairs = selected_pairs(db, chosen.rows)
            why = _why_empty(db, query, wanted) if chosen.events.empty and wanted else ""
        narrowed = {"actor", "event_type", "source"} & set(wanted)
        if narrowed and not {"start", "end"} & set(wanted) and len(chosen.events):
            first = chosen.events["date_start"].min().date()
            last = max(chosen.events["date_end"].max().date(), first)
            params = replace(params, start=first, end=last, freq=auto_freq(first, last))
        return replace(
            self,
            why_empty=why,
            include_unconfirmed=unconfirmed,
            filters=wanted,
            params=params,
            rows=chosen.rows,
            events=chosen.events,
            fatalities=chosen.fatalities,
            claims=chosen.claims,
            source_casualties=figures,
            pairs=pairs,
        )

    @property
    def period(self) -> tuple[date, date]:
        """(start, end) of the selection: the filters' dates, else the span of its events.

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").period
        (datetime.date(2024, 8, 25), datetime.date(2024, 8, 25))
        """
        return self.params.start, self.params.end

    @property
    def freq(self) -> str:
        """The default period length: day up to 62 days, week up to a year, else month.

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), start="2024-08-01", end="2024-08-31").freq
        'day'
        """
        return self.params.freq

    def __len__(self) -> int:
        return len(self.events)

    def _span(self, freq: str | None) -> tuple[date, date, str]:
        return self.params.start, self.params.end, self._freq(freq)

    def _freq(self, freq: str | None) -> str:
        """``freq`` checked: day, week, month (or daily, weekly, monthly); auto or None: the
        selection's default."""
        if freq is None or str(freq).strip().lower() == "auto":
            return self.params.freq
        text = str(freq).strip().lower()
        text = FREQ_ALIASES.get(text, text)
        if text not in FREQUENCIES:
            raise UserError(f"freq={freq!r}: expected day, week, month or auto")
        return text

    # ------------------------------------------------------------------- tables

    def headline(self) -> pd.DataFrame:
        """Events, fatalities and each victim group, low/best/high
        (:func:`analysis.metrics.headline`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").headline()["measure"].tolist()[:2]
        ['events', 'fatalities']
        """
        return metrics.headline(self.events, self.fatalities)

    def timeline(
        self, freq: str | None = None, by: str | None = "event_type", empty: bool | None = None
    ) -> pd.DataFrame:
        """Events and fatality bounds per period (``freq``: day, week or month; default from
        the period's length) and ``by`` category (:func:`analysis.metrics.per_period`).
        Rows without events are kept when ``empty`` is true; by default only when there are
        at most 60 periods (a weekly timeline over ten years lists the weeks with events).

        >>> from analysis.explore import demo_store, load
        >>> august = load(demo_store(), start="2024-08-01", end="2024-08-31")
        >>> int(august.timeline(freq="week", by=None)["events"].sum()) == len(august)
        True
        >>> len(load(demo_store()).timeline(freq="week", by=None)) < 60
        True
        """
        frame = metrics.per_period(self.events, self.fatalities, *self._span(freq), by=by)
        if empty is None:
            empty = frame["period_start"].nunique() <= MAX_PERIODS
        if empty:
            return frame
        return frame[frame["events"].gt(0)].reset_index(drop=True)

    def cumulative(self, freq: str | None = None) -> pd.DataFrame:
        """Running totals of events and fatality bounds (:func:`analysis.metrics.cumulative`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Punjab").cumulative()["events"].iloc[-1]
        np.int64(1)
        """
        return metrics.cumulative(self.events, self.fatalities, *self._span(freq))

    def casualties(self) -> pd.DataFrame:
        """Fatality bounds per victim group, all four in the model's order
        (:func:`analysis.metrics.by_victim_group`).

        >>> from analysis.explore import demo_store, load
        >>> groups = load(demo_store(), country="Iran").casualties()
        >>> groups.loc[groups["best"].gt(0), "victim_group"].tolist()
        ['unknown']
        """
        return metrics.by_victim_group(self.events, self.fatalities)

    def places(self, level: str = "admin1") -> pd.DataFrame:
        """Events and fatality bounds per admin1 (or ``level="admin2"``), deadliest first
        (:func:`analysis.metrics.by_place`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").places()["admin1"].tolist()
        ['Sistan and Baluchestan']
        """
        return metrics.by_place(self.events, self.fatalities, level)

    def event_types(self) -> pd.DataFrame:
        """Events and fatality bounds per event type (:func:`analysis.metrics.by_event_type`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").event_types()["events"].tolist()
        [1]
        """
        return metrics.by_event_type(self.events, self.fatalities)

    def actors(self, top: int | None = None, state_forces: bool = False) -> pd.DataFrame:
        """Events and fatality bounds per actor, most active first
        (:func:`analysis.metrics.by_actor`): an actor counts in every event any source
        record names it in (actor 1, actor 2 or associated), the events and deaths
        ``filter(actor=name)`` selects. With ``state_forces``, a row "State forces of X"
        for each state with several forces actors in the selection counts their events
        together, each once (:func:`analysis.metrics.state_forces`), beside its members,
        which its ``members`` column lists.

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").actors(top=1)["actor"].tolist()
        ['Baloch Liberation Army']
        """
        return metrics.by_actor(
            self.events, self.fatalities, top=top, rows=self.rows, state_forces=state_forces
        )

    def actor_pairs(self, top: int | None = None) -> pd.DataFrame:
        """Events per (actor 1, actor 2) pair (:func:`analysis.metrics.actor_pairs`).

        >>> from analysis.explore import demo_store, load
        >>> list(load(demo_store(), country="Iran").actor_pairs().columns)
        ['actor1', 'actor2', 'events']
        """
        return metrics.actor_pairs(self.events, top=top)

    def deadliest(self, n: int = 5) -> pd.DataFrame:
        """The ``n`` deadliest events, with their fatalities as a range
        (:func:`analysis.metrics.deadliest`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").deadliest()["fatalities"].tolist()
        ['3']
        """
        return metrics.deadliest(self.events, self.fatalities, n)

    def chronology(self) -> pd.DataFrame:
        """Every real event in date order: place, actors, type, fatalities (range), the
        sources that reported it, campaign, notes (:func:`analysis.metrics.chronology`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").chronology()["sources"].tolist()
        ['acled']
        """
        return metrics.chronology(self.events, self.fatalities)

    def figures(self) -> pd.DataFrame:
        """Each source's figure next to the reconciled range it went into, and how
        (:func:`analysis.metrics.reconciliation`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").figures()["figure"].tolist()
        ['3']
        """
        return metrics.reconciliation(self.rows, self.source_casualties, self.fatalities)

    def records(self) -> pd.DataFrame:
        """Every source record of the selected real events: which sources reported each
        event, their figures and the duplicate link (:func:`analysis.explore.tables.records`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").records()["event_id"].tolist()
        ['acled:IRN33101']
        """
        return tables.records(self.rows, self.source_casualties, self.fatalities, self.pairs)

    def duplicates(self) -> pd.DataFrame:
        """The real events reported by more than one source record, one row per record:
        ``cluster_id`` (the real event), ``event_id``, ``source``, ``primary`` (the record
        that represents it), date, place, each record's ``figures``, the
        ``reconciled`` toll and the link that joined it (``linked_to``, ``score``,
        ``reasons``).

        >>> from analysis.explore import demo_store, load
        >>> kalat = load(demo_store(), admin1="Balochistan", start="2024-08-25",
        ...              end="2024-08-25", actor="Levies")
        >>> kalat.duplicates()["source"].tolist()
        ['acled', 'seed', 'ucdp']
        """
        return tables.duplicates(self.records()).drop(columns=["actors", "type"])

    def event(self, event_id: str | None = None) -> pd.DataFrame:
        """The source records of one real event, found by any of its ``event_id`` or its
        ``cluster_id``: who reported it and with which figures. Without an id: the
        deadliest of the events several source records describe (by best estimate, as
        :meth:`deadliest` ranks them), else the deadliest event; no rows when the selection
        is empty.

        >>> from analysis.explore import demo_store, load
        >>> musakhail = load(demo_store(), admin1="Balochistan").event("seed:BAL-2024-08-25-01")
        >>> musakhail["source"].tolist()
        ['acled', 'seed', 'ucdp']
        """
        if event_id is None:
            ranked = metrics.deadliest(self.events, self.fatalities, len(self.events))
            records = self.rows["cluster_id"].value_counts()
            several = ranked[ranked["cluster_id"].map(records).fillna(0).gt(1)]
            chosen = several if len(several) else ranked
            if chosen.empty and len(self.events):  # no known toll: the first event
                chosen = self.events
            if chosen.empty:
                return self.records()
            event_id = str(chosen["cluster_id"].iloc[0])
        found = self.rows.loc[
            self.rows["event_id"].eq(event_id) | self.rows["cluster_id"].eq(event_id),
            "cluster_id",
        ]
        if found.empty:
            close = difflib.get_close_matches(
                str(event_id), self.rows["event_id"].astype("str").tolist(), n=1, cutoff=0.6
            )
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise UserError(
                f"event {event_id!r}: no source record or real event of that id in this "
                f"selection of {plural(len(self.events), 'real event')}{hint}"
            )
        frame = self.records()
        return frame[frame["cluster_id"].isin(found)].reset_index(drop=True)

    def deadliest_week(self) -> Events:
        """The seven days around the selection's deadliest event (:meth:`deadliest`): from
        three days before the day it is counted on to three days after, as a new selection
        (the other filters kept); the selection itself when no event has a known toll.

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").deadliest_week().period
        (datetime.date(2024, 8, 23), datetime.date(2024, 8, 29))
        """
        top = metrics.deadliest(self.events, self.fatalities, 1)
        if top.empty:
            return self
        event = self.events[self.events["cluster_id"].eq(top["cluster_id"].iloc[0])]
        day = metrics.dated_days(event).iloc[0].date()
        return self.filter(start=day - timedelta(days=3), end=day + timedelta(days=3))

    def most_active_actor(self, state_forces: bool = False) -> str | None:
        """The actor in most events of the selection (either side; then most deaths):
        nobody unidentified, no civilian population (:func:`analysis.metrics.most_active`);
        None when there is none. A name ``filter(actor=...)`` and ``aliases`` take.

        With ``state_forces``, the actor the actors report's summary names: a state's
        forces counted together ("State forces of Pakistan", :meth:`actors` with
        ``state_forces=True``) compete as one actor in place of their members
        (:func:`analysis.metrics.headline_actor`).

        >>> from analysis.explore import demo_store, load
        >>> balochistan = load(demo_store(), admin1="Balochistan")
        >>> balochistan.most_active_actor(), balochistan.most_active_actor(state_forces=True)
        ('Baloch Liberation Army', 'Baloch Liberation Army')

        (The state forces of Pakistan took part in 17 events, as many as the Baloch Liberation
        Army, with fewer deaths.)
        """
        table = metrics.by_actor(
            self.events, self.fatalities, rows=self.rows, state_forces=state_forces
        )
        top = metrics.headline_actor(table) if state_forces else metrics.most_active(table)
        return None if top is None else str(top["actor"])

    def campaigns(self) -> pd.DataFrame:
        """Coordinated attacks (one actor, one admin1, a day apart at most), one row per
        campaign with its parts: date, place and toll of each (:func:`analysis.metrics.campaigns`;
        only the parts inside the selection).

        >>> from analysis.explore import demo_store, load
        >>> august = load(demo_store(), admin1="Balochistan", start="2024-08-25",
        ...               end="2024-08-26")
        >>> list(august.campaigns().columns)[:3]
        ['campaign', 'date', 'events']
        """
        return metrics.campaigns(self.events, self.fatalities)

    def aliases(self, actor: str | None) -> pd.DataFrame:
        """The spellings of an actor: the alias table's, and those cleaning renamed in
        this store (:func:`analysis.explore.tables.aliases`); none for no actor (None).

        >>> from analysis.explore import demo_store, load
        >>> spellings = load(demo_store()).aliases("Baloch Liberation Army")
        >>> in_store = spellings[spellings["where"].eq("store: actor1")]
        >>> "BLA: Baloch Liberation Army" in set(in_store["alias"])
        True
        """
        with EventStore(self.store, read_only=True) as db:
            changes = db.cleaning_log()
        return tables.aliases(actor, changes)

    # -------------------------------------------------------------------- charts

    def plot_timeline(self, value: str = "events", freq: str | None = None) -> Figure:
        """Bars per period stacked by event type: ``value="events"`` or ``"best"`` (deaths,
        the three deadliest events numbered) (:func:`analysis.plots.stacked_periods`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_timeline().get_suptitle()
        'Events per period, by type'
        """
        periods = self.timeline(freq, empty=True)
        if value == "events":
            return plots.stacked_periods(periods, "events", title="Events per period, by type")
        worst = self.deadliest(3)
        return plots.stacked_periods(
            periods,
            value,
            title="Fatalities per period, by type",
            ylabel=f"fatalities ({value} estimate)",
            annotate=worst,
        )

    def plot_map(self, colour_by: str = "event_type", top: int = 6) -> Figure:
        """Where the events happened, over country and province outlines: points sized by
        best fatalities and coloured by ``colour_by`` (``event_type``, ``victim_group`` or
        ``actor``: the ``top`` most active); events known only to their province shade it
        (:func:`analysis.maps.event_map`, the reports' map), with the report's caption under
        it (:func:`analysis.maps.event_map_caption`: what is not drawn, and why).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_map("actor").get_suptitle()
        'Where events happened, by actor'
        """
        from analysis import maps

        figure = maps.event_map(self.events, self.fatalities, colour_by, top=top)
        caption = maps.event_map_caption(self.events, self.fatalities, figure, colour_by)
        return plots.footnote(figure, caption)

    def plot_provinces(self) -> Figure:
        """Deaths per province (best estimate) as a shaded map
        (:func:`analysis.maps.admin1_choropleth`), with the report's caption under it
        (:func:`analysis.maps.deaths_map_caption`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Pakistan").plot_provinces().get_suptitle()
        'Deaths per province'
        """
        from analysis import maps

        figure = maps.admin1_choropleth(self.events, self.fatalities)
        return plots.footnote(figure, maps.deaths_map_caption(self.events, self.fatalities, figure))

    def plot_cumulative(self, freq: str | None = None) -> Figure:
        """Running total of deaths: best estimate as a line, low–high as a band
        (:func:`analysis.plots.cumulative_band`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_cumulative().get_suptitle()
        'Fatalities, running total'
        """
        return plots.cumulative_band(self.cumulative(freq), "Fatalities, running total")

    def plot_casualties(self) -> Figure:
        """Deaths by victim group, best estimate with low–high whiskers
        (:func:`analysis.plots.range_bars`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_casualties().get_suptitle()
        'Fatalities by victim group'
        """
        return plots.range_bars(self.casualties(), "victim_group", "Fatalities by victim group")

    def plot_places(self, top: int = 8, level: str = "admin1") -> Figure:
        """Deaths per province (``level="admin2"``: per district), the ``top`` deadliest
        (:func:`analysis.plots.range_bars`), titled by what the selection's countries call
        their units (:func:`analysis.boundaries.admin1_term`,
        :func:`analysis.reference.admin2_terms.admin2_term`), as the reports are.

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Pakistan").plot_places().get_suptitle()
        'Fatalities by province'
        >>> load(demo_store(), country="Pakistan").plot_places(level="admin2").get_suptitle()
        'Fatalities by district'
        """
        from analysis import boundaries
        from analysis.reference.admin2_terms import admin2_term

        countries = self.events["iso3"].dropna().unique()
        term = admin2_term(countries) if level == "admin2" else boundaries.admin1_term(countries)
        return plots.range_bars(self.places(level).head(top), level, f"Fatalities by {term}")

    def plot_actors(self, top: int = 8) -> Figure:
        """Deaths in each actor's events, coloured by actor type
        (:func:`analysis.plots.range_bars`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_actors().get_suptitle()
        "Deaths in each actor's events"
        """
        by_deaths = self.actors(top).sort_values("best", ascending=False)
        return plots.range_bars(by_deaths, "actor", "Deaths in each actor's events", "actor_type")

    def plot_pairs(self, top: int = 8) -> Figure:
        """Events per actor pair as a heat map (:func:`analysis.plots.pair_heatmap`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_pairs().get_suptitle()
        'Events per actor pair'
        """
        return plots.pair_heatmap(self.actor_pairs(top), "Events per actor pair")

    def plot_activity(self, top: int = 5, freq: str | None = None) -> Figure:
        """Events per period of the ``top`` most active actors
        (:func:`analysis.plots.activity_lines`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_activity().get_suptitle()
        'Events per period, most active actors'
        """
        activity = metrics.actor_activity(self.events, *self._span(freq), top=top)
        return plots.activity_lines(activity, "Events per period, most active actors")

    def plot_victims(self, top: int = 8) -> Figure:
        """Deaths by victim group in the events each actor initiated
        (:func:`analysis.plots.stacked_groups`).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), admin1="Balochistan").plot_victims().get_suptitle()
        'Deaths by victim group, by actor'
        """
        victims = metrics.victims_by_actor(self.events, self.fatalities, top=top)
        return plots.stacked_groups(victims, "actor", title="Deaths by victim group, by actor")

    # --------------------------------------------------------------------- reprs

    def summary_lines(self) -> list[str]:
        """The selection in a few lines of text (what ``repr`` shows above the table).

        >>> from analysis.explore import demo_store, load
        >>> load(demo_store(), country="Iran").summary_lines()
        ['1 real event from 1 source record (25 Aug 2024; country=Iran)', 'fatalities 3: unknown 3']
        """
        head = self.headline().set_index("measure")
        start, end = self.period
        shown = ", ".join(f"{k}={v}" for k, v in self.filters.items()) or "no filters"
        groups = ", ".join(
            f"{metrics.GROUP_LABELS[g]} {metrics.fatality_range(*head.loc[g, metrics.BOUNDS])}"
            for g in metrics.GROUP_LABELS
            if head.loc[g, "high"] > 0
        )
        total = metrics.fatality_range(*head.loc["fatalities", metrics.BOUNDS])
        lines = [
            f"{plural(len(self.events), 'real event')} from "
            f"{plural(len(self.rows), 'source record')} "
            f"({metrics.date_span(start, end)}; {shown})",
            f"fatalities {total}: {groups}" if groups else f"fatalities {total}",
        ]
        if self.why_empty:
            lines.append(self.why_empty)
        unknown = metrics.unknown_tolls(self.events, self.fatalities)
        if unknown:
            toll = plural(unknown, "event")
            lines.append(f"{toll} with no known death toll (not in the totals)")
        if not self.include_unconfirmed:
            left_out = metrics.excluded_unconfirmed(self.rows)
            if left_out:
                lines.append(f"{plural(left_out, 'unconfirmed claim')} left out")
        return lines

    def _shown(self) -> pd.DataFrame:
        return self.chronology().drop(columns="notes").head(SHOWN_ROWS)

    def __repr__(self) -> str:
        lines = [
            f"Events: {line}" if i == 0 else f"  {line}"
            for i, line in enumerate(self.summary_lines())
        ]
        if len(self.events):
            lines += ["", self._shown().to_string(index=False)]
            if len(self.events) > SHOWN_ROWS:
                lines.append(f"… {len(self.events) - SHOWN_ROWS:,} more: .chronology()")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head, *rest = self.summary_lines()
        parts = [f"<p><b>Events</b>: {html.escape(head)}</p>"]
        parts += [f"<p>{html.escape(line)}</p>" for line in rest]
        if len(self.events):
            parts.append(table_html(self._shown()))
            if len(self.events) > SHOWN_ROWS:
                more = len(self.events) - SHOWN_ROWS
                parts.append(f"<p>… {more:,} more: <code>.chronology()</code></p>")
        return "<div>" + "".join(parts) + "</div>"


def _iso(value: str | date | None, name: str = "date") -> str | None:
    """A date as ``YYYY-MM-DD`` (strings, dates and Timestamps); anything else is a
    :class:`~analysis.errors.UserError` naming the filter.

    >>> _iso("2024-08-01"), _iso(date(2024, 8, 1)), _iso(None)
    ('2024-08-01', '2024-08-01', None)
    >>> _iso("2024-13-01", "start")
    Traceback (most recent call last):
    analysis.errors.UserError: filter start='2024-13-01': not a date; write it as YYYY-MM-DD, e.g. 2024-08-01
    """  # noqa: E501
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = pd.Timestamp(value)
    except (ValueError, TypeError):
        day = pd.NaT
    if pd.isna(day):
        raise UserError(
            f"filter {name}={value!r}: not a date; write it as YYYY-MM-DD, e.g. 2024-08-01"
        )
    return day.date().isoformat()


def _why_empty(db: EventStore, query: dict, wanted: dict) -> str:
    """Which filter left nothing, and what would match: the filters are applied one by one
    in the order country, admin1, admin2, start/end, actor, event type, source."""
    steps = [
        ("country", "admin1", "admin2"),
        ("start", "end"),
        ("actor",),
        ("event_type",),
        ("source",),
    ]
    applied: dict = {}
    for keys in steps:
        before = dict(applied)
        applied |= {k: query[k] for k in keys if query.get(k)}
        if applied == before or len(db.clean_events(**applied)):
            continue
        shown = ", ".join(f"{k}={wanted.get(k, query[k])!r}" for k in keys if query.get(k))
        within = ", ".join(f"{k}={wanted[k]!r}" for k in before if k in wanted)
        text = f"no event matches {shown}" + (f" within {within}" if within else "")
        return text + _suggestion(db, keys[0], wanted.get(keys[0], query[keys[0]]), before)
    return ""


def _suggestion(db: EventStore, key: str, value: object, before: dict) -> str:
    """What the store has for ``key`` among the events the earlier filters keep."""
    rows = db.clean_events(**before)
    if key in ("start", "end"):
        if rows.empty:
            return ""
        first, last = rows["date_start"].min(), rows["date_end"].max()
        return f"; the events there are dated {metrics.date_span(first, last)}"
    columns = {
        "actor": ["actor1", "actor2"],
        "event_type": ["event_type", "sub_event_type"],
        "source": ["source"],
    }.get(key, [key])
    values = pd.concat([rows[c] for c in columns if c in rows]).dropna().astype("str")
    names = values.value_counts().index.tolist()  # most frequent first
    if not names:
        return ""
    folded = {n.casefold(): n for n in names}
    close = [
        folded[c]
        for c in difflib.get_close_matches(str(value).casefold(), list(folded), n=3, cutoff=0.5)
    ]
    part = [n for n in names if str(value).casefold() in n.casefold()]
    hints = list(dict.fromkeys(close + part))[:3]
    if hints:
        return "; did you mean " + " or ".join(repr(h) for h in hints) + "?"
    shown = ", ".join(repr(n) for n in names[:8])
    return f"; the store has {key} {shown}{' …' if len(names) > 8 else ''}"
