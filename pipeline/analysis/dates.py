"""Date expressions resolved to inclusive calendar ranges against the publication date and clause tense."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from models.records import DateRecord
from pipeline.analysis.event_types import GATHERING_NOUNS, OCCASION_NOUNS, TRIGGER_LEMMAS
from pipeline.analysis.sentences import doc_text
from pipeline.analysis.tense import TELLING, clause_status

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "an": 1,
}
DIGITS = r"\d{1,2}"
ORD = r"(?:st|nd|rd|th)?"  # "5th March", "March 5th"
NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"

YEAR = r"(?:19|20)\d{2}"
TO = r"\s*(?:-|–|to|till|until|and)\s*"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "between July and December 2024": the span of months, read as "July-December 2024"; before the
    # single months take its words
    (
        "months",
        re.compile(rf"\b[Bb]etween ({MONTH}) and ({MONTH})(?: (this year|next year|last year|\d{{4}}))?"),
    ),
    # "September 9-10", "6-7 May 2024", "August 31 to September 1", "28 Feb - 2 Mar": one span of days
    (
        "days",
        re.compile(
            rf"\b(?:({MONTH}) ({DIGITS}){ORD}{TO}(?:({MONTH}) )?({DIGITS}){ORD}"
            rf"|({DIGITS}){ORD}(?: ({MONTH}))?{TO}({DIGITS}){ORD} (?:of )?({MONTH}))(?:,? (\d{{4}}))?\b"
            rf"(?![-–/.,]\d| ?%| per ?cent)"
        ),
    ),
    (
        "full",
        re.compile(
            rf"\b(?:({MONTH}) ({DIGITS}){ORD}(?:, ?| )(\d{{4}})"  # "June 30,2019" as news writes it too
            rf"|({DIGITS}){ORD} ({MONTH}),? (\d{{4}}))\b"
        ),
    ),
    # "Financial Year 2022-2023", "the budget for the year 2023-2024": named a fiscal year (a budget is for
    # one), the two years are one July-June year
    (
        "fiscal_named",
        re.compile(
            rf"\b(?:(?:[Ff]iscal|[Ff]inancial) [Yy]ear,?|[Bb]udget (?:for )?(?:the )?(?:[Yy]ear )?) ?"
            rf"({YEAR})[-–/]({YEAR})\b"
        ),
    ),
    # "the current fiscal year", "next financial year": counted from the fiscal year of the news day
    (
        "fiscal_relative",
        re.compile(
            r"\b(this|last|next|coming|current|previous|outgoing|upcoming|ongoing) "
            r"(?:fiscal|financial) year\b(?!,? (?:FY ?)?(?:19|20)\d{2})",  # "fiscal year 2023-24" names it
            re.I,
        ),
    ),
    # "August, 2018 to August 2020": one span from the first month to the last
    (
        "month_year_range",
        re.compile(rf"\b({MONTH}),? ({YEAR})\s*(?:-|–|to|till|until)\s*({MONTH}),? ({YEAR})\b"),
    ),
    # "FY 2019-20", "2023-24": Pakistan's fiscal year runs from July to June
    (
        "fiscal",
        re.compile(
            rf"\b(?:(?:FY|[Ff]iscal [Yy]ear|[Ff]inancial [Yy]ear)\s*)?({YEAR})[-–/](\d{{2}})\b(?![-–/]\d)"
        ),
    ),
    # "FY2025", "FY25": the fiscal year that ends in June of that year
    ("fiscal_end", re.compile(r"\bFY ?((?:19|20)?\d{2})\b(?![-–/]\d)")),
    ("year_range", re.compile(rf"\b({YEAR})\s*(?:-|–|to|till|until)\s*({YEAR})\b")),
    ("year_between", re.compile(rf"\bbetween ({YEAR}) and ({YEAR})\b")),
    ("since", re.compile(rf"\b(since |post-|after )({YEAR})\b(?![-–/]\d)", re.I)),
    (
        "months",
        re.compile(rf"\b({MONTH})(?:/| or |-|–| to )({MONTH})(?: (this year|next year|last year|\d{{4}}))?"),
    ),
    # "later this month", "the end of this month": the rest of the period from the day of the news
    (
        "part",
        re.compile(r"\b(?:(later) this|(?:the )?(end) of (?:this|the current)) (week|month|year)\b", re.I),
    ),
    # "on the 26th of this month", "the 5th of next month": a day of the month counted from the news
    ("day_of_month", re.compile(rf"\bthe ({DIGITS}){ORD} of (this|next|last|the current) month\b", re.I)),
    (
        "month_day",
        re.compile(
            rf"\b(?:({MONTH}) ({DIGITS}){ORD}|({DIGITS}){ORD} (?:of )?({MONTH}))"
            rf"\b(?!,? \d{{4}})"
        ),
    ),
    # "the first quarter of 2022", "Q3 2024": three calendar months
    (
        "quarter",
        re.compile(
            rf"\b(?:(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter of (?:the year )?"
            rf"|Q([1-4])[ ,]+(?:of )?)({YEAR}|this year|next year|last year)\b",
            re.I,
        ),
    ),
    # "the first ten months of 2021", "the last three months of 2019", "the second half of 2022"
    (
        "year_part",
        re.compile(
            rf"\b(?:the )?(first|last|final|second) (?:{NUM} months|(half)) of (?:the year )?"
            rf"({YEAR}|this year|next year|last year)\b",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"\b({MONTH}),? (\d{{4}}|(?:this|last|next) year)\b")),
    # a bare month is written in full: "Jan", "Mar" alone are more often names ("Abdul Jalil Jan")
    ("month", re.compile(rf"\b(?<!\d )({FULL_MONTH})\b(?! \d)")),
    # "last Monday" is the one before the day of the news even when the news day is a Monday
    (
        "weekday_step",
        re.compile(
            r"\b((?i:last|next|coming|previous)) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    ("weekday", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    (
        "relative",
        re.compile(
            r"\b(this|last|next|coming|current|previous|the current|the next|the last) (year|month|week)\b",
            re.I,
        ),
    ),
    ("ago", re.compile(rf"\b{NUM} (day|week|month|year)s? ago\b", re.I)),
    (
        "span",
        re.compile(
            rf"\b(?:the |over the |in the |from the )?(last|past|next|coming) {NUM} "
            r"(days|weeks|months|years)\b",
            re.I,
        ),
    ),
    # "signed earlier in the day", "will meet later today": the news day
    ("deictic", re.compile(r"\b((?:earlier|later) (?:in the day|today)|today|yesterday|tomorrow)\b", re.I)),
    # "A day prior, he met ...", "on the previous day": the day before the news; not "a day before the
    # summit" (before something else)
    (
        "day_before",
        re.compile(
            r"\b(?:(?:a|one) day (?:prior|earlier|before)|the (?:previous|preceding) day|the day before)\b"
            r"(?!\s+(?:the|his|her|its|their|a|an|to|of)\b|\s+(?-i:[A-Z0-9]))",
            re.I,
        ),
    ),
    # "2024", also written "the year 2024" (the whole expression)
    ("year", re.compile(r"(?:\b(?:[Tt]he )?[Yy]ear )?(?<![\w/-])((?:19|20)\d{2})(?![\w/-]|\.\d|,\d)")),
]


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_year(month: int, ref: date, status: str) -> int:
    if status == "planned" and month < ref.month:
        return ref.year + 1
    if status == "happened" and month > ref.month:
        return ref.year - 1
    return ref.year


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def resolve(kind: str, m: re.Match[str], ref: date, status: str) -> tuple[date, date, str] | None:
    """Inclusive (start, end, granularity) of one matched expression; None when it names no date."""
    g = m.groups()
    if kind == "full":  # "March 5, 2020", "5th March 2020"
        month, day, year = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
        try:
            d = date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
        except ValueError:
            return None
        return d, d, "day"
    if kind == "days":
        return _days(m, ref, status)
    if kind == "fiscal":
        return _fiscal(int(g[0]), int(g[1]))
    if kind == "fiscal_end":
        end_year = int(g[0]) if len(g[0]) == 4 else (2000 if int(g[0]) < 70 else 1900) + int(g[0])
        return date(end_year - 1, 7, 1), date(end_year, 6, 30), "range"
    if kind == "fiscal_named":
        first, second = int(g[0]), int(g[1])
        return (date(first, 7, 1), date(second, 6, 30), "range") if second == first + 1 else None
    if kind == "fiscal_relative":
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1}  # "outgoing": the current
        first = (ref.year if ref.month >= 7 else ref.year - 1) + step.get(g[0].lower(), 0)
        return date(first, 7, 1), date(first + 1, 6, 30), "range"
    if kind == "month_year_range":
        start = month_range(int(g[1]), MONTHS[g[0].lower().rstrip(".")])[0]
        end = month_range(int(g[3]), MONTHS[g[2].lower().rstrip(".")])[1]
        return (start, end, "range") if start < end else None
    if kind in {"year_range", "year_between"}:
        a, b = int(g[0]), int(g[1])
        return (date(a, 1, 1), date(b, 12, 31), "range") if a < b else None
    if kind == "since":
        year = int(g[1]) + (0 if g[0].lower().strip() == "since" else 1)
        return (date(year, 1, 1), ref, "range") if date(year, 1, 1) <= ref else None
    if kind == "part":
        return _part(g[0] or g[1], g[2].lower(), ref)
    if kind == "months":
        a, b = MONTHS[g[0].lower().rstrip(".")], MONTHS[g[1].lower().rstrip(".")]
        year = (
            int(g[2])
            if g[2] and g[2].isdigit()
            else ref.year + {"next year": 1, "last year": -1}.get(g[2] or "", 0)
        )
        if not g[2]:
            year = _month_year(a, ref, status)
        return month_range(year, a)[0], month_range(year + (b < a), b)[1], "range"
    if kind == "day_of_month":
        shift = {"next": 1, "last": -1}.get(g[1].lower(), 0)
        year, month = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        try:
            d = date(year, month + 1, int(g[0]))
        except ValueError:
            return None
        return d, d, "day"
    if kind == "month_day":
        month = MONTHS[(g[0] or g[3]).lower().rstrip(".")]
        day = int(g[1] or g[2])
        year = _month_year(month, ref, status)
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return d, d, "day"
    if kind == "month_year":  # "March 2021", "March last year"
        year = _named_year(g[1], ref)
        start, end = month_range(year, MONTHS[g[0].lower().rstrip(".")])
        return start, end, "month"
    if kind == "month":
        month = MONTHS[g[0].lower().rstrip(".")]
        return (*month_range(_month_year(month, ref, status), month), "month")
    if kind == "weekday_step":
        return _weekday_step(g[0].lower(), DAYS[g[1].lower()], ref)
    if kind == "quarter":
        return _quarter(g[0] or g[1], g[2], ref)
    if kind == "year_part":
        return _year_part(g[0].lower(), g[1], bool(g[2]), g[3], ref)
    if kind == "weekday":
        return _weekday(DAYS[g[0].lower()], ref, status)
    if kind == "relative":
        return _relative(g[0].lower().replace("the ", ""), g[1].lower(), ref)
    if kind == "ago":
        return _ago(NUMBER_WORDS.get(g[0].lower()) or int(g[0]), g[1].lower(), ref)
    if kind == "span":
        return _span(g[0].lower(), NUMBER_WORDS.get(g[1].lower()) or int(g[1]), g[2].lower(), ref)
    if kind == "deictic":
        d = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g[0].lower(), 0))
        return d, d, "day"
    if kind == "day_before":
        d = ref - timedelta(days=1)
        return d, d, "day"
    year = int(g[0])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _days(m: re.Match[str], ref: date, status: str) -> tuple[date, date, str] | None:
    """A span of days; "5 and 6 May" only for neighbouring days ("5 and 16 May" are two dates)."""
    g = m.groups()
    if g[0]:  # "May 6 - (June) 7"
        month_a, day_a, month_b, day_b = g[0], g[1], g[2] or g[0], g[3]
    else:  # "6 (May) - 7 June"
        month_a, day_a, month_b, day_b = g[5] or g[7], g[4], g[7], g[6]
    a, b = MONTHS[month_a.lower().rstrip(".")], MONTHS[month_b.lower().rstrip(".")]
    year = int(g[8]) if g[8] else _month_year(a, ref, status)
    try:
        start = date(year, a, int(day_a))
        end = date(year + (b < a), b, int(day_b))
    except ValueError:
        return None
    joined_by_and = re.search(r"\band\b", m.group(0)) is not None
    if end <= start or (end - start).days > 62 or (joined_by_and and (end - start).days != 1):
        return None
    return start, end, "range"


def _fiscal(first: int, second: int) -> tuple[date, date, str] | None:
    """'2019-20' is the fiscal year July 2019 - June 2020; '2022-24' the years 2022 to 2024."""
    end_year = first // 100 * 100 + second
    if end_year == first + 1:
        return date(first, 7, 1), date(end_year, 6, 30), "range"
    if first < end_year <= first + 10:
        return date(first, 1, 1), date(end_year, 12, 31), "range"
    return None


def _part(which: str, unit: str, ref: date) -> tuple[date, date, str]:
    """'later this month' and 'the end of this month' run from the day of the news to the month's end.
    ('earlier this month' is read as the month itself, as the annotation guide reads it.)"""
    if unit == "year":
        first, last = date(ref.year, 1, 1), date(ref.year, 12, 31)
    elif unit == "month":
        first, last = month_range(ref.year, ref.month)
    else:
        first = ref - timedelta(days=ref.weekday())
        last = first + timedelta(days=6)
    return (ref, last, "range") if first <= ref else (first, last, "range")


def _weekday(day: int, ref: date, status: str) -> tuple[date, date, str]:
    """A weekday in news is the one of the publication week: the latest on or before the date, or the next
    one when the clause speaks of the future. The dateline's own weekday is that day either way: wire copy
    dated Saturday says "will address the forum on Saturday" of that very day."""
    if status == "planned":
        delta = (day - ref.weekday()) % 7
        d = ref + timedelta(days=delta)
    else:
        d = ref - timedelta(days=(ref.weekday() - day) % 7)
    return d, d, "day"


def _weekday_step(which: str, day: int, ref: date) -> tuple[date, date, str]:
    if which in {"last", "previous"}:
        d = ref - timedelta(days=(ref.weekday() - day - 1) % 7 + 1)
    else:
        d = ref + timedelta(days=(day - ref.weekday() - 1) % 7 + 1)
    return d, d, "day"


QUARTERS = {"first": 1, "1st": 1, "1": 1, "second": 2, "2nd": 2, "2": 2, "third": 3, "3rd": 3, "3": 3}
QUARTERS |= {"fourth": 4, "4th": 4, "4": 4, "final": 4, "last": 4}


def _year_part(
    which: str, count: str | None, half: bool, year_text: str, ref: date
) -> tuple[date, date, str] | None:
    """The first or last months of a year, or one of its halves."""
    year = _named_year(year_text, ref)
    months = 6 if half else number_of(count or "")
    if not months or months > 12 or (which == "second" and not half):
        return None
    if which == "first":
        return date(year, 1, 1), month_range(year, months)[1], "range"
    return date(year, 13 - months, 1), date(year, 12, 31), "range"


def _quarter(which: str, year_text: str, ref: date) -> tuple[date, date, str]:
    year = _named_year(year_text, ref)
    first = (QUARTERS[which.lower()] - 1) * 3 + 1
    return date(year, first, 1), month_range(year, first + 2)[1], "range"


def _relative(which: str, unit: str, ref: date) -> tuple[date, date, str]:
    step = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}[which]
    if unit == "year":
        return date(ref.year + step, 1, 1), date(ref.year + step, 12, 31), "year"
    if unit == "month":
        first = _shift_months(ref, step)
        return (*month_range(first.year, first.month), "month")
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    return monday, monday + timedelta(days=6), "range"


def _ago(n: int, unit: str, ref: date) -> tuple[date, date, str]:
    if unit == "day":
        d = ref - timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        d = ref - timedelta(weeks=n)
        return d - timedelta(days=d.weekday()), d - timedelta(days=d.weekday()) + timedelta(days=6), "range"
    if unit == "month":
        first = _shift_months(ref, -n)
        return (*month_range(first.year, first.month), "month")
    return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), "year"


def _span(direction: str, n: int, unit: str, ref: date) -> tuple[date, date, str]:
    """'the past six years', 'over the next two months': from or to the day of the news, that many units."""
    sign = -1 if direction in {"last", "past"} else 1
    if unit == "years":
        other = _same_day(ref.year + sign * n, ref.month, ref.day)
    elif unit == "months":
        first = _shift_months(ref, sign * n)
        other = _same_day(first.year, first.month, ref.day)
    else:
        other = ref + timedelta(days=sign * n * (7 if unit == "weeks" else 1))
    start, end = sorted((other, ref))
    return start, end, "range"


def _same_day(year: int, month: int, day: int) -> date:
    """The same day of the month, or the month's last day when it has none (29 February)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


