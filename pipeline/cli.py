"""The command line: the only module that prints or exits."""

from __future__ import annotations

import logging
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console

from config import ConfigError, Settings, load_settings
from config.settings import describe
from pipeline import render
from pipeline.errors import CpecError
from storage import Database, StorageError, open_database
from storage.engine import redact
from storage.queries import ArticleFilter, NotFound, article_record, find_article, list_articles

app = typer.Typer(
    name="cpec",
    help="Track China-Pakistan Economic Corridor news: ingest, analyse, query.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
query_app = typer.Typer(help="Query stored records.", no_args_is_help=True)
app.add_typer(query_app, name="query")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXPECTED_ERRORS = (CpecError, StorageError, ConfigError, NotFound)


class TableJson(StrEnum):
    table = "table"
    json = "json"


class TableJsonCsv(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL (default sqlite:///cpec.db).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Settings file (default ./cpec.toml).")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model name(s), comma-separated.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logs.")]


def _settings(config: Path | None, **flags: Any) -> Settings:
    mapped = {"database_url": flags.pop("db", None), "spacy_model": flags.pop("model", None), **flags}
    return load_settings(flags=mapped, config_file=config)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def _error_line(message: str) -> None:
    """One unwrapped line on stderr, whatever the terminal width."""
    sys.stderr.write("cpec: error: " + " ".join(message.split()) + "\n")


def _emit_json(obj: Any) -> None:
    """One JSON document per line on stdout, never wrapped or styled."""
    sys.stdout.write(render.json_line(obj) + "\n")


def _open(settings: Settings) -> Database:
    return open_database(settings.database_url, settings.sqlite_busy_timeout_ms)


def _print_records(db: Database, ids: list[int], fmt: TableJson) -> None:
    with db.reading() as session:
        for article_id in ids:
            record = article_record(session, find_article(session, str(article_id)))
            if fmt is TableJson.json:
                _emit_json(record)
            else:
                out.print(render.record_tables(record))


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
    from pipeline.nlp import load_model

    settings = _settings(config, db=db, model=model)
    pub = _date(published, "--published")
    database = _open(settings)
    failed = 0
    for result in run_ingest(
        targets, settings, database, lambda: load_model(tuple(settings.model_names())), pub
    ):
        if result.error:
            failed += 1
            _error_line(result.error)
            continue
        assert result.article_id is not None
        if fmt is TableJson.table:
            err.print(f"{result.target}: {result.outcome} (article {result.article_id})", highlight=False)
        _print_records(database, [result.article_id], fmt)
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

    settings = _settings(config)
    failed = 0
    for _target, loaded in load_all(targets, settings, None):
        if isinstance(loaded, CpecError):
            failed += 1
            _error_line(str(loaded))
        elif fmt is TableJson.json:
            _emit_json(loaded.as_json())
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

    database = _open(_settings(config, db=db))
    with database.reading() as session:
        article_id = find_article(session, ref, canonical_url(ref)).id
    _print_records(database, [article_id], fmt)


ARTICLE_COLUMNS = ("id", "published_at", "source", "title", "url", "language", "word_count")


@query_app.command("articles")
def query_articles(
    search: Annotated[str | None, typer.Option(help="Text in title or body.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    fmt: Annotated[TableJsonCsv, typer.Option("--format")] = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List stored articles."""
    filt = ArticleFilter(search, _date(since, "--since"), _date(until, "--until"), source, limit)
    database = _open(_settings(config, db=db))
    with database.reading() as session:
        rows = list_articles(session, filt)
    _emit_rows(rows, ARTICLE_COLUMNS, fmt, "Articles")


def _emit_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: TableJsonCsv, title: str) -> None:
    if fmt is TableJsonCsv.json:
        for row in rows:
            _emit_json(row)
    elif fmt is TableJsonCsv.csv:
        sys.stdout.write(render.csv_text(rows, columns))
    else:
        out.print(render.table(f"{title} ({len(rows)})", rows, columns))


@app.command("config")
def show_config(
    db: DbOpt = None,
    config: ConfigOpt = None,
    model: ModelOpt = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    debug: DebugOpt = False,
) -> None:
    """Print the effective settings and where each came from."""
    settings = _settings(config, db=db, model=model)
    rows = [
        {"setting": n, "value": redact(v) if n == "database_url" else v, "from": o}
        for n, v, o in describe(settings)
    ]
    if fmt is TableJson.json:
        _emit_json(rows)
    else:
        out.print(render.table("Effective settings", rows, ("setting", "value", "from")))


@app.command()
def demo(
    db: DbOpt = None,
    fmt: Annotated[TableJson, typer.Option("--format")] = TableJson.table,
    debug: DebugOpt = False,
) -> None:
    """First run: ingest the bundled reference page into the default database and print its record."""
    ingest([str(Path(__file__).parent / "demo_site" / "cpec-fast-track.html")], "2019-08-28", fmt, db)


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
    from pipeline.nlp import load_model

    names = tuple(_settings(config, model=model).model_names())
    ours, bare, details = evaluate(list(paths), load_model(names), load_model(names, domain=False))
    rows = [
        {
            "kind": k,
            "precision": round(ours[k].precision, 3),
            "recall": round(ours[k].recall, 3),
            "f1": round(ours[k].f1, 3),
            "found": f"{ours[k].found}/{ours[k].required}",
            "bare_precision": round(bare[k].precision, 3),
            "bare_recall": round(bare[k].recall, 3),
            "bare_f1": round(bare[k].f1, 3),
        }
        for k in KINDS
    ]
    if fmt is TableJson.json:
        for row in rows:
            _emit_json(row)
        for detail in details:
            _emit_json(detail)
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


def _debug_requested() -> bool:
    return "--debug" in sys.argv


def main() -> None:
    try:
        # Without standalone mode click returns an Exit's code instead of raising it.
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err.print("cpec: aborted")
        sys.exit(130)
    except EXPECTED_ERRORS as exc:
        if _debug_requested():
            err.print_exception()
        _error_line(str(exc))
        sys.exit(1)
    except Exception as exc:
        if _debug_requested():
            err.print_exception()
        _error_line(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        sys.exit(70)
