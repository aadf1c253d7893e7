"""Offices in a sentence: where each is written, its title, and what stands before it.

An office is a head from config/data/titles.json ("Minister", "Director General", written in any case;
"PM", "CM", "SP" only in capitals) with the modifiers and portfolio words written before it ("Federal
Planning Minister"). What precedes those may name the body ("NDRC Deputy Director-General", "Sindh
Economic Zones Management Company Chief Executive"), the place ("Punjab Governor") or the nationality
("Chinese Ambassador") of the office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from config import gazetteers
from pipeline.analysis.sentences import doc_text, text_of

# "Adviser to the Prime Minister X": an office after these words names the body, not the person's office.
OFFICE_AS_BODY = {"to", "of"}
BODY_GAP = 4  # tokens between an office and a following "to/of [the] OFFICE" that names its body
LEFT_WORDS = 8  # capitalised words before an office that may name its body
PORTFOLIO_HEADS = ("Minister", "Secretary", "Adviser", "Advisor", "Assistant", "Spokesman", "Spokesperson")
_PLACES_KEY = "cpec_place_tokens"
AT_THAT_TIME = {"that time"}  # "the then" and "then" are modifiers (config)


@dataclass
class Office:
    start: int  # first token of the title
    end: int  # token after the head
    title: str
    plural: bool
    left_org: str | None  # a body written before the office
    left_country: str | None  # a nationality or country written before the office
    cue_start: int  # where words that may carry a country cue begin


def lexicon() -> gazetteers.TitleLexicon:
    return gazetteers.titles()


@cache
def office_title_words() -> frozenset[str]:
    """Every word of every office title as the lexicon writes it ("Chief", "of", "Minister", "MNA")."""
    return frozenset(w for h in lexicon().heads for w in h.split())


@cache
def head_pattern() -> re.Pattern[str]:
    lex = lexicon()
    heads = "|".join(re.escape(h) for h in sorted(lex.heads, key=len, reverse=True))
    abbrevs = "|".join(re.escape(h) for h in sorted(lex.abbreviated_heads, key=len, reverse=True))
    # a plural 's' only after a written-out head or an abbreviation ("MNAs"); never a possessive
    return re.compile(rf"\b(?:(?i:{heads})|{abbrevs})(s)?\b(?!['’]s)")


@cache
def _place_pattern() -> re.Pattern[str]:
    p = gazetteers.places()
    names = sorted({*p.all_names, *p.countries, *p.country_aliases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def place_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside a place, province or country name ("Azad Jammu and Kashmir"): never part of a name."""
    cached = doc.user_data.get(_PLACES_KEY)
    if isinstance(cached, frozenset):
        return cached
    found: set[int] = set()
    for m in _place_pattern().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    doc.user_data[_PLACES_KEY] = frozenset(found)
    return doc.user_data[_PLACES_KEY]  # type: ignore[no-any-return]


def place_name(text: str) -> str | None:
    """The canonical name of a province, place or country written as text, if it is one."""
    p = gazetteers.places()
    if text in p.province_names:
        return p.province_names[text]
    if text in p.places or text in p.countries:
        return text
    return p.country_aliases.get(text)  # "Republic of Korea": South Korea


def offices_in(sent: Span) -> tuple[list[Office], set[int]]:
    """Each office named in a sentence, and the tokens of offices that name a body ("adviser to the chief
    minister"): those belong to the office before them."""
    found: list[Office] = []
    as_body: set[int] = set()
    last_end = -BODY_GAP - 1
    for m in head_pattern().finditer(text_of(sent)):
        span = sent.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        if span is None or (found and span.start < found[-1].end):
            continue  # inside the letters of the office before: "(DPM/FM)"
        gap = sent.doc[last_end : span.start] if 0 <= span.start - last_end <= BODY_GAP else None
        # "chairmanship of MNA X" is an office; "Adviser to the (KP) Prime Minister X" names the body
        # (a comma ends the office: "Ambassador of China, Minister for Culture X" are two offices)
        if gap is not None and len(gap) and gap[0].lower_ in OFFICE_AS_BODY and "," not in gap.text:
            as_body.update(range(span.start, span.end))
        elif found and _bracketed_short_form(sent, last_end, span):
            # "National Security Adviser (NSA) Dr X": the letters in brackets are the office before them,
            # which reaches past the bracket to the name
            found[-1] = replace(found[-1], end=span.end + 1)
        else:
            found.append(_office(sent, span, bool(m.group(1))))
            letters = _short_form_after(sent, span.end) or _plenipotentiary_after(sent, span.end)
            if letters:
                # "Deputy Prime Minister and Foreign Minister (DPM/FM) Senator X": the office's own letters
                found[-1] = replace(found[-1], end=letters)
        last_end = span.end
    return found, as_body


