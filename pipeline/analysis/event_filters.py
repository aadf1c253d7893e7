"""Which triggers name no occurrence, and why.

A trigger names an occurrence when it is a verb that is reported (not wished for, promised, negated,
conditional, habitual or advised), or a noun that the sentence treats as an occasion: the subject of a
clause ("The meeting was co-chaired by ..."), the object of a verb that makes it happen ("chaired a
meeting", "performed groundbreaking"), the occasion of something else ("in a meeting with ...", "during the
visit"), or money moving ("US$466 million investment").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from pipeline.analysis.dates import number_of
from pipeline.analysis.event_participants import calls_on_as_participle
from pipeline.analysis.event_triggers import AMOUNT, DAY_STATEMENT, Trigger
from pipeline.analysis.event_types import (
    AFFORDED_NOUNS,
    ALLEGATION_LEMMAS,
    BENEFIT_LEMMAS,
    BENEFIT_WITH_OBJECT,
    COMMENTATORS,
    COURTESIES,
    COURTESY_ACTS,
    DIRECTIVE_LEMMAS,
    DOCUMENT_NOUNS,
    FORECAST_VERBS,
    GOAL_MODIFIERS,
    HABITUAL,
    HONOURS,
    INVESTED_THINGS,
    JOINT_SUBJECTS,
    MARKING_VERBS,
    MET_PEOPLE,
    MONEY_NOUNS,
    NOT_LAUNCHED,
    NOT_REPORTED_MODALS,
    NOUN_ONLY,
    OCCASION_NOUNS,
    OCCASION_PREPS,
    OCCASION_SUBJECT_VERBS,
    OCCASION_VERBS,
    OFFERERS,
    OFFICE_WORDS,
    PLANNED_MODIFIERS,
    PLEDGE_LEMMAS,
    PRAISE_VERBS,
    RELATIONSHIP_NOUNS,
    STARTED_THINGS,
    STATEMENT_LEMMAS,
    STUDY_NOUNS,
    THWARTING_VERBS,
    TIME_SPANS,
    TRIGGER_LEMMAS,
    UNMET_OBJECTS,
    VERB_ONLY,
    WISH_ADJECTIVES,
    WISH_NOUNS,
    WISH_VERBS,
)
from pipeline.analysis.offices import head_pattern, office_title_words
from pipeline.analysis.sentences import in_headline, lead_sentence, text_of
from pipeline.analysis.tense import (
    chance_had,
    governing_verb,
    misread_noun_start,
    past_occasion,
    simple_present,
    to_infinitive,
    was_able,
)


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
    # ("said a Pakistan Navy press release": the parser may take the inverted subject for an object)
    inverted = tok.dep_ == "dobj" and tok.head.lemma_.lower() == "say"
    if (
        (tok.dep_ == "nsubj" or inverted)
        and tok.head.lemma_.lower() in STATEMENT_LEMMAS
        and _unissued(trigger, tok)
    ):
        # "..., a news release said": the release tells, it funds nothing; "..., said a press release
        # issued here on Saturday" names where the news came from ("issued by the BoI" is the BoI's)
        return "source"
    running = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    if (
        running
        and trigger.rule == "session-of-body"
        and any(c.dep_ in {"dobj", "nsubjpass"} and _counted(c) for c in tok.children)
    ):
        # "he has held several meetings with the agencies": a running count, no one of them ("held
        # multiple meetings on Friday" tells that day's)
        return "several"
    if tok.lower_ == "visiting" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in VISITING_POSTS:
        return "title"  # "Dr X, Visiting Fellow at SDPI": a post, no trip
    if trigger.type.name == "agreement" and _deals_with(tok):
        return "other-sense"  # "the centre deals with all fields of science": handles, no pact
    if tok.lemma_.lower() in COURTESY_ACTS and trigger.type.name == "announcement":
        return "courtesy"  # "thanked President Xi for his birthday wishes", "felicitated China on its Day"
    if _scare_quoted(tok):
        return "scare-quotes"  # 'Imran Khan was "launched" to impede development': a figure of speech
    if _tagged(tok):
        return "hashtag"  # "#SanctionPakistan trended": a slogan, not a sanction
    if _modal(tok):
        return "not-reported"
    if _habitual(tok):
        return "habitual"
    if trigger.rule.startswith("word:") and (_adjective(tok) or tok.dep_ == "amod") and not _titled(tok):
        return "modifier"  # "direct jobs", "proposed projects", "a complete consensus"
    if trigger.rule.startswith("word:") and _money_word_modifier(tok, trigger.type.name):
        return "modifier"  # "fund flows from equity", "investment opportunities": a kind of thing
    if tok.lemma_.lower() == "establishment" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        return "other-sense"  # "the real test lies with Pakistan's establishment": the power structure
    if tok.lemma_.lower() in NOUN_ONLY and tok.pos_ == "VERB":
        return "other-sense"  # "dealt with the issue"; "secured a deal" is one
    if tok.lemma_.lower() == "deal" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return "quantity"  # "secure a great deal of investment"
    if tok.lemma_.lower() in VERB_ONLY and tok.pos_ != "VERB" and not _review_held(tok):
        return "not-a-verb"  # "the Commission", "a direct flight"
    if (
        tok.lower_ == "chair"
        and tok.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        return "role"  # "as the current chair of the SCO Council": the office, no session chaired
    if tok.lower_ in {"chair", "chairs"} and tok.pos_ == "NOUN" and tok.head.lower_ in {"on", "from", "off"}:
        return "furniture"  # "sitting on a revolving chair"; "with the minister in the chair" presides
    if trigger.rule.startswith("word:") and _portfolio(tok):
        return "portfolio"
    if _negated(tok):
        return "negated"
    if _decided_upon(tok):
        return "decided-upon"  # "agreed to complete", "directed to convene": the decision is the event
    if tok.lemma_.lower() in {"agree", "decide", "resolve"} and _vague_resolve(tok):
        return "stance"  # "agreed to further enhance their coordination", "decided to ensure stability"
    if _under(tok, ALLEGATION_LEMMAS):
        return "allegation"  # "accused the government of stalling"
    if _denied(tok):
        return "denied"  # "refuted reports of him attending an event"
    if (
        tok.pos_ in {"NOUN", "PROPN"}
        and _foretold_benefit(tok)
        and not _owned_occasion(tok, trigger.type.name)
        and not _held_already(tok, trigger.type.name)
    ):
        return "benefit"  # "the completion of the line would help the economy"
    if _hypothetical(tok):
        return "hypothetical"
    if tok.lemma_.lower() in PLEDGE_LEMMAS and trigger.rule != DAY_STATEMENT and _pleasantry(tok):
        return "pleasantry"  # ... but the lead's "X on Monday reaffirmed the friendship" is the day's news
    if (
        trigger.type.name == "announcement"
        and tok.lemma_.lower() in PLEDGE_LEMMAS
        and _stance_in_passing(tok)
    ):
        return "stance"
    if _conditional(tok):
        return "conditional"
    if _generic_when(tok):
        return "as-a-rule"
    if _so_that(tok):
        return "purpose"  # "a number was set up so that all could report irregularities and offer ideas"
    if trigger.type.name in {"completion", "launch"} and _after_completion_would(tok):
        return "condition"  # "after completion of the projects all states would be connected"
    if trigger.type.name in {"approval", "funding", "investment"} and _share_of(tok):
        return "statistic"  # "only 80pc of the proposed funds were authorised": a share, no one approval
    if _purpose_gerund(tok):
        return "purpose"  # "Rs 500 would be given for travelling to the centres": what money is for
    if tok.pos_ in {"NOUN", "PROPN"} and trigger.rule.startswith("word:"):
        return _idle_noun(tok, trigger.type.name, sent)
    if tok.pos_ in {"NOUN", "PROPN"} and trigger.rule.startswith("phrase:") and _under_wish(tok):
        return "wish"  # "invited the PM to visit KP and lay the foundation stone"
    if tok.pos_ in {"VERB", "AUX", "ADJ"} or tok.tag_.startswith("VB"):
        return _idle_verb(tok, trigger.type.name)
    return None


def _deals_with(tok: Token) -> bool:
    """'deals with' with no article before 'deal' (not 'a deal with the IMF')."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    bare = not any(c.dep_ in {"det", "amod", "poss", "nummod", "compound"} for c in tok.children)
    return tok.lemma_.lower() == "deal" and after is not None and after.lower_ == "with" and bare


