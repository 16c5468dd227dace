"""Every rule's examples, one test each (Duckling style), at the fixed reference date."""

from __future__ import annotations

import pytest

from timeline.models import TimeExpression
from timeline.temporal import tag
from timeline.temporal.lexicon import EXAMPLE_PUBLISHED, Example, default_data

DATA = default_data()
CASES = [
    pytest.param(item.name, example, id=f"{item.name}-{n}")
    for item in [*DATA.rules, *DATA.modifiers]
    for n, example in enumerate(item.examples)
]


def _at(timexes: list[TimeExpression], text: str, span: str) -> TimeExpression:
    start = text.index(span)
    found = [t for t in timexes if (t.start, t.end) == (start, start + len(span))]
    assert found, f"nothing tagged exactly {span!r}; got {[(t.text, t.value, t.rule) for t in timexes]}"
    return found[0]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_example(rule: str, example: Example) -> None:
    timexes = tag(example.text, EXAMPLE_PUBLISHED).timexes
    if example.parts:
        for part in example.parts:
            tx = _at(timexes, example.text, part.span)
            assert (tx.value, tx.rule) == (part.value, rule)
            if part.points_to is not None:
                assert tx.points_to == part.points_to
        return
    tx = _at(timexes, example.text, example.span or example.text)
    assert rule in tx.rule.split("+"), f"{tx.text!r} was found by {tx.rule}, not {rule}"
    assert tx.value == example.value
    assert tx.text == example.text[tx.start : tx.end]
    if example.mod is not None:
        assert tx.mod == example.mod
    if example.grain is not None:
        assert tx.grain == example.grain
    if example.points_to is not None:
        assert tx.points_to == example.points_to


def test_every_rule_has_an_example() -> None:
    missing = [item.name for item in [*DATA.rules, *DATA.modifiers] if not item.examples]
    assert not missing, f"rules without examples: {missing}"


def test_every_example_holds_a_trigger() -> None:
    """Rules run only near trigger words (patterns.yaml: triggers); an example without one
    would show a rule that can never fire."""
    from timeline.temporal.patterns import default_engine

    triggers = default_engine().triggers
    for item in [*DATA.rules, *DATA.modifiers]:
        for example in item.examples:
            spans = [p.span for p in example.parts] if example.parts else [example.span or example.text]
            # one match may make several parts ("two" and "three weeks"): one trigger is enough
            assert any(triggers.finditer(span) for span in spans), (
                f"{item.name}: no trigger word in {spans!r}"
            )
