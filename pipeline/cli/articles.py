"""`cpec ingest`, `cpec extract`, `cpec show` and `cpec reprocess`: one article at a time, by hand."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.cli import render
from pipeline.cli.common import (
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
    outcome_code,
    parse_date,
    print_records,
    settings_from,
)
from pipeline.errors import CpecError
from storage.queries import find_article

TARGETS_HELP = "http(s) URL, .html/.htm/.txt file, folder of them, @LIST (TARGET [YYYY-MM-DD] lines), or '-'"


def ingest(
    targets: Annotated[list[str], typer.Argument(help=TARGETS_HELP)],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD of the one target (overrides the page).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace a stored article even with a much shorter text.")
    ] = False,
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
    failed = total = 0
    for result in run_ingest(targets, settings, database, model_loader(settings), pub, force):
        total += 1
        if result.error:
            failed += 1
            error_line(result.error)
            continue
        assert result.article_id is not None
        if fmt is TableJson.table:
            err.print(f"{result.target}: {result.outcome} (article {result.article_id})", highlight=False)
        print_records(database, [result.article_id], fmt)
    if failed:
        raise typer.Exit(outcome_code(failed, total))


def extract(
    targets: Annotated[list[str], typer.Argument(help=TARGETS_HELP)],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.json,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show what text extraction yields, without analysis or storage."""
    from pipeline.ingest import load_all

    settings = settings_from(config)
    failed = total = 0
    for _target, loaded in load_all(targets, settings, None):
        total += 1
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
        raise typer.Exit(outcome_code(failed, total))


def show(
    ref: Annotated[str, typer.Argument(help="Article id or URL")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Print the whole record of a stored article."""
    from pipeline.crawl.urls import canonical_url

    database = open_db(settings_from(config, db=db), write=False)
    with database.reading() as session:
        article_id = find_article(session, ref, canonical_url(ref)).id
    print_records(database, [article_id], fmt)


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
    """Re-run the analysis from stored text where the pipeline version changed (or --all); link copies and
    cluster events of articles stored before those existed."""
    from rich.progress import Progress

    from pipeline.analysis.analyze import pipeline_version
    from pipeline.reprocess import link_stories, select_articles, unlinked_articles
    from pipeline.reprocess import reprocess as run_reprocess

    settings = settings_from(config, db=db, model=model)
    database = open_db(settings)
    nlp = model_loader(settings)()
    ids = select_articles(database, pipeline_version(nlp), all_, parse_date(since, "--since"))
    with Progress(console=err, transient=True, disable=fmt is TableJson.json) as progress:
        task = progress.add_task("reprocessing", total=len(ids))
        counts = run_reprocess(
            database,
            nlp,
            ids,
            settings.batch_size,
            lambda n: progress.advance(task, n),
            settings.max_analysis_chars,
        )
        unlinked = unlinked_articles(database)  # stored before copy links and clusters existed
        task = progress.add_task("linking copies and events", total=len(unlinked))
        linked = link_stories(database, unlinked, lambda n: progress.advance(task, n))
    row: dict[str, Any] = {
        "selected": len(ids),
        "reprocessed": counts["reprocessed"],
        "skipped": counts["skipped"],
        "people_merged": counts["people_merged"],
        "linked": linked,
        "pipeline_version": pipeline_version(nlp),
    }
    if fmt is TableJson.json:
        emit_json(row)
    else:
        out.print(render.table("Reprocess", [row], list(row)))


def explain(
    ref: Annotated[str, typer.Argument(help="Article id or URL")],
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Each fact of a stored article beside its sentence, the words that made it and the rule."""
    from pipeline.crawl.urls import canonical_url
    from storage.explain import explain_article

    database = open_db(settings_from(config, db=db))
    with database.reading() as session:
        rows = explain_article(find_article(session, ref, canonical_url(ref)))
    if fmt is TableJson.json:
        for row in rows:
            emit_json(row.as_json())
    else:
        out.print(render.explained_table(rows))
