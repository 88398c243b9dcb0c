"""`wortlaut add PATH…`: read files, folders and stdin, extract, store in batches, report.

    paths ─► iter_paths ─► read_article + extract_article   (in worker processes when faster)
                              │ Extraction, or the reason a file was refused
                              ▼
                         store.add_many (one write per batch) ─► summary

One bad file never stops a batch: it is refused with one line naming it and the reason, the
rest goes on, and the exit code is 1 when anything was refused.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from extract.reading import (
    DEFAULT_MAX_BYTES,
    DEFAULT_PATTERN,
    MAX_BYTES_ENV,
    IngestError,
    ReadArticle,
    human_size,
    iter_paths,
    max_bytes_default,
    parse_size,
    read_article,
)
from extract.model import Extraction

from . import exit_codes
from .terminal import printable

BATCH_ARTICLES = 100  # articles per database write …
BATCH_SECONDS = 10.0  # … or at least one write this often
PARALLEL_MIN_FILES = 12  # below this, starting worker processes costs more than it saves
MAX_AUTO_JOBS = 8
CLUSTER_CHUNK = 20  # articles per Dask task: amortises scheduling, small enough to retry
CLUSTER_RETRIES = 2
LIST_EACH_UP_TO = 20  # print one line per article for runs this small


# --------------------------------------------------------------------------------------------
# arguments


def _published(value: str) -> str:
    from extract.dates import DateError, parse_user_date

    try:
        return parse_user_date(value)
    except DateError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _jobs(value: str) -> int:
    if value.strip().lower() == "auto":
        return 0
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of processes (or 'auto')") from None
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1 process")
    return n


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Add articles to the database: text (.txt), Markdown (.md) and saved web pages (.html, .htm), "
        "in any common encoding (UTF-8 with or without BOM, UTF-16, Windows-1252, Latin-1). "
        "Folders are searched recursively; '-' reads one article from stdin. Files that cannot be "
        "read (missing, empty, binary, too large) are refused with one line each; the rest is "
        "added and the exit code is 1 (3 when a path does not exist; all codes: wortlaut --help)."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (recursive) or - for stdin")
    parser.add_argument("--published", type=_published, metavar="DATE",
                        help="publication date for all the articles (2022-02-15 or 15.02.2022); "
                        "default: from the page metadata, the text or the file name")
    parser.add_argument("--source", metavar="S", help="source for all the articles (default: from an agency "
                        "marker like '(dpa)' or the web site's name)")
    parser.add_argument("--lang", choices=("de", "en"), help="language (default: <html lang> or detected)")
    parser.add_argument("--pattern", default=DEFAULT_PATTERN,
                        help=f"file names to take from folders, comma-separated (default: {DEFAULT_PATTERN})")
    parser.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                        help="extraction processes (default: auto, one per CPU for larger batches)")
    parser.add_argument("--cluster", action="store_true",
                        help="extract on a local Dask cluster (pip install 'wortlaut[cluster]'); "
                        "the database is written by this process only")
    parser.add_argument("--workers", type=int, default=2, metavar="N", help="--cluster: worker processes (default 2)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="extract on the Dask cluster of this scheduler (tcp://host:8786); the "
                        "files are read here and sent to the workers")
    parser.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                        help=f"refuse files larger than this (e.g. 500k, 5M; default: "
                        f"{human_size(DEFAULT_MAX_BYTES)}, or the {MAX_BYTES_ENV} environment variable)")


# --------------------------------------------------------------------------------------------
# one article: read + extract (runs in a worker process or in this one)


@dataclass(frozen=True)
class Options:
    lang: str | None = None
    published: str | None = None
    source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Outcome:
    origin: str
    extraction: Extraction | None = None
    error: str | None = None  # one line: "origin: reason"
    note: str = ""  # read, but worth a line: bytes replaced, an uncertain encoding guess
    crash: str | None = None  # extraction raised (a bug, not a bad file): the exception, for grouping


def process(item: Path | str | ReadArticle, opts: Options) -> Outcome:
    """Read (unless already read) and extract one article. Never raises for a bad article."""
    origin = item.origin if isinstance(item, ReadArticle) else str(item)
    try:
        art = item if isinstance(item, ReadArticle) else read_article(item, max_bytes=opts.max_bytes)
        return Outcome(origin, extraction=extract(art, opts), note=art.note)
    except IngestError as err:
        return Outcome(origin, error=str(err))
    except Exception as err:  # a bug in extraction must not end the batch
        what = f"{type(err).__name__}: {err}".splitlines()[0]
        return Outcome(origin, error=f"{origin}: extraction failed ({what})", crash=what)


def extract(art: ReadArticle, opts: Options) -> Extraction:
    from extract.pipeline import extract_article

    lang = opts.lang or (art.lang if art.lang in ("de", "en") else None)
    return extract_article(
        art.text, lang=lang, published=opts.published, title=art.title, source=opts.source or art.source,
        dateline=art.dateline, origin=_absolute(art.origin), filename=art.filename, meta_date=art.meta_date,
    )


def _absolute(origin: str) -> str:
    """Stored origin: the absolute path (the dashboard can show and reopen it), or stdin/pasted."""
    return origin if origin in ("stdin", "pasted") else os.path.abspath(origin)


PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_CHECK_SECONDS = 1.0


def _worker_init(parent: int) -> None:
    # Ctrl-C goes to the whole process group: let the parent handle it and shut workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (sigterm_as_interrupt)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """End this worker process when its parent ends in any way, kill -9 included: a worker left
    behind holds 100 MB and the parent's stdout (so `wortlaut add … | cat` would never end).

    On Linux the kernel sends SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); everywhere a
    thread also checks once a second that the parent is still ours (an orphan is re-parented)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def auto_jobs(n_items: int, cpus: int | None = None, load: float | None = None) -> int:
    """One process for small batches; otherwise one per idle CPU (bench/ingest.py: on a machine
    that is already busy, more processes only add start-up and contention)."""
    cpus = cpus or cpu_count()
    if n_items < PARALLEL_MIN_FILES or cpus < 2:
        return 1
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):
            load = 0.0
    idle = int(cpus - load + 0.5)
    return max(1, min(cpus, MAX_AUTO_JOBS, n_items // 4, idle))


WARM_UP = {  # one fictional sentence per language: loads the whole pipeline before the pool forks
    "de": "«Wir kommen wieder», sagte die Ministerin Ilka Marwen am Montag in Valdora.",
    "en": "\"We will be back,\" minister Ilka Marwen said on Monday in Valdora.",
}


def warm_up(items: list[Path | str | ReadArticle], opts: Options) -> None:
    """Load the language pipeline in this process, so that forked workers inherit it (shared
    copy-on-write) instead of each loading it again. The language: --lang, else guessed from
    the first file's first bytes. Never reads a whole file and never fails."""
    try:
        from extract.pipeline import extract_article
        from extract.reading import detect_language

        lang = opts.lang
        if not lang:
            sample = ""
            for item in items[:3]:
                if isinstance(item, ReadArticle):
                    sample = item.text
                else:
                    try:
                        with open(item, "rb") as f:
                            sample = f.read(20_000).decode("utf-8", "replace")
                    except OSError:
                        continue
                if sample.strip():
                    break
            lang = detect_language(sample) if sample.strip() else "de"
        extract_article(WARM_UP.get(lang, WARM_UP["de"]), lang=lang, published="2031-01-01")
    except Exception:  # the workers will load (or fail) on their own
        pass


def outcomes(items: list[Path | str | ReadArticle], opts: Options, jobs: int) -> Iterator[Outcome | None]:
    """Outcomes in input order; with ``jobs`` > 1 from a process pool (each worker keeps its
    NLP pipeline loaded between articles), at most a few articles per worker in flight.

    The first value is always None, yielded once the worker processes exist: start threads
    (the progress bar's) only after it, so that no thread is running when the pool forks."""
    if jobs <= 1 or len(items) <= 1:
        yield None
        for item in items:
            yield process(item, opts)
        return
    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))

    pool = new_pool()
    todo: deque[Path | str | ReadArticle] = deque(items)
    suspects: deque[Path | str | ReadArticle] = deque()  # in flight when a worker died
    pending: deque[tuple[Path | str | ReadArticle, Future[Outcome], bool]] = deque()  # (item, future, alone)
    window = jobs * 4

    def fill() -> None:
        if suspects:  # after a crash: one suspect at a time, so the one that crashes is known
            if not pending:
                item = suspects.popleft()
                pending.append((item, pool.submit(process, item, opts), True))
            return
        while todo and len(pending) < window:
            item = todo.popleft()
            pending.append((item, pool.submit(process, item, opts), False))

    warm_up(items, opts)
    finished = False
    try:
        fill()  # the pool forks here, before any progress thread exists
        yield None
        while pending:
            item, fut, alone = pending.popleft()
            try:
                outcome = fut.result()
            except BrokenProcessPool:
                # A worker died (out of memory, a crash in native code) and took the pool with
                # it. Re-run what was in flight one by one in a fresh pool; the item that kills
                # a pool on its own is refused. The main process never runs a suspect itself.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                if alone:
                    origin = str(getattr(item, "origin", item))
                    yield Outcome(origin, error=f"{origin}: extraction crashed its worker process")
                else:
                    suspects.extendleft(reversed([item] + [i for i, _, _ in pending]))
                    pending.clear()
                fill()
                continue
            yield outcome
            fill()
        finished = True
    finally:
        if not finished:  # interrupted: what runs now is not wanted, do not wait for it
            stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def extract_read(arts: list[ReadArticle], opts: Options) -> list[Outcome]:
    """One Dask task: extract articles the main process has read."""
    return [process(a, opts) for a in arts]


