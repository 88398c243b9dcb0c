"""Position changes across articles, round 7: a target named by its compound head, a hedge, a
proper name before the head of an English target."""
from extract.model import Statement
from extract.positions import find_changes


def said(sid: str, article: str, date: str, stance: dict[str, int], words: dict[str, list[str]] | None = None,
         text: str = "") -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence=words or {k: ["lehnt … ab"] for k in stance})


def test_the_compound_named_by_its_head_later_is_one_thing():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Wohnhochhaus": 1}),
                            said("s2", "a2", "2030-03-02", {"Hochhaus": -1})])
    assert [(c.before_stance, c.after_stance, c.target) for c in changes] == [(1, -1, "Wohnhochhaus")]


def test_two_compounds_of_one_head_leave_the_bare_head_unmatched():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Kohlekraftwerk": -1, "Gaskraftwerk": 1}),
                            said("s2", "a2", "2030-03-02", {"Kraftwerk": 1})])
    assert changes == []


def test_a_shared_modifier_is_no_same_thing():
    assert find_changes([said("s1", "a1", "2030-01-02", {"Hundesteuer": 1}),
                         said("s2", "a2", "2030-03-02", {"Hundeverbot": -1})]) == []


def test_a_negated_exclusion_only_leaves_the_thing_open():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Videoüberwachung": -1}),
                            said("s2", "a2", "2030-03-02", {"Videoüberwachung": 1},
                                 {"Videoüberwachung": ["ausschließen", "nicht"]})])
    assert changes == []


def test_a_proper_name_before_the_head_is_left_out_of_the_topic():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"kessel gas field": 1}, text="the Kessel gas field"),
                            said("s2", "a2", "2030-03-02", {"kessel gas field": -1}, text="a new study")])
    assert [(c.target, c.topic) for c in changes] == [("kessel gas field", "gas field")]


# ---------------------------------------------------------------- turns ("Kehrtwende bei X")
from extract.pipeline import extract_article  # noqa: E402
from extract.positions.turns import turned_on  # noqa: E402
from store import Filter, Store, aggregates  # noqa: E402

TURNS = [("2031-02-04", "de", "Gemeinderätin Hanne Rupprecht (SPD) lehnt den Windpark auf dem Schönberg ab. "
                              "„Der Windpark verschandelt die Landschaft“, sagte Rupprecht."),
         ("2031-05-13", "de", "„Ich habe meine Meinung zum Windpark geändert“, sagte Gemeinderätin Hanne Rupprecht "
                              "am Dienstag."),
         ("2031-02-11", "en", "Finance Minister Oskar Thrane said on Wednesday he opposes the sugar tax."),
         ("2031-04-29", "en", "Finance Minister Oskar Thrane has changed his mind on the sugar tax, citing new "
                              "figures on child obesity.")]


def test_turn_words_name_the_thing_and_not_someone_elses_turn():
    assert turned_on("Kurswechsel beim Freibad: Bürgermeisterin Vogelsang will das Bad erhalten.", "de")[0] == ["Freibad"]
    assert turned_on("Sie hat ihre Meinung zur Gemeindefusion am Montag geändert.", "de")[0] == ["Gemeindefusion"]
    assert turned_on("Quenby reversed course on the stadium subsidies on Wednesday.", "en")[0] == ["stadium subsidy"]
    assert turned_on("Sie kritisierte die Kehrtwende des Bürgermeisters bei der Seilbahn.", "de") == ([], [])
    assert turned_on("Pruitt criticized the mayor's U-turn on the bus lanes.", "en") == ([], [])
    assert turned_on("Pruitt slammed the sudden U-turn on the bus lanes.", "en") == ([], [])
    assert turned_on("In a U-turn on the bus lanes, Pruitt said she would back them.", "en")[0] == ["bus lane"]
    assert turned_on("Das war eine Kehrtwende.", "de") == ([], [])


def test_a_turn_is_the_opposite_of_before_on_the_batch_and_the_store_path(tmp_path, monkeypatch):
    from store import db
    from test_changes_paths import described, judgements

    monkeypatch.setattr(db, "_SNAPSHOT_PARTS", 2)  # a snapshot early: its kept stance entries carry the turns too
    extractions = [extract_article(text, lang=lang, published=day) for day, lang, text in TURNS]
    statements, _ = judgements().match_actors(extractions)
    batch = find_changes(statements)
    assert sorted((c.target, c.before_stance, c.after_stance) for c in batch) == [
        ("Windpark", -1, 1), ("sugar tax", -1, 1)]
    store = Store(tmp_path / "w.json")
    for ex in extractions:
        store.add(ex)
    assert store._docs is not None
    by_id, stored = {s.id: s for s in statements}, {s.id: s for s in store.statements(Filter())}
    dashboard = [c for group in aggregates.changes_by_actor(store, Filter()) for c in group]
    assert described(dashboard, stored) == described(batch, by_id) == described(store.changes(Filter()), stored)
    positions, _ = aggregates.positions(store, Filter())  # a turn is no stance of its own in the grid
    assert all(n > 0 for n in positions.values())


