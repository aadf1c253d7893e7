"""Event triggers in a sentence, and the ones that name no occurrence.

A trigger is a word or phrase of config (event_types.py) in a sentence. It names an occurrence when it is a
verb that is reported (not wished for, promised, negated or conditional), or a noun that the sentence
treats as an occasion: the subject of a clause ("The meeting was co-chaired by ..."), the object of a verb
that makes it happen ("chaired a meeting", "performed groundbreaking"), the place of something else ("in a
meeting with ...", "during the visit"), or money moving ("US$466 million investment").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from models.records import OrganizationRecord
from pipeline.analysis.event_types import (
    BY_NAME,
    DOCUMENT_NOUNS,
    EVENT_TYPES,
    GOAL_MODIFIERS,
    MEETING_BODIES,
    MONEY_NOUNS,
    NOT_REPORTED_MODALS,
    OCCASION_PREPS,
    OCCASION_SUBJECT_VERBS,
    OCCASION_VERBS,
    OFFERERS,
    OFFICE_WORDS,
    PLANNED_MODIFIERS,
    PRESS_NOUNS,
    SESSION_VERBS,
    SPEAK_LEMMAS,
    STARTED_THINGS,
    THWARTING_VERBS,
    UNMET_OBJECTS,
    VERB_ONLY,
    WISH_ADJECTIVES,
    WISH_NOUNS,
    WISH_VERBS,
    EventType,
)
from pipeline.analysis.sentences import text_of

AMOUNT = re.compile(
    r"(US\$|\$|USD|Rs\.?|PKR|RMB|Rmb|yuan)\s?([\d,.]+)\s?(trillion|billion|million|bn|mn|m|crore|lakh)?\b"
    r"|\b[\d,.]+\s?(?:trillion|billion|million)\s(?:dollars|rupees|yuan)\b",
    re.I,
)


@dataclass(frozen=True)
class Trigger:
    type: EventType
    token: Token  # the head word of the trigger
    rule: str


def triggers(sent: Span, organizations: list[OrganizationRecord]) -> list[Trigger]:
    found = [Trigger(BY_NAME["meeting"], t, "session-of-body") for t in sent if _session(t, organizations)]
    found += [Trigger(BY_NAME["press_conference"], t, "speaking-to-media") for t in sent if _to_media(t)]
    found += [Trigger(BY_NAME["meeting"], t, "phone-call") for t in sent if _phone_call(t)]
    by_lemma = _by_lemma()
    for tok in sent:
        if tok.lower_ == "according":
            continue  # "according to" reports a source, never an accord
        for etype in by_lemma.get(tok.lemma_.lower()) or by_lemma.get(tok.lower_) or []:
            found.append(Trigger(etype, tok, f"word:{tok.lemma_.lower()}"))
    pattern, by_phrase = _phrases()
    for m in pattern.finditer(text_of(sent).lower()):
        span = sent.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if span is not None:
            found += [Trigger(etype, span.root, f"phrase:{m.group()}") for etype in by_phrase[m.group()]]
    return found


@cache
def _phrases() -> tuple[re.Pattern[str], dict[str, list[EventType]]]:
    """One alternation over every multi-word trigger, longest first, and phrase -> types."""
    by_phrase: dict[str, list[EventType]] = {}
    for etype in EVENT_TYPES:
        for phrase in etype.phrases:
            by_phrase.setdefault(phrase, []).append(etype)
    alt = "|".join(re.escape(p) for p in sorted(by_phrase, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b"), by_phrase


@cache
def _by_lemma() -> dict[str, list[EventType]]:
    table: dict[str, list[EventType]] = {}
    for etype in EVENT_TYPES:
        for lemma in etype.lemmas:
            table.setdefault(lemma, []).append(etype)
    return table


def _session(tok: Token, organizations: list[OrganizationRecord]) -> bool:
    """'hold'/'convene' whose object or subject is a deliberative body or a meeting, also across 'likely
    to be' ("the 5th JWG meeting is likely to be held") and the noun it describes ("the 10th JCC, held")."""
    if tok.lemma_.lower() not in SESSION_VERBS:
        return False
    nouns = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    head = tok
    for _ in range(3):
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            nouns.append(head)
            break
        nouns += [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(_is_body(n, organizations) for n in nouns)


def _is_body(noun: Token, organizations: list[OrganizationRecord]) -> bool:
    if noun.lemma_.lower() in MEETING_BODIES or noun.lemma_.lower() == "meeting":
        return True
    for org in organizations:
        if any(m.start <= noun.idx < m.end for m in org.mentions):
            return org.name.split()[-1].lower() in MEETING_BODIES
    return False


def _to_media(tok: Token) -> bool:
    """'talking to reporters', 'told the media', 'briefing journalists': speaking to the press."""
    if tok.lemma_.lower() not in SPEAK_LEMMAS or tok.pos_ != "VERB":
        return False
    heard = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    heard += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(_press_noun(n) for n in heard)


def _phone_call(tok: Token) -> bool:
    """'called Prime Minister X telephonically', 'called X by phone': a call between two people."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return False
    phone = any(c.lower_ in {"telephonically", "telephonic"} for c in tok.subtree)
    phone = phone or any(t.lemma_.lower() in {"phone", "telephone"} for t in tok.subtree)
    person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children)
    return phone or person


def _press_noun(noun: Token) -> bool:
    """The audience itself ("reporters", "a news channel"), not a thing named after the press ("Media
    Forum")."""
    return noun.lemma_.lower() in PRESS_NOUNS


def names_no_occurrence(trigger: Trigger, sent: Span) -> str | None:
    """Why a trigger names no occurrence ('wish', 'negated', ...), or None when it does."""
    tok = trigger.token
    if "?" in text_of(sent):
        return "question"  # "How many meetings were held with ...?" reports no meeting
    if (
        tok.lower_ in {"release", "releases"}
        and "according" in text_of(sent)[: tok.idx - sent.start_char].lower()
    ):
        return "source"  # "according to a press release": where the news came from
    if _modal(tok):
        return "not-reported"
    if trigger.rule.startswith("word:") and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
        return "modifier"  # "direct jobs", "proposed projects", "a complete consensus"
    if tok.lemma_.lower() in VERB_ONLY and tok.pos_ != "VERB":
        return "not-a-verb"  # "the Commission", "a direct flight"
    if trigger.rule.startswith("word:") and _portfolio(tok):
        return "portfolio"
    if _negated(tok):
        return "negated"
    if _conditional(tok):
        return "conditional"
    if tok.pos_ in {"NOUN", "PROPN"} and trigger.rule.startswith("word:"):
        return _idle_noun(tok, trigger.type.name, sent)
    if tok.pos_ in {"VERB", "AUX", "ADJ"} or tok.tag_.startswith("VB"):
        return _idle_verb(tok, trigger.type.name)
    return None


def _portfolio(tok: Token) -> bool:
    """'Minister for Finance', 'Board of Investment' outside the gazetteer: a field after an office."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 4) : tok.i]]
    return (
        tok.text[:1].isupper()
        and any(w in OFFICE_WORDS for w in before)
        and bool({"for", "of"} & set(before))
    )


def _modal(tok: Token) -> bool:
    """'should be launched', 'could visit', 'need to complete': advice or possibility, not a report."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(c.dep_ == "aux" and c.lower_ in NOT_REPORTED_MODALS for c in verb.children)


def _negated(tok: Token) -> bool:
    verb = tok if tok.pos_ == "VERB" else tok.head
    return any(c.dep_ == "neg" for c in verb.children)


def _conditional(tok: Token) -> bool:
    """Inside an if-clause, or the consequence of one ("if the cabinet approves, work will start")."""
    node = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return True
        if any(c.dep_ == "advcl" and _if_clause(c) for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


CONDITIONS = {"if", "unless", "once"}  # "once they had decided, nothing could hamper it"


def _wished_or_thwarted(tok: Token) -> bool:
    """A non-finite trigger hanging (through prepositions and infinitives) from a wish, an urging or an
    attempt to stop it."""
    node = tok
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        if lemma in WISH_VERBS or lemma in THWARTING_VERBS or head.lower_ in WISH_ADJECTIVES:
            return True
        if head.pos_ in {"VERB", "AUX"} and head.tag_ not in {"VB", "VBG"}:
            return False  # a finite verb reports: "stressed that X signed" is a report of a signing
        if head.pos_ in {"NOUN", "PROPN"}:
            return False  # "the plan to launch": a plan, not a wish
        node = head
    return False


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(lemma for t in EVENT_TYPES for lemma in t.lemmas)


def _if_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def _idle_verb(tok: Token, type_name: str) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.tag_ in {"VB", "VBG", "VBN"} and _wished_or_thwarted(tok):
        return "wish"  # "called for further simplifying", "to ensure that it completed", "by obstructing"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() not in _event_nouns():
        return "description"  # "the opportunities offered by CPEC", "projects completed under CPEC"
    infinitive = tok if tok.dep_ != "conj" else tok.head  # "to come and invest": the 'to' is on 'come'
    if infinitive.tag_ == "VB" and any(c.lower_ == "to" for c in infinitive.children):
        governor = infinitive.head  # "eager to invest", "committed to complete"; "likely to open" is a plan
        wished = governor.lemma_.lower() in WISH_VERBS | WISH_NOUNS or governor.lower_ in WISH_ADJECTIVES
        # "showing keen interest to invest": the wish is the verb's object
        wished = wished or any(c.dep_ == "dobj" and c.lemma_.lower() in WISH_NOUNS for c in governor.children)
        if wished:
            return "wish"
    if lemma == "accord":
        return "not-an-accord"  # "Pakistan accords priority": the verb gives, the noun is the pact
    if lemma == "discuss" and _idle_discussion(tok):
        return "speech"
    if type_name == "offer" and _inanimate_subject(tok):
        return "no-offerer"
    if tok.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return "habitual"  # "they hold press conferences", "tourists travel in groups": no one occurrence
    if lemma == "meet" and _unmet(tok):
        return "meets-a-need"
    if lemma in {"start", "commence"} and not _starts_something(tok):
        return "not-a-launch"
    if lemma == "talk" and not _talk_partner(tok):
        return "talk-about"  # "talked about CPEC" reports speech, not talks
    if type_name == "funding" and not _money_near(tok):
        return "no-money"
    if lemma in {"call"} and not any(c.lower_ == "on" for c in tok.children):
        return "call-for"
    return None


def _idle_discussion(tok: Token) -> bool:
    """A discussion is a meeting when two sides or a meeting hold it ("the two sides discussed", "the
    meeting discussed", "discussed with X"); 'Discussing the relations, he said' frames a statement, 'he
    discussed continued collaboration' reports speech, and 'X were discussed.' with nobody and no occasion
    named lists the topics of a meeting reported elsewhere."""
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "ROOT"}:
        return True
    if any(c.dep_ == "prep" and c.lower_ in OCCASION_PREPS | {"with"} for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    return not any(_several(s) for s in subjects)


def _several(subject: Token) -> bool:
    """'the two sides', 'Pakistan and China', 'they', 'the meeting', 'participants': more than one party."""
    if subject.dep_ == "agent":
        subject = next(iter(subject.children), subject)
    return (
        subject.tag_ in {"NNS", "NNPS"}
        or subject.lower_ in {"they", "we"}
        or (
            subject.lemma_.lower() in {"meeting", "session", "conference", "forum", "committee", "side"}
            and any(c.lower_ in {"two", "both"} or c.dep_ == "det" for c in subject.children)
        )
        or any(c.dep_ == "conj" for c in subject.children)
    )


def _inanimate_subject(tok: Token) -> bool:
    """'the project offered opportunities', 'the zone, which offers ...': only people, bodies and states
    offer; with no subject written ('incentives were being offered') someone did."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    subjects = [s.head.head if s.lower_ in {"which", "that"} and tok.dep_ == "relcl" else s for s in subjects]
    return bool(subjects) and not any(_agent(s) for s in subjects)


def _agent(subject: Token) -> bool:
    return (
        subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or subject.lower_ in {"he", "she", "they", "we", "i", "who"}
        or subject.lemma_.lower() in OFFERERS
        or subject.pos_ == "PROPN"
    )


def _unmet(tok: Token) -> bool:
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in UNMET_OBJECTS for o in objects)


def _starts_something(tok: Token) -> bool:
    """'work on the zone started', 'started commercial operations', 'the Tarbela plant has started' (a named
    thing); not 'started attacking', 'he started'."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False
    args = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    named_thing = [a for a in args if a.pos_ == "PROPN" and a.ent_type_ not in {"PERSON", "NORP"}]
    return bool(named_thing) or any(a.lemma_.lower() in STARTED_THINGS for a in args)


def _talk_partner(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in tok.children) or tok.lower_ == "talks"


def _money_near(tok: Token) -> bool:
    clause = list(tok.subtree) if tok.pos_ == "VERB" else list(tok.head.subtree)
    text = " ".join(t.text for t in clause)
    return bool(AMOUNT.search(text)) or any(t.lemma_.lower() in MONEY_NOUNS for t in clause if t is not tok)


def _idle_noun(tok: Token, type_name: str, sent: Span) -> str | None:
    """A noun names an occurrence as a clause's subject, the object of a verb that makes it happen, the
    occasion of something else, money moving, or a headline of its own; otherwise it is a topic."""
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return "modifier"
    if _generic(tok):
        return "generic"  # "at international fora", "in consultation", "after completion"
    if any(c.lower_ in GOAL_MODIFIERS for c in tok.children):
        return "goal"
    if any(c.lower_ in PLANNED_MODIFIERS for c in tok.children):
        return None  # "the upcoming JCC meeting": a planned occasion
    if _under_wish(tok):
        return "wish"
    if type_name in {"funding", "investment"}:  # money moving, or just the word ("Chinese investment")
        return None if AMOUNT.search(text_of(sent)) else "no-money"
    if tok.dep_ in {"nsubjpass", "ROOT"}:
        return None
    if tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in OCCASION_SUBJECT_VERBS or _passive(tok.head)):
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in OCCASION_VERBS:
        return None
    if tok.dep_ == "pobj" and _occasion_prep(tok.head):
        return None
    if tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return _idle_noun(tok.head, type_name, sent)
    if _specific_reference(tok):
        return None
    return "topic"


def _generic(tok: Token) -> bool:
    """A bare noun after a preposition (no article, possessor, number or complement) names a kind of
    thing, not one occurrence."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN":
        return False
    return not any(
        c.dep_ in {"det", "poss", "nummod", "prep", "compound", "amod", "acl", "relcl"} for c in tok.children
    )


def _specific_reference(tok: Token) -> bool:
    """'the launch of Pakistan's first moon satellite', 'the inauguration of the Gwadar airport', 'the Prime
    Minister's recent visit': an event noun with 'the' and an 'of' naming a particular thing, or with a
    named or personal possessor, refers to an occurrence, not to a topic."""
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        return False  # a document or a sum is an event only when something happens to it
    possessor = [c for c in tok.children if c.dep_ == "poss"]
    if any(p.pos_ in {"PROPN", "PRON"} or p.ent_type_ for p in possessor):
        return True
    if not any(c.lower_ == "the" for c in tok.children):
        return False
    objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(t.pos_ == "PROPN" or t.tag_ == "POS" or t.like_num for o in objects for t in o.subtree)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _occasion_prep(prep: Token) -> bool:
    if prep.lower_ in OCCASION_PREPS:
        return True
    # "after the conclusion of the meeting", "on the sidelines of the summit"
    return prep.lower_ == "of" and prep.head.lemma_.lower() in {
        "conclusion",
        "sideline",
        "end",
        "start",
        "eve",
    }


def _under_wish(tok: Token) -> bool:
    """'to attract investment', 'committed to the timely completion of', 'need funds', and purposes
    ('to secure investments') unless the purpose is itself to make the occasion ('to hold a meeting')."""
    head = tok.head
    for _ in range(4):
        if head.lemma_.lower() in WISH_VERBS or head.lower_ in WISH_ADJECTIVES:
            return True
        if head.pos_ == "VERB":
            purpose = head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children)
            return purpose and head.lemma_.lower() not in OCCASION_VERBS
        if head.i == head.head.i:
            return False
        head = head.head
    return False
