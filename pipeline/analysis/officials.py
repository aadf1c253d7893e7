"""Officials: person, office, organisation and country from the patterns news writes.

"TITLE [of|for ORG] [,] [RANK] NAME" ("Secretary Commerce, Tariq Mehmood", "CM Sindh X Y", "Chairman GPA
Lt Gen (R) X Y"), "[ORG|PLACE|NATIONALITY] TITLE NAME" ("NDRC Deputy Director-General Liu Wei", "Punjab
Governor X Y"), "NAME, TITLE [of ORG]" ("Hina Baig, Minister for Planning"), plural offices before a list
("MNAs A B, C D and E F", "Chief Ministers of Sindh X Y and Punjab Z W"), then every later mention of the
person by full name, surname or office alone ("the minister").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.names import same_person
from models.records import Official, TitleHeld
from pipeline.analysis.countries import country_of, well_known
from pipeline.analysis.offices import (
    Office,
    diplomatic,
    lexicon,
    offices_in,
    place_name,
    place_tokens,
)
from pipeline.analysis.official_mentions import Person, collect_mentions
from pipeline.analysis.sentences import sentences, text_of
from pipeline.analysis.tense import governing_verb

CONNECTORS = {"of", "for", "to", "on", "and", "&", ",", "(", ")", "-", "the", "in", "'s", "’s"}
NAME_PARTICLES = {"ur", "ul", "ud", "ud-", "al", "bin", "ibn", "e", "-", "de", "van", "von"}
# "Ehsan ullah Tiwana": written in lower case these glue a name; "Agha Rafi Ullah" ends on a name word
LOWER_PARTICLES = {"ullah", "uddin"}


def _particle(text: str) -> bool:
    return text.lower() in NAME_PARTICLES or text in LOWER_PARTICLES


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
PORTFOLIO_LINKS = {"on", "for"}  # "adviser on finance", "special assistant on industries"
RANK_DOTS = {"lt", "gen", "col", "maj", "brig", "capt", "dr", "mr", "mrs", "ms", "prof", "engr", "retd"}
MAX_RUN = 24
MAX_NAME = 5


@dataclass
class Found:
    name_tokens: list[Token]
    title: str
    organization: str | None
    cue_text: str  # the words around the office, for the country
    rule: str
    country: str | None = None  # said by the office itself (a nationality, an ambassador's state)
    apposition: bool = False  # "A B, OFFICE, ..., and C D": the office follows a name already titled


# "In Beijing, the prime minister will meet": a capitalised preposition opening a sentence is no name
FUNCTION_WORDS = frozenset(
    {"in", "at", "on", "for", "from", "with", "during", "after", "before", "under", "by", "the", "this"}
    | {"that", "meanwhile", "later", "earlier", "also", "however", "moreover"}
)


def _name_token(tok: Token, place_ok: bool = False) -> bool:
    """A word that can be part of a person's name. A place name is one only inside a name ("Ali Mardan
    Khan"): place_ok says a name word stands right before it."""
    text = tok.text
    if _particle(text) and tok.i > 0:
        return True
    lex = lexicon()
    return (
        text[:1].isupper()
        and text.isalpha()
        and not (text.isupper() and len(text) > 1)
        and text not in lex.org_words
        and text not in _office_words()
        and not (text.endswith("s") and text[:-1] in _office_words())  # "Cabinet of Ministers X"
        and (place_ok or tok.i not in place_tokens(tok.doc))
        and text not in lex.honorifics
        and text not in lex.nationalities
        and not _rank_token(tok)
        and not (text.lower() in FUNCTION_WORDS and tok.pos_ in {"ADP", "DET", "SCONJ", "ADV"})
    )


@cache
def _office_words() -> frozenset[str]:
    """Words of offices ("Founder", "Director", "Minister"): never a name."""
    lex = lexicon()
    words = {w for h in lex.heads for w in re.findall(r"[A-Z][a-z]+", h.title())}
    return frozenset(words | {"Founder", "Member", "Members", "Officials", "Officers", "Leader", "Leaders"})


@cache
def _rank_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w for r in (*lex.ranks, *lex.honorifics) for w in re.findall(r"[\w]+|[()]", r))


@cache
def _leading_rank_words() -> frozenset[str]:
    """Words that open a rank of several words and are none alone ("Group" of "Group Captain", "Wing",
    "Air"): a rank only when the rest follows ("Friendship Group Noor Alam Khan" names a group)."""
    lex = lexicon()
    entries = [re.findall(r"[\w]+|[()]", r) for r in (*lex.ranks, *lex.honorifics)]
    alone = {w for e in entries for w in e[-1:]}
    return frozenset(w for e in entries for w in e[:-1] if w not in alone and w.istitle() and len(w) > 1)


def _rank_token(tok: Token) -> bool:
    """A rank word, its brackets and dots, or the hyphen of "Lt-Gen"."""
    if tok.text in {"-", "'", "’"}:  # "Lt-Gen", "Dato' X"
        return tok.i > 0 and tok.doc[tok.i - 1].text.rstrip(".") in _rank_words()
    if tok.text in _leading_rank_words():
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.text.replace(".", "") in _rank_words()
    # "H.E.": an honorific written with dots inside it
    return tok.text.replace(".", "") in _rank_words() or tok.text in {"(", ")", "."}


def _trim_particles(tokens: list[Token]) -> list[Token]:
    while tokens and _particle(tokens[0].text):
        tokens = tokens[1:]
    while tokens and _particle(tokens[-1].text):
        tokens = tokens[:-1]
    return tokens


