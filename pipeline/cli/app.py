"""The `cpec` command: the root app, `cpec config`, and the one place that turns errors into exit codes.

Command groups live beside it: articles.py (ingest, extract, show, reprocess), crawl.py (run, runs,
schedule, demo), sources.py, query.py, stories.py (zone, official, event), evaluate.py (eval), serve.py
(the web face); common.py holds their shared options and render.py how tables, JSON and CSV look."""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from config.settings import describe
from pipeline.cli import render
from pipeline.cli.articles import explain, extract, ingest, reprocess, show
from pipeline.cli.common import (
    EXPECTED_ERRORS,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    ModelOpt,
    TableJson,
    emit_json,
    err,
    error_line,
    out,
    settings_from,
)
from pipeline.cli.crawl import demo, run, runs, schedule
from pipeline.cli.evaluate import eval_command
from pipeline.cli.query import query_app
from pipeline.cli.serve import serve
from pipeline.cli.sources import sources_app
from pipeline.cli.stories import event, official, zone
from storage.engine import redact

app = typer.Typer(
    name="cpec",
    help="Track China-Pakistan Economic Corridor news: ingest, analyse, query.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(query_app, name="query")
app.add_typer(sources_app, name="sources")
for article_command in (ingest, extract, show, explain, reprocess):
    app.command()(article_command)
for story_command in (zone, official, event):
    app.command()(story_command)


# Libraries that log their own doubts ("discarding data", "parsed date does not fit") at WARNING: useful
# when debugging an extraction, noise on a user's terminal otherwise.
CHATTY_LIBRARIES = ("trafilatura", "htmldate", "courlan", "charset_normalizer", "justext", "readability")


@app.callback()
def _root(debug: DebugOpt = False) -> None:
    debug = debug or _debug_requested()
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.CRITICAL)


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


app.command("eval")(eval_command)
app.command()(serve)
for crawl_command in (run, runs, schedule, demo):
    app.command()(crawl_command)


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
