"""Event triggers in a sentence: words and phrases of the event types (event_types.py), holding or
convening a body, speaking to the media, a call between two people. Whether a trigger names an
occurrence is event_filters.py's question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from models.records import OrganizationRecord
from pipeline.analysis.event_types import (
    ADOPTED_TEXTS,
    APPROVING_VERBS,
    BY_NAME,
    CALL_FOR,
    COMMENTATORS,
    DAY_STATEMENT_LEMMAS,
    DOCUMENT_NOUNS,
    EVENT_TYPES,
    GATHERING_NOUNS,
    GATHERING_VERBS,
    MARKING_VERBS,
    MEDIA_OUTLETS,
    MEETING_BODIES,
    NEWS_DAY_WORDS,
    PRESS_NOUNS,
    PRESS_PEOPLE,
    SESSION_NAMES,
    SESSION_VERBS,
    SPEAK_LEMMAS,
    TAKING_PART_VERBS,
    EventType,
)
from pipeline.analysis.offices import head_pattern
from pipeline.analysis.sentences import lead_sentence, text_of
from pipeline.analysis.tense import to_infinitive

AMOUNT = re.compile(
    r"(US\$|\$|USD|Rs\.?|PKR|RMB|Rmb|yuan)\s?([\d,.]+|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?= ))\s?(trillion|billion|million|bn|mn|m|crore|lakh)?\b"
    r"|\b[\d,.]+\s?(?:trillion|billion|million)\s(?:dollars|rupees|yuan)\b",
    re.I,
)


DAY_STATEMENT = "statement-of-the-day"


# verbs of speaking that put the speaker at the place they spoke ("speaking at", "expressed views at")
SPEAKING_AT = frozenset({"speak", "say", "express", "make", "address", "deliver", "talk", "remark"})
# acts a ceremony is named by: the trigger words of every type but the meeting, and their other forms
CEREMONY_ACTS = frozenset(
    {lemma for kind in EVENT_TYPES if kind.name != "meeting" for lemma in kind.lemmas}
    | {"opening", "signing", "inaugural", "inauguration", "groundbreaking", "launching", "breaking"}
)


@dataclass(frozen=True)
class Trigger:
    type: EventType
    token: Token  # the head word of the trigger
    rule: str


def _verb_tests(
    organizations: list[OrganizationRecord],
) -> tuple[tuple[Callable[[Token], bool], str, str], ...]:
    """The verbs that make an occasion of their clause, each with its type and rule name."""
    return (
        (lambda t: _session(t, organizations), "meeting", "session-of-body"),
        (lambda t: _named_session(t, organizations), "meeting", "named-session"),
        (_to_media, "press_conference", "speaking-to-media"),
        (_phone_call, "meeting", "phone-call"),
        (_gathering, "meeting", "gathering-held"),
        (_spoke_at_gathering, "meeting", "spoke-at-gathering"),
        (_into_service, "launch", "into-service"),
        (_facility_opened, "launch", "facility-opened"),
        (_commemorated_at, "meeting", "commemorated-at"),
        (_money_provided, "funding", "money-provided"),
        (_invitation_extended, "offer", "invitation-extended"),
        (_pact_concluded, "agreement", "pact-concluded"),
        (_set_up, "launch", "set-up"),
        (_briefed, "meeting", "briefing-given"),
        (_budget_raised, "funding", "budget-raised"),
        (_welcomed_guest, "meeting", "welcomed-guest"),
        (_adoption, "approval", "text-adopted"),
        (_condolence_call, "meeting", "condoled-with"),
    )


def triggers(sent: Span, organizations: list[OrganizationRecord]) -> list[Trigger]:
    found = [Trigger(BY_NAME["announcement"], t, DAY_STATEMENT) for t in _statement_of_the_day(sent)]
    tests = _verb_tests(organizations)
    for t in sent:
        if t.pos_ not in {"VERB", "AUX"}:
            continue  # holding, attending, speaking and calling are verbs: skip the rest cheaply
        found += [Trigger(BY_NAME[kind], t, rule) for test, kind, rule in tests if test(t)]
    found += [Trigger(BY_NAME["press_conference"], t, "talk-with-media") for t in sent if _media_talk(t)]
    by_lemma = _by_lemma()
    for tok in sent:
        if tok.lower_ == "according" or _press_audience(tok):
            continue  # "according to" reports a source, never an accord; talking to the press meets no one
        lemma = _lemma(tok)
        for etype in by_lemma.get(lemma) or by_lemma.get(tok.lower_) or []:
            found.append(Trigger(etype, tok, f"word:{lemma}"))
    pattern, by_phrase = _phrases()
    for m in pattern.finditer(text_of(sent).lower()):
        span = sent.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if span is not None:
            found += [Trigger(etype, span.root, f"phrase:{m.group()}") for etype in by_phrase[m.group()]]
    return found


# gerunds the model tags as nouns that name the act ("the soft launching of X", "the signing of MoUs");
# "the offering of Friday prayers" names none
GERUND_TRIGGERS = {"signing": "sign", "launching": "launch", "inking": "ink", "commissioning": "commission"}


def _lemma(tok: Token) -> str:
    """The model keeps a capitalised plural as its own lemma ("Political Consultations"): its singular;
    likewise a gerund tagged as a noun."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma == tok.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    # "the soft launching of X": a gerund the model tags as a noun keeps its '-ing'
    if tok.pos_ == "NOUN" and lemma in GERUND_TRIGGERS:
        return GERUND_TRIGGERS[lemma]
    return lemma


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
    nouns += _lost_passive_subject(tok)
    head = tok
    for _ in range(3):
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            nouns.append(head)
            break
        nouns += [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(_is_body(n, organizations) for n in nouns)


def _lost_passive_subject(verb: Token) -> list[Token]:
    """'The Hong Ting Forum themed "..." was held in Islamabad': the parser makes 'themed' the root and
    leaves 'was held' without a subject."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive or any(c.dep_ in {"nsubjpass", "prt"} for c in verb.children):
        return []
    if verb.dep_ != "conj":
        return []
    # the nouns of the clause it is joined to, before it (a body among them is what was held: _is_body)
    return [t for t in verb.head.subtree if t.i < verb.i and t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "pobj"]


def _named_session(tok: Token, organizations: list[OrganizationRecord]) -> bool:
    """'addressing the 7th CPEC Media Forum', 'attended the Boao Forum': a session named as a body."""
    # "will inaugurate the Country Strategy Dialogue": opening a named session is taking part in it
    if tok.lemma_.lower() not in TAKING_PART_VERBS | {"inaugurate", "open"} or tok.pos_ != "VERB":
        return False
    if tok.dep_ in {"acl", "relcl"}:
        return False  # "dignitaries attending the Forum" describes them
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() in {"address", "attend"}:
        # "addressed the SCO Council of Foreign Ministers", "attended the National Assembly": its session
        return any(_named_body_head(o, organizations) in SESSION_NAMES | DELIBERATIVE for o in objects)
    return any(_session_name(o, organizations) for o in objects)


DELIBERATIVE = frozenset({"council", "assembly", "parliament", "senate", "congress", "ministers"})


def _session_name(noun: Token, organizations: list[OrganizationRecord]) -> bool:
    return _named_body_head(noun, organizations) in SESSION_NAMES


def _named_body_head(noun: Token, organizations: list[OrganizationRecord]) -> str | None:
    """The last word of the body whose name the noun is part of ("forum" for "the CPEC Media Forum")."""
    for org in organizations:
        if any(m.start <= noun.idx < m.end for m in org.mentions):
            return org.name.split()[-1].lower()
    return None


def _is_body(noun: Token, organizations: list[OrganizationRecord]) -> bool:
    if noun.lemma_.lower() in MEETING_BODIES or noun.lemma_.lower() == "meeting":
        return True
    return _named_body_head(noun, organizations) in MEETING_BODIES


def _to_media(tok: Token) -> bool:
    """'talking to reporters', 'told the media', 'briefing journalists': speaking to the press, by one
    whose words are news of their own (not a commentator quoted by the outlet)."""
    return _press_audience(tok) and not _commentator(tok)


def _press_audience(tok: Token) -> bool:
    if tok.lemma_.lower() not in SPEAK_LEMMAS or tok.pos_ != "VERB":
        return False
    heard = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
    heard += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    if tok.lemma_.lower() == "tell":
        # "an official told APP that ...", "residents told Dawn": the outlet's own source, no media talk
        heard = [n for n in heard if n.pos_ != "PROPN"]
    return any(_press_noun(n) for n in heard)


def _commentator(verb: Token) -> bool:
    """'Analysts X speaking to PTV believe ...', 'In an interview with APP, Professor X, a research fellow,
    noted ...': the speaker is a commentator, found as the noun a participle describes or as the subject
    (and its apposition) of the clause the talk is attached to."""
    if verb.dep_ == "acl":
        # "Analysts X speaking to PTV": the participle hangs on the name, the name on what he is
        speakers = [verb.head, *([verb.head.head] if verb.head.dep_ == "appos" else [])]
    else:
        main = verb.head if verb.dep_ in {"advcl", "prep", "pobj"} else verb
        main = main.head if main.dep_ == "prep" else main
        speakers = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not speakers:  # the parser lost the subject: the words before the main verb name the speaker
            speakers = [t for t in verb.doc[verb.i : main.i] if t.pos_ in {"NOUN", "PROPN"}]
    words = [t for s in speakers for t in s.subtree if t.dep_ in {"compound", "appos", "nsubj", "nsubjpass"}]
    return any(t.lemma_.lower() in COMMENTATORS for t in words + speakers)


# "in his talk with the media", "in an interview with the representatives of Chinese media"
TALK_NOUNS = frozenset({"talk", "interaction", "conversation", "chat", "interview"})


def _media_talk(noun: Token) -> bool:
    """'In his brief talk with the media', 'during an interaction with journalists': a talk held with the
    press."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TALK_NOUNS:
        return False
    # an interview is given "to" an outlet as well as held "with" it
    links = {"with", "to"} if noun.lemma_.lower() == "interview" else {"with"}
    partners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in links for g in c.children]
    # the occasion something was said in ("in his talk with the media"), not a wish ("to increase
    # interaction with the media")
    said_in = noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during", "at"}
    heard = any(_press_noun(p) or _outlet_programme(p) for p in partners)
    return said_in and heard and not _commentator(noun.head)


