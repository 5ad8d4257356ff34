"""An article's text as the rules read it: one paragraph per line, plain quotes, no furniture.

Text pasted from an e-mail, a PDF or a web page carries more than the report. Before anything
else is read:

- a text pasted with its markup (an RSS feed, a web page) is read as its paragraphs, its
  entities written out and its links, dates, authors and item titles dropped; a news
  search page loses its results' titles, its "People also ask" box, its related searches
  and its pager;
- line endings and no-break spaces become plain ones; curly quotes become straight ones;
  a run of more than 300 characters with no space (a data URI, a hash) is dropped (its
  length listed in ``removed``);
- a word split at a line end ("at-" / "tacked") is joined ("attacked"); a hyphen that is
  part of the word is kept: after "anti", "pro", "self" …, before "laden", "run", "led",
  "based", "old" …, after a digit, or when the text writes the word with its hyphen
  elsewhere;
- hard-wrapped lines are joined into their paragraph: a line is continued on the next when
  it does not end a sentence and the next starts in lower case, or, in a text wrapped at a
  fixed width, when the next line's first word would have fitted on it (a wrapper only
  breaks a line when the next word does not fit);
- a dateline opening a paragraph ("QUETTA, Pakistan (Reuters) -", "BANNU:") is taken off
  and kept in ``dateline``;
- bylines, publication stamps, reporting credits, correction notes, "Read more" and
  sharing links, page markers, e-mail headers and everything after a signature line
  ("--"), liveblog time stamps are dropped (listed in ``removed``); a list item ("- ",
  "• ", "2. ") is a paragraph of its own, without its bullet;
- an official press release ("PRESS RELEASE" under the issuer's name) or a group's own
  statement ("Statement from the spokesman of …") names its ``issuer``: who reports every
  figure the text does not attribute; so does a civil body's own document (an agency's
  "OPERATIONAL UPDATE | date | name", a "NOTICE FROM THE COMMITTEE OF …", a page's post
  over its "Public post ·" line, a page whose posts all carry one name and a date, a
  translated document's note naming who circulated it, an urgent action's network);
- a subtitle file's cues are joined into running text, one paragraph a speaker's turn;
- an encyclopedia article's closing lists ("See also", "References", …) are dropped with
  all that follows, as after a signature line.

The sentences' character offsets refer to the normalised text (:attr:`Normalised.text`).

>>> n = normalise("KARACHI: Gunmen on a motorcycle shot dead two\\ntraffic policemen on "
...     "Sunday, police said.\\n\\nRead more: x")
>>> n.text, n.dateline, n.removed
('Gunmen on a motorcycle shot dead two traffic policemen on Sunday, police said.', \
'Karachi', ['Read more: x'])
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from analysis.casualty_phrases import SCALES, TENS, UNITS, parse_count
from analysis.reference.victim_groups import victim_words

QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "\u00a0": " "})
# a hyphen at a line end after one of these is part of the word ("anti-terrorism")
KEPT_HYPHEN_PREFIXES = frozenset(
    ["anti", "pro", "self", "ex", "non", "co", "so", "well", "counter", "cross", "ill", "all"]
)
# … or before one of these ("explosives-laden", "Taliban-run", "12-year-old")
KEPT_HYPHEN_SUFFIXES = frozenset(
    [
        "laden",
        "based",
        "led",
        "run",
        "backed",
        "linked",
        "owned",
        "born",
        "old",
        "year",
        "aged",
        "affiliated",
        "related",
        "propelled",
        "style",
        "type",
        "like",
        "wide",
        "free",
        "held",
        "made",
        "controlled",
        "armed",
        "claimed",
        "day",
        "long",
        "storey",
        "strong",
    ]
)
_SENTENCE_END = re.compile(r"[.!?:;\"')\]]\s*$")
# a form export's field, by its machine key in small letters joined by "_" or "/"
# ("hh/households_present: 214", "security/ki_statement: …", "_id: 8812")
FIELD_KEY = re.compile(
    r"^(?:_[a-z][a-z0-9]*|[a-z][a-z0-9]*)(?:[_/][a-z0-9]+)+\s*:\s|^_[a-z]+\s*:\s"
)
_DATELINES = (
    # QUETTA, Pakistan, Aug 26 (Reuters) -   /  NAIROBI, June 18 (Meridian) —
    re.compile(
        r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}[A-ZÀ-Þ.])(?:,\s*[A-Z][\w.' ]{1,30}?)*"
        r"\s*\([A-Z][\w .&-]{1,30}\)\s*[-–—]+\s*(?=\S)"
    ),
    # COTABATO CITY, Philippines —  (an upper-case place and its country, no agency)
    re.compile(
        r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}[A-ZÀ-Þ.])"
        r"(?:,\s*[A-Z][\w.' ]{1,30}?)?\s*[–—]+\s*(?=[A-Z])"
    ),
    # Raipur, Jan 7:  /  LAGOS, March 3 -  (a dateline with the day, no agency)
    re.compile(
        r"^(?P<place>[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]{1,30}[A-Za-zÀ-ÿ.]),\s+"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*"
        # (a count in figures after it too: "LAGOS, March 3 - 12 soldiers were …")
        r"(?::|[-–—])\s+(?=[A-Z]|\d+\s+[a-z])"
    ),
    # Kabul -  /  Salahuddin / Diyala -  (a place in title case, or two joined by a slash, then
    # a dash, as translated outlets open a report)
    re.compile(
        r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*/\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)*)"
        r"\s+[-–—]\s+(?=(?:An?|The|[A-Z][a-z]+)\s)"
    ),
    # BANNU:  /  D.I. KHAN:  /  Raipur:
    re.compile(
        r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}[A-ZÀ-Þ.]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
        r":\s+(?=[A-Z])"
    ),
)
# a PDF page's foot: "Page 12 of 31", "- 12 -", a rule of underscores over it
_PAGE_FOOT = re.compile(r"(?i)^(?:page\s+\d+\s+of\s+\d+|[-–]\s*\d{1,4}\s*[-–]|_{5,})$")
# a note's label: "Correction:", "CORRECTION NOTE -", "Clarification:", "Editor's note:"
_LABEL_OF_NOTE = r"(?:correction(?:\s+note)?|clarification|editor[’']?s\s+note)\s*[:–-]"
_FURNITURE = re.compile(
    r"""^(?:
      by\s+(?:our|a|the)\s+(?:staff\s+)?(?:correspondent|reporter|writer)s?\b.*
    | by\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})
      (?:\s*(?:,|and|&)\s*(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}))*
    | (?:our|staff|special|from\s+our)\s+(?:correspondent|reporter|writer)s?\b.{0,60}
    | [A-Z][\w' ]{1,30}\s*[-–|]\s*(?:staff\s+(?:writer|reporter)|our\s+correspondent)\s*
    | (?:published|updated|last\s+updated|posted)\b
      # (not "Updated news (4 pm): The officer said …", a sentence after its label, nor a
      # wrapped line going on with the verb: "posted that its fighters killed 9 soldiers.", nor
      # a label's time then a dash and the sentence: "UPDATED 16:05 — A police officer said …")
      (?!\s+news\b|\s+that\b|[^:\n]{0,40}:\s+[A-Z][^.\n]{40,}
        |[^—–\n]{0,30}?\s[—–]\s+[A-Z][^.\n]{40,})
      .*
    | \(?(?:reporting|writing|editing|additional\s+reporting|compiled)\s+by\b.*
    | \((?:corrects|updates|adds|recasts|refiles)\b.*\)
    | \(?(?:this|the)\s+(?:story|article|report)\s+(?:has\s+been|was)\s+
      (?:corrected|updated|amended)\b.*
    | an\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b.*
    # (a bare label; a label's line is furniture when what follows the label is, below)
    | """
    + _LABEL_OF_NOTE
    + r"""\s*
    | (?:[a-z]+day,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)
      ,?\s+\d{4}
    | (?-i:[A-Z][A-Z.'’ -]{1,30}[A-Z.]):
    | [^|.]{1,40}\|[^.]{0,80}\b(?:published|staff|agencies|correspondent|reporter|updated)\b[^.]*
    | (?:read\s+more|also\s+read|related|see\s+also|share\s+this(?:\s+article)?)\b.*
    | (?:follow|like)\s+(?:us|the\s+\w+(?:\s+\w+)?\s+on)\b.*
    | (?:copyright|©).*|.*\ball\s+rights\s+reserved\b.*
    | \[(?:translat|source|unofficial|editor|note|this\s+(?:is|was)|machine)[^\]]*\]
    | advertisement|subscribe\b.*
    | page\s+\d+\s+of\s+\d+
    | [-_=*~·]{5,}
    | [-–]\s*\d{1,4}\s*[-–]
    | \S.{0,80}?\s{8,}\S.{0,80}?\b(?:cite|page|issue|no\.|vol\.|edition|bulletin|brief
      |report|monitor|overview)\b.{0,60}
    | .{0,100}?\s{2,}(?:page\s+)?\d+\s+(?:of|/)\s+\d+
    # a page's foot: the publisher's web address, then the page's number far to its right
    | (?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?\s{4,}\d{1,3}
    | (?:from|to|cc|sent|date|subject|distribution)\s*:.*
    | for\s+further\s+information\b.*
    # (a translated liveblog's "18:42 o'clock", the German "18:42 Uhr")
    | \d{1,2}[:.]\d{2}(?:\s*(?:am|pm|o['’]clock|[a-z]{2,4}))?
    )$""",
    re.I | re.X,
)
# a dated note's label: "CORRECTION NOTE, Sept 3, 13:15 GMT:", "UPDATE, 4 May, 09:00:"
_DATED_NOTE = re.compile(
    r"(?i)^(?:correction(?:\s+note)?|clarification|update|editor[’']?s\s+note)\s*,\s*"
    r"[^:]{0,30}?\d[^:]{0,30}?(?:\d{1,2}[:.]\d{2}[^:]{0,12}?)?:\s+(?=\S)"
)
# a note on the story itself, which may run over several wrapped lines
_NOTE = re.compile(
    rf"(?i)^(?:{_LABEL_OF_NOTE}|an\s+earlier\s+version\s+of\s+"
    r"this\s+(?:story|article|report)\b|\(?(?:this|the)\s+(?:story|article|report)\s+(?:has\s+been|was)"
    r"\s+(?:corrected|updated|amended)\b)"
)
# a correction note's label: a note that tells the count as it now stands is read with its
# label ("Correction: civil society now says 24 civilians were killed, not 17."), the rules on
# what an earlier version said seeing the label; one that opens on the earlier version ("An
# earlier version of this story said …") is furniture
_NOTE_LABEL = re.compile(rf"(?i)^{_LABEL_OF_NOTE}\s+(?=\S)")
_BARE_TIME = re.compile(r"(?i)^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|o['’]clock|[a-z]{2,4}))?$")
_BULLET = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s+(?=\S)")
# a note opened by an em dash, as a notebook lists its notes: "— The governor said 6 people
# were kidnapped on the road" (its sentence wrapped onto the next line, or ended on its own);
# a short line of its own, no sentence ended ("— Managing Editor", "— The Editor"), is a
# signature and stays as it is
# a log's item opening on its time, a dash and the writer's note in lower case: "- 18:05 —
# the ministry announced …" (the time is no part of the note)
_ITEM_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s*[—–]\s+(?=[a-z])")
# a notebook's dated note, its day and month then a dash: "03-Aug — Terrorists attacked …",
# "12 Feb — Abdala could not pay.": a paragraph of its own, its date kept and written as a
# date is read ("03-Aug" as "03 Aug"; a heading in capitals over it, "KIRKUK", stays joined
# to it)
_DATED_ENTRY = re.compile(
    r"^(?:\d{1,2}[- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})\s*—\s+(?=[A-Z])"
)
_DASH_ITEM = re.compile(r"^—\s+(?=[A-Z0-9“\"])")
# an alert's numbered item headed by its place in capitals and its time: "1) MORA, MAYO-SAVA
# DEPT, FAR NORTH REGION - overnight 18-19 Nov" (the report under it on the next lines)
_PLACE_ITEM = re.compile(
    r"^[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}(?:,\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3}){1,3}"
    r"\s+[-–—]\s+[^!?]{1,40}$"
)
# a liveblog's or a report's recap over list items that retell what the entries say: "What we
# know so far", "17:30 GMT - What we know so far" (a liveblog's "Key points" over its entries
# are kept: they may name who attacked, which the entries then call "the group")
_RECAP = re.compile(
    r"(?i)^(?:\d{1,2}[:.]\d{2}[^-–—:|]{0,12}[-–—:|]\s+)?(?:what\s+we\s+know(?:\s+so\s+far)?|"
    r"the\s+story\s+so\s+far)\s*:?$"
)
_SIGNATURE = re.compile(r"^--\s*$")
# what a signature line can close: a sign-off, a desk's name and number, a disclaimer
_SIGNATURE_LENGTH = 400


def _dash_item(line: str, after: list[str]) -> bool:
    """Whether ``line``, opened by an em dash, is a note of a list rather than a signature:
    its sentence ends on the line, or goes on onto the next line (not another dash's).

    >>> _dash_item("— The governor said 6 people were kidnapped on the", ["  road.", ""])
    True
    >>> _dash_item("— Managing Editor", ["", "Page 2"])
    False
    >>> _dash_item("— Please share this post.", [""])
    True
    """
    if re.search(r"[.!?]\s*$", line):
        return True
    below = after[0].strip() if after else ""
    return bool(below) and not below.startswith(("—", "–", "-", "•")) and len(line.split()) >= 6


def _signed_off(after: list[str]) -> bool:
    """True when the lines after a "--" line are a signature: short, as a desk's name, its
    number and a disclaimer are. A longer text is a section of the document (an editor's
    note after the item it follows), whose figures are read.

    >>> _signed_off(["Sahel Desk | +226 00 00 00 00", "Figures are provisional."])
    True
    >>> _signed_off(["EDITOR'S NOTE: The army said " + "nine soldiers were killed. " * 20])
    False
    """
    return len(" ".join(line.strip() for line in after if line.strip())) <= _SIGNATURE_LENGTH


# an encyclopedia article's closing lists: the works it cites are no report of its own
_REFERENCES = re.compile(
    r"(?i)^(?:references|notes\s+and\s+references|bibliography|further\s+reading|"
    r"external\s+links|see\s+also|citations)$|"
    # a web page's readers' comments under the story: "3 Comments", "Comments (312)",
    # "Readers' comments" — what readers say, no report
    r"^(?:\d[\d,]*\s+(?:comments?|responses|replies)|(?:readers['’]?\s+|reader\s+)?comments"
    r"(?:\s*\(\d[\d,]*\))?|comment\s*\(\d[\d,]*\))$"
)
_TIME_STAMP = re.compile(
    # (a news ticker's line, its on-air time and its slot in brackets: "06:19 [BRK] Police:
    # …", in mixed case: a crawl in capitals is read as its lines run on)
    r"^\d{1,2}[:.]\d{2}\s+\[(?-i:[A-Z]{2,6})\]\s+(?=\S)(?=.*(?-i:[a-z]))|"
    # (what follows may open on a unit's ordinal: "11:30 — 6th Infantry Division spokesman:
    # …")
    r"^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?\s*[-–—:|]\s+"
    r"(?=[A-Z\"]|\d{1,3}(?:st|nd|rd|th)\s+[A-Z])|"
    # (with no dash, only a time zone's letters are the stamp's: "11:30 CHR Dori informs …"
    # keeps its hospital)
    r"^\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|(?-i:GMT|UTC|[A-Z]{1,3}[SD]?T)\b))?\s+"
    r"(?=(?-i:[A-Z])[a-z]*\b)",
    re.I,
)  # "14:20 - Police now say …", and "14:20 Police now say …" with a colon and no dash
# a digest's post header over the post it quotes: "18:52 | "Channel" (1.1m subscribers):",
# "21:40 | Interior Ministry (official channel):"; the post becomes the source's quote
_POST_HEADER = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*(?-i:[A-Z]{2,4}))?\s*[|–—-]\s+[\"“]?(?P<source>(?-i:[A-Z])[^\"”.!?:;,()]{1,60}?)"
    r"[\"”]?(?:\s+\((?P<acronym>(?-i:[A-Z]{2,8}))\))?(?:\s*\([^)]{0,80}\))?(?:,[^:]{0,80})?:$"
)
# a video agency's shotlist: "3. SOUNDBITE (Marathi) Nilesh Pawar, Superintendent of Police,
# Gadchiroli:" over the quote it gives; the quote is that speaker's
_SOUNDBITE = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:SOUNDBITE|SOT|UPSOUND)\s*(?:\([^()]{1,40}\)\s*)?(?:[:-]\s*)?"
    r"(?P<source>(?-i:[A-Z])[^:\"“”]{2,120}?)\s*:$"
)
# a transcript's turn, "WENDA: Thank you. …", and its question from the floor, "Q (Outlet): …";
# a caller's number and who the speaker is, in brackets: "CALLER 2 (AMINA, KISUMU): …",
# "DR JOHN OKELLO (Lira Regional Hospital): …"; a rank shortened with a full stop before the
# name, "MAJ. ANA RUIZ (army spokeswoman): …"
_TURN = re.compile(
    # ("CALLER 1", "CALLER 2": speakers told apart by their number)
    r"^(?P<speaker>(?-i:(?:[A-Z][A-Z]{1,4}\.\s+)?[A-Z][A-Z'’-]{1,}(?:\s+[A-Z][A-Z'’-]{1,}){0,3})"
    r"(?:\s+\d{1,2})?)"
    r"(?:\s+\((?P<note>[^()]{2,60}(?:\([^()]{1,12}\)[^()]{0,40})?)\))?:\s+(?P<words>\S.*)$"
)
# a subtitle file's cue: its number, then its times ("00:00:16,200 --> 00:00:20,700")
_CUE_TIMES = re.compile(r"^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")
_CUE_SOUND = re.compile(r"^\[[^\]]{1,60}\]$")  # "[sirens, shouting]", "[END OF PART ONE]"
_TURN_OPENING = re.compile(
    r"^(?-i:[A-Z][A-Z'’-]{1,}(?:\s+[A-Z][A-Z'’-]{1,}){0,3})(?:\s+\([^)]*\))?:"
)
_QUESTION = re.compile(r"^(?:Q|QUESTION)(?:\s*\([^)]{0,80}\))?:\s+(?=\S)")
# a report's field label, "CASUALTIES: …", "SOURCE GRADING: …", "ANALYST NOTE: …": a labelled
# line of a bulletin or an incident log, nobody's turn
_FIELD_LABEL = re.compile(
    r"(?i)^(?:[\w'’-]+\s+)?(?:summary|casualties|casualty|fatalities|injuries|losses|source|sources|"
    r"grading|note|notes|update|details|location|date|time|assessment|impact|incident|context|"
    r"background|outlook|recommendations?|verdict|claim|status|type|perpetrators?|targets?|"
    r"description|comment|analysis|event|place|region|area|actors?|action|response|"
    # (a rebuttal's or a fact-check's boxes, numbered or not: "CLAIM 2: …", "FACT: …", "MYTH
    # 3: …", "REALITY: …", the box's name, no one's turn)
    r"facts?|myths?|reality|allegations?|truth)(?:\s+(?:no\.?\s*)?\d{1,3})?$"
)
# the programme's own voice, whose words are the outlet's narration, nobody's quote (and a
# film's or broadcast's on-screen text under its label: "SUPER:", "CAPTION:", "TITLE CARD:",
# "LOWER THIRD:", "CHYRON:", the production's own words)
_NARRATOR = re.compile(
    r"(?i)^(?:presenter|anchor|host|newsreader|narrator|correspondent|reporter|super|caption|"
    r"(?:title\s+|end\s+)?card|lower\s+third|chyron|intertitle|on-?screen\s+text)$"
)
# a broadcast script's recorded clip over the words it quotes: "[CLIP — KOSSI — 0:21 — OUT: …]"
_CLIP = re.compile(
    r"^\[(?:clip|soundbite|sound\s*bite|sot|audio|actuality|insert)\s*[—–:-]\s*"
    r"(?P<name>[A-Za-z][\w'’ .-]{1,40}?)\s*(?:[—–:-][^\]]*)?\]$",
    re.I,
)
_CLIP_END = re.compile(r"(?i)^\[end\s+(?:clip|soundbite|sot|audio|insert)\]$")
# a parliamentary record's turn: "REP. JUAN CRUZ. Thank you, …", "SEC. RUIZ. …", "THE MINISTER OF
# THE INTERIOR (Hon. Ana Ruiz). …", "Mr. SMITH. Mr. Speaker, …" (the speaker's label in capitals,
# the person named once in brackets, a full stop and the words)
_RECORD_TURN = re.compile(
    r"^(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?-i:[A-Z][A-Z'’-]+)\.?(?:\s+(?-i:[A-Z][A-Z'’-]+)\.?){0,7}?)"
    r"(?:\s+\((?P<named>[^()]{3,60})\))?\.\s+(?P<words>\S.*)$"
)
# a numbered point of a communiqué or a declaration: "FIRST.", "SIXTH.", "TWELFTH."
_ORDINAL_LABEL = re.compile(
    r"(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth)$"
)
# a title before a name in a record's label or its brackets: "Rep.", "SEC.", "Hon."
_RECORD_TITLE = re.compile(r"(?i)^(?:the|rep|sen|sec|hon|mr|mrs|ms|dr|gen|col|atty|usec|cong)\.?$")
# its list of speakers: "Speakers: Brig. Gen. Yohanes Wenda, deputy chief, Regional Police; …"
_SPEAKERS = re.compile(r"^(?:speakers|participants|panel|present)\s*:\s*(?P<list>.+)$", re.I)
# a post's hashtag on a name reads as the name: "shooting in #Derbent"
# an encyclopaedia's reference marks: "… in the fighting.[6] The mission says …"
_CITATION = re.compile(r"(?<=[\w.,;:!?\"”)])\[(?:\d{1,3}|citation\s+needed|note\s+\d{1,2})\]")
# a footnote's mark in superscript: after the word or stop it is set on ("… the goat
# pens.¹ Al-Shabaab's radio …"), and opening the note itself ("² The same broadcast …")
_FOOTNOTE_MARK = re.compile(
    # (not after a number's full stop: "… gave the toll as" / "24.³ The poet …" would open a
    # numbered line)
    r"(?m)(?<=[\w.,;:!?\"”’)])(?<!\d\.)[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|^[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}[ \t]+"
)
# a desk's query and the writer's answer in double brackets, in raw copy: "((ED: confirm 9 is
# his latest? // AN: yes, 2 more bodies found))": no text of the story (over lines too)
_DESK_QUERY = re.compile(r"[ \t]*\(\((?:[^()]|\([^()]*\))*?\)\)")
_HASHTAG = re.compile(r"(?<![\w&#/])#(?=[A-Z][a-z])")
_CORRECTED = re.compile(r"^(?:CORRECTED|UPDATED|UPDATE\s+\d+|REFILE|URGENT)\s*[-–:]\s*", re.I)
_PRESS_RELEASE = re.compile(
    r"^(?:\(press\s+release\)|\[press\s+release\]|press\s+release|"
    # (dated on its line: "FOR IMMEDIATE RELEASE      Thursday, October 8, 2026")
    r"for\s+immediate\s+release(?:[\s:,–—-]+[\w ,.]{0,40}\b\d{4})?|"
    # "COMMUNIQUÉ No. 07/2025", "PUBLIC COMMUNIQUÉ No. 003 of 2024", "PRESS RELEASE No.
    # 12/2025", "Public statement No. 14-2025 (unofficial translation)": a numbered release
    r"(?:(?:public\s+|official\s+)?communiqu[eé]|(?:press\s+)?release|"
    r"(?:public\s+|press\s+|official\s+)?statement|declaration)"
    # (its number in brackets: "Statement No. (46/2026)")
    r"\s+no\.?\s*(?:\d[\w/.-]*|\(\d[\w/.-]*\))(?:\s+of\s+\d{4})?(?:\s*\([^()]{1,80}\))?"
    # (its language after a dash: "Communiqué No. 027/EMG/26 — English version")
    r"(?:\s+[-–—]\s+(?:(?:unofficial\s+)?[a-z]+\s+(?:version|translation)|translation))?|"
    # "PUBLIC STATEMENT", "Public communiqué": a body's statement to the public, numbered or not
    r"public\s+(?:statement|communiqu[eé]|declaration))$",
    re.I,
)
# a press kit's or media pack's title line: "PRESS KIT — “No fear”", "Media pack"
_PRESS_KIT = re.compile(r"(?i)^(?:press|media)\s+(?:kit|pack)\b")
# a letterhead's postal address under the issuer's name: "Bishop's House, B.P. 32, Mokolo"
_ADDRESS = re.compile(
    r"(?i)\b(?:B\.\s?P\.|P\.\s?O\.\s+Box|PO\s+Box|Box|BP)\s*\d+|"
    # or its seat: "Head office: Kousseri", "Headquarters: Niamey", "Siège social : Goma"
    r"^(?:(?:head|registered|main)\s+office|headquarters|HQ|si[eè]ge(?:\s+social)?)\s*:\s*\S"
)
_RELEASE_NUMBER = re.compile(r"^No\.?\s*PR[-\s]?\d+/\d+-(?P<acronym>[A-Z]{2,8})\b")
_STATEMENT = re.compile(
    r"^(?:press\s+)?(?:statement|communiqu[eé]|declaration)\s+(?:from|of|by|issued\s+by)\s+"
    r"(?:the\s+)?(?:(?:central\s+)?(?:spokesman|spokesperson|media\s+(?:cell|wing))\s+"
    r"(?:of|for)\s+(?:the\s+)?)?(?P<org>[A-Z][\w' -]+?)\s*$|"
    # an editor's note over a translated statement: "[Statement of Islamic State - Mozambique
    # Province, circulated on Telegram, 22 August 2025. Unofficial translation.]"
    r"^\[(?:press\s+)?(?:statement|communiqu[eé]|declaration|claim)\s+(?:from|of|by|issued\s+by)\s+"
    r"(?:the\s+)?(?P<bracketed>[A-Z][\w' -]+?)\s*(?:[,.;(][^\]]*)?\]$",
    re.I,
)

# an editor's note over a translated statement that names the group in passing: "[Translated
# from Arabic. Statement circulated on Telegram channels affiliated with Jama'at Nusrat
# al-Islam wal-Muslimin (JNIM).]", "[Claim released by the Islamic State's Amaq agency.]"
_NOTE_STATEMENT = re.compile(
    r"^\[[^\]]*?\b(?i:statement|communiqu[eé]|claim)\b[^\]]*?\b(?i:affiliated\s+with|issued\s+by|"
    r"attributed\s+to|released\s+by|published\s+by|signed\s+by|close\s+to|linked\s+to|"
    # "Statement posted on Telegram on 12 April by al-Zallaqa Media": where and when between
    r"(?:posted|published|issued|released)\s+(?:on|in)\s+[^\]]{0,40}?\s+by)\s+(?:the\s+)?"
    r"(?P<org>(?:[A-Z]|(?:al|el|ash|ad)-[A-Z])[\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|(?:al|wal|wa|el|ash|ad)-[\w'’-]+|of|the|al|wa|"
    r"in(?=\s+(?:the\s+)?[A-Z])))*)"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
)

# a monitor's header naming the channel it exports and the group behind it: 'Source: Telegram
# channel "Akhbar Wilayat Gharb Ifriqiya" (pro-ISWAP), posts of 14-15 March'
_SOURCE_CHANNEL = re.compile(
    r"^(?i:source)\s*:\s*(?:[A-Z]\w+\s+)?(?i:channel|account|page|group)\s+[\"“][^\"”]{2,80}[\"”]\s*"
    r"\((?i:pro-|linked\s+to\s+|affiliated\s+with\s+|run\s+by\s+)(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\)"
)
# … or describing the channel by its side: "Channel: a pro-Islamic State channel relaying …"
_PRO_CHANNEL = re.compile(
    r"^(?i:channel|source)\s*:\s*(?i:an?\s+)?(?i:pro-)(?P<org>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})"
    r"\s+(?i:(?:telegram|whatsapp|social\s+media)\s+)?(?i:channel|account|page)\b"
)
# an unbracketed translator's note opening on the language: "Translation from Somali. "
_TRANSLATED_NOTE = re.compile(
    r"^(?:unofficial\s+)?translat(?:ion|ed)\s+from\s+(?-i:[A-Z])[a-z]+\.\s+"
    r"(?=(?:statement|communiqu[eé]|claim)\b)",
    re.I,
)

# a digest's note over a group's item it translates: "The following is an unofficial
# translation from Arabic of an item published in the weekly al-Naba newsletter of the
# Islamic State (no 502), …": the item (its figures) is the group's
_FOLLOWING_TRANSLATION = re.compile(
    r"(?:^|[.!]\s+|\s\s)(?:The\s+following|Below)\s+is\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:unofficial\s+|full\s+|partial\s+|abridged\s+)?translation\b[^.]{0,160}?"
    r"\b(?:newsletter|magazine|weekly|statement|claim|channel|outlet|agency|bulletin)\s+"
    r"(?:of|by|from|issued\s+by|published\s+by|released\s+by)\s+(?:the\s+)?"
    r"(?P<org>(?:[A-Z]|(?:al|el|ash|ad)-[A-Z])[\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|(?:al|wal|wa|el|ash|ad)-[\w'’-]+|of|the|al|wa|"
    r"in(?=\s+(?:the\s+)?[A-Z])))*)"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
)

# a recording's heading: "TRANSLATION — AUDIO MESSAGE ATTRIBUTED TO A COMMANDER OF ISLAMIC
# STATE MOZAMBIQUE PROVINCE": the message (and the quotes under it) is the group's
_MESSAGE_OF = re.compile(
    r"^(?i:(?:(?:unofficial\s+)?translation|transcript)\s*(?:of\s+(?:an?\s+|the\s+)?|[—–:-]\s*))?"
    r"(?i:(?:audio|video|voice|recorded)\s+(?:message|statement|speech|recording|address|sermon)|"
    r"(?:speech|sermon|recording))\s+"
    r"(?i:attributed\s+to|of|by|from)\s+(?i:(?:an?|the)\s+)?"
    r"(?:(?i:(?:senior\s+|local\s+|field\s+)?(?:commander|leader|spokes(?:man|person)|emir|"
    r"official|member))\s+(?i:of|for)\s+(?i:the\s+)?)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?i:of|the|al|wa)))*?)\s*(?:[,.(]|$)"
)
# a speaker's civil role after the name: "…, candidate for municipal president of …"
_CIVIL_ROLE = re.compile(
    r"(?i)\s*,\s*(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:candidate|mayor|councill?or|senator|"
    r"deputy|member\s+of\s+(?:parliament|congress)|activist|journalist|priest|pastor|bishop|"
    r"imam|teacher|lawyer|farmer|trader|chairman\s+of\s+the\s+(?!.*\b(?:army|front|brigade)\b)"
    r"|human\s+rights\s+defender|community\s+leader|union\s+leader)\b"
)
_NOTE_AFFILIATED = re.compile(
    r"\b(?i:affiliated\s+with|close\s+to|linked\s+to|"
    # "al-Zallaqa Media, the media arm of JNIM": the group whose outlet it is
    r"the\s+(?:media|propaganda|official)\s+(?:arm|wing|outlet|channel|agency)\s+of)\s+(?:the\s+)?"
    r"(?P<org>(?:[A-Z]|(?:al|el|ash|ad)-[A-Z])[\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|(?:al|wal|wa|el|ash|ad)-[\w'’-]+|of|the|al|wa|"
    r"in(?=\s+(?:the\s+)?[A-Z])))*)"
    r"(?:\s*\((?P<short>[A-Z][A-Za-z]{1,9})\))?"
)


# a body's name under "PRESS RELEASE": a short line of capitalised words, no figure, no verb
# a release's one header line, its fields split by bars: "PRESS RELEASE | Org | City, date"
_RELEASE_PIPED = re.compile(
    r"(?i)^(?:press|news|media)\s+release\s*\|\s*(?P<org>[^|]{3,80}?)\s*(?:\|.*)?$"
)
# a report's first line, its author and its kind in capitals: "SAHEL RISK | WEEKLY BRIEF"
_AUTHOR_PIPED = re.compile(
    r"^(?P<org>(?-i:[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+){0,5}))\s*\|\s*"
    r"(?-i:[A-Z][A-Z ,'-]{0,40})\b"
    r"(?-i:BRIEF|BRIEFING|BULLETIN|REPORT|DIGEST|UPDATE|ALERT|MONITOR|NOTE|SITREP|FLASH)S?"
    # ("SENTINEL RISK DESK - SECURITY ALERT - CAMEROON": the country it covers after it)
    r"(?:(?:\s+\||\s+[-–—])\s+(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}))?$"
)
# a body's publication series on its first line, its short name, its full name and the series:
# "YORA | Yemeni Observatory for Rights and Accountability    Documentation Series 04/2025"
_AUTHOR_SERIES = re.compile(
    r"^(?P<short>[A-Z]{2,8})\s*\|\s*(?P<full>[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|for|and|the|on|in))"
    r"{1,8})\s{2,}(?:[A-Z][\w-]*\s+){0,3}(?:Series|Reports?|Bulletin|Briefs?|Papers?)\b[^|]{0,20}$"
)
# … and under an e-mail's header fields, a dash between: "MERIDIAN RISK - SECURITY FLASH"
# (not a broadcast's heading "RADIO NORD — EVENING BULLETIN" on a first line)
_AUTHOR_DASHED = re.compile(_AUTHOR_PIPED.pattern.replace(r"\s*\|\s*", r"\s+[-–—]\s+", 1))
# an e-mail's header fields ("From: …", "Subject: …") and their wrapped lines
_MAIL_FIELD = re.compile(r"^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:|^\s")
_POST_AUTHOR = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+[•·]\s+[A-Z][^•·\n]{2,120}$"
)
# a forum thread's opening post: "r/worldnews • Posted by u/RiverStringer • 2 Sep 2026": the
# poster answers in it ("ask me anything"), his words where they quote nobody
_THREAD_POSTER = re.compile(r"^r/[\w-]+\s*[•·|]\s*Posted\s+by\s+u/(?P<name>[\w-]{3,30})\b", re.I)
# a body's name in capitals with its acronym atop its own document ("… — Niamey / Agadez")
_NAMED_MONITOR = re.compile(
    r"^(?P<org>[A-ZÀ-Ý][A-ZÀ-Ý'’&-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’&-]+){1,6})\s+\((?P<acr>[A-Z]{2,8})\)"
    r"(?:\s*[—–-]\s*[^()]{1,60})?$"
)
# a body's name in capitals alone on the first line, over the kind of paper it publishes, then a
# bar: "COASTAL RIGHTS WATCH" / "Research briefing | Index: … | 12 March 2026"
_CAPS_BODY_NAME = re.compile(r"^[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+){1,5}$")
_PUBLICATION_KIND = re.compile(
    r"(?i)^(?:research|policy|background|thematic|country|legal)\s+(?:briefing|brief|paper|"
    r"report|note|memo)\s*\|"
)
_MONITOR_TITLE = re.compile(
    r"(?i)\b(?:incident\s+log|monitoring|monitor|situation\s+report|sitrep|bulletin|"
    r"(?:weekly|monthly|flash)\s+(?:update|report))\b"
)
# a research or monitoring body's name atop its own incident database or log, with no acronym:
# "Yoma Conflict Research Centre" over "INCIDENT DATABASE - EXTRACT"
_NAMED_CENTRE = re.compile(
    r"^(?P<org>[A-Z][\w'’&-]*(?:\s+(?:for\s+|of\s+|on\s+)?[A-Z][\w'’&-]*){1,5}\s+(?:Centre|Center|"
    r"Institute|Observatory|Monitor|Project|Network))$"
)
# a PDF page's running head: the body's name, far to its right the report's title, then the
# page's number
_RUNNING_HEAD = re.compile(
    r"^(?P<org>[A-Z][\w'’&-]*(?:\s(?:for|of|on|in|and|the|de|du|des|del)?\s?[A-Z][\w'’&-]*){0,8}"
    r"\s(?:Collective|Commission|Centre|Center|Network|Observatory|Watch|Committee|Council|"
    r"Institute|Foundation|Coalition|Alliance|Association|Mission|Monitor|Project|Forum|League|"
    r"Movement|Society|Union|Federation)(?:\s(?:for|of|on|in)\s[A-Z][\w'’&-]*(?:\s(?:of|and|"
    r"the|in|for)?\s?[A-Z][\w'’&-]*){0,5})?)(?:\s{3,}|\s[–—|]\s)\S[^\n]{0,80}?\b(?:Report|Bulletin|Review|"
    r"Brief|Briefing|Update|Overview|Monitor)\b[^\n]{0,40}?\s{2,}\d{1,3}$"
)
_DATABASE_TITLE = re.compile(r"(?i)\bincident\s+(?:database|data\s+base|log|tracker)\b")
# a United Nations special procedures' communication: "Mandates of the Special Rapporteur on …"
_MANDATES = re.compile(
    r"(?i)^mandates?\s+of\s+the\s+(?P<title>special\s+rapporteur|independent\s+expert|"
    r"working\s+group)\b"
)
_POST_AGE = re.compile(
    r"^\d{1,2}\s*(?:m|min|h|hr|d|w|mo|y|yr)s?\b(?:\s*[•·]\s*[\w -]{1,20}){0,2}$", re.I
)
_ISSUER_UNDER = re.compile(
    r"^(?-i:[A-ZÀ-Þ])[A-Za-zÀ-ÿ&'’ -]{2,60}(?:,\s+(?-i:[A-ZÀ-Þ])[A-Za-zÀ-ÿ&'’ -]{2,60})?$"
)
# an editor's note in brackets over a document: "[Translated from Spanish by the desk of …]"
_EDITOR_NOTE = re.compile(r"^\[[^\]]{10,}\]$")
# a release's reference and date line: "No. 1187/PRO   Dated: 14-02-2025", "Ref: PR/12/2025"
_REFERENCE_LINE = re.compile(r"(?i)^(?:no\.|ref(?:erence)?\.?\s*(?:no\.?)?\s*:?)\s*\S*\d")
_TITLE = re.compile(r"\d|\b(?:KILL|NEUTRALI[SZ]E|RESCUE|ARREST|ATTACK)\w*\b", re.I)
_STATEMENT_ON = re.compile(
    r"^(?:press\s+)?(?:statement|communiqu[eé]|declaration|claim)\s+(?:on|about|regarding|"
    r"concerning|of\s+responsibility)\b",
    re.I,
)
# "Balochistan Liberation Front" / "Statement": a statement headed by its issuer's name
_STATEMENT_ONLY = re.compile(
    r"^(?:press\s+|official\s+)?(?:statement|communiqu[eé]|declaration)\s*:?$", re.I
)
# a header line that is a name: no sentence, no more than eight words
# a document in its author's own voice: "Briefing by Ms. Ana Ruiz, Special Representative …
# (UNAMA)", "REPORT OF THE COMMISSION OF INQUIRY INTO …": figures no one else gives are its
# author's, as a press release's are its issuer's
# a title under a letterhead's name: "MINISTRY OF COMMUNICATION" / "The Minister"
_HEAD_TITLE = re.compile(
    r"(?i)^(?:the\s+|office\s+of\s+the\s+)?(?:minister|director(?:[\s-]general)?|"
    r"secretary(?:[\s-]general)?|spokes(?:man|woman|person)|governor|commissioner|president|chairman|"
    r"chairperson|mayor|commander|registrar|vice[\s-]chancellor|rector|dean|principal)$"
)
# a civil body's own document, in its voice: "OPERATIONAL UPDATE | 10 June 2025 | Médecins
# Sans Frontières (MSF)", "NOTICE FROM THE COMMITTEE OF THE CENTRAL MOSQUE", a page's post
# ("Kibera Youth Group" over "Public post · 3 May at 10:14")
_UPDATE_PIPED = re.compile(
    r"(?i)^(?:operational|situation|flash|humanitarian)\s+(?:update|report)\s*\|(?P<fields>.+)$"
)
# a petition's or a campaign page's starter among its head's lines: "Started by: Residents'
# Committee of Kibo (Kibo town)", "Petition created by Kibo Traders Association": who speaks
_STARTED_BY = re.compile(
    r"(?i)^(?:(?:petition|campaign|page|fundraiser)\s+)?(?:started|created|launched|organi[sz]ed)"
    r"\s+by\s*:?\s+(?P<org>(?-i:[A-Z])[^,(.!?:;\n]{2,80}?)\s*(?:[,(].*)?$"
)
_NOTICE_FROM = re.compile(
    r"(?i)^(?:notice|announcement|message|circular|letter)\s+(?:from|of|by)\s+(?:the\s+)?"
    r"(?P<org>(?-i:[A-Z])[^.!?:;]{2,80}?)\.?$"
)
# a body's own office under its name in a letterhead: "Media Office", "Press Office"
_OWN_OFFICE = re.compile(
    r"(?i)^(?:media|press|information|public\s+relations|communications?)\s+(?:office|wing|"
    r"cell|unit|department|directorate)$|"
    # "Office of Public Affairs", "Office of the Spokesperson", "Office of Communications"
    r"^office\s+of\s+(?:the\s+)?(?:public\s+(?:affairs|information|relations)|"
    r"communications?|spokes(?:person|man|woman)|press\s+secretary)$|"
    # a body's chapter of a region or a town: "Regional Concepción", "Provincial Chapter of
    # Kunar", "Seccional Luque"
    r"^(?:regional|provincial|district|state|county|local|seccional|delegaci[oó]n|filial)"
    r"(?:\s+(?:chapter|branch|office|section|delegation))?(?:\s+of)?"
    r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3}$"
)
# a listed company's notice to its stock exchange: "ASX / PNGX ANNOUNCEMENT   11 August 2026"
# over the company's name and its tickers, "HIGHLANDS AURIC LIMITED (ASX: HAU, PNGX: HAU)"
_MARKET_NOTICE = re.compile(
    r"^(?:[A-Z]{2,8}(?:\s*/\s*[A-Z]{2,8})*\s+)?(?:MARKET\s+|STOCK\s+EXCHANGE\s+)?"
    r"(?:ANNOUNCEMENT|RELEASE)(?:\s{2,}.*)?$"
)
_LISTED_NAME = re.compile(
    r"^(?P<name>[A-Z][A-Za-z&'’.-]*(?:\s+[A-Z][A-Za-z&'’.-]*){0,6})\s*"
    r"\((?:[A-Z]{2,8}\s*:\s*[A-Z0-9.]{1,6}(?:\s*[,;]\s*)?)+\)$"
)
_POST_LINE = re.compile(r"(?i)^(?:public\s+|shared\s+)?post\s*[·•|-]")
# a page's feed, each post under its author's name and its date: "Emergency Response Room –
# Sinja Locality · 24 January 2025 · 🌐", "Kibo Youth Group · 3 May at 10:14": a page whose
# posts all carry one name is that body's own voice
_FEED_POST = re.compile(
    r"^(?P<name>[A-Z][^·•|.!?:;\d]{2,80}?)\s+[·•]\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s*(?:m|min|h|hr|d|w)s?\b)"
    r"(?:\s+at\s+\d{1,2}[:.]\d{2})?(?:\s*[·•]\s*\S{1,12})?\s*$"
)
# a notice's sign-off line: "Issued by: SAPS KZN Provincial Communication"
# a header field naming who sends or submits the document: "Applicant: Northern Health
# Organisation (NHO)", "Submitted by: …", "From: …", "Organisation: …"
_SENDER_FIELD = re.compile(
    r"^(?i:applicant|submitted\s+by|sent\s+by|from|sender|organi[sz]ation|author)\s*:\s*"
    r"(?:(?i:the)\s+)?(?P<org>[A-Z][^.:;<>@|]{2,100}?)\.?$"
)
# a letter signed by a body's team or management: "The Lugenda River Camp team",
# "Management, Kivu Bus Lines"
_TEAM_SIGNED = re.compile(
    r"^(?:(?i:the)\s+)?(?P<org>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|de|du)){0,7})"
    r"\s+(?i:team|management)\.?$|"
    r"^(?i:the\s+)?(?i:management|board|secretariat)\s*,\s*(?:(?i:the)\s+)?"
    r"(?P<of>[A-Z][^,.;:()]{2,80}?)\.?$"
)
_ISSUED_BY = re.compile(r"(?i)^(?:issued|released|distributed)\s+by\s*:\s*(?P<org>[^.]{3,80}?)\.?$")
# a signature at a document's foot, an office's title and its body after a comma: "(Sgd)
# Public Affairs Officer, 4th Brigade", "Director, Kano Children's Hospital": its voice
_SIGNED_OFF = re.compile(
    r"^(?:\((?i:sgd|signed)\.?\)\s*)?(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"(?i:officer|director|chairman|chairperson|chair|president|secretary|commander|"
    r"spokes(?:man|person|woman)|chief|coordinator|manager|mayor|governor)"
    r"\s*,\s*(?:the\s+)?(?P<org>[A-Z0-9][^,.;:()]{1,80}?)\.?$"
)
# a title signing with the place it serves, no body: "District Veterinary Officer, Kotido"
_SIGNED_OFF_PLACE = re.compile(
    r"^(?:\((?i:sgd|signed)\.?\)\s*)?(?P<title>(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"(?i:officer|director|chairman|chairperson|chair|president|secretary|commander|"
    r"spokes(?:man|person|woman)|chief|coordinator|manager|mayor|governor)"
    r"\s*,\s*(?:the\s+)?[A-Z][^,.;:()]{1,80}?)\.?$"
)
# an officer's title with the place it serves: "Regional supervisor, Bambari"
_TITLE_OF_PLACE = re.compile(
    r"^[A-Z][\w'’.-]*\s+(?:[\w'’-]+\s+){0,2}"
    r"(?i:supervisor|officer|coordinator|manager|director|commander)\s*,\s*"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$"
)
# a hearing record's witness: "before us, …, appeared Mrs. Ana Ruiz, 38 years old, nurse,
# who, having been informed …, declared:"
_WITNESS_APPEARED = re.compile(
    r"\b(?:appeared|came\s+before\s+us)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),[^\n\"]{0,300}?"
    r"\b(?:declared|declares|stated|states|testified|testifies)\s*:"
)
# a trial record's witness, by the number the record gives, before the answers: "PW4: D/AIP
# ANA RUIZ, female adult, 41 years, police officer, sworn, states in English:" — the answers
# that follow ("A: …") are the witness's
_WITNESS_SWORN = re.compile(
    r"(?:^|\s)(?P<number>(?:PW|DW|CW)\s?\d{1,2})\s*[:.–-]\s*"
    r"(?:(?:[A-Z]{1,3}/)?(?:AIP|IP|ASP|SP|SSP|SGT|CPL|PC|CPT|LT|MAJ|COL|DR|MR|MRS|MS|Dr|Mr|Mrs|Ms)"
    r"\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),[^\n\"]{0,300}?"
    r"\b(?:sworn|affirmed),?\s+(?:and\s+)?(?:states|stated|testifies|testified|declares|"
    r"declared)\b[^:]{0,40}:"
)
# a hearing record's witness: "before us, …, appeared Mrs. Ana Ruiz Gil, 38 years old, …,
# who, having been informed …, declared:"
_APPEARED_BEFORE_US = re.compile(
    r"\bbefore\s+us\b[^\n\"]{0,200}?\bappeared\s+(?:the\s+(?:named|said|person\s+named)\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),[^\n\"]{0,300}?\b(?:declared|declares|"
    r"stated|states|testified|testifies)\b[^:]{0,40}:"
)
# a header's or a footer's fields, parted by bars or set in columns
_FIELD_PARTS = re.compile(r"\s*\|\s*|\s{3,}")
# a field naming who prepared the document: "Prepared by: SCC Kaya field coordination",
# "Reporting officer: Ana Ruiz, Warehouse Manager"
_PREPARED_FIELD = re.compile(
    r"^(?i:prepared\s+by|compiled\s+by|reporting\s+officer)\s*:\s*"
    r"(?P<name>[A-Z][^\d|:;]{1,80}?)\.?$"
)
# a header field naming the body that issues the document, in a line parted by "|": "Issued
# by the Coastal Access Working Group (CAWG) | 9 May 2025"
_ISSUED_BY_BODY = re.compile(
    r"^(?i:issued|published|produced)\s+by\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|on|in|the|de|du)){1,8})"
    r"(?:\s+\((?P<acr>[A-Z]{2,8})\))?\.?$"
)
_DELIVERED_BY = re.compile(
    r"^(?:briefing|remarks|address|speech|statement|testimony)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:(?:ms|mr|mrs|dr|h\.?\s*e|sir|dame)\.?\s+)?"
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})(?:,[^()]*?"
    r"(?:\((?P<acronym>(?-i:[A-Z]{2,8}))\))?\s*$|"
    # "Statement of Ana Ruiz before the District Court": a person's own statement to a body
    r"\s+(?:before|to)\s+the\s+(?-i:[A-Z]))|"
    # "Speech of the Headteacher (Préfet des études), Mr. Ana Ruiz": a title, then the person
    r"^(?:briefing|remarks|address|speech|statement|testimony)\s+(?:by|of)\s+the\s+"
    r"(?P<title>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,5})(?:\s*\([^()]{1,40}\))?,\s+"
    r"(?:ms|mr|mrs|dr|h\.?\s*e)\.?\s+"
    r"(?P<titled>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})\s*$",
    re.I,
)
# a public office whose holder speaks for it: "Deputy High Commissioner", "Special Envoy"
_PUBLIC_OFFICE = re.compile(
    r"\b(?:Commissioner|Envoy|Representative|Rapporteur|Secretary|Minister|Coordinator)\b"
)
# an office's holder named after the office, no honorific, under a transcript's label maybe:
# "TRANSCRIPT – Address by the Governor of Bay Province, Ana María Ruiz, on security": the
# holder speaks in it
_ADDRESS_BY_TITLE = re.compile(
    r"^(?:transcript\s*[—–:-]\s*)?(?:briefing|remarks|address|speech|statement)\s+by\s+the\s+"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:of|for|the|(?-i:[A-Z])[\w'’-]*)){0,5},\s+"
    r"(?P<named>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,3})"
    r"(?:,\s+(?:on|to|at|in|before)\s[^()]*)?\s*$",
    re.I,
)
# an office's holder by the office alone, the name after it or none: "ADDRESS TO THE NATION BY HIS
# EXCELLENCY THE PRESIDENT OF THE REPUBLIC ON …", "Statement of the armed forces spokesman,
# Brigadier General Ana Ruiz": the holder speaks in it, by the office
_ADDRESS_BY_OFFICE = re.compile(
    r"^(?:address|speech|message|statement|remarks|briefing)(?:\s+to\s+the\s+(?:nation|people|"
    r"country|parliament))?\s+(?:by|of)\s+(?:(?:his|her)\s+excellency,?\s+)?the\s+"
    r"(?P<office>(?:president|prime\s+minister|governor|head\s+of\s+state)(?:\s+of\s+the\s+"
    r"(?:republic|nation|federation|union))?|(?:[a-z]+\s+){1,3}spokes(?:man|woman|person))"
    r"(?=\s+(?:on|to|at|in|before)\s|\s*,\s+(?:[a-z]+\s+){0,3}[a-z][\w'’.-]+(?:\s+[a-z][\w'’.-]+){1,3}"
    r"\s*$|\s*$)",
    re.I,
)
# "Testimony of Ana Ruiz" alone on its line (her title and body on the next): the witness
# (a statement's line is not read so: "Statement of the TTP" alone may be a group's)
_TESTIMONY_OF = re.compile(
    r"^(?i:testimony|remarks)\s+(?i:of|by)\s+(?:(?i:ms|mr|mrs|dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?P<acronym>(?!))?\s*$"
)
# a header line naming who speaks in the document: "Delivered by Tehsil Chairman Ali Khan at
# the budget session, …", "FINDINGS OF:   Coroner Jane Doe", "Prepared by: District Officer X"
_AUTHOR_LINE = re.compile(
    r"^(?i:delivered\s+by|findings\s+of\s*:|(?:prepared|compiled)\s+by\s*:?|judgment\s+of\s*:)\s*"
    # ("Compiled by: Dr. Ana Ruiz, Head of …": a title's or initial's stop is part of the name)
    r"(?:(?i:the)\s+)?(?P<name>(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,6})"
    r"(?=\s+(?:at|on|in|to|before)\b|\s*,|\s*$)"
)
# a log's or a notebook's keeper in its header: "Interpreter: Ana Ruiz.", "Log kept by: …"
_KEPT_BY = re.compile(
    r"^(?i:interpreter|fixer|log\s+kept\s+by|kept\s+by|notes\s+by)\s*:\s*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s*[.,;]|\s*$)"
)
# a civil body by its name: a traders' association, a sports federation, a church (not
# "union", "council" or "committee", which armed groups' names take too)
_CIVIL_BODY = re.compile(
    r"(?i)\b(?:association|federation|chamber|cooperative|co-operative|club|church|diocese|"
    r"parish|school|college|university|board|chapter)\b"
)
# a page's organiser: "Organised by Cabildo Indígena de Toribío · Beneficiary: …"
_ORGANISED_BY = re.compile(
    r"^(?i:organi[sz]ed\s+by|(?:fundraiser|campaign|appeal)\s+(?:organi[sz]ed|started|run)\s+by)"
    r"\s+(?:(?i:the)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,7}?)(?=\s*[·|•,;(]|\s*$)"
)
# a header line naming the body behind the document and its partner: "The Idlib Memory
# Project, in partnership with the Old Customs House gallery, Gaziantep" (the first speaks)
_IN_PARTNERSHIP = re.compile(
    r"^(?:(?i:the)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and|the|on)){0,7}),?"
    r"\s+(?i:in\s+(?:partnership|association|collaboration|cooperation)\s+with|with\s+the\s+support\s+of)"
    r"\s+\S"
)
# a document that says whose it is: "This is an announcement from the elders' committee of
# Bulo Burte district and the district commissioner's office." (the first body named)
_ANNOUNCEMENT_FROM = re.compile(
    r"(?:^|[.!]\s+|\s\s)This\s+is\s+(?:an?|the)\s+(?:official\s+)?(?:announcement|statement|message|"
    r"notice|bulletin|communiqu[eé])\s+(?:from|of|by)\s+(?:the\s+)?"
    r"(?P<org>[\w'’-]+(?:\s+(?!and\b)[\w'’-]+){0,7}?)(?=\s+and\s+the\b|\s*[.,;])"
)
# a report's own line naming the body that produces it: "This report is produced by OCHA Sudan in
# collaboration with humanitarian partners.", "This update was prepared by the Kibo Cluster."
_PRODUCED_BY = re.compile(
    r"(?:^|[.!]\s+|\s\s)This\s+(?:flash\s+|situation\s+)?(?:report|update|bulletin|snapshot|"
    r"brief|sitrep|overview)\s+(?:is|was|has\s+been)\s+(?:produced|prepared|compiled|issued|"
    r"published)\s+by\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’-]*(?:\s+(?!and\b|in\b|with\b)[A-Za-z][\w'’-]*){0,6}?)"
    r"(?=\s+(?:in\s+(?:collaboration|cooperation|partnership)|with|and)\b|\s*[.,;(])"
)
# an editor's note over a body's own document it translates: "[Translation from Arabic of a
# document circulated by the mediation committee. …]": the document (its figures) is the
# body's (a statement's note names a group's statement: ``_NOTE_STATEMENT``)
_TRANSLATION_OF_DOCUMENT = re.compile(
    r"^\[?(?:unofficial\s+|our\s+|full\s+)?translation\s+(?:from\s+(?-i:[A-Z])[a-z]+\s+)?of\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:document|letter|record|minutes|agreement|notice|"
    r"circular|report|decision)\s+(?:circulated|issued|published|released|signed|sent|written|"
    r"drawn\s+up|adopted)\s+by\s+(?:the\s+)?(?P<org>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)(?=\s*[.,;\]])",
    re.I,
)
# a human rights network's appeal, "URGENT ACTION" (or "ACTION ALERT") over its title, with
# the network's name and acronym on a line of its own: "Red Internacional de Defensores
# (RID)": the appeal is the network's
_URGENT_ACTION = re.compile(r"(?i)^(?:urgent\s+(?:action|appeal)|action\s+alert)\b")
_NAME_AND_ACRONYM = re.compile(
    r"^(?P<org>(?-i:[A-ZÀ-Þ])[\w'’ -]{2,80}?)\s*\((?P<short>(?-i:[A-Z][A-Za-z]?[A-Z]{1,7}))\)$"
)
# a ruling's line naming who delivered it: "(delivered on 20 May 2025 by Hon. Ana Ruiz, Chief
# Magistrate)", "Judgment delivered by Justice Ana Ruiz, Presiding Judge"
_DELIVERED_ON_BY = re.compile(
    r"^\(?(?:(?i:ruling|judg(?:e)?ment|decision|verdict|finding)\s+)?"
    r"(?i:delivered|read|pronounced|handed\s+down|given)\s+(?:(?i:on)\s+[^()]{1,30}?\s+)?"
    r"(?i:by)\s+(?:(?:Hon|Justice|Judge|Mr|Mrs|Ms|Dr|Lady|Lord)\.?\s+)*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*(?P<title>[A-Z][^()]{2,60}?)\)?\.?$"
)
# a death notice's own voice: "It is with deep sorrow that the family of the late … announces"
_FAMILY_ANNOUNCES = re.compile(
    r"(?:^|[.!]\s+|\s)(?:that\s+)?[Tt]he\s+(?:[A-Z][\w'’-]+\s+)?family(?:\s+of\b[^.]{0,200}?)?"
    r"\s+(?:announces?|regrets?\s+to\s+announce|informs?)\b"
)
# a document's title naming who issues it, a body or an office with the article: "Open letter
# from the Mayor of Kidal to the Prime Minister", "Decision of the elders' council of Dara on
# the well dispute": the issuer is its voice ("Letter from Gaza", a place, names nobody)
_TITLE_FROM = re.compile(
    r"^(?i:(?:open|joint|public|final|formal|official|urgent)\s+)?"
    r"(?i:letter|decision|resolution|declaration|communiqu[eé]|appeal|ruling|findings?|verdict|"
    r"memorandum|petition|notice|message|announcement|circular)\s+"
    r"(?i:from|of|by)\s+(?i:the)\s+"
    r"(?P<org>(?=[^,:;(]*[A-Z])[\w'’-]+(?:\s+(?!(?i:to|on|concerning|regarding|about|over|"
    r"into|after|against|for)\b)[\w'’.-]+){0,7}?)"
    r"(?=\s+(?i:to|on|concerning|regarding|about|over|into|after|against|for)\b|\s*[,:;(]|\s*$)"
)
# a header line naming a body's own paper to its members: "Newsletter of the Association of
# Retired Teachers (ART), Gulu", "Monthly newsletter of the Kibo Farmers' Union" — the body
# speaks in it, among the first lines of the head
_NEWSLETTER_OF = re.compile(
    r"^(?i:(?:the\s+)?(?:monthly|weekly|quarterly|members['’]?)\s+)?(?i:newsletter|bulletin)\s+"
    r"(?i:of|from)\s+(?i:the)\s+"
    r"(?P<org>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and|the|on)){0,8}?)"
    r"(?=\s*[,(;:|]|\s+[-–—]\s|\s*$)"
)
# a header line of fields, a body's name beside its document's kind and number: "Kano
# Children's Hospital - Public appeal No. 2", "Sahel Aid Network | Alert NE-2025-04 | Niamey":
# what the body itself says (an appeal, an alert, a notice, a statement), while a report, a
# bulletin or a summary may compile what others counted
_BODY_BESIDE_KIND = re.compile(
    r"^(?P<org>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|on|de|du|des|la)){1,8})"
    r"\s*(?:\||\s[-–—]\s)\s*"
    r"(?i:(?:public|press|urgent|security|safety|special)\s+)?"
    r"(?i:appeals?|alerts?|notices?|statements?|releases?|circulars?|advisory|advisories|"
    r"communiqu[eé]s?)"
    r"(?:\s+(?i:no\.?|n[o°º]\.?|#)?\s*[\w/.-]*\d[\w/.-]*)?\s*(?:[|,].*)?$"
)
# a post's author line: "Thread by @amina_law (Amina Yusuf, lawyer)", "Post by @desk_kano"
_THREAD_BY = re.compile(
    r"^(?i:(?:an?\s+)?(?:thread|post|blog\s+post|newsletter|dispatch)\s+by)\s+"
    r"(?:@(?P<handle>\w+)\s*(?:\((?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})\s*[,)])?|"
    r"(?P<plain>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})(?=\s*(?:[,(]|$)))"
)
# a thread's head line: the author's name, the handle in brackets, the kind: "Ana Ruiz
# (@anaruiz_news) · thread · 3 March 2026"
_THREAD_HEAD = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})\s*\(@\w{2,30}\)\s*[·|•–-]\s*"
    r"(?i:thread|post)\b"
)
# a body's full name in title case, commas allowed: "Standing Committee on Home, Tribal Affairs"
_NAMED_UNIT = re.compile(
    r"[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|of|on|the|and|for|de|du|des|la)){1,12}"
)
_REPORT_OF = re.compile(
    # ("Implementation report of the Joint Supervisory Committee (local sub-committee)")
    r"^(?:final\s+|interim\s+|implementation\s+|progress\s+|annual\s+)?report\s+of\s+the\s+"
    r"(?P<org>(?:[a-z]+\s+){0,3}?"
    r"(?:commission|committee|panel|board|mission)(?:\s+of\s+(?:inquiry|enquiry|experts))?)\b",
    re.I,
)
_HEADER_NAME = re.compile(r"^[A-Z][^.!?:;]{1,80}$")
_SECRETARY_GENERAL_REPORT = re.compile(
    r"(?i)^(?:(?:special|annual|interim|final)\s+)?report\s+of\s+the\s+secretary[-\s]general$"
)
# a United Nations document's symbol on a line of its own ("S/2026/41", "A/HRC/58/27",
# "S/AC.51/2024/5"), and the body that writes it naming itself in the third person ("The
# Panel confirmed …", "on file with the Panel"): its own voice
_UN_SYMBOL = re.compile(r"^(?:S|A|E)/(?:[A-Z][A-Za-z.]*\d*/)*\d{2,4}/\d{1,4}(?:/[\w.]+)?$")
_UN_SELF = re.compile(
    r"\b(?-i:[Tt]he)\s+(?P<body>Panel(?:\s+of\s+Experts)?|Group\s+of\s+Experts|Monitoring\s+Team|"
    r"Commission(?:\s+of\s+Inquiry)?|Mission|Committee)\b(?!\s+(?:of|on|for)\s+(?!Experts|Inquiry))"
)
_STATE_BODY = re.compile(
    r"(?i)\b(?:ministry|government|armed\s+forces|police|inter[-\s]services|directorate|"
    r"defence\s+headquarters|military|army\s+(?:headquarters|command))\b"
)


_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# "two (2) villagers", "seventeen (17) kidnapped victims": a number written twice, as official
# releases write them
_WORDS = rf"(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"
_NUMBER_TWICE = re.compile(
    rf"(?i)\b(?:(?P<words>{_WORDS})\s*\((?P<digits>\d[\d,]*)\)|"
    rf"(?P<digits2>\d[\d,]*)\s*\((?P<words2>{_WORDS})\))"
)


def _number_once(match: re.Match) -> str:
    """The number as written first when the other in brackets repeats it, else the text.

    >>> _NUMBER_TWICE.sub(_number_once, "two (2) villagers and forty (40) rounds, one (3)")
    'two villagers and forty rounds, one (3)'
    >>> _NUMBER_TWICE.sub(_number_once, "2 (two) villagers, 12 (twenty)")
    '2 villagers, 12 (twenty)'
    """
    words = match.group("words") or match.group("words2")
    digits = match.group("digits") or match.group("digits2")
    same = parse_count(words).best == int(digits.replace(",", ""))
    return (match.group("words") or match.group("digits2")) if same else match.group()


# a group's words for its victims in quote marks after a count: killed 34 "soldiers and
# militiamen", 23 members of the "crusader militia", 25 members of the "rafidi" Popular
# Mobilisation: the marks quote no speech (they are dropped), the words are the victims
_QUOTED_VICTIMS = re.compile(
    r"(?P<before>\b(?:\d[\d,]*|members\s+of\s+the|(?:fighters|elements|troops)\s+of\s+the)\s+)"
    # (not 14 "members of terrorist teams": a phrase read with its marks)
    r"\"(?!(?i:members|elements)\b)(?P<words>[A-Za-z][a-z'’-]*(?:\s+[A-Za-z][a-z'’-]*){0,3})\""
    r"(?=[\s.,;:)])|"
    # a number in words before a group's quoted name for whom it killed: 'killed nine
    # "military personnel travelling in civilian guise"'
    r"(?P<before2>\b(?i:killed|killing|martyred|wounded|injured|abducted|captured)\s+"
    r"(?:"
    + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
    + r")\s+)\"(?P<words2>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,5})\"(?=[\s.,;:)])"
)
# a body in quote marks, one side's name for the other side's office: the "health office" in
# Kalla claims …, the "interior ministry" of the rebels says … (the marks quote no speech:
# they are dropped, the body speaks)
_QUOTED_BODY = re.compile(
    r"(?i)(?<=\bthe\s)\"(?P<words>(?:[a-z][a-z'’-]*\s+){0,3}(?:office|ministry|committee|"
    r"authority|council|administration|directorate|department))\"(?=\s)"
)
# a figure in quote marks, an alert's way of citing a source's words: "around 20" wounded,
# speak of "more than 50" dead (the marks quote no speech: they are dropped)
_QUOTED_NUMBER = re.compile(
    r"\"(?P<number>(?:dozens|scores|hundreds|several)(?=\"\s+(?:of\b|[a-z]))|(?:(?:around|about|some|nearly|almost|roughly|approximately|at\s+least|"
    r"more\s+than|over|up\s+to|dozens|scores|hundreds)\s+)?(?:\d[\d,]*|"
    + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
    + r")(?:[-\s](?:"
    + "|".join(UNITS)
    + r"))?)\"",
    re.I,
)


@dataclass(frozen=True)
class Normalised:
    """The text to read, the dateline's place, the issuer (and its kind) and what was dropped."""

    text: str
    dateline: str | None = None
    issuer: str | None = None
    # "official" (a press release), "group" (its statement) or "civil" (a civil body's own
    # document: an agency's update, a committee's notice, a page's post)
    issuer_kind: str | None = None
    removed: list[str] = field(default_factory=list)
    # the dateline as written ("JALALABAD, Afghanistan (AP) —"): the country it may name
    dateline_text: str | None = None
    # the openings of the list items numbered "1.", "2)" (their numbers taken off), whose
    # label, a place, may head what the item tells
    numbered: tuple[str, ...] = ()
    # the openings of the list items marked by a bullet ("• ", "- "), their bullets taken off
    bulleted: tuple[str, ...] = ()


# a run of more than 300 characters with no space is no word the rules read (the longest in
# the labelled articles is a table's rule of 151 dashes): a pasted data URI, a hash, a
# hostile file's run of digits; the rules' patterns would cost the square of its length
_OVERLONG = re.compile(r"\S{301,}")
# an e-mail's quoted reply, "> > " before each line: the quoted text, wrapped as any other;
# a wiki talk page's or a thread's indentation, ":: " before a reply: the reply's own text
_REPLY_QUOTE = re.compile(r"(?m)^(?:[ \t]*>)+[ \t]?|^[ \t]*:+[ \t]*(?=[A-Z\"“'‘(\[])")
# a log's own list of its abbreviations: "Abbrev: KIA=killed, WIA=wounded, civ=civilian"
_LEGEND = re.compile(
    r"(?im)\b(?:abbrev(?:iation)?s?|abbr|key|legend|glossary)\s*:\s*(?P<list>(?:[\w/&.-]{1,12}\s*=\s*"
    r"[^,;=\n]{1,30}?\s*(?:[,;]\s*|\.?\s*$))+)"
)
_PAIR = re.compile(r"(?P<short>[\w/&.-]{1,12})\s*=\s*(?P<long>[^,;=\n]{1,30}?)\s*(?:[,;]|\.?\s*$)")
# the military's own shorthand, with or without a legend: "2 KIA, 3 WIA"
_SHORTHAND = {"KIA": "killed", "WIA": "wounded", "MIA": "missing"}
# a log's shorthand for the people after a count, "2 sldrs KIA", "4 civs WIA" (spelt out only
# after a count, in a text written in the shorthand)
_SHORTHAND_PEOPLE = {
    "sldrs": "soldiers",
    "sldr": "soldier",
    "civs": "civilians",
    "ppl": "people",
    "pers": "persons",
}


# copy pasted into notes behind a bar, "| " before each line of it (and no other bar on the
# line, as a table's row would have): the copy's own text, wrapped as any other
_COPY_BAR = re.compile(r"^[ \t]*\|[ \t]+(?=[^|\s])(?=[^|]*$)")


# a script's voice-over read out under its label, 'VO: "The ministry said …"': the film's own
# narration (the sources it names speak in it), nobody's quote
_VOICE_OVER = re.compile(
    r"(?<![\w/.])(?:VO|V/O|V\.O\.)\s*:\s*(?:\"(?P<straight>[^\"]{3,600})\"|“(?P<curly>[^“”]{3,600})”)"
)


def _voice_over(text: str) -> str:
    """A script's voice-over ("VO:", "V/O:") read without its label and marks, as narration.

    >>> _voice_over('PANEL 2. VO: "The police said two guards died." Music.')
    'PANEL 2. The police said two guards died. Music.'
    """
    return _VOICE_OVER.sub(lambda m: m["straight"] or m["curly"], text)


# a bilingual text's language label before each version, "PT: … — EN: …": which language
# follows, not a speaker
_LANGUAGE_LABEL = re.compile(
    r"(?m)(?:^[ \t]*|(?<=\s[—–-]\s))(?:EN|FR|PT|ES|AR|DE|IT|RU|SW|HA|SO|UR|PS|FA|TR)\s*:[ \t]+"
    r"(?=[A-ZÀ-Ý\"“(])"
)


# a transcriber's note on the language a line was written in, "[French] JNIM's video says …",
# "[Fulfulde, translated]": how the line came, no part of its sentence
_LANGUAGE_NOTE = re.compile(
    r"(?m)^(?P<indent>[ \t]*)\[(?:(?:translated|transl\.)\s+from\s+(?:the\s+)?)?(?:French|English|"
    r"Arabic|Portuguese|Spanish|Fulfulde|Fula|Hausa|Somali|Swahili|Urdu|Pashto|Dari|Bambara|"
    r"Tamasheq|Kanuri|Amharic|Tigrinya|Lingala|Burmese|Kurdish|Turkish|Russian|Ukrainian|Sango|"
    r"Wolof|Moor[eé]|Songhai|Tagalog|Bengali|Hindi|Persian)\b[^\]\n]{0,80}\]\s*(?=\S)"
)


def _copy_bars(text: str) -> str:
    """Text pasted behind a bar ("| " before each of two or more lines running, no other bar
    on them) read without the bars; a single barred line or a table's row stays as written.

    >>> _copy_bars("Copy:\\n | The army said two soldiers\\n | were killed.\\nEnd")
    'Copy:\\nThe army said two soldiers\\nwere killed.\\nEnd'
    >>> _copy_bars("| a | b |\\n| 1 | 2 |")
    '| a | b |\\n| 1 | 2 |'
    """
    lines = text.split("\n")
    barred = [bool(_COPY_BAR.match(line)) for line in lines]
    for i, line in enumerate(lines):
        if barred[i] and ((i > 0 and barred[i - 1]) or (i + 1 < len(lines) and barred[i + 1])):
            lines[i] = _COPY_BAR.sub("", line)
    return "\n".join(lines)


def _expanded(text: str) -> str:
    """A log's abbreviations spelt out as its own legend gives them (and "KIA", "WIA", "MIA"
    after a number as the military writes them), the legend itself left as it stands.

    >>> _expanded("Abbrev: civ=civilian, abd=abducted.\\n\\n3 civ abd, 2 WIA.")
    'Abbrev: civ=civilian, abd=abducted.\\n\\n3 civilian abducted, 2 wounded.'
    """
    legend = _LEGEND.search(text)
    words: dict[str, str] = {}
    if legend:
        for pair in _PAIR.finditer(legend["list"]):
            short = pair["short"]
            # (an acronym in capitals, "SSPDF=army", is a body's own name: it stays)
            if len(short) >= 2 and not short.isdigit() and not short.isupper():
                words[short.casefold()] = pair["long"].strip()
    if not words and not re.search(r"\d[ \t]+(?:KIA|WIA|MIA)\b", text):
        return text
    pattern = re.compile(
        r"(?i)(?<![\w=])(?:"
        + "|".join(re.escape(w) for w in words | _SHORTHAND | _SHORTHAND_PEOPLE)
        + r")(?![\w=])"
    )
    lookup = _SHORTHAND_PEOPLE | words | {k.casefold(): v for k, v in _SHORTHAND.items()}
    start, end = legend.span() if legend else (0, 0)

    def spelt(match: re.Match[str]) -> str:
        word = match.group()
        if word.casefold() in _SHORTHAND_PEOPLE and word.casefold() not in words:
            count = re.search(r"\d[ \t]*$", match.string[: match.start()])
            return _SHORTHAND_PEOPLE[word.casefold()] if count else word
        if not words and word.upper() != word:
            return word  # no legend: only the capitals "KIA", "WIA", "MIA"
        if not words and not re.search(
            r"\d[ \t]*(?:\(\w+\)[ \t]*)?$", match.string[: match.start()]
        ):
            # … after a count ("3 KIA"): "the KIA said" is the Kachin Independence Army
            return word
        long = lookup.get(word.casefold(), word)
        # ("Src commr: …" opens a sentence: so does "Source commr: …")
        return long[0].upper() + long[1:] if word[0].isupper() and word.upper() != word else long

    return pattern.sub(spelt, text[:start]) + text[start:end] + pattern.sub(spelt, text[end:])


# a military grid reference before the place it is at, "at vicinity GC 51P XS 83419 21557,
# Sitio Mabuhay, …", "vicinity grid 38S MB 12345 67890": coordinates, no words of the place
_GRID_REFERENCE = re.compile(
    r"\b(?P<prep>at|in|near)\s+(?:the\s+)?vicinity(?:\s+of)?\s+(?:(?:GC|grid(?:\s+ref(?:erence)?)?|MGRS)"
    r"\s+)?\d{1,2}[C-X]\s+[A-Z]{2}\s+\d{2,5}\s*\d{2,5},?(?=\s)"
)
# "speaks of one only dead in their ranks": a translation's word order for "only one" (the
# French "un seul mort"), read as the count alone
_ONE_ONLY = re.compile(
    r"\b(?P<one>(?i:one|a))\s+only(?=\s+(?:dead|deaths?|killed|wounded|injured|victims?|"
    r"casualt(?:y|ies)|fatalit(?:y|ies))\b)"
)
# "The Red Cross has counted, of its side, 3 civilians dead": a translation's aside for "for
# its part" (the French "de son côté") between the verb and what it says, read without it
_OF_ITS_SIDE = re.compile(r"(?i),\s+(?:of|on|from)\s+(?:its|his|her|their)\s+side,(?=\s)")
# "and 4 other were wounded": a translation's "other" for "others" after a count, its verb
# next (not "4 other people were wounded", "two other"s noun after it)
_OTHER_FOR_OTHERS = re.compile(
    r"(?i)(?:(?<=\d\s)|(?<=\btwo\s)|(?<=\bsix\s)|(?<=\bten\s)|(?<=\bfour\s)|(?<=\bfive\s)|"
    r"(?<=\bnine\s)|(?<=\bthree\s)|(?<=\bseven\s)|(?<=\beight\s))(?-i:other)"
    r"(?=\s+(?:were|was|are|is|died|had|have|got)\b)"
)


# "killing 21 from the civilians", "kidnapped 9 from the farmers": a count of some of a
# people named after "from the" (a translation's, and speech's, "two from the local farmers")
# is the count "of" them; "from the village", "from the hospital" name no people
_FROM_THE_PEOPLE = re.compile(
    r"(?i)(?<=\d|[a-z])(?<!\bpage)(?<!\bday)(?P<gap>\s+)from(?:\s+among)?(?=\s+the\s+"
    r"(?:(?:same|local|[a-z]+ing|[a-z]+ed)\s+)?(?:"
    + "|".join(
        sorted((re.escape(w) for w in victim_words("noun") if " " not in w), key=len, reverse=True)
    )
    # ("killed 25 from the militia of the Rapid Support": an armed body's people)
    + r"|militias?|forces|army|gangs?)\b)"
)
_NUMBER_WORD_END = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|"
    r"several|some|many))$"
)


# a raw machine translation's idioms for what happened to people (from Spanish, "privar de
# la vida", "privar de la libertad", "resultar herido", "probables responsables"), each with
# the plain words the rules read
_COUNT = r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_IDIOMS = (
    # "deprived of the life to 7 persons": killed 7 persons (the verb before its count only)
    (
        re.compile(
            rf"(?i)\bdeprived\s+of\s+(?:the\s+)?life\s+(?:to\s+|of\s+)?(?=(?:the\s+)?{_COUNT}\b)"
        ),
        "killed ",
    ),
    # "were deprived of the liberty 3 workers": abducted 3 workers ("37 persons deprived of
    # liberty", a prison's inmates, stay)
    (
        re.compile(
            r"(?i)\bdeprived\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?liberty\s+(?:to\s+)?"
            rf"(?=(?:the\s+)?{_COUNT}\b)"
        ),
        "abducted ",
    ),
    # "resulted injured": was injured ("resulted dead": was killed)
    (re.compile(r"(?i)\bresulted\s+(injured|wounded)\b"), r"was \1"),
    (re.compile(r"(?i)\bresulted\s+(?:dead|deceased|lifeless)\b"), "was killed"),
    # "they were 9 the deceased": there were 9 dead
    (
        re.compile(rf"(?i)\b(?:they|there)\s+were\s+({_COUNT})\s+the\s+(?:deceased|dead)\b"),
        r"there were \1 dead",
    ),
    # "injured to 4 more": injured 4 others
    (
        re.compile(rf"(?i)\b(killed|injured|wounded)\s+(?:to\s+)?({_COUNT})\s+more\b"),
        r"\1 \2 others",
    ),
    # "it transferred 6 injured to the hospital": 6 injured people
    (
        re.compile(
            rf"(?i)\b(transferred|moved|took|carried)\s+({_COUNT})\s+(injured|wounded)\b"
            r"(?!\s+(?:people|persons|men|women|civilians))"
        ),
        r"\1 \2 \3 people",
    ),
    # "the arrest of 5 probable responsible": 5 suspects
    (re.compile(r"(?i)\bprobable\s+responsibles?\b"), "suspects"),
    # "5 probable perpetrators were arrested", "two presumed perpetrators": suspects, the
    # men held for the deed (a translation's "probables responsables", "auteurs présumés")
    (
        re.compile(r"(?i)\b(?:probable|presumed|alleged|suspected)\s+perpetrators\b"),
        "suspects",
    ),
    (
        re.compile(r"(?i)\b(?:probable|presumed|alleged|suspected)\s+perpetrator\b"),
        "suspect",
    ),
    # "Of them, 1 was located alive": 1 of them was found alive
    (
        re.compile(rf"(?m)(^|[.;]\s+)Of\s+them,\s+({_COUNT})\s+(was|were)\s+located\b"),
        r"\1\2 of them \3 found",
    ),
    # "the soldiers which died are 4": 4 soldiers died (a translation's count as the predicate
    # of the people it counts, "which" or "that" for people; "the villagers who died are 11"
    # is left as it was)
    (
        re.compile(
            r"(?i)\bthe\s+([a-z][a-z'-]+s|[a-z]*men|people|children)\s+(?:which|that)\s+"
            r"(died|were\s+killed|were\s+wounded|were\s+injured|were\s+kidnapped|were\s+abducted)"
            rf"\s+(?:are|were)\s+({_COUNT})\b(?!\s*(?:%|per\s*cent|years?))"
        ),
        r"\3 \1 \2",
    ),
    # "…, and of them 2 have returned": 2 of them have returned (the part after "of them",
    # as a translation puts it, then its verb)
    (
        re.compile(
            rf"(?i)(,\s+and\s+|;\s+and\s+|[.;]\s+)(?-i:(?i:of)\s+them),?\s+({_COUNT})\s+"
            r"(have|has|had|were|was|are)\s+(?=[a-z])"
        ),
        r"\1\2 of them \3 ",
    ),
    # from French, "sont tombés": "4 VDP are fallen", killed
    (re.compile(r"(?i)\b(?:are|were)\s+fallen\b"), "were killed"),
    # "they killed 9 villagers and carried 23 people away": carried away 23 people, taken (not
    # the wounded or the dead carried to a clinic: "took 5 injured people away to hospital";
    # "took three people away with them" the rules read as it stands; not "took 4 passengers
    # off the bus", where "off" is where from)
    (
        re.compile(
            rf"(?i)\b(carried|carrying|took|taking|led|leading|marched|dragged)\s+({_COUNT})\s+"
            r"((?:(?!injured|wounded|dead|bod(?:y|ies)|corpses?|casualties)[a-z'-]+\s+){0,2}?"
            r"(?!injured|wounded|dead|bod(?:y|ies)|corpses?|casualties)[a-z'-]+)\s+"
            r"(away|off(?!\s+(?:the|a|an|their|his|her|its|our|one|two|three|\d+)\s))\b"
            # (not "took three people away with them: …", whose parts the rules read so)
            r"(?!\s+with\s+(?:them|themselves)\b)"
            r"(?![^.;]{0,40}\b(?:hospital|clinic|morgue|mortuary|health|medical)\b)"
        ),
        r"\1 \4 \2 \3",
    ),
)


# more of a raw translation's idioms (sixty-seventh round): "was deprived of life" (killed),
# "were deprived of their freedom" (abducted), "4 people lifeless" (dead), "remains without
# being located" (missing), "presumed responsible" (suspects)
_IDIOMS_PASSIVE = (
    # "19 person injured", "5 person were killed": a raw translation's noun left singular after
    # a count above one (one person stays as written)
    (
        re.compile(
            r"\b((?:[2-9]|[1-9]\d{1,4})\s+)person(?=\s+(?:(?:were|was|are|is|got|have\s+been|"
            r"had\s+been)\s+)?(?:killed|injured|wounded|hurt|dead|died|abducted|kidnapped|"
            r"arrested|missing)\b)"
        ),
        r"\1persons",
    ),
    # "according to the local rescue team said": a raw translation's source given twice, its
    # verb after "according to" dropped (not "according to a resident who said")
    (
        re.compile(
            r"(?i)\b(according\s+to\s+(?:(?!(?:who|which|that|and|but|as)\b)[\w'’-]+\s+){0,5}"
            r"(?!(?:who|which|that|and|but|as)\b)[\w'’-]+)\s+(?:said|says|reported|stated)\b"
            r"(?!\s+(?:that|on|in|by|to)\b)"
        ),
        r"\1",
    ),
    # "the toll rises to 6 martyrs and 11 wounded": a rising toll's dead by the word an outlet
    # gives them, beside its wounded (the plain "6 dead and 11 wounded"; not "the bodies of 2
    # martyrs and 5 wounded", a side's own men)
    (
        re.compile(
            r"(?i)\b((?:rises|rose|risen|reaches|reached|climbs|climbed)\s+to\s+)(\d{1,5})\s+martyrs"
            r"(\s*(?:,|and)\s+(?:\d{1,5})\s+(?:wounded|injured))\b"
        ),
        r"\1\2 dead\3",
    ),
    (
        re.compile(
            r"(?i)\b(was|were|had\s+been|have\s+been|has\s+been)\s+deprived\s+of\s+"
            r"(?:the\s+|their\s+|his\s+|her\s+)?life\b"
        ),
        r"\1 killed",
    ),
    # (the narrative past and a possessive only: "have been deprived of their liberty, by armed
    # men or by the forces of law and order", a rights report's summary, counts detentions too)
    (
        re.compile(
            r"(?i)\b(was|were)\s+deprived\s+of\s+(?:their|his|her)\s+(?:freedom|liberty)\b"
            r"(?![^.;]{0,60}\b(?:court|judge|tribunal|magistrate|forces\s+of\s+law|police|"
            r"authorities)\b)"
        ),
        r"\1 abducted",
    ),
    (
        re.compile(rf"(?i)\b({_COUNT})\s+(people|persons|men|women|bodies)\s+lifeless\b"),
        r"\1 \2 dead",
    ),
    (
        re.compile(
            r"(?i)\b(remains|remain|is|are|was|were)\s+without\s+being\s+"
            r"(?:located|found|traced)\b"
        ),
        r"\1 missing",
    ),
    (re.compile(r"(?i)\b(?:presumed|presumably|alleged)\s+responsibles?\b"), "suspects"),
    # "were secured six presumed responsible" ("fueron asegurados seis presuntos
    # responsables"): a translation's inverted passive of taking in, a count after it
    (
        re.compile(
            rf"(?i)\b(was|were|have\s+been|had\s+been)\s+secured\s+(?=(?:at\s+least\s+)?{_COUNT}\s)"
        ),
        r"\1 arrested ",
    ),
    # "One of they was put in liberty" ("uno de ellos fue puesto en libertad"): one of them
    # was freed
    (
        re.compile(
            r"(?i)\b((?:one|two|three|four|five|some|several|none|all|both|each|most)\s+of\s+)they\b"
        ),
        r"\1them",
    ),
    (
        re.compile(
            r"(?i)\b(was|were|has\s+been|have\s+been|had\s+been)\s+put\s+in\s+(?:liberty|freedom)\b"
        ),
        r"\1 freed",
    ),
    # "abducted three shepherds … and let one of them go": released one of them
    (
        re.compile(
            rf"(?i)\blet\s+((?:{_COUNT}|some|several|all|both|most)\s+of\s+(?:them|the\s+[a-z]+))"
            r"\s+go\b"
        ),
        r"released \1",
    ),
    # "three young ones of the community" ("tres jóvenes"): youths
    (re.compile(rf"(?i)\b({_COUNT})\s+young\s+ones\b"), r"\1 youths"),
    # a translation's "fueron privados de la libertad" with its article ("the 3 workers were
    # deprived of the liberty", by armed men; not by a court, the police or the authorities)
    (
        re.compile(
            r"(?i)\b(was|were)\s+deprived\s+of\s+the\s+liberty\b"
            r"(?![^.;]{0,60}\b(?:court|judge|tribunal|magistrate|forces\s+of\s+law|police|"
            r"authorities)\b)"
        ),
        r"\1 abducted",
    ),
    # "they are 7 the dead" ("son 7 los muertos"): there are 7 dead
    (
        re.compile(rf"(?i)\bthey\s+are\s+({_COUNT})\s+the\s+(dead|injured|wounded)\b"),
        r"there are \1 \2",
    ),
    # "the hospital said attended 9 injured" ("dijo que atendió"): said it treated them
    (
        re.compile(
            rf"(?i)\b(said|says|informed|reported)\s+(?:that\s+)?attended\s+(?=(?:{_COUNT})\s)"
        ),
        r"\1 it treated ",
    ),
    # "the army informed the detention of 5" ("informó la detención de"): announced the arrest
    (
        re.compile(r"(?i)\binformed\s+(?:about\s+)?the\s+detention\s+of\b"),
        "announced the arrest of",
    ),
    # "6 inhabitants have been removed by armed men" ("enlevés") were abducted (only by armed
    # men, gunmen or bandits: "bodies were removed by the Red Cross" stay)
    (
        re.compile(
            r"(?i)\b(was|were|have\s+been|has\s+been|had\s+been)\s+removed\s+(?=by\s+"
            r"(?:(?:unidentified|unknown|suspected|heavily)\s+)?(?:armed\s+(?:men|individuals|"
            r"persons|groups?|bandits)|gunmen|bandits|assailants|terrorists|jihadists|"
            r"kidnappers|insurgents)\b)"
        ),
        r"\1 abducted ",
    ),
    # "two shepherds are untraceable since the attack" ("introuvables") are missing
    (
        re.compile(r"(?i)\b(is|are|remains?|was|were|have\s+been|has\s+been)\s+untraceable\b"),
        r"\1 missing",
    ),
    # "he say 3 between them were liberated" ("3 d'entre eux"): 3 of them
    (re.compile(rf"(?i)\b({_COUNT})\s+between\s+them\b"), r"\1 of them"),
    # "… received 9 hurt people, say the chief doctor." ("dit le médecin-chef"): says the
    # chief doctor, a speaker after the sentence he gives
    (re.compile(r",\s+say\s+(?=(?:the|their|his|her|its)\s+[^.;,\"“”]{1,60}\.)"), ", says "),
    # "raised the figure to 7 persons without life" ("personas sin vida"): 7 persons dead
    (
        re.compile(r"(?i)\b(persons|people|men|women|bodies|victims)\s+without\s+life\b"),
        r"\1 dead",
    ),
    # "the neighbours say that were 8 the deceased" ("que fueron 8 los fallecidos"): that
    # there were 8 dead
    (
        re.compile(rf"(?i)\bthat\s+were\s+({_COUNT})\s+the\s+(?:deceased|dead)\b"),
        r"that there were \1 dead",
    ),
    # a translation's bare verb after "was" ("5 person was injure", "12 terrorist was kill",
    # "3 rider was catch"): the count's noun in the plural, the verb's participle
    (re.compile(r"(?i)\b(?:was|were)\s+die\b"), "died"),
    # "9 soldiers fallen to the field of honour", "two gendarmes fell on the field of honor" (a
    # translation's "tombés au champ d'honneur"): killed in action
    (
        re.compile(
            r"(?i)\b(?:(?:were|was|have|has|had)\s+)?(?:fallen|fell)\s+(?:to|on|at|in)\s+the\s+"
            r"field\s+of\s+hono(?:u)?r\b"
        ),
        "killed",
    ),
    (re.compile(r"(?i)\bgot\s+(?:injury|injuries|injure)\b"), "were injured"),
    # "1 Maoist became injured", "one guard became wounded": a translation's "became" of one
    # person, read as "was"
    (
        re.compile(
            r"\b(1|[Oo]ne|[Aa]n?)\s+([A-Za-z][a-z]+)\s+became\s+(injured|wounded|martyred)\b"
        ),
        r"\1 \2 was \3",
    ),
    (re.compile(r"(?i)\b(?:was|were)\s+(?:catch|catched)\b"), "were arrested"),
    (
        re.compile(r"(?i)\b(?:was|were)\s+(kill|injure|arrest|release|abduct|kidnap)\b"),
        lambda m: (
            "were "
            + m[1]
            + ("ped" if m[1].lower() == "kidnap" else "d" if m[1].lower().endswith("e") else "ed")
        ),
    ),
    (
        re.compile(
            r"\b(?P<count>[2-9]|[1-9]\d{1,3})\s+(?P<our>(?:our|their|my)\s+)?"
            r"(?P<words>(?:(?!(?:a|an|the|one)\s)[a-z]+\s+|[A-Z]{2,}\s+){0,2}?)(?P<noun>person|civilian|soldier|terrorist|"
            r"rider|comrade|fighter|militant|villager|passenger|farmer|worker|student|driver|bandit|"
            r"rebel|guard|trader|policeman|child)\s+(?P<verb>was|were|died|got)\b"
        ),
        lambda m: (
            f"{m['count']} {'of ' + m['our'] if m['our'] else ''}{m['words']}"
            + {"child": "children", "policeman": "policemen"}.get(m["noun"], m["noun"] + "s")
            + (" were" if m["verb"] == "was" else f" {m['verb']}")
        ),
    ),
    # "the Ministry of Human Rights is say 8 …", "the Tamu PDF post that …": says, posted
    (re.compile(r"\b(?:is|are)\s+say\b"), "says"),
    (re.compile(r"(?<=[A-Z]\s)post\s+that\b"), "posted that"),
)


def _translated_idioms(text: str) -> str:
    """A raw machine translation's idioms for killing, abduction, wounds and suspects, in the
    plain words the rules read ("deprived of the life to 7 persons": killed 7 persons).

    >>> _translated_idioms("gunmen deprived of the life to 7 persons and injured to 4 more")
    'gunmen killed 7 persons and injured 4 others'
    >>> _translated_idioms("were deprived of the liberty 3 workers. Of them, 1 was located alive")
    'were abducted 3 workers. 1 of them was found alive'
    """
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    return text


# a message forwarded from another chat, its source before a colon: "➡️ _fwd from Kalla
# Farmers group:_ \"…\"", "Forwarded from Bida Traders: …" (the group is who reports), and the
# forwarder's hedge after it, "(not confirmed by us)", "(unverified)": no one's name
_FORWARDED_FROM = re.compile(
    r"(?im)^[^\w\n]{0,6}_?(?:fwd|fw|forwarded)\s+from\s+(?P<source>[A-Z][^:\n]{1,60}?)_?\s*:_?\s*"
)
_FORWARDER_HEDGE = re.compile(
    r"(?i)\s*\((?:not\s+(?:yet\s+)?(?:confirmed|verified)\s+by\s+us|unconfirmed|unverified|"
    r"not\s+(?:yet\s+)?(?:confirmed|verified))\)"
)


def _forwarded(paragraph: str) -> str:
    """A forwarded message's source as the label of what it says, the forwarder's hedge
    dropped.

    >>> _forwarded('fwd from Bida Traders group: "6 herders kidnapped" (not confirmed by us)')
    'Bida Traders group: "6 herders kidnapped"'
    """
    if not re.search(r"(?i)(?:^|[\s_])(?:fwd|fw|forwarded)\s+from\b", paragraph):
        return paragraph
    return _FORWARDER_HEDGE.sub("", _FORWARDED_FROM.sub(r"\g<source>: ", paragraph))


def _translated_passives(paragraph: str) -> str:
    """More of a raw translation's idioms, read in a paragraph once its wrapped lines are
    joined (the plain words are shorter: read before, they would change the width the text
    was wrapped at).

    >>> _translated_passives("6 riders were deprived of their freedom; 2 people lifeless")
    '6 riders were abducted; 2 people dead'
    >>> _translated_passives("The clerk remains without being located. 3 presumed responsible")
    'The clerk remains missing. 3 suspects'
    """
    for pattern, plain in _IDIOMS_PASSIVE:
        paragraph = pattern.sub(plain, paragraph)
    return paragraph


# a count before an armed group's bare name, then what befell them: "4 ADF were neutralised",
# "12 al-Shabaab were killed" (the group's fighters)
_GROUP_AS_MEN = re.compile(
    r"\b(?P<count>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<group>ADF|M23|ISWAP|JNIM|TTP|NPA|ELN|FARC|BLA|FDLR|CODECO|(?i:al-Shabaab)|"
    r"Boko\s+Haram)(?=\s+(?:were|was|had\s+been|have\s+been|killed|neutrali[sz]ed|captured|"
    r"arrested|surrendered|died)\b)"
)


def _group_as_men(text: str) -> str:
    """A count before an armed group's bare name read as the group's fighters.

    >>> _group_as_men("the army said 4 ADF were neutralised and 2 captured")
    'the army said 4 ADF fighters were neutralised and 2 captured'
    >>> _group_as_men("the ADF were blamed; 4 ADF positions were shelled")
    'the ADF were blamed; 4 ADF positions were shelled'
    """
    return _GROUP_AS_MEN.sub(lambda m: f"{m['count']} {m['group']} fighters", text)


def _of_the_people(text: str) -> str:
    """A count "from the" people, read as the count "of" them.

    >>> _of_the_people("killing 21 from the civilians and kidnapping nine from among the farmers")
    'killing 21 of the civilians and kidnapping nine of the farmers'
    >>> _of_the_people("30 km from the soldiers' camp; 12 from the village")
    "30 km from the soldiers' camp; 12 from the village"
    >>> _of_the_people("its forces killed 25 from the militia of the Rapid Support")
    'its forces killed 25 of the militia of the Rapid Support'

    """

    def of(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 30) : match.start()]
        return f"{match['gap']}of" if _NUMBER_WORD_END.search(before) else match.group()

    return _FROM_THE_PEOPLE.sub(of, text)


# a feed or a page pasted with its markup: "<item>", "<description><![CDATA[<p>…</p>]]>",
# "&#8217;"
_MARKUP = re.compile(r"(?i)<(?:rss|channel|item|description|p|br|div|html|body)\b[^<>]*/?>")
# its elements that tell no news: the item's link, date, author, the feed's own fields; an
# item's title is its headline, no figure of its own
_MARKUP_FIELD = re.compile(
    r"(?is)<(?P<tag>title|link|guid|pubDate|lastBuildDate|language|generator|category|comments|"
    r"dc:creator|dc:date|author|enclosure|atom:link|image|url|ttl)\b[^<>]*?(?:/>|>.*?</(?P=tag)>)"
)
_MARKUP_BREAK = re.compile(
    r"(?i)</?(?:p|item|channel|description|div|h[1-6]|li|ul|ol|table|tr|blockquote)\b[^<>]*>|"
    r"<br\s*/?>"
)


# a transcript's time stamp in brackets at the start of each line: "[00:01:44] The army said"
_TRANSCRIPT_STAMP = re.compile(r"(?m)^[ \t]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\][ \t]+")


# a time stamp before the programme's own voice: "[1:05] NARRATOR: …" (the screen's text,
# "[0:41] ON-SCREEN: …", keeps its time: its lines are headings)
_NARRATED_STAMP = re.compile(
    r"(?m)^[ \t]*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\][ \t]+(?=(?:NARRATOR|PRESENTER|ANCHOR|"
    r"NEWSREADER)"
    r"(?:\s+\([^()]{1,40}\))?:\s)"
)


def _transcript_stamps(text: str) -> str:
    r"""A transcript whose every line opens on its time in brackets, the times rising, its
    sentences running on over the stamps: the stamps dropped, so that the lines read as one
    text (three stamps at least; a log whose times fall is a liveblog, left as it is).

    >>> _transcript_stamps("[00:01:44] The army said two soldiers were killed\n"
    ...     "[00:01:49] and five wounded.\n[00:02:15] Police said a man was shot.")
    'The army said two soldiers were killed\nand five wounded.\nPolice said a man was shot.'
    >>> _transcript_stamps("[10:15] A bomb went off.\n[10:20] Two died.\n[10:22] Then a third.")
    '[10:15] A bomb went off.\n[10:20] Two died.\n[10:22] Then a third.'
    """
    stamps = [m.group().strip() for m in _TRANSCRIPT_STAMP.finditer(text)]
    if len(stamps) < 3:
        return text
    times = [tuple(int(x) for x in stamp[1:-1].split(":")) for stamp in stamps]
    times = [(0, *t) if len(t) == 2 else t for t in times]
    if times != sorted(times):
        return text
    lines = [text[m.end() :].split("\n", 1)[0] for m in _TRANSCRIPT_STAMP.finditer(text)]
    if any(re.match(r"[A-Z][\w .()'-]{0,40}:\s", line) for line in lines):
        # "[00:12] AMIRA: Welcome …": a speaker's turns, each under its time, kept; the
        # programme's own voice ("[1:05] NARRATOR: The army said …") loses its time,
        # so that its label opens the line and goes as a narrator's does
        return _NARRATED_STAMP.sub("", text)
    if not any(re.match(r"[a-z]", line) for line in lines):
        return text  # no sentence runs on over a stamp
    return _TRANSCRIPT_STAMP.sub("", text)


def _markup_read(text: str) -> str:
    """A text pasted with its XML or HTML markup, read as the text it carries: each paragraph
    (``<p>``, an item) on its own, the entities written out, the feed's fields dropped.

    >>> _markup_read("<item><title>Toll rises</title><description><![CDATA[<p>Nine "
    ...     "people died, police said.</p><p>It&#8217;s calm.</p>]]></description></item>")
    'Nine people died, police said.\\n\\nIt’s calm.'
    >>> _markup_read("Police said 3 <b>died</b>.")  # no paragraph markup: as written
    'Police said 3 <b>died</b>.'
    """
    if not _MARKUP.search(text):
        return text
    text = re.sub(r"<\?xml[^>]*\?>", "", text)
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    text = _MARKUP_FIELD.sub("", text)
    text = _MARKUP_BREAK.sub("\n\n", text)
    text = html.unescape(re.sub(r"<[^<>]+>", "", text))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


# a news search page's result: the outlet and the date over the result's title, "Myitkyina
# Voice · 17 Feb 2025" / "Airstrike on Waingmaw village kills 12, KIA says"
_RESULT_SOURCE = re.compile(
    r"^(?P<outlet>(?-i:[A-Z])[^·•|\d]{1,60}?)\s+[·•]\s+(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:hours?|days?|mins?|minutes?)\s+ago)$"
)
# where the results end: "Searches related to …", "Related searches"; a pager "1 2 3 Next"
_RESULTS_END = re.compile(
    r"(?i)^(?:searches\s+related\s+to|related\s+searches|people\s+also\s+search)\b"
)
_PAGER = re.compile(r"(?i)^(?:\d{1,2}\s+){2,}(?:next|›|»)?$")


def _search_page(lines: list[str], removed: list[str]) -> list[str]:
    """A pasted news search page read as its snippets: each result's title (the line under
    its outlet and date, a headline) is dropped with that line, and so is all from "Searches
    related to" on. A page of posts that all carry one name is no search page.

    >>> _search_page(["Kibo Times · 3 May 2025", "Bandits kill 4", "Bandits killed 4 herders.",
    ...     "Lanu Post · 2 May 2025", "Two die in Lanu", "Two traders died, police said.",
    ...     "Searches related to lanu", "lanu 2025 attack"], [])
    ['Bandits killed 4 herders.', 'Two traders died, police said.']
    """
    heads = [(i, _RESULT_SOURCE.match(x.strip())) for i, x in enumerate(lines)]
    heads = [(i, m["outlet"]) for i, m in heads if m]
    if len(heads) < 2 or len({outlet for _, outlet in heads}) < 2:
        return lines
    drop: set[int] = set()
    for i, _ in heads:
        drop.add(i)
        title = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if title is not None and not re.search(r"[.!?…]$", lines[title].strip()):
            drop.add(title)  # (a line that ends a sentence is a snippet, no title)
    for at, line in enumerate(lines):
        if re.fullmatch(r"(?i)people\s+also\s+ask", line.strip()):
            # the box of questions and answers repeating the results, to the next result
            following = [i for i, _ in heads if i > at]
            drop |= set(range(at, following[0] if following else len(lines)))
    end = next((i for i, x in enumerate(lines) if _RESULTS_END.match(x.strip())), len(lines))
    drop |= set(range(end, len(lines)))
    drop |= {i for i, x in enumerate(lines) if _PAGER.match(x.strip())}
    removed += [lines[i].strip() for i in sorted(drop) if lines[i].strip()]
    return [x for i, x in enumerate(lines) if i not in drop]


# "abducted over 30 ppl": a text message's short form of "people" after a count
_PPL = re.compile(r"(?i)(?<=\d\s)ppl\b|(?<=\d)ppl\b")
# "Three Grade 9 students", "two Form 4 girls": the class the pupils are in, no count, left
# out of the text read, so that the count before it reaches the pupils ("Three students")
_SCHOOL_CLASS = re.compile(
    r"\b(?:Grade|Class|Form|Standard|Year)\s+(?:1[0-3]|[1-9])\s+(?=(?:[A-Z][\w-]*\s+)?"
    r"(?:students|pupils|learners|schoolchildren|schoolgirls|schoolboys|girls|boys|children)\b)|"
    # ("a Level 300 student of Microbiology was shot dead", "two 200-level students": a
    # university's year of study, no count)
    r"\b(?:Level\s+[1-9]00|[1-9]00[\s-][Ll]evel)\s+(?=(?:[A-Z][\w-]*\s+)?(?:students?|"
    r"undergraduates?)\b)"
)
# "was removed (kidnapped) by the assailants": a translation's verb glossed in brackets by
# the word it means; the gloss is read in its place ("was kidnapped")
_GLOSSED_VERB = re.compile(
    r"(?i)(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))[a-z]+(?:ed|en)\s+\((?P<gloss>kidnapped|"
    r"abducted|killed|murdered|wounded|injured|arrested|detained|freed|released|rescued)\)"
)
# "Our watchman No 1211 is missing", "our driver, No 1203, was taken": a worker's staff number
# after the noun, no count (left out of the text read, so that the noun reaches its verb)
_STAFF_NUMBER = re.compile(
    r"(?i)\b(?P<noun>watchman|driver|guard|employee|worker|labourer|laborer|operator|cook|porter|"
    r"mechanic|technician|clerk|attendant|cleaner|foreman|helper)"
    r"(?:,\s+(?:No\.?|Nr\.?|#)\s?\d{1,6},(?=\s)|\s+(?:No\.?|Nr\.?|#)\s?\d{1,6}\b(?![.,]?\d))"
)
# "the death of 2 from its members", "the arrest of 5 from the members of a cell": a machine
# translation's "from" (Arabic "min") for the "of" of a part of a whole, before a body's men
_PART_FROM = re.compile(
    r"(?i)\b(?P<count>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+from\s+(?=(?:the|its|their|his|her|our)\s+(?:members|men|soldiers|fighters|elements|"
    r"personnel|guards|workers|employees|staff|officers|agents)\b)"
)
# "pirates hijacked the dhow off Caluula with 11 fishermen on board": the people aboard a
# hijacked vessel or vehicle are taken with it (read as "… and seized 11 fishermen on board")
_HIJACKED_WITH = re.compile(
    r"(?i)\b(?P<verb>hijacked|hijack|hijacks|commandeered)\s+(?P<what>(?:the|a|an|their|its)\s+"
    r"[^.;:\d]{2,80}?)\s+with\s+(?=(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|[a-z]+ty)\s+(?:[\w-]+\s+){0,2}?(?:on\s+board|aboard|inside)\b)"
)
# "more then 30 others injured": a web page's common slip for "than" before a count
_THAN_MISSPELT = re.compile(
    r"(?i)\b(?P<word>more|less|fewer)\s+then\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+dozen|"
    r"hundreds|dozens)\b)"
)


# a comma-separated table's columns that count what happened to people
_CSV_OUTCOMES = {
    "killed": "killed",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "injured": "injured",
    "wounded": "wounded",
    "abducted": "abducted",
    "kidnapped": "kidnapped",
    "freed": "freed",
    "released": "released",
    "missing": "missing",
    "arrested": "arrested",
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_CSV_FIELD = re.compile(r"[a-z][a-z0-9_ ]{0,30}")
# a unified diff's mark before a line: " " kept, "+" added, "-" removed
_DIFF_MARK = re.compile(r"^[ +-](?=\S)")


# a pipe table's heading that names what a column counts: "Civilians killed", "Security
# personnel killed", "Wounded", "Deaths"
_COUNT_HEADING = re.compile(
    r"(?i)^(?:(?P<who>[a-z][a-z'’ -]{0,40}?)\s+)?(?P<outcome>killed|dead|deaths|fatalities|"
    r"wounded|injured|abducted|kidnapped|arrested|detained|missing|freed|released)$"
)
# the column that names where a row's counts fell: "Village (district)", "Location (territory)"
_PLACE_HEADING = re.compile(
    r"(?i)^(?:villages?|locations?|places?|towns?|localit(?:y|ies)|districts?|provinces?|"
    r"areas?|sites?|municipalit(?:y|ies)|count(?:y|ies)|communes?|settlements?)\b"
)
# the rule under a pipe table's heading: "|------|------|", "---|:---:"
_PIPE_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*\|?\s*$")
_TOTAL_ROW = re.compile(r"(?i)^(?:totals?|all|overall|sum|grand\s+total)$")
_HEADING_VERBS = {"dead": "killed", "deaths": "killed", "fatalities": "killed"}
# a count cell: the count alone ("4"), or with whom it counts ("4 Levies personnel", "9
# civilians"; an incident table whose cells name their victims is read though it has a date
# column, its narrative telling no more than a follow-up)
_NAMED_COUNT = re.compile(r"(?P<count>\d{1,5})(?:\s+(?P<who>[A-Za-z][A-Za-z'’ -]{1,40}))?")


def _pipe_cells(line: str, bordered: bool = True) -> list[str]:
    """The cells of a row parted by "|" (``bordered``: a "|" before the first cell is the
    table's border; not so in a table with none, whose row may open on an empty cell)."""
    cells = [cell.strip() for cell in line.strip().split("|")]
    if cells and not cells[0] and line.strip().startswith("|") and bordered:
        cells = cells[1:]
    if cells and not cells[-1] and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


# a dataset's record heading, its code, day and place parted by "|" ("- WIIM-ANB-2025-0377 |
# 20 June | Haditha, checkpoint on the Haditha–Baiji road"): read as the place and the day
# of the record's lines below ("Haditha, checkpoint …, 20 June."), the code gone
_RECORD_HEADING = re.compile(
    r"(?m)^(?P<indent>[ \t]*)(?:[-•*][ \t]+)?[A-Z]{2,}(?:-[A-Z0-9]+)*-\d+[ \t]*\|[ \t]*"
    r"(?P<when>\d{1,2}[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?|[A-Z][a-z]+[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
    r"[ \t]*\|[ \t]*(?P<where>[^|\n]{2,100}?)[ \t]*$"
)


def _count_table(lines: list[str]) -> list[str]:
    """A table of columns parted by "|", ruled under its heading, whose columns count people
    by what befell them ("Civilians killed | Wounded | Civilians abducted"): each row read as
    a sentence of its counts in the place its row names (its date too, when a column gives
    one), a row of totals as the totals; a count of 0, or "-", counts no one.

    >>> rows = _count_table(["| Town (county) | Police killed | Wounded |", "|---|---|---|",
    ...     "| Oyam (Lira) | 2 | 5 |", "| Abim | 0 | - |", "| Total | 2 | 5 |"])
    >>> [row for row in rows if row]
    ['In Oyam, 2 police were killed and 5 people were wounded.', 'In total, 2 police were \
killed and 5 people were wounded.']
    """
    for head in range(len(lines) - 2):
        if "|" not in lines[head] or not _PIPE_TABLE_RULE.match(lines[head + 1]):
            continue
        heading = _pipe_cells(lines[head])
        counts = {n: m for n, cell in enumerate(heading) if (m := _COUNT_HEADING.match(cell))}
        if len(counts) < 2:
            continue
        place = next((n for n, cell in enumerate(heading) if _PLACE_HEADING.match(cell)), None)
        if place is None and 0 not in counts:
            place = 0
        bordered = lines[head].strip().startswith("|")
        end = head + 2
        while end < len(lines) and len(_pipe_cells(lines[end], bordered)) == len(heading):
            end += 1
        named = any(
            (cell := _NAMED_COUNT.fullmatch(_pipe_cells(line, bordered)[n])) and cell["who"]
            for line in lines[head + 2 : end]
            for n in counts
        )
        if any(re.fullmatch(r"(?i)dates?|days?|when", cell) for cell in heading) and not named:
            continue  # (an incident table: a narrative retells its incidents)
        out = lines[:head]
        rows = [_pipe_cells(row, bordered) for row in lines[head + 2 : end]]
        # (in a table whose cells name their victims, a total over one row's count alone is
        # that row's figure again)
        counted = {
            n: sum(
                1
                for cells in rows
                if not any(_TOTAL_ROW.match(cell) for cell in cells)
                and (cell := _NAMED_COUNT.fullmatch(cells[n]))
                and int(cell["count"])
            )
            for n in counts
        }
        for cells in rows:
            total = any(_TOTAL_ROW.match(cell) for cell in cells)
            parts = []
            for n, m in counts.items():
                cell = _NAMED_COUNT.fullmatch(cells[n])
                if not cell or int(cell["count"]) == 0 or (total and named and counted[n] == 1):
                    continue
                who = (cell["who"] or m["who"] or "people").lower()
                verb = _HEADING_VERBS.get(m["outcome"].lower(), m["outcome"].lower())
                parts.append(f"{int(cell['count'])} {who} were {verb}")
            label = cells[place] if place is not None else ""
            label = re.sub(r"\s*\([^)]*\)", "", label).strip()
            if not parts:
                out.append("")
                continue
            said = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
            if _TOTAL_ROW.match(label) or total:
                out += ["", f"In total, {said}.", ""]
                continue
            said = f"In {label}, {said}." if label else said[0].upper() + said[1:] + "."
            out += ["", said, ""]
        return [*out, *_count_table(lines[end:])]
    return lines


def _csv_rows(lines: list[str]) -> list[str]:
    """A table pasted as comma-separated values (an export, or a unified diff of one) whose
    heading names what its columns count ("…,victims,killed,injured,abducted,freed,source"):
    each row is read as a sentence of its own, its source saying its counts of its victims;
    a diff's removed rows ("-") go, replaced by the rows added after them; rows that count no
    one go.

    >>> rows = _csv_rows(["id,date,location,victims,killed,injured,source",
    ...     "E-1,2026-09-04,Ye-U,civilians,7,12,NUG", "E-2,2026-09-05,Kanbalu,none,0,0,PDF"])
    >>> [row for row in rows if row]
    ['NUG said 7 civilians were killed, 12 civilians were injured in Ye-U on 4 September 2026.']
    """
    out: list[str] = []
    header: list[str] | None = None
    diff = False
    for line in lines:
        mark = _DIFF_MARK.match(line) if line[:1] in " +-" else None
        body = line[1:] if mark else line
        fields = [f.strip() for f in body.split(",")]
        if header is None:
            if (
                len(fields) >= 4
                and all(_CSV_FIELD.fullmatch(f) for f in fields)
                and sum(f in _CSV_OUTCOMES for f in fields) >= 2
            ):
                header, diff = fields, bool(mark)
                out.append("")
                continue
            out.append(line)
            continue
        if len(fields) != len(header) or (mark is None and diff):
            header = None
            out.append(line)
            continue
        if mark and mark.group() == "-":
            out.append("")  # a row the diff removes: replaced by the one it adds
            continue
        row = dict(zip(header, fields, strict=True))
        victims = row.get("victims", "") or "people"
        if victims in ("none", "-", "n/a"):
            victims = "people"
        counts = []
        for column, verb in _CSV_OUTCOMES.items():
            value = row.get(column, "")
            if value.isdigit() and int(value) > 0:
                counts.append(f"{int(value)} {victims} were {verb}")
        if not counts:
            out.append("")
            continue
        source = row.get("source") or row.get("reported_by") or ""
        where = ", ".join(
            row[c] for c in ("location", "village", "township", "district", "admin2") if row.get(c)
        )
        when = row.get("date", "")
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", when)
        if iso and 1 <= int(iso[2]) <= 12:
            when = f"{int(iso[3])} {_MONTHS[int(iso[2]) - 1]} {iso[1]}"  # as text reads a date
        sentence = (f"{source} said " if source else "") + ", ".join(counts)
        sentence += (f" in {where}" if where else "") + (f" on {when}" if when else "") + "."
        out.extend(["", sentence[0].upper() + sentence[1:], ""])
    return out


def normalise(raw: str) -> Normalised:
    """The article's text with furniture dropped and wrapped lines joined (see the module)."""
    text = _markup_read(raw.replace("\r\n", "\n").replace("\r", "\n")).translate(QUOTES)
    overlong = [f"{len(run)} characters with no space" for run in _OVERLONG.findall(text)]
    text = _OVERLONG.sub("", text)
    text = _NUMBER_TWICE.sub(_number_once, text)
    text = _HASHTAG.sub("", text)
    # ("the Ministry of Health–BARMM": a body and its region's initials joined by a dash, one
    # name, as a hyphen joins them)
    text = re.sub(r"(?<=[a-z])[–—](?=[A-Z]{2,}\b)", "-", text)
    text = _CITATION.sub("", text)
    text = _FOOTNOTE_MARK.sub("", text)
    text = _THAN_MISSPELT.sub(r"\g<word> than ", text)
    text = _PART_FROM.sub(r"\g<count> of ", text)
    text = _HIJACKED_WITH.sub(r"\g<verb> \g<what> and seized ", text)
    text = _of_the_people(text)
    text = _group_as_men(text)
    text = _PPL.sub("people", text)
    text = _SCHOOL_CLASS.sub("", text)
    text = _GLOSSED_VERB.sub(r"\g<gloss>", text)
    text = _STAFF_NUMBER.sub(r"\g<noun>", text)
    text = _QUOTED_NUMBER.sub(r"\g<number>", text)
    text = _QUOTED_BODY.sub(r"\g<words>", text)
    text = _QUOTED_VICTIMS.sub(
        lambda m: m["before"] + m["words"] if m["before"] else m["before2"] + m["words2"], text
    )
    text = _GRID_REFERENCE.sub(r"\g<prep>", text)
    text = _expanded(text)
    text = _OTHER_FOR_OTHERS.sub("others", text)
    text = _OF_ITS_SIDE.sub("", text)
    text = _ONE_ONLY.sub(r"\g<one>", text)
    text = _REPLY_QUOTE.sub("", text)
    text = _copy_bars(text)
    text = _voice_over(text)
    text = _LANGUAGE_LABEL.sub("", text)
    text = _LANGUAGE_NOTE.sub(r"\g<indent>", text)
    text = _STRUCK_OUT.sub("", text)
    text = _SPLIT_WORD.sub(_joined_word, text)
    text = _translated_idioms(text)
    text = _transcript_stamps(text)
    text = _PLACEHOLDER_ROW.sub("", text)
    text = _RECORD_HEADING.sub(r"\g<indent>\g<where>, \g<when>.", text)
    lines = _chat_export(
        _speaker_columns(
            _noted_columns(
                _spaced_note_columns(
                    _ruled_log(
                        _cues(
                            _unruled_log(
                                _wrapped_notes(
                                    _dashed_table(
                                        _csv_rows(
                                            _count_table(
                                                [line.rstrip() for line in text.split("\n")]
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )
    lines = _inline_comments(_social_posts(_authored_comments(_stamped_chat(lines))))
    lines = _calls(_page_comments(lines))
    removed: list[str] = overlong
    lines = _search_page(lines, removed)
    lines = _page_index(lines, removed)
    head = [line.strip() for line in lines[:8] if line.strip()]
    lines, issuer, kind = _issuer(lines, removed)
    issuer = _with_letterhead(head, issuer) or _named_with_initials(head)
    lines = _interview(_record_turns(_turns(lines)))
    kept: list[str] = []
    items: list[str] = []  # list items, whose labels are no datelines
    numbered: list[str] = []  # … and those of them numbered, their openings
    bulleted: list[str] = []  # … and those of them marked by a bullet, their openings
    title: bool | None = None  # the line before was a liveblog entry's bare time stamp
    note = False  # the line before was a correction note cut mid-sentence by the wrapping
    recap = False  # under a "What we know so far" heading: its list items retell the entries
    said = ""  # a digest's post header names the source of the post that follows
    hung: set[int] = set()  # lines joined to the time-stamped entry they hang under
    broken = False  # a page's foot ("Page 12 of 31") dropped since the last line kept
    for at, line in enumerate(lines):
        if at in hung:
            continue
        stripped = line.strip()
        dated = _DATED_NOTE.match(stripped)
        if dated:
            # "CORRECTION NOTE, May 5, 10:20 GMT: The army said on Tuesday …": the note's label
            # goes; what it says is read as any line is ("An earlier version …" is furniture)
            removed.append(dated.group())
            line = stripped = stripped[dated.end() :]
        if _SIGNATURE.match(stripped) and not _signed_off(lines[at + 1 :]):
            removed.append(stripped)  # "--" over an editor's note: a rule, the note is read
            kept.append("")
            continue
        if _SIGNATURE.match(stripped) or _REFERENCES.match(stripped):
            removed += [x.strip() for x in lines[lines.index(line) :] if x.strip()]
            break
        if _RECAP.match(stripped):
            removed.append(stripped)
            kept.append("")
            recap = True
            continue
        if recap and stripped:
            if _BULLET.match(stripped):
                removed.append(stripped)
                continue
            recap = False
        if note and stripped:  # "CORRECTION: An earlier version … citing" / "officials. …"
            removed.append(stripped)
            note = not _SENTENCE_END.search(stripped)
            continue
        note = False
        following = next((x.strip() for x in lines[at + 1 :] if x.strip()), "")
        clip = _CLIP.match(stripped)
        if (clip and following.startswith('"')) or _CLIP_END.match(stripped):
            removed.append(stripped)
            said = f"{clip['name'].strip().title()} said: " if clip else ""
            continue
        bite = _SOUNDBITE.match(stripped)
        if bite and following.startswith('"'):
            removed.append(stripped)
            said = f"{bite['source'].strip()}, said: "
            continue
        header = _POST_HEADER.match(stripped)
        if header and following.startswith('"'):
            removed.append(stripped)
            source = header.group("source").strip()
            if header.group("acronym"):
                source += f" ({header.group('acronym')})"
            said = f"{source} said: "
            continue
        if said and stripped:  # the post, quoted by its source
            kept += ["", said + stripped]
            said = ""
            continue
        told = _NOTE_LABEL.match(stripped)
        if stripped and _FURNITURE.match(stripped[told.end() :] if told else stripped):
            removed.append(stripped)
            kept.append("")
            title = True if _BARE_TIME.match(stripped) else None
            note = bool(_NOTE.match(stripped)) and not _SENTENCE_END.search(stripped)
            broken = broken or bool(_PAGE_FOOT.match(stripped))
            continue
        if broken and stripped:
            # "A third farmer, aged" / the page's foot and the next page's head / "19, was
            # wounded …": a sentence a PDF's page break cut, its halves joined again
            last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].strip()), None)
            if (
                last is not None
                and not re.search(r"[.!?:;\"”)]\s*$", kept[last])
                and re.match(r"[a-z0-9]", stripped)
            ):
                del kept[last + 1 :]
            broken = False
        wrapped = at + 1 < len(lines) and bool(re.match(r"\s*\S", lines[at + 1]))
        wrapped = wrapped and bool(
            re.match(r"\s*[a-z]", lines[at + 1])
            or re.search(
                r"(?i)(?:,|\b(?:about|the|of|and|a|an|to|in|at|by|from|with|for|on))$", stripped
            )
        )
        if title and stripped and not _SENTENCE_END.search(stripped) and not wrapped:
            # "12:50" / "Police say several dead" / the entry: a liveblog entry's title (not
            # the entry's first line, wrapped, its sentence going on in lower case below)
            removed.append(stripped)
            kept.append("")
            title = None
            continue
        title = None if stripped else title
        stamp = _TIME_STAMP.match(stripped)
        following = next((x.strip() for x in lines[at + 1 :] if x.strip()), "")
        # (the entry hard-wrapped: its paragraph's last line ends the sentence)
        block = following
        for x in lines[at + 1 + next((k for k, y in enumerate(lines[at + 1 :]) if y.strip()), 0) :]:
            if not x.strip():
                break
            block = x.strip()
        # (a log's entry hard-wrapped under its time, its lines hanging indented: "08:15
        # Abeam Bweremana. … Fishermen in a" / "       pirogue hail us: …", no title)
        hanging = (
            at + 1 < len(lines)
            and bool(re.match(r"\s{2,}\S", lines[at + 1]))
            and not re.match(r"\s", line)
            # (a book's row set in columns, a note typed under it: the note is no part of it)
            and not _column_row(stripped)
        )
        if (
            stamp
            and not re.search(r"[.!?\"]\s*$", stripped)
            and following
            and not _TIME_STAMP.match(following)
            and re.search(r"[.!?\"]\s*$", block)
            and not (wrapped or hanging)
        ):  # "21:05 GMT - Health ministry raises toll to 26" over the entry: the entry's title
            removed.append(stripped)
            kept.append("")
            continue
        if stamp:  # "14:20 - Police now say …": a liveblog entry, its time stamp dropped
            removed.append(stamp.group().strip())
            entry = stripped[stamp.end() :]
            # (its lines hanging indented under the time, a programme guide's "19:00  News.
            # Special from Kibo, where the army's Third" / "       Division says …": one
            # entry, however its lines open)
            below = at + 1
            while hanging and below < len(lines) and re.match(r"\s{2,}\S", lines[below]):
                if _TIME_STAMP.match(lines[below].strip()):
                    break
                hung.add(below)
                entry += " " + lines[below].strip()
                below += 1
            kept += ["", entry]
            continue
        if _DATED_ENTRY.match(stripped) and kept and kept[-1] and not kept[-1].isupper():
            # ("03-Aug — …": the day and month written apart, as a date is read)
            kept += ["", re.sub(r"^(\d{1,2})-(?=[A-Z])", r"\1 ", stripped)]
            continue
        if _DASH_ITEM.match(stripped) and _dash_item(stripped, lines[at + 1 :]):
            kept += ["", _DASH_ITEM.sub("", stripped)]
            items.append(kept[-1])
            continue
        if _BULLET.match(stripped):  # a list item is a paragraph of its own
            kept += ["", _BULLET.sub("", stripped)]
            if stripped[:1].isdigit():
                numbered.append(kept[-1][:40])
            else:
                bulleted.append(kept[-1][:40])
            if _ITEM_TIME.match(kept[-1]):
                removed.append(_ITEM_TIME.match(kept[-1]).group().strip())
                item = _ITEM_TIME.sub("", kept[-1])
                kept[-1] = item[0].upper() + item[1:]
            items.append(kept[-1])
            if _PLACE_ITEM.match(kept[-1]):
                kept.append("")  # "1) MORA, FAR NORTH REGION - 18 Nov": the heading of what follows
            continue
        kept.append(stripped)
    paragraphs = [
        _displaced_people(_count_reached(_translated_passives(_forwarded(p))))
        for p in _paragraphs(kept)
    ]
    # (a desk's query goes once its paragraph is joined: its lines kept the text's wrapping)
    paragraphs = [x for x in (_DESK_QUERY.sub("", p).strip() for p in paragraphs) if x]
    # (after the wrapped lines are joined: a quote's opening lengthens its first line)
    paragraphs = _capital_turns(paragraphs)
    spaced = [x for paragraph in paragraphs for x in (paragraph, "")]
    paragraphs = [x for x in _named_interview(spaced) if x]
    paragraphs = _spoken_sections(paragraphs)
    dateline = dateline_text = None
    out = []
    body = False  # a dateline opens the report's first paragraph, not a digest's items
    for i, paragraph in enumerate(paragraphs):
        if i == 0:
            paragraph = _CORRECTED.sub("", paragraph)
        sentence = bool(re.search(r"[.!?\"]$", paragraph)) and len(paragraph) > 60
        item = any(paragraph.startswith(it) for it in items)  # "1. Mogadishu: …" is a label
        for pattern in _DATELINES if not body and not item else ():
            match = pattern.match(paragraph)
            if match and sentence and not _NOTE_LABEL.match(paragraph):
                # ("CORRECTION: …" is a note's label, no place)
                dateline_text = dateline_text or match.group().strip()
                dateline = dateline or match.group("place").strip().title()
                paragraph = paragraph[match.end() :]
                break
        again = _DATELINES[0].match(paragraph) if body and dateline and not item else None
        if again and again.group("place").strip().title() == dateline and sentence:
            # a wire's update under the same dateline ("BAMAKO, March 14 (SPA) - …" again,
            # after "(more follows)"): no part of the sentence it opens
            paragraph = paragraph[again.end() :]
        body = body or sentence
        out.append(paragraph)
    if issuer and "(" not in issuer:
        # the issuer's short name, as the text defines it: "Relief Aid International (RAI)"
        short = re.search(rf"{re.escape(issuer)}\s+\((?P<acr>[A-Z][A-Za-z]?[A-Z]{{1,7}})\)", text)
        issuer = f"{issuer} ({short['acr']})" if short else issuer
    return Normalised(
        "\n\n".join(out),
        dateline,
        issuer,
        kind,
        removed,
        dateline_text,
        tuple(numbered),
        tuple(bulleted),
    )


# words struck out, as a transcription marks them: "~~9~~ 11 killed" (the 9 crossed out is no
# count; the marks' own legend, "crossed out shown as ~~ ~~", holds no words between them)
_STRUCK_OUT = re.compile(r"~~(?=[^~\s])[^~\n]{1,80}~~[ \t]*")
# an OCR'd scan's word split by a hyphen and a space mid-line ("were kil- led")
_SPLIT_WORD = re.compile(r"\b(?P<head>[a-z]{2,})- (?P<tail>[a-z]{2,})\b")
# the words of what happened to people, which a split must not hide
_OUTCOME_WORDS = frozenset(
    [
        "killed",
        "wounded",
        "injured",
        "abducted",
        "kidnapped",
        "arrested",
        "detained",
        "missing",
        "released",
        "rescued",
        "freed",
        "executed",
        "murdered",
        "slaughtered",
        "massacred",
        "hostages",
        "casualties",
        "fatalities",
    ]
)


def _joined_word(match: re.Match) -> str:
    """ "kil- led" as "killed" (an outcome's word only: "pre- and post-war" stays).

    >>> _SPLIT_WORD.sub(_joined_word, "three were kil- led, pre- and post-war")
    'three were killed, pre- and post-war'
    """
    word = match["head"] + match["tail"]
    return word if word in _OUTCOME_WORDS else match.group()


# a log's table ruled with "-----+-----", its entries wrapped over the rows under them
_RULE = re.compile(r"^\s*-{3,}(?:\+-{3,})+\s*$")
# the column that names who gave an entry: "SRC", "Source", "Reported by"
_SOURCE_HEADING = re.compile(r"(?i)^(?:src|sources?|reported\s+by|reporter|informant)$")
_TIME_CELL = re.compile(r"^\d{1,2}:?\d{2}(?:\s*(?:hrs?|h|[AaPp]\.?[Mm]\.?))?$")


# the heading of a table's column of words: "REMARKS", "INCIDENT / OBSERVATION", "ACTION"
_NOTE_HEADING = re.compile(
    r"(?i)^(?:remarks?|notes?|incidents?|observations?|details?|descriptions?|events?|"
    r"actions?(?:\s+taken)?|comments?)(?:\s*/\s*(?:remarks?|notes?|incidents?|observations?|"
    r"details?|descriptions?|events?|actions?|comments?))*$"
)


def _wrapped_notes(lines: list[str]) -> list[str]:
    """A table ruled once under its heading whose columns of words wrap over the rows under
    each entry (a row blank in its first cell goes on with the entry above): each entry a
    paragraph of its words alone (the "REMARKS", "INCIDENT", "ACTION" columns); its dates,
    times, officers and readings go, and a word hyphenated at a cell's end is joined.

    >>> _wrapped_notes(["FLT | DATE  | REMARKS", "----+-------+-----------",
    ...     " 7  | 02/09 | Police say 2 sol-", "    |       | diers killed.",
    ...     " 8  | 03/09 | Wind 9 km/h."])
    ['Police say 2 soldiers killed.', '', 'Wind 9 km/h.', '']
    """
    for r, line in enumerate(lines):
        if r == 0 or not _RULE.match(line) or "|" not in lines[r - 1]:
            continue
        heading = [cell.strip() for cell in lines[r - 1].split("|")]
        notes = [n for n, cell in enumerate(heading) if _NOTE_HEADING.match(cell)]
        if not notes or any(_RULE.match(x) for x in lines[r + 1 :]):
            continue  # (a table ruled at its foot too is a log's, read below)
        entries: list[list[str]] = []
        wrapped = False
        i = r + 1
        while i < len(lines):
            cells = [cell.strip() for cell in lines[i].split("|")]
            if len(cells) != len(heading):
                break
            if cells[0] or not entries:
                entries.append(cells)
            else:
                wrapped = True
                entries[-1] = [
                    a[:-1] + b
                    if re.search(r"[a-z]-$", a) and re.match(r"[a-z]", b)
                    else f"{a} {b}".strip()
                    for a, b in zip(entries[-1], cells, strict=True)
                ]
            i += 1
        if not wrapped:
            continue
        out = lines[: r - 1]
        for cells in entries:
            words = [cells[n] for n in notes if cells[n] and cells[n] not in ("—", "-", "–")]
            # (each cell a sentence of its own: "Keys to CSO" ends one)
            text = " ".join(w if w.endswith((".", "!", "?")) else f"{w}." for w in words)
            if text:
                out += [text, ""]
        return out + lines[i:]
    return lines


def _unruled_log(lines: list[str]) -> list[str]:
    """A table of columns parted by "|" with no rule under its heading, whose cells wrap over
    rows that open on an empty first cell (a run of show's notes, a schedule's script): read
    as a ruled log is (each entry one paragraph, its time gone), a word broken at a cell's
    end joined ("kil-" over "led": killed).

    >>> _unruled_log(["TIME  | ITEM    | NOTES", "19:35 | Welcome | SCRIPT: 22 traders were kil-",
    ...               "      |         | led.", "      |         | Tonight is for them.",
    ...               "20:00 | Dinner  | Starters."])
    ['Welcome SCRIPT: 22 traders were killed. Tonight is for them.', '', 'Dinner Starters.', '']
    """
    if any(_RULE.match(line) for line in lines):
        return lines
    for head, line in enumerate(lines):
        width = line.count("|")
        if width < 2:
            continue
        end = head + 1
        while end < len(lines) and lines[end].count("|") == width:
            end += 1
        rows = lines[head + 1 : end]
        wrapped = sum(1 for row in rows if not row.split("|")[0].strip())
        if len(rows) < 3 or wrapped < 2:
            continue
        rule = "+".join("-" * 3 for _ in range(width + 1))
        read = _ruled_log([*lines[: head + 1], rule, *rows, rule])  # (the heading goes)
        table = [re.sub(r"(?<=[a-z])- (?=[a-z])", "", x) for x in read[head:]]
        return [*read[:head], *table, *_unruled_log(lines[end:])]
    return lines


# a table's heading underlined by dashes parted as its columns are: "--------|-------|------"
_PIPE_RULE = re.compile(r"^\s*-{3,}(?:\s*\|\s*-{3,})+\s*$")


def _dashed_table(lines: list[str]) -> list[str]:
    """A table of columns parted by "|", its heading underlined by a rule parted the same way,
    whose cells wrap over rows that open on an empty first cell (a log export's entries): each
    entry one paragraph, its cells one sentence each ("3." a category's code alone, not a
    count of the summary after it), its wrapped cells joined.

    >>> _dashed_table(["ID   | Place  | Cat | Summary               | Status",
    ...                "-----|--------|-----|-----------------------|-------",
    ...                "F-12 | Rutshu | 3   | Caller says gunmen    | Open",
    ...                "     |        |     | killed 4 people.      |",
    ...                "F-13 | Rutshu | 1   | Asks about cash.      | Closed", "", "End."])
    ['F-12. Rutshu. 3. Caller says gunmen killed 4 people. Open.', '', \
'F-13. Rutshu. 1. Asks about cash. Closed.', '', '', 'End.']
    """
    for head in range(len(lines) - 2):
        width = lines[head].count("|")
        if width < 2 or not _PIPE_RULE.match(lines[head + 1]):
            continue
        if lines[head + 1].count("|") != width:
            continue
        entries: list[list[str]] = []
        end = head + 2
        while end < len(lines) and lines[end].count("|") == width:
            cells = [cell.strip() for cell in lines[end].split("|")]
            if cells[0] or not entries:
                entries.append(cells)
            else:
                entries[-1] = [f"{a} {b}".strip() for a, b in zip(entries[-1], cells, strict=True)]
            end += 1
        if len(entries) < 2 or not any(
            not line.split("|")[0].strip() for line in lines[head + 2 : end]
        ):
            continue  # (no cell wraps: a table read as it stands)
        out = lines[:head]
        for cells in entries:
            out += [
                " ".join(
                    cell if re.search(r"[.!?:;]$", cell) else f"{cell}." for cell in cells if cell
                ),
                "",
            ]
        return [*out, *_dashed_table(lines[end:])]
    return lines


def _ruled_log(lines: list[str]) -> list[str]:
    """A log's ruled table as one paragraph for each entry, however many rows its cells are
    wrapped over (a row whose first cell is empty goes on with the entry above), and an
    entry with a source column as the words of the source it names; the entry's time goes.

    >>> _ruled_log(["TIME | ENTRY                   | SRC", "-----+-------------------+----",
    ...             "0610 | Commander reports 2   | Escort", "     | soldiers killed.     | lead",
    ...             "0700 | Convoy moves on.      |", "-----+-------------------+----"])
    ['Escort lead said: "Commander reports 2 soldiers killed."', '', 'Convoy moves on.', '']
    """
    rules = [i for i, line in enumerate(lines) if _RULE.match(line)]
    if len(rules) < 2 or rules[0] == 0 or "|" not in lines[rules[0] - 1]:
        return lines
    heading = [cell.strip() for cell in lines[rules[0] - 1].split("|")]
    source = next((i for i, cell in enumerate(heading) if _SOURCE_HEADING.match(cell)), None)
    out = lines[: rules[0] - 1]
    entries: list[list[str]] = []
    i = rules[0] + 1
    while i < len(lines):
        line = lines[i]
        if _RULE.match(line):
            i += 1
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != len(heading):
            break
        if cells[0] or not entries:
            entries.append(cells)
        else:
            entries[-1] = [f"{a} {b}".strip() for a, b in zip(entries[-1], cells, strict=True)]
        i += 1
    for cells in entries:
        words = " ".join(
            cell
            for n, cell in enumerate(cells)
            if cell and n != source and not (n == 0 and _TIME_CELL.match(cell))
        )
        if source is not None and cells[source]:
            who = cells[source]
            if "(" not in who:  # "Governor's office, Lac province": the office, where it sits
                who = re.sub(r"^(?P<who>[^,]+),\s+(?P<where>.+)$", r"\g<who> (\g<where>)", who)
            words = f'{who} said: "{words.replace(chr(34), chr(39))}"'
        out += [words, ""]
    return out + lines[i:]


# a table's heading set in columns of capitals ("TIME  UNIT  ALERT TYPE  NOTE") and the rule
# of dashes under it
_COLUMN_HEADING = re.compile(r"^[A-Z][A-Z0-9/()&.#-]*(?: [A-Z0-9/()&.#-]+)*$")
_DASH_RULE = re.compile(r"^\s*[-=]{10,}\s*$")


# a rule of dashes parted by spaces as the columns above it are ("-----  -----  ---------")
_SPACED_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,}){2,}\s*$")
# the heading of a last column of words ("Keeper's remarks", "Entry", "Secretary's notes",
# "Observations of the observer")
_NOTE_COLUMN = re.compile(
    r"(?i)^(?:[\w'’.]+\s+){0,3}?(?:remarks?|notes?|entry|entries|observations?|comments?|"
    r"actions?(?:\s+taken)?)"
    r"(?:\s+of\s+the\s+[\w'’]+)?$"
)


# a register's row with no entry number ("--" in its cell) and its date, before a note in
# words: "--    13 Jun   Clerk's note: the mayor said …" (the cells go, the note stays)
_PLACEHOLDER_ROW = re.compile(
    r"(?m)^[ \t]*(?:-{1,3}|—|–)[ \t]{2,}(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)[ \t]{2,}(?=[A-Za-z\"“])"
)


def _note_cell(row: str, begin: int, stop: int | None) -> str:
    """The words of a row from ``begin`` to the column that starts near ``stop`` (the gap of
    two spaces or more before it), give or take a few characters.

    >>> _note_cell("12 Mar  Two were shot dead.   Chief", 8, 31)
    'Two were shot dead.'
    """
    if stop is None:
        return row[begin:].strip()
    gaps = [
        m for m in re.finditer(r"\s{2,}", row) if m.start() > begin and abs(m.end() - stop) <= 3
    ]
    return row[begin : gaps[-1].start() if gaps else None].strip()


def _spaced_note_columns(lines: list[str]) -> list[str]:
    """A table set in columns of spaces under a rule of dashes parted as its columns are,
    whose last column is a note in words ("Remarks", "Keeper's remarks", "Entry") wrapped over
    the lines under its row (a line blank up to that column goes on with the note above):
    each note a paragraph of its own, the readings, dates and codes beside it gone, a word
    broken at the column's edge joined.

    >>> _spaced_note_columns(["Date   Level  Remarks", "-----  -----  ----------------",
    ...     "01/08  288.4  Police said 2 farm-", "              ers were killed.",
    ...     "02/08  288.5  Calm.", "-----  -----  ----------------", "End."])
    ['', 'Police said 2 farmers were killed.', '', 'Calm.', '', 'End.']
    """
    for r, line in enumerate(lines):
        if r == 0 or not _SPACED_RULE.match(line):
            continue
        heads = [h for h in lines[max(0, r - 2) : r] if h.strip()]
        bounds = [(m.start(), m.end()) for m in re.finditer(r"-+", line)]
        # (the last column that is a note; one before a narrow last column of who did it,
        # "Action … By", ends where that column starts)
        spans = [
            (start, None if n == len(bounds) - 1 else bounds[n + 1][0])
            for n, (start, end) in enumerate(bounds)
            if (n == len(bounds) - 1 or end - start >= 30)
            and any(_NOTE_COLUMN.match(h[start : bounds[n][1] + 1].strip()) for h in heads)
        ]
        if not heads or not spans:
            continue
        col, stop = spans[-1]
        top = r - 1
        while top > 0 and lines[top - 1].strip() and len(lines[top - 1]) > col:
            top -= 1  # (a heading over two lines)
        top = max(top, r - 2)
        notes: list[str] = []
        k = r + 1
        while k < len(lines) and lines[k].strip() and not _SPACED_RULE.match(lines[k]):
            row = lines[k]
            if not row[: col - 2].strip() and notes:
                more = _note_cell(row, 0, stop)
                if re.search(r"[a-z]-$", notes[-1]) and re.match(r"[a-z]", more):
                    notes[-1] = notes[-1][:-1] + more  # ("farm-" over "ers": farmers)
                else:
                    notes[-1] = f"{notes[-1]} {more}"
                k += 1
                continue
            gap = [m for m in re.finditer(r"\s{2,}", row) if abs(m.end() - col) <= 3]
            if len(row) > col and not gap:
                break  # (no column there: the table ends)
            notes.append(_note_cell(row, gap[-1].end(), stop) if gap else "")
            k += 1
        if len(notes) < 2:
            continue
        out = lines[:top]
        for note in notes:
            if note and note not in ("-", "—", "–"):
                out += ["", note]
        out.append("")
        k += 1 if k < len(lines) and _SPACED_RULE.match(lines[k]) else 0
        return out + _spaced_note_columns(lines[k:])
    return lines


def _noted_columns(lines: list[str]) -> list[str]:
    """A table set in columns of spaces whose last column is a note in words (an export's
    "CONTROLLER NOTE", "REMARKS"), each note a paragraph of its own, however many rows it is
    wrapped over (a row blank up to the note's column goes on with the note above); the
    other cells (times, codes, coordinates) go, as no part of the note's sentence.

    >>> _noted_columns(["TIME   UNIT   NOTE", "------------", "20:41  T-1    Police say two",
    ...                 "              drivers died.", "21:00  T-2    Road open."])
    ['', 'Police say two drivers died.', '', 'Road open.', '']
    >>> _noted_columns(["TIME   NOTE", "------------", "20:41  Two died."])
    ['TIME   NOTE', '------------', '20:41  Two died.']
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = [m for m in re.finditer(r"\S+(?: \S+)*", line)]
        heading = (
            len(cells) >= 3
            and all(_COLUMN_HEADING.match(m.group()) for m in cells)
            and i + 1 < len(lines)
            and _DASH_RULE.match(lines[i + 1])
        )
        if not heading:
            out.append(line)
            i += 1
            continue
        col = cells[-1].start()
        notes: list[str] = []
        k = i + 2
        while k < len(lines) and lines[k].strip() and not _DASH_RULE.match(lines[k]):
            row = lines[k]
            if not row[: col - 3].strip() and notes:
                notes[-1] = f"{notes[-1]} {row.strip()}"  # (a note wrapped, give or take a space)
                k += 1
                continue
            gap = [m for m in re.finditer(r"\s{2,}", row) if abs(m.end() - col) <= 3]
            if len(row) > col and not gap:
                break  # (no column there: the table ends)
            notes.append(row[gap[-1].end() :].strip() if gap else "")
            k += 1
        if not notes:
            out.append(line)
            i += 1
            continue
        for note in notes:
            out += ["", note] if note else []
        out.append("")
        i = k + 1 if k < len(lines) and _DASH_RULE.match(lines[k]) else k
    return out


# a table's column that names who spoke ("Participant", "Speaker", "Stakeholder", "Raised by")
_SPEAKER_HEADING = re.compile(
    r"(?i)^(?:participants?|speakers?|stakeholders?|raised\s+by|intervention\s+by|"
    r"interlocutors?)$"
)
# what the speaker did, the words of the row's text opening on it ("Said the toll was six")
_SPEAKER_VERB = re.compile(
    r"^(?:Said|Says|Reported|Reports|Stated|States|Asked|Asks|Noted|Notes|Explained|Added|"
    r"Confirmed|Complained|Recalled|Told|Informed|Warned|Requested|Raised|Mentioned|Claimed)\b"
)


def _speaker_columns(lines: list[str]) -> list[str]:
    """A table set in columns of spaces whose heading names who spoke ("No.  Participant
    Issue raised / response") and whose last column is what they said: each row a paragraph
    of its own, however many lines it is wrapped over (a line blank up to the last column,
    give or take a space, goes on with the row above, and what it has in the speaker's column
    with the speaker's name), told as the speaker's words ("Village chief said …"); the item
    number goes.

    >>> rows = _speaker_columns(["No.  Participant        Issue raised",
    ...     "1.1  Village chief      Said two", "     (Gimbi)            herders were killed.",
    ...     "1.2  Women's group      Asked for a well."])
    >>> [row for row in rows if row]
    ['Village chief (Gimbi) said two herders were killed.', "Women's group asked for a well."]
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = list(re.finditer(r"\S+(?: \S+)*", line))
        who = next((n for n, m in enumerate(cells[:-1]) if _SPEAKER_HEADING.match(m.group())), None)
        if who is None:
            out.append(line)
            i += 1
            continue
        col, at = cells[-1].start(), cells[who].start()
        rows: list[list[str]] = []
        k = i + 1
        while k < len(lines) and lines[k].strip():
            row = lines[k]
            gap = [m for m in re.finditer(r"\s{2,}", row) if abs(m.end() - col) <= 3]
            if not gap:
                break  # (no column there: the table ends)
            head, text = row[: gap[-1].start()], row[gap[-1].end() :].strip()
            parts = list(re.finditer(r"\S+(?: \S+)*", head))
            name = " ".join(m.group() for m in parts if m.start() >= at - 3)
            # (a row whose cells before the speaker's are blank goes on with the row above)
            if rows and (not parts or (at > 0 and all(m.start() >= at - 3 for m in parts))):
                rows[-1][0] = f"{rows[-1][0]} {name}".strip()
                if re.search(r"[a-z]-$", rows[-1][1]) and re.match(r"[a-z]", text):
                    rows[-1][1] = rows[-1][1][:-1] + text  # ("the insur-" / "gents": one word)
                else:
                    rows[-1][1] = f"{rows[-1][1]} {text}".strip()
            else:
                rows.append([name, text])
            k += 1
        # (what they said is words, not a column of counts or shares: "45%", "312")
        if len(rows) < 2 or not all(re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}", t) for _, t in rows):
            out.append(line)
            i += 1
            continue
        out.append("")
        for name, text in rows:
            if "(" not in name:  # "Community leader, Gimbi": the speaker, where he sits
                name = re.sub(r"^(?P<who>[^,]+),\s+(?P<where>.+)$", r"\g<who> (\g<where>)", name)
            if _SPEAKER_VERB.match(text):
                out += [f"{name} {text[0].lower()}{text[1:]}", ""]
            elif name:
                out += [f'{name} said: "{text.replace(chr(34), chr(39))}"', ""]
            else:
                out += [text, ""]
        i = k
    return out


# a chat export's message header: the poster's name (a role in brackets) and the time,
# set off by two spaces or more ("Ana Ruiz  09:12", "Ali Musa (desk editor)  10:05 AM")
_CHAT_HEADER = re.compile(
    r"^(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})(?:\s+\([^()]{1,40}\))?\s{2,}"
    r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$|"
    # (or the date and time in brackets, then the sender's handle alone on its line: "[3-Mar-26
    # 09:12 PM] mya_thu", "[2026-03-03 21:12] ko_zaw (BOT)")
    r"^\[[^\]]{0,20}\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]\s+[\w.#-]+"
    r"(?:\s+\([^()]{1,20}\))?\s*$"
)


def _chat_export(lines: list[str]) -> list[str]:
    """A chat export's messages, each a paragraph of its own, their headers (who posted, at
    what time) dropped: a message's words are its own sentences, and whom it quotes speaks.

    >>> _chat_export(["Ana Ruiz  09:12", "police say two died", "Ali Musa  09:15", "ok",
    ...               "Ana Ruiz  09:20", "more soon"])
    ['', 'Police say two died.', '', 'Ok.', '', 'More soon.']
    >>> _chat_export(["Ana Ruiz  09:12", "police say two died"])
    ['Ana Ruiz  09:12', 'police say two died']
    """
    headers = [i for i, line in enumerate(lines) if _CHAT_HEADER.match(line.strip())]
    if len(headers) < 3:
        return lines
    out = list(lines)
    for k, at in enumerate(headers):
        out[at] = ""
        body = [
            i
            for i in range(at + 1, headers[k + 1] if k + 1 < len(headers) else len(lines))
            if lines[i].strip()
        ]
        if not body:
            continue
        first, last = body[0], body[-1]
        # (a message typed in lower case, with no stop: a sentence of its own all the same)
        text = out[first].lstrip()
        out[first] = out[first][: len(out[first]) - len(text)] + text[:1].upper() + text[1:]
        if not re.search(r"[.!?:\"”)]\s*$", out[last]):
            out[last] = out[last].rstrip() + "."
    return out


# a chat export's message line, its date and time in brackets, then the sender and a colon
# ("[16/10/2025, 09:48] Ana Ruiz: …", "[03/05/25 18:31] Ali Musa (driver) 🌸: …", a live
# chat's "09:18:47 ABDI H.: …")
_STAMPED_MESSAGE = re.compile(
    r"^(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]|"
    # (or the time alone, to the second, in a live chat's transcript: "09:18:47 ABDI H.: …")
    r"\d{1,2}:\d{2}:\d{2})\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})(?:\s+\([^()]{1,40}\))?"
    r"[^\w:()\[\]]{0,6}:\s+(?P<text>\S.*)$"
)
# a message that relays whom it names, by a verb of saying: "police say …", "the army posted
# that …", "according to MSF"
_RELAYED = re.compile(
    r"(?i)\b(?:say|says|said|saying|post|posts|posted|report|reports|reported|told|tell|tells|"
    r"announce[sd]?|claims|claimed|confirms|confirmed|according\s+to|quoted?)\b"
)


def _stamped_chat(lines: list[str]) -> list[str]:
    """A chat export's messages that each open on "[date, time] Sender:" (three or more): a
    message that relays whom it names ("police say …", "the army posted that …") loses its
    header, so that the speaker it names is read as the speaker of its words, not the
    sender (whose own words are left as they are: writers disagree on whether a member's
    message is the member's report or the chat's own voice).

    >>> _stamped_chat(["[16/10/2025, 09:48] Ana Ruiz: 5 were hurt here", "[16/10/2025, "
    ...     "09:50] Ali Musa: ok", "[16/10/2025, 13:02] Ana Ruiz: Police say 2 died"])
    ['', '[16/10/2025, 09:48] Ana Ruiz: 5 were hurt here', '', '[16/10/2025, 09:50] Ali Musa: \
ok', '', 'Police say 2 died.', '']
    """
    if sum(bool(_STAMPED_MESSAGE.match(line.strip())) for line in lines) < 3:
        return lines
    out: list[str] = []
    for at, line in enumerate(lines):
        message = _STAMPED_MESSAGE.match(line.strip())
        if message and _RELAYED.search(message["text"]):
            text = message["text"].strip()
            text = text[:1].upper() + text[1:]  # ("the governor said …", typed in lower case)
            following = lines[at + 1].strip() if at + 1 < len(lines) else ""
            if following and not _STAMPED_MESSAGE.match(following):
                out += ["", text]  # (the message goes on, wrapped, on the lines below)
                continue
            # (a message typed with no stop: a sentence of its own all the same)
            out += ["", text if re.search(r"[.!?:\"”)]$", text) else text + ".", ""]
        elif message:
            out += ["", line]  # (a message of its own, not run on from one typed with no stop)
        else:
            out.append(line)
    return out


# a ticket's or a tracker's comment header: its author (a title after), when it was written
# ("Comment — Ana Ruiz, Security Manager, 10-Nov-2024 11:15:", "Description (Ali Musa, IT
# Assistant, 10-Nov-2024 08:42):")
_COMMENT_HEADER = re.compile(
    r"^(?:Comment|Reply|Response|Note|Work\s+note|Description|Update)\s*(?:[—–-]\s*|\()"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,\s*[A-Z][^,():]{1,50})?,\s*"
    r"[^,():]{0,24}\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?\)?\s*:$"
)


# a comment's head inline, in a board's or a thread's export: "@bisimwa · 7 Nov 14:02 – Civil
# society president says …" (who commented and when, then the comment on the same line)
_INLINE_COMMENT_HEAD = re.compile(
    r"^(?P<indent>\s*)@[\w.-]{2,30}\s+[·•|]\s+[^–—@]{1,30}?\s+[-–—]\s+(?=\S)"
)


def _inline_comments(lines: list[str]) -> list[str]:
    """Comments exported one a line under their author's handle and time, two or more: the
    head dropped, so that the comment's words are read alone (its author only relays whom
    the words name; no day, time or handle taken for a count or a speaker).

    >>> _inline_comments(["@ana.r · 7 Nov 14:02 – Police say 4 killed.",
    ...                   "@musa · 7 Nov 15:10 – MSF: 9 wounded admitted."])
    ['Police say 4 killed.', 'MSF: 9 wounded admitted.']
    >>> _inline_comments(["@ana.r · 7 Nov 14:02 – Police say 4 killed."])
    ['@ana.r · 7 Nov 14:02 – Police say 4 killed.']
    """
    if sum(bool(_INLINE_COMMENT_HEAD.match(line)) for line in lines) < 2:
        return lines
    return [_INLINE_COMMENT_HEAD.sub(r"\g<indent>", line) for line in lines]


def _authored_comments(lines: list[str]) -> list[str]:
    """A ticket's or a tracker's comments, two or more under headers that name their author
    and time: each comment's paragraph is its author's words (a quote of the author's; whom
    the comment quotes speaks for itself), the header dropped.

    >>> _authored_comments(["Comment — Ana Ruiz, Security Manager, 10-Nov-2024 11:15:",
    ...     "Two drivers were taken.", "", "Comment — Ali Musa, 11-Nov-2024 09:30:", "Noted."])
    ['', 'Ana Ruiz said: "Two drivers were taken."', '', '', 'Ali Musa said: "Noted."']
    >>> _authored_comments(["Comment — Ana Ruiz, 10-Nov-2024 11:15:", "Two were taken."])
    ['Comment — Ana Ruiz, 10-Nov-2024 11:15:', 'Two were taken.']
    """
    headers = [i for i, line in enumerate(lines) if _COMMENT_HEADER.match(line.strip())]
    if len(headers) < 2:
        return lines
    out = list(lines)
    for at in headers:
        name = _COMMENT_HEADER.match(lines[at].strip())["name"]
        body = []
        for i in range(at + 1, len(lines)):
            if not lines[i].strip() or i in headers:
                break
            body.append(i)
        out[at] = ""
        if not body:
            continue
        for i in body:
            out[i] = out[i].replace('"', "'").replace("“", "'").replace("”", "'")
        out[body[0]] = f'{name} said: "{out[body[0]].lstrip()}'
        out[body[-1]] = out[body[-1]].rstrip() + '"'
    return out


# a social post's header: the account's name (a tick after it), its handle, how long ago
# ("Sudan Aid Network ✓ @SudanAid · 14h", "Ana Ruiz @ana_r · 3d")
_SOCIAL_HEADER = re.compile(
    r"^(?P<name>[^\s@][^@]{1,60}?)\s*(?:[✓✔☑]\s*)?@(?P<handle>\w{2,30})\s*[·•]\s*"
    r"\d{1,2}\s*(?:s|m|h|d|min|mins|hrs?)\s*$"
)
# a post's counts and furniture under it: "💬 312  🔁 1.2K  ♡ 2.9K", "↳ quoting @SudanAid"
_POST_FURNITURE = re.compile(r"^(?:[💬🔁♡❤📊]|↳\s|replying\s+to\s+@)", re.I)


def _social_posts(lines: list[str]) -> list[str]:
    """A thread of social posts, two or more under headers naming the account and its handle:
    each post one paragraph, the header dropped; the posts of the thread's first account are
    the document's own voice, every other account's are its own words (a quote of the
    account's; whom a post quotes speaks for itself).

    >>> rows = _social_posts(["Aid Net ✓ @AidNet · 3h", "Two staff are missing.", "",
    ...     "  Ana Ruiz @ana_r · 2h", "  Police told me 4 were", "  killed.", "  💬 3"])
    >>> [row for row in rows if row]
    ['Two staff are missing.', 'Ana Ruiz said: "Police told me 4 were killed."']
    """
    headers = [i for i, line in enumerate(lines) if _SOCIAL_HEADER.match(line.strip())]
    if len(headers) < 2:
        return lines
    own = _SOCIAL_HEADER.match(lines[headers[0]].strip())["handle"].casefold()
    out = list(lines)
    for at in headers:
        header = _SOCIAL_HEADER.match(lines[at].strip())
        body = []
        for i in range(at + 1, len(lines)):
            if not lines[i].strip() or i in headers or _POST_FURNITURE.match(lines[i].strip()):
                break
            body.append(i)
        out[at] = ""
        if not body:
            continue
        words = " ".join(lines[i].strip() for i in body)
        for i in body:
            out[i] = ""
        if header["handle"].casefold() == own:
            out[body[0]] = words
        else:
            name = header["name"].strip()
            words = words.replace('"', "'").replace("“", "'").replace("”", "'")
            out[body[0]] = f'{name} said: "{words}"'
    for i, line in enumerate(lines):
        if _POST_FURNITURE.match(line.strip()) and any(h < i for h in headers):
            out[i] = ""  # (the counts under a post: no words of it)
    return out


# a call-in programme's call, numbered, and who called: "Call 2 — Mrs Ana Ruiz, president of
# the women's association", "Caller 3 – a listener of Sake (he asks …)"
_CALL_HEADER = re.compile(
    r"^(?:Call|Caller|Appel|Intervention)\s*(?:No\.?\s*)?\d{1,3}\s*[—–:-]\s*"
    r"(?P<who>[^,(]{3,60}?)\s*(?:[,(].*)?$"
)


def _calls(lines: list[str]) -> list[str]:
    """A call-in programme's summary, two or more calls under headers naming the caller: each
    call's paragraph is the caller's words (what the call quotes speaks for itself), the
    header dropped.

    >>> rows = _calls(["Call 1 — Mr Ali, of Sake", "He tells that 3 were killed.", "",
    ...     "Call 2 — a nurse of Sake hospital", "She says 4 are wounded."])
    >>> [row for row in rows if row][1]
    'A nurse of Sake hospital said: "She says 4 are wounded."'
    >>> [row for row in rows if row][0]
    'Mr Ali said: "He tells that 3 were killed."'
    """
    headers = [i for i, line in enumerate(lines) if _CALL_HEADER.match(line.strip())]
    if len(headers) < 2:
        return lines
    out = list(lines)
    for at in headers:
        who = _CALL_HEADER.match(lines[at].strip())["who"].strip()
        who = who[0].upper() + who[1:]
        body = []
        for i in range(at + 1, len(lines)):
            if not lines[i].strip() or i in headers:
                break
            body.append(i)
        out[at] = ""
        if not body:
            continue
        words = " ".join(lines[i].strip() for i in body)
        for i in body:
            out[i] = ""
        words = words.replace('"', "'").replace("“", "'").replace("”", "'")
        out[body[0]] = f'{who} said: "{words}"'
    return out


# a page's comment closed by its age and its buttons: "2h · Like · Reply · 56", "1d · Like"
_COMMENT_FOOTER = re.compile(
    r"^\d{1,2}\s*(?:s|m|h|d|w|min|mins|hrs?)\s*[·•]\s*Like\b(?:\s*[·•]\s*Reply\b)?"
)
# the commenter's name over the comment: a few words in capitals, a note in brackets after
# ("Nurse Ana Ruiz", "Kivu Youth Front (official)")
_COMMENTER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|for|de|du|la|the)){0,5})"
    r"(?:\s*\([a-z][\w\s]{1,20}\))?$"
)


def _page_comments(lines: list[str]) -> list[str]:
    """A page's comments, two or more, each under its commenter's name and closed by its age
    and buttons ("2h · Like · Reply · 56"): each comment one paragraph, its commenter's words
    (the page's own replies, the name the document opens on, stay its own voice); name and
    buttons dropped.

    >>> rows = _page_comments(["Kivu FM · Goma", "", "Ana Ruiz", "Police told me 4 were",
    ...     "killed.", "  2h · Like · Reply · 5", "", "  Kivu FM", "  We cannot verify this.",
    ...     "    1h · Like · Reply"])
    >>> [row for row in rows if row]
    ['Kivu FM · Goma', 'Ana Ruiz said: "Police told me 4 were killed."', 'We cannot verify this.']
    """
    footers = [i for i, line in enumerate(lines) if _COMMENT_FOOTER.match(line.strip())]
    if len(footers) < 2:
        return lines
    page = next((line.strip() for line in lines if line.strip()), "")
    out = list(lines)
    for at in footers:
        body = []
        for i in range(at - 1, -1, -1):
            if not lines[i].strip() or i in footers:
                break
            body.insert(0, i)
        out[at] = ""
        commenter = _COMMENTER.match(lines[body[0]].strip()) if len(body) >= 2 else None
        if commenter is None:
            continue
        name = commenter["name"]
        words = " ".join(lines[i].strip() for i in body[1:])
        for i in body:
            out[i] = ""
        if page.startswith(name):
            out[body[1]] = words
        else:
            words = words.replace('"', "'").replace("“", "'").replace("”", "'")
            out[body[1]] = f'{name} said: "{words}"'
    return out


def _cues(lines: list[str]) -> list[str]:
    """A subtitle file's cues as running text: numbers, times and sounds dropped, one
    paragraph for each speaker's turn (a sentence runs on over the cues that split it).

    >>> _cues(["1", "00:00:01,000 --> 00:00:03,000", "[music]", "", "2",
    ...        "00:00:03,100 --> 00:00:05,000", "AMINA: Four men", "",
    ...        "3", "00:00:05,100 --> 00:00:07,000", "were shot."])
    ['AMINA: Four men were shot.']
    """
    times = [i for i, line in enumerate(lines) if _CUE_TIMES.match(line.strip())]
    if len(times) < 3 or any(i == 0 or not lines[i - 1].strip().isdigit() for i in times):
        return lines
    drop = {i for t in times for i in (t - 1, t)}
    turns: list[str] = []
    for i, line in enumerate(lines):
        text = line.strip()
        if i in drop or not text or _CUE_SOUND.match(text):
            continue
        if turns and not _TURN_OPENING.match(text):
            turns[-1] += f" {text}"
        else:
            turns.append(text)
    return turns


def _wrapped_turns(lines: list[str]) -> list[str]:
    """A transcript's turns with the lines they were wrapped over joined to them, when a blank
    line parts one turn from the next (else ``lines`` itself: each line is a turn, or what
    follows a turn is the programme's own).

    >>> _wrapped_turns(["RUIZ: Two soldiers", "died at the post.", "", "GIL: Three", "were hurt."])
    ['RUIZ: Two soldiers died at the post.', '', 'GIL: Three were hurt.']
    >>> lines = ["RUIZ: Two soldiers died.", "GIL: Three were hurt."]
    >>> _wrapped_turns(lines) is lines
    True
    """
    opens = [
        i
        for i, line in enumerate(lines)
        if _TURN.match(line.strip()) or _QUESTION.match(line.strip())
    ]
    if len(opens) < 2 or any(i > 0 and lines[i - 1].strip() for i in opens):
        return lines
    if not any(i + 1 < len(lines) and lines[i + 1].strip() and i + 1 not in opens for i in opens):
        return lines
    out: list[str] = []
    in_turn = False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            in_turn = False
        elif i in opens:
            in_turn = True
        elif in_turn and not _CUE_SOUND.match(text):
            out[-1] = f"{out[-1].rstrip()} {text}"
            continue
        out.append(line)
    return out


# a call's heading naming who called: "CALL 2 | 19:49:37 | duration 01:34 | caller: PNP Pikit
# Municipal Police Station, desk officer"
_CALL_HEADING = re.compile(r"(?i)^call\b[^|]{0,20}\|.*\|\s*caller:\s*(?P<who>[^|]{3,100}?)\s*$")


def _called_by(lines: list[str]) -> list[str]:
    """For each line, the caller the last call heading above it names ("" before any, or after
    a heading that names no one who spoke: "caller: hang-up, no voice")."""
    out = []
    caller = ""
    for line in lines:
        heading = _CALL_HEADING.match(line.strip())
        if heading:
            caller = heading["who"]
            if re.match(r"(?i)hang-?up|no\s+voice|unknown|withheld", caller):
                caller = ""
            caller = re.sub(r"\s*\([^()]*\)", "", re.sub(r"\bBrgy\.\s*", "Barangay ", caller))
        out.append(caller)
    return out


def _hanging_turns(lines: list[str]) -> list[str]:
    """A transcript's turns with the lines hung under them joined to them: a line indented
    past the turn's label, with no label of its own, goes on with the turn above.

    >>> _hanging_turns(["CALLER:  Two of our men were hit at the", "         market.", "OPR: Ok."])
    ['CALLER:  Two of our men were hit at the market.', 'OPR: Ok.']
    """
    out: list[str] = []
    in_turn = False
    for line in lines:
        text = line.strip()
        if (
            in_turn
            and text
            and re.match(r"\s{4,}\S", line)
            and not _TURN.match(text)
            and not _QUESTION.match(text)
        ):
            out[-1] = f"{out[-1].rstrip()} {text}"
            continue
        in_turn = bool(text) and bool(_TURN.match(text)) and not re.match(r"\s", line)
        out.append(line)
    return out


# the words a bulletin adds to its own tag on some messages: "KTN INFO UPDATE", "KTN ALERT"
_TAG_VARIANT = re.compile(
    r"\s+(?:UPDATE|UPDATES|URGENT|ALERT|FLASH|BREAKING|NEW|LATEST|CORRECTION|CORRECTED|"
    r"REMINDER|RECTIFICATION|ERRATUM|INFO|NEWS)$"
)


def _one_channel_tag(speakers: set[str]) -> bool:
    """True when the labels before the colons are one sender's tag and its variants
    ("KTN INFO", "KTN INFO UPDATE"): an SMS or channel bulletin's messages, no speakers' turns.

    >>> _one_channel_tag({"KTN INFO", "KTN INFO UPDATE"})
    True
    >>> _one_channel_tag({"RUIZ", "GIL"})
    False
    """
    bare = set()
    for speaker in speakers:
        while _TAG_VARIANT.search(speaker):
            speaker = _TAG_VARIANT.sub("", speaker)
        bare.add(speaker)
    return len(bare) == 1


def _turns(lines: list[str]) -> list[str]:
    """A transcript's turns as their speakers' quotes, named as its list of speakers gives
    them, and its questions from the floor as plain text (a question is nobody's report).

    >>> turns = _turns(["Speakers: Col. Ana Ruiz, army spokeswoman; Juan Gil, mayor",
    ...                 "RUIZ: Two soldiers died.", "Q (Radio Sur): And civilians?",
    ...                 "GIL: Three were hurt.", "RUIZ: Yes.", "GIL: Thank you."])
    >>> turns[1:3]
    ['Ana Ruiz, army spokeswoman, said: "Two soldiers died."', 'And civilians?']
    """
    turns = [_TURN.match(line.strip()) for line in lines]
    turns = [t if t is None or not _FIELD_LABEL.match(t["speaker"]) else None for t in turns]
    # ("CORRESPONDENT (PHONE): …"): the programme's own voice, with a note on the line
    labels = [
        re.match(r"^(?P<who>[A-Z]{3,})(?:\s+\([^)]{0,40}\))?:\s+", line.strip()) for line in lines
    ]
    lines = [
        line.strip()[label.end() :] if label and _NARRATOR.match(label["who"]) else line
        for line, label in zip(lines, labels, strict=True)
    ]
    speakers = {t["speaker"] for t in turns if t}
    if len(speakers) < 2 or sum(bool(t) for t in turns) < 4:
        return lines  # "CLAIM: …", "VERDICT: …": labelled lines, no transcript
    if _one_channel_tag(speakers):
        return lines  # "KTN INFO: …", "KTN INFO UPDATE: …": one sender's tag, no transcript
    if len(speakers) == sum(bool(t) for t in turns) and not any(
        _SPEAKERS.match(line.strip()) for line in lines
    ):
        # "CHAMAN: At least four …", "PESHAWAR: A gas cylinder …": a page's stories under
        # their datelines, each label once; in a transcript someone speaks twice
        return lines
    hung = _hanging_turns(lines)  # (a turn's lines hung under it, no blank line between turns)
    if len(hung) != len(lines):
        lines = hung
        turns = [_TURN.match(line.strip()) for line in lines]
        turns = [t if t is None or not _FIELD_LABEL.match(t["speaker"]) else None for t in turns]
    wrapped = _wrapped_turns(lines)
    if wrapped is not lines:  # each turn whole, its wrapped lines joined to it
        lines = wrapped
        turns = [_TURN.match(line.strip()) for line in lines]
        turns = [t if t is None or not _FIELD_LABEL.match(t["speaker"]) else None for t in turns]
    callers = _called_by(lines)
    listed: list[str] = []
    for line in lines:
        named = _SPEAKERS.match(line.strip())
        if named:
            listed += [x.strip() for x in named["list"].split(";") if x.strip()]
    out = []
    # a speaker's note given at the first turn only: 'CALLER 1 ("Musa"): …', then "CALLER 1: …"
    notes: dict[str, str] = {}
    for line, turn, caller in zip(lines, turns, callers, strict=True):
        if turn is not None and _NARRATOR.match(turn["speaker"]):
            turn = None
        if turn is None and _CALL_HEADING.match(line.strip()):
            out.extend([line.strip(), ""])  # a call's heading: a paragraph of its own
            continue
        if turn is None:
            out.append(_QUESTION.sub("", line.strip()))
            continue
        who = turn["speaker"].title()
        if caller and turn["speaker"] == "CALLER" and not turn["note"]:
            # "CALL 2 | 19:49 | caller: PNP Pikit police station, desk officer" over "CALLER:
            # …": the caller the call's heading names
            who = caller
        given = re.sub(r"\s*\([^()]*\)", "", turn["note"] or "").strip()
        if re.fullmatch(r"[\"“][^\"“”]{2,40}[\"”]", given):
            given = given[1:-1]  # the name the speaker goes by, without its marks
            notes.setdefault(turn["speaker"], given)
        note = given or (
            notes.get(turn["speaker"], "") if re.search(r"\d$", turn["speaker"]) else ""
        )
        if note:  # ("CALLER 1 (HASSAN, IFO)": the caller by name, no longer by number)
            who = re.sub(r"\s+\d{1,2}$", "", who)
        if note:  # "Caller Amina", "Dr John Okello, Lira Regional Hospital"
            first, _, rest = note.partition(",")
            if note.isupper():  # the person, and where they call from
                who = f"{who} {' '.join(w.capitalize() for w in first.split())}"
            else:  # who the person is
                who = f"{who} ({note})"
        for entry in listed:
            name, _, role = entry.rstrip(".").partition(",")
            words = [w for w in name.split() if re.fullmatch(r"[A-Z][a-z][\w'’-]*", w)]
            if who.casefold() in (w.casefold() for w in words):
                at = [w.casefold() for w in words].index(who.casefold())
                who = " ".join(words[max(0, at - 2) : at + 1])  # "Yohanes Wenda"
                who += f", {role.strip()}" if role.strip() else ""
                break
        words = turn["words"].replace('"', "'")
        out.append(f'{who}, said: "{words}"' if "," in who else f'{who} said: "{words}"')
    return out


def _record_turns(lines: list[str]) -> list[str]:
    """A parliamentary record's turns as their speakers' quotes: the label in capitals ends
    with a full stop ("SEC. RUIZ."), and the person is named in brackets the first time
    ("THE SECRETARY OF DEFENSE (Sec. Ana Ruiz).") or in the label itself ("REP. JUAN CRUZ.").

    >>> turns = _record_turns(["THE MINISTER OF THE INTERIOR (Hon. Ana Ruiz). Two died.",
    ...                        "REP. JUAN CRUZ. And the wounded?", "SEC. RUIZ. Three.",
    ...                        "REP. CRUZ. Thank you."])
    >>> turns[2]
    'Ana Ruiz, Minister of the Interior, said: "Three."'
    """
    turns = [_RECORD_TURN.match(line.strip()) for line in lines]
    turns = [
        t if t and t["label"].upper() == t["label"] or t and "." in t["label"] else None
        for t in turns
    ]
    turns = [
        t if t and any(len(w.strip(".")) > 3 for w in t["label"].split()) else None for t in turns
    ]
    # a communiqué's numbered points ("FIRST. …", "SIXTH. …") are no speakers' turns
    turns = [t if t and not _ORDINAL_LABEL.match(t["label"]) else None for t in turns]
    keys = {_record_key(t) for t in turns if t}
    if len(keys) < 2 or sum(bool(t) for t in turns) < 4:
        return lines
    names: dict[str, str] = {}
    for turn in turns:
        if turn is None:
            continue
        words = _untitled(turn["label"])
        role = re.sub(r"\b(Of|The|And|For)\b", lambda m: m.group().lower(), " ".join(words).title())
        if turn["named"]:
            person = " ".join(_untitled(turn["named"]))
            names.setdefault(person.split()[-1].casefold(), f"{person}, {role}")
            names.setdefault(role.casefold(), f"{person}, {role}")
        elif len(words) > 1 and turn["label"].split()[0].rstrip(".").casefold() != "the":
            names.setdefault(words[-1].casefold(), " ".join(words).title())
    out = []
    for line, turn in zip(lines, turns, strict=True):
        if turn is None:
            out.append(line)
            continue
        words = _untitled(turn["label"])
        key = (turn["named"] or " ".join(words)).split()[-1].casefold()
        who = names.get(key) or names.get(" ".join(words).casefold()) or " ".join(words).title()
        said = turn["words"].replace('"', "'")
        out.append(f'{who}, said: "{said}"' if "," in who else f'{who} said: "{said}"')
    return out


_ANSWER = re.compile(r"^A\s*[:.]\s+(?P<words>\S.*)$")
_ASKED = re.compile(r"^Q\s*[:.]\s+(?=\S)")
# a transcript's key to its letters, the one who answers named by a role: "Q = interviewer,
# R = driver", "Q = SFP; A = the nurse"
_ANSWER_KEY = re.compile(
    r"\bQ\s*=\s*[^,;.\n=]{1,40}[,;]\s*(?P<letter>[AR])\s*=\s*(?:the\s+)?"
    r"(?P<who>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s*(?:[.;,]|$)",
    re.M,
)
# the person an interview's introduction presents: "Maj. Ana Ruiz is a commander of …",
# "Juan Gil (not his real name), 38, is from …"
_INTERVIEWEE = re.compile(
    r"^(?P<name>(?:[A-Z][\w’'.-]+\s+){1,4}[A-Z][\w’'-]+)(?=\s*(?:\(|,|\s+(?:is|was|has)\b))"
)


def _interview(lines: list[str]) -> list[str]:
    """An interview's answers ("A: …") as the quotes of the person its introduction presents
    (the paragraph before the questions: "Maj. Ana Ruiz is a commander of …"), its questions
    ("Q: …") as plain text.

    >>> _interview(["Ana Ruiz is the mayor of Tame.", "Q: What happened?",
    ...             "A: Two men died.", "Q: And then?", "A: Nothing."])[2]
    'Ana Ruiz said: "Two men died."'
    """
    stripped = [line.strip() for line in lines]
    # ("Q = SFP, R = driver": the key names the letter of the answers and who gives them)
    key = _ANSWER_KEY.search("\n".join(stripped[:12]))
    answers = re.compile(rf"^{key['letter']}\s*[:.]\s+(?P<words>\S.*)$") if key else _ANSWER
    if sum(bool(answers.match(x)) for x in stripped) < 2 or not any(
        _ASKED.match(x) for x in stripped
    ):
        return _unmarked_interview(lines)
    out = []
    who = f"The {key['who']}" if key else None
    # a trial record's witness named, or a key's role: the answers are theirs, wrapped lines joined
    sworn = bool(key)
    skip = 0
    for at, (line, text) in enumerate(zip(lines, stripped, strict=True)):
        if skip:
            skip -= 1
            continue
        answer = answers.match(text)
        if answer and who:
            words = answer["words"]
            if sworn:
                # a record's answer wrapped over lines: the lines up to the next blank one or
                # the next question, one answer
                for rest in stripped[at + 1 :]:
                    if not rest or _ASKED.match(rest) or answers.match(rest):
                        break
                    words, skip = f"{words} {rest}", skip + 1
            out.append(f'{who} said: "{words.replace(chr(34), chr(39))}"')
            continue
        if _ASKED.match(text):
            out.append(_ASKED.sub("", text))
            continue
        # (the witness's line wrapped: read on to the paragraph's end)
        paragraph = itertools.takewhile(bool, stripped[at : at + 4])
        witness = _WITNESS_SWORN.match(" " + " ".join(paragraph)) if text else None
        named = _INTERVIEWEE.match(text)
        # (a record's opening wrapped over lines: "… before us, …, appeared the named" /
        # "KAMBALE MUHINDO Josué, aged 47, …, declares:" read as one paragraph)
        opening = " ".join(itertools.takewhile(bool, stripped[at : at + 8]))
        heard = _APPEARED_BEFORE_US.search(opening) if text and not sworn else None
        if heard:
            # a hearing record's witness: "… before us, … appeared Mrs. Ana Ruiz, 38 years
            # old, …, who … declared:" (the answers are hers)
            who, sworn = heard["name"], True
        elif witness:
            name = witness["name"]
            who = f"{_capitalised(name) if name.isupper() else name} ({witness['number']})"
            sworn = True
        elif named and not sworn:
            who = named["name"]
        out.append(line)
    return out


# the person a Q&A's introduction says the paper spoke to: "we spoke by telephone to Abbas
# al-Tamimi, head of …", "I talked with Col. Ana Ruiz"
_SPOKE_TO = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:spoke|talked)\s+(?:(?:by\s+(?:tele)?phone|by\s+video\s+link|at\s+length|"
    r"briefly)\s+)?(?:to|with)\s+(?P<name>(?:[A-Z][a-z]{0,4}\.\s+)*[A-Z][\w’'-]+"
    r"(?:\s+(?:(?:al|el|bin|ibn|de|da|del)[-\s])?[A-Z][\w’'-]+){1,3})(?=\s*[,.(])"
)


def _unmarked_interview(lines: list[str]) -> list[str]:
    """A Q&A whose questions are bare paragraphs ending in "?" and whose answers follow them
    unmarked: the answers are the quotes of the person the introduction says the paper
    spoke to ("we spoke by telephone to Ana Ruiz, …"); the questions stay plain text.

    >>> out = _unmarked_interview(["We spoke by phone to Ana Ruiz, the mayor.", "",
    ...     "What happened?", "", "Two men died.", "", "Who did it?", "", "We do not know.",
    ...     "", "What now?", "", "We wait."])
    >>> out[4], out[2]
    ('Ana Ruiz said: "Two men died."', 'What happened?')
    """
    stripped = [line.strip() for line in lines]
    asked = [i for i, x in enumerate(stripped) if x.endswith("?") and len(x) < 600]
    spoke = next(
        (
            (i, m)
            for i, x in enumerate(stripped)
            if (m := _SPOKE_TO.search(x)) and i < min(asked, default=0)
        ),
        None,
    )
    if spoke is None or len(asked) < 3:
        return lines
    # every question is followed by an answer: a paragraph of its own, not another question
    answered = [
        i
        for i in asked
        if (nxt := next((j for j in range(i + 1, len(lines)) if stripped[j]), None)) is not None
        and nxt not in asked
    ]
    if len(answered) < 3:
        return lines
    who = spoke[1]["name"]
    out = list(lines)
    inside = False
    for i, text in enumerate(stripped):
        if i in asked:
            inside = i in answered
            continue
        if inside and text:
            out[i] = f'{who} said: "{text.replace(chr(34), chr(39))}"'
    return out


# a Q&A's turn under a label in ordinary letters: "Aden Echo: What happened?", "Al-Rawi: They
# came at night." (the label one to four capitalised words; a title before the name, set off
# by a comma: "Official Spokesperson, Shri Arvind Menon: …"; who asks in brackets after it:
# "Question (Rohini, Daily Sentinel): …", the turn's label "Question")
# (a transcript's time code before the label, "[00:02:10] CRNL. PAREDES: …", is no part of
# the turn; a rank in capitals abbreviated with a point is part of the label)
_NAMED_TURN = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+)?"
    r"(?P<label>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?|"
    r"[A-Z]{2,6}\.\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+\((?P<aside>[^()]{1,60})\))?:\s+(?P<words>\S.*)$"
)
# a participant's code in a group discussion's transcript, a name in brackets after it: "P2
# (Hawa, 41): …", "R11 (Ali): …"
_PARTICIPANT_CODE = re.compile(r"^[A-Z]{1,3}\d{1,2}$")
# a rank or a title before a name, not part of it: "Brigadier General Ana Ruiz" (in a
# translated transcript's abbreviations too: "CRNL. PAREDES", "GRAL. ROJAS")
_RANK = re.compile(
    r"(?i)^(?:mr|mrs|ms|dr|prof|brigadier|general|colonel|col|major|maj|captain|capt|lieutenant|"
    r"lt|sergeant|commander|governor|minister|mayor|sheikh|chief|inspector|deputy|senator|"
    r"judge|president|crnl|cnel|gral|tte|sgto|cmdt|cdt)\.?$"
)


def _named_interview(lines: list[str]) -> list[str]:
    """A Q&A whose turns are labelled in ordinary letters, the asker's ("Radio Sur: …") mostly
    questions and the other's ("Ruiz: …") answers: the answers are the quotes of the person
    the label names, in full as the text before the first turn names them; the questions
    stay plain text.

    >>> out = _named_interview(["We spoke to Col. Ana Ruiz, the army spokeswoman.", "",
    ...     "Radio Sur: What happened?", "", "Ruiz: Two soldiers died.", "",
    ...     "Radio Sur: Who did it?", "", "Ruiz: We do not know.", "",
    ...     "Radio Sur: And now?", "", "Ruiz: We wait."])
    >>> out[4], out[2]
    ('Ana Ruiz said: "Two soldiers died."', 'What happened?')
    """
    # paragraphs: (first line, last line) of each run of non-blank lines
    blocks: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if blocks and blocks[-1][1] == i - 1:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    turns = {}
    for first, last in blocks:
        match = _NAMED_TURN.match(lines[first].strip())
        if match and not _FIELD_LABEL.match(match["label"]):
            turns[first] = (last, match)
    by_label: dict[str, list[bool]] = {}
    for last, match in turns.values():
        by_label.setdefault(match["label"], []).append(lines[last].rstrip().endswith("?"))
    askers = [k for k, v in by_label.items() if len(v) >= 3 and sum(v) * 2 >= len(v)]
    answerers = [k for k, v in by_label.items() if len(v) >= 3 and sum(v) * 4 < len(v)]
    if len(answerers) > 1 and len(askers) == 1:
        # a press conference's speaker beside its moderator, who asks nothing: the one who
        # answers twice as often as any other label
        most = sorted(answerers, key=lambda k: len(by_label[k]), reverse=True)
        if len(by_label[most[0]]) >= 2 * len(by_label[most[1]]) and any(
            _NAMED_TURN.match(lines[first].strip())[0].startswith("[") for first in turns
        ):
            answerers = most[:1]
    if len(askers) != 1 or len(answerers) != 1:
        return _participants(lines, turns)
    label = answerers[0]
    # ("CRNL. PAREDES": the name after the rank, in the introduction's letters)
    named_words = [w for w in label.split() if not _RANK.match(w)] or label.split()
    if label.isupper() and len(named_words) < len(label.split()):
        label_name = " ".join(named_words)
    else:
        label_name = label
    who = label
    opening = min(first for first, (_, match) in turns.items() if match["label"] == label)
    if len(label_name.split()) == 1:  # the name in full, as the introduction gives it
        intro = " ".join(line.strip() for line in lines[:opening])
        named = re.search(
            rf"(?i)((?:\b(?-i:[A-Z])[\w’'.-]*\s+){{1,3}}){re.escape(label_name)}\b", intro
        )
        if named:
            words = [w for w in named[1].split() if not _RANK.match(w)]
            who = " ".join([*words[-2:], named[0].split()[-1]])
    out = list(lines)
    firsts = sorted(turns)
    for first, (last, match) in turns.items():
        if match["label"] == askers[0]:
            out[first] = match["words"]
        elif match["label"] == label:
            out[first] = f'{who} said: "{match["words"]}'
            for i in range(first, last + 1):
                out[i] = out[i].replace('"', "'") if i > first else out[i]
            out[first] = f'{who} said: "{match["words"].replace(chr(34), chr(39))}'
            # an answer that goes on over paragraphs of no label of their own, up to the next
            # turn: each opens with a quote mark, the last closes it (as the press quotes)
            following = [f for f in firsts if f > first]
            more = [
                (a, b)
                for a, b in blocks
                if following and last < a < following[0] and a not in turns
            ]
            for a, b in more:
                for i in range(a, b + 1):
                    out[i] = out[i].replace('"', "'")
                out[a] = f'"{out[a]}'
            end = more[-1][1] if more else last
            out[end] = out[end].rstrip() + '"'
            if first == last and not more:
                out[first] = _quoted_turn(who, match["words"])
    return out


# a transcript's section heading in capitals, who speaks in it named in brackets after it:
# "HOMILY (Fr. Jean Zongo)", "CLOSING REMARKS (Mayor Ana Ruiz)"
_SPOKEN_SECTION = re.compile(
    r"^[A-Z]{3,}(?:\s+[A-Z]{2,}){0,3}\s+\((?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})\)$"
)
# a paragraph opening on a recording's time code: "[03:10] This week …"
_TIME_CODED = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?P<words>[A-Z].*)$", re.S)


def _spoken_sections(paragraphs: list[str]) -> list[str]:
    """A transcript in sections, each headed in capitals with who speaks in it in brackets
    ("HOMILY (Fr. Jean Zongo)"), its paragraphs opening on time codes ("[03:10] …"): each
    time-coded paragraph of a section, two at least, is the quote of who speaks in it ("Fr.
    Jean Zongo said: "…""); a note in brackets after the time code ("[23:15] [Transcriber's
    note: …]") is no one's turn and stays as it is, the time code gone.

    >>> _spoken_sections(["HOMILY (Fr. Jean Zongo)", "[03:10] Two men died.",
    ...     "[05:00] Pray for them.", "[07:00] [Note: the tape stops.]"])[1]
    'Fr. Jean Zongo said: "Two men died."'
    """
    out = list(paragraphs)
    heads = [i for i, p in enumerate(paragraphs) if _SPOKEN_SECTION.match(p.strip())]
    for head in heads:
        who = _SPOKEN_SECTION.match(paragraphs[head].strip())["who"]
        end = len(paragraphs)
        for i in range(head + 1, len(paragraphs)):
            if i in heads or (paragraphs[i].isupper() and not _TIME_CODED.match(paragraphs[i])):
                end = i
                break
        coded = [i for i in range(head + 1, end) if _TIME_CODED.match(paragraphs[i])]
        if len(coded) < 2:
            continue
        for i in range(head + 1, end):
            out[i] = re.sub(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?=\[)", "", out[i])
        for i in coded:
            out[i] = _quoted_turn(who, _TIME_CODED.match(paragraphs[i])["words"])
    return out


# a transcript's turn labelled in capitals, the speaker's office and name after a comma:
# "SECRETARY OF DEFENCE, ANA RUIZ: …", "PRESIDENT: …", "REPORTER (Radio Sur): …"
_CAPITAL_TURN = re.compile(
    r"^(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ’'.-]*(?:\s+[A-ZÀ-Þ’'.-]+){0,7})"
    r"(?:,\s+(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ’'.-]*(?:\s+[A-ZÀ-Þ’'.-]+){0,4}))?"
    r"(?:\s+\([^()]{1,60}\))?:\s+(?P<words>\S.*)$",
    re.S,
)
# a heading's or a note's label in capitals, no one's turn
_NOT_A_TURN = re.compile(
    r"^(?:UPDATE|NOTE|NB|CORRECTION|EDITOR’S NOTE|EDITOR'S NOTE|SOURCE|SOURCES|SUBJECT|RE|"
    r"TO|FROM|CC|DATE|TIME|PLACE|LOCATION|SUMMARY|TOTAL|TOTALS|BREAKING|URGENT|ALERT|FLASH)$"
)


def _capital_turns(paragraphs: list[str]) -> list[str]:
    """A transcript whose turns are labelled in capitals ("PRESIDENT: …", "SECRETARY OF
    DEFENCE, ANA RUIZ: …"), three turns of two speakers at least: a turn that goes on over
    paragraphs of no label of their own (up to the next turn, a note in brackets or a
    heading in capitals) is, paragraph by paragraph, the quote of whom the label names (the
    name after the comma, else the office); its sentences that give another's word stay out
    of the quote.

    >>> _capital_turns(["CHAIR: Go on.", "MINISTER, ANA RUIZ: Thank you.",
    ...     "Two soldiers died in Kalla.", "CHAIR: Thank you."])[2]
    'Ana Ruiz said: "Two soldiers died in Kalla."'
    """
    turns = {}
    for i, paragraph in enumerate(paragraphs):
        match = _CAPITAL_TURN.match(paragraph.strip())
        if match and not _NOT_A_TURN.match(match["label"]):
            turns[i] = match
    # (turns read already as quotes, "President said: "…"", count as the transcript's too)
    quoted = {
        i: m[1]
        for i, p in enumerate(paragraphs)
        if (m := re.match(r"^([A-Z][^\"]{0,80}?),? said: \"", p))
    }
    speakers = [m["label"] for m in turns.values()] + list(quoted.values())
    if not turns or len(speakers) < 3 or len({w.casefold() for w in speakers}) < 2:
        return paragraphs
    out = list(paragraphs)
    for first, match in turns.items():
        more = []
        for i in range(first + 1, len(paragraphs)):
            text = paragraphs[i].strip()
            if i in turns or i in quoted or text.startswith(("(", "[")) or text.isupper():
                break
            more.append(i)
        if not more or not match["name"]:
            continue  # (a label naming an office alone, "PRESIDENT:", is read elsewhere)
        who = " ".join(w.capitalize() for w in match["name"].split())
        out[first] = _quoted_turn(who, match["words"])
        for i in more:
            out[i] = _quoted_turn(who, paragraphs[i].strip())
    return out


def _quoted_turn(who: str, words: str) -> str:
    """A speaker's turn as their quote ("Ruiz said: "…""), but for its sentences that give
    another's word ("The radio said seven dead."), left out of the quote so that whoever
    they name is their speaker.

    >>> _quoted_turn("Ruiz", "We buried two. The army said five died. We pray.")
    'Ruiz said: "We buried two." The army said five died. Ruiz said: "We pray."'
    """
    parts: list[tuple[bool, list[str]]] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", words.replace('"', "'")):
        own = not _RELAYS_WORD.search(sentence)
        if parts and parts[-1][0] == own:
            parts[-1][1].append(sentence)
        else:
            parts.append((own, [sentence]))
    return " ".join(
        f'{who} said: "{" ".join(sentences)}"' if own else " ".join(sentences)
        for own, sentences in parts
    )


# a sentence that gives another's word: "The radio said …", "X boast that …", "according to …"
_RELAYS_WORD = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|reported|reports|announced|announces|announce|claimed|"
    r"claims|boast|boasts|boasted|according\s+to|asks\s+us|asked\s+us|posted|wrote|writes)\b"
)


def _participants(lines: list[str], turns: dict[int, tuple[int, re.Match[str]]]) -> list[str]:
    """A group discussion's transcript whose participants speak under a code and a name in
    brackets ("P2 (Hawa, 41): They took six girls …"), three of them at least: each turn is
    the quote of its participant, by code and name ("P2 (Hawa) said: "…""); the facilitator's
    turns stay as they are.

    >>> out = _participants(["P1 (Amna, 56): They came at night.", "",
    ...     "P2 (Hawa): Two men died.", "", "P3 (Zahra, 19): We ran."],
    ...     {0: (0, _NAMED_TURN.match("P1 (Amna, 56): They came at night.")),
    ...      2: (2, _NAMED_TURN.match("P2 (Hawa): Two men died.")),
    ...      4: (4, _NAMED_TURN.match("P3 (Zahra, 19): We ran."))})
    >>> out[2]
    'P2 (Hawa) said: "Two men died."'
    """
    coded = {
        first: (last, match)
        for first, (last, match) in turns.items()
        if _PARTICIPANT_CODE.match(match["label"])
        and match["aside"]
        and re.match(r"[A-Z][a-z]", match["aside"])
    }
    if len({match["label"] for _, match in coded.values()}) < 3:
        return lines
    out = list(lines)
    for first, (last, match) in coded.items():
        name = match["aside"].split(",")[0].strip()
        for i in range(first + 1, last + 1):
            out[i] = out[i].replace('"', "'")
        out[first] = f'{match["label"]} ({name}) said: "{match["words"].replace(chr(34), chr(39))}'
        out[last] = out[last].rstrip() + '"'
    return out


def _untitled(label: str) -> list[str]:
    """The words of a record's label or name after the titles that open it."""
    words = label.split()
    while len(words) > 1 and _RECORD_TITLE.match(words[0]):
        words = words[1:]
    return words


def _record_key(turn: re.Match[str]) -> str:
    """Who speaks a record's turn: the last word of the name in brackets or of the label."""
    return (turn["named"] or turn["label"]).split()[-1].strip(".").casefold()


# a teletext index line: a page's number, then its headline ("104 Nine labourers killed in
# Kharan")
_INDEX_LINE = re.compile(r"^\s*(?P<page>[1-8]\d\d)\s+[A-Z][^.!?]{2,60}$")


def _page_index(lines: list[str], removed: list[str]) -> list[str]:
    """Lines without a teletext index: three or more lines running, each a page's number,
    higher each time, then its headline — headlines of the pages, told in them.

    >>> removed = []
    >>> _page_index(["HEADLINES", "104 Nine killed in Kharan", "105 Three held",
    ...     "301 Cricket: Quetta win", "Next page"], removed)
    ['HEADLINES', 'Next page']
    >>> _page_index(["104 Nine killed in Kharan", "105 Three held"], [])
    ['104 Nine killed in Kharan', '105 Three held']
    """
    drop: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        match = _INDEX_LINE.match(line)
        if match and (
            not run or int(match["page"]) > int(_INDEX_LINE.match(lines[run[-1]])["page"])
        ):
            run.append(i)
            continue
        if len(run) >= 3:
            drop.update(run)
        run = [i] if match else []
    removed += [lines[i].strip() for i in sorted(drop)]
    return [line for i, line in enumerate(lines) if i not in drop]


def _paragraphs(lines: list[str]) -> list[str]:
    """Non-empty paragraphs, wrapped lines joined."""
    width = _wrap_width(lines)
    whole = " ".join(lines).casefold()  # a hyphenated word written whole elsewhere is kept
    words = set(re.findall(r"[a-z]+", whole))
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
            continue
        previous = lines[i - 1]
        hyphen = re.search(r"([A-Za-z0-9]+)-$", current)
        if hyphen and re.match(r"[A-Za-z]", line) and not re.search(r"\s-$", current):
            after = re.match(r"[A-Za-z]+", line).group()
            kept = f"{hyphen.group(1)}-{after}".casefold()
            if f"{hyphen.group(1)}{after}".casefold() in words:
                current = current[:-1] + line  # "kil-" / "led": "killed", written whole elsewhere
            elif (
                after[0].isupper()  # "pro-" / "Kabul"
                or hyphen.group(1).casefold() in KEPT_HYPHEN_PREFIXES
                or hyphen.group(1).casefold() in TENS  # "twenty-" / "five"
                or after in KEPT_HYPHEN_SUFFIXES
                or hyphen.group(1).isdigit()
                or re.match(r"[A-Za-z]+-[A-Za-z]", line)  # "Logone-" / "et-Chari"
                or kept in whole
            ):
                current += line
            else:
                current = current[:-1] + line
        elif _continues(previous, line, width):
            current += " " + line
        else:
            paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    # a page's footer dropped in mid-sentence ("… damaged" / "Page 3 of 11" / "at least 12
    # homes"): the sentence goes on across it
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and (
            re.match(r"[a-z]", paragraph)
            and not FIELD_KEY.match(paragraph)
            # (on an acronym after a word of the sentence too: "… according to UN" / "sources.")
            and re.search(r"[a-z,]$|\b[a-z]+\s+[A-Z]{2,8}$", joined[-1])
            and not _column_row(joined[-1])  # a book's row, a note typed under it
            or re.match(r"[A-Z][a-z]", paragraph)
            and _OPEN_END.search(joined[-1])  # "… a claim came through its" / footer / "Amaq …"
            or _speaker_broken(joined[-1], paragraph)
        ):
            joined[-1] += " " + paragraph
        elif joined and re.match(r"[a-z]", paragraph) and re.search(r"[a-z]-$", joined[-1]):
            joined[-1] = joined[-1][:-1] + paragraph  # "11 sus-" / page footer / "pects arrested"
        else:
            joined.append(paragraph)
    return joined


# a sentence begun at a paragraph's end on a body's or a person's name, no verb yet ("… and 3
# injured. The 5th Infantry (Lion) Brigade" / "Division said 4 …", "… medical director Dr
# Amina" / "Bello told us …"): the name's last word and its speaking verb on the next line
_SPEAKER_TAIL = re.compile(
    r"[.!?]\s+(?:The\s+)?(?:[A-Z0-9][\w'’.-]*|\([A-Z][\w'’ -]{1,30}\)|of|and|the|[a-z]+)"
    r"(?:\s+(?:[A-Z0-9][\w'’.-]*|\([A-Z][\w'’ -]{1,30}\)|of|and|the|medical|district|"
    r"general|provincial|regional|chief|director|spokes(?:man|woman|person)|commander|officer|"
    r"official)){1,7}$"
)
# (the name's last two or three words too: "… The Delta State" / "Police Command said …")
_SPEAKING_HEAD = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:of|de|del)\s+[A-Z][\w'’-]+|(?:\s+[A-Z][\w'’-]+){1,2})?\s+"
    r"(?:said|says|told|informed|reported|stated|announced|confirmed)\b"
)


# the name's last words and an adverb of when before the verb: "Defense Force first said …",
# "Relief Committee later reported …"
_SPEAKING_HEAD_ADVERB = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:first|initially|later|now|also|earlier)\s+"
    r"(?:said|says|told|informed|reported|stated|announced|confirmed)\b"
)


