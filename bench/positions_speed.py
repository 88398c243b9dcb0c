"""CPU time of extraction (positions included) for two checkouts, A/B in fresh processes.

    python bench/positions_speed.py [--other /work/main] [--lang de] [--runs 3] [INPUT.jsonl]

Each run extracts every text of INPUT (default: the shared German dev set) with
extract.pipeline.extract_article and prints the CPU time (time.process_time) of the loop, after
one warm-up text, for this checkout and the other one, alternating. The machine is shared:
compare the two columns of one run, not numbers across runs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "bench" / "de-wikinews-quotes" / "dev.jsonl"

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from extract.pipeline import extract_article
texts = [json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
extract_article(texts[0], lang=sys.argv[3])
start = time.process_time()
n = 0
for t in texts:
    n += len(extract_article(t, lang=sys.argv[3]).statements)
print(json.dumps({"cpu": time.process_time() - start, "statements": n}))
"""


def run(repo: Path, path: Path, lang: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(repo), str(path), lang], capture_output=True, text=True,
                         check=True, cwd=repo)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=DEV)
    ap.add_argument("--other", type=Path, default=Path("/work/main"))
    ap.add_argument("--lang", default="de")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"{'run':>3}  {'this (s)':>9}  {'other (s)':>9}  statements this/other")
    for i in range(args.runs):
        a = run(ROOT, args.input, args.lang)
        b = run(args.other, args.input, args.lang)
        print(f"{i + 1:>3}  {a['cpu']:>9.2f}  {b['cpu']:>9.2f}  {a['statements']}/{b['statements']}")


if __name__ == "__main__":
    main()
