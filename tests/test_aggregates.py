"""store/aggregates.py: the Positions and Changes answers from the column index and the
statements that carry a stance must equal those computed from every Statement (invented data)."""
from __future__ import annotations

import random

import orjson
import pytest

from extract.model import Actor, Article, Extraction, Statement
from extract.positions import find_changes
from fixtures.old_snapshots import without_languages
from fixtures.reversals import hedge_articles
from store import Filter, Store, aggregates, db

NAMES = ["Anna Beispiel", "Karl von der Heide", "Mira Valdor", "Jonas Ember"]
TOPICS = ["Hafen", "Sanktionen", "Energie"]


def fill(path, n_articles=30, seed=3):
    rnd = random.Random(seed)
    actors = [Actor(f"a{i}", name, [], "person") for i, name in enumerate(NAMES)]
    store = Store(path)
    for a in range(n_articles):
        day = f"2031-{a % 4 + 1:02d}-{a % 20 + 1:02d}"
        art = Article(id=f"art{a:03d}", text=f"Artikel {a} aus Valdoria", published=day)
        sts = []
        for i in range(6):
            topics = rnd.sample(TOPICS, rnd.randint(0, 2))
            stance = {t: rnd.choice([-1, 0, 1]) for t in topics if rnd.random() < 0.6}
            if rnd.random() < 0.2:
                stance["Seilbahn"] = rnd.choice([-1, 1])  # a target that is not a topic
            sts.append(Statement(id=f"s{a:03d}{i}", article_id=art.id, quote=[(i * 10, i * 10 + 5)],
                                 quote_text=f"Satz {i}", kind="direct", speaker=f"a{rnd.randrange(4)}",
                                 date=None if a == 7 else day, topics=topics, stance=stance,
                                 stance_evidence={k: rnd.choice([["lehnt … ab"], ["fordert", "dringend"], []])
                                                  for k in stance},
                                 recalled=["Hafen"] if rnd.random() < 0.1 else [], **recall(rnd, a)))
        store.add(Extraction(art, sts, actors))
    return store


def recall(rnd, a):
    """Sometimes a recalled earlier position ("hatte sich im Januar gegen die Seilbahn
    ausgesprochen"), with the time it recalls or without one (a statement from before
    recalled_stance existed has neither)."""
    if rnd.random() > 0.25:
        return {}
    return {"recalled_stance": {"Seilbahn": rnd.choice([-1, 1])},
            "recalled_date": rnd.choice([None, f"2031-{a % 4 + 1:02d}-01", "2030-12-01"])}


def reference(store, filt):
    counts, latest = {}, {}
    for s in store.statements(filt):
        if not s.speaker:
            continue
        for topic in s.topics:
            key = (s.speaker, topic)
            counts[key] = counts.get(key, 0) + 1
            value = s.stance.get(topic, 0)
            if value or key not in latest:
                latest[key] = value
    return counts, latest, find_changes(store.statements(filt))


def as_rows(changes):
    return sorted((c.actor, c.topic, c.target, c.before, c.after, c.before_stance, c.after_stance,
                   c.before_words, c.after_words) for c in changes)


FILTERS = [Filter(), Filter(topics=("Hafen",)), Filter(date_from="2031-02-01", date_to="2031-03-31"),
           Filter(actors=("",))]


@pytest.mark.parametrize("snapshot", [True, False])
def test_positions_and_changes_equal_those_from_every_statement(tmp_path, monkeypatch, snapshot):
    if snapshot:  # an index snapshot early, so most rows are read from its document file
        monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 3)
        monkeypatch.setattr(db, "_SNAPSHOT_ROWS", 20)
    store = fill(tmp_path / "w.json")
    assert (store._docs is not None) == snapshot
    some = store.statements(Filter(), 40, 1)[0]
    store.set_stance(some.id, "Energie", -1)  # a row changed since the snapshot
    store.mark_not_statement(store.statements(Filter(), 50, 1)[0].id)
    for filt in FILTERS:
        counts, latest, changes = reference(store, filt)
        assert aggregates.positions(store, filt) == (counts, latest)
        found = [c for group in aggregates.changes_by_actor(store, filt) for c in group]
        assert as_rows(found) == as_rows(changes)
    every = find_changes(store.statements())
    assert any(c.target == "Seilbahn" for c in every)
    # the rebuilt statements carry what the batch rule reads: recalls at their time, and the words
    assert any(c.after_date == "2030-12-01" for c in every) and any(c.before_words and c.after_words for c in every)


