"""Load the spaCy model by configured name, preferring the official package when it is installed."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import cast

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline.errors import ModelError

log = logging.getLogger(__name__)


# Verbs that news hyphenates and the tokenizer would cut in three ("co", "-", "chaired"), which then parses
# as a copula: kept whole, with their base form as lemma, so "The meeting was co-chaired by" is a passive.
HYPHENATED_VERBS = {
    "co-chair": ("co-chair", "co-chairs", "co-chaired", "co-chairing"),
    "co-host": ("co-host", "co-hosts", "co-hosted", "co-hosting"),
    "co-organise": ("co-organised", "co-organized", "co-organising", "co-organizing"),
    "co-sponsor": ("co-sponsored", "co-sponsoring"),
    "co-sign": ("co-signed", "co-signing"),
    "re-launch": ("re-launch", "re-launched", "re-launching"),
}


def add_tokenizer_exceptions(nlp: Language) -> None:
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma, forms in HYPHENATED_VERBS.items():
        for form in forms:
            for written in (form, form.capitalize()):
                tokenizer.add_special_case(written, [{ORTH: written}])
        if ruler is not None:
            ruler.add([[{"LOWER": {"IN": list(forms)}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]


@lru_cache(maxsize=4)
def load_model(names: tuple[str, ...], domain: bool = True) -> Language:
    """First model of names that loads, with our components unless domain is False (the bare baseline).

    Cached per process, since loading takes about a second.
    """
    tried: list[str] = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            tried.append(f"{name} ({type(exc).__name__})")
            continue
        log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
        if domain:
            import pipeline.analysis.camelsplit  # noqa: F401 - registers the factory

            add_tokenizer_exceptions(nlp)
            nlp.add_pipe("cpec_camel_split", first=True)
            nlp.add_pipe("cpec_paragraphs", after="cpec_camel_split")
        return nlp
    raise ModelError(
        "no spaCy model could be loaded; tried " + ", ".join(tried) + ". Install one with "
        "`pip install --require-hashes --no-deps -r requirements/model.txt`"
    )
