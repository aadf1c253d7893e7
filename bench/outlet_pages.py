"""Extraction on real Pakistani outlet pages (evaluation only: the pages are the outlets' copyright and
stay in the shared folder): content recall of the scraper-test snippets and the publication day.

    PYTHONPATH=. .venv/bin/python bench/outlet_pages.py ../shared/eval/pk-outlet-pages
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import dateparser
from rich.console import Console
from rich.table import Table

from bench.extraction import shingles
from pipeline.errors import ExtractionError
from pipeline.extract import decode_html, extract_html


def recall(predicted: str, snippet: str) -> float:
    true = shingles(snippet)
    return len(shingles(predicted) & true) / len(true) if true else 1.0


def main(folder: Path) -> None:
    items = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["items"]
    table = Table(title=f"{len(items)} outlet pages")
    for col in ("page", "recall", "date", "expected day", "title", "author", "text starts"):
        table.add_column(col)
    recalls: list[float] = []
    dated = right = 0
    for item in items:
        html = decode_html(gzip.decompress((folder / item["file"]).read_bytes()), None)
        try:
            got = extract_html(html, f"https://{item['domain']}/{item['id']}")
        except ExtractionError as exc:
            dated += bool(item["expected"].get("publication_date"))
            table.add_row(item["id"], "0", "-", "-", str(exc), "", "")
            recalls.append(0.0)
            continue
        # the scrapers' content begins with the headline on some outlets; ours keeps it in the title field
        r = recall(f"{got.title or ''}\n{got.text}", item["expected"].get("content", ""))
        recalls.append(r)
        day = dateparser.parse(
            item["expected"].get("publication_date") or "", settings={"STRICT_PARSING": True}
        )
        shown = day.date().isoformat() if day else "-"
        if day and "ago" not in item["expected"]["publication_date"]:
            dated += 1
            right += got.published_at == day.date()
        table.add_row(
            item["id"],
            f"{r:.3f}",
            str(got.published_at),
            shown,
            (got.title or "")[:50],
            str(got.author),
            got.text[:40].replace("\n", " "),
        )
    Console(width=200).print(table)
    print(f"mean content recall {sum(recalls) / len(recalls):.3f}; dates right {right}/{dated}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/pk-outlet-pages"))
