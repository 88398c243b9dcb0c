"""Column indexes over all statements (numpy arrays): every filter is a vectorised mask.

Rows are the statements in timeline order (date, the article's publication date, the quote's
place in the article, id; unknown dates last). One array per column: the sort key, the id, the
partition file, speaker, kind, article, "not a statement", topics (bit sets). A date range is a
binary search on the sort keys; actors, kinds, topics and articles are masks; counts are bincounts.

The text filter runs over a lowercase haystack per statement (quote text and the speaker as
mentioned; the actor's current name is matched separately, over the actor list). Haystacks, a
word index and a word-pair index (phrases: pairs.py) are kept for the rows of the last snapshot
(``TextIndex``); rows changed since then keep their haystack in memory. Changing a partition
file replaces its rows: no rebuild.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import islice
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import numpy as np

from .index import _LAST, Filter
from .pairs import PairIndex, bucket_rows, phrase_buckets
from .postings import merge_chunks, remap, rows_of

LAST = _LAST.encode()  # sorts after every ISO date: unknown dates go last
_KEY_SEP = "\x01"  # between the parts of a sort key: below every character of a date or id
_HAY_SEP = "\x1f"  # between quote and mention in a haystack (whitespace for str.split)
_MIN_WORD_QUERY = 3  # shorter text is matched by scanning: it is inside too many words
# a phrase whose words share fewer rows than this part of all is checked in those rows only
# (0.8 µs a row), not by a scan of every haystack (78 ms for 96 MB at 1M statements)
_FEW_ROWS = 0.1
_MAX_PAIRS = 256  # a phrase's end word may stand for this many words of the vocabulary, no more
COLUMNS = ("key", "sid", "part", "speaker", "kind", "article", "rejected", "topics", "snaprow")


def sort_key(sid: str, d: dict[str, Any], published: str | None) -> str:
    """Timeline order: date, the article's publication date, the quote's place, id."""
    q = d.get("quote") or ((0, 0),)
    return _KEY_SEP.join((d.get("date") or _LAST, published or _LAST, f"{q[0][0]:010d}", sid))


def haystack(d: dict[str, Any]) -> str:
    return f"{d.get('quote_text', '')}{_HAY_SEP}{d.get('speaker_name', '')}".lower().replace("\x00", " ")


class Codes:
    """Strings <-> small ints (actor ids, kinds, articles, partitions, topics). Codes are never
    reused, so arrays holding them stay valid when strings come and go."""

    def __init__(self, names: Iterable[str] = ()):
        self.names: list[str] = list(names)
        self.code: dict[str, int] = {n: i for i, n in enumerate(self.names)}

    def get(self, name: str) -> int:
        c = self.code.get(name)
        if c is None:
            c = self.code[name] = len(self.names)
            self.names.append(name)
        return c


@dataclass
class TextIndex:
    """Haystacks of the snapshot's rows (lowercase UTF-8, each ended by NUL) and a word index
    over them in segments (each: vocabulary, offsets, row numbers). The haystacks are bytes, or
    a file's mmap holding them from ``base`` on."""

    blob_: Any = b""  # None: not read yet (read_blob)
    starts: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))  # rows + 1
    segments: list[tuple[list[str], np.ndarray, Any]] = field(default_factory=list)  # rows: array or PackedRows
    # the pair index (pairs.py) in segments (offsets, rows) covering every row; None: not built
    # (text files of earlier versions), phrases are then narrowed by the word index alone
    pairs: list[tuple[np.ndarray, Any]] | None = field(default_factory=list)
    _vocab_blobs: list[tuple[str, list[int]]] = field(default_factory=list)
    read_blob: Any = None  # gives the haystacks when first needed (a word search needs none)
    base: int = 0

    @property
    def blob(self) -> Any:
        if self.blob_ is None:
            self.blob_ = self.read_blob()
        return self.blob_

    def blob_view(self) -> memoryview:
        return memoryview(self.blob)[self.base:self.base + int(self.starts[-1])]

    @property
    def rows(self) -> int:
        return len(self.starts) - 1

    def hay(self, row: int) -> str:
        return self.blob[self.base + self.starts[row]:self.base + self.starts[row + 1] - 1].decode()

    def vocab_blobs(self) -> list[tuple[str, list[int]]]:
        """Each segment's vocabulary as one string, each word between newlines, and where each starts."""
        if len(self._vocab_blobs) != len(self.segments):
            self._vocab_blobs = []
            for vocab, _, _ in self.segments:
                starts, off = [], 1
                for w in vocab:
                    starts.append(off)
                    off += len(w) + 1
                self._vocab_blobs.append(("\n" + "\n".join(vocab) + "\n", starts))
        return self._vocab_blobs

    def word_rows(self, key: str) -> np.ndarray:
        """Rows with a word that contains ``key``."""
        found = []
        for (vocab, offs, post), (vblob, vstarts) in zip(self.segments, self.vocab_blobs()):
            at = vblob.find(key)
            while at != -1:
                j = bisect_right(vstarts, at) - 1
                found.append(rows_of(offs, post, j))
                at = vblob.find(key, vstarts[j + 1]) if j + 1 < len(vstarts) else -1
        return np.concatenate(found) if found else np.zeros(0, np.int32)

    def words_ending(self, key: str, at_end: bool) -> set[str] | None:
        """Words of the vocabulary that end (``at_end``) or start with ``key``; None when more
        than _MAX_PAIRS do."""
        pattern = key + "\n" if at_end else "\n" + key
        found: set[str] = set()
        for (vocab, _, _), (vblob, vstarts) in zip(self.segments, self.vocab_blobs()):
            at = vblob.find(pattern)
            while at != -1:
                found.add(vocab[bisect_right(vstarts, at if at_end else at + 1) - 1])
                if len(found) > _MAX_PAIRS:
                    return None
                at = vblob.find(pattern, at + 1)
        return found

    def phrase_rows(self, words: list[str]) -> np.ndarray | None:
        """Rows that may contain the phrase of these words (two or more), by the pair index: a
        superset of its rows. None when the pair index cannot tell."""
        if self.pairs is None or len(words) < 2:
            return None
        first, last = self.words_ending(words[0], True), self.words_ending(words[-1], False)
        cand = None
        for i in range(len(words) - 1):
            left = first if i == 0 else {words[i]}
            right = last if i == len(words) - 2 else {words[i + 1]}
            if left is None or right is None or len(left) * len(right) > _MAX_PAIRS:
                continue
            rows = bucket_rows(self.pairs, phrase_buckets(left, right))
            cand = rows if cand is None else np.intersect1d(cand, rows, assume_unique=True)
        return cand

    def scan_rows(self, text: str) -> np.ndarray:
        """Rows whose haystack contains ``text`` (any string)."""
        needle = text.encode()
        rows = self.phrase_rows(text.split())
        words = [w for w in text.split() if len(w) >= _MIN_WORD_QUERY]
        if rows is None and words:  # each word of the text is inside a word of the haystack
            cand = np.ones(self.rows, bool)
            for w in words:
                has = np.zeros(self.rows, bool)
                has[self.word_rows(w)] = True
                cand &= has
            rows = np.flatnonzero(cand)
        blob, at, end = self.blob, self.base, self.base + int(self.starts[-1])
        if rows is not None and len(rows) < _FEW_ROWS * self.rows:
            return rows[[needle in blob[a:b] for a, b in
                         zip((self.starts[rows] + at).tolist(), (self.starts[rows + 1] + at).tolist())]]
        hits = []
        at = blob.find(needle, at, end)
        while at != -1:
            hits.append(at)
            at = blob.find(needle, at + len(needle), end)
        if not hits:
            return np.zeros(0, np.int64)
        return np.searchsorted(self.starts, np.asarray(hits, np.int64) - self.base, side="right") - 1

    def extended(self, keep: np.ndarray, hays: Iterable[str]) -> tuple["TextIndex", np.ndarray]:
        """A new snapshot text index: the kept rows (in their order) then ``hays`` appended.
        Returns it with the map old row -> new row (-1: dropped). The new haystacks are encoded
        and indexed a chunk at a time (at 1M statements all at once peaked at 1.5 GB)."""
        new_of_old = np.cumsum(keep, dtype=np.int64) - 1
        new_of_old[~keep] = -1
        runs, starts = splice(self.blob_view(), self.starts, keep, [])
        blob = bytearray()
        for run in runs:
            blob += run
        segments = [(vocab, *remap(offs, post, new_of_old)) for vocab, offs, post in self.segments]
        pairs = [remap(offs, post, new_of_old) for offs, post in self.pairs or ()]
        if self.pairs is None:  # a text file of an earlier version: pairs of the kept rows, once
            pairs.append(_pair_segment(blob, starts))
        words, pair_index, lens, row = _WordIndex(), PairIndex(), [np.diff(starts)], int(keep.sum())
        for chunk in _chunks(hays, _TEXT_CHUNK):
            enc = [(h + "\x00").encode() for h in chunk]
            lens.append(np.fromiter(map(len, enc), np.int64, len(enc)))
            blob += b"".join(enc)
            words.add(chunk, row)
            pair_index.add(chunk, row)
            row += len(chunk)
        if words.chunks:
            segments.append(words.merged())
            pairs.append(pair_index.merged())
        lens_all = np.concatenate(lens)
        starts = np.zeros(len(lens_all) + 1, np.int64)
        np.cumsum(lens_all, out=starts[1:])
        return TextIndex(blob, starts, segments, pairs), new_of_old


