"""One pass over sources: discover, skip what is known, filter by topic, fetch politely (hosts in parallel,
one request at a time per host), extract, analyse, store each article in its own transaction."""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from spacy.language import Language
from sqlalchemy.orm import Session

from config import Settings
from models import Source
from pipeline.crawl.discover import MAX_XML_BYTES, Candidate, DiscoveryError, discover
from pipeline.crawl.polite import Fetcher, Stopped, host_of
from pipeline.crawl.robots import RobotsCache
from pipeline.crawl.topic import on_topic
from pipeline.errors import CpecError, Disallowed, FetchError, NotAnArticle, Refused
from pipeline.extract import Extracted, decode_html, extract_html
from pipeline.ingest import prepare
from storage import Database, StorageError
from storage.sources import (
    mark_url,
    mark_urls,
    record_failure,
    record_success,
    retry_candidates,
    unknown_urls,
)
from storage.writer import save_article

log = logging.getLogger(__name__)

COUNT_KEYS = (
    "discovered",
    "new",
    "fetched",
    "relevant",
    "stored",
    "failed",
    "offtopic",
    "notarticle",
    "disallowed",
    "refused",
)
MAX_CHILD_SITEMAPS = 10  # of a sitemap index, per pass
ANY_TYPE: tuple[str, ...] = ()  # feeds and sitemaps come under many content types


@dataclass(frozen=True)
class SourceRef:
    """What a pass needs of a source, detached from any session so threads can share it."""

    id: int
    name: str
    url: str
    kind: str
    topic_filter: bool
    url_pattern: str | None
    etag: str | None
    last_modified: str | None
    body_hash: str | None

    @classmethod
    def of(cls, s: Source) -> SourceRef:
        return cls(
            s.id, s.name, s.url, s.kind, s.topic_filter, s.url_pattern, s.etag, s.last_modified, s.body_hash
        )


class Progress(Protocol):
    def describe(self, text: str) -> None: ...
    def total(self, n: int) -> None: ...
    def advance(self, label: str) -> None: ...


@dataclass
class PassReport:
    counts: dict[str, Counter[str]] = field(default_factory=dict)  # per source name
    errors: list[dict[str, str]] = field(default_factory=list)
    stopped: bool = False
    broken: bool = False  # a fetch thread died: the pass could not do what it should
    failed_sources: set[str] = field(default_factory=set)

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for c in self.counts.values():
            total.update(c)
        return total

    @property
    def status(self) -> str:
        """stopped (SIGTERM/SIGINT) | failed (every source failed, or the pass broke) | partial (some
        source or URL failed) | ok."""
        if self.stopped:
            return "stopped"
        if self.broken or (self.counts and self.failed_sources >= set(self.counts)):
            return "failed"
        return "partial" if self.errors else "ok"


@dataclass
class _Found:
    source: SourceRef
    candidates: list[Candidate]
    validators: dict[str, str | None]
    error: str | None = None


@dataclass
class _Job:
    url: str
    source: SourceRef