def _unissued(trigger: Trigger, release: Token) -> bool:
    if trigger.type.name == "funding":
        return True
    issuer = any(t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by") for t in release.subtree)
    return release.lemma_.lower() in {"release", "handout", "statement"} and not issuer


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _scare_quoted(tok: Token) -> bool:
    """The trigger word alone between quotation marks: the writer distances himself from the word."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTES and doc[tok.i + 1].text in QUOTES


def _adjective(tok: Token) -> bool:
    """An adjective, unless it stands as a noun with its article ("hosted a Roundtable", which the model
    tags ADJ)."""
    as_noun = tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and any(
        c.dep_ == "det" for c in tok.children
    )
    return tok.pos_ == "ADJ" and not as_noun


def _tagged(tok: Token) -> bool:
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    glued = before is not None and before.text in {"#", "@"} and not before.whitespace_
    return tok.text.startswith(("#", "@")) or glued


def _clause_words(verb: Token, depth: int = 3) -> list[Token]:
    """The verb's own words down to depth, not those of clauses inside it."""
    found, frontier = [], [verb]
    for _ in range(depth):
        frontier = [
            c for t in frontier for c in t.children if c.dep_ not in {"ccomp", "advcl", "relcl", "conj"}
        ]
        found += frontier
    return found


def _habitual(tok: Token) -> bool:
    """'holding meetings on a daily basis', 'the committee meets regularly': a habit, no one occurrence."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(t.lower_ in HABITUAL and not _one_of_a_series(t, tok) for t in _clause_words(verb))


def _one_of_a_series(word: Token, trigger: Token) -> bool:
    """'chairing the monthly meeting', 'said at the weekly briefing': one occasion of a series, held this
    once."""
    head = word.head
    return (
        word.dep_ == "amod"
        and (head.lemma_.lower() in TRIGGER_LEMMAS or head.i == trigger.i)
        and any(c.dep_ in {"det", "poss"} for c in head.children)  # "in his weekly press briefing"
    )


def _stance_in_passing(tok: Token) -> bool:
    """'assured the envoy that ...', 'reiterated its commitment' told in the body is a stance; told in the
    lead it is the news of the day; made by two parties together it is an agreement (events.py)."""
    lead = lead_sentence(tok.doc)
    if lead is not None and lead.start <= tok.i < lead.end:
        return False
    if _sum_of(tok):
        return False  # "pledged $500 million for the airport": money promised is news
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not any(s.lower_ in JOINT_SUBJECTS or _several(s) for s in subjects)


def _decided_upon(tok: Token) -> bool:
    """An infinitive hanging from a decision, direction or agreement ("agreed to take measures to complete
    the project", "directed to convene a meeting")."""
    # (any verb form after 'to': news copy writes "requested them to suspended flights")
    if not tok.tag_.startswith("VB") or not any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return False
    return _under(tok, DIRECTIVE_LEMMAS)


# what two sides agree or decide to do in general terms: a stance, not a deal
VAGUE_GOALS = frozenset(
    {"enhance", "strengthen", "expand", "deepen", "promote", "boost", "ensure", "expedite", "continue"}
    | {"increase", "intensify", "broaden", "maintain", "explore", "work", "cooperate", "improve"}
    | {"accelerate", "facilitate", "further", "enhancing", "move", "forge", "foster", "step", "give", "build"}
)
# topics every CPEC report names: they make no resolve concrete
EVERYWHERE = frozenset({"CPEC", "China-Pakistan Economic Corridor", "China Pakistan Economic Corridor"})


def _vague_resolve(verb: Token) -> bool:
    """'agreed to further enhance their mutual coordination', 'decided to ensure economic stability at all
    costs': a goal in general terms (an abstract good; no named project other than CPEC itself, no sum, no
    date). 'agreed to expand the port' is a deal."""
    goals = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in VAGUE_GOALS]
    objects = [c for g in goals for c in g.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not objects:
        return False
    concrete = any(
        (t.pos_ == "PROPN" and t.text not in EVERYWHERE and t.ent_type_ not in {"GPE", "NORP"})
        or t.like_num
        or t.ent_type_ in {"DATE", "MONEY"}
        for g in goals
        for t in g.subtree
    )
    return not concrete and all(o.lemma_.lower() in ABSTRACT_GOALS for o in objects)


ABSTRACT_GOALS = RELATIONSHIP_NOUNS | frozenset(
    {"coordination", "consultation", "collaboration", "engagement", "exchange", "stability", "security"}
    | {"understanding", "communication", "contact", "interaction", "connectivity", "effort", "momentum"}
    | {"trust", "confidence", "integration", "dialogue"}
)


def _under(tok: Token, lemmas: frozenset[str]) -> bool:
    """A verb of lemmas governs tok through non-finite links (infinitives, prepositions, gerunds)."""
    node = tok
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in lemmas:
            return True
        if head.pos_ in {"VERB", "AUX"} and head.tag_ not in {"VB", "VBG"}:
            return False
        node = head
    return False


def _denied(tok: Token) -> bool:
    """What 'reports of' that someone denies, refutes or rejects say did not happen ("refuted reports of
    him attending", "denied that he met"); not a second verb beside the denial ("rejected X but signed")."""
    node, reported = tok, False
    if tok.dep_ == "pobj" and tok.head.lower_ in {"during", "at"}:
        return False  # "reports of him attending an event during his visit": the visit took place
    for _ in range(5):
        if node.dep_ == "conj" or node.head.i == node.i:
            return False
        reported = reported or node.head.lemma_.lower() in REPORT_NOUNS or node.dep_ == "ccomp"
        node = node.head
        if node.lemma_.lower() in {"deny", "refute", "reject", "dismiss", "rebut"} and node.pos_ == "VERB":
            return reported
    return False


REPORT_NOUNS = frozenset({"report", "claim", "allegation", "news", "rumour", "rumor", "speculation"})


def _foretold_benefit(tok: Token) -> bool:
    """'the completion of the line would help the economy', 'the visit would serve as a milestone', 'the
    meeting is expected to push deeper cooperation': what an occasion will do, not that it takes place."""
    verb = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in FORECAST_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        return _benefit(verb)
    return (
        tok.dep_ == "nsubj"
        and _benefit(verb)
        and any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "can", "could", "shall"} for c in verb.children
        )
    )


def _wishing(word: Token) -> bool:
    """'eager', 'ready', 'able' to do: no occurrence, unless an ability told in the past ('was able to')."""
    return word.lower_ in WISH_ADJECTIVES and not was_able(word)


HELD_KINDS = frozenset({"meeting", "visit", "agreement"})


def _held_already(noun: Token, type_name: str) -> bool:
    """'the recent agreement with the power producers (would help ...)': one occasion, already held; not
    money or a plan ('the last loan carried a high rate' is no funding)."""
    return type_name in HELD_KINDS and past_occasion(noun)


def _owned_occasion(noun: Token, type_name: str) -> bool:
    """'his five-day visit starting Tuesday would take ties to a new height', 'the visit by the ICCI
    delegation would strengthen ties': a visit or meeting someone makes is told, whatever it will do."""
    if type_name not in {"visit", "meeting"} or noun.tag_ in {"NNS", "NNPS"}:
        return False  # "visits by artists would deepen friendship": visits of a kind
    owned = any(c.dep_ == "poss" for c in noun.children)
    by = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
    dated = any(t.ent_type_ == "DATE" for t in noun.subtree)
    return owned or by or dated


def _benefit(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in BENEFIT_WITH_OBJECT:
        # "will open new avenues", "would serve as a milestone"; "will open in Lahore on Monday" takes place
        given = {"dobj", "attr", "dative", "xcomp"}  # "will prove to be beneficial"
        return any(c.dep_ in given or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    return lemma in BENEFIT_LEMMAS


def _portfolio(tok: Token) -> bool:
    """'Minister for Finance', 'Board of Investment' outside the gazetteer: a field after an office."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 4) : tok.i]]
    return (
        tok.text[:1].isupper()
        and any(w in OFFICE_WORDS for w in before)
        and bool({"for", "of"} & set(before))
    )


def _modal(tok: Token) -> bool:
    """'should be launched', 'could visit', 'before any talks could take place': advice or possibility,
    not a report."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governing_verb(tok)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "investors can go and invest"
    return any(c.dep_ == "aux" and c.lower_ in NOT_REPORTED_MODALS for v in verbs for c in v.children)


def _negated(tok: Token) -> bool:
    """'did not meet', and 'was not allowed to meet': a negation on the verb or on the verb it hangs from."""
    if any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children) or _not_a_single(tok):
        return True  # "no talks were taking place", "not a single meeting of the JCC was held"
    if _undecided_topic(tok):
        return True  # "no decision was made on talks with the PTI": the talks are undecided
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "returned without talking to him"
    if any(c.lower_ in {"neither", "never"} for c in tok.children):
        return True  # "Neither have I attended nor ..."
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"fail", "refuse", "decline"}:
        return True  # "failed to even complete one section": not done
    if verb.dep_ in {"acl", "xcomp"} and verb.head.lemma_.lower() in {"failure", "inability", "refusal"}:
        return True  # "due to the failure to secure approval of PC-1": none secured
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and _none_of(c) for c in verb.children):
        return True  # "nothing had been announced by the government", "no funds had been allocated"
    return any(any(c.dep_ == "neg" for c in v.children) for v in _clause_chain(verb, {"xcomp", "ccomp"}, 2))


# what is rolled out as a launch: a plan, scheme or service (or a named one)
ROLLED_OUT = frozenset(
    {"plan", "scheme", "programme", "program", "policy", "service", "app", "initiative", "package", "system"}
    | {"strategy", "framework", "card", "vaccine", "campaign", "project", "platform", "portal", "model"}
)


def _rolled_out_thing(word: Token) -> bool:
    return word.lemma_.lower() in ROLLED_OUT or (
        word.pos_ == "PROPN" and word.ent_type_ not in {"PERSON", "GPE"}
    )


def _review_held(tok: Token) -> bool:
    """'took a detailed review of the campaigns', 'had a review of projects with X': a review held is a
    meeting; 'a review of the policy' alone is a document or a topic."""
    verb = tok.head
    held = tok.dep_ == "dobj" and verb.lemma_.lower() in {"take", "have", "hold", "chair"}  # not an audit
    return tok.lemma_.lower() == "review" and held


def _titled(tok: Token) -> bool:
    """'hosted a roundtable titled "..."': the tagger may read the occasion as an adjective of the title
    that follows; a word right before 'titled' is the noun titled."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in {"titled", "entitled", "themed"}


def _none_of(word: Token) -> bool:
    return (
        word.lower_ in NOTHING
        or any(d.dep_ == "det" and d.lower_ == "no" for d in word.children)
        or _not_a_single(word)
    )


def _not_a_single(word: Token) -> bool:
    """'not even a single meeting of the JCC was held': none."""
    single = any(c.lower_ in {"single", "one"} for c in word.children)
    return single and any(c.dep_ == "neg" for c in word.children)


def _undecided_topic(tok: Token) -> bool:
    """The topic of 'no decision' ('no decision on talks', 'no decision was made on talks')."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"on", "about", "regarding"}:
        return False
    holder = tok.head.head
    nouns = [holder, *(c for c in holder.children if c.dep_ in {"nsubjpass", "dobj"})]
    return any(any(c.lower_ == "no" and c.dep_ == "det" for c in n.children) for n in nouns)


NOTHING = frozenset({"nothing", "none", "nobody", "noone"})


def _hypothetical(tok: Token) -> bool:
    """'I would tell you when this project would be signed', 'when the investor would have to pay ... to
    start a business': 'would' in a when/whether clause, the trigger's own or one it hangs from."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    return any(_would_when(v) for v in _clause_chain(verb, {"xcomp", "advcl"}, 3))


def _would_when(verb: Token) -> bool:
    would = any(c.lower_ == "would" for c in verb.children)
    return would and any(
        c.lower_ in {"when", "whether"} and c.dep_ in {"advmod", "mark"} for c in verb.children
    )


def _clause_chain(verb: Token, links: set[str], steps: int) -> list[Token]:
    """The verb and the verbs it hangs from through links ("was not allowed to meet": meet, allowed), at
    most steps of them."""
    chain = [verb]
    while len(chain) < steps and verb.dep_ in links and verb.head.i != verb.i:
        verb = verb.head
        chain.append(verb)
    return chain


def _pleasantry(tok: Token) -> bool:
    """'reaffirmed the friendship', 'pledged support': what is pledged is a relationship, nothing concrete
    (a project, a zone, a body by name)."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "prep", "xcomp", "ccomp"}]
    words = [t for o in objects for t in o.subtree]
    if not words:
        return False
    concrete = any(
        t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP", "LAW"} and not _named_bond(t) for t in words
    )
    return not concrete and any(t.lemma_.lower() in RELATIONSHIP_NOUNS for t in words)


def _named_bond(tok: Token) -> bool:
    """'the All-Weather Strategic Cooperative Partnership', 'the UN Charter': a relationship or a charter
    by its name is no project."""
    name, node = [tok], tok
    while node.dep_ in {"compound", "advmod", "amod", "nmod", "punct"} and node.head.i != node.i:
        node = node.head  # up to the head word of the name
        name.append(node)
    return any(t.lemma_.lower() in RELATIONSHIP_NOUNS or t.lower_ == "charter" for t in name)


