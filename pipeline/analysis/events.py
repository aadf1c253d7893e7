"""Events: one per clause that reports an occurrence, with status from tense and modality, the date of its
own clause, the people, bodies and zones of its sentence; then reports of one occurrence merged."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import (
    Amount,
    DateRecord,
    EventRecord,
)
from models.records import Span as Mention
from pipeline.analysis.dates import DEADLINE_PREPS, NUMBER_WORDS, is_limit, told_ahead, year_of_a_name
from pipeline.analysis.event_context import Context
from pipeline.analysis.event_filters import (
    in_sequence,
    joint_subject,
    names_no_occurrence,
    releases_money,
    told_of_as_done,
)
from pipeline.analysis.event_occurrences import date_from_lead, merge_occurrences, visit_days
from pipeline.analysis.event_participants import (
    PRONOUNS,
    leading_parties,
    participants,
    spoken_of,
    what_was_said,
)
from pipeline.analysis.event_triggers import AMOUNT, DAY_STATEMENT, Trigger, triggers
from pipeline.analysis.event_types import (
    BY_NAME,
    EVENT_TYPES,
    MARKING_VERBS,
    OCCASION_NOUNS,
    OCCASION_PREPS,
    PLANNED_MODIFIERS,
    PLEDGE_LEMMAS,
    SESSION_NAMES,
    STATEMENT_LEMMAS,
    TAKING_PART_VERBS,
)
from pipeline.analysis.sentences import doc_text, in_headline, sentence_index, sentences, starts_in, text_of
from pipeline.analysis.tense import (
    PAST_MODIFIERS,
    TRIPS,
    clause_status,
    governing_verb,
    simple_present,
    told_as_before,
)
from pipeline.datelines import DATELINE

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
TYPE_ORDER = {t.name: i for i, t in enumerate(EVENT_TYPES)}
BEFORE_OR_AFTER = {"after", "before", "following", "since", "ahead"}
TOPIC_PREPS = {"about", "on", "regarding", "concerning", "over"}
ONGOING = re.compile(r"\b(ongoing|under way|underway|in progress|continuing|under construction)\b", re.I)


def extract_events(doc: Doc, ctx: Context) -> list[EventRecord]:
    ctx.parties = leading_parties(doc, ctx.officials)
    events = []
    names = _inside_names(doc, ctx)
    for sent in sentences(doc):
        found = [
            t
            for t in triggers(sent, ctx.organizations)
            if not any(s <= t.token.idx < e for s, e in names) and names_no_occurrence(t, sent) is None
        ]
        found = _statement_or_its_news(found)
        events += [_record(sent, trig, ctx) for trig in _one_per_clause(found)]
    date_from_lead(doc, events, ctx.dates, ctx.published)
    merged = merge_occurrences(doc, events)
    for ev in merged:
        if (ev.rule or "").startswith(DAY_STATEMENT):
            ev.mentions += _statement_posted(doc, ev)
    return merged


POSTS = frozenset({"tweet", "post", "message", "statement"})


def _statement_posted(doc: Doc, statement: EventRecord) -> list[Mention]:
    """'X on Sunday said ... In a tweet on his handle, he said, "..."': the sentence right after, a post
    by the same teller ('he', 'she'), is the day's statement told again, not an occasion of its own (a
    later 'he' may be someone else)."""
    sents = sentences(doc)
    at = sentence_index(doc, statement.sentence_start)
    if at + 1 >= len(sents):
        return []
    sent = sents[at + 1]
    verb = sent.root
    setting = [t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i == verb.i]
    teller = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in PRONOUNS]
    if verb.lemma_.lower() in STATEMENT_LEMMAS and teller and any(t.lemma_.lower() in POSTS for t in setting):
        return [Mention(verb.text, verb.idx, verb.idx + len(verb.text), sent.start_char, sent.end_char)]
    return []


def _statement_or_its_news(found: list[Trigger]) -> list[Trigger]:
    """The lead reports more than a statement ("X on Monday inaugurated ..., and said"): its news is the
    event; but what was only said ("X on Monday said Y's visit would ...", "lambasted ..., saying that
    ...") leaves the statement the day's event beside it."""
    statements = [t for t in found if t.rule == DAY_STATEMENT]
    others = [t for t in found if t.rule != DAY_STATEMENT]
    said = {i for st in statements for c in _reported(st.token) for i in _words(c)}
    # "said the budget was good while talking to APP": the occasion, even where the parser hangs it inside
    if others and all(t.token.i in said and not _occasion_of_saying(t.token) for t in others):
        return found
    return others or statements


def _occasion_of_saying(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"while", "when"} for c in tok.children
    )


