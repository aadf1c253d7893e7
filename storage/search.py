"""Full-text search over articles: the query language people expect, turned into SQLite FTS5 or
PostgreSQL tsquery syntax, with ranked hits and highlighted snippets.

Query language: words in any order (all must occur), "phrases in quotes", prefix* matching, -word to
exclude. Only letters and digits reach the database: punctuation such as % and _ separates words, as it
does in the index, so it is never a wildcard and never syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Float, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from models import Article

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
RANKED = 2000  # matches ranked per search: the newest ones (see Matcher.scored)
# Snippet markers: control characters that normalised article text does not contain. They are found and
# removed here, so callers get plain text and (start, end) ranges to highlight, never markup.
OPEN, CLOSE = "\x02", "\x03"
WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(r'(-?)"([^"]*)("?)|(-?)(\S+)')


class SearchSyntaxError(ValueError):
    """The search text has nothing to search for, or is too long."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase, lower-case
    prefix: bool = False  # the last word is a prefix
    negated: bool = False


def parse_query(query: str) -> list[Term]:
    if len(query) > MAX_QUERY_CHARS:
        raise SearchSyntaxError(f"search text is longer than {MAX_QUERY_CHARS} characters")
    terms: list[Term] = []
    for m in TOKEN.finditer(query):
        if m.group(2) is not None or m.group(3):  # "a phrase" (an unclosed quote runs to the end)
            negated, body = m.group(1) == "-", m.group(2)
        else:
            negated, body = m.group(4) == "-", m.group(5)
        words = tuple(w.lower() for w in WORD.findall(body))
        if words:
            prefix = m.group(2) is None and body.endswith("*")
            terms.append(Term(words, prefix, negated))
    if not any(not t.negated for t in terms):
        raise SearchSyntaxError(f"no words to search for in {query!r}")
    if len(terms) > MAX_TERMS:
        raise SearchSyntaxError(f"at most {MAX_TERMS} words or phrases in one search")
    return terms


def fts5_query(terms: list[Term]) -> str:
    """FTS5 MATCH text: every term a quoted string (no operator can hide in it), NOT for exclusions."""

    def one(t: Term) -> str:
        return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

    positive = " ".join(one(t) for t in terms if not t.negated)
    return positive + "".join(f" NOT {one(t)}" for t in terms if t.negated)


def tsquery_text(terms: list[Term]) -> str:
    """to_tsquery text: each word single-quoted, phrases joined by <->, prefixes marked :*."""

    def one(t: Term) -> str:
        words = [f"'{w}'" for w in t.words]
        if t.prefix:
            words[-1] += ":*"
        body = " <-> ".join(words)
        body = f"({body})" if len(words) > 1 else body
        return f"!{body}" if t.negated else body

    return " & ".join(one(t) for t in terms)


@dataclass(frozen=True)
class Hit:
    id: int
    score: float  # higher is better; the cursor carries it
    snippet: str
    highlights: list[tuple[int, int]]  # [start, end) ranges of the snippet that matched


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    ranges: list[tuple[int, int]] = []
    length, start = 0, -1
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked):
        if piece == OPEN:
            start = length
        elif piece == CLOSE:
            if start >= 0 and length > start:
                ranges.append((start, length))
            start = -1
        else:
            out.append(piece)
            length += len(piece)
    return "".join(out), ranges


class Matcher:
    """One parsed search on one database: which articles match, their scores, their snippets."""

    def __init__(self, session: Session, query: str) -> None:
        self.session = session
        self.terms = parse_query(query)
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def scored(self, conditions: list[ColumnElement[bool]]) -> Any:
        """(id, score) of the newest RANKED matching articles that meet the conditions; order the rows by
        score desc, id desc.

        Ranking reads every candidate's index entry (FTS5) or tsvector (PostgreSQL): over all 100,000
        matches of a word like "CPEC" that takes seconds. The newest RANKED matches (by id, the order
        articles were stored in) are ranked instead, so a search costs the same whatever it matches."""
        wanted = select(Article.id).where(*conditions) if conditions else None
        if self.sqlite:
            # bm25 is smaller for better matches; title words weigh five times body words
            fts = table("articles_fts", column("rowid"))
            score = (-func.bm25(literal_column("articles_fts"), 5.0, 1.0)).label("score")
            match = literal_column("articles_fts").op("MATCH")(fts5_query(self.terms))
            stmt = select(fts.c.rowid.label("id"), score).where(match)
            if wanted is not None:
                stmt = stmt.where(fts.c.rowid.in_(wanted))
            return stmt.order_by(fts.c.rowid.desc()).limit(RANKED).subquery("hits")
        query = func.to_tsquery(literal_column("'english'::regconfig"), tsquery_text(self.terms))
        vector: ColumnElement[Any] = literal_column("articles.search_vector")
        candidates = (
            select(Article.id.label("id"), vector.label("vector"))
            .where(vector.op("@@")(query), *conditions)
            .order_by(Article.id.desc())
            .limit(RANKED)
            .subquery("candidates")
        )
        score = func.ts_rank(candidates.c.vector, query, 1).cast(Float).label("score")
        return select(candidates.c.id.label("id"), score).subquery("hits")

    def snippets(self, ids: list[int]) -> dict[int, tuple[str, list[tuple[int, int]]]]:
        """Plain-text snippets around the matches, with the matched ranges, for a page of hits."""
        if not ids:
            return {}
        if self.sqlite:
            # One pass over the matches between the page's lowest and highest id; `+rowid IN` is only a
            # filter. Handed to FTS5 as rowid=? lookups, a prefix query (invest*) was expanded once per
            # hit: 230 ms instead of 10 for a page at 100,000 articles.
            sql = text(
                "SELECT rowid, snippet(articles_fts, 1, :o, :c, ' … ', 24) FROM articles_fts "
                "WHERE articles_fts MATCH :fts AND rowid BETWEEN :lo AND :hi "
                "AND +rowid IN (SELECT value FROM json_each(:ids))"
            ).bindparams(
                o=OPEN, c=CLOSE, fts=fts5_query(self.terms), lo=min(ids), hi=max(ids), ids=_json_ids(ids)
            )
        else:
            options = (
                f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2, "
                'FragmentDelimiter=" … "'
            )
            sql = text(
                "SELECT id, ts_headline('english', text, to_tsquery('english', :q), :opts) FROM articles "
                "WHERE id = ANY(:ids)"
            ).bindparams(q=tsquery_text(self.terms), opts=options, ids=ids)
        return {row[0]: _unmark(row[1] or "") for row in self.session.execute(sql).all()}


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
