"""Who takes part in an event: officials named in its clause, a he/she subject as the official it stands
for, countries that are its arguments, the teller of an announcement, the article's two parties for an
unnamed "both countries"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from models.records import Official, Participant
from pipeline.analysis.event_context import Context
from pipeline.analysis.event_types import JOINT_PARTIES, PRAISE_VERBS, STATEMENT_LEMMAS
from pipeline.analysis.offices import office_title_words
from pipeline.analysis.officials import served_mention
from pipeline.analysis.organizations import org_countries
from pipeline.analysis.sentences import doc_text, starts_in, text_of
from pipeline.analysis.tense import governing_verb, misread_noun_start, to_infinitive

PRONOUNS = {"he", "she"}
SPEAKER_BY_PRONOUN = "speaker (he/she)"
TOLD_TYPES = {"announcement", "press_conference"}


def leading_parties(doc: Doc, officials: Sequence[Official] = ()) -> tuple[str, ...]:
    """The two states the article is between: those named most, where every mention of an official counts
    for his state (a report on an Uzbek visit names Afghanistan as a topic more often than Uzbekistan)."""
    counts = Counter(m.group(1) for m in _country_pattern().finditer(doc_text(doc)))
    for official in officials:
        if official.country:
            counts[official.country] += len(official.mentions)
    return tuple(c for c, _n in counts.most_common(2))


def participants(
    sent: Span, ctx: Context, trigger: Token, type_name: str, statement: bool = False
) -> list[Participant]:
    """Who acts in the event: officials named in its own clause ("Marriyum said Imran started ..." gives
    Imran, not the speaker), a he/she subject as the official it stands for, countries that are its
    arguments ("Pakistan and China signed", "met with China's envoy"; not "ties between Pakistan and China"
    as a topic), and the article's two parties for an unnamed "both countries". An announcement is made
    by whoever tells it ("X said that the government has decided ..."): the teller takes part."""
    clause = _clause_tokens(trigger)
    who = _relative_antecedent(trigger)
    clause |= who
    misread = misread_noun_start(trigger)
    if misread is not None:  # "his recent China visit" read as a verb: the possessive is the visitor
        clause |= set(range(misread, trigger.i))
    # a visit's country is where it went ("arrived in China"); elsewhere 'in X' is only the venue
    arguments = _argument_tokens(trigger, venues=type_name != "visit")
    if _possessed(trigger):
        # "X's visit ... recalls Y's visit", "during his visit": the owner and the noun's own phrase
        clause = arguments = {t.i for t in trigger.subtree}
    if _only_mentioned(trigger):
        # "she mentioned the ongoing visit of X and his meetings with Y": the teller is not the visitor,
        # and what is listed beside the visit is not part of it
        kept = [c for c in trigger.children if c.dep_ not in {"conj", "cc"}]
        clause = arguments = {trigger.i} | {t.i for c in kept for t in c.subtree}
    if statement:
        # the day's statement is its teller's: not the people what was said is about ("X said the plan was
        # part of Prime Minister Y's vision"); the dateline may swallow the subject in the parse, so every
        # word before the verb counts
        before = {t.i for t in trigger.subtree if t.i < trigger.i} | set(range(sent.start, trigger.i))
        clause = arguments = (_subject_tokens(trigger) | before) - spoken_of(sent, trigger)
    elif type_name in TOLD_TYPES and not _own_doer(trigger):
        clause |= _teller_tokens(trigger)
        arguments |= _teller_tokens(trigger)
    if type_name == "press_conference":
        # "In an interview, he said X damaged relations with Saudi Arabia and China": what was said names
        # its topics, not who talked
        said = what_was_said(trigger)
        clause, arguments = clause - said, arguments - said
    clause -= _parenthetical_teller(trigger) | _source_of_a_vision(trigger) | _another_occasion(trigger)
    arguments -= _another_occasion(trigger)
    if type_name == "announcement" and not statement:
        # "X reaffirmed Pakistan's resolve to strengthen its partnership with China": what is announced is
        # its content; the states taking part are the announcer's side
        # (or its agent: "declared as priority zones by the governments of Pakistan and China")
        verb = governing_verb(trigger)
        agents = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
        arguments &= _subject_tokens(verb) | agents | _teller_tokens(trigger)
    doc = sent.doc
    people = []
    for off in ctx.officials:
        inside = [
            m
            for m in off.mentions
            if starts_in(sent, m.start)
            and _tokens_of(doc, m.start, m.end) & clause
            and not served_mention(doc, _token_at(doc, m.start), off.name)
        ]
        if inside:
            people.append(Participant(off.name, _role(sent, inside[0].start, trigger)))
    speaker = _pronoun_speaker(sent, ctx, clause, trigger)
    if speaker is not None and all(p.name != speaker.name for p in people):
        people.append(Participant(speaker.name, SPEAKER_BY_PRONOUN))
    # a country inside a body's name ("Centre for Afghanistan, Middle East and Africa") is no party
    bodies = [(m.start, m.end) for o in ctx.organizations for m in o.mentions if len(m.text.split()) > 1]
    named = {
        m.group(1)
        for m in _country_pattern().finditer(text_of(sent))
        if (at := _token_at(doc, sent.start_char + m.start())) in arguments
        and not any(s <= sent.start_char + m.start() < e for s, e in bodies)
        and not NAMED_FOR.search(text_of(sent)[: m.start()])
        and not _ends_a_name(doc[at])
    }
    # "the Pakistan-Japan Bilateral Political Consultations": the pair's second state opens the name
    named |= {
        m.group(2)
        for m in _pair_pattern().finditer(text_of(sent))
        if _token_at(doc, sent.start_char + m.start(2)) in arguments and m.group(1) in named
    }
    # "the NDRC and the BoI signed an MoU", "met NDRC officials": between states, a state's body doing it,
    # or met, is its state acting; in a home affair (a committee with WAPDA) no state is a party. A body
    # visited ("his visit to the NHA headquarters") or an outlet spoken to ("talking to Xinhua") is no doer
    acting = arguments & _doers(trigger) if type_name in {"visit", "press_conference"} else arguments
    states = _states_of_bodies(doc, ctx, acting)
    own = _states_of(people, ctx)
    if len(states | named | own) >= 2:
        named |= states
    # "an Omani delegation", "the Chinese side": a nationality on an argument names its country
    nationalities = gazetteers.titles().nationalities
    named |= {
        nationalities[doc[i].text]
        for i in arguments
        if doc[i].dep_ in {"amod", "compound"}
        and doc[i].text in nationalities
        and doc[i].head.lemma_.lower() in PARTY_NOUNS
    }
    if statement:
        named = _tellers_states(named, own, people, trigger)
    argument_text = " ".join(doc[i].text for i in sorted(arguments))
    joint = JOINT_PARTIES.search(argument_text)
    # "both leaders" are two people: the article's two parties only when neither is named
    room = 1 if joint is not None and joint.group().lower().endswith("leaders") else 2
    if joint is not None and not named and len(people) < room:
        named |= set(ctx.parties)  # "both countries agreed", no one named: the article's two parties
    people += [Participant(c, "party") for c in gazetteers.places().countries if c in named]
    return people


def spoken_of(sent: Span, verb: Token) -> set[int]:
    """Before the day's verb of saying, whom a participle names: 'X while terming PTI Chairman Y a stooge
    on Tuesday said ...' speaks of Y, who takes no part."""
    return {
        t.i
        for v in sent
        if v.i < verb.i
        and v.tag_ in {"VBG", "VBN"}
        and v.dep_ in {"advcl", "acl", "pcomp"}
        # ("addressing the National Assembly, X said": the body addressed is the forum)
        and v.lemma_.lower() not in {"address", "speak", "talk", "attend", "chair", "brief", "inform"}
        for c in v.children
        if c.dep_ in {"dobj", "oprd", "ccomp"}
        for t in c.subtree
    }


