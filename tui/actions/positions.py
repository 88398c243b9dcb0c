"""The Positions view: the actor × topic grid (computed in a worker) and one cell's statements."""
from __future__ import annotations

from dataclasses import replace

from textual import work
from textual.worker import get_current_worker

from store import Filter, aggregates

from ..widgets.views import PositionsView, grid_from
from .changes import MAX_CHANGES


class PositionsActions:
    """Mixin of WortlautApp: what the Positions view does."""

    @work(thread=True, exclusive=True, group="positions", exit_on_error=False, name="positions")
    def compute_positions(self, filt: Filter) -> None:
        """From the store's columns and the statements that carry a stance (store.aggregates):
        no Statement object per statement, so a million statements fit in memory."""
        worker = get_current_worker()
        counts, latest = aggregates.positions(self.store, filt)
        # the grid at once; where stances changed takes a pass over every stance in time order
        # (at 1M statements 10 s): its marks follow
        self.call_from_thread(self._positions_ready, filt, grid_from(counts, latest, None))
        changes = aggregates.change_summary(self.store, filt, MAX_CHANGES, lambda: worker.is_cancelled)
        if changes is not None:
            self.call_from_thread(self._positions_ready, filt, grid_from(counts, latest, changes.changed))

    def _positions_ready(self, filt: Filter, grid) -> None:
        if filt != self.filt:
            return
        view = self.query_one(PositionsView)
        view.fill(grid, self.names())
        self.show_position_cell(*view.current())

    def show_position_cell(self, actor: str | None, topic: str | None) -> None:
        view = self.query_one(PositionsView)
        if not actor or not topic:
            view.show_cell(None, None, [], [])
            return
        filt = replace(self.filt, actors=(actor,), topics=(topic,))
        view.show_cell(actor, topic, self.store.statements(filt), self.store.changes(filt))

    def position_statement_selected(self) -> None:
        actor, topic = self.query_one(PositionsView).current()
        if actor and topic:
            self.show_position_in_timeline(actor, topic)
