"""The shared vocabulary of the pipeline: ingest → temporal → events → store → dashboard.

Every stage takes and returns these models. Character offsets always index the article text
exactly as given (no normalisation of whitespace or quotes before offsets are taken).
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

MAX_ARTICLE_CHARS = 1_000_000


class Article(BaseModel):
    """One news article. `published` is the date deictic expressions are resolved against."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(default="", description="Stable id; derived from the text and date when empty.")
    title: str = ""
    text: str = Field(max_length=MAX_ARTICLE_CHARS)
    published: date
    outlet: str = ""
    url: str | None = None

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article text is empty: give the article's body text")
        return value

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id:
            digest = hashlib.sha256(f"{self.published.isoformat()}\n{self.text}".encode()).hexdigest()
            object.__setattr__(self, "id", digest[:16])
        return self


# --------------------------------------------------------------------------------------------
# Time
# --------------------------------------------------------------------------------------------


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class TimexMod(StrEnum):
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"


class Grain(StrEnum):
    """How fine the text's statement of time is (not how fine our arithmetic is)."""

    TIME = "time"  # a clock time or a part of a day ("this morning", "Thursday evening")
    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Anchor(StrEnum):
    """What a time expression was resolved against."""

    PUBLICATION = "publication"  # deictic: "yesterday", "last year", "on Wednesday"
    REFERENCE = "reference"  # anaphoric: the story's reference time ("eight months later")
    NONE = "none"  # absolute: "31 May 2017", "in 2015"


class Interval(BaseModel):
    """A closed interval of days, both ends inclusive."""

    model_config = ConfigDict(frozen=True)

    first: date
    last: date

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.last < self.first:
            raise ValueError(f"interval ends ({self.last}) before it starts ({self.first})")
        return self


class TimeExpression(BaseModel):
    """A time expression found in a text, normalised to a TimeML TIMEX3 value."""

    start: int = Field(ge=0, description="Offset of the first character in the text as given.")
    end: int = Field(gt=0, description="Offset one past the last character.")
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2016-03, 2017-05-31, 2017-W22, P8M, PRESENT_REF, ...")
    mod: TimexMod | None = None
    interval: Interval | None = Field(
        default=None,
        description="The days the expression denotes (for an anchored offset: the days it points to).",
    )
    grain: Grain | None = None
    anchor: Anchor = Anchor.NONE
    duration: str | None = Field(default=None, description="For an anchored offset: its length, e.g. P8M.")
    points_to: str | None = Field(
        default=None,
        description="For an anchored offset: the TIMEX3 value of the date it points to, e.g. 2016-11.",
    )
    rule: str = Field(description="Name of the rule that produced this expression.")

    @model_validator(mode="after")
    def _span(self) -> TimeExpression:
        if self.end <= self.start:
            raise ValueError("a time expression must span at least one character")
        return self


class TaggedText(BaseModel):
    """The temporal engine's output for one text."""

    timexes: list[TimeExpression] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Events (ACLED taxonomy and field names; see docs in README)
# --------------------------------------------------------------------------------------------


