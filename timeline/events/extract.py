"""Events of one article: triggers in clauses, with their actors, place, date and status.

The steps, each in its own module: sentences and clauses (sentences.py), trigger candidates
(triggers.py), actor and place mentions (actors.py, places.py), which place an event is at
(locations.py), roles (roles.py), the governing date (dating.py), status and reported speech
(status.py), fatalities (casualties.py). Mentions of one event in several sentences (a headline,
the lead, "the strikes" later on) are merged into one event (coreference.py).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from timeline.events import dating, status
from timeline.events.actors import ActorMention, ResolvedActor, find_actors
from timeline.events.casualties import fatalities_in
from timeline.events.coreference import VIOLENT, headline, highest_tactic, interaction, merge, told_in_body
from timeline.events.lexicon import Place, actor_lexicon, not_place_words, trigger_lexicon
from timeline.events.locations import (
    NEW_PLACE,
    PLACE_ANAPHOR,
    country_name,
    country_of_actors,
    describing,
    in_whole_country,
    localise,
    locate,
    separate,
    to_location,
    with_fallback_place,
    with_places_acted_on,
    without_neighbourhoods,
)
from timeline.events.patterns import WORD_END, WORD_START, alternation, words_regex
from timeline.events.places import (
    UNKNOWN_COUNTRY,
    PlaceMention,
    article_country,
    best_place,
    capital_mentions,
    country_names,
    find_places,
    fold,
    is_capital,
)
from timeline.events.regimes import by_regime
from timeline.events.roles import (
    ActorContext,
    assign_roles,
    attribute_air_strikes,
    claim_cue,
    claimant,
    claimed_deed,
    owned_forces,
    protesters_first,
    undergoes,
    unlisted_group,
)
from timeline.events.sentences import Clause, Sentence, relative_clauses, split_clauses, split_sentences
from timeline.events.spans import SpanIndex
from timeline.events.triggers import TriggerMatch, find_triggers, has_military_unit, instruments_in
from timeline.models import (
    EVENT_TYPE_OF,
    Article,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    Source,
    Span,
    SubEventType,
    TaggedText,
    TimeExpression,
)

_PROTESTS = frozenset(
    {
        SubEventType.PEACEFUL_PROTEST,
        SubEventType.PROTEST_WITH_INTERVENTION,
        SubEventType.VIOLENT_DEMONSTRATION,
    }
)
# "on retaking the city", "after capturing X": told in passing; "responded by shelling" is the deed itself.
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|for|after|before|since|of|in|from|over)\s+$", re.IGNORECASE)
# Remote violence a later "the strikes" / "the bombing" may refer back to.
_REMOTE = frozenset(
    {
        SubEventType.AIR_DRONE_STRIKE,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
        SubEventType.SUICIDE_BOMB,
        SubEventType.REMOTE_EXPLOSIVE,
    }
)
_BOILERPLATE = re.compile(r"©|\bcopyright\b|all rights reserved|\bclick here\b|\bsubscribe\b", re.IGNORECASE)


def event_id(
    article_id: str, sub_event_type: SubEventType, start: int, end: int, part: int | None = None
) -> str:
    """Stable across runs: the same article, type and trigger offsets give the same id.

    `part` tells apart the events of one trigger with several places ("seized A and B")."""
    key = f"{article_id}|{sub_event_type.value}|{start}|{end}" + (f"|{part}" if part is not None else "")
    return hashlib.sha256(key.encode()).hexdigest()[:16]


_COORDINATED = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|on|at)\s+)?(?:the\s+(?:[a-z]+\s+){0,2}(?:town|city|village)s?\s+of\s+)?$"
)
# "killing eight people in Kharkiv and two in the capital, Kyiv", "shot dead 25 protesters in Nasiriyah on
# Thursday and four more in Baghdad": a toll shared out between places names one event per place.
_SHARED_TOLL = re.compile(
    r"^\s*(?:on\s+[A-Z][a-z]+\s+)?(?:,\s*)?(?:and\s+)?(?:at\s+least\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|several|scores)"
    r"\s+(?:more\s+|others?\s+|people\s+|civilians\s+)?in\s+"
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:(?:town|city|village)\s+of\s+|capital,?\s+))?$"
)


def _coordinated(
    event: Event,
    trig: TriggerMatch,
    clause: Clause,
    end: int,
    places: SpanIndex[PlaceMention],
    country: str | None,
    text: str,
) -> list[Event]:
    """ "Taliban fighters seized A and B", "strikes on the towns of A and B", "explosions in A, in the
    city of B, and in C": one event per place, as ACLED codes them."""
    if event.sub_event_type is SubEventType.AGREEMENT or event.location is None:
        return []
    # to the sentence's end: a toll shared out between places follows in a clause of its own
    in_clause = places.starting_in(max(clause.start, trig.end), end)
    first = next(
        (i for i, p in enumerate(in_clause) if best_place(p, country).name == event.location.name), None
    )
    if first is None or re.search(
        r"\bbetween\s+(?:the\s+)?(?:[a-z\-]+\s+)?$",
        text[max(0, in_clause[first].start - 30) : in_clause[first].start],
    ):
        return []  # "on the road between Bandiagara and Bankass": one place between two
    extra: list[Event] = []
    previous = in_clause[first]
    for p in in_clause[first + 1 :]:
        between = text[previous.end : p.start]
        if not (_COORDINATED.match(between) or _SHARED_TOLL.match(between)):
            break
        if p.candidates[0].kind == "country" or text.startswith(("'s", "’s"), p.end):
            break  # "seized Qaraqosh, Iraq's largest Christian town": an apposition, no second place
        if p.geo_precision > previous.geo_precision or (p.start, p.end) in describing(text, in_clause):
            break  # "seized Adan Yabaal, in Middle Shabelle region": where the town lies, no second place
        location, _ = to_location(p, country)
        extra.append(
            event.model_copy(
                update={
                    "id": event_id(
                        event.source.article_id, event.sub_event_type, trig.start, trig.end, p.start
                    ),
                    "location": location,
                }
            )
        )
        previous = p
    return extra


# "the southern towns of Kfar Tebnit and Yohmor", "the villages of A, B and C": the plural head noun makes
# every name of the list a place, the ones the gazetteer lacks too.
_LIST_NAME = r"(?:(?:al|el|ad|as|ar|an)-)?[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|ez|ad|as|ash|an|ar|de)[\-\s])?[A-Z][\w'’\-]+){0,2}"
_PLACE_LIST = re.compile(
    rf"\b(?:towns|villages|cities|hamlets|localities|communities)\s+of\s+"
    rf"(?P<list>{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})*,?\s+(?:and|or)\s+{_LIST_NAME})"
)
_LIST_ITEM = re.compile(_LIST_NAME)


@cache
def _not_place_names() -> frozenset[str]:
    adjectives = {a for state in actor_lexicon().states for a in state.adjectives}
    return frozenset(fold(w) for w in [*not_place_words(), *adjectives])


