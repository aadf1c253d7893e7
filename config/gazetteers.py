"""Typed access to the domain data shipped in config/data (zones, places, organisations, titles, people)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class ZoneEntry:
    name: str
    aliases: tuple[str, ...]
    bare: tuple[str, ...]
    location: str | None
    province: str | None
    source: str


@dataclass(frozen=True)
class OrgEntry:
    name: str
    abbreviation: str | None
    country: str | None
    aliases: tuple[str, ...] = ()
    programme: bool = False  # a programme or initiative (CPEC, BRI), not a body


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class TitleLexicon:
    heads: tuple[str, ...]
    modifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    ranks: tuple[str, ...]
    country_cues: dict[str, tuple[str, ...]]
    default_country: str | None
    org_words: frozenset[str] = frozenset()
    abbreviated_heads: tuple[str, ...] = ()
    portfolio_words: frozenset[str] = frozenset()
    diplomatic_heads: frozenset[str] = frozenset()
    member_heads: dict[str, str] = field(default_factory=dict)  # seat -> its house
    leader_heads: frozenset[str] = frozenset()  # one holder per government or province, lower case
    nationalities: dict[str, str] = field(default_factory=dict)
    international_bodies: tuple[str, ...] = ()
    senior_ranks: tuple[str, ...] = ()  # general and flag ranks: alone they name an officer's post


@dataclass(frozen=True)
class ChineseNames:
    surnames: frozenset[str]
    pinyin_initials: tuple[str, ...]
    pinyin_finals: tuple[str, ...]


@dataclass(frozen=True)
class Places:
    province_names: dict[str, str]  # any spelling -> canonical province
    places: dict[str, str]  # place -> canonical province
    all_names: tuple[str, ...] = field(default=())
    countries: tuple[str, ...] = field(default=())
    country_aliases: dict[str, str] = field(default_factory=dict)  # "Republic of Korea" -> "South Korea"


def _load(name: str) -> Any:
    return json.loads(resources.files("config").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def zones() -> tuple[ZoneEntry, ...]:
    return tuple(
        ZoneEntry(z["name"], tuple(z["aliases"]), tuple(z["bare"]), z["location"], z["province"], z["source"])
        for z in _load("zones.json")["zones"]
    )


@cache
def not_body_heads() -> frozenset[str]:
    return frozenset(_load("organizations.json")["not_bodies"]["heads"])


@cache
def organizations() -> tuple[OrgEntry, ...]:
    return tuple(
        OrgEntry(o["name"], o["abbreviation"], o["country"], tuple(o["aliases"]), o.get("programme", False))
        for o in _load("organizations.json")["organizations"]
    )


@cache
def people() -> tuple[PersonEntry, ...]:
    return tuple(
        PersonEntry(p["name"], tuple(p["aliases"]), p["country"])
        for p in _load("officials.json")["officials"]
    )


@cache
def titles() -> TitleLexicon:
    raw = _load("titles.json")
    return TitleLexicon(
        heads=tuple(raw["heads"]),
        modifiers=tuple(raw["modifiers"]),
        honorifics=tuple(raw["honorifics"]),
        ranks=tuple(raw["ranks"]),
        country_cues={k: tuple(v) for k, v in raw["country_cues"].items()},
        default_country=raw["default_country"]["value"],
        org_words=frozenset(raw["org_words"]),
        abbreviated_heads=tuple(raw["abbreviated_heads"]),
        portfolio_words=frozenset(raw["portfolio_words"]),
        diplomatic_heads=frozenset(h.lower() for h in raw["diplomatic_heads"]),
        member_heads=dict(raw["member_heads"]),
        leader_heads=frozenset(h.lower() for h in raw["leader_heads"]),
        nationalities=dict(raw["nationalities"]),
        international_bodies=tuple(raw["international_bodies"]),
        senior_ranks=tuple(raw["senior_ranks"]),
    )


@cache
def chinese_names() -> ChineseNames:
    raw = _load("chinese_names.json")
    return ChineseNames(
        frozenset(raw["surnames"]), tuple(raw["pinyin_initials"]), tuple(raw["pinyin_finals"])
    )


@cache
def places() -> Places:
    raw = _load("places.json")
    provinces = {alias: canon for canon, aliases in raw["provinces"].items() for alias in aliases}
    names = tuple(sorted({*provinces, *raw["places"]}, key=len, reverse=True))
    return Places(
        provinces,
        dict(raw["places"]),
        names,
        tuple(raw.get("countries", ())),
        dict(raw.get("country_aliases", {})),
    )


@cache
def name_variants() -> dict[str, str]:
    """Lower-case spelling -> lower-case key spelling, for names written several ways (Yousuf/Yusuf)."""
    groups = _load("name_variants.json")["groups"]
    return {v.lower(): g[0].lower() for g in groups for v in g}


@cache
def camelcase_keep() -> frozenset[str]:
    return frozenset(_load("camelcase.json")["keep"])