class EventType(StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    ARMED_CLASH = "Armed clash"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    PEACEFUL_PROTEST = "Peaceful protest"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"


EVENT_TYPE_OF: dict[SubEventType, EventType] = {
    **{
        s: EventType.BATTLES
        for s in (
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.ARMED_CLASH,
        )
    },
    **{
        s: EventType.EXPLOSIONS_REMOTE_VIOLENCE
        for s in (
            SubEventType.CHEMICAL_WEAPON,
            SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SUICIDE_BOMB,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            SubEventType.REMOTE_EXPLOSIVE,
            SubEventType.GRENADE,
        )
    },
    **{
        s: EventType.VIOLENCE_AGAINST_CIVILIANS
        for s in (SubEventType.SEXUAL_VIOLENCE, SubEventType.ATTACK, SubEventType.ABDUCTION)
    },
    **{
        s: EventType.PROTESTS
        for s in (
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
            SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.PEACEFUL_PROTEST,
        )
    },
    **{s: EventType.RIOTS for s in (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE)},
    **{
        s: EventType.STRATEGIC_DEVELOPMENTS
        for s in (
            SubEventType.AGREEMENT,
            SubEventType.ARRESTS,
            SubEventType.CHANGE_TO_GROUP_ACTIVITY,
            SubEventType.DISRUPTED_WEAPONS_USE,
            SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            SubEventType.LOOTING_PROPERTY_DESTRUCTION,
            SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
            SubEventType.OTHER,
        )
    },
}

# Sub-event types that change who holds a place; control periods are built from these.
CONTROL_CHANGES = frozenset(
    {
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    }
)


class EventStatus(StrEnum):
    HAPPENED = "happened"
    ONGOING = "ongoing"
    PLANNED = "planned"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


class Location(BaseModel):
    name: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: Annotated[int, Field(ge=1, le=3)] = 1


class EventDate(BaseModel):
    """When an event happened, at the precision the text gives."""

    value: str = Field(description="TIMEX3 value of the governing expression, e.g. 2016-03.")
    start: date = Field(description="First day the event may have happened on.")
    end: date = Field(description="Last day the event may have happened on.")
    grain: Grain
    text: str | None = Field(
        default=None, description="The expression as the text gave it; None if inherited."
    )
    anchor: Anchor | None = None
    inherited: bool = Field(
        default=False,
        description="True when the clause had no time expression and the story's reference time was used.",
    )


class Span(BaseModel):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Evidence(Span):
    """The sentence an event was read from, and the trigger word(s) inside it."""

    trigger: Span


class Source(BaseModel):
    article_id: str
    title: str = ""
    outlet: str = ""
    url: str | None = None
    published: date


class Event(BaseModel):
    """One conflict event, in ACLED's vocabulary, traceable to its sentence."""

    id: str
    event_type: EventType
    sub_event_type: SubEventType
    actor1: str | None = None
    assoc_actor_1: list[str] = Field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = Field(default_factory=list)
    inter1: int | None = Field(default=None, ge=0, le=8)
    inter2: int | None = Field(default=None, ge=0, le=8)
    interaction: int | None = None
    location: Location | None = None
    date: EventDate
    time_precision: int = Field(
        ge=1, le=4, description="ACLED 1 day, 2 week, 3 month; 4 = vaguer (kept here)."
    )
    status: EventStatus = EventStatus.HAPPENED
    claimed_by: str | None = Field(default=None, description="Who reported it, for reported speech.")
    fatalities: int | None = None
    notes: str = ""
    evidence: Evidence
    source: Source

    @model_validator(mode="after")
    def _type_matches(self) -> Event:
        expected = EVENT_TYPE_OF[self.sub_event_type]
        if self.event_type != expected:
            raise ValueError(
                f"sub_event_type {self.sub_event_type!r} belongs to {expected!r}, not {self.event_type!r}"
            )
        return self


class DateBound(BaseModel):
    """When a control change happened: an interval when the text gives only a month or a year."""

    value: str
    start: date
    end: date
    grain: Grain


class ControlPeriod(BaseModel):
    """Who held a place from when to when, and the events that say so."""

    place: str
    country: str | None = None
    holder: str
    since: DateBound | None = None
    until: DateBound | None = None
    event_ids: list[str] = Field(default_factory=list)
    disputed_by: list[str] = Field(
        default_factory=list, description="Events that contradict this period (kept, not dropped)."
    )


class ArticleResult(BaseModel):
    """Everything the pipeline read from one article."""

    article: Article
    timexes: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class EventFilter(BaseModel):
    """The filters every interface shares (CLI export, API, dashboard)."""

    actors: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list, description="event_type or sub_event_type names")
    places: list[str] = Field(default_factory=list)
    since: date | None = None
    until: date | None = None

    @model_validator(mode="after")
    def _range(self) -> EventFilter:
        if self.since and self.until and self.until < self.since:
            raise ValueError(f"'until' ({self.until}) is before 'since' ({self.since})")
        return self
