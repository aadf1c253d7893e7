"""The publication day of a plain-text report, from its dateline or a print-date line.

"ISLAMABAD, Sep 22 (APP): ..." gives month and day but no year; "Published in Dawn, July 31st, 2025" or
"ISLAMABAD, September 22, 2024:" gives all three. A yearless dateline takes the latest year in which the
day is not after the reference day (the file's modification day) and, when the first paragraph names a
weekday ("on Tuesday"), falls on that weekday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# ISLAMABAD, Sep 22 (APP): / KARACHI, 22 September 2024: / BEIJING, Sept. 3, 2024 (Xinhua) --
_DAY_MONTH = r"(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})"
# MIRPUR (AJK): Jun 12 (APP): a bracketed region after the place, and a colon for the comma
DATELINE = re.compile(
    rf"^[A-Z][A-Z .'/-]{{2,40}}(?:\s*\([A-Z]{{2,8}}\))?\s*[,:]\s+(?:{_MONTH}\s+{_DAY}|{_DAY_MONTH}){_YEAR}"
    r"\s*(?:\([A-Za-z0-9]{2,12}\)?)?\s*[:\-–—]",
    re.MULTILINE,
)
PRINT_DATE = re.compile(
    rf"Published in [^,\n]+(?:,[^,\n]+)*?,\s+{_MONTH}\s+{_DAY},\s+(?P<year>(?:19|20)\d\d)"
)


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower()) if name else None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def publication_day(text: str, reference: date) -> date | None:
    """The day the report says it was published, or None when it does not say."""
    printed = PRINT_DATE.search(text)
    if printed and (month := _month(printed["month"])):
        return _safe(int(printed["year"]), month, int(printed["day"]))
    m = DATELINE.search(text[:600])
    if not m:
        return None
    month = _month(m["month"] or m["month2"])
    day = int(m["day"] or m["day2"])
    if month is None:
        return None
    if m["year"]:
        return _safe(int(m["year"]), month, day)
    first = text[m.end() : m.end() + 400].lower()
    weekday = next((i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", first)), None)
    for year in range(reference.year, reference.year - 12, -1):
        candidate = _safe(year, month, day)
        if candidate is None or candidate > reference + timedelta(days=1):
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
    return None
