"""Precision and recall of copy detection on hand-judged corpus pairs (bench/data/copy_pairs.tsv), at
several thresholds of the estimated Jaccard similarity, and of the links a database of the corpus holds
(written with the project's writer: LSH candidates included).

PYTHONPATH=. .venv/bin/python bench/copy_eval.py ../shared/eval/cpec-corpus/cpec-corpus.jsonl.gz \
    [sqlite:////tmp/corpus.db]
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from sqlalchemy import select

from models import Article
from pipeline.analysis.normalize import normalize_text
from storage import open_database
from storage.copies import THRESHOLD, fingerprint, similarity

PAIRS = Path(__file__).parent / "data" / "copy_pairs.tsv"


def _pairs() -> list[tuple[str, str, bool]]:
    lines = [line.split("\t") for line in PAIRS.read_text().splitlines() if not line.startswith("#")]
    return [(a, b, flag.strip() == "1") for a, b, flag in lines]


def _scores(p: list[tuple[str, str, bool]], predicted: set[int]) -> tuple[int, float, float]:
    gold = {i for i, (_a, _b, copy) in enumerate(p) if copy}
    hits = len(gold & predicted)
    return len(predicted), hits / max(1, len(predicted)), hits / max(1, len(gold))


def main(corpus: Path, db_url: str | None) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        texts = {r["url"]: normalize_text(r["text"]) for r in map(json.loads, lines)}
    pairs = _pairs()
    prints = {url: fingerprint(texts[url]) for pair in pairs for url in pair[:2]}
    sims = [similarity(prints[a].signature, prints[b].signature) for a, b, _c in pairs]
    table = Table(title=f"copy detection on {len(pairs)} judged pairs ({sum(c for *_x, c in pairs)} copies)")
    for col in ("rule", "predicted", "precision", "recall"):
        table.add_column(col)
    for t in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8):
        n, p, r = _scores(pairs, {i for i, s in enumerate(sims) if s >= t})
        mark = " (chosen)" if t == THRESHOLD else ""
        table.add_row(f"MinHash Jaccard >= {t}{mark}", str(n), f"{p:.2f}", f"{r:.2f}")
    if db_url:
        db = open_database(db_url)
        with db.reading() as session:
            rows = session.execute(select(Article.url, Article.id, Article.copy_of_id)).all()
        root = {url: copy_of or article_id for url, article_id, copy_of in rows}
        linked = {i for i, (a, b, _c) in enumerate(pairs) if a in root and root[a] == root.get(b)}
        n, p, r = _scores(pairs, linked)
        table.add_row("linked in the database (LSH + groups)", str(n), f"{p:.2f}", f"{r:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
