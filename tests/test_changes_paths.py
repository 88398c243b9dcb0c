"""The same articles give the same position changes by the batch path (extract, actors matched
across articles, extract.positions.find_changes: what bench/judgements.py scores) and by the
store path the dashboard (store.aggregates) and the exports (Store.changes) take. Invented
articles: tests/fixtures/reversals.py."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from fixtures.reversals import CABLE_CAR, PROJECT, RECALLS, RECALLS_EN
from extract.pipeline import extract_article
from extract.positions import find_changes
from store import Filter, Store, aggregates, db

ROOT = Path(__file__).resolve().parent.parent


def judgements():
    if "judgements" not in sys.modules:
        spec = importlib.util.spec_from_file_location("judgements", ROOT / "bench" / "judgements.py")
        sys.modules["judgements"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["judgements"])
    return sys.modules["judgements"]


def described(changes, statements):
    """The changes as comparable rows: who (as named in the statement), on what, both
    statements by id and quote, their dates, stances and deciding words."""
    return sorted((statements[c.after].speaker_name, c.target, c.topic, c.before, statements[c.before].quote_text,
                   c.after, statements[c.after].quote_text, c.before_date, c.after_date, c.before_stance,
                   c.after_stance, tuple(c.before_words), tuple(c.after_words)) for c in changes)


def test_batch_and_store_paths_give_the_same_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 2)  # an index snapshot early: most rows come from its documents
    articles = [(day, text, "de") for day, text in CABLE_CAR + RECALLS] + [(d, t, "en") for d, t in RECALLS_EN]
    extractions = [extract_article(text, lang=lang, published=day) for day, text, lang in articles]
    statements, _ = judgements().match_actors(extractions)
    batch = find_changes(statements)
    # the mayor's reversal, Sandmann's turn from February, Ember's recalled change, Holloway's
    # turn from the February position she had held ("who had opposed … in February")
    assert len(batch) == 4 and {c.target for c in batch} == {"Seilbahn", "Kreuzfahrtterminal", "Radschnellweg",
                                                             "cruise terminal"}
    turn = next(c for c in batch if c.target == "cruise terminal")
    assert (turn.before_date, turn.after_date, turn.before_words, turn.after_words) == \
        ("2031-02-01", "2031-05-20", ["opposed"], ["supports"])
    by_id = {s.id: s for s in statements}

    store = Store(tmp_path / "w.json")
    for ex in extractions:  # one add per article: later ones are rows changed since the snapshot
        store.add(ex)
    assert store._docs is not None
    stored = {s.id: s for s in store.statements(Filter())}
    dashboard = [c for group in aggregates.changes_by_actor(store, Filter()) for c in group]
    expected = described(batch, by_id)
    assert described(dashboard, stored) == expected
    assert described(store.changes(Filter()), stored) == expected  # what the JSON and GraphML exports list
    summary = aggregates.change_summary(store, Filter())
    assert described(summary.newest, stored) == expected and summary.total == len(expected)


def test_a_stance_set_by_hand_on_a_recall_is_what_both_paths_read(tmp_path):
    """Jonas Ember "hatte sich im Februar für den Radschnellweg ausgesprochen": a person who sets
    that stance to against removes his change from January (against) to February (for)."""
    store = Store(tmp_path / "w.json")
    store.add_many(extract_article(text, lang="de", published=day) for day, text in RECALLS)
    recall = next(s for s in store.statements() if s.recalled == ["Radschnellweg"])
    assert {c.target for c in store.changes()} == {"Radschnellweg", "Kreuzfahrtterminal"}
    store.set_stance(recall.id, "Radschnellweg", -1)
    assert {c.target for c in store.changes()} == {"Kreuzfahrtterminal"}
    assert [c.target for group in aggregates.changes_by_actor(store, Filter()) for c in group] == ["Kreuzfahrtterminal"]
    assert store.statement(recall.id).recalled_date == "2031-02-01"  # still held in February


def test_a_bare_project_target_is_resolved_alike_on_both_paths(tmp_path):
    """"das Projekt" is the thing its quote names (extract/positions/changes.py reads the quote
    text): the dashboard's statements rebuilt from stance entries read it from the document."""
    extractions = [extract_article(text, lang="de", published=day) for day, text in PROJECT]
    statements, _ = judgements().match_actors(extractions)
    batch = find_changes(statements)
    assert [(c.target, c.before_stance, c.after_stance) for c in batch] == [("Seilbahn", -1, 1)]
    store = Store(tmp_path / "w.json")
    for ex in extractions:
        store.add(ex)
    stored = {s.id: s for s in store.statements(Filter())}
    dashboard = [c for group in aggregates.changes_by_actor(store, Filter()) for c in group]
    assert described(dashboard, stored) == described(batch, {s.id: s for s in statements})


RENAMED = [  # one thing named otherwise in the later article (invented, fictional people and places)
    ("2031-02-03", "de", "Bürgermeisterin Gerlinde Maurach (SPD) lehnt den geplanten Kreisverkehr an der Mühlenstraße ab. "
                         "Der Platz reiche nicht, sagte Maurach am Dienstag."),
    ("2031-02-10", "de", "Kreisrat Volker Enzian (CDU) unterstützt das Hotelprojekt am Weiher, ein Ferienresort mit 300 Betten. "
                         "Das bringe Arbeitsplätze, sagte Enzian."),
    ("2031-06-16", "de", "Maurach befürwortet inzwischen den Kreisel an der Mühlenstraße. Die Unfälle hätten sie umgestimmt, "
                         "sagte die Bürgermeisterin."),
    ("2031-07-01", "de", "Enzian lehnt das Ferienresort am Weiher inzwischen ab. Der Wasserverbrauch sei zu hoch, sagte der Kreisrat."),
]


def test_a_thing_named_otherwise_later_is_one_change_on_every_path(tmp_path):
    extractions = [extract_article(text, lang=lang, published=day) for day, lang, text in RENAMED]
    statements, _ = judgements().match_actors(extractions)
    batch = find_changes(statements)
    by_id = {s.id: s for s in statements}
    assert sorted((c.target, c.topic, c.before_stance, c.after_stance) for c in batch) == [
        ("Ferienresort", "Hotelprojekt", 1, -1), ("Kreisel", "Kreisverkehr", -1, 1)]
    assert all(by_id[c.before].article_id != by_id[c.after].article_id for c in batch)
    store = Store(tmp_path / "w.json")
    for ex in extractions:
        store.add(ex)
    stored = {s.id: s for s in store.statements(Filter())}
    dashboard = [c for group in aggregates.changes_by_actor(store, Filter()) for c in group]
    expected = described(batch, by_id)
    assert described(dashboard, stored) == described(store.changes(Filter()), stored) == expected
    from store.export import export_json, network

    listed = export_json(store)["changes"]  # the JSON export: both statements of each linked change
    assert sorted((c["before"], c["after"]) for c in listed) == sorted((c.before, c.after) for c in batch)
    noted = [d["changes"] for *_, d in network(store).edges(data=True) if d.get("changes")]  # the GraphML edges
    assert all(any(c.before in n and c.after in n for n in noted) for c in batch)
