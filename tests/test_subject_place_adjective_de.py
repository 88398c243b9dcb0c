"""subject.place_adjective: a capitalised "-er" word of a place before the noun it describes ("der
Hollacher Landrat") is no head of its own, so the inverted subject after the verb is read by the noun
after it (subject.inverted_speaker). Invented places and people."""
import pytest

from extract.de import analyse, load_cues
from extract.de.article import Article
from extract.de.subject import place_adjective


def at(text: str, word: str, phrase: str) -> bool:
    """place_adjective at ``word`` inside the noun phrase ``phrase`` of ``text``."""
    art = Article(text, load_cues())
    start = text.index(phrase)
    i = next(t.i for t in art.toks if t.text == word and t.b >= start)
    end = next((t.i for t in art.toks if t.b >= start + len(phrase)), len(art.toks))
    return place_adjective(art.toks, i, end)


@pytest.mark.parametrize("text, word, phrase", [
    ("Bestätigt hat das am Montag der Hollacher Landrat.", "Hollacher", "Hollacher Landrat"),
    ("Das sagte am Mittwoch die Münchner Polizei.", "Münchner", "Münchner Polizei"),
    ("Begrüßt hat das der Elbinger Bauernverband.", "Elbinger", "Elbinger Bauernverband"),
])
def test_a_place_word_before_its_noun_is_no_head(text, word, phrase):
    assert at(text, word, phrase)


@pytest.mark.parametrize("text, word, phrase", [
    ("Bestätigt hat das am Montag der Bauer.", "Bauer", "Bauer"),  # an "-er" noun that ends its phrase is the head
    ("Bestätigt hat das der Lehrer Tom Vell.", "Lehrer", "Lehrer Tom Vell"),  # a name follows, no noun it describes
    ("Bestätigt hat das der Sprecher der Stadt.", "Sprecher", "Sprecher der Stadt"),  # a lower-case word follows
    ("Bestätigt hat das der Hollachs Landrat.", "Hollachs", "Hollachs Landrat"),  # no "-er" form
])
def test_a_noun_of_its_own_is_left_the_head(text, word, phrase):
    assert not at(text, word, phrase)


def speakers(text: str) -> list[str]:
    return [text[b:e] for f in analyse(text).statements for b, e in f.speaker_mention]


@pytest.mark.parametrize("text, who", [
    ("Bestätigt hat das am Montag der Hollacher Landrat: „Der Bau beginnt im Mai.“", "der Hollacher Landrat"),
    ("Bestätigt hat das am Montag der Hamburger Senator Ole Brand: „Der Bau beginnt im Mai.“",
     "der Hamburger Senator Ole Brand"),
    ("Begrüßt hat das am Montag der Elbinger Bauernverband: „Endlich.“", "der Elbinger Bauernverband"),
])
def test_the_inverted_subject_is_read_past_the_place_word(text, who):
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    ("Bestätigt hat das am Montag der Hollacher Wasserturm: „Der Bau beginnt im Mai.“", []),  # a thing: no one
    ("Bestätigt hat das am Montag der Bauer: „Der Bau beginnt im Mai.“", ["der Bauer"]),
])
def test_near_misses_of_the_place_word(text, who):
    assert speakers(text) == who
