"""`cpec eval`: our records, and bare spaCy beside them, scored against expected-files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import render
from pipeline.cli.common import (
    ConfigOpt,
    DebugOpt,
    ModelOpt,
    TableJson,
    emit_json,
    model_loader,
    out,
    settings_from,
)


def eval_command(
    paths: Annotated[list[Path], typer.Argument(help="Expected-files or folders of <id>.expected.json")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    model: ModelOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Score our records, and bare spaCy entities beside them, against expected-files."""
    from pipeline.evaluate import KINDS, evaluate

    settings = settings_from(config, model=model)
    ours, bare, details = evaluate(
        list(paths), model_loader(settings)(), model_loader(settings, domain=False)()
    )
    rows = [
        {
            "kind": k,
            "precision": _round(ours[k].precision),
            "recall": round(ours[k].recall, 3),
            "f1": _round(ours[k].f1),
            "found": f"{ours[k].found}/{ours[k].required}",
            "bare_precision": _round(bare[k].precision),
            "bare_recall": round(bare[k].recall, 3),
            "bare_f1": _round(bare[k].f1),
        }
        for k in KINDS
    ]
    if fmt is TableJson.json:
        for row in rows:
            emit_json(row)
        for detail in details:
            emit_json(detail)
        return
    out.print(render.table("Scores (ours beside bare en_core_web_sm)", rows, list(rows[0])))
    problems = [
        {"article": d["article"], "kind": k, "missed": d[k]["missed"], "spurious": d[k]["spurious"]}
        for d in details
        for k in KINDS
        if d[k]["missed"] or d[k]["spurious"]
    ]
    if problems:
        out.print(render.table("Missed and spurious", problems, ("article", "kind", "missed", "spurious")))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