def _generic_when(tok: Token) -> bool:
    """'Investors lose confidence when projects are delayed': a when-clause in the present tells what
    happens as a rule, not one occurrence."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else governing_verb(tok)
    if any(c.lower_ in {"whenever", "always", "usually", "often", "repeatedly"} for c in verb.children):
        return True  # "whenever a new project was launched", "My visits are always goodwill visits"
    if any(c.dep_ == "advcl" and any(g.lower_ == "whenever" for g in c.children) for c in verb.children):
        return True  # "whenever the situation improved, he announced a new drama"
    # "has met leaders many times and reached consensus": a second verb shares the first's 'many times'
    verbs = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    mods = [
        c for v in verbs for c in v.children if c.dep_ in {"advmod", "npadvmod", "prep", "dobj", "nsubjpass"}
    ]
    if REPEATED.search(" ".join(t.lower_ for c in mods for t in c.subtree)):
        return True  # "Xi has met Pakistani leaders many times", "we have reaffirmed year after year"
    when = any(c.dep_ == "advmod" and c.lower_ in {"when", "whenever"} for c in verb.children)
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    return when and present


REPEATED = re.compile(
    r"\b(?:many|several|numerous|countless) times\b|\byear after year\b|\btime and again\b"
    r"|\bon (?:many|several|numerous) occasions\b|\bbatch after batch\b|\bone after (?:another|the other)\b"
)


def _so_that(tok: Token) -> bool:
    """Inside a 'so (that) ... could/can/would' clause: what something is for, not what happened."""
    verb = governing_verb(tok)
    for node in (verb, verb.head):
        marked = any(c.lower_ == "so" and c.dep_ in {"mark", "advmod"} for c in node.children)
        modal = any(c.lower_ in {"could", "can", "would", "may", "might"} for c in node.children)
        if marked and modal:
            return True
        if node.dep_ != "conj":
            break
    return False


def _money_word_modifier(tok: Token, type_name: str) -> bool:
    # the parser may tag the head a verb ("fund flows from equity"), the modifier stays a compound
    return type_name in {"funding", "investment"} and tok.dep_ == "compound" and tok.head.i > tok.i


def _after_completion_would(tok: Token) -> bool:
    """'after completion of the projects all states would be connected': a completion named as the
    condition of a future, not one that happened or is scheduled."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in {"after", "upon", "on", "with"}:
        return False
    if any(t.ent_type_ == "DATE" for t in tok.subtree):
        return False  # "after the completion of the road on Monday": a completion that took place
    verb = tok.head.head
    # "He said after completion ... states would be connected": the parser may hang 'after' on 'said'
    clauses = [verb, *(c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i)]
    return any(c.lower_ in FUTURE_MODALS for v in clauses if v.pos_ in {"VERB", "AUX"} for c in v.children)


FUTURE_MODALS = frozenset({"would", "will", "could", "can", "shall"})


def _preparations_done(verb: Token) -> bool:
    done = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}]
    return any(c.lemma_.lower() in {"preparation", "arrangement"} for c in done)


def _done_as_a_rule(noun: Token) -> bool:
    """Plural occasions that a simple present verb does ('hosts workshops and seminars'), not a headline's
    present ('PM inaugurates projects')."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and simple_present(noun.head) and not in_headline(noun)


def _purpose_gerund(tok: Token) -> bool:
    """'given for travelling', 'funds for visiting the sites': a gerund after 'for' names a purpose, not an
    occasion (a noun after 'for' may: 'left for the meeting')."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"pcomp", "pobj"} or tok.head.lower_ != "for":
        return False
    above = tok.head.head
    # "thanked him for visiting", "expressed gratitude to him for visiting": it took place
    reasons = {above.lemma_.lower()} | {
        c.lemma_.lower() for c in above.children if c.dep_ in {"dobj", "acomp"}
    }
    return not reasons & THANKED_FOR


# "thanked the minister for visiting the site": 'for' gives the reason of what was done, not a purpose
THANKED_FOR = PRAISE_VERBS | frozenset(
    {"acknowledge", "grateful", "thankful", "gratitude", "thanks", "appreciation", "credit"}
)


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
        if lemma in WISH_VERBS or lemma in THWARTING_VERBS or _wishing(head):
            return True
        if head.pos_ in {"VERB", "AUX"} and head.tag_ not in {"VB", "VBG"}:
            return False  # a finite verb reports: "stressed that X signed" is a report of a signing
        if head.pos_ in {"NOUN", "PROPN"}:
            # "the plan to launch": a plan; "the need to": a wish; "delay in disbursing": not done
            return head.lemma_.lower() in WISH_NOUNS | STALLED_NOUNS and not chance_had(head)
        node = head
    return False


def _misparsed_call(verb: Token) -> bool:
    """'X along with a delegation called on the Minister': the parser reads a delegation 'called on' (as
    'summoned'); a call on someone by people is the clause's own verb."""
    return calls_on_as_participle(verb) and verb.head.lemma_.lower() in PEOPLE_HEADS


PEOPLE_HEADS = frozenset({"delegation", "team", "group", "ambassador", "envoy", "minister", "officer"})


def _dated_or_under_way(participle: Token) -> bool:
    """'the programme, being launched today by the PM', 'the plant inaugurated on Monday': a participle
    with a day or 'being' tells of one occasion, not what a thing is."""
    words = [t for c in participle.children for t in ([c] if c.dep_ != "prep" else [c, *c.children])]
    return any(t.lower_ == "being" or t.ent_type_ in {"DATE", "TIME"} for t in words)


# "delays in the formal launch", "the delay in disbursing funds": what is delayed has not happened
STALLED_NOUNS = frozenset({"delay", "postponement", "failure", "hurdle", "obstacle"})


def _if_clause(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in clause.children)


def _idle_verb(tok: Token, type_name: str) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma == "commission" and any(
        c.lemma_.lower() in STUDY_NOUNS for c in tok.children if c.dep_ == "dobj"
    ):
        return "study-ordered"  # "commissioned several investigations": no plant goes into service
    if tok.tag_ in {"VB", "VBG", "VBN"} and _wished_or_thwarted(tok):
        return "wish"  # "called for further simplifying", "to ensure that it completed", "by obstructing"

    if type_name == "visit" and any(c.dep_ == "dobj" and c.lemma_.lower() in WAYS for c in tok.children):
        return "figure"  # "we have travelled this path before": a way of speaking, no trip
    if type_name == "completion" and _in_phases(tok):
        return "plan-shape"  # "the project will be completed in two phases": how, not an occurrence
    if lemma in {"offer", "invite"} and _nothing_offered(tok):
        return "other-sense"  # "offered insights into the book", "invited strategic scrutiny"
    if lemma == "launch" and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return "not-a-project"  # "campaigns were launched against them": an attack, no project opened
    if lemma == "offer" and _offering_described(tok):
        return "affordance"  # "its location, offering the shortest sea access", "besides offering ..."
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.lemma_.lower() not in TRIGGER_LEMMAS
        and not _dated_or_under_way(tok)
        and not _misparsed_call(tok)
    ):
        return "description"  # "the opportunities offered by CPEC", "projects completed under CPEC"
    infinitive = tok if tok.dep_ != "conj" else tok.head  # "to come and invest": the 'to' is on 'come'
    if infinitive.tag_ == "VB" and any(c.lower_ == "to" for c in infinitive.children):
        governor = infinitive.head  # "eager to invest", "committed to complete"; "likely to open" is a plan
        if governor.lemma_.lower() in {"seem", "appear"}:
            return "hedge"  # "the years seemed to offer little chance": an impression, not an offer
        if type_name == "visit" and _asked(governor):
            return "invited"  # "extended an invitation to the minister to visit Minsk": asked, not planned
        wished = governor.lemma_.lower() in WISH_VERBS | WISH_NOUNS or _wishing(governor)
        # "it was necessary to start activities": the adjective hangs on 'was', beside the infinitive
        wished = wished or any(c.dep_ == "acomp" and _wishing(c) for c in governor.children)
        wished = wished and not chance_had(governor)
        # "showing keen interest to invest": the wish is the verb's object
        wished = wished or any(c.dep_ == "dobj" and c.lemma_.lower() in WISH_NOUNS for c in governor.children)
        if wished:
            return "wish"
    if _open_to(tok):
        return "wish"  # "Pakistan was open to third countries investing in the zones"
    if _gerund_of_a_noun(tok):
        return "activity"  # "a long experience of interacting with the media": a kind of act, not one
    if lemma == "decide" and _speculated(tok):
        return "speculation"  # "the congress would decide the course", "X would be decided later"
    courtesy = any(c.dep_ == "dobj" and c.lemma_.lower() in COURTESIES for c in tok.children)
    if type_name == "offer" and courtesy and not _money_near(tok):
        return "courtesy"  # "to offer condolences"
    if type_name == "delay" and _personnel(tok):
        return "personnel"  # "six officers have been suspended": staff, not a project
    if lemma == "agree" and _agrees_with_a_view(tok):
        return "opinion"  # "he agreed that the route was the shortest"
    if lemma == "sign" and _signs_no_pact(tok):
        return "not-a-pact"  # "signing the condolence book"
    if lemma == "accord":
        return "not-an-accord"  # "Pakistan accords priority": the verb gives, the noun is the pact
    if lemma == "review" and _idle_discussion(tok):
        return "review"  # "the committee reviewed the progress" alone; two sides reviewing meet
    if lemma == "discuss" and _idle_discussion(tok):
        return "speech"
    if lemma == "commit" and _stance(tok):
        return "stance"
    if type_name in {"completion", "launch"} and _assured(tok):
        return "assurance"  # "all CPEC projects would be completed in time": a promise about every project
    if type_name == "approval" and _document_view(tok):
        return "document-view"  # "a report endorsing most of the demands": what a text recommends
    # "despite Gwadar being declared the hub of CPEC": a state it is in, no act ("projects being
    # inaugurated by the PM this day" and "the forum, being held in Beijing" describe acts of their own)
    # ... also where the parser hangs the preposition on the participle ("despite X being declared")
    marked = any(c.dep_ in {"prep", "mark"} and c.lower_ in CONCESSIONS for c in tok.children)
    finite = any(c.dep_ == "aux" for c in tok.children)
    gerund_clause = (tok.dep_ in {"advcl", "pcomp"} or marked) and not finite
    if _being_done(tok) and gerund_clause:
        return "background"
    if _wondered(tok):
        return "question"  # "wondered whether the PM was waiting to visit the province"
    verb_class = _idle_verb_class(tok, lemma, type_name)
    if verb_class is not None:
        return verb_class
    if type_name == "visit" and _travellers(tok):
        return "travellers"  # "over 145 million tourists visiting in 2019": a statistic, no official's trip
    if (lemma == "arrive" or type_name == "visit") and _things_arriving(tok):
        return "delivery"  # "20 coaches from China would arrive", "each train travelling to Quetta": no visit
    if type_name == "offer" and _inanimate_subject(tok):
        return "no-offerer"
    afforded = any(c.dep_ == "dobj" and c.lemma_.lower() in AFFORDED_NOUNS for c in tok.children)
    afforded = afforded or _afforded_by_relative(tok)
    # "CPEC offers great opportunities", "..., offering immense opportunities": what a project or place
    # affords; an offer has someone it is made to ("offered Chinese investors special opportunities")
    if type_name == "offer" and afforded and not any(c.dep_ == "dative" for c in tok.children):
        return "affords"  # what a project or place gives
    # what was launched: the object, or the subject of a passive ("75 aircraft were launched")
    launched = [
        t
        for c in tok.children
        if c.dep_ in {"dobj", "nsubjpass"}
        for t in (c, *c.children)
        if t.dep_ != "det"
    ]
    if lemma in {"launch", "inaugurate"} and any(t.lemma_.lower() in NOT_LAUNCHED for t in launched):
        return "not-a-project"  # "Russia launched its offensive", "launched protests"
    if lemma in {"purchase", "buy", "acquire"} and not _bought_into(tok):
        return "not-an-investment"  # "bought wheat", "acquired skills"; "investors bought plots" invested
    if lemma == "endorse" and not _endorsed_plan(tok):
        return "support"  # "actors endorsed our position": support; "ECNEC endorsed the project": approval
    if type_name == "announcement" and _told_judgement(tok):
        return "opinion"  # "announced that the discussions were detailed and promising"
    if simple_present(tok) and not in_headline(tok) and misread_noun_start(tok) is None:
        # a headline tells the news in the present: "X visits Y"
        return "habitual"  # "they hold press conferences", "tourists travel in groups": no one occurrence
    if type_name == "completion" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PERSONAL_COURSES for c in tok.children
    ):
        return "personal"  # "after completing his studies"
    if type_name == "completion" and _preparations_done(tok):
        return "preparations"  # "preparations for the groundbreaking were completed": the occasion is to come
    if type_name == "completion" and (_progress(tok) or _being_done(tok)):
        return "progress"  # "46 percent of the work had been completed", "was being completed in packages"
    if (
        type_name == "launch"
        and lemma in {"start", "begin", "launch", "inaugurate"}
        and _occasion_started(tok)
    ):
        return "occasion-opened"  # "the International Conference was started": a meeting, told elsewhere
    if lemma == "call" and type_name == "meeting" and _urged(tok):
        return "urged"  # "called on the international community to mobilize resources"
    if lemma == "meet" and not _met_someone(tok):
        return "meets-a-need"  # "met 26 of 27 conditions", "meet the demand"
    if tok.tag_ == "VBG" and any(c.lower_ in {"thereby", "thus", "hence"} for c in tok.children):
        return "result"  # "..., thereby offering better terms": what follows, not an act
    if lemma == "propose" and not any(c.dep_ in {"nsubj", "agent"} for c in tok.children):
        return "no-proposer"  # "Proposed or implemented frameworks included ..."
    if lemma in {"start", "commence", "begin"} and not _starts_something(tok):
        return "not-a-launch"
    rolled_out = lemma == "roll" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if rolled_out and not any(_rolled_out_thing(c) for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}):
        # "rolled out a plan", "plans were rolled out"; not "the dice rolled out", "the red carpet was
        # rolled out", "rolled out banners"
        return "not-a-launch"
    if lemma in PURPOSE_TOPICS and _purpose_of_an_occasion(tok):
        return "purpose"  # "met the minister on Friday to discuss mutual interests": the meeting's purpose
    if lemma == "talk" and not _talk_partner(tok):
        return "talk-about"  # "talked about CPEC" reports speech, not talks
    if type_name == "funding" and not _money_near(tok):
        return "no-money"
    if lemma in {"call"} and type_name != "announcement" and not any(c.lower_ == "on" for c in tok.children):
        return "call-for"  # no meeting; "X on Friday called for ..." is the day's statement (event_triggers)
    return None


