"""The rendered reports in a real browser: headless Chromium through selenium.

For each report (and the index), loaded on a 375 px phone screen and at desktop width: every
image loads, the console has no errors, no request leaves the file (every URL requested is
``file:`` or ``data:``), nothing runs — the injected event's ``<script>alert(1)</script>``
and ``<img src=x onerror=alert(1)>`` are shown as text — and the page does not overflow the
phone's screen. Screenshots of both go to the test's tmp folder (printed at the end;
``pytest -s`` shows them).

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and the
``selenium`` package; skips with the reason otherwise.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from test_reports import XSS_IMG, XSS_SCRIPT, build_clean_store, seed_with_duplicate, xss_event

from analysis.reports import render

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "analysis" / "samples"
CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p and Path(p).is_file()), None
)
DRIVER = next(
    (p for p in ("/usr/bin/chromedriver", shutil.which("chromedriver")) if p and Path(p).is_file()),
    None,
)
PARAMS = {"admin1": "Balochistan", "start": "2024-08-20", "end": "2024-08-31"}
ALERT_SPY = "window.__alerts = []; window.alert = m => window.__alerts.push(String(m));"

XSS_MAPPING = """\
source: analyst
events:
  columns:
    source_event_id: id
    date_start: date
    date_end: date
    date_precision: precision
    event_type: event_type
    sub_event_type: sub_event_type
    actor1: actor1
    admin1: admin1
    location: location
    geo_precision: geo_precision
    notes: notes
    fatalities: fatalities
    victim_group: victim_group
    reported_by: reported_by
  defaults:
    country: Pakistan
    iso3: PAK