MONEY_BEFORE = re.compile(r"(?:Rs\.?|\$|PKR|USD|RMB|yuan|over|about|some|nearly|around)\s*$", re.I)
UNIT_AFTER = re.compile(
    r"\s*(?:million|billion|crore|lakh|mw|megawatts?|km|kilometres?|acres?|tons?|tonnes?|"
    r"people|persons|units|jobs|houses|beds|students|%|per ?cent)\b",
    re.I,
)


def _quantity(text: str, m: re.Match[str], kind: str) -> bool:
    """'Rs 2000 million', '2000 MW', 'some 2020 students': a number that looks like a year, not a year."""
    if kind != "year":
        return False
    return bool(
        MONEY_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or UNIT_AFTER.match(text, m.end())
    )


BRACKETED_DAY = re.compile(rf"\s*\(\s*(?:{MONTH} {DIGITS}|{DIGITS} {MONTH})\b")
# "today's meeting", "today's verdict": a day's own occasion; "today's world" is the present age
DAY_NOUNS = (
    TRIGGER_LEMMAS
    | GATHERING_NOUNS
    | OCCASION_NOUNS
    | frozenset({"verdict", "decision", "ruling", "statement", "hearing", "vote", "attack", "incident"})
)
# "Today, China has become a giant", "today we are a nuclear power": a state now, not an act of the day
STATE_VERBS = frozenset({"be", "have", "become", "face", "stand", "remain", "live", "know", "need", "exist"})


