"""How two written names of one person compare: within an article (analysis) and across articles (storage).

Names in CPEC news come in several spellings (Shehbaz / Shahbaz, Saleem / Salim: data in
config/data/name_variants.json, and close transliterations found by rule) and in longer or shorter forms
("Asim Bajwa" / "Asim Saleem Bajwa", "Ahsan Iqbal" / "Ahsan Iqbal Chaudhry").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from config import gazetteers

VOWELS = re.compile(r"[aeiouyh]")
# Honorifics and ranks written before a name are no part of it when names are compared.
NOT_NAME = frozenset(
    {"mr", "mrs", "ms", "dr", "syed", "engr", "prof", "professor", "sardar", "mian", "hafiz"}
)


def name_key(name: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive identity key ("Zara  Shah" == "zara shah")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


def fold(word: str) -> str:
    """A name word with listed transliteration variants folded to one spelling (Yousuf = Yusuf)."""
    word = word.lower()
    return gazetteers.name_variants().get(word, word)


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """One name word in two spellings: listed variants, or a close transliteration (same first letter,
    same consonants in order, at most two edits: Shehbaz / Shebaz, Mahmood / Mehmood). Words of three
    letters or fewer must be equal: too many short names sit one letter apart."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if min(len(a), len(b)) <= 3 or a[0] != b[0]:
        return False
    skeleton_a, skeleton_b = _consonants(a), _consonants(b)
    return skeleton_a == skeleton_b and Levenshtein.distance(a, b) <= 2


def _consonants(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", VOWELS.sub("", word))


def name_words(name: str) -> list[str]:
    return [w for w in name_key(name).split() if w not in NOT_NAME]


def same_person(a: str, b: str) -> bool:
    """Equal up to spelling, or every word of the shorter name found in order in the longer one with at
    least two words shared ("Asim Bajwa" and "Asim Saleem Bajwa"; not "Ali Khan" and "Ali")."""
    short, long_ = sorted((name_words(a), name_words(b)), key=len)
    if not short:
        return False
    if len(short) == len(long_):
        return all(same_word(x, y) for x, y in zip(short, long_, strict=True))
    return len(short) >= 2 and _in_order(short, long_)


def _in_order(short: list[str], long_: list[str]) -> bool:
    rest = iter(long_)
    return all(any(same_word(word, other) for other in rest) for word in short)
