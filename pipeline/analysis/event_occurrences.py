"""Across an article's events: the day of the lead for the day's undated happenings, and one event per real
occurrence (lead and body reporting one meeting are one event with several mentions)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from models.records import DateRecord, EventRecord
from pipeline.analysis.dates import number_of, year_of_a_name
from pipeline.analysis.event_filters import told_of_as_done
from pipeline.analysis.event_participants import PRONOUNS
from pipeline.analysis.event_types import DAY_STATEMENT_LEMMAS, JOINT_PARTIES, STATEMENT_LEMMAS
from pipeline.analysis.sentences import (
    headline_end,
    lead_sentence,
    sentence_at,
    sentence_index,
    sentences,
    starts_in,
)
from pipeline.analysis.tense import ended, governing_verb, to_infinitive, told_as_before

EARLIER = re.compile(
    # ("its first tenure", "in the first phase", "first met in 2013"; not "Pakistan's first satellite", the
    # first of its kind)
    r"\b(earlier|previously|previous|formerly|former|last|recent|recently|ago|back|once|so far|"
    r"(?<!'s )first|"
    r"to date|since|"
    r"the then|the other day|"
    r"during the (?:year|month|week|past)|over the (?:years|past)|in recent|under the)\b",
    re.I,
)
PAST_PERFECT = re.compile(r"\bhad\b", re.I)  # outside the lead: told as before the news ("said X had")
BEFORE_OR_AFTER = {"after", "before", "following", "since", "ahead"}
ORDINAL = re.compile(
    r"\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
)
OCCASIONS = {"meeting", "press_conference", "visit"}
TOLD = {"announcement", "press_conference"}
DEFINITE = {"the", "this", "that"}


def date_from_lead(
    doc: Doc,
    events: list[EventRecord],
    dates: list[DateRecord],
    published: date | None,
) -> None:
    """News style: the lead gives the day ("X on Friday said ..."); the day's undated happenings took place
    that day: what the lead reports, announcements told like the lead's, the occasion where a statement
    was made ("he said while addressing a ceremony") and the occasion told in the simple past ("the
    meeting was co-chaired by"), not whatever else the lead's people did; unless the clause points
    to an earlier time ("recent", "had", "back in"). Background ("the agreement with the IMF was done by
    the previous government") gets no date."""
    lead = lead_sentence(doc)
    found = _news_day(doc, dates, published)
    if lead is None or found is None:
        return
    day = (found, found)
    # not lead.root: a dateline ("PESHAWAR:") can be parsed as the root
    lead_states = any(t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_LEMMAS for t in lead)
    in_lead_events = [ev for ev in events if starts_in(lead, ev.sentence_start)]
    lead_types = {ev.type for ev in in_lead_events}
    lead_things = {x for ev in in_lead_events for x in (*ev.organizations, *ev.zones)} - _everywhere(events)
    # "X recently concluded his visit to China": the lead's occasion was before the news day, and so
    # were the occasions of it the body retells ("the dignitaries at the forum included ...")
    lead_earlier = any(ev.type in OCCASIONS and _told_as_before(doc, ev) for ev in in_lead_events)
    lead_people = {p.name for ev in in_lead_events for p in ev.participants if p.role != "party"}
    for ev in events:
        if ev.date is not None or ev.status != "happened":
            continue
        occasion_day = _told_occasion_day(events, ev) if _on_the_occasion(doc, ev) else None
        signed_then = _signed_in_sequence(doc, events, ev)
        if signed_then is not None:
            occasion_day = signed_then  # "... the signing ceremony. Another MoU was signed on ..."
        if occasion_day is not None and (occasion_day != day or signed_then is not None):
            ev.date = occasion_day  # "Yesterday, a job fair was organized. On this occasion, ... signed"
            ev.rule = (ev.rule or "").replace("date:none", "date:the-occasion's")
            continue
        sent = sentence_at(doc, ev.sentence_start)
        in_the_lead = sent.start_char == lead.start_char
        clause = _clause_text(doc, ev)
        # "had" tells of before the news outside the lead, and in it for a named occasion ("said the
        # launch of CPEC had deepened ties")
        tok = _trigger_token(doc, ev)
        noun = tok is not None and tok.pos_ == "NOUN"
        if _earlier_that_day(sent.text):
            clause = OPENING_EARLIER.sub("", clause)  # "Earlier, the PM launched the warship": that day
        earlier = EARLIER.search(clause) or ((not in_the_lead or noun) and PAST_PERFECT.search(clause))
        if (
            earlier
            or _relative_to_another(doc, ev)
            or (tok is not None and (_recalled(tok) or (ev.type not in OCCASIONS and _thanked_for(tok))))
            or (tok is not None and told_of_as_done(tok))  # "hailed the signing of": done before the praise
        ):
            continue
        if not in_the_lead and tok is not None and _own_time(doc, dates, tok, day):
            continue  # "Senator X said on October 1, 1949 Chairman Mao announced ...": a day of its own
        # a statement of the day: what the lead's speaker announced or told reporters that day
        stated = lead_states and ev.type in TOLD and sent.root.lemma_.lower() in STATEMENT_LEMMAS
        # the lead's own occasion told again in the simple past: "both sides also signed a letter"
        # ("The meeting was co-chaired by ..."); an indefinite one ("met X during his visit to Y") may
        # be any day
        told = ev.type in OCCASIONS and _definite(doc, ev)
        of_the_day = told or ev.type in lead_types or bool(lead_things & {*ev.organizations, *ev.zones})
        # "On the occasion, the PM inaugurated ...": the occasion the report is about
        of_the_day = of_the_day or (_on_the_occasion(doc, ev) and _last_told_today(events, ev, day))
        # "Both sides agreed to ..." in the report of a meeting: what the meeting agreed
        # ("Pakistan and China also agreed": two parties named)
        joint = _joint(clause) or len(ev.participants) >= 2
        of_the_day = of_the_day or (ev.type == "agreement" and "meeting" in lead_types and joint)
        # "The minister expressed these views during a meeting with X": where the day's statement was made
        occasion_of_views = ev.type in OCCASIONS and _views_expressed_at(doc, ev)
        # "Later, the two presidents witnessed the signing ceremony": the day's next act
        of_the_day = of_the_day or (_later_on(doc, ev) and _last_told_today(events, ev, day))
        # "The delegates said that during meetings with Chinese officials they witnessed ...": occasions
        # someone tells of are not the day's ("talks" is one occasion, plural in form)
        several = tok is not None and noun and _told_of_several(tok)
        told_past = _simple_past(doc, ev) or (_on_the_occasion(doc, ev) and _perfect(doc, ev))
        occasion = of_the_day and told_past and not lead_earlier and not several
        # "He also invited ...", "The meeting directed that ...": the day's speaker or meeting acts on
        occasion = occasion or (
            (lead_states or bool(in_lead_events))
            and ev.type not in OCCASIONS
            and _speaker_goes_on(doc, ev, lead_people)
        )
        spoken = _spoken_at(doc, ev) or _done_around_speaking(doc, ev)
        if in_the_lead or stated or occasion or occasion_of_views or spoken or _setting(doc, ev):
            ev.date = day
            ev.rule = (ev.rule or "").replace("date:none", "date:news-day")
            days = visit_days(tok) if tok is not None and ev.type == "visit" else None
            if ev.status == "happened" and days is not None and days > 1 and tok is not None and ended(tok):
                # "Concluding his three-day visit to China, X said": the visit's days up to the news day
                ev.date = (found - timedelta(days=days - 1), found)
            elif ev.status == "happened" and days is not None and days > 1:
                ev.status = "ongoing"  # "during his two-day visit", told on its day: under way


LATER = re.compile(r"^\W*(?:later|later on|afterwards|subsequently)\b", re.I)


RECALLING = frozenset({"recall", "remind", "remember", "recollect", "reminisce"})


def _recalled(tok: Token) -> bool:
    """'He recalled that X visited the flood-hit areas', 'While recalling the PM's meeting with Xi': told
    as memory, of another day than the news."""
    for node in [tok, *tok.ancestors][:4]:
        if node.head.i != node.i and node.head.lemma_.lower() in RECALLING:
            # what is recalled, not the occasion one recalls it at ("Addressing a news conference, she
            # recalled that ...")
            return node.dep_ in {"dobj", "ccomp", "xcomp", "pcomp", "pobj"}
    return False


GRATITUDE = frozenset(
    {
        "thank",
        "appreciate",
        "praise",
        "commend",
        "laud",
        "congratulate",
        "credit",
        "hail",
        "felicitate",
        "applaud",
    }
)


def _thanked_for(tok: Token) -> bool:
    """'thanked the Chief Minister for announcing Rs 730 million': what one is thanked for was done
    before."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in GRATITUDE


def _own_time(doc: Doc, dates: list[DateRecord], tok: Token, day: tuple[date, date]) -> bool:
    """The trigger's clause names a time of its own before the news day ('on October 1, 1949 ... Mao
    announced', 'last October when Modi met'); a date elsewhere in the sentence is another clause's."""
    verb = governing_verb(tok)
    # "last October when Modi met": a when-clause takes the time of the clause it hangs on
    when = verb.dep_ in {"advcl", "relcl"} and any(c.lower_ in {"when", "where"} for c in verb.children)
    clause = {verb.i, tok.i} | ({verb.head.i} if when else set())
    for d in dates:
        span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        if span is None or d.end >= day[0] or year_of_a_name(span):
            continue  # "addressing the launch of the Annual Report 2023": a year of a name is no time
        # the verb the date is said of
        said_of = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if said_of is not None and said_of.i in clause:
            return True
    return False


def _later_on(doc: Doc, ev: EventRecord) -> bool:
    """A sentence opening with 'Later,' continues the day the report tells, as does one opening with
    'Earlier,' told in the simple past (news copy's "earlier in the day"); "Earlier, X had signed" is
    before it."""
    text = sentence_at(doc, ev.sentence_start).text
    return LATER.match(text) is not None or _earlier_that_day(text)


OPENING_EARLIER = re.compile(r"^\W*earlier\b,?", re.I)


def _earlier_that_day(text: str) -> bool:
    return (
        OPENING_EARLIER.match(text) is not None
        and not PAST_PERFECT.search(text)
        and not re.search(r"\b(?:19|20)\d{2}\b|\b(?:last|this|next) (?:week|month|year)\b", text)
    )


def _signed_in_sequence(doc: Doc, events: list[EventRecord], ev: EventRecord) -> tuple[date, date] | None:
    """'... witnessed the signing ceremony. A memorandum of understanding was signed on ...': a signing
    told in the simple past right after a dated signing is one of that ceremony's, on its day."""
    if ev.type != "agreement" or not _simple_past(doc, ev):
        return None
    last = _told_before(events, ev)
    return _one_day(last) if last is not None and last.type == "agreement" else None


def _told_occasion_day(events: list[EventRecord], ev: EventRecord) -> tuple[date, date] | None:
    """The day of the occasion 'on the occasion' points back to: the one told last before it."""
    return _one_day(_told_before(events, ev, OCCASIONS))


def _last_told_today(events: list[EventRecord], ev: EventRecord, day: tuple[date, date]) -> bool:
    """The occasion 'on the occasion' points back to is the one told last before it: the day's, unless
    that one is dated otherwise ("Xi visited Pakistan in April 2015. On the occasion, ...")."""
    last = _told_before(events, ev, OCCASIONS)
    return last is None or last.date is None or last.date == day


def _told_before(
    events: list[EventRecord], ev: EventRecord, types: set[str] | None = None
) -> EventRecord | None:
    """The event told last before ev (of those types)."""
    before = [
        e for e in events if e.sentence_start < ev.sentence_start and (types is None or e.type in types)
    ]
    return max(before, key=lambda e: e.sentence_start, default=None)


def _one_day(ev: EventRecord | None) -> tuple[date, date] | None:
    """Its date when that is one day (a month or a year dates no one ceremony)."""
    return ev.date if ev is not None and ev.date is not None and ev.date[0] == ev.date[1] else None


def _told_as_before(doc: Doc, ev: EventRecord) -> bool:
    verb = _trigger_verb(doc, ev)
    return verb is not None and told_as_before(verb)


def _on_the_occasion(doc: Doc, ev: EventRecord) -> bool:
    """'The PM on the occasion inaugurated', 'On this occasion, both sides signed': the clause points back
    to the occasion the report is about."""
    verb = _trigger_verb(doc, ev)
    if verb is None:
        return False
    return any(
        t.lemma_.lower() == "occasion"
        and t.head.lower_ == "on"
        and governing_verb(t.head.head).i == verb.i  # "The PM on the occasion" hangs on the subject
        and any(c.lower_ in {"the", "this"} for c in t.children)
        for t in verb.subtree
    )


def _joint(clause: str) -> bool:
    return JOINT_PARTIES.search(clause) is not None


def _everywhere(events: list[EventRecord]) -> set[str]:
    """Bodies named around most events ("CPEC" in a CPEC story): they tell no occasion from another."""
    counts = Counter(x for ev in events for x in {*ev.organizations, *ev.zones})
    return {x for x, n in counts.items() if n > len(events) / 2}


def _news_day(doc: Doc, dates: list[DateRecord], published: date | None) -> date | None:
    """The day of the news: the last day the lead names on or before publication ("ISLAMABAD, Sep 22 (APP):
    ... on Sunday departed ... for the meeting on September 26" is Sunday), else the next sentence's (Dawn
    leads often name none: "... said in a meeting on Sunday")."""
    for sent in list(sentences(doc))[:2]:
        days = [
            d.start
            for d in dates
            if starts_in(sent, d.start_char)
            and d.granularity == "day"
            and (published is None or d.start <= published)
            and not _names_a_thing(doc, d)
        ]
        if days:
            return days[-1]
    return None


def _names_a_thing(doc: Doc, d: DateRecord) -> bool:
    """'the May 9 incident', 'the 9/11 attacks': a day that names what follows it is no day of the news."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "NOUN" and root.head.i == span.end


def _spoken_at(doc: Doc, ev: EventRecord) -> bool:
    """'..., he said while addressing a signing ceremony', 'Speaking at the inaugural ceremony, X said':
    the occasion where the day's statement was made took place that day."""
    verb = _trigger_verb(doc, ev)
    if verb is not None and (ev.rule or "").startswith("spoke-at-gathering"):
        return verb.tag_ in {"VBD", "VBG"}  # "He expressed these views at a ceremony", "speaking at"
    if verb is None or verb.tag_ != "VBG":
        return False
    # "Addressing a press conference here,\n he said": a line break can cut the participle off
    dangling = verb.dep_ == "ROOT" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
    speaking = verb.lemma_.lower() in SPEAKING  # "Addressing X, he asked"
    # "the prime minister said addressing the Summit": the parser may take the participle for a complement
    said_addressing = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in STATEMENT_LEMMAS and speaking
    return (
        dangling
        or said_addressing
        or (verb.dep_ in {"advcl", "pcomp"} and (speaking or _statement_above(verb)))
    )


def _done_around_speaking(doc: Doc, ev: EventRecord) -> bool:
    """'Addressing a ceremony after laying foundation stones of ..., the PM said', '... after inauguration
    of the road': the act right before (or after) the day's address is of that day."""
    tok = _trigger_token(doc, ev)
    if tok is None:
        return False
    for node in (tok, governing_verb(tok)):
        if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in {"after", "before"}:
            return _speaking_above(node.head)
    return False


def _speaking_above(prep: Token) -> bool:
    """The before/after phrase hangs on the day's address ("Addressing a ceremony after ..."), or on the
    gathering addressed ("Speaking at a rally after ...")."""
    speaking = next((t for t in prep.ancestors if t.pos_ in {"VERB", "AUX"}), prep)
    addressing = speaking.tag_ == "VBG" and speaking.lemma_.lower() in SPEAKING
    return addressing and speaking.dep_ in {"advcl", "ROOT"}


VIEWS = frozenset({"view", "remark", "this", "these", "observation", "thought"})


SPEAKING = frozenset({"address", "speak", "talk", "chair", "attend"})


def _views_expressed_at(doc: Doc, ev: EventRecord) -> bool:
    """'He expressed these views during a meeting with X', 'said this at a seminar': the occasion of the
    statement the lead dates."""
    tok = _trigger_token(doc, ev)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in {"during", "at", "in", "while"}:
        return False
    verb = tok.head.head
    if verb.tag_ == "VBG" and verb.dep_ in {"acl", "advcl"} and verb.lemma_.lower() in SPEAKING:
        # "The minister talking to media during the visit here said ...": where the talk was
        verb = verb.head if verb.dep_ == "advcl" else verb.head.head
        return verb.tag_ == "VBD" and verb.lemma_.lower() in STATEMENT_LEMMAS
    # ("In a meeting with X, the governor sounded confident that ...": a view voiced there)
    said = verb.lemma_.lower() in STATEMENT_LEMMAS | {"express", "make", "share", "sound"}
    views = any(c.dep_ == "dobj" and c.lemma_.lower() in VIEWS for c in verb.children)
    return said and verb.tag_ == "VBD" and (views or verb.lemma_.lower() in STATEMENT_LEMMAS | {"sound"})


def _setting(doc: Doc, ev: EventRecord) -> bool:
    """'The minister was chairing a review meeting': the past progressive sets the scene of the day's
    news."""
    verb = _trigger_verb(doc, ev)
    if verb is None or ev.type not in OCCASIONS:
        return False
    return verb.tag_ == "VBG" and any(c.lower_ in {"was", "were"} and c.dep_ == "aux" for c in verb.children)


def _statement_above(verb: Token) -> bool:
    for _ in range(2):
        verb = verb.head
        if verb.lemma_.lower() in DAY_STATEMENT_LEMMAS:  # "Addressing an event, the envoy highlighted"
            return True
    return False


def _trigger_token(doc: Doc, ev: EventRecord) -> Token | None:
    if ev.trigger_start is None:
        return None
    span = doc.char_span(ev.trigger_start, ev.trigger_start + len(ev.trigger), alignment_mode="expand")
    return span.root if span is not None else None


def _trigger_verb(doc: Doc, ev: EventRecord) -> Token | None:
    """The verb of the trigger's clause."""
    tok = _trigger_token(doc, ev)
    return governing_verb(tok) if tok is not None else None


def _relative_to_another(doc: Doc, ev: EventRecord) -> bool:
    """'returned after his visit to China': an occasion placed before or after another took place on
    another day than that of the news."""
    tok = _trigger_token(doc, ev)
    if tok is None:
        return False
    verb = governing_verb(tok)
    # "a week after X paid a visit": the clause is marked as before or after the news
    marked = any(c.dep_ == "mark" and c.lower_ in BEFORE_OR_AFTER for c in verb.children)
    after = tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_OR_AFTER
    # "Addressing a public meeting after inauguration of the road, he said": the day's next act, the same day
    return marked or (after and not _speaking_above(tok.head))


def _clause_text(doc: Doc, ev: EventRecord) -> str:
    tok = _trigger_token(doc, ev)
    if tok is None:
        return ev.sentence
    head = tok.head if tok.pos_ in {"NOUN", "PROPN"} else tok
    # "Addressing a presser to highlight last year's achievements": the time of a purpose is not when the
    # occasion was
    purposes = {t.i for c in head.children if _purpose(c) and tok not in c.subtree for t in c.subtree}
    words = [t for t in head.subtree if t.i not in purposes]
    if tok.pos_ in {"NOUN", "PROPN"}:
        # "convened at a conference in the capital the other day": the time told on the verb it hangs from
        verb = governing_verb(tok)
        words += [t for c in verb.children if c.dep_ in {"npadvmod", "advmod"} for t in c.subtree]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _purpose(tok: Token) -> bool:
    """'to highlight ...': an infinitive of purpose hanging on the occasion's verb."""
    return tok.dep_ in {"xcomp", "advcl"} and to_infinitive(tok)


# the day's gathering acting as one: "The meeting directed that ..."
GATHERED = frozenset({"meeting", "session", "conference", "forum", "summit"})
NEAR_THE_LEAD = 4  # sentences: the report of the day's speech, not the background further down


def _speaker_goes_on(doc: Doc, ev: EventRecord, lead_people: set[str]) -> bool:
    """In the report of the day's speech or meeting, its speaker ('he', 'she', or named again: 'Deputy Prime
    Minister Dar also invited ...') or the meeting itself acting in the simple past acts that day."""
    verb = _trigger_verb(doc, ev)
    if verb is None or _sentences_after_lead(doc, ev) > NEAR_THE_LEAD:
        return False
    # what a speaker does where he speaks (announces, invites, approves); not "Pakistan also signed
    # agreements for 21 projects", "X signed the framework agreement as finance minister": background
    said_there = ev.type in SAID_THERE
    if said_there and _also_done(verb):
        return True  # "A $300 million investment was also announced": the day's report goes on
    if verb.tag_ != "VBD":
        return False
    again = said_there and bool({p.name for p in ev.participants if p.role != "party"} & lead_people)
    return any(
        s.lower_ in PRONOUNS
        or (s.lemma_.lower() in GATHERED and any(c.lower_ in DEFINITE for c in s.children))
        or (s.pos_ == "PROPN" and again)
        for s in verb.children
        if s.dep_ == "nsubj"
    )


SAID_THERE = frozenset({"announcement", "offer", "approval"})


def _also_done(verb: Token) -> bool:
    """'... was also announced', 'also signed': a simple past (or its passive) with 'also', continuing the
    report of the day."""
    also = any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children)
    passive_past = verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in {"was", "were"} for c in verb.children
    )
    return also and (verb.tag_ == "VBD" or passive_past)


def _sentences_after_lead(doc: Doc, ev: EventRecord) -> int:
    lead = lead_sentence(doc)
    start = lead.start_char if lead is not None else 0
    return sentence_index(doc, ev.sentence_start) - sentence_index(doc, start)


def _perfect(doc: Doc, ev: EventRecord) -> bool:
    """'has announced': the present perfect of a report's own day."""
    verb = _trigger_verb(doc, ev)
    return (
        verb is not None
        and verb.tag_ == "VBN"
        and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
    )


def _simple_past(doc: Doc, ev: EventRecord) -> bool:
    """'both sides signed', 'The meeting was co-chaired by', 'Addressing a press conference, he said': told
    in the simple past, the report is of the day's news (the past perfect and 'earlier' point back)."""
    verb = _trigger_verb(doc, ev)
    if verb is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "pcomp"}:
        verb = governing_verb(verb.head)
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.lower_ in {"was", "were"} for c in verb.children)
    )


