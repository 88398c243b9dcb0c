"""`wortlaut import ARCHIVE`: a slice of an extraction archive (`wortlaut extract --out-dir`,
partitioned by month) into the database, by date range, actor and topic."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from . import exit_codes

BATCH = 500  # articles per store commit
LOCK_WAIT = 30.0  # seconds a commit waits for another Wortlaut process's write, then exit 4 (LOCKED)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("archive", type=Path, help="folder written by `wortlaut extract --out-dir`")
    parser.add_argument("--from", dest="date_from", help="from date (2022-02-15 or 15.02.2022)")
    parser.add_argument("--to", dest="date_to", help="to date")
    parser.add_argument("--actor", action="append", default=[],
                        help="only statements of speakers whose name contains this (repeatable)")
    parser.add_argument("--topic", action="append", default=[], help="only statements on this topic (repeatable)")


def in_slice(st: dict, published: str | None, args: argparse.Namespace) -> bool:
    date = st.get("date") or published or ""
    if args.date_from and (not date or date < args.date_from):
        return False
    if args.date_to and (not date or date[:len(args.date_to)] > args.date_to):
        return False
    name = (st.get("speaker") or "").casefold()
    if args.actor and not any(a.casefold() in name for a in args.actor):
        return False
    return not args.topic or any(t in (st.get("topics") or []) for t in args.topic)


def run_import(args: argparse.Namespace, db: Path) -> int:
    from extract.archive import extraction_from_record, read_archive
    from extract.dates import DateError, parse_user_date
    from store import Store, StoreError

    if not args.archive.exists():
        print(f"wortlaut import: {args.archive}: no such folder", file=sys.stderr)
        return exit_codes.MISSING
    if not (args.archive / "_chunks").is_dir():
        print(f"wortlaut import: {args.archive} is not an archive of `wortlaut extract --out-dir`", file=sys.stderr)
        return exit_codes.USAGE
    try:
        args.date_from = parse_user_date(args.date_from) if args.date_from else None
        args.date_to = parse_user_date(args.date_to) if args.date_to else None
    except DateError as err:
        print(f"wortlaut import: {err}", file=sys.stderr)
        return exit_codes.USAGE
    try:
        store = Store(db, lock_timeout=LOCK_WAIT, on_lock_wait=lambda msg: print(f"wortlaut import: {msg} …", file=sys.stderr, flush=True))
    except StoreError as err:
        print(exit_codes.said_by("import", err), file=sys.stderr)
        return exit_codes.for_store_error(err)
    articles = statements = 0
    batch = []
    skipped: list[str] = []

    def skip(path: Path, line: int, why: str) -> None:  # one line each; the rest of the archive goes on
        skipped.append(f"wortlaut import: {path}:{line}: skipped: {why}")
        print(skipped[-1], file=sys.stderr)

    try:
        for record, text in read_archive(args.archive, month_filter(args.date_from, args.date_to), on_bad=skip):
            kept = [s for s in record.get("statements", []) if in_slice(s, record.get("published"), args)]
            if not kept:
                continue
            batch.append(extraction_from_record({**record, "statements": kept}, text))
            if len(batch) >= BATCH:
                articles, statements = _add(store, batch, articles, statements)
                batch = []
        articles, statements = _add(store, batch, articles, statements)
    except StoreError as err:  # (the batches before it are in the database: said below)
        print(exit_codes.said_by("import", err), file=sys.stderr)
        code = exit_codes.for_store_error(err)
    except (OSError, ValueError) as err:
        print(f"wortlaut import: cannot read the archive: {exit_codes.one_line(err)}", file=sys.stderr)
        code = exit_codes.REFUSED
    except KeyboardInterrupt:  # (every batch before it is committed: said, then the CLI's own line)
        print(f"wortlaut import: interrupted after importing {articles:,} new articles with {statements:,} "
              f"statements into {db}; run it again to add the rest", file=sys.stderr)
        raise
    else:
        code = exit_codes.REFUSED if skipped else exit_codes.OK
    finally:
        store.close()
    print(f"imported {articles:,} new articles with {statements:,} statements into {db}", file=sys.stderr)
    return code


def month_filter(date_from: str | None, date_to: str | None) -> Callable[[str], bool]:
    """Which month folders of the archive to read: those outside the range are not read at all."""
    lo, hi = (date_from or "")[:7], (date_to or "")[:7]

    def wanted(m: str) -> bool:
        if m == "undated":
            return not (lo or hi)
        return (not lo or m >= lo) and (not hi or m <= hi)

    return wanted


def _add(store, batch: list, articles: int, statements: int) -> tuple[int, int]:
    for r in store.add_many(batch):
        if r.new:
            articles += 1
            statements += r.statements
    return articles, statements
