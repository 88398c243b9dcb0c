"""A one-word PERSON mention in English narration ("Sheriff Royce Tilmouth" when the NER keeps only
"Tilmouth") looks for its full name in the text before it becomes an actor of its own, as a speaking
surname already did (round 33, extract/actors/identities.py Identities._person). Invented names."""
from extract.actors.article import ArticleActors
from extract.model import Mention


def _actors(text: str, word: str, lang: str = "en", hint: str = "person") -> ArticleActors:
    start = text.index(word)
    return ArticleActors(text, lang, mentions=[Mention((start, start + len(word)), word, hint)])


def test_a_narration_surname_takes_the_full_name_written_before_it():
    text = "County Sheriff Royce Tilmouth renewed his warning on Tuesday. Tilmouth said the jail was full."
    actors = _actors(text, "Tilmouth")
    assert [a.name for a in actors.actors] == ["Royce Tilmouth"]
    later = text.rindex("Tilmouth")
    assert actors.resolve((later, later + len("Tilmouth"))).name == "Royce Tilmouth"


def test_a_hyphenated_surname_after_a_title():
    text = "Mayor Doreen Callister-Pye declared a water emergency on Tuesday."
    assert [a.name for a in _actors(text, "Callister-Pye").actors] == ["Doreen Callister-Pye"]


def test_no_full_name_written_leaves_the_surname():
    text = "The report was written by Tilmouth. It found that the jail was full."
    assert [a.name for a in _actors(text, "Tilmouth").actors] == ["Tilmouth"]


def test_two_full_names_with_that_surname_are_not_guessed():
    text = "Sheriff Royce Tilmouth and Judge Agnes Tilmouth met on Monday. Tilmouth was late."
    word = text.rindex("Tilmouth")
    actors = ArticleActors(text, "en", mentions=[Mention((word, word + 8), "Tilmouth", "person")])
    assert [a.name for a in actors.actors] == ["Tilmouth"]


def test_german_narration_is_unchanged():
    # the rule is English only: a German narration surname stays as written (no speaking frame)
    text = "Landrat Royce Tilmouth eröffnete am Montag die Brücke. Tilmouth war zufrieden."
    assert [a.name for a in _actors(text, "Tilmouth", lang="de").actors] == ["Tilmouth"]


def test_the_full_name_does_not_reach_back_over_a_sentence_end():
    # "Plan." closes the sentence before: no first name of the surname's ("Reclamation Plan. Tilmouth")
    text = "He backed the Reclamation Plan. Tilmouth runs the mine and wants the deal."
    assert [a.name for a in _actors(text, "Tilmouth").actors] == ["Tilmouth"]


def test_an_article_before_the_name_words_is_no_title():
    # reread: "Gazette" (a PERSON to the NER) is no surname of a person "Marlow Gazette"
    text = "The Marlow Gazette quoted a source on Monday. It said a merger was likely."
    assert [a.name for a in _actors(text, "Gazette").actors] == ["Gazette"]

