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
from types import SimpleNamespace

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


def kill_all(pids: set[int]) -> None:
    """Whatever a test left running: end it (a process already gone is fine)."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


# `wortlaut add` with two test hooks, loaded into the parent and (by unpickling) into the workers:
# every article takes SLOW_SECONDS longer, so 200 of them cannot be done before the signal lands
# however fast the machine; the parent logs each article it has received, so the test signals
# only once work is really under way.
SLOW_SECONDS = 0.2
SLOW_ADD = """
import os, time
from tui import add_command

_process, _add = add_command.process, add_command._Writer.add


def process(item, opts):
    time.sleep({seconds})
    return _process(item, opts)


def add(self, origin, ex):
    _add(self, origin, ex)
    with open({log!r}, "a", encoding="utf-8") as f:
        f.write(os.path.abspath(origin) + "\\n")


add_command.process, add_command._Writer.add = process, add
"""


def slow_wortlaut(tmp_path: Path, *args: str) -> tuple[list[str], dict[str, str], Path]:
    """wortlaut(*args) with the SLOW_ADD hooks; returns the command, its environment, the log."""
    log = tmp_path / "received.txt"
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "slow_add.py").write_text(SLOW_ADD.format(seconds=SLOW_SECONDS, log=str(log)), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(hooks), os.environ.get("PYTHONPATH")])))
    cmd = [sys.executable, "-c", "import sys, slow_add; from tui.cli import main; sys.exit(main())", *args]
    return cmd, env, log


def hear_ctrl_c() -> None:
    """In the child before exec: SIGINT back to its default. A test run started as a background
    job inherits SIGINT ignored, and Python then gives `wortlaut add` no KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_stopping_add_leaves_no_worker_behind(tmp_path, how):
    folder = articles(tmp_path / "artikel", 200)
    cmd, env, received = slow_wortlaut(tmp_path, "--db", str(tmp_path / "db.json"), "add", "--jobs", "2", str(folder))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=hear_ctrl_c)
    workers: set[int] = set()
    try:
        assert wait_for(lambda: len(children(proc.pid)) >= 2, 120), "the workers never started"
        workers = children(proc.pid)
        assert wait_for(lambda: bool(lines(received)), 120), "no article came back from the workers"
        proc.send_signal(getattr(signal, how))
        proc.wait(60)
        assert wait_for(lambda: not any(alive(w) for w in workers), 10), \
            f"workers still running {10} s after the parent got {how}"
        # nothing holds the pipe open: reading the parent's stdout ends
        out = proc.stdout.read().decode()
        from store import Store

        with Store(tmp_path / "db.json") as store:  # whole articles only, whatever the moment
            assert all(n >= 1 for n in store.article_counts().values())
            stored = {a.origin for a in store.articles()}
        if how != "SIGKILL":  # stopped like Ctrl-C: what was extracted is written, then the summary
            assert "(interrupted)" in out
            assert f"Articles: {len(stored)} new" in out
            assert set(lines(received)) <= stored  # every article the parent had received is kept
            assert 1 <= len(stored) < 200
    finally:
        kill_all(workers | {proc.pid})
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
        kill_all(workers | {proc.pid})
    from store import Store

    with Store(tmp_path / "db.json") as store:  # the work is stored all the same
        assert len(store.articles()) == 30


def add_quietly(argv: list[str], db: Path):
    import argparse
    import io

    from tui.add_command import add_arguments, run_add

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out, err = io.StringIO(), io.StringIO()
    return run_add(parser.parse_args(argv), db, out=out, err=err), out.getvalue(), err.getvalue()


