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
RULES_VERSION = "6"


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
    events = extract_events(doc, Context(officials, organizations, zones, dates, published))
    return Analysis(version, officials, zones, organizations, dates, events)


def analyse(nlp: Language, items: Sequence[AnalysisInput], batch_size: int = 16) -> Iterable[Analysis]:
    """Analyse texts in batches with nlp.pipe, yielding one Analysis per input in order."""
    version = pipeline_version(nlp)
    docs = nlp.pipe((item.text for item in items), batch_size=batch_size)
    for item, doc in zip(items, docs, strict=True):
        yield analyse_doc(doc, item.published, version)
