"""Charts as geometry computed on the server; templates/charts.html draws them as inline SVG (no script,
no library, nothing fetched)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

STATUS_ORDER = ("planned", "ongoing", "happened")
WIDTH, HEIGHT, PAD_LEFT, PAD_BOTTOM, PAD_TOP = 640, 180, 34, 22, 8


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    css: str  # a class of style.css: the colour of a status
    title: str  # the tooltip
    href: str | None = None


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, text
    ticks: list[tuple[float, str]] = field(default_factory=list)  # y, value (left axis)
    legend: list[tuple[str, str]] = field(default_factory=list)  # css class, text


def status_by_year(rows: list[dict[str, Any]], link: str) -> Chart | None:
    """Stacked bars: for each year, the events planned, ongoing and happened; each bar links to them."""
    if not rows:
        return None
    top = max(sum(r.get(s, 0) for s in STATUS_ORDER) for r in rows) or 1
    plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = (WIDTH - PAD_LEFT) / len(rows)
    chart = Chart(WIDTH, HEIGHT, legend=[(f"s-{s}", s) for s in STATUS_ORDER])
    marks = sorted({0, top // 2, top})
    chart.ticks = [(PAD_TOP + plot_h * (1 - n / top), str(n)) for n in marks]
    bar_w = min(slot * 0.7, 48)
    for i, row in enumerate(rows):
        x, base = PAD_LEFT + i * slot + (slot - bar_w) / 2, HEIGHT - PAD_BOTTOM
        for status in STATUS_ORDER:
            n = row.get(status, 0)
            if not n:
                continue
            h = plot_h * n / top
            base -= h
            href = f"{link}&year={row['year']}&status={status}"
            chart.bars.append(Bar(x, base, bar_w, h, f"s-{status}", f"{row['year']}: {n} {status}", href))
        chart.labels.append((x + bar_w / 2, HEIGHT - 6, str(row["year"])))
    return chart


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def titles_over_time(titles: list[dict[str, Any]]) -> Chart | None:
    """One bar per office, from the first to the last article that gave it."""
    spans = [(t, _day(t["first_seen"]), _day(t["last_seen"])) for t in titles]
    dated = [(t, a, b) for t, a, b in spans if a and b]
    if not dated:
        return None
    lo = min(a for _t, a, _b in dated).toordinal()
    hi = max(b for _t, _a, b in dated).toordinal()
    span = max(hi - lo, 30)
    row_h, left = 22, 4
    height = row_h * len(dated) + PAD_BOTTOM
    chart = Chart(WIDTH, height)
    for i, (t, a, b) in enumerate(dated):
        x = left + (WIDTH - 2 * left) * (a.toordinal() - lo) / span
        w = max((WIDTH - 2 * left) * (b.toordinal() - a.toordinal()) / span, 4)
        name = t["title"] + (f", {t['organization']}" if t.get("organization") else "")
        chart.bars.append(Bar(x, i * row_h + 3, w, row_h - 8, "s-title", f"{name}: {a} to {b}"))
    chart.labels += [(left + 30, height - 6, date.fromordinal(lo).isoformat())]
    chart.labels += [(WIDTH - left - 30, height - 6, date.fromordinal(lo + span).isoformat())]
    return chart
