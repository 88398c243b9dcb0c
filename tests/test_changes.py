"""Position changes across articles (extract.positions.changes): which stances of one speaker
name the same thing, and when a later one reverses an earlier one. Texts are invented; people,
places and bodies are fictional."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.actors import match_actor
from extract.actors.across import speaker_of_mention
from extract.model import Actor, Statement
from extract.pipeline import extract_article
from extract.positions import find_changes, judge
from extract.positions.changes import class_noun_of, years_back
from extract.positions.turns import turned_on
from store import Filter, Store, aggregates
from test_stances_de_negation import stances


# Position changes across articles, round 7: a target named by its compound head, a hedge, a
# proper name before the head of an English target.
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


def test_quick_word_test_before_the_case_insensitive_alternations():
    from extract.positions.changes import condition_in
    from extract.positions.frames import literal_words, may_hold_words

    # a word of each phrase that every match holds: the longest, never a gap
    assert literal_words(["nur … wenn", "meinung … geändert", "flip ~ flop"]) == ("wenn", "geändert", "flip")
    assert literal_words(["~ ~"]) is None  # (a phrase of gaps alone: no quick test)
    assert may_hold_words("Die Stadträtin vollzog eine KEHRTWENDE beim Hallenbad.", ("kehrtwende",))
    assert not may_hold_words("Die Stadträtin bleibt beim Hallenbad bei ihrer Linie.", ("kehrtwende", "kurswechsel"))
    # a letter that re.IGNORECASE matches beside another ('ſ' for 's') leaves the decision to the pattern
    assert may_hold_words("Der Rat ſtimmt zu, ſofern der Kreis zahlt.", ("sofern",))
    # the results stay those of the patterns alone, in any case of letters
    assert condition_in("Der Ortsbeirat stimmt dem Wohnprojekt NUR UNTER DER BEDINGUNG zu, dass es Sozialwohnungen gibt.", "de") \
        == "nur unter der bedingung"
    assert condition_in("Der Ortsbeirat stimmt dem Wohnprojekt in Kellbach ohne jede Einschränkung zu.", "de") == ""
    assert turned_on("Einen KURSWECHSEL beim Nachtbus hat Fraktionschef Enno Pahl vollzogen.", "de")[0] == ["Nachtbus"]
    assert turned_on("Fraktionschef Enno Pahl bleibt beim Nachtbus bei seinem Kurs.", "de") == ([], [])


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
    # (reported under the name that says what it is, the topic the head both share: the later name says where)
    assert [(c.target, c.topic, c.before_stance, c.after_stance) for c in changes] == [("road toll", "toll", -1, 1)]
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


# Round 8: who a later article's role, pronoun or bare name is (and the wrong-person guard), and
# conditional positions, which change nothing.
KARGL = Actor("k1", "Hubert Kargl", kind="person", role="Landrat", affiliation="Oberfels")
TANN = Actor("k2", "Mona Tann", kind="person", role="Landrätin", affiliation="CSU")


def test_a_bare_role_goes_to_the_one_known_actor_only_where_the_article_agrees():
    # kept: the article names his district, or a target he spoke on
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat von Oberfels sagte …", 0) == "k1"
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat lehnt die Kreisklinik ab.", 0,
                              lambda aid: {"Kreisklinik"}) == "k1"
    # refused: nothing in the article agrees, or no article text at all
    assert speaker_of_mention("Der Landrat", [], [KARGL], "Der Landrat lehnt die Kreisklinik ab.", 0,
                              lambda aid: {"Windpark"}) is None
    assert speaker_of_mention("Der Landrat", [], [KARGL]) is None
    # a role named in the article itself needs no more
    assert speaker_of_mention("Der Landrat", [KARGL], [KARGL]) == "k1"


def test_a_role_with_a_place_needs_that_place():
    assert speaker_of_mention("Der Landrat des Landkreises Oberfels", [], [KARGL]) == "k1"
    assert speaker_of_mention("Der Landrat des Landkreises Unterau", [], [KARGL]) is None
    assert speaker_of_mention("Der Landrat des Nachbarkreises", [KARGL], [KARGL]) is None
    assert speaker_of_mention("Oberfelser Landrätin", [], [KARGL, TANN]) is None  # the CSU is no place of hers


def test_a_pronoun_after_a_known_surname_is_that_person_of_its_gender():
    text = "Im Streit um die Seilbahn lenkt Kargl ein. „Ich bin dafür“, sagte er."
    assert speaker_of_mention("er", [], [KARGL, TANN], text, text.index("er.")) == "k1"
    assert speaker_of_mention("sie", [], [KARGL, TANN], text, text.index("er.")) is None  # Hubert is no "sie"
    assert speaker_of_mention("er", [], [KARGL], "„Ich bin dafür“, sagte er.", 21) is None  # no surname before


def test_a_role_named_actor_matches_by_its_place_and_a_bare_company_name_by_its_name():
    hoppe = Actor("k3", "Christa Hoppe", kind="person", role="Oberbürgermeisterin", affiliation="Eulenberg")
    assert match_actor(Actor("x", "Eulenbergs Oberbürgermeisterin", kind="person"), [hoppe]) == "k3"
    assert match_actor(Actor("x", "Talheims Oberbürgermeisterin", kind="person"), [hoppe]) is None
    assert match_actor(Actor("x", "Oberbürgermeisterin", kind="person"), [hoppe]) is None  # nothing agrees
    firm = Actor("k4", "Fjordnet", kind="organisation")
    assert match_actor(Actor("x", "Fjordnet", kind="person"), [firm]) == "k4"
    assert match_actor(Actor("x", "Fjordnet Holm", kind="person"), [firm]) is None


def stored(tmp_path, days, lang):
    """A store (in tmp_path, never the user's) with the articles of ``days`` (date, text)."""
    store = Store(tmp_path / "w.json")
    for day, text in days:
        store.add(extract_article(text, lang=lang, published=day))
    return store




def test_a_conditional_position_is_no_change():
    j = judge("", "", "en", frame_text="She said she could accept the closure of the unit only if a new unit opened first.")
    assert any("only if" in ws for ws in j.evidence.values())
    before = said("s1", "a1", "2026-01-01", {"unit": 1}, {"unit": ["opposes", "closure"]})
    after = said("s2", "a2", "2026-03-01", {"unit": -1}, {"unit": ["accept", "closure", "only if"]})
    assert find_changes([before, after]) == []
    plain = said("s3", "a3", "2026-05-01", {"unit": -1}, {"unit": ["accept", "closure"]})
    assert [(c.before_stance, c.after_stance) for c in find_changes([before, after, plain])] == [(1, -1)]


def test_hedge_and_condition_words_are_those_of_the_statements_language():
    """An English place "… Falls" is no German "falls" (if), neither in the statement's sentence nor
    among its deciding words; a German "falls" still sets a condition, and so do "unless" and
    "sofern" each in its own language only; "offen" and "open" open a door in their own language."""
    from extract.positions.changes import condition_in, hedged

    text = "Gov. Lyle Brandvold said he supports the proposed copper mine near Granite Falls."
    assert condition_in(text, "en") == ""
    assert condition_in(text, "de") == "falls"  # (a German sentence's word, read as German)
    assert "falls" not in judge("", "", "en", frame_text=text).evidence["copper mine"]
    assert condition_in("Der Kreis trägt die Kosten, falls der Bund nicht zahlt.", "de") == "falls"
    assert condition_in("The council will back the mine unless the water board objects.", "en") == "unless"
    assert condition_in("The council will back the mine unless the water board objects.", "de") == ""
    assert condition_in("Die Gemeinde stimmt zu, sofern der Kreis zahlt.", "en") == ""
    assert not hedged(["supports", "Falls"], "en") and hedged(["zustimmen", "falls"], "de")
    assert hedged(["back", "unless"], "en") and not hedged(["back", "unless"], "de")
    assert hedged(["offen", "für"], "de") and not hedged(["offen"], "en") and hedged(["open", "to"], "en")
    assert hedged(["nicht", "ausschließen"], "de") and not hedged(["not", "ausschließen"], "en")
    assert hedged(["would", "not", "rule out"], "en") and hedged(["falls"], None)  # (language unknown: both)
    # in find_changes, each article's language: an English "Falls" among the deciding words keeps the change
    before = said("s1", "a1", "2026-03-05", {"copper mine": 1}, {"copper mine": ["supports", "falls"]})
    after = said("s2", "a2", "2026-09-17", {"copper mine": -1}, {"copper mine": ["against"]})
    assert find_changes([before, after]) == []  # (language unknown: "falls" may be German)
    changes = find_changes([before, after], langs={"a1": "en", "a2": "en"})
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]
    assert find_changes([before, after], langs={"a1": "de", "a2": "de"}) == []


