"""The extraction's data files, validated on load: triggers, actors and places.

Rules are data (timeline/events/data/*.yaml); this module only reads and checks them, so a bad
entry fails loudly at start-up with the file and entry named, never silently at match time.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from timeline.models import SubEventType

DATA_DIR = Path(__file__).parent / "data"
_M = TypeVar("_M", bound=BaseModel)

# A trigger's sub-event type may be fixed, or decided at match time:
#  - "by_instrument": the weapon words in the clause decide (missiles → shelling, jets → air strike);
#  - "by_actor": who took the place decides (its own state's forces → Government regains territory,
#    anyone else — rebels, jihadists, a foreign army — → Non-state actor overtakes territory).
TriggerType = SubEventType | Literal["by_instrument", "by_actor"]
Need = Literal["weapon", "armed_actor", "place", "military_unit", "actor"]


class LexiconError(ValueError):
    """A data file that does not validate."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_words(
    value: list[str], what: str, word: str = r"[a-z]+", *, phrases: bool = True, distinct: bool = False
) -> list[str]:
    """The one check behind the data's cue-word lists: each entry lower-case `word`s (space-separated
    when `phrases`), optionally all distinct. `what` names the list in the error."""
    pattern = rf"{word}(?: {word})*" if phrases else word
    bad = [w for w in value if not re.fullmatch(pattern, w)]
    if bad or (distinct and len(set(value)) != len(value)):
        raise ValueError(
            f"{what}: {'distinct ' if distinct else ''}lower-case words only, got {bad or value}"
        )
    return value


class TriggerExample(_Strict):
    text: str
    sub_event_type: SubEventType | None = None
    status: str | None = None


class Trigger(_Strict):
    id: str
    patterns: list[str] = Field(min_length=1)
    sub_event_type: TriggerType
    default: SubEventType | None = Field(
        default=None, description="For by_instrument triggers: the type when no weapon word decides."
    )
    needs: list[Need] = Field(default_factory=list)
    veto_after: list[str] = Field(
        default_factory=list, description="Phrases right after the trigger that cancel it."
    )
    veto_before: list[str] = Field(
        default_factory=list, description="Phrases right before it that cancel it."
    )
    veto_inside: list[str] = Field(
        default_factory=list,
        description='Phrases inside the matched words that cancel it: "killed tens of thousands of people".',
    )
    veto_adjacent: list[str] = Field(
        default_factory=list,
        description='Words directly before the trigger that make it a noun: "the group\'s advance".',
    )
    veto_people_taken: list[str] = Field(
        default_factory=list,
        description="Nouns for people who, as the trigger's passive subject, make it people taken, no place: "
        "'the last militants had been captured', 'jihadists captured during an offensive'.",
    )
    veto_object: list[str] = Field(
        default_factory=list,
        description="Heads of the trigger's object (trigger-pattern syntax) that make it no deed of its kind: "
        "'taking 251 hostages', 'seized the cargo ship', 'entered its third week'. Determiners, numbers and "
        "modifiers (`object_words`) may stand before the head; a word of `object_words.head_ends`, a "
        "capitalised word or punctuation after it.",
    )
    veto_passive: bool = Field(
        default=False,
        description="A passive participle is no deed of this kind: 'filming them as they were marched through "
        "the desert' (people made to walk), while 'were marching' stays.",
    )
    agent_after: bool = Field(default=False, description="'X fell to Y': the doer stands after the trigger.")
    weapon_decides: bool = Field(
        default=False,
        description="A weapon word in the clause makes it remote violence: 'attacked Kyiv with drones'.",
    )
    status: str | None = Field(
        default=None, description="A status the trigger itself carries (e.g. ongoing)."
    )
    examples: list[TriggerExample] = Field(min_length=1)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator("veto_people_taken")
    @classmethod
    def _plain_nouns(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not re.fullmatch(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)?", w)]
        if bad:
            raise ValueError(f"veto_people_taken: plain lower-case nouns only, got {bad}")
        return value

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str | None) -> str | None:
        if value is not None and value not in {"happened", "ongoing", "planned", "negated", "hypothetical"}:
            raise ValueError(f"unknown status {value!r}")
        return value


