"""The store's index of known actors by role (store/roles.py) and the per-add cache of the targets
an actor spoke on (store/db.py _SpokeOn): same answers as testing every role with role_fits, kept
up to date within an add. All names, places and quotes are invented."""
from __future__ import annotations

import pytest

from extract.actors.across import role_fits
from extract.model import Actor, Article, Extraction, Statement, article_id, statement_id
from store import Filter, Store
from store.actors import KnownActors
from store.roles import RoleIndex

ROLES = ["Landrat", "Landrätin", "Innenminister", "Landesinnenministerin", "Sprecher des Kreises", "Gov.",
         "Sen.", "Oberbürgermeisterin", "Bürgermeister", "Ministerpräsidentin", "Parteichef", "sheriff",
         "Deputy Sheriff", "Kanzlerin", "Vizekanzler", "Ehrenlandrat", "Hafenmeister", "Pressesprecherin", "  ",
         "Vizebürgermeisterin", "Deputy Gov.", "Bürgermeisterin"]
WORDS = ["landrat", "landrätin", "minister", "innenminister", "kreises", "governor", "gov", "senator",
         "bürgermeister", "oberbürgermeisterin", "regierungschefin", "chef", "sheriff", "kanzlerin", "kanzler",
         "meister", "sprecherin", "pressesprecherin", "regierungssprecher", "niemand", "bürgermeisterin",
         "vizebürgermeisterin", "vizekanzler", "deputy sheriff"]


def test_the_index_finds_exactly_the_roles_role_fits_accepts():
    index = RoleIndex()
    for i, role in enumerate(ROLES):
        index.set(f"a{i}", role)
    fits = [f"a{i}" for i, r in enumerate(ROLES) if r.strip()]
    for w in WORDS:
        assert index.fitting([w]) == [a for a in fits if role_fits(ROLES[int(a[1:])], w)], w
    assert index.fitting(["landrat", "kanzler"]) == [a for a in fits if role_fits(ROLES[int(a[1:])], "landrat")
                                                     or role_fits(ROLES[int(a[1:])], "kanzler")]
    assert index.fitting(["governor"]) == ["a5"] and index.fitting(["landrat"]) == ["a0"]  # (no "Ehrenlandrat")
    assert index.fitting(["bürgermeisterin"]) == ["a7", "a21"] and index.fitting(["vizebürgermeisterin"]) == ["a19"]
    assert index.fitting(["sheriff"]) == ["a11"] and index.fitting(["kanzler"]) == []  # (no deputy, no "Vizekanzler")


def test_a_changed_role_is_found_under_the_new_one_only_and_a_shared_role_keeps_its_other_holders():
    index = RoleIndex()
    index.set("a1", "Landrat")
    index.set("a2", "Landrat")
    index.set("a1", "Hafenmeister")
    assert index.fitting(["landrat"]) == ["a2"]
    assert index.fitting(["meister"]) == ["a1"]
    index.set("a2", None)
    assert index.fitting(["landrat"]) == [] and index.role == {"a1": "hafenmeister"}
    index.set("a3", "Sen.")
    index.set("a3", "Senatorin")
    assert index.fitting(["senator"]) == [] and index.fitting(["senatorin"]) == ["a3"]


def test_a_role_given_by_create_or_enrich_during_an_add_is_in_the_index_built_before():
    known = KnownActors({"a1": {"id": "a1", "name": "Eva Roth", "aliases": [], "kind": "person"},
                         "a2": {"id": "a2", "name": "Jonas Kettler", "aliases": [], "kind": "person",
                                "role": "Hafenmeister"}})
    index = known._role_index()
    assert index.fitting(["landrätin"]) == [] and index.fitting(["hafenmeister"]) == ["a2"]
    known.enrich("a1", Actor("c1", "Eva Roth", kind="person", role="Landrätin"))
    new = known.create(Actor("c2", "Ulrich Fesenmeyer", kind="person", role="Landrat"))
    assert known._role_index() is index  # (kept up to date, not rebuilt)
    assert index.fitting(["landrätin"]) == ["a1"] and index.fitting(["landrat"]) == [new]
    known.enrich("a2", Actor("c3", "Jonas Kettler", kind="person", role="Landrat"))  # a role once given stays
    assert index.fitting(["landrat"]) == [new]