def _name_suffix(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a run of tokens into (what precedes the name, the name) taking the name from the end."""
    name: list[Token] = []
    i = len(run) - 1
    while i >= 0 and len([t for t in name if t.text.isalpha()]) < MAX_NAME:
        # "Ali Mardan Khan": Mardan is a name here; "Gilgit-Baltistan Khalid": a hyphen joins a place
        inside = bool(name) and i > 0 and _name_token(run[i - 1]) and run[i - 1].text != "-"
        # "Tauseef H Farooqi": a middle initial between two words of a name
        initial = inside and len(run[i].text.rstrip(".")) == 1 and run[i].text[:1].isupper()
        if not (_name_token(run[i], place_ok=inside) or initial):
            break
        name.insert(0, run[i])
        i -= 1
    name = _trim_particles(name)
    if len(name) > 2 and name[0].ent_type_ in {"GPE", "LOC", "NORP"} and _after_preposition(name[0]):
        name = name[1:]  # "Ambassador in Beijing Khalil Hashmi": the place ends the office, not the name
    rest = run[: run.index(name[0])] if name else run
    while rest and _rank_token(rest[-1]):
        if rest[-1].text == ")" and not _rank_bracket(rest):
            break  # "Authority (NEPRA) Tauseef", "Energy (Power Division) Mr. X": the body's own bracket
        rest = rest[:-1]
    return rest, name


def _after_preposition(tok: Token) -> bool:
    """'in Beijing': a word right after a preposition ("Murtaza" opening a list item is a first name the
    model may call a place)."""
    return tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP"


def _rank_bracket(rest: list[Token]) -> bool:
    """The bracket that ends rest holds only rank words: "Brig (R)", "Lt Gen ( retd)"."""
    opening = max((i for i, t in enumerate(rest) if t.text == "("), default=None)
    if opening is None:
        return True
    inside = rest[opening + 1 : -1]
    return all(t.text.replace(".", "") in _rank_words() for t in inside)


def _after_rank(run: list[Token], name: list[Token]) -> bool:
    """A one-word name is a name when a rank or honorific stands right before it ("Col (retd) Shahid")."""
    if len(name) != 1:
        return False
    i = run.index(name[0])
    return i > 0 and _rank_token(run[i - 1]) and run[i - 1].text not in {"(", ".", ","}


def _speaking_name(name: list[Token]) -> bool:
    """'President Alvi said', 'Minister for Information Aurangzeb has said': one capitalised word between
    an office and the verb it governs is its holder's name, when it is no place, body or portfolio; so is
    an office holder's one word before a possessive ("Prime Minister Modi's visits")."""
    if len(name) != 1:
        return False
    tok = name[0]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and (nxt.pos_ in {"VERB", "AUX"} or (nxt.tag_ == "POS" and _after_leader_office(tok)))
        and not _after_preposition(tok)  # "High Commissioner in London said": a place
        and tok.pos_ == "PROPN"
        and tok.is_title
        and tok.ent_type_ == "PERSON"  # not "Chairman Wapda said", "High Commissioner London said"
        and tok.text not in lexicon().portfolio_words
        and tok.i not in place_tokens(tok.doc)
    )


def _after_leader_office(tok: Token) -> bool:
    """'Prime Minister Modi's', 'President Xi's': after a head of state or government the word is a name;
    after a body's head it is mostly the body ("Chairman Wapda's plan")."""
    before = tok.doc[max(tok.i - 3, 0) : tok.i].text.lower()
    return any(before == h or before.endswith(" " + h) for h in lexicon().leader_heads)


def _name_prefix(part: list[Token]) -> tuple[list[Token], list[Token]]:
    """'Director General Ayesha Khan of the Port Authority': a name first, then 'of' and the body."""
    n = 0
    while n < len(part) and n < MAX_NAME and _name_token(part[n]):
        n += 1
    if n < 2 or (n < len(part) and part[n].lower_ not in {"of", "from", "at", "in", "to"}):
        return [], part
    # "of/from/at the body"; "in New York" is where he was and "to China" where he went ("the visit of
    # Prime Minister X to China"), no body of his
    body = part[n:] if n == len(part) or part[n].lower_ not in {"in", "to"} else []
    return _trim_particles(part[:n]), body


def _object_of_preposition(name: list[Token]) -> bool:
    """'... in New York', '... at Flint Global': words right after a preposition, in no part a person."""
    return bool(name) and _after_preposition(name[0]) and all(t.ent_type_ != "PERSON" for t in name)


def _of_known_body(part: list[Token]) -> bool:
    """The part ends in 'of' and a body the gazetteer knows ('of Pakistan Tehreek-e-Insaf', 'of the PPP')."""
    of = next((k for k, t in enumerate(part) if t.lower_ == "of"), None)
    if of is None or of == 0 or of + 1 >= len(part):
        return False
    doc = part[0].doc
    body = doc[part[of + 1].i : part[-1].i + 1].text
    return body.removeprefix("the ").lower() in _body_names()


@cache
def _body_names() -> frozenset[str]:
    return frozenset(
        n.lower()
        for o in gazetteers.organizations()
        for n in (o.name, *o.aliases, *([o.abbreviation] if o.abbreviation else []))
    )


