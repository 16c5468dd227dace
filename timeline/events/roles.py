"""Who did what to whom in one clause: actor1, its allies, actor2, and the speaker of reported speech.

Positions decide roles, as in English word order: actors before the trigger are its subject
(actor1 and, when coordinated or "backed by", assoc_actor_1), the first actor after it is its
object (actor2). A passive ("were targeted by") or an agent-after trigger ("fell to") swaps them.
Anaphors ("them", "the group") and common nouns ("militants") take the last fitting actor named
earlier in the article.

Attribution past the clause (data/attribution.yaml), at the end of this module: owners inside a noun
phrase ("government air strikes"), the article's one air power for an air strike told without a doer,
claims of responsibility, and who is never a doer (a place's holder, who reacts to a deed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from timeline.events.actors import (
    ActorMention,
    ResolvedActor,
    find_actors,
    generic_kind_of,
    named_generics,
    normalized,
    resolve_name,
    state_of_adjective,
)
from timeline.events.coreference import interaction
from timeline.events.lexicon import actor_lexicon, attribution_lexicon, trigger_lexicon
from timeline.events.patterns import alternation, phrase_regex
from timeline.events.spans import SpanIndex
from timeline.events.triggers import pattern_regex
from timeline.models import Event, EventType, SubEventType

_SUPPORT_BEFORE = re.compile(
    r"(?:backed|supported|aided|assisted|helped|covered|escorted)\s+by\s+$|with\s+the\s+(?:support|help|backing|aid)\s+of\s+$"
    r"|alongside\s+$|along\s+with\s+$|and\s+allied\s+$|with\s+$",
    re.IGNORECASE,
)
# "with Ethiopian and Eritrean troops capturing": between the actor and a gerund trigger, only more actors
_ABSOLUTE_WITH = re.compile(r"(?:\s*(?:,|and)?\s+[A-Z][\w\-]*(?:\s+[a-z]+)?)*\s*(?:,|and)?\s*(?=\w+ing\b)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "Hideouts were targeted in the missile strikes": a passive verb between the subject and a
# nominal trigger makes the subject its target.
_PASSIVE_BETWEEN = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:\w+ed|hit|struck|shot|bombed|targeted)\b",
    re.IGNORECASE,
)
_DOER_BY = re.compile(
    r"\b(?:led|carried out|conducted|launched|staged|mounted|claimed)?\s*by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:suspected\s+|alleged\s+|unidentified\s+|armed\s+|paramilitary\s+|militant\s+|rebel\s+)?$"
)
_NOMINAL_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|multiple|several|many|two|three|four|five|its|their|his|her|this|that|these|those|of|in|"
    r"new|fresh|heavy|deadly|further)|\d+|[A-Z][\w\-]+)\s+$"
)


def _nominal(text: str, start: int, end: int | None = None) -> bool:
    """ "multiple airstrikes", "a Russian attack": the trigger is a noun phrase's head, not a verb.
    "Shelling by the RSF", "a drone strike by Mali's army": a noun with its agent after "by"."""
    if _NOMINAL_BEFORE.search(text[max(0, start - 20) : start]) is not None:
        return True
    if end is None:
        return False
    word = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    return not word.endswith("ed") and re.match(r"\s+by\b", text[end : end + 5]) is not None


_BY_BEFORE = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:suspected\s+|alleged\s+|unidentified\s+|armed\s+|paramilitary\s+)?$",
    re.IGNORECASE,
)


@dataclass
class Roles:
    actor1: ResolvedActor | None = None
    assoc_actor_1: list[ResolvedActor] = field(default_factory=list)
    actor2: ResolvedActor | None = None
    assoc_actor_2: list[ResolvedActor] = field(default_factory=list)


_ANTECEDENT_WINDOW = 3000  # characters


@dataclass
class ActorContext:
    """What the article has said so far, for anaphors and common nouns."""

    text: str
    mentions: SpanIndex[ActorMention]
    event_country: str | None
    country_name: str | None
    prefer_government: bool = False
    speaker: ActorMention | None = None  # in reported speech, who "they"/"its forces" may be

    def resolve(self, mention: ActorMention, exclude: set[str] | None = None) -> ResolvedActor | None:
        exclude = exclude or set()
        if mention.kind == "state_anaphor":
            # "its forces": the speaker's, else the group the story is about ("JNIM has stepped up attacks.
            # In March, its fighters killed …"), else the last state named.
            # A speaker told after the clause ("On January 3, its fighters seized Bangassou, MINUSCA said")
            # yields to the group the story is about.
            speaker_first = self.speaker is not None and self.speaker.end <= mention.start
            if speaker_first and self.speaker is not None and self.speaker.kind in _STATE_KINDS:
                return _as_forces(self.speaker, self)
            if speaker_first and self.speaker is not None and self.speaker.kind == "named":
                return self.resolve(self.speaker)
            for subject in (self._subject_before(mention.start), self._own_subject(mention.start)):
                if subject is not None and subject.kind == "named" and subject.armed:
                    return self.resolve(subject)
                if subject is not None and subject.kind == "anaphor" and subject.text.lower() != "it":
                    # "The group drew attention in 2014, when its fighters abducted …": the group meant
                    group = self.resolve(subject)
                    if group is not None and group.inter in {2, 3, 4}:
                        return group
            if self.speaker is not None and self.speaker.kind in _STATE_KINDS:
                return _as_forces(self.speaker, self)
            if self.speaker is not None and self.speaker.kind == "named":
                return self.resolve(self.speaker)
            for m in self.mentions.reversed_before(mention.start):
                if m.end <= mention.start and m.kind in _STATE_KINDS:
                    return _as_forces(m, self)
            return None
        if (
            mention.kind == "anaphor"
            and self.speaker is not None
            and mention.text.lower() in {"they", "it"}
            and 0 <= mention.start - self.speaker.end < 40
        ):
            # "Police said they had arrested ...": the speaker speaks of itself.
            return self.resolve(self.speaker)
        if mention.kind == "anaphor" and mention.text.lower() == "it":
            # "The army has had the upper hand. It recaptured …": the subject of the sentence before —
            # nothing else ("it" is too common to take just any actor named earlier).
            subject = self._subject_before(mention.start)
            if subject is not None and subject.kind == "anaphor" and subject.text.lower() == "it":
                return self.resolve(subject)  # "In December, it captured X. Later that month it overran Y"
            if subject is None or subject.kind in {"anaphor", "generic"}:
                return None
            if subject.kind in _STATE_KINDS:
                return _as_forces(subject, self)
            return self.resolve(subject)
        if mention.kind == "anaphor":
            # "them", "they": any armed actor; "the rebels", "the militants": a non-state one.
            any_armed = normalized(mention.text) in {"them", "they", "the two sides", "both sides"}
            if not any_armed:
                # "At home, it claimed a bombing in March …. The group was also behind …": the group the
                # sentence before is about, not one named in passing ("the Taliban's heartland")
                topic = self._subject_before(mention.start)
                if topic is not None and topic.kind in {"named", "anaphor"} and topic.text.lower() != "they":
                    group = self.resolve(topic) if topic.start < mention.start else None
                    if group is not None and group.inter in {2, 3, 4} and group.name not in exclude:
                        return group
            found = self._antecedent(
                mention.start,
                exclude,
                lambda m: (
                    m.armed
                    and m.kind not in {"government", "police", "country"}  # "fired from Yemen. They …"
                    and (any_armed or (m.kind in {"named", "generic"} and m.inter in {2, 3, 4}))
                ),
            )
            if found is not None:
                return found
            # "The jihadists overran ..." with no one named before: an unnamed actor of that kind.
            word = normalized(mention.text).removeprefix("the ")
            kind = generic_kind_of(word)
            if kind is None:
                return None
            later = self._identified_later(mention)
            if later is not None:
                return later
            generic = ActorMention(
                mention.start, mention.end, mention.text, "generic", kind, 2 if kind == "Rebel Forces" else 3
            )
            return resolve_name(generic, self.event_country, self.country_name)
        if (
            mention.kind == "state_unknown"
            and not mention.actor_id
            and not re.search(r"government|regime|security", mention.text, re.IGNORECASE)
        ):
            # "the air force", "government forces": the event country's own, when the article names
            # that state at all; else the state whose forces were last named ("the Israeli military
            # ... the air force targeted ... in Jabaliya").
            owner = self._paragraph_forces(mention)
            if owner is not None:
                return _as_forces(owner, self)
            named_states = {m.actor_id for m in self.mentions.items if m.kind in _STATE_KINDS}
            if self.event_country not in named_states:
                last = next(
                    (m for m in self.mentions.reversed_before(mention.start) if m.kind == "military"), None
                )
                if last is not None and mention.start - last.end < _ANTECEDENT_WINDOW:
                    return _as_forces(last, self)
        if mention.kind == "generic":
            word = normalized(mention.text)
            generics = named_generics()
            referent = self._antecedent(
                mention.start,
                exclude,
                lambda m: m.kind == "named" and word in generics.get(m.actor_id, set()),
            )
            if referent is not None:
                return referent
            if mention.actor_id in {"Rebel Forces", "Unidentified Armed Group"}:
                later = self._identified_later(mention)
                if later is not None:
                    return later
        return resolve_name(mention, self.event_country, self.country_name, self.prefer_government)

    def _identified_later(self, mention: ActorMention) -> ResolvedActor | None:
        """ "Rebels launched a dawn attack ... The attackers belonged to the CPC": the named armed group
        a later unnamed mention is said to belong to (actors.yaml membership_verbs)."""
        verbs = _membership()
        for m in self.mentions.starting_in(mention.end, mention.end + _ANTECEDENT_WINDOW):
            if m.kind not in {"generic", "anaphor"}:
                continue
            said = verbs.match(self.text, m.end)
            if said is None:
                continue
            group = next(iter(self.mentions.starting_in(said.end(), said.end() + 5)), None)
            if group is not None and not re.fullmatch(r"(?:the\s+)?", self.text[said.end() : group.start]):
                group = None
            resolved = self.resolve(group) if group is not None and group.kind == "named" else None
            if resolved is not None and resolved.inter in {2, 3, 4}:
                return resolved
        return None

    def _paragraph_forces(self, mention: ActorMention) -> ActorMention | None:
        """The state whose forces the paragraph is about, for forces it does not own ("the IDF said
        fighter jets struck ..."): the last state forces named in the paragraph before `mention`,
        else a state's military speaking of it ("..., according to the Israel Defense Forces")."""
        start = self.text.rfind("\n", 0, mention.start) + 1
        for m in self.mentions.reversed_before(mention.start):
            if m.start < start:
                break
            if m.end <= mention.start and m.kind == "military" and m.actor_id:
                return m
        if self.speaker is not None and self.speaker.kind == "military" and self.speaker.actor_id:
            return self.speaker
        return None

    def _subject_before(self, pos: int) -> ActorMention | None:
        """The subject of the sentence before `pos`'s own: its first actor, when it opens that
        sentence (after at most an opening phrase), and `pos` opens its own clause."""
        text = self.text
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos + 2) if m.end() <= pos]
        own = ends[-1] if ends else 0
        if not _OPENS_CLAUSE.fullmatch(text, own, pos):
            return None  # "struck it", "from it": no subject
        previous = ends[-2] if len(ends) > 1 else 0
        for m in self.mentions.starting_in(previous, own):
            return m if _OPENS_CLAUSE.fullmatch(text, previous, m.start) else None
        return None

    def _own_subject(self, pos: int) -> ActorMention | None:
        """The subject of `pos`'s own sentence: its first actor, when it opens the sentence (after at
        most an opening phrase) and stands before `pos`."""
        text = self.text
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos + 2) if m.end() <= pos]
        own = ends[-1] if ends else 0
        for m in self.mentions.starting_in(own, pos):
            return m if m.end <= pos and _OPENS_CLAUSE.fullmatch(text, own, m.start) else None
        return None

    def _antecedent(
        self, before: int, exclude: set[str], fits: Callable[[ActorMention], bool]
    ) -> ResolvedActor | None:
        for m in self.mentions.reversed_before(before):
            if before - m.end > _ANTECEDENT_WINDOW:
                break  # referents are named within the last few paragraphs
            if m.end > before or m.kind == "anaphor" or not fits(m):
                continue
            resolved = self.resolve(m)
            if resolved is not None and resolved.name not in exclude:
                return resolved
        return None


