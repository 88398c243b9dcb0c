"""`wortlaut export`: the (filtered) timeline as CSV, JSON or GraphML."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from . import exit_codes
from .terminal import TerminalStream, printable


def build_filter(store, args):
    """A store Filter from the command-line options; actor names are matched case-insensitively."""
    from extract.dates import DateError, parse_user_date
    from store import Filter

    actor_ids = []
    by_name = {a.name.casefold(): a.id for a, _ in store.actors()}
    for value in args.actor:
        if store.actor(value):
            actor_ids.append(value)
        elif value.casefold() in by_name:
            actor_ids.append(by_name[value.casefold()])
        else:
            raise ValueError(f"no actor named {value!r}")
    try:
        date_from = parse_user_date(args.date_from) if args.date_from else None
        date_to = parse_user_date(args.date_to) if args.date_to else None
    except DateError as err:
        raise ValueError(str(err)) from None
    return Filter(actors=tuple(actor_ids), date_from=date_from, date_to=date_to, topics=tuple(args.topic),
                  kinds=tuple(args.kind), text=args.text)


def run_export(args, db: Path) -> int:
    from store import Store, StoreError
    from store.export import export_csv, export_json, write_export

    if not Path(db).exists():
        print(f"wortlaut export: no database at {db}; add articles first (wortlaut add FILE) "
              "or name another database with --db PATH", file=sys.stderr)
        return exit_codes.MISSING
    try:
        store = Store(db)
    except StoreError as err:
        print(f"wortlaut export: {exit_codes.one_line(err)}", file=sys.stderr)
        return exit_codes.for_store_error(err)
    try:
        filt = build_filter(store, args)
    except ValueError as err:
        print(f"wortlaut export: {err}", file=sys.stderr)
        return 2
    if args.output:
        try:
            write_export(store, filt, args.format, args.output, key_terms=args.key_terms)
        except OSError as err:
            print(printable(f"wortlaut export: cannot write {args.output}: {err.strerror or err}"), file=sys.stderr)
            return 1
    elif args.format == "graphml":
        print("wortlaut export: --format graphml needs -o FILE", file=sys.stderr)
        return 2
    else:  # on a terminal, quotes and titles cannot send it control sequences
        out = TerminalStream(sys.stdout) if sys.stdout.isatty() else sys.stdout
        if args.format == "json":
            json.dump(export_json(store, filt), out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:
            export_csv(store, filt, out)
    return 0
