"""Read side shared by the CLI and any API: whole records and filtered lists, as plain dicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, defer, selectinload

from models import Article, ArticleOfficial, ArticleZone, Event, Person, Source, Zone
from storage import filters, paging
from storage.paging import Page
from storage.search import Matcher


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


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def article_summary(article: Article, source_name: str | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published_at": iso(article.published_at),
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
                "start": iso(d.start),
                "end": iso(d.end),
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
        "date": {"start": iso(e.date_start), "end": iso(e.date_end)} if e.date_start else None,
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


@dataclass(frozen=True, kw_only=True)  # by name only: several fields share a type
class ArticleFilter:
    search: str | None = None  # full-text search (storage/search.py): ranked, with snippets
    since: date | None = None
    until: date | None = None
    source: str | None = None
    limit: int = 50
    zone: str | None = None  # part of a zone's name
    official: str | None = None  # part of a person's name or alias
    zone_id: int | None = None
    official_id: int | None = None
    organization_id: int | None = None
    event_type: str | None = None  # articles with at least one such event
    event_status: str | None = None
    include_copies: bool = False  # syndicated copies too (each says which article it copies)


def _conditions(f: ArticleFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.since:
        conds.append(Article.published_at >= f.since)
    if f.until:
        conds.append(Article.published_at <= f.until)
    if f.source:
        conds.append(Article.source_id.in_(select(Source.id).where(Source.name == f.source)))
    if f.zone:
        conds.append(filters.article_names_zones(filters.zones_named(f.zone)))
    if f.zone_id is not None:
        conds.append(filters.article_names_zones([f.zone_id]))
    if f.official:
        conds.append(filters.article_names_people(filters.people_named(f.official)))
    if f.official_id is not None:
        conds.append(filters.article_names_people([f.official_id]))
    if f.organization_id is not None:
        conds.append(filters.article_names_organization(f.organization_id))
    if f.event_type or f.event_status:
        conds.append(filters.article_has_event(f.event_type, f.event_status))
    if not f.include_copies:
        conds.append(Article.copy_of_id.is_(None))
    return conds


def article_page(session: Session, f: ArticleFilter, cursor: str | None = None) -> Page:
    """Newest first, or best match first when searching; `next` continues after the last row."""
    if f.search:
        return _search_page(session, f, cursor)
    stmt = (
        select(Article, Source.name)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(*_conditions(f))
        .order_by(Article.published_at.desc().nulls_last(), Article.id.desc())
        .limit(f.limit + 1)
        .options(defer(Article.text))
    )
    if cursor:
        last, last_id = paging.decode("articles", cursor, 2)
        stmt = stmt.where(
            paging.after_nullable(
                Article.published_at, Article.id, paging.as_date(last), paging.as_int(last_id), True
            )
        )
    rows = session.execute(stmt).all()
    items = [article_summary(a, name) for a, name in rows[: f.limit]]
    _add_entities(session, items)
    more = len(rows) > f.limit
    nxt = paging.encode("articles", [items[-1]["published_at"], items[-1]["id"]]) if more else None
    return Page(items, nxt)


def _search_page(session: Session, f: ArticleFilter, cursor: str | None) -> Page:
    assert f.search
    matcher = Matcher(session, f.search)
    hits = matcher.scored(_conditions(f))  # filters apply before the ranked candidates are chosen
    top = select(hits.c.id, hits.c.score).order_by(hits.c.score.desc(), hits.c.id.desc()).limit(f.limit + 1)
    if cursor:
        last, last_id = paging.decode("search", cursor, 2)
        top = top.where(
            paging.after_score(hits.c.score, hits.c.id, paging.as_float(last), paging.as_int(last_id))
        )
    page_hits = top.subquery("page_hits")  # a page of ids first: article rows are read for it alone
    stmt = (
        select(Article, Source.name, page_hits.c.score)
        .join(page_hits, page_hits.c.id == Article.id)
        .outerjoin(Source, Source.id == Article.source_id)
        .order_by(page_hits.c.score.desc(), Article.id.desc())
        .options(defer(Article.text))
    )
    rows = session.execute(stmt).all()
    page = rows[: f.limit]
    snippets = matcher.snippets([a.id for a, _n, _s in page])
    items = []
    for article, name, score in page:
        snippet, marks = snippets.get(article.id, ("", []))
        items.append(
            {
                **article_summary(article, name),
                "score": score,
                "snippet": snippet,
                "highlights": [list(m) for m in marks],
            }
        )
    _add_entities(session, items)
    more = len(rows) > f.limit
    nxt = paging.encode("search", [items[-1]["score"], items[-1]["id"]]) if more else None
    return Page(items, nxt)


def _add_entities(session: Session, items: list[dict[str, Any]]) -> None:
    """Each listed article with the officials and zones it names (two queries for the page)."""
    ids = [item["id"] for item in items]
    found: dict[int, dict[str, list[str]]] = {i: {"officials": [], "zones": []} for i in ids}
    people = (
        select(ArticleOfficial.article_id, Person.name)
        .join(Person, Person.id == ArticleOfficial.person_id)
        .where(ArticleOfficial.article_id.in_(ids))
        .order_by(ArticleOfficial.id)
    )
    zones = (
        select(ArticleZone.article_id, Zone.name)
        .join(Zone, Zone.id == ArticleZone.zone_id)
        .where(ArticleZone.article_id.in_(ids))
        .order_by(ArticleZone.id)
    )
    for key, stmt in (("officials", people), ("zones", zones)):
        for article_id, name in session.execute(stmt).all():
            found[article_id][key].append(name)
    for item in items:
        item.update(found[item["id"]])


def list_articles(session: Session, f: ArticleFilter) -> list[dict[str, Any]]:
    return article_page(session, f).items