def test_the_store_reads_a_later_pronoun_and_refuses_a_role_of_another_district(tmp_path):
    days = [("2031-01-10", "Landrat Egon Pfister (CSU) lehnt die geplante Windkraftanlage am Buchberg ab. "
                           "„Die Windkraftanlage zerstört den Wald“, sagte Pfister."),
            ("2031-03-10", "Der Landrat des Landkreises Talbrunn befürwortet die Windkraftanlage am Buchberg dagegen."),
            ("2031-05-10", "Im Streit um die Windkraftanlage am Buchberg lenkt Pfister ein. „Ich unterstütze die "
                           "Windkraftanlage jetzt“, sagte er am Montag.")]
    store = stored(tmp_path, days, "de")
    changes = store.changes(Filter())
    assert [(c.target, c.before_stance, c.after_stance, c.before_date[:7]) for c in changes] == [
        ("Windkraftanlage", -1, 1, "2031-01")]


def test_a_lone_surname_with_another_party_in_brackets_is_someone_else():
    pfister = Actor("k5", "Egon Pfister", kind="person", role="Landrat", affiliation="CSU")
    text = "Pfister (SPD) lehnt das ab."
    assert speaker_of_mention("Pfister", [], [pfister], text, 0) is None
    assert speaker_of_mention("Pfister", [], [pfister], "Pfister (CSU) lehnt das ab.", 0) == "k5"
    assert speaker_of_mention("Pfister", [], [pfister], "Pfister lehnt das ab.", 0) == "k5"


def test_a_role_noun_of_a_reference_or_an_abbreviated_title_names_the_role():
    harrow = Actor("k6", "Wendell Harrow", kind="person", role="Gov.", affiliation="Nevada")
    assert speaker_of_mention("The governor", [harrow], [harrow]) == "k6"
    chief = Actor("k7", "Anke Rissmann", kind="person", role="Ministerpräsidentin")
    assert speaker_of_mention("Die Regierungschefin", [chief], [chief]) == "k7"
    assert speaker_of_mention("Der Bürgermeister", [chief], [chief]) is None


