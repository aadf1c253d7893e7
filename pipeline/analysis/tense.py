"""Tense and modality of the clause around a token: planned, ongoing or happened (past)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.analysis.event_types import GLAD, HONOURS, OCCASION_NOUNS, OUTCOME_NOUNS
from pipeline.analysis.sentences import sentence_at

PLANNED_WORDS = re.compile(
    r"\b(will|shall|would|going to|set to|expected to|likely to|scheduled|planned|forthcoming|upcoming|"
    r"to be held|due to (?!the\b|a\b|an\b|this\b|these\b|its\b|his\b|their\b|lack\b|non\b)|"
    r"next|coming|plans? to|intends? to|proposed|expected|anticipated|slated|"
    # "a meeting is set for Sept 26"; "the plant was to be inaugurated in 2019": a plan (of the past)
    r"(?:is|are) set for|soon being|(?:was|were) to be)\b",
    re.IGNORECASE,
)
ONGOING_WORDS = re.compile(
    r"\b(is being|are being|was being|were being|under way|underway|ongoing|in progress|continuing)\b", re.I
)


def governing_verb(token: Token) -> Token:
    """The verb whose clause holds token (the token itself when it is a verb)."""
    tok = token
    for _ in range(8):
        # a participle used as an adjective ("the ground-breaking ceremony") modifies a noun; its clause is
        # that of the noun ("Addressing the ground-breaking ceremony, he said")
        clause_verb = tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "amod"
        if clause_verb or tok.dep_ == "ROOT":
            return tok
        tok = tok.head
    return tok


# verbs that make something known: their object's plan words are the content's, not the verb's tense
MADE_KNOWN = frozenset({"announce", "unveil", "reveal", "disclose", "share", "outline", "present", "detail"})
# "X proposed consultations", "Y planned the route": a plan word as a finite past is a thing done
PLAN_VERBS_DONE = frozenset({"proposed", "planned", "scheduled", "expected", "anticipated"})
# "managed to complete", "failed to": the infinitive tells what was (or was not) done.
DONE_TO = frozenset({"manage", "fail", "happen", "continue", "use", "begin", "start", "help", "enable"})


def told_as_before(verb: Token) -> bool:
    """'X recently concluded his visit', 'had earlier visited': an adverb on the verb itself puts it before
    the news day ("earlier today" and "earlier in the day" are the news day)."""
    for c in verb.children:
        after = c.nbor(1).lower_ if c.i + 1 < len(c.doc) else ""
        if c.lower_ in {"recently", "previously", "lately"}:
            return True
        if c.lower_ == "earlier" and after not in {"today", "in", "this"}:
            return True
    return False


def simple_present(verb: Token) -> bool:
    """'visits', 'hold' with no auxiliary: a habit in a body, the news itself in a headline."""
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _infinitive_of(verb: Token) -> Token | None:
    """What a to-infinitive depends on ("invited him to visit"), also for a verb conjoined to one, which
    shares its 'to' ("invited him to visit KP and lay the foundation stone"); None for no infinitive."""
    if verb.tag_ == "VB" and to_infinitive(verb):
        return verb.head
    # a bare conjoined verb with no subject of its own continues the infinitive's clause
    shares = verb.dep_ == "conj" and verb.tag_ in {"VB", "VBP"}  # never a past: "came to review and met"
    shares = shares and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children)
    first = verb.head
    return first.head if shares and first.tag_ == "VB" and to_infinitive(first) else None


# what one managed to do: 'was able to arrange debt relief' (not 'firms were able to invest freely')
ACHIEVED = frozenset({"arrange", "secure", "obtain", "get", "complete", "achieve", "sign", "conclude"})
ACHIEVED |= frozenset({"reach", "finalize", "finalise", "attract", "mobilize", "mobilise", "win"})


def was_able(word: Token) -> bool:
    """'was able to arrange': an achievement told in the past, not denied, is a thing done."""
    done = [c for c in word.children if c.dep_ == "xcomp" and c.lemma_.lower() in ACHIEVED]
    if word.lower_ != "able" or not done:
        return False
    copula = governing_verb(word)
    return copula.tag_ == "VBD" and not any(c.dep_ == "neg" for c in copula.children)


# what one is glad to have done as an occasion ("was delighted to meet X"); "happy to invest" is a wish
MET = frozenset({"meet", "visit", "attend", "host", "receive", "welcome", "be", "see", "address"})


def _honoured(purpose: Token, verb: Token) -> bool:
    glad = verb.lemma_.lower() in MET and any(t.lower_ in GLAD for t in purpose.subtree if t.i < verb.i)
    return glad or any(t.lemma_.lower() in HONOURS for t in purpose.subtree if t.i < verb.i)


# "his recent visit", "the last meeting": an occasion already held
PAST_MODIFIERS = frozenset({"recent", "last", "previous", "earlier"})


def past_occasion(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.lower_ in PAST_MODIFIERS for c in noun.children)


def _has_outcomes(noun: Token) -> bool:
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return prep is not None and prep.head.lemma_.lower() in OUTCOME_NOUNS


def chance_had(noun: Token) -> bool:
    """'The delegation had a chance to meet X': a chance one had was taken; 'there was an opportunity for
    Qatar to invest' is one still open, and 'had the desire to invest' a wish."""
    chance = noun.lemma_.lower() in {"chance", "opportunity", "privilege", "honour", "honor"}
    return chance and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have" and noun.head.tag_ == "VBD"


