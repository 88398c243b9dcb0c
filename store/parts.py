"""The files of a schema-4 database beside ``db.json`` (the main file):

  db.json                      TinyDB: meta (schema, the list of files below), actors, corrections
  db.json.parts/2021-03-05.g17.json.gz  TinyDB, gzip-compressed JSON: articles published that day
                                        + their statements (read with ``zcat``)
  db.json.parts/undated.g3.json.gz      articles without a publication date
  db.json.parts/index.g16.npz  column index snapshot (columns.py), for opening fast, and the
                               non-zero stances of its statements (read by Positions/Changes)
  db.json.parts/text.g16.npz   haystacks, word index and word-pair index (pairs.py) of that
                               snapshot (read on first search)
  db.json.parts/docs.g16.bin   the snapshot's statement documents in compressed blocks, so a page
                               of the timeline is read without parsing whole day files

Snapshots are zip-compressed (deflate): only the day files hold the data, the rest is derived
from them and rebuilt when missing. Files are never changed in place: a write makes a new file
with the next generation number, then the main file is replaced (the commit: os.replace), then
files that neither the main file nor its previous version (db.json.bak) names are deleted. A
process killed at any moment leaves the old or the new state; leftovers are removed on the next
open. Schema 3 wrote the same day files uncompressed (``.json``); they are still read.
"""
from __future__ import annotations

import itertools
import mmap
import re
import struct
import zipfile
import zlib
from bisect import bisect_right
from collections import OrderedDict
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

import numpy as np
import orjson

from .columns import COLUMNS, Codes, Columns, TextIndex
from .pairs import BUCKETS
from .postings import PackedRows, all_rows, pack_rows
from .storage import atomic_write, decode_json, encode_json

UNDATED = "undated"
_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
# the arrays of store.aggregates.Stances, in its order; codes into meta's stance_keys/stance_texts
STANCE_ARRAYS = ("stance_row", "stance_key", "stance_value", "stance_recalled", "stance_earlier",
                 "stance_words", "stance_when")
_BYTEWISE = ("key", "sid")  # columns stored transposed (a third of their deflated size at 1M statements)
INDEX_FORMAT = 2  # 1 (schema 3): uncompressed arrays, one document after the other in docs
PART_EXT = "json.gz"
DOC_BLOCK = 16  # statement documents per compressed block of the docs file: a row costs 1/16 block
_DICT_BYTES = 32_768  # zlib's preset dictionary: documents of the first snapshot (their keys, names)
_DOC_LEVEL = 6  # 8% smaller than level 3 (10 MB at 1M statements); only new or changed blocks are packed
_NPZ_LEVEL = 1  # the snapshot is rewritten as the database grows: cheap compression


def part_name(published: str | None) -> str:
    """The partition of an article: its publication day ("2021-03-05"; a month-only date goes to
    "2021-03-00"), or "undated"."""
    m = _DAY.match(published or "")
    if not m:
        return UNDATED
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '00'}"


def file_name(kind: str, gen: int, ext: str = PART_EXT) -> str:
    return f"{kind}.g{gen}.{ext}"


def write_json(path: Path, data: Any, sync_folder: bool = True) -> None:
    """A day file (gzip JSON when its name ends in .gz), atomically."""
    atomic_write(path, encode_json(data, compressed=path.suffix == ".gz"), sync_folder=sync_folder)


def read_json(path: Path) -> Any:
    return decode_json(path.read_bytes())


def _npz_writer(arrays: dict[str, np.ndarray], stored: tuple[str, ...] = ()) -> Callable[[BinaryIO], None]:
    """np.savez_compressed's format, at a low compression level (it has no level option); the
    arrays whose names start with ``stored`` are not compressed (read fast). Written straight
    into the file (atomic_write): the text file at 1M statements is 140 MB."""
    def write(out: BinaryIO) -> None:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=_NPZ_LEVEL) as zf:
            for name, a in arrays.items():
                member: str | zipfile.ZipInfo = name + ".npy"
                if stored and name.startswith(stored):
                    member = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
                    member.compress_type = zipfile.ZIP_STORED
                with zf.open(member, "w", force_zip64=True) as f:
                    np.lib.format.write_array(f, np.asanyarray(a), allow_pickle=False)
    return write


def _json_array(obj: Any) -> np.ndarray:
    return np.frombuffer(orjson.dumps(obj), np.uint8)


