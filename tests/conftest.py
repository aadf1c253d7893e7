from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.httpserver import Route, Server, serve
from tests.pgserver import admin_url, fresh_database

FIXTURES = Path(__file__).parent / "fixtures"
LOOPBACK = "127.0.0.1"


@pytest.fixture(autouse=True)
def allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test servers live on 127.0.0.1, which the default settings refuse to fetch (SSRF guard): every
    test passes the setting explicitly, as a user would, and subprocesses inherit it."""
    monkeypatch.setenv("CPEC_ALLOW_PRIVATE_HOSTS", LOOPBACK)


@pytest.fixture(scope="session")
def reference_html() -> bytes:
    return (FIXTURES / "cpec-fast-track.html").read_bytes()


@pytest.fixture
def server(reference_html: bytes) -> Iterator[Server]:
    with serve({"/news/cpec-fast-track/": Route(reference_html)}) as srv:
        yield srv


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    with admin_url() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cpec.db'}"
        return
    with fresh_database(request.getfixturevalue("pg_admin")) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cpec.db'}"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run `cpec ARGS` in-process (the model loads once per test session) and capture what it prints."""
    from pipeline.cli.app import main

    monkeypatch.chdir(tmp_path)  # no stray cpec.toml or cpec.db from the developer's directory

    def run(*args: str, stdin: bytes | None = None) -> Result:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "argv", ["cpec", *args])
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = int(exc.code or 0)
        return Result(code, out.getvalue(), err.getvalue())

    return run
