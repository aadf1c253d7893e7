"""`cpec sources add|list|remove|enable|disable`: the sources the scheduler follows."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from config import Settings
from config.sources import default_sources
from pipeline.cli.common import (
    ConfigOpt,
    DbOpt,
    DebugOpt,
    TableJsonCsv,
    emit_rows,
    err,
    open_db,
    settings_from,
)
from pipeline.cli.durations import format_duration, parse_duration
from pipeline.errors import CpecError
from storage import Database
from storage.sources import (
    NewSource,
    SourceError,
    add_source,
    list_sources,
    remove_source,
    set_enabled,
    source_row,
)

sources_app = typer.Typer(help="The feeds, sitemaps and listing pages to follow.", no_args_is_help=True)


class Kind(StrEnum):
    feed = "feed"
    sitemap = "sitemap"
    page = "page"


LIST_COLUMNS = (
    "name",
    "kind",
    "every",
    "enabled",
    "last_success_at",
    "consecutive_failures",
    "next_attempt_at",
    "problem",
    "url",
)


def _default_name(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "source").removeprefix("www.")
    path = re.sub(r"[^a-z0-9]+", "-", parts.path.lower()).strip("-")
    return f"{host}-{path}" if path else host


def _checked_url(url: str) -> str:
    """An absolute http(s) URL with a host, in canonical form (tracking parameters dropped), so that the
    same feed given twice, once with ?utm_source=x, is one source."""
    from pipeline.crawl.urls import canonical_url

    parts = urlsplit(url.strip())
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() for c in url.strip())
    ):
        raise typer.BadParameter(
            f"{url!r} is not an http(s) URL with a host (e.g. https://example.com/feed/)", param_hint="URL"
        )
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise typer.BadParameter(f"{url!r} has an invalid port", param_hint="URL") from None
    return canonical_url(url.strip())


def _detect(url: str, settings: Settings) -> str:
    """Fetch the URL once (politely) and tell feed, sitemap or page from its content."""
    from pipeline.crawl.discover import detect_kind
    from pipeline.crawl.polite import Fetcher

    try:
        with Fetcher(settings) as fetcher:
            return detect_kind(fetcher.get(url, ()).content)
    except CpecError as exc:
        raise SourceError(f"cannot tell the kind of {url} ({exc}); give --kind feed|sitemap|page") from None


@sources_app.command("add")
def add(
    url: Annotated[str | None, typer.Argument(help="Feed, sitemap or listing page URL.")] = None,
    name: Annotated[str | None, typer.Option(help="Short unique name (default: from the URL).")] = None,
    kind: Annotated[Kind | None, typer.Option(help="Detected from the content when omitted.")] = None,
    every: Annotated[str, typer.Option(help="Interval: 30s, 15m, 1h, 1d.")] = "1h",
    topic_filter: Annotated[
        bool, typer.Option("--topic-filter/--no-topic-filter", help="Keep only CPEC stories.")
    ] = True,
    pattern: Annotated[
        str | None, typer.Option("--pattern", help="Listing pages: regex a link's path must match.")
    ] = None,
    defaults: Annotated[
        bool, typer.Option("--defaults", help="Add the default sources from config/.")
    ] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Follow a new source (or the shipped defaults with --defaults)."""
    settings = settings_from(config, db=db)
    database = open_db(settings)
    if defaults == (url is not None):
        raise typer.BadParameter("give a URL or --defaults (not both)")
    if defaults:
        _add_defaults(database)
        return
    assert url is not None
    url = _checked_url(url)
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise typer.BadParameter(
                f"{pattern!r} is not a regular expression: {exc}", param_hint="--pattern"
            ) from None
    interval = parse_duration(every)
    chosen = kind.value if kind else _detect(url, settings)
    new = NewSource(name or _default_name(url), url, chosen, interval, topic_filter, pattern)
    with database.writing() as session:
        add_source(session, new)
    err.print(f"added {new.name} ({chosen}, every {format_duration(interval)})", highlight=False)


def _add_defaults(database: Database) -> None:
    added, kept = 0, 0
    for d in default_sources():
        new = NewSource(d.name, d.url, d.kind, parse_duration(d.every), d.topic_filter, d.url_pattern)
        with database.writing() as session:
            try:
                add_source(session, new)
                added += 1
            except SourceError:
                kept += 1
    err.print(
        f"added {added} default sources ({kept} already there); none could be checked from the machine "
        "that wrote the list: see `cpec sources list` after a run",
        highlight=False,
    )


@sources_app.command("list")
def list_command(
    fmt: Annotated[TableJsonCsv, typer.Option("--format")] = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Every source with its health: last success, failures in a row, next attempt, why disabled."""
    database = open_db(settings_from(config, db=db), write=False)
    with database.reading() as session:
        rows = [source_row(s) for s in list_sources(session)]
    for row in rows:
        row["every"] = format_duration(row["every_seconds"])
        row["problem"] = row["disabled_reason"] or row["last_error"]
    columns = LIST_COLUMNS if fmt is TableJsonCsv.table else (*LIST_COLUMNS, "topic_filter", "url_pattern")
    emit_rows(rows, columns, fmt, "Sources")


def _change(names: list[str], db: str | None, config: Path | None, action: str) -> None:
    database = open_db(settings_from(config, db=db))
    for name in names:
        with database.writing() as session:
            if action == "remove":
                remove_source(session, name)
            else:
                set_enabled(session, name, action == "enable")
        err.print(f"{action}d {name}", highlight=False)


NamesArg = Annotated[list[str], typer.Argument(help="Source names.")]


@sources_app.command("remove")
def remove(names: NamesArg, db: DbOpt = None, config: ConfigOpt = None, debug: DebugOpt = False) -> None:
    """Stop following sources (their stored articles stay)."""
    _change(names, db, config, "remove")


@sources_app.command("enable")
def enable(names: NamesArg, db: DbOpt = None, config: ConfigOpt = None, debug: DebugOpt = False) -> None:
    """Follow again (failure count and backoff reset)."""
    _change(names, db, config, "enable")


@sources_app.command("disable")
def disable(names: NamesArg, db: DbOpt = None, config: ConfigOpt = None, debug: DebugOpt = False) -> None:
    """Pause sources without forgetting them."""
    _change(names, db, config, "disable")