def _speaker_broken(previous: str, paragraph: str) -> bool:
    """Whether a paragraph goes on the one above across a wrapped line that broke a speaker's
    name: the one above ends on a sentence begun with a name and no verb (after a full stop),
    and this one opens on the name's last word and a verb of speaking.

    >>> _speaker_broken("Police said 2 were hurt. The 5th Infantry (Lion)",
    ...                 "Brigade said 4 militants were killed.")
    True
    >>> _speaker_broken("Police said 2 were hurt.", "Brigade said 4 militants were killed.")
    False
    >>> _speaker_broken("SECURITY INCIDENTS", "Police said 4 militants were killed.")
    False
    >>> _speaker_broken("A shell fell at noon. The Kibo Youth", "Relief Committee first said 3 "
    ...                 "died.")
    True
    >>> _speaker_broken("Troops killed 4. The Islamic", "State wrote on its channels that …")
    True
    """
    return bool(
        _SPEAKER_TAIL.search(previous)
        and (
            _SPEAKING_HEAD.match(paragraph)
            or _SPEAKING_HEAD_ADVERB.match(paragraph)
            or _WRITING_HEAD.match(paragraph)
        )
    )


# the name's last word and a verb of writing or claiming: "… The Islamic" / "State wrote on its
# channels that …", "Front claimed …"
_WRITING_HEAD = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:wrote|writes|claimed|claims|posted|posts|"
    r"tweeted)\s+"
    r"(?:on|in|that|to)\b"
)