def what_was_said(trigger: Token) -> set[int]:
    """The words a verb of saying near the trigger reports: what follows it, less the trigger's own phrase
    (the parser does not always make the report a clause of its own)."""
    verb = governing_verb(trigger)
    sayers = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    sayers += [verb.head] if verb.dep_ in {"advcl", "prep", "pcomp"} else []
    # "Addressing the briefing, the spokesperson said ...", however the parser hangs the participle
    root = trigger.sent.root
    sayers += [root] if root.i > trigger.i and root not in sayers else []
    said: set[int] = set()
    for v in sayers:
        if v.lemma_.lower() not in STATEMENT_LEMMAS:
            continue
        # the occasion's own clause ("said while addressing a news conference along with X") is no content
        branch = next((a for a in [trigger, *trigger.ancestors] if a.head.i == v.i and a.i != v.i), trigger)
        own = {t.i for t in branch.subtree}
        said |= {t.i for t in v.subtree if t.i > v.i and t.i not in own and t.dep_ != "nsubj"}
    return said


# what a nationality makes a party of: people and bodies ("an Omani delegation", "the Chinese side"), not
# things ("Pakistani ports", "the Cabinet Committee on Chinese Investment Projects")
PARTY_NOUNS = frozenset(
    {"delegation", "side", "team", "official", "officer", "leader", "leadership", "government", "authority"}
    | {"counterpart", "envoy", "ambassador", "minister", "president", "premier", "diplomat", "embassy"}
    | {"consulate", "company", "firm", "enterprise", "investor", "businessman", "entrepreneur", "expert"}
    | {"engineer", "army", "navy", "military", "force", "troop", "state", "nation", "people", "student"}
    | {"delegate", "dignitary", "representative", "host", "guest", "visitor", "partner", "counterparts"}
)


