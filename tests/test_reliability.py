"""Reliability under faults: `wortlaut add` stopped in any way leaves no worker behind; many
writers at once lose no article. Subprocess tests with small invented articles (fictional names).

Crashes of a single writer are tested in test_store_crash.py, hostile input in test_hostile_input.py."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

ARTICLE = (
    "Hafen von Kelmar\n\n"
    "VALDORA (dpa) — «Der Hafen von Kelmar bleibt offen, Nummer {i}», sagte die Ministerin "
    "Ilka Marwen am Montag in Valdora. Der Abgeordnete Tomas Vell sagte, man werde das prüfen.\n"
)


def articles(folder: Path, n: int, tag: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"artikel-{tag}{i:04d}.txt").write_text(ARTICLE.format(i=f"{tag}{i}"), encoding="utf-8")
    return folder


def wortlaut(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())", *args]


def children(pid: int) -> set[int]:
    """Direct children of a process, from /proc."""
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_stopping_add_leaves_no_worker_behind(tmp_path, how):
    folder = articles(tmp_path / "artikel", 200)
    proc = subprocess.Popen(wortlaut("--db", str(tmp_path / "db.json"), "add", "--jobs", "2", str(folder)),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    workers: set[int] = set()
    try:
        assert wait_for(lambda: len(children(proc.pid)) >= 2, 120), "the workers never started"
        workers = children(proc.pid)
        time.sleep(0.5)
        proc.send_signal(getattr(signal, how))
        proc.wait(60)
        assert wait_for(lambda: not any(alive(w) for w in workers), 10), \
            f"workers still running {10} s after the parent got {how}"
        # nothing holds the pipe open: reading the parent's stdout ends
        proc.stdout.read()
    finally:
        for w in workers | {proc.pid}:
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
        proc.stdout.close()


def test_a_closed_pipe_ends_add_without_a_traceback_or_workers(tmp_path):
    folder = articles(tmp_path / "artikel", 30)
    read_end, write_end = os.pipe()
    os.close(read_end)  # `wortlaut add … | true`: nobody reads the report
    proc = subprocess.Popen(wortlaut("--db", str(tmp_path / "db.json"), "add", "--jobs", "2", str(folder)),
                            stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    workers: set[int] = set()
    try:
        wait_for(lambda: bool(children(proc.pid)), 60)
        workers = children(proc.pid)
        _, err = proc.communicate(timeout=300)
        assert "Traceback" not in err.decode(), err.decode()
        assert wait_for(lambda: not any(alive(w) for w in workers), 10)
    finally:
        for w in workers | {proc.pid}:
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
    from store import Store

    with Store(tmp_path / "db.json") as store:  # the work is stored all the same
        assert len(store.articles()) == 30