def _outlet_programme(noun: Token) -> bool:
    """'BBC World News', 'Xinhua News Agency', 'PTV News': a known outlet's own channel or programme."""
    words = [t.lower_ for t in noun.subtree if t.pos_ == "PROPN" and t.i <= noun.i]
    return any(" ".join(words[:n]) in MEDIA_OUTLETS for n in (1, 2, 3))


def _money_provided(verb: Token) -> bool:
    """'will provide Rs seven billion for the construction of the dam': money given for a purpose."""
    if verb.lemma_.lower() not in {"provide", "give"} or verb.pos_ != "VERB":
        return False  # "will provide Rs seven billion for the dam", "Saudi Arabia gave $ two billion"
    # the sum is the object itself ("Rs 7 billion"), not a number inside what it says ("a message that")
    given = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i <= c.i]
    return bool(AMOUNT.search(" ".join(t.text for t in given)))


# what is set up as a launch: a facility or a body ("established a forensic laboratory", "set up an
# alliance of research centres"), not ties, peace or a record
SET_UP_THINGS = frozenset(
    {"laboratory", "lab", "centre", "center", "office", "cell", "unit", "zone", "park", "school", "college"}
    | {"university", "hospital", "alliance", "desk", "plant", "factory", "facility", "institute", "company"}
    | {"authority", "hub", "campus", "clinic", "secretariat", "chapter", "branch", "consortium", "fund"}
)