def _listed_places(text: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """The names of a list under a plural place noun that are not known places yet: towns of the article's
    country the gazetteer lacks (a known name in the list keeps its own reading)."""
    found: list[PlaceMention] = []
    for m in _PLACE_LIST.finditer(text):
        for item in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
            start, end = item.start(), item.end()
            if any(p.start < end and start < p.end for p in known):
                continue
            if any(fold(w) in _not_place_names() for w in [item.group(), *item.group().split()]):
                continue
            place = Place(name=item.group(), country=UNKNOWN_COUNTRY, kind="city")
            found.append(PlaceMention(start, end, item.group(), (place,), 1, "of"))
    return sorted(known + found, key=lambda p: p.start)


# "Iran's consulate", "the US embassy": a state's mission abroad stands where the story is, not in that state.
_MISSION = re.compile(r"(?:['’]s)?\s+(?:consulate|embassy|mission|consular)\b", re.IGNORECASE)


# "for the first time since a ceasefire ended its war in November": the date of a "since" clause tells
# the background the story is measured from, not the story's time.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:a|an|the|its|their)\s[^,.;:()]*$", re.IGNORECASE)


def extract(article: Article, tagged: TaggedText) -> list[Event]:
    text = article.text
    datelines = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    triggers = find_triggers(text)
    actors, places = separate(
        text,
        [a for a in find_actors(text) if not _inside(a.start, datelines)],
        with_places_acted_on(
            text,
            _listed_places(
                text,
                [
                    p
                    for p in find_places(text)
                    if not _inside(p.start, datelines)
                    and not (p.candidates[0].kind == "country" and _MISSION.match(text, p.end))
                ],
            ),
            triggers,
        ),
        {t.end for t in triggers},
    )
    actors = owned_forces(text, actors)  # "government air strikes", "a military drone"
    # where people were taken or fled to ("flown to Miami for treatment") does not say which country
    # the story is in
    country = article_country(
        [p for p in places if not _WHERE_PEOPLE_WENT.search(text, max(0, p.start - 45), p.start)]
    ) or country_of_actors(actors)
    places = without_neighbourhoods(text, localise(text, places, country))
    taken = [(p.start, p.end) for p in places]
    places = sorted(
        places + [c for c in capital_mentions(text, country) if not any(a <= c.start < b for a, b in taken)],
        key=lambda p: p.start,
    )
    dated = [(tx, d) for tx, d in dating.datable(tagged.timexes) if not _inside(tx.start, datelines)]
    sentences = split_sentences(text)
    # Dates inside relative clauses ("the Houthis, who seized Sanaa in September,") are background:
    # they date their own clause but do not move the story's reference time.
    background = [(c.start, c.end) for s in sentences for c in relative_clauses(s)]
    # "joint patrols will begin on March 15": a date after publication is a prospect; what is told
    # next happened before it.
    reference_dates = [
        (tx, d)
        for tx, d in dated
        if not _inside(tx.start, background)
        and d.start <= article.published
        and not dating.attributive(text, tx)
        and not _SINCE_CLAUSE.search(text, max(0, tx.start - 120), tx.start)
    ]
    trigger_index = SpanIndex(triggers)
    place_index = SpanIndex(places)
    actor_index = SpanIndex(actors)
    events: list[Event] = []
    fallback_place: dict[str, PlaceMention] = {}
    loose: set[str] = set()  # events told in passing ("on retaking the city"): no date of their own
    last_place: PlaceMention | None = None
    last_claimer: tuple[str, ActorMention] | None = None
    late_claims: list[tuple[Sentence, str, int | None, str]] = []  # claimer's name, inter, mention kind
    for sentence in sentences:
        if _BOILERPLATE.search(sentence.text):
            continue
        in_sentence = trigger_index.starting_in(sentence.start, sentence.end)
        clauses = split_clauses(sentence, [t.start for t in in_sentence])
        speech = status.speech_verb(sentence.text)
        claimer = _claimer(sentence, speech, actor_index, country) if speech else None
        if (
            speech
            and claimer is None
            and re.search(
                r"\b(?:ministry|statement|spokes\w+|officials?)\b", sentence.text[: speech.start()], re.I
            )
        ):
            claimer = last_claimer
        claim = _responsibility(sentence.text)
        claiming = speech if speech is not None and speech.group(0).lower() in _CLAIM_VERBS else None
        late = claimer is None and bool(claiming or claim) and not _NO_CLAIM.search(sentence.text)
        if late:
            # "Jaish-e-Mohammed, a Pakistan-based group, claimed …", "it claimed a suicide bombing …"; a claim
            # of a deed told before ("claimed responsibility", "claimed the attack") takes the deed as merged
            # ("Gunmen struck …, then fought …. JNIM claimed the attack")
            at = sentence.start + min(m.start() for m in (claiming, claim) if m is not None)
            ctx = ActorContext(text, actor_index, country, country_name(country))
            claimer = claimant(ctx, sentence.start, at)
            resolved = ctx.resolve(claimer[1]) if claimer is not None else None
            if claim is not None and claimer is not None:
                late_claims.append(
                    (sentence, claimer[0], resolved.inter if resolved else None, claimer[1].kind)
                )
            elif claim is not None and (group := unlisted_group(text, sentence.start, at)) is not None:
                late_claims.append((sentence, group, 2, "named"))  # "A newly formed group, X, claimed …"
        if claimer:
            last_claimer = claimer
        if not late:
            _claim_responsibility(sentence, claimer, events)
        _claimed_by(sentence, actor_index, country, events)
        if claim:  # "X said it carried out the attack": the attack is the one just told
            in_sentence = [t for t in in_sentence if t.start < sentence.start + claim.start()]
        seen: set[tuple[int, SubEventType]] = set()
        sentence_first = len(events)
        clause_of: dict[str, int] = {}
        for trig in in_sentence:
            clause = next(c for c in clauses if c.start <= trig.start < c.end)
            told = _told_kind(trig, events, text)
            if trig.trigger.id == "withdraw" and _OUT_OF_A_DEAL.match(text, trig.end):
                continue  # "withdrew from the Black Sea grain deal": no territory changes hands
            if _in_support_phrase(text, trig, clause):
                continue
            if trig.text.split()[0].lower().endswith("ing") and _PARTICIPLE_SUBJECT.match(
                text, sentence.start, trig.start
            ):
                continue  # "Soldiers arriving in Artemivsk told a different story": who they are, no deed  # "troops, backed by militias and coalition air strikes, entered": no strike told
            story_place = None
            if PLACE_ANAPHOR.search(sentence.text):
                # "entered Khan Shaykhun after rebels withdrew from the town": the town just named,
                # else the story's last town.
                # not a place that only says where another is ("Fallujah, 50km west of Baghdad")
                named = place_index.starting_in(sentence.start, trig.start)
                pointers = describing(text, named)
                earlier = [p for p in named if p.geo_precision < 3 and (p.start, p.end) not in pointers]
                story_place = earlier[-1] if earlier else last_place
            ev = _read_event(
                article,
                trig,
                sentence,
                clause,
                speech,
                claimer,
                actor_index,
                place_index,
                country,
                (dated, reference_dates),
                told,
                story_place,
                last_place,
            )
            if (
                ev is not None
                and trig.trigger.id == "combatants-killed"
                and ev.date.inherited
                and events[sentence_first:] == []
                and events
                and EVENT_TYPE_OF[events[-1].sub_event_type] in VIOLENT
            ):
                # "A Houthi spokesman said five fighters were killed": the toll of the strike just told
                continue
            # One event per type and clause: "agreed to establish safe zones" is one agreement.
            # A weapon shot down in the clause did not strike: "destroyed a drone launched at X".
            intercepted = (clause.start, SubEventType.DISRUPTED_WEAPONS_USE) in seen
            if ev is not None and intercepted and ev.sub_event_type in _REMOTE:
                continue
            # "Russian jets bombed X, killing nine civilians": the deaths are the strike's, not a new attack.
            if (
                ev is not None
                and ev.sub_event_type is SubEventType.ATTACK
                and any(c == clause.start and t in _REMOTE for c, t in seen)
            ):
                continue
            if ev is not None and (clause.start, ev.sub_event_type) in seen and ev.actor1 is not None:
                # "In a separate attack overnight, Russian drones hit Kharkiv": one event; the doer
                # named with the second word is the first one's.
                i = next(
                    (
                        i
                        for i in range(len(events) - 1, sentence_first - 1, -1)
                        if clause_of.get(events[i].id) == clause.start
                        and events[i].sub_event_type is ev.sub_event_type
                    ),
                    None,
                )
                first_trigger = events[i].evidence.trigger if i is not None else None
                if (
                    i is not None
                    and events[i].actor1 is None
                    and first_trigger is not None
                    # an opening phrase ("In a separate attack overnight,"), not "Rockets fired from Syria hit"
                    and "," in text[first_trigger.end : trig.start]
                ):
                    events[i] = events[i].model_copy(
                        update={"actor1": ev.actor1, "inter1": ev.inter1, "interaction": ev.interaction}
                    )
            if ev is not None and (clause.start, ev.sub_event_type) not in seen:
                seen.add((clause.start, ev.sub_event_type))
                clause_of[ev.id] = clause.start
                events.append(ev)
                if _told_in_passing(text, trig) or (
                    ev.date.inherited and _SUBORDINATE.match(text, clause.start)
                ):
                    loose.add(ev.id)
                events += _coordinated(ev, trig, clause, sentence.end, place_index, country, text)
                if (
                    ev.location is None
                    and last_place is not None
                    and not NEW_PLACE.search(sentence.text)
                    # a deal told without a place is the country's, not the last town's (but the
                    # capital's, where the story is: "Kiir announced a ceasefire" in a Juba story)
                    and (ev.sub_event_type is not SubEventType.AGREEMENT or is_capital(last_place, country))
                ):
                    # at the story's place — unless the sentence moves to "a village in the north"
                    fallback_place[ev.id] = last_place
        told_here = events[sentence_first:]
        if any(e.sub_event_type is SubEventType.DISRUPTED_WEAPONS_USE for e in told_here):
            # "fired a missile at X, ... it was intercepted": ACLED codes the interception only.
            told_here = [e for e in told_here if e.sub_event_type not in _REMOTE]
        events[sentence_first:] = _without_consequences(told_here, clause_of)
        in_sentence_places = place_index.starting_in(sentence.start, sentence.end)
        pointers = describing(text, in_sentence_places)
        sentence_places = [
            p
            for p in in_sentence_places
            if p.preposition != "from"
            and not _WHERE_PEOPLE_WENT.search(text, max(0, p.start - 45), p.start)
            # "Tabqa, about 40 km west of Raqqa": Raqqa only says where Tabqa is
            and (p.start, p.end) not in pointers
            and not _DISTANCE_BEFORE.search(text, max(0, p.start - 60), p.start)
        ]
        if sentence_places:
            newest = min(sentence_places, key=lambda p: (p.geo_precision == 3, -p.start))
            # "besieged the city, the last state capital in Darfur": the sentence is still about the
            # town it points back to; a province it names in passing does not replace it.
            still_there = (
                last_place is not None
                and newest.geo_precision == 3 > last_place.geo_precision
                and PLACE_ANAPHOR.search(sentence.text)
            )
            if not still_there:
                last_place = newest
    head = headline(text, sentences)
    body = merge([e for e in events if head is None or e.evidence.start >= head.end], frozenset(loose))
    # A headline tells in short what the body tells in full: its events count only when the body
    # has none of their kind ("Yemen's warring parties agree ceasefire" vs the body's agreement).
    body_types = {e.sub_event_type for e in body}
    heads = [e for e in events if head is not None and e.evidence.start < head.end]
    merged = [e for e in heads if e.sub_event_type not in body_types and not told_in_body(e, body)] + body
    merged = _refined_by_next_sentences(merged, events, sentences, trigger_index, place_index, country)
    for i, sentence in enumerate(sentences):
        _blamed(sentence, actor_index, country, merged, sentences[max(0, i - _BLAME_WINDOW)].start)
    starts = {id(s): i for i, s in enumerate(sentences)}
    for sentence, name, inter, kind in late_claims:
        since = sentences[max(0, starts[id(sentence)] - _BLAME_WINDOW)].start
        merged = claimed_deed(merged, name, inter, kind, since, sentence.start)
    placed = [with_fallback_place(e, fallback_place.get(e.id), country) for e in merged]
    attributed = attribute_air_strikes(
        actor_index, highest_tactic(placed), lambda e: _context_for(e, text, actor_index, country), country
    )
    return by_regime(protesters_first(attributed))


def _context_for(
    event: Event, text: str, actors: SpanIndex[ActorMention], country: str | None
) -> ActorContext:
    """The actor context of an event at its own country (a strike in Syria told in a Turkish story)."""
    iso2 = _iso_of_country().get(event.location.country or "") if event.location else None
    iso2 = iso2 or country
    return ActorContext(text, actors, iso2, country_name(iso2))


@cache
def _iso_of_country() -> dict[str, str]:
    return {name: iso2 for iso2, name in country_names().items()}


# "BEIRUT (Reuters) - ", "KYIV, Ukraine — ": where the story was filed, not who did anything.
# "PORT SUDAN/NAIROBI, April 15 (Reuters) - ", "Bamako (AFP) - ": its date is the publication's.
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z'\.\-/ ]{2,40}(?:,\s*[A-Z][A-Za-z\. ]{2,30})?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)\n]{1,30}\))?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([A-Z][^)\n]{1,30}\))\s*[-–—:]\s",
    re.MULTILINE,
)


