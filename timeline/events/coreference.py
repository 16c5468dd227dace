"""One event, many mentions: a headline, a lead and "the strikes" later on tell one strike.

Mentions merge when their type, place, actors and dates agree (an undated later mention refers back
to the event already told); two tellings with their own dates at different named places stay two.
On one day and place, and told together, the higher ACLED tactic wins.
"""

from __future__ import annotations

import re

from timeline.events.dating import counted_from_event, of_kind, shifted
from timeline.events.locations import in_whole_country
from timeline.events.sentences import Sentence
from timeline.models import (
    EVENT_TYPE_OF,
    Event,
    EventDate,
    EventStatus,
    EventType,
    Grain,
    Location,
    SubEventType,
)

VIOLENT = frozenset(
    {
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
        EventType.RIOTS,
        EventType.PROTESTS,
    }
)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED: both codes, lower first; a sole actor's code times ten (10 = sole state action)."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


# ACLED: when tactics co-occur on one day at one place, the higher one is coded (enum order).
_RANKED = (EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE)
_RANK = {sub: i for i, sub in enumerate(SubEventType)}


def highest_tactic(events: list[Event]) -> list[Event]:
    """Drop an event that a higher tactic of its type covers: "heavy clashes" before the capture of
    the town that same day are the capture."""
    kept: list[Event] = []
    for e in events:
        covered = e.event_type in _RANKED and any(
            o is not e
            and o.event_type == e.event_type
            and _RANK[o.sub_event_type] < _RANK[e.sub_event_type]
            and o.status == e.status
            and o.date.value == e.date.value
            and o.evidence.start == e.evidence.start  # tactics told together, not two attacks told apart
            and not _in_response(o, e)
            and (o.location.name if o.location else None) == (e.location.name if e.location else None)
            and _compatible_actors(o, e)
            for o in events
        )
        if not covered:
            kept.append(e)
    return _one_protest(_without_opponentless_clashes(kept))


_BROKEN_UP = frozenset(
    {SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS}
)


def _one_protest(events: list[Event]) -> list[Event]:
    """ "Police used tear gas to break up a sit-in in Quetta on March 21": ACLED codes the protest that was
    broken up once, as the intervention — the peaceful protest told in the same sentence is that event.
    The intervention takes the protest's place and day when it had none of its own."""
    out = list(events)
    for e in events:
        if e.sub_event_type is not SubEventType.PEACEFUL_PROTEST or e.status is not EventStatus.HAPPENED:
            continue
        force = next(
            (
                o
                for o in out
                if o.sub_event_type in _BROKEN_UP
                and o.status is EventStatus.HAPPENED
                and o.evidence.start == e.evidence.start
                and _compatible_places(o.location, e.location)
            ),
            None,
        )
        if force is None:
            continue
        update: dict[str, object] = {}
        if force.date.inherited and not e.date.inherited:
            update.update(date=e.date, time_precision=e.time_precision)
        if force.location is None and e.location is not None:
            update["location"] = e.location
        if update:
            out[out.index(force)] = force.model_copy(update=update)
        out.remove(e)
    return out


# The deeds a storming or raid with no armed side against it is the manner of: "militants stormed the
# school and abducted 110 girls", "stormed two restaurants after a suicide bomber rammed the gate".
_DEEDS = frozenset(
    {
        SubEventType.ABDUCTION,
        SubEventType.ATTACK,
        SubEventType.SUICIDE_BOMB,
        SubEventType.REMOTE_EXPLOSIVE,
        SubEventType.GRENADE,
        SubEventType.SEXUAL_VIOLENCE,
        SubEventType.LOOTING_PROPERTY_DESTRUCTION,
    }
)


_ARMED = frozenset({1, 2, 3, 4, 8})


def _definite(event: Event) -> bool:
    """ "The fighting erupted", "the clashes": the event named by a definite noun."""
    ev = event.evidence
    before = ev.text[: ev.trigger.start - ev.start]
    return (
        _EVENT_NOUN.fullmatch(ev.trigger.text) is not None
        and re.search(r"\b(?:the|this|that|these|those)\s+(?:[\w\-]+\s+){0,2}$", before, re.IGNORECASE)
        is not None
    )