@cache
def _membership() -> re.Pattern[str]:
    verbs = actor_lexicon().membership_verbs
    alternatives = "|".join(phrase_regex(v) for v in sorted(verbs, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"\s+(?:{alternatives})\s+", re.IGNORECASE)


def _verb_first(text: str, start: int) -> bool:
    """Whether a trigger opens with a verb ("killed 37 attackers") rather than a noun phrase."""
    word = re.match(r"[A-Za-z]+", text[start : start + 30])
    if word is None:
        return False
    return word.group(0).lower().endswith(("ed", "ing", "s", "ew", "ook", "ove", "ught", "ot", "ell"))


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n][\"”’]?\s+[\"“]?)$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\n")
# An opening phrase before a subject: "In December, ", "Later that month ", "On Nov. 17, "
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:[A-Z][\w.]*|[Ll]ater|[Ee]arlier)(?:\s+[\w.]+){0,3},?\s+)?(?:[Tt]he\s+)?"
)

_STATE_KINDS = frozenset({"military", "government", "country", "police"})


def _as_forces(mention: ActorMention, ctx: ActorContext) -> ResolvedActor | None:
    forces = ActorMention(mention.start, mention.end, mention.text, "military", mention.actor_id, 1)
    if mention.kind == "police":
        forces = mention
    return resolve_name(forces, ctx.event_country, ctx.country_name)


