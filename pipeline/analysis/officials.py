"""Officials: person, office, organisation and country from the patterns news writes.

"TITLE [of|for ORG] [,] [RANK] NAME" ("Secretary Commerce, Tariq Mehmood", "Chairman GPA Lt Gen (R) X Y"),
"[ORG] TITLE NAME" ("NDRC Deputy Director-General Liu Wei"), "NAME, TITLE [of ORG]" ("Hina Baig, Minister
for Planning"), plural offices before a list ("MNAs A B, C D and E F"), then every later mention of the
person by full name, surname or office alone ("the minister").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import Official, TitleHeld
from pipeline.analysis.official_mentions import Person, collect_mentions
from pipeline.analysis.sentences import sentences

CONNECTORS = {"of", "for", "to", "on", "and", "&", ",", "(", ")", "-", "the", "in"}
NAME_PARTICLES = {"ur", "ul", "ud", "ud-", "al", "bin", "ibn", "e", "-", "de", "van", "von"}
STOP_WORDS = {
    "said",
    "says",
    "told",
    "while",
    "who",
    "which",
    "that",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "here",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
}
# "Adviser to the Prime Minister X": an office after these words names the body, not the person's office.
OFFICE_AS_BODY = {"to", "of"}
BODY_GAP = 4  # tokens between an office and a following "to/of [the] OFFICE" that names its body
PORTFOLIO_LINKS = {"on", "for"}  # "adviser on finance", "special assistant on industries"
MAX_RUN = 14
MAX_NAME = 4


@dataclass
class Found:
    name_tokens: list[Token]
    title: str
    organization: str | None
    cue_text: str  # the words around the office, for the country


def _lex() -> gazetteers.TitleLexicon:
    return gazetteers.titles()


@cache
def _head_pattern() -> re.Pattern[str]:
    lex = _lex()
    heads = sorted(lex.heads, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(h) for h in heads) + r")(s)?\b", re.IGNORECASE)


def _is_place(text: str) -> bool:
    p = gazetteers.places()
    return text in p.places or text in p.province_names or text in p.countries


def _name_token(tok: Token) -> bool:
    text = tok.text
    if text.lower() in NAME_PARTICLES and tok.i > 0:
        return True
    return (
        text[:1].isupper()
        and text.isalpha()
        and not (text.isupper() and len(text) > 1)
        and text not in _lex().org_words
        and not _is_place(text)
        and text not in _lex().honorifics
        and not _rank_token(tok)
    )


@cache
def _rank_words() -> frozenset[str]:
    lex = _lex()
    return frozenset(w for r in (*lex.ranks, *lex.honorifics) for w in re.findall(r"[\w]+|[()]", r))


def _rank_token(tok: Token) -> bool:
    return tok.text.rstrip(".") in _rank_words() or tok.text in {"(", ")", "."}


def _trim_particles(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].text.lower() in NAME_PARTICLES:
        tokens = tokens[1:]
    while tokens and tokens[-1].text.lower() in NAME_PARTICLES:
        tokens = tokens[:-1]
    return tokens


def _name_suffix(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a run of tokens into (what precedes the name, the name) taking the name from the end."""
    name: list[Token] = []
    i = len(run) - 1
    while i >= 0 and _name_token(run[i]) and len([t for t in name if t.text.isalpha()]) < MAX_NAME:
        name.insert(0, run[i])
        i -= 1
    name = _trim_particles(name)
    rest = run[: len(run) - len(name)] if name else run
    while rest and _rank_token(rest[-1]):
        rest = rest[:-1]
    return rest, name


def _name_prefix(part: list[Token]) -> tuple[list[Token], list[Token]]:
    """'Director General Ayesha Khan of the Port Authority': a name first, then 'of' and the body."""
    n = 0
    while n < len(part) and n < MAX_NAME and _name_token(part[n]):
        n += 1
    if n < 2 or (n < len(part) and part[n].lower_ not in {"of", "from", "at"}):
        return [], part
    return _trim_particles(part[:n]), part[n:]


