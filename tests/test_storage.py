"""Storage: migrations, one transaction per article, entity resolution across articles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from models import Article, Person, PersonTitle
from models.records import Analysis, Official, Span, TitleHeld
from storage import open_database
from storage.migrate import current_revision, head_revision
from storage.writer import ArticleInput, save_article


def _item(
    url: str, text: str = "Body text about Gwadar.", published: date | None = date(2020, 1, 2)
) -> ArticleInput:
    return ArticleInput(url=url, title="T", author=None, published_at=published, language="en", text=text)


def _analysis(*officials: Official) -> Analysis:
    return Analysis("test-1", officials=list(officials))


def test_empty_database_is_migrated_to_head(db_url) -> None:
    db = open_database(db_url)
    assert current_revision(db) == head_revision() is not None
    assert {"articles", "people", "events", "mentions", "runs"} <= set(inspect(db.engine).get_table_names())
    db.dispose()
    assert current_revision(open_database(db_url)) == head_revision()  # second open: no-op


def test_sqlite_pragmas(sqlite_url) -> None:
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_crash_before_commit_leaves_nothing_and_keeps_old_version(db_url) -> None:
    db = open_database(db_url)
    who = Official(
        "Ayesha Khan",
        "Secretary",
        "Ministry of Commerce",
        "Pakistan",
        [TitleHeld("Secretary", "Ministry of Commerce")],
        [Span("Ayesha Khan", 0, 11)],
    )
    with db.writing() as s:
        save_article(s, _item("https://news.example/old", "Ayesha Khan spoke."), _analysis(who))

    class Crash(Exception):
        pass

    with pytest.raises(Crash), db.writing() as s:
        save_article(s, _item("https://news.example/new"), _analysis())
        save_article(s, _item("https://news.example/old", "Changed text entirely."), _analysis())
        raise Crash  # e.g. the process dies between analysis and commit
    with db.reading() as s:
        assert s.scalar(select(func.count(Article.id))) == 1
        old = s.scalar(select(Article))
        assert old is not None and old.text == "Ayesha Khan spoke." and len(old.officials) == 1


def test_one_person_across_articles_with_aliases_and_title_dates(db_url) -> None:
    db = open_database(db_url)
    first = Official(
        "Omar Farooq",
        "Minister",
        "Ministry of Railways",
        "Pakistan",
        [TitleHeld("Minister", "Ministry of Railways")],
        aliases=["Omer Farooq"],
    )
    second = Official(
        "Omer Farooq",
        "Minister",
        "Ministry of Railways",
        "Pakistan",
        [TitleHeld("Minister", "Ministry of Railways")],
    )
    with db.writing() as s:
        save_article(s, _item("https://a.example/1", published=date(2020, 3, 1)), _analysis(first))
    with db.writing() as s:
        save_article(s, _item("https://a.example/2", published=date(2021, 6, 9)), _analysis(second))
    with db.reading() as s:
        assert s.scalar(select(func.count(Person.id))) == 1
        held = s.scalars(select(PersonTitle)).all()
        assert [(t.first_seen, t.last_seen) for t in held] == [(date(2020, 3, 1), date(2021, 6, 9))]


def test_other_spellings_and_longer_forms_join_the_stored_person(db_url) -> None:
    db = open_database(db_url)

    def minister(name: str) -> Official:
        return Official(name, "Minister", None, "Pakistan", [TitleHeld("Minister", None)])

    for i, name in enumerate(["Makhdoom Tariq Bakhtiar", "Tariq Bakhtiyar", "Sara Khan", "Ali Khan", "Khan"]):
        with db.writing() as s:
            save_article(s, _item(f"https://b.example/{i}"), _analysis(minister(name)))
    with db.reading() as s:
        people = {p.name: sorted(a.alias for a in p.aliases) for p in s.scalars(select(Person))}
    # one person under a transliteration and a shorter form; one-word names and other Khans stay apart
    assert people == {
        "Makhdoom Tariq Bakhtiar": ["Tariq Bakhtiyar"],
        "Sara Khan": [],
        "Ali Khan": [],
        "Khan": [],
    }


def test_models_match_the_migrated_schema(db_url) -> None:
    """What autogenerate would write against a database at head: nothing (the search objects excepted)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models import Base
    from storage.migrate import include_name

    db = open_database(db_url)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