"""


def _sample_store(folder: Path) -> tuple[Path, str]:
    """The bundled samples plus the injected event, ingested and cleaned; or, while the
    cleaning pipeline is not importable, the same kind of store built to the contract."""
    store = folder / "samples.duckdb"
    events_file = folder / "analyst_xss.csv"
    pd.DataFrame(
        {
            "id": ["XSS-1"],
            "date": ["2024-08-26"],
            "precision": ["day"],
            "event_type": ["Riots"],
            "sub_event_type": ["Mob violence"],
            "actor1": [f"Rioters {XSS_IMG}"],
            "admin1": ["Balochistan"],
            "location": ["Quetta"],
            "geo_precision": ["exact"],
            "notes": [f"Test notes {XSS_SCRIPT} and {XSS_IMG} end."],
            "fatalities": ["1"],
            "victim_group": ["civilians"],
            "reported_by": ["Analyst"],
        }
    ).to_csv(events_file, index=False)
    (folder / "analyst_xss.yaml").write_text(XSS_MAPPING)
    try:
        from analysis.store import EventStore, ingest_files
        from analysis.store.cleaned import clean_store

        ingest_files(
            store,
            [SAMPLE / "seed_balochistan_events.csv"],
            source="generic",
            mapping=SAMPLE / "seed_balochistan.yaml",
        )
        ingest_files(store, [events_file], source="generic", mapping=folder / "analyst_xss.yaml")
        ingest_files(
            store,
            [
                SAMPLE / f
                for f in ("acled_pakistan_sample.csv", "ucdp_ged_sample.csv", "gtd_sample.csv")
            ],
        )
        with EventStore(store) as db:
            clean_store(db)
        return store, "samples, ingested and cleaned"
    except ImportError as exc:  # the cleaning pipeline is still being written
        store.unlink(missing_ok=True)
        events, figures = seed_with_duplicate()
        xss = xss_event()
        events = pd.concat([events, xss[0]], ignore_index=True)
        figures = pd.concat([figures, xss[1]], ignore_index=True)
        build_clean_store(store, events, figures)
        return store, f"contract-built store ({exc})"


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> tuple[Path, list[Path], str]:
    folder = tmp_path_factory.mktemp("browser")
    store, how = _sample_store(folder)
    out = folder / "reports"
    paths = render.render_reports(["timeline", "casualties", "actors"], PARAMS, store, out)
    paths.append(render.write_index(out))
    return out, paths, how


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    if not (CHROMIUM and DRIVER):
        pytest.skip(
            "chromium and chromedriver are not installed (apt-get install chromium "
            "chromium-driver; .ci/run does it)"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_SPY})
    yield driver
    driver.quit()


def _open(driver, path: Path) -> None:
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get_log("browser")
    driver.get(path.as_uri())
    driver.execute_script("return document.readyState")


def _requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            params = message["params"]
            urls.append(params.get("request", {}).get("url") or params.get("url", ""))
    return urls


def _screenshot(driver, path: Path, folder: Path, width: int, mobile: bool) -> Path:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": mobile},
    )
    _open(driver, path)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1},
        },
    )
    import base64

    target = folder / f"{path.stem}_{width}px.png"
    target.write_bytes(base64.b64decode(shot["data"]))
    return target


def _check_maps(driver, name: str, width: int) -> None:
    """The page's maps are drawn: the phone picture on a phone, the page-wide one on a
    desktop, each fitting the screen and sharp (twice the pixels it is shown at)."""
    maps = driver.execute_script(
        "return Array.from(document.querySelectorAll('figure.map img')).map(i => ({"
        "complete: i.complete, natural: i.naturalWidth, shown: i.getBoundingClientRect().width,"
        "phone: i.currentSrc === i.src, alt: i.alt}))"
    )
    assert maps, f"{name}: no map"
    assert maps[0]["alt"].startswith("Where events happened"), (name, maps)
    for found in maps:
        assert found["complete"] and found["natural"] > 0, (name, found)
        assert 0.6 * width < found["shown"] <= width, (name, width, found)
        assert found["natural"] >= 1.9 * found["shown"], (name, width, found)  # 2x pixels
        assert found["phone"] == (width < 760), (name, width, found)


def _check_chronology(driver, name: str) -> None:
    """On a desktop the chronology (nine columns) is wider than the text and its notes keep
    a readable measure (12rem, 192 px): no word sticks out of its cell."""
    found = driver.execute_script(
        "const wrap = Array.from(document.querySelectorAll('.table-wrap')).find(w =>"
        " Array.from(w.querySelectorAll('th')).some(th => th.textContent === 'notes'));"
        "const cells = Array.from(wrap.querySelectorAll('td'));"
        "const notes = cells.filter(c => c.dataset.label === 'notes');"
        "return {wrap: wrap.getBoundingClientRect().width,"
        " main: document.querySelector('main').getBoundingClientRect().width,"
        " notes: Math.min(...notes.map(c => c.getBoundingClientRect().width)),"
        " sticking: cells.filter(c => c.scrollWidth > c.clientWidth + 1)"
        "   .map(c => c.dataset.label + ': ' + c.textContent.slice(0, 40))}"
    )
    assert found["wrap"] > found["main"], (name, found)
    assert found["notes"] >= 192, (name, found)
    assert found["sticking"] == [], (name, found)


def _check_tables_whole(driver, name: str) -> None:
    """On a desktop every table is shown whole: none hides a column behind a scroll (the
    casualties report's ten columns of reconciled figures among them)."""
    hidden = driver.execute_script(
        "return Array.from(document.querySelectorAll('.table-wrap'))"
        ".filter(w => w.scrollWidth > w.clientWidth + 1)"
        ".map(w => Array.from(w.querySelectorAll('th')).map(th => th.textContent).join(', ')"
        " + ': ' + (w.scrollWidth - w.clientWidth) + 'px hidden')"
    )
    assert hidden == [], (name, hidden)


def test_reports_in_the_browser(reports, browser):
    out, paths, how = reports
    shots = out.parent / "screenshots"
    shots.mkdir(exist_ok=True)
    print(f"\nreports from {how}")
    for path in paths:
        # each page loaded on a phone, then on a desktop: every check on both loads
        for width, mobile in ((375, True), (1280, False)):
            shot = _screenshot(browser, path, shots, width, mobile)
            where = (path.name, width)
            images = browser.execute_script(
                "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, "
                "i.getAttribute('src').slice(0, 22)])"
            )
            assert all(done and wide > 0 for done, wide, _ in images), (where, images)
            if path.name != "index.html":
                assert images and all(src.startswith("data:image/png;base64") for *_, src in images)
            urls = _requested_urls(browser)
            assert urls and all(u.startswith(("file:", "data:")) for u in urls), (where, urls)
            errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
            assert errors == [], (where, errors)
            assert browser.execute_script("return window.__alerts") == [], where
            assert browser.execute_script("return document.scripts.length") == 0, where
            text = browser.find_element("tag name", "body").text
            if path.name.startswith("timeline"):
                assert XSS_SCRIPT in text and XSS_IMG in text  # the chronology's notes, as text
            if path.name.startswith(("timeline", "actors")):
                assert f"Rioters {XSS_IMG}" in text
            if mobile:
                overflow = browser.execute_script(
                    "return document.documentElement.scrollWidth - window.innerWidth"
                )
                assert overflow <= 1, f"{path.name} is {overflow}px wider than a 375px screen"
            if path.name != "index.html":
                _check_maps(browser, path.name, width)
            if path.name.startswith("timeline") and not mobile:
                _check_chronology(browser, path.name)
            if not mobile:
                _check_tables_whole(browser, path.name)
            print(f"screenshot: {shot}")
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> tuple[Path, int]:
    """A timeline report of a 30,000-event selection (the benchmark generator's ACLED-layout
    table and its GTD duplicates, ingested and cleaned)."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import write_tables

    from analysis.store import EventStore, ingest_files
    from analysis.store.cleaned import clean_store

    folder = tmp_path_factory.mktemp("big")
    store = folder / "big.duckdb"
    ingest_files(store, list(write_tables(31_000, folder)))
    with EventStore(store) as db:
        clean_store(db)
        events = db.con.execute(
            "SELECT count(DISTINCT cluster_id) FROM events_clean WHERE claim_status IS NULL "
            "OR claim_status <> 'unconfirmed'"
        ).fetchone()[0]
    page = render.render_report("timeline", {}, store, folder / "timeline.html")
    return page, int(events)


@pytest.mark.scale
def test_a_30000_event_report_stays_small_and_works_offline(big_report, browser):
    page, events = big_report
    assert events >= 30_000
    size = page.stat().st_size
    print(f"\n{events:,} events: {size / 1e6:.2f} MB")
    assert size <= 5_000_000, f"{page.name}: {size:,} bytes"
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    _open(browser, page)
    urls = _requested_urls(browser)
    assert all(u.startswith(("file:", "data:")) for u in urls), urls[:3]
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    link = browser.execute_script(
        "const a = document.querySelector('p.download a');"
        "return [a.getAttribute('download'), a.href.slice(0, 30), a.textContent]"
    )
    assert link[0].endswith(".csv.gz") and link[1].startswith("data:application/gzip;base64")
    assert f"Download all {events:,} events" in link[2]
    text = browser.find_element("tag name", "body").text
    assert f"{events:,} events: the 25 deadliest and the 25 most recent are listed here" in text
    _check_maps(browser, page.name, 1280)


def test_the_index_of_a_failed_batch_fits_a_phone(tmp_path, browser):
    # a job whose custom notebook is missing: its path, with no space to break at, is in
    # the "Not rendered" line; another was tried again after an error as long
    from analysis.reports import markup
    from analysis.reports.catalog import write_index

    meta = {"kind": "timeline", "region": "Balochistan", "start": "2024-08-01"}
    (tmp_path / "timeline.html").write_text(markup.page("Timeline", "<p>x</p>", meta))
    notebook = "/srv/newsroom/" + "sahel_lake_chad_monthly_custom_notebooks_" * 4 + "x.ipynb"
    error = "PapermillExecutionError:" + "_".join(["KeyError<'admin1'>"] * 8)
    batch = {
        "as_of": "2024-09-02",
        "rendered": 1,
        "skipped": 0,
        "failed": 1,
        "jobs": [
            {
                "job": "menaka-monthly",
                "status": "failed",
                "error": f"{notebook}: report notebook not found",
                "retried": [],
            },
            {
                "job": "tillaberi-monthly",
                "status": "rendered",
                "retried": [
                    {"attempt": 1, "status": "failed", "kernel_start": False, "error": error}
                ],  # fmt: skip
            },
        ],
    }
    index = write_index(tmp_path, batch=batch)
    for width in (400, 375):
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": True},
        )
        _open(browser, index)
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth"
        )
        assert overflow <= 1, f"the index is {overflow}px wider than a {width}px screen"
        text = browser.find_element("tag name", "body").text.replace("\n", "")
        assert f"menaka-monthly: failed – {notebook}: report notebook not found" in text
        assert f"tillaberi-monthly: rendered after 1 retry: attempt 1 (failed): {error}" in text
        assert browser.execute_script("return document.scripts.length") == 0
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