def _without_opponentless_clashes(events: list[Event]) -> list[Event]:
    """ACLED codes one event per deed: an "armed clash" that names no armed side against its doer (none,
    or civilians) is how the abduction, bombing or attack told with it at the same place and time was
    done, not a second event. The deed takes the clash's date when that is the finer one. A clash with
    an armed opponent stays ("clashed with police, then kidnapped 20 people": two events)."""
    out = list(events)
    for e in events:
        if e.sub_event_type is not SubEventType.ARMED_CLASH:
            continue
        opponentless = e.actor2 is None or e.inter2 == 7
        said, t0 = e.evidence.text, e.evidence.trigger.start - e.evidence.start
        if _ALSO.search(said, max(0, t0 - 25), t0 + 12) or _ANOTHER.search(said[:t0]):
            continue  # "militants also attacked a security post": a deed of its own
        deed = next(
            (
                o
                for o in out
                if opponentless
                and o.sub_event_type in _DEEDS
                # an "attack" on soldiers is the fight itself, not a deed on civilians the clash was part of
                and not (o.sub_event_type is SubEventType.ATTACK and o.inter2 in _ARMED)
                and o.status == e.status
                and o.location is not None
                and e.location is not None
                and o.location.name == e.location.name
                and _nested(o.date, e.date)
                and e.actor1 is not None
                and _side(o.actor1) in {None, _side(e.actor1)}
            ),
            None,
        ) or next(
            (
                # "The fighting erupted on Wednesday when India fired missiles at Bahawalpur": a fight
                # with no one named in it is the deed its own sentence tells
                o
                for o in out
                if e.actor1 is None
                and _definite(e)
                and o is not e
                and o.evidence.start == e.evidence.start
                and EVENT_TYPE_OF[o.sub_event_type] in {*_RANKED, EventType.VIOLENCE_AGAINST_CIVILIANS}
                and o.status == e.status
                and o.location is not None
                and e.location is not None
                and o.location.name == e.location.name
                and _nested(o.date, e.date)
            ),
            None,
        )
        if deed is None:
            continue
        i = out.index(deed)
        update: dict[str, object] = {}
        if (e.date.end - e.date.start) < (deed.date.end - deed.date.start) and not e.date.inherited:
            update.update(date=e.date, time_precision=e.time_precision)
        if deed.actor1 is None:
            update.update(actor1=e.actor1, inter1=e.inter1)
        if update:
            merged = deed.model_copy(update=update)
            out[i] = merged.model_copy(update={"interaction": interaction(merged.inter1, merged.inter2)})
        out.remove(e)
    return out


_RESPONSE = re.compile(
    r"\b(?:prompting|prompted|triggering|triggered|sparking|sparked|provoking|provoked|in response|in retaliation|"
    r"retaliated|responded)\b",
    re.IGNORECASE,
)


def _in_response(a: Event, b: Event) -> bool:
    """ "a rocket attack killed a contractor, prompting US air strikes": two events, one answering the other."""
    first, second = sorted((a.evidence.trigger, b.evidence.trigger), key=lambda t: t.start)
    text, base = a.evidence.text, a.evidence.start
    return _RESPONSE.search(text[first.end - base : second.start - base]) is not None


def told_in_body(head: Event, body: list[Event]) -> bool:
    """ "Gunmen kill 132 in Burkina Faso village raid": the body's attack at Solhan is the raid — a
    headline's violence is the body's violence at the same place, or anywhere in the country it names."""
    if EVENT_TYPE_OF[head.sub_event_type] not in VIOLENT:
        return False
    for e in body:
        if EVENT_TYPE_OF[e.sub_event_type] not in VIOLENT:
            continue
        if head.location is None or head.location.geo_precision == 3:
            return True
        if e.location is not None and e.location.name == head.location.name:
            return True
    return False