_SUPPORT_PHRASE = re.compile(
    r"\b(?:backed|supported|aided|assisted|covered)\s+by\b|\bwith\s+(?:the\s+)?(?:heavy\s+)?(?:air\s+)?"
    r"(?:support|help|backing|cover)\s+(?:of|from)\b|\bunder\s+(?:the\s+)?cover\s+of\b",
    re.IGNORECASE,
)


def _in_support_phrase(text: str, trig: TriggerMatch, clause: Clause) -> bool:
    if not trig.text.lower().endswith(
        ("strike", "strikes", "airstrikes", "raids", "raid", "bombardment", "power")
    ):
        return False
    segment_start = max(clause.start, text.rfind(",", clause.start, trig.start) + 1)
    return _SUPPORT_PHRASE.search(text, segment_start, trig.start) is not None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


_BLAST_WORDS = re.compile(r"bomb|blast|explosion", re.IGNORECASE)
_BLASTS = frozenset({SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE})


# "three years after it fell to the jihadists": an undated event in such a clause is background.
_SUBORDINATE = re.compile(r"[\s,]*(?:after|since)\b", re.IGNORECASE)


# "killing 70 people": a toll that names no civilians as such
_TOLL_OF_PEOPLE = re.compile(r"\b(?:people|persons)\b", re.IGNORECASE)


