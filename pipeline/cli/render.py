"""Turn records into rich tables (for people) or JSON Lines / CSV text (for scripts). Builds, never prints."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from pipeline.formats import csv_cell, json_line
from storage.explain import Explained


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in columns})
    return out.getvalue()


def table(title: str, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False)
    for col in columns:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*(_cell_text(row.get(c)) for c in columns))
    return t


def marked(text: str, ranges: Sequence[Sequence[int]]) -> Text:
    """A search snippet with its matched words in bold; stored text is never read as markup."""
    out = Text(text)
    for start, end in ranges:
        out.stylize("bold reverse", start, end)
    return out


def _cell_text(value: Any) -> Text:
    # Text, not a string: rich would read "[...]" in a stored title as markup
    return value if isinstance(value, Text) else Text(_short(value))


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value)
    if isinstance(value, dict):
        if "name" in value:
            return f"{value['name']} ({value['role']})" if value.get("role") else str(value["name"])
        if "start" in value and "end" in value:
            return value["start"] if value["start"] == value["end"] else f"{value['start']}..{value['end']}"
        if "value" in value:
            return f"{value.get('currency', '')} {value['value']:,.0f}".strip()
        return json_line(value)
    return "" if value is None else str(value)


def record_tables(record: dict[str, Any]) -> Group:
    art = record["article"]
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for key in ("id", "title", "url", "published_at", "source", "language", "word_count"):
        head.add_row(key, _short(art.get(key)))
    if art.get("copy_of"):
        similarity = art.get("copy_similarity")
        note = f" (similarity {similarity:.2f})" if similarity is not None else ""
        head.add_row("copy", f"copy of #{art['copy_of']}{note}: counts once, as its original")
    if art.get("copies"):
        head.add_row("copies", ", ".join(f"#{i}" for i in art["copies"]))
    parts: list[Any] = [head]
    for title, rows, cols in (
        ("Officials", record["officials"], ("name", "title", "organization", "country")),
        ("Zones", record["zones"], ("name", "location", "province")),
        ("Organizations", record["organizations"], ("name", "abbreviation")),
        ("Dates", record["dates"], ("text", "start", "end", "granularity")),
        (
            "Events",
            record["events"],
            ("type", "status", "date", "participants", "zones", "organizations", "trigger", "cluster_id"),
        ),
    ):
        if rows:
            parts.append(table(f"{title} ({len(rows)})", rows, cols))
    return Group(*parts)


def explained_table(rows: Sequence[Explained]) -> Table:
    """Facts beside their sentences, the words that made each fact highlighted."""
    t = Table(title="Facts and where they come from", title_justify="left", show_lines=True)
    for col in ("kind", "fact", "sentence", "rule"):
        t.add_column(col, overflow="fold")
    for row in rows:
        sentence = Text(row.sentence.strip())
        lead = len(row.sentence) - len(row.sentence.lstrip())
        for start, end in row.marks:
            sentence.stylize("bold reverse", start - lead, end - lead)
        t.add_row(row.kind, row.fact, sentence, row.rule or "")
    return t


def timeline_tables(
    title: str, facts: dict[str, Any], sections: Sequence[tuple[str, list[Any], Sequence[str]]]
) -> Group:
    """A heading of facts, then one table per non-empty section (a zone's stages, an official's titles)."""
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for key, value in facts.items():
        head.add_row(key, _short(value))
    parts: list[Any] = [Text(title, style="bold"), head]
    for name, rows, cols in sections:
        if rows:
            parts.append(table(f"{name} ({len(rows)})", rows, cols))
    return Group(*parts)
