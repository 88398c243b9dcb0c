"""Round 34 (r34-changes): identity across articles. A class noun of data/class_nouns.tsv in a later
article ("lehne die Gebühr ab") is the speaker's one earlier thing of that class ("Citymaut"), as the
stance readers already read it inside one article; a role noun of data/roles_<lang>.tsv before a
surname ("Rathauschef X") is the office it says more plainly ("Bürgermeister X" of an earlier
article). Invented texts, fictional people."""
from extract.actors import match_actor
from extract.actors.across import _roles_match, office_words_for
from extract.model import Actor, Statement
from extract.positions import find_changes
from extract.positions.changes import class_noun_of


def said(sid: str, article: str, date: str, stance: dict[str, int], text: str) -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence={k: ["lehnt … ab"] for k in stance})


def turns(*statements: Statement, lang: str = "de") -> list[tuple[str, int, int]]:
    langs = {s.article_id: lang for s in statements}
    return [(c.target, c.before_stance, c.after_stance) for c in find_changes(list(statements), langs=langs)]


def test_a_class_noun_of_the_table_is_the_speakers_one_thing_of_that_class():
    assert class_noun_of("Gebühr", {"Citymaut", "Gebühr"}) == "Citymaut"
    assert class_noun_of("levy", {"windfall tax", "levy"}) == "windfall tax"
    assert class_noun_of("Gebühr", {"Citymaut", "Kurtaxe", "Gebühr"}) is None  # two things of the class: which?
    assert class_noun_of("Gebühr", {"Windpark", "Gebühr"}) is None  # no thing of its class
    assert class_noun_of("Windpark", {"Citymaut"}) is None  # no class noun


def test_the_class_noun_in_a_later_article_turns_the_thing_held_before():
    before = said("s1", "a1", "2030-02-03", {"Citymaut": 1}, "fordert eine Citymaut")
    after = said("s2", "a2", "2030-09-15", {"Gebühr": -1}, "Er lehne die Gebühr mittlerweile ab")
    assert turns(before, after) == [("Citymaut", 1, -1)]


def test_the_class_noun_of_another_thing_of_its_class_makes_no_change_on_a_thing_of_another_class():
    before = said("s1", "a1", "2030-02-03", {"Windpark": 1}, "unterstützt den Windpark")
    after = said("s2", "a2", "2030-09-15", {"Gebühr": -1}, "Er lehne die Gebühr ab")
    assert turns(before, after) == []


def test_a_role_noun_that_says_an_office_more_plainly_matches_that_office():
    assert "bürgermeister" in office_words_for("rathauschef")
    assert _roles_match("Bürgermeister", "Rathauschef") and _roles_match("Rathauschef", "Bürgermeister")
    assert not _roles_match("Landrat", "Rathauschef")
    assert office_words_for("landrat") == frozenset()


def test_the_rathauschef_of_a_later_article_is_the_mayor_of_an_earlier_one():
    mayor = Actor("a1", "Alois Grünwaldner", kind="person", role="Bürgermeister")
    later = Actor("a2", "Grünwaldner", kind="person", role="Rathauschef")
    assert match_actor(later, [mayor]) == "a1"
    other = Actor("a3", "Grünwaldner", kind="person", role="Landrat")  # another office: kept apart
    assert match_actor(other, [mayor]) is None


def test_a_class_noun_beside_another_thing_of_its_own_article_names_that_one():
    before = said("s1", "a1", "2030-02-18", {"Stadtbahn": 1}, "hat sich für die Stadtbahn ausgesprochen")
    other = said("s2", "a2", "2030-07-22", {"S-Bahn": -1}, "lehnt die S-Bahn nach Obertal ab")
    after = said("s3", "a2", "2030-07-22", {"Strecke": -1}, "Die Strecke sei zu teuer")
    assert turns(before, other, after) == []  # (the Strecke is that S-Bahn: no turn on the Stadtbahn)


def recalled(sid: str, article: str, date: str, when: str, stance: dict[str, int], text: str) -> Statement:
    s = said(sid, article, date, stance, text)
    s.recalled_stance, s.recalled_date, s.recalled = dict(stance), when, list(stance)
    return s


