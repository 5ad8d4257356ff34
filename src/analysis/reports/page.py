"""What the report notebooks call: load the data once, then show one block per cell.

A notebook's cells stay a few lines long::

    report = open_report("timeline", globals())
    report.header()
    report.figure(plots.stacked_periods(metrics.per_period(report.events, ...)))

Every block is HTML built by :mod:`analysis.reports.markup` (data escaped). When the
selection has no events, the header says so plainly and the figure/table blocks show
nothing, so the report still renders: header, parameters and methodology.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis import metrics
from analysis.paths import default_store
from analysis.reports import markup, wording
from analysis.reports.data import ReportData, load_report_data, shared_report_data
from analysis.reports.params import PARAM_NAMES, ReportParams, parse_params, whole_months
from analysis.store import prepare_store
from analysis.store.queries import selection_dates, store_places

if TYPE_CHECKING:  # the renderer's process reads KIND_TITLES: no matplotlib
    from matplotlib.figure import Figure

KIND_TITLES = {"timeline": "Timeline", "casualties": "Casualties", "actors": "Actors"}
NO_EVENTS = "No events in this period."
UNCERTAINTY = (
    "Fatalities are reconciled for each real event and victim group. One reporter's figures "
    "for the same victims add up. When several reporters give figures for one event, their "
    "overlap is unknown, so the range runs from the largest single figure (low and best "
    "estimate) to their sum (high); a toll a reporter gives without saying who died, beside "
    "another reporter's figures by victim group, may count the same people, so it adds to "
    "the low end only what the largest reporter's total leaves beyond those figures. When "
    "several sources (for example ACLED, UCDP and an analyst's table) describe the same "
    "real event, they count the same victims, so the largest of each bound is used, never "
    "a sum; a toll one source gives without saying who died (victim group 'unknown') "
    "counts only what the largest source total leaves beyond the other sources' groups. "
    "Totals add the events' lows, best estimates and highs. Perpetrators' own claims are "
    "shown apart and never counted."
)
DUPLICATES = (
    "Records from different sources that describe the same real event are linked (same "
    "day or overlapping dates, nearby place, compatible actors and figures) and counted "
    "once, through one primary record; the 'sources' column lists every source that "
    "reported it."
)


def open_report(kind: str, namespace: dict[str, object]) -> Report:
    """Read the notebook's parameters from ``namespace`` (its ``globals()``), check them and
    load the data (or take what the batch loaded for every report of it:
    :func:`~analysis.reports.data.shared_report_data`)."""
    if kind not in KIND_TITLES:
        raise ValueError(f"unknown report kind {kind!r}")
    raw = {name: namespace.get(name, "") for name in PARAM_NAMES}
    store = prepare_store(Path(raw.pop("store") or default_store()))
    params = parse_params(
        raw, store_places(store), store, KIND_TITLES[kind], selection_dates(store), resolved=True
    )
    return Report(kind, shared_report_data(params) or load_report_data(store, params))


def _show_html(text: str) -> None:
    from IPython.display import HTML, display

    display(HTML(text))


def source_gaps(spans: pd.DataFrame, first: date, last: date) -> list[str]:
    """Why each source of ``spans`` (``source``, ``first``, ``last``: one row per file) does
    not cover the days ``first`` to ``last``; none when its files' spans, joined where one
    starts by the day after another ends, hold them all.

    >>> spans = pd.DataFrame({"source": ["acled", "acled", "ucdp"],
    ...     "first": pd.to_datetime(["2020-06-01", "2024-08-01", "2024-01-01"]),
    ...     "last": pd.to_datetime(["2020-06-30", "2024-08-31", "2024-09-02"])})
    >>> source_gaps(spans, date(2024, 7, 1), date(2024, 7, 31))
    ['acled has no file between 30 Jun 2020 and 1 Aug 2024']
    >>> source_gaps(spans, date(2020, 5, 1), date(2020, 5, 31))
    ['acled from 1 Jun 2020', 'ucdp from 1 Jan 2024']
    >>> source_gaps(spans, date(2024, 8, 1), date(2024, 8, 31))
    []
    """
    reasons = []
    for source, files in spans.groupby("source", sort=True):
        joined: list[list[date]] = []
        for a, b in sorted(
            zip(
                pd.to_datetime(files["first"]).dt.date,
                pd.to_datetime(files["last"]).dt.date,
                strict=True,
            )
        ):
            if joined and (a - joined[-1][1]).days <= 1:
                joined[-1][1] = max(joined[-1][1], b)
            else:
                joined.append([a, b])
        if any(a <= first and b >= last for a, b in joined):
            continue
        if first < joined[0][0]:
            reasons.append(f"{source} from {metrics.date_span(joined[0][0], joined[0][0])}")
        elif last > joined[-1][1]:
            reasons.append(f"{source} until {metrics.date_span(joined[-1][1], joined[-1][1])}")
        else:
            before = max((b for _, b in joined if b < last), default=first)
            after = min((a for a, _ in joined if a > first), default=last)
            reasons.append(
                f"{source} has no file between {metrics.date_span(before, before)} and "
                f"{metrics.date_span(after, after)}"
            )
    return reasons


class Report:
    """One report's data and the blocks its notebook shows."""

    def __init__(
        self, kind: str, data: ReportData, show: Callable[[str], None] | None = None
    ) -> None:
        self.kind = kind
        self.data = data
        self.params: ReportParams = data.params
        self.events = data.events
        self.rows = data.rows
        self.fatalities = data.fatalities
        self.claims = data.claims
        self.casualties = data.casualties
        self._show = show or _show_html

    # -------------------------------------------------------------- shortcuts

    @property
    def empty(self) -> bool:
        return self.events.empty

    @property
    def span(self) -> tuple[date, date, str]:
        """(start, end, freq) for the period functions of :mod:`analysis.metrics`."""
        return self.params.start, self.params.end, self.params.freq

    @property
    def top(self) -> int:
        return self.params.top

    @property
    def place_term(self) -> str:
        """What the selection's first-level units are called, in the singular
        (:func:`analysis.boundaries.admin1_term`): "province" for Pakistan, "region" for
        Burkina Faso or the United Kingdom, "province" where the countries' words differ."""
        from analysis import boundaries

        return boundaries.admin1_term(self.events["iso3"].dropna().unique())

    @property
    def district_term(self) -> str:
        """What the selection's second-level units are called, in the singular
        (:func:`analysis.reference.admin2_terms.admin2_term`): "district" for Pakistan,
        "cercle" for Mali, "local government area" for Nigeria, "district" where the
        countries' words differ."""
        from analysis.reference.admin2_terms import admin2_term

        return admin2_term(self.events["iso3"].dropna().unique())

    def headline_frame(self) -> pd.DataFrame:
        return metrics.headline(self.events, self.fatalities)

    def previous_frame(self) -> pd.DataFrame | None:
        """The previous period's headline numbers; ``None`` when there is no comparison or
        the data do not cover that period (:meth:`uncovered_previous`)."""
        if not self.params.compare or self.data.previous_events is None:
            return None
        if self.uncovered_previous():
            return None
        return metrics.headline(self.data.previous_events, self.data.previous_fatalities)

    def uncovered_previous(self) -> str:
        """Why the previous period cannot be compared ("" when it can): a source of this
        selection's events does not cover it in the store (for this region), e.g. a GED
        selection before 1989, an ACLED file that starts with this period, or two files with
        the previous period between them. Every source must cover it: one UCDP event in July
        does not make an August of ACLED and UCDP comparable with a July of UCDP alone."""
        coverage = self.data.coverage
        if not self.params.compare or self.empty or coverage is None or coverage.empty:
            return ""
        first, last = self.params.previous
        used = coverage[coverage["source"].isin(set(self.rows["source"]))]
        reasons = source_gaps(used, first, last)
        if not reasons:
            return ""
        named = wording.previous_text(self.params.start, self.params.end, (first, last))
        months = whole_months(self.params.start, self.params.end)
        one = self.params.days == 1 or months == 1 or (months == 12 and first.month == 1)
        return (
            f"{named[0].upper()}{named[1:]} {'is' if one else 'are'} not compared: a source of "
            f"these events does not cover {'it' if one else 'them'} in the store "
            f"({'; '.join(reasons)})."
        )

    # ------------------------------------------------------------------ text

    def summary(self) -> str:
        """The summary paragraph, written from the numbers."""
        head = self.headline_frame()
        start, end, _ = self.span
        extra = []
        if not self.empty and self.kind == "casualties":
            extra += self._casualty_sentences()
        if not self.empty and self.kind == "actors":
            extra += self._actor_sentences()
        uncovered = self.uncovered_previous()
        if uncovered:
            extra.insert(0, uncovered)
        return wording.summary_text(
            head,
            start,
            end,
            self.params.region,
            previous=self.previous_frame(),
            deadliest_frame=metrics.deadliest(self.events, self.fatalities, 1),
            unknown_toll=metrics.unknown_tolls(self.events, self.fatalities),
            extra=extra,
            previous_period=self.params.previous,
        )

    def _casualty_sentences(self) -> list[str]:
        out = []
        # a district selection is told by district, any other by province
        level = "admin2" if self.params.admin2 else "admin1"
        places = metrics.by_place(self.events, self.fatalities, level)
        if len(places) > 1 and places["best"].iloc[0] > 0:
            top = places.iloc[0]
            where = "the district of " if self.params.admin2 else ""
            out.append(
                f"The most deaths were recorded in {where}{top[level]}: "
                f"{wording.killed_phrase(top['low'], top['best'], top['high'])}."
            )
        if len(self.claims):
            claimed = int(self.claims["best"].fillna(0).sum())
            out.append(
                f"Perpetrators claimed {claimed:,} deaths; claims are listed apart and not counted."
            )
        return out

    def _actor_sentences(self) -> list[str]:
        # nobody unidentified, no civilian population (who was attacked), a state's forces
        # counted together competing as one actor, as the actors table ranks them:
        # metrics.headline_actor
        actors = metrics.by_actor(self.events, self.fatalities, rows=self.rows, state_forces=True)
        top = metrics.headline_actor(actors)
        return [] if top is None else [wording.most_active_sentence(top, actors)]

    # ---------------------------------------------------------------- blocks

    def header(self) -> None:
        """Title, region/period line, and the summary (or the no-events notice)."""
        p = self.params
        subtitle = (
            f"{KIND_TITLES[self.kind]} report · {p.region} · {p.start.isoformat()} to "
            f"{p.end.isoformat()} · by {p.freq} · generated {self.data.generated_at} · "
            f"data version {self.data.data_version}"
        )
        parts = [markup.heading(p.title, 1), markup.paragraph(subtitle, "subtitle")]
        if self.empty:
            parts.append(markup.notice(NO_EVENTS))
            parts.append(
                markup.paragraph(
                    f"The store has no events for {p.region} between {p.start.isoformat()} "
                    f"and {p.end.isoformat()}. The parameters and the data version are "
                    "listed below."
                )
            )
        parts.append(markup.paragraph(self.summary(), "summary"))
        self._show("<header>" + "".join(parts) + "</header>")

    def headline(self) -> None:
        """Headline numbers as cards: events, fatalities (best, low–high), victim groups."""
        if self.empty:
            return
        head = self.headline_frame().set_index("measure")
        items = [("events", f"{int(head.loc['events', 'best']):,}", "events", "")]
        lo, be, hi = (int(head.loc["fatalities", b]) for b in metrics.BOUNDS)
        items.append(("fatalities", f"{be:,}", "fatalities (best estimate)", _range(lo, hi)))
        for group, label in metrics.GROUP_LABELS.items():
            lo, be, hi = (int(head.loc[group, b]) for b in metrics.BOUNDS)
            if hi:
                items.append((group, f"{be:,}", label, _range(lo, hi)))
        unknown = metrics.unknown_tolls(self.events, self.fatalities)
        if unknown:
            items.append(("unknown-toll", f"{unknown:,}", "events with no known toll", ""))
        previous = self.previous_frame()
        if previous is not None:
            change = metrics.compare_periods(self.headline_frame(), previous)
            row = change.set_index("measure").loc["fatalities"]
            items.append(
                ("change", f"{int(row['change']):+,}", "deaths vs previous period", _pct(row))
            )
        self._show(markup.cards(items))

    def section(self, title: str, intro: str | None = None) -> None:
        """A section heading (nothing when there are no events)."""
        if self.empty:
            return
        self._show(markup.heading(title) + (markup.paragraph(intro) if intro else ""))

    def period_caption(self) -> str | None:
        """What a period chart cannot show: how many of its events are dated only to a span
        longer than one of its periods, and so drawn in the period of the day they are
        counted on."""
        spread = metrics.spanning_periods(self.events, self.params.freq)
        if not spread:
            return None
        what = "event is" if spread == 1 else "events are"
        return (
            f"{spread} {what} dated to a span longer than one {self.params.freq} (as the "
            "sources give them: a few days, a week or a month): each is drawn in the period "
            "of the day it is counted on, not spread over it."
        )

    def figure(self, fig: Figure, caption: str | None = None, css: str | None = None) -> None:
        """An embedded chart (nothing when there are no events)."""
        if not self.empty:
            self._show(markup.figure(fig, caption=caption, css=css))

    def table(
        self,
        frame: pd.DataFrame,
        title: str | None = None,
        caption: str | None = None,
        max_rows: int | None = 200,
        empty: str = "None in this period.",
    ) -> None:
        """A titled table; ``empty`` (a note) when it has no row."""
        if self.empty:
            return
        head = markup.heading(title, 3) if title else ""
        if frame.empty:
            self._show(head + markup.paragraph(empty, "note"))
            return
        self._show(head + markup.table(compact(frame), caption=caption, max_rows=max_rows))

    def districts(self) -> None:
        """Events and deaths per second-level unit (:func:`analysis.metrics.by_place` at
        ``admin2``), titled and headed by what the selection's countries call their units
        ("By district", columns "province" and "district"; "By cercle" for Mali); a note,
        not a table of "unknown", when no event is placed in one (GTD names no district,
        ACLED events coded to a province only)."""
        if self.empty:
            return
        frame = metrics.by_place(self.events, self.fatalities, "admin2")
        upper, lower = self.place_term, self.district_term
        title = f"By {lower}"
        if frame.empty or frame["admin2"].eq("unknown").all():
            note = f"No event of this selection is placed in a {lower} by its source."
            self._show(markup.heading(title, 3) + markup.paragraph(note, "note"))
            return
        if upper != lower:
            frame = frame.rename(columns={"admin1": upper, "admin2": lower})
        self.table(frame, title)

    def maps(self, colour_by: str = "event_type") -> None:
        """Where events happened: points sized by deaths, coloured by ``colour_by``
        (:func:`analysis.maps.event_map`), and deaths per province when the selection spans
        several (:func:`analysis.maps.admin1_choropleth`, titled and captioned by what the
        units are called: :func:`analysis.boundaries.admin1_term`). A district's map shows
        its province too: zoomed to a few dots, a map loses every landmark a reader knows."""
        if self.empty:
            return
        from analysis import maps

        self.section("Where events happened")
        figure = maps.event_map(self.events, self.fatalities, colour_by, top=min(self.top, 6))
        caption = maps.event_map_caption(self.events, self.fatalities, figure, colour_by)
        self.figure(figure, caption=caption, css="map")
        if maps.spans_provinces(self.events):
            figure = maps.admin1_choropleth(self.events, self.fatalities)
            caption = maps.deaths_map_caption(self.events, self.fatalities, figure)
            self.figure(figure, caption=caption, css="map")

    def chronology(self, shown: int = 25) -> None:
        """The chronology: every event when there are few, else the ``shown`` deadliest and
        the ``shown`` most recent with a count of the rest; the whole selection as a CSV
        download inside the page."""
        if self.empty:
            return
        full = metrics.chronology(self.events, self.fatalities)
        self.section("Chronology")
        link = self.download_link()
        if len(full) <= 2 * shown + 10:
            self._show(
                markup.paragraph("Every event in date order, with its reconciled death toll.")
                + f'<p class="download">{link}</p>'
                + markup.table(full)
            )
            return
        ordered = metrics.with_fatalities(self.events, self.fatalities).sort_values(
            ["date_start", "cluster_id"], kind="stable"
        )
        position = pd.Series(range(len(ordered)), index=ordered["cluster_id"].astype("str"))
        worst = metrics.deadliest(self.events, self.fatalities, n=shown)["cluster_id"]
        deadliest = full.iloc[position[worst.astype("str")].to_numpy()]
        recent = full.tail(shown).iloc[::-1]
        rest = len(full) - len(set(deadliest.index) | set(recent.index))
        self._show(
            markup.paragraph(
                f"{len(full):,} events: the {len(deadliest):,} deadliest and the "
                f"{len(recent):,} most recent are listed here; the other {rest:,} are in the "
                "download, with every event's place, coordinates, actors, figures and notes."
            )
            + f'<p class="download">{link}</p>'
            + markup.heading("Deadliest events", 3)
            + markup.table(deadliest)
            + markup.heading("Most recent events", 3)
            + markup.table(recent)
        )

    def download_link(self) -> str:
        """The ``<a download>`` link carrying every event of the selection as CSV
        (:mod:`analysis.reports.download`), named for the selection
        (:func:`~analysis.reports.download.download_name`)."""
        from analysis.reports import download

        return download.csv_link(
            download.export_frame(self.events, self.fatalities),
            download.download_name(self.params),
            f"Download all {len(self.events):,} events as CSV",
        )

    def download(self) -> None:
        """Every event of the selection as a CSV download inside the page (the timeline's
        chronology carries the same link); nothing when there are no events."""
        if self.empty:
            return
        self.section(
            "All events",
            "Every event of this report, one row each, with its place, coordinates, actors, "
            "reconciled figures, sources and notes.",
        )
        self._show(f'<p class="download">{self.download_link()}</p>')

    def comparison(self) -> None:
        """Change against the previous period (:func:`analysis.reports.params.previous_period`)."""
        previous = self.previous_frame()
        uncovered = self.uncovered_previous()
        if uncovered:
            self.section("Change against the previous period")
            self._show(markup.paragraph(uncovered, "note"))
        if self.empty or previous is None:
            return
        first, last = self.params.previous
        change = metrics.compare_periods(self.headline_frame(), previous)
        change["measure"] = change["measure"].map(
            lambda m: metrics.GROUP_LABELS.get(m, m) if m != "fatalities" else "all fatalities"
        )
        self._show(
            markup.heading("Change against the previous period")
            + markup.paragraph(
                f"Best estimates, {self.params.start.isoformat()} to "
                f"{self.params.end.isoformat()} against {first.isoformat()} to "
                f"{last.isoformat()}."
            )
            + markup.table(change.rename(columns={"change_pct": "change %"}))
        )

    def parameters(self) -> None:
        """The parameters used."""
        self._show(markup.heading("Parameters used") + markup.definitions(self.params.shown()))

    def methodology(self) -> None:
        """The methodology footer: sources, counting, cleaning, quarantine, data version."""
        d, p = self.data, self.params
        parts = [markup.heading("Methodology and sources")]
        parts.append(markup.heading("Sources and their dates", 3))
        parts.append(
            markup.table(
                d.sources,
                caption="first/last event: dates of that source's events in the whole store.",
            )
        )
        parts.append(markup.heading("How events and deaths were counted", 3))
        multi = (
            int(self.events["cluster_sources"].astype("str").str.contains(";").sum())
            if ("cluster_sources" in self.events)
            else 0
        )
        imprecise = (
            int(self.events["date_precision"].astype("str").ne("day").sum())
            if "date_precision" in self.events
            else 0
        )
        items = [
            f"{len(d.rows):,} source record(s) in this selection describe {len(self.events):,} "
            f"real event(s); {multi:,} event(s) were reported by more than one source. "
            f"The store has {d.duplicate_links:,} accepted duplicate link(s). " + DUPLICATES,
            UNCERTAINTY,
            *(
                [
                    f"Districts selected: {', '.join(p.admin2)}. Only events known to a "
                    "district are in it: events known only to their province or country "
                    "(geo_precision admin1 or country) cannot be placed in a district and are "
                    "left out."
                ]
                if p.admin2
                else []
            ),
            f"Events with no known death toll: "
            f"{metrics.unknown_tolls(self.events, self.fatalities):,} (not in any total).",
            f"Events known only to a week, month or year: {imprecise:,}. Each event is counted "
            "in the one period that holds the day its source dates it to, and placed on that "
            "day: ACLED's event_date (for a week-precision event, the middle of its week), "
            "otherwise the first day of its span.",
            (
                "Unconfirmed claims are counted as events."
                if p.include_unconfirmed
                else f"Unconfirmed claims are left out: {d.excluded_unconfirmed:,} event(s) "
                "excluded (set include_unconfirmed=yes to count them)."
            ),
        ]
        if self.kind == "actors":
            roles = metrics.actor_involvement(self.events, self.rows)
            untyped = roles.loc[roles["actor_type"].eq("unknown type"), "actor"].nunique()
            items.append(
                "Actor names and types come from the bundled actor table "
                "(src/analysis/reference/actors.csv, from the UCDP actor list and ACLED's "
                "naming), else types from the source's own: ACLED's actor categories, the "
                f"UCDP Actor Dataset's kind of organisation; {untyped:,} actor(s) of this "
                "selection have neither, so their type is shown as unknown: such a name may "
                "be another spelling of a listed actor (analysis clean lists the closest "
                "known names). " + metrics.ACTOR_COUNTING
            )
        if p.compare:
            first, last = p.previous
            before = (
                wording.plural(months, "calendar month")
                if (months := whole_months(p.start, p.end))
                else f"{p.days:,} day(s)"
            )
            items.append(
                f"The previous period is the {before} before: {first.isoformat()} to "
                f"{last.isoformat()}."
            )
        edges = d.edge_events
        if len(edges):
            here = int(edges["counted"].eq("in this period").sum())
            items.append(
                f"Events whose linked records are dated on both sides of this period's edge: "
                f"{len(edges):,} ({here:,} counted in this period, {len(edges) - here:,} in "
                "the next or previous one). A linked event is counted once, in the one period "
                "that holds its primary record's day, whatever the other records say; the "
                "table below lists them."
            )
        parts.append(markup.bullets(items))
        if len(edges):
            parts.append(
                markup.table(
                    edges.rename(
                        columns={
                            "cluster_id": "event",
                            "counted_on": "counted on",
                            "records": "records (source, day; the primary first)",
                        }
                    ),
                    caption="Linked events across this period's edge, and where each is counted.",
                )
            )
        parts.append(markup.heading("Cleaning", 3))
        if len(d.cleaning):
            parts.append(
                markup.table(
                    d.cleaning,
                    caption="Values changed by each cleaning step (whole store). Raw records "
                    "are kept unchanged; cleaning writes separate tables.",
                )
            )
        else:
            parts.append(markup.paragraph("Cleaning changed no values.", "note"))
        parts.append(markup.heading("Quarantined rows", 3))
        parts.append(
            markup.paragraph(
                f"{d.quarantined_rows:,} input row(s) could not be made valid and are in no "
                "figure of this report (the command analysis quarantine lists them)."
            )
        )
        if len(d.quarantine_reasons):
            parts.append(markup.table(d.quarantine_reasons, max_rows=15))
        parts.append(markup.heading("Data version", 3))
        parts.append(
            markup.definitions(
                [
                    ("data version", d.data_version),
                    ("files ingested", f"{len(d.ingests):,}"),
                    ("cleaned at", d.cleaned_at or "unknown"),
                    ("generated at", d.generated_at),
                    ("store", Path(p.store).name),
                ]
            )
        )
        self._show('<footer class="methodology">' + "".join(parts) + "</footer>")


