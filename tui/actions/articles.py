"""Articles: adding one (the extraction worker and its busy line), opening one, showing its
statements, and setting its publication date (which dates its statements anew)."""
from __future__ import annotations

import threading
from dataclasses import replace

from textual import work
from textual.worker import WorkerState

from extract.model import Article
from store import Filter, StoreError

from ..screens.add_article import AddArticleScreen, AddRequest
from ..screens.article_text import ArticleScreen
from ..screens.corrections import SetDateScreen
from ..widgets.common import excerpt

EXTRACTION_LOCK = threading.Lock()


class ArticleActions:
    """Mixin of WortlautApp: what the add form, the Articles view and the article screen do."""

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

    def extracting(self) -> list[str]:
        """The busy line's words for the extractions running (WriteActions.update_busy shows them)."""
        running = [r for w, r in self.busy.items() if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        if not running:
            return []
        label = f"Extracting statements from “{excerpt(running[0].label, 50)}”"
        if len(running) > 1:
            label += f" and {len(running) - 1} more"
        return [label + " … (the dashboard stays usable)"]

    def extraction_done(self, req: AddRequest, extraction) -> None:
        self.write(f"Could not store “{excerpt(req.label, 40)}”",
                   lambda: self.store.add(extraction, replace=req.replace),
                   lambda result: self.extraction_stored(req, extraction, result))

    def extraction_stored(self, req: AddRequest, extraction, result) -> None:
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


    # --- reading an article -----------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        article = self.readable_article(article_id, "Could not open the article")
        if article is None:
            return
        statements = self.store.statements(Filter(article=article.id))

        def done(result: str | None) -> None:
            if result == "timeline":
                self.show_article_in_timeline(article.id)
            elif result == "date":
                self.ask_published(article.id)

        self.push_screen(ArticleScreen(article, statements, self.names()), done)

    def readable_article(self, article_id: str, what: str) -> Article | None:
        """The article, or None; one whose day file cannot be read (damaged, missing) is said."""
        try:
            return self.store.article(article_id)
        except StoreError as err:
            self.report_error(what, err)
            return None

    def action_article_timeline(self) -> None:
        article = self.selected_article()
        if article:
            self.show_article_in_timeline(article)

    # --- its publication date ---------------------------------------------------------------
    def action_set_published(self) -> None:
        article = self.selected_article()
        if article is None:
            self.notify("Select an article (Articles view) or a statement first.", severity="warning", timeout=4)
            return
        self.ask_published(article)

    def ask_published(self, article_id: str) -> None:
        article = self.readable_article(article_id, "Could not set the publication date")
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

