"""`cpec zone NAME`, `cpec official NAME` and `cpec event ID`: one story over time, across articles."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli import render
from pipeline.cli.common import ConfigOpt, DbOpt, DebugOpt, TableJson, emit_json, out, read_with
from storage.story_queries import event_cluster, official_timeline, zone_timeline

EVENT_COLUMNS = ("date_start", "type", "status", "reports", "participants", "id")


def zone(
    name: Annotated[str, typer.Argument(help="Zone name, or a part of it that names one zone.")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """A zone's timeline: each stage (planned, approved, groundbreaking, operational, delayed) with its
    dates, reports and the occurrences behind it, and where it stands now."""
    found = read_with(zone_timeline, name, db, config)
    if fmt is TableJson.json:
        emit_json(found)
        return
    facts = {k: found[k] for k in ("location", "province", "stage", "since")}
    sections: list[tuple[str, list[Any], tuple[str, ...]]] = [
        ("Stages", found["stages"], ("stage", "first_date", "last_date", "reports", "current", "since"))
    ]
    for stage in found["stages"]:
        sections.append((f"{stage['stage']}: occurrences", stage["events"], EVENT_COLUMNS))
    out.print(render.timeline_tables(found["zone"], facts, sections))
    if not found["stages"]:
        out.print("no stage reported yet (no launch, approval, groundbreaking, plan or delay names it)")


def official(
    name: Annotated[str, typer.Argument(help="Part of a person's name or alias that names one official.")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """An official's titles over time (first and last seen) and the meetings attended."""
    found = read_with(official_timeline, name, db, config)
    if fmt is TableJson.json:
        emit_json(found)
        return
    facts = {"country": found["country"], "aliases": found["aliases"]}
    sections = [
        ("Titles", found["titles"], ("title", "organization", "first_seen", "last_seen")),
        ("Meetings", found["meetings"], EVENT_COLUMNS),
    ]
    out.print(render.timeline_tables(found["name"], facts, sections))


def event(
    cluster_id: Annotated[int, typer.Argument(help="Occurrence id, as `cpec query events` lists it.")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """One real occurrence with every report of it: which article, when, and what each said."""
    found = read_with(event_cluster, cluster_id, db, config)
    if fmt is TableJson.json:
        emit_json(found)
        return
    keys = ("type", "status", "date_start", "date_end", "reports", "first_reported", "last_reported")
    facts = {k: found[k] for k in (*keys, "participants", "zones", "organizations")}
    columns = ("published_at", "article_id", "status", "date", "trigger", "title")
    sections = [("Reports", found["reports_list"], columns)]
    out.print(render.timeline_tables(f"Occurrence {found['id']}", facts, sections))
