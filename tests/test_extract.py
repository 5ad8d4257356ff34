"""``analysis extract``: from a news article to candidate events.

The seed article (``../shared/seed/000_257a79d784629294.txt``, published Monday 2024-08-26)
is read where it is — it is a Reuters-style text, so it is not copied into the repository;
those tests skip when it is absent. ``tests/fixtures/articles/`` holds two fictional
articles written for these tests in the same style (see its README).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from test_browser import _open, _requested_urls, _screenshot, browser  # noqa: F401 (fixture)

from analysis import parse_count
from analysis.extract import extract_article
from analysis.extract.claims import find_claims
from analysis.extract.dates import find_dates
from analysis.extract.figures import find_figures
from analysis.extract.reporters import find_reporter
from analysis.extract.review import review_html
from analysis.extract.sentences import split_sentences
from conftest import FIXTURES, ROOT, balanced

SEED = ROOT.parent / "shared" / "seed" / "000_257a79d784629294.txt"
ARTICLES = FIXTURES / "articles"
KP = ARTICLES / "kp_checkpost.txt"
QUETTA = ARTICLES / "quetta_market.txt"


def figures(candidate) -> list[tuple]:
    """(victim group, phrase, low, best, high, qualifier, reported by) of each figure."""
    return [
        (f.victim_group, f.fatalities, f.low, f.best, f.high, f.qualifier, f.reported_by)
        for f in candidate.figures
    ]


def dates(candidate) -> tuple[str, str, str]:
    return (
        candidate.date_start.isoformat(),
        candidate.date_end.isoformat(),
        candidate.date_precision,
    )


def sentence_texts(result, candidate) -> str:
    return " ".join(result.sentences[i].text for i in candidate.sentence_ids)


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_file():
        pytest.skip("../shared/seed/000_257a79d784629294.txt is not present")
    return extract_article(SEED.read_text(encoding="utf-8"), date(2024, 8, 26))


def _one(result, **where):
    hits = [c for c in result.candidates if all(getattr(c, k) == v for k, v in where.items())]
    assert len(hits) == 1, (where, [c.to_dict() for c in result.candidates])
    return hits[0]


# --- the seed article: every "Done when" item ----------------------------------------------


def test_seed_musakhail_highway_killings(seed):
    highway = _one(seed, location="Musa Khel")
    assert figures(highway) == [
        ("civilians", "at least 23", 23, 23, 23, "at_least", "Local officials")
    ]
    assert dates(highway) == ("2024-08-25", "2024-08-25", "day")  # "On Sunday night"
    assert (highway.admin1, highway.geo_precision) == ("Balochistan", "near")
    assert (highway.event_type, highway.sub_event_type) == ("Violence against civilians", "Attack")
    assert (highway.actor1, highway.actor2) == ("Armed men", "Civilians")
    # "The BLA said its fighters targeted military personnel …": the BLA's own claim
    assert (highway.claimed_by, highway.claim_status) == ("Baloch Liberation Army", "claimed")
    text = sentence_texts(seed, highway)
    assert "On Sunday night, armed men blocked a highway" in text
    assert "in the area of Musakhail" in text
    assert "Local officials said at least 23 passengers" in text
    assert highway.reported_by[:2] == ["Local officials", "Police (Ayub Achakzai)"]


def test_seed_kalat_levies_station(seed):
    kalat = _one(seed, location="Kalat")
    reporter = "Police (Dostain Khan Dashti)"
    assert figures(kalat) == [
        ("security_forces", "Six", 6, 6, 6, "exact", reporter),
        ("civilians", "three", 3, 3, 3, "exact", reporter),
        ("civilians", "one", 1, 1, 1, "exact", reporter),  # the tribal elder
    ]
    assert sum(f.best for f in kalat.figures) == 10
    assert [f.figure_text for f in kalat.figures] == [
        "Six security personnel",
        "three civilians",
        "one tribal elder",
    ]
    assert (kalat.admin2, kalat.admin1, kalat.geo_precision) == ("Kalat", "Balochistan", "admin2")
    assert (kalat.actor1, kalat.actor2) == ("Militants", "Balochistan Levies")
    assert (kalat.event_type, kalat.sub_event_type) == ("Battles", "Armed clash")
    assert dates(kalat) == ("2024-08-25", "2024-08-26", "week")  # no date phrase: the window
    # the officials' "at least 10 people in one attack" are the same ten, not a further figure
    assert "killing at least 10 people in one attack" in sentence_texts(seed, kalat)
    assert any("same 10" in remark for remark in kalat.remarks)


def test_seed_six_bodies_near_the_rail_bridge(seed):
    bridge = _one(seed, topic="rail bridge")
    assert figures(bridge) == [("unknown", "six", 6, 6, 6, "exact", "Police")]
    assert bridge.figures[0].figure_text == "six as yet unidentified bodies"
    assert bridge.event_type == "Explosions/Remote violence"
    assert bridge.sub_event_type == "Remote explosive/landmine/IED"
    assert (bridge.location, bridge.admin1, bridge.geo_precision) == (None, "Balochistan", "admin1")
    assert dates(bridge) == ("2024-08-25", "2024-08-26", "week")
    assert bridge.reported_by == ["Railways (Muhammad Kashif)", "Police"]
    link = _one(seed, topic="rail link")  # "as well as on a rail link to neighbouring Iran"
    assert link.figures == []
    assert set(bridge.sentence_ids) & set(link.sentence_ids)  # the one sentence names both


def test_seed_military_and_interior_ministry_figures(seed):
    operations = _one(seed, topic="operations")
    assert figures(operations) == [
        ("militants", "12", 12, 12, 12, "exact", "Interior Minister Mohsin Naqvi"),
        ("security_forces", "14", 14, 14, 14, "exact", "Pakistan military"),
        ("militants", "21", 21, 21, 21, "exact", "Pakistan military"),
    ]
    assert operations.figures[1].figure_text == "14 soldiers and police"
    # "after the attacks on Sunday and Monday"
    assert dates(operations) == ("2024-08-25", "2024-08-26", "day")
    assert (operations.event_type, operations.actor1) == ("Battles", "Military Forces of Pakistan")
    # "It was not immediately clear whether that included the 12 militants …" joins it
    assert "not immediately clear" in sentence_texts(seed, operations)
    assert operations.sentence_ids == [3, 4, 5]


def test_seed_bla_unconfirmed_claims(seed):
    claim = _one(seed, claim_only=True)
    assert (claim.claimed_by, claim.claim_status) == ("Baloch Liberation Army", "unconfirmed")
    assert claim.reported_by == ["Baloch Liberation Army"]
    assert (claim.event_type, claim.sub_event_type) == ("Strategic developments", "Other")
    assert claim.actor1 == "Baloch Liberation Army"
    assert claim.figures == []
    assert dates(claim) == ("2024-08-25", "2024-08-26", "week")
    assert any("a major paramilitary base" in r for r in claim.remarks)
    assert "have yet to confirm" in sentence_texts(seed, claim)


def test_seed_coastal_police_stations_and_the_rest(seed):
    coastal = [c for c in seed.candidates if c.topic == "station" and c.location is None]
    assert len(coastal) == 2  # "in two southern coastal towns"
    for candidate in coastal:
        assert figures(candidate) == [
            ("unknown", "yet to be confirmed", None, None, None, "unknown", "Officials")
        ]
    # the general claim of responsibility reaches every attack, and says so
    attacks = [c for c in seed.candidates if c.topic not in ("operations", None)]
    assert {c.claimed_by for c in attacks} == {"Baloch Liberation Army"}
    assert len(seed.candidates) == 8
    # the lead's "more than 60 people" is the article's total, not an event
    assert [(f.figure_text, f.reported_by) for f in seed.totals] == [
        ("more than 60 people", "Officials")
    ]
    # background sentences (Punjab workers, Gawadar port) give no candidate
    assert not {c.location for c in seed.candidates} & {"Gwadar", "Punjab"}
    for candidate in seed.candidates:
        assert candidate.country == "Pakistan" and candidate.admin1 == "Balochistan"


def test_seed_is_deterministic(seed):
    again = extract_article(SEED.read_text(encoding="utf-8"), date(2024, 8, 26))
    assert again.to_dict() == seed.to_dict()


# --- the two articles written for the tests ------------------------------------------------


def test_kp_checkpost_article():
    result = extract_article(KP.read_text(encoding="utf-8"), date(2024, 9, 17))
    assert len(result.candidates) == 2
    attack, operation = result.candidates
    assert dates(attack) == ("2024-09-16", "2024-09-16", "day")  # "late on Monday"
    assert (attack.location, attack.admin2, attack.admin1) == (
        "Lakki",  # GeoNames' name of the town of Lakki Marwat
        "Lakki Marwat",
        "Khyber Pakhtunkhwa",
    )
    assert (attack.event_type, attack.sub_event_type) == ("Battles", "Armed clash")
    assert (attack.actor1, attack.actor2) == (
        "Tehrik-i-Taliban Pakistan",
        "Police Forces of Pakistan",
    )
    assert (attack.claimed_by, attack.claim_status) == ("Tehrik-i-Taliban Pakistan", "claimed")
    assert figures(attack) == [
        ("security_forces", "at least a dozen", 12, 12, 12, "at_least", "Officials"),
        ("security_forces", "12", 12, 12, 12, "exact", "Police (Zahid Ali)"),
        ("militants", "between 5 and 8", 5, 5, 8, "range", "Police (Zahid Ali)"),
        # "The TTP also claimed …": the claimant by its canonical name, with the short form
        # the sentence gives it
        ("security_forces", "20", 20, 20, 20, "exact", "Tehrik-i-Taliban Pakistan (TTP)"),
    ]
    # the TTP's own "20 policemen" is a perpetrator claim; the wounded are not counted
    assert [f.perpetrator_claim for f in attack.figures] == [False, False, False, True]
    assert "Police (Ahmed Khan)" in attack.reported_by
    assert dates(operation) == ("2024-09-17", "2024-09-17", "day")  # "on Tuesday morning"
    assert figures(operation) == [
        ("militants", "four", 4, 4, 4, "exact", "Military media wing (ISPR)")
    ]
    assert (operation.actor1, operation.event_type) == ("Military Forces of Pakistan", "Battles")
    assert operation.claimed_by is None


def test_quetta_market_article():
    result = extract_article(QUETTA.read_text(encoding="utf-8"), date(2024, 10, 11))
    assert len(result.candidates) == 2
    bombing, checkpoint = result.candidates
    assert dates(bombing) == ("2024-10-10", "2024-10-10", "day")  # "on Thursday evening"
    assert (bombing.location, bombing.admin1, bombing.geo_precision) == (
        "Quetta",
        "Balochistan",
        "near",
    )
    assert (bombing.event_type, bombing.sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    # police and hospital officials' figures side by side; the 40 treated are not deaths
    assert figures(bombing) == [
        ("unknown", "more than 20", 21, 21, 21, "more_than", "Police"),
        ("unknown", "26", 26, 26, 26, "exact", "Hospital officials"),
    ]
    assert bombing.reported_by == ["Police", "Police (Naveed Akhtar)", "Hospital officials"]
    assert bombing.claimed_by is None and bombing.actor1 is None  # "No group … claimed"
    assert dates(checkpoint) == ("2024-10-07", "2024-10-07", "day")  # "on 7 October"
    assert (checkpoint.location, checkpoint.admin1) == ("Mastung", "Balochistan")
    assert (checkpoint.actor1, checkpoint.actor2) == ("Gunmen", "Balochistan Levies")
    assert figures(checkpoint) == [("security_forces", "two", 2, 2, 2, "exact", "Local officials")]


# --- the pieces ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Sunday night", ("2024-08-25", "2024-08-25", "day")),
        ("on Monday", ("2024-08-26", "2024-08-26", "day")),
        ("on Sunday and Monday", ("2024-08-25", "2024-08-26", "day")),
        ("on Tuesday", ("2024-08-20", "2024-08-20", "day")),  # the most recent Tuesday
        ("yesterday", ("2024-08-25", "2024-08-25", "day")),
        ("last night", ("2024-08-25", "2024-08-25", "day")),
        ("last week", ("2024-08-19", "2024-08-25", "week")),
        ("on 25 August", ("2024-08-25", "2024-08-25", "day")),
        ("on August 21", ("2024-08-21", "2024-08-21", "day")),
        ("on 30 December", ("2023-12-30", "2023-12-30", "day")),  # not after publication
        ("on 3 March 2021", ("2021-03-03", "2021-03-03", "day")),
    ],
)
def test_dates_against_the_publication_date(text, expected):
    (mention,) = find_dates(f"Gunmen struck {text}.", date(2024, 8, 26))
    assert (mention.start.isoformat(), mention.end.isoformat(), mention.precision) == expected
    assert not mention.reporting


def test_a_date_after_said_is_when_it_was_said():
    (mention,) = find_dates("Officials said on Monday that 3 died.", date(2024, 8, 26))
    assert mention.reporting


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Local officials said at least 23 passengers were killed.", "Local officials"),
        ("Pakistan’s military said 14 soldiers were killed.", "Pakistan military"),
        ("Police said they had found six bodies.", "Police"),
        (
            "“It was a plan,” Interior Minister Mohsin Naqvi said in a statement.",
            "Interior Minister Mohsin Naqvi",
        ),
        ("Ten died, police official Dostain Khan Dashti said.", "Police (Dostain Khan Dashti)"),
        (
            "Gunmen struck, a senior superintendent of police, Ayub Achakzai, told Reuters.",
            "Police (Ayub Achakzai)",
        ),
        (
            "“They killed drivers,” said Hameed Zahir, deputy commissioner of the area.",
            "Deputy commissioner Hameed Zahir",
        ),
        ("Three died, according to hospital officials.", "Hospital officials"),
        ("Five people were killed.", None),
    ],
)
def test_reporters(sentence, expected):
    reporter = find_reporter(sentence)
    assert (reporter.name if reporter else None) == expected


def test_figures_and_their_victim_groups():
    found = find_figures(
        "Pakistan’s military said 14 soldiers and police, and 21 militants, "
        "were killed in fighting."
    )
    assert [(f.text, f.victim_group, f.best) for f in found] == [
        ("14 soldiers and police", "security_forces", 14),
        ("21 militants", "militants", 21),
    ]
    assert find_figures("As many as 35 vehicles were set on fire.") == []
    assert find_figures("Two police stations were attacked.") == []
    wounded = find_figures("Three passengers were killed and 11 people were wounded.")
    assert [(f.text, f.victim_group) for f in wounded] == [("Three passengers", "civilians")]
    (reference,) = find_figures("It was unclear if it included the 12 militants confirmed dead.")
    assert reference.reference


def test_claims():
    claim = find_claims(
        "The TTP claimed responsibility for the attack.", ["Tehrik-i-Taliban Pakistan"]
    )
    assert (claim.claimant, claim.status, claim.scope) == (
        "Tehrik-i-Taliban Pakistan",
        "claimed",
        "this",
    )
    assert find_claims("No group claimed responsibility.", []) is None


def test_sentence_offsets_cover_the_text():
    text = KP.read_text(encoding="utf-8")
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert split_sentences(text)[0].text.startswith("Militants kill at least a dozen police")


def test_a_text_with_no_full_stop_is_read_in_bounded_pieces():
    """A table dumped as one line, or a hostile file, has no sentence end: it is read in
    pieces of at most ``LONGEST`` characters, cut after a clause's comma, so that the rules'
    cost stays proportional to the text; each piece's figures are still read."""
    from analysis.extract.sentences import LONGEST

    clause = "the district police said 2 guards were wounded at the Turbat gate, "
    text = clause * 60 + "and the army said 5 soldiers were killed in Panjgur"
    pieces = split_sentences(text)
    # 60 clauses of 67 characters and a last one of 51: 44 clauses (2,948 characters, the
    # space after the last comma trimmed) fit under the bound
    assert len(text) == 4071 and [len(p.text) for p in pieces] == [2947, 1123]
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert pieces[0].text.endswith(",") and LONGEST == 3000
    found = extract_article(text, date(2025, 3, 2), "Pakistan")
    killed = [f for c in found.candidates for f in c.figures if f.outcome == "killed"]
    assert [(f.best, f.victim_group) for f in killed] == [(5, "security_forces")]
    # a run with no space at all (a data URI, a hostile file's digits) is dropped before the
    # rules read the text, its length listed with what was taken off
    from analysis.extract.normalise import normalise

    clean = normalise("data:image/png;base64," + "A" * 400 + " Two policemen were killed.")
    assert clean.text == "Two policemen were killed." and clean.removed == [
        "422 characters with no space"
    ]


