"""The `wortlaut` command line (DESIGN.md): dashboard, demo, add, extract, export."""
from __future__ import annotations

import argparse
import os
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir

from store import StoreError, StoreWarning

from . import exit_codes
from .dashboard_check import MIN_COLUMNS, MIN_ROWS, dashboard_problem


def default_db_path() -> Path:
    return Path(user_data_dir("wortlaut")) / "wortlaut.json"


def paths_help() -> str:
    from extract.actors import aliases_path

    return f"Database: {default_db_path()}\nUser aliases file (variant name -> one actor): {aliases_path()}"


def add_global_options(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    """The options every command takes, before or after the command's name.

    After the name their default is SUPPRESS, so that `wortlaut --db x add …` keeps the value
    given before the name when none is given after it."""
    group = parser.add_argument_group("global options (before or after the command)")
    group.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS if in_subcommand else None,
                       help=f"database file (default: {default_db_path()})")
    group.add_argument("--version", action="version", version=f"wortlaut {_version()}")


class CommandParser(argparse.ArgumentParser):
    """The parser of every subcommand: it has the global options without having to ask, so a
    command added later (`sub.add_parser(...)`) accepts and shows them too."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        add_global_options(self, in_subcommand=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wortlaut",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Who said what, when, and did they change their position.\n"
        "Without a command: open the dashboard on the database.",
        epilog=paths_help() + "\n\n" + exit_codes.epilog(),
    )
    add_global_options(parser, in_subcommand=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    sub.add_parser("demo", help="open the dashboard on a fresh copy of the bundled demo corpus",
                   description="Open the dashboard on a fresh temporary copy of the bundled demo corpus "
                   "(fictional articles); nothing of it is kept. Needs a terminal of at least "
                   f"{MIN_COLUMNS}×{MIN_ROWS}.")

    add = sub.add_parser("add", help="add articles: files, folders or - for stdin")
    from .add_command import add_arguments as add_add_arguments

    add_add_arguments(add)

    ext = sub.add_parser("extract", help="batch extraction, JSONL in and out, no database")
    from extract.batch import add_arguments as extract_arguments

    extract_arguments(ext)

    from .import_command import add_arguments as import_arguments

    import_arguments(sub.add_parser("import", help="a slice of an extraction archive into the database",
                                    description="Bring a slice of an extraction archive (wortlaut extract "
                                    "--out-dir) into the database: by date range, actor, topic."))

    exp = sub.add_parser("export", help="export statements, actors and changes",
                         description="Export the (filtered) timeline: JSON (articles, actors, statements, "
                         "changes), CSV (one row per statement) or GraphML (actor-topic network).")
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


@contextmanager
def store_warnings_on_one_line():
    """A StoreWarning (part of the database read another way, nothing lost) is one line on stderr,
    "wortlaut: warning: …", like every failure; not Python's two lines with a source location."""
    shown_before = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, StoreWarning):
            print(f"wortlaut: warning: {exit_codes.one_line(message)}", file=sys.stderr)
        else:
            shown_before(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    try:
        yield
    finally:
        if warnings.showwarning is show:
            warnings.showwarning = shown_before


def main(argv: list[str] | None = None) -> int:
    try:
        with store_warnings_on_one_line():
            return run(build_parser().parse_args(argv))
    except KeyboardInterrupt:
        print("wortlaut: interrupted", file=sys.stderr)
        return exit_codes.INTERRUPTED
    except StoreError as err:  # a database failure that reached here (e.g. while the dashboard ran)
        print(f"wortlaut: {exit_codes.one_line(err)}", file=sys.stderr)
        return exit_codes.for_store_error(err)


def run(args: argparse.Namespace) -> int:
    db = args.db or default_db_path()
    from extract.actors import AliasesError, load_aliases

    try:  # a broken aliases file is named once, here, rather than failing every article
        load_aliases()
    except AliasesError as err:
        print(f"wortlaut: {err}", file=sys.stderr)
        return exit_codes.USAGE
    if args.command == "extract":
        from extract.batch import main_from_args

        return main_from_args(args)
    if args.command == "add":
        from .add_command import run_add

        code = run_add(args, db)
        missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
        return exit_codes.MISSING if missing and code == exit_codes.REFUSED else code
    if args.command == "import":
        from .import_command import run_import

        return run_import(args, db)
    if args.command == "export":
        from .export_command import run_export

        return run_export(args, db)
    problem = dashboard_problem()
    if problem:  # before the demo corpus is built: that takes a while
        code, message = problem
        print(f"wortlaut: {message}", file=sys.stderr)
        return code
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
    from .app import WortlautApp

    try:
        app = WortlautApp(db)
    except StoreError as err:
        print(f"wortlaut: {exit_codes.one_line(err)}", file=sys.stderr)
        return exit_codes.for_store_error(err)
    app.run()
    return exit_codes.OK


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wortlaut")
    except PackageNotFoundError:
        return "(not installed)"


if __name__ == "__main__":
    sys.exit(main())