def _first_name(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """The name ends the first comma-separated part that ends in one: "Secretary Commerce, Tariq Mehmood",
    "Minister for Energy Hammad Azhar, National Security Advisor ...", "Minister for Planning, Development
    and Reforms Hina Baig"."""
    cut = 0
    for i, tok in enumerate([*run, None]):
        if tok is not None and tok.text not in {",", "and"}:
            continue
        part = run[cut:i]
        if len(part) == 1 and part[0].ent_type_ == "PERSON" and tok is not None and tok.text == "and":
            return run[:cut], part  # "President Xi and Nawaz Sharif": the one-word name is the holder
        if _of_known_body(part):
            # "Senator Syed Ali Zafar of Pakistan Tehreek-e-Insaf": the name, then the body he belongs to
            lead = 0
            while lead < len(part) and _rank_token(part[lead]):
                lead += 1  # "Syed", "Dr": kept apart from the name
            name, after = _name_prefix(part[lead:])
            if len(name) >= 2:
                return run[:cut] + after, name
        rest, name = _name_suffix(part)
        holder = len(name) >= 2 or _after_rank(part, name) or _speaking_name(name)
        # "President Joe Biden in New York", "Senior Adviser at Flint Global": the name comes first
        if holder and not _object_of_preposition(name):
            return run[:cut] + rest, name
        name, after = _name_prefix(part)
        if len(name) >= 2:
            return run[:cut] + after, name
        cut = i + 1
    return run, []


def _run_after(sent: Span, start: int, heads: set[int], as_body: set[int]) -> list[Token]:
    """Capitalised words and connectors after an office, up to a verb, lower-case word or next office.
    Lower-case portfolios ("on finance") and offices naming the body ("to the chief minister") belong in."""
    run: list[Token] = []
    lex = lexicon()
    for tok in sent.doc[start : sent.end]:
        if tok.i in heads or len(run) >= MAX_RUN or (tok.text in lex.modifiers and tok.i + 1 in heads):
            break
        text = tok.text
        is_cap = text[:1].isupper() or text.isupper()
        rank_dot = text == "." and bool(run) and run[-1].lower_ in RANK_DOTS  # "Lt. Gen (Retd)"
        quoted_rank = text == "'" and bool(run) and run[-1].text in _rank_words()  # "Dato' X"
        if (
            text in {".", ";", ":", '"', "'"} and not rank_dot and not quoted_rank
        ) or text.lower() in STOP_WORDS:
            break
        if text.lower() in {"'s", "’s"} and run and _name_token(run[-1]):
            break  # "President X Y's initiative": the possessor ends the run, his belongings do not join
        glued = _particle(text) and run and run[-1].text == "-"  # Khashih-ur-Rehman
        # "Aftab ur Rehman Rana", "Anwar ul Haq": a particle between two words of a name
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        glued = glued or (
            _particle(text)
            and bool(run)
            and run[-1].text[:1].isupper()
            and nxt is not None
            and nxt.text[:1].isupper()
        )
        # ... but after the name it is what the holder did: "Governor X Y on arrival at the airport"
        portfolio = (
            bool(run)
            and run[-1].lower_ in PORTFOLIO_LINKS
            and tok.pos_ in {"NOUN", "PROPN"}
            and not any(t.ent_type_ == "PERSON" for t in run)
        )
        body = tok.i in as_body or (tok.i + 1 in as_body and tok.lower_ in _lower_modifiers())
        # "for the KP government": a lower-case body word after a capitalised one
        after_cap = bool(run) and run[-1].text[:1].isupper()
        # "the Chapargram village council": a lower-case kind of body between the name and its body word
        kind = after_cap and tok.dep_ == "compound" and nxt is not None and nxt.text.title() in lex.org_words
        after_kind = (
            len(run) >= 2 and run[-1].dep_ == "compound" and run[-1].is_lower and run[-2].text.istitle()
        )
        body = body or kind or ((after_cap or after_kind) and tok.text.title() in lex.org_words)
        posted_at = not run and text == "at"  # "Counsellor at the Embassy": where the office is held
        allowed = is_cap or glued or portfolio or body or rank_dot or posted_at or text.lower() in CONNECTORS
        if not (allowed or _rank_token(tok)):
            break
        run.append(tok)
    while run and run[-1].text.lower() in CONNECTORS | {"at"} and not _closes_bracket(run):
        run.pop()
    return run


def _closes_bracket(run: list[Token]) -> bool:
    """'... Affairs (NIMA),': the bracket closes an abbreviation the run opened; it stays ("the former prime
    minister (Nawaz Sharif)" brackets a name, which the bracket must not hide)."""
    return len(run) >= 3 and run[-1].text == ")" and run[-3].text == "(" and run[-2].text.isupper()


@cache
def _lower_modifiers() -> frozenset[str]:
    return frozenset(m.lower() for m in lexicon().modifiers)


HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."}


def _org_text(tokens: list[Token]) -> str | None:
    """The body's words without the connectors around them; a closing bracket stays when it closes an
    abbreviation ("Port Authority (GPA)"), and the next person's honorific ("..., Mr.") goes."""
    while tokens and (tokens[0].text.lower() in CONNECTORS | {"at"}):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.lower() in CONNECTORS | HONORIFICS):
        if tokens[-1].text == ")" and "(" in {t.text for t in tokens}:
            break
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


# Words between the comma and the office of an apposition: "X, the then Prime Minister", "X, a former envoy"
ARTICLES = frozenset({"the", "a", "an"})
APPOSITION_WORDS = ARTICLES | {"then", "former", "late", "current", "incumbent", "now"}


def _name_before(sent: Span, title_start: int, office_phrase: bool, glued: bool = False) -> list[Token]:
    """'Hina Baig, Minister for ...', 'Nawaz Sharif, the then Prime Minister', 'X as Prime Minister': the
    name right before an office, across one comma (or 'as') and an article or time word; with glued, also
    the name written right against it ("A B Secretary National Assembly and C D")."""
    i = title_start - 1
    if glued and i >= sent.start and _name_token(sent.doc[i]):
        return _trim_particles(_name_run_ending(sent, i))
    while i > sent.start and sent.doc[i].lower_ in APPOSITION_WORDS:
        i -= 1
    skipped = {t.lower_ for t in sent.doc[i + 1 : title_start]}
    if skipped and skipped <= ARTICLES and not office_phrase:
        return []  # "Recalling Phase I, the minister said": the subject of the next clause, no apposition
    if i < sent.start or sent.doc[i].text not in {",", "as"}:
        return []
    return _trim_particles(_name_run_ending(sent, i - 1))