_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+)?$")
_SUPPORT_OBJECT = re.compile(
    r"(?:support|help|backing|cover|assistance)\s+(?:from|of)\s+(?:the\s+)?$|(?:backed|supported)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_ACCUSES = re.compile(
    r"\b(?:blames?|blamed|blaming|accuses?|accused|accusing|held responsible|holds responsible)\b", re.I
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|[\w]+['’]s)\s+$", re.IGNORECASE)
_FROM_A = re.compile(r"\s+(?:from|of|belonging to)\s+(?:a|an|the)\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:into|onto|at|against|near|outside|inside|towards?|upon)\s+"
    r"(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z\-]+\s+){0,2}$"
)
_TARGET_BEFORE = re.compile(r"\b(?:attacks?|strikes?|assaults?|raids?)\s+(?:on|against)\s+(?:the\s+)?$", re.I)
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|hosted|facilitated|sponsored|overseen|chaired)\s+by\s+(?:[\w'’\-]+\s+){0,4}?(?:and\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _defence() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "repelled" + " a Russian assault": the defence verb at the trigger, and what it fended off
    (up to three words before the assault noun, where the assailant is named)."""
    lex = trigger_lexicon()
    verbs = "|".join(pattern_regex(v, lex.irregular_verbs) for v in lex.defence.verbs)
    nouns = "|".join(phrase_regex(n) for n in sorted(lex.defence.assaults, key=len, reverse=True))
    return (
        re.compile(rf"(?:{verbs})", re.IGNORECASE),
        re.compile(
            rf"\s+(?:a|an|the|another|several|repeated|renewed|fresh|new|major|large)?\s*"
            rf"(?P<by>(?:[\w'’\-]+\s+){{0,3}}?)(?:{nouns})\b",
            re.IGNORECASE,
        ),
    )


def _assailants(text: str, start: int, objects: list[ActorMention]) -> list[ActorMention]:
    """ "repelled a Russian assault", "fought off an attack by jihadists": the actors named with what
    the clause's subject fended off."""
    verbs, fended = _defence()
    verb = verbs.match(text, start)
    if verb is None:
        return []
    what = fended.match(text, verb.end())
    if what is None:
        return []
    named = [m for m in objects if what.start("by") <= m.start and m.end <= what.end()]
    if not named:
        # "repelled a Russian assault": a bare nationality adjective names that state's forces
        for word in re.finditer(r"[A-Z][\w\-]+", text[what.start("by") : what.end()]):
            iso2 = state_of_adjective(word.group(0))
            if iso2 is not None:
                at = what.start("by") + word.start()
                named = [ActorMention(at, at + len(word.group(0)), word.group(0), "military", iso2, 1)]
                break
    by = re.match(r"\s+(?:by|from)\s+(?:the\s+)?", text[what.end() :])
    if not named and by is not None:
        after = what.end() + by.end()
        named = [m for m in objects if m.start == after]
    return named


@cache
def _as_clause_nouns() -> frozenset[str]:
    return frozenset(normalized(n) for n in actor_lexicon().as_clause_doer_nouns)


_AS_CLAUSE = re.compile(r",?\s+(?:even\s+)?(?:as|while)\s+")
# the clause's verb after its subject (and an apposition): "pushed", "advanced", "were pushing"
_AS_CLAUSE_VERB = re.compile(
    r"(?:,[^,.]{1,60},)?\s+(?:\w+ly\s+)?(?:\w+ed|were\s+\w+ing|was\s+\w+ing|fought|drove)\b"
)


def _as_clause_subject(ctx: ActorContext, trigger_start: int, trigger_end: int) -> ActorMention | None:
    """ "Heavy fighting broke out as the junta's column pushed towards the town": the armed subject
    of an "as" clause after a doerless clash trigger (actors.yaml as_clause_doer_nouns)."""
    text = ctx.text
    words = normalized(text[trigger_start:trigger_end]).split()
    head = (
        " ".join(words[-2:]) if " ".join(words[-2:]) in _as_clause_nouns() else (words[-1] if words else "")
    )
    if head not in _as_clause_nouns():
        return None
    end = _SENTENCE_END.search(text, trigger_end)
    stop = end.start() + 1 if end is not None else len(text)
    for conj in _AS_CLAUSE.finditer(text, trigger_end, stop):
        subject = next(iter(ctx.mentions.starting_in(conj.end(), conj.end() + 5)), None)
        if subject is None or not re.fullmatch(r"(?:the\s+)?", text[conj.end() : subject.start]):
            continue
        if not subject.armed or subject.kind in {"anaphor", "government"}:
            return None
        if _AS_CLAUSE_VERB.match(text, subject.end, stop) is None:
            return None
        return subject
    return None


def assign_roles(
    ctx: ActorContext,
    clause_mentions: list[ActorMention],
    trigger_start: int,
    trigger_end: int,
    agent_after: bool,
) -> Roles:
    text = ctx.text
    subjects: list[ActorMention] = []
    supporters: list[ActorMention] = []
    objects: list[ActorMention] = []
    # "Russian air raids", "a Houthi drone": an actor inside the trigger's own phrase is its doer,
    # whatever the voice of the clause ("11 civilians were killed in Russian air raids").
    owners = [
        m
        for m in clause_mentions
        if m.start < trigger_start < m.end
        or (m.start < trigger_start and m.end >= trigger_end)
        or (m.start == trigger_start and m.end == trigger_end and m.armed)  # "suicide attackers"
    ]
    for i, m in enumerate(clause_mentions):
        if m in owners:
            continue
        follower = clause_mentions[i + 1] if i + 1 < len(clause_mentions) else None
        if (
            m.kind in {"state_unknown", "generic"}
            and follower is not None
            and follower.kind in {"named", "military"}
            and _FROM_A.fullmatch(text, m.end, follower.start)
        ):
            continue  # "Warplanes from a Saudi-led coalition": the coalition's, named next
        if m.kind == "country" and _FROM_BEFORE.search(text[max(0, m.start - 6) : m.start]):
            continue  # "two rockets were fired from Lebanon": where it came from, no party to it
        if (
            m.kind in {"country", "government"}
            and m.end < trigger_start
            and not text[m.end : trigger_start].strip()
            and _DETERMINER_BEFORE.search(text[max(0, m.start - 15) : m.start])
        ):
            continue  # "casualties from the Beirut strike": a place's name inside the deed's noun phrase
        if m.start < trigger_start or (m.start == trigger_start and m.end < trigger_end):
            if _TARGET_BEFORE.search(text[max(0, m.start - 20) : m.start]):
                # "attacks on US troops, including a drone attack": a target named before, no doer
                objects.append(m)
                continue
            if _PREPOSITION_BEFORE.search(text[max(0, m.start - 40) : m.start]) or _holder_by(
                text, max(0, m.start - 40), m.start
            ):
                # "drove a truck into a police compound …, in one of the deadliest attacks", "pagers
                # used by Hezbollah members exploded": where the deed went, or who held it, no subject
                objects.append(m)
                continue
            support = _SUPPORT_BEFORE.search(text[max(0, m.start - 40) : m.start])
            if (
                support is not None
                and support.group(0).lower().startswith("with")
                and _ABSOLUTE_WITH.match(text, m.end, trigger_end)
            ):
                support = None  # "with Ethiopian and Eritrean troops capturing X": they did it
            (supporters if support else subjects).append(m)
        elif (
            m.end == trigger_end
            and m.start > trigger_start
            and m.armed
            and not _verb_first(text, trigger_start)
        ):
            # the trigger's head noun is its doer: "suicide attackers" (but "killed 37 attackers" is no doer)
            subjects.append(m)
        else:  # after the trigger, or inside its gap: "drove them out"
            objects.append(m)
    # "Yemenis marched to denounce an air strike", "the ministry did not report casualties from the
    # strike": who reacts to a deed is no doer (attribution.yaml `reactions`)
    subjects = [m for m in subjects if not _reaction().search(text, m.end, trigger_start)]
    # "Ankara blames the PKK for the bombing": the accuser is no doer (nor, by that alone, the accused)
    subjects = [
        m
        for m in subjects
        if not _ACCUSES.search(text[m.end : trigger_start])
        and not (
            _ACCUSES.search(text[max(0, m.start - 40) : m.start])
            and re.search(r"\bfor\b", text[m.end : trigger_start])
        )
    ]
    trigger_word = text[trigger_start:trigger_end].split()[0].lower() if trigger_end > trigger_start else ""
    passive = (
        _PASSIVE_BEFORE.search(text[max(0, trigger_start - 30) : trigger_start]) is not None
        and not trigger_word.endswith("ing")  # "are fighting" is progressive, not passive
    )
    # "drones launched by Russian forces": a participle with its agent.
    passive = passive or (
        bool(re.match(r"\s+by\b", text[trigger_end : trigger_end + 5]))
        and text[trigger_start:trigger_end].endswith("ed")
    )
    if subjects and not passive:
        passive = _PASSIVE_BETWEEN.search(text[subjects[-1].end : trigger_start]) is not None
    # The object stands near the trigger: past a comma ("..., killing six soldiers") only when
    # nothing stands before it, and never for agreements (the comma opens another matter).
    comma = text.find(",", trigger_end)
    near = [m for m in objects if comma < 0 or m.start < comma]
    objects = near or ([] if ctx.prefer_government else objects)
    # "X and Y agreed to a ceasefire in talks mediated by Saudi Arabia": the go-between is no party
    # to it — unless no party is named ("a truce brokered by the US and Russia took effect").
    if subjects:
        objects = [m for m in objects if not _MEDIATOR_BEFORE.search(text[max(0, m.start - 40) : m.start])]
    # "Somali troops came under attack from al-Shabaab": the subject was attacked, the "from" actor did it
    came_under = _CAME_UNDER.search(text[max(0, trigger_start - 40) : trigger_start]) is not None
    passive = passive or came_under
    agents_after = [
        m
        for m in objects
        if _BY_BEFORE.search(text[max(0, m.start - 30) : m.start])
        or (came_under and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start]))
    ]
    # "... with air support from the coalition": an ally, not the target.
    supporters += [m for m in objects if _SUPPORT_OBJECT.search(text[max(0, m.start - 30) : m.start])]
    objects = [m for m in objects if m not in supporters]
    sides = [m for m in objects if _BETWEEN_AFTER.search(text[max(0, m.start - 40) : m.start])]
    if not subjects and sides and (len(objects) >= 2 or (sides[0] is objects[0] and sides[0].armed)):
        # "fighting (south of X) between the army and HTS": both sides follow the trigger (the second
        # may be no actor the gazetteer knows: "between troops loyal to Kiir and Machar").
        first = objects.index(sides[0])
        doers, done_to = objects[first : first + 1], objects[first + 1 :]
    elif agent_after or (passive and trigger_end > trigger_start):
        doers = agents_after or (objects if agent_after else [])
        done_to = subjects
    elif (
        agents_after
        and _nominal(text, trigger_start, trigger_end)
        and _DOER_BY.search(text[max(0, agents_after[0].start - 30) : agents_after[0].start])
        and not _holder_by(text, trigger_end, agents_after[0].start)
    ):
        # "airstrikes led by a Saudi coalition", "an attack by Taliban fighters": the noun's doer follows
        doers, done_to = agents_after, subjects
    else:
        doers, done_to = subjects, objects
        assailants = _assailants(text, trigger_start, objects) if subjects else []
        if assailants:
            # "Ukrainian forces repelled a Russian assault": the assailant began the clash
            doers, done_to = assailants, subjects
    if owners:
        doers, done_to = owners, [m for m in [*subjects, *objects] if m not in owners] if passive else objects
    # "Syrian rebels led by Hayat Tahrir al-Sham": the leader is the doer, the led its associates.
    leaders = [
        m for m in doers if re.search(r"\bled by\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start])
    ]
    if leaders:
        doers = leaders + [m for m in doers if m not in leaders]
    roles = Roles()
    names: list[ResolvedActor] = []
    for m in doers:
        r = ctx.resolve(m)
        if r and r.name not in {n.name for n in names}:
            names.append(r)
    if names:
        roles.actor1, roles.assoc_actor_1 = names[0], names[1:]
    if not names and not owners and _nominal(text, trigger_start):
        # "Russian and Syrian warplanes have pounded rebel-held areas. Air strikes on Idlib killed 11":
        # a doerless strike opening its sentence is the forces that open the sentence before (not a
        # state military's speech: "Israel's military said ... in retaliation for a rocket attack").
        forces = ctx._subject_before(trigger_start)
        if forces is not None and forces.kind == "military" and forces.actor_id:
            r = _as_forces(forces, ctx)
            if r is not None:
                names.append(r)
                roles.actor1 = r
    if roles.actor1 is None and not owners and not any(m.armed for m in subjects) and not passive:
        borrowed = _as_clause_subject(ctx, trigger_start, trigger_end) or _paired_subject(
            ctx, trigger_start, trigger_end
        )
        if borrowed is not None:
            roles.actor1 = ctx.resolve(borrowed)
            if roles.actor1 is not None:
                names.append(roles.actor1)
                done_to = [m for m in done_to if m is not borrowed]
    for m in supporters:
        r = ctx.resolve(m)
        if r and r.name not in {n.name for n in names} and r not in roles.assoc_actor_1:
            roles.assoc_actor_1.append(r)
    taken = {r.name for r in [*names, *roles.assoc_actor_1]}
    for m in done_to:
        r = ctx.resolve(m, exclude=taken)
        if r and r.name not in taken:
            if roles.actor2 is None:
                roles.actor2 = r
            break
    return roles


# ---------------------------------------------------------------- attribution (data/attribution.yaml)


@cache
def _owner_phrase() -> tuple[re.Pattern[str], dict[str, ActorMention]]:
    """ "government air strikes", "a military drone": an owner word right before a military noun, and
    the mention actors.yaml makes of each owner's `as` phrase (its kind and actor id)."""
    owners = attribution_lexicon().owners
    as_mention: dict[str, ActorMention] = {}
    for modifier in owners.modifiers:
        found = find_actors(modifier.as_)
        if found:
            as_mention[modifier.word] = found[0]
    words = alternation(as_mention) if as_mention else r"(?!x)x"
    nouns = alternation(owners.nouns)
    return re.compile(rf"(?<![\w\-])(?P<word>{words})\s+(?:{nouns})\b(?![\-'’])", re.IGNORECASE), as_mention


_POSSESSIVE_OF = re.compile(r"['’]s?\s+")
_COORDINATED_ADJECTIVE = re.compile(r"(?<![\w\-])(?P<adj>[A-Z][a-z]+)\s+and\s+")
_FORCES_HEAD = re.compile(r"(?:\s+[a-z]+)?\s+(?:forces|troops|soldiers|fighters|units|guards)\b")


def owned_forces(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` with the forces named by an owner word inside a noun phrase ("government air strikes",
    "a military drone", "coalition warships") where no mention stands (attribution.yaml `owners`), and
    by a state's adjective coordinated with a group's forces; without a country that only says where
    a named group is from ("Yemen's Houthi rebels")."""
    pattern, as_mention = _owner_phrase()
    spans = [(m.start, m.end) for m in mentions]
    added: list[ActorMention] = []
    for found in pattern.finditer(text):
        if any(s < found.end() and found.start() < e for s, e in spans):
            continue
        if found.group("word")[0].isupper() and not _SENTENCE_OPENING.search(text, 0, found.start()):
            continue  # "the Kachin Independence Army troops", "the Coalition of …": a name's word
        model = as_mention[found.group("word").lower()]
        added.append(
            ActorMention(found.start(), found.end(), found.group(0), model.kind, model.actor_id, model.inter)
        )
    # "Yemen's Houthi rebels", "Nigeria's Boko Haram": the country only says where the group is from
    follows = {m.start: m for m in mentions}
    possessive = {
        id(m)
        for m in mentions
        if m.kind in {"country", "government"}
        and (owned := _POSSESSIVE_OF.match(text, m.end)) is not None
        and (group := follows.get(owned.end())) is not None
        and group.kind == "named"
    }
    if possessive:
        mentions = [m for m in mentions if id(m) not in possessive]
        spans = [(m.start, m.end) for m in mentions]
    # "Pakistani and Afghan Taliban border forces": a state's adjective sharing the forces named next
    starts = {m.start: m for m in mentions}
    for found in _COORDINATED_ADJECTIVE.finditer(text):
        iso2 = state_of_adjective(found.group("adj"))
        following = starts.get(found.end())
        if iso2 is None or following is None or any(s <= found.start() < e for s, e in spans):
            continue
        if following.kind == "named" and _FORCES_HEAD.match(text, following.end):
            end = found.start() + len(found.group("adj"))
            added.append(ActorMention(found.start(), end, found.group("adj"), "military", iso2, 1))
    return sorted([*mentions, *added], key=lambda m: m.start)


@cache
def _aircraft_end() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(attribution_lexicon().air_strikes.aircraft)}$", re.I)


@cache
def _aircraft_word() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(attribution_lexicon().air_strikes.aircraft)}\b", re.I)


def _from_the_air(event: Event) -> bool:
    if event.sub_event_type is SubEventType.AIR_DRONE_STRIKE:
        return True
    trigger = event.evidence.trigger
    if event.sub_event_type is not SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK or trigger is None:
        return False
    at = trigger.start - event.evidence.start
    return _aircraft_word().search(event.evidence.text, at, at + len(trigger.text) + 60) is not None


def air_powers(
    mentions: SpanIndex[ActorMention], events: list[Event], ctx: ActorContext
) -> dict[str, int | None]:
    """The parties the article names as striking from the air, with their inter codes: the doers of
    the air strikes it tells and the owners of the aircraft it names ("Turkish warplanes", "the Syrian
    air force")."""
    # the doers of air strikes, and of missile attacks told with aircraft ("had launched five ballistic
    # missiles and a large number of drones at ...")
    found = {e.actor1: e.inter1 for e in events if e.actor1 and _from_the_air(e)}
    text = ctx.text
    for m in mentions.items:
        # "Turkish warplanes", "the air force", and "Hezbollah drones", "RSF drone strikes"
        owns = _aircraft_end().search(m.text) or (
            text[m.end : m.end + 1] == " " and _aircraft_word().match(text, m.end + 1, m.end + 40)
        )
        if m.kind in {"military", "state_unknown", "named"} and owns:
            r = ctx.resolve(m)
            if r is not None and r.inter in {1, 2, 3, 8}:
                found.setdefault(r.name, r.inter)
    return found


def forces_fighting(mentions: SpanIndex[ActorMention], ctx: ActorContext) -> dict[str, int | None]:
    """The state forces the article names ("fighting between the military and a regional militia"):
    those of the strike's own country, and any foreign forces it names (which make it ambiguous)."""
    found: dict[str, int | None] = {}
    for m in mentions.items:
        if m.kind in {"military", "state_unknown"}:
            r = ctx.resolve(m)
            if r is not None and r.name.startswith("Military Forces"):
                found.setdefault(r.name, r.inter)
    return found


def _party_before(event: Event, mentions: SpanIndex[ActorMention]) -> bool:
    """Whether the strike's sentence names, before it, a party the roles did not make its doer: an
    unresolved "it" ("The group has launched such attacks: it struck Abha airport"), a target ("a
    Turkish military convoy was hit by an air strike")."""
    trigger = event.evidence.trigger
    if trigger is None:
        return False
    return any(
        m.end <= trigger.start and (m.armed or m.kind in {"anaphor", "state_anaphor"})
        for m in mentions.starting_in(event.evidence.start, trigger.start)
    )


def _armed_group(name: str) -> bool:
    """A non-state armed party (a state's military speaks of the enemy's strikes as well as its own)."""
    return not name.startswith(
        ("Government of", "Military Forces", "Police Forces", "Civilians", "Protesters", "Rioters")
    )


def attribute_air_strikes(
    mentions: SpanIndex[ActorMention],
    events: list[Event],
    context_for: Callable[[Event], ActorContext],
    home: str | None,
) -> list[Event]:
    """ACLED's practice for an air or drone strike told with no doer: only a few parties fly aircraft
    in a conflict, so its doer is the one party the article names as striking from the air, else the
    one state whose forces the article names when the strike is in the article's country (`home`). None, or more than one, leave the strike doerless; a
    party that is the strike's target is never its doer."""
    out: list[Event] = []
    for e in events:
        if e.sub_event_type is not SubEventType.AIR_DRONE_STRIKE or e.actor1 is not None:
            out.append(e)
            continue
        ctx = context_for(e)
        # who shoots down drones and missiles defends against air strikes: no striker by that alone
        # ("Ukraine's air force said it had shot down 30 drones. A drone strike on Sumy killed four")
        defenders = {
            d.actor1 for d in events if d.sub_event_type is SubEventType.DISRUPTED_WEAPONS_USE and d.actor1
        }
        parties = {k: v for k, v in air_powers(mentions, events, ctx).items() if k not in defenders}
        how = "the article's air power"
        if not parties and ctx.event_country == home:
            # (not a strike abroad: "it struck Abha airport" in a Yemen story is no Saudi strike; nor
            # foreign forces: "a US warship" in a Yemen story flies no Yemeni air strike)
            parties = forces_fighting(mentions, ctx)
            ambiguous = any(inter != 1 for inter in parties.values()) or defenders & set(parties)
            parties = {} if ambiguous else parties
            how = "the state forces the article names"
        # an armed group telling of the strike may be its doer ("the group had launched drones at
        # targets in the UAE, its spokesman said"): another voice, no fallback
        other_voice = e.claimed_by is not None and e.claimed_by not in parties and _armed_group(e.claimed_by)
        if len(parties) != 1 or e.actor2 in parties or other_voice or _party_before(e, mentions):
            out.append(e)
            continue
        ((name, inter),) = parties.items()
        out.append(
            e.model_copy(
                update={
                    "actor1": name,
                    "inter1": inter,
                    "interaction": interaction(inter, e.inter2),
                    "notes": f"{e.notes}; actor1 as {how}".lstrip("; "),
                }
            )
        )
    return out


@cache
def claim_cue() -> re.Pattern[str]:
    """ "claimed responsibility", "claimed that attack" (attribution.yaml `claims.cues`)."""
    return re.compile(rf"\b{alternation(attribution_lexicon().claims.cues)}\b", re.I)


_CLAIMANT_KINDS = frozenset({"named", "military", "state_unknown", "anaphor", "state_anaphor", "generic"})


_CLAIM_CLAUSE_START = re.compile(r"[;:]|\b(?:but|and|that|while|after|said|says|say)\b", re.IGNORECASE)


def claimant(ctx: ActorContext, sentence_start: int, cue_start: int) -> tuple[str, ActorMention] | None:
    """Who makes a claim of responsibility: the armed party that opens the claim's clause, past an
    apposition ("JNIM, the Sahel branch of al-Qaeda, claimed the attack") and through an anaphor ("At
    home, it claimed a suicide bombing in March")."""
    starts = [m.end() for m in _CLAIM_CLAUSE_START.finditer(ctx.text, sentence_start, cue_start)]
    clause_start = starts[-1] if starts else sentence_start
    for m in ctx.mentions.starting_in(clause_start, cue_start):
        if m.end > cue_start or m.kind not in _CLAIMANT_KINDS:
            continue
        resolved = ctx.resolve(m)
        if resolved is None or resolved.inter not in {1, 2, 3, 4, 8}:
            return None
        return resolved.name, m
    return None


def claimed_deed(
    events: list[Event], name: str, inter: int | None, kind: str, since: int, claim_at: int
) -> list[Event]:
    """ "Jaish-e-Mohammed claimed responsibility": the claimer is the doer of the last deed told before
    the claim (from `since`) that had no doer, or only an unnamed group when a named group claims it.
    The claim stays visible in claimed_by."""
    told = [
        i
        for i, e in enumerate(events)
        if since <= e.evidence.start < claim_at
        and (e.actor1 is None or (e.actor1.startswith("Unidentified Armed Group") and kind == "named"))
    ]
    if not told:
        return events
    i = max(told, key=lambda i: events[i].evidence.start)
    e = events[i]
    claimed = e.model_copy(
        update={
            "actor1": name,
            "inter1": inter,
            "interaction": interaction(inter, e.inter2),
            "claimed_by": name,
            "notes": f"{e.notes}; actor1 as claimed".lstrip("; "),
        }
    )
    return [*events[:i], claimed, *events[i + 1 :]]


def undergoes(text: str, subject_end: int, clause_end: int) -> bool:
    """Whether the subject ending at `subject_end` undergoes its clause's verb ("23 soldiers were
    killed", "the convoy was hit"): a patient, no doer to lend a subordinate clause."""
    return _PASSIVE_BETWEEN.search(text, subject_end, clause_end) is not None


@cache
def _holder_participle() -> re.Pattern[str]:
    participles = alternation(attribution_lexicon().holders.participles)
    return re.compile(rf"\b{participles}\s+by\s+(?:the\s+|a\s+|an\s+)?[\w\-]*\s*$", re.IGNORECASE)


def _holder_by(text: str, trigger_end: int, agent_start: int) -> bool:
    """ "a suicide bomber drove into a compound used by the army": the "by" actor holds a place the
    deed reached (attribution.yaml `holders`), it did not do the deed."""
    return _holder_participle().search(text, trigger_end, agent_start) is not None


_GROUP_NAME = r"(?P<name>[A-Z][\w'’]*(?:[\s\-](?:[A-Z][\w'’]*|e|al|ul|i|wal))*)"


@cache
def _unlisted_apposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    noun = alternation(attribution_lexicon().claims.group_nouns)
    return (
        # "A newly formed group, Jaish-e-Fursan-e-Muhammad, claimed responsibility"
        re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,3}}?(?:{noun}),\s+{_GROUP_NAME},\s*$"),
        # "Tehreek-e-Jihad Pakistan, a little-known militant group, said it had carried out the bombing"
        re.compile(rf"^\s*{_GROUP_NAME},\s+an?\s+(?:[\w\-]+\s+){{0,3}}?(?:{noun}),\s*$"),
    )


def unlisted_group(text: str, sentence_start: int, cue_start: int) -> str | None:
    """The name of a group the gazetteer lacks, told as one in apposition right before its claim: "A
    newly formed group, Jaish-e-Fursan-e-Muhammad, claimed responsibility" (ACLED names such a group
    as reported)."""
    before = text[sentence_start:cue_start]
    for pattern in _unlisted_apposition():
        found = pattern.search(before)
        if found is not None:
            return found.group("name")
    return None


@cache
def _reaction() -> re.Pattern[str]:
    lex = trigger_lexicon()
    verbs = "|".join(pattern_regex(v, lex.irregular_verbs) for v in attribution_lexicon().reactions.verbs)
    return re.compile(rf"(?:{verbs})", re.IGNORECASE)


_BUT_BEFORE = re.compile(r",?\s+(?:but|yet|though|although)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _paired_subject(ctx: ActorContext, trigger_start: int, trigger_end: int) -> ActorMention | None:
    """ "The army and the RSF agreed to a truce, but fighting resumed in Khartoum": a doerless clash
    after "but" is between the two armed parties that open its sentence; the first began it."""
    text = ctx.text
    words = normalized(text[trigger_start:trigger_end]).split()
    if not words or words[-1] not in _as_clause_nouns():
        return None
    if not _BUT_BEFORE.search(text, max(0, trigger_start - 40), trigger_start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, trigger_start) if m.end() <= trigger_start]
    own = ends[-1] if ends else 0
    pair = list(ctx.mentions.starting_in(own, trigger_start))[:2]
    if (
        len(pair) == 2
        and all(m.armed and m.kind not in {"anaphor", "generic"} for m in pair)
        and _OPENS_CLAUSE.fullmatch(text, own, pair[0].start)
        and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[pair[0].end : pair[1].start])
    ):
        return pair[0]
    return None


_DEMONSTRATORS = frozenset({5, 6})  # ACLED inter codes: rioters, protesters


def protesters_first(events: list[Event]) -> list[Event]:
    """ACLED codes a protest or riot with the demonstrators as actor1 and whoever intervened as
    actor2 ("security forces fired tear gas at protesters": Protesters (Iraq) vs the police),
    whoever the sentence makes its subject; a protest whose demonstrators are not named as an
    actor ("broke up a protest by traders") has "Protesters (<country>)". Excessive force against
    protesters keeps the force as actor1."""
    out = []
    for e in events:
        if e.event_type not in (EventType.PROTESTS, EventType.RIOTS) or (
            e.sub_event_type is SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
        ):
            out.append(e)
            continue
        if e.inter2 in _DEMONSTRATORS and e.inter1 not in _DEMONSTRATORS:
            e = e.model_copy(
                update={
                    "actor1": e.actor2,
                    "actor2": e.actor1,
                    "assoc_actor_1": e.assoc_actor_2,
                    "assoc_actor_2": e.assoc_actor_1,
                    "inter1": e.inter2,
                    "inter2": e.inter1,
                }
            )
        elif (
            e.event_type is EventType.PROTESTS
            and e.inter1 not in _DEMONSTRATORS
            and e.actor2 is None
            and e.location is not None
            and e.location.country
        ):
            e = e.model_copy(
                update={
                    "actor1": f"Protesters ({e.location.country})",
                    "actor2": e.actor1,
                    "assoc_actor_2": e.assoc_actor_1,
                    "assoc_actor_1": [],
                    "inter1": 6,
                    "inter2": e.inter1,
                    "interaction": interaction(6, e.inter1),
                }
            )
        out.append(e)
    return out