# "the Centre for Afghanistan, Middle East and Africa", "A Case Study of China": a state named after
# the word of an institute or study is in its name, a topic, not a party ("the Government of China" is one)
NAMED_FOR = re.compile(
    r"\b(?:Centre|Center|Institute|Council|Foundation|Society|Association|Studies|Study|University|Chamber"
    r"|Forum|Academy|School|College)\s+(?:for|of|on)\s+(?:the\s+)?$"
)


def _relative_antecedent(trigger: Token) -> set[int]:
    """'Minister Liu Jianchao, who is on a three-day visit here': the one 'who' stands for."""
    verb = governing_verb(trigger)
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP"), None)
    if verb.dep_ != "relcl" or pronoun is None:
        return set()
    # the antecedent's own words only: the name right before 'who' (the parser may hang the clause on
    # the first of a list: "Minister A and Minister B who is ...")
    doc = trigger.doc
    i = pronoun.i - 1 - (pronoun.i > 0 and doc[pronoun.i - 1].text == ",")
    if i < 0 or doc[i].pos_ not in {"PROPN", "NOUN"}:
        return set()
    words = {i}
    while i > 0 and doc[i - 1].pos_ in {"PROPN", "NOUN"} and doc[i - 1].dep_ in {"compound", "flat"}:
        i -= 1
        words.add(i)
    return words


def _states_of(people: list[Participant], ctx: Context) -> set[str]:
    """The states of the officials taking part."""
    return {off.country for off in ctx.officials for p in people if p.name == off.name and off.country}


def _tellers_states(named: set[str], own: set[str], people: list[Participant], verb: Token) -> set[str]:
    """A statement is made by its tellers: a state named in their titles or the dateline ('Charge
    d'Affaires of China in Pakistan X said', 'ASTANA (Kazakhstan): PM X said') takes no part, only the
    tellers' own states; with no teller named, only a state the subject itself names ('Chinese officials
    said')."""
    if people:
        return named & own
    subject = {t.lower_ for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    nationalities = gazetteers.titles().nationalities
    return {
        c for c in named if c.lower() in subject or any(nationalities.get(w.title()) == c for w in subject)
    }


def _doers(trigger: Token) -> set[int]:
    verb = governing_verb(trigger)
    doers = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree}
    if trigger.pos_ in {"NOUN", "PROPN"}:  # "a meeting of the NHA", "SUPARCO's launch"; not "a visit to it"
        owners = [
            c for c in trigger.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "by"})
        ]
        doers |= {t.i for c in owners for t in c.subtree}
    return doers | _borrowed_subject(verb)


def _states_of_bodies(doc: Doc, ctx: Context, arguments: set[int]) -> set[str]:
    countries = org_countries()
    return {
        country
        for o in ctx.organizations
        if (country := countries.get(o.name))
        for m in o.mentions
        if _tokens_of(doc, m.start, m.end) & arguments
    }


# verbs that tell of an occasion without taking part in it: "mentioned the visit", "welcomed the visit"
TELLING_VERBS = STATEMENT_LEMMAS | frozenset(
    {
        "mention",
        "highlight",
        "recall",
        "note",
        "welcome",
        "appreciate",
        "praise",
        "hail",
        "term",
        "congratulate",
    }
    | {"describe", "brief", "apprise", "inform", "share", "discuss", "review", "underscore", "cite"}
)


def _only_mentioned(tok: Token) -> bool:
    """Told of, not owned by the teller ("termed his meetings positive" keeps him): the object of a telling
    verb, also deep in it ("recalled the Vision adopted during the 13th ECO Summit"), or inside a credit or
    a wish ("gave the credit of concluding the agreement to X", "expressed desire to finalise the projects
    in the upcoming meeting")."""
    if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "poss" for c in tok.children):
        return False
    node = tok
    for _ in range(8):
        head = node.head
        # a participle the parser hangs on the verb ("recalled the Vision, adopted during ...") still
        # describes the object
        participle = (
            node.dep_ == "advcl"
            and node.tag_ == "VBN"
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children)
        )
        clause_link = node.dep_ in {"nsubj", "nsubjpass", "ccomp", "advcl", "relcl"} or (
            node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"}  # "X and the team": still the object
        )
        if head.i == node.i or (clause_link and not participle):
            return False  # left the object: what happens in a clause of its own is not only told of
        if (node.dep_ == "dobj" or participle) and head.lemma_.lower() in TELLING_VERBS:
            return True
        if node.dep_ == "prep" and node.lower_ in {"on", "for"} and head.lemma_.lower() in PRAISE_VERBS:
            return True  # "congratulated the team on the successful launch": theirs, not his
        if head.pos_ == "NOUN" and head.lemma_.lower() in FRAME_NOUNS:
            return True
        node = head
    return False