def _named_year(text: str, ref: date) -> int:
    """'2021', 'this year', 'next year', 'last year' against the day of the news."""
    return int(text) if text.isdigit() else ref.year + {"next": 1, "last": -1}.get(text.split()[0].lower(), 0)


def number_of(word: str) -> int | None:
    """'3' or 'three' as a number; None for any other word."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


YEARLESS = {"month_day", "month", "days"}
# ("by December 15" in a past clause was met before the telling: "had completed the work by December 15")
DEADLINE_PREPS = {"until", "till"}


def is_limit(token: Token) -> bool:
    """'announced an extension until June 30' (told in May): a limit can lie after the telling, so a
    past clause does not push it into the past year; it is the one of the news year."""
    return token.dep_ == "pobj" and token.head.lower_ in DEADLINE_PREPS


def told_ahead(token: Token) -> bool:
    """'adding on 9 January a donors' conference would be held': a date right after a telling verb, before
    what is told, is the told clause's time (the parse hangs it on the telling verb); when that clause is
    to come, so is the date."""
    prep = token.head
    verb = prep.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or verb.lemma_.lower() not in TELLING:
        return False
    # after the verb ("X on Friday said ..." dates the saying), a calendar day or month (a weekday is the
    # telling's), and no 'that' ("said on 9 January that ..." is when it was said)
    if prep.i < verb.i or token.lower_ in DAYS or token.lower_ in {"today", "tomorrow", "yesterday"}:
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i]
    told = [c for c in told if not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return any(clause_status(c) == "planned" for c in told)


def _nowadays(token: Token) -> bool:
    """'today' meaning the present age rather than the news day: a possessive of no occasion ("in
    today's world"), 'of today' ("the challenges of today"), 'even/still today', or the time of a state
    told in the present ("Today, indicators are stable")."""
    head = token.head
    if token.dep_ == "conj" and head.lower_ == "today":  # "the problems of today and tomorrow"
        return _nowadays(head)
    if token.dep_ == "poss":
        return head.lemma_.lower() not in DAY_NOUNS
    if token.dep_ == "pobj" and head.lower_ == "of":
        return True
    if any(c.lower_ in {"even", "still"} for c in token.children):
        return True
    verbs = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    present = any(t.tag_ in {"VBZ", "VBP"} for t in verbs)
    return (
        token.lower_ == "today"
        and head.pos_ in {"VERB", "AUX"}
        and head.lemma_.lower() in STATE_VERBS
        and present
    )


def extract_dates(doc: Doc, published: date | None) -> list[DateRecord]:
    if published is None:
        return []
    text = doc_text(doc)
    taken: list[tuple[int, int]] = []
    records = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or _quantity(text, m, kind):
                continue
            token = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if token is not None and m.group(0).lower() in {"today", "tomorrow"} and _nowadays(token.root):
                continue
            if kind == "weekday" and BRACKETED_DAY.match(text, m.end()):
                continue  # "on Wednesday (November 25)": the bracketed date names the day
            status = clause_status(token.root) if token is not None else "present"
            if token is not None and status == "happened" and kind in YEARLESS and is_limit(token.root):
                status = "present"
            if token is not None and status == "happened" and kind in YEARLESS and told_ahead(token.root):
                status = "planned"
            resolved = resolve(kind, m, published, status)
            if resolved is None:
                continue
            taken.append((m.start(), m.end()))
            start, end, gran = resolved
            records.append(
                DateRecord(m.group(0), start, end, gran, m.start(), m.end(), f"{kind}; clause:{status}")
            )
    return _days_before(sorted(records, key=lambda r: r.start_char))


def _days_before(records: list[DateRecord]) -> list[DateRecord]:
    """'met ... on Thursday. A day earlier, he had visited ...': the day before the last day told before
    it (the news day when none was)."""
    out: list[DateRecord] = []
    last_day: date | None = None
    for rec in records:
        if not (rec.rule or "").startswith("day_before"):
            last_day = rec.start if rec.granularity == "day" else last_day
        elif last_day is not None:
            day = last_day - timedelta(days=1)
            rec = DateRecord(rec.text, day, day, rec.granularity, rec.start_char, rec.end_char, rec.rule)
        out.append(rec)
    return out


def year_of_a_name(span: Span) -> bool:
    """'Sibi Mela 2020', 'Conference 2025': a year that is part of a name dates nothing by itself."""
    root = span.root
    doc = span.doc
    # "the Right of Access to Information Act, 2017": a law's year after its comma
    law = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].text in LAW_NAMES
    # "the Development Cooperation Planning (2024-2028)": the period in a plan's name
    bracketed = span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc)
    period = bracketed and doc[span.end].text == ")" and doc[span.start - 2].pos_ == "PROPN"
    return period or (
        len(span) == 1
        and root.like_num
        and (law or (root.dep_ in {"nummod", "compound"} and root.head.pos_ == "PROPN"))
    )


LAW_NAMES = frozenset({"Act", "Ordinance", "Rules", "Regulations", "Bill", "Code", "Order", "Amendment"})
