"""What every form of the dashboard shares: esc cancels, ctrl+s (or enter in a field, or the OK
button) submits, and a line above the buttons says what is wrong."""
from __future__ import annotations

from typing import TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.validation import ValidationResult, Validator
from textual.widgets import Button, Input, Static

from ..widgets.common import DateError, user_date

ResultType = TypeVar("ResultType")


class DateValidator(Validator):
    """An empty field, or a date the user typed (2022-02-15 or 15.02.2022)."""

    def validate(self, value: str) -> ValidationResult:
        if not value.strip():
            return self.success()
        try:
            user_date(value)
        except (DateError, ValueError) as err:
            return self.failure(str(err))
        return self.success()


class Form(ModalScreen[ResultType]):
    """A modal form; subclasses give the escape / ctrl+s bindings (with their own ids) and
    ``action_submit``, which dismisses with the result or calls ``show_error``."""

    def show_error(self, message: str) -> None:
        error = self.query_one(".error", Static)
        error.update(message)
        error.display = bool(message)

    def buttons(self, ok: str = "OK", *, error: str = "", error_id: str | None = None) -> ComposeResult:
        """The error line (showing ``error`` from the start) and the OK / Cancel buttons."""
        yield Static(error, id=error_id, classes="error")
        with Horizontal(classes="buttons"):
            yield Button(f"{ok}  ctrl+s", variant="primary", id="dialog-ok")
            yield Button("Cancel  esc", id="dialog-cancel")

    @on(Button.Pressed, "#dialog-ok")
    def _ok(self) -> None:
        self.action_submit()

    @on(Button.Pressed, "#dialog-cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_submit()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class Dialog(Form[ResultType]):
    """A form with the shared bindings ``dialog.cancel`` and ``dialog.submit``."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("ctrl+s", "submit", "OK", id="dialog.submit"),
    ]