# nouns that frame an occasion as credited or wished for, not attended
FRAME_NOUNS = frozenset({"credit", "desire", "hope", "wish", "importance", "significance"})


def _subject_tokens(verb: Token) -> set[int]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    holder = verb.head if not subjects and verb.dep_ == "conj" else verb  # "X and Y met and said"
    subjects = subjects or [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {t.i for s in subjects for t in s.subtree} | _borrowed_subject(verb)


def _own_doer(trigger: Token) -> bool:
    """A reported clause with a doer of its own: 'the PTI had been declared foreign-aided by the ECP',
    'the Ministry of Finance had issued a press release': not the teller's act."""
    verb = governing_verb(trigger)
    # "said the PM would visit Karachi and would announce projects": a second verb shares the first's doer
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    # the agent may hang on the verb's complement: "had been declared foreign-aided by the ECP"
    agents = [g for c in verb.children for g in (c, *c.children) if g.dep_ == "agent"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = any(t.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} for s in subjects for t in s.subtree)
    return verb.dep_ == "ccomp" and (bool(agents) or named)


# whose vision, guidance or directions something follows: "in line with the vision of PM X"
VISION_NOUNS = frozenset({"vision", "guidance", "directive", "direction", "instruction", "wish", "desire"})


def _source_of_a_vision(trigger: Token) -> set[int]:
    """'the project was in line with the vision of Prime Minister X': X is named as the source of an idea,
    not as one who took part."""
    verb = governing_verb(trigger)
    nouns = [t for t in verb.subtree if t.lemma_.lower() in VISION_NOUNS and t.i != trigger.i]
    return {w.i for n in nouns for w in n.subtree}


def _parenthetical_teller(trigger: Token) -> set[int]:
    """'In Tibet, she said, FM X met Y': the teller of an aside takes no part in what she tells."""
    verb = governing_verb(trigger)
    asides = [
        c
        for c in verb.children
        if c.dep_ in {"parataxis", "ccomp", "advcl"}
        and c.lemma_.lower() in STATEMENT_LEMMAS
        and c.i != trigger.i
    ]
    return {t.i for a in asides for t in a.subtree}


def _another_occasion(trigger: Token) -> set[int]:
    """'Addressing a press conference after the cabinet meeting chaired by PM X, Minister Y said': who
    took part in the occasion before or after this one ('after/before/following ...') is not in this one."""
    holders = [trigger, governing_verb(trigger)]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in SEQUENCE_PREPS]
    return {t.i for p in preps if trigger not in p.subtree for t in p.subtree}


SEQUENCE_PREPS = frozenset({"after", "before", "following", "prior"})


def _possessed(tok: Token) -> bool:
    """'X's visit', 'his visit', 'the visit of the Chinese prime minister': the occasion names its owner, so
    the clause's subject ('the minister pushed for the deal before the visit of ...') is not it."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    # ... but not a plural of a name's words ("the Foreign Ministers' Strategic Dialogue" is held by others)
    if any(c.dep_ == "poss" and not _plural_possessive(c) for c in tok.children):
        return True
    # a trip's 'of' names the traveller; a groundbreaking's, what is built ("groundbreaking of the city")
    owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return tok.lemma_.lower() in TRIP_NOUNS and any(_someone(g) for g in owners)


def _plural_possessive(word: Token) -> bool:
    """'Ministers’' (a plural with a bare apostrophe): a word of a name, no one owner."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.text.endswith("s") and nxt is not None and nxt.text in {"'", "’"}


TRIP_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "stay", "journey"})


def calls_on_as_participle(tok: Token) -> bool:
    """'called on Y' parsed as a clause describing a noun ('a delegation called on ...', 'X Friday called on
    Y' after a long title, where the tagger may keep the past tense)."""
    calls_on = tok.lemma_.lower() == "call" and any(c.lower_ == "on" for c in tok.children)
    return tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"} and calls_on


def _misparsed_callers(tok: Token) -> set[int]:
    """'X along with a delegation called on Y': the parser hangs 'called' on the delegation as if it were
    summoned; the callers are the noun phrase it hangs in."""
    if not calls_on_as_participle(tok):
        return set()
    top = tok.head
    while top.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and top.head.i != top.i:
        top = top.head
    return {t.i for t in top.subtree}


def _clause_tokens(tok: Token) -> set[int]:
    """The tokens of the clause the trigger reports in: its verb's subtree; a participle or infinitive
    with no subject of its own ("Addressing a press conference, X said") also takes its head's subject."""
    verb = governing_verb(tok)
    tokens = {t.i for t in verb.subtree} | _misparsed_callers(tok)
    if verb.dep_ != "conj":  # a second verb's subject is an argument, not its clause ("X met Y and ...")
        tokens |= _borrowed_subject(verb)
    return tokens