def _idle_verb_class(tok: Token, lemma: str, type_name: str) -> str | None:
    """More verbs that name no occurrence: a span of time completed, a group sanctioned, a voucher signed,
    many things launched, a quote declared, commentators debating, a tally since inception."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "have been started or completed", "authorized to release": the second verb shares the first's words
    shared = tok.head if tok.dep_ in {"conj", "xcomp"} else None
    if shared is not None and not objects:
        objects = [c for c in shared.children if c.dep_ in {"dobj", "nsubjpass"}]
    # ("has completed a year", where the parser takes the span for an adverb: nothing else was completed)
    spans = objects or [c for c in tok.children if c.dep_ == "npadvmod" and not _time_point(c)]
    if type_name == "completion" and any(o.lemma_.lower() in TIME_SPANS for o in spans):
        return "span-of-time"  # "completed six years of his detention"
    if lemma == "sanction" and any(o.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for o in objects):
        return "penalty"  # "by sanctioning the Majeed Brigade": a penalty, not an approval
    verbs = [v for v in (tok, shared) if v is not None]
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for v in verbs for c in v.children)
    many = any(c.lower_ in MANY for o in objects for c in o.children if c.dep_ in {"amod", "det"})
    if perfect and many and type_name in {"launch", "completion", "investment", "funding"}:
        return "many"  # "the government has launched many initiatives": no one of them ("has signed
        # several MoUs" is one signing)
    if lemma in PLEDGE_LEMMAS and _unscheduled(tok):
        return "unscheduled"  # "reaffirmed their intention to undertake the visit at a convenient time"
    if lemma == "contract" and not any(o.lemma_.lower() in CONTRACTED for o in objects):
        return "not-a-pact"  # "contracted the virus", "contracting world economic growth"
    if lemma == "propose" and not _offered_to(tok):
        # "proposed that cities should be categorized", "proposed closer collaboration", "would propose the
        # location": advice; an offer is made to someone ("proposed a joint venture to the Chinese side")
        return "suggestion"
    if lemma == "invite" and _invited_to_invest(tok):
        return "appeal"  # "invited XPCC to explore business and investment opportunities in Pakistan"
    if type_name == "offer" and any(o.lemma_.lower() in SERVICES for o in objects):
        return "affords"  # "the company was offering a wide range of services to investors"
    if _busy(tok) and any(o.tag_ == "NNS" and o.lemma_.lower() in GATHERING_KINDS for o in objects):
        return "habitual"  # "China Window is actively organizing awareness seminars in universities"
    if lemma == "declare" and _after_a_quote(tok):
        return "quote"  # '"It is a milestone ...," declared President Xi': words said, no declaration
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if type_name == "meeting" and any(s.lemma_.lower() in COMMENTATORS for s in subjects):
        return "commentary"  # "analysts are debating whether China will offer support"
    if lemma in STATEMENT_LEMMAS:
        return None  # what is said may count ("progress in the last three decades"); the saying is no tally
    several = any(o.tag_ in {"NNS", "NNPS"} for o in objects)
    if several and _tallied(tok.subtree):
        return "tally"  # "authorized 15,930 verifications since inception"
    # "has so far authorized to release Rs 7 billion": the running total is said on the verb itself
    mods = [c for v in verbs for c in v.children if c.dep_ in {"advmod", "prep", "npadvmod"}]
    if _tallied(t for c in mods for t in c.subtree):
        return "tally"
    # (a pair is one occasion: "has rolled out not one but two plans")
    numbers = [c for o in objects for c in o.children if c.dep_ == "nummod" and c.like_num]
    counted = any((number_of(c.text) or 3) > 2 for c in numbers)
    if counted and perfect and several and type_name in {"launch", "completion"} and not _in_lead(tok):
        # "47 projects have been started or completed": a count of works, no one of them (in the lead the
        # count is the report's news: "As many as 28 projects have been completed ...")
        return "tally"
    return None


CONCESSIONS = frozenset({"despite", "notwithstanding"})
# what one contracts as a pact: a loan, a deal, a firm for a job
CONTRACTED = frozenset(
    {"loan", "deal", "agreement", "firm", "company", "consultant", "contractor", "service"}
)
SERVICES = frozenset({"service", "facility", "range", "variety", "array", "package"})
HABIT_ADVERBS = frozenset({"actively", "regularly", "routinely", "frequently", "continuously", "constantly"})
GATHERING_KINDS = frozenset({"seminar", "workshop", "webinar", "session", "event", "conference", "meeting"})
MANY = frozenset({"many", "several", "numerous", "various", "multiple", "countless"})


def _busy(verb: Token) -> bool:
    """'is actively organizing', 'regularly holding': a participle told as a standing activity."""
    return verb.tag_ == "VBG" and any(c.lower_ in HABIT_ADVERBS for c in verb.children)


FORMALITIES = frozenset({"formality", "formalities", "procedure", "requirement", "paperwork", "course"})


# the act of an occasion, as a noun: what was done, not the document or the thing
DONE_ACTS = frozenset(
    {"signing", "inauguration", "launch", "launching", "opening", "establishment", "groundbreaking"}
)
HAILING = PRAISE_VERBS - {"thank"} | {"hail", "welcome", "applaud", "celebrate"}


def releases_money(release: Token) -> bool:
    """'the release of Rs 5 billion', 'the release of funds', 'authorized for release': money let go; not
    'the release of the accused on bail of Rs 500,000'."""
    things = _of(release)
    return not things or any(g.lemma_.lower() in FUNDS_RELEASED or _sum_before(g) for g in things)


def _sum_before(word: Token) -> bool:
    """A sum written before the head noun ('Rs 5 billion', 'Rs 2 billion of funds')."""
    return AMOUNT.search(" ".join(t.text for t in word.subtree if t.i <= word.i)) is not None


FUNDS_RELEASED = frozenset(
    {"fund", "funds", "money", "amount", "payment", "grant", "loan", "tranche", "installment"}
)


def told_of_as_done(tok: Token) -> bool:
    """An act named as done by a clause about it ('hailed the signing of', 'termed the holding of the
    session an effort'): it took place, on a day the clause about it does not give."""
    return act_hailed(tok) or holding_of(tok)


def act_hailed(tok: Token) -> bool:
    """'hailed the signing of the agreements', 'welcomed the establishment of the Authority': praise of a
    done act tells it was done. Not 'would welcome the signing' (a wish), nor 'hailed the agreement' (the
    document)."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.lower_ not in DONE_ACTS or verb.lemma_.lower() not in HAILING:
        return False
    wished = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "to"} for c in verb.children)
    return bool(_of(tok)) and verb.tag_ in {"VBD", "VBZ", "VBP"} and not wished


def _of(noun: Token) -> list[Token]:
    """What a noun is 'of' ('completion of medico-legal formalities', 'the endorsement of the plan')."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _time_point(span_word: Token) -> bool:
    """'last year', 'a year ago', 'this month': when, not how long."""
    return any(c.lower_ in {"last", "this", "next", "ago", "earlier", "previous"} for c in span_word.children)


def _tallied(words: Iterable[Token]) -> bool:
    """The words count or total ("so far", "since inception", "a total of", "over the past decades")."""
    return TALLY.search(" ".join(t.lower_ for t in words)) is not None


# what is 'offered' or 'invited' without anything being proposed to anyone
NOT_OFFERED = frozenset(
    {"insight", "perspective", "view", "analysis", "comment", "remark", "glimpse", "thought", "prayer"}
    | {"fateha", "fatiha", "condolence", "tribute", "salute", "scrutiny", "criticism", "attention"}
    | {"trouble", "ridicule", "backlash", "blessing", "reaction", "debate", "speculation"}
)


WAYS = frozenset({"path", "road", "route", "journey", "distance", "mile", "way", "course"})


def _in_phases(verb: Token) -> bool:
    phased = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    # "in two phases": how it will be done; "in the first phase of CPEC" names when it was
    return any(g.lemma_.lower() in {"phase", "stage", "step", "tranche"} and g.tag_ == "NNS" for g in phased)


def _share_of(tok: Token) -> bool:
    """'only 80pc of the proposed funds were authorised': a share of a sum, told of the verb or the noun."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return tok.head.lower_ == "of" and _percent(tok.head.head)
    return any(_percent(t) for c in tok.children if c.dep_ in {"nsubjpass", "dobj"} for t in c.subtree)


PERCENT = re.compile(r"^(?:\d+(?:\.\d+)?(?:pc|%)|pc|%|percent|percentage)$", re.I)


def _percent(tok: Token) -> bool:
    return PERCENT.match(tok.text) is not None


def _nothing_offered(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in NOT_OFFERED for o in objects)


def _offering_described(verb: Token) -> bool:
    """'its location, offering the shortest sea access', 'besides offering advanced technologies': a
    participle that tells what a thing or firm provides, not an offer made (unless it counts a sum)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "acl", "pcomp"}
        and not any(t.like_num for t in verb.subtree)
    )


