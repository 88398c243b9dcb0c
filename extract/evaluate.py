"""Score the extractor against a gold file in the shared format.

    python -m extract.evaluate GOLD.jsonl [--out PRED.jsonl] [--lang de] [--scorer PATH]

Runs the batch path (extract.batch.batch_record: the whole extract_article, dates and actors
included) over every gold article, writes the predictions, runs the shared scorer
(../shared/bench/score_quotes.py next to the project, or --scorer PATH) and prints its numbers,
recall by gold type and tokens per second. Language-agnostic: the gold "lang" field or --lang
decides which rules run.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = PROJECT.parent / "shared" / "bench" / "score_quotes.py"


def find_scorer(given: str | None) -> Path | None:
    candidates = [Path(given)] if given else [DEFAULT_SCORER, Path.cwd().parent / "shared" / "bench" / "score_quotes.py"]
    for path in candidates:
        if path.is_file():
            return path
    return None


def predict(gold_path: str, out_path: str, lang: str | None) -> tuple[int, int, float]:
    """Writes one prediction line per gold article; returns (articles, tokens, seconds).
    The time covers importing the extractor (start-up) and the whole batch."""
    start = time.perf_counter()
    from .batch import batch_record  # start-up is part of the measured time

    n = tokens = 0
    with open(gold_path, encoding="utf-8") as src, open(out_path, "w", encoding="utf-8") as out:
        for raw in src:
            if not raw.strip():
                continue
            gold = json.loads(raw)
            rec = {"id": gold.get("id"), "text": gold.get("text", ""), "date": gold.get("date"),
                   "lang": lang or gold.get("lang")}
            out.write(json.dumps(batch_record(rec), ensure_ascii=False) + "\n")
            n += 1
            tokens += len(rec["text"].split())
    return n, tokens, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", help="gold JSONL: {id, text, date, annotations} per line")
    parser.add_argument("--out", help="where to write the predictions (default: a temporary file)")
    parser.add_argument("--lang", help="force the language (de | en); default: the gold 'lang' or detection")
    parser.add_argument("--scorer", help="path to score_quotes.py (default: ../shared/bench/score_quotes.py)")
    args = parser.parse_args(argv)

    if not os.path.isfile(args.gold):
        print(f"extract.evaluate: no such gold file: {args.gold}", file=sys.stderr)
        return 2
    scorer = find_scorer(args.scorer)
    if scorer is None:
        where = args.scorer or DEFAULT_SCORER
        print(f"extract.evaluate: scorer not found at {where}; pass --scorer PATH to score_quotes.py",
              file=sys.stderr)
        return 2
    out_path = args.out or os.path.join(tempfile.mkdtemp(prefix="wortlaut-eval-"), "pred.jsonl")
    n, tokens, seconds = predict(args.gold, out_path, args.lang)
    proc = subprocess.run([sys.executable, str(scorer), args.gold, out_path, "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stdout + proc.stderr, file=sys.stderr)
        return proc.returncode or 1
    body = proc.stdout[: proc.stdout.rfind("joint_f1=")] if "joint_f1=" in proc.stdout else proc.stdout
    result = json.loads(body)
    for key, value in result.items():
        if key != "joint_recall_by_type":
            print(f"{key}: {value}")
    print("joint recall by type:")
    for kind, value in result.get("joint_recall_by_type", {}).items():
        print(f"  {kind:22s} {value:.3f}")
    print(f"predictions: {out_path}")
    print(f"speed: {n} articles, {tokens} tokens in {seconds:.2f} s (start-up included) = "
          f"{tokens / max(seconds, 1e-9):,.0f} tokens/s")
    print(f"joint_f1={result['joint_f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
