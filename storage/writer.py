"""Write one analysed article and everything derived from it in one transaction."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Article,
    ArticleOfficial,
    ArticleOrganization,
    ArticleVersion,
    ArticleZone,
    DateMention,
    Event,
    EventArgument,
    EventMention,
    Mention,
)
from models.base import utcnow
from models.records import Analysis, EventRecord, Span
from storage.engine import StorageError
from storage.entities import organization_for, person_for, zone_for
from storage.stories import prior_clusters, update_stories

log = logging.getLogger(__name__)

Outcome = Literal["created", "updated", "unchanged"]
KEEP_RATIO = 0.5  # an update that keeps less than this share of the stored words is refused without force


class UpdateRefused(StorageError):
    """An update would replace a stored article with much less of it (a stub, a paywall, an error page)."""


@dataclass(frozen=True)
class ArticleInput:
    url: str  # canonical
    title: str | None
    author: str | None
    published_at: date | None
    language: str | None
    text: str
    source_id: int | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def content_hash(self) -> str:
        published = self.published_at.isoformat() if self.published_at else ""
        payload = "\x1f".join([self.title or "", published, self.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def find_by_url(session: Session, url: str) -> Article | None:
    return session.scalar(select(Article).where(Article.url == url))


def save_article(
    session: Session, item: ArticleInput, analysis: Analysis, force: bool = False
) -> tuple[int, Outcome]:
    """Insert, update in place, or leave alone when content and pipeline version are unchanged.

    An update that would lose most of the stored text or its title raises UpdateRefused unless force;
    the text it replaces is kept in article_versions. Runs inside the caller's transaction; the caller
    commits once.
    """
    article = find_by_url(session, item.url)
    outcome: Outcome = "updated" if article else "created"
    if article is None:
        article = Article(url=item.url)
        session.add(article)
    elif article.content_hash == item.content_hash and article.pipeline_version == analysis.pipeline_version:
        return article.id, "unchanged"
    elif article.content_hash != item.content_hash:
        if not force:
            _refuse_loss(article, item)
        session.add(_version_of(article))
    _copy_fields(article, item, analysis)
    replace_analysis(session, article, analysis)
    session.flush()
    return article.id, outcome


def _refuse_loss(article: Article, item: ArticleInput) -> None:
    if article.title and not item.title:
        raise UpdateRefused(
            f"{item.url}: the new version has no title (stored: {article.title!r}); kept the stored "
            "article (use --force to replace it)"
        )
    if item.word_count < article.word_count * KEEP_RATIO:
        raise UpdateRefused(
            f"{item.url}: the new version has {item.word_count} words, the stored one {article.word_count};"
            " kept the stored article (use --force to replace it)"
        )


def _version_of(article: Article) -> ArticleVersion:
    return ArticleVersion(
        article_id=article.id,
        title=article.title,
        published_at=article.published_at,
        text=article.text,
        word_count=article.word_count,
        content_hash=article.content_hash,
        fetched_at=article.fetched_at,
        replaced_at=utcnow(),
    )


def _copy_fields(article: Article, item: ArticleInput, analysis: Analysis) -> None:
    article.title = item.title
    article.author = item.author
    article.published_at = item.published_at
    article.language = item.language
    article.text = item.text
    article.word_count = item.word_count
    article.content_hash = item.content_hash
    article.pipeline_version = analysis.pipeline_version
    article.analysed_chars = analysis.analysed_chars
    article.fetched_at = article.analysed_at = utcnow()
    if item.source_id is not None:
        article.source_id = item.source_id


def _mention_rows(kind: str, key: str, spans: list[Span]) -> list[Mention]:
    return [
        Mention(
            kind=kind,
            key=key,
            text=s.text,
            start=s.start,
            end=s.end,
            sentence_start=s.sentence_start,
            sentence_end=s.sentence_end,
        )
        for s in spans
    ]


def replace_analysis(session: Session, article: Article, analysis: Analysis) -> None:
    """Swap every derived row of an article for the new analysis (also used by reprocess), then bring its
    copy link, event clusters and zone stages up to date (storage/stories.py)."""
    prior = prior_clusters(article)
    for collection in (
        article.officials,
        article.zones,
        article.organizations,
        article.mentions,
        article.dates,
        article.events,
    ):
        collection.clear()
    session.flush()
    seen = article.published_at
    for off in analysis.officials:
        person = person_for(session, off, seen)
        titles: list[dict[str, Any]] = [
            {"title": t.title, "organization": t.organization} for t in off.titles
        ]
        article.officials.append(
            ArticleOfficial(
                person=person,
                title=off.title,
                organization=off.organization,
                country=off.country,
                titles=titles,
                rule=off.rule,
            )
        )
        article.mentions.extend(_mention_rows("official", person.name, off.mentions))
    for zone in analysis.zones:
        row = zone_for(session, zone)
        article.zones.append(
            ArticleZone(zone=row, location=zone.location, province=zone.province, rule=zone.rule)
        )
        article.mentions.extend(_mention_rows("zone", row.name, zone.mentions))
    for org in analysis.organizations:
        org_row = organization_for(session, org)
        article.organizations.append(ArticleOrganization(organization=org_row, rule=org.rule))
        article.mentions.extend(_mention_rows("organization", org_row.name, org.mentions))
    for d in analysis.dates:
        article.dates.append(
            DateMention(
                text=d.text,
                start=d.start,
                end=d.end,
                granularity=d.granularity,
                start_char=d.start_char,
                end_char=d.end_char,
                rule=d.rule,
            )
        )
    for ev in analysis.events:
        article.events.append(_event_row(ev, seen))
    session.flush()
    update_stories(session, article, prior)


def _event_row(ev: EventRecord, published: date | None) -> Event:
    row = Event(
        day=ev.date[0] if ev.date else published,
        type=ev.type,
        status=ev.status,
        trigger=ev.trigger,
        sentence=ev.sentence,
        sentence_start=ev.sentence_start,
        date_start=ev.date[0] if ev.date else None,
        date_end=ev.date[1] if ev.date else None,
        amount_value=ev.amount.value if ev.amount else None,
        amount_currency=ev.amount.currency if ev.amount else None,
        rule=ev.rule,
    )
    row.arguments.extend(EventArgument(kind="participant", name=p.name, role=p.role) for p in ev.participants)
    row.arguments.extend(EventArgument(kind="organization", name=n) for n in ev.organizations)
    row.arguments.extend(EventArgument(kind="zone", name=n) for n in ev.zones)
    row.mentions.extend(
        EventMention(
            text=m.text,
            start=m.start,
            end=m.end,
            sentence_start=m.sentence_start,
            sentence_end=m.sentence_end,
        )
        for m in ev.mentions
    )
    return row