def _compatible_doers(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _without_consequences(told: list[Event], clause_of: dict[str, int]) -> list[Event]:
    """Deaths told with the deed are the deed's: "33 soldiers were killed in an air strike", "gunmen
    killed 132 people in a raid" — one event per clause, the deed (or the attack on civilians)."""
    kept: list[Event] = []
    for e in told:
        here = [o for o in told if o is not e and clause_of.get(o.id) == clause_of.get(e.id)]
        killing = e.notes == "rule: combatants-killed" or e.evidence.trigger.text.lower().startswith("kill")
        if killing and e.sub_event_type is not SubEventType.ATTACK and here:
            continue
        if (
            killing
            and e.sub_event_type is SubEventType.ATTACK
            and _TOLL_OF_PEOPLE.search(e.evidence.trigger.text)
            and any(
                o.sub_event_type is SubEventType.ARMED_CLASH
                and o.inter2 not in {None, 6, 7}
                and _compatible_doers(o.actor1, e.actor1)
                for o in here
            )
        ):
            continue  # "stormed a gendarmerie school …, killing more than 70 people": the fight's toll
        if killing and any(o.sub_event_type is SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS for o in here):
            continue  # "fired live rounds at protesters …, killing four people": the toll of that force
        attack_here = any(o.sub_event_type is SubEventType.ATTACK for o in here)
        unarmed_target = e.actor2 is None or (e.inter2 in {6, 7})
        if e.sub_event_type is SubEventType.ARMED_CLASH and attack_here and unarmed_target:
            continue  # "an overnight raid on the village" in which gunmen killed villagers: the attack
        kept.append(e)
    return kept


_OUT_OF_A_DEAL = re.compile(
    r"\s+(?:from\s+|out\s+of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:(?!(?:after|before|in|on|at|since|when|as|to|towards)\b)[\w\-]+\s+){0,4}?"
    r"(?:deal|agreement|treaty|accord|pact|talks|negotiations|race|election|competition|tournament|process)\b",
    re.IGNORECASE,
)


def _told_in_passing(text: str, trig: TriggerMatch) -> bool:
    """A gerund after a preposition ("on retaking the city") names an event told before."""
    before = text[max(0, trig.start - 20) : trig.start]
    return trig.text.lower().endswith("ing") and _PREPOSITION_BEFORE.search(before) is not None


def _told_kind(trig: TriggerMatch, events: list[Event], text: str) -> SubEventType | None:
    """The remote violence "the strikes" / "the bombing" refers back to: the last such event of
    the kind the noun names (a bombing is a blast; strikes and raids come from the air or guns).
    "a bombing", "another strike" are new ones and refer back to nothing."""
    if re.search(r"\b(?:a|an|another)\s+(?:[\w\-]+\s+)?$", text[max(0, trig.start - 30) : trig.start], re.I):
        return None
    if not re.search(
        r"\b(?:the|these|those|that|this|its|their|\w+['’]s)\s+(?:[\w\-]+\s+){0,2}$",
        text[max(0, trig.start - 40) : trig.start],
        re.I,
    ):
        return None  # "Israel struck a building", "Separate Israeli strikes on …": a deed of its own
    blast = bool(_BLAST_WORDS.search(trig.text)) and not trig.text.lower().startswith(("bombard", "bomber"))
    kinds = _BLASTS if blast else _REMOTE - _BLASTS
    earlier = [e.sub_event_type for e in events if e.sub_event_type in kinds]
    if earlier:
        return earlier[-1]
    return next((e.sub_event_type for e in reversed(events) if e.sub_event_type in _REMOTE), None)


_RESPONSIBILITY = re.compile(
    r"\b(?:claimed responsibility|said it (?:had )?(?P<did>carried out|was behind|staged|launched)|"
    r"claimed the (?:attack|bombing|blast)s?)\b",
    re.IGNORECASE,
)
# "said it carried out the attack" / "… Saturday's bombing": the deed just told, claimed. "said it
# carried out air strikes near Qunyo Barrow": an indefinite object naming a deed tells one of its own
# (a bare "an attack" is still the claim of the one told).
_DEFINITE_OBJECT = re.compile(
    r"\s+(?:the|that|this|these|those|both|its|their|it|them|[\w\-]+['’]s|"
    r"(?:an?\s+)?(?:attacks?|operations?|assaults?|bombings?|blasts?|explosions?)(?![\w\-]|\s+(?:on|in|near|at|against)\b))",
    re.IGNORECASE,
)


def _responsibility(text: str) -> re.Match[str] | None:
    """The claim of responsibility for an event already told, if the sentence makes one."""
    claim = _RESPONSIBILITY.search(text)
    if claim is None:
        return claim_cue().search(text)  # "claimed that attack", "took responsibility"
    if (
        claim is None
        or claim.group("did") in (None, "was behind")
        or _DEFINITE_OBJECT.match(text, claim.end())
    ):
        return claim
    return None


def _claim_responsibility(
    sentence: Sentence, claimer: tuple[str, ActorMention] | None, events: list[Event]
) -> None:
    """ "Al-Shabaab said it carried out the attack": the claimer becomes the doer of the last event
    that had none (the claim is kept in claimed_by)."""
    claim = _responsibility(sentence.text)
    if claimer is None or claim is None or not events:
        return
    if re.search(r"\b(?:no|not|nobody|none|yet to|has not|have not)\b", sentence.text[: claim.start()], re.I):
        return  # "No group immediately claimed responsibility"
    # the claimer names the doer the report left unnamed ("militants" → the group that claims it): the
    # last such event of the last few told ("... Security forces killed 16 attackers. X claimed ...")
    i = next(
        (
            i
            for i in range(len(events) - 1, max(-1, len(events) - 4), -1)
            if events[i].actor1 is None
            or (
                (events[i].actor1 or "").startswith("Unidentified Armed Group") and claimer[1].kind == "named"
            )
        ),
        None,
    )
    if i is not None:
        last = events[i]
        resolved = ActorContext("", SpanIndex([]), None, None).resolve(claimer[1])
        inter = resolved.inter if resolved else None
        events[i] = last.model_copy(
            update={
                "actor1": claimer[0],
                "inter1": inter,
                "interaction": interaction(inter, last.inter2),
                "claimed_by": claimer[0],
            }
        )


_CLAIM_VERBS = frozenset({"claimed", "claims", "claim"})
_NO_CLAIM = re.compile(r"\b(?:no|not|nobody|none|yet to)\b[^.;]{0,40}\bclaim", re.IGNORECASE)

_CLAIMED_BY = re.compile(r"\b(?:was|were|has been|have been|had been)\s+claimed\s+by\s+", re.IGNORECASE)


def _claimed_by(
    sentence: Sentence, actor_index: SpanIndex[ActorMention], country: str | None, events: list[Event]
) -> None:
    """ "the attack, which was claimed by JNIM": the claimer is the doer of the last event when that
    one had none or only an unnamed group."""
    m = _CLAIMED_BY.search(sentence.text)
    if m is None or not events:
        return
    at = sentence.start + m.end()
    named = [a for a in actor_index.starting_in(at, at + 3) if a.kind == "named"]
    last = events[-1]
    if not named or not (last.actor1 is None or last.actor1.startswith("Unidentified Armed Group")):
        return
    ctx = ActorContext("", SpanIndex([]), country, country_name(country))
    resolved = ctx.resolve(named[0])
    if resolved is None:
        return
    events[-1] = last.model_copy(
        update={
            "actor1": resolved.name,
            "inter1": resolved.inter,
            "interaction": interaction(resolved.inter, last.inter2),
            "claimed_by": resolved.name,
        }
    )


_REGION_WORDS = re.compile(
    r"\s+(?:oblast|region|province|governorate|state|county|krai|district|division)$", re.IGNORECASE
)


def _region_key(name: str | None) -> str:
    """ "Bryansk Oblast" and "Bryansk" (a town's admin1) name one region."""
    return _REGION_WORDS.sub("", name or "").strip().lower() or "?"


# "were taken to hospitals in Maiduguri", "a resident who fled to Ouagadougou said": where people went
# afterwards, not where the story is
_WHERE_PEOPLE_WENT = re.compile(
    r"\b(?:fled|fleeing|flee|taken|evacuated|rushed|flown|airlifted|transferred|transported)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:to|in|into)\s+(?:the\s+)?(?:[\w\-]+\s+)?$",
    re.IGNORECASE,
)
# "Soldiers arriving in Artemivsk … told a different story": a participle right after the sentence's
# subject says who the subject is (a reduced relative clause), not what it did.
_PARTICIPLE_SUBJECT = re.compile(
    r"\s*(?:[^\n]{0,80}?\(\w+\)\s*[-–—]\s*)?"  # a dateline: "KYIV, Feb 18 (Reuters) - "
    r"(?:(?:The|Some|Many|Most|Other|Several|Those|These)\s+)?(?:[A-Za-z\-]+\s+)?"
    r"(?!(?:says|reports|claims|warns|denies|confirms|adds|accuses|sees|fears|expects)\s)[A-Za-z\-]*[a-z]s\s+$"
)
# "about 40 km (25 miles) west of Raqqa", "70 km from Aleppo": a reference point, which only says
# where another place is — never the story's place.
_DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometers?|kilometres?|miles?|mi)\b\s*(?:\([^)]{0,30}\)\s*)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:\s+of)?|from|outside|away from)\s+"
    r"(?:the\s+)?(?:(?:capital|city|town|provincial capital|village)(?:\s+of|,)?\s+)?$",
    re.IGNORECASE,
)
_REFINE_WINDOW = 3  # sentences after a region-level lead that may say where in the region


