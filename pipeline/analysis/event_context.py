"""What the event rules read of an article's other facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.records import DateRecord, Official, OrganizationRecord, ZoneRecord


@dataclass
class Context:
    officials: list[Official]
    organizations: list[OrganizationRecord]
    zones: list[ZoneRecord]
    dates: list[DateRecord]
    published: date | None = None
    parties: tuple[str, ...] = ()  # the two countries the article names most
