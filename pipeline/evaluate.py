"""Score analysis records against expected-files (<id>.expected.json beside <id>.txt or <id>.html).

Precision, recall and F1 per kind, with what was missed and what was spurious; the same scoring for bare
spaCy entities gives the baseline. Matching rules are those the expected-files describe: names compare
case- and whitespace-insensitively, 'title_has' strings must appear in one of the official's offices,
'organization_any' in its organisation (or office, as in "Chief of Army Staff"), locations in the zone's
location or province.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from models.records import Analysis, DateRecord, EventRecord, Official, ZoneRecord
from pipeline.analysis.analyze import analyse_doc, pipeline_version
from pipeline.analysis.normalize import normalize_text
from pipeline.analysis.organizations import known_abbreviations
from pipeline.errors import TargetError
from pipeline.extract import decode_html, extract_html, extract_text_file

KINDS = ("officials", "zones", "dates", "events")


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    found: int = 0
    required: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.found += other.found
        self.required += other.required
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: vacuous, not perfect."""
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float | None:
        """None when nothing was required and nothing predicted (a set without zones): no evidence either
        way, where 0.0 would read as a failure beside a recall of 1.0."""
        if not self.required and not self.predicted:
            return None
        p, r = self.precision or 0.0, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _norm(text: str | None) -> str:
    """Compared as stored: gold strings are copied from the raw text, ours come from normalised text
    (straight quotes, NFKC), so both go through the same normalisation."""
    return " ".join(normalize_text(text or "").lower().replace("-", " ").split())


def _has(container: str | None, needle: str) -> bool:
    return _norm(needle) in _norm(container)


def _official_ok(item: dict[str, Any], off: Official) -> bool:
    offices = [off.title or "", *[t.title for t in off.titles]]
    orgs = [off.organization or "", *[t.organization or "" for t in off.titles], *offices]
    orgs += [_ABBREVIATIONS.get(o, "") for o in orgs]
    return (
        all(any(_has(o, t) for o in offices) for t in item.get("title_has", []))
        and (
            not item.get("organization_any")
            or any(
                _has(o, x) or _has(o, _EXPANSIONS.get(x, x)) for o in orgs for x in item["organization_any"]
            )
        )
        and (not item.get("country") or item["country"] == off.country)
    )


# Both spellings of a body count ("CPEC Authority" and its full name), as the gazetteer defines them.
_EXPANSIONS = known_abbreviations("")
_ABBREVIATIONS = {full: abbr for abbr, full in _EXPANSIONS.items()}


def _names(off: Official) -> set[str]:
    return {_norm(off.name), *(_norm(a) for a in off.aliases)}


# The annotation guide's rule: honorifics and ranks are no part of a name when names are compared.
_HONORIFICS = {"mr", "mrs", "ms", "dr", "syed", "lt", "gen", "general", "engr", "prof", "professor", "sardar"}


def _name_tokens(name: str) -> set[str]:
    return {w.strip(".") for w in _norm(name).split()} - _HONORIFICS


def _same_name(gold: str, name: str) -> bool:
    """The guide's rule: the name tokens of one are a subset of the other's, sharing at least two tokens
    or every token of a one-token name ("Ayaz Sadiq" and "Sardar Ayaz Sadiq"; "Shahid" and "Col Shahid")."""
    a, b = _name_tokens(gold), _name_tokens(name)
    if not a or not b or not (a <= b or b <= a):
        return False
    return len(a & b) >= 2 or min(len(a), len(b)) == 1


def _same_person(gold: str, off: Official) -> bool:
    return any(_same_name(gold, name) for name in _names(off))


def score_officials(exp: dict[str, Any], officials: list[Official], by_name_only: bool = False) -> Score:
    """by_name_only scores a baseline that knows no offices (bare PERSON entities) by its names alone."""
    s = Score(predicted=len(officials), required=len(exp.get("required", [])))
    wanted = [i["name"] for i in exp.get("required", []) + exp.get("optional", [])]
    for item in exp.get("required", []):
        hit = [
            o for o in officials if _same_person(item["name"], o) and (by_name_only or _official_ok(item, o))
        ]
        s.found += bool(hit)
        if not hit:
            s.missed.append(item["name"])
    for off in officials:
        if any(_same_person(w, off) for w in wanted):
            s.tp += 1
        else:
            s.spurious.append(off.name)
    return s


