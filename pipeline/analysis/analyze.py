"""The analysis stage: text and a reference date in, records out. Knows nothing of the database."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from models.records import Analysis
from pipeline import __version__
from pipeline.analysis.dates import extract_dates
from pipeline.analysis.event_context import Context
from pipeline.analysis.events import extract_events
from pipeline.analysis.officials import extract_officials
from pipeline.analysis.organizations import extract_organizations, known_abbreviations, org_countries
from pipeline.analysis.sentences import doc_text
from pipeline.analysis.zones import extract_zones
from pipeline.datelines import publication_day

log = logging.getLogger(__name__)

# Bump when a rule or a gazetteer changes what comes out, so `cpec reprocess` redoes stored articles.
RULES_VERSION = "16"


@dataclass(frozen=True)
class AnalysisInput:
    text: str
    published: date | None


def pipeline_version(nlp: Language) -> str:
    """Changes whenever code, rules or model change, so `reprocess` knows what is stale."""
    return f"{__version__}+r{RULES_VERSION}+{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def news_day(text: str, published: date | None) -> date | None:
    """The dateline's day when it is within a day of the publication date given: page metadata is often
    in UTC ("ISLAMABAD, Jan 09 (APP)" stamped Jan 8, 19:30 UTC), and the dateline is what the text's
    "Thursday" and "today" count from."""
    if published is None:
        return None
    day = publication_day(text[:600], published)
    return day if day is not None and abs((day - published).days) <= 1 else published


def analyse_doc(doc: Doc, published: date | None, version: str) -> Analysis:
    published = news_day(doc_text(doc), published)
    abbreviations = known_abbreviations(doc_text(doc))
    officials = extract_officials(doc, abbreviations, org_countries())
    # a person's name never ends a body's ("Standing Committee of the NPC Zhao Leji")
    people = [(m.start, m.end) for o in officials for m in o.mentions]
    organizations = extract_organizations(doc, abbreviations, people)
    zones = extract_zones(doc)
    dates = extract_dates(doc, published)
    events = extract_events(doc, Context(officials, organizations, zones, dates, published))
    return Analysis(version, officials, zones, organizations, dates, events)


DEFAULT_MAX_CHARS = 100_000
# spaCy's memory grows with the length of one Doc (3 GB for a 1 MB text): a longer text is parsed in pieces
# that end at a line break (a sentence end already, see camelsplit.paragraph_starts) and joined back into
# one Doc, so that offsets and sentences are those of the whole text.
CHUNK_CHARS = 20_000


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


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most size characters (longer only when a line has no space), each ending after a line
    break where there is one; "".join(chunks(text)) == text."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or size
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _docs(nlp: Language, parts: Sequence[str], batch_size: int, chunk_chars: int) -> Iterator[Doc]:
    """One Doc per text, in order: short texts in batches, a long one piece by piece, then joined."""
    pending: list[str] = []
    for part in parts:
        if len(part) <= chunk_chars:
            pending.append(part)
            continue
        yield from nlp.pipe(pending, batch_size=batch_size)
        pending = []
        pieces = list(nlp.pipe(chunks(part, chunk_chars), batch_size=1))
        # doc.pyi lags behind spaCy 3.8, whose from_docs takes exclude
        yield Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    yield from nlp.pipe(pending, batch_size=batch_size)


def analyse(
    nlp: Language,
    items: Sequence[AnalysisInput],
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterable[Analysis]:
    """Analyse texts in batches with nlp.pipe, yielding one Analysis per input in order. Only the first
    max_chars of a text (at a paragraph end) are analysed; the Analysis says how many when it was cut."""
    version = pipeline_version(nlp)
    parts = [analysed_part(item.text, max_chars) for item in items]
    # spaCy refuses texts over nlp.max_length (1,000,000 by default) outright; the cap decides instead
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    for item, part, doc in zip(items, parts, _docs(nlp, parts, batch_size, chunk_chars), strict=True):
        analysis = analyse_doc(doc, item.published, version)
        if len(part) < len(item.text):
            analysis.analysed_chars = len(part)
            log.info("analysed the first %d of %d characters", len(part), len(item.text))
        yield analysis