def _set_up(verb: Token) -> bool:
    """'NAB established its forensic laboratory', 'have established the Alliance of Research Centres'."""
    lemma = verb.lemma_.lower()
    up = lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if verb.pos_ != "VERB" or not (lemma == "establish" or up) or verb.tag_ not in {"VBD", "VBN"}:
        return False  # set up, not 'to establish' or 'by establishing' (a purpose, a means)
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "its state of the art forensic laboratory": the parser takes 'state' for the object
    things += [t for c in things if c.lower_ == "state" for t in c.subtree]
    return any(t.lemma_.lower() in SET_UP_THINGS or t.text in SET_UP_NAMES for t in things)


SET_UP_NAMES = frozenset(
    {"Alliance", "Centre", "Center", "Institute", "Authority", "Laboratory", "Fund", "Commission"}
    | {"Committee", "Council", "Board", "Cell", "Wing", "Division", "Company", "Corporation", "Bureau"}
    | {"Agency", "Forum", "Directorate", "Secretariat", "Tribunal", "University", "Academy", "Zone"}
)  # "the Information Commission was established in November 2018"


def _briefed(verb: Token) -> bool:
    """'Chairman NHA gave a comprehensive briefing to the minister', 'received a briefing on': a meeting."""
    given = verb.lemma_.lower() in {"give", "present", "receive"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "briefing" for c in verb.children
    )
    # ("gave a briefing to reporters" is the press's: talk-with-media)
    return given and not any(t.dep_ == "pobj" and t.lemma_.lower() in PRESS_WORDS for t in verb.subtree)


