"""data/attribution.yaml: every section's examples and look-alikes, run as tests (the deed at the
example's place takes the example's doer; a look-alike's deed keeps none)."""

import pytest

from tests.events.helpers import events_of
from timeline.events.lexicon import AttributionExample, attribution_lexicon
from timeline.models import Event

LEX = attribution_lexicon()
SECTIONS = {name: getattr(LEX, name) for name in type(LEX).model_fields}
EXAMPLES = [
    (name, ex) for name, section in SECTIONS.items() for ex in [*section.examples, *section.look_alikes]
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
    for section in SECTIONS.values():
        assert section.examples and section.look_alikes
