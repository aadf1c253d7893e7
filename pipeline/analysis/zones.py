"""Special economic zones: gazetteer spellings, discovery of "<Name> SEZ / Industrial City", location."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process, utils
from spacy.tokens import Doc, Span

from config import gazetteers
from models.records import Span as Mention
from models.records import ZoneRecord
from pipeline.analysis.sentences import doc_text, sentence_at, sentences, starts_in, text_of

ZONE_WORDS = (
    r"(?:Special Economic Zones?|SEZs?|Economic Zones?|Industrial Zones?|Industrial City|Industrial Park|"
    r"Industrial Estate|Free Trade Zone|Free Zones?|Marble City|Model City)"
)
DISCOVER = re.compile(
    r"\b((?:[A-Z][\w'.-]*|of|on) (?:(?:[A-Z][\w'.-]*|of|on) ){0,5})" + ZONE_WORDS + r"(?![\w-])"
)
GENERIC_FIRST = {
    "Exclusive",  # a maritime Exclusive Economic Zone is no SEZ
    "Zones",
    "Zone",
    "SEZ",
    "SEZs",
    "Free",
    "Trade",
    "The",
    "These",
    "Two",
    "Three",
    "Four",
    "Five",
    "Nine",
    "All",
    "Priority",
    "New",
    "Our",
    "CPEC",
    "Special",
    "Pakistan",
    "China",
    "Chinese",
    "Pakistani",
    "In",
    "Of",
    "Its",
    "Their",
    "Other",
    "Various",
    "Several",
    "Under",
    "Prioritized",
    "Industrial",
    "Economic",
    "Act",
    "First",
    "Second",
}
ZONE_CUE = re.compile(r"\b(SEZs?|[Zz]ones?|[Ii]ndustrial|economic zones?)\b")
# "KP Economic Zones Development and Management Company", "SEZ Act": a body or a law, not a zone
BODY_AFTER = re.compile(
    r"\s*(?:(?:Development|Management)\s+(?:and\s+Management\s+)?)?"
    r"(?:Company|Authority|Corporation|Board|Cell|Department|Wing|Ltd|Limited|Act|Policy|Ordinance|Bill|Rules)\b"
)
# "an SEZ at Mirpur", "Industrial Park on the Pakistan Steel Mills land": the kind first, then the place
KIND_FIRST = re.compile(
    r"\b(SEZ|(?i:special economic zone|economic zone|industrial zone|industrial park|industrial estate))"
    r"(\s+(?:at|in|on)\s+(?:the\s+)?|\s+)([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
# "Rashakai and DI Khan economic zones": names joined before a plural kind, each one zone of that kind
NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
JOINED_BEFORE_KIND = re.compile(
    rf"\b({NAME}(?:,\s+{NAME})*)\s+and\s+({NAME})\s+"
    r"(SEZs|(?i:special economic zones|economic zones|industrial zones|industrial parks"
    r"|industrial estates))\b"
)
ZONE_AFTER = re.compile(r"\s*" + ZONE_WORDS)
# "Specialized Economic Zones", "Low-Carbon Industrial Zones": a kind of zone, not one zone
CATEGORY_WORDS = re.compile(
    r"^(?:specialized|specialised|low-carbon|green|smart|modern|new|integrated|dedicated|sector-specific|"
    r"export|export-oriented|technology|tech|agro|agricultural|industrial|model|proposed|planned|upcoming|"
    r"such|more|other|several|various|all|these|those|future|existing)$",
    re.I,
)
# "completion of Free Zone Stage II": a capitalised kind with no name of its own
GENERIC_KIND = re.compile(r"(?<![\w-])(Free Zone)(?![\w-])(?!s)")
FUZZY = 84  # rapidfuzz ratio for the distinctive part of a discovered name ("Maqpondass" ~ "Moqpondass")
# Whole multi-word names misspelt in the text ("Marbal City", "Still Mill", "AIlama"): about one slip in
# eight characters. Single words are never matched this way: too many short names sit that close.
TYPO = 87
FIRST_WORD = 75  # rapidfuzz ratio of the first words: "AIlama" ~ "Allama", not "Ombre" ~ "Bhimber"


@dataclass
class Hit:
    entry: gazetteers.ZoneEntry | None
    name: str
    start: int
    end: int
    rule: str = "gazetteer"


@cache
def _alias_pattern(bare: bool) -> tuple[re.Pattern[str], dict[str, gazetteers.ZoneEntry]]:
    """One alternation over every alias (or every bare name), longest first, and alias -> entry."""
    names = {
        alias: entry
        for entry in gazetteers.zones()
        for alias in (entry.bare if bare else {entry.name, *entry.aliases})
    }
    table = {alias.lower(): entry for alias, entry in names.items()}
    alt = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    flags = 0 if bare else re.IGNORECASE  # bare place names must be capitalised
    pattern = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", flags)
    return pattern, table


def _gazetteer_hits(text: str) -> list[Hit]:
    pattern, table = _alias_pattern(bare=False)
    return [
        Hit(table[m.group().lower()], table[m.group().lower()].name, m.start(), m.end())
        for m in pattern.finditer(text)
    ]


def _bare_hits(zone_sents: list[Span]) -> list[Hit]:
    """A zone's place name alone counts only in a sentence that speaks of zones or industry."""
    pattern, table = _alias_pattern(bare=True)
    hits = []
    for sent in zone_sents:
        for m in pattern.finditer(text_of(sent)):
            entry = table[m.group().lower()]
            s = sent.start_char + m.start()
            hits.append(Hit(entry, entry.name, s, s + len(m.group()), "bare-place-in-zone-sentence"))
    return hits


