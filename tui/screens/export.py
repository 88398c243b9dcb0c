"""`x`: export what the current filters show, as CSV or JSON, to a path the user chooses."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from .dialog import Dialog


@dataclass
class ExportRequest:
    fmt: str  # "csv" | "json"
    path: Path


def check_path(raw: str) -> Path:
    """The export target; ValueError with a readable reason when it cannot be written."""
    if not raw.strip():
        raise ValueError("Give a file path.")
    try:
        path = Path(raw.strip()).expanduser()
    except RuntimeError as err:  # "~someone/…" where there is no such user
        raise ValueError(f"{raw.strip()}: {err}") from None
    if "\0" in str(path):
        raise ValueError("A file name cannot hold a NUL character.")
    if path.is_dir():
        raise ValueError(f"{path} is a folder; give a file name.")
    if not path.parent.exists():
        raise ValueError(f"The folder {path.parent} does not exist.")
    return path


class ExportScreen(Dialog):
    def __init__(self, summary: str, default_path: Path) -> None:
        super().__init__()
        self.summary = summary
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label("Export", classes="dialog-title")
            yield Label(self.summary, classes="hint")
            yield Label("Format", classes="field-label")
            yield Select([("CSV (one row per statement)", "csv"), ("JSON (articles, actors, statements, changes)", "json")],
                         value="csv", allow_blank=False, id="export-format")
            yield Label("File", classes="field-label")
            yield Input(str(self.default_path), id="export-path")
            yield from self.buttons("Export")

    def on_mount(self) -> None:
        self.query_one("#export-path").focus()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        field = self.query_one("#export-path", Input)
        path = Path(field.value)
        if path.suffix.lower() in {".csv", ".json", ""}:
            field.value = str(path.with_suffix("." + str(event.value)))

    def action_submit(self) -> None:
        try:
            path = check_path(self.query_one("#export-path", Input).value)
        except ValueError as err:
            self.show_error(str(err))
            return
        self.dismiss(ExportRequest(str(self.query_one("#export-format", Select).value), path))