def headline(text: str, sentences: list[Sentence]) -> Sentence | None:
    """The first line when it reads as a headline: no closing period and more text after it."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    line_ends = text.find("\n", first.start)
    if line_ends < 0 or line_ends > first.end + 1 or first.text.endswith((".", "!", "?", '"', "”")):
        return None
    return first


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _compatible_places(a: Location | None, b: Location | None) -> bool:
    """The same place, or one of them unknown or only a region/sea around the other."""
    if a is None or b is None or a.name == b.name:
        return True
    if _in_other_countries(a, b) and not (in_whole_country(a) or in_whole_country(b)):
        # "air defences destroyed drones over the Belgorod region" is not Kyiv's interceptions: a region
        # of another country is no area around the town
        return False
    return a.geo_precision == 3 or b.geo_precision == 3


def _in_other_countries(a: Location, b: Location) -> bool:
    """Both places known to the gazetteer (an unknown one takes the article's country) and in two countries."""
    known = all(p.latitude is not None or in_whole_country(p) for p in (a, b))
    return known and bool(a.country and b.country) and a.country != b.country


def _side(name: str | None) -> str | None:
    """ "Government of Iraq (2014-)" and "Military Forces of Iraq (2014-)" are one side."""
    if name is None:
        return None
    return re.sub(r"^(?:Government|Military Forces|Police Forces) of ", "", name)


def _unidentified(name: str | None) -> bool:
    """ "Unidentified Armed Group (Mexico)": a doer not yet named, which a later mention may name."""
    return name is not None and name.startswith("Unidentified ")


def _compatible_actors(kept: Event, new: Event) -> bool:
    if (
        _compatible(_side(kept.actor1), _side(new.actor1))
        or _unidentified(kept.actor1)
        or _unidentified(new.actor1)
    ):
        return True
    # The same fight told from the other side: "IS attacked the army base" / "the army repelled it".
    return _side(new.actor1) == _side(kept.actor2) and _compatible(_side(new.actor2), _side(kept.actor1))


def _same_event(kept: Event, new: Event, loose: frozenset[str]) -> bool:
    """`loose`: ids of events told in passing, whose dates merely inherit the story's."""
    if kept.sub_event_type != new.sub_event_type:
        return False
    if kept.status != new.status and not _denies_a_told_event(kept, new):
        return False
    if _ANOTHER.search(new.evidence.text[: new.evidence.trigger.start - new.evidence.start]):
        # "a second car bomb exploded in the Medina district": another event, whatever it shares — but
        # ACLED codes one event per type, town and day: "a second woman blew herself up near the
        # town's hospital" minutes later, at no other place named, is the same event
        return _same_town_and_day(kept, new)
    if _told_also_elsewhere(kept, new):
        return False  # "pagers exploded across Lebanon" / "In Syria, pagers also exploded in Damascus"
    if _opens_with_the_event(new):
        return True  # "The fighting between X and Y erupted after ...": the clashes just told
    if _hours_apart(kept, new) or _hours_apart(new, kept):
        return True
    if _ordinal_part(kept, new):
        return True
    if (
        _spread(kept)
        and new.location is not None
        and kept.location is not None
        and new.location.name != kept.location.name
    ):
        return False  # "across Ukraine" ... "missiles hit central Kyiv": the town's own event
    if not (_compatible_places(kept.location, new.location) and _compatible_actors(kept, new)):
        return False
    if new.location is None and kept.location is not None and _there(kept, new):
        return True
    if (kept.location is None or new.location is None) and not (new.date.inherited or kept.date.inherited):
        # Two dated events, one without a place: one only if the same doer on the same date.
        return kept.date.value == new.date.value and kept.actor1 is not None and kept.actor1 == new.actor1
    # A later mention without its own date ("the strikes") refers back to the event already told.
    if new.date.inherited:
        return True
    same_town = (
        kept.location is not None and new.location is not None and kept.location.name == new.location.name
    )
    if (
        not kept.date.inherited
        and not same_town
        and _nested(kept.date, new.date)
        and kept.date.grain != new.date.grain
        and (_within(kept, new) or _within(new, kept))
    ):
        # "has stepped up air strikes in the Cal Miskaad mountains of the Puntland region this year" and
        # "struck targets there on Feb. 1": one deed, told with a vaguer date and a wider place
        return True
    if not kept.date.inherited and not same_town:
        # Two tellings, each with its own date, at different places named: two events ("an attack in
        # northern Burkina Faso" and, the same day, "an attack on the Karma gold mine near Ouahigouya").
        return False
    if kept.date.value == new.date.value:
        return True
    # One telling gives the year, the other the month ("three years after" / "in June 2014").
    if _nested(kept.date, new.date) and kept.date.grain != new.date.grain:
        return True
    if not kept.date.inherited:
        return False
    # A mention told in passing ("congratulated the troops on retaking the city") has no date of its own.
    if kept.id in loose:
        return True
    # An undated lead or headline and a later dated telling are one event only if the dates agree
    # ("regime forces were able to retake X" ≠ "had wrested control of X on February 8").
    return kept.date.start <= new.date.end and new.date.start <= kept.date.end


_HOURS_AFTER = re.compile(
    r"\b(?:hours|minutes|shortly|moments)\s+(?:after|before)\s+(?:[\w'’\-]+\s+){0,8}$", re.IGNORECASE
)


def _hours_apart(approx: Event, dated: Event) -> bool:
    """ "shot dead 25 protesters on Thursday ..., hours after demonstrators set fire to the consulate in
    Najaf" / "The consulate was set ablaze late on Wednesday": a deed dated only by "hours after" another
    day's deed may be the evening before — one deed with the one that tells its own day."""
    a, b = approx.location, dated.location
    if a is None or b is None or a.name != b.name or a.geo_precision == 3:
        return False
    if approx.date.grain not in (Grain.DAY, Grain.TIME) or dated.date.grain not in (Grain.DAY, Grain.TIME):
        return False
    if dated.date.inherited or abs((approx.date.start - dated.date.start).days) != 1:
        return False
    ev = approx.evidence
    return _HOURS_AFTER.search(ev.text[: ev.trigger.start - ev.start]) is not None and _compatible_actors(
        approx, dated
    )


# "in the Medina district", "at the Hodan market": another part of the town named
_PART_NAMED = re.compile(
    r"\b[A-Z][\w'’\-]+\s+(?:district|neighbou?rhood|quarter|area|suburb|market|camp|junction|square|street|road)\b"
    r"|\b(?:district|neighbou?rhood|quarter|suburb)\s+of\s+[A-Z]"
)


# "Three women bombers struck the town ... The first bomber detonated her explosives at 3 p.m.": one of
# the set just told
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:[\w\-]+\s+){0,2}$", re.I
)


