"""data/attribution.yaml: every section's examples and look-alikes, run as tests (the deed at the
example's place takes the example's doer; a look-alike's deed keeps none)."""

import pytest

from tests.events.helpers import events_of
from timeline.events.lexicon import AttributionExample, attribution_lexicon
from timeline.models import Event

LEX = attribution_lexicon()
EXAMPLES = [
    *(("owners", ex) for ex in [*LEX.owners.examples, *LEX.owners.look_alikes]),
    *(("air_strikes", ex) for ex in [*LEX.air_strikes.examples, *LEX.air_strikes.look_alikes]),
    *(("claims", ex) for ex in [*LEX.claims.examples, *LEX.claims.look_alikes]),
]


def _deed_at(text: str, place: str) -> Event:
    deeds = [e for e in events_of(text) if e.location is not None and e.location.name == place]
    assert deeds, f"no event at {place}: {[(e.sub_event_type, e.location) for e in events_of(text)]}"
    return deeds[0]


@pytest.mark.parametrize(
    ("section", "example"), EXAMPLES, ids=lambda x: x if isinstance(x, str) else x.text[:60]
)
def test_attribution_examples_in_the_data(section: str, example: AttributionExample) -> None:
    assert _deed_at(example.text, example.place).actor1 == example.doer


def test_every_section_has_examples_and_look_alikes() -> None:
    for section in (LEX.owners, LEX.air_strikes, LEX.claims):
        assert section.examples and section.look_alikes
