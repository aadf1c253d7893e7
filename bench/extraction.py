"""Extraction quality on the scrapinghub article-extraction benchmark, ours beside bare trafilatura.

Scored as that benchmark does: 4-token shingles of the extracted and the true text, precision and recall
per page, averaged over pages, F1 of the averages.

    .venv/bin/python bench/extraction.py ../shared/eval/extraction-scrapinghub
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura
from rich.console import Console
from rich.progress import track
from rich.table import Table

from pipeline.errors import ExtractionError
from pipeline.extract import decode_html, extract_html


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.lower())
    return {tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 1))} if tokens else set()


def precision_recall(predicted: str, truth: str) -> tuple[float, float]:
    pred, true = shingles(predicted), shingles(truth)
    if not true:
        return (1.0, 1.0) if not pred else (0.0, 1.0)
    if not pred:
        return 0.0, 0.0
    hit = len(pred & true)
    return hit / len(pred), hit / len(true)


def ours(html: str, url: str) -> str:
    try:
        return extract_html(html, url).text
    except ExtractionError:
        return ""


def bare(**options: Any) -> Callable[[str, str], str]:
    def run(html: str, url: str) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


SYSTEMS: dict[str, Callable[[str, str], str]] = {
    "cpec extract": ours,
    "trafilatura (default)": bare(),
    "trafilatura include_comments=False": bare(include_comments=False),
    "trafilatura include_comments=False favor_precision": bare(include_comments=False, favor_precision=True),
}


def main(folder: Path) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(pid, item) for pid, item in sorted(truth.items())]
    scores: dict[str, list[tuple[float, float]]] = {name: [] for name in SYSTEMS}
    for pid, item in track(pages, description="extracting"):
        html = decode_html(gzip.decompress((folder / "html" / f"{pid}.html.gz").read_bytes()), "utf-8")
        for name, system in SYSTEMS.items():
            scores[name].append(precision_recall(system(html, item["url"]), item["articleBody"]))
    table = Table(title=f"Extraction on {len(pages)} pages (4-token shingles)")
    for col in ("system", "precision", "recall", "F1"):
        table.add_column(col)
    for name, pr in scores.items():
        p = sum(x for x, _ in pr) / len(pr)
        r = sum(y for _, y in pr) / len(pr)
        table.add_row(name, f"{p:.3f}", f"{r:.3f}", f"{2 * p * r / (p + r):.3f}")
    Console().print(table)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/extraction-scrapinghub"))
