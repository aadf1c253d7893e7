"""Jinja2 templates from the package (no file system paths), auto-escaping everything they print."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined

env = Environment(
    loader=PackageLoader("pipeline.web", "templates"),
    autoescape=True,  # stored article text is untrusted input: a stored <script> renders as text
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from the current parameters with some changed (None drops one)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


env.globals["query"] = query
templates = Jinja2Templates(env=env)
