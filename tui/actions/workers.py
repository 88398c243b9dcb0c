"""The background workers' ends: results and errors of extraction, positions, changes and
export workers reach the user here, as notifications, never as a crash."""
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

    def report_error(self, what: str, err: BaseException | None) -> None:
        """The one place errors reach the user."""
        self.notify(f"{what}: {self.error_text(err)}", severity="error", timeout=10)
