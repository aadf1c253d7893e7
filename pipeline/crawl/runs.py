"""A logged pass: pick the sources, run the crawl, keep the run's counts and errors in the database."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Sequence
from datetime import timedelta

from spacy.language import Language

from config import Settings
from pipeline.crawl.crawl_pass import CrawlPass, PassReport, Progress, SourceRef
from pipeline.crawl.robots import RobotsCache
from storage import Database
from storage.sources import enabled_sources, finish_run, list_sources, mark_stale_runs, start_run

log = logging.getLogger(__name__)

STALE_ELSEWHERE = timedelta(days=1)  # a run of another machine still "running" after a day is dead


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def pick_sources(db: Database, names: Sequence[str] = ()) -> list[SourceRef]:
    """The named sources (an error for an unknown name), else every enabled one."""
    with db.reading() as session:
        rows = list_sources(session, names) if names else enabled_sources(session)
        return [SourceRef.of(s) for s in rows]


def run_pass(
    db: Database,
    settings: Settings,
    nlp_loader: Callable[[], Language],
    sources: list[SourceRef],
    kind: str = "run",
    stop: threading.Event | None = None,
    progress: Progress | None = None,
    robots: RobotsCache | None = None,
) -> tuple[int, PassReport]:
    host = socket.gethostname()
    with db.writing() as session:
        stale = mark_stale_runs(session, host, _alive, STALE_ELSEWHERE)
        note = ", ".join(s.name for s in sources) or None
        run_id = start_run(session, kind, note=note, holder=f"{host}:{os.getpid()}")
    if stale:
        log.warning("marked %d run(s) left running by a process that died as interrupted", stale)
    report = PassReport()
    status = "failed"  # unless the pass returns
    try:
        report = CrawlPass(db, settings, nlp_loader, stop, progress, robots).run(sources)
        status = report.status
    finally:
        counts = {"total": dict(report.totals()), "sources": {k: dict(v) for k, v in report.counts.items()}}
        with db.writing() as session:
            finish_run(session, run_id, status, counts, report.errors)
    log.info("run %d: %s %s", run_id, report.status, dict(report.totals()))
    return run_id, report