def _refined_by_next_sentences(
    merged: list[Event],
    told: list[Event],
    sentences: list[Sentence],
    trigger_index: SpanIndex[TriggerMatch],
    place_index: SpanIndex[PlaceMention],
    country: str | None,
) -> list[Event]:
    """ "a bus struck an explosive device in central Mali" … "The vehicle hit the device on the road between
    Bandiagara and Bankass": a lead that gives only a country or a region is refined by the town that one
    of the next sentences names right after a deed word that told no event of its own (a re-telling of the
    lead), when that town lies in the lead's region (or country)."""
    telling = {e.evidence.trigger.start for e in told}
    out: list[Event] = []
    for event in merged:
        loc = event.location
        k = next(
            (i for i, s in enumerate(sentences) if s.start <= event.evidence.trigger.start < s.end), None
        )
        if loc is None or loc.geo_precision != 3 or k is None:
            out.append(event)
            continue
        for sentence in sentences[k + 1 : k + 1 + _REFINE_WINDOW]:
            if any(sentence.start <= t < sentence.end for t in telling):
                continue  # the sentence tells its own events
            deeds = trigger_index.starting_in(sentence.start, sentence.end)
            towns = (
                [
                    p
                    for p in place_index.starting_in(deeds[0].end, sentence.end)
                    if p.geo_precision < 3 and p.preposition != "from"
                ]
                if deeds
                else []
            )
            if not towns:
                continue
            town, _ = to_location(towns[0], country)
            if town.country == loc.country and (
                in_whole_country(loc) or _region_key(loc.name) == _region_key(town.admin1)
            ):
                event = event.model_copy(update={"location": town})
            break
        out.append(event)
    return out


# "police blamed Boko Haram", "blamed the RSF for the attack", "held the LNA responsible": the blamed
# party, when the report names no other doer, is coded as the doer (ACLED: the perpetrator as reported).
@cache
def _blame_cues() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    """The blame cues of triggers.yaml (`blame`) as regexes: the verb, a negation before it, what may follow
    the blamed party (the deed after "for", or a relative or co-ordinate clause), and the held-verbs'
    complement ("held X responsible")."""
    b = trigger_lexicon().blame
    verb = re.compile(rf"{WORD_START}{alternation(b.verbs + b.held)}\s+(?:the\s+)?", re.IGNORECASE)
    negated = re.compile(rf"{WORD_START}{alternation(b.negations)}\s+(?:\w+\s+)?$", re.IGNORECASE)
    other = rf"(?!\s+{alternation(b.other_matters)}{WORD_END})" if b.other_matters else ""
    deed = re.compile(
        # "for the attack", "for Saturday's bombing", "for the November 13 bombing"
        rf"\s*(?:[.;,]|$|\bfor\s+(?:{alternation(b.deed_words)}|\w+'s|[A-Z][a-z]+\s+\d{{1,2}})\b{other})",
        re.IGNORECASE,
    )
    link = re.compile(rf"\s*(?:,\s*)?{alternation(b.clause_links)}{WORD_END}", re.IGNORECASE)
    # 'held Israel "fully responsible for this criminal aggression"': a quotation may open after the party
    held = re.compile(rf"\s+[\"“]?(?:\w+\s+)?{alternation(b.held_complement)}{WORD_END}", re.IGNORECASE)
    return verb, negated, deed, link, held


_BLAME_WINDOW = 3  # sentences back to the deed blamed


def _blamed(
    sentence: Sentence,
    actor_index: SpanIndex[ActorMention],
    country: str | None,
    events: list[Event],
    since: int,
) -> None:
    """ "Government officials blamed al-Shabaab, though the group did not claim the attack": the blamed
    group becomes the doer of the last violent event of the last few sentences that had none (or only an
    unnamed group); the attribution stays visible in the notes. The first attribution wins: a denial or a
    counter-accusation told afterwards does not undo it."""
    blame_verb, negated, deed, link, held = _blame_cues()
    held_verbs = set(trigger_lexicon().blame.held)
    for m in blame_verb.finditer(sentence.text):
        verb = m.group(0).split()[0].lower()
        if negated.search(sentence.text[: m.start()]):
            continue
        at = sentence.start + m.end()
        # from the verb's end: "blamed the coalition" (an alias that holds its "the")
        after_verb = sentence.start + m.start() + len(m.group(0).split()[0])
        named = [
            a
            for a in actor_index.starting_in(after_verb, at + 30)
            if a.kind not in {"anaphor", "state_anaphor"}
        ]
        if not named:
            continue
        accused = named[0]
        end = accused.end
        for other in named[1:]:  # "blamed the M23 rebels and the Rwandan army": the first named leads
            if re.fullmatch(
                r"\s*(?:,|,?\s*and)\s+(?:the\s+)?",
                sentence.text[end - sentence.start : other.start - sentence.start],
            ):
                end = other.end
        rest = sentence.text[end - sentence.start :]
        if verb in held_verbs:
            if not held.match(rest):
                continue
        elif not deed.match(rest) and not link.match(rest):
            continue
        ctx = ActorContext("", SpanIndex([]), country, country_name(country))
        resolved = ctx.resolve(accused)
        if resolved is None:
            continue
        i = max(
            (
                i
                for i in range(len(events))
                if EVENT_TYPE_OF[events[i].sub_event_type] in VIOLENT
                # told before, or named after the blamed ("blames the PKK for the November 13 bombing")
                and (
                    events[i].evidence.trigger.start < sentence.start
                    or at < events[i].evidence.trigger.start < sentence.end
                )
                and (events[i].actor1 or "Unidentified Armed Group").startswith("Unidentified Armed Group")
            ),
            key=lambda i: events[i].evidence.start,
            default=None,
        )
        if i is None or events[i].evidence.start < since:
            return
        told = [i]
        if _NO_CLAIM.search(sentence.text[: m.start()]):
            # "No group claimed responsibility, but police blamed Boko Haram": the attack no one claimed is
            # the story's, its first violent deed, as well as the last one told
            lead = min(
                (j for j in range(len(events)) if EVENT_TYPE_OF[events[j].sub_event_type] in VIOLENT),
                key=lambda j: events[j].evidence.start,
            )
            if (events[lead].actor1 or "Unidentified Armed Group").startswith("Unidentified Armed Group"):
                told.append(lead)
        for i in told:
            last = events[i]
            events[i] = last.model_copy(
                update={
                    "actor1": resolved.name,
                    "inter1": resolved.inter,
                    "interaction": interaction(resolved.inter, last.inter2),
                    "notes": f"{last.notes}; actor1 as blamed: {m.group(0).strip()} {accused.text}".lstrip(
                        "; "
                    ),
                }
            )
        return


def _asserted_by(sources: list[ActorMention], country: str | None) -> str | None:
    """Who asserts a rejected report ("claims by HRW that …"), if the rejecting sentence names them;
    a state that speaks is its government, as with any speaker."""
    ctx = ActorContext("", SpanIndex([]), country, country_name(country), prefer_government=True)
    for mention in sources:
        resolved = ctx.resolve(mention)
        if resolved is not None:
            return resolved.name
    return None


def _claimer(
    sentence: Sentence, speech: re.Match[str], actor_index: SpanIndex[ActorMention], country: str | None
) -> tuple[str, ActorMention] | None:
    """The speaker of "X said ..." or "..., X said": the actor next to the speech verb."""
    verb_start = sentence.start + speech.start()
    verb_end = sentence.start + speech.end()
    actors = actor_index.starting_in(sentence.start, sentence.end + 60)
    before = [
        a for a in actors if sentence.start <= a.start < verb_start and a.kind not in {"anaphor", "generic"}
    ]
    if speech.group(0).lower() == "according to":
        after = [a for a in actors if verb_end <= a.start < verb_end + 60 and a.kind != "anaphor"]
        chosen = after[0] if after else None
    else:
        comma = sentence.text.rfind(",", 0, speech.start())
        floor = sentence.start + comma if comma >= 0 else sentence.start
        near = [a for a in before if a.start >= floor]
        # "..., the coalition said": the speaker follows; "said that six civilians ..." is what was said.
        said_that = re.match(r"\s*(?:on\s+\w+\s+|\w+\s+)?that\b", sentence.text[speech.end() :])
        # "..., said the ministry.": an inverted speaker ends the sentence or its clause.
        after = [
            a
            for a in actors
            if verb_end <= a.start < verb_end + 30
            and a.kind != "anaphor"
            and a.inter not in {5, 6, 7}
            and re.match(r"[^.,;]{0,15}(?:[.,;]|$)", sentence.text[a.end - sentence.start :])
        ]
        chosen = near[-1] if near else (after[0] if after and not said_that else None)
    if chosen is None:
        return None
    if chosen.kind in {"state_unknown", "police"} and not chosen.actor_id:
        # "..., the military said": the state whose forces the sentence names, else the article's.
        named_state = next((a for a in actors if a.kind in {"military", "country"} and a is not chosen), None)
        if named_state is not None:
            chosen = ActorMention(chosen.start, chosen.end, chosen.text, chosen.kind, named_state.actor_id, 1)
    ctx = ActorContext("", SpanIndex([]), country, country_name(country), prefer_government=True)
    resolved = ctx.resolve(chosen)
    return (resolved.name, chosen) if resolved else None


