"""The Wortlaut dashboard: who said what, when, and did they change their position.

Views (keys 1–5): Timeline (actor list · statements · detail), Actors, Positions, Changes,
Articles. Every filter is answered by the store; the timeline shows one window of rows at a time.
Extraction, the positions grid and exports run in thread workers; every worker error is shown
as a notification, never a crash.

This module is the frame: layout, key bindings, the lookups every action shares, and the wiring
of events to the actions, which live beside the views they serve in tui/actions/.
"""
from __future__ import annotations

import gc
import warnings
from datetime import date
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import AppFocus
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, ProgressBar, Static, TabbedContent, TabPane
from textual.worker import Worker

from extract.model import Actor
from store import NO_ACTOR, Filter, Store, StoreError, StoreWarning
from store.export import write_export  # looked up here by the export worker (tests replace it)

from . import keys
from .actions.articles import ArticleActions
from .actions.changes import ChangesActions
from .actions.corrections import CorrectionActions
from .actions.filters import FilterActions
from .actions.positions import PositionsActions
from .actions.selection import SelectionLookups
from .actions.timeline import TimelineActions
from .actions.workers import WorkerActions
from .actions.writes import WriteActions
from .keys import HELP_TEXT, help_groups, keymap_path, load_keymap  # noqa: F401 (HELP_TEXT: tests read it here)
from .screens.add_article import AddRequest
from .screens.commands import WortlautCommands
from .screens.export import ExportRequest, ExportScreen
from .screens.help import HelpScreen
from .widgets.actor_list import ALL, NOBODY, ActorList
from .widgets.detail import DetailPane
from .widgets.timeline import TimelineTable
from .widgets.views import ActorsView, ArticlesView, ChangesView, PositionsView

VIEWS = ("timeline", "actors", "positions", "changes", "articles")


def keep_startup_objects() -> None:
    """Collect start-up garbage once, then freeze what is left (long-lived) out of later passes."""
    gc.collect()
    gc.freeze()


class Views(TabbedContent):
    """TabbedContent that switches views only by key, click or ``active`` — never because a
    widget in a hidden view received focus late (a stale focus message would otherwise pull
    the user back to the view they just left)."""

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        event.stop()
        event.prevent_default()  # skip TabbedContent's own handler


