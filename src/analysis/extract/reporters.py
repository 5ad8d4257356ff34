"""Who reported a sentence's figures: "X said", "according to X", "X told Reuters".

Names are tidied into the short forms the project's tables use: "Pakistan’s military" →
"Pakistan military", "police official Dostain Khan Dashti" → "Police (Dostain Khan
Dashti)", "a senior superintendent of police, Ayub Achakzai" → "Police (Ayub Achakzai)".

>>> find_reporter("Local officials said at least 23 passengers were killed.").name
'Local officials'
>>> find_reporter("Ten died, police official Dostain Khan Dashti said.").name
'Police (Dostain Khan Dashti)'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from analysis.extract.dates import MONTH_NAMES
from analysis.reference.speaker_words import speaker_words

# "that" after whom a speaker told, with when between: "informed the committee on Thursday
# evening that", "informed us yesterday that"
_TOLD_WHEN = (
    r"(?=\s+(?:(?:on|in|at|late|early)\s+(?:[\w-]+\s+){1,3}?|(?:yesterday|today|tonight|"
    r"earlier|later|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week))\s+)?that\b)"
)
# a count straight after a verb that confirms it ("confirms 4 dead", "confirm two people were
# killed"), not a length of time ("confirms two years of drought")
_COUNT_AFTER = (
    r"(?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty)\b)(?![\w\s]{0,12}\b(?:years?|months?|weeks?|days?|hours?)\b)"
)
_SAY = (
    # ("Some channels were saying 50 soldiers were killed": the past progressive of "say"; a
    # turn's "the chairperson is saying eleven" relays what is said now, the turn's words)
    # ("the said labourers": the deed's adjective, named before, no verb)
    # ("Local resistance group is saying 7 villagers lost the life": machine translation's
    # present progressive, before a count or "that")
    r"(?:(?<![Tt]he\s)said|says|say|(?:were|was)\s+saying(?=\s+(?:that\s+)?(?:\d|[a-z]+\s))|"
    r"(?:is|are)\s+saying(?=\s+(?:that\s+)?\d)|"
    # ("State TV announcing that …", "The PDF group is announcing ambush …, 14 soldiers is
    # dead": a notice in the progressive, as machine translation gives it)
    r"(?:(?:is|are)\s+)?announcing(?=\s+that\b)|(?:is|are)\s+announcing(?=\s+[a-z])|(?:told|tells)\s+(?:Reuters|AFP|reporters|journalists|the\s+\w+|\w+)|"
    # an outlet named in quotes, as translated news gives it: 'a source told "Sahel Info"'
    r"(?:told|tells)\s+[\"“][A-Z][^\"“”]{0,40}?\w(?=[\"”])|"
    # a record's account told with sorrow, or of what was recalled: "The dean informed
    # Senate with deep sorrow that …", "The registrar recalled that …"
    r"(?:informed|told|briefed)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+with\s+(?:deep\s+|great\s+|"
    r"profound\s+)?(?:sorrow|regret|sadness|grief)(?=\s+that\b)|"
    r"(?:recalled|recalls|recounted|recounts)(?=\s+that\b)|"
    r"(?:informed|briefed)\s+(?:reporters|journalists|the\s+(?:media|press))|"
    # a meeting's record: "Capt. Kiprono informed members that …"
    r"(?:informed|briefed|told)\s+(?:the\s+)?(?:members|meeting|committee|council|house|assembly)"
    # ("informed the committee on Thursday evening that")
    rf"{_TOLD_WHEN}|"
    # a body told by its name: "informed the Cabinet of the Bar that …"
    r"(?:informed|briefed|notified)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'-]*){0,4}(?=\s+that\b)|"
    # ("The security officer briefed the meeting.": what follows is the briefing)
    r"briefed\s+(?:the\s+)?(?:members|meeting|committee|council|house|assembly)(?=\s*[.:;])|"
    # a body's notice: "The Medical Superintendent has informed the Board that …"
    # ("FARDC liaison informed the mortuary that …": whoever it told, before "that")
    r"(?:informed|notified|told)\s+(?:the\s+|our\s+|this\s+)?(?:[A-Z][\w'’-]*|office|board|"
    r"bureau|association|department|secretariat|us|me|(?<=the\s)[a-z]{3,20})"
    rf"{_TOLD_WHEN}|"
    # ("…, our lawyer, Mr Ali Kamara, informed the Secretariat; 8 were released …": the body
    # told named at the clause's end, after the account it was given)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:informed|notified)\s+(?:the\s+|our\s+|this\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}|office|board|bureau|association|"
    r"department|secretariat|us|me)(?=\s*[;.]?\s*$|\s*;)|"
    # the present, to the writer: "The National Police inform me that …"
    r"(?<!to\s)(?<!will\s)(?<!would\s)(?<!not\s)(?<!lease\s)(?:inform|informs|tells)\s+(?:me|us)(?=\s+that\b)|"
    # a translation's present after a body: "The PDF also announce that …"
    r"(?<=[A-Z]\s)(?:also\s+)?announce(?=\s+that\b)|"
    # (and after a body's plural name: "The Liberation Forces announce that …")
    r"(?<=[a-z]s\s)(?:also\s+)?announce(?=\s+that\b)|"
    r"(?:was|were)\s+quoted\s+(?:by\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+)?as\s+saying|"
    # ("was quoted by local media on 15 April as saying")
    r"(?:was|were)\s+quoted\s+by\s+[a-z][^,.;]{1,40}?\s+as\s+saying|"
    r"added|adds|add(?=\s+that\b)|wrote|report(?=\s+that\b)|"
    # a claim told as a boast: "The JNIM boast on the internet that they killed …"
    r"(?:boast|boasts|boasted|brag|brags|bragged)(?=(?:\s+online|\s+(?:on|in|over)\s+(?:the\s+|"
    r"its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+that\b)|"
    # a notice read out for a body: "The association asks us to announce: …"
    r"(?:asks|asked|has\s+asked)\s+us\s+to\s+(?:announce|say|inform\s+you)(?=\s*:|\s+that\b)|"
    # "the spokesman paid tribute to "eleven soldiers fallen …"": whom he honours, his count
    r"(?:paid|pays)\s+(?:a\s+)?(?:tribute|homage)\s+to(?=\s+[\"“]?(?:the\s+)?(?:\d|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))|"
    # "Rescue 1122 has informed that …": informed with no one named, who informs speaks
    # (not "the family was informed that …", who was told)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)informed(?=\s+that\b)|"
    # a body's publication or bulletin by its verb before "that", as translation gives it:
    # "The group Islamic State published that its fighters killed …", "The Liberation Front
    # publishes that …" (not "it was published that …")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?:published|publishes)(?=\s+that\b)|"
    # (with the occasion it informed at between: "The administrator informed in the meeting
    # of day 5 that …", "informed at the briefing on Monday that …")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)informed(?=\s+(?:in|at|"
    r"during)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting|"
    r"briefing|conference|assembly|morning|afternoon|evening)\b(?:\s+[\w-]+){0,3}?\s+that\b)|"
    # the present of a written or quoted account: "The submitter writes that …", "Residents
    # report “many dead”"
    r"writes(?=\s+that\b)|report(?=\s+[\"“])|"
    # ('Ana Ruiz (Gangaw) writes: "…': a member's note quoted under its writer's name)
    r"writes(?=\s*:\s*[\"“])|"
    # ("The prosecutor's office updated: the number of dead rose to 11": a count put right,
    # after a colon, by who puts it right)
    # (not a label's "Figures updated:", "Toll revised:")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<![Ff]igures\s)(?<![Nn]umbers\s)(?<![Ll]ist\s)"
    r"(?<![Tt]oll\s)(?<![Cc]ount\s)(?<![Dd]ata\s)(?<![Tt]able\s)(?<![Tt]otals\s)(?<![Ss]tory\s)"
    r"(?<![Pp]ost\s)(?-i:updated|corrected|revised)(?=\s*:\s)|"
    # a count a body now gives: "the gendarmes now give 12 passengers killed", "the army now
    # puts the toll at 9"
    r"(?<=\s)now\s+(?:give|gives|put|puts)(?=\s+(?:the\s+(?:death\s+)?toll\s+at\s+)?"
    r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b))|"
    # ("Police corrected their figure at the morning briefing: 8 …": its own count put right,
    # where or when before the colon)
    # ("The secretary corrected himself at the end of item 2: 4 …")
    r"(?-i:updated|corrected|revised)\s+(?:(?:its|their|his|her)\s+(?:figures?|toll|count|tally|"
    r"numbers?)|himself|herself|itself|themselves)(?:\s+[^:;.“”\"]{1,40}?)?(?=\s*:\s)|"
    # a force's or a service's own update by the noun, before a colon ("Highway police update:
    # 3 patrolmen killed"; not a label's "Casualty update:", "Morning update:")
    r"(?:(?<=[Pp]olice\s)|(?<=[Aa]rmy\s)|(?<=[Mm]ilitary\s)|(?<=[Gg]endarmerie\s)|"
    r"(?<=[Mm]inistry\s)|(?<=[Hh]ospital\s)|(?<=[Cc]ommand\s))(?-i:update)(?=\s*:\s)|"
    # ("Local sources report 11 gendarmes killed": the present of sources that count)
    r"(?<=\s)(?<!will\s)(?<!would\s)(?<!to\s)(?<!not\s)(?<!may\s)(?<!must\s)(?<!should\s)"
    r"report(?=\s+(?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|"
    r"around\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|scores)\b))|"
    # "X read the following statement": the quote that follows is X's
    r"(?:read|issued|made|gave)\s+(?:out\s+)?the\s+following\s+(?:statement|communiqu[eé]|"
    r"remarks|declaration)|"
    # "X read a statement to journalists": the statement, given in full after it, is X's
    r"read\s+(?:out\s+)?an?\s+(?:statement|communiqu[eé]|declaration)|"
    r"posted|tweeted|stated|noted|explained|insisted|notes(?=\s+that\b)|"
    # a sworn or written statement in the present, its "that" left out: "CIDG officers state
    # they arrested …", "the complainant states her husband was …" (not the noun, "the
    # Islamic State they fought": a capital)
    r"(?-i:(?<=[a-z]s\s)state|(?<=\s)states)(?=\s+(?:they|he|she|we|her|his|their|its)\s)|"
    # "the post commander informed by wireless that …": a report sent by a medium
    r"(?:informed|reported|told|confirmed|notified)\s+(?:us\s+|the\s+station\s+)?(?:by|over|via|on)\s+"
    r"(?:the\s+)?(?:wireless|telephone|phone|radio|e-?mail|text\s+message|message|letter|fax)"
    r"(?=\s+that\b)|"
    # "The police command has spoken of 11 dead": a toll a body speaks of is its toll
    # ("The state government, she reminds us, announced 19 deaths": a count announced)
    # ("The council speaks for its part of 12 dead": the translated "pour sa part")
    # ('The mayor spoke of "nine dead"': the toll in his words, quoted)
    # ("The spokesman spoke on the radio of 19 people killed": the medium between)
    # ("The police spoke only of 3 persons injured": a count said to be small)
    r"(?:(?:spoke|spoken|speaks|speak)(?:\s+(?:only|just|merely))?"
    r"(?:\s+(?:on|over)\s+(?:the\s+)?(?:radio|television|TV))?"
    r"(?:,?\s+for\s+(?:its|his|her|their)\s+part,?)?\s+of|"
    # ("The army acknowledged four soldiers killed": a body owning to a count of its own, what
    # happened to them after it)
    # (not "admitted": "the ward admitted 22 wounded people" took them in)
    r"(?<=\s)(?:acknowledged|acknowledges)(?=\s+[“\"]?(?:at\s+least\s+|about\s+|"
    r"some\s+|over\s+|more\s+than\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|[a-z]+teen|[a-z]+ty|dozens|scores)\s+(?:[\w’'-]+\s+){0,3}?(?:killed|dead|"
    r"wounded|injured|missing|abducted|kidnapped|captured)\b)|"
    # ("The governor's office admitted three soldiers killed": a body owning to deaths, the
    # victims named between; not "the ward admitted 22 wounded people", who were taken in)
    r"(?<=\s)admitted(?=\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?(?:\d[\d,]*|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+"
    r"(?:[\w’'-]+\s+){1,3}?(?:killed|dead)\b)|"
    # ("The police give 8.": a body's present count, a bare number after it)
    # ("The army announces 12 terrorists neutralised": the present, as a bulletin writes it)
    # ("The administrator communicated 11 civilians killed": a translation's "a communiqué")
    r"(?<=\s)announced|(?<=\s)announces|(?<=\s)communicated|(?<=\s)communicates|"
    r"(?<=\s)(?:give|gives)(?=\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s*[.;]))(?=\s+[“\"]?(?:at\s+least\s+|about\s+|some\s+|over\s+|"
    r"more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    # ('The army announces "dozens of terrorists neutralised"': a count in words, quoted)
    r"[a-z]+teen|[a-z]+ty|dozens\s+of|scores\s+of)\b))|"
    # "The front claims 15 soldiers killed": a claim of a count with what happened to them
    # after it (not "the attack claimed 12 lives": no participle after the count)
    # (a medium with no body named, "A new statement claims …", is no one: "in a message" is
    # how the body named before it spoke)
    r"(?<=\s)(?<!(?<!\sin\sa\s)statement\s)(?<!(?<!\sin\sa\s)message\s)(?<!video\s)"
    r"(?<!audio\s)(?<!post\s)(?<!communiqu[eé]\s)(?:claims|claimed)(?=\s+[“\"]?(?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|dozens|scores)\s+(?:[\w’'-]+\s+){0,3}?(?:killed|dead|wounded|injured|"
    r"neutrali[sz]ed|captured|abducted|kidnapped)\b)|"
    # ('Radio Andalus claimed "more than 20 apostate soldiers" were killed': the count quoted,
    # what happened to them after the marks)
    r"(?<=\s)(?:claims|claimed)(?=\s+[“\"](?:at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|dozens|scores)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+[”\"]\s+(?:were|had\s+been|have\s+been|"
    r"was)\s+(?:killed|wounded|injured|neutrali[sz]ed|captured|abducted|kidnapped)\b)|"
    # a hearing's exchange: "The prosecutor replied that …", "counsel submitted that …"
    r"(?:replied|responded|submitted|argued|countered)(?=\s+that\b)|"
    # a council's minutes: "The Secretary of Government answered that …" (sixty-sixth round)
    r"answered(?=\s+that\b)|"
    # a witness at a hearing: "Mr X, a farmer, gave evidence (testified) that …"
    r"(?:gave\s+evidence|testified)(?=\s+that\b)|"
    # a court's findings: "The Tribunal finds that …", "The court has found, on the evidence
    # of …, that …"
    r"(?:finds|found)(?=\s+that\b|,[^,;]{3,100},\s+that\b)|"
    # a document's words: "…, the FIR states.", "the charge sheet reads", "the report states that"
    r"(?<=\s)(?:states|reads)(?=\s*(?:[.,;]|$|that\b))|"
    # "claimed on social media that", "claimed in a statement that"
    r"claimed\s+(?:(?:on|in|via|through)\s+(?:[\w/.-]+\s+){1,3}?)?that|maintained\s+that|"
    # "The group claimed they killed 60 soldiers", "… claimed to have killed …": a claim with
    # its "that" left out
    r"claimed(?=\s+(?:they|it|its|their|to\s+have)\s)|"
    # ("JNIM claimed on its channels to have killed …": the body's own medium between)
    r"claimed(?=\s+(?:on|in|via|through)\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:channels?|"
    r"statements?|communiqu[eé]s?|videos?|posts?|messages?|websites?|accounts?|media|radio|"
    r"outlets?|agency|broadcasts?|pamphlets?|leaflets?|tracts?|audio|recordings?)\s+to\s+have\s)|"
    # ("Amaq claimed IS fighters killed 11 soldiers": the claimed fighters' act, "that" left
    # out)
    r"claimed(?=\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:fighters|militants|mujahideen|men|soldiers)\s+"
    r"(?:had\s+)?(?:killed|wounded|injured|abducted|kidnapped|captured)\b)|"
    # ("a spokesman claimed the group had killed 20 soldiers": the body's own deed, "that" left
    # out)
    # ("The rebels' spokesman claimed his men had killed …": the speaker's own men)
    r"claimed(?=\s+(?:the|its|their|his|her)\s+(?:group|movement|organi[sz]ation|militia|faction|"
    r"fighters|men|forces)\s+(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured|abducted|"
    r"kidnapped|captured|neutrali[sz]ed|executed)\b)|"
    # ("JNIM claims on its channels 27 soldiers killed", "claimed on its channel killing 9 of
    # the soldiers": a count claimed on the body's own channel, no "that")
    r"(?:claims|claimed)\s+on\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:channels?|pages?|website|"
    r"accounts?|media)(?=\s+(?:killing\s+|the\s+killing\s+of\s+)?(?:at\s+least\s+|more\s+than\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty)\b))|"
    # ("The ministry claims the army killed 4 civilians", 'the office claims the "enemy's
    # mercenaries" killed 4 …': a claim of the other side's deed and its count, "that" left out)
    r"(?:claims|claimed)(?=\s+the\s+(?:[\"“][^\"“”]{2,50}[\"”]|(?:[A-Za-z][\w'’-]*\s+){0,2}?"
    r"[a-z][\w'’-]*)\s+(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured|abducted|kidnapped)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))|"
    # ("JNIM claims its fighters killed 40 …": the present of a claim, "that" left out)
    r"claims(?=\s+(?:that\s+)?(?:its|their)\s+(?:[A-Z][\w-]*\s+)?(?:fighters|militants|"
    r"mujahideen|men|members|forces|soldiers|troops)\s+[\"“]?(?:had\s+|have\s+)?(?:killed|wounded|"
    r"injured|abducted|kidnapped|captured)\b)|"
    # ("Radio Andalus claimed the same attack killed 11 …": what the attack did, by its claim)
    r"(?:claimed|claims)(?=\s+(?:that\s+)?the\s+(?:same\s+|latest\s+)?(?:attack|ambush|bombing|"
    r"blast|raid|strike|explosion|assault|operation)\s+(?:had\s+|has\s+)?(?:killed|wounded|"
    r"injured)\b)|"
    # ("The mayor declared on the radio 3 dead": a translation's "a déclaré", a count after
    # the medium it was said on)
    # ("The mayor declares 6 pupils dead": the present of a translation's "déclare")
    r"(?:declared|(?<=\s)declares)(?:\s+(?:on|to|over)\s+(?:the\s+)?(?:radio|television|TV|state\s+television|"
    r"press|media|journalists)(?:\s+(?-i:[A-Z])[\w-]*){0,2})?(?=\s+(?:at\s+least\s+|about\s+|"
    r"some\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|[a-z]+ty)\b))|"
    # "The BLF claimed the killing of fifteen personnel": a claim of a count, as a noun
    # ("Amaq claimed killing 11 elements of the militia": the claim of a deed, no "that")
    r"claimed(?=\s+killing\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty)\b))|"
    # ("The group claimed by an audio the death of 8 soldiers": the medium between)
    r"claimed(?=\s+(?:(?:by|in|via|through|on)\s+an?\s+(?:audio|video|statement|message|post|"
    r"communiqu[eé]|recording)\s+)?the\s+(?:killings?|deaths?|murders?|abductions?|kidnappings?)\s+of\s+"
    r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))|"
    # ("claimed in a statement sent to media on Sunday that": the statement's way and day)
    # ("claimed in a voice message on Sunday that": the kind of message before it)
    r"claimed\s+in\s+an?\s+(?:(?:voice|audio|video|recorded|written|online|short)\s+)?"
    r"(?:statement|communiqu[eé]|video|message|post)\s+[^,.;“”\"]{2,50}?\s+that\b|"
    # ("The group claims in a video that its men killed …": the present of an alert)
    r"claims\s+(?:on|in|via|through)\s+(?:[\w/.-]+\s+){1,3}?that|"
    # "The report claims that …": what a report (or its author) claims
    r"claims(?=\s+that\b)|"
    # "alleged" says only before what is alleged ("two alleged aggressors" is an adjective)
    r"alleged(?=\s*(?:that\b|[,.]|$))|"
    # "The charge sheet filed by the prosecutor alleges that …": the present of a document's
    # allegation
    r"alleges(?=\s+that\b)|indicated(?=\s+(?:that\b|in\s+a\b|on\s+[A-Z]))|indicates(?=\s+that\b)|"
    # "The FGE also reported the arrest of five suspects": a body reporting an outcome
    # ("The formation announced in a post on its page the death of 5 of its fighters": a
    # translation's verb, the medium, then the outcome it announces)
    r"(?<!was\s)(?<!were\s)(?:announced|announces)\s+(?:in|on|through|via)\s+(?:a|an|its|their)"
    r"\s+[^,.;:“”\"]{0,40}?(?=\s+the\s+(?:deaths?|killing|martyrdom|arrests?|capture|"
    r"abduction|kidnapping|release|injur(?:y|ies)|wounding)\s+of\b)|"
    # ("The Red Crescent announces the retrieval of 4 bodies": the bodies it brought in, its
    # count)
    r"(?<!was\s)(?<!were\s)(?:announces|announced|reports|reported)(?=\s+the\s+(?:retrieval|"
    r"recovery)\s+of\b)|"
    r"reported(?=\s+(?:the\s+)?(?:arrests?|deaths?|killing|capture|abduction|kidnapping|"
    r"release|rescue|injur(?:y|ies)|wounding)\s+of\b)|"
    # ("Local reports say …": the noun, saying)
    r"reports(?!\s+(?:of|on|in|from|by|say|said|says|suggest\w*|indicat\w*|speak|spoke|claim\w*|"
    r"put|that\s+(?:have|had))\b)|"  # "A local contact reports 19 …"
    r"confirmed(?=\s*(?:\.|$|that\b|on\s+[A-Z]\w+day\b))|"
    # ("…, the Vice-Chancellor confirmed in a release.": how it was confirmed, at the end)
    r"confirmed(?=\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:release|statement|"
    r"communiqu[eé]|message|post|letter|note|bulletin)\s*(?:\.|$))|"
    # ("the operator confirms that …": the present of a report; "we can confirm" is no one)
    # ("confirmed to our channel that …": to the outlet that reports it)
    r"confirmed\s+to\s+(?:our|this|the)\s+(?:channel|newspaper|paper|station|radio|programme|"
    r"program|team|reporters?|correspondents?|newsroom)(?=\s+that\b)|"
    # ("The prosecutor's office communicates that …", "The secretariat informs that …": the
    # present of a body's notice, as machine translation gives "informa que", "comunica que")
    # ("The hospital certifies that it received …": a certificate's own word)
    r"(?:confirms|announces|states|informs|communicates|communicated|certifies|certified)"
    r"(?=\s+that\b)|"
    # ("the police confirm that a sergeant … was shot dead": a plural body's present; not "we
    # can confirm that", "to confirm that")
    r"(?:(?<=police\s)|(?<=forces\s)|(?<=troops\s)|(?<=militia\s)|(?<=rebels\s)|"
    r"(?<=officials\s)|(?<=authorities\s)|(?<=doctors\s)|(?<=residents\s))"
    r"confirm(?=\s+that\b)|"
    # ("Police confirm two people were killed …", "The FARDC confirm 38 dead": a plural
    # body's present, the count it confirms straight after)
    r"(?:(?<=[Pp]olice\s)|(?<=[Ff]orces\s)|(?<=[Tt]roops\s)|(?<=[Oo]fficials\s)|"
    r"(?<=[Aa]uthorities\s)|(?<=[Dd]octors\s)|(?<=[A-Z]\s))confirm(?=\s+" + _COUNT_AFTER + r")|"
    # ("The committee informs about the liquidation of 2 …": a translation's "сообщает о",
    # the event it informs of after "about")
    r"(?:informs|informed|inform)(?=\s+about\s+the\s+[a-z]+\s+of\b)|"
    # ("The prosecutor communicated in its networks that …": a translation's "comunicó en sus
    # redes", the body's own accounts between)
    r"(?:communicated|communicates|informed|informs|announced|announces|reported|reports)\s+"
    r"(?:in|on|through|via)\s+(?:its|their|his|her)\s+(?:social\s+)?(?:networks|media|"
    r"accounts?|channels?|pages?)(?=\s+that\b)|"
    # ("The declarant manifests that …", "She declares that …": a translation's "manifiesta
    # que", "declara que", the present of a declaration)
    r"(?:manifests|manifested|declares)(?=\s+that\b)|"
    # ("The chief of post declared that 3 fishermen were killed", "The rebels affirm in a
    # communiqué to have neutralized 14 soldiers": a translation's "a déclaré que", "affirme
    # avoir", the past of a declaration and the present of an affirmation)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)declared(?=\s+that\b)|"
    # ("The mayor declared to a radio local that …", "Residents denounced to this medium that
    # …", "The secretariat reported by means of a card informative that …": a translation's
    # "declaró a una radio local que", "denunciaron a este medio que", "informó mediante una
    # tarjeta informativa que", the outlet told or the means between the verb and its "that")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?:declared|declares|denounced|"
    r"denounces|reported|reports|informed|informs|stated|states)\s+(?:to\s+(?:a|an|the|this|"
    r"our)\s+(?:[a-z-]+\s+)?(?:radio|station|medium|media|newspaper|outlet|channel|"
    r"television|journalists?|reporters?|press|daily|agency)(?:\s+(?!that\b)[a-z]+)?|by\s+"
    r"means\s+of\s+(?:a|an|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s+that\b)|"
    # ("has declared in morning that", "declared this evening that": the time of day between,
    # a translation's "a déclaré dans la matinée que")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)declared(?=\s+(?:in\s+(?:the\s+)?|"
    r"this\s+|yesterday\s+|late\s+in\s+the\s+)(?:morning|afternoon|evening|night)\s+that\b)|"
    r"(?:affirms|affirm|affirmed)(?=\s+that\b|\s+to\s+have\s+[a-z]+ed\b)|"
    # ("The Ombudsman denounced that 3 peasants were killed": "denunció que", a body's
    # public complaint; "The Army informed 4 dissidents dead": "informó", a count it gives)
    r"(?<!was\s)(?<!were\s)(?:denounced|denounces)(?=\s+that\b)|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)(?<=\s)informed(?=\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b))|"
    # ("The Navy informed through its press office that …": a translation's "informó a
    # través de", the body's own medium between; "The Police informed the capture of 3 …":
    # "informó la captura de", an outcome it reports)
    r"informed\s+(?:through|via|by|in)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:office|spokes(?:man|woman|person)|channels?|account|page|website|statement|"
    r"communiqu[eé]|bulletin|release)(?=\s+that\b)|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)informed(?=\s+(?:the\s+)?(?:arrests?|deaths?|killing|"
    r"capture|abduction|kidnapping|release|rescue)\s+of\b)|"
    # ("The FARDC confirm that the attack killed 38 civilians": a body's plural present)
    r"(?<=[A-Z]\s)confirm(?=\s+that\b)|"
    # ("Municipal Police confirms 4 dead and 3 hurt": a count it confirms, in the present;
    # "The government also acknowledges one civilian death": a count it owns to)
    r"(?<=\s)(?:confirms|acknowledges|acknowledged)(?=\s+"
    + _COUNT_AFTER
    + r")|confirmed\s+to\s+(?:the\s+)?[A-Z][\w.]*|"
    r"(?:announced|reported)(?=\s*(?:\.|$|on\s+[A-Z]\w+day\b|"
    # (", the Deputy Commissioner reported; one of them was recovered …": the clause's end)
    r";|that\b)))"
)
# (a surname's particle in lower case: "Qais al-Juburi", "Ana de Souza")
# (a capital with an accent too: "Éric Ngabo Mulamba", "Ömer Çelik")
_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da|dos|du|del|della)(?:-|\s+))?"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}"
)
# a body that counts: "Health partners recorded seven civilians killed" (a number follows)
_RECORDED = (
    # ("documented the killing of at least 27 civilians": the count of what it names)
    # ("has verified the killing of at least 12 civilians": a count it checked)
    # ("HRW documents 29 civilians killed": a report's present)
    # ("Indepaz registers a massacre in Balboa: 5 persons killed": the event it recorded named,
    # its count after a colon)
    r"(?:recorded|registered|registers|documented|documents|verified|counted|counts|count|records)"
    r"(?=\s+(?:(?:the\s+(?:killings?|deaths?|murders?|"
    r"abductions?|kidnappings?)\s+of\s+)|(?:a|an|the|another)\s+(?:new\s+)?(?:massacre|attack|"
    r"killing|ambush|raid|clash)\b[^:;.]{0,50}:\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|"
    r"some\s+|about\s+|around\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozens|scores|several)\b)"
)
_ROLE = (
    r"(?:spokes(?:man|woman|person)|official|commissioner|chief|officer|minister|governor|"
    r"commander|director|superintendent|administrator|chairman|chairperson|inspector|head|"
    r"mayor|secretary|manager)"
)
_PATTERNS = [
    # "The spokesman of the army, Ali Musa, in a briefing on Monday, evoked 6 soldiers fallen":
    # a translated report's "évoquer" (to speak of) before a count; the subject speaks
    re.compile(
        r"(?:^|,\s+)(?:the\s+|The\s+)?(?P<who>[^,;:“”\"\d]{3,60}?)"
        r"(?:,\s+[A-Z][^,;:“”\"\d]{2,40},)?(?:\s+(?:in|at|during)\s+[^,;:“”\"\d]{3,50},)?\s+"
        r"(?:evoked|evokes|evoking)\s+(?=(?:at\s+least\s+|some\s+|about\s+|"
        r"nearly\s+|more\s+than\s+)?\d)"
    ),
    # "Claims by the area councillor that nine guards died are false": the one who claims, named
    # after "by", before what he claimed
    re.compile(
        r"^(?:The\s+)?(?:Claims?|Allegations?|Assertions?|Reports?)\s+by\s+(?:the\s+|an?\s+)?"
        r"(?P<who>[^,;:“”\"\d]{3,60}?)\s+that\b"
    ),
    # "the army has according to own data "neutralised" 8 terrorists": who counted by its own
    # figures is the subject before them (a translation of "nach eigenen Angaben")
    re.compile(
        r"(?i)\b(?:the|its|their)\s+(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+"
        r"(?:(?:has|have|had)\s+)?according\s+to\s+"
        r"(?:(?:its|their|his|her)\s+)?own\s+(?:data|information|figures|statements?|accounts?|"
        r"counts?|indications|reports?)\b"
    ),
    # "An Islamic State statement on Telegram, passed around by guests, claims 9 killed": the
    # body whose statement it is, named before the noun
    re.compile(
        r"^(?:An?|The)\s+(?P<who>(?!(?:New|Earlier|Later|First|Second|Joint|Official|Written|"
        r"Separate|Short|Brief)\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:statement|communiqu[eé]|"
        r"message|video|post|bulletin)(?:\s+(?:on|in|via)\s+[A-Z]?[\w-]+)?(?:,[^,;]{1,80},)?\s+"
        r"(?:claims|claimed|says|said|states|stated)\b"
    ),
    # "A statement of the Islamic State circulated on Telegram on 2 May claims …": the body
    # whose statement it is, named after the noun, with how the statement went round between
    re.compile(
        r"^(?:An?|The)\s+(?:statement|communiqu[eé]|message|video|post|bulletin|audio)\s+(?:of|by|"
        r"from)\s+(?:the\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})\s+"
        r"(?:circulated|posted|published|shared|released|issued|relayed|sent|broadcast)\s+"
        r"[^,;.:“”\"]{1,60}?\s+(?:claims|claimed|says|said|states|stated)\b"
    ),
    # "Second communiqué of the Ministry of Defence: the toll is 7 soldiers dead", "A
    # statement from the Police Command: 4 suspects arrested": the body whose statement it is,
    # named after the noun, its figures after the colon
    re.compile(
        r"^(?i:(?:(?:An?|The)\s+)?(?:(?:first|second|third|fourth|new|latest|further|final)\s+)?"
        r"(?:statement|communiqu[eé]|bulletin|press\s+release)\s+(?:of|by|from)\s+(?:the\s+)?)"
        r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})\s*:\s+"
        r"(?=[^:]{0,80}?\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    ),
    # "SOHR's evening statement: 8 civilians killed", "The army's update: 3 soldiers killed":
    # a body's statement quoted after a colon
    re.compile(
        r"^(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})['’]s\s+(?:[a-z]+\s+){0,2}?"
        r"(?:statement|communiqu[eé]|bulletin|report|update|release|count|tally|figures?)\s*:\s+"
        r"(?=(?:at\s+least\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))"
    ),
    # "Army statement (Operation Sahel) read on state radio: troops neutralised 11 …", "FAMa
    # communiqué (read at the hospital): 14 terrorists …": a body's statement by its name
    # with no "'s", a bracket and where it was read aside, its figures after the colon
    re.compile(
        # (a unit named by its number, "The 6th Infantry Division statement", and when it was
        # issued, "… statement this evening:", as well)
        r"^(?:The\s+)?(?P<who>(?:[A-Z]|\d{1,3}(?:st|nd|rd|th)\s+[A-Z])[\w’'-]*"
        r"(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:statement|communiqu[eé]|bulletin|press\s+release)"
        r"(?:\s+(?:(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night)|today|tonight|"
        r"on\s+[A-Z][a-z]+day))?(?:\s*\([^()]{1,50}\))?(?:\s+(?:read|broadcast|"
        r"aired|published|posted|issued)\s+(?:on|at|in|by|over)\s+[^:;.()“”\"]{1,40}?)?"
        r"(?:\s*\([^()]{1,50}\))?\s*:\s+(?=[^:]{0,80}?\b(?:\d|one|two|three|four|five|six|seven|"
        r"eight|nine|ten)\b)"
    ),
    # "The army in a communiqué: they neutralized 14 terrorists", "Tuesday 3 — The police in
    # a statement: 2 suspects arrested": a body and where it said it before a colon (a
    # translation's "Les FAMa dans un communiqué :"), a log's dated head before it if any
    re.compile(
        r"^(?:[\w/ ]{1,20}\s[–—-]\s+)?(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+)?"
        r"[A-Z][\w’'-]*){0,3}|army|police|gendarmerie|military)\s+in\s+(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?(?:statement|"
        r"communiqu[eé]|bulletin|press\s+release|message)\s*:\s+"
        r"(?=[^:]{0,80}?\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    ),
    # "Army communiqué read at 21:00: “more than 50 terrorists neutralised”", "Police
    # statement issued at 10.30: …": a body's statement by its name, read or issued at a clock
    # time (whose own colon ends nothing), its figures after the colon
    re.compile(
        r"^(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:statement|"
        r"communiqu[eé]|bulletin|press\s+release)\s+(?:read|broadcast|aired|published|posted|"
        r"issued)\s+(?:on\s+[^:;.()“”\"]{1,30}?\s+)?at\s+\d{1,2}[:.h]\d{2}(?:\s*(?:hrs|h|[ap]\.?m\.?))?"
        r"\s*:\s+(?=[^:]{0,80}?\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))"
    ),
    # "Inspector Ana Ruiz updated the figure: 9 villagers were killed", "The gendarmerie of
    # Mora gives 8 people dead": a speaker who updates a count before a colon, or gives one
    # (a translation's "donne"), after a log's label if any; a body's statement or bulletin
    # that gives a count is read by the statement rules (the body, not "… statement")
    re.compile(
        r"(?:^|^[A-Z][\w/ -]{1,30}:\s+)(?:The\s+)?(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+)?"
        r"[\w’'.-]+){0,5}?)(?<!statement)(?<!communiqué)(?<!communique)(?<!bulletin)"
        r"(?<!release)\s+(?:(?:updated|revised|corrected|raised)\s+(?:the|its|his|her|their)"
        r"\s+(?:figure|toll|count|tally)\s*:\s+|gives\s+(?=(?:at\s+least\s+)?\d))"
    ),
    # a log's source by its acronym: "SOHR: 7 civilians killed and 15 wounded" — the body's
    # initials, a colon, its figures (not a heading's word in capitals: "UPDATE:", "NOTE:")
    re.compile(
        r"^(?!(?:UPDATE|NOTE|NB|ALERT|URGENT|BREAKING|FLASH|TOTAL|EDIT|CORRECTION|ADD|ADDS|FIX|"
        r"NEW|UTC|GMT|EAT|WAT|CAT|ID|REF|RE|FW|FWD|TODO|INFO|SITREP|PS|QTY|NO|OK|AM|PM)\s*:)"
        r"(?P<who>[A-Z]{3,6})\s*:\s+(?=(?:at\s+least\s+|more\s+than\s+)?\d)"
    ),
    # a claim's headline: "IS-Khorasan claims Khar blast, says it killed 12 policemen" — the
    # group that claims the attack speaks of what it did
    re.compile(
        r"^(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:claims|claimed)\s+"
        r"(?:responsibility\s+for\s+)?[^,;:.“”\"]{2,60}?,\s+(?:says|said|saying)\s+(?:it|they)\b"
    ),
    # a relay's source: "Station relays the mayor of Tarkint: …", "second relay from the
    # mayor of Tarkint -- toll now 16 …", "TZ2ABK relays the Radio Kibo 0700 bulletin: …"
    # (the one relayed speaks, not the station relaying)
    re.compile(
        r"\b(?:relays|relayed|relaying|relay\s+from)\s+(?P<who>(?:the\s+)?(?:[a-z]+\s+){0,2}"
        r"[A-Z]?[\w'’-]+(?:\s+(?:of|de|du|the|[A-Z][\w'’-]*|\([A-Z][\w'’ -]{1,20}\)|\d{4}))"
        r"{0,5}?(?:\s+(?:bulletin|statement|communiqué|broadcast))?)\s*(?::|--|—|–)\s"
    ),
    # 'Class of 1988 — Ana Ruiz (retired nurse, Gangaw) writes: "…': a note quoted under
    # its writer's name, a label before a dash and who the writer is in brackets aside
    re.compile(
        r"^(?:[^—–:“”\"]{1,40}\s[—–]\s+)?(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,4})(?:\s+\([^()]{2,60}\))?\s+"
        r"(?:writes|wrote)\s*:\s*[“\"]"
    ),
    # "The court also notes the report produced by PW9, a liaison officer, that …": whose
    # report it is gives what follows "that"
    re.compile(
        r"\b(?:report|statement|account|testimony|affidavit|deposition)\s+(?:produced|submitted|"
        r"made|filed|given|tendered|prepared)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*){0,4})(?:,\s+(?:a|an|the)\s+[^,;“”\"]{3,60},)?\s+that\b"
    ),
    # "Rejects the claim by al-Shabaab that its fighters killed 63 soldiers", "Takes note of
    # the information provided by the SRCC that …": whose claim (information) it is gives what
    # follows "that", whoever rejects or notes it
    re.compile(
        r"\b(?:claim|claims|information|figures?|assertion|allegation|announcement)\s+"
        r"(?:(?:provided|made|given|issued|released|put\s+forward)\s+)?by\s+"
        r"(?P<who>(?:the\s+)?(?:[A-Z]|(?:al|el|ash|ad)-[A-Z])[\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
        # ("a claim by al-Shabaab on its affiliated websites that …": the medium it used between)
        r"(?:\s+(?:on|in|via|through)\s+(?:its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:websites?|channels?|sites?|accounts?|pages?|media|radio|outlets?))?\s+that\b"
    ),
    # "rejects the claim of the proscribed BLA that seven soldiers were killed": whose claim
    # it is gives what follows "that" (a word of what the body is between)
    re.compile(
        r"\b(?:claim|claims|assertion|allegation)\s+(?:of|attributed\s+to)\s+(?:the\s+)?"
        r"(?:(?:proscribed|banned|outlawed|so-called|militant|terrorist|armed|rebel)\s+)?"
        r"(?P<who>(?:[A-Z]|(?:al|el|ash|ad)-[A-Z])[\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+that\b"
    ),
    # "A second source, an officer in the brigade, said …", "Another source, a doctor at the
    # hospital, told …": a source counted only by its order is who the apposition says it is
    re.compile(
        r"^(?:(?:A|The)\s+(?:second|third|fourth|further|new|different|other)|Another|One\s+other)"
        r"\s+source,\s+(?P<who>(?:an?|the|one)\s+[^,“”\"]{3,80}?),\s+"
        rf"(?:(?:also|later)\s+)?(?:{_SAY})"
    ),
    # one who relays another's statement: "The Chamber has also noted the Army's statement that
    # troops neutralised 4 bandits", "the council cited the police report that …": the one
    # whose statement it is speaks
    re.compile(
        r"\b(?:noted|notes|cited|cites|acknowledged|acknowledges|welcomed|welcomes|took\s+note\s+of|"
        r"takes\s+note\s+of|referred\s+to|refers\s+to|relayed|relays)\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?:of|the|(?-i:[A-Z])[\w’'-]*)){0,5}?|police|army|military|"
        r"ministry|government|hospital)(?:['’]s?)?\s+(?:own\s+)?(?:statement|report|communiqu[eé]|"
        r"announcement|claim|figures?|count|tally|bulletin)\s+(?:that|of)\b",
        re.I,
    ),
    # the paper's own earlier report of what a body did: "we reported, two days later, that the
    # Counter Terrorism Department had arrested four suspects": the body's, relayed
    re.compile(
        r"\b(?:we|this\s+(?:newspaper|paper))\s+(?:had\s+)?reported(?:,[^,;]{1,40},)?\s+that\s+"
        r"(?:the\s+)?(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}(?:\s+\([A-Z]{2,8}\))?)"
        r"\s+had\s+(?:arrested|detained|killed|captured|freed|rescued|recovered)\b"
    ),
    # "The news website quoted a relative who said two men had not been heard from": the one
    # quoted speaks
    re.compile(
        r"(?i)\bquoted\s+(?P<who>(?:an?|one|the)\s+(?:[a-z-]+\s+)?[a-z-]+)\s+who\s+"
        r"(?:said|says|told)\b"
    ),
    # "Civil defence teams recovered the bodies of 23 people": who recovered the dead counted
    # them
    re.compile(
        r"^(?P<who>(?:The\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,4}?)(?:\s+(?:teams?|workers|"
        r"crews?|volunteers|rescuers|units?))?\s+(?:recovered|retrieved|pulled\s+out|exhumed)\s+"
        r"(?:the\s+)?(?:bodies|remains|corpses)\s+of\b",
        re.I,
    ),
    # what the document's voice notes another body said: "The Ministry notes that the district
    # council has placed the toll at nine" — the body inside the clause speaks
    re.compile(
        r"\b(?:notes|noted|observes|observed|recalls|recalled|is\s+aware|has\s+learned)\s+"
        r"that\s+(?:the\s+)?(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?:of|for|the|and|(?-i:[A-Z])"
        r"[\w’'-]*|\((?-i:[A-Z]{2,8})\))){0,8})\s+(?:has|have|had)\s+(?:placed|put|reported|"
        r"recorded|counted|given|confirmed|said|stated|announced)\b"
    ),
    # a hearing's account of a side's case: "the case of the prosecution, as narrated by the
    # prosecutor, is that …" — the side whose case it is speaks
    re.compile(
        r"(?i)\bcase\s+of\s+the\s+(?P<who>prosecution|complainant|defence|defense|petitioner|"
        r"applicant|respondent|claimant|plaintiff)(?:,[^,;]{1,80},)?\s+is\s+that\b"
    ),
    # a body's statement "according to which" the toll stands: "takes note of the statement of
    # the Defence Forces, according to which 17 terrorists were neutralised" — its issuer
    re.compile(
        r"(?i)\b(?:statement|report|communiqu[eé]|declaration|bulletin|version|account)\s+"
        r"(?:of|by|from|issued\s+by)\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?:of|for|and|the|(?-i:[A-Z])[\w’'-]*)){0,6}?)\s*,\s+"
        r"according\s+to\s+which\b"
    ),
    # the passive of a report: "The council has been told by the police that two died" — who
    # told it speaks, not who was told
    re.compile(
        r"(?i)\b(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+"
        r"(?:told|informed|notified|advised)\s+by\s+(?:the\s+)?"
        r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+that\b"
    ),
    # "Two staff at the Karimama health centre and one at the district hospital told me …":
    # people speaking for where they work; the first place named is the reporter
    re.compile(
        r"^(?:[\w-]+\s+)?(?:staff|nurses|doctors|medics|officials|workers|employees)\s+(?:at|of|from)\s+"
        r"(?:the\s+)?(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+(?:health\s+cent(?:re|er)|"
        r"hospital|clinic|morgue|medical\s+cent(?:re|er)|dispensary))"
        r"(?:\s+and\s+[^,;“”\"]{0,60}?)?\s+(?:told|said|say|says)\b",
        re.I,
    ),
    # "A statement attributed to JNIM, circulating on messaging apps, claims its fighters killed
    # six soldiers": the body the statement is attributed to claims it
    re.compile(
        r"(?i)\b(?:an?|the)\s+(?:statement|claim|communiqu[eé]|message|post|video)\s+"
        r"(?:attributed\s+to|by|from)\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z][\w’'-]*)(?:\s+(?:of|the|and|(?-i:[A-Z][\w’'-]*))){0,6})"
        # ("… attributed to the Islamic State group claimed …": the kind of body after its name)
        r"(?:\s+(?-i:group|movement|organi[sz]ation|militia|faction))?"
        r"(?:,[^,;]{1,80},)?\s+(?:claims|claimed|says|said|states|stated)\b"
    ),
    # a body's own document giving the toll: "the Ministry of Defence statement of 21 June still
    # gives four soldiers killed", "the police report lists nine dead"
    re.compile(
        r"(?:^|\s)(?:the\s+)?(?!(?:our|its|their|his|her|this|that|first|initial|earlier|original|"
        r"previous|latest|new|same|joint|final|daily|weekly|monthly|an?)\b)"
        r"(?P<who>(?-i:[A-Z][\w’'-]*)(?:\s+(?:of|for|the|and|(?-i:[A-Z][\w’'-]*)))"
        r"{0,8}?|police|army|military|ministry|government|hospital)\s+(?:statement|report|bulletin|"
        r"communiqu[eé]|release|tally|count)(?:\s+of\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+"
        r"day))?(?:\s+(?:still|now|also|only))?\s+(?:gives|gave|puts|lists|listed|records|recorded|"
        r"counts|counted)\b",
        re.I,
    ),
    # a body's own toll, the sentence's subject: "The police toll for Sanyang was revised to
    # two dead", "the army's toll rose to nine" — the body counts (a place's toll, "the Sanyang
    # toll", names no one)
    re.compile(
        r"(?:^|\s)the\s+(?P<who>police|army|military|ministry|government|hospital|"
        r"(?:(?-i:[A-Z][\w’'-]*)\s+){0,4}(?-i:Police|Army|Forces?|Ministry|Hospital|Commission|"
        r"Office|Command|Service|Department|Agency|Council))(?:['’]s)?\s+(?:(?:official|"
        r"provisional|latest|death)\s+)*(?:toll|count|tally|figure)\b(?:\s+(?:for|of|in)\s+"
        r"[^,;.]{1,40}?)?\s+(?:was|is|has|had|now|stands|stood|rose|climbed|increased|fell|went)\b",
        re.I,
    ),
    # a body's own document, owned by a possessive: "The council's statement of 3 May, which
    # mentioned 12 dead, …", "the army's report gives nine" — the body gives the toll
    re.compile(
        r"(?:^|\s)(?:the\s+)?(?P<who>(?-i:[A-Z][\w’'-]*)(?:\s+(?!that\b)[\w’'-]+){0,5}?)(?:['’]s|(?<=s)['’])\s+"
        r"(?:[a-z]+\s+)?(?:statement|report|bulletin|communiqu[eé]|release|note|letter|tally|count)"
        # ("the police's incident note, seen by us, records three killed": an aside between)
        r"(?:\s+of\s+[^,;]{1,30})?(?:,\s+which|,\s+[^,;]{3,60},|)\s+(?:also\s+|still\s+)?"
        r"(?:mentioned|mentions|gave|gives|put|puts|cited|cites|listed|lists|reported|reports|"
        r"recorded|records|counted|counts|said|says|spoke\s+of|speaks\s+of)\b",
        re.I,
    ),
    # a social account as a speaker: "@RiverNews reported that …", "@RiverNews also wrote …"
    re.compile(
        r"(?P<who>@\w{2,30})\s+(?:(?:also|later|now|has|have|had|first)\s+){0,2}(?:said|says|"
        r"wrote|writes|reported|reports|posted|tweeted|claimed|claims|stated)\b"
    ),
    # a source list's line: "Provincial Police Office: two suspects arrested, one killed" —
    # a body's name, a colon, its figures
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*)){0,8}?\s+"
        r"(?:Office|Police|Ministry|Command|Army|Division|Directorate|Department|Hospital|Council|"
        r"Authority|Agency|Brigade|Battalion|Services?|Forces?|Cent(?:re|er)|Commission|Committee|"
        r"Secretariat))\s*:\s+(?=\d|(?:at\s+least|more\s+than|about|some|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)"
    ),
    # a page's line opened by the agency that put it out: "Wilayat Agency: Soldiers of the
    # Caliphate attacked …" — the agency's account after the colon
    re.compile(
        r"^(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:News\s+)?Agency)\s*:\s+"
        r"(?=[A-Z][a-z])"
    ),
    # a log's entry of a message: "Telephone from the Medical Superintendent, District
    # Hospital: a shopkeeper was brought in wounded" — what follows the colon is the caller's
    re.compile(
        r"(?i)^(?:an?\s+)?(?:(?:wireless|radio|telephone|phone|text|e-?mail|written)\s+)?"
        r"(?:message|call|telephone|report|letter|signal|note)\s+from\s+"
        r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^:;“”\"]{2,80}?)\s*:\s"
    ),
    # a log's entry of a request or a communiqué: "Request from the militia unit at Kibo
    # through the operations room: …", "Communiqué of the Governor, read on the radio: …",
    # "A communiqué of the Ministry of Interior read out on radio: …" — the one who sent it
    # speaks, not the channel it came through
    re.compile(
        r"(?i)^(?:an?\s+)?(?:request|communiqu[eé]|statement)\s+(?:from|of)\s+"
        r"(?P<who>(?:the\s+)?(?-i:[A-Z])[^:;“”\"]{1,80}?)"
        r"(?:\s+(?:through|via)\s+[^:;“”\"]{2,60}?|,?\s+(?:read(?:\s+out)?|broadcast|posted|"
        r"aired|published)\s+[^:;“”\"]{2,60}?)?"
        r"\s*:\s"
    ),
    # "Kibo hospital informs base: …": a log's source, what it told after the colon
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:informs|informed|"
        r"notifies|notified|confirms|confirmed)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*:\s"
    ),
    # "the applicants cite the regional government's statement that …", "the authors cite the
    # federal police, who said that …": the body cited speaks, not those who cite it
    re.compile(
        r"(?i)\b(?:cite|cites|cited)\s+(?:the\s+)?(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)"
        r"(?:['’]s\s+(?:[a-z]+\s+)?(?:statement|report|count|figures?|tally|bulletin)\s+"
        r"(?:that|of)\b|,\s+(?:who|which)\s+(?:said|says|stated|reported)\b)"
    ),
    # "The Ministry rejects the propaganda of the Khawarij, who claimed on their radio that
    # they had killed 70 soldiers": the body whose claim is rejected (or denied) claims it
    re.compile(
        r"(?i)\b(?:rejects?|rejected|denies|denied|dismisse[sd]|dismiss|refutes?|refuted)\s+"
        r"(?:the\s+)?(?:propaganda|claims?|lies|allegations?|assertions?)\s+of\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}),\s+(?:who|which)\s+"
        r"(?:had\s+)?(?:claimed|said|announced|boasted)\b"
    ),
    # a note naming its source, then what the source said: "Source is the headman of the
    # village, who said three herders were taken" (the source speaks, not the note)
    re.compile(
        r"(?i)^(?:the\s+|our\s+)?(?:source|informant)\s+(?:is|was)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?P<who>[^,;:“”\"]{2,60}?),\s+who\s+(?:said|says|told\s+us|reported|confirmed)\b"
    ),
    # a body's claim and what it said in it: "the claim of the Liberation Front, which said
    # its fighters killed 12 soldiers" (the body claims)
    re.compile(
        r"(?i)\b(?:claim|statement|communiqu[eé]|announcement)\s+of\s+(?:the\s+)?"
        r"(?P<who>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}),\s+(?:which|who)\s+"
        r"(?:said|says|claimed|claims|stated)\b"
    ),
    # a figure taken from a source who then speaks: "Entered 9 from the district officer, who
    # says gunmen killed 9 herders" (the source speaks, not who entered it)
    re.compile(
        r"(?i)\b(?:entered|took|taken|got|copied|sourced|figures?|counts?|numbers?|toll)\b"
        r"[^,;:.“”\"]{0,20}?\bfrom\s+(?:the\s+|our\s+)?(?P<who>[^,;:.“”\"]{2,60}?),\s+who\s+"
        r"(?:says|said|reports|reported|told\s+us|tells\s+us)\b"
    ),
    # a body's update, with when, before a colon: "The civic council updated this morning: 11
    # dead" (what follows the colon is its count; a label's "Figures updated today:" names no
    # one)
    re.compile(
        r"^(?!(?i:(?:the\s+)?(?:figures?|tolls?|counts?|numbers?|data|tables?|totals?|casualties|"
        r"tally|sheet|page|list|row|entry))\b)"
        r"(?P<who>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?:updated|revised|"
        r"corrected)\s+(?:this|last|yesterday|today|on|in|at|early|late)\b[\w ]{0,20}?\s*:\s+"
        r"(?=\d|at\s+least\b|about\b|some\b|more\s+than\b)"
    ),
    # "the Commission's count of 57 deaths": a body's own count, told as a noun
    re.compile(
        r"^(?:the\s+)?(?P<who>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
        r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}?)['’]s\s+(?:count|tally)\s+of\s+"
        r"(?=\d|at\s+least\b|more\s+than\b|about\b|some\b)"
    ),
    # a log's entry of what a source told: "Village head, Mr Ana Ruiz: a drone hit a car …",
    # "Regional governor on Telegram: the strike killed four", "Port police statement on its
    # website: it has detained …" — the source named before the colon, its account after it
    re.compile(
        r"^(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?i:governor|head|office|hospital|"
        r"ministry|police|administration|prosecutor|mayor|council|commander|spokes(?:man|woman|"
        r"person))|[A-Z]{2,8}(?=\s+(?:statement|summary|post|bulletin)\b))"
        r"(?:\s+(?:[a-z]+\s+)?(?:statement|summary|post|bulletin))?"
        r"(?:\s+on\s+[^,:;()]{2,40})?(?:\s*\([^()]{1,60}\))?"
        r"(?:,\s+(?:[^:;]|(?<=\d):(?=\d)){3,160}?)?\s*:\s+(?=[a-z])"
    ),
    # "the FIR, lodged by the station house officer …, recorded seven dead": a record's count is
    # the record's, whoever speaks of it
    re.compile(
        r"(?i)\b(?P<who>the\s+(?:FIR|first\s+information\s+report|post-mortem\s+report|"
        r"charge\s*sheet|police\s+report|incident\s+log|case\s+diary))(?:,[^,;]{1,120},)?\s+"
        rf"(?:{_RECORDED})"
    ),
    # "a message from the army spokesperson, Major Kato Ronald, which I read: “…”": the quote
    # is the sender's, whoever reads it out
    re.compile(
        r"(?i)\b(?:message|statement|note|letter|text)\s+(?:from|by)\s+"
        r"(?P<who>[^,:;\"“]{2,60}?(?:,\s+[^,:;\"“]{2,40}?)?),?\s+(?:which|that)\s+"
        r"(?:(?:I|we|he|she)\s+)?(?:(?:will\s+)?read|reads|says)\s*:\s*[\"“]"
    ),
    # "The figure of 11 dead was given earlier in the day by Faisal Qasim, a …": who gave it
    re.compile(
        r"(?i)\b(?:figure|estimate|count|toll|tally)\s+of\s+[^.;]{1,40}?\b(?:was|had\s+been)\s+"
        r"(?:first\s+)?(?:given|put\s+forward|reported|released|announced)\b[^.;]{0,40}?\bby\s+"
        rf"(?P<who>(?-i:{_NAME}))"
    ),
    # "I spoke to a nurse at the hospital who …": the writer's source, whom "She told me" means
    re.compile(
        r"^(?:I|We)\s+(?:spoke|talked)\s+(?:to|with)\s+(?P<who>(?:an?|the)\s+[a-z][^,.;“”\"]{2,60}?)"
        r"(?=\s+(?:who|at|in|on|from|by|about)\b|\s*[,.;]|$)"
    ),
    # "Hon. Njoroge stated that, according to the families, the number of the dead …": who
    # states it is the reporter, the families his source
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+(?:(?:also|further|later)\s+)?"
        r"(?:stated|said|reported|explained|noted|added|told\s+\w+)\s+that,?\s+according\s+to\b"
    ),
    # "… the full text of the communiqué, read on national television by the spokesperson of the
    # Ministry of the Interior": who reads a statement out speaks it
    re.compile(
        r"(?i)\b(?:statement|communiqu[eé]|declaration),?\s+(?:as\s+)?read\s+(?:out\s+)?"
        r"(?:[^,.;“”\"]{0,60}?\s)?by\s+(?P<who>(?:the\s+|its\s+|a\s+)?[^,.;“”\"]{3,80}?)\s*(?:[,.;]|$)"
    ),
    # "Radio Dosso quotes a nurse at the clinic as saying …", "the paper cited the governor
    # saying …": the one quoted speaks, the outlet relays
    re.compile(
        r"(?i)\b(?<!was\s)(?<!were\s)(?:quotes?|quoted|cites?|cited|has|have|carries|carry)\s+(?!by\b|as\b)(?P<who>(?:the\s+|an?\s+)?[^,.;:“”\"]{2,80}?)"
        # (the one quoted named between commas: "quoted the army spokesman, Lt Col Ana Ruiz,
        # saying …")
        r"(?:,\s+[A-Z][^,.;:“”\"]{2,60},)?\s+(?:as\s+)?saying\b"
    ),
    # "The Punch quoted the police spokesman, SP Ali Musa: 7 people died": the one quoted,
    # then his words after a colon
    re.compile(
        r"(?i)\b(?<!was\s)(?<!were\s)(?:quotes|quoted|cites|cited)\s+(?!by\b|as\b)"
        r"(?P<who>(?:the\s+|an?\s+)?[^,.;:“”\"]{2,80}?(?:,\s+[A-Z][^,.;:“”\"]{2,60})?)\s*:\s"
    ),
    # "Vanguard carried the ISWAP statement that its fighters killed 20 soldiers": whose
    # statement a paper carries speaks
    re.compile(
        r"\b(?:carried|carries|carry|published|publishes|ran|runs|printed|prints|relayed|"
        r"relays)\s+(?:the|a|an)\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:['’]s)?\s+"
        r"(?:statement|claim|communiqu[eé]|press\s+release|announcement)\s+that\b"
    ),
    # …, Reuters reported, citing hospital officials. / Quoting police, state media said …
    re.compile(
        r"(?:,\s+|^)(?:citing|quoting|Quoting|Citing)\s+(?P<who>(?:the\s+|an?\s+)?(?:[A-Z]|[^,.;“”\"]{0,40}"
        r"\b(?:officials?|sources?|police|witnesses|residents|ministry|hospital|doctors?|medics|army|"
        r"military|spokes\w+|officers?|authorities|rescuers|agency|government|commander|governor)\b)"
        r"[^,.;“”\"]{0,60}?)\s*(?:[,.;]|\s+as\s+saying\b|$)"
    ),
    # JNIM, an affiliate of al Qaeda, claimed the attack and said its fighters …
    re.compile(
        # "The proscribed BLF claimed …"; "The Islamic State group's affiliate claimed …, saying …"
        # ("Late on Friday, the Amaq agency of the Islamic State Khorasan Province (ISKP)
        # claimed …": a time before it, a body "of" another)
        rf"^(?:(?:(?:Late|Early|Later)\s+)?(?:on|in)\s+[A-Z]\w+(?:\s+\w+)?,\s+|Later,\s+)?"
        rf"(?:[Tt]he\s+(?:(?:proscribed|banned|outlawed)\s+)?(?=[A-Z]))?"
        rf"(?P<who>[A-Z][\w’'-]*(?:\s+(?![a-z]+ed\b)(?:[A-Za-z][\w’'-]*|\([A-Z]{{2,8}}\))){{0,4}}"
        rf"(?:\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\([A-Z]{{2,8}}\))){{0,5}})?)"
        # ("JNIM claims an attack on the post at Diboli, on the border, saying …": a timeline's
        # present, the place of the attack told in an aside)
        rf"(?:,\s+[^,“”\"]{{3,80}},)?\s+(?:[a-z]+ed|took|gave|went|came|made|held|sent|struck|hit|"
        rf"claims)"
        # ('claimed the "operation" and said …': a word of the object in quotes)
        # ("claimed the attack in a statement saying it had killed …": no comma before it)
        rf"\b(?:\s+[\"“]?[\w’'-]+[\"”]?){{0,12}}?(?:\s+and\s+(?:later\s+|also\s+)?{_SAY}|"
        rf"(?:,\s+(?:on|in|near|at)\s+[^,;“”\"]{{3,40}})?"
        rf"(?:,\s+|\s+(?=saying\b))(?:saying|"
        # ("disputed the figure, telling the committee that …")
        rf"claiming|telling))\b"
    ),
    # “…,” said Hameed Zahir, deputy commissioner of the area.
    re.compile(rf"(?:[”\"]|,')\s*said\s+(?P<name>{_NAME}),\s+(?P<title>[^,.]+?)\.?[”\"']?$"),
    # …, said Ahmed, a local trader.
    re.compile(
        r",\s+said\s+(?P<name>[A-Z][a-z][\w'-]+),\s+(?P<title>(?:a|an|the)\s+[a-z][^,.;]{2,60}?)\.?$"
    ),
    # "…, said their coordinator, Doña Ana Ruiz.": the title first (whose it is), then the name
    re.compile(
        r",[”\"]?\s+said\s+(?P<title>(?:their|its|his|her|our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),"
        r"\s+(?P<name>(?:[A-Z][a-zñ]{1,4}\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\.?$"
    ),
    # …, said Lt. Col. Dennis Almorato, spokesman of the 6th Infantry Division.
    re.compile(
        # (a surname's particle in lower case: "said Mohamed al-Ajili, a member of …")
        rf",\s+said\s+(?P<name>(?:(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}){_NAME}),"
        # (the body's clause after the title is no part of it: "…, which brokered the truce")
        r"\s+(?P<title>(?:the\s+|a\s+|an\s+)?[a-z][^.;]{2,100}?)"
        r"(?:,\s+(?:which|whose)\s+[^.;]{2,100}?)?\.?$"
    ),
    # “Nine people were killed,” Hussain Jan, the deputy commissioner, told Dawn.
    # …, Major General Ahmed Hassan, the army spokesman, told reporters.
    re.compile(
        rf"(?:[”\"]|,)\s+(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME}),\s+"
        rf"(?P<title>(?:the|a|an)\s+[^,“”\"]{{3,60}}?|(?=[a-z])[^,“”\"]{{0,40}}?\b{_ROLE}\b[^,“”\"]{{0,60}}?),"
        rf"\s+{_SAY}\b"
    ),
    # …, a senior superintendent of police, Ayub Achakzai, told Reuters.
    re.compile(
        rf"(?:,|[”\"])\s+(?P<title>[a-z][^,“”\"]*?),\s+(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}"
        rf"{_NAME}),\s+{_SAY}\b"
    ),
    # "…, his employer, ice-plant owner Ana Ruiz, told the Chronicle": a relation, then the
    # person by trade and name
    re.compile(
        rf"(?:,|[”\"])\s+(?P<title>(?:his|her|their|the|a|an)\s+[a-z][^,“”\"]{{2,40}}?),\s+"
        rf"(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}\s+{_NAME}),\s+{_SAY}\b"
    ),
    # "The head of the district police, Maj. Ali Tunde, denied the claim and said only 2 …": the
    # speaker named between commas before what he denied, not the denial
    re.compile(
        r",\s+(?P<who>[^,“”\"]{3,60}?),\s+(?:denied|rejected|dismissed|disputed|refuted|"
        r"contested|questioned)\s+(?:the|this|that|these|those|its|their)\s+[a-z]+(?:\s+[a-z]+){0,2}"
        r"\s+and\s+(?:said|says|added|adds|stated|states|insisted|insists)\b"
    ),
    # …, railways official Muhammad Kashif said.   /  “…,” Interior Minister X said in …
    re.compile(
        rf"(?:,|[”\"])\s+(?P<who>[^,“”\"]{{3,80}}?)\s+(?:(?:had|has|have|also|later)\s+){{0,2}}(?:{_SAY}"
        rf"|(?:put|gave|placed)\s+the\s+(?:death\s+)?(?:toll|number\s+of\s+dead))"
        rf"(?:\s+in\s+a\s+statement)?\b"
    ),
    # "…, the SSP reported 6 killed and 4 wounded", "…, the District Police reported 3
    # dead": a clause after a comma whose subject, a body named in capitals (or the police),
    # reports a count straight after its verb
    re.compile(
        r",\s+(?P<who>(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
        r"(?-i:[A-Z])[\w’'.-]*){0,4}|police|army|military))\s+(?:also\s+)?(?:reported|reports)"
        r"\s+(?=(?:at\s+least\s+|some\s+|about\s+)?(?:\d|(?:one|two|three|four|five|six|"
        r"seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))"
    ),
    # The director of Madina hospital, Dr Abdikadir Farah, said …
    # ("The coordinator, Ana Ruiz, reported 14 killed": the verbs a bare subject takes)
    re.compile(
        # ("The army spokesman, Lt Col Musa Adakole, later puts the number at 27")
        rf"^(?P<title>(?:The|A|An)\s+[^,“”\"]{{3,60}}?),\s+(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME}),"
        rf"\s+(?:(?:later|also|then|now|since)\s+)?(?:{_SAY}|puts?|gave|gives|"
        rf"placed|claimed|reported|confirmed|announced|stated|{_RECORDED})\b"
    ),
    # A local rights group, the Darfur Bar Association, put the toll at 51. (a body: "the")
    re.compile(
        rf"^(?:The|A|An)\s+[^,“”\"]{{3,60}}?,\s+the\s+(?P<who>[A-Z][^,“”\"]{{2,60}}?),\s+"
        rf"(?:{_SAY}|put|gave|placed)\b"
    ),
    # The United Nations mission in the country, UNAMA, said …: the proper name, not the
    # description
    re.compile(
        rf"^(?:The\s+)?[^,“”\"]{{3,60}}?,\s+(?:the\s+)?(?P<who>[A-Z]{{2,8}}|[A-Z][\w’'-]*(?:\s+(?:of|for|"
        rf"the|[A-Z][\w’'-]*)){{0,6}}\s+(?:Mission|Office|Agency|Ministry|Council|Committee|"
        rf"Association|Organi[sz]ation|Authority|Department|Command|Forces|Army|Police|Service|"
        rf"Observatory|Society|Network)(?:\s+\([A-Z]{{2,8}}\))?),\s+(?:{_SAY}|put|gave|placed)\b"
    ),
    # District Police Officer (DPO) Swat, Shafiullah Gandapur, told Dawn …: a title in capitals
    re.compile(
        rf"^(?P<title>(?=[^,“”\"]*\b(?i:{_ROLE})\b)[A-Z][^,“”\"]{{2,60}}?),\s+"
        rf"(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME}),\s+(?:{_SAY}|put|gave|placed)\b"
    ),
    # "The Medical Superintendent, DHQ Hospital Kohat, has informed the Board that …": a title
    # and its post, in a notice's perfect
    re.compile(
        rf"^(?P<who>(?:The|A|An)\s+[^,“”\"]{{3,60}}?,\s+[A-Z][^,“”\"]{{2,60}}?),\s+"
        rf"(?:has|have|had)\s+(?:also\s+)?(?:{_SAY})"
    ),
    # "The 7 is from the local journalist Ali Omar, who tweeted that seven IDPs were killed":
    # the person a relative clause of saying follows speaks
    re.compile(
        r"(?P<who>(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,4}?[A-Z][\w'’.-]*"
        r"(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’.-]*){0,3}"
        r"|[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|ibn\s+)?[A-Z][\w'’.-]*){1,3}),\s+who\s+"
        r"(?:had\s+|has\s+)?"
        r"(?:tweeted|posted|wrote|said|reported|claimed|announced|told\s+(?:us|me|reporters))"
        r"\s+(?:on\s+[^,.;]{2,30}?\s+)?that\b"
    ),
    # A doctor at the hospital, who asked not to be named, said …
    # Two security sources, who asked not to be named, put the army's losses higher
    re.compile(
        rf"^(?P<who>(?:The|A|An|Two|Three|Four|Several|Some)\s+[^,“”\"]{{3,60}}?),\s+who\s+"
        rf"[^,]{{3,140}},\s+(?:{_SAY}|put|gave|placed)\b"
    ),
    # The Islamic State claimed, via its Amaq news agency, that its fighters killed …
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][^,“”\"]{2,60}?)\s+(?:said|claimed|reported|announced|stated),\s+"
        r"[^,“”\"]{3,100},\s+that\b"
    ),
    # Police spokesman Ali Khan: "Four officers died." (a film's or broadcast's on-screen text
    # quoted under its label is no one's words: 'SUPER: "27 miners were killed."', 'CAPTION:',
    # 'TITLE CARD:', 'LOWER THIRD:', 'ON-SCREEN TEXT:', a script's 'MC SCRIPT:', 'Voice-over:')
    re.compile(
        r"^(?!(?i:super|caption|(?:title\s+|end\s+)?card|title|lower\s+third|chyron|"
        r"on-?screen(?:\s+text)?|intertitle|graphic|slate|subtitle)\s*:)"
        # (nor a script's or a film's voice-over read out: "MC SCRIPT:", "Voice-over:")
        r"(?![^:,“”\"]{0,40}?\b(?i:script|voice-?over|v/o)\s*:)"
        # (nor a dead man's saying remembered: 'He used to say: "Knowledge is a lamp."')
        r"(?![^:,“”\"]{0,40}?\b(?:used\s+to\s+|would\s+(?:always\s+|often\s+)?|always\s+|liked\s+to\s+)"
        r"(?:say|said|tell\s+us|told\s+us)\s*:)"
        r"(?P<who>[A-Z][^:,“”\"]{2,60}?)(?:\s+(?:writes|wrote))?:\s*[“\"]"
    ),
    # Zabihullah Mujahid, the Taliban government's spokesman, said …: a name and its title
    re.compile(
        rf"^(?P<name>{_NAME}),\s+(?P<title>(?:(?:the|a|an)\s+)?[^,“”\"]{{0,60}}?\b(?:spokes(?:man|woman|"
        rf"person)|official|commander|chief|minister|governor|head|director|officer|leader|"
        rf"administrator|commissioner|chairman|chairperson|mayor|superintendent|inspector)"
        rf"(?:\s+(?:of|for|at|with|in)\s+[^,“”\"]{{2,60}}?)?)\s*,\s+(?:later\s+)?(?:{_SAY}|"
        # ("…, confirmed the clashes by phone but gave a lower toll")
        rf"(?:[a-z]+\s+[^.;“”\"]{{0,60}}?\s+(?:but|and)\s+)?(?:put|gave|placed)\s+(?:a|the)\s+"
        rf"(?:[a-z]+\s+)?(?:death\s+)?(?:toll|figure|number))\b"
    ),
    # according to Ali Shah, a spokesman for the provincial police, …
    re.compile(
        rf"\b(?i:according)\s+to\s+(?P<name>{_NAME}),\s+(?P<title>(?:the|a|an)\s+[^,“”\"]{{0,60}}?"
        rf"\b(?:spokes(?:man|woman|person)|official|commander|chief|minister|governor|head|"
        rf"director|officer|leader|administrator|commissioner|chairman|mayor|superintendent|"
        rf"inspector)(?:\s+(?:of|for|at|with|in)\s+[^,“”\"]{{2,60}}?)?)\s*(?:[,.;]|$)"
    ),
    # …, according to the hospital director, Dr Adam Ishaq.
    re.compile(
        rf"\b(?i:according)\s+to\s+(?:the\s+|a\s+|an\s+)?(?P<title>[a-z][^,“”\"]{{2,60}}?),\s+"
        rf"(?P<name>(?:[A-Z][a-z]{{0,4}}\.?\s+){{0,3}}{_NAME})\s*(?:[,.;]|$)"
    ),
    # The provincial health minister, speaking to reporters outside the hospital, said …
    re.compile(
        # ("The governor, speaking on the radio, gave a toll of 12 dead": a toll of its own)
        # ("Near Kosti, gunmen seized four herders, said the elder": a place, no speaker)
        rf"^(?!(?i:near|in|at|on|from|outside|inside|around|along|off|behind|beyond)\s)"
        rf"(?P<who>[^,“”\"]{{3,80}}?),\s+[^“”\"]{{3,200}}?,\s+(?:(?:later|now|again)\s+)?(?:{_SAY}|(?:put|gave|"
        rf"placed)\s+(?:the|a|an)\s+(?:(?:lower|higher|different|new|first)\s+)?(?:death\s+)?"
        # ("Rescue 1122, whose ambulances reached the site first, put the figures at four")
        rf"(?:toll|number|figures?)|"
        # ("The governor, who had announced 19 dead, raised the provisional toll to 27")
        rf"(?:raised|revised|lowered|updated)\s+(?:the|its|his|her|their)\s+"
        rf"(?:(?:provisional|official|overall|latest)\s+)?(?:death\s+)?(?:toll|figure|count))\b"
        # (not the verb's own speaker after it, ending the sentence: "Shells fell on houses,
        # which injured 3 children, said the Red Cross": the Red Cross speaks)
        rf"(?!\s+(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?"
        rf"(?-i:[A-Z])[\w'’.-]*){{0,5}}|(?<=\sthe\s)[a-z]+(?:\s+[a-z]+){{0,2}}?(?<!\swas)"
        rf"(?<!\swere))\s*(?:\.|$))"
    ),
    # "The governor of the region, speaking on the radio at noon, gave 12 civilians killed": a
    # speaker's aside on where they spoke, then "gave" and the count itself (not a place
    # before: "In Kaya, speaking …")
    re.compile(
        r"^(?!(?i:near|in|at|on|from|outside|inside|around|along|off|behind|beyond)\s)"
        r"(?P<who>[^,“”\"]{3,80}?),\s+(?:speaking|talking|writing)\s+[^,“”\"]{3,120}?,\s+"
        r"(?:later\s+|now\s+|again\s+)?(?:gave|gives|put|puts|listed|lists)\s+"
        r"(?=(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?(?:\d|(?i:one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve)\b))"
    ),
    # “…,” a village elder, who asked that his name not be published, said by telephone.
    re.compile(
        rf"[”\"]\s+(?P<who>(?:an?|the)\s+[^,“”\"]{{3,60}}?),\s+who\s+[^“”\"]{{3,120}}?,\s+"
        rf"(?:later\s+)?{_SAY}\b"
    ),
    # in what the army described as an "asonada": the army's words
    re.compile(
        r"\bin\s+what\s+(?P<who>(?:the\s+)?[^,.;“”\"]{2,40}?)\s+(?:described|called|termed|"
        r"characteri[sz]ed)\s+as\b"
    ),
    # a community leader who asked not to be named said …
    re.compile(
        rf"(?:^|,\s+)(?P<who>(?:[Aa]n?|[Tt]he)\s+[^,“”\"]{{3,60}}?)\s+who\s+[^“”\"]{{3,90}}?\s+"
        rf"{_SAY}\b"
    ),
    # the toll was confirmed by a medical source at the hospital
    re.compile(
        r"\b(?:confirmed|reported|given|announced|stated|put\s+out|(?:raised|revised|lowered|"
        r"updated)(?:\s+(?:up|down)ward)?(?:\s+to\s+[\w,]+)?)\s+by\s+(?P<who>(?:(?:the|an?)\s+|"
        r"(?=[a-z]))[^,.;]{3,60}?)\s*(?:[,.;]|$|(?=\s+before\s+(?:the\s+)?(?:media|press|"
        r"reporters|journalists|court)\b))"
    ),
    # “Four officers were killed,” said Col. Ahmed Raza.
    # “…,” said district police chief Naveed Alam.
    re.compile(
        r"[”\"]\s*said\s+(?P<who>(?:[a-z][\w-]*\s+){0,5}(?:[A-Z][a-z]{0,4}\.\s+){0,3}[A-Z][\w’'-]+"
        r"(?:\s+[A-Z][\w’'-]+){1,3})\s*\.?$"
    ),
    # Figures from the district hospital showed … / A report by the UN … said …
    re.compile(
        r"^(?:(?:The\s+)?(?:[Ff]igures|[Dd]ata|[Rr]ecords|[Ss]tatistics|[Tt]allies)|(?:A|The)\s+"
        r"(?:tally|report|count))\s+(?:(?:compiled|released|issued|published|provided|kept)\s+)?"
        r"(?:from|by|of)\s+(?P<who>(?:the\s+)?[^,;“”\"]{3,80}?)\s+(?:showed|show|shows|said|says|"
        r"put|puts|indicated|indicate|listed|recorded|gave)\b"
    ),
    # a place's own records as the subject, listing what they hold: "Admission logs from the
    # district hospital, 200 pages covering May, list 19 people brought in dead", "The
    # mortuary's register shows 12 bodies", "Police logs record seven deaths"
    re.compile(
        # (not bare "The records show": whose they are is said before or after)
        r"^(?!(?:The\s+)?(?:logs|records|registers?|ledgers?|registry)\s+(?!from|of|at|kept)\b)"
        r"(?P<who>(?:The\s+|Internal\s+|Its\s+)?(?:[A-Z]?[\w’'-]+\s+){0,3}?(?:[\w-]+[’']s\s+)?"
        r"(?:[a-z]+\s+)?(?:logs|records|registers?|ledgers?|log\s?books?|registry)"
        r"(?:\s+(?:from|of|at|kept\s+by)\s+(?:the\s+)?[^,;“”\"]{3,60}?)?)(?:,\s+[^;“”\"]{3,80}?,)?"
        r"\s+(?:list|lists|listed|show|shows|showed|record|records|recorded|count|counts|counted)\b"
    ),
    # one who gives another count, before giving it: "A member of the vigilance committee, who
    # asked not to be named, gave a higher toll.", "The mayor offered a different figure."
    re.compile(
        r"^(?P<who>(?:A|An|The|One)\s+[^.;,“”\"]{3,100}?)(?:\s*\[[^\]]{1,60}\])?"
        r"(?:,\s+(?:who|which)\s+[^.;“”\"]{3,80}?,)?\s+(?:also\s+|later\s+)?(?:gave|gives|offered|"
        r"offers|put\s+forward|cited|cites|had|has|provided|provides)\s+(?:a|an)\s+(?:much\s+|far\s+|"
        r"slightly\s+)?(?:higher|lower|different|other|new|heavier|conflicting|separate)\s+"
        r"(?:death\s+)?(?:toll|figure|count|number|tally|estimate|account)\b"
    ),
    # The Health Ministry's figures showed … / The health ministry tally showed …
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,5}?)(?:[’']s)?\s+(?:figures|data|tally|"
        r"records|count|statistics)\s+(?:showed|show|shows|put|indicated|listed|recorded)\b"
    ),
    # …, the Pakistan army's media wing, the Inter-Services Public Relations (ISPR), said.
    re.compile(
        rf",\s+(?:the\s+)?[^,“”\"]{{3,60}}?,\s+(?:the\s+)?(?P<who>[A-Z][^,“”\"]{{3,80}}?),\s+{_SAY}"
        rf"\.?$"
    ),
    # '"… are receiving treatment." — Lt Col Ali Musa, army spokesman': a quote signed with
    # a dash after its closing mark, a name (its title after a comma)
    re.compile(
        r"[”\"]\s*[—–]\s*(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*"
        r"(?:,\s+(?:the\s+)?[a-z][^,.;“”\"]{2,60})?)\.?$"
    ),
    # …, said Jubaland's security ministry.
    re.compile(
        r",[”\"]?\s+(?:said|says)\s+(?P<who>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"\b)[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)"
        # ("…, says Haqqpal, the rights site.": what the name is, after a comma)
        r"(?:,\s+(?:the|a|an)\s+[^,.;:“”\"]{2,60})?\.?$"
    ),
    # "…, said district police superintendent (SP) Md. Kabir Hasan.": a title in small letters
    # (its initials in brackets), then the name, after the verb, ending the sentence
    re.compile(
        rf",[”\"]?\s+(?:said|says|confirmed)\s+(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,4}}"
        rf"(?:\s+\([A-Z]{{2,6}}\))?\s+(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME})\.?$"
    ),
    # "…, claimed locals.", "…, said residents.": an unnamed many after the verb, ending the
    # sentence, as translated reports put them ("…, report local sources.": the plural verb)
    re.compile(
        r",[”\"]?\s+(?:said|says|claimed|claims|reported|reports|report|alleged|alleges)\s+"
        r"(?P<who>(?:(?:local|some|several|many|other)\s+)?(?:locals|residents|villagers|"
        r"witnesses|eyewitnesses|relatives|families|survivors|elders)|"
        r"(?:local|security|medical|hospital|military|police|humanitarian)\s+sources)\.?$"
    ),
    # "…, indicates its medical director.": a body's officer after the inverted verb, the body
    # told by "its" in the sentence before
    re.compile(
        r",[”\"]?\s+(?:reports|reported|indicates|indicated|affirms|affirmed|specifies|"
        r"specified|adds|added|explains|explained)\s+(?:its|their)\s+"
        r"(?P<who>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3})\.?$"
    ),
    # …, reported the Secretariat of Public Security (SSP) of Michoacán. (a body's proper name
    # after the verb, as translated reports put it)
    re.compile(
        r",[”\"]?\s+(?:reported|indicated|stated|announced|informed)\s+(?P<who>(?:the\s+)?"
        r"[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|de|del|[A-Z][\w’'-]*|\([A-Z][\w-]{1,10}\))){0,10})"
        r"\.?$"
    ),
    # "…, precised the communiqué.", "…, added the same source.", "…, indicated Wednesday a
    # communiqué of the Ministry of Defence (MDN).": a translated wire's document that speaks,
    # after its verb (the day it spoke between them)
    re.compile(
        r",[”\"]?\s+(?:said|says|precised|specified|added|continued|indicated|stated|noted|"
        r"underlined|stressed|affirmed|reported|announced|concluded)"
        r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"yesterday|today))?\s+"
        r"(?P<who>(?:the|a)\s+(?:same\s+)?(?:communiqu[eé]|statement|press\s+release|release|"
        r"source|bulletin|report|note|dispatch)"
        r"(?:\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*|"
        r"\([A-Z][\w-]{1,10}\))){0,10})?)\.?$"
    ),
    # "…, has declared the prefect of the Pool, Monsieur Georges Kinzonzi, in a point of press
    # held Sunday at Kinkala.": a translation's perfect verb of saying before its speaker (the
    # French "a déclaré le préfet"), the name after a comma and where it spoke after it
    re.compile(
        r",[”\"]?\s+(?:has|have)\s+(?:declared|indicated|affirmed|stated|announced|specified|"
        r"informed|reported|said|confirmed|precised)\s+"
        r"(?P<who>the\s+(?!same\b)[a-z][\w'’-]*(?:\s+(?:of|for|the|and|[\w'’-]+)){0,6}?)"
        r"(?:,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|Monsieur\s+|Madame\s+)?[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*){0,3},?)?"
        r"(?:\s+(?:in|at|during|on|to|before)\s+[^.;“”\"]{2,100}?)?\.?$"
    ),
    # …, said a police official who declined to be named.
    re.compile(
        # ("…, says the CJTF sector leader Baba Kolo": the present, as chats and notes put it)
        # ("…, precised the same source, who added …": a raw translation's "precisou", the
        # French "a précisé")
        r",[”\"]?\s+(?:said|says|(?:indicates|indicated|adds|specifies|specified|explains|"
        r"precised|precises)"
        r"(?=\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?sources?\b)|"
        # ("…, reports the regional radio station.": a translated report's speaker after its
        # verb, inverted; no count after the verb: "…, reported the deaths of 3" is none)
        r"(?:reports|reported|writes|wrote|"
        # ("…, indicated the mayor of the commune.", "…, affirms the spokesman.": the French
        # "indique", "affirme" inverted the same way; "…, informed the same press service.": a
        # translation's "сообщили")
        # ("…, inform the relatives.": the plural, as a translation agrees it)
        r"indicates|indicated|affirms|affirmed|informs|informed|inform|affirm)"
        r"(?=\s+(?:a|an|the)\s+[^,.;“”\"\d]{3,90}?\.?$))\s+"
        # ("…, said the spokesman of the command; two of them are …": a clause of the
        # writer's after a semicolon)
        r"(?P<who>(?:a|an|the)\s+[^,.;“”\"]{3,90}?)(?:,?\s+who\s+[^.;“”\"]{3,200})?"
        r"(?:\.?$|;\s+(?=[a-z]))"
    ),
    # "…, confirmed his mother, who asked to omit her name.", "…, said her brother.": a kin of
    # the victim after the inverted verb (a translation's "confirmó su madre")
    re.compile(
        r",[”\"]?\s+(?:said|says|confirmed|confirms|told|recounted|added)\s+"
        r"(?P<who>(?:his|her|their)\s+(?:mother|father|brother|sister|son|daughter|wife|husband|"
        r"uncle|aunt|cousin|relatives?|family|parents|neighbou?rs?))"
        r"(?:,?\s+who\s+[^.;“”\"]{3,120})?\.?$"
    ),
    # "8 civilians died and 14 were injured the health office of the district said.": a
    # speaker after the outcome with no comma between, as hurried notes write it
    re.compile(
        r"(?i:killed|wounded|injured|hurt|dead|died|abducted|kidnapped|arrested|detained|missing|"
        r"freed|released)\s+(?P<who>the\s+(?!(?:day|night|week|month|year|morning|evening|time|same)\b)"
        r"(?-i:[a-z])[^,.;:“”\"]{2,60}?)\s+(?:said|says|reported)"
        r"\.?$"
    ),
    # "…, informed to the ALP local sources." / "…, added the sources." / "…, reported to the
    # agency the administrator of the district, Ana Mondlane.": a translated wire's speaker
    # after its verb, the agency it told between them
    re.compile(
        r",[”\"]?\s+(?:said|reported|informed|added|told|indicated|stated|advanced)"
        r"(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w’'-]*|agency|newspaper|press)(?:\s+[A-Z][\w’'-]*){0,3})?\s+"
        r"(?P<who>(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:sources|officials|residents|witnesses|"
        r"authorities|villagers|survivors)|(?:[a-z]+\s+){0,2}(?:administrator|governor|mayor|"
        # ("…, reported the president of the central of rondas, Teodoro Ccente.": the body he
        # heads in small letters)
        r"commander|chief|spokesman|spokesperson|director|president|chairman|chairperson|"
        r"coordinator|leader|head|secretary)(?:\s+of\s+(?:the\s+)?[a-z]+){0,3},\s+"
        r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\.?$"
    ),
    # "…, declared the chief of tabanca, Sr. Braima Sané.", "…, informed to our agency a source
    # of the National Guard.", "…, said still the chief of the village.": a raw translation's
    # verb of saying before its speaker (the Portuguese "declarou o chefe", "informou à nossa
    # agência uma fonte"), the agency it told and an adverb between them, the name after a
    # comma ending the sentence
    re.compile(
        r",[”\"]?\s+(?:declared|precised|confirmed|informed|affirmed|stated|indicated|assured|"
        r"revealed|explained|specified|said|added)(?:\s+(?:still|also|again|yet|further))?"
        r"(?:\s+to\s+(?:our|the|this|a)\s+(?:agency|newspaper|paper|correspondent|reporter|"
        r"station|radio|press))?\s+"
        # (who speaks named by the noun of a speaker: not "…, confirmed the clash but gave
        # different figures", what was confirmed)
        r"(?P<who>(?:a|an|the)\s+(?!same\b)(?:[a-z][\w'’-]*\s+){0,3}?(?:sources?|chief|head|"
        r"spokes(?:man|woman|person)|director|minister|commander|governor|mayor|prefect|"
        r"officials?|administrator|president|secretary|leader|coordinator|chairman|"
        r"representative|residents|witness(?:es)?|police|army|agency|ministry|command|doctor)"
        r"(?:\s+(?:of|for|in)\s+[^,.;:“”\"\d]{1,60}?)?)"
        r"(?:,\s+(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Sr\.ª)\.?\s+|(?:doctor|captain|major|colonel|"
        r"lieutenant|commissioner|inspector|general)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
        r"\.?$"
    ),
    # "…, 1 terrorist was abated, the same institution informed.": a translation's "informó"
    # closing the sentence after its subject, after a comma (not a note's "Director informed.",
    # who was told)
    re.compile(r",[”\"]?\s+(?P<who>the\s+(?:same\s+)?[a-z][^,.;:“”\"]{1,60}?)\s+informed\s*\.?$"),
    # Twelve died, said police, adding that … / …, said hospital officials.
    re.compile(
        # ("…, informed CRPF officials.": a translation's "informed", a force's initials before)
        r",[”\"]?\s+(?:said|says|reported|informed)\s+(?P<who>(?:(?:[a-z]+|[A-Z]{2,6})\s+){0,2}"
        r"(?:police|officials|residents|witnesses|"
        r"sources|doctors|medics|rescuers|authorities|villagers|survivors|media))(?:,|\s*\.?$)"
    ),
    # "figures circulating on social networks claiming 60 dead": the medium they go round on
    re.compile(
        r"\b(?i:figures|tolls?|reports|posts|claims|messages|videos)\s+(?i:circulating|going\s+round|"
        r"shared)\s+(?:on|in)\s+(?P<who>(?i:social|local)\s+(?i:networks|media)|(?-i:[A-Z])[\w-]*"
        r"(?:\s+(?-i:[A-Z])[\w-]*){0,2})\s+(?:claiming|saying|speaking\s+of|giving|that)\b"
    ),
    # "Unconfirmed reports on social media speak of 50 dead": the media the reports are on
    re.compile(
        r"\b(?i:reports|posts|accounts|videos)\s+(?:on|in)\s+(?P<who>(?i:social|local|state)\s+media|"
        r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:speak\s+of|say|said|suggest(?:ed)?|put|claim(?:ed)?)\b"
    ),
    # "reports in some outlets that 4 soldiers had been wounded", "reports in some sections of
    # the media that 20 persons were killed": the outlets the reports are in, whose the count
    # is (an official's rebuttal names them so)
    re.compile(
        r"\b(?i:reports)\s+(?:in|by)\s+(?P<who>(?:some|certain|several|a\s+few|other)\s+"
        r"(?:sections\s+of\s+the\s+)?(?:outlets|media(?:\s+outlets)?|press|newspapers|"
        r"news\s+outlets))\s+that\b"
    ),
    # "denies what has been circulated by some pages on social media about the death of 11
    # soldiers", "rumours spread by accounts on Telegram about 20 dead": the medium the pages
    # or accounts that tell the count are on
    re.compile(
        r"\b(?:circulated|spread|posted|published|shared|relayed)\s+by\s+(?:(?i:some|certain|"
        r"several|a\s+few|many)\s+)?(?:pages|accounts|sites|websites|channels|users)\s+on\s+"
        r"(?P<who>(?i:social)\s+(?i:media|networks)|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})"
        r"\s+(?:about|of|on|reporting|claiming|speaking\s+of)\b"
    ),
    # "a viral post alleging 10 dead", "certain foreign media speaking of 30 soldiers killed": the
    # post or the media that tell the count (a count often denied)
    re.compile(
        r"\b(?:(?i:certain|some|several|a|an|the)\s+)?(?P<who>(?i:viral|foreign|local|online|social|"
        r"international|unverified|anonymous)\s+(?:[a-z]+\s+)?(?i:posts?|media|medias|outlets?|"
        r"accounts?|messages?|videos?))\s+(?:alleging|speaking\s+of|claiming)\b"
    ),
    # "A separatist faction calling itself the "Bui Warriors" claimed the attack …, asserting
    # that …": the name it gives itself
    re.compile(
        r"\b(?:calling|called|naming)\s+itself\s+(?:the\s+)?[\"“]?(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
        r"[\"”]?\s+(?:claimed|said|says|stated|announced|"
        # ('… calling itself the "Kibo Lions" wrote on Facebook that …': a post of its own)
        r"(?:wrote|posted)\s+(?:on\s+[\w-]+\s+)?that)\b"
    ),
    # "the report of the District Health Officer, Kurram, dated 1 August, places the number of
    # dead at 43": the office whose report it is
    re.compile(
        r"\b(?i:the\s+)?(?i:report|bulletin|letter|statement)\s+of\s+(?:the\s+)?"
        # (not a day: "our statement of Tuesday night gave 22")
        rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH_NAMES})\b)"
        r"(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\b(?=[^.;]{0,120}?\s(?:places|placed|puts|"
        r"put|gives|gave|records|recorded|counts|counted|lists|listed)\s)"
    ),
    # "the communiqué issued by the general staff on 16 May, which gave a toll of 12": the body
    # that issued the document that gives the figure
    re.compile(
        r"\b(?i:communiqu[eé]|statement|report|bulletin|press\s+release)\s+(?i:issued|released|"
        r"published|put\s+out)\s+by\s+(?P<who>(?i:the\s+)?[^,.;]{3,80}?)"
        r"(?=(?:\s+on\s+[^,.;]{1,30})?,?\s+which\s+(?:gave|put|said|says|listed|counted|reported|"
        r"cited|gives|puts|lists)\b)"
    ),
    # (according to) figures compiled by the Health Cluster from hospitals: the
    # body that compiled them
    re.compile(
        r"\b(?:figures|data|records|statistics|tallies|tally|numbers|information)\s+(?:compiled|collected|gathered|released|published|kept|provided)\s+by\s+"
        r"(?P<who>(?:the\s+)?[^,.;]{3,60}?)(?=\s+(?:from|on|in|through)\b|[,.;]|$)"
    ),
    # "By our tally, at least 27 people were killed …", "By the UN's count, …": whose count
    # ("By my count at least 17 people were killed": the comma left out before the count)
    re.compile(
        r"^(?i:by|on)\s+(?P<who>(?i:our|my)\s+(?:own\s+)?(?i:tally|count|reckoning))"
        r"(?:\s*,|(?=\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?\d))"
    ),
    re.compile(
        r"^(?i:by|on)\s+(?:the\s+)?(?P<who>[A-Z][^,.;]{1,50}?)['’]s?\s+(?:own\s+)?"
        r"(?i:tally|count|reckoning)\s*,"
    ),
    # "According to residents a shopkeeper was taken", "According to the Police 4 passengers
    # dead": an opening with no comma, the name ending where the news begins
    re.compile(
        r"^(?i:according)\s+to\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|"
        r"[a-z]+))\s+(?=(?:a|an|\d[\d,]*)\s)"
    ),
    # "According to the station police Ra-ngae the result make …": a body in small letters (the
    # place's name after it), no comma, the news opening on "the"
    re.compile(
        r"^(?i:according)\s+to\s+(?P<who>(?:the\s+)?(?:[a-z]+\s+){0,2}(?:police|army|hospital|"
        r"office|authorities|command|ministry|administration)(?:\s+[A-Z][\w'’-]*){0,2})\s+"
        r"(?=the\s)"
    ),
    # "…, the sheriff of district Sai Buri told.": a translation's "told" with nobody told, as
    # "said"
    re.compile(
        r",\s+(?P<who>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}(?:\s+of\s+"
        r"(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2})?)\s+told\.?$"
    ),
    # "According to the town hall of Pama 4 traders killed": an office in small letters and the
    # place it is of, no comma, the count right after the place's name
    re.compile(
        r"^(?i:according)\s+to\s+(?P<who>(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+of\s+"
        r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?=\d[\d,]*\s)"
    ),
    # ("…, according to the Merawi primary hospital 21 people lost their lives": a name with
    # words in small letters, no comma before the count, after a clause)
    re.compile(
        r"(?:^|,\s+)(?i:according)\s+to\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*)"
        r"{0,4}?\s+(?i:hospital|clinic|police|army|office|ministry|council|administration|command|"
        r"authorities|centre|center))\s+(?=\d[\d,]*\s)"
    ),
    # "…, as identified by the Fataki health zone,": who counted the dead it names
    re.compile(
        r",\s+as\s+(?:identified|counted|recorded|documented|established|"
        r"verified|listed)\s+by\s+(?P<who>(?:the\s+)?[^,.;“”\"]{3,60}?)\s*(?:[,.;]|$)"
    ),
    # "Also, by information of the ministry, were wounded 7 …": a translation's "according to"
    # (the Russian "по информации", "по данным": by information, by data of)
    re.compile(
        r"\b(?i:by|on|under)\s+(?:the\s+)?(?i:information|data)\s+of\s+"
        r"(?P<who>(?:the\s+)?[^,.;:“”\"\d]{3,80}?)(?=\s*[,.;]|$)"
    ),
    # according to X
    # ("according to medical staff at the hospital interviewed by the organisation")
    re.compile(
        r"\b(?i:according)\s+to\s+(?P<who>[^,.;]{3,80}?)"
        r"(?=\s+who\b|\s+(?:interviewed|quoted|cited|contacted)\s+by\b|[,.;]|$)"
    ),
    # "3 guards killed and 2 injured per the district chairman", "…, per community sources": a
    # log's or a message's "per" is "according to" (not "per cent", "per day", "per village")
    re.compile(
        # ("Per local sources, 5 civilians were abducted": opening the sentence)
        # ("Per the 4th Infantry (Tabak) Division, …": a one-word name in brackets inside it)
        # (not a rule followed: "buried per Islamic rites", "per the standing procedure")
        # ("As reported by Regional Officer X, 3 terrorists were killed": the same, opening)
        r"(?:^|,\s*|\s)(?:(?i:as\s+)?(?i:per)|^As\s+(?:reported|stated|confirmed)\s+by)\s+(?![^,.;:()]{0,30}?\b(?i:rites?|customs?|traditions?|"
        r"protocols?|procedures?|regulations?|rules|law)\b)(?P<who>(?i:the)\s+[^,.;:()]{2,60}?"
        r"(?:\s+\((?-i:[A-Z])[\w'’-]{1,20}\)\s+(?-i:[A-Z])[^,.;:()]{0,40}?)?|"
        r"(?-i:[A-Z])[^,.;:()]{1,60}?|(?i:[a-z]+\s+)?(?i:sources|officials|residents|witnesses|"
        r"authorities|elders|relatives))(?=\s+(?:this|that|on|at|in|and|who)\b|\s*[,.;(]|$)"
    ),
    # "we have learned from the local authorities that …", "we were told by police that …"
    re.compile(
        r"\b(?:learn(?:ed|t)|heard|were\s+told|have\s+been\s+told|been\s+informed)\s+(?:from|by)\s+"
        r"(?P<who>(?:the\s+)?[^,.;:]{2,60}?)\s+that\b"
    ),
    # "… (source: local authorities)" (sitreps), "…, as per local authorities"
    re.compile(r"\((?i:sources?)\s*:\s*(?P<who>[^():]{3,60}?)\s*\)"),
    # a sitrep's source in brackets after the outcome: "2 workers abducted (CICPC Apure)."
    re.compile(
        r"\b(?i:killed|dead|wounded|injured|abducted|kidnapped|arrested|detained|missing|released|"
        r"freed)\s+\((?P<who>(?-i:[A-Z]{2,8})(?:\s+(?-i:[A-Z])[\w'’-]+)?)\)\s*(?:[.;]|$)"
    ),
    # a relay log's message: "Source county commissioner Pibor: 12 civilians killed", "…, 3
    # wounded (source army sector commander via Bor)": who sent it, however it came
    re.compile(r"^(?i:sources?)\s+(?P<who>[^:()]{3,60}?)\s*:\s+(?=\S)"),
    re.compile(r"\((?i:sources?)\s+(?P<who>[^():]{3,60}?)(?:\s+via\s+[^()]{1,40})?\s*\)"),
    # "MSF Pibor hosp: 15 wounded admitted …", "Army sector commander: 4 killed", "County
    # commissioner Pibor: …": a message headed by who gave it (and where)
    re.compile(
        r"^(?:(?i:update)\s*:?\s+)?(?P<who>[^:,.;()]{0,40}?\b(?i:police|army|military|hosp|hospital|cdr|commander|commr|"
        r"commissioner|admin|administrator|spokes\w+|officials?|authorities|ministry|"
        # ("Civil protection: 3 people missing", "Police spokesman Ana Ruiz: 2 officers killed")
        r"med\s+coord|coordinator|civil\s+(?:protection|defen[cs]e))(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})"
        r"\s*:\s+(?=[^:]*\d)"
    ),
    re.compile(
        r"\bas\s+per\s+(?P<who>(?:the\s+)?(?:[A-Z]|[^,.;()]{0,40}\b(?:officials?|sources?|police|"
        r"authorities|ministry|hospital|army|military|spokes\w+|witnesses|residents|doctors)\b)"
        r"[^,.;()]{0,40}?)\s*(?:[,.;]|$)"
    ),
    # "…, per Kenya Police." (alerts)
    # ("…, per the Indanan MPS.": a proper name after "the")
    re.compile(r"\bper\s+(?:the\s+)?(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s*(?:[,.;]|$)"),
    # "…, per a local NGO partner." (alerts): a source by its role
    re.compile(
        r"\bper\s+(?P<who>(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:source|sources|partner|partners|"
        r"contact|contacts|official|officials|officer|police|authorities|residents?|witness(?:es)?|"
        r"elders?|doctors?|staff|team|committee|unit|office|desk|association|council|hospital|"
        r"clinic))\s*(?:[,.;]|$)"
    ),
    # The UN Office for the Coordination of Humanitarian Affairs (OCHA) said …: a body's proper
    # name, however long, in capitals but for its small words
    re.compile(
        rf"^(?P<who>(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w’'-]*|"
        rf"\([A-Z][\w-]{{1,10}}\))){{2,14}})\s+(?:(?:later|also|now|has|have|had)\s+){{0,2}}"
        rf"(?:{_SAY}|confirmed|announced|stated)\b"
    ),
    # "A spokesman for the Southern Transitional Council's security belt forces told local
    # television …": a title for a body's long name, its own words after the possessive
    re.compile(
        rf"^(?P<who>(?:An?|The)\s+(?:spokes(?:man|woman|person)|official|officer|commander|source)"
        rf"\s+(?:for|of|with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*)){{0,6}}"
        rf"[’']s(?:\s+[a-z][\w-]*){{1,4}})\s+(?:{_SAY})\b"
    ),
    # Local officials said … / The BLA said its fighters … / The military gave a higher toll
    re.compile(
        rf"^(?P<who>(?:(?:[\w’'-]+|[A-Z][a-z]{{1,3}}\.|(?:[A-Z]\.){{1,3}}|\([A-Z]{{2,8}}\)|"
        rf"\([A-Z][^()]{{2,40}}\))\s+)"
        # ("An official of the Kale township People's Defence Force (PDF) told our reporter")
        rf"{{0,10}}?"
        # ("The AFC/M23 says …": a coalition's two names parted by a slash)
        rf"(?:[A-Z][\w’'-]*/[A-Z][\w’'-]*|[\w’'-]+|\([A-Z]{{2,8}}\)|\([A-Z][^()]{{2,40}}\)))\s+"
        # ("District police had earlier put the number of dead at four": an earlier count)
        # ("The Superintendent of Police has further reported that …": a report added to one before)
        rf"(?:(?:later|also|now|since|subsequently|earlier|previously|further|has|have|had)\s+){{0,2}}"
        rf"(?:{_SAY}|gave|put|reported|confirmed|announced|stated|denied|{_RECORDED}|"
        # ("The applicants also state that …": a plural's present, before "that")
        rf"(?:(?<=[a-z]s\s)|(?<=also\s))state(?=\s+that\b)|"
        # ("The regional hospital raises the toll to nine": a timeline's present tense)
        rf"(?:revised|raised|lowered|updated|revises|raises|lowers|updates)(?=\s+(?:the|its|their)\s+"
        # ("raised the provisional toll": its standing named)
        rf"(?:(?:provisional|official|overall|latest|previous|initial|human)\s+)?"
        # ("raised the Obregón toll to 7": the toll of a place or an event, named)
        rf"(?:(?-i:[A-Z])[\w’'-]+\s+)?"
        rf"(?:death\s+)?(?:toll|figures?|count|number))|"
        # ("the manager updated this to 3 crew members killed": the count just told, by a word)
        rf"(?:revised|raised|lowered|updated|corrected)(?=\s+(?:this|that|it|these)\s+to\s)|"
        # ("The civil protection advanced a toll of 10 dead", "advanced the balance sheet of
        # 10 dead": a count put forward, not troops that moved; not "advances the figure of 9
        # dead" after another count, which the rules read as a count cited again)
        rf"(?:advanced|advances|advance)(?=\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?"
        rf"(?:balance(?:\s+sheet)?|toll|tally|estimate)\b))\b"
    ),
    # "The deputy commissioner puts the toll at 13 dead": a summary's present, of a speaker
    # named with an article or a capital (not "their coordination puts …", whose speaker is
    # said before)
    # ("The Observatory, which relies on sources on the ground, puts the dead at 17": a clause
    # of who it is between commas; the dead as what it puts)
    # ("The Collectif citoyen pour l’alternance (CCA), which called the march, now counts 3
    # people killed": its initials in brackets, and a body's count of its own after the clause)
    re.compile(
        r"^(?P<who>(?:The|An?|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
        r"(?:\s+\((?-i:[A-Z][A-Za-z]{1,8})\))?)"
        r",\s+(?:who|which)\s+[^.;“”\"]{3,80}?,\s+(?:now\s+|also\s+)?(?:counts|counted)\s+"
        r"(?=(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?(?:\d|(?i:one|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve)\b))"
    ),
    re.compile(
        r"^(?P<who>(?:The|An?|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
        r"(?:,\s+(?:who|which)\s+[^.;“”\"]{3,80}?,|"
        # ("The Rights Monitor, a UK-based monitoring group, puts the death toll at 17": what
        # the body is, in a phrase between commas)
        r",\s+an?\s+[^.;:,“”\"]{0,50}?\b(?:group|organi[sz]ation|observatory|monitor|network|"
        r"watchdog|charity|NGO|body|agency|project|cent(?:re|er)),)?\s+(?:now\s+|also\s+)?"
        r"(?:puts|gives)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:death\s+)?(?:toll|figure|count|"
        r"number|dead)\b"
    ),
    # "The district health office, in its report to the cluster on 3 May, recorded 19 dead":
    # the body, its own document set between commas, speaks
    re.compile(
        # ("The Attorney General's Office (FGE), in its bulletin …": its acronym after it)
        r"^(?P<who>(?:The\s+)?(?:[\w’'-]+\s+){0,7}?[\w’'-]+(?:\s+\([A-Z]{2,8}\))?),\s+in\s+"
        r"(?:its|their)\s+"
        r"(?:[a-z]+\s+)?(?:report|statement|bulletin|update|communiqu[eé]|note|letter|briefing)"
        rf"\b[^,;]{{0,80}},\s+(?:{_SAY}|{_RECORDED}|gave|put|reported|confirmed|listed)\b"
    ),
    # "The civil society of Mambasa, through its president Dieudonné Amisi, counted 17 dead":
    # the body, speaking through its officer named between commas, speaks
    re.compile(
        r"^(?P<who>(?:The\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\s+\([A-Z]{2,8}\))?),\s+through\s+"
        rf"(?:its|their)\s+(?:[a-z]+\s+)?(?:{_ROLE}|president|vice-president|coordinator|"
        rf"leader|representative)\b[^,;]{{0,60}},\s+"
        rf"(?:{_SAY}|{_RECORDED}|gave|put|reported|confirmed|listed)\b"
    ),
    # "Then the Assam Rifles, which said two of its men were injured", "First the governor,
    # who put the dead at nine": a commentator's roll of sources, each a body or a person
    # with no main verb, its saying in the relative clause (an apposition before it, "the
    # tribal body, the Unity Council, which said", names the one who speaks); with no word
    # of sequence before it, only a proper name ("The Red Cross, which said …")
    re.compile(
        r"^(?i:then|first|next|later|finally|and\s+then|also)\s*,?\s+(?i:the\s+)?"
        r"(?:[^,;:“”\"]{2,60},\s+(?i:the\s+)?)?"
        r"(?P<who>(?!(?i:then|first|next|later|finally|and|but|also|now)\b)"
        r"(?:[\w’'().-]+\s+){0,5}[\w’'().-]+),\s+(?i:who|which)\s+"
        rf"(?i:(?:also|later|then|first|now)\s+)?(?i:{_SAY}|stated|reported|claimed|announced|"
        r"confirmed|put|gave|counted)\b"
    ),
    re.compile(
        r"^(?:The\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w’'.-]*){0,5}),"
        r"\s+(?:who|which)\s+"
        rf"(?:(?:also|later|then|first|now)\s+)?(?:{_SAY}|stated|reported|claimed|announced|"
        r"confirmed|put|gave|counted)\b"
    ),
    # "Kawa called: 2 of the shepherds were released …, he said", "The chief phoned: 4 dead":
    # who called, his message after the colon (no pronoun's verb opening it)
    re.compile(
        r"^(?:The\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?)\s+(?:called|phoned|rang|"
        r"texted|messaged)(?:\s+(?:back|again|me|us))?\s*:\s+"
        r"(?=(?:at\s+least\s+|about\s+|some\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|"
        r"nine|ten|all|both|the)\b))"
    ),
    # "Liaised with the SNA sector command, which reported 5 soldiers killed …": the body the
    # writer dealt with, whose report the relative clause gives
    re.compile(
        r"(?i:\b(?:liaised|met|spoke|talked|worked|coordinated|consulted|contacted|"
        r"called|phoned|interviewed|checked)\s+(?:with\s+|to\s+)?(?:the\s+)?)"
        r"(?P<who>(?!(?i:them|him|her|us|me|it)\b)(?:[\w’'.-]+\s+){0,4}[\w’'.-]+),\s+"
        r"(?i:who|which)\s+(?i:(?:also|later|then|first|now)\s+)?"
        rf"(?i:{_SAY}|stated|reported|claimed|announced|confirmed|put|gave|counted)\b"
    ),
    # "Relays the governor of the province, who said 17 civilians were killed", "the paper
    # quoted the mayor, who gave nine dead": whom a text relays, quotes or cites speaks in the
    # relative clause
    re.compile(
        r"(?i:\b(?:relays|relayed|relaying|quotes|quoted|quoting|cites|cited|citing)\s+"
        r"(?:the\s+)?)"
        r"(?P<who>(?!(?i:them|him|her|us|me|it|this|that|sources?)\b)(?:[\w’'.-]+\s+){0,5}"
        r"[\w’'.-]+),\s+(?i:who|which)\s+(?i:(?:also|later|then|first|now)\s+)?"
        rf"(?i:{_SAY}|stated|reported|claimed|announced|confirmed|put|gave|counted)\b"
    ),
    # "Administrator called back: he now says 10 fishermen killed": who called, the pronoun
    # after the colon
    re.compile(
        r"^(?:The\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)\s+(?:called\s+back|rang\s+back|"
        r"wrote\s+back|called|phoned|rang|replied|answered|confirmed|added)\s*:\s+"
        r"(?:he|she|they|it)\s+(?:(?:now|also|later|then)\s+)?(?:says|said|reports|reported|"
        r"gives|gave|puts|put|confirms|confirmed|counts|counted)\b"
    ),
    # a body named, then what it said in a relative clause: "a piece from the Portuguese news
    # agency Lusa, which wrote that nine people were killed"
    # ("a claim by the Hafiz Gul Bahadur group, which said its men killed 14 police": the body's
    # noun after its name, and what it said with no "that")
    re.compile(
        r"(?:^|\s)(?:the\s+)?(?P<who>(?:(?!(?:by|of|from|in|on|at|an?|the|claims?|statements?)\s)"
        r"[a-z]+\s+){0,3}?(?-i:[A-Z])[\w’'-]*"
        r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}(?:\s+(?:group|agency|movement|front|party|council|"
        r"committee|network|militia|outlet|newspaper|channel))?),\s+which\s+(?:had\s+)?"
        r"(?:wrote|writes|reported|reports|said|says|stated|states|announced|announces)\s+"
        r"(?:that\b|(?=(?:its|their|it|they)\s))",
        re.I,
    ),
]
# words that make a sentence's opening more than a name ("The attackers were killed and …")
_NOT_A_NAME = re.compile(
    # (a word joined by a hyphen is part of a name: "IS-Khorasan" is no "is")
    r"(?i)\b(?:were|was|had|has|have|that|which|who|is|are|killed|wounded|died|attacked)\b(?!-\w)"
)
_OPENING = re.compile(
    # ("Further notes that the State Police Command confirmed 17 deaths": a motion's recital,
    # the house's own verb with no subject, then who told it)
    r"^(?:(?:Further|Also)\s+)?(?:[Nn]otes|[Oo]bserves|[Rr]ecalls)\s+(?:with\s+[a-z]+\s+)?that\s+"
    r"(?=the\s)|"
    # ("Next morning the DPO said …", "13 May morning the DPO said …": the time it spoke,
    # before the speaker)
    r"^(?:Next|The\s+next|\d{1,2}\s+[A-Z][a-z]+)\s+(?:morning|afternoon|evening|night),?\s+"
    r"(?=the\s)|"
    # ("On 07/03 its spokesperson said …": the day its spokesperson spoke)
    r"^[Oo]n\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+"
    r"(?=(?:its|their)\s+spokes(?:man|woman|person)\b)|"
    # ("On the basis of these interviews, the mission documented …": what it went on)
    r"^(?:On\s+the\s+basis\s+of|Based\s+on)\s+[^,;]{3,100},\s+|"
    # ("At the morning meeting Alhaji Musa, chairman of …, said …": the meeting he spoke at,
    # before the speaker)
    r"^(?:At|In|During)\s+(?:the|a|an|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|"
    r"briefing|session|sitting|assembly)(?:\s+(?:of|on)\s+[\w'’-]+){0,2},?\s+(?=(?:the|a|an)\b|"
    r"[A-Z])|"
    # ("Later the same week Islamic State claimed …": when, before the speaker)
    r"^(?:Later|Earlier)\s+(?:the\s+same|that|this)\s+(?:day|week|month|evening|morning|night|"
    r"afternoon),?\s+(?=(?:the|a|an)\b|[A-Z])|"
    # ("With deep grief the Division confirms that …": how it is said, no part of the speaker)
    r"^With\s+(?:(?:deep|great|profound|heavy|much|sincere|deepest)\s+)?(?:grief|sorrow|regret|"
    r"sadness|pain)(?:\s+and\s+(?:grief|sorrow|regret|sadness|pain))?,?\s+(?=(?:the|our|its)\s)|"
    # ("So the ministry now says …": a conclusion's word, no part of the speaker)
    r"^(?:But|And|Yet|So|However,?|Meanwhile,?|Still,?|"
    # ("Also the army says …", "Besides, the mayor said …": an adding word, no part of the
    # speaker)
    r"(?:Also|Besides|Moreover|Furthermore|Likewise),?|"
    # an order's recital: "AND WHEREAS the elders of X have informed this office that …"
    r"(?:(?:AND|And)\s+)?(?:WHEREAS|Whereas),?|(?:In\s+total|In\s+all|Overall|Altogether),?|"
    # ("This morning the Navy said …": when it spoke)
    r"(?:(?:This|That)\s+(?:morning|afternoon|evening)|Today|Yesterday),?|"
    # ("On 12/03 the army said …", "On 12 March the army said …": the day it spoke)
    r"On\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
    r"(?=\s+the\s)|"
    # ("On the road to Kibo on Tuesday the local network reported …", "On Tuesday the network
    # reported …": where and the weekday it happened, before the speaker)
    r"(?:(?:On|In|At|Near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?on\s+|On\s+)"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?(?=\s+the\s)|"
    r"(?:Later|Earlier)(?:\s+(?:in|on|that|this)\s+(?:the\s+)?(?:day|evening|morning|night|afternoon|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?)\s+(?=(?:the|a|an|[A-Z])\b)"
)
_LABEL = re.compile(
    r"^[A-Z][\w' -]{0,40}(?:\s\d{1,2}:\d{2})?:\s+(?=[A-Z])|"  # "UPDATE 15:30: …"
    # "Updated news (April 3, 4 pm): …": when, in brackets, in the label
    r"^[A-Z][\w' -]{0,40}\s\((?=[^()]*\d)[^()]{1,40}\):\s+(?=[A-Z])|"
    # a timeline's dated entry: "13 May - The ministry says …", "May 13 – …"
    r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2})(?:,?\s+\d{4})?\s+[-–—]\s+(?=[A-Z])|"
    # a dateline: "SINJAR - The director of …", "MAIDUGURI, Nigeria — …"
    r"^[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]+)*(?:,\s+[A-Z][\w' ]{1,30})?\s+[-–—]\s+(?=[A-Z])"
)
_ORG_OFFICIAL = re.compile(
    rf"^(?:an?\s+|the\s+)?(?P<org>[a-z]+)\s+(?:official|officer|spokesman|spokesperson)\s+(?P<name>{_NAME})$"
)
# ("police spokesman Zahid Ali", "Police in Plateau State"; a body the police is part of,
# "the Main Department of the National Police in Donetsk Oblast", is that body in its place)
_POLICE_NAMED = re.compile(
    r"^(?:police|(?:[a-z]+\s+)+police(?!\s+(?:in|of|at|for)\s))"
    rf"(?:\s+[a-z]+)+\s+(?P<name>(?-i:{_NAME}))$",
    re.I,
)
_POLICE_TITLE = re.compile(r"(?i)\bpolice\b")
# a police rank by its letters (South Asia, Nigeria): the speaker is the police
_POLICE_RANK = re.compile(  # "SSP Operations Asad Raza", "Bijapur SP Jitendra Yadav"
    r"^(?:[A-Z][a-z]+\s+)?(?:(?:Senior\s+|Deputy\s+|Assistant\s+)?(?-i:SSP|SP|DSP|ASP|DPO|CPO|CCPO|RPO|DIG|IGP|AIG|"
    r"SHO|IG|SDPO|DCP|ACP|CP))\b"
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
# a title before a body's name: "the head of the Borno State Emergency Management Agency"
_HEAD_OF = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+)?(?:head|chief|director|spokesman|spokesperson|chairman|"
    r"secretary|official|officer|commander)\s+(?:of|for|at|with)\s+(?:the\s+)?"
)
# "its spokesman": the body named before it in the sentence
_ITS = re.compile(r"(?i)^(?:its|their)\s+(?P<title>[a-z][\w\s-]{2,40})$")
_BODY = re.compile(
    r"\b[Tt]he\s+(?P<body>(?:(?:[A-Z][\w’'-]*\s+){0,4}|(?:[a-z]+\s+){0,2})(?:hospital|ministry|"
    r"army|military|police|department|office|agency|council|administration|government|authority|"
    r"mission|committee|organi[sz]ation|command|Hospital|Ministry|Army|Police|Department|Office|"
    r"Agency|Council|Administration|Authority|Mission|Committee|Command))\b"
)
# a body by its proper name and its acronym: "The Uganda People's Defence Forces (UPDF)"
_ACRONYM_BODY = re.compile(
    r"\b(?P<body>(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|the|and|for)){0,6}"
    r"\s+\((?-i:[A-Z]{2,8})\))"
)
# a body by its proper name, "The" or not: "Sabha Medical Centre had received five bodies"
_NAMED_BODY = re.compile(
    r"\b(?P<body>(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}\s+(?:Hospital|Clinic|Centre|"
    r"Center|Ministry|Army|Police|Department|Office|Agency|Council|Administration|Authority|"
    r"Mission|Committee|Command|Directorate|Service))\b"
)
_SMALL_WORDS = frozenset(["of", "for", "the", "and", "on"])
_VERB_OPENING = re.compile(
    r"^(?:put|puts|gave|gives|placed|said|says|told|added|confirmed|reported|claimed|stated|advanced)\s"
)
_NOT_REPORTERS = re.compile(
    r"(?i)^(?:it|he|she|they|him|her|them|this|that|which|who|we|i|you|and|but|or|then)$|"
    # "…, reached again by our newsroom, now reports 14 dead": a time's word, no one
    r"^(?:now|again|today|since|meanwhile|still)$|"
    # ("Yesterday's report said …": when, no one)
    r"^(?:yesterday|today|tonight|last\s+night|this\s+morning)(?:['’]s(?:\s+[\w-]+)?)?$|"
    # "In the first announcement (No. 1) we said …": where a pronoun spoke, no name
    # (not "On the news of the radio they say …": the medium speaks)
    r"^(?:in|on|at|by|after|before)\s(?![^,]*\b(?:radio|television|tv|news|channel|newspaper|"
    r"site|page)\b)[^,]*\s(?:we|i|he|she|they|it)$|"
    # "As reported by the officer, …", "Further notes that …": a linking word opening the
    # sentence; "… of 27th January, 2026 claimed …": a date's year; no one
    r"^(?:as|further|also|likewise)$|^\d{1,4}$|"
    # "Separately, in X 11 persons have been detained …, said the SP": a linking word opening
    # the sentence, no one
    r"^(?:separately|similarly|moreover|additionally|furthermore|besides|elsewhere)$|"
    # "Figures are as reported by the sources cited": the sources a document lists, no one
    r"^(?:the\s+)?(?:sources?|reports?)\s+(?:cited|quoted|listed|named|mentioned|above|below)"
    r"(?:\s+(?:above|below|here|there))?$|"
    # "X, a coalition of armed groups, for its part claimed …": an aside, the speaker is X
    r"^(?:for\s+(?:its|his|her|their|our|my)\s+part|in\s+turn|in\s+response|in\s+reply)$|"
    # "…, according to a Meridian tally based on officials' accounts": a news agency's own
    # tally, by its one name after "a" (the writer's voice; not "a police tally", "a Health
    # Ministry tally": a body's)
    r"^(?:a|an)\s+(?-i:[A-Z])[\w'’-]*\s+(?:tally|count|compilation|calculation)\b|"
    # "The ministry says six died …, in a statement posted on its Facebook page": where the
    # speaker named before said it, no one
    r"^in\s+(?:a|an|its|their|his|her)(?:\s+(?:new\s+|later\s+|separate\s+)?(?:statement|"
    r"communiqu[eé]|post|message|bulletin|press\s+release))?$|"
    # "As I told your newsroom, …", "As we said yesterday, …": who speaks, by a pronoun
    r"^(?:as|like)\s+(?:i|we|he|she|they)$|"
    # "In the evening he said …", "On Wednesday she said …": when a pronoun spoke, no name
    # ("In last week's newsletter I wrote …": the writer, the document's own voice)
    r"^(?:in|on|at|by|during|later|earlier|then)\b(?:\s+[\w'’-]+){0,4}?\s+(?:he|she|it|they|we|i)$|"
    # ("This evening on Pride FM he said …", "Tonight she said …": a day's time, then the
    # pronoun)
    r"^(?:this|tonight|today|yesterday|last)\b(?:\s+[\w'’-]+){0,4}?\s+(?:he|she|it|they)$|"
    r"^(?i:no|none|nothing)\b|"  # "No casualties otherwise reported."
    # "Election Day recorded 3 incidents, which left 5 dead", "Sunday saw 4 killed": a day or a
    # week the count happened in, no one who gives it
    r"^(?:the\s+)?(?:[\w'’-]+\s+)?(?:day|week|weekend|month|night|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)$|"
    # "By my count at least 17 people were killed": the writer's own count, no one quoted
    # (nor "By my" before the verb "count")
    r"^my\s+(?:own\s+)?(?:tally|count|reckoning)$|^(?:by|on)\s+my$|"
    # "2 came back on Sunday and said the rest are held": the freed, counted, telling of the
    # rest (a count that came back, escaped or returned, no one who gives the figure)
    r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:of\s+them\s+)?"
    r"(?:came|come|returned|escaped|fled|walked|got|were|was)\b.*\band$|"
    # ("Not confirmed by any source.", "denied by anyone": a source no one names, no one)
    r"^(?:any|no)\s+(?:other\s+|independent\s+|official\s+)?(?:sources?|officials?|body|one|"
    r"party|side)$|^(?:anyone|anybody|nobody)$|"
    # ("Not confirmed.", "Not yet confirmed.": a note's doubt, no one who confirms)
    r"^(?i:not)\b|"
    # a fact-check's boxes: 'CLAIM: "… massacred 50 civilians"', no one's name
    # (numbered or not, and a rebuttal's answers: "CLAIM 2: …", "FACT: …", "MYTH 3: …")
    r"^(?:claim|verdict|rating|quote|headline|caption|facts?|myths?|reality|allegations?)"
    r"(?:\s+(?:no\.?\s*)?\d{1,3})?$|"
    # "we will judge them according to the law of Allah", "according to plan": a rule, no one
    r"^(?:the\s+)?(?:laws?|rules?|will|plans?|customs?|traditions?|procedures?|sharia|schedule|"
    r"terms|book)(?:\s+of\b.*)?$"
)


@dataclass(frozen=True)
class Reporter:
    """Who gave the figures (tidied), the words as written and where they are."""

    name: str
    text: str
    start: int
    end: int


# a speaker told who they are by a relative clause: "Villagers who fled to the town told …"
_WHO_CLAUSE = re.compile(
    r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?(?P<clause>\s+who\s+[^,.;:“”\"]{3,60}?|"
    # ("Our researchers, who spoke to nine survivors, count 23 …": between commas)
    r",\s+who\s+[^,.;“”\"]{3,60}?,)"
    # ("Residents who fled to the town speak of nine dead")
    r"(?=\s+(?:told|tells|said|say|says|count|counts|report|reports|speak|speaks|spoke)\b)"
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_IN_BRACKETS = re.compile(
    rf"(?i)\s\((?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\)(?=\s)|"
    # ("statement (18-Jun 11:20) gives …": a log's day and time)
    rf"\s\(\d{{1,2}}[-/\s]{_MONTH}(?:[-/\s]\d{{2,4}})?,?\s+\d{{1,2}}[:.h]\d{{2}}"
    r"(?:\s*(?:hrs?|GMT|UTC|local))?\)(?=\s)|"
    # "The VDP (Volunteers for the Defence of the Homeland) reported that …": an acronym's
    # name spelt out in brackets right before the verb, its small words in lower case, no
    # part of the name (the acronym speaks; a name with no small word is read as it was)
    r"(?<=(?-i:[A-Z]{2}))\s\((?=[^()]*\s(?-i:[a-z]))(?-i:[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|"
    r"in|on|de|du|des|la|le|pour|et|[A-Z][\w'’-]*)){1,10})\)(?=\s+(?:reported|reports|said|says|"
    r"stated|states|announced|announces|confirmed|confirms|claimed|claims|told)\b)|"
    # "The council's statement (posted 10:30) says …": when it came, no part of the name
    r"\s\((?:(?:posted|issued|published|released|sent|updated)\s+(?:at\s+)?)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs?|GMT|UTC|local))?\)(?=\s)|"
    # "A local self-defence (dozo) leader told us …": a gloss in lower case, no part of it
    r"\s\((?-i:[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})\)(?=\s+(?-i:[a-z]))|"
    # "Army (17 Bde Funtua) reported that …": the body's unit and station in brackets right
    # before its verb, no part of the name
    # (an acronym in brackets, "(IS)", or the name in another language, "(Defensoría del
    # Pueblo)", is the name's own: a unit has its number)
    r"(?<=[A-Za-z])\s\((?=[^()]*\s)(?=[^()]*\d)(?-i:[\w.'’/-]+(?:\s+[\w.'’/-]+){0,3})\)(?=\s+(?:reported|reports|said|"
    r"says|confirmed|confirms|announced|announces|stated|states|told)\b)|"
    # "The health office (statement on its Facebook page, archived link below) says …": where
    # the words were given, an aside in lower case in brackets right before the verb
    # (words, not a name's part: "The SPLM-N (al-Hilu) said …" keeps its faction's name)
    r"(?<=[a-z])\s\((?-i:[a-z])(?=[^()]*\s)[^()]{3,80}\)(?=\s+(?:reported|reports|said|says|stated|states|"
    r"announced|announces|confirmed|confirms|claimed|claims|told|tweeted|posted)\b)"
)


# a short label over a sentence that goes on in lower case: "Separate incident: the …"
# a numbered paragraph's number: "3.2 The Ministry of Health stated …", "2. The police said"
_PARAGRAPH_NUMBER = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])|^\d{1,2}[.)]\s+(?=[A-Z][a-z])|"
    # a thread's post number: "5/ The ministry says …", "5/12 …"
    r"^\d{1,3}/(?:\d{1,3})?\s+(?=[A-Z@])"
)
# a medium that relays a speaker named after a colon: "The radio now says …: the spokesman said"
_MEDIUM_THEN_SPEAKER = re.compile(
    r"(?i)^(?:the\s+)?(?:radio|television|tv|news|paper|newspaper|website|broadcast)\s+"
    r"(?:now\s+|also\s+|later\s+)?(?:says|said|reports|reported)\b[^:;]*[:;]\s*"
)
# ("Content: 6ID says …", "Obs: CIDG officers state …": a note's label before a speaker
# named by a proper name or a code)
# ("Nahuala (Chiquix area): the PNC sub-station reported …": a place's label with where in it
# in brackets)
_LABEL_OPENING = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2}(?:\s+\([^()]{1,40}\))?:\s+(?=the\s|\d?[A-Z][A-Za-z])"
)
# a bulletin's place label in capitals over its item, its district in brackets: "KAFOLO (Kong
# department): the village chief reported that …", "TEHINI-TOGOLOKAYE road: …"
_PLACE_LABEL = re.compile(
    r"^(?:[-•*–]\s+)?[A-Z][A-Z'’-]+(?:[\s/-]+[A-Z][A-Z'’-]+){0,3}(?:\s+[a-z]{2,10})?"
    r"(?:\s+\([^()]{1,40}\))?\s*:\s+(?=the\s|[A-Z][a-z])"
)
# a list of notes under its heading in capitals, each note lettered or numbered: "NOTES (a)
# The mayor says …", "REMARKS (3) Police say …"
_NOTE_ITEM = re.compile(r"^[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}:?\s+\((?:[a-z]|\d{1,2})\)\s+(?=[A-Z])")
# a remark that leaves out who told the writer, and the register row's cells before it: "049
# | 06/11 | Cpl. | Airtime | 500 | Told me the police now say …" (the cells alone before a
# speaker, "… | Police said …", are left as they were)
_REMARK_CELL = re.compile(
    r"^(?:[^|]{1,40}\|){3,}\s*(?:Told|Tells)\s+(?:me|us)\s+(?:that\s+)?(?=the\s|[A-Z])|"
    r"^(?:Told|Tells)\s+(?:me|us)\s+(?:that\s+)?(?=the\s|[A-Z])"
)
# where and when a relayed account was heard, before its speaker: "Radio Nile at 13:00: the
# army says …", "Evening news at 8.30 pm: police say …"
_HEARD_AT = re.compile(
    r"^[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}?\s+at\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"\s*:\s+(?=the\s|[A-Z])"
)
# an opening phrase setting the scene before the speaker: "In its written response to the
# inquiry, the district police reported …", "In a statement, …", "On Monday, …"
_SETTING = re.compile(
    r"^(?i:In|On|At|During|Later|Earlier|Separately|Meanwhile)\b[^,;:.“”\"]{0,80},\s+(?=[A-Za-z])"
)
# how the speaker was reached, before the speaker: "Reached by telephone, the mayor gave a toll
# of …", "Contacted by our newsroom, a police source said …", "Speaking to reporters, the
# governor said …"
_REACHED = re.compile(
    r"^(?:Reached|Contacted|Interviewed|Questioned|Approached|Asked|Quoted|Speaking|Talking)"
    r"\s+(?:by|on|over|via|to|with|about|at|from|in)\b[^,;:.“”\"]{1,60},\s+(?=[A-Za-z])"
)
# a logged message's stamp, its day and time, with its label in capitals: "[08/05 11:30]
# UPDATE A-41: …" (a video's time code, "[1:12]", stamps no message)
_STAMP_OPENING = re.compile(
    r"^\[\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?\s+\d{1,2}[:.]\d{2}\]\s*"
    r"(?:[A-Z]{2,}(?:\s+[A-Z0-9][A-Z0-9/-]*)?\s*:\s+)?|"
    # a broadcast log's entry: its number, day and time and its label in brackets ("#2233
    # 15-04 11:40 [SECURITY] Local resistance group is saying …")
    r"^#\d{1,6}\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+\d{1,2}[:.]\d{2}\s+"
    r"(?:\[[A-Z][A-Z /&-]{1,20}\]\s*)?(?=[A-Z])|"
    # a radio net's log entry: its time and the station's call sign, then what it reports
    # ("0615  TZ2BUR adds: Sr Haïdara says …", "0752  TZ5MEN: an army communiqué says …")
    r"^\d{4}\s+(?:[A-Z]{1,2}\d[A-Z]{1,4}|Unit\s+\d{1,3})(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+(?:adds|reports|relays|says))?\s*:\s+"
)
# a page's revision history: each line its time and day, who edited, the page's size and the
# change, then the section and the edit's summary ("(cur | prev)  14:20, 3 May 2026  Some-user
# (talk | contribs)  m  9,310 bytes  +120  →Casualties: the monitor said …"): who speaks is in
# the summary, not the editor
_REVISION_OPENING = re.compile(
    r"^(?:\(cur\s*\|\s*prev\)\s+)?\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+"
    r"[^()\n]{1,60}?\((?:talk|contribs)[^()]{0,20}\)\s+(?:m\s+)?[\d,.]+\s+bytes\s+"
    r"[+−–-]?[\d,.]+\s+(?:→\s*[^:\n]{1,40}:\s*)?(?=\S)"
)
# a transcript's turn: its time code, the speaker's label and the recogniser's confidence
# ("[00:01:12] Speaker 2 (0.84): The prosecutor says that …"): who speaks is in the turn's
# words, the label names only a voice
_TRANSCRIPT_TURN = re.compile(
    r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]\s+(?:Speaker|SPEAKER|Voice|Caller)\s+"
    r"(?:\d{1,2}|[A-Z])(?:\s+\((?:0?[.,]\d{1,3}|1[.,]0{1,3}|\d{1,3}\s?%)\))?\s*:\s+(?=\S)"
)
# an item's number after a hash, as a report's notes number their items ("#5  The district
# officer said …", "#3–#4 Police say …"): no part of the speaker
_HASH_ITEM = re.compile(r"^#\d{1,3}(?:\s*[-–—]\s*#?\d{1,3})?\s+(?=[A-Z])")
# a page's link words closing a line: "(undo)", "[edit]", "(reply)" (with more after them)
_LINK_TAIL = re.compile(
    r"(?i)\s*[(\[](?:undo|edit|reply|permalink|link|hide|show|thank)[)\]]"
    r"(?:\s*[(\[][^()\[\]]{1,20}[)\]])*\s*$"
)
# a log entry's time: "15:10 Communiqué of the Governor …: …"
# (an update's label after it or alone: "17:30  UPDATE: the hospital now says …", "UPDATE
# 17:05 - The mayor, reached again, now reports …")
_UPDATE_LABEL = (
    r"(?:UPDATE|Update|UPDATED|Updated)(?:\s+\d{1,2})?(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:AM|PM|am|pm))?)?"
    # (what follows may open on a unit's ordinal: "UPDATE: 103rd Brigade says …", or on its
    # code: "UPDATE 9:24 PM: 6ID now says …")
    r"\s*[-–—:]\s*(?=[A-Z]|\d{1,3}(?:st|nd|rd|th)\s+[A-Z]|\d{1,3}[A-Z]{1,5}\b)"
)
# a post's update label after who posted it and its pin: "Radyo Ng Bayan ✓ 📌 Pinned: UPDATE
# 9:24 PM: 6ID now says …" (the speaker is after the label, not the poster)
_POSTED_UPDATE = re.compile(rf"^[^:.;“”\"]{{1,60}}?\b(?:Pinned|PINNED):\s*{_UPDATE_LABEL}")
_LOG_TIME = re.compile(
    # (a log's line may open with a bullet and set its time off by a dash: "- 09:40 - Police
    # say …")
    rf"^(?:[-–—•*]\s+)?(?:\d{{1,2}}[:.]\d{{2}}(?:\s+[-–—]\s+|\s+)(?=[A-Z])(?:{_UPDATE_LABEL})?|"
    rf"{_UPDATE_LABEL})"
)
# a speaker right after a colon, when what comes before it is people a relative clause
# defines: "The six boys who were taken on Sunday: the elders say …"
_COLON_SPEAKER = re.compile(
    r"^[^:]*\b(?:who|whom)\b[^:]*\w:\s+"
    r"(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:say|says|said|report|reports)\b)"
)
# a speaker by a common noun after a colon, the writer's own words before it: "… could not
# go: our driver told us on the morning we left that …"
_COLON_THEN_SPEAKER = re.compile(
    r"^[^:;“”\"]{3,200}:\s+(?=(?:our|my|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:told|tells|said|says|explained|informed)\b)"
)
# a statement's frame before what another body reported: "We note that", "WE RECALL that"
_WE_NOTE = re.compile(
    r"(?i)^(?:(?:we|I)\s+(?:also\s+|further\s+)?(?:note|recall|stress|observe|regret|point\s+out)|"
    # "It should be recalled that …", "It must be noted that …": the same frame, impersonal
    r"it\s+(?:should|must|may|is\s+to|will)\s+be\s+(?:recalled|noted|remembered|stressed|"
    r"underlined|pointed\s+out|borne\s+in\s+mind))"
    r"\s+that\s+(?=(?:the\s+)?[A-Z]|(?:on|in|at|during)\s)"
)


# a speaker by what he called himself: "a man who identified himself as the group's spokesman
# claimed the attack and said …"
_SELF_STYLED = re.compile(
    r"(?i)\b(?:a|an|one)\s+(?:man|woman|person|caller|speaker|voice)\s+(?:who\s+)?"
    r"(?:identified|identifying|described|describing|introduced|introducing)\s+"
    r"(?:himself|herself|itself)\s+as\s+(?P<who>(?:the\s+|a\s+|an\s+)?[^,;.]{3,60}?)\s+"
    r"(?:(?:also\s+)?claimed\s+[^,;.]{0,40}?\s+and\s+)?(?:said|says|claimed|told)\b"
)


# a body that claimed the attack, then what it says, the subject not said again: "ISWAP has
# already claimed it on Amaq, says 20 soldiers killed"
_CLAIMED_THEN_SAYS = re.compile(
    # ("The banned TTP has claimed the attack and said in its statement that …": an
    # adjective before the name, "and" with no comma)
    r"^(?:[Tt]he\s+(?=(?:banned|outlawed|proscribed)\s))?(?:(?:banned|outlawed|proscribed)\s+)?"
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:has\s+|have\s+)?"
    r"(?:already\s+|also\s+|since\s+)?(?:claimed|acknowledged)\s+(?:it|the\s+(?:attack|raid|"
    r"ambush|bombing)|responsibility)(?:\s+(?:on|via|in|through)\s+[^,;.“”\"]{1,40}?)?(?:,\s+|"
    r"\s+(?=and\s))(?:and\s+)?(?:says|said|claims)\b"
)


# whom the writer spoke to, then a colon and the pronoun's words: "Spoke to the mayor of
# Bol, Mr Ali Hassan, at 06:40: he says 7 soldiers killed" — the one spoken to says it
_SPOKE_TO = re.compile(
    r"^(?:(?:I|We)\s+)?(?i:spoke|talked|speaking|talking)\s+(?:to|with)\s+"
    r"(?P<who>(?:the\s+|an?\s+)?[^:;.“”\"]{3,100}?),?"
    r"(?:\s+(?:at|around|about)\s+\d{1,2}[:.h]\d{2}|\s+(?:this|last)\s+(?:morning|night|"
    r"evening|afternoon)|\s+(?:yesterday|today|earlier))?\s*:\s+"
    r"(?=(?:he|she|they)\s+(?:now\s+|also\s+)?(?:says|said|say|tells|told|reports|reported)\b)"
)


# a body that put out a statement, then "and it says": "JNIM has put out a statement claiming
# the attack, and it says …" (after a vocative: "Sir, the army issued …"), the body speaks
_ISSUED_AND_SAYS = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}|"
    r"[Tt]he\s+[a-z]+)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:put\s+out|issued|released|published|posted)\s+"
    r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|video|message|claim)\b"
    r"[^;.]{0,120}?,?\s+and\s+(?:it|they)\s+(?:says?|said|claims?|claimed|states?|stated)\b"
)


# a record's turn headed by the speaker's title and name and a colon: "Ms. Ana Ruiz: Mr.
# Speaker, …", "Mr. Ali Khan (Minister for Home): …"
_NAMED_TURN = re.compile(
    r"^(?P<who>(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    r"(?:\s*\((?P<role>[^()]{2,60})\))?:\s+(?=\S)"
)


# who gave the figures after the colon: "Initial info from the 3rd Brigade: 3 soldiers killed"
_INFO_FROM = re.compile(
    r"(?i)^(?:(?:initial|preliminary|first|early|latest)\s+)?(?:info|information|word|figures)"
    r"\s+from\s+(?:the\s+)?(?P<who>(?-i:[A-Z0-9])[^:;.]{1,60}?):\s+(?=\S)"
)


# a body's count as a log's label: "Police final: a driver killed, 4 traders wounded", "Army
# update: …", "Hospital count: …", a body by its acronym and the channel it spoke on: "DSP
# release (TV): …"
# a ticker's or headline's source before a colon: "Police: at least four killed", "Rescue
# 1122: 11 injured", "ISPR: troops kill 5 militants", "District Hospital MS Dr Ali: seven
# dead" — a body's word or an acronym in a short name (not "Khar blast: police say …", whose
# words before the colon name the event)
_SOURCE_COLON = re.compile(
    # (not a heading's word in capitals, "UPDATE:", nor a sender's tag, "KTN INFO:")
    r"^(?!(?:UPDATE|NOTE|NB|ALERT|URGENT|BREAKING|FLASH|TOTAL|EDIT|CORRECTION|INFO|SITREP|"
    r"LATEST|NEW|FINAL)\b)(?![A-Z0-9]{2,}(?:\s+[A-Z0-9]{2,})+\s*:)"
    r"(?P<who>(?=[^:]*\b(?:[A-Z]{2,6}|Police|Army|Military|Rescue|Hospital|Ministry|"
    r"Gendarmerie|Spokesman|Spokesperson|Governor|Commissioner)\b)"
    r"(?:[A-Z][\w’'.-]*|\d{3,5})(?:\s+(?:[A-Z][\w’'.-]*|\d{3,5})){0,6})\s*:\s+"
    r"(?=(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d|[a-z]))"
)
# a source by a common noun, or a force's media office, before a colon, and where it is:
# "Local sources in Kalla: the toll rises to 6 dead", "A medical source: two children injured",
# "The Joint Forces media: 3 infiltrators captured" (a post's tag and a bar before it, "Update |",
# is no part of it)
_COMMON_SOURCE_COLON = re.compile(
    r"^(?:[^|:.]{0,30}\|\s*)?(?P<who>(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:(?:[Ll]ocal|[Mm]edical|"
    r"[Hh]ospital|[Ss]ecurity|[Mm]ilitary|[Pp]olice|[Oo]fficial|[Hh]ealth|[Rr]escue|[Tt]ribal|"
    r"[Cc]ommunity|[Gg]overnment|[Rr]eliable|[Ii]nformed)\s+){1,2}sources?|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+media(?:\s+(?:office|centre|center|cell|wing))?|"
    # (an official by a role, where he spoke and when: "District administrator of Kalla on
    # Radio Kalla just now: …")
    r"(?:[A-Z][a-z][\w'’-]*\s+)?(?:[A-Za-z][a-z][\w'’-]*\s+)?(?:administrator|governor|spokes(?:man|woman|person)|"
    r"mayor|chairman|chairperson|commander|commissioner|prefect)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:\s+(?:just\s+now|this\s+morning|this\s+evening|tonight|today))?))"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*:\s+(?=\S)"
)
# a ticker's source after a dash at the line's end: "Two workers abducted in Salarzai —
# district health officer", "toll seven, 17 injured — police"
_DASH_SOURCE_END = re.compile(
    r"\s[—–]\s+(?P<who>(?:the\s+)?(?:[a-z]+\s+){0,3}(?:police|army|military|officials?|"
    r"officer|spokes(?:man|woman|person)|hospital|ministry|rescuers|gendarmerie|"
    r"administration|authorities))\s*\.?$",
    re.I,
)
_BODY_COUNT_LABEL = re.compile(
    r"(?i)^(?:[-–—•*]\s+)?(?P<who>(?:the\s+)?(?:police|army|military|gendarmerie|hospital|"
    r"(?:health\s+)?ministry|authorities|officials|rescuers|rescue\s+services?|red\s+cross|"
    r"levies|rangers|(?:[a-z]+\s+)?office)|(?-i:(?!(?:BREAKING|URGENT|LATEST|FLASH|NEW|UPDATE|"
    r"NOTE|FINAL)\b)[A-Z][A-Z0-9]{1,7}))\s+"
    r"(?:(?:final|initial|preliminary|latest|update|count|toll|figures?|release|statement|"
    r"bulletin)(?:\s+\([^()]{1,20}\))?|"
    # ("Health office updated last night: 14 killed": the body that updated its count)
    r"(?:updated|revised|corrected)(?:\s+(?:its\s+(?:figures?|toll|count)|last\s+night|"
    r"this\s+(?:morning|evening)|today|tonight|overnight|later|again))*)\s*:\s+(?=\S)"
)


# the channel a body speaks through, set off by commas after it: ", through its spokesman,"
_THROUGH_ASIDE = re.compile(
    r"(?i)(?<=[a-z)]),\s+(?:through|via)\s+(?:its|their|his|her|the)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|officer|office|unit|department|channel|account|page)"
    r"(?:\s*,\s*(?-i:[A-Z])[^,;]{2,40})?,\s+|"
    # the medium, named bare: "The BLF has, through social media, claimed …"
    r"(?<=[a-z)]),\s+(?:through|via|on)\s+social\s+media,\s+(?=[a-z]+\b)|"
    # how the speaker was reached, set off by commas after him: "The administrator, Colonel
    # X, reached by our newsroom on Wednesday, gave a toll of …"
    r"(?<=[a-z)],)\s+(?:reached|contacted|interviewed|questioned|approached)\s+(?:by|on|over|via)"
    r"\b[^,;:.“”\"]{1,60},\s+(?=(?:also\s+|later\s+|then\s+)?[a-z]+\b)|"
    # where and when the body spoke, between it and its verb: "the State Government in its
    # press statement of 27th January, 2026 claimed that …"
    r"(?<=[a-z)])\s+in\s+(?:its|their|his|her)\s+(?:press\s+|official\s+)?(?:statement|release|"
    r"communiqu[ée]|bulletin|briefing)\s+(?:of|dated)\s+[^,;:.]{2,30}?(?:,\s+\d{4})?\s+"
    r"(?=(?:claimed|said|stated|announced|reported|confirmed|put|gave)\b)"
)


# a clause of what a speaker would not say: ", but he did not say how many …", "and declined
# to say who …"
_NOT_SAID = re.compile(
    r"(?i),?\s+(?:but|and|though|although)\s+(?:he|she|it|they|the\s+\w+|officials?)\s+"
    r"(?:did\s+not|didn['’]t|would\s+not|could\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:say|specify|give|confirm)\b"
)


# an account the pronoun gives to someone named before: "according to her briefing"
_POSSESSIVE_ACCOUNT = re.compile(
    r"(?i)\baccording\s+to\s+(?:his|her|their)\s+(?:briefing|statement|account|report|"
    r"testimony|tally|count|figures|notes)\b"
)
# how a source was met, set off by commas between it and its verb: ", met by our team at the
# camp, reported …", ", interviewed by the monitors, said …"
_MET_BY_ASIDE = re.compile(
    r"(?i),\s+(?:met|interviewed|contacted|reached|visited|consulted|questioned)\s+by\s+"
    r"[^,;.]{3,120}?,(?=\s+(?:\w+\s+)?(?:reported|reports|said|says|told|stated|confirmed|gave)\b)"
)
# a reduced relative clause: "weapons it said were seized", "the men they say were killed"
_RELATIVE_SAID = re.compile(
    r"(?i)(?<=[a-z]\s)(?:it|he|she|they)\s+(?:said|says|claimed|claims|alleged|alleges)\s+"
    r"(?=(?:was|were|is|are|had\s+been|have\s+been)\b)"
)


# a count set against another's: "not Christians as the claim says", "and not 40 as the
# group claimed"
_AS_THEY_SAY = re.compile(
    r"(?i),?\s+not\s+[^,.;]{1,40}?\s+as\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:says|said|claims|claimed|alleges|alleged|reports|reported|states|stated)\b"
)


# a relay's report of what its source said: "a news site … reported that the army said it had
# killed 38", "The Daily Star reported that police said …": the source speaks, the relay cites
_RELAYS_THAT = re.compile(
    # (the relay's own name between commas: "a news site from Addis, the Addis Courier,")
    r"^\s*(?:,\s*(?:the\s+)?(?-i:[A-Z])[^,;.“”\"]{1,60},|,)?\s*(?:(?:had|has|have|also|later)\s+)?"
    r"(?:reported|wrote|said|says|reports|writes|notes|noted|adds|added|"
    # (a court's record: "Counsel submitted that the village head put the dead at seven")
    r"submitted|submits|argued|argues|contended|contends)"
    r"\s+that\s+(?=(?:the|an?)\s+|(?-i:[A-Z])|(?:police|army|military)\b)|"
    # ("The nurse says the police commander at the scene reported 11 dead", "Staff report Radio
    # Kulmiye claimed …": with no "that", the source's own verb of saying then follows)
    r"^\s*(?:say|says|said|report|reports)\s+(?=(?:the\s+|(?-i:[A-Z]))[^,;.:“”\"\d]{2,50}?\s+"
    # (not a participle: "said the two soldiers reported missing had been found dead")
    r"(?:had\s+|has\s+)?(?:reported|claimed|announced|said)\b(?!\s+(?:to|as|by|missing|dead|"
    r"killed|wounded|injured|abducted|kidnapped|arrested|detained|captured|held)\b))",
    re.I,
)


# a resolution's clause: "1. That this House …", "That the SHO informed the House that …"
# (a recital's clause the same: "AND WHEREAS the Deputy Commissioner has reported that …")
_RESOLVE_THAT = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?That\s+(?=(?:the|this|a)\s|[A-Z])|"
    r"^(?:(?:AND|And)\s+)?(?:WHEREAS|Whereas)\s+(?=(?:the|this|a)\s|[A-Z])"
)
# a note's lead-in, a few words and a colon or a dash before what it reports: "Update — the
# military source now says …", "Another one from Nganzai: police say …"
_LEAD_LABEL = re.compile(
    # (up to seven words: "Correction to my msg of this morning: the sub-prefect now says …")
    # (or a form export's field key: "security/ki_other_sources: The army spokesman said …")
    r"^(?:[A-Za-z][\w'’-]*\s+){0,6}[A-Za-z][\w'’-]*(?:\s*:|\s+[—–])\s+(?=[a-z]|the\s|[A-Z])|"
    r"^_?[a-z][a-z0-9]*(?:[_/][a-z0-9]+)+\s*:\s+(?=[A-Z])|"
    # (or a label opening on a quoted word: '"Arrests" is now a field of its own: the
    # police said …')
    r"^[\"“‘][A-Za-z][\w'’ -]{0,30}[\"”’](?:\s+[A-Za-z][\w'’-]*){0,7}\s*:\s+(?=[a-z]|the\s|[A-Z])"
)


# a medium named in quotes after its kind, before its verb: 'The Facebook page "Kibo Today"
# said …', 'the Telegram channel "Sahel Watch" reported …'
_QUOTED_MEDIUM = re.compile(
    r"(?i)\b(?:page|channel|account|group|newspaper|paper|site|website|blog|outlet|station|"
    r"programme|program|show|feed)\s+(?P<open>[\"“])(?-i:[A-Z])[^\"“”]{1,40}(?P<close>[\"”])"
    r"(?=\s+(?:(?:also|later|first|had|has)\s+)?(?:said|says|reported|reports|claimed|claims|"
    r"posted|wrote|stated|alleged)\b)"
)
# a nom de guerre in quotes, set off by commas: 'the NPA's spokesperson, "Ka Dalisay", said'
_QUOTED_ALIAS = re.compile(r",\s*(?P<open>[\"“])(?P<name>[A-Z][^\"“”,.;]{1,40})(?P<close>[\"”]),")


# a speaker's words quoted after a colon: 'Ana Ruiz said: "…"'
_SAID_COLON_QUOTE = re.compile(
    r"^[^:\"“]{2,80}?\s(?:said|says|wrote|posted)\s*:\s*[\"“](?P<inner>\S.*)$"
)


# a log's entry opened by its day and a dash: "26/11 - …", "03.12.2026 – …" ("Tuesday 15/4 —
# The ministry announced …": the weekday before the day), or a colon: "19/2: The command
# said …", "On the attack of 14/08: the mission said …" (a few words before the day naming
# what the entry is about)
_LOG_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s+)?"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+[-–—]\s+(?=[A-Z])|"
    r"^(?:(?:On|About|Re|For)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:of|on)\s+)?"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*:\s+(?=[A-Z])"
)
# a filed document's day and its mark, between its name and its verb: "dated 18 July 2026
# (Exhibit C-4)", "of 16 July 2026 (Annex 3)", "(Exhibit TR-2)"
_DOCUMENT_REFERENCE = re.compile(
    rf"(?:,?\s+(?:dated|of)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\s+\d{{4}})?"
    r"\s*\((?:Exhibit|Exh\.|Annex(?:ure)?|Appendix|Attachment|Enclosure)\s+[\w./-]{1,12}\)|"
    rf",?\s+dated\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\s+\d{{4}}"
    r"(?=,?\s+(?:states?|stated|said|says|reports?|reported|wrote|writes|gives|gave|"
    r"records?|recorded|lists?|listed|shows?|showed)\b)"
)
# a numbered entry's day before a colon: "C5. 08 Oct: Bakool police said …", "3) 12 March
# 2026: the army said …" (the entry's label and day, no part of the sentence's grammar)
_ENTRY_DATE = re.compile(
    r"^(?:[A-Z]{0,2}\d{1,3}[.)]\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]{0,6}\.?(?:\s+\d{4})?\s*:\s+(?=[A-Z])"
)


# a body's name with the place it sits in after a comma: "The District Headquarters Hospital,
# D.I. Khan confirmed …", "The Police Department, Bannu said …"
# (an official's title and the district of the post too, in an order's recital: "WHEREAS the
# Superintendent of Police, Sukma has reported …", "the Block Medical Officer, Konta has
# reported …")
_BODY_AND_PLACE = re.compile(
    r"^(?:(?:AND|And)\s+)?(?:(?:WHEREAS|Whereas),?\s+)?(?:[Tt]he\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5}\s+(?:of\s+)?(?:Hospital|Department|Police|Command|Office|Directorate|"
    r"Division|Brigade|Council|Administration|Officer|Commissioner|Magistrate|Collector|"
    r"Commandant)(?P<place>,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?=(?:(?:has|have|"
    r"had)\s+)?(?:(?:further|also|now)\s+)?(?:confirmed|said|reported|arrested|announced|"
    r"stated|received|informed|intimated)\b)"
)


# a relayed announcement: "Families say the mayor's office announced 19 dead", "Residents said
# the district council had put the toll at 9" — the body that announced it speaks, not the
# people passing it on
_RELAYED_BODY = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,2}?(?i:families|relatives|residents|witnesses|villagers|locals|"
    r"people|survivors|patients)\s+(?:say|said|says|report|reported)\s+(?:that\s+)?(?:the\s+)?"
    r"(?P<who>(?:[\w’'-]+\s+){0,4}?(?i:office|ministry|police|"
    r"army|hospital|council|administration|authorities|government|command|prefecture|"
    r"governorate))\s+(?:had\s+|has\s+)?(?:announced|said|reported|gave|put|confirmed)\b"
)


# a body's count named by its possessive or its noun, with no verb of saying: "the card now
# shows the army's toll of 9 soldiers killed", "the health district's count of 13 wounded",
# 'The JNIM claim ("24 soldiers killed") appears …', 'the army communiqué's "18 terrorists
# neutralised"' (not a thing's: "the attack's toll of 9", "the week's tally of 40")
_NOT_A_COUNTER = (
    r"(?!(?:attack|attacks|blast|bombing|raid|ambush|strike|incident|clash|clashes|fighting|"
    r"violence|massacre|week|day|month|year|weekend|night|morning|today|yesterday|war|conflict|"
    r"village|town|city|country|region|province|camp|market|school|event|disaster|storm|flood|"
    r"crash|accident|fire|epidemic|outbreak|season|operation|offensive|story|article|report|"
    r"card|app|page|film|list|table|map|day's|final|official|new|latest)\b)"
)
_COUNT_OF = re.compile(
    rf"\b[Tt]he\s+(?P<who>{_NOT_A_COUNTER}(?:[A-Z][\w-]*|[a-z][\w-]*)"
    r"(?:\s+(?:[A-Z][\w-]*|[a-z][\w-]*)){0,2}?)['’]s\s+(?:(?:own|latest|new|revised|updated|"
    r"final|official|first)\s+)?(?:toll|count|figure|tally|estimate)\s+of\s+"
    r"(?=(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?(?:\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b))|"
    rf"\b[Tt]he\s+(?P<body>{_NOT_A_COUNTER}(?:[A-Z][\w-]*|[a-z][\w-]*)"
    r"(?:\s+(?:[A-Z][\w-]*|[a-z][\w-]*)){0,2}?)\s+(?:claim|communiqu[eé]['’]s|statement['’]s|"
    r"bulletin['’]s)\s*\(?\s*[\"“](?=(?:at\s+least\s+|more\s+than\s+)?\d)"
)


# something shown on a screen that a body claims: "showed us on his phone that JNIM claims …",
# "shows on the screen that the army says …" (a name or "the" and a body after "that")
_SHOWN_THAT = re.compile(
    r"\b(?:showed|shows|show)\b[^.;:“”\"]{0,60}?\bthat\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}|"
    r"the\s+(?:army|police|military|government|ministry|rebels|militia))\s+"
    r"(?:now\s+|also\s+)?(?:claims|claimed|says|said|announces|announced|reports|reported)\b"
)


def _count_of(sentence: str) -> Reporter | None:
    """Whose count a sentence that quotes no one gives by a possessive ("the army's toll of
    9 soldiers killed") or by its noun ('The JNIM claim ("24 soldiers killed")').

    >>> _count_of("The card now shows the army's toll of 9 soldiers killed.").name
    'Army'
    >>> _count_of('The JNIM claim ("24 soldiers killed") is shown apart.').name
    'JNIM'
    >>> _count_of("The attack's toll of 9 dead was never revised.") is None
    True
    """
    counted = _COUNT_OF.search(sentence)
    if counted is None:
        return None
    group = "who" if counted["who"] else "body"
    who = counted[group]
    return Reporter(tidy(who), who, counted.start(group), counted.end(group))


# a report's lettered or numbered item: "c) ", "(iv) ", "(2) " before the sentence
_ITEM_LETTER = re.compile(r"^\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+(?=[A-Z])")
# a log entry's day and clock time, or an observer's hour, before its text: "18-Apr 10:30 Lt.
# Col. Cruz told …", "18/04 10:30 Police say …", "12 UTC  Police in Mueda say …"
_DAY_CLOCK = re.compile(
    r"^(?:\d{1,2}[-/. ](?:\d{1,2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
    r"\.?)(?:[-/. ]\d{2,4})?\s+\d{1,2}[:.]\d{2}|\d{2}(?::?\d{2})?\s+UTC)\s+(?=[A-Z])"
)
# an hour a sentence opens on: "At 13:40 Col. Mangal raised …", "At 9.15 am, the police said …"
_AT_CLOCK = re.compile(
    r"^(?:At|By|Around|Shortly\s+after|Just\s+after)\s+(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:hrs|h|[ap]\.?m\.?|UTC|GMT|local\s+time))?,?\s+(?=[A-Z]|the\s|an?\s)"
)
# a note's bare hour before who speaks, in lower case after it: "15:30 the boss says …", "11:00
# a gendarme said …" (no part of the sentence's grammar)
_BARE_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=the\s|an?\s)")
# a note's hour and a comma before who speaks: "1 pm, Police spokesman Ali Musa: …", "9.30 a.m.,
# the army said …" (no part of the sentence's grammar)
_HOUR_COMMA = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs)\s*,\s+(?=[A-Z]|the\s)")
# the day a sentence opens on, with no comma, before who speaks: "On 9 November Ali Musa said …",
# "On March 3 the police said …" (no part of the sentence's grammar)
_ON_DAY = re.compile(
    r"^On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s+(?=[A-Z]|the\s)"
)
# where a body spoke, before it: "On a separatist Facebook page the "X Forces" claimed …"
_ON_A_MEDIUM = re.compile(
    r"^(?:On|In|Via|Through)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:page|channel|"
    r"account|post|video|website|group|statement|communiqu[eé])\s*,?\s+(?=the\s|[A-Z\"“])"
)
# a log table's row read as one line, its readings before the remark: "09 +4.7 +5.0 HU Police
# said …" (the day, readings with a decimal point, a signer's initials)
_ROW_READINGS = re.compile(
    r"^\d{1,2}\s+(?:[+-]?\d{1,4}(?:\.\d{1,2})?\s+)*[+-]?\d{1,4}\.\d{1,2}\s+"
    r"(?:[+-]?\d{1,4}(?:\.\d{1,2})?\s+)*(?:[A-Z]{2,3}\s+)?(?=[A-Z])"
)
# an assembly's business item and the member who gives it: "Calling Attention Notice No. 112,
# given by Mr. Anwar Khan, MPA, …", "(ii) Adjournment Motion No. 5, moved by Ms. R. Bibi:",
# "Resolution No. 88, to be moved by Mr. S. Rashid, MPA:"
_MOVED_BY = re.compile(
    r"^(?:[A-Z][A-Za-z ]{0,30}\s)?(?:\(?(?:[ivx]+|[a-z]|\d+)[.)]\s+)?(?:[A-Za-z-]+\s+){0,3}?"
    r"(?i:notice|motion|question|resolution|petition|amendment|point\s+of\s+order)"
    r"(?:\s+(?i:No)\.?\s*[\d/-]+)?,?\s+(?:to\s+be\s+)?(?i:given|moved|tabled|submitted|raised|"
    r"sponsored|asked)\s+by\s+(?P<who>(?:(?:Mr|Ms|Mrs|Dr|Prof|Senator|Hon)\.?\s+)?"
    r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|ul|ur|ud|al|bin|ibn|de|van))*)(?=\s*[,:(]|\s+(?:to|regarding)\b)"
)


# a reduced relative clause after the people a report told of: "The two minors reported in
# Call 3 were rescued …" (they are reported, they do not report)
_REPORTED_IN = re.compile(
    r"(?i)^\s+(?:reported|mentioned|listed|named|cited|described)\s+(?:in|on|by|at)\b"
    r"(?:(?!\bthat\b)[^,;.]){0,40}?\s+(?:were|was|are|is|have|has|had)\b"
)


# a speaker's sex and age noted in brackets before the verb: "Caller (F, 34) says"
_AGE_SEX_BEFORE_VERB = re.compile(
    r"(?i)(?<=[a-z])\s*\((?:(?:[MF]\.?|male|female|man|woman|[MF]\.?,?\s*aged?)\s*,?\s*)?"
    r"(?:aged?\s*)?\d{1,3}\)(?=\s+(?:says|said|reports|reported|tells|told|adds|added|"
    r"states|stated|claims|claimed)\b)"
)


# a ledger's entry opened by its number and a dash: "1190 — The ministry said …", "Job 4473 –
# The police said …", "Order 88A — …" (the entry's number, no part of the sentence's grammar)
_ENTRY_NUMBER = re.compile(
    r"^(?:(?:Order|Job|Entry|Item|Ticket|Invoice|Receipt|Ref|No)\.?\s+)?\d{2,6}[A-Z]?\s+[–—]\s+"
    r"(?=[A-Z])"
)


# a rota's or a schedule's item opened by its weekday and time and a dash: "TUE 06:00 — …",
# "Wed 18:00 - …" (no part of the sentence's grammar)
_WEEKDAY_TIME = re.compile(
    r"^(?:MON|TUE|WED|THU|FRI|SAT|SUN|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:\.|day|DAY)?\s+"
    r"\d{1,2}[:.]\d{2}\s+[-–—]\s+(?=[A-Z])"
)
# a speaker by rank or by a title and a name, as a label before the colon: "Col. Ana Ruiz: …",
# "Police spokesman Ana Ruiz: …", "Sector commander Col. Ana Ruiz: …"
_TITLED_TURN = re.compile(
    r"^(?P<who>(?:(?:[A-Z][\w'’-]+\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|commander|"
    r"official|officer|chief|governor|administrator|mayor|director)\s+|"
    # a person by trade, capitalised as a title: "Driver Ana Ruiz: …", "Nurse Ruiz: …"
    r"(?:Driver|Nurse|Teacher|Principal|Pastor|Imam|Farmer|Trader|Witness|Guard|Porter|"
    r"Headman|Elder)\s+(?=[A-Z]))?"
    r"(?:(?:Col|Gen|Maj|Capt|Lt|Brig|Sgt|Cdr|Insp|Supt|Cpl)\.?\s+|(?:Colonel|General|Major|"
    r"Captain|Lieutenant|Brigadier|Sergeant|Commander|Inspector|Superintendent)\s+)?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}):\s+(?=\S)"
)


# a body's statement, memo or message as a label before the colon, read or heard somewhere:
# "Army statement on radio: troops killed …", "Memo from the Registry: four students …"
_STATEMENT_LABEL = re.compile(
    r"^(?:(?!(?:BREAKING|URGENT|LATEST|FLASH|NEW|UPDATE|NOTE|FINAL|Breaking|Latest|New)\b)"
    r"(?P<body>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|the|and|for)){0,6}?)\s+"
    r"(?:statement|communiqu[ée]|press\s+release|release|bulletin|memo|circular|message)|(?:Memo|Message|Letter|Statement|Circular|Note|Notice|Communiqu[ée]|"
    r"Update)\s+from\s+(?:the\s+)?(?P<from>(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|"
    r"of|the|and|for)){0,6}?))(?:\s+(?:read(?:\s+out|\s+aloud)?|heard|posted|aired|broadcast|"
    r"seen|received)?\s*"
    r"(?:on|at|in|over|by|via)\s+[^:;.]{1,40}?)?:\s+(?=\S)"
)


def _statement_label(sentence: str) -> Reporter | None:
    """The body whose statement, memo or message a label names before the colon, or None:
    "Army statement on radio: troops killed seven …" is the army's.

    >>> _statement_label("Kano State Police Command statement read at the gate: two killed.").name
    'Kano State Police Command'
    >>> _statement_label("Memo from the Registry: four students were abducted.").name
    'Registry'
    >>> _statement_label("Statement of account: two items.") is None
    True
    """
    label = _STATEMENT_LABEL.match(sentence)
    if label is None:
        return None
    key = "body" if label["body"] else "from"
    who = label[key]
    if who in ("The", "A", "An", "This", "That", "Our", "Press", "News", "Latest", "New"):
        return None
    return Reporter(tidy(who), who, label.start(key), label.end(key))


# a claim whose body is named in quotes, or after the medium that carried it, or by an
# outlet's label before a colon (sixty-sixth round): 'The so-called “Free Hills Army” claimed
# …', 'A video attributed to the “Islamic State” claimed …', "A message of the Hill Front
# going round on phones says …", "The communiqué of the Ministry of Defence read on radio: 4
# soldiers killed …", "NTA evening news: troops killed …", "A pro-IS channel claimed …"
_CLAIM_VERB = r"(?:claims|claimed|says|said|states|stated|saying|reports|reported)\b"
_CAPITAL_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'-]*){0,6}"
_CLAIM_SOURCES = [
    # 'The so-called “Free Hills Army” claimed …', 'The “Hill Front” said …'
    re.compile(
        r"^(?:The\s+)?(?:so-called\s+|self-styled\s+)?[“\"](?P<who>[A-Z][^“”\"]{1,60}?)[”\"]\s+"
        r"(?:(?:on|in|via)\s+[^,;.:“”\"]{1,40}?\s+)?" + _CLAIM_VERB
    ),
    # 'A video attributed to the “Islamic State” claimed …', 'A statement circulated in the
    # name of the Hill Front claimed …', "A message of the Hill Front going round on phones
    # says …": the medium, who it is of (quoted or not), how it went round, the verb
    re.compile(
        r"(?:^|\b(?:[Oo]n\s+[^,;.:“”\"]{1,30}?\s+)|\bthat\s+)(?:An?|an?|The|the)\s+(?:statement|"
        r"communiqu[eé]|message|video|post|audio|recording|note|letter)\s+"
        r"(?:(?:circulated|circulating|posted|published|shared|released|issued|sent)\s+)?"
        r"(?:of|from|by|attributed\s+to|in\s+the\s+name\s+of|signed\s+by|signed\s+in\s+the\s+"
        r"name\s+of)\s+(?:the\s+)?[“\"]?(?P<who>" + _CAPITAL_NAME + r")[”\"]?"
        r"(?:\s+[“\"][^“”\"]{1,20}[”\"])?"
        r"(?:\s+(?:circulating|circulated|going\s+round|doing\s+the\s+rounds|posted|shared|"
        r"published|sent|released)\s+[^,;.:“”\"]{1,60}?)?"
        # ('… that a statement issued in the name of the “Shield Brigade” on 8 March had claimed
        # …': its day, and the verb's tense, between)
        r"(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day))?"
        r"\s+(?:(?:had|has|have)\s+)?" + _CLAIM_VERB
    ),
    # "A statement posted on a Facebook page linked to the Hill Front (HF) described the raid as
    # revenge and claimed …": a statement on a page of a body's side is that body's claim
    re.compile(
        r"^(?:An?|The)\s+(?:statement|communiqu[eé]|message|video|post)\s+(?:posted|published|"
        r"shared|released|issued|circulated)\s+(?:on|in|via)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:page|account|channel|website|site|group)\s+(?:linked|affiliated|close|tied)\s+to\s+"
        r"(?:the\s+)?(?P<who>" + _CAPITAL_NAME + r")(?:\s+\([A-Z]{2,8}\))?"
        r"\s+(?:[^.;:]{0,120}?\s+and\s+)?" + _CLAIM_VERB
    ),
    # "The communiqué of the Ministry of Defence read on radio: 4 soldiers killed …": a body's
    # communiqué as a label before the colon, with where it was read or heard
    re.compile(
        r"^(?:An?|The)\s+(?:statement|communiqu[eé]|message|bulletin|press\s+release|release)\s+"
        r"(?:of|from|by)\s+(?:the\s+)?(?P<who>" + _CAPITAL_NAME + r")"
        r"(?:\s+(?:read|heard|aired|broadcast|posted|seen|received)?\s*(?:on|at|in|over|by|via)"
        r"\s+[^:;.]{1,40}?)?:\s+(?=\S)"
    ),
    # "Dispatch reads the Prosecutor's Office post on Facebook to all units: …": a body's post
    # or statement read out by someone else, before a colon, is the body's
    re.compile(
        r"\b(?:reads|read|relays|relayed)\s+(?:out\s+)?the\s+(?:new\s+|latest\s+)?"
        r"(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})(?:’s|'s)?\s+(?:post|"
        r"statement|communiqu[eé]|bulletin|tweet)(?:\s+(?:on|in|via)\s+[A-Z][\w-]*)?"
        r"(?:\s+to\s+[^:;.“”\"]{1,30}?)?:\s*(?=\S)"
    ),
    # ("The chairman read the statement of the district commissioner of Kasese: …")
    re.compile(
        r"\b(?:reads|read|relays|relayed)\s+(?:out\s+)?the\s+(?:statement|communiqu[eé]|message|"
        r"post|bulletin)\s+(?:of|from|by)\s+(?:the\s+)?(?P<who>[^:;.“”\"]{2,60}?):\s*(?=\S)"
    ),
    # "NTA evening news: troops killed …": a broadcaster's news, by its initials, before a colon
    # (its hour may stand between: "CRTV news 7 pm: …", "NTA news at 9: …")
    re.compile(
        r"^(?!(?:BREAKING|LATEST|LOCAL|WORLD|FLASH|UPDATE|NOTE|LIVE|NEW|TOP|TV|FM)\b)"
        r"(?P<who>[A-Z][A-Z0-9]{1,5})\s+(?:(?:morning|evening|night|midday|noon|late|main)\s+)?"
        r"(?:news|bulletin|broadcast)(?:\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:[ap]\.?m\.?|h|"
        r"hrs))?)?\s*:\s+(?=\S)"
    ),
    # "A pro-IS channel claimed …", "An IS-linked account said …": an outlet named by the
    # side it speaks for
    re.compile(
        r"^(?:An?|The)\s+(?P<who>(?:pro-[A-Z][\w-]*|[A-Z][\w-]*-(?:linked|affiliated|run|"
        r"aligned))\s+(?:Telegram\s+|media\s+|news\s+)?(?:channel|account|page|outlet|site|"
        r"agency|group))\s+(?:(?:on|in|via)\s+[^,;.:“”\"]{1,40}?\s+)?" + _CLAIM_VERB
    ),
]


# a speaker read as the medium itself ("Message of the Hill Front circulating on phones")
_MEDIUM_AS_SPEAKER = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:statement|communiqu[eé]|message|video|post|audio|recording)\s+"
    r"(?:circulated\s+)?(?:of|from|by|attributed\s+to|in\s+the\s+name\s+of)\s"
)


def _claim_source(sentence: str) -> Reporter | None:
    """The body a claim is named for (in quotes, after the medium that carried it, or by an
    outlet's label before a colon), or None.

    >>> _claim_source('The so-called “Hill Front” claimed that its men killed nine soldiers.').name
    'Hill Front'
    >>> _claim_source("A video attributed to the “Islamic State” claimed four killed.").name
    'Islamic State'
    >>> _claim_source("NTA evening news: troops killed six bandits.").name
    'NTA'
    >>> _claim_source("The video shows four bodies.") is None
    True
    """
    for pattern in _CLAIM_SOURCES:
        found = pattern.search(sentence)
        if found:
            who = found["who"]
            return Reporter(tidy(who), who, found.start("who"), found.end("who"))
    return None


def _titled_turn(sentence: str) -> Reporter | None:
    """The speaker a label names by rank or by title before a colon, or None: "Col. Ana Ruiz:
    five soldiers killed" is Col. Ana Ruiz's (a name alone, a place or a heading is none).

    >>> _titled_turn("Police spokesman Ana Ruiz: three people killed.").text
    'Police spokesman Ana Ruiz'
    >>> _titled_turn("Mataban Market: three people killed.") is None
    True
    """
    turn = _TITLED_TURN.match(sentence)
    if turn is None:
        return None
    who = turn["who"]
    if not re.search(
        r"(?:spokes(?:man|woman|person)|commander|official|officer|chief|governor|"
        r"administrator|mayor|director)\s|^(?:Driver|Nurse|Teacher|Principal|Pastor|Imam|Farmer|"
        r"Trader|Witness|Guard|Porter|Headman|Elder)\s|^(?:Col|Gen|Maj|Capt|Lt|Brig|Sgt|Cdr|Insp|Supt|Cpl)"
        r"\.?\s|^(?:Colonel|General|Major|Captain|Lieutenant|Brigadier|Sergeant|Commander|"
        r"Inspector|Superintendent)\s",
        who,
    ):
        return None
    inner = _find_reporter(f"{who} said so.")
    if inner is None or inner.start != 0:
        return Reporter(tidy(who), who, 0, len(who))
    return Reporter(inner.name, who, 0, len(who))


# the part of the day a sentence opens on, before who speaks: "In the morning the mayor of
# Kenscoff, Mr. …, spoke of 5 deaths" (no part of the sentence's grammar)
_PART_OF_DAY = re.compile(
    r"^(?:In|On|At|Later\s+in)\s+the\s+(?:morning|evening|afternoon|night)\s*,?\s+(?=the\s|[A-Z])"
)
# a time phrase opening the sentence with no comma, before the speaker: "After these events
# the Federal Police said …", "Following the attack the governor said …"
_TIME_OPENER = re.compile(
    r"(?:After|Before|Following|During|Since)\s+(?:the|these|this|those|that)\s+[a-z]+"
    r"(?:\s+[a-z]+)?\s+(?=the\s|[A-Z])|"
    # ("In the morning the mayor of Kenscoff, Mr. …, spoke of 5 deaths", "In the evening on
    # Radio Magik he said …": the part of the day, and the station it was heard on)
    r"(?i:in|on|at|by|later\s+in)\s+the\s+(?:morning|evening|afternoon|night)\s+"
    r"(?:(?:on|over)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?(?=the\s|[A-Z]|(?:he|she)\b)|"
    r"(?:On|Over)\s+(?:the\s+)?(?:Radio|TV|Television)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+"
    r"(?=the\s|(?:he|she)\b)|"
    # ("On the radio the Ministry of the Defence communicated that …": the medium it was heard
    # on, unnamed, before the speaker)
    r"(?:On|Over)\s+the\s+(?:radio|television|state\s+(?:radio|television))\s+(?=the\s|[A-Z])"
)


# the writer announcing news in the document's own voice: "I regret to report that …", "We
# are sorry to report that …" (the writer, who reports nobody else's figure)
_OWN_REGRET = re.compile(
    r"(?i)(?:I|we)\s+(?:(?:am|are)\s+)?(?:(?:deeply|very|so|truly)\s+)?(?:regret|sorry|sad|"
    r"saddened|grieved|pained|distressed)\s+to"
)


# a chat message's bullet: emoji, arrows and pointing hands before the words ("👉 ", "➡️ ",
# "▶ ", "🔴 ", "⚠️ "), with their variation selectors and skin tones
_PICTOGRAPH_BULLET = re.compile(
    r"^(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*\s*)+(?=\S)"
)


# a message passed on in a group, what it says after a colon: "Ali shared a voice note: …",
# "A member posted a screenshot: …", "Sara forwarded the army communiqué: …"
_SHARED_BEFORE_COLON = re.compile(
    # (a chat digest's time before it: "07:12 — Ali shared …")
    r"(?i)^(?:\d{1,2}[:.]\d{2}\s*[—–-]\s*)?(?P<who>(?:[^:.;]|(?<=\s[A-Z])\.){0,60}?)\b(?:shared|forwarded|posted|reposted|relayed|sent|"
    r"passed\s+on)\s+(?P<what>(?:a|an|the|this|his|her|their)\s+[^:;.]{1,60}?)\s*:\s+"
)


def _shared_reporter(sentence: str, shared: re.Match) -> Reporter | None:
    """The reporter of a message someone passed on: the speaker the message names, else the
    body whose statement (communiqué, press release) it is; the one who passed it on never.

    >>> s = "Ali shared a voice note: the mayor's office said 4 guards were killed."
    >>> _shared_reporter(s, _SHARED_BEFORE_COLON.match(s)).name
    'Mayor office'
    >>> s = "Sara forwarded the army communiqué: the units killed ten bandits."
    >>> _shared_reporter(s, _SHARED_BEFORE_COLON.match(s)).name
    'Army'
    >>> s = "07:55 — Sara K. forwarded the army communiqué: the units killed ten bandits."
    >>> _shared_reporter(s, _SHARED_BEFORE_COLON.match(s)).name
    'Army'
    >>> s = 'The BLA sent a statement to the papers: "we killed 9 soldiers".'
    >>> _shared_reporter(s, _SHARED_BEFORE_COLON.match(s)).name
    'BLA'
    >>> s = "A member posted a screenshot: 25 guards were killed at the post."
    >>> _shared_reporter(s, _SHARED_BEFORE_COLON.match(s)) is None
    True
    """
    inner = _reporter_after(sentence, shared.end())
    if inner is not None:
        return inner
    what = shared["what"]
    if re.match(
        r"(?i)(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|press\s+release)\b", what
    ) and re.match(r"^\s*[“\"]", sentence[shared.end() :]):
        # ("The BLA sent a statement to the papers: "our fighters killed 9 …"": a statement
        # of its own, quoted, is the sender's words)
        sender = find_reporter(f"{shared['who'].strip()} said so.")
        if sender is not None and sender.start >= 0:
            start = shared.start("who") + sender.start
            return Reporter(sender.name, sender.text, start, start + len(sender.text))
    if not re.search(
        r"(?i)\b(?:communiqu[eé]|statement|press\s+release|bulletin|notice|announcement)$", what
    ):
        return None
    body = find_reporter(f"{what} said so.")
    if body is None:
        return None
    start = shared.start("what") + body.start
    return Reporter(body.name, body.text, start, start + len(body.text))


# a speaker's apposition between spaced dashes right before the reporting verb: "The army —
# the Third Division — said …", "Police – the district's spokesman – told …"
_DASHED_APPOSITION = re.compile(
    r"(?<=\w)(?P<open>\s[—–]\s)(?P<inner>[^—–.;:,\d]{2,60}?)(?P<close>\s[—–]\s)"
    r"(?=(?:said|says|told|tells|reported|reports|announced|confirmed|stated|added)\b)"
)


def _dashed_reporter(sentence: str, dashed: re.Match) -> Reporter | None:
    """The reporter of a sentence whose speaker's apposition stands between dashes, read with
    commas instead (its offsets in ``sentence``).

    >>> s = "The army — the Third Division — said two soldiers were killed."
    >>> found = _dashed_reporter(s, _DASHED_APPOSITION.search(s))
    >>> found.name, s[found.start : found.end]
    ('Third Division', 'Third Division')
    """
    a = dashed.start("open")
    commas = f"{sentence[:a]}, {dashed['inner']}, {sentence[dashed.end('close') :]}"
    inner = find_reporter(commas)
    if inner is None:
        return None
    # the first comma is one character shorter than its dash, the second two
    first = a + 2
    second = first + len(dashed["inner"]) + 2

    def back(i: int) -> int:
        return (
            i
            + (len(dashed["open"]) - 2 if i >= first else 0)
            + (len(dashed["close"]) - 2 if i >= second else 0)
        )

    return Reporter(inner.name, inner.text, back(inner.start), back(inner.end))


# a letter (message, statement) read out from someone, then what it says in a relative
# clause: "The chair read a letter from the district commander, Col. Ali Musa, which put …"
_LETTER_FROM = re.compile(
    r"(?i)^[^.;:]{2,80}?\b(?:read|read\s+out|presented|tabled|circulated|shared)\s+"
    r"(?:a|the|an)\s+(?:letter|message|statement|report|note|communiqu[ée]|signal|memo)\s+"
    r"from\s+(?P<who>(?:the\s+)?[^,;:]{2,60}?(?:,\s+(?-i:[A-Z])[^,;:]{2,50})?),\s+which\s+"
    r"(?:put|puts|gave|gives|said|says|stated|states|reported|reports|listed|lists|"
    r"confirmed|confirms|spoke\s+of|speaks\s+of)\b"
)
# a report (claim, communiqué …) "of" a body, then what it says: "the report of the
# gendarmerie which counts 9 dead", "a claim of the rebels which says to have killed …", "the
# communiqué of the army indicates 11 fighters neutralised": the body speaks, not the one who
# read the report out or answered with it
_REPORT_OF = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:report|claim|communiqu[ée]|statement|press\s+release|bulletin|"
    r"tally|count|message|note)\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'-]*){0,4}"
    # ("The communiqué of the Governor of the Boucle du Mouhoun region gave …": an official of
    # a region whose name has a particle, the kind of area after it)
    r"(?:\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:(?:du|de|des|del|la|le|el|al)\s+)?[A-Z][\w’'-]*)"
    r"{0,3}\s+(?:region|province|state|district|department|prefecture|county))?|the\s+(?:[a-z]+\s+)?(?:gendarmerie|police|army|military|navy|"
    r"hospital|ministry|government|prefecture|governor|mayor|morgue|rebels|militants|"
    r"insurgents|commission|committee|council|red\s+cross))\s+(?:(?:which|that)\s+)?(?:says|said|counts|counted|indicates|"
    r"indicated|gives|gave|puts|put|speaks\s+of|spoke\s+of|reports|reported|lists|listed|"
    r"claims|claimed|mentions|mentioned)\b"
)
# a broadcast (video, message …) "in which" a body claims: "a Radio X broadcast in which the
# rebels claimed …": the body speaks, not the one who tendered or played the broadcast
_IN_WHICH_CLAIMED = re.compile(
    r"\b(?:broadcast|video|recording|message|statement|post|communiqu[ée]|audio|letter)\s+"
    r"in\s+which\s+(?P<who>(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})\s+"
    r"(?:claimed|claims|said|says|stated|states|boasted|boasts|announced|announces)\b"
)
# a verb of saying with the language spoken or the place it was said before its "that":
# "declared in Fulfulde that", "reported at the counter that"
_SAID_IN_THAT = re.compile(
    r"\b(?:declared|declares|reported|reports|said|says|stated|states|testified|testifies|"
    r"explained|explains|told|confirmed|confirms)\s+(?P<aside>(?:in|at)\s+(?:the\s+)?"
    r"[A-Za-z][a-z]+)\s+that\b"
)
# a body that did something, then "per" its own office: "Rescue 1122 shifted 5 injured persons
# to the hospital, per their control room" (the body speaks, by its office)
_PER_ITS_OWN = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\d{2,4})){0,4})\s+[a-z]{3,}"
    r"[^;:]{5,200}?,\s+(?:as\s+)?per\s+(?:their|its)\s+(?:[a-z]+\s+){0,2}?(?:control\s+room|"
    r"office|spokes(?:man|woman|person)|records?|register|statement|desk|website|account)\s*"
    r"[.;]?$"
)
# a station diary's row before its entry: the entry's code and number, the day, the hour and
# the officer who wrote it ("SD 45 22/09/26 0800hrs Cpl. Hauwa Bello Village head …")
_DIARY_ROW = re.compile(
    r"^[A-Z]{1,4}\s*\d{1,4}\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\d{4}\s*hrs\s+"
    r"(?:[A-Z][a-z]{1,5}\.|[A-Z]{2,4})\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?=[A-Z])"
)
# a speaker with a relative clause between commas, then the day it spoke before the verb:
# "The commission, which on Friday spoke of two dead, on Sunday said …"
_WHICH_THEN_WHEN = re.compile(
    r"(?i)^[^,;:]{2,80},\s+(?:which|who)\s+[^,;:]{2,100},\s+"
    r"(?P<when>(?:on|last|this|early|late|later|then)\s+(?:on\s+)?"
    r"(?-i:[A-Z][a-z]+day|morning|afternoon|evening|night|week)(?:\s+\d{1,2}\s+[A-Za-z]+)?"
    r",?\s+)(?=(?:said|says|stated|reported|announced|confirmed|gave|put|spoke\s+of)\b)"
)
# the same, the day after the verb: "The commission, which on Friday spoke of two dead, gave on
# Sunday a toll of three"
_WHICH_THEN_VERB_WHEN = re.compile(
    r"(?i)^[^,;:]{2,80},\s+(?:which|who)\s+[^,;:]{2,100},\s+"
    r"(?:said|stated|reported|announced|confirmed|gave|put|spoke\s+of)\s+"
    r"(?P<when>(?:on|last|this|early|late|later|then)\s+(?:on\s+)?"
    r"(?-i:[A-Z][a-z]+day|morning|afternoon|evening|night|week)(?:\s+\d{1,2}\s+[A-Za-z]+)?"
    r",?\s+)(?=a\s+|an\s+|the\s+|that\b|\d)"
)


# a reference in brackets after the subject, with a number in it: "The police extract (Tsafe
# Division, entry 77/10, dated 15-10) records three persons killed" (not an alias: "(ISWAP)")
_SUBJECT_ASIDE = re.compile(
    r"^(?:The|An?|Our|Its|Their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s*(?P<aside>\([^()]{0,60}\d[^()]{0,60}\))"
    r"(?=\s+[a-z])"
)


# a speaker's turn before a colon with where it was heard: "Police spokesman Ali Musa on Radio
# Kano: …", "DPO Ali Khan on the radio: …"
_TURN_ON_AIR = re.compile(
    # (the speaker may open on a unit's ordinal: "6th Infantry Division spokesman on …")
    r"^(?P<who>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?-i:[A-Z])[^:;\"“”]{2,60}?)(?P<medium>\s+on\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:Radio|radio|TV|Television|television|air)(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})(?=\s*:\s)"
)
# a register entry's label before a colon: "Vouchers 0117-0119: the chief …", "Item 4: the …"
_ENTRY_LABEL = re.compile(
    r"^(?:(?:\d{1,3}[.)]\s+)?(?-i:[A-Z])[\w’'./-]*(?:\s+[\w’'./-]+){0,3}?\s*:\s+"
    r"(?=(?:the|our|an?)\s+[a-z])|"
    # (or a side of the page in brackets, then a day: "(back) 14 Nov: the Kano police said …")
    r"\([a-z]{2,12}\)\s+\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s*:\s+(?=(?:the|our|an?)\s+[A-Za-z]))"
)


# a relay of what someone was told: "She said the village head told them 11 …", "note: the
# driver says the police told him …" (the one who told is the source)
_SAID_WHO_TOLD = re.compile(
    r"(?i)^\W*(?:note\s*:\s*)?(?:[\w’'.-]+\s+){1,4}?(?:said|says|told\s+(?:me|us))\s+"
    r"(?:that\s+)?(?P<who>(?:the|a|an|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+"
    r"(?:had\s+)?(?:told|tells|informed)\s+(?:them|him|her|us|me|the\s+family)\b"
    r"(?!\s+(?:to|not\s+to)\s)"  # ("told them to leave": an order, no word of a toll)
)
# the same relay with the one who told by title and name: "He said DPO Ali Khan told the men
# this morning that 3 …" (the one who told is the source)
_SAID_NAMED_TOLD = re.compile(
    r"(?i)^\W*(?:[\w’'.-]+\s+){1,3}?(?:said|says)\s+(?:that\s+)?"
    r"(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+(?:had\s+)?"
    r"(?:told|tells|informed)\s+(?:them|him|her|us|me|the\s+(?:family|men|women|villagers|"
    r"staff|crew|reporters|journalists|press|residents|elders))\b(?!\s+(?:to|not\s+to)\s)"
)
# a relay of what an office announced: "The owner said the police commander of Mocímboa
# announced that four …", "Remarks: a trader says the governor confirmed …" (the office that
# announced is the source, the one who passes it on only carries it)
_SAID_OFFICE_ANNOUNCED = re.compile(
    r"(?i)^\W*(?:(?-i:[A-Z])[a-z]+\s*:\s*)?(?:[\w’'.-]+\s+){1,4}?(?:said|says)\s+(?:that\s+)?"
    r"(?P<who>the\s+(?:[\w’'-]+\s+){0,3}?(?:commander|spokes(?:man|woman|person)|governor|"
    r"administrator|mayor|prefect|minister|ministry|police|army|military|prosecutor)"
    r"(?:\s+(?:of|for|in)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?:da|de|do|del|of|the|(?-i:[A-Z])[\w’'-]*)){0,4})?)"
    r"\s+(?:had\s+)?(?:announced|confirmed|declared|stated|reported)\b"
)
# a speaker heard on the air: "Police spokesman Ali Musa was on Radio Kano saying 8 …"
_ON_AIR_SAYING = re.compile(
    r"^\W*(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)\s+(?:was|were|is|are|went)\s+on\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?i:radio|television|tv|air)\b[^.;,]{0,30}?,?\s+"
    r"(?:saying|to\s+say)\b"
)


def _relayed_or_aired(sentence: str) -> Reporter | None:
    """The source of a relay of what someone was told ("She said the village head told them
    …") or of a speaker heard on the air ("Police spokesman Ali Musa was on Radio Kano
    saying …"), or None.

    >>> _relayed_or_aired("She said the village head told them 4 were killed.").name
    'Village head'
    >>> _relayed_or_aired("Police spokesman Ali Musa was on Radio Kano saying 8 died.").name
    'Police (Ali Musa)'
    >>> _relayed_or_aired("The police said 4 were killed.") is None
    True
    """
    for pattern in (_SAID_WHO_TOLD, _SAID_NAMED_TOLD, _ON_AIR_SAYING, _SAID_OFFICE_ANNOUNCED):
        found = pattern.match(sentence)
        if found is None:
            continue
        named = find_reporter(f"{found['who']} said so.")
        if named is not None and named.start == 0:
            return Reporter(named.name, found["who"], found.start("who"), found.end("who"))
    return None


# a sentence that opens on a unit's ordinal ("6th Infantry Division spokesman on Brigada radio:
# …") or on an update's words before who gives it ("Update from the 6ID spokesman: …"): read
# as if the speaker opened it with "The"
_UNIT_LEAD = re.compile(
    r"^(?:(?P<update>(?:An?\s+|The\s+)?(?:Update|UPDATE|Word|Message|Call)\s+from\s+"
    r"(?:the\s+)?(?=[A-Z0-9]))|(?=\d{1,3}(?:st|nd|rd|th)\s+[A-Z]))"
)


def _led_by_unit(sentence: str, lead: re.Match) -> Reporter | None:
    """The speaker of a sentence that opens on a unit's ordinal or on "Update from the", read
    as if the speaker's name opened it after "The" (the offsets given back), or None.

    >>> _led_by_unit("6th Infantry Division spokesman on DXMS radio: two soldiers killed.",
    ...     _UNIT_LEAD.match("6th Infantry")).name
    '6th Infantry Division spokesman'
    >>> s = "Update from the 6ID spokesman: two soldiers killed and one wounded."
    >>> _led_by_unit(s, _UNIT_LEAD.match(s)).name
    '6ID spokesman'
    """
    rest = sentence[lead.end() :]
    found = find_reporter("The " + rest)
    if found is None or found.start > 4 or found.end <= 4:
        return None
    shift = lead.end() - 4
    start = max(found.start + shift, lead.end())
    return Reporter(found.name, sentence[start : found.end + shift], start, found.end + shift)


# what a speaker's name and verb are read without: the sign "N°" before a body's number
# (read as "No"), an aside of whose turn it is between commas ("…, for his part, …"), and the
# medium a body spoke in with where it was put out ("… in a press note released in local
# media has claimed …")
_NUMBER_SIGN = re.compile(r"\bN[°º](?=\s?\d)")
_PART_ASIDE = re.compile(
    r"(?i),\s+(?:for\s+(?:his|her|its|their)\s+part|on\s+(?:his|her|its|their)\s+side),"
    r"(?=\s+(?:had\s+|has\s+|have\s+)?[a-z]+)"
)
# the name a speaker goes by, in quotes, between him and his verb: "A separatist commander who
# calls himself "General Storm" said …", "a rebel leader known as "Colonel Fire" said …"
_CALLED_ASIDE = re.compile(
    r"(?<=[a-z])\s+(?:(?:who|that)\s+(?:calls|called)\s+(?:himself|herself|itself|themselves)|"
    r"(?:known|nicknamed|styled|dubbed)(?:\s+as)?)\s+[\"“][^\"“”]{2,40}[\"”]"
    r"(?=\s+(?:has\s+|had\s+)?(?:said|says|claimed|claims|told)\b)"
)
_MEDIUM_PUT_OUT = re.compile(
    r"(?<=[A-Za-z])\s+in\s+(?:a|an|its|their|his|her)\s+(?:press\s+note|press\s+release|"
    r"statement|communiqu[eé]|pamphlet|leaflet|letter|video|audio\s+message|message)\s+"
    # ("… in a statement on its Telegram channel has claimed …": where, without the verb)
    r"(?:(?:released|issued|published|circulated|posted|sent)\s+)?(?:in|on|to|through|via)\s+"
    r"(?:the\s+|its\s+|their\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
    r"(?=\s+(?:has|have|had)\s+(?:claimed|said|stated|announced|alleged)\b)"
)


# an announcement named by whose it is, then what it told: "the announcement by the Armed
# Forces of the neutralisation of 17 terrorists", "the statement by the police that …"
_ANNOUNCED_BY = re.compile(
    r"\b(?:announcement|statement|communiqu[eé]|declaration|report)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;:.“”\"()]{1,60}?)\s+(?:of\s+the\s+(?:neutrali[sz]ation|killing|"
    r"deaths?|arrests?|capture|abduction|kidnapping|release|rescue|wounding)\b|that\s)"
)


# a claim of the attack, then what the claimant said of it: "Jaish al-Adl has claimed the
# responsibility of attack and said 11 … have been killed" (the claimant says the figure)
_CLAIMED_AND = re.compile(
    r"(?i)\s+(?:has|have|had)\s+claimed\s+(?:the\s+)?(?:responsibility(?:\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:attack|assault|ambush|bombing|raid))?|(?:the\s+)?(?:attack|assault|ambush|"
    r"bombing|raid))\s+and(?=\s+(?:said|says|stated|added)\b)"
)


# how a body put its word out, between it and its verb: "the bureau of the CPI (Maoist) by
# releasing press note claimed that …" (a translation's "प्रेस नोट जारी करके")
_BY_RELEASING = re.compile(
    r"(?<=[\w)])\s+(?:by|through|after)\s+(?:releasing|issuing|publishing|sending|circulating)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:press\s+note|press\s+release|statement|"
    r"communiqu[eé]|pamphlet|leaflet|letter|video|audio\s+message)"
    r"(?=\s+(?:has\s+|have\s+|had\s+)?(?:claimed|said|stated|announced|alleged)\b)"
)


def _blank_asides(sentence: str) -> str:
    """``sentence`` with a body's "N°" read as "No", and an aside of whose part it is, a medium
    put out somewhere and a claim of the attack between the speaker and its verb blanked out
    (as many spaces)."""
    sentence = _NUMBER_SIGN.sub("No", sentence)
    for pattern in (_PART_ASIDE, _MEDIUM_PUT_OUT, _CLAIMED_AND, _BY_RELEASING, _CALLED_ASIDE):
        sentence = pattern.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


# a cable's paragraph marking after its number: "3. (R) …", "(SBU) …", "(C//NF) …"
_CABLE_MARKING = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?P<mark>\((?:U|R|C|S|SBU|TS)(?://[A-Z]+)?\))\s+(?=[A-Z])"
)


# a note's label with who added it, before a colon: "Note added by the analyst who pasted
# these: …", "Editor's note: …"
_NOTE_LABEL = re.compile(
    r"^(?:(?:An?\s+)?(?:Note|Editor['’]s\s+note|Analyst['’]s\s+note)(?:\s+(?:added|written|"
    r"appended)\s+by\s+[^:;“”\"]{3,80}?)?)\s*:\s+(?=the\s|[A-Z])"
)
# a speaker after an inverted verb, then the medium or the occasion it spoke in, ending the
# sentence: "…, informed the Joint Command (CCFFAA) through a communiqué."
_INVERTED_TAIL = re.compile(
    r",[”\"]?\s+(?:informed|reported|indicated|stated|announced|affirmed|confirmed|said|"
    r"added|specified)\s+(?:the\s+|(?-i:[A-Z]))[^,.;:“”\"]{2,90}?(?P<tail>\s+(?:through|via|"
    r"by|in|at|during|to)\s+(?:a|an|the|its|his|her|their|this|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:communiqu[eé]s?|statements?|press\s+(?:conference|release|note|briefing)|"
    r"briefing|note|message|bulletin|daily|newspaper|conference|interview))\s*\.?$"
)
# a translation's speaker after its verb opening the sentence: "As reported the press
# service of Rosgvardia for Republic of Dagestan, …" (not "As reported by …", "As reported
# earlier, …", "As reported in the press, …")
_AS_VERB_FIRST = re.compile(
    r"^(?:As|Like)\s+(?:reported|informed|communicated|announced|stated|reports|informs|"
    r"communicates|announces)\s+(?P<who>the\s+(?!same\b)[a-z][\w’'-]*(?:\s+(?:of|for|the|"
    r"and|[\w’'-]+)){0,10}?)\s*,"
)

# a document's number after its noun: "communiqué No. 87", "press release Nº 12/2026"
_DOCUMENT_NUMBER = re.compile(
    r"(?i)(?:(?<=communiqué\s)|(?<=communique\s)|(?<=statement\s)|(?<=release\s)|"
    r"(?<=bulletin\s)|(?<=note\s)|(?<=notice\s)|(?<=circular\s)|(?<=letter\s))"
    r"(?:No\.?|Nº|N°|number)\s*\d{1,5}(?:[/-]\d{1,4})?\b"
)
# a speaker's name set in quotation marks, its verb after it: 'The "Ambazonia Restoration
# Forces" wrote on Facebook that …', 'the so-called “Red Dragons” claimed …' (a name only: every
# word capitalised, or a joining word, and no quoted words of the speaker)
_QUOTED_NAME = re.compile(
    r"(?<![\w,])[\"“](?P<name>[A-Z][\w'’-]*(?:\s+(?:of|the|for|de|du|des|al|el|[A-Z][\w'’-]*)){0,5})"
    r"[\"”](?=\s+(?:(?:also|then|later|had|has|have|itself|themselves)\s+)?(?:wrote|writes|said|"
    r"says|claimed|claims|reported|reports|posted|announced|stated|added|confirmed|published|"
    r"tweeted|boasted)\b)"
)
# a name of two joined by a slash: "AFC/M23", "PKK/YPG"
_SLASHED_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*/[A-Z][A-Za-z0-9]*\b")
# a translation's speaker after its verb, then "that": "And said the ministry that its forces
# arrested 12 …" (the Arabic "وقالت الوزارة إن", verb first)
_SAID_VERB_FIRST = re.compile(
    r"^(?:And\s+|Also\s+|And\s+also\s+)?(?:said|added|announced|stated|confirmed|reported)\s+"
    r"(?P<who>the\s+(?!same\b)[a-z][\w’'-]*(?:\s+(?:of|for|the|and|[\w’'-]+)){0,8}?)\s+that\b"
)

# a body asking for something, then "it said" of the figures it gives: "The Nepal Bar
# Association, in a statement, demanded the release of 11 lawyers it said had been detained"
_DEMANDED_IT_SAID = re.compile(
    r"^(?P<who>(?:The\s+)?(?-i:[A-Z])[^,;:]{2,80}?)(?:,\s+in\s+a\s+(?:statement|letter|"
    r"press\s+release),)?\s+(?:demanded|called\s+for|condemned|denounced|urged|protested)\b"
    r"[^.;]*?\b(?:it|they)\s+said\b"
)


def _body_named_before(found: Reporter, earlier: list[Reporter]) -> Reporter | None:
    """The body of ``earlier`` (the last that fits) that ``found``, "the <noun>", names again
    by the last word of its name; None when ``found`` is no such noun or none fits.

    >>> named = Reporter("Thanchi upazila administration", "", 0, 0)
    >>> _body_named_before(Reporter("Administration", "the administration", 50, 68), [named]).name
    'Thanchi upazila administration'
    >>> _body_named_before(Reporter("Police", "the police", 50, 60), [named]) is None
    True
    """
    head = re.fullmatch(r"(?i)the\s+(?:same\s+)?(?P<head>[a-z][\w-]{3,})", found.text)
    if head is None:
        return None
    return next(
        (
            r
            for r in reversed(earlier)
            if len(r.name.split()) > 1 and r.name.casefold().split()[-1] == head["head"].casefold()
        ),
        None,
    )


def find_reporter(sentence: str) -> Reporter | None:
    """The reporter of ``sentence``, or None when the sentence names nobody; a relay's report
    of what its source said is the source's; a register entry's label before a colon, and a
    reference in brackets after the subject that hides the subject's verb, are read as left
    out.

    >>> find_reporter("The Daily Star reported that police said three men were killed.").name
    'Police'
    >>> find_reporter("The Daily Star reported that three men were killed.").name
    'Daily Star'
    >>> find_reporter("The police report (entry 12/3, dated 4-5-2026) records two persons "
    ...     "killed.").name
    'Police'
    >>> find_reporter("Vouchers 11-14: the chief of Kona told us that two men were killed.").name
    'Chief of Kona'
    >>> find_reporter("The police on 10/11 said two men were killed.").name
    'Police'
    >>> find_reporter("The RSF abducted 15 women, according to the Emergency Lawyers group; six "
    ...     "were freed, the group said.").name
    'Emergency Lawyers group'
    """
    found = _reporter_as_named(sentence)
    if found is not None and found.start > 0:
        # "…, according to the Emergency Lawyers group; six were freed, the group said": the
        # body named before in the same sentence
        before = _reporter_as_named(sentence[: found.start])
        found = _body_named_before(found, [before] if before is not None else []) or found
    if found is None and (quoted := list(_QUOTED_NAME.finditer(sentence))):
        # ('The "Ambazonia Restoration Forces" wrote …': the name's quotation marks blanked,
        # the offsets kept; the name speaks, by its own name)
        inner = _reporter_as_named(_QUOTED_NAME.sub(lambda m: f" {m.group('name')} ", sentence))
        if inner is not None:
            name = " ".join(inner.name.split())
            for m in quoted:
                if inner.start <= m.start("name") and m.end("name") <= inner.end:
                    name = m.group("name")
            text = sentence[inner.start : inner.end] if inner.start >= 0 else inner.text
            return Reporter(name, text, inner.start, inner.end)
    return found


def _reporter_as_named(sentence: str) -> Reporter | None:
    """:func:`find_reporter`, the name as the sentence writes it."""
    if _SLASHED_NAME.search(sentence):
        # ("The AFC/M23 administration in Masisi said …": a name of two joined by a slash,
        # read with a hyphen for it, the offsets kept, then given back its slash)
        inner = find_reporter(_SLASHED_NAME.sub(lambda m: m.group().replace("/", "-"), sentence))
        if inner is None:
            return None
        name = inner.name
        for m in _SLASHED_NAME.finditer(sentence):
            name = name.replace(m.group().replace("/", "-"), m.group())
        text = sentence[inner.start : inner.end] if inner.start >= 0 else inner.text
        return Reporter(name, text, inner.start, inner.end)
    if numbers := list(_DOCUMENT_NUMBER.finditer(sentence)):
        # ("In its communiqué No. 87 the Army said …": a document's number, blanked, the
        # offsets kept; who put it out still speaks, named after the number)
        inner = find_reporter(_DOCUMENT_NUMBER.sub(lambda m: " " * len(m.group()), sentence))
        if inner is not None and inner.start >= numbers[-1].end():
            return inner
    if marked := _CABLE_MARKING.match(sentence):
        # ("3. (R) JNIM claimed the attack, saying …": a cable's paragraph marking, read as
        # left out with its number; the offsets moved back to the whole sentence's)
        inner = find_reporter(sentence[marked.end() :])
        if inner is None or inner.start < 0:
            return inner
        shift = marked.end()
        return Reporter(inner.name, inner.text, inner.start + shift, inner.end + shift)
    if (noted := _NOTE_LABEL.match(sentence)) and (inner := find_reporter(sentence[noted.end() :])):
        # ("Note added by the analyst who pasted these: the Islamic State's Amaq agency … said
        # 25 … were killed": a note's label, who added it, then whom the note quotes)
        if inner.start < 0:
            return inner
        shift = noted.end()
        return Reporter(inner.name, inner.text, inner.start + shift, inner.end + shift)
    found = None
    if tail := _INVERTED_TAIL.search(sentence):
        # ("…, informed the Joint Command of the Armed Forces (CCFFAA) through a communiqué.",
        # "…, informed Superintendent of Police Ramesh Kadam in the press conference.": a
        # translation's speaker after its verb, then the medium or occasion; read without
        # it, the offsets before it stand)
        found = _reporter_as_written(sentence[: tail.start("tail")] + ".")
    if found is None:
        found = _reporter_as_written(sentence)
    if found is None and (asked := _DEMANDED_IT_SAID.match(sentence)):
        # ("… demanded the release of 11 lawyers it said had been detained": the body's count)
        text = asked["who"]
        found = Reporter(tidy(text), text, asked.start("who"), asked.end("who"))
    if found is None and (opening := _SAID_VERB_FIRST.match(sentence)):
        # ("And said the ministry that its forces arrested 12 …": a translation's verb first)
        text = opening["who"]
        found = Reporter(tidy(text), text, opening.start("who"), opening.end("who"))
    if found is None and (opening := _AS_VERB_FIRST.match(sentence)):
        # ("As reported the press service of Rosgvardia for Republic of Dagestan, …": a
        # translation's "Как сообщила пресс-служба …", the speaker after its verb)
        text = opening["who"]
        found = Reporter(tidy(text), text, opening.start("who"), opening.end("who"))
    if found is None and (named := _BODY_QUOTED_NAME.search(sentence)):
        # ('The search collective "Madres Unidas" said it had found two bodies': a body's own
        # name in quotation marks after the word for what it is, read without the marks; a
        # space for each mark, so the offsets stand)
        bare = (
            sentence[: named.start("open")]
            + " "
            + sentence[named.end("open") : named.start("close")]
            + " "
            + sentence[named.end("close") :]
        )
        inner = _reporter_as_written(bare)
        if inner is not None and inner.start >= 0:
            text = re.sub(r"\s+", " ", inner.text)
            found = Reporter(tidy(text), inner.text, inner.start, inner.end)
    if found is None and (listed := _SOURCES_LISTED.search(sentence)):
        # ("My sources on the ground (two medics, one platoon leader) put the losses at …": who
        # the sources are, in brackets before their verb, read as left out; spaces for it, so
        # the offsets stand)
        inner = _reporter_as_written(
            sentence[: listed.start("list")]
            + " " * (listed.end("list") - listed.start("list"))
            + sentence[listed.end("list") :]
        )
        if inner is not None and inner.start >= 0:
            text = re.sub(r"\s+", " ", inner.text).strip()
            found = Reporter(tidy(text), inner.text, inner.start, inner.end)
    if found is None and (opened := _QUOTE_HEARD_SAY.match(sentence)):
        # ('"On the radio I heard the army spokesman say that 12 attackers were killed': a
        # witness's own words in quotation marks, telling what someone else was heard to say;
        # read without the quotation mark, the offsets given back)
        inner = _reporter_as_written(sentence[opened.end() :])
        if inner is not None and inner.start >= 0:
            at = opened.end()
            found = Reporter(inner.name, inner.text, inner.start + at, inner.end + at)
    if found is None and (blanked := _blank_asides(sentence)) != sentence:
        # ("The Command of Zone N°2 informs that …", "The chief, for his part, had advanced
        # …", "The committee in a press note released in local media has claimed that …": a
        # body's number after "N°", an aside of whose turn it is, the medium and where it was
        # put out, read as left out; as many spaces, so the offsets stand)
        inner = _reporter_as_written(blanked)
        if inner is not None and inner.start >= 0:
            text = sentence[inner.start : inner.end]
            found = Reporter(tidy(re.sub(r"\s+", " ", text).strip()), text, inner.start, inner.end)
    if found is None and (by := _ANNOUNCED_BY.search(sentence)):
        # ("The Commission takes note of the announcement by the Armed Forces of the
        # neutralisation of 17 terrorists": whose announcement it is, not who notes it)
        found = Reporter(tidy(by["who"]), by["who"], by.start("who"), by.end("who"))
    if found is None and (aside := _TURN_ASIDE.match(sentence)):
        # ("Okafor (in reply): The officer said …": a transcript's turn with a note of how it
        # was spoken, read without the note; offsets after it shifted back)
        cut, width = aside.start("aside"), aside.end("aside") - aside.start("aside")
        found = _reporter_as_written(sentence[:cut] + sentence[cut + width :])
        if found is not None and found.start >= cut:
            start, end = found.start + width, found.end + width
            found = Reporter(found.name, sentence[start:end], start, end)
        elif found is not None and found.start >= 0 and found.end > cut:
            found = None
    if (found is None or re.search(r"[|\[]", found.text)) and (
        bracket := _BRACKETED_NOTE.search(sentence)
    ):
        # "… | Security briefing [Major says 3 soldiers were killed …]": a note in square
        # brackets (a register's, a receptionist's) is a sentence of its own, its speaker
        # the one it opens on; the row's cells before it name no one
        inner = _reporter_after(sentence, bracket.end())
        if inner is not None and inner.start >= bracket.end():
            return inner
    if found is not None and found.start >= 0 and ";" in found.text:
        # ("The mayor of X, Mr. Y, spoke of 5 deaths; in the evening he said …": no speaker's
        # name runs over a semicolon; the clause before it names who spoke)
        head = _reporter_as_written(sentence[: sentence.index(";", found.start)] + ".")
        if head is not None and ";" not in head.text:
            found = head
    if found is None and _SLASHED_DAY.search(sentence):
        # "A statement from the State Government on 10/11 said …", "On 13/11 troops … said":
        # a day written with slashes, read as with dashes (the offsets hold)
        found = _reporter_as_written(
            _SLASHED_DAY.sub(lambda day: day.group().replace("/", "-"), sentence)
        )
        if found is not None and re.search(r"\d", found.name):
            found = None  # ("My fax of 10/09/2026 said …": a date named, no one who spoke)
        elif found is not None and found.start >= 0:
            found = Reporter(found.name, sentence[found.start : found.end], found.start, found.end)
    if found is None and _WAS_SAID.search(sentence):
        # "The police was said 8 youth was arrested": a machine translation's "was said" for
        # "said" (not "It was said", nor "was said to be"), read as "said", the offsets kept
        found = _reporter_as_written(
            _WAS_SAID.sub(lambda m: m["verb"] + " " * (len(m.group()) - len(m["verb"])), sentence)
        )
    if found is None and _CLOCK_TIME.search(sentence):
        # "Shop closed at 13:00 after the news: the Cell said 3 soldiers were killed": a
        # clock's colon is no colon of the sentence; the hour read as "13h00" (offsets hold)
        found = _reporter_as_written(_CLOCK_TIME.sub(r"\g<1>h\g<2>", sentence))
        if found is not None and (
            found.start < 0
            or any(
                found.start < t.end() and t.start() < found.end
                for t in _CLOCK_TIME.finditer(sentence)
            )
        ):
            found = None  # ("PANEL 9 — 02:20–02:40 — end card: …": a heading's hours, no one)
        if found is not None:
            found = Reporter(found.name, sentence[found.start : found.end], found.start, found.end)
    if found is not None and found.start >= 0 and _WHOSE_ONLY.fullmatch(found.text):
        # ("Their radio, the Myawaddy station, said …": the one a possessive points to, named
        # between commas after it)
        named = _NAMED_AFTER.match(sentence[found.end :])
        if named:
            start, end = found.end + named.start("name"), found.end + named.end("name")
            found = Reporter(tidy(named["name"]), sentence[start:end], start, end)
    if found is None:
        # ("Buyers took the Evening Herald by noon; it said 4 killed": "it" speaking after a
        # semicolon is the one thing the clause before names by a proper name)
        taken = _IT_TAKES_UP_NAMED.match(sentence) or _THEY_TAKES_UP_SUBJECT.match(sentence)
        if taken:
            found = Reporter(
                tidy(taken["name"]), taken["name"], taken.start("name"), taken.end("name")
            )
    if found is None:
        # ("We carried an ISPR statement saying troops killed …", "the police toll of 12 dead":
        # a body's statement that says, or a body's count, in a sentence naming no speaker)
        told = _STATEMENT_SAYING.search(sentence) or _BODY_TOLL.search(sentence)
        if told:
            found = Reporter(tidy(told["who"]), told["who"], told.start("who"), told.end("who"))
    if (found is None or found.text.lower().startswith("in ")) and (
        aside := _SUBJECT_THEN_MEDIUM.match(sentence)
    ):
        # ("The outfit Jund al-Kalla, in a statement posted online, claimed …": the subject
        # before the aside naming the medium speaks, not the medium)
        inner = _find_reporter(f"{aside['who']} said so.")
        if inner is not None and inner.start == 0:
            found = Reporter(inner.name, aside["who"], aside.start("who"), aside.end("who"))
    if found is None and (claimed := _CLAIMED_IN_ITS.match(sentence)):
        # ("The rebels claimed in their weekly bulletin the killing of 9 soldiers", "The group
        # claimed responsibility through its news agency, stating that …": who claims speaks,
        # its own medium named after the verb)
        inner = _find_reporter(f"{claimed['who']} said so.")
        if inner is not None and inner.start == 0:
            found = Reporter(inner.name, claimed["who"], 0, len(claimed["who"]))
    if found is None and (said := _PRONOUN_RELAYS.match(sentence)):
        # ("He added that the district chairman told journalists that 31 were kidnapped": the
        # one the pronoun relays is named, and speaks for the figures)
        source = _RELAYED_SOURCE.match(sentence[said.end() :])
        inner = _find_reporter(f"{source['who']} said so.") if source else None
        if source and inner is not None and inner.start == 0:
            at = said.end()
            found = Reporter(inner.name, source["who"], at, at + len(source["who"]))
    if found is None and (joined := _AND_BODY_SAID.search(sentence)):
        # ("A grenade was thrown at a wedding and the health directorate said seven were
        # wounded": a body that speaks in the clause after "and", no comma before it, in a
        # sentence naming no other speaker)
        inner = _reporter_after(sentence, joined.end(), opening=True)
        if inner is not None and inner.start >= joined.end():
            found = inner
    if found is None:
        # ("The SPLM-N (al-Hilu) said in a statement that …", "Army 14 May said …": a speaker
        # no pattern above names, read from its verb of speech alone)
        found = _speaker_by_verb(sentence)
    if found is not None and found.start >= 0:
        trailing = _TRAILING_ADVERB.search(found.text)
        if trailing and trailing.start() > 0:
            # ("Counsel further submitted that …", "The lawyer again said …": the adverb
            # before the verb is no part of who speaks)
            text = found.text[: trailing.start()]
            found = (
                None  # ("He further stated that …": a pronoun, taken up as "He stated" is)
                if re.fullmatch(r"(?i)he|she|they|it|we|i", text)
                else Reporter(tidy(text), text, found.start, found.start + len(text))
            )
    if found is not None and found.start >= 0 and (heard := _HEARD_SAY.match(found.text)):
        # ("On the radio I heard the army spokesman say that 12 attackers were killed": the
        # one heard speaking reports, not the one who heard him)
        text = found.text[heard.end() :]
        at = found.start + heard.end()
        found = Reporter(tidy(text), text, at, at + len(text))
    if found is not None and found.start > 0 and _WHOM_SPEAKS.match(found.text):
        # ("we received seven wounded: four soldiers, whom the commander insisted we treat
        # first": the one a relative "whom" opens on speaks of those the clause names, of
        # what to do with them, not for the sentence's counts)
        found = None
    return found


# a relative clause opening on "whom", its speaker after: "…, whom the commander insisted …"
_WHOM_SPEAKS = re.compile(r"(?i)whom\s")


# a clause after "and" (no comma) opened by a body and its verb of saying: "… and the Kano
# health directorate said …", "… and police reported …"
_AND_BODY_SAID = re.compile(
    r"\s+and\s+(?=(?:the\s+)?(?:(?:[A-Z][\w’'-]*|[a-z]+)\s+){0,3}(?:police|army|military|"
    r"ministry|directorate|department|command|hospital|agency|authority|commission|"
    r"gendarmerie|administration|Red\s+Cross|Red\s+Crescent)\s+(?:(?:later|also|then)\s+)?"
    r"(?:said|says|reported|announced|confirmed|told)\b"
    # (with a count in what it says: "… and police said the area was cleared" gives none)
    r"[^.;]{0,40}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|dozens?|hundreds?)\b)"
)

# a body's name in quotation marks after the word for what it is, before its verb of speech:
# 'the search collective "Madres Unidas" said', "the association 'Terre Libre' reported"
_BODY_QUOTED_NAME = re.compile(
    r"(?i)\b(?:collective|group|association|union|federation|committee|organi[sz]ation|network|"
    r"movement|coalition|platform|foundation|council|NGO|society|alliance|front|centre|center|"
    # ('The formation known as the "Shield of the West" announced …': an armed formation by
    # the name it goes by)
    r"formation|faction|militia|brigade|battalion)\s+(?:(?:known\s+as|called|named)\s+(?:the\s+)?)?"
    r"(?P<open>[\"“‘'])[A-Z][^\"“”‘’'.;]{1,60}(?P<close>[\"”’'])(?:,|\s)\s*(?:\w+\s+){0,2}?"
    r"(?:said|says|told|reported|reports|stated|announced|denounced|confirmed|counted|added)\b"
)
# who someone's sources are, in brackets after the word, before their verb: "my sources on
# the ground (two medics, one platoon leader) put the losses at …"
_SOURCES_LISTED = re.compile(
    r"(?i)\b(?:sources|informants|contacts|interlocutors)\b[^().;,]{0,40}?\s*"
    r"(?P<list>\([^()]{3,80}\))\s+(?=(?:put|gave|placed|said|say|says|told|reported|counted|"
    r"estimated)\b)"
)
# a witness who heard (or saw) someone speak: "I heard the army spokesman", "we heard the
# governor" (what opens the one heard speaking)
_HEARD_SAY = re.compile(
    r"(?i)(?:I|we)\s+(?:also\s+|later\s+)?(?:heard|saw|watched|listened\s+to)\s+(?=\S)"
)
# a quotation opened on a witness's words that someone was heard to say something: '"On
# the radio I heard the army spokesman say …', '“We heard the governor announce …'
_QUOTE_HEARD_SAY = re.compile(
    # (an interview's answer may open on its label: 'A: "I heard …')
    r"^\s*(?:(?:A|Answer|Reply)\s*:\s*)?[\"“](?=(?:[^\"“”.;]{0,30}?\s)?(?:I|[Ww]e)\s+(?:also\s+|later\s+)?(?:heard|saw|watched|"
    r"listened\s+to)\s+[^\"“”.;]{0,60}?\s(?:say|said|announce|report|state|declare)\b)"
)
_TRAILING_ADVERB = re.compile(r"(?i)\s+(?:further|again|likewise|moreover|also)$")


# a body's statement that says, in a sentence that names no speaker: "we carried an ISPR
# statement saying troops killed …", "a police communiqué stating that …"
_STATEMENT_SAYING = re.compile(
    r"\b(?:an?|the)\s+(?P<who>(?:[A-Z][\w'’&-]*|police|army|military|ministry)"
    r"(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:statement|communiqu[ée]|press\s+release|release|"
    r"bulletin)\s+(?:saying|stating|reporting)\b"
)
# a body's own count, named as such: "the police toll of 12 dead", "the army figure was that
# 40 …", "the police's count: 12 dead"
_BODY_TOLL = re.compile(
    r"(?i)\bthe\s+(?P<who>police|army|military|gendarmerie|ministry|hospital|ISPR|"
    r"rescue\s+service)(?:['’]s?)?\s+(?:first\s+|final\s+|initial\s+|own\s+)?"
    r"(?:toll|figure|count|tally)\b(?=\s+(?:of|was|is|stood|stands)\b|\s*[:,])"
)


# a short heading with no verb, run into the numbered paragraph after it: "Briefing by the
# district administration 2.1 The Deputy Commissioner, Mr. …, briefed the Committee"
HEADING_THEN_NUMBER = re.compile(
    r"^(?:\d{1,2}\.\s+)?[A-Z][A-Za-z'’()-]*(?:\s+[A-Za-z'’(),-]+){0,7}?\s+\d{1,2}\.\d{1,2}\s+"
    r"(?=[A-Z])"
)


# a note in square brackets opening on a capital: "[Elder says …", "[Hospital director said …"
_BRACKETED_NOTE = re.compile(r"(?:^|(?<=\s))\[(?=[A-Z][a-z])")


# a clause naming one thing by its proper name, "the Evening Herald", then after a semicolon
# "it said": the pronoun takes up that name (no other capitalised name between)
_IT_TAKES_UP_NAMED = re.compile(
    r"^(?:(?!\bthe\s+[A-Z])[^;])*?\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\b"
    # (then only when or where it was had: "by 9 am", not what the name qualifies, "the Kano
    # market; it said …")
    r"(?:\s+(?:by|at|on|in|before|after|until|till|from|early|late|today|yesterday|this|that)\b"
    r"[^;A-Z]{0,35})?\s*;\s*it\s+(?:said|says|reported|reports|wrote|writes|put|gave|"
    r"carried|had)\b"
)


# the people a clause opens on, doing something, then after a semicolon "they said": the
# pronoun takes up its subject ("The herders shouted; they said …"; not "The troops left the
# villagers; they said …", where the pronoun might be either)
_THEY_TAKES_UP_SUBJECT = re.compile(
    r"^The\s+(?P<name>(?:[a-z]+\s+)?(?:[a-z]{3,}s|[a-z]*men))\s+"
    r"(?:[a-z]+ed|laughed|shouted|cheered)(?:\s+(?:loudly|again|at\s+(?:us|me|him|her|them)|out|together))?\s*;\s*they\s+"
    r"(?:said|say|says|told|shouted|claimed|boasted)\b"
)


# a speaker told only by whose it is: "Their radio", "His spokesman"
_WHOSE_ONLY = re.compile(r"(?i)(?:their|his|her|its)\s+[a-z]+")
# its name between commas after it: ", the Myawaddy station, said"
_NAMED_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}),\s+"
    r"(?:said|says|reported|announced|claimed|stated|wrote|told)\b"
)


# a raw translation's "was said", "was claimed" for the speaker's own verb: "the residents was
# said 11 civilians died", "The Fano was said in its page that …" (not "It was said", nor "was
# said to have", nor a passive's "by")
_WAS_SAID = re.compile(
    r"(?<!\bIt\s)(?<!\bit\s)\bwas\s+(?P<verb>said|claimed)(?=\s+(?:that\b|in\s+(?:its|his|her|their|a|the)\b|"
    r"it\s+(?:was|had|has)\s|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|"
    r"twenty)\b))"
)
# a day written in figures with slashes: "10/11", "13/11/2026" (not a note's label before a
# colon, "Also on 12/03: …")
# a clock's hour and minutes: "at 13:00", "17:20"
_CLOCK_TIME = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:)")
_SLASHED_DAY = re.compile(r"\b\d{1,2}/\d{1,2}(?:/(?:19|20)?\d\d)?\b(?!\s*:)")


def _pronoun_after_semicolon_counts_nothing(sentence: str, found: Reporter) -> bool:
    """True when ``found`` is "…; they" (a pronoun after a semicolon) and what it says holds
    no count, while a count stands before the semicolon."""
    semicolon = sentence.rfind(";", 0, found.end)
    return (
        semicolon >= found.start
        and re.fullmatch(r"(?i)\s*(?:they|he|she)", sentence[semicolon + 1 : found.end]) is not None
        and not re.search(
            r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b",
            sentence[found.end :],
        )
        and re.search(r"\d", sentence[: found.start]) is not None
    )


def _reporter_as_written(sentence: str) -> Reporter | None:
    """:func:`find_reporter` of ``sentence`` as it stands."""
    lead = _UNIT_LEAD.match(sentence)
    if lead and lead["update"] and (given := _led_by_unit(sentence, lead)) is not None:
        return given  # "Update from the 6ID spokesman: …": the spokesman, not the update
    found = _reporter_of(sentence)
    if found is not None and _pronoun_after_semicolon_counts_nothing(sentence, found):
        # ("… took 4 passengers off the bus, young men; they said they were relatives of
        # soldiers": a pronoun speaking after the semicolon of what they are, no count, speaks
        # for no figure before it)
        found = None
    if found is not None:
        return _named_before_pronoun(sentence, found)
    recorded = _recorded_toll_by(sentence)
    if recorded is not None:
        return recorded
    if lead and not lead["update"]:
        return _led_by_unit(sentence, lead)
    aired = _TURN_ON_AIR.match(sentence)
    if aired:
        # "Police spokesman ASP Ali Musa on Radio Kano: 12 …": a speaker's turn heard on the
        # air, read without where it was heard (the speaker's offsets hold)
        inner = _reporter_of(sentence[: aired.end("who")] + sentence[aired.end("medium") :])
        if inner is not None and inner.end <= aired.end("who"):
            return inner
    link = _LINK_TAIL.search(sentence)
    if link and link.start():
        # "…, a local radio reported (undo)": a page's link words after the sentence hide the
        # verb at its end (the offsets hold: only the tail is cut)
        inner = _reporter_of(sentence[: link.start()])
        if inner is not None:
            return inner
    label = _ENTRY_LABEL.match(sentence)
    if label:
        # "Vouchers 0117-0119: the village chief of Segue told us …": a register entry's label
        # before a colon, no part of the sentence's grammar (the offsets given back)
        return _reporter_after(sentence, label.end(), opening=True)
    aside = _SUBJECT_ASIDE.match(sentence)
    if aside is None:
        return _same_speaker_later(sentence)
    at, end = aside.span("aside")
    inner = _reporter_of(sentence[:at] + " " * (end - at) + sentence[end:])
    if inner is None or not (inner.start <= at and inner.end <= at + 1):
        return None
    return Reporter(inner.name, sentence[inner.start : inner.end], inner.start, inner.end)


# a body's toll told with a verb of record rather than of speech: "the ministry did a
# rectification: 9 …", "the cell updated: 3 …", "the division revised its report: 3 …",
# "the office now gives 5 …", "the group claimed on its channel to have killed 30 …" (read as
# "said", the speaker's offsets kept)
_RECORD_VERB = re.compile(
    r"\s(?P<verb>(?:did|made|issued|published)\s+an?\s+(?:rectification|correction|update)\s*:|"
    r"(?:updated|rectified|corrected)\s*:|"
    r"(?:revised|updated|corrected)\s+(?:its|his|her|their)\s+(?:report|toll|count|figures?)\s*:|"
    r"now\s+gives|claimed\s+(?:on\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\s+have|"
    # ("The prosecutor's office gives a first toll: three people killed …")
    r"(?:gives|gave)\s+(?:a|an|its|the)\s+(?:(?:first|new|provisional|initial|preliminary|"
    r"updated|revised)\s+)?(?:death\s+)?toll\s*:)\s"
)
# a place of care telling whom it received: "Dhusamareb General Hospital received 8 wounded",
# "The Red Cross attended one truck driver wounded by gunfire" (a hospital's or a medical
# service's count of the people it took in, told as what it did)
_CARE_VERB = re.compile(
    r"\s(?P<verb>(?:has\s+|had\s+)?(?:received|treated|attended|admitted|took\s+in))\s"
)
_CARE_BODY = re.compile(
    r"(?i)\b(?:hospital|clinic|health\s+(?:centre|center|post)|medical\s+(?:centre|center)|"
    r"red\s+(?:cross|crescent)|cruz\s+roja|msf|m[ée]decins\s+sans\s+fronti[èe]res|icrc)\b"
)
# what is updated, no body that speaks: "Figures updated: 4 …", "The toll updated: …"
_RECORDED_THING = re.compile(
    r"(?i)(?:the\s+)?(?:figures?|tolls?|counts?|numbers?|data|lists?|casualties|reports?)"
)


def _recorded_toll_by(sentence: str) -> Reporter | None:
    """The body that gives a toll with a verb of record ("did a rectification:", "updated:",
    "now gives", "claimed … to have killed"); None when no such verb follows a speaker.

    >>> _recorded_toll_by("Friday the ministry did a rectification: 9 soldiers fell.").name
    'Ministry'
    >>> _recorded_toll_by("The army updated: 5 soldiers wounded.").name
    'Army'
    >>> _recorded_toll_by("Figures updated: 4 soldiers died.") is None
    True
    >>> _recorded_toll_by("Wum District Hospital received 6 wounded on Monday.").name
    'Wum District Hospital'
    >>> _recorded_toll_by("The army received 6 wounded.") is None
    True
    """
    for verb in [*_RECORD_VERB.finditer(sentence), *_CARE_VERB.finditer(sentence)]:
        at, end = verb.span("verb")
        inner = find_reporter(sentence[:at] + "said" + " " * (end - at - 4) + sentence[end:])
        if inner is None or inner.end > at or _RECORDED_THING.fullmatch(inner.text.strip()):
            continue
        if verb.re is _CARE_VERB and (
            not _CARE_BODY.search(inner.name)
            # (named: "the Oicha general hospital", "the hospital of Jamundí"; "the clinic", "the
            # general hospital" name none, "our hospital" is the writer's)
            or not re.search(r"(?-i:\s[A-Z]|^(?!The\b)[A-Z])", inner.text.strip())
            or re.search(r"(?i)\b(?:our|my|this)\b", inner.text)
        ):
            continue  # "the army received 3 …": no place of care
        return inner
    return None


# a later clause's pronoun speaker, "…, and it said in the morning …", "… and they were
# saying …" (joined by "and": a clause of contrast, "but they have told us nothing", is left
# as it was)
# ("…, and in the evening it said …": when it spoke, between)
_AND_PRONOUN = re.compile(
    r"(?i)(?:and\s+)?(?:(?:in|on|at|by)\s+the\s+(?:morning|evening|afternoon|night|noon)\s+)?"
    r"(?:it|they|he|she)"
)


# a later clause's pronoun speaker after when it spoke, with no "and": "The police said first
# that one died, Wednesday they said two", "…, later it said four"
_WHEN_PRONOUN = re.compile(
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Ll]ater|[Tt]hen)\s*,?\s+"
    r"(?:it|they|he|she)"
)


# a later clause of contrast whose pronoun says nothing: "The police said two were arrested,
# but they have told us nothing more" (the pronoun is no speaker of the count)
_BUT_PRONOUN = re.compile(r"(?i)but\s+(?:it|they|he|she)")
_SAYS_NOTHING = re.compile(
    r"(?i)\s+(?:(?:have|has|had)\s+)?(?:told|said|given|gave|tell|say|says|tells)\s+"
    r"(?:(?:us|me|them|him|her|the\s+family|the\s+families)\s+)?(?:nothing|no\s+more|little)\b|"
    r"\s+(?:have|has|had|did|do|does|would|will|could)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
    r"(?:said|say|told|tell)\b"
)


def _named_before_pronoun(sentence: str, found: Reporter) -> Reporter:
    """The speaker named in the sentence before a later clause's pronoun speaker: "The health
    office said 3 civilians were killed, and it said in the morning 2 only" is the health
    office's (the pronoun is the one named before it, not someone else).

    >>> s = "The health office said 3 died, and it said in the morning 2 only."
    >>> _named_before_pronoun(s, Reporter("It", "and it", 31, 37)).name
    'Health office'
    >>> s = "The CIDG said 2 were arrested, but they have told us nothing more."
    >>> _named_before_pronoun(s, Reporter("They", "but they", 31, 39)).name
    'CIDG'
    >>> _named_before_pronoun("It said 3 died.", Reporter("It", "It", 0, 2)).name
    'It'
    >>> s = "The police said first 1 died, Wednesday they said 2."
    >>> _named_before_pronoun(s, Reporter("Wednesday they", "Wednesday they", 30, 44)).name
    'Police'
    """
    if found.start == 0 or not (
        _AND_PRONOUN.fullmatch(found.text)
        or _WHEN_PRONOUN.fullmatch(found.text)
        or (
            _BUT_PRONOUN.fullmatch(found.text)
            and _SAYS_NOTHING.match(sentence[found.end :]) is not None
        )
    ):
        return found
    before = _reporter_of(sentence[: found.start])
    if before is None or _AND_PRONOUN.fullmatch(before.text):
        return found
    return before


# "By the time we left the checkpoint at noon the same gendarmes said four …": the speaker
# named again after a clause of when, "the same" and a plural or body before the verb
_SAME_SPEAKER = re.compile(
    r"(?i)^(?:by\s+the\s+time|when|after|before|once|as\s+soon\s+as|by)\s[^,;:“”\"]{3,100}?\s"
    r"the\s+same\s+(?P<who>[a-z][\w-]+(?:\s+[a-z][\w-]+)?)\s+(?:said|told|reported|"
    r"gave|put)\b"
)


def _same_speaker_later(sentence: str) -> Reporter | None:
    """The speaker of a sentence that opens on a clause of when and names the speaker again,
    "the same gendarmes said".

    >>> _same_speaker_later("By the time we left the camp at noon the same gendarmes said "
    ...     "four soldiers had been killed.").name
    'Gendarmes'
    >>> _same_speaker_later("The same gendarmes said so.") is None
    True
    """
    found = _SAME_SPEAKER.match(sentence)
    if found is None:
        return None
    return _who_of(found)


def _reporter_of(sentence: str) -> Reporter | None:
    """``find_reporter`` with no reference in brackets left out.

    >>> _reporter_of("The Daily Star reported that three men were killed.").name
    'Daily Star'
    """
    said_in = _SAID_IN_THAT.search(sentence)
    if said_in:
        # ("… declared in Fulfulde that", "… reported at the counter that": the language or
        # the place between the verb and its "that", blanked, the offsets kept)
        blank = " " * (said_in.end("aside") - said_in.start("aside"))
        sentence = sentence[: said_in.start("aside")] + blank + sentence[said_in.end("aside") :]
    row = _DIARY_ROW.match(sentence)
    if row:
        # "SD 45 22/09/26 0800hrs Cpl. Hauwa Bello Village head … reported": a diary row's
        # code, day, hour and writer before its entry, no part of the entry's grammar
        return _reporter_after(sentence, row.end())
    own = _PER_ITS_OWN.match(sentence)
    if own:
        # ("Rescue 1122 shifted 5 injured persons …, per their control room": the body whose
        # office it names)
        return _who_of(own)
    report = _REPORT_OF.search(sentence) or _IN_WHICH_CLAIMED.search(sentence)
    if report:
        # "The prosecutor read the report of the gendarmerie which counts …", "a broadcast in
        # which the rebels claimed …": the body whose report it is speaks
        return _who_of(report)
    relayed = _relayed_or_aired(sentence)
    if relayed is not None:
        return relayed
    shared = _SHARED_BEFORE_COLON.match(sentence)
    if shared:
        # "Ali shared a voice note: the mayor's office said …", "Sara forwarded the army
        # communiqué: …": who passed a message on relays it; the message's speaker (or the
        # body whose statement it is) reports
        return _shared_reporter(sentence, shared)
    dashed = _DASHED_APPOSITION.search(sentence)
    if dashed:
        # "The army — the Third Division — said …": an apposition between dashes, read as
        # between commas (the offsets given back)
        return _dashed_reporter(sentence, dashed)
    dated = (
        _LOG_DATE.match(sentence)
        or _ENTRY_DATE.match(sentence)
        or _WEEKDAY_TIME.match(sentence)
        or _ENTRY_NUMBER.match(sentence)
    )
    if dated:
        # "26/11 - Fishermen at the jetty say …": a log's entry opened by its day and a dash,
        # no part of the sentence's grammar (the offsets given back)
        return _reporter_after(sentence, dated.end())
    pointed = _PICTOGRAPH_BULLET.match(sentence)
    if pointed:
        # "👉 Territory administrator says …", "➡️ The army said …": a chat message's emoji or
        # arrow as a bullet, no part of the sentence's grammar (the offsets given back)
        inner = _reporter_after(sentence, pointed.end())
        if inner is None or re.search(r"\b\d+\s+[a-z]", inner.text):
            return None  # ("⚠️ UPDATE 2pm: Now 13 villagers …": a count, no one's name)
        return inner
    letter = _LETTER_FROM.search(sentence)
    if letter:
        # "The chair read a letter from the district commander, Col. Ali Musa, which put the
        # dead at five": the letter's writer speaks, not the one who read it out
        return _who_of(letter)
    timed = _WHICH_THEN_WHEN.match(sentence) or _WHICH_THEN_VERB_WHEN.match(sentence)
    if timed:
        # "The commission, which on Friday spoke of two dead, on Sunday said …": the day
        # between a relative clause and the verb, blanked (same length: the offsets hold)
        blank = " " * (timed.end("when") - timed.start("when"))
        return find_reporter(
            sentence[: timed.start("when")] + blank + sentence[timed.end("when") :]
        )
    contacted = _CONTACTED_OPENING.match(sentence)
    if contacted:
        # "Contacted by our editorial staff, the mayor of the commune of X, Mr. Y, has spoken of
        # …": how the speaker was reached, no part of who speaks (the offsets given back)
        inner = _reporter_after(sentence, contacted.end(), opening=True)
        if inner is not None:
            return inner
    issued = _ISSUED_THEN_IT.match(sentence)
    if issued:
        # "CODECO has diffused a communiqué: it denies the attack and says that …": the body
        # that issued it is the "it" that speaks after the colon
        return Reporter(tidy(issued["who"]), issued["who"], issued.start("who"), issued.end("who"))
    first = _FIRST_VERB_THEN_SAID.search(sentence)
    if first:
        # "The mayor, Mr. Y, has confirmed the attack and has spoken of four policemen killed":
        # the speaker's first verb and its object, read without them (the offsets given back)
        cut = first.end() - first.start()
        found = find_reporter(sentence[: first.start()] + sentence[first.end() :])
        if found is not None and found.end <= first.start():
            return found
        if found is None and re.search(
            r"(?i)(?:^|[:;]\s+)(?:it|he|she|they)\s+$", sentence[: first.start()]
        ):
            return None  # ("…: it denies the attack and says …": who "it" is, told before)
    inner = _ACRONYM_MID_NAME.search(sentence)
    words = re.findall(r"[A-Z][\w’'-]*", sentence[: inner.start()])[-6:] if inner else []
    initials = "".join(w[0] for w in words)
    if inner and not any(
        # (the initials of the words before it: not "The 5th Infantry (Lion) Brigade")
        initials[-k:] == inner["acr"].upper()
        for k in range(2, len(initials) + 1)
    ):
        inner = None
    if inner:
        # "…, the Internal Security Operations Command (Isoc) Region 4 Forward Command said":
        # a body's initials in brackets inside its unit's name, read without them (the offsets
        # given back)
        cut = inner.end() - inner.start()
        found = find_reporter(sentence[: inner.start()] + sentence[inner.end() :])
        if found is None or found.end <= inner.start():
            return found
        start = found.start + (cut if found.start >= inner.start() else 0)
        end = found.end + cut
        return Reporter(found.name, sentence[start:end], start, end)
    lettered = _ITEM_LETTER.match(sentence)
    if lettered:
        # "c) The Rapid Intervention Battalion said …": a report's lettered item, its letter no
        # part of the sentence's grammar (the offsets given back)
        return _reporter_after(sentence, lettered.end())
    clocked = _DAY_CLOCK.match(sentence)
    if clocked:
        # "18-Apr 10:30 Lt. Col. Cruz told …": a log entry's day and time, no part of the
        # sentence's grammar (the offsets given back)
        return _reporter_after(sentence, clocked.end())
    timed = (
        _AT_CLOCK.match(sentence)
        or _BARE_CLOCK.match(sentence)
        or _ON_A_MEDIUM.match(sentence)
        or _HOUR_COMMA.match(sentence)
        or _ON_DAY.match(sentence)
        or _PART_OF_DAY.match(sentence)
    )
    if timed:
        # "At 13:40 Col. Mangal raised the number of policemen killed to 11": the hour the
        # sentence opens on, no part of who speaks (the offsets given back)
        return _reporter_after(sentence, timed.end(), opening=True)  # ("the police said")
    readings = _ROW_READINGS.match(sentence)
    if readings:
        # "12 +4.9 +5.4 HU The spokesman said …": a log row's day, readings and initials
        # before its remark, no part of the sentence's grammar (the offsets given back)
        return _reporter_after(sentence, readings.end())
    if _DOCUMENT_REFERENCE.search(sentence):
        # "the press release dated 18 July 2026 (Exhibit C-4) states that …": a document's day
        # and its exhibit mark are no part of the sentence's grammar (blanked, the offsets kept)
        sentence = _DOCUMENT_REFERENCE.sub(lambda m: " " * len(m.group()), sentence)
    placed = _BODY_AND_PLACE.match(sentence)
    if placed:
        # "The District Hospital, D.I. Khan confirmed …": the place after the body's name is
        # no part of the sentence's grammar (blanked, the offsets kept)
        blank = " " * (placed.end("place") - placed.start("place"))
        sentence = sentence[: placed.start("place")] + blank + sentence[placed.end("place") :]
    if _AGE_SEX_BEFORE_VERB.search(sentence):
        # "Caller (F, 34) says …", "Woman (M., 51) reports …": who speaks, her sex and age
        # noted after her, no part of the sentence's grammar (blanked, the offsets kept)
        sentence = _AGE_SEX_BEFORE_VERB.sub(lambda m: " " * len(m.group()), sentence)
    moved = _MOVED_BY.match(sentence)
    if moved:
        # "Calling Attention Notice No. 112, given by Mr. A. Khan, MPA, …": a member's notice,
        # motion or question speaks in its mover's name
        who = moved["who"]
        return Reporter(tidy(who), who, moved.start("who"), moved.end("who"))
    relayed = _RELAYED_BODY.match(sentence)
    if relayed:
        who = relayed["who"]
        return Reporter(tidy(who), who, relayed.start("who"), relayed.end("who"))
    found = _find_reporter(sentence)
    if found is None:
        found = _titled_turn(sentence) or _statement_label(sentence) or _claim_source(sentence)
    elif _MEDIUM_AS_SPEAKER.match(found.text) or (
        # ("A statement posted on a page linked to the Hill Front … claimed": the bare medium
        # read as the speaker, the body whose page carried it speaks)
        re.fullmatch(
            r"(?i)(?:an?\s+|the\s+)?(?:statement|communiqu[eé]|message|video|post)", found.text
        )
        and _claim_source(sentence) is not None
    ):
        # "Message of the Hill Front circulating on phones" read as the speaker: the body the
        # medium is of speaks
        found = _claim_source(sentence) or found
    else:
        # "The spokesman added that a statement issued in the name of the “Hill Front” had
        # claimed …": the body whose claim the speaker tells of gives its count
        claim = _claim_source(sentence)
        if (
            claim is not None
            and claim.start > found.end
            and re.search(
                r"\bthat\s+(?:an?|the)\s+(?:statement|communiqu[eé]|message|video|post|audio|"
                r"recording|note|letter)\b",
                sentence[found.end : claim.start],
            )
        ):
            found = claim
    if found is not None and _OWN_REGRET.fullmatch(found.text.strip()):
        return None  # "I regret to report that …": the writer's own voice, no one quoted
    opener = _TIME_OPENER.match(found.text) if found is not None else None
    if opener and found is not None and found.start >= 0:
        # "After these events the Federal Police said …": when they spoke, no comma after it,
        # is no part of the speaker's name (the offsets kept in the sentence)
        rest = found.text[opener.end() :]
        found = Reporter(tidy(rest), rest, found.start + opener.end(), found.end)
    if (
        found is not None
        and found.start >= 0
        and _REPORTED_IN.match(sentence[found.end :])
        and re.search(
            r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", found.text
        )
    ):
        return None  # "The two minors reported in Call 3 were rescued": whom a report told of
    relay = _SAID_COLON_QUOTE.match(sentence) if found is not None else None
    if (
        relay
        and found.start == 0
        and found.end <= relay.start("inner")
        and re.match(r"[^,.;:\"“]{2,60}?\s+told\s+(?:me|us)\b", relay["inner"])
    ):
        # 'Ana Ruiz said: "The police told me four were killed …"': a post or a comment that
        # opens on who told its author is that source's report (the offsets given back)
        inner = _find_reporter(relay["inner"])
        if inner is not None and inner.start == 0:
            at = relay.start("inner")
            return Reporter(inner.name, inner.text, inner.start + at, inner.end + at)
    if (
        found is not None
        and found.start >= 0
        and re.fullmatch(
            r"(?i)later|earlier|now|then|again|also|first|initially", found.text.strip()
        )
    ):
        # "The brigade spokesman, Capt. A. Bello, later told the centre …": when he spoke is
        # no speaker; read again without it (the offsets given back in the sentence)
        # ("The DPO, Mr Ali, first said three …": nor the first time he spoke)
        at, cut = found.start, len(re.match(r"\S*\s*", sentence[found.start :])[0])
        inner = _find_reporter(sentence[:at] + sentence[at + cut :])
        found = inner
        if inner is not None and inner.start >= 0:
            start = inner.start + (cut if inner.start >= at else 0)
            end = inner.end + (cut if inner.end > at else 0)
            found = Reporter(inner.name, sentence[start:end], start, end)
    alias = _QUOTED_ALIAS.search(sentence) if found is None else None
    if alias:
        # 'A spokesperson of the NPA's command, "Ka Dalisay", claimed …': a nom de guerre in
        # quotes, set off by commas, is part of the speaker's name (read without its marks,
        # the offsets given back in the sentence)
        at, name = alias.start("open"), alias["name"]
        inner = _find_reporter(sentence[:at] + name + sentence[alias.end("close") :])
        if inner is not None and inner.start >= 0:

            def back(x: int) -> int:
                return x if x <= at else x + 1 if x <= at + len(name) else x + 2

            start, end = back(inner.start), back(inner.end)
            found = Reporter(inner.name, sentence[start:end], start, end)
    resolve = (
        (_RESOLVE_THAT.match(sentence) or _LEAD_LABEL.match(sentence)) if found is None else None
    )
    if resolve:
        # a resolution's clause, "That the police informed the House that …": what follows
        # "That" is read as a sentence (the offsets kept)
        at = resolve.end()
        rest = sentence[at:]
        found = _find_reporter(rest[:1].upper() + rest[1:])
        if found is not None and found.start >= 0:
            start, end = found.start + at, found.end + at
            found = Reporter(found.name, sentence[start:end], start, end)
    letters = re.sub(r"[^A-Za-z]", "", sentence)
    if found is None and len(letters) >= 12 and letters.isupper():
        # a signal's or a warning's sentence in capitals ("COAST GUARD REPORTS 3 CREW
        # KILLED"): read in small letters, its first capital kept (the offsets kept)
        lowered = _find_reporter(sentence[:1] + sentence[1:].lower())
        if lowered is not None and lowered.start >= 0:
            text = sentence[lowered.start : lowered.end]
            # (the name as a name: "Coast Guard"; an acronym stays, "ISPR")
            name = re.sub(
                r"[A-Z]+",
                lambda m: (
                    m.group().lower()
                    if m.group() in ("OF", "THE", "AND", "FOR")
                    else m.group()
                    if len(m.group()) <= 4 and m.group() not in ("ARMY", "NAVY", "SAYS")
                    else m.group().capitalize()
                ),
                lowered.name.upper() if lowered.name.casefold() == text.casefold() else text,
            )
            found = Reporter(name, text, lowered.start, lowered.end)
    if found is None:
        found = _count_of(sentence)  # "the card shows the army's toll of 9 soldiers killed"
    if found is None:
        shown = _SHOWN_THAT.search(sentence)
        if shown:
            # "The driver showed us on his phone that JNIM claims 30 soldiers killed": what
            # someone showed or read is the claim of the body named after "that"
            inner = _find_reporter(f"{shown['who']} said so.")
            if inner is not None and inner.start == 0:
                found = Reporter(inner.name, shown["who"], shown.start("who"), shown.end("who"))
    if found is not None and re.search(r"(?i)\s(?:will|would|may|might|shall)$", found.text):
        return None  # ('"ACA-EP", the investigations will say': what is yet to be said)
    if found is not None and re.search(r"(?i)\s(?:used\s+to|liked\s+to)$", found.text):
        return None  # ('He used to say: "…"': a saying remembered, no report)
    if found is None or found.start < 0:
        return found
    relayed = _RELAYS_THAT.match(sentence[found.end :])
    if relayed is None:
        return found
    at = found.end + relayed.end()
    source = _RELAYED_SOURCE.match(sentence[at:])
    inner = _find_reporter(f"{source['who']} said so.") if source else None
    if inner is None or inner.start != 0 or inner.name == found.name:
        return found
    return Reporter(inner.name, source["who"], at, at + len(source["who"]))


# a transcript's turn with a note of how it was spoken: "Bello (in reply): …"
_TURN_ASIDE = re.compile(
    r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}(?P<aside>\s+\((?:in\s+reply|replying|"
    r"in\s+rebuttal|continuing|continued|interjecting|recalled|re-?examined|"
    r"cross-examined)\))\s*:\s+(?=[A-Z])"
)

# a subject, then between commas the medium it spoke in: "The group X, in a statement, claimed"
_SUBJECT_THEN_MEDIUM = re.compile(
    # (after a relay: "The office verifies that the ombudsman, in its alert, reported …")
    r"^(?:[A-Z][^,;:.“”\"]{1,60}?\s+(?:verifies|verified|notes|noted|confirms|confirmed|"
    r"says|said|adds|added|states|stated)\s+that\s+)?"
    r"(?P<who>(?:[Tt]he\s+)?[A-Za-z][^,;:.“”\"]{1,60}?),\s+in\s+(?:an?|its|their|his|her)\s+"
    r"[^,;:“”\"]{2,80},\s+(?:also\s+)?(?:claimed|claims|said|says|reported|reports|stated|"
    r"states|announced|announces|alleged|alleges)\b"
)

# a claim in the claimant's own medium: "The rebels claimed in their bulletin the killing of …"
_CLAIMED_IN_ITS = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][^,;:.“”\"]{1,60}?)\s+claimed\s+(?:responsibility\s+)?"
    r"(?:in|through|via|on)\s+(?:its|their)\s+[^,;:.“”\"]{2,60}?(?:,\s*(?:stating|saying)\b|"
    r"\s+the\s+(?:killing|deaths?|capture|abduction|kidnapping|wounding)\s+of\b)"
)

# who a relay says spoke, after its "that"
_RELAYED_SOURCE = re.compile(
    # ("… notes that the mayor, in a radio interview, spoke of nine dead": an aside between)
    r"(?P<who>[^,;.:“”\"]{2,50}?)(?:,[^,;.:“”\"]{3,80},)?\s+(?:had\s+|has\s+)?"
    r"(?:said|says|told|reported|claimed|claims|announced|communicated|spoke\s+of|"
    r"speaks\s+of|put\s+the\s+(?:dead|death\s+toll|toll)\s+at)\b"
)

# a pronoun relaying another's words: "He added that the district chairman told …"
_PRONOUN_RELAYS = re.compile(
    r"^(?:He|She|They|It)\s+(?:also\s+|further\s+)?(?:added|said|noted|submitted|argued|"
    r"stated|contended)\s+that\s+(?=the\s|[A-Z])"
)


def _find_reporter(sentence: str) -> Reporter | None:
    """The reporter of ``sentence`` as its words name it, or None when they name nobody.

    >>> find_reporter("Pakistan’s military said 14 soldiers were killed.").name
    'Pakistan military'
    >>> find_reporter("Gunmen killed three people.") is None
    True
    >>> find_reporter("The police, through its spokesman, spoke of 11 people killed.").name
    'Police'
    >>> find_reporter("Ms. Ana Ruiz: Mr. Speaker, twelve people were killed.").name
    'Ms. Ana Ruiz'
    >>> find_reporter("Initial info from 4th Brigade: 2 soldiers killed.").name
    '4th Brigade'
    >>> find_reporter("The militia said it killed 5 men, showing rifles it said were seized.").name
    'Militia'
    >>> find_reporter("Two guards died, according to his statement.") is None
    True
    >>> find_reporter("Elders, met by our team at the camp, reported 8 dead.").name
    'Elders'
    """
    found = (
        _CLAIMED_THEN_SAYS.match(sentence)
        or _SPOKE_TO.match(sentence)
        # "a man who identified himself as the faction's spokesman claimed the attack and
        # said …": who he said he was speaks
        or _SELF_STYLED.search(sentence)
        # "JNIM has put out a statement claiming the attack, and it says it is holding five
        # workers": "it" is the body that put out the statement
        or _ISSUED_AND_SAYS.match(sentence)
    )
    if found:
        return _who_of(found)
    own = re.search(
        r"(?i),\s+(?:according\s+to|citing|per)\s+(?:its|their|his|her)\s+own\b", sentence
    )
    if own:
        # "The observatory said eight people were killed, according to its own sources": the
        # sources are the speaker's, who speaks
        earlier = find_reporter(sentence[: own.start()])
        if earlier is not None:
            return earlier
    unsaid = _NOT_SAID.search(sentence)
    if unsaid:
        # "Dizon said troops killed 20 …, but he did not say how many bodies were found": what
        # a speaker did not say names no speaker; the one before it speaks
        return find_reporter(sentence[: unsaid.start()])
    own_account = _POSSESSIVE_ACCOUNT.search(sentence)
    if own_account:
        # "…, according to her briefing": the one named before speaks, no one this sentence
        # names (unless it names someone before the pronoun)
        gap = " " * (own_account.end() - own_account.start())
        return find_reporter(sentence[: own_account.start()] + gap + sentence[own_account.end() :])
    met = _MET_BY_ASIDE.search(sentence)
    if met:
        # "Community leaders, met by the monitoring team on 7 May, reported eight dead": who
        # met them is an aside, the leaders report (blanked, the offsets kept)
        gap = " " * (met.end() - met.start())
        found = find_reporter(sentence[: met.start()] + gap + sentence[met.end() :])
        if found is not None:
            return found
    relative = _RELATIVE_SAID.search(sentence)
    if relative:
        # "…, publishing photographs of weapons it said were seized": "it said" tells what the
        # weapons were, no speaker of the sentence's figures (blanked, the offsets kept)
        gap = " " * (relative.end() - relative.start())
        return find_reporter(sentence[: relative.start()] + gap + sentence[relative.end() :])
    contrary = _AS_THEY_SAY.search(sentence)
    if contrary:
        # "… told the monitor that the victims were Muslims, not Christians as the claim
        # says": whom the speaker contradicts names no speaker; the one before speaks
        gap = " " * (contrary.end() - contrary.start())
        found = find_reporter(sentence[: contrary.start()] + gap + sentence[contrary.end() :])
        if found is not None:
            return found
    same = re.search(r"(?i)\bthe\s+same\s+(?P<head>[a-z]+)\b", sentence)
    if same and same.start():
        # "The officer told us that three died, and that the rebels lost dozens according to
        # the same officer": "the same" officer is the one the sentence named before
        earlier = find_reporter(sentence[: same.start()])
        if earlier is not None and re.search(rf"(?i)\b{same['head']}\b", earlier.name):
            return earlier
    # an opening that is no part of the speaker: a statement's frame ("We note that the
    # National Police reported …": who speaks is in what it notes) or a label over the
    # sentence ("Separate incident: the operator confirms that …") or a paragraph's number
    # ("3.2 The Ministry of Health stated that …")
    for opening in (
        _WE_NOTE,
        _LABEL_OPENING,
        _PLACE_LABEL,
        _NOTE_ITEM,
        _HEARD_AT,
        _REMARK_CELL,
        _PARAGRAPH_NUMBER,
        _STAMP_OPENING,
        _REVISION_OPENING,
        _TRANSCRIPT_TURN,
        _HASH_ITEM,
        _SETTING,
        _LOG_TIME,
        _POSTED_UPDATE,
        _REACHED,
    ):
        framed = opening.match(sentence)
        found = _reporter_after(sentence, framed.end()) if framed else None
        if found is not None:
            return found
    given = _INFO_FROM.match(sentence) or _BODY_COUNT_LABEL.match(sentence)
    if given is None and (source := _SOURCE_COLON.match(sentence)):
        # "Police: at least four killed": the source before the colon, unless a speaker is
        # named after it ("SD: police say five suspects were arrested")
        given = source if _reporter_after(sentence, source.end()) is None else None
    if given is None and (source := _COMMON_SOURCE_COLON.match(sentence)):
        # "Local sources in Kalla: the toll rises to 6 dead": the source before the colon,
        # unless a speaker is named after it
        given = source if _reporter_after(sentence, source.end()) is None else None
    given = given or _DASH_SOURCE_END.search(sentence)
    if given:  # "Initial info from the 3rd Brigade: 3 soldiers killed, 5 wounded."
        who = given["who"].strip()
        return Reporter(tidy(who), who, given.start("who"), given.end("who"))
    turn = _NAMED_TURN.match(sentence)
    if turn:
        # "Ms. Ana Ruiz: Mr. Speaker, twelve were killed.": the turn's words are hers, unless
        # they name who speaks
        found = _reporter_after(sentence, turn.end())
        if found is not None:
            return found
        return Reporter(turn["who"], turn["who"], turn.start("who"), turn.end("who"))
    relayed = _MEDIUM_THEN_SPEAKER.match(sentence)
    if relayed:
        # "The radio now says three soldiers died: the military spokesman said …": a medium
        # relays, the speaker after the colon speaks
        found = _reporter_after(sentence, relayed.end())
        if found is not None:
            return found
    colon = _COLON_SPEAKER.search(sentence)
    if colon:
        # "The six boys taken on Sunday: the elders say two have returned": who they are, then
        # who speaks of them
        found = _reporter_after(sentence, colon.end())
        if found is not None:
            return found
    told = _COLON_THEN_SPEAKER.match(sentence)
    if told:
        # "I came for a survey job and could not go: our driver told us that insurgents …":
        # the writer's own words, then who told him, after the colon
        found = _reporter_after(sentence, told.end())
        if found is not None:
            return found
    relative = _WHO_CLAUSE.match(sentence)
    if relative:
        # "Villagers who fled to the town told our reporter that …": who they are is no part of
        # the speaker's name
        cut = relative.start("clause")
        found = find_reporter(sentence[:cut] + sentence[relative.end("clause") :])
        if found is not None:
            shift = 0 if found.start < cut else relative.end("clause") - cut
            return Reporter(found.name, found.text, found.start + shift, found.end + shift)
    aside = _THROUGH_ASIDE.search(sentence)
    if aside:
        # "The State Police Command, through its spokesman, confirmed the attack but spoke of
        # 11 people killed": the channel between the body and its verb, no part of either
        cut = aside.start()
        found = find_reporter(sentence[:cut] + " " + sentence[aside.end() :])
        if found is not None:
            shift = 0 if found.start < cut else aside.end() - cut - 1
            end = found.end + (0 if found.end <= cut else aside.end() - cut - 1)
            return Reporter(found.name, found.text, found.start + shift, end)
    quoted = _QUOTED_MEDIUM.search(sentence)
    if quoted:
        # 'The Facebook page "Kibo Today" said …': a medium's name in quotes after its kind
        # (the marks blanked, the offsets kept)
        found = find_reporter(
            sentence[: quoted.start("open")]
            + " "
            + sentence[quoted.end("open") : quoted.start("close")]
            + " "
            + sentence[quoted.end("close") :]
        )
        if found is not None:
            name = re.sub(r"\s{2,}", " ", found.name)
            return Reporter(name, sentence[found.start : found.end], found.start, found.end)
    dated = _DATE_IN_BRACKETS.search(sentence)
    if dated:
        # "An army statement (12 May) reports …": the date in brackets, no part of the name
        # (blanked, so that what is found keeps its place in the sentence)
        found = find_reporter(
            sentence[: dated.start()]
            + " " * (dated.end() - dated.start())
            + sentence[dated.end() :]
        )
        if found is not None:
            name = re.sub(r"\s{2,}", " ", found.name)  # (the blanked gloss's room)
            return Reporter(name, sentence[found.start : found.end], found.start, found.end)
    label = _LABEL.match(sentence) or _OPENING.match(sentence)
    # "Nangarhar province: Taliban forces said …"; "But a Red Cross official said …", "Later in
    # the evening the ministry's spokesman put the toll at …": the speaker after the opening
    if label:
        found = _reporter_after(sentence, label.end())
        if found is not None:
            return found
    for pattern in _PATTERNS:
        match = pattern.search(sentence)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("who") is not None:
            who = match.group("who").strip()
            # "the head of <a body's name>"; a proper name's small words ("Office for the
            # Coordination of …") do not count
            # "The Islamic State (IS) group", "… Defence Force (CDF-Mindat) …": its short name
            bare = re.sub(r"\([A-Z]{2,8}(?:-[A-Z][a-z]{1,12})?\)", "", who)
            # (a body's acronym in brackets repeats its name: no word of it)
            words = len(
                [w for w in _HEAD_OF.sub("", bare).split() if w.casefold() not in _SMALL_WORDS]
            )
            if _NOT_REPORTERS.match(who) or words > 8 or _NOT_A_NAME.search(bare):
                continue
            if _VERB_OPENING.match(who):
                continue  # "…, put the death toll at 30 and said …": a verb, not a speaker
            whose = _ITS.match(who)
            bodies = list(_BODY.finditer(sentence, 0, match.start("who"))) if whose else []
            if whose and not bodies:  # "Sabha Medical Centre had received …, per their press
                # officer": the body the sentence names, "The" or not
                bodies = list(_NAMED_BODY.finditer(sentence, 0, match.start("who")))
            if whose and not bodies:  # "The Lake Forces Command (LFC), according to its
                # spokesperson, …": a body named with its acronym, of whatever kind
                bodies = list(_ACRONYM_BODY.finditer(sentence, 0, match.start("who")))
            if whose and bodies:  # "The hospital received 12 bodies, its spokesman said."
                named = f"{bodies[-1].group('body')} {whose['title']}"
                return Reporter(tidy(named), who, match.start("who"), match.end("who"))
            return Reporter(tidy(who), who, match.start("who"), match.end("who"))
        name, title = match.group("name"), match.group("title").strip()
        start = min(match.start("name"), match.start("title"))
        end = max(match.end("name"), match.end("title"))
        whose = _ITS.match(title)
        bodies = list(_ACRONYM_BODY.finditer(sentence, 0, start)) if whose else []
        if bodies:  # "The Lake Forces (LFC), according to its spokesperson, Col. Ana Ruiz"
            title = f"{bodies[-1].group('body')} {whose['title']}"
        return Reporter(_titled(name, title), sentence[start:end], start, end)
    return None


# how the speaker was reached, opening the sentence: "Contacted by our editorial staff, the
# mayor …", "Reached by telephone, a police officer …"
_CONTACTED_OPENING = re.compile(
    r"^(?:When\s+)?(?:Contacted|Reached|Interviewed|Questioned|Approached|Joined)\s+"
    r"(?:by|on|over|via)\s+[^,;:“”\"]{2,50},\s+(?=(?:the|an?)\s)"
)
# a body issuing its statement, then "it" speaking after a colon: "CODECO has diffused a
# communiqué: it denies …" (a log's day and dash before it)
_ISSUED_THEN_IT = re.compile(
    r"^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+[–—-]\s+)?"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'-]+){0,4})\s+(?:has\s+|have\s+)?"
    r"(?:diffused|issued|published|released|posted|sent\s+out|put\s+out)\s+(?:an?\s+)?"
    r"(?:communiqu[eé]|statement|press\s+release|message)\s*:\s+(?:it|they)\s"
)
# a translation's first verb in the perfect and its object before its verb of saying in the
# perfect: "…, Mr. Y, has confirmed the attack and has spoken of four policemen killed"
_FIRST_VERB_THEN_SAID = re.compile(
    r"(?<=\s)(?:has|have)\s+(?:confirmed|condemned|acknowledged|deplored|denounced|regretted|"
    r"denied)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,4}?and\s+(?=(?:has|have)\s+"
    r"(?:spoken|said|declared|indicated|reported|stated|affirmed|added)\b)|"
    # (or in the present: "…, Mr. Y, contests this version and speaks of one dead")
    r"(?<=\s)(?:contests|disputes|rejects|denies|confirms|acknowledges|condemns)\s+"
    r"(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,4}?and\s+(?=(?:speaks|says|"
    r"reports|declares|affirms|indicates|evokes|mentions|gives|puts)\b)"
)
# a body's initials in brackets before the rest of its unit's name and the verb: "the Internal
# Security Operations Command (Isoc) Region 4 Forward Command said"
_ACRONYM_MID_NAME = re.compile(
    r"(?<=[a-z])\s+\((?P<acr>[A-Z][A-Za-z]{1,7})\)(?=\s+[A-Z0-9][\w-]*"
    r"(?:\s+[A-Z0-9][\w-]*){0,4}\s+(?:said|says|told|reported|stated|announced)\b)"
)


def _reporter_after(sentence: str, at: int, opening: bool = False) -> Reporter | None:
    """The reporter of what follows ``at`` in ``sentence`` (a prefix that is no part of the
    sentence's grammar: a log's day, an item's letter, an hour), placed in the whole
    sentence; with ``opening`` what follows is read as opening a sentence (its first letter
    a capital: "the police said …"), the reporter's text as written.

    >>> _reporter_after("Separate incident: the police said two died.", 19).start
    19
    >>> _reporter_after("At 13:40 the police said two died.", 9, opening=True).text
    'the police'
    """
    rest = sentence[at:]
    found = find_reporter(rest[:1].upper() + rest[1:] if opening else rest)
    if found is None:
        return None
    start, end = found.start + at, found.end + at
    return Reporter(found.name, sentence[start:end] if opening else found.text, start, end)


# a body's descriptive name: "the military's media wing", "the provincial health department"
_DESCRIBED = (
    r"(?:[A-Z][\w’'-]*[’']s\s+|[a-z][\w’'-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,3}(?:media\s+wing|"
    r"wing|ministry|department|agency|office|directorate|commission|authority|service)"
)
# its proper name, maybe with its acronym: "the Inter-Services Public Relations (ISPR)"
_PROPER = (
    r"[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|on|[A-Z][\w’'-]*)){0,8}"
    r"(?:\s+\((?P<acr>[A-Z][\w-]{1,10})\))?"
)
_TWO_NAMES = [
    # the military's media wing, the Inter-Services Public Relations (ISPR),
    re.compile(
        rf"\b(?:[Tt]he\s+)?(?P<described>{_DESCRIBED}),\s+(?:the\s+)?(?P<proper>{_PROPER})\s*(?=[,.;]|$)"
    ),
    # the Inter-Services Public Relations (ISPR), the military's media wing,
    re.compile(rf"\b(?P<proper>{_PROPER}),\s+(?:the\s+)?(?P<described>{_DESCRIBED})\s*(?=[,.;]|$)"),
]
# names every report uses for one body: Pakistan's military speaks through the ISPR
KNOWN_ALIASES = {
    "Pakistan": {
        "military media wing": "Military media wing (ISPR)",
        "army media wing": "Army media wing (ISPR)",
        "media wing of the military": "Military media wing (ISPR)",
        "media wing of the army": "Army media wing (ISPR)",
        "media wing of the armed forces": "Military media wing (ISPR)",
        "armed forces media wing": "Military media wing (ISPR)",
        "pakistan army media wing": "Army media wing (ISPR)",
        "pakistan military media wing": "Military media wing (ISPR)",
    }
}


def body_aliases(sentence: str) -> dict[str, str]:
    """Names a sentence gives one body, each (casefolded, as :func:`tidy` writes it) with
    the proper name to report it by: a descriptive name beside a proper one, and an acronym
    defined in brackets.

    >>> body_aliases("According to the military's media wing, the Inter-Services Public "
    ...     "Relations (ISPR), two terrorists were killed.")
    {'military media wing': 'Inter-Services Public Relations (ISPR)', 'ispr': \
'Inter-Services Public Relations (ISPR)'}
    >>> body_aliases("Gunmen killed three policemen in Bannu.")
    {}
    """
    found: dict[str, str] = {}
    for pattern in _TWO_NAMES:
        for match in pattern.finditer(sentence):
            proper = re.sub(r"^The\s+", "", match.group("proper").strip())
            if len(proper.split()) < 2 and not match.group("acr"):
                continue  # one capitalised word is no body's name ("Monday", "Quetta")
            found[tidy(match.group("described")).casefold()] = proper
            if match.group("acr"):
                found[match.group("acr").casefold()] = proper
    for match in re.finditer(rf"\b(?P<proper>{_PROPER})", sentence):
        proper = re.sub(r"^The\s+", "", match.group("proper").strip())
        if match.group("acr") and len(proper.split()) >= 3:  # "Frontier Corps (FC)" too
            found.setdefault(match.group("acr").casefold(), proper)
    return found


# people named with their titles, whatever the sentence says of them: "the Balochistan
# government's spokesman, Shahid Rind, condemned the attack"
_PEOPLE = [
    # the provincial government's spokesman, Shahid Rind,
    re.compile(
        rf"(?P<title>(?:[A-Za-z][\w’'-]*\s+){{0,4}}(?i:{_ROLE})(?:\s+(?:of|for)\s+"
        rf"[^,“”\"]{{2,60}}?)?),\s+(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME}),"
    ),
    # Shahid Rind, the Balochistan government spokesman,
    re.compile(
        rf"(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+){{0,3}}{_NAME}),\s+(?P<title>(?:(?:the|a|an)\s+)?"
        rf"[^,“”\"]{{0,60}}?\b{_ROLE}(?:\s+(?:of|for|at|in)\s+[^,“”\"]{{2,60}}?)?)\s*[,.;]"
    ),
    # Provincial government spokesman Shahid Rind
    re.compile(
        rf"(?P<title>\b[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){{0,3}}\s+(?i:{_ROLE}))\s+(?P<name>(?:[A-Z][a-z]{{0,4}}\.\s+)"
        rf"{{0,3}}{_NAME})"
    ),
]


def find_people(sentence: str) -> list[Reporter]:
    """People a sentence names with a title (as :func:`find_reporter` would name them as
    speakers), whether or not they speak in it: "Rind said" or "the spokesman said" later
    is one of them.

    >>> [p.name for p in find_people("The Balochistan government's spokesman, Shahid Rind, "
    ...     "condemned the attack.")]
    ["Balochistan government's spokesman Shahid Rind"]
    >>> [p.name for p in find_people("Gunmen attacked a bus in Turbat.")]
    []
    """
    found: list[Reporter] = []
    for pattern in _PEOPLE:
        for match in pattern.finditer(sentence):
            name, title = match.group("name"), match.group("title").strip()
            if _NOT_A_NAME.search(name) or re.match(r"(?i)(?:he|she|it|they)\b", title):
                continue
            start = min(match.start("name"), match.start("title"))
            end = max(match.end("name"), match.end("title"))
            if any(p.start <= start < p.end for p in found):
                continue
            found.append(Reporter(_titled(name, title), sentence[start:end], start, end))
    return found


_CLAUSE = re.compile(
    r";\s+|,\s+(?:while|whereas|but)\s+|\s+(?:while|whereas)\s+|"
    # "9 civilians killed according to OCHA, 11 according to the civil society": the same
    # toll by another, its words left out
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:according\s+to|per)\s)|"
    # "…, officials said, as authorities reported finding 11 bodies and relatives said …"
    r"(?<=said),\s+as\s+(?=(?:[a-z]+\s+){1,2}(?:said|reported|told)\b)|"
    r"\s+and\s+(?=(?:[a-z]+\s+){1,2}(?:said|reported|told)\b)|"
    # ("Police said 7 farmers were kidnapped …, and the chief of the locality said that 4
    # were freed": another speaker named in small letters, up to four words after its article)
    r",\s+and\s+(?=(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){1,4}(?:later\s+|also\s+|then\s+)?"
    r"(?:said|says|reported|told)\b)|"
    # ("… it had received 13 wounded, and a Thai district official said three of them died":
    # one more speaker, an article and up to three words before the verb, who tells what
    # became of some of those the first counted)
    r",\s+and\s+(?=(?:a|an|the|another)\s+(?:[A-Za-z][\w’'-]*\s+){1,3}(?:said|says|reported|told)"
    r"(?:\s+that)?\s+[\w-]+\s+of\s+(?:them|those|the\s+(?:wounded|injured|hostages|victims))\b)|"
    # ("…, and the family of one of them said to the office that he was released": whose
    # relatives speak, of one of those the clause before counted)
    r",\s+and\s+(?=the\s+(?:family|families|relatives|parents|mother|father|brother|wife|lawyer)\s+"
    r"of\s+(?:one\s+of\s+)?(?:them|those|the\s+[a-z]+)\s+(?:said|says|told)\b)|"
    # "…, and police in Mariga said four were arrested": a body in small letters, by its place
    r",\s+and\s+(?=(?:the\s+)?[a-z]+\s+(?:in|of|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
    r"(?:(?:later|also|then)\s+)?(?:said|says|reported|told|claimed)\b)|"
    # "… said they killed 10 insurgents, and the Islamic State said …": a body by its name
    # ("…, and the Integrated Security Service ECU 911 reported …": a service's number in its
    # name)
    r",\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?-i:[A-Z])[\w’'-]*|\d{2,4}(?=\s+[a-z]))){0,4}"
    r"(?:\s+\((?-i:[A-Z]{2,8})\))?\s+(?:said|says|reported|claimed|claims|told)\b)|"
    # "… notes that the council has placed the toll at nine, and that the Red Cross has
    # reported …": each clause its own speaker
    r",\s+and\s+that\s+(?=(?:the\s+)?[A-Z])|"
    # ("… the ministry said two soldiers were killed and the Asayish said three of its members
    # died": a body by its name after "the", with no comma before "and")
    r"\s+and\s+(?=the\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+"
    r"(?:said|says|reported|claimed|claims|told)\b)|"
    # ("… had told the press that 19 were killed, and that the state government later gave 23
    # dead": a body in small letters, with its verb of saying)
    r",\s+and\s+that\s+(?=the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+"
    r"(?:(?:later|also|then|now|since)\s+)?(?:said|says|reported|gave|gives|put|puts|told|"
    r"announced|confirmed|counted)\b)|"
    # "… cite the government's statement that 42 were killed, and the Commission's count of 57
    # deaths": a body's own count, joined to another's
    r",\s+and\s+(?=the\s+[A-Z][^,;]{2,80}?['’]s\s+(?:count|tally)\s+of\b)"
)


# "… said seven insurgents were killed, and police spokesman Ali Musa said five were held": a
# clause opened by a titled speaker (a body's name or acronym, a title in small letters, a name)
_CLAUSE_TITLED = re.compile(
    r",\s+and\s+(?=(?:the\s+)?(?:(?:[A-Z][\w’'-]*|[a-z]+)\s+){0,3}"
    r"(?:spokes(?:man|woman|person)|commander|governor|chief|minister|prefect|mayor)"
    r"(?:\s+[A-Z][\w’'.-]*){1,4}\s+(?:said|says|reported|claimed|claims|told)\b)"
)


# a clause's speaker that is a pronoun, after when it spoke: "on 4 April he", "later she"
_LATER_PRONOUN = re.compile(
    r"(?i)(?:(?:on|by)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)\s*,?\s+|"
    r"(?:later|then|the\s+next\s+day)\s*,?\s+)?(?:he|she|they)|"
    # ("…; Wednesday it said …", "…; on 07/03 it said …": a body's pronoun after its day, the
    # day written bare or day/month)
    r"(?:(?:on\s+)?(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|on\s+\d{1,2}/\d{1,2})\s*,?\s+"
    r"(?:he|she|it|they)"
)


# a body's spokesperson named by the body's pronoun: "its spokesperson", "their spokesman"
_ITS_SPOKESPERSON = re.compile(r"(?i)(?:its|their)\s+spokes(?:man|woman|person)")


def clause_reporters(sentence: str) -> list[tuple[int, Reporter]]:
    """Where each clause of ``sentence`` starts and who it quotes, when the sentence joins
    the tolls of two reporters and every clause names its own; else []. Read once per
    sentence: each of its figures asks again, and a reading costs time in proportion to the
    sentence times its clauses.

    >>> [(at, r.name) for at, r in clause_reporters(
    ...     "The army said 12 soldiers died, while police said 15 soldiers died.")]
    [(0, 'Army'), (38, 'Police')]
    >>> clause_reporters("Four died, while six were wounded, police said.")
    []
    """
    return list(_clause_reporters(sentence))


@functools.lru_cache(maxsize=256)
def _clause_reporters(sentence: str) -> tuple[tuple[int, Reporter], ...]:
    """:func:`clause_reporters`, read from the text."""
    starts = [0] + [m.end() for m in _CLAUSE.finditer(sentence)]
    starts = sorted({*starts, *(m.end() for m in _CLAUSE_TITLED.finditer(sentence))})
    if len(starts) < 2:
        return ()
    found = []
    for start, end in zip(starts, [*starts[1:], len(sentence)], strict=True):
        # (the clause without the joining word that opens the next: "… according to OCHA and")
        reporter = find_reporter(re.sub(r"(?:,?\s+(?:and|or)\s*|,\s*)$", "", sentence[start:end]))
        if reporter is None:
            return ()
        back = re.fullmatch(
            r"(?i)(?:the\s+)?(?:same\s+)?(?P<head>source|official|officer|spokes(?:man|woman|person))",
            reporter.text,
        )  # "According to a military source, …; the source says …": the one named before
        if back and found:
            reporter = next(
                (r for _, r in reversed(found) if re.search(rf"(?i)\b{back['head']}\b", r.name)),
                reporter,
            )
        if not back and found:
            # "according to the Thanchi upazila administration, …; the administration added
            # that …": the body named before
            reporter = _body_named_before(reporter, [r for _, r in found]) or reporter
        if found and _LATER_PRONOUN.fullmatch(reporter.text):
            # "X reported 6 dead on Monday; on Tuesday he said …": the one named before
            reporter = found[-1][1]
        elif found and _ITS_SPOKESPERSON.fullmatch(reporter.text):
            # "The brigade said 1 soldier died; on 07/03 its spokesperson said …": the body
            # named before, by its spokesperson
            reporter = found[-1][1]
        found.append((start, reporter))
    if len({r.name for _, r in found}) < 2:
        return ()
    return tuple(found)


# a relative clause of the event that names who gives its toll: "the bombing last year, in
# which the prosecution says 54 people were killed", "the raid, where police said nine died"
_SAID_RELATIVE = re.compile(
    r",\s+(?:in\s+which|during\s+which|where|when)\s+(?=(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}"
    r"\s+(?:says?|said|claims?|claimed|maintains?|maintained|alleges?|alleged)\b)"
)


def semicolon_reporters(sentence: str) -> list[tuple[int, Reporter]]:
    """Where each clause after a semicolon starts and who it quotes, for the clauses that name
    their own speaker, in a sentence whose first clause names none: "A drone struck the
    market, killing two children; the district hospital has reported three dead" gives the
    three to the hospital, the two to whoever speaks for the text.

    >>> [(at, r.name) for at, r in semicolon_reporters(
    ...     "A drone killed two boys; the district hospital has reported three dead.")]
    [(25, 'District hospital')]
    >>> semicolon_reporters("A drone killed two boys; three others were hurt.")
    []
    >>> [(at, r.name) for at, r in semicolon_reporters(
    ...     "Two men face trial for the raid, in which the police say six people died.")]
    [(42, 'Police')]
    """
    starts = [m.end() for m in re.finditer(r";\s+|" + _SAID_RELATIVE.pattern, sentence)]
    if not starts or find_reporter(sentence[: starts[0]]) is not None:
        return []
    found = []
    for start, end in zip(starts, [*starts[1:], len(sentence)], strict=True):
        reporter = find_reporter(sentence[start:end])
        if reporter is not None:
            found.append((start, reporter))
    return found


# a day written in figures, "10/11", "13.11.2026", "10-11" (day and month, maybe the year)
_NUMERIC_DAY = r"\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)?\d\d)?\b"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_WHEN_SPOKEN = re.compile(
    # ("…; then on Wednesday the commander said …": the order it was said in, before the day)
    r"(?i)^(?:then\s+)?(?:(?:early|late)\s+)?(?:in\s+the\s+(?:morning|afternoon|evening|night)|earlier|"
    # ("…; today the DPO said …", "First the army said …": when or in what order it spoke)
    r"today|yesterday|tonight|(?:first|then|next)(?=,?\s+the\s)|"
    r"initially|at\s+first|at\s+(?:dawn|noon|midday|midnight)|by\s+(?:noon|midday|nightfall|evening)|"
    # "On Monday the police said …", "Later on Sunday night, the army said …": the day
    r"(?:later\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    # "On 13/11 troops of Operation Hadin Kai said …", "On 13 November the army said …": the
    # date, in figures or with its month
    rf"(?:later\s+)?on\s+(?:{_NUMERIC_DAY}|\d{{1,2}}\s+{_MONTH})|"
    # "Friday the prosecutor informed …" (a translation's day with no "on"): the day, before
    # "the" and its speaker
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=,?\s+the\s)|"
    # "In May 2025 the Observatory recorded …": the month it counted ("Since January the
    # network has recorded …": the months it counted since)
    r"(?:in|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?|"
    # "Between 1 July and 30 September the Collective documented …", "From 1 to 7 May the
    # mission recorded …": the span it counted over, two days with their months
    rf"(?:between|from)\s+\d{{1,2}}(?:\s+{_MONTH})?(?:\s+(?:19|20)\d\d)?\s+(?:and|to|until)\s+"
    rf"\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?|"
    # "This week the OVDP registered 58 new arrests": the period it counted over
    r"(?:this|last|that)\s+(?:week|month|quarter|year))"
    r"\s*,?\s+(?=[A-Za-z])"
)


def _who_of(found: re.Match) -> Reporter:
    """The reporter a pattern's ``who`` group names, tidied, with its place in the sentence."""
    who = found["who"]
    return Reporter(tidy(who), who, found.start("who"), found.end("who"))


def tidy(who: str) -> str:
    """A reporter's name as the tables write it.

    >>> tidy("Pakistan’s military"), tidy("railways official Muhammad Kashif"), tidy("police")
    ('Pakistan military', 'Railways (Muhammad Kashif)', 'Police')
    >>> tidy("Provincial police spokesman Zahid Ali")
    'Police (Zahid Ali)'
    """
    # ('… killed, according to the army".': the quote's closing mark is no part of the name)
    who = _ARTICLE.sub("", who.strip().rstrip('"”’'))
    # ("Bus park, Tuesday: the police now give …", "Radio (ORTM, 13:00): the army says …", "Job
    # 27 - the driver said …": a note's label before the colon or dash, no part of who speaks)
    who = _ARTICLE.sub(
        "", re.sub(r"^[^()]{1,40}\):\s+|^[^:()]{1,40}?(?::|\s[-–—])\s+(?=the\s)", "", who)
    )
    # ("…, and the Islamic State said …": the conjunction joins clauses, no part of the name)
    # ("…, so the ministry now says …": the same, a consequence's "so"; "Special from Suárez,
    # where the army's Third Division says …": a relative clause's "where")
    who = _ARTICLE.sub("", re.sub(r"^(?:and|but|while|whereas|so|where)\s+", "", who, flags=re.I))
    # ("Those of the JNIM boast …": a translation's "ceux du", the men of a body by its name)
    who = re.sub(r"^(?:[Tt]hose|[Tt]he\s+men)\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", "", who)
    # "In the morning Ruiz had reported …", "Earlier, the governor had said …": when the
    # speaker spoke, no part of who spoke
    who = _ARTICLE.sub("", _WHEN_SPOKEN.sub("", who))
    # "At the checkpoint outside Kumba the gendarmes told us …": where the speaker spoke, with
    # no comma after it, no part of who spoke
    who = _ARTICLE.sub(
        "",
        re.sub(
            r"(?i)^(?:at|near|outside|inside|in|on)\s+(?:the|a|an|our|their|its)\s+[^,;:]{2,60}?\s+"
            r"(?=(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}$)",
            "",
            who,
        ),
    )
    # "When we came back the same officials said …": when the speaker spoke, and "same", no
    # part of who spoke
    who = re.sub(
        r"(?i)^(?:by\s+the\s+time|when|after|before|once)\s[^,;:]{3,100}?\sthe\s+same\s+(?=[a-z])",
        "",
        who,
    )
    # "The zonal committee by releasing press note claimed …": how it put its word out, no
    # part of who
    who = re.sub(
        r"(?i)\s+(?:by|through|after)\s+(?:releasing|issuing|publishing|sending|circulating)\s+"
        r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:press\s+note|press\s+release|statement|"
        r"communiqu[eé]|pamphlet|leaflet|letter|video|audio\s+message)$",
        "",
        who,
    )
    # "the same local official, deputy mayor Ana Ruiz,": the one named before, by the name
    # given now
    who = re.sub(r"(?i)^same\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s+(?=\w)", "", who).rstrip(", ")
    # "by evening the same police spokesman said …": the one named before, by a title of two
    # words or more ("same sources" stays as written)
    who = re.sub(r"(?i)^same\s+(?=[\w-]+\s+[\w-]+)", "", who)
    # "Ruiz initially said …": when, not who; "the commissioner publicly put the toll at …":
    # how, not who
    who = re.sub(
        # ("so the ministry now says …": when, not who)
        # (a capital "Now" names an outlet: "Myanmar Now")
        r"(?<=\w)\s+(?:(?i:initially|earlier|first|previously|originally|publicly|officially|"
        r"separately|later|also)|now|NOW)$",
        "",
        who,
    )
    who = re.sub(  # "Police in Plateau State on Monday", "the State Government on 10/11"
        r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
        rf"on\s+(?:{_NUMERIC_DAY}|\d{{1,2}}\s+{_MONTH}))$",
        "",
        who,
    )
    who = re.sub(
        r"(?i)^(?:an?\s+|the\s+)?(?:statement|communiqu[eé]|press\s+release)\s+(?:(?:issued|released|"
        r"posted|put\s+out|sent)\s+)?(?:from|by|of)\s+(?:the\s+)?",
        "",
        who,
    )
    who = re.sub(  # "figures compiled by the Ombudsman's Office", "a tally by the AP"
        r"(?i)^(?:figures|data|records|statistics|tallies|tally|count)\s+(?:(?:compiled|released|issued|"
        r"published|provided|kept)\s+)?(?:from|by|of)\s+(?:the\s+)?",
        "",
        who,
    )
    who = re.sub(
        r"\s+(?:on\s+condition\s+of\s+anonymity|as\s+[\d,]+|seen\s+by\s+[A-Z][\w.]*)$", "", who
    )
    who = re.sub(r"[’']s\b", "", who)
    who = re.sub(r"\s+(?:said|says|added|adds|told\s+\w+)$", "", who)  # "X said: “…”"
    # "an ISPR statement", "the army's statement": who issued it
    # ("the army's statement on X", "a police statement on Telegram": where it was posted)
    who = re.sub(
        r"(?i)(?<=\w)\s+(?:statement|press\s+release|communiqu[eé])(?:\s+(?:on|via)\s+"
        r"(?:X|Twitter|Telegram|Facebook|WhatsApp|social\s+media|its\s+[\w-]+(?:\s+[\w-]+)?))?$",
        "",
        who,
    )
    # "The militia in their statement", "Police in a statement", "The front in a message": how
    # it spoke, not who
    who = re.sub(
        r"(?i)(?<=\w)\s+in\s+(?:an?|its|their|his|her|the)(?:\s+(?:own|official|separate|joint|"
        r"written))?(?:\s+(?:statement|press\s+release|communiqu[eé]|message|post|video|audio))?$",
        "",
        who,
    )
    official = _ORG_OFFICIAL.match(who)
    if official:
        return f"{official['org'].capitalize()} ({official['name']})"
    police = _POLICE_NAMED.match(who)
    if police:
        return f"Police ({police['name']})"
    if _POLICE_RANK.match(who) and not _POLICE_TITLE.search(who):
        return f"Police ({who})"  # "SSP Operations Asad Raza", "the DPO"
    return who[:1].upper() + who[1:]


def _titled(name: str, title: str) -> str:
    """ "Ayub Achakzai" + "a senior superintendent of police" → "Police (Ayub Achakzai)"."""
    if _POLICE_TITLE.search(title):
        return f"Police ({name})"
    title = _ARTICLE.sub("", title)
    # ("the same local official, deputy mayor": the title given now)
    title = re.sub(r"(?i)^same\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s+(?=\w)", "", title)
    # "the same local official, deputy mayor Ana Ruiz": the one named before ("a local
    # official"), now by his name too
    title = re.sub(r"(?i)^same\s+", "", title)
    title = re.sub(r"\s+of\s+the\s+(?:area|district|city|town|province)$", "", title)
    return f"{title[:1].upper()}{title[1:]} {name}"


# The last resort of :func:`find_reporter`: a speaker found by the sentence's first verb of
# speech and the words before it (or, inverted, after it), when every pattern above named no
# one. The subject is read back from the verb to the nearest clause boundary and kept only
# when every word of it could be part of a speaker's name: a capitalised word, a word for a
# source or a body, or a word that joins them; a pronoun, a number or any other word (a verb:
# "called back and said") names no one here, and the sentence is left to what follows (a
# pronoun taken up, the document's issuer).
_SPEECH_VERB = re.compile(
    r"(?<![\w’'-])(?:(?:has|have|had)\s+)?(?:also\s+|later\s+|again\s+|further\s+|then\s+|"
    r"now\s+)?(?P<verb>said|says|say|told|tells|reported|stated|announced|announces|confirmed|"
    r"confirms|claimed|disclosed|discloses|informed|informs|added|adds|specified|denounced|"
    r"denounces|communicated|affirmed|affirms|indicated|indicates|recorded|documented|counted|"
    r"spoke\s+of|speaks\s+of|speak\s+of|"
    # (a body's toll given: "the governor's communiqué gives 9 dead", "advanced the number")
    # ("has given a lower toll of 19 killed": the toll said of a kind)
    r"(?:gave|gives|given|put|puts|advanced)(?=\s+(?:the\s+number|(?:a\s+|the\s+|its\s+)?"
    r"(?:(?:lower|higher|new|revised|different|provisional|preliminary|final|updated|official)\s+)?"
    r"(?:(?:death\s+)?toll|balance|"
    r"figure|count|tally|\d[\d,]*\s+(?:dead|killed|deaths|wounded|injured)\b)))|"
    # (forms that are nouns too, "Initial reports indicate …", "the group's claims": a verb
    # only after a subject naming a source, see ``_NOUN_VERBS``)
    r"reports|claims|states|counts|records|documents)(?![\w’'-])"
)
_NOUN_VERBS = frozenset(["reports", "claims", "states", "counts", "records", "documents"])
# what follows such a form when it is the verb: "claims that", "reports 4 soldiers killed",
# "claims to have killed", "claims in a video", "claims responsibility"
_NOUN_VERB_OBJECT = re.compile(
    r"\s+(?:that\b|to\s+have\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|scores|hundreds)\b|(?:in|on|through|via)\s+(?:a|an|its|their)\b|"
    r"responsibility\b|credit\b)"
)
# an inverted speaker after the quotation or clause it closes, matched from the verb: '…," said
# Amani Kasongo, …', "…, said Dr. Agnes Lokuru, …"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Lt|Col|Gen|Maj|Capt|Sgt|Insp|Supt|Hon|Prof|Rev|Cdr|Brig|Gov|Sen)\."
_SPEECH_VERB_INVERTED = re.compile(
    r"^(?:said|says|reported|added|stated|confirmed|specified|indicated|announced|"
    rf"disclosed|explained|affirmed)\s+(?P<who>(?:{_TITLE}\s*|[^,.;:()“”\"])"
    + r"{2,80}?)\s*(?=[,.;(]|$)"
)
# where a subject read back from its verb begins: the sentence's start, a clause's punctuation,
# a full stop inside the sentence (an abbreviation's or a missed one), "that", a comma
_SUBJECT_START = re.compile(
    r"(?:^|(?P<hard>[;:—–\[]\s*|[“\"](?=\S)|"
    # (not a title's or an initial's full stop: "Lt. Col. Ramil B. Dagondon")
    r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bLt)(?<!\bSt)(?<!\bMrs)(?<!\bCol)(?<!\bGen)"
    r"(?<!\bMaj)(?<!\bSgt)(?<!\bHon)(?<!\bRev)(?<!\bCapt)(?<!\bInsp)(?<!\bSupt)(?<!\bProf)"
    r"\.\s+(?=[A-Z])|\s[-–—]\s+)|(?P<comma>,\s+)|\bthat\s+)"
)
# what comes between a subject and its verb, read as left out: a bracket, a date or day
_BETWEEN = re.compile(
    r"\s*\([^()]*\)|\s+(?:on\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|"
    r"(?:this|last)\s+(?:morning|afternoon|evening|night|week))\b"
)
# a relative clause between commas ending the words before a verb of speech: "The Kenya Red
# Cross, which took the injured to hospital, has said …"
_RELATIVE_BEFORE_VERB = re.compile(r"(?<=\w),\s+(?:which|who)\s+[^,;:“”\"()]{1,100}?,$")
# a relative clause after the subject: "residents who fled to the town", "the hospital, which is
# run by …"; a participle's: "the communiqué read on the radio the same evening"
_AFTER_SUBJECT = re.compile(
    r"\s+(?:who|which|whom|whose|that)\s.*$|\s+(?:read|published|issued|broadcast|aired|posted|"
    r"released|quoted|cited|reached|contacted|interviewed|speaking|based)\s.*$"
)
_OPENING_WORD = re.compile(
    r"^(?:(?:but|and|meanwhile|however|also|then|later|earlier|separately|otherwise|now|so|"
    r"yet|still|finally|moreover|besides|again)\s+)+",
    re.I,
)
# a clause before the speaker's telling its own casualties: "… killing 19 people by our count;
# the army reported …" (the speaker after the boundary may not speak for them)
_CASUALTY_WORD = re.compile(
    r"(?i)\b(?:killed|killing|dead|died|deaths?|wounded|wounding|injured|injuring|abducted|"
    r"kidnapped|arrested|detained|missing|freed|released|bodies)\b"
)
# a count the speaker gives: "said 21 villagers were killed", "spoke of nine dead"
_COUNT = re.compile(
    r"(?i)\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores|"
    r"several|a\s+dozen)\b"
)


def _tells_casualties(text: str) -> bool:
    """A count and a word for casualties in ``text``.

    >>> _tells_casualties("that 4 farmers were abducted"), _tells_casualties("3 years of drought")
    (True, False)
    """
    return bool(_COUNT.search(text) and _CASUALTY_WORD.search(text))


_PREPOSITION = frozenset(
    ["in", "at", "on", "near", "from", "by", "after", "before", "during", "with", "without"]
    + ["to", "into", "under", "over", "since", "until", "for", "per", "about", "across"]
)
_PRONOUN = frozenset(
    ["i", "we", "he", "she", "they", "it", "you", "us", "them", "me", "him", "her", "this"]
    + ["these", "those"]
)
# words that join or qualify the words of a speaker's name
_NAME_JOINS = speaker_words("join")
# words for those who give figures: sources, bodies, offices and the people in them
_SOURCE_WORDS = speaker_words("source")
_NAME_WORD = re.compile(r"^[A-Z0-9][\w’'&./-]*$|^[A-Z]")


def _speaker_subject(text: str) -> str | None:
    """``text`` tidied to the speaker it names, or None when a word of it names no one.

    >>> _speaker_subject("But residents who fled to the town")
    'residents'
    >>> _speaker_subject("Customer called back on 05 Sep and") is None
    True
    """
    text = _OPENING_WORD.sub("", text.strip())
    text = _AFTER_SUBJECT.sub("", text).strip(" ,")
    words = text.split()
    if not words or len(words) > 10 or words[0].lower() in _PREPOSITION:
        return None
    if re.match(r"(?i)(?:the\s+)?same\b|(?:his|her|their|its|our|my)\b", text):
        # "the same source", "his family", "their relatives": the one named before, taken
        # up after (left to what follows)
        return None
    named = False
    for word in words:
        bare = word.strip("\"“”‘’'")
        low = bare.lower()
        if low in _PRONOUN:
            return None
        if re.search(r"\d", bare) and not re.fullmatch(
            r"\d+(?:st|nd|rd|th)|(?=\S*[A-Z])[\w-]*\d[\w-]*", bare
        ):
            return None
        source = low in _SOURCE_WORDS or (low.endswith("'s") and low[:-2] in _SOURCE_WORDS)
        if source or (_NAME_WORD.match(bare) and low not in _NAME_JOINS):
            named = True
        elif low not in _NAME_JOINS:
            return None
    if not named or _NOT_REPORTERS.search(text) or re.fullmatch(r"(?i)(?:the\s+)?\w+day", text):
        return None
    return text


def _speaker_by_verb(sentence: str) -> Reporter | None:
    """The speaker of ``sentence`` read from its first verb of speech alone: the words before
    the verb back to the clause's start (an apposition between commas joined to them), or a
    name after an inverted verb; None when they are no speaker's words.

    >>> _speaker_by_verb("At 10 p.m. The Kaduna State Ministry of Internal Security said 21 "
    ...     "villagers were killed.").name
    'Kaduna State Ministry of Internal Security'
    >>> _speaker_by_verb("The SPLM-N (al-Hilu) said in a statement that 22 civilians died.").name
    'SPLM-N'
    >>> _speaker_by_verb("Army 14 May said airstrikes had killed dozens of fighters.").name
    'Army'
    >>> _speaker_by_verb("The Joint Action Committee, Kumbi, has reported that 4 farmers were "
    ...     "abducted.").name
    'Joint Action Committee, Kumbi'
    >>> _speaker_by_verb('"We counted 14 bodies," said Amani Kasongo, a coordinator.').name
    'Amani Kasongo'
    >>> _speaker_by_verb("The Kenya Red Cross, which took the injured to hospital, has said "
    ...     "nine people were injured.").name
    'Kenya Red Cross'
    >>> _speaker_by_verb("He told us that eleven people were killed.") is None
    True
    >>> _speaker_by_verb("It killed 19 people by our count; the army reported four dead.") is None
    True
    """
    if re.match(r"\s*(?:He|She|They|It|We|I)\b", sentence):
        # ("He contested the figures, stating that the civil society had counted 31 bodies":
        # the one a pronoun takes up speaks, relaying; left to what follows)
        return None
    quoted = [m.span() for m in re.finditer(r"[“\"][^”\"]*[”\"]", sentence)]
    verb = next(
        (
            v
            for v in _SPEECH_VERB.finditer(sentence)
            if not any(a < v.start() < b for a, b in quoted)  # the quotation's own words
        ),
        None,
    )
    if verb is None:
        return None
    head = sentence[: verb.start()]
    blanked = _BETWEEN.sub(lambda m: " " * len(m.group()), head).rstrip()
    blanked = _RELATIVE_BEFORE_VERB.sub(lambda m: " " * len(m.group()), blanked).rstrip()
    if not blanked.strip(" ,”\"'’"):
        return None
    bounds = list(_SUBJECT_START.finditer(blanked))
    at = bounds[-1].end() if bounds else 0
    subject = _speaker_subject(blanked[at:])
    if subject is None and (not blanked[at:].strip() or re.search(r"[,”\"’]$", blanked)):
        # ("…," said Amani Kasongo, …": the verb inverted, its speaker after it)
        inverted = _SPEECH_VERB_INVERTED.match(sentence[verb.start("verb") :].lstrip())
        if inverted is None:
            return None
        subject = _speaker_subject(inverted["who"])
        if subject is None:
            return None
        start = sentence.index(subject, verb.start("verb"))
        return Reporter(tidy(subject), subject, start, start + len(subject))
    if subject is None:
        return None
    if (
        verb["verb"] in ("documented", "recorded", "counted")
        and len([w for w in subject.split() if w.lower() not in ("the", "a", "an")]) < 2
    ):
        # ("The office documented the death of 6 persons", "The Observatory recorded …": a
        # monitor's report speaking of itself by what it is, its own voice)
        return None
    if verb["verb"] in _NOUN_VERBS and not _NOUN_VERB_OBJECT.match(sentence, verb.end()):
        return None  # "official counts systematically exclude …": a noun, no verb
    if at == 0 and not sentence[verb.end() :].strip(" .;:!"):
        return None  # "Director informed.": a note that someone was told, telling nothing
    told = re.split(r"[;:]\s|\s[-–—]\s", sentence[verb.end() :])[0]  # the verb's own clause
    if not _tells_casualties(told) and not (
        not told.strip(" .;:!") and _tells_casualties(sentence[:at])
    ):
        # a speaker speaks for the counts of casualties it gives, after its verb or, the verb
        # ending the sentence, before it ("The Kibo Front claimed the ambush on Telegram",
        # "The council confirms 3 years of drought": no one's toll)
        return None
    # a place or a name between commas after a body's name, joined to it: "the Joint Action
    # Committee, Kumbi, has reported"
    while (
        len(bounds) >= 2
        and bounds[-1]["comma"]
        and all(_NAME_WORD.match(w) for w in subject.split())
    ):
        before = _speaker_subject(blanked[bounds[-2].end() : bounds[-1].start()])
        if before is None:
            break
        at = bounds[-2].end()
        subject = f"{before}, {subject}"
        bounds.pop()
    if bounds and bounds[-1]["hard"] and _CASUALTY_WORD.search(blanked[: bounds[-1].start()]):
        return None  # the clause before tells casualties of its own: not this speaker's
    start = sentence.find(subject, at)
    return Reporter(tidy(subject), subject, start, start + len(subject) if start >= 0 else -1)
