"""What a user meets at the command line: exit codes, bad sources, big local files, dates of plain-text
reports and of many files at once, titles and bylines, extraction that falls back instead of giving up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from models import Source
from tests.faults.common import REPORT, count, last_json, one_line_error, write_settings
from tests.httpserver import Route, serve
from tests.sitefixtures import HTML, XML, cpec_article, rss


@pytest.fixture(autouse=True)
def fast(tmp_path: Path) -> None:
    write_settings(tmp_path)


def test_run_once_exit_codes_say_ok_partial_or_failed(cli, sqlite_url):
    """3 of 4 sources failing used to exit 0 with status "partial"."""
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        site.routes["/feed.xml"] = Route(rss(site.url(""), [("/a.html", "CPEC zone")]), headers=XML)
        cli("sources", "add", site.url("/feed.xml"), "--name", "good", "--kind", "feed", "--db", sqlite_url)
        first = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        for i in range(3):
            cli(
                "sources",
                "add",
                site.url(f"/gone{i}.xml"),
                "--name",
                f"gone{i}",
                "--kind",
                "feed",
                "--db",
                sqlite_url,
            )
        partial = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        cli("sources", "disable", "good", "--db", sqlite_url)
        failed = cli("run", "--once", "--format", "json", "--db", sqlite_url)
    assert (first.code, last_json(first.out)["status"]) == (0, "ok")
    assert (partial.code, last_json(partial.out)["status"]) == (3, "partial")
    assert (failed.code, last_json(failed.out)["status"]) == (1, "failed")


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://example.com/feed.xml", "http://", "https:///feed", "http://exa mple.com/f"]
)
def test_invalid_source_urls_are_refused(cli, sqlite_url, url):
    result = cli("sources", "add", url, "--kind", "feed", "--db", sqlite_url)
    assert result.code == 2 and "not an http(s) URL with a host" in result.err
    assert count(sqlite_url, Source) == 0


def test_the_same_feed_with_tracking_parameters_is_one_source(cli, sqlite_url):
    assert cli("sources", "add", "https://news.example/feed/", "--kind", "feed", "--db", sqlite_url).code == 0
    again = cli(
        "sources",
        "add",
        "https://NEWS.example/feed/?utm_source=x&utm_medium=rss#top",
        "--name",
        "other",
        "--kind",
        "feed",
        "--db",
        sqlite_url,
    )
    one_line_error(again, "already follows https://news.example/feed/")


def test_a_local_file_over_max_bytes_is_a_one_line_error(cli, sqlite_url, tmp_path):
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body>" + b"<p>CPEC Gwadar zone news.</p>" * 60_000 + b"</body></html>")
    one_line_error(cli("ingest", str(big), "--db", sqlite_url), "more than the 1000000-byte cap (max_bytes)")
    one_line_error(cli("ingest", "-", "--db", sqlite_url, stdin=big.read_bytes()), "1000000-byte cap")


def _dated(path: Path, text: str, when: str) -> Path:
    path.write_text(text, encoding="utf-8")
    stamp = datetime.fromisoformat(when).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_a_text_reports_dateline_gives_its_publication_day(cli, sqlite_url, tmp_path):
    """Yearless APP datelines take the year from the file's day and the weekday the report names."""
    report = REPORT.replace("Minister", "ISLAMABAD, Jan 3 (APP): Minister", 1).replace("Monday", "Friday")
    apr = _dated(tmp_path / "app.txt", "Groundbreaking in Faisalabad\n\n" + report, "2025-06-01T12:00:00")
    printed = _dated(
        tmp_path / "dawn.txt",
        "Dawn report\n\n" + REPORT + "\n\nPublished in Dawn, July 31st, 2025",
        "2025-12-01T12:00:00",
    )
    result = cli("ingest", str(apr), str(printed), "--format", "json", "--db", sqlite_url)
    assert result.code == 0, result.err
    days = [json.loads(line)["article"]["published_at"] for line in result.out.splitlines()]
    assert days == ["2025-01-03", "2025-07-31"]


