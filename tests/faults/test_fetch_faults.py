"""Faults of the network and of what servers send, over real loopback HTTP: every one ends as a recorded
failure (or a success after retries), never a crash, a stall or a request to an address we may not reach."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from models import Article, SeenUrl
from tests.faults.common import count, last_json, one_line_error, write_settings
from tests.httpserver import Route, serve
from tests.sitefixtures import HTML, XML, cpec_article, rss, sequence


@pytest.fixture(autouse=True)
def fast(tmp_path: Path) -> None:
    write_settings(tmp_path)


def _add(cli, url: str, name: str, db: str, kind: str = "feed") -> None:
    result = cli("sources", "add", url, "--name", name, "--kind", kind, "--db", db)
    assert result.code == 0, result.err


# SSRF ------------------------------------------------------------------------------------------------


def test_redirect_to_the_metadata_address_is_refused_even_when_its_network_is_allowed(
    cli, sqlite_url, monkeypatch
):
    monkeypatch.setenv("CPEC_ALLOW_PRIVATE_HOSTS", "127.0.0.1,169.254.0.0/16")
    with serve() as site:
        site.routes["/go"] = Route(b"", 302, {"Location": "http://169.254.169.254/latest/meta-data/"})
        started = time.monotonic()
        result = cli("ingest", site.url("/go"), "--db", sqlite_url)
    one_line_error(result, "refused: 169.254.169.254 resolves to 169.254.169.254")
    assert time.monotonic() - started < 5  # refused before connecting, and never retried


def test_feed_entries_to_private_and_other_loopback_addresses_are_refused_not_fetched(cli, sqlite_url):
    with serve(host="127.0.0.2") as other, serve() as site:
        other.routes["/secret"] = cpec_article("CPEC internal admin page")
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        entries = [("/a.html", "CPEC zone gets power")]
        feed = rss(site.url(""), entries).replace(
            b"</channel>",
            f"<item><title>CPEC leak</title><link>{other.url('/secret')}</link></item>"
            "<item><title>CPEC metadata</title><link>http://10.11.12.13/cpec</link></item></channel>".encode(),
        )
        site.routes["/feed.xml"] = Route(feed, headers=XML)
        _add(cli, site.url("/feed.xml"), "f", sqlite_url)
        report = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        assert other.requests == []  # not even robots.txt
    total = report["sources"][-1]
    assert (total["stored"], total["refused"]) == (1, 2)
    assert count(sqlite_url, SeenUrl, SeenUrl.status == "refused") == 2
    assert all("not a public address" in e["error"] for e in report["errors"])


def test_a_name_that_resolves_to_a_private_address_is_refused(cli, sqlite_url, monkeypatch):
    monkeypatch.setenv("CPEC_ALLOW_PRIVATE_HOSTS", "10.1.2.3")  # not the loopback this name resolves to
    with serve() as site:
        site.routes["/a"] = cpec_article("CPEC")
        result = cli("ingest", f"http://localhost:{site.port}/a", "--db", sqlite_url)
        assert site.requests == []
    one_line_error(result, "refused: localhost resolves to 127.0.0.1")


def test_default_settings_refuse_loopback(cli, sqlite_url, monkeypatch):
    monkeypatch.delenv("CPEC_ALLOW_PRIVATE_HOSTS")
    with serve() as site:
        site.routes["/a"] = cpec_article("CPEC")
        result = cli("ingest", site.url("/a"), "--db", sqlite_url)
        assert site.requests == []
    one_line_error(result, "allow_private_hosts")


# slow, broken and lying servers ---------------------------------------------------------------------------


def test_a_server_dripping_bytes_is_cut_off_by_the_fetch_deadline(cli, sqlite_url, tmp_path):
    write_settings(tmp_path, fetch_deadline=1.5)
    with serve() as site:
        site.routes["/drip"] = Route(b"<html>" + b"x" * 200 + b"</html>", headers=dict(HTML), trickle=0.1)
        started = time.monotonic()
        result = cli("ingest", site.url("/drip"), "--db", sqlite_url)
        took = time.monotonic() - started
    one_line_error(result, "fetch deadline")
    assert took < 1.5 + 1.0 + 1.0  # the deadline, one read timeout, the command itself


def test_ingest_retries_429_and_503_itself(cli, sqlite_url):
    with serve() as site:
        site.routes["/a"] = sequence(Route(b"", 429, {"Retry-After": "1"}), cpec_article("CPEC after 429"))
        site.routes["/b"] = sequence(Route(b"", 503), cpec_article("CPEC after 503", who="Omar Farooq"))
        result = cli("ingest", site.url("/a"), site.url("/b"), "--db", sqlite_url)
        hits = (site.hits("/a"), site.hits("/b"))
    assert result.code == 0, result.err
    assert hits == (2, 2) and count(sqlite_url, Article) == 2


RAW_CASES = [
    # Content-Length says 5000, 20 bytes come and the connection closes
    (
        "lying-length",
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><p>short",
        "",
    ),
    ("reset", b"", ""),  # connection closed before any answer
    ("garbage", b"NOT HTTP AT ALL\r\n\r\n", ""),
]


@pytest.mark.parametrize(("name", "raw", "_"), RAW_CASES)
def test_broken_connections_are_one_line_errors(cli, sqlite_url, name, raw, _):
    with serve() as site:
        site.routes["/x"] = Route(raw=raw)
        result = cli("ingest", site.url("/x"), "--db", sqlite_url)
    assert result.code == 1 and "Traceback" not in result.err and "internal error" not in result.err
    assert result.err.count("\n") == 1 and "/x" in result.err


def test_gzip_bomb_is_stopped_by_the_size_cap(cli, sqlite_url):
    bomb = gzip.compress(b"<p>" + b"a" * 60_000_000, compresslevel=9)
    with serve() as site:
        site.routes["/bomb"] = Route(bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
        result = cli("ingest", site.url("/bomb"), "--db", sqlite_url)
    assert len(bomb) < 1_000_000  # small on the wire: the cap applies to what it inflates to
    one_line_error(result, "byte cap")


# what a crawl pass meets ---------------------------------------------------------------------------------


def test_an_odd_charset_or_a_deep_page_fails_only_its_url_and_the_host_goes_on(cli, sqlite_url):
    """Issue item 1: charset=idna used to kill the host's fetch thread, silently dropping its queue."""
    deep = b"<html><body>" + b"<div>" * 5000 + b"CPEC deep" + b"</div>" * 5000 + b"</body></html>"
    pages = {f"/n{i}.html": cpec_article(f"CPEC story {i}", who=f"Zara Shah{'h' * i}") for i in range(3)}
    with serve() as site:
        site.routes.update(pages)
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/idna.html"] = Route(
            cpec_article("CPEC idna").body, headers={"Content-Type": "text/html; charset=idna"}
        )
        site.routes["/deep.html"] = Route(deep, headers=dict(HTML))
        order = ["/idna.html", "/deep.html", *pages]
        site.routes["/feed.xml"] = Route(rss(site.url(""), [(p, "CPEC story") for p in order]), headers=XML)
        _add(cli, site.url("/feed.xml"), "f", sqlite_url)
        result = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        hits = {p: site.hits(p) for p in order}
    report = last_json(result.out)
    assert set(hits.values()) == {1}  # every URL of the host was fetched
    assert count(sqlite_url, SeenUrl) == len(order)  # and has its state recorded
    assert count(sqlite_url, Article) >= 4  # the idna page decodes from its bytes
    assert "internal error" not in json.dumps(report["errors"])


