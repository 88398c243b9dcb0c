"""The actor list beside the timeline: every actor with its statement count (an OptionList,
so thousands of actors are lines, not widgets)."""
from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from extract.model import Actor

ALL = "__all__"


class ActorList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="actors.down"),
        Binding("k", "cursor_up", "Up", show=False, id="actors.up"),
        Binding("g", "first", "First", show=False, id="actors.first"),
        Binding("G", "last", "Last", show=False, id="actors.last"),
        Binding("space", "app.toggle_actor", "Add/remove from filter", show=False, id="actors.toggle"),
    ]

    def fill(self, actors: list[tuple[Actor, int]], selected: tuple[str, ...], total: int) -> None:
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        options = [Option(Text.assemble(("All actors", "bold"), (f"  {total}", "dim")), id=ALL)]
        for actor, count in actors:
            mark = "● " if actor.id in selected else "  "
            label = Text(mark, style="bold green")
            label.append(actor.name)
            label.append(f"  {count}", style="dim")
            options.append(Option(label, id=actor.id))
        self.clear_options()
        self.add_options(options)
        if keep is not None:
            try:
                self.highlighted = self.get_option_index(keep)
            except Exception:
                self.highlighted = 0
        elif options:
            self.highlighted = 0

    @property
    def current_actor(self) -> str | None:
        opt = self.highlighted_option
        if opt is None or opt.id == ALL:
            return None
        return opt.id
