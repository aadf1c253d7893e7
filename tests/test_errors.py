"""Bad input: one clear line on stderr, a non-zero exit, no traceback, and nothing stored is lost."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from storage import open_database
from tests.httpserver import Route, serve


def _assert_one_line_error(result, needle: str) -> None:
    assert result.code != 0
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert needle in lines[0], lines[0]


@pytest.fixture
def faulty(reference_html):
    routes = {
        "/ok": Route(reference_html),
        "/missing": Route(b"gone", 404, {"Content-Type": "text/html"}),
        "/broken": Route(b"oops", 500, {"Content-Type": "text/html"}),
        "/slow": Route(reference_html, delay=3.0),
        "/pdf": Route(b"%PDF-1.4", headers={"Content-Type": "application/pdf"}),
        "/loop": Route(b"", 302, {"Location": "/loop"}),
        "/huge": Route(stream=(b"<p>" + b"x" * 1021 + b"</p>", 11 * 1024)),
    }
    with serve(routes) as srv:
        yield srv


CASES = [
    ("/missing", "HTTP 404"),
    ("/broken", "HTTP 500"),
    ("/slow", "timed out"),
    ("/pdf", "unsupported content type 'application/pdf'"),
    ("/loop", "too many redirects"),
    ("/huge", "exceeds the 10485760-byte cap"),
]


@pytest.mark.parametrize(("path", "needle"), CASES)
def test_http_failures_are_one_line_and_keep_stored_data(cli, faulty, sqlite_url, monkeypatch, path, needle):
    monkeypatch.setenv("CPEC_READ_TIMEOUT", "1")
    monkeypatch.setenv("CPEC_MAX_RETRIES", "1")  # ingest retries 5xx and timeouts itself: once, quickly
    monkeypatch.setenv("CPEC_BACKOFF_BASE", "0.1")
    stored = cli("ingest", faulty.url("/ok"), "--db", sqlite_url, "--format", "json")
    assert stored.code == 0, stored.err
    result = cli("ingest", faulty.url(path), "--db", sqlite_url)
    _assert_one_line_error(result, needle)
    listed = cli("query", "articles", "--format", "json", "--db", sqlite_url)
    assert [json.loads(line)["id"] for line in listed.out.splitlines()] == [
        json.loads(stored.out)["article"]["id"]
    ]


def test_local_and_scheme_errors(cli, tmp_path, sqlite_url) -> None:
    _assert_one_line_error(cli("ingest", str(tmp_path / "nope.html"), "--db", sqlite_url), "no such file")
    _assert_one_line_error(
        cli("ingest", "ftp://example.org/a.html", "--db", sqlite_url), "unsupported scheme"
    )
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    _assert_one_line_error(
        cli("ingest", str(tmp_path / "a.pdf"), "--db", sqlite_url), "unsupported file type"
    )
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    _assert_one_line_error(cli("ingest", str(tmp_path / "empty.html"), "--db", sqlite_url), "no article text")


def test_unreachable_database(cli, server) -> None:
    result = cli(
        "ingest", server.url("/news/cpec-fast-track/"), "--db", "postgresql://nobody@127.0.0.1:1/none"
    )
    _assert_one_line_error(result, "cannot open database")
    _assert_one_line_error(cli("show", "1", "--db", "mysql+nodriver://x/y"), "database")


def test_unknown_article_and_bad_config(cli, sqlite_url, tmp_path) -> None:
    _assert_one_line_error(cli("show", "42", "--db", sqlite_url), "no database at")  # read: never created
    open_database(sqlite_url).dispose()
    _assert_one_line_error(cli("show", "42", "--db", sqlite_url), "no stored article")
    bad = tmp_path / "bad.toml"
    bad.write_text("[cpec]\nread_timout = 3\n")
    _assert_one_line_error(cli("config", "--config", str(bad)), "unknown setting(s) read_timout")


def test_subprocess_error_has_no_traceback(tmp_path) -> None:
    """The installed entry point, as a user runs it: exit status 1 and one line."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "ingest",
            str(tmp_path / "missing.html"),
            "--db",
            f"sqlite:///{tmp_path / 'x.db'}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr


def test_usage_errors_are_reported_not_crashed(cli) -> None:
    for args, needle in (
        (("query", "events", "--since", "2024-13-01"), "is not a date"),
        (("run",), "cpec run --once"),
        (("nosuch",), "No such command"),
    ):
        result = cli(*args)
        assert result.code == 2 and needle in result.err and "internal error" not in result.err
