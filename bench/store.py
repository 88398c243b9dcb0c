"""Store benchmark: 1,000 synthetic articles / 100,000 statements (fictional names, made-up text).

    python bench/store.py [--articles 1000] [--per-article 100] [--keep DIR]

Prints, for Wortlaut's Store and for plain TinyDB (JSONStorage, the default) on the same data:
bulk-add time, load time, median filter-query time per filter kind, file size, and the ratios.
Extraction is not part of the timing: the Extraction objects are built before the clock starts.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

# run as a script, this file's folder would shadow the store package: use the project root
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
if str(_HERE.parent) not in sys.path:
    sys.path.append(str(_HERE.parent))

from extract.model import (KINDS, Actor, Article, Extraction, Statement,  # noqa: E402
                           article_id, statement_id)
from store import Filter, Store  # noqa: E402

FIRST = ["Anna", "Boris", "Clara", "Dario", "Elin", "Fedor", "Greta", "Hanno", "Ilka", "Jonas",
         "Katja", "Lenz", "Mira", "Nils", "Olga", "Pavel", "Rika", "Sven", "Tilda", "Urs"]
LAST = ["Ambrosch", "Birkfeld", "Carovic", "Dellmar", "Estrand", "Falkow", "Gruntal", "Hessling",
        "Ivanek", "Jarosz", "Kettler", "Lindqvar", "Morvath", "Nettelby", "Orsini"]
ROLES = ["Präsident", "Außenminister", "Sprecher", "Generalsekretär", "Kanzlerin", ""]
PLACES = ["Valdoria", "Nordmark", "Ostrava Nova", "Kelmland", "Suderia"]
TOPICS = ["Krieg", "Sanktionen", "Deeskalation", "Energie", "Diplomatie", "Verteidigung",
          "Flüchtlinge", "Wirtschaft", "Klima", "Wahlen", "Handel", "Grenze"]
WORDS = ("wir werden die Lage genau beobachten und keine weitere Eskalation hinnehmen denn "
         "Gespräche bleiben der einzige Weg zu einer Lösung die alle Seiten tragen können es gibt "
         "keinen Grund für neue Truppen an der Grenze sagte man in der Hauptstadt").split()


def make_extractions(n_articles: int, per_article: int, seed: int = 7) -> list[Extraction]:
    rnd = random.Random(seed)
    people = [(f"{f} {l}", rnd.choice(ROLES), rnd.choice(PLACES)) for f in FIRST for l in LAST]
    people = rnd.sample(people, 250)
    out = []
    for k in range(n_articles):
        month, day = 1 + k * 24 // n_articles % 12, 1 + k % 28
        year = 2021 + k * 2 // n_articles
        published = f"{year}-{month:02d}-{day:02d}"
        cast = rnd.sample(people, 8)
        actors = [Actor(id=f"l{i}", name=n, aliases=[n.split()[-1]], kind="person", role=r, affiliation=p)
                  for i, (n, r, p) in enumerate(cast)]
        parts, spans = [], []
        off = 0
        for j in range(per_article):
            quote = " ".join(rnd.choices(WORDS, k=rnd.randint(8, 30))).capitalize() + "."
            frame = f"„{quote}“, sagte {cast[j % 8][0]}. "
            spans.append((off + 1, off + 1 + len(quote)))
            parts.append(frame)
            off += len(frame)
        text = f"Artikel {k}: " + "".join(parts)
        shift = len(f"Artikel {k}: ")
        aid = article_id(text)
        article = Article(id=aid, text=text, title=f"Bericht {k} aus {rnd.choice(PLACES)}",
                          source="Synthetische Agentur", published=published, origin="bench")
        stmts = []
        for j, (b, e) in enumerate(spans):
            b, e = b + shift, e + shift
            topics = rnd.sample(TOPICS, rnd.choice((0, 1, 1, 2)))
            date = published if rnd.random() > 0.05 else None
            stmts.append(Statement(
                id=statement_id(aid, [(b, e)]), article_id=aid, quote=[(b, e)], quote_text=text[b:e],
                kind=rnd.choice(KINDS), speaker=f"l{j % 8}", speaker_name=cast[j % 8][0],
                speaker_kind="person", cue=[(e + 3, e + 8)], date=date, topics=topics,
                stance={t: rnd.choice((-1, 0, 1)) for t in topics}, confidence=0.9))
        out.append(Extraction(article, stmts, actors))
    return out


def queries(store_actor_ids: list[str], topics: list[str]) -> dict[str, list[Filter]]:
    rnd = random.Random(3)
    return {
        "actor": [Filter(actors=(a,)) for a in rnd.sample(store_actor_ids, 15)],
        "date range": [Filter(date_from=f"2021-{m:02d}-01", date_to=f"2021-{m:02d}-28") for m in range(1, 13)],
        "topic": [Filter(topics=(t,)) for t in topics],
        "kind": [Filter(kinds=(k,)) for k in KINDS],
        "text": [Filter(text=w) for w in ("Truppen", "grenze", "berg", "lösung", "hauptstadt", "ivanek")],
        "actor+date+topic": [Filter(actors=(a,), date_from="2021-03-01", date_to="2022-06-30",
                                    topics=(t,)) for a, t in zip(rnd.sample(store_actor_ids, 12), topics)],
    }


def timed(fn, *a, **kw):
    t = time.perf_counter()
    r = fn(*a, **kw)
    return time.perf_counter() - t, r


def timed_cpu(fn, *a, **kw):
    """(wall seconds, CPU seconds of this process, result): CPU time shows what the code costs
    when other processes compete for the two cores."""
    t, c = time.perf_counter(), time.process_time()
    r = fn(*a, **kw)
    return time.perf_counter() - t, time.process_time() - c, r


def bench_store(folder: Path, extractions: list[Extraction], page: int = 200) -> dict:
    path = folder / "wortlaut.json"
    store = Store(path)
    t_add, cpu_add, _ = timed_cpu(store.add_many, extractions)
    store.close()
    loads = []
    for _ in range(3):  # median of three loads: this machine is shared
        t_load, c_load, store = timed_cpu(lambda: Store(path))
        t_index, c_index, n = timed_cpu(store.count, Filter())  # indexes are built on the first query
        loads.append((t_load + t_index, t_load, t_index, c_load + c_index))
        store.close()
    _, t_load, t_index, cpu_load = sorted(loads)[1]
    store = Store(path)
    qs = queries([a.id for a, _ in store.actors()], store.topics())
    per_kind, per_kind_cpu = {}, {}
    for kind, filters in qs.items():
        times, cpus = [], []
        for f in filters:
            # a dashboard query: the total for the status line and the first page of the table
            t, c, _ = timed_cpu(lambda: (store.count(f), store.statements(f, 0, page)))
            times.append(t)
            cpus.append(c)
        per_kind[kind] = statistics.median(times)
        per_kind_cpu[kind] = statistics.median(cpus)
        if kind == "text":
            first_text = times[0]  # the first text query builds the word index
    all_times = list(per_kind.values())
    size = path.stat().st_size
    # what a user waits for on a full database: a small `wortlaut add`, one correction
    more = make_extractions(10, page // 2, seed=99)
    t_small, _ = timed(store.add_many, more)
    t_small_index, _ = timed(store.count, Filter())
    sid = store.statements(Filter(), 0, 1)[0].id
    t_corr, _ = timed(store.mark_not_statement, sid)
    t_corr_index, _ = timed(store.count, Filter())
    return {"add": t_add, "cpu_add": cpu_add, "cpu_load": cpu_load, "load": t_load + t_index, "open": t_load, "index": t_index, "n": n,
            "queries": per_kind, "queries_cpu": per_kind_cpu, "median": statistics.median(all_times),
            "median_cpu": statistics.median(per_kind_cpu.values()), "size": size, "first_text": first_text,
            "small_add": t_small, "correction": t_corr, "reindex": t_small_index, "after_corr": t_corr_index}


def bench_plain_tinydb(folder: Path, extractions: list[Extraction], actor_names: dict[str, str],
                       topics: list[str], reps: int = 3) -> dict:
    from tinydb import Query, TinyDB

    path = folder / "plain.json"
    t0 = time.perf_counter()
    db = TinyDB(path)
    db.table("articles").insert_multiple(e.article.to_dict() for e in extractions)
    db.table("actors").insert_multiple(a.to_dict() for e in extractions for a in e.actors)
    db.table("statements").insert_multiple(s.to_dict() for e in extractions for s in e.statements)
    db.close()
    t_add = time.perf_counter() - t0
    t_load, n = timed(lambda: len(TinyDB(path).table("statements").all()))
    db = TinyDB(path)
    table = db.table("statements")
    q = Query()
    names = list(actor_names)[:reps]
    per_kind_conds = {
        "actor": [q.speaker_name == n for n in names],
        "date range": [q.date.test(lambda d, m=m: d is not None and f"2021-{m:02d}-01" <= d <= f"2021-{m:02d}-28")
                       for m in range(1, reps + 1)],
        "topic": [q.topics.any([t]) for t in topics[:reps]],
        "kind": [q.kind == k for k in KINDS[:reps]],
        "text": [q.quote_text.test(lambda s, w=w: w in s.lower()) for w in ("truppen", "grenze", "lösung")[:reps]],
    }
    per_kind = {}
    for kind, conds in per_kind_conds.items():
        times = []
        for c in conds:
            table.clear_cache()
            t, _ = timed(table.search, c)
            times.append(t)
        per_kind[kind] = statistics.median(times)
    return {"add": t_add, "load": t_load, "n": n, "queries": per_kind,
            "median": statistics.median(per_kind.values()), "size": path.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--per-article", type=int, default=100)
    ap.add_argument("--no-plain", action="store_true", help="skip the plain TinyDB comparison")
    ap.add_argument("--keep", type=Path, help="write the databases here and keep them")
    args = ap.parse_args(argv)

    t_gen, extractions = timed(make_extractions, args.articles, args.per_article)
    total = sum(len(e.statements) for e in extractions)
    print(f"generated {len(extractions):,} articles / {total:,} statements in {t_gen:.2f} s (not timed below)")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (other processes slow the figures down)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wortlaut-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        ours = bench_store(folder, extractions)
        print(f"\nWortlaut Store (orjson, atomic write, indexes)  statements: {ours['n']:,}")
        print(f"  bulk add (one write)   {ours['add']:8.3f} s      target < 5 s (CPU {ours['cpu_add']:.3f} s)")
        print(f"  load (open + index)    {ours['load']:8.3f} s      target < 1.5 s, median of 3 "
              f"(open {ours['open']:.3f} s, index {ours['index']:.3f} s; CPU {ours['cpu_load']:.3f} s)")
        for kind, t in ours["queries"].items():
            print(f"  query {kind:<17}{t * 1000:8.2f} ms (median; count + first page of 200; "
                  f"CPU {ours['queries_cpu'][kind] * 1000:.2f} ms)")
        print(f"  query median           {ours['median'] * 1000:8.2f} ms     target < 20 ms "
              f"(CPU {ours['median_cpu'] * 1000:.2f} ms)")
        print(f"  first text query       {ours['first_text']:8.3f} s      (builds the word index, once per load/add)")
        print(f"  file size              {ours['size'] / 1e6:8.1f} MB")
        print(f"  then: add 10 articles  {ours['small_add']:8.3f} s      (one write of the whole file)")
        print(f"  then: one correction   {ours['correction']:8.3f} s      (one write of the whole file)")
        print(f"  next query after add   {ours['reindex']:8.3f} s      (indexes rebuilt)")
        print(f"  next query after corr. {ours['after_corr']:8.3f} s      (indexes patched)")
        if args.no_plain:
            return 0
        names = {a.name: a.id for e in extractions for a in e.actors}
        plain = bench_plain_tinydb(folder, extractions, names, sorted({t for e in extractions
                                                                      for s in e.statements for t in s.topics}))
        print(f"\nplain TinyDB (JSONStorage, no indexes)  statements: {plain['n']:,}")
        print(f"  bulk add (3 inserts)   {plain['add']:8.3f} s")
        print(f"  load (all statements)  {plain['load']:8.3f} s")
        for kind, t in plain["queries"].items():
            print(f"  query {kind:<17}{t * 1000:8.2f} ms (median of 3, query cache cleared)")
        print(f"  query median           {plain['median'] * 1000:8.2f} ms")
        print(f"  file size              {plain['size'] / 1e6:8.1f} MB")
        print("\nratios (plain TinyDB / Wortlaut; >1 means Wortlaut is faster or smaller)")
        print(f"  bulk add  {plain['add'] / ours['add']:7.1f}x")
        print(f"  load      {plain['load'] / ours['load']:7.1f}x")
        print(f"  query     {plain['median'] / ours['median']:7.1f}x")
        print(f"  size      {plain['size'] / ours['size']:7.2f}x")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
