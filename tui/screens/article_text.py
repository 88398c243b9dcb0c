"""An article's text with its statements marked: quotes highlighted, speaker mentions
underlined, speech cues in italics."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from extract.model import Article, Statement


def marked_text(article: Article, statements: list[Statement]) -> Text:
    text = Text(article.text)
    n = len(article.text)
    for s in statements:
        style = "on dark_green" if s.speaker else "on grey30"
        for b, e in s.quote:
            if 0 <= b < e <= n:
                text.stylize(f"bold {style}", b, e)
        for b, e in s.speaker_mention:
            if 0 <= b < e <= n:
                text.stylize("underline bold cyan", b, e)
        for b, e in s.cue:
            if 0 <= b < e <= n:
                text.stylize("italic yellow", b, e)
    return text


class ArticleScreen(ModalScreen[str | None]):
    """Returns "timeline" when the user asks for the article's statements in the timeline."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Back", id="article.back"),
        Binding("t", "dismiss('timeline')", "Its statements in the timeline", id="article.timeline"),
        Binding("p", "dismiss('date')", "Set the publication date", id="article.date"),
        Binding("j,down", "scroll(1)", show=False, id="article.down"),
        Binding("k,up", "scroll(-1)", show=False, id="article.up"),
    ]

    def __init__(self, article: Article, statements: list[Statement], names: dict[str, str]) -> None:
        super().__init__()
        self.article = article
        self.statements = statements
        self.names = names

    def compose(self) -> ComposeResult:
        a = self.article
        speakers = sorted({self.names.get(s.speaker, "") for s in self.statements if s.speaker} - {""})
        with Vertical(classes="dialog", id="article-dialog"):
            yield Label(Text(a.title or "(untitled)", style="bold"), classes="dialog-title")
            meta = Text.assemble(
                ("published ", "dim"), (a.published or "unknown", "bold" if a.published else "bold yellow"),
                ("  ·  ", "dim"), a.source or "no source", ("  ·  ", "dim"), a.lang,
                ("  ·  ", "dim"), f"{len(self.statements)} statements",
                ("  ·  ", "dim"), a.origin,
            )
            yield Label(meta, classes="hint")
            if speakers:
                yield Label(Text("Speakers: " + ", ".join(speakers), style="cyan"), classes="hint")
            yield Label(Text.assemble(("quote", "bold on dark_green"), "  ", ("speaker", "underline bold cyan"), "  ",
                                      ("cue", "italic yellow"), "   esc back · t its statements in the timeline · "
                                      "p set the date"), classes="hint")
            with VerticalScroll(id="article-scroll"):
                yield Static(marked_text(self.article, self.statements), id="article-body")

    def action_scroll(self, delta: int) -> None:
        scroll = self.query_one("#article-scroll")
        scroll.scroll_relative(y=delta * 2, animate=False)
