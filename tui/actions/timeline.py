"""The Timeline view: the statements table (one window of rows at a time), its detail pane,
its status line and the search field."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store import Filter

from ..widgets.detail import DetailPane
from ..widgets.timeline import TimelineTable


class TimelineActions:
    """Mixin of WortlautApp: what the Timeline view does."""

    def refresh_timeline(self, position: int | None = None) -> None:
        table = self.timeline
        if position is None:
            position = table.position
        filt = self.filt
        total = self.store.count(filt)
        table.show(total, lambda offset, limit: self.store.statements(filt, offset, limit), self.actor_name, position)
        self.update_filter_bar()
        # in this screen update too: through the table's events each came a frame later
        self.show_detail(table.current_id if total else None)
        self.show_window_status(table)

    def show_detail(self, statement_id: str | None) -> None:
        self.detail_id = statement_id  # the table's highlight event for it then changes nothing
        # the window's own statement: a lookup in the store costs a pass over all ids
        s = self.timeline.loaded.get(statement_id) if statement_id else None
        if s is None and statement_id:
            s = self.store.statement(statement_id)
        actor = self.store.actor(s.speaker) if (s and s.speaker) else None
        article = self.store.article_header(s.article_id) if s else None
        self.query_one(DetailPane).show(s, actor, article)

    def show_window_status(self, t: TimelineTable) -> None:
        """The line under the table: where the cursor is, or why the table is empty."""
        status = self.query_one_optional("#timeline-status", Static)
        if status is None:  # the app is shutting down
            return
        if not t.total:
            hint = "No statements yet: press a to add an article." if not self.store.count(Filter()) else \
                "No statement matches the filters: esc clears the last one, c clears all."
            line = (hint, "bold yellow")
        else:
            line = (f"statement {t.position + 1:,} of {t.total:,}  ·  PgUp/PgDn page  ·  g/G first/last", "")
        if line != self.status_line:  # unchanged (the table's event after a filter change): no repaint
            self.status_line = line
            status.update(Text(*line), layout=False)  # one line high: no new layout

    # --- the search field (a text filter, applied after a short pause in typing) -------------
    def search_changed(self, value: str) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(0.25, lambda: self._apply_search(value))

    def _apply_search(self, value: str) -> None:
        if value.strip() != self.filt.text:
            self.set_filter("text", value.strip(), sync_input=False)

    def search_submitted(self, value: str) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._apply_search(value)
        self.timeline.focus()
