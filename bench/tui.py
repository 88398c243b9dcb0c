"""Dashboard benchmark: a store with 100,000 synthetic statements (or --statements N), then
- time to first screen (opening the database, then App.run_test until the timeline shows rows),
- time per filter change (actor, date range, text, topic, clear), measured around the app's own
  set_filter (store query + table window redraw) and until the screen has refreshed, with the
  process's CPU time beside it (the wall time on a loaded machine is mostly waiting): median, p90,
- time to jump to the last statement (End), the first (Home) and page down,
- time to open the Positions and the Changes view (computed in workers) and the peak RSS.

Building a million statements takes a quarter of an hour: build once, then reuse it:

    python bench/tui.py --statements 1000000 --db /tmp/wortlaut-1m/bench.json [--build-only]
    python bench/tui.py --db /tmp/wortlaut-1m/bench.json
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import math
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.model import Actor, Article, Extraction, Statement  # noqa: E402
from store import Filter, Store  # noqa: E402

FIRST = ["Mara", "Tomas", "Ada", "Lio", "Ina", "Piet", "Lene", "Jora", "Kasimir", "Vela"]
LAST = ["Lindqvist", "Brenner", "Okafor", "Marten", "Falk", "Harlan", "Voss", "Ember", "Quist", "Rand"]
TOPICS = ["Deeskalation", "Sanktionen", "Hafen", "Energie", "Grenze", "Handel", "Wahlen", "Klima"]
WORDS = ("wir fordern den Abzug die Gespräche seien festgefahren sanctions remain in place the port "
         "deal is good news Energie Preise steigen weiter niemand will einen Krieg").split()


def synthetic(n_statements: int, per_article: int = 25, seed: int = 7) -> Iterator[Extraction]:
    """Articles one at a time (a million statements as objects would not fit in memory)."""
    rnd = random.Random(seed)
    actors = [Actor(f"a{i}", f"{FIRST[i % 10]} {LAST[i // 10 % 10]}{'' if i < 100 else f' {i}'}", [], "person",
                    "Sprecher", "Valdoria") for i in range(300)]
    n_articles = n_statements // per_article
    for a in range(n_articles):
        day = f"20{30 + a % 2}-{a % 12 + 1:02d}-{a % 28 + 1:02d}"
        text = f"Artikel {a} über Valdoria\n" + " ".join(rnd.choice(WORDS) for _ in range(60))
        art = Article(id=f"art{a:06d}", text=text, title=f"Artikel {a} über Valdoria", source="bench",
                      published=day, lang="de")
        sts = []
        used = {}
        for i in range(per_article):
            actor = actors[rnd.randrange(len(actors))]
            used[actor.id] = actor
            topic = rnd.choice(TOPICS)
            quote = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 20)))
            sts.append(Statement(id=f"s{a:06d}{i:03d}", article_id=art.id, quote=[(0, 5)], quote_text=quote,
                                 kind=rnd.choice(["direct", "indirect", "reported"]), speaker=actor.id,
                                 speaker_name=actor.name, date=day, topics=[topic],
                                 stance={topic: rnd.choice([-1, 0, 1])}))
        yield Extraction(art, sts, list(used.values()))


def fill(db: Path, n_statements: int, batch: int = 200_000) -> None:
    """The synthetic statements into a new store, ``batch`` statements per add (one write each)."""
    t = time.perf_counter()
    store = Store(db)
    articles = synthetic(n_statements)
    while True:
        chunk = list(itertools.islice(articles, max(1, batch // 25)))
        if not chunk:
            break
        store.add_many(chunk)
        print(f"  {store.count(Filter()):,} statements after {time.perf_counter() - t:.0f} s", flush=True)
    print(f"filled the store with {store.count(Filter()):,} statements in {time.perf_counter() - t:.1f} s")
    store.close()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def p90(values: list[float]) -> float:
    return sorted(values)[max(0, math.ceil(len(values) * 0.9) - 1)]


def frame_clock(app) -> list[float]:
    """Times at which the app composed a frame for the terminal (App._display gets the
    compositor's update; headless, it is not written anywhere). The last one after a filter
    change is when the user would see the new screen; pilot.pause() adds its idle detection."""
    frames: list[float] = []
    display = app._display

    def timed_display(screen, renderable):
        display(screen, renderable)
        if renderable is not None:
            frames.append(time.perf_counter())
    app._display = timed_display
    return frames


async def filter_changes(app, pilot, store: Store, frames: list[float]) -> dict[str, float]:
    """Each filter change: the app's own set_filter (store query + table window + filter line),
    until the last frame composed for it (``frames``, a frame_clock), and until the app is idle
    (pilot.pause)."""
    actors = [a.id for a, _ in store.actors()[:5]]
    changes = [
        ("actor", "actors", (actors[0],)),
        ("actor (other)", "actors", (actors[1],)),
        ("two actors", "actors", (actors[2], actors[3])),
        ("clear actors", "actors", ()),
        ("date range", "dates", ("2030-03-01", "2030-06-30")),
        ("clear dates", "dates", (None, None)),
        ("text 'abzug'", "text", "abzug"),
        ("text 'sanctions remain'", "text", "sanctions remain"),
        ("clear text", "text", ""),
        ("topic", "topics", ("Energie",)),
        ("clear topic", "topics", ()),
    ]
    works, shown, drawn, cpus = [], [], [], []
    print("filter change                   work  last frame  until idle   (CPU)")
    for label, key, value in changes:
        t, c = time.perf_counter(), time.process_time()
        frames.clear()
        app.set_filter(key, value)
        work = time.perf_counter() - t
        await pilot.pause()
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        frame = (frames[-1] - t) if frames else float("nan")
        works.append(work)
        shown.append(frame)
        drawn.append(dt)
        cpus.append(cpu)
        print(f"  {label:<24} {work * 1000:7.1f} ms {frame * 1000:7.1f} ms {dt * 1000:7.1f} ms {cpu * 1000:7.1f} ms"
              f"   -> {app.timeline.total:>9,} statements")
    out = {"filter work median": statistics.median(works), "filter frame median": statistics.median(shown),
           "filter frame p90": p90(shown), "filter drawn median": statistics.median(drawn),
           "filter drawn p90": p90(drawn), "filter CPU median": statistics.median(cpus), "filter CPU p90": p90(cpus)}
    print("  " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in out.items()))
    return out


async def view_open(app, pilot, view: str) -> tuple[float, float, str]:
    """Open a view whose worker computes it: (wall time until its worker is done, CPU time,
    event-loop lag and when its table first had rows)."""
    from textual.worker import WorkerState

    table = app.query_one("#positions-grid" if view == "positions" else "#changes-table")
    empty = not table.row_count  # a view opened before shows its old rows meanwhile
    shown = None

    await pilot.press("1")
    await pilot.pause()
    t, c = time.perf_counter(), time.process_time()
    app.action_view(view)
    await asyncio.sleep(0.05)
    lags = []
    while any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
        t1 = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - t1 - 0.01)
        if shown is None and empty and table.row_count:
            shown = time.perf_counter() - t, time.process_time() - c
    await pilot.pause()
    total, cpu = time.perf_counter() - t, time.process_time() - c
    lags.sort()
    lag = (f"event-loop lag meanwhile: median {lags[len(lags) // 2] * 1000:.0f} ms, max {lags[-1] * 1000:.0f} ms"
           if lags else "")
    if shown:
        lag = f"table shown after {shown[0] * 1000:.0f} ms (CPU {shown[1] * 1000:.0f} ms); {lag}"
    return total, cpu, lag


async def measure(db: Path, views: bool = True) -> dict[str, float]:
    from tui.app import WortlautApp

    t0 = time.perf_counter()  # from opening the database
    store = Store(db)
    app = WortlautApp(db, store=store)
    out: dict[str, float] = {}
    async with app.run_test(size=(160, 45)) as pilot:
        frames = frame_clock(app)
        while not app.timeline.row_count:
            await pilot.pause(0.01)
        out["first screen"] = time.perf_counter() - t0
        # start-up work queued behind the first screen (the footer's bindings are composed after a
        # refresh): until no frame came for 0.2 s, so that it is not counted as the first filter change
        count = -1
        while len(frames) != count:
            count = len(frames)
            await pilot.pause(0.2)
        out["settled"] = (frames[-1] if frames else out["first screen"] + t0) - t0
        print(f"time to first screen: {out['first screen'] * 1000:.0f} ms  ({app.timeline.total:,} statements, "
              f"{app.timeline.row_count} rows in the table window; peak RSS {peak_rss_mb():.0f} MB); "
              f"last start-up frame at {out['settled'] * 1000:.0f} ms")
        out.update(await filter_changes(app, pilot, store, frames))

        for keys, label in ((("end",), "jump to last (End)"), (("home",), "jump to first (Home)"),
                            (("pagedown",) * 5, "5 × page down")):
            t = time.perf_counter()
            await pilot.press(*keys)
            print(f"{label:<31} {(time.perf_counter() - t) * 1000:7.1f} ms   (position {app.timeline.position:,})")

        # Positions and Changes are computed in workers: the first computes the changes both show
        for view, again in (("positions", ""), ("changes", ""), ("positions", " again")) if views else ():
            total, cpu, lag = await view_open(app, pilot, view)
            out[f"{view} view{again}"] = total
            print(f"{view + ' view' + again:<31} {total * 1000:7.0f} ms (CPU {cpu * 1000:.0f} ms)   {lag}")
    out["peak RSS MB"] = peak_rss_mb()
    print(f"peak RSS of the process: {out['peak RSS MB']:.0f} MB")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--build-only", action="store_true", help="create the database (--db), measure nothing")
    parser.add_argument("--no-views", action="store_true", help="skip the Positions and Changes views")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="wortlaut-bench-")) / "bench.json"
    if not db.exists():
        fill(db, args.statements)
    print(f"database: {db}")
    if args.build_only:
        return 0
    asyncio.run(measure(db, views=not args.no_views))
    return 0


if __name__ == "__main__":
    sys.exit(main())