class ObjectWords(_Strict):
    """The object of a trigger, as far as its vetoes need it: "taking 251 hostages", "captured thousands of
    soldiers", "seized the UAE-flagged cargo ship Rwabee", "entered its third week"."""

    determiners: list[str] = Field(
        min_length=1,
        description="Determiners, quantities and number words before the head: 'its', 'thousands of'.",
    )
    modifiers: list[str] = Field(
        min_length=1,
        description="Words that may stand between them and the head ('cargo', 'third', 'immediate'); "
        "capitalised, hyphenated, -ed and -ing words may too.",
    )
    head_ends: list[str] = Field(
        min_length=1,
        description="Words that may follow the head (prepositions, conjunctions, auxiliaries): any other "
        "lower-case word makes it a modifier ('the weapons depot'), no head.",
    )

    @field_validator("determiners", "modifiers", "head_ends")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "object words", r"[a-z][a-z\-]*", distinct=True)


class InstrumentCoordination(_Strict):
    """ "air and artillery strikes", "320 rockets and drones": weapons named together in one attack are
    told by its main mode, the one named first."""

    links: list[str] = Field(min_length=1, description="Words joining the weapons: 'and', 'or'.")
    types: list[SubEventType] = Field(
        min_length=2,
        description="The sub-event types whose weapons, named together, take the first one's type.",
    )
    modes: dict[str, SubEventType] = Field(
        default_factory=dict,
        description="Words that name a weapon only when joined to one: 'air' in 'air and artillery strikes'.",
    )

    @field_validator("links")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "instrument links", distinct=True)

    @field_validator("modes")
    @classmethod
    def _mode_words(cls, value: dict[str, SubEventType]) -> dict[str, SubEventType]:
        _lower_words(list(value), "instrument modes", phrases=False)
        return value


class Instrument(_Strict):
    sub_event_type: SubEventType
    words: list[str] = Field(min_length=1)


class Defence(_Strict):
    """ "Ukrainian forces repelled a Russian assault": the defender is named first, but ACLED's actor1
    of the clash is the assailant. `verbs` (trigger-pattern syntax) say the subject fended something
    off; `assaults` are the nouns of what was fended off."""

    verbs: list[str] = Field(min_length=1)
    assaults: list[str] = Field(min_length=1)

    @field_validator("verbs", "assaults")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not re.fullmatch(r"~?[a-z][a-z\-]*(?: ~?[a-z][a-z\-]*)*", w)]
        if bad:
            raise ValueError(f"plain lower-case words (optionally ~verb) only, got {bad}")
        return value


class BlameExample(_Strict):
    text: str
    doer: str


class Blame(_Strict):
    """ "Police blamed Boko Haram for the attack": the blamed party is the doer of a doerless deed told
    just before. The cue words only; the grammar around them (possessives, dates, punctuation) is code."""

    verbs: list[str] = Field(min_length=1)
    held: list[str] = Field(
        min_length=1, description="'held X responsible': verbs that need held_complement."
    )
    held_complement: list[str] = Field(min_length=1)
    negations: list[str] = Field(min_length=1)
    deed_words: list[str] = Field(
        min_length=1, description="'for the attack': determiners of a deed after 'for'."
    )
    other_matters: list[str] = Field(
        default_factory=list, description="'blamed X for backing the smugglers': another matter than a deed."
    )
    clause_links: list[str] = Field(
        default_factory=list, description="'blamed Boko Haram, which …': clauses that may follow the party."
    )
    examples: list[BlameExample] = Field(min_length=1)
    look_alikes: list[str] = Field(default_factory=list)

    @field_validator(
        "verbs", "held", "held_complement", "negations", "deed_words", "other_matters", "clause_links"
    )
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "plain words")


class AgreementPassive(_Strict):
    """ "A ceasefire was signed in Bishkek": the passive of an agreement noun, whose parties are named
    outside its clause."""

    auxiliaries: list[str] = Field(min_length=1)
    verbs: list[str] = Field(min_length=1)
    party_cues: list[str] = Field(min_length=1)

    @field_validator("auxiliaries", "verbs", "party_cues")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "plain words")