# a line ending on a word that needs one after it ("… fled west of" / "Tessit."; "… the
# army's spokesman told" / "AFP that …": whom a source told)
_OPEN_END = re.compile(
    r"\b(?:of|the|a|an|its|their|his|her|to|near|in|on|at|by|from|with|and|between|towards|"
    r"told|telling|informed|that)$"
)


# a heading naming a place and a day, in capitals: "KIWANJA · 16 AUGUST", "BAMBO — 9 AUG"
_PLACE_DAY_HEADING = re.compile(
    r"^[A-Z][A-Z'’. -]{1,40}\s[·•|—–]\s\d{1,2}\s+[A-Z]{3,9}(?:\s+\d{4})?$"
)


# a title at a line's end with no sentence ended ("… before dawn. Sector commander"), and a
# line that opens on a rank or a name ("Col. Ana Ruiz: five soldiers killed …")
_TITLE_WRAPPED = re.compile(
    r"(?:^|[^.!?:;]\s)(?:[A-Za-z]+\s+)?(?:commander|spokes(?:man|woman|person)|official|officer|"
    r"chief|governor|administrator|mayor|director)$"
)
_RANKED_LINE = re.compile(
    r"(?:(?:Col|Gen|Maj|Capt|Lt|Brig|Sgt|Cdr|Insp|Supt|Cpl)\.\s+|(?:Colonel|General|Major|"
    r"Captain|Lieutenant|Brigadier|Sergeant|Inspector|Superintendent)\s+)?[A-Z][\w'’-]+\s+"
    r"[A-Z][\w'’-]+"
)

