"""An article's text cut into plain and marked pieces: officials, zones, organisations, dates and event
triggers where the analysis found them (by character offsets into the stored text), each with a link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# When two marks overlap, the first kind here wins: a name inside an event's trigger stays a name.
PRIORITY = {"official": 0, "zone": 1, "organization": 2, "date": 3, "event": 4}


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None = None  # official | zone | organization | date | event; None for plain text
    href: str | None = None
    label: str | None = None  # shown on hover: what the mark stands for


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    href: str | None
    label: str


def _entity_marks(record: dict[str, Any], links: dict[str, dict[str, int]]) -> list[Mark]:
    marks = []
    for group, kind, path in (
        ("officials", "official", "officials"),
        ("zones", "zone", "zones"),
        ("organizations", "organization", "organizations"),
    ):
        for entity in record[group]:
            ident = links[kind].get(entity["name"])
            href = f"/{path}/{ident}" if ident else None
            label = entity["name"] + (f", {entity['title']}" if entity.get("title") else "")
            marks += [Mark(m["start"], m["end"], kind, href, label) for m in entity["mentions"]]
    return marks


def _date_marks(record: dict[str, Any]) -> list[Mark]:
    out = []
    for d in record["dates"]:
        span = d["start"] if d["start"] == d["end"] else f"{d['start']} to {d['end']}"
        href = f"/events?since={d['start']}&until={d['end']}"
        out.append(Mark(d["start_char"], d["end_char"], "date", href, span))
    return out


def _event_marks(events: list[dict[str, Any]], spans: list[tuple[int, int] | None]) -> list[Mark]:
    """Each event where it is told: its stored mentions when the record has them, else its trigger."""
    out = []
    for i, (ev, span) in enumerate(zip(events, spans, strict=True)):
        told = [(m["start"], m["end"]) for m in ev.get("mentions") or [] if "start" in m and "end" in m]
        label = f"{ev['type']} ({ev['status']})"
        out += [Mark(a, b, "event", f"#event-{i + 1}", label) for a, b in told or ([span] if span else [])]
    return out


def pieces(
    record: dict[str, Any], links: dict[str, dict[str, int]], trigger_spans: list[tuple[int, int] | None]
) -> list[Piece]:
    text: str = record["article"]["text"]
    marks = _entity_marks(record, links) + _date_marks(record) + _event_marks(record["events"], trigger_spans)
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    valid.sort(key=lambda m: (m.start, PRIORITY[m.kind], -(m.end - m.start)))
    out: list[Piece] = []
    at = 0
    for m in valid:
        if m.start < at:
            continue  # overlaps a mark already placed
        if m.start > at:
            out.append(Piece(text[at : m.start]))
        out.append(Piece(text[m.start : m.end], m.kind, m.href, m.label))
        at = m.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out
