"""Small helpers to turn word lists from the data files into regular expressions.

Each regex is built from the keys of its lookup table (as SUTime does), so a word list and what
it maps to cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD_START = r"(?<![\w\-])"
WORD_END = r"(?![\w\-])"


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex: spaces match any whitespace, hyphens and apostrophes match loosely."""
    parts = [re.escape(tok) for tok in phrase.split()]
    return r"\s+".join(parts).replace(r"\-", r"[\-\s]?").replace("'", "['’]")


def alternation(phrases: Iterable[str]) -> str:
    """Longest first, so "cruise missile strikes" wins over "missile"."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_regex(p) for p in unique) + ")"


def words_regex(phrases: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(WORD_START + alternation(phrases) + WORD_END, flags)