class DocFile:
    """The statement documents of a snapshot (orjson, one per line) in zlib-compressed blocks of
    about DOC_BLOCK rows, read through mmap: a page of the timeline costs a few small blocks, not
    whole day files. ``rows``: first row of each block (+ the row count); ``offs``: where each
    block starts in the file (+ its size); ``zdict``: the preset dictionary of every block (kept
    from snapshot to snapshot, so unchanged blocks are copied as they are)."""

    def __init__(self, path: Path | None, rows: np.ndarray, offs: np.ndarray, zdict: bytes):
        self.path, self.rows, self.offs, self.zdict = path, rows, offs, zdict
        self._first_rows: list[int] = rows.tolist()  # bisect on a list: no numpy call per row
        self._blob: Any = None
        self._blocks: OrderedDict[int, list[bytes]] = OrderedDict()  # recently read, uncompressed
        # the non-zero stances of the documents (store.aggregates.Stances), or a function that
        # reads them from the index snapshot (its arrays, key names, text names); None:
        # not kept (snapshots of earlier versions), found by scanning the documents
        self.stances: Any = None

    @property
    def n(self) -> int:
        return int(self.rows[-1])

    def open(self) -> "DocFile":
        """Map the file now (a newer snapshot may remove it; a mapping stays readable)."""
        _ = self.blob
        return self

    @property
    def blob(self) -> Any:
        if self._blob is None:
            if self.path is None or self.offs[-1] == 0:
                self._blob = b""
            else:
                with open(self.path, "rb") as f:
                    self._blob = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return self._blob

    def packed(self, b: int) -> bytes:
        return self.blob[self.offs[b]:self.offs[b + 1]]

    def block(self, b: int) -> list[bytes]:
        hit = self._blocks.get(b)
        if hit is None:
            hit = self._blocks[b] = unpack(self.packed(b), self.zdict).split(b"\n")
            if len(self._blocks) > 1024:
                self._blocks.popitem(last=False)
        return hit

    def get(self, row: int) -> dict[str, Any]:
        b = bisect_right(self._first_rows, row) - 1
        return orjson.loads(self.block(b)[row - self._first_rows[b]])


def pack(raw: bytes, zdict: bytes) -> bytes:
    packer = zlib.compressobj(_DOC_LEVEL, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, zdict)
    return packer.compress(raw) + packer.flush()


def unpack(packed: bytes, zdict: bytes) -> bytes:
    unpacker = zlib.decompressobj(zdict=zdict)
    return unpacker.decompress(packed) + unpacker.flush()


def write_docs(path: Path, old: DocFile | None, keep: np.ndarray, new: Iterable[bytes]) -> DocFile:
    """A new docs file: the kept rows of ``old`` (in their order), then ``new`` documents. Blocks
    whose rows are all kept are copied as they are; the others are re-packed. Each block goes
    to the file as it is packed (at 1M statements the file is 300 MB)."""
    new = iter(new)
    zdict = old.zdict if old is not None else b""
    if not zdict:  # the first snapshot: its first documents make the dictionary
        first = list(itertools.islice(new, 200))
        zdict = b"\n".join(first)[-_DICT_BYTES:] or b"{}"
        new = itertools.chain(first, new)
    sizes: list[int] = []
    counts: list[int] = []

    def write(f: BinaryIO) -> None:
        for block, n in _doc_blocks(old, keep, new, zdict):
            f.write(block)
            sizes.append(len(block))
            counts.append(n)

    atomic_write(path, write)
    rows = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=rows[1:])
    offs = np.zeros(len(sizes) + 1, np.int64)
    np.cumsum(sizes, out=offs[1:])
    return DocFile(path, rows, offs, zdict)


def _doc_blocks(old: DocFile | None, keep: np.ndarray, new: Iterator[bytes], zdict: bytes
                ) -> Iterator[tuple[bytes, int]]:
    """(packed block, its row count) of write_docs, in order."""
    pending: list[bytes] = []

    def flush() -> tuple[bytes, int]:
        block = (pack(b"\n".join(pending), zdict), len(pending))
        pending.clear()
        return block

    for b in range(len(old.rows) - 1 if old is not None else 0):
        assert old is not None
        lo, hi = int(old.rows[b]), int(old.rows[b + 1])
        k = keep[lo:hi]
        if k.all() and not pending:
            yield old.packed(b), hi - lo
        elif k.any():
            pending.extend(d for d, kept in zip(old.block(b), k.tolist()) if kept)
            if len(pending) >= DOC_BLOCK:
                yield flush()
    for d in new:
        pending.append(d)
        if len(pending) >= DOC_BLOCK:
            yield flush()
    if pending:
        yield flush()