def _after_the(sent: Span, first: Token) -> bool:
    """'the' right before the name, or before a nationality right before it ("the Chinese New Year");
    not "of the SCO Zhang Ming", where a body's abbreviation stands between."""
    doc = sent.doc
    before = doc[first.i - 1] if first.i > sent.start else None
    if before is None:
        return False
    if before.lower_ == "the":
        return True
    nationality = before.text in lexicon().nationalities
    return nationality and first.i - 2 >= sent.start and doc[first.i - 2].lower_ == "the"


def _honorific_after(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in HONORIFICS


def _joined_before(sent: Span, name: list[Token]) -> int | None:
    """Where an 'and' stands right before the name (honorifics and ranks between), or None."""
    if not name:
        return None
    i = name[0].i - 1
    while i > sent.start and _rank_token(sent.doc[i]):
        i -= 1
    return i if sent.doc[i].lower_ == "and" else None


def _name_run_ending(sent: Span, i: int) -> list[Token]:
    run: list[Token] = []
    while i >= sent.start and _name_token(sent.doc[i]) and len(run) < MAX_NAME:
        run.insert(0, sent.doc[i])
        i -= 1
    return run


def _listed_names(sent: Span, start: int) -> list[tuple[list[Token], str | None]]:
    """Names after a plural office: "MNAs A B, C D in person and E F (through video-link)", "Chief
    Ministers of Sindh A B and Punjab C D". Each comma/and group gives its leading capitalised words (a
    place first is that person's body); the list ends at the first group that has no name."""
    groups: list[list[Token]] = [[]]
    for tok in sent.doc[start : sent.end]:
        if tok.text == "," or tok.lower_ == "and":  # "C D, Poonjo And E F": some outlets write 'And'
            groups.append([])
        elif tok.text in {".", ";", ":"}:
            break
        else:
            groups[-1].append(tok)
    places = place_tokens(sent.doc)
    names: list[tuple[list[Token], str | None]] = []
    for n, group in enumerate(groups):
        # "Director Generals of Agriculture, Fisheries and ...": after 'of', one word is a portfolio
        of_what = n == 0 and bool(group) and group[0].lower_ == "of"
        if group and group[0].lower_ in LIST_OPENERS:
            group = group[1:]  # "ministers including A B, C D", "Chief Ministers of Sindh A B"
        lead_place = [t for t in group[:3] if t.i in places]
        body = place_name(sent.doc[lead_place[0].i : lead_place[-1].i + 1].text) if lead_place else None
        lead: list[Token] = []
        for tok in group[len(lead_place) :]:
            if not (_name_token(tok) or _rank_token(tok)):
                break
            lead.append(tok)
        while lead and _rank_token(lead[-1]):
            lead.pop()
        _rest, name = _name_suffix(lead)
        if _entity_not_person(name):
            continue  # "Ambassadors of Central Asian States, Russia and China": states, not people
        if len(name) < 2 and (of_what or not _one_word_name(group, places)):
            break
        names.append((name or group, body))
    return names


LIST_OPENERS = frozenset({"of", "including", "namely", "like", "viz"})


def _one_word_name(group: list[Token], places: frozenset[int]) -> bool:
    """A list item that is one capitalised name ("Senators A B, Poonjo and C D"): a person known by one name,
    not a place and not the next office."""
    return (
        len(group) == 1
        and group[0].pos_ == "PROPN"
        and group[0].is_title
        and group[0].i not in places
        and group[0].ent_type_ in {"PERSON", ""}
    )


def find_officials_in_sentence(sent: Span) -> list[Found]:
    doc = sent.doc
    offices, as_body = offices_in(sent)
    heads = {i for o in offices for i in range(o.start, o.end)}
    found: list[Found] = []
    vacant: tuple[Office, list[Token]] | None = None  # the office before, when it found no holder
    for office in offices:
        cue = _cue_text(doc, office)
        if office.plural:
            found += [
                Found(name, office.title, body or office.left_org, cue, "office-list", office.left_country)
                for name, body in _listed_names(sent, office.end)
            ]
            vacant = None
            continue
        claimed = {t.i for f in found for t in f.name_tokens}
        run = _run_after(sent, office.end, heads - set(range(office.start, office.end)), as_body)
        served = _served_leader(office, run)
        if served is not None:
            # "Special Envoy of President X, Vice Premier Y": X is the one served; the envoy is named next
            found += served
            vacant = (office, run) if len(served) == 1 else None
            continue
        holder = _one_holder(sent, office, run, cue, claimed)
        if vacant is not None and _seat_after(vacant, office, doc):
            # "Minister for Culture Senator X": the seat stands where a rank would, and X holds both
            # the leader an envoy serves is no body of the envoy's office
            leader_served = _served_leader(vacant[0], vacant[1]) is not None
            title, org, country = _posting(vacant[0], [] if leader_served else vacant[1])
            vacant_cue = _cue_text(doc, vacant[0])
            holder += [
                Found(f.name_tokens, title, org, vacant_cue, "office-seat-name", country) for f in holder
            ]
        # "TITLE A B, TITLE C D": a name already claimed by the office before it is not this one's
        # ... but "Ambassador A B, Additional Secretary" gives A B a second title
        found += [f for f in holder if f.apposition or not claimed & {t.i for t in f.name_tokens}]
        vacant = (office, run) if not holder else None
    found += _ranked_officers(sent, {t.i for f in found for t in f.name_tokens})
    return [_counterparts_title(f, found) for f in found]


def _counterparts_title(f: Found, found: list[Found]) -> Found:
    """'Foreign Minister Ishaq Dar met his Chinese counterpart Wang Yi': a counterpart holds the office of
    the one named before him in the sentence."""
    if f.title.lower() != "counterpart":
        return f
    before = [
        g for g in found if g.name_tokens[0].i < f.name_tokens[0].i and g.title.lower() != "counterpart"
    ]
    if not before:
        return f
    # the one who met him, the clause's subject ("PM X, accompanied by Minister Y, met his counterpart Z"),
    # else the one named last
    verb = governing_verb(f.name_tokens[0])
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    subjects = [g for g in before if any(t.i in subject for t in g.name_tokens)]
    model = subjects[0] if subjects else max(before, key=lambda g: g.name_tokens[0].i)
    return replace(f, title=model.title, rule=f.rule + "+counterpart")


PAST_HOLDERS = frozenset({"late", "former", "ex", "retired", "then", "chief", "staff"})


@cache
def _senior_rank_pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(r) for r in sorted(lexicon().senior_ranks, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alt})(?=\s+[A-Z])")