def _zone_names(zone: ZoneRecord) -> set[str]:
    return {_norm(zone.name), *(_norm(m.text) for m in zone.mentions)}


def score_zones(exp: dict[str, Any], zones: list[ZoneRecord], by_name_only: bool = False) -> Score:
    s = Score(predicted=len(zones), required=len(exp.get("required", [])))
    items = exp.get("required", []) + exp.get("optional", [])
    for item in exp.get("required", []):
        hit = [
            z
            for z in zones
            if {_norm(n) for n in item["name_any"]} & _zone_names(z)
            and (
                by_name_only
                or not item.get("location_any")
                or any(_has(z.location, x) or _has(z.province, x) for x in item["location_any"])
            )
        ]
        s.found += bool(hit)
        if not hit:
            s.missed.append(item["name_any"][0])
    for zone in zones:
        if any({_norm(n) for n in i["name_any"]} & _zone_names(zone) for i in items):
            s.tp += 1
        else:
            s.spurious.append(zone.name)
    return s


def _date_ok(item: dict[str, Any], d: DateRecord, text_only: bool = False) -> bool:
    return _has(d.text, item["text_has"]) and (
        text_only or (d.start.isoformat() == item["start"] and d.end.isoformat() == item["end"])
    )


def score_dates(exp: dict[str, Any], dates: list[DateRecord], text_only: bool = False) -> Score:
    """text_only scores a baseline that resolves nothing (bare DATE entities) by the expression alone."""
    s = Score(predicted=len(dates), required=len(exp.get("required", [])))
    items = exp.get("required", []) + exp.get("optional", [])
    for item in exp.get("required", []):
        ok = any(_date_ok(item, d, text_only) for d in dates)
        s.found += ok
        if not ok:
            s.missed.append(f"{item['text_has']} {item['start']}..{item['end']}")
    for d in dates:
        if any(_date_ok(i, d, text_only) for i in items):
            s.tp += 1
        elif not any(_has(d.text, i["text_has"]) for i in items):
            s.predicted -= 1  # a date the file does not list is neither right nor wrong
        else:
            s.spurious.append(f"{d.text} {d.start}..{d.end}")
    return s


def _event_ok(item: dict[str, Any], ev: EventRecord, orgs: dict[str, list[str]], text: str = "") -> bool:
    """The event's sentence is any sentence that reports it (one occurrence, several mentions)."""
    types = item.get("type_any") or [item["type"]]
    reports = [ev.sentence] + [
        text[m.sentence_start : m.sentence_end]
        for m in ev.mentions
        if text and m.sentence_start is not None and m.sentence_end is not None
    ]
    people = [p.name for p in ev.participants]
    org_names = [n for o in ev.organizations for n in orgs.get(o, [o])]
    checks = [
        ev.type in types,
        any(_has(r, item["sentence_has"]) for r in reports),
        not item.get("status") or item["status"] == ev.status,
        all(any(_same_name(p, n) for n in people) for p in item.get("participants_all", [])),
        not item.get("organizations_any")
        or any(_has(o, x) for o in org_names for x in item["organizations_any"]),
        all(any(_has(z, x) for z in ev.zones) for x in item.get("zones_all", [])),
        not item.get("date")
        or (
            ev.date is not None
            and (ev.date[0].isoformat(), ev.date[1].isoformat())
            == (item["date"]["start"], item["date"]["end"])
        ),
        not item.get("amount_usd") or (ev.amount is not None and ev.amount.value == item["amount_usd"]),
    ]
    return all(checks)


def score_events(exp: dict[str, Any], analysis: Analysis, text: str = "") -> Score:
    """An event's organisation counts under any name the article gives it ("CPEC Authority" or its full
    name), so that the choice of canonical name is not scored as a miss."""
    events = analysis.events
    orgs = {
        o.name: [o.name, *([o.abbreviation] if o.abbreviation else []), *(m.text for m in o.mentions)]
        for o in analysis.organizations
    }
    s = Score(predicted=len(events), required=len(exp.get("required", [])))
    items = exp.get("required", []) + exp.get("optional", [])
    for item in exp.get("required", []):
        ok = any(_event_ok(item, e, orgs, text) for e in events)
        s.found += ok
        if not ok:
            s.missed.append(f"{item.get('type')} {item.get('status')}: {item['sentence_has']}")
    for ev in events:
        if any(_event_ok(i, ev, orgs, text) for i in items):
            s.tp += 1
        else:
            s.spurious.append(f"{ev.type} {ev.status}: {ev.sentence[:80]}")
    return s


