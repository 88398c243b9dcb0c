"""Round 30 (r30-changes): a bare generic noun in a later article that says its position is new
("unterstützt das Projekt nun", "now backs the scheme") is the one thing its speaker took a stance on
before; a thing written after a thing's possessive ("its funding") is no antecedent. Invented texts,
fictional people."""
from extract.model import Statement
from extract.positions import find_changes
from extract.positions.changes import clause_of, fullest, located, owned_by_it, says_now


def said(sid: str, article: str, date: str, stance: dict[str, int], text: str) -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence={k: ["unterstützt"] for k in stance})


def turns(*statements: Statement, lang: str = "de") -> list[tuple[str, int, int]]:
    langs = {s.article_id: lang for s in statements}
    return [(c.target, c.before_stance, c.after_stance) for c in find_changes(list(statements), langs=langs)]


def test_a_generic_noun_said_now_is_the_thing_held_before():
    before = said("s1", "a1", "2030-01-02", {"Windpark": -1}, "lehnt den Windpark am Moor ab")
    after = said("s2", "a2", "2030-06-02", {"Projekt": 1}, "unterstützt Harms das Projekt nun")
    assert turns(before, after) == [("Windpark", -1, 1)]


def test_without_a_now_the_generic_noun_stays_open():
    before = said("s1", "a1", "2030-01-02", {"Windpark": -1}, "lehnt den Windpark am Moor ab")
    assert turns(before, said("s2", "a2", "2030-06-02", {"Projekt": 1}, "unterstützt das Projekt")) == []


def test_two_things_before_leave_the_generic_noun_open():
    before = said("s1", "a1", "2030-01-02", {"Parkhaus": -1, "Radweg": 1}, "lehnt das Parkhaus ab und unterstützt den Radweg")
    assert turns(before, said("s2", "a2", "2030-06-02", {"Projekt": -1}, "lehnt das Projekt nun ab")) == []


def test_a_generic_noun_with_its_own_complement_is_another_thing():
    before = said("s1", "a1", "2030-01-02", {"library": 1}, "backs the new library")
    after = said("s2", "a2", "2030-06-02", {"project": -1}, "now opposes the project for a car park")
    assert turns(before, after, lang="en") == []


def test_the_fuller_name_stands_for_a_thing_read_out_of_it():
    before = said("s1", "a1", "2030-01-02", {"jail expansion": -1, "jail": -1}, "is against the jail expansion")
    after = said("s2", "a2", "2030-06-02", {"proposal": 1}, "she now supports the proposal")
    assert turns(before, after, lang="en") == []  # (German only: English guards of round 21)
    assert fullest({"Flughafen", "Flughafenausbau", "Hallenbad"}) == {"Flughafenausbau", "Hallenbad"}


def test_a_possessive_names_a_part_of_the_generic_thing_not_its_antecedent():
    assert owned_by_it('was now "fully behind" the project and would press for its funding', "funding")
    assert not owned_by_it("backs the funding of the project", "funding")
    before = said("s1", "a1", "2030-01-02", {"greenway": -1}, "was against the greenway")
    after = said("s2", "a2", "2030-09-02", {"project": 1, "funding": 1},
                 'was now "fully behind" the project and would press for its funding')
    assert ("greenway", -1, 1) not in turns(before, after, lang="en")  # (the held-before rule is German only)


def test_now_words_are_german():
    assert says_now("Kerschbaumer lehnt das Vorhaben inzwischen ab")
    assert not says_now("Der Schnee fiel")


def test_a_negated_change_of_a_position_keeps_it():
    from extract.pipeline import extract_article

    def stance(text: str) -> dict[str, int]:
        ex = extract_article(text, lang="de", published="2026-05-01")
        return {k: v for s in ex.statements for k, v in s.stance.items()}
    assert stance("Das ändert nichts an meiner Ablehnung der Maut, sagte Landrat Jens Ortmann.") == {"Maut": -1}
    assert stance("Landrat Jens Ortmann lehnt die Maut nicht ab, sagte er.") == {"Maut": 1}  # (a plain negation still turns)


def test_an_irish_surname_with_giolla_stands_alone_later():
    from extract.actors import match_actor
    from extract.model import Actor

    known = Actor("g1", "Ronan Mac Giolla Rua", kind="person", role="Cllr")
    assert match_actor(Actor("x", "Mac Giolla Rua", kind="person", role="Cllr"), [known]) == "g1"
    assert match_actor(Actor("x", "Sean Mac Giolla Rua", kind="person", role="Cllr"), [known]) is None


def test_the_now_word_must_date_the_generic_nouns_own_clause():
    # rr30-changes: "jetzt" of another clause with another subject says nothing new of the speaker
    before = said("s1", "a1", "2030-01-02", {"Gewerbegebiet": -1}, "lehnt das Gewerbegebiet ab")
    after = said("s2", "a2", "2030-06-02", {"Projekt": 1}, "Der Rat muss jetzt entscheiden, ich unterstütze das Projekt")
    assert turns(before, after) == []
    assert clause_of("Der Rat muss jetzt entscheiden, ich unterstütze das Projekt", "Projekt") == " ich unterstütze das Projekt"


def test_a_generic_noun_with_a_place_of_its_own_is_another_plan():
    # rr30-changes: "das Projekt am Hafen" is a located plan, not the thing held before
    before = said("s1", "a1", "2030-01-02", {"Gewerbegebiet": -1}, "lehnt das Gewerbegebiet ab")
    after = said("s2", "a2", "2030-06-02", {"Projekt": 1}, "unterstützt jetzt das Projekt am Hafen")
    assert turns(before, after) == []
    assert located("das Projekt am Hafen", "Projekt", "de")
    assert not located("unterstützt das Projekt nun", "Projekt", "de")