def test_list_files_and_folders_carry_per_file_dates(cli, sqlite_url, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Report {name}\n\n{REPORT} ({name})", encoding="utf-8")
    (folder / "dates.tsv").write_text("a.txt\t2024-03-01\nb.txt 2024-03-02\n")
    listed = tmp_path / "list.txt"
    (tmp_path / "c.txt").write_text(f"Report c\n\n{REPORT} (c)", encoding="utf-8")
    listed.write_text("# my reports\nc.txt 2024-04-05\n")
    result = cli("ingest", str(folder), f"@{listed}", "--format", "json", "--db", sqlite_url)
    assert result.code == 0, result.err
    got = {
        json.loads(line)["article"]["title"]: json.loads(line)["article"]["published_at"]
        for line in result.out.splitlines()
    }
    assert got == {"Report a": "2024-03-01", "Report b": "2024-03-02", "Report c": "2024-04-05"}
    one_line_error(
        cli("ingest", str(folder), "--published", "2024-01-01", "--db", sqlite_url),
        "--published gives one date",
    )
    listed.write_text("c.txt 05/04/2024\n")
    one_line_error(cli("ingest", f"@{listed}", "--db", sqlite_url), "is not a date (YYYY-MM-DD)")


def _outlet_page(title: str, body: str) -> bytes:
    return (
        f'<html lang="en"><head><title>{title} | The Corridor Times</title>'
        '<meta property="og:site_name" content="The Corridor Times">'
        '<meta name="author" content="Business &amp; Culture">'
        '<meta property="article:published_time" content="2024-05-06T10:00:00+05:00"></head>'
        "<body><nav><a href='/'>Home</a> <a href='/biz'>Business</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>The Corridor Times, invented for tests.</footer></body></html>"
    ).encode()


def test_titles_lose_the_site_name_and_text_starts_after_the_byline(cli):
    body = "<ul><li>Web Desk</li><li>6 Hours ago</li></ul><p>May 6, 2024</p>" + "".join(
        f"<p>{REPORT} Paragraph {i}.</p>" for i in range(3)
    )
    with serve({"/a": Route(_outlet_page("Rashakai zone gets power", body), headers=dict(HTML))}) as site:
        result = cli("extract", site.url("/a"), "--format", "json")
    record = json.loads(result.out)
    assert record["title"] == "Rashakai zone gets power"
    assert record["author"] is None  # a desk's section, not a person
    assert record["text"].startswith("Minister for Planning Zara Shah")


def test_extraction_falls_back_when_favor_precision_finds_nothing(cli, sqlite_url):
    """A page whose every word is a link (some CMSs link every keyword): favor_precision drops it all."""
    linked = " ".join(f"<a href='/tag/{i}'>{w}</a>" for i, w in enumerate(REPORT.split()))
    aside = "".join(f"<p>{REPORT} Part {i}.</p>" for i in range(2))
    pages = {
        "/linked": Route(f"<html><body><div>{linked}</div></body></html>".encode(), headers=dict(HTML)),
        "/aside": Route(f"<html><body><aside>{aside}</aside></body></html>".encode(), headers=dict(HTML)),
    }
    with serve(pages) as site:
        result = cli("extract", site.url("/linked"), site.url("/aside"), "--format", "json")
    assert result.code == 0, result.err
    for line in result.out.splitlines():
        assert "Rashakai Special Economic Zone" in " ".join(json.loads(line)["text"].split())


def test_library_warnings_stay_off_the_terminal_unless_debug(tmp_path):
    """trafilatura's "WARNING trafilatura.core: discarding data" used to precede our own error line."""
    page = tmp_path / "empty.html"
    page.write_text("<html><body><article></article></body></html>")

    def extract(*flags: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pipeline", "extract", str(page), *flags]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)

    quiet, loud = extract(), extract("--debug")
    assert quiet.returncode == 1 and quiet.stderr.count("\n") == 1 and "no article text" in quiet.stderr
    assert "trafilatura" in loud.stderr
