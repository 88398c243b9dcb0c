"""The Wortlaut dashboard: who said what, when, and did they change their position.

Views (keys 1–5): Timeline (actor list · statements · detail), Actors, Positions, Changes,
Articles. Every filter is answered by the store; the timeline shows one window of rows at a time.
Extraction, the positions grid and exports run in thread workers; every worker error is shown
as a notification, never a crash.
"""
from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import AppFocus
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, ProgressBar, Static, TabbedContent, TabPane
from textual.worker import Worker, WorkerState, get_current_worker

from extract.model import Actor, Article, PositionChange, Statement
from store import NO_ACTOR, Filter, Store, StoreError
from store.export import write_export

from .screens.add_article import AddArticleScreen, AddRequest
from .screens.article_text import ArticleScreen
from .screens.commands import WortlautCommands
from .screens.corrections import EditStatementScreen, PickActorScreen, Picked, RenameScreen, SetDateScreen
from .screens.export import ExportRequest, ExportScreen
from .screens.filters import FilterRequest, FilterScreen
from .screens.help import HelpScreen
from .widgets.actor_list import ALL, NOBODY, ActorList
from .widgets.common import excerpt
from .widgets.detail import DetailPane
from .widgets.timeline import TimelineTable
from .widgets.views import ActorsView, ArticlesView, ChangesView, PositionsView, position_grid

VIEWS = ("timeline", "actors", "positions", "changes", "articles")
EXTRACTION_LOCK = threading.Lock()
MAX_CHANGES = 1000  # rows in the Changes table (newest first); the status line gives the total
# What the user reads when a worker (by name) raises
WORKER_ERRORS = {
    "positions": "Could not compute the positions",
    "changes": "Could not find the position changes",
    "export": "Could not export",
}

# Help groups: binding-id prefix -> title (in this order)
GROUPS = [
    ("view", "Views"),
    ("move", "Moving around"),
    ("filter", "Filters"),
    ("statement", "Statements (timeline, positions, changes)"),
    ("actor", "Actors"),
    ("article", "Articles"),
    ("app", "General"),
]
MOVE_HELP = [
    ("↑ ↓  j k", "move the cursor"),
    ("PgUp PgDn", "a screen up / down"),
    ("g G  home end", "first / last statement"),
    ("tab  shift+tab", "next / previous pane"),
    ("enter", "on an actor: filter the timeline to them · on an article: read it · on a change: its statement"),
    ("space", "on an actor: add it to / remove it from the actor filter (several actors)"),
    ("mouse", "click selects, click on a tab switches view"),
]

# The logical filters (set_filter's keys) and the value that switches each off
FILTER_OFF = {"actors": (), "dates": (None, None), "topics": (), "kinds": (), "text": "", "article": None}

# What the help screen says for a binding (the Footer keeps the short description)
HELP_TEXT = {
    "app.quit": "quit",
    "app.help": "this help",
    "filter.search": "search quotes and speaker names (in Actors: search actors)",
    "filter.form": "filter by date range (2022-02-15 or 15.02.2022), topic and kind",
    "filter.clear_last": "clear the filter set last (in the search field: back to the table)",
    "filter.clear_all": "clear all filters",
    "article.add": "add an article: paste its text or give a file path",
    "article.set_date": "set the publication date of the selected article (Articles view or statement)",
    "article.timeline": "the selected article's statements in the timeline",
    "statement.edit": "edit the selected statement: date, precision, kind, topics, stance",
    "statement.reassign": "give the selected statement another speaker (or none)",
    "statement.reject": "mark the selected statement as not a statement",
    "actor.rename": "rename the selected actor (the old name stays an alias)",
    "actor.merge": "merge the selected actor into another (statements move, names become aliases)",
    "app.undo": "undo the last correction",
    "app.export": "export what the filters show as CSV or JSON",
    "app.reload": "re-read the database now (another process's writes are picked up every 2 s)",
}