def _present_stay(head: Token) -> bool:
    """'is in Beijing', 'are here', 'is currently in', 'is on an official visit to Turkey': someone present
    somewhere now ('is to visit' is a plan: no place)."""
    if head.lemma_ != "be" or head.tag_ not in {"VBZ", "VBP"}:
        return False
    on_a_trip = any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in TRIPS for g in c.children)
        for c in head.children
    )
    return on_a_trip or any(
        (c.dep_ == "prep" and c.lower_ in {"in", "at"}) or c.lower_ in {"here", "there", "currently"}
        for c in head.children
    )


TRIPS = frozenset({"visit", "tour", "trip"})


def _plan_in_news_style(verb: Token) -> bool:
    """A to-infinitive with a subject of its own in a reported or headline clause ("work to start by
    yearend"); not "a privilege for him to visit China" nor "helped the board to complete"."""
    if verb.dep_ not in {"ccomp", "ROOT", "conj"} or not to_infinitive(verb):
        return False
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return subject and verb.head.lemma_.lower() not in DONE_TO


def _still_to_do(verb: Token) -> bool:
    """An infinitive describing a noun is what is still to be done with it ("the MoU to be signed"), but
    not after a rank ("the first country to sign the accord" did)."""
    if verb.dep_ not in {"acl", "relcl"} or not to_infinitive(verb):
        return False
    ranked = any(c.lower_ in {"first", "last", "only", "second"} for c in verb.head.children)
    # "had a chance to meet X": taken; "a matter of great privilege for him to visit": an honour, made
    return not ranked and not chance_had(verb.head) and not _honoured(verb.head, verb)


def _setting_of(token: Token, purpose: Token) -> bool:
    """An occasion noun after in/during/at under an infinitive ('agreed to enhance cooperation in a
    meeting'), an infinitive whose clause's subject is an occasion ('the conference was being organized
    to discuss'), or one of those present for it ('were present to welcome')."""
    setting = token.dep_ == "pobj" and token.head.lower_ in {"in", "during", "at"}
    # "to participate in the conference": the occasion is what one takes part in, not where
    setting = setting and token.head.head.lemma_.lower() not in {"participate", "engage", "join", "take"}
    setting = setting and token.lemma_.lower() in OCCASION_NOUNS
    subjects = [c for c in purpose.children if c.dep_ in {"nsubj", "nsubjpass"}]
    occasion = any(s.lemma_.lower() in OCCASION_NOUNS for s in subjects)
    present = purpose.lemma_ == "be" and any(c.lower_ == "present" for c in purpose.children)
    return setting or occasion or present