def test_an_actor_named_by_a_generic_noun_is_the_known_one_the_article_agrees_with(tmp_path):
    """"the union" of a later article is the union of the first when the article names its matter;
    in an article on something else it is nobody known, and it never becomes a name of the union."""
    from extract.actors.across import actor_of_reference

    union = Actor("k8", "Harbour Workers' Union", kind="organisation")
    the_union = Actor("x", "Union", kind="organisation")
    on = lambda aid: {"automation"}  # noqa: E731
    assert actor_of_reference(the_union, [union], "the union now backs the automation of the terminal", on) == "k8"
    assert actor_of_reference(the_union, [union], "the union called a strike over pay", on) is None
    days = [("2031-01-28", "The Harbour Workers' Union opposed the automation of the container terminal, warning that "
                           "400 jobs were at risk."),
            ("2031-05-19", "After securing a jobs guarantee, the union now backs the automation of the container "
                           "terminal. It said the deal protected every current worker.")]
    store = stored(tmp_path, days, "en")
    assert [(c.target, c.before_stance, c.after_stance) for c in store.changes(Filter())] == [("automation", -1, 1)]
    assert [a.name for a, _ in store.actors()] == ["Harbour Workers' Union"]
    assert all("Union" not in a.aliases for a, _ in store.actors())


def test_a_role_read_as_a_body_is_the_person_of_that_role_where_the_article_agrees():
    from extract.actors.across import actor_of_reference

    landesrat = Actor("x", "Landesrat", kind="organisation")
    him = Actor("k9", "Gernot Prettenhofer", kind="person", role="Landesrat")
    on = lambda aid: {"Murkraftwerk"}  # noqa: E731
    assert actor_of_reference(landesrat, [him], "lehnt das Murkraftwerk ab, sagte der Landesrat", on) == "k9"
    assert actor_of_reference(landesrat, [him], "Die Musikschule bleibt, sagte der Landesrat", on) is None
    other = Actor("k10", "Ida Rainer", kind="person", role="Landesrätin")
    assert actor_of_reference(landesrat, [him, Actor("k11", "Max Ott", kind="person", role="Landesrat")],
                              "lehnt das Murkraftwerk ab", on) is None  # two of that role: nobody
    assert actor_of_reference(landesrat, [him, other], "lehnt das Murkraftwerk ab", on) == "k9"


# Round 8b: positions and changes after the first wave was merged.
def test_a_fronted_person_with_a_place_and_a_name_is_the_subject_not_a_fronted_object():
    # the title alone ("Kämmerer", "Richterin") names a person, as a role compound does
    assert stances("Der Kämmerer von Tannau, Karl von der Heide, hält das neue Hallenbad für nicht finanzierbar.",
                   "Karl von der Heide") == {"Hallenbad": -1}
    assert stances("Die Bürgermeisterin von Tannau, Anna Beispiel, hält die Seilbahn für überflüssig.") == {"Seilbahn": -1}
    # a fronted thing with its apposition still joins its clause
    assert stances("Die Stadtmaut, eine Abgabe für Pendler, lehne sie ab.", "Anna Beispiel") != {}




def changes(*statements):
    from extract.positions import find_changes

    return [(c.target or c.topic, c.before_stance, c.after_stance) for c in find_changes(list(statements))]


def test_a_compound_of_a_carrying_head_is_the_thing_itself():
    # "-verbindung", "-vorlage", "-entwurf", "-variante" (data/generic_heads.txt)
    for thing, compound in [("Nachtzug", "Nachtzugverbindung"), ("Schulgesetz", "Schulgesetzvorlage"),
                            ("Tunnel", "Tunnelvariante")]:
        found = changes(said("1", "a1", "2026-01-01", {thing: -1}, {thing: ["lehnt … ab"]}),
                        said("2", "a2", "2026-03-01", {compound: 1}, {compound: ["befürwortet"]}))
        assert [(b, a) for _, b, a in found] == [(-1, 1)], (thing, compound)
    # a different modifier is another thing
    assert changes(said("1", "a1", "2026-01-01", {"Nachtzug": -1}, {"Nachtzug": ["lehnt … ab"]}),
                   said("2", "a2", "2026-03-01", {"Busverbindung": 1}, {"Busverbindung": ["befürwortet"]})) == []


def test_against_extending_a_thing_is_not_against_the_thing_in_english_too():
    against_more = said("1", "a1", "2026-01-01", {"runway": -1}, {"runway": ["opposed", "extending"]})
    later_for = said("2", "a2", "2026-03-01", {"runway": 1}, {"runway": ["supports"]})
    assert changes(against_more, later_for) == []
    against = said("3", "a3", "2026-01-01", {"runway": -1}, {"runway": ["opposed"]})
    assert changes(against, later_for) == [("runway", -1, 1)]


def test_a_condition_opening_the_sentence_or_quote_makes_no_change_but_a_conceding_if_does():
    from extract.positions import judge

    assert judge("", "", "en", frame_text='"If the state pays, I will back the landfill," she said.').evidence == {"landfill": ["back", "if"]}
    assert "falls" in judge("", "", "de", frame_text="Falls die Gemeinden zustimmen, werde er die Seilbahn unterstützen, sagte er.").evidence["Seilbahn"]
    before = said("1", "a1", "2026-01-01", {"landfill": -1}, {"landfill": ["opposed"]})
    assert changes(before, said("2", "a2", "2026-03-01", {"landfill": 1}, {"landfill": ["back", "if"]})) == []
    conceding = judge("", "", "en", frame_text="Even if it costs more, I now support the landfill, she said.")
    assert changes(before, said("3", "a3", "2026-03-01", conceding.stance, conceding.evidence)) == [("landfill", -1, 1)]


# Round 9b: changes a reader accepts across articles that name the speaker or the thing otherwise
# (a class noun, a role with a surname or a place, a party aside, a turn told by the narrator).
UNGERER = Actor("u1", "Petra Ungerer", kind="person", role="Landrätin", affiliation="Freie Wähler")


