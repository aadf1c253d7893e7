"""`cpec run`, `cpec runs`, `cpec schedule` and `cpec demo`: the background job and its first-run showcase."""

from __future__ import annotations

import signal
import threading
from dataclasses import replace
from types import FrameType
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from config import Settings
from pipeline.cli import render
from pipeline.cli.common import (
    ConfigOpt,
    DbOpt,
    DebugOpt,
    Exit,
    ModelOpt,
    TableJson,
    emit_json,
    err,
    model_loader,
    open_db,
    out,
    settings_from,
)
from storage import Database
from storage.engine import redact
from storage.sources import list_runs

if TYPE_CHECKING:  # the crawl stack (spaCy, lxml, httpx) loads only for the commands that crawl
    from pipeline.crawl.crawl_pass import PassReport, SourceRef


class _Bar:
    """The crawl's progress on a rich bar: one step per article URL handled."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("discovering", total=None)

    def describe(self, text: str) -> None:
        self.progress.update(self.task, description=text)

    def total(self, n: int) -> None:
        self.progress.update(self.task, total=n, description="fetching")

    def advance(self, label: str) -> None:
        self.progress.update(self.task, advance=1, description=label)


def _pass(
    database: Database, settings: Settings, sources: list[SourceRef], kind: str, quiet: bool
) -> tuple[int, PassReport]:
    """One logged pass with a progress bar; SIGINT/SIGTERM end it after the article in hand."""
    from pipeline.crawl.runs import run_pass

    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True, disable=quiet) as progress:
            return run_pass(database, settings, model_loader(settings), sources, kind, stop, _Bar(progress))
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _summary(report: PassReport) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [{"source": name, **counts} for name, counts in report.counts.items()]
    rows.append({"source": "total", **report.totals()})
    return rows


def _print_report(run_id: int, report: PassReport, fmt: TableJson) -> None:
    from pipeline.crawl.crawl_pass import COUNT_KEYS

    if fmt is TableJson.json:
        emit_json(
            {"run": run_id, "status": report.status, "sources": _summary(report), "errors": report.errors}
        )
        return
    out.print(render.table(f"Run {run_id}: {report.status}", _summary(report), ("source", *COUNT_KEYS)))
    if report.errors:
        out.print(render.table(f"Errors ({len(report.errors)})", report.errors, ("source", "url", "error")))


def run(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit (see `cpec schedule`).")] = False,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="Only this source (repeatable).")
    ] = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """One pass over the enabled sources (or the named ones): discover, fetch, analyse, store."""
    from pipeline.crawl.runs import pick_sources

    if not once:
        raise typer.BadParameter(
            "use `cpec run --once` for one pass, `cpec schedule` to keep running", param_hint="--once"
        )
    settings = settings_from(config, db=db, model=model)
    database = open_db(settings)
    sources = pick_sources(database, source or [])
    if not sources:
        err.print("no enabled sources: add one with `cpec sources add URL` (or --defaults)", highlight=False)
        raise typer.Exit(1)
    run_id, report = _pass(database, settings, sources, "run", quiet=fmt is TableJson.json)
    _print_report(run_id, report, fmt)
    code = {"ok": Exit.OK, "partial": Exit.PARTIAL, "failed": Exit.ERROR, "stopped": Exit.STOPPED}
    if code[report.status]:
        raise typer.Exit(code[report.status])


RUN_COLUMNS = ("id", "kind", "status", "started_at", "finished_at", "note", "counts", "errors")


def runs(
    limit: Annotated[int, typer.Option(min=1)] = 20,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """The run log, newest first (JSON Lines with --format json)."""
    database = open_db(settings_from(config, db=db), write=False)
    with database.reading() as session:
        rows = list_runs(session, limit)
    if fmt is TableJson.json:
        for row in rows:
            emit_json(row)
        return
    table_rows = [
        {**r, "counts": _brief(r["counts"].get("total", {})), "errors": len(r["errors"] or [])} for r in rows
    ]
    out.print(render.table(f"Runs ({len(rows)})", table_rows, RUN_COLUMNS))


def _brief(total: dict[str, int]) -> str:
    from pipeline.crawl.crawl_pass import COUNT_KEYS

    return " ".join(f"{k}={total[k]}" for k in COUNT_KEYS if total.get(k))


def schedule(
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Run in the foreground: each enabled source at its interval, until SIGTERM or Ctrl-C."""
    from pipeline.crawl.schedule import Scheduler

    settings = settings_from(config, db=db, model=model)
    database = open_db(settings)

    def said(name: str, totals: dict[str, int]) -> None:
        err.print(f"{name}: {_brief(totals) or 'nothing new'}", highlight=False)

    from pipeline.crawl.runs import pick_sources

    if not pick_sources(database):
        err.print("no enabled sources yet: `cpec sources add URL` adds one while this runs", highlight=False)
    scheduler = Scheduler(database, settings, model_loader(settings), on_run=said)

    def started() -> None:  # only once the lock is ours: a second scheduler says nothing but its error
        err.print(f"scheduler {scheduler.holder} running; SIGTERM or Ctrl-C stops it", highlight=False)

    passes = scheduler.run(on_start=started)
    err.print(f"scheduler stopped after {passes} passes", highlight=False)


def demo(
    db: DbOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    debug: DebugOpt = False,
) -> None:
    """First run, no internet needed: serve a small bundled CPEC site on 127.0.0.1, make one pass over its
    feed and sitemap into the default database, and print the officials, zones and events found."""
    from pipeline.demo.run import run_demo
    from pipeline.demo.server import DEMO_HOST

    settings = settings_from(config, db=db)
    database = open_db(settings)
    # the demo site lives on 127.0.0.1: allowed for this command only, whatever the settings say
    settings = replace(settings, allow_private_hosts=(*settings.allow_private_hosts, DEMO_HOST))
    with run_demo(database) as sources:
        run_id, report = _pass(database, settings, sources, "demo", quiet=fmt is TableJson.json)
    _print_report(run_id, report, fmt)
    _print_found(database, fmt)
    where = "" if db is None and config is None else f" --db {redact(settings.database_url)}"
    err.print(
        f"browse what it stored: `cpec serve{where}`, then open http://127.0.0.1:8000/", highlight=False
    )


def _print_found(database: Database, fmt: TableJson) -> None:
    from storage.record_queries import RecordFilter, list_events, list_officials, list_zones

    with database.reading() as session:
        found = {
            "officials": list_officials(session, RecordFilter(limit=20)),
            "zones": list_zones(session, RecordFilter(limit=20)),
            "events": list_events(session, RecordFilter(limit=20)),
        }
    if fmt is TableJson.json:
        emit_json(found)
        return
    out.print(render.table("Officials", found["officials"], ("name", "title", "organization", "country")))
    out.print(render.table("Zones", found["zones"], ("name", "location", "province", "articles")))
    out.print(
        render.table("Events", found["events"], ("date_start", "type", "status", "participants", "zones"))
    )
    err.print(
        "next: `cpec query events --help`, `cpec sources add --defaults`, `cpec schedule`", highlight=False
    )
