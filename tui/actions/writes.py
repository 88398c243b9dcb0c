"""Writing to the database without freezing the dashboard: a correction or an added article is
written at once when the database is free; while another Wortlaut process holds its lock (a long
`wortlaut add`), it waits in a worker, in order, and the busy line says who holds the lock. The
user reads on meanwhile: a waiting write holds no lock the store's readers need (store/db.py)."""
from __future__ import annotations

from collections import deque
from typing import Any, Callable

from rich.markup import escape
from textual import work
from textual.widgets import Label
from textual.worker import get_current_worker

from store import DatabaseLocked, StoreError

RETRY_SECONDS = 1.0  # a waiting write tries again this often (and sees a quit in between)

# what a write failed with that the user can act on (anything else is a bug, shown with its type)
WRITE_ERRORS = (StoreError, ValueError, KeyError, OSError)


class _Write:
    def __init__(self, what: str, fn: Callable[[], Any], done: Callable[[Any], None]):
        self.what, self.fn, self.done = what, fn, done
        self.locked = ""  # the last "locked by …" message, for the busy line


class WriteActions:
    """Mixin of WortlautApp: every write of the dashboard goes through ``write``."""

    def write(self, what: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn`` (a store write) and give its result to ``done``; ``what`` names a failure
        ("Could not rename"). When the database is locked by another process, the write waits in
        the background and the dashboard says so; later writes queue behind it."""
        queue = self._writes()
        if not queue:
            try:
                with self.store.lock_wait(0):
                    result = fn()
            except DatabaseLocked as err:
                self.notify(f"{err}. Your change is saved as soon as it has finished; keep reading.",
                            title="Database busy", severity="warning", timeout=8)
            except WRITE_ERRORS as err:
                self.report_error(what, err)
                return
            else:
                done(result)
                return
        queue.append(_Write(what, fn, done))
        self.update_busy()
        if len(queue) == 1:
            self.write_worker()

    def _writes(self) -> deque[_Write]:
        if not hasattr(self, "_pending_writes"):
            self._pending_writes: deque[_Write] = deque()
            self._waited_outcomes: list[bool] = []  # saved or not, of each write that waited, until the queue is empty
        return self._pending_writes

    def all_waiting_written(self) -> None:
        """The queue is empty: say what was saved (a failure was reported on its own), and the next
        quit with writes waiting asks again."""
        saved, failed = self._waited_outcomes.count(True), self._waited_outcomes.count(False)
        self._waited_outcomes.clear()
        self._quit_warned = False
        if saved and failed:
            self.notify(f"Saved {saved} of the {saved + failed} changes that were waiting for the database "
                        f"({'the other' if failed == 1 else f'the other {failed}'} could not be saved: see the "
                        "messages).", timeout=6)
        elif saved:
            self.notify("Saved what was waiting for the database.", timeout=4)

    def waiting_writes(self) -> list[str]:
        """The busy line's words for the writes that wait for the database."""
        queue = self._writes()
        if not queue:
            return []
        who = queue[0].locked or "the database is locked by another Wortlaut process"
        # what each write is, from the words of its failure ("Could not rename" -> "rename")
        doing = ", ".join(w.what.removeprefix("Could not ") for w in list(queue)[:3]) + (", …" if len(queue) > 3 else "")
        n = f"{len(queue)} changes wait" if len(queue) > 1 else "1 change waits"
        return [f"{n} to be saved ({doing}): {who} — retrying (keep reading)"]

    @work(thread=True, group="write", exit_on_error=False, name="write", description="save a change")
    def write_worker(self) -> None:
        """Write the queued writes in order, each retried until the lock is free (or the app ends)."""
        worker = get_current_worker()
        write = self.call_from_thread(self._next_write, None)
        while write is not None:
            result, error = None, None
            while True:
                try:
                    with self.store.lock_wait(RETRY_SECONDS):
                        result = write.fn()
                except DatabaseLocked as err:
                    if worker.is_cancelled:
                        return
                    self.call_from_thread(self._still_locked, write, err)
                    continue
                except Exception as err:  # (any failure: reported, and the writes behind it go on)
                    error = err
                break
            write = self.call_from_thread(self._next_write, (write, result, error))

    def _still_locked(self, write: _Write, err: DatabaseLocked) -> None:
        write.locked = f"the database is locked by {err.holder}"
        self.update_busy()

    def _next_write(self, finished: tuple[_Write, Any, BaseException | None] | None) -> _Write | None:
        """On the app's thread: hand the finished write's result on, then the next write, if any."""
        queue = self._writes()
        if finished is not None:
            write, result, error = queue.popleft() if queue else finished[0], finished[1], finished[2]
            self._waited_outcomes.append(error is None)
            try:
                if error is not None:
                    self.report_error(write.what, error)
                else:
                    write.done(result)
            except Exception as err:  # showing the result must not end the app
                self.report_error(write.what, err)
            if not queue:
                self.all_waiting_written()
        self.update_busy()
        return queue[0] if queue else None

    def update_busy(self) -> None:
        """The busy line under the views: extractions running, writes waiting for the database."""
        lines = self.extracting() + self.waiting_writes()
        box = self.query_one("#busy")
        box.display = bool(lines)
        if lines:
            self.query_one("#busy-label", Label).update(escape(" · ".join(lines)))
