"""The files of a schema-3 database beside ``db.json`` (the main file):

  db.json                      TinyDB: meta (schema, the list of files below), actors, corrections
  db.json.parts/2021-03-05.g17.json   TinyDB: articles published that day + their statements
  db.json.parts/undated.g3.json       articles without a publication date
  db.json.parts/index.g16.npz         column index snapshot (columns.py), for opening fast
  db.json.parts/text.g16.npz          haystacks and word index of that snapshot (read on first search)

Files are never changed in place: a write makes a new file with the next generation number,
then the main file is replaced (the commit: os.replace), then files that neither the main file
nor its previous version (db.json.bak) names are deleted. A process killed at any moment leaves
the old or the new state; leftovers are removed on the next open.
"""
from __future__ import annotations

import io
import mmap
import re
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from .columns import COLUMNS, Codes, Columns, TextIndex
from .storage import atomic_write, no_gc

UNDATED = "undated"
_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
INDEX_FORMAT = 1


def part_name(published: str | None) -> str:
    """The partition of an article: its publication day ("2021-03-05"; a month-only date goes to
    "2021-03-00"), or "undated"."""
    m = _DAY.match(published or "")
    if not m:
        return UNDATED
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '00'}"


def file_name(kind: str, gen: int, ext: str = "json") -> str:
    return f"{kind}.g{gen}.{ext}"


def write_json(path: Path, data: Any, sync_folder: bool = True) -> None:
    atomic_write(path, orjson.dumps(data), sync_folder=sync_folder)


def read_json(path: Path) -> Any:
    with no_gc():
        return orjson.loads(path.read_bytes())


def _npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def _json_array(obj: Any) -> np.ndarray:
    return np.frombuffer(orjson.dumps(obj), np.uint8)


class DocFile:
    """The statement documents of a snapshot, one after the other (orjson), read through mmap:
    a page of the timeline costs a few small parses, not whole partition files."""

    def __init__(self, path: Path | None, starts: np.ndarray):
        self.path, self.starts = path, starts
        self._blob: Any = None

    @property
    def blob(self) -> Any:
        if self._blob is None:
            if self.path is None or self.starts[-1] == 0:
                self._blob = b""
            else:
                with open(self.path, "rb") as f:
                    self._blob = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return self._blob

    def get(self, row: int) -> dict[str, Any]:
        return orjson.loads(self.blob[self.starts[row]:self.starts[row + 1]])


def save_index(path: Path, cols: Columns, files: dict[str, str], registry: dict[str, list[Any]],
               text_file: str, docs_file: str, doc_starts: np.ndarray) -> None:
    """The columns, their code tables, the article registry and the files they were read from."""
    meta = {"format": INDEX_FORMAT, "files": files, "text": text_file, "docs": docs_file, "registry": registry,
            "codes": {k: getattr(cols, k).names for k in ("parts", "actors", "kinds", "articles", "topic_codes")}}
    arrays = {c: getattr(cols, c) for c in COLUMNS}
    arrays["meta"] = _json_array(meta)
    arrays["doc_starts"] = doc_starts
    atomic_write(path, _npz_bytes(arrays))


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
                setattr(cols, c, z[c])
            docs = DocFile(path.with_name(meta["docs"]), z["doc_starts"])
    except (OSError, ValueError, KeyError, orjson.JSONDecodeError):
        return None
    for k, names in meta["codes"].items():
        setattr(cols, k, Codes(names))
    cols.n = len(cols.key)
    cols.text = None  # read on the first text search
    return cols, meta["files"], meta["registry"], meta["text"], docs


def save_text(path: Path, ti: TextIndex) -> None:
    arrays: dict[str, np.ndarray] = {"blob": np.frombuffer(ti.blob, np.uint8), "starts": ti.starts}
    for k, (vocab, offs, post) in enumerate(ti.segments):
        arrays[f"vocab{k}"] = _json_array(vocab)
        arrays[f"offs{k}"] = offs
        arrays[f"post{k}"] = post
    atomic_write(path, _npz_bytes(arrays))


def load_text(path: Path) -> TextIndex:
    """The word index now, the haystacks on the first search that needs them (a scan)."""
    with np.load(path, allow_pickle=False) as z:
        segments = []
        k = 0
        while f"vocab{k}" in z:
            segments.append((orjson.loads(z[f"vocab{k}"].tobytes()), z[f"offs{k}"], z[f"post{k}"]))
            k += 1
        starts = z["starts"]

    def read_blob() -> bytes:
        with np.load(path, allow_pickle=False) as z:
            return z["blob"].tobytes()

    return TextIndex(None, starts, segments, read_blob=read_blob)
