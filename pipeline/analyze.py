"""The analysis stage: text and a reference date in, records out. Knows nothing of the database."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Analysis, Official, OrganizationRecord, Span
from pipeline import __version__

log = logging.getLogger(__name__)

RULES_VERSION = "1"


@dataclass(frozen=True)
class AnalysisInput:
    text: str
    published: date | None


def pipeline_version(nlp: Language) -> str:
    """Changes whenever code, rules or model change, so `reprocess` knows what is stale."""
    return f"{__version__}+r{RULES_VERSION}+{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def _span(doc: Doc, start: int, end: int) -> Span:
    sent = doc.char_span(start, end, alignment_mode="expand")
    s = sent.sent if sent is not None else None
    return Span(doc.text[start:end], start, end, s.start_char if s else None, s.end_char if s else None)


def _analyse_doc(doc: Doc, version: str) -> Analysis:
    officials: dict[str, Official] = {}
    orgs: dict[str, OrganizationRecord] = {}
    for ent in doc.ents:
        mention = _span(doc, ent.start_char, ent.end_char)
        if ent.label_ == "PERSON":
            officials.setdefault(ent.text, Official(name=ent.text)).mentions.append(mention)
        elif ent.label_ == "ORG":
            orgs.setdefault(ent.text, OrganizationRecord(name=ent.text)).mentions.append(mention)
    return Analysis(version, officials=list(officials.values()), organizations=list(orgs.values()))


def analyse(nlp: Language, items: Sequence[AnalysisInput], batch_size: int = 16) -> Iterable[Analysis]:
    """Analyse texts in batches with nlp.pipe, yielding one Analysis per input in order."""
    version = pipeline_version(nlp)
    for doc in nlp.pipe((item.text for item in items), batch_size=batch_size):
        yield _analyse_doc(doc, version)
