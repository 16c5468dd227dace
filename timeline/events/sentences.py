"""Sentences and clauses with their offsets in the article text as given.

A sentence ends at . ! or ? (optionally followed by closing quotes or brackets) before
whitespace and an upper-case letter, digit or opening quote — unless the period belongs to a known
abbreviation ("Feb.", "Mr.", "U.S.") or an initial ("J. Smith"). A line break always ends a
sentence: headlines, datelines and footers stand on their own lines and must not glue onto the
next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

# Abbreviations after which a period does not end a sentence (lower-cased, without the period).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "pres",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "blvd",
    ]
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE_BREAK = re.compile(r"\n+")


# "a camp for displaced people": a participle after a determiner or preposition is an adjective.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|for|of|with|to|from|in|on|at|by|their|its|his|her|newly|internally|heavily|lightly)\s+$",
    re.IGNORECASE,
)


_IN_A_PHRASE = re.compile(r"\b(?:in|during|amid|after|of|with)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _finite_verb_in(text: str) -> bool:
    return any(
        not (m.group(0).lower().endswith("ed") and _ATTRIBUTIVE_BEFORE.search(text[: m.start()]))
        for m in _FINITE_VERB.finditer(text)
    )


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, period: int) -> bool:
    """True when the period at `period` closes an abbreviation or an initial, not a sentence."""
    if text[period] != ".":
        return False
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, period - 30) : period])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word:  # "U.S", "U.N" — dotted acronyms
        return True
    return word.lower() in _ABBREVIATIONS


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            # "U.S. forces" must not split, but "... in the U.S. The next ..." should; an abbreviation
            # followed by a capital is ambiguous, and joining is the cheaper mistake for extraction.
            continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, trimmed of surrounding whitespace, with offsets into `text`."""
    sentences: list[Sentence] = []
    line_start = 0
    bounds = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text)] + [(len(text), len(text))]
    for brk_start, brk_end in bounds:
        for s, e in _split_line(text, line_start, brk_start):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                sentences.append(Sentence(s, e, text[s:e]))
        line_start = brk_end
    return sentences


# Words that open a new clause with its own predicate (and often its own time). "and" is handled
# apart: it only separates clauses when a predicate already stands on its left.
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CLAUSE_OPENERS = re.compile(
    r"(?:;|:\s|\s(?:before|after|while|whereas|but|although|though|until|when|as well as|in retaliation for|in response to|"
    r"in revenge for)\s"
    # "since French troops began to withdraw" opens a clause; "since 2015", "since May", "since Monday" do not.
    rf"|\s[Ss]ince\s(?=(?:the|a|an|its|their|his|her)\b|(?!(?:{_MONTH_NAMES}|{_WEEKDAY_NAMES})\b)[A-Z][a-z])"
    # "... killing five civilians as troops and militia battled rebels": "as" + a new subject
    r"|\sas\s(?=(?:the|its|their|government|regime|rebel|pro-government)\s|troops\b|rebels\b"
    r"|[A-Z][a-z]+\s+(?:[a-z\-]+\s+)?(?:troops|forces|fighters)\b))",
    re.IGNORECASE,
)
_AND = re.compile(r"(?:,\s*)?\sand\s", re.IGNORECASE)
# "on Tuesday night and Wednesday that killed 23": "and" joins times, or an object with its relative clause.
_WEAPON_PAIR = re.compile(
    r"\b(?:missile|rocket|drone|artillery|mortar|air|ground|naval|tank|sniper|gun|shell)s?\s*$", re.I
)
_NOT_A_NEW_SUBJECT = re.compile(
    rf"(?:(?:{_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
    r"|[\w\-]+(?:\s+[\w\-]+)?\s+(?:that|which|who)\b)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?:who|which|where|whose|whom)\s", re.IGNORECASE)
# A finite verb: a past form, an auxiliary, or a common irregular past. Enough to tell "and Moscow
# flew in a musician" (a clause) from "and Taloqan over the weekend" (a second object).
# Not after a hyphen: "Houthi-held", "Iran-backed" are adjectives.
_FINITE_VERB = re.compile(
    r"\b(?<!-)(?:\w{3,}ed|was|were|is|are|has|have|had|will|would|said|says|took|flew|fled|fell|went|came|began|"
    r"left|sent|made|kept|held|struck|shot|fought|won|lost|drove|saw|told|gave|brought|built|got|set|put|hit|"
    r"killed|declared)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int


def relative_clauses(sentence: Sentence) -> list[Clause]:
    """ ", who took Kabul on August 15,": background the story does not move on from."""
    out: list[Clause] = []
    for m in _RELATIVE.finditer(sentence.text):
        close = sentence.text.find(",", m.end())
        out.append(
            Clause(sentence.start + m.start(), sentence.start + (close if close > 0 else len(sentence.text)))
        )
    return out


def split_clauses(sentence: Sentence, predicate_offsets: list[int]) -> list[Clause]:
    """Clauses of a sentence as offsets in the article text.

    `predicate_offsets` are the article offsets of the sentence's event triggers: "X captured A in
    March and Y flew in B" splits at "and" because a predicate stands on its left, while "Russia,
    Iran and Turkey agreed" does not.
    """
    cuts: set[int] = set()
    base = sentence.start
    for m in _CLAUSE_OPENERS.finditer(sentence.text):
        cuts.add(base + m.start())
    for m in _RELATIVE.finditer(sentence.text):
        # ", who took Kabul on August 15," is a clause of its own, with its own date.
        cuts.add(base + m.start())
        close = sentence.text.find(",", m.end())
        if close > 0:
            cuts.add(base + close)
    for m in _AND.finditer(sentence.text):
        here = base + m.start()
        previous_cut = max([c for c in cuts if c < here], default=sentence.start)
        left = [p for p in predicate_offsets if previous_cut <= p < here]
        # "fighting between X and Y": the "and" joins the two sides, not two clauses.
        if not left or re.search(r"\bbetween\b", sentence.text[max(left) - base : here - base], re.I):
            continue
        # "launched missile and drone attacks": two weapons of one noun, not two clauses.
        if _WEAPON_PAIR.search(sentence.text[: m.start()]) and re.match(
            r"\s*(?:[\w\-]+\s+){0,2}?(?:attacks?|strikes?|raids?|fire|barrages?|bombardments?)\b",
            sentence.text[m.end() :],
            re.I,
        ):
            continue
        # "killed 54 people and wounded 158 on Saturday": one subject, one time — no new clause.
        if re.match(
            r"\s*(?:also\s+)?(?:wounded|injured|wounding|injuring)\b", sentence.text[m.end() :], re.I
        ):
            continue
        # "seized A and B over the weekend": without a verb of its own the right side is no clause.
        right = re.split(r"[,;:]", sentence.text[m.end() :], maxsplit=1)[0]
        if _NOT_A_NEW_SUBJECT.match(right):
            continue
        if (
            _finite_verb_in(right)
            or any(
                here < p < base + m.end() + len(right)
                # "killed X and Y in heavy fighting": a noun inside a phrase is no new predicate
                and not _IN_A_PHRASE.search(sentence.text[max(0, p - base - 30) : p - base])
                for p in predicate_offsets
            )
        ):
            cuts.add(here)
    points = [sentence.start, *sorted(cuts), sentence.end]
    return [Clause(a, b) for a, b in pairwise(points) if b > a]