def test_a_generic_noun_recalled_with_a_date_is_the_thing_held_before_in_english_too():
    before = said("s1", "a1", "2030-03-17", {"late-night levy": -1}, "she would vote against the late-night levy")
    recall = recalled("s2", "a2", "2030-10-06", "2030-03-01", {"scheme": -1}, "the scheme")
    now = said("s3", "a2", "2030-10-06", {"scheme": 1}, "on Monday she now supported it")
    assert turns(before, recall, now, lang="en") == [("late-night levy", -1, 1)]


def test_without_the_recall_an_english_generic_noun_stays_open():
    before = said("s1", "a1", "2030-02-03", {"library": -1}, "she opposes the library")
    now = said("s3", "a2", "2030-07-14", {"project": 1}, "she now supports the project")
    assert turns(before, now, lang="en") == []  # (en-r21chg guards: "the project" may be a new thing)


def test_a_recalled_generic_noun_with_two_things_before_stays_open():
    before = said("s1", "a1", "2030-03-17", {"late-night levy": -1, "bus lane": 1}, "against the levy, for the bus lane")
    recall = recalled("s2", "a2", "2030-10-06", "2030-03-01", {"scheme": -1}, "the scheme")
    now = said("s3", "a2", "2030-10-06", {"scheme": 1}, "on Monday she now supported it")
    assert ("late-night levy", -1, 1) not in turns(before, recall, now, lang="en")


def test_a_class_noun_with_a_complement_of_its_own_names_its_own_thing():
    before = said("s1", "a1", "2030-02-03", {"Citymaut": 1}, "fordert eine Citymaut")
    after = said("s2", "a2", "2030-09-15", {"Gebühr": -1}, "Er lehne die Gebühr für Anwohnerparken ab")
    assert turns(before, after) == []
    before = said("s1", "a1", "2030-02-03", {"windfall tax": -1}, "opposes the windfall tax")
    after = said("s2", "a2", "2030-09-15", {"levy": 1}, "she backs the levy on second homes")
    assert turns(before, after, lang="en") == []


def test_a_recalled_generic_noun_with_a_complement_of_its_own_is_no_thing_held_before():
    before = said("s1", "a1", "2030-03-17", {"library": -1}, "she opposes the library")
    recall = recalled("s2", "a2", "2030-10-06", "2030-03-01", {"project": -1}, "the project for a car park")
    now = said("s3", "a2", "2030-10-06", {"project": 1}, "she now supports it")
    assert ("library", -1, 1) not in turns(before, recall, now, lang="en")


def test_a_class_noun_of_the_table_without_a_now_stays_in_its_own_article():
    before = said("s1", "a1", "2030-02-18", {"Stadtbahn": 1}, "hat sich für die Stadtbahn ausgesprochen")
    after = said("s2", "a2", "2030-07-22", {"Strecke": -1}, "Die Strecke sei zu teuer für zu wenige Fahrgäste")
    assert turns(before, after) == []  # (the article may have named an S-Bahn of its own in narration)


def test_a_class_noun_whose_complement_names_the_compound_of_its_head_is_that_compound():
    before = said("s1", "a1", "2030-03-02", {"Parkgebühr": -1}, "lehnt Parkgebühren in der Altstadt ab")
    after = said("s2", "a2", "2030-08-25", {"Gebühr": 1}, "unterstützt neu eine Gebühr für Parkplätze in der Altstadt")
    assert turns(before, after) == [("Parkgebühr", -1, 1)]


def test_a_recall_of_the_other_sign_names_another_thing():
    before = said("s1", "a1", "2030-02-03", {"library": -1}, "she opposes the library")
    recall = recalled("s2", "a2", "2030-07-14", "2030-05-01", {"scheme": 1}, "the scheme")
    now = said("s3", "a2", "2030-07-14", {"scheme": -1}, "on Monday she now opposed it")
    assert not [t for t in turns(before, recall, now, lang="en") if t[0] == "library"]


def test_an_office_word_of_the_role_table_is_no_mayor_of_another_place():
    # (rr34) "Rathauschef" is "Bürgermeister" only through data/roles_de.tsv: two places named keep them apart
    mayor = Actor("a1", "Alois Huber", kind="person", role="Bürgermeister", affiliation="Adorf")
    elsewhere = Actor("a2", "Huber", kind="person", role="Rathauschef", affiliation="Bdorf")
    assert match_actor(elsewhere, [mayor]) is None
    here = Actor("a3", "Huber", kind="person", role="Rathauschef", affiliation="Adorf")
    assert match_actor(here, [mayor]) == "a1"