def _ordinal_part(kept: Event, new: Event) -> bool:
    """A placeless telling of "the first bomber", the same day as a deed of its type told with its town:
    one of the deeds told together, the same event (ACLED: one event per type, town and day)."""
    ev = new.evidence
    return (
        new.location is None
        and kept.location is not None
        and kept.location.geo_precision < 3
        and _same_day_by_compatible_doers(kept, new)
        and _ORDINAL_BEFORE.search(ev.text[: ev.trigger.start - ev.start]) is not None
    )


def _same_town_and_day(kept: Event, new: Event) -> bool:
    a, b = kept.location, new.location
    ev = new.evidence
    return (
        a is not None
        and (b is None or a.name == b.name)
        and a.geo_precision < 3
        and _same_day_by_compatible_doers(kept, new)
        and _PART_NAMED.search(ev.text[ev.trigger.end - ev.start :]) is None
    )


def _same_day_by_compatible_doers(kept: Event, new: Event) -> bool:
    """Both told on one and the same day, which `kept` dates itself, with the same status and no
    conflicting doers: what ACLED's one event per type, town and day needs besides the town."""
    return (
        kept.status == new.status
        and not kept.date.inherited
        and kept.date.grain in (Grain.DAY, Grain.TIME)
        and kept.date.start == kept.date.end == new.date.start == new.date.end
        and _compatible_actors(kept, new)
    )


def _deed_told_after_report(kept: Event, new: Event) -> bool:
    """ "An air strike … killed 40, officials said Friday. A fighter jet dropped bombs on the village on
    Wednesday …": the next deed told, of the same kind at the same place, with its own date no later
    than the report's day the first mention only inherited, is that event told again — the deed's
    date wins, the first telling's type stays."""
    if (
        EVENT_TYPE_OF[kept.sub_event_type] not in VIOLENT
        or EVENT_TYPE_OF[kept.sub_event_type] != EVENT_TYPE_OF[new.sub_event_type]
    ):
        return False
    if kept.status is not EventStatus.HAPPENED or new.status is not EventStatus.HAPPENED:
        return False
    if not kept.date.inherited or new.date.inherited or kept.date.start != kept.date.end:
        return False
    if not (new.date.end <= kept.date.end and (kept.date.start - new.date.start).days <= 7):
        return False
    if kept.location is None or new.location is None:
        return False
    if kept.location.name != new.location.name and not _unnamed_town_in(kept, new):
        return False
    if _ANOTHER.search(new.evidence.text[: new.evidence.trigger.start - new.evidence.start]):
        return False
    return _compatible_actors(kept, new)


