"""A spaCy component that splits glued names ("LiuWei" -> "Liu" "Wei") before tagging and NER.

The split keeps doc.text unchanged (sub-tokens carry no whitespace), so offsets still point into the
stored text while the parser and the entity recogniser see separate words.
"""

from __future__ import annotations

import itertools
import re
from typing import cast

import numpy
from spacy.attrs import HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from config import gazetteers

CAMEL = re.compile(r"^(?:[A-Z][a-z]{1,})(?:[A-Z][a-z]{1,}){1,3}$")
PARTS = re.compile(r"[A-Z][a-z]+")
# Scottish and Irish surnames are CamelCase by spelling, not by accident of typing.
PREFIXED = re.compile(r"^(?:Mc|Mac|O)[A-Z]")


def glued_parts(word: str, keep: frozenset[str]) -> list[str] | None:
    if word in keep or not CAMEL.match(word) or PREFIXED.match(word):
        return None
    return PARTS.findall(word)


class CamelSplitter:
    def __init__(self) -> None:
        self.keep = gazetteers.camelcase_keep()

    def __call__(self, doc: Doc) -> Doc:
        splits = [(tok, parts) for tok in doc if (parts := glued_parts(tok.text, self.keep))]
        if not splits:
            return doc
        with doc.retokenize() as retokenizer:
            for token, parts in splits:
                heads: list[Token | tuple[Token, int]] = [(token, len(parts) - 1)] * len(parts)
                retokenizer.split(token, parts, heads=heads)
        # split() must be given heads, and derives sentence starts from them: left in place, the parser
        # builds on that partial tree and can leave an invalid one (spaCy E039 on Span.root). Unset both.
        unset = cast(Ints2d, numpy.zeros((len(doc), 1), dtype=numpy.uint64))
        doc.from_array([HEAD], unset)
        doc.from_array([SENT_START], unset)
        return doc


@Language.factory("cpec_camel_split")
def make_camel_split(nlp: Language, name: str) -> CamelSplitter:
    return CamelSplitter()


SENTENCE_END = {".", "!", "?", ";", '"', "'"}


def paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence, so headings and bullets are not glued to the next paragraph; and a
    sentence starts only after sentence-final punctuation, so "(NDRC) Deputy Director-General" or
    "Lt Gen (retd) Asim ..." is not cut in two by the parser.

    The starts are written in one array: setting Token.is_sent_start re-scans the whole Doc for a parse
    on every call, which made this quadratic in the text's length."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    for prev, tok in itertools.pairwise(doc):
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            # a line broken after a comma or before a lower-case word goes on with its sentence
            last = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
            starts[tok.i] = -1 if last.text in {",", "-"} or tok.text[:1].islower() else 1
        elif prev.text not in SENTENCE_END and not prev.is_space:
            starts[tok.i] = -1
    doc.from_array([SENT_START], cast(Ints2d, starts.view(numpy.uint64).reshape(-1, 1)))
    return doc


@Language.component("cpec_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    return paragraph_starts(doc)
