"""`f`: the date range, topic and kind filters in one form (actors: the actor list; text: `/`)."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select

from extract.model import KINDS

from ..widgets.common import DateError, user_date, user_range
from .dialog import DateValidator, Dialog


@dataclass
class FilterRequest:
    date_from: str | None
    date_to: str | None
    topic: str | None
    kind: str | None


class FilterScreen(Dialog):
    def __init__(self, date_from: str | None, date_to: str | None, topic: str | None, kind: str | None,
                 topics: list[str]) -> None:
        super().__init__()
        self.values = (date_from, date_to, topic, kind)
        self.topics = topics

    def compose(self) -> ComposeResult:
        date_from, date_to, topic, kind = self.values
        with Vertical(classes="dialog", id="filter-dialog"):
            yield Label("Filter the timeline", classes="dialog-title")
            yield Label("Dates: 2022-02-15 or 15.02.2022; a range 2022-02-01..2022-02-28 in “From” works too. "
                        "Empty fields do not filter.", classes="hint")
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label("From", classes="field-label")
                    yield Input(date_from or "", placeholder="first day", id="filter-from")
                with Vertical():
                    yield Label("To", classes="field-label")
                    yield Input(date_to or "", placeholder="last day", id="filter-to", validators=[DateValidator()])
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label("Topic", classes="field-label")
                    yield Select([(t, t) for t in self.topics], value=topic if topic in self.topics else Select.NULL,
                                 prompt="any topic", id="filter-topic")
                with Vertical():
                    yield Label("Kind", classes="field-label")
                    yield Select([(k, k) for k in KINDS], value=kind if kind in KINDS else Select.NULL,
                                 prompt="any kind", id="filter-kind")
            yield from self.buttons("Apply")

    def on_mount(self) -> None:
        self.query_one("#filter-from").focus()

    def action_submit(self) -> None:
        raw_from = self.query_one("#filter-from", Input).value.strip()
        raw_to = self.query_one("#filter-to", Input).value.strip()
        try:
            if ".." in raw_from:
                date_from, date_to = user_range(raw_from)
            else:
                date_from = user_date(raw_from) if raw_from else None
                date_to = user_date(raw_to) if raw_to else None
        except (DateError, ValueError) as err:
            self.show_error(str(err))
            return
        if date_from and date_to and date_from > date_to:
            self.show_error(f"“From” ({date_from}) is after “To” ({date_to}).")
            return
        topic = self.query_one("#filter-topic", Select).value
        kind = self.query_one("#filter-kind", Select).value
        self.dismiss(FilterRequest(date_from, date_to,
                                   None if topic is Select.NULL or not topic else str(topic),
                                   None if kind is Select.NULL or not kind else str(kind)))
