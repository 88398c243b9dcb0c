"""The batch interface benchmarks call: JSONL of texts in, JSONL of statements out (DESIGN.md).

Input lines use the names the rest of the tool uses (`wortlaut add --published --source --lang`):
{"id", "text", "published" (or "date"), "lang", "source", "title", "url"}. A line that cannot be
extracted (not JSON, no text, a bad date) is reported by its number and skipped; the batch goes
on and the exit code is 1 at the end. A key the batch does not know is reported once.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from typing import IO, Iterable

from .pipeline import extract_article

KEYS = ("id", "text", "published", "date", "lang", "source", "title", "url")
# the exit codes of `wortlaut` (tui/exit_codes.py) that a batch can end with
EXIT_LINES_FAILED = 1
EXIT_MISSING = 3
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}")  # "2022-02-15T10:30:00Z": the day


class LineError(ValueError):
    """A batch line that cannot be extracted; the message says why, in a few words."""


def batch_record(line: dict) -> dict:
    ex = extract_article(str(line.get("text", "")), **article_options(line))
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


def article_options(line: dict) -> dict:
    """extract_article's keyword arguments from a batch line. Raises LineError on a bad date."""
    opts: dict = {"lang": line.get("lang"), "published": published_of(line)}
    for key in ("title", "source"):
        if line.get(key):
            opts[key] = str(line[key])
    if line.get("url"):
        opts["origin"] = str(line["url"])
    return opts


def published_of(line: dict) -> str | None:
    """The line's publication date as ISO: "published" or "date" (the same thing; when both are
    given they must agree), None when neither is."""
    from .dates import DateError, parse_user_date

    found: dict[str, str] = {}
    for key in ("published", "date"):
        value = line.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise LineError(f"'{key}' is not a date: {json.dumps(value)}")
        m = _DATETIME.match(value.strip())
        try:
            found[key] = parse_user_date(m.group(1) if m else value)
        except DateError as err:
            raise LineError(f"'{key}': {err}") from None
    if len(set(found.values())) > 1:
        raise LineError(f"'published' ({line['published']}) and 'date' ({line['date']}) differ: give one")
    return next(iter(found.values()), None)


def parse_line(raw: str) -> dict:
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as err:
        raise LineError(f"not JSON ({err.msg})") from None
    if not isinstance(rec, dict):
        raise LineError("not a JSON object like {\"id\": …, \"text\": …}")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LineError("no 'text'" if text is None else "'text' is empty or not a string")
    return rec


@dataclass
class BatchReport:
    written: int = 0
    failed: list[int] = field(default_factory=list)  # line numbers
    unknown_keys: set[str] = field(default_factory=set)


def run(lines: Iterable[str], out: IO[str], err: IO[str] | None = None, prog: str = "wortlaut extract") -> BatchReport:
    """Extract every line of ``lines`` to ``out``; report bad lines and unknown keys on ``err``."""
    err = err or sys.stderr
    report = BatchReport()
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            rec = parse_line(raw)
            for key in rec.keys() - set(KEYS) - report.unknown_keys:
                report.unknown_keys.add(key)
                print(f"{prog}: line {n}: unknown key '{key}' ignored (here and on later lines); "
                      f"known keys: {', '.join(KEYS)}", file=err)
            record = batch_record(rec)
        except LineError as e:
            report.failed.append(n)
            print(f"{prog}: line {n}: {e}; skipped", file=err)
            continue
        except Exception as e:  # a fault in extraction: this line is lost, the batch is not
            report.failed.append(n)
            what = f"{type(e).__name__}: {e}".splitlines()[0]
            print(f"{prog}: line {n}: extraction failed ({what}); skipped", file=err)
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        report.written += 1
    if report.failed:
        shown = ", ".join(map(str, report.failed[:20])) + (" …" if len(report.failed) > 20 else "")
        print(f"{prog}: {len(report.failed)} line{'' if len(report.failed) == 1 else 's'} failed ({shown}); "
              f"{report.written} written", file=err)
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Batch extraction without a database: one JSON object per input line, {\"id\", \"text\", "
        "\"published\" (or \"date\"), \"lang\", \"source\", \"title\", \"url\"} (all but text optional), "
        "one line of statements per article out (DESIGN.md). A line that is not JSON, has no text or "
        "a bad date is reported by its number on stderr and skipped; the rest goes on. An unknown "
        f"key is reported once. Exit code: 0 all lines written, {EXIT_LINES_FAILED} some lines failed, "
        f"{EXIT_MISSING} the input file does not exist."
    )
    parser.add_argument("--jsonl", required=True, metavar="IN",
                        help="input JSONL, one article per line ('-' = stdin)")
    parser.add_argument("--out", metavar="OUT", help="output JSONL (default: stdout)")
    # large inputs: an archive partitioned by month, on local processes or Dask (archive.py)
    parser.add_argument("--out-dir", help="write an archive partitioned by month here (--jsonl may be a folder)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl", help="archive file format")
    parser.add_argument("--jobs", type=int, default=1, help="archive: local worker processes")
    parser.add_argument("--dask", action="store_true", help="archive: run on a local Dask cluster")
    parser.add_argument("--scheduler", help="archive: address of a Dask scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, help="--dask: workers of the local cluster")


def main_from_args(args: argparse.Namespace, prog: str = "wortlaut extract") -> int:
    if getattr(args, "out_dir", None) or getattr(args, "dask", False) or getattr(args, "scheduler", None):
        if not args.out_dir:
            print(f"{prog}: --dask/--scheduler write an archive: give --out-dir", file=sys.stderr)
            return 2
        from .archive import main_archive

        return main_archive(args)
    try:
        src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
    except FileNotFoundError:
        print(f"{prog}: no such file: {args.jsonl}; check the path", file=sys.stderr)
        return EXIT_MISSING
    except OSError as err:
        print(f"{prog}: cannot read {args.jsonl}: {err.strerror}", file=sys.stderr)
        return EXIT_LINES_FAILED
    with src:
        if args.out:
            try:
                out = open(args.out, "w", encoding="utf-8")
            except OSError as err:
                print(f"{prog}: cannot write {args.out}: {err.strerror}", file=sys.stderr)
                return EXIT_LINES_FAILED
            with out:
                report = run(src, out, prog=prog)
        else:
            report = run(src, sys.stdout, prog=prog)
    return EXIT_LINES_FAILED if report.failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract")
    add_arguments(parser)
    return main_from_args(parser.parse_args(argv), prog=parser.prog)