def _said(text: str, speaker: Actor | None, stance: dict[str, int], published: str) -> Extraction:
    """One statement: a quote, then who said it, by name (``speaker``) or as "die Landrätin"."""
    aid = article_id(text)
    b, e = 1, text.index("“")
    mention = [] if speaker else [(text.index("die Landrätin"), text.index("die Landrätin") + 13)]
    st = Statement(statement_id(aid, [(b, e)]), aid, [(b, e)], text[b:e], "statement",
                   speaker=speaker.id if speaker else None, speaker_name=speaker.name if speaker else "",
                   speaker_mention=mention, stance=stance, topics=list(stance))
    return Extraction(Article(aid, text, published=published), [st], [speaker] if speaker else [])


def test_a_role_mention_guard_sees_targets_added_earlier_in_the_same_add(tmp_path):
    """The guard's targets are cached per add, but a statement added since counts."""
    roth = Actor("l0", "Eva Roth", kind="person", role="Landrätin")
    batch = [_said("„Der Hafen bleibt“, sagte Eva Roth.", roth, {"Hafen": 1}, "2031-04-01"),
             _said("„Die Geburtsstation schließt nicht“, sagte die Landrätin.", None, {"Geburtsstation": 1}, "2031-04-02"),
             _said("„Die Geburtsstation bleibt“, sagte Eva Roth.", roth, {"Geburtsstation": 1}, "2031-04-03"),
             _said("„Für die Geburtsstation kämpfen wir“, sagte die Landrätin.", None, {"Geburtsstation": 1},
                   "2031-04-04")]
    store = Store(tmp_path / "w.json")
    store.add_many(batch)
    by_day = {s.article_id: s.speaker for s in store.statements(Filter())}
    eva = next(a.id for a, _ in store.actors() if a.name == "Eva Roth")
    # before Eva Roth spoke on the Geburtsstation nothing in the article agrees; after, it does
    assert [by_day[ex.article.id] for ex in batch] == [eva, None, eva, eva]
    store.close()


def test_an_actor_merged_away_is_no_longer_found_by_a_role_mention(tmp_path):
    store = Store(tmp_path / "w.json")
    for name, day in (("Eva Roth", "2031-04-01"), ("Eva Rothe", "2031-04-02")):
        store.add(_said(f"„Der Hafen bleibt“, sagte {name}.", Actor("l0", name, kind="person", role="Landrätin"),
                        {"Hafen": 1}, day))
    mention = _said("„Am Hafen wird gebaut“, sagte die Landrätin.", None, {"Hafen": 1}, "2031-04-05")
    two = {a.name: a.id for a, _ in store.actors()}
    assert len(two) == 2
    store.add(mention)
    again = _said("„Am Hafen wird weiter gebaut“, sagte die Landrätin.", None, {"Hafen": 1}, "2031-04-06")
    store.merge_actors(two["Eva Roth"], two["Eva Rothe"])
    store.add(again)
    said = {s.article_id: s.speaker for s in store.statements(Filter())}
    assert said[mention.article.id] is None  # two Landrätinnen: nobody
    assert said[again.article.id] == two["Eva Roth"]  # the one left
    store.close()