@cache
def _agreement_passive() -> re.Pattern[str]:
    ap = trigger_lexicon().agreement_passive
    return re.compile(
        rf"\s+{alternation(ap.auxiliaries)}\s+(?:\w+\s+)?{alternation(ap.verbs)}{WORD_END}", re.IGNORECASE
    )


_PARTY_KINDS = {"named", "military", "government", "country"}
_PARTIES_BACK = 600  # characters back to look for the parties of a passive agreement


def _passive_agreement_parties(
    text: str,
    trig: TriggerMatch,
    sentence: Sentence,
    actors: SpanIndex[ActorMention],
    places: SpanIndex[PlaceMention],
) -> list[ActorMention]:
    """ "A ceasefire was signed in Bishkek in May 1994": an agreement in the passive (triggers.yaml
    `agreement_passive`) takes as parties the states or groups named after it in its sentence ("after talks
    between the foreign ministers of Armenia and Azerbaijan"), else those of the closest earlier sentence
    that names any (a few sentences back at most)."""
    if not _agreement_passive().match(text, trig.end):
        return []

    def parties(start: int, end: int, states: list[ActorMention] | None = None) -> list[ActorMention]:
        # a title of no named state ("President Ilham Aliyev") would take the country of the agreement's
        # place ("the Kyrgyz capital Bishkek"), a bystander
        found = sorted(
            [
                a
                for a in actors.starting_in(start, end)
                if a.kind in _PARTY_KINDS and a.inter != 7 and a.actor_id
            ]
            + (states or []),
            key=lambda a: a.start,
        )
        return [a for i, a in enumerate(found) if a.actor_id not in {b.actor_id for b in found[:i]}][:2]

    cue = words_regex(trigger_lexicon().agreement_passive.party_cues).search(text, trig.end, sentence.end)
    # "talks between the foreign ministers of Armenia and Azerbaijan": states read as places after "of"
    # are the parties all the same
    states = (
        [
            ActorMention(p.start, p.end, p.text, "country", p.candidates[0].country, 1)
            for p in places.starting_in(cue.end(), sentence.end)
            if p.candidates[0].kind == "country"
        ]
        if cue
        else []
    )
    after = parties(cue.end(), sentence.end, states) if cue else []
    if after:
        return after
    # the closest earlier sentence naming a party (in this paragraph or the one before): its mentions
    lo = max(0, sentence.start - _PARTIES_BACK)
    before = parties(lo, sentence.start)
    if not before:
        return []
    last_start = max(a.start for a in before)
    cut = max(text.rfind(". ", lo, last_start), text.rfind("\n", lo, last_start), lo)
    return parties(cut, sentence.start)


def _needs_met(
    trig: TriggerMatch,
    clause_actors: list[ActorMention],
    clause_places: list[PlaceMention],
    clause_text: str,
    weapons: bool,
    weapons_in_clause: bool = False,
    told_remote: bool = False,
) -> bool:
    for need in trig.trigger.needs:
        if need == "armed_actor" and trig.trigger.weapon_decides and weapons_in_clause:
            continue  # "a drone attack on the facility": the weapon tells it is armed
        if need == "armed_actor" and told_remote and trig.trigger.sub_event_type == "by_instrument":
            continue  # "... followed strikes on Tuesday": the story is already about strikes
        if need == "weapon" and not weapons:
            return False
        # An anaphor ("it had recaptured", "drove them out") stands for an actor named before.
        if need == "armed_actor" and not any(
            a.armed or a.kind in {"anaphor", "state_anaphor"} for a in clause_actors
        ):
            return False
        if need == "actor" and not clause_actors:
            return False
        if need == "place" and not clause_places:
            return False
        if need == "military_unit" and not has_military_unit(clause_text):
            return False
    return True


# "... and were fighting", "... and then captured": a second verb sharing the first clause's subject
_ELIDED_SUBJECT = re.compile(
    r"\s*,?\s*and\s+(?:then\s+|later\s+|also\s+)?(?:(?:were|was|have|has|had|are|is)\s+)?$", re.IGNORECASE
)


# a subordinate clause with a subject of its own ("as it passed", "when the convoy"), not "before dawn"
_SUBORDINATE_INSIDE = re.compile(
    r"(?:^|[\s,])(?:after|before|while|when|as|until)\s+(?:it|they|he|she|we|the|a|an|its|their|his|her)\s",
    re.IGNORECASE,
)
_SUBORDINATE_OPENING = re.compile(r"[\s,]*(?:after|before|while|when|as|until)(?=\s)", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|two|three|several|its|their|\d+)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE
)


_SPEAKER_IN = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|sources?|diplomats?|analysts?|correspondents?|commanders?|"
    r"ministers?)\s+(?:in|from|based in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "The crisis erupted on May 23, when troops raided …", "the civil war that broke out in Juba in December
# 2013, when fighting … spread": a "when" clause tells what happened at the time its main clause names.
_WHEN_CLAUSE = re.compile(r"[\s,]*(?:—|–|-)?\s*when\b", re.IGNORECASE)


def _when_clause_date(
    text: str, clause: Clause, sentence: Sentence, dated: list[tuple[TimeExpression, EventDate]]
) -> EventDate | None:
    """The date the main clause names, for a deed told in the "when" clause that follows it."""
    if not _WHEN_CLAUSE.match(text, clause.start):
        return None
    cut = clause.start
    main = [
        (tx, d)
        for tx, d in dated
        if sentence.start <= tx.start
        and tx.end <= cut
        and not dating.attributive(text, tx)
        and ";" not in text[tx.end : cut]
    ]
    return main[-1][1] if main else None