# --- the review page -----------------------------------------------------------------------

XSS = "<script>alert(1)</script>"


def test_review_page_escapes_and_highlights():
    text = f"Gunmen {XSS} killed 3 people in Quetta on Sunday, police said.\n\nIt rained."
    result = extract_article(text, date(2024, 8, 26))
    page = review_html(result, f"Title {XSS}")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert re.search(r'<mark data-sentence="S0">Gunmen', page)
    assert "<strong>3 people</strong>" in page
    assert "It rained." in page and '<mark data-sentence="S1">' not in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert 'name="viewport"' in page


# --- the command line and the round trip through ingest and clean ---------------------------


def test_cli_bad_date_and_missing_file(cli, tmp_path):
    result = cli("extract", KP, "--published", "17/09/2024", "--out", tmp_path / "x.csv")
    assert result.exit_code == 2
    assert "--published '17/09/2024': not a date" in result.output
    assert not (tmp_path / "x.csv").exists()
    missing = cli("extract", tmp_path / "none.txt", "--published", "2024-09-17")
    assert missing.exit_code == 2 and "file not found" in missing.output
    country = cli("extract", KP, "--published", "2024-09-17", "--country", "Atlantis")
    assert country.exit_code == 2 and "unknown country 'Atlantis'" in country.output


