"""Is the extraction output byte-identical to a reference? For refactorings that must not move
behaviour (issue 19): run the batch extractor (`python -m extract --jsonl`) of any checkout over
fixed input sets, save its output, and compare it with the output saved from another checkout.

    python bench/identical.py --save DIR [--repo PATH]      # e.g. main's code, once
    python bench/identical.py --compare DIR [--repo PATH]   # this checkout against it

Input sets (read from THIS checkout and the shared folder beside it, so both runs see the same
input whatever --repo points at):
  de-dev, de-train   German Wikinews gold, ../shared/bench/de-wikinews-quotes/{dev,train}.jsonl
  en-dev, en-train   English PolNeAR, ../shared/bench/en-polnear/{dev,train}.jsonl
  en-wire            tests/data/en_wire*.jsonl
  demo               tui/demo/*.txt, published date from the file name
Each line is given to the extractor as {id, text, date} only (the language is detected, as for
a pasted text). The code that runs is --repo's (default: this checkout), in a subprocess with
PYTHONPATH=--repo and cwd=--repo. Per set it prints records, statements, whether the output is
identical, and the first differing record. Exit status 1 when any set differs or is missing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")


def jsonl_records(*paths: Path) -> list[dict]:
    out = []
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                rec = json.loads(raw)
                out.append({"id": rec.get("id"), "text": rec["text"], "date": rec.get("date")})
    return out


def demo_records() -> list[dict]:
    out = []
    for path in sorted((ROOT / "tui" / "demo").glob("*.txt")):
        found = DATED_NAME.match(path.name)
        out.append({"id": path.name, "text": path.read_text(encoding="utf-8"), "date": found.group(1) if found else None})
    return out


def input_sets(shared: Path) -> dict[str, callable]:
    """name -> function returning that set's records (called only for the sets asked for)."""
    de, en = shared / "de-wikinews-quotes", shared / "en-polnear"
    return {
        "de-dev": lambda: jsonl_records(de / "dev.jsonl"),
        "de-train": lambda: jsonl_records(de / "train.jsonl"),
        "en-dev": lambda: jsonl_records(en / "dev.jsonl"),
        "en-train": lambda: jsonl_records(en / "train.jsonl"),
        "en-wire": lambda: jsonl_records(*sorted((ROOT / "tests" / "data").glob("en_wire*.jsonl"))),
        "demo": demo_records,
    }


def run_set(name: str, records: list[dict], repo: Path, python: str, out_dir: Path) -> dict:
    """Extract one set with --repo's code; write DIR/NAME.jsonl; return its manifest entry."""
    inputs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    in_path = out_dir / f"{name}.input.jsonl"
    in_path.write_text(inputs, encoding="utf-8")
    out_path = out_dir / f"{name}.jsonl"
    env = dict(os.environ, PYTHONPATH=str(repo), PYTHONHASHSEED="0")
    start_wall, start_cpu = time.perf_counter(), os.times()
    done = subprocess.run([python, "-m", "extract", "--jsonl", str(in_path), "--out", str(out_path)],
                          cwd=repo, env=env, capture_output=True, text=True)
    end_cpu = os.times()
    in_path.unlink()
    if done.returncode != 0:
        raise SystemExit(f"{name}: the extractor failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return {
        "records": len(records),
        "input_sha256": hashlib.sha256(inputs.encode("utf-8")).hexdigest(),
        "output_sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(),
        "seconds": round(time.perf_counter() - start_wall, 1),
        "cpu_seconds": round(end_cpu.children_user + end_cpu.children_system
                             - start_cpu.children_user - start_cpu.children_system, 1),
    }


def first_difference(ours: list[str], theirs: list[str]) -> str:
    """Where two outputs part: the first record (by line) and the first field that differs."""
    for n, (a, b) in enumerate(zip(ours, theirs), 1):
        if a == b:
            continue
        ra, rb = json.loads(a), json.loads(b)
        where = f"line {n} id={ra.get('id')!r}"
        for key in ("lang", "published"):
            if ra.get(key) != rb.get(key):
                return f"{where}: {key} {rb.get(key)!r} -> {ra.get(key)!r}"
        sa, sb = ra.get("statements", []), rb.get("statements", [])
        for i, (x, y) in enumerate(zip(sa, sb)):
            for key in sorted(set(x) | set(y)):
                if x.get(key) != y.get(key):
                    return f"{where}: statement {i} {key} {y.get(key)!r} -> {x.get(key)!r}"
        if len(sa) != len(sb):
            return f"{where}: {len(sb)} statements -> {len(sa)}"
        return f"{where}: bytes differ"
    if len(ours) != len(theirs):
        return f"{len(theirs)} records in the reference -> {len(ours)}"
    return ""