def _offered_to(verb: Token) -> bool:
    recipients = [c for c in verb.children if c.dep_ == "dative"]
    # "proposed a joint venture to the Chinese side": the parser may hang 'to' on the thing offered
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    recipients += [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
    ]
    return any(_agent(r) for r in recipients)


# what investors are invited to do: an appeal, not an invitation to an occasion
INVESTING = frozenset({"invest", "explore", "avail", "benefit", "utilize", "utilise", "tap", "capitalize"})


def _invited_to_invest(verb: Token) -> bool:
    return any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in INVESTING for c in verb.children)


def _in_lead(tok: Token) -> bool:
    lead = lead_sentence(tok.doc)
    return lead is not None and lead.start <= tok.i < lead.end


def _after_a_quote(verb: Token) -> bool:
    sent = verb.sent
    return sent[0].text in QUOTES and any(t.text in QUOTES for t in verb.doc[sent.start + 1 : verb.i])


TRAVELLERS = frozenset(
    {"tourist", "visitor", "traveller", "traveler", "pilgrim", "passenger", "holidaymaker", "commuter"}
    | {"people", "citizen", "resident"}
)


def _assured(verb: Token) -> bool:
    """What will be done to all or every one of a kind ("all projects would be completed", "every zone
    will be made operational"), or 'on time': an assurance, not one occurrence."""
    modal = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall"} for c in verb.children)
    # "projects in the rest of the province will be completed on time": a promise, no date nor project
    on_time = any(
        c.dep_ == "prep"
        and c.lower_ in {"on", "in", "within"}
        and any(g.lower_ == "time" for g in c.children)
        for c in verb.children
    )
    if modal and on_time:
        return True
    # "all four units would become operational by 2022" counts a known set: that is a plan
    subjects = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"} and not any(n.dep_ == "nummod" for n in c.children)
    ]
    return modal and any(
        c.lower_ in ANY_ONE for s in subjects for c in s.children if c.dep_ in {"det", "predet"}
    )


def _travellers(verb: Token) -> bool:
    """The ones travelling are counted, not named: tourists, visitors, pilgrims."""
    actors = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"}:
        actors.append(verb.head)
    return any(a.lemma_.lower() in TRAVELLERS for a in actors)


# things that arrive by delivery, not on a visit
DELIVERED = frozenset(
    {
        "coach",
        "aircraft",
        "flight",
        "plane",
        "ship",
        "vessel",
        "consignment",
        "shipment",
        "cargo",
        "container",
    }
    | {"plant", "machine", "turbine"}  # "a new plant would soon arrive Pakistan"
    | {"train", "machinery", "equipment", "vaccine", "dose", "fleet", "tender", "truck", "vehicle", "batch"}
    | {"locomotive", "wagon", "aid", "relief", "supply", "supplies", "goods", "parcel", "tanker"}
)


def _things_arriving(verb: Token) -> bool:
    """The arriving subject (or the noun 'to arrive' describes) is a thing delivered, not people."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in {"acl", "relcl"} and not subjects:
        subjects = [verb.head]
    return any(s.lemma_.lower() in DELIVERED for s in subjects)


def _being_done(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lower_ == "being" and c.dep_ == "auxpass" for c in verb.children)


def _document_view(verb: Token) -> bool:
    """The subject, or the noun a participle describes, is a text: 'a report endorsing the demands'."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"]  # what is approved may well be a text
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        actors.append(verb.head)
    return any(a.lemma_.lower() in DOCUMENT_NOUNS | REPORT_NOUNS for a in actors)


def _open_to(tok: Token) -> bool:
    """'open to countries investing', 'ready for firms relocating': a gerund under a willingness is a
    welcome to it, not an act."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"acl", "pcomp", "pobj"}:
        return False
    prep = tok.head if tok.dep_ != "acl" else tok.head.head
    ready = prep.dep_ == "prep" and prep.head.pos_ == "ADJ"
    return ready and prep.head.lower_ in WISH_ADJECTIVES | {"open"}


def _wondered(tok: Token) -> bool:
    """Under 'whether' or 'if' asked: 'wondered whether X was waiting to visit'."""
    return any(t.lower_ == "whether" for v in (tok, *tok.ancestors) for t in v.children if t.dep_ == "mark")


def _afforded_by_relative(tok: Token) -> bool:
    """'the opportunities Indonesia has to offer', 'the benefits that CPEC offers': the thing afforded is
    the noun the relative clause hangs on."""
    clause = tok.head if tok.dep_ == "xcomp" else tok
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in AFFORDED_NOUNS


def _gerund_of_a_noun(tok: Token) -> bool:
    """'experience of interacting', 'the process of signing': a gerund completing a noun names a kind
    of act; an occasion's noun ("the ceremony of signing", "on the occasion of launching") names one."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in {"of", "for"}:
        return False  # ... and 'fare for travelling', 'funds for visiting': what a thing is for
    noun = tok.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in TRIGGER_LEMMAS | HONOURED_ACTS


# "the honour of inaugurating", "on the occasion of signing": nouns whose gerund names one occasion
HONOURED_ACTS = HONOURS | {"occasion", "ceremony"}


def _signs_no_pact(tok: Token) -> bool:
    """'signing the condolence book', 'a refund voucher to be signed by the officers'."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if tok.dep_ in {"acl", "relcl"}:  # the parser may tag the thing a modifier ("a refund voucher")
        objects += [tok.head, *(c for c in tok.head.children if c.dep_ in {"amod", "compound"})]
    return any(o.lemma_.lower() in UNSIGNED_THINGS for o in objects)


UNSIGNED_THINGS = frozenset(
    {"book", "register", "petition", "autograph", "card", "bat", "shirt", "jersey", "voucher", "cheque"}
    | {"receipt", "form"}
)


def _agrees_with_a_view(tok: Token) -> bool:
    """'agreed that X was ...': sharing a view; 'agreed that X would/must ...' decides something. 'The
    Ambassador agreed with the Minister' (a person, and nothing agreed upon) concurs."""
    withs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    content = any(
        c.dep_ in {"ccomp", "xcomp", "dobj"} or c.lower_ in {"on", "upon", "to"} for c in tok.children
    )
    if withs and not content and all(_a_person_named(g) for g in withs):
        return True
    views = [c for c in tok.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]
    decides = {"will", "would", "shall", "should", "must"}
    # one person agreeing 'that the region would reap dividends' shares a view; two sides decide
    alone = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in {"he", "she", "i"}]
    return bool(views) and (bool(alone) or not any(a.lower_ in decides for v in views for a in v.children))


def _a_person_named(word: Token) -> bool:
    """A person, by name, office or pronoun ('the Minister', 'him', 'Dar'), not a state or a body."""
    office = word.text in office_title_words()
    return word.ent_type_ == "PERSON" or office or word.lower_ in {"him", "her", "them", "me", "us"}


def _speculated(tok: Token) -> bool:
    return any(c.lower_ == "would" for c in tok.children) and not any(
        c.ent_type_ == "DATE" for c in _clause_words(tok)
    )


def _personnel(tok: Token) -> bool:
    args = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(a.ent_type_ == "PERSON" or a.lemma_.lower() in PERSONNEL for a in args)


PERSONAL_COURSES = frozenset(
    {"study", "studies", "education", "degree", "course", "tenure", "term", "training"}
)
PERSONNEL = frozenset({"officer", "official", "employee", "staff", "officials", "worker", "member", "player"})


def _progress(tok: Token) -> bool:
    """'46 percent of the work had been completed'; 'so far, projects worth $25bn have been completed': a
    share or a running tally of works, not one completion."""
    args = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if any(t.lower_ in {"percent", "per", "%"} for a in args for t in a.subtree):
        return True
    # "So far, projects worth $25bn have been completed": the parser may join the verb to 'worth'
    clause = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    args += [c for v in clause[1:] for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    several = any(a.tag_ in {"NNS", "NNPS"} for a in args)
    return several and _tallied(t for v in clause for t in v.subtree if t.dep_ != "punct")


TALLY = re.compile(
    r"\b(?:so far|to date|till date|till now|until now|up to now|thus far|as yet"
    r"|since (?:its |their )?(?:inception|implementation|launch|start)"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades|months)"
    r"|in (?:the )?last (?:\w+ )?(?:years?|months?)|a total of|in total|on average"
    r"|in a year)\b"
)
# what money is measured as, not moved by: "the primary source of foreign investment", "its share of FDI"
MONEY_MEASURES = frozenset({"source", "share", "volume", "level", "stock", "inflow", "outflow", "flow"})