def merge_occurrences(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """Reports of one occurrence become one event: same type and status, and the same sentence, a
    definite mention ("the meeting") of the occasion, or a shared official, body or zone on the same day."""
    kept: list[EventRecord] = []
    standfirst = headline_end(doc)
    for ev in [ev for ev in events if ev.sentence_start >= standfirst]:
        # the most recent report first: "during the visit" is the visit told last
        target = next((k for k in reversed(kept) if _same_occurrence(doc, k, ev)), None)
        if target is None:
            kept.append(ev)
        else:
            _absorb(target, ev)
    # a standfirst ("Minister, envoy discuss ties; ...") summarises the body: its events are the body's
    for ev in [ev for ev in events if ev.sentence_start < standfirst]:
        target = next((k for k in kept if k.type == ev.type), None)
        if target is not None:
            target.mentions.append(ev.mentions[0])
        elif "headline-present" in (ev.rule or ""):
            kept.append(ev)  # "President visits Chinese Embassy" that the body tells no more of: the news
    return kept


def _same_occurrence(doc: Doc, a: EventRecord, b: EventRecord) -> bool:
    if a.type == b.type and a.type in OCCASIONS and (_refers_back(doc, b) or _names_the_visit(doc, a, b)):
        return True  # "The PM will visit China ... during the visit, he would hold talks": one visit
    if a.type != b.type or a.status != b.status:
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        # "would arrive today on a three-day visit till June 22": the arrival's day lies within the visit
        return a.sentence_start == b.sentence_start and _within(a.date, b.date)
    if a.sentence_start == b.sentence_start:
        return True
    if _ordinals(a) and _ordinals(b) and _ordinals(a) != _ordinals(b):
        return False  # "the 4th meeting" and "the 5th meeting"
    people = _actors(a) & _actors(b)
    shared = people or set(a.organizations) & set(b.organizations) or set(a.zones) & set(b.zones)
    if a.type in OCCASIONS and _definite(doc, b) and not _plural(doc, a):
        return True  # "The meeting was co-chaired by ...": the occasion already told (not "meetings")
    if a.type in ONE_OFF_ACTS and _definite(doc, b, noun_only=True) and not _plural(doc, a):
        return True  # "Pakistan launched its satellite ... congratulated the team on the successful launch"
    undated = b if b.date is None else a
    if (
        a.type in OCCASIONS
        and len(_named(a) & _named(b)) >= 2
        and (a.date is None) != (b.date is None)
        and not _told_as_earlier(doc, undated)
    ):
        return True  # "X met Xi today. ... said he was delighted to meet Xi": the same two, told again
    # the same people do many things: one occurrence only when both reports give it one day
    return bool(shared) and a.date is not None and a.date == b.date


def _refers_back(doc: Doc, ev: EventRecord) -> bool:
    """'during the visit', 'at the meeting' with no date of its own: the occasion already told, whatever
    tense the clause around it has."""
    own_date = ev.date is not None and "date:news-day" not in (ev.rule or "")
    return not own_date and _definite(doc, ev) and _pobj_noun(doc, ev)


# words that set a visit apart from the one the report is about: "his previous visit", "the next visit"
OTHER_VISIT = frozenset(
    {"previous", "last", "earlier", "first", "recent", "next", "upcoming", "forthcoming", "coming", "future"}
    | {"past", "former", "maiden", "another", "every", "each", "such", "any", "reciprocal", "return"}
)


def _names_the_visit(doc: Doc, a: EventRecord, b: EventRecord) -> bool:
    """'President X's visit to China is significant ...', 'The visit is expected to ...': the visit the
    report is about named again in a view of it, whatever tense the view has; not a visit of someone
    else, one with a day of its own, or one set apart ('his previous visit')."""
    tok = _trigger_token(doc, b)
    if a.type != "visit" or tok is None or tok.pos_ != "NOUN" or tok.tag_ == "NNS" or b.date is not None:
        return False
    # the visit as what a view is about: its subject, or the object of a verdict ("termed his visit
    # historic"); not the object of one who makes or ends it ("has completed his visit")
    judged = tok.dep_ == "dobj" and tok.head.lemma_.lower() in VERDICT_VERBS
    if not (judged or tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "of")):
        return False
    owned = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in tok.children)
    apart = any(t.lower_ in OTHER_VISIT or t.like_num for t in tok.subtree if t.i < tok.i)
    # everyone the second names (a pronoun's speaker too) takes part in the first
    named = {p.name for p in b.participants if p.role != "party"}
    return owned and not apart and named <= {p.name for p in a.participants}