PRESS_WORDS = PRESS_PEOPLE | PRESS_NOUNS


BUDGETS = frozenset({"budget", "allocation", "fund", "grant", "funding"})


def _budget_raised(verb: Token) -> bool:
    """'the government enhanced the budget of GB', 'doubled the allocation': money given."""
    return verb.lemma_.lower() in {"enhance", "increase", "raise", "double", "triple"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BUDGETS for c in verb.children
    )


def _pact_concluded(verb: Token) -> bool:
    """'concluded a $6.6 billion programme with the IMF', 'concluded an accord': a pact made; 'concluded
    his visit' or 'concluded the talks' ends an occasion."""
    if verb.lemma_.lower() != "conclude" or verb.pos_ != "VERB":
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    partner = any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.ent_type_ in {"ORG", "GPE", "NORP"} for g in c.children)
        for t in (verb, *things)
        for c in t.children
    )  # "with the IMF", not "with a vote of thanks"
    return any(
        t.lemma_.lower() in DOCUMENT_NOUNS or (partner and t.lemma_.lower() in {"programme", "program"})
        for t in things
    )


def _invitation_extended(verb: Token) -> bool:
    """'extended an invitation to the minister to visit Minsk': an invitation is an offer, as 'invited' is
    ('at the invitation of' names who invited a trip made, no offer)."""
    return verb.lemma_.lower() in {"extend", "give", "send", "issue", "convey", "hand"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "invitation" for c in verb.children
    )


def _welcomed_guest(verb: Token) -> bool:
    """'Welcoming Ambassador-designate X, the president said', 'welcomed the Vice-Premier': receiving an
    official in person; not a thing ("welcomed Pakistan's decision")."""
    if verb.lemma_.lower() == "receive" and verb.pos_ == "VERB":
        return _received_in_person(verb)
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() == "look":
        return False  # "looked forward to welcoming President Xi": a wish
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    # the head and the words before it, but not an owner: "welcomed the prime minister's announcement"
    # welcomes a thing the minister made
    owners = {t.i for g in guests for c in g.children if c.dep_ == "poss" for t in c.subtree}
    named = [t for g in guests for t in g.subtree if t.i <= g.i and t.i not in owners]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in GUEST_OFFICES for t in named)


def _received_in_person(verb: Token) -> bool:
    """'X was received by Vice Minister Y', 'the governor received the delegation': one official receives
    another in person; not a thing received ("received $2 billion", "received a letter")."""
    guests = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    hosts = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if any(c.dep_ == "nsubjpass" for c in verb.children) and not hosts:
        return False  # "the delegation was received warmly": no host, a manner of speaking
    return all(_official_like(n) for n in guests + hosts) and bool(guests)


def _official_like(noun: Token) -> bool:
    """A person, an office or a delegation; a pronoun stands for one in a report on officials."""
    if noun.lower_ in {"he", "she", "they"}:
        return True
    words = [t for t in noun.subtree if t.i <= noun.i]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in GUEST_OFFICES for t in words)


GUEST_OFFICES = frozenset(
    {"ambassador", "designate", "minister", "president", "delegation", "envoy", "premier", "leader"}
    | {"dignitary", "guest", "counterpart"}
)


