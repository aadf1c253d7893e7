"""Every mention of the officials an article names: full name, surname alone, or office alone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import Span as Mention
from models.records import TitleHeld
from pipeline.analysis.sentences import bounds_at, doc_text


@dataclass
class Person:
    name: str
    key_tokens: tuple[str, ...]
    titles: list[TitleHeld] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    rules: list[str] = field(default_factory=list)  # which rules found the person
    stated_countries: list[str] = field(default_factory=list)  # countries the offices themselves say


def collect_mentions(doc: Doc, people: list[Person], abbreviations: dict[str, str]) -> None:
    variants = gazetteers.name_variants()  # keys are folded the same way (Yousuf = Yusuf)
    words = [variants.get(t.lower_, t.lower_) for t in doc]
    at: dict[str, list[int]] = {}  # where each word stands, so a name is looked up, not scanned for
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
    for person in people:
        for i in at.get(person.key_tokens[0], []):
            end = _name_end(words, i, person.key_tokens)
            if end is not None:
                span = doc[i:end]
                person.mentions.append(_mention(span))
                if span.text.lower() != person.name.lower():
                    person.aliases.add(span.text)  # another spelling: Muhammad / Mohammad
    surnames: dict[str, list[Person]] = {}
    for person in people:
        surnames.setdefault(_family_name(person), []).append(person)
    for surname, owners in surnames.items():
        if len(owners) != 1:
            continue  # two people share the surname: a bare surname is ambiguous
        _bare_mentions(doc, owners[0], at.get(surname, []), person_only=False)
    _given_name_mentions(doc, people, at, set(surnames))
    _title_only_mentions(doc, people, abbreviations)


def _bare_mentions(doc: Doc, owner: Person, positions: list[int], person_only: bool) -> None:
    """One word of the owner's name written alone at these positions, outside his full mentions; a given
    name counts only where the model reads a person (person_only)."""
    covered = [(m.start, m.end) for m in owner.mentions]
    for i in positions:
        tok = doc[i]
        alone = tok.text[:1].isupper() and _standalone(tok, owner)
        read_as_one = tok.ent_type_ == "PERSON" or not person_only
        if alone and read_as_one and not any(s <= tok.idx < e for s, e in covered):
            owner.mentions.append(_mention(doc[i : i + 1]))


# words that open many names and stand for no one alone
NAME_OPENERS = frozenset(
    {"muhammad", "mohammad", "syed", "malik", "raja", "mian", "chaudhry", "sardar", "khawaja", "rana", "mir"}
    | {"sheikh", "hafiz", "maulana", "pir", "makhdoom", "abdul", "haji", "mufti", "qazi", "nawabzada"}
)


def _given_name_mentions(
    doc: Doc, people: list[Person], at: dict[str, list[int]], surnames: set[str]
) -> None:
    """'Addressing the meeting, Shehbaz, who is ..., said': South Asian news calls a leader by the given
    name too. Only a given name that is no one else's word of a name, that the model reads as a person,
    and that stands alone."""
    firsts: dict[str, list[Person]] = {}
    for person in people:
        if len(person.key_tokens) >= 2 and person.key_tokens[0] != _family_name(person):
            firsts.setdefault(person.key_tokens[0], []).append(person)
    others = {w for p in people for w in p.key_tokens[1:]} | surnames
    for given, owners in firsts.items():
        if len(owners) != 1 or given in others or given in NAME_OPENERS or len(given) < 4:
            continue
        _bare_mentions(doc, owners[0], at.get(given, []), person_only=True)


def _name_end(words: list[str], start: int, key: tuple[str, ...]) -> int | None:
    """Where the name with these key words ends when it begins at start; the hyphens that glue a name
    ("Anwaar-ul-Haq") are not key words."""
    i, matched = start, 0
    while matched < len(key) and i < len(words):
        if words[i] == "-" and matched:
            i += 1
            continue
        if words[i] != key[matched]:
            return None
        i, matched = i + 1, matched + 1
    return i if matched == len(key) else None


def _family_name(person: Person) -> str:
    """The word a report uses alone for the person: the last, but the first of a Chinese name ("Wang Yi"
    is "Wang")."""
    first = person.key_tokens[0]
    chinese = len(person.key_tokens) == 2 and first.title() in gazetteers.chinese_names().surnames
    return first if chinese else person.key_tokens[-1]


def _standalone(tok: Token, owner: Person) -> bool:
    """A surname alone ("Khan said", "Mr Kundi told"), not a word of another full name ("Muhammad Amjad
    Khan Niazi"); an honorific before it, or an office the owner holds ("PM Sharif said"), is no part of
    a name."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and (before.text.rstrip(".") in SURNAME_HONORIFICS or _holds(owner, before.text)):
        before = None
    return not any(t is not None and t.text[:1].isupper() and t.is_alpha for t in (before, after))


SURNAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Engr"})


def _holds(owner: Person, word: str) -> bool:
    """Whether the word is the owner's office: its last word ("Minister Iqbal") or its initials ("PM
    Sharif" for a Prime Minister); "Governor Khan" is not the prime minister Imran Khan."""
    leaders = gazetteers.titles().leader_heads
    for held in owner.titles:
        words = held.title.split()
        # initials only of a leader's or a minister's office ("PM Sharif", "FM Dar"); "DG Khan" is a city
        ministerial = held.title.lower() in leaders or words[-1] == "Minister"
        initials = ministerial and len(words) > 1 and word == "".join(w[0] for w in words).upper()
        if word == words[-1] or (word.isupper() and initials):
            return True
    return False


TITLE_ONLY = re.compile(
    # "the minister", "the federal minister", "the planning and development minister", "the speaker"
    r"\bthe ((?:\w+ (?:and \w+ )?)?(?:minister|secretary|chairman|ambassador|adviser|advisor|director|"
    r"governor|president|premier|spokesman|envoy|speaker|commissioner)|army chief|naval chief|air chief|"
    r"PM|CM|FM)\b",
    re.IGNORECASE,
)
# "the PM visited the academy": initials of a leader's office stand for it
INITIALS = {"pm": "prime minister", "cm": "chief minister", "fm": "foreign minister"}
# ... and news names the service chiefs by their service ("the Army Chief" is the Chief of Army Staff)
INITIALS |= {
    "army chief": "chief of army staff",
    "naval chief": "chief of the naval staff",
    "air chief": "chief of the air staff",
}


SERVES = re.compile(
    r"\b(?:assistant|adviser|advisor|aide|secretary|spokesman|spokesperson)\s+(?:to|of)\s*$", re.I
)


def _title_only_mentions(doc: Doc, people: list[Person], bodies: dict[str, str]) -> None:
    """'the minister', 'The federal minister': the official holding that office, and when several do,
    the one named last before it (a definite description points back to the most recent holder)."""
    text = doc_text(doc)
    for m in TITLE_ONLY.finditer(text):
        if SERVES.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Special Assistant to the Prime Minister": part of someone else's title
        phrase = INITIALS.get(m.group(1).lower(), m.group(1).lower())
        head = phrase.split()[-1]
        exact = [p for p in people if any(t.title.lower() == phrase for t in p.titles)]
        loose = [p for p in people if any(_holds_kind(t.title.lower(), phrase, head) for t in p.titles)]
        holder = _nearest_before(exact or loose, m.start())
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if holder is not None and span is not None:
            holder.mentions.append(_mention(span))
    for m in TITLE_LETTERS.finditer(text):
        # "the NSA said": the letters of one holder's office with its portfolio ("National Security
        # Adviser"); letters that are also a body's name are left to the body
        holders = [p for p in people if any(_letters(t) == m.group(1) for t in p.titles)]
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if len(holders) == 1 and span is not None and m.group(1) not in bodies:
            holders[0].mentions.append(_mention(span))


TITLE_LETTERS = re.compile(r"\b[Tt]he ([A-Z]{3,5})\b(?!-)")


def _letters(held: TitleHeld) -> str:
    words = f"{held.organization or ''} {held.title}".replace("-", " ").split()
    return "".join(w[0] for w in words if w[0].isupper())


def _holds_kind(title: str, phrase: str, head: str) -> bool:
    """'the minister' is a minister's, not the prime or chief minister's: a leader's office is named by
    its whole name ('the prime minister')."""
    if head not in title:
        return False
    leaders = gazetteers.titles().leader_heads
    if phrase in {x.lower() for x in leaders} and phrase not in title:
        return False  # "the prime minister" is no minister's: a leader's office by its whole name
    return not any(
        head in leader and leader != head and leader in title and leader not in phrase for leader in leaders
    )


def _nearest_before(holders: list[Person], offset: int) -> Person | None:
    """The holder named last before the offset: a definite description points back, never forward
    ("The ambassador said ..." before any ambassador is named is someone the text has not named)."""
    if not holders:
        return None
    last = {id(p): max((x.start for x in p.mentions if x.start < offset), default=-1) for p in holders}
    best = max(holders, key=lambda p: last[id(p)])
    return best if last[id(best)] >= 0 else None


def _mention(span: Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char, *bounds_at(span.doc, span.start_char))
