"""Across articles: text fingerprints that find syndicated copies, event clusters (one real occurrence and
every report of it), and each zone's stages over time. All derived: rebuilt from articles and events."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ArticleFingerprint(Base):
    """An article's text as copy detection sees it: a hash of its normalised words (exact copies) and a
    MinHash signature of its word shingles (near copies), with the LSH band keys in article_bands."""

    __tablename__ = "article_fingerprints"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    shingles: Mapped[int] = mapped_column(Integer)
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # NUM_PERM little-endian uint64 hash values


class ArticleBand(Base):
    """One LSH band of an article's signature, hashed with the band's number: articles that share a key
    are candidates for near copies, found by an indexed lookup that survives restarts."""

    __tablename__ = "article_bands"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    key: Mapped[int] = mapped_column(BigInteger, index=True)


class EventCluster(Base):
    """One real occurrence reported by one or more articles; its facts reconciled from its reports
    (events.cluster_id): the latest report's status, the date they agree on, everyone taking part."""

    __tablename__ = "event_clusters"
    __table_args__ = (Index("ix_event_clusters_type_days", "type", "first_day", "last_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(10))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    first_reported: Mapped[date | None] = mapped_column(Date, index=True)
    last_reported: Mapped[date | None] = mapped_column(Date)
    reports: Mapped[int] = mapped_column(Integer, default=0)  # articles (copies never count)
    mentions: Mapped[int] = mapped_column(Integer, default=0)  # article-level events
    # the days its reports may refer to (a planned report reaches ahead): where new reports are sought
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    zones: Mapped[list[str]] = mapped_column(JSON, default=list)
    organizations: Mapped[list[str]] = mapped_column(JSON, default=list)
    trigger: Mapped[str] = mapped_column(Text, default="")  # the first report's trigger word
    sentence: Mapped[str] = mapped_column(Text, default="")  # the first report's sentence


class EventClusterKey(Base):
    """Who and where of a cluster, indexed: an official (kind p, the person's identity key), a zone (z) or
    a body (o); finds the clusters of a zone or a person, and candidates for a new report."""

    __tablename__ = "event_cluster_keys"
    __table_args__ = (Index("ix_event_cluster_keys_kind_name", "kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey("event_clusters.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(1))
    name: Mapped[str] = mapped_column(String(300))


class ZoneStage(Base):
    """A stage a zone reached (planned, approved, groundbreaking, operational, delayed): when first and
    last reported, and the articles and event clusters behind it. current marks where it stands now."""

    __tablename__ = "zone_stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    first_date: Mapped[date] = mapped_column(Date)
    last_date: Mapped[date] = mapped_column(Date)
    reports: Mapped[int] = mapped_column(Integer)
    article_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    cluster_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    current: Mapped[bool] = mapped_column(Boolean, default=False)
    since: Mapped[date | None] = mapped_column(Date)  # on the current row: since when it stands there
