"""Shared pieces of the fault suite: fast settings, counting rows, reading a run's JSON report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

FAST: dict[str, Any] = {
    "per_host_delay": 0.05,
    "backoff_base": 0.1,
    "max_retries": 2,
    "read_timeout": 1.0,
    "connect_timeout": 1.0,
    "max_bytes": 1_000_000,
    "fetch_deadline": 5.0,
}

# An invented CPEC report long enough to be an article (min_words) for the text-file faults.
REPORT = (
    "Minister for Planning Zara Shah on Monday chaired a meeting on the China-Pakistan Economic Corridor "
    "and reviewed progress on the Rashakai Special Economic Zone. She said power would reach the zone next "
    "month and that Chinese investors had shown interest in the Dhabeji SEZ. Officials of the Board of "
    "Investment briefed the meeting on the progress of the zones and on the next steps."
)


def write_settings(folder: Path, **overrides: Any) -> None:
    """cpec.toml in the folder the cli fixture runs in: short delays and timeouts, and the overrides."""
    values = {**FAST, **overrides}
    (folder / "cpec.toml").write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()))


def last_json(out: str) -> dict[str, Any]:
    return dict(json.loads(out.strip().splitlines()[-1]))


def count(url: str, model: type, *where: object) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        value = conn.scalar(select(func.count()).select_from(model).where(*where))  # type: ignore[arg-type]
    engine.dispose()
    return int(value or 0)


def one_line_error(result: Any, needle: str) -> None:
    assert result.code != 0, result.out
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert needle in lines[0], lines[0]