def test_cancelled_changes_stop(tmp_path):
    store = fill(tmp_path / "w.json")
    assert list(aggregates.changes_by_actor(store, Filter(), cancelled=lambda: True)) == []


def test_change_summary_is_shared_until_the_data_changes(tmp_path):
    store = fill(tmp_path / "w.json")
    changes = find_changes(store.statements())
    summary = aggregates.change_summary(store, Filter(), limit=5)
    assert summary.total == len(changes) and len(summary.newest) == 5
    dates = [aggregates.newest_first(c) for c in summary.newest]
    assert dates == sorted(dates, reverse=True) and dates[0] == max(map(aggregates.newest_first, changes))
    assert summary.changed == {(c.actor, k) for c in changes for k in (c.target or c.topic, c.topic)}
    assert aggregates.change_summary(store, Filter(), limit=5) is summary
    store.set_stance(changes[0].after, changes[0].target, changes[0].before_stance)  # no change there now
    again = aggregates.change_summary(store, Filter(), limit=5)
    assert again is not summary and again.total == len(find_changes(store.statements()))


def test_stances_are_kept_with_each_snapshot_and_read_back_without_scanning_documents(tmp_path, monkeypatch):
    import zipfile

    import numpy as np

    from store.parts import _npz_writer
    from store.storage import atomic_write

    monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 3)
    monkeypatch.setattr(db, "_SNAPSHOT_ROWS", 20)
    path = tmp_path / "w.json"
    store = fill(path, n_articles=40)  # several snapshots, each keeping most rows of the one before
    some = store.statements(Filter(), 40, 1)[0]
    store.set_stance(some.id, "Energie", -some.stance.get("Energie", 1) or 1)
    fill(path, n_articles=60, seed=4)  # more articles (and snapshots) after the correction
    index = next(path.with_name("w.json.parts").glob("index.*"))

    def check():
        reopened = Store(path)
        assert reopened._docs is not None and (reopened._cols.snaprow >= 0).mean() > 0.5
        for filt in FILTERS:
            counts, latest, changes = reference(reopened, filt)
            assert aggregates.positions(reopened, filt) == (counts, latest)
            found = [c for group in aggregates.changes_by_actor(reopened, filt) for c in group]
            assert as_rows(found) == as_rows(changes)

    with monkeypatch.context() as m:
        m.setattr(aggregates, "_stance_documents", lambda docs: pytest.fail("documents scanned"))
        check()
    with zipfile.ZipFile(index) as zf:  # an index snapshot as earlier versions wrote it
        arrays = {n[:-4]: np.load(zf.open(n)) for n in zf.namelist() if not n.startswith("stance_")}
    atomic_write(index, _npz_writer(arrays))
    scanned = []
    with monkeypatch.context() as m:
        m.setattr(aggregates, "_stance_documents", lambda docs, scan=aggregates._stance_documents:
                  scanned.append(1) or scan(docs))
        check()  # its documents scanned
    assert scanned
    fill(path, n_articles=70, seed=5)
    with zipfile.ZipFile(next(path.with_name("w.json.parts").glob("index.*"))) as zf:
        assert "stance_row.npy" in zf.namelist()  # the next snapshot keeps them again
    with monkeypatch.context() as m:
        m.setattr(aggregates, "_stance_documents", lambda docs: pytest.fail("documents scanned"))
        check()


def unowned(changes):
    """as_rows without the actor (the store gives actors ids of its own)."""
    return [r[1:] for r in as_rows(changes)]


