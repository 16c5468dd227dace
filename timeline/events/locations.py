"""Where an event is: which place mention a trigger's clause names, how precisely, and what to
fall back on (the story's place, the article's country). Also which spans are places rather than
actors ("in Syria" is a place, "Syria said" an actor)."""

from __future__ import annotations

import re
from bisect import bisect_left

from timeline.events.actors import ActorMention, named_country, state_country_name
from timeline.events.lexicon import Place
from timeline.events.places import UNKNOWN_COUNTRY, PlaceMention, best_place, country_names, places_acted_on
from timeline.events.sentences import Sentence
from timeline.events.triggers import TriggerMatch
from timeline.models import Event, Location

_FROM_IS_WHERE = frozenset({"abduction", "withdraw", "looting"})


# A country or capital after one of these is where something happens, not who does it.
_LOCATIVE = frozenset(
    {"in", "at", "near", "around", "outside", "across", "into", "over", "of", "to", "towards", "toward", "on"}
)


def _after_a_town(start: int, places: list[PlaceMention]) -> bool:
    """ "the port city of Hodeida, Yemen": a country after "<Town>, " is where the town is (but in
    "Russia, Iran and Turkey agreed" the countries are actors)."""
    return any(start - 3 <= p.end <= start - 2 and p.candidates[0].kind == "city" for p in places)


def with_places_acted_on(
    text: str, found: list[PlaceMention], triggers: list[TriggerMatch]
) -> list[PlaceMention]:
    acting = [t.end for t in triggers if t.trigger.sub_event_type in {"by_actor", "by_instrument"}]
    # "to capture Hapilon, who carried a bounty": a name that "who" follows is a person's
    guessed = [p for p in places_acted_on(text, acting, found) if not _PERSON_AFTER.match(text, p.end)]
    return sorted(found + guessed, key=lambda p: p.start)


_PERSON_AFTER = re.compile(r"\s*,\s*(?:who|whom|whose)\b")


def _object_of_trigger(text: str, start: int, trigger_ends: set[int]) -> bool:
    """ "took Kabul", "attacked Kyiv", "the capital Niamey": a capital or country right after an event
    trigger, or named as a capital, is a place, not an actor."""
    if re.search(r"\b(?:capital,?|city of|capital of)\s+$", text[max(0, start - 15) : start], re.IGNORECASE):
        return True
    m = re.search(
        r"(?:[ \t]+(?:the|central|eastern|western|northern|southern|downtown))?[ \t]+$",
        text[max(0, start - 16) : start],
    )
    return m is not None and (start - len(m.group(0))) in trigger_ends


def separate(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_ends: set[int]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """One span is either an actor or a place: "in Syria" is a place, "Syria said" an actor."""
    kept_actors: list[ActorMention] = []
    dropped_places: set[int] = set()
    places = sorted(places, key=lambda p: p.start)
    place_starts = [p.start for p in places]
    for a in actors:
        lo = bisect_left(place_starts, a.start - 200)
        overlapping = [i for i in range(lo, bisect_left(place_starts, a.end)) if places[i].end > a.start]
        if not overlapping:
            kept_actors.append(a)
            continue
        if a.kind in {"country", "government"} and all(
            places[i].start < a.start and a.end <= places[i].end for i in overlapping
        ):
            continue  # "in Port Sudan": a country's name inside a town's is no actor
        if a.kind in {"country", "government"} and all(
            places[i].start == a.start
            and (
                places[i].preposition in _LOCATIVE
                or _object_of_trigger(text, a.start, trigger_ends)
                or _after_a_town(a.start, places)
            )
            for i in overlapping
        ):
            continue  # the place wins: "in Syria", "took Kabul"
        kept_actors.append(a)
        # A place inside a longer actor phrase ("Russia's Mediterranean fleet") still counts, except
        # the words that make the actor ("Russia's", "IS").
        dropped_places |= {i for i in overlapping if places[i].start == a.start or a.kind == "named"}
    return kept_actors, [p for i, p in enumerate(places) if i not in dropped_places]


_DISTRICT_AFTER = re.compile(
    r"\s+(?:district|neighbourhood|neighborhood|quarter|suburb|area)\b", re.IGNORECASE
)


# "the Jebel and Gudele neighbourhoods in western Juba", "the Sherpur neighborhood": a part of a city.
_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and\s+)?[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)*\s+"
    r"(?:neighbou?rhoods?|quarters?|(?:districts?|suburbs?)(?=\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?"
    r"(?:city\s+of\s+)?[A-Z]))\b"
)