def _distinctive(name: str) -> str:
    """The part of a zone name that tells it apart: "Sukkur" of "Sukkur Special Economic Zone"."""
    return re.sub(ZONE_WORDS, "", name).strip(" ,()").lower()


def _match_gazetteer(name: str) -> gazetteers.ZoneEntry | None:
    """Spelling variants ("Maqpondass" for "Moqpondass") compared on the distinctive part only."""
    own = _distinctive(name)
    if not own:
        return None
    table = _distinctive_table()
    best = process.extractOne(own, list(table), scorer=fuzz.ratio, score_cutoff=FUZZY)
    return table[best[0]] if best else None


@cache
def _distinctive_table() -> dict[str, gazetteers.ZoneEntry]:
    return {
        _distinctive(alias): entry
        for entry in gazetteers.zones()
        for alias in {entry.name, *entry.aliases}
        if _distinctive(alias)
    }


@cache
def _multiword_names() -> dict[str, dict[int, dict[str, gazetteers.ZoneEntry]]]:
    """Names of two or more words (bare ones included) by last word, then word count. The last word
    ("City", "Zone", "Land") is taken as written, which keeps the window search small."""
    table: dict[str, dict[int, dict[str, gazetteers.ZoneEntry]]] = {}
    for entry in gazetteers.zones():
        for alias in {entry.name, *entry.aliases, *entry.bare}:
            words = re.findall(r"\w+|[^\w\s]", alias)
            if len(words) >= 2:
                table.setdefault(words[-1].lower(), {}).setdefault(len(words), {})[alias.lower()] = entry
    return table


def _typo_hits(doc: Doc, zone_sents: list[Span]) -> list[Hit]:
    """Gazetteer names written with a slip, found by comparing same-length token windows that end in
    the same word, in zone sentences."""
    hits = []
    table = _multiword_names()
    for sent in zone_sents:
        for tok in sent:
            for n, names in table.get(tok.lower_, {}).items():
                if tok.i - n + 1 < sent.start or not doc[tok.i - n + 1].text[:1].isupper():
                    continue
                window = doc[tok.i - n + 1 : tok.i + 1]
                best = process.extractOne(
                    window.text,
                    list(names),
                    scorer=fuzz.ratio,
                    processor=utils.default_process,
                    score_cutoff=TYPO,
                )
                if best and _same_distinctive(window.text, best[0]):
                    entry = names[best[0]]
                    hits.append(
                        Hit(entry, entry.name, window.start_char, window.end_char, "typo-tolerant-name")
                    )
    return hits


def _same_distinctive(written: str, known: str) -> bool:
    """A slip is tolerated inside a name, not in place of it: the first words must agree ("Marbal City" is
    Mohmand's, "Pakistan Still Mill Land" is the Steel Mills park, "Ombre Special Economic Zone" is not
    Bhimber's although the shared "Special Economic Zone" makes the windows close)."""
    first_written, first_known = written.split()[0].lower(), known.split()[0].lower()
    return fuzz.ratio(first_written, first_known) >= FIRST_WORD


LIST_ITEM = re.compile(r"[^,;]+?(?=,|;| and |\.?$)")


