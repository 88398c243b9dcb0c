"""Extraction speed in tokens per second, start-up included, each run in a fresh process.

    python bench/extract_speed.py [INPUT.jsonl] [--lang de] [--repeat N]

INPUT lines carry a "text" (a gold file works). Default: the shared dev set when it is there,
else the bundled seed-like sample text repeated. Two numbers per run:
  full   extract.pipeline.extract_article (rules, actors, dates, positions): the issue's target
  rules  extract.german.analyse alone (the German language rules with the HanTa tagger)
Tokens are whitespace-separated words of the input texts.
"""
from __future__ import annotations

import argparse
import json
import resource
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
    from extract.german import analyse as run
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
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode (best is reported)")
    args = parser.parse_args(argv)
    path = Path(args.input) if args.input else DEV
    if not path.is_file():
        tmp = Path("/tmp/wortlaut-bench-input.jsonl")
        with tmp.open("w", encoding="utf-8") as out:
            for n in range(150):
                out.write(json.dumps({"id": n, "text": FALLBACK_TEXT * 8}, ensure_ascii=False) + "\n")
        path = tmp
        print(f"(no input given and {DEV} absent: using a generated sample)")
    for mode in ("full", "rules"):
        best = None
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
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            if best is None or wall < best[1]:
                best = (res, wall, cpu)
        res, wall, cpu = best
        # CPU time is the fairer number on a busy machine (wall time includes waiting for a core)
        print(f"{mode:5s}: {res['tokens']} tokens, process start included: {wall:.2f} s wall = "
              f"{res['tokens'] / wall:,.0f} tokens/s; {cpu:.2f} s CPU = {res['tokens'] / cpu:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
