"""en/parsed_speakers.name_extent on hand-built docs: a first name the parser made a sentence of its own
at a paragraph's start joins the surname after it (fresh17 headline-001 'Marguerite | Vennacott, who …';
the real parser's split depends on the text, so the docs here set the sentence starts themselves)."""
import spacy
from spacy.tokens import Doc

from extract.en.parsed_speakers import name_extent

WORDS = ["Marguerite", "Vennacott", ",", "who", "chairs", "the", "council", ",", "said", "no", "."]
POS = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "INTJ", "PUNCT"]


def doc(words, pos, starts):
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=starts)


def test_a_first_name_cut_off_as_a_sentence_joins_the_surname():
    cut = doc(WORDS, POS, [True, True] + [False] * 9)
    assert name_extent(cut, 1, 1) == (0, 1)


def test_a_sentence_of_its_own_inside_a_paragraph_stays_out():
    words = ["The", "Budget", "Vennacott", "said", "no", "."]
    cut = doc(words, ["DET", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"], [True, False, True, False, False, False])
    assert name_extent(cut, 2, 2) == (2, 2)  # ("Budget" comes after "The", not at a paragraph's start)
