"""Store benchmark: synthetic articles (fictional names, made-up text), by default 1,000 articles /
100,000 statements; ``--articles 10000`` gives 1,000,000.

    python bench/store.py [--articles 1000] [--per-article 100] [--no-legacy] [--plain] [--keep DIR]
                          [--people 250] [--mentions 0.0]
    python bench/store.py --add-to DIR/new/wortlaut.json [--profile]  # adding 10 articles to a copy of it
    python bench/store.py --schema-3 DIR/new/wortlaut.json   # the schema 3 -> 4 conversion of that data

Adds the same data to Wortlaut's Store (partition files, column index; store/db.py) and to the
single-file layout it replaced (store/legacy.py), then measures each database in a fresh child
process (so peak memory is the store's, not the generator's): open + first screen, one
correction, adding 10 articles, the first query after that, the first text search, filter queries,
peak memory, size on disk; and, on a copy whose index snapshot is of the older format (article
registry without languages), opening it and the first write after it. Prints one table with the
targets and the ratio old / new.
``--plain`` also times plain TinyDB (JSONStorage, no indexes) on the same data.
``--people`` draws the speakers from a larger cast (up to 12,000, most with a role and a place);
``--mentions`` names that share of the speakers only by a role noun ("sagte der Landrat"), which
the store resolves across articles (store/actors.py by_mention, store/roles.py).
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
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
from store import SCHEMA_VERSION, Filter  # noqa: E402

FIRST = ["Anna", "Boris", "Clara", "Dario", "Elin", "Fedor", "Greta", "Hanno", "Ilka", "Jonas",
         "Katja", "Lenz", "Mira", "Nils", "Olga", "Pavel", "Rika", "Sven", "Tilda", "Urs"]
LAST = ["Ambrosch", "Birkfeld", "Carovic", "Dellmar", "Estrand", "Falkow", "Gruntal", "Hessling",
        "Ivanek", "Jarosz", "Kettler", "Lindqvar", "Morvath", "Nettelby", "Orsini"]
ROLES = ["Präsident", "Außenminister", "Sprecher", "Generalsekretär", "Kanzlerin", ""]
PLACES = ["Valdoria", "Nordmark", "Ostrava Nova", "Kelmland", "Suderia"]
# a larger cast (--people): surname endings, role nouns, places, all made up
ENDINGS = ["", "berg", "feld", "hausen", "ow", "ek", "stein", "mann", "er", "ling", "au", "brink", "dorf",
           "tal", "horn", "wald", "bach", "hof", "kamp", "rode", "wick", "ström", "ovic", "ari", "elli",
           "escu", "sen", "strand", "moor", "heim", "holt", "ring", "burg", "lund", "vik", "as", "ine",
           "ot", "eau", "ola"]
ROLES_WIDE = ["Innenminister", "Finanzministerin", "Landrat", "Landrätin", "Bürgermeister",
              "Oberbürgermeisterin", "Sprecherin", "Fraktionschef", "Parteichefin", "Gewerkschaftschef",
              "Polizeipräsident", "Staatssekretärin", "Richterin", "Bischof", "Trainer", "Vorstandschef",
              "Direktorin", "Intendant", "Rektorin", "Botschafter", "Generalsekretärin", "Stadtrat",
              "Gemeinderätin", "Bezirksvorsteher", "Pressesprecher", "Regierungssprecherin", "Kanzler",
              "Präsident", "Außenminister", "Landesbischof", ""]
PREFIXES = ["Landes", "Bundes", "Kreis", "Stadt", "Bezirks", "Vize", "Ober", "Ehren", "Hafen", "Deich", "Kultur",
            "Schul", "Bau", "Umwelt", "Sozial", "Wirtschafts", "Verkehrs", "Justiz", "Gesundheits", "Agrar"]
PLACES_WIDE = [f"{a}{b}" for a in ("", "Nord", "Süd", "Ober", "Unter", "Alt", "Neu", "Hohen")
               for b in ("valdoria", "kelmland", "almstein", "talheim", "brennsund", "oberfels")]
PLACES_WIDE = [p[:1].upper() + p[1:] for p in PLACES_WIDE]
TOPICS = ["Krieg", "Sanktionen", "Deeskalation", "Energie", "Diplomatie", "Verteidigung",
          "Flüchtlinge", "Wirtschaft", "Klima", "Wahlen", "Handel", "Grenze"]
WORDS = ("wir werden die Lage genau beobachten und keine weitere Eskalation hinnehmen denn "
         "Gespräche bleiben der einzige Weg zu einer Lösung die alle Seiten tragen können es gibt "
         "keinen Grund für neue Truppen an der Grenze sagte man in der Hauptstadt").split()


def cast_of(n_people: int) -> list[tuple[str, str, str]]:
    """(name, role, place) of ``n_people`` > 250 made-up people, the same for every seed."""
    rnd = random.Random(11)
    people = [(f"{f} {l}{e}", rnd.choice(ROLES_WIDE), rnd.choice(PLACES_WIDE))
              for f in FIRST for l in LAST for e in ENDINGS]
    # a third hold a rarer compound role ("Hafenlandrat"): some roles have one holder, many a few
    people = [(n, rnd.choice(PREFIXES) + r.lower() if r and rnd.random() < 1 / 3 else r, p) for n, r, p in people]
    return rnd.sample(people, min(n_people, len(people)))


def mention_frame(quote: str, speaker: tuple[str, str, str], people: list[tuple[str, str, str]],
                  mrnd: random.Random) -> tuple[str, int, int]:
    """A statement whose speaker only a role noun names: the frame, where the mention stands in it.
    Half the time the role is the speaker's own (the article names the place or not), else another's."""
    role = speaker[1] if speaker[1] and mrnd.random() < 0.5 else mrnd.choice([p[1] for p in people if p[1]])
    place = speaker[2] if mrnd.random() < 0.5 else mrnd.choice(PLACES_WIDE)
    head = f"„{quote}“, sagte "
    return f"{head}der {role} in {place}. ", len(head), len(head) + 4 + len(role)


def make_extractions(n_articles: int, per_article: int, seed: int = 7, n_people: int = 250,
                     mentions: float = 0.0) -> list[Extraction]:
    rnd, mrnd = random.Random(seed), random.Random(seed + 1)
    people = [(f"{f} {l}", rnd.choice(ROLES), rnd.choice(PLACES)) for f in FIRST for l in LAST]
    people = rnd.sample(people, 250) if n_people <= 250 else cast_of(n_people)
    out = []
    for k in range(n_articles):
        month, day = 1 + k * 24 // n_articles % 12, 1 + k % 28
        year = 2021 + k * 2 // n_articles
        published = f"{year}-{month:02d}-{day:02d}"
        cast = rnd.sample(people, 8)
        actors = [Actor(id=f"l{i}", name=n, aliases=[n.split()[-1]], kind="person", role=r, affiliation=p)
                  for i, (n, r, p) in enumerate(cast)]
        parts, spans, said_by = [], [], []
        off = 0
        for j in range(per_article):
            quote = " ".join(rnd.choices(WORDS, k=rnd.randint(8, 30))).capitalize() + "."
            frame = f"„{quote}“, sagte {cast[j % 8][0]}. "
            said_by.append(None)
            if mentions and mrnd.random() < mentions:
                frame, b, e = mention_frame(quote, cast[j % 8], people, mrnd)
                said_by[-1] = (off + b, off + e)
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
            mention = [(said_by[j][0] + shift, said_by[j][1] + shift)] if said_by[j] else []
            stmts.append(Statement(
                id=statement_id(aid, [(b, e)]), article_id=aid, quote=[(b, e)], quote_text=text[b:e],
                kind=rnd.choice(KINDS), speaker=None if mention else f"l{j % 8}",
                speaker_name="" if mention else cast[j % 8][0], speaker_mention=mention,
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
        # phrases of common words, rarely side by side (a scan of every quote without the pair index)
        "phrase": [Filter(text=p) for p in ("keine weitere", "an der grenze", "genau beobachten", "lage gespräche")],
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


LAYOUTS = {"new": "store.db:Store", "legacy": "store.legacy:SingleFileStore"}


def open_store(layout: str, path: Path):
    module, name = LAYOUTS[layout].split(":")
    return getattr(importlib.import_module(module), name)(path)


def first_screen(store) -> int:
    """What the dashboard shows first: the count, the first page, the actor list."""
    n = store.count(Filter())
    store.statements(Filter(), 0, 200)
    store.actors()
    return n


def measure(layout: str, path: Path, page: int = 200) -> dict:
    """Run in a child process: everything a user waits for on a full database."""
    opens = []
    for _ in range(3):  # median of three opens: this machine is shared
        t, c, store = timed_cpu(lambda: open_store(layout, path))
        t2, c2, n = timed_cpu(first_screen, store)
        opens.append((t + t2, c + c2))
        store.close()
    t_open, c_open = sorted(opens)[1]
    store = open_store(layout, path)
    first_screen(store)
    # the first text search after opening (builds or reads the word index)
    t_text, c_text, _ = timed_cpu(lambda: (store.count(Filter(text="grenze")),
                                          store.statements(Filter(text="grenze"), 0, page)))
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
    # corrections: the median of a rename, a reassign, a stance, a "not a statement"
    first = store.statements(Filter(), 0, 4)
    actor_ids = [a.id for a, _ in store.actors()[:2]]
    ops = [lambda: store.rename_actor(actor_ids[0], "Anna Beispiel"),
           lambda: store.reassign(first[0].id, actor_ids[1]),
           lambda: store.set_stance(first[1].id, "Krieg", 1),
           lambda: store.mark_not_statement(first[2].id)]
    corr = [timed_cpu(op)[:2] for op in ops]
    t_after_corr, _, _ = timed_cpu(lambda: (store.count(Filter()), store.statements(Filter(), 0, page)))
    more = make_extractions(10, page // 2, seed=99, **CAST)
    t_add, c_add, _ = timed_cpu(store.add_many, more)
    f = Filter(topics=(qs["topic"][0].topics[0],))
    t_after_add, c_after_add, _ = timed_cpu(lambda: (store.count(f), store.statements(f, 0, page)))
    store.close()
    return {"n": n, "open": t_open, "open_cpu": c_open, "text": t_text, "text_cpu": c_text,
            "queries": per_kind, "queries_cpu": per_kind_cpu,
            "median": statistics.median(per_kind.values()), "median_cpu": statistics.median(per_kind_cpu.values()),
            "correction": statistics.median(t for t, _ in corr), "correction_cpu": statistics.median(c for _, c in corr),
            "after_corr": t_after_corr, "add": t_add, "add_cpu": c_add,
            "after_add": t_after_add, "after_add_cpu": c_after_add,
            "peak": peak_memory()}


def peak_memory() -> int:
    """This process's peak resident memory since exec (VmHWM; ru_maxrss would include the
    parent's memory copied by fork before the exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def disk_size(path: Path) -> int:
    """The main file and everything in its partition folder (not backups or the lock)."""
    size = path.stat().st_size
    parts = path.with_name(path.name + ".parts")
    if parts.is_dir():
        size += sum(f.stat().st_size for f in parts.iterdir())
    return size


