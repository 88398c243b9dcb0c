"""TinyDB storage for Wortlaut: the whole database in memory, one orjson file on disk, every
write atomic and durable.

TinyDB's JSONStorage re-reads and re-parses the file on every query and rewrites it in place on
every write: slow, and a crash mid-write leaves half a file. Here a write goes to a temporary file
in the same folder, is flushed and fsynced, then replaces the database with ``os.replace`` (and the
folder is fsynced so the rename itself is durable). A process killed at any moment leaves either
the old or the new file. Inside ``batch()`` TinyDB's many small writes stay in memory and reach the
disk once, when the batch ends.
"""
from __future__ import annotations

import gc
import os
import zlib
import secrets
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

import orjson
from tinydb.storages import Storage

TEMP_SUFFIX = ".tmp"


class UnreadableFile(ValueError):
    """The file exists but is not JSON (or is empty / truncated)."""


def file_stamp(st: os.stat_result) -> tuple[int, int, int]:
    """What changes whenever the database file is replaced or rewritten."""
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small dicts and lists are made, then
    move everything that now exists to the collector's permanent generation (gc.freeze).

    Otherwise the collector scans the whole database again and again (during the load, and once
    per generation afterwards): at 100k statements that tripled the load time and added
    second-long pauses later. The stored data is acyclic, so reference counting still frees it
    when it is replaced. Garbage cycles that exist when we freeze would never be collected, so
    collect first (cheap: the data frozen by earlier loads is not scanned)."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def copy_doc(doc: Any) -> Any:
    """A deep copy of a stored document (JSON data: orjson round trip, faster than deepcopy)."""
    return orjson.loads(orjson.dumps(doc))


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def writable(path: Path) -> bool:
    """May we replace ``path`` (or create it)? Not when the file, or the folder that would hold it,
    is read-only: the owner's choice is kept even where the system would let us (root).
    Replacing needs the folder too: the new version is written to a temporary file there."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        pass
    except OSError:
        return False
    else:
        if not (st.st_mode & 0o222 and os.access(path, os.W_OK)):
            return False
    folder = Path(os.path.abspath(path)).parent
    while not folder.exists() and folder != folder.parent:  # created on the first write
        folder = folder.parent
    try:
        st = os.stat(folder)
    except OSError:
        return False
    return bool(st.st_mode & 0o222) and os.access(folder, os.W_OK | os.X_OK)


def keep_owner_and_mode(fd: int, target: Path) -> None:
    """Give the file open as ``fd`` the mode (and, where permitted, the owner and group) of
    ``target``, which it is about to replace. Without a ``target`` the new file keeps the mode it
    was created with, from the user's umask."""
    try:
        st = os.stat(target)
    except OSError:
        return
    os.fchmod(fd, stat.S_IMODE(st.st_mode))
    own = os.fstat(fd)
    if (own.st_uid, own.st_gid) != (st.st_uid, st.st_gid):
        try:
            os.fchown(fd, st.st_uid, st.st_gid)
        except OSError:  # only root may give a file away; a group we are not in is refused too
            pass


def temp_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file in ``path``'s folder, open for writing: created with the mode any new
    file gets (0o666 & ~umask, never wider), then given the mode and owner of ``path`` when it
    exists, so replacing ``path`` by it keeps the owner's choices."""
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        keep_owner_and_mode(fd, path)
    except BaseException:
        os.close(fd)
        remove_quietly(tmp)
        raise
    return fd, tmp


def remove_quietly(path: str | os.PathLike[str]) -> None:
    """Remove a temporary file after a failed write; one already gone is fine."""
    try:
        os.unlink(path)
    except OSError:
        pass


