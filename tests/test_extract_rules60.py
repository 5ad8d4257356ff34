"""Extraction rules of the sixtieth round (general patterns, each with sentences of its own).

Kept apart from ``test_extract_rules.py`` so that rounds developed side by side do not edit
the same lines; the helpers are those of ``factories``.
"""

from __future__ import annotations

from datetime import date

from factories import extraction_figures, sentence_outcomes

from analysis.extract import extract_article
from analysis.extract.figures import find_casualty_figures
from analysis.extract.normalise import normalise
from analysis.extract.places import find_places
from analysis.extract.reporters import find_reporter


def test_the_dead_of_an_attack_that_became_a_count_are_a_toll():
    """ "the martyrs of the attack on the bus became 5 after the death of one of the injured":
    a translation's toll with the dead as its subject (5 killed), and the one of the injured
    who died is what raised it, no death of its own (read alone, the one stood as a death toll
    beside a driver freed: a false death)."""
    assert sentence_outcomes(
        "The union announces that the martyrs of the attack on the bus near Kosti became 5 "
        "after the death of one of the injured in the hospital."
    ) == [(5, "killed")]
    assert sentence_outcomes("The dead of the ambush on the road rose to 9.") == [(9, "killed")]
    # a driver freed next to it stays freed; no death of one
    text = (
        "The martyrs of the attack on the bus near Kosti on Monday became 5 after the death "
        "of one of the injured in the hospital. The injured 7 from them. The driver Musa Ali "
        "returned safe to his family on Tuesday."
    )
    found = extract_article(text, date(2026, 3, 4), "Sudan")
    assert (1, "killed", None) not in extraction_figures(found)
    assert (5, "killed", None) in extraction_figures(found)
    # the dead of an attack that "became" something else are no count
    assert sentence_outcomes("The dead of the attack became a symbol for the town.") == []


def test_a_background_heading_for_the_press_is_the_news_itself():
    """ "BACKGROUND (for journalists' information)" over an advisory's account of the attack it
    calls a press conference on briefs the press on the event at hand: its figures are read
    (a bare "BACKGROUND" heading still opens a section of the past)."""
    text = (
        "MEDIA ADVISORY\n\nBACKGROUND (for journalists' information)\n"
        "On 3 May gunmen attacked the camp at Nizi. They killed 6 displaced persons and "
        "wounded four.\n"
    )
    found = extract_article(text, date(2026, 5, 6), "DR Congo")
    assert extraction_figures(found) == [(4, "wounded", None), (6, "killed", None)]
    past = text.replace("BACKGROUND (for journalists' information)", "BACKGROUND")
    assert extraction_figures(extract_article(past, date(2026, 5, 6), "DR Congo")) == []


def test_a_claim_that_the_group_killed_with_that_left_out():
    """ "a spokesman claimed the group had killed 20 soldiers": a claim of the body's own deed,
    "that" left out, is the spokesman's; what a witness claims a group stole names no count."""
    found = find_reporter("A militia spokesman claimed the group had killed 20 soldiers.")
    assert found is not None and found.name == "Militia spokesman"
    assert find_reporter("The villagers claimed the group stole their cattle.") is None


def test_the_issuer_s_own_count_updated_by_its_earlier_communique_stays_its_own():
    """ "They killed 17 displaced persons. Our preliminary communiqué of 3 May gave 14 dead;
    the figure is now 17": the 17 the document states in its own voice stays without a
    reporter (not the earlier communiqué's, whose 14, replaced, is no figure); a body's
    communiqué named the same way speaks for its count."""
    text = (
        "On 2 November gunmen attacked the camp at Nizi. They killed 17 displaced persons and "
        "wounded nine. Our preliminary communiqué of 3 November gave 14 dead; the figure is "
        "now 17 after bodies were found.\n"
    )
    found = extract_article(text, date(2026, 11, 8), "DR Congo")
    assert extraction_figures(found) == [(9, "wounded", None), (17, "killed", None)]
    found = extract_article(
        text.replace("Our preliminary communiqué", "The army's preliminary communiqué"),
        date(2026, 11, 8),
        "DR Congo",
    )
    assert (17, "killed", None) not in extraction_figures(found)