def cluster_outcomes(items: list[Path | str | ReadArticle], opts: Options, scheduler: str | None,
                     workers: int) -> Iterator[Outcome | None]:
    """outcomes() on Dask distributed (a LocalCluster, or the cluster of ``scheduler``): this
    process reads the files (the workers need not see them) and sends CLUSTER_CHUNK articles per
    task, a few tasks per worker in flight; outcomes come in input order. A task that still
    fails after its retries (its worker died) is tried again article by article; an article
    that fails alone is refused with one line. The first value is None, as in outcomes()."""
    from extract.archive import dask_client

    with dask_client(scheduler, workers, "--cluster / --scheduler") as client:
        window = 3 * max(1, len(client.nthreads()))
        batches = (items[i:i + CLUSTER_CHUNK] for i in range(0, len(items), CLUSTER_CHUNK))
        pending: deque[tuple[list[tuple[str, Outcome | ReadArticle]], Any]] = deque()

        def submit(batch: list[Path | str | ReadArticle]) -> None:
            slots: list[tuple[str, Outcome | ReadArticle]] = []  # (origin as given, read or refused)
            for item in batch:
                try:
                    art = item if isinstance(item, ReadArticle) else read_article(item, max_bytes=opts.max_bytes)
                    # what extracting here would store: the absolute path on this machine
                    slots.append((art.origin, dataclasses.replace(art, origin=_absolute(art.origin))))
                except IngestError as e:
                    slots.append((str(item), Outcome(str(item), error=str(e))))
            arts = [a for _, a in slots if isinstance(a, ReadArticle)]
            fut = client.submit(extract_read, arts, opts, retries=CLUSTER_RETRIES, pure=False) if arts else None
            pending.append((slots, fut))

        yield None
        for batch in itertools.islice(batches, window):
            submit(batch)
        while pending:
            slots, fut = pending.popleft()
            done = iter(_cluster_results(client, fut, [a for _, a in slots if isinstance(a, ReadArticle)], opts))
            for given, slot in slots:
                yield slot if isinstance(slot, Outcome) else dataclasses.replace(next(done), origin=given)
            nxt = next(batches, None)
            if nxt:
                submit(nxt)