def score(
    expected: dict[str, Any], analysis: Analysis, baseline: bool = False, text: str = ""
) -> dict[str, Score]:
    """baseline: bare entities carry no offices, locations or resolved dates, so they are matched by name
    or expression alone; that is what bare spaCy can be given credit for."""
    return {
        "officials": score_officials(expected.get("officials", {}), analysis.officials, baseline),
        "zones": score_zones(expected.get("zones", {}), analysis.zones, baseline),
        "dates": score_dates(expected.get("dates", {}), analysis.dates, baseline),
        "events": score_events(expected.get("events", {}), analysis, text),
    }


def find_cases(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(article file, expected file) pairs under the given files or folders."""
    cases = []
    for path in paths:
        files = sorted(path.glob("*.expected.json")) if path.is_dir() else [path]
        for exp in files:
            if not exp.name.endswith(".expected.json"):
                raise TargetError(f"{exp}: not an expected-file (*.expected.json)")
            stem = exp.name.removesuffix(".expected.json")
            article = next(
                (
                    exp.with_name(stem + s)
                    for s in (".txt", ".html", ".htm")
                    if exp.with_name(stem + s).exists()
                ),
                None,
            )
            if article is None:
                raise TargetError(f"{exp}: no {stem}.txt or {stem}.html beside it")
            cases.append((article, exp))
    if not cases:
        raise TargetError("no expected-files found")
    return cases


def load_case(article: Path, expected_file: Path) -> tuple[str, date | None, dict[str, Any]]:
    try:
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        published = expected.get("article", {}).get("published")
        when = date.fromisoformat(published) if published else None
    except (ValueError, AttributeError, TypeError) as exc:
        raise TargetError(f"{expected_file}: not a valid expected-file ({exc})") from None
    raw = article.read_bytes()
    url = article.resolve().as_uri()
    if article.suffix == ".txt":
        extracted = extract_text_file(raw.decode("utf-8-sig"), url)
    else:
        extracted = extract_html(decode_html(raw, None), url)
    return normalize_text(extracted.text), when, expected


def bare_analysis(nlp: Language, text: str) -> Analysis:
    """What bare en_core_web_sm entities give, in our record's shape: no titles, locations or resolution."""
    doc = nlp(text)
    ents = list(doc.ents)
    return Analysis(
        "bare",
        officials=[Official(e.text) for e in ents if e.label_ == "PERSON"],
        zones=[
            ZoneRecord(e.text)
            for e in ents
            if e.label_ in {"FAC", "ORG", "GPE", "LOC"}
            and any(w in e.text for w in ("Zone", "SEZ", "Industrial", "City"))
        ],
        dates=[
            DateRecord(e.text, date.min, date.min, "unknown", e.start_char, e.end_char)
            for e in ents
            if e.label_ == "DATE"
        ],
    )


def evaluate(
    paths: list[Path], nlp: Language, bare: Language
) -> tuple[dict[str, Score], dict[str, Score], list[dict[str, Any]]]:
    ours = {k: Score() for k in KINDS}
    base = {k: Score() for k in KINDS}
    details = []
    version = pipeline_version(nlp)
    for article, exp_file in find_cases(paths):
        text, published, expected = load_case(article, exp_file)
        try:
            mine = score(expected, analyse_doc(nlp(text), published, version), text=text)
            theirs = score(expected, bare_analysis(bare, text), baseline=True)
        except (KeyError, TypeError, AttributeError) as exc:
            raise TargetError(f"{exp_file}: malformed expected-file ({type(exc).__name__}: {exc})") from None
        for k in KINDS:
            ours[k].add(mine[k])
            base[k].add(theirs[k])
        details.append(
            {
                "article": article.name,
                **{k: {"missed": mine[k].missed, "spurious": mine[k].spurious} for k in KINDS},
            }
        )
    return ours, base, details
