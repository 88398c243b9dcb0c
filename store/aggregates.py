"""Read helpers for the dashboard's Positions and Changes views at any size: answered from the
column index (columns.py) and the few statements that carry a stance, without a Statement
object for every statement.

The non-zero stances of a snapshot's statements (and the positions they recall, with their
deciding words) are kept with the snapshot (written with it, carried forward from the one before);
for snapshots of earlier versions they are found once by unpacking its document blocks, looking for
``"stance":{"`` (or ``"recalled_stance":{"``) and parsing only those documents. Statements changed
since the snapshot are read from their partition. The rest (speaker, date, article, topics) comes
from the columns.
"""
from __future__ import annotations

import heapq
import re
import threading
import time
import weakref
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterator

import numpy as np

from extract.model import PositionChange

from .columns import _KEY_SEP, Codes
from .index import _LAST, Filter
from .parts import unpack

# "stance" or "recalled_stance" with an entry (a literal: searched fast); quotes inside JSON
# strings are escaped, and no other field name ends in "stance": no false hits
_HAS_STANCE = re.compile(rb'stance":\{"')
_SCAN_BLOCKS = 1_000  # document blocks unpacked between two pauses (the dashboard's event loop gets the GIL)


_WORDS_SEP = "\x1f"  # between the deciding words of one stance, kept as one string
_ARRAYS = ("row", "key", "value", "recalled", "earlier", "words", "when")


@dataclass
class Stances:
    """Non-zero stances, one entry per (statement, target), ordered by statement. A position a
    statement recalls (Statement.recalled_stance, "hatte sich im Frühjahr gegen X ausgesprochen")
    is an entry of its own marked ``earlier``: the Positions grid leaves it out, change detection
    holds it at the statement's recalled date, as the batch does."""

    row: np.ndarray  # the statement (snapshot row, or position in the columns)
    key: np.ndarray  # code of the target or topic in ``keys``
    value: np.ndarray  # -1 or +1; 0 for a turn without its new position (marked earlier: Statement.reversed)
    recalled: np.ndarray  # a key of Statement.recalled: only recalled ("hatte sich … ausgesprochen"), no new position
    earlier: np.ndarray  # an entry of Statement.recalled_stance, not of Statement.stance
    words: np.ndarray  # code in ``texts`` of the deciding words (stance_evidence), joined by _WORDS_SEP
    when: np.ndarray  # code in ``texts`` of the statement's recalled_date; -1 without one
    keys: Codes
    texts: Codes  # deciding words and recalled dates: few distinct ones, so one code per entry

    def arrays(self) -> list[np.ndarray]:
        return [getattr(self, a) for a in _ARRAYS]


_TYPES = (np.int64, np.int32, np.int8, bool, bool, np.int32, np.int32)  # of _ARRAYS


class StanceEntries:
    """Non-zero stances gathered one statement document at a time (rows ascending)."""

    def __init__(self, keys: Codes, texts: Codes):
        self.keys, self.texts = keys, texts
        self.out: list[list[Any]] = [[] for _ in _ARRAYS]

    def add(self, r: int, d: dict[str, Any]) -> None:
        if not d.get("stance") and not d.get("recalled_stance") and not d.get("reversed"):
            return
        row, key, value, recalled, earlier, words, when = self.out
        again = d.get("recalled") or ()
        evidence = d.get("stance_evidence") or {}
        w = self.texts.get(d["recalled_date"]) if d.get("recalled_date") else -1
        # a turn without its new position ("Kehrtwende bei X"): an earlier-marked entry of value 0,
        # left out of the grid like a recalled one; find_changes resolves it against what came before
        turned = {k: 0 for k in d.get("reversed") or () if not (d.get("stance") or {}).get(k)}
        for e, stance in ((False, d.get("stance") or {}), (True, d.get("recalled_stance") or {}), (True, turned)):
            for k, v in stance.items():
                if v or stance is turned:
                    row.append(r)
                    key.append(self.keys.get(k))
                    value.append((v > 0) - (v < 0))
                    recalled.append(not e and k in again)
                    earlier.append(e)
                    words.append(self.texts.get(_WORDS_SEP.join(evidence.get(k) or ())))
                    when.append(w)

    def done(self) -> Stances:
        return Stances(*(np.asarray(c, t) for c, t in zip(self.out, _TYPES)), self.keys, self.texts)


def _entries(items: Iterator[tuple[int, dict[str, Any]]], keys: Codes, texts: Codes) -> Stances:
    entries = StanceEntries(keys, texts)
    for row, d in items:
        entries.add(row, d)
    return entries.done()