def _listed_hits(zone_sents: list[Span], found: list[Hit]) -> list[Hit]:
    """ "work on five SEZs including Dhabeji in Sindh, ..., and Gwadar in Balochistan": an item of a list
    that already holds two zones, next to one of them, whose first word is a known zone's name."""
    table = _distinctive_table()
    hits = []
    for sent in zone_sents:
        known = [h for h in found if starts_in(sent, h.start)]
        if len(known) < 2:
            continue
        base = sent.start_char
        items = [(base + m.start(), base + m.end()) for m in LIST_ITEM.finditer(text_of(sent))]
        holds = [any(s <= h.start < e for h in known) for s, e in items]
        for i, (s, e) in enumerate(items):
            item = doc_text(sent.doc)[s:e]
            word = re.match(r"\s*(?:and\s+)?([A-Z][a-z][\w-]*)(?=\s+(?:in|at)\s+[A-Z]|\s*$)", item)
            entry = table.get(word.group(1).lower()) if word else None
            beside = (i > 0 and holds[i - 1]) or (i + 1 < len(items) and holds[i + 1])
            if entry is not None and word is not None and beside and not holds[i]:
                start = s + word.start(1)
                hits.append(Hit(entry, entry.name, start, start + len(word.group(1)), "listed-beside-zones"))
    return hits


def _kind_first_hits(zone_sents: list[Span]) -> list[Hit]:
    """'an SEZ at Mirpur', 'Industrial Park Pakistan Steel Mills': a known zone by its place or site; a
    new one only after a preposition and a town (never a province: 'SEZs in Punjab' names no zone)."""
    p = gazetteers.places()
    hits = []
    for sent in zone_sents:
        for m in KIND_FIRST.finditer(text_of(sent)):
            kind, link, target = m.group(1), m.group(2).strip(), m.group(3)
            named = kind == "SEZ" or kind[:1].isupper()  # "a special economic zone in Karachi" names none
            entry, used = _entry_for_place(target, towns_only=not named)
            start, end = sent.start_char + m.start(), sent.start_char + m.start(3) + len(used)
            if entry is not None:
                hits.append(Hit(entry, entry.name, start, end, "kind-then-known-place"))
            elif named and link and target in p.places and target not in p.province_names:
                hits.append(Hit(None, f"{target} {_singular(kind)}", start, end, "kind-then-town"))
    return hits


def _joined_hits(zone_sents: list[Span]) -> list[Hit]:
    """'Rashakai and DI Khan economic zones': each name a known zone, or a new one when it is a town."""
    p = gazetteers.places()
    hits = []
    for sent in zone_sents:
        for m in JOINED_BEFORE_KIND.finditer(text_of(sent)):
            kind = m.group(3).removesuffix("s")
            names = [(m.start(2), m.group(2))]
            names += [(m.start(1) + n.start(), n.group()) for n in re.finditer(NAME, m.group(1))]
            for start, written in names:
                name = written.removeprefix("The ")  # "The Sukkur and Khairpur economic zones"
                start += len(written) - len(name)
                entry, used = _entry_for_place(name)
                at = sent.start_char + start
                if entry is not None and used == name:
                    hits.append(Hit(entry, entry.name, at, at + len(name), "joined-before-kind"))
                elif name in p.places and name not in p.province_names:
                    hits.append(
                        Hit(None, f"{name} {_singular(kind)}", at, at + len(name), "joined-town-kind")
                    )
    return hits


def _singular(kind: str) -> str:
    return "Special Economic Zone" if kind == "SEZ" else kind.title()


def _entry_for_place(target: str, towns_only: bool = False) -> tuple[gazetteers.ZoneEntry | None, str]:
    """The gazetteer zone whose distinctive name, bare name or town (the only zone there) the words begin
    with, and those words."""
    words = target.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        found = None if towns_only else _distinctive_table().get(head.lower())
        found = found or _by_town().get(head)
        if found is not None:
            return found, head
    return None, target


@cache
def _by_town() -> dict[str, gazetteers.ZoneEntry]:
    """Towns that hold exactly one known zone: that zone."""
    towns: dict[str, list[gazetteers.ZoneEntry]] = {}
    for entry in gazetteers.zones():
        for town in {*(entry.location or "").split(", "), *entry.bare} - {""}:
            towns.setdefault(town, []).append(entry)
    return {town: entries[0] for town, entries in towns.items() if len(entries) == 1}