def _reported(verb: Token) -> list[Token]:
    """What a verb of saying reports: its clause ("said Y's visit would ..."), also after 'saying'
    ("lambasted the opposition, saying that it had stalled ..."); not the occasion ("while talking to")."""
    sayings = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in STATEMENT_LEMMAS]
    # "said work was progressing and there was momentum ... during the visit": the parser joins a second
    # reported state to the saying verb, not to the first reported clause
    states = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() == "be"]
    # "hailed the signing of the agreements": the act praised is what the praise is about
    hailed = [c for c in verb.children if any(told_of_as_done(t) for t in c.subtree)]
    return [c for v in (verb, *sayings) for c in v.children if c.dep_ == "ccomp"] + states + hailed


def _words(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _inside_names(doc: Doc, ctx: Context) -> list[tuple[int, int]]:
    """Character ranges of named bodies and zones: "Investment" in "Board of Investment" triggers nothing,
    nor "Forum" in "a fellow at the Regional Economic Forum" (a named session is an occasion only when
    someone holds, attends or addresses it: event_triggers.py)."""
    spans = [
        (m.start, m.end)
        for org in ctx.organizations
        for m in org.mentions
        if not _session_attended(doc, org.name, m.start)
    ]
    return spans + [(m.start, m.end) for zone in ctx.zones for m in zone.mentions]


def _session_attended(doc: Doc, name: str, start: int) -> bool:
    """A named session ("the SCO Summit", "the Boao Forum") that someone took part in ("participated in",
    "spoke at"): an occasion; as a body one belongs to ("a fellow at the X Forum") it is not."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    root = span[0] if span is not None else None
    while root is not None and root.head.i != root.i and root.dep_ in {"compound", "amod", "nummod", "det"}:
        root = root.head
    # "the International High-Level Conference on ...": hyphens can break the chain; the session word is
    # the first one of the name
    if root is not None and root.lower_ not in SESSION_NAMES:
        name_words = [t for t in doc[root.i : min(root.i + 8, len(doc))] if t.lower_ in SESSION_NAMES]
        root = name_words[0] if name_words and name_words[0].idx < start + len(name) + 8 else root
    # the session word heads the name ("the International Conference on Regional Links")
    if root is None or root.lower_ not in SESSION_NAMES:
        return False
    # "the International Conference ... was organized by X", "hosted the Boao Forum"
    held = root.dep_ in {"nsubjpass", "dobj"} and root.head.lemma_.lower() in SESSION_HELD | TAKING_PART_VERBS
    # "held the 6th round of the Strategic Dialogue": the round held is of the named session
    edition = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if edition is not None and edition.lemma_.lower() in {"round", "session", "edition"}:
        held = held or (
            edition.dep_ in {"nsubjpass", "dobj"}
            and edition.head.lemma_.lower() in SESSION_HELD | TAKING_PART_VERBS
        )
    return held or (root.dep_ == "pobj" and root.head.head.pos_ == "VERB")


def _one_per_clause(found: list[Trigger]) -> list[Trigger]:
    """One trigger per clause: a press conference first, then the clause's own verb, then a noun it makes
    happen, then the type listed first ("signed an MoU" is one agreement; "Addressing a press conference
    after the meeting" one press conference)."""
    by_clause: dict[int, list[Trigger]] = {}
    for trig in found:
        by_clause.setdefault(_clause_key(trig.token), []).append(trig)
    return [_pick(group) for group in by_clause.values()]


def _clause_key(tok: Token) -> int:
    """The clause a trigger reports in; an occasion named after 'during', 'at', 'in' ..., or one still to
    come, is one of its own ("discussed during the minister's trip": a meeting and a visit; "discussed
    preparations for the upcoming meeting": a meeting held and one planned)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPS:
        return tok.i
    if in_sequence(tok) or told_of_as_done(tok):
        # "the meeting was followed by the signing of MoUs": two occasions; "hailed the signing of ...":
        # the praise and the act praised
        return tok.i
    if tok.pos_ in {"NOUN", "PROPN"} and any(
        c.lower_ in PLANNED_MODIFIERS or c.dep_ == "poss" for c in tok.children
    ):
        return tok.i  # "X's visit ... coincides with the anniversary of Y's visit": two visits
    return governing_verb(tok).i


# "the International Conference was organized by X": a named session someone held ("the CPEC Media Forum
# was launched" is a body set up)
SESSION_HELD = {"hold", "organize", "organise", "convene", "host", "arrange"}
PRESENCE_VERBS = {"attend"}  # the one presence verb that triggers a meeting of its own


def _pick(group: list[Trigger]) -> Trigger:
    """What was attended over the attending when it is of another type ("attended the signing ceremony":
    an agreement; "attended the meeting": the meeting told by its verb)."""
    presence = [t for t in group if t.token.lemma_.lower() in PRESENCE_VERBS and t.token.pos_ == "VERB"]
    if presence and any(t.type.name != "meeting" for t in group):
        group = [t for t in group if t not in presence]
    return min(group, key=_rank)


def _rank(trig: Trigger) -> tuple[int, int, int]:
    own_verb = governing_verb(trig.token).i == trig.token.i
    return (trig.type.name != "press_conference", not own_verb, TYPE_ORDER[trig.type.name])


# what is granted or lent: announcing or pledging one is funding; an investment announced is one
FUNDS = frozenset(
    {"loan", "aid", "grant", "assistance", "fund", "funding", "financing"}
)  # a "package" may be of reforms
MONEY_NEWS = frozenset({"announce", "unveil", "pledge"})


def _money_announced(trig: Trigger) -> Trigger:
    """'the bank announced a $700 million loan', 'China announced an extra 500 million yuan in emergency
    aid': the money is the news; 'announced new rules for loans' announces rules."""
    tok = trig.token
    if trig.type.name != "announcement" or tok.lemma_.lower() not in MONEY_NEWS or tok.pos_ != "VERB":
        return trig
    things = [c for c in tok.children if c.dep_ == "dobj"]
    # "an extra 500 million yuan in emergency aid": the sum, then what it is
    things += [
        g for c in things for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
    ]
    kinds = {t.lemma_.lower() for t in things}
    if not AMOUNT.search(" ".join(t.text for c in things for t in c.subtree)):
        return trig  # "pledged full assistance in the investigation": help, no sum
    if kinds & FUNDS:
        return Trigger(BY_NAME["funding"], tok, trig.rule + "+money")
    if "investment" in kinds:
        return Trigger(BY_NAME["investment"], tok, trig.rule + "+money")
    return trig


def _release_authorised(trig: Trigger) -> Trigger:
    """'Rs 800 million have been authorized for release', 'approved the release of Rs 5 billion': money
    let go is funding, not an approval of a plan."""
    tok = trig.token
    if trig.type.name != "approval" or tok.pos_ != "VERB":
        return trig
    # its own object, subject and phrases ("and Rs 24 billion would be released" is a clause of its own)
    own = [t for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "prep"} for t in c.subtree]
    released = [t for t in own if t.lemma_.lower() in {"release", "disbursement"} and releases_money(t)]
    if released and AMOUNT.search(" ".join(t.text for t in own)):
        return Trigger(BY_NAME["funding"], tok, trig.rule + "+release")
    return trig


def _joint(trig: Trigger) -> Trigger:
    """'Pakistan and China reaffirmed their commitment', 'both sides decided': a commitment two parties
    make together is an agreement between them."""
    tok = trig.token
    pledged = tok.lemma_.lower() in PLEDGE_LEMMAS  # "Pakistan and China Monday reaffirmed their resolve"
    if trig.type.name != "announcement" or tok.pos_ != "VERB" or (trig.rule == DAY_STATEMENT and not pledged):
        return trig  # what two parties said on the day is a statement; what they pledged together, a pact
    holder = tok
    if trig.rule == DAY_STATEMENT and tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children):
        holder = tok.head  # the lead's "X and Y took note of ... and reaffirmed": one subject for both
    subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    joint = any(joint_subject(s) for s in subjects) or _swallowed_pair(tok.sent, subjects, holder)
    return Trigger(BY_NAME["agreement"], tok, trig.rule + "+joint") if joint else trig