def _cluster_results(client: Any, fut: Any, arts: list[ReadArticle], opts: Options) -> list[Outcome]:
    if fut is None:
        return []
    try:
        return fut.result()
    except Exception:  # retries used up (a worker died): one article at a time
        out = []
        for art in arts:
            try:
                out.extend(client.submit(extract_read, [art], opts, retries=CLUSTER_RETRIES, pure=False).result())
            except Exception as e:
                what = f"{type(e).__name__}: {e}".splitlines()[0]
                out.append(Outcome(art.origin, error=f"{art.origin}: extraction failed on the cluster ({what})"))
        return out


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate a pool's worker processes (ProcessPoolExecutor has no public way before 3.14)."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.terminate()
        except (OSError, ValueError, AttributeError):
            pass


# --------------------------------------------------------------------------------------------
# the run


@dataclass
class Summary:
    inputs: int = 0
    read: int = 0
    new: int = 0
    known: int = 0
    statements: int = 0
    actors: set[str] = field(default_factory=set)
    new_actors: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "origin: what to know about how it was read"
    crashes: dict[str, int] = field(default_factory=dict)  # extraction error -> files it hit
    found: list[str] = field(default_factory=list)  # one line per article (small runs)
    seconds: float = 0.0
    jobs: int = 1
    where: str = ""  # " on a local Dask cluster of 2 workers"
    interrupted: bool = False

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0


