"""Text normalisation applied before an article is stored, so every later offset points into stored text."""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"'}
)
# "ISLAMABAD, Sep 22 (APP):Federal Minister" - a dateline's closing bracket glued to the first word.
GLUED_DATELINE = re.compile(r"(\((?:[A-Z][A-Za-z]{1,10}\d?)\)|[A-Z]{2,10}\d?):+(?=[A-Z])")
# "Authority (GPA),Naseer Khan": a comma glued to the next word hides where a name starts
GLUED_COMMA = re.compile(r"(?<=[A-Za-z)]),(?=[A-Z][a-z])")
GLUED_HONORIFIC = re.compile(r"\b(Mr|Ms|Mrs|Dr|Engr|Prof)\.(?=[A-Z][a-z])")  # "Mr.Tahir Hussain"
# "... two weeks\\n\\nISLAMABAD: Pakistan ...": a scrape that kept line breaks as escapes; one before a
# paragraph's capital, quote or bullet (or another escape) is a line break ("C:\\new" is left alone)
ESCAPED_BREAK = re.compile(r"\\n(?=\\n|[A-Z\"'(•\s])")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# C0/C1 controls but tab and line breaks, and lone surrogates: PostgreSQL refuses NUL in text, and none of
# them is text a reader sees. Line and paragraph separators become line breaks.
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# A text wrapped at a fixed width (a scraped print edition, a wire copy) breaks sentences mid-way: a line
# break between lower-case words, several times over, marks it; in such a text a break after a long line
# that does not end a sentence is a wrap, so "Prime\nMinister" and "this\nyear" are read as written.
MID_SENTENCE_BREAK = re.compile(r"[a-z,]\n[a-z]")
WRAPS_THAT_MARK_A_WRAPPED_TEXT = 3
WRAPPED_LINE_MIN = 40
SENTENCE_END = re.compile(r"""[.!?:;"')\]]$""")


def strip_controls(text: str) -> str:
    """Text without control characters (a title, an author): what every stored string goes through."""
    return CONTROLS.sub("", LINE_BREAKS.sub("\n", text))


def normalize_text(text: str) -> str:
    """NFKC; soft hyphens and zero-width characters removed; straight quotes; datelines, commas and
    honorifics unglued."""
    text = ESCAPED_BREAK.sub("\n", text)
    text = unicodedata.normalize("NFKC", strip_controls(text)).translate(INVISIBLE).translate(QUOTES)
    text = GLUED_COMMA.sub(", ", GLUED_DATELINE.sub(r"\1: ", text))
    text = GLUED_HONORIFIC.sub(r"\1. ", text)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if len(MID_SENTENCE_BREAK.findall("\n".join(lines))) < WRAPS_THAT_MARK_A_WRAPPED_TEXT:
        return "\n".join(lines)
    return _unwrapped(lines)


def _unwrapped(lines: list[str]) -> str:
    """Lines of a fixed-width text joined back into paragraphs; a short line (a heading) or one that
    ends a sentence keeps its break."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and line[:1].isalnum()
            and len(out[-1]) >= WRAPPED_LINE_MIN
            and not SENTENCE_END.search(out[-1])
        ):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)
