"""The other views: Actors (searchable list with counts, role, kind), Positions (actors × topics
with a chart), Changes (newest first) and Articles (date, source, statement count)."""
from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, Label, Static
from textual_plotext import PlotextPlot

from extract.model import Actor, Article, PositionChange, Statement
from extract.positions import is_key_term

from .common import STANCE_STYLE, cursor_row_key, date_label, excerpt, list_keys, stance_text

MAX_ACTOR_ROWS = 500


class KeyTable(DataTable):
    """A DataTable with j/k and g/G, whose rows are keyed by ids."""

    BINDINGS = list_keys("table")

    def action_first(self) -> None:
        self.action_scroll_top()

    def action_last(self) -> None:
        self.action_scroll_bottom()

    @property
    def current_key(self) -> str | None:
        return cursor_row_key(self)

    def move_to_key(self, key: str | None) -> None:
        if key is None:
            return
        try:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        except Exception:
            pass


# --- Actors -------------------------------------------------------------------------------------
class ActorsView(Vertical):
    """Every actor with count, kind, role, affiliation and aliases; typing narrows the list."""

    @dataclass
    class Chosen(Message):
        actor_id: str

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type to search actors by name, alias, role or affiliation", id="actors-search",
                    select_on_focus=False)
        yield KeyTable(id="actors-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="actors-status", classes="status")

    def on_mount(self) -> None:
        table = self.query_one("#actors-table", KeyTable)
        table.add_column("Actor", key="name", width=30)
        table.add_column("Statements", key="count", width=10)
        table.add_column("Kind", key="kind", width=12)
        table.add_column("Role", key="role", width=24)
        table.add_column("Affiliation", key="affiliation", width=18)
        table.add_column("Also called", key="aliases", width=50)
        self.actors: list[tuple[Actor, int]] = []

    def fill(self, actors: list[tuple[Actor, int]]) -> None:
        self.actors = actors
        self._show()

    @on(Input.Changed, "#actors-search")
    def _search(self) -> None:
        self._show()

    @on(Input.Submitted, "#actors-search")
    def _submitted(self) -> None:
        self.query_one("#actors-table").focus()

    def _show(self) -> None:
        table = self.query_one("#actors-table", KeyTable)
        keep = table.current_key
        q = self.query_one("#actors-search", Input).value.casefold().strip()
        table.clear()
        shown = 0
        matching = 0
        for actor, count in self.actors:
            if q:
                hay = " ".join([actor.name, actor.role, actor.affiliation, actor.kind, *actor.aliases]).casefold()
                if q not in hay:
                    continue
            matching += 1
            if shown >= MAX_ACTOR_ROWS:
                continue
            shown += 1
            table.add_row(Text(excerpt(actor.name, 30), style="bold"), Text(str(count), justify="right"), actor.kind,
                          excerpt(actor.role, 24), excerpt(actor.affiliation, 18), excerpt(", ".join(actor.aliases), 50), key=actor.id)
        table.move_to_key(keep)
        more = f" (first {shown}; type to narrow)" if matching > shown else ""
        self.query_one("#actors-status", Static).update(
            f"{matching} of {len(self.actors)} actors{more} · type a name or / to search · "
            "enter: their statements · R rename · m merge")

    def on_key(self, event) -> None:
        """Type to search: a letter typed in the table goes to the search field."""
        search = self.query_one("#actors-search", Input)
        if search.has_focus or not event.is_printable or not event.character:
            return
        if event.character in "jkgGmnRrdeuxaqfpt0123456789/?c ":
            return  # those are keys (moving, corrections, views); letters only otherwise
        event.stop()
        event.prevent_default()
        search.focus()
        search.insert_text_at_cursor(event.character)

    @on(DataTable.RowSelected, "#actors-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.row_key.value))

    @property
    def current_actor(self) -> str | None:
        return self.query_one("#actors-table", KeyTable).current_key


# --- Positions ------------------------------------------------------------------------------
@dataclass
class PositionGrid:
    actors: list[str] = field(default_factory=list)  # actor ids, most topical statements first
    topics: list[str] = field(default_factory=list)  # most statements first
    latest: dict[tuple[str, str], int] = field(default_factory=dict)  # (actor, topic) -> stance
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    changed: set[tuple[str, str]] | None = field(default_factory=set)  # None: not found yet


def grid_from(counts: dict[tuple[str, str], int], latest: dict[tuple[str, str], int],
              changed: set[tuple[str, str]] | None, max_actors: int = 200, max_topics: int = 40) -> PositionGrid:
    """The grid from (actor, topic) -> statements and latest stance (store.aggregates.positions)
    and the (actor, target or topic) pairs whose stance changed."""
    per_actor: dict[str, int] = {}
    per_topic: dict[str, int] = {}
    for (actor, topic), n in counts.items():
        per_actor[actor] = per_actor.get(actor, 0) + n
        per_topic[topic] = per_topic.get(topic, 0) + n
    actors = sorted(per_actor, key=lambda a: -per_actor[a])[:max_actors]
    # configured topics first; key terms (#…) of statements outside the topic file after them
    topics = sorted(per_topic, key=lambda t: (is_key_term(t), -per_topic[t], t))[:max_topics]
    return PositionGrid(actors, topics, latest, counts, changed)


_GRID_HINT = ("Latest stance per actor and topic:  + for  − against  · neutral  ↻ changed{}  "
              "(move to a cell; enter opens its statements in the timeline)")


class PositionsView(Vertical):
    """Actors × topics; a cell shows the latest stance, ↻ where it changed. Moving to a cell shows
    that actor's statements on that topic in time order and a chart of the stance over time."""

    @dataclass
    class CellChosen(Message):
        actor_id: str | None
        topic: str | None

    def compose(self) -> ComposeResult:
        yield Static(_GRID_HINT.format(""), classes="hint", id="positions-hint")
        yield KeyTable(id="positions-grid", cursor_type="cell", zebra_stripes=True)
        with Horizontal(id="positions-lower"):
            with Vertical(id="positions-left"):
                yield Label("", id="positions-title")
                yield KeyTable(id="positions-statements", cursor_type="row")
            yield PlotextPlot(id="positions-chart")

    def on_mount(self) -> None:
        st = self.query_one("#positions-statements", KeyTable)
        st.add_column("Date", key="date", width=13)
        st.add_column("Stance", key="stance", width=9)
        st.add_column("Because of", key="words", width=20)
        st.add_column("Statement", key="quote", width=56)
        self.grid = PositionGrid()
        self.names: dict[str, str] = {}
        self.change_after: set[str] = set()

    def computing(self) -> None:
        self.query_one("#positions-title", Label).update(Text("Computing positions …", style="bold yellow"))

    def failed(self, reason: str) -> None:
        self.query_one("#positions-title", Label).update(
            Text(f"Could not compute the positions ({reason}); press 3 to try again.", style="bold red"))

    def fill(self, grid: PositionGrid, names: dict[str, str]) -> None:
        self.grid, self.names = grid, names
        self.query_one("#positions-hint", Static).update(
            _GRID_HINT.format(" (being found …)" if grid.changed is None else ""))
        table = self.query_one("#positions-grid", KeyTable)
        keep = table.cursor_coordinate
        table.clear(columns=True)
        # explicit widths: auto widths race with a refill that follows quickly
        name_width = max([5] + [len(excerpt(names.get(a, a), 26)) for a in grid.actors])
        table.add_column("Actor", key="__actor__", width=name_width)
        for topic in grid.topics:
            label = excerpt(topic, 16)
            table.add_column(label, key=topic, width=max(len(label), 8))
        for aid in grid.actors:
            cells: list = [Text(excerpt(names.get(aid, aid), 26), style="bold")]
            for topic in grid.topics:
                key = (aid, topic)
                if key not in grid.latest:
                    cells.append("")
                    continue
                value = grid.latest[key]
                cell = stance_text(value)
                cell.append(f" {grid.counts.get(key, 0)}", style="dim")
                if grid.changed and key in grid.changed:
                    cell.append(" ↻", style="bold yellow")
                cells.append(cell)
            table.add_row(*cells, key=aid)
        if grid.actors and grid.topics:
            table.move_cursor(row=min(keep.row, table.row_count - 1),
                              column=max(1, min(keep.column, len(grid.topics))), animate=False)
        else:
            self.query_one("#positions-title", Label).update(
                "No statement has a topic under the current filters.")

    def current(self) -> tuple[str | None, str | None]:
        table = self.query_one("#positions-grid", KeyTable)
        if not table.row_count:
            return None, None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate)
        except Exception:
            return None, None
        topic = key.column_key.value
        return key.row_key.value, (None if topic == "__actor__" else topic)

    @on(DataTable.CellHighlighted, "#positions-grid")
    def _cell(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        actor, topic = self.current()
        self.post_message(self.CellChosen(actor, topic))

    @on(DataTable.CellSelected, "#positions-grid")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.query_one("#positions-statements").focus()

    def show_cell(self, actor: str | None, topic: str | None, statements: list[Statement],
                  changes: list[PositionChange]) -> None:
        """``statements``: that actor's statements on that topic in time order."""
        title = self.query_one("#positions-title", Label)
        table = self.query_one("#positions-statements", KeyTable)
        plot = self.query_one("#positions-chart", PlotextPlot)
        table.clear()
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if not actor or not topic:
            title.update("Move to a topic cell to see the statements behind it.")
            plot.refresh()
            return
        self.change_after = {c.after for c in changes if c.actor == actor and topic in (c.topic, c.target)}
        n_changes = len(self.change_after)
        title.update(Text.assemble((self.names.get(actor, actor), "bold"), " on ", (topic, "bold"),
                                   f": {len(statements)} statements, ",
                                   (f"{n_changes} change{'s' if n_changes != 1 else ''}",
                                    "bold yellow" if n_changes else "")))
        xs: list[int] = []
        ys: list[int] = []
        labels: list[str] = []
        for i, s in enumerate(statements):
            value = s.stance.get(topic, 0)
            changed = s.id in self.change_after
            quote = Text(excerpt(s.quote_text, 56))
            stance = stance_text(value, long=True)
            date = Text(date_label(s.date, s.date_precision))
            if changed:
                date = Text("↻ " + (s.date or "unknown"), style="bold yellow")
                quote.stylize("bold")
            words = Text(excerpt(", ".join(s.stance_evidence.get(topic) or []), 20), style="dim italic")
            table.add_row(date, stance, words, quote, key=s.id)
            xs.append(i + 1)
            ys.append(value)
            labels.append((s.date or "?")[5:] if s.date else "?")
        if xs:
            plt.plot(xs, ys, marker="braille")
            plt.scatter(xs, ys, marker="●")
            step = max(1, len(xs) // 6)
            plt.xticks(xs[::step], labels[::step])
            plt.yticks([-1, 0, 1], ["against", "neutral", "for"])
            plt.ylim(-1.3, 1.3)
            plt.xlim(0.5, len(xs) + 0.5)
            plt.title(f"stance on {topic} over time")
        plot.refresh()

    @property
    def current_statement(self) -> str | None:
        return self.query_one("#positions-statements", KeyTable).current_key


# --- Changes --------------------------------------------------------------------------------
class ChangesView(Vertical):
    def compose(self) -> ComposeResult:
        yield Static("", id="changes-status", classes="hint")
        yield KeyTable(id="changes-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="changes-detail"):
            yield Static("", id="changes-body")

    def on_mount(self) -> None:
        table = self.query_one("#changes-table", KeyTable)
        table.add_column("Changed on", key="date", width=11)
        table.add_column("Actor", key="actor", width=24)
        table.add_column("Target", key="topic", width=18)
        table.add_column("From → to", key="move", width=20)
        table.add_column("Before", key="before", width=11)
        table.add_column("Latest statement", key="quote", width=64)
        self.changes: dict[str, PositionChange] = {}

    def computing(self) -> None:
        self.query_one("#changes-status", Static).update(Text("Finding position changes …", style="bold yellow"))

    def failed(self, reason: str) -> None:
        self.query_one("#changes-status", Static).update(
            Text(f"Could not find the position changes ({reason}); press 4 to try again.", style="bold red"))

    def fill(self, changes: list[PositionChange], names: dict[str, str], quotes: dict[str, str],
             filters: str, total: int | None = None) -> None:
        """``changes``: newest first (at most the rows to show); ``total``: how many there are."""
        table = self.query_one("#changes-table", KeyTable)
        keep = table.current_key
        table.clear()
        self.changes = {}
        ordered = changes
        total = len(ordered) if total is None else total
        for c in ordered:
            # one statement can change several targets of a topic, and change twice on one target
            # (what it recalls against an earlier article, what it says now against the recall)
            key = "|".join((c.after, c.target or c.topic, c.before, c.after_date or ""))
            self.changes[key] = c
            move = Text.assemble(stance_text(c.before_stance, long=True), " → ", stance_text(c.after_stance, long=True))
            table.add_row(c.after_date or "unknown", excerpt(names.get(c.actor, c.actor), 24), excerpt(c.target or c.topic, 18),
                          move, c.before_date or "unknown", excerpt(quotes.get(c.after, ""), 64), key=key)
        table.move_to_key(keep)
        more = f" (the newest {len(ordered):,} shown; filter to narrow)" if total > len(ordered) else ""
        self.query_one("#changes-status", Static).update(
            f"{total:,} position change{'s' if total != 1 else ''}, newest first{more} · {filters} · "
            "enter: the statements in the timeline")
        if not ordered:
            self.query_one("#changes-body", Static).update(
                Text("No position changes under the current filters.", style="dim"))

    def current(self) -> PositionChange | None:
        key = self.query_one("#changes-table", KeyTable).current_key
        return self.changes.get(key) if key else None

    def show_change(self, c: PositionChange | None, before: Statement | None, after: Statement | None,
                    name: str, published: dict[str, str | None] | None = None) -> None:
        """The change with both statements, the date of each position and its deciding words.
        ``published``: the publication date of each statement's article, said for a recall."""
        body = self.query_one("#changes-body", Static)
        if c is None:
            return
        on = c.target or c.topic
        text = Text.assemble((name, "bold"), " on ", (on, "bold"),
                             (f" ({c.topic})" if c.topic and c.topic != on else "", "dim"), ": ",
                             stance_text(c.before_stance, long=True), " → ", stance_text(c.after_stance, long=True), "\n\n")
        for label, s, when, value, words in (("Before", before, c.before_date, c.before_stance, c.before_words),
                                             ("After", after, c.after_date, c.after_stance, c.after_words)):
            said = recall_note(s, when, (published or {}).get(s.id) if s is not None else None)
            text.append(f"{label} ({when or 'unknown'}{said}): ", style=STANCE_STYLE.get(value, ""))
            if s is not None:
                text.append(f"„{s.quote_text.strip()}“")
            if words:
                text.append(f"\n   because of: {', '.join(words)}", style="dim italic")
            text.append("\n")
        body.update(text)

    @property
    def current_statement(self) -> str | None:
        c = self.current()
        return c.after if c else None


def recall_note(s: Statement | None, when: str | None, published: str | None) -> str:
    """", recalled in an article of <date>" when the position at ``when`` is one the statement
    recalls ("hatte sich im Januar … ausgesprochen"): it counts at the time it recalls."""
    if s is None or not when or when != s.recalled_date or not (s.recalled_stance or s.recalled):
        return ""
    return f", recalled in an article of {published}" if published and published != when else ", recalled"


# --- Articles -------------------------------------------------------------------------------
class ArticlesView(Vertical):
    @dataclass
    class Open(Message):
        article_id: str

    def compose(self) -> ComposeResult:
        yield Static("", id="articles-status", classes="hint")
        yield KeyTable(id="articles-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one("#articles-table", KeyTable)
        table.add_column("Published", key="published", width=11)
        table.add_column("Source", key="source", width=12)
        table.add_column("Lang", key="lang", width=4)
        table.add_column("Statements", key="count", width=10)
        table.add_column("Title", key="title", width=100)

    def fill(self, articles: list[Article], counts: dict[str, int]) -> None:
        table = self.query_one("#articles-table", KeyTable)
        keep = table.current_key
        table.clear()
        unknown = 0
        for a in articles:
            if a.published:
                published = Text(a.published)
            else:
                unknown += 1
                published = Text("unknown", style="bold yellow")
            table.add_row(published, excerpt(a.source, 12), a.lang, Text(str(counts.get(a.id, 0)), justify="right"),
                          excerpt(a.title or "(untitled)", 100), key=a.id)
        table.move_to_key(keep)
        note = f" · {unknown} without a date: p sets it" if unknown else ""
        self.query_one("#articles-status", Static).update(
            f"{len(articles)} articles{note} · enter: read it with its quotes marked · t: its statements in the timeline")

    @on(DataTable.RowSelected, "#articles-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Open(event.row_key.value))

    @property
    def current_article(self) -> str | None:
        return self.query_one("#articles-table", KeyTable).current_key