def _ranked_officers(sent: Span, claimed: set[int]) -> list[Found]:
    """'Dar congratulated Field Marshal Asim Munir': a general or flag rank alone names a serving officer's
    post. Not a rank ending another title ('Consul General X', 'Secretary General X'), nor a retired
    officer ('Lt Gen (retd) X' holds no post by his rank)."""
    doc = sent.doc
    found = []
    for m in _senior_rank_pattern().finditer(text_of(sent)):
        rank = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if rank is None or rank.end >= sent.end:
            continue
        before = doc[rank.start - 1] if rank.start > sent.start else None
        if before is not None and before.text[:1].isupper() and before.is_alpha:
            continue  # "Consul General", "Director General", "Secretary General"
        if before is not None and before.lower_ in PAST_HOLDERS:
            continue  # "the late General Zia", "former army chief General Raheel Sharif": no post now
        name: list[Token] = []
        for tok in doc[rank.end : min(rank.end + 6, sent.end)]:
            glue = tok.text == "-" or (_particle(tok.text) and bool(name))  # "Zia-ul-Haq"
            if not (glue or _name_token(tok, place_ok=bool(name))):
                break
            name.append(tok)
        if name and (name[-1].text == "-" or _particle(name[-1].text)):
            continue  # a name cut short
        if name and _defined_as_letters(rank, name):
            continue  # "the General Sales Tax (GST)": a thing named, its letters defined
        # one word is a name only when the model takes it for a person ("General Monitor" is none)
        person = len(name) > 1 or any(t.ent_type_ == "PERSON" for t in name)
        if name and person and not claimed & {t.i for t in name}:
            found.append(
                Found(
                    name,
                    rank.text,
                    None,
                    doc[max(sent.start, rank.start - 3) : rank.end].text,
                    "senior-rank-name",
                )
            )
    return found


def _defined_as_letters(rank: Span, name: list[Token]) -> bool:
    """The rank and name are the words of letters defined right after them: "General Sales Tax (GST)"."""
    doc = rank.doc
    after = name[-1].i + 1
    if after + 2 >= len(doc) or doc[after].text != "(" or doc[after + 2].text != ")":
        return False
    letters = "".join(w[0] for w in [*rank.text.split(), *(t.text for t in name)]).upper()
    return doc[after + 1].text.upper() == letters


def _travels_to(office: Office, run: list[Token]) -> bool:
    """'to PLACE' right after an office that no one is posted to: where its holder went."""
    if len(run) < 2 or run[0].lower_ != "to" or diplomatic(office.title):
        return False
    if any(t.text in _office_words() for t in run):
        return False  # "Adviser to Punjab Chief Minister X": the office named is the one served
    return run[1].i in place_tokens(run[0].doc)


def _cue_text(doc: Doc, office: Office) -> str:
    """The words around an office that may cue a country; a posting cut in half by the window ("envoy to |
    China, Ambassador X") is taken whole, so that it reads as a posting, not a nationality."""
    start = office.cue_start
    if start > 0 and doc[start - 1].lower_ in {"to", "in"}:
        start -= 1
    return doc[start : office.end].text


def _seat_after(vacant: tuple[Office, list[Token]], office: Office, doc: Doc) -> bool:
    """A second office written right where the run after an office without a holder ends, where a rank
    would stand: "Minister for Culture Senator X", "Director General ISSI Ambassador X"; or joined to it
    by 'and' ("Sindh Energy Minister and Chairman SECMC X")."""
    office_before, run = vacant
    if _served_leader(office_before, run) is not None and office.start == run[-1].i + 2:
        return True  # "Special Envoy of President X, Vice Premier Y": Y is the envoy
    if office.left_country is not None:
        return False  # "PM Adviser on Commerce X" (the PM's adviser); "X and Chinese Ambassador Y"
    if _joined_offices(office_before, office, doc):
        return True
    if not run and office.start == office_before.end and _seat(office.title):
        return True  # "Information Minister Senator X": the minister sits in the Senate
    comma = office.start == office_before.end + 1 and doc[office_before.end].text == ","
    if not run and comma and _seat(office.title):
        return True  # "Deputy Prime Minister and Foreign Minister, Senator X": a seat set off by a comma
    # "Director General, ISSI Ambassador X": a comma right after the office only sets off its body
    inner = run[1:] if run and run[0].text == "," else run
    if not inner or office.start != run[-1].i + 1 or any(t.text == "," for t in inner):
        return False  # "Prime Minister Shehbaz in Beijing, Chinese President Xi": the next person's office
    return run[0].lower_ not in {"and", "&"} and run[-1].lower_ not in {"and", "&"}