def as_schema_3(path: Path, target: Path) -> None:
    """A copy of a database as Wortlaut with schema 3 wrote it: plain JSON day files, no index
    snapshot (one day file at a time: memory stays small)."""
    from store.parts import read_json

    main = json.loads(path.read_bytes())
    folder = path.with_name(main["meta"]["layout"]["folder"])
    out = target.with_name(target.name + ".parts")
    out.mkdir(parents=True)
    files = {}
    for name, fname in main["meta"]["layout"]["files"].items():
        files[name] = fname.removesuffix(".gz")
        (out / files[name]).write_text(json.dumps(read_json(folder / fname), ensure_ascii=False), "utf-8")
    main["meta"]["layout"].update(files=files, folder=out.name)
    main["meta"]["schema"]["version"] = 3
    target.write_text(json.dumps(main, ensure_ascii=False), "utf-8")


def newest_snapshot(path: Path) -> Path | None:
    """The newest index snapshot of the database ``path``; None when it has none (a small
    database: the store writes one only when enough has changed since the last, store/db.py)."""
    snaps = list(path.with_name(path.name + ".parts").glob("index.g*.npz"))
    return max(snaps, key=lambda p: int(p.name.split(".")[1][1:])) if snaps else None


NO_SNAPSHOT = "has no index snapshot (too small for one): there is no older-format snapshot to measure"