BORROWING = {"advcl", "pcomp", "xcomp", "acl", "conj", "ccomp"}


def _borrowed_subject(verb: Token) -> set[int]:
    """The subject a verb without its own takes from the clauses above it, climbing at most three. The
    parser often hangs a second verb of the teller on the reported clause ("X said the delay was a
    mistake and announced to convene a meeting": 'announced' under 'was'); a reported clause whose
    subject is no one (a thing or a clause) lends the teller's."""
    node, by_conj = verb, False
    if verb.lemma_.lower() in TOPIC_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return set()  # "ties with Iran are expected to be discussed": what is discussed takes no part
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        # "thanked the President for visiting China": the one thanked did it, not the thanker
        thanked = [c for c in governing_verb(verb.head.head).children if c.dep_ == "dobj"]
        if thanked:
            return {t.i for c in thanked for t in c.subtree}
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        thing = by_conj and _reported_thing(node, subjects)
        if subjects and not thing:
            break
        if node.dep_ not in BORROWING or node.head.i == node.i:
            return set()
        if node.dep_ == "ccomp" and not thing:
            return set()  # a reported clause tells nothing of the teller
        by_conj = node.dep_ == "conj"
        node = governing_verb(node.head)
    if node.i == verb.i:
        return set()
    return {t.i for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree}


def _reported_thing(clause: Token, subjects: list[Token]) -> bool:
    """A clause reported under a statement verb that tells what a thing is ("said the delay was a
    mistake", "said not benefitting ... was a mistake")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in STATEMENT_LEMMAS:
        return False
    if any(c.dep_ == "agent" for c in clause.children):
        return False  # "the directive was issued by X": X did it
    # only a clause that says what something is ("the delay was a mistake") or has a clause for its
    # subject: a clause where someone acts ("a Saudi delegation visited and signed") keeps its doer
    return not subjects or (clause.lemma_ == "be" and not any(_someone(s) for s in subjects))


# "the Chinese delegation was in Gwadar and inaugurated ...": people who act
PEOPLE_NOUNS = frozenset(
    {"delegation", "ambassador", "minister", "team", "official", "envoy", "side", "leader"}
)


def _someone(subject: Token) -> bool:
    words = list(subject.subtree)
    named = any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in words)
    nationality = any(t.text in gazetteers.titles().nationalities for t in words)
    return named or nationality or subject.pos_ in {"PRON", "PROPN"} or subject.lemma_.lower() in PEOPLE_NOUNS


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "agent", "dobj", "dative", "attr", "appos", "oprd"}
# a country after 'in' or 'at' is where it happened ("exhibitions in Sri Lanka"), not a party to it
ARGUMENT_PREPS = {"with", "between", "by", "to", "from", "on", "among", "of", "for"}


def _argument_tokens(tok: Token, venues: bool = True) -> set[int]:
    """The words of the event's arguments: who did it and to or with whom ("X met Y", "co-chaired by X
    and Y", "X called on Y", "a meeting with Y"), not everything else the clause mentions ("... between
    Pakistan and China" describing a topic). A participle, infinitive or second verb with no subject of
    its own ("Addressing a press conference, X said", "X met Y and discussed ...") takes its head's."""
    verb = governing_verb(tok)
    # (the tagger may read an occasion noun as an adjective: "hosted a roundtable on ...")
    tokens = _own_phrase(tok) if tok.pos_ in {"NOUN", "PROPN"} or tok.dep_ in ARGUMENT_DEPS else set()
    tokens |= _arguments(verb, venues)
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.head.i != verb.i:
        # "during a visit to X": the noun the preposition hangs from
        tokens |= _arguments(tok.head.head, venues)
    tokens |= _borrowed_subject(verb)
    tokens |= _misparsed_callers(tok)
    tokens -= _topic_words(verb, tok)
    if tok.lemma_.lower() in TOPIC_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
        # "ties with Iran are expected to be discussed": the subject of the passive is the topic
        tokens -= {t.i for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree}
    return tokens


def _ends_a_name(country: Token) -> bool:
    """'Hunarmand Pakistan would offer training', 'the Digital Pakistan programme': a country that ends a
    programme's name (a capitalised word of no place, nation or office before it) is no party."""
    words = [c for c in country.children if c.dep_ == "compound" and c.i == country.i - 1]
    lex = gazetteers.titles()
    return any(
        w.text[:1].isupper()
        and w.pos_ in {"PROPN", "ADJ"}
        and w.ent_type_ not in {"GPE", "NORP", "LOC", "PERSON"}
        and w.text not in lex.nationalities
        and w.lower_ not in REGION_WORDS
        and w.text not in office_title_words()
        for w in words
    )


# a part of a country, not a name ("Northwest China", "Southern Pakistan"), or its team
REGION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northwest"}
    | {"northeast", "southwest", "southeast", "northwestern", "southwestern", "central", "upper", "lower"}
    | {"greater", "team", "mainland", "rural", "urban", "coastal"}
)


