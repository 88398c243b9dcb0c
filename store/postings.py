"""The word index's row lists as stored: a byte per gap between a word's rows.

A word's rows ascend, so most gaps between them are small: each word keeps its first row
(``head``), then one byte per gap (``gaps``, 0 for the first row); a gap of 255 or more is 255
there and the gap itself is in ``big`` (``esc``: how many big gaps come before each word). The
gap bytes are zlib-compressed in chunks of CHUNK bytes, so a search inflates only the chunks of
the words it needs. At a million statements: 8 MB on disk instead of 51 MB of int32 rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import zlib

import numpy as np

_ESCAPE = 255
CHUNK = 1 << 18


@dataclass
class PackedRows:
    offs: np.ndarray  # word j's gaps: gaps[offs[j]:offs[j + 1]]
    zgaps: np.ndarray  # the gap bytes (uint8), compressed chunk by chunk
    zoffs: np.ndarray  # where each chunk starts in zgaps (+ the end)
    head: np.ndarray  # first row of each word (0 for a word without rows)
    esc: np.ndarray  # big gaps before each word (+ their count)
    big: np.ndarray  # uint32

    def __post_init__(self) -> None:
        self._chunks: dict[int, bytes] = {}

    def gaps(self, a: int, b: int) -> np.ndarray:
        """Gap bytes a..b (inflated chunks are kept: a few MB at most)."""
        first, last = a // CHUNK, max(a, b - 1) // CHUNK
        for c in range(first, last + 1):
            if c not in self._chunks and c + 1 < len(self.zoffs):
                self._chunks[c] = zlib.decompress(self.zgaps[self.zoffs[c]:self.zoffs[c + 1]].tobytes())
        raw = b"".join(self._chunks.get(c, b"") for c in range(first, last + 1))
        return np.frombuffer(raw, np.uint8)[a - first * CHUNK:b - first * CHUNK]

    def word(self, j: int) -> np.ndarray:
        """Rows of word j."""
        g = self.gaps(int(self.offs[j]), int(self.offs[j + 1])).astype(np.int64)
        if len(g) == 0:
            return np.zeros(0, np.int32)
        g[g == _ESCAPE] = self.big[self.esc[j]:self.esc[j + 1]]
        return (self.head[j] + np.cumsum(g)).astype(np.int32)

    def decode(self) -> np.ndarray:
        """Rows of every word, one after the other (as ``pack_rows`` was given them)."""
        g = self.gaps(0, int(self.offs[-1])).astype(np.int64)
        g[g == _ESCAPE] = self.big
        total = np.cumsum(g)
        first = self.offs[:-1]
        at_first = np.append(total, 0)[first]  # a word's running total at its first row
        counts = np.diff(self.offs)
        return (total - np.repeat(at_first - self.head, counts)).astype(np.int32)


def pack_rows(offs: np.ndarray, post: np.ndarray) -> dict[str, np.ndarray]:
    """The arrays of PackedRows for rows ``post`` of words split by ``offs``."""
    counts = np.diff(offs)
    first = offs[:-1][counts > 0]
    # int32 and no temporary array of every gap beyond it: at 1M statements there are 17M
    g = np.empty(len(post), np.int32)
    g[:1] = post[:1]
    np.subtract(post[1:], post[:-1], out=g[1:])
    g[first] = 0
    head = np.zeros(len(counts), np.int64)
    head[counts > 0] = post[first]
    large = g >= _ESCAPE
    esc = np.searchsorted(np.flatnonzero(large), offs)  # big gaps before each word
    big = g[large].astype(np.uint32)
    np.minimum(g, _ESCAPE, out=g)  # in place: no second array of every gap
    raw = g.astype(np.uint8).tobytes()
    del g, large
    chunks = [zlib.compress(raw[at:at + CHUNK], 1) for at in range(0, len(raw), CHUNK)]
    zoffs = np.zeros(len(chunks) + 1, np.int64)
    np.cumsum([len(c) for c in chunks], out=zoffs[1:])
    return {"zgaps": np.frombuffer(b"".join(chunks), np.uint8), "zoffs": zoffs, "head": head.astype(np.int32),
            "esc": esc.astype(np.int64), "big": big}


def merge_chunks(chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray, int]], keys: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Postings (offsets, rows) of ``keys`` words from chunks built a block of rows at a time:
    each chunk (its word ids, their row counts, the rows minus ``first``, grouped by word in the
    order of the ids, ``first``). Each word's rows of every chunk, in chunk (= row) order.
    Empties ``chunks`` as it goes (each chunk leaves memory once copied)."""
    total = np.zeros(keys, np.int64)
    for ids, counts, _, _ in chunks:
        total[ids] += counts
    offs = np.zeros(keys + 1, np.int64)
    np.cumsum(total, out=offs[1:])
    fill = offs[:-1].copy()  # where each word's next rows go
    post = np.empty(int(offs[-1]), np.int32)
    while chunks:
        ids, counts, rows, row0 = chunks.pop(0)
        first = np.cumsum(counts) - counts  # each word's first row in this chunk's rows
        post[np.repeat(fill[ids] - first, counts) + np.arange(len(rows))] = rows.astype(np.int32) + row0
        fill[ids] += counts
    return offs, post


def remap(offs: np.ndarray, post: Any, new_of_old: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The postings with each row renumbered (``new_of_old``; -1: the row is dropped)."""
    new = new_of_old[all_rows(post)]
    ok = new >= 0
    word_of = np.repeat(np.arange(len(offs) - 1), np.diff(offs))
    counts = np.bincount(word_of[ok], minlength=len(offs) - 1)
    noffs = np.zeros(len(offs), np.int64)
    np.cumsum(counts, out=noffs[1:])
    return noffs, new[ok].astype(np.int32)


def all_rows(post: Any) -> np.ndarray:
    """Rows of every word, one after the other, from packed or plain postings."""
    return post.decode() if isinstance(post, PackedRows) else post


def rows_of(offs: np.ndarray, post: Any, j: int) -> np.ndarray:
    """Rows of word j, from packed or plain postings."""
    return post.word(j) if isinstance(post, PackedRows) else post[offs[j]:offs[j + 1]]