def count_statements(lines: list[str]) -> int:
    return sum(len(json.loads(line)["statements"]) for line in lines)


def compare_set(name: str, ours: Path, reference: Path) -> bool:
    if not (reference / f"{name}.jsonl").exists():
        print(f"{name:9} no reference output in {reference}: identical no")
        return False
    a = (ours / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    b = (reference / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    same = a == b
    line = f"{name:9} records {len(a):4}  statements {count_statements(a):5} (reference {count_statements(b):5})  identical {'yes' if same else 'no'}"
    print(line if same else f"{line}\n          first difference: {first_difference(a, b)}")
    return same


def check_inputs(manifest: dict, reference: Path) -> None:
    """Warn when the reference was made from other input (then differences say nothing)."""
    ref_file = reference / "manifest.json"
    if not ref_file.exists():
        return
    ref = json.loads(ref_file.read_text(encoding="utf-8"))["sets"]
    for name, entry in manifest["sets"].items():
        if name in ref and ref[name]["input_sha256"] != entry["input_sha256"]:
            print(f"warning: {name}: the reference was made from different input", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", metavar="DIR", help="write the outputs to DIR (the reference)")
    mode.add_argument("--compare", metavar="DIR", help="extract into a temporary folder and compare with DIR")
    parser.add_argument("--repo", default=str(ROOT), help="checkout whose code runs (default: this one)")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run it with (default: this one)")
    parser.add_argument("--shared", default=str(SHARED), help="folder holding de-wikinews-quotes/ and en-polnear/")
    parser.add_argument("--sets", help="comma-separated subset of: de-dev,de-train,en-dev,en-train,en-wire,demo")
    parser.add_argument("--out", help="with --compare: keep this run's outputs in this folder")
    args = parser.parse_args(argv)

    sets = input_sets(Path(args.shared))
    names = args.sets.split(",") if args.sets else list(sets)
    unknown = [n for n in names if n not in sets]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    repo = Path(args.repo).resolve()
    if args.save:
        out_dir = Path(args.save)
    else:
        import tempfile
        out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="wortlaut-identical-"))
    out_dir.mkdir(parents=True, exist_ok=True)

    check_code_location(repo, args.python)
    manifest = {"repo": str(repo), "commit": git_commit(repo), "sets": {}}
    for name in names:
        entry = run_set(name, sets[name](), repo, args.python, out_dir)
        manifest["sets"][name] = entry
        print(f"{name:9} extracted {entry['records']} records in {entry['seconds']} s ({entry['cpu_seconds']} s CPU)", flush=True)
    manifest_path = out_dir / "manifest.json"
    if args.save and manifest_path.exists():  # a partial --sets run keeps the other sets' entries
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        manifest["sets"] = {**old.get("sets", {}), **manifest["sets"]}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if args.save:
        print(f"saved to {out_dir} (code of {repo} at {manifest['commit'] or 'unknown commit'})")
        return 0
    reference = Path(args.compare)
    check_inputs(manifest, reference)
    print(f"outputs in {out_dir}; comparing with {reference}")
    results = [compare_set(name, out_dir, reference) for name in names]
    print("all identical" if all(results) else "DIFFERENT")
    return 0 if all(results) else 1


def check_code_location(repo: Path, python: str) -> None:
    """Stop when the interpreter would import extract/ from elsewhere (an installed copy)."""
    env = dict(os.environ, PYTHONPATH=str(repo))
    done = subprocess.run([python, "-c", "import extract; print(extract.__file__)"], cwd=repo, env=env,
                          capture_output=True, text=True)
    found = Path(done.stdout.strip() or ".").resolve()
    if done.returncode != 0 or repo not in found.parents:
        raise SystemExit(f"{python} imports extract from {found}, not from {repo}: {done.stderr.strip()}")


def git_commit(repo: Path) -> str:
    done = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


if __name__ == "__main__":
    sys.exit(main())