def _own_phrase(noun: Token) -> set[int]:
    """An occasion noun's phrase, less what it is about: 'a roundtable on "Pakistan-China Relations"', 'the
    webinar "China-Pakistan Farm Cooperation"', 'a dialogue to highlight ties between Pakistan and China'
    name topics, not parties ('a meeting with the Chinese side' keeps its partner)."""
    about = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS]
    purposes = [c for c in noun.children if c.dep_ in PURPOSES and to_infinitive(c)]
    # "talks on trade with China": the parser may hang the partner inside the topic (not in a purpose:
    # "to highlight ties between Pakistan and China" is what it is about)
    partners = [t for c in about for t in c.subtree if t.dep_ == "prep" and t.lower_ in PARTNER_PREPS]
    topics = {t.i for c in (*about, *purposes) for t in c.subtree} - {
        t.i for p in partners for t in p.subtree
    }
    quoted = {
        t.i for c in noun.children if c.dep_ in {"appos", "npadvmod"} and _in_quotes(c) for t in c.subtree
    }
    return {t.i for t in noun.subtree} - topics - quoted


TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
PURPOSES = frozenset({"acl", "relcl", "advcl"})


PARTNER_PREPS = frozenset({"with", "between", "among"})


def _in_quotes(tok: Token) -> bool:
    left = tok.left_edge.i
    return (left > 0 and tok.doc[left - 1].is_quote) or tok.doc[left].is_quote


# verbs whose object is a topic: "discussed the Ukraine situation" meets no one from Ukraine
TOPIC_VERBS = frozenset({"discuss", "review", "deliberate", "debate", "examine", "emphasize", "emphasise"})


# "an event titled 'Pakistan, Afghanistan and the Region'": the words after name an occasion's theme
NAMING_VERBS = frozenset({"title", "entitle", "theme", "caption", "dub"})


def _topic_words(verb: Token, tok: Token) -> set[int]:
    """What an occasion is about, not who takes part: its title ("a seminar titled 'Pakistan-China
    Relations'") and the object of a purpose it is held for ("a meeting to discuss the promotion of
    Pakistan-China cooperation")."""
    words: set[int] = set()
    for t in {*verb.subtree, *tok.subtree}:
        lemma = t.lemma_.lower()
        if lemma in NAMING_VERBS and t.tag_ == "VBN":
            words |= {w.i for c in t.children for w in c.subtree}
            words |= {w.i for w in _quoted_after(t)}
        elif lemma in TOPIC_VERBS and t.i != verb.i and t.dep_ in {"acl", "advcl", "xcomp", "relcl"}:
            words |= {w.i for c in t.children if c.dep_ == "dobj" for w in c.subtree}
    return words


def _quoted_after(t: Token) -> list[Token]:
    """'titled: "73 Years of ..."': a quoted title the parser may hang elsewhere."""
    rest = [w for w in t.sent if w.i > t.i]
    while rest and rest[0].is_punct and not rest[0].is_quote:
        rest = rest[1:]
    if not rest or not rest[0].is_quote:
        return []
    end = next((w.i for w in rest[1:] if w.is_quote), rest[-1].i)
    return [w for w in rest if w.i <= end]


def _arguments(head: Token, venues: bool = True) -> set[int]:
    """venues: leave out where it took place ("announced exhibitions in Sri Lanka and Thailand")."""
    tokens: set[int] = set()
    topical = head.lemma_.lower() in TOPIC_VERBS
    at = {"in", "at"} if venues else set()
    preps = ARGUMENT_PREPS if venues else ARGUMENT_PREPS | {"in", "at"}
    for c in head.children:
        if topical and (c.dep_ in {"dobj", "nsubjpass"} or c.lower_ == "on"):
            continue  # "discussed the Ukraine situation", "Afghanistan was discussed", "deliberated on X"
        if c.dep_ == "prep" and c.lower_ == "on" and head.lemma_.lower() != "call":
            continue  # "a ceremony on 'Knowing China'", "a seminar on Iran": a topic; "called on X" a host
        if c.dep_ in ARGUMENT_DEPS or (c.dep_ == "prep" and c.lower_ in preps):
            places = {w.i for t in c.subtree if t.dep_ == "prep" and t.lower_ in at for w in t.subtree}
            # a clause inside the argument tells something else ("ports, which serve western China")
            inner = {w.i for t in c.subtree if t.dep_ in {"relcl", "ccomp", "advcl"} for w in t.subtree}
            # ("hosted a roundtable on 'Pakistan-China Relations'": what the occasion held is about)
            own = _own_phrase(c)
            tokens |= {t.i for t in c.subtree if t.i not in inner | places and t.i in own}
        elif c.dep_ == "prt":  # "called on X": the particle's object is the host
            tokens |= {t.i for t in c.subtree}
    return tokens