CHANGES = frozenset(
    {"decrease", "increase", "decline", "rise", "fall", "growth", "drop", "surge", "dip", "jump"}
)
CUTS = frozenset({"cut", "slash", "reduce", "curtail", "trim", "decrease", "withdraw"})


def _unscheduled(tok: Token) -> bool:
    """'to undertake the visit at a mutually convenient time', 'at an early date': a visit wished for,
    with no day set."""
    verb = governing_verb(tok)
    # a pledge reaches down to what it pledges ("reaffirmed their intention to undertake the visit at ...")
    words = list(tok.subtree) if tok.lemma_.lower() in PLEDGE_LEMMAS else [*tok.children, *verb.children]
    for c in words:
        if c.dep_ == "prep" and c.lower_ == "at":
            when = [g for g in c.children if g.lemma_.lower() in {"time", "date"}]
            if any(
                m.lower_ in {"convenient", "early", "earliest", "mutually"} for g in when for m in g.subtree
            ):
                return True
    return False


def _totalled(tok: Token) -> bool:
    """'with a total investment of more than $25 billion', 'cumulative investment': a sum of many."""
    return any(c.lower_ in {"total", "cumulative", "overall", "aggregate"} for c in tok.children)


def _money_stock(tok: Token) -> bool:
    """'FDI was only $1.5bn', 'Beijing has over $65 billion in investment', 'against an initial
    investment of Rs110bn', 'since its implementation CPEC had brought $25bn in investment': a level,
    stock or tally of money, not money moving once."""
    verb = governing_verb(tok)
    if verb.lemma_ in {"be", "have"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children if c.i > tok.i
    ):
        return True
    measured = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MONEY_MEASURES
    # "a 29 percent decrease in Chinese investment": a change in a level
    measured = measured or (tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in CHANGES)
    # "with both foreign investment and remittances rebounding", "FDI rose 20pc": a level moving
    trend = verb.lemma_.lower() in TREND_VERBS and tok.i in {
        t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree
    }
    return measured or trend or tok.head.lower_ == "against" or _tallied(verb.subtree)


TREND_VERBS = frozenset(
    {"rebound", "rise", "fall", "grow", "increase", "decrease", "decline", "drop", "surge", "jump", "dip"}
    | {"plunge", "soar", "climb", "slump", "shrink", "recover", "stand", "reach", "total", "remain"}
)


OPENED_OCCASIONS = frozenset(
    {
        "conference",
        "seminar",
        "session",
        "summit",
        "forum",
        "dialogue",
        "meeting",
        "workshop",
        "symposium",
        "exhibition",
        "moot",
    }
)


def _occasion_started(tok: Token) -> bool:
    args = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    return any(a.lemma_.lower() in OPENED_OCCASIONS for a in args)


def _start_of_an_occasion(noun: Token) -> bool:
    """'the start of the summit', 'the opening of the conference' (an inauguration of an exhibition is
    one)."""
    if noun.lemma_.lower() not in {"start", "beginning", "commencement", "outset", "opening"}:
        return False
    objects = _of(noun)
    return any(o.lemma_.lower() in OPENED_OCCASIONS for o in objects)


def _stance(tok: Token) -> bool:
    """'The government is committed to ensuring ...' told in passing is a stance; only the news of the day
    (the lead: "X on Thursday said it was committed to ...") makes it an announcement."""
    adjectival = tok.dep_ in {"acomp", "amod"} or any(c.dep_ in {"auxpass", "cop"} for c in tok.children)
    lead = lead_sentence(tok.doc)
    return adjectival and (lead is None or not lead.start <= tok.i < lead.end)


def _idle_discussion(tok: Token) -> bool:
    """A discussion is a meeting when two sides or a meeting hold it ("the two sides discussed", "the
    meeting discussed", "discussed with X"); 'Discussing the relations, he said' frames a statement, 'he
    discussed continued collaboration' reports speech, and 'X were discussed.' with nobody and no occasion
    named lists the topics of a meeting reported elsewhere."""
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "ROOT"}:
        return True
    if any(c.dep_ == "prep" and c.lower_ in OCCASION_PREPS | {"with"} for c in tok.children):
        return False
    # (a dateline the parser takes for the subject is none: "ISLAMABAD, June 2 (APP): X and Y reviewed")
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "agent"} and not _dateline_word(c)]
    if not subjects and _people_before(tok) >= 2:
        return False  # "X and Foreign Minister of Tajikistan Y Wednesday reviewed ...": the parser lost them
    return not any(_several(s) for s in subjects)


def _dateline_word(tok: Token) -> bool:
    return tok.i == tok.sent.start and tok.is_upper and len(tok.text) > 2


def _people_before(verb: Token) -> int:
    """Office holders named before a verb the parser left without a subject, joined by 'and' (their
    offices count them: the tagger often misses foreign names)."""
    before = verb.doc[verb.sent.start : verb.i]
    if not any(t.lower_ == "and" for t in before):
        return 0
    return len(head_pattern().findall(before.text))


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


# what one calls on someone in person to do: "called on the PM to discuss trade"
CALL_PURPOSES = frozenset(
    {"discuss", "review", "exchange", "convey", "brief", "present", "deliberate", "explore", "seek", "offer"}
    | {"congratulate", "condole", "invite", "extend", "hand", "deliver", "apprise", "inform", "share"}
)


def _urged(call: Token) -> bool:
    """'called on X to advocate / mobilize / take steps': an appeal, unless the purpose is one of a visit
    in person ('called on the prime minister to discuss trade')."""
    purposes = [c for c in call.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"]
    return any(p.lemma_.lower() not in CALL_PURPOSES for p in purposes)


def _met_someone(tok: Token) -> bool:
    """A meeting needs someone met: a person, body or state as object ('met the minister', 'met with
    Chinese officials'), or several who met ('the two leaders met')."""
    met = [c for c in tok.children if c.dep_ == "dobj"]
    # "met Army Chief General X": after a long title the parser may leave the person as an adverb
    met += [c for c in tok.children if c.dep_ == "npadvmod" and c.i > tok.i and c.ent_type_ == "PERSON"]
    # "would meet and have talks with President X": the partner is the conjoined verb's, shared
    holders = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    holders += [o for h in holders[1:] for o in h.children if o.dep_ == "dobj"]
    met += [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
    ]
    # "all the requirements of the investors will be met": a need met, told in the passive
    met += [c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in UNMET_OBJECTS]
    if any(o.lemma_.lower() in UNMET_OBJECTS for o in met):
        return False
    if any(_person_like(o) for o in met):
        return True
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return not met and any(_several(s) for s in subjects)


def _person_like(noun: Token) -> bool:
    return (
        noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or noun.pos_ == "PROPN"
        or noun.lemma_.lower() in MET_PEOPLE
        or noun.lower_ in MET_PEOPLE
    )


# what a body approves when it endorses: a plan or a project, not a position or remarks
ENDORSED_PLANS = frozenset(
    {"plan", "project", "proposal", "budget", "policy", "framework", "bill", "summary", "scheme", "programme"}
    | {"program", "initiative", "strategy", "roadmap", "draft", "agreement", "decision", "resolution"}
)
COST_VERBS = frozenset({"entail", "involve", "require", "need", "cost", "include"})


def _bought_into(tok: Token) -> bool:
    """Land, a plot or a stake bought, by an investor or company when the buyer is named."""
    things = [t for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} for t in (c, *c.subtree)]
    if not any(t.lemma_.lower() in INVESTED_THINGS for t in things):
        return False
    buyers = [t for c in tok.children if c.dep_ in {"nsubj", "agent"} for t in c.subtree]
    return not buyers or any(t.lemma_.lower() in INVESTORS or t.ent_type_ == "ORG" for t in buyers)


INVESTORS = frozenset({"investor", "company", "firm", "enterprise", "industrialist", "developer", "group"})


def _endorsed_plan(tok: Token) -> bool:
    # "endorsed the plan", "the endorsement of the plan"
    things = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}] if tok.pos_ == "VERB" else _of(tok)
    return any(t.lemma_.lower() in ENDORSED_PLANS for t in things)