class WortlautApp(SelectionLookups, ArticleActions, ChangesActions, CorrectionActions, FilterActions,
                  PositionsActions, TimelineActions, WorkerActions, WriteActions, App):
    """The frame: layout, keys, refreshing the views, and events wired to the actions (tui/actions/)."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    # narrow terminals: the detail pane moves under the table, the actor list gets thinner
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (130, "-wide")]
    TITLE = "Wortlaut"
    COMMANDS = App.COMMANDS | {WortlautCommands}

    BINDINGS = keys.BINDINGS

    def __init__(self, db_path: Path, *, store: Store | None = None, today: date | None = None) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.store = store if store is not None else Store(self.db_path)
        self.today = today or date.today()
        self.filt = Filter()
        self.filter_order: list[str] = []  # logical filter keys, in the order they were set
        self.actor_map: dict[str, Actor] = {}
        self.busy: dict[Worker, AddRequest] = {}
        self.reload_error: str | None = None  # what the last re-read of the database failed with
        self.dirty: set[str] = set(VIEWS)
        self.sub_title = str(self.db_path)
        self._search_timer = None
        self.detail_id: str | None = None  # the statement the detail pane shows
        self.status_line: tuple[str, str] | None = None  # what the line under the timeline says (text, style)

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
        self._show_store_warnings()
        keymap, problem = load_keymap(keymap_path())
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Key file", severity="warning", timeout=8)
        self.query_one("#busy").display = False
        self.refresh_all(position=0)
        self.query_one("#timeline-table").focus()
        self.set_interval(2.0, self.check_reload_quietly, name="reload")
        # what start-up made (the store's indexes, the widgets) lives as long as the app: kept out
        # of the collector's passes, so a full collection never lands inside a filter change
        # (up to 40 ms at 1,000,000 statements; bench/tui.py)
        self.call_after_refresh(keep_startup_objects)
        self.tell_damaged_days()
        if self.store.locked_at_open:
            self.notify(f"The database is locked by {self.store.locked_at_open}, which is writing it: showing "
                        "what it has saved so far (it reloads when that process has finished); changes "
                        "you make wait for it.", title="Database busy", severity="warning", timeout=10)
        unknown = self.store.articles(undated=True)  # not every article: one partition
        if unknown:
            self.notify(f"{len(unknown)} article{'s have' if len(unknown) > 1 else ' has'} no known date: "
                        "5 (Articles), then p to set it.", title="Unknown dates", timeout=6)

    def on_unmount(self) -> None:
        gc.unfreeze()  # the start-up objects back to the collector: nothing kept once the app is gone
        self.store.on_damaged = None  # (StoreWarnings again, once the dashboard is gone)
        if warnings.showwarning is getattr(self, "_store_warnings_shown", None):
            warnings.showwarning = self._shown_before  # (not another app's hook installed since)

    def _show_store_warnings(self) -> None:
        """A StoreWarning (part of the database read another way, nothing lost: store.common) is
        shown as a notification; on stderr, under the dashboard, nobody would see it. Warnings
        come from workers too: notify is thread-safe. Once the app has ended, its hook (still in
        place if another app hooked in after it) passes every warning on."""
        self._shown_before = shown_before = warnings.showwarning

        def show(message, category, filename, lineno, file=None, line=None):
            if issubclass(category, StoreWarning) and self.is_running:
                self.notify(str(message), title="Database", severity="warning", timeout=12)
            else:
                shown_before(message, category, filename, lineno, file, line)

        warnings.showwarning = self._store_warnings_shown = show

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

    def refresh_view(self, view: str) -> None:
        if view not in self.dirty:
            if self.store.damaged:  # a day left out: back once its file is repaired (a stat, not every day file)
                self.check_reload(announce=False, repeat_error=False)
            return
        self.dirty.discard(view)
        try:
            if view == "actors":
                self.query_one(ActorsView).fill(self.store.actors())
            elif view == "articles":
                self.query_one(ArticlesView).fill(self.store.articles(), self.store.article_counts())
        except (StoreError, OSError, ValueError) as err:  # a damaged file: said, and tried again next time
            self.dirty.add(view)
            self.report_error(f"Could not show the {view}", err)
            return
        if view == "positions":
            self.query_one(PositionsView).computing()
            self.compute_positions(self.filt)
        elif view == "changes":
            self.query_one(ChangesView).computing()
            self.compute_changes(self.filt)

    # --- events: wiring to the actions --------------------------------------------------------
    @on(TimelineTable.RowHighlighted, "#timeline-table")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value != self.detail_id:
            self.show_detail(event.row_key.value)

    @on(TimelineTable.WindowChanged)
    def _window_changed(self, event: TimelineTable.WindowChanged) -> None:
        self.show_window_status(event.table)

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
        self.change_selected()

    @on(DataTable.RowSelected, "#positions-statements")
    def _position_statement_selected(self, event: DataTable.RowSelected) -> None:
        self.position_statement_selected()

    @on(ArticlesView.Open)
    def _open_article(self, event: ArticlesView.Open) -> None:
        self.open_article(event.article_id)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_changed(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.search_submitted(event.value)

    def on_app_focus(self, event: AppFocus) -> None:
        self.check_reload_quietly()

    # --- views and help ---------------------------------------------------------------------
    def action_view(self, view: str) -> None:
        tabs = self.query_one("#views", TabbedContent)
        if tabs.active != view:
            tabs.active = view
        else:
            self.refresh_view(view)  # a view whose worker failed computes again
            self._focus_view(view)

    def help_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return help_groups(self.BINDINGS, getattr(self, "_keymap", {}) or {}, self.get_key_display, keymap_path())

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups()))

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

    # --- quitting (another process's writes: WorkerActions.check_reload) ---------------------------
    async def action_quit(self) -> None:
        if self.waiting_writes() and not getattr(self, "_quit_warned", False):
            self._quit_warned = True  # the changes waiting for another process's lock would be lost
            self.notify("Changes are still waiting to be saved (the database is locked by another Wortlaut "
                        "process). Quit again to leave without them.", title="Not saved yet", severity="warning",
                        timeout=8)
            return
        try:
            self.store.close()
        except Exception:  # closing must never keep the user in
            pass
        self.exit()