def test_a_role_with_a_named_place_is_the_one_person_of_that_role_the_article_names():
    assert speaker_of_mention("Die Landrätin des Landkreises Almstein", [UNGERER], [UNGERER]) == "u1"
    assert speaker_of_mention("Die Landrätin des Landkreises Almstein", [], [UNGERER]) is None  # not named here
    assert speaker_of_mention("Die Landrätin des Nachbarkreises", [UNGERER], [UNGERER]) is None  # no place name


def test_a_class_noun_of_a_topic_is_the_speakers_one_thing_on_it():
    assert class_noun_of("Abgabe", {"Bettensteuer", "Abgabe", "Steuern"}) == "Bettensteuer"
    assert class_noun_of("Abgabe", {"Bettensteuer", "Hundesteuer", "Abgabe"}) is None  # two taxes: which?
    assert class_noun_of("Hundesteuer", {"Bettensteuer", "Hundesteuer"}) is None  # a compound names its own


def statement(sid: str, art: str, date: str, stance: dict[str, int]) -> Statement:
    return Statement(sid, art, [(0, 1)], "x", "reported", speaker="a1", date=date, stance=stance)


def test_a_later_class_noun_reverses_the_thing_and_the_change_is_named_for_it():
    found = find_changes([statement("s1", "a", "2026-01-01", {"Bettensteuer": -1, "Steuern": -1}),
                          statement("s2", "b", "2026-03-01", {"Abgabe": 1, "Steuern": 1})])
    assert [(c.target, c.before_stance, c.after_stance) for c in found] == [("Bettensteuer", -1, 1)]


def test_a_party_aside_after_the_name_does_not_hide_the_stance():
    j = judge("", "", "de", frame_text="Landrätin Petra Ungerer (Freie Wähler) hält eine Fusion der Sparkasse Almstein "
              "mit der Kreissparkasse Talheim für falsch.", speaker="Landrätin Petra Ungerer (Freie Wähler)")
    assert j.stance.get("Fusion") == -1


def test_role_and_surname_and_a_told_turn_are_statements_of_that_person():
    ex = extract_article("Landrat Osterkamp befürwortet den Windpark am Hohen Kamm.", lang="de")
    assert [s.stance.get("Windpark") for s in ex.statements] == [1]
    ex = extract_article("Vizebürgermeister Stadlmayr hat bei der Verbauung der Uferwiese eine Kehrtwende vollzogen.", lang="de")
    assert [s.reversed for s in ex.statements] == [["Verbauung"]]


def test_a_party_aside_after_an_apposed_name_and_a_surname_after_sich_name_the_speaker():
    ex = extract_article("Die Bürgermeisterin von Obertraun, Renate Oberhuber (SPÖ), ist gegen den Windpark.", lang="de")
    assert [(s.speaker_name, s.stance.get("Windpark")) for s in ex.statements] == [("Renate Oberhuber", -1)]
    ex = extract_article("Nach einer Bürgerversammlung stellt sich Oberhuber nun hinter das Windparkprojekt.", lang="de")
    assert [s.stance.get("Windparkprojekt") for s in ex.statements] == [1]


def test_a_turn_asked_about_is_no_turn():
    assert turned_on("Asked whether she had changed her mind on the harbour levy, Cllr Ada Penn said no.", "en") == ([], [])
    assert turned_on("Mr Rusk would not say if he had made a U-turn on the parking charge.", "en") == ([], [])
    # a turn said outright, also after a condition with "if" in another clause
    assert turned_on("Cllr Ada Penn has changed her mind on the harbour levy.", "en")[0] == ["harbour levy"]
    assert turned_on("If the grant comes, she said, she has changed her mind on the harbour levy.", "en")[0] == ["harbour levy"]


def test_a_turn_asked_about_in_a_whether_clause_is_no_turn():
    from extract.positions.turns import turned_on

    assert turned_on("Asked whether she had changed her mind on the quarry extension, Pellworth said no.", "en") == ([], [])
    assert turned_on("Auf die Frage, ob er seine Meinung zur Kurtaxe geändert habe, schwieg Imhasly.", "de") == ([], [])
    # the speaker's own turn after someone else's open question still counts
    things, _ = turned_on("Nobody knew if the board had changed its mind on the levy, but she has changed her mind on the harbour levy.", "en")
    assert things == ["harbour levy"]
    things, _ = turned_on("Pellworth said she had changed her mind on the quarry extension.", "en")
    assert things == ["quarry extension"]


def test_a_partial_turn_names_no_new_position():
    """"hat ihre Meinung … teilweise geändert": a turn without a position of its own is read as the
    opposite of the one before, but not where it turns only partly."""
    from extract.positions.changes import partial_turn

    def turn(sid: str, text: str) -> Statement:
        return Statement(id=sid, article_id="a2", quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                         date="2030-03-02", stance={}, stance_evidence={"Umgehungsstraße": ["Meinung … geändert"]},
                         reversed=["Umgehungsstraße"])
    before = said("s1", "a1", "2030-01-02", {"Umgehungsstraße": -1})
    whole = turn("s2", "Der Ortsvorsteher hat seine Meinung zur Umgehungsstraße geändert")
    assert [(c.before_stance, c.after_stance) for c in find_changes([before, whole])] == [(-1, 1)]
    part = turn("s3", "Der Ortsvorsteher hat seine Meinung zur Umgehungsstraße zum Teil geändert")
    assert find_changes([before, part]) == []
    assert partial_turn("She has partly changed her mind on the ring road")
    assert partial_turn("hat ihre Haltung in Teilen revidiert")
    assert not partial_turn("She changed her mind on the partial closure")  # a word inside a name: no qualifier


