"""Analysis faults: any text a page may hold goes through prepare + save, on both databases; enormous texts
cost a bounded time (the analysis cap, said in the record)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from config import load_settings
from pipeline.analysis.model import load_model
from pipeline.errors import NotAnArticle
from pipeline.extract import Extracted
from pipeline.ingest import prepare
from storage import Database, open_database
from storage.writer import save_article
from tests.faults.common import REPORT, write_settings
from tests.pgserver import fresh_database

SETTINGS = load_settings(environ={}, flags={"min_words": 1, "max_analysis_chars": 5000})
WORDS = ["CPEC", "Gwadar", "minister", "signed", "on", "May", "5,", "2024", "Zone", "Rashakai", "SEZ", "."]

camel = st.from_regex(r"\A[A-Z][a-z]{1,6}[A-Z][a-z]{1,6}\Z")
pieces = st.one_of(
    st.sampled_from(WORDS),
    camel,
    st.text(min_size=1, max_size=12),  # any unicode
    st.sampled_from(["\x00", "\x07", "\x1b", "\u2028", "\ufeff", "\u00ad", "\r", "\t", "\x85", "\ud7ff"]),
    st.sampled_from(["\n", "\n\n", " ", "  "]),
    st.builds(lambda w, n: " ".join([w] * n), st.sampled_from(WORDS), st.integers(50, 400)),  # long lines
)
line_start_camel = st.builds(lambda c, rest: f"{c} {rest}", camel, st.sampled_from(WORDS))
texts = st.lists(st.one_of(pieces, line_start_camel.map(lambda s: "\n" + s)), min_size=1, max_size=40).map(
    "".join
)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(tuple(SETTINGS.model_names()))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    if request.param == "sqlite":
        db = open_database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}")
        yield db
        db.dispose()
        return
    with fresh_database(request.getfixturevalue("pg_admin")) as url:
        db = open_database(url)
        yield db
        db.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, title=st.one_of(st.none(), st.text(max_size=30)), n=st.integers(0, 10**6))
@example(text="Talks ended.\nGaoJian met LiuWei on 5 May 2024 in Gwadar.\x00", title="A\x00B", n=1)
@example(text="\nAbCd\nEfGh 5 May\nIjKl", title=None, n=2)
@example(text=" ".join(["May"] * 50) + " ".join(["May"] * 50), title=None, n=3)  # "MayMay": E039
def test_prepare_and_save_take_any_text(
    nlp, database: Database, text: str, title: str | None, n: int
) -> None:
    """Found by this fuzz: E039 (CamelCase at a line start in date handling) and NUL on PostgreSQL."""
    extracted = Extracted(f"https://fuzz.example/{n}", title, date(2024, 5, 6), None, "en", text)
    try:
        item, analysis = prepare(extracted, nlp, SETTINGS)
    except NotAnArticle:
        return  # nothing but control characters and spaces
    with database.writing() as session:
        save_article(session, item, analysis, force=True)
    for off in analysis.officials:
        for m in off.mentions:
            assert item.text[m.start : m.end] == m.text  # offsets still point into the stored text
    assert "\x00" not in item.text and (item.title is None or "\x00" not in item.title)


@pytest.mark.slow
def test_over_a_million_characters_is_analysed_up_to_the_cap_and_says_so(cli, sqlite_url, tmp_path: Path):
    """Issue item 4: spaCy's max_length (1,000,000) ended in an internal error and skipped later targets."""
    write_settings(tmp_path, max_bytes=5_000_000, max_analysis_chars=20_000)
    big = tmp_path / "big.txt"
    big.write_text("Long CPEC report\n\n" + "\n\n".join([REPORT] * 2800), encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("Short CPEC report\n\n" + REPORT, encoding="utf-8")
    assert big.stat().st_size > 1_000_000
    result = cli("ingest", str(big), str(small), "--format", "json", "--db", sqlite_url)
    assert result.code == 0, result.err
    first, second = (json.loads(line)["article"] for line in result.out.splitlines())
    assert len(first["text"]) > 1_000_000  # all of it stored
    assert 10_000 < first["analysed_chars"] <= 20_000 and first["text"][first["analysed_chars"] - 1] == "."
    assert second["analysed_chars"] is None  # analysed whole


def test_a_long_text_analysed_in_pieces_gives_the_records_of_the_whole(nlp) -> None:
    """Pieces end at line breaks, which end sentences anyway: the joined Doc is the whole text's."""
    from pipeline.analysis.analyze import AnalysisInput, analyse

    names = ["Zara Shah", "Omar Farooq", "Kamran Lodhi", "Sana Mir"]
    paragraphs = [
        REPORT.replace("Zara Shah", names[i % 4]).replace("Monday", f"{i} May 2024") for i in range(40)
    ]
    text = "\n\n".join(paragraphs)
    item = [AnalysisInput(text, date(2024, 6, 1))]
    [whole] = analyse(nlp, item, max_chars=len(text) + 1, chunk_chars=len(text) + 1)
    [pieces] = analyse(nlp, item, max_chars=len(text) + 1, chunk_chars=2000)
    assert len(text) > 4 * 2000 and whole.officials  # really in pieces, with something to find
    assert pieces == whole
