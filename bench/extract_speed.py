"""Extraction speed in tokens per second, start-up included, each run in a fresh process.

    python bench/extract_speed.py [INPUT.jsonl] [--lang de] [--repeat N]

INPUT lines carry a "text" (a gold file works). Default: the shared dev set when it is there,
else the bundled seed-like sample text repeated. Two numbers per run:
  full   extract.pipeline.extract_article (rules, actors, dates, positions): the issue's target
  rules  the language's rules alone (extract.de.analyse with the HanTa tagger for --lang de,
         extract.en.analyse with spaCy for --lang en)
Tokens are whitespace-separated words of the input texts. The first line says whether the runs
compile the project's modules from source (PYTHONDONTWRITEBYTECODE without a __pycache__).

    python bench/extract_speed.py [INPUT.jsonl] --check-hanta [--limit N]

checks that extract.de.nlp's faster HanTa gives exactly HanTa's own results (tags with their
log probabilities, lemmas, morphemes) for every word of the input that HanTa has not memorised,
and prints both times.

    python bench/extract_speed.py [INPUT.jsonl] --profile [--top N]

where the full extraction's CPU time goes, start-up included, in a fresh process: its stack is
sampled at the CPU-time timer (SIGPROF, asked for each millisecond; the kernel's tick may space
the samples wider, ~4 ms here: ~1,500 samples over a dev set) and each function's share is
printed, inclusive (the function and what it calls) and self (its own code and the C functions
it calls). cProfile's hook on every call inflates call-heavy code (~9x on a dev-set run: 46 s of CPU
for 5.4 s) and so misstates the shares; sampling leaves the run as it is.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "bench" / "de-wikinews-quotes" / "dev.jsonl"

CHILD = r"""
import json, sys, time
start = time.perf_counter()
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
mode, path, lang = sys.argv[1], sys.argv[2], sys.argv[3]
from extract_speed import extraction
run = extraction(mode, lang)
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


def extraction(mode: str, lang: str):
    """What a timed run calls on each text: the full extraction ("full"), or the rules of the
    run's language alone ("rules"; an English run timed German rules before round 33). The rules
    alone import only their language's package (extract/de/, extract/en/), not the pipeline."""
    import importlib

    if mode == "full":
        from extract.pipeline import extract_article

        return lambda text: extract_article(text, lang=lang)
    return importlib.import_module(f"extract.{lang}").analyse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", help="JSONL with a 'text' per line (default: shared dev set)")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (best wall time, median CPU time)")
    parser.add_argument("--check-hanta", action="store_true", help="compare the fast HanTa with HanTa's own code")
    parser.add_argument("--limit", type=int, default=0, help="--check-hanta: at most this many words")
    parser.add_argument("--profile", action="store_true", help="sample where the full extraction's CPU time goes")
    parser.add_argument("--top", type=int, default=40, help="--profile: functions listed per table")
    parser.add_argument("--profile-child", action="store_true", help=argparse.SUPPRESS)  # (the sampled process)
    args = parser.parse_args(argv)
    path = Path(args.input) if args.input else DEV
    if args.check_hanta:
        return check_hanta(path, args.limit)
    if args.profile_child:
        return profile_child(path, args.lang, args.top)
    if args.profile:  # (a fresh process: start-up is part of what is sampled, as in the timed runs)
        return subprocess.run([sys.executable, __file__, str(path), "--lang", args.lang, "--top", str(args.top),
                               "--profile-child"]).returncode
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
            proc = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), bench=str(ROOT / "bench")), mode, str(path), args.lang],
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


def count_stack(frame, inclusive: Counter, own: Counter) -> None:
    """One sample: the innermost function counted as running itself (``own``), and every function
    on the stack once as running or waiting for what it called (``inclusive``; a recursive one once)."""
    own[function_key(frame.f_code)] += 1
    seen = set()
    while frame is not None:
        key = function_key(frame.f_code)
        if key not in seen:
            seen.add(key)
            inclusive[key] += 1
        frame = frame.f_back


def function_key(code) -> str:
    """file:function:first line ("frames_de.py:read_stances:3544"): generator expressions and list
    comprehensions are told apart by their line."""
    return f"{Path(code.co_filename).name}:{code.co_name}:{code.co_firstlineno}"


def profile_child(path: Path, lang: str, top: int) -> int:
    """The full extraction of every text of ``path`` under the sampler; the shares printed."""
    import signal

    inclusive, own = Counter(), Counter()
    signal.signal(signal.SIGPROF, lambda signum, frame: count_stack(frame, inclusive, own))
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    start = time.process_time()
    sys.path.insert(0, str(ROOT))
    from extract.pipeline import extract_article

    tokens = 0
    for raw in open(path, encoding="utf-8"):
        if raw.strip():
            text = json.loads(raw)["text"]
            tokens += len(text.split())
            extract_article(text, lang=lang)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu, samples = time.process_time() - start, own.total() or 1
    print(f"{tokens} tokens, {cpu:.2f} s CPU, {own.total()} samples")
    for title, table in (("inclusive", inclusive), ("self", own)):
        print(f"--- {title} (% of samples)")
        for key, n in table.most_common(top):
            print(f"{100 * n / samples:5.1f}  {key}")
    return 0


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
