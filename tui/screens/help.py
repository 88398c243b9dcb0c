"""`?`: every binding of the dashboard, grouped."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

Group = tuple[str, list[tuple[str, str]]]


def help_table(groups: list[Group]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold cyan", no_wrap=True)
    table.add_column()
    for i, (title, rows) in enumerate(groups):
        if i:
            table.add_row("", "")
        table.add_row("", Text(title, style="bold underline"))
        for keys, description in rows:
            table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll_down", show=False, id="help.down"),
        Binding("k,up", "scroll_up", show=False, id="help.up"),
    ]

    def __init__(self, groups: list[Group]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help-dialog"):
            yield Label("Keys  [dim](esc closes · ctrl+p: every action by name)[/]", classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(help_table(self.groups), id="help-body")

    def action_scroll_down(self) -> None:
        self.query_one("#help-scroll").scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#help-scroll").scroll_up()
