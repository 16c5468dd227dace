"""Place mentions: gazetteer look-up of capitalised word runs, with how precisely the text places
an event there (geo_precision 1 the town itself, 2 near it, 3 only a region or country)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Literal

from timeline.events.lexicon import Place, actor_lexicon, generated_places, hand_kept_places, not_place_words

# "near X", "east of X", "outside X", "the area of X", "around X": the event is by the town, not in it.
_NEAR = re.compile(
    r"(?:\bnear|\boutside|\baround|\bby|\boutskirts of|\bvicinity of|\bareas? of|\bcountryside of|"
    r"\bsurroundings of|"
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)"
    r"(?:ern)? of|\bkilometres (?:from|of)|\bkilometers (?:from|of)|\bmiles (?:from|of)|\bkm (?:from|of)|"
    r"\bclose to|"
    r"\bthe edge of|\bapproaches to|\baround the)\s+(?:the\s+)?(?:(?:town|city|village|port)\s+of\s+)?$",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|oblast|state|county|prefecture|district|countryside)s?\b",
    re.IGNORECASE,
)
# "Lamu County", "Kano State": a gazetteer name before a region word names that region, which is a region
# of the article's country even when the gazetteer knows only the town (the suffix as the text writes it)
_REGION_WORD = re.compile(r"(?:province|governorate|region|oblast|state|county|prefecture)", re.IGNORECASE)
# "in the countryside of Aleppo": the province around the town
_REGION_BEFORE = re.compile(
    r"\b(?:countryside|outskirts of the province|province|governorate|region) of\s+$", re.I
)
# A run of capitalised words, allowing Arabic articles and Romance particles inside ("Deir ez-Zor",
# "Ras al-Ain", "Mocimboa da Praia", "Ciudad del Este", "Cap du Nord").
_CANDIDATE = re.compile(
    r"(?<![\w\-])[A-Z][\w'’\-]*(?:\s+(?:(?:al|el|ez|ad|as|ash|an|ar|ul|de|da|do|dos|das|del|du|des|di|bin|bani|abu|of|and)[\s\-])?[A-Z][\w'’\-]*){0,5}"
)
# The preposition before a place, over "the" and one lower-case word: "in northern Burkina Faso",
# "in war-torn Syria".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?P<prep>in|at|near|to|into|from|around|outside|of|over|across|on|towards|toward|by|for)\s+"
    r"(?:the\s+)?(?:[a-z][a-z\-]+\s+)?$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Match key: no diacritics, no ayns or hyphens, lower case."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s\-'’‘`]+", " ", ascii_text).strip().lower()


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    geo_precision: int
    preposition: str | None  # "from Raqqa" names an origin, not where the event is

    @property
    def countries(self) -> set[str]:
        return {p.country for p in self.candidates}


class PlaceIndex:
    """Match key (fold) → places of that name: the hand-kept ones first, then the generated gazetteer's,
    made on first look-up."""

    def __init__(self) -> None:
        self._hand: dict[str, list[Place]] = {}
        for place in hand_kept_places():
            for name in (place.name, *place.aliases):
                bucket = self._hand.setdefault(fold(name), [])
                if all(p is not place for p in bucket):
                    bucket.append(place)
        self._generated = generated_places()
        self._cache: dict[str, list[Place]] = {}

    def get(self, key: str, default: list[Place] | None = None) -> list[Place]:
        """The places of that name; `default` (else an empty list) when there are none."""
        found = self._cache.get(key)
        if found is None:
            found = [*self._hand.get(key, ()), *self._generated.lookup(key)]
            if found:  # misses are not kept: keys come from arbitrary text
                self._cache[key] = found
        return found or (default if default is not None else [])

    def __getitem__(self, key: str) -> list[Place]:
        found = self.get(key)
        if not found:
            raise KeyError(key)
        return found

    def __contains__(self, key: str) -> bool:
        return key in self._hand or key in self._generated.keys


@cache
def _index() -> PlaceIndex:
    return PlaceIndex()


@cache
def _not_places() -> frozenset[str]:
    # A state's adjective ("Thai", "Emirati") is never a town, whatever alternate names a gazetteer keeps.
    adjectives = {a for state in actor_lexicon().states for a in state.adjectives}
    return frozenset(fold(w) for w in [*not_place_words(), *adjectives])


@cache
def _actor_acronyms() -> frozenset[str]:
    """Armed groups' acronyms as written in capitals ("BLA", "ADF", "RSF")."""
    return frozenset(
        a for actor in actor_lexicon().actors for a in actor.aliases if a.isupper() and len(a) <= 6
    )