# "killed 85 civilians in a village in northwestern Kaduna state": a town the lead leaves unnamed
_UNNAMED_TOWN = re.compile(
    r"\b(?:an?|one)\s+(?:[\w\-]+\s+){0,2}?(?:village|town|hamlet|settlement|camp|market|district|"
    r"neighbou?rhood|community|city)\s+(?:in|of|near)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?$",
    re.IGNORECASE,
)


def _unnamed_town_in(kept: Event, new: Event) -> bool:
    """The first telling places the deed at "a village in <region>", the later one names a town of that
    region's country (or of the region, by the gazetteer): the town the lead left unnamed."""
    region, town = kept.location, new.location
    if region is None or town is None or region.geo_precision != 3 or town.geo_precision == 3:
        return False
    if in_whole_country(region) or (region.country and town.country and region.country != town.country):
        return False
    if town.admin1 and not _same_region(region, town):
        return False
    core = re.sub(r"\s+(?:Province|Region|State|District|Governorate|Oblast|County)$", "", region.name)
    said = kept.evidence.text
    return any(
        _UNNAMED_TOWN.search(said, 0, m.start()) is not None
        for m in re.finditer(rf"\b{re.escape(core)}\b", said)
    )


# "new" only in lower case: "Jalisco New Generation Cartel" is a name, not another deed
_ANOTHER = re.compile(
    r"\b(?:[Ss]econd|[Tt]hird|[Aa]nother|[Aa] further|[Ff]resh|new|[Ss]eparate)\s+(?:[\w\-]+\s+){0,2}$"
)


# "pagers also exploded", "were also killed", "as well": the same deed again, so another event when elsewhere
_ALSO = re.compile(r"\balso\b|\bas well\b", re.I)


def _told_also_elsewhere(kept: Event, new: Event) -> bool:
    """The deed told again with "also" at a place of another country, or at another town: another event."""
    a, b = kept.location, new.location
    if a is None or b is None or a.name == b.name:
        return False
    said = new.evidence.text
    t0 = new.evidence.trigger.start - new.evidence.start
    if not _ALSO.search(
        said, max(0, t0 - 25), min(len(said), new.evidence.trigger.end - new.evidence.start + 12)
    ):
        return False
    if _in_other_countries(a, b):
        return True
    # another town, not one inside the region told before
    return a.geo_precision < 3 and b.geo_precision < 3


def _opens_with_the_event(event: Event) -> bool:
    """A sentence that opens with the event as a definite noun ("The fighting ...", "The attack,
    which ...") tells more about the one just told, not a new one."""
    ev = event.evidence
    before = ev.text[: ev.trigger.start - ev.start]
    return re.fullmatch(r"\s*(?:The|This|That|These|Those)\s+", before) is not None and not _ANOTHER.search(
        before
    )


def _nested(a: EventDate, b: EventDate) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _spread(event: Event) -> bool:
    """ "fired 80 missiles at cities across Ukraine": an event over a whole country stays there; a town
    hit in it is an event of its own."""
    if event.location is None:
        return False
    return (
        re.search(
            rf"\b(?:across|throughout|all over|around)\s+(?:the\s+)?{re.escape(event.location.name)}",
            event.evidence.text,
        )
        is not None
    )


def _denies_a_told_event(kept: Event, new: Event) -> bool:
    """ "Hezbollah has denied firing the rocket that hit Majdal Shams": a denial of who did an event
    already told (a definite one), not a second event that did not happen."""
    if kept.status is not EventStatus.HAPPENED or new.status is not EventStatus.NEGATED:
        return False
    ev = new.evidence
    after = ev.text[ev.trigger.end - ev.start :]
    return re.match(r"\s+(?:the|this|that|these|those)\b", after) is not None


_THERE = re.compile(r"\b(?:there|in the area|in the region)\b", re.IGNORECASE)


def _there(kept: Event, new: Event) -> bool:
    """ "has stepped up air strikes in the Cal Miskaad mountains this year. U.S. Africa Command said it
    struck Islamic State targets there on Feb. 1": a deed told at "there" in the next sentence, with a
    date within the vaguer one told before, is that deed."""
    gap = new.evidence.start - kept.evidence.end
    return (
        0 <= gap <= 3
        and not kept.date.inherited
        and not new.date.inherited
        and kept.date.grain != new.date.grain
        and kept.date.start <= new.date.start
        and new.date.end <= kept.date.end
        and _THERE.search(new.evidence.text[new.evidence.trigger.end - new.evidence.start :]) is not None
    )


