"""The JSON-lines protocol of `tag --jsonl` and `extract --jsonl`.

One JSON object per input line ({"id", "text", "published", "title"?, "url"?}), one output line per
input line: {"id", ...answer} or, for a line that cannot be read, {"id", "error"}, after which the
rest goes on. Offsets in the answers index "text" exactly as given.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

from timeline.ingest.files import article_from_mapping
from timeline.models import Article

Answer = Callable[[Article], dict[str, Any]]


def answer_json_lines(infile: TextIO, outfile: TextIO, answer: Answer) -> int:
    for n, line in enumerate(infile, 1):
        if not line.strip():
            continue
        doc_id: Any = f"line-{n}"
        out: dict[str, Any]
        try:
            record = json.loads(line)
            if isinstance(record, dict):
                doc_id = record.get("id", doc_id)
            out = {"id": doc_id, **answer(article_from_mapping(record))}
        except json.JSONDecodeError as exc:
            out = {"id": doc_id, "error": f"not valid JSON ({exc.msg}); each line must be one JSON object"}
        except ValueError as exc:
            out = {"id": doc_id, "error": str(exc)}
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")
        outfile.flush()  # a reader of a pipe sees each answer as soon as it is ready
    return 0
