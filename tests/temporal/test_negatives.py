"""The negative corpus: texts in which nothing may be tagged."""

from __future__ import annotations

import pytest

from timeline.temporal import tag
from timeline.temporal.lexicon import EXAMPLE_PUBLISHED, load_negative_corpus

NEGATIVES = load_negative_corpus()


@pytest.mark.parametrize("example", NEGATIVES, ids=[n.text[:40] for n in NEGATIVES])
def test_nothing_is_tagged(example) -> None:  # type: ignore[no-untyped-def]
    found = tag(example.text, EXAMPLE_PUBLISHED).timexes
    assert not found, f"{example.why}: tagged {[(t.text, t.value, t.rule) for t in found]}"


def test_corpus_is_not_empty() -> None:
    assert len(NEGATIVES) >= 10
