"""The Changes view: where an actor's stance on a topic moved (computed in a worker)."""
from __future__ import annotations

from textual import work
from textual.worker import get_current_worker

from extract.model import PositionChange
from store import Filter, aggregates

from ..widgets.views import ChangesView

MAX_CHANGES = 1000  # rows in the Changes table (newest first); the status line gives the total


class ChangesActions:
    """Mixin of WortlautApp: what the Changes view does."""

    @work(thread=True, exclusive=True, group="changes", exit_on_error=False, name="changes")
    def compute_changes(self, filt: Filter) -> None:
        """The newest MAX_CHANGES changes and how many there are (store.aggregates: from the
        statements that carry a stance, one actor at a time; memory stays small at any size)."""
        worker = get_current_worker()
        summary = aggregates.change_summary(self.store, filt, MAX_CHANGES, lambda: worker.is_cancelled)
        if summary is None:
            return
        found = aggregates.statements_by_id(self.store, [c.after for c in summary.newest])
        quotes = {sid: s.quote_text for sid, s in found.items()}
        if not worker.is_cancelled:
            self.call_from_thread(self._changes_ready, filt, summary.newest, summary.total, quotes)

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
        before, after = self.store.statement(c.before), self.store.statement(c.after)
        articles = {s.id: self.store.article_header(s.article_id) for s in (before, after) if s is not None}
        view.show_change(c, before, after, self.actor_name(c.actor),
                         {sid: a.published if a else None for sid, a in articles.items()})

    def change_selected(self) -> None:
        c = self.query_one(ChangesView).current()
        if c is not None:
            self.show_position_in_timeline(c.actor, c.topic)
