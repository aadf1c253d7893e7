"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector): the query language, ranking, snippets,
paging, and an index that follows every write; the CLI's --search uses it. Invented articles only."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, select, text, update

from models import Article
from models.records import Analysis
from storage import Database, open_database
from storage.queries import ArticleFilter, article_page
from storage.search import SearchSyntaxError, Term, fts5_query, parse_query, tsquery_text
from storage.writer import ArticleInput, replace_analysis, save_article
from tests.webdata import populate


def test_query_language_reaches_the_database_as_words_only() -> None:
    assert parse_query('Rashakai "free zone" invest* -Gwadar') == [
        Term(("rashakai",)),
        Term(("free", "zone")),
        Term(("invest",), prefix=True),
        Term(("gwadar",), negated=True),
    ]
    # operators and syntax of either engine are just words here
    hostile = parse_query("a\" OR NEAR(b) ' & !c:* <-> d) AND")
    assert fts5_query(hostile).count('"') == 2 * sum(not t.negated for t in hostile)
    assert all(ch not in "()&!<>:" for t in hostile for w in t.words for ch in w)
    assert tsquery_text(parse_query("Rashakai-Dhabeji zone*")) == "('rashakai' <-> 'dhabeji') & 'zone':*"
    for nothing in ("%", "_", "%_%", "-gwadar", '""', "   "):
        with pytest.raises(SearchSyntaxError):
            parse_query(nothing)
    with pytest.raises(SearchSyntaxError):
        parse_query("x" * 501)


@pytest.fixture
def db(db_url: str) -> Database:
    database = open_database(db_url)
    populate(database)
    return database


def _ids(db: Database, query: str, **kw: object) -> list[int]:
    with db.reading() as s:
        return [r["id"] for r in article_page(s, ArticleFilter(search=query, limit=50, **kw)).items]  # type: ignore[arg-type]


def _titles(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return [r["title"] for r in article_page(s, ArticleFilter(search=query, limit=50)).items]


def test_words_in_any_order_phrases_prefixes_exclusions(db: Database) -> None:
    both = _titles(db, "Dhabeji Rashakai")
    assert both == _titles(db, "rashakai DHABEJI") == ["Investors meet on Dhabeji and Rashakai"]
    assert _titles(db, '"Dhabeji SEZ"') == both
    assert _titles(db, '"SEZ Dhabeji"') == []  # a phrase keeps its order
    assert len(_titles(db, "ground*")) == 2  # groundbreaking, by prefix
    assert "Groundbreaking planned at Rashakai" not in _titles(db, "Rashakai -planned")
    assert _titles(db, "groundbreakings") == _titles(db, "groundbreaking")  # stemmed, as people expect


def test_percent_and_underscore_are_characters_not_wildcards(db: Database) -> None:
    everything = 11
    assert len(_ids(db, "50%")) == 7  # the fillers say "50%"; the 50 is searched, % separates
    assert len(_ids(db, "funds_allocated")) == 7
    assert len(_ids(db, "Rashakai")) < everything


def test_ranked_with_title_first_and_highlighted_snippets(db: Database) -> None:
    with db.reading() as s:
        hits = article_page(s, ArticleFilter(search="groundbreaking", limit=10)).items
    assert hits[0]["score"] >= hits[-1]["score"]
    for hit in hits:
        assert hit["highlights"], hit
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower().startswith("groundbreaking")
        assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]


def test_cursor_pages_through_every_hit_once(db: Database) -> None:
    seen: list[int] = []
    cursor = None
    with db.reading() as s:
        while True:
            page = article_page(s, ArticleFilter(search="project", limit=2), cursor)
            seen += [r["id"] for r in page.items]
            if page.next is None:
                break
            cursor = page.next
    assert len(seen) == len(set(seen)) == len(_ids(db, "project"))


