"""Extraction of the article body from a realistically rendered news page, and the `extract` command."""

from __future__ import annotations

import json

from tests.httpserver import Route, serve

CHROME = [
    "Facebook Comments",
    "Comments are closed.",
    "We use cookies",
    "Related Posts",
    "Share this article",
    "Subscribe to get the latest",
    "All rights reserved",
    "Most Read",
]


def test_extract_reference_page_keeps_body_and_drops_chrome(cli, server) -> None:
    result = cli("extract", server.url("/news/cpec-fast-track/"), "--format", "json")
    assert result.code == 0, result.err
    [line] = result.out.splitlines()
    record = json.loads(line)
    assert (
        record["title"] == "China and Pakistan Agree to Fast-Track Pace of Industrial Cooperation under CPEC"
    )
    assert record["published_at"] == "2019-08-28"
    assert record["language"] == "en"
    assert record["author"] == "Staff Reporter"
    text = record["text"]
    assert "jointly chaired by Secretary BoI, Omer Rasul" in text
    assert "going to be held in October/November this year" in text
    assert "a winning combination." in text
    for chrome in CHROME:
        assert chrome not in text, chrome


def test_extract_local_files_and_stdin(cli, tmp_path, reference_html) -> None:
    page = tmp_path / "page.htm"
    page.write_bytes(reference_html)
    txt = tmp_path / "note.txt"
    txt.write_text("A Title Line\n\nGwadar port handled its first transit cargo.\n", encoding="utf-8")
    result = cli("extract", str(page), str(txt), "--format", "json")
    assert result.code == 0, result.err
    html_rec, txt_rec = (json.loads(line) for line in result.out.splitlines())
    assert html_rec["url"].startswith("file://") and html_rec["url"].endswith("/page.htm")
    assert txt_rec["title"] == "A Title Line"
    assert txt_rec["text"] == "Gwadar port handled its first transit cargo."
    piped = cli("extract", "-", "--format", "json", stdin=reference_html)
    assert piped.code == 0, piped.err
    assert "Omer Rasul" in json.loads(piped.out)["text"]


def _latin_page(meta: bool) -> bytes:
    head = '<meta charset="iso-8859-1">' if meta else ""
    body = "<p>" + "Le café de Gwadar a ouvert ses portes à Noël pour les ingénieurs. " * 6 + "</p>"
    return (
        f"<html><head>{head}<title>Café</title></head><body><article>{body}</article></body></html>".encode(
            "iso-8859-1"
        )
    )


def test_charset_from_header_and_from_meta(cli) -> None:
    routes = {
        "/header": Route(_latin_page(False), headers={"Content-Type": "text/html; charset=ISO-8859-1"}),
        "/meta": Route(_latin_page(True), headers={"Content-Type": "text/html"}),
    }
    with serve(routes) as srv:
        result = cli("extract", srv.url("/header"), srv.url("/meta"), "--format", "json")
    assert result.code == 0, result.err
    for line in result.out.splitlines():
        assert "Le café de Gwadar a ouvert ses portes à Noël" in json.loads(line)["text"]
