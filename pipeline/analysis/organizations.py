"""Organisations: abbreviations tied to full names from "(BoI)" definitions and the gazetteer."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import OrganizationRecord
from models.records import Span as Mention
from pipeline.analysis.sentences import bounds_at, doc_text

DEFINITION = re.compile(
    r"((?:[A-Z][\w&.'-]*|of|and|for|the|on|&)(?:[ \-](?:[A-Z][\w&.'-]*|of|and|for|the|on|&)){1,9}) ?"
    r"\(([A-Z][A-Za-z&.\-]{1,11})\)"
)
SMALL = {"of", "and", "for", "the", "on", "&"}


@cache
def _government_pattern() -> re.Pattern[str]:
    places = gazetteers.places()
    names = sorted({*places.province_names, *places.countries}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:({alt}) [Gg]overnment|Government of (?:the )?({alt}))\b")


def _canonical_place(name: str) -> str:
    return gazetteers.places().province_names.get(name, name)


def _governments(doc: Doc, records: dict[str, OrganizationRecord]) -> None:
    """'The KP government', 'Government of Sindh': a body, named after the canonical place."""
    for m in _government_pattern().finditer(doc_text(doc)):
        full = f"Government of {_canonical_place(m.group(1) or m.group(2))}"
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            rec = records.setdefault(full, OrganizationRecord(full, rule="place-government"))
            rec.mentions.append(Mention(m.group(), m.start(), m.end(), *bounds_at(doc, m.start())))


def _initials_fit(full: str, abbrev: str) -> bool:
    initials = "".join(w[0] for w in re.split(r"[ \-]", full) if w and w not in SMALL).upper()
    letters = "".join(c for c in abbrev if c.isupper())
    it = iter(initials)
    return len(letters) >= 2 and all(c in it for c in letters)


def abbreviation_definitions(text: str) -> dict[str, str]:
    """{abbreviation: full name} from "Board of Investment (BoI)" in the text, trimmed to fit the initials."""
    found: dict[str, str] = {}
    for m in DEFINITION.finditer(text):
        words, abbrev = m.group(1).split(" "), m.group(2)
        # the shortest run of words before the brackets whose initials spell the abbreviation
        for i in range(len(words) - 1, -1, -1):
            candidate = " ".join(words[i:])
            if words[i] not in SMALL and words[i][0] == abbrev[0] and _initials_fit(candidate, abbrev):
                # "Member of Parliament (MP)", "National Security Adviser (NSA)": an office, no body
                if candidate.lower() not in _office_names() and words[-1].lower() not in _office_names():
                    found.setdefault(abbrev, candidate.removeprefix("Chinese ").removeprefix("Pakistani "))
                break
    return found


@cache
def _ranks() -> frozenset[str]:
    return frozenset(r.lower() for r in gazetteers.titles().ranks)


@cache
def _office_names() -> frozenset[str]:
    return frozenset(h.lower() for h in gazetteers.titles().heads)


def known_abbreviations(text: str) -> dict[str, str]:
    table = {o.abbreviation: o.name for o in gazetteers.organizations() if o.abbreviation}
    table |= {alias: o.name for o in gazetteers.organizations() for alias in o.aliases}
    # "China Pakistan Economic Corridor (CPEC)" defines the body the list spells with a hyphen: one body
    table |= {abbrev: _listed_spelling(full) for abbrev, full in abbreviation_definitions(text).items()}
    return table


def _spelling_key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


@cache
def _listed_spellings() -> dict[str, str]:
    return {_spelling_key(o.name): o.name for o in gazetteers.organizations()}


def _listed_spelling(full: str) -> str:
    return _listed_spellings().get(_spelling_key(full), full)


def org_countries() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for o in gazetteers.organizations():
        for name in (o.name, o.abbreviation, *o.aliases):
            if name:
                table[name] = o.country
    return table


@lru_cache(maxsize=256)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """One alternation over every name and abbreviation, longest first (the longest name wins where two
    overlap: "CPEC Authority" is not also a mention of "CPEC")."""
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def extract_organizations(
    doc: Doc, abbreviations: dict[str, str], people: list[tuple[int, int]] | None = None
) -> list[OrganizationRecord]:
    """Gazetteer bodies and defined abbreviations that the text names, each with its mentions; people are
    the character ranges of persons named, which no body's name runs into."""
    records: dict[str, OrganizationRecord] = {}
    text = doc_text(doc)
    defined = set(abbreviation_definitions(text).values())
    reverse: dict[str, str] = {}
    for abbrev, full in abbreviations.items():
        reverse.setdefault(full, abbrev)
    # every gazetteer body by its name too: one without letters or aliases ("World Bank") is named so
    named = {*abbreviations, *abbreviations.values(), *(o.name for o in gazetteers.organizations())}
    for m in _names_pattern(frozenset(named)).finditer(text):
        full = abbreviations.get(m.group(), m.group())
        rule = "defined-abbreviation" if full in defined else "gazetteer"
        if doc.char_span(m.start(), m.end(), alignment_mode="expand") is None:
            continue
        if _not_a_body(full):
            continue
        rec = records.setdefault(full, OrganizationRecord(full, reverse.get(full), rule=rule))
        rec.mentions.append(Mention(m.group(), m.start(), m.end(), *bounds_at(doc, m.start())))
    _governments(doc, records)
    _named_bodies(doc, records, people or [])
    for rec in records.values():
        rec.mentions.sort(key=lambda x: x.start)
    return sorted(records.values(), key=lambda r: r.mentions[0].start)