# a ranked or titled person's name broken after the given name: "…, Captain Antony" /
# "Mualushayi, gave a toll …" (the surname, then the comma closing the apposition)
_RANKED_NAME_BROKEN = re.compile(
    r",\s+(?:(?:Col|Gen|Maj|Capt|Lt|Brig|Sgt|Cdr|Insp|Supt|Cpl|Dr|Mr|Mrs|Ms)\.?|Colonel|"
    r"General|Major|Captain|Lieutenant|Brigadier|Sergeant|Inspector|Superintendent|Doctor|"
    # (an honorific before the name: "…, Alhaji Sani" / "Usman, says …")
    r"Alhaji|Alhaja|Hajiya|Mallam|Malam|Sheikh|Shaikh|Imam|Pastor|Haji|Ustaz)\s+"
    r"[A-Z][a-z]+$"
)


# a rank or title alone at a line's end after a comma, its holder's name on the next line
_RANK_BROKEN = re.compile(
    r",\s+(?:Colonel|General|Major|Captain|Lieutenant|Brigadier|Sergeant|Inspector|"
    r"Superintendent|Commissioner|Commander|Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Col\.|Gen\.|"
    r"Maj\.|Capt\.|Lt\.|Sheikh|Alhaji|Pastor|Father|Fr\.)$"
)


