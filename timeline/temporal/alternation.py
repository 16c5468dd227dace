"""Regex alternations built from word lists (the keys of a lexicon table)."""

from __future__ import annotations

import re
from typing import Any


def alternation(keys: list[str]) -> str:
    """A regex alternation of table keys, any whitespace where a key has a space.

    Built as a trie ("jan(?:uary|\\.)?" rather than "january|jan\\.|jan"): the regex engine
    then tries each letter once instead of every word in turn, and a longer key still wins
    over its prefix because every optional tail is greedy."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