def as_old_snapshot(path: Path, target: Path) -> bool:
    """A copy of a database whose newest index snapshot is as the code before languages were kept
    wrote it (article registry rows of seven fields, no language, as the tests write one:
    tests/fixtures/old_snapshots.py): opening it uses the snapshot, the languages are read from the
    day files. False when the database has no snapshot (the copy is then a plain copy)."""
    from tests.fixtures.old_snapshots import without_languages  # (the checkout is on the path: above)

    shutil.copytree(path.parent, target.parent)
    snap = newest_snapshot(target)
    if snap is not None:
        without_languages(snap)
    return snap is not None


def measure_old_snapshot(path: Path) -> dict:
    """Run in a child process: opening a database whose index snapshot is of the older format
    (load + first screen), then the first write (adding 10 articles: it costs what it changes),
    then the languages of every article asked for (article_langs, which the Changes view of the
    whole archive reads: the older snapshot's are read from the day files then, once)."""
    t, c, store = timed_cpu(lambda: open_store("new", path))
    t2, c2, n = timed_cpu(first_screen, store)
    assert store._docs is not None, "the older snapshot was not used"
    short = sum(len(r) == 7 for r in store._registry.values())
    more = make_extractions(10, 100, seed=77, **CAST)
    t_add, c_add, _ = timed_cpu(store.add_many, more)
    t_langs, c_langs, _ = timed_cpu(store.article_langs)
    store.close()
    return {"n": n, "short": short, "old_open": t + t2, "old_open_cpu": c + c2, "old_langs": t_langs,
            "old_langs_cpu": c_langs, "old_add": t_add, "old_add_cpu": c_add}


