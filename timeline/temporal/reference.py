"""The story's reference time: the last date it mentioned. Anaphoric expressions ("eight months
later", "the next day") are resolved against it, and it moves as the story moves; a new
paragraph does not reset it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from timeline.models import Grain
from timeline.temporal.timex_values import parse_point


@dataclass
class ReferenceTime:
    value: str
    first: date
    grain: Grain
    from_publication: bool = True  # still the publication date: the story has not moved yet
    # The last date mentioned at each grain: "the quarter" is the last quarter the story named,
    # even after a day inside it ("ended Sept. 30") moved the reference time.
    last_at_grain: dict[Grain, date] = field(default_factory=dict)
    # The latest of the periods named that had ended by publication: the one a report is about
    # ("the latest quarter", "up from $5 million a year ago"), not a forecast's "fourth quarter"
    # nor the "flat second quarter" a third-quarter report looks back on.
    last_ended_at_grain: dict[Grain, date] = field(default_factory=dict)
    # ... and for periods that had begun by publication: "by the end of the year" is not a year
    # the story forecast for.
    last_begun_at_grain: dict[Grain, date] = field(default_factory=dict)
    published: date | None = None
    # Where in the text the story's time was last set: some expressions ("overnight") follow the
    # story's day only within the sentence that set it.
    set_at: int = -1
    # The text is a narrative told in its own time, not news told from the publication date.
    narrative: bool = False
    # The last day a deed was told on, when the story's time has since moved to the day something
    # was said ("struck on Saturday …, officials said Sunday"): a clock time ("at about 3 p.m.")
    # is on the deed's day.
    deed_day: date | None = None
    said: bool = False
    # The story's time was last set by a night ("overnight", "Saturday night"): hours after it are
    # the next day.
    night: bool = False

    @classmethod
    def publication(cls, published: date) -> ReferenceTime:
        return cls(published.isoformat(), published, Grain.DAY, True, published=published)

    def move_to(self, value: str) -> None:
        """Make a concrete date value the new reference time (ignored if it is not a date)."""
        day_value = value.split("T")[0]
        point = parse_point(day_value)
        if point is None or point[2] in (Grain.DECADE, Grain.CENTURY):
            return
        self.value, self.first, self.grain = day_value, point[0], point[2]
        self.night = value.endswith("TNI")
        self.from_publication = False
        self.last_at_grain[point[2]] = point[0]
        ended = self.last_ended_at_grain.get(point[2])
        if (self.published is None or point[1] < self.published) and (ended is None or point[0] >= ended):
            self.last_ended_at_grain[point[2]] = point[0]
        if self.published is None or point[0] <= self.published:
            self.last_begun_at_grain[point[2]] = point[0]

    def forget_periods(self) -> None:
        """The story now reports on a longer stretch ("the first nine months"): comparisons no
        longer refer to the quarter or half it named before."""
        for periods in (self.last_at_grain, self.last_ended_at_grain, self.last_begun_at_grain):
            for grain in (Grain.QUARTER, Grain.HALF):
                periods.pop(grain, None)
