"""The `wortlaut` command line (DESIGN.md): dashboard, demo, add, extract, export."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from platformdirs import user_data_dir


def default_db_path() -> Path:
    return Path(user_data_dir("wortlaut")) / "wortlaut.json"


def aliases_help() -> str:
    from extract.actors import aliases_path

    return f"User aliases file (variant name -> one actor): {aliases_path()}. Database: {default_db_path()}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wortlaut",
        description="Who said what, when, and did they change their position. "
        "Without a command: open the dashboard on the database.",
        epilog=aliases_help(),
    )
    parser.add_argument("--db", type=Path, default=None, help=f"database file (default: {default_db_path()})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help="open the dashboard on a fresh copy of the bundled demo corpus")

    add = sub.add_parser("add", help="add articles: files, folders or - for stdin")
    from .add_command import add_arguments as add_add_arguments

    add_add_arguments(add)

    ext = sub.add_parser("extract", help="batch extraction, JSONL in and out, no database")
    from extract.batch import add_arguments as extract_arguments

    extract_arguments(ext)

    from .import_command import add_arguments as import_arguments

    import_arguments(sub.add_parser("import", help="a slice of an extraction archive into the database"))

    exp = sub.add_parser("export", help="export statements, actors and changes")
    exp.add_argument("--format", choices=("csv", "json", "graphml"), default="json")
    exp.add_argument("-o", "--output", help="output file (default: stdout; required for graphml)")
    exp.add_argument("--actor", action="append", default=[], help="actor name or id (repeatable)")
    exp.add_argument("--from", dest="date_from", help="from date (2022-02-15 or 15.02.2022)")
    exp.add_argument("--to", dest="date_to", help="to date")
    exp.add_argument("--topic", action="append", default=[])
    exp.add_argument("--kind", action="append", default=[])
    exp.add_argument("--text", default="")
    exp.add_argument("--key-terms", action="store_true",
                     help="graphml: also key-term topics (#…) of statements outside the topic file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = args.db or default_db_path()
    from extract.actors import AliasesError, load_aliases

    try:  # a broken aliases file is named once, here, rather than failing every article
        load_aliases()
    except AliasesError as err:
        print(f"wortlaut: {err}", file=sys.stderr)
        return 2
    if args.command == "extract":
        from extract.batch import main_from_args

        return main_from_args(args)
    if args.command == "add":
        from .add_command import run_add

        return run_add(args, db)
    if args.command == "import":
        from .import_command import run_import

        return run_import(args, db)
    if args.command == "export":
        from .export_command import run_export

        return run_export(args, db)
    if args.command == "demo":
        import shutil

        from .demo_corpus import demo_db

        print("Preparing the demo corpus…", file=sys.stderr)
        db = demo_db()
        try:
            return open_dashboard(db)
        finally:  # the demo copy is throw-away: nothing of it outlives the session
            shutil.rmtree(db.parent, ignore_errors=True)
    return open_dashboard(db)


def open_dashboard(db: Path) -> int:
    from store import StoreError

    from .app import WortlautApp

    try:
        app = WortlautApp(db)
    except StoreError as err:
        print(f"wortlaut: {err}", file=sys.stderr)
        return 1
    app.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