def _first_name(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """The name ends the first comma-separated part that ends in one: "Secretary Commerce, Tariq Mehmood",
    "Minister for Energy Hammad Azhar, National Security Advisor ...", "Minister for Planning, Development
    and Reforms Hina Baig"."""
    cut = 0
    for i, tok in enumerate([*run, None]):
        if tok is not None and tok.text not in {",", "and"}:
            continue
        rest, name = _name_suffix(run[cut:i])
        if len(name) >= 2:
            return run[:cut] + rest, name
        name, after = _name_prefix(run[cut:i])
        if len(name) >= 2:
            return run[:cut] + after, name
        cut = i + 1
    return run, []


def _run_after(sent: Span, start: int, heads: set[int], as_body: set[int]) -> list[Token]:
    """Capitalised words and connectors after an office, up to a verb, lower-case word or next office.
    Lower-case portfolios ("on finance") and offices naming the body ("to the chief minister") belong in."""
    run: list[Token] = []
    for tok in sent.doc[start : sent.end]:
        if tok.i in heads or len(run) >= MAX_RUN or (tok.text in _lex().modifiers and tok.i + 1 in heads):
            break
        text = tok.text
        is_cap = text[:1].isupper() or text.isupper()
        if text in {".", ";", ":", '"', "'"} or text.lower() in STOP_WORDS:
            break
        glued = text.lower() in NAME_PARTICLES and run and run[-1].text == "-"  # Khashih-ur-Rehman
        portfolio = bool(run) and run[-1].lower_ in PORTFOLIO_LINKS and tok.pos_ in {"NOUN", "PROPN"}
        body = tok.i in as_body or (tok.i + 1 in as_body and tok.lower_ in _lower_modifiers())
        # "for the KP government": a lower-case body word after a capitalised one
        body = body or (bool(run) and run[-1].text[:1].isupper() and tok.text.title() in _lex().org_words)
        allowed = is_cap or glued or portfolio or body or text.lower() in CONNECTORS or _rank_token(tok)
        if not allowed:
            break
        run.append(tok)
    while run and run[-1].text.lower() in CONNECTORS:
        run.pop()
    return run


@cache
def _lower_modifiers() -> frozenset[str]:
    return frozenset(m.lower() for m in _lex().modifiers)


def _org_text(tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].text.lower() in CONNECTORS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.lower() in CONNECTORS):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _abbreviation(text: str) -> bool:
    return sum(c.isupper() for c in text) >= 2 and text.isalpha()


def _left_context(doc: Doc, start: int, sent_start: int) -> tuple[int, str | None, int]:
    """Modifiers of the office, an organisation written before it ("NDRC Deputy Director-General"), and
    where the words that may carry a country cue ("Chinese ...") begin."""
    lex = _lex()
    i = start
    while i > sent_start and doc[i - 1].text in lex.modifiers:
        i -= 1
    j = i
    while j > sent_start and j > i - 8 and (doc[j - 1].text in {"(", ")"} or doc[j - 1].text[:1].isupper()):
        j -= 1
    words = doc[j:i]
    org = None
    if len(words):
        bracketed = re.search(r"\(([A-Z][A-Za-z&-]{1,10})\)\s*$", words.text)
        if bracketed:
            org = bracketed.group(1)
        elif all(_abbreviation(t.text) or t.text in lex.org_words for t in words) and not any(
            t.text in cues for cues in lex.country_cues.values() for t in words
        ):
            org = words.text
    return i, org, max(sent_start, j - 2)


def _offices(sent: Span) -> tuple[list[tuple[int, int, bool]], set[int]]:
    """(start token, end token, plural) of each office named in a sentence, and the tokens of offices that
    name a body ("adviser to the chief minister"): those belong to the office before them."""
    found: list[tuple[int, int, bool]] = []
    as_body: set[int] = set()
    last_end = -BODY_GAP - 1
    for m in _head_pattern().finditer(sent.text):
        span = sent.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if span is None:
            continue
        gap = sent.doc[last_end : span.start] if 0 <= span.start - last_end <= BODY_GAP else None
        # "chairmanship of MNA X" is an office; "Adviser to the (KP) Prime Minister X" names the body
        if gap is not None and len(gap) and gap[0].lower_ in OFFICE_AS_BODY:
            as_body.update(range(span.start, span.end))
        else:
            found.append((span.start, span.end, bool(m.group(2))))
        last_end = span.end
    return found, as_body


def _name_before(sent: Span, title_start: int) -> list[Token]:
    """'Hina Baig, Minister for ...': the name right before an office, across one comma."""
    i = title_start - 1
    if i < sent.start or sent.doc[i].text != ",":
        return []
    run: list[Token] = []
    i -= 1
    while i >= sent.start and _name_token(sent.doc[i]) and len(run) < MAX_NAME:
        run.insert(0, sent.doc[i])
        i -= 1
    return _trim_particles(run)


def _title_text(text: str, plural: bool) -> str:
    """The office as a title: "special assistant" -> "Special Assistant", "MNAs" -> "MNA"."""
    if plural:
        text = text[:-1]
    return " ".join(w if w in CONNECTORS else w[:1].upper() + w[1:] for w in text.split())