def test_cli_json_and_default_output_folder(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    payload = cli.json("extract", KP, "--published", "2024-09-17", "--html", "review.html")
    assert [c["event_id"] for c in payload["candidates"]] == ["kp_checkpost-01", "kp_checkpost-02"]
    assert payload["candidates"][0]["sentence_ids"] == [1, 2, 3, 4, 5]
    assert payload["candidates"][0]["figures"][2]["fatalities"] == "between 5 and 8"
    assert Path(payload["files"]["events"]) == tmp_path / "kp_checkpost_candidates.csv"
    for name in (
        "kp_checkpost_candidates.csv",
        "kp_checkpost_candidates_casualties.csv",
        "kp_checkpost_candidates.yaml",
        "review.html",
    ):
        assert (tmp_path / name).is_file()
    json.dumps(payload)  # one JSON object


def _round_trip(cli, article: Path, published: str, folder: Path, store: Path) -> dict:
    out = folder / f"{article.stem}.csv"
    result = cli("extract", article, "--published", published, "--out", out)
    assert result.exit_code == 0, result.output
    return cli.json(
        "ingest",
        "--store",
        store,
        "--source",
        "generic",
        "--mapping",
        out.with_suffix(".yaml"),
        out,
    )


def test_extract_ingest_clean_round_trip(cli, tmp_path, store_path):
    articles = [(KP, "2024-09-17", 2, 5), (QUETTA, "2024-10-11", 2, 3)]
    if SEED.is_file():
        articles.append((SEED, "2024-08-26", 8, 10))
    events = 0
    for article, published, candidates, casualty_rows in articles:
        report = _round_trip(cli, article, published, tmp_path, store_path)
        assert balanced(report) and report["quarantined"] == 0, report
        # the candidates' review columns are left out by the mapping on purpose, unwarned
        assert [f["warnings"] for f in report["files"]] == [[]], report["files"]
        assert report["files"][0]["unmapped_columns"] == []
        assert report["rows_read"] == candidates + casualty_rows
        assert report["stored"] == candidates + casualty_rows
        events += candidates
    cleaned = cli.json("clean", "--store", store_path)
    assert cleaned["events"] == cleaned["events_clean"] == events
    summary = cli.json("summary", "--store", store_path)
    assert summary["events_by_source"] == {"extract": events}
    # ingesting the same candidates again changes nothing
    again = _round_trip(cli, KP, "2024-09-17", tmp_path, store_path)
    assert balanced(again) and again["unchanged"] == again["rows_read"]


def test_review_page_in_the_browser(browser, tmp_path):  # noqa: F811 (the imported fixture)
    """No request leaves the file, nothing runs, nothing overflows a 375 px screen."""
    article = tmp_path / "article.txt"
    text = KP.read_text(encoding="utf-8").replace(
        "Lakki Marwat district", f"Lakki Marwat {XSS} district"
    )
    article.write_text(text, encoding="utf-8")
    page = tmp_path / "review.html"
    page.write_text(review_html(extract_article(text, date(2024, 9, 17)), "KP"), encoding="utf-8")
    _open(browser, page)
    urls = _requested_urls(browser)
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls
    assert browser.execute_script("return window.__alerts") == []
    assert browser.execute_script("return document.scripts.length") == 0
    assert XSS in browser.find_element("tag name", "body").text
    marks = browser.execute_script("return document.querySelectorAll('mark').length")
    assert marks >= 6
    shot = _screenshot(browser, page, tmp_path, 375, True)
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 1, f"the review page is {overflow}px wider than a 375px screen"
    print(f"screenshot: {shot}")
    # on a wide screen a candidate's tables (nine columns) stay inside its card
    _screenshot(browser, page, tmp_path, 1400, False)
    outside = browser.execute_script(
        "return [...document.querySelectorAll('.candidate')].flatMap(c => {"
        " const box = c.getBoundingClientRect();"
        " return [...c.querySelectorAll('.table-wrap')].map(t => t.getBoundingClientRect())"
        "  .filter(t => t.left < box.left - 1 || t.right > box.right + 1)"
        "  .map(t => [t.left, t.right, box.left, box.right]); })"
    )
    tables = browser.execute_script(
        "return document.querySelectorAll('.candidate .table-wrap.wide').length"
    )
    assert tables >= 1 and outside == [], (tables, outside)
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed three militants in an exchange of fire near Miran Shah on "
        "Monday, the military said.",
        "Three militants were killed in a shootout with police in Bannu on Monday, officials said.",
    ],
)
def test_militants_killed_by_state_forces_are_a_clash_the_state_fought(text):
    candidate = extract_article(text, date(2024, 9, 3)).candidates[0]
    assert (candidate.event_type, candidate.sub_event_type) == ("Battles", "Armed clash")
    assert candidate.actor1 in ("Military Forces of Pakistan", "Police Forces of Pakistan")
    assert candidate.actor2 == "Militants"
    assert [(f.victim_group, f.best) for f in candidate.figures] == [("militants", 3)]


