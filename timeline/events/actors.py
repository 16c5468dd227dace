"""Actor mentions in a text: named groups, states' forces and governments, unnamed actors, anaphors.

Matching order matters: named aliases first ("US-led coalition" before "US"), then state patterns
("Syrian government troops", "Russia's fleet", "Russia", "Moscow"), then unnamed actors
("rebels", "civilians") and anaphors ("them"). A later pattern never overlaps an earlier match.
The event's country is not known here, so a mention keeps what is needed to name it later
(`resolve_name`), e.g. state forces are external (inter 8) outside their own country.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Literal

from timeline.events.lexicon import State, UnnamedKind, UnseenGroups, actor_lexicon
from timeline.events.patterns import WORD_END, WORD_START, alternation, phrase_regex

MentionKind = Literal[
    "named",
    "military",
    "police",
    "government",
    "country",
    "state_unknown",
    "generic",
    "anaphor",
    "state_anaphor",
]


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    kind: MentionKind
    actor_id: str = ""  # named actor id, a state's iso2, or a generic kind ("Civilians")
    inter: int | None = None

    @property
    def armed(self) -> bool:
        return self.kind not in {"anaphor", "government"} and self.inter not in {5, 6, 7}


@dataclass(frozen=True)
class ResolvedActor:
    name: str
    inter: int | None
    country: str | None  # iso2 of a state actor
    affiliate_of: str | None = None  # iso2 of the state a militia fights for


_CONTEXTUAL = "contextual:"  # actor id prefix of names whose referent depends on the country
_UNSEEN = "unseen:"  # actor id prefix of a group the gazetteer lacks, found by its name's shape


def _case_sensitive(alias: str) -> bool:
    # Short acronyms (IS, US, SDF, JeM, LeT) are only names when written as such: "is", "us", "let".
    # An acronym is one word with a capital after its first letter; "Isis" or "Rada" are names.
    short = alias.replace(".", "")
    return len(short) <= 5 and " " not in short and any(ch.isupper() for ch in short[1:])


def _named_regex(aliases: list[str], case_sensitive: bool) -> str:
    chosen = [a for a in aliases if _case_sensitive(a) == case_sensitive]
    return alternation(chosen) if chosen else r"(?!x)x"


@dataclass(frozen=True)
class _Compiled:
    named_ci: re.Pattern[str]
    named_cs: re.Pattern[str]
    alias_to_id: dict[str, str]
    state_forces: re.Pattern[str]
    state_police: re.Pattern[str]
    unknown_police: re.Pattern[str]
    state_anaphor: re.Pattern[str]
    state_government: re.Pattern[str]
    state_possessive: re.Pattern[str]
    state_bare: re.Pattern[str]
    state_bare_cs: re.Pattern[str]
    unknown_forces: re.Pattern[str]
    generic: re.Pattern[str]
    generic_kind: dict[str, str]
    anaphor: re.Pattern[str]
    state_by_word: dict[str, State]
    unknown_government: re.Pattern[str]
    leader: re.Pattern[str]
    state_named_forces: re.Pattern[str]
    ethnic_militia: re.Pattern[str]
    ethnic_group: dict[str, str]  # a name the press gives an ethnic group → its canonical name


def _norm(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.replace("’", "'")).strip().lower()


def _acronym_key(text: str) -> str:
    return "=" + re.sub(r"[\s\-]+", " ", text).strip()


@cache
def _compiled() -> _Compiled:
    lex = actor_lexicon()
    alias_to_id: dict[str, str] = {}
    ci: list[str] = []
    cs: list[str] = []
    for actor in lex.actors:
        for alias in actor.aliases:
            # an acronym is keyed as written, so JEM (Sudan) and JeM (Kashmir) stay apart
            alias_to_id[_acronym_key(alias) if _case_sensitive(alias) else _norm(alias)] = actor.id
            (cs if _case_sensitive(alias) else ci).append(alias)
    for alias in lex.contextual:
        alias_to_id[_norm(alias)] = _CONTEXTUAL + alias
        ci.append(alias)
    state_by_word: dict[str, State] = {}
    adjectives: list[str] = []
    names: list[str] = []
    names_cs: list[str] = []
    forces_names: list[str] = []
    for state in lex.states:
        for word in [*state.adjectives, *state.names, *state.metonyms, *state.forces]:
            state_by_word[_norm(word)] = state
        forces_names += state.forces
        adjectives += state.adjectives
        for word in [*state.names, *state.metonyms]:
            (names_cs if _case_sensitive(word) else names).append(word)
    adj = alternation(adjectives)
    mil = alternation(lex.military_nouns)
    gov = alternation(lex.government_nouns)
    # "Syrian government troops", "Russian Navy's", "the Iraqi army"; one modifier word at most.
    modifier_words = "government|regime|pro-government|state|special|armed|naval|air|elite|ground|security"
    modifiers = rf"(?:\s+(?:{modifier_words}|[A-Z][a-z]+))?"
    state_forces = re.compile(
        rf"{WORD_START}(?P<state>{adj}){modifiers}\s+(?P<noun>{mil}){WORD_END}", re.IGNORECASE
    )
    police = alternation(lex.police_nouns)
    state_police = re.compile(rf"{WORD_START}(?P<state>{adj})\s+(?P<noun>{police}){WORD_END}", re.IGNORECASE)
    unknown_police = re.compile(rf"{WORD_START}(?:the\s+)?{police}{WORD_END}", re.IGNORECASE)
    state_anaphor = re.compile(WORD_START + alternation(lex.state_anaphors) + WORD_END, re.IGNORECASE)
    state_government = re.compile(
        rf"{WORD_START}(?P<state>{adj}){modifiers}\s+(?P<noun>{gov}){WORD_END}", re.IGNORECASE
    )
    all_names = alternation([*names, *names_cs])
    state_possessive = re.compile(
        rf"{WORD_START}(?P<state>{all_names})['’]s(?:\s+[A-Za-z\-]+)??\s+(?P<noun>{mil}|{gov}){WORD_END}"
    )
    state_bare = re.compile(rf"{WORD_START}(?P<state>{alternation(names)}){WORD_END}", re.IGNORECASE)
    state_bare_cs = re.compile(rf"{WORD_START}(?P<state>{alternation(names_cs)}){WORD_END}")
    owners = alternation(lex.unnamed_state_owners) if lex.unnamed_state_owners else r"(?!x)x"
    unknown_forces = re.compile(
        WORD_START
        + rf"(?:the\s+(?:{owners})['’]s(?:\s+[A-Za-z\-]+)??\s+(?:{mil})"
        + rf"|{alternation(lex.unnamed_state_forces)})"
        + WORD_END,
        re.IGNORECASE,
    )
    generic_kind: dict[str, str] = {}
    for kind, words in lex.generic_actors.items():
        for w in words:
            generic_kind.setdefault(_norm(w), kind)
    for actor in lex.actors:  # words that refer back to a named actor are actors too
        for w in actor.generic:
            generic_kind.setdefault(_norm(w), "Unidentified Armed Group")
    generic = re.compile(WORD_START + alternation(generic_kind) + WORD_END, re.IGNORECASE)
    anaphor = re.compile(WORD_START + alternation(lex.anaphors) + WORD_END, re.IGNORECASE)
    unknown_government = re.compile(
        WORD_START
        + (alternation(lex.unnamed_governments) if lex.unnamed_governments else r"(?!x)x")
        + WORD_END,
        re.IGNORECASE,
    )
    # "President Salva Kiir", "Ethiopian Prime Minister Abiy Ahmed": one to three capitalised names
    titles = alternation(lex.leader_titles) if lex.leader_titles else r"(?!x)x"
    leader = re.compile(
        rf"{WORD_START}(?:(?P<state>{adj})\s+)?(?:{titles})\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})"
        + WORD_END
    )
    ethnic_group: dict[str, str] = {}
    ethnic_militia = re.compile(r"(?!x)x")
    if lex.ethnic_militias is not None:
        for canonical, group_names in lex.ethnic_militias.groups.items():
            for group_name in group_names:
                ethnic_group[_norm(group_name)] = canonical
        ethnic_militia = re.compile(
            rf"{WORD_START}(?P<group>{alternation(n for ns in lex.ethnic_militias.groups.values() for n in ns)})"
            rf"(?:\s+(?:ethnic|tribal|clan|armed|communal))?\s+{alternation(lex.ethnic_militias.heads)}{WORD_END}"
        )
    return _Compiled(
        ethnic_militia=ethnic_militia,
        ethnic_group=ethnic_group,
        named_ci=re.compile(WORD_START + _named_regex(ci, False) + WORD_END, re.IGNORECASE),
        named_cs=re.compile(WORD_START + _named_regex(cs, True) + WORD_END),
        alias_to_id=alias_to_id,
        state_forces=state_forces,
        state_police=state_police,
        unknown_police=unknown_police,
        state_anaphor=state_anaphor,
        state_government=state_government,
        state_possessive=state_possessive,
        state_bare=state_bare,
        state_bare_cs=state_bare_cs,
        unknown_forces=unknown_forces,
        generic=generic,
        generic_kind=generic_kind,
        anaphor=anaphor,
        state_by_word=state_by_word,
        unknown_government=unknown_government,
        leader=leader,
        # "the IDF", "the Tatmadaw": proper names of a state's forces, as written
        state_named_forces=re.compile(
            WORD_START + (alternation(forces_names) if forces_names else r"(?!x)x") + WORD_END
        ),
    )


def _military_noun(noun: str) -> bool:
    lex = actor_lexicon()
    return _norm(noun) in {_norm(n) for n in lex.military_nouns}


def _contextual_id(actor_id: str, country: str | None) -> str | None:
    """The actor a country-dependent name stands for ("Kurdish forces" in Iraq: the Peshmerga);
    None for an unnamed rebel group."""
    if not actor_id.startswith(_CONTEXTUAL):
        return actor_id
    by_country = actor_lexicon().contextual[actor_id[len(_CONTEXTUAL) :]]
    return by_country.get(country or "", by_country["*"])


def _unnamed_kind(actor_id: str) -> UnnamedKind | None:
    """The unnamed kind a contextual name stands for where it names no actor ("pro-government militias"
    outside Syria); None: rebels."""
    return actor_lexicon().contextual_unnamed.get(actor_id[len(_CONTEXTUAL) :])


def _unnamed_inter(actor_id: str) -> int:
    kind = _unnamed_kind(actor_id)
    return kind.inter if kind else 2


_COORDINATED_STATE = re.compile(r"(?<![\w\-])(?P<state>[A-Z][\w\-]+)\s*(?:,|\band)\s+$")


def find_actors(text: str) -> list[ActorMention]:
    """Actor mentions in `text`, left to right, never overlapping."""
    c = _compiled()
    lex = actor_lexicon()
    inter_of = {a.id: a.inter for a in lex.actors}
    taken_starts: list[int] = []  # sorted, non-overlapping spans kept so far
    taken_ends: list[int] = []
    found: list[ActorMention] = []

    def free(s: int, e: int) -> bool:
        i = bisect_right(taken_starts, s)
        if i > 0 and taken_ends[i - 1] > s:
            return False
        return not (i < len(taken_starts) and taken_starts[i] < e)

    def add_span(start: int, end: int, kind: MentionKind, actor_id: str, inter: int | None) -> None:
        if free(start, end):
            i = bisect_right(taken_starts, start)
            taken_starts.insert(i, start)
            taken_ends.insert(i, end)
            found.append(ActorMention(start, end, text[start:end], kind, actor_id, inter))

    def add(m: re.Match[str], kind: MentionKind, actor_id: str, inter: int | None) -> None:
        add_span(m.start(), m.end(), kind, actor_id, inter)

    # groups' aliases and states' force names together, the longer first where they overlap: "Uganda People's
    # Defence Force" (a state's) holds "People's Defence Force" (Myanmar's PDF)
    named: list[tuple[re.Match[str], bool]] = [
        *((m, False) for m in c.named_ci.finditer(text)),
        *((m, False) for m in c.named_cs.finditer(text)),
        *((m, True) for m in c.state_named_forces.finditer(text)),
    ]
    named.sort(key=lambda mf: (mf[0].start(), -(mf[0].end() - mf[0].start())))
    for m, state_force in named:
        if state_force:
            add(m, "military", c.state_by_word[_norm(m.group(0))].iso2, 1)
            continue
        actor_id = c.alias_to_id.get(_acronym_key(m.group(0))) or c.alias_to_id.get(_norm(m.group(0)))
        if actor_id:
            resolved_id = _contextual_id(actor_id, None)
            add(m, "named", actor_id, inter_of[resolved_id] if resolved_id else _unnamed_inter(actor_id))
    for m in c.state_police.finditer(text):
        add(m, "police", c.state_by_word[_norm(m.group("state"))].iso2, 1)
    for m in c.state_anaphor.finditer(text):
        add(m, "state_anaphor", "", 1)
    for m in c.state_possessive.finditer(text):
        state = c.state_by_word[_norm(m.group("state"))]
        kind: MentionKind = "military" if _military_noun(m.group("noun")) else "government"
        add(m, kind, state.iso2, 1)
    unseen = unseen_groups(text)
    for m in c.state_forces.finditer(text):
        if any(start <= m.start() and m.end() <= end for start, end, _, _ in unseen):
            continue  # "Irish Republican Army": a group's name, whose head follows a nationality and a name
        add(m, "military", c.state_by_word[_norm(m.group("state"))].iso2, 1)
        # "Mozambican and Rwandan troops", "Russian and Syrian warplanes": the first state's forces too
        first = _COORDINATED_STATE.search(text, max(0, m.start() - 40), m.start())
        if first is not None and _norm(first.group("state")) in c.state_by_word:
            adjective = re.compile(re.escape(first.group("state"))).match(text, first.start("state"))
            if adjective is not None:
                add(adjective, "military", c.state_by_word[_norm(first.group("state"))].iso2, 1)
    for m in c.state_government.finditer(text):
        add(m, "government", c.state_by_word[_norm(m.group("state"))].iso2, 1)
    # after the gazetteer's groups and states' forces, before a state's bare name ("Sudan Shield Forces")
    for start, end, name, group_inter in unseen:
        add_span(start, end, "named", _UNSEEN + name, group_inter)
    for m in c.ethnic_militia.finditer(text):  # "Fulani militiamen": Fulani Ethnic Militia (<Country>)
        add(m, "generic", f"{c.ethnic_group[_norm(m.group('group'))]} Ethnic Militia", 4)
    for m in [*c.state_bare.finditer(text), *c.state_bare_cs.finditer(text)]:
        word = _norm(m.group("state"))
        state = c.state_by_word[word]
        metonym = word in {_norm(x) for x in state.metonyms}
        add(m, "government" if metonym else "country", state.iso2, 1)
    # after the gazetteer's leaders ("President Vladimir Putin": Russia's, whatever the event's country)
    surnames: dict[str, tuple[int, str]] = {}  # a leader's surname → where the title was, its state
    for m in c.leader.finditer(text):
        state_word = m.group("state")
        iso2 = c.state_by_word[_norm(state_word)].iso2 if state_word else ""
        add(m, "government", iso2, 1)
        surname = m.group("name").split()[-1]
        if len(surname) > 2 and _norm(surname) not in c.state_by_word:
            surnames.setdefault(surname, (m.end(), iso2))
    for surname, (after, iso2) in surnames.items():
        # "Kiir announced a unilateral ceasefire": the leader named before, by surname
        for m in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-'’])", text[after:]):
            shifted = re.compile(re.escape(surname)).match(text, after + m.start())
            if shifted is not None:
                add(shifted, "government", iso2, 1)
    for m in c.unknown_government.finditer(text):
        add(m, "government", "", 1)
    for m in c.unknown_forces.finditer(text):
        add(m, "state_unknown", "", 1)
    for m in c.unknown_police.finditer(text):
        add(m, "police", "", 1)
    for m in c.anaphor.finditer(text):
        add(m, "anaphor", "", None)
    generic_inter = {
        "Civilians": 7,
        "Protesters": 6,
        "Rioters": 5,
        "Rebel Forces": 2,
        "Unidentified Armed Group": 3,
    }
    for m in c.generic.finditer(text):
        kind_name = c.generic_kind[_norm(m.group(0))]
        add(m, "generic", kind_name, generic_inter.get(kind_name, 3))
    found.sort(key=lambda a: a.start)
    found = _allies_as_their_principal(text, found)
    # "12 of them", "many of them": a part of a count, not an actor.
    found = [
        a
        for a in found
        if not (a.kind == "anaphor" and re.search(r"\bof\s+$", text[max(0, a.start - 4) : a.start]))
    ]
    # "Fighters from the Islamic State", "militants of al-Shabaab": the named actor is the one meant.
    found = [
        a
        for i, a in enumerate(found)
        if not (
            a.kind in {"generic", "state_unknown"}
            and i + 1 < len(found)
            and found[i + 1].kind in {"named", "military"}
            and re.fullmatch(
                r"\s+(?:from|of|belonging to|loyal to)\s+(?:the\s+)?(?:(?:armed|military)\s+wing\s+of\s+(?:the\s+)?)?",
                text[a.end : found[i + 1].start],
            )
        )
    ]
    # "Taliban fighters", "IS militants": the common noun is the named actor's head, not another actor.
    return [
        a
        for i, a in enumerate(found)
        if not (
            a.kind == "generic"
            and i > 0
            and found[i - 1].kind in {"named", "military"}
            and text[found[i - 1].end : a.start].strip() == ""
        )
    ]


# A word of a name: letters and digits, apostrophes, hyphened parts ("Jaish-e-Fursan-e-Muhammad", "al-Adl").
_TOKEN = re.compile(r"[^\W_][\w'’]*(?:-[^\W_][\w'’]*)*")


@dataclass(frozen=True)
class _UnseenRules:
    data: UnseenGroups
    heads: dict[str, tuple[int, bool]]  # head as written → inter, needs a doer cue
    lower_heads: dict[str, tuple[int, bool]]  # heads also written in lower case ("cartel")
    of_states: frozenset[str]  # heads a state's possessive makes that state's body
    state_words: frozenset[str]  # every word of every state's names, adjectives and metonyms
    doer_before: re.Pattern[str]
    doer_after: re.Pattern[str]
    not_groups: frozenset[str]


@cache
def _unseen_rules() -> _UnseenRules | None:
    lex = actor_lexicon()
    data = lex.unseen_groups
    if data is None:
        return None
    heads: dict[str, tuple[int, bool]] = {}
    lower_heads: dict[str, tuple[int, bool]] = {}
    of_states = {w for head in data.heads if head.of_states for w in head.words}
    for head in data.heads:
        for word in head.words:
            heads[word] = (head.inter, head.needs_doer)
            if head.lowercase:
                lower_heads[word.lower()] = (head.inter, head.needs_doer)
    state_words = {
        w
        for state in lex.states
        for phrase in [*state.names, *state.adjectives, *state.metonyms]
        for w in re.split(r"[\s\-]+", _norm(phrase))
    }
    return _UnseenRules(
        data=data,
        heads=heads,
        lower_heads=lower_heads,
        of_states=frozenset(of_states),
        state_words=frozenset(state_words),
        doer_before=re.compile(rf"{WORD_START}{alternation(data.doer_before)}\s+(?:the\s+)?$", re.IGNORECASE),
        doer_after=re.compile(rf"^(?:['’]s)?\s+{alternation(data.doer_after)}{WORD_END}", re.IGNORECASE),
        not_groups=frozenset(_norm(n) for n in data.not_groups),
    )


def _bare(word: str) -> str:
    """A word without its possessive ending: "Cartel's" → "Cartel"."""
    return re.sub(r"['’]s?$", "", word)


def _headline(text: str, at: int) -> bool:
    """The line holding `at` is written in title case (a headline): its capitals name nothing."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_][\w'’\-]*", text[start : end if end >= 0 else len(text)])
    # title case leaves only short function words ("of", "with", "from") in lower case
    return len(words) >= 4 and not any(w.islower() and len(w) > 4 for w in words)