def _listed_names(sent: Span, start: int) -> list[list[Token]]:
    """Names after a plural office: "MNAs A B, C D in person and E F (through video-link)". Each comma/and
    group contributes its leading capitalised words; the list ends at the first group that has none."""
    groups: list[list[Token]] = [[]]
    for tok in sent.doc[start : sent.end]:
        if tok.text in {",", "and"}:
            groups.append([])
        elif tok.text in {".", ";", ":"}:
            break
        else:
            groups[-1].append(tok)
    names = []
    for group in groups:
        lead: list[Token] = []
        for tok in group:
            if not (_name_token(tok) or _rank_token(tok)):
                break
            lead.append(tok)
        while lead and _rank_token(lead[-1]):
            lead.pop()
        _rest, name = _name_suffix(lead)
        if len(name) < 2:
            break
        names.append(name)
    return names


def find_officials_in_sentence(sent: Span) -> list[Found]:
    doc = sent.doc
    offices, as_body = _offices(sent)
    heads = {i for s, e, _p in offices for i in range(s, e)}
    found: list[Found] = []
    for start, end, plural in offices:
        title_start, left_org, cue_start = _left_context(doc, start, sent.start)
        title = _title_text(doc[title_start:end].text, plural)
        cue = doc[cue_start:end].text
        if plural:
            found += [Found(name, title, left_org, cue) for name in _listed_names(sent, end)]
            continue
        run = _run_after(sent, end, heads - set(range(start, end)), as_body)
        rest, name = _first_name(run)
        if len(name) >= 2 or (len(name) == 1 and name[0].ent_type_ == "PERSON"):
            org = _org_text(rest)
            if org is None or (left_org and _is_place(org)):  # "(NDRC) director general, China X Y"
                org = left_org
            found.append(Found(name, title, org, cue))
            continue
        before = _name_before(sent, title_start)
        if len(before) >= 2:
            found.append(Found(before, title, _org_text(run) or left_org, cue))
    return found


def _country(person: Person, known: dict[str, str | None]) -> str | None:
    lex = _lex()
    for entry in gazetteers.people():
        if person.name.lower() in {n.lower() for n in (entry.name, *entry.aliases)}:
            return entry.country
    text = " ".join(person.cues + [t.organization or "" for t in person.titles])
    words = set(re.findall(r"[\w']+", text))
    for org, country in known.items():
        if country and org and org in text:
            return country
    for country in ("China", "Pakistan"):
        if words & set(lex.country_cues[country]):
            return country
    return lex.default_country


def _expand(org: str | None, abbreviations: dict[str, str]) -> str | None:
    if org is None:
        return None
    return abbreviations.get(org, org)


def _name_text(tokens: list[Token]) -> str:
    """Normalised full name: glued parts separated, hyphenated particles kept ("Khashih-ur-Rehman")."""
    out = ""
    for tok in tokens:
        joiner = "" if (tok.text == "-" or out.endswith("-") or not out) else " "
        out += joiner + tok.text
    return out


def extract_officials(
    doc: Doc, abbreviations: dict[str, str], org_countries: dict[str, str | None]
) -> list[Official]:
    people: dict[tuple[str, ...], Person] = {}
    for sent in sentences(doc):
        for f in find_officials_in_sentence(sent):
            key = _key(f.name_tokens)
            text = _name_text(f.name_tokens)
            person = _merge_target(people, key) or people.setdefault(key, Person(text, key))
            if key == person.key_tokens and text != person.name:
                person.aliases.add(text)  # another spelling of the same name
            org = _expand(f.organization, abbreviations)
            if not any(t.title == f.title and t.organization == org for t in person.titles):
                person.titles.append(TitleHeld(f.title, org))
            person.cues.append(f.cue_text)
    collect_mentions(doc, people)
    return [_official(p, org_countries) for p in people.values()]


def _key(tokens: list[Token]) -> tuple[str, ...]:
    """Identity of a name within the article: case and transliteration folded (Mohammad = Muhammad)."""
    variants = gazetteers.name_variants()
    return tuple(variants.get(t.lower_, t.lower_) for t in tokens if t.text != "-")


def _merge_target(people: dict[tuple[str, ...], Person], key: tuple[str, ...]) -> Person | None:
    """The same person under a longer or shorter form of the name (Ali Qureshi / Farhan Ali Qureshi)."""
    for other_key, person in people.items():
        if key == other_key:
            return person
        short, long_ = sorted((key, other_key), key=len)
        if len(short) >= 2 and tuple(long_[-len(short) :]) == short:
            if len(key) > len(other_key):
                person.aliases.add(person.name)
            return person
    return None


def _official(person: Person, org_countries: dict[str, str | None]) -> Official:
    main = max(person.titles, key=lambda t: (t.organization is not None, len(t.title)))
    mentions = sorted(set(person.mentions), key=lambda m: m.start)
    return Official(
        name=person.name,
        title=main.title,
        organization=main.organization,
        country=_country(person, org_countries),
        titles=person.titles,
        mentions=mentions,
        aliases=sorted(person.aliases),
    )
