"""Store: idempotent adds, actors across articles, filters, corrections with undo, schema and
migration, files that are not ours, two Store objects on one file, exports.
All names and quotes are invented."""
from __future__ import annotations

import csv
import io
import json
import os
import threading

import networkx as nx
import orjson
import pytest

from extract.model import Actor, Article, Extraction, Statement, article_id, statement_id
from store import NO_ACTOR, SCHEMA_VERSION, Filter, Store, StoreError
from store.export import ACTOR_KEYS, ARTICLE_KEYS, STATEMENT_KEYS, export_csv, export_graphml, export_json


def make(text: str, quotes: list[dict], people: dict[str, str], published: str | None = "2031-03-01",
         title: str = "") -> Extraction:
    """An extraction of ``text``; each quote: {"q": quoted words, "by": local actor id or None,
    "date", "kind", "topics", "stance"}; ``people``: local actor id -> name."""
    aid = article_id(text)
    stmts = []
    for q in quotes:
        b = text.index(q["q"])
        e = b + len(q["q"])
        stmts.append(Statement(
            id=statement_id(aid, [(b, e)]), article_id=aid, quote=[(b, e)], quote_text=q["q"],
            kind=q.get("kind", "direct"), speaker=q.get("by"), speaker_name=people.get(q.get("by") or "", ""),
            date=q.get("date", published), topics=list(q.get("topics", [])), stance=dict(q.get("stance", {}))))
    actors = [Actor(id=lid, name=name, kind="person") for lid, name in people.items()]
    return Extraction(Article(id=aid, text=text, title=title or text[:20], source="dpa",
                              published=published), stmts, actors)


A1 = make("„Die Brücke bleibt offen“, sagte Mara Lindqvist. „Wir verhandeln weiter“, erklärte Tomas Berger.",
          [{"q": "Die Brücke bleibt offen", "by": "l1", "topics": ["Brücke"], "stance": {"Brücke": 1}},
           {"q": "Wir verhandeln weiter", "by": "l2", "kind": "indirect", "topics": ["Verhandlungen"],
            "stance": {"Verhandlungen": 1}}],
          {"l1": "Mara Lindqvist", "l2": "Tomas Berger"}, "2031-03-01", "Brücke offen")
A2 = make("„Die Brücke wird geschlossen“, sagte Mara Lindqvist am Montag. Es hieß, „alles bleibt ruhig“.",
          [{"q": "Die Brücke wird geschlossen", "by": "x", "date": "2031-03-09", "topics": ["Brücke"],
            "stance": {"Brücke": -1}},
           {"q": "alles bleibt ruhig", "by": None, "kind": "reported", "date": None}],
          {"x": "Mara Lindqvist"}, "2031-03-10", "Brücke zu")
A3 = make("„Der Hafen von Kelmar braucht Geld“, sagte Tomas Berger. „Nein“, sagte Ilse Varga.",
          [{"q": "Der Hafen von Kelmar braucht Geld", "by": "a", "date": "2031-02-20", "topics": ["Hafen", "Brücke"],
            "stance": {"Hafen": 1, "Brücke": 1}},
           {"q": "Nein", "by": "b", "date": "2031-02-20", "kind": "partial", "topics": ["Hafen"],
            "stance": {"Hafen": -1}}],
          {"a": "Tomas Berger", "b": "Ilse Varga"}, "2031-02-20", "Hafen")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "db" / "wortlaut.json")
    s.add_many([A1, A2, A3])
    yield s
    s.close()


def actor_id(store: Store, name: str) -> str:
    return next(a.id for a, _ in store.actors() if a.name == name)


def quotes(stmts: list[Statement]) -> list[str]:
    return [s.quote_text for s in stmts]


# --- adding -----------------------------------------------------------------------------------

def test_new_file_and_folder_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "db.json"
    Store(path).close()
    data = orjson.loads(path.read_bytes())
    assert data["meta"]["schema"] == {"app": "wortlaut", "version": SCHEMA_VERSION}
    assert set(data) >= {"actors", "corrections"}  # articles and statements: in partition files
    assert data["meta"]["layout"]["files"] == {}


def test_add_is_idempotent(tmp_path):
    s = Store(tmp_path / "db.json")
    first = s.add(A1)
    assert first.new and first.statements == 2 and first.actors == 2 and len(first.statement_ids) == 2
    assert first.new_actor_ids == first.actor_ids  # an empty database: both actors are new
    before = (tmp_path / "db.json").read_bytes()
    again = s.add(A1)
    assert not again.new
    assert again.statements == 2 and sorted(again.statement_ids) == sorted(first.statement_ids)
    assert sorted(again.actor_ids) == sorted(first.actor_ids) and again.new_actor_ids == []
    assert s.count(Filter()) == 2 and len(s.articles()) == 1 and len(s.actors()) == 2
    assert (tmp_path / "db.json").read_bytes() == before  # not even rewritten
    # the same text in another batch, and twice in one batch
    res = s.add_many([A1, A2, A2])
    assert [r.new for r in res] == [False, True, False]
    assert s.count(Filter()) == 4


