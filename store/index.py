"""In-memory indexes over the statements: every filter is answered from them.

Statements get positions (ints) in timeline order: date, the article's publication date, the
quote's place in the article (unknown dates last). Indexes map actor, topic, kind and article to
ascending position lists; a date range is a bisect on the sorted dates; the text filter (over a
lowercase haystack of quote and speaker names per statement) uses a word index built on the first
text query. Corrections patch the indexes in place; adds rebuild them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from extract.model import Statement

from .storage import no_gc

NO_ACTOR = ""  # in Filter.actors: statements nobody could be attributed to
_LAST = "\uffff"  # sorts after every ISO date: unknown dates go last
_SEP = "\x00"  # between haystacks in the text blob; never in a query
_MIN_WORD_QUERY = 3  # shorter text is matched by scanning: it is inside too many words


@dataclass(frozen=True)
class Filter:
    actors: tuple[str, ...] = ()  # actor ids; NO_ACTOR ("") for unattributed statements
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None  # ISO, inclusive
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    text: str = ""  # case-insensitive, over quote text and speaker names
    article: str | None = None
    include_rejected: bool = False  # also statements marked "not a statement"

    def __post_init__(self) -> None:
        # lists (or a single string) given by callers become tuples: filters are cache keys
        for name in ("actors", "topics", "kinds"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, (value,) if isinstance(value, str) else tuple(value))


class Index:
    """Positions (ints) in the timeline order; every filter is a set or range of positions."""

    def __init__(self, data: dict[str, dict[str, Any]]):
        stmts = data["statements"]
        articles = data["articles"]
        actors = data["actors"]
        published = {aid: a.get("published") or _LAST for aid, a in articles.items()}

        self.published = published
        keys = sorted([self.sort_key(sid, d) for sid, d in stmts.items()])
        self.ids: list[str] = [k[3] for k in keys]
        self.docs: list[dict[str, Any]] = [stmts[sid] for sid in self.ids]
        self.pos: dict[str, int] = {sid: i for i, sid in enumerate(self.ids)}
        self.n = len(self.ids)
        self.dates: list[str] = []
        by_actor: dict[str | None, list[int]] = defaultdict(list)
        by_topic: dict[str, list[int]] = defaultdict(list)
        by_kind: dict[str, list[int]] = defaultdict(list)
        by_article: dict[str, list[int]] = defaultdict(list)
        self.rejected: set[int] = set()
        self.actor_counts: dict[str, int] = defaultdict(int)
        self.article_counts: dict[str, int] = {aid: 0 for aid in articles}
        for i, d in enumerate(self.docs):
            date = d.get("date")
            if date:
                self.dates.append(date)
            speaker = d.get("speaker") or None
            by_actor[speaker].append(i)
            for t in dict.fromkeys(d.get("topics") or ()):
                by_topic[t].append(i)
            by_kind[d.get("kind", "")].append(i)
            by_article[d.get("article_id", "")].append(i)
            if d.get("rejected"):
                self.rejected.add(i)
            else:
                if speaker:
                    self.actor_counts[speaker] += 1
                aid = d.get("article_id", "")
                self.article_counts[aid] = self.article_counts.get(aid, 0) + 1
        self.n_dated = len(self.dates)
        rejected = self.rejected
        # positions not marked "not a statement": the unfiltered timeline, sliced for date ranges
        self.visible: list[int] = [i for i in range(self.n) if i not in rejected] if rejected else list(range(self.n))
        self.by_actor = dict(by_actor)
        self.by_topic = dict(by_topic)
        self.by_kind = dict(by_kind)
        self.by_article = dict(by_article)
        self.topics = sorted(self.by_topic, key=str.casefold)
        self._actor_names = {aid: a.get("name", "") for aid, a in actors.items()}
        self._blob: str | None = None
        self._hays: list[str] = []
        self._starts: list[int] = []
        self._words: dict[str, list[int]] | None = None  # word -> positions, built on first use
        self._vocab: list[str] = []
        self._vocab_blob: str | None = None
        self._vocab_starts: list[int] = []
        self._select_cache: dict[Filter, list[int] | range] = {}
        self.changes_cache: dict[Filter, list[Any]] = {}  # filled by Store.changes
        self._text_cache: dict[str, list[int]] = {}
        self.objects: dict[str, Statement] = {}  # materialised Statements, by id

    def sort_key(self, sid: str, d: dict[str, Any]) -> tuple[str, str, int, str]:
        """Timeline order: date, the article's publication date, the quote's place, id."""
        q = d.get("quote") or ((0, 0),)
        return (d.get("date") or _LAST, self.published.get(d.get("article_id"), _LAST), q[0][0], sid)

    def _unindex(self, i: int, d: dict[str, Any]) -> None:
        speaker = d.get("speaker") or None
        self.by_actor[speaker].remove(i)
        for t in dict.fromkeys(d.get("topics") or ()):
            self.by_topic[t].remove(i)
        self.by_kind[d.get("kind", "")].remove(i)
        if i in self.rejected:
            self.rejected.discard(i)
            insort(self.visible, i)
        else:
            if speaker:
                self.actor_counts[speaker] -= 1
            self.article_counts[d.get("article_id", "")] -= 1

    def _reindex(self, i: int, d: dict[str, Any]) -> None:
        speaker = d.get("speaker") or None
        insort(self.by_actor.setdefault(speaker, []), i)
        for t in dict.fromkeys(d.get("topics") or ()):
            insort(self.by_topic.setdefault(t, []), i)
        insort(self.by_kind.setdefault(d.get("kind", ""), []), i)
        if d.get("rejected"):
            self.rejected.add(i)
            self.visible.remove(i)
        else:
            if speaker:
                self.actor_counts[speaker] = self.actor_counts.get(speaker, 0) + 1
            aid = d.get("article_id", "")
            self.article_counts[aid] = self.article_counts.get(aid, 0) + 1

    def patch(self, data: dict[str, dict[str, Any]], statement_ids: list[str], actor_ids: list[str]) -> bool:
        """Bring the indexes up to date after a correction of these statements and actors;
        False when that needs a rebuild (a statement added or removed, or moved in time)."""
        stmts, actors = data["statements"], data["actors"]
        for sid in statement_ids:
            i, new = self.pos.get(sid), stmts.get(sid)
            if i is None or new is None or self.sort_key(sid, new) != self.sort_key(sid, self.docs[i]):
                return False
        if len(stmts) != self.n:
            return False
        touched: set[int] = set()
        for sid in dict.fromkeys(statement_ids):
            i = self.pos[sid]
            self._unindex(i, self.docs[i])
            self.docs[i] = stmts[sid]
            self._reindex(i, stmts[sid])
            self.objects.pop(sid, None)
            touched.add(i)
        for aid in actor_ids:
            if aid in actors:
                self._actor_names[aid] = actors[aid].get("name", "")
            else:
                self._actor_names.pop(aid, None)
                self.actor_counts.pop(aid, None)
            touched.update(self.by_actor.get(aid, ()))  # their names are in the haystacks
        for index in (self.by_actor, self.by_topic, self.by_kind):
            for key in [k for k, v in index.items() if not v]:
                del index[key]
        self.topics = sorted(self.by_topic, key=str.casefold)
        if self._hays:
            words = self._words
            for i in touched:
                hay = self.haystack(i).replace(_SEP, " ")
                if words is not None:
                    before, after = set(self._hays[i].split()), set(hay.split())
                    for w in before - after:
                        words[w].remove(i)
                    for w in after - before:
                        if w in words:
                            insort(words[w], i)
                        else:
                            words[w] = [i]
                            self._vocab_blob = None
                self._hays[i] = hay
            self._blob = None  # joined again from the haystacks on the next text query
        self._text_cache.clear()
        self._select_cache.clear()
        self.changes_cache.clear()
        return True

    # --- text -------------------------------------------------------------------------------
    def haystack(self, i: int) -> str:
        d = self.docs[i]
        name = self._actor_names.get(d.get("speaker") or "", "")
        return f"{d.get('quote_text', '')}\x1f{d.get('speaker_name', '')}\x1f{name}".lower()

    def _build_blob(self) -> None:
        hays = self._hays or [self.haystack(i).replace(_SEP, " ") for i in range(self.n)]
        starts, off = [], 0
        for h in hays:
            starts.append(off)
            off += len(h) + 1
        self._hays = hays
        self._starts = starts
        self._blob = _SEP.join(hays)

    def text_positions(self, text: str) -> list[int]:
        """Positions whose haystack contains ``text`` (lowercase), ascending."""
        hit = self._text_cache.get(text)
        if hit is not None:
            return hit
        out = self._word_search(text) if len(text) >= _MIN_WORD_QUERY else self._scan(text)
        if len(self._text_cache) > 16:
            self._text_cache.clear()
        self._text_cache[text] = out
        return out

    def _scan(self, text: str) -> list[int]:
        """Without the word index: str.find over one blob for rare strings, one pass over the
        haystacks once a string turns out to be common."""
        if self._blob is None:
            self._build_blob()
        blob, starts = self._blob, self._starts
        assert blob is not None
        out: list[int] = []
        at = blob.find(text)
        while at != -1:
            if len(out) > self.n // 50:
                return [i for i, h in enumerate(self._hays) if text in h]
            i = bisect_right(starts, at) - 1
            out.append(i)
            at = blob.find(text, starts[i + 1]) if i + 1 < self.n else -1
        return out

    def _build_words(self) -> None:
        """Word -> ascending positions of the haystacks that contain it (built on the first
        text query: it costs about as much as the rest of the indexes together)."""
        if not self._hays and self.n:
            self._build_blob()
        words: dict[str, list[int]] = {}
        for i, h in enumerate(self._hays):
            for w in set(h.split()):
                found = words.get(w)
                if found is None:
                    words[w] = [i]
                else:
                    found.append(i)
        self._words = words
        self._vocab_blob = None

    def _word_search(self, text: str) -> list[int]:
        """A string without whitespace is inside a haystack exactly when it is inside one of its
        words: collect the words that contain it (one str.find pass over the vocabulary) and
        merge their positions. With whitespace: the longest part narrows, the haystack decides."""
        if self._words is None:
            with no_gc():
                self._build_words()
        assert self._words is not None
        if self._vocab_blob is None:
            self._vocab = list(self._words)
            self._vocab_blob = "\n".join(self._vocab)
            self._vocab_starts, off = [], 0
            for w in self._vocab:
                self._vocab_starts.append(off)
                off += len(w) + 1
        parts = text.split()
        key = max(parts, key=len)
        blob, starts, vocab = self._vocab_blob, self._vocab_starts, self._vocab
        lists = []
        at = blob.find(key)
        while at != -1:
            j = bisect_right(starts, at) - 1
            if self._words[vocab[j]]:
                lists.append(self._words[vocab[j]])
            at = blob.find(key, starts[j + 1]) if j + 1 < len(starts) else -1
        if not lists:
            return []
        out = list(lists[0]) if len(lists) == 1 else sorted(set().union(*lists))
        if len(parts) > 1:
            hays = self._hays
            out = [i for i in out if text in hays[i]]
        return out

    # --- filters ----------------------------------------------------------------------------
    def select(self, f: Filter) -> list[int] | range:
        """Positions matching the filter, ascending (= timeline order); the last few are cached
        (a dashboard asks for the count and then for pages of the same filter)."""
        hit = self._select_cache.get(f)
        if hit is None:
            if len(self._select_cache) > 32:
                self._select_cache.clear()
            hit = self._select_cache[f] = self._select(f)
        return hit

    def _select(self, f: Filter) -> list[int] | range:
        lo, hi = 0, self.n
        if f.date_from or f.date_to:
            lo = bisect_left(self.dates, f.date_from) if f.date_from else 0
            hi = bisect_right(self.dates, f.date_to + _LAST) if f.date_to else self.n_dated
            if hi <= lo:
                return []
        sets: list[list[int]] = []
        if f.actors:
            sets.append(self._union(self.by_actor, [a or None for a in f.actors]))
        if f.topics:
            sets.append(self._union(self.by_topic, f.topics))
        if f.kinds:
            sets.append(self._union(self.by_kind, f.kinds))
        if f.article is not None:
            sets.append(self.by_article.get(f.article, []))
        text = f.text.strip().lower().replace(_SEP, " ")
        rejected = set() if f.include_rejected else self.rejected

        if not sets:
            if text:
                found = self.text_positions(text)
                if lo or hi < self.n:
                    found = found[bisect_left(found, lo):bisect_left(found, hi)]
                return [p for p in found if p not in rejected] if rejected else found
            if rejected:
                vis = self.visible
                return vis[bisect_left(vis, lo):bisect_left(vis, hi)]
            return range(lo, hi)

        sets.sort(key=len)
        if len(sets) == 1:
            cand: Iterable[int] = sets[0]  # already ascending
        else:
            acc = set(sets[0])
            for s in sets[1:]:
                acc.intersection_update(s)
                if not acc:
                    return []
            cand = sorted(acc)
        if text:
            cand = list(cand)
            if len(cand) > 2000:  # many candidates: intersect with the (cached) text search
                found = set(self.text_positions(text))
                cand = [p for p in cand if p in found]
            else:
                haystack = self.haystack
                cand = [p for p in cand if text in haystack(p)]
        return [p for p in cand if lo <= p < hi and p not in rejected]

    @staticmethod
    def _union(index: dict[Any, list[int]], keys: Iterable[Any]) -> list[int]:
        keys = list(dict.fromkeys(keys))
        if len(keys) == 1:
            return index.get(keys[0], [])
        acc: set[int] = set()
        for k in keys:
            acc.update(index.get(k, ()))
        return sorted(acc)

    def statement(self, i: int) -> Statement:
        sid = self.ids[i]
        obj = self.objects.get(sid)
        if obj is None:
            obj = self.objects[sid] = Statement.from_dict(self.docs[i])
        return obj