def compact(frame: pd.DataFrame) -> pd.DataFrame:
    """``low``/``best``/``high`` shown as one ``fatalities`` column ("21–33 (best 21)"), in
    the place of ``low``; a ``toll_unknown`` column (events of unknown toll) kept only when
    some row has such an event; other columns unchanged.

    >>> shown = compact(pd.DataFrame({"actor": ["a"], "toll_unknown": [0], "low": [21],
    ...     "best": [21], "high": [33]}))
    >>> shown.to_dict("records")
    [{'actor': 'a', 'fatalities': '21–33 (best 21)'}]
    >>> shown = compact(pd.DataFrame({"actor": ["a", "b"], "events": [3, 2],
    ...     "toll_unknown": [1, 2], "low": [4, None], "best": [4, None], "high": [4, None]}))
    >>> shown.values.tolist()
    [['a', 3, 1, '4'], ['b', 2, 2, 'unknown']]
    """
    shown = metrics.with_ranges(frame)
    if "toll_unknown" in shown.columns and not shown["toll_unknown"].gt(0).any():
        shown = shown.drop(columns="toll_unknown")
    return shown


def _range(low: int, high: int) -> str:
    return f"range {low:,}–{high:,}" if low != high else ""


def _pct(row: pd.Series) -> str:
    previous = int(row["previous"])
    if pd.isna(row["change_pct"]):
        return f"previous: {previous:,}"
    return f"{row['change_pct']:+.0f}% (previous: {previous:,})"