def old_snapshot_in_child(db: Path) -> dict:
    """Measure opening an older-format copy of ``db`` and the first write after it (the copy removed)."""
    if newest_snapshot(db) is None:
        return {}
    folder = Path(tempfile.mkdtemp(prefix="wortlaut-oldsnap-"))
    try:
        as_old_snapshot(db, folder / "db" / db.name)
        return measured_in_child("old", folder / "db" / db.name)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure_conversion(path: Path) -> dict:
    """Run in a child process: the first open of a schema-3 database (compressed once)."""
    t, c, store = timed_cpu(lambda: open_store("new", path))
    n = store.count(Filter())
    backup = store.migrated_from[1] if store.migrated_from else None
    store.close()
    kept = json.loads(backup.read_bytes()) if backup else {}
    return {"n": n, "convert": t, "convert_cpu": c, "peak": peak_memory(), "backup": str(backup),
            "backup_version": kept.get("meta", {}).get("schema", {}).get("version"),
            "backup_files": sum((backup.with_name(backup.name + ".parts") / f).exists()
                                for f in kept["meta"]["layout"]["files"].values()) if backup else 0,
            "backup_size": disk_size(backup) if backup else 0, "disk": disk_size(path)}


def schema_3_conversion(db: Path) -> None:
    """Print what converting a schema-3 copy of ``db`` costs and what it keeps."""
    folder = Path(tempfile.mkdtemp(prefix="wortlaut-schema3-"))
    try:
        t, _ = timed(as_schema_3, db, folder / "wortlaut.json")
        print(f"schema-3 copy of {db} written in {t:.1f} s ({disk_size(folder / 'wortlaut.json') / 1e6:.0f} MB)")
        r = measured_in_child("convert", folder / "wortlaut.json")
        print(f"first open (schema 3 -> {SCHEMA_VERSION}) of {r['n']:,} statements: {r['convert']:.1f} s "
              f"(CPU {r['convert_cpu']:.1f} s), peak memory {r['peak'] / 1e6:.0f} MB (target ≤ 1500 MB), "
              f"then {r['disk'] / 1e6:.0f} MB on disk")
        print(f"backup kept: {r['backup']} (schema {r['backup_version']}, {r['backup_files']} day files, "
              f"{r['backup_size'] / 1e6:.0f} MB)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measured_in_child(layout: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", layout, str(path),
                          "--people", str(CAST["n_people"]), "--mentions", str(CAST["mentions"])],
                         capture_output=True, text=True, check=False)
    if out.returncode:
        raise SystemExit(f"measuring {layout} failed:\n{out.stderr}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["disk"] = disk_size(path)
    return res


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


CAST = {"n_people": 250, "mentions": 0.0}  # --people, --mentions


def add_to_copy(db: Path, profile: bool, old_snapshot: bool = False) -> None:
    """Time adding 10 articles (100 statements each) to a copy of ``db``: CPU and wall, and with
    ``profile`` the functions that took most time (cProfile, own time and cumulative). With
    ``old_snapshot`` the copy's index snapshot is first made one of the older format (as_old_snapshot):
    the first write after opening such a database."""
    import cProfile
    import pstats

    folder = Path(tempfile.mkdtemp(prefix="wortlaut-add-"))
    try:
        if old_snapshot:
            if not as_old_snapshot(db, folder / "db" / db.name):
                print(f"{db} {NO_SNAPSHOT}; timing the ordinary add")
        else:
            shutil.copytree(db.parent, folder / "db")
        store = open_store("new", folder / "db" / db.name)
        n = store.count(Filter())
        more = make_extractions(10, 100, seed=2024, **CAST)  # (not the 10 measure() added to a kept store)
        prof = cProfile.Profile() if profile else None
        if prof:
            prof.enable()
        t, c, _ = timed_cpu(store.add_many, more)
        if prof:
            prof.disable()
        store.close()
        print(f"adding 10 articles / 1,000 statements ({sum(not s.speaker for e in more for s in e.statements)} "
              f"named by a role noun) to {n:,} statements, {len(store._main['actors']):,} actors: "
              f"{t:.3f} s (CPU {c:.3f} s){' under cProfile' if prof else ''}; load average {os.getloadavg()[0]:.1f}")
        for key in ("tottime", "cumulative") if prof else ():
            pstats.Stats(prof).sort_stats(key).print_stats(10)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


ROWS = [  # (label, key, target, unit)
    ("open the database (load + first screen)", "open", 2.0, "s"),
    ("one correction (median of 4 kinds)", "correction", 0.050, "s"),
    ("add 10 articles", "add", 1.0, "s"),
    ("first query after the add", "after_add", 0.100, "s"),
    ("first text search", "text", 1.0, "s"),
    ("filter query (median over kinds)", "median", 0.020, "s"),
    ("peak memory", "peak", 1.5e9, "B"),
    ("on disk", "disk", 400e6, "B"),
]

OLD_ROWS = [  # an index snapshot written before the registry kept languages (7-field rows); partitions only
    ("open an older snapshot (7-field registry) + first screen", "old_open", 2.0, "s"),
    ("first write after it (add 10 articles)", "old_add", 1.0, "s"),
]


def fmt(v: float, unit: str) -> str:
    if unit == "B":
        return f"{v / 1e9:.2f} GB" if v >= 1e9 else f"{v / 1e6:.0f} MB"
    return f"{v:.2f} s" if v >= 1 else f"{v * 1000:.1f} ms"


def parse_args(argv: list[str] | None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--per-article", type=int, default=100)
    ap.add_argument("--no-legacy", action="store_true", help="skip the single-file layout")
    ap.add_argument("--plain", action="store_true", help="also time plain TinyDB")
    ap.add_argument("--no-plain", action="store_true", help=argparse.SUPPRESS)  # the default now
    ap.add_argument("--keep", type=Path, help="write the databases here and keep them")
    ap.add_argument("--people", type=int, default=250, help="speakers to draw from (default 250; up to 12,000)")
    ap.add_argument("--mentions", type=float, default=0.0,
                    help="share of speakers named only by a role noun (default 0)")
    ap.add_argument("--add-to", type=Path, metavar="DB",
                    help="time adding 10 articles to a copy of DB (e.g. one kept with --keep), nothing else")
    ap.add_argument("--profile", action="store_true", help="with --add-to: the cProfile top 10 of that add")
    ap.add_argument("--old-snapshot", action="store_true",
                    help="with --add-to: make the copy's index snapshot one of the older format first")
    ap.add_argument("--schema-3", type=Path, metavar="DB",
                    help="measure converting a schema-3 copy of DB (e.g. one kept with --keep), nothing else")
    ap.add_argument("--measure", nargs=2, metavar=("LAYOUT", "PATH"), help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def print_table(total: int, layouts: list[str], results: dict[str, dict], bulk: dict[str, tuple[float, float]]) -> None:
    """The table of ROWS and OLD_ROWS against their targets, then each layout's CPU times."""
    print(f"\n| {total:,} statements | target | " + " | ".join(
        {"legacy": "single file (before)", "new": "partitions (now)"}[x] for x in layouts)
        + (" | before / now |" if len(layouts) == 2 else " |"))
    print("| --- | --- |" + " --- |" * (len(layouts) + (len(layouts) == 2)))
    for label, key, target, unit in ROWS + OLD_ROWS:
        if key not in results["new"]:  # (no snapshot: too few statements)
            print(f"| {label} | ≤ {fmt(target, unit)} | " + " | ".join("—" for _ in layouts)
                  + (" | |" if len(layouts) == 2 else " |"))
            continue
        if key not in results[layouts[0]]:  # (the single-file layout has no index snapshot)
            print(f"| {label} | ≤ {fmt(target, unit)} | — | " + fmt(results["new"][key], unit)
                  + ("" if results["new"][key] <= target else " ✗") + " | |")
            continue
        cells = [fmt(results[x][key], unit) + ("" if results[x][key] <= target else " ✗") for x in layouts]
        ratio = (f" | {results['legacy'][key] / max(results['new'][key], 1e-9):.1f}x"
                 if len(layouts) == 2 else "")
        print(f"| {label} | ≤ {fmt(target, unit)} | " + " | ".join(cells) + ratio + " |")
    for x in layouts:
        r = results[x]
        print(f"\n{x}: bulk add {bulk[x][0]:.2f} s (CPU {bulk[x][1]:.2f} s); CPU times: open "
              f"{r['open_cpu']:.3f} s, correction {r['correction_cpu'] * 1000:.1f} ms, add {r['add_cpu']:.3f} s, "
              f"after add {r['after_add_cpu'] * 1000:.1f} ms, text {r['text_cpu']:.3f} s, query median "
              f"{r['median_cpu'] * 1000:.2f} ms; query after a correction {r['after_corr'] * 1000:.1f} ms")
        if x == "new" and "old_open" not in r:
            print(f"  the database {NO_SNAPSHOT} (the rows marked —)")
        if "old_open" in r:
            print(f"  an older index snapshot ({r['short']:,} registry rows of 7 fields, no language): open "
                  f"{r['old_open']:.3f} s (CPU {r['old_open_cpu']:.3f} s), first write (add 10 articles) "
                  f"{r['old_add']:.3f} s (CPU {r['old_add_cpu']:.3f} s), then article_langs of every article (the "
                  f"languages read from the day files, once: what the Changes view of the whole archive asks) "
                  f"{r['old_langs'] * 1000:.1f} ms (CPU {r['old_langs_cpu'] * 1000:.1f} ms)")
        print("  per filter kind (median ms): " + ", ".join(
            f"{k} {v * 1000:.1f} (CPU {r['queries_cpu'][k] * 1000:.1f})" for k, v in r["queries"].items()))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    CAST.update(n_people=args.people, mentions=args.mentions)
    if args.add_to:
        add_to_copy(args.add_to, args.profile, args.old_snapshot)
        return 0
    if args.measure:
        layout, path = args.measure[0], Path(args.measure[1])
        print(json.dumps(measure_conversion(path) if layout == "convert" else
                         measure_old_snapshot(path) if layout == "old" else measure(layout, path)))
        return 0
    if args.schema_3:
        schema_3_conversion(args.schema_3)
        return 0

    t_gen, extractions = timed(make_extractions, args.articles, args.per_article, **CAST)
    total = sum(len(e.statements) for e in extractions)
    print(f"generated {len(extractions):,} articles / {total:,} statements in {t_gen:.2f} s (not timed below)")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (other processes slow the figures down)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wortlaut-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    layouts = ["new"] if args.no_legacy else ["legacy", "new"]
    try:
        results, bulk = {}, {}
        for layout in layouts:
            path = folder / layout / "wortlaut.json"
            store = open_store(layout, path)
            bulk[layout] = timed_cpu(store.add_many, extractions)[:2]
            store.close()
        names = {a.name: a.id for e in extractions for a in e.actors} if args.plain else {}
        topics = sorted({t for e in extractions for s in e.statements for t in s.topics}) if args.plain else []
        plain = bench_plain_tinydb(folder, extractions, names, topics) if args.plain else None
        del extractions
        for layout in layouts:
            results[layout] = measured_in_child(layout, folder / layout / "wortlaut.json")
        old = old_snapshot_in_child(folder / "new" / "wortlaut.json")
        results["new"].update({k: v for k, v in old.items() if k.startswith("old_") or k == "short"})
        print_table(total, layouts, results, bulk)
        if plain:
            print(f"\nplain TinyDB (JSONStorage, no indexes): bulk add {plain['add']:.2f} s, load "
                  f"{plain['load']:.2f} s, query median {plain['median'] * 1000:.1f} ms, "
                  f"{plain['size'] / 1e6:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