class _Writer:
    """Collects extractions and writes them with one ``add_many`` per batch."""

    def __init__(self, store, summary: Summary, list_each: bool):
        self.store = store
        self.summary = summary
        self.pending: list[tuple[str, Extraction]] = []  # (the path as given, extraction)
        self.last = time.monotonic()
        self.list_each = list_each

    def add(self, origin: str, ex: Extraction) -> None:
        self.pending.append((origin, ex))
        if len(self.pending) >= BATCH_ARTICLES or time.monotonic() - self.last >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch = list(self.pending)
        results = self.store.add_many([ex for _, ex in batch])
        # taken off the queue only once written: a Ctrl-C during the write leaves the batch for the
        # final flush (an article the interrupted write did commit is then simply "known")
        del self.pending[:len(batch)]
        self.last = time.monotonic()
        s = self.summary
        for (origin, ex), res in zip(batch, results):
            if res.new:
                s.new += 1
                s.statements += res.statements
                s.actors.update(res.actor_ids)
                s.new_actors.update(res.new_actor_ids)
            else:
                s.known += 1
            if self.list_each:
                s.found.append(_found_line(origin, ex, res))


def _found_line(origin: str, ex: Extraction, res) -> str:
    art = ex.article
    if not res.new:
        return f"= {origin}: already in the database ({res.statements} statements)"
    speakers: list[str] = []
    for st in ex.statements:
        if st.speaker_name and st.speaker_name not in speakers:
            speakers.append(st.speaker_name)
    who = ", ".join(speakers[:6]) + (" …" if len(speakers) > 6 else "")
    date = art.published or "date unknown"
    meta = ", ".join(x for x in (art.lang, date, art.source) if x)
    n = len(ex.statements)
    return f"+ {origin} ({meta}): {n} statement{'' if n == 1 else 's'}" + (f" — {who}" if who else "")


def _progress(total: int):
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    console = Console(stderr=True)

    class _Rate(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task):  # type: ignore[override]
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f} articles/s" if speed else "  –  articles/s", style="progress.data.speed")

    return Progress(
        TextColumn("[bold]adding[/]"), BarColumn(), MofNCompleteColumn(), _Rate(),
        TimeElapsedColumn(), TextColumn("elapsed,"), TimeRemainingColumn(), TextColumn("left"),
        console=console, transient=False, disable=not console.is_terminal or total < 2,
    )