@pytest.mark.parametrize("snapshot", [True, False])
def test_the_store_reads_hedge_words_in_each_articles_language_as_the_batch_path(tmp_path, monkeypatch, snapshot):
    """An English "Falls" (a place) leaves the dam's reversal standing, a German "falls" makes the
    bypass's later position conditional (no change): in Store.changes, in the Changes view's
    aggregates (also from an index snapshot, reopened) and in the single-file store, as in
    find_changes given each article's language."""
    from store.legacy import SingleFileStore

    if snapshot:
        monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 1)
        monkeypatch.setattr(db, "_SNAPSHOT_ROWS", 1)
    exs = hedge_articles()
    batch = find_changes([s for ex in exs for s in ex.statements], langs={ex.article.id: ex.article.lang for ex in exs})
    assert [(c.target, c.before_stance, c.after_stance) for c in batch] == [("dam", 1, -1)]
    store = Store(tmp_path / "w.json")
    store.add_many(exs)
    if snapshot:
        store.close()
        store = Store(tmp_path / "w.json")
        assert store._docs is not None
    assert store.article_langs() == {"en1": "en", "en2": "en", "de1": "de", "de2": "de"}
    assert unowned(store.changes(Filter())) == unowned(batch)
    assert unowned(c for group in aggregates.changes_by_actor(store, Filter()) for c in group) == unowned(batch)
    assert aggregates.change_summary(store, Filter()).total == 1
    legacy = SingleFileStore(tmp_path / "old.json")
    legacy.add_many(hedge_articles())
    assert unowned(legacy.changes(Filter())) == unowned(batch)


def _registry_of(index):
    import zipfile

    import numpy as np
    import orjson

    with zipfile.ZipFile(index) as zf:
        return orjson.loads(np.load(zf.open("meta.npy")).tobytes())["registry"]


def test_an_index_snapshot_written_before_languages_were_kept_reads_as_a_fresh_store(tmp_path, monkeypatch):
    """An index snapshot of the older code (seven-field registry) loads; the languages of its
    articles are read once from their day files when first asked (no rebuild), so the English
    "Harrow Falls" is no German "falls" and the changes equal a freshly built store's. The next
    write reads no day file for them (its cost follows what it changes); a question about some
    articles reads their day files only, and the next snapshot a write makes keeps what was read."""
    fresh = Store(tmp_path / "fresh" / "w.json")
    fresh.add_many(hedge_articles())
    path = tmp_path / "old" / "w.json"
    with monkeypatch.context() as m:
        m.setattr(db, "_SNAPSHOT_PARTS", 1)
        m.setattr(db, "_SNAPSHOT_ROWS", 1)
        Store(path).add_many(hedge_articles())
    index = next(path.with_name("w.json.parts").glob("index.*"))
    without_languages(index)
    assert {len(r) for r in _registry_of(index).values()} == {7}
    store = Store(path)
    assert store._docs is not None and {len(r) for r in store._registry.values()} == {7}  # the snapshot is used
    assert store.article_langs() == fresh.article_langs() == {"en1": "en", "en2": "en", "de1": "de", "de2": "de"}
    assert unowned(store.changes(Filter())) == unowned(fresh.changes(Filter()))
    assert [(c.target, c.before_stance, c.after_stance) for c in store.changes(Filter())] == [("dam", 1, -1)]
    assert unowned(c for group in aggregates.changes_by_actor(Store(path), Filter()) for c in group) == \
        unowned(fresh.changes(Filter()))
    without_languages(index)
    store = Store(path)
    read = []
    real = db.read_json  # (the day files; the main file's backup is read too, to keep its files)
    monkeypatch.setattr(db, "read_json", lambda p: (p.parent != path.parent and read.append(p.name[:10])) or real(p))
    store.add_many([Extraction(Article(id="de3", text="Quandt bleibt dabei.", published="2031-06-01",
                                   lang="de"), [], [])])  # the next write: no day file read for languages
    assert read == [] and next(path.with_name("w.json.parts").glob("index.*")) == index  # nor a snapshot
    assert store.article_langs(["en1", "de3"]) == {"en1": "en", "de3": "de"}
    assert read == [store._registry["en1"][0]]  # the day file of the article asked about, no other
    with monkeypatch.context() as m:  # a write that makes a snapshot keeps the languages known
        m.setattr(db, "_SNAPSHOT_PARTS", 1)
        store.add_many([Extraction(Article(id="de4", text="Quandt bleibt.", published="2031-06-02", lang="de"),
                                   [], [])])
    rows = _registry_of(next(path.with_name("w.json.parts").glob("index.*")))
    assert {aid for aid, r in rows.items() if len(r) == 8} == {"en1", "de3", "de4"}
    assert Store(path).article_langs() == {**fresh.article_langs(), "de3": "de", "de4": "de"}