class TriggerLexicon(_Strict):
    irregular_verbs: dict[str, list[str]]
    instruments: list[Instrument]
    instrument_coordination: InstrumentCoordination | None = None
    object_words: ObjectWords | None = None
    military_units: list[str]
    defence: Defence
    party_speech: list[str] = Field(
        default_factory=list,
        description="Speech verbs whose speaker is a party to the agreement they govern: 'Kiir announced a "
        "unilateral ceasefire', 'the federal government declared a ceasefire'.",
    )
    blame: Blame
    agreement_passive: AgreementPassive
    triggers: list[Trigger]

    @field_validator("party_speech")
    @classmethod
    def _plain_verbs(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "party_speech verb forms", phrases=False)

    @field_validator("triggers")
    @classmethod
    def _unique_ids(cls, value: list[Trigger]) -> list[Trigger]:
        ids = [t.id for t in value]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate trigger ids: {dupes}")
        return value

    @model_validator(mode="after")
    def _object_words_given(self) -> TriggerLexicon:
        uses = [t.id for t in self.triggers if t.veto_object]
        if uses and self.object_words is None:
            raise ValueError(f"triggers {uses} have veto_object but object_words is missing")
        return self


class State(_Strict):
    """A country: its state forces and government are actors, its name a place."""

    country: str
    iso2: str = Field(min_length=2, max_length=2)
    since: int | None = Field(
        default=None, description="Year in the ACLED-style name: Military Forces of X (2000-)."
    )
    names: list[str] = Field(default_factory=list, description="Names of the country used as an actor.")
    adjectives: list[str] = Field(default_factory=list)
    metonyms: list[str] = Field(
        default_factory=list, description="Capitals and leaders standing for the state."
    )
    forces: list[str] = Field(
        default_factory=list, description="Names of the state's armed forces: 'IDF', 'Tatmadaw'."
    )


class NamedActor(_Strict):
    id: str
    name: str = Field(description="Canonical ACLED-style name.")
    inter: int = Field(ge=1, le=8)
    country: str | None = None
    aliases: list[str] = Field(min_length=1)
    generic: list[str] = Field(
        default_factory=list, description="Common nouns that refer back to this actor once it was named."
    )
    affiliate_of: str | None = Field(
        default=None,
        description="ISO code of the state this group fights for: its captures there are the government's.",
    )


class UnnamedKind(_Strict):
    """The unnamed actor a contextual alias names where its map gives no actor id."""

    kind: str = Field(description="ACLED-style kind; the actor is '<kind> (<Country>)'.")
    inter: int = Field(ge=1, le=8)
    affiliate: bool = Field(
        default=False, description="Fights for the state of the event's country (a pro-government militia)."
    )


class UnseenHead(_Strict):
    """Head nouns of organisations ("Cartel", "Brigades"): a capitalised name ending in one names a group."""

    words: list[str] = Field(min_length=1, description="As written, capitalised: 'Cartel', 'Cartels'.")
    inter: int = Field(ge=1, le=8, description="The inter code such a group gets.")
    lowercase: bool = Field(
        default=False, description="Also written in lower case after the name: 'the Gulf cartel'."
    )
    needs_doer: bool = Field(
        default=False,
        description="Too common a head to stand alone ('Group', 'Party'): only with a doer cue around it.",
    )
    of_states: bool = Field(
        default=False,
        description="After a state's possessive the name is that state's body: \"Cuba's Revolutionary Armed Forces\".",
    )

    @field_validator("words")
    @classmethod
    def _capitalised(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not re.fullmatch(r"[A-Z][a-z]+", w)]
        if bad:
            raise ValueError(f"unseen-group heads are single capitalised words: {bad}")
        return value


class UnseenExample(_Strict):
    text: str
    name: str = Field(description="The actor the text's unknown group becomes.")
    inter: int = Field(ge=1, le=8)


