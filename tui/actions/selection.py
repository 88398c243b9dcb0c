"""What the user has selected, whatever the view: the statement, actor or article the next
action applies to, and the names of actors as the views show them."""
from __future__ import annotations

from textual.widgets import TabbedContent

from ..widgets.actor_list import ActorList
from ..widgets.timeline import TimelineTable
from ..widgets.views import ActorsView, ArticlesView, ChangesView, PositionsView


class SelectionLookups:
    """Mixin of WortlautApp: the lookups every action shares."""

    def actor_name(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        actor = self.actor_map.get(actor_id)
        return actor.name if actor else actor_id

    def names(self) -> dict[str, str]:
        return {aid: a.name for aid, a in self.actor_map.items()}

    @property
    def timeline(self) -> TimelineTable:
        return self.query_one("#timeline-table", TimelineTable)

    @property
    def active_view(self) -> str:
        return self.query_one("#views", TabbedContent).active or "timeline"

    def selected_statement(self) -> str | None:
        view = self.active_view
        if view == "positions":
            return self.query_one(PositionsView).current_statement
        if view == "changes":
            return self.query_one(ChangesView).current_statement
        if view == "timeline":
            return self.timeline.current_id
        return None

    def selected_actor(self) -> str | None:
        view = self.active_view
        if view == "actors":
            return self.query_one(ActorsView).current_actor
        if view == "positions":
            return self.query_one(PositionsView).current()[0]
        if view == "changes":
            c = self.query_one(ChangesView).current()
            return c.actor if c else None
        if view == "timeline":
            actor_list = self.query_one(ActorList)
            if actor_list.has_focus:
                return actor_list.current_actor
            sid = self.timeline.current_id
            s = self.store.statement(sid) if sid else None
            return s.speaker if s else None
        return None

    def selected_article(self) -> str | None:
        if self.active_view == "articles":
            return self.query_one(ArticlesView).current_article
        sid = self.selected_statement()
        s = self.store.statement(sid) if sid else None
        return s.article_id if s else None