def _lookup(words: list[str]) -> tuple[int, list[Place]] | None:
    """Longest prefix of `words` that names a place: (number of words used, candidates)."""
    index = _index()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        if n == 1 and words[0] in _actor_acronyms():
            return None  # "BLA", "ADF": the armed group, not Bla (Mali)
        if key in _not_places():
            return None if n == 1 else (n, [])
        if key in index:
            return n, index[key]
    return None


# A town's name before a vessel noun names the vessel: "the Krasnodar submarine".
_VESSELS = r"(?:frigate|submarine|warship|destroyer|corvette|cruiser|ship|vessel|tanker|carrier)s?"
_VESSEL_AFTER = re.compile(rf"^\s+{_VESSELS}\b", re.I)
_VESSEL_BEFORE = re.compile(rf"\b{_VESSELS}\s*\(\s*$", re.I)  # "the submarine (Krasnodar)"
# Capitalised words that may open a run without making the rest of it a name of something else.
_OPENERS = frozenset(
    ["a", "an", "the", "this", "that", "in", "on", "at", "of", "for", "from", "by", "with", "as", "but", "and", "or", "if", "when", "while", "after", "before", "since", "earlier", "later", "last", "next", "meanwhile", "however", "also", "even", "only", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)  # fmt: skip


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


UNKNOWN_COUNTRY = "??"  # a place the gazetteer lacks, in the article's country

# Places the gazetteer lacks but the text names as places: "the village of Koshobe", "Nangarhar
# province". They get no coordinates, and the article's country.
_NAME = r"(?:(?:al|el|ad|as|ar|an)-)?[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ez|ad|as|ash|an|ar|de)[\-\s])?[A-Z][\w'’\-]+){0,2}"
_SITES = (
    r"(?:market|hospital|mosque|church|school|university|stadium|hotel|prison|square|street|road|avenue"
    r"|bridge|palace|mall|roundabout|junction|station)s?\b"
)
_NAMED_AS_PLACE = re.compile(
    rf"\b(?:town|village|city|hamlet|province|governorate|region)\s+of\s+(?P<name>{_NAME})"
    rf"|\b(?:district|area|neighbourhood|neighborhood|suburb|camp|quarter)\s+of\s+(?P<district>{_NAME})"
    r"|(?P<region>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:province|governorate|oblast|region)\b"
    # "Kyauk Ni Maw village", "Tibu municipality", "the Zamzam displacement camp": a town of that name
    r"|(?P<town2>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:village|town|municipality|displacement\s+(?:camp|site))\b(?!\s+of\b)"
    # ("the Tripoli suburb of Tajoura" names the suburb after "of")
    r"|(?P<district2>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:district|neighbourhood|neighborhood|suburb|camp)\b(?!\s+of\b)"
    # "the Shayrat air base", "Hmeimim airbase": a named base is a place of its own
    # "the Manda Bay Airfield", "a base on the Bohoma peninsula": a named base or landmark is a place of its own
    r"|(?<=the )(?P<base>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:air\s*base|airbase|airport|military\s+base|base|dam|border crossing|crossing|checkpoint|pass"
    r"|(?i:airfield|airstrip|air\s+strip|peninsula))\b"
    # a lone capitalised word after a locative preposition, mid-sentence: "a school in Jangebe"
    r"|(?<=[a-z,] )(?:in|near|outside|around|from|at)\s+"
    # (not the name of a site in a town: "in Konyokonyo market", "at Kamal Adwan hospital")
    # ("in El Aguaje", "near La Paz": an article opens the name)
    r"(?P<bare>(?:(?:El|La|Las|Los|Le|Les|San|Santa)\s+)?[A-Z][a-z][\w'’\-]+(?:\s+(?:(?:al|el|ad|as|ar)[\-\s])?[A-Z][a-z][\w'’\-]+){0,2})(?=[\s,.;:]|$)"
    rf"(?!\s+{_SITES})"
)


_ARTICLE = re.compile(r"El|La|Las|Los|Le|Les|San|Santa")


def _unknown_places(text: str, known: list[PlaceMention]) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    for m in _NAMED_AS_PLACE.finditer(text):
        group = next(
            g for g in ("name", "district", "region", "town2", "district2", "base", "bare") if m.group(g)
        )
        start, end = m.start(group), m.end(group)
        name = m.group(group)
        words = name.split()
        if len(words) > 1 and _ARTICLE.fullmatch(words[0]):
            words = words[1:]  # "El Aguaje": the article is part of the name, not a word to look up alone
        if any(fold(w) in _not_places() for w in [name, *words]):
            continue
        if any(_MODIFIER.search(w) for w in name.split()):
            continue
        if any(p.start < end and start < p.end for p in known):
            continue
        kind: Literal["city", "region", "district"] = (
            "region" if group == "region" else "district" if group.startswith("district") else "city"
        )
        if group == "district" and m.group(0).lower().startswith("suburb"):
            kind = "city"  # "the Tripoli suburb of Tajoura": a town of its own, as ACLED codes it
        place = Place(name=name, country=UNKNOWN_COUNTRY, kind=kind)
        found.append(_mention(text, start, end, [place]))
    return found


_BARE_OBJECT = re.compile(
    r"\s+(?P<name>[A-Z][a-z][\w'’\-]+(?:\s+(?:(?:al|el|ad|as|ar)[\-\s])?[A-Z][a-z][\w'’\-]+){0,2})\b"
)


_MODIFIER = re.compile(
    r"-(?:linked|backed|led|allied|aligned|based|made|held|controlled|run|owned|affiliated|occupied|annexed|installed)$"
)


# "overrun by Karen fighters": after a passive's "by" stands the doer; a name before a word for armed
# men or a group ("Karen resistance forces", "Wa State Army") names them, not a place.
_AGENT_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    r"\s+(?:resistance|rebels?|insurgents?|militants?|fighters?|forces|troops|soldiers|militias?|army|armed|"
    r"guerrillas?|separatists?|National|Liberation|People's|Defen[cs]e)\b"
)