def test_add_many_writes_once(tmp_path, monkeypatch):
    s = Store(tmp_path / "db.json")
    writes = []
    real = s._storage.write_file
    monkeypatch.setattr(s._storage, "write_file", lambda data: (writes.append(1), real(data)))
    s.add_many([A1, A2, A3])
    assert len(writes) == 1


def test_actors_match_across_articles_with_counts(store):
    actors = store.actors()
    names = [a.name for a, _ in actors]
    assert sorted(names) == ["Ilse Varga", "Mara Lindqvist", "Tomas Berger"]  # each once
    counts = {a.name: n for a, n in actors}
    assert counts == {"Mara Lindqvist": 2, "Tomas Berger": 2, "Ilse Varga": 1}
    assert [n for _, n in actors] == sorted((n for _, n in actors), reverse=True)
    assert store.actor(actor_id(store, "Ilse Varga")).name == "Ilse Varga"
    assert store.actor("nope") is None


def test_articles_and_counts(store):
    arts = store.articles()
    assert [a.title for a in arts] == ["Hafen", "Brücke offen", "Brücke zu"]  # by published date
    assert store.article_counts() == {A1.article.id: 2, A2.article.id: 2, A3.article.id: 2}
    assert store.article(A2.article.id).text == A2.article.text
    assert store.article("nope") is None
    assert store.article(A1.article.id).added_at  # set on add


def test_unattributed_statement_keeps_no_actor(store):
    s = store.statements(Filter(actors=(NO_ACTOR,)))
    assert quotes(s) == ["alles bleibt ruhig"] and s[0].speaker is None


# --- queries ------------------------------------------------------------------------------------

def test_order_is_date_then_position_unknown_dates_last(store):
    assert quotes(store.statements()) == [
        "Der Hafen von Kelmar braucht Geld", "Nein", "Die Brücke bleibt offen", "Wir verhandeln weiter",
        "Die Brücke wird geschlossen", "alles bleibt ruhig"]
    assert quotes(store.statements(Filter(), offset=2, limit=2)) == ["Die Brücke bleibt offen",
                                                                     "Wir verhandeln weiter"]
    assert store.count(Filter()) == 6


def test_filter_by_actor(store):
    mara = actor_id(store, "Mara Lindqvist")
    assert quotes(store.statements(Filter(actors=(mara,)))) == ["Die Brücke bleibt offen",
                                                                "Die Brücke wird geschlossen"]
    ilse = actor_id(store, "Ilse Varga")
    assert store.count(Filter(actors=(mara, ilse))) == 3
    assert store.count(Filter(actors=("nobody-has-this-id",))) == 0


def test_filter_by_date_range_is_inclusive(store):
    assert quotes(store.statements(Filter(date_from="2031-03-01", date_to="2031-03-09"))) == [
        "Die Brücke bleibt offen", "Wir verhandeln weiter", "Die Brücke wird geschlossen"]
    assert store.count(Filter(date_from="2031-03-02")) == 1  # unknown dates never match a range
    assert store.count(Filter(date_to="2031-02-20")) == 2
    assert store.count(Filter(date_from="2031-04-01")) == 0
    assert store.count(Filter(date_from="2031-03-09", date_to="2031-03-01")) == 0


def test_filter_by_topic_kind_text_article(store):
    assert quotes(store.statements(Filter(topics=("Brücke",)))) == [
        "Der Hafen von Kelmar braucht Geld", "Die Brücke bleibt offen", "Die Brücke wird geschlossen"]
    assert store.count(Filter(topics=("Brücke", "Verhandlungen"))) == 4
    assert quotes(store.statements(Filter(kinds=("partial", "reported")))) == ["Nein", "alles bleibt ruhig"]
    assert quotes(store.statements(Filter(text="BRÜCKE"))) == ["Die Brücke bleibt offen",
                                                               "Die Brücke wird geschlossen"]
    assert store.count(Filter(text="varga")) == 1  # speaker names are searched too
    assert store.count(Filter(text="  kelmar ")) == 1
    assert store.count(Filter(text="nirgendwo")) == 0
    assert store.count(Filter(article=A1.article.id)) == 2
    assert sorted(store.topics()) == ["Brücke", "Hafen", "Verhandlungen"]


def test_combined_filters(store):
    tomas = actor_id(store, "Tomas Berger")
    assert quotes(store.statements(Filter(actors=(tomas,), topics=("Brücke",)))) == [
        "Der Hafen von Kelmar braucht Geld"]
    assert store.count(Filter(actors=(tomas,), date_from="2031-03-01")) == 1
    assert store.count(Filter(actors=(tomas,), kinds=("indirect",), text="verhandeln",
                              date_from="2031-03-01", date_to="2031-03-01", article=A1.article.id)) == 1
    assert store.count(Filter(actors=(tomas,), kinds=("partial",))) == 0
    assert store.count(Filter(topics=("Brücke",), text="geschlossen", date_to="2031-03-05")) == 0


