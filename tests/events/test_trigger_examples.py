"""Every trigger's examples in triggers.yaml run here: each must give its sub-event type, each
counter-example no event at all (as Duckling and ctparse test their rules)."""

import pytest

from tests.events.helpers import events_of
from timeline.events.lexicon import trigger_lexicon

EXAMPLES = [(t.id, ex) for t in trigger_lexicon().triggers for ex in t.examples]
COUNTER = [(t.id, text) for t in trigger_lexicon().triggers for text in t.counter_examples]


@pytest.mark.parametrize(("trigger_id", "example"), EXAMPLES, ids=[f"{i}:{e.text[:40]}" for i, e in EXAMPLES])
def test_example_gives_its_event(trigger_id: str, example: object) -> None:
    from timeline.events.lexicon import TriggerExample

    assert isinstance(example, TriggerExample)
    events = events_of(example.text)
    assert events, f"{trigger_id}: no event in {example.text!r}"
    if example.sub_event_type:
        assert example.sub_event_type in {e.sub_event_type for e in events}, (
            trigger_id,
            [e.sub_event_type for e in events],
        )
    if example.status:
        assert example.status in {e.status.value for e in events}


@pytest.mark.parametrize(("trigger_id", "text"), COUNTER, ids=[f"{i}:{t[:40]}" for i, t in COUNTER])
def test_counter_example_gives_nothing(trigger_id: str, text: str) -> None:
    assert events_of(text) == [], f"{trigger_id}: {text!r} must not give an event"


@pytest.mark.parametrize(
    "text",
    [
        "The two firms hope to strike a deal in Paris.",
        "The show captured the imagination of viewers in London.",
        "Chelsea fired the coach in London on Monday.",
        "It was a shot at the title for the club in Madrid.",
        "The team's attack was weak in Madrid.",
        "Oil prices rose for a third day as traders in London weighed supply.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert events_of(text) == []