def _read_event(
    article: Article,
    trig: TriggerMatch,
    sentence: Sentence,
    clause: Clause,
    speech: re.Match[str] | None,
    claimer: tuple[str, ActorMention] | None,
    actors: SpanIndex[ActorMention],
    places: SpanIndex[PlaceMention],
    country: str | None,
    dates: tuple[list[tuple[TimeExpression, EventDate]], list[tuple[TimeExpression, EventDate]]],
    told: SubEventType | None,
    story_place: PlaceMention | None,
    last_place: PlaceMention | None,
) -> Event | None:
    """One event from one trigger, or None when its context does not bear it out.

    `dates`: every datable expression, and those that move the story's reference time.

    `story_place` is the story's last place when the sentence points back to it ("the town")."""
    text = article.text
    start, end = clause.start, clause.end
    # Reported speech: roles are read after "X said", and before "..., X said".
    if speech is not None:
        verb_start, verb_end = sentence.start + speech.start(), sentence.start + speech.end()
        if verb_end <= trig.start and verb_start >= start:
            start = verb_end
        elif verb_start >= trig.end and verb_start < end:
            comma = text.rfind(",", trig.end, verb_start)
            end = comma if comma > 0 else verb_start
    clause_text = text[start:end]
    clause_actors = [a for a in actors.starting_in(start, end) if a.end <= end + 1]
    if re.match(r",?\s*(?:who|whose)\b", text[start : start + 8]):
        # ", who took Kabul on August 15,": the relative pronoun stands for the actor just named.
        named = [a for a in actors.starting_in(sentence.start, start) if a.kind != "anaphor"]
        clause_actors = named[-1:] + clause_actors
    elif re.match(r",?\s*(?:which|that|where)\s+(?:it|they)\b", text[start : start + 16]):
        # "from the town of Anefis, which it captured last month": "it" is the main clause's subject
        named = [a for a in actors.starting_in(sentence.start, start) if a.kind != "anaphor"]
        clause_actors = named[:1] + [a for a in clause_actors if a.kind != "anaphor"]
    elif _ELIDED_SUBJECT.match(text, start, trig.start) and not [
        a for a in clause_actors if a.start < trig.start
    ]:
        # "Ukrainian forces crossed into Kursk and were fighting Russian troops": the first clause's subject
        # ("the militants stormed the consulate and abducted 49 people": a referring noun too, not "it")
        named = [
            a
            for a in actors.starting_in(sentence.start, start)
            if a.kind != "anaphor" or a.text.lower() not in {"it", "they", "them"}
        ]
        clause_actors = named[:1] + clause_actors
    subordinate = _SUBORDINATE_INSIDE.search(text, start, trig.start)
    if (
        trig.text.split()[0].lower().endswith("ing")
        and subordinate is not None
        and re.search(r",\s*$", text[start : trig.start])
        and not [a for a in clause_actors if a.start < subordinate.start() and a.start >= start]
    ):
        # "X stormed the train as it passed near Sibi, taking passengers hostage": a participle after a
        # subordinate clause tells of the main clause's subject (the sentence's, when the clause elides it)
        main = [
            a
            for a in actors.starting_in(sentence.start, subordinate.start())
            if a.kind != "anaphor" and a.armed
        ][:1]
        if main:
            clause_actors = main + [a for a in clause_actors if a.start >= trig.start]
    # "..., a day after launching the operation with air strikes", "stormed a hotel after a suicide car
    # bomb exploded at its gate": a subordinate clause naming no doer tells of the main clause's doer —
    # who is borrowed for the roles only: it does not make the clause tell an event.
    # A clause with a place or date of its own ("a week after a bomb attack in Istanbul killed six")
    # tells another deed.
    borrowed: list[ActorMention] = []
    opening = _SUBORDINATE_OPENING.match(text, start)
    if opening is not None and not clause_actors:
        gerund = opening.end() == text.rfind(" ", start, trig.start) and trig.text.lower().endswith("ing")
        own_setting = places.starting_in(start, end) or any(start <= tx.start < end for tx, _ in dates[0])
        if gerund or not own_setting:
            borrowed = [
                a for a in actors.starting_in(sentence.start, start) if a.kind != "anaphor" and a.armed
            ][:1]
            # "23 soldiers were killed when a suicide bomber drove …": a passive subject is no doer
            borrowed = [a for a in borrowed if not undergoes(text, a.end, start)]
    # "dismissed claims by HRW that soldiers had killed …": the rejected report's source is who
    # claims it, no party to the deed.
    rejected = status.rejected_report(text[clause.start : trig.start])
    source_span = (
        (clause.start + rejected.start("src"), clause.start + rejected.end("src")) if rejected else None
    )
    sources = (
        [a for a in actors.starting_in(*source_span) if a.kind not in {"anaphor", "generic"}]
        if source_span
        else []
    )
    clause_actors = [a for a in clause_actors if a not in sources]
    in_sentence = places.starting_in(sentence.start, sentence.end)
    if speech is not None and sentence.start + speech.end() <= trig.start:
        # "a security official in Islamabad said the strikes targeted ...": where the speaker is
        in_sentence = [
            p
            for p in in_sentence
            if p.start >= sentence.start + speech.start()
            or not _SPEAKER_IN.search(text, sentence.start, p.start)
        ]
    clause_places = [p for p in in_sentence if start <= p.start < end]
    sentence_places = list(in_sentence)
    if not sentence_places and story_place is not None:
        sentence_places = clause_places = [story_place]
    # "the coalition bombs targets": a verb, no bomb; "an airstrike" is its own weapon.
    # "detonated a bomb": after a determiner the word is the weapon itself.
    own_word = (
        (trig.start - start, trig.end - start)
        if trig.text.lower() in {"bomb", "bombs"} and not _DETERMINER_BEFORE.search(text, 0, trig.start)
        else None
    )
    weapons = instruments_in(clause_text, skip=own_word)
    armed_in_sentence = bool(weapons) or bool(instruments_in(sentence.text))
    # "Kiir announced a unilateral ceasefire": the speaker of these verbs is a party to what they govern.
    party_speaker = (
        claimer[1]
        if claimer is not None
        and speech is not None
        and speech.group(0).lower() in trigger_lexicon().party_speech
        and 0 <= trig.start - (sentence.start + speech.end()) < 40
        else None
    )
    passive_parties = (
        _passive_agreement_parties(text, trig, sentence, actors, places)
        if trig.trigger.sub_event_type == "Agreement" and not clause_actors and party_speaker is None
        else []
    )
    if not _needs_met(
        trig,
        clause_actors
        + (
            [party_speaker]
            if party_speaker is not None and trig.trigger.sub_event_type == "Agreement"
            else []
        )
        + passive_parties,
        sentence_places,
        clause_text,
        armed_in_sentence,
        bool(weapons),
        told is not None,
    ):
        return None
    location = locate(text, trig, clause_places, sentence, in_sentence, country)
    pointed_back = story_place is not None and PLACE_ANAPHOR.search(text, trig.start, min(end, trig.end + 30))
    if story_place is not None and (location is None or pointed_back):
        # "captured that key town on May 8": the town the story is about, not another place in the sentence
        location = to_location(story_place, country)
    district = next((p for p in in_sentence if p.candidates[0].kind == "district"), None)
    if location is not None and district is not None and location[0].name == district.text:
        # "Barmal district of Afghanistan's Paktika province": the province it lies in
        region = next(
            (
                p
                for p in in_sentence
                if p.start > district.end and p.start - district.end < 40 and p.candidates[0].kind == "region"
            ),
            None,
        )
        if region is not None:
            area, iso2 = to_location(region, country)
            location = (area.model_copy(update={"geo_precision": 2}), iso2)
        else:
            # "In Raqqa itself, … in the al-Dariya district": a part of the town the sentence names,
            # else of the town the story is in ("the Ghiza Bahriya district"), unknown to the gazetteer.
            here = [
                p
                for p in in_sentence
                if p.end <= district.start and p.geo_precision < 3 and p.candidates[0].kind == "city"
            ]
            town_named = here[-1] if here else last_place
            if town_named is not None and town_named.geo_precision < 3:
                town, iso2 = to_location(town_named, country)
                location = (town.model_copy(update={"geo_precision": 2}), iso2)
    event_country = location[1] if location else country
    sub = _sub_event_type(trig, weapons, clause_actors, start, told)
    if sub is None:
        return None
    ctx = ActorContext(
        text,
        actors,
        event_country,
        country_name(event_country),
        prefer_government=sub is SubEventType.AGREEMENT,
        speaker=claimer[1] if claimer is not None and speech is not None else None,
    )
    roles = assign_roles(ctx, borrowed + clause_actors, trig.start, trig.end, trig.trigger.agent_after)
    if sub in {SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY}:
        sub = _territory_type(roles.actor1, event_country)
    if sub is SubEventType.CHANGE_TO_GROUP_ACTIVITY and roles.actor1 is None:
        # "The frigate joined Russia's fleet": a unit with no named owner moves within its owner's forces.
        roles.actor1, roles.actor2 = roles.actor2, None
    if (
        sub is SubEventType.CHANGE_TO_GROUP_ACTIVITY
        and roles.actor1
        and roles.actor1.name.startswith("Government")
    ):
        return None  # a minister arriving somewhere is no movement of forces
    if roles.actor1 is not None and roles.actor1.inter == 7 and sub not in _PROTESTS:
        # ACLED: civilians are victims, never the doers ("two women suicide bombers": the women are
        # not "Civilians"); they move to actor2.
        if roles.actor2 is None:
            roles.actor2 = roles.actor1
        roles.actor1 = None
    if (
        roles.actor1 is None
        and claimer is not None
        and speech is not None
        and speech.group(0).lower() in {"claimed", "claims", "claim"}
        and rejected is None
        and 0 <= trig.start - (sentence.start + speech.end()) < 60
    ):
        # "Islamic State claimed a series of suicide attacks": who claims the deed did it.
        roles.actor1 = ctx.resolve(claimer[1])
    if sub is SubEventType.ARRESTS and roles.actor1 is None:
        # "Police broke up a sit-in …, and its leader was arrested the next day": only state forces arrest;
        # those its sentence names before the arrest made it
        arresting = [
            a for a in actors.starting_in(sentence.start, trig.start) if a.kind in {"police", "military"}
        ]
        roles.actor1 = ctx.resolve(arresting[0]) if len(arresting) == 1 else None
    if sub is SubEventType.AGREEMENT and roles.actor1 is None and party_speaker is not None:
        # "Kiir announced a unilateral ceasefire": who declares the agreement is a party to it.
        roles.actor1 = ctx.resolve(party_speaker)
    if sub is SubEventType.AGREEMENT and roles.actor1 is None and passive_parties:
        # "The ceasefire was agreed in Moscow after talks between Armenia and Azerbaijan": the parties
        roles.actor1 = ctx.resolve(passive_parties[0])
        if roles.actor2 is None and len(passive_parties) > 1:
            roles.actor2 = ctx.resolve(passive_parties[1])
    if (
        sub is SubEventType.ARMED_CLASH
        and roles.actor1 is None
        and roles.actor2 is not None
        and roles.actor2.inter == 7
    ):
        sub = SubEventType.ATTACK  # "a convoy of workers was ambushed": no fight, an attack on civilians
    crowd_events = {SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION}
    if sub in crowd_events and roles.actor1 is not None and roles.actor1.inter in {1, 2, 3, 4, 8}:
        return None  # armed men who "march" or "rally" are no protest
    if sub in _PROTESTS and (roles.actor1 is None or roles.actor1.inter == 7):
        # Civilians who protest are protesters: "Parents protested" → Protesters (Country).
        home = country_name(event_country)
        roles.actor1 = ResolvedActor(f"Protesters ({home})" if home else "Protesters", 6, None)
    if sub is SubEventType.VIOLENT_DEMONSTRATION and roles.actor1 is not None and roles.actor1.inter == 6:
        # ACLED names a violent crowd rioters: "demonstrators torched the consulate" → Rioters (Country)
        home = country_name(event_country)
        roles.actor1 = ResolvedActor(f"Rioters ({home})" if home else "Rioters", 5, None)
    before, after = text[start : trig.start], text[trig.end : end]
    # Status reads the whole clause: "X denied that Y bombed ..." negates what follows the speech verb.
    state = status.status_of(text[clause.start : trig.start], trig.text, after, trig.trigger.status)
    if state is EventStatus.HAPPENED and status.shared_purpose(text[sentence.start : trig.start], trig.text):
        state = EventStatus.PLANNED  # "to protect civilians and retake control of key roads"
    if status.habitual(
        before, after, text[trig.end : sentence.end], trig.text, text[sentence.start : trig.start]
    ):
        return None
    # "congratulated the troops on retaking the city on Sunday": a gerund after a preposition
    # names an event told before; the clause's date belongs to the main verb.
    backgrounded = _told_in_passing(text, trig)
    dated, reference_dates = dates
    date = (
        None
        if backgrounded
        else dating.governing(
            trig.start, trig.end, clause.start, clause.end, dated, text, reference_dates, article.published
        )
    )
    if date is None and backgrounded:
        date = dating.reference_at(trig.start, reference_dates, article.published)
    if date is None:
        date = _when_clause_date(text, clause, sentence, dated)
    if date is None and not backgrounded and status.undated_summary(before, after):
        return None  # "warplanes have pounded rebel-held areas in response": a summary
    if date is None:
        if status.present_tense(before, after) or state is EventStatus.ONGOING:
            date = dating.publication_date(article.published)
        else:
            date = dating.reference_at(trig.start, reference_dates, article.published)
    inter1 = roles.actor1.inter if roles.actor1 else None
    inter2 = roles.actor2.inter if roles.actor2 else None
    return Event(
        id=event_id(article.id, sub, trig.start, trig.end),
        event_type=EVENT_TYPE_OF[sub],
        sub_event_type=sub,
        actor1=roles.actor1.name if roles.actor1 else None,
        assoc_actor_1=[a.name for a in roles.assoc_actor_1],
        actor2=roles.actor2.name if roles.actor2 else None,
        assoc_actor_2=[a.name for a in roles.assoc_actor_2],
        inter1=inter1,
        inter2=inter2,
        interaction=interaction(inter1, inter2),
        location=location[0] if location else None,
        date=date,
        time_precision=dating.time_precision(date.grain),
        status=state,
        claimed_by=_asserted_by(sources, country)
        if rejected is not None
        else (claimer[0] if claimer is not None and speech is not None else None),
        # the clause's count, else the sentence's ("Eight people were killed ... when two bombers ...")
        fatalities=(
            fatalities_in(text[clause.start : clause.end]) or fatalities_in(sentence.text)
            if EVENT_TYPE_OF[sub] in VIOLENT and state in {EventStatus.HAPPENED, EventStatus.ONGOING}
            else None
        ),
        notes=f"rule: {trig.trigger.id}",
        evidence=Evidence(
            text=sentence.text,
            start=sentence.start,
            end=sentence.end,
            trigger=Span(text=trig.text, start=trig.start, end=trig.end),
        ),
        source=Source(
            article_id=article.id,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
        ),
    )


