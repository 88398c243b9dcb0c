"""Extraction speed in tokens per second, start-up included, each run in a fresh process.

    python bench/extract_speed.py [INPUT.jsonl] [--lang de] [--repeat N]

INPUT lines carry a "text" (a gold file works). Default: the shared dev set when it is there,
else the bundled seed-like sample text repeated. Two numbers per run:
  full   extract.pipeline.extract_article (rules, actors, dates, positions): the issue's target
  rules  extract.de.analyse alone (the German language rules with the HanTa tagger)
Tokens are whitespace-separated words of the input texts. The first line says whether the runs
compile the project's modules from source (PYTHONDONTWRITEBYTECODE without a __pycache__).

    python bench/extract_speed.py [INPUT.jsonl] --check-hanta [--limit N]

checks that extract.de.nlp's faster HanTa gives exactly HanTa's own results (tags with their
log probabilities, lemmas, morphemes) for every word of the input that HanTa has not memorised,
and prints both times.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "bench" / "de-wikinews-quotes" / "dev.jsonl"

CHILD = r"""
import json, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
mode, path, lang = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "full":
    from extract.pipeline import extract_article
    run = lambda text: extract_article(text, lang=lang)
else:
    from extract.de import analyse as run
tokens = 0
for raw in open(path, encoding="utf-8"):
    if raw.strip():
        text = json.loads(raw)["text"]
        tokens += len(text.split())
        run(text)
print(json.dumps({{"tokens": tokens, "seconds": time.perf_counter() - start}}))
"""

FALLBACK_TEXT = (
    "Ministerpräsidentin Ilka Marwen erklärte am Montag in Kiel, dass das Land keine neuen Schulden "
    "machen wolle. «Wir halten Kurs», sagte sie. Tomas Vell von der Opposition kritisierte den Plan. "
    "Er befürchte, dass die Kommunen die Last tragen müssten. Laut einem Sprecher des Ministeriums "
    "soll der Haushalt im Mai beschlossen werden.\n\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", help="JSONL with a 'text' per line (default: shared dev set)")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (best wall time, median CPU time)")
    parser.add_argument("--check-hanta", action="store_true", help="compare the fast HanTa with HanTa's own code")
    parser.add_argument("--limit", type=int, default=0, help="--check-hanta: at most this many words")
    args = parser.parse_args(argv)
    path = Path(args.input) if args.input else DEV
    if args.check_hanta:
        return check_hanta(path, args.limit)
    if not path.is_file():
        tmp = Path("/tmp/wortlaut-bench-input.jsonl")
        with tmp.open("w", encoding="utf-8") as out:
            for n in range(150):
                out.write(json.dumps({"id": n, "text": FALLBACK_TEXT * 8}, ensure_ascii=False) + "\n")
        path = tmp
        print(f"(no input given and {DEV} absent: using a generated sample)")
    print(bytecode_note())
    for mode in ("full", "rules"):
        runs = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), mode, str(path), args.lang],
                                  capture_output=True, text=True)
            wall = time.perf_counter() - t0
            cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            runs.append((json.loads(proc.stdout.strip().splitlines()[-1])["tokens"], wall, cpu))
        tokens = runs[0][0]
        wall = min(r[1] for r in runs)
        cpu = statistics.median(r[2] for r in runs)
        # CPU time is the fairer number on a busy machine (wall time includes waiting for a core)
        spread = f" (median of {len(runs)}: {', '.join(f'{r[2]:.2f}' for r in runs)})" if len(runs) > 1 else ""
        print(f"{mode:5s}: {tokens} tokens, process start included: {wall:.2f} s wall = "
              f"{tokens / wall:,.0f} tokens/s; {cpu:.2f} s CPU = {tokens / cpu:,.0f} tokens/s{spread}")
    return 0


def bytecode_note() -> str:
    """Whether the runs compile the project's modules from source: with PYTHONDONTWRITEBYTECODE
    set and no __pycache__ of extract/, every start compiles ~75 modules (~0.2 s CPU, a few
    per cent of a dev-set run) that an ordinary install compiles once."""
    cached = any((ROOT / "extract").rglob("__pycache__"))
    if cached or not sys.flags.dont_write_bytecode:
        return "(bytecode of extract/ cached or written: start-up as for an ordinary install)"
    return ("(PYTHONDONTWRITEBYTECODE is set and extract/ has no __pycache__: every run compiles "
            "the project's modules from source, ~0.2 s CPU more than an ordinary install)")


def check_hanta(path: Path, limit: int = 0) -> int:
    """Same answers from extract.de.nlp.tagger() (the fast lattices) and HanTa's own tagger."""
    import re

    sys.path.insert(0, str(ROOT))
    from HanTa import HanoverTagger as ht

    from extract.de import nlp as nlp_de

    original, fast = ht.HanoverTagger("morphmodel_ger.pgz"), nlp_de.tagger()
    words: dict[str, None] = {}
    for raw in open(path, encoding="utf-8"):
        if raw.strip():
            for w in re.findall(r"[^\W\d_][\w\-]*", json.loads(raw)["text"]):
                if w.lower() not in original.cache:
                    words.setdefault(w)
    todo = list(words)[:limit] if limit else list(words)
    times = [0.0, 0.0]
    differences = 0
    for w in todo:
        answers = []
        for k, tagger in enumerate((original, fast)):
            t0 = time.process_time()
            answers.append([tagger.tag_word(w, cutoff=0), tagger.tag_word(w.lower(), cutoff=5), tagger.analyze(w)]
                           + [tagger.analyze(w, taglevel=3, pos=pos) for pos in ("NN", "NE", "VVFIN", "ADJA")])
            times[k] += time.process_time() - t0
        if answers[0] != answers[1]:
            differences += 1
            if differences <= 5:
                print(f"DIFFERENT: {w}: {answers[0]} != {answers[1]}")
    print(f"{len(todo)} words HanTa has not memorised, 7 analyses each: {differences} differences; "
          f"HanTa {times[0]:.2f} s CPU, fast {times[1]:.2f} s CPU ({type(fast).__name__})")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