class NextSnapshotStances(StanceEntries):
    """The stances of a new snapshot (rows: the kept rows of ``old``'s snapshot, in their order,
    then the new documents, ``add``ed in order): the kept rows' entries renumbered, not read again."""

    def __init__(self, old: Any, keep: np.ndarray):
        kept = _snapshot_stances(old) if old is not None else _entries(iter(()), Codes(), Codes())
        super().__init__(Codes(kept.keys.names), Codes(kept.texts.names))
        new_of_old = np.cumsum(keep, dtype=np.int64) - 1
        ok = keep[kept.row] if len(keep) else np.zeros(0, bool)
        self.kept = [new_of_old[kept.row[ok]], *(a[ok] for a in kept.arrays()[1:])]
        self.next_row = int(keep.sum())

    def add_next(self, d: dict[str, Any]) -> None:
        self.add(self.next_row, d)
        self.next_row += 1

    def done(self) -> Stances:
        new = super().done()
        return Stances(*(np.concatenate((a, b)) for a, b in zip(self.kept, new.arrays())), self.keys, self.texts)


_snapshot_cache: "weakref.WeakKeyDictionary[Any, Stances]" = weakref.WeakKeyDictionary()
_scan_lock = threading.Lock()


def _snapshot_stances(docs: Any) -> Stances:
    """The non-zero stances of a snapshot's documents (rows: snapshot rows), found once per
    snapshot. The snapshot's files never change, so this runs outside the store's lock."""
    with _scan_lock:
        hit = _snapshot_cache.get(docs)
        if hit is None:
            stored = docs.stances() if callable(docs.stances) else docs.stances  # kept with the snapshot
            if stored is not None and not isinstance(stored, Stances):
                stored = Stances(*stored[:len(_ARRAYS)], *(Codes(n) for n in stored[len(_ARRAYS):]))
            if stored is None:  # a snapshot of an earlier version: its documents scanned once
                stored = _entries(_stance_documents(docs), Codes(), Codes())
            hit = _snapshot_cache[docs] = stored
        return hit


def stated_targets(docs: Any, rows: list[int]) -> set[str] | None:
    """The targets the snapshot's documents at ``rows`` take a non-zero stance on (their
    Statement.stance; not positions they recall); None if the snapshot keeps no stances (one of
    an earlier version: finding them means scanning every document, left to the dashboard)."""
    if docs is None or docs.stances is None:
        return None
    want = np.asarray(rows, np.int64)
    st = _gather(_snapshot_stances(docs), want, want)
    stated = st.key[~st.earlier & (st.value != 0)]
    return {st.keys.names[c] for c in np.unique(stated).tolist()}