def _without_office(words: list[Token]) -> list[Token]:
    """'Director General of Foreign Service Academy', 'Director China Pakistan Study Centre': an office
    heading a body's name is the holder's; 'Federal Investigation Agency', 'General Assembly' and 'Chief
    Minister Secretariat' keep their names (a modifier or rank, or nothing left after the office)."""
    if len(words) > 2 and words[1].lower_ == "of" and words[0].lower_ in _ranks():
        return words[2:]  # "(Director) General of Foreign Service Academy": the entity cut the office
    text = " ".join(t.text for t in words)
    for office, size in _offices_longest_first():
        if text.startswith(office + " "):
            rest = words[size + 1 :] if words[size].lower_ == "of" else words[size:]
            own = len(rest) < 2 or any(t.text in BODY_HEADS for t in words[:size])
            return words if own else rest
    return words


def _before_a_rank(words: list[Token]) -> list[Token]:
    """'Authority Lieutenant General (retd) X': a rank right after a body's head word starts the holder's
    name, not more of the body ('General Assembly' opens with the word and keeps it)."""
    for k in range(1, len(words)):
        if words[k - 1].text in BODY_HEADS and words[k].lower_ in _rank_words():
            return words[:k]
    return words


@cache
def _rank_words() -> frozenset[str]:
    return frozenset(r for r in _ranks() if " " not in r and r.isalpha())


@cache
def _offices_longest_first() -> tuple[tuple[str, int], ...]:
    """Office titles with their word counts, longest first, sorted once (not per name checked)."""
    heads = sorted(gazetteers.titles().heads, key=len, reverse=True)
    return tuple((h, len(h.split())) for h in heads)


def _not_a_body(name: str) -> bool:
    """'Artificial Intelligence (AI)', 'Memorandums of Understanding (MoUs)': a field or a document."""
    words = re.split(r"[ \-]", name)
    # ("National University of Sciences and Technology" is a university; a listed body is one)
    listed = _spelling_key(name) in _listed_spellings()
    if not listed and _a_place(name):
        return True  # "Gilgit Baltistan (GB)": a province's letters, not a body
    return words[-1] in gazetteers.not_body_heads() and not listed and not any(w in BODY_HEADS for w in words)


@cache
def _places() -> frozenset[str]:
    p = gazetteers.places()
    return frozenset(n.lower().replace("-", " ") for n in (*p.all_names, *p.countries, *p.country_aliases))


def _a_place(name: str) -> bool:
    return name.lower().replace("-", " ") in _places()


