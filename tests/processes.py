"""The real `cpec` in a child process, for tests about signals, kills and concurrent runs."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def cpec(*args: str, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def wait_for(check: Callable[[], bool], seconds: float, every: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return False


def start_one_pass(feed_url: str, db_url: str, cwd: Path, quiet: bool = False) -> subprocess.Popen[str]:
    """Add the feed as a source, then start `cpec run --once` on it without waiting for it."""
    added = cpec("sources", "add", feed_url, "--name", "s", "--kind", "feed", "--db", db_url, cwd=cwd)
    assert added.returncode == 0, added.stderr
    out = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--once", "--db", db_url],
        cwd=cwd,
        stdout=out,
        stderr=out,
        text=True,
    )