def test_robots_txt_of_five_megabytes_is_a_recorded_failure(cli, sqlite_url):
    with serve() as site:
        site.routes["/robots.txt"] = Route(
            headers={"Content-Type": "text/plain"}, stream=(b"Disallow: /x\n" * 1000, 400)
        )
        site.routes["/feed.xml"] = Route(rss(site.url(""), [("/a.html", "CPEC story")]), headers=XML)
        _add(cli, site.url("/feed.xml"), "f", sqlite_url)
        result = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        assert site.hits("/feed.xml") == 0
    assert result.code == 1 and "robots.txt unreachable" in last_json(result.out)["errors"][0]["error"]


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>"
)


def test_billion_laughs_and_xxe_in_feeds_and_sitemaps_expand_nothing(cli, sqlite_url):
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    with serve() as site:
        base = site.url("")
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/laughs.xml"] = Route(
            LAUGHS + f"<urlset><url><loc>{base}/a&lol9;</loc></url></urlset>".encode(), headers=XML
        )
        item = f"<item><title>CPEC &xxe;</title><link>{base}/b</link></item>"
        site.routes["/xxe.xml"] = Route(xxe + f"<rss><channel>{item}</channel></rss>".encode(), headers=XML)
        site.routes["/xxe-map.xml"] = Route(
            xxe + f"<urlset><url><loc>{base}/c&xxe;</loc></url></urlset>".encode(), headers=XML
        )
        _add(cli, site.url("/laughs.xml"), "laughs", sqlite_url, "sitemap")
        _add(cli, site.url("/xxe.xml"), "xxe", sqlite_url, "feed")
        _add(cli, site.url("/xxe-map.xml"), "xxemap", sqlite_url, "sitemap")
        started = time.monotonic()
        result = cli("run", "--once", "--format", "json", "--db", sqlite_url)
        paths = [p for _m, p, _h in site.requests]
    assert time.monotonic() - started < 30
    assert "internal error" not in result.out and "root:" not in result.out
    assert not any("lol" in p or "root" in p for p in paths)  # nothing expanded into a URL


