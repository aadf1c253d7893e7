"""The command line: the only module that prints or exits."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from config.settings import describe
from pipeline import render
from pipeline.cli_common import (
    EXPECTED_ERRORS,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    ModelOpt,
    TableJson,
    emit_json,
    err,
    error_line,
    model_loader,
    open_db,
    out,
    parse_date,
    print_records,
    settings_from,
)
from pipeline.cli_crawl import demo, run, runs, schedule
from pipeline.cli_query import query_app
from pipeline.cli_sources import sources_app
from pipeline.errors import CpecError
from storage.engine import redact
from storage.queries import find_article

app = typer.Typer(
    name="cpec",
    help="Track China-Pakistan Economic Corridor news: ingest, analyse, query.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(query_app, name="query")
app.add_typer(sources_app, name="sources")
for command in (run, runs, schedule, demo):
    app.command()(command)


@app.callback()
def _root(debug: DebugOpt = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@app.command()
def ingest(
    targets: Annotated[list[str], typer.Argument(help="http(s) URL, .html/.htm/.txt file, or '-' for stdin")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the page).")
    ] = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Fetch, extract, analyse and store articles; print their records."""
    from pipeline.ingest import ingest as run_ingest

    settings = settings_from(config, db=db, model=model)
    pub = parse_date(published, "--published")
    database = open_db(settings)
    failed = 0
    for result in run_ingest(targets, settings, database, model_loader(settings), pub):
        if result.error:
            failed += 1
            error_line(result.error)
            continue
        assert result.article_id is not None
        if fmt is TableJson.table:
            err.print(f"{result.target}: {result.outcome} (article {result.article_id})", highlight=False)
        print_records(database, [result.article_id], fmt)
    if failed:
        raise typer.Exit(1)


@app.command()
def extract(
    targets: Annotated[list[str], typer.Argument(help="http(s) URL, .html/.htm/.txt file, or '-' for stdin")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.json,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show what text extraction yields, without analysis or storage."""
    from pipeline.ingest import load_all

    settings = settings_from(config)
    failed = 0
    for _target, loaded in load_all(targets, settings, None):
        if isinstance(loaded, CpecError):
            failed += 1
            error_line(str(loaded))
        elif fmt is TableJson.json:
            emit_json(loaded.as_json())
        else:
            row = loaded.as_json()
            row["text"] = f"{len(loaded.text.split())} words: {loaded.text[:200]}…"
            out.print(render.table(loaded.url, [row], list(row)))
    if failed:
        raise typer.Exit(1)


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="Article id or URL")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Print the whole record of a stored article."""
    from pipeline.urls import canonical_url

    database = open_db(settings_from(config, db=db))
    with database.reading() as session:
        article_id = find_article(session, ref, canonical_url(ref)).id
    print_records(database, [article_id], fmt)


@app.command()
def reprocess(
    all_: Annotated[bool, typer.Option("--all", help="Redo every article, not only stale ones.")] = False,
    since: Annotated[
        str | None,
        typer.Option(help="Only articles published (or, undated, fetched) on or after YYYY-MM-DD."),
    ] = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Re-run the analysis from stored text where the pipeline version changed (or --all)."""
    from rich.progress import Progress

    from pipeline.analyze import pipeline_version
    from pipeline.reprocess import reprocess as run_reprocess
    from pipeline.reprocess import select_articles

    settings = settings_from(config, db=db, model=model)
    database = open_db(settings)
    nlp = model_loader(settings)()
    ids = select_articles(database, pipeline_version(nlp), all_, parse_date(since, "--since"))
    with Progress(console=err, transient=True, disable=fmt is TableJson.json) as progress:
        task = progress.add_task("reprocessing", total=len(ids))
        counts = run_reprocess(database, nlp, ids, settings.batch_size, lambda n: progress.advance(task, n))
    row: dict[str, Any] = {
        "selected": len(ids),
        "reprocessed": counts["reprocessed"],
        "skipped": counts["skipped"],
        "pipeline_version": pipeline_version(nlp),
    }
    if fmt is TableJson.json:
        emit_json(row)
    else:
        out.print(render.table("Reprocess", [row], list(row)))


@app.command("config")
def show_config(
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    debug: DebugOpt = False,
) -> None:
    """Print the effective settings and where each came from."""
    settings = settings_from(config, db=db, model=model)
    rows = [
        {"setting": n, "value": redact(v) if n == "database_url" else v, "from": o}
        for n, v, o in describe(settings)
    ]
    if fmt is TableJson.json:
        emit_json(rows)
    else:
        out.print(render.table("Effective settings", rows, ("setting", "value", "from")))


@app.command("eval")
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
            "f1": round(ours[k].f1, 3),
            "found": f"{ours[k].found}/{ours[k].required}",
            "bare_precision": _round(bare[k].precision),
            "bare_recall": round(bare[k].recall, 3),
            "bare_f1": round(bare[k].f1, 3),
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


def _debug_requested() -> bool:
    return "--debug" in sys.argv


def main() -> None:
    try:
        # Without standalone mode the parser returns an Exit's code instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("cpec: aborted")
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors: bad option values, missing arguments
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            error_line(str(exc))
        sys.exit(int(getattr(exc, "exit_code", 2)))
    except EXPECTED_ERRORS as exc:
        if _debug_requested():
            err.print_exception()
        error_line(str(exc))
        sys.exit(1)
    except Exception as exc:
        if _debug_requested():
            err.print_exception()
        error_line(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        sys.exit(70)