def _gathering(tok: Token) -> bool:
    """'organized a special event', 'addressed a large gathering', 'the screening was held', 'addressing
    the business community': a gathering organised, hosted or addressed brings people together."""
    if tok.lemma_.lower() not in GATHERING_VERBS or tok.pos_ != "VERB":
        return False
    held = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.lemma_.lower() == "address" and any(n.lemma_.lower() in AUDIENCES for n in held):
        return True
    # "a job fair was organized": the tagger often reads 'fair' after its noun as an adjective
    held += [c for n in held for c in n.children if c.dep_ == "amod" and c.i > n.i and c.lower_ in HELD_ONLY]
    return any(_plain_gathering(n) for n in held)


def _spoke_at_gathering(tok: Token) -> bool:
    """'Speaking at an event of CSIS', 'expressed these views at a ceremony', 'while speaking as chief
    guest at the ceremony': one who speaks at a gathering takes part in it. A ceremony named by its act
    ('the signing ceremony') is that act's, told by its own trigger."""
    if tok.lemma_.lower() not in SPEAKING_AT or tok.pos_ != "VERB":
        return False
    # "speaking as chief guest at the ceremony": the parser hangs 'at' on the guest
    guests = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    preps = [c for t in (tok, *guests) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"]
    places = [g for c in preps for g in c.children]
    return any(_plain_gathering(p) for p in places if p.dep_ == "pobj")


# people one addresses in person: "addressing the business community", "addressed the students"
AUDIENCES = frozenset(
    {"community", "student", "participant", "audience", "delegate", "trader", "businessman", "youth"}
    | {"gathering", "officer", "member", "congregation", "rally", "crowd", "graduate", "jirga"}
)
# gatherings that are occasions only when held, organised or spoken at ("a job fair was organized")
HELD_ONLY = frozenset({"ceremony", "fair", "exhibition", "expo", "festival", "hearing", "parade"})
IN_SERVICE = frozenset({"operational", "functional", "operative"})


def _into_service(verb: Token) -> bool:
    """'the airport would be functional soon', 'the zone will be operational by 2025': a facility going
    into service is its start of operations (a present 'is operational' is a state, filtered as such)."""
    if verb.lemma_.lower() not in {"be", "become"}:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.lemma_.lower() == "be" and not auxes & {"will", "would", "shall", "'ll", "to"}:
        return False  # "were already operational", "has been operational since 2019": a state
    if verb.dep_ == "xcomp" and any(a.tag_ == "VBD" for a in list(verb.ancestors)[:2]):
        return False  # "was due to become operational by 2018": a plan of the past, its fate told elsewhere
    serving = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in IN_SERVICE]
    return any(verb.doc[c.i - 1].lower_ not in {"non", "-"} for c in serving)  # "non-functional"


# what opening brings into service: "opened up the Kartarpur Corridor", "the airport was opened"; not
# talks, accounts, fire, markets to trade or doors to investors
OPENED_FACILITIES = frozenset(
    {"airport", "corridor", "road", "highway", "motorway", "expressway", "bridge", "tunnel", "port"}
    | {"terminal", "hospital", "school", "university", "campus", "consulate", "embassy"}
    | {"plant", "factory", "zone", "park", "crossing", "route", "railway", "line", "center", "centre"}
    | {"dryport", "facility", "station"}  # "Mughulpura Dryport would be opened next week for freight"
)


def _facility_opened(verb: Token) -> bool:
    """'Pakistan opened up the Kartarpur Corridor', 'the new terminal was opened': a facility brought into
    service (the verb 'open' alone triggers nothing: "opened talks", "open to investors")."""
    if verb.lemma_.lower() != "open" or verb.pos_ != "VERB":
        return False
    opened = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in OPENED_FACILITIES for o in opened)


# what is commemorated at a place: a day, an anniversary, a founding
COMMEMORATED = frozenset({"anniversary", "day", "founding", "jubilee", "centenary", "birthday", "occasion"})


def _commemorated_at(verb: Token) -> bool:
    """'the PLA's 98th anniversary, which was commemorated at General Headquarters today', 'the embassy
    celebrated the founding day at its premises': people gathered at one place for it (not "Pakistan
    Day was celebrated across the country")."""
    if verb.lemma_.lower() not in MARKING_VERBS - {"witness"} or verb.pos_ != "VERB":
        return False
    marked = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    marked += [verb.head] if verb.dep_ == "relcl" else []
    occasion = any(m.lemma_.lower() in COMMEMORATED for m in marked)
    at = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children]
    return occasion and any(g.pos_ in {"PROPN", "NOUN"} and g.lower_ not in {"level", "time"} for g in at)


