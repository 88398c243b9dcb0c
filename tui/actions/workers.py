"""The background workers' ends: results and errors of extraction, positions, changes and
export workers reach the user here, as notifications, never as a crash; so does a database that
cannot be re-read (the periodic check for other processes' writes)."""
from __future__ import annotations

from textual.worker import Worker, WorkerState

from store import StoreError

from ..widgets.common import excerpt
from ..widgets.views import ChangesView, PositionsView

# What the user reads when a worker (by name) raises
WORKER_ERRORS = {
    "positions": "Could not compute the positions",
    "changes": "Could not find the position changes",
    "export": "Could not export",
}


class WorkerActions:
    """Mixin of WortlautApp: worker state changes and error reporting."""

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

    def check_reload(self, announce: bool = True, repeat_error: bool = True) -> bool:
        """Pick up another process's writes and the day files repaired since they were found damaged
        (Store.repaired_days: a stat each while they stay as they are); a database that cannot be
        read is reported (without ``repeat_error``: only when the error is not the one reported last)."""
        changed = False
        try:
            changed = self.store.reload_if_changed()
            repaired = self.store.repaired_days() if self.store.damaged else []
        except (StoreError, OSError, ValueError) as err:
            text = self.error_text(err)
            if repeat_error or text != self.reload_error:
                self.report_error("Could not re-read the database", err)
            self.reload_error = text
            if changed:  # (the reload went through: only a repaired day's file could not be read)
                self.refresh_all()
            return changed
        self.reload_error = None
        if changed or repaired:
            self.refresh_all()
        if changed and announce:
            self.notify("The database changed on disk; reloaded.", timeout=3)
        if repaired:
            self.notify(f"The day file of {', '.join(repaired)} is whole again: its articles are back.",
                        title="Day file repaired", timeout=6)
        return changed or bool(repaired)

    def check_reload_quietly(self) -> None:
        """The periodic and on-focus check: a damaged database is told once, not every two seconds."""
        self.check_reload(repeat_error=False)

    def action_reload(self) -> None:
        if not self.check_reload(announce=True):
            self.notify("Up to date.", timeout=2)

    def tell_damaged_days(self) -> None:
        """The day files found damaged when the store opened, and from now on each one found later,
        by any worker: the store tells the dashboard itself (Store.on_damaged), not through the
        process-wide warnings filters another thread's catch_warnings may swap meanwhile."""
        for said in self.store.damaged_said.values():  # (told on stderr too, before the dashboard took the terminal)
            self.damaged_day_found(said)
        self.store.on_damaged = self.damaged_day_found

    def damaged_day_found(self, why: str) -> None:
        """A day file that cannot be read: a notification (notify is thread-safe: workers call this)."""
        self.notify(why, title="Damaged day file", severity="error", timeout=20)

    def notify(self, message: str, *, markup: bool = False, **kwargs) -> None:
        """Every notification shows its text as written: it carries names, quotes, paths and error
        messages, whose '[' Textual would read as markup (a stray '[/]' ended the app when drawn)."""
        super().notify(message, markup=markup, **kwargs)  # type: ignore[misc]  # (App.notify, after the mixins)

    def report_error(self, what: str, err: BaseException | None) -> None:
        """The one place errors reach the user."""
        self.notify(f"{what}: {self.error_text(err)}", severity="error", timeout=10)
