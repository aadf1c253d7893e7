"""`cpec query articles|officials|zones|events`: filtered lists for people (table) and scripts."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from pipeline.analysis.event_types import BY_NAME, STATUSES
from pipeline.cli import render
from pipeline.cli.common import (
    ConfigOpt,
    DbOpt,
    DebugOpt,
    TableJsonCsv,
    emit_rows,
    open_db,
    parse_date,
    read_with,
    settings_from,
)
from storage.queries import ArticleFilter, list_articles
from storage.record_queries import RecordFilter, list_events, list_officials, list_zones
from storage.search import SearchSyntaxError
from storage.story_queries import list_event_clusters

query_app = typer.Typer(help="Query stored records.", no_args_is_help=True)

OfficialOpt = Annotated[str | None, typer.Option("--official", help="Part of a person's name or alias.")]
ZoneOpt = Annotated[str | None, typer.Option("--zone", help="Part of a zone's name.")]

ARTICLE_COLUMNS = ("id", "published_at", "source", "title", "url", "language", "word_count")
SEARCH_COLUMNS = ("id", "published_at", "source", "title", "snippet", "url")
IncludeCopiesOpt = Annotated[
    bool, typer.Option("--include-copies", help="Also syndicated copies (each says which article it copies).")
]


@query_app.command("articles")
def query_articles(
    search: Annotated[
        str | None,
        typer.Option(help='Full text: words in any order, "a phrase", prefix*, -excluded; best first.'),
    ] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    zone: ZoneOpt = None,
    official: OfficialOpt = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    include_copies: IncludeCopiesOpt = False,
    fmt: Annotated[TableJsonCsv, typer.Option("--format")] = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List stored articles, newest first (originals; --include-copies adds syndicated copies, marked
    copy_of); with --search, best match first with a snippet."""
    filt = ArticleFilter(
        search=search,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        source=source,
        limit=limit,
        zone=zone,
        official=official,
        include_copies=include_copies,
    )
    database = open_db(settings_from(config, db=db), write=False)
    with database.reading() as session:
        try:
            rows = list_articles(session, filt)
        except SearchSyntaxError as exc:
            raise typer.BadParameter(str(exc), param_hint="--search") from None
    if search and fmt is TableJsonCsv.table:
        for row in rows:
            row["snippet"] = render.marked(row["snippet"], row["highlights"])
    columns = SEARCH_COLUMNS if search else ARTICLE_COLUMNS
    columns = (*columns, "copy_of") if include_copies else columns
    emit_rows(copy_labels(rows, fmt), columns, fmt, "Articles")


def copy_labels(rows: list[dict[str, Any]], fmt: TableJsonCsv) -> list[dict[str, Any]]:
    """In a table a copy says so in words ("copy of #12"); scripts get the original's id."""
    if fmt is not TableJsonCsv.table:
        return rows
    return [{**r, "copy_of": f"copy of #{r['copy_of']}" if r.get("copy_of") else ""} for r in rows]


SinceOpt = Annotated[str | None, typer.Option("--since", help="On or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="On or before YYYY-MM-DD.")]
LimitOpt = Annotated[int, typer.Option(min=1)]
FormatOpt = Annotated[TableJsonCsv, typer.Option("--format")]


def _filter(
    official: str | None,
    zone: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    type_: str | None = None,
    status: str | None = None,
    include_copies: bool = False,
) -> RecordFilter:
    return RecordFilter(
        official=official,
        zone=zone,
        type=type_,
        status=status,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        limit=limit,
        include_copies=include_copies,
    )


@query_app.command("officials")
def query_officials(
    official: OfficialOpt = None,
    zone: ZoneOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: LimitOpt = 100,
    fmt: FormatOpt = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """People across articles (published in the window, naming the zone), with every title held."""
    flt = _filter(official, zone, since, until, limit)
    rows = read_with(list_officials, flt, db, config)
    emit_rows(rows, OFFICIAL_COLUMNS if fmt is not TableJsonCsv.csv else OFFICIAL_CSV, fmt, "Officials")


OFFICIAL_COLUMNS = ("name", "title", "organization", "country", "articles", "first_seen", "last_seen")
OFFICIAL_CSV = (*OFFICIAL_COLUMNS, "aliases", "titles")


@query_app.command("zones")
def query_zones(
    zone: ZoneOpt = None,
    official: OfficialOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: LimitOpt = 100,
    fmt: FormatOpt = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Zones across articles (a copy counts once), where they are, when in the news, and the stage each
    stands at now (see `cpec zone NAME` for the timeline)."""
    flt = _filter(official, zone, since, until, limit)
    rows = read_with(list_zones, flt, db, config)
    columns = ("name", "location", "province", "articles", "first_seen", "last_seen", "stage", "stage_since")
    emit_rows(rows, columns, fmt, "Zones")


CLUSTER_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "type",
    "status",
    "reports",
    "first_reported",
    "last_reported",
    "participants",
    "zones",
)
CLUSTER_CSV = (*CLUSTER_COLUMNS, "dated_by", "organizations", "trigger", "sentence")
EVENT_COLUMNS = (
    "date_start",
    "date_end",
    "type",
    "status",
    "participants",
    "zones",
    "organizations",
    "article_id",
    "cluster_id",
)
EVENT_CSV = ("id", *EVENT_COLUMNS, "dated_by", "trigger", "amount", "sentence", "url", "copy_of")


@query_app.command("events")
def query_events(
    type_: Annotated[str | None, typer.Option("--type", help=f"One of: {', '.join(BY_NAME)}.")] = None,
    status: Annotated[str | None, typer.Option("--status", help=f"One of: {', '.join(STATUSES)}.")] = None,
    official: OfficialOpt = None,
    zone: ZoneOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: LimitOpt = 100,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="Each article's own events instead of occurrences.")
    ] = False,
    include_copies: IncludeCopiesOpt = False,
    fmt: FormatOpt = TableJsonCsv.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Events by type, status, participant and zone: one row per real occurrence with its number of
    reports (`cpec event ID` lists them); --mentions: one row per article's event."""
    if type_ is not None and type_ not in BY_NAME:
        raise typer.BadParameter(
            f"{type_!r} is not an event type ({', '.join(BY_NAME)})", param_hint="--type"
        )
    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"{status!r} is not a status ({', '.join(STATUSES)})", param_hint="--status")
    if include_copies and not mentions:
        raise typer.BadParameter(
            "copies never count in occurrences; use it with --mentions", param_hint="--include-copies"
        )
    flt = _filter(official, zone, since, until, limit, type_, status, include_copies)
    if mentions:
        rows = read_with(list_events, flt, db, config)
        columns = EVENT_CSV if fmt is TableJsonCsv.csv else EVENT_COLUMNS
        if include_copies and fmt is TableJsonCsv.table:
            columns = (*columns, "copy_of")
        emit_rows(copy_labels(rows, fmt), columns, fmt, "Event mentions")
        return
    rows = read_with(list_event_clusters, flt, db, config)
    emit_rows(rows, CLUSTER_CSV if fmt is TableJsonCsv.csv else CLUSTER_COLUMNS, fmt, "Events")