_TEXT_CHUNK = 50_000  # haystacks encoded and indexed at a time (< 65,536: rows kept as uint16)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _WordIndex:
    """A word index (vocabulary, offsets, rows) built a chunk of rows at a time: each chunk's
    rows as an int32 array, not as Python lists of every row of every word."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # word -> its place in the vocabulary
        self.chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray, int]] = []  # word ids, counts, rows - first, first

    def add(self, hays: list[str], first: int) -> None:
        words: dict[str, list[int]] = {}
        for i, h in enumerate(hays, first):
            for w in set(h.split()):
                words.setdefault(w, []).append(i)
        ids = np.fromiter((self.ids.setdefault(w, len(self.ids)) for w in words), np.int64, len(words))
        counts = np.fromiter(map(len, words.values()), np.int64, len(words))
        rows = np.fromiter((i for r in words.values() for i in r), np.int32, int(counts.sum()))
        self.chunks.append((ids, counts, (rows - first).astype(np.uint16), first))  # 2 bytes a row

    def merged(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """One segment: each word's rows of every chunk, in chunk (= row) order."""
        return (list(self.ids), *merge_chunks(self.chunks, len(self.ids)))


def _pair_segment(blob: Any, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pair index of the haystacks blob[starts[i]:starts[i + 1] - 1]."""
    index = PairIndex()
    for at in range(0, len(starts) - 1, _TEXT_CHUNK):
        end = min(at + _TEXT_CHUNK, len(starts) - 1)
        index.add([bytes(blob[a:b - 1]).decode() for a, b in
                   zip(starts[at:end].tolist(), starts[at + 1:end + 1].tolist())], at)
    return index.merged()


def splice(blob: Any, starts: np.ndarray, keep: np.ndarray, new: list[bytes]
           ) -> tuple[list[Any], np.ndarray]:
    """Records of a blob (record i is blob[starts[i]:starts[i+1]]): the kept ones, copied in
    runs (few runs when few were dropped), then ``new``. Returns the pieces and their starts."""
    parts: list[Any] = []
    run_starts = np.flatnonzero(keep & ~np.concatenate(([False], keep[:-1])))
    run_ends = np.flatnonzero(keep & ~np.concatenate((keep[1:], [False]))) + 1
    for a, b in zip(run_starts.tolist(), run_ends.tolist()):
        parts.append(blob[starts[a]:starts[b]])
    parts.extend(new)
    lens = np.concatenate((np.diff(starts)[keep], np.fromiter(map(len, new), np.int64, len(new))))
    out = np.zeros(len(lens) + 1, np.int64)
    np.cumsum(lens, out=out[1:])
    return parts, out


class Columns:
    """The statements' columns in timeline order; see the module docstring."""

    def __init__(self) -> None:
        self.n = 0
        self.key = np.zeros(0, "S1")
        self.sid = np.zeros(0, "S1")
        self.part = np.zeros(0, np.int32)
        self.speaker = np.zeros(0, np.int32)
        self.kind = np.zeros(0, np.int16)
        self.article = np.zeros(0, np.int32)
        self.rejected = np.zeros(0, bool)
        self.topics = np.zeros((0, 1), np.uint64)
        self.snaprow = np.zeros(0, np.int64)  # row in self.text, -1: haystack in self.hays
        self.parts, self.actors, self.kinds = Codes(), Codes(), Codes()
        self.articles, self.topic_codes = Codes(), Codes()
        self.text: TextIndex | None = TextIndex()  # None: not loaded yet (see load_text)
        self.load_text: Any = None  # callable giving the TextIndex of the snapshot
        self.hays: dict[str, str] = {}  # haystacks of rows not in the snapshot's text index
        self.actor_names: dict[str, str] = {}  # actor id -> lowercase current name
        self._cache: dict[Filter, np.ndarray] = {}
        self._text_cache: dict[str, np.ndarray] = {}
        self._counts: tuple[dict[str, int], dict[str, int]] | None = None

    # --- building ---------------------------------------------------------------------------
    def rows(self, part: str, stmts: dict[str, dict[str, Any]], published: dict[str, str | None]
             ) -> dict[str, np.ndarray]:
        """New rows (not yet in timeline order) for the statements of one partition."""
        n = len(stmts)
        pcode = self.parts.get(part)
        keys, sids, topics_rows = [], [], []
        speaker = np.empty(n, np.int32)
        kind = np.empty(n, np.int16)
        article = np.empty(n, np.int32)
        rejected = np.zeros(n, bool)
        for i, (sid, d) in enumerate(stmts.items()):
            aid = d.get("article_id", "")
            keys.append(sort_key(sid, d, published.get(aid)).encode())
            sids.append(sid.encode())
            sp = d.get("speaker")
            speaker[i] = self.actors.get(sp) if sp else -1
            kind[i] = self.kinds.get(d.get("kind", ""))
            article[i] = self.articles.get(aid)
            rejected[i] = bool(d.get("rejected"))
            topics_rows.append([self.topic_codes.get(t) for t in d.get("topics") or ()])
            self.hays[sid] = haystack(d)
        words = max(1, (len(self.topic_codes.names) + 63) // 64)
        topics = np.zeros((n, words), np.uint64)
        for i, codes in enumerate(topics_rows):
            for c in codes:
                topics[i, c // 64] |= np.uint64(1 << (c % 64))
        return {"key": np.array(keys, dtype="S") if n else np.zeros(0, "S1"),
                "sid": np.array(sids, dtype="S") if n else np.zeros(0, "S1"),
                "part": np.full(n, pcode, np.int32), "speaker": speaker, "kind": kind,
                "article": article, "rejected": rejected, "topics": topics,
                "snaprow": np.full(n, -1, np.int64)}

    def replace_parts(self, parts: dict[str, dict[str, dict[str, Any]]],
                      published: dict[str, str | None]) -> None:
        """Drop the rows of these partitions ({name: statements}), put their statements' rows
        in their timeline places. ``published``: article id -> publication date."""
        if len(parts) == 1 and self._replace_in_place(*next(iter(parts.items())), published):
            return
        codes = [self.parts.code[p] for p in parts if p in self.parts.code]
        cols = {c: getattr(self, c) for c in COLUMNS}
        if codes:
            keep = ~np.isin(self.part, codes)
            if not keep.all():
                for sid in self.sid[~keep].tolist():
                    self.hays.pop(sid.decode(), None)
                cols = {c: a[keep] for c, a in cols.items()}
        new = [r for r in (self.rows(p, stmts, published) for p, stmts in parts.items()) if len(r["key"])]
        if new:
            width = max(cols["topics"].shape[1], *(r["topics"].shape[1] for r in new))
            add = {c: np.concatenate([_widen(r[c], width) if c == "topics" else r[c] for r in new])
                   for c in COLUMNS}
            cols["topics"] = _widen(cols["topics"], width)
            order = np.argsort(add["key"], kind="stable")
            add = {c: a[order] for c, a in add.items()}
            for c in ("key", "sid"):  # one string width for old and new rows
                width_s = max(cols[c].dtype.itemsize, add[c].dtype.itemsize)
                cols[c], add[c] = cols[c].astype(f"S{width_s}"), add[c].astype(f"S{width_s}")
            at = np.searchsorted(cols["key"], add["key"])
            cols = {c: np.insert(cols[c], at, add[c], axis=0) for c in COLUMNS}
        for c, a in cols.items():
            setattr(self, c, a)
        self.n = len(self.key)
        self.changed()

    def _replace_in_place(self, part: str, stmts: dict[str, dict[str, Any]], published: Any) -> bool:
        """A correction that moves nothing in time (same statements, same sort keys): overwrite
        the partition's rows where they are, without copying the columns. False otherwise."""
        code = self.parts.code.get(part)
        if code is None or self.n == 0:
            return False
        at = np.flatnonzero(self.part == code)
        if len(at) != len(stmts):
            return False
        new = self.rows(part, stmts, published)
        order = np.argsort(new["key"], kind="stable")
        keys = new["key"][order]
        if keys.dtype.itemsize > self.key.dtype.itemsize or not np.array_equal(keys, self.key[at]):
            return False
        if new["topics"].shape[1] > self.topics.shape[1]:
            self.topics = _widen(self.topics, new["topics"].shape[1])
        for c in ("speaker", "kind", "article", "rejected", "snaprow"):
            getattr(self, c)[at] = new[c][order]
        self.topics[at] = _widen(new["topics"], self.topics.shape[1])[order]
        self.changed()
        return True

    def changed(self) -> None:
        self._cache.clear()
        self._text_cache.clear()
        self._counts = None

    # --- reading ------------------------------------------------------------------------------
    def position(self, sid: str) -> int | None:
        hit = np.flatnonzero(self.sid == sid.encode())
        return int(hit[0]) if len(hit) else None

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """(actor id -> statements, article id -> statements), not counting rejected ones."""
        if self._counts is None:
            vis = ~self.rejected
            sp = self.speaker[vis]
            by_actor = np.bincount(sp[sp >= 0], minlength=len(self.actors.names))
            by_article = np.bincount(self.article[vis], minlength=len(self.articles.names))
            self._counts = ({self.actors.names[i]: int(c) for i in np.flatnonzero(by_actor)
                             for c in (by_actor[i],)},
                            {self.articles.names[i]: int(c) for i in np.flatnonzero(by_article)
                             for c in (by_article[i],)})
        return self._counts

    def topic_names(self) -> list[str]:
        used = np.bitwise_or.reduce(self.topics, axis=0) if self.n else np.zeros(1, np.uint64)
        names = [t for c, t in enumerate(self.topic_codes.names)
                 if c // 64 < len(used) and int(used[c // 64]) >> (c % 64) & 1]
        return sorted(names, key=str.casefold)

    def select(self, f: Filter) -> np.ndarray:
        """Positions matching the filter, ascending (= timeline order); the last few are cached."""
        hit = self._cache.get(f)
        if hit is None:
            if len(self._cache) > 32:
                self._cache.clear()
            hit = self._cache[f] = self._select(f)
        return hit

    def _select(self, f: Filter) -> np.ndarray:
        lo, hi = 0, self.n
        if f.date_from or f.date_to:
            if f.date_from:
                lo = int(np.searchsorted(self.key, f.date_from.encode()))
            hi = int(np.searchsorted(self.key, (f.date_to.encode() + LAST) if f.date_to else LAST,
                                     side="right" if f.date_to else "left"))
            if hi <= lo:
                return np.zeros(0, np.int64)
        m = np.ones(hi - lo, bool) if f.include_rejected else ~self.rejected[lo:hi]
        if f.actors:
            codes = [self.actors.code.get(a, -2) if a else -1 for a in f.actors]
            m &= np.isin(self.speaker[lo:hi], codes)
        if f.kinds:
            m &= np.isin(self.kind[lo:hi], [self.kinds.code.get(k, -2) for k in f.kinds])
        if f.article is not None:
            m &= self.article[lo:hi] == self.articles.code.get(f.article, -2)
        if f.topics:
            bits = np.zeros(self.topics.shape[1], np.uint64)
            for t in f.topics:
                c = self.topic_codes.code.get(t)
                if c is not None and c // 64 < len(bits):
                    bits[c // 64] |= np.uint64(1 << (c % 64))
            m &= (self.topics[lo:hi] & bits).any(axis=1)
        text = f.text.strip().lower().replace("\x00", " ")
        if text:
            m &= self.text_mask(text)[lo:hi]
        return np.flatnonzero(m) + lo

    # --- text -----------------------------------------------------------------------------------
    def text_mask(self, text: str) -> np.ndarray:
        hit = self._text_cache.get(text)
        if hit is not None:
            return hit
        if self.text is None:
            self.text = self.load_text()
        ti = self.text
        if len(text) >= _MIN_WORD_QUERY and not any(c.isspace() for c in text):
            rows = ti.word_rows(text)
        else:
            rows = ti.scan_rows(text)
        in_snap = np.zeros(ti.rows + 1, bool)  # the extra last slot answers snaprow -1
        in_snap[rows] = True
        m = in_snap[self.snaprow]
        for p in np.flatnonzero(self.snaprow < 0).tolist():
            if text in self.hays.get(self.sid[p].decode(), ""):
                m[p] = True
        named = [self.actors.code[a] for a, name in self.actor_names.items()
                 if text in name and a in self.actors.code]
        if named:
            m |= np.isin(self.speaker, named)
        if len(self._text_cache) > 16:
            self._text_cache.clear()
        self._text_cache[text] = m
        return m

    def snapshot_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """(which rows of the current snapshot are still used, positions of the rows not in it):
        a new snapshot holds the first, in their order, then the second."""
        if self.text is None:
            self.text = self.load_text()
        keep = np.zeros(self.text.rows, bool)
        keep[self.snaprow[self.snaprow >= 0]] = True
        return keep, np.flatnonzero(self.snaprow < 0)

    def text_state(self) -> tuple[Any, ...]:
        """What snapshot_text changes, to put back with restore_text_state when the snapshot it
        was for could not be written (snapshot_text replaces snaprow and text, never changes them)."""
        return self.snaprow, self.text, dict(self.hays)

    def restore_text_state(self, state: tuple[Any, ...]) -> None:
        self.snaprow, self.text = state[0], state[1]
        self.hays.clear()
        self.hays.update(state[2])
        self._text_cache.clear()

    def snapshot_text(self) -> TextIndex:
        """Fold the in-memory haystacks into a new text index (rows: see snapshot_rows);
        updates snaprow to point into it. Each haystack leaves memory as it is folded in."""
        keep, fresh = self.snapshot_rows()
        ti = self.text
        assert ti is not None

        def hays() -> Iterator[str]:
            for at in range(0, len(fresh), _TEXT_CHUNK):
                for s in self.sid[fresh[at:at + _TEXT_CHUNK]].tolist():
                    yield self.hays.pop(s.decode())

        new_ti, new_of_old = ti.extended(keep, hays())
        snap = self.snaprow.copy()
        old = snap >= 0
        snap[old] = new_of_old[snap[old]]
        snap[fresh] = np.arange(int(keep.sum()), int(keep.sum()) + len(fresh))
        self.snaprow = snap
        self.text = new_ti
        self.hays.clear()
        self._text_cache.clear()
        return new_ti


def _widen(a: np.ndarray, width: int) -> np.ndarray:
    if a.shape[1] >= width:
        return a
    return np.concatenate((a, np.zeros((a.shape[0], width - a.shape[1]), np.uint64)), axis=1)