def test_a_topic_read_out_of_another_targets_phrase_is_that_things_not_the_earlier_ones():
    def said(sid, art, date, stance, evidence):
        return Statement(sid, art, [(0, 1)], "x", "reported", speaker="a1", date=date, stance=stance,
                         stance_evidence=evidence)

    # for the island ferry, later against the fare rise "for the ferry" (the topic came from the phrase): no change
    found = find_changes([said("s1", "a", "2026-01-01", {"island ferry": 1, "Hafen": 1},
                               {"island ferry": ["backed"], "Hafen": ["backed"]}),
                          said("s2", "b", "2026-05-01", {"fare rise": -1, "Hafen": -1},
                               {"fare rise": ["opposes"], "Hafen": ["opposes"]})])
    assert found == []
    # near miss: the topic with deciding words of its own, no target beside it: a change on the topic
    found = find_changes([said("s1", "a", "2026-01-01", {"island ferry": 1, "Hafen": 1},
                               {"island ferry": ["backed"], "Hafen": ["backed"]}),
                          said("s2", "b", "2026-05-01", {"Hafen": -1}, {"Hafen": ["opposes"]})])
    assert [(c.before_stance, c.after_stance) for c in found] == [(1, -1)]


# ---------------------------------------------------------------- round 15: positions on an act noun
def test_the_same_act_of_one_thing_changes_as_written():
    # "lehnt die Schließung der Musikschule ab", later "befürwortet die Schließung der Musikschule"
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Musikschule": 1, "Schließung": -1},
                                 {"Musikschule": ["lehnt … ab", "Schließung"], "Schließung": ["lehnt … ab", "Schließung"]},
                                 text="lehnt die Schließung der Musikschule ab"),
                            said("s2", "a2", "2030-05-02", {"Musikschule": -1, "Schließung": 1},
                                 {"Musikschule": ["befürwortet", "Schließung"], "Schließung": ["befürwortet", "Schließung"]},
                                 text="befürwortet die Schließung der Musikschule")])
    assert [(c.target, c.topic, c.before_stance, c.after_stance) for c in changes] == [("Schließung", "Musikschule", -1, 1)]


def test_a_bare_act_meets_the_act_of_the_one_thing_its_speaker_names():
    # "ist gegen den Verkauf" (the sentence before named the Bootshaus), later "befürwortet den Verkauf des Bootshauses"
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Verkauf": -1}, {"Verkauf": ["ist", "gegen"]}),
                            said("s2", "a2", "2030-05-02", {"Bootshaus": -1, "Verkauf": 1},
                                 {"Bootshaus": ["befürwortet", "Verkauf"], "Verkauf": ["befürwortet", "Verkauf"]},
                                 text="befürwortet den Verkauf des Bootshauses")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Verkauf", -1, 1)]


def test_a_bare_act_does_not_meet_acts_of_two_different_things():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Abriss": -1}, {"Abriss": ["ist", "gegen"]}),
                            said("s2", "a2", "2030-03-02", {"Stellwerk": -1, "Abriss": 1},
                                 {"Stellwerk": ["fordert", "Abriss"], "Abriss": ["fordert", "Abriss"]},
                                 text="fordert den Abriss des Stellwerks"),
                            said("s3", "a3", "2030-05-02", {"Wasserturm": -1, "Abriss": 1},
                                 {"Wasserturm": ["fordert", "Abriss"], "Abriss": ["fordert", "Abriss"]},
                                 text="fordert den Abriss des Wasserturms")])
    assert [c.target for c in changes] == []


def test_a_position_on_the_thing_itself_keeps_the_things_change():
    # "Die Musikschule muss bleiben" before: the change is the Musikschule's, told once
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Musikschule": 1, "Schließung": -1},
                                 {"Musikschule": ["lehnt … ab", "Schließung"], "Schließung": ["lehnt … ab", "Schließung"]},
                                 text="lehnt die Schließung der Musikschule ab"),
                            said("s2", "a1", "2030-01-02", {"Musikschule": 1}, {"Musikschule": ["muss", "bleiben"]}),
                            said("s3", "a2", "2030-05-02", {"Musikschule": -1, "Schließung": 1},
                                 {"Musikschule": ["befürwortet", "Schließung"], "Schließung": ["befürwortet", "Schließung"]},
                                 text="befürwortet die Schließung der Musikschule")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Musikschule", 1, -1)]


def _phrase_texts():
    """Texts built from the reversal and condition phrases in any case, with letters whose
    lower case is not plain ('ſ', 'ı', 'İ', 'Σ') or is ASCII (the Kelvin sign), 'ẞ', and soft hyphens."""
    from hypothesis import strategies as st

    from extract.positions.changes import lang_words
    from extract.positions.frames import reversal_lines

    lines = [*reversal_lines("de"), *reversal_lines("en"), *(w.lstrip("^") for w in lang_words("condition_words", None))]
    phrases = [line.replace("…", " der Rat ").replace("~", "klar") for line in lines]
    spelled = st.sampled_from(phrases).flatmap(lambda p: st.sampled_from(
        [p, p.upper(), p.title(), p.replace("s", "ſ"), p.replace("k", "\u212a"), p.replace("i", "ı"),
         p.upper().replace("I", "İ"), p.replace("ß", "ẞ"), p.replace("e", "e\xad"), p.replace(" ", "\n")]))
    return st.lists(st.one_of(spelled, st.sampled_from([" ", ". ", "Σ", "ς", "é", "Rat", "„", "\n"])),
                    max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(_phrase_texts())
def test_the_quick_word_test_passes_every_text_the_alternations_match(text):
    from extract.positions.changes import any_condition, condition_literals
    from extract.positions.frames import may_hold_words, reversal_words
    from extract.positions.turns import any_phrase

    for lang in ("de", "en"):
        assert may_hold_words(text, reversal_words(lang)) or not any_phrase(lang).search(text)
    low = " ".join(text.split())
    for lang in ("de", "en", None):
        assert may_hold_words(low, condition_literals(lang)) or not any_condition(lang).search(low)


_TRICKY = "sSſiIıİkK\u212aσςΣµμßẞéÉ \xad"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters()), max_size=12),
       st.lists(st.text(alphabet=st.sampled_from("sikσμßéa" + "ſıς"), min_size=1, max_size=3), min_size=1, max_size=3))