def _stance_documents(docs: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """(snapshot row, document) of every document with a stance, block by block (parts.DocFile keeps
    documents in zlib blocks; each is unpacked here once, outside the reader's block cache)."""
    import orjson

    for b in range(len(docs.rows) - 1):
        if b % _SCAN_BLOCKS == _SCAN_BLOCKS - 1:
            time.sleep(0.002)
        raw = unpack(docs.packed(b), docs.zdict)
        if not _HAS_STANCE.search(raw):
            continue
        first = int(docs.rows[b])
        for i, line in enumerate(raw.split(b"\n")):
            if _HAS_STANCE.search(line):
                yield first + i, orjson.loads(line)


def selected_stances(store: Any, filt: Filter) -> tuple[np.ndarray, Stances]:
    """(positions ``filt`` selects, the non-zero stances of those statements by position)."""
    with store._lock:
        store._check_open()
        docs = store._docs
    snapshot = _snapshot_stances(docs) if docs is not None else None
    with store._lock:
        store._check_open()
        cols = store._cols
        sel = cols.select(filt)
        snap = cols.snaprow[sel] if snapshot is not None else np.full(len(sel), -1, np.int64)
        fresh = sel[snap < 0].tolist()
        keys, texts = Codes(), Codes()
        if snapshot is not None:  # the snapshot's codes, copied only when fresh rows may add to them
            keys, texts = ((Codes(snapshot.keys.names), Codes(snapshot.texts.names)) if fresh
                           else (snapshot.keys, snapshot.texts))

        def fresh_docs() -> Iterator[tuple[int, dict[str, Any]]]:
            for p in fresh:
                sid = cols.sid[p].decode()
                yield p, store._read_part(cols.parts.names[int(cols.part[p])])["statements"][sid]

        new = _entries(fresh_docs(), keys, texts)
    if snapshot is None:
        return sel, new
    old = _gather(snapshot, sel[snap >= 0], snap[snap >= 0])
    merged = [np.concatenate((a, b)) for a, b in zip(old.arrays(), new.arrays())]
    order = np.argsort(merged[0], kind="stable")
    return sel, Stances(*(m[order] for m in merged), keys, texts)


def _gather(snapshot: Stances, positions: np.ndarray, snaprows: np.ndarray) -> Stances:
    """The snapshot's entries of these snapshot rows, with their rows given as positions."""
    first = np.searchsorted(snapshot.row, snaprows, side="left")
    count = np.searchsorted(snapshot.row, snaprows, side="right") - first
    total = int(count.sum())
    offsets = np.repeat(first - (np.cumsum(count) - count), count) + np.arange(total)
    return Stances(np.repeat(positions, count), *(a[offsets] for a in snapshot.arrays()[1:]),
                   snapshot.keys, snapshot.texts)


# --- Positions: actor x topic ---------------------------------------------------------------------
def positions(store: Any, filt: Filter) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """(counts, latest) per (actor id, topic) over the statements ``filt`` selects: how many
    statements of that actor have that topic, and the latest stance among them (timeline order;
    a non-zero stance wins over a later neutral one; 0 when none is non-zero)."""
    sel, st = selected_stances(store, filt)
    with store._lock:
        cols = store._cols
        n_topics = len(cols.topic_codes.names)
        counts = np.zeros(len(cols.actors.names) * max(1, n_topics), np.int64)
        first = np.full(len(cols.actors.names), len(sel), np.int64)  # an actor's first statement with a topic
        for lo in range(0, len(sel), 200_000):  # the topic bits of a slice at a time
            part = sel[lo:lo + 200_000]
            speaker = cols.speaker[part]
            bits = np.unpackbits(cols.topics[part].view(np.uint8), axis=1, bitorder="little")[:, :n_topics]
            i, t = np.nonzero(bits[speaker >= 0])
            who = speaker[speaker >= 0][i]
            counts += np.bincount(who * n_topics + t, minlength=len(counts))
            np.minimum.at(first, who, np.flatnonzero(speaker >= 0)[i] + lo)
        topic_of_key = np.array([cols.topic_codes.code.get(k, -1) for k in st.keys.names] or [-1], np.int64)
        t = topic_of_key[st.key]
        speaker = cols.speaker[st.row]
        ok = (t >= 0) & (speaker >= 0) & ~st.earlier  # a recalled earlier position is not the latest
        has = np.zeros(len(ok), bool)
        has[ok] = ((cols.topics[st.row[ok], t[ok] // 64] >> (t[ok] % 64).astype(np.uint64)) & np.uint64(1)) == 1
        actors, topics = cols.actors.names, cols.topic_codes.names
    nonzero = np.flatnonzero(counts)  # by the actor's first statement: the grid's order among equals
    nonzero = nonzero[np.argsort(first[nonzero // max(1, n_topics)], kind="stable")]
    out_counts = {(actors[c // n_topics], topics[c % n_topics]): int(counts[c]) for c in nonzero.tolist()}
    latest = dict.fromkeys(out_counts, 0)
    for a, k, v in zip(speaker[has].tolist(), t[has].tolist(), st.value[has].tolist()):
        latest[(actors[a], topics[k])] = v  # in timeline order: the last one stays
    return out_counts, latest


# --- Changes: per actor, the ordered stances ------------------------------------------------------
class _Stanced:
    """As much of a Statement as extract.positions.find_changes reads, from the stance entries:
    its stances now and recalled, when the recalled ones were held, and the deciding words."""

    __slots__ = ("id", "speaker", "date", "article_id", "quote", "stance", "stance_evidence", "recalled",
                 "recalled_stance", "recalled_date", "reversed", "_read_text", "_text")

    def __init__(self, sid: str, speaker: str, date: str | None, article_id: str, start: int,
                 recalled_date: str | None, read_text: Callable[[], str]):
        self.id, self.speaker, self.date, self.article_id = sid, speaker, date, article_id
        self._read_text, self._text = read_text, None
        self.quote = ((start, start),)
        self.stance: dict[str, int] = {}
        self.stance_evidence: dict[str, list[str]] = {}
        self.recalled: list[str] = []
        self.recalled_stance: dict[str, int] = {}
        self.reversed: list[str] = []
        self.recalled_date = recalled_date

    @property
    def quote_text(self) -> str:
        """Read from the statement's document only when asked: find_changes needs it for a bare
        generic or act target ("das Projekt", "den Bau"), to find the thing its sentence names."""
        if self._text is None:
            self._text = self._read_text()
        return self._text


def changes_by_actor(store: Any, filt: Filter, cancelled: Callable[[], bool] = lambda: False
                     ) -> Iterator[list[PositionChange]]:
    """The position changes among the statements ``filt`` selects, one actor at a time (changes
    never span actors): extract.positions.find_changes, the batch's rule, on statements rebuilt
    from their stance entries with everything it reads, so both give the same changes."""
    from extract.positions import find_changes

    _, st = selected_stances(store, filt)
    with store._lock:
        cols = store._cols
        speaker = cols.speaker[st.row]
        ok = speaker >= 0
        rows = np.unique(st.row[ok])
        sort_keys, articles = cols.key[rows], cols.article[rows]  # decoded one actor at a time
        article_names, actors = cols.articles.names, cols.actors.names
    # each article's language, for its hedge words (as the batch path): of the selected articles only
    langs = store.article_langs(article_names[int(a)] for a in np.unique(articles).tolist())
    order = np.argsort(speaker[ok], kind="stable")
    who = speaker[ok][order]
    columns = [a[ok][order] for a in st.arrays()]
    bounds = np.flatnonzero(np.diff(who)) + 1
    for lo, hi in zip([0, *bounds.tolist()], [*bounds.tolist(), len(who)]):
        if cancelled():
            return
        made: dict[int, _Stanced] = {}
        row, key, value, again, earlier, words, when = (c[lo:hi].tolist() for c in columns)
        for r, i, k, v, rec, e, w, t in zip(row, np.searchsorted(rows, row).tolist(), key, value, again,
                                            earlier, words, when):
            s = made.get(r)
            if s is None:
                date, _, start, sid = sort_keys[i].decode().split(_KEY_SEP, 3)
                s = made[r] = _Stanced(sid, actors[int(who[lo])], None if date == _LAST else date,
                                       article_names[int(articles[i])], int(start),
                                       st.texts.names[t] if t >= 0 else None, partial(_quote_text, store, cols, r))
            name = st.keys.names[k]
            if not v:
                s.reversed.append(name)
            (s.recalled_stance if e else s.stance)[name] = v
            if name not in s.stance_evidence:
                said = st.texts.names[w]
                s.stance_evidence[name] = said.split(_WORDS_SEP) if said else []
            if rec:
                s.recalled.append(name)
        yield find_changes(list(made.values()), langs=langs)


def _quote_text(store: Any, cols: Any, p: int) -> str:
    """The quote text of the statement at position ``p`` of ``cols`` (by id if the store has
    reloaded since: positions move)."""
    with store._lock:
        store._check_open()
        sid = cols.sid[p].decode()
        found = store._statement_at(p) if store._cols is cols else statements_by_id(store, [sid]).get(sid)
        return (found.quote_text if found is not None else "") or ""


def statements_by_id(store: Any, ids: list[str]) -> dict[str, Any]:
    """Statements by id, found in one pass over the id column (not one pass per id)."""
    with store._lock:
        store._check_open()
        cols = store._cols
        at = np.flatnonzero(np.isin(cols.sid, np.array([i.encode() for i in ids] or [b""], dtype="S")))
        return {cols.sid[p].decode(): store._statement_at(int(p)) for p in at.tolist()}


@dataclass
class ChangeSummary:
    """What the dashboard shows of the changes: how many, the newest, and where they are."""

    total: int
    newest: list[PositionChange]  # newest first (after date, then before date)
    changed: set[tuple[str, str]]  # (actor, target or topic) and (actor, topic) of every change


def newest_first(c: PositionChange) -> tuple[str, str]:
    return c.after_date or "", c.before_date or ""


# (store, filter, limit) -> (the selection it was computed for, summary): the column index
# makes a new selection array after every change to the data, so an old answer is never used
_summaries: dict[tuple[int, Filter, int], tuple[Any, ChangeSummary]] = {}


def change_summary(store: Any, filt: Filter, limit: int = 1000,
                   cancelled: Callable[[], bool] = lambda: False) -> ChangeSummary | None:
    """The changes among the statements ``filt`` selects (None when cancelled), remembered until
    the data changes: the Positions and Changes views share one computation."""
    with store._lock:
        store._check_open()
        sel = store._cols.select(filt)
    key = (id(store), filt, limit)
    hit = _summaries.get(key)
    if hit is not None and hit[0]() is sel:
        return hit[1]
    total, newest, changed = 0, [], set()
    for changes in changes_by_actor(store, filt, cancelled):
        total += len(changes)
        newest = heapq.nlargest(limit, newest + changes, key=newest_first)
        changed.update((c.actor, k) for c in changes for k in (c.target or c.topic, c.topic))
    if cancelled():
        return None
    summary = ChangeSummary(total, newest, changed)
    if len(_summaries) > 16:
        _summaries.clear()
    _summaries[key] = (weakref.ref(sel), summary)
    return summary