def unseen_groups(text: str) -> list[tuple[int, int, str, int]]:
    """Named armed groups the gazetteer lacks (actors.yaml `unseen_groups`): (start, end, name, inter),
    possibly overlapping one another or known actors (the caller keeps the first free span)."""
    rules = _unseen_rules()
    if rules is None:
        return []
    data = rules.data
    tokens = list(_TOKEN.finditer(text))
    particles = set(data.particles)
    stops = set(data.stop_words)

    def joined(a: int, b: int) -> bool:  # tokens a and b (a < b, adjacent) are one stretch of a name
        return re.fullmatch(r"[ \t]+", text[tokens[a].end() : tokens[b].start()]) is not None

    def particle(word: str) -> bool:  # "al", "wal-Jihad", "de"
        first = word.split("-")[0]
        return first in particles and (first == word or word[len(first) + 1 :][:1].isupper())

    def capital(word: str) -> bool:
        return (word[:1].isupper() or word[:1].isdigit()) and word not in stops

    def linked(word: str) -> bool:  # "Iran-backed", "Kurdish-led"
        return "-" in word and word.rsplit("-", 1)[1].lower() in data.link_suffixes

    def possessive_ok(word: str) -> bool:
        return not re.search(r"['’]s?$", word) or word.lower().replace("’", "'") in data.possessives

    found: list[tuple[int, int, str, int]] = []

    def consider(first: int, last: int, head: int | None, inter: int, needs_doer: bool) -> None:
        start, end = tokens[first].start(), tokens[last].end()
        if re.search(r"['’]s$", text[start:end]):
            end -= 2
        words = [t.group(0) for t in tokens[first : last + 1]]
        name = re.sub(r"\s+", " ", text[start:end]).replace("’", "'")
        if head is not None and words[head - first].islower():  # "the Gulf cartel" → Gulf Cartel
            name = name[: len(name) - len(_bare(words[head - first]))] + _bare(words[head - first]).title()
        if _norm(name) in rules.not_groups or _headline(text, start):
            return
        chunks = {c.lower() for w in words for c in [_bare(w), *_bare(w).split("-")]}
        if chunks & set(data.not_group_words):
            return
        modifiers = [
            _norm(_bare(w))
            for i, w in enumerate(words, first)
            if i != head and not particle(w) and w not in data.tail_links
        ]
        if all(m in rules.state_words or m in data.state_body_words for m in modifiers):
            return  # "Pakistan Army", "Special Forces", "Mexican cartels": a state's body or no name
        owner = re.search(r"([^\W\d_][\w\-]*)['’]s\s+$", text[max(0, start - 40) : start])
        if (
            owner
            and head is not None
            and _bare(words[head - first]) in rules.of_states
            and (_norm(owner.group(1)) in rules.state_words)
        ):
            return  # "Cuba's Revolutionary Armed Forces": the state's own
        if needs_doer and not (
            rules.doer_before.search(text, max(0, start - 40), start)
            or rules.doer_after.match(text[end : end + 60])
        ):
            return
        cue = re.match(r"(?:['’]s)?\s+([a-z]+)", text[end : end + 30])
        found.append((start, end, name, data.inter_after.get(cue.group(1), inter) if cue else inter))

    for i, tok in enumerate(tokens):
        word = _bare(tok.group(0))
        head_rule = rules.heads.get(word) or (rules.lower_heads.get(word) if word.islower() else None)
        if head_rule is not None and not (  # "Resistance Committee": the name goes on to its head
            i + 1 < len(tokens) and joined(i, i + 1) and capital(tokens[i + 1].group(0))
        ):
            first = i
            while first > 0 and joined(first - 1, first):
                before = tokens[first - 1].group(0)
                if not possessive_ok(before) or linked(before) or not (capital(before) or particle(before)):
                    break
                first -= 1
            while first < i and tokens[first].group(0) in particles:
                first += 1
            last = i
            while (
                not word.islower()
            ):  # "Front for the Liberation of the Enclave of Cabinda", "Cartel de Caborca"
                k = last
                while k + 1 < len(tokens) and joined(k, k + 1) and tokens[k + 1].group(0) in data.tail_links:
                    k += 1
                n = k
                while n + 1 < len(tokens) and joined(n, n + 1) and capital(tokens[n + 1].group(0)):
                    n += 1
                if not n > k > last:
                    break
                last = n
            # "47th Brigade": a state's unit
            if (first < i or last > i) and not tokens[first].group(0)[:1].isdigit():
                consider(first, last, i, *head_rule)
        if (
            word.split("-")[0] in data.prefixes
            and word[:1].isupper()
            # the prefix starts the name: "Pakistan Tehreek-e-Insaf" is another name
            and not (i > 0 and joined(i - 1, i) and capital(tokens[i - 1].group(0)))
        ):
            last = i
            while last + 1 < len(tokens) and joined(last, last + 1):
                after = tokens[last + 1].group(0)
                if not possessive_ok(after) or not (capital(after) or particle(after)):
                    break
                last += 1
            while last > i and tokens[last].group(0) in particles:
                last -= 1
            words = [t.group(0) for t in tokens[i : last + 1]]
            has_particle = any(particle(w) for w in words[1:]) or any(
                part in particles for part in words[0].split("-")[1:]
            )
            if last > i or "-" in words[0]:
                inter_of_head = rules.heads.get(_bare(words[-1]), (data.prefix_inter, False))[0]
                consider(i, last, None, inter_of_head, not has_particle)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    return found