def _told_judgement(tok: Token) -> bool:
    """'announced that the discussions were detailed and promising': what is told is a judgement (a
    copula with an adjective), no decision."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in {"announce", "declare"}:
        return False  # what is said is the day's statement, judgement or not
    told = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(told) and all(c.lemma_ == "be" and any(g.dep_ == "acomp" for g in c.children) for c in told)


def _starts_something(tok: Token) -> bool:
    """'work on the zone started', 'started commercial operations', 'the Tarbela plant has started' (a named
    thing); not 'started attacking', 'he started'."""
    args = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    doing = [c for c in tok.children if c.dep_ == "xcomp"]
    if doing:
        # "the unit successfully started to run": a plant or unit began operating; not "started attacking"
        people = {"PERSON", "NORP", "GPE"}
        thing = any(a.pos_ in {"NOUN", "PROPN"} and a.ent_type_ not in people for a in args)
        return thing and any(c.lemma_.lower() in OPERATING for c in doing)
    if tok.dep_ == "relcl":  # "Phase II that commenced on April 1": what 'that' stands for
        args = [tok.head if a.tag_ == "WDT" else a for a in args]
    named_thing = [a for a in args if a.pos_ == "PROPN" and a.ent_type_ not in {"PERSON", "NORP"}]
    return bool(named_thing) or any(a.lemma_.lower() in STARTED_THINGS for a in args)


# what a plant, unit or service starts to do when it starts operating
OPERATING = frozenset({"run", "operate", "function", "generate", "produce", "work"})


VISITING_POSTS = frozenset(
    {"fellow", "professor", "scholar", "faculty", "researcher", "lecturer", "scientist"}
)
PURPOSE_TOPICS = frozenset({"discuss", "review", "deliberate", "debate", "explore"})


def _purpose_of_an_occasion(verb: Token) -> bool:
    """'to discuss ...' hanging on a meeting, call or visit ('met X to discuss', 'called on Y to review',
    'a meeting to discuss'): what the occasion was for, not a second one."""
    if verb.dep_ not in {"xcomp", "advcl", "acl", "relcl"} or not to_infinitive(verb):
        return False
    return verb.head.lemma_.lower() in TRIGGER_LEMMAS | {"call", "hold", "convene", "host"}


def _talk_partner(tok: Token) -> bool:
    with_someone = any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in tok.children)
    return with_someone or (tok.lower_ == "talks" and tok.pos_ == "NOUN")  # "the world talks of": speech


def _money_near(tok: Token) -> bool:
    clause = list(tok.subtree) if tok.pos_ == "VERB" else list(tok.head.subtree)
    text = " ".join(t.text for t in clause + _lost_subject(tok))
    # a money word in a name ("Federal Board of Revenue") moves no money
    money = any(t.lemma_.lower() in MONEY_NOUNS and t.pos_ == "NOUN" for t in clause if t is not tok)
    return bool(AMOUNT.search(text)) or money


def _lost_subject(verb: Token) -> list[Token]:
    """'... and an amount of Rs 177 billion has been allocated': a passive whose subject the parser hung
    elsewhere; the words right before its auxiliaries (up to a comma or the clause's 'and') are it."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if verb.pos_ != "VERB" or not aux or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    words: list[Token] = []
    for t in reversed(verb.doc[max(verb.sent.start, aux[0].i - 8) : aux[0].i]):
        if t.text in {",", ";"} or t.lower_ in {"and", "but", "that"}:
            break
        words.insert(0, t)
    return words


def _there_for(tok: Token) -> bool:
    """'he had been in Kabul for a trilateral security meeting': somewhere for an occasion, attended."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.head.head.lemma_ != "be":
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "at"} for c in tok.head.head.children)


def in_sequence(tok: Token) -> bool:
    """'The meeting was followed by the signing of MoUs': the next occasion of the day."""
    return (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "agent"
        and tok.head.head.lemma_.lower() in {"follow", "precede"}
    )


def _counted(tok: Token) -> bool:
    """A plural occasion with a number above one: several occasions counted, no one of them."""
    lemma = tok.lemma_.lower()
    if tok.tag_ not in {"NNS", "NNPS"} or lemma in {"talk", "talks", "consultation"} | COUNT_NOUNS:
        return False  # "three rounds of talks" are one set of talks, plural in form
    several = any(c.dep_ == "amod" and c.lower_ in SEVERAL for c in tok.children)
    return several or any(c.dep_ == "nummod" and (number_of(c.text) or 0) > 1 for c in tok.children)


# "during his previous visits", "several meetings": occasions told in the plural, no one of them
SEVERAL = frozenset(
    {
        "previous",
        "past",
        "earlier",
        "several",
        "many",
        "various",
        "frequent",
        "numerous",
        "multiple",
        "recent",
    }
)


def _idle_noun(tok: Token, type_name: str, sent: Span) -> str | None:
    """A noun names an occurrence as a clause's subject, the object of a verb that makes it happen, the
    occasion of something else, money moving, or a headline of its own; otherwise it is a topic."""
    if type_name in {"meeting", "visit"} and _counted(tok):
        return "several"  # "the expo hosted 11 high-level forums", "its previous three meetings"
    holding = tok.head.lemma_.lower() in {"organize", "organise", "hold", "host", "arrange", "conduct"}
    undated = not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.head.subtree)
    if holding and undated and _done_as_a_rule(tok):
        return "habitual"  # "faculty members organize this forum": what they do, no one occasion
    if tok.lemma_.lower() == "arrival" and not _arrival_somewhere(tok):
        return "arrival-at-a-venue"  # "on his arrival at the venue": the day's setting, no trip
    if type_name == "investment" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in COST_VERBS:
        return "cost"  # "the project entails foreign investment of $1.6 billion": what it costs
    if type_name not in {"visit", "meeting"} and _judged(tok):  # a visit judged is still a visit made
        return "opinion"  # "termed the establishment of China Window a welcoming decision"
    if _time_anchor(tok):
        return "anchor"  # "since the launch of CPEC", "the 10th anniversary of the signing"
    of_a_body = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.lemma_.lower() == "forum" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and of_a_body:
        return "platform"  # "raised the issue on the forum of the OIC": a body's platform, no session
    passed_on = tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_.lower() in PASSED_ON
    if passed_on and tok.lemma_.lower() in DOCUMENT_NOUNS:
        return "document"  # "the framework agreement has been shared with the Chinese side": a draft sent
    numbered = tok.tag_ == "NNS" and any(c.dep_ in {"nummod", "amod"} and c.like_num for c in tok.children)
    if numbered and _tallied(governing_verb(tok).subtree):
        return "tally"  # "Over the past three decades, the two have signed more than 60 agreements"
    if tok.dep_ == "dobj" and tok.tag_ == "NNS" and _busy(tok.head):
        return "habitual"  # "China Window is actively organizing awareness seminars in universities"
    if tok.dep_ in {"dobj", "conj"} and tok.tag_ == "NNS" and _done_as_a_rule(tok):
        return "habitual"  # "the centre, which hosts workshops, seminars and conferences"
    marking = tok.head.lemma_.lower() in COMMEMORATING and any(c.lower_ == "to" for c in tok.head.children)
    if tok.dep_ == "dobj" and marking and any(c.lower_ in {"this", "that", "these"} for c in tok.children):
        # "To mark this historic agreement, X presented a souvenir": the one told before ("an event to
        # mark the launch of X" is the launch; "the visit will mark the launch of phase II" too)
        return "marked"
    if type_name == "launch" and tok.lemma_.lower() == "inauguration" and _sworn_in(tok):
        return "swearing-in"  # "his attendance at Mr Trump's inauguration": a person takes office
    if type_name == "launch" and _of_a_relationship(tok):
        return "relationship"  # "the establishment of an independent State of Palestine", "of ties"
    if type_name == "launch" and _start_of_an_occasion(tok):
        return "occasion-opened"  # "a few days before the start of the summit": the summit's, told apart
    counted = _counted_by(tok)
    if counted is not None:
        return _idle_noun(counted, type_name, sent)  # "held a series of meetings": as "held meetings"
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return "modifier"
    if _generic(tok):
        return "generic"  # "at international fora", "in consultation", "after completion"
    if tok.lemma_.lower() in PARTNERED_NOUNS and not _partner(tok):
        return "no-partner"  # "leaders maintaining close interactions", "the conversation highlighted"
    if any(c.lower_ in GOAL_MODIFIERS for c in tok.children):
        return "goal"
    if any(c.lower_ in PLANNED_MODIFIERS for c in tok.children):
        return None  # "the upcoming JCC meeting": a planned occasion
    if _held_already(tok, type_name) and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # "the recent agreement with the power producers would help": one occasion, already held (not
        # "flaws in the previous agreement": a document)
        return None
    # "the visit by X would strengthen ties"; "the arrival of the doctors was welcomed": told, not wished
    told_subject = (tok.dep_ == "nsubj" and _owned_occasion(tok, type_name)) or tok.dep_ == "nsubjpass"
    if _under_wish(tok) and not told_subject:
        return "wish"  # ... but "hoped that his visit would take ties to a new height" tells the visit
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in DIRECTIVE_LEMMAS:
        return "directed"  # "directed for its completion within three months": ordered, not done
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in STALLED_NOUNS:
        return "stalled"  # "delays in the formal launch of CPEC-2.0"
    if type_name == "funding" and governing_verb(tok).lemma_.lower() in CUTS:
        return "cut"  # "the allocation was slashed by Rs250 billion": money taken away
    if _unscheduled(tok):
        return "unscheduled"  # "to undertake the visit at a mutually convenient time"
    if type_name in {"funding", "investment"} and (_money_stock(tok) or _totalled(tok)):
        # "FDI was only $1.5 billion", "the project is an investment of CEEC", also where the parser hangs
        # the noun on a preposition before it ("at present foreign investment in Pakistan was ...")
        return "statistic"
    # ("have talks with X", "had talks with X": talks held)
    held = tok.dep_ == "nsubjpass" or tok.head.lemma_.lower() in OCCASION_VERBS | {"have"}
    if tok.lower_ == "talks" and not held and not _talk_partner_noun(tok):
        return "talk-about"  # "the world talks of confrontation": speech
    if type_name == "completion" and _span_of_time(tok):
        return "anniversary"  # "the completion of 10 years of CPEC"
    if type_name == "completion" and any(o.lemma_.lower() in FORMALITIES for o in _of(tok)):
        return "formality"  # "after completion of medico-legal formalities": a procedure, no work done
    if tok.lemma_.lower() in {"release", "disbursement"} and not releases_money(tok):
        return "other-sense"  # "the release of the accused on bail": no money let go
    if type_name in {"funding", "investment"}:  # money moving, or just the word ("Chinese investment")
        return None if AMOUNT.search(text_of(sent)) else "no-money"
    if tok.dep_ in {"nsubjpass", "dobj"} and _called_off(tok.head):
        # "President Xi's visit to Pakistan was postponed", "had postponed his visit": told by the delay
        return "called-off"
    if tok.dep_ == "ROOT" and any(c.dep_ == "relcl" for c in tok.children) and not in_headline(tok):
        return "description"  # "A consensus in which the elite want to ...": a fragment describing one
    if tok.dep_ in {"nsubjpass", "ROOT"} or told_subject:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in SETTING_OFF:
        return None  # "will leave for a three-day visit to China": the trip to come
    if tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in OCCASION_SUBJECT_VERBS or _passive(tok.head)):
        return None
    if (tok.dep_ == "dobj" and tok.head.lemma_.lower() in OCCASION_VERBS) or _review_held(tok):
        return None
    if act_hailed(tok):
        return None
    if type_name == "delay" and _delay_of_a_work(tok):
        return None  # "noting delays in the formal launch of CPEC-2.0", "the delay of the dam"
    if type_name == "delay" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUFFERING_VERBS:
        # "all the projects faced unnecessary delay": a delay that befell a work; not "producers faced
        # delays in payments"
        subjects = [t for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree]
        return None if any(t.lemma_.lower() in WORKS for t in subjects) else "topic"
    if tok.dep_ == "pobj" and _occasion_prep(tok.head):
        # "flaws in the previous agreement", "under the accord": a document is an occasion only at its
        # signing ("at the signing of", "during the agreement ceremony")
        document = tok.lemma_.lower() in DOCUMENT_NOUNS and tok.head.lower_ not in {"during", "at"}
        return "document" if document else None
    if _act_of_a_ceremony(tok) or holding_of(tok):
        # "addressing a ceremony of virtual inauguration of the airport": the inauguration; "termed holding
        # of the extraordinary session ... an effort": the session held
        return None
    if _there_for(tok) or in_sequence(tok):
        return None
    if tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return _idle_noun(tok.head, type_name, sent)
    if _specific_reference(tok):
        return None
    return "topic"


CALLED_OFF = frozenset({"postpone", "cancel", "delay", "defer", "reschedule", "suspend"})


def _called_off(verb: Token) -> bool:
    off = verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return off or verb.lemma_.lower() in CALLED_OFF


SETTING_OFF = frozenset({"leave", "depart", "set", "fly", "head"})
ANNIVERSARY_NOUNS = frozenset({"anniversary", "jubilee", "centenary"})


def _arrival_somewhere(noun: Token) -> bool:
    """'his arrival in Beijing', 'the arrival of Chinese doctors': a trip; 'arrival at the venue' is not."""
    return any(t.ent_type_ in {"GPE", "LOC", "NORP"} for t in noun.subtree)


HOLDING_NOUNS = frozenset({"holding", "hosting", "convening", "organising", "organizing", "organisation"})


# what is asked for or proposed is not yet held ("proposed the hosting of the summit next year")
SOUGHT = frozenset(
    {"propose", "suggest", "urge", "seek", "demand", "request", "want", "hope", "need", "plan", "stress",
     "emphasize", "emphasise", "call", "recommend", "support", "favour", "favor", "agree", "decide", "offer"}
)  # fmt: skip


def holding_of(noun: Token) -> bool:
    """'termed the holding of the session an effort', 'welcomed the hosting of the summit': the occasion is
    named as held; not when the holding is sought ('proposed the hosting of', 'the need for holding of')."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if prep is None or prep.head.lower_ not in HOLDING_NOUNS:
        return False
    holding = prep.head
    verb = governing_verb(holding)
    sought = {verb.lemma_.lower(), *(t.lemma_.lower() for t in holding.ancestors if t.pos_ == "NOUN")}
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return not (sought & SOUGHT) and not modal and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}