def atomic_write(path: Path, blob: bytes | memoryview | Callable[[BinaryIO], None],
                 before_replace: Callable[[], None] | None = None, sync_folder: bool = True) -> tuple[int, int, int]:
    """THE way Wortlaut writes a file: a temp file in the same folder (created with the umask's
    mode, 0o666 & ~umask, never wider; then given the replaced file's mode and owner), flush +
    fsync, then ``os.replace`` over ``path`` and fsync the folder. A process killed at any moment
    leaves either the old or the new file (and at worst a stale temp file, removed on the next
    open). ``sync_folder=False``: the caller fsyncs the folder once after writing several files.
    ``blob`` may be a function writing the file's content (large files: never held whole in
    memory). Returns the new file's stamp."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_beside(path)
    try:
        with open(fd, "wb") as f:
            if callable(blob):
                blob(f)
            else:
                f.write(blob)
            f.flush()
            os.fsync(fd)
            stamp = file_stamp(os.fstat(fd))
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
    if sync_folder:
        fsync_dir(folder)
    return stamp


GZIP_LEVEL = 3  # ~5x smaller day files; 1 day of a 1M database: 15 ms (2: 10 ms, 6% larger: over 400 MB at 1M)
_GZIP_MAGIC = b"\x1f\x8b"


def encode_json(data: Any, compressed: bool = False) -> bytes:
    """orjson, gzip-compressed when asked (a gzip file: ``zcat`` and ``gzip.open`` read it)."""
    raw = orjson.dumps(data)
    if not compressed:
        return raw
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # wbits 31: gzip header, mtime 0
    return packer.compress(raw) + packer.flush()


def decode_json(raw: bytes) -> Any:
    """A file written by encode_json, compressed or not (told apart by gzip's magic bytes)."""
    if raw[:2] == _GZIP_MAGIC:
        raw = zlib.decompress(raw, 31)
    with no_gc():
        return orjson.loads(raw)


class CompressedJSONStorage(Storage):
    """TinyDB ``Storage`` for a gzip-compressed JSON file (a day file of the database:
    ``TinyDB(path, storage=CompressedJSONStorage)``); reads plain JSON files too. Every write
    replaces the file atomically (atomic_write)."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return decode_json(raw) if raw.strip() else None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, encode_json(data, compressed=self.path.suffix == ".gz"))


class AtomicOrjsonStorage(Storage):
    """TinyDB ``Storage``: orjson, data cached in memory, atomic replace on write.

    Reads are answered from memory once the file is loaded; call ``load()`` to (re)read the file.
    The storage never creates or truncates the database file on its own: the first write does,
    and always through a temporary file.
    """

    def __init__(self, path: str | os.PathLike[str], keep_previous: bool = True):
        self.path = Path(path)
        self.keep_previous = keep_previous  # hard-link the replaced file to <name>.bak
        self._data: dict[str, dict[str, Any]] | None = None
        self._batch_depth = 0
        self._dirty = False
        self.stamp: tuple[int, int, int] | None = None  # of the file we last read or wrote
        self.writes = 0  # files written so far

    # --- TinyDB's interface ---------------------------------------------------------------
    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None:
            if not self.path.exists():
                return None
            self._data = self.load()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._batch_depth:
            self._dirty = True
        else:
            self.write_file(data)

    def close(self) -> None:
        self._data = None

    # --- ours -------------------------------------------------------------------------------
    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def load(self) -> dict[str, Any]:
        """Read the file and use it as the current data."""
        data, stamp = self.read_file()
        self.adopt(data, stamp)
        return data

    def read_file(self) -> tuple[Any, tuple[int, int, int]]:
        """Parse the file without adopting it; raises UnreadableFile for empty or non-JSON content."""
        with open(self.path, "rb") as f:
            stamp = file_stamp(os.fstat(f.fileno()))
            raw = f.read()
        if not raw or raw.isspace():
            raise UnreadableFile("the file is empty")
        try:
            with no_gc():
                return orjson.loads(raw), stamp
        except orjson.JSONDecodeError as e:
            raise UnreadableFile(f"the file is not valid JSON ({e})") from None

    def adopt(self, data: dict[str, Any], stamp: tuple[int, int, int] | None) -> None:
        """Use already-checked data as the in-memory copy of the file with this stamp."""
        self._data = data
        self._dirty = False
        self.stamp = stamp

    def forget(self) -> None:
        """Drop the in-memory copy (after a failed batch): the next read loads the file again."""
        self._data = None
        self._dirty = False

    def changed_on_disk(self) -> bool:
        """True when another process replaced the file since we last read or wrote it."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return self.stamp is not None
        return file_stamp(st) != self.stamp

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Keep TinyDB's writes in memory; write the file once at the end (not on error)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
        # only reached without an exception
        if not self._batch_depth and self._dirty:
            self._dirty = False
            assert self._data is not None
            self.write_file(self._data)

    def write_file(self, data: dict[str, Any]) -> None:
        """atomic_write, keeping the old file as .bak."""
        self.stamp = atomic_write(self.path, orjson.dumps(data),
                                  before_replace=self._link_previous if self.keep_previous else None)
        self.writes += 1

    def _link_previous(self) -> None:
        """The file about to be replaced stays reachable as <name>.bak (a hard link: no copy)."""
        if not self.path.exists():
            return
        link = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.bak{TEMP_SUFFIX}")
        try:
            os.link(self.path, link)
            os.replace(link, self.backup_path)
        except OSError:  # filesystems without hard links: simply no backup
            try:
                os.unlink(link)
            except OSError:
                pass

    def remove_stale_temp_files(self) -> int:
        """Delete temp files left by killed writers. Call only while holding the file lock."""
        n = 0
        for p in self.path.parent.glob(f".{self.path.name}.*{TEMP_SUFFIX}"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
        return n