def places_acted_on(text: str, trigger_ends: list[int], known: list[PlaceMention]) -> list[PlaceMention]:
    """ "captured Baghuz,": a capitalised name right after a capture or strike trigger is the place
    acted on, even when the gazetteer lacks it (kept out when it names an actor or a non-place)."""
    found: list[PlaceMention] = []
    for end in trigger_ends:
        m = _BARE_OBJECT.match(text, end)
        if not m:
            continue
        start, stop = m.start("name"), m.end("name")
        name = m.group("name")
        if any(fold(w) in _not_places() for w in [name, *name.split()]):
            continue
        if _MODIFIER.search(name):
            continue  # "struck Iranian-linked targets": an adjective, no place
        if _AGENT_BEFORE.search(text, max(0, end - 4), end) or _GROUP_AFTER.match(text, stop):
            continue  # "was overrun by Karen resistance forces": who did it, not where
        if any(p.start < stop and start < p.end for p in known):
            continue
        found.append(_mention(text, start, stop, [Place(name=name, country=UNKNOWN_COUNTRY, kind="city")]))
    return found


def find_places(text: str) -> list[PlaceMention]:
    found = _known_places(text)
    return sorted(found + _unknown_places(text, found), key=lambda p: p.start)


@cache
def _facilities() -> re.Pattern[str] | None:
    """Aliases with lower-case words name facilities ("Zaporizhzhia nuclear power plant" → Enerhodar):
    matched as whole phrases, before the capitalised runs that would find only the city they are named after."""
    names = sorted(
        {
            a
            for p in hand_kept_places()
            for a in p.aliases
            if any(w.islower() and w.isalpha() and len(w) > 3 for w in a.split()[1:])
        },
        key=len,
        reverse=True,
    )
    if not names:
        return None
    return re.compile(
        r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])", re.IGNORECASE
    )


