"""The batch interface benchmarks call: JSONL of texts in, JSONL of statements out (DESIGN.md)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Iterable, Iterator

from .pipeline import extract_article


def batch_record(line: dict) -> dict:
    ex = extract_article(str(line.get("text", "")), lang=line.get("lang"), published=line.get("date") or None)
    return {
        "id": line.get("id"),
        "lang": ex.article.lang,
        "published": ex.article.published,
        "statements": [
            {
                "quote": [list(s) for s in st.quote],
                "quote_text": st.quote_text,
                "kind": st.kind,
                "speaker": st.speaker_name or None,
                "speaker_mention": [list(s) for s in st.speaker_mention],
                "speaker_kind": st.speaker_kind or None,
                "cue": [list(s) for s in st.cue],
                "date": st.date,
                "date_source": st.date_source,
                "topics": st.topics,
                "stance": st.stance,
            }
            for st in ex.statements
        ],
    }


def read_jsonl(stream: IO[str]) -> Iterator[dict]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as err:
            raise SystemExit(f"line {n}: not JSON ({err.msg})") from None
        if not isinstance(rec, dict) or "text" not in rec:
            raise SystemExit(f"line {n}: expected an object with 'id' and 'text'")
        yield rec


def run(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(batch_record(rec), ensure_ascii=False) + "\n")
        n += 1
    return n


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jsonl", required=True, help="input JSONL: {id, text, date?, lang?} per line ('-' = stdin)")
    parser.add_argument("--out", help="output JSONL (default: stdout)")
    # large inputs: an archive partitioned by month, on local processes or Dask (archive.py)
    parser.add_argument("--out-dir", help="write an archive partitioned by month here (--jsonl may be a folder)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="archive file format")
    parser.add_argument("--jobs", type=int, default=1, help="archive: local worker processes")
    parser.add_argument("--dask", action="store_true", help="archive: run on a local Dask cluster")
    parser.add_argument("--scheduler", help="archive: address of a Dask scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, help="--dask: workers of the local cluster")


def main_from_args(args: argparse.Namespace) -> int:
    if getattr(args, "out_dir", None) or getattr(args, "dask", False) or getattr(args, "scheduler", None):
        if not args.out_dir:
            print("wortlaut extract: --dask/--scheduler write an archive: give --out-dir", file=sys.stderr)
            return 2
        from .archive import main_archive

        return main_archive(args)
    try:
        src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
    except OSError as err:
        print(f"wortlaut extract: cannot read {args.jsonl}: {err.strerror}", file=sys.stderr)
        return 2
    with src:
        if args.out:
            with open(args.out, "w", encoding="utf-8") as out:
                run(read_jsonl(src), out)
        else:
            run(read_jsonl(src), sys.stdout)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract", description=__doc__)
    add_arguments(parser)
    return main_from_args(parser.parse_args(argv))