def _generic_hits(text: str, found: list[Hit]) -> list[Hit]:
    """A capitalised kind with no name ('Free Zone Stage II') is the one known zone of that kind whose
    town the article names, when exactly one fits."""
    hits = []
    for m in GENERIC_KIND.finditer(text):
        before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 40) : m.start()])
        if any(h.start <= m.start() < h.end for h in found) or (before and before.group(1)[:1].isupper()):
            continue  # named ("Sukkur Special Economic Zone") or found already
        fits = [
            e
            for e in gazetteers.zones()
            if e.name.endswith(m.group(1))
            and any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text) for t in _towns(e))
        ]
        if len(fits) == 1:
            hits.append(Hit(fits[0], fits[0].name, m.start(), m.end(), "kind-alone-known-town"))
    return hits


def _towns(entry: gazetteers.ZoneEntry) -> set[str]:
    return {*(entry.location or "").split(", "), *entry.bare} - {""}


def _discovered(text: str) -> list[Hit]:
    hits = []
    for m in DISCOVER.finditer(text):
        words = m.group(1).split()
        if any(w in {"Exclusive", "Exclusive's"} for w in words):
            continue  # "Pakistan's Exclusive Economic Zone (EEZ)": the sea, not an SEZ
        while words and (words[0] in GENERIC_FIRST or words[0] in {"of", "on"} or words[0].endswith("'s")):
            words.pop(0)
        if not words:
            continue
        start = m.start(1) + m.group(1).index(words[0])
        surface = text[start : m.end()]
        singular = re.sub(r"(Zone|SEZ)s$", r"\1", surface)
        entry = _match_gazetteer(singular)
        if entry is None and _category(words, plural=singular != surface):
            continue
        hits.append(Hit(entry, entry.name if entry else singular, start, m.end(), "name-before-kind"))
    return hits


def _category(words: list[str], plural: bool) -> bool:
    """A kind of zone rather than a named one: led by a describing word, or plural without a place."""
    if CATEGORY_WORDS.match(words[0]):
        return True
    p = gazetteers.places()
    return plural and not any(w in p.all_names for w in words)


def _locate(text: str, hit: Hit) -> tuple[str | None, str | None]:
    """', Faisalabad' or 'in Khyber Pakhtunkhwa' right after the zone; else the gazetteer's location."""
    p = gazetteers.places()
    after = text[hit.end : hit.end + 60]
    m = re.match(
        r"\s*(?:\([^)]{1,12}\))?\s*(?:,|\bin|\bat|\bnear)\s+(?:the\s+)?([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})",
        after,
    )
    if m and ZONE_AFTER.match(after, m.end()):
        m = None  # "..., D.I.Khan Economic Zone, Buner Economic Zone": the next zone of a list
    if m:
        for name in p.all_names:
            if m.group(1).startswith(name):
                province = p.province_names.get(name) or p.places.get(name)
                location = None if name in p.province_names else name
                if hit.entry and province != hit.entry.province:
                    break  # "Rashakai, Dhabeji and ...": a list of zones, not a location
                if hit.entry:
                    return location or hit.entry.location, province or hit.entry.province
                return location, province
    if hit.entry:
        return hit.entry.location, hit.entry.province
    first = hit.name.split()[0]
    return (first, p.places[first]) if first in p.places else (None, None)


def extract_zones(doc: Doc) -> list[ZoneRecord]:
    text = doc_text(doc)
    zone_sents = [s for s in sentences(doc) if ZONE_CUE.search(text_of(s))]  # sentences about zones
    hits = _gazetteer_hits(text) + _discovered(text) + _bare_hits(zone_sents)
    hits += _typo_hits(doc, zone_sents) + _kind_first_hits(zone_sents) + _joined_hits(zone_sents)
    hits += _listed_hits(zone_sents, hits)
    hits += _generic_hits(text, hits)
    hits = [h for h in hits if not BODY_AFTER.match(text, h.end)]
    # a known zone wins over a discovered name that overlaps it ("M-3 Industrial City SEZ of ...")
    hits.sort(key=lambda h: (h.entry is None, -(h.end - h.start), h.start))
    taken: list[Hit] = []
    for hit in hits:
        if not any(h.start < hit.end and hit.start < h.end for h in taken):
            taken.append(hit)
    taken.sort(key=lambda h: h.start)
    records: dict[str, ZoneRecord] = {}
    for hit in taken:
        sent = sentence_at(doc, hit.start)
        mention = Mention(text[hit.start : hit.end], hit.start, hit.end, sent.start_char, sent.end_char)
        rec = records.get(hit.name)
        if rec is None:
            location, province = _locate(text, hit)
            rec = records[hit.name] = ZoneRecord(hit.name, location, province, rule=hit.rule)
        elif hit.entry is None and rec.location is None:
            rec.location, rec.province = _locate(text, hit)
        rec.mentions.append(mention)
    return list(records.values())