def test_a_blast_that_kills_only_militants_stays_an_explosion():
    text = "A roadside bomb killed three militants planting it near Bannu on Monday, police said."
    candidate = extract_article(text, date(2024, 9, 3)).candidates[0]
    assert candidate.event_type == "Explosions/Remote violence"


def test_a_long_sentence_s_counts_are_read_once_whatever_its_figures_ask():
    """A pasted table without full stops is one long "sentence": each of its figures asks
    for the sentence's counts, its rise and its clauses' reporters again, and each reading
    costs the sentence's length times its counts. They are read once per sentence (the
    caches' misses), however many figures ask (their hits)."""
    from analysis.extract import figures, reporters

    caches = (
        figures._sentence_mentions,
        figures.rise_part,
        reporters._clause_reporters,
        figures._counts_listed_with_parts,
        figures._toll_kinds,
    )
    for cache in caches:
        cache.cache_clear()
    rows = "; ".join(f"{n} policemen killed in Quetta, police said" for n in range(2, 42))
    found = extract_article(f"Attacks on Monday: {rows}.", date(2024, 8, 26))
    assert sum(len(c.figures) for c in found.candidates) >= 40
    mentions, rise, clauses, listed, tolls = (cache.cache_info() for cache in caches)
    assert mentions.misses <= 2 and rise.misses <= 1 and clauses.misses <= 1
    assert listed.misses <= 1 and tolls.misses <= 1
    assert clauses.hits >= 39 and listed.hits >= 39 and tolls.hits >= 39


