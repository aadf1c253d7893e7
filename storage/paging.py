"""Cursor pagination: a page of rows and an opaque cursor that says where the next page starts.

A cursor is the sort key of the last row given (keyset pagination), so pages stay consistent while new
articles arrive and a deep page costs what the first one does. Lists ordered by an aggregate (officials,
zones by article count) carry an offset instead; the caller cannot tell the difference.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, or_


class CursorError(ValueError):
    """A cursor this server did not issue, or issued for another list."""


@dataclass
class Page:
    items: list[dict[str, Any]]
    next: str | None = None  # cursor of the following page, None on the last one


def encode(kind: str, values: Sequence[Any]) -> str:
    raw = json.dumps([kind, *values], default=str, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(kind: str, cursor: str, width: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError):
        raise CursorError("cursor: not a cursor this server issued") from None
    if not isinstance(values, list) or len(values) != width + 1 or values[0] != kind:
        raise CursorError(f"cursor: not a cursor of this list ({kind})")
    return values[1:]


def as_date(value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CursorError("cursor: not a cursor this server issued") from None


def as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CursorError("cursor: not a cursor this server issued")
    return value


def as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CursorError("cursor: not a cursor this server issued")
    return float(value)


def after_nullable(key: Any, ident: Any, last: Any, last_id: int, descending: bool) -> ColumnElement[bool]:
    """Rows after (last, last_id) in the order key (asc or desc) nulls last, then id the same way."""
    if last is None:
        return and_(key.is_(None), ident < last_id if descending else ident > last_id)
    beyond = key < last if descending else key > last
    tie = ident < last_id if descending else ident > last_id
    return or_(beyond, and_(key == last, tie), key.is_(None))


def after_score(score: Any, ident: Any, last: float, last_id: int) -> ColumnElement[bool]:
    """Rows after (last, last_id) ordered by score desc, id desc."""
    return or_(score < last, and_(score == last, ident < last_id))