def run_add(args: argparse.Namespace, db: Path, *, stdin=None, out=None, err=None) -> int:
    """`wortlaut add`: returns the exit code (0 all added, 1 something refused, tui/exit_codes.py
    for a database that cannot be used, 130 interrupted)."""
    out = out or sys.stdout
    err = err or sys.stderr
    from store import Store, StoreError

    opts = Options(lang=args.lang, published=args.published, source=args.source,
                   max_bytes=args.max_bytes or max_bytes_default())
    summary = Summary()
    items: list[Path | str | ReadArticle] = []
    pattern = args.pattern or DEFAULT_PATTERN
    seen: set[str] = set()
    for raw in args.paths:
        problems: list[str] = []
        paths = list(iter_paths([raw], pattern, problems))
        summary.refused.extend(problems)  # folders that could not be read
        if not paths and not problems:  # a folder with nothing to take is worth a line, not silence
            summary.refused.append(f"{raw}: folder has no files matching {pattern}")
        for path in paths:
            key = "-" if path == "-" else os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            summary.inputs += 1
            if path == "-":
                try:
                    items.append(read_article("-", max_bytes=opts.max_bytes, stdin=stdin))
                except IngestError as e:
                    summary.refused.append(str(e))
            else:
                items.append(path)

    if not items:  # nothing to add: leave the database alone
        report_to(summary, out, err)
        return exit_codes.REFUSED
    try:
        # wait as long as other writers need (another `add`, the dashboard), and say so
        store = Store(db, lock_timeout=None, on_lock_wait=lambda msg: print(printable(f"wortlaut add: {msg} …"),
                                                                            file=err, flush=True))
    except StoreError as e:
        print(exit_codes.said_by("add", e), file=err)
        return exit_codes.for_store_error(e)
    if store.read_only:  # say so before extracting anything
        print(f"wortlaut: {db}: the database is read-only (no write permission on the file or its "
              "folder); nothing was added", file=err)
        store.close()
        return exit_codes.READ_ONLY

    cluster = bool(getattr(args, "cluster", False) or getattr(args, "scheduler", None))
    jobs = 1 if cluster else args.jobs or auto_jobs(len(items))
    summary.jobs = jobs
    cluster_error: Any = ()  # catches nothing without --cluster
    if cluster:
        from extract.archive import ArchiveError as cluster_error

        summary.where = (f" on the Dask cluster at {args.scheduler}" if args.scheduler
                         else f" on a local Dask cluster of {args.workers} workers")
    writer = _Writer(store, summary, list_each=len(items) <= LIST_EACH_UP_TO)
    start = time.perf_counter()
    stream = cluster_outcomes(items, opts, args.scheduler, args.workers) if cluster else outcomes(items, opts, jobs)
    code = exit_codes.OK
    restore_sigterm = sigterm_as_interrupt()
    try:
        tty = hasattr(err, "isatty") and err.isatty()
        if tty and jobs > 1:
            print(f"wortlaut add: loading the language pipeline, then {jobs} processes …", end="\r", file=err, flush=True)
        next(stream)  # the worker processes exist now: the progress bar's thread may start
        if tty and jobs > 1:
            print("\x1b[2K", end="", file=err, flush=True)
        with _progress(len(items)) as progress:
            task = progress.add_task("adding", total=len(items))
            for outcome in stream:
                assert outcome is not None
                if outcome.error:
                    summary.refused.append(outcome.error)
                    if outcome.crash:
                        summary.crashes[outcome.crash] = summary.crashes.get(outcome.crash, 0) + 1
                else:
                    assert outcome.extraction is not None
                    summary.read += 1
                    if outcome.note:
                        summary.notes.append(f"{outcome.origin}: {outcome.note}")
                    writer.add(outcome.origin, outcome.extraction)
                progress.advance(task)
        writer.flush()
    except KeyboardInterrupt:
        summary.interrupted = True
        code = exit_codes.INTERRUPTED
        try:
            writer.flush()
        except StoreError as e:
            print(exit_codes.said_by("add", e), file=err)
    except StoreError as e:
        print(exit_codes.said_by("add", e), file=err)
        code = exit_codes.for_store_error(e)
    except cluster_error as e:
        print(exit_codes.said_by("add", e), file=err)
        code = exit_codes.USAGE
    finally:
        stream.close()
        restore_sigterm()
        summary.seconds = time.perf_counter() - start
        store.close()
    report_to(summary, out, err)
    if code:
        return code
    return exit_codes.REFUSED if summary.refused else exit_codes.OK


def sigterm_as_interrupt():
    """Until the returned function is called, SIGTERM (`kill`, a service stop) ends `add` the way
    Ctrl-C does: what was extracted is written, the workers are stopped. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def stop(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, stop)
    return lambda: signal.signal(signal.SIGTERM, old)


def report_to(s: Summary, out, err) -> None:
    """report(), where a reader that went away (`wortlaut add … | head`) costs only the report:
    the articles are stored, and no traceback follows."""
    try:
        report(s, out, err)
        out.flush()
    except BrokenPipeError:
        try:  # Python flushes stdout once more at exit: let that go nowhere
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        except (OSError, ValueError, AttributeError):
            pass


def report(s: Summary, out, err) -> None:
    """The summary. Every line passes through printable(): file names, titles and speakers come
    from the files and may hold control characters."""
    def say(line: str, file=out) -> None:
        print(printable(line), file=file)

    for line in s.found:
        say(line)
    n_files = s.inputs
    rate = f", {s.rate:.1f} articles/s" if s.read and s.seconds > 0 else ""
    procs = s.where or (f" with {s.jobs} processes" if s.jobs > 1 else "")
    say(f"Read {s.read} of {n_files} {'file' if n_files == 1 else 'files'} in {s.seconds:.1f} s{procs}{rate}"
        + (" (interrupted)" if s.interrupted else ""))
    say(f"Articles: {s.new} new, {s.known} already known")
    say(f"Statements: {s.statements} in new articles; actors speaking: {len(s.actors)}"
        f" ({len(s.new_actors)} new to the database)")
    if s.notes:
        say(f"Read with care: {len(s.notes)} (one line each on stderr)")
        for line in s.notes:
            say(f"wortlaut add: note {line}", file=err)
    if s.refused:
        say(f"Refused: {len(s.refused)} (one line each on stderr)")
        for line in s.refused:
            say(f"wortlaut add: refused {line}", file=err)
    for what, n in s.crashes.items():
        if n >= 3:
            say(f"wortlaut add: {n} files failed with the same extraction error ({what}): "
                "most likely a fault in Wortlaut or its data files, not in the articles", file=err)
