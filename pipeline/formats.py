"""Values as the script formats write them, the same from the CLI and the web exports: one JSON object a
line, and CSV cells where a list or object is JSON and nothing is empty."""

from __future__ import annotations

import json
from typing import Any


def json_line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json_line(value)
    return str(value)
