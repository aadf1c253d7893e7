"""The pages over real SQLite: what each shows, its JSON twin, highlighted text linking to entities, and
stored markup rendered as text. `cpec serve` itself: real HTTP on 127.0.0.1, and a busy port."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from pipeline.web.app import create_app
from storage import open_database
from storage.engine import connect
from tests.webdata import HOSTILE_TEXT, HOSTILE_TITLE, ZONE, populate


@pytest.fixture
def site(sqlite_url: str) -> Iterator[tuple[TestClient, dict[str, int]]]:
    writer = open_database(sqlite_url)
    ids = populate(writer)
    writer.dispose()
    readonly = connect(sqlite_url, readonly=True)
    with TestClient(create_app(readonly)) as client:
        yield client, ids
    readonly.dispose()


def _page(client: TestClient, path: str, status: int = 200) -> str:
    response = client.get(path)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def _links(html: str, cls: str) -> list[tuple[str, str]]:
    return [
        (h, unescape(t)) for h, t in re.findall(rf'<a class="m {cls}" href="([^"]+)"[^>]*>([^<]+)</a>', html)
    ]


def test_article_text_marks_mentions_where_they_occur_each_linking_to_its_entity(site) -> None:
    client, ids = site
    html = _page(client, f"/articles/{ids['rashakai-planned']}")
    zones = _links(html, "zone")
    officials = _links(html, "official")
    assert ("Rashakai SEZ" in [t for _h, t in zones]) and all(h.startswith("/zones/") for h, _t in zones)
    assert "Zara Shah" in [t for _h, t in officials]
    assert re.search(r'<a class="m event" href="#event-1"[^>]*>groundbreaking</a>', html)
    assert re.search(
        r'<a class="m date" href="/events\?since=2022-06-01&amp;until=2022-06-30"[^>]*>June</a>', html
    )
    zone_page = _page(client, zones[0][0])
    assert f"<h1>{ZONE}</h1>" in zone_page


def test_stored_script_and_odd_unicode_render_as_text(site) -> None:
    client, ids = site
    response = client.get(f"/articles/{ids['hostile']}")
    html = response.text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript:' not in html  # a stored URL is a link only when it is http(s)
    assert "&lt;script&gt;alert(&#39;stored&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # the zone mark still sits on the right characters after a flag emoji, Urdu and combining accents
    marked = re.search(r'<div class="text">(.*?)</div>', html, re.S).group(1)  # type: ignore[union-attr]
    assert unescape(re.sub(r"<[^>]+>", "", marked)) == HOSTILE_TEXT
    assert "Rashakai SEZ" in [t for _h, t in _links(html, "zone")]
    search = _page(client, "/?q=stored")
    assert "&lt;script&gt;" in search and HOSTILE_TITLE not in search


def test_every_page_has_its_json_twin(site) -> None:
    client, ids = site
    zone_id = re.search(r'href="/zones/(\d+)"', _page(client, "/zones")).group(1)  # type: ignore[union-attr]
    official_id = re.search(r'href="/officials/(\d+)"', _page(client, "/officials")).group(1)  # type: ignore[union-attr]
    for path in (
        "/?q=Rashakai",
        "/",
        f"/articles/{ids['investors']}",
        "/officials",
        f"/officials/{official_id}",
        "/zones",
        f"/zones/{zone_id}",
        "/organizations",
        "/events?type=launch",
    ):
        html = _page(client, path)
        twin = unescape(re.search(r'<a class="json" href="([^"]+)"', html).group(1))  # type: ignore[union-attr]
        assert twin.startswith("/api/")
        response = client.get(twin)
        assert response.status_code == 200 and response.headers["content-type"] == "application/json", twin


def test_zone_page_timeline_chart_and_officials(site) -> None:
    client, _ids = site
    zone_id = re.search(r'href="/zones/(\d+)">Rashakai', _page(client, "/zones")).group(1)  # type: ignore[union-attr]
    html = _page(client, f"/zones/{zone_id}")
    days = re.findall(r'<li class="event" data-date="([\d-]+)"', html)
    assert days == sorted(days) and len(days) == 4
    assert html.count('<rect class="s-') == 3  # 2022 planned, 2023 happened, 2024 happened
    assert f'href="/events?zone_id={zone_id}&amp;year=2022&amp;status=planned"' in html
    assert {t for _h, t in _links(html.split("Officials involved")[1], "official")} >= {"Zara Shah", "Li Wei"}


def test_zone_page_says_where_it_stands_and_official_page_lists_meetings_once(site) -> None:
    """Issue 12 on the pages: the zone's stages in order with the current one, an official's meetings as
    occurrences (one row however many reports)."""
    client, _ids = site
    zone_id = re.search(r'href="/zones/(\d+)">Rashakai', _page(client, "/zones")).group(1)  # type: ignore[union-attr]
    stands = _page(client, f"/zones/{zone_id}").split("Where it stands")[1].split("</section>")[0]
    assert re.findall(r'<li class="stage( current)?" data-stage="(\w+)"', stands) == [
        ("", "planned"),
        (" current", "groundbreaking"),
    ]
    assert 'Now <strong class="stage">groundbreaking</strong> since 2023-07-10' in stands
    officials = _page(client, "/officials")
    li_id = re.search(r'href="/officials/(\d+)">Li Wei', officials).group(1)  # type: ignore[union-attr]
    met = _page(client, f"/officials/{li_id}").split("Meetings attended")[1].split("</section>")[0]
    assert re.findall(r'data-date="([\d-]+)" data-reports="(\d+)"', met) == [("2024-01-10", "1")]
    zara_id = re.search(r'href="/officials/(\d+)">Zara Shah', officials).group(1)  # type: ignore[union-attr]
    assert "None reported." in _page(client, f"/officials/{zara_id}").split("Meetings attended")[1]


def test_events_page_facets_filter(site) -> None:
    client, _ids = site
    html = _page(client, "/events?status=planned")
    assert html.count('<li class="event"') == 1
    assert re.search(r'<li class="chosen"><a href="\?">planned</a>', html)


def test_bad_input_on_pages_is_a_readable_message(site) -> None:
    client, _ids = site
    assert "no words to search for" in _page(client, "/?q=%25", 422)
    assert "limit" in _page(client, "/events?limit=100000", 422)
    assert "no zone 999" in _page(client, "/zones/999", 404)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cpec_serve_serves_over_http_and_says_where(sqlite_url: str, tmp_path: Path) -> None:
    populate(open_database(sqlite_url))
    port = _free_port()
    cmd = [sys.executable, "-c", "from pipeline.cli.app import main; main()", "serve", "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--db", sqlite_url], stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        for _ in range(100):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/?q=Rashakai", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200 and "Best matches" in response.text
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in err


def test_cpec_serve_on_a_busy_port_is_one_line(cli, sqlite_url: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = cli("serve", "--port", str(port), "--db", sqlite_url)
    assert result.code == 1
    assert result.err.startswith("cpec: error: cannot listen on 127.0.0.1:") and result.err.count("\n") == 1
