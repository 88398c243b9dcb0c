"""Can the dashboard run here? Checked before the app starts, so that a pipe, a cron job or a
tiny window gets one line and an exit code instead of a garbled screen or a traceback."""
from __future__ import annotations

import os
import sys

from . import exit_codes

# Below 130 columns the timeline view puts the detail pane (12 rows) under the table, beside the
# 26-column actor list: at 80×24 the table keeps 54 columns and a few rows after the header,
# tabs, search, filter and status lines and the footer. Smaller, it has next to nothing.
MIN_COLUMNS = 80
MIN_ROWS = 24


def dashboard_problem(stdin=None, stdout=None, size: tuple[int, int] | None = None) -> tuple[int, str] | None:
    """(exit code, message) when the dashboard cannot run in this terminal, else None."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if not (_isatty(stdin) and _isatty(stdout)):
        return exit_codes.NO_TERMINAL, (
            "the dashboard needs a terminal, and standard input or output is not one (a pipe, a file, "
            "a script); run it in a terminal window, or use `wortlaut add` and `wortlaut export` in scripts")
    if size is None:
        try:
            size = tuple(os.get_terminal_size(stdout.fileno()))  # type: ignore[assignment]
        except (OSError, ValueError, AttributeError):
            return None  # size unknown: let Textual try
    columns, rows = size
    if columns < MIN_COLUMNS or rows < MIN_ROWS:
        return exit_codes.TOO_SMALL, (
            f"the terminal is {columns}×{rows}, the dashboard needs at least {MIN_COLUMNS}×{MIN_ROWS}; "
            "enlarge the window (or make the font smaller) and try again")
    return None


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
