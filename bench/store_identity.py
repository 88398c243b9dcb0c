"""Same articles, same actors: adds the same extractions to a store with this tree's store/ and
with the store/ of an earlier commit (extract/ is this tree's for both), and compares who each
stored statement's speaker is and the actor tables (actor ids are random: compared by name,
aliases, kind, role, affiliation).

    python bench/store_identity.py [--before d0014f1] [--wikinews 300] [--bench-articles 300]

The extractions: bench/store.py's synthetic articles with a large cast and role mentions
("sagte der Landrat", resolved across articles), the examples/ folder, and German Wikinews
texts (../shared/bench/de-wikinews-quotes dev, then train, texts only). They are extracted once
and added in batches of 25 articles (one add_many each, as `wortlaut add` does) to fresh stores
in temporary folders. Prints the number of differences; exit code 1 if there are any.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# run as a script, this file's folder (with bench/store.py) would shadow the store package
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
WIKINEWS = ROOT.parent / "shared" / "bench" / "de-wikinews-quotes"
BATCH = 25


def extractions(n_wikinews: int, n_bench: int) -> list:
    import importlib.util

    from extract.pipeline import extract_article
    from extract.reading.files import read_article

    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    bench_store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_store)
    out = bench_store.make_extractions(n_bench, 20, seed=5, n_people=12000, mentions=0.3)
    for path in sorted((ROOT / "examples").iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text("utf-8").splitlines():
                d = json.loads(line)
                out.append(extract_article(d["text"], lang=d.get("lang"), published=d.get("published") or d.get("date"),
                                           title=d.get("title", ""), source=d.get("source", "")))
        else:
            art = read_article(path)
            out.append(extract_article(art.text, lang=art.lang if art.lang in ("de", "en") else None,
                                       title=art.title, source=art.source, dateline=art.dateline,
                                       filename=art.filename, meta_date=art.meta_date))
    texts = [json.loads(line) for split in ("dev", "train") if (WIKINEWS / f"{split}.jsonl").exists()
             for line in (WIKINEWS / f"{split}.jsonl").read_text("utf-8").splitlines()][:n_wikinews]
    out += [extract_article(d["text"], lang="de", published=d.get("date"), title=d.get("title", "")) for d in texts]
    return out


def write_extractions(exs: list, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for ex in exs:
            f.write(json.dumps({"article": ex.article.to_dict(), "statements": [s.to_dict() for s in ex.statements],
                                "actors": [a.to_dict() for a in ex.actors]}, ensure_ascii=False) + "\n")


def summary(extractions_file: Path, db: Path) -> dict:
    """Run with the store/ under test: add in batches, then who said each statement and the actors."""
    from extract.model import Actor, Article, Extraction, Statement
    from store import Filter, Store

    exs = [json.loads(line) for line in extractions_file.read_text("utf-8").splitlines()]
    exs = [Extraction(Article.from_dict(e["article"]), [Statement.from_dict(s) for s in e["statements"]],
                      [Actor.from_dict(a) for a in e["actors"]]) for e in exs]
    store = Store(db)
    for i in range(0, len(exs), BATCH):
        store.add_many(exs[i:i + BATCH])

    def who(aid: str | None) -> list | None:
        a = store.actor(aid) if aid else None
        return [a.name, sorted(a.aliases), a.kind, a.role, a.affiliation] if a else None

    said = {s.id: who(s.speaker) for s in store.statements(Filter())}
    actors = sorted(json.dumps(who(a.id), ensure_ascii=False) for a, _ in store.actors())
    store.close()
    import store as package

    return {"statements": said, "actors": actors, "code": str(Path(package.__file__).parent)}


def run_summary(extractions_file: Path, folder: Path, label: str, pythonpath: str | None) -> dict:
    import os

    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath + os.pathsep + env.get("PYTHONPATH", "")
    out = folder / f"{label}.json"
    subprocess.run([sys.executable, __file__, "--summary", str(extractions_file), str(folder / label / "w.json"),
                    str(out)], env=env, check=True, cwd=folder)
    return json.loads(out.read_text("utf-8"))


def compare(old: dict, new: dict) -> list[str]:
    diffs = [f"statement {sid}: {old['statements'].get(sid)} -> {new['statements'].get(sid)}"
             for sid in sorted(set(old["statements"]) | set(new["statements"]))
             if old["statements"].get(sid) != new["statements"].get(sid)]
    diffs += [f"actor only before: {a}" for a in sorted(set(old["actors"]) - set(new["actors"]))]
    diffs += [f"actor only now: {a}" for a in sorted(set(new["actors"]) - set(old["actors"]))]
    if len(old["actors"]) != len(new["actors"]):
        diffs.append(f"actor count {len(old['actors'])} -> {len(new['actors'])}")
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="d0014f1", help="the commit whose store/ is compared (default d0014f1)")
    ap.add_argument("--wikinews", type=int, default=300, help="Wikinews texts (dev first, then train)")
    ap.add_argument("--bench-articles", type=int, default=300, help="synthetic articles of 20 statements")
    ap.add_argument("--summary", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.summary:
        args.summary[2].write_text(json.dumps(summary(*args.summary[:2]), ensure_ascii=False), "utf-8")
        return 0
    with tempfile.TemporaryDirectory(prefix="wortlaut-identity-") as tmp:
        folder = Path(tmp)
        exs = extractions(args.wikinews, args.bench_articles)
        write_extractions(exs, folder / "extractions.jsonl")
        old_tree = folder / "before"
        old_tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before, "store"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(old_tree)], input=archive.stdout, check=True)
        old = run_summary(folder / "extractions.jsonl", folder, "before", str(old_tree))
        new = run_summary(folder / "extractions.jsonl", folder, "now", None)
        n_mention = sum(1 for ex in exs for s in ex.statements if not s.speaker and s.speaker_mention)
        found = sum(1 for v in new["statements"].values() if v)
        by_mention = sum(1 for ex in exs for s in ex.statements
                         if not s.speaker and s.speaker_mention and new["statements"].get(s.id))
        print(f"{len(exs)} articles, {sum(len(ex.statements) for ex in exs)} statements ({n_mention} named only by a "
              f"mention, {by_mention} of them given a speaker), {len(new['actors'])} actors; {found} statements "
              f"with a speaker; store/ read from {old['code']} and {new['code']}")
        diffs = compare(old, new)
        print(f"store/ of {args.before} vs this tree: {len(diffs)} differences")
        for d in diffs[:20]:
            print("  " + d)
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