def save_index(path: Path, cols: Columns, files: dict[str, str], registry: dict[str, list[Any]],
               text_file: str, docs: DocFile) -> None:
    """The columns, their code tables, the article registry and the files they were read from."""
    meta = {"format": INDEX_FORMAT, "files": files, "text": text_file, "docs": docs.path.name if docs.path else "",
            "registry": registry,
            "codes": {k: getattr(cols, k).names for k in ("parts", "actors", "kinds", "articles", "topic_codes")}}
    arrays = {c: getattr(cols, c) for c in COLUMNS if c not in _BYTEWISE}
    for c in _BYTEWISE:  # sorted fixed-width strings: byte i of every row together compresses well
        a = getattr(cols, c)
        arrays[c + "_bytes"] = np.ascontiguousarray(a.view(np.uint8).reshape(len(a), a.dtype.itemsize).T)
    arrays["meta"] = _json_array(meta)
    arrays["doc_rows"], arrays["doc_offs"] = docs.rows, docs.offs
    arrays["doc_dict"] = np.frombuffer(docs.zdict, np.uint8)
    st = docs.stances() if callable(docs.stances) else docs.stances
    if st is not None and not isinstance(st, tuple):
        st = (*st.arrays(), st.keys.names, st.texts.names)
    if st is not None:
        arrays.update(zip(STANCE_ARRAYS, st))
        meta["stance_keys"], meta["stance_texts"] = list(st[-2]), list(st[-1])
        arrays["meta"] = _json_array(meta)
    atomic_write(path, _npz_writer(arrays))


def _bytewise(b: np.ndarray) -> np.ndarray:
    """A string array stored byte position by byte position (save_index), as it was."""
    return np.ascontiguousarray(b.T).view(f"S{b.shape[0]}").reshape(b.shape[1])


def load_index(path: Path) -> tuple[Columns, dict[str, str], dict[str, list[Any]], str, DocFile] | None:
    """(columns, files they reflect, article registry, text file); None when unusable (then the
    caller reads the partitions instead: an index is only ever a shortcut)."""
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = orjson.loads(z["meta"].tobytes())
            if meta.get("format") != INDEX_FORMAT:
                return None
            cols = Columns()
            for c in COLUMNS:
                setattr(cols, c, _bytewise(z[c + "_bytes"]) if c + "_bytes" in z.files else z[c])
            docs = DocFile(path.with_name(meta["docs"]), z["doc_rows"], z["doc_offs"], z["doc_dict"].tobytes())
            if "stance_when" in z.files and "stance_texts" in meta:
                docs.stances = _stance_reader(open(path, "rb"), meta["stance_keys"], meta["stance_texts"], docs.n)
    except (OSError, ValueError, KeyError, EOFError, orjson.JSONDecodeError, zipfile.BadZipFile, zlib.error):
        return None  # (EOFError: an empty file, cut off before its first byte)
    for k, names in meta["codes"].items():
        setattr(cols, k, Codes(names))
    cols.n = len(cols.key)
    cols.text = None  # read on the first text search
    return cols, meta["files"], meta["registry"], meta["text"], docs


def _stance_reader(f: BinaryIO, keys: list[str], texts: list[str], rows: int) -> Callable[[], tuple | None]:
    """Reads the stances of an index snapshot when first needed (from ``f``, opened with the
    snapshot: a newer one may remove the file); None when they do not fit its documents."""
    def read() -> tuple | None:
        try:
            f.seek(0)
            with np.load(f, allow_pickle=False) as z:
                st = tuple(z[a] for a in STANCE_ARRAYS)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, zlib.error):
            return None
        row, key, _, _, _, words, when = st
        if len({len(a) for a in st}) > 1 or not _within(row, 0, rows) or not _within(key, 0, len(keys)) \
                or not _within(words, 0, len(texts)) or not _within(when, -1, len(texts)):
            return None
        return (*st, keys, texts)
    return read


def _within(a: np.ndarray, lo: int, hi: int) -> bool:
    """Every value of ``a`` in lo..hi-1 (an empty array is)."""
    return not len(a) or bool(lo <= a.min() and a.max() < hi)