def _plain_gathering(noun: Token) -> bool:
    if noun.lower_ not in GATHERING_NOUNS | HELD_ONLY and noun.lemma_.lower() not in GATHERING_NOUNS:
        return False
    if noun.tag_ == "NNS":
        return False
    named_by = [t for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} for t in c.subtree]
    # "a ceremony of virtual inauguration of the airport": the act named after 'of' is the event
    named_by += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return not any({t.lemma_.lower(), t.lower_} & CEREMONY_ACTS for t in named_by)


def _condolence_call(tok: Token) -> bool:
    """'Condoling with Chinese Ambassador X, the president said': a condolence offered in person."""
    if tok.lemma_.lower() != "condole" or tok.pos_ != "VERB":
        return False
    met = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    written = any(t.lemma_.lower() in {"message", "letter", "statement", "tweet", "post"} for t in tok.sent)
    return not written and any(m.pos_ == "PROPN" or m.ent_type_ == "PERSON" for m in met)


def _adoption(tok: Token) -> bool:
    """'adopted a resolution', 'the declaration was adopted', 'passed the budget': a body approves a text."""
    if tok.lemma_.lower() not in APPROVING_VERBS or tok.pos_ != "VERB":
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in ADOPTED_TEXTS for c in tok.children)


def _phone_call(tok: Token) -> bool:
    """'called Prime Minister X telephonically', 'called X by phone', 'spoke on telephone with X': a call
    between two people."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in {"speak", "talk"}:
        # "spoke on (the) telephone with", "talked over the phone", "spoke telephonically"; not "spoke about
        # mobile phone manufacturing"
        by_phone = any(
            c.dep_ == "prep"
            and c.lower_ in {"on", "over", "by"}
            and any(g.lemma_.lower() in {"phone", "telephone"} for g in c.children)
            for c in tok.children
        )
        return by_phone or any(c.lower_ in {"telephonically", "telephonic"} for c in tok.children)
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return False
    phone = any(c.lower_ in {"telephonically", "telephonic"} for c in tok.subtree)
    phone = phone or any(t.lemma_.lower() in {"phone", "telephone"} for t in tok.subtree)
    person = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in tok.children)
    return phone or person


def _press_noun(noun: Token) -> bool:
    """The audience itself ("reporters", "a news channel"), not a thing named after the press ("Media
    Forum")."""
    if noun.lemma_.lower() in PRESS_NOUNS:
        return True
    if noun.lemma_.lower() in PRESS_PEOPLE and any(
        c.dep_ == "compound" and c.lemma_.lower() in PRESS_NOUNS for c in noun.children
    ):
        return True  # "media persons": people of the press, unlike a "Media Forum"
    of_press = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if noun.lemma_.lower() in PRESS_PEOPLE and any(g.lemma_.lower() in PRESS_NOUNS for g in of_press):
        return True  # "the representatives of Chinese media"
    # the outlet's own name, not what follows it ("talking to APP outside the Parliament House")
    name = " ".join(t.text for t in noun.subtree if t.pos_ == "PROPN" and t.i <= noun.i).lower()
    return noun.pos_ == "PROPN" and name in MEDIA_OUTLETS  # "talking to APP", "told Xinhua"


def _statement_of_the_day(sent: Span) -> list[Token]:
    """The lead's statement dated to the news day ("X on Tuesday said ...", "Y on Wednesday extended
    greetings"): by news convention the day's announcement. Statements elsewhere are what was said, not
    an occurrence of their own."""
    lead = lead_sentence(sent.doc)
    if lead is None or lead.start != sent.start:
        return []
    return [t for t in sent if t.pos_ == "VERB" and _stating(t) and (_dated_by_name(t) or _lead_verb(t))]


def _lead_verb(verb: Token) -> bool:
    """The lead's own verb of saying with a named subject, dated or not ("Consul General X said China
    has achieved ...", "..., remarked Coordinator X"): the report's statement all the same."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    main = verb.dep_ == "ROOT" or _under_dateline(verb)
    return main and any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" for s in subjects)


def _under_dateline(verb: Token) -> bool:
    """'QUETTA: Chief Minister X has said ...': the parser makes a bare dateline the root and the lead's
    own verb its complement."""
    head = verb.head
    colon = head.i + 1 < len(verb.doc) and verb.doc[head.i + 1].text == ":"
    return head.dep_ == "ROOT" and head.i == verb.sent.start and head.is_upper and colon and head.i != verb.i


def _stating(verb: Token) -> bool:
    before = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
    if verb.text[:1].isupper() and before in {"bin", "ibn", "bint"}:
        return False  # "Nawaf bin Said Al-Malki": a name, not a verb of saying
    lemma = verb.lemma_.lower()
    calls_for = lemma == CALL_FOR and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    # "called the CPEC (as) a lifeline": naming something is saying it, as "termed"
    calls_it = lemma == CALL_FOR and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    )
    # "paid tribute to the resilience of ...": homage is said
    tribute = lemma == "pay" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"tribute", "homage"} for c in verb.children
    )
    # "ruled out", "pointed out", "spelled out a number of initiatives": said
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    out = lemma in {"rule", "point", "spell"} and "out" in particles
    # "called upon the nation to work together": urged ('called on the PM' alone is a meeting)
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    # (not "called upon Prime Minister X to convey the greetings": a call paid on a person)
    urged = lemma == CALL_FOR and bool(preps & {"upon", "on"}) and not _calls_on_someone(verb)
    urged = urged and any(c.dep_ in CLAUSES and to_infinitive(c) for c in verb.subtree)
    # "recalled that ...", "dismissed the rumours", "shared his vision", "welcomed the decision": said; not
    # "recalled the ambassador", "dismissed the chairman", "welcomed the investors", "shared a stage"
    about = lemma in SAYING_ABOUT and any(
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in SAID_THINGS) for c in verb.children
    )
    return lemma in DAY_STATEMENT_LEMMAS or calls_for or calls_it or tribute or out or urged or about


SAYING_ABOUT = frozenset({"recall", "dismiss", "share", "welcome"})
SAID_THINGS = frozenset(
    {"view", "rumour", "rumor", "report", "allegation", "claim", "vision", "proposal", "idea", "thought"}
    | {"concern", "experience", "decision", "move", "initiative", "step", "role", "contribution", "sacrifice"}
    | {"effort", "impression", "speculation", "assertion", "statement", "remark", "insight", "perspective"}
)


def _calls_on_someone(verb: Token) -> bool:
    hosts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"upon", "on"} for g in c.children]
    return any(h.ent_type_ == "PERSON" or head_pattern().fullmatch(h.text) for h in hosts)


CLAUSES = frozenset({"xcomp", "advcl", "acl", "relcl"})


def _dated_by_name(verb: Token) -> bool:
    """A weekday (or today) on the verb, or just before it ("X on Tuesday said", which the parser often
    hangs on X), by someone named (not 'he', not 'it')."""
    # the day may hang on the subject: "X, Wednesday called for ..."
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"}
    days = [
        t
        for t in verb.sent
        if t.lower_ in NEWS_DAY_WORDS and ((finite and t.i < verb.i) or t in verb.subtree)
    ]
    near = any(t.head.i == verb.i or verb.i - 4 <= t.i < verb.i or t.head.head.i == verb.i for t in days)
    # "X on Thursday, appreciating ..., emphasized": an adjunct between the day and its verb
    # ... but not a day inside a noun's phrase ("Recalling the attack on Monday, X said")
    near = near or any(_first_finite_after(t) == verb.i and t.head.head.pos_ != "NOUN" for t in days)
    # the dateline often swallows the subject in the parse ("ISLAMABAD, Jan 29 (APP): X on ..."): only
    # a pronoun subject rules the statement out
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    return near and not pronoun


def _first_finite_after(day: Token) -> int | None:
    """The first finite verb after a weekday in its sentence: the one the day dates ("X on Thursday,
    appreciating ..., emphasized")."""
    for t in day.doc[day.i + 1 : day.sent.end]:
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return t.i
    return None