def _swallowed_pair(sent: Span, subjects: list[Token], verb: Token) -> bool:
    """'ISLAMABAD, Aug 9 (APP): Pakistan and China Monday reaffirmed': the parser makes the dateline the
    subject; the two parties are the words between the dateline and the verb."""
    end = _dateline_end(sent)
    if end is None or not any(s.idx < end for s in subjects):
        return False
    between = [t for t in sent if end <= t.idx and t.i < verb.i and t.ent_type_ in {"GPE", "PERSON"}]
    return any(joint_subject(t) for t in between)


def _record(sent: Span, trig: Trigger, ctx: Context) -> EventRecord:
    trig = _release_authorised(_money_announced(_joint(trig)))
    tok = trig.token
    status, why = _status(tok, sent)
    when = _trip_span(tok, _date_for(sent, tok, ctx), trig.type.name)
    if when is None and trig.type.name == "visit" and status == "planned":
        when = _date_of_its_purpose(sent, tok, ctx)
    if when is not None and status == "happened" and ctx.published and when.start > ctx.published:
        when = None  # a happened event is never after the news: the date belongs to something else
    if when is not None and status == "ongoing" and ctx.published and when.start > ctx.published:
        status, why = "planned", "dated-after-the-news"  # "is leaving for Beijing tomorrow"
    if when is not None and status == "happened" and _spans_the_news(when, ctx):
        status, why = "ongoing", "dated-across-the-news"  # "the visit from 4 to 8 May", told on 5 May
    # "arrived on a visit": the visit too; "X's arrival on Monday": the arrival itself
    mover = tok if tok.pos_ == "VERB" or tok.lemma_.lower() in ARRIVING else governing_verb(tok)
    moving = trig.type.name == "visit" and _left_on_a_visit(mover)
    # an arrival without its trip named is under way only when the clause dates it ("arrived in Beijing on
    # Monday"); undated, the lead's day may still be given to it as a happening
    dated = when is not None or mover.lemma_.lower() not in ARRIVING or _trip_named(mover)
    if status == "happened" and moving and dated and _lately(when, ctx, visit_days(mover)):
        status, why = "ongoing", "departed-lately"  # "departed for a five-day visit": under way
    if why == "on-a-visit" and when is not None and ctx.published and when.end < ctx.published:
        status, why = "happened", "dated-before-the-news"  # "he was on a visit to China last month"
    if status == "planned" and ctx.published:
        if when is not None and when.end < ctx.published and not _past_plan(sent, tok):
            status, why = "happened", "dated-before-the-news"  # "the plan ... in June 2021"
        trip = _purpose_date(sent, tok, ctx) if when is None else None
        if trip is not None and trip.end < ctx.published - timedelta(days=_margin(tok)):
            # "travelled in June 2021 to attend ...": done; "departed on Sunday to attend" may be to come
            status, why, when = "happened", "purpose-of-a-past-trip", trip
    mention = Mention(tok.text, tok.idx, tok.idx + len(tok.text), sent.start_char, sent.end_char)
    scope = _tellers_scope(sent, tok) if trig.rule == DAY_STATEMENT else _body_scope(sent, tok)
    # "Addressing the weekly press briefing, the spokesperson said ... the UN resolutions": what a press
    # talk said names its topics, not its parties
    said = what_was_said(tok) if trig.type.name == "press_conference" else set()
    said |= spoken_of(sent, tok) if trig.rule == DAY_STATEMENT else set()
    return EventRecord(
        type=trig.type.name,
        status=status,
        trigger=tok.text,
        sentence=text_of(sent).strip(),
        sentence_start=sent.start_char,
        date=(when.start, when.end) if when else None,
        participants=participants(sent, ctx, tok, trig.type.name, statement=trig.rule == DAY_STATEMENT),
        organizations=[
            o.name
            for o in ctx.organizations
            if _named_within(scope, _not_as_source(sent, _unsaid(sent.doc, o.mentions, said)))
            and o.name not in _programmes()
        ],
        zones=[z.name for z in ctx.zones if _named_in(sent, z.mentions)],
        amount=_amount(sent) if trig.type.name in {"funding", "investment"} else None,
        rule=f"{trig.rule}; status:{why}; date:{'clause' if when else 'none'}",
        trigger_start=tok.idx,
        mentions=[mention],
    )


