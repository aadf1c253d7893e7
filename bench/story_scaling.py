"""Cost per new article of the copy check and of event clustering at ~100,000 stored articles (SQLite).

1. The analysed corpus (bench/corpus_cache.py) is written through the project's writer into a fresh
   database: 2,018 articles with their fingerprints, band keys, events and clusters.
2. It is replicated in bulk with SQL (bounded: one statement per table and replica) REPLICAS times, each
   replica shifted by SHIFT_DAYS and with its own URLs, text hashes and band keys (so that a replica is
   no copy of another), its events and clusters moved along: ~100,000 stored articles.
3. NEW corpus records, dated inside the last replica's span so that their events meet real neighbours,
   are written through the writer again; the copy check (storage.copies.link_copies) and the clustering
   (storage.clusters.recluster) are timed on each, beside bare datasketch on the same texts (MinHash of the
   shingles, and a query of an in-memory MinHashLSH holding every stored signature).

PYTHONPATH=. .venv/bin/python bench/story_scaling.py /tmp/corpus.pickle /tmp/scale.db [REPLICAS] [NEW]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from rich.console import Console
from rich.progress import track
from rich.table import Table
from sqlalchemy import text

import storage.stories as stories
from bench.corpus_cache import load_cache
from storage import open_database
from storage.copies import NUM_PERM, SCHEME, WORD, band_shape
from storage.writer import save_article

SHIFT_DAYS = 2300  # longer than the corpus's span: replicas never share days
OFFSET = 10_000_000  # id offset per replica, in every table


def main(cache: Path, db_file: Path, replicas: int, new: int) -> None:
    console = Console()
    pairs = load_cache(cache)
    db_file.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{db_file}")
    start = time.perf_counter()
    for item, analysis in track(pairs, description="writing the corpus", console=console):
        db.transact(lambda s, i=item, a=analysis: save_article(s, i, a))
    console.print(f"corpus written in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    with db.engine.begin() as conn:
        for k in track(range(1, replicas + 1), description="replicating", console=console):
            for statement in _replica_statements(k):
                conn.execute(text(statement))
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM articles")).scalar()
        conn.execute(text("ANALYZE"))
    console.print(f"{stored} stored articles ({time.perf_counter() - start:.0f} s to replicate)")
    timings = _timed_writes(db, pairs, replicas, new, console)
    bare = _bare(pairs[:new], db_file)
    _report(console, stored or 0, timings, bare)


def _replica_statements(k: int) -> list[str]:
    off, days = k * OFFSET, k * SHIFT_DAYS
    shift = f"'+{days} days'"
    return [
        f"""INSERT INTO articles (id, url, source_id, title, author, published_at, language, text, word_count,
        content_hash, pipeline_version, fetched_at, analysed_at, analysed_chars, copy_of_id, copy_similarity)
        SELECT id + {off}, url || '#r{k}', source_id, title, author, date(published_at, {shift}), language,
        text, word_count, content_hash || '{k}', pipeline_version, fetched_at, analysed_at, analysed_chars,
        copy_of_id + {off}, copy_similarity FROM articles WHERE id < {OFFSET}""",
        f"""INSERT INTO article_fingerprints (article_id, text_hash, shingles, signature)
        SELECT article_id + {off}, text_hash || '{k}', shingles, signature FROM article_fingerprints
        WHERE article_id < {OFFSET}""",
        # another key for every band: the replica's text is no near copy of anything
        f"""INSERT INTO article_bands (article_id, key) SELECT article_id + {off},
        (key | {k * 7919}) - (key & {k * 7919}) FROM article_bands WHERE article_id < {OFFSET}""",
        f"""INSERT INTO event_clusters (id, type, status, date_start, date_end, first_reported, last_reported,
        reports, mentions, first_day, last_day, participants, zones, organizations, trigger, sentence)
        SELECT id + {off}, type, status, date(date_start, {shift}), date(date_end, {shift}),
        date(first_reported, {shift}), date(last_reported, {shift}), reports, mentions,
        date(first_day, {shift}), date(last_day, {shift}), participants, zones, organizations, trigger,
        sentence FROM event_clusters WHERE id < {OFFSET}""",
        f"""INSERT INTO event_cluster_keys (cluster_id, kind, name) SELECT cluster_id + {off}, kind, name
        FROM event_cluster_keys WHERE cluster_id < {OFFSET}""",
        f"""INSERT INTO events (id, article_id, type, status, trigger, sentence, sentence_start, date_start,
        date_end, amount_value, amount_currency, rule, cluster_id) SELECT id + {off}, article_id + {off},
        type, status, trigger, sentence, sentence_start, date(date_start, {shift}), date(date_end, {shift}),
        amount_value, amount_currency, rule, cluster_id + {off} FROM events WHERE id < {OFFSET}""",
        f"""INSERT INTO event_arguments (event_id, kind, name, role) SELECT event_id + {off}, kind, name, role
        FROM event_arguments WHERE event_id < {OFFSET}""",
    ]


Timer = dict[str, list[float]]


def _timing(fn: Callable[..., Any], name: str, timings: Timer) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            timings[name].append(time.perf_counter() - start)

    return timed


def _timed_writes(db: Any, pairs: list[Any], replicas: int, new: int, console: Console) -> Timer:
    """NEW corpus records as new articles inside the last replica's days, written through the writer,
    with the two steps timed where storage.stories calls them."""
    timings: Timer = {"copy check": [], "clustering": [], "whole write": []}
    stories.link_copies = _timing(stories.link_copies, "copy check", timings)  # type: ignore[assignment]
    stories.recluster = _timing(stories.recluster, "clustering", timings)  # type: ignore[assignment]
    shift = timedelta(days=replicas * SHIFT_DAYS)
    step = max(1, len(pairs) // new)
    for item, analysis in track(pairs[::step][:new], description="new articles", console=console):
        moved = replace(
            item,
            url=item.url + "#new",
            published_at=item.published_at + shift if item.published_at else None,
            text=item.text + "\n(new)",  # not the replica's words: its exact hash is another
        )
        for ev in analysis.events:
            if ev.date is not None:
                ev.date = (ev.date[0] + shift, ev.date[1] + shift)
        start = time.perf_counter()
        db.transact(lambda s, i=moved, a=analysis: save_article(s, i, a))
        timings["whole write"].append(time.perf_counter() - start)
    return timings


def _bare(pairs: list[Any], db_file: Path) -> dict[str, float]:
    """Bare datasketch on the same texts: MinHash of the shingles; a query of an in-memory LSH index."""
    import sqlite3

    bands, rows = band_shape()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(bands, rows))
    with sqlite3.connect(db_file) as conn:
        for article_id, blob in conn.execute("SELECT article_id, signature FROM article_fingerprints"):
            values = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
            lsh.insert(article_id, MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME))
    hashing, querying = [], []
    for item, _analysis in pairs:
        start = time.perf_counter()
        words = WORD.findall(item.text.lower())
        minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        minhash.update_batch([" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))])
        hashing.append(time.perf_counter() - start)
        start = time.perf_counter()
        lsh.query(minhash)
        querying.append(time.perf_counter() - start)
    return {
        "bare MinHash": statistics.median(hashing),
        "bare in-memory LSH query": statistics.median(querying),
    }


def _report(console: Console, stored: int, timings: Timer, bare: dict[str, float]) -> None:
    table = Table(title=f"cost per new article at {stored:,} stored articles (ms)")
    for col in ("step", "median", "p90", "max"):
        table.add_column(col)
    for name, values in timings.items():
        values = sorted(values)
        p90 = values[int(len(values) * 0.9)]
        table.add_row(
            name, f"{statistics.median(values) * 1e3:.1f}", f"{p90 * 1e3:.1f}", f"{values[-1] * 1e3:.1f}"
        )
    for name, value in bare.items():
        table.add_row(name, f"{value * 1e3:.2f}", "", "")
    ratio = statistics.median(timings["copy check"]) / bare["bare MinHash"]
    table.add_row("copy check / bare MinHash", f"{ratio:.1f}x", "", "")
    console.print(table)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        int(sys.argv[3]) if len(sys.argv) > 3 else 49,
        int(sys.argv[4]) if len(sys.argv) > 4 else 200,
    )
