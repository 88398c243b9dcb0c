"""The Store: Wortlaut's timeline in TinyDB files (a main file + one file per publication day,
see parts.py), with column indexes (columns.py) kept on disk beside the data.

All access goes through one Store object. It is used from Textual thread workers too, so every
public method holds a threading lock; every read-modify-write also holds an inter-process file
lock (``<db>.lock``) and first picks up what another process committed, so two writers never lose
each other's writes. A write costs what it changes: the partition files it touches and the small
main file. Opening reads the main file and the newest index snapshot, then only the partition
files changed since that snapshot; statements themselves are read page by page.
"""
from __future__ import annotations

import errno
import gzip
import os
import shutil
import threading
import warnings
import zipfile
import zlib
from collections import OrderedDict, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

import filelock
import numpy as np
import orjson

from extract.model import Actor, Article, Extraction, PositionChange, Statement

from . import aggregates
from .actors import KnownActors
from .columns import Columns, TextIndex
from .common import (EDITABLE, AddResult, StoreError, StoreWarning, UnknownId, _now, _stance_value, _statement_doc,
                     apply_edit, apply_stance, checked_edit, clean_name, known_langs, merged_into, renamed)
from .index import _LAST, Filter
from .lockholder import holder_text
from .parts import (UNDATED, DocFile, file_name, load_index, load_text, open_text, part_name, read_json,
                    save_index, save_text, write_docs, write_json)
from .schema import APP, PARTITIONED_VERSION, SCHEMA_VERSION, NotOurs, migrate, schema_version
from .storage import (TEMP_SUFFIX, AtomicOrjsonStorage, UnreadableFile, atomic_write, copy_doc, file_stamp,
                      fsync_dir, no_gc, writable)

__all__ = ["AddResult", "DamagedDayFile", "DatabaseLocked", "DatabaseNotWritten", "DatabaseReadOnly", "DatabaseTooNew",
           "MissingDayFile", "Store", "StoreError", "UnknownId"]


class DatabaseLocked(StoreError):
    """Another process holds the database's lock for longer than the lock timeout (or than
    Store.lock_wait allows). ``holder``: who, in words ("another Wortlaut process (pid 4711)")."""

    def __init__(self, message: str, holder: str = "another Wortlaut process"):
        super().__init__(message)
        self.holder = holder


class DatabaseReadOnly(StoreError):
    """The database (or its folder, or its lock file) cannot be written here."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer Wortlaut (a newer schema version)."""


class DatabaseNotWritten(StoreError):
    """A write failed for a reason other than permissions (a full disk, an I/O error): nothing of
    it was committed, the database is as it was before."""


class DamagedDayFile(StoreError):
    """A day file the main file names exists but cannot be read (cut off, not gzip JSON)."""


class MissingDayFile(DamagedDayFile):
    """A day file the main file names is gone (deleted or moved by hand, a restore that left it
    out): handled as a damaged one, its day left out until it is put back."""


_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}


_NO_SPACE_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_WRITE_FAILED_ERRNOS = _NO_SPACE_ERRNOS | {errno.EIO, errno.EFBIG}


def _os_failure(path: Path, what: str, e: OSError, after: str = "", writing: bool = False) -> StoreError:
    """An OSError while creating, locking or writing the database, as the StoreError a caller
    can tell apart: no permission / read-only file system is DatabaseReadOnly; a full disk or an
    I/O error, or any failure of a commit (``writing``), is DatabaseNotWritten. Anything else (the
    lock file a folder, say) is no failed write, also for a reader: a StoreError."""
    if e.errno in _READ_ONLY_ERRNOS:
        return DatabaseReadOnly(f"{path}: {what}: the database is read-only here ({e.strerror}); "
                                f"make it and its folder writable, or use a copy with --db PATH{after}")
    if not writing and e.errno not in _WRITE_FAILED_ERRNOS:
        return StoreError(f"{path}: {what}: {e}{after}")
    hint = "; free some space and try again" if e.errno in _NO_SPACE_ERRNOS else ""
    return DatabaseNotWritten(f"{path}: {what}: {e}{after}{hint}")

_CACHED_PARTS = 64  # partition files kept parsed in memory (a day of news each)
_REFRESH_BATCH = 32  # partition files read into the indexes at a time
_SNAPSHOT_PARTS = 48  # write a new index snapshot when this many partitions changed since the last
_SNAPSHOT_ROWS = 50_000  # ... or this many statements are not in its text index

Part = dict[str, dict[str, dict[str, Any]]]  # {"articles": {...}, "statements": {...}}


def _new_layout(folder: str) -> dict[str, Any]:
    return {"folder": folder, "files": {}, "gen": 0}


def _main_doc(layout: dict[str, Any], actors: dict[str, Any], corrections: dict[str, Any]) -> dict[str, Any]:
    return {"meta": {"schema": {"app": APP, "version": SCHEMA_VERSION}, "layout": layout},
            "actors": actors, "corrections": corrections}


class _Txn:
    """The changes of one read-modify-write, applied to copies: nothing is written or changed in
    memory until the commit."""

    def __init__(self, store: "Store"):
        self.store = store
        self.parts: dict[str, Part] = {}
        self.actors: dict[str, Any] = dict(store._main["actors"])
        self.corrections: dict[str, Any] = dict(store._main["corrections"])
        self.actors_changed: list[str] = []
        self.touched = False
        self.where: dict[str, str] = {}  # statement id -> partition, when already known

    def part(self, name: str) -> Part:
        p = self.parts.get(name)
        if p is None:
            cur = self.store._read_part(name)
            p = self.parts[name] = {"articles": dict(cur["articles"]), "statements": dict(cur["statements"])}
        return p

    def part_of_article(self, article_id: str) -> str | None:
        for name, p in self.parts.items():
            if article_id in p["articles"]:
                return name
        reg = self.store._registry.get(article_id)
        return reg[0] if reg else None

    def statement(self, sid: str, load: bool = True,
                  stored_in: str | None = None) -> tuple[str, dict[str, Any]] | None:
        """(partition, document) of a statement as it is in this transaction; ``load=False`` only
        reads: a stored partition not yet in the transaction stays out of it (else the commit rewrites it).
        ``stored_in``: the partition the columns give it, when the caller knows (no lookup of the id)."""
        known = self.where.get(sid)
        if known is not None:
            d = self.part(known)["statements"].get(sid)
            if d is not None:
                return known, d
        for name, p in self.parts.items():
            d = p["statements"].get(sid)
            if d is not None:
                return name, d
        cols = self.store._cols
        pos = cols.position(sid) if stored_in is None else None
        if stored_in is None and pos is None:
            return None
        name = stored_in or cols.parts.names[int(cols.part[pos])]
        d = (self.part(name) if load else self.parts.get(name) or self.store._read_part(name))["statements"].get(sid)
        return (name, d) if d is not None else None

    def put_statement(self, d: dict[str, Any] | None, sid: str, part: str | None = None) -> None:
        if part is None:
            assert d is not None
            part = self.part_of_article(d.get("article_id", ""))
            if part is None:  # (undated, unless its article is in a day left out: a copy there would double it)
                self.store._refuse_while_damaged(f"change statement {sid[:8]} (its article is not found)")
                part = UNDATED
        if d is None:
            self.part(part)["statements"].pop(sid, None)
        else:
            self.part(part)["statements"][sid] = d
        self.touched = True

    def put_actor(self, aid: str, d: dict[str, Any] | None) -> None:
        if d is None:
            self.actors.pop(aid, None)
        else:
            self.actors[aid] = d
        self.actors_changed.append(aid)
        self.touched = True


