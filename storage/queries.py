"""Read side shared by the CLI and any API: whole records and filtered lists, as plain dicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from models import Article, ArticleOfficial, ArticleZone, Event, Source


class NotFound(LookupError):
    """No stored article matches the given id or URL."""


def find_article(session: Session, ref: str, canonical: str | None = None) -> Article:
    """By numeric id, or by URL as given or in its canonical form."""
    stmt = select(Article).options(
        selectinload(Article.officials).selectinload(ArticleOfficial.person),
        selectinload(Article.zones).selectinload(ArticleZone.zone),
        selectinload(Article.organizations),
        selectinload(Article.mentions),
        selectinload(Article.dates),
        selectinload(Article.events).selectinload(Event.arguments),
        selectinload(Article.events).selectinload(Event.mentions),
    )
    if ref.isdigit():
        article = session.scalar(stmt.where(Article.id == int(ref)))
    else:
        article = session.scalar(stmt.where(or_(Article.url == ref, Article.url == (canonical or ref))))
    if article is None:
        raise NotFound(f"no stored article {ref!r}")
    return article


def _mentions_by_key(article: Article) -> dict[tuple[str, str], list[dict[str, Any]]]:
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in article.mentions:
        grouped[(m.kind, m.key)].append({"text": m.text, "start": m.start, "end": m.end})
    return grouped


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def article_summary(article: Article, source_name: str | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published_at": _iso(article.published_at),
        "source": source_name,
        "language": article.language,
        "word_count": article.word_count,
        "copy_of": article.copy_of_id,  # a syndicated or near-duplicate copy of that (earlier) article
    }


def article_record(session: Session, article: Article) -> dict[str, Any]:
    """The JSON record of DESIGN.md for one stored article."""
    mentions = _mentions_by_key(article)
    source = session.get(Source, article.source_id) if article.source_id else None
    head = article_summary(article, source.name if source else None)
    head["text"] = article.text
    # None when the whole text was analysed; else how many of its first characters (max_analysis_chars)
    head["analysed_chars"] = article.analysed_chars
    head["copy_similarity"] = article.copy_similarity
    head["copies"] = list(
        session.scalars(select(Article.id).where(Article.copy_of_id == article.id).order_by(Article.id))
    )
    return {
        "article": head,
        "officials": [
            {
                "name": o.person.name,
                "title": o.title,
                "organization": o.organization,
                "country": o.country,
                "titles": o.titles,
                "mentions": mentions.get(("official", o.person.name), []),
                "rule": o.rule,
            }
            for o in article.officials
        ],
        "zones": [
            {
                "name": z.zone.name,
                "location": z.location,
                "province": z.province,
                "mentions": mentions.get(("zone", z.zone.name), []),
                "rule": z.rule,
            }
            for z in article.zones
        ],
        "organizations": [
            {
                "name": o.organization.name,
                "abbreviation": o.organization.abbreviation,
                "mentions": mentions.get(("organization", o.organization.name), []),
                "rule": o.rule,
            }
            for o in article.organizations
        ],
        "dates": [
            {
                "text": d.text,
                "start": _iso(d.start),
                "end": _iso(d.end),
                "granularity": d.granularity,
                "start_char": d.start_char,
                "end_char": d.end_char,
                "rule": d.rule,
            }
            for d in article.dates
        ],
        "events": [event_record(e) for e in article.events],
    }


def event_record(e: Event) -> dict[str, Any]:
    def names(kind: str) -> list[str]:
        return [a.name for a in e.arguments if a.kind == kind]

    return {
        "type": e.type,
        "status": e.status,
        "trigger": e.trigger,
        "sentence": e.sentence,
        "date": {"start": _iso(e.date_start), "end": _iso(e.date_end)} if e.date_start else None,
        "participants": [{"name": a.name, "role": a.role} for a in e.arguments if a.kind == "participant"],
        "organizations": names("organization"),
        "zones": names("zone"),
        "amount": {"value": e.amount_value, "currency": e.amount_currency} if e.amount_value else None,
        "mentions": [
            {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "sentence_start": m.sentence_start,
                "sentence_end": m.sentence_end,
            }
            for m in e.mentions
        ],
        "rule": e.rule,
        "cluster_id": e.cluster_id,  # the occurrence across articles (cpec query events)
    }


@dataclass(frozen=True)
class ArticleFilter:
    search: str | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    limit: int = 50
    include_copies: bool = False


def _conditions(f: ArticleFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.search:
        pattern = f"%{f.search}%"
        conds.append(or_(Article.title.ilike(pattern), Article.text.ilike(pattern)))
    if f.since:
        conds.append(Article.published_at >= f.since)
    if f.until:
        conds.append(Article.published_at <= f.until)
    if f.source:
        conds.append(Source.name == f.source)
    if not f.include_copies:
        conds.append(Article.copy_of_id.is_(None))
    return conds


def list_articles(session: Session, f: ArticleFilter) -> list[dict[str, Any]]:
    stmt = (
        select(Article, Source.name)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(*_conditions(f))
        .order_by(Article.published_at.desc().nulls_last(), Article.id.desc())
        .limit(f.limit)
    )
    return [article_summary(a, name) for a, name in session.execute(stmt).all()]
