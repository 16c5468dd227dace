"""Adding one article: validate, process through the pipeline, save. Shared by the API and the form."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from dashboard.services import Services
from timeline import pipeline
from timeline.ingest.files import article_from_mapping
from timeline.models import Article, Event

log = logging.getLogger(__name__)


class ArticleRejected(ValueError):
    """An article that cannot be added; `status` is the HTTP status that says why."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class AddedArticle:
    article: Article
    new: bool
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def add_article(services: Services, record: dict[str, Any]) -> AddedArticle:
    """Read `record` ({title, outlet, url, published, text}) as an article and store its events."""
    if not isinstance(record, dict):
        raise ArticleRejected("expected a JSON object with at least 'text' and 'published'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleRejected("the article text is empty: paste the article's body text")
    if not record.get("published"):
        # Deictic dates ("on Wednesday", "last year") mean nothing without it.
        raise ArticleRejected("no publication date: give 'published' as YYYY-MM-DD")
    limit = services.settings.max_article_bytes
    if len(text.encode("utf-8")) > limit:
        raise ArticleRejected(
            f"the article text is too large ({len(text.encode('utf-8')):,} bytes; the limit is {limit:,})",
            413,
        )
    url = record.get("url")
    if url and not (isinstance(url, str) and url.lower().startswith(("http://", "https://"))):
        # Only web links: the page turns this into a link, and javascript: URLs must never get there.
        raise ArticleRejected("'url' must start with http:// or https://")
    try:
        article = article_from_mapping(record)
    except ValueError as exc:  # PublishedDateError is a ValueError too
        raise ArticleRejected(str(exc)) from None
    try:
        result = pipeline.process(article)
    except Exception as exc:  # the engine's failure must not take the page down; say what happened
        log.exception("processing article %s failed", article.id)
        raise ArticleRejected(f"the article could not be processed: {exc}", 500) from exc
    new = services.store.save(result)
    return AddedArticle(article=article, new=new, events=result.events, warnings=result.warnings)
