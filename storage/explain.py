"""Each stored fact of an article beside the sentence that gave it, the words that made it, and the rule."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from models import Article

SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass
class Explained:
    kind: str
    fact: str
    rule: str | None
    sentence: str
    sentence_start: int
    marks: list[tuple[int, int]] = field(default_factory=list)  # offsets into the sentence

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "fact": self.fact,
            "rule": self.rule,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "marks": [list(m) for m in self.marks],
        }


def explain_article(article: Article) -> list[Explained]:
    text = article.text
    by_key: dict[tuple[str, str], list[tuple[int, int, int | None, int | None]]] = defaultdict(list)
    for m in article.mentions:
        by_key[(m.kind, m.key)].append(_spans(m))
    rows = []
    for o in article.officials:
        where = ", ".join(x for x in (o.title, o.organization) if x)
        fact = f"{o.person.name}: {where} ({o.country or 'country unknown'})"
        rows.append(_row(text, "official", fact, o.rule, by_key[("official", o.person.name)]))
    for z in article.zones:
        fact = f"{z.zone.name}: {', '.join(x for x in (z.location, z.province) if x) or 'place unknown'}"
        rows.append(_row(text, "zone", fact, z.rule, by_key[("zone", z.zone.name)]))
    for org in article.organizations:
        name = org.organization.name
        rows.append(_row(text, "organization", name, org.rule, by_key[("organization", name)]))
    for d in article.dates:
        span = f"{d.start.isoformat()}" + ("" if d.start == d.end else f"..{d.end.isoformat()}")
        rows.append(
            _row(text, "date", f"{d.text!r} = {span}", d.rule, [(d.start_char, d.end_char, None, None)])
        )
    for e in article.events:
        rows.append(_row(text, "event", _event_fact(e), e.rule, [_spans(m) for m in e.mentions]))
    return [r for r in rows if r is not None]


def _spans(m: Any) -> tuple[int, int, int | None, int | None]:
    return (m.start, m.end, m.sentence_start, m.sentence_end)


def _event_fact(e: Any) -> str:
    when = f" {e.date_start.isoformat()}" if e.date_start else ""
    people = [a.name for a in e.arguments if a.kind == "participant"]
    who = f" - {', '.join(people)}" if people else ""
    return f"{e.type}/{e.status}{when}{who}"


def _row(
    text: str, kind: str, fact: str, rule: str | None, spans: list[tuple[int, int, int | None, int | None]]
) -> Explained:
    """The first mention's sentence, with every mention that falls in it marked."""
    if not spans:
        return Explained(kind, fact, rule, "", 0)
    start, end, s0, s1 = min(spans)
    if s0 is None or s1 is None:
        s0, s1 = _sentence_around(text, start, end)
    marks = sorted((a - s0, b - s0) for a, b, _x, _y in spans if s0 <= a and b <= s1)
    return Explained(kind, fact, rule, text[s0:s1], s0, marks)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() + 1 if after else len(text))
