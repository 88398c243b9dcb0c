"""The Changes view: where an actor's stance on a topic moved (computed in a worker)."""
from __future__ import annotations

from textual import work
from textual.worker import get_current_worker

from extract.model import PositionChange
from store import Filter

from ..widgets.views import ChangesView

MAX_CHANGES = 1000  # rows in the Changes table (newest first); the status line gives the total


class ChangesActions:
    """Mixin of WortlautApp: what the Changes view does."""

    def find_changes(self, filt: Filter) -> list[PositionChange] | None:
        """store.changes(filt), computed outside the store's lock (same rules: extract.positions)."""
        from extract.positions import find_changes

        statements = self.fetch_all(filt)
        return None if statements is None else find_changes(statements)

    @work(thread=True, exclusive=True, group="changes", exit_on_error=False, name="changes")
    def compute_changes(self, filt: Filter) -> None:
        changes = self.find_changes(filt)
        if changes is None:
            return
        changes.sort(key=lambda c: (c.after_date or "", c.before_date or ""), reverse=True)
        shown = changes[:MAX_CHANGES]
        quotes = {}
        for c in shown:
            s = self.store.statement(c.after)
            if s is not None:
                quotes[c.after] = s.quote_text
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._changes_ready, filt, shown, len(changes), quotes)

    def _changes_ready(self, filt: Filter, shown: list[PositionChange], total: int, quotes: dict[str, str]) -> None:
        if filt != self.filt:
            return  # the filters moved on; a newer worker is coming
        self.query_one(ChangesView).fill(shown, self.names(), quotes, self.filter_summary(short=True), total)
        self.show_change()

    def show_change(self) -> None:
        view = self.query_one(ChangesView)
        c = view.current()
        if c is None:
            return
        view.show_change(c, self.store.statement(c.before), self.store.statement(c.after), self.actor_name(c.actor))

    def change_selected(self) -> None:
        c = self.query_one(ChangesView).current()
        if c is not None:
            self.show_position_in_timeline(c.actor, c.topic)