def _sub_event_type(
    trig: TriggerMatch,
    weapons: list[tuple[int, SubEventType]],
    clause_actors: list[ActorMention],
    clause_start: int,
    told: SubEventType | None,
) -> SubEventType | None:
    """`told`: the remote-violence type the story last reported — "the strikes" without a weapon
    word refers back to it."""
    kind = trig.trigger.sub_event_type
    if kind == "by_instrument":
        if not weapons:
            return told or trig.trigger.default
        # The weapon word nearest the trigger decides: "jets fired missiles" is an air strike,
        # "warships fired missiles" shelling — aircraft outrank munitions when both stand there.
        kinds = {w for _, w in weapons}
        if SubEventType.AIR_DRONE_STRIKE in kinds and SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK in kinds:
            air_carrier = any(
                a.kind == "military"
                and re.search(
                    r"jets?|warplanes?|aircraft|drones?|helicopters?|air force|bombers?", a.text, re.I
                )
                for a in clause_actors
            )
            return (
                SubEventType.AIR_DRONE_STRIKE
                if air_carrier
                else min(weapons, key=lambda w: abs(clause_start + w[0] - trig.start))[1]
            )
        return min(weapons, key=lambda w: abs(clause_start + w[0] - trig.start))[1]
    if kind == "by_actor":
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY  # refined once the actors are known
    if trig.trigger.weapon_decides and weapons:
        return min(weapons, key=lambda w: abs(clause_start + w[0] - trig.start))[1]
    return SubEventType(kind)


def _territory_type(actor1: ResolvedActor | None, event_country: str | None) -> SubEventType:
    """Its own state's forces (or affiliates) take a place back; anyone else — rebels, a foreign army —
    overtakes it."""
    if (
        actor1 is not None
        and actor1.inter == 1
        and (actor1.country is None or actor1.country == event_country)
    ):
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY
    if actor1 is not None and actor1.affiliate_of is not None and actor1.affiliate_of == event_country:
        return SubEventType.GOVERNMENT_REGAINS_TERRITORY  # a militia fighting for the state: its affiliate
    return SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY


# --------------------------------------------------------------------------------------------
# One event, many mentions
# --------------------------------------------------------------------------------------------