def test_eight_add_processes_at_once_lose_no_article(tmp_path, monkeypatch):
    import multiprocessing

    from extract.pipeline import extract_article
    from store import Store
    from tui import add_command

    extract_article(ARTICLE.format(i=0), lang="de")  # loaded once; the forked writers share it
    monkeypatch.setattr(add_command, "BATCH_ARTICLES", 2)  # many writes, so they do collide
    db = tmp_path / "db.json"
    Store(db).close()
    folders = [articles(tmp_path / f"w{w}", 8, tag=f"w{w}-") for w in range(8)]

    def writer(folder: Path) -> None:
        code, _, _ = add_quietly([str(folder), "--jobs", "1", "--lang", "de"], db)
        os._exit(code)

    fork = multiprocessing.get_context("fork")
    procs = [fork.Process(target=writer, args=(f,)) for f in folders]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0] * 8
    with Store(db) as store:
        titles = {a.origin for a in store.articles()}
    assert titles == {str(f / name) for f in folders for name in os.listdir(f)}


def hold_lock(lock_path: str, held, seconds: float) -> None:
    import filelock

    with filelock.FileLock(lock_path):
        held.set()
        time.sleep(seconds)
    os._exit(0)


def test_add_waits_for_another_writer_and_says_so(tmp_path):
    import multiprocessing

    from store import Store

    db = tmp_path / "db.json"
    Store(db).close()
    fork = multiprocessing.get_context("fork")
    held = fork.Event()
    other = fork.Process(target=hold_lock, args=(str(db) + ".lock", held, 2.0))  # another writer, 2 s
    other.start()
    assert held.wait(30)
    code, out, err = add_quietly([str(articles(tmp_path / "a", 3)), "--jobs", "1", "--lang", "de"], db)
    other.join(30)
    assert code == 0 and "Articles: 3 new" in out
    assert f"waiting for another Wortlaut process (pid {other.pid}) that is writing the database" in err


def test_an_interrupted_batch_write_is_written_by_the_final_flush():
    """Ctrl-C during add_many leaves the batch queued: the flush after the interrupt writes it."""
    from tui.add_command import Summary, _Writer

    class InterruptedOnce:
        def __init__(self):
            self.calls, self.written = 0, []

        def add_many(self, extractions):
            self.calls += 1
            if self.calls == 1:
                raise KeyboardInterrupt
            self.written += extractions
            return [SimpleNamespace(new=True, statements=0, actor_ids=[], new_actor_ids=[]) for _ in extractions]

    store = InterruptedOnce()
    writer = _Writer(store, Summary(), list_each=False)
    writer.pending = [("a.txt", "ex-a"), ("b.txt", "ex-b")]
    with pytest.raises(KeyboardInterrupt):
        writer.flush()
    writer.flush()
    assert store.written == ["ex-a", "ex-b"]
    assert writer.pending == [] and writer.summary.new == 2


def _extractions(n: int):
    from extract.model import Article, Extraction

    return [Extraction(Article(id=f"art{i}", text=f"Artikel {i} aus Valdoria.", published=f"2031-01-{i + 1:02d}"),
                       [], []) for i in range(n)]


def test_a_database_another_process_is_writing_opens_at_once_and_says_who_holds_it(tmp_path):
    """Opening does not wait for another process's write (its files are replaced whole): the
    store reads what was committed last and names the holder of the lock with its pid; a write
    that may not wait says the same; once the lock is free, writing works."""
    import subprocess

    from store import DatabaseLocked, Store

    db = tmp_path / "db.json"
    with Store(db) as store:
        store.add_many(_extractions(2))
    hold = ("import filelock, sys, time; lock = filelock.FileLock(sys.argv[1]); lock.acquire(); "
            "print('held', flush=True); time.sleep(120)")
    other = subprocess.Popen([sys.executable, "-c", hold, str(db) + ".lock"], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "held"
        store = Store(db, lock_timeout=0.2)
        assert store.locked_at_open == f"another Wortlaut process (pid {other.pid})"
        assert len(store.articles()) == 2
        with pytest.raises(DatabaseLocked, match=rf"locked by another Wortlaut process \(pid {other.pid}\)"):
            store.add_many(_extractions(3)[2:])
    finally:
        other.kill()
        other.wait()
    assert [r.new for r in store.add_many(_extractions(3)[2:])] == [True]
    assert len(Store(db).articles()) == 3 and Store(db).locked_at_open is None
