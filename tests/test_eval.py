"""`cpec eval`: scores per kind against expected-files, misses named, bare spaCy beside."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

INVENTED = (
    "Minister visits port\n\n"
    "GWADAR: Minister for Maritime Affairs Saima Rauf on Monday visited the Gwadar Free Zone.\n"
)
EXPECTED = {
    "article": {"published": "2024-03-11"},
    "officials": {
        "required": [
            {"name": "Saima Rauf", "title_has": ["Minister"], "country": "Pakistan"},
            {"name": "Ali Nawaz", "title_has": ["Chairman"]},  # not in the text: must show as missed
        ]
    },
    "zones": {"required": [{"name_any": ["Gwadar Free Zone"], "location_any": ["Gwadar", "Balochistan"]}]},
    "dates": {"required": [{"text_has": "Monday", "start": "2024-03-11", "end": "2024-03-11"}]},
    "events": {"required": [{"type": "visit", "status": "happened", "sentence_has": "visited the Gwadar"}]},
}


def test_eval_scores_the_reference_and_names_what_was_missed(cli, tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(FIXTURES / "cpec-fast-track.txt", cases / "ref.txt")
    shutil.copy(FIXTURES / "cpec-fast-track.expected.json", cases / "ref.expected.json")
    (cases / "port.txt").write_text(INVENTED)
    (cases / "port.expected.json").write_text(json.dumps(EXPECTED))
    result = cli("eval", str(cases), "--format", "json")
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    scores = {row["kind"]: row for row in lines if "kind" in row}
    details = {row["article"]: row for row in lines if "article" in row}
    assert scores["officials"]["found"] == "4/5" and details["port.txt"]["officials"]["missed"] == [
        "Ali Nawaz"
    ]
    assert scores["zones"]["recall"] == scores["dates"]["recall"] == scores["events"]["recall"] == 1.0
    # bare spaCy is credited for PERSON names alone (it knows no offices): a baseline to beat, not a zero
    assert 0 < scores["officials"]["bare_recall"] < scores["officials"]["recall"]
    assert details["ref.txt"]["officials"]["missed"] == []


def test_eval_without_expected_files_or_with_a_malformed_one_is_one_line(cli, tmp_path: Path) -> None:
    result = cli("eval", str(tmp_path))
    assert result.code == 1 and "no expected-files found" in result.err
    (tmp_path / "bad.txt").write_text(INVENTED)
    (tmp_path / "bad.expected.json").write_text(
        json.dumps({"dates": {"required": [{"start": "2024-03-11"}]}})
    )
    result = cli("eval", str(tmp_path))
    assert result.code == 1 and "bad.expected.json" in result.err and "internal error" not in result.err


def test_gold_copied_with_curly_quotes_matches_the_normalised_text(cli, tmp_path: Path) -> None:
    """Gold strings are copied from the raw text; stored text has straight quotes: both are compared
    normalised, so a quoted name in sentence_has is not scored as a miss."""
    (tmp_path / "cell.txt").write_text(
        "Cell opens\n\nGWADAR: Minister for Maritime Affairs Saima Rauf on Monday launched the "
        "\u201cPort Cell\u201d.\n"
    )
    expected = {
        "article": {"published": "2024-03-11"},
        "events": {
            "required": [
                {"type": "launch", "status": "happened", "sentence_has": "launched the \u201cPort Cell\u201d"}
            ]
        },
    }
    (tmp_path / "cell.expected.json").write_text(json.dumps(expected))
    result = cli("eval", str(tmp_path), "--format", "json")
    scores = {row["kind"]: row for row in map(json.loads, result.out.splitlines()) if "kind" in row}
    assert scores["events"]["found"] == "1/1"


def test_a_kind_with_nothing_required_and_nothing_found_has_no_f1() -> None:
    """A set without zones scores neither 0 nor 1 for them; one predicted zone against none required is
    still a spurious prediction (precision 0), and a missed one still counts against recall."""
    from pipeline.evaluate import Score

    assert Score().f1 is None
    assert Score(predicted=1).f1 == 0.0
    assert Score(required=2, found=1, predicted=1, tp=1).f1 == pytest.approx(2 / 3)
