"""Judging sheets for event clusters on a database of the corpus (stored with the project's writer, e.g.
by bench/story_store.py): 40 clusters of two or more reports (fixed seed) to judge for purity, and 40 pairs
of reports left in different clusters although they share the type, an official, zone or body and nearby
days (the likeliest missed merges), to judge as one occurrence or two.

PYTHONPATH=. .venv/bin/python bench/story_sample.py sqlite:////tmp/corpus.db sheet.md

The sheet quotes the corpus: keep it outside the repository.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from models import Article, EventCluster
from storage import open_database
from storage.cluster_reports import PersonKeys, Report, load_reports

SEED = 20261128
SAMPLE = 40


def main(url: str, out: Path) -> None:
    db = open_database(url)
    with db.reading() as session:
        titles = dict(session.execute(select(Article.id, Article.title)).all())
        reports = [r for r in load_reports(session, Article.copy_of_id.is_(None), PersonKeys())]
        multi = list(session.scalars(select(EventCluster.id).where(EventCluster.reports >= 2)))
    rng = random.Random(SEED)
    by_cluster: dict[int, list[Report]] = defaultdict(list)
    for r in reports:
        if r.cluster_id is not None:
            by_cluster[r.cluster_id].append(r)
    lines = ["# Clusters (purity)", ""]
    for n, cid in enumerate(sorted(rng.sample(sorted(multi), min(SAMPLE, len(multi)))), 1):
        lines.append(f"## C{n} cluster {cid}")
        lines += [_line(r, titles) for r in sorted(by_cluster[cid], key=lambda r: r.published)]
        lines.append("")
    lines += ["# Pairs in different clusters (missed merges)", ""]
    for n, (a, b) in enumerate(_near_pairs(reports, rng), 1):
        lines += [f"## P{n}", _line(a, titles), _line(b, titles), ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(multi)} clusters of 2+ reports; sheet written to {out}")


def _near_pairs(reports: list[Report], rng: random.Random) -> list[tuple[Report, Report]]:
    by_type: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_type[r.type].append(r)
    pairs = []
    for group in by_type.values():
        group.sort(key=lambda r: r.lo)
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if b.lo > a.hi + timedelta(3):
                    break
                if a.article_id != b.article_id and a.cluster_id != b.cluster_id and a.keys & b.keys:
                    pairs.append((a, b))
    return rng.sample(pairs, min(SAMPLE, len(pairs)))


def _line(r: Report, titles: dict[int, str | None]) -> str:
    when = f"{r.start}..{r.end}" if r.start else "undated"
    keys = ", ".join(sorted(n for _k, n in r.keys))
    return (
        f"- a{r.article_id} pub {r.published} | {r.type}/{r.status} {when} | {keys} | "
        f"{(titles.get(r.article_id) or '')[:70]} | {r.sentence[:220]}"
    )


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
