"""The English pipeline's remembered lemmas and attributes (extract/en/nlp.py): each word's lemma and
one-word attribute rules are worked out once per process, and every token ends as spaCy's own
components leave it. Invented sentences."""
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer

from extract.en.nlp import RememberedAttributes, RememberedLemmas, is_trained, load_english

if not is_trained(load_english()):
    pytest.skip("needs the trained English pipeline", allow_module_level=True)

# words the ruler's exceptions and several-word patterns are about ("gonna", "ain't", "let's", "y'all",
# "There is", "I" as object), line breaks, curly marks, plurals and past forms the lemmatizer changes
TEXTS = [
    "I'm gonna tell you: there ain't no way the Harbour Board gets the ferries it wants.\n\n"
    "\u201cLet's wait,\u201d said Mara Quell, who got the mice out. Y'all know it was her.",
    "There are three councillors who did not vote, and they had said the levies were unfair to me and you.",
    "C'mon, the committee gotta decide whether the bridges get built \u2014 but it's not up to I.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_english()


def test_pipeline_components_remember(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberedLemmas)
    assert isinstance(nlp.get_pipe("attribute_ruler"), RememberedAttributes)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())


@pytest.mark.parametrize("text", TEXTS)
def test_ruler_matches_as_spacy_does(nlp, text):
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)  # (again, from what it remembered)


@pytest.mark.parametrize("text", TEXTS)
def test_lemmas_and_attributes_as_spacy_gives_them(nlp, text):
    ours = nlp(text, disable=["ner"])
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    AttributeRuler.set_annotations(ruler, doc, AttributeRuler.match(ruler, doc))  # (spaCy's matching, not ours)
    Lemmatizer.__call__(nlp.get_pipe("lemmatizer"), doc)
    columns = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    assert (ours.to_array(columns) == doc.to_array(columns)).all()
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in doc]
    assert "mouse" in [t.lemma_ for t in ours] or "levy" in [t.lemma_ for t in ours] or "bridge" in [t.lemma_ for t in ours]


def test_line_break_still_starts_a_sentence(nlp):
    doc = nlp("The board met on Monday\nIt said nothing", disable=["ner"])
    assert [t.text for t in doc if t.is_sent_start] == ["The", "It"]
    one_line = nlp("The board met on Monday and said nothing.", disable=["ner"])
    assert len(list(one_line.sents)) == 1


def test_patterns_reading_more_than_word_tag_label_are_matched_per_text():
    # (a future model's one-word pattern on the sentence start or the norm must not be remembered per word)
    import spacy

    from extract.en.nlp import remembered_attributes

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ok", "TAG": "UH"}]], {"LEMMA": "okay"})
    ruler.add([[{"LOWER": "ok", "IS_SENT_START": True}]], {"LEMMA": "okay"})
    ruler.add([[{"NORM": "not"}]], {"LEMMA": "not"})
    remembered_attributes(blank)
    assert "0" in ruler.single and "0" not in ruler.several
    assert "1" in ruler.several and "2" in ruler.several and "1" not in ruler.single


def test_remembered_tables_start_again_when_full(nlp, monkeypatch):
    import extract.en.nlp as en_nlp

    monkeypatch.setattr(en_nlp, "REMEMBERED_AT_MOST", 5)
    lemmatizer, ruler = nlp.get_pipe("lemmatizer"), nlp.get_pipe("attribute_ruler")
    lemmatizer.known.clear(), ruler.known.clear()
    text = TEXTS[1]
    ours = nlp(text, disable=["ner"])
    assert len(lemmatizer.known) <= 5 and len(ruler.known) <= 5 and len(lemmatizer.cache) <= 5
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    AttributeRuler.set_annotations(ruler, doc, AttributeRuler.match(ruler, doc))
    Lemmatizer.__call__(lemmatizer, doc)
    assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == [(t.pos_, str(t.morph), t.lemma_) for t in doc]