def _within(inner: Event, outer: Event) -> bool:
    """The one event's place lies in the other's region: by the gazetteer ("Majdal Shams, Golan
    Heights"), or as its own sentence tells it ("the Cal Miskaad mountains of the Puntland region")."""
    i, o = inner.location, outer.location
    if i is None or o is None or o.geo_precision != 3 or i.name == o.name:
        return False
    if _same_region(o, i):
        return True
    core = re.sub(r"\s+(?:Province|Region|State|District|Governorate|Oblast|County)$", "", o.name)
    said = inner.evidence.text
    return re.search(rf"\b{re.escape(i.name)}\b[^.;]{{0,60}}\b{re.escape(core)}\b", said) is not None


def _same_region(region: Location, town: Location) -> bool:
    """ "Golan Heights" / "Majdal Shams, Golan Heights": the town lies in the region told before."""
    return bool(town.admin1) and (town.admin1 or "").lower() in region.name.lower()


def _refers_back(event: Event) -> bool:
    """ "condemned the bombing": a definite, undated mention of an event already told."""
    ev = event.evidence
    before = ev.text[: ev.trigger.start - ev.start]
    return (
        event.date.inherited
        and re.search(r"\b(?:the|this|that|these|those)\s+(?:\w+\s+)?$", before) is not None
    )


_EVENT_NOUN = re.compile(
    r"(?:attacks?|assaults?|raids?|strikes?|airstrikes?|bombings?|bombs?|blasts?|explosions?|fighting|clashes|violence|"
    r"incidents?|operations?|killings?|massacres?|ambush(?:es)?|shelling|bombardments?)",
    re.IGNORECASE,
)


def _definite_remention(event: Event) -> bool:
    """ "blamed Ukraine for the attack", "called the strikes reckless": a definite, undated noun for
    an event — a re-mention of violence told before, when it names no other place."""
    ev = event.evidence
    before = ev.text[: ev.trigger.start - ev.start]
    return (
        event.date.inherited
        and _EVENT_NOUN.fullmatch(ev.trigger.text) is not None
        and re.search(r"\b(?:the|this|that|these|those)\s+(?:[\w\-]+\s+)?$", before, re.IGNORECASE)
        is not None
        and not _ANOTHER.search(before)
    )


_AGREEMENT_NOUN = re.compile(r"(?:truce|ceasefire|cease-fire|deal|agreement|accord|pact)s?", re.IGNORECASE)


def _agreement_remention(event: Event) -> bool:
    """ "announced the truce", "the deal was welcomed": a definite, undated noun for an agreement."""
    ev = event.evidence
    before = ev.text[: ev.trigger.start - ev.start]
    return (
        event.sub_event_type is SubEventType.AGREEMENT
        and event.date.inherited
        and _AGREEMENT_NOUN.fullmatch(ev.trigger.text) is not None
        and re.search(r"\b(?:the|this|that)\s+(?:[\w\-]+\s+)?$", before, re.IGNORECASE) is not None
        and not _ANOTHER.search(before)
    )


def _same_agreement(kept: Event, new: Event) -> bool:
    return (
        kept.sub_event_type is SubEventType.AGREEMENT
        and kept.status == new.status
        and _compatible_places(kept.location, new.location)
    )


def counted_from_told(events: list[Event]) -> list[Event]:
    """ "Five days after the hijacking, a suicide bomber …": a deed without a date of its own, counted
    from an event named by a noun, is dated from the last event of that kind told before it with a
    day of its own (at the place the noun names, if one was: "a week after the attack on Kherson"),
    from the first day of it when it was told over consecutive days."""
    out: list[Event] = []
    for e in events:
        ev = e.evidence
        found = counted_from_event(ev.text[: ev.trigger.start - ev.start]) if e.date.inherited else None
        if found is not None:
            days, kind, m = found
            named = ev.text[m.end() : m.end() + 40]
            told = [
                o
                for o in out
                if o.evidence.start < ev.start
                and o.status is EventStatus.HAPPENED
                and not o.date.inherited
                and o.date.grain in (Grain.DAY, Grain.TIME)
                and o.date.start == o.date.end
                and of_kind(kind, o.sub_event_type, o.evidence.text)
            ]
            there = [o for o in told if o.location is not None and o.location.name in named]
            chosen = there or told
            source = chosen[-1] if chosen else None
            for o in reversed(chosen):
                # "the hijacking" of the 11th that the army ended on the 12th: counted from its first day
                if source is not None and 0 <= (source.date.start - o.date.start).days <= 1:
                    source = o
            if source is not None:
                e = e.model_copy(update={"date": shifted(source.date, days, m.group(0)), "time_precision": 1})
        out.append(e)
    return out