def test_a_role_mention_that_named_nobody_is_read_across_articles(tmp_path):
    """"Der Landrat spricht sich nun für … aus" in an article that names him only as "Fesenmeyer":
    his, on the batch path and in the store; a second Landrat known makes the bare role ambiguous."""
    from extract.actors.across import speaker_of_mention
    from extract.model import Actor

    ulrich = Actor("k1", "Ulrich Fesenmeyer", kind="person", role="Landrat")
    here = Actor("k1", "Ulrich Fesenmeyer", kind="person", role="Landrat")
    assert speaker_of_mention("Der Landrat", [here], [ulrich]) == "k1"
    assert speaker_of_mention("Der Landrat", [], [ulrich, Actor("k2", "Eva Roth", kind="person", role="Landrat")]) is None
    assert speaker_of_mention("Fesenmeyer", [], [ulrich]) == "k1"
    assert speaker_of_mention("Der Landrat des Nachbarkreises", [], [ulrich]) is None

    days = [("2031-01-10", "Landrat Ulrich Fesenmeyer lehnt die Schließung der Geburtsstation ab. „Die Geburtsstation "
                           "muss bleiben“, sagte Fesenmeyer."),
            ("2031-03-10", "Der Landrat spricht sich nun für die Schließung der Geburtsstation aus. „Ohne Hebammen "
                           "geht es nicht“, sagte Fesenmeyer am Donnerstag.")]
    store = Store(tmp_path / "w.json")
    for day, text in days:
        store.add(extract_article(text, lang="de", published=day))
    assert [(c.target, c.before_stance, c.after_stance) for c in store.changes(Filter())] == [("Geburtsstation", 1, -1)]


def test_a_role_learnt_or_created_during_one_add_is_found_by_a_later_role_mention():
    """The store's role index of one add follows create and enrich (once built, not rebuilt)."""
    from extract.model import Actor
    from store.actors import KnownActors

    known = KnownActors({"a1": {"id": "a1", "name": "Eva Roth", "aliases": [], "kind": "person"}})
    st = Statement("s1", "x", [(18, 30)], "…", "statement", speaker_mention=[(0, 11)])  # "Der Landrat"
    she = Statement("s2", "x", [(20, 32)], "…", "statement", speaker_mention=[(0, 13)])  # "Die Landrätin"
    assert known.by_mention(she, "Die Landrätin sagte in Talheim, dass es geht.", {}) is None  # (the index is built here)
    known.enrich("a1", Actor("c1", "Eva Roth", kind="person", role="Landrätin", affiliation="Talheim"))
    assert known.by_mention(she, "Die Landrätin sagte in Talheim, dass es geht.", {}) == "a1"
    aid = known.create(Actor("c2", "Ulrich Fesenmeyer", kind="person", role="Landrat", affiliation="Oberfels"))
    assert known.by_mention(st, "Der Landrat sagte in Oberfels, dass es geht.", {}) == aid
    # (the article must agree: a role mention in an article of another place is nobody's, see test_changes_r8)
    assert known.by_mention(st, "Der Landrat sagte in Almstein, dass es geht.", {}) is None


def test_a_thing_named_after_the_head_is_the_compound_of_it_but_a_shared_head_alone_is_not():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"road toll": -1}, text="road tolls on the new bridge"),
                            said("s2", "a2", "2030-03-02", {"bridge toll": 1}, text="a bridge toll")])
    assert [(c.target, c.topic, c.before_stance, c.after_stance) for c in changes] == [("bridge toll", "toll", -1, 1)]
    assert find_changes([said("s1", "a1", "2030-01-02", {"dog tax": 1}, text="a tax on dogs"),
                         said("s2", "a2", "2030-03-02", {"second-home tax": -1}, text="the second-home tax")]) == []


def test_an_opening_is_a_hedge_but_its_negation_is_a_position():
    before = said("s1", "a1", "2030-01-02", {"Seilbahn": -1})
    assert find_changes([before, said("s2", "a2", "2030-03-02", {"Seilbahn": 1}, {"Seilbahn": ["offen", "für"]})]) == []
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Seilbahn": 1}),
                            said("s2", "a2", "2030-03-02", {"Seilbahn": -1}, {"Seilbahn": ["nicht", "offen", "für"]})])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]


def test_a_role_noun_subject_of_a_stance_verb_is_a_later_article_statement_of_the_known_person():
    """"Die Ministerin lehnt die Stadtbahn nun ab" (a person's rejection is words; "Der Stadtrat
    lehnte den Antrag ab" is an assembly's vote): her reversal, read across articles."""
    from test_changes_paths import judgements

    days = [("2031-01-09", "Verkehrsministerin Lore Hambrecht hat sich für eine Stadtbahn nach Ostheim ausgesprochen."),
            ("2031-03-12", "MARKSTETT (dpa) - Die Ministerin lehnt die Stadtbahn nach Ostheim nun ab.")]
    statements, _ = judgements().match_actors([extract_article(t, lang="de", published=d) for d, t in days])
    assert [(c.target, c.before_stance, c.after_stance) for c in find_changes(statements)] == [("Stadtbahn", 1, -1)]
    assert extract_article("Der Stadtrat lehnte den Antrag ab.", lang="de").statements == []


def test_an_act_compound_that_brings_its_thing_is_the_thing_but_an_expansion_is_not():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Rathaus": 1, "Rathausneubau": 1}),
                            said("s2", "a2", "2030-03-02", {"Rathaus": -1, "Rathausneubau": -1})])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Rathaus", 1, -1)]
    assert find_changes([said("s1", "a1", "2030-01-02", {"Flughafen": 1}),
                         said("s2", "a2", "2030-03-02", {"Flughafenausbau": -1})]) == []