def _served_leader(office: Office, run: list[Token]) -> list[Found] | None:
    """'Special Envoy of President X Y, [Z]': a leader's office with his name right after 'of' or 'to' is
    the one the office serves, and the name his; the office's own holder is the name after the comma (else
    the next office's, see _seat_after). Not 'Adviser to Prime Minister X on Commerce Y', whose run goes on
    to the adviser's name; None when the run is no such phrase."""
    parts = _served_parts(run)
    if parts is None:
        return None
    title, name, rest = parts
    # "Principal Secretary to Prime Minister X, ..." is X's own title: only an envoy (sent on a leader's
    # behalf) or a leader the gazetteer knows reads as the one served
    if "Envoy" not in office.title and not well_known(" ".join(t.text for t in name)):
        return None
    doc = run[0].doc
    cue = doc[office.cue_start : name[-1].i + 1].text
    found = [Found(name, " ".join(t.text for t in title), None, cue, "served-leader-name", None)]
    _, holder = _first_name(rest)
    if len(holder) >= 2 or _after_rank(rest, holder):
        posting_title, org, country = _posting(office, [])
        found.append(Found(holder, posting_title, org, cue, "served-office-name", country))
    return found


def _served_parts(run: list[Token]) -> tuple[list[Token], list[Token], list[Token]] | None:
    """The leader's title and name of a run that opens 'of/to LEADER Name Name' up to a comma, and the
    run after that comma."""
    if len(run) < 4 or run[0].lower_ not in {"of", "to"}:
        return None
    doc = run[0].doc
    comma = next((k for k, t in enumerate(run) if t.text == ","), len(run))
    if comma == len(run) and (run[-1].i + 1 >= len(doc) or doc[run[-1].i + 1].text != ","):
        return None
    words = 2 if _leader_title(run[1:3]) else 1 if _leader_title(run[1:2]) else 0
    name = run[1 + words : comma]
    if not words or not 2 <= len(name) <= 3:
        return None
    if not all(t.ent_type_ == "PERSON" or _name_token(t) for t in name):
        return None
    return run[1 : 1 + words], name, run[comma + 1 :]


def _leader_title(words: Iterable[Token]) -> bool:
    """The words are a leader's title ("President", "Prime Minister"): one holder per government."""
    return " ".join(t.text for t in words).lower() in lexicon().leader_heads


def served_mention(doc: Doc, start: int, name: str) -> bool:
    """The name at token start written as the leader another office serves: "Special Envoy of President X",
    "Adviser to Prime Minister X" (X well known). Its holder is named for the envoy's sake, not as a doer."""
    words = 2 if start >= 2 and _leader_title(doc[start - 2 : start]) else 1
    if start < words + 2 or (words == 1 and not _leader_title(doc[start - 1 : start])):
        return False
    link, office = doc[start - words - 1], doc[start - words - 2]
    if link.lower_ not in {"of", "to"} or office.text not in _office_words():
        return False
    return office.text == "Envoy" or well_known(name)


def _joined_offices(office_before: Office, office: Office, doc: Doc) -> bool:
    """'Sindh Energy Minister and Chairman SECMC X', 'Chairman Senate and former Prime Minister, X': two
    offices joined by 'and' before one name are that person's, when the first names its body; an office
    with none ("the President and Prime Minister X") may be someone else's."""
    between = list(doc[office_before.end : office.start])
    if not between or between[-1].lower_ not in {"and", "&"}:
        return False
    body = between[:-1]
    if not all(_body_word(t) for t in body):
        # "Minister for Planning and Development X" is one office; "Vice Premier Zhang and Foreign
        # Minister Dar" two people
        return False
    if office.title.lower() in lexicon().leader_heads:
        return False  # "Governor Sindh and Chief Minister X": each province has one of each
    return office_before.left_org is not None or bool(body)


def _body_word(tok: Token) -> bool:
    """A word of the body an office is of ("Chairman Senate", "Chairman SECMC"), not a name."""
    if tok.ent_type_ == "PERSON" or not tok.text[:1].isupper():
        return False
    known = tok.text in lexicon().org_words or tok.i in place_tokens(tok.doc)
    return known or tok.ent_type_ in {"ORG", "GPE"} or (tok.text.isupper() and len(tok.text) > 1)


def _one_holder(sent: Span, office: Office, run: list[Token], cue: str, claimed: set[int]) -> list[Found]:
    if _travels_to(office, run):
        return []  # "the visit of the German Foreign Minister to Pakistan, X's visit": a trip, no posting
    rest, name = _first_name(run)
    before = _name_before(sent, office.start, bool(run) or office.end - office.start > 1)
    if _entity_not_person(before) or (before and _after_the(sent, before[0])):
        before = []  # "Organizing the Beijing Winter Olympics, the Prime Minister": an event, not his name
    after_comma = bool(before) and before[0].i > sent.start and sent.doc[before[0].i - 1].text == ","
    listed = after_comma and before[0].i in claimed
    # "TITLE, A B, TITLE, C D": A B holds the title before him, C D this one; "A B, TITLE, C D, TITLE" and
    # "Ambassador A B, Additional Secretary, ...": the title after a name is that name's
    if len(before) >= 2 and name and not listed and any(t.text == "," and t.i < name[0].i for t in run):
        # "led by Ambassador A B, Additional Secretary, Ministry X, and C D, Director-General": an office
        # right after a name is that name's apposition, not the title of a name beyond the next comma
        title, org, country = _posting(office, [t for t in run if t.i < name[0].i])
        return [Found(before, title, org, cue, "name-comma-office", country, apposition=True)]
    if name and _after_the(sent, name[0]):
        name = []  # "Chairman of the Majlisi Oli", "ambassador on the Chinese New Year": never a person
    joined = _joined_before(sent, name)
    if joined is not None:
        # "A B Secretary National Assembly and Dr C D": the name after 'and' is the next person's
        name, run = [], [t for t in run if t.i < joined]
        before = before or _name_before(sent, office.start, True, glued=True)
    if len(name) == 1 and office.title.split()[-1] in JURISDICTION_HEADS and not _after_rank(run, name):
        name = []  # "Assistant Commissioner Karizat said": one word after a district office is its seat
    if len(name) >= 2 or _after_rank(run, name) or (len(name) == 1 and name[0].ent_type_ == "PERSON"):
        title, org, country = _posting(office, rest)
        country = country or (_apposed_country(name) if diplomatic(office.title) else None)
        return [Found(name, title, org, cue, "office-before-name", country)]
    if len(before) >= 2:
        # "X, Chairman of the Rada, Mr. Y, ...": the next person starts after the comma
        comma = next((t.i for t in run if t.text == "," and _honorific_after(t)), None)
        title, org, country = _posting(office, [t for t in run if comma is None or t.i < comma])
        # "Ambassador X, former Ambassador of Pakistan to China": right after the name, a second office
        # of the one named (in a list, 'SP X, Regional Officer CCD, and ...', a capitalised office is the
        # next person's)
        apposed = (
            before[-1].i + 2 == office.start
            and sent.doc[before[-1].i + 1].text == ","
            and sent.doc[office.start].is_lower
        )
        return [Found(before, title, org, cue, "name-comma-office", country, apposition=apposed)]
    return []


