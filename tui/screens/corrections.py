"""Correction modals: edit a statement, pick an actor (reassign / merge), rename an actor,
set an article's publication date. Each returns its result or None when cancelled; the app
stores it and restores focus where it was."""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.validation import Function, ValidationResult, Validator
from textual.widgets import Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from extract.model import KINDS, PRECISIONS, Actor, Statement

from ..widgets.common import DateError, excerpt, format_stances, parse_stances, user_date
from .dialog import DateValidator, Dialog

NO_SPEAKER = "__none__"


# --- pick an actor -------------------------------------------------------------------------
@dataclass
class Picked:
    actor_id: str | None  # None: "no speaker"


class PickActorScreen(Dialog):
    """Type to narrow the list, ↑/↓ to choose, enter to accept."""

    BINDINGS = [
        Binding("down", "move(1)", show=False, id="pick.down"),
        Binding("up", "move(-1)", show=False, id="pick.up"),
    ]

    def __init__(self, title: str, actors: list[tuple[Actor, int]], *, allow_none: bool = False,
                 exclude: str | None = None, hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.actors = [(a, n) for a, n in actors if a.id != exclude]
        self.allow_none = allow_none

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="pick-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            if self.hint:
                yield Label(self.hint, classes="hint")
            yield Input(placeholder="type to search actors", id="pick-search")
            yield OptionList(id="pick-list")
            yield from self.buttons()

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#pick-search").focus()

    def _fill(self, query: str) -> None:
        q = query.casefold().strip()
        options: list[Option] = []
        if self.allow_none and (not q or q in "no speaker"):
            options.append(Option(Text("(no speaker — unattributed)", style="italic"), id=NO_SPEAKER))
        for actor, count in self.actors:
            hay = " ".join([actor.name, actor.role, actor.affiliation, *actor.aliases]).casefold()
            if q and q not in hay:
                continue
            label = Text(actor.name, style="bold")
            extra = ", ".join(x for x in (actor.role, actor.affiliation) if x)
            if extra:
                label.append(f"  {extra}")
            label.append(f"  {count}", style="dim")
            options.append(Option(label, id=actor.id))
            if len(options) >= 500:
                break
        ol = self.query_one("#pick-list", OptionList)
        ol.clear_options()
        ol.add_options(options)
        if options:
            ol.highlighted = 0

    @on(Input.Changed, "#pick-search")
    def _search(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, delta: int) -> None:
        ol = self.query_one("#pick-list", OptionList)
        if ol.option_count:
            ol.highlighted = max(0, min((ol.highlighted or 0) + delta, ol.option_count - 1))

    @on(OptionList.OptionSelected, "#pick-list")
    def _selected(self) -> None:
        self.action_submit()

    def action_submit(self) -> None:
        opt = self.query_one("#pick-list", OptionList).highlighted_option
        if opt is None:
            self.show_error("No actor matches; change the search.")
            return
        self.dismiss(Picked(None if opt.id == NO_SPEAKER else opt.id))


# --- rename ---------------------------------------------------------------------------------
class RenameScreen(Dialog):
    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="rename-dialog"):
            yield Label(f"Rename {self.actor.name}", classes="dialog-title")
            yield Label("The old name stays an alias, so later articles still find this actor.", classes="hint")
            yield Input(self.actor.name, id="rename-input",
                        validators=[Function(lambda v: bool(v.strip()), "A name cannot be empty.")])
            yield from self.buttons("Rename")

    def on_mount(self) -> None:
        self.query_one("#rename-input").focus()

    def action_submit(self) -> None:
        value = self.query_one("#rename-input", Input).value.strip()
        if not value:
            self.show_error("A name cannot be empty.")
            return
        self.dismiss(value)


