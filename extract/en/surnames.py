"""A surname on its own as a speaker: 'Royce said', 'Dunmore has turned against the bridge'.

A single capitalised word that the parser tags as a singular proper noun (or one English does
not know, which the parser may tag a verb or a common noun: 'Pettifer now backs X'), standing as the
subject of a speech or stance verb, is a person named by surname, unless it is a place, a
date, an acronym (a body: 'NATO said') or a title ('President said'). The NER often calls
such an unknown word an organisation; the actors stage still checks its lexicon of known
organisations and countries first, so 'Gazprom said' stays the company."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.lexicon import titles
from ..actors.words import GAELIC_LINKS, GAELIC_MUTATED, GAELIC_PATRONYMS
from .base import NAME_PARTICLES

ELIDED = re.compile(r"^[DdLlO][’']")


def _particle(word: str) -> bool:
    low = word.casefold()
    return low in NAME_PARTICLES or low in GAELIC_PATRONYMS or word in GAELIC_LINKS or word in ("a", "'", "’")


NOT_PERSON_ENTS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME"}  # the NER's WORK_OF_ART etc. are misfires near quotes


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in titles("en"))


def is_surname_speaker(doc: Doc, b: int, e: int) -> bool:
    """Whether the speaker span (b, e) is one unknown capitalised name word, maybe after name
    particles."""
    span = doc.char_span(b, e, alignment_mode="expand")
    if span is not None and len(span) > 1 and all(_particle(t.text) for t in span[:-1]):
        span = span[-1:]  # "Van der Berg", "Mac an tSaoir", "Ó Súilleabháin": the name after the particles
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    word = ELIDED.sub("", tok.text)  # "D'Aubigné"
    shaped = word[:1].isupper() and word[1:].islower() or bool(GAELIC_MUTATED.match(word))  # ("tSaoir")
    return ((tok.tag_ == "NNP" or tok.pos_ in ("NOUN", "VERB") and not known_word(tok)) and shaped and word.isalpha() and len(word) > 2
            and tok.ent_type_ not in NOT_PERSON_ENTS and word.casefold() not in _titles()
            and not _opens_body_named_before(doc, tok.i))


@lru_cache(maxsize=1)
def _lemma_index() -> frozenset[str]:
    """Every word of the trained pipeline's lemma index (spaCy's English lookups), or none."""
    from .nlp import load_english  # (the pipeline this document was parsed with; loaded once per process)

    nlp = load_english()
    if "lemmatizer" not in nlp.pipe_names or not nlp.get_pipe("lemmatizer").lookups.has_table("lemma_index"):
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in index for w in index[pos])


def known_word(tok: Token) -> bool:
    """An English common word: the word or its lemma in the index, or a word the lemmatizer took
    for an inflected form ("Anglers" -> "angler", "Influencers": the index holds lemmas, not plurals);
    with no lemma index, any word (no guess)."""
    words = _lemma_index()
    low, lemma = tok.text.casefold(), tok.lemma_.casefold()
    return not words or low in words or lemma != low


def _opens_body_named_before(doc: Doc, i: int) -> bool:
    """'Brightwater Utilities has been fined ... Brightwater said': the first word of an
    organisation of several words named before is that body's short name, not a surname."""
    return any(e.label_ == "ORG" and len(e) > 1 and e.end <= i and e[0].text == doc[i].text for e in doc.ents)