class UnseenGroups(_Strict):
    """Named armed groups the gazetteer lacks, found by the shape of their name: a capitalised name
    whose head is an organisation noun ("Santa Rosa de Lima Cartel") or that starts with a militant
    name prefix ("Jaish-e-Fursan-e-Muhammad"). They become actors under the name as written."""

    heads: list[UnseenHead] = Field(min_length=1)
    prefixes: list[str] = Field(
        min_length=1, description="Capitalised first words of militant names: 'Jaish', 'Harakat'."
    )
    prefix_inter: int = Field(ge=1, le=8)
    particles: list[str] = Field(
        description="Lower-case words inside a name, alone or hyphened: 'al', 'ul', 'e', 'de', 'and'."
    )
    possessives: list[str] = Field(
        default_factory=list,
        description='Possessive words a name may hold: "people\'s" (other possessives end it).',
    )
    link_suffixes: list[str] = Field(
        default_factory=list,
        description="'Iran-backed', 'Kurdish-led': a word with one of these after its hyphen is no part of a name.",
    )
    tail_links: list[str] = Field(
        default_factory=list,
        description="After the head, words that carry the name on: 'Front for the Liberation of …'.",
    )
    stop_words: list[str] = Field(
        description="Capitalised words that are no part of a name before them: 'On', 'Monday', 'The'."
    )
    state_body_words: list[str] = Field(
        description="A name made of these and a state's words only is that state's body: 'Pakistan Army'."
    )
    not_group_words: list[str] = Field(
        description="A name holding one of these is no armed group: a ministry, agency, NGO, company, club."
    )
    not_groups: list[str] = Field(default_factory=list, description="Whole names that are no armed group.")
    doer_before: list[str] = Field(description="'fighters of X': cues before a name that make it a doer.")
    doer_after: list[str] = Field(
        description="'X fighters', 'X said it': cues after a name that make it a doer."
    )
    inter_after: dict[str, int] = Field(
        default_factory=dict,
        description="A word right after the name that sets its inter code over the head's: 'X rebels' → 2.",
    )
    examples: list[UnseenExample] = Field(min_length=1)
    look_alikes: list[str] = Field(default_factory=list, description="Texts with no unseen armed group.")

    @field_validator("prefixes")
    @classmethod
    def _capitalised(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not re.fullmatch(r"[A-Z][a-z'’]+", w)]
        if bad:
            raise ValueError(f"unseen-group prefixes are single capitalised words: {bad}")
        return value

    @field_validator("stop_words")
    @classmethod
    def _stop_capitalised(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not re.fullmatch(r"[A-Z][a-z]*", w)]
        if bad:
            raise ValueError(f"stop words are capitalised single words: {bad}")
        return value

    @field_validator("particles", "state_body_words", "not_group_words", "tail_links", "link_suffixes")
    @classmethod
    def _lower_single(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "unseen-group word lists", r"[a-z][a-z\-]*", phrases=False, distinct=True)

    @field_validator("possessives")
    @classmethod
    def _possessive(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "possessives", r"[a-z]+(?:'s|s')", phrases=False)

    @field_validator("doer_before", "doer_after")
    @classmethod
    def _cues(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "doer cues", r"[a-z']+", distinct=True)

    @field_validator("inter_after")
    @classmethod
    def _inter_words(cls, value: dict[str, int]) -> dict[str, int]:
        _lower_words(list(value), "inter_after words", phrases=False)
        bad = {w: i for w, i in value.items() if not 1 <= i <= 8}
        if bad:
            raise ValueError(f"inter_after: inter codes are 1-8, got {bad}")
        return value

    @model_validator(mode="after")
    def _heads_distinct(self) -> UnseenGroups:
        words = [w for h in self.heads for w in h.words]
        dupes = sorted({w for w in words if words.count(w) > 1})
        if dupes:
            raise ValueError(f"unseen-group heads listed twice: {dupes}")
        return self


