"""Extraction on a local Dask cluster (2 workers) beside 2 local processes (--jobs 2), same input:
the German Wikinews articles (train + dev) repeated to --articles (default 20,000) with ids made
unique. Prints articles/s for both, articles per hour per worker, and whether the two archives
hold the same records, byte for byte.

    python bench/distributed.py [--articles 20000] [--workers 2] [--gold ../shared/bench/de-wikinews-quotes]

Needs the [cluster] extra (dask[distributed], pyarrow). The gold files are read, never copied.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# run as a script, this file's folder would shadow the `distributed` package: use the project root
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from extract.archive import archive_lines, run_archive  # noqa: E402

HERE = _HERE


def articles(gold: Path, n: int) -> list[dict]:
    base = []
    for name in ("train.jsonl", "dev.jsonl"):
        with open(gold / name, encoding="utf-8") as f:
            base.extend({"id": r["id"], "date": r.get("date"), "title": r.get("title", ""), "text": r["text"]}
                        for r in map(json.loads, f) if r.get("text"))
    return [{**base[i % len(base)], "id": f"{base[i % len(base)]['id']}-{i // len(base)}"} for i in range(n)]


def timed_run(label: str, records: list[dict], out: Path, **kw) -> float:
    t = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 30 or done == total:
            last[0] = time.perf_counter()
            print(f"  {label}: {done}/{total} chunks, {time.perf_counter() - t:.0f} s", flush=True)

    run_archive(records, out, progress=progress, **kw)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--gold", type=Path, default=HERE.parent.parent / "shared/bench/de-wikinews-quotes")
    ap.add_argument("--keep", type=Path, help="write the archives here and keep them")
    args = ap.parse_args()
    records = articles(args.gold, args.articles)
    print(f"{len(records):,} articles ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}: "
          f"other processes slow the figures down)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="wortlaut-dist-"))
    try:
        t_dask = timed_run("dask", records, folder / "dask", dask=True, workers=args.workers)
        t_jobs = timed_run("jobs", records, folder / "jobs", jobs=args.workers)
        same = sorted(archive_lines(folder / "dask")) == sorted(archive_lines(folder / "jobs"))
        n = len(records)
        print(f"Dask LocalCluster, {args.workers} workers: {n / t_dask:8.1f} articles/s "
              f"({t_dask:.0f} s; {n / t_dask / args.workers * 3600:,.0f} articles per hour per worker)")
        print(f"--jobs {args.workers} (local processes):     {n / t_jobs:8.1f} articles/s ({t_jobs:.0f} s)")
        print(f"outputs identical: {'yes' if same else 'NO'}")
        return 0 if same else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
