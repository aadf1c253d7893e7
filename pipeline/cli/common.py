"""What every command shares: consoles, option types, settings, output helpers. Only the CLI prints."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console

from config import ConfigError, Settings, load_settings
from pipeline.cli import render
from pipeline.errors import CpecError
from pipeline.formats import json_line
from storage import Database, StorageError, open_database
from storage.queries import NotFound, article_record, find_article
from storage.sources import SourceError

if TYPE_CHECKING:  # spaCy loads only for the commands that analyse
    from collections.abc import Callable

    from spacy.language import Language
    from sqlalchemy.orm import Session

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

A = TypeVar("A")
R = TypeVar("R")
EXPECTED_ERRORS = (CpecError, StorageError, ConfigError, NotFound, SourceError)


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


def settings_from(config: Path | None, **flags: Any) -> Settings:
    mapped = {"database_url": flags.pop("db", None), "spacy_model": flags.pop("model", None), **flags}
    return load_settings(flags=mapped, config_file=config)


def model_loader(settings: Settings, domain: bool = True) -> Callable[[], Language]:
    """Loads the configured spaCy model when first called (cached by pipeline.analysis.model)."""

    def load() -> Language:
        from pipeline.analysis.model import load_model

        return load_model(tuple(settings.model_names()), domain=domain)

    return load


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def error_line(message: str) -> None:
    """One unwrapped line on stderr, whatever the terminal width."""
    sys.stderr.write("cpec: error: " + " ".join(message.split()) + "\n")


def emit_json(obj: Any) -> None:
    """One JSON document per line on stdout, never wrapped or styled."""
    sys.stdout.write(json_line(obj) + "\n")


def open_db(settings: Settings, write: bool = True) -> Database:
    """write=False for commands that only read: no empty database is created by a mistyped --db, and a
    database this process may not write is opened read-only."""
    return open_database(settings.database_url, settings.sqlite_busy_timeout_ms, write=write)


def read_with(reader: Callable[[Session, A], R], arg: A, db: str | None, config: Path | None) -> R:
    """One read-only query (a list, a timeline, ...) on the database the settings and --db name."""
    database = open_db(settings_from(config, db=db), write=False)
    with database.reading() as session:
        return reader(session, arg)


class Exit:
    """Exit statuses, documented in README.md."""

    OK = 0
    ERROR = 1  # bad input, unreachable database, nothing could be done (every target or source failed)
    USAGE = 2  # unknown command or option, bad option value
    PARTIAL = 3  # some targets or sources failed, the rest were done
    INTERNAL = 70  # a bug: rerun with --debug and report it
    STOPPED = 130  # interrupted by Ctrl-C or SIGTERM


def outcome_code(failed: int, total: int) -> int:
    if not failed:
        return Exit.OK
    return Exit.ERROR if failed >= total else Exit.PARTIAL


def print_records(db: Database, ids: list[int], fmt: TableJson) -> None:
    with db.reading() as session:
        for article_id in ids:
            record = article_record(session, find_article(session, str(article_id)))
            if fmt is TableJson.json:
                emit_json(record)
            else:
                out.print(render.record_tables(record))


def emit_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: TableJsonCsv, title: str) -> None:
    if fmt is TableJsonCsv.json:
        for row in rows:
            emit_json(row)
    elif fmt is TableJsonCsv.csv:
        sys.stdout.write(render.csv_text(rows, columns))
    else:
        out.print(render.table(f"{title} ({len(rows)})", rows, columns))
