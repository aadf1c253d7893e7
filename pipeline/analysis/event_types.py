"""The event types we record, in one place: definitions, triggers and PLOVER/CAMEO counterparts, and the
word lists the event rules read (occasion verbs, wishes, press nouns)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    definition: str
    plover: str | None  # PLOVER event type, with the CAMEO root code in brackets
    lemmas: frozenset[str]  # single-word triggers, by lemma
    phrases: tuple[str, ...] = ()  # multi-word triggers, lower-case


EVENT_TYPES: tuple[EventType, ...] = (
    EventType(
        "press_conference",
        "A press conference, or a statement made to reporters or the media.",
        "CONSULT (CAMEO 012)",
        frozenset({"presser"}),
        (
            "press conference",
            "press briefing",
            "weekly briefing",  # the foreign office spokesperson's weekly briefing of the press
            "news conference",
            "media briefing",
            "media talk",
            "press talk",
        ),
    ),
    EventType(
        "meeting",
        "Officials or bodies meet, confer, chair or attend a session, call, seminar or forum.",
        "CONSULT (CAMEO 04)",
        frozenset(
            {
                "meet",
                "meeting",
                "chair",
                "co-chair",
                "preside",
                "talk",
                "talks",
                "discuss",
                "review",  # "the PM and the President reviewed cooperation": with two sides only
                "session",
                "seminar",
                "symposium",
                "webinar",
                "workshop",
                "roundtable",
                "conclave",
                "summit",
                "attend",
                "dialogue",
                "conference",
                "forum",
                "huddle",
                "debate",
                "discussion",
                "reception",
                "banquet",  # "hosted a banquet in honour of the prime minister": hosts and guest meet
                "luncheon",
                "dinner",
                "interact",  # "interacted with Chinese companies", "while interacting with the participants"
                # with a partner only (event_filters.py): "held consultations with", "in a conversation with"
                "consultation",
                "conversation",
                "interaction",
            }
        ),
        (
            "video conference",
            "video link",
            "telephone call",
            "phone call",
            "held talks",
            "called on",
            # envoys presenting credentials to the head of state meet him
            "presented credentials",
            "presented his credentials",
            "presented her credentials",
            "presented their credentials",
        ),
    ),
    EventType(
        "visit",
        "An official travels to a place or body, or hosts such a trip.",
        "CONSULT (CAMEO 042/043)",
        frozenset({"visit", "tour", "arrive", "arrival", "trip", "depart", "travel"}),
        ("left for", "returned from", "returning from", "returned home from"),
    ),
    EventType(
        "agreement",
        "Parties agree, sign an accord, MoU or contract, or reach consensus.",
        "AGREE (CAMEO 057)",
        frozenset(
            {"agree", "sign", "ink", "agreement", "mou", "accord", "pact", "consensus", "contract", "deal"}
        ),
        (
            "memorandum of understanding",
            "agreed upon",
            "agreements were reached",
            "letter of exchange",
            "signing ceremony",
        ),
    ),
    EventType(
        "launch",
        "A project, zone or service is launched, inaugurated, broken ground on or starts operating.",
        None,
        frozenset(
            {
                "launch",
                "inaugurate",
                "inauguration",
                "groundbreaking",
                "operationalize",
                "operationalise",
                "commission",
                "commence",
                "start",
                "begin",
                "establishment",
            }
        ),
        (
            "ground-breaking",
            "ground breaking",
            "groundbreaking ceremony",  # "performed the groundbreaking ceremony": tagged as an adjective
            "broke ground",
            "commercial operation",
            "became operational",
            "made operational",  # "the pass has been made operational for round the year trade"
            "made functional",
            "became functional",
            "inaugural ceremony",
            "opening ceremony",
            "launch ceremony",  # "during the launch ceremony hosted by X"
            "launching ceremony",
            "foundation stone",  # "laid the foundation stone", "the foundation stone has been laid"
            "foundation stones",  # "laid the foundation stones of the university and the hospital"
            "rolled out",  # "the government has rolled out two economic plans"
            "rolls out",
            "rolling out",
            "roll out",
        ),
    ),
    EventType(
        "announcement",
        "A body or official makes a decision, direction, commitment or policy public.",
        "ACCEDE/ASSURE (CAMEO 01)",
        frozenset(
            {
                "announce",
                "announcement",
                "simplify",
                "declare",
                "unveil",
                "pledge",
                "vow",
                "commit",
                "decide",
                "direct",
                "reaffirm",
                "notify",
            }
        ),
        ("press release",),
    ),
    EventType(
        "funding",
        "Funds, loans or grants are allocated, released or disbursed.",
        "AID (CAMEO 071)",
        frozenset(
            {"allocate", "allocation", "fund", "loan", "grant", "disburse", "release", "finance", "earmark"}
        ),
        # a loan rolled over is money given for longer
        ("rolled over",),
    ),
    EventType(
        "investment",
        "An investor commits or makes an investment.",
        "COOPERATE (CAMEO 061)",
        # buying land or a stake in a zone is investing in it (a filter keeps only those things)
        frozenset({"invest", "investment", "purchase", "buy", "acquire"}),
    ),
    EventType(
        "approval",
        "A body approves a plan, project, process or budget.",
        "ACCEDE (CAMEO 08)",
        frozenset({"approve", "approval", "sanction", "endorse", "ratify", "authorise", "authorize"}),
    ),
    EventType(
        "offer",
        "A party offers help, training, finance, projects or cooperation, or invites others to invest.",
        "COOPERATE (CAMEO 05)",
        frozenset({"offer", "invite", "propose"}),
    ),
    EventType("completion", "A project or phase is completed.", None, frozenset({"complete", "completion"})),
    EventType(
        "delay",
        "A project or event is delayed, stalled or postponed.",
        "REDUCE (CAMEO 1)",
        frozenset({"delay", "postpone", "stall", "halt", "suspend"}),
        ("no progress", "behind schedule"),
    ),
)

# "the 10th JCC, likely to be held": holding or convening one of these bodies is a meeting of it.
SESSION_VERBS = frozenset({"hold", "convene", "summon"})
# "organized a special event", "hosted a gathering", "a screening was held": a gathering is a meeting
GATHERING_VERBS = frozenset({"hold", "organize", "organise", "host", "arrange", "address", "conclude"})
GATHERING_NOUNS = frozenset(
    {"event", "gathering", "screening", "celebration", "function", "gala", "roadshow", "show"}
    | {"ceremony", "parade", "briefing"}  # "a flag hoisting ceremony was held", "hosted a briefing"
)
# "adopted a resolution", "passed the budget": a body approves a text; "adopted new tactics" approves none
APPROVING_VERBS = frozenset({"adopt", "pass"})
ADOPTED_TEXTS = frozenset(
    {
        "resolution", "declaration", "statement", "bill", "budget", "blueprint", "charter", "document",
        "communique", "report", "act", "amendment",
    }
)  # fmt: skip
# "addressing the 7th CPEC Media Forum", "attended the Boao Forum": taking part in a named session
SESSION_NAMES = frozenset({"forum", "conference", "summit", "seminar", "symposium", "dialogue", "session"})
# "to attend the JCC meeting scheduled for September 26": occasions whose own date an attending takes
OCCASION_NOUNS = frozenset(
    {"meeting", "session", "summit", "conference", "forum", "seminar", "ceremony", "dialogue"}
)
TAKING_PART_VERBS = frozenset({"address", "attend", "chair", "co-chair", "preside"})
MEETING_BODIES = frozenset(
    {"committee", "commission", "council", "forum", "assembly", "group", "conference", "session", "jirga"}
)
# Statement verbs: a news report's undated statements are, by convention, made on the day of its lead.
STATEMENT_LEMMAS = frozenset({"say", "tell", "state", "add", "stress", "emphasize", "emphasise", "remark"})
# The lead's dated statement ("X on Tuesday said/stressed/extended greetings ...") is the news of the day.
DAY_STATEMENT_LEMMAS = STATEMENT_LEMMAS | frozenset(
    {"extend", "express", "reiterate", "underline", "highlight", "urge", "observe", "note", "inform"}
    # "X on Saturday accused/termed/congratulated ...": the day's statement, whatever its verb of saying
    | {"accuse", "term", "congratulate", "claim", "criticise", "criticize", "condemn", "describe", "declare"}
    # "Pakistan on Tuesday rejected the remarks", "X on Monday assured/demanded/thanked/hailed ..."
    | {"reject", "assure", "demand", "thank", "hail", "appreciate", "laud", "deplore", "warn"}
    | {"felicitate", "apprise", "denounce", "lambast", "slam"}
    # "X on Friday underscored/reaffirmed/acknowledged/asked ..."
    | {"underscore", "affirm", "reaffirm", "recognize", "recognise", "acknowledge", "ask"}
    # "X on Thursday accentuated/suggested/recalled/regretted/pointed out/spelled out ..."
    | {"accentuate", "suggest", "advise", "regret", "lament", "insist", "opine", "caution"}
    | {"assert", "appeal"}
)
# "called for more cooperation": a call for something is a statement ('called on X' is a meeting)
CALL_FOR = "call"
NEWS_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)

# "talking to reporters", "told the media": speaking to these is a press conference.
PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "media", "newsman", "newsmen", "press", "correspondent", "medium", "channel"}
    | {"mediaperson", "mediapersons", "pressman", "pressmen"}  # written as one word
    | {"tv", "television", "radio"}
)
# "talking to media persons", "told press representatives": people named after the press they are
PRESS_PEOPLE = frozenset(
    {"person", "representative", "people", "man", "men", "worker", "personnel"}
    | {"program", "programme", "show"}  # "talking to a private news channel program"
)
# News outlets by name: "talking to APP", "in an interview with Xinhua" is speaking to the media.
MEDIA_OUTLETS = frozenset(
    {
        "app", "ptv", "xinhua", "cgtn", "cctv", "bbc", "cnn", "reuters", "geo", "dawn", "ary", "sputnik",
        "anadolu", "aaj", "samaa", "dunya", "express", "radio pakistan", "global times", "china daily",
        "associated press of pakistan", "pakistan television", "al jazeera", "trt", "wion", "cri",
    }
)  # fmt: skip
# people whose words are the report's sources or comment, not an office holder's act: "analysts speaking
# to PTV believe", "analysts are debating whether"
COMMENTATORS = frozenset(
    {"analyst", "expert", "economist", "scholar", "academic", "researcher", "fellow", "professor"}
    | {"observer", "commentator", "resident", "citizen", "source", "local", "villager", "student"}
)
SPEAK_LEMMAS = frozenset({"talk", "speak", "tell", "brief", "address"})
# "agreed to complete", "directed to convene": the infinitive is what the decision is about, not a second
# occurrence (the decision is the event).
DIRECTIVE_LEMMAS = frozenset(
    {"agree", "decide", "direct", "instruct", "order", "ask", "resolve", "pledge", "vow", "urge"}
    | {"request", "demand", "advise", "recommend", "suggest"}  # "requested the authorities to suspend"
)
# "accused the government of stalling": an allegation, not a report that it happened.
ALLEGATION_LEMMAS = frozenset({"accuse", "allege", "blame", "charge"})
# "The completion of CPEC would help improve the economy": a benefit foretold, not an occurrence.
BENEFIT_LEMMAS = frozenset(
    {"help", "boost", "bring", "improve", "create", "contribute", "benefit", "strengthen", "enhance", "pave"}
    | {
        "serve",
        "push",
        "deepen",
        "promote",
        "open",
        "prove",
        "give",
    }  # "the visit would serve as a milestone"
)
# Of those, verbs that also tell an occasion taking place ("the conference will open on Monday"): a benefit
# only with what they give ("open new avenues", "serve as a milestone")
BENEFIT_WITH_OBJECT = frozenset({"serve", "open", "prove", "give", "push", "play"})  # "play a role"
# "expected to push deeper cooperation": a forecast of what an occasion will do, not of the occasion
FORECAST_VERBS = frozenset({"expect", "likely", "set", "poise", "bind"})
# What a project or place affords ("offering immense employment opportunities"): no offer made
AFFORDED_NOUNS = frozenset(
    {
        "opportunity",
        "potential",
        "benefit",
        "application",
        "prospect",
        "avenue",
        "advantage",
        "scope",
        "window",
        # "Indonesia offered an ideal platform", "offering the shortest sea access" (judged corpus sample)
        "platform",
        "access",
        "gateway",
        "route",
        "market",
        "environment",
        "edge",
    }
)
# "Russia launched its offensive", "launched protests": a launch of no project, zone or service
# courtesies told of the day: thanks, greetings and condolences make nothing public ("thanked President Xi
# for his birthday wishes", "felicitated China on its National Day")
COURTESY_ACTS = frozenset({"thank", "felicitate", "greet", "condole"})
# what an investor buys: land in a zone, a plot, a stake ("182 acres were purchased by foreign investors")
INVESTED_THINGS = frozenset({"land", "plot", "acre", "stake", "share", "shareholding", "equity", "site"})
NOT_LAUNCHED = frozenset(
    {"offensive", "attack", "assault", "war", "strike", "protest", "march", "agitation", "crackdown"}
    | {"tirade", "movement", "sit-in", "probe", "investigation", "inquiry"}
    | {"bombing", "airstrike", "airstrikes", "raid", "invasion", "missile"}
    | {"aircraft", "jet", "fighter", "drone", "rocket", "sortie"}  # "75 aircraft were launched": sorties
    | {"era", "epoch", "chapter"}  # "will inaugurate an era of confidence": a figure of speech
)
# "addressing a seminar", "chaired a meeting", "signed an MoU": verbs that make a noun an occurrence.
OCCASION_VERBS = frozenset(
    {
        "secure",  # "secured a deal with the US": a deal is made when secured, clinched or sealed
        "clinch",
        "seal",
        "hold",
        "chair",
        "co-chair",
        "attend",
        "address",
        "convene",
        "organize",
        "organise",
        "host",
        "sign",
        "ink",
        "perform",
        "conduct",
        "reach",
        "witness",
        "mark",
        "preside",
        "join",
        "participate",
        "undertake",
        "lay",  # "to lay the foundation stone": the purpose is the occasion itself
        "pay",
        "conclude",
        "begin",
        "start",
        "complete",
        "inaugurate",
        "launch",
        "announce",
        "approve",
        "allocate",
        "release",
        "disburse",
        "make",
        "grant",
        "receive",
        "lead",
        "continue",  # "the Senators on Friday continued the discussion on the budget"
        "resume",
    }
)
# "during the visit", "at a seminar", "in a meeting with": a noun after these names the occasion itself.
OCCASION_PREPS = frozenset({"during", "at", "in", "on", "after", "before", "ahead", "following"})

# A trigger that is only wished for, needed or promised names no occurrence: "committed to timely
# completion", "eager to invest", "need funds", "to attract investment".
WISH_VERBS = frozenset(
    {
        "attract",
        "encourage",
        "promote",
        "facilitate",
        "need",
        "seek",
        "welcome",
        "boost",
        "increase",
        "enhance",
        "explore",
        "ensure",
        "require",
        "want",
        "invite",
        "lure",
        "woo",
        "mobilize",
        "mobilise",
        "commit",
        "resolve",
        "determine",
        "vow",
        "pledge",
        "hope",
        "wish",
        "desire",
        "aim",
        "think",  # "thinking of visiting abroad"
        "consider",
        "contemplate",
        "strive",
        "urge",
        "try",
        "attempt",
        "suggest",
        "recommend",
        "demand",
        "stress",
        "emphasize",
        "emphasise",
        "underline",
        "call",
        "expedite",
        "accelerate",
        "speed",
        "prioritize",
        "prioritise",
        "focus",
    }
)
WISH_ADJECTIVES = frozenset(
    {"eager", "keen", "willing", "ready", "interested", "determined", "committed", "desirous", "poised"}
    | {"able", "unable", "capable"}  # an ability is no occurrence: "firms will be able to invest"
    # a necessity or a reluctance is no occurrence either: "it was necessary to start activities"
    | {"necessary", "important", "essential", "vital", "imperative", "crucial", "reluctant", "hesitant"}
)
# "keen interest to invest", "the need to complete": an infinitive under these is wished for.
WISH_NOUNS = frozenset(
    {
        "interest",
        "desire",
        "willingness",
        "eagerness",
        "need",
        "wish",
        "hope",
        "ambition",
        "intention",
        "commitment",
        "resolve",
        "determination",
        "readiness",
        "effort",
        "efforts",
        "aim",
        "goal",
        "objective",  # "the objective to hold this event is to show ...": a purpose, not the event
        "purpose",
        "bid",
        "importance",  # "stressed the importance of investing in training"
        "significance",
        "necessity",
        # "a good opportunity for Qatar to invest", "this is the time to allocate more": a chance, not a plan
        "opportunity",
        "chance",
        "time",
        "scope",
        "potential",
    }
)
# Adjectives that make a noun trigger a goal, not a report: "timely completion", "early approval".
GOAL_MODIFIERS = frozenset({"timely", "early", "speedy", "fast", "swift", "smooth", "expeditious", "quick"})
# "the upcoming JCC meeting": a noun so modified is a planned occasion, whatever governs it.
PLANNED_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "next", "proposed", "scheduled", "planned", "coming", "expected", "likely"}
)
# A funding trigger needs money in its clause: "released a new version" is no funding.
MONEY_NOUNS = frozenset(
    {"fund", "funds", "money", "amount", "tranche", "budget", "grant", "loan", "allocation", "finance", "rs"}
)

# "The meeting was co-chaired", "the seminar discussed": verbs of which an occasion noun is the subject
# when the report is of the occasion itself ("the agreement would help" is an opinion about one).
OCCASION_SUBJECT_VERBS = frozenset(
    {
        "take",
        "discuss",
        "decide",
        "agree",
        "review",
        "approve",
        "conclude",
        "begin",
        "start",
        "end",
        "continue",
        "acknowledge",
        "reaffirm",
        "deliberate",
        "consider",
        "underway",
        "commence",
        "open",
    }
)
# Who can offer: people, bodies, states ("the project offered opportunities" is no offer).
OFFERERS = frozenset(
    {
        "side",
        "government",
        "company",
        "firm",
        "minister",
        "ambassador",
        "president",
        "premier",
        "chairman",
        "authority",
        "bank",
        "delegation",
        "investor",
        "country",
        "state",
        "province",
        "official",
        "envoy",
        "governor",
        "leader",
        "department",
        "ministry",
        "board",
        "embassy",
        "corporation",
        "group",
        "team",
    }
)
# "Minister for Finance", "Secretary of Investment": a portfolio after an office, not an event.
OFFICE_WORDS = frozenset({"minister", "secretary", "adviser", "advisor", "assistant", "ministry", "division"})

# "an event to mark the launch": the event noun under these is what the occasion is about.
MARKING_VERBS = frozenset({"mark", "celebrate", "commemorate", "witness", "observe"})

# "meet the demand", "meet targets": things one meets without a meeting.
UNMET_OBJECTS = frozenset(
    {
        "demand",
        "need",
        "requirement",
        "target",
        "goal",
        "challenge",
        "expectation",
        "deadline",
        "standard",
        "criterion",
        "cost",
        "shortfall",
        "obligation",
        "condition",
        "gap",
        "end",
    }
)
# "work started", "started operations": what starting launches; "started attacking" is no launch.
STARTED_THINGS = frozenset(
    {
        "work",
        "construction",
        "operation",
        "production",
        "service",
        "flight",
        "trade",
        "project",
        "plant",
        "zone",
        "phase",
        "functioning",
        "activity",
        "transmission",
        "generation",
        "supply",
        "programme",  # "the first internship programme will start in October"
        "program",
        "scheme",
    }
)
# Recommendations and possibilities report nothing that took place: "should be launched", "could visit".
NOT_REPORTED_MODALS = frozenset({"should", "must", "ought", "can", "could", "may", "might", "need"})
# Things, not happenings: as nouns they are an event only when signed, reached, approved ... ('the
# contracts of six IPPs' is no agreement; 'signed the contracts' is).
DOCUMENT_NOUNS = frozenset(
    {
        "agreement",
        "contract",
        "mou",
        "accord",
        "pact",
        "memorandum",
        "grant",
        "loan",
        "fund",
        "consensus",
        "deal",
    }
)

# "by obstructing the visit", "tried to stop the project": what these act on did not take place.
THWARTING_VERBS = frozenset(
    {
        "obstruct",
        "stop",
        "prevent",
        "block",
        "sabotage",
        "oppose",
        "foil",
        "thwart",
        "derail",
        "scuttle",
        "hamper",
        "hinder",
        "resist",
        "reject",
        "deny",
    }
)

# Diplomatic pleasantries: reaffirming or pledging these is no announcement nor agreement ("reaffirmed
# the resolve to strengthen ties", "an occasion to reaffirm the friendship").
RELATIONSHIP_NOUNS = frozenset(
    {
        "friendship",
        "tie",
        "ties",
        "relation",
        "relations",
        "relationship",
        "partnership",
        "brotherhood",
        "bond",
        "bonds",
        "solidarity",
        "goodwill",
        "support",
        "resolve",
        "cooperation",
        "state",  # "the establishment of an independent State of Palestine": statehood, not an opening
        "statehood",
        # "reaffirmed their joint commitment to regional peace", "reaffirmed the importance of the
        # partnership": a stance (judged corpus sample); a commitment to a project is not
        "importance",
        "peace",
        "stability",
        "principle",
        "purpose",
    }
)
# "commissioned several investigations": a study ordered, not a plant commissioned
STUDY_NOUNS = frozenset(
    {"investigation", "inquiry", "enquiry", "study", "report", "survey", "probe", "audit"}
)
# "the outcomes of the Prime Minister's visit": an occasion with outcomes has taken place
OUTCOME_NOUNS = frozenset({"outcome", "result", "success", "achievement", "follow-up", "gain", "fruit"})
# "congratulated the team on the launch", "thanked him for visiting": praise for an act someone else did
PRAISE_VERBS = frozenset({"congratulate", "felicitate", "praise", "commend", "laud", "appreciate", "thank"})
PLEDGE_LEMMAS = frozenset({"reaffirm", "assure", "pledge", "vow", "commit", "affirm", "reiterate"})
# Offered out of courtesy, not help, money or a deal: "offer condolences", "offered prayers".
COURTESIES = frozenset(
    {
        "condolence",
        "condolences",
        "prayer",
        "prayers",
        "tribute",
        "felicitation",
        "greeting",
        "sympathy",
        "support",
        "reception",
        "welcome",
        "solidarity",  # "offering complete solidarity", "offering their blood": no offer made
        "blood",
        "sacrifice",
        "life",
        "gratitude",
        "thanks",
    }
)
# "holding meetings on a daily basis", "meets regularly": a habit, not one occurrence.
HABITUAL = frozenset({"daily", "weekly", "monthly", "regularly", "routinely", "frequently", "often"})
# Whom one meets: "met the delegation", "met his counterpart"; not "met 26 of 27 conditions".
MET_PEOPLE = frozenset(
    {
        "delegation",
        "counterpart",
        "minister",
        "ambassador",
        "official",
        "officials",
        "leader",
        "leaders",
        "president",
        "premier",
        "envoy",
        "chairman",
        "governor",
        "secretary",
        "team",
        "representative",
        "representatives",
        "investor",
        "investors",
        "businessman",
        "businessmen",
        "journalist",
        "student",
        "students",
        "people",
        "members",
        "member",
        "him",
        "her",
        "them",
        "daughter",
        "son",
        "family",
    }
)
# Spans of time: the "completion of 10 years of CPEC" is an anniversary, not a completion.
TIME_SPANS = frozenset(
    {"year", "years", "month", "months", "decade", "decades", "anniversary", "term", "tenure"}
)

# Lemmas that trigger only as nouns: their verbs mean something else ("dealt with the issue").
NOUN_ONLY = frozenset({"deal"})
# Lemmas that trigger only as verbs: their nouns or adjectives mean something else ("the Commission").
VERB_ONLY = frozenset(
    {
        "review",
        "purchase",
        "commission",
        "direct",
        "depart",
        "travel",
        "arrive",
        "invite",
        "propose",
        "decide",
        "simplify",
        "notify",
    }
)

# "both sides reaffirmed": subjects that name two parties at once.
JOINT_SUBJECTS = frozenset({"both", "they", "sides", "countries", "nations", "parties"})
# "both countries agreed", "the two leaders": two parties told as one, as words
JOINT_PARTIES = re.compile(r"\b(?:both|the two) (?:countries|sides|nations|governments|leaders)\b", re.I)

BY_NAME = {t.name: t for t in EVENT_TYPES}
# every single-word trigger, by lemma: the words that name an occurrence ("meeting", "visit", "launch")
TRIGGER_LEMMAS = frozenset(lemma for t in EVENT_TYPES for lemma in t.lemmas)
# "it was a privilege for him to visit", "the honour of inaugurating": an honour names an act done
HONOURS = frozenset({"honour", "honor", "privilege", "pleasure"})
# "was delighted to meet Xi": the feeling of an occasion had (or, in the present, being had)
GLAD = frozenset({"delighted", "pleased", "honoured", "honored", "thrilled"})
STATUSES = ("happened", "planned", "ongoing")