# offices named after the district or town they serve: "Deputy Commissioner Gwadar", "DPO Kasur"
JURISDICTION_HEADS = frozenset(
    {"Commissioner", "DC", "AC", "DPO", "SP", "SSP", "SHO", "Tehsildar", "Administrator"}
)


def _apposed_country(name: list[Token]) -> str | None:
    """'Ambassador X, Republic of the Union of Myanmar, stressed': the state an envoy is of, named
    between commas right after the name."""
    doc = name[-1].doc
    after = name[-1].i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    words = []
    for tok in doc[after + 1 : after + 10]:
        if tok.text == ",":
            break
        words.append(tok.text)
    else:
        return None
    # a state's name alone ("Republic of the Union of Myanmar"), not an office ("former Ambassador of
    # Pakistan to China")
    if any(w in _office_words() or (w.islower() and w not in {"of", "the", "and"}) for w in words):
        return None
    countries = gazetteers.places().countries
    return next((c for c in countries if c in " ".join(words).split() or c == " ".join(words)), None)


# the small model also calls names WORK_OF_ART, PRODUCT or FAC ("Murtaza Javed Abbasi" in a list), and often
# GPE or LOC ("Kamran Murtaza", "Ulf Sandmark"): a place counts only after a preposition or in our lists
NOT_PERSON = {"NORP", "EVENT", "LAW", "DATE", "TIME"}


def _entity_not_person(tokens: list[Token]) -> bool:
    """Words the parser calls a nationality, event, law or date, or a place after 'in/at' or in our lists,
    and in no part a person. A body (ORG) only when its last word is a plural or a body noun ("Beijing
    Winter Olympics"): the small model often calls a person's name ORG."""
    types = {t.ent_type_ for t in tokens}
    if not tokens or "PERSON" in types:
        return False
    last = tokens[-1]
    body = "ORG" in types and (last.tag_ in {"NNS", "NNPS"} or last.text in lexicon().org_words)
    places = place_tokens(tokens[0].doc)
    place = bool(types & {"GPE", "LOC"}) and (_after_preposition(tokens[0]) or tokens[0].i in places)
    return body or place or bool(types & NOT_PERSON)


def _posting(office: Office, rest: list[Token]) -> tuple[str, str | None, str | None]:
    """Title, body and country of an office. An envoy's country is the sending state ("Ambassador of
    Pakistan to China", "Chinese Ambassador to Pakistan"); the posting stays in the title."""
    org = _org_text(rest)
    if org is None or (office.left_org and place_name(org)):  # "(NDRC) director general, China X Y"
        org = office.left_org
    # "Senator X": a seat's body is its house
    org = org or lexicon().member_heads.get(office.title)
    if _posted_for(office, rest):
        # "Special Envoy for Afghanistan X": the country he is posted for is in the title, not his own
        return f"{office.title} for {_org_text(rest)}", office.left_org, office.left_country
    if not diplomatic(office.title):
        return office.title, org, office.left_country
    text = " ".join(t.text for t in rest)
    # the posting ends at a comma: "to China , and Dr." leads on to the next person
    # "Ambassador in Beijing X" is posted there as much as "Ambassador to China X"
    m = re.match(r"^(?:of (?:the )?(.+?))?\s*,?\s*(?:\b(to|in) (?:the )?([^,]+?))?\s*(?:,.*)?$", text)
    sending, at, posting = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if org and not (sending or posting):
        return office.title, org, office.left_country  # "Counsellor at the Embassy of China": no posting
    state = sending or office.left_country or office.left_org
    title = f"{office.title} {at} {posting}" if posting else office.title
    country = place_name(state) if state and place_name(state) else office.left_country
    if country is None and sending and _state_like(sending):
        country = sending  # "Ambassador of Azerbaijan to Pakistan": a state our lists do not name
    return title, state, country


def _posted_for(office: Office, rest: list[Token]) -> bool:
    words = [t for t in rest if t.text not in {",", "the"}]
    head = office.title.lower().split()[-1]
    return head in {"envoy", "representative", "coordinator"} and bool(words) and words[0].lower_ == "for"


def _state_like(text: str) -> bool:
    """'Azerbaijan', 'the Kyrgyz Republic': capitalised words naming no body, no office and no unit."""
    words = text.replace("the ", "").split()
    lex = lexicon()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
        and not any(w in _office_words() or (w in lex.org_words and w != "Republic") for w in words)
    )


def extract_officials(
    doc: Doc, abbreviations: dict[str, str], org_countries: dict[str, str | None]
) -> list[Official]:
    people: list[Person] = []
    for sent in sentences(doc):
        for f in find_officials_in_sentence(sent):
            _add(people, f, abbreviations)
    people = _merge_one_word_names([p for p in people if not _body_as_name(p.name)])
    collect_mentions(doc, people, abbreviations)
    return [_official(p, org_countries) for p in people]