class _CountedRegistry(dict):
    """An article registry that counts the scans of all its rows (Store._fill_langs reads them by values())."""
    scans = 0

    def values(self):
        type(self).scans += 1
        return super().values()


def test_the_languages_of_an_older_snapshot_are_filled_once_not_at_every_write(tmp_path, monkeypatch):
    """The registry is scanned for rows without a language once per opened store: an older
    snapshot's rows get theirs at the first article_langs, and neither later writes (each of which
    may write a snapshot) nor later article_langs scan every article again; a store opened from a
    new snapshot never scans for them. The languages are those of a fresh store throughout."""
    fresh = Store(tmp_path / "fresh" / "w.json")
    fresh.add_many(hedge_articles())
    path = tmp_path / "old" / "w.json"
    monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 1)
    monkeypatch.setattr(db, "_SNAPSHOT_ROWS", 1)
    Store(path).add_many(hedge_articles())
    without_languages(next(path.with_name("w.json.parts").glob("index.*")))
    store = Store(path)
    assert {len(r) for r in store._registry.values()} == {7}
    store._registry = _CountedRegistry(store._registry)
    assert store.article_langs() == fresh.article_langs()
    assert _CountedRegistry.scans == 1  # the one fill
    for n, day in enumerate(("2031-06-01", "2031-06-02", "2031-06-03")):
        store.add(Extraction(Article(id=f"de{n + 3}", text=f"Quandt bleibt dabei, Nummer {n}.", published=day,
                                     lang="de"), [], []))
        assert store.article_langs() == {**fresh.article_langs(), **{f"de{k + 3}": "de" for k in range(n + 1)}}
    assert _CountedRegistry.scans == 1
    _CountedRegistry.scans = 0
    again = Store(path)  # the snapshot of the last write: every row has its language
    assert again._docs is not None and {len(r) for r in again._registry.values()} == {8}
    again._registry = _CountedRegistry(again._registry)
    again.add(Extraction(Article(id="en9", text="Pask stays on.", published="2031-07-01", lang="en"), [], []))
    assert again.article_langs()["en9"] == "en" and _CountedRegistry.scans == 0


@pytest.mark.parametrize("bad", [["de"], 7, "fr"])
def test_a_language_that_is_no_known_code_reads_both_languages_and_is_told_once(tmp_path, bad):
    """A stored language that is not "de" or "en" (a list, a number, another language) does not
    crash the Changes answers: the article reads hedge words of both languages (the English
    "Harrow Falls" then hedges the dam's reversal away), a StoreWarning names the file and the
    article once, and the file is left as it was. In both layouts."""
    import warnings

    from store.common import StoreWarning
    from store.legacy import SingleFileStore
    from store.parts import read_json, write_json

    path = tmp_path / "w.json"
    Store(path).add_many(hedge_articles())
    store = Store(path)
    day = path.with_name("w.json.parts") / store._main["meta"]["layout"]["files"][store._registry["en1"][0]]
    data = read_json(day)
    data["articles"]["en1"]["lang"] = bad
    write_json(day, data)
    store = Store(path)
    with pytest.warns(StoreWarning, match=r"en1.*both languages"):
        assert store.changes(Filter()) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.article_langs() == {"en2": "en", "de1": "de", "de2": "de"}  # told once
    assert read_json(day)["articles"]["en1"]["lang"] == bad  # nothing lost

    legacy_path = tmp_path / "old.json"
    SingleFileStore(legacy_path).add_many(hedge_articles())
    raw = orjson.loads(legacy_path.read_bytes())
    raw["articles"]["en1"]["lang"] = bad
    legacy_path.write_bytes(orjson.dumps(raw))
    legacy = SingleFileStore(legacy_path)
    with pytest.warns(StoreWarning, match=r"en1.*both languages"):
        assert legacy.changes(Filter()) == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert legacy.article_langs() == {"en2": "en", "de1": "de", "de2": "de"}
    assert orjson.loads(legacy_path.read_bytes())["articles"]["en1"]["lang"] == bad