def _act_of_a_ceremony(noun: Token) -> bool:
    """The act a ceremony is of, when the ceremony is held, addressed or attended."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    ceremony = prep.head if prep is not None else None
    if ceremony is None or ceremony.lemma_.lower() not in {"ceremony", "function"}:
        return False
    return ceremony.dep_ in {
        "dobj",
        "nsubjpass",
        "pobj",
    } and ceremony.head.lemma_.lower() in OCCASION_VERBS | {"at", "during"}


def _sworn_in(noun: Token) -> bool:
    """A person's inauguration is his taking office, not the opening of a project."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += _of(noun)
    return any(o.ent_type_ == "PERSON" or o.lower_ in {"his", "her"} for o in owners)


# what one does with a text: "the draft agreement was shared / forwarded / submitted"
PASSED_ON = frozenset(
    {"share", "send", "forward", "submit", "hand", "present", "table", "circulate", "draft"}
)
# "to mark this agreement" (to witness or observe one is to take part in it)
COMMEMORATING = MARKING_VERBS - {"witness", "observe"}
JUDGING_VERBS = frozenset({"term", "describe", "call", "consider", "regard", "dub", "declare"})
SEEING_VERBS = frozenset({"view", "see", "perceive", "deem", "judge", "interpret"})


def _judged(noun: Token) -> bool:
    """The object of a verdict ('termed X a welcome decision', 'described X as historic'): an opinion of
    something told elsewhere."""
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in JUDGING_VERBS | SEEING_VERBS:
        return True  # "the pact is being viewed the same way as past moments", "is regarded as"
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in JUDGING_VERBS:
        return False
    return any(
        c.dep_ in {"oprd", "ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    )


def _time_anchor(tok: Token) -> bool:
    """An undated occurrence told only as the point time is counted from: 'since the launch of CPEC',
    'since its inception', 'the anniversary of the signing'; the news is what happened since, or the
    celebration."""
    if tok.dep_ != "pobj" or any(t.ent_type_ == "DATE" for t in tok.subtree):
        return False  # "the anniversary of X's historic visit in 2015": a past occurrence with its date
    prep = tok.head
    return prep.lower_ == "since" or (prep.lower_ == "of" and prep.head.lemma_.lower() in ANNIVERSARY_NOUNS)


# Nouns that name a meeting only with the party met: "held consultations with the NHA", "in a
# telephonic conversation with X", "during an interaction with students".
PARTNERED_NOUNS = frozenset({"consultation", "conversation", "interaction"})


def _partner(noun: Token) -> bool:
    """The party met is named after 'with/between', or both hold it ("X and Y held a telephone
    conversation", "the two sides held consultations")."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return True
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else []
    return any(joint_subject(s) for s in subjects)


def joint_subject(subject: Token) -> bool:
    """Two parties as one subject: "Pakistan and China", "both sides", "the two leaders"."""
    conjoined = any(c.dep_ == "conj" for c in subject.children)
    both = any(c.lower_ in {"both", "two"} for c in subject.children)
    return conjoined or both or subject.lower_ in JOINT_SUBJECTS


SUFFERING_VERBS = frozenset({"face", "suffer", "experience", "encounter", "undergo"})
WORKS = frozenset(
    {"project", "scheme", "work", "plan", "programme", "program", "construction", "line", "motorway"}
    | {"road", "dam", "zone", "corridor", "railway", "airport", "port", "plant", "highway", "package"}
)


# "a series of meetings", "a round of talks": the count stands where the occasions would
COUNT_NOUNS = frozenset({"series", "round", "number", "couple", "string", "spate", "flurry"})


def _delay_of_a_work(noun: Token) -> bool:
    """A delay named with what it holds up: a work or an occasion ('delays in the formal launch of ...')."""
    held = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "of"} for g in c.children]
    return any(g.lemma_.lower() in WORKS | TRIGGER_LEMMAS for g in held)


def _counted_by(tok: Token) -> Token | None:
    prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    count = prep.head if prep is not None else None
    return count if count is not None and count.lemma_.lower() in COUNT_NOUNS else None


def _talk_partner_noun(tok: Token) -> bool:
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return not preps & {"of", "about"} or bool(preps & {"with", "between"})


def _span_of_time(tok: Token) -> bool:
    objects = _of(tok)
    return any(o.lemma_.lower() in TIME_SPANS for o in objects)


ANY_ONE = frozenset({"all", "every", "any", "various", "such"})


def _generic(tok: Token) -> bool:
    """A bare noun after a preposition (no article, possessor, number or complement) names a kind of
    thing, not one occurrence."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN":
        return False
    if tok.tag_ == "NNS" and tok.lower_ != "talks":  # "on international and regional forums": a kind
        # ... but "after meetings with President X" were with someone
        partner = any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in tok.children)
        # "at all international forums": 'all' counts no occasion
        told = [c for c in tok.children if c.dep_ in {"det", "poss", "nummod"} and c.lower_ not in ANY_ONE]
        return not partner and not told
    if any(c.dep_ == "det" and c.lower_ in ANY_ONE for c in tok.children):
        return True  # "at every international forum": any one of them, none in particular
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
    # "witnessed a landmark achievement with inauguration of construction work on the X Dam": after 'with'
    # or 'after' an article-less event noun may still name one occasion
    told_with = tok.dep_ == "pobj" and tok.head.lower_ in {"with", "after", "following", "upon"}
    told_with = told_with and _told_as_past(governing_verb(tok))  # "witnessed ... with", "was reignited with"
    if not told_with and not any(c.lower_ == "the" for c in tok.children):
        return False
    if _of_a_relationship(tok):
        return False  # "the establishment of diplomatic relations", "of Pakistan": not a thing opened
    objects = _of(tok)
    if objects and all(_kind_of_thing(o) for o in objects):
        return False  # "the establishment of SEZs remains a priority": of a kind, no one thing
    if told_with:  # "... of construction work on the X Dam": a named thing anywhere in its phrase
        objects = [g for c in tok.children if c.dep_ == "prep" for g in c.children]
    # a name the model reads as one though it tags it a noun ("the launch of PakSat-1R")
    named = {"ORG", "PRODUCT", "FAC", "GPE", "WORK_OF_ART"}
    return any(
        t.pos_ == "PROPN" or t.tag_ == "POS" or t.like_num or t.ent_type_ in named
        for o in objects
        for t in o.subtree
    )


def _told_as_past(verb: Token) -> bool:
    past_aux = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and past_aux)


def _of_a_relationship(tok: Token) -> bool:
    objects = _of(tok)
    return any(o.lemma_.lower() in RELATIONSHIP_NOUNS or o.ent_type_ in {"GPE", "NORP"} for o in objects)


def _kind_of_thing(noun: Token) -> bool:
    """A bare plural ("SEZs", "industrial zones"): no article, number or possessor."""
    bare = not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)
    return bare and noun.tag_ in {"NNS", "NNPS"}


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


def _asked(above: Token) -> bool:
    """An invitation extended or renewed (the inviter asking), not one accepted ("accepted the
    invitation to visit Beijing in October" is a plan)."""
    if above.lemma_.lower() == "invitation":
        above = above.head
    invites = above.lemma_.lower() in {"invitation"} or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "invitation" for c in above.children
    )
    return invites and above.lemma_.lower() in {
        "extend",
        "renew",
        "convey",
        "reiterate",
        "issue",
        "invitation",
    }


def _sum_of(tok: Token) -> bool:
    return bool(AMOUNT.search(" ".join(t.text for t in tok.subtree)))


def _under_wish(tok: Token) -> bool:
    """'to attract investment', 'committed to the timely completion of', 'need funds', and purposes
    ('to secure investments') unless the purpose is itself to make the occasion ('to hold a meeting').
    An occasion after in/during/at is where something was wished or agreed ('agreed to enhance sharing in
    a meeting with X'), not the thing wished."""
    setting = tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during", "at"}
    # one occasion ("in a meeting with X"), not an activity engaged in ("to engage in dialogue")
    one = any(c.dep_ in {"det", "poss"} for c in tok.children)
    if setting and one and tok.lemma_.lower() in OCCASION_NOUNS:
        return False
    head = tok.head
    for _ in range(4):
        finite = head.tag_ != "VBG" and not any(c.lower_ == "to" for c in head.children)
        if head.lemma_.lower() in WISH_VERBS and finite and _sum_of(tok):
            return False  # "the project will attract Rs400 billion investment": a sum foretold, a plan
        if head.lemma_.lower() in WISH_VERBS or _wishing(head):
            return True
        if head.pos_ == "VERB":
            # "invited the PM to visit KP and lay the foundation stone": the 'to' is on the first verb
            shared = head.dep_ == "conj" and head.head.tag_ == "VB"  # the model tags 'lay' VBD there
            inf = head.head if shared else head
            purpose = inf.tag_ == "VB" and any(c.lower_ == "to" for c in inf.children)
            wish_noun = inf.head.lemma_.lower() in WISH_NOUNS and not chance_had(inf.head)
            # "ready to hold dialogues": a readiness, as "eager to invest" (_idle_verb)
            wished = _wishing(inf.head) or (shared and inf.head.lemma_.lower() in WISH_VERBS)
            if purpose and (_asked(inf.head) or wish_noun or wished):
                return True  # "renewed his invitation to X to undertake a visit": asked for, not planned
            if purpose and was_able(inf.head):
                return False  # "was able to arrange debt relief": done
            # a purpose of its own ("travelled to Gwadar to review and lay the foundation stone" is no
            # wish: the shared 'to' only carries an asking or wishing over)
            own = head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children)
            return own and head.lemma_.lower() not in OCCASION_VERBS
        if head.i == head.head.i or head.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "experts at a seminar demanded ...": the seminar is the demanders', not demanded
        head = head.head
    return False