# "southern Lebanon", "north-eastern Nigeria": a direction word before a country's name.
_SIDE_BEFORE = re.compile(
    r"(?<![\w\-])(?P<side>(?:[Nn]orth|[Ss]outh)(?:-?(?:east|west))?ern|[Ee]astern|[Ww]estern|[Cc]entral)\s+$"
)
_LISTED_AFTER = re.compile(
    r"\s*,?\s+(?:and|or)\s+(?:(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:east|west))?ern|[Ee]astern|[Ww]estern|[Cc]entral)\s+)?"
    r"(?:the\s+)?(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
)
_LISTED_BEFORE = re.compile(r"(?P<name>[A-Z][\w\-]*)\s*,?\s+(?:and|or)\s+$")


def _country_listed(text: str, start: int, end: int) -> bool:
    """ "northern Iraq and Syria", "northern Syria and northern Iraq": a country side by side with another."""

    def country(name: str) -> bool:
        hit = _lookup(name.split())
        return hit is not None and bool(hit[1]) and all(c.kind == "country" for c in hit[1])

    after = _LISTED_AFTER.match(text, end)
    before = _LISTED_BEFORE.search(text, max(0, start - 40), start)
    return bool(after and country(after.group("name"))) or bool(before and country(before.group("name")))


_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|tweeted)\b")
# "Lt. Gen. Arnel dela Vega", "Senator Ronald dela Rosa", "Ursula von der Leyen": a surname after a
# given name and a lowercase particle is a person's, not a town's.
_NAME_PARTICLE_BEFORE = re.compile(
    r"\b[A-Z][a-z]+\s+(?:dela|della|delos|del|de\s+la|de\s+los|de|da|dos|das|van(?:\s+de[rn])?|"
    r"von(?:\s+der)?|ter|ten|le|la)\s+$"
)


def _prominent(candidates: list[Place]) -> bool:
    return any(_prominence(p) == 0 for p in candidates)


def _known_places(text: str) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    facilities = _facilities()
    if facilities is not None:
        for m in facilities.finditer(text):
            found.append(_mention(text, m.start(), m.end(), _index()[fold(m.group(0))]))
    for run in _CANDIDATE.finditer(text):
        if any(f.start <= run.start() < f.end for f in found):
            continue
        tokens = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(tokens):
            words = [_strip_possessive(text[s:e]) for s, e in tokens[i:]]
            if _MODIFIER.search(words[0].rstrip(",.;:")):  # "Kabul-based", "Russian-occupied": no place
                i += 1
                continue
            hit = _lookup(words)
            if hit is None:
                if fold(words[0]) not in _OPENERS:
                    # "Admiral Essen", "President Putin": a title or name runs on; the rest is no place.
                    break
                i += 1
                continue
            n, candidates = hit
            if not candidates:  # a listed non-place ("Old City"): skip its words
                i += n
                continue
            possessive = text[tokens[i + n - 1][0] : tokens[i + n - 1][1]].endswith(("'s", "’s"))
            if not possessive and i + n < len(tokens) and fold(words[n]) not in _OPENERS:
                # "Hodeida's Jabal Ras area" (possessive): the town, then a part of it. Otherwise:
                after = None if _REGION_WORD.fullmatch(words[n].rstrip(",.;:")) else _lookup(words[n:])
                if after is None and not _REGION_WORD.fullmatch(words[n].rstrip(",.;:")):
                    # "Adan Yabaal": the run names something longer than the place found in its first word.
                    break
                if after and after[1] and not (_prominent(candidates) and _prominent(after[1])):
                    # "Aron Lund", "Elizabeth Dickinson": two names in a row are a person's, not two towns.
                    break
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if text[start:end].endswith(("'s", "’s")):
                end -= 2
            side = _SIDE_BEFORE.search(text, max(0, start - 20), start)
            if (
                side
                and all(c.kind == "country" for c in candidates)
                and not _country_listed(text, side.start("side"), end)
            ):
                # "in southern Lebanon", "northern Israel": a part of the country, not all of it
                # ("in northern Syria and northern Iraq": deeds over two countries keep each country)
                name = f"{side.group('side').lower()} {candidates[0].name}"
                candidates = [Place(name=name, country=candidates[0].country, kind="region")]
                start = side.start("side")
            if re.match(r"\s+river\b", text[end : end + 8], re.IGNORECASE):
                i += n  # "the Dnipro river": a river, not the town of that name
                continue
            if not _prominent(candidates) and (
                _SPEAKER_AFTER.match(text, end)
                or _NAME_PARTICLE_BEFORE.search(text, max(0, start - 30), start)
            ):
                i += n  # "Mohammadi said", "Arnel dela Vega": a person named like a village
                continue
            if not _VESSEL_AFTER.match(text[end : end + 20]) and not _VESSEL_BEFORE.search(
                text[max(0, start - 20) : start]
            ):
                found.append(_mention(text, start, end, candidates))
            i += n
    return found


