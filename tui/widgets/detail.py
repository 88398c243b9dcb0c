"""The detail pane: one statement in full, with speaker, article, date and stance evidence."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from extract.model import Actor, Article, Statement

from .common import KIND_LABEL, STANCE_LABEL, STANCE_STYLE


def statement_renderable(s: Statement | None, actor: Actor | None, article: Article | None) -> Group | Text:
    if s is None:
        return Text("No statement selected.\n\nMove the cursor in the timeline (↑/↓ or j/k).", style="dim")
    quote = Text("„", style="bold")
    quote.append(s.quote_text.strip(), style="bold")
    quote.append("“", style="bold")

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("Speaker", speaker_text(s, actor))
    grid.add_row("Kind", Text(KIND_LABEL.get(s.kind, s.kind) + f"   confidence {s.confidence:.2f}"))
    grid.add_row("Said on", date_text(s))
    if article is not None:
        grid.add_row("Article", article_text(article))
    if s.topics:
        for i, topic in enumerate(s.topics):
            grid.add_row("Topics" if i == 0 else "", topic_text(s, topic))
    else:
        grid.add_row("Topics", Text("none", style="dim"))

    parts: list = [quote, Text(""), grid]
    if s.edited:
        parts.append(Text("\n✎ edited by hand — re-extraction keeps this correction", style="bold yellow"))
    return Group(*parts)


def speaker_text(s: Statement, actor: Actor | None) -> Text:
    if actor is not None:
        speaker = Text(actor.name, style="bold")
        extra = ", ".join(x for x in (actor.role, actor.affiliation) if x)
        if extra:
            speaker.append(f" — {extra}")
        speaker.append(f"  [{actor.kind}]", style="dim")
    elif s.speaker:
        speaker = Text(s.speaker_name or s.speaker)
    else:
        speaker = Text("no speaker (unattributed: \"hieß es\" / agentless)", style="italic yellow")
    return speaker


def date_text(s: Statement) -> Text:
    """The statement's date, its precision and what dated it."""
    when = Text()
    if s.date:
        when.append(s.date, style="bold")
        when.append(f"  precision: {s.date_precision}")
    else:
        when.append("unknown", style="bold yellow")
    if s.date_source == "published":
        when.append("\nfrom the article's publication date", style="dim")
    elif s.date_source == "edited":
        when.append("\nset by hand", style="dim")
    elif s.date_source:
        when.append("\nfrom the words ", style="dim")
        when.append(f"„{s.date_source}“", style="italic")
    return when


def article_text(article: Article) -> Text:
    """Title, agency and dateline, and the publication date (or how to set it)."""
    art = Text(article.title or "(untitled)", style="italic")
    meta = ", ".join(x for x in (article.source, article.dateline) if x)
    if meta:
        art.append(f"\n{meta}")
    art.append("\npublished ")
    if article.published:
        art.append(article.published)
        if article.published_source:
            art.append(f" ({article.published_source})", style="dim")
    else:
        art.append("unknown", style="bold yellow")
        art.append("  — press p to set it", style="dim")
    return art


def topic_text(s: Statement, topic: str) -> Text:
    """One topic with the statement's stance on it and the words that gave it."""
    value = s.stance.get(topic, 0)
    line = Text(topic, style="bold")
    line.append(f"  {'+1' if value > 0 else value} {STANCE_LABEL.get(value, '')}",
                style=STANCE_STYLE.get(value, ""))
    words = s.stance_evidence.get(topic) or []
    if words:
        line.append("\nbecause of: ", style="dim")
        line.append(", ".join(f"„{w}“" for w in words), style="italic")
    return line


class DetailPane(VerticalScroll):
    """Scrollable; focusable so that tab reaches it and long quotes can be read."""

    def compose(self):
        yield Static(statement_renderable(None, None, None), id="detail-body")

    def show(self, s: Statement | None, actor: Actor | None, article: Article | None) -> None:
        self.query_one("#detail-body", Static).update(statement_renderable(s, actor, article))
        self.scroll_home(animate=False)