def _body_as_name(name: str) -> bool:
    """One word that names a body, not a person: letters in capitals ("Former Chairman NDMA and ...") or
    a party's name joined by '-e-' ("Tehreek-e-Insaf", "Jamaat-e-Islami"); "Ateeq-ur-Rehman" is a name."""
    if " " in name:
        # "Bo Gs": letters of a body ("BoGs") split at the capitals; no name is made of such shreds
        return all(len(w) <= 2 for w in name.split())
    parts = name.split("-")
    party = ("-e-" in name or "-i-" in name) and bool(PARTY_WORDS & set(parts))  # "Noor-ul-Islam" is a name
    return (name.isupper() and len(name) > 2) or party


# Words of Pakistan's party names joined by '-e-' (Tehreek-e-Insaf, Jamaat-e-Islami, Jamiat Ulema-e-Islam)
PARTY_WORDS = frozenset({"Tehreek", "Insaf", "Jamaat", "Islami", "Islam", "Ulema", "Ittehad", "Pakistan"})


def _merge_one_word_names(people: list[Person]) -> list[Person]:
    """'PM Shehbaz' in the headline and 'Prime Minister Shehbaz Sharif' in the body are one person: a
    one-word name joins the only fuller name in the article that holds the word, and is dropped when
    several do ("Sharif" beside Shehbaz and Nawaz Sharif): it is one of them, not a person of its own.
    Its cues stay behind: they were read around another mention and could give a wrong country."""
    kept: list[Person] = []
    for person in people:
        fuller = [p for p in people if len(p.key_tokens) > 1 and person.key_tokens[0] in p.key_tokens]
        fuller = [p for p in fuller if not _other_leader(person, p)]
        if len(person.key_tokens) > 1 or not fuller:
            kept.append(person)
        elif len(fuller) == 1:
            fuller[0].aliases.add(person.name)
            fuller[0].titles += [t for t in person.titles if t not in fuller[0].titles]
            fuller[0].rules += person.rules
    return kept


def _other_leader(one: Person, fuller: Person) -> bool:
    """'Governor Raza' is not 'Prime Minister Ali Raza': two different one-holder offices are two people."""
    mine = {_initials(t.title) for t in one.titles if _state_leader(t)}
    theirs = {_initials(t.title) for t in fuller.titles if _state_leader(t)}
    return bool(mine and theirs) and not mine & theirs


def _state_leader(held: TitleHeld) -> bool:
    """A one-holder office of a state or province; a party's president ("PML-N President") is none."""
    return held.title.lower() in lexicon().leader_heads and held.organization is None


def _initials(title: str) -> str:
    """'Prime Minister', 'PM' and 'Premier' are one office."""
    words = title.split()
    key = "".join(w[0] for w in words).upper() if len(words) > 1 else title.upper()
    return "PM" if key == "PREMIER" else key


def _add(people: list[Person], f: Found, abbreviations: dict[str, str]) -> None:
    text = _name_text(f.name_tokens)
    person = next((p for p in people if same_person(text, p.name)), None)
    if person is None:
        person = Person(text, _key(f.name_tokens))
        people.append(person)
    elif len(text.split()) > len(person.name.split()):
        person.aliases.add(person.name)  # the fuller form of the name becomes the name
        person.name, person.key_tokens = text, _key(f.name_tokens)
    elif text != person.name:
        person.aliases.add(text)
    org = abbreviations.get(f.organization, f.organization) if f.organization else None
    if not any(t.title == f.title and t.organization == org for t in person.titles):
        person.titles.append(TitleHeld(f.title, org))
    person.cues.append(f.cue_text)
    person.rules.append(f.rule)
    if f.country:
        person.stated_countries.append(f.country)


def _name_text(tokens: list[Token]) -> str:
    """Normalised full name: glued parts separated, hyphenated particles kept ("Khashih-ur-Rehman")."""
    out = ""
    for tok in tokens:
        joiner = "" if (tok.text == "-" or out.endswith("-") or not out) else " "
        out += joiner + tok.text
    return out


def _key(tokens: list[Token]) -> tuple[str, ...]:
    """Identity of a name within the article: case and transliteration folded (Mohammad = Muhammad)."""
    variants = gazetteers.name_variants()
    return tuple(variants.get(t.lower_, t.lower_) for t in tokens if t.text != "-")


PAST_OFFICE = ("former", "then ")  # "then Prime Minister X": the office he held at the time told of


def _head_of(title: str) -> str:
    """'Former Ambassador to China' -> 'ambassador': the office's head word."""
    return title.lower().split(" to ")[0].split(" of ")[0].split()[-1]


def _seat(title: str) -> bool:
    return title in gazetteers.titles().member_heads


def _official(person: Person, org_countries: dict[str, str | None]) -> Official:
    # a current office before a former one ("EPBD chairman and former commerce minister X")
    # "Ambassador X, former Ambassador of Pakistan to China": the plain office is a courtesy of the former
    formers = {_head_of(t.title) for t in person.titles if t.title.lower().startswith("former ")}
    held = [
        t for t in person.titles if t.title.lower().startswith("former ") or _head_of(t.title) not in formers
    ]
    main = max(
        held,
        key=lambda t: (
            not t.title.lower().startswith(PAST_OFFICE),
            not _seat(t.title),  # "Information Minister Senator X" is the minister, who also sits
            t.organization is not None,
            len(t.title),
        ),
    )
    mentions = sorted(set(person.mentions), key=lambda m: m.start)
    country, why = country_of(person, org_countries)
    return Official(
        name=person.name,
        title=main.title,
        organization=main.organization,
        country=country,
        titles=person.titles,
        mentions=mentions,
        aliases=sorted(person.aliases - {person.name}),
        rule="+".join(dict.fromkeys([*person.rules, f"country:{why}"])),
    )
