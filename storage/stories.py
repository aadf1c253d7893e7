"""After an article's rows are written: link its copies, cluster its events with other articles' reports,
and recompute the stages of the zones whose clusters changed. Runs inside the article's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import Article
from storage.clusters import Prior, prior_clusters, recluster
from storage.copies import link_copies
from storage.zone_stages import refresh_zones

__all__ = ["Prior", "prior_clusters", "update_stories"]


def update_stories(session: Session, article: Article, prior: Prior | None = None) -> None:
    copy = link_copies(session, article)
    zones = recluster(session, {article.id} | copy.changed, prior)
    refresh_zones(session, zones)
