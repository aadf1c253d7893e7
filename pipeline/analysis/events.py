"""Events: triggers from lemmas and phrases, arguments from the sentence, status from tense and modality."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import (
    Amount,
    DateRecord,
    EventRecord,
    Official,
    OrganizationRecord,
    Participant,
    ZoneRecord,
)
from pipeline.analysis.event_types import (
    BY_NAME,
    EVENT_TYPES,
    MEETING_BODIES,
    SESSION_VERBS,
    STATEMENT_LEMMAS,
    WISH_VERBS,
    EventType,
)
from pipeline.analysis.sentences import sentences
from pipeline.analysis.tense import clause_status

AMOUNT = re.compile(
    r"(US\$|\$|USD|Rs\.?|PKR|RMB|Rmb|yuan)\s?([\d,.]+)\s?(trillion|billion|million|bn|mn|m|crore|lakh)?\b",
    re.I,
)
SCALE = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "lakh": 1e5,
}
CURRENCY = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "rs": "PKR",
    "rs.": "PKR",
    "pkr": "PKR",
    "rmb": "CNY",
    "yuan": "CNY",
}


@dataclass
class Context:
    officials: list[Official]
    organizations: list[OrganizationRecord]
    zones: list[ZoneRecord]
    dates: list[DateRecord]


def _session_of_body(tok: Token, ctx: Context) -> bool:
    """'hold'/'convene' whose object, subject or the noun it describes is a deliberative body."""
    if tok.lemma_.lower() not in SESSION_VERBS:
        return False
    nouns = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    head = tok
    for _ in range(3):  # "the 10th JCC, likely to be held": up through xcomp/acl to the noun
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            nouns.append(head)
            break
    return any(_is_body(n, ctx) for n in nouns)


def _is_body(noun: Token, ctx: Context) -> bool:
    if noun.lemma_.lower() in MEETING_BODIES or noun.lemma_.lower() == "meeting":
        return True
    for org in ctx.organizations:
        if any(m.start <= noun.idx < m.end for m in org.mentions):
            return org.name.split()[-1].lower() in MEETING_BODIES
    return False


@cache
def _by_lemma() -> dict[str, list[EventType]]:
    table: dict[str, list[EventType]] = {}
    for etype in EVENT_TYPES:
        for lemma in etype.lemmas:
            table.setdefault(lemma, []).append(etype)
    return table


def _triggers(sent: Span, ctx: Context) -> list[tuple[EventType, Token]]:
    found = [(BY_NAME["meeting"], tok) for tok in sent if _session_of_body(tok, ctx)]
    by_lemma = _by_lemma()
    for tok in sent:
        types = by_lemma.get(tok.lemma_.lower()) or by_lemma.get(tok.lower_) or []
        for etype in types:
            press = tok.lower_ == "conference" and tok.i > 0 and tok.nbor(-1).lower_ in {"press", "news"}
            if not (etype.name == "meeting" and press):
                found.append((etype, tok))
    lower = sent.text.lower()
    for etype in EVENT_TYPES:
        for phrase in etype.phrases:
            idx = lower.find(phrase)
            if idx >= 0:
                span = sent.doc.char_span(
                    sent.start_char + idx, sent.start_char + idx + len(phrase), alignment_mode="expand"
                )
                if span is not None:
                    found.append((etype, span.root))
    return found


def _mere_mention(tok: Token) -> bool:
    """A noun that names no occurrence (a modifier of another noun, or what someone wishes for), or an
    infinitive under a wish ("to attract companies to invest")."""
    if tok.pos_ == "VERB":
        infinitive = tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children)
        return infinitive and _governing_lemma(tok) in WISH_VERBS
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.dep_ in {"dobj", "pobj", "conj"} and _governing_lemma(tok) in WISH_VERBS


def _governing_lemma(tok: Token) -> str:
    head = tok.head
    for _ in range(3):  # through "for" and conjunctions: "to attract investment and jobs"
        if head.pos_ in {"VERB", "AUX"} or head is head.head:
            break
        head = head.head
    return head.lemma_.lower()


def _in(sent: Span, start: int | None) -> bool:
    return start is not None and sent.start_char <= start < sent.end_char


def _participants(sent: Span, ctx: Context, trigger: Token) -> list[Participant]:
    people = []
    for off in ctx.officials:
        if any(_in(sent, m.start) for m in off.mentions):
            people.append(Participant(off.name, _role(sent, off, trigger)))
    named = {m.group(1) for m in _country_pattern().finditer(sent.text)}
    people += [Participant(c, "party") for c in gazetteers.places().countries if c in named]
    return people


@cache
def _country_pattern() -> re.Pattern[str]:
    """A country as a party, not inside a name ("Pakistan Steel Mills") nor as a possessive."""
    alt = "|".join(re.escape(c) for c in gazetteers.places().countries)
    return re.compile(rf"\b({alt})\b(?!['’]s)(?! (?:Economic|Special|Steel|Army|Tehreek))")


def _role(sent: Span, off: Official, trigger: Token) -> str | None:
    start = next(m.start for m in off.mentions if _in(sent, m.start))
    offset = start - sent.start_char
    before = sent.text[max(0, offset - 40) : offset].lower()
    if "chair" in before or "presided" in before:
        return "chair"
    if re.search(r"\b(visit|arriv|tour)", sent.text.lower()):
        return "visitor" if start < trigger.idx else "host"
    if trigger.lemma_ in {"sign", "agree"}:
        return "signatory"
    if re.search(r"\b(said|told|stated|briefed|addressing|informed)\b", sent.text):
        return "speaker"
    return None


def _amount(sent: Span) -> Amount | None:
    m = AMOUNT.search(sent.text)
    if not m:
        return None
    try:
        value = float(m.group(2).replace(",", "").rstrip("."))
    except ValueError:
        return None
    return Amount(
        value * SCALE.get((m.group(3) or "").lower(), 1), CURRENCY.get(m.group(1).lower(), m.group(1))
    )


def _date_for(sent: Span, trigger: Token, ctx: Context) -> DateRecord | None:
    """The date in the trigger's own clause, else the sentence's nearest one."""
    in_sent = [d for d in ctx.dates if _in(sent, d.start_char)]
    subtree = (
        {t.idx for t in trigger.head.subtree} if trigger.pos_ != "VERB" else {t.idx for t in trigger.subtree}
    )
    own = [d for d in in_sent if d.start_char in subtree]
    pool = own or in_sent
    return min(pool, key=lambda d: abs(d.start_char - trigger.idx)) if pool else None


def _status(trigger: Token, sent: Span) -> str:
    status = clause_status(trigger)
    if status == "present":
        # a participle clause ("while chairing a meeting") takes the tense of the sentence it hangs from
        past = sent.root.tag_ == "VBD" or re.search(r"\b(said|told|stated|has|have)\b", sent.text)
        return "happened" if past else "ongoing"
    return status


def _pick(candidates: list[Token], sent: Span, ctx: Context) -> Token:
    """One trigger per type and sentence: prefer the one whose clause carries a date."""
    for tok in candidates:
        subtree = {t.idx for t in tok.subtree} | {t.idx for t in tok.head.subtree}
        if any(d.start_char in subtree for d in ctx.dates if _in(sent, d.start_char)):
            return tok
    return candidates[0]


def _inside_names(ctx: Context) -> list[tuple[int, int]]:
    """Character ranges of named bodies and zones: "Investment" in "Board of Investment" triggers nothing."""
    spans = [(m.start, m.end) for org in ctx.organizations for m in org.mentions]
    return spans + [(m.start, m.end) for zone in ctx.zones for m in zone.mentions]


def extract_events(doc: Doc, ctx: Context) -> list[EventRecord]:
    events = []
    names = _inside_names(ctx)
    for sent in sentences(doc):
        by_type: dict[str, list[Token]] = {}
        for etype, tok in _triggers(sent, ctx):
            if any(s <= tok.idx < e for s, e in names) or _mere_mention(tok):
                continue
            by_type.setdefault(etype.name, []).append(tok)
        for name, toks in by_type.items():
            trigger = _pick(toks, sent, ctx)
            date = _date_for(sent, trigger, ctx)
            events.append(
                EventRecord(
                    type=name,
                    status=_status(trigger, sent),
                    trigger=trigger.text,
                    sentence=sent.text.strip(),
                    sentence_start=sent.start_char,
                    date=(date.start, date.end) if date else None,
                    participants=_participants(sent, ctx, trigger),
                    organizations=[
                        o.name for o in ctx.organizations if any(_in(sent, m.start) for m in o.mentions)
                    ],
                    zones=[z.name for z in ctx.zones if any(_in(sent, m.start) for m in z.mentions)],
                    amount=_amount(sent) if name in {"funding", "investment"} else None,
                )
            )
    _date_from_lead(doc, events, ctx)
    return events


def _date_from_lead(doc: Doc, events: list[EventRecord], ctx: Context) -> None:
    """News style: the lead gives the day ("X on Friday said ..."); later past events of the same occasion
    (the same official taking part, or another undated statement) happened that day unless dated."""
    lead = next(iter(sentences(doc)), None)
    if lead is None:
        return
    days = [d for d in ctx.dates if _in(lead, d.start_char) and d.granularity == "day"]
    if not days:
        return
    day = (days[-1].start, days[-1].end)
    in_lead = {o.name for o in ctx.officials if any(_in(lead, m.start) for m in o.mentions)}
    # not lead.root: a dateline ("PESHAWAR:") can be parsed as the root
    lead_states = any(t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_LEMMAS for t in lead)
    for ev in events:
        if ev.date is not None or ev.status != "happened" or ev.sentence_start == lead.start_char:
            continue
        shared = any(p.name in in_lead for p in ev.participants)
        stated = lead_states and _statement(doc, ev)
        if shared or stated:
            ev.date = day


def _statement(doc: Doc, ev: EventRecord) -> bool:
    span = doc.char_span(ev.sentence_start, ev.sentence_start + len(ev.sentence), alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in STATEMENT_LEMMAS
