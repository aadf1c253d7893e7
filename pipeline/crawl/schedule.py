"""`cpec schedule`: APScheduler's BlockingScheduler, one interval job per enabled source.

Job store: the default in-memory store, on purpose. The state that must survive a restart is already in
our own tables: each source's interval, last attempt and backoff (`next_attempt_at`). On start every job
is scheduled from them, so a restarted scheduler resumes each source where it left off, picks up sources
added or changed meanwhile, and never unpickles a stale callable, as a persistent job store would (jobs
there are pickled references to code that may have changed between releases).
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from spacy.language import Language

from config import Settings
from models import Source
from pipeline.crawl.crawl_pass import SourceRef
from pipeline.crawl.robots import RobotsCache
from pipeline.crawl.runs import run_pass
from storage import Database
from storage.lock import acquire, heartbeat, release
from storage.sources import enabled_sources

log = logging.getLogger(__name__)

LOCK_NAME = "scheduler"
SYNC_EVERY = 30.0  # seconds between checks for sources added, removed or changed
MAX_JITTER = 60.0


class Scheduler:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        nlp_loader: Callable[[], Language],
        on_run: Callable[[str, dict[str, int]], None] | None = None,
    ) -> None:
        self.db, self.settings, self.nlp_loader, self.on_run = db, settings, nlp_loader, on_run
        self.stop = threading.Event()
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        # sources one at a time: they share the model and must not hit one host from two passes at once;
        # the lock's heartbeat has its own thread so that a long pass cannot starve it
        self.scheduler = BlockingScheduler(
            executors={"default": ThreadPoolExecutor(1), "control": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=UTC,
        )
        self.passes = 0
        self.robots = RobotsCache()  # robots.txt stays cached across passes, until it expires

    def run(self, on_start: Callable[[], None] | None = None) -> int:
        """Block until SIGTERM/SIGINT (or a lost lock); return the number of passes made."""
        acquire(self.db, LOCK_NAME, self.holder, self.settings.lock_timeout)
        if on_start:
            on_start()
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            self._sync()
            beat = max(1.0, self.settings.lock_timeout / 3)
            self.scheduler.add_job(self._beat, "interval", seconds=beat, id="heartbeat", executor="control")
            self.scheduler.add_job(self._sync, "interval", seconds=SYNC_EVERY, id="sync", executor="control")
            log.info("scheduler %s started", self.holder)
            self.scheduler.start()  # returns after shutdown
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            release(self.db, LOCK_NAME, self.holder)
        return self.passes

    def request_stop(self) -> None:
        """Finish the article in hand, then stop. Safe from a signal handler (work moves to a thread)."""
        self.stop.set()
        threading.Thread(target=self._shutdown, name="shutdown", daemon=True).start()

    def _shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the article in hand", signum)
        self.request_stop()

    def _beat(self) -> None:
        if not heartbeat(self.db, LOCK_NAME, self.holder):
            log.error("the scheduler lock was taken over by another process: stopping")
            self.request_stop()

    def _sync(self) -> None:
        """One job per enabled source, first due where its last attempt (or backoff) says."""
        with self.db.reading() as session:
            sources = enabled_sources(session)
        wanted = {f"source:{s.id}": s for s in sources}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("source:") and job.id not in wanted:
                job.remove()
        for job_id, source in wanted.items():
            job = self.scheduler.get_job(job_id)
            if job is not None and job.trigger.interval == timedelta(seconds=source.interval_seconds):
                continue
            self.scheduler.add_job(
                self._run_source,
                "interval",
                args=[source.id],
                id=job_id,
                name=source.name,
                seconds=source.interval_seconds,
                jitter=min(MAX_JITTER, source.interval_seconds * 0.1),
                misfire_grace_time=max(1, source.interval_seconds),
                next_run_time=self._first_run(source),
                replace_existing=True,
            )

    def _first_run(self, source: Source) -> datetime:
        now = datetime.now(UTC)
        due: list[datetime] = (
            [source.next_attempt_at] if source.consecutive_failures and source.next_attempt_at else []
        )
        if source.last_attempt_at:
            due.append(source.last_attempt_at + timedelta(seconds=source.interval_seconds))
        latest = max(due, default=None)
        return max(now, latest.replace(tzinfo=UTC)) if latest else now

    def _run_source(self, source_id: int) -> None:
        if self.stop.is_set():
            return
        with self.db.reading() as session:
            source = session.get(Source, source_id)
            if source is None or not source.enabled or self._backing_off(source):
                return
            ref = SourceRef.of(source)
        _run_id, report = run_pass(
            self.db, self.settings, self.nlp_loader, [ref], "scheduled", self.stop, robots=self.robots
        )
        self.passes += 1
        if self.on_run:
            self.on_run(ref.name, dict(report.totals()))

    @staticmethod
    def _backing_off(source: Source) -> bool:
        return bool(
            source.consecutive_failures
            and source.next_attempt_at
            and source.next_attempt_at > datetime.now(UTC).replace(tzinfo=None)
        )