PAST_PLAN = re.compile(r"\b(?:was|were) (?:to be|supposed to)\b", re.I)


def _past_plan(sent: Span, tok: Token) -> bool:
    """'The plant was to be inaugurated during 2019 but it was stalled': a plan of the past, whose fate the
    text tells apart; its date does not make it done."""
    before = doc_text(sent.doc)[sent.start_char : tok.idx]
    return PAST_PLAN.search(before[-40:]) is not None


def _trip_span(tok: Token, when: DateRecord | None, type_name: str) -> DateRecord | None:
    """'his five-day visit to China starting Tuesday': the day it starts and its length give the span."""
    if when is None or type_name != "visit" or when.start != when.end or tok.pos_ not in {"NOUN", "PROPN"}:
        return when
    days = visit_days(tok)
    starts = any(t.lower_ in {"starting", "beginning", "from"} for t in tok.subtree)
    span = tok.doc.char_span(when.start_char, when.end_char, alignment_mode="expand")
    # "a three-day visit till June 22": the day it ends and its length give the span
    ends = span is not None and is_limit(span.root)
    if not days or days > 31 or not (starts or ends):
        return when
    if ends:
        return dataclasses.replace(when, start=when.end - timedelta(days=days - 1), granularity="range")
    return dataclasses.replace(when, end=when.start + timedelta(days=days - 1), granularity="range")