ENDING = frozenset({"conclude", "end", "complete", "wrap", "wind"})


def ended(token: Token) -> bool:
    """'Concluding his three-day visit to China, X said': the occasion is over."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ENDING


def clause_status(token: Token) -> str:
    """planned | ongoing | happened, from the auxiliaries and modifiers of the governing verb."""
    under_way = any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)  # "is concluding"
    if ended(token) and token.head.tag_ in {"VBG", "VBD", "VBN"} and not under_way:
        return "happened"
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in {"NOUN", "PROPN"}:
        # "will hold meetings with dignitaries attending the Forum": as far along as the clause of the
        # people it describes
        return clause_status(token.head)
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "after":
        # "said while speaking at a gathering after inaugurating the station": done before what followed,
        # unless what followed is still to come ("will address the gathering after inaugurating it")
        then = clause_status(token.head.head)
        return "planned" if then == "planned" else "happened"
    if _has_outcomes(token):
        return "happened"  # "implementing the outcomes of the Prime Minister's visit": the visit is over
    if past_occasion(token):
        return "happened"  # "in the last Monetary Policy Committee meeting", "will act on his recent visit"
    verb = governing_verb(token)
    words = [verb, *verb.children, *token.children]
    # a finite past verb has its own tense ("... would train people, the spokesman said"), not its head's
    borrows = verb.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl", "conj"} and verb.tag_ != "VBD"
    if verb.head.i != verb.i and borrows:
        words += [verb.head, *verb.head.children]
    lowered = {w.lower_ for w in words}
    if verb.lemma_.lower() == "continue" and lowered & {"will", "shall", "'ll"}:
        return "ongoing"  # "the conference will continue deliberations on Thursday": under way
    if lowered & {"will", "shall", "would", "'ll"} or verb.lower_ == "going":
        return "planned"
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "likely" for c in verb.children):
        return "planned"  # "the PM's visit to China is also likely next month"
    if _plan_in_news_style(verb):
        return "planned"  # "work on the parks to start by yearend", "PM to visit China"
    if _still_to_do(verb):
        return "planned"  # "the agreement to be signed by the two sides", "the meeting to be held"
    purpose = _infinitive_of(verb)
    if purpose is not None and _present_stay(purpose):
        return "ongoing"  # "is currently in New York to attend the assembly": there for it now
    if purpose is not None and _setting_of(token, purpose):
        # "agreed to enhance cooperation in a meeting with X", "the conference was organized to discuss":
        # the occasion is where the decision was taken, as far along as the clause that took it
        return clause_status(purpose)
    if purpose is not None and purpose.lemma_ == "come" and purpose.tag_ == "VBD":
        return "happened"  # "workers who came in large numbers to attend the rally": they attended
    if purpose is not None and was_able(purpose):
        return "happened"  # "the PM was able to arrange debt relief": managed, so done
    if purpose is not None and purpose.lemma_ == "have" and purpose.tag_ == "VBD":
        return "happened"  # "the festival had to postpone": what had to be done was done
    if purpose is not None and (past_occasion(purpose) or chance_had(purpose)):
        return "happened"  # "his recent visit to India to attend the meeting", "had a chance to meet X"
    if purpose is not None and _honoured(purpose, verb):
        # "it was a matter of great privilege for him to visit China", "was delighted to meet Xi": the
        # honour of a visit made; "is pleased to be here": now; "would be glad to visit": to come
        feeling = governing_verb(purpose)
        if feeling.tag_ == "VBD":
            return "happened"
        return "planned" if any(c.dep_ == "aux" and c.tag_ == "MD" for c in feeling.children) else "ongoing"
    if purpose is not None and _arrived_at_venue(purpose):
        return "happened"  # "arrived at the Prime Minister's House to meet the PM": met on arrival
    if purpose is not None and purpose.lemma_.lower() not in DONE_TO:
        return "planned"  # "departed to attend the meeting", "agreed to form a group", "X to visit Y"
    sent = sentence_at(verb.doc, verb.idx)
    # the words around the verb, not those of a clause it reports ("on Friday said trade would grow")
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    if verb.tag_ == "VBD" and token.i == verb.i and verb.lemma_.lower() in MADE_KNOWN:
        # "the PM announced plans to overhaul the police": what was made known is planned, the telling done
        reported |= {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    near = verb.doc[max(sent.start, verb.i - 4) : min(sent.end, verb.i + 3)]
    # a finite past of a plan word tells what was done: "MNA X proposed consultations" is a proposal made
    done = {t.i for t in near if t.tag_ == "VBD" and t.lower_ in PLAN_VERBS_DONE}
    # "visited the proposed park venue": a plan word describing another noun dates nothing of the verb's
    done |= {t.i for t in near if t.dep_ == "amod" and t.i < t.head.i and t.head.i not in {token.i, verb.i}}
    window = " ".join(t.text for t in near if t.i not in reported | done)
    if PLANNED_WORDS.search(window) or any(
        c.lower_ in {"forthcoming", "upcoming", "next"} for c in token.children
    ):
        return "planned"
    if verb.tag_ == "VBG" and lowered & {"was", "were"}:
        # "was currently visiting Afghanistan": reported speech of a visit going on as the news is told
        # "he said Pakistan was launching its investor map": the present of the telling, reported
        # ("was visiting Kabul when the talks began" sets it against another past time: then, not now)
        told = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in TELLING
        told = told or any(c.dep_ == "parataxis" and c.lemma_.lower() in TELLING for c in verb.children)
        when = any(c.dep_ == "advcl" and _marked_by(c, {"when", "while", "as"}) for c in verb.children)
        # (only the verb itself: "said cooperation was growing during a meeting" dates no meeting now)
        told = told and token.i == verb.i and not when
        return "ongoing" if told or lowered & {"currently", "presently"} else "happened"
    if verb.tag_ == "VBD" and not lowered & {"being"}:
        return "happened"  # "Both sides agreed on continuing their support": the agreeing is done
    if ONGOING_WORDS.search(window) or (verb.tag_ == "VBG" and lowered & {"is", "are", "being"}):
        return "ongoing"
    if verb.tag_ == "VBN" and "being" in lowered and not lowered & {"was", "were", "had", "has", "have"}:
        return "ongoing"  # "the programme, being launched today by the PM": under way as the news is told
    if verb.tag_ in {"VBD", "VBN"} or lowered & {"was", "were", "had", "has", "have", "did"}:
        return "happened"
    return "present"


def _arrived_at_venue(verb: Token) -> bool:
    """'arrived at the PM House to meet', not 'arrived in Beijing to attend the summit' (days ahead)."""
    venues = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children]
    # an airport or station is where a trip begins, not where the meeting is
    transit = any(
        t.lemma_.lower() in {"airport", "station", "terminal", "airbase", "base"}
        for v in venues
        for t in v.subtree
    )
    return (
        verb.lemma_.lower() in {"arrive", "reach", "come"}
        and verb.tag_ == "VBD"
        and bool(venues)
        and not transit
    )


def _marked_by(clause: Token, words: set[str]) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words for c in clause.children)


TELLING = frozenset({"say", "tell", "inform", "state", "add", "disclose", "announce"})


def misread_noun_start(tok: Token) -> int | None:
    """'calling his recent three-day China visit successful': the parser may read 'visit' as a verb in the
    present; a possessive before it, across the words that describe it, and no subject make it the noun
    (whose phrase starts at the possessive)."""
    if tok.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None  # "their leaders visit China": a verb with its subject
    i = tok.i - 1
    while i >= 0 and (tok.doc[i].pos_ in {"ADJ", "NUM", "PROPN", "NOUN"} or tok.doc[i].text == "-"):
        if tok.doc[i].is_sent_start:
            return None  # "his recent three-day China visit": the words that describe it, in the sentence
        i -= 1
    return i if i >= 0 and i < tok.i - 1 and tok.doc[i].tag_ == "PRP$" else None
