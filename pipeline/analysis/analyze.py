"""The analysis stage: text and a reference date in, records out. Knows nothing of the database."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Analysis
from pipeline import __version__
from pipeline.analysis.dates import extract_dates
from pipeline.analysis.events import Context, extract_events
from pipeline.analysis.officials import extract_officials
from pipeline.analysis.organizations import extract_organizations, known_abbreviations, org_countries
from pipeline.analysis.sentences import doc_text
from pipeline.analysis.zones import extract_zones

log = logging.getLogger(__name__)

# Bump when a rule or a gazetteer changes what comes out, so `cpec reprocess` redoes stored articles.
RULES_VERSION = "5"


@dataclass(frozen=True)
class AnalysisInput:
    text: str
    published: date | None


def pipeline_version(nlp: Language) -> str:
    """Changes whenever code, rules or model change, so `reprocess` knows what is stale."""
    return f"{__version__}+r{RULES_VERSION}+{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def analyse_doc(doc: Doc, published: date | None, version: str) -> Analysis:
    abbreviations = known_abbreviations(doc_text(doc))
    organizations = extract_organizations(doc, abbreviations)
    officials = extract_officials(doc, abbreviations, org_countries())
    zones = extract_zones(doc)
    dates = extract_dates(doc, published)
    events = extract_events(doc, Context(officials, organizations, zones, dates))
    return Analysis(version, officials, zones, organizations, dates, events)


DEFAULT_MAX_CHARS = 100_000


def analysed_part(text: str, max_chars: int) -> str:
    """The text up to max_chars, cut at the last paragraph (else sentence, else word) end before it, so
    that one enormous page costs no more than a long article; offsets into it are offsets into text."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    for mark in ("\n", ". ", " "):
        cut = head.rfind(mark)
        if cut > max_chars // 2:
            return head[: cut + len(mark)].rstrip()
    return head


def analyse(
    nlp: Language,
    items: Sequence[AnalysisInput],
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterable[Analysis]:
    """Analyse texts in batches with nlp.pipe, yielding one Analysis per input in order. Only the first
    max_chars of a text (at a paragraph end) are analysed; the Analysis says how many when it was cut."""
    version = pipeline_version(nlp)
    parts = [analysed_part(item.text, max_chars) for item in items]
    # spaCy refuses texts over nlp.max_length (1,000,000 by default) outright; the cap decides instead
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    docs = nlp.pipe(parts, batch_size=batch_size)
    for item, part, doc in zip(items, parts, docs, strict=True):
        analysis = analyse_doc(doc, item.published, version)
        if len(part) < len(item.text):
            analysis.analysed_chars = len(part)
            log.info("analysed the first %d of %d characters", len(part), len(item.text))
        yield analysis