def _mention(text: str, start: int, end: int, candidates: list[Place]) -> PlaceMention:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 20]
    precision = 1
    chosen = list(candidates)
    region = _REGION_AFTER.match(after)
    if region:
        # "Kyiv region", "Idlib province": the region of that name when the gazetteer has it.
        for suffix in (region.group(0).strip(), "province", "region", "oblast"):
            regions = _index().get(fold(f"{text[start:end]} {suffix}"))
            if regions:
                chosen = regions
                break
        else:
            word = region.group(0).strip()
            if _REGION_WORD.fullmatch(word) and word[0].isupper() and len(word) > 2:
                # "Lamu County" (only the town Lamu in the gazetteer): the county, a region of the country
                chosen = [Place(name=f"{text[start:end]} {word}", country=UNKNOWN_COUNTRY, kind="region")]
        precision = 2 if after.strip().lower().startswith("countryside") else 3
    if not region and _REGION_BEFORE.search(before):
        for suffix in ("province", "region", "oblast"):
            regions = _index().get(fold(f"{text[start:end]} {suffix}"))
            if regions:
                chosen = regions
                break
        precision = 3
    if _NEAR.search(before):
        precision = max(precision, 2)
    if all(p.kind in {"country", "region", "sea"} for p in chosen):
        precision = 3
    prep = _PREPOSITION_BEFORE.search(before)
    return PlaceMention(
        start, end, text[start:end], tuple(chosen), precision, prep.group("prep").lower() if prep else None
    )


# "the capital Niamey", "the Kyrgyz capital Bishkek": the name that follows is the place, not the
# article country's capital (nor is a capital "of" somewhere else). "the UAE capital", "the Yemeni
# capital", "Lebanon's capital": the capital of the state the modifier names.
_THE_CAPITAL = re.compile(
    r"\b(?:the\s+(?:country's\s+|(?P<adj>[A-Z][A-Za-z]+)\s+)?"
    r"|(?P<owner>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)*)['’]s\s+)"
    r"capital\b(?!\s+of\b|,?\s+(?-i:[A-Z])[a-z])",
    re.IGNORECASE,
)


_SUB_CAPITAL = re.compile(
    r"\b(?:state|provincial|regional|district|county|region's|province's|state's|local)\s+capital\b", re.I
)


@cache
def _state_of_word() -> dict[str, str]:
    """A state's name or nationality adjective ("UAE", "Emirati", "Lebanon") → its ISO code."""
    found = {fold(p.name): p.country for p in _countries()}
    for state in actor_lexicon().states:
        for word in [*state.names, *state.adjectives]:
            found[fold(word)] = state.iso2
    return found


def _capital_town(country: str) -> Place | None:
    capital_name = next((p.capital for p in _countries() if p.country == country), None)
    if not capital_name:
        return None
    towns = [p for p in _index().get(fold(capital_name), []) if p.country == country and p.kind == "city"]
    return towns[0] if towns else None


