"""One URL (or file) end to end: load, extract, analyse, store in one transaction per article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from config import Settings
from models.records import Analysis
from pipeline.analysis.analyze import AnalysisInput, analyse
from pipeline.analysis.normalize import normalize_text, strip_controls
from pipeline.crawl.polite import Fetcher
from pipeline.crawl.urls import canonical_url
from pipeline.errors import CpecError, NotAnArticle
from pipeline.extract import Extracted
from pipeline.targets import expand, load_target
from storage import Database, StorageError
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
    """Each target's extraction, or the expected error that stopped it; one bad target stops no other.
    URLs are fetched with retries on 429/5xx (Retry-After honoured), not subject to robots.txt: a person
    asked for this page."""
    expanded = expand(list(targets), published)
    with Fetcher(settings, obey_robots=False) as fetcher:
        for target in expanded:
            try:
                yield target.name, load_target(target, fetcher, settings)
            except CpecError as exc:
                yield target.name, exc


def check_words(extracted: Extracted, text: str, min_words: int) -> None:
    words = len(text.split())
    if words < min_words:
        raise NotAnArticle(
            f"{extracted.url}: only {words} words of text (min_words is {min_words}): not an article"
        )


def prepare(
    extracted: Extracted, nlp: Language, settings: Settings, source_id: int | None = None
) -> tuple[ArticleInput, Analysis]:
    """Normalise and analyse one extraction: the row to write and its derived records. A page with fewer
    than min_words words is NotAnArticle (a stub, an error page, a cookie wall)."""
    text = normalize_text(extracted.text)
    check_words(extracted, text, settings.min_words)
    inputs = [AnalysisInput(text, extracted.published_at)]
    [analysis] = list(analyse(nlp, inputs, settings.batch_size, settings.max_analysis_chars))
    item = ArticleInput(
        url=canonical_url(extracted.url),
        title=_field(extracted.title),
        author=_field(extracted.author),
        published_at=extracted.published_at,
        language=extracted.language,
        text=text,
        source_id=source_id,
    )
    return item, analysis


def _field(value: str | None) -> str | None:
    cleaned = " ".join(strip_controls(value).split()) if value else None
    return cleaned or None


def store(
    db: Database,
    extracted: Extracted,
    nlp: Language,
    settings: Settings,
    source_id: int | None = None,
    force: bool = False,
) -> tuple[int, str]:
    """Normalise, analyse and write one extraction whole in one transaction (run again if it lost a race
    with another writer)."""
    item, analysis = prepare(extracted, nlp, settings, source_id)
    return db.transact(lambda session: save_article(session, item, analysis, force))


def ingest(
    targets: Sequence[str],
    settings: Settings,
    db: Database,
    nlp_loader: Callable[[], Language],
    published: date | None = None,
    force: bool = False,
) -> Iterator[IngestResult]:
    """Every target, each on its own: a failure is reported for that target and the rest go on."""
    nlp: Language | None = None
    for target, loaded in load_all(targets, settings, published):
        if isinstance(loaded, CpecError):
            yield IngestResult(target, error=str(loaded))
            continue
        try:
            nlp = nlp or nlp_loader()
            article_id, outcome = store(db, loaded, nlp, settings, force=force)
        except (CpecError, StorageError) as exc:
            yield IngestResult(target, error=str(exc))
            continue
        except Exception as exc:  # a bug on one article must not drop the targets after it
            log.exception("ingesting %s failed", target)
            yield IngestResult(target, error=f"{target}: internal error: {type(exc).__name__}: {exc}")
            continue
        log.info("%s: %s article %d", target, outcome, article_id)
        yield IngestResult(target, article_id, outcome)
