"""Crashes and concurrency: a writer process SIGKILLed at random moments leaves a database that
loads with whole batches only; two writer processes at once lose nothing. Invented text only."""
from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest

from extract.model import Actor, Article, Extraction, Statement, article_id, statement_id
from store import Filter, Store

BATCH = 5  # articles per add_many
PER_ARTICLE = 4  # statements per article

fork = multiprocessing.get_context("fork")  # the child starts at once, with modules loaded
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def article(tag: str, i: int) -> Extraction:
    text = " ".join(f"„{tag} Satz {i}.{j} zum Hafen von Kelmar“, sagte Ilse Varga." for j in range(PER_ARTICLE))
    aid = article_id(text)
    stmts = []
    for j in range(PER_ARTICLE):
        q = f"{tag} Satz {i}.{j} zum Hafen von Kelmar"
        b = text.index(q)
        stmts.append(Statement(id=statement_id(aid, [(b, b + len(q))]), article_id=aid, quote=[(b, b + len(q))],
                               quote_text=q, kind="direct", speaker="v", speaker_name="Ilse Varga",
                               date=f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}", topics=["Hafen"],
                               stance={"Hafen": (-1) ** i}))
    return Extraction(Article(id=aid, text=text, title=f"{tag} {i}", published="2031-01-01"), stmts,
                      [Actor(id="v", name="Ilse Varga", kind="person")])


def writer(path: str, tag: str, start: int, batches: int, ready=None) -> None:
    """Child process: add ``batches`` batches of BATCH articles, one write per batch."""
    store = Store(path)
    if ready is not None:
        ready.set()
    for k in range(start, start + batches):
        store.add_many([article(tag, k * BATCH + i) for i in range(BATCH)])
    os._exit(0)


def seed(path, n_articles: int) -> None:
    """Make the file big enough that a write takes a while (so kills land inside writes too)."""
    s = Store(path)
    s.add_many([article("seed", i) for i in range(n_articles)])
    s.close()


KILLS = 12  # SIGKILLs per run: counted, not timed, so a loaded machine only makes the test slower
HANG_GUARD = 600  # seconds: only stops a test that hangs, never what decides pass or fail


def test_sigkill_at_random_points_never_breaks_the_database(tmp_path):
    path = tmp_path / "db.json"
    seed(path, 400)
    rnd = random.Random(1234)
    seen = 400
    kills = mid_write = 0  # mid_write: the kill left a half-written temp file behind
    started = time.monotonic()
    round_ = 0
    # until KILLS kills, at least one of them inside a write and some batches committed between them
    while kills < KILLS or mid_write < 1 or seen == 400:
        assert time.monotonic() - started < HANG_GUARD, \
            f"hung? {kills} kills, {mid_write} inside a write, {seen - 400} articles after {HANG_GUARD} s"
        ready = fork.Event()
        p = fork.Process(target=writer, args=(str(path), f"r{round_}", 0, 1000, ready))
        round_ += 1
        p.start()
        assert ready.wait(60), "the writer process did not open the database"
        time.sleep(rnd.uniform(0, 0.25))
        os.kill(p.pid, signal.SIGKILL)
        p.join()
        assert p.exitcode == -signal.SIGKILL  # 1000 batches take far longer than the sleep
        kills += 1
        mid_write += any(q.name.endswith(".tmp") for q in tmp_path.rglob("*"))
        # the database loads, holds whole batches only, and nothing committed was lost
        s = Store(path)
        n = len(s.articles())
        assert (n - 400) % BATCH == 0
        assert n >= seen
        assert s.count(Filter()) == n * PER_ARTICLE
        assert sum(s.article_counts().values()) == n * PER_ARTICLE
        seen = n
        s.close()
        leftovers = [q.name for q in tmp_path.rglob("*") if q.name.endswith(".tmp")]
        assert leftovers == []  # opening removed what the killed writer left
    print(f"{kills} kills in {round_} rounds, {mid_write} inside a write, {seen - 400} articles committed")
    assert kills >= KILLS
    assert mid_write >= 1  # some kills did land between the temp file and the replace
    assert seen > 400  # some batches did get written between kills


def test_two_writer_processes_lose_nothing(tmp_path):
    path = tmp_path / "db.json"
    Store(path).close()
    batches = 12
    procs = [fork.Process(target=writer, args=(str(path), tag, 0, batches)) for tag in ("links", "rechts")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    s = Store(path)
    assert len(s.articles()) == 2 * batches * BATCH
    assert s.count(Filter()) == 2 * batches * BATCH * PER_ARTICLE
    assert len(s.actors()) == 1  # both writers matched the same actor
    assert s.actors()[0][1] == 2 * batches * BATCH * PER_ARTICLE


def test_reader_sees_a_writer_process_without_restart(tmp_path):
    path = tmp_path / "db.json"
    reader = Store(path)
    p = fork.Process(target=writer, args=(str(path), "neu", 0, 2))
    p.start()
    p.join(30)
    assert p.exitcode == 0
    assert reader.count(Filter()) == 0
    assert reader.reload_if_changed()
    assert reader.count(Filter()) == 2 * BATCH * PER_ARTICLE