def test_the_quick_word_test_agrees_with_the_plain_case_insensitive_search(text, phrases):
    """may_hold_words says False only where no word has a case-insensitive match, and on a text of
    plain letters it says True exactly where one has: a wrong shortcut in its table of letters shows."""
    import re

    from extract.positions.frames import literal_words, may_hold_words, plain_letters

    words = literal_words(phrases)
    if words is None:
        return
    found = any(re.search(re.escape(w), text, re.IGNORECASE) for w in words)
    assert may_hold_words(text, words) or not found
    if plain_letters(text):
        assert may_hold_words(text, words) == found


def test_the_table_of_extra_cases_is_what_str_upper_and_str_lower_say():
    """frames.EXTRA_CASES is written out for speed; recomputed here from every code point, so a Python
    with another Unicode version shows the table is stale."""
    import sys
    from collections import defaultdict

    from extract.positions.frames import EXTRA_CASES

    lowers = defaultdict(set)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if len(low := ch.lower()) == 1:
            lowers[ch.upper()].add(low)
    assert EXTRA_CASES == {low for same in lowers.values() if len(same) > 1 for low in same}


# ---------------------------------------------------------------- round 19: one thing named two ways
# A bare act beside the speaker's one compound of it is that thing ("gegen das Verbot" after
# "Laubbläserverbot"), not an act on another thing; a facility is the process it is named by
# ("Biomüllvergärungsanlage" / "die Biomüllvergärung bei Talheim") only where the facility came
# first and the process is named as one thing; a topic decided by a target's words turns with it.


def test_a_bare_act_after_its_compound_is_that_thing_and_reported_once():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Laubbläserverbot": -1}, {"Laubbläserverbot": ["abgelehnt"]},
                                 text="hat ein Laubbläserverbot im Kurpark abgelehnt"),
                            said("s2", "a1", "2030-01-02", {"Verbot": -1}, {"Verbot": ["übertrieben"]},
                                 text="Ein solches Verbot sei übertrieben"),
                            said("s3", "a2", "2030-05-02", {"Verbot": 1}, {"Verbot": ["trete … ein", "für"]},
                                 text="Er trete nun für das Verbot ein")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Laubbläserverbot", -1, 1)]


def test_the_bare_act_of_a_compound_keeps_its_sign():
    # "gegen den Abbau insgesamt" beside "Torfabbau": against the digging itself, not for the peat
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Torfabbau": 1}, {"Torfabbau": ["steht", "hinter"]},
                                 text="steht hinter dem Torfabbau im Grauen Moor"),
                            said("s2", "a2", "2030-06-02", {"Abbau": -1}, {"Abbau": ["gestellt", "gegen"]},
                                 text="hat sich gegen eine Ausweitung des Torfabbaus und gegen den Abbau insgesamt gestellt")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Torfabbau", 1, -1)]


def test_a_bare_act_beside_two_compounds_names_neither():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Glasverbot": -1, "Grillverbot": -1}),
                            said("s2", "a2", "2030-05-02", {"Verbot": 1}, {"Verbot": ["für"]}, text="für das Verbot")])
    assert changes == []


def test_a_facility_is_the_process_it_is_named_by():
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Biomüllvergärungsanlage": 1},
                                 text="für die Biomüllvergärungsanlage bei Talheim"),
                            said("s2", "a2", "2030-07-02", {"Biomüllvergärung": -1},
                                 text="ist von der geplanten Biomüllvergärung bei Talheim abgerückt")])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]
    changes = find_changes([said("s1", "a1", "2030-01-02", {"evaporation plant": 1}, text="supports the evaporation plant at Reed Flats"),
                            said("s2", "a2", "2030-07-02", {"evaporation": -1}, text="now opposes evaporation at Reed Flats")])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]


def test_a_process_in_general_is_no_facility():
    # later in general ("an sich"), or first in general and the plant later: two matters
    assert find_changes([said("s1", "a1", "2030-01-02", {"Holzvergasungsanlage": -1}, text="lehnt die Holzvergasungsanlage in Brenn ab"),
                         said("s2", "a2", "2030-07-02", {"Holzvergasung": 1}, text="Holzvergasung sei an sich sinnvoll")]) == []
    assert find_changes([said("s1", "a1", "2030-01-02", {"Holzvergasung": 1}, text="für die Holzvergasung als Technik"),
                         said("s2", "a2", "2030-07-02", {"Holzvergasungsanlage": -1}, text="gegen die Holzvergasungsanlage in Brenn")]) == []
    # no process noun before the head: "Sonnenkraftanlage" is no "Sonnenkraft"
    assert find_changes([said("s1", "a1", "2030-01-02", {"Sonnenkraft": 1}, text="für die Sonnenkraft"),
                         said("s2", "a2", "2030-07-02", {"Sonnenkraftanlage": -1}, text="gegen die Sonnenkraftanlage am Hang")]) == []