# a row of a book or register set in columns: four or more cells parted by runs of spaces
# ("09/03  20:00  Hajiya Sadiya  12  Hall  N40,000  CANCELLED")
_COLUMN_ROW = re.compile(r"^\s*\S+(?:\s\S+)*(?:\s{2,}\S+(?:\s\S+)*){3,}\s*$")


def _column_row(line: str) -> bool:
    """Whether a line is a row of columns (four cells or more, two spaces or more between):
    a paragraph of its own, neither going on the line above nor going on below (a note typed
    under a row is no part of it).

    >>> _column_row("09/03  19:30  Okafor   6    T4      N15,000    came")
    True
    >>> _column_row("note: the police said  three were killed."), _column_row("a b c d e")
    (False, False)
    """
    return bool(_COLUMN_ROW.match(line))


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` goes on the paragraph ``previous`` ended (see the module)."""
    if _column_row(previous) or _column_row(line):
        return False
    if FIELD_KEY.match(line):
        return False  # a form export's "security/ki_statement: …": a field of its own
    if re.match(r"\[\d{1,2}:\d{2}(?::\d{2})?\]\s+\S", line):
        return False  # a transcript's "[00:09:15] T1: …": a time code opens a turn of its own
    if _PLACE_DAY_HEADING.match(previous.strip()):
        return False  # a callout's "KIWANJA · 16 AUGUST" over its first line: a heading
    if not _SENTENCE_END.search(previous) and re.match(r"[a-z0-9(]", line):
        return True
    if (
        previous.endswith(":")
        and re.search(
            r"\b(?:quoted|quotes|said|says|told|reported|reports|stated|wrote|writes)\b"
            r"[^.!?]*:$",
            previous,
        )
        and re.match(r"\d[\d,]*\s+[a-z]{2,}", line)
    ):
        return True  # "… quoted the police spokesman, SP Ali Musa:" / "7 people died …"
    if re.search(r"\bthat(?:\s+[a-z]+){0,5}$", previous) and re.match(r"[\"“‘][a-z]{2,}\s", line):
        # "… put on Facebook that their fighters" / '"neutralised 11 soldiers"': the words
        # quoted after "that", in lower case, go on its clause
        return True
    if re.search(r"\s[a-z]{2,}$", previous) and re.match(r"[\"“‘]\d", line):
        return True  # "… said it had killed" / '"20 soldiers …"': the object quoted, wrapped
    if re.search(
        r"\s(?:killed|wounded|injured|kidnapped|abducted|captured)$", previous
    ) and re.match(
        r"[\"“‘](?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
        r"several|scores?|[a-z]+teen|twenty|thirty|forty|fifty)\s",
        line,
    ):
        return True  # "… it killed" / '"seven military"': the count in words, quoted, wrapped
    if re.search(r"[a-z0-9)];$", previous) and re.match(r"[a-z]{2,}\s", line):
        return True  # "… toll now 3 dead;" / "one of the injured died …": one sentence
    if re.search(r"[a-z0-9)];$", previous) and re.match(r"\d[\d,]*\s+[a-z]{2,}\s", line):
        return True  # "… told us that a bus was attacked;" / "11 passengers were killed …": one
    if re.search(r"\s\([A-Z][A-Za-z]?[A-Z]{1,7}\)$", previous) and re.match(r"[a-z]", line):
        return True  # "… fighters of Al-Qaida in the Arabian Peninsula (AQAP)" / "attacked …"
    if re.search(r"\w[\"”]$", previous) and re.match(r"[a-z]", line):
        return True  # '… had repelled "a complex attack"' / "on the position, …": one sentence
    if _OPEN_END.search(previous) and re.match(r"[A-Z\"']|[“‘][A-Za-z]", line):
        return True  # ('… said in a statement that' / '"terrorists" had killed …' likewise)
    if re.search(
        r"\s(?:since|of|the|in|on|at|to|from|by|with|and|for|than|into|between|during|near|"
        r"until|after|before)$|"
        # ("… of the valley. In" / "April the collective found …": a sentence opening on its
        # preposition goes on)
        r"[.!?]\s+(?:In|On|At|From|By|During|Since|Until|After|Before|Near)$",
        previous,
    ) and re.match(r"[A-Z][a-z]", line):
        return True  # "… killed in the region since" / "January.": no sentence ends on "since"
    if (
        len(previous) >= 40
        and re.search(r"[a-z]['’]s$", previous)
        and re.match(r"[A-Z][a-z]", line)
    ):
        return True  # "… The local People's" / "Defence Force put …": a possessive needs its noun
    if re.search(r"[a-z],$", previous) and re.match(r"[A-Z][a-z]+\s+[A-Z][\w'-]+", line):
        return True  # "The tribal sheikh of the clan," / "Sheikh Ali Hassan, told …": one sentence
    if re.search(r"[a-z],$", previous) and re.match(
        r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|told|tells|reported|reports|added|"
        r"stated|claimed|confirmed)\b",
        line,
    ):
        return True  # "… came under attack," / "ISPR said. …": the sentence's speaker wrapped
    if re.search(r"\s[A-Z][\w'’.-]*,$", previous) and re.match(
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4},\s+(?:said|says|told|tells|reported|added|"
        r"stated|claimed|confirmed)\b",
        line,
    ):
        return True  # "… The Police PRO," / "ASP Ali Musa, said …": the title's holder wrapped
    if re.search(r"\s[a-z]{2,},?\s+\d{1,4}$", previous) and re.match(r"[A-Z][a-z]+\s", line):
        return True  # "… two drivers and 01" / "Levies sepoy …": a count, then what it counts
    if re.search(
        r"\s[a-z]{2,}\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$",
        previous,
    ) and re.match(r"[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+){0,2}[a-z]{3,}\b", line):
        return True  # "… said six" / "Boko Haram fighters were …": the count in words, then
        # what it counts, capitalised as a group's name is
    if _TITLE_WRAPPED.search(previous) and _RANKED_LINE.match(line):
        return True  # "… Sector commander" / "Col. Ana Ruiz: …": the title's holder wrapped
    if _RANKED_NAME_BROKEN.search(previous) and re.match(r"[A-Z][\w'’-]+,\s", line):
        return True  # "…, Captain Antony" / "Mualushayi, gave …": the name broken
    if _RANK_BROKEN.search(previous) and re.match(
        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+(?:[a-z]+\s+){0,2}(?:said|says|told|added|"
        r"reported|confirmed|stated|gave|put)\b",
        line,
    ):
        return True  # "…, Colonel" / "Ana María Ruiz, said …": the rank, the name on the next line
    if width is None:
        return False
    if (
        len(previous) >= 0.8 * width
        and re.search(
            r"\s(?:of|in|at|near|from|to)\s+[A-Z][\w'’-]+$|"
            # ("… he is at Kaura Namoda" / "General Hospital.": a place's name of two words)
            r"\s(?:in|at|near|from|to)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$",
            previous,
        )
        and re.match(r"[A-Z][a-z]+\s", line)
    ):
        return True  # "… The Commissioner of Tonj" / "East County put …": a name wrapped
    first = line.split()[0]
    return len(previous) + 1 + len(first) > width


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None when it was not.

    >>> _wrap_width(["a" * 70, "b" * 68, "c" * 69, "d" * 20, ""]), _wrap_width(["x" * 300])
    (70, None)
    """
    # a header or footer set in columns ("RPSO Monitor No. 14      Page 3 of 11") or parted by
    # bars is no text line (and a rule of dashes is none either)
    lines = [
        line
        for line in lines
        if not re.search(r"\S\s{4,}\S|\s\|\s", line)  # ("Update No. 118 | Reporting period …")
        # (nor a table's rule with its joints, "------+-------+----")
        and not re.fullmatch(r"\s*(?:[-_=*~.·]{5,}|[-=]+(?:[+|][-=]+)+[+|]?)\s*", line)
    ]
    followed = [a for a, b in zip(lines, lines[1:], strict=False) if a and b]
    if len(followed) < 2:
        return None
    width = max(len(line) for line in lines)
    if width > 160:
        return None
    full = [line for line in followed if len(line) >= 0.75 * width]
    return width if len(full) >= max(2, len(followed) // 2) else None


def _letterhead(line: str) -> bool:
    """A line of a letterhead: a body's name in capitals, no figure, no title's verb.

    >>> _letterhead("NIGERIA POLICE FORCE"), _letterhead("POLICE KILL 3 BANDITS IN KANO")
    (True, False)
    """
    return bool(_ISSUER_UNDER.match(line)) and line.isupper() and not _TITLE.search(line)


# a body's own unit, by the last word of its name: "… Provincial Chapter", "… Department"
_UNIT_NAME = re.compile(
    r"(?i)\b(?:department|chapter|branch|division|section|unit|programme|program|wing)$"
)
# a person's title or a team, no body: "Operations Coordinator", "Press Officer"
_PERSON_TITLE = re.compile(
    r"(?i)^(?:the\s+)?(?:[a-z]+\s+){0,3}(?:coordinator|officer|manager|director|secretary|"
    r"spokesperson|spokesman|spokeswoman|chair(?:man|woman|person)?|editor|head|team|staff)$"
)


# a body's name over a page, then its initials in brackets: "Jabal al-Arab Documentation
# Network (JADN)", "Centre for Civilians in Conflict (CIVIC)"
_NAME_WITH_INITIALS = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*|of|for|and|the|on|in|"
    r"al|el|de|du|des|la|le)){1,8})\s+\((?P<initials>[A-Z]{2,8})\)$"
)


def _named_with_initials(head: list[str]) -> str | None:
    """The body named on a page's first line with its initials after it, the letters of its
    name's words in capitals ("al-Arab" gives its "A"), as the page's issuer.

    >>> _named_with_initials(["Coastal Rights Monitoring Group (CRMG)", "Report"])
    'Coastal Rights Monitoring Group'
    >>> _named_with_initials(["Police Kill Three (PKT)"])
    >>> _named_with_initials(["Fighting In Town (XYZ)"])
    >>> _named_with_initials(["COASTAL MISSION IN KIBO (CMK)", "Update"])
    'COASTAL MISSION IN KIBO'
    """
    match = _NAME_WITH_INITIALS.match(head[0]) if head else None
    if not match:
        return None
    letters = "".join(
        part[0] for word in match["name"].split() for part in word.split("-") if part[:1].isupper()
    )
    # a name in capitals gives its small words capitals too ("MISSION IN AFGHANISTAN"): its
    # initials skip them
    small = re.compile(r"(?i)of|for|and|the|on|in|al|el|de|du|des|la|le")
    bare = "".join(
        part[0]
        for word in match["name"].split()
        if not small.fullmatch(word)
        for part in word.split("-")
        if part[:1].isupper()
    )
    if match["initials"] not in (letters, bare) or _TITLE.search(match["name"]):
        return None
    return match["name"]


def _with_letterhead(head: list[str], issuer: str | None) -> str | None:
    """The issuer named with the body of the letterhead atop the page (its first line, a
    body's name in capitals) when the issuer found is a unit of that body or a person's
    title: "KENYA REVENUE AUTHORITY" over "CUSTOMS DEPARTMENT" speaks as the Authority's
    department, a review "Prepared by: Operations Coordinator" under "SPINGHAR AMBULANCE
    SERVICE" as the service; a unit named right under the body ("Agricultural Development
    Programme — Situation Note") joins the body found.

    >>> _with_letterhead(["KENYA REVENUE AUTHORITY", "CUSTOMS DEPARTMENT"], "Customs Department")
    'Kenya Revenue Authority - Customs Department'
    >>> _with_letterhead(["RIVER AMBULANCE SERVICE", "Review"], "Operations Coordinator")
    'River Ambulance Service'
    >>> _with_letterhead(["STATE MINISTRY OF WATER", "Borehole Programme — Note No. 3"],
    ...                  "State Ministry Of Water")
    'State Ministry Of Water - Borehole Programme'
    >>> _with_letterhead(["WATER USERS’ ALLIANCE – KENYA", "Statement"], "Country Director")
    'Water Users’ Alliance – Kenya'
    >>> _with_letterhead(["Gunmen killed two drivers.", "X"], "Operations Coordinator")
    'Operations Coordinator'
    """
    if not issuer or not head:
        return issuer
    top = head[0]
    if not (
        top.isupper()
        # (a body's chapter after an en or em dash as after a hyphen: "ALLIANCE – MOZAMBIQUE")
        and _ISSUER_UNDER.match(re.sub(r"\s[–—]\s", " - ", re.sub(_ACRONYM, "", top)))
        # (its initials' digit no title's number: "RETOUR, RÉCLAMATION ET RÉHABILITATION (3R)")
        and not _TITLE.search(re.sub(_ACRONYM, "", top))
        and 2 <= len(top.split()) <= 8
    ):
        return issuer
    body = _capitalised(top)
    if body.casefold() == issuer.casefold():
        under = _NAME_PARTS.split(head[1])[0].strip() if len(head) > 1 else ""
        if (
            under != head[1]
            and _UNIT_NAME.search(under)
            and _TITLED_BODY.fullmatch(under)
            and len(under.split()) <= 6
        ):
            return f"{body} - {under}"
        return issuer
    if _PERSON_TITLE.match(issuer):
        return body
    if _UNIT_NAME.search(issuer) and issuer.casefold() in " ".join(head[1:3]).casefold():
        return f"{body} - {issuer}"
    return issuer


def _issuer(lines: list[str], removed: list[str]) -> tuple[list[str], str | None, str | None]:
    """A press release's or a group statement's issuer, its header lines dropped."""
    if any(_SECRETARY_GENERAL_REPORT.match(line.strip()) for line in lines[:16]):
        # a United Nations report under its symbol and distribution lines ("Report of the
        # Secretary-General"): the paragraphs that quote nobody are the Secretary-General's
        return lines, "Secretary-General", "official"
    head = [(i, line.strip()) for i, line in enumerate(lines[:8]) if line.strip()]
    if head and _UN_SYMBOL.match(head[0][1]):
        # a United Nations document under its symbol whose writer names itself ("The Panel
        # notes …", three times or more): the paragraphs that quote nobody are that body's
        bodies = Counter(re.sub(r"\s+", " ", m["body"]) for m in _UN_SELF.finditer(" ".join(lines)))
        if bodies and bodies.most_common(1)[0][1] >= 3:
            return lines, bodies.most_common(1)[0][0], "official"
    if len(head) > 1 and _POST_AUTHOR.match(head[0][1]) and _POST_AGE.match(head[1][1]):
        # a post on a social or professional network: "Ana Ruiz • Country Director, Relief
        # Partners" over "2d • Edited": its author speaks in it
        removed += [head[0][1], head[1][1]]
        author = _POST_AUTHOR.match(head[0][1])["name"]
        return (
            [x for j, x in enumerate(lines) if j not in (head[0][0], head[1][0])],
            author,
            "civil",
        )
    network = _NAMED_MONITOR.match(head[0][1]) if len(head) > 1 else None
    if network and _MONITOR_TITLE.search(head[1][1]):
        # "RÉSEAU DÉSERT VIGILANCE (RDV) — Niamey / Agadez" over "Migration route monitoring:
        # incident log": the body's own log, in its voice where it quotes nobody
        org = network["org"].strip()
        org = _capitalised(org) if org.isupper() else org
        return lines, f"{org} ({network['acr']})", "civil"
    if len(head) > 1 and _CAPS_BODY_NAME.match(head[0][1]) and _PUBLICATION_KIND.match(head[1][1]):
        # "COASTAL RIGHTS WATCH" over "Research briefing | Index: … | 12 March 2026": the
        # body's own publication, in its voice where it quotes nobody
        return lines, _capitalised(head[0][1]), "civil"
    running = _RUNNING_HEAD.match(head[0][1]) if head else None
    # (the head of the first page alone, its page number at the line's end: "Sahel Rights
    # Observatory – Quarterly Bulletin Q2 2026      7", the paste's first line)
    if running:
        # "Monitoring Collective for Human Rights in Nicaragua      Quarterly Report III -
        # 2026      12", atop each page of a PDF paste: the body's own report, in its voice
        # where it quotes nobody
        return lines, running["org"], "civil"
    centre = _NAMED_CENTRE.match(head[0][1]) if len(head) > 1 else None
    if centre and (_DATABASE_TITLE.search(head[1][1]) or _MONITOR_TITLE.search(head[1][1])):
        # "Yoma Conflict Research Centre" over "INCIDENT DATABASE - EXTRACT": the body's own
        # extract, in its voice where it quotes nobody
        return lines, centre["org"], "civil"
    mandates = _MANDATES.match(head[0][1]) if head else None
    if mandates:
        # "Mandates of the Special Rapporteur on …; the Working Group on …": the mandate
        # holders' letter, in their own voice where it quotes nobody
        return lines, mandates["title"].title(), "official"
    thread = _THREAD_POSTER.match(head[0][1]) if head else None
    if thread:
        removed.append(head[0][1])
        return [x for j, x in enumerate(lines) if j != head[0][0]], thread["name"], "civil"
    posts = [(i, _FEED_POST.match(line.strip())) for i, line in enumerate(lines)]
    posts = [(i, m["name"].strip()) for i, m in posts if m]
    if len(posts) > 1 and len({name for _, name in posts}) == 1:
        # a page's posts, each under the one name that posts them: that body speaks in them
        org = posts[0][1]
        drop = {i for i, _ in posts} | {i for i, x in head[:1] if x == org}
        removed += [lines[j].strip() for j in sorted(drop)]
        kind = "official" if _STATE_BODY.search(org) else "civil"
        return [x for j, x in enumerate(lines) if j not in drop], org, kind
    for n, (i, line) in enumerate(head):
        mail_head = n > 0 and all(_MAIL_FIELD.match(lines[j]) for j, _ in head[:n])
        piped = _RELEASE_PIPED.match(line) or (
            _AUTHOR_PIPED.match(line)
            if n == 0
            else _AUTHOR_DASHED.match(line)
            if mail_head
            else None
        )
        series = _AUTHOR_SERIES.match(line) if n == 0 else None
        if series:
            # "YORA | Yemeni Observatory for Rights and Accountability   Documentation Series
            # 04/2025": a body's own publication, in its voice
            removed.append(line)
            org = f"{series['full']} ({series['short']})"
            return [x for j, x in enumerate(lines) if j != i], org, "civil"
        if piped:  # "PRESS RELEASE | Relief Aid International | Geneva, 3 May 2025"
            removed.append(line)
            org = piped["org"].title() if piped["org"].isupper() else piped["org"]
            return [x for j, x in enumerate(lines) if j != i], org, "official"
        if _PRESS_RELEASE.match(line):
            # the issuer's name above "PRESS RELEASE", or right under it when it opens the text
            # (under an editor's note in brackets too: "[Translated from Spanish …]")
            # (a note in brackets wrapped over lines: "[Translated … by the assembly of the" /
            # "ejido, photographed …]")
            opens = (
                n == 0
                or all(_EDITOR_NOTE.match(x) for _, x in head[:n])
                or bool(_EDITOR_NOTE.match(" ".join(x for _, x in head[:n])))
            )
            under = head[n + 1] if opens and n + 1 < len(head) else None
            if under is not None and not (
                _ISSUER_UNDER.match(under[1]) and not _TITLE.search(under[1])
            ):
                under = None
            above = n - 1
            if above > 0 and _REFERENCE_LINE.match(head[above][1]):
                above -= 1  # "No. 1187/PRO   Dated: 14-02-2025": the name above the reference
            if above > 0 and _ADDRESS.search(head[above][1]):
                above -= 1  # the address under the letterhead's name: the name above it
            if above > 0 and _HEAD_TITLE.match(head[above][1]) and head[above - 1][1].isupper():
                above -= 1  # "MINISTRY OF COMMUNICATION" / "The Minister": the body, not the title
            if opens:
                name = under[1] if under else None
                drop = {i}
            else:
                name = head[above][1]
                drop = {i, head[above][0], head[n - 1][0]}
            if n and above > 0 and name and _OWN_OFFICE.match(name):
                # "Ministry of Justice – Iraqi Correctional Service" / "Media Office": the office
                # of the body named above it (the last of a letterhead's bodies)
                body = re.split(r"\s+[–—-]\s+", head[above - 1][1])[-1]
                name = f"{body} {name}"
                drop.add(head[above - 1][0])
            drop |= {under[0]} if under else set()
            # a letterhead over the issuer ("NIGERIA POLICE FORCE" / "KATSINA STATE POLICE
            # COMMAND" / "PRESS RELEASE"): every name line above it is the letterhead
            drop |= {j for j, x in head[: max(above, 0)] if _letterhead(x)}
            acronym = None
            for j, other in head[n + 1 : n + 3]:
                number = _RELEASE_NUMBER.match(other)
                if number:
                    acronym = number.group("acronym")
                    drop.add(j)
            if name and name.isupper():
                name = name.title()
            issuer = f"{name} ({acronym})" if name and acronym else name or acronym
            removed += [lines[j].strip() for j in sorted(drop)]
            return [x for j, x in enumerate(lines) if j not in drop], issuer, "official"
        if n == 0 and len(head) > 1 and _PRESS_KIT.match(line) and _BODY_WORD.search(head[1][1]):
            # "PRESS KIT — “…”" over "Colectivo Madres Buscadoras, A.C.": a press release's
            # sibling, in the voice of the body named under it
            org = head[1][1]
            org = _capitalised(org) if org.isupper() else org
            removed += [line, head[1][1]]
            drop = {i, head[1][0]}
            kind = "official" if _STATE_BODY.search(org) else "civil"
            return [x for j, x in enumerate(lines) if j not in drop], org, kind
        if _MARKET_NOTICE.match(line) and n + 1 < len(head):
            # "ASX / PNGX ANNOUNCEMENT" over "HIGHLANDS AURIC LIMITED (ASX: HAU)": the company's
            company = _LISTED_NAME.match(head[n + 1][1])
            if company:
                name = company["name"].strip()
                removed += [line, head[n + 1][1]]
                drop = {i, head[n + 1][0]}
                name = name.title() if name.isupper() else name
                return [x for j, x in enumerate(lines) if j not in drop], name, "official"
        number = _RELEASE_NUMBER.match(line)
        if number and not any(_PRESS_RELEASE.match(x) for _, x in head):
            # a release number with no "PRESS RELEASE" line: "No PR-123/2025-ISPR"
            removed.append(line)
            return [x for j, x in enumerate(lines) if j != i], number.group("acronym"), "official"
        note = _NOTE_STATEMENT.match(line) if n == 0 else None
        translated = _TRANSLATED_NOTE.match(line) if n <= 1 else None
        if note is None and translated:
            # the same note unbracketed, opening on its translation, under a desk's heading:
            # "Translation from Somali. Statement attributed to al-Shabaab, posted on …"
            note = _NOTE_STATEMENT.match(f"[{line[translated.end() :]}]")
        if note:
            # the group it is affiliated with, not the media outlet that published it
            affiliated = _NOTE_AFFILIATED.search(line)
            note = affiliated or note
            org = note["org"].strip()
            org = f"{org} ({note['short']})" if note["short"] else org
            # its heading ("Statement on the blessed operation in …") is no sentence
            drop = {i} | {j for j, x in head[1:4] if _STATEMENT_ON.match(x)}
            removed += [lines[j].strip() for j in sorted(drop)]
            return [x for j, x in enumerate(lines) if j not in drop], org, "group"
        channel = (_SOURCE_CHANNEL.match(line) or _PRO_CHANNEL.match(line)) if n <= 3 else None
        if channel:
            # a monitor's export of a group's channel: 'Source: Telegram channel "Akhbar …"
            # (pro-ISWAP)': the posts are the group's
            removed.append(line)
            org = channel["org"]
            return [x for j, x in enumerate(lines) if j != i], org, "group"
        message = _MESSAGE_OF.match(line) if n == 0 else None
        if message:
            org = _capitalised(message["org"]) if message["org"].isupper() else message["org"]
            removed.append(line)
            kind = "official" if _STATE_BODY.search(org) else "group"
            if _CIVIL_ROLE.match(line[message.end("org") :]):
                kind = "civil"  # "speech by Ana Ruiz, candidate for mayor of …": a civilian's
            return [x for j, x in enumerate(lines) if j != i], org, kind
        delivered = (
            _DELIVERED_BY.match(line) or _TESTIMONY_OF.match(line) or _ADDRESS_BY_TITLE.match(line)
        )
        if delivered:
            name = (
                delivered.groupdict().get("name")
                # "Statement by the Deputy High Commissioner for Human Rights, Ms. Ana Ruiz": a
                # public office's holder, by the office too ("my Office has documented …")
                # (not "Speech of the Principal (headmistress), Mrs. Ana Ruiz": the person)
                or (
                    f"{delivered['title']} {delivered['titled']}"
                    if delivered.groupdict().get("titled")
                    and _PUBLIC_OFFICE.search(delivered["title"])
                    else None
                )
                or delivered.groupdict().get("titled")
                or delivered.groupdict().get("named")
            )
            acronym = delivered.groupdict().get("acronym")
            issuer = f"{name} ({acronym})" if acronym else name
            removed.append(line)
            # a person's statement before a court speaks for the person, no office
            before = re.search(r"\s(?:before|to)\s+the\s+[A-Z]$", delivered.group())
            kind = "civil" if before else "official"
            return [x for j, x in enumerate(lines) if j != i], issuer, kind
        office = _ADDRESS_BY_OFFICE.match(line) if n <= 3 else None
        if office:
            removed.append(line)
            name = re.sub(r"\s+", " ", office["office"]).title()
            return [x for j, x in enumerate(lines) if j != i], name, "official"
        update = _UPDATE_PIPED.match(line)
        if update:  # its issuer is the field that is no date
            fields = [f.strip() for f in update["fields"].split("|") if f.strip()]
            named = [f for f in fields if not re.search(r"\d", f)]
            if named:
                removed.append(line)
                return [x for j, x in enumerate(lines) if j != i], named[0], "civil"
        started = _STARTED_BY.match(line)
        if started:  # "Started by: Junta de Vecinos, barrio Kibo": the petition's voice
            removed.append(line)
            return [x for j, x in enumerate(lines) if j != i], started["org"].strip(), "civil"
        notice = _NOTICE_FROM.match(line) if n == 0 else None
        if notice:
            org = notice["org"].title() if notice["org"].isupper() else notice["org"]
            removed.append(line)
            return [x for j, x in enumerate(lines) if j != i], org, "civil"
        if n == 0 and len(head) > 1 and _POST_LINE.match(head[1][1]) and _HEADER_NAME.match(line):
            removed += [line, head[1][1]]
            drop = {i, head[1][0]}
            return [x for j, x in enumerate(lines) if j not in drop], line, "civil"
        report = _REPORT_OF.match(line)
        if report:
            org = report["org"].title()
            for _, above in head[:n]:
                # "Standing Committee on Home, Tribal Affairs and Prisons" atop "REPORT OF THE
                # COMMITTEE'S …": the committee by the full name its letterhead gives
                if (
                    len(org.split()) == 1
                    and re.search(rf"\b{re.escape(org)}\b", above)
                    and _NAMED_UNIT.fullmatch(above)
                ):
                    org = above
            return lines, org, "official"
        statement = _STATEMENT.match(line)
        if statement:
            removed.append(line)
            org = (statement.group("org") or statement.group("bracketed")).strip()
            return [x for j, x in enumerate(lines) if j != i], org, "group"
        if (
            (_STATEMENT_ON.match(line) or _STATEMENT_ONLY.match(line))
            and n
            and all(_HEADER_NAME.match(x) for _, x in head[:n])
        ):
            # "Jama'at Nusrat al-Islam wal-Muslimin" / "Statement on the raid at Niono": the
            # name heading the statement issued it; a state body's is an official statement
            org = head[n - 1][1]
            drop = {j for j, _ in head[: n + 1]}
            removed += [x for _, x in head[: n + 1]]
            kind = "official" if _STATE_BODY.search(org) else "group"
            if kind == "group" and _CIVIL_BODY.search(org):
                # "NIAMEY TAXI DRIVERS ASSOCIATION" / "Statement on the attack": a civil
                # body's own statement, not an armed group's
                kind, org = "civil", _capitalised(org) if org.isupper() else org
            return [x for j, x in enumerate(lines) if j not in drop], org, kind
    # a notice signed off at its foot: "Issued by: SAPS KZN Provincial Communication"
    foot = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()][-4:]
    for i, line in foot:
        issued = _ISSUED_BY.match(line)
        if issued:
            removed.append(line)
            return [x for j, x in enumerate(lines) if j != i], issued["org"], "official"
    for _, line in foot[-3:]:
        team = _TEAM_SIGNED.match(line)
        if team:  # "The Lugenda River Camp team": who signs speaks
            org = team["org"] or team["of"]
            return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    for _, line in foot[-2:]:
        signed = _SIGNED_OFF.match(line)
        if signed:  # "(Sgd) Public Affairs Officer, 4th Brigade": who signs speaks
            org = signed["org"]
            if not _BODY_WORD.search(org):
                # "Duty Officer, Operations Room" under "CIVIL DEFENCE DIRECTORATE": a unit
                # with no body's name signs for the body of the letterhead
                org = _letterhead_body(lines) or org
            official = _STATE_BODY.search(line) or _STATE_BODY.search(org)
            if not _BODY_WORD.search(org) and _SIGNED_OFF_PLACE.match(line):
                # "District Veterinary Officer, Kotido" under no body's letterhead: the
                # officer of the place signs, not the place
                org = _SIGNED_OFF_PLACE.match(line)["title"]
            return lines, org, "official" if official else "civil"
    for _, line in head[:6]:
        sender = _SENDER_FIELD.match(line)
        org = sender["org"].strip() if sender else ""
        if sender and (
            _BODY_WORD.search(org)
            or re.search(r"(?i)organi[sz]ation|\([A-Z]{2,8}\)", org)
            # "From: Faskari Community Watch desk": a watch's or a newsroom's desk sends it
            or re.search(r"(?i)\b(?:watch|desk)$", org)
        ):
            # "Applicant: Northern Health Organisation (NHO)": the body that submits speaks (a
            # memo "From: Managing Editor" is a person's, whose staff may speak for themselves)
            return lines, org, "official" if _STATE_BODY.search(org) else "civil"
        if (
            sender
            and _TITLE_OF_PLACE.match(org)
            and any(re.search(r"(?i)\breport\b", x) for _, x in head[:6])
        ):
            # a report "From: Regional supervisor, Bambari": the officer of a place reports
            # (a memo's "From: Managing Editor", with no place, stays a person's)
            return lines, org, "civil"
    for line in lines[:6]:
        keeper = _KEPT_BY.match(line.strip())
        if keeper:  # "Interpreter: Ana Ruiz. Log kept for …": the log's keeper writes it
            return lines, keeper["name"], "civil"
    for line in lines[:12]:
        author = _AUTHOR_LINE.match(line.strip())
        if author:  # "Delivered by Mayor Ana Ruiz at the council", "FINDINGS OF: Coroner X"
            return lines, author["name"], "official"
    for line in [x for x in lines[:12] if x.strip()] + [x for _, x in foot]:
        for part in _FIELD_PARTS.split(line.strip()):
            prepared = _PREPARED_FIELD.match(part)
            if prepared:  # "… | Prepared by: SCC field coordination | …": who prepared it
                return lines, prepared["name"], "civil"
    for line in [x for x in lines[:12] if "|" in x]:
        for part in _FIELD_PARTS.split(line.strip()):
            issued = _ISSUED_BY_BODY.match(part)
            if issued and (issued["acr"] or _BODY_WORD.search(issued["name"])):
                # "Snapshot No. 7 | Issued by the Access Working Group (AWG) | 9 May": the body
                # that issues it speaks where it quotes nobody
                org = issued["name"] + (f" ({issued['acr']})" if issued["acr"] else "")
                return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    for line in lines[:12]:
        ruling = _DELIVERED_ON_BY.match(line.strip())
        if ruling:  # "(delivered on 20 May 2025 by Hon. Ana Ruiz, Chief Magistrate)": hers
            return lines, f"{ruling['title'].strip()} {ruling['name']}", "official"
    opening = " ".join(line.strip() for line in lines[:10])
    translated = _FOLLOWING_TRANSLATION.search(opening)
    if translated:  # "The following is … translation … of the Islamic State": the group's item
        org = translated["org"]
        org = f"{org} ({translated['short']})" if translated["short"] else org
        return lines, org, "group"
    document = _TRANSLATION_OF_DOCUMENT.match(opening)
    if document:  # "[Translation … of a document circulated by the mediation committee]"
        org = document["org"]
        return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    if head and _URGENT_ACTION.match(head[0][1]):
        for _, line in head[1:8]:
            named = _NAME_AND_ACRONYM.match(line)
            if named:  # "URGENT ACTION" … "Red Internacional de Defensores (RID)": its appeal
                return lines, line, "civil"
    announced = _ANNOUNCEMENT_FROM.search(opening)
    if announced:  # "This is an announcement from the elders' committee of …": its voice
        return lines, announced["org"], "civil"
    produced = _PRODUCED_BY.search(opening)
    if produced:  # "This report is produced by OCHA Sudan in collaboration with …": its voice
        org = produced["org"]
        return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    witness = _WITNESS_APPEARED.search(" ".join(line.strip() for line in lines[:14]))
    if witness:  # a hearing's record: "… appeared Mrs. Ana Ruiz, …, who … declared:": hers
        return lines, witness["name"], "civil"
    sworn = _WITNESS_SWORN.search(" ".join(line.strip() for line in lines[:40]))
    if sworn:  # "PW4: ANA RUIZ, …, sworn, states in English:": the answers are hers
        name = _capitalised(sworn["name"]) if sworn["name"].isupper() else sworn["name"]
        return lines, f"{name} ({sworn['number']})", "civil"
    bereaved = _FAMILY_ANNOUNCES.search(opening)
    if bereaved:  # "… the family of the late Ana Ruiz … announces her death": the family's
        return lines, "The family", "civil"
    for line in lines[:6]:
        organiser = _ORGANISED_BY.match(line.strip())
        if organiser:  # a fundraiser's "Organised by Cabildo X · Beneficiary: …": its voice
            return lines, organiser["name"], "civil"
        partner = _IN_PARTNERSHIP.match(line.strip())
        if partner:  # "The Kibo Memory Project, in partnership with the X gallery": the first
            return lines, partner["name"], "civil"
    for line in lines[:3]:
        head_line = _THREAD_HEAD.match(line.strip())
        if head_line:  # "Ana Ruiz (@anaruiz) · thread · 3 March": the author's own voice
            return lines, head_line["name"], "civil"
        thread = _THREAD_BY.match(line.strip())
        if thread:  # "Thread by @amina_law (Amina Yusuf, lawyer)": the author's own voice
            name = thread["name"] or thread["plain"] or thread["handle"]
            return lines, name, "civil"
    for _, line in head[:4]:
        beside = _BODY_BESIDE_KIND.match(line)
        if beside:  # "Kano Children's Hospital - Public appeal No. 2": the body's own voice
            org = beside["org"]
            return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    for _, line in head[:3]:
        paper = _NEWSLETTER_OF.match(line)
        if paper:  # "Newsletter of the Association of …": the body's own voice to its members
            org = paper["org"]
            signer = _letter_signer(foot) if re.match(r"Office\s+of\b", org) else None
            if signer:
                # "Newsletter of the Office of the Member of Parliament …" signed "Yours in
                # service," / "Hon. Ana Ruiz, MP": an office is its holder's, who signs
                return lines, signer, "official"
            return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    title = _TITLE_FROM.match(head[0][1]) if head else None
    if title:  # "Open letter from the Mayor of Kidal to …": the document's own voice
        org = title["org"]
        return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    letterhead = _letterhead_body(lines)
    if letterhead:
        return lines, letterhead, "official" if _STATE_BODY.search(letterhead) else "civil"
    for at, line in foot[-3:]:
        about = _ABOUT_US.match(line)
        if about and about["org"].casefold() in " ".join(lines[: min(12, at)]).casefold():
            # a release's or an alert's boilerplate at its foot, the body it names opening
            # the document ("Periodistas Sin Mordaza (PSM) condemns …" … "Periodistas Sin
            # Mordaza is an independent press freedom organisation"): the body's own voice
            org = about["org"]
            return lines, org, "official" if _STATE_BODY.search(org) else "civil"
    signature = _signature_body(foot)
    if signature:  # "Yours faithfully," / a name / a title / "Ministry of the Interior"
        return lines, signature, "official" if _STATE_BODY.search(signature) else "civil"
    # (a wider foot for the signer, the letter's copy list below the signature aside:
    # "Respectfully," / a motto / "(signature)" / the name / the title / "c.c.p. Governor")
    letter_foot = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    while letter_foot and _COPY_LINE.match(letter_foot[-1][1]):
        letter_foot.pop()
    signer = _letter_signer(foot) or _letter_signer(letter_foot[-7:])
    if signer:  # "Yours faithfully," / "(Signed)" / "Ana Ruiz": the letter is its signer's
        return lines, signer, "civil"
    return lines, None, None


# a document's boilerplate about its issuer: "About Kibo Watch: Kibo Watch is an independent
# monitoring group …", "Periodistas Sin Mordaza is an independent press freedom organisation"
_ABOUT_US = re.compile(
    r"^(?:About\s+[^:]{2,60}:\s*)?(?P<org>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and|the|"
    r"sin|de|del|des|la|le|du))*?(?:\s+\([A-Z]{2,8}\))?)\s+is\s+an?\s+(?:[\w-]+\s+){0,5}?"
    r"(?:organi[sz]ation|network|group|NGO|agency|foundation|association|coalition|alliance|"
    r"society|institute|trust|charity|federation|union|observatory|monitor)\b"
)


# a body's name in a letterhead: "NGO SAFETY PLATFORM", "CANTONAL COMMITTEE FOR PEACE"
_BODY_WORD = re.compile(
    r"(?i)\b(?:network|ministry|council|platform|group|services|ltd|limited|company|"
    r"coll[eè]ge|school|academy|court|committee|directorate|department|union|sindicato|"
    r"association|federation|commission|agency|authority|secretariat|cluster|forum|society|"
    r"foundation|institute|hospital|bureau|police|office|command|tribunal|force|mission|board|"
    r"church|gereja|iglesia|[eé]glise|diocese|parish|cent(?:re|er)|battalion|brigade|regiment|"
    r"alliance|corporation|corp|inc|llc|plc|gmbh|university|league|collective|"
    # a monitoring body's: "ROVUMA CONFLICT OBSERVATORY", "OBSERVATOIRE DES …"
    r"observatory|observatoire|observatorio|"
    # a library's or a museum's letterhead: "MAISON DES MANUSCRITS", "NATIONAL MUSEUM"
    r"library|museum|mus[eé]e|archives|maison|"
    # a diplomatic post's cable: "FROM: EMBASSY BAMAKO"
    r"embassy|consulate|legation|"
    # a festival's: "MUESTRA DE CINE …", "KIBO FILM FESTIVAL"
    r"festival|muestra|"
    # the same heads in the languages of letterheads: "MINISTERIO DEL INTERIOR", "COMITÉ DE …"
    r"ministerio|minist[eè]re|minist[eé]rio|comit[eéê]|h[oô]pital|universit[eéàa]d?|"
    r"colectivo|collectif|direcci[oó]n|secretar[ií]a)\b|"
    # a company by its legal form: "… B.V.", "… S.A."
    r"\b(?:B\.V|S\.A|N\.V|S\.p\.A|S\.A\.S)\.(?!\w)"
)
# the kind of document under it: a bulletin, a report, a notice, a letter's greeting …
_DOCUMENT_KIND = re.compile(
    r"(?i)\b(?:bulletin|report|notice|circular|resolution|note|findings|speech|dashboard|"
    r"minutes|memorandum|answers|table|gazette|summary|remarks|letter|sitrep|judg(?:e)?ment|"
    r"statement|notification|message|communiqu[eé]|announcement|disclosure|memo|"
    r"advisory|appeal|early\s+warning|"
    # a parliament's question and the minister's answer: "LOK SABHA / UNSTARRED QUESTION NO. 2317"
    r"(?:un)?starred\s+question|written\s+(?:question|answer)|parliamentary\s+question|"
    # an office's act and a ministry's awards: "PROVINCIAL DECREE No. 4", "… : citations"
    r"decree|citations|catalogue|catalog|"
    # a company's accounts: "Financial statements for the year ended 31 December 2024"
    r"financial\s+statements|notes\s+to\s+the\s+(?:financial\s+statements|accounts))\b|"
    # an office's order in capitals: "ORDER UNDER SECTION 144", "DETENTION ORDER No. 4"
    r"(?-i:\bORDER\b)|"
    r"^dear\s"
)
# the parts of a letterhead's line: "REPUBLIC OF IRAQ — MINISTRY OF INTERIOR — ANBAR POLICE"
_NAME_PARTS = re.compile(r"\s+[-–—]\s+")
# a body's name in title case, a part of such a line: "Ministry of Interior"
_TITLED_BODY = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|de|du|des|la)){0,8}")


# a body's own office or branch: "COUNTRY OFFICE", "REGIONAL OFFICE XII", "LIBYA BRANCH"
_OFFICE_OF = re.compile(r"(?i)\b(?:office|branch)(?:\s+(?:[IVXLC]{1,5}|\d{1,3}))?$")
# (initials with a digit too: "(3R)", "(M23)")
_ACRONYM = r"\s+\((?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}\)$"


def _letterhead_body(lines: list[str]) -> str | None:
    """The body whose letterhead heads a document of a kind it issues (the last body's name
    in capitals among the first lines, when a line there names the kind of document): the
    document speaks in that body's voice. A line may chain bodies with dashes, the last
    the issuer ("DIRECTORATE OF NATIONAL SECURITY — BORDER POLICE"), after it its area (a
    part with no body's word, dropped), its acronym (one word) or a unit of its own in
    lower case ("KIVU HOSPITAL — Department of Surgery": the hospital); a line of names in
    title case only ("Republic of Iraq — Ministry of Interior — Anbar Police Command") when
    no name in capitals heads the document.

    >>> _letterhead_body(["NGO SAFETY PLATFORM - WEST NILE", "WEEKLY BULLETIN No. 4", "Rain."])
    'Ngo Safety Platform'
    >>> _letterhead_body(["TEACHERS' UNION - TUK", "", "CIRCULAR No. 2"])
    "Teachers' Union (TUK)"
    >>> _letterhead_body(["NGO SAFETY PLATFORM", "Gunmen killed two drivers."]) is None
    True
    >>> _letterhead_body(["NATIONAL SECURITY DIRECTORATE — BORDER POLICE", "Notice No. 4"])
    'Border Police'
    >>> _letterhead_body(["Republic of Chad — Ministry of Interior — Lac Police Command",
    ...                   "Weekly Security Table"])
    'Lac Police Command'
    """
    head = [line.strip() for line in lines[:12] if line.strip()]
    if not any(_DOCUMENT_KIND.search(line) for line in head):
        return None
    names: list[str] = []
    titled: list[str] = []
    for at, line in enumerate(head):
        if re.search(r"\d", line) and line.isupper():
            continue
        if re.match(r"(?:[IVXLC]+|[A-Z]|\d+)\.\s", line):
            continue  # "II. THE FACTS AS FOUND BY THE TRIBUNAL": a numbered section's heading
        # "BORDER POLICE (Niger)": a place in brackets is no part of the name (an acronym is)
        parts = [
            re.sub(r"\s*\((?![A-Z]{2,8}\))[^()]*\)", "", part) for part in _NAME_PARTS.split(line)
        ]
        for k, part in enumerate(parts):
            if re.fullmatch(r"[A-Z]{2,8}", part) and k and names and parts[k - 1].isupper():
                names[-1] = f"{names[-1]} ({part})"  # "- SIDEP": the name's acronym
                continue
            if (
                not k
                and not at
                and part.isupper()
                and len(parts) > 1
                and parts[1].isupper()
                and _DOCUMENT_KIND.search(parts[1])
                and not _TITLE.search(part)
                and 2 <= len(part.split()) <= 8
            ):
                # "GREEN LINE MINE ACTION — INCIDENT REPORT" atop the page: whose report it
                # is, by any name
                names.append(_capitalised(part))
                continue
            if (
                k
                and names
                and part.isupper()
                and _OFFICE_OF.search(part)
                and parts[k - 1].isupper()
            ):
                # "RELIEF ALLIANCE - MALI COUNTRY OFFICE": the body's own office speaks for
                # the body; both names are kept
                names[-1] = f"{names[-1]} - {_capitalised(part)}"
                continue
            if (
                not k
                and not at
                and part.isupper()
                and len(head) > 1
                and _DOCUMENT_KIND.search(head[1])
                # (not a section's label over a sentence: "SUMMARY: Two incidents were …")
                and not re.match(r"[A-Z][A-Z ]{2,20}:\s", head[1])
                # (a document's own name, "MALI FLASH ALERT", names no body)
                and not _DOCUMENT_KIND.search(part)
                and not re.search(r"(?i)\b(?:alert|flash|update|digest|briefing|sitrep)\b", part)
                and not _TITLE.search(part)
                and 2 <= len(part.split()) <= 8
            ):
                # "BANQUE RURALE DU GOURMA" over "NOTICE TO CUSTOMERS": the name in capitals
                # atop the page, right over the kind of document, is whose it is, by any name
                names.append(_capitalised(part))
                continue
            if not _BODY_WORD.search(part) or _TITLE.search(part) or len(part.split()) > 12:
                continue
            if part.isupper() and not (k and _DOCUMENT_KIND.search(part)):
                names.append(_capitalised(part))
            elif len(parts) > 1 and _TITLED_BODY.fullmatch(part) and k:
                titled.append(part)
            elif (
                not at
                and len(parts) == 1
                and re.search(_ACRONYM, part)
                and _TITLED_BODY.fullmatch(re.sub(_ACRONYM, "", part))
            ):
                # "Regional Relief Centre (RRC)" alone atop a notice: a body's name in title
                # case with its acronym (a forum's bare name, "Human Rights Council", may be
                # where the document was read, not who issued it)
                titled.append(part)
    if not names and not titled:
        return None
    return names[-1] if names else titled[-1]


# a signature block's last lines: "For the Committee:", a body's name in title case
_FOR_BODY = re.compile(
    r"^(?i:for|on\s+behalf\s+of)\s+(?:(?i:the)\s+)?(?P<org>[A-Z][^,.;:()]{2,80}?)\s*:?$"
)
# a line that closes a letter before its signature: "Yours faithfully,", "With sorrow,"
_SIGN_OFF_LINE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3},$")


def _signature_body(foot: list[tuple[int, str]]) -> str | None:
    """The body a document's signature block names (its voice): the last of the foot's
    short lines (no sentence in them) that is a body's name in title case ("Ministry of the
    Interior", "Kivu Children's Hospital") or "For the …" a body, when the block holds at
    least two such lines (a name over its title, its body), so that a last sentence naming
    a body is no signature.

    >>> _signature_body([(0, "Yours faithfully,"), (1, "Ana Ruiz"), (2, "Director"),
    ...                  (3, "Kivu Children's Hospital")])
    "Kivu Children's Hospital"
    >>> _signature_body([(0, "For the Committee:"), (1, "Ali Musa, President")])
    'Committee'
    >>> _signature_body([(0, "Ana Ruiz"), (1, "The hospital treated two men.")]) is None
    True
    """
    block = []
    for _, line in reversed(foot):
        if (
            len(line.split()) > 10
            or re.search(r"[.!?]\s*$", line)
            and not re.search(r"\b[A-Z]\.$", line)
            or _SIGN_OFF_LINE.match(line)
        ):
            break
        block.append(line)
    if len(block) < 2:
        return None
    for line in block:  # from the foot up
        named = _FOR_BODY.match(line)
        if named and _BODY_WORD.search(named["org"]):
            return named["org"]
        parts = [part.strip() for part in line.split(",")]
        if (
            len(parts) >= 2
            and re.match(r"(?:Department|Division|Unit|Section|Faculty|Ward)\s+of\s+", parts[0])
            and _BODY_WORD.search(parts[1])
            and _TITLED_BODY.fullmatch(parts[1])
        ):
            # "Department of Surgery, District Hospital, Bijapur": the authors' unit, then
            # the body it is a unit of, then the place; the body speaks
            return parts[1]
        if (
            _BODY_WORD.search(line)
            and _TITLED_BODY.fullmatch(line)
            and not _TITLE.search(line)
            and len(line.split()) <= 8
        ):
            return line
    return None


# a letter's closing line: "Yours faithfully,", "Yours sincerely,", "Respectfully,"
_YOURS = re.compile(
    # ("Yours in service,", "Yours in solidarity,": a politician's or a union's closing)
    r"^(?i:yours\s+(?:faithfully|sincerely|truly|respectfully|in\s+(?:service|solidarity|"
    r"struggle|peace|faith))|sincerely(?:\s+yours)?|"
    r"respectfully(?:\s+yours)?),?$"
)
# a letter's copy list under its signature: "c.c.p. Governor of …", "cc: Ministry of …"
_COPY_LINE = re.compile(r"^(?i:c\.\s?c\.(?:\s?p\.)?|ccp\b|cc\b|copy\s+to\b|copies\s+to\b):?\s*\S")
# a signer's name, a title after it: "Ana Maria Ruiz", "Ana Ruiz, Advocate"
_SIGNER_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Eng|Lic|Hon|Rt\.?\s+Hon)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})"
    # ("Hon. Ana Ruiz, MP, Marakwet East": a title, then the seat)
    r"(?:,\s*[A-Z][\w\s'’-]{1,40}){0,2}$"
)


def _letter_signer(foot: list[tuple[int, str]]) -> str | None:
    """The person who signs a letter: the first name line under its closing ("Yours
    faithfully,"), a "(Signed)" mark aside, when no body signs.

    >>> _letter_signer([(0, "Yours faithfully,"), (1, "(Signed)"), (2, "Ana Maria Ruiz"),
    ...                 (3, "File No. 4")])
    'Ana Maria Ruiz'
    >>> _letter_signer([(0, "Ana Ruiz"), (1, "The hospital treated two men.")]) is None
    True
    """
    closing = [k for k, (_, line) in enumerate(foot) if _YOURS.match(line)]
    if not closing:
        return None
    for _, line in foot[closing[-1] + 1 :]:
        if re.fullmatch(r"[(\[](?i:signed|sgd|signature)\.?[)\]]", line):
            continue
        if re.fullmatch(r"[\"“][^\"“”]{2,80}[\"”]", line):
            continue  # a motto under the closing: '"SUFFRAGE YES, RE-ELECTION NO"'

        named = _SIGNER_NAME.match(line)
        return named["name"] if named else None
    return None


def _capitalised(name: str) -> str:
    """A name in capitals as a name ("(SIDEP)" as it is).

    >>> _capitalised("TEACHERS' UNION (TUK)")
    "Teachers' Union (TUK)"
    """
    words = [w if re.fullmatch(r"\([A-Z]{2,8}\)", w) else w.capitalize() for w in name.split()]
    return " ".join(words)


# a raw translation's count as the subject of "reached": "the injured persons reached 21",
# "the dead people reached 9" (the Arabic "wasala 'adad …" with its "number" left out)
_COUNT_REACHED = re.compile(
    r"(?i)\b(?P<the>the)\s+(?=(?:injured|wounded|dead|killed)\s+(?:persons|people)\s+"
    r"(?:has\s+|have\s+|had\s+)?reached\s+(?:about\s+|around\s+|nearly\s+)?\d)"
)


def _count_reached(paragraph: str) -> str:
    """A paragraph with "the injured persons reached 21" read as "the number of the injured
    persons reached 21": the count the sentence gives, as other translations word it.

    >>> _count_reached("The clinic said the injured persons reached 21 in its ward.")
    'The clinic said the number of the injured persons reached 21 in its ward.'
    >>> _count_reached("The injured persons reached the clinic at noon.")
    'The injured persons reached the clinic at noon.'
    """
    return _COUNT_REACHED.sub(lambda m: f"{m['the']} number of the ", paragraph)


# "19 displaced lost the life", "9 displaced killed": a count of displaced people, the
# adjective standing for them, right before what befell them
_COUNT_DISPLACED = re.compile(
    r"(?i)\b(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens)\s+displaced(?=\s+(?:were|was|have\s+been|had\s+been|killed|dead|died|lost|wounded|"
    r"injured|hurt|kidnapped|abducted|massacred)\b)"
)


def _displaced_people(paragraph: str) -> str:
    """A paragraph with "19 displaced lost their lives" read as "19 displaced people lost their
    lives" (no "38 families displaced from the village": displaced is what befell them).

    >>> _displaced_people("The chief said 19 displaced lost the life.")
    'The chief said 19 displaced people lost the life.'
    >>> _displaced_people("The office counted 38 families displaced from the village.")
    'The office counted 38 families displaced from the village.'
    """
    return _COUNT_DISPLACED.sub(lambda m: f"{m.group()} people", paragraph)
