"""Round 31 (r31-changes): a generic noun after an indefinite article or a number ("acht Anlagen",
"a new scheme") is a thing its sentence brings in, no back-reference to the thing named before;
a predicate ("das ist ein gutes Projekt") and "ein solches Projekt" still point back. Invented
texts, fictional people."""
from extract.model import Statement
from extract.positions import find_changes
from extract.positions.changes import introduced_here, thing_of_the_article, thing_held_before


def said(sid: str, article: str, date: str, stance: dict[str, int], text: str) -> Statement:
    return Statement(id=sid, article_id=article, quote=[(0, 1)], quote_text=text, kind="indirect", speaker="p1",
                     date=date, stance=stance, stance_evidence={k: ["unterstützt"] for k in stance})


def test_a_generic_noun_after_a_number_or_an_indefinite_article_is_brought_in():
    assert introduced_here("Der Investor will acht Anlagen mit je 200 Metern Höhe errichten", "Anlage")
    assert introduced_here("Wir wollen eine neue Anlage bauen", "Anlage")
    assert introduced_here("The council backs a new scheme", "scheme")


def test_a_definite_a_predicate_or_such_a_noun_points_back():
    for text, key in [("Ich unterstütze das Projekt", "Projekt"), ("Das ist ein gutes Projekt", "Projekt"),
                      ("Ein solches Projekt lehne ich ab", "Projekt"), ("such a scheme is wrong", "scheme"),
                      ("It is a good scheme", "scheme"), ("eine der Anlagen", "Anlage"), ("keine Anlage", "Anlage")]:
        assert not introduced_here(text, key), text


def test_the_article_thing_is_not_given_to_a_noun_the_sentence_brings_in():
    first = said("s1", "a1", "2030-01-02", {"Windpark": -1}, "lehnt den geplanten Windpark ab")
    turbines = said("s2", "a1", "2030-01-02", {"Anlage": 1}, "Der Investor will acht Anlagen errichten")
    assert thing_of_the_article(turbines, "Anlage", {"Windpark", "Anlage"}) is None
    later = said("s3", "a2", "2030-06-02", {"Windpark": 1}, "unterstützt den Windpark inzwischen")
    assert [(c.target, c.before_stance, c.after_stance) for c in find_changes([first, turbines, later])] == [("Windpark", -1, 1)]


def test_a_new_plan_said_now_is_not_the_thing_held_before():
    now = said("s2", "a2", "2030-06-02", {"Projekt": 1}, "unterstützt Harms nun ein neues Projekt")
    assert thing_held_before(now, "Projekt", {"Windpark"}, "de") is None
    again = said("s2", "a2", "2030-06-02", {"Projekt": 1}, "unterstützt Harms das Projekt nun")
    assert thing_held_before(again, "Projekt", {"Windpark"}, "de") == "Windpark"
