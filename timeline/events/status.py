"""Whether a clause says an event happened, is going on, is planned, denied or only imagined,
and who claims it (reported speech)."""

from __future__ import annotations

import re

from timeline.models import EventStatus

# Cues read in the words just before the trigger (same clause). The first cue found nearest the
# trigger wins; "agreed to establish" makes the establishment planned, not the agreement.
# Quote marks may stand between: 'would "welcome a ceasefire that is real"' is still hypothetical.
_WINDOW = r"(?:\s+[\w'’\-,.\"“”]+){0,5}\s*$"
_NEGATED = re.compile(
    r"\b(?:not|n['’]t|never|no|denied|denies|deny|denying|without|rejected reports|false reports|"
    r"failed to|fail to|fails to|refused to|refuses to|declined to)" + _WINDOW,
    re.IGNORECASE,
)
# "rejected accusations that soldiers had killed …", "dismissed claims by HRW that …", "denied media
# reports that …": the speaker rejects a reported event, which is negated however far the trigger
# stands from the rejection (within the clause, and not past a turn: "… but admitted that …").
# `src` spans the rejected report up to its "that": who asserts it is named there, if anywhere.
_REJECTED = re.compile(
    r"\b(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|deny|denies|denied|"
    r"denying|refute|refutes|refuted|refuting|dispute|disputes|disputed|disputing)\s+"
    r"(?:as\s+[\w\-]+\s+)?"
    r"(?P<src>(?:[\w'’\-]+\s+){0,3}?(?:accusations?|allegations?|reports?|claims?|charges?|suggestions?|"
    r"assertions?|accounts?)\b(?:[^.;:]*?\bthat\b)?)"
    r"(?:(?!\b(?:but|however|while|whereas|although|though|instead|admitted|acknowledged|conceded|"
    r"confirmed|said|says|saying|added|adding|insisted|insisting|stated)\b)[^.;:])*$",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|may|if|unless|were to|was to|threatened to|threatens to|threaten to|warned it would)"
    + _WINDOW,
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans? to|planned to|planning to|intends? to|intended to|is to|are to|set to|aims? to|"
    r"agreed to|agree to|expected to|scheduled to|preparing to|prepares to|vowed to|vows to|promised to|"
    r"pushing to|push to|trying to|try to|tries to|tried to|seeking to|seek to|seeks to|sought to|"
    r"battling to|fighting to|attempting to|attempt to|attempted to|aiming to|moving to|threatening to|"
    r"bid to|effort to|"
    # "the Red Cross was seeking a 24-hour truce", "pressing for a ceasefire": sought, not reached
    r"seek|seeks|seeking|sought|pushing for|push for|pushed for|pressing for|press for|pressed for|"
    r"proposed|proposes|proposing|"
    # "threatening further attacks if Abu Dhabi did not stop": a threat, not a deed
    r"threaten(?:s|ed|ing)?\s+(?:further|more|new|fresh|renewed|similar|future)|"
    r"warn(?:s|ed|ing)?\s+of\s+(?:further|more|new|fresh|renewed|similar|future)|"
    r"offensive to|operation to|campaign to|plan to|"
    r"should|is going to|are going to|ready to|"
    # "authorised targeted air strikes": a decision, not yet a deed
    r"authori[sz]ed|authori[sz]es|approved|approves|ordered|orders|called for|calls for|urged|urges|"
    r"demanded|demands|demanding|demand that|urging|asking|asked|calling for|call for|calling on|called on)"
    + _WINDOW,
    re.IGNORECASE,
)
# "launched an offensive on Wednesday to drive the rebels out": a purpose, not a deed — unless the
# verb before "to" says it was done ("were forced to withdraw", "managed to capture").
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_DONE_TO = re.compile(
    r"\b(?:forced|managed|able|began|begun|begin|begins|started|start|starts|continued|continues|continue|"
    r"went on|helped|used|had|has|have|came)\s+to\s+$",
    re.IGNORECASE,
)
# "deployed troops to protect civilians and retake control of key roads": a verb joined to a purpose
# shares it — when the verb is bare ("retake", not "fled to Goma and attacked").
_TO_AND_BEFORE = re.compile(r"\bto\s+[a-z\-]+(?:\s+[\w'’\-]+){0,4}?\s+(?:and|or)\s+$")
_ONGOING_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|still|continue to|continues to|continued to|keep|kept)" + _WINDOW, re.I
)
_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|a|an|its|their|his|her)\s+$", re.IGNORECASE
)
_ONGOING_AFTER = re.compile(
    r"^[\w\s,'’\-]{0,60}?\b(?:continues|continue|continued|continuing|goes on|is ongoing|are ongoing|"
    r"raged on|rages on|raging|persists)\b",
    re.I,
)
# "have fought Ukrainian forces in the Donbas for eight years": a state of affairs, still going on.
_FOR_A_WHILE = re.compile(
    r"\bfor\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(?:years|months|weeks|decades|year|month)\b",
    re.IGNORECASE,
)
# "Israel has for years struck targets in Syria", "attacked the city repeatedly since April": a habit
# or a record, told as background — no one happening to put on a timeline.
_HABIT = (
    r"for\s+(?:many\s+|several\s+)?(?:years|decades|months)|repeatedly|regularly|frequently|routinely|"
    r"often|time and again|on several occasions|in the past|almost daily|daily|nightly|every day|every night"
)
_HABITUAL_BEFORE = re.compile(
    rf"\b(?:{_HABIT}|has long|have long)(?:\s+[\w'’\-]+){{0,3}}\s*$"
    # "Rights groups have long accused the security forces of abducting …": a charge of a habit
    r"|\b(?:has|have|had)\s+long\s+(?:accused|charged|blamed)\s+(?:[\w'’\-]+\s+){0,5}?(?:of|for)\s+(?:[\w'’\-]+\s+and\s+)?$",
    re.IGNORECASE,
)
_HABITUAL_AFTER = re.compile(
    rf"^[^,;.]{{0,60}}?\b(?:{_HABIT})\b"
    # "has launched a string of such attacks": many events told as one
    r"|^\s*(?:a\s+)?(?:string|series|wave|spate|number|handful)\s+of\b"
    # "Fighting had continued until the last days of the talks": a span told as background
    r"|^[^,;.]{0,20}?\b(?:had\s+(?:continued|raged|persisted|gone on)|continued\s+until)\b"
    # "Israeli strikes in Syria have intensified": a trend
    r"|^[^,;.]{0,40}?\b(?:have|has)\s+(?:intensified|increased|escalated|grown|multiplied|become more)\b"
    # "fighting has dragged on in rural areas", "attacks by armed groups have continued": a span summed up
    r"|^[^,;.]{0,40}?\b(?:have|has)\s+(?:continued|raged|persisted|gone on|dragged on)\b(?!\s+(?:to|for)\b)"
    # "Fighting around the town never stopped": a span, however long, told as one
    r"|^[^,;.]{0,40}?\b(?:(?:have|has|had)\s+)?never\s+(?:stopped|ceased|ended|let up)\b",
    re.IGNORECASE,
)
# "the number of attacks has fallen", "amid an increase in air strikes": a count or a trend of many
# events, not one ("the first attack", "a rise in the death toll after the attack" are no such noun).
_TREND_BEFORE = re.compile(
    r"\b(?:number|numbers|tally|count|frequency|pace|rise|increase|surge|spike|uptick|upsurge|escalation|"
    r"decline|decrease|drop|fall|lull)\s+(?:of|in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "bandits, who raid villages and kidnap people for ransom": a relative clause in the simple present
# describes what a group does, not a deed done (news tells deeds in the past: "who raided").
_RELATIVE_PRESENT_BEFORE = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:often|also|still|now|regularly|routinely|usually|frequently|"
    r"sometimes|[a-z]+ly)\s+)?(?:(?P<first>[a-z\-]+)\s+(?:[\w'’\-]+\s+){0,5}?(?:and|or)\s+)?$",
    re.IGNORECASE,
)
_NO_REPORTED = re.compile(r"^\s*(?:were|was|have been|has been)\s+(?:reported|recorded|seen)", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\bno(?:\s+[\w'’\-]+){0,2}\s*$", re.IGNORECASE)
_PRESENT_TENSE = re.compile(r"\b(?:has|have)\s+(?:[\w\-]+\s+){0,2}$|\b(?:is|are)\s+$", re.IGNORECASE)

_SPEECH = re.compile(
    r"\b(?:said|says|say|told|announced|announces|claimed|claims|claim|reported|reports|stated|states|"
    r"confirmed|confirms|denied|denies|insisted|insists|added|[Aa]ccording to|alleged|alleges|"
    r"declared|declares|reported|warned|warns)\b"
)  # case-sensitive: "the United States" is no speech verb


# "before Farah city falls into the hands of the Taliban": a present tense after these is a prospect.
_FEARED = re.compile(r"\b(?:before|until|unless|if|once|lest)\b[^,;.]{0,60}$", re.IGNORECASE)


def _present_third_person(trigger_text: str) -> bool:
    word = trigger_text.split()[0].lower() if trigger_text.split() else ""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _bare_verb(trigger_text: str) -> bool:
    """'retake', not 'retook', 'seized', 'takes' or 'taking'."""
    from timeline.events.lexicon import trigger_lexicon

    word = trigger_text.split()[0].lower() if trigger_text.split() else ""
    irregular = trigger_lexicon().irregular_verbs
    if word in irregular:
        return True
    if any(word in forms for forms in irregular.values()):
        return False
    return not word.endswith(("ed", "ing")) and not _present_third_person(word)


def shared_purpose(sentence_text_before: str, trigger_text: str) -> bool:
    """'deployed troops to protect civilians and retake control of key roads': a bare verb joined to a
    purpose ("to …") is part of that purpose — planned, not done. Not past a comma, nor after a verb
    that says the first was done ("managed to capture X and retake Y" stays done, via `_DONE_TO`)."""
    purpose = _TO_AND_BEFORE.search(sentence_text_before)
    return (
        purpose is not None
        and "," not in purpose.group(0)
        and _bare_verb(trigger_text)
        and not _DONE_TO.search(sentence_text_before, 0, purpose.start() + 3)
    )


def status_of(
    clause_text_before: str, trigger_text: str, clause_text_after: str, own: str | None
) -> EventStatus:
    """Status from the clause's words before and after the trigger (`own` is the trigger's own)."""
    # "In May 2022, a similar attack ...": the month, not the modal
    before = re.sub(r"\bMay\b", "month", clause_text_before)
    if (
        _NEGATED.search(before)
        or _REJECTED.search(before)
        or (_NO_BEFORE.search(before) and _NO_REPORTED.search(clause_text_after))
    ):
        return EventStatus.NEGATED
    if _HYPOTHETICAL.search(before) or (_FEARED.search(before) and _present_third_person(trigger_text)):
        return EventStatus.HYPOTHETICAL
    if _PLANNED.search(before) or (_TO_BEFORE.search(before) and not _DONE_TO.search(before)):
        return EventStatus.PLANNED

    if own == "ongoing" or _ONGOING_AFTER.search(clause_text_after) or _FOR_A_WHILE.search(clause_text_after):
        return EventStatus.ONGOING
    if (
        trigger_text.lower().endswith("ing")
        and _ONGOING_BEFORE.search(before)
        # "were killed in the fighting": a noun after its article, no progressive
        and not _NOUN_DETERMINER_BEFORE.search(before)
    ):
        return EventStatus.ONGOING
    if own:
        return EventStatus(own)
    return EventStatus.HAPPENED


# "The Houthis have launched more than 25 attacks since November": a tally of many events.
_QUANTITY = (
    r"(?:(?:more than|over|at least|some|nearly|about|almost)\s+\d[\d,]*|dozens of|hundreds of|scores of|"
    r"thousands of|a series of|a string of|a wave of|a spate of)"
)
_TALLY_BEFORE = re.compile(
    rf"\b(?:have|has|had)\s+(?:[\w\-]+\s+){{0,3}}?{_QUANTITY}\s+(?:[\w\-]+\s+){{0,3}}$", re.IGNORECASE
)
# "have launched dozens of drone attacks", "has seized large parts of the state": many events, or a
# standing state, told as one.
_TALLY_AFTER = re.compile(
    rf"^\s+(?:{_QUANTITY}|(?:large|vast|huge|wide|big)\s+(?:parts|swathes|swaths|areas|tracts|chunks)\s+of|much of)\b",
    re.IGNORECASE,
)
# "U.S. and British strikes on Houthi targets in Yemen since January have failed …": many, over a period
_SINCE_HAVE_AFTER = re.compile(r"^[^,;.:]{0,60}?\bsince\s+[^,;.:]{0,30}?\b(?:have|has)\s", re.IGNORECASE)
# "it had acted against them because they were attacking the civilian population": a reason, told as a state
_REASON_BEFORE = re.compile(
    r"\bbecause\b[^,;.]{0,40}\b(?:were|was|are|is|had been|have been)\s+(?:(?:already|still|now|effectively)\s+)?$",
    re.IGNORECASE,
)


# "Wagner has fought alongside Mali's army since 2021", "has been battling an insurgency": a state of
# affairs told as background, not one happening.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"^[^,;.:]{0,80}?\bsince\b", re.IGNORECASE)
_GENERIC_WAR_AFTER = re.compile(
    r"^\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:insurgency|war|rebellion|conflict|campaign)\b", re.I
)


# "factories are targets", "the city remains a frequent target": what something is, no deed.
_PRESENT_PREDICATE_BEFORE = re.compile(
    r"\b(?:is|are|remain|remains|become|becomes)\s+(?:(?:a|an|now|still|often|prime|legitimate|likely|"
    r"frequent|regular|main|key|possible|potential|easy)\s+){0,2}$",
    re.IGNORECASE,
)
# "Analysts say the attack is linked to setbacks in Shabwa": talk about a deed told before.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_PRESENT_COMMENT_AFTER = re.compile(
    r"^\s+(?:is|are)\s+(?:(?:widely|being|also|now|still)\s+)?(?:linked|seen|thought|believed|considered|"
    r"viewed|regarded|part|likely|expected|a\s+(?:sign|signal|message|response|reminder|test))\b",
    re.IGNORECASE,
)


_HEADING_BEFORE = re.compile(r"\s*(?:The|A|An)\s+(?:[\w\-]+\s+)?", re.IGNORECASE)


def _characterised(clause_text_before: str, trigger_text: str, clause_text_after: str) -> bool:
    """'factories are targets', 'the attack is seen as a message': what a thing is, or talk about a
    deed told before, in the present — no deed told here ('is fighting' is a progressive, not this)."""
    first = trigger_text.split()[0].lower() if trigger_text.split() else ""
    progressive = first.endswith("ing") and re.search(r"\b(?:is|are)\s+$", clause_text_before) is not None
    return (not progressive and _PRESENT_PREDICATE_BEFORE.search(clause_text_before) is not None) or (
        _DEFINITE_BEFORE.search(clause_text_before) is not None
        and _PRESENT_COMMENT_AFTER.match(clause_text_after) is not None
    )


# "in exchange for detained Boko Haram commanders", "the kidnapped girls": a participle before its noun
# says what befell them, told elsewhere — no deed told here.
_DETERMINER_BEFORE = re.compile(
    r"(?:^|\b(?:for|of|with|the|their|its|his|her|those|these|some|several|other|\d[\d,]*))\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"^\s+(?!(?:in|on|at|by|from|near|to|into|during|after|before|when|as|and|or|but|last|this|that|yesterday|"
    r"overnight|early|late|earlier|later|since|while|over|under|for|with|without|outside|inside|across)\b)"
    r"[A-Za-z][\w'’\-]*",
)


def _attributive_participle(clause_text_before: str, trigger_text: str, clause_text_after: str) -> bool:
    words = trigger_text.split()
    if len(words) != 1 or not (words[0].lower().endswith("ed") or not _bare_verb(words[0])):
        return False
    if words[0].lower().endswith(("ing", "s")):
        return False
    return (
        _DETERMINER_BEFORE.search(clause_text_before) is not None
        and _NOUN_AFTER.match(clause_text_after) is not None
    )


def _relative_present(sentence_text_before: str, trigger_text: str) -> bool:
    """'who raid villages', 'who raid villages and kidnap people': a bare present verb in a relative
    clause (its first coordinated verb bare too), not 'who raided' or 'who kidnapped'."""
    m = _RELATIVE_PRESENT_BEFORE.search(sentence_text_before)
    if m is None or not _bare_verb(trigger_text):
        return False
    first = m.group("first")
    return first is None or _bare_verb(first)


def habitual(
    clause_text_before: str,
    clause_text_after: str,
    sentence_text_after: str | None = None,
    trigger_text: str | None = None,
    sentence_text_before: str | None = None,
) -> bool:
    """'has for years struck', 'attacked ... repeatedly since April', 'have launched 25 attacks': a
    habit or a tally, not one event. `sentence_text_after`: the rest of the sentence, where a
    perfect's "since …" may stand past the clause ("has seized … since it launched an offensive").
    With the trigger's words and the sentence before it: 'who raid villages' (a present relative)."""
    perfect = _PERFECT_BEFORE.search(clause_text_before) is not None
    rest = clause_text_after if sentence_text_after is None else sentence_text_after
    return bool(
        _HABITUAL_BEFORE.search(clause_text_before)
        or _TREND_BEFORE.search(clause_text_before)
        or (
            trigger_text is not None
            and sentence_text_before is not None
            and _relative_present(sentence_text_before, trigger_text)
        )
        or (trigger_text is not None and _characterised(clause_text_before, trigger_text, clause_text_after))
        or (
            # a sub-heading ("The bombing", "The attack") names the part of the story that follows
            sentence_text_before is not None
            and sentence_text_after is not None
            and _HEADING_BEFORE.fullmatch(sentence_text_before) is not None
            and sentence_text_after.strip() == ""
        )
        or (
            trigger_text is not None
            and _attributive_participle(clause_text_before, trigger_text, clause_text_after)
        )
        or _HABITUAL_AFTER.search(clause_text_after)
        or _TALLY_BEFORE.search(clause_text_before)
        or _SINCE_HAVE_AFTER.search(rest)
        or _REASON_BEFORE.search(clause_text_before)
        or (
            perfect
            and (
                _SINCE_AFTER.search(rest)
                or _GENERIC_WAR_AFTER.search(clause_text_after)
                or _TALLY_AFTER.search(clause_text_after)
            )
        )
    )


# "Russian and Syrian warplanes have pounded rebel-held areas in response": a present perfect with
# no date and no named place after it sums up deeds told elsewhere; "have pounded Aleppo" or
# "has struck … on Monday" still tell one.
_PERFECT_TRIGGER = re.compile(r"\b(?:has|have)\s+(?:[a-z\-]+ly\s+)?$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\b[A-Z][\w'’\-]+|\d")


def undated_summary(clause_text_before: str, clause_text_after: str) -> bool:
    """'warplanes have pounded rebel-held areas in response': a perfect naming neither a place nor a
    date after the verb (read with no date of its own found) — a summary, not a deed."""
    return bool(_PERFECT_TRIGGER.search(clause_text_before)) and not _NAMED_AFTER.search(clause_text_after)


def present_tense(clause_text_before: str, clause_text_after: str) -> bool:
    """'Russia has fired', 'fighting continues': the clause speaks of the report's own time."""
    return bool(_PRESENT_TENSE.search(clause_text_before) or _ONGOING_AFTER.search(clause_text_after))


def rejected_report(clause_text_before: str) -> re.Match[str] | None:
    """'dismissed claims by HRW that soldiers had …' before a trigger: the rejection (its `src` group
    spans the rejected report, where the asserting party is named)."""
    return _REJECTED.search(clause_text_before)


def speech_verb(sentence_text: str) -> re.Match[str] | None:
    return _SPEECH.search(sentence_text)
