"""The exit codes of `wortlaut`, one per failure a user can cause, and the one-line messages.

Every failure prints one line, "wortlaut: what happened; what to do", never a traceback. The
table below is also the epilog of `wortlaut --help` and, word for word, the table of README.md
"When something goes wrong" (tests/test_cli_errors.py holds the two together)."""
from __future__ import annotations

OK = 0
REFUSED = 1  # some input refused (file unreadable, batch line invalid) or output not written; the rest done
USAGE = 2  # the command line (or the aliases file) is wrong: argparse's own code
MISSING = 3  # a file or folder named on the command line (or the database for export) does not exist
LOCKED = 4  # the database is locked by another process
READ_ONLY = 5  # the database cannot be written here
TOO_NEW = 6  # the database was written by a newer Wortlaut
UNUSABLE = 7  # the database is not a readable Wortlaut database
NO_TERMINAL = 8  # the dashboard needs a terminal and has none
TOO_SMALL = 9  # the terminal is smaller than the dashboard needs
NOT_WRITTEN = 10  # a write failed (disk full, I/O error): the database is as it was before it
INTERRUPTED = 130  # Ctrl-C

TABLE = [
    (OK, "done"),
    (REFUSED, "some input was refused (one line each on stderr) or the output could not be written; the rest was done"),
    (USAGE, "wrong command line, or a broken aliases file"),
    (MISSING, "a file, folder or database named on the command line does not exist"),
    (LOCKED, "the database is locked by another Wortlaut process: try again when it has finished"),
    (READ_ONLY, "the database cannot be written here: make it writable, or use --db with a copy"),
    (TOO_NEW, "the database comes from a newer Wortlaut: update Wortlaut"),
    (UNUSABLE, "the file is not a readable Wortlaut database: move it away, or use --db"),
    (NO_TERMINAL, "the dashboard needs a terminal (standard input and output): run it in a terminal window"),
    (TOO_SMALL, "the terminal is smaller than the dashboard needs (80×24): enlarge the window"),
    (NOT_WRITTEN, "the database could not be written (disk full, I/O error); it is as it was before that write: "
                  "free space and run the command again"),
    (INTERRUPTED, "interrupted (Ctrl-C); what was added before stays"),
]


def epilog() -> str:
    return "exit codes:\n" + "\n".join(f"  {code:>3}  {what}" for code, what in TABLE)


def for_store_error(err: Exception) -> int:
    """The exit code of a StoreError (the store tells locked, read-only and too new apart)."""
    from store import DatabaseLocked, DatabaseNotWritten, DatabaseReadOnly, DatabaseTooNew

    if isinstance(err, DatabaseLocked):
        return LOCKED
    if isinstance(err, DatabaseReadOnly):
        return READ_ONLY
    if isinstance(err, DatabaseNotWritten):
        return NOT_WRITTEN
    if isinstance(err, DatabaseTooNew):
        return TOO_NEW
    return UNUSABLE


def one_line(err: Exception) -> str:
    """The error's message on one line (a path or an OS message may carry a newline)."""
    return " ".join(str(err).split())


def said_by(command: str, err: Exception) -> str:
    """The line a command prints for an error it stops on: "wortlaut add: <the message, on one
    line>" (the store's own words, which say what to do)."""
    return f"wortlaut {command}: {one_line(err)}"
