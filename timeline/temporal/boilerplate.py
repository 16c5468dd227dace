"""Page furniture (copyright lines, bylines, "Updated ..." lines): spans nothing is tagged in."""

from __future__ import annotations

from timeline.temporal.patterns import Engine


def boilerplate_spans(engine: Engine, text: str) -> list[tuple[int, int]]:
    if engine.boilerplate is None or not engine.boilerplate_trigger.search(text):
        return []
    return [(m.start(), m.end()) for m in engine.boilerplate.finditer(text) if m.end() > m.start()]
