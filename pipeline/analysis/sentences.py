"""Per-Doc values computed once: the text and sentence look-ups by character offset.

`Span.sent` walks the document each time it is called; with hundreds of mentions per article that
dominated the analysis time, so the bounds are computed once and searched by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_KEY = "cpec_sentence_bounds"
_TEXT = "cpec_text"
_LEAD = "cpec_lead"


def doc_text(doc: Doc) -> str:
    """Doc.text, which spaCy rebuilds from the tokens on every access."""
    cached = doc.user_data.get(_TEXT)
    if cached is None:
        cached = doc.user_data[_TEXT] = doc.text
    return str(cached)


@dataclass(frozen=True)
class _Sentences:
    spans: list[Span]
    starts: list[int]


def _cached(doc: Doc) -> _Sentences:
    found = doc.user_data.get(_KEY)
    if not isinstance(found, _Sentences):
        spans = list(doc.sents)
        found = doc.user_data[_KEY] = _Sentences(spans, [s.start_char for s in spans])
    return found


def text_of(span: Span) -> str:
    """Span.text without rebuilding it from tokens: a slice of the Doc's text, computed once."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def starts_in(span: Span, char: int | None) -> bool:
    """The character offset (of a mention, a date, an event's sentence) lies inside the span."""
    return char is not None and span.start_char <= char < span.end_char


def sentences(doc: Doc) -> list[Span]:
    return _cached(doc).spans


def sentence_index(doc: Doc, char: int) -> int:
    """The position of the sentence holding the character offset (the last one for offsets past the end)."""
    return max(0, bisect_right(_cached(doc).starts, char) - 1)


def sentence_at(doc: Doc, char: int) -> Span:
    """The sentence holding the character offset (the last one for offsets past the end)."""
    return _cached(doc).spans[sentence_index(doc, char)]


def bounds_at(doc: Doc, char: int) -> tuple[int, int]:
    sent = sentence_at(doc, char)
    return sent.start_char, sent.end_char


def headline_end(doc: Doc) -> int:
    """End of a first line that summarises the story (no final full stop, more lines after it), or 0."""
    text = doc_text(doc)
    end = text.find("\n")
    first = text[:end].strip() if end > 0 else ""
    if not first or first[-1] in ".!?\"'" or len(first.split()) > 30 or not text[end:].strip():
        return 0
    return end


def in_headline(tok: Token) -> bool:
    """The token is in the headline line, whose present tense tells what happened ("President visits X")."""
    return tok.idx < headline_end(tok.doc)


def lead_sentence(doc: Doc) -> Span | None:
    """The story's first sentence after any headline line: where news style names the day and the actor
    (computed once per Doc: the event rules ask for it per trigger)."""
    if _LEAD not in doc.user_data:
        end = headline_end(doc)
        doc.user_data[_LEAD] = next((s for s in sentences(doc) if s.start_char >= end), None)
    lead = doc.user_data[_LEAD]
    return lead if isinstance(lead, Span) else None