class EthnicMilitias(_Strict):
    """ "Fulani militiamen", "Lendu militias": an ethnic group's armed men, ACLED's "<Group> Ethnic Militia
    (<Country>)", an identity militia (inter 4)."""

    groups: dict[str, list[str]] = Field(
        min_length=1,
        description="Canonical group name → the names the press gives it ('Fulani': [Fulani, Peul]).",
    )
    heads: list[str] = Field(min_length=1, description="Nouns after the group's name: 'militia', 'gunmen'.")

    @field_validator("heads")
    @classmethod
    def _heads_lower(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "ethnic militia heads", phrases=False, distinct=True)

    @field_validator("groups")
    @classmethod
    def _names_capitalised(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = [n for names in value.values() for n in names if not n[:1].isupper()]
        if bad or any(not names for names in value.values()):
            raise ValueError(f"ethnic groups need capitalised names: {bad or value}")
        return value


class ActorLexicon(_Strict):
    military_nouns: list[str]
    police_nouns: list[str]
    government_nouns: list[str]
    states: list[State]
    actors: list[NamedActor]
    generic_actors: dict[str, list[str]] = Field(
        description="Unnamed actors by kind (rebels, militants, civilians, ...): the words that name them."
    )
    contextual: dict[str, dict[str, str | None]] = Field(
        default_factory=dict,
        description="Alias → {ISO code or '*': actor id}: whom it names depends on the country.",
    )
    contextual_unnamed: dict[str, UnnamedKind] = Field(
        default_factory=dict,
        description="Contextual alias → the unnamed kind it names where its map gives null (default: rebels).",
    )
    state_anaphors: list[str]
    anaphors: list[str]
    unnamed_state_forces: list[str] = Field(
        description="Words naming the forces of the event's country without naming it: 'the army'."
    )
    unnamed_governments: list[str] = Field(
        default_factory=list,
        description="Words naming the government of the event's country without naming it: "
        "'the federal government'.",
    )
    leader_titles: list[str] = Field(
        default_factory=list,
        description="Titles before a leader's name ('President Salva Kiir'): the leader, and later the "
        "bare surname ('Kiir announced'), stand for the government of the title's state or the event's.",
    )
    unnamed_state_owners: list[str] = Field(
        default_factory=list,
        description="'the junta's column': after 'the', owners whose possessive before a military noun "
        "names the forces of the event's country.",
    )
    as_clause_doer_nouns: list[str] = Field(
        default_factory=list,
        description="Heads of doerless clash triggers ('fighting') that take the armed subject of a "
        "following 'as' clause as their doer.",
    )
    membership_verbs: list[str] = Field(
        default_factory=list,
        description="'The attackers belonged to the CPC': after an unnamed actor, the named group it was.",
    )
    ethnic_militias: EthnicMilitias | None = Field(
        default=None, description="Ethnic groups' militias: '<Group> Ethnic Militia (<Country>)'."
    )
    unseen_groups: UnseenGroups | None = Field(
        default=None, description="Named armed groups the gazetteer lacks, found by the shape of their name."
    )
    ally_heads: list[str] = Field(
        default_factory=list,
        description="'Forces allied with the Tripoli government': nouns of unnamed fighters that, before "
        "an ally cue, stand for the actor named after it.",
    )
    ally_cues: list[str] = Field(
        default_factory=list,
        description="'allied with', 'loyal to': between an ally head and an actor, the head is that actor "
        "(a state's government: its forces).",
    )

    @field_validator("ally_heads", "ally_cues")
    @classmethod
    def _ally_words(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "ally heads and cues", r"[a-z\-]+", distinct=True)

    @field_validator("as_clause_doer_nouns")
    @classmethod
    def _nouns_lower(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "as-clause doer nouns", distinct=True)

    @field_validator("unnamed_state_owners")
    @classmethod
    def _owners_bare(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "unnamed state owners (single words, without 'the')", phrases=False)

    @field_validator("leader_titles")
    @classmethod
    def _titles_capitalised(cls, value: list[str]) -> list[str]:
        bad = [t for t in value if not t[:1].isupper()]
        if bad:
            raise ValueError(f"leader titles are written capitalised: {bad}")
        return value

    @model_validator(mode="after")
    def _contextual_ids_exist(self) -> ActorLexicon:
        ids = {a.id for a in self.actors}
        for alias, by_country in self.contextual.items():
            if "*" not in by_country:
                raise ValueError(f"contextual alias {alias!r} needs a '*' entry")
            unknown = sorted({v for v in by_country.values() if v is not None} - ids)
            if unknown:
                raise ValueError(f"contextual alias {alias!r} names unknown actor ids {unknown}")
        for alias in self.contextual_unnamed:
            if None not in self.contextual.get(alias, {}).values():
                raise ValueError(f"contextual_unnamed {alias!r} is no contextual alias with a null entry")
        return self


class Place(_Strict):
    name: str
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    kind: Literal["city", "country", "region", "sea", "district"] = "city"
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    admin1: str | None = None
    aliases: list[str] = Field(default_factory=list)
    capital: str | None = Field(default=None, description='For a country: its capital, for "the capital".')
    transliterated: bool = Field(
        default=False,
        description="Its name is a scholarly transliteration with its marks dropped (geonames' 'Janīn', "
        "'Ḩamāh'): a spelling the text uses instead ('Jenin', 'Hama') is the better display name.",
    )


class NotPlaces(_Strict):
    """Capitalised words that name small towns somewhere but in news text almost never do."""

    words: str = Field(description="Space-separated; underscores stand for spaces inside an entry.")


def read_data_file(path: Path) -> object:
    """A YAML data file; a syntax error names the file."""
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path.name}: not valid YAML: {exc}") from exc