def test_text_filter_on_many_statements(tmp_path):
    # enough statements that common words take the other search path
    text = " ".join(f"„Satz {i} über den Hafen{'' if i % 3 else ' Kelmar'}“." for i in range(400))
    ex = make(text, [{"q": f"Satz {i} über den Hafen{'' if i % 3 else ' Kelmar'}", "by": "l"}
                     for i in range(400)], {"l": "Ilse Varga"})
    s = Store(tmp_path / "db.json")
    s.add(ex)
    assert s.count(Filter(text="hafen")) == 400
    assert s.count(Filter(text="kelmar")) == 134
    assert s.count(Filter(text="satz 39 über")) == 1
    assert s.count(Filter(text="varga")) == 400


def test_statement_lookup(store):
    st = store.statements()[0]
    assert store.statement(st.id) == st
    assert store.statement("nope") is None


def test_changes_come_from_find_changes(store):
    mara = actor_id(store, "Mara Lindqvist")
    changes = store.changes(Filter())
    assert [(c.actor, c.topic, c.before_stance, c.after_stance) for c in changes] == [(mara, "Brücke", 1, -1)]
    assert store.changes(Filter(date_to="2031-03-05")) == []


# --- corrections ---------------------------------------------------------------------------------

def test_rename_actor_keeps_old_name_and_undo(store, tmp_path):
    mara = actor_id(store, "Mara Lindqvist")
    store.rename_actor(mara, "Mara Lindqvist-Oy")
    a = store.actor(mara)
    assert a.name == "Mara Lindqvist-Oy" and "Mara Lindqvist" in a.aliases
    assert store.count(Filter(text="lindqvist-oy")) == 2
    # stored: another Store on the file sees it
    assert Store(store.path).actor(mara).name == "Mara Lindqvist-Oy"
    # a new article naming her by the old name lands on the same actor
    a4 = make("„Die Fähre fährt“, sagte Mara Lindqvist.", [{"q": "Die Fähre fährt", "by": "m"}],
              {"m": "Mara Lindqvist"}, "2031-03-20")
    res = store.add(a4)
    assert res.actor_ids == [mara] and not res.new_actor_ids
    assert store.undo() == "undo: rename 'Mara Lindqvist' to 'Mara Lindqvist-Oy'"
    assert store.actor(mara).name == "Mara Lindqvist"


def test_merge_actors_moves_statements_and_keeps_aliases(tmp_path):
    s = Store(tmp_path / "db.json")
    s.add_many([A1, A2, make("„Wir bauen“, sagte M. Lindqvist.", [{"q": "Wir bauen", "by": "m"}],
                             {"m": "M. Lindqvist"}, "2031-03-15")])
    keep, other = actor_id(s, "Mara Lindqvist"), actor_id(s, "M. Lindqvist")
    s.merge_actors(keep, other)
    assert s.actor(other) is None
    assert "M. Lindqvist" in s.actor(keep).aliases
    assert dict((a.id, n) for a, n in s.actors())[keep] == 3
    moved = s.statements(Filter(text="wir bauen"))[0]
    assert moved.speaker == keep and moved.edited
    # the merged name is matched to the kept actor from now on
    again = make("„Wir bauen weiter“, sagte M. Lindqvist.", [{"q": "Wir bauen weiter", "by": "m"}],
                 {"m": "M. Lindqvist"}, "2031-03-16")
    assert s.add(again).actor_ids == [keep]
    assert s.undo() == "undo: merge 'M. Lindqvist' into 'Mara Lindqvist' (1 statements)"
    assert s.actor(other).name == "M. Lindqvist"
    assert s.statements(Filter(text="wir bauen"))[0].speaker == other
    assert not s.statements(Filter(text="wir bauen"))[0].edited


def test_reassign_and_mark_not_statement(store):
    ruhig = store.statements(Filter(text="ruhig"))[0]
    ilse = actor_id(store, "Ilse Varga")
    store.reassign(ruhig.id, ilse)
    st = store.statement(ruhig.id)
    assert st.speaker == ilse and st.edited and st.speaker_name == "Ilse Varga"
    assert store.count(Filter(actors=(ilse,))) == 2
    store.reassign(ruhig.id, None)
    assert store.statement(ruhig.id).speaker is None
    with pytest.raises(KeyError):
        store.reassign(ruhig.id, "no-such-actor")

    store.mark_not_statement(ruhig.id)
    assert store.count(Filter()) == 5 and store.count(Filter(include_rejected=True)) == 6
    assert store.is_rejected(ruhig.id)
    assert ruhig.id not in [s.id for s in store.statements(Filter(text="ruhig"))]
    assert store.count(Filter(text="ruhig", include_rejected=True)) == 1
    assert sum(store.article_counts().values()) == 5

    assert store.undo().startswith("undo: mark statement")
    assert store.count(Filter()) == 6
    assert store.undo().startswith("undo: reassign")
    assert store.statement(ruhig.id).speaker == ilse
    assert store.undo().startswith("undo: reassign")
    assert store.statement(ruhig.id).speaker is None and not store.statement(ruhig.id).edited
    assert store.undo() is None


def test_edit_statement_and_set_stance(store):
    st = store.statements(Filter(text="verhandeln"))[0]
    store.edit_statement(st.id, kind="direct", date="2031-03-02", topics=["Verhandlungen", "Hafen"])
    e = store.statement(st.id)
    assert (e.kind, e.date, e.topics, e.edited) == ("direct", "2031-03-02", ["Verhandlungen", "Hafen"], True)
    assert store.count(Filter(topics=("Hafen",), date_from="2031-03-02")) == 1
    with pytest.raises(ValueError):
        store.edit_statement(st.id, kind="shouted")
    with pytest.raises(ValueError):
        store.edit_statement(st.id, speaker="x")

    store.edit_statement(st.id, stance={"Verhandlungen": 1, "Hafen": 1})
    assert store.statement(st.id).stance_evidence == {"Hafen": ["set by hand"]}  # only the changed one
    store.undo()
    store.set_stance(st.id, "Hafen", -1)
    assert store.statement(st.id).stance == {"Verhandlungen": 1, "Hafen": -1}
    assert store.statement(st.id).stance_evidence["Hafen"] == ["set by hand"]
    with pytest.raises(ValueError):
        store.set_stance(st.id, "Hafen", 2)
    assert [c["op"] for c in store.corrections()] == ["set_stance", "edit_statement"]
    store.undo()
    store.undo()
    back = store.statement(st.id)
    assert (back.kind, back.date, back.stance, back.edited) == ("indirect", "2031-03-01", {"Verhandlungen": 1}, False)


def test_removing_a_topic_removes_its_stance(store):
    closed = store.statements(Filter(text="geschlossen"))[0]
    store.edit_statement(closed.id, topics=[])
    assert store.statement(closed.id).stance == {}
    assert store.changes(Filter()) == []


def test_stance_correction_changes_positions(store):
    mara = actor_id(store, "Mara Lindqvist")
    closed = store.statements(Filter(text="geschlossen"))[0]
    assert len(store.changes(Filter())) == 1  # remembered until the data changes
    store.set_stance(closed.id, "Brücke", 1)
    assert store.changes(Filter()) == []
    store.undo()
    assert [c.actor for c in store.changes(Filter())] == [mara]


def test_corrections_survive_re_adding_the_article(store):
    st = store.statements(Filter(text="bleibt offen"))[0]
    store.edit_statement(st.id, quote_text="Die Brücke bleibt offen (korrigiert)")
    store.mark_not_statement(store.statements(Filter(text="verhandeln"))[0].id)
    first_added = store.article(A1.article.id).added_at
    # adding the same article again: nothing changes
    assert not store.add(A1).new
    assert store.statement(st.id).quote_text.endswith("(korrigiert)")
    # re-extraction (replace): untouched statements are replaced, corrected ones stay
    redo = make(A1.article.text, [{"q": "Die Brücke bleibt offen", "by": "l1", "kind": "indirect"},
                                  {"q": "Wir verhandeln weiter", "by": "l2"},
                                  {"q": "erklärte Tomas Berger", "by": "l2", "kind": "reported"}],
                {"l1": "Mara Lindqvist", "l2": "Tomas Berger"})
    redo.article.added_at = "2099-01-01T00:00:00+00:00"
    res = store.add(redo, replace=True)
    assert not res.new and res.statements == 3
    assert store.statement(st.id).quote_text.endswith("(korrigiert)")
    assert store.statement(st.id).kind == "direct"
    assert store.count(Filter(article=A1.article.id)) == 2  # one still marked not a statement
    assert store.count(Filter(article=A1.article.id, include_rejected=True)) == 3
    assert store.article(A1.article.id).added_at == first_added  # replaced, but first added then


def test_unknown_ids_raise(store):
    with pytest.raises(KeyError):
        store.rename_actor("nope", "X")
    with pytest.raises(KeyError):
        store.mark_not_statement("nope")
    with pytest.raises(ValueError):
        store.merge_actors("a", "a")


# --- two Store objects, threads ------------------------------------------------------------------

def test_reload_if_changed_picks_up_another_writer(tmp_path):
    path = tmp_path / "db.json"
    a, b = Store(path), Store(path)
    assert not b.reload_if_changed()
    a.add(A1)
    assert b.count(Filter()) == 0
    assert b.reload_if_changed()
    assert b.count(Filter()) == 2
    assert not b.reload_if_changed()


def test_writers_never_lose_each_others_writes(tmp_path):
    path = tmp_path / "db.json"
    a, b = Store(path), Store(path)
    a.add(A1)
    b.add(A2)  # b had not seen A1: it reloads under the lock before writing
    a.rename_actor(actor_id(a, "Tomas Berger"), "Tomas Berger-Holm")
    b.add(A3)
    fresh = Store(path)
    assert len(fresh.articles()) == 3 and fresh.count(Filter()) == 6
    assert "Tomas Berger-Holm" in [x.name for x, _ in fresh.actors()]
    assert [x.name for x, _ in fresh.actors()].count("Tomas Berger-Holm") == 1  # A3 matched the alias


def test_threads_share_one_store(tmp_path):
    s = Store(tmp_path / "db.json")
    exs = [make(f"„Satz {i}“, sagte Ilse Varga.", [{"q": f"Satz {i}", "by": "v"}], {"v": "Ilse Varga"})
           for i in range(40)]
    errors = []

    def work(chunk):
        try:
            for ex in chunk:
                s.add(ex)
                s.count(Filter(text="satz"))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(exs[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert s.count(Filter()) == 40 and len(s.actors()) == 1
    assert Store(s.path).count(Filter()) == 40


def test_failed_write_leaves_file_and_memory_as_before(tmp_path, monkeypatch):
    s = Store(tmp_path / "db.json")
    s.add(A1)
    before = (tmp_path / "db.json").read_bytes()

    def boom(*a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(StoreError, match="disk full.*unchanged"):
        s.add(A2)
    monkeypatch.undo()
    assert (tmp_path / "db.json").read_bytes() == before
    assert s.count(Filter()) == 2 and len(s.articles()) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    s.add(A2)
    assert s.count(Filter()) == 4


def test_unwritable_folder_gives_store_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(StoreError, match="ro"):
            Store(folder / "db.json")
    finally:
        folder.chmod(0o700)


def test_symlinked_database_stays_a_symlink(tmp_path):
    real = tmp_path / "real.json"
    Store(real).close()
    link = tmp_path / "link.json"
    link.symlink_to(real)
    s = Store(link)
    s.add(A1)
    assert link.is_symlink() and len(Store(real).articles()) == 1


def test_stale_temp_files_are_removed_on_open(tmp_path):
    Store(tmp_path / "db.json").close()
    stale = tmp_path / ".db.json.999.deadbeef.tmp"
    stale.write_bytes(b'{"half')
    Store(tmp_path / "db.json").close()
    assert not stale.exists()


def test_previous_version_is_kept_as_bak(tmp_path):
    s = Store(tmp_path / "db.json")
    s.add(A1)
    first = (tmp_path / "db.json").read_bytes()
    s.add(A2)
    assert (tmp_path / "db.json.bak").read_bytes() == first


# --- schema, migration, files that are not ours ---------------------------------------------------

def v1_file(path):
    """A version-1 database: stance as [topic, value] pairs, no rejected flag, no corrections."""
    st = A1.statements[0].to_dict()
    st["stance"] = [["Brücke", 1]]
    st["speaker"] = "act1"
    data = {"meta": {"schema": {"app": "wortlaut", "version": 1}},
            "articles": {A1.article.id: A1.article.to_dict()},
            "actors": {"act1": {"id": "act1", "name": "Mara Lindqvist", "aliases": [], "kind": "person",
                                "role": "", "affiliation": ""}},
            "statements": {st["id"]: st}}
    path.write_bytes(orjson.dumps(data))
    return path.read_bytes()


def test_older_schema_is_migrated_with_a_copy_kept(tmp_path):
    path = tmp_path / "db.json"
    original = v1_file(path)
    s = Store(path)
    assert s.migrated_from[0] == 1
    assert s.migrated_from[1].read_bytes() == original  # db.json.v1.bak
    st = s.statements()[0]
    assert st.stance == {"Brücke": 1} and st.speaker == "act1"
    assert orjson.loads(path.read_bytes())["meta"]["schema"]["version"] == SCHEMA_VERSION
    s.mark_not_statement(st.id)
    assert s.undo()  # the corrections table exists now


def valid_db_bytes(tmp_path):
    p = tmp_path / "valid" / "db.json"
    s = Store(p)
    s.add_many([A1, A2])
    s.close()
    return p.read_bytes()


@pytest.mark.parametrize("kind", ["empty", "blank", "truncated", "not json", "binary", "json list",
                                  "foreign object", "plain tinydb", "no version", "newer schema",
                                  "table not object"])
def test_unusable_files_are_never_overwritten(tmp_path, kind):
    valid = valid_db_bytes(tmp_path)
    content = {
        "empty": b"",
        "blank": b"  \n",
        "truncated": valid[: len(valid) // 2],
        "not json": "Heute sagte Ilse Varga, der Hafen sei zu.\n".encode(),
        "binary": bytes(range(256)),
        "json list": b"[1, 2, 3]",
        "foreign object": b'{"users": [{"name": "Ilse"}]}',
        "plain tinydb": b'{"_default": {"1": {"name": "Ilse"}}}',
        "no version": b'{"meta": {"schema": {"app": "wortlaut"}}, "statements": {}}',
        "newer schema": orjson.dumps({"meta": {"schema": {"app": "wortlaut", "version": SCHEMA_VERSION + 1}},
                                      "statements": {}, "future": {}}),
        "table not object": b'{"meta": {"schema": {"app": "wortlaut", "version": 2}}, "statements": []}',
    }[kind]
    path = tmp_path / "user" / "db.json"
    path.parent.mkdir()
    path.write_bytes(content)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(StoreError) as err:
        Store(path)
    msg = str(err.value)
    assert str(path) in msg and "untouched" in msg
    if kind == "newer schema":
        assert "newer" in msg
    assert path.read_bytes() == content and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in path.parent.iterdir()) == ["db.json", "db.json.lock"]


def test_corrupted_later_names_the_backup(tmp_path):
    path = tmp_path / "db.json"
    s = Store(path)
    s.add(A1)
    s.add(A2)
    s.close()
    path.write_bytes(b'{"meta": ')  # damaged by something else
    with pytest.raises(StoreError, match=r"db\.json\.bak"):
        Store(path)
    assert path.read_bytes() == b'{"meta": '
    assert len(Store(tmp_path / "db.json.bak").articles()) == 1  # the backup opens


def test_another_process_corrupting_the_file_keeps_our_data(tmp_path):
    path = tmp_path / "db.json"
    s = Store(path)
    s.add(A1)
    path.write_bytes(b"garbage")
    with pytest.raises(StoreError):
        s.reload_if_changed()
    assert s.count(Filter()) == 2  # still the data we had
    with pytest.raises(StoreError):
        s.add(A2)  # never writes over it
    assert path.read_bytes() == b"garbage"


# --- exports --------------------------------------------------------------------------------------

def test_export_json_has_exactly_the_design_keys(store):
    out = export_json(store, Filter())
    assert list(out) == ["articles", "actors", "statements", "changes"]
    assert len(out["articles"]) == 3 and len(out["actors"]) == 3 and len(out["statements"]) == 6
    assert all(set(a) == set(ARTICLE_KEYS) for a in out["articles"])
    assert all(set(a) == set(ACTOR_KEYS) for a in out["actors"])
    assert all(set(s) == set(STATEMENT_KEYS) for s in out["statements"])
    assert set(STATEMENT_KEYS) == {"id", "article_id", "speaker", "quote_text", "kind", "date",
                                   "date_source", "topics", "stance", "edited"}
    (change,) = out["changes"]
    assert set(change) == {"actor", "topic", "before", "after", "before_date", "after_date",
                           "before_stance", "after_stance", "target", "before_words", "after_words"}
    assert change["before_stance"] == 1 and change["after_stance"] == -1
    json.dumps(out)  # plain JSON types only
    mara = actor_id(store, "Mara Lindqvist")
    part = export_json(store, Filter(actors=(mara,)))
    assert [a["id"] for a in part["actors"]] == [mara]
    assert len(part["statements"]) == 2 and len(part["articles"]) == 2 and len(part["changes"]) == 1


def test_export_csv_one_row_per_statement_with_actor_name(store):
    buf = io.StringIO()
    assert export_csv(store, Filter(), buf) == 6
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 6
    first = rows[0]
    assert first["actor"] == "Tomas Berger" and first["quote_text"] == "Der Hafen von Kelmar braucht Geld"
    assert first["topics"] == "Hafen; Brücke" and first["stance"] == "Hafen:+1; Brücke:+1"
    assert rows[-1]["actor"] == "" and rows[-1]["date"] == ""


def test_export_graphml_actor_topic_and_actor_actor_edges(store, tmp_path):
    path = tmp_path / "net.graphml"
    export_graphml(store, Filter(), path)
    g = nx.read_graphml(path)
    tomas, ilse, mara = (f"actor:{actor_id(store, n)}" for n in ("Tomas Berger", "Ilse Varga", "Mara Lindqvist"))
    assert g.nodes[tomas]["label"] == "Tomas Berger" and g.nodes["topic:Hafen"]["type"] == "topic"
    e = g.edges[mara, "topic:Brücke"]
    assert e["type"] == "actor-topic" and e["count"] == 2 and e["stance"] == 0.0
    assert g.edges[tomas, "topic:Hafen"]["stance"] == 1.0
    conflict = g.edges[tomas, ilse]
    assert conflict["type"] == "actor-actor" and conflict["relation"] == "conflict"
    assert conflict["conflict"] == 1 and conflict["topics"] == "Hafen"
    # Mara backed the bridge, then turned against it: her latest stance decides the actor-actor edge
    assert e["latest"] == -1 and e["first"] == "2031-03-01" and e["last"] == "2031-03-09"
    # and the edge carries the change: both dates and stances with their deciding words
    (change,) = store.changes(Filter())
    assert e["changes"] == (f"{change.before_date} +1 {change.before} ({', '.join(change.before_words)}) → "
                            f"{change.after_date} -1 {change.after} ({', '.join(change.after_words)})")
    assert change.before_date == "2031-03-01" and change.after_date == "2031-03-09"
    assert g.edges[tomas, "topic:Hafen"]["changes"] == ""
    assert g.edges[tomas, mara]["relation"] == "conflict" and g.edges[tomas, mara]["topics"] == "Brücke"


def test_export_graphml_leaves_key_terms_out_unless_asked(store, tmp_path):
    key_term = next(s for s in store.statements() if s.topics)
    store.edit_statement(key_term.id, topics=[*key_term.topics, "#Kai"])
    assert "topic:#Kai" not in export_graphml(store, Filter(), tmp_path / "a.graphml")
    assert "topic:#Kai" in export_graphml(store, Filter(), tmp_path / "b.graphml", key_terms=True)


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_filters_agree_with_a_plain_scan(tmp_path, seed):
    """Random statements and random filter combinations: the indexes give exactly what a plain
    scan over all statements gives, in timeline order."""
    import random

    rnd = random.Random(seed)
    names = {f"p{i}": n for i, n in enumerate(["Ilse Varga", "Tomas Berger", "Mara Lindqvist", "Olek Dunn"])}
    topics, kinds = ["Hafen", "Brücke", "Zoll", "Wald"], ["direct", "indirect", "reported", "partial"]
    words = ["Hafen", "Zoll", "bleibt", "offen", "Kelmar", "nein", "Brücke", "Geld"]
    exs = []
    for k in range(30):
        qs = [{"q": f"{k}-{j} " + " ".join(rnd.choices(words, k=4)), "by": rnd.choice([*names, None]),
               "date": rnd.choice([None, f"2031-0{rnd.randint(1, 3)}-{rnd.randint(10, 28)}"]),
               "kind": rnd.choice(kinds), "topics": rnd.sample(topics, rnd.randint(0, 2))} for j in range(10)]
        text = " ".join(f"„{q['q']}“." for q in qs)
        exs.append(make(text, qs, names, f"2031-0{rnd.randint(1, 3)}-0{rnd.randint(1, 9)}"))
    s = Store(tmp_path / "db.json")
    s.add_many(exs)
    everything = s.statements(Filter(include_rejected=True))
    for st in rnd.sample(everything, 25):
        s.mark_not_statement(st.id)
    everything = s.statements(Filter(include_rejected=True))
    published = {a.id: a.published for a in s.articles()}
    assert [(x.date or "~", published[x.article_id], x.quote[0][0]) for x in everything] == sorted(
        (x.date or "~", published[x.article_id], x.quote[0][0]) for x in everything)
    actor_of = {a.name: a.id for a, _ in s.actors()}
    ids = [*actor_of.values(), NO_ACTOR]

    def plain(f: Filter) -> list[str]:
        out = []
        for x in everything:
            name = s.actor(x.speaker).name if x.speaker else ""
            if ((f.actors and (x.speaker or NO_ACTOR) not in f.actors)
                    or (f.date_from and not (x.date and x.date >= f.date_from))
                    or (f.date_to and not (x.date and x.date <= f.date_to))
                    or (f.topics and not set(f.topics) & set(x.topics))
                    or (f.kinds and x.kind not in f.kinds)
                    or (f.text and f.text.strip().lower() not in f"{x.quote_text}\x1f{x.speaker_name}\x1f{name}".lower())
                    or (f.article and x.article_id != f.article)
                    or (not f.include_rejected and s.is_rejected(x.id))):
                continue
            out.append(x.id)
        return out

    for _ in range(300):
        f = Filter(
            actors=tuple(rnd.sample(ids, rnd.choice([0, 0, 1, 2]))),
            date_from=rnd.choice([None, None, "2031-02-01", "2031-02-15"]),
            date_to=rnd.choice([None, None, "2031-02-20", "2031-03-28"]),
            topics=tuple(rnd.sample(topics, rnd.choice([0, 0, 1, 2]))),
            kinds=tuple(rnd.sample(kinds, rnd.choice([0, 0, 1, 2]))),
            text=rnd.choice(["", "", "", "hafen", "bleibt offen", "VARGA", "3-", "n k", "afe", "lt of", "zoll"]),
            article=rnd.choice([None, None, None, exs[rnd.randrange(30)].article.id]),
            include_rejected=rnd.random() < 0.3)
        want = plain(f)
        assert [x.id for x in s.statements(f)] == want, f
        assert s.count(f) == len(want)
        assert [x.id for x in s.statements(f, offset=2, limit=3)] == want[2:5]


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_indexes_patched_after_corrections_match_a_fresh_load(tmp_path, seed):
    """Corrections patch the in-memory indexes instead of rebuilding them: after many random
    corrections and undos, every filter answers exactly as a freshly loaded store does."""
    import random

    rnd = random.Random(seed)
    names = {f"p{i}": n for i, n in enumerate(["Ilse Varga", "Tomas Berger", "Mara Lindqvist", "Olek Dunn"])}
    topics = ["Hafen", "Brücke", "Zoll"]
    exs = []
    for k in range(12):
        qs = [{"q": f"{k}-{j} Hafen Zoll {rnd.choice(['offen', 'zu'])}", "by": rnd.choice([*names, None]),
               "kind": rnd.choice(["direct", "indirect"]), "topics": rnd.sample(topics, rnd.randint(0, 2)),
               "date": f"2031-03-{10 + j:02d}"} for j in range(8)]
        exs.append(make(" ".join(f"„{q['q']}“." for q in qs), qs, names, f"2031-03-0{1 + k % 9}"))
    s = Store(tmp_path / "db.json")
    s.add_many(exs)
    filters = [Filter(), Filter(include_rejected=True), Filter(text="offen"), Filter(text="varga"),
               Filter(text="mara"), Filter(topics=("Zoll",)), Filter(kinds=("direct",)),
               Filter(actors=(NO_ACTOR,)), Filter(date_from="2031-03-12", date_to="2031-03-14", text="hafen")]
    for f in filters:  # build the indexes and the text blob
        s.count(f)
    cols = s._cols
    for step in range(60):
        ids = [x.id for x in s.statements(Filter(include_rejected=True))]
        actors = [a.id for a, _ in s.actors()]
        op = rnd.choice(["reject", "reassign", "stance", "kind", "topics", "rename", "merge", "undo", "undo"])
        sid = rnd.choice(ids)
        if op == "reject":
            s.mark_not_statement(sid, rejected=rnd.random() < 0.7)
        elif op == "reassign":
            s.reassign(sid, rnd.choice([*actors, None]))
        elif op == "stance":
            s.set_stance(sid, rnd.choice(topics + ["Wald"]), rnd.choice([-1, 0, 1]))
        elif op == "kind":
            s.edit_statement(sid, kind=rnd.choice(["direct", "partial"]))
        elif op == "topics":
            s.edit_statement(sid, topics=rnd.sample(topics, rnd.randint(0, 3)))
        elif op == "rename":
            s.rename_actor(rnd.choice(actors), rnd.choice(["Mara Ost", "Ilse Varga-Nord", "Olek"]))
        elif op == "merge" and len(actors) > 2:
            s.merge_actors(*rnd.sample(actors, 2))
        else:
            s.undo()
        assert s._cols is cols, op  # the column index was updated in place, not rebuilt
        fresh = Store(s.path)
        for f in filters:
            assert [x.id for x in s.statements(f)] == [x.id for x in fresh.statements(f)], (step, op, f)
        assert s.actors() == fresh.actors() and s.topics() == fresh.topics()
        assert s.article_counts() == fresh.article_counts()
        fresh.close()


def test_known_actor_learns_name_variants_but_not_references(tmp_path):
    s = Store(tmp_path / "db.json")
    s.add(A1)
    ex = make("„Wir bauen“, sagte die Ministerin Mara Lindqvist.", [{"q": "Wir bauen", "by": "m"}],
              {"m": "Mara Lindqvist"}, "2031-03-15")
    ex.actors[0].aliases = ["Ministerin Mara Lindqvist", "Lindqvist", "die Ministerin", "sie"]
    ex.actors[0].role = "Ministerin"
    s.add(ex)
    (mara,) = [a for a, _ in s.actors() if a.name == "Mara Lindqvist"]
    assert mara.aliases == ["Ministerin Mara Lindqvist", "Lindqvist"] and mara.role == "Ministerin"


def test_filter_accepts_lists_and_a_single_string(store):
    mara = actor_id(store, "Mara Lindqvist")
    f = Filter(actors=[mara], topics=["Brücke"], kinds="direct")
    assert f == Filter(actors=(mara,), topics=("Brücke",), kinds=("direct",))
    assert store.count(f) == 2


def test_text_with_another_filter_on_many_candidates(tmp_path):
    qs = [{"q": f"Satz {i} über den Hafen{' von Kelmar' if i % 7 == 0 else ''}", "by": "l",
           "kind": "direct" if i % 2 else "indirect"} for i in range(4600)]
    text = " ".join(f"„{q['q']}“." for q in qs)
    s = Store(tmp_path / "db.json")
    s.add(make(text, qs, {"l": "Ilse Varga"}))
    want = [q["q"] for q in qs if q["kind"] == "direct" and "kelmar" in q["q"].lower()]
    assert quotes(s.statements(Filter(kinds=("direct",), text="Kelmar"))) == want  # 2300 candidates
    assert s.count(Filter(kinds=("direct",), text="hafen von")) == len(want)


def test_a_statement_comes_back_with_every_field(tmp_path):
    text = "„Der Zoll fällt“, sagte sie laut Ilse Varga."
    ex = make(text, [{"q": "Der Zoll fällt", "by": "v", "topics": ["Zoll"], "stance": {"Zoll": -1}}],
              {"v": "Ilse Varga"})
    st = ex.statements[0]
    st.speaker_mention, st.cue = [(22, 25)], [(16, 21), (26, 30)]
    st.speaker_kind, st.date_precision, st.date_source = "person", "week", "in der Vorwoche"
    st.stance_evidence, st.confidence = {"Zoll": ["fällt"]}, 0.5
    s = Store(tmp_path / "db.json")
    (gid,) = s.add(ex).actor_ids
    back = Store(tmp_path / "db.json").statement(st.id)
    assert back.speaker == gid
    back.speaker = st.speaker
    assert back == st
