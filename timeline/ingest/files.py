"""Article files: plain text with a small metadata header, JSON, and JSON lines.

Plain text (``.txt``; any other extension is read the same way)::

    title: Russian warships fire Kalibr cruise missiles ...
    outlet: International Business Times
    published: 2017-05-31
    url: https://...
    ---
    <the article text, exactly as published; offsets index this text>

The header is optional: a file without a ``---`` line in its first lines is all text, and the
publication date must then be given on the command line. JSON files hold one article object or a
list of them, JSON-lines files one object per line, with the keys ``id`` (optional), ``title``,
``text``, ``published``, ``outlet``, ``url``.

Readers yield an `Article` or a `ReadError` per record, so one bad record never stops a batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline.ingest.published import PublishedDateError, parse_published
from timeline.models import Article

HEADER_KEYS = ("id", "title", "outlet", "published", "url")
_HEADER_MAX_LINES = 20
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".md")


@dataclass(frozen=True)
class ReadError:
    """A record that could not be read, and what to do about it."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def article_from_mapping(record: dict[str, Any], default_published: date | None = None) -> Article:
    """Build an Article from a JSON-like mapping; raise ValueError with a helpful message."""
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object with at least 'text' and 'published'")
    unknown = set(record) - {*HEADER_KEYS, "text"}
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: text, {', '.join(HEADER_KEYS)}")
    published_raw = record.get("published") or default_published
    if not published_raw:
        raise ValueError("no publication date: add 'published' (YYYY-MM-DD) or pass --published")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("the article text is empty: 'text' must hold the article's body")
    try:
        return Article(
            id=str(record.get("id") or ""),
            title=str(record.get("title") or ""),
            text=text,
            published=parse_published(published_raw),
            outlet=str(record.get("outlet") or ""),
            url=record.get("url") or None,
        )
    except PublishedDateError:
        raise
    except ValidationError as exc:
        raise ValueError(
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        ) from exc


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a text file into its metadata header and its text (unchanged, offsets preserved)."""
    lines = raw.split("\n")
    for i, line in enumerate(lines[: _HEADER_MAX_LINES + 1]):
        if line.strip() == "---":
            header: dict[str, str] = {}
            for entry in lines[:i]:
                if not entry.strip():
                    continue
                key, sep, value = entry.partition(":")
                key = key.strip().lower()
                if not sep or key not in HEADER_KEYS:
                    return {}, raw  # not a header after all: the whole file is text
                header[key] = value.strip()
            return header, "\n".join(lines[i + 1 :])
    return {}, raw


def read_text_file(path: Path, default_published: date | None = None) -> Article:
    header, text = split_header(path.read_text(encoding="utf-8"))
    record: dict[str, Any] = {**header, "text": text}
    if not record.get("id"):
        record["id"] = path.stem
    return article_from_mapping(record, default_published)


def read_path(path: Path, default_published: date | None = None) -> Iterator[Article | ReadError]:
    """Every article in one file, or every article file below a folder."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES):
            if child.name.lower() == "readme.md":
                continue
            yield from read_path(child, default_published)
        return
    if not path.exists():
        yield ReadError(str(path), "no such file or folder")
        return
    try:
        if path.suffix == ".jsonl":
            yield from read_json_lines(
                path.read_text(encoding="utf-8").splitlines(), str(path), default_published
            )
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            records = data if isinstance(data, list) else [data]
            for n, record in enumerate(records, 1):
                yield _guarded(record, f"{path}[{n}]", default_published)
        else:
            yield read_text_file(path, default_published)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        yield ReadError(str(path), str(exc))


def read_json_lines(
    lines: Iterable[str], source: str, default_published: date | None = None
) -> Iterator[Article | ReadError]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(f"{source}:{n}", f"not valid JSON ({exc.msg}); each line must be one JSON object")
            continue
        yield _guarded(record, f"{source}:{n}", default_published)


def _guarded(record: Any, source: str, default_published: date | None) -> Article | ReadError:
    try:
        return article_from_mapping(record, default_published)
    except ValueError as exc:
        return ReadError(source, str(exc))


def read_paths(paths: Iterable[Path], default_published: date | None = None) -> Iterator[Article | ReadError]:
    for path in paths:
        yield from read_path(path, default_published)
