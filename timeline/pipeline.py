"""One article through every stage of the engine: temporal → events."""

from __future__ import annotations

from timeline import events, temporal
from timeline.models import Article, ArticleResult


def process(article: Article) -> ArticleResult:
    tagged = temporal.tag(article.text, article.published)
    return ArticleResult(
        article=article,
        timexes=tagged.timexes,
        events=events.extract(article, tagged),
        warnings=tagged.warnings,
    )