@pytest.mark.parametrize("snapshots", [False, True])
def test_the_guard_reads_stored_targets_alike_from_day_files_and_from_the_index_snapshot(tmp_path, monkeypatch, snapshots):
    """With an index snapshot at every commit, stored statements' targets come from the snapshot's
    stances (store/aggregates.stated_targets); without, from the day files: same speakers. A
    position the speaker only recalled ("hatte sich … ausgesprochen") is no target of its own."""
    import store.db

    if snapshots:
        monkeypatch.setattr(store.db, "_SNAPSHOT_PARTS", 0)
    read_rows: list[list[int]] = []
    stated = store.aggregates.stated_targets
    monkeypatch.setattr(store.aggregates, "stated_targets",
                        lambda docs, rows: read_rows.append(rows) or stated(docs, rows))
    roth = Actor("l0", "Eva Roth", kind="person", role="Landrätin")
    first = _said("„Die Geburtsstation bleibt“, sagte Eva Roth.", roth, {"Geburtsstation": 1}, "2031-04-01")
    first.statements[0].recalled_stance = {"Fähre": -1}
    mentions = [_said(f"„{what}“, sagte die Landrätin.", None, {}, day) for what, day in (
        ("Die Geburtsstation ist gesichert", "2031-04-02"),  # another day: a partition the add does not hold
        ("Für die Geburtsstation ist gesorgt", "2031-04-01"),  # the same day as the stored statement
        ("Die Fähre fährt wieder", "2031-04-03"))]  # only a recalled position: nothing agrees
    db = Store(tmp_path / "w.json")
    db.add(first)
    assert (db._docs is not None) == snapshots
    for ex in mentions:
        db.add(ex)
    said = {s.article_id: s.speaker for s in db.statements(Filter())}
    eva = said[first.article.id]
    assert [said[ex.article.id] for ex in mentions] == [eva, eva, None]
    assert bool(read_rows) == snapshots  # (with a snapshot, the stored targets come from it)
    db.close()


def test_a_role_read_as_a_body_finds_the_stored_person_of_that_role_by_the_index():
    """KnownActors.by_reference: the candidates of a role noun come from the role index (no name
    token is shared with "Landesrat"), and the article must agree (spoke_on)."""
    from extract.actors import match_actor

    known = KnownActors({"k9": {"id": "k9", "name": "Gernot Prettenhofer", "aliases": [], "kind": "person",
                                "role": "Landesrat"}}, lambda aid: {"Murkraftwerk"})
    landesrat = Actor("x", "Landesrat", kind="organisation")
    assert known.match(landesrat, match_actor, "Das Murkraftwerk lehnt er ab, sagte der Landesrat.") == "k9"
    assert known.match(landesrat, match_actor, "Die Musikschule bleibt, sagte der Landesrat.") is None


def test_the_guard_reads_a_statement_the_transaction_holds_with_its_speaker_now(tmp_path):
    """Store._spoke_on: a stored statement the transaction gave to another speaker is no longer a
    target of the one before (it is read once, as the transaction has it)."""
    db = Store(tmp_path / "w.json")
    db.add(_said("„Der Hafen bleibt“, sagte Eva Roth.", Actor("l0", "Eva Roth", kind="person", role="Landrätin"),
                 {"Hafen": 1}, "2031-04-01"))
    eva = next(a.id for a, _ in db.actors())
    with db._modify() as txn:
        assert db._spoke_on(txn, eva) == {"Hafen"}
        (sid, doc), = txn.part(next(iter(db._cols.parts.code)))["statements"].items()
        txn.put_statement(dict(doc, speaker="a-someone-else"), sid)
        assert db._spoke_on(txn, eva) == set()
        txn.touched = False  # (nothing written)
    db.close()