def _short_form_after(sent: Span, end: int) -> int | None:
    """The token after '(DPM/FM)' when such bracketed capital letters follow an office, else None."""
    doc = sent.doc
    if end >= sent.end or doc[end].text != "(":
        return None
    close = next((t.i for t in doc[end + 1 : min(end + 6, sent.end)] if t.text == ")"), None)
    if close is None:
        return None
    return close + 1 if SHORT_FORM.fullmatch(doc[end + 1 : close].text.replace(" ", "")) else None


def _plenipotentiary_after(sent: Span, end: int) -> int | None:
    """'Ambassador Extraordinary and Plenipotentiary X': the envoy's full rank belongs to the office."""
    words = [t.lower_ for t in sent.doc[end : min(end + 3, sent.end)]]
    return end + 3 if words == ["extraordinary", "and", "plenipotentiary"] else None


SHORT_FORM = re.compile(r"[A-Z]{2,6}(?:[/&][A-Z]{2,6})*")


def _bracketed_short_form(sent: Span, last_end: int, span: Span) -> bool:
    doc = sent.doc
    return (
        span.start == last_end + 1
        and span.end < sent.end
        and doc[last_end].text == "("
        and doc[span.end].text == ")"
        and span.text.isupper()
    )


def _office(sent: Span, head: Span, plural: bool) -> Office:
    doc = sent.doc
    start = head.start
    portfolio_ok = head.text.rstrip("s").split()[-1].title() in PORTFOLIO_HEADS
    while start > sent.start and (_modifier(doc[start - 1]) or (portfolio_ok and _portfolio(doc[start - 1]))):
        start -= 1
    left_org, left_country, cue_start = _left_context(doc, start, sent.start)
    title = title_text(doc[start : head.end].text, plural)
    if start - 2 >= sent.start and doc[start - 2 : start].text.lower() in AT_THAT_TIME:
        title = "Then " + title  # "that time Prime Minister X": as 'then Prime Minister X'
    if left_org and title.startswith("Party "):
        # "Balochistan National Party chief X": the party's name ends in 'Party'; he is its chief
        left_org, title = f"{left_org} Party", title.removeprefix("Party ")
    return Office(start, head.end, title, plural, left_org, left_country, cue_start)


def _portfolio(tok: Token) -> bool:
    """'Planning Minister', also in lower case ("former commerce minister X")."""
    words = lexicon().portfolio_words
    return tok.text in words or (tok.text.islower() and tok.text.title() in words)


def _modifier(tok: Token) -> bool:
    """'Federal', 'Former', also written in lower case ("former prime minister X")."""
    modifiers = lexicon().modifiers
    return tok.text in modifiers or (tok.text.islower() and tok.text.title() in modifiers)


def _left_context(doc: Doc, start: int, sent_start: int) -> tuple[str | None, str | None, int]:
    """A body ("NDRC", "(BoI)", "Sindh Economic Zones Management Company"), place ("Punjab") or nationality
    ("Chinese", "China's") written right before the office, and where country cues begin."""
    j = start
    while j > sent_start and j > start - LEFT_WORDS and _left_word(doc[j - 1]):
        j -= 1
    first_word = j < start and j == sent_start and doc[j].pos_ not in {"PROPN", "NOUN"}
    nationality = doc[j].text in lexicon().nationalities or doc[j : j + 2].text in lexicon().nationalities
    # "South African High Commissioner X" opens with a nationality, "Punjab Chief Minister X" (tagged an
    # adjective) with a place
    if first_word and not nationality and place_name(doc[j].text) is None:
        j += 1  # "Meanwhile Chinese Ambassador ...": capitalised only for starting the sentence
    cue_start = max(sent_start, j - 2)
    if j == start:
        return None, None, cue_start
    # "Azad Jammu and Kashmir President": a place whose name holds a lower-case 'and'
    k = j - 1
    while k > sent_start and doc[k].lower_ == "and" and _left_word(doc[k - 1]):
        k -= 1
        while k > sent_start and k > j - LEFT_WORDS and _left_word(doc[k - 1]):
            k -= 1
        if place_name(doc[k:start].text) is not None:
            j = k
            break
        k -= 1
    body, country = _left_body(doc[j:start])
    return body, country, cue_start


