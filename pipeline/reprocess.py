"""Re-run the analysis on stored text when the pipeline version changes; one transaction per article."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from spacy.language import Language
from sqlalchemy import select

from models import Article, ArticleFingerprint
from models.base import utcnow
from pipeline.analysis.analyze import DEFAULT_MAX_CHARS, AnalysisInput, analyse, pipeline_version
from storage import Database
from storage.people_merge import merge_duplicate_people
from storage.stories import update_stories
from storage.writer import replace_analysis

log = logging.getLogger(__name__)


def select_articles(db: Database, version: str, everything: bool, since: date | None) -> list[int]:
    """Ids to redo: those analysed by another pipeline version, or all; optionally only those published
    (or, when undated, fetched) on or after `since`."""
    stmt = select(Article.id, Article.published_at, Article.fetched_at).order_by(Article.id)
    if not everything:
        stmt = stmt.where(Article.pipeline_version != version)
    with db.reading() as session:
        rows = session.execute(stmt).all()
    if since is None:
        return [r.id for r in rows]
    return [r.id for r in rows if (r.published_at or r.fetched_at.date()) >= since]


def reprocess(
    db: Database,
    nlp: Language,
    ids: Sequence[int],
    batch_size: int = 16,
    advance: Callable[[int], None] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Counter[str]:
    """Analyse each article's stored text and swap its derived rows atomically. An article whose text
    changed (a concurrent ingest) between reading and writing is left to that ingest."""
    version = pipeline_version(nlp)
    counts: Counter[str] = Counter()
    for start in range(0, len(ids), batch_size):
        batch = _load(db, ids[start : start + batch_size])
        inputs = [AnalysisInput(text, published) for _id, text, published, _hash in batch]
        for (article_id, _text, _pub, text_hash), analysis in zip(
            batch, analyse(nlp, inputs, batch_size, max_chars), strict=True
        ):
            with db.writing() as session:
                article = session.get(Article, article_id)
                if article is None or article.content_hash != text_hash:
                    counts["skipped"] += 1
                    continue
                replace_analysis(session, article, analysis)
                article.pipeline_version = version
                article.analysed_chars = analysis.analysed_chars
                article.analysed_at = utcnow()
            counts["reprocessed"] += 1
        if advance:
            advance(len(batch))
    with db.writing() as session:  # people the new name rules know for one, stored twice before
        counts["people_merged"] = merge_duplicate_people(session)
    log.info("reprocessed %d, skipped %d", counts["reprocessed"], counts["skipped"])
    return counts


def _load(db: Database, ids: Sequence[int]) -> list[tuple[int, str, date | None, str]]:
    stmt = select(Article.id, Article.text, Article.published_at, Article.content_hash).where(
        Article.id.in_(ids)
    )
    with db.reading() as session:
        return [(r.id, r.text, r.published_at, r.content_hash) for r in session.execute(stmt).all()]


def unlinked_articles(db: Database) -> list[int]:
    """Articles stored before copy links and event clusters existed (no fingerprint yet)."""
    fingerprinted = select(ArticleFingerprint.article_id)
    stmt = select(Article.id).where(Article.id.not_in(fingerprinted)).order_by(Article.id)
    with db.reading() as session:
        return list(session.scalars(stmt))


def link_stories(db: Database, ids: Sequence[int], advance: Callable[[int], None] | None = None) -> int:
    """Copy links, event clusters and zone stages for articles whose analysis is current, without
    analysing them again; one transaction per article."""
    done = 0
    for article_id in ids:
        with db.writing() as session:
            article = session.get(Article, article_id)
            if article is not None:
                update_stories(session, article)
                done += 1
        if advance:
            advance(1)
    return done
