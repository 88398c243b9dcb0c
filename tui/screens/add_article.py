"""`a`: add an article by pasting its text or giving a file path.

The form checks what it can at once (the file can be read, the date is a date) and stays open
with the reason when it cannot; extraction itself runs in the app's worker afterwards, so the
dashboard stays usable. If extraction fails the app reopens this form with what was typed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select, TextArea

from ..widgets.common import DateError, user_date
from .dialog import DateValidator, Form
from .reading import ReadError, detect_published, read_file, read_pasted

LANGS = [("detect", "auto"), ("Deutsch", "de"), ("English", "en")]


@dataclass
class AddRequest:
    """What the user asked to add (kept whole so a failed attempt can be shown again)."""

    text: str = ""
    path: str = ""
    published_raw: str = ""
    source: str = ""
    lang: str = "auto"
    # filled once the text is read
    published: str | None = None
    title: str = ""
    dateline: str = ""
    meta_date: str | None = None
    origin: str = "pasted"
    filename: str | None = None
    error: str = ""
    file_text: str = field(default="", repr=False)  # the text as read (from ``path``, or pasted and cleaned)
    replace: bool = False  # re-extract an article already stored (a new publication date)

    @property
    def article_text(self) -> str:
        return self.file_text or self.text

    @property
    def label(self) -> str:
        return self.filename or self.title or (self.text.strip().splitlines() or ["pasted text"])[0][:60]


class AddArticleScreen(Form[AddRequest | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="add.cancel"),
        Binding("ctrl+s", "submit", "Add", id="add.submit"),
    ]

    def __init__(self, initial: AddRequest | None = None) -> None:
        super().__init__()
        self.initial = initial or AddRequest()
        self._auto_date = ""  # the date we filled in ourselves (replaced when the text changes)

    def compose(self) -> ComposeResult:
        r = self.initial
        with Vertical(classes="dialog", id="add-dialog"):
            yield Label("Add an article", classes="dialog-title")
            yield Label("Paste the article text here …", classes="field-label")
            yield TextArea(r.text, id="add-text", soft_wrap=True, show_line_numbers=False)
            yield Label("… or give a file path (txt, md, html):", classes="field-label")
            yield Input(r.path, placeholder="~/news/article.txt", id="add-path")
            with Horizontal(classes="field-row"):
                with Vertical():
                    yield Label("Published (2022-02-15 or 15.02.2022)", classes="field-label")
                    yield Input(r.published_raw, placeholder="detected from the text if empty",
                                id="add-published", validators=[DateValidator()])
                with Vertical():
                    yield Label("Source", classes="field-label")
                    yield Input(r.source, placeholder="e.g. dpa, Reuters", id="add-source")
                with Vertical(id="add-lang-box"):
                    yield Label("Language", classes="field-label")
                    yield Select(LANGS, value=r.lang, allow_blank=False, id="add-lang")
            yield from self.buttons("Add", error=r.error, error_id="add-error")

    def on_mount(self) -> None:
        self.query_one("#add-path" if self.initial.path and not self.initial.text else "#add-text").focus()

    # --- date detection for prefill ---------------------------------------------------------
    @on(TextArea.Changed, "#add-text")
    def _text_changed(self) -> None:
        self._schedule_detect()

    @on(Input.Changed, "#add-path")
    def _path_changed(self) -> None:
        self._schedule_detect()

    def _schedule_detect(self) -> None:
        if getattr(self, "_detect_timer", None) is not None:
            self._detect_timer.stop()
        self._detect_timer = self.set_timer(0.4, self._detect_date)

    def _detect_date(self) -> None:
        published = self.query_one("#add-published", Input)
        if published.value and published.value != self._auto_date:
            return  # the user typed a date: never overwrite it
        text = self.query_one("#add-text", TextArea).text
        path = self.query_one("#add-path", Input).value.strip()
        filename = meta = None
        if path:
            try:
                read = read_file(path)
            except ReadError:
                return
            text, filename, meta = read.text, read.filename, read.meta_date
        if not text.strip():
            return
        lang = self.query_one("#add-lang", Select).value
        found = detect_published(text, None if lang == "auto" else str(lang), filename=filename, meta_date=meta)
        if found:
            self._auto_date = found
            published.value = found
            published.border_subtitle = "detected"
        elif published.value == self._auto_date:
            self._auto_date = ""
            published.value = ""
            published.border_subtitle = ""

    # --- submit / cancel -------------------------------------------------------------------
    def _collect(self) -> AddRequest:
        lang = self.query_one("#add-lang", Select).value
        return AddRequest(
            text=self.query_one("#add-text", TextArea).text,
            path=self.query_one("#add-path", Input).value.strip(),
            published_raw=self.query_one("#add-published", Input).value.strip(),
            source=self.query_one("#add-source", Input).value.strip(),
            lang=str(lang) if lang else "auto",
        )

    def action_submit(self) -> None:
        req = self._collect()
        if req.published_raw:
            try:
                req.published = user_date(req.published_raw)
            except (DateError, ValueError) as err:
                self.show_error(f"Publication date: {err}")
                self.query_one("#add-published").focus()
                return
        if not req.path and not req.text.strip():
            self.show_error("Paste an article's text, or give the path of a file.")
            self.query_one("#add-text").focus()
            return
        try:
            read = read_file(req.path) if req.path else read_pasted(req.text)
        except ReadError as err:
            self.show_error(str(err))
            self.query_one("#add-path" if req.path else "#add-text").focus()
            return
        req.title, req.dateline, req.meta_date = read.title, read.dateline, read.meta_date
        req.origin, req.filename = read.origin, read.filename
        req.source = req.source or read.source
        if req.lang == "auto" and read.lang in ("de", "en"):
            req.lang = read.lang
        req.file_text = read.text
        self.dismiss(req)