@pytest.mark.parametrize(
    ("first", "second"), [("Khyber Pakhtunkhwa", "Sindh"), ("Sindh", "Khyber Pakhtunkhwa")]
)
def test_an_event_without_a_place_is_in_the_first_named_of_equally_named_provinces(first, second):
    """An event whose sentences name no place is put in the article's most named province;
    of two named as often, the first named, on every run (a set's order chose before, and it
    changes with Python's hash seed from one run to the next)."""
    text = (
        f"Police in {first} were on alert on Sunday. Police in {second} were on alert too. "
        "Gunmen killed two policemen on Monday, officials said."
    )
    (candidate,) = extract_article(text, date(2024, 8, 28)).candidates
    assert (candidate.admin1, candidate.geo_precision, candidate.location) == (
        first,
        "admin1",
        None,
    )


def test_a_count_of_five_thousand_digits_is_no_count():
    # float("9" * 5000) is infinite: no count, no OverflowError
    with pytest.raises(ValueError, match="too large"):
        parse_count("9" * 5_000 + " policemen")
    found = extract_article(
        "Gunmen killed " + "9" * 5_000 + " policemen and 4 soldiers in Quetta, police said.",
        date(2024, 8, 26),
    )
    assert [(f.best, f.victim_group) for c in found.candidates for f in c.figures] == [
        (4, "security_forces")
    ]
