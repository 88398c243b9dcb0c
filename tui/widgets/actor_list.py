"""The actor list beside the timeline: every actor with its statement count (an OptionList,
so thousands of actors are lines, not widgets)."""
from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from extract.model import Actor

from .common import excerpt, list_keys

ALL = "__all__"
NOBODY = "__nobody__"  # statements with no speaker ("hieß es")


class ActorList(OptionList):
    BINDINGS = [
        *list_keys("actors"),
        Binding("space", "app.toggle_actor", "Add/remove from filter", show=False, id="actors.toggle"),
    ]

    WIDTH = 24  # characters for mark, name and count (one line each: long names are cut)

    @classmethod
    def label(cls, name: str, count: int, marked: bool) -> Text:
        label = Text("● " if marked else "  ", style="bold green")
        room = cls.WIDTH - 2 - 1 - len(str(count))
        label.append(excerpt(name, room).ljust(room))
        label.append(f" {count}", style="dim")
        return label

    def fill(self, actors: list[tuple[Actor, int]], selected: tuple[str, ...], total: int,
             unattributed: int = 0) -> None:
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        self._entries = {a.id: (a.name, n) for a, n in actors}
        self._marked = {NOBODY if a == "" else a for a in selected}
        options = [Option(Text.assemble(("All actors", "bold"), (f"  {total}", "dim")), id=ALL)]
        if unattributed:
            self._entries[NOBODY] = ("(no speaker)", unattributed)
            options.append(Option(self.label("(no speaker)", unattributed, NOBODY in self._marked), id=NOBODY))
        for actor, count in actors:
            options.append(Option(self.label(actor.name, count, actor.id in selected), id=actor.id))
        self.clear_options()
        self.add_options(options)
        if keep is not None:
            try:
                self.highlighted = self.get_option_index(keep)
            except Exception:
                self.highlighted = 0
        elif options:
            self.highlighted = 0

    def mark(self, selected: tuple[str, ...]) -> None:
        """Show which actors the filter holds, redrawing only the options that change."""
        new = {NOBODY if a == "" else a for a in selected}
        for actor_id in getattr(self, "_marked", set()) ^ new:
            entry = getattr(self, "_entries", {}).get(actor_id)
            if entry is not None:
                self.replace_option_prompt(actor_id, self.label(entry[0], entry[1], actor_id in new))
        self._marked = new

    @property
    def current_actor(self) -> str | None:
        opt = self.highlighted_option
        if opt is None or opt.id in (ALL, NOBODY):
            return None
        return opt.id

    @property
    def current_filter_key(self) -> str | None:
        """The highlighted option as a Filter.actors entry ("" for no speaker), None for all."""
        opt = self.highlighted_option
        if opt is None or opt.id == ALL:
            return None
        return "" if opt.id == NOBODY else opt.id
