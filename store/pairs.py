"""Word pairs: which rows have two given words next to each other, so that a phrase filter
("sanctions remain") checks the haystacks of a few rows instead of scanning all of them.

A haystack contains a phrase only if it has adjacent words (str.split) t1 t2 with t1 ending in
the phrase's first word and t2 starting with its second (inner words of a longer phrase are whole
words). Every adjacent pair of a haystack's words is hashed into one of BUCKETS buckets, and each
bucket lists the rows that have such a pair (stored like the word index: postings.PackedRows).
A phrase's candidates are the rows of its pairs' buckets: a superset of its rows (other pairs
share a bucket), which the caller checks against the haystacks. A fixed number of buckets keeps
the index small whatever the vocabulary (no list of every pair of words).
"""
from __future__ import annotations

import zlib
from typing import Any, Iterable

import numpy as np

from .postings import merge_chunks, rows_of

BITS = 12
BUCKETS = 1 << BITS


class _Crc(dict):
    """Word -> CRC-32 of its UTF-8 bytes, computed once per word (a hash stable across runs)."""

    def __missing__(self, word: str) -> int:
        h = self[word] = zlib.crc32(word.encode())
        return h


def buckets_of(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The bucket of each pair of words (given as the CRC-32 of each)."""
    mixed = (first.astype(np.uint64) * np.uint64(0x9E3779B1) + second.astype(np.uint64)) & np.uint64(0xFFFFFFFF)
    return (mixed >> np.uint64(32 - BITS)).astype(np.int64)


def phrase_buckets(lefts: Iterable[str], rights: Iterable[str]) -> np.ndarray:
    """Buckets of every pair (left word, right word)."""
    crc = _Crc()
    a = np.array([crc[w] for w in lefts], np.uint64)
    b = np.array([crc[w] for w in rights], np.uint64)
    return sorted_set(buckets_of(np.repeat(a, len(b)), np.tile(b, len(a))))


class PairIndex:
    """A pair index built a chunk of rows at a time (as columns._WordIndex)."""

    def __init__(self) -> None:
        self.crc = _Crc()
        self.chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray, int]] = []

    def add(self, hays: list[str], first: int) -> None:
        """Rows first, first + 1, ... (fewer than 65,536: kept as uint16 meanwhile)."""
        hashes: list[int] = []
        lens = []
        get = self.crc.__getitem__
        for h in hays:
            words = h.split()
            lens.append(len(words))
            hashes.extend(map(get, words))
        h_all = np.array(hashes, np.uint64)
        row = np.repeat(np.arange(len(hays), dtype=np.int64), lens)
        same = row[1:] == row[:-1]  # adjacent words of one haystack
        keys = sorted_set(buckets_of(h_all[:-1][same], h_all[1:][same]) << 16 | row[:-1][same])
        counts = np.bincount(keys >> 16, minlength=BUCKETS)
        self.chunks.append((np.arange(BUCKETS), counts, (keys & 0xFFFF).astype(np.uint16), first))

    def merged(self) -> tuple[np.ndarray, np.ndarray]:
        return merge_chunks(self.chunks, BUCKETS)


def bucket_rows(segments: list[tuple[np.ndarray, Any]], buckets: np.ndarray) -> np.ndarray:
    """Rows (ascending, once each) of these buckets in every segment of a pair index."""
    found = [rows_of(offs, post, int(b)) for offs, post in segments for b in buckets]
    return sorted_set(np.concatenate(found)) if found else np.zeros(0, np.int64)


def sorted_set(a: np.ndarray) -> np.ndarray:
    """np.unique without its first call's import of numpy.ma (0.1-0.2 s, in a filter change)."""
    a = np.sort(a)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a