def _teller_tokens(tok: Token) -> set[int]:
    """The subject of the statement verb a clause is reported under ("X said that ...")."""
    verb = governing_verb(tok)
    for _ in range(3):
        if verb.lemma_.lower() in STATEMENT_LEMMAS:
            return {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        if verb.head.i == verb.i:
            break
        verb = governing_verb(verb.head)
    return set()


def _tokens_of(doc: Doc, start: int, end: int) -> set[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return set(range(span.start, span.end)) if span is not None else set()


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


def _fronted_owner(doc: Doc, pronoun: Token, ctx: Context) -> Official | None:
    """'In his meeting with President Xi, the PM reaffirmed ...': a phrase put before its clause's subject
    speaks of that subject, named after it."""
    verb = governing_verb(pronoun)
    top = pronoun
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > top.i]
    if top.head.i != verb.i or top.dep_ not in {"prep", "advcl", "npadvmod"} or not subjects:
        return None
    words = {t.i for s in subjects for t in s.subtree}
    return next(
        (off for off in ctx.officials for m in off.mentions if _tokens_of(doc, m.start, m.end) & words), None
    )


def _pronoun_speaker(sent: Span, ctx: Context, clause: set[int], trigger: Token) -> Official | None:
    """'he said' / 'she added': the official last named as the subject of a sentence before this one (the
    one being reported), else the official named last. Only a he/she of the event's own clause counts."""
    pronoun = next((t for t in sent if _pronoun_actor(t) and t.i in clause), None)
    if pronoun is None:
        return None
    if pronoun.dep_ == "poss" and pronoun.head.i != trigger.i and _named_doer(trigger):
        return None  # "During his presidentship, two prime ministers had visited China": theirs, not his
    doc = sent.doc
    ahead = _fronted_owner(doc, pronoun, ctx) if pronoun.dep_ == "poss" else None
    if ahead is not None:
        return ahead
    # named before the pronoun, in this sentence too: "X said that during his visit ..."
    before = [(m.start, off) for off in ctx.officials for m in off.mentions if m.start < pronoun.idx]
    here = [(start, off) for start, off in before if start >= sent.start_char]
    if pronoun.dep_ == "poss" and not here and _someone_else_named(doc, sent, pronoun, ctx):
        return None  # "the visit of Uzbek Foreign Minister X ... and his meetings": X's, not the speaker's
    if pronoun.dep_ != "poss":
        if _unnamed_owner(doc, pronoun, ctx):
            return None  # "during Prime Minister's visit to China where he met ...": the unnamed PM
        main = _main_subject(pronoun)
        if main:
            # "the prime minister addressed the Conference, where he identified ...": the main clause's
            # subject, not the teller of the sentence
            return next((off for start, off in here if _tokens_of(doc, start, start + 1) & main), None)
        reporter = _reporter(doc, pronoun, here)
        if reporter is not None:
            return reporter  # "Imran Khan asserted that he made a blunder": the one who asserted
    in_sentence = [(start, off) for start, off in before if start >= sent.start_char]
    if in_sentence and pronoun.dep_ == "poss":  # "X said that during his visit": X's visit
        owner = _clause_subject(pronoun)
        # no one visits his own country: "Xi met Sharif on his visit to China" is Sharif's visit
        home = {t.text for t in pronoun.head.subtree}
        # "A met B during his visit", "received B, who is on his visit": the subject of his clause
        bound = [
            (start, off)
            for off in ctx.officials
            for m in off.mentions
            if (start := m.start) < pronoun.idx
            and owner & _tokens_of(doc, m.start, m.end)
            and off.country not in home
        ]
        guests = [(start, off) for start, off in in_sentence if off.country not in home] or in_sentence
        return max(bound or guests, key=lambda pair: pair[0])[1]
    speakers = [(start, off) for start, off in before if _in_subject(doc, start, statements_only=True)]
    subjects = [(start, off) for start, off in before if _in_subject(doc, start)]
    pool = speakers or subjects or before
    return max(pool, key=lambda pair: pair[0])[1] if pool else None


def _named_doer(trigger: Token) -> bool:
    verb = governing_verb(trigger)
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in verb.children)


def _reporter(doc: Doc, pronoun: Token, named: list[tuple[int, Official]]) -> Official | None:
    """The official named as the subject of the verb whose reported clause holds the pronoun."""
    for anc in pronoun.ancestors:
        if anc.dep_ in {"relcl", "acl"}:
            return None  # "... the visit where he met": someone the clause describes
        if anc.dep_ != "ccomp":
            continue
        subject = {t.i for c in anc.head.children if c.dep_ == "nsubj" for t in c.subtree}
        found = [off for start, off in named if _tokens_of(doc, start, start + 1) & subject]
        return found[-1] if found else None
    return None