def test_captured_in_their_pursuit_is_an_arrest():
    """ "neutralised eight militiamen and captured two in their pursuit": the bare count after
    the verb, then where (a pursuit, a chase, a sweep), is arrested; "wounded two in their
    homes" is not read as a pursuit."""
    assert sentence_outcomes(
        "The army said it neutralised eight militiamen and captured two in their pursuit."
    ) == [(8, "killed"), (2, "arrested")]
    assert sentence_outcomes("Police killed two robbers and arrested three in the chase.") == [
        (2, "killed"),
        (3, "arrested"),
    ]


def test_an_assembly_item_speaks_in_its_mover_s_name():
    """ "Calling Attention Notice No. 12, given by Mr. Ali Khan, MPA, … in which 4 police
    personnel embraced shahadat and 6 were injured": a member's notice, motion or resolution
    is its mover's; a resolution's quoted text after "to be moved by X:" is X's too."""
    found = find_reporter(
        "(i) Calling Attention Notice No. 12, given by Mr. Ali Khan, MPA, towards the attack "
        "on the police post in Khar, in which 4 police personnel embraced shahadat."
    )
    assert found is not None and "Ali Khan" in found.name
    found = find_reporter("RESOLUTION No. 8, to be moved by Ms. Rubina Bibi, MPA:")
    assert found is not None and "Rubina Bibi" in found.name
    # an item that names no mover names no one
    assert find_reporter("The motion was adopted after 4 police personnel were killed.") is None
    text = (
        "ORDERS OF THE DAY\n\n"
        "1. Calling Attention Notice No. 12, given by Mr. Ali Khan, MPA, regarding the attack "
        "on the police post in Khar on 2 May, in which 4 police personnel embraced shahadat "
        "and 6 were injured.\n\n"
        "2. RESOLUTION No. 8, to be moved by Ms. Rubina Bibi, MPA:\n"
        '"This House condemns the blast in the mosque at Salarzai on 3 May in which 9 '
        'worshippers were martyred."\n'
    )
    found = extract_article(text, date(2026, 5, 6), "Pakistan")
    assert extraction_figures(found) == [
        (4, "killed", "Mr. Ali Khan"),
        (6, "wounded", "Mr. Ali Khan"),
        (9, "killed", "Ms. Rubina Bibi"),
    ]


def test_a_written_answer_is_who_the_heading_says_laid_it():
    """ "… and the answer laid on the Table by the Minister for Home:" over "Q. …" and "A. …":
    the answer's figures are the Minister's; a line after the answer that is neither
    question nor answer is no longer his."""
    text = (
        "Starred Question No. 41 (Mr. Ali Khan, MPA) and the answer laid on the Table by the "
        "Minister for Home:\n"
        "Q. Will the Minister be pleased to state the losses in the attack on the police post "
        "at Khar on 2 May?\n"
        "A. The attack resulted in shahadat of 5 police personnel and 3 terrorists were "
        "killed.\n\n"
        "Bill No. 9 to be taken into consideration. Separately, 2 labourers were injured in "
        "a blast in Khar on 3 May.\n"
    )
    found = extract_article(text, date(2026, 5, 6), "Pakistan")
    assert extraction_figures(found) == [
        (2, "wounded", None),
        (3, "killed", "Minister for Home"),
        (5, "killed", "Minister for Home"),
    ]


def test_some_of_whom_freed_is_a_new_outcome_and_a_campaign_s_children_no_victims():
    """ "abducted 5 employees …, of whom 2 have since been recovered": the two are freed, a new
    outcome (not a part of the five, not a death); "of whom two were women" stays a part; the
    "campaign for 41,000 children" suspended after it counts whom a campaign serves."""
    assert sentence_outcomes(
        "Gunmen abducted 5 employees, of whom 2 have since been recovered."
    ) == [
        (5, "abducted"),
        (2, "freed"),
    ]
    assert sentence_outcomes("Gunmen abducted 5 employees, of whom two were women.") == [
        (5, "abducted")
    ]
    assert sentence_outcomes(
        "Gunmen abducted 5 employees in Mamund, and the suspension of the March campaign for "
        "41,000 children in the tehsil."
    ) == [(5, "abducted")]
    assert sentence_outcomes("Food rations for 300 families were delivered.") == []


