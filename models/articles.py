"""Articles and every fact derived from one, each keeping its character offsets into the stored text."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utcnow


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)  # canonical
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    pipeline_version: Mapped[str] = mapped_column(String(40))
    fetched_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    analysed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # set when only the first characters of a very long text were analysed (max_analysis_chars)
    analysed_chars: Mapped[int | None] = mapped_column(Integer)
    # a syndicated or near-duplicate copy: the earliest article with (nearly) the same text; None for an
    # original. A copy is stored but counts once, as its original, in every aggregate.
    copy_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    copy_similarity: Mapped[float | None] = mapped_column(Float)  # estimated Jaccard of word shingles

    officials: Mapped[list[ArticleOfficial]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleOfficial.id"
    )
    zones: Mapped[list[ArticleZone]] = relationship(cascade="all, delete-orphan", order_by="ArticleZone.id")
    organizations: Mapped[list[ArticleOrganization]] = relationship(
        cascade="all, delete-orphan", order_by="ArticleOrganization.id"
    )
    mentions: Mapped[list[Mention]] = relationship(cascade="all, delete-orphan", order_by="Mention.start")
    dates: Mapped[list[DateMention]] = relationship(
        cascade="all, delete-orphan", order_by="DateMention.start_char"
    )
    events: Mapped[list[Event]] = relationship(cascade="all, delete-orphan", order_by="Event.id")


class ArticleVersion(Base):
    """An earlier text of an article, kept when an update replaced it."""

    __tablename__ = "article_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)  # when this text was stored
    replaced_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ArticleOfficial(Base):
    """A person as one article presents them: the main office and every office it gives."""

    __tablename__ = "article_officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(80))
    titles: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rule: Mapped[str | None] = mapped_column(Text)  # which rules found the person and chose the country

    article: Mapped[Article] = relationship(back_populates="officials")
    person: Mapped[Person] = relationship()


class ArticleZone(Base):
    __tablename__ = "article_zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    province: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(Text)

    zone: Mapped[Zone] = relationship()


class ArticleOrganization(Base):
    __tablename__ = "article_organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    rule: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization] = relationship()


class Mention(Base):
    """Where an entity is named: kind is official, zone or organization; key is the entity's name."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)


class DateMention(Base):
    __tablename__ = "dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    granularity: Mapped[str] = mapped_column(String(10))
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str | None] = mapped_column(Text)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_day", "day", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(10), index=True)
    trigger: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    # the date lists sort and filter events by: date_start, else the article's publication date
    day: Mapped[date | None] = mapped_column(Date)
    amount_value: Mapped[float | None] = mapped_column(Float)
    amount_currency: Mapped[str | None] = mapped_column(String(8))
    rule: Mapped[str | None] = mapped_column(Text)
    # the real occurrence this report belongs to across articles (None for a copy's events)
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_clusters.id", ondelete="SET NULL"), index=True
    )

    arguments: Mapped[list[EventArgument]] = relationship(
        cascade="all, delete-orphan", order_by="EventArgument.id"
    )
    mentions: Mapped[list[EventMention]] = relationship(
        cascade="all, delete-orphan", order_by="EventMention.start"
    )


class EventMention(Base):
    """One report of an event: its trigger word and sentence (one occurrence may be told several times)."""

    __tablename__ = "event_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)


class EventArgument(Base):
    """A participant, organisation or zone of an event (kind), with a role for participants."""

    __tablename__ = "event_arguments"
    # Events of one zone or one official are found by (kind, name); the arguments of given events by
    # (event_id, kind). Both cover the name and the event id, so neither touches the table (bench/explain.py).
    __table_args__ = (
        Index("ix_event_arguments_kind_name", "kind", "name", "event_id"),
        Index("ix_event_arguments_event_kind_name", "event_id", "kind", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(30))


from models.entities import Organization, Person, Zone  # noqa: E402