def save_text(path: Path, ti: TextIndex) -> None:
    arrays: dict[str, np.ndarray] = {"blob": np.frombuffer(ti.blob_view(), np.uint8), "starts": ti.starts}
    for k, (vocab, offs, post) in enumerate(ti.segments):
        arrays[f"vocab{k}"] = _json_array(vocab)
        arrays[f"offs{k}"] = offs
        packed = pack_rows(offs, all_rows(post))
        arrays.update({f"{name}{k}": a for name, a in packed.items()})
    if ti.pairs is not None:  # the marker absent: no pair index
        arrays["pair_segments"] = np.array([len(ti.pairs)], np.int64)
    for k, (offs, post) in enumerate(ti.pairs or ()):
        arrays[f"pair_offs{k}"] = offs
        packed = pack_rows(offs, all_rows(post))
        arrays.update({f"pair_{name}{k}": a for name, a in packed.items()})
    # the haystacks stored uncompressed and the word index's gaps in chunks of their own: read
    # through mmap, a search touches only what it needs (inflating all: 0.7 s CPU at 1M statements);
    # the pairs' big gaps compressed (half the size: 3 MB at 1M statements, read on the first search)
    atomic_write(path, _npz_writer(arrays, stored=("blob", "zgaps", "big", "pair_zgaps")))


def open_text(path: Path) -> BinaryIO:
    """The text file of a snapshot, opened at once: a newer snapshot may remove the file, and
    an open file stays readable (the word index is read on the first search, maybe much later)."""
    return open(path, "rb")


def _member(f: BinaryIO, zf: zipfile.ZipFile, name: str, mm: Any) -> tuple[np.ndarray, int]:
    """An array of an npz file and where its data starts in the file: an uncompressed member
    is a view of the file's mmap (-1 for a compressed one, read whole)."""
    info = zf.getinfo(name + ".npy")
    if info.compress_type != zipfile.ZIP_STORED or mm is None:
        with zf.open(info) as m:
            return np.lib.format.read_array(m, allow_pickle=False), -1
    f.seek(info.header_offset + 26)  # the local header's name and extra field lengths
    name_len, extra_len = struct.unpack("<HH", f.read(4))
    f.seek(info.header_offset + 30 + name_len + extra_len)
    header = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}
    shape, fortran, dtype = header[np.lib.format.read_magic(f)](f)
    count = int(np.prod(shape))
    a = np.frombuffer(mm, dtype, count, f.tell()).reshape(shape, order="F" if fortran else "C")
    return a, f.tell()


def load_text(f: BinaryIO) -> TextIndex:
    """The word index and the haystacks, through mmap where stored uncompressed (files of
    earlier versions: the word index now, the haystacks on the first search that scans)."""
    f.seek(0)
    try:
        mm: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (ValueError, OSError):  # an empty file
        mm = None
    with zipfile.ZipFile(f) as zf:
        names = set(zf.namelist())
        segments = []
        k = 0
        while f"vocab{k}.npy" in names:
            vocab = orjson.loads(_member(f, zf, f"vocab{k}", None)[0].tobytes())
            offs = _member(f, zf, f"offs{k}", mm)[0]
            if f"zgaps{k}.npy" in names:
                rows: Any = PackedRows(offs, *(_member(f, zf, f"{a}{k}", mm)[0]
                                               for a in ("zgaps", "zoffs", "head", "esc", "big")))
            else:  # files of earlier versions: the rows as int32
                rows = _member(f, zf, f"post{k}", mm)[0]
            segments.append((vocab, offs, rows))
            k += 1
        starts = _member(f, zf, "starts", mm)[0]
        pairs = _load_pairs(f, zf, mm, len(starts) - 1) if "pair_segments.npy" in names else None
        stored = "blob.npy" not in names or zf.getinfo("blob.npy").compress_type == zipfile.ZIP_STORED
        at = _member(f, zf, "blob", mm)[1] if "blob.npy" in names and stored else 0
    if stored and mm is not None:
        return TextIndex(mm, starts, segments, pairs, base=at)

    def read_blob() -> bytes:
        f.seek(0)
        with np.load(f, allow_pickle=False) as z:
            return z["blob"].tobytes()

    return TextIndex(None, starts, segments, pairs, read_blob=read_blob)


def _load_pairs(f: BinaryIO, zf: zipfile.ZipFile, mm: Any, rows: int) -> list[tuple[np.ndarray, Any]] | None:
    """The pair index of a text file, checked against its haystacks (None: unusable, then phrases
    are narrowed by the word index; the next snapshot builds it anew)."""
    pairs = []
    try:
        for k in range(int(_member(f, zf, "pair_segments", None)[0][0])):
            offs = _member(f, zf, f"pair_offs{k}", mm)[0]
            packed = PackedRows(offs, *(_member(f, zf, f"pair_{a}{k}", mm)[0]
                                        for a in ("zgaps", "zoffs", "head", "esc", "big")))
            if len(offs) != BUCKETS + 1 or (offs[-1] and int(packed.head.max()) >= rows):
                return None
            pairs.append((offs, packed))
    except KeyError:
        return None
    return pairs
