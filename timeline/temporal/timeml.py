"""Render a text with its time expressions as TimeML (TIMEX3 tags inline)."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape, quoteattr

from timeline.models import TimeExpression


def to_timeml(text: str, timexes: list[TimeExpression], published: date, doc_id: str = "") -> str:
    parts: list[str] = []
    pos = 0
    for n, tx in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if tx.start < pos:  # overlapping spans cannot nest in TIMEX3; keep the first
            continue
        attrs = f'tid="t{n}" type="{tx.type}" value={quoteattr(tx.value)}'
        if tx.mod:
            attrs += f' mod="{tx.mod}"'
        parts.append(escape(text[pos : tx.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(text[tx.start : tx.end])}</TIMEX3>")
        pos = tx.end
    parts.append(escape(text[pos:]))
    dct = published.isoformat()
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
        f"{dct}</TIMEX3></DCT>\n"
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )
