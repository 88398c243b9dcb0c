"""The single-file layout (schema versions 1 and 2): Wortlaut's timeline in one TinyDB file, with in-memory indexes for filters.

All access goes through one Store object. It is used from Textual thread workers too, so every
public method holds a threading lock; every read-modify-write also holds an inter-process file
lock (``<db>.lock``) and first reloads the file if another process changed it, so two writers
never lose each other's writes. Queries are answered from indexes built on load (by actor, date,
topic, kind, article; see index.py), patched after a correction and rebuilt lazily after an add.
"""
from __future__ import annotations

import os
import shutil
import threading
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import filelock
from tinydb import TinyDB
from tinydb.table import Document, Table

from extract.model import Actor, Article, Extraction, PositionChange, Statement

from .actors import KnownActors
from .common import (EDITABLE, AddResult, StoreError, UnknownId, _now, _stance_value, _statement_doc,
                     apply_edit, apply_stance, checked_edit, clean_name, known_langs, merged_into, renamed)
from .index import _LAST, Filter, Index
from .schema import SINGLE_FILE_VERSION as SCHEMA_VERSION, NotOurs, empty_database, migrate, schema_version
from .storage import AtomicOrjsonStorage, UnreadableFile, copy_doc, no_gc


class _IdTable(Table):
    """Documents keyed by our own string ids (article / actor / statement ids)."""

    document_id_class = str  # type: ignore[assignment]


class _WortlautDB(TinyDB):
    table_class = _IdTable


class SingleFileStore:
    """Wortlaut's database: one TinyDB JSON file (created with its folder when absent)."""

    def __init__(self, path: str | os.PathLike[str], lock_timeout: float = 30.0):
        # a symlinked database stays a symlink: we write to the file it points to
        self.path = Path(path).expanduser().resolve()
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock = threading.RLock()
        self._closed = False
        self._index: Index | None = None
        self.migrated_from: tuple[int, Path] | None = None  # (old version, copy of the old file)
        self._touched: tuple[list[str], list[str]] | None = None  # (statement ids, actor ids) changed
        self._bad_langs: set[str] = set()  # articles whose unknown language was told (article_langs)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{self.path}: cannot create the folder for the database: {e}") from None
        self._flock = filelock.FileLock(str(self.lock_path), timeout=lock_timeout, thread_local=False)
        self._storage = AtomicOrjsonStorage(self.path)
        self._db = _WortlautDB(storage=lambda: self._storage)
        with self._lock, self._file_lock():
            if self.path.exists():
                self._load()
            else:
                data = empty_database()
                try:
                    self._storage.write_file(data)
                except OSError as e:
                    raise StoreError(f"{self.path}: cannot create the database: {e}") from None
                self._storage.adopt(data, self._storage.stamp)
            self._storage.remove_stale_temp_files()

    # --- opening, locking, reloading ----------------------------------------------------------
    @contextmanager
    def _file_lock(self) -> Iterator[None]:
        try:
            self._flock.acquire()
        except filelock.Timeout:
            raise StoreError(f"{self.path}: the database is locked by another process "
                             f"(lock file {self.lock_path}); try again when it has finished") from None
        except OSError as e:
            raise StoreError(f"{self.path}: cannot lock the database ({self.lock_path}): {e}") from None
        try:
            yield
        finally:
            self._flock.release()

    def _untouched(self, what: str) -> StoreError:
        msg = f"{self.path}: {what}. The file was left untouched"
        bak = self._storage.backup_path
        if bak.exists():
            msg += f"; the previous version of the database is at {bak}"
        return StoreError(msg + ". Move it away or open another database (--db PATH).")

    def _load(self) -> None:
        """Read, check and (if older) migrate the file, then use it. The file is never written
        unless it is our database in an older schema (then a copy is kept beside it first)."""
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
                                  f"Wortlaut understands ({SCHEMA_VERSION}); update Wortlaut")
        if version < SCHEMA_VERSION:
            with self._file_lock():
                backup = self._keep_copy(f".v{version}.bak")
                migrate(data)
                self._storage.write_file(data)
                stamp = self._storage.stamp
                self.migrated_from = (version, backup)
        self._storage.adopt(data, stamp)
        self._index = None

    def _keep_copy(self, suffix: str) -> Path:
        target = self.path.with_name(self.path.name + suffix)
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}{suffix}.{n}")
        shutil.copy2(self.path, target)
        return target

    def reload_if_changed(self) -> bool:
        """Pick up writes made by another process; True when the data changed."""
        with self._lock:
            self._check_open()
            if not self._storage.changed_on_disk():
                return False
            self._load()
            return True

    @contextmanager
    def _modify(self) -> Iterator[dict[str, dict[str, Any]]]:
        """Read-modify-write: thread lock, file lock, reload if changed, one write at the end."""
        with self._lock:
            self._check_open()
            with self._file_lock():
                if self._storage.changed_on_disk():
                    self._load()
                self._touched = None
                writes = self._storage.writes
                try:
                    with self._storage.batch():
                        data = self._data()
                        yield data
                except BaseException as e:
                    self._index = None
                    self._storage.forget()  # back to what is on disk
                    self._load()
                    if isinstance(e, OSError):
                        raise StoreError(f"{self.path}: could not write the database ({e}); "
                                         f"the file is unchanged") from e
                    raise
                # a correction touches a few documents: patch the indexes (else rebuild them lazily)
                touched, self._touched = self._touched, None
                if self._storage.writes == writes:
                    return  # nothing changed (e.g. every article was already there)
                if not (touched and self._index is not None and self._index.patch(data, *touched)):
                    self._index = None

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed")

    def _idx(self) -> Index:
        with self._lock:
            self._check_open()
            if self._index is None:
                with no_gc():
                    self._index = Index(self._data())
            return self._index

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._index = None
            self._storage.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing through TinyDB ----------------------------------------------------------------
    def _put(self, table: str, docs: dict[str, dict[str, Any]]) -> None:
        """Insert or wholly replace documents. Replaced documents are removed and inserted anew,
        not updated in place: the indexes still hold the old documents to patch themselves."""
        if not docs:
            return
        t = self._db.table(table)
        raw = self._data()[table]
        existing = [i for i in docs if i in raw]
        if existing:
            t.remove(doc_ids=existing)
        t.insert_multiple([Document(d, doc_id=i) for i, d in docs.items()])  # type: ignore[arg-type]

    def _delete(self, table: str, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self._db.table(table).remove(doc_ids=ids)  # type: ignore[arg-type]

    # --- adding ---------------------------------------------------------------------------------
    def add(self, extraction: Extraction, replace: bool = False) -> AddResult:
        return self.add_many([extraction], replace=replace)[0]

    def add_many(self, extractions: Iterable[Extraction], replace: bool = False) -> list[AddResult]:
        """Add articles with their statements and actors in ONE write. An article already stored
        is left as it is (new=False) unless ``replace``: then its statements are replaced by the
        new extraction's, except those a person corrected (edited), which always stay."""
        from extract.actors import match_actor  # the actor-matching rules live in extract/

        extractions = list(extractions)
        with self._modify() as data, no_gc():
            articles, actors, stmts = data["articles"], data["actors"], data["statements"]
            by_article: dict[str, list[str]] = defaultdict(list)
            for sid, d in stmts.items():
                by_article[d.get("article_id", "")].append(sid)
            known = KnownActors(actors)
            new_articles: dict[str, dict[str, Any]] = {}
            new_stmts: dict[str, dict[str, Any]] = {}
            drop_stmts: list[str] = []
            results: list[AddResult] = []
            for ex in extractions:
                art = ex.article
                exists = art.id in articles or art.id in new_articles
                if exists and not replace:
                    sids = by_article.get(art.id, [])
                    speakers = list(dict.fromkeys(
                        s for s in (stmts[i].get("speaker") if i in stmts else new_stmts[i].get("speaker")
                                    for i in sids) if s))
                    results.append(AddResult(art.id, False, len(sids), len(speakers), speakers, list(sids)))
                    continue
                local: dict[str, str] = {}
                created: list[str] = []
                for a in ex.actors:
                    gid = known.match(a, match_actor)
                    if gid is None:
                        gid = known.create(a)
                        created.append(gid)
                    else:
                        known.enrich(gid, a)
                    local[a.id] = gid
                doc = art.to_dict()
                if exists:  # a replaced article keeps the time it was first added
                    old = articles.get(art.id) or new_articles[art.id]
                    doc["added_at"] = old.get("added_at") or doc.get("added_at")
                doc["added_at"] = doc.get("added_at") or _now()
                new_articles[art.id] = doc
                kept = {i for i in by_article.get(art.id, []) if i in stmts and stmts[i].get("edited")}
                if exists:
                    drop_stmts.extend(i for i in by_article.get(art.id, []) if i not in kept)
                ids: list[str] = list(kept)
                seen = set(kept)
                for st in ex.statements:
                    if st.id in seen or stmts.get(st.id, {}).get("edited"):
                        continue  # a person's correction wins; duplicates are skipped
                    d = _statement_doc(st)
                    d["article_id"] = art.id
                    d["speaker"] = local.get(st.speaker) if st.speaker else None
                    new_stmts[st.id] = d
                    ids.append(st.id)
                    seen.add(st.id)
                by_article[art.id] = ids
                speakers = list(dict.fromkeys(local.values()))
                results.append(AddResult(art.id, not exists, len(ids), len(speakers), speakers, ids,
                                         created))
            dropped = [i for i in dict.fromkeys(drop_stmts) if i not in new_stmts]
            self._delete("statements", dropped)
            self._put("articles", new_articles)
            self._put("actors", known.changed)
            self._put("statements", new_stmts)
        return results

    # --- reading ----------------------------------------------------------------------------------
    def _data(self) -> dict[str, dict[str, Any]]:
        data = self._storage.read()
        assert data is not None
        return data

    def articles(self) -> list[Article]:
        with self._lock:
            self._check_open()
            arts = [Article.from_dict(d) for d in self._data()["articles"].values()]
        arts.sort(key=lambda a: (a.published or _LAST, a.added_at, a.title))
        return arts

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            self._check_open()
            d = self._data()["articles"].get(article_id)
            return Article.from_dict(d) if d is not None else None

    def article_counts(self) -> dict[str, int]:
        """Article id -> number of its statements (not counting those marked not a statement)."""
        return dict(self._idx().article_counts)

    def actors(self) -> list[tuple[Actor, int]]:
        """Every actor with its statement count, most statements first."""
        with self._lock:
            idx = self._idx()
            out = [(Actor.from_dict(d), idx.actor_counts.get(aid, 0))
                   for aid, d in self._data()["actors"].items()]
        out.sort(key=lambda p: (-p[1], p[0].name.casefold()))
        return out

    def actor(self, actor_id: str) -> Actor | None:
        with self._lock:
            self._check_open()
            d = self._data()["actors"].get(actor_id)
            return Actor.from_dict(d) if d is not None else None

    def statements(self, filt: Filter = Filter(), offset: int = 0, limit: int | None = None
                   ) -> list[Statement]:
        """Statements matching ``filt`` in timeline order (date, article published, position in
        the article; unknown dates last). The objects are shared: treat them as read-only."""
        with self._lock:
            idx = self._idx()
            sel = idx.select(filt)
            end = None if limit is None else offset + limit
            return [idx.statement(p) for p in sel[offset:end]]

    def count(self, filt: Filter = Filter()) -> int:
        with self._lock:
            return len(self._idx().select(filt))

    def statement(self, statement_id: str) -> Statement | None:
        with self._lock:
            idx = self._idx()
            p = idx.pos.get(statement_id)
            return idx.statement(p) if p is not None else None

    def is_rejected(self, statement_id: str) -> bool:
        """True when a person marked the statement as not a statement."""
        with self._lock:
            d = self._data()["statements"].get(statement_id)
            return bool(d and d.get("rejected"))

    def topics(self) -> list[str]:
        return list(self._idx().topics)

    def changes(self, filt: Filter = Filter()) -> list[PositionChange]:
        """Position changes among the filtered statements (extract.positions.find_changes);
        remembered per filter until the next change to the data."""
        from extract.positions import find_changes  # the change rules live in extract/

        with self._lock:
            idx = self._idx()
            hit = idx.changes_cache.get(filt)
            if hit is None:
                if len(idx.changes_cache) > 8:
                    idx.changes_cache.clear()
                hit = idx.changes_cache[filt] = find_changes(self.statements(filt), langs=self.article_langs())
            return list(hit)

    def article_langs(self) -> dict[str, str]:
        """Article id -> its language (find_changes reads each statement's hedge words in it; an
        article without a known one: both, told once as a StoreWarning)."""
        with self._lock:
            return known_langs(((aid, a.get("lang")) for aid, a in self._data()["articles"].items()),
                               self.path, self._bad_langs)

    # --- corrections --------------------------------------------------------------------------------
    def _record(self, data: dict[str, dict[str, Any]], op: str, description: str,
                changes: dict[str, dict[str, dict[str, Any] | None]]) -> str:
        """Apply ``changes`` ({table: {id: new doc, or None to delete}}) and store the correction
        with the documents as they were before, so undo can put them back."""
        before = {t: {i: copy_doc(data[t].get(i)) for i in docs} for t, docs in changes.items()}
        self._apply(data, changes)
        corr = data["corrections"]
        seq = max((int(k) for k in corr), default=0) + 1
        self._put("corrections", {f"{seq:06d}": {"seq": seq, "at": _now(), "op": op,
                                                 "description": description, "before": before}})
        return description

    def _apply(self, data: dict[str, dict[str, Any]],
               changes: dict[str, dict[str, dict[str, Any] | None]]) -> None:
        """Write ``changes`` ({table: {id: new doc, or None to delete}}); the indexes patch
        themselves for the statements and actors touched."""
        for t, docs in changes.items():
            self._delete(t, [i for i, d in docs.items() if d is None and i in data[t]])
            self._put(t, {i: d for i, d in docs.items() if d is not None})
        self._touched = (list(changes.get("statements", ())), list(changes.get("actors", ())))

    @staticmethod
    def _get(data: dict[str, dict[str, Any]], table: str, key: str | None, what: str) -> dict[str, Any]:
        d = data[table].get(key) if key is not None else None
        if d is None:
            raise UnknownId(f"no {what} with id {key!r}")
        return copy_doc(d)

    def rename_actor(self, actor_id: str, new_name: str) -> str:
        new_name = clean_name(new_name)
        with self._modify() as data:
            a = self._get(data, "actors", actor_id, "actor")
            old = renamed(a, new_name)
            return self._record(data, "rename_actor", f"rename {old!r} to {new_name!r}",
                                {"actors": {actor_id: a}})

    def merge_actors(self, keep_id: str, other_id: str) -> str:
        if keep_id == other_id:
            raise ValueError("cannot merge an actor with itself")
        with self._modify() as data:
            keep = self._get(data, "actors", keep_id, "actor")
            other = self._get(data, "actors", other_id, "actor")
            merged_into(keep, other)
            moved: dict[str, dict[str, Any] | None] = {}
            for sid, d in data["statements"].items():
                if d.get("speaker") == other_id:
                    d = copy_doc(d)
                    d["speaker"], d["edited"] = keep_id, True
                    moved[sid] = d
            return self._record(data, "merge_actors",
                                f"merge {other['name']!r} into {keep['name']!r} ({len(moved)} statements)",
                                {"actors": {keep_id: keep, other_id: None}, "statements": moved})

    def reassign(self, statement_id: str, actor_id: str | None) -> str:
        with self._modify() as data:
            st = self._get(data, "statements", statement_id, "statement")
            name = self._get(data, "actors", actor_id, "actor")["name"] if actor_id else ""
            before = data["actors"].get(st.get("speaker") or "", {}).get("name") or "nobody"
            st["speaker"], st["speaker_name"], st["edited"] = actor_id or None, name, True
            return self._record(data, "reassign",
                                f"reassign statement {statement_id[:8]} from {before} to {name or 'nobody'}",
                                {"statements": {statement_id: st}})

    def mark_not_statement(self, statement_id: str, rejected: bool = True) -> str:
        """Hide a statement from statements()/count() (unless include_rejected); False restores it."""
        with self._modify() as data:
            st = self._get(data, "statements", statement_id, "statement")
            st["rejected"], st["edited"] = bool(rejected), True
            what = "as not a statement" if rejected else "as a statement again"
            return self._record(data, "mark_not_statement", f"mark statement {statement_id[:8]} {what}",
                                {"statements": {statement_id: st}})

    EDITABLE = EDITABLE

    def edit_statement(self, statement_id: str, **fields: Any) -> str:
        """Change fields of a statement (kind, quote_text, date, topics, ...)."""
        fields = checked_edit(fields)
        with self._modify() as data:
            st = self._get(data, "statements", statement_id, "statement")
            apply_edit(st, fields)
            return self._record(data, "edit_statement",
                                f"edit statement {statement_id[:8]}: {', '.join(sorted(fields))}",
                                {"statements": {statement_id: st}})

    def set_stance(self, statement_id: str, topic: str, value: int) -> str:
        value = _stance_value(value)
        with self._modify() as data:
            st = self._get(data, "statements", statement_id, "statement")
            apply_stance(st, topic, value)
            return self._record(data, "set_stance",
                                f"stance of statement {statement_id[:8]} on {topic}: {value:+d}",
                                {"statements": {statement_id: st}})

    def undo(self) -> str | None:
        """Undo the last correction; returns its description, or None when there is none."""
        with self._modify() as data:
            corr = data["corrections"]
            if not corr:
                return None
            key = max(corr, key=int)
            rec = corr[key]
            self._apply(data, rec["before"])
            self._delete("corrections", [key])
            return "undo: " + rec["description"]

    def corrections(self) -> list[dict[str, Any]]:
        """Stored corrections, newest first: {seq, at, op, description}."""
        with self._lock:
            self._check_open()
            recs = sorted(self._data()["corrections"].values(), key=lambda r: -r["seq"])
            return [{k: r[k] for k in ("seq", "at", "op", "description")} for r in recs]