def test_a_topic_decided_by_a_targets_words_turns_with_it_once():
    def union(sid, article, date, stance, words):
        return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text="", kind="indirect", speaker="u1",
                         date=date, stance=stance, stance_evidence={k: words for k in stance})
    changes = find_changes([union("s1", "a1", "2030-01-02", {"automation": -1, "Hafen": -1}, ["fight"]),
                            union("s2", "a2", "2030-04-02", {"automation": -1}, ["opposition", "to"]),
                            union("s3", "a3", "2030-09-02", {"automation": 1, "Hafen": 1}, ["supports"])])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("automation", -1, 1)]


def test_a_founding_is_about_what_it_founds():
    # "begrüßt die Gründung der Stiftungsaufsicht", later "fordert die Auflösung der Stiftungsaufsicht"
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, {"Gründung": ["begrüßt"]},
                                 text="Der Landesverband hat die Gründung der Stiftungsaufsicht begrüßt"),
                            said("s2", "a2", "2030-06-02", {"Stiftungsaufsicht": -1}, {"Stiftungsaufsicht": ["fordert", "Auflösung"]},
                                 text="Der Landesverband fordert die Auflösung der Stiftungsaufsicht")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Stiftungsaufsicht", 1, -1)]


def test_one_generic_noun_with_two_complements_names_two_matters():
    # the founding of a foundation, later of a special-purpose association: no thing to change on
    assert find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text="begrüßt die Gründung einer Bürgerstiftung"),
                         said("s2", "a2", "2030-06-02", {"Gründung": -1}, text="lehnt die Gründung eines Zweckverbands ab")]) == []
    # the same complement twice: the same matter, one reversal
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text="begrüßt die Gründung eines Zweckverbands"),
                            said("s2", "a2", "2030-06-02", {"Gründung": -1}, text="lehnt die Gründung des Zweckverbandes nun ab")])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]


def test_a_process_is_its_facility_only_planned_or_at_the_facilitys_place():
    # at the place the facility is named at, or planned: that plant
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Kompostierungsanlage": 1}, text="für die Kompostierungsanlage bei Ostrach"),
                            said("s2", "a2", "2030-07-02", {"Kompostierung": -1}, text="gegen die Kompostierung bei Ostrach")])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]
    changes = find_changes([said("s1", "a1", "2030-01-02", {"composting facility": 1}, text="backs the composting facility"),
                            said("s2", "a2", "2030-07-02", {"composting": -1}, text="now opposes the proposed composting")])
    assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)]
    # a bare article or another place: the practice, not the plant
    assert find_changes([said("s1", "a1", "2030-01-02", {"Kompostierungsanlage": 1}, text="für die Kompostierungsanlage bei Ostrach"),
                         said("s2", "a2", "2030-07-02", {"Kompostierung": -1}, text="gegen die Kompostierung in der Innenstadt")]) == []
    assert find_changes([said("s1", "a1", "2030-01-02", {"composting facility": 1}, text="backs the composting facility at Lark Hill"),
                         said("s2", "a2", "2030-07-02", {"composting": -1}, text="opposes the composting of food waste")]) == []


# a process restricted to a time after the place, a demonstrative with another place, an English "-ing"
# activity at the place: not the plant; planned, or at the place with nothing after it: that plant
PROCESS_OR_PLANT = [
    ("Belüftungsanlage", "für die Belüftungsanlage am Hallenbad", "Belüftung", "gegen die Belüftung am Hallenbad nach 21 Uhr", []),
    ("Holzvergasungsanlage", "gegen die Holzvergasungsanlage in Brenn", "Holzvergasung",
     "diese Holzvergasung in Finnland sei vorbildlich", []),
    ("washing facility", "backs the washing facility at Crane Wharf", "washing", "opposes washing at Crane Wharf at weekends", []),
    ("Entgasungsanlage", "für die Entgasungsanlage bei Lorch", "Entgasung", "gegen die geplante Entgasung", [(1, -1)]),
    ("filtration plant", "backs the filtration plant at Tern Cove", "filtration", "now opposes filtration at Tern Cove", [(1, -1)]),
    ("desalination plant", "backs the desalination plant at Gull Bay", "desalination", "now opposes desalination at Gull Bay", [(1, -1)]),
    # a process every plant does names no kind of plant: the firm's output at the place
    ("production plant", "backs the production plant at Hull", "production", "now opposes production at Hull", []),
    ("processing plant", "backs the processing plant at Dunmore", "processing", "opposes the proposed processing at Dunmore", []),
    ("Verarbeitungsanlage", "für die Verarbeitungsanlage bei Lorch", "Verarbeitung", "gegen die Verarbeitung bei Lorch", []),
    ("Müllverarbeitungsanlage", "für die Müllverarbeitungsanlage bei Lorch", "Müllverarbeitung", "gegen die geplante Müllverarbeitung", [(1, -1)]),
]


@pytest.mark.parametrize("plant, first, process, later, turns", PROCESS_OR_PLANT)
def test_a_process_restricted_elsewhere_or_an_activity_at_the_place_is_no_facility(plant, first, process, later, turns):
    before = 1 if first.startswith(("für", "backs")) else -1
    changes = find_changes([said("s1", "a1", "2030-01-02", {plant: before}, text=first),
                            said("s2", "a2", "2030-07-02", {process: -before}, text=later)])
    assert [(c.before_stance, c.after_stance) for c in changes] == turns

def test_a_founding_years_back_is_no_position_on_what_it_founded():
    # "feiert die Gründung der Gemeinde vor 700 Jahren", later "kritisiert die Gemeinde": no reversal
    assert find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text="feiert die Gründung der Gemeinde vor 700 Jahren"),
                         said("s2", "a2", "2030-07-02", {"Gemeinde": -1}, text="kritisiert die Gemeinde")]) == []