def _unnamed_owner(doc: Doc, pronoun: Token, ctx: Context) -> bool:
    """The pronoun's clause hangs inside an occasion owned by an office no one is named in ('the Prime
    Minister's visit to China, where he met ...')."""
    clause = governing_verb(pronoun)
    if clause.dep_ != "relcl":
        return False
    named = _official_tokens(doc, ctx)
    for noun in (clause.head, *clause.head.ancestors):
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return all(o.pos_ in {"NOUN", "PROPN"} and o.i not in named for o in owners)
    return False


def _main_subject(pronoun: Token) -> set[int]:
    """The words of the subject of the clause a relative clause holding the pronoun hangs in, when that
    subject is a noun (not another pronoun)."""
    clause = governing_verb(pronoun)
    if clause.dep_ != "relcl":
        return set()
    main = governing_verb(clause.head)
    subjects = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
    return {t.i for s in subjects for t in s.subtree}


def _official_tokens(doc: Doc, ctx: Context) -> set[int]:
    """The words where the article names the officials we know."""
    return {i for off in ctx.officials for m in off.mentions for i in _tokens_of(doc, m.start, m.end)}


def _someone_else_named(doc: Doc, sent: Span, pronoun: Token, ctx: Context) -> bool:
    """A person named in the sentence before the pronoun who holds no office we know ('the visit of
    Uzbek Foreign Minister Bakhtiyor Saidov ... and his meetings'): the pronoun is more likely theirs."""
    named = _official_tokens(doc, ctx)
    # a bare surname of an official we know ("While Naqvi termed his meetings") is that official
    words = {w for off in ctx.officials for w in off.name.split()}
    people = [t for t in doc[sent.start : pronoun.i] if t.ent_type_ == "PERSON"]
    return any(t.i not in named and t.text not in words for t in people)


def _clause_subject(tok: Token) -> set[int]:
    """The words of the subject of tok's clause; a relative 'who' stands for the noun it hangs on."""
    verb = governing_verb(tok.head)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and subjects[0].lower_ in {"who", "that"} and verb.dep_ == "relcl":
        return {t.i for t in verb.head.subtree if t.i < verb.i}
    return {t.i for s in subjects for t in s.subtree}


def _pronoun_actor(tok: Token) -> bool:
    """'he said', 'she met', and the owner of an occasion: 'during his visit'."""
    if tok.lower_ in PRONOUNS:
        return tok.dep_ in {"nsubj", "nsubjpass"}
    if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss":
        return False
    return tok.head.pos_ in {"NOUN", "PROPN"} or misread_noun_start(tok.head) is not None


def _in_subject(doc: Doc, char: int, statements_only: bool = False) -> bool:
    """Whether the word at char is in the subject of a clause (of a statement verb: the speaker)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    for _ in range(6):
        if node.dep_ in {"nsubj", "nsubjpass"}:
            return not statements_only or node.head.lemma_.lower() in STATEMENT_LEMMAS
        if node.head.i == node.i:
            return False
        if _unparsed_subject(node):
            return True
        node = node.head
    return False


def _unparsed_subject(node: Token) -> bool:
    """'Minister X Sunday said that ...': the parser may take the weekday for the verb's modifier and leave
    the verb without a subject; the name right before such a statement verb is its speaker."""
    verb = node.head
    return (
        node.i < verb.i
        and node.dep_ in {"npadvmod", "compound", "nmod", "appos"}
        and verb.lemma_.lower() in STATEMENT_LEMMAS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


@cache
def _countries_alternation() -> str:
    return "|".join(re.escape(c) for c in gazetteers.places().countries)


@cache
def _pair_pattern() -> re.Pattern[str]:
    alt = _countries_alternation()
    return re.compile(rf"\b({alt})[-–]({alt})\b")


@cache
def _country_pattern() -> re.Pattern[str]:
    """A country as a party, not inside a name ("Pakistan Steel Mills") nor as a possessive."""
    alt = _countries_alternation()
    # not a word of a longer name: "Pakistan Steel Mills", "China Window", "Pakistan's"
    days = (
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    )
    days += "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    return re.compile(rf"\b({alt})\b(?!['’]s)(?! (?!(?:{days})\b)[A-Z][a-z])")


def _role(sent: Span, start: int, trigger: Token) -> str | None:
    offset = start - sent.start_char
    before = text_of(sent)[max(0, offset - 40) : offset].lower()
    if "chair" in before or "presided" in before:
        return "chair"
    if re.search(r"\b(visit|arriv|tour)", text_of(sent).lower()):
        return "visitor" if start < trigger.idx else "host"
    if trigger.lemma_ in {"sign", "agree"}:
        return "signatory"
    if re.search(r"\b(said|told|stated|briefed|addressing|informed)\b", text_of(sent)):
        return "speaker"
    return None