def test_a_compound_role_noun_of_a_later_article_finds_the_stored_person_of_its_body(tmp_path):
    """"Die Fischereiobfrau" shares no name token with Greta Wendling and her role "Obfrau" does not
    end in it: the role index offers the holders of its head, across.body_role decides (her body is
    the "Fischereiverband Seetal"), and her reversal on the power plant is found in the store."""
    from extract.pipeline import extract_article

    days = [("2031-02-10", "Die Obfrau des Fischereiverbands Seetal, Greta Wendling, ist gegen das Wasserkraftwerk "
                           "am Mühlbach. „Die Forellen verlieren ihre Laichplätze“, sagte Wendling."),
            ("2031-06-10", "Die Fischereiobfrau spricht sich nun für das Wasserkraftwerk am Mühlbach aus. Der "
                           "Betreiber baue eine Fischtreppe, hieß es.")]
    db = Store(tmp_path / "w.json")
    db.add_many(extract_article(text, lang="de", published=day) for day, text in days)
    assert [(c.target, c.before_stance, c.after_stance) for c in db.changes(Filter())] == [("Wasserkraftwerk", -1, 1)]
    index = RoleIndex()
    index.set("k1", "Obfrau", "Fischereiverband Seetal")
    index.set("k2", "Vorsitzende", "Imkerverein Talau")
    index.set("k3", "Obfrau", "")  # (no body: no compound names her)
    assert index.fitting(["fischereiobfrau"]) == ["k1"] and index.fitting(["imkervereinschefin"]) == ["k2"]
    assert index.fitting(["schützenvereinschefin"]) == [] and index.fitting(["obfrau"]) == ["k1", "k3"]
    index.set("k1", "Obfrau", "Anglerbund Seetal")  # another body now: the old one no longer finds her
    assert index.fitting(["fischereiobfrau"]) == [] and index.fitting(["anglerbundobfrau"]) == ["k1"]
    db.close()


ROPEWAY = ("2031-06-10", "Die Bürgermeisterin spricht sich nun für die Seilbahn auf den Talberg aus. Der Betreiber "
                         "pflanze neue Bäume, hieß es.")


@pytest.mark.parametrize("first, second, changed", [
    # only her deputy is known: "die Bürgermeisterin" is nobody stored, so no reversal of the deputy's
    ("Die Vizebürgermeisterin von Talheim, Ulrike Brandl, ist gegen die Seilbahn auf den Talberg. „Die Seilbahn "
     "zerstört den Bergwald“, sagte Brandl.", ROPEWAY[1], []),
    # the mayor and her deputy in one article: the mayor is the one "die Bürgermeisterin" names
    ("Die Bürgermeisterin von Talheim, Helga Ortner, ist gegen die Seilbahn auf den Talberg. „Die Seilbahn "
     "zerstört den Bergwald“, sagte Ortner. Vizebürgermeisterin Ulrike Brandl ist dagegen für die Seilbahn.",
     ROPEWAY[1], [("Helga Ortner", "Seilbahn", -1, 1)]),
    # near-miss: the deputy's own word names her
    ("Die Vizebürgermeisterin von Talheim, Ulrike Brandl, ist gegen die Seilbahn auf den Talberg. „Die Seilbahn "
     "zerstört den Bergwald“, sagte Brandl.", ROPEWAY[1].replace("Die Bürgermeisterin", "Die Vizebürgermeisterin"),
     [("Ulrike Brandl", "Seilbahn", -1, 1)]),
    ("Harrow's deputy mayor, Ruth Penhallow, opposes the cable car to Tor Hill. \"The cable car would wreck the "
     "woods,\" Penhallow said.", "The mayor now supports the cable car to Tor Hill. The operator will plant new "
     "trees, officials said.", []),
], ids=["deputy-only", "mayor-and-deputy", "deputy-named-as-deputy", "en-deputy-only"])
def test_a_bare_role_in_a_later_article_is_not_the_stored_deputy_of_that_office(tmp_path, first, second, changed):
    """across.role_fits and the store's role index: a role noun without the prefix of another office
    ("Bürgermeisterin", "mayor") does not name a stored "Vizebürgermeisterin" / "deputy mayor"."""
    from extract.pipeline import extract_article

    lang = "en" if first.startswith("Harrow") else "de"
    db = Store(tmp_path / "w.json")
    db.add_many(extract_article(text, lang=lang, published=day) for day, text in (("2031-02-10", first),
                                                                                 (ROPEWAY[0], second)))
    names = {a.id: a.name for a, _ in db.actors()}
    assert [(names.get(c.actor), c.target, c.before_stance, c.after_stance) for c in db.changes(Filter())] == changed
    db.close()
