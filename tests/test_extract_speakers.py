"""The speaker read from a verb of speech alone: the last resort of ``find_reporter``, when
none of its patterns names anyone. Sentences in the shapes the labelled sets' first readings
missed (a speaker with a bracket or a date before its verb, a sentence run on after a clock's
"p.m.", an apposition between commas, an inverted verb after a quotation), each with the
speaker worked out by hand, and the shapes in which the verb's subject is no speaker.
"""

from __future__ import annotations

import pytest

from analysis.extract.reporters import find_reporter
from analysis.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a bracket between the speaker and its verb
        (
            "The SPLM-N (al-Hilu) said in a statement that the shelling killed 22 civilians.",
            "SPLM-N",
        ),
        # a day between them
        ("Army 14 May said retaliatory airstrikes had killed dozens of fighters.", "Army"),
        # a relative clause after the speaker
        (
            "The Mindat township hospital which is managed by the people side said that 8 "
            "peoples was died at the hospital.",
            "Mindat township hospital",
        ),
        # a name between commas after the role: the name
        (
            "The festival's director, Seydou Traoré, had confirmed to me that four passengers "
            "were killed.",
            "Seydou Traoré",
        ),
        # a place after the body's name, between commas
        (
            "AND WHEREAS the Joint Action Committee, Kumbi, has reported that 4 farmers were "
            "abducted from their paddy fields.",
            "Joint Action Committee, Kumbi",
        ),
        # the speaker at the sentence's end, after the figures and a comma: his role, the
        # segment before the verb (the titles' full stops end no clause)
        (
            "Three members of the NPA were killed in an encounter, Lt. Col. Ramil B. "
            "Dagondon, commanding officer of the 88IB, reported.",
            "Commanding officer of the 88IB",
        ),
        # an inverted verb after a quotation
        ('"We have counted 14 bodies at Mboko," said Amani Kasongo.', "Amani Kasongo"),
        # a body that denounces, its short name in brackets
        (
            "In Croix-des-Bouquets, 2 journalists were wounded by bullet, the Association of "
            "Haitian Journalists (AJH) denounced.",
            "Association of Haitian Journalists",
        ),
        # a noun that is a verb too, with what it claims after it
        (
            'The coalition "Viv Ansanm" claims in a video to have killed 5 policemen.',
            "Viv Ansanm",
        ),
    ],
)
def test_a_speaker_is_read_from_its_verb_of_speech(sentence, name):
    assert find_reporter(sentence).name == name


@pytest.mark.parametrize(
    "sentence",
    [
        # a pronoun: left to what follows (the one named before)
        "He told us that at least eleven people had been killed in the fighting.",
        # the subject does something else before it speaks
        "Customer called back on 05 Sep (call 36-0531) and said the 3 workers were released.",
        # "the same statement": the one named before, taken up after
        'The same statement claims 9 "TANCOL" killed and 16 detained.',
        # a possessive: the one it points to is named elsewhere
        "Third herder still unaccounted for; his family says the group demands cattle.",
        # a noun, not a verb: "official counts", "Initial reports"
        "The gap is not noise: official counts systematically exclude the missing.",
        "Initial reports indicate at least 11 civilians killed.",
        # a note that someone was told, telling nothing
        "Director informed.",
        # the clause before the speaker's tells casualties of its own
        "The attack killed 19 people by our count; the army reported killing four attackers.",
        # what a quotation's own words say is no speaker's verb
        '"We counted them ourselves," a man shouted from the crowd.',
        # a pronoun opens the sentence: the one it takes up relays what the body counted
        "He contested the figures, stating that the civil society had counted 31 bodies.",
        # a monitor's report speaking of itself by what it is: its own voice
        "The office documented on Tuesday the death of 6 persons in the province of Daraa.",
        # a preposition opens the words before the verb
        "By the counts of those we spoke to, at least 65 people were killed.",
    ],
)
def test_no_speaker_is_read_where_the_verb_s_subject_names_no_one(sentence):
    assert find_reporter(sentence) is None


def test_a_clock_s_p_m_ends_the_sentence_before_a_capitalised_word():
    """ "… at about 10 p.m. The Kaduna State Ministry … said 21 villagers were killed": two
    sentences, the ministry the second one's speaker; a day or a time zone after the clock
    stays in the sentence."""
    text = (
        "On 9 October, gunmen attacked Kufana at about 10 p.m. The Kaduna State Ministry of "
        "Internal Security said 21 villagers were killed and 12 injured."
    )
    sentences = split_sentences(text)
    assert [s.text[:18] for s in sentences] == ["On 9 October, gunm", "The Kaduna State M"]
    assert find_reporter(sentences[1].text).name == "Kaduna State Ministry of Internal Security"
    assert len(split_sentences("They came at 11 p.m. Sunday and left at 2 a.m. local time.")) == 1


def test_the_speaker_words_table_refuses_a_word_twice_or_an_unknown_kind(tmp_path, monkeypatch):
    """``speaker_words.csv`` replaced through ``$ANALYSIS_REFERENCE_DIR``: a word given twice,
    or a kind that is neither ``source`` nor ``join``, is named on one line."""
    from analysis.errors import ReferenceTableError
    from analysis.reference.speaker_words import speaker_words

    (tmp_path / "speaker_words.csv").write_text("word,kind\npolice,source\npolice,join\n")
    monkeypatch.setenv("ANALYSIS_REFERENCE_DIR", str(tmp_path))
    speaker_words.cache_clear()
    try:
        with pytest.raises(ReferenceTableError, match=r"given twice: \['police'\]"):
            speaker_words("source")
        (tmp_path / "speaker_words.csv").write_text("word,kind\npolice,speaker\n")
        speaker_words.cache_clear()
        with pytest.raises(ReferenceTableError, match="kind must be one of"):
            speaker_words("source")
    finally:
        speaker_words.cache_clear()
    monkeypatch.delenv("ANALYSIS_REFERENCE_DIR")
    assert "spokesman" in speaker_words("source") and "of" in speaker_words("join")
