"""`cpec schedule` as a real subprocess: it runs sources at their interval, takes over a crashed
scheduler's lock, refuses a second scheduler, lets a manual ingest write meanwhile, stops on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select

from models import Article, Run, SchedulerLock
from models.base import utcnow
from tests.httpserver import Route, serve
from tests.processes import cpec, start_one_pass, wait_for
from tests.sitefixtures import XML, cpec_article, rss

SETTINGS = "per_host_delay = 0.05\nlock_timeout = 30\n"
MANUAL = (
    "Manual note on the corridor\n\nMinister for Railways Kamran Lodhi said on Monday that CPEC freight grew "
    "by a fifth last year. He told reporters in Lahore that the railway would add two freight trains a week "
    "between Karachi and Peshawar once the track upgrade under the corridor is complete."
)


def test_scheduler_lifecycle(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "cpec.toml").write_text(SETTINGS)
    for i in range(3):
        (tmp_path / f"manual{i}.txt").write_text(MANUAL.replace("Monday", f"Monday ({i})"))
    engine = create_engine(db_url)
    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/a.html"] = cpec_article("CPEC zone gets power")
        site.routes["/feed.xml"] = Route(
            rss(site.url(""), [("/a.html", "CPEC zone gets power")]), headers=XML
        )
        added = cpec(
            "sources",
            "add",
            site.url("/feed.xml"),
            "--name",
            "s",
            "--every",
            "1s",
            "--db",
            db_url,
            cwd=tmp_path,
        )
        assert added.returncode == 0, added.stderr
        with engine.begin() as conn:  # a scheduler that died an hour ago left its lock behind
            stale = utcnow() - timedelta(hours=1)
            conn.execute(
                insert(SchedulerLock).values(
                    name="scheduler", holder="dead:1", acquired_at=stale, heartbeat_at=stale
                )
            )

        def scheduled_runs() -> int:
            with engine.connect() as conn:
                return int(
                    conn.scalar(select(func.count()).select_from(Run).where(Run.kind == "scheduled")) or 0
                )

        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "schedule", "--db", db_url],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert wait_for(lambda: scheduled_runs() >= 2, 90), "no scheduled runs"
            second = cpec("schedule", "--db", db_url, cwd=tmp_path, timeout=60)
            manuals = [  # three manual ingests at once, beside the scheduler
                subprocess.Popen(
                    [sys.executable, "-m", "pipeline", "ingest", f"manual{i}.txt", "--db", db_url],
                    cwd=tmp_path,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for i in range(3)
            ]
            manual_errors = [(m.wait(timeout=120), m.communicate()[1]) for m in manuals]
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        _out, err = proc.communicate()
    assert code == 0, err
    assert second.returncode == 1 and "another scheduler" in second.stderr
    assert second.stderr.count("\n") == 1, second.stderr  # its error only: it never said "running"
    assert all(code == 0 for code, _e in manual_errors), manual_errors
    assert "database is locked" not in err + "".join(e for _c, e in manual_errors)
    assert site.hits("/a.html") == 1  # many passes, one fetch of the article
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SchedulerLock)) == 0  # released on stop
        assert conn.scalar(select(func.count()).select_from(Article)) == 4
        assert conn.scalar(select(func.count()).select_from(Run).where(Run.status == "running")) == 0
    engine.dispose()


def test_sigterm_ends_a_pass_after_the_article_in_hand_and_the_next_pass_resumes(
    sqlite_url: str, tmp_path: Path
) -> None:
    (tmp_path / "cpec.toml").write_text("per_host_delay = 1.0\n")
    engine = create_engine(sqlite_url)
    paths = [f"/n{i}.html" for i in range(8)]

    def stored() -> int:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Article)) or 0)

    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/feed.xml"] = Route(rss(site.url(""), [(p, "CPEC story") for p in paths]), headers=XML)
        for i, p in enumerate(paths):
            site.routes[p] = cpec_article(f"CPEC story {i}", who=f"Zara Shah{'h' * i}")
        proc = start_one_pass(site.url("/feed.xml"), sqlite_url, tmp_path)
        try:
            assert wait_for(lambda: stored() >= 1, 90)
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        proc.communicate()
        first = stored()
        with engine.connect() as conn:
            status = conn.scalar(select(Run.status).order_by(Run.id.desc()))
        resumed = cpec("run", "--once", "--db", sqlite_url, cwd=tmp_path)
        fetched = {p: site.hits(p) for p in paths}
    engine.dispose()
    assert code == 130 and status == "stopped"
    assert 1 <= first < len(paths)
    assert resumed.returncode == 0, resumed.stderr
    assert stored() == len(paths) and set(fetched.values()) == {1}  # the rest, and nothing twice


def test_sigterm_during_discovery_leaves_a_stopped_run_record(sqlite_url: str, tmp_path: Path) -> None:
    """A pass stopped before any article (a slow feed) still says so in the run log."""
    (tmp_path / "cpec.toml").write_text("per_host_delay = 0.05\nread_timeout = 20\n")
    engine = create_engine(sqlite_url)

    def runs() -> list[str]:
        with engine.connect() as conn:
            return list(conn.scalars(select(Run.status).order_by(Run.id)))

    with serve() as site:
        site.routes["/robots.txt"] = Route(b"", 404)
        site.routes["/feed.xml"] = Route(rss(site.url(""), [("/a.html", "CPEC")]), headers=XML, delay=4.0)
        proc = start_one_pass(site.url("/feed.xml"), sqlite_url, tmp_path)
        try:
            assert wait_for(lambda: site.hits("/feed.xml") == 1, 60)
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        proc.communicate()
    engine.dispose()
    assert code == 130 and runs() == ["stopped"] and site.hits("/a.html") == 0
