"""An official's country, from the strongest evidence the article gives, with the reason.

In order: a person the gazetteer knows; what the office itself says (a nationality before it, an envoy's
sending state); a country or a body of known country in the office's words; a cue word near the office
("Chinese", "Federal", "PM"); a name of Chinese shape ("Ma Zhaoxu"); the default of Pakistani press.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from config import gazetteers
from pipeline.analysis.offices import diplomatic, place_name
from pipeline.analysis.official_mentions import Person


def country_of(person: Person, org_countries: dict[str, str | None]) -> tuple[str | None, str]:
    country, why = _evidence(person, org_countries)
    if why in {"cue", "default"} and country in _posted_to(person):
        return None, "posted-to"  # "High Commissioner to Pakistan X": an envoy is not of the host state
    return country, why


def _posted_to(person: Person) -> set[str]:
    hosts = {t.title.split(" to ", 1)[1] for t in person.titles if diplomatic(t.title) and " to " in t.title}
    return {h for h in (place_name(h) for h in hosts) if h in gazetteers.places().countries}


def _evidence(person: Person, org_countries: dict[str, str | None]) -> tuple[str | None, str]:
    lex = gazetteers.titles()
    people = _known_people()
    if _folded(person.name) in people:
        return people[_folded(person.name)], "gazetteer"  # "António Guterres" is the gazetteer's "Antonio"
    family = _family_name_countries().get(person.name.lower(), set())
    if len(family) == 1:  # "President Xi": a family name alone, borne only by leaders of one country
        return next(iter(family)), "gazetteer-family-name"
    if person.stated_countries:
        return Counter(person.stated_countries).most_common(1)[0][0], "office"
    orgs = " ".join(t.organization or "" for t in person.titles)
    if _international(orgs):
        return None, "international-body"  # "Secretary-General of ASEAN": of no one country
    if COMPANY.search(orgs):
        # "Senior Advisor, China Three Gorges ... Ltd": the country in a firm's name is not its staff's
        orgs = ""
    named = _country_named(orgs) or _nationality_first(orgs)
    if named:
        return named, "body"  # "Chairman of Kyrgyzstan's Cabinet", "Indian External Affairs"
    known = [
        (org, country)
        for org, country in org_countries.items()
        if org and org in orgs and re.search(rf"(?<!\w){re.escape(org)}(?!\w)", orgs)
    ]
    # the longest body named decides: "Cabinet of Ministers" (of no one country) is not the "Cabinet"
    body_country = max(known, key=lambda k: len(k[0]))[1] if known else None
    if body_country:
        return body_country, "body"
    text = _without_bodies(" ".join([*person.cues, orgs]), org_countries)
    text = BILATERAL.sub(" ", text)  # "Pakistan-China Institute": of both, a cue for neither
    text = POSTED.sub(" ", text)  # "envoy to China": where he served, not whose he is
    text = _about_country().sub(" ", text)  # "China Study Centre" studies China; its staff may be anyone
    words = set(re.findall(r"[\w']+", text))
    for country in ("China", "Pakistan"):
        if words & set(lex.country_cues[country]):
            return country, "cue"
    if chinese_name(person.name):
        return "China", "name"
    return lex.default_country, "default"


BILATERAL = re.compile(r"\b(?:Pak(?:istan)?|China|Sino)[- ](?:Pak(?:istan)?|China)\b")
POSTED = re.compile(r"\b(?:to|in) (?:China|Beijing|Pakistan|Islamabad)\b")
COMPANY = re.compile(r"\b(?:Ltd|Limited|Inc|Pvt|Corporation|Company|Co\.|LLC|PLC)(?![\w-])")


def _international(text: str) -> bool:
    return _international_pattern().search(text) is not None


@cache
def _international_pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(b) for b in gazetteers.titles().international_bodies)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


@cache
def _countries_pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(c) for c in sorted(gazetteers.places().countries, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b")


@cache
def _about_country() -> re.Pattern[str]:
    return re.compile(rf"{_countries_pattern().pattern}(?:[- ]\w+)?\s+(?:Study|Studies|Research)\b")


@cache
def _known_people() -> dict[str, str | None]:
    """Accent-folded name or alias -> country of the gazetteer's people (the first entry wins)."""
    table: dict[str, str | None] = {}
    for entry in gazetteers.people():
        for name in (entry.name, *entry.aliases):
            table.setdefault(_folded(name), entry.country)
    return table