# The words that make an ORG entity a body ("Ministry of Interior", "Oman Chamber of Commerce and Industry"),
# not a project, a product or a mislabelled person.
BODY_HEADS = frozenset(
    {
        "Ministry", "Authority", "Commission", "Committee", "Council", "Division", "Department", "Bank",
        "Company", "Corporation", "Chamber", "Association", "Embassy", "Agency", "Bureau", "Institute",
        "University", "Centre", "Center", "Cell", "Forum", "Secretariat", "Directorate", "Tribunal",
        "Organisation", "Organization", "Federation", "Foundation", "Board", "Assembly", "Senate",
        "Consulate", "Academy", "Court", "Party", "Navy", "Army", "Force", "Corps", "Police", "Club",
    }
)  # fmt: skip


def _named_bodies(doc: Doc, records: dict[str, OrganizationRecord], people: list[tuple[int, int]]) -> None:
    """Bodies our lists do not know, where no gazetteer name or definition already covers them: spaCy's
    ORG entities with a body head word, and proper-noun chunks headed by one ("the China-Pakistan Donkey
    Industry Development Forum", which the model often leaves untagged). Then "the Ministry" after
    "Ministry of Interior" is a mention of it."""
    covered = [(m.start, m.end) for rec in records.values() for m in rec.mentions]
    spans = [(e, "named-entity") for e in doc.ents if e.label_ == "ORG"]
    spans += [(s, "proper-noun-chunk") for s in _proper_noun_runs(doc)]
    for span, rule in spans:
        words = [t for t in span if not (t.i == span.start and t.lower_ in {"the", "a", "an"})]
        # "Director General of Foreign Service Academy", "Director China Pakistan Study Centre": an office
        # before the body is the holder's, not part of the body's name
        words = _before_a_rank(_without_office(words))
        if len(words) < 2 or not words[0].text[:1].isupper():
            continue
        if rule == "proper-noun-chunk" and not all(t.pos_ == "PROPN" or t.text in {"-", "&"} for t in words):
            continue
        start, end = words[0].idx, span.end_char
        # "... National People's Congress Zhao Leji": the body ends where a person's name begins
        end = min([end, *(s for s, _e in people if start < s < end)])
        while end > start and doc_text(doc)[end - 1] in " ,":
            end -= 1
        if not any(t.text in BODY_HEADS | SESSION_HEADS for t in words if t.idx < end):
            continue
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        name = doc_text(doc)[start:end]
        rec = records.setdefault(name, OrganizationRecord(name, rule=rule))
        rec.mentions.append(Mention(name, start, end, *bounds_at(doc, start)))
    _back_references(doc, records, covered)


def _proper_noun_runs(doc: Doc) -> list[Span]:
    """Runs of proper nouns (with '-' and '&') that end in a body or session word: the noun chunks that
    matter here, found without computing every chunk of the Doc."""
    runs = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.text not in SESSION_HEADS | BODY_HEADS:
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in {"-", "&"}):
            start -= 1
        runs.append(doc[start : tok.i + 1])
    return runs


SESSION_HEADS = frozenset({"Forum", "Conference", "Summit", "Dialogue", "Symposium"})


THE_BODY = re.compile(
    rf"\b[Tt]he ({'|'.join(sorted(BODY_HEADS))})\b(?! of\b)"
)  # "the Ministry", not "... of"


def _back_references(
    doc: Doc, records: dict[str, OrganizationRecord], covered: list[tuple[int, int]]
) -> None:
    """'the Ministry', 'the Authority': the body with that head word named last before it."""
    for m in THE_BODY.finditer(doc_text(doc)):
        start, end = m.start(1), m.end(1)
        if any(s <= start < e for s, e in covered):
            continue
        named = [
            (x.start, rec)
            for rec in records.values()
            for x in rec.mentions
            if x.end <= start and m.group(1) in rec.name.split()
        ]
        if named:
            rec = max(named, key=lambda pair: pair[0])[1]
            rec.mentions.append(Mention(m.group(1), start, end, *bounds_at(doc, start)))