def _read_yaml(name: str) -> object:
    return read_data_file(DATA_DIR / name)


def _validated(model: type[_M], data: object, name: str) -> _M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LexiconError(f"{name}: {exc}") from exc


def load_data_file(model: type[_M], name: str) -> _M:
    """data/<name> validated by `model`; bad YAML or a bad entry raises LexiconError naming the file."""
    return _validated(model, _read_yaml(name), name)


@cache
def trigger_lexicon() -> TriggerLexicon:
    return load_data_file(TriggerLexicon, "triggers.yaml")


@cache
def actor_lexicon() -> ActorLexicon:
    return load_data_file(ActorLexicon, "actors.yaml")


@cache
def not_place_words() -> list[str]:
    words = load_data_file(NotPlaces, "not_places.yaml").words
    return [w.replace("_", " ") for w in words.split()]


@cache
def hand_kept_places() -> list[Place]:
    extra = _read_yaml("places_extra.yaml")
    if not isinstance(extra, list):
        raise LexiconError("places_extra.yaml: expected a list of places")
    return [_validated(Place, item, "places_extra.yaml") for item in extra]


PLACE_COLUMNS = (
    "name", "country", "kind", "lat", "lon", "population", "admin1", "capital", "transliterated", "keys"
)  # fmt: skip
_PLACE_KINDS = frozenset({"city", "country", "region", "sea", "district"})


