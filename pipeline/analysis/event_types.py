"""The event types we record, in one place: definitions, triggers and PLOVER/CAMEO counterparts."""

from __future__ import annotations

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
        "A press conference or a statement made to the press.",
        "CONSULT (CAMEO 012)",
        frozenset(),
        (
            "press conference",
            "press briefing",
            "news conference",
            "told reporters",
            "talking to the media",
            "talking to media",
            "told the media",
            "media briefing",
        ),
    ),
    EventType(
        "meeting",
        "Officials or bodies meet, confer, chair or attend a session, call or seminar.",
        "CONSULT (CAMEO 04)",
        frozenset(
            {
                "meet",
                "meeting",
                "chair",
                "talk",
                "session",
                "seminar",
                "summit",
                "discuss",
                "attend",
                "dialogue",
                "conference",
                "huddle",
            }
        ),
        ("called", "video conference", "video link", "telephone", "held talks"),
    ),
    EventType(
        "visit",
        "An official travels to a place or body, or hosts such a trip.",
        "CONSULT (CAMEO 042/043)",
        frozenset({"visit", "tour", "arrive", "trip"}),
    ),
    EventType(
        "agreement",
        "Parties agree, sign an accord, MoU or contract, or reach consensus.",
        "AGREE (CAMEO 057)",
        frozenset({"agree", "sign", "agreement", "mou", "accord", "pact", "consensus"}),
        ("memorandum of understanding", "agreed upon", "agreements were reached"),
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
                "unveil",
                "operationalize",
                "operationalise",
            }
        ),
        ("ground-breaking", "broke ground", "commercial operation"),
    ),
    EventType(
        "announcement",
        "A body or official makes a decision or policy public.",
        "ACCEDE/ASSURE (CAMEO 01)",
        frozenset(
            {"announce", "announcement", "simplify", "declare", "unveil", "assure", "pledge", "vow", "commit"}
        ),
        ("press release",),
    ),
    EventType(
        "funding",
        "Funds, loans or grants are allocated, released or disbursed.",
        "AID (CAMEO 071)",
        frozenset(
            {
                "allocate",
                "allocation",
                "fund",
                "loan",
                "grant",
                "disburse",
                "release",
                "finance",
                "expenditure",
            }
        ),
        ("funds have",),
    ),
    EventType(
        "investment",
        "An investor commits or makes an investment.",
        "COOPERATE (CAMEO 061)",
        frozenset({"invest", "investment"}),
    ),
    EventType(
        "approval",
        "A body approves a plan, project, process or budget.",
        "ACCEDE (CAMEO 08)",
        frozenset({"approve", "approval", "sanction", "endorse", "ratify"}),
    ),
    EventType(
        "offer",
        "A party offers help, training, finance or cooperation.",
        "COOPERATE (CAMEO 05)",
        frozenset({"offer"}),
    ),
    EventType("completion", "A project or phase is completed.", None, frozenset({"complete", "completion"})),
    EventType(
        "delay",
        "A project or event is delayed, stalled or postponed.",
        "REDUCE (CAMEO 1)",
        frozenset({"delay", "postpone", "stall"}),
        ("no progress",),
    ),
)

# "the 10th JCC, likely to be held": holding or convening one of these bodies is a meeting of it.
SESSION_VERBS = frozenset({"hold", "convene", "summon"})
MEETING_BODIES = frozenset(
    {"committee", "commission", "council", "forum", "assembly", "group", "conference", "session", "jirga"}
)
# Statement verbs: a news report's undated statements are, by convention, made on the day of its lead.
STATEMENT_LEMMAS = frozenset({"say", "tell", "state", "add", "stress", "emphasize", "emphasise", "remark"})

# A noun trigger that only modifies another noun ("investment opportunities", "completion date") or is
# the object of wishing ("to attract investment", "need funds") names no event.
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
    }
)

BY_NAME = {t.name: t for t in EVENT_TYPES}
STATUSES = ("happened", "planned", "ongoing")