def keymap_path() -> Path:
    """The user's key remapping file: binding id = "keys" (e.g. `statement.reassign = "ctrl+r,r"`)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("wortlaut")) / "keys.toml"


def load_keymap(path: Path) -> tuple[dict[str, str], str]:
    """(binding id -> keys, problem message or "")."""
    import tomllib

    if not path.exists():
        return {}, ""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return {}, f"{path}: {err}"
    keymap = {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    return keymap, (f"{path}: ignored {', '.join(bad)} (values are key strings)" if bad else "")


class Views(TabbedContent):
    """TabbedContent that switches views only by key, click or ``active`` — never because a
    widget in a hidden view received focus late (a stale focus message would otherwise pull
    the user back to the view they just left)."""

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        event.stop()
        event.prevent_default()  # skip TabbedContent's own handler


class WortlautApp(App):
    CSS_PATH = Path(__file__).parent / "app.tcss"
    # narrow terminals: the detail pane moves under the table, the actor list gets thinner
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (130, "-wide")]
    TITLE = "Wortlaut"
    COMMANDS = App.COMMANDS | {WortlautCommands}

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("1", "view('timeline')", "Timeline", show=False, id="view.timeline"),
        Binding("2", "view('actors')", "Actors", show=False, id="view.actors"),
        Binding("3", "view('positions')", "Positions", show=False, id="view.positions"),
        Binding("4", "view('changes')", "Changes", show=False, id="view.changes"),
        Binding("5", "view('articles')", "Articles", show=False, id="view.articles"),
        Binding("slash", "search", "Search", key_display="/", id="filter.search"),
        Binding("f", "filters", "Filter", id="filter.form"),
        Binding("escape", "clear_last_filter", "Clear last filter", show=False, id="filter.clear_last"),
        Binding("c", "clear_filters", "Clear all filters", show=False, id="filter.clear_all"),
        Binding("a", "add_article", "Add", id="article.add"),
        Binding("p", "set_published", "Set article date", show=False, id="article.set_date"),
        Binding("t", "article_timeline", "Article's statements", show=False, id="article.timeline"),
        Binding("e", "edit", "Edit", id="statement.edit"),
        Binding("r", "reassign", "Reassign", id="statement.reassign"),
        Binding("d", "not_statement", "Not a statement", show=False, id="statement.reject"),
        Binding("R,n", "rename", "Rename actor", show=False, id="actor.rename"),
        Binding("m", "merge", "Merge actors", show=False, id="actor.merge"),
        Binding("u", "undo", "Undo", id="app.undo"),
        Binding("x", "export", "Export", id="app.export"),
        Binding("ctrl+r", "reload", "Reload from disk", show=False, id="app.reload"),
    ]

    def __init__(self, db_path: Path, *, store: Store | None = None, today: date | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.store = store if store is not None else Store(self.db_path)
        self.today = today or date.today()
        self.filt = Filter()
        self.filter_order: list[str] = []  # logical filter keys, in the order they were set
        self.actor_map: dict[str, Actor] = {}
        self.busy: dict[Worker, AddRequest] = {}
        self.dirty: set[str] = set(VIEWS)
        self.sub_title = str(self.db_path)
        self._search_timer = None

    # --- layout -------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Views(initial="timeline", id="views"):
            with TabPane("1 Timeline", id="timeline"):
                with Horizontal(id="timeline-view"):
                    with Vertical(id="actors-pane"):
                        yield Label("Actors [dim](enter: filter)[/]", classes="pane-title")
                        yield ActorList(id="actor-list")
                    with Vertical(id="timeline-main"):
                        yield Input(placeholder="/  search quotes and names", id="search")
                        yield Static("", id="filter-bar")
                        yield TimelineTable(id="timeline-table")
                        yield Static("", id="timeline-status", classes="status")
                    yield DetailPane(id="detail")
            with TabPane("2 Actors", id="actors"):
                yield ActorsView(id="actors-view")
            with TabPane("3 Positions", id="positions"):
                yield PositionsView(id="positions-view")
            with TabPane("4 Changes", id="changes"):
                yield ChangesView(id="changes-view")
            with TabPane("5 Articles", id="articles"):
                yield ArticlesView(id="articles-view")
        with Horizontal(id="busy"):
            yield ProgressBar(total=None, show_eta=False, show_percentage=False, id="busy-bar")
            yield Label("", id="busy-label")
        yield Footer()

    def on_mount(self) -> None:
        keymap, problem = load_keymap(keymap_path())
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Key file", severity="warning", timeout=8)
        self.query_one("#busy").display = False
        self.refresh_all(position=0)
        self.query_one("#timeline-table").focus()
        self.set_interval(2.0, self.check_reload, name="reload")
        unknown = self.store.articles(undated=True)  # not every article: one partition
        if unknown:
            self.notify(f"{len(unknown)} article{'s have' if len(unknown) > 1 else ' has'} no known date: "
                        "5 (Articles), then p to set it.", title="Unknown dates", timeout=6)

    # --- lookups ------------------------------------------------------------------------------
    def actor_name(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        actor = self.actor_map.get(actor_id)
        return actor.name if actor else actor_id

    def names(self) -> dict[str, str]:
        return {aid: a.name for aid, a in self.actor_map.items()}

    @property
    def timeline(self) -> TimelineTable:
        return self.query_one("#timeline-table", TimelineTable)

    @property
    def active_view(self) -> str:
        return self.query_one("#views", TabbedContent).active or "timeline"

    def selected_statement(self) -> str | None:
        view = self.active_view
        if view == "positions":
            return self.query_one(PositionsView).current_statement
        if view == "changes":
            return self.query_one(ChangesView).current_statement
        if view == "timeline":
            return self.timeline.current_id
        return None

    def selected_actor(self) -> str | None:
        view = self.active_view
        if view == "actors":
            return self.query_one(ActorsView).current_actor
        if view == "positions":
            return self.query_one(PositionsView).current()[0]
        if view == "changes":
            c = self.query_one(ChangesView).current()
            return c.actor if c else None
        if view == "timeline":
            actor_list = self.query_one(ActorList)
            if actor_list.has_focus:
                return actor_list.current_actor
            sid = self.timeline.current_id
            s = self.store.statement(sid) if sid else None
            return s.speaker if s else None
        return None

    def selected_article(self) -> str | None:
        if self.active_view == "articles":
            return self.query_one(ArticlesView).current_article
        sid = self.selected_statement()
        s = self.store.statement(sid) if sid else None
        return s.article_id if s else None

    # --- refreshing ---------------------------------------------------------------------------
    def refresh_all(self, position: int | None = None) -> None:
        """Re-read everything from the store (after a correction, an add or a reload)."""
        actors = self.store.actors()
        self.actor_map = {a.id: a for a, _ in actors}
        self.query_one(ActorList).fill(actors, self.filt.actors, self.store.count(Filter()),
                                       self.store.count(Filter(actors=(NO_ACTOR,))))
        self.refresh_timeline(position)
        self.dirty = set(VIEWS) - {"timeline"}
        self.refresh_view(self.active_view)

    def refresh_timeline(self, position: int | None = None) -> None:
        table = self.timeline
        if position is None:
            position = table.position
        filt = self.filt
        total = self.store.count(filt)
        table.show(total, lambda offset, limit: self.store.statements(filt, offset, limit), self.actor_name, position)
        self.update_filter_bar()
        if not total:
            self.show_detail(None)

    def refresh_view(self, view: str) -> None:
        if view not in self.dirty:
            return
        self.dirty.discard(view)
        if view == "actors":
            self.query_one(ActorsView).fill(self.store.actors())
        elif view == "articles":
            self.query_one(ArticlesView).fill(self.store.articles(), self.store.article_counts())
        elif view == "positions":
            self.query_one(PositionsView).computing()
            self.compute_positions(self.filt)
        elif view == "changes":
            self.query_one(ChangesView).computing()
            self.compute_changes(self.filt)

    def fetch_all(self, filt: Filter, chunk: int = 2000) -> list[Statement] | None:
        """Every statement ``filt`` selects, fetched in slices from a worker thread: the store's
        lock is held for one slice at a time, so the dashboard keeps answering meanwhile.
        None when the worker was cancelled (a newer filter)."""
        worker = get_current_worker()
        total = self.store.count(filt)
        out: list[Statement] = []
        for offset in range(0, total, chunk):
            if worker.is_cancelled:
                return None
            out.extend(self.store.statements(filt, offset, chunk))
            time.sleep(0.002)  # let the event loop take the GIL between slices
        return out

    def find_changes(self, filt: Filter) -> list[PositionChange] | None:
        """store.changes(filt), computed outside the store's lock (same rules: extract.positions)."""
        from extract.positions import find_changes

        statements = self.fetch_all(filt)
        return None if statements is None else find_changes(statements)

    @work(thread=True, exclusive=True, group="changes", exit_on_error=False, name="changes")
    def compute_changes(self, filt: Filter) -> None:
        changes = self.find_changes(filt)
        if changes is None:
            return
        changes.sort(key=lambda c: (c.after_date or "", c.before_date or ""), reverse=True)
        shown = changes[:MAX_CHANGES]
        quotes = {}
        for c in shown:
            s = self.store.statement(c.after)
            if s is not None:
                quotes[c.after] = s.quote_text
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._changes_ready, filt, shown, len(changes), quotes)

    def _changes_ready(self, filt: Filter, shown: list[PositionChange], total: int, quotes: dict[str, str]) -> None:
        if filt != self.filt:
            return  # the filters moved on; a newer worker is coming
        self.query_one(ChangesView).fill(shown, self.names(), quotes, self.filter_summary(short=True), total)
        self.show_change()

    @work(thread=True, exclusive=True, group="positions", exit_on_error=False, name="positions")
    def compute_positions(self, filt: Filter) -> None:
        from extract.positions import find_changes

        statements = self.fetch_all(filt)
        if statements is None:
            return
        grid = position_grid(statements, find_changes(statements))
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._positions_ready, filt, grid)

    def _positions_ready(self, filt: Filter, grid) -> None:
        if filt != self.filt:
            return
        view = self.query_one(PositionsView)
        view.fill(grid, self.names())
        self.show_position_cell(*view.current())

    def show_position_cell(self, actor: str | None, topic: str | None) -> None:
        view = self.query_one(PositionsView)
        if not actor or not topic:
            view.show_cell(None, None, [], [])
            return
        filt = replace(self.filt, actors=(actor,), topics=(topic,))
        view.show_cell(actor, topic, self.store.statements(filt), self.store.changes(filt))

    def show_detail(self, statement_id: str | None) -> None:
        s = self.store.statement(statement_id) if statement_id else None
        actor = self.store.actor(s.speaker) if (s and s.speaker) else None
        article = self.store.article(s.article_id) if s else None
        self.query_one(DetailPane).show(s, actor, article)

    def show_change(self) -> None:
        view = self.query_one(ChangesView)
        c = view.current()
        if c is None:
            return
        view.show_change(c, self.store.statement(c.before), self.store.statement(c.after), self.actor_name(c.actor))

    # --- events -------------------------------------------------------------------------------
    @on(TimelineTable.RowHighlighted, "#timeline-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail(event.row_key.value)

    @on(TimelineTable.WindowChanged)
    def _window_changed(self, event: TimelineTable.WindowChanged) -> None:
        t = event.table
        status = self.query_one_optional("#timeline-status", Static)
        if status is None:  # the app is shutting down
            return
        if not t.total:
            hint = "No statements yet: press a to add an article." if not self.store.count(Filter()) else \
                "No statement matches the filters: esc clears the last one, c clears all."
            status.update(Text(hint, style="bold yellow"))
            return
        status.update(f"statement {t.position + 1:,} of {t.total:,}  ·  PgUp/PgDn page  ·  g/G first/last")

    @on(TabbedContent.TabActivated, "#views")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        view = event.pane.id or "timeline"
        self.refresh_view(view)
        self.call_after_refresh(self._focus_view, view)

    def _focus_view(self, view: str) -> None:
        if view != self.active_view:
            return  # a late event for a view the user already left
        target = {"timeline": "#timeline-table", "actors": "#actors-table", "positions": "#positions-grid",
                  "changes": "#changes-table", "articles": "#articles-table"}[view]
        try:
            self.query_one(target).focus()
        except Exception:
            pass

    @on(OptionList.OptionSelected, "#actor-list")
    def _actor_selected(self, event: OptionList.OptionSelected) -> None:
        actor_id = event.option.id
        self.set_filter("actors", () if actor_id == ALL else (NO_ACTOR if actor_id == NOBODY else actor_id,))
        self.timeline.focus()

    @on(ActorsView.Chosen)
    def _actor_chosen(self, event: ActorsView.Chosen) -> None:
        self.set_filter("actors", (event.actor_id,))
        self.action_view("timeline")

    @on(PositionsView.CellChosen)
    def _position_cell(self, event: PositionsView.CellChosen) -> None:
        self.show_position_cell(event.actor_id, event.topic)

    @on(DataTable.RowHighlighted, "#changes-table")
    def _change_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_change()

    @on(DataTable.RowSelected, "#changes-table")
    def _change_selected(self, event: DataTable.RowSelected) -> None:
        c = self.query_one(ChangesView).current()
        if c is not None:
            self.show_position_in_timeline(c.actor, c.topic)

    @on(DataTable.RowSelected, "#positions-statements")
    def _position_statement_selected(self, event: DataTable.RowSelected) -> None:
        actor, topic = self.query_one(PositionsView).current()
        if actor and topic:
            self.show_position_in_timeline(actor, topic)

    def show_position_in_timeline(self, actor: str, topic: str) -> None:
        """The timeline filtered to one actor's statements on one topic."""
        self.set_filter("actors", (actor,))
        self.set_filter("topics", (topic,))
        self.action_view("timeline")

    @on(ArticlesView.Open)
    def _open_article(self, event: ArticlesView.Open) -> None:
        article = self.store.article(event.article_id)
        if article is None:
            return
        statements = self.store.statements(Filter(article=article.id))

        def done(result: str | None) -> None:
            if result == "timeline":
                self.show_article_in_timeline(article.id)
            elif result == "date":
                self.ask_published(article.id)

        self.push_screen(ArticleScreen(article, statements, self.names()), done)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        value = event.value
        self._search_timer = self.set_timer(0.25, lambda: self._apply_search(value))

    def _apply_search(self, value: str) -> None:
        if value.strip() != self.filt.text:
            self.set_filter("text", value.strip(), sync_input=False)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._apply_search(event.value)
        self.timeline.focus()

    def on_app_focus(self, event: AppFocus) -> None:
        self.check_reload()

    # --- filters ------------------------------------------------------------------------------
    def set_filter(self, key: str, value, *, sync_input: bool = True) -> None:
        """Set one logical filter (actors, dates, topics, kinds, text, article) and redraw."""
        if key == "dates":
            date_from, date_to = value
            self.filt = replace(self.filt, date_from=date_from, date_to=date_to)
            active = bool(date_from or date_to)
        else:
            self.filt = replace(self.filt, **{key: value})
            active = bool(value)
        if key in self.filter_order:
            self.filter_order.remove(key)
        if active:
            self.filter_order.append(key)
        if key == "text" and sync_input:
            search = self.query_one("#search", Input)
            if search.value != value:
                with search.prevent(Input.Changed):
                    search.value = value
        if key == "actors":
            self.query_one(ActorList).mark(self.filt.actors)
        self.filters_changed()

    def filters_changed(self) -> None:
        """Redraw what depends on the filters: the timeline from its top, Positions and Changes."""
        self.refresh_timeline(position=0)
        self.dirty |= {"positions", "changes"}
        self.refresh_view(self.active_view)

    def clear_filter(self, key: str) -> None:
        self.set_filter(key, FILTER_OFF[key])

    def filter_summary(self, short: bool = False) -> str:
        f = self.filt
        parts = []
        for key in self.filter_order:
            if key == "actors":
                names = [self.actor_name(a) if a != NO_ACTOR else "(no speaker)" for a in f.actors]
                parts.append("actor " + ", ".join(names))
            elif key == "dates":
                parts.append(f"date {f.date_from or '…'} – {f.date_to or '…'}")
            elif key == "topics":
                parts.append("topic " + ", ".join(f.topics))
            elif key == "kinds":
                parts.append("kind " + ", ".join(f.kinds))
            elif key == "text":
                parts.append(f"text „{f.text}“")
            elif key == "article":
                article = self.store.article(f.article) if f.article else None
                parts.append("article " + excerpt(article.title if article else str(f.article), 40))
        if not parts:
            return "no filters" if short else ""
        return " · ".join(parts)

    def update_filter_bar(self) -> None:
        bar = self.query_one("#filter-bar", Static)
        summary = self.filter_summary()
        if summary:
            bar.update(Text.assemble(("Filters: ", "bold"), (summary, "bold cyan"),
                                     ("   esc clears the last · c clears all", "dim")))
        else:
            bar.update(Text("No filters · enter on an actor · / search · f dates, topic, kind", style="dim"))

    def action_search(self) -> None:
        if self.active_view == "actors":
            self.query_one("#actors-search", Input).focus()
            return
        self.action_view("timeline")
        self.query_one("#search", Input).focus()

    def action_filters(self) -> None:
        f = self.filt

        def done(result: FilterRequest | None) -> None:
            if result is None:
                return
            if (result.date_from, result.date_to) != (f.date_from, f.date_to):
                self.set_filter("dates", (result.date_from, result.date_to))
            topics = (result.topic,) if result.topic else ()
            if topics != self.filt.topics:
                self.set_filter("topics", topics)
            kinds = (result.kind,) if result.kind else ()
            if kinds != self.filt.kinds:
                self.set_filter("kinds", kinds)

        self.push_screen(FilterScreen(f.date_from, f.date_to, f.topics[0] if f.topics else None,
                                      f.kinds[0] if f.kinds else None, self.store.topics()), done)

    def action_clear_last_filter(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus and not search.value:
            self.timeline.focus()
            return
        if not self.filter_order:
            if search.has_focus:
                self.timeline.focus()
            else:
                self.notify("No filter to clear.", timeout=2)
            return
        key = self.filter_order[-1]
        self.clear_filter(key)
        self.notify(f"Cleared the {key} filter.", timeout=2)

    def action_clear_filters(self) -> None:
        self.filt = Filter()
        self.filter_order.clear()
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.query_one(ActorList).mark(())
        self.filters_changed()

    def action_toggle_actor(self) -> None:
        actor = self.query_one(ActorList).current_filter_key
        if actor is None:
            self.set_filter("actors", ())
            return
        actors = list(self.filt.actors)
        if actor in actors:
            actors.remove(actor)
        else:
            actors.append(actor)
        self.set_filter("actors", tuple(actors))

    def show_article_in_timeline(self, article_id: str) -> None:
        self.action_clear_filters()
        self.set_filter("article", article_id)
        self.action_view("timeline")

    def action_article_timeline(self) -> None:
        article = self.selected_article()
        if article:
            self.show_article_in_timeline(article)

    # --- views and help ---------------------------------------------------------------------
    def action_view(self, view: str) -> None:
        tabs = self.query_one("#views", TabbedContent)
        if tabs.active != view:
            tabs.active = view
        else:
            self.refresh_view(view)  # a view whose worker failed computes again
            self._focus_view(view)

    def help_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        groups: dict[str, list[tuple[str, str]]] = {prefix: [] for prefix, _ in GROUPS}
        groups["move"] = list(MOVE_HELP)
        keymap = getattr(self, "_keymap", {}) or {}
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            prefix = (binding.id or "app").split(".")[0]
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = "  ".join(binding.key_display or self.get_key_display(Binding(k.strip(), ""))
                              for k in keys.split(","))
            groups.setdefault(prefix, []).append((shown, HELP_TEXT.get(binding.id or "", binding.description)))
        groups["app"].append(("ctrl+p", "command palette: every action by name"))
        groups["app"].append(("", f"remap keys by binding id in {keymap_path()}"))
        return [(title, groups[prefix]) for prefix, title in GROUPS if groups.get(prefix)]

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups()))

    # --- adding an article ------------------------------------------------------------------
    def action_add_article(self, initial: AddRequest | None = None) -> None:
        def done(req: AddRequest | None) -> None:
            if req is not None:
                self.start_extraction(req)

        self.push_screen(AddArticleScreen(initial), done)

    def start_extraction(self, req: AddRequest) -> None:
        worker = self.extract_worker(req)
        self.busy[worker] = req
        self.update_busy()

    @work(thread=True, exit_on_error=False, group="extract", name="extract", description="extract an article")
    def extract_worker(self, req: AddRequest):
        from extract.pipeline import extract_article

        text = req.article_text
        if not text.strip():
            raise ValueError("the text is empty")
        with EXTRACTION_LOCK:  # one at a time: the language pipelines are shared, not thread-safe
            return extract_article(
                text, lang=None if req.lang in ("", "auto") else req.lang, published=req.published,
                title=req.title, source=req.source, dateline=req.dateline,
                origin=req.origin, filename=req.filename,
                meta_date=req.meta_date,
            )

    def update_busy(self) -> None:
        box = self.query_one("#busy")
        running = [r for w, r in self.busy.items() if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        box.display = bool(running)
        if running:
            label = f"Extracting statements from “{excerpt(running[0].label, 50)}”"
            if len(running) > 1:
                label += f" and {len(running) - 1} more"
            self.query_one("#busy-label", Label).update(label + " … (the dashboard stays usable)")

    def extraction_done(self, req: AddRequest, extraction) -> None:
        try:
            result = self.store.add(extraction, replace=req.replace)
        except (StoreError, ValueError, OSError) as err:
            self.report_error(f"Could not store “{excerpt(req.label, 40)}”", err)
            return
        if req.replace:
            self.notify(f"“{excerpt(extraction.article.title, 50)}” is now dated {req.published}; "
                        f"its {result.statements} statements were re-dated.", title="Date set", timeout=6)
            self.refresh_all()
            self.dirty.add("articles")
            self.refresh_view(self.active_view)
            return
        date_note = "" if extraction.article.published else " · no date found: press p to set it"
        if result.new:
            self.notify(f"{result.statements} statement{'s' if result.statements != 1 else ''}, "
                        f"{result.actors} actor{'s' if result.actors != 1 else ''} found in "
                        f"“{excerpt(extraction.article.title or req.label, 50)}”{date_note}. "
                        "Showing them now (esc returns to the full timeline).",
                        title="Article added", timeout=8)
        else:
            self.notify("This article is already in the database; showing its statements.",
                        title="Already added", timeout=6)
        self.refresh_all()
        self.show_article_in_timeline(result.article_id)

    def extraction_failed(self, req: AddRequest, err: BaseException) -> None:
        reason = f"{type(err).__name__}: {err}" if not isinstance(err, (ValueError, OSError)) else str(err)
        self.notify(f"Extraction failed for “{excerpt(req.label, 40)}”: {reason}. Your input is kept.",
                    title="Could not add the article", severity="error", timeout=10)
        again = replace(req, error=f"Extraction failed: {reason}")
        if len(self.screen_stack) == 1 and not req.replace:
            self.action_add_article(again)

    # --- workers ------------------------------------------------------------------------------
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker, state = event.worker, event.state
        if worker in self.busy:
            if state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
                req = self.busy.pop(worker)
                try:
                    if state == WorkerState.SUCCESS:
                        self.extraction_done(req, worker.result)
                    elif state == WorkerState.ERROR:
                        self.extraction_failed(req, worker.error)
                except Exception as err:  # a failure while showing the result must not end the app
                    self.report_error(f"Could not finish adding “{excerpt(req.label, 40)}”", err)
            self.update_busy()
            return
        if state == WorkerState.ERROR:
            self.worker_failed(worker)

    def worker_failed(self, worker: Worker) -> None:
        """A positions, changes or export worker raised: say so; a view computes again when shown."""
        what = WORKER_ERRORS.get(worker.name, f"{worker.name or 'A background task'} failed")
        self.report_error(what, worker.error)
        if worker.name in ("positions", "changes"):
            self.dirty.add(worker.name)
            view = self.query_one_optional(PositionsView if worker.name == "positions" else ChangesView)
            if view is not None:  # None: the app is shutting down
                view.failed(self.error_text(worker.error))

    @staticmethod
    def error_text(err: BaseException | None) -> str:
        """An error for the user: the message, with the exception's type when it is unexpected."""
        message = str(err) if err is not None else "unknown error"
        if err is not None and not isinstance(err, (StoreError, ValueError, OSError, KeyError)):
            message = f"{type(err).__name__}: {message}"
        return message

    def report_error(self, what: str, err: BaseException | None) -> None:
        """The one place errors reach the user."""
        self.notify(f"{what}: {self.error_text(err)}", severity="error", timeout=10)

    # --- corrections --------------------------------------------------------------------------
    def corrected(self, description: str) -> None:
        self.notify(f"{description[:1].upper()}{description[1:]} — u undoes it.", title="Saved", timeout=5)
        self.refresh_all()
        self.show_detail(self.timeline.current_id)

    def run_correction(self, what: str, fn, *args) -> None:
        try:
            description = fn(*args)
        except (StoreError, ValueError, KeyError, OSError) as err:
            self.report_error(what, err)
            return
        self.corrected(description or what)

    def _need_statement(self) -> Statement | None:
        sid = self.selected_statement()
        s = self.store.statement(sid) if sid else None
        if s is None:
            self.notify("Select a statement first (Timeline, Positions or Changes).", severity="warning", timeout=4)
        return s

    def _need_actor(self) -> Actor | None:
        aid = self.selected_actor()
        actor = self.store.actor(aid) if aid else None
        if actor is None:
            self.notify("Select an actor first (actor list, Actors view, or a statement with a speaker).",
                        severity="warning", timeout=4)
        return actor

    def action_edit(self) -> None:
        s = self._need_statement()
        if s is None:
            return

        def done(fields: dict | None) -> None:
            if fields is None:
                return
            if not fields:
                self.notify("Nothing changed.", timeout=2)
                return
            self.run_correction("Could not save the edit", lambda: self.store.edit_statement(s.id, **fields))

        self.push_screen(EditStatementScreen(s, self.actor_name(s.speaker)), done)

    def action_reassign(self) -> None:
        s = self._need_statement()
        if s is None:
            return

        def done(picked: Picked | None) -> None:
            if picked is not None:
                self.run_correction("Could not reassign", self.store.reassign, s.id, picked.actor_id)

        current = self.actor_name(s.speaker) or "nobody"
        self.push_screen(PickActorScreen(f"Who said this? (now: {current})", self.store.actors(), allow_none=True,
                                         exclude=s.speaker, hint=f"„{excerpt(s.quote_text, 100)}“"), done)

    def action_not_statement(self) -> None:
        s = self._need_statement()
        if s is None:
            return
        self.run_correction("Could not mark it", self.store.mark_not_statement, s.id)

    def action_rename(self) -> None:
        actor = self._need_actor()
        if actor is None:
            return

        def done(name: str | None) -> None:
            if name and name != actor.name:
                self.run_correction("Could not rename", self.store.rename_actor, actor.id, name)

        self.push_screen(RenameScreen(actor), done)

    def action_merge(self) -> None:
        actor = self._need_actor()
        if actor is None:
            return

        def done(picked: Picked | None) -> None:
            if picked is not None and picked.actor_id:
                self.run_correction("Could not merge", self.store.merge_actors, picked.actor_id, actor.id)
                if actor.id in self.filt.actors:
                    self.set_filter("actors", tuple(a if a != actor.id else picked.actor_id for a in self.filt.actors))

        self.push_screen(PickActorScreen(f"Merge {actor.name} into …", self.store.actors(), exclude=actor.id,
                                         hint=f"All statements of {actor.name} move to the actor you pick; "
                                              "its names become aliases."), done)

    def action_undo(self) -> None:
        try:
            description = self.store.undo()
        except (StoreError, ValueError, OSError) as err:
            self.report_error("Could not undo", err)
            return
        if description is None:
            self.notify("Nothing to undo.", timeout=3)
            return
        self.notify(description[:1].upper() + description[1:], title="Undone", timeout=5)
        self.refresh_all()

    def action_set_published(self) -> None:
        article = self.selected_article()
        if article is None:
            self.notify("Select an article (Articles view) or a statement first.", severity="warning", timeout=4)
            return
        self.ask_published(article)

    def ask_published(self, article_id: str) -> None:
        article = self.store.article(article_id)
        if article is None:
            return

        def done(value: str | None) -> None:
            if value and value != article.published:
                self.set_published(article, value)

        self.push_screen(SetDateScreen(f"Publication date of “{excerpt(article.title, 50)}”", article.published,
                                       hint="Statements dated relative to it („am Dienstag“, „gestern“) are "
                                            "re-dated; corrected statements keep their correction."), done)

    def set_published(self, article: Article, value: str) -> None:
        setter = getattr(self.store, "set_published", None)
        if setter is not None:  # a store that can change the date itself
            self.run_correction("Could not set the date", setter, article.id, value)
            return
        # otherwise: extract the article again with the date the user gave (store.add(replace=True)
        # keeps every statement a person corrected)
        request = AddRequest(text=article.text, published_raw=value, published=value, source=article.source,
                             lang=article.lang, title=article.title, dateline=article.dateline,
                             origin=article.origin, filename=None)
        request.replace = True
        self.start_extraction(request)

    # --- export -------------------------------------------------------------------------------
    def action_export(self) -> None:
        count = self.store.count(self.filt)
        summary = f"{count:,} statements · {self.filter_summary(short=True)}"
        default = Path.cwd() / f"wortlaut-{self.today.isoformat()}.csv"

        def done(req: ExportRequest | None) -> None:
            if req is not None:
                self.export_worker(req, self.filt)

        self.push_screen(ExportScreen(summary, default), done)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False, name="export")
    def export_worker(self, req: ExportRequest, filt: Filter) -> None:
        n = write_export(self.store, filt, req.fmt, req.path)
        self.call_from_thread(self.notify, f"{n:,} statements written to {req.path}", title="Exported", timeout=6)

    # --- another process's writes -------------------------------------------------------------
    def check_reload(self, announce: bool = True) -> bool:
        try:
            changed = self.store.reload_if_changed()
        except (StoreError, OSError, ValueError) as err:
            self.report_error("Could not re-read the database", err)
            return False
        if changed:
            self.refresh_all()
            if announce:
                self.notify("The database changed on disk; reloaded.", timeout=3)
        return changed

    def action_reload(self) -> None:
        if not self.check_reload(announce=True):
            self.notify("Up to date.", timeout=2)

    async def action_quit(self) -> None:
        try:
            self.store.close()
        except Exception:  # closing must never keep the user in
            pass
        self.exit()