# --- a date ---------------------------------------------------------------------------------
class SetDateScreen(Dialog):
    def __init__(self, title: str, current: str | None = None, hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.current = current or ""
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="date-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            if self.hint:
                yield Label(self.hint, classes="hint")
            yield Input(self.current, placeholder="2022-02-15 or 15.02.2022", id="date-input",
                        validators=[DateValidator()])
            yield from self.buttons("Set date")

    def on_mount(self) -> None:
        self.query_one("#date-input").focus()

    def action_submit(self) -> None:
        value = self.query_one("#date-input", Input).value
        try:
            self.dismiss(user_date(value))
        except (DateError, ValueError) as err:
            self.show_error(str(err) if value.strip() else "Type a date.")


# --- edit a statement -----------------------------------------------------------------------
class StanceValidator(Validator):
    def validate(self, value: str) -> ValidationResult:
        try:
            parse_stances(value)
        except ValueError as err:
            return self.failure(str(err))
        return self.success()


class EditStatementScreen(Dialog):
    """Date, precision, kind, topics and stances of one statement. Returns the changed fields."""

    def __init__(self, statement: Statement, speaker: str) -> None:
        super().__init__()
        self.statement = statement
        self.speaker = speaker

    def compose(self) -> ComposeResult:
        s = self.statement
        with Vertical(classes="dialog", id="edit-dialog"):
            yield Label("Edit statement", classes="dialog-title")
            yield Label(Text.assemble((self.speaker or "(no speaker)", "bold"), ": „",
                                      excerpt(s.quote_text, 160), "“"), classes="hint")
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label("Said on", classes="field-label")
                    yield Input(s.date or "", placeholder="2022-02-15 or 15.02.2022", id="edit-date",
                                validators=[DateValidator()])
                with Vertical():
                    yield Label("Precision", classes="field-label")
                    yield Select([(p, p) for p in PRECISIONS], value=s.date_precision if s.date_precision in PRECISIONS else "day",
                                 allow_blank=False, id="edit-precision")
                with Vertical():
                    yield Label("Kind", classes="field-label")
                    yield Select([(k, k) for k in KINDS], value=s.kind if s.kind in KINDS else "direct",
                                 allow_blank=False, id="edit-kind")
            yield Label("Topics (comma separated)", classes="field-label")
            yield Input(", ".join(s.topics), id="edit-topics")
            yield Label("Stance per topic (topic=+1, topic=-1, topic=0)", classes="field-label")
            yield Input(format_stances(s.stance), id="edit-stance", validators=[StanceValidator()])
            yield from self.buttons("Save")

    def on_mount(self) -> None:
        self.query_one("#edit-date").focus()

    def action_submit(self) -> None:
        s = self.statement
        fields: dict = {}
        raw_date = self.query_one("#edit-date", Input).value.strip()
        try:
            new_date = user_date(raw_date) if raw_date else None
        except (DateError, ValueError) as err:
            self.show_error(f"Date: {err}")
            return
        try:
            stance = parse_stances(self.query_one("#edit-stance", Input).value)
        except ValueError as err:
            self.show_error(f"Stance: {err}")
            return
        topics = [t.strip() for t in self.query_one("#edit-topics", Input).value.split(",") if t.strip()]
        for topic in stance:
            if topic not in topics:
                topics.append(topic)
        precision = self.query_one("#edit-precision", Select).value
        kind = self.query_one("#edit-kind", Select).value
        if new_date != s.date:
            fields["date"] = new_date
            fields["date_source"] = "edited"
        if precision != s.date_precision:
            fields["date_precision"] = precision
        if kind != s.kind:
            fields["kind"] = kind
        if topics != s.topics:
            fields["topics"] = topics
        full_stance = {t: stance.get(t, s.stance.get(t, 0) if t in s.stance else 0) for t in topics}
        if full_stance != {t: v for t, v in s.stance.items() if t in topics} or set(s.stance) - set(topics):
            fields["stance"] = full_stance
            # the words that decided a stance no longer apply where a person changed it
            fields["stance_evidence"] = {
                t: (list(s.stance_evidence.get(t, [])) if s.stance.get(t) == v and t in s.stance else ["set by hand"])
                for t, v in full_stance.items()
            }
        self.dismiss(fields)