def _take_out(txn: _Txn, part: str, doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Remove a replaced article and its statements from its partition; the statements removed.
    The new ``doc`` of the article keeps the time it was first added."""
    old = txn.part(part)
    doc["added_at"] = old["articles"][doc["id"]].get("added_at") or doc.get("added_at")
    del old["articles"][doc["id"]]
    old_stmts = {i: d for i, d in old["statements"].items() if d.get("article_id") == doc["id"]}
    for i in old_stmts:
        del old["statements"][i]
    return old_stmts


class _SpokeOn:
    """Store._spoke_on cached for one transaction: an actor's targets are computed once, and again
    after the transaction wrote or removed a statement of that actor."""

    def __init__(self, compute: Callable[[str], set[str]]):
        self.compute = compute
        self.known: dict[str, set[str]] = {}

    def __call__(self, aid: str) -> set[str]:
        if aid not in self.known:
            self.known[aid] = self.compute(aid)
        return self.known[aid]

    def forget(self, aids: Iterable[str | None]) -> None:
        for aid in aids:
            self.known.pop(aid, None)  # type: ignore[arg-type]


class Store:
    """Wortlaut's database: ``path`` is the main TinyDB file (created with its folder when absent);
    the rest lives in ``<path>.parts/``. A single-file database (schema 1, 2) is migrated on open."""

    def __init__(self, path: str | os.PathLike[str], lock_timeout: float | None = 30.0,
                 on_lock_wait: Callable[[str], None] | None = None):
        """``lock_timeout``: seconds to wait for another process's write (None: as long as it
        takes); ``on_lock_wait`` is told, in one line, whenever a write has to wait."""
        # a symlinked database stays a symlink: we write to the file it points to
        self.path = Path(path).expanduser().resolve()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.folder = self.path.with_name(self.path.name + ".parts")
        self._lock = threading.RLock()
        self._closed = False
        self.migrated_from: tuple[int, Path] | None = None  # (old version, copy of the old file)
        self._main: dict[str, Any] = _main_doc(_new_layout(self.folder.name), {}, {})
        self._cols = Columns()
        # article id -> [partition, published, added_at, title, source, dateline, published_source, lang]
        self._registry: dict[str, list[Any]] = {}
        self._bad_langs: set[str] = set()  # articles whose unknown language was told (article_langs)
        self._short_rows = False  # the registry may hold rows without a language (an older snapshot's): _fill_langs
        self._by_part: defaultdict[str, set[str]] | None = None  # partition -> article ids (built on use)
        self._parts: OrderedDict[str, Part] = OrderedDict()  # file name -> parsed partition
        self._objects: dict[str, Statement] = {}
        self.damaged: dict[str, str] = {}  # partition -> why its day file is left out (it stays as it is)
        self.damaged_said: dict[str, str] = {}  # partition -> the line that told of it (_found_damaged), as told
        # damaged days whose articles the indexes left out (_refresh_batch): back only through a refresh
        self._unindexed: set[str] = set()
        # told, in one line, of a day file found damaged (None: a StoreWarning); the dashboard sets it,
        # so what its workers find reaches it without the process-wide warnings machinery
        self.on_damaged: Callable[[str], None] | None = None
        # day file -> (its stamp, why) when it could not be read: not read again while unchanged
        self._unreadable: dict[str, tuple[tuple[int, ...], str]] = {}
        self._changes_cache: dict[Filter, list[PositionChange]] = {}
        self._index_files: dict[str, str] | None = None  # the files the newest index snapshot reflects
        self._docs: DocFile | None = None  # the snapshot's statement documents
        self._reloading = False
        # a database its owner made read-only (file or folder) is read, never written or locked
        self.read_only = self.path.exists() and not writable(self.path)
        if not self.path.exists() and not writable(self.path):
            raise DatabaseReadOnly(f"{self.path}: cannot create the database: its folder is read-only; "
                                   "use --db with a path in a folder you can write")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise _os_failure(self.path, "cannot create the folder for the database", e) from None
        self._flock = filelock.FileLock(str(self.lock_path), thread_local=False,
                                        timeout=-1 if lock_timeout is None else lock_timeout)
        self.lock_timeout = lock_timeout
        self.on_lock_wait = on_lock_wait
        self._write_lock = threading.RLock()  # one write of this process at a time; readers never wait for it
        self._waiting = threading.local()  # lock_wait's limit, per thread
        # who held the lock when this store was opened (it then read without it): None if nobody
        self.locked_at_open: str | None = None
        self._storage = AtomicOrjsonStorage(self.path)
        with self._lock:
            try:
                self._open()
            except OSError as e:  # (converting an older layout, creating the folder: a full disk)
                raise _os_failure(self.path, "cannot open the database", e, "; it is unchanged") from None

    def _open(self) -> None:
        """Read the database (creating it when absent). Another process writing it is not waited
        for: its files are replaced whole, so what it committed last is read as any reader does."""
        if self.read_only:
            self._load()
            return
        if self.path.exists():
            try:
                with self.lock_wait(0), self._file_lock():
                    self._load()
                    self._tidy()
                return
            except DatabaseLocked:
                # another process is writing: an older layout to convert waits for it (_load)
                self.locked_at_open = holder_text(self.lock_path)
            self._load()
            return
        with self._file_lock():
            try:
                self._storage.write_file(self._main)
            except OSError as e:
                raise _os_failure(self.path, "cannot create the database", e) from None
            self._storage.adopt(self._main, self._storage.stamp)
            self._index_files = {}
            self._tidy()

    def _tidy(self) -> None:
        """Remove what killed writers left (under the file lock)."""
        self._storage.remove_stale_temp_files()
        self._remove_unused_files()

    # --- opening, locking, reloading ----------------------------------------------------------
    @contextmanager
    def lock_wait(self, seconds: float | None) -> Iterator[None]:
        """Writes of this thread inside wait at most ``seconds`` for another process's (or another
        thread's) write to finish, 0: not at all (DatabaseLocked then); None: as long as it takes.
        The dashboard writes with 0 first, and retries in a worker when the database is busy."""
        before = getattr(self._waiting, "limit", self)
        self._waiting.limit = seconds
        try:
            yield
        finally:
            if before is self:
                del self._waiting.limit
            else:
                self._waiting.limit = before

    def _wait_limit(self) -> float:
        """How long this thread may wait for a lock now, as filelock reads it (-1: for ever)."""
        limit = getattr(self._waiting, "limit", self.lock_timeout)
        return -1 if limit is None else limit

    def _locked(self) -> DatabaseLocked:
        holder = holder_text(self.lock_path)
        return DatabaseLocked(f"{self.path}: the database is locked by {holder} "
                              f"(lock file {self.lock_path}); try again when it has finished", holder)

    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        limit = self._wait_limit()
        try:
            try:
                self._flock.acquire(timeout=0)
            except filelock.Timeout:
                if limit == 0:
                    raise
                if self.on_lock_wait:
                    self.on_lock_wait(f"{self.path}: waiting for {holder_text(self.lock_path)} "
                                      "that is writing the database")
                self._flock.acquire(timeout=limit)
        except filelock.Timeout:
            raise self._locked() from None
        except OSError as e:
            raise _os_failure(self.path, f"cannot lock the database ({self.lock_path})", e) from None
        try:
            yield
        finally:
            self._flock.release()

    def _untouched(self, what: str, error: type[StoreError] = StoreError) -> StoreError:
        msg = f"{self.path}: {what}. The file was left untouched"
        bak = self._storage.backup_path
        if bak.exists():
            msg += f"; the previous version of the database is at {bak}"
        return error(msg + ". Move it away or open another database (--db PATH).")

    @property
    def _data_folder(self) -> Path:
        """Where the partition files named by the main file are (a copy of a main file, e.g. the
        .bak, names the folder of the database it was copied from)."""
        return self.path.with_name(self._main["meta"]["layout"]["folder"])

    def _load(self) -> None:
        """Read and check the main file (migrating a single-file database), then bring the
        indexes up to date with it. Files are never written unless the database is older."""
        try:
            data, stamp = self._storage.read_file()
        except UnreadableFile as e:
            raise self._untouched(f"not a readable Wortlaut database: {e}") from None
        except OSError as e:
            raise StoreError(f"{self.path}: cannot read the database: {e}") from None
        try:
            version = schema_version(data)
        except NotOurs as e:
            raise self._untouched(str(e)) from None
        if version > SCHEMA_VERSION:
            raise self._untouched(f"the database has schema version {version}, newer than this "
                                  f"Wortlaut understands ({SCHEMA_VERSION}); update Wortlaut", DatabaseTooNew)
        if version < PARTITIONED_VERSION and self.read_only:
            # the move to the partitioned layout writes new files: not in a read-only place
            raise DatabaseReadOnly(f"{self.path}: the database has the older layout (schema {version}) and "
                                   "is read-only here; it is converted once on the first open, which needs "
                                   "write access: open it once where it is writable, or use a copy with --db PATH")
        if version < PARTITIONED_VERSION:
            with self._file_lock():
                self._migrate_single_file(data, version)
            return
        layout = data["meta"].get("layout")
        if not isinstance(layout, dict) or not isinstance(layout.get("files"), dict):
            raise self._untouched("the main file has no list of partition files (meta.layout)")
        if version < SCHEMA_VERSION and not self.read_only:  # schema 3: uncompressed day files
            with self._file_lock():
                if file_stamp(os.stat(self.path)) != stamp:  # converted (or written) meanwhile
                    return self._load()
                self._compress_day_files(data)
            return
        for t in ("actors", "corrections"):
            data.setdefault(t, {})
        self._adopt(data, stamp)

    def _adopt(self, data: dict[str, Any], stamp: Any, changed: dict[str, Part] | None = None) -> None:
        """Use this main file; re-read the partitions whose file changed (``changed``: partitions
        this process just wrote, already in memory)."""
        old_files = self._main["meta"]["layout"]["files"]
        old_folder = self._main["meta"]["layout"]["folder"]
        self._storage.adopt(data, stamp)
        self._main = data
        files = data["meta"]["layout"]["files"]
        if self._index_files is None or old_folder != data["meta"]["layout"]["folder"]:
            self._open_index()
            old_files = self._index_files or {}
        stale = {p for p in set(files) | set(old_files) if files.get(p) != old_files.get(p)}
        self._refresh(stale, changed or {})
        self._cols.actor_names = {aid: a.get("name", "").lower() for aid, a in data["actors"].items()}
        self._cols.changed()
        self._changes_cache.clear()

    def _open_index(self) -> None:
        """Start from the newest index snapshot in the data folder (none: from nothing)."""
        self._cols, self._registry, self._index_files, self._by_part = Columns(), {}, {}, None
        self._short_rows = False
        self._unindexed.clear()  # (every day not in the snapshot is refreshed next, a damaged one left out again)
        self._docs = None
        self._parts.clear()
        self._objects.clear()
        folder = self._data_folder
        for _ in range(2):  # again when a newer snapshot replaced the one we found meanwhile
            snaps = sorted(folder.glob("index.g*.npz"), key=_gen, reverse=True) if folder.is_dir() else []
            for snap in snaps:
                got = load_index(snap)
                if got is None:
                    continue
                cols, files, registry, text, docs = got
                try:
                    text_file, self._docs = open_text(folder / text), docs.open()
                except (OSError, ValueError):  # (ValueError: a documents file cut off to nothing cannot be mapped)
                    continue
                cols.load_text = lambda f=text_file: self._read_text(f)
                self._cols, self._registry, self._index_files, self._by_part = cols, registry, files, None
                self._short_rows = any(len(r) == 7 for r in registry.values())  # written before languages were kept
                return
            if not snaps:
                break
        self._cols.load_text = self._rebuild_text

    def _read_text(self, f: BinaryIO) -> TextIndex:
        try:
            return load_text(f)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, zlib.error):
            return self._rebuild_text()

    def _rebuild_text(self) -> TextIndex:
        """The snapshot's text index is gone (removed by another process's newer snapshot):
        every row gets its haystack from the partitions again."""
        from .columns import haystack

        cols = self._cols
        for i in range(cols.n):
            sid = cols.sid[i].decode()
            if sid not in cols.hays:
                part = cols.parts.names[int(cols.part[i])]
                cols.hays[sid] = haystack(self._read_part(part)["statements"][sid])
        cols.snaprow = np.full(cols.n, -1, np.int64)
        self._docs = None
        return TextIndex()

    def _refresh(self, stale: Iterable[str], changed: dict[str, Part]) -> None:
        """Re-read these partitions into the indexes, a batch at a time: every day of a million
        statements at once held them all as dicts (3.5 GB when no snapshot could be used)."""
        stale = list(stale)
        for at in range(0, len(stale), _REFRESH_BATCH):
            self._refresh_batch(stale[at:at + _REFRESH_BATCH], changed)
            if len(stale) > _REFRESH_BATCH:  # a rebuild: the parsed day files are not kept either
                self._parts.clear()

    def _refresh_batch(self, stale: list[str], changed: dict[str, Part]) -> None:
        if not stale:
            return
        if self._by_part is None:  # partition -> its article ids, for replacing a partition's
            self._by_part = defaultdict(set)
            for aid, r in self._registry.items():
                self._by_part[r[0]].add(aid)
        parts: dict[str, dict[str, dict[str, Any]]] = {}
        for name in stale:
            for aid in self._by_part.pop(name, ()):
                if self._registry.get(aid, (None,))[0] == name:
                    del self._registry[aid]
            try:
                data = changed.get(name) or self._read_part(name)
            except DamagedDayFile as e:  # its articles left out of the indexes; the rest opens
                self._found_damaged(name, e, "Its articles are left out until it is repaired")
                self._unindexed.add(name)
                data = {"articles": {}, "statements": {}}
            else:
                self._restored(name)  # (also a day this process just wrote anew: not read from its file)
            parts[name] = data["statements"]
            for aid, a in data["articles"].items():
                self._registry[aid] = [name, a.get("published"), a.get("added_at", ""), a.get("title", ""),
                                       a.get("source", ""), a.get("dateline", ""), a.get("published_source", ""),
                                       a.get("lang", "")]
            self._by_part[name] = set(data["articles"])
        for name, stmts in parts.items():
            for sid in stmts:
                self._objects.pop(sid, None)
        self._cols.replace_parts(parts, _PublishedOf(self._registry))

    def _found_damaged(self, name: str, e: DamagedDayFile, effect: str) -> None:
        """Tell a damaged day file once (a StoreWarning) and keep it in ``damaged``: the file is never
        rewritten or removed, no index snapshot claims it (so a repaired file is read again at the
        next open), and a write that needs it is refused (DamagedDayFile) until it is repaired."""
        if name not in self.damaged:
            said = f"{e} {effect}; nothing was changed, and adding or correcting anything of that day is refused meanwhile."
            self.damaged_said[name] = said
            if self.on_damaged is not None:
                self.on_damaged(said)
            else:
                warnings.warn(said, StoreWarning, stacklevel=3)
        self.damaged[name] = str(e)

    def _restored(self, name: str) -> None:
        """A day file read whole again, and its articles in the indexes: no longer left out."""
        self.damaged.pop(name, None)
        self.damaged_said.pop(name, None)
        self._unindexed.discard(name)

    def repaired_days(self) -> list[str]:
        """The days left out (their file damaged or missing) whose file is whole again: read once,
        back in the indexes and off ``damaged``. A file still as it was costs a stat (_read_part),
        so the dashboard asks at every check for other processes' writes."""
        with self._lock:
            self._check_open()
            repaired, unreadable = [], None
            left_out: dict[str, Part] = {}  # repaired days the indexes lack: refreshed together below
            for name in sorted(self.damaged):
                try:
                    data = self._read_part(name)
                except DamagedDayFile:
                    continue
                except StoreError as e:  # (put back, but not readable: no permission, an I/O error) the others go on
                    unreadable = unreadable or e
                    continue
                if name in self._unindexed:
                    left_out[name] = data
                repaired.append(name)
            if left_out:
                self._refresh(list(left_out), left_out)
                self._cols.changed()
                self._changes_cache.clear()
            if unreadable is not None and not repaired:  # (said; with days back, said at the next check)
                raise unreadable
            return repaired

    def _refuse_while_damaged(self, what: str) -> None:
        """A write that may need a day left out is refused while its file is damaged: a merge moves
        all of an actor's statements (that day's would name the removed actor once the file is
        restored); an undo puts back a statement whose article it cannot find (a copy elsewhere
        would double it once the file is restored)."""
        if self.damaged:
            name = min(self.damaged)
            raise DamagedDayFile(f"cannot {what} while a day file is left out ({name}): {self.damaged[name]}")

    def _read_part(self, name: str) -> Part:
        """A partition as the main file names it (parsed once, then from memory). A day file that
        cannot be read raises DamagedDayFile (MissingDayFile when it is gone); a damaged one is
        not read again while it is unchanged (a stat instead of reading and unpacking it). One read
        whole again, by any reader, takes its day off ``damaged`` (_restored) when the indexes hold
        its articles; one they left out comes back through a refresh (_refresh_batch, repaired_days)."""
        fname = self._main["meta"]["layout"]["files"].get(name)
        if fname is None:
            return {"articles": {}, "statements": {}}
        hit = self._parts.get(fname)
        if hit is not None:
            self._parts.move_to_end(fname)
            return hit
        path = self._data_folder / fname
        try:
            st = os.stat(path)
            # (the change time too: a repair in place that keeps size and mtime, `cp -p` over a
            # file damaged without a write, changes only it; no one can set it back)
            stamp = (*file_stamp(st), st.st_ctime_ns)
            known = self._unreadable.get(fname)
            if known is not None and known[0] == stamp:
                raise DamagedDayFile(known[1])
            data = read_json(path)
            if not (isinstance(data, dict) and isinstance(data.get("articles"), dict)
                    and isinstance(data.get("statements"), dict)):  # (JSON, but not of a day: edited by hand)
                raise ValueError("JSON without the articles and statements of a day")
        except FileNotFoundError:
            # another process committed twice since we last looked and removed this file
            if self._reloading or not self._storage.changed_on_disk():
                raise MissingDayFile(f"{self.path}: the day file {path} of {name} is missing (deleted or moved "
                                     "since it was written); restore it from a backup of the database.") from None
            self._reloading = True
            try:
                self._load()
            finally:
                self._reloading = False
            return self._read_part(name)
        except (gzip.BadGzipFile, ValueError, zlib.error, EOFError) as e:  # (zlib: a compressed day file cut off)
            why = f"{self.path}: the day file {path} is damaged ({e}); restore it from a backup of the database."
            self._unreadable[fname] = (stamp, why)
            raise DamagedDayFile(why) from None
        except OSError as e:  # (no permission, an I/O error: the file may be whole)
            raise StoreError(f"{self.path}: cannot read the day file {fname}: {e}") from None
        self._unreadable.pop(fname, None)
        if name in self.damaged and name not in self._unindexed:
            self._restored(name)  # repaired, whoever read it; (a day left out of the indexes: by a refresh)
        self._parts[fname] = data
        while len(self._parts) > _CACHED_PARTS:
            self._parts.popitem(last=False)
        return data

    def _migrate_single_file(self, data: dict[str, Any], version: int) -> None:
        """A single-file database (schema 1 or 2): keep a copy, split it into partition files."""
        backup = self._keep_copy(f".v{version}.bak")
        migrate(data)
        parts: dict[str, Part] = defaultdict(lambda: {"articles": {}, "statements": {}})
        where: dict[str, str] = {}
        for aid, a in data["articles"].items():
            where[aid] = name = part_name(a.get("published"))
            parts[name]["articles"][aid] = a
        for sid, d in data["statements"].items():
            parts[where.get(d.get("article_id", ""), UNDATED)]["statements"][sid] = d
        self._main = _main_doc(_new_layout(self.folder.name), {}, {})
        self._index_files = {}
        self._commit_files(dict(parts), data["actors"], data["corrections"])
        self.migrated_from = (version, backup)

    def _compress_day_files(self, data: dict[str, Any]) -> None:
        """Schema 3 -> 4: every day file again, gzip-compressed, one at a time (memory stays
        small), then the commit as for any write. Until the next write the schema-3 main file
        stays as <db>.bak with the day files it names."""
        layout = data["meta"]["layout"]
        self._main = data  # its folder: where the old day files are
        source, gen = self._data_folder, layout["gen"] + 1
        backup = self._keep_partitioned_copy(data, source)
        self.folder.mkdir(parents=True, exist_ok=True)
        files = {}
        for name, old in layout["files"].items():
            files[name] = file_name(name, gen)
            write_json(self.folder / files[name], read_json(source / old), sync_folder=False)
        fsync_dir(self.folder)
        main = _main_doc({"folder": self.folder.name, "files": files, "gen": gen},
                         data.get("actors", {}), data.get("corrections", {}))
        self._storage.write_file(main)
        self._main, self._index_files = _main_doc(_new_layout(self.folder.name), {}, {}), None
        self._adopt(main, self._storage.stamp)  # the old snapshot's format is not read: rebuilt
        self._maybe_snapshot(gen, force=bool(files))  # replaces the old format's snapshot
        self._remove_unused_files()
        self.migrated_from = (3, backup)

    def _keep_partitioned_copy(self, data: dict[str, Any], source: Path) -> Path:
        """The schema-3 database as it was, kept beside it for good: <db>.v3.bak, a database of
        its own with its day files in <db>.v3.bak.parts (hard links: files are never changed in
        place, so they need no copy). Its main file is written last: it exists only whole."""
        target = self._free_name(".v3.bak")
        folder = target.with_name(target.name + ".parts")
        shutil.rmtree(folder, ignore_errors=True)  # left by a conversion that was interrupted
        folder.mkdir()
        for fname in data["meta"]["layout"]["files"].values():
            _link_or_copy(source / fname, folder / fname)
        fsync_dir(folder)
        copy = dict(data, meta=dict(data["meta"], layout=dict(data["meta"]["layout"], folder=folder.name)))
        atomic_write(target, orjson.dumps(copy))
        return target

    def _keep_copy(self, suffix: str) -> Path:
        """A copy of the database file as _free_name(suffix)."""
        target = self._free_name(suffix)
        shutil.copy2(self.path, target)
        return target

    def _free_name(self, suffix: str) -> Path:
        """<db><suffix>, or <db><suffix>.2, .3, ... when that exists already."""
        target = self.path.with_name(self.path.name + suffix)
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}{suffix}.{n}")
        return target

    def reload_if_changed(self) -> bool:
        """Pick up writes made by another process; True when the data changed."""
        with self._lock:
            self._check_open()
            if not self._storage.changed_on_disk():
                return False
            self._load()
            return True

    # --- writing ------------------------------------------------------------------------------
    @contextmanager
    def _modify(self) -> Iterator[_Txn]:
        """Read-modify-write: thread lock, file lock, pick up other writers, one commit at the end."""
        with self._lock:
            self._check_open()
            if not writable(self.path):
                self.read_only = True
                raise DatabaseReadOnly(f"{self.path}: the database is read-only (no write permission on the "
                                       "file or its folder); nothing was changed")
        # waiting for the locks holds no lock a reader needs: the dashboard reads on meanwhile
        if not self._write_lock.acquire(timeout=self._wait_limit()):
            raise self._locked()
        try:
            with self._file_lock(), self._lock:
                self._check_open()
                if self._storage.changed_on_disk():
                    self._load()
                txn = _Txn(self)
                yield txn
                if not txn.touched:
                    return  # nothing changed (e.g. every article was already there)
                try:
                    self._commit_files(txn.parts, txn.actors, txn.corrections)
                except OSError as e:
                    raise _os_failure(self.path, "could not write the database", e, "; it is unchanged",
                                      writing=True) from e
        finally:
            self._write_lock.release()

    def _commit_files(self, parts: dict[str, Part], actors: dict[str, Any], corrections: dict[str, Any]) -> None:
        """Write the changed partitions as new files, then the main file naming them (the commit),
        then bring memory up to date, maybe write an index snapshot, and remove unused files."""
        layout = dict(self._main["meta"]["layout"])
        own = self.folder.name
        files = dict(layout["files"])
        if layout["folder"] != own:  # a copy of another database's main file: take its files along
            self._link_files(self._data_folder, set(files.values()))
            layout["folder"] = own
        gen = layout["gen"] = layout["gen"] + 1
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, p in parts.items():
            if p["articles"] or p["statements"]:
                files[name] = file_name(name, gen)
                write_json(self.folder / files[name], p, sync_folder=False)
            else:
                files.pop(name, None)
        fsync_dir(self.folder)  # the new partition files are durable before the main file names them
        layout["files"] = files
        main = _main_doc(layout, actors, corrections)
        self._storage.write_file(main)
        for name, p in parts.items():
            if name in files:
                self._parts[files[name]] = p
        self._adopt(main, self._storage.stamp, parts)
        self._maybe_snapshot(gen)
        self._remove_unused_files()

    def _link_files(self, source: Path, names: set[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        for n in names:
            target = self.folder / n
            if not target.exists():
                _link_or_copy(source / n, target)

    def _maybe_snapshot(self, gen: int, force: bool = False) -> None:
        """Write the index (and its text index) when opening would otherwise re-read many
        partitions (or ``force``): opening then reads only what changed since."""
        files = self._main["meta"]["layout"]["files"]
        done = self._index_files or {}
        stale = sum(1 for p in set(files) | set(done) if files.get(p) != done.get(p))
        fresh_rows = int((self._cols.snaprow < 0).sum()) if self._cols.n else 0
        if not force and stale < _SNAPSHOT_PARTS and fresh_rows < max(_SNAPSHOT_ROWS, self._cols.n // 20):
            return
        # the data is committed already: a snapshot that cannot be written (a full disk) costs the
        # next open some time, nothing else; memory stays as it was, matching the older snapshot
        before, docs_before = self._cols.text_state(), self._docs
        try:
            with no_gc():
                docs = self._write_docs(self.folder / file_name("docs", gen, "bin"))
                ti = self._cols.snapshot_text()
            text = file_name("text", gen, "npz")
            save_text(self.folder / text, ti)
            indexed = {p: f for p, f in files.items() if p not in self.damaged}  # (a damaged day: read again)
            save_index(self.folder / file_name("index", gen, "npz"), self._cols, indexed, self._registry, text, docs)
        except OSError as e:
            self._cols.restore_text_state(before)
            self._docs = docs_before
            warnings.warn(f"{self.path}: the change is saved, but its index snapshot could not be written ({e}); "
                          "opening the database reads more files until a later write makes one. Nothing was lost.",
                          StoreWarning, stacklevel=4)
            return
        self._index_files = indexed
        text_file = open_text(self.folder / text)
        self._cols.load_text = lambda: self._read_text(text_file)
        self._cols.text = None  # read through mmap when searched: the haystacks leave memory
        self._docs = docs.open()

    def _write_docs(self, path: Path) -> DocFile:
        """The statement documents in snapshot row order (kept rows of the last snapshot, then
        the others): pages of the timeline are read from here without parsing partitions."""
        keep, fresh = self._cols.snapshot_rows()
        cols = self._cols
        old = self._docs
        if old is None or old.n != len(keep):
            if keep.any():  # the documents of the last snapshot are gone: every row anew
                self._cols.text = self._rebuild_text()
                return self._write_docs(path)
            old = None
        stances = aggregates.NextSnapshotStances(old, keep)  # kept with the snapshot: read by Positions

        def new() -> Iterator[bytes]:
            for p in fresh.tolist():
                d = self._read_part(cols.parts.names[int(cols.part[p])])["statements"][cols.sid[p].decode()]
                stances.add_next(d)
                yield orjson.dumps(d)

        docs = write_docs(path, old, keep, new())
        docs.stances = stances.done()
        return docs

    def _remove_unused_files(self) -> None:
        """Partition files neither the main file nor its previous version names, older index
        snapshots, temp files of killed writers. Only in our own folder, under the file lock."""
        if self._main["meta"]["layout"]["folder"] != self.folder.name or not self.folder.is_dir():
            return
        keep = set(self._main["meta"]["layout"]["files"].values())
        try:
            prev = read_json(self._storage.backup_path)
            keep |= set(prev["meta"]["layout"]["files"].values())
        except (OSError, ValueError, KeyError, TypeError):
            pass
        # the newest snapshot only: a reader of an older one holds its files open (parts.py)
        snaps = sorted(self.folder.glob("index.g*.npz"), key=_gen, reverse=True)[:1]
        keep |= {f"{kind}.g{_gen(s)}.{ext}" for s in snaps
                 for kind, ext in (("index", "npz"), ("text", "npz"), ("docs", "bin"))}
        for f in self.folder.iterdir():
            if f.name not in keep or f.name.endswith(TEMP_SUFFIX):
                try:
                    f.unlink()
                except OSError:
                    pass

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._docs, self._cols = None, Columns()  # lets go of the snapshot's open files
            self._parts.clear()
            self._objects.clear()
            self._storage.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- adding ---------------------------------------------------------------------------------
    def add(self, extraction: Extraction, replace: bool = False) -> AddResult:
        return self.add_many([extraction], replace=replace)[0]

    def add_many(self, extractions: Iterable[Extraction], replace: bool = False) -> list[AddResult]:
        """Add articles with their statements and actors in ONE commit. An article already stored
        is left as it is (new=False) unless ``replace``: then its statements are replaced by the
        new extraction's, except those a person corrected (edited), which always stay."""
        from extract.actors import match_actor  # the actor-matching rules live in extract/

        extractions = list(extractions)
        with self._modify() as txn, no_gc():
            spoke_on = _SpokeOn(lambda aid: self._spoke_on(txn, aid))
            known = KnownActors(txn.actors, spoke_on)  # (targets: the wrong-person guard)
            results: list[AddResult] = []
            for ex in extractions:
                art = ex.article
                old_part = txn.part_of_article(art.id)
                if old_part is not None and not replace:
                    stmts = txn.part(old_part)["statements"]
                    sids = [i for i, d in stmts.items() if d.get("article_id") == art.id]
                    speakers = list(dict.fromkeys(s for s in (stmts[i].get("speaker") for i in sids) if s))
                    results.append(AddResult(art.id, False, len(sids), len(speakers), speakers, sids))
                    continue
                local: dict[str, str] = {}
                created: list[str] = []
                for a in ex.actors:
                    gid = known.match(a, match_actor, art.text)
                    if gid is None:
                        gid = known.create(a)
                        created.append(gid)
                    else:
                        known.enrich(gid, a)
                    local[a.id] = gid
                doc = art.to_dict()
                old_stmts = _take_out(txn, old_part, doc) if old_part is not None else {}
                spoke_on.forget(d.get("speaker") for d in old_stmts.values())
                doc["added_at"] = doc.get("added_at") or _now()
                target = txn.part(part_name(doc.get("published")))
                target["articles"][art.id] = doc
                kept = {i: d for i, d in old_stmts.items() if d.get("edited")}
                target["statements"].update(kept)
                ids: list[str] = list(kept)
                seen = set(kept)
                for st in ex.statements:
                    if st.id in seen:
                        continue  # a person's correction wins; duplicates are skipped
                    d = _statement_doc(st)
                    d["article_id"] = art.id
                    d["speaker"] = local.get(st.speaker) if st.speaker else known.by_mention(st, art.text, local)
                    target["statements"][st.id] = d
                    spoke_on.forget([d["speaker"]])
                    ids.append(st.id)
                    seen.add(st.id)
                speakers = list(dict.fromkeys(local.values()))
                results.append(AddResult(art.id, old_part is None, len(ids), len(speakers), speakers, ids,
                                         created))
                txn.touched = True
            txn.actors.update(known.changed)
        return results

    def _spoke_on(self, txn: _Txn, aid: str) -> set[str]:
        """The targets an actor took a stance on, stored or added in this transaction. A stored
        statement unchanged since the index snapshot, in a partition the transaction does not hold,
        is read from the snapshot's stances: no day file parsed for it (an actor of a million-statement
        archive has statements on hundreds of days)."""
        cols, keys = self._cols, set()
        code = cols.actors.code.get(aid)
        at = np.flatnonzero(cols.speaker == code) if code is not None else np.zeros(0, np.int64)
        held = [cols.parts.code[n] for n in txn.parts if n in cols.parts.code]
        kept = self._docs is not None and self._docs.stances is not None  # (stances kept with the snapshot)
        snapped = (cols.snaprow[at] >= 0) & ~np.isin(cols.part[at], held) & kept
        rows, sids = [], []
        for p, snap in zip(at.tolist(), snapped.tolist()):
            sid, part = cols.sid[p].decode(), cols.parts.names[int(cols.part[p])]
            if part in txn.parts or sid in txn.where or any(sid in q["statements"] for q in txn.parts.values()):
                continue  # as the transaction has it (or removed it): read below, with its speaker now
            if snap:
                rows.append(int(cols.snaprow[p]))
            else:
                sids.append((sid, part))
        keys.update(aggregates.stated_targets(self._docs, rows) or () if rows else ())
        for sid, part in sids:
            found = txn.statement(sid, load=False, stored_in=part)  # (reading: no partition rewritten for it)
            keys.update(k for k, v in (found[1].get("stance") or {}).items() if v) if found else None
        for p in txn.parts.values():
            keys.update(k for d in p["statements"].values() if d.get("speaker") == aid
                        for k, v in (d.get("stance") or {}).items() if v)
        return keys

    # --- reading ----------------------------------------------------------------------------------
    def articles(self, undated: bool = False) -> list[Article]:
        """Every article (reads every partition: slow on a large database), or with ``undated``
        only those without a publication date. A day whose file cannot be read (an index snapshot
        had its articles) is left out, told once as a StoreWarning."""
        with self._lock:
            self._check_open()
            names = [UNDATED] if undated else sorted({r[0] for r in self._registry.values()})
            arts = []
            for n in names:
                try:
                    docs = self._read_part(n)["articles"]
                except DamagedDayFile as e:
                    self._found_damaged(n, e, "Its articles are left out of the list until it is repaired")
                    continue
                arts.extend(Article.from_dict(d) for d in docs.values())
        if undated:
            arts = [a for a in arts if not a.published]
        arts.sort(key=lambda a: (a.published or _LAST, a.added_at, a.title))
        return arts

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            self._check_open()
            reg = self._registry.get(article_id)
            d = self._read_part(reg[0])["articles"].get(article_id) if reg else None
            return Article.from_dict(d) if d is not None else None

    def article_header(self, article_id: str) -> Article | None:
        """The article without its text (title, source, dateline, dates), from the article
        registry: what the detail pane shows, without parsing a day file (0.1-0.5 s at 1M)."""
        with self._lock:
            self._check_open()
            reg = self._registry.get(article_id)
            if reg is None or len(reg) < 7:  # an index snapshot of an earlier version
                return self.article(article_id)
            return Article(article_id, "", title=reg[3], source=reg[4], dateline=reg[5], published=reg[1],
                           published_source=reg[6], added_at=reg[2])

    def article_counts(self) -> dict[str, int]:
        """Article id -> number of its statements (not counting those marked not a statement)."""
        with self._lock:
            self._check_open()
            counts = self._cols.counts()[1]
            return {aid: counts.get(aid, 0) for aid in self._registry}

    def actors(self) -> list[tuple[Actor, int]]:
        """Every actor with its statement count, most statements first."""
        with self._lock:
            self._check_open()
            counts = self._cols.counts()[0]
            out = [(Actor.from_dict(d), counts.get(aid, 0)) for aid, d in self._main["actors"].items()]
        out.sort(key=lambda p: (-p[1], p[0].name.casefold()))
        return out

    def actor(self, actor_id: str) -> Actor | None:
        with self._lock:
            self._check_open()
            d = self._main["actors"].get(actor_id)
            return Actor.from_dict(d) if d is not None else None

    def _statement_at(self, p: int) -> Statement:
        cols = self._cols
        sid = cols.sid[p].decode()
        obj = self._objects.get(sid)
        if obj is None:
            if len(self._objects) > 50_000:
                self._objects.clear()
            row = int(cols.snaprow[p])
            doc = None
            if row >= 0 and self._docs is not None:  # unchanged since the snapshot
                try:
                    doc = self._docs.get(row)
                except (OSError, ValueError, zlib.error):  # replaced or damaged: read the partition
                    self._docs = None
            if doc is None:
                doc = self._read_part(cols.parts.names[int(cols.part[p])])["statements"][sid]
            obj = self._objects[sid] = Statement.from_dict(doc)
        return obj

    def statements(self, filt: Filter = Filter(), offset: int = 0, limit: int | None = None
                   ) -> list[Statement]:
        """Statements matching ``filt`` in timeline order (date, article published, position in
        the article; unknown dates last). The objects are shared: treat them as read-only."""
        with self._lock:
            self._check_open()
            sel = self._cols.select(filt)
            end = None if limit is None else offset + limit
            return [self._statement_at(int(p)) for p in sel[offset:end]]

    def count(self, filt: Filter = Filter()) -> int:
        with self._lock:
            self._check_open()
            return len(self._cols.select(filt))

    def statement(self, statement_id: str) -> Statement | None:
        with self._lock:
            self._check_open()
            p = self._cols.position(statement_id)
            return self._statement_at(p) if p is not None else None

    def is_rejected(self, statement_id: str) -> bool:
        """True when a person marked the statement as not a statement."""
        with self._lock:
            self._check_open()
            p = self._cols.position(statement_id)
            return p is not None and bool(self._cols.rejected[p])

    def topics(self) -> list[str]:
        with self._lock:
            self._check_open()
            return self._cols.topic_names()

    def changes(self, filt: Filter = Filter()) -> list[PositionChange]:
        """Position changes among the filtered statements (extract.positions.find_changes);
        remembered per filter until the next change to the data."""
        from extract.positions import find_changes  # the change rules live in extract/

        with self._lock:
            hit = self._changes_cache.get(filt)
            if hit is None:
                if len(self._changes_cache) > 8:
                    self._changes_cache.clear()
                stmts = self.statements(filt)
                hit = self._changes_cache[filt] = find_changes(
                    stmts, langs=self.article_langs({s.article_id for s in stmts}))
            return list(hit)

    def article_langs(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Article id -> its language, from the article registry (find_changes reads each
        statement's hedge and condition words in it; an article without a known one: both), of
        every article or of ``article_ids``. An index snapshot written before the registry kept
        languages (7 fields) has the languages of the articles asked for filled in from their
        day files (_fill_langs): what a question costs follows the articles it asks about."""
        ids = None if article_ids is None else set(article_ids)
        self._fill_langs(ids)
        with self._lock:
            self._check_open()
            reg = self._registry
            rows = reg.items() if ids is None else ((aid, reg[aid]) for aid in ids if aid in reg)
            return known_langs(((aid, r[7]) for aid, r in rows if len(r) > 7), self._data_folder, self._bad_langs)

    def _fill_langs(self, ids: set[str] | None = None) -> None:
        """Registry entries of an index snapshot written before languages were kept (seven fields)
        get their article's language from its day file (only the language: the columns stay), for
        the articles ``ids`` (None: all of them). Never at a write: the first write after opening
        such a snapshot read every day file and rewrote the whole snapshot for it (10.6 s at 20,000
        articles). Filled rows are kept by the next snapshot a write makes anyway. The thread lock
        is taken per day file, so the dashboard reads on between them."""
        with self._lock:
            if not self._short_rows:
                return
            reg = self._registry
            rows = reg.values() if ids is None else (reg[a] for a in ids if a in reg)
            short = sorted({r[0] for r in rows if len(r) == 7})
        unread = False
        for name in short:
            with self._lock:
                self._check_open()
                try:
                    articles = self._read_part(name)["articles"]
                except DamagedDayFile as e:  # (the snapshot still has its statements: shown, read with both languages' words)
                    self._found_damaged(name, e, "The languages of its articles are unknown until it is repaired")
                    unread = True
                    continue
                for aid, a in articles.items():
                    r = self._registry.get(aid)
                    if r is not None and len(r) == 7 and r[0] == name:
                        r.append(a.get("lang", ""))
        if ids is None and not unread:
            with self._lock:
                if self._registry is reg:  # (not a registry loaded meanwhile)
                    self._short_rows = False  # (a day file that could not be read: tried again next time)

    # --- corrections --------------------------------------------------------------------------------
    def _record(self, txn: _Txn, op: str, description: str,
                changes: dict[str, dict[str, dict[str, Any] | None]]) -> str:
        """Apply ``changes`` ({table: {id: new doc, or None to delete}}) and store the correction
        with the documents as they were before, so undo can put them back."""
        before: dict[str, dict[str, Any]] = {"actors": {}, "statements": {}}
        for aid in changes.get("actors", {}):
            before["actors"][aid] = copy_doc(txn.actors.get(aid))
        for sid in changes.get("statements", {}):
            found = txn.statement(sid)
            before["statements"][sid] = copy_doc(found[1]) if found else None
        before = {t: docs for t, docs in before.items() if t in changes}
        self._apply(txn, changes)
        seq = max((int(k) for k in txn.corrections), default=0) + 1
        txn.corrections[f"{seq:06d}"] = {"seq": seq, "at": _now(), "op": op, "description": description,
                                         "before": before}
        return description

    @staticmethod
    def _apply(txn: _Txn, changes: dict[str, dict[str, dict[str, Any] | None]]) -> None:
        for aid, d in changes.get("actors", {}).items():
            txn.put_actor(aid, d)
        for sid, d in changes.get("statements", {}).items():
            found = txn.statement(sid)
            txn.put_statement(d, sid, found[0] if found else None)

    @staticmethod
    def _get_actor(txn: _Txn, key: str | None) -> dict[str, Any]:
        d = txn.actors.get(key) if key is not None else None
        if d is None:
            raise UnknownId(f"no actor with id {key!r}")
        return copy_doc(d)

    @staticmethod
    def _get_statement(txn: _Txn, key: str) -> dict[str, Any]:
        found = txn.statement(key)
        if found is None:
            left_out = f" (it may be of the day left out: {', '.join(sorted(txn.store.damaged))})" if txn.store.damaged else ""
            raise UnknownId(f"no statement with id {key!r}{left_out}")
        return copy_doc(found[1])

    def rename_actor(self, actor_id: str, new_name: str) -> str:
        new_name = clean_name(new_name)
        with self._modify() as txn:
            a = self._get_actor(txn, actor_id)
            old = renamed(a, new_name)
            return self._record(txn, "rename_actor", f"rename {old!r} to {new_name!r}",
                                {"actors": {actor_id: a}})

    def merge_actors(self, keep_id: str, other_id: str) -> str:
        if keep_id == other_id:
            raise ValueError("cannot merge an actor with itself")
        with self._modify() as txn:
            keep = self._get_actor(txn, keep_id)
            other = self._get_actor(txn, other_id)
            self._refuse_while_damaged("merge actors")
            merged_into(keep, other)
            moved: dict[str, dict[str, Any] | None] = {}
            cols = self._cols
            code = cols.actors.code.get(other_id)
            for p in np.flatnonzero(cols.speaker == code).tolist() if code is not None else []:
                sid = cols.sid[p].decode()
                txn.where[sid] = cols.parts.names[int(cols.part[p])]
                d = self._get_statement(txn, sid)
                d["speaker"], d["edited"] = keep_id, True
                moved[sid] = d
            return self._record(txn, "merge_actors",
                                f"merge {other['name']!r} into {keep['name']!r} ({len(moved)} statements)",
                                {"actors": {keep_id: keep, other_id: None}, "statements": moved})

    def reassign(self, statement_id: str, actor_id: str | None) -> str:
        with self._modify() as txn:
            st = self._get_statement(txn, statement_id)
            name = self._get_actor(txn, actor_id)["name"] if actor_id else ""
            before = txn.actors.get(st.get("speaker") or "", {}).get("name") or "nobody"
            st["speaker"], st["speaker_name"], st["edited"] = actor_id or None, name, True
            return self._record(txn, "reassign",
                                f"reassign statement {statement_id[:8]} from {before} to {name or 'nobody'}",
                                {"statements": {statement_id: st}})

    def mark_not_statement(self, statement_id: str, rejected: bool = True) -> str:
        """Hide a statement from statements()/count() (unless include_rejected); False restores it."""
        with self._modify() as txn:
            st = self._get_statement(txn, statement_id)
            st["rejected"], st["edited"] = bool(rejected), True
            what = "as not a statement" if rejected else "as a statement again"
            return self._record(txn, "mark_not_statement", f"mark statement {statement_id[:8]} {what}",
                                {"statements": {statement_id: st}})

    EDITABLE = EDITABLE

    def edit_statement(self, statement_id: str, **fields: Any) -> str:
        """Change fields of a statement (kind, quote_text, date, topics, ...)."""
        fields = checked_edit(fields)
        with self._modify() as txn:
            st = self._get_statement(txn, statement_id)
            apply_edit(st, fields)
            return self._record(txn, "edit_statement",
                                f"edit statement {statement_id[:8]}: {', '.join(sorted(fields))}",
                                {"statements": {statement_id: st}})

    def set_stance(self, statement_id: str, topic: str, value: int) -> str:
        value = _stance_value(value)
        with self._modify() as txn:
            st = self._get_statement(txn, statement_id)
            apply_stance(st, topic, value)
            return self._record(txn, "set_stance",
                                f"stance of statement {statement_id[:8]} on {topic}: {value:+d}",
                                {"statements": {statement_id: st}})

    def undo(self) -> str | None:
        """Undo the last correction; returns its description, or None when there is none."""
        with self._modify() as txn:
            if not txn.corrections:
                return None
            key = max(txn.corrections, key=int)
            rec = txn.corrections.pop(key)
            self._apply(txn, rec["before"])
            txn.touched = True
            return "undo: " + rec["description"]

    def corrections(self) -> list[dict[str, Any]]:
        """Stored corrections, newest first: {seq, at, op, description}."""
        with self._lock:
            self._check_open()
            recs = sorted(self._main["corrections"].values(), key=lambda r: -r["seq"])
            return [{k: r[k] for k in ("seq", "at", "op", "description")} for r in recs]


class _PublishedOf:
    """article id -> publication date, read from the article registry."""

    def __init__(self, registry: dict[str, list[Any]]):
        self.registry = registry

    def get(self, aid: str) -> str | None:
        r = self.registry.get(aid)
        return r[1] if r else None


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _gen(p: Path) -> int:
    try:
        return int(p.name.split(".g")[1].split(".")[0])
    except (IndexError, ValueError):
        return -1
