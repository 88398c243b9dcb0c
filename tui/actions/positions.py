"""The Positions view: the actor × topic grid (computed in a worker) and one cell's statements."""
from __future__ import annotations

from dataclasses import replace

from textual import work
from textual.worker import get_current_worker

from store import Filter

from ..widgets.views import PositionsView, position_grid


class PositionsActions:
    """Mixin of WortlautApp: what the Positions view does."""

    @work(thread=True, exclusive=True, group="positions", exit_on_error=False, name="positions")
    def compute_positions(self, filt: Filter) -> None:
        from extract.positions import find_changes

        statements = self.fetch_all(filt)
        if statements is None:
            return
        grid = position_grid(statements, find_changes(statements))
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._positions_ready, filt, grid)

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
