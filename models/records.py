"""Plain records the analysis stage returns; storage turns them into rows. No database knowledge here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    sentence_start: int | None = None
    sentence_end: int | None = None


@dataclass
class TitleHeld:
    title: str
    organization: str | None = None


@dataclass
class Official:
    name: str
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    titles: list[TitleHeld] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    rule: str | None = None  # which rules found the person and chose the country


@dataclass
class ZoneRecord:
    name: str
    location: str | None = None
    province: str | None = None
    mentions: list[Span] = field(default_factory=list)
    rule: str | None = None


@dataclass
class OrganizationRecord:
    name: str
    abbreviation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    rule: str | None = None


@dataclass
class DateRecord:
    text: str
    start: date
    end: date
    granularity: str  # day | month | year | range
    start_char: int
    end_char: int
    rule: str | None = None


@dataclass
class Participant:
    name: str
    role: str | None = None


@dataclass
class Amount:
    value: float
    currency: str


@dataclass
class EventRecord:
    type: str
    status: str
    trigger: str
    sentence: str
    sentence_start: int
    date: tuple[date, date] | None = None
    participants: list[Participant] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)
    amount: Amount | None = None
    rule: str | None = None
    trigger_start: int | None = None  # character offset of the trigger word
    mentions: list[Span] = field(default_factory=list)  # every report of the occurrence: trigger, sentence


@dataclass
class Analysis:
    pipeline_version: str
    officials: list[Official] = field(default_factory=list)
    zones: list[ZoneRecord] = field(default_factory=list)
    organizations: list[OrganizationRecord] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    analysed_chars: int | None = None  # set when only the text's first characters were analysed