def merge(events: list[Event], loose: frozenset[str] = frozenset()) -> list[Event]:
    """Fold later mentions of an event into its first mention, filling what the first lacked.

    First, a deed counted from an event named by a noun takes its date from that event."""
    events = counted_from_told(events)
    kept: list[Event] = []
    for new in events:
        target = next((k for k in kept if _same_event(k, new, loose)), None)
        if target is None and kept:
            # the last telling of the same event type: the report just told, whatever came between
            last = next(
                (
                    k
                    for k in reversed(kept)
                    if EVENT_TYPE_OF[k.sub_event_type] == EVENT_TYPE_OF[new.sub_event_type]
                ),
                None,
            )
            if last is not None and _deed_told_after_report(last, new):
                target = last
        if target is None and _agreement_remention(new) and any(_same_agreement(k, new) for k in kept):
            continue  # "Trump first announced the truce": the agreement just told
        if target is None and _definite_remention(new):
            # "blamed Ukraine for the attack": the violence just told, whatever type the noun suggests
            target = next(
                (
                    k
                    for k in reversed(kept)
                    if EVENT_TYPE_OF[k.sub_event_type] in VIOLENT
                    and k.status == new.status
                    and (
                        new.location is None
                        or (k.location is not None and k.location.name == new.location.name)
                    )
                ),
                None,
            )
            if target is not None:
                continue
        if target is None:
            kept.append(new)
            continue
        update: dict[str, object] = {}
        finer = not target.date.inherited and not new.date.inherited and _nested(new.date, target.date)
        narrower = (new.date.end - new.date.start) < (target.date.end - target.date.start)
        if (
            (target.date.inherited and not new.date.inherited)
            or (finer and narrower)
            or _hours_apart(target, new)
        ):
            # The mention that dates the event (most finely) is its evidence; ids hash the trigger, so its id.
            update.update(date=new.date, time_precision=new.time_precision, evidence=new.evidence, id=new.id)
        state_doer = (new.actor1 or "").startswith("Military Forces of") and (target.actor1 or "").startswith(
            "Government of"
        )
        denied = new.status != target.status  # who denies doing it is not named the doer by it
        if (
            new.actor1
            and not denied
            and (
                target.actor1 is None
                or state_doer
                or (_unidentified(target.actor1) and not _unidentified(new.actor1))
            )
            and _side(new.actor1) != _side(target.actor2)
        ):
            update.update(actor1=new.actor1, inter1=new.inter1)
        if target.actor2 is None and new.actor2:
            update.update(actor2=new.actor2, inter2=new.inter2)
        # A later mention may say where only roughly was said ("in the Mediterranean" → "near X"),
        # never move the event to another town ("the fighters who moved to X").
        if new.location and (
            target.location is None
            or (
                target.location.geo_precision == 3
                and new.location.geo_precision < 3
                # "struck targets in Yemen" ... "The strikes hit sites near Sanaa": a country refined
                and (
                    not _refers_back(new)
                    or in_whole_country(target.location)
                    or target.location.name == new.location.admin1
                    or _same_region(target.location, new.location)
                )
                and not _spread(target)
            )
        ):
            update["location"] = new.location
        if new.fatalities is not None and (target.fatalities is None or new.fatalities > target.fatalities):
            update["fatalities"] = new.fatalities
        if target.claimed_by is None and new.claimed_by:
            update["claimed_by"] = new.claimed_by
        for extra in new.assoc_actor_1:
            if extra not in target.assoc_actor_1 and extra != (update.get("actor1") or target.actor1):
                update.setdefault("assoc_actor_1", list(target.assoc_actor_1))
                assoc = update["assoc_actor_1"]
                if isinstance(assoc, list):
                    assoc.append(extra)
        if update:
            merged = target.model_copy(update=update)
            inter1, inter2 = merged.inter1, merged.inter2
            merged = merged.model_copy(update={"interaction": interaction(inter1, inter2)})
            kept[kept.index(target)] = merged
    return kept
