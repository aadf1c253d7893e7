"""The JSON API over real SQLite and PostgreSQL: paging, filters, profiles, exports, clear 422s, and a
connection that cannot write. The articles are invented (tests/webdata.py)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pipeline.web import export
from pipeline.web.app import create_app
from storage import Database, open_database
from storage.engine import connect
from tests.webdata import HOSTILE_TEXT, ZONE, populate


@dataclass
class Web:
    client: TestClient
    ids: dict[str, int]
    db: Database  # the read-only one the app uses
    url: str


@pytest.fixture
def web(db_url: str) -> Iterator[Web]:
    writer = open_database(db_url)
    ids = populate(writer)
    writer.dispose()
    readonly = connect(db_url, readonly=True)
    with TestClient(create_app(readonly)) as client:
        yield Web(client, ids, readonly, db_url)
    readonly.dispose()


def _get(web: Web, path: str, status: int = 200) -> dict:
    response = web.client.get(path)
    assert response.status_code == status, response.text
    return response.json()


def _zone_id(web: Web) -> int:
    [zone] = _get(web, "/api/zones?name=Rashakai")["items"]
    assert zone["name"] == ZONE
    return zone["id"]


def _official_id(web: Web, name: str) -> int:
    [person] = _get(web, f"/api/officials?name={name}")["items"]
    return person["id"]


def test_articles_page_newest_first_with_a_cursor_to_the_end(web: Web) -> None:
    seen, url = [], "/api/articles?limit=3"
    while url:
        page = _get(web, url)
        seen += page["items"]
        url = page["next_url"]
    assert len(seen) == len({a["id"] for a in seen}) == 11
    dates = [a["published_at"] for a in seen]
    assert dates == sorted(dates, reverse=True)


def test_article_filters(web: Web) -> None:
    def titles(query: str) -> set[str]:
        return {a["title"] for a in _get(web, "/api/articles?" + query)["items"]}

    assert len(titles("since=&until=&zone=&zone_id=&q=")) == 11  # a form's empty fields filter nothing
    assert titles("zone=Dhabeji") == {"Investors meet on Dhabeji and Rashakai"}
    assert titles("official=Li+Wei&since=2024-01-01") == {"Investors meet on Dhabeji and Rashakai"}
    assert titles("event_type=launch&event_status=planned") == {"Groundbreaking planned at Rashakai"}
    assert titles(f"zone_id={_zone_id(web)}&until=2022-12-31") == {"Groundbreaking planned at Rashakai"}
    found = _get(web, "/api/articles?q=groundbreaking+Rashakai")["items"]
    assert found and all(a["snippet"] and a["highlights"] for a in found)
    [done] = [a for a in found if a["title"] == "Rashakai groundbreaking held"]
    assert (done["officials"], done["zones"]) == (["Zara Shah", "Li Wei"], [ZONE])  # who and where, listed


def test_one_article_is_the_show_record(web: Web, cli) -> None:
    article_id = web.ids["rashakai-done"]
    shown = cli("show", str(article_id), "--format", "json", "--db", web.url)
    assert shown.code == 0, shown.err
    assert _get(web, f"/api/articles/{article_id}") == json.loads(shown.out)


def test_official_profile_titles_over_time_events_and_co_participants(web: Web) -> None:
    zara = _get(web, f"/api/officials/{_official_id(web, 'Zara')}")
    assert zara["official"]["name"] == "Zara Shah"
    held = {t["title"]: (t["first_seen"], t["last_seen"]) for t in zara["titles"]}
    assert held == {
        "Minister for Planning": ("2022-03-01", "2022-03-01"),
        "Federal Minister": ("2023-07-15", "2024-02-02"),
    }
    assert [e["type"] for e in zara["events"]["items"]] == ["visit", "launch", "launch"]  # newest first
    assert [(c["name"], c["events"]) for c in zara["co_participants"]] == [("Li Wei", 1)]
    assert zara["co_participants"][0]["id"] == _official_id(web, "Li")
    assert zara["articles"]["count"] == 3


def test_zone_profile_timeline_in_date_order_and_status_by_year(web: Web) -> None:
    zone = _get(web, f"/api/zones/{_zone_id(web)}")
    assert zone["zone"]["location"] == "Nowshera"
    days = [e["date_start"] for e in zone["timeline"]["items"]]
    assert days == sorted(days) and len(days) == 4
    assert [e["status"] for e in zone["timeline"]["items"]][:2] == ["planned", "happened"]
    assert zone["status_by_year"] == [
        {"year": 2022, "planned": 1},
        {"year": 2023, "happened": 1},
        {"year": 2024, "happened": 2},
    ]
    assert {o["name"] for o in zone["officials"]} == {"Zara Shah", "Li Wei"}
    assert zone["articles"]["count"] == 4 and zone["articles"]["first_seen"] == "2022-03-01"


def test_events_filters_order_and_facets(web: Web) -> None:
    zone_id = _zone_id(web)
    oldest = _get(web, f"/api/events?zone_id={zone_id}&order=oldest&limit=2")
    newest = _get(web, f"/api/events?zone_id={zone_id}&limit=50")
    following = _get(web, oldest["next_url"].replace("http://testserver", ""))
    assert [e["id"] for e in oldest["items"] + following["items"]] == [
        e["id"] for e in reversed(newest["items"])
    ]
    assert {e["type"] for e in _get(web, "/api/events?official=Li&year=2023")["items"]} == {"launch"}
    facets = _get(web, "/api/events/facets?type=launch")
    assert {f["value"]: f["count"] for f in facets["type"]} == {"launch": 2, "meeting": 1, "visit": 1}
    assert {f["value"]: f["count"] for f in facets["year"]} == {2022: 1, 2023: 1}
    assert facets["zone"] == [{"value": ZONE, "id": zone_id, "count": 2}]


def test_exports_every_row_as_csv_and_json_lines(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "PAGE", 4)  # several internal pages for 11 articles
    response = web.client.get("/api/articles?format=csv&limit=2")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len({r["id"] for r in rows}) == 11
    lines = web.client.get("/api/events?format=jsonl").text.splitlines()
    assert len(lines) == 4 and all(json.loads(line)["sentence"] for line in lines)
    assert web.client.get("/api/officials?format=csv").text.startswith("id,name,")


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/api/articles?limit=0", "limit"),
        ("/api/articles?limit=201", "limit"),
        ("/api/articles?since=yesterday", "since"),
        ("/api/articles?q=%25_", "no words"),
        ("/api/articles?cursor=bogus", "cursor"),
        ("/api/events?cursor=" + "W10", "cursor"),
        ("/api/events?type=party", "type"),
        ("/api/events?status=maybe", "status"),
        ("/api/events?order=sideways", "order"),
        ("/api/articles?format=xml", "format"),
        ("/api/zones/0", "zone_id"),
    ],
)
def test_bad_parameters_get_422_with_one_clear_line(web: Web, path: str, words: str) -> None:
    body = _get(web, path, 422)
    assert words in body["error"] and "\n" not in body["error"]


def test_unknown_ids_are_404(web: Web) -> None:
    for path in ("/api/articles/9999", "/api/officials/9999", "/api/zones/9999", "/api/organizations/9999"):
        assert "no " in _get(web, path, 404)["error"]


def test_the_app_connection_cannot_write(web: Web) -> None:
    with pytest.raises(DBAPIError), web.db.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET title = 'changed'"))
    assert "changed" not in {a["title"] for a in _get(web, "/api/articles")["items"]}


def test_openapi_and_docs_need_no_internet(web: Web) -> None:
    schema = _get(web, "/api/openapi.json")
    assert {"/api/articles", "/api/zones/{zone_id}", "/api/events/facets"} <= set(schema["paths"])
    docs = web.client.get("/api/docs").text
    assert "/api/docs-assets/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert web.client.get("/api/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_stored_markup_comes_back_as_data(web: Web) -> None:
    record = _get(web, f"/api/articles/{web.ids['hostile']}")
    assert record["article"]["text"] == HOSTILE_TEXT
