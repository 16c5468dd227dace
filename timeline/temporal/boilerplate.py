"""Page furniture (copyright lines, bylines, "Updated ..." lines): spans nothing is tagged in."""

from __future__ import annotations

from timeline.temporal.patterns import Engine


def boilerplate_spans(engine: Engine, text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """Boilerplate lines, looked for only on lines that hold one of the trigger words.
    `lowered`: text.lower(), if the caller has it (the trigger is found faster in it)."""
    if engine.boilerplate is None:
        return []
    spans: list[tuple[int, int]] = []
    line_end = -1
    hits = (
        engine.boilerplate_trigger_lower.finditer(lowered)
        if lowered is not None and len(lowered) == len(text)
        else engine.boilerplate_trigger.finditer(text)
    )
    for hit in hits:
        if hit.start() < line_end:
            continue  # this line was looked at already
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        line_end = len(text) if line_end < 0 else line_end
        spans += [
            (m.start(), m.end())
            for m in engine.boilerplate.finditer(text, line_start, line_end)
            if m.end() > m.start()
        ]
    return spans
