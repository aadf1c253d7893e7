"""One URL (or file) end to end: load, extract, analyse, store in one transaction per article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language

from config import Settings
from models.records import Analysis
from pipeline.analysis.analyze import AnalysisInput, analyse
from pipeline.analysis.normalize import normalize_text
from pipeline.crawl.fetch import make_client
from pipeline.crawl.urls import canonical_url
from pipeline.errors import CpecError
from pipeline.extract import Extracted
from pipeline.targets import load_target
from storage import Database
from storage.writer import ArticleInput, save_article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    target: str
    article_id: int | None = None
    outcome: str | None = None  # created | updated | unchanged
    error: str | None = None


def load_all(
    targets: Sequence[str], settings: Settings, published: date | None
) -> Iterator[tuple[str, Extracted | CpecError]]:
    """Each target's extraction, or the expected error that stopped it; one bad target stops no other."""
    with make_client(settings) as client:
        for target in targets:
            try:
                extracted = load_target(target, client, settings)
            except CpecError as exc:
                yield target, exc
                continue
            if published is not None:
                extracted = replace(extracted, published_at=published)
            yield target, extracted


def prepare(
    extracted: Extracted, nlp: Language, settings: Settings, source_id: int | None = None
) -> tuple[ArticleInput, Analysis]:
    """Normalise and analyse one extraction: the row to write and its derived records."""
    text = normalize_text(extracted.text)
    [analysis] = list(analyse(nlp, [AnalysisInput(text, extracted.published_at)], settings.batch_size))
    item = ArticleInput(
        url=canonical_url(extracted.url),
        title=extracted.title,
        author=extracted.author,
        published_at=extracted.published_at,
        language=extracted.language,
        text=text,
        source_id=source_id,
    )
    return item, analysis


def store(
    db: Database, extracted: Extracted, nlp: Language, settings: Settings, source_id: int | None = None
) -> tuple[int, str]:
    """Normalise, analyse and write one extraction whole in one transaction."""
    item, analysis = prepare(extracted, nlp, settings, source_id)
    with db.writing() as session:
        return save_article(session, item, analysis)


def ingest(
    targets: Sequence[str],
    settings: Settings,
    db: Database,
    nlp_loader: Callable[[], Language],
    published: date | None = None,
) -> Iterator[IngestResult]:
    nlp: Language | None = None
    for target, loaded in load_all(targets, settings, published):
        if isinstance(loaded, CpecError):
            yield IngestResult(target, error=str(loaded))
            continue
        nlp = nlp or nlp_loader()
        article_id, outcome = store(db, loaded, nlp, settings)
        log.info("%s: %s article %d", target, outcome, article_id)
        yield IngestResult(target, article_id, outcome)