def _older_snapshot_then_cut(tmp_path, monkeypatch):
    """A store opened on an index snapshot of the older format (no languages) of hedge_articles;
    then the day file of article de1 is cut to 30 bytes: (store, day, its file, the whole bytes)."""
    path = tmp_path / "w.json"
    with monkeypatch.context() as m:
        m.setattr(db, "_SNAPSHOT_PARTS", 1)
        m.setattr(db, "_SNAPSHOT_ROWS", 1)
        Store(path).add_many(hedge_articles())
    without_languages(next(path.with_name("w.json.parts").glob("index.*")))
    store = Store(path)
    day = store._registry["de1"][0]
    damaged = path.with_name("w.json.parts") / store._main["meta"]["layout"]["files"][day]
    raw = damaged.read_bytes()
    damaged.write_bytes(raw[:30])
    return store, day, damaged, raw


def test_an_older_snapshot_with_a_damaged_day_file_still_shows_the_changes_and_the_day_is_left_out_after(
        tmp_path, monkeypatch):
    """An older index snapshot (no languages) claims a day file that was cut off since: the Changes
    view (article_langs of every article) no longer fails on it. The day's languages stay unknown
    (both languages' words), told once as a StoreWarning naming the file; the day is then damaged
    (no new snapshot claims it, so the next open leaves it out); restored, every language is back."""
    from store.common import StoreWarning

    store, day, damaged, raw = _older_snapshot_then_cut(tmp_path, monkeypatch)
    path, fname = store.path, damaged.name
    with pytest.warns(StoreWarning, match=rf"{fname} is damaged.*languages of its articles are unknown"):
        assert [(c.target, c.before_stance, c.after_stance) for c in store.changes(Filter())] == [("dam", 1, -1)]
    assert store.article_langs() == {"en1": "en", "en2": "en", "de2": "de"} and store.damaged.keys() == {day}
    with monkeypatch.context() as m:  # a write that makes a snapshot: the damaged day is not in it
        m.setattr(db, "_SNAPSHOT_PARTS", 1)
        store.add_many([Extraction(Article(id="de3", text="Quandt bleibt.", published="2031-06-01", lang="de"), [], [])])
    assert day not in store._index_files and damaged.read_bytes() == raw[:30]
    store.close()
    with pytest.warns(StoreWarning, match="left out"):
        assert "de1" not in {a.id for a in Store(path).articles()}
    damaged.write_bytes(raw)
    assert Store(path).article_langs() == {"en1": "en", "en2": "en", "de1": "de", "de2": "de", "de3": "de"}


def test_a_damaged_day_file_is_read_once_not_at_every_question_about_languages(tmp_path, monkeypatch):
    """article_langs (every Changes view, every export) asked the day files of an older snapshot
    for their articles' languages; a damaged one was read and unpacked again at every call. Now it
    is read once while it stays as it is (a stat tells), and read again once it was replaced."""
    from store.common import StoreWarning

    store, _, damaged, raw = _older_snapshot_then_cut(tmp_path, monkeypatch)
    unpacked: list[str] = []  # the reads of that day file
    real = db.read_json
    monkeypatch.setattr(db, "read_json", lambda p: (p == damaged and unpacked.append(
        "whole" if p.stat().st_size == len(raw) else "damaged")) or real(p))
    with pytest.warns(StoreWarning, match="is damaged"):
        first = store.article_langs()
    for _ in range(3):
        assert store.article_langs() == first
    assert unpacked == ["damaged"]
    damaged.write_bytes(raw)  # repaired (a new size and time): read again, the language is back
    assert store.article_langs()["de1"] == "de" and unpacked == ["damaged", "whole"]
    # ... and the day is no longer left out: a merge (refused while a day is) goes through
    assert not store.damaged and not store.damaged_said
    (keep, _), (other, _) = store.actors()[:2]
    store.merge_actors(keep.id, other.id)
