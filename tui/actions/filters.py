"""The logical filters every view answers to (actors, dates, topics, kinds, text, article), the
filter bar that names them, and the filter form."""
from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.widgets import Input, Static

from store import NO_ACTOR, Filter

from ..screens.filters import FilterRequest, FilterScreen
from ..widgets.actor_list import ActorList
from ..widgets.common import excerpt

# The logical filters (set_filter's keys) and the value that switches each off
FILTER_OFF = {"actors": (), "dates": (None, None), "topics": (), "kinds": (), "text": "", "article": None}


class FilterActions:
    """Mixin of WortlautApp: setting, clearing and describing the filters."""

    def set_filter(self, key: str, value, *, sync_input: bool = True) -> None:
        """Set one logical filter (actors, dates, topics, kinds, text, article) and redraw."""
        if key == "dates":
            date_from, date_to = value
            self.filt = replace(self.filt, date_from=date_from, date_to=date_to)
            active = bool(date_from or date_to)
        else:
            self.filt = replace(self.filt, **{key: value})
            active = bool(value)
        if key in self.filter_order:
            self.filter_order.remove(key)
        if active:
            self.filter_order.append(key)
        if key == "text" and sync_input:
            search = self.query_one("#search", Input)
            if search.value != value:
                with search.prevent(Input.Changed):
                    search.value = value
        if key == "actors":
            self.query_one(ActorList).mark(self.filt.actors)
        self.filters_changed()

    def filters_changed(self) -> None:
        """Redraw what depends on the filters: the timeline from its top, Positions and Changes."""
        with self.batch_update():  # one screen update for the table, the filter bar and the status line
            self.refresh_timeline(position=0)
            self.dirty |= {"positions", "changes"}
            self.refresh_view(self.active_view)

    def clear_filter(self, key: str) -> None:
        self.set_filter(key, FILTER_OFF[key])

    def filter_summary(self, short: bool = False) -> str:
        f = self.filt
        parts = []
        for key in self.filter_order:
            if key == "actors":
                names = [self.actor_name(a) if a != NO_ACTOR else "(no speaker)" for a in f.actors]
                parts.append("actor " + ", ".join(names))
            elif key == "dates":
                parts.append(f"date {f.date_from or '…'} – {f.date_to or '…'}")
            elif key == "topics":
                parts.append("topic " + ", ".join(f.topics))
            elif key == "kinds":
                parts.append("kind " + ", ".join(f.kinds))
            elif key == "text":
                parts.append(f"text „{f.text}“")
            elif key == "article":
                article = self.store.article_header(f.article) if f.article else None
                parts.append("article " + excerpt(article.title if article else str(f.article), 40))
        if not parts:
            return "no filters" if short else ""
        return " · ".join(parts)

    def update_filter_bar(self) -> None:
        bar = self.query_one("#filter-bar", Static)
        summary = self.filter_summary()
        if summary:
            bar.update(Text.assemble(("Filters: ", "bold"), (summary, "bold cyan"),
                                     ("   esc clears the last · c clears all", "dim")), layout=False)
        else:
            bar.update(Text("No filters · enter on an actor · / search · f dates, topic, kind", style="dim"),
                       layout=False)  # one line high whatever it says: no new layout

    def action_search(self) -> None:
        if self.active_view == "actors":
            self.query_one("#actors-search", Input).focus()
            return
        self.action_view("timeline")
        self.query_one("#search", Input).focus()

    def action_filters(self) -> None:
        f = self.filt

        def done(result: FilterRequest | None) -> None:
            if result is None:
                return
            if (result.date_from, result.date_to) != (f.date_from, f.date_to):
                self.set_filter("dates", (result.date_from, result.date_to))
            topics = (result.topic,) if result.topic else ()
            if topics != self.filt.topics:
                self.set_filter("topics", topics)
            kinds = (result.kind,) if result.kind else ()
            if kinds != self.filt.kinds:
                self.set_filter("kinds", kinds)

        self.push_screen(FilterScreen(f.date_from, f.date_to, f.topics[0] if f.topics else None,
                                      f.kinds[0] if f.kinds else None, self.store.topics()), done)

    def action_clear_last_filter(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus and not search.value:
            self.timeline.focus()
            return
        if not self.filter_order:
            if search.has_focus:
                self.timeline.focus()
            else:
                self.notify("No filter to clear.", timeout=2)
            return
        key = self.filter_order[-1]
        self.clear_filter(key)
        self.notify(f"Cleared the {key} filter.", timeout=2)

    def action_clear_filters(self) -> None:
        self.filt = Filter()
        self.filter_order.clear()
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.query_one(ActorList).mark(())
        self.filters_changed()

    def action_toggle_actor(self) -> None:
        actor = self.query_one(ActorList).current_filter_key
        if actor is None:
            self.set_filter("actors", ())
            return
        actors = list(self.filt.actors)
        if actor in actors:
            actors.remove(actor)
        else:
            actors.append(actor)
        self.set_filter("actors", tuple(actors))

    def show_article_in_timeline(self, article_id: str) -> None:
        self.action_clear_filters()
        self.set_filter("article", article_id)
        self.action_view("timeline")


    def show_position_in_timeline(self, actor: str, topic: str) -> None:
        """The timeline filtered to one actor's statements on one topic."""
        self.set_filter("actors", (actor,))
        self.set_filter("topics", (topic,))
        self.action_view("timeline")