VERDICT_VERBS = frozenset({"term", "describe", "call", "hail", "welcome", "appreciate", "praise", "value"})


def _told_of_several(tok: Token) -> bool:
    """Occasions in the plural inside what a verb of saying reports ("said that during meetings ...")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.lower_ == "talks":
        return False
    return any(a.dep_ == "ccomp" and a.head.lemma_.lower() in STATEMENT_LEMMAS for a in tok.ancestors)


def _plural(doc: Doc, ev: EventRecord) -> bool:
    tok = _trigger_token(doc, ev)
    return tok is not None and tok.tag_ in {"NNS", "NNPS"}


def _pobj_noun(doc: Doc, ev: EventRecord) -> bool:
    tok = _trigger_token(doc, ev)
    if tok is None:
        return False
    told = not any(c.lower_ in {"upcoming", "forthcoming", "next", "coming"} for c in tok.children)
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at", "in"} and told


def _actors(ev: EventRecord) -> set[str]:
    """Officials taking part: not a country named as a party, nor the speaker a pronoun stands for."""
    return {p.name for p in ev.participants if p.role not in {"party", "speaker (he/she)"}}


def _told_as_earlier(doc: Doc, ev: EventRecord) -> bool:
    """'had also met during the SCO summit', 'recalled his earlier meeting': another, earlier occasion."""
    clause = _clause_text(doc, ev)
    tok = _trigger_token(doc, ev)
    return bool(EARLIER.search(clause) or PAST_PERFECT.search(clause)) or (tok is not None and _recalled(tok))


def _named(ev: EventRecord) -> set[str]:
    """People taking part, also where a pronoun names them ('he was delighted to meet Xi')."""
    return {p.name for p in ev.participants if p.role != "party"}


def _ordinals(ev: EventRecord) -> set[str]:
    return set(ORDINAL.findall(ev.sentence.lower()))


def _definite(doc: Doc, ev: EventRecord, noun_only: bool = False) -> bool:
    """'the meeting' (or 'the meeting was held'): told as an occasion the reader already knows; noun_only:
    the act named again as a definite noun ('the successful launch'), not a verb's object."""
    tok = _trigger_token(doc, ev)
    if tok is None or (noun_only and tok.pos_ != "NOUN"):
        return False
    nouns = (
        [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    )
    if not noun_only and tok.pos_ == "VERB" and ev.type == "meeting":
        # "During the meeting, matters of mutual interest were discussed": the meeting told before
        nouns += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"during", "in", "at"}
            for g in c.children
        ]
        nouns = [n for n in nouns if n.dep_ != "pobj" or n.lemma_.lower() in GATHERED]
    return any(n.pos_ == "NOUN" and any(c.lower_ in DEFINITE for c in n.children) for n in nouns)


# acts done once: a later "the launch" is the one told before
ONE_OFF_ACTS = {"launch", "completion"}


def _absorb(target: EventRecord, other: EventRecord) -> None:
    target.mentions += other.mentions
    names = {p.name for p in target.participants}
    target.participants += [p for p in other.participants if p.name not in names]
    target.organizations += [o for o in other.organizations if o not in target.organizations]
    target.zones += [z for z in other.zones if z not in target.zones]
    if target.date is not None and other.date is not None:  # one day within the other's span: the span
        target.date = (min(target.date[0], other.date[0]), max(target.date[1], other.date[1]))
    target.date = target.date or other.date
    target.amount = target.amount or other.amount


def _within(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def visit_days(tok: Token) -> int | None:
    """'a three-day visit', 'a 5-day tour': the trip's length in days."""
    m = re.search(r"\b(\w+)\s*-\s*day\b", " ".join(t.text for t in tok.subtree))
    if m is None:
        return None
    return number_of(m.group(1))
