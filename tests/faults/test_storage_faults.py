"""Storage faults on SQLite and a real PostgreSQL server: racing writers, bytes a database refuses, an
update that would lose the article, a database file deleted or read-only, a mistyped --db."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from models import Article, ArticleVersion, Person, Run, SeenUrl
from tests.faults.common import REPORT, count, last_json, one_line_error, write_settings
from tests.httpserver import Route, serve
from tests.processes import cpec, start_one_pass, wait_for
from tests.sitefixtures import XML, article, cpec_article, rss

MINISTERS = ["Zara Shah", "Omar Farooq", "Kamran Lodhi", "Sana Mir", "Bilal Ahmed"]


@pytest.fixture(autouse=True)
def fast(tmp_path: Path) -> None:
    write_settings(tmp_path)


def _report(i: int) -> str:
    who, other = MINISTERS[i % 5], MINISTERS[(i + 2) % 5]
    return (
        f"CPEC review {i}\n\nISLAMABAD: Minister for Planning {who} on Monday met Minister for Railways "
        f"{other} to review project {i} of the China-Pakistan Economic Corridor at the Rashakai Special "
        "Economic Zone. The ministers said that work on the Dhabeji SEZ would begin next month and that "
        "the Board of Investment would brief Chinese investors on the zones in Beijing."
    )


@pytest.mark.slow
def test_three_parallel_writers_of_thirty_articles_store_each_once(db_url: str, tmp_path: Path) -> None:
    """Issue item 3: get-or-create of people and articles raced on PostgreSQL (uq_people_key)."""
    files = []
    for i in range(30):
        path = tmp_path / f"r{i:02}.txt"
        path.write_text(_report(i), encoding="utf-8")
        files.append(path.name)
    procs = []
    for w in range(3):
        order = random.Random(w).sample(files, len(files))  # each writer in its own order
        (tmp_path / f"list{w}.txt").write_text("\n".join(order))
        with (tmp_path / f"out{w}").open("w") as out, (tmp_path / f"err{w}").open("w") as err:
            command = ["ingest", f"@list{w}.txt", "--format", "json", "--db", db_url]
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "pipeline", *command], cwd=tmp_path, stdout=out, stderr=err
                )
            )
    codes = [p.wait(timeout=240) for p in procs]
    results = [
        (code, (tmp_path / f"out{w}").read_text(), (tmp_path / f"err{w}").read_text())
        for w, code in enumerate(codes)
    ]
    for code, _out, err in results:
        assert code == 0, err
        assert "internal error" not in err and "Traceback" not in err
    assert count(db_url, Article) == 30
    assert count(db_url, Person) == len(MINISTERS)
    ids = {json.loads(line)["article"]["id"] for _c, out, _e in results for line in out.splitlines()}
    assert len(ids) == 30  # every writer saw the same 30 rows


def test_nul_and_control_characters_are_stored_without_them(cli, db_url: str, tmp_path: Path) -> None:
    """Issue item 8: a NUL byte made PostgreSQL refuse the write (DataError)."""
    path = tmp_path / "nul.txt"
    path.write_bytes(("Gwadar\x00 brief\n\n" + REPORT.replace("Monday", "Mon\x00day\x07\x1b")).encode())
    result = cli("ingest", str(path), "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    record = json.loads(result.out)
    assert "\x00" not in record["article"]["text"] and "\x07" not in record["article"]["text"]
    assert "Monday" in record["article"]["text"] and record["article"]["title"] == "Gwadar brief"


def test_an_update_to_a_stub_is_refused_and_force_keeps_the_old_text_as_a_version(cli, db_url: str) -> None:
    """Issue item 9: a page that became `<p>CPEC</p>` replaced a good record."""
    good = cpec_article("CPEC zone gets power")
    routes = {"/a": good}
    with serve(routes) as site:
        first = cli("ingest", site.url("/a"), "--format", "json", "--db", db_url)
        assert first.code == 0, first.err
        longer = article(
            "CPEC zone gets power, and water",
            *[
                f"Paragraph {i}: the Rashakai Special Economic Zone gets power and water this month."
                for i in range(8)
            ],
        )
        routes["/a"] = longer
        assert cli("ingest", site.url("/a"), "--db", db_url).code == 0  # a real update goes through
        routes["/a"] = article(
            "CPEC",
            "CPEC news about the Rashakai zone will follow soon, the editors said on Monday in a short note "
            "to readers that gave no details of the meeting, the ministers or the plans for power and water.",
        )
        refused = cli("ingest", site.url("/a"), "--db", db_url)
        routes["/a"] = Route(b"<html><body><p>CPEC</p></body></html>")
        stub = cli("ingest", site.url("/a"), "--db", db_url)
        routes["/a"] = good
        forced = cli("ingest", site.url("/a"), "--force", "--format", "json", "--db", db_url)
    one_line_error(refused, "kept the stored article (use --force")
    one_line_error(stub, "not an article")
    assert forced.code == 0, forced.err
    assert json.loads(forced.out)["article"]["title"] == "CPEC zone gets power"
    assert count(db_url, Article) == 1
    assert count(db_url, ArticleVersion) == 2  # the first text and the longer one


def test_a_stub_page_in_a_crawl_is_recorded_as_not_an_article(cli, sqlite_url: str) -> None:
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        site.routes["/stub.html"] = article("CPEC", "CPEC")
        site.routes["/feed.xml"] = Route(
            rss(site.url(""), [("/a.html", "CPEC zone"), ("/stub.html", "CPEC")]), headers=XML
        )
        cli("sources", "add", site.url("/feed.xml"), "--name", "f", "--kind", "feed", "--db", sqlite_url)
        report = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
    assert (report["sources"][-1]["stored"], report["sources"][-1]["notarticle"]) == (1, 1)
    assert count(sqlite_url, SeenUrl, SeenUrl.status == "notarticle") == 1
    assert report["status"] == "ok"  # a stub is no failure


def test_read_commands_refuse_a_database_that_is_not_there(cli, tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for args in (("query", "articles"), ("show", "1"), ("runs",), ("sources", "list")):
        one_line_error(cli(*args, "--db", f"sqlite:///{typo}"), f"no database at {typo}")
    assert not typo.exists()


def test_postgres_scheme_is_accepted(cli, pg_admin: str, tmp_path: Path) -> None:
    from tests.pgserver import fresh_database

    path = tmp_path / "r.txt"
    path.write_text("Title line\n\n" + REPORT)
    with fresh_database(pg_admin) as url:
        result = cli("ingest", str(path), "--db", url.replace("postgresql://", "postgres://", 1))
        assert result.code == 0, result.err
        assert count(url, Article) == 1


def test_a_mistyped_environment_variable_is_refused(cli, monkeypatch) -> None:
    monkeypatch.setenv("CPEC_READ_TIMOUT", "5")
    one_line_error(
        cli("config"), "unknown environment variable CPEC_READ_TIMOUT (did you mean CPEC_READ_TIMEOUT?)"
    )


AS_READER = """
import os, sys
# everything the query needs from the standard library loads first: the interpreter may live where the
# reader cannot look (/root), and root itself would write to a read-only file anyway
import sqlite3, json, csv, uuid, decimal, secrets, sqlalchemy.dialects.sqlite
import pipeline.cli.app, pipeline.cli.query, storage.record_queries, storage.queries
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
sys.argv = ["cpec", *sys.argv[1:]]
pipeline.cli.app.main()
"""


def test_a_read_only_database_can_be_queried(tmp_path: Path) -> None:
    """Setting the WAL journal mode writes to the file: a read command opens it read-only instead."""
    folder = tmp_path / "ro"
    folder.mkdir()
    url = f"sqlite:///{folder / 'cpec.db'}"
    (folder / "r.txt").write_text("Title line\n\n" + REPORT)
    assert cpec("ingest", "r.txt", "--db", url, cwd=folder).returncode == 0
    os.chmod(folder / "cpec.db", 0o444)
    os.chmod(folder, 0o555)
    for parent in [tmp_path, *tmp_path.parents]:
        os.chmod(parent, os.stat(parent).st_mode | 0o005) if parent != Path("/") else None
    command = [sys.executable, "-c", AS_READER, "query", "articles", "--format", "json", "--db", url]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120)
    os.chmod(folder, 0o755)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Title line"


def _slow_site(site, n: int = 6) -> list[str]:  # type: ignore[no-untyped-def]
    paths = [f"/n{i}.html" for i in range(n)]
    site.routes["/robots.txt"] = Route(b"", 404)
    site.routes["/feed.xml"] = Route(rss(site.url(""), [(p, "CPEC story") for p in paths]), headers=XML)
    for i, p in enumerate(paths):
        site.routes[p] = cpec_article(f"CPEC story {i}", who=MINISTERS[i % 5])
    return paths


def test_kill_9_mid_pass_then_rerun_marks_the_dead_run_and_stores_each_article_once(tmp_path: Path) -> None:
    write_settings(tmp_path, per_host_delay=0.4)
    url = f"sqlite:///{tmp_path / 'cpec.db'}"
    with serve() as site:
        paths = _slow_site(site)
        proc = start_one_pass(site.url("/feed.xml"), url, tmp_path, quiet=True)
        try:
            assert wait_for(lambda: count(url, Article) >= 1, 90)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        stored_before = _stored_urls(url)
        rerun = cpec("run", "--once", "--db", url, cwd=tmp_path)
        hits = {p: site.hits(p) for p in paths}
    assert rerun.returncode == 0, rerun.stderr
    engine = create_engine(url)
    with engine.connect() as conn:
        statuses = list(conn.scalars(select(Run.status).order_by(Run.id)))
        articles = conn.scalar(select(func.count()).select_from(Article))
    engine.dispose()
    assert statuses == ["interrupted", "ok"]
    assert articles == len(paths)  # nothing lost, nothing stored twice
    # what was stored before the kill is never fetched again; a page fetched but not yet stored when the
    # process died (fetching runs ahead of analysis) is fetched once more
    assert all(hits[p] == 1 for p in paths if any(u.endswith(p) for u in stored_before))
    assert max(hits.values()) <= 2


def _stored_urls(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        urls = list(conn.scalars(select(Article.url)))
    engine.dispose()
    return urls


def test_a_database_file_deleted_mid_run_ends_the_run_with_a_clear_error(tmp_path: Path) -> None:
    write_settings(tmp_path, per_host_delay=0.4)
    db_file = tmp_path / "cpec.db"
    url = f"sqlite:///{db_file}"
    with serve() as site:
        _slow_site(site)
        proc = start_one_pass(site.url("/feed.xml"), url, tmp_path)
        try:
            assert wait_for(lambda: count(url, Article) >= 1, 90)
            db_file.unlink()
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        _out, err = proc.communicate()
    assert code == 1, err
    assert "was deleted while cpec was running" in err and "Traceback" not in err