_OWNED_BY_TOWN = re.compile(r"\b(?:the\s+)?(?:city|town|capital|village)['’]s\s+$", re.IGNORECASE)


def without_neighbourhoods(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """A neighbourhood ("the Jebel and Gudele neighbourhoods in western Juba", "the Sherpur
    neighborhood") or a district in a city named next to it ("the Hadba district in Tripoli") is
    no place of its own: ACLED codes the city, which the sentence or the story names. A district
    named bare ("in Chiure district") or "of" a province is a place ("the Tripoli suburb of Tajoura" names the suburb last); so is a neighbourhood named bare later on ("struck
    the site in Jebel")."""
    parts = {
        p.text
        for p in places
        if p.geo_precision < 3
        and p.candidates[0].kind != "country"
        and (
            _NEIGHBOURHOOD_AFTER.match(text, p.end)
            # "the city's Basak Malutlut district": a part of the town the story is about
            or (
                _DISTRICT_AFTER.match(text, p.end)
                and _OWNED_BY_TOWN.search(text, max(0, p.start - 16), p.start)
            )
        )
    }
    return [p for p in places if p.text not in parts]


def localise(text: str, places: list[PlaceMention], country: str | None) -> list[PlaceMention]:
    """ "the village of Solhan in northeastern Burkina Faso": a small foreign namesake (Solhan, Turkey)
    is not meant when the article's own country is named next to it — it is a local place the
    gazetteer lacks."""
    if country is None:
        return places
    home = [p for p in places if any(c.kind == "country" and c.country == country for c in p.candidates)]
    out: list[PlaceMention] = []
    for p in places:
        foreign_small = all(
            c.country not in {country, "XX"} and c.kind == "city" and c.population < 100_000
            for c in p.candidates
        )
        foreign = all(c.country not in {country, "XX"} for c in p.candidates)
        if foreign and _DISTRICT_AFTER.match(text, p.end):
            # "the Medina district" of the story's town, not Medina in Saudi Arabia
            local = Place(name=p.text, country=UNKNOWN_COUNTRY, kind="district")
            p = PlaceMention(p.start, p.end, p.text, (local,), 2, p.preposition)
        elif foreign_small and any(abs(h.start - p.start) < 120 for h in home):
            local = Place(name=p.text, country=UNKNOWN_COUNTRY, kind="city")
            p = PlaceMention(p.start, p.end, p.text, (local,), p.geo_precision, p.preposition)
        out.append(p)
    return out


def country_of_actors(actors: list[ActorMention]) -> str | None:
    """Without a known place, the home country most named actors have ("Boko Haram" → Nigeria)."""
    iso_of_name = {name: iso for iso, name in country_names().items()}
    votes: dict[str, int] = {}
    for a in actors:
        iso = named_country(a.actor_id, iso_of_name) if a.kind == "named" else None
        if iso:
            votes[iso] = votes.get(iso, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


NEW_PLACE = re.compile(
    r"\b(?:a|an|another)\s+(?:[\w\-]+\s+)?(?:village|town|city|district|area|region|camp|hamlet|locality)\b",
    re.I,
)


_ANAPHOR_NOUN = (
    r"(?:the|that|this)\s+(?-i:(?:[a-z\-]+|[A-Z][A-Z\-]+)\s+)?(?:town|city|village|area|district|base|airport|port"
    r"|plant|factory|steelworks|compound|complex|camp|hospital|prison|checkpoint)\b"
)
PLACE_ANAPHOR = re.compile(
    rf"(?<!,\s)\b{_ANAPHOR_NOUN}(?!\s+(?:of|city|town|village|area|district|camp)\b)"
    # "captured Goma, the main city in North Kivu": an apposition describing the place just named
    rf"|(?<=,\s)\b{_ANAPHOR_NOUN}(?!\s+(?:of|in|city|town|village|area|district|camp)\b)"
    r"|\b(?:lost|lose|loses|losing|retook|retake|retaken|retaking|took|take|taken|taking|captured|capturing|recaptured"
    r"|seized|seizing|overran|overrun|overrunning|stormed|storming|entered|entering|liberated|besieged)\s+it\b",
    re.I,
)


def with_fallback_place(event: Event, place: PlaceMention | None, country: str | None) -> Event:
    """An event whose sentence names no place, and no other mention gave one, is where the story
    was; failing that, somewhere in the article's country (geo_precision 3)."""
    if event.location is not None:
        return event
    if place is None:
        name = country_name(country)
        if name is None:
            return event
        return event.model_copy(update={"location": Location(name=name, country=name, geo_precision=3)})
    location, _ = to_location(place, country)
    update: dict[str, object] = {"location": location}
    return event.model_copy(update=update)


def in_whole_country(location: Location) -> bool:
    """ "Syria", "northern Syria": a place that says only which country (or which side of it)."""
    if location.country is None:
        return False
    return location.name == location.country or (
        location.geo_precision == 3 and _SIDE_OF_COUNTRY.fullmatch(location.name) is not None
    )


_SIDE_OF_COUNTRY = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+.+")


def country_name(iso2: str | None) -> str | None:
    if iso2 is None:
        return None
    return state_country_name(iso2) or country_names().get(iso2)


_APPOSITIVE = re.compile(
    r",\s*(?:just\s+|some\s+|about\s+|around\s+)?"
    r"(?:outside|near|(?:[\d,.]+\s*(?:km|kilometers|kilometres|miles)\s+(?:\([^)]{0,30}\)\s+)?)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|from))"
    r"\s+(?:the\s+)?(?:(?:capital|city|town|provincial capital)(?:\s+of|,)?\s+)?",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r",?\s(?:but|while|whereas|although|though|however)\s", re.IGNORECASE)


def describing(text: str, places: list[PlaceMention]) -> set[tuple[int, int]]:
    """ "in Kahramankazan, outside Ankara", "Fallujah, 50km west of Baghdad": the spans of places that
    only say where the place before them is; "the Tripoli suburb of Tajoura": the city a part of it is
    named after."""
    return (
        {
            (p.start, p.end)
            for p in places
            if any(
                q.end < p.start and q.geo_precision < 3 and _APPOSITIVE.fullmatch(text, q.end, p.start)
                for q in places
            )
        }
        | {
            (p.start, p.end)
            for p in places
            if p.candidates[0].kind == "city"
            and any(p.end < q.start and _PART_OF.fullmatch(text, p.end, q.start) for q in places)
        }
        | {
            # "in Tudun Biri, in Igabi local government area", "in El Aguaje, in the municipality of
            # Aguililla": the area the town lies in, not a second place
            (p.start, p.end)
            for p in places
            if any(
                q.end < p.start
                and q.geo_precision < 3
                and (m := _IN_AREA.fullmatch(text, q.end, p.start)) is not None
                and (
                    m.group("area") is not None
                    or p.geo_precision == 3
                    or _AREA_AFTER.match(text, p.end) is not None
                )
                for q in places
            )
        }
        | {
            # "hit Mitiga, Tripoli's only functioning airport": a site the text names only by the city it is in
            (q.start, q.end)
            for q in places
            if q.candidates[0].country == UNKNOWN_COUNTRY
            and any(
                q.end < p.start
                and p.candidates[0].kind == "city"
                and re.fullmatch(r",\s*(?:the\s+)?", text[q.end : p.start]) is not None
                and _SITE_OF_CITY.match(text, p.end) is not None
                for p in places
            )
        }
    )


_PART_OF = re.compile(r"\s+(?:suburb|district|neighbou?rhood|quarter|township)\s+of\s+(?:the\s+)?")
_AREA_WORDS = (
    r"local\s+government\s+area|LGA|local\s+government|district|province|state|county|municipality|"
    r"region|governorate|department|commune|prefecture|oblast|sector|territory"
)
_IN_AREA = re.compile(rf",\s*in\s+(?:the\s+)?(?:(?P<area>{_AREA_WORDS})\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
_AREA_AFTER = re.compile(rf"\s+(?:{_AREA_WORDS})\b", re.IGNORECASE)
_SITE_OF_CITY = re.compile(
    r"['’]s?\s+(?:[\w\-]+\s+){0,3}?(?:airport|air\s?base|airfield|port|harbou?r|prison|base|barracks|"
    r"stadium|market|refinery|camp|district|neighbou?rhood|suburb|quarter)\b",
    re.IGNORECASE,
)


def locate(
    text: str,
    trig: TriggerMatch,
    clause_places: list[PlaceMention],
    sentence: Sentence,
    places: list[PlaceMention],
    country: str | None,
) -> tuple[Location, str | None] | None:
    """The place the trigger's clause names: after the trigger first ("captured X", "near X"), then
    before it, then elsewhere in the sentence. None when the sentence names none: a later or
    earlier mention of the same event may, and the story's last place is the last resort."""

    def usable(p: PlaceMention) -> bool:
        # "moved from Raqqa": an origin — unless the trigger is about leaving it ("withdrew from X").
        if trig.trigger.id == "withdraw" and re.search(
            r"\b(?:towards?|to|for|into)\s+(?:the\s+)?$", text[max(0, p.start - 12) : p.start]
        ):
            return False  # "pulled out towards Jarablus": where they went, not the place they left
        if p.preposition != "from":
            return True
        # "withdrew from X", "abducted 276 schoolgirls from Chibok": leaving or taking from a place
        near_trigger = trig.text.lower().endswith(("from", "of")) and p.start - trig.end < 6
        return trig.trigger.id in _FROM_IS_WHERE or near_trigger

    described = describing(text, [*clause_places, *places])
    clause_places = [p for p in clause_places if (p.start, p.end) not in described]
    places = [p for p in places if (p.start, p.end) not in described]
    after = [p for p in clause_places if p.start >= trig.end and usable(p)]
    before = [p for p in clause_places if p.end <= trig.start and usable(p)]
    # "agreed to a ceasefire ..., but fighting resumed in Khartoum": past a contrast, another matter
    sentence_places = [
        p
        for p in places
        if usable(p) and not (p.start > trig.end and _CONTRAST.search(text, trig.end, p.start))
    ]
    chosen: PlaceMention | None = None
    for group in (
        after,
        list(reversed(before)),
        # the distance to the trigger's span, not to its first word ("demonstrators stormed and set fire
        # to the consulate in X": X is nearer than a town named before "demonstrators")
        sorted(
            sentence_places, key=lambda p: p.start - trig.end if p.start >= trig.end else trig.start - p.end
        ),
    ):
        towns = [p for p in group if p.geo_precision < 3]
        # "fired from warships in the Mediterranean at a base in Syria": a sea is only where nothing else is
        land = [p for p in group if all(c.kind != "sea" for c in p.candidates)]
        if towns or group:
            chosen = (towns or land or group)[0]
            inner = next((p for p in group if 0 <= p.start - chosen.end <= 4), None)
            if chosen.candidates[0].kind == "country" and inner is not None:
                chosen = inner  # "in Myanmar's Sagaing region": the region, not the whole country
            break
    if chosen is None:
        return None
    return to_location(chosen, country)


def to_location(chosen: PlaceMention, country: str | None) -> tuple[Location, str | None]:
    place = best_place(chosen, country)
    iso2 = None if place.country == "XX" else country if place.country == UNKNOWN_COUNTRY else place.country
    return (
        Location(
            name=place.name,
            country=country_name(iso2),
            admin1=place.admin1,
            latitude=place.lat,
            longitude=place.lon,
            geo_precision=chosen.geo_precision,
        ),
        iso2,
    )
