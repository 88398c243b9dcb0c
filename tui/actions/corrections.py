"""Corrections of the extraction, each saved in the store and undoable: edit a statement, give
it another speaker, reject it, rename or merge actors, undo the last correction."""
from __future__ import annotations

from extract.model import Actor, Statement

from ..screens.corrections import EditStatementScreen, PickActorScreen, Picked, RenameScreen
from ..widgets.common import excerpt


class CorrectionActions:
    """Mixin of WortlautApp: corrections of the selected statement or actor (any view)."""

    def corrected(self, description: str) -> None:
        self.notify(f"{description[:1].upper()}{description[1:]} — u undoes it.", title="Saved", timeout=5)
        self.refresh_all()
        self.show_detail(self.timeline.current_id)

    def run_correction(self, what: str, fn, *args) -> None:
        """Save a correction (WriteActions.write: in the background while another process holds the lock)."""
        self.write(what, lambda: fn(*args), lambda description: self.corrected(description or what))

    def _need_statement(self) -> Statement | None:
        sid = self.selected_statement()
        s = self.store.statement(sid) if sid else None
        if s is None:
            self.notify("Select a statement first (Timeline, Positions or Changes).", severity="warning", timeout=4)
        return s

    def _need_actor(self) -> Actor | None:
        aid = self.selected_actor()
        actor = self.store.actor(aid) if aid else None
        if actor is None:
            self.notify("Select an actor first (actor list, Actors view, or a statement with a speaker).",
                        severity="warning", timeout=4)
        return actor

    def action_edit(self) -> None:
        s = self._need_statement()
        if s is None:
            return

        def done(fields: dict | None) -> None:
            if fields is None:
                return
            if not fields:
                self.notify("Nothing changed.", timeout=2)
                return
            self.run_correction("Could not save the edit", lambda: self.store.edit_statement(s.id, **fields))

        self.push_screen(EditStatementScreen(s, self.actor_name(s.speaker)), done)

    def action_reassign(self) -> None:
        s = self._need_statement()
        if s is None:
            return

        def done(picked: Picked | None) -> None:
            if picked is not None:
                self.run_correction("Could not reassign", self.store.reassign, s.id, picked.actor_id)

        current = self.actor_name(s.speaker) or "nobody"
        self.push_screen(PickActorScreen(f"Who said this? (now: {current})", self.store.actors(), allow_none=True,
                                         exclude=s.speaker, hint=f"„{excerpt(s.quote_text, 100)}“"), done)

    def action_not_statement(self) -> None:
        s = self._need_statement()
        if s is None:
            return
        self.run_correction("Could not mark it", self.store.mark_not_statement, s.id)

    def action_rename(self) -> None:
        actor = self._need_actor()
        if actor is None:
            return

        def done(name: str | None) -> None:
            if name and name != actor.name:
                self.run_correction("Could not rename", self.store.rename_actor, actor.id, name)

        self.push_screen(RenameScreen(actor), done)

    def action_merge(self) -> None:
        actor = self._need_actor()
        if actor is None:
            return

        def done(picked: Picked | None) -> None:
            if picked is not None and picked.actor_id:
                self.run_correction("Could not merge", self.store.merge_actors, picked.actor_id, actor.id)
                if actor.id in self.filt.actors:
                    self.set_filter("actors", tuple(a if a != actor.id else picked.actor_id for a in self.filt.actors))

        self.push_screen(PickActorScreen(f"Merge {actor.name} into …", self.store.actors(), exclude=actor.id,
                                         hint=f"All statements of {actor.name} move to the actor you pick; "
                                              "its names become aliases."), done)

    def action_undo(self) -> None:
        self.write("Could not undo", self.store.undo, self.undone)

    def undone(self, description: str | None) -> None:
        if description is None:
            self.notify("Nothing to undo.", timeout=3)
            return
        self.notify(description[:1].upper() + description[1:], title="Undone", timeout=5)
        self.refresh_all()