@pytest.mark.parametrize("founded", ["feiert die Gründung der Gemeinde vor zwei Jahrzehnten",
                                     "feiert die Gründung der Gemeinde vor mehr als zwanzig Jahren",
                                     "lobt die Gründung der Gemeinde vor einigen Jahren",
                                     "lobt die Gründung der Gemeinde vor einem Jahr",
                                     "feiert die Gründung der Gemeinde vor zwei Jahrhunderten"])
def test_years_back_in_words_are_a_past_event_too(founded):
    assert find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text=founded),
                         said("s2", "a2", "2030-07-02", {"Gemeinde": -1}, text="kritisiert die Gemeinde")]) == []


def test_years_back_are_read_in_english_words_too():
    assert all(re.search(years_back(), t) for t in ("two years ago", "a few years ago", "more than 150 years ago",
                                                      "three decades ago", "two centuries ago"))
    assert not any(re.search(years_back(), t) for t in ("two weeks ago", "in two years", "for two years", "vor zwei Wochen"))


def test_a_founding_without_years_back_is_about_what_it_founds():
    # "vor zwei Wochen", "in zwei Jahren": no span of years back
    for text in ("begrüßt die Gründung der Gemeinde in zwei Jahren", "begrüßt die Gründung der Gemeinde vor zwei Wochen"):
        changes = find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text=text),
                                said("s2", "a2", "2030-07-02", {"Gemeinde": -1}, text="kritisiert die Gemeinde")])
        assert [(c.before_stance, c.after_stance) for c in changes] == [(1, -1)], text


# "plan", "Vorschlag", "Projekt" are act nouns of the frames too: their positions are compared as acts
# first, and two complements of their own are two matters there as well; the same complement twice,
# or none, is one matter
GENERIC_ACTS = [
    ("plan", "backs the plan for a school", "opposes the plan for a car park", []),
    ("Vorschlag", "begrüßt den Vorschlag einer Bürgerstiftung", "lehnt den Vorschlag eines Zweckverbands ab", []),
    ("plan", "backs the plan for a school", "now opposes the plan for a school", [(1, -1)]),
    ("Projekt", "unterstützt das Projekt", "lehnt das Projekt nun ab", [(1, -1)]),
]


@pytest.mark.parametrize("key, first, later, turns", GENERIC_ACTS)
def test_a_generic_act_noun_with_two_complements_names_two_matters(key, first, later, turns):
    changes = find_changes([said("s1", "a1", "2030-01-02", {key: 1}, text=first),
                            said("s2", "a2", "2030-06-02", {key: -1}, text=later)])
    assert [(c.before_stance, c.after_stance) for c in changes] == turns


# a place preposition after a generic head names where the planned thing goes, not what the plan is
# for: "a housing plan near the airport" is no "airport plan"; a preposition of matter still links
# a generic head ("the housing plan for the airport"), and a place one a head that names a thing
PLACE_AFTER_HEAD = [
    ("housing plan", "backs a housing plan near the airport", "airport plan", "opposes the airport plan", []),
    ("cycling scheme", "backs a cycling scheme beside the station", "station scheme", "opposes the station scheme", []),
    ("housing plan", "backs the housing plan for the airport", "airport plan", "now opposes the airport plan", [(1, -1)]),
    ("parking garage", "backs a parking garage next to the old cannery", "cannery garage", "now opposes the cannery garage", [(1, -1)]),
    ("bus depot", "backs a bus depot behind the railway station", "station depot", "now opposes the station depot", [(1, -1)]),
]


@pytest.mark.parametrize("first_key, first, later_key, later, turns", PLACE_AFTER_HEAD)
def test_a_place_after_a_head_links_a_thing_but_no_generic_head(first_key, first, later_key, later, turns):
    changes = find_changes([said("s1", "a1", "2030-01-02", {first_key: 1}, text=first),
                            said("s2", "a2", "2030-06-02", {later_key: -1}, text=later)])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [(first_key, *t) for t in turns]


@pytest.mark.parametrize("years", ["vor zwei Jahrzehnten", "vor 20 Jahren", "vor einigen Jahren erst"])
def test_years_back_inside_the_things_noun_phrase_date_the_thing_not_the_act(years):
    # "die Schließung des vor zwei Jahrzehnten gegründeten Werks": the act is on the Werk, not a bare
    # act that a later "Schließung der Bibliothek" reverses
    assert find_changes([said("s1", "a1", "2030-01-02", {"Schließung": -1, "Werk": 1}, text=f"lehnt die Schließung des {years} gegründeten Werks ab"),
                         said("s2", "a2", "2030-06-02", {"Schließung": 1, "Bibliothek": -1}, text="unterstützt die Schließung der Bibliothek")]) == []
    changes = find_changes([said("s1", "a1", "2030-01-02", {"Schließung": -1, "Werk": 1}, text=f"lehnt die Schließung des {years} gegründeten Werks ab"),
                            said("s2", "a2", "2030-06-02", {"Schließung": 1, "Werk": -1}, text="unterstützt nun die Schließung des Werks")])
    assert [(c.target, c.before_stance, c.after_stance) for c in changes] == [("Schließung", -1, 1)]
    # after the act's own complement the years still date the act: "feiert die Gründung der Gemeinde vor zwei Jahrzehnten mit einem Fest"
    assert find_changes([said("s1", "a1", "2030-01-02", {"Gründung": 1}, text="feiert die Gründung der Gemeinde vor zwei Jahrzehnten mit einem Fest"),
                         said("s2", "a2", "2030-07-02", {"Gemeinde": -1}, text="kritisiert die Gemeinde")]) == []