class GeneratedPlaces:
    """data/places.tsv (scripts/build_places.py): the rows stay text until a look-up needs them.

    Start-up reads only each row's match keys (its name and alternate names, folded); a row becomes a
    validated Place — a bad one named by its line — the first time a key finds it. Every row is
    checked for its shape (column count, kind, country code) on load.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._rows: list[str] = []  # the lines themselves: a split row would take five times the memory
        self._lines: list[int] = []
        self._made: dict[int, Place] = {}
        self.keys: dict[str, list[int]] = {}
        self.country_rows: list[int] = []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.startswith("#") or not line.strip():
                    continue
                cells = line.rstrip("\n").split("\t")
                if len(cells) != len(PLACE_COLUMNS) or cells[2] not in _PLACE_KINDS or len(cells[1]) != 2:
                    raise LexiconError(
                        f"{path.name}:{n}: expected {len(PLACE_COLUMNS)} columns {PLACE_COLUMNS}"
                    )
                i = len(self._rows)
                self._rows.append(line.rstrip("\n"))
                self._lines.append(n)
                if cells[2] == "country":
                    self.country_rows.append(i)
                for key in cells[-1].split("|"):
                    self.keys.setdefault(key, []).append(i)

    def __len__(self) -> int:
        return len(self._rows)

    def place(self, i: int) -> Place:
        made = self._made.get(i)
        if made is None:
            cells = self._rows[i].split("\t")
            name, country, kind, lat, lon, population, admin1, capital, transliterated, keys = cells
            data = {
                "name": name,
                "country": country,
                "kind": kind,
                "lat": lat or None,
                "lon": lon or None,
                "population": population or 0,
                "admin1": admin1 or None,
                "capital": capital or None,
                "transliterated": transliterated == "1",
                "aliases": keys.split("|")[1:],  # match keys (folded), not display forms
            }
            made = self._made[i] = _validated(Place, data, f"{self.path.name}:{self._lines[i]}")
        return made

    def lookup(self, key: str) -> list[Place]:
        """The places one of whose names folds to `key` (timeline.events.places.fold)."""
        return [self.place(i) for i in self.keys.get(key, ())]

    def countries(self) -> list[Place]:
        return [self.place(i) for i in self.country_rows]

    def all(self) -> list[Place]:
        return [self.place(i) for i in range(len(self._rows))]


@cache
def generated_places() -> GeneratedPlaces:
    return GeneratedPlaces(DATA_DIR / "places.tsv")


@cache
def places() -> list[Place]:
    """Every place, hand-kept first (they win over generated ones of the same name). Materialises
    the whole generated gazetteer: for tools and tests; look-ups go through generated_places()."""
    return [*hand_kept_places(), *generated_places().all()]


# ---------------------------------------------------------------- attribution (data/attribution.yaml)


class AttributionExample(_Strict):
    """A text, the place of the deed in it, and who must be its actor1 (None: it keeps no doer)."""

    text: str
    place: str
    doer: str | None = None


class _AttributionSection(_Strict):
    """A section of attribution.yaml: its word lists and the examples that run as tests."""

    examples: list[AttributionExample] = Field(min_length=1)
    look_alikes: list[AttributionExample] = Field(default_factory=list)


class OwnerModifier(_Strict):
    word: str
    as_: str = Field(alias="as")

    @field_validator("word", "as_")
    @classmethod
    def _plain(cls, value: str) -> str:
        return _lower_words([value], "owner modifier")[0]


class Owners(_AttributionSection):
    """ "government air strikes", "a military drone": an owner word before a military noun."""

    modifiers: list[OwnerModifier] = Field(min_length=1)
    nouns: list[str] = Field(min_length=1)

    @field_validator("nouns")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "owner nouns", distinct=True)


class AirStrikes(_AttributionSection):
    """Unattributed air strikes: the article's one party that strikes from the air."""

    aircraft: list[str] = Field(min_length=1)

    @field_validator("aircraft")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "aircraft", distinct=True)


class Claims(_AttributionSection):
    """ "X claimed responsibility": X is the doer of the deed told with no other doer."""

    cues: list[str] = Field(min_length=1)
    group_nouns: list[str] = Field(
        min_length=1, description="'A newly formed group, X, claimed …': nouns that tell a name is a group's."
    )

    @field_validator("cues", "group_nouns")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "claim words", distinct=True)


class Holders(_AttributionSection):
    """ "a compound used by the army": participles whose "by" names who holds a place, not a doer."""

    participles: list[str] = Field(min_length=1)

    @field_validator("participles")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "holder participles", distinct=True)


class Reactions(_AttributionSection):
    """ "Yemenis marched to denounce an air strike": verbs whose subject reacts to a deed, not does it."""

    verbs: list[str] = Field(min_length=1)

    @field_validator("verbs")
    @classmethod
    def _plain(cls, value: list[str]) -> list[str]:
        return _lower_words(value, "reaction verbs (optionally ~verb)", r"~?[a-z]+", distinct=True)


class Attribution(_Strict):
    owners: Owners
    air_strikes: AirStrikes
    claims: Claims
    holders: Holders
    reactions: Reactions


@cache
def attribution_lexicon() -> Attribution:
    return load_data_file(Attribution, "attribution.yaml")