def _left_body(words: Span) -> tuple[str | None, str | None]:
    lex = lexicon()
    if words[-1].text.title() in _head_words():
        return None, None  # "Information Minister Senator X": an office before an office is his, no body
    for n in (2, 1):  # "South African High Commissioner", "Meanwhile Chinese Ambassador"
        last = re.sub(r"['’]s$", "", words[-n:].text) if len(words) >= n else ""
        if last in lex.nationalities:
            return None, lex.nationalities[last]
    text = words.text
    bracketed = re.search(r"\(([A-Z][A-Za-z&-]{1,10})\)\s*$", text)
    if bracketed:
        return bracketed.group(1), None
    bare = re.sub(r"['’]s$", "", text)
    if bare in lex.nationalities:
        return None, lex.nationalities[bare]
    place = place_name(bare)
    if place is not None:
        return place, place if place in gazetteers.places().countries else None
    if all(_abbreviation(t.text) or t.text in lex.org_words for t in words) or _ends_in_body(words):
        return text, None
    if HYPHENATED_ABBREVIATION.fullmatch(text):
        return text, None  # "PML-N President X", "JUI-F chief X": a party named by its letters
    if text in _known_bodies():
        return text, None  # "Pakistan Muslim League-Nawaz President X": a body the gazetteer knows
    if len(words) <= 2 and all(t.ent_type_ in {"GPE", "LOC"} for t in words):
        return text, None  # "Sichuan Vice Governor X": a province or city our list does not know
    return None, None


@cache
def _head_words() -> frozenset[str]:
    # one-word offices only: "Affairs" ends "Foreign Affairs Secretary"'s words but is no office
    return frozenset(h.title() for h in lexicon().heads if len(h.split()) == 1)


@cache
def _known_bodies() -> frozenset[str]:
    return frozenset(n for o in gazetteers.organizations() for n in (o.name, *o.aliases))


def _left_word(tok: Token) -> bool:
    return (
        tok.text in {"(", ")"} or tok.text[:1].isupper() or tok.lower_ in {"'s", "’s"} or _inner_hyphen(tok)
    )


def _inner_hyphen(tok: Token) -> bool:
    """The hyphen inside "PML-N" or "JUI-F", which the tokenizer splits off."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text == "-" and not tok.whitespace_ and before is not None and not before.whitespace_


def _ends_in_body(words: Span) -> bool:
    """'Sindh Economic Zones Management Company': a capitalised run that ends in a body noun."""
    last = words[-1].text
    return len(words) >= 2 and last in lexicon().org_words and last not in lexicon().portfolio_words


HYPHENATED_ABBREVIATION = re.compile(r"[A-Z]{2,}(?:-[A-Z][a-z]?)+")


def _abbreviation(text: str) -> bool:
    return sum(c.isupper() for c in text) >= 2 and text.isalpha()


def diplomatic(title: str) -> bool:
    """'Ambassador', also with a modifier before it ("Former Ambassador", "Acting High Commissioner")."""
    head = title.lower().split(" to ")[0]
    return any(head == d or head.endswith(" " + d) for d in lexicon().diplomatic_heads)


def title_text(text: str, plural: bool) -> str:
    """The office as a title: "special assistant" -> "Special Assistant", "MNAs" -> "MNA"."""
    if plural:
        text = text[:-1]
    small = {"of", "for", "to", "on", "and", "the", "in", "&"}
    return " ".join(w if w in small or w.isupper() else w[:1].upper() + w[1:] for w in text.split())