def _left_on_a_visit(tok: Token) -> bool:
    """'departed for a five-day visit to China' tells the visit (under way); 'departed for Beijing on
    Sunday' tells the departure."""
    trip = _trip_named(tok)
    if tok.lemma_.lower() in ARRIVING:
        # "arrived in Beijing on Monday": a visit to a country or city has begun; not "arrived back home
        # after a visit", nor one at a venue ("arrived at the embassy to call on")
        if any(t.lower_ in {"back", "home"} or t.lemma_.lower() == "return" for t in tok.subtree):
            return False
        places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
        return trip or any(p.ent_type_ == "GPE" for p in places)
    return tok.lemma_.lower() in {"depart", "leave"} and trip


ARRIVING = frozenset({"arrive", "arrival", "land"})


def _trip_named(tok: Token) -> bool:
    return any(t.lemma_.lower() in TRIPS for t in tok.subtree)


def _lately(when: DateRecord | None, ctx: Context, days: int | None = None) -> bool:
    """Left or arrived within the trip's length ("arrived yesterday on a three-day visit"), else within
    three days."""
    if when is None or ctx.published is None:
        return True
    return 0 <= (ctx.published - when.start).days < (days or 4)


def _spans_the_news(when: DateRecord, ctx: Context) -> bool:
    """A span of days (not a month or year: "visited China this year" is done) that began by the news
    day and ends after it."""
    if ctx.published is None or when.granularity not in {"day", "range"} or (when.end - when.start).days > 31:
        return False  # "visited Beijing in November" (a month) is done
    return when.start <= ctx.published < when.end


def _margin(tok: Token) -> int:
    """Days before the news a trip must have ended for its purpose to be done: a visit told in the past
    ("visited China from 16 to 20 October to attend") is over when it ended; "departed on Sunday to
    attend" may still be on its way."""
    head = governing_verb(governing_verb(tok).head)
    return 0 if head.lemma_.lower() in {"visit", "tour"} and head.tag_ == "VBD" else 7


def _date_of_its_purpose(sent: Span, tok: Token, ctx: Context) -> DateRecord | None:
    """'will visit Islamabad to co-chair the Strategic Dialogue on Thursday': a trip made for a dated
    occasion is on its day."""
    if tok.pos_ != "VERB":
        return None
    purposes = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VB"]
    purposes = [p for p in purposes if any(a.lower_ == "to" for a in p.children)]
    found = next((d for p in purposes if (d := _date_for(sent, p, ctx)) is not None), None)
    span = sent.doc.char_span(found.start_char, found.end_char, alignment_mode="expand") if found else None
    # "to finalise the deal by December": a deadline, not the day of the trip
    return None if span is None or is_limit(span.root) or span.root.head.lower_ == "by" else found


def _purpose_date(sent: Span, tok: Token, ctx: Context) -> DateRecord | None:
    """The date of the trip a purpose belongs to ("travelled in June 2021 to attend the meeting")."""
    verb = governing_verb(tok)
    if verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
        return None
    return _date_for(sent, governing_verb(verb.head), ctx)


def _status(tok: Token, sent: Span) -> tuple[str, str]:
    noun = tok.pos_ in {"NOUN", "PROPN"}
    # "an Omani delegation was on a visit to Pakistan"; one that is on it now is so whatever its schedule
    # says ("is currently on a state visit to China scheduled from 4-8 February")
    on_a_visit = noun and tok.head.lower_ == "on" and tok.head.head.lemma_ == "be"
    if on_a_visit and tok.head.head.tag_ in {"VBZ", "VBP"}:
        return "ongoing", "on-a-visit"
    if noun and any(c.lower_ in PLANNED_MODIFIERS for c in tok.children):
        return "planned", "upcoming-noun"
    if noun and tok.head.lower_ in {"for", "to"} and tok.head.head.lemma_.lower() in PREPARING:
        # "as the PM prepares for his visit to China", "preparations for the groundbreaking were completed"
        return "planned", "prepared-for"
    if noun and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in SUBMITTING:
        return "planned", "sought"  # "the PC-1 had been submitted to the Commission for its approval"
    if on_a_visit:
        return "ongoing", "on-a-visit"
    if tok.tag_ == "VBG" and tok.head.lower_ == "to" and tok.head.head.lower_ in {"close", "near"}:
        return "planned", "about-to"  # "we are close to signing the agreement"
    if simple_present(tok) and in_headline(tok):
        return "happened", "headline-present"  # "President visits Chinese Embassy": headlinese for the past
    status = clause_status(_reporting_clause(tok))
    if status != "present":
        return status, "tense"
    if noun and any(c.dep_ in {"acl", "relcl"} and clause_status(c) == "planned" for c in tok.children):
        return "planned", "described-as-planned"  # "the meeting of the group to be held in Tehran tomorrow"
    if noun and not ONGOING.search(text_of(sent)):
        return "happened", "named-occurrence"  # "the groundbreaking of X shows ...": it took place
    return _sentence_tense(sent)