def well_known(name: str) -> bool:
    """A holder of high office the gazetteer lists (by name or alias)."""
    return _folded(name) in _known_people()


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _nationality_first(orgs: str) -> str | None:
    """'Indian External Affairs' (from "Indian External Affairs Minister X"): the nationality that opens
    the body is the office's country."""
    words = orgs.strip().split()
    if not words or (len(words) > 1 and words[1].lower() in PEOPLE_SERVED):
        return None  # "Chief Commissioner for Afghan Refugees": the people served, not the office's state
    return gazetteers.titles().nationalities.get(words[0])


PEOPLE_SERVED = frozenset(
    {"refugees", "nationals", "community", "diaspora", "students", "investors", "workers"}
)


def _country_named(orgs: str) -> str | None:
    """A country other than Pakistan that is the body ("Azerbaijan") or whose body it is ("Grand National
    Assembly of Turkey", "Afghanistan's Ministry"); not a country a body is about ("India Study Centre")."""
    found = [
        c
        for c in dict.fromkeys(_countries_pattern().findall(orgs))
        if re.search(rf"(?:^|\bof (?:the )?){re.escape(c)}$|^{re.escape(c)}(?:['’]s|$)", orgs.strip())
    ]
    republic = re.search(
        r"\bof (?:the )?(\w+) Republic$", orgs.strip()
    )  # "Supreme Council of Kyrgyz Republic"
    if republic and not found:
        found = [c for c in [gazetteers.titles().nationalities.get(republic.group(1))] if c]
    state = re.fullmatch(
        r"(?:the )?(?:Republic|Kingdom|State|Sultanate|Emirate) of ([A-Z][a-z]+)", orgs.strip()
    )
    if state and not found:
        found = [state.group(1)]  # "Prime Minister of the Republic of Djibouti": a state our lists lack
    foreign = [c for c in found if c != "Pakistan"]
    return foreign[0] if len(foreign) == 1 and not re.search(r"\bPakistan\b", orgs) else None


def _without_bodies(text: str, org_countries: dict[str, str | None]) -> str:
    """Names of bodies of no one country ("China-Pakistan Economic Corridor") cue no country."""
    for org, country in org_countries.items():
        if org and country is None:
            text = text.replace(org, " ")
    return text


def chinese_name(name: str) -> bool:
    """'Ma Zhaoxu', 'Jiang Zaidong': a Chinese surname, then a given name of one or two pinyin syllables."""
    words = name.split()
    names = gazetteers.chinese_names()
    return (
        len(words) == 2
        and words[0] in names.surnames
        and _pinyin().fullmatch(words[1].lower()) is not None
        and words[1][:1].isupper()
    )


@cache
def _pinyin() -> re.Pattern[str]:
    names = gazetteers.chinese_names()
    initials = "|".join(sorted(names.pinyin_initials, key=len, reverse=True))
    finals = "|".join(sorted(names.pinyin_finals, key=len, reverse=True))
    syllable = rf"(?:(?:{initials})?(?:{finals}))"
    return re.compile(rf"{syllable}{{1,2}}")


@cache
def _family_name_countries() -> dict[str, set[str]]:
    """Family name -> countries of the gazetteer's people bearing it: Chinese names put it first."""
    out: dict[str, set[str]] = {}
    for entry in gazetteers.people():
        words = entry.name.split()
        if len(words) < 2 or not entry.country:
            continue
        family = words[0] if entry.country == "China" else words[-1]
        out.setdefault(family.lower(), set()).add(entry.country)
    return out
