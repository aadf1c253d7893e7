"""Ingest end to end over loopback HTTP into SQLite and a real PostgreSQL server, and read it back."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import func, select

from models import Article, Mention
from storage import open_database
from tests.httpserver import Route, serve

RECORD_KEYS = {"article", "officials", "zones", "organizations", "dates", "events"}
ARTICLE_KEYS = {
    "id",
    "url",
    "title",
    "published_at",
    "source",
    "language",
    "word_count",
    "text",
    "analysed_chars",
    "copy_of",  # the original's id when this is a syndicated copy
    "copy_similarity",
    "copies",  # the ids of its copies
}


def _ingest_json(cli, *args: str) -> dict:
    result = cli("ingest", *args, "--format", "json")
    assert result.code == 0, result.err
    [line] = result.out.splitlines()
    return json.loads(line)


def test_ingest_then_show_and_query(cli, server, db_url) -> None:
    url = server.url("/news/cpec-fast-track/")
    record = _ingest_json(cli, url, "--db", db_url)
    assert set(record) == RECORD_KEYS
    assert set(record["article"]) == ARTICLE_KEYS
    art = record["article"]
    assert art["url"] == url and art["published_at"] == "2019-08-28" and art["language"] == "en"
    assert "Facebook Comments" not in art["text"] and "Comments are closed." not in art["text"]
    # provenance: every mention's offsets point at its text in the stored article
    for kind in ("officials", "zones", "organizations"):
        for entity in record[kind]:
            for m in entity["mentions"]:
                assert art["text"][m["start"] : m["end"]] == m["text"]

    by_id = cli("show", str(art["id"]), "--format", "json", "--db", db_url)
    by_url = cli("show", url + "?utm_source=feed#top", "--format", "json", "--db", db_url)
    assert json.loads(by_id.out) == record == json.loads(by_url.out)

    listed = cli(
        "query",
        "articles",
        "--search",
        "fast-track",
        "--since",
        "2019-08-01",
        "--format",
        "json",
        "--db",
        db_url,
    )
    assert [json.loads(line)["id"] for line in listed.out.splitlines()] == [art["id"]]
    none = cli("query", "articles", "--until", "2019-01-01", "--format", "json", "--db", db_url)
    assert none.code == 0 and none.out == ""
    as_csv = cli("query", "articles", "--format", "csv", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(as_csv.out)))
    assert rows[0]["title"] == art["title"] and rows[0]["published_at"] == "2019-08-28"
    table = cli("show", str(art["id"]), "--db", db_url)
    assert table.code == 0 and "China and Pakistan Agree" in table.out


def _counts(db_url: str) -> tuple[int, int]:
    db = open_database(db_url)
    with db.reading() as s:
        counts = (s.scalar(select(func.count(Article.id))), s.scalar(select(func.count(Mention.id))))
    db.dispose()
    return counts  # type: ignore[return-value]


def test_ingest_is_idempotent_and_updates_in_place(cli, reference_html, db_url) -> None:
    routes = {"/a": Route(reference_html)}
    with serve(routes) as srv:
        first = _ingest_json(cli, srv.url("/a"), "--db", db_url)
        before = _counts(db_url)
        again = cli("ingest", srv.url("/a"), "--db", db_url)
        assert again.code == 0 and "unchanged" in again.err
        assert _counts(db_url) == before
        routes["/a"] = Route(
            reference_html.replace(b"Rashakai SEZ in Khyber", b"Rashakai SEZ in Nowshera, Khyber")
        )
        updated = _ingest_json(cli, srv.url("/a"), "--db", db_url)
    assert updated["article"]["id"] == first["article"]["id"]
    assert "Rashakai SEZ in Nowshera, Khyber" in updated["article"]["text"]
    assert _counts(db_url)[0] == 1


def test_published_flag_overrides_page_date(cli, server, sqlite_url) -> None:
    record = _ingest_json(
        cli, server.url("/news/cpec-fast-track/"), "--published", "2019-09-02", "--db", sqlite_url
    )
    assert record["article"]["published_at"] == "2019-09-02"
    bad = cli("ingest", server.url("/news/cpec-fast-track/"), "--published", "02/09/2019", "--db", sqlite_url)
    assert bad.code != 0 and "YYYY-MM-DD" in bad.err


def test_txt_and_stdin_targets(cli, tmp_path, reference_html, sqlite_url) -> None:
    txt = tmp_path / "brief.txt"
    txt.write_text(
        "Gwadar brief\nThe Gwadar port handled transit cargo for Afghanistan on Monday, the port authority "
        "said. Officials said three ships had berthed during the week and that more transit cargo was "
        "expected next month under the agreement signed last year.\n",
        encoding="utf-8",
    )
    rec = _ingest_json(cli, str(txt), "--published", "2021-01-05", "--db", sqlite_url)
    assert rec["article"]["title"] == "Gwadar brief" and rec["article"]["url"] == txt.resolve().as_uri()
    piped = cli("ingest", "-", "--format", "json", "--db", sqlite_url, stdin=reference_html)
    assert piped.code == 0, piped.err
    assert json.loads(piped.out)["article"]["title"].startswith("China and Pakistan Agree")