def test_index_follows_inserts_updates_deletes_and_reprocess(db: Database) -> None:
    item = ArticleInput(
        "https://news.example/late", "Late news", None, date(2024, 5, 1), "en", "Quetta mangoes."
    )
    with db.writing() as s:
        article_id, _ = save_article(s, item, Analysis("test"))
    assert _ids(db, "mangoes") == [article_id]
    changed = ArticleInput(item.url, "Late news", None, date(2024, 5, 1), "en", "Quetta apricots.")
    with db.writing() as s:
        save_article(s, changed, Analysis("test"))
    assert (_ids(db, "mangoes"), _ids(db, "apricots")) == ([], [article_id])
    with db.writing() as s:  # what reprocess does: new analysis, new version, same text
        article = s.get(Article, article_id)
        assert article is not None
        replace_analysis(s, article, Analysis("test-2"))
        s.execute(update(Article).where(Article.id == article_id).values(pipeline_version="test-2"))
    assert _ids(db, "apricots") == [article_id]
    with db.writing() as s:
        s.execute(delete(Article).where(Article.id == article_id))
    assert _ids(db, "apricots") == []


def test_search_combines_with_filters(db: Database) -> None:
    assert len(_ids(db, "Rashakai", since=date(2023, 1, 1))) == 3
    assert len(_ids(db, "Rashakai", zone="Dhabeji")) == 1
    assert len(_ids(db, "Rashakai", official="Li Wei")) == 2


def test_cli_search_is_full_text_and_rejects_wildcards(cli, db: Database) -> None:
    found = cli("query", "articles", "--search", "Rashakai Dhabeji", "--format", "json", "--db", db.url)
    assert found.code == 0, found.err
    [row] = [json.loads(line) for line in found.out.splitlines()]
    assert row["title"] == "Investors meet on Dhabeji and Rashakai" and row["highlights"]
    table = cli("query", "articles", "--search", "Rashakai", "--db", db.url)
    assert table.code == 0 and "snippet" in table.out and "Investors meet" in table.out
    bad = cli("query", "articles", "--search", "%", "--db", db.url)
    assert bad.code == 2 and "--search" in bad.err and "no words" in bad.err


def test_filters_choose_the_ranked_candidates(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the newest RANKED matches are ranked; a filter must pick them among its own articles."""
    from storage import search

    monkeypatch.setattr(search, "RANKED", 2)
    assert len(_ids(db, "project")) == 2  # the newest two of seven fillers
    old = _ids(db, "project", until=date(2021, 1, 3))  # the three oldest fillers: two ranked, not none
    with db.reading() as s:
        days = {a.published_at for a in s.scalars(select(Article).where(Article.id.in_(old)))}
    assert len(old) == 2 and max(days) <= date(2021, 1, 3)


def test_upgrading_a_stored_database_indexes_its_articles_and_dates_its_events(db_url: str) -> None:
    """A database written before 0004: its articles become searchable, its events get their day."""
    from alembic import command

    from storage.engine import WRITE_OPTION, connect
    from storage.migrate import alembic_config

    old = connect(db_url)
    cfg = alembic_config()
    with old.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (id, url, title, published_at, text, word_count, content_hash, "
            "pipeline_version, fetched_at, analysed_at) VALUES (1, 'https://old.example/1', 'Old news', "
            "'2020-05-05', 'Sost dry port reopened.', 4, 'h', 'v', '2020-05-05', '2020-05-05')"
        )
        conn.exec_driver_sql(
            'INSERT INTO events (article_id, type, status, "trigger", sentence, sentence_start, date_start) '
            "VALUES (1, 'launch', 'happened', 'reopened', 'Sost dry port reopened.', 0, NULL), "
            "(1, 'launch', 'planned', 'reopened', 'Sost dry port reopened.', 0, '2021-01-01')"
        )
    old.dispose()
    db = open_database(db_url)  # upgrades to head
    assert _ids(db, "sost") == [1]
    with db.reading() as s:
        days = s.execute(text("SELECT day FROM events ORDER BY id")).scalars().all()
    assert [str(d) for d in days] == ["2020-05-05", "2021-01-01"]
