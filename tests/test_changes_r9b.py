"""Round 9b: changes a reader accepts across articles that name the speaker or the thing otherwise
(a class noun, a role with a surname or a place, a party aside, a turn told by the narrator)."""
from extract.actors.across import speaker_of_mention
from extract.model import Actor, Statement
from extract.pipeline import extract_article
from extract.positions import find_changes, judge
from extract.positions.changes import class_noun_of

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