# what is sent for approval, review or signature awaits it
SUBMITTING = {"submit", "send", "forward", "refer", "present", "place", "table", "move"}
PREPARING = {"prepare", "preparation", "ready", "gear", "arrangement", "prelude", "run-up", "countdown"}


def _reporting_clause(tok: Token) -> Token:
    """The word whose clause gives the tense: an event marked or celebrated ("an event to mark the launch")
    and a participle adjunct ("Addressing a press conference, he said") take the clause they hang from."""
    verb = governing_verb(tok)
    if verb.lemma_.lower() in MARKING_VERBS and verb.head.i != verb.i:
        return _reporting_clause(verb.head)
    # ("after inaugurating the station" has its own time, before the clause's: tense.clause_status)
    adjunct = verb.tag_ == "VBG" and verb.dep_ in {"advcl", "pcomp"} and verb.head.lower_ != "after"
    if adjunct and not any(c.dep_ == "aux" for c in verb.children) and verb.head.i != verb.i:
        return governing_verb(verb.head)
    return tok


def _sentence_tense(sent: Span) -> tuple[str, str]:
    """A clause with no tense of its own: the sentence's finite verbs decide (news reports in the past)."""
    finite = {t.tag_ for t in sent if t.tag_ in {"VBD", "VBZ", "VBP"}}
    if "VBD" in finite or re.search(r"\b(said|told|stated|has|have)\b", text_of(sent)) or not finite:
        return "happened", "reported"
    return "ongoing", "present"


def _date_for(sent: Span, tok: Token, ctx: Context, depth: int = 0) -> DateRecord | None:
    """The date of the trigger's own clause (not of a clause inside it: "agreed to finalise it by March"
    is not dated March), or of the noun's own phrase ("the meeting on Sunday"). An occasion placed before
    or after another ("returned on Friday after his visit") has only its own phrase's date."""
    verb = governing_verb(tok)
    own_words = {t.i for t in tok.subtree} if tok.pos_ in {"NOUN", "PROPN"} else _occasion_object(tok)
    if tok.pos_ in {"NOUN", "PROPN"}:
        own_words |= _being_held_after(tok)
    relative = tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_OR_AFTER
    found, own = [], []
    # "on Thursday hailed the signing of ...": the day of the praise, not of the act praised
    clause_verbs = set() if told_of_as_done(tok) else {verb.i} | _happening_verbs(tok, verb)
    # "termed the PM's recent visit successful": a recent occasion is not of the dateline's day
    recent = tok.pos_ in {"NOUN", "PROPN"} and any(c.lower_ in PAST_MODIFIERS for c in tok.children)
    dateline = _dateline_end(sent) if told_as_before(verb) or recent else None
    for d in ctx.dates:
        if not starts_in(sent, d.start_char):
            continue
        if dateline is not None and d.end_char <= dateline:
            continue  # "BEIJING, Oct 21 (APP): X recently concluded his visit": the news day, not the visit's
        span = sent.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None or year_of_a_name(span):
            continue
        if _quoted(sent, d.start_char) and not _quoted(sent, tok.idx):
            continue  # 'a seminar on "SCO's China Year 2025"': a year in a title dates no seminar
        if span.root.i in own_words:
            # "a webinar on the clashes in May": the clashes' month; a scheduling clause ("the JCC meeting
            # on the CPEC, scheduled for September 26") is the occasion's own, wherever the parser hangs it
            if tok.pos_ not in {"NOUN", "PROPN"} or not _of_another(span.root, tok):
                own.append(d)
        elif (
            not relative and governing_verb(span.root).i in clause_verbs and not _of_another(span.root, verb)
        ) or _told_clause_date(span.root, verb):
            found.append(d)
    # the noun's own phrase first: "the visit from 4 to 8 May recalls his visit in 2015"
    if own:
        found = own
    elif tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "anniversary":
        return None  # "this year marks the anniversary of the launch": the launch was years before
    if not found and tok.dep_ == "pobj" and tok.head.lower_ == "during":
        found = _dates_of_the_act_during(sent, tok, ctx)
    if found or depth >= 2:  # a clause borrows at most twice (a parse can link clauses in a cycle)
        return min(found, key=lambda d: abs(d.start_char - tok.idx)) if found else None
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _date_for(sent, verb.head, ctx, depth + 1)  # "In April, X visited Riyadh and met the prince"
    when = [c for c in verb.children if c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children)]
    if when:
        return _date_for(sent, when[0], ctx, depth + 1)  # "When X visited China in 2019, he signed an MoU"
    return None


