"""The timeline table: a window of at most ``PAGE`` rows over the store's filtered statements.

The store answers the filter and the slice (``store.statements(filt, offset, limit)``); the table
never holds more than one window, so 100,000 statements cost what 200 do. Moving the cursor past
either edge of the window loads the next window around the new position.
"""
from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from extract.model import Statement

from .common import KIND_LABEL, cursor_row_key, date_label, excerpt, list_keys


ACTOR_WIDTH = 22


class TimelineTable(DataTable):
    """Statements by statement date, windowed. ``position`` is the absolute row index."""

    PAGE = 120

    BINDINGS = list_keys("timeline", first="g,home", last="G,end")

    class WindowChanged(Message):
        """The window or the total changed (for the status line)."""

        def __init__(self, table: "TimelineTable") -> None:
            super().__init__()
            self.table = table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.start = 0
        self.total = 0
        self._fetch: Callable[[int, int], list[Statement]] | None = None
        self._name_of: Callable[[str | None], str] = lambda actor_id: actor_id or ""
        self.excerpt_width = 90
        self.loaded: dict[str, Statement] = {}  # the window's statements by id (the store's shared objects)

    def on_mount(self) -> None:
        self.add_column("Date", key="date", width=11)
        self.add_column("Actor", key="actor", width=ACTOR_WIDTH)
        self.add_column("Kind", key="kind", width=10)
        self.add_column("Statement", key="quote", width=self.excerpt_width)

    # --- loading ------------------------------------------------------------------------
    def show(
        self,
        total: int,
        fetch: Callable[[int, int], list[Statement]],
        name_of: Callable[[str | None], str],
        position: int = 0,
    ) -> None:
        """Show ``total`` rows got by ``fetch(offset, limit)``, cursor at absolute ``position``."""
        self.total = total
        self._fetch = fetch
        self._name_of = name_of
        position = max(0, min(position, total - 1)) if total else 0
        self._load_window(self._window_start(position), position)

    def _window_start(self, position: int) -> int:
        start = position - self.PAGE // 2
        return max(0, min(start, self.total - self.PAGE))

    def _load_window(self, offset: int, position: int) -> None:
        self.start = offset
        rows = self._fetch(offset, self.PAGE) if (self._fetch and self.total) else []
        self.loaded = {s.id: s for s in rows}
        self.clear()
        width = self.excerpt_width
        for s in rows:
            self.add_row(*self.cells(s, width), key=s.id)
        if rows:
            self.move_cursor(row=max(0, min(position - offset, len(rows) - 1)), animate=False)
        self.post_message(self.WindowChanged(self))

    def cells(self, s: Statement, width: int) -> tuple:
        name = self._name_of(s.speaker) if s.speaker else ""
        actor = Text(excerpt(name, ACTOR_WIDTH)) if name else Text("(no speaker)", style="dim italic")
        kind = Text(KIND_LABEL.get(s.kind, s.kind))
        if s.edited:
            kind.append(" ✎", style="bold yellow")
        date = Text(date_label(s.date, s.date_precision))
        if not s.date:
            date.stylize("dim italic")
        return date, actor, kind, excerpt(s.quote_text, width)

    def on_resize(self) -> None:
        # the statement column takes what the other columns leave (4 columns, padding 1 each side)
        width = max(30, self.size.width - 11 - ACTOR_WIDTH - 10 - 8 - 1)
        if width != self.excerpt_width:
            self.excerpt_width = width
            column = self.columns.get(ColumnKey("quote"))
            if column is not None:
                column.width = width
                self._require_update_dimensions = True
            if self.row_count:
                self._load_window(self.start, self.position)

    # --- position ---------------------------------------------------------------------
    @property
    def position(self) -> int:
        return self.start + self.cursor_row if self.row_count else 0

    @property
    def current_id(self) -> str | None:
        return cursor_row_key(self)

    def go_to(self, position: int) -> None:
        if not self.total:
            return
        position = max(0, min(position, self.total - 1))
        if self.start <= position < self.start + self.row_count:
            self.move_cursor(row=position - self.start, animate=False)
            self.post_message(self.WindowChanged(self))
        else:
            self._load_window(self._window_start(position), position)

    # --- movement across windows ---------------------------------------------------------
    def action_cursor_down(self) -> None:
        if self.row_count and self.cursor_row >= self.row_count - 1:
            self.go_to(self.position + 1)
        else:
            super().action_cursor_down()
            self.post_message(self.WindowChanged(self))

    def action_cursor_up(self) -> None:
        if self.row_count and self.cursor_row == 0 and self.start > 0:
            self.go_to(self.position - 1)
        else:
            super().action_cursor_up()
            self.post_message(self.WindowChanged(self))

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self.go_to(self.position + self._page())

    def action_page_up(self) -> None:
        self.go_to(self.position - self._page())

    def action_first(self) -> None:
        self.go_to(0)

    def action_last(self) -> None:
        self.go_to(self.total - 1)

    action_scroll_top = action_first
    action_scroll_bottom = action_last
