"""The CPEC topic filter: a lexicon from config/data/topic.json plus every zone name in the gazetteer."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from config import gazetteers


@dataclass(frozen=True)
class Lexicon:
    strong: re.Pattern[str]
    china: re.Pattern[str]
    pakistan: re.Pattern[str]
    economy: re.Pattern[str]


def _pattern(terms: list[str]) -> re.Pattern[str]:
    # abbreviations (CPEC, SEZ) match as written; other words in any case
    exact = [re.escape(t) for t in terms if t.isupper() or re.fullmatch(r"[A-Z]+s", t)]
    loose = [re.escape(t) for t in terms if not (t.isupper() or re.fullmatch(r"[A-Z]+s", t))]
    parts = []
    if exact:
        parts.append(r"(?-i:" + "|".join(sorted(exact, key=len, reverse=True)) + ")")
    if loose:
        parts.append("|".join(sorted(loose, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("config").joinpath("data/topic.json").read_text(encoding="utf-8"))
    zones = [a for z in gazetteers.zones() for a in (z.name, *z.aliases) if len(a) > 4]
    return Lexicon(
        _pattern(raw["strong"] + zones),
        _pattern(raw["china"]),
        _pattern(raw["pakistan"]),
        _pattern(raw["economy"]),
    )


def on_topic(*texts: str | None) -> bool:
    """True when the texts (title, summary, body) speak of CPEC."""
    text = " ".join(t for t in texts if t)
    lex = lexicon()
    if lex.strong.search(text):
        return True
    return bool(lex.china.search(text) and lex.pakistan.search(text) and lex.economy.search(text))