def _told_clause_date(date_root: Token, verb: Token) -> bool:
    """'adding on 9 January a donors' conference would be held': the date fronted after the telling verb
    is the told clause's (see dates.told_ahead)."""
    told = verb.dep_ == "ccomp" and verb.head.i == date_root.head.head.i
    return told and verb.i > date_root.i and told_ahead(date_root)


TAKING_PLACE = frozenset({"take", "hold", "convene", "begin", "start", "open", "commence", "conclude", "end"})


def _happening_verbs(tok: Token, verb: Token) -> set[int]:
    """'The summit is scheduled to take place on October 15 and 16', 'is expected to be held in May': the
    occasion's own happening, told under a verb of scheduling, dates it."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.i != verb.i:
        return set()
    return {c.i for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in TAKING_PLACE}


def _dates_of_the_act_during(sent: Span, tok: Token, ctx: Context) -> list[DateRecord]:
    """'its launch in 2015 during President Xi's visit', 'signed in April during the visit': what was done
    during an occasion dates the occasion too, when the occasion has no date of its own."""
    act = tok.head.head
    dated = []
    for d in ctx.dates:
        span = sent.doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None or not starts_in(sent, d.start_char) or year_of_a_name(span):
            continue
        # the date hangs on the act itself ("launch in 2015", "signed on Monday"), or stands right before
        # 'during' where the parser hangs the occasion elsewhere
        on_the_act = span.root.head.lower_ in {"in", "on"} and span.root.head.head.i == act.i
        if on_the_act or (span.end == tok.head.i and span.root.head.lower_ in {"in", "on"}):
            dated.append(d)
    return dated


def _quoted(sent: Span, char: int) -> bool:
    """Whether the character lies inside double quotes of the sentence."""
    before = doc_text(sent.doc)[sent.start_char : char]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _being_held_after(tok: Token) -> set[int]:
    """'the Conference on Glaciers (ICGP) being held on 29-31 May': a 'being held' right after the
    occasion's name is the occasion's, though the parser may hang it on the main verb ("arrived to
    participate in the Conference ... being held")."""
    verb = governing_verb(tok)
    heads = [verb, verb.head] if verb.dep_ in {"advcl", "xcomp"} else [verb]
    after = [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and any(g.lower_ == "being" for g in c.children)
        and 0 < c.left_edge.i - tok.right_edge.i <= 3
    ]
    return {t.i for c in after for t in c.subtree}


def _dateline_end(sent: Span) -> int | None:
    m = DATELINE.match(text_of(sent))
    return sent.start_char + m.end() if m else None


def _occasion_object(verb: Token) -> set[int]:
    """'to attend the JCC meeting scheduled for September 26': the date of the occasion attended."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS]
    own = {t.i for o in objects for c in o.children if c.dep_ == "acl" for t in c.subtree}
    # "the JCC meeting on the CPEC, scheduled for September 26": the parser may hang the scheduling on the
    # last noun of the phrase; only an occasion is scheduled, so it dates the occasion
    scheduled = [t for o in objects for t in o.subtree if t.dep_ == "acl" and t.lemma_.lower() in SCHEDULING]
    return own | {t.i for c in scheduled for t in c.subtree}


SCHEDULING = frozenset({"schedule", "slate", "set", "due", "plan", "fix"})


def _of_another(date_root: Token, verb: Token) -> bool:
    """A date inside 'since/after/before ...' dates that other occasion ("his first trip since talks in
    Alaska last month"); one inside the topic of the occasion dates the topic ("talked about the attack
    on March 26", "a webinar on the clashes in May")."""
    phrase = date_root
    while phrase.dep_ in {"compound", "amod", "nummod"} and phrase.head.i != phrase.i:
        phrase = phrase.head  # "Friday" in "on Friday night": the phrase is the night
    node, below = date_root, date_root
    for _ in range(10):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in BEFORE_OR_AFTER:
            return True
        if node.dep_ == "prep" and node.lower_ in DEADLINE_PREPS and node.head.i != verb.i:
            return True  # "announced an extension of the regime until June 30": the regime's limit
        topic = node.dep_ == "prep" and node.lower_ in TOPIC_PREPS and below.i not in {date_root.i, phrase.i}
        if topic and _occurrence_noun(below):
            return True  # the date hangs inside the topic, not on the preposition itself ("on Monday")
        node, below = node.head, node
    return False


# What a talk or seminar can be about that has its own date ("the attack on March 26", "the clashes in
# May"); "the meeting on the ML-1 project on Wednesday" is the meeting's Wednesday
TOPIC_OCCURRENCES = frozenset(
    {"attack", "conflict", "clash", "incident", "war", "crisis", "blast", "accident", "election", "flood"}
    | {"earthquake", "protest", "killing", "bombing", "standoff", "tragedy", "strike", "operation", "riot"}
)


def _occurrence_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in TOPIC_OCCURRENCES


def _unsaid(doc: Doc, mentions: list[Mention], said: set[int]) -> list[Mention]:
    if not said:
        return mentions
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
    return [m for m, span in zip(mentions, spans, strict=True) if span is None or span.start not in said]


@cache
def _programmes() -> frozenset[str]:
    """Programmes the gazetteer lists beside the bodies (CPEC, BRI): what events are about, never a party."""
    return frozenset(o.name for o in gazetteers.organizations() if o.programme)


def _not_as_source(sent: Span, mentions: list[Mention]) -> list[Mention]:
    """A body named only as the source of the report is no party to what it reports: the agency of the
    dateline ("ISLAMABAD, May 16 (APP):") or one the news is 'according to'."""
    dateline = _dateline_end(sent)
    before = doc_text(sent.doc)
    return [
        m
        for m in mentions
        if not (dateline is not None and sent.start_char <= m.start < dateline)
        and not ACCORDING_TO.search(before, max(0, m.start - 24), m.start)
    ]


ACCORDING_TO = re.compile(r"\baccording to (?:the )?$", re.I)


def _body_scope(sent: Span, tok: Token) -> list[Mention]:
    """Where an event's bodies may be named: the sentence, less the teller's own description for what a
    teller reports ('X of the Pakistan Council on China said the PM's visit comes at a crucial time': the
    council is the teller's), and only the phrase of an occasion that times another act ('A day before
    the dialogue, the State Department designated ...')."""
    if tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_OR_AFTER:
        return [_span_mention(sent.doc[tok.head.left_edge.i : tok.head.right_edge.i + 1])]
    verb = governing_verb(tok)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in STATEMENT_LEMMAS and tok.i != verb.head.i:
        tellers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if tellers and _a_person(tellers):  # (a dateline may be parsed as a second subject: take them all)
            first, last = min(t.left_edge.i for t in tellers), max(t.right_edge.i for t in tellers)
            teller = sent.doc[first : last + 1]
            before = sent.doc[sent.start : teller.start]
            return [_span_mention(x) for x in (before, sent.doc[teller.end : sent.end]) if len(x)]
    return [_span_mention(sent)]


def _tellers_scope(sent: Span, verb: Token) -> list[Mention]:
    """The day's statement is its teller's: the bodies of the teller, audience and forum ("X of the Board
    on Monday told the National Assembly"; "said a press release issued by the BoI"), not the bodies of
    what was said ("said the PTI's politics were failing")."""
    said = sorted(
        t.i for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for t in c.subtree
    )
    if not said:
        return [_span_mention(sent)]
    first, last = said[0], said[-1]
    parts = (sent.doc[sent.start : first], sent.doc[last + 1 : sent.end])
    return [_span_mention(p) for p in parts if len(p)]


def _a_person(tellers: list[Token]) -> bool:
    """The teller is a person ('Dr X of the Centre said'), not the body itself ('The Commission said its
    delegation's visit ...')."""
    return any(t.ent_type_ == "PERSON" for s in tellers for t in s.subtree)


def _span_mention(span: Span) -> Mention:
    return Mention(span.text, span.start_char, span.end_char, span.start_char, span.end_char)


def _named_within(scope: list[Mention], mentions: list[Mention]) -> bool:
    return any(s.start <= m.start < s.end for s in scope for m in mentions)


def _named_in(sent: Span, mentions: list[Mention]) -> bool:
    return any(starts_in(sent, m.start) for m in mentions)


def _amount(sent: Span) -> Amount | None:
    m = AMOUNT.search(text_of(sent))
    if not m or m.group(2) is None:
        return None
    number = m.group(2).replace(",", "").rstrip(".")
    try:
        value = float(NUMBER_WORDS.get(number.lower(), number))  # "Rs seven billion", "$ two billion"
    except ValueError:
        return None
    return Amount(
        value * SCALE.get((m.group(3) or "").lower(), 1), CURRENCY.get(m.group(1).lower(), m.group(1))
    )
