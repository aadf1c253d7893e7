"""SQLAlchemy 2.x models of the structured records."""

from models.articles import (
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
from models.base import Base
from models.entities import Organization, Person, PersonAlias, PersonTitle, Zone
from models.sources import Run, SchedulerLock, SeenUrl, Source
from models.stories import ArticleBand, ArticleFingerprint, EventCluster, EventClusterKey, ZoneStage

__all__ = [
    "Article",
    "ArticleBand",
    "ArticleFingerprint",
    "ArticleOfficial",
    "ArticleOrganization",
    "ArticleVersion",
    "ArticleZone",
    "Base",
    "DateMention",
    "Event",
    "EventArgument",
    "EventCluster",
    "EventClusterKey",
    "EventMention",
    "Mention",
    "Organization",
    "Person",
    "PersonAlias",
    "PersonTitle",
    "Run",
    "SchedulerLock",
    "SeenUrl",
    "Source",
    "Zone",
    "ZoneStage",
]