def test_news_sitemap_of_200000_off_topic_entries_over_ten_megabytes(cli, sqlite_url):
    """Plain sitemaps may be 50 MB (the protocol's limit), and off-topic entries are written in batches."""
    with serve() as site:
        base = site.url("")
        entry = (
            "<url><loc>{base}/sport/{i}</loc><news:news><news:publication_date>2024-05-06"
            "</news:publication_date><news:title>Cricket score {i}</news:title></news:news></url>"
        )
        body = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            + "".join(entry.format(base=base, i=i) for i in range(200_000))
            + f"<url><loc>{base}/a.html</loc></url></urlset>"
        ).encode()
        assert len(body) > 10_000_000
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/map.xml"] = Route(body, headers=XML)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        _add(cli, site.url("/map.xml"), "map", sqlite_url, "sitemap")
        started = time.monotonic()
        report = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        took = time.monotonic() - started
    total = report["sources"][-1]
    assert (total["offtopic"], total["stored"]) == (200_000, 1), report
    assert count(sqlite_url, SeenUrl, SeenUrl.status == "offtopic") == 200_000
    assert took < 120, took


def test_failed_urls_are_retried_while_the_feed_stays_the_same(cli, sqlite_url):
    """Issue item 7: the unchanged feed's hash skipped discovery, so a failed URL was never tried again."""
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = sequence(*[Route(b"down", 500)] * 3, cpec_article("CPEC zone gets power"))
        site.routes["/feed.xml"] = Route(rss(site.url(""), [("/a.html", "CPEC zone")]), headers=XML)
        _add(cli, site.url("/feed.xml"), "f", sqlite_url)
        first = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        second = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        third = last_json(cli("run", "--once", "--format", "json", "--db", sqlite_url).out)
        hits = site.hits("/a.html")
    assert [p["sources"][-1]["stored"] for p in (first, second, third)] == [0, 1, 0]
    assert hits == 4 and count(sqlite_url, Article) == 1  # three failed tries, then stored, then left alone


def _latin1_page(declared: str | None, encoding: str) -> Route:
    text = (
        "<p>" + "The naïve café owners of Gwadar welcomed the CPEC engineers – “naïve” no more. " * 6 + "</p>"
    )
    head = f'<meta charset="{declared}">' if declared else ""
    body = f"<html><head>{head}<title>Café</title></head><body><article>{text}</article></body></html>"
    content_type = "text/html" + (f"; charset={declared}" if declared else "")
    return Route(body.encode(encoding), headers={"Content-Type": content_type})


def test_charsets_are_decided_from_the_bytes(cli, tmp_path):
    """Issue item 10: a declared charset the bytes contradict, undeclared cp1252, Latin-1 text files."""
    pages = {
        "/lies": _latin1_page("utf-8", "cp1252"),  # says UTF-8, is cp1252: no U+FFFD
        "/undeclared": _latin1_page(None, "cp1252"),  # was read as cp1250: "naďve"
        "/utf8-says-latin1": _latin1_page("iso-8859-1", "utf-8"),  # says Latin-1, is UTF-8: no "Ã©"
    }
    txt = tmp_path / "latin.txt"
    txt.write_bytes("Café report\n\nThe café in Gwadar served the CPEC engineers.".encode("latin-1"))
    with serve(pages) as site:
        result = cli("extract", *(site.url(p) for p in pages), str(txt), "--format", "json")
    assert result.code == 0, result.err
    for line in result.out.splitlines():
        record = json.loads(line)
        assert "café" in record["text"] and "\ufffd" not in record["text"] and "Ã" not in record["text"]
        assert "naďve" not in record["text"]


def test_a_200_megabyte_body_is_refused_without_reading_it(cli, sqlite_url):
    with serve() as site:
        site.routes["/huge"] = Route(headers=dict(HTML), stream=(b"<p>" + b"x" * 999_997, 200))
        started = time.monotonic()
        result = cli("ingest", site.url("/huge"), "--db", sqlite_url)
    one_line_error(result, "response of 200000000 bytes exceeds the 1000000-byte cap")
    assert time.monotonic() - started < 10