def capital_mentions(text: str, country: str | None) -> list[PlaceMention]:
    """ "near the capital": the capital of the article's country, once that country is known; "the
    Yemeni capital", "Lebanon's capital": the capital of the state named."""
    found: list[PlaceMention] = []
    for m in _THE_CAPITAL.finditer(text):
        if _SUB_CAPITAL.search(m.group(0)):
            continue  # "taken to Maiduguri, the state capital": a province's capital, not the country's
        modifier = m.group("adj") or m.group("owner")
        state = _state_of_word().get(fold(modifier)) if modifier else None
        if m.group("owner") and state is None:
            continue  # "Rakhine's capital": a capital of somewhere the gazetteer cannot tell
        if state is None and text.startswith(",", m.end()):
            continue  # "towns north of the capital, including Bucha": the towns named next are the place
        owner = state or country
        town = _capital_town(owner) if owner else None
        if town is None:
            continue
        start = m.end() - len("capital")
        found.append(_mention(text, start, m.end(), [town]))
    return found


def is_capital(mention: PlaceMention, country: str | None) -> bool:
    """Whether the mention names the capital of the article's country ("Juba" in a South Sudan story)."""
    capital_name = next((p.capital for p in _countries() if p.country == country), None)
    if not country or not capital_name:
        return False
    place = best_place(mention, country)
    return place.country == country and fold(capital_name) in {fold(place.name), fold(mention.text)}


def article_country(mentions: list[PlaceMention]) -> str | None:
    """The country most places of the article are in; a name counts when it is unambiguous once small
    namesakes of a prominent place are set aside ("Baghdad", not Baghdadeh in Iran)."""
    votes: Counter[str] = Counter()
    for m in mentions:
        candidates = [p for p in m.candidates if p.country not in {"XX", UNKNOWN_COUNTRY}]
        if any(_prominence(p) == 0 for p in candidates):
            candidates = [p for p in candidates if _prominence(p) < 2]
        countries = {p.country for p in candidates}
        if len(countries) == 1:
            votes[next(iter(countries))] += 1
    return votes.most_common(1)[0][0] if votes else None


def _prominence(p: Place) -> int:
    """0 a country, sea, city of ≥ 100,000 or hand-kept place; 1 a region or town of ≥ 15,000 (a bare
    "Sagaing" is the town before the region); 2 a village."""
    if p.kind in {"country", "sea"} or p.population >= 100_000 or id(p) in _hand_kept():
        return 0
    return 1 if p.kind == "region" or p.population >= 15_000 else 2


def best_place(mention: PlaceMention, country: str | None) -> Place:
    """Among same-named places: the one in the article's country; then the most prominent, a name
    spelt as in the text counting one step of prominence (a village named "Kiev" does not beat Kyiv,
    one spelt "Hama" does not beat Hamah); then hand-kept, town, biggest. A town whose gazetteer name
    is a scholarly transliteration, found by another spelling, takes the text's spelling as its name
    ("Jenin", not geonames' "Janīn" → "Janin"; but "Karbala" stays Karbala when the text says "Kerbala")."""
    key = fold(mention.text)

    hand_kept = _hand_kept()

    def rank(p: Place) -> tuple[int, int, int, int, int]:
        return (
            0 if country and p.country == country else 1,
            2 * _prominence(p) + (0 if fold(p.name) == key else 1),
            0 if id(p) in hand_kept else 1,  # the conventional English name ("Hodeidah", not "Al Hudaydah")
            0 if p.kind == "city" else 1,
            -p.population,
        )

    best = min(mention.candidates, key=rank)
    if (
        best.kind == "city"
        and best.transliterated
        and fold(best.name) != key
        and key in best.aliases  # generated places keep their alternate names as match keys
        and _SPELLING.match(mention.text)
    ):
        return best.model_copy(update={"name": mention.text})
    return best


_SPELLING = re.compile(r"^[A-Z][a-z'’]+(?:[\s\-](?:[A-Z][a-z'’]+|al|el|ad|as|ar|an|ash|ez|de|da|du|la|le))*$")


@cache
def _hand_kept() -> frozenset[int]:
    return frozenset(id(p) for p in hand_kept_places())


@cache
def country_names() -> dict[str, str]:
    return {p.country: p.name for p in _countries()}


def _countries() -> list[Place]:
    return [*(p for p in hand_kept_places() if p.kind == "country"), *generated_places().countries()]