def test_a_clause_after_a_semicolon_tells_of_its_own_people():
    """ "…, killed 19 people; the army reported killing four attackers and capturing two": the
    bare "two" takes the attackers of its own clause (militants, arrested), not no group for
    the mixed people of the sentence; with no semicolon the mix still leaves it unknown."""
    found = find_casualty_figures(
        "The raid on the hamlet killed 19 people; the army reported killing four attackers "
        "there and capturing two."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [
        (19, "unknown", "killed"),
        (4, "militants", "killed"),
        (2, "militants", "arrested"),
    ]
    found = find_casualty_figures("Gunmen killed 19 villagers and four soldiers, and wounded two.")
    assert [(f.best, f.victim_group, f.outcome) for f in found][-1] == (2, "unknown", "wounded")


def test_a_message_s_topic_label_names_the_place():
    """ "On Ubari: two of the five engineers were released …": a message turning to a place
    as its topic names that place (the figures join that place's event, not the one before);
    "On Monday: …" names no place."""
    assert [
        p.name for p in find_places("On Ubari: two of the engineers were released.", "LBY")
    ] == ["Ubari"]
    assert find_places("On Monday: two of the engineers were released.", "LBY") == []


def test_a_report_s_lettered_item_keeps_its_speaker():
    """ "c) The Rapid Intervention Battalion said it had neutralised seven terrorists …": the
    item's letter is no part of the sentence, whose speaker is the battalion (not the report's
    issuer)."""
    found = find_reporter(
        "c) The Rapid Intervention Battalion said it had neutralised seven terrorists."
    )
    assert found is not None and found.name == "Rapid Intervention Battalion"
    assert found.text == "The Rapid Intervention Battalion" and found.start == 3
    assert find_reporter("(iv) Seven terrorists were neutralised near the river.") is None


def test_rover_scouts_are_civilians_and_a_capital_now_is_an_outlet_s_name():
    """ "Two of our Rover Scouts were abducted": scouts of the youth movement are civilians
    (army scouts stay what their unit is); "Myanmar Now said …" is the outlet Myanmar Now,
    where "the ministry now says" is the ministry."""
    found = find_casualty_figures("Two of our Rover Scouts were abducted by armed men.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(2, "civilians", "abducted")]
    assert find_reporter("Myanmar Now said 9 villagers were abducted.").name == "Myanmar Now"
    assert find_reporter("The ministry now says 9 villagers were abducted.").name == "Ministry"


def test_a_csv_table_and_a_diff_of_it_are_read_row_by_row():
    """A table pasted as comma-separated values whose heading names outcome columns is read a
    row at a time, its source column the speaker; in a unified diff of it the removed row
    ("-") is replaced by the row added after it (its 5 is no toll), and rows counting no one
    give nothing."""
    text = (
        "Pull request: week 37 events\n\n"
        " event_id,date,township,location,victims,killed,injured,abducted,source\n"
        " E-10,2026-09-03,Kanbalu,Kyunhla,none,0,0,0,Kanbalu PDF\n"
        "-E-12,2026-09-06,Tabayin,Nyaung Pin Gyi,civilians,5,3,0,Tabayin PDF\n"
        "+E-12,2026-09-06,Tabayin,Nyaung Pin Gyi,civilians,8,3,0,Tabayin PDF\n"
        "+E-15,2026-09-09,Ye-U,Ywathit,villagers,0,0,9,Myanmar Now\n"
    )
    found = extract_article(text, date(2026, 9, 16), "Myanmar")
    assert extraction_figures(found) == [
        (3, "wounded", "Tabayin PDF"),
        (8, "killed", "Tabayin PDF"),
        (9, "abducted", "Myanmar Now"),
    ]


def test_a_call_s_caller_is_who_its_heading_names_and_hung_lines_go_on_with_the_turn():
    """A call transcript's "CALLER:" lines speak for the caller the call's heading names
    ("CALL 2 | 19:49 | caller: Gulu Central Police Station, desk officer"), and a line hung
    under a turn (indented, no label) goes on with it; a heading that names no one who spoke
    ("caller: hang-up, no voice") names no one."""
    text = (
        "EMERGENCY CALL TRANSCRIPTS - Incident No. 17, Gulu, 4 July 2026\n\n"
        "CALL 1 | 19:42:08 | duration 02:51 | caller: Gulu Central Police Station, desk officer\n"
        "OPR:     What is your emergency?\n"
        "CALLER:  Two of our officers were wounded at the checkpoint near the\n"
        "         market in Gulu. We need an ambulance.\n"
        "OPR:     Copy, an ambulance is on the way.\n"
        "CALL 2 | 20:31:50 | duration 01:58 | caller: Nurse on duty, Gulu Regional Hospital\n"
        "CALLER:  We have received six wounded from the market in Gulu so far.\n"
        "OPR:     Noted.\n"
    )
    found = extract_article(text, date(2026, 7, 5), "Uganda")
    figures = extraction_figures(found)
    assert (2, "wounded", "Desk officer Gulu Central Police Station") in figures
    assert (6, "wounded", "Nurse on duty") in figures
    assert all(reporter not in (None, "Caller") for _, _, reporter in figures)


def test_a_long_casualty_label_and_a_call_s_number():
    """ "Casualties consolidated with the MDRRMO and the PHO: 4 killed, 13 injured": a label
    naming casualties, however long, heads its bare counts; "The two minors reported in Call
    3 were rescued": the call's number is no count, and the people a report told of are no
    speaker."""
    found = find_casualty_figures(
        "Casualties consolidated with the MDRRMO and the PHO: 4 killed, 13 injured."
    )
    assert [(f.best, f.outcome) for f in found] == [(4, "killed"), (13, "wounded")]
    sentence = "The two minors reported in Call 3 were rescued by troops near the river."
    assert [(f.best, f.outcome) for f in find_casualty_figures(sentence)] == [(2, "freed")]
    assert find_reporter(sentence) is None
    # a speaker who reports in a medium still speaks
    found = find_reporter("The two officers reported in a statement that 3 guards were killed.")
    assert found is not None


def test_a_count_from_an_armed_body_and_people_the_attackers_stopped_and_took():
    """ "its forces killed 25 from the militia of the Rapid Support": a translation's count
    "from" an armed body is the count "of" it (militants); "gunmen stopped a truck on the pass
    and took nine miners": people the attackers of the clause took after stopping them are
    abducted, where "took two wounded villagers to the hospital" stays wounded."""
    assert [
        (f.best, f.victim_group, f.outcome)
        for f in find_casualty_figures(
            normalise("The army said its forces killed 25 from the militia near the town.").text
        )
    ] == [(25, "militants", "killed")]
    assert sentence_outcomes("Gunmen stopped a truck on the pass and took nine miners.") == [
        (9, "abducted")
    ]
    assert sentence_outcomes(
        "Gunmen attacked the village and took two wounded villagers to the hospital."
    ) == [(2, "wounded")]


def test_men_arrested_in_a_place_at_a_time_accused_of_are_suspects():
    """ "Taliban fighters arrested 17 men in Argo that June, accused of sheltering the
    bombers": the men held as suspects (militants), when they were held told between; men
    arrested with no accusation stay of no group."""
    found = find_casualty_figures(
        "Taliban fighters arrested 17 men in Argo that June, accused of sheltering the bombers."
    )
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(17, "militants", "arrested")]
    found = find_casualty_figures("Taliban fighters arrested 17 men in Argo that June.")
    assert [(f.best, f.victim_group, f.outcome) for f in found] == [(17, "unknown", "arrested")]
