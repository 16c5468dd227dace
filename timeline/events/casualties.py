"""Fatalities stated in an event's sentence: "killing at least 12", "20 people were killed".

ACLED counts the most conservative stated figure; vague counts ("dozens", "scores") give None
rather than a guess. Only deaths count — "wounded" and "injured" figures are not fatalities.
"""

from __future__ import annotations

import re

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a hundred": 100, "hundred": 100,
}  # fmt: skip
_NUMBER = r"(?P<n>\d[\d,]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_VICTIMS = (
    r"(?:people|persons?|civilians?|soldiers?|troops|fighters?|militants?|insurgents?|rebels?|policem[ae]n|"
    r"police\s+officers?|officers?|villagers?|children|child|women|woman|men|man|members?|residents?|"
    r"worshippers?|passengers?|workers?|farmers?|attackers?|jihadists?|gunmen|others|protesters?|"
    r"demonstrators?|protestors?|mourners?|students?|servicem[ae]n|Afghans|Syrians|Iraqis|Yemenis|"
    r"Ukrainians|Palestinians|Israelis|Libyans)"
)
_QUALIFIER = r"(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to)?\s*"
_KILLED_N = re.compile(
    rf"\b(?:kill(?:ed|ing|s)?|left)\s+{_QUALIFIER}{_NUMBER}(?:\s+[\w\-]+){{0,2}}?\s+{_VICTIMS}\b(?!\s+(?:wounded|injured))",
    re.I,
)
_N_KILLED = re.compile(
    rf"\b{_QUALIFIER}{_NUMBER}(?:\s+[\w\-]+){{0,2}}?\s+{_VICTIMS}\s+(?:were|have\s+been|had\s+been|was|are)\s+"
    r"(?:reported\s+)?(?:killed|dead|slain)",
    re.I,
)
# "a suicide bomber killed 14 on Sunday": a bare count after "killed"
_KILLED_BARE = re.compile(
    rf"\bkill(?:ed|ing|s)?\s+{_QUALIFIER}{_NUMBER}(?=\s*(?:[,.;]|$|\s+(?:on|in|at|and|when|after|as|near|during)\b))",
    re.I,
)
_DEATH_TOLL = re.compile(
    rf"\b(?:death\s+toll|toll)\s+(?:rose\s+to|reached|of|stood\s+at|climbed\s+to)\s+{_NUMBER}", re.I
)


def _value(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


_AND_N = re.compile(
    rf"^\s+and\s+{_NUMBER}(?:\s+[\w\-]+){{0,2}}?\s+{_VICTIMS}\b(?!\s+(?:wounded|injured))", re.I
)


def fatalities_in(sentence: str) -> int | None:
    """The largest death count the sentence states, or None when it states none.

    "killing 60 Afghans and 13 US troops" counts 73."""
    counts: list[int] = []
    for regex in (_KILLED_N, _N_KILLED, _DEATH_TOLL, _KILLED_BARE):
        for m in regex.finditer(sentence):
            n = _value(m.group("n"))
            if n is None:
                continue
            more = _AND_N.match(sentence[m.end() :]) if regex is _KILLED_N else None
            extra = _value(more.group("n")) if more else None
            counts.append(n + (extra or 0))
    numbers = [c for c in counts if c < 100_000]
    return max(numbers) if numbers else None