class CrawlPass:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        nlp_loader: Callable[[], Language],
        stop: threading.Event | None = None,
        progress: Progress | None = None,
        robots: RobotsCache | None = None,
    ) -> None:
        self.db, self.settings, self.nlp_loader = db, settings, nlp_loader
        self.stop = stop or threading.Event()
        self.progress = progress
        self.robots = robots
        self.report = PassReport()
        self._nlp: Language | None = None

    def run(self, sources: list[SourceRef]) -> PassReport:
        with Fetcher(self.settings, self.stop, self.robots) as fetcher:
            found = self._discover_all(fetcher, sources)
            jobs = self._select(found)
            if self.progress:
                self.progress.total(len(jobs))
            complete = self._fetch_all(fetcher, jobs)
        self._record_health(found, complete)
        self.report.stopped = self.stop.is_set()
        return self.report

    # discovery -----------------------------------------------------------------------------------------

    def _discover_all(self, fetcher: Fetcher, sources: list[SourceRef]) -> list[_Found]:
        for src in sources:
            self.report.counts[src.name] = Counter({k: 0 for k in COUNT_KEYS})
        # one thread per host, as for articles: threads waiting on one host's gate only add contention
        by_host: dict[str, list[SourceRef]] = defaultdict(list)
        for src in sources:
            by_host[host_of(src.url)].append(src)
        workers = max(1, min(self.settings.host_concurrency, len(by_host)))
        with ThreadPoolExecutor(workers, thread_name_prefix="discover") as pool:
            groups = pool.map(lambda group: [self._discover(fetcher, s) for s in group], by_host.values())
            found = {f.source.id: f for group in groups for f in group}
        return [found[s.id] for s in sources]

    def _discover(self, fetcher: Fetcher, src: SourceRef) -> _Found:
        headers = {}
        if src.etag:
            headers["If-None-Match"] = src.etag
        if src.last_modified:
            headers["If-Modified-Since"] = src.last_modified
        cap = max(self.settings.max_bytes, MAX_XML_BYTES) if src.kind == "sitemap" else None
        try:
            page = fetcher.get(src.url, ANY_TYPE, headers, max_bytes=cap)
            if page.status == 304:
                return _Found(src, [], {})
            validators = {
                "etag": page.headers.get("etag"),
                "last_modified": page.headers.get("last-modified"),
                "body_hash": hashlib.sha256(page.content).hexdigest(),
            }
            if validators["body_hash"] == src.body_hash:
                return _Found(src, [], validators)  # same bytes: nothing new, whatever the ETag says
            result = discover(src.kind, page.content, page.final_url, src.url_pattern)
            candidates = result.candidates + self._children(fetcher, src, result.sitemaps)
            return _Found(src, candidates, validators)
        except Stopped:
            return _Found(src, [], {}, error="stopped")
        except CpecError as exc:
            return _Found(src, [], {}, error=str(exc))
        except Exception as exc:  # a bug or a parser crash on one source must not end the pass
            log.exception("discovery of %s failed", src.url)
            return _Found(src, [], {}, error=f"internal error: {type(exc).__name__}: {exc}")

    def _children(self, fetcher: Fetcher, src: SourceRef, sitemaps: list[str]) -> list[Candidate]:
        out: list[Candidate] = []
        for child in sitemaps[:MAX_CHILD_SITEMAPS]:
            try:
                page = fetcher.get(child, ANY_TYPE, max_bytes=max(self.settings.max_bytes, MAX_XML_BYTES))
                out += discover("sitemap", page.content, child).candidates
            except (FetchError, DiscoveryError) as exc:
                self._error(src, child, str(exc))
        return out

    # selection -----------------------------------------------------------------------------------------

    def _select(self, found: list[_Found]) -> list[_Job]:
        """New URLs only, each once per pass however many sources list it; off-topic entries remembered.
        URLs whose fetch failed in an earlier pass are tried again, whether or not the feed changed."""
        jobs: list[_Job] = []
        taken: set[str] = set()
        for f in found:
            counts = self.report.counts[f.source.name]
            counts["discovered"] = len(f.candidates)
            if f.error:
                if f.error != "stopped":
                    self._error(f.source, f.source.url, f.error)
                    self.report.failed_sources.add(f.source.name)
                continue
            fresh = self._fresh(f.candidates + self._retries(f), taken)
            counts["new"] = len(fresh)
            if self.progress and len(fresh) > 1000:
                self.progress.describe(f"{f.source.name}: filtering {len(fresh)} new entries")
            verdicts = [not f.source.topic_filter or self._title_on_topic(c) for c in fresh]
            wanted = [c for c, keep in zip(fresh, verdicts, strict=True) if keep]
            self._remember_offtopic(
                f.source, [c.url for c, keep in zip(fresh, verdicts, strict=True) if not keep]
            )
            wanted.sort(key=lambda c: c.published or datetime.min.replace(tzinfo=UTC), reverse=True)
            if len(wanted) > self.settings.max_new_per_source:
                f.validators = {}  # re-read the whole list next pass, for the ones left over
                wanted = wanted[: self.settings.max_new_per_source]
            jobs += [_Job(c.url, f.source) for c in wanted]
            taken.update(c.url for c in fresh)
        return jobs

    def _fresh(self, candidates: list[Candidate], taken: set[str]) -> list[Candidate]:
        unique = {c.url: c for c in candidates if c.url not in taken}
        with self.db.reading() as session:
            new = set(unknown_urls(session, list(unique)))
        return [c for url, c in unique.items() if url in new]

    def _retries(self, f: _Found) -> list[Candidate]:
        listed = {c.url for c in f.candidates}
        with self.db.reading() as session:
            return [Candidate(u) for u in retry_candidates(session, f.source.id) if u not in listed]

    @staticmethod
    def _title_on_topic(c: Candidate) -> bool:
        return not (c.title or c.summary) or on_topic(c.title, c.summary)

    def _remember_offtopic(self, src: SourceRef, urls: list[str]) -> None:
        """Off-topic entries are written in batches (a news sitemap may list 200,000 of them)."""
        self.report.counts[src.name]["offtopic"] += len(urls)
        for start in range(0, len(urls), 5000):
            with self.db.writing() as session:
                mark_urls(session, urls[start : start + 5000], src.id, "offtopic")
            if self.progress:
                self.progress.describe(f"{src.name}: {min(start + 5000, len(urls))}/{len(urls)} off topic")

    # fetching ------------------------------------------------------------------------------------------

    def _fetch_all(self, fetcher: Fetcher, jobs: list[_Job]) -> set[str]:
        """Hosts in parallel, each host's pages one after another; analysis and writes stay on this thread.
        Returns the names of the sources whose every job was handled. A fetch thread that dies (it should
        not: each URL's failure is caught and recorded) fails the pass loudly instead of leaving its host's
        queue silently unfetched."""
        by_host: dict[str, list[_Job]] = defaultdict(list)
        for job in jobs:
            by_host[host_of(job.url)].append(job)
        results: queue.Queue[tuple[_Job, Extracted | Exception] | None] = queue.Queue()
        workers = max(1, min(self.settings.host_concurrency, len(by_host)))
        done: Counter[str] = Counter()
        with ThreadPoolExecutor(workers, thread_name_prefix="fetch") as pool:
            futures = {
                pool.submit(self._fetch_host, fetcher, host_jobs, results): host
                for host, host_jobs in by_host.items()
            }
            finished = 0
            try:
                while finished < len(by_host):
                    item = results.get()
                    if item is None:
                        finished += 1
                        continue
                    self._handle(*item)
                    done[item[0].source.name] += 1
            except BaseException:
                self.stop.set()  # the fetch threads stop too, instead of finishing their hosts
                raise
        for future, host in futures.items():
            if future.exception() is not None:
                self.report.broken = True
                exc = future.exception()
                self.report.errors.append(
                    {"source": "*", "url": host, "error": f"fetch thread died: {type(exc).__name__}: {exc}"}
                )
        expected = Counter(job.source.name for job in jobs)
        return {name for name in self.report.counts if done[name] == expected[name]}  # 0 == 0: no jobs

    def _fetch_host(
        self,
        fetcher: Fetcher,
        jobs: list[_Job],
        results: queue.Queue[tuple[_Job, Extracted | Exception] | None],
    ) -> None:
        try:
            for job in jobs:
                if self.stop.is_set():
                    return
                try:
                    page = fetcher.get(job.url)
                    results.put((job, extract_html(decode_html(page.content, page.charset), page.final_url)))
                except Stopped:
                    return
                except Exception as exc:  # every failure of one URL is that URL's, and the host goes on
                    if not isinstance(exc, CpecError):
                        log.exception("fetching %s failed", job.url)
                    results.put((job, exc))
        finally:
            results.put(None)

    def _handle(self, job: _Job, outcome: Extracted | Exception) -> None:
        counts = self.report.counts[job.source.name]
        if isinstance(outcome, Disallowed):  # the site's wish, not a fault: counted, not an error
            counts["disallowed"] += 1
            self._mark(job, "disallowed")
        elif isinstance(outcome, Refused):  # an address we may not reach: never retried
            counts["refused"] += 1
            self._error(job.source, job.url, str(outcome))
            self._mark(job, "refused", error=str(outcome))
        elif isinstance(outcome, NotAnArticle):
            counts["notarticle"] += 1
            self._mark(job, "notarticle", error=str(outcome))
        elif isinstance(outcome, CpecError):
            self._failed(job, counts, str(outcome))
        elif isinstance(outcome, Exception):
            self._failed(job, counts, f"internal error: {type(outcome).__name__}: {outcome}")
        else:
            counts["fetched"] += 1
            try:
                self._store(job, outcome, counts)
            except NotAnArticle as exc:
                counts["notarticle"] += 1
                self._mark(job, "notarticle", error=str(exc))
            except (CpecError, StorageError) as exc:
                self.db.check_file()  # a deleted database ends the pass, it is not one URL's failure
                self._failed(job, counts, str(exc))
            except Exception as exc:  # one article's bug is recorded; the pass goes on
                log.exception("analysing %s failed", job.url)
                self._failed(job, counts, f"internal error: {type(exc).__name__}: {exc}")
        if self.progress:
            self.progress.advance(job.source.name)

    def _mark(self, job: _Job, status: str, error: str | None = None) -> None:
        self.db.transact(lambda session: mark_url(session, job.url, job.source.id, status, error=error))

    def _store(self, job: _Job, extracted: Extracted, counts: Counter[str]) -> None:
        if job.source.topic_filter and not on_topic(extracted.text):  # the body, not a catchy title
            counts["offtopic"] += 1
            self._mark(job, "offtopic")
            return
        self._nlp = self._nlp or self.nlp_loader()
        item, analysis = prepare(extracted, self._nlp, self.settings, job.source.id)
        counts["relevant"] += 1

        def write(session: Session) -> tuple[int, str]:  # the article and its URL's state, whole or not
            article_id, outcome = save_article(session, item, analysis)
            mark_url(session, job.url, job.source.id, "stored", article_id)
            return article_id, outcome

        article_id, outcome = self.db.transact(write)
        if outcome != "unchanged":
            counts["stored"] += 1
        log.info("%s: %s article %d", job.url, outcome, article_id)

    # bookkeeping ---------------------------------------------------------------------------------------

    def _failed(self, job: _Job, counts: Counter[str], message: str) -> None:
        counts["failed"] += 1
        self._error(job.source, job.url, message)
        self._mark(job, "failed", error=message)

    def _error(self, src: SourceRef, url: str, message: str) -> None:
        self.report.errors.append({"source": src.name, "url": url, "error": message})

    def _record_health(self, found: list[_Found], complete: set[str]) -> None:
        with self.db.writing() as session:
            for f in found:
                source = session.get(Source, f.source.id)
                if source is None or f.error == "stopped":
                    continue
                if f.error:
                    record_failure(session, source, f.error, self.settings.max_failures)
                else:
                    keep = f.validators if f.source.name in complete and not self.stop.is_set() else {}
                    record_success(session, source, keep)
