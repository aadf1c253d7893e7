"""An invented collection written through the project's own writer, for the web and search tests: a zone
whose story runs from planned to happened over three years, two officials who meet there, fillers for
paging, and one article whose stored text is hostile (script tags, odd unicode)."""

from __future__ import annotations

from datetime import date

from models.records import (
    Analysis,
    DateRecord,
    EventRecord,
    Official,
    OrganizationRecord,
    Participant,
    Span,
    TitleHeld,
    ZoneRecord,
)
from storage import Database
from storage.writer import ArticleInput, save_article

ZONE = "Rashakai Special Economic Zone"
OTHER_ZONE = "Dhabeji Special Economic Zone"
HOSTILE_TITLE = 'Gwadar <img src=x onerror="alert(1)"> update'
HOSTILE_TEXT = (
    "Gwadar 🇵🇰 اپ ڈیٹ: <script>alert('stored')</script> e\u0301te\u0301 \u202eevil\u202c "
    "The Rashakai SEZ was visited by Zara Shah on Tuesday."
)


def _spans(text: str, needle: str) -> list[Span]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(Span(needle, at, at + len(needle)))
        at = text.find(needle, at + 1)
    assert out, f"{needle!r} not in the invented text"
    return out


def _zara(text: str, title: str) -> Official:
    return Official(
        name="Zara Shah",
        title=title,
        organization="Ministry of Planning",
        country="Pakistan",
        titles=[TitleHeld(title, "Ministry of Planning")],
        mentions=_spans(text, "Zara Shah"),
    )


def _li(text: str) -> Official:
    return Official(
        name="Li Wei",
        title="Ambassador",
        country="China",
        titles=[TitleHeld("Ambassador", None)],
        mentions=_spans(text, "Li Wei"),
    )


def _event(text: str, sentence: str, type_: str, status: str, day: date | None, *people: str) -> EventRecord:
    trigger = {"launch": "groundbreaking", "meeting": "met", "visit": "visited"}[type_]
    return EventRecord(
        type=type_,
        status=status,
        trigger=trigger,
        sentence=sentence,
        sentence_start=text.index(sentence),
        date=(day, day) if day else None,
        participants=[Participant(p, "participant") for p in people],
        organizations=["Board of Investment"],
        zones=[ZONE],
    )


def _story() -> list[tuple[ArticleInput, Analysis]]:
    out = []
    s1 = "Minister Zara Shah said the groundbreaking of the Rashakai SEZ will take place in June."
    t1 = "Groundbreaking planned at Rashakai\n\n" + s1
    out.append(
        (
            ArticleInput(
                "https://news.example/rashakai-planned",
                "Groundbreaking planned at Rashakai",
                None,
                date(2022, 3, 1),
                "en",
                t1,
            ),
            Analysis(
                "test",
                [_zara(t1, "Minister for Planning")],
                [ZoneRecord(ZONE, "Nowshera", "Khyber Pakhtunkhwa", _spans(t1, "Rashakai SEZ"))],
                [],
                [
                    DateRecord(
                        "June",
                        date(2022, 6, 1),
                        date(2022, 6, 30),
                        "month",
                        t1.index("June"),
                        t1.index("June") + 4,
                    )
                ],
                [_event(t1, s1, "launch", "planned", date(2022, 6, 1), "Zara Shah")],
            ),
        )
    )
    s2 = "Zara Shah and Ambassador Li Wei performed the groundbreaking of the Rashakai SEZ on Monday."
    t2 = "Rashakai groundbreaking held\n\n" + s2
    out.append(
        (
            ArticleInput(
                "https://news.example/rashakai-done",
                "Rashakai groundbreaking held",
                None,
                date(2023, 7, 15),
                "en",
                t2,
            ),
            Analysis(
                "test",
                [_zara(t2, "Federal Minister"), _li(t2)],
                [ZoneRecord(ZONE, "Nowshera", "Khyber Pakhtunkhwa", _spans(t2, "Rashakai SEZ"))],
                [OrganizationRecord("Board of Investment", "BOI", [])],
                [],
                [_event(t2, s2, "launch", "happened", date(2023, 7, 10), "Zara Shah", "Li Wei")],
            ),
        )
    )
    s3 = "Li Wei met investors at the Rashakai SEZ; the Dhabeji SEZ was also discussed."
    t3 = "Investors meet on Dhabeji and Rashakai\n\n" + s3
    out.append(
        (
            ArticleInput(
                "https://news.example/investors",
                "Investors meet on Dhabeji and Rashakai",
                None,
                date(2024, 1, 10),
                "en",
                t3,
            ),
            Analysis(
                "test",
                [_li(t3)],
                [
                    ZoneRecord(ZONE, "Nowshera", "Khyber Pakhtunkhwa", _spans(t3, "Rashakai SEZ")),
                    ZoneRecord(OTHER_ZONE, "Thatta", "Sindh", _spans(t3, "Dhabeji SEZ")),
                ],
                [],
                [],
                [_event(t3, s3, "meeting", "happened", None, "Li Wei")],
            ),
        )
    )
    t4 = HOSTILE_TEXT
    s4 = "The Rashakai SEZ was visited by Zara Shah on Tuesday."
    out.append(
        (
            ArticleInput("javascript:alert('url')//hostile", HOSTILE_TITLE, None, date(2024, 2, 2), "en", t4),
            Analysis(
                "test",
                [_zara(t4, "Federal Minister")],
                [ZoneRecord(ZONE, "Nowshera", "Khyber Pakhtunkhwa", _spans(t4, "Rashakai SEZ"))],
                [],
                [],
                [_event(t4, s4, "visit", "happened", None, "Zara Shah")],
            ),
        )
    )
    return out


def _filler_text(i: int, word: str) -> str:
    # Distinct reports, not copies of one another: copy detection (storage/copies.py) would fold
    # one-sentence texts that differ in a single word into one story.
    stages = ("surveyed", "tendered", "financed", "contracted", "built", "tested", "opened", "audited")
    cities = ("Lahore", "Quetta", "Multan", "Peshawar", "Sukkur", "Gilgit", "Hyderabad", "Sialkot")
    return (
        f"The {word} project near {cities[i % len(cities)]} was {stages[i % len(stages)]} in week {i + 1}; "
        f"50% of the funds_allocated were spent."
    )


def _fillers(n: int) -> list[tuple[ArticleInput, Analysis]]:
    words = ("power", "railway", "fibre", "water", "port", "airport", "hospital")
    return [
        (
            ArticleInput(
                f"https://news.example/filler-{i}",
                f"Filler report {i} on the {words[i % len(words)]} project",
                None,
                date(2021, 1, 1 + i),
                "en",
                _filler_text(i, words[i % len(words)]),
            ),
            Analysis("test"),
        )
        for i in range(n)
    ]


def populate(db: Database, fillers: int = 7) -> dict[str, int]:
    """Write the collection; returns article ids by URL path's last part."""
    ids = {}
    for item, analysis in _story() + _fillers(fillers):
        with db.writing() as session:
            article_id, _ = save_article(session, item, analysis)
        ids[item.url.rsplit("/", 1)[1]] = article_id
    return ids