@cache
def _ally_before() -> re.Pattern[str]:
    lex = actor_lexicon()
    if not lex.ally_heads or not lex.ally_cues:
        return re.compile(r"(?!x)x")
    heads = "|".join(phrase_regex(h) for h in sorted(lex.ally_heads, key=len, reverse=True))
    cues = "|".join(phrase_regex(c) for c in sorted(lex.ally_cues, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w\-])(?:(?:pro-government|government|allied)\s+)?(?:{heads})\s+(?:{cues})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _allies_as_their_principal(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """ "Forces allied with the Tripoli government", "fighters loyal to the Syrian government": the
    unnamed fighters are the actor named after the cue (actors.yaml ally_heads/ally_cues) — a named
    group, or a state's forces when its government, name or forces are named."""
    out: list[ActorMention] = []
    for m in found:
        if m.kind not in {"named", "government", "country", "military"}:
            out.append(m)
            continue
        ally = _ally_before().search(text, max(0, m.start - 60), m.start)
        if ally is None:
            out.append(m)
            continue
        out = [a for a in out if a.end <= ally.start()]  # the head itself ("Forces", "fighters")
        if m.kind == "named":
            kind: MentionKind = "named"
        else:
            kind = "military" if m.actor_id else "state_unknown"
        out.append(ActorMention(ally.start(), m.end, text[ally.start() : m.end], kind, m.actor_id, m.inter))
    return out


@cache
def _states_by_iso() -> dict[str, State]:
    return {s.iso2: s for s in actor_lexicon().states}


def state_country_name(iso2: str) -> str | None:
    state = _states_by_iso().get(iso2)
    return state.country if state else None


def state_forces_name(iso2: str) -> str:
    state = _states_by_iso()[iso2]
    return f"Military Forces of {state.country}" + (f" ({state.since}-)" if state.since else "")


def police_name(iso2: str) -> str:
    state = _states_by_iso()[iso2]
    return f"Police Forces of {state.country}" + (f" ({state.since}-)" if state.since else "")


def government_name(iso2: str) -> str:
    state = _states_by_iso()[iso2]
    return f"Government of {state.country}" + (f" ({state.since}-)" if state.since else "")


@cache
def _named_by_id() -> dict[str, tuple[str, int, str | None]]:
    return {a.id: (a.name, a.inter, a.country) for a in actor_lexicon().actors}


@cache
def _affiliations() -> dict[str, str]:
    return {a.id: a.affiliate_of for a in actor_lexicon().actors if a.affiliate_of}


def named_generics() -> dict[str, set[str]]:
    """Named actor id → the common nouns that may refer back to it."""
    return {a.id: {_norm(g) for g in a.generic} for a in actor_lexicon().actors}


def named_country(actor_id: str, iso_of_name: dict[str, str]) -> str | None:
    """The ISO code of a named actor's home country, when the gazetteer gives one."""
    named_id = _contextual_id(actor_id, None)
    if named_id is None or named_id.startswith(_UNSEEN):
        return None
    home = _named_by_id()[named_id][2]
    return iso_of_name.get(home) if home else None


def state_of_adjective(word: str) -> str | None:
    """The ISO code of the state a nationality adjective names ("Russian" → RU), else None."""
    state = _compiled().state_by_word.get(_norm(word))
    return state.iso2 if state is not None and word in state.adjectives else None


def generic_kind_of(word: str) -> str | None:
    """The unnamed-actor kind a common noun names ("jihadists" → Unidentified Armed Group)."""
    return _compiled().generic_kind.get(_norm(word))


def normalized(text: str) -> str:
    return _norm(text)


def resolve_name(
    mention: ActorMention,
    event_country: str | None,
    country_name: str | None,
    prefer_government: bool = False,
) -> ResolvedActor | None:
    """The canonical name and inter code of a (non-anaphor) mention for an event in `event_country`."""
    if mention.kind == "named":
        named_id = _contextual_id(mention.actor_id, event_country)
        if named_id is None:
            unnamed = _unnamed_kind(mention.actor_id)
            if unnamed is not None:
                return ResolvedActor(
                    f"{unnamed.kind} ({country_name})" if country_name else unnamed.kind,
                    unnamed.inter,
                    None,
                    event_country if unnamed.affiliate else None,
                )
            return ResolvedActor(
                f"Rebel Forces ({country_name})" if country_name else "Rebel Forces", 2, None
            )
        if named_id.startswith(_UNSEEN):
            return ResolvedActor(named_id[len(_UNSEEN) :], mention.inter, None)
        name, inter, _ = _named_by_id()[named_id]
        return ResolvedActor(name, inter, None, _affiliations().get(named_id))
    if mention.kind in {"military", "government", "country"}:
        # a leader or "the federal government" of no named state: the event country's
        iso2 = mention.actor_id or event_country or ""
        if iso2 not in _states_by_iso():
            return None
        government = mention.kind == "government" or (mention.kind == "country" and prefer_government)
        if government:
            return ResolvedActor(government_name(iso2), 1 if iso2 == event_country else 8, iso2)
        inter = 1 if event_country is None or iso2 == event_country else 8
        return ResolvedActor(state_forces_name(iso2), inter, iso2)
    if mention.kind == "police":
        iso2 = mention.actor_id or event_country or ""
        if iso2 in _states_by_iso():
            return ResolvedActor(police_name(iso2), 1, iso2)
        return ResolvedActor(
            f"Police Forces of {country_name}" if country_name else "Police Forces", 1, iso2 or None
        )
    if mention.kind == "state_unknown" and mention.actor_id in _states_by_iso():
        return ResolvedActor(
            state_forces_name(mention.actor_id),
            1 if mention.actor_id == event_country else 8,
            mention.actor_id,
        )
    if mention.kind == "state_unknown":
        if event_country and event_country in _states_by_iso():
            return ResolvedActor(state_forces_name(event_country), 1, event_country)
        return ResolvedActor(
            f"Military Forces of {country_name}" if country_name else "Military Forces", 1, event_country
        )
    if mention.kind == "generic":
        suffix = f" ({country_name})" if country_name else ""
        return ResolvedActor(f"{mention.actor_id}{suffix}", mention.inter, None)
    return None
